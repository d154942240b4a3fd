"""The merge plan (central side): a pure function from incoming changes + current state to a plan.

The plan is what the import preview shows and exactly what services apply, in one transaction. Services
mirror ``apply_plan_to_state`` in their tables: for every entry with ``writes``, store ``after``
(values, deleted, version, branch) and one audit row per entry; conflicts go to the review queue
(``open_conflicts(after)``). Versions are central's serial numbers: a record gets ``version + 1`` whenever
its visible state changes (versions are not compared across arrival orders; values and conflicts are).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from izsa_desktop.core.errors import IzsaError

from .content import RecordChange
from .mergecore import (
    DELETED_FIELD,
    REVIEW_DEFAULTS,
    REVIEW_FIELDS,
    Branch,
    FieldConflict,
    Snapshot,
    absorb,
    merge3,
    same,
)

KINDS = ("new", "changed", "unchanged", "deleted", "conflicting", "rejected")


@dataclass(frozen=True, slots=True)
class RecordState:
    """Central's stored state of one record (services: a row + its branch columns)."""

    id: str
    district: str
    version: int
    current: Snapshot
    branch: Branch | None = None


@dataclass(frozen=True, slots=True)
class FieldDiff:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class PlanEntry:
    id: str
    kind: str  # one of KINDS
    before: RecordState | None
    after: RecordState | None  # None for rejected entries
    conflicts: tuple[FieldConflict, ...] = ()
    reason: str = ""  # for rejected entries
    _diff_cache: tuple[FieldDiff, ...] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def writes(self) -> bool:
        return self.after is not None and self.after != self.before

    @property
    def diffs(self) -> tuple[FieldDiff, ...]:
        """Field diffs ``before -> after`` for the preview (computed on first use: a plan of 10k new
        records is applied without ever listing their 40 fields one by one)."""
        d = self._diff_cache
        if d is None:
            d = () if self.after is None else _diffs(self.before.current if self.before else None, self.after.current)
            object.__setattr__(self, "_diff_cache", d)
        return d


@dataclass(frozen=True)
class MergePlan:
    entries: tuple[PlanEntry, ...]

    def by_kind(self, kind: str) -> tuple[PlanEntry, ...]:
        return tuple(e for e in self.entries if e.kind == kind)

    def counts(self) -> dict[str, int]:
        return {k: len(self.by_kind(k)) for k in KINDS}


StateLookup = Callable[[str], "RecordState | None"]
HistoryLookup = Callable[[str, int], "Snapshot | Mapping[str, Any] | None"]


def _incoming(ch: RecordChange, last: Snapshot | None) -> Snapshot:
    if ch.deleted:  # keep the last live values so a kept record (delete conflict) still has them
        return Snapshot(dict(last.values) if last else {}, True, ch.deleted_reason)
    return Snapshot(dict(ch.values or {}))


def _diffs(old: Snapshot | None, new: Snapshot) -> tuple[FieldDiff, ...]:
    out = []
    if old is None or old.deleted != new.deleted:
        out.append(FieldDiff(DELETED_FIELD, None if old is None else old.deleted, new.deleted))
    ov = old.values if old else {}
    for f in sorted(set(ov) | set(new.values)):
        if f not in ov or f not in new.values or not same(ov[f], new.values[f]):
            out.append(FieldDiff(f, ov.get(f), new.values.get(f)))
    return tuple(out)


def _settle(
    rid: str, district: str, version: int, br: Branch, before: Snapshot | None
) -> tuple[RecordState, tuple]:
    cur, conflicts = merge3(rid, br)
    visible_changed = before is None or not (
        cur.equals(before) and cur.deleted_reason == before.deleted_reason
    )
    if before is not None and before.deleted and cur.deleted:
        visible_changed = False
    return RecordState(rid, district, version + 1 if visible_changed else version, cur, br), conflicts


def central_review(ch: RecordChange, cur: RecordState | None) -> RecordChange:
    """A district's review state and comment are ignored: central's current ones (a new record: the
    defaults) replace them before anything is merged, so a district can never approve its own project or
    write the reviewer's comment, not even provisionally."""
    if ch.values is None:
        return ch
    keep = cur.current.values if cur is not None else REVIEW_DEFAULTS
    if all(ch.values.get(f) == keep.get(f, REVIEW_DEFAULTS[f]) for f in REVIEW_FIELDS):
        return ch
    values = dict(ch.values)
    for f in REVIEW_FIELDS:
        values[f] = keep.get(f, REVIEW_DEFAULTS[f])
    return replace(ch, values=values)


