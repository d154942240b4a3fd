"""Issue "Trust", item 14: HTML from bundles rendered in the list's title tooltip (Qt guesses rich text).

A title such as ``<b>Bold</b> <img src=x>`` arrives in a validly signed bundle. Every text from data must
be shown as exactly those characters. The check renders what Qt is given the way Qt renders a tooltip
(rich text when ``mightBeRichText``) and compares the visible text with the stored one. The window's
list is real (real SQLite workspace, real ProjectService save, the list loaded from it).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument

from izsa_desktop.services.projects import ProjectService
from izsa_desktop.ui import i18n
from izsa_desktop.ui.main_window import MainWindow
from izsa_desktop.ui.plain import tip
from izsa_desktop.ui.project_model import COL_TITLE

HOSTILE = ['<b>Kalın</b> <img src="izsa://x.png"> başlık', "<a href='http://evil'>tıkla</a>",
           "A & B <i>not italic</i>\nikinci satır", "<qt>yalnız</qt>"]


def shown(text: str) -> str:
    """What a tooltip shows for ``text``: rich text if Qt thinks it is, else the characters themselves."""
    if not GuiQt.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText().replace("\u2029", "\n").replace("\u2028", "\n")


@pytest.mark.parametrize("text", HOSTILE)
def test_tip_shows_exactly_the_characters(qapp, text):
    assert shown(tip(text)) == text


@pytest.fixture
def window(qtbot, district_ws, tmp_path):
    i18n.install("tr")
    svc = ProjectService(district_ws)
    for title in HOSTILE:
        p = svc.new_project()
        p.title_tr, p.title_en, p.start_date = title, "", date(2024, 1, 1)
        svc.save(p)
    w = MainWindow(district_ws, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "tr")
    qtbot.addWidget(w, before_close_func=lambda w: w.form.load(w.service.new_project()))
    w.show()
    w.load_rows()
    yield w
    i18n.install("en")


def test_list_title_tooltip_is_plain_text(window):
    proxy = window.list_panel.proxy
    seen = set()
    for row in range(proxy.rowCount()):
        index = proxy.index(row, COL_TITLE)
        title = index.data(Qt.ItemDataRole.DisplayRole)
        assert shown(index.data(Qt.ItemDataRole.ToolTipRole)) == title
        seen.add(title)
    assert seen == {t.strip() for t in HOSTILE} or seen == set(HOSTILE)
