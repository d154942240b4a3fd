"""Opening, creating and checking a workspace (a SQLite file, or a PostgreSQL URL for central)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from ..core import taxonomy as tx
from ..core.errors import IzsaError
from ..store import backup as backups
from ..store.engine import is_url, make_engine
from ..store.meta import Identity, read_identity, write_identity
from ..store.migrate import IntegrityCheck, check_sqlite_file, current_revision, ensure_schema, head_revision
from ..store.projects import now_iso

APP_NAME = "izsa-desktop"


def default_workspace_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "workspace.sqlite"


@dataclass
class Workspace:
    target: str  # file path or URL
    engine: Engine
    sessions: sessionmaker[Session]
    identity: Identity
    migrated_backup: str | None = None
    extra: dict[str, object] = field(default_factory=dict)
    integrity: IntegrityCheck | None = None  # set by open_workspace(deferred_check=True)

    def verify_integrity(self) -> None:
        """Wait for a deferred integrity check; raises ``workspace_corrupt`` for a damaged file."""
        if self.integrity is not None:
            self.integrity.result()

    @property
    def path(self) -> Path | None:
        return None if is_url(self.target) else Path(self.target)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self) -> Session:
        return self.sessions()

    def reload_identity(self) -> Identity:
        with self.session() as s:
            self.identity = read_identity(s)
        return self.identity

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(target: str | Path, create: bool = True, deferred_check: bool = False) -> Workspace:
    """Open (and migrate) a workspace. Raises IzsaError: workspace_missing, workspace_corrupt,
    workspace_newer, workspace_foreign, workspace_unwritable.

    ``deferred_check`` (the window): the file's page-level integrity check runs on a thread while the
    caller goes on; the caller must call ``ws.integrity.result()`` (raises ``workspace_corrupt``) before
    trusting the data. A file that needs a migration is always checked first, before the backup.
    """
    t = str(target)
    sqlite_path = None if is_url(t) else Path(t)
    if sqlite_path is not None:
        if not sqlite_path.exists() and not create:
            raise IzsaError("workspace_missing", path=t)
        try:
            sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise IzsaError("workspace_unwritable", path=t, detail=str(exc)) from exc
        if not deferred_check:
            check_sqlite_file(sqlite_path)
    integrity = IntegrityCheck(sqlite_path if deferred_check else None)
    engine = make_engine(t)
    try:
        if not integrity.done() and current_revision(engine) != head_revision():
            integrity.result()  # never migrate (or back up) a damaged file
        backup = ensure_schema(engine, sqlite_path)
        sessions = sessionmaker(engine, expire_on_commit=False)
        with sessions() as s:
            ident = read_identity(s)
    except IzsaError:
        engine.dispose()
        raise
    except Exception as exc:  # driver-level failures: corrupt pages, read-only folder ...
        engine.dispose()
        integrity.result()  # a damaged file is reported as such
        code = "workspace_corrupt" if "malformed" in str(exc) or "not a database" in str(exc) else "workspace_open_failed"
        raise IzsaError(code, path=t, detail=str(exc).splitlines()[0]) from exc
    return Workspace(t, engine, sessions, ident, migrated_backup=backup, integrity=integrity)


def init_workspace(
    target: str | Path, role: str, district: str = "", office: str = "", user: str = "", training: bool = False
) -> Workspace:
    """Create (or re-identify an empty) workspace with its identity."""
    if role not in ("district", "central"):
        raise IzsaError("role_unknown", value=role)
    if role == "district":
        code = tx.resolve_district(district) if district else None
        if code is None or code == tx.METROPOLITAN:
            raise IzsaError("district_unknown", value=district)
        district = code
    else:
        district = ""
    ws = open_workspace(target)
    if ws.identity.configured and ws.identity.role != role:
        raise IzsaError("workspace_already_initialised", role=ws.identity.role)
    ident = Identity(
        role=role, district=district, office=office.strip(), user=user.strip(), training=training,
        created_at=ws.identity.created_at or now_iso(), workspace_id=ws.identity.workspace_id or str(uuid.uuid4()),
    )
    with ws.session() as s, s.begin():
        write_identity(s, ident)
    ws.identity = ident
    return ws


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    schema: str | None
    head: str
    integrity: list[str]
    projects: int
    deleted: int
    server: str


def check_workspace(ws: Workspace) -> CheckReport:
    with ws.engine.connect() as conn:
        if ws.is_sqlite:
            integrity = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            fk = list(conn.execute(text("PRAGMA foreign_key_check")))
            if fk:
                integrity.append(f"foreign_key_check: {len(fk)} rows")
            server = "SQLite " + str(conn.execute(text("select sqlite_version()")).scalar())
        else:
            from ..store import pg  # PostgreSQL: catalogue and consistency checks

            integrity = pg.integrity(conn)
            server = pg.server_version(conn)
        n = conn.execute(text("SELECT count(*) FROM project")).scalar() or 0
        d = conn.execute(text("SELECT count(*) FROM project WHERE deleted")).scalar() or 0
    schema = current_revision(ws.engine)
    head = head_revision()
    return CheckReport(integrity == ["ok"] and schema == head, schema, head, integrity, int(n), int(d), server)


def latest_backup(path: Path) -> Path | None:
    found = backups.list_backups(path)
    return found[0] if found else None
