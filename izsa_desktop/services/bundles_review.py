"""Central's follow-up on imports: the conflict queue, review states, duplicate flags, undo of an import.

Every decision writes audit rows naming who decided, in the same transaction as the change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from ..bundle import (
    RecordState,
    Snapshot,
    apply_local_edit,
    fingerprint,
    open_conflicts,
    resolve_delete_conflict,
)
from ..bundle.mergecore import DELETED_FIELD
from ..core.errors import IzsaError
from ..core.model import RecordMeta, copy_project
from ..core.taxonomy import REVIEW_STATES
from ..store import bundle_repo as br_repo
from ..store.bundle_models import ConflictRow, DuplicateRow, SeenBundleRow, UndoRow
from ..store.projects import ProjectRepo, now_iso
from .bundles_apply import audit_row, conflict_rows, replace_open_conflicts, write_states
from .bundles_io import guarded
from .bundles_state import branch_from, load_states, save_branches
from .changes import OpChanges
from .keys import key_audit
from .workspace import Workspace

CHOICES = ("central", "incoming", "edit")


@dataclass(frozen=True)
class ConflictView:
    id: int
    record_id: str
    title: str
    district: str
    field: str
    base: Any
    central: Any
    incoming: Any
    provisional: Any
    state: str
    decided_by: str
    decision: Any

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _user(ws: Workspace, user: str | None) -> str:
    return user or ws.acting_user()


def list_conflicts(ws: Workspace, state: str | None = "open") -> list[ConflictView]:
    with ws.session() as s:
        q = select(ConflictRow).order_by(ConflictRow.record_id, ConflictRow.field, ConflictRow.id)
        if state:
            q = q.where(ConflictRow.state == state)
        rows = list(s.scalars(q))
        titles = {u: v.get("title_tr", "") for u, (v, _m, _p) in br_repo.load_rows(s, [r.record_id for r in rows]).items()}
        return [ConflictView(r.id, r.record_id, titles.get(r.record_id, ""), r.district, r.field,
                             json.loads(r.base), json.loads(r.central), json.loads(r.incoming),
                             json.loads(r.provisional), r.state, r.decided_by,
                             json.loads(r.decision) if r.decision else None) for r in rows]


def resolve_conflict(ws: Workspace, conflict_id: int, choice: str, value: Any = None,
                     user: str | None = None) -> OpChanges:
    """Take central's side, the incoming side, or an edited value; the record is re-settled."""
    if choice not in CHOICES:
        raise IzsaError("value_unknown", value=choice)
    user, at = _user(ws, user), now_iso()
    with ws.session() as s, guarded(s):
        c = s.get(ConflictRow, conflict_id)
        if c is None or c.state != "open":
            raise IzsaError("no_conflict", id=str(conflict_id))
        states, rows = load_states(s, [c.record_id])
        rec = states.get(c.record_id)
        if rec is None or rec.branch is None:
            raise IzsaError("no_conflict", id=c.record_id)
        chosen = json.loads(c.central) if choice == "central" else json.loads(c.incoming) if choice == "incoming" else value
        if c.field == DELETED_FIELD:
            after = resolve_delete_conflict(rec, keep=not bool(chosen))
        else:
            after = apply_local_edit(rec, {c.field: chosen})
        write_states(s, [(rec, after)], rows, user=user, source="conflict", signer="", at=at)
        c.state, c.decided_by, c.decided_at, c.decision = "resolved", user, at, br_repo.dumps({"choice": choice, "value": chosen})
        audits = [audit_row(user, "conflict_resolved", c.record_id, c.field, json.loads(c.provisional), chosen,
                            f"conflict:{choice}", at)]
        br_repo.add_audits(s, audits)
        replace_open_conflicts(s, [c.record_id], conflict_rows(open_conflicts(after), c.bundle_id, c.district))
    return OpChanges(projects=frozenset({c.record_id}), conflicts=True)


def set_review(ws: Workspace, uuid: str, state: str, comment: str = "", user: str | None = None) -> OpChanges:
    if ws.identity.role != "central":
        raise IzsaError("wrong_role", expected="central", actual=ws.identity.role or "?")
    if state not in REVIEW_STATES:
        raise IzsaError("value_unknown", value=state)
    with ws.session() as s, guarded(s):
        repo = ProjectRepo(s)
        st = repo.get(uuid)
        if st is None:
            raise IzsaError("project_missing", id=uuid)
        p = copy_project(st.project, review_state=state, review_comment=comment)
        if repo.update(p, _user(ws, user), "review"):
            repo.set_meta(uuid, version=st.meta.version + 1)
    return OpChanges(projects=frozenset({uuid}))


