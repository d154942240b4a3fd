"""Optimistic concurrency for project saves: several staff on one workspace, no lost update.

The window remembers, with the project it loaded, a ``LoadedToken`` read from the same row
(``token_of(stored)``): ``version`` (central bumps it on every change), ``updated_at`` and a
``digest`` of the whole stored record (``store.projects.fingerprint``; a district's saves keep
``version`` and two saves within one second share ``updated_at``, so the digest is what tells them
apart). ``save_expecting`` saves only if the stored record is still in that state; otherwise the
caller gets ``IzsaError("project_conflict", title, by, at, ...)`` and nothing is written. A token
with a digest is compared by its digest; one without (older callers) by version and updated_at.

``CheckedProjectService`` is the ``ProjectService`` the window and its form use: every save, delete
and restore is checked against the token remembered for that project (``remember``); on a conflict
it asks its ``resolver`` (the window's dialog) whether to reload (discard mine: ``project_reloaded``
is raised and nothing is written), keep mine (overwrite that newer state knowingly: an ``overwrite``
audit row says whose version was replaced) or cancel (``project_conflict_cancelled``: nothing
written, the caller keeps the changes). Without a resolver ``project_conflict`` is raised.

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

from sqlalchemy import Connection, event, select, text
from sqlalchemy.orm import sessionmaker

from ..core.errors import IzsaError
from ..core.model import Project
from ..store.models import ProjectRow
from ..store.projects import Stored, fingerprint, to_meta, to_project
from .changes import OpChanges
from .projects import ProjectService, SaveResult
from .workspace import Workspace


@dataclasses.dataclass(frozen=True)
class LoadedToken:
    """What the form saw: pass it back to ``save_expecting``."""

    version: int
    updated_at: str
    digest: str = ""  # store.projects.fingerprint of the whole record ("": compare version/updated_at)


ABSENT = LoadedToken(-1, "", "absent")  # "the form holds a new record": it must not exist yet


def token_of(stored: Stored) -> LoadedToken:
    return LoadedToken(stored.meta.version, stored.meta.updated_at, fingerprint(stored.project, stored.meta))


def token(ws: Workspace, uuid: str) -> LoadedToken | None:
    stored = ProjectService(ws).get(uuid)
    return None if stored is None else token_of(stored)


def _lock_and_compare(conn, uuid: str, expected: LoadedToken) -> None:  # type: ignore[no-untyped-def]
    q = select(ProjectRow.__table__).where(ProjectRow.uuid == uuid)
    if conn.dialect.name == "postgresql":
        q = q.with_for_update()
    else:
        conn.execute(text("UPDATE project SET version = version WHERE uuid = :u"), {"u": uuid})  # write lock
    row = conn.execute(q).one_or_none()
    if row is None:
        if expected is ABSENT:
            return
        raise IzsaError("project_missing", id=uuid)
    meta = to_meta(row)
    current = fingerprint(to_project(row), meta)
    if expected.digest:
        same = expected.digest == current
    else:
        same = (meta.version or 0) == expected.version and (meta.updated_at or "") == expected.updated_at
    if not same:
        raise IzsaError("project_conflict", id=uuid, title=row.title_tr, by=meta.updated_by or "?",
                        at=meta.updated_at or "?", deleted=bool(meta.deleted), version=meta.version or 0,
                        digest=current)


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


def save_expecting(ws: Workspace, p: Project, expected: LoadedToken | None, source: str = "form",
                   actor: str | None = None, overwriting: dict | None = None) -> SaveResult:
    """Save ``p`` (as ProjectService.save) only if nobody changed it since ``expected`` was read.
    ``expected=None`` means no check; ``ABSENT``: a new record that must not exist yet. Raises
    project_conflict, project_missing, ValidationError."""
    if expected is None:
        return ProjectService(ws, source, actor).save(p, overwriting=overwriting)
    locked = locked_workspace(ws, lambda conn: _lock_and_compare(conn, p.id, expected))
    return ProjectService(locked, source, actor).save(p, overwriting=overwriting)


def set_deleted_expecting(ws: Workspace, uuid: str, deleted: bool, expected: LoadedToken, reason: str = "",
                          source: str = "form", actor: str | None = None,
                          overwriting: dict | None = None) -> tuple[OpChanges, Stored | None]:
    """Delete or restore ``uuid`` only if nobody changed it since ``expected`` was read (as above)."""
    locked = locked_workspace(ws, lambda conn: _lock_and_compare(conn, uuid, expected))
    return ProjectService(locked, source, actor).set_deleted(uuid, deleted, reason, overwriting=overwriting)


# the resolver's answers
RELOAD, KEEP, CANCEL = "reload", "keep", "cancel"
Resolver = Callable[[str, IzsaError], str]  # (action: "save" | "delete" | "restore", project_conflict)


def _replaced(exc: IzsaError) -> dict:
    """What a "keep mine" replaces, for the overwrite audit row."""
    return {k: exc.params.get(k) for k in ("by", "at", "version")}


def _token_in(exc: IzsaError) -> LoadedToken:
    return LoadedToken(int(exc.params.get("version") or 0), str(exc.params.get("at") or ""),
                       str(exc.params.get("digest") or ""))


class CheckedProjectService(ProjectService):
    """A ``ProjectService`` whose saves, deletes and restores never silently replace a newer version
    (see the module docstring). ``remember(stored)`` whenever a project is shown; a project never
    remembered is expected not to exist (a new record)."""

    def __init__(self, ws: Workspace, source: str = "form", actor: str | None = None,
                 resolver: Resolver | None = None) -> None:
        super().__init__(ws, source, actor)
        self.resolver = resolver
        self._seen: dict[str, LoadedToken] = {}

    def remember(self, stored: Stored | None) -> None:
        if stored is not None:
            self._seen[stored.project.id] = token_of(stored)

    def forget(self, uuid: str) -> None:
        self._seen.pop(uuid, None)

    def seen(self, uuid: str) -> LoadedToken | None:
        return self._seen.get(uuid)

    def save(self, p: Project, *, overwriting: dict | None = None) -> SaveResult:
        expected = self._seen.get(p.id, ABSENT)

        def attempt(exp: LoadedToken, over: dict | None) -> SaveResult:
            return save_expecting(self.ws, p, exp, self.source, self.actor, over)

        result = self._resolving("save", p.id, p.title_tr, expected, overwriting, attempt)
        self.remember(result.stored)
        return result

    def delete(self, uuid: str, reason: str = "") -> OpChanges:
        return self._set_checked(uuid, True, reason)

    def restore(self, uuid: str) -> OpChanges:
        return self._set_checked(uuid, False, "")

    def _set_checked(self, uuid: str, deleted: bool, reason: str) -> OpChanges:
        expected = self._seen.get(uuid)
        if expected is None:  # never shown here: check against the state read now
            stored = self.get(uuid)
            if stored is None:
                raise IzsaError("project_missing", id=uuid)
            expected = token_of(stored)

        def attempt(exp: LoadedToken, over: dict | None) -> tuple[OpChanges, Stored | None]:
            return set_deleted_expecting(self.ws, uuid, deleted, exp, reason, self.source, self.actor, over)

        op, after = self._resolving("delete" if deleted else "restore", uuid, "", expected, None, attempt)
        self.remember(after)
        return op

    def _resolving(self, action, uuid, title, expected, overwriting, attempt):  # type: ignore[no-untyped-def]
        """Run ``attempt(expected, overwriting)``; on a conflict ask the resolver (no transaction is
        open while it asks) and retry against the state it was shown, until it succeeds or the
        resolver reloads or cancels."""
        while True:
            try:
                return attempt(expected, overwriting)
            except IzsaError as exc:
                if exc.code != "project_conflict" or self.resolver is None:
                    raise
                choice = self.resolver(action, exc)
                if choice == KEEP:
                    expected, overwriting = _token_in(exc), _replaced(exc)
                    continue
                if choice == RELOAD:
                    raise IzsaError("project_reloaded", title=exc.params.get("title") or title,
                                    by=exc.params.get("by", "?"), at=exc.params.get("at", "?")) from exc
                raise IzsaError("project_conflict_cancelled", **exc.params) from exc
