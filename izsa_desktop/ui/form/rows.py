"""Editable tables of the form (partners, results, progress updates, links): rows of text, of codes
chosen from a controlled list, or of dates (typed as in the form's date fields, read by ``parse_date``),
with Add / Remove buttons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .fields import read_day
from .parse import InputProblem, format_date

CODE = Qt.ItemDataRole.UserRole


def shown_date(value: str) -> str:
    """A stored date ("2024-09-01") as the form shows dates ("01.09.2024"); any other text as it is."""
    try:
        return format_date(date.fromisoformat(value)) if len(value) == 10 else value
    except ValueError:
        return value


def stored_date(text: str) -> str:
    """A typed date as the record stores it ("2024-09-01"), "" when empty; ``InputProblem`` otherwise."""
    day = read_day(text)
    return day.isoformat() if day is not None else ""


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    choices: tuple[tuple[str, str], ...] = ()  # (code, text); empty = free text
    stretch: bool = False
    date: bool = False  # a day typed as day.month.year (see ``stored_date``)


class _ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for code columns: shows the text, stores the code."""

    def __init__(self, choices: tuple[tuple[str, str], ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt override)
        combo = QComboBox(parent)
        for code, text in self.choices:
            combo.addItem(text, code)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        i = editor.findData(index.data(CODE))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), CODE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class _DateDelegate(QStyledItemDelegate):
    """A date cell: typed like the form's date fields; a valid date is shown as dd.MM.yyyy."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt override)
        edit = QLineEdit(parent)
        edit.setMaxLength(40)
        edit.setPlaceholderText(format_date(date(2025, 3, 15)))
        return edit

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))

    def setModelData(self, editor, model, index):  # noqa: N802
        text = editor.text().strip()
        try:
            day = read_day(text)
        except InputProblem:
            day = None
        model.setData(index, format_date(day) if day is not None else text, Qt.ItemDataRole.DisplayRole)


class RowsEditor(QWidget):
    changed = Signal()

    def __init__(self, columns: list[Column], add_text: str, remove_text: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels([c.title for c in columns])
        self.table.setAccessibleName(name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for i, c in enumerate(columns):
            mode = QHeaderView.ResizeMode.Stretch if c.stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(i, mode)
            texts = [c.title, *(t for _code, t in c.choices)]
            width = max(self.fontMetrics().horizontalAdvance(t) for t in texts)
            self.table.setColumnWidth(i, max(width + 40, self.fontMetrics().averageCharWidth() * 10))
            if c.choices:
                self.table.setItemDelegateForColumn(i, _ChoiceDelegate(c.choices, self.table))
            elif c.date:
                self.table.setItemDelegateForColumn(i, _DateDelegate(self.table))
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() * 5)
        self.table.itemChanged.connect(lambda _it: self.changed.emit())
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAccessibleName(f"{name}: {add_text.replace('&', '')}")
        self.remove_button = QPushButton(remove_text, self)
        self.remove_button.setAccessibleName(f"{name}: {remove_text.replace('&', '')}")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        lay.addLayout(buttons)

    def _item(self, col: Column, value: str) -> QTableWidgetItem:
        if col.choices:
            texts = dict(col.choices)
            it = QTableWidgetItem(texts.get(value, value))
            it.setData(CODE, value)
        elif col.date:
            it = QTableWidgetItem(shown_date(value))
        else:
            it = QTableWidgetItem(value)
        return it

    def add_row(self, values: dict[str, str] | None = None) -> int:
        values = values if isinstance(values, dict) else {}
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for i, c in enumerate(self.columns):
            default = c.choices[0][0] if c.choices else ""
            self.table.setItem(row, i, self._item(c, str(values.get(c.key, default) or "")))
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self.changed.emit()
        return row

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()} or {self.table.currentRow()}, reverse=True)
        for r in rows:
            if r >= 0:
                self.table.removeRow(r)
        self.changed.emit()

    def rows(self) -> list[dict[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            row = {}
            for i, c in enumerate(self.columns):
                it = self.table.item(r, i)
                if it is None:
                    row[c.key] = ""
                elif c.choices:
                    row[c.key] = str(it.data(CODE) or "")
                else:
                    row[c.key] = it.text().strip()
            defaults = {c.key: (c.choices[0][0] if c.choices else "") for c in self.columns}
            if any(row[k] != d for k, d in defaults.items()):  # a blank new row is not data
                out.append(row)
        return out

    def set_rows(self, rows: list[dict[str, str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for row in rows:
            self.add_row(row)
        self.table.resizeRowsToContents()

    def set_read_only(self, ro: bool) -> None:
        triggers = (QAbstractItemView.EditTrigger.NoEditTriggers if ro
                    else QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setEditTriggers(triggers)
        self.add_button.setEnabled(not ro)
        self.remove_button.setEnabled(not ro)
