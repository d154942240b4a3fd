"""MBTiles raster packs: validate, install into an app data folder, list, remove, read tiles (no Qt).

This module validates a pack (``inspect``); ``packstore.PackStore`` installs it: the file is copied to a
temporary name inside the packs folder, validated, and its tiles are copied into a new file of the app's
own schema (``packstore``) that is renamed to ``<pack id>.mbtiles``: on any error nothing is left behind.
Tiles are stored in TMS row order (``tile_row = 2**z - 1 - y`` for the XYZ ``y`` Leaflet asks for).

A pack is untrusted input: its ``tiles``/``metadata`` may be views that never end (a recursive CTE), so
every query of the validation runs under an SQLite progress handler with a time limit (``TIME_LIMIT``)
and the caller's ``cancelled()``; metadata is read at most ``_META_ROWS`` rows and its strings are
cleaned (control characters removed, length capped). Pages still treat them as text. ``plain_tables``
refuses a pack whose ``tiles``/``metadata`` are anything but plain tables (views, virtual tables,
generated columns, triggers): what the map later reads must be rows the app copied, not code the pack
brought along.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.core.safe_read import open_regular
from izsa_desktop.core.taxonomy import province
from izsa_desktop.core.text import fold

from .tilemath import tile_bounds

FORMATS = {"png": "png", "jpg": "jpg", "jpeg": "jpg", "webp": "webp"}
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SUFFIX = ".mbtiles"
TIME_LIMIT = 5.0  # seconds for a pack's validation queries (real packs need milliseconds: indexed tiles)
_META_ROWS = 1000
_TEXT_MAX = {"name": 120, "attribution": 500}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_COPY_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class PackInfo:
    id: str  # ascii slug, used in izsa://tiles/<id>/{z}/{x}/{y}
    name: str
    format: str  # png | jpg | webp
    bounds: tuple[float, float, float, float]  # west, south, east, north
    minzoom: int
    maxzoom: int
    attribution: str
    path: Path

    def url_template(self) -> str:
        return f"izsa://tiles/{self.id}/{{z}}/{{x}}/{{y}}"


def inspect(path: Path, pack_id: str = "", *, time_limit: float = TIME_LIMIT,
            cancelled: Callable[[], bool] | None = None) -> PackInfo:
    """Validate an MBTiles file and read its metadata; raises ``IzsaError`` with the reason
    (``mbtiles_timeout`` past ``time_limit`` seconds, ``mbtiles_cancelled`` when ``cancelled()``)."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise IzsaError("not_mbtiles", path=str(path)) from exc
    if head != _SQLITE_MAGIC:
        raise IzsaError("not_mbtiles", path=str(path))
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.DatabaseError as exc:
        raise IzsaError("mbtiles_corrupt", path=str(path), detail=str(exc)) from exc
    guard = Guard(time.monotonic() + time_limit, cancelled)
    con.set_progress_handler(guard, 2000)
    try:
        return _read_info(con, path, pack_id or slug(path.stem))
    except sqlite3.DatabaseError as exc:
        raise guard.error(path, time_limit, exc) from exc
    finally:
        con.close()


class Guard:
    """An SQLite progress handler (called every few thousand VM steps; non-zero interrupts the query):
    stops past ``deadline`` (``time.monotonic()``) or once ``cancelled()``."""

    def __init__(self, deadline: float, cancelled: Callable[[], bool] | None = None) -> None:
        self.deadline, self.cancelled, self.stop = deadline, cancelled, ""

    def __call__(self) -> int:
        if not self.stop:
            if self.cancelled is not None and self.cancelled():
                self.stop = "cancelled"
            elif time.monotonic() > self.deadline:
                self.stop = "timeout"
        return 1 if self.stop else 0

    def error(self, path: Path, time_limit: float, exc: sqlite3.DatabaseError) -> IzsaError:
        """The code for an SQLite error raised under this guard."""
        if self.stop == "cancelled":
            return IzsaError("mbtiles_cancelled", path=str(path))
        if self.stop:
            return IzsaError("mbtiles_timeout", path=str(path), seconds=round(time_limit))
        return IzsaError("mbtiles_corrupt", path=str(path), detail=str(exc))


_VIRTUAL = re.compile(r"^\s*create\s+virtual\b", re.IGNORECASE)


