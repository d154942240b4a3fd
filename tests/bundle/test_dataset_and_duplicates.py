"""District side of datasets, and the likely-duplicate detector."""

from __future__ import annotations

from datetime import date

from izsa_desktop.bundle import LocalRecord, RecordChange, find_likely_duplicates, plan_dataset_import
from izsa_desktop.core.model import RecordMeta

from .helpers import UUIDS, project

OWN = "bornova"


def central_rec(i: int, district: str = OWN, version: int = 5, **kw) -> RecordChange:
    return RecordChange(UUIDS[i], district, version, version, project(i, district, **kw))


def local(
    i: int, district: str = OWN, version: int = 3, edits: bool = False, exported: int | None = None, **kw
):
    origin = "local" if district == OWN else "central"
    meta = RecordMeta(version=version, base_version=version, local_edits=edits, origin=origin)
    return LocalRecord(UUIDS[i], district, project(i, district, **kw), meta, exported)


def plan(records, locals_, acks=None, reviews=()):
    return plan_dataset_import(
        records,
        {r.id: r for r in locals_},
        own_district=OWN,
        acks=acks or {},
        bundle_id="b1",
        reviews=reviews,
    )


def test_other_districts_become_read_only_copies():
    p = plan(
        [central_rec(1, "karsiyaka"), central_rec(2, "karsiyaka", version=7, status="completed")],
        [local(2, "karsiyaka", version=6)],
    )
    kinds = {e.id: e.kind for e in p.entries}
    assert kinds == {UUIDS[1]: "new_copy", UUIDS[2]: "update_copy"}
    for e in p.entries:
        assert e.after.meta.origin == "central" and not e.after.meta.local_edits
    assert p.entries[1].after.values["status"] == "completed" and p.entries[1].after.meta.version == 7


def test_own_records_fast_forward_only_without_pending_edits():
    p = plan(
        [central_rec(0, status="completed"), central_rec(1, status="completed")],
        [local(0), local(1, edits=True, title_tr="yerel düzeltme")],
    )
    e0, e1 = p.entries
    assert e0.kind == "fast_forward" and e0.after.values["status"] == "completed"
    assert e0.after.meta.base_version == 5 and e0.after.meta.origin == "local"
    assert e1.kind == "kept_local" and e1.after.values["title_tr"] == "yerel düzeltme"
    assert e1.after.meta.base_version == 3 and e1.after.meta.local_edits


def test_acknowledged_exports_no_longer_block_fast_forward():
    recs = [central_rec(0, status="completed")]
    assert plan(recs, [local(0, edits=True, exported=4)], acks={OWN: 3}).entries[0].kind == "kept_local"
    assert plan(recs, [local(0, edits=True, exported=4)], acks={OWN: 4}).entries[0].kind == "fast_forward"
    assert plan(recs, [local(0, edits=True, exported=None)], acks={OWN: 9}).entries[0].kind == "kept_local"


def test_review_state_travels_back_even_onto_pending_records():
    rec = central_rec(0, review_state="needs_changes", review_comment="Konum eksik")
    e = plan([rec], [local(0, edits=True)]).entries[0]
    assert e.kind == "kept_local"
    assert (e.after.values["review_state"], e.after.values["review_comment"]) == (
        "needs_changes",
        "Konum eksik",
    )
    rv = {"id": UUIDS[1], "version": 5, "review_state": "approved", "review_comment": ""}
    e = plan([], [local(1, edits=True)], reviews=[rv]).entries[0]
    assert e.kind == "review_only" and e.after.values["review_state"] == "approved"


def test_older_or_equal_versions_ignored_and_tombstones_delete_copies():
    p = plan(
        [central_rec(0, version=3), RecordChange(UUIDS[1], "karsiyaka", 8, 8, None, True, "mükerrer")],
        [local(0, version=3), local(1, "karsiyaka", version=6)],
    )
    assert [e.kind for e in p.entries] == ["unchanged", "deleted"]
    assert p.entries[1].after.meta.deleted


def _rec(i, district="bornova", title="Bisiklet yolu", lat=None, lon=None, start=None):
    return project(i, district, title_tr=title, lat=lat, lon=lon, start_date=start)


def test_duplicates_by_folded_title_in_same_district():
    recs = [
        _rec(0, title="Çiğli Kıyı Parkı Projesi"),
        _rec(1, title="CIGLI KIYI PARKI PROJESİ."),
        _rec(2, title="Çiğli Kıyı Parkı Projes"),
        _rec(3, "karsiyaka", title="Çiğli Kıyı Parkı Projesi"),
        _rec(4, title="Tamamen başka bir proje"),
    ]
    pairs = {(p.first_id, p.second_id, p.reason) for p in find_likely_duplicates(recs)}
    assert pairs == {
        (UUIDS[0], UUIDS[1], "title"),
        (UUIDS[0], UUIDS[2], "title"),
        (UUIDS[1], UUIDS[2], "title"),
    }


def test_duplicates_by_close_point_and_same_start_date():
    d = date(2024, 5, 1).isoformat()
    recs = [
        _rec(0, title="Okul bahçesi", lat=38.4600, lon=27.2100, start=d),
        _rec(1, "karsiyaka", title="Bahçe okul projesi", lat=38.4602, lon=27.2101, start=d),  # ~24 m
        _rec(2, title="Yeşil çatı", lat=38.4600, lon=27.2200, start=d),  # ~870 m
        _rec(3, title="Güneş paneli", lat=38.4600, lon=27.2100, start="2024-05-02"),
    ]
    assert [(p.first_id, p.second_id, p.reason) for p in find_likely_duplicates(recs)] == [
        (UUIDS[0], UUIDS[1], "place_and_date")
    ]


def test_duplicates_only_reported_when_a_new_record_is_involved():
    old = [_rec(0, title="Aynı başlık"), _rec(1, title="Aynı başlık")]
    assert find_likely_duplicates([], old) == []
    new = [_rec(2, title="Aynı Başlık")]
    assert {(p.first_id, p.second_id) for p in find_likely_duplicates(new, old)} == {
        (UUIDS[0], UUIDS[2]),
        (UUIDS[1], UUIDS[2]),
    }
