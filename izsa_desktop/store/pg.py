"""PostgreSQL-specific pieces of the store: URL handling, search, integrity checks, sequences.

The central workspace may live in PostgreSQL. The models and the Alembic migrations are shared with
SQLite; what differs per engine is collected here (and in ``migrations/versions/0001``):

- **Search** uses the same folded ``search_text`` column as SQLite's FTS5 index and the same
  semantics (every query word is a prefix of some word of the record): a ``'simple'`` tsvector (no
  stemming, no stop words) with ``word:*`` prefix queries, backed by the GIN expression index
  ``ix_project_search_tsv`` created by the migration. It is built into PostgreSQL, so no extension
  (and no privilege to create one) is needed.
- **Passwords** are never part of what the application stores or prints: libpq reads ``PGPASSWORD``
  or ``~/.pgpass`` at connection time; the CLI prompts for one when the server asks and stdin is a
  terminal (``remember_password``: in memory, passed as a connection parameter); a password typed
  into a URL lives only in memory, and ``redact_url`` is what gets displayed, logged or remembered.
"""

from __future__ import annotations

import re
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


_USERINFO_PW = re.compile(r"(://[^/@:?#]*):[^/@?#]*@")
_QUERY_PW = re.compile(r"([?&])password=[^&#]*&?", re.IGNORECASE)


def redact_url(url: str) -> str:
    """The URL without its password (safe to show, log or remember): the ``user:secret@`` part and a
    ``?password=`` query parameter are both removed. (``URL.set(password=None)`` would change nothing:
    for ``set`` None means "keep".)"""
    try:
        u = make_url(url)
    except Exception:  # noqa: BLE001 - not parseable as a URL: strip anything that looks like a password
        return _QUERY_PW.sub(r"\1", _USERINFO_PW.sub(r"\1@", url)).rstrip("?&")
    query_pw = [k for k in u.query if k.lower() == "password"]
    if u.password is None and not query_pw:
        return url
    return u.difference_update_query(query_pw)._replace(password=None).render_as_string(hide_password=False)


# -- passwords kept in memory for this process (typed at a prompt; never in process arguments) ----------
_passwords: dict[tuple, str] = {}


def _server_key(url: str) -> tuple:
    u = make_url(normalise_url(url))
    return (u.host or "", u.port or 5432, u.database or "", u.username or "")


def remember_password(url: str, password: str) -> None:
    """Use ``password`` for every later connection to the server/database/user of ``url`` in this
    process (the CLI's prompt). It is handed to libpq as a connection parameter, never put in a URL."""
    _passwords[_server_key(url)] = password


def forget_passwords() -> None:
    _passwords.clear()


def is_password_missing(exc: BaseException) -> bool:
    """libpq refused because the server asks for a password and none was found (URL, PGPASSWORD,
    ~/.pgpass, prompt)."""
    return "no password supplied" in str(exc)


def is_password_wrong(exc: BaseException) -> bool:
    return "password authentication failed" in str(exc)


def engine_options(url: str | None = None) -> dict[str, Any]:
    """Keyword arguments for ``create_engine`` on PostgreSQL (with a password typed at a prompt for
    this server, if any: ``remember_password``)."""
    connect_args: dict[str, Any] = {"application_name": "izsa-desktop", "connect_timeout": 10}
    if url is not None:
        try:
            typed = _passwords.get(_server_key(url))
        except Exception:  # noqa: BLE001 - an unparseable URL fails later, in create_engine
            typed = None
        if typed is not None and make_url(normalise_url(url)).password is None:
            connect_args["password"] = typed
    return {
        "pool_pre_ping": True,  # a server restart or an idle-connection cut by a firewall is survived
        "pool_size": 5,
        "connect_args": connect_args,
    }


# -- search --------------------------------------------------------------------------------------------
def search_plan_uuids(s: Session, query: str, limit: int) -> list[str]:
    """UUIDs of live projects matching ``query`` by ``core.text.search_plan`` (the list filter's rule):
    the tsquery selects a superset (each term an OR of alternatives, an alternative an AND of word
    prefixes or whole words), ``row_matches`` on the stored search text then drops unit-name hits."""
    from ..core.text import row_matches, search_plan

    plan = search_plan(query)
    if not plan:
        return []
    terms = []
    for alts, _blocked in plan:  # needles are [0-9a-z]+ (fold_words) with spaces: nothing to escape
        parts = [" & ".join(n.strip() if n.endswith(" ") else f"{n.strip()}:*" for n in alt) for alt in alts]
        terms.append("(" + " | ".join(f"({p})" for p in parts) + ")")
    sql = text(
        f"SELECT uuid, ' ' || coalesce(search_text, '') FROM project WHERE NOT deleted"
        f" AND {TSV_EXPR} @@ to_tsquery('simple', :q)"
        f" ORDER BY ts_rank_cd({TSV_EXPR}, to_tsquery('simple', :q)) DESC, pk"
    )
    out = []
    for u, hay in s.execute(sql, {"q": " & ".join(terms)}):
        if row_matches(plan, hay):
            out.append(u)
            if len(out) >= limit:
                break
    return out


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


def integrity_problems(conn: Connection) -> list[tuple[str, dict[str, object]]]:
    """Problems as codes (worded by the UI/CLI): catalogue-level (invalid indexes, missing search index)
    and data-level consistency (tags of missing projects, duplicate uuids, pk sequences behind the data)."""
    problems: list[tuple[str, dict[str, object]]] = []
    bad = conn.execute(text(
        "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        " JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)"
    )).scalars().all()
    problems += [("check_index_invalid", {"name": name}) for name in bad]
    has_index = conn.execute(text(
        "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = :i"
    ), {"i": SEARCH_INDEX}).scalar()
    if not has_index:
        problems.append(("check_index_missing", {"name": SEARCH_INDEX}))
    tables = set(conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
    if {"project", "project_tag"} <= tables:
        orphans = conn.execute(text(
            "SELECT count(*) FROM project_tag t LEFT JOIN project p ON p.pk = t.project_pk WHERE p.pk IS NULL"
        )).scalar()
        if orphans:
            problems.append(("check_orphans", {"table": "project_tag", "count": orphans}))
    if "project" in tables:
        dups = conn.execute(text(
            "SELECT count(*) FROM (SELECT uuid FROM project GROUP BY uuid HAVING count(*) > 1) d"
        )).scalar()
        if dups:
            problems.append(("check_duplicate_uuids", {"count": dups}))
    problems += [("check_sequence_behind", {"name": name}) for name in sequences_behind(conn)]
    return problems


_PLAIN = {
    "check_index_invalid": "invalid index: {name}",
    "check_index_missing": "missing search index: {name}",
    "check_orphans": "tags of missing projects: {count}",
    "check_duplicate_uuids": "duplicate project uuids: {count}",
    "check_sequence_behind": "sequence behind data: {name}",
}


def integrity(conn: Connection) -> list[str]:
    """``["ok"]`` or a list of problems in plain (untranslated) words, for ``check --json``."""
    return [_PLAIN[code].format(**params) for code, params in integrity_problems(conn)] or ["ok"]


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
