"""Small input widgets of the project form: a field with its inline message, a nullable date (typed,
pasted or picked), and a checkable multi-select list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .parse import FIRST_YEAR, LAST_YEAR, InputProblem, format_date, parse_date

ERROR_COLOUR = "#b00020"  # red with AA contrast on white
WARNING_COLOUR = "#8a5300"  # amber dark enough to read on white and on a projector


class FieldBox(QWidget):
    """An input with a message line under it: errors in red, warnings in amber, hidden when empty."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self._level = ""
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        lay.addWidget(self.message)

    def show_issues(self, errors: list[str], warnings: list[str]) -> None:
        text = "\n".join([*(f"✖ {e}" for e in errors), *(f"⚠ {w}" for w in warnings)])
        colour = ERROR_COLOUR if errors else WARNING_COLOUR
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setAccessibleName(text)
        self._level = "error" if errors else "warning" if warnings else ""

    def level(self) -> str:
        """'error', 'warning' or '' for what the message line shows now."""
        return self._level


class DateField(QWidget):
    """A date typed as text (day.month.year), pasted, or picked from a calendar popup; empty = "not set".

    The text is read whole by ``parse.parse_date`` when it is used, so what the clerk typed is exactly
    the date saved, or the field reports a problem (``read`` raises ``InputProblem``; ``message`` words
    it) and nothing is saved: no masked sections, no typing-speed effects, no silent correction.
    A valid text is shown as dd.MM.yyyy once editing ends. Alt+Down or F4 opens the calendar, Ctrl+Delete
    (or the ✕ button) empties the field. ``precisions`` says which precisions are accepted (only "day"
    while the record holds full dates; "month" and "year" are read already and refused with a message).
    """

    changed = Signal()
    precisions: tuple[str, ...] = ("day",)

    def __init__(self, empty_text: str, clear_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(empty_text)
        self.edit.setMaxLength(40)
        self.edit.textEdited.connect(lambda _t: self.changed.emit())
        self.edit.editingFinished.connect(self._reformat)
        self.edit.installEventFilter(self)
        self.edit.setToolTip(self.tr("Type day.month.year, e.g. {example}; Alt+Down opens the calendar.")
                             .format(example=format_date(date(2025, 3, 15))))
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        pick = self.tr("Choose the date from a calendar")
        self.calendar_button.setToolTip(pick + " (Alt+↓)")
        self.calendar_button.setAccessibleName(pick)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down in the edit does the same
        self.calendar_button.clicked.connect(self.open_calendar)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(clear_text)
        self.clear_button.setAccessibleName(clear_text)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+Delete in the edit does the same
        self.clear_button.clicked.connect(self._clear_clicked)
        self.calendar: QCalendarWidget | None = None  # the popup, made when first opened
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        fm = self.edit.fontMetrics()
        self.edit.setMinimumWidth(max(fm.horizontalAdvance(f"  {empty_text}  "), fm.horizontalAdvance("  00.00.0000  ")) + 12)
        self.edit.setMaximumWidth(fm.horizontalAdvance("0" * 24))
        lay.addWidget(self.edit)
        lay.addWidget(self.calendar_button)
        lay.addWidget(self.clear_button)
        lay.addStretch(1)
        self.setFocusProxy(self.edit)

    # -- value ---------------------------------------------------------------------------------------
    def read(self) -> date | None:
        """The date in the field, None when empty; ``InputProblem`` when the text is not one day."""
        return read_day(self.edit.text(), self.precisions)

    def value(self) -> date | None:
        """The date, or None when the field is empty or cannot be read (see ``read``)."""
        try:
            return self.read()
        except InputProblem:
            return None

    def set_value(self, value: date | None) -> None:
        self.edit.setText(format_date(value))
        self.edit.setCursorPosition(0)

    def clear(self) -> None:
        self.edit.clear()

    def message(self, problem: InputProblem) -> str:
        return date_message(problem)

    def set_read_only(self, ro: bool) -> None:
        self.edit.setReadOnly(ro)
        self.calendar_button.setEnabled(not ro)
        self.clear_button.setEnabled(not ro)

    def _reformat(self) -> None:
        try:
            value = self.read()
        except InputProblem:
            return
        text = format_date(value)
        if text != self.edit.text():
            self.edit.setText(text)

    def _clear_clicked(self) -> None:
        if self.edit.text():
            self.clear()
            self.changed.emit()

    # -- calendar popup ------------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if self.edit.isReadOnly() or not self.isEnabled():
            return
        if self.calendar is None:
            cal = self.calendar = QCalendarWidget(self)
            cal.setWindowFlags(Qt.WindowType.Popup)
            cal.setGridVisible(True)
            cal.setMinimumDate(QDate(FIRST_YEAR, 1, 1))
            cal.setMaximumDate(QDate(LAST_YEAR, 12, 31))
            cal.clicked.connect(self.pick)
            cal.activated.connect(self.pick)
            cal.installEventFilter(self)
        cal = self.calendar
        current = self.value()
        shown = QDate(current.year, current.month, current.day) if current else QDate.currentDate()
        cal.setSelectedDate(shown)
        cal.setCurrentPage(shown.year(), shown.month())
        cal.adjustSize()
        cal.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        cal.show()
        cal.setFocus(Qt.FocusReason.PopupFocusReason)

    def pick(self, d: QDate) -> None:
        """The calendar's choice: exactly that day."""
        if self.calendar is not None:
            self.calendar.hide()
        before = self.edit.text()
        self.set_value(date(d.year(), d.month(), d.day()))
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        if self.edit.text() != before:
            self.changed.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(obj, event)
        key, mods = event.key(), event.modifiers()
        if obj is self.calendar and key == Qt.Key.Key_Escape:
            self.calendar.hide()
            self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
            return True
        if obj is self.edit and not self.edit.isReadOnly():
            if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier):
                self.open_calendar()
                return True
            if key == Qt.Key.Key_Delete and mods & Qt.KeyboardModifier.ControlModifier:
                self._clear_clicked()
                return True
        return super().eventFilter(obj, event)


