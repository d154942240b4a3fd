"""Hard errors block saving, soft warnings are reported (no Qt)."""

import math
from datetime import date

import pytest

from izsa_desktop.core.model import Project
from izsa_desktop.core.validation import validate


def good(**kw) -> Project:
    p = Project(district="karsiyaka", title_tr="Bostanlı Kent Bostanı", start_date=date(2022, 3, 1),
                sdg_goals=[11, 2], sdg_primary=11, sdg_targets=["11.7", "2.4"], lat=38.4655, lon=27.0951)
    for k, v in kw.items():
        setattr(p, k, v)
    return p


def codes(issues):
    return {i.code for i in issues}


def test_a_good_project_has_no_errors_or_warnings():
    f = validate(good())
    assert f.ok and not f.errors and not f.warnings


@pytest.mark.parametrize(
    "changes,code",
    [
        ({"title_tr": "   "}, "title_empty"),
        ({"start_date": None}, "start_missing"),
        ({"end_date": date(2021, 1, 1)}, "end_before_start"),
        ({"lat": math.nan}, "coord_not_finite"),
        ({"lon": math.inf}, "coord_not_finite"),
        ({"lat": 91.0}, "lat_out_of_range"),
        ({"lon": -180.5}, "lon_out_of_range"),
        ({"lat": None}, "coord_incomplete"),
        ({"sdg_targets": ["11.99"]}, "sdg_target_unknown"),
        ({"sdg_targets": ["5.5"]}, "sdg_target_goal_not_selected"),
        ({"sdg_goals": [11, 18], "sdg_primary": 11}, "sdg_goal_unknown"),
        ({"sdg_primary": 3}, "sdg_primary_not_selected"),
        ({"district": "atlantis"}, "district_unknown"),
        ({"status": "dreaming"}, "status_unknown"),
        ({"who_themes": ["pizza"]}, "theme_unknown"),
        ({"target_groups": ["aliens"]}, "target_group_unknown"),
        ({"budget_kurus": -1}, "number_negative"),
        ({"contact_email": "ayse-at-example"}, "email_invalid"),
    ],
)
def test_hard_errors(changes, code):
    f = validate(good(**changes))
    assert code in codes(f.errors)
    assert not f.ok


def test_point_in_another_district_is_a_warning_naming_it():
    f = validate(good(lat=38.3233, lon=26.3044))  # Çeşme castle, recorded as Karşıyaka
    assert f.ok
    w = [i for i in f.warnings if i.code == "point_outside_district"]
    assert w and w[0].params["found"] == "cesme"


def test_other_soft_warnings():
    assert "point_outside_izmir" in codes(validate(good(lat=41.0, lon=29.0)).warnings)  # İstanbul
    assert "no_sdg_target" in codes(validate(good(sdg_targets=[])).warnings)
    assert "no_sdg_goal" in codes(validate(good(sdg_goals=[], sdg_primary=None, sdg_targets=[])).warnings)
    assert "no_location" in codes(validate(good(lat=None, lon=None)).warnings)
    f = validate(good(), other_titles=[("other-id", "BOSTANLI KENT BOSTANI")])
    assert "similar_title_exists" in codes(f.warnings)
    # the record itself is not a near-duplicate of itself
    p = good()
    assert "similar_title_exists" not in codes(validate(p, other_titles=[(p.id, p.title_tr)]).warnings)
