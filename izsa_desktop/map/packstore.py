"""The installed map packs (no Qt): files the app wrote itself, read with one indexed lookup per tile.

A pack the user picks is untrusted: its ``tiles`` can be a view that answers the check's row at once and
never ends for any other one. So an install does not keep the user's file. It copies it to a temporary
name, validates the copy (``mbtiles.inspect``, time-limited), refuses anything but plain tables
(``mbtiles.plain_tables``) and then copies the tiles row by row into a new SQLite file of the app's own
schema (``_SCHEMA``: plain ``metadata`` + ``tiles`` tables and a unique index, ``application_id`` and
``user_version`` set) under a deadline that grows with the file's size; only that file is renamed to
``<pack id>.mbtiles``. ``list``/``get``/``read_tile`` open a pack only if its schema is exactly the app's
(a file left by an older version, or put there by hand, is not offered: ``unusable()`` names it), and
every tile read runs under its own deadline (``READ_LIMIT``). The scheme handler calls ``read_tile`` on
worker threads; a connection per pack is shared behind a lock.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from izsa_desktop.core.errors import IzsaError

from .mbtiles import _SUFFIX, TIME_LIMIT, Guard, PackInfo, _bounds, _copy, _int, inspect, plain_tables, slug

APPLICATION_ID = 0x495A5341  # "IZSA"
PACK_VERSION = 1
READ_LIMIT = 0.5  # seconds for one tile read (an indexed lookup on the app's own table needs microseconds)
COPY_RATE = 8 << 20  # bytes per second the tile copy may be as slow as before it times out
MAX_ZOOM = 24
MAX_TILE = 4 << 20  # bytes; larger rows are not copied (raster tiles are tens of KiB)
_BATCH = 256
_SCHEMA = (
    "CREATE TABLE metadata (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE tiles (zoom_level INTEGER NOT NULL, tile_column INTEGER NOT NULL, tile_row INTEGER NOT NULL, "
    "tile_data BLOB NOT NULL)",
    "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)",
)
# sqlite_master of an app pack, exactly (type, name, tbl_name, sql)
_MASTER = sorted([
    ("table", "metadata", "metadata", _SCHEMA[0]),
    ("index", "sqlite_autoindex_metadata_1", "metadata", None),
    ("table", "tiles", "tiles", _SCHEMA[1]),
    ("index", "tile_index", "tiles", _SCHEMA[2]),
], key=lambda r: r[1])
_COPY_SQL = (
    "SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles "
    "WHERE typeof(zoom_level) = 'integer' AND typeof(tile_column) = 'integer' AND typeof(tile_row) = 'integer' "
    f"AND zoom_level BETWEEN 0 AND {MAX_ZOOM} AND tile_column >= 0 AND tile_column < (1 << zoom_level) "
    "AND tile_row >= 0 AND tile_row < (1 << zoom_level) "
    f"AND typeof(tile_data) = 'blob' AND length(tile_data) BETWEEN 1 AND {MAX_TILE}"
)
_META_KEYS = ("name", "format", "bounds", "minzoom", "maxzoom", "attribution")


def build_pack(raw: Path, dst: Path, info: PackInfo, *, progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None, time_limit: float = TIME_LIMIT,
               done_bytes: int = 0, total_bytes: int = 0) -> int:
    """Copy the tiles of the validated pack ``raw`` into a new app pack at ``dst``; returns the tile count.

    Raises ``mbtiles_not_plain`` (tiles/metadata not plain tables), ``mbtiles_empty`` (no usable tile),
    ``mbtiles_timeout``/``mbtiles_cancelled`` (the deadline grows with the file: ``time_limit`` +
    size / ``COPY_RATE``) or ``mbtiles_install_failed`` (the new file could not be written)."""
    size = raw.stat().st_size
    limit = time_limit + size / COPY_RATE
    guard = Guard(time.monotonic() + limit, cancelled)
    src = sqlite3.connect(f"{raw.resolve().as_uri()}?mode=ro", uri=True)
    out: sqlite3.Connection | None = None
    try:
        src.set_progress_handler(guard, 2000)
        try:
            plain_tables(src, raw)
            cur = src.execute(_COPY_SQL)
        except sqlite3.DatabaseError as exc:
            raise guard.error(raw, limit, exc) from exc
        try:
            out = sqlite3.connect(dst, isolation_level=None)
            out.set_progress_handler(guard, 2000)
            out.execute("PRAGMA journal_mode=OFF")  # a temporary file: renamed only when complete
            out.execute("PRAGMA synchronous=OFF")
            out.execute(f"PRAGMA application_id={APPLICATION_ID}")
            out.execute(f"PRAGMA user_version={PACK_VERSION}")
            out.execute("BEGIN")
            for sql in _SCHEMA:
                out.execute(sql)
            out.executemany("INSERT INTO metadata VALUES (?, ?)", _metadata(info).items())
        except sqlite3.DatabaseError as exc:
            raise _out_error(guard, dst, limit, exc) from exc
        count, copied = 0, 0
        while True:
            try:
                rows = cur.fetchmany(_BATCH)
            except sqlite3.DatabaseError as exc:
                raise guard.error(raw, limit, exc) from exc
            if not rows:
                break
            if guard():
                raise guard.error(raw, limit, sqlite3.OperationalError("interrupted"))
            try:
                out.executemany("INSERT OR IGNORE INTO tiles VALUES (?, ?, ?, ?)", rows)
            except sqlite3.DatabaseError as exc:
                raise _out_error(guard, dst, limit, exc) from exc
            count += len(rows)
            copied += sum(len(r[3]) for r in rows)
            if progress is not None and total_bytes:
                progress(min(done_bytes + copied, total_bytes) >> 10, total_bytes >> 10)
        if count == 0:
            raise IzsaError("mbtiles_empty", path=str(raw))
        try:
            out.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            raise _out_error(guard, dst, limit, exc) from exc
    finally:
        src.close()
        if out is not None:
            out.close()
    with open(dst, "rb+") as fh:
        os.fsync(fh.fileno())
    return count


def _out_error(guard: Guard, dst: Path, limit: float, exc: sqlite3.DatabaseError) -> IzsaError:
    if guard.stop:
        return guard.error(dst, limit, exc)
    return IzsaError("mbtiles_install_failed", path=str(dst), detail=str(exc))


def _metadata(info: PackInfo) -> dict[str, str]:
    w, s, e, n = info.bounds
    return {"name": info.name, "format": info.format, "bounds": f"{w!r},{s!r},{e!r},{n!r}",
            "minzoom": str(info.minzoom), "maxzoom": str(info.maxzoom), "attribution": info.attribution}


def open_pack(path: Path) -> sqlite3.Connection:
    """A read-only connection to an app pack; raises ``mbtiles_not_app_pack`` for any other file."""
    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.DatabaseError as exc:
        raise IzsaError("mbtiles_not_app_pack", path=str(path), detail=str(exc)) from exc
    guard = Guard(time.monotonic() + READ_LIMIT)
    con.set_progress_handler(guard, 1000)
    try:
        ok = (con.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
              and con.execute("PRAGMA user_version").fetchone() == (PACK_VERSION,)
              and sorted(con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(),
                         key=lambda r: r[1]) == _MASTER)
    except sqlite3.DatabaseError as exc:
        con.close()
        raise IzsaError("mbtiles_not_app_pack", path=str(path), detail=str(exc)) from exc
    if not ok:
        con.close()
        raise IzsaError("mbtiles_not_app_pack", path=str(path), detail="schema")
    con.execute("PRAGMA query_only=1")
    con.execute("PRAGMA trusted_schema=OFF")
    return con


def _info(con: sqlite3.Connection, path: Path, pack_id: str) -> PackInfo:
    meta = dict(con.execute(f"SELECT name, value FROM metadata WHERE name IN {_META_KEYS}").fetchall())
    bounds = _bounds(meta.get("bounds"))
    fmt = meta.get("format", "")
    if bounds is None or fmt not in ("png", "jpg", "webp"):
        raise IzsaError("mbtiles_not_app_pack", path=str(path), detail="metadata")
    return PackInfo(pack_id, meta.get("name") or pack_id, fmt, bounds, _int(meta.get("minzoom"), 0),
                    _int(meta.get("maxzoom"), MAX_ZOOM), meta.get("attribution", ""), path)


class _Reader:
    """One pack's connection, its info and a lock (``read_tile`` runs on worker threads)."""

    def __init__(self, con: sqlite3.Connection, info: PackInfo) -> None:
        self.con, self.info, self.lock = con, info, threading.Lock()
        self.deadline = 0.0
        con.set_progress_handler(lambda: 1 if time.monotonic() > self.deadline else 0, 1000)


