"""Typed input: coordinates with decimal commas, money in TL with kuruş (Decimal, never float), counts,
keyboard-only entry, and a screenshot of the Turkish form for a human to look at."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from izsa_desktop.services.projects import ProjectService
from izsa_desktop.services.workspace import init_workspace
from izsa_desktop.ui import i18n
from izsa_desktop.ui.form import ProjectForm
from izsa_desktop.ui.form.parse import InputProblem, format_money, parse_count, parse_money

TR = QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
SCREENS = Path(__file__).resolve().parents[2] / "screens"


@pytest.fixture
def form(qtbot, tmp_path):
    before = i18n.current_language()
    i18n.install("tr")
    ws = init_workspace(tmp_path / "w.sqlite", "district", "Karşıyaka", "Ofis", "Ayşe")
    f = ProjectForm(ProjectService(ws))
    qtbot.addWidget(f)
    f.resize(1100, 820)
    f.show()
    qtbot.waitExposed(f)
    yield f
    ws.close()
    i18n.install(before)


@pytest.mark.parametrize("text, locale, kurus", [
    ("1.250.000,50", TR, 125000050), ("1250000,5", TR, 125000050), ("₺ 1.250.000", TR, 125000000),
    ("1 250 000,50", TR, 125000050), ("0,01", TR, 1), ("1,250,000.50", EN, 125000050),
    ("99999999999999,99", TR, 9999999999999999), ("", TR, None),
])
def test_parse_money_exact(text, locale, kurus):
    assert parse_money(text, locale) == kurus


@pytest.mark.parametrize("text, code", [
    ("1250.50", "money_invalid"),  # in Turkish the point groups thousands: ambiguous, refused
    ("12,345", "money_decimals"), ("abc", "money_invalid"), ("1.25.000", "money_invalid"),
    ("-5", "money_invalid"),
])
def test_parse_money_refuses(text, code):
    with pytest.raises(InputProblem) as exc:
        parse_money(text, TR)
    assert exc.value.code == code


def test_format_money_round_trip():
    for kurus in (0, 1, 99, 100, 125000050, 9999999999999999):
        assert parse_money(format_money(kurus, TR), TR) == kurus
        assert parse_money(format_money(kurus, EN), EN) == kurus
    assert format_money(125000050, TR) == "1.250.000,50"
    assert parse_count("12.500", TR) == 12500


def test_budget_field_in_turkish_locale(form, qtbot):
    edit = form.resources.budget
    form.tabs.setCurrentWidget(form.resources)
    edit.setFocus()
    qtbot.keyClicks(edit, "1250000,5")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # editingFinished reformats with thousands separators
    assert edit.text() == "1.250.000,50"
    assert form.project().budget_kurus == 125000050
    edit.setText("1250.50")
    edit.textEdited.emit("1250.50")
    form.revalidate()
    assert form.resources.boxes["budget_kurus"].level() == "error"
    assert "1.250.000,50" in form.resources.boxes["budget_kurus"].message.text()
    assert not form.save()


def test_comma_decimal_coordinates_and_non_numeric(form, qtbot):
    loc = form.location
    loc.lat.setText("38,42")
    loc.lon.setText("27,14")
    loc.lat.textEdited.emit("38,42")
    p = form.project()
    assert (p.lat, p.lon, p.location_method) == (38.42, 27.14, "typed")
    loc.lon.setText("yirmi yedi")
    loc.lon.textEdited.emit("yirmi yedi")
    form.revalidate()
    box = loc.boxes["lon"]
    assert box.level() == "error"
    assert "Sayı değil" in box.message.text()  # translated
    form.description.title_tr.setText("Koordinat testi")
    form.description.start.set_value(date(2024, 1, 1))
    assert not form.save()
    assert form.service.get(p.id) is None


def test_keyboard_only_entry(form, qtbot):
    d = form.description
    d.title_tr.setFocus()
    qtbot.waitUntil(d.title_tr.hasFocus)
    qtbot.keyClicks(d.title_tr, "Yagmur suyu hasadi")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is d.title_en
    qtbot.keyClicks(d.title_en, "Rainwater harvesting")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is d.purpose
    qtbot.keyClicks(d.purpose, "Su tasarrufu")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # Tab leaves the text box
    assert QApplication.focusWidget() is d.summary
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is d.status
    qtbot.keyClick(d.status, Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the fixed district is skipped
    assert QApplication.focusWidget() is d.start.edit
    qtbot.keyClicks(d.start.edit, "15032024")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is d.end_kind
    p = form.project()
    assert p.title_tr == "Yagmur suyu hasadi" and p.title_en == "Rainwater harvesting"
    assert p.purpose == "Su tasarrufu" and p.status == "ongoing"
    assert p.start_date == date(2024, 3, 15)
    assert form.is_dirty()
    # the form's save action (the host binds Ctrl+S to it)
    form.addAction(form.save_action)
    qtbot.keyClick(d.end_kind, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.is_dirty() and form.service.get(p.id) is not None


def test_every_input_has_an_accessible_name(form):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractItemView, QAbstractSpinBox)
    missing, seen = [], 0
    for s in form.sections():
        for w in s.body.findChildren(QWidget):
            if not isinstance(w, kinds) or isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox, QLineEdit)):
                continue
            if isinstance(w, QHeaderView) or _inside_qt_internals(w, s.body):
                continue  # combo popups, calendar popups, table headers: Qt's own
            seen += 1
            if not w.accessibleName():
                missing.append(f"{type(s).__name__}.{type(w).__name__}:{w.objectName()}")
    assert seen > 40
    assert not missing, missing


def _inside_qt_internals(w, stop) -> bool:
    from PySide6.QtWidgets import QCalendarWidget, QComboBox

    p = w
    while p is not None and p is not stop:
        if p.objectName().startswith("qt_") or isinstance(p, QCalendarWidget) or isinstance(p.parentWidget(), QComboBox):
            return True
        p = p.parentWidget()
    return False


def test_screenshot_turkish_form(form, qtbot):
    SCREENS.mkdir(exist_ok=True)
    d = form.description
    d.title_tr.setText("Sıfır Atık Okulları")
    d.start.set_value(date(2024, 3, 1))
    d.end.set_value(date(2024, 2, 1))
    form.alignment.sdg.set_goal(11, True)
    form.alignment.sdg.set_goal(4, True)
    form.alignment.sdg.set_target("11.6", True)
    form.location.lat.setText("38,32")
    form.location.lon.setText("26,30")
    form.resources.partners.add_row({"name": "Ege Üniversitesi", "type": "academic", "role": "implementing"})
    form.revalidate()
    for i, name in enumerate(("description", "alignment", "people", "location", "resources", "results",
                              "contact", "review")):
        form.tabs.setCurrentIndex(i)
        qtbot.wait(10)
        pix = form.grab()
        assert not pix.isNull()
        assert pix.save(str(SCREENS / f"form_{i}_{name}.png"))
