"""Issue 12, point 3: one search rule (core.text) for the list, the full-text search (SQLite FTS5 and
PostgreSQL: ``ProjectService.search``) and the export's --search (``select_projects``): the three return
the same set for a table of awkward queries. tests/pg/test_search_rule_pg.py runs this on PostgreSQL.

Before the rule was shared, the export matched any substring ("ati" found "katı", "cam" found "camii"),
the FTS path knew no suffixes or glossary ("gunes enerjisi" missed "Güneş Enerji Santrali", "ges" missed
it too) and the list used yet another rule.
"""

from __future__ import annotations

from datetime import date

from izsa_desktop.services.export import ExportQuery, select_projects
from izsa_desktop.services.projects import ProjectService
from izsa_desktop.ui.project_model import ProjectTableModel
from izsa_desktop.ui.project_proxy import Filter, ProjectFilterProxy

RECORDS = [  # (title, purpose, responsible unit, neighbourhood)
    ("Güneş Enerji Santrali", "Belediye binalarının elektriği", "Fen İşleri Müdürlüğü", ""),
    ("Çatı GES kurulumu", "Okul çatılarına panel", "Enerji Yönetimi Müdürlüğü", ""),
    ("Atık Getirme Merkezi", "Ambalaj atığı ayrıştırma", "İklim Değişikliği ve Sıfır Atık Müdürlüğü", ""),
    ("Kent Bostanı", "Mahalle sakinlerine hobi bahçesi", "Park ve Bahçeler Müdürlüğü", "Bostanlı"),
    ("Çam Ağaçlandırması", "Yangın sonrası fidan dikimi", "Park ve Bahçeler Müdürlüğü", ""),
    ("Cam Geri Dönüşümü", "Cam kumbaraları", "İklim Değişikliği ve Sıfır Atık Müdürlüğü", ""),
    ("Bisiklet Yolu Ağı", "Bisikletler için güvenli şerit", "Ulaşım Dairesi Başkanlığı", ""),
    ("İZMİR İklim Eylem Planı", "SECAP hazırlığı", "İklim Değişikliği ve Sıfır Atık Müdürlüğü", ""),
    ('"Yeşil" * - : ( ) Okul', "Okul bahçesi: yeşil alan (pilot)", "Park Bahçe ve Yeşil Alanlar Dairesi Başkanlığı",
     ""),
    ("Katı Atık Bertarafı", "Camii avlusu temizliği", "Temizlik İşleri Müdürlüğü", ""),
    ("Kadın Kooperatifi", "Kadın üreticilere pazar", "Kadın ve Aile Hizmetleri Müdürlüğü", ""),
]
DELETED = ("Güneş Paneli Silinen", "ges", "", "")

QUERIES = [
    "ati", "atı", "İZMİR", "izmir", "IZMIR", "ges", "GES", "gunes enerjisi", "güneş enerjisi", "Güneş enerji",
    "çam", "cam", "Çam", "bisikletler", "bisiklet", "bostan", "kent bostanı", "iklim", "sıfır atık", "kadın",
    '"yeşil"', "yesil*", "-park", "iklim:", "(kent bostan)", '" OR "', "NEAR(a b)",
    "a", "c", "ç", "okul bahçe", "geri dönüşüm", "secap", "katı",
]
EMPTY = ["", "   ", "\t"]


def _workspace(ws):
    svc = ProjectService(ws)
    ids = {}
    for title, purpose, unit, hood in [*RECORDS, DELETED]:
        p = svc.new_project()
        p.district, p.title_tr, p.purpose, p.responsible_unit, p.neighbourhood = "konak", title, purpose, unit, hood
        p.start_date = date(2024, 4, 1)
        svc.save(p)
        ids[title] = p.id
    svc.delete(ids[DELETED[0]], "test")
    return svc, ids


def _paths(ws, qtbot):
    svc, ids = _workspace(ws)
    model = ProjectTableModel("tr")
    proxy = ProjectFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(svc.summaries())

    def listed(q):
        proxy.set_filter(Filter(text=q))
        return set(proxy.visible_uuids())

    def searched(q):
        return set(svc.search(q, limit=1_000_000))

    def exported(q):
        return {p.id for p in select_projects(ws, ExportQuery(text=q)).projects}

    return ids, listed, searched, exported


def check_same_set(ws, qtbot):
    ids, listed, searched, exported = _paths(ws, qtbot)
    live = {u for t, u in ids.items() if t != DELETED[0]}
    for q in QUERIES:
        got = listed(q)
        assert searched(q) == got, q
        assert exported(q) == got, q
    for q in EMPTY:  # no word: the list and the export are not filtered, a search finds nothing
        assert listed(q) == exported(q) == live, repr(q)
        assert searched(q) == set(), repr(q)
    # and the rule is the issue's: suffixes, abbreviations, unit names and Turkish letters
    by = {u: t for t, u in ids.items()}
    assert {by[u] for u in listed("gunes enerjisi")} == {"Güneş Enerji Santrali", "Çatı GES kurulumu"}
    assert {by[u] for u in listed("ges")} == {"Güneş Enerji Santrali", "Çatı GES kurulumu"}
    # "ati": word starts ("atık", not "katı"); "Cam Geri Dönüşümü" has "atık" only in its unit name
    assert {by[u] for u in listed("ati")} == {"Atık Getirme Merkezi", "Katı Atık Bertarafı"}
    assert {by[u] for u in listed("izmir")} == {"İZMİR İklim Eylem Planı"}
    assert "Çam Ağaçlandırması" in {by[u] for u in listed("cam")}  # "cam" typed finds "çam"
    assert "Bisiklet Yolu Ağı" in {by[u] for u in listed("bisikletler")}


def test_list_fts_and_export_return_the_same_set(central_ws, qtbot):
    check_same_set(central_ws, qtbot)
