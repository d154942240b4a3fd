"""The list proxy's search through its word index (built on a worker thread for >= 2000 rows) gives the
rows of ``core.text.filter_rows``, also for rows changed or added after the index was built."""

from izsa_desktop.core.summary import ProjectSummary
from izsa_desktop.core.text import filter_rows, fold_words
from izsa_desktop.ui.project_model import ProjectTableModel
from izsa_desktop.ui.project_proxy import Filter, ProjectFilterProxy

TEXTS = ["Güneş Enerji Santrali", "Çatı GES", "Kent Bostanı Park ve Bahçeler Müdürlüğü", "Çam fidanı",
         "Cam kumbarası İklim Değişikliği ve Sıfır Atık Müdürlüğü", "Atık getirme", "Bisiklet yolu", "Katı atık"]


def row(i, title):
    return ProjectSummary(f"u{i}", "konak", title, "", "ongoing", "2024-01-01", 11, (11,), (), (), "draft",
                          False, "local", None, None, " " + fold_words(title), "")


def test_index_search_equals_rule_and_follows_changes(qapp):
    rows = [row(i, f"{TEXTS[i % len(TEXTS)]} {i}") for i in range(3000)]
    model = ProjectTableModel("tr")
    proxy = ProjectFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(rows)
    assert proxy._index_build is not None  # built on a worker thread

    def check(q):
        proxy.set_filter(Filter(text=q))
        hays = [r.search_text for r in model.rows]
        want = {model.rows[i].uuid for i in filter_rows(q, hays)}
        assert set(proxy.visible_uuids()) == want, q
        return want

    for q in ("ges", "gunes enerjisi", "ati", "bostan", "cam", "çam", "iklim", "c", "12"):
        check(q)
    model.upsert(row(5, "Güneş paneli"))  # changed after the index was built
    model.upsert(row(3000, "Çatı GES yeni"))  # added
    got = check("ges")
    assert {"u5", "u3000"} <= got
    model.upsert(row(1, "Ağaç dikimi"))  # row 1 ("Çatı GES 1") no longer matches
    assert "u1" not in check("ges")
