"""The list proxy keeps order, search and liveness right when single rows change or arrive."""

from izsa_desktop.core.summary import ProjectSummary
from izsa_desktop.core.text import fold_words
from izsa_desktop.ui.project_model import COL_DISTRICT, COL_TITLE, ProjectTableModel
from izsa_desktop.ui.project_proxy import Filter, ProjectFilterProxy


def row(uuid, title, district="konak", deleted=False):
    return ProjectSummary(uuid, district, title, "", "ongoing", "2024-01-01", 11, (11,), (), (), "draft",
                          deleted, "local", None, None, " " + fold_words(title), "")


def titles(proxy):
    return [proxy.index(r, COL_TITLE).data() for r in range(proxy.rowCount())]


def test_changed_and_added_rows_are_resorted_and_searchable(qapp):
    model = ProjectTableModel("tr")
    proxy = ProjectFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([row("a", "Çeşme Bostanı"), row("b", "Zeytin Hasadı"), row("c", "Işık Sokak")])
    proxy.sort(COL_DISTRICT)  # a second column's keys are cached too and must follow the change
    proxy.sort(COL_TITLE)
    assert titles(proxy) == ["Çeşme Bostanı", "Işık Sokak", "Zeytin Hasadı"]

    model.upsert(row("b", "Ağaç Dikimi"))  # renamed: moves to the top, old words no longer match
    assert titles(proxy) == ["Ağaç Dikimi", "Çeşme Bostanı", "Işık Sokak"]
    proxy.set_filter(Filter(text="zeytin"))
    assert titles(proxy) == []
    proxy.set_filter(Filter(text="agac"))
    assert titles(proxy) == ["Ağaç Dikimi"]

    proxy.set_filter(Filter())
    model.upsert(row("d", "İnciraltı Kent Ormanı"))  # appended
    model.upsert(row("c", "Işık Sokak", deleted=True))  # deleted: hidden unless asked for
    assert titles(proxy) == ["Ağaç Dikimi", "Çeşme Bostanı", "İnciraltı Kent Ormanı"]
    proxy.set_filter(Filter(show_deleted=True))
    assert titles(proxy) == ["Ağaç Dikimi", "Çeşme Bostanı", "Işık Sokak", "İnciraltı Kent Ormanı"]
    proxy.sort(COL_DISTRICT)
    assert len(titles(proxy)) == 4