def read_day(text: str, precisions: tuple[str, ...] = ("day",)) -> date | None:
    """A typed date that must be one day (as ``DateField.read``): None when empty, else InputProblem."""
    typed = parse_date(text)
    if typed is None:
        return None
    if typed.precision not in precisions:
        raise InputProblem("date_needs_day")
    return typed.as_date()


def date_message(problem: InputProblem) -> str:
    """The words for a date ``read_day`` / ``DateField.read`` refused."""
    translate = QCoreApplication.translate
    example = format_date(date(2025, 3, 15))
    if problem.code == "date_no_such_day":
        return translate("DateField", "There is no such date: {text}. Check the day and the month.").format(
            **problem.params)
    if problem.code == "date_year_range":
        return translate("DateField", "Type a year between {first} and {last}.").format(**problem.params)
    if problem.code == "date_needs_day":
        return translate("DateField", "Type the full date with its day, e.g. {example}.").format(example=example)
    return translate("DateField", "Type the date as day.month.year, e.g. {example}.").format(example=example)


class CheckList(QListWidget):
    """A keyboard-operable multi-select list of (code, text) with check boxes (Space toggles)."""

    changed = Signal()

    def __init__(self, items: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, text in items:
            it = QListWidgetItem(text, self)
            it.setData(Qt.ItemDataRole.UserRole, code)
            it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            it.setCheckState(Qt.CheckState.Unchecked)
            it.setToolTip(text)
        self.itemChanged.connect(lambda _it: self.changed.emit())
        rows = max(1, self.count())
        self.setMinimumHeight(min(rows, 7) * self.sizeHintForRow(0) + 2 * self.frameWidth() + 4)
        self.setMaximumHeight(rows * self.sizeHintForRow(0) + 2 * self.frameWidth() + 4)

    def codes(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: list[str]) -> None:
        wanted = set(codes)
        for i in range(self.count()):
            it = self.item(i)
            state = Qt.CheckState.Checked if it.data(Qt.ItemDataRole.UserRole) in wanted else Qt.CheckState.Unchecked
            it.setCheckState(state)

    def item_for(self, code: str) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == code:
                return self.item(i)
        return None
