"""The district side of a dataset bundle (central -> districts): a pure plan.

* Other districts' records become read-only copies (``origin="central"``), updated when the dataset
  carries a newer central version; tombstones delete copies.
* Own records fast-forward (values, version and base_version := central's) only where the district has
  no pending local edits. An edit is pending while ``local_edits`` is set, unless the dataset's
  ``acks[own district]`` shows central has already imported the bundle that carried it
  (``LocalRecord.exported_seq <= ack``). Pending records keep their values and their base_version; the
  next district bundle carries them and central merges them field by field.
* Review state and reviewer comments are central's: they travel back even onto records with pending edits.
* Nothing is ever older-wins: an incoming version at or below what the district has is ignored.
* A dataset never takes a record away from this district: a record this district owns (``origin``
  local, or of this district) that the dataset attributes to another district (a live record or a
  tombstone) is ``refused_foreign`` — nothing of it is written, its local values and pending edits stay
  (so the next district bundle claims it again at central), and services raise an alarm the user sees
  and audit it. Only that record is refused: the rest of the dataset applies, so one district cannot
  stop the others' updates by claiming a single id (central's own alarm names both claims).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from izsa_desktop.core.model import RecordMeta

from .content import RecordChange

REVIEW_FIELDS = ("review_state", "review_comment")


@dataclass(frozen=True, slots=True)
class LocalRecord:
    id: str
    district: str
    values: Mapping[str, Any]
    meta: RecordMeta
    exported_seq: int | None = None  # seq of the last bundle that carried the current local edits


@dataclass(frozen=True, slots=True)
class DatasetEntry:
    id: str
    kind: str  # new_copy | update_copy | fast_forward | kept_local | review_only | deleted | unchanged
    #            | refused_foreign
    before: LocalRecord | None
    after: LocalRecord | None
    claimed_by: str = ""  # refused_foreign: the district the dataset attributes this own record to
    claimed_title: str = ""  # refused_foreign: the title the dataset carries ("" for a tombstone)


@dataclass(frozen=True)
class DatasetPlan:
    entries: tuple[DatasetEntry, ...]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self.entries:
            out[e.kind] = out.get(e.kind, 0) + 1
        return out

    @property
    def refused(self) -> tuple[DatasetEntry, ...]:
        """Own records the dataset attributes to another district (the alarm)."""
        return tuple(e for e in self.entries if e.kind == "refused_foreign")


def owned(rec: LocalRecord, own_district: str) -> bool:
    """A record this district owns: made here (origin local) or of this district."""
    return rec.meta.origin == "local" or rec.district == own_district


def _pending(rec: LocalRecord, ack: int | None) -> bool:
    if not rec.meta.local_edits:
        return False
    return not (ack is not None and rec.exported_seq is not None and rec.exported_seq <= ack)


def _from_central(ch: RecordChange, origin: str, source: str) -> LocalRecord:
    meta = RecordMeta(
        version=ch.version,
        base_version=ch.version,
        local_edits=False,
        source_bundle=source,
        origin=origin,
        deleted=ch.deleted,
        deleted_reason=ch.deleted_reason,
    )
    return LocalRecord(ch.id, ch.district, dict(ch.values or {}), meta)


def plan_dataset_import(
    records: Iterable[RecordChange],
    local_lookup: Callable[[str], LocalRecord | None] | Mapping[str, LocalRecord],
    *,
    own_district: str,
    acks: Mapping[str, int],
    bundle_id: str = "",
    reviews: Iterable[Mapping[str, Any]] = (),
) -> DatasetPlan:
    lookup = local_lookup.get if isinstance(local_lookup, Mapping) else local_lookup
    ack = acks.get(own_district)
    entries: dict[str, DatasetEntry] = {}
    for ch in sorted(records, key=lambda c: c.id):
        cur = lookup(ch.id)
        own = ch.district == own_district
        origin = "local" if own else "central"
        if cur is not None and owned(cur, own_district) and not (own and cur.district == own_district):
            title = str((ch.values or {}).get("title_tr", ""))
            entries[ch.id] = DatasetEntry(ch.id, "refused_foreign", cur, None, ch.district, title)
        elif cur is None:
            kind = "unchanged" if ch.deleted else ("fast_forward" if own else "new_copy")
            entries[ch.id] = DatasetEntry(
                ch.id, kind, None, None if ch.deleted else _from_central(ch, origin, bundle_id)
            )
        elif ch.version <= max(cur.meta.version, cur.meta.base_version):
            entries[ch.id] = DatasetEntry(ch.id, "unchanged", cur, cur)
        elif own and _pending(cur, ack):
            vals = dict(cur.values)
            for f in REVIEW_FIELDS:
                if ch.values is not None and f in ch.values:
                    vals[f] = ch.values[f]
            after = replace(cur, values=vals)
            entries[ch.id] = DatasetEntry(ch.id, "kept_local", cur, after)
        else:
            kind = "deleted" if ch.deleted else ("fast_forward" if own else "update_copy")
            entries[ch.id] = DatasetEntry(ch.id, kind, cur, _from_central(ch, origin, bundle_id))
    for rv in sorted(reviews, key=lambda r: r["id"]):
        e = entries.get(rv["id"])
        if e is not None and e.kind == "refused_foreign":
            continue  # central's review of the other district's claim is not this record's review
        cur = e.after if e is not None else lookup(rv["id"])
        if cur is None or cur.district != own_district or cur.meta.deleted:
            continue
        vals = {**cur.values, "review_state": rv["review_state"], "review_comment": rv["review_comment"]}
        if vals != dict(cur.values):
            after = replace(cur, values=vals)
            kind = e.kind if e is not None and e.kind != "unchanged" else "review_only"
            entries[rv["id"]] = DatasetEntry(rv["id"], kind, e.before if e else cur, after)
    return DatasetPlan(tuple(entries[k] for k in sorted(entries)))
