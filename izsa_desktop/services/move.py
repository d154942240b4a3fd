"""Move a workspace between engines (SQLite file <-> PostgreSQL database), verified row by row.

Generic on purpose: the tables are found by reflecting the databases (SQLAlchemy metadata), so tables
added later by any area (bundle tables, ...) move too without changes here. Steps:

1. open the source (brought to the current schema like any open) and the target (created at the head
   schema); refuse a target that holds any row, or whose tables differ from the source's;
2. copy every table in foreign-key dependency order, in batches, in ONE target transaction (a failed
   move leaves the target empty);
3. engine-specific finishing: PostgreSQL serial sequences moved past the copied keys, the SQLite
   full-text index rebuilt from ``search_text``;
4. verify: per table, row count and a content hash (canonical JSON of each row, rows ordered by
   primary key in Python so engine collations cannot differ) computed on both sides.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Engine, MetaData, Table, func, select, text

from ..core.errors import IzsaError
from ..store import pg
from ..store.engine import is_url
from .workspace import open_workspace

_SKIP_PREFIXES = ("alembic_version", "project_fts", "sqlite_")
Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class TableCheck:
    name: str
    source_rows: int
    target_rows: int
    source_hash: str
    target_hash: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_hash == self.target_hash


@dataclass(frozen=True)
class MoveReport:
    source: str
    target: str
    tables: list[TableCheck]

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables)


def _display(target: str) -> str:
    return pg.redact_url(target) if is_url(target) else target


def _tables(engine: Engine) -> dict[str, Table]:
    md = MetaData()
    md.reflect(bind=engine)
    return {t.name: t for t in md.sorted_tables if not t.name.startswith(_SKIP_PREFIXES)}


def _ordered(engine: Engine) -> list[Table]:
    return list(_tables(engine).values())  # sorted_tables: parents before children


# -- canonical content hash ----------------------------------------------------------------------------
def _norm(v: Any, col_type: Any) -> Any:
    if v is None:
        return None
    if isinstance(col_type, Boolean) or isinstance(v, bool):
        return bool(v)
    if isinstance(v, (datetime, date, time)):
        return v.isoformat()
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, (bytes, bytearray, memoryview)):
        return "sha256:" + hashlib.sha256(bytes(v)).hexdigest()
    if isinstance(col_type, JSON) and isinstance(v, str):
        try:
            return json.loads(v)
        except ValueError:
            return v
    return v


def table_digest(engine: Engine, table: Table, batch: int = 5000) -> tuple[int, str]:
    """(row count, SHA-256 of the canonical rows ordered by primary key)."""
    cols = sorted(table.columns, key=lambda c: c.name)
    pk = [c.name for c in table.primary_key.columns] or [c.name for c in cols]
    rows: list[tuple[tuple, str]] = []
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=batch).execute(select(table))
        for part in result.mappings().partitions():
            for r in part:
                canon = {c.name: _norm(r[c.name], c.type) for c in cols}
                line = json.dumps(canon, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
                rows.append((tuple(canon[k] for k in pk), line))
    rows.sort(key=lambda kv: kv[0])
    h = hashlib.sha256()
    for _key, line in rows:
        h.update(line.encode("utf-8") + b"\n")
    return len(rows), h.hexdigest()


def verify(src: Engine, dst: Engine) -> list[TableCheck]:
    s_tables, d_tables = _tables(src), _tables(dst)
    out = []
    for name in sorted(set(s_tables) | set(d_tables)):
        sn, sh = table_digest(src, s_tables[name]) if name in s_tables else (-1, "")
        dn, dh = table_digest(dst, d_tables[name]) if name in d_tables else (-1, "")
        out.append(TableCheck(name, sn, dn, sh, dh))
    return out


# -- the move ------------------------------------------------------------------------------------------
def _require_empty(engine: Engine, tables: list[Table], shown: str) -> None:
    with engine.connect() as conn:
        for t in tables:
            if conn.execute(select(func.count()).select_from(t)).scalar():
                raise IzsaError("move_target_not_empty", target=shown, table=t.name)


def _copy_table(src: Engine, dst_conn: Any, s_table: Table, d_table: Table, batch: int,
                progress: Progress | None) -> int:
    names = [c.name for c in d_table.columns if c.name in s_table.columns]
    for c in d_table.columns:  # keep SQL NULL as NULL (not the JSON value null)
        if isinstance(c.type, JSON):
            c.type = JSON(none_as_null=True)
    done = 0
    with src.connect() as sconn:
        result = sconn.execution_options(yield_per=batch).execute(select(*[s_table.c[n] for n in names]))
        for part in result.mappings().partitions():
            dst_conn.execute(d_table.insert(), [dict(r) for r in part])
            done += len(part)
            if progress:
                progress(d_table.name, done)
    return done


def move_workspace(source: str, target: str, batch: int = 5000, progress: Progress | None = None) -> MoveReport:
    """Copy the workspace ``source`` into the empty ``target`` and verify it (see module docstring).
    Raises IzsaError: move_same_target, move_target_not_empty, move_schema_mismatch (+ open errors)."""
    shown_src, shown_dst = _display(source), _display(target)
    if shown_src == shown_dst:
        raise IzsaError("move_same_target", target=shown_dst)
    src_ws = open_workspace(source, create=False)
    try:
        dst_ws = open_workspace(target)
    except IzsaError:
        src_ws.close()
        raise
    try:
        src, dst = src_ws.engine, dst_ws.engine
        s_tables, d_tables = _tables(src), _ordered(dst)
        if set(s_tables) != {t.name for t in d_tables}:
            diff = set(s_tables) ^ {t.name for t in d_tables}
            raise IzsaError("move_schema_mismatch", tables=", ".join(sorted(diff)))
        _require_empty(dst, d_tables, shown_dst)
        with dst.begin() as conn:
            for d_table in d_tables:
                _copy_table(src, conn, s_tables[d_table.name], d_table, batch, progress)
            if dst.dialect.name == "postgresql":
                pg.reset_sequences(conn)
            elif dst.dialect.name == "sqlite":
                conn.execute(text("DELETE FROM project_fts"))
                conn.execute(text("INSERT INTO project_fts(rowid, body) SELECT pk, coalesce(search_text, '')"
                                  " FROM project"))
        return MoveReport(shown_src, shown_dst, verify(src, dst))
    finally:
        src_ws.close()
        dst_ws.close()
