"""What a bundle carries, as plain dataclasses, and the strict shape checks for the current schema.

Entries (schema 1), all present, all JSON lines:

* ``records.jsonl``     ``{"meta": {version, base_version, deleted: false, deleted_reason}, "project": {...}}``
                        where ``project`` is exactly ``core.model.project_to_dict`` output
* ``tombstones.jsonl``  ``{"id", "district", "meta": {version, base_version, deleted: true, deleted_reason}}``
* ``audit.jsonl``       flat objects of short scalars (informational history rows)
* ``key_events.jsonl``  ``{"kind": "rotated", "statement": {...}}`` or
                        ``{"kind": "revoked", "district", "key", "from_seq"}``
* ``reviews.jsonl``     ``{"id", "version", "review_state", "review_comment"}``
* ``attachments.jsonl`` ``{"sha256", "record_id", "filename", "media_type", "size", "consent"}``;
                        the bytes are entry ``att/<sha256>``. ``filename`` is a display label, never a path.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.core.model import Project, project_from_dict, project_to_dict
from izsa_desktop.core.taxonomy import REVIEW_STATES
from izsa_desktop.core.validation import validate

from .keys import KEY_SIZE
from .strictjson import b64decode_canonical, dumps
from .trust import RotationStatement

JSONL_ENTRIES = ("records", "tombstones", "audit", "key_events", "reviews", "attachments")
MAX_TEXT = 100_000
_DISTRICT = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_META = frozenset({"version", "base_version", "deleted", "deleted_reason"})


@dataclass(frozen=True, slots=True)
class RecordChange:
    """One record as carried in a bundle: a live project (``values``) or a tombstone (``values`` None)."""

    id: str
    district: str
    version: int  # central's version (datasets); 0 from districts, central assigns versions
    base_version: int  # the central version the sender started from (0 = created by the sender)
    values: dict[str, Any] | None
    deleted: bool = False
    deleted_reason: str = ""


@dataclass(frozen=True, slots=True)
class Attachment:
    sha256: str
    record_id: str
    filename: str
    media_type: str
    consent: bool
    data: bytes = field(repr=False, default=b"")


@dataclass(frozen=True)
class BundleContent:
    records: tuple[RecordChange, ...] = ()  # live records and tombstones
    audit: tuple[dict[str, Any], ...] = ()
    key_events: tuple[dict[str, Any], ...] = ()
    reviews: tuple[dict[str, Any], ...] = ()
    attachments: tuple[Attachment, ...] = ()


_DEFAULTS = project_to_dict(Project())
_KINDS = {
    **{k: "str" for k, v in _DEFAULTS.items() if isinstance(v, str)},
    **{k: "bool" for k, v in _DEFAULTS.items() if isinstance(v, bool)},
    "start_date": "date",
    "end_date": "date",
    "sdg_primary": "int?",
    "beneficiaries_planned": "int?",
    "beneficiaries_reached": "int?",
    "budget_kurus": "int?",
    "lat": "float?",
    "lon": "float?",
    "geometry": "dict?",
    "sdg_goals": "ints",
    "sdg_targets": "strs",
    "who_themes": "strs",
    "target_groups": "strs",
    "links": "strs",
    "partners": "dicts",
    "results": "dicts",
    "progress": "dicts",
}
assert set(_KINDS) == set(_DEFAULTS), "content.py: field kinds out of sync with core.model.Project"


def _date(v: Any) -> bool:
    if v is None:
        return True
    try:
        return isinstance(v, str) and date.fromisoformat(v).isoformat() == v
    except ValueError:
        return False


_CHECKS = {
    "str": lambda v: type(v) is str and len(v) <= MAX_TEXT,
    "bool": lambda v: type(v) is bool,
    "int?": lambda v: v is None or type(v) is int,
    "float?": lambda v: v is None or type(v) in (int, float),
    "dict?": lambda v: v is None or type(v) is dict,
    "date": _date,
    "ints": lambda v: type(v) is list and all(type(x) is int for x in v),
    "strs": lambda v: type(v) is list and all(type(x) is str and len(x) <= MAX_TEXT for x in v),
    "dicts": lambda v: type(v) is list
    and all(type(x) is dict and all(type(y) is str for y in x.values()) for x in v),
}
_FIELD_CHECKS = tuple((k, _CHECKS[kind]) for k, kind in _KINDS.items())


def _uuid(v: Any) -> bool:
    try:
        return isinstance(v, str) and str(uuid.UUID(v)) == v
    except ValueError:
        return False


_FIELDS = frozenset(_KINDS)
_STRS = tuple(k for k, kind in _KINDS.items() if kind == "str")
_BOOLS = tuple(k for k, kind in _KINDS.items() if kind == "bool")
_INTS = tuple(k for k, kind in _KINDS.items() if kind == "int?")
_OTHER_CHECKS = tuple((k, ok) for k, ok in _FIELD_CHECKS if _KINDS[k] not in ("str", "bool", "int?"))


def _fields_ok(d: dict[str, Any]) -> bool:
    """All of ``_FIELD_CHECKS`` at once, the common kinds in plain loops (same rules)."""
    for k in _STRS:
        v = d[k]
        if type(v) is not str or len(v) > MAX_TEXT:
            return False
    for k in _BOOLS:
        if type(d[k]) is not bool:
            return False
    for k in _INTS:
        v = d[k]
        if v is not None and type(v) is not int:
            return False
    for k, ok in _OTHER_CHECKS:
        if not ok(d[k]):
            return False
    return True


def check_project(d: Any, *, entry: str, line: int) -> dict[str, Any]:
    if not isinstance(d, dict) or d.keys() != _FIELDS:
        raise IzsaError("bundle_record_invalid", entry=entry, line=line, field="(field set)")
    if not _fields_ok(d):  # name the first failing field, in field order
        for k, ok in _FIELD_CHECKS:
            if not ok(d[k]):
                raise IzsaError("bundle_record_invalid", entry=entry, line=line, field=k)
    if not _uuid(d["id"]) or not _DISTRICT.match(d["district"]):
        raise IzsaError("bundle_record_invalid", entry=entry, line=line, field="id/district")
    for k in ("lat", "lon"):
        if d[k] is not None:
            d[k] = float(d[k])
    return d


def _shown(v: Any) -> str:
    """The offending value for a refusal message (short: the message names record and field)."""
    t = dumps(v).decode("utf-8", "replace") if not isinstance(v, str) else v
    return t if len(t) <= 80 else t[:79] + "…"


def check_values(d: dict[str, Any], *, entry: str, line: int) -> None:
    """The form's hard validation (``core.validation.validate``, the same rules, not a copy) for a record
    that passed the shape check: a bundle whose record would not be savable through the form is refused,
    naming the entry, line, record and field (``bundle_value_invalid``)."""
    try:
        p = project_from_dict(d)
    except (TypeError, ValueError):  # pragma: no cover - the shape check already guarantees the types
        raise IzsaError("bundle_record_invalid", entry=entry, line=line, field="(field set)") from None
    errors = validate(p, warnings=False).errors
    if errors:
        f = errors[0].field
        raise IzsaError("bundle_value_invalid", entry=entry, line=line, id=d["id"], field=f,
                        value=_shown(d.get(f)), problem=errors[0].code)


def _meta(m: Any, deleted: bool, entry: str, line: int) -> tuple[int, int, str]:
    if not isinstance(m, dict) or set(m) != _META or m["deleted"] is not deleted:
        raise IzsaError("bundle_record_invalid", entry=entry, line=line, field="meta")
    v, b, r = m["version"], m["base_version"], m["deleted_reason"]
    if type(v) is not int or type(b) is not int or v < 0 or b < 0 or not isinstance(r, str) or len(r) > 2000:
        raise IzsaError("bundle_record_invalid", entry=entry, line=line, field="meta")
    return v, b, r


def _flat(row: Any, entry: str, line: int) -> dict[str, Any]:
    if (
        not isinstance(row, dict)
        or len(row) > 32
        or not all(
            v is None or type(v) in (str, int, bool) and (not isinstance(v, str) or len(v) <= 4000)
            for v in row.values()
        )
    ):
        raise IzsaError("bundle_record_invalid", entry=entry, line=line, field="row")
    return row


def _key_event(row: Any, line: int) -> dict[str, Any]:
    e = "key_events.jsonl"
    try:
        if isinstance(row, dict) and row.get("kind") == "rotated" and set(row) == {"kind", "statement"}:
            RotationStatement.from_dict(row["statement"])
            return row
        if (
            isinstance(row, dict)
            and row.get("kind") == "revoked"
            and set(row) == {"kind", "district", "key", "from_seq"}
        ):
            b64decode_canonical(row["key"], what="key", size=KEY_SIZE)
            if type(row["from_seq"]) is int and row["from_seq"] >= 0 and isinstance(row["district"], str):
                return row
    except IzsaError:
        pass
    raise IzsaError("bundle_record_invalid", entry=e, line=line, field="key_event")


def _review(row: Any, line: int) -> dict[str, Any]:
    if (
        isinstance(row, dict)
        and set(row) == {"id", "version", "review_state", "review_comment"}
        and _uuid(row["id"])
        and type(row["version"]) is int
        and row["review_state"] in REVIEW_STATES
        and isinstance(row["review_comment"], str)
        and len(row["review_comment"]) <= MAX_TEXT
    ):
        return row
    raise IzsaError("bundle_record_invalid", entry="reviews.jsonl", line=line, field="review")
