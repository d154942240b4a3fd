"""Item 18 (Trust issue), map part: "a map pack whose ``tiles`` table is an endless view hangs the GUI
(install runs on the GUI thread)".

Real MBTiles files made with sqlite3 whose ``tiles`` (and ``metadata``) are recursive-CTE views that
never end. The pack store refuses them with ``mbtiles_timeout`` once the validation's time limit is
spent; the map packs dialog installs off the GUI thread, so a QTimer heartbeat on the GUI thread never
misses a beat by 200 ms or more, and the translated refusal is shown within a few seconds. Nothing is
left in the packs folder. Cancelling works too.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QElapsedTimer, QSettings

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.map import mbtiles
from izsa_desktop.map.mbtiles import PackStore

from .gui_helpers import Heartbeat
from .map_helpers import IZMIR_BOUNDS, write_mbtiles

pytestmark = pytest.mark.timeout(90, method="thread")  # the unfixed code hangs inside SQLite

_ENDLESS = "WITH RECURSIVE r(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM r)"
ENDLESS_TILES = (f"CREATE VIEW tiles AS {_ENDLESS} SELECT 8 AS zoom_level, n AS tile_column, n AS tile_row, "
                 "X'89504E470D0A1A0A' AS tile_data FROM r;")
META = {"name": "Sonsuz", "format": "png", "bounds": IZMIR_BOUNDS, "minzoom": "8", "maxzoom": "8"}


def _endless_pack(tmp_path, kind: str):
    path = tmp_path / f"endless-{kind}.mbtiles"
    if kind == "tiles":
        return write_mbtiles(path, META, tiles_sql=ENDLESS_TILES)
    if kind == "tiles-no-bounds":
        return write_mbtiles(path, {"name": "Sınırsız", "format": "png"}, tiles_sql=ENDLESS_TILES)
    # metadata and tiles both endless views
    path = write_mbtiles(path, {}, tiles_sql=ENDLESS_TILES)
    import sqlite3

    con = sqlite3.connect(path)
    con.executescript(f"DROP TABLE metadata; CREATE VIEW metadata AS {_ENDLESS} "
                      "SELECT 'k' || n AS name, 'v' AS value FROM r;")
    con.close()
    return path


@pytest.mark.parametrize("kind", ["tiles", "tiles-no-bounds", "metadata"])
def test_store_refuses_an_endless_pack_within_the_time_limit(tmp_path, kind):
    store = PackStore(tmp_path / "packs")
    start = time.monotonic()
    with pytest.raises(IzsaError) as err:
        store.install(_endless_pack(tmp_path, kind), time_limit=1.0)
    assert err.value.code == "mbtiles_timeout"
    assert time.monotonic() - start < 5
    assert list((tmp_path / "packs").iterdir()) == []


def _dialog(qtbot, tmp_path):
    from izsa_desktop.ui.map_packs import MapPacksDialog

    store = PackStore(tmp_path / "packs")
    dlg = MapPacksDialog(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_dialog_refuses_an_endless_pack_and_the_gui_stays_responsive(qtbot, tmp_path):
    from izsa_desktop.ui import messages

    dlg = _dialog(qtbot, tmp_path)
    src = _endless_pack(tmp_path, "tiles")
    beat = Heartbeat()
    clock = QElapsedTimer()
    clock.start()
    with qtbot.waitSignal(dlg.installFinished, timeout=20000) as sig:
        dlg.install_file(str(src))
    elapsed = clock.elapsed()
    gap = beat.stop()
    ok, text = sig.args
    assert ok is False
    assert text == messages.text("mbtiles_timeout", {"seconds": round(mbtiles.TIME_LIMIT)})
    assert dlg.message_box is not None and dlg.message_box.text() == text and dlg.message_box.isVisible()
    assert elapsed < (mbtiles.TIME_LIMIT + 5) * 1000, elapsed
    assert gap < 200, f"the GUI thread stalled {gap} ms"
    assert list((tmp_path / "packs").iterdir()) == [] and dlg.list.count() == 0
    dlg.message_box.close()


def test_dialog_install_can_be_cancelled(qtbot, tmp_path):
    from izsa_desktop.ui import messages

    dlg = _dialog(qtbot, tmp_path)
    with qtbot.waitSignal(dlg.installFinished, timeout=20000) as sig:
        dlg.install_file(str(_endless_pack(tmp_path, "tiles")))
        qtbot.waitUntil(lambda: dlg.task is not None, timeout=5000)
        dlg.task.cancel()
    assert sig.args == [False, messages.text("mbtiles_cancelled", {})]
    assert list((tmp_path / "packs").iterdir()) == []
    dlg.message_box.close()
