"""Dataset bundles (central -> districts): export signed by central, import at a district.

Export: every record (live and tombstones) with central's version, review states/comments, and per
district the last bundle seq central imported (``acks``, which clear the districts' pending flags).
Contact persons (personal data) are left out unless central chooses to include them; a district keeps
its own records' contacts when a dataset without personal data fast-forwards them. A record the
districts would refuse (the form's hard validation) stops the export, naming it.
Import: verified through the same choke point (the central key is pinned as district ``central``), then
``plan_dataset_import`` (other districts' records become read-only copies, own records fast-forward only
without pending local edits, reviewer feedback always arrives), applied in one transaction. An own
record the dataset attributes to another district is refused (``DatasetPlan.refused``: shown as an alarm
in the preview, audited ``dataset_refused`` per record and ``id_claim_alarm`` once); the rest applies.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from .. import __version__
from ..bundle import (
    BundleContent,
    DatasetPlan,
    LocalRecord,
    RecordChange,
    Snapshot,
    export_bundle,
    plan_dataset_import,
)
from ..bundle.content import _DISTRICT, check_values
from ..bundle.trust import MAX_CHAIN
from ..core.errors import IzsaError
from ..store import bundle_repo as br_repo
from ..store.bundle_models import RotationRow, SeenBundleRow
from ..store.bundle_repo import row_dict
from ..store.meta import write_meta
from ..store.models import ProjectRow
from ..store.projects import now_iso
from .bundles_apply import audit_row
from .bundles_export import export_marks, project_rows
from .bundles_import import verify_file
from .bundles_io import guarded, prepare_file
from .bundles_state import keep_personal, save_history
from .changes import OpChanges
from .keys import CENTRAL, KeyService, bump_seq, key_audit, next_seq, record_key_events, trust_state
from .workspace import Workspace


@dataclass(frozen=True)
class DatasetExport:
    path: str
    seq: int
    records: int
    acks: dict[str, int]
    personal_data: bool = False


def _acks(s) -> dict[str, int]:  # type: ignore[no-untyped-def]
    q = (select(SeenBundleRow.district, func.max(SeenBundleRow.seq))
         .where(SeenBundleRow.status == "imported", SeenBundleRow.kind == "district")
         .group_by(SeenBundleRow.district))
    return {d: int(n) for d, n in s.execute(q)}


def _checked(uid: str, values: dict[str, Any]) -> None:
    """The districts refuse a dataset with a record the form would not save: refuse it here, naming it."""
    try:
        check_values(values, entry="records.jsonl", line=0)
    except IzsaError as exc:
        raise IzsaError("dataset_record_invalid", id=uid, field=exc.params.get("field", ""),
                        value=exc.params.get("value", "")) from None


def export_dataset(ws: Workspace, out: str | Path, passphrase: str, progress=None, cancelled=None, *,  # type: ignore[no-untyped-def]
                   personal_data: bool = False) -> DatasetExport:
    """Sign every record for the districts. Contact persons (personal data) stay out unless central
    explicitly includes them (``personal_data=True``, CLI ``--personal-data``)."""
    if ws.identity.role != "central":
        raise IzsaError("wrong_role", expected="central", actual=ws.identity.role or "?")
    keys = KeyService(ws)
    private = keys.private_key(passphrase)
    with ws.session() as s:
        seq = next_seq(s)
        records, reviews, hist = [], [], []
        t = ProjectRow.__table__
        for r in project_rows(s, select(t).order_by(t.c.uuid)):
            values = row_dict(r)
            uid, ver, reason = r["uuid"], r["version"], r["deleted_reason"] or ""
            hist.append((uid, ver, Snapshot(values, bool(r["deleted"]), reason)))
            if r["deleted"]:
                if not _DISTRICT.match(r["district"] or ""):  # an orphan row of an older version (item 6)
                    continue
                records.append(RecordChange(uid, r["district"], ver, ver, None, True, reason))
                continue
            _checked(uid, values)
            records.append(RecordChange(uid, r["district"], ver, ver, values))
            reviews.append({"id": uid, "version": ver, "review_state": r["review_state"] or "draft",
                            "review_comment": r["review_comment"] or ""})
        acks = _acks(s)
        # the whole chain (at most MAX_CHAIN): each district skips what it has already recorded
        rot = [json.loads(x) for x in s.scalars(select(RotationRow.statement).order_by(RotationRow.id))][-MAX_CHAIN:]
        from ..bundle import RotationStatement

        data = export_bundle(BundleContent(records=tuple(records), reviews=tuple(reviews)), private_key=private,
                             kind="dataset", district=CENTRAL, seq=seq, created_by=ws.identity.user,
                             app_version=__version__, training=ws.identity.training, personal_data=personal_data,
                             key_rotations=[RotationStatement.from_dict(x) for x in rot], acks=acks)
    pending = prepare_file(out, data)
    try:
        with ws.session() as s, guarded(s):
            if next_seq(s) != seq:
                raise IzsaError("plan_stale", id="seq")
            bump_seq(s, seq)
            save_history(s, hist)  # every version a district may later use as its base
            key_audit(s, ws, "dataset_export", CENTRAL, f"seq {seq}, {len(records)} records")
    except BaseException:
        pending.discard()
        raise
    pending.commit()
    return DatasetExport(str(out), seq, len(records), acks, personal_data)


@dataclass(frozen=True)
class DatasetPreview:
    verified: Any
    plan: DatasetPlan
    last_seen: int


def prepare_dataset_import(ws: Workspace, data: bytes | str | Path, progress=None, cancelled=None) -> DatasetPreview:  # type: ignore[no-untyped-def]
    if ws.identity.role != "district":
        raise IzsaError("wrong_role", expected="district", actual=ws.identity.role or "?")
    v = verify_file(ws, data, expect_kind="dataset")
    with ws.session() as s:
        seen = trust_state(s).last_seen(CENTRAL)
        if v.status == "already_imported":
            return DatasetPreview(v, DatasetPlan(()), seen.seq if seen else -1)
        ids = [r.id for r in v.content.records]
        rows = br_repo.load_rows(s, ids)
        marks = export_marks(s, list(rows))
        local = {u: LocalRecord(u, val["district"], val, m, marks.get(u)) for u, (val, m, _pk) in rows.items()}
        records = v.content.records
        if not v.manifest.personal_data:  # contacts not sent: own records keep their local contacts
            own = ws.identity.district
            records = tuple(replace(r, values=keep_personal(r.values, rows[r.id][0] if r.id in rows else None))
                            if r.district == own else r for r in records)
        plan = plan_dataset_import(records, local, own_district=ws.identity.district,
                                   acks=v.manifest.acks, bundle_id=v.manifest.bundle_id,
                                   reviews=v.content.reviews)
    return DatasetPreview(v, plan, seen.seq if seen else -1)


def apply_dataset_import(ws: Workspace, pre: DatasetPreview) -> OpChanges:
    v, m = pre.verified, pre.verified.manifest
    if v.status == "already_imported":
        return OpChanges()
    user, at = ws.acting_user(), now_iso()
    with ws.session() as s, guarded(s):
        seen = trust_state(s).last_seen(CENTRAL)
        if (seen.seq if seen else -1) != pre.last_seen:
            raise IzsaError("plan_stale", id=m.bundle_id)
        rows = br_repo.load_rows(s, [e.id for e in pre.plan.entries])
        new, changed, audits, touched = [], [], [], []
        for e in pre.plan.entries:
            if e.after is None or e.after == e.before:
                continue
            cur = rows.get(e.id)
            if (cur is None) != (e.before is None) or (cur is not None and cur[1] != e.before.meta):  # type: ignore[union-attr]
                raise IzsaError("plan_stale", id=e.id)
            values = dict(e.after.values) if e.after.values else dict(cur[0] if cur else {})
            meta = e.after.meta
            if cur is None:
                new.append((values, replace(meta, created_at=at, updated_at=at, updated_by=user)))
            else:
                meta = replace(meta, created_at=cur[1].created_at, created_by=cur[1].created_by,
                               updated_at=at, updated_by=user)
                changed.append((cur[2], values, meta))
                audits += [audit_row(user, "dataset_import", e.id, f, cur[0].get(f), values.get(f), m.bundle_id, at)
                           for f in sorted(values) if br_repo.dumps(values.get(f)) != br_repo.dumps(cur[0].get(f))]
            touched.append(e.id)
        refused = pre.plan.refused
        for e in refused:  # the stored state must still be the one the user was warned about
            cur = rows.get(e.id)
            if cur is None or e.before is None or cur[1] != e.before.meta:
                raise IzsaError("plan_stale", id=e.id)
        audits += [audit_row(user, "dataset_refused", e.id, "district", e.before.district if e.before else None,
                             {"district": e.claimed_by, "title_tr": e.claimed_title}, m.bundle_id, at)
                   for e in refused]
        br_repo.write_projects(s, new, changed, user, m.bundle_id)
        br_repo.add_audits(s, audits)
        if refused:
            key_audit(s, ws, "id_claim_alarm", CENTRAL,
                      f"{m.bundle_id} seq {m.seq}: {len(refused)} own records attributed to "
                      f"{', '.join(sorted({e.claimed_by for e in refused}))}, refused")
        record_key_events(s, ws, v.key_events)
        ack = m.acks.get(ws.identity.district)
        if ack is not None:
            write_meta(s, bundle_acked=str(ack))
            if ack >= next_seq(s):  # a restored or new PC: the next bundle comes after central's last seen
                bump_seq(s, ack)
        s.add(SeenBundleRow(bundle_id=m.bundle_id, district=CENTRAL, seq=m.seq, body_sha256=m.body_sha256,
                            kind="dataset", status="imported", imported_at=at, imported_by=user,
                            counts=json.dumps(pre.plan.counts())))
        key_audit(s, ws, "dataset_imported", CENTRAL, f"{m.bundle_id} seq {m.seq}")
    return OpChanges(projects=frozenset(touched), all_projects=len(touched) > 1000)


def import_dataset_file(ws: Workspace, data: bytes | str | Path) -> tuple[DatasetPreview, OpChanges]:
    pre = prepare_dataset_import(ws, data)
    return pre, apply_dataset_import(ws, pre)
