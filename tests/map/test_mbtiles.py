"""MBTiles packs: install (copy, validate, rename), error codes, nothing half-imported, tile reads."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.map.mbtiles import PackStore, inspect
from izsa_desktop.map.tilemath import tile_of

from .conftest import IZMIR_META, png_bytes, write_pack


@pytest.fixture
def store(tmp_path):
    s = PackStore(tmp_path / "packs")
    yield s
    s.close()


def test_install_list_read_and_remove(store, make_pack):
    info = store.install(make_pack())
    assert info.id == "izmir-test" and info.format == "png"
    assert (info.minzoom, info.maxzoom) == (8, 9)
    assert info.bounds == (26.5, 37.9, 28.0, 39.2) and info.attribution == "Test tiles"
    assert [p.id for p in store.list()] == ["izmir-test"]
    x, y = tile_of(27.14, 38.42, 9)
    assert store.read_tile("izmir-test", 9, x, y) == png_bytes()
    assert store.read_tile("izmir-test", 12, x, y) is None
    assert store.read_tile("../etc", 9, x, y) is None
    store.remove("izmir-test")
    assert store.list() == [] and list(store.root.iterdir()) == []


def test_tms_row_flip(store, tmp_path):
    red, blue = png_bytes((255, 0, 0), 8), png_bytes((0, 0, 255), 8)
    x, y = tile_of(27.14, 38.42, 10)
    # stored by hand in TMS order: row = 2**z - 1 - y
    path = write_pack(tmp_path / "flip.mbtiles", metadata=IZMIR_META)
    import sqlite3

    con = sqlite3.connect(path)
    con.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", [(10, x, 1023 - y, red), (10, x, y, blue)])
    con.commit()
    con.close()
    store.install(path)
    assert store.read_tile("flip", 10, x, y) == red


def test_same_name_gets_a_new_id(store, make_pack):
    path = make_pack()
    a = store.install(path)
    b = store.install(path)
    assert (a.id, b.id) == ("izmir-test", "izmir-test-2")


def test_bounds_are_computed_from_tiles_when_metadata_lacks_them(store, make_pack):
    meta = {k: v for k, v in IZMIR_META.items() if k != "bounds"}
    info = store.install(make_pack(metadata=meta))
    w, s, e, n = info.bounds
    assert w <= 26.5 and e >= 28.0 and s <= 37.9 and n >= 39.2


def _bad_packs(tmp_path, make_pack):
    not_sqlite = tmp_path / "photo.mbtiles"
    not_sqlite.write_bytes(png_bytes())
    corrupt = make_pack("corrupt")
    data = bytearray(corrupt.read_bytes())
    data[100:4096] = b"\xde\xad" * ((4096 - 100) // 2)
    corrupt.write_bytes(bytes(data))
    return {
        "not_mbtiles": not_sqlite,
        "mbtiles_corrupt": corrupt,
        "mbtiles_empty": make_pack("empty", tiles=[]),
        "mbtiles_outside_izmir": make_pack("istanbul", metadata={**IZMIR_META, "bounds": "28.6,40.8,29.4,41.3"}),
        "mbtiles_format_unsupported": make_pack("vector", metadata={**IZMIR_META, "format": "pbf"},
                                                tiles=[(8, 1, 1, b"\x1a\x05vector")]),
    }


@pytest.mark.parametrize("code", ["not_mbtiles", "mbtiles_corrupt", "mbtiles_empty", "mbtiles_outside_izmir",
                                  "mbtiles_format_unsupported"])
def test_bad_packs_raise_their_code_and_leave_nothing(store, tmp_path, make_pack, code):
    path = _bad_packs(tmp_path, make_pack)[code]
    with pytest.raises(IzsaError) as exc:
        store.install(path)
    assert exc.value.code == code
    assert store.list() == []
    assert not store.root.exists() or list(store.root.iterdir()) == []


def test_missing_tables_is_corrupt(tmp_path):
    path = write_pack(tmp_path / "x.mbtiles", tables=False)
    with pytest.raises(IzsaError) as exc:
        inspect(path)
    assert exc.value.code == "mbtiles_corrupt"


def test_missing_file_is_not_mbtiles(store, tmp_path):
    with pytest.raises(IzsaError) as exc:
        store.install(tmp_path / "nope.mbtiles")
    assert exc.value.code == "not_mbtiles"
    assert not store.root.exists() or list(store.root.iterdir()) == []


@pytest.mark.skipif(shutil.which("gdal_translate") is None or shutil.which("gdalwarp") is None,
                    reason="GDAL command line tools not installed")
def test_real_pack_made_by_gdal(store, tmp_path):
    src = tmp_path / "src.png"
    src.write_bytes(png_bytes((30, 140, 60), 128))
    tif, tif3857, out = tmp_path / "a.tif", tmp_path / "b.tif", tmp_path / "gdal-izmir.mbtiles"
    run = lambda *a: subprocess.run(a, check=True, capture_output=True)  # noqa: E731
    run("gdal_translate", "-q", "-of", "GTiff", "-a_srs", "EPSG:4326", "-a_ullr", "26.9", "38.6", "27.3", "38.3",
        str(src), str(tif))
    run("gdalwarp", "-q", "-t_srs", "EPSG:3857", str(tif), str(tif3857))
    run("gdal_translate", "-q", "-of", "MBTILES", str(tif3857), str(out))
    info = store.install(out)
    assert info.format == "png" and info.bounds[0] == pytest.approx(26.9, abs=0.01)
    z = info.maxzoom
    x, y = tile_of(27.1, 38.45, z)
    tile = store.read_tile(info.id, z, x, y)
    assert tile is not None and tile.startswith(b"\x89PNG")


def test_installed_file_is_rebuilt_and_reads_are_bounded(store, make_pack, tmp_path):
    """The installed file is the app's own (not the user's copy); out-of-range tile numbers are no tile;
    reads from several threads share one connection safely."""
    import sqlite3
    from concurrent.futures import ThreadPoolExecutor

    src = make_pack()
    info = store.install(src)
    assert info.path.read_bytes() != src.read_bytes()
    con = sqlite3.connect(info.path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == 0x495A5341
    con.close()
    for z, x, y in ((10**9, 0, 0), (9, -1, 0), (9, 0, 1 << 9), (-1, 0, 0)):
        assert store.read_tile(info.id, z, x, y) is None
    x, y = tile_of(27.14, 38.42, 9)
    with ThreadPoolExecutor(4) as pool:
        assert set(pool.map(lambda _: store.read_tile(info.id, 9, x, y), range(200))) == {png_bytes()}


def test_a_file_the_app_did_not_write_is_unusable(store, make_pack):
    store.root.mkdir(parents=True)
    shutil.copy(make_pack(), store.root / "raw.mbtiles")  # what an older version left: the user's file
    assert store.list() == [] and store.get("raw") is None and store.unusable() == ["raw"]
    assert store.read_tile("raw", 8, 0, 0) is None
    store.remove("raw")
    assert list(store.root.iterdir()) == []


def test_saved_pack_basemap_falls_back_once():
    from izsa_desktop.map.page import base_layers
    from izsa_desktop.map.view import start_basemap

    class Store:
        def __init__(self, key):
            self.key, self.saved = key, []

        def load(self):
            return self.key

        def save(self, key):
            self.saved.append(key)

    bases = base_layers()
    gone = Store("pack:gone")
    assert start_basemap(gone, bases) == ("izmir", "pack:gone") and gone.saved == ["izmir"]
    online = Store("online")  # the online layer switched off: no notice, nothing saved
    assert start_basemap(online, bases) == ("izmir", None) and online.saved == []
    assert start_basemap(None, bases) == ("izmir", None)
