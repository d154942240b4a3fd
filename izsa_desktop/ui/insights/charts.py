"""Coverage charts drawn natively with QtCharts: WHO themes, target groups, start year x status.
Fonts follow the application font (scaled up a little) so the charts read on a projector."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from ...core import taxonomy as tx
from ...services.analysis_gaps import GapReport
from .. import i18n, labels

STATUS_COLOURS = {"planned": "#90a4ae", "ongoing": "#1e88e5", "completed": "#43a047", "suspended": "#fb8c00",
                  "cancelled": "#8e8e8e"}


def _chart(title: str, widget: QWidget) -> QChart:
    ch = QChart()
    ch.setTitle(title)
    f = widget.font()
    f.setPointSizeF(f.pointSizeF() * 1.25)
    f.setBold(True)
    ch.setTitleFont(f)
    ch.legend().setFont(widget.font())
    ch.setMargins(QMargins(4, 4, 4, 4))
    ch.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return ch


def _axes(ch: QChart, series, cats: list[str], widget: QWidget, horizontal: bool) -> None:
    cat = QBarCategoryAxis()
    cat.append(cats)
    cat.setLabelsFont(widget.font())
    val = QValueAxis()
    val.setLabelFormat("%d")
    val.setLabelsFont(widget.font())
    ch.addAxis(cat, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    ch.addAxis(val, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(cat)
    series.attachAxis(val)
    val.applyNiceNumbers()


class CoverageCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views = [QChartView(self) for _ in range(3)]
        lay = QGridLayout(self)
        for v in self.views:
            v.setRenderHint(QPainter.RenderHint.Antialiasing)
            v.setMinimumHeight(240)
        lay.addWidget(self.views[0], 0, 0)
        lay.addWidget(self.views[1], 0, 1)
        lay.addWidget(self.views[2], 1, 0, 1, 2)

    def set_report(self, rep: GapReport) -> None:
        lang = i18n.current_language()
        self.views[0].setChart(self._hbar(self.tr("Projects by WHO Healthy Cities theme"),
                                          [labels.theme(k, lang) for k in rep.themes], list(rep.themes.values()),
                                          "#00796b"))
        self.views[1].setChart(self._hbar(self.tr("Projects by target group"),
                                          [labels.target_group(k) for k in rep.groups], list(rep.groups.values()),
                                          "#5e35b1"))
        self.views[2].setChart(self._years(rep.years))

    def _hbar(self, title: str, cats: list[str], values: list[int], colour: str) -> QChart:
        ch = _chart(title, self)
        s = QBarSet(self.tr("Projects"))
        s.append([float(v) for v in values][::-1])
        s.setColor(QColor(colour))
        s.setLabelFont(self.font())
        series = QHorizontalBarSeries()
        series.append(s)
        series.setLabelsVisible(True)
        ch.addSeries(series)
        _axes(ch, series, cats[::-1], self, True)
        ch.legend().hide()
        return ch

    def _years(self, years: dict) -> QChart:
        ch = _chart(self.tr("Projects by start year and status"), self)
        ys = sorted({y for y, _ in years if y is not None})
        cats = [str(y) for y in ys] + ([self.tr("n/a")] if any(y is None for y, _ in years) else [])
        keys = ys + ([None] if len(cats) > len(ys) else [])
        series = QStackedBarSeries()
        for st in tx.STATUSES:
            s = QBarSet(labels.status(st))
            s.append([float(years.get((y, st), 0)) for y in keys])
            s.setColor(QColor(STATUS_COLOURS[st]))
            series.append(s)
        ch.addSeries(series)
        _axes(ch, series, cats, self, False)
        ch.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return ch