def list_duplicates(ws: Workspace) -> list[DuplicateRow]:
    with ws.session() as s:
        return list(s.scalars(select(DuplicateRow).where(DuplicateRow.state == "open").order_by(DuplicateRow.id)))


def _remove_attachments(s, bundle_id: str, district: str, user: str, at: str) -> None:  # type: ignore[no-untyped-def]
    """The links this import added (``source`` = its id, on its district's projects) go with the undo,
    each audited; a file's contents go only when no other link uses them."""
    for rid, sha, name in br_repo.remove_attachment_links(s, bundle_id, district):
        br_repo.add_audits(s, [audit_row(user, "attachment_removed", rid, "attachment",
                                         {"sha256": sha, "name": name}, None, bundle_id, at)])


def _keep_revoked(s, ws: Workspace, district: str, seq: int) -> None:  # type: ignore[no-untyped-def]
    """Undoing a bundle frees its seq (it may be imported again). A key revoked after that bundle was
    imported (a stolen key: revoke, then undo the thief's bundle) must not become valid for that seq
    again: its revocation is moved back to cover the undone bundle, with an audit row."""
    from ..store.bundle_models import PinnedKeyRow

    for r in s.scalars(select(PinnedKeyRow).where(PinnedKeyRow.district == district)):
        if r.revoked_from_seq is not None and r.valid_from_seq <= seq < r.revoked_from_seq:
            key_audit(s, ws, "key_revoke", district,
                      f"{fingerprint(r.public_key)} from seq {seq} (was {r.revoked_from_seq}; bundle undone)")
            r.revoked_from_seq = seq


def undo_import(ws: Workspace, bundle_id: str, user: str | None = None) -> OpChanges:
    """Revert a whole import from its pre-images; refused when later work touched the same records."""
    user, at = _user(ws, user), now_iso()
    with ws.session() as s, guarded(s):
        seen = s.get(SeenBundleRow, bundle_id)
        if seen is None or seen.status != "imported" or seen.kind != "district":
            raise IzsaError("undo_unknown_bundle", bundle_id=bundle_id)
        undo = list(s.scalars(select(UndoRow).where(UndoRow.bundle_id == bundle_id).order_by(UndoRow.id)))
        ids = [u.uuid for u in undo]
        later = {u for u, b in s.execute(select(UndoRow.uuid, UndoRow.bundle_id).where(
            UndoRow.id > (undo[-1].id if undo else 0), UndoRow.uuid.in_(ids or [""])))
            if s.get(SeenBundleRow, b) is not None and s.get(SeenBundleRow, b).status == "imported"}
        states, rows = load_states(s, ids)
        moved = [u.uuid for u in undo if u.uuid in later or u.uuid not in rows or rows[u.uuid][1].version != u.post_version]
        if moved:
            raise IzsaError("undo_refused", bundle_id=bundle_id, count=len(moved))
        removed, restore, branches, conflicts = [], [], [], []
        for u in undo:
            if u.pre_row is None:
                removed.append(rows[u.uuid][2])
                branches.append((u.uuid, None, 0))
                continue
            pre = json.loads(u.pre_row)
            meta = RecordMeta(**pre["meta"])
            restore.append((rows[u.uuid][2], pre["values"], meta))
            br = branch_from(json.loads(u.pre_branch)) if u.pre_branch else None
            branches.append((u.uuid, br, meta.version))
            if br is not None:
                cur = Snapshot(pre["values"], bool(meta.deleted), meta.deleted_reason or "")
                rs = RecordState(u.uuid, pre["values"]["district"], meta.version, cur, br)
                conflicts += conflict_rows(open_conflicts(rs), "", br.district)
            for f in sorted(pre["values"]):
                old = rows[u.uuid][0].get(f)
                if br_repo.dumps(old) != br_repo.dumps(pre["values"][f]):
                    row = audit_row(user, "bundle_undo", u.uuid, f, old, pre["values"][f], bundle_id, at)
                    br_repo.add_audits(s, [row])
        br_repo.remove_projects(s, removed)
        br_repo.write_projects(s, [], restore, user, bundle_id)
        save_branches(s, branches)
        replace_open_conflicts(s, ids, conflicts)
        s.execute(update(DuplicateRow).where(DuplicateRow.bundle_id == bundle_id).values(state="undone"))
        _remove_attachments(s, bundle_id, seen.district, user, at)
        seen.status = "undone"
        key_audit(s, ws, "bundle_undone", seen.district, f"{bundle_id} seq {seen.seq}")
        _keep_revoked(s, ws, seen.district, seen.seq)
    return OpChanges(projects=frozenset(ids), all_projects=True, conflicts=True)
