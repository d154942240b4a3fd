"""Coaching scorecard: per district completeness, freshness, review states, readiness and next steps.
Central sees every district side by side; a district office sees its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ...core import taxonomy as tx
from ...services import scorecard
from .. import labels
from .hub import InsightsHub
from .texts import criterion, step_sentence


def _readiness_colour(score: int) -> QColor:
    return QColor("#c8e6c9") if score >= 80 else QColor("#fff9c4") if score >= 50 else QColor("#ffcdd2")


class ScorecardView(QWidget):
    def __init__(self, hub: InsightsHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.cards: list[scorecard.DistrictScore] = []
        self.note = QLabel(self.tr("Readiness 0-100 weighs: required fields 30, SDG targets 20, precise location "
                                   "15, results 15, beneficiaries 10, English title 10."), self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.hub.runner.start(scorecard.scorecard, self.hub.ws, on_done=self.set_cards)

    def set_cards(self, cards: list[scorecard.DistrictScore]) -> None:
        self.cards = cards
        crit = list(scorecard.CRITERIA)
        heads = [self.tr("District"), self.tr("Readiness"), self.tr("Projects")] + \
            [criterion(k) for k in crit] + [labels.review_state(s) for s in tx.REVIEW_STATES] + \
            [self.tr("Last activity"), self.tr("Next steps")]
        t = self.table
        t.clear()
        t.setColumnCount(len(heads))
        t.setHorizontalHeaderLabels(heads)
        t.setRowCount(len(cards))
        for r, c in enumerate(sorted(cards, key=lambda c: (c.projects == 0, -c.readiness))):
            vals = [labels.district(c.district), str(c.readiness), str(c.projects)]
            vals += [f"{round(100 * c.met[k] / c.projects)}%" if c.projects else "–" for k in crit]
            vals += [str(c.review[s]) for s in tx.REVIEW_STATES]
            when = c.last_activity[:10]
            if when and c.activity_source == "import":
                when = self.tr("{date} (import)").format(date=when)
            vals += [when, "\n".join(step_sentence(k, n) for k, n in c.next_steps())]
            for col, v in enumerate(vals):
                it = QTableWidgetItem(v)
                if 0 < col < len(vals) - 1:
                    it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if col == 1 and c.projects:
                    it.setBackground(_readiness_colour(c.readiness))
                    it.setForeground(QColor("#1b1b1b"))
                t.setItem(r, col, it)
        t.resizeColumnsToContents()
        t.resizeRowsToContents()
