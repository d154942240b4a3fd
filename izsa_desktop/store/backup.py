"""Consistent SQLite backups (sqlite3 backup API) kept beside the workspace file, each with a manifest.

``make_backup`` copies the workspace (even while it is open, WAL included) to
``backups/<stem>-<time>-<reason>.sqlite`` and writes ``<that name>.json`` beside it: the file's SHA-256,
the **content hash** (``content_hash``: every row of every table, in rowid order, independent of the
file's pages), the schema revision and the workspace identity. ``verify_backup`` checks a backup against
its manifest: file hash, ``PRAGMA integrity_check`` and content hash; a restore (``services.backup``)
runs it before it replaces anything and compares the content hash again after.

Rotation (``prune``): automatic backups (reasons ``close`` and ``daily``) keep the ``RECENT`` (3) newest,
the newest of each of the last ``DAILY`` (7) days that have one and the newest of each of the
``WEEKLY`` (4) ISO weeks before those;
every other reason (``before-0005`` migrations, ``before-restore``, ``manual``) keeps its newest ``KEEP``.
Backups are owner-only (0600; the folder 0700) on POSIX systems: they hold personal data.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..core.errors import IzsaError

KEEP = 10
RECENT, DAILY, WEEKLY = 3, 7, 4
AUTO_REASONS = ("close", "daily")
MANIFEST_FORMAT = "izsa-backup-v1"
MANIFEST_MAX = 64 * 1024
_CHUNK = 1 << 20


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def _connect_ro(path: Path) -> sqlite3.Connection:
    # an absolute path as a URI (Windows drive letters, spaces, Turkish letters are all quoted by as_uri)
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)


def snapshot(db_path: Path, target: Path) -> None:
    """A consistent copy of ``db_path`` written into ``target`` (an empty or missing file)."""
    src = _connect_ro(db_path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file, no -wal beside it
        finally:
            dst.close()
    finally:
        src.close()


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def content_hash(path: Path) -> str:
    """SHA-256 over every row of every ordinary table (FTS shadow tables included, virtual tables not),
    tables by name, rows in rowid order (primary-key order for WITHOUT ROWID tables)."""
    h = hashlib.sha256()
    con = _connect_ro(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
        for name in tables:
            q = name.replace('"', '""')
            cur = con.execute(f'SELECT * FROM "{q}" LIMIT 0')
            cols = [d[0] for d in cur.description]
            h.update(repr((name, cols)).encode("utf-8"))
            try:
                rows = con.execute(f'SELECT * FROM "{q}" ORDER BY rowid')
            except sqlite3.OperationalError:  # WITHOUT ROWID
                order = ", ".join(str(i + 1) for i in range(len(cols)))
                rows = con.execute(f'SELECT * FROM "{q}" ORDER BY {order}')
            for row in rows:
                h.update(repr(row).encode("utf-8", "surrogatepass"))
    finally:
        con.close()
    return h.hexdigest()


def integrity_problems(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` of a file: [] when healthy."""
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return ["not a database"]
        con = _connect_ro(path)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
        finally:
            con.close()
    except (sqlite3.DatabaseError, OSError) as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows[:3]


def describe(path: Path) -> dict[str, object]:
    """Schema revision, identity and project count of a workspace file (what a manifest records)."""
    con = _connect_ro(path)
    try:
        meta = dict(con.execute("SELECT key, value FROM workspace_meta").fetchall())
        schema = con.execute("SELECT version_num FROM alembic_version").fetchone()
        projects = con.execute("SELECT count(*) FROM project WHERE NOT deleted").fetchone()[0]
    except sqlite3.DatabaseError:
        return {}
    finally:
        con.close()
    return {"schema": schema[0] if schema else None, "role": meta.get("role", ""),
            "district": meta.get("district", ""), "workspace_id": meta.get("workspace_id", ""),
            "bundle_seq": int(meta.get("bundle_seq") or 0), "projects": int(projects)}


def build_manifest(backup: Path, reason: str, app_version: str = "") -> dict[str, object]:
    m: dict[str, object] = {"format": MANIFEST_FORMAT, "created_at": datetime.now().isoformat(timespec="seconds"),
                            "reason": reason, "app_version": app_version, "size": backup.stat().st_size,
                            "file_sha256": file_sha256(backup), "content_sha256": content_hash(backup)}
    m.update(describe(backup))
    return m


