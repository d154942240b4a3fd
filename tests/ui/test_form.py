"""ProjectForm: round trip of every field group through a real workspace, inline errors and warnings,
dirty flag and the unsaved-changes guard, read-only mode."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from izsa_desktop.core.errors import Issue
from izsa_desktop.core.model import copy_project, project_to_dict
from izsa_desktop.services.projects import ProjectService
from izsa_desktop.services.workspace import init_workspace
from izsa_desktop.ui import i18n, messages, plain
from izsa_desktop.ui.form import ProjectForm


@pytest.fixture
def turkish(qapp):
    before = i18n.current_language()
    i18n.install("tr")
    yield
    i18n.install(before)


@pytest.fixture
def service(tmp_path):
    ws = init_workspace(tmp_path / "w.sqlite", "district", "Karşıyaka", "Ofis", "Ayşe")
    yield ProjectService(ws)
    ws.close()


@pytest.fixture
def form(qtbot, turkish, service):
    f = ProjectForm(service)
    qtbot.addWidget(f)
    f.resize(1100, 800)
    f.show()
    qtbot.waitExposed(f)
    return f


def fill_minimum(f: ProjectForm, title: str = "Sıfır Atık Okulları") -> None:
    f.description.title_tr.setText(title)
    f.description.title_tr.textEdited.emit(title)
    f.description.start.set_value(date(2024, 3, 1))


def test_round_trip_of_every_field_group(form, service, qtbot):
    d, a, pe, lo, r, res, c, rv = form.sections()
    fill_minimum(form)
    d.title_en.setText("Zero Waste Schools")
    d.purpose.setPlainText("Okullarda atığı azaltmak")
    d.summary.setPlainText("Kompost ve ayrıştırma")
    d.status.setCurrentIndex(d.status.findData("ongoing"))
    d.end_kind.setCurrentIndex(d.end_kind.findData("actual"))
    d.end.set_value(date(2025, 6, 30))
    d.unit.setText("İklim Değişikliği Müdürlüğü")
    a.sdg.set_goal(11, True)
    a.sdg.set_goal(4, True)
    a.sdg.set_target("11.6", True)
    a.sdg.set_target("4.7", True)
    a.themes.set_codes(["planet", "people"])
    a.plan.setText("SP 2025–2029 H3.2")
    pe.groups.set_codes(["children", "students"])
    pe.other.setText("Öğretmenler")
    pe.planned.setText("12.500")
    pe.reached.setText("3.000")
    lo.lat.setText("38,4601")
    lo.lon.setText("27,1106")
    lo.precision.setCurrentIndex(lo.precision.findData("neighbourhood"))
    lo.neighbourhood.setText("Bostanlı")
    lo.address.setText("Cemal Gürsel Cd. No: 1")
    r.budget.setText("1.250.000,50")
    r.funding.setCurrentIndex(r.funding.findData("eu"))
    r.partners.add_row({"name": "Ege Üniversitesi", "type": "academic", "role": "implementing"})
    r.partners.add_row({"name": "İZKA", "type": "public", "role": "funding"})
    r.collab.setChecked(True)
    r.sought.setPlainText("Kompost uzmanlığı")
    res.results.add_row({"indicator": "Ayrıştırılan atık", "unit": "ton", "baseline": "0", "target": "50",
                         "actual": "12", "period": "2024"})
    res.progress.add_row({"date": "2024-09-01", "text": "İlk 10 okul katıldı", "status": "ongoing"})
    res.links.add_row({"url": "https://www.karsiyaka.bel.tr/sifir-atik"})
    res.keywords.setText("kompost, okul")
    res.notes.setPlainText("İç not")
    c.name.setText("Ayşe Yılmaz")
    c.role.setText("Uzman")
    c.phone.setText("0232 000 00 00")
    c.email.setText("ayse@karsiyaka.bel.tr")
    rv.visibility.setCurrentIndex(rv.visibility.findData("internal"))

    with qtbot.waitSignal(form.saved) as sig:
        assert form.save()
    assert sig.args[0] == form.project().id
    assert form.project().id in sig.args[1].projects

    stored = service.get(form.project().id).project
    expected = {
        "district": "karsiyaka", "title_tr": "Sıfır Atık Okulları", "title_en": "Zero Waste Schools",
        "purpose": "Okullarda atığı azaltmak", "summary": "Kompost ve ayrıştırma", "status": "ongoing",
        "start_date": date(2024, 3, 1), "end_date": date(2025, 6, 30), "end_kind": "actual",
        "responsible_unit": "İklim Değişikliği Müdürlüğü",
        "sdg_goals": [4, 11], "sdg_primary": 11, "sdg_targets": ["4.7", "11.6"],
        "who_themes": ["people", "planet"], "strategic_plan_goal": "SP 2025–2029 H3.2",
        "target_groups": ["children", "students"], "target_groups_other": "Öğretmenler",
        "beneficiaries_planned": 12500, "beneficiaries_reached": 3000,
        "lat": 38.4601, "lon": 27.1106, "precision": "neighbourhood", "location_method": "typed",
        "neighbourhood": "Bostanlı", "address": "Cemal Gürsel Cd. No: 1",
        "budget_kurus": 125000050, "currency": "TRY", "funding_source": "eu",
        "partners": [{"name": "Ege Üniversitesi", "type": "academic", "role": "implementing"},
                     {"name": "İZKA", "type": "public", "role": "funding"}],
        "open_to_collab": True, "collab_sought": "Kompost uzmanlığı",
        "results": [{"indicator": "Ayrıştırılan atık", "unit": "ton", "baseline": "0", "target": "50",
                     "actual": "12", "period": "2024"}],
        "progress": [{"date": "2024-09-01", "text": "İlk 10 okul katıldı", "status": "ongoing"}],
        "links": ["https://www.karsiyaka.bel.tr/sifir-atik"], "keywords": "kompost, okul", "notes": "İç not",
        "contact_name": "Ayşe Yılmaz", "contact_role": "Uzman", "contact_phone": "0232 000 00 00",
        "contact_email": "ayse@karsiyaka.bel.tr", "visibility": "internal",
    }
    got = project_to_dict(stored)
    for key, value in expected.items():
        value = value.isoformat() if isinstance(value, date) else value
        assert got[key] == value, key

    # a fresh form shows what was stored, and hands the same record back unchanged
    other = ProjectForm(service)
    qtbot.addWidget(other)
    other.load(stored)
    assert project_to_dict(other.project()) == project_to_dict(stored)
    assert other.resources.budget.text() == "1.250.000,50"
    assert other.people.planned.text() == "12.500"
    assert other.location.lat.text() == "38,4601"
    assert other.description.start.edit.text() == "01.03.2024"
    assert not other.is_dirty()


def test_ongoing_end_means_no_end_date(form, service):
    fill_minimum(form)
    d = form.description
    d.end.set_value(date(2025, 1, 1))
    d.end_kind.setCurrentIndex(d.end_kind.findData("ongoing"))
    assert not d.end.isEnabled()
    assert form.save()
    stored = service.get(form.project().id).project
    assert (stored.end_kind, stored.end_date) == ("ongoing", None)


def test_hard_errors_inline_and_nothing_saved(form, service):
    d = form.description
    d.start.set_value(date(2024, 5, 1))
    d.end.set_value(date(2024, 4, 1))
    assert not form.save()
    assert service.get(form.project().id) is None
    title_box, end_box = d.boxes["title_tr"], d.boxes["end_date"]
    assert title_box.level() == "error" and end_box.level() == "error"
    assert messages.issue(Issue("title_empty", "title_tr")) in title_box.message.text()
    assert messages.issue(Issue("end_before_start", "end_date")) in end_box.message.text()
    assert form.summary.isVisible()
    assert any(f == "end_date" for f, _t in form.summary.errors)
    assert d.boxes["start_date"].level() == ""
    # fixing them clears the messages and saves
    fill_minimum(form)
    d.end.set_value(date(2024, 12, 1))
    assert form.save()
    assert title_box.level() == "" and end_box.level() == ""


def test_warning_shown_after_save(form, service):
    fill_minimum(form)
    form.location.lat.setText("38.32")  # Çeşme, recorded as a Karşıyaka project
    form.location.lon.setText("26.30")
    assert form.save()
    assert service.get(form.project().id) is not None
    box = form.location.boxes["lat"]
    assert box.level() == "warning"
    assert "Çeşme" in box.message.text()
    assert any("Çeşme" in t for _f, t in form.summary.warnings)
    assert not form.summary.errors


def test_inline_validation_is_debounced(form, qtbot):
    fill_minimum(form)
    form.description.title_tr.clear()
    form.description.title_tr.textEdited.emit("")
    assert form.description.boxes["title_tr"].level() == ""  # not at once ...
    qtbot.waitUntil(lambda: form.description.boxes["title_tr"].level() == "error", timeout=2000)


def test_dirty_flag_and_unsaved_changes_guard(form, service, qtbot, monkeypatch):
    fill_minimum(form)
    assert form.save() and not form.is_dirty()
    answers = []

    def ask(answer):
        def question(*args, **kwargs):
            answers.append(args[1])
            return answer
        monkeypatch.setattr(plain, "ask", question)

    ask(QMessageBox.StandardButton.Cancel)
    assert form.maybe_discard() and not answers  # nothing changed: no question
    with qtbot.waitSignal(form.dirtyChanged) as sig:
        form.description.unit.setText("Park ve Bahçeler")
        form.description.unit.textEdited.emit("Park ve Bahçeler")
    assert sig.args == [True] and form.is_dirty()
    assert not form.maybe_discard() and form.is_dirty() and len(answers) == 1
    ask(QMessageBox.StandardButton.Discard)
    assert form.maybe_discard()
    assert service.get(form.project().id).project.responsible_unit == ""
    ask(QMessageBox.StandardButton.Save)
    assert form.maybe_discard() and not form.is_dirty()
    assert service.get(form.project().id).project.responsible_unit == "Park ve Bahçeler"
    # typing the old value back makes the record clean again
    form.description.unit.setText("x")
    form.description.unit.textEdited.emit("x")
    assert form.is_dirty()
    form.description.unit.setText("Park ve Bahçeler")
    form.description.unit.textEdited.emit("Park ve Bahçeler")
    assert not form.is_dirty()


def test_read_only_mode(form, service, qtbot):
    other = copy_project(service.new_project(), district="cesme", title_tr="Çeşme projesi",
                         start_date=date(2023, 1, 1), review_state="needs_changes")
    form.load(other, read_only=True, review_comment="Hedefleri ekleyin")
    assert form.is_read_only()
    assert form.read_only_banner.isVisibleTo(form) and "Çeşme" in form.read_only_banner.text()
    assert "Hedefleri ekleyin" in form.review_banner.text()
    assert form.review.comment.toPlainText() == "Hedefleri ekleyin"
    assert form.description.title_tr.isReadOnly()
    assert not form.description.status.isEnabled()
    assert not form.alignment.sdg.tiles[1].isEnabled()
    assert not form.alignment.themes.isEnabled()
    assert not form.resources.partners.add_button.isEnabled()
    assert not form.resources.collab.isEnabled()
    assert form.description.start.edit.isReadOnly()
    assert not form.save_action.isEnabled()
    qtbot.keyClicks(form.description.title_tr, "degisiklik")  # keyClicks: ASCII only
    assert form.project().title_tr == "Çeşme projesi" and not form.is_dirty()
    assert not form.save()
    assert service.get(other.id) is None
    # loading an own record again makes everything editable
    form.load(service.new_project())
    assert not form.description.title_tr.isReadOnly() and form.alignment.sdg.tiles[1].isEnabled()
    assert not form.read_only_banner.isVisibleTo(form)
    assert not form.description.district.isEnabled()  # a district office keeps its own district


def test_central_office_can_choose_any_district(qtbot, tmp_path, turkish):
    ws = init_workspace(tmp_path / "c.sqlite", "central", "", "Merkez", "Mehmet")
    f = ProjectForm(ProjectService(ws))
    qtbot.addWidget(f)
    combo = f.description.district
    assert combo.isEnabled() and combo.count() == 1 + 31
    assert combo.currentData() == ""
    assert combo.findData("izmir") == combo.count() - 1
    ws.close()


def test_locale_default_restored(turkish):
    assert QLocale().language() == QLocale.Language.Turkish


def test_long_title_shows_its_start_after_load(qtbot, district_ws):
    from izsa_desktop.services.projects import ProjectService
    from izsa_desktop.ui.form import ProjectForm

    form = ProjectForm(ProjectService(district_ws))
    qtbot.addWidget(form)
    p = form.service.new_project()
    p.title_tr = "Çok uzun bir başlık " * 8
    form.load(p)
    assert form.description.title_tr.cursorPosition() == 0
