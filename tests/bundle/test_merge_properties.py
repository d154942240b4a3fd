"""Hypothesis properties of the merge: arrival order does not matter, re-import is a no-op, no update is
lost silently, skewed clocks change nothing. A small pure central importer (seq check + plan + apply) stands
in for services."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from izsa_desktop.bundle import (
    DELETED_FIELD,
    BundleContent,
    RecordChange,
    RecordState,
    Snapshot,
    apply_plan_to_state,
    open_conflicts,
    plan_merge,
    verify_bundle,
)
from izsa_desktop.bundle.strictjson import dumps

from .helpers import UUIDS, make_bundle, project, trust_for

DISTRICTS = ("bornova", "karsiyaka")
FIELDS = {
    "title_tr": ["A", "B", "C"],
    "status": ["planned", "ongoing", "completed"],
    "budget_kurus": [None, 1, 2],
    "sdg_goals": [[], [11], [11, 13]],
}
N_RECORDS = 4  # per district; the district of record i is DISTRICTS[i % 2]


def base_values(i: int) -> dict:
    return project(i, DISTRICTS[i % 2], title_tr="A", status="planned", budget_kurus=None, sdg_goals=[])


edit = st.tuples(st.integers(0, N_RECORDS * 2 - 1), st.sampled_from(sorted(FIELDS)), st.integers(0, 2))
step = st.one_of(
    edit,
    st.tuples(st.integers(0, N_RECORDS * 2 - 1), st.just("(delete)"), st.just(0)),
    st.tuples(st.integers(N_RECORDS * 2, N_RECORDS * 2 + 3), st.just("(new)"), st.just(0)),
)


@dataclass
class Scenario:
    central_edits: list
    bundles: list = field(default_factory=list)  # (district, seq, tuple[RecordChange])


@st.composite
def scenarios(draw):
    sc = Scenario(draw(st.lists(edit, max_size=6)))
    for d in DISTRICTS:
        local: dict[int, RecordChange] = {}
        for seq in range(1, draw(st.integers(1, 4)) + 1):
            for i, f, k in draw(st.lists(step, max_size=4)):
                if DISTRICTS[i % 2] != d:
                    continue
                prev = local.get(i)
                if f == "(new)":
                    if prev is None:
                        local[i] = RecordChange(UUIDS[i], d, 0, 0, project(i, d, title_tr=f"Yeni {i}"))
                    continue
                created_here = i >= N_RECORDS * 2  # base 0: central has never sent it back
                if (created_here and prev is None) or (prev and prev.deleted):
                    continue
                base = 0 if created_here else 1
                vals = dict(prev.values) if prev else base_values(i)
                if f == "(delete)":
                    local[i] = RecordChange(UUIDS[i], d, 0, base, None, True, "silindi")
                else:
                    vals[f] = FIELDS[f][k]
                    local[i] = RecordChange(UUIDS[i], d, 0, base, vals)
            sc.bundles.append((d, seq, tuple(local.values())))  # cumulative: all pending local edits
    return sc


def initial_state(sc: Scenario):
    state = {
        UUIDS[i]: RecordState(UUIDS[i], DISTRICTS[i % 2], 1, Snapshot(base_values(i)))
        for i in range(N_RECORDS * 2)
    }
    for i, f, k in sc.central_edits:  # central's own edits before any bundle arrives (version 2+)
        r = state[UUIDS[i]]
        state[r.id] = RecordState(
            r.id, r.district, r.version + 1, Snapshot({**r.current.values, f: FIELDS[f][k]})
        )
    return state


def history(rid: str, v: int):
    i = UUIDS.index(rid)
    return base_values(i) if v == 1 else None


def import_all(state, bundles):
    seen: dict[str, int] = {}
    for d, seq, changes in bundles:
        if seq <= seen.get(d, 0):
            continue  # replay refused / already imported: verify_bundle stops it before any plan
        state = apply_plan_to_state(state, plan_merge(changes, state, history))
        seen[d] = seq
    return state


def visible(state):
    return {
        rid: ("deleted",) if r.current.deleted else dumps(dict(r.current.values)) for rid, r in state.items()
    }


def conflicts(state):
    return {
        (c.record_id, c.field, dumps(c.base), dumps(c.central), dumps(c.incoming), dumps(c.provisional))
        for r in state.values()
        for c in open_conflicts(r)
    }


@settings(max_examples=150, deadline=None)
@given(sc=scenarios(), data=st.data())
def test_every_arrival_order_gives_the_same_state_and_conflicts(sc, data):
    ordered = import_all(initial_state(sc), sc.bundles)
    shuffled = import_all(initial_state(sc), data.draw(st.permutations(sc.bundles)))
    assert visible(shuffled) == visible(ordered)
    assert conflicts(shuffled) == conflicts(ordered)


@settings(max_examples=100, deadline=None)
@given(sc=scenarios(), data=st.data())
def test_reimporting_applied_changes_is_a_no_op(sc, data):
    state = import_all(initial_state(sc), sc.bundles)
    _, _, changes = data.draw(st.sampled_from(sc.bundles))
    last = {d: ch for d, _, ch in sc.bundles}
    again = last[data.draw(st.sampled_from(sorted(last)))]
    plan = plan_merge(again, state, history)
    assert all(e.kind == "unchanged" and not e.writes for e in plan.entries)
    assert apply_plan_to_state(state, plan) == state
    assert changes is not None


@settings(max_examples=150, deadline=None)
@given(sc=scenarios())
def test_no_update_is_lost_silently(sc):
    state = import_all(initial_state(sc), sc.bundles)
    open_ = conflicts(state)
    for d in DISTRICTS:
        final = [ch for dd, _, ch in sc.bundles if dd == d][-1]
        for ch in final:
            r = state[ch.id]
            delete_conflict = any(c[0] == ch.id and c[1] == DELETED_FIELD for c in open_)
            if ch.deleted:
                assert r.current.deleted or delete_conflict
                continue
            if ch.base_version == 0:
                assert dict(r.current.values) == ch.values
                continue
            base = history(ch.id, ch.base_version)
            for f, v in ch.values.items():
                if dumps(v) == dumps(base[f]):
                    continue
                shown = not r.current.deleted and dumps(r.current.values[f]) == dumps(v)
                queued = any(c[0] == ch.id and c[1] == f and c[4] == dumps(v) for c in open_)
                assert shown or queued or delete_conflict, (ch.id, f, v)


def _content(skew_years: int) -> BundleContent:
    at = f"{2025 + skew_years}-06-01T12:00:00"
    recs = tuple(
        RecordChange(UUIDS[i], "bornova", 0, 1, base_values(i) | {"status": "completed", "sdg_goals": [11, 13]})
        for i in (0, 2)
    )
    return BundleContent(records=recs, audit=({"action": "edit", "at": at, "by": "ayse"},))


@settings(max_examples=10, deadline=None)
@given(skew=st.sampled_from([-10, -1, 0, 1, 10]))
def test_clock_skew_changes_nothing(key, skew):
    """Only the informational audit timestamps differ; verification and the plan are identical."""
    state = initial_state(Scenario([]))
    plans = []
    for s in (0, skew):
        v = verify_bundle(make_bundle(key, content=_content(s)), trust_for(key), allow_training=False)
        plans.append(plan_merge(v.content.records, state, history))
    assert plans[0] == plans[1]
