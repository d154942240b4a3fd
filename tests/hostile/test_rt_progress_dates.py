"""Red team (small): progress-update dates in the Results tab were free text with no date check, while the
start and end dates are read whole by ``parse_date``. Now the Date column is read the same way (day first
or ISO; one day; an impossible date refused with the start date's message), stored as ISO like the
record's other dates, and shown as dd.MM.yyyy. Real workspace file, real form, real save."""

from __future__ import annotations

from datetime import date

import pytest

from izsa_desktop.services.projects import ProjectService
from izsa_desktop.ui.form import ProjectForm


@pytest.fixture
def form(qtbot, district_ws):
    f = ProjectForm(ProjectService(district_ws))
    qtbot.addWidget(f)
    d = f.description
    d.title_tr.setText("Sıfır Atık Okulları")
    d.purpose.setPlainText("Okullarda atığı azaltmak")
    d.start.set_value(date(2024, 3, 1))
    f.alignment.sdg.set_goal(11, True)
    f.location.lat.setText("38,46")
    f.location.lon.setText("27,11")
    return f


def _progress(form: ProjectForm, text: str) -> None:
    editor = form.results.progress
    editor.set_rows([])
    editor.add_row({"date": text, "text": "İlk 10 okul katıldı", "status": "ongoing"})


@pytest.mark.parametrize(("typed", "stored"), [("15.03.2024", "2024-03-15"), ("1.3.2024", "2024-03-01"),
                                               ("2024-09-01", "2024-09-01"), ("15/03/2024", "2024-03-15"),
                                               ("", "")])
def test_a_typed_progress_date_is_read_like_the_start_date(form, typed, stored):
    _progress(form, typed)
    assert form.save()
    got = form.service.get(form.project().id).project.progress
    assert [r["date"] for r in got] == [stored]
    other = ProjectForm(form.service)
    other.load(form.service.get(form.project().id).project)
    cell = other.results.progress.table.item(0, 0).text()
    assert cell == (date.fromisoformat(stored).strftime("%d.%m.%Y") if stored else "")
    assert other.project().progress == got and not other.is_dirty()
    other.deleteLater()


@pytest.mark.parametrize(("typed", "words"), [("31.02.2024", "There is no such date"),
                                              ("geçen hafta", "day.month.year"),
                                              ("2024", "full date with its day"),
                                              ("15.03.24", "day.month.year"),
                                              ("15.03.1066", "Type a year between")])
def test_a_progress_date_that_is_not_one_day_is_refused_with_a_message(form, typed, words):
    _progress(form, typed)
    assert not form.save()
    box = form.results.boxes["progress"]
    assert box.level() == "error"
    assert "Progress update 1:" in box.message.text() and words in box.message.text()
    assert form.service.summaries() == []  # nothing saved
