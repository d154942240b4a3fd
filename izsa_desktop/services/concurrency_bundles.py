"""Bundle imports and conflict resolutions by several staff at once on one central workspace.

The bundle services check their preconditions (last seen sequence, record states, conflict still
open) with plain reads. Under PostgreSQL's READ COMMITTED two transactions can both pass those reads,
and under SQLite the second writer fails with a bare "database is locked/snapshot" error. These
wrappers run the same services inside a transaction that LOCKS first (``locked_workspace``):

- import: a transaction-level advisory lock per district (imports of different districts run in
  parallel) plus ``FOR UPDATE`` on the project rows the plan writes (staff saves wait, then get
  ``project_conflict``); SQLite: the database write lock. A plan that went stale meanwhile is
  re-planned once; if the bundle is then already imported the caller is told so (``already_imported``
  on the returned preview, result ``None``), exactly like a sequential re-import.
- resolve: ``FOR UPDATE`` on the conflict row (SQLite: write lock); the second resolver then finds it
  no longer open and gets ``no_conflict``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from ..core.errors import IzsaError
from .bundles_apply import ImportResult, apply_import
from .bundles_import import ImportPreview, prepare_import
from .bundles_review import resolve_conflict
from .changes import OpChanges
from .concurrency import locked_workspace, sqlite_write_lock
from .workspace import Workspace


def import_lock(districts: Iterable[str], ids: list[str]):  # type: ignore[no-untyped-def]
    """Lock for importing bundles of ``districts`` that write ``ids``: per-district advisory locks (taken
    in sorted order, so two batches cannot deadlock) and the rows; SQLite: the write lock."""
    keys = sorted(set(districts))

    def lock(conn: Connection) -> None:
        if conn.dialect.name != "postgresql":
            sqlite_write_lock(conn)
            return
        for d in keys:
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": f"izsa-import:{d}"})
        if ids:
            conn.execute(text("SELECT pk FROM project WHERE uuid = ANY(:ids) ORDER BY pk FOR UPDATE"), {"ids": ids})
    return lock


def import_bundle(ws: Workspace, data: bytes | str | Path, **kw: Any) -> tuple[ImportPreview, ImportResult | None]:
    """Verify, plan and apply like ``bundles_import.import_file``, safe against parallel imports."""
    if isinstance(data, (str, Path)):  # read only as far as the frame allows (bundles_import.read_bundle)
        from .bundles_import import read_bundle

        data = read_bundle(ws, data)
    for attempt in (1, 2):
        pre = prepare_import(ws, data, **kw)
        if pre.already_imported:
            return pre, None
        ids = [e.id for e in pre.plan.entries]
        locked = locked_workspace(ws, import_lock([pre.verified.manifest.district], ids))
        try:
            return pre, apply_import(locked, pre)
        except IzsaError as exc:
            if exc.code != "plan_stale" or attempt == 2:
                raise
    raise AssertionError("unreachable")


def apply_previewed(ws: Workspace, pre: ImportPreview) -> ImportResult:
    """Apply exactly the plan the user saw, under the same locks as ``import_bundle``; if anything
    changed since the preview, ``plan_stale`` is raised and the user previews again."""
    ids = [e.id for e in pre.plan.entries]
    return apply_import(locked_workspace(ws, import_lock([pre.verified.manifest.district], ids)), pre)


def resolve(ws: Workspace, conflict_id: int, choice: str, value: Any = None, user: str | None = None) -> OpChanges:
    """``bundles_review.resolve_conflict`` with the conflict row locked first (one resolver wins)."""
    def lock(conn: Connection) -> None:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT id FROM bundle_conflict WHERE id = :i FOR UPDATE"), {"i": conflict_id})
        else:
            sqlite_write_lock(conn)

    return resolve_conflict(locked_workspace(ws, lock), conflict_id, choice, value, user)
