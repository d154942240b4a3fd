"""Open-time schema handling: migrate older files (after a backup), refuse newer and corrupt ones."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from ..core.errors import IzsaError
from .backup import make_backup

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration. Opening an up-to-date workspace compares against this constant and never
# imports Alembic (~90 ms of start-up); tests check it equals Alembic's own head.
SCHEMA_HEAD = "0005"

_SQLITE_MAGIC = b"SQLite format 3\x00"
_MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return cfg


def head_revision() -> str:
    return SCHEMA_HEAD


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        raise IzsaError("workspace_foreign", tables="alembic_version")
    return rows[0] if rows else None


def check_sqlite_header(path: Path) -> bool:
    """Raise ``workspace_corrupt`` unless the file is empty/missing or starts like a SQLite database.
    Returns True when there is a database to check further."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    with open(path, "rb") as fh:
        if fh.read(16) != _SQLITE_MAGIC:
            raise IzsaError("workspace_corrupt", path=str(path), detail="not a database")
    return True


def _quick_check(path: Path) -> None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise IzsaError("workspace_corrupt", path=str(path), detail=str(exc)) from exc
    if rows != [("ok",)]:
        raise IzsaError("workspace_corrupt", path=str(path), detail="; ".join(r[0] for r in rows[:3]))


def check_sqlite_file(path: Path) -> None:
    """Raise ``workspace_corrupt`` for a file that is not a healthy SQLite database."""
    if check_sqlite_header(path):
        _quick_check(path)


class IntegrityCheck:
    """``PRAGMA quick_check`` of a workspace file on a thread of its own (SQLite releases the GIL, so it
    runs beside the window being built: ~50 ms at 15k projects, ~300 ms at 100k, off the start-up path).
    ``result()`` waits and raises ``workspace_corrupt`` like ``check_sqlite_file``."""

    def __init__(self, path: Path | None) -> None:
        self.error: IzsaError | None = None
        self._thread: threading.Thread | None = None
        if path is not None and check_sqlite_header(path):
            self._thread = threading.Thread(target=self._run, args=(path,), name="izsa-quick-check", daemon=True)
            self._thread.start()

    def _run(self, path: Path) -> None:
        try:
            _quick_check(path)
        except IzsaError as exc:
            self.error = exc

    def done(self) -> bool:
        return self._thread is None or not self._thread.is_alive()

    def result(self) -> None:
        if self._thread is not None:
            self._thread.join()
        if self.error is not None:
            raise self.error


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def ensure_schema(engine: Engine, sqlite_path: Path | None) -> str | None:
    """Bring the database to the head schema. Returns the backup path if a migration ran.

    A database from a newer application is refused (``workspace_newer``); a database with tables
    but no schema revision is not ours (``workspace_foreign``).
    """
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            raise IzsaError("workspace_foreign", tables=", ".join(sorted(tables)[:5]))
        upgrade(engine)
        return None
    if current not in known_revisions():
        raise IzsaError("workspace_newer", found=current, supported=head)
    backup = None
    if sqlite_path is not None:
        backup = str(make_backup(sqlite_path, f"before-{head}"))
    upgrade(engine)
    return backup


# -- structure and content checks (``check``; the CLI also runs ``schema_problems`` before reading) ------
Problem = tuple[str, dict[str, object]]


def _expected_tables() -> dict[str, set[str]]:
    from . import bundle_models, models  # noqa: F401 - register every table on the metadata

    return {t.name: {c.name for c in t.columns} for t in models.Base.metadata.sorted_tables}


def schema_problems(engine: Engine) -> list[Problem]:
    """Tables or columns of the head schema missing from the database: ``check_table_missing``,
    ``check_column_missing``. Cheap (catalogue reads only)."""
    insp = inspect(engine)
    present = set(insp.get_table_names())
    out: list[Problem] = []
    for table, columns in sorted(_expected_tables().items()):
        if table not in present:
            out.append(("check_table_missing", {"table": table}))
            continue
        have = {c["name"] for c in insp.get_columns(table)}
        out += [("check_column_missing", {"table": table, "column": c}) for c in sorted(columns - have)]
    if engine.dialect.name == "sqlite" and "project_fts" not in present:
        out.append(("check_table_missing", {"table": "project_fts"}))
    return out


def content_problems(engine: Engine) -> list[Problem]:
    """Values the application could not read: JSON columns holding invalid JSON (SQLite stores them
    as text; PostgreSQL's ``json`` type validates on write) and rows pointing at a missing project."""
    from sqlalchemy import JSON

    from . import bundle_models, models  # noqa: F401

    out: list[Problem] = []
    present = set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            for t in models.Base.metadata.sorted_tables:
                if t.name not in present:
                    continue
                for c in t.columns:
                    if isinstance(c.type, JSON):
                        n = conn.execute(text(
                            f'SELECT count(*) FROM "{t.name}" WHERE "{c.name}" IS NOT NULL'
                            f' AND NOT json_valid("{c.name}")'
                        )).scalar()
                        if n:
                            out.append(("check_json_invalid", {"table": t.name, "column": c.name, "count": n}))
        orphan_sql = {
            "project_tag": "SELECT count(*) FROM project_tag t WHERE NOT EXISTS"
                           " (SELECT 1 FROM project p WHERE p.pk = t.project_pk)",
            "attachment": "SELECT count(*) FROM attachment a WHERE NOT EXISTS"
                          " (SELECT 1 FROM project p WHERE p.uuid = a.project_uuid)",
        }
        if "project" in present:
            for table, sql in orphan_sql.items():
                if table in present:
                    n = conn.execute(text(sql)).scalar()
                    if n:
                        out.append(("check_orphans", {"table": table, "count": n}))
    return out
