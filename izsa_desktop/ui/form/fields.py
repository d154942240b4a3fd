"""Small input widgets of the project form: a field with its inline message, a nullable date, and a
checkable multi-select list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

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
    """A QDateEdit (dd.MM.yyyy, calendar popup) that can also be empty, shown as "not set".

    Empty is the edit's minimum date shown with ``specialValueText``; the clear button (or Delete)
    empties it; when empty, the calendar opens on today instead of the sentinel year.
    """

    changed = Signal()
    _NULL = QDate(1900, 1, 1)

    def __init__(self, empty_text: str, clear_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setMinimumDate(self._NULL)
        self.edit.setMaximumDate(QDate(2100, 12, 31))
        self.edit.setSpecialValueText(empty_text)
        self.edit.setDate(self._NULL)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.edit.calendarWidget().installEventFilter(self)
        self.edit.installEventFilter(self)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(clear_text)
        self.clear_button.setAccessibleName(clear_text)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Delete in the edit does the same
        self.clear_button.clicked.connect(self.clear)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(f"  {empty_text}  ") + 40)
        lay.addWidget(self.edit)
        lay.addWidget(self.clear_button)
        lay.addStretch(1)
        self.setFocusProxy(self.edit)

    def value(self) -> date | None:
        d = self.edit.date()
        return None if d == self._NULL else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.edit.setDate(self._NULL if value is None else QDate(value.year, value.month, value.day))

    def clear(self) -> None:
        self.edit.setDate(self._NULL)

    def set_read_only(self, ro: bool) -> None:
        self.edit.setReadOnly(ro)
        self.edit.setCalendarPopup(not ro)
        self.clear_button.setEnabled(not ro)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if obj is self.edit.calendarWidget() and event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            obj.setCurrentPage(today.year(), today.month())
        elif obj is self.edit and event.type() == QEvent.Type.KeyPress and not self.edit.isReadOnly():
            key = event.key()
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.value() is None:
                return True
            if key == Qt.Key.Key_Delete and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.clear()
                return True
            if self.value() is None and Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
                # typing into the empty state: start from today so the sections are real dates
                self.edit.setDate(QDate.currentDate())
                self.edit.setSelectedSection(QDateEdit.Section.DaySection)
        return super().eventFilter(obj, event)


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
