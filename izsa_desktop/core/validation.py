"""Hard validation (blocks saving) and soft warnings (saved, shown) for a project record."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from typing import Any

from . import taxonomy as tx
from .errors import Issue
from .geo import GEOMETRY_MAX_CORNERS, GEOMETRY_MAX_SITES, geometry_ok
from .model import Project
from .paths import data_file
from .text import fold_words

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
_CURRENCY = re.compile(r"^[A-Z]{3}$")
TITLE_MAX = 300

# Length caps of every free-text field (characters, after the form's strip). Generous for real use;
# the form's line edits allow up to 32,767 and its text boxes any length, so the form shows this
# validator's message (text_too_long) instead of cutting text silently.
TEXT_MAX: dict[str, int] = {
    "title_en": TITLE_MAX,
    "purpose": 5_000,
    "summary": 20_000,
    "responsible_unit": 300,
    "contact_name": 200,
    "contact_role": 200,
    "contact_phone": 40,
    "contact_email": 254,  # RFC 5321 path limit
    "strategic_plan_goal": 500,
    "target_groups_other": 500,
    "neighbourhood": 200,
    "address": 500,
    "collab_sought": 5_000,
    "keywords": 1_000,
    "notes": 20_000,
    "review_comment": 5_000,
}
# Structured lists: (max rows, allowed keys, max characters per value, controlled keys -> allowed codes)
MAX_PARTNERS = 50
MAX_RESULTS = 100
MAX_PROGRESS = 200
MAX_LINKS = 50
LINK_MAX = 2_000
ROW_TEXT_MAX = 500
PROGRESS_TEXT_MAX = 5_000
_PARTNER_KEYS = frozenset({"name", "type", "role"})
_RESULT_KEYS = frozenset({"indicator", "unit", "baseline", "target", "actual", "period"})
_PROGRESS_KEYS = frozenset({"date", "text", "status"})


@cache
def currencies() -> frozenset[str]:
    """ISO 4217 alphabetic codes in current use (resources/data/iso4217_currencies.json, its source
    inside the file)."""
    with open(data_file("iso4217_currencies.json"), encoding="utf-8") as fh:
        return frozenset(json.load(fh)["codes"])


def _short(v: Any) -> str:
    t = v if isinstance(v, str) else repr(v)
    return t if len(t) <= 40 else t[:39] + "…"


@dataclass(frozen=True, slots=True)
class Findings:
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _near_identical(a: str, b: str) -> bool:
    fa, fb = fold_words(a), fold_words(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    return SequenceMatcher(None, fa, fb).ratio() >= 0.9


def validate(p: Project, other_titles: Iterable[tuple[str, str]] = (), *, warnings: bool = True) -> Findings:
    """Check a record. ``other_titles`` are (id, title) of the district's other live projects.

    The form and every import (district bundles, datasets) use these same hard rules. ``warnings=False``
    (imports) skips the work that only produces warnings (the point-in-district lookup, similar titles);
    the errors are exactly the same."""
    e: list[Issue] = []
    w: list[Issue] = []
    title = p.title_tr.strip()
    if not title:
        e.append(Issue("title_empty", "title_tr"))
    elif len(title) > TITLE_MAX:
        e.append(Issue("title_too_long", "title_tr", {"max": TITLE_MAX}))
    if p.district not in tx.districts_by_id():
        e.append(Issue("district_unknown", "district", {"value": p.district}))
    if p.status not in tx.STATUSES:
        e.append(Issue("status_unknown", "status", {"value": p.status}))
    if p.start_date is None:
        e.append(Issue("start_missing", "start_date"))
    if p.start_date and p.end_date and p.end_date < p.start_date:
        e.append(Issue("end_before_start", "end_date"))
    if p.end_kind not in tx.END_KINDS:
        e.append(Issue("value_unknown", "end_kind", {"value": p.end_kind}))

    _check_location(p, e, w, warnings)
    _check_alignment(p, e, w)
    _check_texts(p, e)

    for g in p.target_groups:
        if g not in tx.TARGET_GROUPS:
            e.append(Issue("target_group_unknown", "target_groups", {"value": _short(g)}))
    for name in ("beneficiaries_planned", "beneficiaries_reached", "budget_kurus"):
        v = getattr(p, name)
        if v is not None and (not isinstance(v, int) or v < 0):
            e.append(Issue("number_negative", name))
    if p.contact_email and not _EMAIL.match(p.contact_email.strip()):
        e.append(Issue("email_invalid", "contact_email"))
    if not isinstance(p.currency, str) or p.currency not in currencies():
        e.append(Issue("currency_unknown", "currency", {"value": _short(p.currency)}))
    if p.funding_source not in ("", *tx.FUNDING_SOURCES):
        e.append(Issue("value_unknown", "funding_source", {"value": _short(p.funding_source)}))
    if p.location_method not in tx.LOCATION_METHODS:
        e.append(Issue("value_unknown", "location_method", {"value": _short(p.location_method)}))
    _check_links(p, e, w)
    _check_rows(p, e)
    if p.visibility not in tx.VISIBILITIES:
        e.append(Issue("value_unknown", "visibility", {"value": p.visibility}))
    if p.review_state not in tx.REVIEW_STATES:
        e.append(Issue("value_unknown", "review_state", {"value": p.review_state}))

    if title and warnings:
        for other_id, other_title in other_titles:
            if other_id != p.id and _near_identical(title, other_title):
                w.append(Issue("similar_title_exists", "title_tr", {"title": other_title}))
                break
    return Findings(e, w)


def _check_texts(p: Project, e: list[Issue]) -> None:
    for name, limit in TEXT_MAX.items():
        v = getattr(p, name, "")
        if not isinstance(v, str):
            e.append(Issue("value_invalid", name))
        elif len(v) > limit:
            e.append(Issue("text_too_long", name, {"max": limit}))


def _check_links(p: Project, e: list[Issue], w: list[Issue]) -> None:
    if not isinstance(p.links, list) or len(p.links) > MAX_LINKS:
        e.append(Issue("list_too_long", "links", {"max": MAX_LINKS}))
        return
    for link in p.links:
        if not isinstance(link, str) or len(link) > LINK_MAX:
            e.append(Issue("link_invalid", "links", {"max": LINK_MAX}))
            return
        if not _URL.match(link.strip()):
            w.append(Issue("link_suspicious", "links", {"value": _short(link)}))


def _rows_ok(rows: Any, keys: frozenset[str], max_rows: int, name: str, e: list[Issue],
             codes: dict[str, tuple[str, ...]], long_key: str = "", long_max: int = 0) -> bool:
    """A list of at most ``max_rows`` dicts with keys from ``keys``, string values of bounded length,
    controlled columns holding one of their codes (or empty)."""
    if not isinstance(rows, list) or len(rows) > max_rows:
        e.append(Issue("list_too_long", name, {"max": max_rows}))
        return False
    for row in rows:
        if not isinstance(row, dict) or not row.keys() <= keys:
            e.append(Issue("row_invalid", name))
            return False
        for k, v in row.items():
            limit = long_max if k == long_key else ROW_TEXT_MAX
            if not isinstance(v, str) or len(v) > limit:
                e.append(Issue("row_text_too_long", name, {"max": limit}))
                return False
            allowed = codes.get(k)
            if allowed is not None and v not in ("", *allowed):
                e.append(Issue("value_unknown", name, {"value": _short(v)}))
                return False
    return True


def _check_rows(p: Project, e: list[Issue]) -> None:
    if _rows_ok(p.partners, _PARTNER_KEYS, MAX_PARTNERS, "partners", e,
                {"type": tx.PARTNER_TYPES, "role": tx.PARTNER_ROLES}):
        for part in p.partners:
            if not str(part.get("name", "")).strip():
                e.append(Issue("partner_name_empty", "partners"))
                break
    _rows_ok(p.results, _RESULT_KEYS, MAX_RESULTS, "results", e, {})
    _rows_ok(p.progress, _PROGRESS_KEYS, MAX_PROGRESS, "progress", e, {"status": tx.STATUSES},
             "text", PROGRESS_TEXT_MAX)
    for name in ("target_groups", "who_themes", "sdg_targets"):
        v = getattr(p, name)
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            e.append(Issue("value_invalid", name))
        elif len(set(v)) != len(v):
            e.append(Issue("list_duplicate", name))


def _check_location(p: Project, e: list[Issue], w: list[Issue], warnings: bool = True) -> None:
    if p.precision not in tx.PRECISIONS:
        e.append(Issue("precision_unknown", "precision", {"value": _short(p.precision)}))
    if not geometry_ok(p.geometry):
        e.append(Issue("geometry_invalid", "geometry",
                       {"sites": GEOMETRY_MAX_SITES, "corners": GEOMETRY_MAX_CORNERS}))
    if p.lat is None and p.lon is None:
        w.append(Issue("no_location", "lat"))
        return
    if p.lat is None or p.lon is None:
        e.append(Issue("coord_incomplete", "lat"))
        return
    if not (math.isfinite(p.lat) and math.isfinite(p.lon)):
        e.append(Issue("coord_not_finite", "lat"))
        return
    if not -90.0 <= p.lat <= 90.0:
        e.append(Issue("lat_out_of_range", "lat"))
    if not -180.0 <= p.lon <= 180.0:
        e.append(Issue("lon_out_of_range", "lon"))
    if (e and e[-1].field in ("lat", "lon")) or not warnings:
        return
    found = tx.district_at(p.lon, p.lat)
    if found is None:
        w.append(Issue("point_outside_izmir", "lat"))
    elif p.district and p.district != tx.METROPOLITAN and found != p.district and p.precision in (
        "exact", "neighbourhood", "district"
    ):
        w.append(Issue("point_outside_district", "lat", {"found": found}))


def _check_alignment(p: Project, e: list[Issue], w: list[Issue]) -> None:
    goals = tx.goals()
    for g in p.sdg_goals:
        if g not in goals:
            e.append(Issue("sdg_goal_unknown", "sdg_goals", {"value": g}))
    if len(set(p.sdg_goals)) != len(p.sdg_goals):
        e.append(Issue("sdg_goal_duplicate", "sdg_goals"))
    if p.sdg_primary is not None and p.sdg_primary not in p.sdg_goals:
        e.append(Issue("sdg_primary_not_selected", "sdg_primary"))
    if p.sdg_goals and p.sdg_primary is None:
        e.append(Issue("sdg_primary_missing", "sdg_primary"))
    if not p.sdg_goals:
        w.append(Issue("no_sdg_goal", "sdg_goals"))
    targets = tx.targets()
    for t in p.sdg_targets:
        tgt = targets.get(t)
        if tgt is None:
            e.append(Issue("sdg_target_unknown", "sdg_targets", {"value": t}))
        elif tgt.goal not in p.sdg_goals:
            e.append(Issue("sdg_target_goal_not_selected", "sdg_targets", {"value": t}))
    if p.sdg_goals and not p.sdg_targets:
        w.append(Issue("no_sdg_target", "sdg_targets"))
    for th in p.who_themes:
        if th not in tx.themes():
            e.append(Issue("theme_unknown", "who_themes", {"value": th}))
