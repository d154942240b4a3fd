"""``OverviewMapWidget``: every project on one offline map, filtered and selected from Python.

Rows go to the page once (``set_projects``) as a columnar JSON message; ``set_visible_ids`` and
``select`` only send ids, so the page is never rebuilt. The page reports each change it has applied
(``applied(what, message)``), which tests and benchmarks wait on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from izsa_desktop.core import taxonomy

from . import inbox
from .page import PageConfig, build_overview_page
from .projects import MapProject, normalise, payload
from .view import BasemapStore, MapView, start_basemap
from .web import WebContext


class OverviewMapWidget(QWidget):
    projectActivated = Signal(str)  # "open" clicked in a popup
    projectSelected = Signal(str)  # a point clicked
    basemapChanged = Signal(str)
    applied = Signal(str, object)  # what ("projects" | "filter" | "select" | "mode"), page message
    ready = Signal()

    def __init__(self, ctx: WebContext, parent: QWidget | None = None, *,
                 basemap_store: BasemapStore | None = None, lang: str = "tr") -> None:
        super().__init__(parent)
        self._store = basemap_store
        self._projects: list[MapProject] = []
        self._visible: set[str] | None = None
        self._seq = 0

        self.choropleth_check = QCheckBox(self.tr("Projects per district"), self)
        self.choropleth_check.toggled.connect(self._send_mode)
        self.goal_combo = QComboBox(self)
        self.goal_combo.addItem(self.tr("All SDGs"), None)
        for n, g in taxonomy.goals().items():
            self.goal_combo.addItem(f"{n} {g.name(lang)}", n)
        self.goal_combo.currentIndexChanged.connect(self._send_mode)
        self.export_button = QPushButton(self.tr("Save map image…"), self)
        self.export_button.clicked.connect(self._export_dialog)
        self.notice_label = QLabel(self)  # the saved basemap could not be used (see start_basemap)
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.hide()
        self.view = MapView(ctx, self)
        self.view.bridge.received.connect(self._on_message)
        self.view.bridge.ready.connect(self.ready)

        bar = QHBoxLayout()
        bar.addWidget(self.choropleth_check)
        bar.addWidget(self.goal_combo)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.notice_label)
        lay.addWidget(self.view, 1)

        labels = {
            "vector_basemap": self.tr("İzmir (offline vector map)"),
            "districts": self.tr("District boundaries"),
            "open": self.tr("Open"),
            "legend_sdg": self.tr("Primary SDG"),
            "legend_count": self.tr("Projects per district"),
            "legend_count_goal": self.tr("Projects per district, SDG {goal}"),
            "no_sdg": self.tr("No SDG"),
        }
        bases = self.view.available_bases(labels["vector_basemap"])
        basemap, self.basemap_fallback = start_basemap(basemap_store, bases)
        if self.basemap_fallback:
            self.notice_label.setText(self.tr(
                "The saved map pack could not be opened, so the built-in İzmir map is shown. Install the pack "
                "again in Map ▸ Offline map packs."))
            self.notice_label.show()
        cfg = PageConfig(kind="overview", bases=bases, basemap=basemap, labels=labels, lang=lang, draw=False)
        self._base_keys = frozenset(b.key for b in cfg.bases)
        self._ids: frozenset[str] = frozenset()
        self.view.bridge.rules = inbox.overview_rules(lambda: self._base_keys, lambda: self._ids)
        self.view.load_html(build_overview_page(cfg))

    # -- public API ------------------------------------------------------------------------------
    def is_ready(self) -> bool:
        return self.view.bridge.is_ready

    def set_projects(self, rows: Iterable[MapProject | Mapping[str, Any]]) -> int:
        """Replace the data; returns the sequence number the page reports in ``applied``. Rows
        without coordinates are left off the map."""
        self._projects = normalise(rows)
        self._ids = frozenset(p.id for p in self._projects)  # the only ids the page may select or open
        self.view.bridge.drop_queued("projects")
        return self._send("projects", data=payload(self._projects))

    def projects(self) -> list[MapProject]:
        return list(self._projects)

    def set_visible_ids(self, ids: Iterable[str] | None) -> int:
        """Show only these projects (None shows all) without rebuilding the page."""
        self._visible = None if ids is None else {str(i) for i in ids}
        self.view.bridge.drop_queued("filter")
        return self._send("filter", ids=None if self._visible is None else sorted(self._visible))

    def select(self, project_id: str | None, *, popup: bool = False, pan: bool = True) -> int:
        """Highlight one project (None clears), optionally opening its popup."""
        return self._send("select", id=project_id, popup=popup, pan=pan)

    def set_choropleth(self, enabled: bool, goal: int | None = None) -> None:
        """District choropleth of the visible projects (optionally only those with SDG ``goal``)."""
        self.goal_combo.blockSignals(True)
        self.goal_combo.setCurrentIndex(max(self.goal_combo.findData(goal), 0))
        self.goal_combo.blockSignals(False)
        if self.choropleth_check.isChecked() == enabled:
            self._send_mode()
        else:
            self.choropleth_check.setChecked(enabled)  # sends through toggled

    def set_basemap(self, key: str) -> None:
        self.view.bridge.send("setBasemap", key=key)

    def grab_map(self) -> QPixmap:
        return self.view.grab()

    def export_png(self, path: str | Path) -> bool:
        """Save what the map shows now as a PNG file."""
        return self.grab_map().save(str(path), "PNG")

    # -- internals -------------------------------------------------------------------------------
    def _send(self, type_: str, **fields: Any) -> int:
        self._seq += 1
        self.view.bridge.send(type_, seq=self._seq, **fields)
        return self._seq

    def _send_mode(self, *_: object) -> None:
        mode = "choropleth" if self.choropleth_check.isChecked() else "points"
        self.goal_combo.setEnabled(mode == "choropleth")
        self._send("mode", mode=mode, goal=self.goal_combo.currentData())

    def _on_message(self, msg: dict) -> None:
        kind = msg.get("type")
        if kind == "open":
            self.projectActivated.emit(str(msg["id"]))
        elif kind == "selected":
            self.projectSelected.emit(str(msg["id"]))
        elif kind == "basemap":
            self.notice_label.hide()
            if self._store is not None:
                self._store.save(str(msg["key"]))
            self.basemapChanged.emit(str(msg["key"]))
        elif kind == "applied":
            self.applied.emit(str(msg.get("what")), msg)

    def _export_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save map image"), "", self.tr("PNG images (*.png)"))
        if path:
            self.export_png(path if path.lower().endswith(".png") else path + ".png")
