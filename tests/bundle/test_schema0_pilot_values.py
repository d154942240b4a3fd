"""Schema-0 (pilot) records and the form's hard validation.

The pilot test record in ``test_roundtrip_and_policy.test_schema_0_upgraded_to_1`` once had
``sdgs = [3, 4]`` with ``sdg_primary = 11`` and ``sdg_targets = ["11.2"]`` (built from a schema-1 record by
renaming only ``sdg_goals``). The upgrader passes ``sdg_primary`` and ``sdg_targets`` through unchanged
(the pilot had both fields; only ``title``/``sdgs``/``budget_tl`` were renamed), so that record was
invalid in the pilot too: a primary goal that is not among the goals and a target of an unselected goal
are hard errors of the form since the first schema (``core/validation.py``: ``sdg_primary_not_selected``,
``sdg_target_goal_not_selected``). Such a bundle is refused naming the record and field; a consistent
pilot record upgrades and passes.
"""

from __future__ import annotations

import pytest

from izsa_desktop.bundle import verify_bundle
from izsa_desktop.bundle.schema import upgrade_0_to_1
from izsa_desktop.core.errors import IzsaError

from .helpers import UUIDS, project, trust_for
from .test_roundtrip_and_policy import _line, _signed

_RENAMED = ("title_tr", "title_en", "sdg_goals", "budget_kurus", "who_themes", "review_state", "review_comment")


def _pilot(**kw):
    old = {k: v for k, v in project(0).items() if k not in _RENAMED}
    old.update(title="Eski başlık", budget_tl="1250.50", **kw)
    return {"records": [_line(old)], "tombstones": [], "audit": []}


def test_upgrader_keeps_primary_and_targets_as_sent():
    got = upgrade_0_to_1(_pilot(sdgs=[3, 4]))["records"][0]["project"]
    assert (got["sdg_goals"], got["sdg_primary"], got["sdg_targets"]) == ([3, 4], 11, ["11.2"])


def test_pilot_record_with_primary_outside_its_goals_is_refused_naming_the_field(key):
    with pytest.raises(IzsaError) as e:
        verify_bundle(_signed(key, _pilot(sdgs=[3, 4]), schema=0), trust_for(key), allow_training=False)
    assert e.value.code == "bundle_value_invalid"
    assert (e.value.params["id"], e.value.params["field"], e.value.params["problem"]) == (
        UUIDS[0], "sdg_primary", "sdg_primary_not_selected")


@pytest.mark.parametrize("sdgs", [[11], [3, 4, 11], [11, 13]])
def test_consistent_pilot_record_upgrades(key, sdgs):
    v = verify_bundle(_signed(key, _pilot(sdgs=sdgs), schema=0), trust_for(key), allow_training=False)
    got = v.content.records[0].values
    assert (got["sdg_goals"], got["sdg_primary"]) == (sdgs, 11) and v.upgraded_from == 0
