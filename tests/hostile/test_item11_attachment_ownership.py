"""Item 11: attachments ignored ownership. A district bundle may attach files only to the live records it
carries as its own: a file on any other record is refused (``bundle_attachment_foreign`` naming line and
record); a file on a record central refuses (another district's, ``record_foreign``) is not stored; the
files an import adds are counted in the preview, audited, and removed by undo."""

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
