"""Issue "Trust", item 3: keyboard entry loses the title.

A newcomer pressed Ctrl+N and typed: the focus sat on the form itself (a widget that shows nothing and
takes no text), so the title was lost; from there Tab walked through the tab bar's scroll arrow and the
tab's scroll area (more dead stops) before reaching the title, where Tab selects all and the next typing
replaced it. Here a real main window on a real workspace is driven by key events only.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from izsa_desktop.ui import i18n
from izsa_desktop.ui.form.base import Section
from izsa_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, district_ws, tmp_path):
    i18n.install("tr")
    w = MainWindow(district_ws, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "tr")
    # a form left dirty would ask "save?" when pytest-qt closes the window
    qtbot.addWidget(w, before_close_func=lambda w: w.form.load(w.service.new_project()))
    w.show()
    qtbot.waitExposed(w)
    w.load_rows()
    yield w
    i18n.install("en")


def focus():
    return QApplication.focusWidget()


def tab(qtbot, backwards=False):
    before = focus()
    qtbot.keyClick(before, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
    return focus()


def new_project_by_keyboard(qtbot, w):
    w.list_panel.search.setFocus()
    qtbot.waitUntil(lambda: focus() is w.list_panel.search)
    qtbot.keyClick(focus(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_n_then_type_title_tab_type_keeps_both(window, qtbot):
    d = window.form.description
    new_project_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: focus() is d.title_tr)
    qtbot.keyClicks(focus(), "Yagmur suyu hasadi", delay=5)
    assert tab(qtbot) is d.title_en  # the first Tab goes to the next field
    qtbot.keyClicks(focus(), "Rainwater harvesting")
    assert tab(qtbot) is d.purpose
    qtbot.keyClicks(focus(), "Su tasarrufu")
    p = window.form.project()
    assert (p.title_tr, p.title_en, p.purpose) == ("Yagmur suyu hasadi", "Rainwater harvesting", "Su tasarrufu")


def test_opening_a_project_from_the_list_puts_focus_on_an_input(window, qtbot):
    window.form.setFocus()  # what the window does for a new project or a project opened with Enter
    qtbot.waitUntil(lambda: focus() is window.form.description.title_tr)


def test_first_tab_has_no_dead_stops_forwards_or_backwards(window, qtbot):
    d = window.form.description
    d.end_kind.setCurrentIndex(d.end_kind.findData("planned"))  # the end date is a stop too
    expected = [d.title_tr, d.title_en, d.purpose, d.summary, d.status, d.start.edit, d.end_kind, d.end.edit, d.unit]
    d.title_tr.setFocus()
    qtbot.waitUntil(lambda: focus() is d.title_tr)
    seen = [focus()]
    for _ in expected[1:]:
        seen.append(tab(qtbot))
    assert seen == expected
    # typing at every text stop lands in that field
    for w in expected:
        if isinstance(w, (QLineEdit, QPlainTextEdit)) and w not in (d.start.edit, d.end.edit):
            w.setFocus()
            qtbot.waitUntil(lambda w=w: focus() is w)
            qtbot.keyClicks(w, "abc")
            assert "abc" in (w.text() if isinstance(w, QLineEdit) else w.toPlainText())
    # backwards from the title: the next stop is a real control (the form's tab bar), never the tab's
    # scroll area, the form itself or a scroll arrow
    d.title_tr.setFocus()
    qtbot.waitUntil(lambda: focus() is d.title_tr)
    back = tab(qtbot, backwards=True)
    assert not isinstance(back, Section) and back is not window.form
    assert back is window.form.tabs.tabBar()
    assert tab(qtbot) is d.title_tr
