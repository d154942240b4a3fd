"""PostgreSQL-specific pieces of the store: URL handling, search, integrity checks, sequences.

The central workspace may live in PostgreSQL. The models and the Alembic migrations are shared with
SQLite; what differs per engine is collected here (and in ``migrations/versions/0001``):

- **Search** uses the same folded ``search_text`` column as SQLite's FTS5 index and the same
  semantics (every query word is a prefix of some word of the record): a ``'simple'`` tsvector (no
  stemming, no stop words) with ``word:*`` prefix queries, backed by the GIN expression index
  ``ix_project_search_tsv`` created by the migration. It is built into PostgreSQL, so no extension
  (and no privilege to create one) is needed.
- **Passwords** are never part of what the application stores: libpq reads ``PGPASSWORD`` or
  ``~/.pgpass`` at connection time; a password typed into a URL lives only in memory, and
  ``redact_url`` is what gets displayed or remembered.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

# the exact expression of the migration's index (the planner only uses the index if they match)
TSV_EXPR = "to_tsvector('simple'::regconfig, coalesce(search_text, ''))"
SEARCH_INDEX = "ix_project_search_tsv"


def normalise_url(url: str) -> str:
    """``postgres://`` and ``postgresql://`` mean the psycopg 3 driver (the one we ship)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def redact_url(url: str) -> str:
    """The URL without its password (safe to show, log or remember)."""
    try:
        u = make_url(url)
    except Exception:  # noqa: BLE001 - not a URL: nothing to hide
        return url
    return u.set(password=None).render_as_string(hide_password=False) if u.password else url


def engine_options() -> dict[str, Any]:
    """Keyword arguments for ``create_engine`` on PostgreSQL."""
    return {
        "pool_pre_ping": True,  # a server restart or an idle-connection cut by a firewall is survived
        "pool_size": 5,
        "connect_args": {"application_name": "izsa-desktop", "connect_timeout": 10},
    }


# -- search --------------------------------------------------------------------------------------------
def search(s: Session, words: list[str], limit: int) -> list[str]:
    """UUIDs of live projects whose folded text has, for every word, a token starting with it."""
    query = " & ".join(f"{w}:*" for w in words)  # words are [0-9a-z]+ (fold_words), nothing to escape
    sql = text(
        f"SELECT uuid FROM project WHERE NOT deleted AND {TSV_EXPR} @@ to_tsquery('simple', :q)"
        f" ORDER BY ts_rank_cd({TSV_EXPR}, to_tsquery('simple', :q)) DESC, pk LIMIT :n"
    )
    return [u for (u,) in s.execute(sql, {"q": query, "n": limit})]


# -- check ---------------------------------------------------------------------------------------------
def server_version(conn: Connection) -> str:
    return str(conn.execute(text("SELECT version()")).scalar())


def integrity(conn: Connection) -> list[str]:
    """``["ok"]`` or a list of problems: catalogue-level (invalid indexes, missing search index) and
    data-level consistency (tags of missing projects, duplicate uuids, pk sequences behind the data)."""
    problems: list[str] = []
    bad = conn.execute(text(
        "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        " JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)"
    )).scalars().all()
    problems += [f"invalid index: {name}" for name in bad]
    has_index = conn.execute(text(
        "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = :i"
    ), {"i": SEARCH_INDEX}).scalar()
    if not has_index:
        problems.append(f"missing search index: {SEARCH_INDEX}")
    orphans = conn.execute(text(
        "SELECT count(*) FROM project_tag t LEFT JOIN project p ON p.pk = t.project_pk WHERE p.pk IS NULL"
    )).scalar()
    if orphans:
        problems.append(f"tags of missing projects: {orphans}")
    dups = conn.execute(text(
        "SELECT count(*) FROM (SELECT uuid FROM project GROUP BY uuid HAVING count(*) > 1) d"
    )).scalar()
    if dups:
        problems.append(f"duplicate project uuids: {dups}")
    problems += [f"sequence behind data: {name}" for name in sequences_behind(conn)]
    return problems or ["ok"]


def _serial_columns(conn: Connection) -> list[tuple[str, str, str]]:
    """(table, column, sequence) of every serial/identity column in the current schema."""
    rows = conn.execute(text(
        "SELECT c.table_name, c.column_name, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name)"
        " FROM information_schema.columns c WHERE c.table_schema = current_schema()"
    )).all()
    return [(t, c, s) for t, c, s in rows if s]


def sequences_behind(conn: Connection) -> list[str]:
    """Serial columns whose sequence would hand out a value already in the table (after a bad copy)."""
    out = []
    for table, col, seq in _serial_columns(conn):
        mx = conn.execute(text(f'SELECT max("{col}") FROM "{table}"')).scalar()
        if mx is None:
            continue
        last, called = conn.execute(text(f"SELECT last_value, is_called FROM {seq}")).one()
        if (last if called else last - 1) < mx:
            out.append(f"{table}.{col}")
    return out


def reset_sequences(conn: Connection, tables: list[Table] | None = None) -> None:
    """After rows were copied in with explicit keys: move every serial sequence past max(key)."""
    names = None if tables is None else {t.name for t in tables}
    for table, col, seq in _serial_columns(conn):
        if names is not None and table not in names:
            continue
        conn.execute(text(
            f"SELECT setval('{seq}', coalesce((SELECT max(\"{col}\") FROM \"{table}\"), 0) + 1, false)"
        ))
