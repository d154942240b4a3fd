"""Fixtures for the map tests: real QtWebEngine pages on the session web profile, MBTiles packs built
with sqlite3, and a guard that fails any test whose pages tried to reach the network."""

from __future__ import annotations

import sqlite3
import struct
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

SCREENS = Path(__file__).resolve().parents[2] / "screens"


def png_bytes(rgb: tuple[int, int, int] = (200, 60, 40), size: int = 256) -> bytes:
    """A solid-colour RGB PNG (no imaging library needed)."""
    row = b"\x00" + bytes(rgb) * size
    raw = row * size

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def write_pack(path: Path, *, tiles: Iterable[tuple[int, int, int, bytes]] = (), metadata: dict | None = None,
               tables: bool = True) -> Path:
    """An MBTiles file; ``tiles`` are (z, x, y_xyz, data) and are stored with the TMS row flip."""
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    if tables:
        con.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        con.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
        con.executemany("INSERT INTO metadata VALUES (?, ?)", list((metadata or {}).items()))
        con.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                        [(z, x, (1 << z) - 1 - y, d) for z, x, y, d in tiles])
    else:
        con.execute("CREATE TABLE other (a)")
    con.commit()
    con.close()
    return path


IZMIR_META = {"name": "Test İzmir", "format": "png", "bounds": "26.5,37.9,28.0,39.2", "minzoom": "8",
              "maxzoom": "9", "attribution": "Test tiles"}


def izmir_tiles(rgb: tuple[int, int, int] = (200, 60, 40)) -> list[tuple[int, int, int, bytes]]:
    from izsa_desktop.map.tilemath import tile_of

    data = png_bytes(rgb)
    out = []
    for z in (8, 9):
        x0, y0 = tile_of(26.5, 39.2, z)
        x1, y1 = tile_of(28.0, 37.9, z)
        out += [(z, x, y, data) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]
    return out


@pytest.fixture
def make_pack(tmp_path: Path) -> Callable[..., Path]:
    def make(name: str = "izmir-test", **kw) -> Path:
        kw.setdefault("metadata", IZMIR_META)
        kw.setdefault("tiles", izmir_tiles())
        return write_pack(tmp_path / f"{name}.mbtiles", **kw)

    return make


@pytest.fixture(autouse=True)
def _no_external_requests(request: pytest.FixtureRequest):
    """Every test that loads a page must end with zero blocked external requests."""
    if "web_profile" not in request.fixturenames:
        yield
        return
    ctx = request.getfixturevalue("web_profile")
    ctx.interceptor.clear_log()
    yield
    assert ctx.external_requests() == [], "map pages tried to reach the network"


@pytest.fixture
def picker(qtbot, web_profile):
    from izsa_desktop.map.picker import LocationPickerWidget

    w = LocationPickerWidget(web_profile)
    qtbot.addWidget(w)
    w.resize(900, 700)
    w.show()
    qtbot.waitUntil(w.is_ready, timeout=20000)
    return w


@pytest.fixture
def overview(qtbot, web_profile):
    from izsa_desktop.map.overview import OverviewMapWidget

    w = OverviewMapWidget(web_profile)
    qtbot.addWidget(w)
    w.resize(900, 700)
    w.show()
    qtbot.waitUntil(w.is_ready, timeout=20000)
    return w


def js(qtbot, view, expr: str, timeout: int = 10000):
    """Evaluate ``expr`` in the page (JSON round trip) and return its value."""
    box: list = []
    view.eval_json(expr, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    return box[0]
