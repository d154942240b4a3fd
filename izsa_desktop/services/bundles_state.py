"""Central's record states for merging, read from the project rows and the branch table.

A record edited by a person at central through the ordinary form (version bumped, branch not) has its
edited fields absorbed into the branch as central's own values, exactly as ``apply_local_edit`` does, so
the next import merges against them and never silently undoes them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from ..bundle import Branch, RecordState, Snapshot
from ..bundle.mergecore import absorb, merge3, same
from ..core.model import PERSONAL_FIELDS, RecordMeta
from ..store import bundle_repo as repo
from ..store.bundle_repo import dumps, load_rows


def _reconcile(rid: str, cur: Snapshot, br: Branch) -> Branch:
    merged, _ = merge3(rid, br)
    changes = {f: v for f, v in cur.values.items() if f not in merged.values or not same(merged.values[f], v)}
    if changes:
        br = absorb(br, changes)
    if merged.deleted != cur.deleted:
        br = replace(br, own=Snapshot(dict(cur.values), cur.deleted, cur.deleted_reason))
    return br


def load_states(
    s: Session, ids: Sequence[str]
) -> tuple[dict[str, RecordState], dict[str, tuple[dict[str, Any], RecordMeta, int]]]:
    rows = load_rows(s, ids)
    branches = {u: (branch_from(d), v) for u, (d, v) in repo.load_branches(s, list(rows)).items()}
    states = {}
    for rid, (values, meta, _pk) in rows.items():
        cur = Snapshot(values, bool(meta.deleted), meta.deleted_reason or "")
        br = None
        if rid in branches:
            br, settled = branches[rid]
            if settled != meta.version:
                br = _reconcile(rid, cur, br)
        states[rid] = RecordState(rid, values["district"], meta.version, cur, br)
    return states, rows


def keep_personal(values: dict[str, Any] | None, current: dict[str, Any] | None) -> dict[str, Any] | None:
    """A bundle without personal data carries blank contact fields: they mean "not sent", not "erased"."""
    if values is None:
        return None
    out = dict(values)
    for f in PERSONAL_FIELDS:
        out[f] = current.get(f, "") if current is not None else out.get(f, "")
    return out


def snap_to_json(sn: Snapshot) -> str:
    return dumps({"values": dict(sn.values), "deleted": sn.deleted, "reason": sn.deleted_reason, "known": sn.known})


def snap_from_json(s: str) -> Snapshot:
    d = json.loads(s)
    return Snapshot(d["values"], d["deleted"], d["reason"], d["known"])


def branch_json(br: Branch) -> dict[str, Any]:
    return {"district": br.district, "base_version": br.base_version, "base": snap_to_json(br.base),
            "own": snap_to_json(br.own), "incoming": snap_to_json(br.incoming)}


def branch_from(d: dict[str, Any]) -> Branch:
    return Branch(d["district"], d["base_version"], snap_from_json(d["base"]), snap_from_json(d["own"]),
                  snap_from_json(d["incoming"]))


def save_branches(s: Session, items: Sequence[tuple[str, Branch | None, int]]) -> None:
    repo.save_branches(s, [(u, branch_json(br) if br is not None else None, v) for u, br, v in items])


def save_history(s: Session, items: Sequence[tuple[str, int, Snapshot]]) -> None:
    repo.save_history(s, [(u, v, snap_to_json(sn)) for u, v, sn in items])


def history(s: Session, uuid: str, version: int) -> Snapshot | None:
    snap = repo.history(s, uuid, version)
    return snap_from_json(snap) if snap is not None else None
