"""Joint-project finder: cross-district pairs only, collaboration boost, groups, CSV for Excel."""

from __future__ import annotations

import csv

import pytest
from test_similar_cases import add_cases

from izsa_desktop.services import joint
from izsa_desktop.services.demo import generate


def test_pairs_are_cross_district_and_ranked(central_ws):
    ids = add_cases(central_ws)
    res = joint.find_joint(central_ws, threshold=0.3)
    assert res.pairs
    assert all(p.a.district != p.b.district for p in res.pairs)
    keys = [{p.a.uuid, p.b.uuid} for p in res.pairs]
    assert {ids["kadin_a"], ids["kadin_b"]} in keys
    assert {ids["kiyi_a"], ids["kiyi_b"]} in keys
    assert {ids["kiyi_a"], ids["kiyi_c"]} not in keys  # same district: not a joint project
    assert len(keys) == len({frozenset(k) for k in keys})  # each pair once
    top = res.pairs[0]
    assert {top.a.uuid, top.b.uuid} == {ids["kadin_a"], ids["kadin_b"]}  # both open to collaboration
    assert all(a.score >= b.score for a, b in zip(res.pairs, res.pairs[1:], strict=False))


def test_boost_and_groups():
    from izsa_desktop.services.similarity import Doc

    def doc(u, d, collab):
        return Doc(u, d, u, u, frozenset(), frozenset(), frozenset(), None, None, "local", collab)

    a, b = doc("a", "konak", True), doc("b", "buca", False)
    assert joint.boosted(0.5, a, b) == pytest.approx(0.575)
    assert joint.boosted(0.5, b, b) == 0.5
    assert joint.boosted(0.5, a, a) > joint.boosted(0.5, a, b) > 0.5
    assert joint.boosted(0.99, a, a) < 1.0 and joint.boosted(0.9, a, a) > joint.boosted(0.8, a, a)


def test_csv_has_bom_and_rows(central_ws, tmp_path):
    add_cases(central_ws)
    generate(central_ws, 300, seed=11)
    res = joint.find_joint(central_ws, threshold=0.45)
    assert all(p.a.district != p.b.district for p in res.pairs)
    for g in res.groups:
        assert len(g.uuids) > 2 and len(g.districts) >= 2
    path = tmp_path / "joint.csv"
    n = joint.write_csv(path, res, [f"h{i}" for i in range(11)])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == n + 1 == len(res.pairs) + 1


@pytest.mark.parametrize("threshold", [0.2, 0.35, 0.5])
def test_pruned_search_equals_the_plain_query(central_ws, monkeypatch, threshold):
    """find_pairs prunes candidates by an upper bound; its result must be that of SimilarityIndex.query."""
    from izsa_desktop.services.similarity import build_index

    add_cases(central_ws)
    generate(central_ws, 600, seed=21)
    idx = build_index(central_ws)
    new = joint.find_pairs(idx, threshold)
    for doc in idx.docs[::37]:
        ms = 1 - (1 - threshold) / (1 - joint.COLLAB_BOOST) ** 2
        assert joint._best_in_other_districts(idx, doc, 5, ms) == idx.query(
            doc, 5, min_score=ms, only_other_districts=True)
    monkeypatch.setattr(joint, "_best_in_other_districts", lambda index, doc, k, ms: index.query(
        doc, k, min_score=ms, only_other_districts=True))
    old = joint.find_pairs(idx, threshold)
    assert new == old and len(new.pairs) > 50
