"""Item 11: attachments ignored ownership. A district bundle may attach files only to the live records it
carries as its own: a file on any other record is refused (``bundle_attachment_foreign`` naming line and
record); a file on a record central refuses (another district's, ``record_foreign``) is not stored; the
files an import adds are counted in the preview, audited, and removed by undo.

Second half (migration 0005): attachments belong to (project, hash). The bytes are stored once
(``attachment_blob``), each project has its own link (``attachment``: owner district, adding bundle), so a
district that stored a file first cannot make another district's copy be dropped; undo removes only the
links its bundle added, and the bytes only with their last link."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bundle.helpers import UUIDS, make_bundle, project  # noqa: E402
from test_bundle_helpers import PASS, add_projects, central, district  # noqa: E402

from izsa_desktop.bundle import Attachment, BundleContent, RecordChange  # noqa: E402
from izsa_desktop.core.errors import IzsaError  # noqa: E402
from izsa_desktop.core.model import project_to_dict  # noqa: E402
from izsa_desktop.services import bundles_review as review  # noqa: E402
from izsa_desktop.services.bundles_export import export_district_bundle  # noqa: E402
from izsa_desktop.services.bundles_import import db_content_hash, import_file, prepare_import  # noqa: E402
from izsa_desktop.services.keys import KeyService  # noqa: E402
from izsa_desktop.services.projects import ProjectService  # noqa: E402

DATA = b"%PDF-1.4 kanit"
SHA = hashlib.sha256(DATA).hexdigest()


def _att(record_id: str) -> Attachment:
    return Attachment(SHA, record_id, "kanit.pdf", "application/pdf", True, DATA)


def _attachments(ws):
    from sqlalchemy import text

    with ws.engine.connect() as c:
        return [tuple(r) for r in c.execute(text("SELECT sha256, project_uuid FROM attachment"))]


def _world(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    kar = district(tmp_path, "karsiyaka", cen)
    (kid,) = add_projects(kar, 1, seed=2)
    export_district_bundle(kar, tmp_path / "k1.izsa", PASS)
    import_file(cen, tmp_path / "k1.izsa")
    return cen, KeyService(bor).private_key(PASS), kid


def test_file_on_a_record_the_bundle_does_not_carry_is_refused(tmp_path):
    cen, key, kid = _world(tmp_path)
    own = RecordChange(UUIDS[600], "bornova", 0, 0, project(600))
    before = db_content_hash(cen)
    with pytest.raises(IzsaError) as e:
        import_file(cen, make_bundle(key, seq=1, content=BundleContent(records=(own,), attachments=(_att(kid),))))
    assert e.value.code == "bundle_attachment_foreign"
    assert (e.value.params["entry"], e.value.params["line"], e.value.params["id"]) == ("attachments.jsonl", 1, kid)
    assert db_content_hash(cen) == before and _attachments(cen) == []


def test_file_on_another_districts_record_dressed_as_own_is_not_stored(tmp_path):
    cen, key, kid = _world(tmp_path)
    forged = RecordChange(kid, "bornova", 0, 0, project(601) | {"id": kid})
    pre, res = import_file(cen, make_bundle(key, seq=1, content=BundleContent(records=(forged,),
                                                                              attachments=(_att(kid),))))
    assert [e.kind for e in pre.plan.entries] == ["rejected"]
    assert _attachments(cen) == []  # was stored on karsiyaka's project
    assert pre.counts().get("attachments") == 0


def test_own_file_is_previewed_audited_and_undone(tmp_path):
    cen, key, _kid = _world(tmp_path)
    own = RecordChange(UUIDS[602], "bornova", 0, 0, project(602))
    data = make_bundle(key, seq=1, content=BundleContent(records=(own,), attachments=(_att(UUIDS[602]),)))
    pre = prepare_import(cen, data)
    assert pre.counts().get("attachments") == 1  # was: no preview line
    _pre, res = import_file(cen, data)
    assert _attachments(cen) == [(SHA, UUIDS[602])]
    hist = ProjectService(cen).history(UUIDS[602])
    assert [h.action for h in hist if h.field == "attachment"] == ["attachment_added"]
    review.undo_import(cen, res.bundle_id)
    assert _attachments(cen) == []



def _blobs(ws):
    from sqlalchemy import text

    with ws.engine.connect() as c:
        return [tuple(r) for r in c.execute(text("SELECT sha256, data FROM attachment_blob ORDER BY 1"))]


def _links(ws):
    from sqlalchemy import text

    with ws.engine.connect() as c:
        return sorted(tuple(r) for r in c.execute(text("SELECT project_uuid, sha256, owner, source FROM attachment")))


def _two_districts(tmp_path):
    """Central with bornova and karşıyaka registered; karşıyaka's project ``kid`` imported. Returns
    (central, bornova key, karşıyaka key, kid, karşıyaka's next cumulative change of kid)."""
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    kar = district(tmp_path, "karsiyaka", cen)
    (kid,) = add_projects(kar, 1, seed=2)
    export_district_bundle(kar, tmp_path / "k1.izsa", PASS)
    import_file(cen, tmp_path / "k1.izsa")
    values = project_to_dict(ProjectService(kar).get(kid).project)
    return (cen, KeyService(bor).private_key(PASS), KeyService(kar).private_key(PASS), kid,
            RecordChange(kid, "karsiyaka", 0, 0, values))


def _bundle(key, seq, district, rec, att_on):
    return make_bundle(key, seq=seq, district=district,
                       content=BundleContent(records=(rec,), attachments=(_att(att_on),)))


def test_pre_registered_file_does_not_drop_another_districts_copy(tmp_path):
    """District A (karşıyaka) imports a file on its project first; district B's (bornova's) bundle carries
    the same bytes on B's own project: B's project has it too (was: dropped, the hash was taken)."""
    cen, bkey, kkey, kid, krec = _two_districts(tmp_path)
    a = import_file(cen, _bundle(kkey, 2, "karsiyaka", krec, kid))[1]
    own = RecordChange(UUIDS[603], "bornova", 0, 0, project(603))
    pre, b = import_file(cen, _bundle(bkey, 1, "bornova", own, UUIDS[603]))
    assert pre.counts().get("attachments") == 1  # was 0: the preview already dropped it
    assert _links(cen) == sorted([(kid, SHA, "karsiyaka", a.bundle_id), (UUIDS[603], SHA, "bornova", b.bundle_id)])
    assert _blobs(cen) == [(SHA, DATA)]  # the contents are stored once
    hist = ProjectService(cen).history(UUIDS[603])
    assert [h.action for h in hist if h.field == "attachment"] == ["attachment_added"]
    # each district's undo removes only the links its bundle added; the contents go with the last link
    review.undo_import(cen, b.bundle_id)
    assert _links(cen) == [(kid, SHA, "karsiyaka", a.bundle_id)] and _blobs(cen) == [(SHA, DATA)]
    b2 = import_file(cen, _bundle(bkey, 1, "bornova", own, UUIDS[603]))[1]
    review.undo_import(cen, a.bundle_id)
    assert _links(cen) == [(UUIDS[603], SHA, "bornova", b2.bundle_id)] and _blobs(cen) == [(SHA, DATA)]
    review.undo_import(cen, b2.bundle_id)
    assert _links(cen) == [] and _blobs(cen) == []


def test_file_pre_registered_by_another_district_stays_its_own(tmp_path):
    """B (bornova) stores the bytes first on its own project; A's bundle then carries the same file on
    A's project: A gets its own link (owner karşıyaka), and undoing B's bundle leaves A's file in place;
    a re-import of A's bundle content adds nothing twice."""
    cen, bkey, kkey, kid, krec = _two_districts(tmp_path)
    own = RecordChange(UUIDS[604], "bornova", 0, 0, project(604))
    b = import_file(cen, _bundle(bkey, 1, "bornova", own, UUIDS[604]))[1]
    pre, a = import_file(cen, _bundle(kkey, 2, "karsiyaka", krec, kid))
    assert [x.record_id for x in pre.attachments] == [kid]
    pre3, _a3 = import_file(cen, _bundle(kkey, 3, "karsiyaka", krec, kid))  # cumulative: carried again
    assert pre3.attachments == ()
    review.undo_import(cen, b.bundle_id)
    assert _links(cen) == [(kid, SHA, "karsiyaka", a.bundle_id)] and _blobs(cen) == [(SHA, DATA)]


def test_same_file_on_two_own_projects_travels_and_is_stored_for_both(tmp_path):
    """A district with the same document on two of its projects: its ordinary export carries one copy of
    the bytes and a row per project; central stores one blob and both links (was: one link dropped)."""
    from izsa_desktop.store.bundle_repo import add_attachment_links

    cen = central(tmp_path)
    kar = district(tmp_path, "karsiyaka", cen)
    k1, k2 = add_projects(kar, 2, seed=3)
    with kar.session() as s, s.begin():
        add_attachment_links(s, [(k, SHA, "kanit.pdf", "application/pdf", True, DATA) for k in (k1, k2)],
                             "karsiyaka", "")
    exp = export_district_bundle(kar, tmp_path / "k.izsa", PASS)
    data = (tmp_path / "k.izsa").read_bytes()
    assert data.count(DATA) == 1 and exp is not None
    pre, res = import_file(cen, tmp_path / "k.izsa")
    assert pre.counts().get("attachments") == 2
    assert _links(cen) == sorted([(k1, SHA, "karsiyaka", res.bundle_id), (k2, SHA, "karsiyaka", res.bundle_id)])
    assert _blobs(cen) == [(SHA, DATA)]
