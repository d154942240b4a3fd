"""Opening, creating and checking a workspace (a SQLite file, or a PostgreSQL URL for central)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from ..core import taxonomy as tx
from ..core.errors import IzsaError
from ..store import backup as backups
from ..store.engine import is_url, make_engine
from ..store.meta import Identity, read_identity, write_identity
from ..store.migrate import (
    IntegrityCheck,
    check_sqlite_file,
    content_problems,
    current_revision,
    ensure_schema,
    head_revision,
    schema_problems,
)
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
    actor: str = ""  # who is acting in this session (services.actor.acting_user); set by the window/CLI

    def acting_user(self) -> str:
        """The name for audit rows and ``*_by`` fields: the session's actor, else the identity's name."""
        return self.actor or self.identity.user or self.identity.office or "?"

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


def display_target(target: str | Path) -> str:
    """A workspace target as it may be shown, logged or reported: a URL without its password."""
    t = str(target)
    if not is_url(t):
        return t
    from ..store import pg

    return pg.redact_url(t)


def _open_error(exc: Exception, t: str) -> IzsaError:
    shown = display_target(t)
    if is_url(t):
        from ..store import pg

        if pg.is_password_missing(exc):
            return IzsaError("pg_password_required", target=shown)
        if pg.is_password_wrong(exc):
            return IzsaError("pg_password_wrong", target=shown)
    detail = (str(exc).splitlines() or [type(exc).__name__])[0]
    if shown != t:  # never echo a password that the driver may have quoted
        from sqlalchemy.engine import make_url

        try:
            secret = make_url(t).password
        except Exception:  # noqa: BLE001
            secret = None
        if secret:
            detail = detail.replace(str(secret), "***")
    code = "workspace_corrupt" if "malformed" in detail or "not a database" in detail else "workspace_open_failed"
    return IzsaError(code, path=shown, detail=detail)


def open_workspace(target: str | Path, create: bool = True, deferred_check: bool = False) -> Workspace:
    """Open (and migrate) a workspace. Raises IzsaError: workspace_missing, workspace_empty_file,
    workspace_is_folder, workspace_corrupt, workspace_newer, workspace_foreign, workspace_unwritable,
    workspace_open_failed, pg_password_required, pg_password_wrong.

    ``create=False`` (every command that expects an existing workspace): a missing file, a folder or a
    zero-byte file is refused (a zero-byte file is not a workspace; it is never rebuilt as an empty one).

    ``deferred_check`` (the window): the file's page-level integrity check runs on a thread while the
    caller goes on; the caller must call ``ws.integrity.result()`` (raises ``workspace_corrupt``) before
    trusting the data. A file that needs a migration is always checked first, before the backup.
    """
    t = str(target)
    sqlite_path = None if is_url(t) else Path(t)
    if sqlite_path is not None:
        try:
            exists = sqlite_path.exists()
            if exists and sqlite_path.is_dir():
                raise IzsaError("workspace_is_folder", path=t)
            if not exists and not create:
                raise IzsaError("workspace_missing", path=t)
            if exists and not create and sqlite_path.stat().st_size == 0:
                raise IzsaError("workspace_empty_file", path=t)
            sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise IzsaError("workspace_unwritable", path=t, detail=exc.strerror or str(exc)) from exc
        try:
            if not deferred_check:
                check_sqlite_file(sqlite_path)
            integrity = IntegrityCheck(sqlite_path if deferred_check else None)
        except OSError as exc:  # unreadable file
            raise IzsaError("workspace_open_failed", path=t, detail=exc.strerror or str(exc)) from exc
    else:
        integrity = IntegrityCheck(None)
    try:
        engine = make_engine(t)
    except Exception as exc:  # an unparseable URL, an unknown database kind
        raise _open_error(exc, t) from None
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
        raise _open_error(exc, t) from None
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
    problems: list[dict[str, object]] = field(default_factory=list)  # [{"code": ..., "params": {...}}]


def check_workspace(ws: Workspace) -> CheckReport:
    """A real check: page integrity, foreign keys, schema revision, every table and column of the head
    schema, JSON columns that hold valid JSON, rows pointing at a missing project (PostgreSQL: indexes,
    duplicate uuids, sequences). ``ok`` only when nothing at all was found."""
    problems: list[tuple[str, dict[str, object]]] = []
    with ws.engine.connect() as conn:
        if ws.is_sqlite:
            integrity = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            if integrity != ["ok"]:
                problems.append(("check_integrity", {"detail": "; ".join(integrity[:3])}))
            fk = list(conn.execute(text("PRAGMA foreign_key_check")))
            if fk:
                integrity.append(f"foreign_key_check: {len(fk)} rows")
                problems.append(("check_foreign_keys", {"count": len(fk)}))
            server = "SQLite " + str(conn.execute(text("select sqlite_version()")).scalar())
        else:
            from ..store import pg  # PostgreSQL: catalogue and consistency checks

            found = pg.integrity_problems(conn)
            problems += found
            integrity = pg.integrity(conn) if found else ["ok"]
            server = pg.server_version(conn)
        has_project = inspect(conn).has_table("project")
        n = conn.execute(text("SELECT count(*) FROM project")).scalar() or 0 if has_project else 0
        d = conn.execute(text("SELECT count(*) FROM project WHERE deleted")).scalar() or 0 if has_project else 0
    schema = current_revision(ws.engine)
    head = head_revision()
    if schema != head:
        problems.append(("check_schema_version", {"found": schema or "-", "head": head}))
    problems += schema_problems(ws.engine)
    problems += [p for p in content_problems(ws.engine) if p not in problems]
    if integrity == ["ok"] and problems:
        integrity = [code for code, _ in problems]
    return CheckReport(not problems, schema, head, integrity, int(n), int(d), server,
                       [{"code": c, "params": dict(p)} for c, p in problems])


def latest_backup(path: Path) -> Path | None:
    found = backups.list_backups(path)
    return found[0] if found else None
