"""Issue "Trust", item 4 (the form's part): a EUR budget saved from the form with no edit became TRY.

The Resources tab always wrote ``currency = "TRY"``. Now the form shows the record's currency, keeps it
exactly (also one it does not list), changes it only when the clerk chooses another one, and refuses an
amount typed with another currency's sign. Real workspace in a SQLite file, real form, real key events.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from izsa_desktop.services.projects import ProjectService
from izsa_desktop.ui import i18n
from izsa_desktop.ui.form import ProjectForm


@pytest.fixture
def service(district_ws):
    return ProjectService(district_ws)


@pytest.fixture
def form(qtbot, service):
    before = i18n.current_language()
    i18n.install("tr")
    f = ProjectForm(service)
    qtbot.addWidget(f)
    f.resize(1100, 820)
    f.show()
    qtbot.waitExposed(f)
    yield f
    i18n.install(before)


def stored_project(service, currency, kurus, title="Avrupa fonlu proje"):
    p = service.new_project()
    p.title_tr, p.start_date = title, date(2024, 3, 1)
    p.currency, p.budget_kurus, p.funding_source = currency, kurus, "eu"
    service.save(p)
    return service.get(p.id).project


@pytest.mark.parametrize("currency", ["EUR", "USD", "GBP", "TRY", "CHF"])
def test_saved_with_no_edit_keeps_currency_and_amount(form, service, currency):
    p = stored_project(service, currency, 25_000_050)
    form.load(p)
    form.tabs.setCurrentWidget(form.resources)
    assert not form.is_dirty()
    assert form.project().currency == currency
    assert form.save(), form.summary.label.text()
    again = service.get(p.id).project
    assert (again.currency, again.budget_kurus) == (currency, 25_000_050)
    # and the clerk sees it
    assert form.resources.currency.currentData() == currency
    assert currency in form.resources.currency.currentText() or currency == "TRY"


def test_unknown_currency_is_shown_kept_and_gone_for_the_next_record(form, service):
    chf = stored_project(service, "CHF", 100_000, "İsviçre ortaklı proje")
    tl = stored_project(service, "TRY", 100_000, "Yerel proje")
    form.load(chf)
    combo = form.resources.currency
    assert combo.currentText() == "CHF"
    # an edit elsewhere in the tab does not touch the currency
    form.resources.sought.setPlainText("ortak")
    assert form.save()
    assert service.get(chf.id).project.currency == "CHF"
    form.load(tl)
    assert combo.currentData() == "TRY" and combo.findData("CHF") < 0
    assert form.project().currency == "TRY"


def test_typed_budget_in_an_eur_record_stays_eur(form, service, qtbot):
    p = stored_project(service, "EUR", None)
    form.load(p)
    form.tabs.setCurrentWidget(form.resources)
    edit = form.resources.budget
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "1250000,5")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert form.save()
    again = service.get(p.id).project
    assert (again.currency, again.budget_kurus) == ("EUR", 125_000_050)


@pytest.mark.parametrize("currency, typed", [("TRY", "€ 500"), ("EUR", "500 TL"), ("EUR", "₺500"), ("TRY", "$ 500")])
def test_amount_with_another_currency_sign_is_refused(form, service, qtbot, currency, typed):
    p = stored_project(service, currency, 100)
    form.load(p)
    form.tabs.setCurrentWidget(form.resources)
    edit = form.resources.budget
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    edit.insert(typed)  # keyClicks cannot type € or ₺
    edit.textEdited.emit(typed)
    assert not form.save()
    box = form.resources.boxes["budget_kurus"]
    assert box.level() == "error" and "para birimi" in box.message.text()
    again = service.get(p.id).project
    assert (again.currency, again.budget_kurus) == (currency, 100)


def test_the_clerk_can_choose_a_currency_by_keyboard(form, service, qtbot):
    p = stored_project(service, "TRY", 50_000)
    form.load(p)
    form.tabs.setCurrentWidget(form.resources)
    combo = form.resources.currency
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # TL → EUR
    assert combo.currentData() == "EUR" and form.is_dirty()
    assert form.save()
    assert service.get(p.id).project.currency == "EUR"
