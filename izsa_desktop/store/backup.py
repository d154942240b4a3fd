"""Consistent SQLite backups (sqlite3 backup API) kept beside the workspace file."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

KEEP = 10


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def make_backup(db_path: Path, reason: str) -> Path:
    """Copy the workspace (even while open, WAL included) to ``backups/<stem>-<time>-<reason>.sqlite``."""
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    _prune(db_path)
    return target


def list_backups(db_path: Path) -> list[Path]:
    """Backups of this workspace, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite"), key=lambda p: p.name, reverse=True)


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Put ``backup`` in place of ``db_path``; the damaged file is kept aside, never deleted."""
    kept = None
    if db_path.exists():
        kept = db_path.with_name(f"{db_path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
        db_path.rename(kept)
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            side.rename(side.with_name(side.name + ".damaged"))
    shutil.copy2(backup, db_path)
    return kept


def _prune(db_path: Path) -> None:
    for old in list_backups(db_path)[KEEP:]:
        old.unlink(missing_ok=True)
