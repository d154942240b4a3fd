"""Gap findings: goals with no/few projects per district, thin districts, uncovered themes."""

from __future__ import annotations

from izsa_desktop.core import taxonomy as tx
from izsa_desktop.core.model import Project, RecordMeta
from izsa_desktop.services import analysis_gaps
from izsa_desktop.store.projects import ProjectRepo


def _add(ws, district, goals, themes=("place",), n=1, targets=()):
    with ws.session() as s, s.begin():
        for _ in range(n):
            ProjectRepo(s).add(Project(district=district, title_tr="x", sdg_goals=list(goals), sdg_primary=goals[0],
                                       who_themes=list(themes), sdg_targets=list(targets)), RecordMeta(), "t", "t")


def test_gaps_named(central_ws):
    for d in tx.district_ids()[:-1]:
        _add(central_ws, d, [11], n=4, targets=["11.1"])
    _add(central_ws, "karsiyaka", [3], themes=("people",))
    rep = analysis_gaps.analyse(central_ws, threshold=2)
    by = {(g.kind, g.district): g for g in rep.gaps}
    k = by[("district_goals", "karsiyaka")]
    assert 3 in k.goals_few and 11 not in k.goals_few + k.goals_none and 1 in k.goals_none
    assert ("district_few", "karsiyaka") not in by
    assert rep.matrix.count("karsiyaka", 11) == 4
    nobody = by[("theme_none", "")]
    assert set(nobody.themes) == set(tx.themes()) - {"place", "people"}
    t11 = next(g for g in rep.gaps if g.kind == "targets_none" and g.goal == 11)
    assert "11.1" not in t11.targets and "11.2" in t11.targets
    _add(central_ws, "konak", [11], n=40)
    rep = analysis_gaps.analyse(central_ws, threshold=5)
    assert ("district_few", "konak") not in {(g.kind, g.district) for g in rep.gaps}
    assert 11 in next(g for g in rep.gaps if g.kind == "district_goals" and g.district == "buca").goals_few


def test_thin_district(central_ws):
    for d in tx.district_ids()[:-1]:
        _add(central_ws, d, [11], n=1 if d == "bayindir" else 8)
    rep = analysis_gaps.analyse(central_ws)
    few = [g for g in rep.gaps if g.kind == "district_few"]
    assert [g.district for g in few] == ["bayindir"] and few[0].count == 1 and few[0].limit == 2.0
    empty = [g.district for g in rep.gaps if g.kind == "district_empty"]
    assert empty == []  # the metropolitan office with no projects of its own is not named


def test_empty_district_named_once(central_ws):
    for d in tx.district_ids()[:-2]:
        _add(central_ws, d, [11], n=4)
    rep = analysis_gaps.analyse(central_ws)
    last = tx.district_ids()[-2]
    assert [(g.kind, g.district) for g in rep.gaps if g.district == last] == [("district_empty", last)]


def test_district_office_only_its_own(district_ws):
    _add(district_ws, "karsiyaka", [11], n=3)
    rep = analysis_gaps.analyse(district_ws)
    assert {g.district for g in rep.gaps if g.district} == {"karsiyaka"}
