"""Import preview: the plan that will be applied (counts, records, field-level differences)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.bundles_import import ImportPreview


def show_value(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, str):
        return v
    return json.dumps(v, ensure_ascii=False)


class ImportPreviewDialog(QDialog):
    """Shows ``ImportPreview.plan``; Apply accepts the dialog (the caller applies exactly that plan)."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        m = preview.verified.manifest
        self.setWindowTitle(self.tr("Import bundle {seq} from {district}").format(seq=m.seq, district=m.district))
        c = preview.counts()
        self.summary = QLabel(
            self.tr("New: {new}   Changed: {changed}   Unchanged: {unchanged}   Deleted: {deleted}   "
                    "Conflicting: {conflicting}   Rejected: {rejected}   Likely duplicates: {duplicates}").format(**c),
            self,
        )
        self.summary.setWordWrap(True)
        kinds = {"new": self.tr("new"), "changed": self.tr("changed"), "unchanged": self.tr("unchanged"),
                 "deleted": self.tr("deleted"), "conflicting": self.tr("conflicting"), "rejected": self.tr("rejected")}
        self.entries = [e for e in preview.plan.entries if e.kind != "unchanged" or e.writes]
        self.records = QTableWidget(len(self.entries), 3, self)
        self.records.setHorizontalHeaderLabels([self.tr("Change"), self.tr("Project"), self.tr("Fields")])
        for i, e in enumerate(self.entries):
            self.records.setItem(i, 0, QTableWidgetItem(kinds.get(e.kind, e.kind)))
            self.records.setItem(i, 1, QTableWidgetItem(preview.titles.get(e.id, e.id)))
            self.records.setItem(i, 2, QTableWidgetItem(", ".join(d.field for d in e.diffs)))
        self.records.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.records.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.records.horizontalHeader().setStretchLastSection(True)
        self.diff = QTableWidget(0, 4, self)
        self.diff.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Now"), self.tr("After import"),
                                             self.tr("Conflict")])
        self.diff.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.diff.horizontalHeader().setStretchLastSection(True)
        self.records.currentCellChanged.connect(lambda row, *_: self.show_entry(row))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.records)
        split.addWidget(self.diff)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)
        lay.addWidget(self.buttons)
        self.resize(900, 600)
        if self.entries:
            self.records.selectRow(0)
            self.show_entry(0)

    def show_entry(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        e = self.entries[row]
        conflicts = {c.field: c for c in e.conflicts}
        fields = [d.field for d in e.diffs] + [f for f in conflicts if f not in {d.field for d in e.diffs}]
        diffs = {d.field: d for d in e.diffs}
        self.diff.setRowCount(len(fields) + (1 if e.reason else 0))
        for i, f in enumerate(fields):
            d = diffs.get(f)
            c = conflicts.get(f)
            self.diff.setItem(i, 0, QTableWidgetItem(f))
            self.diff.setItem(i, 1, QTableWidgetItem(show_value(d.old if d else c.central)))  # type: ignore[union-attr]
            self.diff.setItem(i, 2, QTableWidgetItem(show_value(d.new if d else c.provisional)))  # type: ignore[union-attr]
            text = self.tr("central: {central} / incoming: {incoming}").format(
                central=show_value(c.central), incoming=show_value(c.incoming)) if c else ""
            self.diff.setItem(i, 3, QTableWidgetItem(text))
        if e.reason:
            self.diff.setItem(len(fields), 0, QTableWidgetItem(self.tr("Rejected: {reason}").format(reason=e.reason)))
