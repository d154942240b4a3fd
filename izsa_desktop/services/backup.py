"""Workspace backups that survive a lost PC: automatic (on close, daily), "Back up to…" a folder of the
user's choice (USB stick, network share), and "Restore from backup…", each verified.

* ``auto_backup(ws, reason)``: a rotating backup beside the workspace (``store.backup``: 7 daily + 4
  weekly), skipped when the workspace file has not changed since the newest automatic one.
* ``backup_to_folder(ws, folder)``: ``izsa-<district>-<time>.sqlite`` + its manifest written into the
  chosen folder through ``services.safe_write`` (exclusive temp file, owner-only, fsync, rename).
* ``restore(target, backup)``: the backup is verified (manifest, file hash, ``integrity_check``, content
  hash) before anything is touched; the current workspace (if any) is kept as a ``before-restore``
  backup (or, if it is damaged, renamed aside); the copy is put in place and its content hash checked
  again. If the replaced workspace had sent bundles past the backup's sequence number, that number is
  carried over (the next bundle must come after the last one central saw; see docs/runbook-lost-pc.md).

Windows: a file cannot be replaced while it is open, so the workspace's connections are closed
(``Workspace.close``) before the swap; SQLite paths are passed as URIs (drive letters, spaces, Turkish
letters). PostgreSQL workspaces (central) are backed up with ``pg_dump`` (docs/postgresql.md), not here.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from .. import __version__
from ..core.errors import IzsaError
from ..store import backup as store
from . import safe_write
from .workspace import Workspace

DAILY_AFTER = timedelta(hours=24)
_STATE_KEY = "last_auto_source"  # manifest field: (size, mtime_ns) of the workspace files when backed up


def _sqlite_path(ws: Workspace) -> Path:
    if ws.path is None or not ws.is_sqlite:
        raise IzsaError("backup_not_sqlite")
    return ws.path


def _source_state(db: Path) -> list[int]:
    out: list[int] = []
    for p in (db, db.with_name(db.name + "-wal")):
        try:
            st = p.stat()
            out += [st.st_size, st.st_mtime_ns]
        except OSError:
            out += [0, 0]
    return out


def _os_error(exc: OSError, path: Path) -> IzsaError:
    return IzsaError("backup_write_failed", path=str(path), detail=exc.strerror or str(exc))


def auto_backup(ws: Workspace, reason: str = "close", *, force: bool = False) -> Path | None:
    """A rotating automatic backup beside the workspace; None when nothing changed since the last one
    (``force`` makes one anyway) or the workspace is not a SQLite file."""
    if ws.path is None or not ws.is_sqlite or not ws.path.exists():
        return None
    db = ws.path
    state = _source_state(db)
    last = store.latest_automatic(db)
    if last is not None and not force:
        try:
            if store.read_manifest(last[0]).get(_STATE_KEY) == state:
                return None
        except IzsaError:
            pass
    try:
        made = store.make_backup(db, reason, __version__)
        m = store.read_manifest(made)
        m[_STATE_KEY] = state
        store._write_private(store.manifest_path(made), store.manifest_bytes(m))
    except OSError as exc:
        raise _os_error(exc, store.backup_dir(db)) from exc
    except sqlite3.DatabaseError as exc:
        raise IzsaError("backup_damaged", path=str(db), detail=str(exc)) from exc
    return made


def daily_due(ws: Workspace, now: datetime | None = None) -> bool:
    """True when the newest automatic backup is older than a day (or there is none)."""
    if ws.path is None or not ws.is_sqlite or not ws.path.exists():
        return False
    last = store.latest_automatic(ws.path)
    return last is None or (now or datetime.now()) - last[1] >= DAILY_AFTER


@dataclass(frozen=True)
class BackupResult:
    path: str
    size: int
    projects: int
    content_sha256: str


def backup_name(ws: Workspace, when: datetime | None = None) -> str:
    who = ws.identity.district if ws.identity.role == "district" else (ws.identity.role or "workspace")
    return f"izsa-{who}-{(when or datetime.now()):%Y%m%d-%H%M%S}.sqlite"


def backup_to_folder(ws: Workspace, folder: str | Path, progress=None, cancelled=None) -> BackupResult:  # type: ignore[no-untyped-def]
    """Write a verified backup and its manifest into ``folder`` (which must exist)."""
    db = _sqlite_path(ws)
    folder = Path(folder)
    if not folder.is_dir():
        raise IzsaError("backup_folder_missing", path=str(folder))
    target = folder / backup_name(ws)
    n = 1
    while target.exists() or store.manifest_path(target).exists():
        n += 1
        target = folder / backup_name(ws).replace(".sqlite", f"-{n}.sqlite")
    try:
        fh, tmp = safe_write.create_temp(target)
        fh.close()
        try:
            store.snapshot(db, tmp)
            if progress:
                progress(1, 3)
            if cancelled and cancelled():
                raise IzsaError("backup_cancelled")
            with open(tmp, "rb+") as f2:
                safe_write.finish_temp(f2, tmp, private=True)
            manifest = store.build_manifest(tmp, "manual", __version__)
            if progress:
                progress(2, 3)
            safe_write.publish(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        safe_write.write_bytes(store.manifest_path(target), store.manifest_bytes(manifest), private=True)
        store.verify_backup(target)  # read back from the stick / share: what was written is what we meant
    except OSError as exc:
        raise _os_error(exc, target) from exc
    if progress:
        progress(3, 3)
    return BackupResult(str(target), int(manifest["size"]), int(manifest.get("projects", 0)),  # type: ignore[arg-type]
                        str(manifest["content_sha256"]))


def verify(backup: str | Path, progress=None, cancelled=None) -> store.VerifiedBackup:  # type: ignore[no-untyped-def]
    return store.verify_backup(Path(backup))


@dataclass(frozen=True)
class RestoreResult:
    path: str
    kept: str | None  # the replaced workspace: a before-restore backup, or the damaged file renamed aside
    projects: int
    content_sha256: str
    seq_carried: int | None  # the bundle sequence number taken over from the replaced workspace


def check_matches(ws_identity_role: str, ws_district: str, manifest: dict[str, object]) -> None:
    """A backup of another district (or role) does not replace a configured workspace."""
    if not ws_identity_role:
        return
    if manifest.get("role") != ws_identity_role or (manifest.get("district") or "") != (ws_district or ""):
        raise IzsaError("backup_other_workspace", role=str(manifest.get("role") or "?"),
                        district=str(manifest.get("district") or "-"))


def restore(target: str | Path, backup: str | Path, *, ws: Workspace | None = None,
            progress=None, cancelled=None) -> RestoreResult:  # type: ignore[no-untyped-def]
    """Replace the workspace file ``target`` by the verified ``backup``. ``ws`` (the open workspace of
    ``target``, if any) is closed first and is usable again afterwards (its identity re-read)."""
    db = Path(target)
    vb = store.verify_backup(Path(backup))
    if progress:
        progress(1, 4)
    info = store.describe(db) if db.is_file() and db.stat().st_size else {}
    if ws is not None:
        check_matches(ws.identity.role, ws.identity.district, vb.manifest)
    elif info:
        check_matches(str(info.get("role", "")), str(info.get("district", "")), vb.manifest)
    if cancelled and cancelled():
        raise IzsaError("backup_cancelled")
    old_seq = int(info.get("bundle_seq", 0) or 0) if info else 0
    if ws is not None:
        ws.close()  # no connection may stay open on the file being replaced (Windows refuses)
    kept = None
    try:
        db.parent.mkdir(parents=True, exist_ok=True)
        if db.exists():
            if not store.integrity_problems(db):
                kept = str(store.make_backup(db, "before-restore", __version__))
            else:  # damaged: kept aside as it is, never deleted
                kept = str(db.with_name(f"{db.name}.replaced-{datetime.now():%Y%m%d-%H%M%S}"))
                os.replace(db, kept)
        if progress:
            progress(2, 4)
        part = db.with_name(f".{db.name}.restore.part")
        part.unlink(missing_ok=True)
        shutil.copyfile(vb.path, part)
        with open(part, "rb+") as fh:
            os.fsync(fh.fileno())
        store._private(part)
        for suffix in ("-wal", "-shm"):  # the old file's log must never be replayed into the restored one
            side = db.with_name(db.name + suffix)
            if side.exists():
                os.replace(side, side.with_name(f"{side.name}.replaced-{datetime.now():%Y%m%d-%H%M%S}"))
        os.replace(part, db)
        safe_write.fsync_dir(db.parent)
    except OSError as exc:
        raise _os_error(exc, db) from exc
    if progress:
        progress(3, 4)
    if store.content_hash(db) != vb.content_sha256 or store.integrity_problems(db):
        raise IzsaError("backup_hash_mismatch", path=str(db), what="restored")
    carried = None
    restored_seq = int(vb.manifest.get("bundle_seq", 0) or 0)  # type: ignore[call-overload]
    if old_seq > restored_seq:  # bundles sent after this backup: the next one must come after them
        con = sqlite3.connect(db)
        try:
            with con:
                con.execute("INSERT INTO workspace_meta(key, value) VALUES ('bundle_seq', ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(old_seq),))
        finally:
            con.close()
        carried = old_seq
    if ws is not None:
        ws.reload_identity()
    if progress:
        progress(4, 4)
    return RestoreResult(str(db), kept, int(vb.manifest.get("projects", 0) or 0),  # type: ignore[call-overload]
                         vb.content_sha256, carried)


def list_backups(ws: Workspace) -> list[tuple[Path, dict[str, object] | None]]:
    """Backups beside the workspace, newest first, with their manifests (None when missing)."""
    if ws.path is None:
        return []
    out: list[tuple[Path, dict[str, object] | None]] = []
    for b in store.list_backups(ws.path):
        try:
            out.append((b, store.read_manifest(b)))
        except IzsaError:
            out.append((b, None))
    return out
