"""Shared by the hostile map tests: MBTiles files written with sqlite3 and real map widgets on the
session web profile (tests/conftest.py ``web_profile``)."""

from __future__ import annotations

import json
import sqlite3
import struct
import zlib
from pathlib import Path

from izsa_desktop.map.tilemath import tile_of

IZMIR_BOUNDS = "26.5,37.9,28.0,39.2"


def png_bytes(rgb: tuple[int, int, int] = (30, 120, 200), size: int = 256) -> bytes:
    row = b"\x00" + bytes(rgb) * size

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(row * size))
            + chunk(b"IEND", b""))


def write_mbtiles(path: Path, metadata: dict[str, str], *, tiles_sql: str | None = None) -> Path:
    """An MBTiles file with tiles over İzmir at zoom 8 (or a ``tiles`` object made by ``tiles_sql``)."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    con.executemany("INSERT INTO metadata VALUES (?, ?)", list(metadata.items()))
    if tiles_sql is not None:
        con.executescript(tiles_sql)
    else:
        con.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
                    "tile_data BLOB)")
        x0, y0 = tile_of(26.5, 39.2, 8)
        x1, y1 = tile_of(28.0, 37.9, 8)
        data = png_bytes()
        con.executemany("INSERT INTO tiles VALUES (8, ?, ?, ?)",
                        [(x, (1 << 8) - 1 - y, data) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)])
    con.commit()
    con.close()
    return path


class MemoryStore:
    """A basemap store (load/save) that remembers every write."""

    def __init__(self, key: str | None = None) -> None:
        self.key, self.saved = key, []

    def load(self) -> str | None:
        return self.key

    def save(self, key: str) -> None:
        self.saved.append(key)


def js(qtbot, view, expr: str, timeout: int = 10000):
    """Evaluate ``expr`` in the page (JSON round trip) and return its value."""
    box: list = []
    view.eval_json(expr, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    return box[0]


def post_js(message: object) -> str:
    """JS that posts ``message`` (JSON) to the page's bridge the way any script in the page could."""
    return f"(IZSA.bridge.post({json.dumps(json.dumps(message))}), 1)"
