"""Insights in the main window (pytest-qt, offscreen): the tab, matrix cell -> filtered list, the
similar-projects panel following what is typed, and a Turkish screenshot of the dashboard."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from izsa_desktop.services import demo
from izsa_desktop.ui import i18n
from izsa_desktop.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))
from test_similar_cases import add_cases  # noqa: E402

SCREENS = Path(__file__).resolve().parents[2] / "screens"


@pytest.fixture
def window(qtbot, central_ws, tmp_path):
    i18n.install("tr")
    ids = add_cases(central_ws)
    demo.generate(central_ws, 300, seed=9)
    w = MainWindow(central_ws, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "tr")
    qtbot.addWidget(w)
    w.show()
    w.load_rows()
    w.ids = ids
    yield w
    w.insights_hub.runner.wait()
    w.form.load(w.service.new_project())
    i18n.install("en")


def _show_insights(w, qtbot):
    assert not w.insights.built  # built on first show, not at start-up
    tab = w.insights.content()
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        w.tabs.setCurrentWidget(w.insights)
    return tab


def test_tab_present_and_cell_click_filters_list(window, qtbot):
    w = window
    titles = [w.tabs.tabText(i) for i in range(w.tabs.count())]
    assert "İçgörüler" in titles
    tab = _show_insights(w, qtbot)
    m = tab.matrix.matrix
    assert m.total_projects == 307
    row, col = m.districts.index("karsiyaka"), m.goals.index(14)
    expect = m.count("karsiyaka", 14)
    assert expect >= 2 and tab.matrix.table.item(row, col).text() == str(expect)
    tab.matrix.table.cellClicked.emit(row, col)
    assert w.list_panel.proxy.rowCount() == expect
    assert w.list_panel.district.currentData() == "karsiyaka" and w.list_panel.goal.currentData() == 14
    assert tab.gaps.list.count() > 0 and "için proje yok" in " ".join(tab.gaps.sentences())
    with qtbot.waitSignal(tab.targets.back, timeout=100, raising=False):
        pass
    tab.matrix.table.horizontalHeader().sectionClicked.emit(col)
    qtbot.waitUntil(lambda: tab.matrix_stack.currentWidget() is tab.targets, timeout=10_000)
    assert tab.targets.table.columnCount() == len([t for t in __import__(
        "izsa_desktop.core.taxonomy", fromlist=["x"]).targets_of(14)])


def test_similar_panel_follows_typing(window, qtbot):
    w = window
    w.new_project()
    panel = w.similar_panel
    assert w.similar_dock.isVisible()
    w.form.description.title_tr.setText("Kıyı temizliği gönüllüleri")
    w.form.description.title_tr.textEdited.emit("Kıyı temizliği gönüllüleri")
    qtbot.waitUntil(lambda: panel.other.count() + panel.own.count() >= 2, timeout=20_000)
    shown = [panel.own.item(i).text() for i in range(panel.own.count())] + \
        [panel.other.item(i).text() for i in range(panel.other.count())]
    assert any("KIYI TEMİZLİK GÖNÜLLÜSÜ" in s for s in shown)
    assert any("Kıyı temizliği gönüllüleri" in s for s in shown)
    item = panel.other.item(0) if panel.other.count() else panel.own.item(0)
    panel.openRequested.disconnect(w.open_project)  # the form is dirty: opening would ask to discard
    with qtbot.waitSignal(panel.openRequested, timeout=1000) as sig:
        panel.other.itemActivated.emit(item) if panel.other.count() else panel.own.itemActivated.emit(item)
    assert sig.args[0] in w.ids.values()
    w.form.load(w.service.new_project())  # pytest-qt closes the window before fixture teardown


def test_opening_a_project_builds_no_index_until_similar_projects_are_wanted(window, qtbot):
    w = window
    panel = w.similar_panel
    target = next(iter(w.ids.values()))
    assert w.open_project(target)
    qtbot.wait(600)  # past the panel's debounce
    assert w.insights_hub.index is None  # ~100 MB at 100k projects: not for merely opening a project
    assert panel.find_button.isVisible()
    with qtbot.waitSignal(panel.resultsShown, timeout=20_000) as sig:
        panel.find_button.click()
    assert sig.args[0] >= 1 and w.insights_hub.index is not None and not panel.find_button.isVisible()
    other = [u for u in w.ids.values() if u != target][0]
    with qtbot.waitSignal(panel.resultsShown, timeout=20_000):  # once built, it follows opened projects
        assert w.open_project(other)


def test_joint_and_scorecard_views(window, qtbot, tmp_path):
    tab = _show_insights(window, qtbot)
    qtbot.waitUntil(lambda: bool(tab.scorecard.cards), timeout=20_000)
    assert tab.scorecard.table.rowCount() == 31
    tab.joint.threshold.setValue(0.3)
    with qtbot.waitSignal(tab.joint.resultReady, timeout=30_000) as sig:
        tab.joint.run()
    res = sig.args[0]
    assert res.pairs and tab.joint.table.rowCount() == len(res.pairs)
    assert tab.joint.export(str(tmp_path / "j.csv")) == len(res.pairs)


def test_screenshot_turkish(window, qtbot):
    tab = _show_insights(window, qtbot)
    window.resize(1600, 1000)
    SCREENS.mkdir(exist_ok=True)
    qtbot.waitUntil(lambda: bool(tab.scorecard.cards), timeout=20_000)
    with qtbot.waitSignal(tab.joint.resultReady, timeout=30_000):
        tab.joint.run()
    for name, page in (("matrix", tab.matrix_stack), ("coverage", tab.charts), ("gaps", tab.gaps),
                       ("joint", tab.joint), ("scorecard", tab.scorecard)):
        tab.pages.setCurrentWidget(page)
        qtbot.wait(50)
        assert window.grab().save(str(SCREENS / f"insights-{name}-tr.png"))
    window.new_project()
    window.form.description.title_tr.setText("Kadın kooperatifi")
    window.form.description.title_tr.textEdited.emit("Kadın kooperatifi")
    panel = window.similar_panel
    def shown():
        return " ".join(w.item(i).text() for w in (panel.own, panel.other) for i in range(w.count()))

    qtbot.waitUntil(lambda: "ooperatif" in shown(), timeout=20_000)
    assert window.grab().save(str(SCREENS / "insights-similar-tr.png"))
    window.form.load(window.service.new_project())
