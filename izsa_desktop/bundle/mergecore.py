"""Three-way merge primitives: snapshots, branches, the field rule and the provisional-value rule.

A record at central that a district is editing has a *branch*: ``base`` (the values at the central
version the district started from), ``own`` (central's own line since then: its edits and resolutions)
and ``incoming`` (the district's latest submission from that base; bundles are cumulative, so a later
one supersedes an earlier one). The visible record is a pure function ``merge3(base, own, incoming)``,
and so is its set of open conflicts. That is why the result does not depend on the order in which USB
sticks arrive, and why re-importing anything is a no-op.

Review state and comment are central's alone: they are never taken from ``incoming`` and never conflict.
Field rule (values compared as canonical JSON): incoming == own -> own; incoming == base -> own;
own == base -> incoming; otherwise a conflict (base, central=own, incoming) whose provisional value is
the candidate whose canonical JSON is lexicographically larger (by code point), so the same two candidates
always give the same provisional value. Deletes: a tombstone against an unchanged record deletes it; an
update against a delete (either way round) is a delete conflict whose provisional state is central's
(``own``): a live record is kept, a deleted one is never resurrected by a bundle.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from .strictjson import dumps

DELETED_FIELD = "(deleted)"
# Central's alone: a district's value for these never merges, never conflicts, never stands provisionally
# (``merge.plan_change`` replaces it with central's before merging; ``_merge_fields`` keeps central's).
REVIEW_FIELDS = ("review_state", "review_comment")
REVIEW_DEFAULTS = {"review_state": "draft", "review_comment": ""}
_UNKNOWN = object()  # base value when the base version's history is missing: never equal to anything


def same(a: Any, b: Any) -> bool:
    """Equality as canonical JSON would see it (1 != 1.0 != True, -0.0 != 0.0), without serialising.
    The ``_UNKNOWN`` base marker is equal to nothing, not even itself."""
    t = type(a)
    if t is not type(b):
        return False
    if t is str or t is int or t is bool or a is None:
        return a == b
    if t is list:
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if t is dict:
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if t is float:
        return repr(a) == repr(b)
    return False


def provisional(central: Any, incoming: Any) -> Any:
    """Fixed rule, independent of arrival order: the larger canonical JSON wins (provisionally)."""
    return central if dumps(central) >= dumps(incoming) else incoming


@dataclass(frozen=True, slots=True)
class Snapshot:
    values: Mapping[str, Any] = field(default_factory=dict)  # last live values (kept for tombstones too)
    deleted: bool = False
    deleted_reason: str = ""
    known: bool = True  # False: the base version's history was not available

    def equals(self, other: Snapshot) -> bool:
        if not (self.known and other.known) or self.deleted != other.deleted:
            return False
        return self.deleted or _values_equal(self.values, other.values)


def _values_equal(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)


@dataclass(frozen=True, slots=True)
class FieldConflict:
    record_id: str
    field: str  # a project field, or DELETED_FIELD for update-vs-delete
    base: Any
    central: Any
    incoming: Any
    provisional: Any


@dataclass(frozen=True, slots=True)
class Branch:
    district: str
    base_version: int
    base: Snapshot
    own: Snapshot
    incoming: Snapshot


def merge3(record_id: str, br: Branch) -> tuple[Snapshot, tuple[FieldConflict, ...]]:
    b, o, i = br.base, br.own, br.incoming
    if not (b.deleted or o.deleted or i.deleted):
        return _merge_fields(record_id, b, o, i)
    if i.equals(o) or i.equals(b):
        return o, ()
    if o.equals(b) and not (o.deleted and not i.deleted):
        return i, ()
    if not o.deleted and not i.deleted:  # base deleted, both sides live and different
        return _merge_fields(record_id, b, o, i)
    c = FieldConflict(record_id, DELETED_FIELD, b.deleted, o.deleted, i.deleted, o.deleted)
    return o, (c,)


def _merge_fields(
    record_id: str, b: Snapshot, o: Snapshot, i: Snapshot
) -> tuple[Snapshot, tuple[FieldConflict, ...]]:
    out: dict[str, Any] = {}
    conflicts = []
    for f in sorted(set(o.values) | set(i.values)):
        ov, iv = o.values.get(f), i.values.get(f)
        bv = b.values.get(f) if b.known and f in b.values else _UNKNOWN
        if f in REVIEW_FIELDS:  # central's alone
            out[f] = ov if f in o.values else iv
        elif same(iv, ov) or same(iv, bv):
            out[f] = ov
        elif same(ov, bv):
            out[f] = iv
        else:
            out[f] = provisional(ov, iv)
            conflicts.append(FieldConflict(record_id, f, None if bv is _UNKNOWN else bv, ov, iv, out[f]))
    return Snapshot(out), tuple(conflicts)


def absorb(br: Branch, changes: Mapping[str, Any]) -> Branch:
    """A person at central set these fields (an edit or a conflict resolution): they become central's own
    values, and the district's values for them count as seen (base := incoming for those fields)."""
    own = dict(br.own.values)
    base = dict(br.base.values) if br.base.known else {}  # unknown fields stay unknown
    for f, v in changes.items():
        own[f] = v
        if f in br.incoming.values:
            base[f] = br.incoming.values[f]
    return replace(
        br, own=replace(br.own, values=own), base=Snapshot(base, br.base.deleted, br.base.deleted_reason)
    )
