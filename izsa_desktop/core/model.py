"""The project record (see docs/ and the shared project-record.md): what a district office records."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any

# Fields that hold personal data (KVKK): excluded from public exports, optional in bundles.
PERSONAL_FIELDS = ("contact_name", "contact_role", "contact_phone", "contact_email")


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(slots=True)
class Project:
    # identity
    id: str = field(default_factory=new_id)
    district: str = ""
    # description
    title_tr: str = ""
    title_en: str = ""
    purpose: str = ""
    summary: str = ""
    status: str = "planned"
    start_date: date | None = None
    end_date: date | None = None
    end_kind: str = "planned"  # planned / actual / ongoing
    responsible_unit: str = ""
    contact_name: str = ""
    contact_role: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    # alignment
    sdg_primary: int | None = None
    sdg_goals: list[int] = field(default_factory=list)
    sdg_targets: list[str] = field(default_factory=list)
    who_themes: list[str] = field(default_factory=list)
    strategic_plan_goal: str = ""
    # people
    target_groups: list[str] = field(default_factory=list)
    target_groups_other: str = ""
    beneficiaries_planned: int | None = None
    beneficiaries_reached: int | None = None
    # location
    lat: float | None = None
    lon: float | None = None
    precision: str = "exact"
    location_method: str = "typed"
    neighbourhood: str = ""
    address: str = ""
    geometry: dict[str, Any] | None = None  # extra sites / area polygon, GeoJSON geometry
    # resources, partners, results
    budget_kurus: int | None = None
    currency: str = "TRY"
    funding_source: str = ""
    partners: list[dict[str, str]] = field(default_factory=list)  # name, type, role
    open_to_collab: bool = False
    collab_sought: str = ""
    results: list[dict[str, str]] = field(default_factory=list)  # indicator, unit, baseline, target, actual, period
    progress: list[dict[str, str]] = field(default_factory=list)  # date, text, status
    # evidence
    links: list[str] = field(default_factory=list)
    keywords: str = ""
    notes: str = ""
    visibility: str = "public"
    # review (set by central, travels back)
    review_state: str = "draft"
    review_comment: str = ""


EDITABLE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Project) if f.name != "id")
LIST_FIELDS = frozenset(
    f.name for f in fields(Project) if f.default_factory is list  # type: ignore[comparison-overlap]
)


@dataclass(frozen=True, slots=True)
class RecordMeta:
    """Store-managed provenance and merge fields of a record."""

    version: int = 0
    base_version: int = 0
    local_edits: bool = True
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""
    updated_by: str = ""
    source_bundle: str = ""
    signer_key: str = ""
    origin: str = "local"  # local | central (read-only copy of another district's record)
    deleted: bool = False
    deleted_reason: str = ""


def project_to_dict(p: Project) -> dict[str, Any]:
    d = asdict(p)
    for k in ("start_date", "end_date"):
        v = d[k]
        d[k] = v.isoformat() if v else None
    return d


_PROJECT_FIELDS = frozenset(f.name for f in fields(Project))


def project_from_dict(d: Mapping[str, Any]) -> Project:
    kw = {k: v for k, v in d.items() if k in _PROJECT_FIELDS}
    for k in ("start_date", "end_date"):
        v = kw.get(k)
        if isinstance(v, str):
            kw[k] = date.fromisoformat(v) if v else None
    for k in LIST_FIELDS:
        if k in kw and kw[k] is None:
            kw[k] = []
    return Project(**kw)


def copy_project(p: Project, **changes: Any) -> Project:
    return project_from_dict({**project_to_dict(p), **changes})
