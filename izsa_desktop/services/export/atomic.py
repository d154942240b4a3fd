"""Write export files atomically through ``services.safe_write``: one exclusive temp file (mkstemp) in
the destination folder, written through its descriptor, fsync, then ``os.replace`` over the target. A
failed or cancelled export leaves nothing half-written (and an older file untouched); a symlink planted
in the folder is never followed. Exports with personal data (``private=True``: ``--include-personal``)
are owner-only (0600); others get 0666 minus the umask.
OS errors become codes the UI words: export_disk_full, export_permission_denied, export_write_failed."""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

from ...core.errors import IzsaError
from ..safe_write import create_temp, finish_temp, publish


def os_error(exc: OSError, path: Path) -> IzsaError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return IzsaError("export_disk_full", path=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return IzsaError("export_permission_denied", path=str(path))
    return IzsaError("export_write_failed", path=str(path), detail=exc.strerror or str(exc))


@contextmanager
def atomic_file(target: str | os.PathLike[str], *, private: bool = False) -> Iterator[BinaryIO]:
    """Yield a binary file open on a new exclusive temp file beside ``target``; on success it replaces
    ``target`` (owner-only when ``private``)."""
    target = Path(target)
    try:
        if target.is_dir():
            raise IzsaError("export_write_failed", path=str(target), detail="is a directory")
        fh, tmp = create_temp(target)
    except FileNotFoundError as exc:
        raise IzsaError("export_folder_missing", path=str(target.parent)) from exc
    except OSError as exc:
        raise os_error(exc, target) from exc
    try:
        yield fh
        finish_temp(fh, tmp, private)
        publish(tmp, target)
    except OSError as exc:
        fh.close()
        tmp.unlink(missing_ok=True)
        raise os_error(exc, target) from exc
    except BaseException:
        fh.close()
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_text(target: str | os.PathLike[str], *, encoding: str, newline: str | None = None,
                private: bool = False) -> Iterator[TextIO]:
    """``atomic_file`` as a text stream (CSV, GeoJSON, JSON)."""
    with atomic_file(target, private=private) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline=newline)
        try:
            yield text
            text.flush()
        finally:
            text.detach()  # the binary file stays open for atomic_file to fsync and close
