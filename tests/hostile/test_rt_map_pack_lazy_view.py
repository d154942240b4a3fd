"""Red-team finding 3 (HIGH): "a map pack that passes validation then freezes the GUI for good".

The pack's ``tiles`` is a VIEW: ``tile_data`` is a real PNG for rowid 1 (the only row validation read)
and a recursive CTE for every other row. The old install accepted it in 0.02 s, ``list()`` offered it,
and the ``izsa://tiles`` handler called ``PackStore.read_tile`` on the GUI thread with no time limit:
the window froze, and again at every start because the basemap choice was saved.

Now an install refuses tiles/metadata that are not plain tables (``mbtiles_not_plain``) and copies the
tiles into a file of the app's own schema; only such files are offered; tiles are read on worker
threads under a deadline; a saved pack basemap that cannot be opened falls back to the built-in map
with a notice. Real MBTiles files written with sqlite3, real signatures are not involved (no bundle),
real QtWebEngine pages on the session profile.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import QSettings

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.map.mbtiles import PackStore
from izsa_desktop.map.tilemath import tile_of

from .gui_helpers import Heartbeat
from .map_helpers import IZMIR_BOUNDS, MemoryStore, js, png_bytes, write_mbtiles

pytestmark = pytest.mark.timeout(180, method="thread")

META = {"name": "Izmir", "format": "png", "bounds": IZMIR_BOUNDS, "minzoom": "8", "maxzoom": "8"}
_ENDLESS = "(WITH RECURSIVE r(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM r) SELECT max(n) FROM r)"
# about a second of work per row: on the unfixed code the test fails by the heartbeat, not by hanging
_SLOW = "(WITH RECURSIVE r(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM r WHERE n < 5000000) SELECT max(n) FROM r)"
X0, Y0 = tile_of(26.5, 39.2, 8)
X1, Y1 = tile_of(28.0, 37.9, 8)


def _tiles_table(con: sqlite3.Connection, name: str = "t") -> None:
    con.execute(f"CREATE TABLE {name} (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    con.executemany(f"INSERT INTO {name} VALUES (8, ?, ?, ?)",
                    [(x, 255 - y, png_bytes()) for x in range(X0, X1 + 1) for y in range(Y0, Y1 + 1)])


def lazy_pack(path, trap: str = _ENDLESS):
    """The red team's pack: ``tiles`` is a view, cheap for rowid 1, ``trap`` for every other row."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    con.executemany("INSERT INTO metadata VALUES (?, ?)", META.items())
    _tiles_table(con)
    con.execute("CREATE VIEW tiles AS SELECT zoom_level, tile_column, tile_row, CASE WHEN t.rowid = 1 "
                f"THEN tile_data ELSE {trap} END AS tile_data FROM t")
    con.commit()
    con.close()
    return path


def _other_pack(path, kind: str):
    if kind == "lazy-view":
        return lazy_pack(path)
    if kind == "metadata-view":
        path = write_mbtiles(path, {})
        con = sqlite3.connect(path)
        con.executescript("DROP TABLE metadata; CREATE TABLE m (name TEXT, value TEXT); "
                          "CREATE VIEW metadata AS SELECT name, value FROM m;")
        con.executemany("INSERT INTO m VALUES (?, ?)", META.items())
    elif kind == "trigger":
        path = write_mbtiles(path, META)
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE log (a)")
        con.execute("CREATE TRIGGER tiles_ins AFTER INSERT ON tiles BEGIN INSERT INTO log VALUES (1); END")
    elif kind == "virtual":
        path = write_mbtiles(path, META, tiles_sql="CREATE VIRTUAL TABLE tiles USING fts5(zoom_level, "
                                                    "tile_column, tile_row, tile_data);")
        con = sqlite3.connect(path)
        con.executemany("INSERT INTO tiles VALUES (8, ?, ?, ?)", [(X0, 255 - Y0, png_bytes())])
    else:  # generated tile_data
        path = write_mbtiles(path, META, tiles_sql="CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                                                    "tile_row INTEGER, raw BLOB, tile_data BLOB AS (raw));")
        con = sqlite3.connect(path)
        con.executemany("INSERT INTO tiles (zoom_level, tile_column, tile_row, raw) VALUES (8, ?, ?, ?)",
                        [(X0, 255 - Y0, png_bytes())])
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("kind", ["lazy-view", "metadata-view", "trigger", "virtual", "generated"])
def test_install_refuses_a_pack_whose_tiles_or_metadata_are_not_plain_tables(tmp_path, kind):
    store = PackStore(tmp_path / "packs")
    src = _other_pack(tmp_path / f"{kind}.mbtiles", kind)
    start = time.monotonic()
    with pytest.raises(IzsaError) as err:
        store.install(src)
    assert err.value.code == "mbtiles_not_plain", err.value
    assert err.value.params["path"] == str(src)  # the user's file, not the temporary copy
    assert time.monotonic() - start < 5
    assert list((tmp_path / "packs").iterdir()) == [] and store.list() == []


def test_an_installed_pack_is_the_apps_own_file(tmp_path):
    """What ``read_tile`` reads is a plain table the app wrote, not the user's file."""
    store = PackStore(tmp_path / "packs")
    info = store.install(write_mbtiles(tmp_path / "good.mbtiles", META))
    con = sqlite3.connect(info.path)
    master = sorted(r[:2] for r in con.execute("SELECT type, name FROM sqlite_master"))
    app_id = con.execute("PRAGMA application_id").fetchone()[0]
    con.close()
    assert master == [("index", "sqlite_autoindex_metadata_1"), ("index", "tile_index"),
                      ("table", "metadata"), ("table", "tiles")]
    assert app_id == 0x495A5341
    assert store.read_tile(info.id, 8, X0, Y0) == png_bytes()
    store.close()


