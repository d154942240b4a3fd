"""Item 7: a district could approve its own projects and forge the reviewer's comment (review fields
merged like any other field, and the conflict tie-break could let the district's value stand). Review state
and comment are central's alone: a district bundle's values for them are ignored (central's current
values, or the defaults for a new record, replace them before merging), they never conflict, and a district
bundle carrying ``reviews.jsonl`` rows is refused."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bundle.helpers import UUIDS, make_bundle, project  # noqa: E402
from test_bundle_helpers import PASS, central, district  # noqa: E402

from izsa_desktop.bundle import BundleContent, RecordChange  # noqa: E402
from izsa_desktop.core.errors import IzsaError  # noqa: E402
from izsa_desktop.services import bundles_review as review  # noqa: E402
from izsa_desktop.services.bundles_import import db_content_hash, import_file  # noqa: E402
from izsa_desktop.services.keys import KeyService  # noqa: E402
from izsa_desktop.services.projects import ProjectService  # noqa: E402

FORGED = {"review_state": "approved", "review_comment": "Uygundur. — Merkez"}


def _bundle(key, seq, *changes, reviews=()):
    return make_bundle(key, seq=seq, content=BundleContent(records=tuple(changes), reviews=tuple(reviews)))


def _review(ws, uid):
    p = ProjectService(ws).get(uid).project
    return p.review_state, p.review_comment


def test_district_cannot_set_review_fields(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    key = KeyService(bor).private_key(PASS)
    a, b = UUIDS[100], UUIDS[101]
    # a new record that claims to be approved
    import_file(cen, _bundle(key, 1, RecordChange(a, "bornova", 0, 0, project(100) | FORGED),
                             RecordChange(b, "bornova", 0, 0, project(101))))
    assert _review(cen, a) == ("draft", "")
    # central has not reviewed b yet: the district "approves" it (own == base would let incoming win)
    _pre, res = import_file(cen, _bundle(key, 2, RecordChange(b, "bornova", 0, 0, project(101) | FORGED)))
    assert _review(cen, b) == ("draft", "")
    # central reviews; the district overwrites state and comment along with a real edit
    review.set_review(cen, a, "needs_changes", "Bütçe eksik")
    pre, _ = import_file(cen, _bundle(key, 3, RecordChange(a, "bornova", 0, 0,
                                                           project(100, summary="yeni özet") | FORGED)))
    got = ProjectService(cen).get(a).project
    assert (got.review_state, got.review_comment, got.summary) == ("needs_changes", "Bütçe eksik", "yeni özet")
    assert not [c for e in pre.plan.entries for c in e.conflicts]
    assert [c.field for c in review.list_conflicts(cen)] == []
    # nothing about review in the audit trail attributed to the bundle
    hist = ProjectService(cen).history(a)
    assert not [h for h in hist if h.action == "bundle_import" and h.field.startswith("review")]


def test_district_bundle_with_review_rows_is_refused(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    key = KeyService(bor).private_key(PASS)
    before = db_content_hash(cen)
    data = _bundle(key, 1, RecordChange(UUIDS[110], "bornova", 0, 0, project(110)),
                   reviews=[{"id": UUIDS[110], "version": 1, **FORGED}])
    with pytest.raises(IzsaError) as e:
        import_file(cen, data)
    assert e.value.code == "bundle_reviews_not_allowed" and e.value.params["entry"] == "reviews.jsonl"
    assert db_content_hash(cen) == before


def test_pure_merge_never_takes_or_conflicts_on_review_fields():
    from izsa_desktop.bundle import RecordState, Snapshot, plan_merge
    from izsa_desktop.bundle.mergecore import Branch, merge3

    base = project(120)
    own = base | {"review_state": "needs_changes", "review_comment": "B"}
    inc = base | {"review_state": "submitted", "review_comment": "ZZZ"}  # larger JSON: the old tie-break
    br = Branch("bornova", 1, Snapshot(base), Snapshot(own), Snapshot(inc))
    cur, conflicts = merge3(UUIDS[120], br)
    assert cur.values["review_state"] == "needs_changes" and cur.values["review_comment"] == "B"
    assert conflicts == ()
    state = {UUIDS[120]: RecordState(UUIDS[120], "bornova", 1, Snapshot(base))}
    plan = plan_merge([RecordChange(UUIDS[120], "bornova", 0, 1, inc)], state, lambda i, v: Snapshot(base))
    assert plan.entries[0].kind == "unchanged" and plan.entries[0].after.current.values["review_state"] == "draft"
