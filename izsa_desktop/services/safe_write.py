"""Every file the app writes for people (bundles, datasets, public keys, exports) goes through here.

One **exclusive** temp file in the target's own folder: ``tempfile.mkstemp`` (``O_CREAT|O_EXCL``, plus
``O_NOFOLLOW`` where the platform has it; a random name; created 0600). It is written through the
descriptor mkstemp returned, never reopened by name, given its final mode through that descriptor,
fsynced, and renamed over the target with ``os.replace`` (which replaces a symlink planted at the target
instead of writing through it); then the folder is fsynced. So a file or symlink planted at any name in
the folder, including the old predictable ``.<name>.<pid>.tmp``, is never followed or overwritten.

Modes: a file holding personal data (``private=True``: bundles, datasets, ``--include-personal``
exports) is owner-only, 0600; any other file gets 0666 minus the process umask, like a file the user
saves from any program. Windows: ``os.replace`` replaces atomically; only the read-only bit of a mode
means something there (both modes leave the file writable); folders cannot be fsynced (skipped).

Only a regular file is ever replaced. A target that exists and is not one (a folder, a FIFO, a device
such as ``/dev/full``, a socket), or a symlink that leads to one, is refused with
``IzsaError("file_target_not_regular")`` before the temp file is made, and checked again just before
the rename (a temp file is then removed): ``os.replace`` would otherwise put the export in place of a
device node or pipe (as root: of ``/dev/full``) instead of writing into it, and report success. A
symlink at the target that leads to a regular file (or nowhere) is kept as before: the link itself is
replaced by the new file and its target is never written (tests/hostile/test_item16_exclusive_writes.py).

Raises plain ``OSError`` otherwise; the callers turn it into their error codes.
"""

from __future__ import annotations

import os
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ..core.errors import IzsaError

PRIVATE_MODE = 0o600
_umask_lock = threading.Lock()


def _umask() -> int:
    """The process umask, read without changing it where Linux tells it (/proc), else set and restored."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _umask_lock:
        old = os.umask(0o077)
        os.umask(old)
    return old


def file_mode(private: bool) -> int:
    return PRIVATE_MODE if private else 0o666 & ~_umask()


def check_target(target: str | os.PathLike[str]) -> None:
    """Refuse a ``target`` that exists and is not a regular file (followed through symlinks)."""
    try:
        st = os.stat(target)
    except (FileNotFoundError, NotADirectoryError):
        return  # a new file (or a dangling link, which is replaced): fine
    except OSError:
        return  # cannot tell (permissions ...): creating the temp file or the rename reports it
    if not stat.S_ISREG(st.st_mode):
        raise IzsaError("file_target_not_regular", path=os.fspath(target))


def create_temp(target: str | os.PathLike[str]) -> tuple[BinaryIO, Path]:
    """An exclusive, new, empty temp file beside ``target`` (open for binary writing) and its path."""
    target = Path(target)
    check_target(target)
    fd, name = tempfile.mkstemp(prefix="." + target.name + ".", suffix=".part", dir=target.parent)
    try:
        return os.fdopen(fd, "wb"), Path(name)
    except BaseException:
        os.close(fd)
        Path(name).unlink(missing_ok=True)
        raise


def finish_temp(fh: BinaryIO, tmp: Path, private: bool) -> None:
    """Flush, set the final mode (through the descriptor where the platform allows), fsync, close."""
    try:
        fh.flush()
        mode = file_mode(private)
        if hasattr(os, "fchmod"):
            os.fchmod(fh.fileno(), mode)
        else:  # Windows: only the read-only bit exists
            os.chmod(tmp, mode)
        os.fsync(fh.fileno())
    finally:
        fh.close()


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; nothing to do there
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def publish(tmp: Path, target: str | os.PathLike[str]) -> None:
    """Rename the finished temp file over ``target`` and make the rename durable."""
    target = Path(target)
    try:
        check_target(target)  # again: a pipe or device may have been put there while the file was written
    except IzsaError:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, target)
    fsync_dir(target.parent)


@contextmanager
def replacing(target: str | os.PathLike[str], *, private: bool = False) -> Iterator[BinaryIO]:
    """``with replacing(path, private=...) as fh: fh.write(...)``: on success the new file replaces
    ``target``; on any error (or cancellation) the temp file is removed and ``target`` left untouched."""
    fh, tmp = create_temp(target)
    try:
        yield fh
        finish_temp(fh, tmp, private)
        publish(tmp, target)
    except BaseException:
        fh.close()
        tmp.unlink(missing_ok=True)
        raise


def write_bytes(target: str | os.PathLike[str], data: bytes, *, private: bool = False) -> None:
    with replacing(target, private=private) as fh:
        fh.write(data)
