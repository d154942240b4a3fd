"""Translated display names for the codes of the controlled lists and taxonomies.

Tables hold ``QT_TRANSLATE_NOOP`` markers (so lupdate sees them); lookups translate at call time, so a
language switch takes effect at once.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core import taxonomy as tx

C = "Labels"

STATUS = {
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "ongoing": QT_TRANSLATE_NOOP("Labels", "Ongoing"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "suspended": QT_TRANSLATE_NOOP("Labels", "Suspended"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
TARGET_GROUP = {
    "children": QT_TRANSLATE_NOOP("Labels", "Children"),
    "youth": QT_TRANSLATE_NOOP("Labels", "Youth"),
    "women": QT_TRANSLATE_NOOP("Labels", "Women"),
    "elderly": QT_TRANSLATE_NOOP("Labels", "Elderly"),
    "disabled": QT_TRANSLATE_NOOP("Labels", "People with disabilities"),
    "migrants": QT_TRANSLATE_NOOP("Labels", "Migrants and refugees"),
    "low_income": QT_TRANSLATE_NOOP("Labels", "Low-income households"),
    "farmers": QT_TRANSLATE_NOOP("Labels", "Farmers and producers"),
    "students": QT_TRANSLATE_NOOP("Labels", "Students"),
    "businesses": QT_TRANSLATE_NOOP("Labels", "Businesses and SMEs"),
    "ngos": QT_TRANSLATE_NOOP("Labels", "NGOs"),
    "general_public": QT_TRANSLATE_NOOP("Labels", "General public"),
}
PRECISION = {
    "exact": QT_TRANSLATE_NOOP("Labels", "Exact site"),
    "neighbourhood": QT_TRANSLATE_NOOP("Labels", "Neighbourhood"),
    "district": QT_TRANSLATE_NOOP("Labels", "Whole district"),
    "city": QT_TRANSLATE_NOOP("Labels", "City-wide"),
    "multi_district": QT_TRANSLATE_NOOP("Labels", "Several districts"),
}
REVIEW_STATE = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
    "needs_changes": QT_TRANSLATE_NOOP("Labels", "Needs changes"),
}
VISIBILITY = {
    "public": QT_TRANSLATE_NOOP("Labels", "Public"),
    "internal": QT_TRANSLATE_NOOP("Labels", "Internal"),
}
FUNDING_SOURCE = {
    "": QT_TRANSLATE_NOOP("Labels", "(not set)"),
    "own_budget": QT_TRANSLATE_NOOP("Labels", "Own budget"),
    "eu": QT_TRANSLATE_NOOP("Labels", "European Union"),
    "development_agency": QT_TRANSLATE_NOOP("Labels", "Development agency"),
    "ministry": QT_TRANSLATE_NOOP("Labels", "Ministry"),
    "private": QT_TRANSLATE_NOOP("Labels", "Private sector"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
PARTNER_ROLE = {
    "funding": QT_TRANSLATE_NOOP("Labels", "Funding"),
    "implementing": QT_TRANSLATE_NOOP("Labels", "Implementing"),
    "accountable": QT_TRANSLATE_NOOP("Labels", "Accountable"),
}
PARTNER_TYPE = {
    "public": QT_TRANSLATE_NOOP("Labels", "Public institution"),
    "ngo": QT_TRANSLATE_NOOP("Labels", "NGO"),
    "private": QT_TRANSLATE_NOOP("Labels", "Private sector"),
    "academic": QT_TRANSLATE_NOOP("Labels", "University / research"),
    "international": QT_TRANSLATE_NOOP("Labels", "International organisation"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
END_KIND = {
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned end"),
    "actual": QT_TRANSLATE_NOOP("Labels", "Actual end"),
    "ongoing": QT_TRANSLATE_NOOP("Labels", "Open-ended"),
}
ROLE = {
    "district": QT_TRANSLATE_NOOP("Labels", "District office"),
    "central": QT_TRANSLATE_NOOP("Labels", "Metropolitan central office"),
}
METROPOLITAN_NAME = QT_TRANSLATE_NOOP("Labels", "İzmir Metropolitan Municipality")


def _pick(table: dict[str, str], code: str) -> str:
    v = table.get(code)
    return QCoreApplication.translate(C, v) if v is not None else code


def status(code: str) -> str:
    return _pick(STATUS, code)


def target_group(code: str) -> str:
    return _pick(TARGET_GROUP, code)


def precision(code: str) -> str:
    return _pick(PRECISION, code)


def review_state(code: str) -> str:
    return _pick(REVIEW_STATE, code)


def visibility(code: str) -> str:
    return _pick(VISIBILITY, code)


def funding_source(code: str) -> str:
    return _pick(FUNDING_SOURCE, code)


def partner_role(code: str) -> str:
    return _pick(PARTNER_ROLE, code)


def partner_type(code: str) -> str:
    return _pick(PARTNER_TYPE, code)


def end_kind(code: str) -> str:
    return _pick(END_KIND, code)


def role(code: str) -> str:
    return _pick(ROLE, code)


def district(code: str) -> str:
    if code == tx.METROPOLITAN:
        return QCoreApplication.translate(C, METROPOLITAN_NAME)
    return tx.district_name(code)


def goal(number: int | None, lang: str) -> str:
    if number is None:
        return ""
    g = tx.goals().get(number)
    return f"{number}. {g.name(lang)}" if g else str(number)


def theme(key: str, lang: str) -> str:
    t = tx.themes().get(key)
    return t.name(lang) if t else key
