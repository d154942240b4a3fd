"""Start-up laziness behaves as if everything were built at once: the form's tabs are built when first
shown or used (values, read-only state, dirty tracking, messages on every tab, save), the GC paused by
``__main__.preload_gui`` comes back, and the entry point looks CLI commands up only when asked to."""

from __future__ import annotations

import gc
from datetime import date

import pytest

from izsa_desktop.__main__ import _first_positional

pytest.importorskip("PySide6")

from izsa_desktop.core.model import copy_project, project_to_dict  # noqa: E402
from izsa_desktop.services.projects import ProjectService  # noqa: E402
from izsa_desktop.services.workspace import init_workspace  # noqa: E402


@pytest.fixture
def service(tmp_path):
    ws = init_workspace(tmp_path / "w.sqlite", "district", "Karşıyaka", "Ofis", "Ayşe")
    yield ProjectService(ws)
    ws.close()


@pytest.fixture
def form(qtbot, service):
    from izsa_desktop.ui import i18n
    from izsa_desktop.ui.form import ProjectForm

    before = i18n.current_language()
    i18n.install("tr")
    f = ProjectForm(service)
    qtbot.addWidget(f)
    f.resize(1100, 800)
    f.show()
    qtbot.waitExposed(f)
    yield f
    i18n.install(before)


def _stored(service: ProjectService) -> str:
    p = service.new_project()
    p.title_tr, p.start_date = "Kompost Parkı", date(2024, 3, 1)
    p.sdg_goals, p.sdg_primary = [11, 13], 11
    p.lat, p.lon, p.neighbourhood = 38.46, 27.11, "Bostanlı"
    p.beneficiaries_planned = 1200
    p.contact_name, p.keywords = "Ayşe Yılmaz", "kompost"
    service.save(p)
    return p.id


def _built(form) -> list[bool]:
    return [s is not None for s in form._sections]


def test_only_the_first_tab_is_built_until_others_are_used(form):
    assert _built(form) == [True] + [False] * 7
    assert form.tabs.count() == 8
    form.tabs.setCurrentIndex(3)  # the user opens the Location tab
    assert _built(form)[3]
    assert form.tabs.currentWidget() is form.location and form.tabs.indexOf(form.location) == 3
    assert form.tabs.tabText(3) == form.tr("Location")
    _ = form.contact  # used from code: built, not shown
    assert _built(form)[6] and form.tabs.currentIndex() == 3
    assert len(form.sections()) == 8 and all(_built(form))
    assert [form.tabs.widget(i) for i in range(8)] == form.sections()


def test_a_tab_built_late_shows_the_loaded_project_and_keeps_it_clean(form, service):
    uuid = _stored(service)
    stored = service.get(uuid)
    form.load(stored.project)
    assert not any(_built(form)[1:])
    assert form.location.lat.text() == "38,46" and form.location.neighbourhood.text() == "Bostanlı"
    assert form.alignment.sdg.goals() == [11, 13]
    assert form.people.planned.text() != ""
    assert not form.is_dirty()
    assert project_to_dict(form.project()) == project_to_dict(stored.project)


def test_dirty_tracking_across_built_and_unbuilt_tabs(form, service, qtbot):
    form.load(service.get(_stored(service)).project)
    d = form.description
    d.title_tr.setText("Kompost Parkı 2")
    d.title_tr.textEdited.emit("Kompost Parkı 2")
    assert form.is_dirty()
    form.tabs.setCurrentWidget(form.resources)  # building a tab does not change the state
    assert form.is_dirty()
    d.title_tr.setText("Kompost Parkı")
    d.title_tr.textEdited.emit("Kompost Parkı")
    assert not form.is_dirty()


def test_save_with_tabs_never_opened_keeps_their_fields(form, service):
    uuid = _stored(service)
    before = service.get(uuid).project
    form.load(before)
    form.description.title_tr.setText("Kompost Parkı (yeni)")
    form.description.title_tr.textEdited.emit("x")
    assert form.save()
    after = service.get(uuid).project
    expected = copy_project(before)
    expected.title_tr = "Kompost Parkı (yeni)"
    assert project_to_dict(after) == project_to_dict(expected)
    assert all(_built(form))


def test_messages_reach_fields_on_tabs_not_yet_built(form, service):
    p = service.new_project()
    p.title_tr, p.start_date = "Noktasız", date(2024, 1, 1)
    p.lat, p.lon = 38.4, None  # an incomplete point: an error on the Location tab
    form.load(p)
    assert not _built(form)[3]
    form.revalidate()
    assert _built(form)[3]
    assert form.location.boxes["lat"].level() == "error"
    assert form.tabs.tabToolTip(3) == form.tr("Has errors")
    assert not form.save()


def test_read_only_and_district_follow_into_late_tabs(form, service):
    p = service.get(_stored(service)).project
    form.load(p, read_only=True)
    assert form.location.lat.isReadOnly()
    assert not form.review.visibility.isEnabled()
    form.load(p)
    assert not form.location.lat.isReadOnly()


def test_gc_resumes_after_start_up(qapp):
    from izsa_desktop.app import resume_gc

    gc.disable()
    try:
        resume_gc()
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


@pytest.mark.parametrize(("argv", "first"), [
    ([], None),
    (["--db", "projects.sqlite"], None),
    (["--lang", "en", "--demo"], None),
    (["--seed", "3", "--demo"], None),
    (["--db=x.sqlite"], None),
    (["projects", "--db", "w.sqlite"], "projects"),
    (["--lang", "en", "check", "w.sqlite"], "check"),
])
def test_cli_commands_are_looked_up_only_for_a_positional_argument(argv, first):
    assert _first_positional(argv) == first


def test_similar_panel_follows_typing_on_tabs_built_later(qtbot, service, tmp_path):
    from PySide6.QtCore import QSettings

    from izsa_desktop.ui import i18n
    from izsa_desktop.ui.main_window import MainWindow

    i18n.install("tr")
    w = MainWindow(service.ws, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "tr")
    qtbot.addWidget(w)
    w.show()
    panel = w.similar_panel
    try:
        assert not _built(w.form)[5]
        w.form.tabs.setCurrentWidget(w.form.results)
        panel.timer.stop()
        panel._wanted = False
        w.form.results.keywords.textEdited.emit("kompost")  # a line edit: as typed
        assert panel.timer.isActive() and panel._wanted
        panel.timer.stop()
        w.form.results.notes.setPlainText("not")  # a multi-line box
        assert panel.timer.isActive()
    finally:
        panel.timer.stop()
        w.form.load(w.service.new_project())
        i18n.install("en")
