"""``LocationPickerWidget``: pick a project's location on the offline map or by typing/searching.

Map click or marker drag, typed "lat"/"lon" fields (decimal comma or point), and offline place search
over districts and neighbourhoods all set one point and emit ``pointChanged(lat, lon, method)`` with
a ``taxonomy.LOCATION_METHODS`` code. Precision "district" snaps the point to the district's label
point. A soft warning names the district the point really falls in when it differs from the recorded
one (``set_district``). Extra sites and one area polygon come from leaflet-draw (``shapesChanged``).
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from izsa_desktop.core import taxonomy

from . import coords, inbox
from .page import PageConfig, build_picker_page
from .view import BasemapStore, MapView, start_basemap
from .web import WebContext


class LocationPickerWidget(QWidget):
    pointChanged = Signal(float, float, str)  # lat, lon, method code
    shapesChanged = Signal(object)  # {"sites": [[lat, lon], ...], "polygon": [[lat, lon], ...] | None}
    precisionChanged = Signal(str)
    basemapChanged = Signal(str)
    ready = Signal()

    def __init__(self, ctx: WebContext, parent: QWidget | None = None, *,
                 basemap_store: BasemapStore | None = None, draw: bool = True, lang: str = "tr") -> None:
        super().__init__(parent)
        self._store = basemap_store
        self._point: tuple[float, float] | None = None
        self._method = ""
        self._district: str | None = None
        self._shapes: dict = {"sites": [], "polygon": None}
        self._places: list[coords.Place] = []

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search a district or neighbourhood"))
        self.search_edit.setClearButtonEnabled(True)
        self._completion = QStringListModel(self)
        completer = QCompleter(self._completion, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search_edit.setCompleter(completer)
        self.search_edit.textEdited.connect(self._update_completion)
        completer.activated.connect(self._on_place_chosen)
        self.search_edit.returnPressed.connect(lambda: self._on_place_chosen(self.search_edit.text()))

        self.lat_edit = QLineEdit(self)
        self.lat_edit.setPlaceholderText(self.tr("Latitude, e.g. 38,4237"))
        self.lon_edit = QLineEdit(self)
        self.lon_edit.setPlaceholderText(self.tr("Longitude, e.g. 27,1428"))
        for e in (self.lat_edit, self.lon_edit):
            e.editingFinished.connect(self._on_typed)
        self.swap_button = QToolButton(self)
        self.swap_button.setText(self.tr("Swap"))
        self.swap_button.setToolTip(self.tr("Swap latitude and longitude"))
        self.swap_button.clicked.connect(self.swap_fields)
        self.swap_button.hide()
        self.precision_combo = QComboBox(self)
        for code, text in self._precision_names().items():
            self.precision_combo.addItem(text, code)
        self.precision_combo.currentIndexChanged.connect(self._on_precision)
        self.warning_label = QLabel(self)
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setStyleSheet("color: #9a5b00;")
        self.warning_label.hide()

        self.notice_label = QLabel(self)  # the saved basemap could not be used (see start_basemap)
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.hide()
        self.view = MapView(ctx, self)
        self.view.bridge.received.connect(self._on_message)
        self.view.bridge.ready.connect(self.ready)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lat"), self))
        row.addWidget(self.lat_edit)
        row.addWidget(QLabel(self.tr("Lon"), self))
        row.addWidget(self.lon_edit)
        row.addWidget(self.swap_button)
        row.addWidget(self.precision_combo)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search_edit)
        lay.addLayout(row)
        lay.addWidget(self.warning_label)
        lay.addWidget(self.notice_label)
        lay.addWidget(self.view, 1)

        labels = {
            "vector_basemap": self.tr("İzmir (offline vector map)"),
            "districts": self.tr("District boundaries"),
            "draw_site": self.tr("Add another site"),
            "draw_area": self.tr("Draw the project area"),
            "edit": self.tr("Edit sites and area"),
            "remove": self.tr("Delete sites and area"),
        }
        bases = self.view.available_bases(labels["vector_basemap"])
        basemap, self.basemap_fallback = start_basemap(basemap_store, bases)
        if self.basemap_fallback:
            self.notice_label.setText(self.tr(
                "The saved map pack could not be opened, so the built-in İzmir map is shown. Install the pack "
                "again in Map ▸ Offline map packs."))
            self.notice_label.show()
        cfg = PageConfig(kind="picker", bases=bases, basemap=basemap, labels=labels, lang=lang, draw=draw)
        base_keys = frozenset(b.key for b in cfg.bases)
        self.view.bridge.rules = inbox.picker_rules(lambda: base_keys)
        self.view.load_html(build_picker_page(cfg))

    def _precision_names(self) -> dict[str, str]:
        names = {
            "exact": self.tr("Exact point"),
            "neighbourhood": self.tr("Neighbourhood"),
            "district": self.tr("District (centre point)"),
            "city": self.tr("City-wide"),
            "multi_district": self.tr("Several districts"),
        }
        return {code: names[code] for code in taxonomy.PRECISIONS}

    # -- public API ------------------------------------------------------------------------------
    def is_ready(self) -> bool:
        return self.view.bridge.is_ready

    def point(self) -> tuple[float, float] | None:
        return self._point

    def method(self) -> str:
        return self._method

    def set_point(self, lat: float, lon: float, zoom: int | None = None, method: str = "imported") -> None:
        """Show a stored point (emits ``pointChanged`` only if it differs)."""
        self._apply(lat, lon, method, move_map=True, zoom=zoom)

    def clear_point(self) -> None:
        self._point, self._method = None, ""
        self.lat_edit.clear()
        self.lon_edit.clear()
        self.view.bridge.send("clearPoint")
        self._update_warning()

    def set_district(self, code: str | None) -> None:
        """The district recorded on the form; the warning compares the point against it."""
        self._district = code or None
        self._update_warning()

    def precision(self) -> str:
        return str(self.precision_combo.currentData())

    def set_precision(self, code: str) -> None:
        i = self.precision_combo.findData(code)
        if i < 0:
            raise ValueError(code)
        self.precision_combo.setCurrentIndex(i)

    def shapes(self) -> dict:
        return {"sites": [list(s) for s in self._shapes["sites"]], "polygon": self._shapes["polygon"]}

    def set_shapes(self, sites: list[tuple[float, float]], polygon: list[tuple[float, float]] | None) -> None:
        self._shapes = {"sites": [list(s) for s in sites], "polygon": [list(p) for p in polygon] if polygon else None}
        self.view.bridge.send("setShapes", **self._shapes)

    def search(self, text: str) -> list[coords.Place]:
        return coords.search_places(text)

    def go_to_place(self, place: coords.Place) -> None:
        """Jump the map to a search result and put the point there (method "place_search")."""
        self.search_edit.setText(place.label)
        zoom = 11 if place.kind == "district" else 15
        self._apply(place.lat, place.lon, "place_search", move_map=True, zoom=zoom)

    def swap_fields(self) -> None:
        lat, lon = self.lat_edit.text(), self.lon_edit.text()
        self.lat_edit.setText(lon)
        self.lon_edit.setText(lat)
        self._on_typed()

    # -- internals -------------------------------------------------------------------------------
    def _apply(self, lat: float, lon: float, method: str, *, move_map: bool, zoom: int | None = None) -> None:
        slat, slon = coords.snap_point(self.precision(), lat, lon, self._district)
        snapped = (round(slat, 7), round(slon, 7)) != (round(lat, 7), round(lon, 7))
        if snapped:
            method = "district_default"
        self.lat_edit.setText(f"{slat:.6f}")
        self.lon_edit.setText(f"{slon:.6f}")
        self.swap_button.hide()
        if move_map or snapped:
            fields = {"lat": slat, "lon": slon}
            if zoom:
                fields["zoom"] = zoom
            self.view.bridge.send("setPoint", **fields)
        changed = self._point != (slat, slon)
        self._point, self._method = (slat, slon), method
        self._update_warning()
        if changed:
            self.pointChanged.emit(slat, slon, method)

    def _on_message(self, msg: dict) -> None:
        kind = msg.get("type")
        if kind == "point":
            self._apply(float(msg["lat"]), float(msg["lon"]), "map_click", move_map=False)
        elif kind == "shapes":
            self._shapes = {"sites": msg.get("sites") or [], "polygon": msg.get("polygon")}
            self.shapesChanged.emit(self.shapes())
        elif kind == "basemap":
            self.notice_label.hide()
            if self._store is not None:
                self._store.save(str(msg["key"]))
            self.basemapChanged.emit(str(msg["key"]))

    def _on_typed(self) -> None:
        lat, lon = coords.parse_coordinate(self.lat_edit.text()), coords.parse_coordinate(self.lon_edit.text())
        if lat is None or lon is None:
            if self.lat_edit.text().strip() and self.lon_edit.text().strip():
                self._warn(self.tr("Type decimal degrees, for example 38,4237 and 27,1428."))
            return
        if not coords.valid_lat_lon(lat, lon):
            self._warn(self.tr("Latitude must be between -90 and 90, longitude between -180 and 180."))
            return
        if coords.looks_swapped(lat, lon):
            self.swap_button.show()
            self._warn(self.tr("Latitude and longitude look swapped: {lat}, {lon} would lie in İzmir.")
                       .format(lat=lon, lon=lat))
            return
        if self._point is not None and (round(lat, 6), round(lon, 6)) == tuple(round(v, 6) for v in self._point):
            return
        self._apply(lat, lon, "typed", move_map=True)

    def _update_completion(self, text: str) -> None:
        self._places = coords.search_places(text)
        self._completion.setStringList([p.label for p in self._places])

    def _on_place_chosen(self, text: str) -> None:
        matches = [p for p in self._places if p.label == text] or coords.search_places(text)[:1]
        if matches:
            self.go_to_place(matches[0])

    def _on_precision(self) -> None:
        code = self.precision()
        if self._point is not None:
            self._apply(*self._point, self._method or "map_click", move_map=False)
        self.precisionChanged.emit(code)

    def _warn(self, text: str) -> None:
        self.warning_label.setText(text)
        self.warning_label.setVisible(bool(text))

    def _update_warning(self) -> None:
        if self._point is None:
            return self._warn("")
        lat, lon = self._point
        found = taxonomy.district_at(lon, lat)
        if found is None:
            return self._warn(self.tr("This point lies outside İzmir."))
        if self._district and self._district not in (found, taxonomy.METROPOLITAN):
            return self._warn(self.tr("This point lies in {found}, not in the recorded district {recorded}.")
                              .format(found=taxonomy.district_name(found),
                                      recorded=taxonomy.district_name(self._district)))
        self._warn("")
