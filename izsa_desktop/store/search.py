"""The FTS5 path of project search: the MATCH expression built from a query's plan
(``core.text.search_plan``), then the same row rule as the list filter (``core.text.row_matches``) on
the candidates' search text, so the list filter and FTS return the same set for every query."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..core.text import row_matches, search_plan


def _token(needle: str) -> str:
    w = needle.strip()  # [0-9a-z]+ (fold_words): nothing to escape inside the quotes
    return f'"{w}"' if needle.endswith(" ") else f'"{w}"*'


def fts_match(query: str) -> str | None:
    """The FTS5 MATCH expression of a query (each term an OR of alternatives, an alternative an AND of
    word prefixes or whole words); None when it has no word (nothing is searched). It selects a
    superset of the list filter's rows: the blocked unit names are applied afterwards."""
    plan = search_plan(query)
    if not plan:
        return None
    terms = []
    for alts, _blocked in plan:
        parts = [" AND ".join(_token(n) for n in alt) for alt in alts]
        terms.append("(" + " OR ".join(f"({p})" for p in parts) + ")")
    return " AND ".join(terms)


def search_uuids(s: Session, query: str, limit: int = 500) -> list[str]:
    """UUIDs of live projects matching ``query`` (SQLite FTS5), best rank first."""
    m = fts_match(query)
    if m is None:
        return []
    plan = search_plan(query)
    sql = text("SELECT p.uuid, ' ' || coalesce(p.search_text, '') FROM project_fts f JOIN project p"
               " ON p.pk = f.rowid WHERE project_fts MATCH :m AND NOT p.deleted ORDER BY rank")
    out = []
    for u, hay in s.execute(sql, {"m": m}):
        if row_matches(plan, hay):
            out.append(u)
            if len(out) >= limit:
                break
    return out
