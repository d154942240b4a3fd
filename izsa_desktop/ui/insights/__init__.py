"""Insights: gap analysis dashboard, similar projects next to the form, joint projects, scorecard.

``install_insights(window)`` adds everything to a MainWindow through its public parts: an "Insights"
tab, the similar-projects panel in a dock beside the form (shown while the form's tab is current), and the wiring to ``changesApplied``, ``open_project`` and the list filter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from .dashboard import InsightsTab
from .hub import InsightsHub
from .similar_panel import SimilarPanel


def install_insights(window) -> InsightsTab:  # type: ignore[no-untyped-def]
    hub = InsightsHub(window.ws, window)
    tab = InsightsTab(hub, window)
    window.tabs.addTab(tab, QCoreApplication.translate("Insights", "Insights"))

    # the similar-projects panel: a dock beside the tabs, shown while the form's tab is current
    dock = QDockWidget(QCoreApplication.translate("Insights", "Similar projects"), window)
    dock.setObjectName("similarProjectsDock")
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    panel = SimilarPanel(window.form, hub, dock)
    panel.title.hide()  # the dock shows the title
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.tabs.currentChanged.connect(lambda _i: dock.setVisible(window.tabs.currentWidget() is window.form))

    def show_cell(district: str, goal: int) -> None:
        window.list_panel.set_filter_values(district=district, goal=goal)
        window.list_panel.setFocus()
        if hasattr(window.list_panel, "table"):
            window.list_panel.table.setFocus()

    tab.cellChosen.connect(show_cell)
    tab.openRequested.connect(window.open_project)
    panel.openRequested.connect(window.open_project)
    window.changesApplied.connect(hub.changes_applied)
    window.changesApplied.connect(tab.changes_applied)
    window.insights, window.similar_panel, window.insights_hub = tab, panel, hub
    window.similar_dock = dock
    return tab

