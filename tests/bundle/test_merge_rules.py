"""Merge plan: field rules, tombstones, provisional values, preview diffs, local edits and resolutions."""

from __future__ import annotations

from izsa_desktop.bundle import (
    DELETED_FIELD,
    RecordState,
    Snapshot,
    apply_local_edit,
    apply_plan_to_state,
    open_conflicts,
    plan_merge,
    resolve_delete_conflict,
)
from izsa_desktop.core.errors import IzsaError

from .helpers import UUIDS, change, project, tombstone

ID = UUIDS[0]


def central(values: dict, version: int = 3, deleted: bool = False) -> dict[str, RecordState]:
    return {ID: RecordState(ID, "bornova", version, Snapshot(values, deleted))}


def history_of(base: dict, version: int = 1):
    return lambda rid, v: base if (rid, v) == (ID, version) else None


def plan_one(state, ch, base=None):
    plan = plan_merge([ch], state, history_of(base or project(0)))
    return plan.entries[0], apply_plan_to_state(state, plan)


def test_new_record():
    e, st = plan_one({}, change(0))
    assert e.kind == "new" and st[ID].version == 1 and st[ID].current.values == project(0)
    assert any(d.field == "title_tr" for d in e.diffs)
    # diffs are computed on first use: every field from nothing, plus the (deleted) marker, sorted
    want = [(DELETED_FIELD, None, False)] + [(f, None, v) for f, v in sorted(project(0).items())]
    assert [(d.field, d.old, d.new) for d in e.diffs] == want
    assert e.diffs is e.diffs  # cached


def test_rejected_and_unchanged_entries_have_no_diffs():
    st = central(project(0), version=3)
    e, _ = plan_one(st, change(0, base=7))
    assert e.kind == "rejected" and e.diffs == ()
    e, _ = plan_one(st, change(0, base=3))
    assert e.kind == "unchanged" and e.diffs == ()


def test_only_incoming_changed_is_taken():
    e, st = plan_one(central(project(0)), change(0, base=1, status="completed"))
    assert e.kind == "changed" and st[ID].current.values["status"] == "completed" and st[ID].version == 4
    assert [(d.field, d.old, d.new) for d in e.diffs] == [("status", "ongoing", "completed")]


def test_only_central_changed_is_kept():
    e, st = plan_one(central(project(0, status="suspended")), change(0, base=1))
    assert e.kind == "unchanged" and st[ID].current.values["status"] == "suspended" and not e.conflicts


def test_both_changed_to_same_value_is_not_a_conflict():
    e, st = plan_one(central(project(0, status="completed")), change(0, base=1, status="completed"))
    assert e.kind == "unchanged" and not e.conflicts and not open_conflicts(st[ID])


def test_both_changed_differently_is_a_conflict_with_fixed_provisional_value():
    e, st = plan_one(
        central(project(0, title_tr="Bisiklet Yolu A")), change(0, base=1, title_tr="Bisiklet Yolu B")
    )
    assert e.kind == "conflicting"
    (c,) = e.conflicts
    assert (c.field, c.base, c.central, c.incoming) == (
        "title_tr",
        "Bisiklet yolu 0",
        "Bisiklet Yolu A",
        "Bisiklet Yolu B",
    )
    assert c.provisional == "Bisiklet Yolu B" == st[ID].current.values["title_tr"]  # '"...B"' > '"...A"'
    # the same two candidates the other way round give the same provisional value
    e2, _ = plan_one(
        central(project(0, title_tr="Bisiklet Yolu B")), change(0, base=1, title_tr="Bisiklet Yolu A")
    )
    assert e2.conflicts[0].provisional == "Bisiklet Yolu B"


def test_non_conflicting_fields_merge_alongside_a_conflict():
    cur = project(0, title_tr="A", budget_kurus=1)
    e, st = plan_one(central(cur), change(0, base=1, title_tr="B", status="completed"))
    v = st[ID].current.values
    assert (
        v["budget_kurus"] == 1
        and v["status"] == "completed"
        and [c.field for c in e.conflicts] == ["title_tr"]
    )


