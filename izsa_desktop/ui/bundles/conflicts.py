"""Conflict queue: base / central / incoming per field; take one side or enter a value. The decision is
recorded with the name of the person who made it."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import IzsaError
from ...services import bundles_review as review
from ...services.changes import OpChanges
from ...services.concurrency_bundles import resolve
from ...services.workspace import Workspace
from .. import messages
from .preview import show_value


class ConflictDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, on_changes=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ws, self.on_changes = ws, on_changes
        self.setWindowTitle(self.tr("Conflicts"))
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Project"), self.tr("Field"), self.tr("Base"),
                                              self.tr("Central"), self.tr("Incoming")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.user = QLineEdit(ws.identity.user or ws.identity.office, self)
        self.take_central = QPushButton(self.tr("Keep central"), self)
        self.take_incoming = QPushButton(self.tr("Take incoming"), self)
        self.edit_value = QPushButton(self.tr("Edit…"), self)
        self.take_central.clicked.connect(lambda: self.resolve("central"))
        self.take_incoming.clicked.connect(lambda: self.resolve("incoming"))
        self.edit_value.clicked.connect(self.edit)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may quote values from the bundle
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Decided by:"), self))
        row.addWidget(self.user)
        row.addStretch(1)
        for b in (self.take_central, self.take_incoming, self.edit_value):
            row.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status)
        lay.addLayout(row)
        self.resize(900, 500)
        self.reload()

    def reload(self) -> None:
        self.rows = review.list_conflicts(self.ws)
        self.table.setRowCount(len(self.rows))
        for i, c in enumerate(self.rows):
            for j, v in enumerate((c.title or c.record_id, c.field, show_value(c.base), show_value(c.central),
                                   show_value(c.incoming))):
                self.table.setItem(i, j, QTableWidgetItem(v))
        if self.rows:
            self.table.selectRow(0)
        self.status.setText(self.tr("{count} open conflicts").format(count=len(self.rows)))
        for b in (self.take_central, self.take_incoming, self.edit_value):
            b.setEnabled(bool(self.rows))

    def current(self) -> review.ConflictView | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def resolve(self, choice: str, value=None) -> None:  # type: ignore[no-untyped-def]
        c = self.current()
        if c is None:
            return
        try:
            op = resolve(self.ws, c.id, choice, value, user=self.user.text().strip() or None)
        except IzsaError as exc:
            self.status.setText(messages.error(exc))
            return
        self.reload()
        if self.on_changes is not None:
            self.on_changes(op)

    def edit(self) -> None:
        c = self.current()
        if c is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Edit value"), c.field, text=show_value(c.provisional))
        if ok:
            self.resolve("edit", parse_value(text, c.central))


def parse_value(text: str, like):  # type: ignore[no-untyped-def]
    """Text fields stay text; other fields are read as JSON (numbers, lists...)."""
    if isinstance(like, str):
        return text
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or nested past Python's limit: kept as text
        return text


__all__ = ["ConflictDialog", "OpChanges"]
