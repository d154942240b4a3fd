"""Similar projects: Turkish-aware text matching, ranking of known pairs, explanation."""

from __future__ import annotations

import pytest
from test_similar_cases import add_cases

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.core.model import Project
from izsa_desktop.services import similarity as sim
from izsa_desktop.services.demo import generate


def test_stems_join_case_accent_and_suffix_variants():
    a = sim.stems("Kıyı temizliği gönüllüleri")
    b = sim.stems("KIYI TEMİZLİK GÖNÜLLÜSÜ")
    assert a == b
    assert sim.stems("ve için bir proje") == []


def test_known_pairs_rank_first(central_ws):
    ids = add_cases(central_ws)
    idx = sim.build_index(central_ws)
    doc, got = sim.similar_to(central_ws, ids["kiyi_a"], index=idx)
    assert got[0].uuid == ids["kiyi_b"]  # near-duplicate in another district beats the same-topic local one
    assert {m.uuid for m in got[:2]} == {ids["kiyi_b"], ids["kiyi_c"]}
    top = got[0]
    assert "14.1" in top.shared_targets and "youth" in top.shared_groups
    assert {sim.fold(w) for w in top.shared_words} >= {"kiyi", "temizlik", "gonullusu"}
    assert top.distance_km is not None and 30 < top.distance_km < 40
    unrelated = {ids["bisiklet"], ids["kutuphane"], ids["kadin_a"], ids["kadin_b"]}
    assert all(m.uuid not in unrelated or m.score < got[1].score / 2 for m in got)
    _, got = sim.similar_to(central_ws, ids["kadin_a"], index=idx)
    assert got[0].uuid == ids["kadin_b"] and got[0].score > 0.5
    assert ids["kadin_a"] not in {m.uuid for m in got}


def test_typed_query_and_other_districts_only(central_ws):
    ids = add_cases(central_ws)
    idx = sim.build_index(central_ws)
    typed = sim.Doc.of_project(Project(district="karsiyaka", title_tr="kiyi temizligi"))
    got = idx.query(typed, 5)
    assert {m.uuid for m in got[:3]} == {ids["kiyi_a"], ids["kiyi_b"], ids["kiyi_c"]}
    other = idx.query(typed, 5, only_other_districts=True)
    assert [m.uuid for m in other][:1] == [ids["kiyi_b"]]
    assert all(m.district != "karsiyaka" for m in other)


def test_unknown_project_raises(central_ws):
    with pytest.raises(IzsaError) as e:
        sim.similar_to(central_ws, "nope")
    assert e.value.code == "project_missing"


def test_demo_volume_query_scores_sorted(central_ws):
    generate(central_ws, 600, seed=5)
    idx = sim.build_index(central_ws)
    d = idx.docs[0]
    got = idx.query(d, 10)
    assert got and all(a.score >= b.score for a, b in zip(got, got[1:], strict=False))
    assert d.uuid not in {m.uuid for m in got}
