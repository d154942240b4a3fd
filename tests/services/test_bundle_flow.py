"""End to end with real SQLite files and real signatures: district -> central -> dataset -> district."""

from __future__ import annotations

import pytest
from test_bundle_helpers import PASS, add_projects, central, district, edit

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.services import bundles_review as review
from izsa_desktop.services.bundles_dataset import export_dataset, import_dataset_file
from izsa_desktop.services.bundles_export import export_district_bundle
from izsa_desktop.services.bundles_import import db_content_hash, import_file
from izsa_desktop.services.keys import KeyService
from izsa_desktop.services.projects import ProjectService


def test_round_trip_with_review_feedback(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    kar = district(tmp_path, "karsiyaka", cen)
    ids = add_projects(bor, 4, seed=1)
    add_projects(kar, 2, seed=2)
    for ws, name in ((bor, "b1"), (kar, "k1")):
        r = export_district_bundle(ws, tmp_path / f"{name}.izsa", PASS)
        assert r.seq == 1
        pre, res = import_file(cen, tmp_path / f"{name}.izsa")
        assert res is not None and pre.counts()["new"] == r.records
    assert len(ProjectService(cen).summaries()) == 6
    review.set_review(cen, ids[0], "needs_changes", "Bütçe eksik")
    export_dataset(cen, tmp_path / "ds.izsa", PASS)
    pre, _ = import_dataset_file(bor, tmp_path / "ds.izsa")
    rows = {s.uuid: s for s in ProjectService(bor).summaries()}
    assert len(rows) == 6
    assert {s.origin for s in rows.values() if s.district == "karsiyaka"} == {"central"}
    got = ProjectService(bor).get(ids[0])
    assert got.project.review_comment == "Bütçe eksik" and got.meta.local_edits is False
    # acknowledged: nothing pending any more
    assert export_district_bundle(bor, tmp_path / "b2.izsa", PASS).records == 0
    # other districts' copies are read-only
    with pytest.raises(IzsaError) as e:
        edit(bor, next(i for i, s in rows.items() if s.district == "karsiyaka"), title_tr="x")
    assert e.value.code == "project_read_only"


def test_reimport_is_a_noop_and_replay_and_equivocation_refused(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    ids = add_projects(bor, 3)
    export_district_bundle(bor, tmp_path / "b1.izsa", PASS)
    edit(bor, ids[0], title_tr="Yeni başlık")
    export_district_bundle(bor, tmp_path / "b2.izsa", PASS)
    import_file(cen, tmp_path / "b2.izsa")
    h = db_content_hash(cen)
    pre, res = import_file(cen, tmp_path / "b2.izsa")
    assert pre.already_imported and res is None and db_content_hash(cen) == h
    with pytest.raises(IzsaError) as e:
        import_file(cen, tmp_path / "b1.izsa")
    assert e.value.code == "bundle_replayed" and db_content_hash(cen) == h
    # a restored backup of the district re-uses seq 2 with other content: equivocation
    bor2 = district(tmp_path / "..", "bornova") if False else None
    assert bor2 is None
    from izsa_desktop.store.meta import write_meta

    with bor.session() as s, s.begin():
        write_meta(s, bundle_seq="1")
    edit(bor, ids[1], title_tr="Başka")
    export_district_bundle(bor, tmp_path / "b2x.izsa", PASS)
    with pytest.raises(IzsaError) as e:
        import_file(cen, tmp_path / "b2x.izsa")
    assert e.value.code == "bundle_equivocation" and db_content_hash(cen) == h


def test_keys_unknown_fingerprint_revoked_rotated(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova")  # not registered
    add_projects(bor, 1)
    export_district_bundle(bor, tmp_path / "b1.izsa", PASS)
    with pytest.raises(IzsaError) as e:
        import_file(cen, tmp_path / "b1.izsa")
    assert e.value.code == "key_unknown"
    ks = KeyService(bor)
    with pytest.raises(IzsaError) as e:
        KeyService(cen).register("bornova", ks.export_public(), "AAAA BBBB CCCC DDDD")
    assert e.value.code == "key_fingerprint_mismatch"
    KeyService(cen).register("bornova", ks.export_public(), ks.info().fingerprint.lower())
    import_file(cen, tmp_path / "b1.izsa")
    # rotation: the statement travels in the next bundle and is accepted
    old_fp = ks.info().fingerprint
    assert ks.rotate(PASS).fingerprint != old_fp
    add_projects(bor, 1, seed=5)
    export_district_bundle(bor, tmp_path / "b2.izsa", PASS)
    _, res = import_file(cen, tmp_path / "b2.izsa")
    assert res is not None and res.op.keys
    pins = [(p.how, p.revoked_from_seq) for p in KeyService(cen).pinned()]
    assert pins == [("registered", 2), ("rotated", None)]
    # revocation from the next seq: the next bundle is refused
    KeyService(cen).revoke("bornova")
    add_projects(bor, 1, seed=6)
    export_district_bundle(bor, tmp_path / "b3.izsa", PASS)
    with pytest.raises(IzsaError) as e:
        import_file(cen, tmp_path / "b3.izsa")
    assert e.value.code == "key_revoked"


def test_wrong_passphrase_and_training_policy(tmp_path):
    cen = central(tmp_path)
    tr = district(tmp_path, "bornova", cen, training=True)
    add_projects(tr, 1)
    with pytest.raises(IzsaError) as e:
        export_district_bundle(tr, tmp_path / "t.izsa", "wrong")
    assert e.value.code == "wrong_passphrase" and not (tmp_path / "t.izsa").exists()
    export_district_bundle(tr, tmp_path / "t.izsa", PASS)
    with pytest.raises(IzsaError) as e:
        import_file(cen, tmp_path / "t.izsa")
    assert e.value.code == "bundle_training_refused"
    _, res = import_file(cen, tmp_path / "t.izsa", allow_training=True)
    assert res is not None


def test_update_vs_delete_conflict_resolution_and_no_resurrection(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    ids = add_projects(bor, 2)
    export_district_bundle(bor, tmp_path / "b1.izsa", PASS)
    import_file(cen, tmp_path / "b1.izsa")
    export_dataset(cen, tmp_path / "ds1.izsa", PASS)
    import_dataset_file(bor, tmp_path / "ds1.izsa")
    # central edits, district deletes the same record: update-vs-delete conflict, record kept
    edit(cen, ids[0], summary="merkez düzeltti")
    ProjectService(bor).delete(ids[0], "yanlış kayıt")
    ProjectService(bor).delete(ids[1], "mükerrer")
    export_district_bundle(bor, tmp_path / "b2.izsa", PASS)
    pre, _ = import_file(cen, tmp_path / "b2.izsa")
    assert pre.counts()["conflicting"] == 1 and pre.counts()["deleted"] == 1
    conf = review.list_conflicts(cen)
    assert [(c.record_id, c.field) for c in conf] == [(ids[0], "(deleted)")]
    assert ProjectService(cen).get(ids[0]).meta.deleted is False
    review.resolve_conflict(cen, conf[0].id, "incoming", user="ayse")
    assert ProjectService(cen).get(ids[0]).meta.deleted is True
    assert review.list_conflicts(cen) == []
    done = review.list_conflicts(cen, state="resolved")
    assert done[0].decided_by == "ayse"
    hist = ProjectService(cen).history(ids[0])
    assert any(a.action == "conflict_resolved" and a.user == "ayse" for a in hist)
    # an old district bundle (seq 1, with the live record) never resurrects the delete
    with pytest.raises(IzsaError):
        import_file(cen, tmp_path / "b1.izsa")
    assert ProjectService(cen).get(ids[1]).meta.deleted is True


def test_field_conflict_take_edit_and_undo(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    ids = add_projects(bor, 2)
    export_district_bundle(bor, tmp_path / "b1.izsa", PASS)
    import_file(cen, tmp_path / "b1.izsa")
    export_dataset(cen, tmp_path / "ds1.izsa", PASS)
    import_dataset_file(bor, tmp_path / "ds1.izsa")
    edit(cen, ids[0], title_tr="Merkez başlığı")
    edit(bor, ids[0], title_tr="İlçe başlığı", summary="ilçe özeti")
    export_district_bundle(bor, tmp_path / "b2.izsa", PASS)
    before = db_content_hash(cen)
    pre, res = import_file(cen, tmp_path / "b2.izsa")
    e = pre.plan.entries[0]
    assert e.kind == "conflicting" and [c.field for c in e.conflicts] == ["title_tr"]
    got = ProjectService(cen).get(ids[0]).project
    assert got.summary == "ilçe özeti"  # the non-conflicting field merged
    # undo the whole import: exactly the state before
    review.undo_import(cen, res.bundle_id)
    assert ProjectService(cen).get(ids[0]).project.title_tr == "Merkez başlığı"
    assert review.list_conflicts(cen) == []
    # re-import after undo, then resolve by editing
    import_file(cen, tmp_path / "b2.izsa")
    c = review.list_conflicts(cen)[0]
    review.resolve_conflict(cen, c.id, "edit", "Ortak başlık", user="mehmet")
    assert ProjectService(cen).get(ids[0]).project.title_tr == "Ortak başlık"
    assert before != db_content_hash(cen)
    # undo refused once later work touched the records
    seen_id = res.bundle_id
    with pytest.raises(IzsaError):
        review.undo_import(cen, seen_id)


def test_no_personal_data_keeps_central_contacts(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    ids = add_projects(bor, 1)
    edit(bor, ids[0], contact_name="Ayşe Yılmaz")
    export_district_bundle(bor, tmp_path / "b1.izsa", PASS)
    import_file(cen, tmp_path / "b1.izsa")
    edit(bor, ids[0], summary="yeni özet")
    r = export_district_bundle(bor, tmp_path / "b2.izsa", PASS, personal_data=False)
    assert b"Ay\xc5\x9fe" not in (tmp_path / "b2.izsa").read_bytes() and not r.personal_data
    import_file(cen, tmp_path / "b2.izsa")
    got = ProjectService(cen).get(ids[0]).project
    assert got.contact_name == "Ayşe Yılmaz" and got.summary == "yeni özet"
