"""Repository behaviour on real SQLite files: audit in the same transaction, tombstones, search."""

from datetime import date

import pytest
from sqlalchemy import func, select

from izsa_desktop.core.model import Project, RecordMeta
from izsa_desktop.store.models import Audit
from izsa_desktop.store.projects import ProjectRepo


def make(title="Çatı Bahçesi", **kw):
    return Project(district="konak", title_tr=title, start_date=date(2023, 1, 1), **kw)


def test_update_writes_one_audit_row_per_changed_field(central_ws):
    p = make()
    with central_ws.session() as s, s.begin():
        ProjectRepo(s).add(p, RecordMeta(), "Ayşe", "test")
    p.title_tr, p.status, p.sdg_goals = "Çatı Bahçeleri", "ongoing", [11]
    with central_ws.session() as s, s.begin():
        changes = ProjectRepo(s).update(p, "Mehmet", "form")
    assert {c.field for c in changes} == {"title_tr", "status", "sdg_goals"}
    with central_ws.session() as s:
        rows = ProjectRepo(s).history(p.id)
    assert [(r.action, r.field) for r in rows][0] == ("create", "")
    upd = {r.field: (r.old, r.new, r.user) for r in rows if r.action == "update"}
    assert upd["title_tr"] == ('"Çatı Bahçesi"', '"Çatı Bahçeleri"', "Mehmet")
    assert upd["sdg_goals"] == ("[]", "[11]", "Mehmet")


def test_audit_rolls_back_with_the_change(central_ws):
    p = make()
    with central_ws.session() as s, s.begin():
        ProjectRepo(s).add(p, RecordMeta(), "Ayşe", "test")
    p.title_tr = "Değişti"
    with pytest.raises(RuntimeError), central_ws.session() as s, s.begin():
        ProjectRepo(s).update(p, "Ayşe", "form")
        raise RuntimeError("crash before commit")
    with central_ws.session() as s:
        assert ProjectRepo(s).get(p.id).project.title_tr == "Çatı Bahçesi"
        n = s.scalar(select(func.count()).select_from(Audit).where(Audit.action == "update"))
    assert n == 0


def test_tombstone_and_restore(central_ws):
    p = make()
    with central_ws.session() as s, s.begin():
        repo = ProjectRepo(s)
        repo.add(p, RecordMeta(), "Ayşe", "test")
        repo.set_deleted(p.id, True, "yanlış kayıt", "Ayşe", "form")
    with central_ws.session() as s:
        repo = ProjectRepo(s)
        stored = repo.get(p.id)
        assert stored.meta.deleted and stored.meta.deleted_reason == "yanlış kayıt"
        assert repo.search("çatı") == []  # deleted projects are not found by search
        assert [r.uuid for r in repo.summaries(include_deleted=False)] == []
        assert [r.deleted for r in repo.summaries()] == [True]
    with central_ws.session() as s, s.begin():
        ProjectRepo(s).set_deleted(p.id, False, "", "Ayşe", "form")
    with central_ws.session() as s:
        assert ProjectRepo(s).search("cati") == [p.id]
        actions = [r.action for r in ProjectRepo(s).history(p.id)]
    assert actions == ["create", "delete", "restore"]


@pytest.mark.parametrize(
    "query,title",
    [
        ("izmir", "İZMİR KIYI TEMİZLİĞİ"),
        ("cesme", "Çeşme Yağmur Suyu Hasadı"),
        ("ISIK", "Işık Mahallesi Bostanı"),
        ("ışık", "IŞIKLAR SOKAK AYDINLATMASI"),
        ("güneş enerji", "Gunes Enerjili Okullar"),
        ("yagmur suy", "Çeşme Yağmur Suyu Hasadı"),
    ],
)
def test_search_is_turkish_correct_and_accent_insensitive(central_ws, query, title):
    titles = ["İZMİR KIYI TEMİZLİĞİ", "Çeşme Yağmur Suyu Hasadı", "Işık Mahallesi Bostanı",
              "IŞIKLAR SOKAK AYDINLATMASI", "Gunes Enerjili Okullar", "Bisiklet Yolu"]
    ids = {}
    with central_ws.session() as s, s.begin():
        repo = ProjectRepo(s)
        for t in titles:
            p = make(t)
            ids[t] = p.id
            repo.add(p, RecordMeta(), "x", "test")
    with central_ws.session() as s:
        found = ProjectRepo(s).search(query)
    assert ids[title] in found
    assert ids["Bisiklet Yolu"] not in found


def test_tags_follow_edits(central_ws):
    p = make(sdg_goals=[3, 11], sdg_primary=3, who_themes=["people"])
    with central_ws.session() as s, s.begin():
        ProjectRepo(s).add(p, RecordMeta(), "x", "t")
    p.sdg_goals, p.sdg_primary = [11], 11
    with central_ws.session() as s, s.begin():
        ProjectRepo(s).update(p, "x", "t")
    with central_ws.engine.connect() as c:
        tags = set(c.exec_driver_sql("SELECT kind, value FROM project_tag").fetchall())
    assert tags == {("goal", "11"), ("primary", "11"), ("theme", "people")}


def test_summaries_share_repeated_values_and_carry_word_start_search_text(central_ws):
    with central_ws.session() as s, s.begin():
        repo = ProjectRepo(s)
        for title in ("Zeytin Hasadı", "Atık Pil", "Kent Ormanı"):
            repo.add(make(title, sdg_goals=[11, 13], status="ongoing"), RecordMeta(), "Ayşe", "test")
    with central_ws.session() as s:
        rows = ProjectRepo(s).summaries()
    assert [r.title_tr for r in rows] == ["Atık Pil", "Kent Ormanı", "Zeytin Hasadı"]  # title order
    assert rows[0].sdg_goals == (11, 13)
    # one object per distinct value (the list holds 100k of these)
    assert rows[0].sdg_goals is rows[1].sdg_goals is rows[2].sdg_goals
    assert rows[0].district is rows[2].district and rows[0].status is rows[2].status
    assert rows[0].start_date is rows[1].start_date == "2023-01-01"
    # " " + folded words, so " word" matches exactly the words starting with "word"
    assert rows[0].search_text.startswith(" atik pil")