def manifest_bytes(manifest: dict[str, object]) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _private(path: Path, mode: int = 0o600) -> None:
    try:
        os.chmod(path, mode)
    except OSError:  # Windows keeps only the read-only bit; the per-user data folder is private there
        pass


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.part")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    _private(tmp)
    os.replace(tmp, path)


def make_backup(db_path: Path, reason: str, app_version: str = "") -> Path:
    """Copy the workspace to ``backups/<stem>-<time>-<reason>.sqlite`` with its manifest; rotate."""
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    _private(folder, 0o700)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    part = target.with_name(f".{target.name}.part")
    part.unlink(missing_ok=True)
    try:
        snapshot(db_path, part)
        with open(part, "rb+") as fh:
            os.fsync(fh.fileno())
        _private(part)
        manifest = build_manifest(part, reason, app_version)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    _write_private(manifest_path(target), manifest_bytes(manifest))
    prune(db_path)
    return target


def list_backups(db_path: Path) -> list[Path]:
    """Backups of this workspace, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite"), key=lambda p: p.name, reverse=True)


def _parse(backup: Path, stem: str) -> tuple[datetime, str] | None:
    rest = backup.stem[len(stem) + 1 :]
    try:
        when = datetime.strptime(rest[:22], "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None
    return when, rest[23:]


def latest_automatic(db_path: Path) -> tuple[Path, datetime] | None:
    """The newest ``close``/``daily`` backup and its time."""
    for b in list_backups(db_path):
        got = _parse(b, db_path.stem)
        if got is not None and got[1] in AUTO_REASONS:
            return b, got[0]
    return None


def keep_set(items: list[tuple[Path, datetime]], daily: int = DAILY, weekly: int = WEEKLY,
             recent: int = RECENT) -> set[Path]:
    """Of automatic backups (any order), the ones to keep: the ``recent`` newest, the newest per day for
    the last ``daily`` days that have one, then the newest per ISO week for ``weekly`` earlier weeks."""
    keep = {p for p, _ in sorted(items, key=lambda it: it[1], reverse=True)[:recent]}
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for path, when in sorted(items, key=lambda it: it[1], reverse=True):
        d = when.date()
        wk = (d.isocalendar()[0], d.isocalendar()[1])
        if d in days or wk in weeks:
            continue
        if len(days) < daily:
            days.add(d)
            keep.add(path)
        elif len(weeks) < weekly and all((x.isocalendar()[0], x.isocalendar()[1]) != wk for x in days):
            weeks.add(wk)
            keep.add(path)
    return keep


def prune(db_path: Path) -> None:
    auto: list[tuple[Path, datetime]] = []
    other: list[Path] = []
    for b in list_backups(db_path):
        got = _parse(b, db_path.stem)
        if got is not None and got[1] in AUTO_REASONS:
            auto.append((b, got[0]))
        else:
            other.append(b)
    keep = keep_set(auto)
    drop = [b for b, _ in auto if b not in keep] + other[KEEP:]
    for old in drop:
        old.unlink(missing_ok=True)
        manifest_path(old).unlink(missing_ok=True)


def read_manifest(backup: Path) -> dict[str, object]:
    mp = manifest_path(backup)
    try:
        if not mp.is_file() or mp.stat().st_size > MANIFEST_MAX:
            raise IzsaError("backup_manifest_missing", path=str(backup))
        data = json.loads(mp.read_bytes().decode("utf-8"))
    except (OSError, ValueError):
        raise IzsaError("backup_manifest_missing", path=str(backup)) from None
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        raise IzsaError("backup_manifest_missing", path=str(backup))
    return data


@dataclass(frozen=True)
class VerifiedBackup:
    path: Path
    manifest: dict[str, object]

    @property
    def content_sha256(self) -> str:
        return str(self.manifest["content_sha256"])


def verify_backup(backup: Path) -> VerifiedBackup:
    """File hash, integrity check and content hash against the manifest; raises ``backup_*`` codes."""
    backup = Path(backup)
    if not backup.is_file():
        raise IzsaError("backup_missing", path=str(backup))
    manifest = read_manifest(backup)
    if file_sha256(backup) != manifest.get("file_sha256"):
        raise IzsaError("backup_hash_mismatch", path=str(backup), what="file")
    problems = integrity_problems(backup)
    if problems:
        raise IzsaError("backup_damaged", path=str(backup), detail="; ".join(problems))
    if content_hash(backup) != manifest.get("content_sha256"):
        raise IzsaError("backup_hash_mismatch", path=str(backup), what="content")
    return VerifiedBackup(backup, manifest)


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
