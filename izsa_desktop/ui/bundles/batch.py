"""Preview of several district bundles selected at once: one row per file (ready, already imported, or
refused with the reason), the totals, and one Apply for all ready bundles (one transaction)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.bundles_batch import BatchItem, BatchPreview
from .. import labels, messages
from ..plain import tip

COUNTS = ("new", "changed", "deleted", "conflicts", "duplicates")


class BatchPreviewDialog(QDialog):
    """Apply accepts the dialog; the caller applies exactly ``batch`` (its ready bundles)."""

    def __init__(self, batch: BatchPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batch = batch
        self.setWindowTitle(self.tr("Import {count} bundles").format(count=len(batch.items)))
        t = batch.totals()
        ready = len(batch.ready())
        self.summary = QLabel(
            self.tr("{ready} of {count} bundles can be imported together. New: {new}   Changed: {changed}   "
                    "Deleted: {deleted}   Conflicts: {conflicts}   Likely duplicates: {duplicates}").format(
                ready=ready, count=len(batch.items), **{k: t.get(k, 0) for k in COUNTS}),
            self,
        )
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        heads = [self.tr("File"), self.tr("District"), self.tr("Bundle"), self.tr("Status"), self.tr("New"),
                 self.tr("Changed"), self.tr("Deleted"), self.tr("Conflicts"), self.tr("Likely duplicates")]
        self.table = QTableWidget(len(batch.items), len(heads), self)
        self.table.setHorizontalHeaderLabels(heads)
        for row, item in enumerate(batch.items):
            self._fill(row, item)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("Import {count} bundles").format(count=ready),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(ready > 0)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.buttons)
        self.resize(1000, 520)

    def status(self, item: BatchItem) -> str:
        if item.error is not None:
            return messages.error(item.error)
        if item.preview is not None and item.preview.already_imported:
            return self.tr("Already imported: nothing to do.")
        return self.tr("Ready")

    def _fill(self, row: int, item: BatchItem) -> None:
        cells = [item.name, "", "", self.status(item)]
        counts: dict = {}
        if item.preview is not None:
            m = item.preview.verified.manifest
            cells[1], cells[2] = labels.district(m.district), str(m.seq)
            if item.ready:
                counts = item.preview.counts()
        cells += [str(counts[k]) if k in counts else "" for k in COUNTS]
        for col, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if col == 3:
                cell.setToolTip(tip(text))
            self.table.setItem(row, col, cell)
