"""District x SDG matrix as a heat-coloured table; a click on a cell asks for the project list filtered
to it, and a goal's column header drills down to that goal's SDG targets per district."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import taxonomy as tx
from ...services import analysis
from .. import i18n, labels


def heat(n: int, top: int) -> QColor:
    """White (0) to deep teal (the busiest cell); empty cells a pale warm tone so gaps stand out."""
    if n == 0:
        return QColor("#fdecea")
    f = min(1.0, n / max(top, 1)) ** 0.6
    c0, c1 = (232, 245, 243), (0, 105, 92)
    return QColor(*(round(a + (b - a) * f) for a, b in zip(c0, c1, strict=True)))


def ink(bg: QColor) -> QColor:
    return QColor("white") if bg.lightness() < 120 else QColor("#1b1b1b")


class MatrixView(QWidget):
    cellChosen = Signal(str, int)  # district, goal
    goalChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: analysis.GapMatrix | None = None
        self.hint = QLabel(self.tr("Projects per district and SDG goal. Click a cell to list its projects; "
                                   "click a goal's header to see its targets."), self)
        self.hint.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.cellClicked.connect(self._clicked)
        self.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.table.horizontalHeader().setMinimumSectionSize(20)
        lay = QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addWidget(self.table)

    def set_matrix(self, m: analysis.GapMatrix) -> None:
        self.matrix = m
        t = self.table
        t.clear()
        t.setRowCount(len(m.districts))
        t.setColumnCount(len(m.goals) + 1)
        lang = i18n.current_language()
        for c, g in enumerate(m.goals):
            h = QTableWidgetItem(str(g))
            h.setToolTip(labels.goal(g, lang))
            h.setBackground(QColor(tx.goals()[g].color))
            t.setHorizontalHeaderItem(c, h)
        t.setHorizontalHeaderItem(len(m.goals), QTableWidgetItem(self.tr("Total")))
        top = max(m.counts.values(), default=1)
        for r, d in enumerate(m.districts):
            t.setVerticalHeaderItem(r, QTableWidgetItem(labels.district(d)))
            for c, g in enumerate(m.goals):
                n = m.count(d, g)
                it = QTableWidgetItem(str(n))
                it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                bg = heat(n, top)
                it.setBackground(bg)
                it.setForeground(ink(bg))
                it.setToolTip(self.tr("{district}, SDG {goal}: {count} projects").format(
                    district=labels.district(d), goal=g, count=n))
                t.setItem(r, c, it)
            tot = QTableWidgetItem(str(m.totals_by_district.get(d, 0)))
            tot.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            f = tot.font()
            f.setBold(True)
            tot.setFont(f)
            t.setItem(r, len(m.goals), tot)
        t.resizeColumnsToContents()
        t.resizeRowsToContents()

    def _clicked(self, row: int, col: int) -> None:
        if self.matrix is None or col >= len(self.matrix.goals):
            return
        self.cellChosen.emit(self.matrix.districts[row], self.matrix.goals[col])

    def _header_clicked(self, col: int) -> None:
        if self.matrix is not None and col < len(self.matrix.goals):
            self.goalChosen.emit(self.matrix.goals[col])


class TargetsView(QWidget):
    """One goal's SDG targets per district (drill-down), computed on demand."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.title.setFont(f)
        back = QPushButton(self.tr("Back to the matrix"), self)
        back.clicked.connect(self.back)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(back)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table)

    def show_goal(self, goal: int, by_district: dict[tuple[str, str], int], districts: tuple[str, ...]) -> None:
        self.title.setText(labels.goal(goal, i18n.current_language()))
        targets = tx.targets_of(goal)
        t = self.table
        t.clear()
        t.setRowCount(len(districts))
        t.setColumnCount(len(targets))
        for c, tg in enumerate(targets):
            h = QTableWidgetItem(tg.id)
            h.setToolTip(tg.text_en)
            t.setHorizontalHeaderItem(c, h)
        top = max((by_district.get((d, tg.id), 0) for d in districts for tg in targets), default=1)
        for r, d in enumerate(districts):
            t.setVerticalHeaderItem(r, QTableWidgetItem(labels.district(d)))
            for c, tg in enumerate(targets):
                n = by_district.get((d, tg.id), 0)
                it = QTableWidgetItem(str(n))
                it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                bg = heat(n, top)
                it.setBackground(bg)
                it.setForeground(ink(bg))
                t.setItem(r, c, it)
        t.resizeColumnsToContents()
