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
from ..core.errors import IzsaError
from ..core.model import PERSONAL_FIELDS, RecordMeta
from ..store import bundle_repo as repo
from ..store.bundle_repo import dumps, load_rows

HISTORY_REF = "@history"  # branch column value: "the bundle_history snapshot at settled_version"


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
    stored = repo.load_branches(s, list(rows))
    refs = repo.history_many(s, [(u, v) for u, (d, v) in stored.items() if d["base"] == HISTORY_REF])
    branches = {u: (branch_from(d, refs.get((u, v))), v) for u, (d, v) in stored.items()}
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
    values = sn.values if type(sn.values) is dict else dict(sn.values)
    return dumps({"values": values, "deleted": sn.deleted, "reason": sn.deleted_reason, "known": sn.known})


def snap_from_json(s: str) -> Snapshot:
    d = json.loads(s)
    return Snapshot(d["values"], d["deleted"], d["reason"], d["known"])


def branch_json(br: Branch) -> dict[str, Any]:
    return {"district": br.district, "base_version": br.base_version, "base": snap_to_json(br.base),
            "own": snap_to_json(br.own), "incoming": snap_to_json(br.incoming)}


def branch_from(d: dict[str, Any], history_snapshot: str | None = None) -> Branch:
    if d["base"] == HISTORY_REF:  # base = own = incoming = the history snapshot at the settled version
        if history_snapshot is None:
            raise IzsaError("workspace_corrupt", path="bundle_history", detail="branch snapshot missing")
        sn = snap_from_json(history_snapshot)
        return Branch(d["district"], d["base_version"], sn, sn, sn)
    return Branch(d["district"], d["base_version"], snap_from_json(d["base"]), snap_from_json(d["own"]),
                  snap_from_json(d["incoming"]))


def save_branches(s: Session, items: Sequence[tuple[str, Branch | None, int]]) -> None:
    repo.save_branches(s, [(u, branch_json(br) if br is not None else None, v) for u, br, v in items])


def save_fresh(s: Session, items: Sequence[tuple[str, str, int, int, Snapshot]]) -> None:
    """Records an import creates: (uuid, district, base version, version, snapshot) whose branch is
    base = own = incoming = the snapshot. The snapshot is stored once, as the history row of that
    version; the branch row refers to it (``HISTORY_REF``) instead of repeating it three times."""
    if not items:
        return
    repo.save_history(s, [(u, v, snap_to_json(sn)) for u, _d, _b, v, sn in items], overwrite=True)
    ref = {"base": HISTORY_REF, "own": HISTORY_REF, "incoming": HISTORY_REF}
    repo.save_branches(s, [(u, {"district": d, "base_version": b, **ref}, v) for u, d, b, v, _sn in items])


def save_history(s: Session, items: Sequence[tuple[str, int, Snapshot]]) -> None:
    repo.save_history(s, [(u, v, snap_to_json(sn)) for u, v, sn in items])


def history(s: Session, uuid: str, version: int) -> Snapshot | None:
    snap = repo.history(s, uuid, version)
    return snap_from_json(snap) if snap is not None else None
