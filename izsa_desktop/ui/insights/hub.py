"""Shared state of the insight views: the gap report and the similarity index, computed off the GUI
thread (Runner) and marked stale when the window applies changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ...services import analysis_gaps
from ..worker import Runner

if TYPE_CHECKING:  # imported on first use: the stemmer alone costs ~50 ms of start-up
    from ...services import similarity


class InsightsHub(QObject):
    reportReady = Signal(object)  # GapReport
    indexReady = Signal(object)  # SimilarityIndex
    failed = Signal(str)

    def __init__(self, ws, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = Runner(self)
        self.threshold = analysis_gaps.DEFAULT_THRESHOLD
        self.report: analysis_gaps.GapReport | None = None
        self.index: similarity.SimilarityIndex | None = None
        self._report_busy = self._index_busy = False
        self._report_again = self._index_again = False

    # -- gap report -----------------------------------------------------------------------------------
    def refresh_report(self) -> None:
        if self._report_busy:
            self._report_again = True
            return
        self._report_busy = True
        self.runner.start(analysis_gaps.analyse, self.ws, self.threshold, on_done=self._report_done,
                          on_error=self._error)

    def _report_done(self, report) -> None:  # type: ignore[no-untyped-def]
        self._report_busy = False
        if self._report_again:
            self._report_again = False
            self.refresh_report()
            return
        self.report = report
        self.reportReady.emit(report)

    # -- similarity index -----------------------------------------------------------------------------
    def ensure_index(self) -> None:
        if self.index is None and not self._index_busy:
            self.rebuild_index()

    def rebuild_index(self) -> None:
        if self._index_busy:
            self._index_again = True
            return
        self._index_busy = True
        from ...services import similarity

        self.runner.start(similarity.build_index, self.ws, on_done=self._index_done, on_error=self._error)

    def _index_done(self, index) -> None:  # type: ignore[no-untyped-def]
        self._index_busy = False
        if self._index_again:
            self._index_again = False
            self.rebuild_index()
            return
        self.index = index
        self.indexReady.emit(index)

    def _error(self, exc: BaseException, tb: str) -> None:
        self._report_busy = self._index_busy = False
        self.failed.emit(str(exc))

    def changes_applied(self, _op=None) -> None:  # type: ignore[no-untyped-def]
        """Data changed: recompute what is on show; the index is rebuilt when next needed."""
        if self.report is not None:
            self.refresh_report()
        if self.index is not None:
            self.rebuild_index()
