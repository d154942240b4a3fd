"""Every file the app reads from a path a person gave (bundles, datasets, public keys, passphrase files,
key files in the keys dialog ...) is opened through here.

* Only a **regular file** is read. The path is ``os.stat``-ed first (no open: a FIFO, a device or a
  Windows named pipe is refused without being touched), then opened with ``O_NONBLOCK`` (opening a FIFO
  swapped in meanwhile returns at once instead of waiting for a writer) and ``fstat``-ed: what was
  opened is checked, not what the name pointed at a moment earlier. A symlink to a regular file is read
  (it is what the person chose); a folder is ``file_read_failed`` ("Is a directory", as before), a
  device, pipe or socket ``file_not_regular``.
* Reading has a **hard byte cap** that does not trust ``st_size`` (``/dev/zero`` and ``/proc`` files say
  0; a file may grow while read): at most ``limit + 1`` bytes are ever read, more than ``limit`` is
  ``file_too_large``.

Errors are ``IzsaError`` codes (worded in ``ui/messages*.py``); core imports no Qt.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from .errors import IzsaError

_FLAGS = (os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
          | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))


def _refusal(path: str | os.PathLike[str], st: os.stat_result) -> IzsaError:
    if stat.S_ISDIR(st.st_mode):
        return IzsaError("file_read_failed", path=os.fspath(path), detail=os.strerror(errno.EISDIR))
    return IzsaError("file_not_regular", path=os.fspath(path))


def _read_error(path: str | os.PathLike[str], exc: OSError) -> IzsaError:
    return IzsaError("file_read_failed", path=os.fspath(path), detail=exc.strerror or str(exc))


@contextmanager
def open_regular(path: str | os.PathLike[str]) -> Iterator[tuple[BinaryIO, int]]:
    """``with open_regular(path) as (fh, size):`` a regular file open for binary reading and its size
    when opened (``fstat``). Anything else is refused before a byte is read (see the module notes)."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise _refusal(path, st)
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        raise _read_error(path, exc) from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _refusal(path, st)
        if _FLAGS & getattr(os, "O_NONBLOCK", 0):  # back to ordinary blocking reads (POSIX)
            os.set_blocking(fd, True)
        fh = os.fdopen(fd, "rb")
    except OSError as exc:
        os.close(fd)
        raise _read_error(path, exc) from exc
    except BaseException:
        os.close(fd)
        raise
    with fh:
        try:
            yield fh, st.st_size
        except OSError as exc:
            raise _read_error(path, exc) from exc


def read_capped(fh: BinaryIO, limit: int, path: str | os.PathLike[str] = "") -> bytes:
    """At most ``limit`` bytes from ``fh``; ``file_too_large`` if there are more (never reads past
    ``limit + 1``, whatever the file claims its size is)."""
    chunks: list[bytes] = []
    left = limit + 1
    while left > 0:
        chunk = fh.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    if left <= 0:
        raise IzsaError("file_too_large", path=os.fspath(path), limit=limit)
    return b"".join(chunks)


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The whole content of the regular file ``path``, at most ``limit`` bytes (else ``file_too_large``)."""
    with open_regular(path) as (fh, size):
        if size > limit:
            raise IzsaError("file_too_large", path=os.fspath(path), limit=limit)
        return read_capped(fh, limit, path)
