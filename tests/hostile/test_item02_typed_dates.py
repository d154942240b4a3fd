"""Issue "Trust", item 2: typed, pasted and picked dates give exactly that date or a clear message.

The masked QDateEdit turned "15.03.2025" typed into an empty field into 15.12.2026, "30.11.2025" into
30.12.2026, and typing "07.08.2024" over a selected date into 15.08.2024. Here a real form in a real
workspace is driven by real key events (normal and fast typing, select-all and type over, clipboard
paste, the calendar popup by keyboard) in both date fields, and what is saved is read back from SQLite.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from izsa_desktop.services.projects import ProjectService
from izsa_desktop.ui import i18n
from izsa_desktop.ui.form import ProjectForm

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def form(qtbot, district_ws):
    before = i18n.current_language()
    i18n.install("tr")
    f = ProjectForm(ProjectService(district_ws))
    qtbot.addWidget(f)
    f.resize(1100, 820)
    f.show()
    qtbot.waitExposed(f)
    f.description.title_tr.setText("Tarih testi")
    f.description.title_tr.textEdited.emit("Tarih testi")
    d = f.description
    d.end_kind.setCurrentIndex(d.end_kind.findData("planned"))
    yield f
    f.load(f.service.new_project())
    i18n.install(before)


def field(form, which):
    return form.description.start if which == "start" else form.description.end


def type_date(qtbot, form, which, text, *, delay=-1, over=False):
    """Focus the field's edit by keyboard focus, optionally select all, type, leave with Tab."""
    edit = field(form, which).edit
    edit.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(edit.hasFocus)
    if over:
        qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, text, delay=delay)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not edit.hasFocus())


def saved(form, which):
    assert form.save(), form.summary.label.text()
    stored = form.service.get(form.project().id).project
    return stored.start_date if which == "start" else stored.end_date


@pytest.mark.parametrize("which", ["start", "end"])
@pytest.mark.parametrize("delay", [-1, 25], ids=["fast", "normal"])
@pytest.mark.parametrize("text, expected", [
    ("15.03.2025", date(2025, 3, 15)),
    ("30.11.2025", date(2025, 11, 30)),
    ("07.08.2024", date(2024, 8, 7)),
    ("1.3.2025", date(2025, 3, 1)),
    ("29.02.2024", date(2024, 2, 29)),
])
def test_typed_into_an_empty_field_is_exactly_that_date(form, qtbot, which, delay, text, expected):
    if which == "end":
        form.description.start.set_value(date(2024, 1, 1))
    type_date(qtbot, form, which, text, delay=delay)
    assert field(form, which).edit.text() == expected.strftime("%d.%m.%Y")
    assert getattr(form.project(), f"{which}_date") == expected
    assert saved(form, which) == expected


@pytest.mark.parametrize("which", ["start", "end"])
@pytest.mark.parametrize("delay", [-1, 25], ids=["fast", "normal"])
def test_select_all_and_type_over_an_existing_date(form, qtbot, which, delay):
    form.description.start.set_value(date(2024, 1, 1))
    field(form, which).set_value(date(2024, 8, 15))
    type_date(qtbot, form, which, "07.08.2024", delay=delay, over=True)
    assert getattr(form.project(), f"{which}_date") == date(2024, 8, 7)
    assert saved(form, which) == date(2024, 8, 7)


@pytest.mark.parametrize("which", ["start", "end"])
@pytest.mark.parametrize("text", ["29.02.2025", "31.04.2025", "15.13.2025", "15.03.25", "yarin", "03.2021"])
def test_impossible_or_unreadable_dates_are_refused_with_a_message(form, qtbot, which, text):
    form.description.start.set_value(date(2024, 1, 1))
    field(form, which).set_value(date(2024, 8, 15))
    type_date(qtbot, form, which, text, over=True)
    assert field(form, which).edit.text() == text  # nothing "corrected" behind the clerk's back
    assert not form.save()
    box = form.description.boxes[f"{which}_date"]
    assert box.level() == "error"
    message = box.message.text()
    assert message and ("15.03.2025" in message or text in message)
    assert any(word in message for word in ("tarih", "Tarih", "gün")), message  # Turkish wording
    assert form.service.get(form.project().id) is None


@pytest.mark.parametrize("which", ["start", "end"])
@pytest.mark.parametrize("pasted, expected", [
    ("15.03.2025", date(2025, 3, 15)), (" 2025-03-15\n", date(2025, 3, 15)), ("07/08/2024", date(2024, 8, 7)),
])
def test_pasted_dates(form, qtbot, which, pasted, expected):
    form.description.start.set_value(date(2024, 1, 1))
    field(form, which).set_value(date(2023, 12, 31))
    edit = field(form, which).edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    QApplication.clipboard().setText(pasted)
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_V, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert getattr(form.project(), f"{which}_date") == expected
    assert saved(form, which) == expected


@pytest.mark.parametrize("which", ["start", "end"])
def test_picked_from_the_calendar_popup(form, qtbot, which):
    form.description.start.set_value(date(2024, 1, 1))
    f = field(form, which)
    f.set_value(date(2024, 6, 10))
    f.edit.setFocus()
    qtbot.waitUntil(f.edit.hasFocus)
    qtbot.keyClick(f.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    cal = f.calendar
    assert cal is not None
    qtbot.waitUntil(cal.isVisible)
    assert cal.selectedDate().toPython() == date(2024, 6, 10)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and cal.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not cal.isVisible())
    assert f.edit.text() == "11.06.2024"
    assert form.is_dirty()
    assert saved(form, which) == date(2024, 6, 11)


def test_calendar_of_an_empty_field_opens_on_today_and_picks_exactly(form, qtbot):
    f = form.description.start
    f.edit.setFocus()
    qtbot.waitUntil(f.edit.hasFocus)
    qtbot.keyClick(f.edit, Qt.Key.Key_F4)
    cal = f.calendar
    qtbot.waitUntil(cal.isVisible)
    assert cal.selectedDate().toPython() == date.today()
    with qtbot.waitSignal(cal.clicked):
        cal.clicked.emit(cal.selectedDate().addDays(-3))  # as a mouse click on a day cell emits it
    assert f.value() == date.fromordinal(date.today().toordinal() - 3)


def test_clearing_is_empty_not_a_date(form, qtbot):
    f = form.description.start
    f.set_value(date(2024, 6, 10))
    f.edit.setFocus()
    qtbot.waitUntil(f.edit.hasFocus)
    qtbot.keyClick(f.edit, Qt.Key.Key_Delete, CTRL)
    assert f.edit.text() == "" and form.project().start_date is None
