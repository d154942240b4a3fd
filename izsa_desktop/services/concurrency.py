"""Optimistic concurrency for project saves: several staff on one central workspace, no lost update.

The form remembers the record's ``version`` (central bumps it on every change) and ``updated_at`` when
it loads it. ``save_expecting`` saves only if the stored record still carries both; otherwise the
caller gets ``IzsaError("project_conflict", title, by, at)`` and nothing is written.

Check and write happen in ONE transaction, and the row is locked before it is compared:

- PostgreSQL: ``SELECT ... FOR UPDATE`` (a second saver waits for the first to commit, then sees the
  new version and is refused; READ COMMITTED alone would let both pass the comparison);
- SQLite: a no-op ``UPDATE`` as the first statement takes the database write lock (waiting up to the
  busy timeout), so the comparison reads the latest committed row.

The lock is taken in the session's ``after_begin`` hook, so ``ProjectService.save`` itself (its
validation, audit and versioning) runs unchanged inside the guarded transaction.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from sqlalchemy import Connection, event, text
from sqlalchemy.orm import sessionmaker

from ..core.errors import IzsaError
from ..core.model import Project
from .projects import ProjectService, SaveResult
from .workspace import Workspace


@dataclasses.dataclass(frozen=True)
class LoadedToken:
    """What the form saw: pass it back to ``save_expecting``."""

    version: int
    updated_at: str


def token(ws: Workspace, uuid: str) -> LoadedToken | None:
    stored = ProjectService(ws).get(uuid)
    return None if stored is None else LoadedToken(stored.meta.version, stored.meta.updated_at)


def _lock_and_compare(conn, uuid: str, expected: LoadedToken) -> None:  # type: ignore[no-untyped-def]
    if conn.dialect.name == "postgresql":
        sql = "SELECT version, updated_at, updated_by, title_tr FROM project WHERE uuid = :u FOR UPDATE"
    else:
        conn.execute(text("UPDATE project SET version = version WHERE uuid = :u"), {"u": uuid})
        sql = "SELECT version, updated_at, updated_by, title_tr FROM project WHERE uuid = :u"
    row = conn.execute(text(sql), {"u": uuid}).one_or_none()
    if row is None:
        raise IzsaError("project_missing", id=uuid)
    version, updated_at, updated_by, title = row
    if (version or 0) != expected.version or (updated_at or "") != expected.updated_at:
        raise IzsaError("project_conflict", title=title, by=updated_by or "?", at=updated_at or "?")


def locked_workspace(ws: Workspace, lock: Callable[[Connection], None]) -> Workspace:
    """A view of ``ws`` whose every transaction first runs ``lock(connection)`` (then the service's
    own reads see the latest committed state and nobody else can change what was locked)."""
    factory = sessionmaker(ws.engine, expire_on_commit=False)

    @event.listens_for(factory, "after_begin")
    def _guard(_session, _transaction, connection):  # type: ignore[no-untyped-def]
        lock(connection)

    return dataclasses.replace(ws, sessions=factory)


def sqlite_write_lock(conn: Connection) -> None:
    """Take SQLite's write lock now (a write statement, even one matching no row, does)."""
    conn.execute(text("UPDATE workspace_meta SET value = value WHERE key = '~lock'"))


def save_expecting(ws: Workspace, p: Project, expected: LoadedToken | None, source: str = "form") -> SaveResult:
    """Save ``p`` (as ProjectService.save) only if nobody changed it since ``expected`` was read.
    ``expected=None`` means a new record (no check). Raises project_conflict, project_missing,
    ValidationError."""
    if expected is None:
        return ProjectService(ws, source).save(p)
    locked = locked_workspace(ws, lambda conn: _lock_and_compare(conn, p.id, expected))
    return ProjectService(locked, source).save(p)