def plan_change(ch: RecordChange, cur: RecordState | None, history: HistoryLookup) -> PlanEntry:
    ch = central_review(ch, cur)
    if cur is None:
        if ch.deleted:  # a record central never had (created and deleted before it travelled): nothing
            return PlanEntry(ch.id, "unchanged", None, None)  # to store; never an orphan row
        inc = _incoming(ch, None)
        br = Branch(ch.district, ch.base_version, inc, inc, inc)
        after = RecordState(ch.id, ch.district, 1, inc, br)
        return PlanEntry(ch.id, "deleted" if ch.deleted else "new", None, after)
    if cur.district != ch.district:
        return PlanEntry(ch.id, "rejected", cur, None, reason="record_foreign")
    br = cur.branch
    if br is not None and br.district == ch.district and br.base_version == ch.base_version:
        br = replace(br, incoming=_incoming(ch, br.incoming))
    elif br is not None and ch.base_version < br.base_version:
        return PlanEntry(ch.id, "rejected", cur, None, reason="stale_base")
    elif ch.base_version > cur.version:
        return PlanEntry(ch.id, "rejected", cur, None, reason="unknown_base")
    else:
        h = history(ch.id, ch.base_version)
        base = h if isinstance(h, Snapshot) else Snapshot(dict(h)) if h is not None else Snapshot(known=False)
        br = Branch(ch.district, ch.base_version, base, cur.current, _incoming(ch, base))
    after, conflicts = _settle(ch.id, cur.district, cur.version, br, cur.current)
    if after == cur:
        return PlanEntry(ch.id, "unchanged", cur, cur, conflicts)
    if conflicts:
        kind = "conflicting"
    elif after.current.deleted and not cur.current.deleted:
        kind = "deleted"
    else:
        kind = "changed" if after.version != cur.version else "unchanged"
    return PlanEntry(ch.id, kind, cur, after, conflicts)


def plan_merge(
    incoming_records: Iterable[RecordChange],
    current_state_lookup: StateLookup | Mapping[str, RecordState],
    history_lookup: HistoryLookup,
) -> MergePlan:
    """Plan the import of one verified district bundle's records (``VerifiedBundle.content.records``)."""
    lookup = current_state_lookup.get if isinstance(current_state_lookup, Mapping) else current_state_lookup
    entries = [
        plan_change(ch, lookup(ch.id), history_lookup) for ch in sorted(incoming_records, key=lambda c: c.id)
    ]
    return MergePlan(tuple(entries))


def open_conflicts(state: RecordState) -> tuple[FieldConflict, ...]:
    return merge3(state.id, state.branch)[1] if state.branch is not None else ()


def apply_plan_to_state(state: Mapping[str, RecordState], plan: MergePlan) -> dict[str, RecordState]:
    """Pure reference of what services do in one transaction. Refuses a plan made from another state."""
    out = dict(state)
    for e in plan.entries:
        if out.get(e.id) != e.before:
            raise IzsaError("plan_stale", id=e.id)
        if e.writes:
            out[e.id] = e.after  # type: ignore[assignment]
    return out


def apply_local_edit(rec: RecordState, changes: Mapping[str, Any]) -> RecordState:
    """A person at central edits fields (or resolves field conflicts): pure, returns the new state."""
    if rec.branch is None:
        cur = Snapshot({**rec.current.values, **changes}, rec.current.deleted, rec.current.deleted_reason)
        return replace(rec, version=rec.version + 1, current=cur)
    after, _ = _settle(rec.id, rec.district, rec.version, absorb(rec.branch, changes), rec.current)
    return after


def resolve_delete_conflict(rec: RecordState, *, keep: bool, reason: str = "") -> RecordState:
    """Resolve update-vs-delete: keep the record (live) or delete it; the district's side counts as seen."""
    br = rec.branch
    if br is None:
        raise IzsaError("no_conflict", id=rec.id)
    live_values = br.incoming.values if not br.incoming.deleted else br.own.values
    own = Snapshot(dict(live_values), not keep, "" if keep else reason or br.incoming.deleted_reason)
    br = replace(br, own=own, base=br.incoming)
    after, _ = _settle(rec.id, rec.district, rec.version, br, rec.current)
    return after
