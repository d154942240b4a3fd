"""The main window as a clerk uses it: real workspace, real list, real form (pytest-qt, offscreen)."""

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from izsa_desktop.core.text import sort_key
from izsa_desktop.services import demo
from izsa_desktop.services.projects import ProjectService
from izsa_desktop.ui import i18n, plain
from izsa_desktop.ui.main_window import MainWindow
from izsa_desktop.ui.project_model import COL_TITLE


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, district_ws, settings):
    i18n.install("tr")
    demo.generate(district_ws, 40, seed=11)
    w = MainWindow(district_ws, settings, "tr")
    qtbot.addWidget(w)
    w.show()
    w.load_rows()
    yield w
    w.form.load(w.service.new_project())  # leave nothing dirty for closeEvent
    i18n.install("en")


def titles(w):
    m = w.list_panel.proxy
    return [m.index(r, COL_TITLE).data() for r in range(m.rowCount())]


def test_list_is_populated_sorted_turkish_and_counted(window):
    t = titles(window)
    assert len(t) == 40
    assert t == sorted(t, key=sort_key)
    assert "40" in window.list_panel.count_label.text()
    assert window.form.project().id == window.list_panel.current_uuid()  # first row opened in the form


def test_search_filter_is_accent_and_case_insensitive(window, qtbot):
    svc = ProjectService(window.ws)
    p = svc.new_project()
    p.title_tr, p.start_date = "IŞIKLI Çeşme Meydanı", date(2024, 1, 1)
    svc.save(p)
    window.load_rows()
    for query in ("isikli", "ÇEŞME MEYDANI", "cesme meyd"):
        window.list_panel.search.setText(query)
        qtbot.waitUntil(lambda: titles(window) == ["IŞIKLI Çeşme Meydanı"], timeout=2000)
    window.list_panel.search.clear()
    qtbot.waitUntil(lambda: len(titles(window)) == 41, timeout=2000)


def test_new_save_delete_undo_restore(window, qtbot, monkeypatch):
    monkeypatch.setattr(plain, "ask", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.new_project()
    p = window.form.project()
    p.title_tr, p.start_date = "Karşıyaka Sahil Bisiklet Yolu", date(2025, 5, 1)
    window.form.load(p)
    assert window.save_project()
    assert "Karşıyaka Sahil Bisiklet Yolu" in titles(window)
    assert window.list_panel.current_uuid() == p.id

    window.delete_project()
    assert "Karşıyaka Sahil Bisiklet Yolu" not in titles(window)
    assert ProjectService(window.ws).get(p.id).meta.deleted
    window.undo_stack.undo()  # Edit → Undo restores it
    assert "Karşıyaka Sahil Bisiklet Yolu" in titles(window)
    assert not ProjectService(window.ws).get(p.id).meta.deleted
    actions = [h.action for h in ProjectService(window.ws).history(p.id)]
    assert actions == ["create", "delete", "restore"]


def test_duplicate_saves_a_copy(window):
    uuid = window.list_panel.current_uuid()
    original = ProjectService(window.ws).get(uuid).project
    window.duplicate_project()
    copy_id = window.list_panel.current_uuid()
    assert copy_id != uuid
    copy = ProjectService(window.ws).get(copy_id).project
    assert copy.title_tr.startswith(original.title_tr) and copy.sdg_goals == original.sdg_goals


def test_language_switch_is_persisted(window, settings):
    switched = []
    window._on_language = switched.append
    window.set_language("en")
    assert switched == ["en"]
    assert settings.value("ui/language") == "en"
    assert i18n.preferred_language(settings) == "en"


def test_font_scaling_for_a_projector(window, qapp, settings):
    before = qapp.font().pointSize()
    window.scale_font(+1)
    window.scale_font(+1)
    assert qapp.font().pointSize() == before + 4
    assert int(settings.value("ui/font_pt")) == before + 4
    window.scale_font(0)
    assert qapp.font().pointSize() == before


def test_training_window_says_so(qtbot, tmp_path, settings):
    from izsa_desktop.services.training import create_training_workspace

    i18n.install("tr")
    ws = create_training_workspace(tmp_path / "t", count=30, seed=2)
    w = MainWindow(ws, settings, "tr", on_reset_training=lambda: None)
    qtbot.addWidget(w)
    w.show()
    assert "EĞİTİM / TRAINING" in w.windowTitle()
    assert w.training_label.isVisible() and "EĞİTİM" in w.training_label.text()
    assert w.act_reset_training.isVisible()
    i18n.install("en")
    ws.close()


def test_keyboard_ctrl_n_opens_a_new_project(window, qtbot):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.form.project().title_tr == ""
    assert ProjectService(window.ws).get(window.form.project().id) is None


def _menu_texts(w) -> list[str]:
    out = []

    def walk(menu):
        for a in menu.actions():
            if a.isSeparator():
                continue
            out.append(a.text())
            if a.menu() is not None:
                walk(a.menu())

    for top in w.menuBar().actions():
        out.append(top.text())
        walk(top.menu())
    return out


@pytest.mark.parametrize("role_ws", ["district_ws", "central_ws"])
def test_every_menu_entry_is_in_turkish(qtbot, settings, request, role_ws):
    """Catches strings lupdate cannot see (e.g. translate() through an alias): in Turkish, every menu
    entry differs from its English source, except the language names."""
    ws = request.getfixturevalue(role_ws)
    texts = {}
    for lang in ("en", "tr"):
        i18n.install(lang)
        w = MainWindow(ws, settings, lang)
        qtbot.addWidget(w)
        texts[lang] = _menu_texts(w)
    i18n.install("en")
    assert len(texts["en"]) == len(texts["tr"]) > 20
    same = [en for en, tr in zip(texts["en"], texts["tr"], strict=True) if en == tr]
    assert set(same) <= {"Türkçe", "English"}, same


def test_default_window_leaves_the_form_room_and_the_list_its_titles(window, qtbot):
    """At the default 1280×800 (and so on a 1366×768 office screen) the form's first tab needs no
    horizontal scrolling, and the project titles keep a readable column."""
    from izsa_desktop.ui.project_model import COL_TITLE as title_col

    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.centralWidget().sizes()[1] > 0)
    qtbot.wait(50)
    section = window.form.description
    assert not section.horizontalScrollBar().isVisible()
    assert window.list_panel.table.columnWidth(title_col) >= 150
    combo = window.list_panel.goal
    assert combo.view().minimumWidth() > combo.width()  # the SDG names are whole in the popup
