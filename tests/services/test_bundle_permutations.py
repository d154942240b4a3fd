"""Arrival order does not matter: every permutation of the districts' bundles gives the same records
and the same open conflicts at central (older bundles of a district are refused as replays)."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_bundle_helpers import PASS, add_projects, central, district, edit

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.core.model import project_to_dict
from izsa_desktop.services import bundles_review as review
from izsa_desktop.services.bundles_dataset import export_dataset, import_dataset_file
from izsa_desktop.services.bundles_export import export_district_bundle
from izsa_desktop.services.bundles_import import import_file
from izsa_desktop.services.projects import ProjectService
from izsa_desktop.services.workspace import open_workspace

CODES = ("bornova", "karsiyaka", "buca")


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("perm")
    cen = central(tmp)
    ds, ids = {}, {}
    for i, code in enumerate(CODES):
        ds[code] = district(tmp, code, cen)
        ids[code] = add_projects(ds[code], 3, seed=10 + i)
        export_district_bundle(ds[code], tmp / f"{code}0.izsa", PASS)
        import_file(cen, tmp / f"{code}0.izsa")
    export_dataset(cen, tmp / "ds.izsa", PASS)
    for code in CODES:
        import_dataset_file(ds[code], tmp / "ds.izsa")
        edit(cen, ids[code][0], title_tr=f"Merkez {code}")  # conflicts with the district below
    bundles = []
    for code in CODES:
        w, a, b, c = ds[code], *ids[code]
        edit(w, a, title_tr=f"İlçe {code}")
        edit(w, b, summary="ilk")
        export_district_bundle(w, tmp / f"{code}1.izsa", PASS)
        edit(w, b, summary="ikinci", purpose="amaç")
        ProjectService(w).delete(c, "iptal")
        export_district_bundle(w, tmp / f"{code}2.izsa", PASS)
        bundles += [tmp / f"{code}1.izsa", tmp / f"{code}2.izsa"]
    cen.close()
    return tmp, bundles


def final_state(ws):  # type: ignore[no-untyped-def]
    svc = ProjectService(ws)
    recs = {}
    for s in svc.summaries():
        got = svc.get(s.uuid)
        recs[s.uuid] = (project_to_dict(got.project), got.meta.deleted)
    conf = sorted((c.record_id, c.field, repr(c.base), repr(c.central), repr(c.incoming))
                  for c in review.list_conflicts(ws))
    return recs, conf


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(6)))
def test_any_arrival_order_same_result(scenario, order, tmp_path_factory):
    tmp, bundles = scenario
    results = []
    for perm in (list(range(6)), list(order)):
        db = tmp_path_factory.mktemp("run") / "c.sqlite"
        shutil.copy(tmp / "central.sqlite", db)
        ws = open_workspace(db)
        for i in perm:
            try:
                import_file(ws, bundles[i])
            except IzsaError as e:
                assert e.code == "bundle_replayed"
        results.append(final_state(ws))
        ws.close()
    assert results[0] == results[1]
    recs, conf = results[0]
    assert len(conf) == 3 and {c[1] for c in conf} == {"title_tr"}
    assert sum(1 for _v, deleted in recs.values() if deleted) == 3