def plain_tables(con: sqlite3.Connection, path: Path) -> None:
    """Refuse (``mbtiles_not_plain``, ``detail``) a pack whose ``tiles`` or ``metadata`` is not a plain
    table: a view, a virtual table, a table with generated columns, or one with triggers. Reading such
    an object runs whatever the pack's author wrote (a view can be cheap for the row a check reads and
    endless for every other one)."""
    rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for name in ("tiles", "metadata"):
        kinds = [(t, sql or "") for t, n, _tbl, sql in rows if str(n).lower() == name]
        if len(kinds) != 1 or kinds[0][0] != "table" or _VIRTUAL.match(kinds[0][1]):
            kind = kinds[0][0] if kinds else "missing"
            raise IzsaError("mbtiles_not_plain", path=str(path), detail=f"{name}: {kind}")
        triggers = [n for t, n, tbl, _ in rows if t == "trigger" and str(tbl).lower() == name]
        if triggers:
            raise IzsaError("mbtiles_not_plain", path=str(path), detail=f"{name}: trigger {triggers[0]}")
        generated = [r[1] for r in con.execute(f"PRAGMA table_xinfo({name})") if r[6] not in (0, 1)]
        if generated:
            raise IzsaError("mbtiles_not_plain", path=str(path), detail=f"{name}: generated {generated[0]}")


def _read_info(con: sqlite3.Connection, path: Path, pack_id: str) -> PackInfo:
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    if not {"metadata", "tiles"} <= names:
        raise IzsaError("mbtiles_corrupt", path=str(path), detail="metadata/tiles tables missing")
    meta = {str(k): str(v) for k, v in con.execute(f"SELECT name, value FROM metadata LIMIT {_META_ROWS}")
            if k is not None and v is not None}
    zr = con.execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
    first = con.execute("SELECT tile_data FROM tiles LIMIT 1").fetchone()
    if zr is None or zr[0] is None or first is None or not first[0]:
        raise IzsaError("mbtiles_empty", path=str(path))
    fmt = FORMATS.get(meta.get("format", "").strip().lower()) or _sniff(bytes(first[0]))
    if fmt is None:
        raise IzsaError("mbtiles_format_unsupported", path=str(path), format=meta.get("format", "?"))
    minzoom = _int(meta.get("minzoom"), zr[0])
    maxzoom = _int(meta.get("maxzoom"), zr[1])
    bounds = _bounds(meta.get("bounds")) or _bounds_from_tiles(con, int(zr[0]))
    w, s, e, n = bounds
    px0, py0, px1, py1 = province().bbox
    if w > px1 or e < px0 or s > py1 or n < py0:
        raise IzsaError("mbtiles_outside_izmir", path=str(path), bounds=bounds)
    return PackInfo(pack_id, _clean(meta.get("name"), "name") or path.stem, fmt, bounds,
                    max(0, min(minzoom, 24)), max(0, min(maxzoom, 24)), _clean(meta.get("attribution"), "attribution"),
                    path)


def _clean(value: str | None, field: str) -> str:
    """A metadata string as plain one-line text of bounded length (still shown escaped, as text)."""
    text = " ".join(_CONTROL.sub(" ", value or "").split())
    limit = _TEXT_MAX[field]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _sniff(data: bytes) -> str | None:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if data[:3] == b"\xff\xd8\xff":
        return "jpg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def _int(value: str | None, default: int) -> int:
    try:
        return int(float(value)) if value is not None else int(default)
    except ValueError:
        return int(default)


def _bounds(value: str | None) -> tuple[float, float, float, float] | None:
    try:
        w, s, e, n = (float(v) for v in (value or "").split(","))
    except ValueError:
        return None
    ok = -180 <= w < e <= 180 and -90 <= s < n <= 90  # also false for NaN
    return (w, s, e, n) if ok else None


def _bounds_from_tiles(con: sqlite3.Connection, z: int) -> tuple[float, float, float, float]:
    x0, x1, r0, r1 = con.execute(
        "SELECT MIN(tile_column), MAX(tile_column), MIN(tile_row), MAX(tile_row) FROM tiles WHERE zoom_level=?",
        (z,),
    ).fetchone()
    top_y, bottom_y = (1 << z) - 1 - r1, (1 << z) - 1 - r0
    w, _, _, n = tile_bounds(z, x0, top_y)
    _, s, e, _ = tile_bounds(z, x1, bottom_y)
    return (w, s, e, n)


def _copy(src: Path, dst: Path, progress: Callable[[int, int], None] | None,
          cancelled: Callable[[], bool] | None) -> None:
    done = 0
    with open_regular(src) as (fin, total), open(dst, "wb") as fout:  # no FIFO, device or folder
        while chunk := fin.read(_COPY_CHUNK):
            if cancelled is not None and cancelled():
                raise IzsaError("mbtiles_cancelled", path=str(src))
            fout.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done >> 10, total >> 10)  # KiB: Qt's int signals stop at 2 GiB


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return s[:48] or "pack"


def __getattr__(name: str) -> object:
    """``mbtiles.PackStore`` still works (the installed packs moved to ``packstore``, which imports this
    module): resolved on first use, so importing either module first has no cycle."""
    if name == "PackStore":
        from .packstore import PackStore

        return PackStore
    raise AttributeError(name)
