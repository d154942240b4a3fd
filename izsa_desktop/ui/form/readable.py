"""Whether the form can show every value of a record before any tab is loaded with it.

A record from an older workspace (or one that slipped past the bundle checks) may hold values of the
wrong shape: a list that is a number, a partner that is a string, a geometry the form cannot draw. The
form checks the whole record up front, so that a tab built later (tabs are built on first use) never
meets a value it cannot show after other tabs already show the record (see ``ProjectForm.load``)."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from ...core.model import Project
from .geometry import read_geometry

_ROWS = ("partners", "results", "progress")  # lists of {key: text}
_CODES = ("sdg_targets", "who_themes", "target_groups", "links")  # lists of text
_WHOLE = ("sdg_primary", "beneficiaries_planned", "beneficiaries_reached", "budget_kurus")  # int | None
_REAL = ("lat", "lon")  # float | None
_DATES = ("start_date", "end_date")
_FLAGS = ("open_to_collab",)
_SPECIAL = frozenset(("geometry", "sdg_goals", *_ROWS, *_CODES, *_WHOLE, *_REAL, *_DATES, *_FLAGS))
_TEXT = tuple(f.name for f in fields(Project) if f.name not in _SPECIAL)


def _whole(v: object) -> bool:
    return type(v) is int


def _ok(name: str, v: object) -> bool:
    if name in _TEXT:
        return type(v) is str
    if name in _ROWS:
        return type(v) is list and all(type(r) is dict and all(type(k) is str and type(x) in (str, int, float)
                                                               for k, x in r.items()) for r in v)
    if name in _CODES:
        return type(v) is list and all(type(x) is str for x in v)
    if name == "sdg_goals":
        return type(v) is list and all(_whole(x) for x in v)
    if name in _WHOLE:
        return v is None or _whole(v)
    if name in _REAL:
        return v is None or type(v) in (int, float)
    if name in _DATES:
        return v is None or type(v) is date
    if name in _FLAGS:
        return type(v) is bool
    if name == "geometry":
        return read_geometry(v)[1]
    return True


def unreadable_field(p: Project) -> str | None:
    """The first field of ``p`` the form cannot show, or None when every value can be shown."""
    for f in fields(Project):
        if not _ok(f.name, getattr(p, f.name)):
            return f.name
    return None