_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,60}$")


class PackStore:
    """The installed packs: ``<root>/<id>.mbtiles``, each written by ``install``. Connections are
    opened lazily and cached (safe to use from several threads)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._readers: dict[str, _Reader] = {}
        self._lock = threading.Lock()

    def install(self, src: Path, *, progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None, time_limit: float = TIME_LIMIT) -> PackInfo:
        """Copy, validate and add a pack (the worker idiom: run it off the GUI thread)."""
        self.root.mkdir(parents=True, exist_ok=True)
        src = Path(src)
        pack_id = self._free_id(slug(src.stem))
        token = uuid.uuid4().hex
        raw = self.root / f".{pack_id}.{token}.importing"
        built = self.root / f".{pack_id}.{token}.building"
        final = self.root / f"{pack_id}{_SUFFIX}"
        try:
            total = 2 * src.stat().st_size  # the file copy, then the tile copy (about the same bytes)
            _copy(src, raw, None if progress is None else (lambda d, _t: progress(d, total >> 10)), cancelled)
            info = inspect(raw, pack_id, time_limit=time_limit, cancelled=cancelled)
            build_pack(raw, built, info, progress=progress, cancelled=cancelled, time_limit=time_limit,
                       done_bytes=total // 2, total_bytes=total)
            os.replace(built, final)
        except IzsaError as exc:  # name the file the user chose, not the temporary copy
            if exc.code in ("mbtiles_install_failed",):
                raise
            raise IzsaError(exc.code, **{**exc.params, "path": str(src)}) from exc
        except OSError as exc:
            raise IzsaError("not_mbtiles", path=str(src), detail=str(exc)) from exc
        finally:
            raw.unlink(missing_ok=True)
            built.unlink(missing_ok=True)
        self._drop(pack_id)
        reader = self._reader(pack_id)
        if reader is None:
            raise IzsaError("mbtiles_install_failed", path=str(final), detail="reopen")
        return reader.info

    def _free_id(self, base: str) -> str:
        pack_id, n = base, 1
        while (self.root / f"{pack_id}{_SUFFIX}").exists():
            n += 1
            pack_id = f"{base}-{n}"
        return pack_id

    def _reader(self, pack_id: str) -> _Reader | None:
        """The cached reader of an app pack, opened on first use; None if there is no such app pack."""
        with self._lock:
            reader = self._readers.get(pack_id)
        if reader is not None:
            return reader
        path = self.root / f"{pack_id}{_SUFFIX}"
        if not _ID.match(pack_id) or not path.is_file():
            return None
        try:
            con = open_pack(path)
        except IzsaError:
            return None
        try:
            reader = _Reader(con, _info(con, path, pack_id))
        except (IzsaError, sqlite3.DatabaseError):
            con.close()
            return None
        with self._lock:
            kept = self._readers.setdefault(pack_id, reader)
        if kept is not reader:
            con.close()
        return kept

    def _drop(self, pack_id: str) -> None:
        with self._lock:
            reader = self._readers.pop(pack_id, None)
        if reader is not None:
            with reader.lock:
                reader.con.close()

    def _ids(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return [p.stem for p in sorted(self.root.glob(f"*{_SUFFIX}"))]

    def list(self) -> list[PackInfo]:
        """The packs the app installed (a file it did not write, e.g. left by an older version, is not
        offered: see ``unusable``)."""
        return [r.info for r in map(self._reader, self._ids()) if r is not None]

    def unusable(self) -> list[str]:
        """Ids of files in the folder that are not app packs (install them again; ``remove`` deletes)."""
        return [i for i in self._ids() if _ID.match(i) and self._reader(i) is None]

    def get(self, pack_id: str) -> PackInfo | None:
        reader = self._reader(pack_id)
        return reader.info if reader is not None else None

    def remove(self, pack_id: str) -> None:
        self._drop(pack_id)
        (self.root / f"{slug(pack_id)}{_SUFFIX}").unlink(missing_ok=True)

    def read_tile(self, pack_id: str, z: int, x: int, y: int) -> bytes | None:
        """The tile at XYZ ``z/x/y`` or None (no such pack or tile, or the read took past ``READ_LIMIT``)."""
        if not (0 <= z <= MAX_ZOOM and 0 <= x < (1 << z) and 0 <= y < (1 << z)):
            return None
        reader = self._reader(pack_id)
        if reader is None:
            return None
        with reader.lock:
            reader.deadline = time.monotonic() + READ_LIMIT
            try:
                row = reader.con.execute(
                    "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
                    (z, x, (1 << z) - 1 - y),
                ).fetchone()
            except sqlite3.ProgrammingError:  # closed by remove() meanwhile
                return None
            except sqlite3.DatabaseError:  # interrupted past the deadline, or the file went bad
                return None
        return bytes(row[0]) if row else None

    def close(self) -> None:
        with self._lock:
            readers, self._readers = list(self._readers.values()), {}
        for r in readers:
            with r.lock:
                r.con.close()