def test_reimport_is_a_no_op():
    state = central(project(0, title_tr="A"))
    ch = change(0, base=1, title_tr="B", status="completed")
    _, st1 = plan_one(state, ch)
    e, st2 = plan_one(st1, ch)
    assert e.kind == "unchanged" and not e.writes and st2 == st1


def test_tombstone_against_unchanged_deletes():
    e, st = plan_one(central(project(0)), tombstone(0, base=1))
    assert e.kind == "deleted" and st[ID].current.deleted and st[ID].current.deleted_reason == "mükerrer"


def test_update_vs_delete_is_a_conflict_and_keeps_the_record():
    e, st = plan_one(central(project(0, status="completed")), tombstone(0, base=1))
    assert e.kind == "conflicting" and e.conflicts[0].field == DELETED_FIELD
    assert not st[ID].current.deleted
    kept = resolve_delete_conflict(st[ID], keep=True)
    assert not kept.current.deleted and not open_conflicts(kept)
    gone = resolve_delete_conflict(st[ID], keep=False, reason="onaylandı")
    assert gone.current.deleted and not open_conflicts(gone)


def test_update_against_central_delete_never_resurrects():
    e, st = plan_one(central(project(0), deleted=True), change(0, base=1, status="completed"))
    assert e.kind == "conflicting" and st[ID].current.deleted
    e, st = plan_one(central(project(0), deleted=True), change(0, base=1))  # district did not touch it
    assert e.kind == "unchanged" and st[ID].current.deleted


def test_unknown_base_history_makes_every_difference_a_conflict():
    plan = plan_merge(
        [change(0, base=1, status="completed")], central(project(0, title_tr="X")), lambda r, v: None
    )
    assert {c.field for c in plan.entries[0].conflicts} == {"status", "title_tr"}


def test_foreign_and_impossible_bases_rejected():
    plan = plan_merge([change(0, "karsiyaka", base=1)], central(project(0)), history_of(project(0)))
    assert plan.entries[0].kind == "rejected" and plan.entries[0].reason == "record_foreign"
    plan = plan_merge([change(0, base=9)], central(project(0)), history_of(project(0)))
    assert plan.entries[0].reason == "unknown_base"


def test_central_edit_absorbs_the_districts_value_it_saw():
    _, st = plan_one(central(project(0)), change(0, base=1, status="completed"))
    edited = apply_local_edit(st[ID], {"status": "suspended"})
    assert edited.current.values["status"] == "suspended" and not open_conflicts(edited)
    resolved = apply_local_edit(
        plan_one(central(project(0, title_tr="A")), change(0, base=1, title_tr="B"))[1][ID], {"title_tr": "C"}
    )
    assert resolved.current.values["title_tr"] == "C" and not open_conflicts(resolved)


def test_plan_against_changed_state_refused():
    state = central(project(0))
    plan = plan_merge([change(0, base=1, status="completed")], state, history_of(project(0)))
    moved = central(project(0), version=4)
    try:
        apply_plan_to_state(moved, plan)
    except IzsaError as e:
        assert e.code == "plan_stale"
    else:
        raise AssertionError("stale plan applied")


def test_plan_counts_for_preview():
    state = {**central(project(0)), UUIDS[1]: RecordState(UUIDS[1], "bornova", 2, Snapshot(project(1)))}
    hist = lambda rid, v: project(int(rid[-5:]))  # noqa: E731
    plan = plan_merge([change(0, base=1, status="completed"), tombstone(1, base=2), change(2)], state, hist)
    assert plan.counts() == {
        "new": 1,
        "changed": 1,
        "unchanged": 0,
        "deleted": 1,
        "conflicting": 0,
        "rejected": 0,
    }
