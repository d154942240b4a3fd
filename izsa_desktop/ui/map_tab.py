"""The overview map tab of the main window, kept in step with the project list.

The QtWebEngine page is created the first time the tab is shown (start-up stays fast); after that the
list's filter is applied to the map without rebuilding the page, and selection flows both ways.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..core.summary import ProjectSummary
from .i18n import current_language

if TYPE_CHECKING:
    from .main_window import MainWindow


def map_rows(rows: list[ProjectSummary]) -> list[dict]:
    return [
        {"id": r.uuid, "title": r.title_tr, "district": r.district, "lat": r.lat, "lon": r.lon,
         "sdg_primary": r.sdg_primary, "sdg_goals": tuple(r.sdg_goals)}
        for r in rows
        if not r.deleted and r.lat is not None and r.lon is not None
    ]


class MapTab(QObject):
    def __init__(self, window: MainWindow, web_context, basemap_store=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.window, self.web_context, self.basemap_store = window, web_context, basemap_store
        self.page = QWidget(window)
        self.page.setLayout(QVBoxLayout())
        self.page.layout().setContentsMargins(0, 0, 0, 0)
        self.overview = None
        self.index = window.tabs.addTab(self.page, self.tr("Map"))
        window.tabs.currentChanged.connect(self._tab_changed)
        window.rowsLoaded.connect(lambda _n: self.push_rows())
        window.changesApplied.connect(lambda _op: self.push_rows())
        window.list_panel.filterChanged.connect(self.push_filter)
        window.list_panel.currentProjectChanged.connect(self._list_selected)

    def _tab_changed(self, index: int) -> None:
        if index == self.index and self.overview is None:
            self.build()

    def build(self) -> None:
        from ..map.overview import OverviewMapWidget

        self.overview = OverviewMapWidget(self.web_context(), self.page, basemap_store=self.basemap_store,
                                          lang=current_language())
        self.page.layout().addWidget(self.overview)
        self.overview.projectActivated.connect(self._open)
        self.overview.projectSelected.connect(lambda uuid: self.window.list_panel.select(uuid))
        self.push_rows()

    def push_rows(self) -> None:
        if self.overview is None:
            return
        self.overview.set_projects(map_rows(self.window.list_panel.model.rows))
        self.push_filter()

    def push_filter(self) -> None:
        if self.overview is None:
            return
        panel = self.window.list_panel
        f = panel.current_filter()
        unfiltered = not (f.text or f.district or f.goal or f.theme or f.status)
        self.overview.set_visible_ids(None if unfiltered else panel.proxy.visible_uuids())

    def _list_selected(self, uuid: str) -> None:
        if self.overview is not None and self.window.tabs.currentIndex() == self.index:
            self.overview.select(uuid, popup=False, pan=True)

    def _open(self, uuid: str) -> None:
        self.window.list_panel.select(uuid, emit=False)
        self.window.open_project(uuid)
