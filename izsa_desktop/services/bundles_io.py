"""Files and transactions for bundle work: atomic writes, disk-full handling, guarded transactions.

* ``prepare_file`` / ``write_atomic``: one exclusive temp file in the target folder (``safe_write``:
  mkstemp, never a predictable name, never following a planted symlink), fsync, rename, fsync the
  folder. Bundles and datasets are owner-only (0600); public keys 0666 minus the umask. A full disk
  raises ``IzsaError("disk_full")`` and leaves no partial file.
* ``gc_paused()``: the cyclic garbage collector paused during bulk import/export work.
* ``guarded(session)``: one transaction; SQLite's "database or disk is full" becomes
  ``IzsaError("disk_full")``. When SQLite has already rolled back by itself (I/O errors), the explicit
  rollback that follows must not fail with "no transaction is active": it is tolerated here.
"""

from __future__ import annotations

import errno
import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from ..core.errors import IzsaError
from ..core.safe_read import read_regular
from .safe_write import create_temp, finish_temp, publish

_FULL = ("database or disk is full", "disk i/o error", "no space left")


def _is_full(exc: BaseException) -> bool:
    msg = str(getattr(exc, "orig", exc)).lower()
    return any(m in msg for m in _FULL)


class PendingFile:
    """A fully written and fsynced temp file; ``commit`` renames it into place, ``discard`` removes it."""

    def __init__(self, target: Path, tmp: Path) -> None:
        self.target, self.tmp = target, tmp

    def commit(self) -> None:
        publish(self.tmp, self.target)

    def discard(self) -> None:
        self.tmp.unlink(missing_ok=True)


def _write_error(exc: OSError, target: Path) -> IzsaError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return IzsaError("disk_full", path=str(target))
    return IzsaError("file_write_failed", path=str(target), detail=exc.strerror or str(exc))


def prepare_file(target: str | Path, data: bytes, *, private: bool = True) -> PendingFile:
    """Write ``data`` to an exclusive temp file beside ``target`` (see ``safe_write``). ``private``
    (the default: bundles and datasets carry personal data) makes the file owner-only (0600)."""
    target = Path(target)
    try:
        fh, tmp = create_temp(target)
    except OSError as exc:
        raise _write_error(exc, target) from exc
    try:
        try:
            fh.write(data)
        finally:
            finish_temp(fh, tmp, private)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _write_error(exc, target) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return PendingFile(target, tmp)


def write_atomic(target: str | Path, data: bytes, *, private: bool = False) -> None:
    """Write a whole file at once (public key files: readable as any saved file, 0666 minus umask;
    ``private=True`` for owner-only)."""
    pending = prepare_file(target, data, private=private)
    try:
        pending.commit()
    except OSError as exc:
        pending.discard()
        raise IzsaError("file_write_failed", path=str(target), detail=exc.strerror or str(exc)) from exc


def read_file(path: str | Path, limit: int = 1 << 30) -> bytes:
    """A small file a person named (public key, passphrase file): a regular file only, at most ``limit``
    bytes, never trusting its size (``core.safe_read``: a FIFO, ``/dev/zero`` or a folder is refused)."""
    return read_regular(path, limit)


@contextmanager
def guarded(s: Session) -> Iterator[Session]:
    """``with guarded(session):`` = ``with session.begin():`` plus disk-full mapping."""
    try:
        with s.begin():
            yield s
    except (OperationalError, DBAPIError) as exc:
        try:
            s.rollback()
        except Exception as again:  # SQLite rolled back already: "no transaction is active"
            if "no transaction is active" not in str(again):
                raise
        if _is_full(exc):
            raise IzsaError("disk_full") from exc
        raise


_gc_lock = threading.Lock()
_gc_depth = [0, False]  # active paused sections, whether the collector was enabled before the first


@contextmanager
def gc_paused() -> Iterator[None]:
    """Bulk bundle work allocates millions of short-lived objects (row dicts, snapshots, plan entries)
    that contain no reference cycles worth chasing; the cyclic collector's repeated full passes over
    them cost ~20 % of an import or export. Paused for the section, restored after (nesting and
    concurrent sections on other threads counted); reference counting still frees everything."""
    with _gc_lock:
        if _gc_depth[0] == 0:
            _gc_depth[1] = gc.isenabled()
            gc.disable()
        _gc_depth[0] += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth[0] -= 1
            if _gc_depth[0] == 0 and _gc_depth[1]:
                gc.enable()
