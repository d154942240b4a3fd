"""The "Gaps" view: gaps named in plain sentences, with a configurable threshold."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services.analysis_gaps import GapReport
from .texts import gap_sentences


class GapsView(QWidget):
    thresholdChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.threshold = QSpinBox(self)
        self.threshold.setRange(1, 50)
        self.threshold.setValue(2)
        self.threshold.valueChanged.connect(self.thresholdChanged)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Name a goal as thin when a district has fewer projects than:"), self))
        row.addWidget(self.threshold)
        row.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.summary)
        lay.addWidget(self.list, 1)

    def set_report(self, rep: GapReport) -> None:
        self.list.clear()
        n = 0
        for g in rep.gaps:
            for s in gap_sentences(g):
                QListWidgetItem(s, self.list)
                n += 1
        self.summary.setText(self.tr("{count} gaps found among {projects} live projects.").format(
            count=n, projects=rep.matrix.total_projects) if n else self.tr("No gaps found."))

    def sentences(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
