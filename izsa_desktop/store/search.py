"""The FTS5 path of project search: the MATCH expression built from a query, and the search itself.

The list filter (``core.text.filter_rows``) and this path must return the same set for a query."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..core.text import fold_words


def fts_match(query: str) -> str | None:
    """The FTS5 MATCH expression of a query; None when it has no word (nothing is searched)."""
    words = fold_words(query).split()
    return " ".join(f'"{w}"*' for w in words) if words else None


def search_uuids(s: Session, query: str, limit: int = 500) -> list[str]:
    """UUIDs of live projects matching ``query`` (SQLite FTS5), best rank first."""
    m = fts_match(query)
    if m is None:
        return []
    sql = text("SELECT p.uuid FROM project_fts f JOIN project p ON p.pk = f.rowid"
               " WHERE project_fts MATCH :m AND NOT p.deleted ORDER BY rank LIMIT :n")
    return [u for (u,) in s.execute(sql, {"m": m, "n": limit})]
