"""Red team, finding 1 (HIGH): taking over another district's records by reusing their ids.

Karşıyaka exports a bundle; bundles are signed, not encrypted, so Bornova (a registered district key)
reads it before central imports it, signs the same record ids as its own with its own titles and gets
to central first. Before the fix central quietly rejected Karşıyaka's real records (``record_foreign``)
and Karşıyaka's next dataset import turned its OWN local records into read-only copies attributed to
Bornova, with Bornova's titles.

Now: central shows and stores an alarm naming both claims (``ImportPreview.id_claims``, audit
``id_claim_alarm``, ``list_id_claims``; the preview dialog shows it); the district refuses to let a dataset
re-attribute one of its own records (``refused_foreign``: nothing written, alarm in the dataset summary,
audited ``dataset_refused``), keeps its values and pending edits, so its next bundle claims the ids again.
Real SQLite files, real keys and signatures."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bundle.helpers import UUIDS, make_bundle, project  # noqa: E402
from test_bundle_helpers import PASS, add_projects, central, district  # noqa: E402

from izsa_desktop.bundle import BundleContent, RecordChange  # noqa: E402
from izsa_desktop.bundle.dataset import LocalRecord, plan_dataset_import  # noqa: E402
from izsa_desktop.core.model import RecordMeta  # noqa: E402
from izsa_desktop.services.bundles_dataset import export_dataset, prepare_dataset_import  # noqa: E402
from izsa_desktop.services.bundles_export import export_district_bundle  # noqa: E402
from izsa_desktop.services.bundles_import import import_file, prepare_import, verify_file  # noqa: E402
from izsa_desktop.services.keys import KeyService  # noqa: E402
from izsa_desktop.services.projects import ProjectService  # noqa: E402
from izsa_desktop.store.models import Audit  # noqa: E402


def _race(tmp_path):  # type: ignore[no-untyped-def]
    """Karşıyaka's bundle with 2 new projects; Bornova's bundle stealing their ids, imported first."""
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    kar = district(tmp_path, "karsiyaka", cen)
    ids = add_projects(kar, 2, seed=42)
    originals = {u: ProjectService(kar).get(u).project.title_tr for u in ids}  # type: ignore[union-attr]
    export_district_bundle(kar, tmp_path / "kar.izsa", PASS)
    seen = verify_file(cen, tmp_path / "kar.izsa")  # anyone can read a bundle: signed, not encrypted
    stolen = tuple(RecordChange(r.id, "bornova", 0, 0,
                                dict(r.values, district="bornova", title_tr="Bornova: " + r.values["title_tr"]))
                   for r in seen.content.records if r.id in ids)
    stolen += (RecordChange(UUIDS[50], "bornova", 0, 0, project(50, "bornova")),)  # and one of its own
    (tmp_path / "bor.izsa").write_bytes(make_bundle(KeyService(bor).private_key(PASS), seq=1, district="bornova",
                                                    content=BundleContent(records=stolen)))
    first, _ = import_file(cen, tmp_path / "bor.izsa")
    assert first.counts()["new"] == 3
    return cen, bor, kar, ids, originals


def _audits(ws, action: str) -> list[Audit]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    with ws.session() as s:
        return list(s.scalars(select(Audit).where(Audit.action == action).order_by(Audit.id)))


def test_central_raises_and_stores_an_alarm_with_both_claims(tmp_path):
    cen, _bor, _kar, ids, originals = _race(tmp_path)
    pre = prepare_import(cen, tmp_path / "kar.izsa")
    assert pre.counts()["rejected"] == 2 and pre.counts()["id_claims"] == 2
    claims = {c.id: c for c in pre.id_claims}
    assert set(claims) == set(ids)
    for u in ids:
        c = claims[u]
        assert (c.holder, c.claimant) == ("bornova", "karsiyaka")
        assert c.claimant_title == originals[u] and c.holder_title == "Bornova: " + originals[u]
        assert c.holder_bundle  # which bundle brought the earlier claim (what to undo if it is the theft)
    from izsa_desktop.services.bundles_apply import apply_import
    from izsa_desktop.services.bundles_import import list_id_claims

    apply_import(cen, pre)
    stored = {a.project_uuid: a for a in _audits(cen, "id_claim_alarm") if a.project_uuid}
    assert set(stored) == set(ids)
    for u in ids:
        old, new = json.loads(stored[u].old), json.loads(stored[u].new)
        assert old["district"] == "bornova" and old["title_tr"] == "Bornova: " + originals[u]
        assert new["district"] == "karsiyaka" and new["values"]["title_tr"] == originals[u]
    summary = [a for a in _audits(cen, "id_claim_alarm") if not a.project_uuid]
    assert len(summary) == 1 and "bornova" in json.loads(summary[0].new)
    listed = list_id_claims(cen)
    assert {x["id"] for x in listed} == set(ids)
    assert all(x["holder"]["district"] == "bornova" and x["claimant"]["district"] == "karsiyaka" for x in listed)
    # central favours no one silently: the earlier claim is still there, marked in its own history
    hist = ProjectService(cen).history(ids[0])
    assert any(a.action == "id_claim_alarm" for a in hist)


def test_preview_dialog_shows_the_alarm(tmp_path, qtbot):
    from izsa_desktop.ui.bundles.preview import ImportPreviewDialog

    cen, _bor, _kar, ids, _originals = _race(tmp_path)
    pre = prepare_import(cen, tmp_path / "kar.izsa")
    dlg = ImportPreviewDialog(pre)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(dlg.isVisible)
    assert dlg.alarm.isVisible() and "ALARM" in dlg.alarm.text() and "Bornova" in dlg.alarm.text()
    row = next(i for i, e in enumerate(dlg.entries) if e.id == ids[0])
    dlg.show_entry(row)
    cells = [dlg.diff.item(r, 0).text() for r in range(dlg.diff.rowCount()) if dlg.diff.item(r, 0)]
    assert "Registered to" in cells and "Claimed by" in cells


def test_district_never_hands_its_own_records_to_another_district(tmp_path, qapp):
    cen, _bor, kar, ids, originals = _race(tmp_path)
    import_file(cen, tmp_path / "kar.izsa")  # central: alarm, Karşıyaka's two records not imported
    export_dataset(cen, tmp_path / "ds.izsa", PASS)
    pre = prepare_dataset_import(kar, tmp_path / "ds.izsa")
    refused = {e.id: e for e in pre.plan.refused}
    assert set(refused) == set(ids) and all(e.claimed_by == "bornova" for e in refused.values())
    from izsa_desktop.ui.bundles.preview import dataset_summary

    text, alarm = dataset_summary(pre)
    assert alarm and "ALARM" in text and "Bornova" in text
    from izsa_desktop.services.bundles_dataset import apply_dataset_import

    apply_dataset_import(kar, pre)
    svc = ProjectService(kar)
    for u in ids:
        st = svc.get(u)
        assert st is not None
        assert (st.project.district, st.meta.origin, st.project.title_tr) == ("karsiyaka", "local", originals[u])
        assert st.meta.local_edits  # still pending: the next bundle claims the id again
    assert {a.project_uuid for a in _audits(kar, "dataset_refused")} == set(ids)
    assert len(_audits(kar, "id_claim_alarm")) == 1
    # the rest of the dataset applied (Bornova's own records arrived as copies)
    assert pre.plan.counts().get("new_copy", 0) >= 1
    # Karşıyaka's next bundle still carries its records, and central raises the alarm again
    export_district_bundle(kar, tmp_path / "kar2.izsa", PASS)
    again = prepare_import(cen, tmp_path / "kar2.izsa")
    assert {c.id for c in again.id_claims} == set(ids)


def test_plan_refuses_live_records_tombstones_and_reviews_of_another_claim():
    own = LocalRecord(UUIDS[1], "karsiyaka", project(1, "karsiyaka"), RecordMeta(version=0, origin="local"))
    acked = LocalRecord(UUIDS[2], "karsiyaka", project(2, "karsiyaka"),
                        RecordMeta(version=3, base_version=3, local_edits=False, origin="local"))
    copy = LocalRecord(UUIDS[3], "bornova", project(3, "bornova"),
                       RecordMeta(version=1, base_version=1, local_edits=False, origin="central"))
    records = [
        RecordChange(UUIDS[1], "bornova", 5, 5, project(1, "bornova", title_tr="Bornova'nın")),
        RecordChange(UUIDS[2], "bornova", 9, 9, None, True, "silindi"),  # a tombstone re-attributing it
        RecordChange(UUIDS[3], "bornova", 2, 2, project(3, "bornova", title_tr="yeni")),  # ordinary copy update
    ]
    reviews = [{"id": UUIDS[1], "version": 5, "review_state": "approved", "review_comment": "ok"}]
    plan = plan_dataset_import(records, {r.id: r for r in (own, acked, copy)}, own_district="karsiyaka",
                               acks={"karsiyaka": 7}, reviews=reviews)
    kinds = {e.id: e.kind for e in plan.entries}
    assert kinds == {UUIDS[1]: "refused_foreign", UUIDS[2]: "refused_foreign", UUIDS[3]: "update_copy"}
    assert all(e.after is None for e in plan.refused)
