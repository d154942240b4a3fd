"""Joint-project candidates: pairs of similar projects in different districts, with why, and a CSV export."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import joint
from .. import labels
from .hub import InsightsHub
from .texts import csv_headers


class JointView(QWidget):
    openRequested = Signal(str)
    resultReady = Signal(object)

    def __init__(self, hub: InsightsHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.result: joint.JointResult | None = None
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(0.1, 0.95)
        self.threshold.setSingleStep(0.05)
        self.threshold.setValue(joint.DEFAULT_THRESHOLD)
        self.find_btn = QPushButton(self.tr("Find joint projects"), self)
        self.find_btn.clicked.connect(self.run)
        self.export_btn = QPushButton(self.tr("Export CSV…"), self)
        self.export_btn.clicked.connect(self.export)
        self.export_btn.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Minimum similarity:"), self))
        row.addWidget(self.threshold)
        row.addWidget(self.find_btn)
        row.addStretch(1)
        row.addWidget(self.export_btn)
        self.summary = QLabel(self.tr("Similar projects in different districts that could become joint projects. "
                                      "Projects open to collaboration rank higher."), self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Score"), self.tr("Project A"), self.tr("Project B"),
                                              self.tr("Why"), self.tr("Group")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.cellDoubleClicked.connect(self._open)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)

    def run(self) -> None:
        self.find_btn.setEnabled(False)
        self.summary.setText(self.tr("Comparing projects…"))
        self.hub.runner.start(joint.find_joint, self.hub.ws, self.threshold.value(), index=self.hub.index,
                              on_done=self._done, on_error=lambda e, tb: self._failed(str(e)))

    def _failed(self, text: str) -> None:
        self.find_btn.setEnabled(True)
        self.summary.setText(text)

    def _done(self, res: joint.JointResult) -> None:
        self.find_btn.setEnabled(True)
        self.result = res
        self.export_btn.setEnabled(bool(res.pairs))
        group_of = {u: i + 1 for i, g in enumerate(res.groups) for u in g.uuids}
        t = self.table
        t.setRowCount(len(res.pairs))
        for r, p in enumerate(res.pairs):
            m = p.match
            why = []
            if m.shared_targets:
                why.append(self.tr("targets: {targets}").format(targets=", ".join(m.shared_targets)))
            if m.shared_words:
                why.append(self.tr("words: {words}").format(words=", ".join(m.shared_words)))
            if m.distance_km is not None:
                why.append(self.tr("{km:.1f} km apart").format(km=m.distance_km))
            if p.a.open_to_collab or p.b.open_to_collab:
                why.append(self.tr("open to collaboration"))
            cells = [f"{round(p.score * 100)}%", f"{labels.district(p.a.district)}: {p.a.title}",
                     f"{labels.district(p.b.district)}: {p.b.title}", "; ".join(why),
                     str(group_of.get(p.a.uuid, ""))]
            for c, text in enumerate(cells):
                it = QTableWidgetItem(text)
                it.setData(Qt.ItemDataRole.UserRole, (p.a.uuid, p.b.uuid))
                t.setItem(r, c, it)
        t.resizeColumnsToContents()
        self.summary.setText(self.tr("{pairs} candidate pairs, {groups} groups of three or more.").format(
            pairs=len(res.pairs), groups=len(res.groups)))
        self.resultReady.emit(res)

    def _open(self, row: int, col: int) -> None:
        it = self.table.item(row, col)
        if it is not None:
            a, b = it.data(Qt.ItemDataRole.UserRole)
            self.openRequested.emit(b if col == 2 else a)

    def export(self, path: str | None = None) -> int:
        if self.result is None:
            return 0
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export joint projects"), "joint-projects.csv",
                                                  self.tr("CSV files (*.csv)"))
        if not path:
            return 0
        return joint.write_csv(path, self.result, csv_headers(), labels.district)
