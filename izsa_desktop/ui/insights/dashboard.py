"""The Insights tab: District x SDG matrix (with target drill-down), coverage charts, gaps, joint projects
and the coaching scorecard. Computed off the GUI thread; refreshed when the window applies changes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ...services import analysis
from .charts import CoverageCharts
from .gaps_view import GapsView
from .hub import InsightsHub
from .joint_view import JointView
from .matrix import MatrixView, TargetsView
from .scorecard_view import ScorecardView


class InsightsTab(QWidget):
    cellChosen = Signal(str, int)  # district, goal
    openRequested = Signal(str)
    refreshed = Signal()

    def __init__(self, hub: InsightsHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self._stale = True
        self.status = QLabel(self.tr("Computing…"), self)
        self.matrix = MatrixView(self)
        self.targets = TargetsView(self)
        self.matrix_stack = QStackedWidget(self)
        self.matrix_stack.addWidget(self.matrix)
        self.matrix_stack.addWidget(self.targets)
        self.charts = CoverageCharts(self)
        self.gaps = GapsView(self)
        self.joint = JointView(hub, self)
        self.scorecard = ScorecardView(hub, self)
        self.pages = QTabWidget(self)
        self.pages.addTab(self.matrix_stack, self.tr("District × SDG"))
        self.pages.addTab(self.charts, self.tr("Coverage"))
        self.pages.addTab(self.gaps, self.tr("Gaps"))
        self.pages.addTab(self.joint, self.tr("Joint projects"))
        self.pages.addTab(self.scorecard, self.tr("Scorecard"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.status)
        lay.addWidget(self.pages, 1)

        self.matrix.cellChosen.connect(self.cellChosen)
        self.matrix.goalChosen.connect(self.drill_down)
        self.targets.back.connect(lambda: self.matrix_stack.setCurrentWidget(self.matrix))
        self.gaps.thresholdChanged.connect(self._threshold)
        self.joint.openRequested.connect(self.openRequested)
        hub.reportReady.connect(self._report)
        hub.failed.connect(self.status.setText)

    def showEvent(self, e) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(e)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.status.setText(self.tr("Computing…"))
        self.hub.refresh_report()
        self.scorecard.refresh()

    def changes_applied(self, _op=None) -> None:  # type: ignore[no-untyped-def]
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _threshold(self, value: int) -> None:
        self.hub.threshold = value
        self.hub.refresh_report()

    def _report(self, rep) -> None:  # type: ignore[no-untyped-def]
        self.matrix.set_matrix(rep.matrix)
        self.charts.set_report(rep)
        self.gaps.set_report(rep)
        self.status.setText(self.tr("{count} live projects.").format(count=rep.matrix.total_projects))
        self.refreshed.emit()

    def drill_down(self, goal: int) -> None:
        m = self.matrix.matrix
        if m is None:
            return
        self.hub.runner.start(lambda progress, cancelled: analysis.target_by_district(self.hub.ws),
                              on_done=lambda by: self._show_targets(goal, by, m.districts))

    def _show_targets(self, goal: int, by, districts) -> None:  # type: ignore[no-untyped-def]
        self.targets.show_goal(goal, by, districts)
        self.matrix_stack.setCurrentWidget(self.targets)