@pytest.fixture
def packs(web_profile, tmp_path):
    store = PackStore(tmp_path / "packs")
    web_profile.handler.packs = store
    yield store
    web_profile.handler.packs = None
    store.close()


def _overview(qtbot, web_profile, key: str):
    from izsa_desktop.map.overview import OverviewMapWidget

    basemaps = MemoryStore(key)
    w = OverviewMapWidget(web_profile, basemap_store=basemaps)
    qtbot.addWidget(w)
    w.set_projects([{"id": "p1", "title": "Bir", "district": "konak", "lat": 38.42, "lon": 27.13,
                     "sdg_primary": 7, "sdg_goals": (7,)}])
    w.resize(900, 700)
    w.show()
    return w, basemaps


def test_a_lazy_pack_left_in_the_packs_folder_never_freezes_the_map(qtbot, web_profile, packs, tmp_path):
    """The pack an older version installed (the user's file kept as it was) and saved as the basemap:
    the map starts on the built-in basemap with a notice, a request for one of its tiles gets an empty
    answer, and the GUI thread never stalls 200 ms."""
    packs.root.mkdir(parents=True)
    shutil.copy(lazy_pack(tmp_path / "src.mbtiles", _SLOW), packs.root / "izmir-harita.mbtiles")
    w, basemaps = _overview(qtbot, web_profile, "pack:izmir-harita")
    beat = Heartbeat()  # from here on: building the view itself (~0.4 s for the first one) is not the point
    qtbot.waitUntil(w.is_ready, timeout=30000)
    qtbot.wait(1500)  # the page asks for the tiles of whatever basemap it shows
    x, y = X0 + 1, Y0 + 1  # not rowid 1: the trap
    js(qtbot, w.view, f"(window.__t = null, fetch('izsa://tiles/izmir-harita/8/{x}/{y}').then("
                      "r => { window.__t = r.status; }, () => { window.__t = 'failed'; }), 1)", timeout=60000)
    qtbot.waitUntil(lambda: js(qtbot, w.view, "window.__t", timeout=60000) is not None, timeout=60000)
    gap = beat.stop()
    assert gap < 200, f"the GUI thread stalled {gap} ms"
    assert js(qtbot, w.view, "window.__t") != 200  # an empty tile
    assert js(qtbot, w.view, "IZSA.map.hasLayer(IZSA.basemaps['izmir'])") is True
    assert js(qtbot, w.view, "Object.keys(IZSA.basemaps)") == ["izmir"]
    assert w.basemap_fallback == "pack:izmir-harita"
    assert w.notice_label.isVisible() and "İzmir" in w.notice_label.text()
    assert basemaps.saved == ["izmir"]  # the next start does not try the pack again
    assert packs.list() == [] and packs.unusable() == ["izmir-harita"]


def test_pack_tiles_are_read_off_the_gui_thread(qtbot, web_profile, tmp_path):
    """A good pack shows its tiles; every read ran on a worker thread, never the GUI thread."""

    class Recording(PackStore):  # the real store, remembering which thread read each tile
        def __init__(self, root) -> None:
            super().__init__(root)
            self.threads: set[str] = set()

        def read_tile(self, pack_id, z, x, y):  # type: ignore[no-untyped-def]
            self.threads.add(threading.current_thread().name)
            return super().read_tile(pack_id, z, x, y)

    store = Recording(tmp_path / "packs")
    info = store.install(write_mbtiles(tmp_path / "good.mbtiles", META))
    web_profile.handler.packs = store
    try:
        w, _ = _overview(qtbot, web_profile, f"pack:{info.id}")
        qtbot.waitUntil(w.is_ready, timeout=30000)
        js(qtbot, w.view, "(IZSA.map.setZoom(8), 1)")
        qtbot.waitUntil(lambda: js(qtbot, w.view, "document.querySelectorAll('img.leaflet-tile-loaded').length")
                        > 0, timeout=15000)
        assert store.threads and threading.main_thread().name not in store.threads, store.threads
        assert w.basemap_fallback is None and not w.notice_label.isVisible()
    finally:
        web_profile.handler.packs = None
        store.close()


def test_dialog_refuses_the_lazy_pack_and_lists_a_left_over_one_for_removal(qtbot, tmp_path):
    from izsa_desktop.ui import messages
    from izsa_desktop.ui.map_packs import MapPacksDialog

    store = PackStore(tmp_path / "packs")
    store.root.mkdir()
    shutil.copy(lazy_pack(tmp_path / "old.mbtiles"), store.root / "old.mbtiles")  # left by an older version
    dlg = MapPacksDialog(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.list.count() == 1 and dlg.list.item(0).data(256) == "old"
    with qtbot.waitSignal(dlg.installFinished, timeout=20000) as sig:
        dlg.install_file(str(lazy_pack(tmp_path / "izmir_harita.mbtiles")))
    assert sig.args == [False, messages.text("mbtiles_not_plain", {})]
    dlg.message_box.close()
    dlg.list.setCurrentRow(0)
    dlg.remove()
    assert dlg.list.count() == 0 and list(store.root.iterdir()) == []
