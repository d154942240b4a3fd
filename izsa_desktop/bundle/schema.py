"""Record schema versions and the upgrader chain.

``CURRENT_SCHEMA`` is what this application writes. A bundle with a newer schema is refused
(``bundle_schema_newer``: update the application). An older one is upgraded step by step by the pure
functions in ``UPGRADERS`` (``n -> n + 1``), which work on the parsed JSON rows before the strict shape
check of the current schema, so an upgraded bundle passes exactly the same checks as a fresh one.

Schema 0 (the pilot export used before bundles were signed) differed from 1 as follows:
entries were only ``records``, ``tombstones`` and ``audit``; a project had ``title`` instead of
``title_tr``/``title_en``, ``sdgs`` instead of ``sdg_goals``, ``budget_tl`` as a decimal string in lira
("1250.50") instead of integer ``budget_kurus``, and lacked the fields added since (they get defaults).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.core.model import Project, project_to_dict

CURRENT_SCHEMA = 1
Rows = dict[str, list[Any]]


def _lira_to_kurus(v: Any, line: int) -> int | None:
    if v is None or v == "":
        return None
    try:
        if not isinstance(v, str):
            raise InvalidOperation
        kurus = Decimal(v) * 100
        if kurus != kurus.to_integral_value() or not kurus.is_finite():
            raise InvalidOperation
    except InvalidOperation:
        raise IzsaError(
            "bundle_record_invalid", entry="records.jsonl", line=line, field="budget_tl"
        ) from None
    return int(kurus)


def upgrade_0_to_1(rows: Rows) -> Rows:
    defaults = project_to_dict(Project())
    records = []
    for n, row in enumerate(rows.get("records", []), start=1):
        p = row.get("project") if isinstance(row, dict) else None
        if not isinstance(p, dict):
            raise IzsaError("bundle_record_invalid", entry="records.jsonl", line=n, field="(line)")
        p = dict(p)
        new = {**defaults, "id": None, "district": None}  # id and district must come from the row
        if "title" in p:
            new["title_tr"] = p.pop("title")
        if "sdgs" in p:
            new["sdg_goals"] = p.pop("sdgs")
        if "budget_tl" in p:
            new["budget_kurus"] = _lira_to_kurus(p.pop("budget_tl"), n)
        new.update(p)  # unknown leftovers fail the strict schema-1 check afterwards
        records.append({**row, "project": new})
    return {
        "records": records,
        "tombstones": rows.get("tombstones", []),
        "audit": rows.get("audit", []),
        "key_events": [],
        "reviews": [],
        "attachments": [],
    }


UPGRADERS: dict[int, Callable[[Rows], Rows]] = {0: upgrade_0_to_1}
ENTRIES_BY_SCHEMA: dict[int, frozenset[str]] = {
    0: frozenset({"records", "tombstones", "audit"}),
    1: frozenset({"records", "tombstones", "audit", "key_events", "reviews", "attachments"}),
}


def upgrade(rows: Rows, from_version: int) -> Rows:
    """Run the chain from ``from_version`` to ``CURRENT_SCHEMA``; refuse newer schemas."""
    if from_version > CURRENT_SCHEMA:
        raise IzsaError("bundle_schema_newer", schema_version=from_version, supported=CURRENT_SCHEMA)
    if from_version not in ENTRIES_BY_SCHEMA:
        raise IzsaError("bundle_schema_unknown", schema_version=from_version)
    if set(rows) != ENTRIES_BY_SCHEMA[from_version]:
        raise IzsaError("bundle_entries_mismatch", expected=",".join(sorted(ENTRIES_BY_SCHEMA[from_version])))
    for v in range(from_version, CURRENT_SCHEMA):
        rows = UPGRADERS[v](rows)
    return rows
