"""Hard validation (blocks saving) and soft warnings (saved, shown) for a project record."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from . import taxonomy as tx
from .errors import Issue
from .model import Project
from .text import fold_words

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
TITLE_MAX = 300


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

    for g in p.target_groups:
        if g not in tx.TARGET_GROUPS:
            e.append(Issue("target_group_unknown", "target_groups", {"value": g}))
    for name in ("beneficiaries_planned", "beneficiaries_reached", "budget_kurus"):
        v = getattr(p, name)
        if v is not None and (not isinstance(v, int) or v < 0):
            e.append(Issue("number_negative", name))
    if p.contact_email and not _EMAIL.match(p.contact_email.strip()):
        e.append(Issue("email_invalid", "contact_email"))
    for link in p.links:
        if not _URL.match(link.strip()):
            w.append(Issue("link_suspicious", "links", {"value": link}))
    for part in p.partners:
        if not str(part.get("name", "")).strip():
            e.append(Issue("partner_name_empty", "partners"))
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


def _check_location(p: Project, e: list[Issue], w: list[Issue], warnings: bool = True) -> None:
    if p.precision not in tx.PRECISIONS:
        e.append(Issue("precision_unknown", "precision", {"value": p.precision}))
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
