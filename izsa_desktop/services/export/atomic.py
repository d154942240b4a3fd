"""Write export files atomically: a temp file in the destination folder, fsync, then rename over the
target. A failed or cancelled export leaves nothing half-written (and an older file untouched).
OS errors become codes the UI words: export_disk_full, export_permission_denied, export_write_failed."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ...core.errors import IzsaError


def os_error(exc: OSError, path: Path) -> IzsaError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return IzsaError("export_disk_full", path=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return IzsaError("export_permission_denied", path=str(path))
    return IzsaError("export_write_failed", path=str(path), detail=exc.strerror or str(exc))


@contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``."""
    target = Path(target)
    try:
        if target.is_dir():
            raise IzsaError("export_write_failed", path=str(target), detail="is a directory")
        fd, tmp = tempfile.mkstemp(prefix="." + target.name + ".", suffix=".part", dir=target.parent or ".")
        os.close(fd)
    except FileNotFoundError as exc:
        raise IzsaError("export_folder_missing", path=str(target.parent)) from exc
    except OSError as exc:
        raise os_error(exc, target) from exc
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp_path, 0o644)
        os.replace(tmp_path, target)
    except OSError as exc:
        tmp_path.unlink(missing_ok=True)
        raise os_error(exc, target) from exc
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise
