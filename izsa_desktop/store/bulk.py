"""Bulk inserts for imports and generated data: one ``executemany`` of plain tuples per table.

On SQLite the statement goes straight to the driver (``exec_driver_sql``: no per-row compilation or
parameter dictionaries), with SQLAlchemy's own bind processors of each column applied first, so the
stored values are exactly those of a Core ``insert()`` (JSON text, ISO dates, 0/1 booleans). Statement
events (``before_cursor_execute``) still fire. Other dialects use a Core ``insert()`` executemany.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import JSON, Connection, Table

_Proc = Callable[[Any], Any]


def _memo(proc: _Proc) -> _Proc:
    """A JSON column's processor, remembered for None and lists of plain strings/integers (goal numbers,
    target codes, themes repeat thousands of times); anything else goes to the processor every time."""
    seen: dict[tuple[Any, ...], Any] = {}

    def process(v: Any) -> Any:
        if v is None or type(v) is list and all(type(x) is str or type(x) is int for x in v):
            key = (None,) if v is None else tuple(v)  # (None,) is no list's key: None is neither str nor int
            out = seen.get(key)
            if out is None:
                out = seen[key] = proc(v)
            return out
        return proc(v)

    return process


def insert_rows(conn: Connection, table: Table, cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(table.insert(), [dict(zip(cols, r, strict=True)) for r in rows])
        return
    procs = [(i, _memo(p) if isinstance(table.c[c].type, JSON) else p) for i, c in enumerate(cols)
             if (p := table.c[c].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)) is not None]
    if procs:
        out = []
        for r in rows:
            r = list(r)
            for i, p in procs:
                r[i] = p(r[i])
            out.append(tuple(r))
        rows = out
    names = ", ".join(f'"{c}"' for c in cols)
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(cols))})', list(rows))


def insert_dicts(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """``insert_rows`` for parameter dictionaries that all have the same keys."""
    if rows:
        cols = list(rows[0])
        insert_rows(conn, table, cols, [tuple(r[c] for c in cols) for r in rows])
