"""Applying a previewed import plan in ONE transaction (central).

Mirrors ``bundle.apply_plan_to_state``: every entry's ``before`` must still be the stored state
(else ``plan_stale``); entries that write store ``after`` (row, branch, history) plus one audit row per
changed field; the record's open conflicts are replaced by the plan's; pre-images go to the undo log;
rotation key events are recorded; the bundle is recorded as seen (id, district, seq, body hash).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, select, update

from ..bundle import FieldConflict, RecordState
from ..core.errors import IzsaError
from ..core.model import RecordMeta
from ..store import bundle_repo as br_repo
from ..store.bulk import insert_dicts, insert_rows
from ..store.bundle_models import ConflictRow, DuplicateRow, SeenBundleRow, UndoRow
from ..store.projects import now_iso
from .bundles_import import ImportPreview, signer_fp
from .bundles_io import gc_paused, guarded
from .bundles_state import branch_json, load_states, save_branches, save_fresh, save_history
from .changes import OpChanges
from .keys import key_audit, record_key_events, trust_state
from .workspace import Workspace


@dataclass(frozen=True)
class ImportResult:
    bundle_id: str
    district: str
    seq: int
    counts: dict[str, Any]
    op: OpChanges


def _j(v: Any) -> str:
    return br_repo.dumps(v)


def conflict_rows(conflicts: tuple[FieldConflict, ...], bundle_id: str, district: str) -> list[dict]:
    return [{"bundle_id": bundle_id, "record_id": c.record_id, "district": district, "field": c.field,
             "base": _j(c.base), "central": _j(c.central), "incoming": _j(c.incoming),
             "provisional": _j(c.provisional), "state": "open", "decided_by": "", "decided_at": "",
             "decision": ""} for c in conflicts]


def replace_open_conflicts(s, ids: list[str], rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    for part in br_repo.chunks(ids):
        s.execute(update(ConflictRow).where(ConflictRow.record_id.in_(part), ConflictRow.state == "open")
                  .values(state="closed"))
    if rows:
        insert_dicts(s.connection(), ConflictRow.__table__, rows)


def audit_row(user: str, action: str, rid: str, fld: str, old: Any, new: Any, source: str, at: str) -> dict:
    return {"at": at, "user": user, "action": action, "project_uuid": rid, "field": fld,
            "old": None if old is None else _j(old), "new": None if new is None else _j(new),
            "source": source[:64]}


def pre_image(values: dict, meta: RecordMeta) -> str:
    return _j({"values": values, "meta": meta.__dict__ if hasattr(meta, "__dict__") else
               {f: getattr(meta, f) for f in RecordMeta.__dataclass_fields__}})


def write_states(s, pairs: list[tuple[RecordState | None, RecordState]], rows: dict, *, user: str,  # type: ignore[no-untyped-def]
                 source: str, signer: str, at: str) -> None:
    """Store ``after`` states (rows, branches, history). ``rows``: uuid -> (values, meta, pk) before."""
    new, changed, branches, hist, fresh = [], [], [], [], []
    for before, after in pairs:
        cur = after.current
        if before is None:
            meta = RecordMeta(version=after.version, base_version=after.version, local_edits=False,
                              created_at=at, created_by=user, updated_at=at, updated_by=user,
                              source_bundle=source[:64], signer_key=signer, origin="local",
                              deleted=cur.deleted, deleted_reason=cur.deleted_reason)
            new.append((cur.values, meta))
            br = after.branch
            if br is not None and br.base is cur and br.own is cur and br.incoming is cur:
                fresh.append((after.id, br.district, br.base_version, after.version, cur))
                continue
        else:
            _v, m, pk = rows[after.id]
            meta = replace(m, version=after.version, base_version=after.version, local_edits=False,
                           updated_at=at, updated_by=user, source_bundle=source[:64], signer_key=signer,
                           deleted=cur.deleted, deleted_reason=cur.deleted_reason)
            changed.append((pk, dict(cur.values), meta))
            hist.append((after.id, before.version, before.current))
        branches.append((after.id, after.branch, after.version))
        hist.append((after.id, after.version, cur))
    br_repo.write_projects(s, new, changed, user, source[:64])
    save_branches(s, branches)
    save_fresh(s, fresh)
    save_history(s, hist)


def apply_import(ws: Workspace, pre: ImportPreview, user: str | None = None) -> ImportResult:
    with gc_paused():
        return _apply_import(ws, pre, user)


def _apply_import(ws: Workspace, pre: ImportPreview, user: str | None = None) -> ImportResult:
    with ws.session() as s, guarded(s):
        return apply_in(s, ws, pre, user)


def apply_in(s, ws: Workspace, pre: ImportPreview, user: str | None = None) -> ImportResult:  # type: ignore[no-untyped-def]
    """The body of ``apply_import`` inside the caller's transaction ``s`` (a batch applies several)."""
    v = pre.verified
    m = v.manifest
    user = user or ws.acting_user()
    at, bid = now_iso(), m.bundle_id
    writes = [e for e in pre.plan.entries if e.writes]
    ids = [e.id for e in pre.plan.entries]
    seen = trust_state(s).last_seen(m.district)
    if (seen.seq if seen else -1) != pre.last_seen:
        raise IzsaError("plan_stale", id=bid)
    old = s.get(SeenBundleRow, bid)
    if old is not None:  # imported before, then undone: this import replaces that record
        s.delete(old)
        s.execute(delete(UndoRow).where(UndoRow.bundle_id == bid))
        s.flush()
    states, rows = load_states(s, ids)
    for e in pre.plan.entries:
        if states.get(e.id) != e.before:
            raise IzsaError("plan_stale", id=e.id)
    undo = [{"bundle_id": bid, "uuid": e.id,
             "pre_row": pre_image(rows[e.id][0], rows[e.id][1]) if e.id in rows else None,
             "pre_branch": _j(branch_json(e.before.branch)) if e.before and e.before.branch else None,
             "post_version": e.after.version} for e in writes]  # type: ignore[union-attr]
    write_states(s, [(e.before, e.after) for e in writes], rows, user=user, source=bid,  # type: ignore[misc]
                 signer=signer_fp(v), at=at)
    # field-level rows for changed records; a new record gets its "create" row from the insert
    audits = [audit_row(user, "bundle_import", e.id, d.field, d.old, d.new, bid, at)
              for e in writes if e.before is not None for d in e.diffs]
    audits += [audit_row(user, "bundle_rejected", e.id, "", None, e.reason, bid, at)
               for e in pre.plan.entries if e.kind == "rejected"]
    audits += [audit_row(user, "bundle_conflict", c.record_id, c.field, c.central, c.incoming, bid, at)
               for e in writes for c in e.conflicts]
    # ALARM (possible id theft): both claims stored with the record id, plus one summary row
    audits += [audit_row(user, "id_claim_alarm", c.id, "district", *c.stored(), bid, at) for c in pre.id_claims]
    br_repo.add_audits(s, audits)
    if pre.id_claims:
        holders = ", ".join(sorted({c.holder for c in pre.id_claims}))
        key_audit(s, ws, "id_claim_alarm", m.district,
                  f"{bid} seq {m.seq}: {len(pre.id_claims)} ids already registered to {holders}")
    replace_open_conflicts(s, [e.id for e in writes],
                           [r for e in writes for r in conflict_rows(e.conflicts, bid, m.district)])
    if undo:
        insert_dicts(s.connection(), UndoRow.__table__, undo)
    if pre.duplicates:
        insert_rows(s.connection(), DuplicateRow.__table__, ["bundle_id", "first_id", "second_id", "reason", "state"],
                    [(bid, d.first_id, d.second_id, d.reason, "open") for d in pre.duplicates])
    audits_att = _attachments(s, pre, user, at)
    br_repo.add_audits(s, audits_att)
    record_key_events(s, ws, v.key_events)
    counts = pre.counts()
    s.add(SeenBundleRow(bundle_id=bid, district=m.district, seq=m.seq, body_sha256=m.body_sha256,
                        kind=m.kind, status="imported", imported_at=at, imported_by=user,
                        counts=json.dumps(counts)))
    key_audit(s, ws, "bundle_imported", m.district, f"{bid} seq {m.seq} {json.dumps(counts)}")
    op = OpChanges(projects=frozenset(e.id for e in writes), conflicts=True, keys=bool(v.key_events))
    return ImportResult(bid, m.district, m.seq, counts, op)


def _attachments(s, pre: ImportPreview, user: str, at: str) -> list[dict]:  # type: ignore[no-untyped-def]
    """Store the attachments the preview listed (own accepted records only) as links owned by the
    signer's district and added by this bundle (``source``: what ``undo_import`` removes), one audit
    row each (``attachment_added``)."""
    from ..store.bundle_repo import add_attachment_links, attachment_links

    m = pre.verified.manifest
    keys = [(a.record_id, a.sha256) for a in pre.attachments]
    stored = attachment_links(s, keys)
    if stored:  # stored meanwhile: the preview is out of date
        raise IzsaError("plan_stale", id=min(stored)[0])
    add_attachment_links(s, [(a.record_id, a.sha256, a.filename, a.media_type, a.consent, a.data)
                             for a in pre.attachments], m.district, m.bundle_id)
    return [audit_row(user, "attachment_added", a.record_id, "attachment", None,
                      {"sha256": a.sha256, "name": a.filename}, m.bundle_id, at) for a in pre.attachments]


def open_conflict_count(ws: Workspace) -> int:
    with ws.session() as s:
        return len(list(s.scalars(select(ConflictRow.id).where(ConflictRow.state == "open"))))
