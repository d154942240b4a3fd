"""Item 10: (a) revoking a stolen key and then undoing the thief's bundle re-opened the key for that seq
(a later bundle signed with it was accepted); (b) central rotating its own key twice before a dataset made
every district refuse the dataset (only the last rotation statement was sent)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bundle.helpers import UUIDS, make_bundle, project  # noqa: E402
from test_bundle_helpers import PASS, add_projects, central, district  # noqa: E402

from izsa_desktop.bundle import BundleContent, RecordChange  # noqa: E402
from izsa_desktop.core.errors import IzsaError  # noqa: E402
from izsa_desktop.services import bundles_review as review  # noqa: E402
from izsa_desktop.services.bundles_dataset import export_dataset, import_dataset_file  # noqa: E402
from izsa_desktop.services.bundles_export import export_district_bundle  # noqa: E402
from izsa_desktop.services.bundles_import import import_file  # noqa: E402
from izsa_desktop.services.keys import KeyService  # noqa: E402
from izsa_desktop.services.projects import ProjectService  # noqa: E402


def test_revoke_then_undo_keeps_the_stolen_key_out(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    add_projects(bor, 1)
    export_district_bundle(bor, tmp_path / "b1.izsa", PASS)
    import_file(cen, tmp_path / "b1.izsa")
    stolen = KeyService(bor).private_key(PASS)
    thief = make_bundle(stolen, seq=2, content=BundleContent(
        records=(RecordChange(UUIDS[500], "bornova", 0, 0, project(500, title_tr="Sahte proje")),)))
    _pre, res = import_file(cen, thief)
    assert res is not None
    KeyService(cen).revoke("bornova")  # from seq 3: the theft is noticed
    review.undo_import(cen, res.bundle_id)
    assert UUIDS[500] not in {r.uuid for r in ProjectService(cen).summaries()}
    # the thief's bundle again, and another one with the freed seq: both refused
    for data in (thief, make_bundle(stolen, seq=2, content=BundleContent(
            records=(RecordChange(UUIDS[501], "bornova", 0, 0, project(501)),)))):
        with pytest.raises(IzsaError) as e:
            import_file(cen, data)
        assert e.value.code == "key_revoked"
    assert [(p.revoked_from_seq) for p in KeyService(cen).pinned()] == [2]


def test_central_rotating_twice_before_a_dataset(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    kar = district(tmp_path, "karsiyaka", cen)
    add_projects(bor, 1)
    export_district_bundle(bor, tmp_path / "b1.izsa", PASS)
    import_file(cen, tmp_path / "b1.izsa")
    export_dataset(cen, tmp_path / "ds1.izsa", PASS)
    import_dataset_file(kar, tmp_path / "ds1.izsa")  # karsiyaka has seen dataset 1; bornova has not
    ks = KeyService(cen)
    ks.rotate(PASS)
    ks.rotate(PASS)
    export_dataset(cen, tmp_path / "ds2.izsa", PASS)
    for ws in (bor, kar):
        import_dataset_file(ws, tmp_path / "ds2.izsa")
        assert len(ProjectService(ws).summaries()) == 1
    # one more rotation: districts that recorded the first two skip them in the (whole) chain
    ks.rotate(PASS)
    export_dataset(cen, tmp_path / "ds3.izsa", PASS)
    for ws in (bor, kar):
        import_dataset_file(ws, tmp_path / "ds3.izsa")
        pins = [(p.how, p.valid_from_seq, p.revoked_from_seq) for p in KeyService(ws).pinned()]
        assert [h for h, _v, r in pins if r is None] == ["rotated"] and len(pins) == 4


def test_district_rotating_twice_before_its_bundle_is_acknowledged(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    ids = add_projects(bor, 1)
    ks = KeyService(bor)
    ks.rotate(PASS)
    export_district_bundle(bor, tmp_path / "b1.izsa", PASS)
    import_file(cen, tmp_path / "b1.izsa")
    ks.rotate(PASS)  # no dataset came back yet: the next bundle carries both statements
    from test_bundle_helpers import edit

    edit(bor, ids[0], summary="yeni")
    export_district_bundle(bor, tmp_path / "b2.izsa", PASS)
    _pre, res = import_file(cen, tmp_path / "b2.izsa")
    assert res is not None and ProjectService(cen).get(ids[0]).project.summary == "yeni"
