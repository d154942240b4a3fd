"""Coaching scorecard on a hand-made workspace."""

from __future__ import annotations

from datetime import date

import pytest

from izsa_desktop.core.model import Project, RecordMeta
from izsa_desktop.services import scorecard
from izsa_desktop.store.projects import ProjectRepo


def _full(**kw) -> Project:
    p = Project(district="karsiyaka", title_tr="Tam proje", title_en="Full project", purpose="Amaç",
                start_date=date(2024, 1, 1), responsible_unit="Park Bahçeler", sdg_goals=[11], sdg_primary=11,
                sdg_targets=["11.7"], who_themes=["place"], target_groups=["children"], lat=38.46, lon=27.11,
                precision="exact", results=[{"indicator": "x"}], beneficiaries_planned=100,
                review_state="approved")
    for k, v in kw.items():
        setattr(p, k, v)
    return p


def test_scorecard_numbers(central_ws):
    with central_ws.session() as s, s.begin():
        repo = ProjectRepo(s)
        for p in (_full(), _full(sdg_targets=[], title_en=""), _full(precision="district", results=[]),
                  _full(beneficiaries_planned=None, review_state="draft", purpose=""),
                  _full(district="buca", review_state="submitted")):
            repo.add(p, RecordMeta(updated_at=f"2026-05-0{1 + len(p.title_en)}T00:00:00"), "t", "t")
        gone = _full(sdg_targets=[])
        repo.add(gone, RecordMeta(), "t", "t")
        repo.set_deleted(gone.id, True, "", "t", "t")
    cards = {c.district: c for c in scorecard.scorecard(central_ws)}
    k = cards["karsiyaka"]
    assert k.projects == 4
    assert k.missing == {"required": 1, "targets": 1, "location": 1, "results": 1, "beneficiaries": 1,
                         "english": 1}
    assert k.readiness == 75  # each criterion met by 3 of 4
    assert k.review["approved"] == 3 and k.review["draft"] == 1
    assert k.next_steps()[0] == ("required", 1) and k.next_steps()[1] == ("targets", 1)
    b = cards["buca"]
    assert b.projects == 1 and b.readiness == 100 and b.next_steps() == [] and b.review["submitted"] == 1
    assert cards["konak"].projects == 0 and cards["konak"].readiness == 0
    assert len(cards) == 31 and k.activity_source in ("updated", "import")


def test_district_office_sees_its_own(district_ws):
    with district_ws.session() as s, s.begin():
        ProjectRepo(s).add(_full(), RecordMeta(), "t", "t")
    cards = scorecard.scorecard(district_ws)
    assert [c.district for c in cards] == ["karsiyaka"] and cards[0].readiness == 100


def test_freshness_from_the_bundle_import_log(central_ws):
    from sqlalchemy import text

    with central_ws.session() as s, s.begin():
        ProjectRepo(s).add(_full(), RecordMeta(updated_at="2026-01-01T00:00:00"), "t", "t")
    table = scorecard.import_log_table(central_ws)
    if table is None:
        pytest.skip("no bundle import log in this schema")
    with central_ws.engine.begin() as c:
        c.execute(text(f"INSERT INTO {table} (bundle_id, district, seq, body_sha256, kind, status, imported_at, "
                       "imported_by, counts) VALUES ('b1', 'karsiyaka', 1, 'x', 'delta', 'imported', "
                       "'2026-03-04T10:00:00', 'u', '{}'), ('b2', 'karsiyaka', 2, 'y', 'delta', 'undone', "
                       "'2026-04-04T10:00:00', 'u', '{}')"))
    k = {c.district: c for c in scorecard.scorecard(central_ws)}["karsiyaka"]
    assert (k.last_activity, k.activity_source) == ("2026-03-04T10:00:00", "import")
