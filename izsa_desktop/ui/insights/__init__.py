"""Insights: gap analysis dashboard, similar projects next to the form, joint projects, scorecard.

``install_insights(window)`` adds everything to a MainWindow through its public parts: an "Insights"
tab, the similar-projects panel in a dock beside the form (shown while the form's tab is current), and
the wiring to ``changesApplied``, ``open_project`` and the list filter.

The tab's content (matrix, charts, joint finder, scorecard: ~70 ms of imports and widgets) is built the
first time the tab is shown (``InsightsPage.content()``), so it costs nothing at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QVBoxLayout, QWidget

from .hub import InsightsHub
from .similar_panel import SimilarPanel

if TYPE_CHECKING:
    from .dashboard import InsightsTab


class InsightsPage(QWidget):
    """The "Insights" tab: a placeholder that builds the real ``InsightsTab`` on first show."""

    def __init__(self, window, hub: InsightsHub) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.window_, self.hub = window, hub
        self._tab: InsightsTab | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._tab is not None

    def content(self) -> InsightsTab:
        if self._tab is None:
            from .dashboard import InsightsTab

            w = self.window_
            tab = self._tab = InsightsTab(self.hub, self)
            self._layout.addWidget(tab)

            def show_cell(district: str, goal: int) -> None:
                w.list_panel.set_filter_values(district=district, goal=goal)
                w.list_panel.setFocus()
                w.list_panel.table.setFocus()

            tab.cellChosen.connect(show_cell)
            tab.openRequested.connect(w.open_project)
            w.changesApplied.connect(tab.changes_applied)
        return self._tab

    def showEvent(self, e) -> None:  # type: ignore[no-untyped-def]
        self.content()
        super().showEvent(e)


def install_insights(window) -> InsightsPage:  # type: ignore[no-untyped-def]
    hub = InsightsHub(window.ws, window)
    page = InsightsPage(window, hub)
    window.tabs.addTab(page, QCoreApplication.translate("Insights", "Insights"))

    # the similar-projects panel: a dock beside the tabs, shown while the form's tab is current
    dock = QDockWidget(QCoreApplication.translate("Insights", "Similar projects"), window)
    dock.setObjectName("similarProjectsDock")
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    panel = SimilarPanel(window.form, hub, dock)
    panel.title.hide()  # the dock shows the title
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.tabs.currentChanged.connect(lambda _i: dock.setVisible(window.tabs.currentWidget() is window.form))

    panel.openRequested.connect(window.open_project)
    window.changesApplied.connect(hub.changes_applied)
    window.insights, window.similar_panel, window.insights_hub = page, panel, hub
    window.similar_dock = dock
    return page
