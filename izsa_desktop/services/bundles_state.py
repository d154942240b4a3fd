"""Central's record states for merging, read from the project rows and the branch table.

A record edited by a person at central through the ordinary form (version bumped, branch not) has its
edited fields absorbed into the branch as central's own values, exactly as ``apply_local_edit`` does, so
the next import merges against them and never silently undoes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from ..bundle import Branch, RecordState, Snapshot
from ..bundle.mergecore import absorb, merge3, same
from ..core.model import PERSONAL_FIELDS, RecordMeta
from ..store.bundle_repo import load_branches, load_rows


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
    branches = load_branches(s, list(rows))
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
