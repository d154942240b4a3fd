"""The Location tab: typed coordinates (decimal comma or point), precision, neighbourhood, address,
and a slot for the map picker.

The map (``izsa_desktop.map.picker.LocationPickerWidget``, QtWebEngine) is heavy, so the form only
takes a factory and builds the widget the first time this tab is shown; ``set_location_widget``
embeds any widget with the picker's signals (``pointChanged(lat, lon, method)``,
``precisionChanged(code)``, ``shapesChanged(dict)``) and slots (``set_point``, ``clear_point``,
``set_precision``, ``set_district``, ``set_shapes``). The typed fields stay the record of truth.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core import taxonomy as tx
from ...core.model import Project
from .. import labels
from .base import LoadProblem, Problems, Section
from .geometry import geometry_to_shapes, read_geometry, shapes_to_geometry
from .parse import InputProblem, format_coord, parse_coord

PickerFactory = Callable[[QWidget], QWidget]


def map_picker_factory(ctx: Any, **options: Any) -> PickerFactory:
    """A factory building the map engineer's ``LocationPickerWidget`` on ``ctx`` (a ``WebContext``);
    QtWebEngine is imported only when the Location tab is first shown."""

    def build(parent: QWidget) -> QWidget:
        from ...map.picker import LocationPickerWidget
        from ..i18n import current_language

        return LocationPickerWidget(ctx, parent, lang=current_language(), **options)

    return build


class LocationSection(Section):
    def __init__(self, picker_factory: PickerFactory | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker_factory = picker_factory
        self.picker: QWidget | None = None
        self.method = "typed"
        self.geometry: dict[str, Any] | None = None
        self._district = ""
        self._syncing = False
        self.lat = QLineEdit(self.body)
        self.lat.setPlaceholderText(self.tr("e.g. {example}").format(example=format_coord(38.4237)))
        self.lon = QLineEdit(self.body)
        self.lon.setPlaceholderText(self.tr("e.g. {example}").format(example=format_coord(27.1428)))
        coords = QWidget(self.body)
        row = QHBoxLayout(coords)
        row.setContentsMargins(0, 0, 0, 0)
        lon_label = QLabel(self.tr("L&ongitude:"), coords)
        lon_label.setBuddy(self.lon)
        row.addWidget(self.lat, 1)
        row.addWidget(lon_label)
        row.addWidget(self.lon, 1)
        coords.setFocusProxy(self.lat)
        self.lon.setAccessibleName(self.tr("Longitude"))
        self.precision = QComboBox(self.body)
        for code in tx.PRECISIONS:
            self.precision.addItem(labels.precision(code), code)
        self.neighbourhood = QLineEdit(self.body)
        self._mahalle = QStringListModel(self)
        completer = QCompleter(self._mahalle, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.neighbourhood.setCompleter(completer)
        self.address = QLineEdit(self.body)
        self.shapes_label = QLabel(self.body)
        self.shapes_label.setWordWrap(True)

        self.add_row(self.tr("L&atitude:"), coords, ("lat", "lon"), accessible=self.tr("Latitude"))
        self.lat.setAccessibleName(self.tr("Latitude"))
        self.add_row(self.tr("P&recision:"), self.precision, ("precision",))
        self.add_row(self.tr("&Neighbourhood:"), self.neighbourhood, ("neighbourhood",))
        self.add_row(self.tr("A&ddress:"), self.address, ("address",))
        self.form.addRow("", self.shapes_label)
        self.hint = QLabel(self.tr("Type decimal degrees (a comma or a point both work), or pick the point "
                                   "on the map below.") if picker_factory else
                           self.tr("Type decimal degrees; a comma or a point both work."), self.body)
        self.hint.setWordWrap(True)
        self.layout_.insertWidget(1, self.hint)
        self.map_box = QVBoxLayout()
        self.layout_.insertLayout(2, self.map_box, 10)
        self.watch(self.lat, self.lon, self.precision, self.neighbourhood, self.address)
        for e in (self.lat, self.lon):
            e.textEdited.connect(self._typed)
            e.editingFinished.connect(self._push_point)
        self.precision.currentIndexChanged.connect(self._push_precision)

    # -- picker hook ---------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override): build the map lazily
        super().showEvent(event)
        if self.picker is None and self.picker_factory is not None:
            self.set_location_widget(self.picker_factory(self.body))

    def set_location_widget(self, widget: QWidget) -> None:
        if self.picker is not None:
            self.map_box.removeWidget(self.picker)
            self.picker.deleteLater()
        self.picker = widget
        widget.setParent(self.body)
        widget.setMinimumHeight(self.fontMetrics().height() * 25)
        self.map_box.addWidget(widget, 1)
        for signal, slot in (("pointChanged", self._picked), ("precisionChanged", self._picked_precision),
                             ("shapesChanged", self._picked_shapes)):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(slot)
        self.hint.setText(self.tr("Click the map, drag the marker or search a place; the coordinates "
                                  "above follow. Typed coordinates move the marker."))
        widget.show()
        self._push_all()

    def _call(self, name: str, *args: Any) -> None:
        if self.picker is not None and hasattr(self.picker, name):
            self._syncing = True
            try:
                getattr(self.picker, name)(*args)
            finally:
                self._syncing = False

    def _push_all(self) -> None:
        self._call("set_district", self._district or None)
        self._call("set_precision", self.precision.currentData())
        self._push_point()
        shapes = geometry_to_shapes(self.geometry)
        self._call("set_shapes", shapes["sites"], shapes["polygon"])

    def _push_point(self) -> None:
        try:
            lat, lon = parse_coord(self.lat.text()), parse_coord(self.lon.text())
        except InputProblem:
            return
        if lat is None and lon is None:
            self._call("clear_point")
        elif lat is not None and lon is not None:
            self._call("set_point", lat, lon, None, self.method)

    def _push_precision(self) -> None:
        if not self._syncing:
            self._call("set_precision", self.precision.currentData())

    def _typed(self) -> None:
        self.method = "typed"

    def _picked(self, lat: float, lon: float, method: str) -> None:
        if self._syncing:
            return
        self.lat.setText(format_coord(lat))
        self.lon.setText(format_coord(lon))
        self.method = method or "map_click"
        self.changed.emit()

    def _picked_precision(self, code: str) -> None:
        i = self.precision.findData(code)
        if not self._syncing and i >= 0 and i != self.precision.currentIndex():
            self._syncing = True
            self.precision.setCurrentIndex(i)  # emits changed through watch()
            self._syncing = False

    def _picked_shapes(self, shapes: dict) -> None:
        self.geometry = shapes_to_geometry(shapes)
        self._show_shapes()
        self.changed.emit()

    def _show_shapes(self) -> None:
        shapes = geometry_to_shapes(self.geometry)
        parts = []
        if shapes["sites"]:
            parts.append(self.tr("{count} more site(s)").format(count=len(shapes["sites"])))
        if shapes["polygon"]:
            parts.append(self.tr("a project area"))
        self.shapes_label.setText(self.tr("Also on the map: {parts}").format(parts=", ".join(parts)) if parts else "")
        self.shapes_label.setVisible(bool(parts))

    # -- section -------------------------------------------------------------------------------------
    def set_district(self, code: str) -> None:
        self._district = code
        names = sorted({m["name"] for m in tx.mahalleler() if not code or m["district"] == code})
        self._mahalle.setStringList(names)
        self._call("set_district", code or None)

    def load(self, p: Project) -> None:
        if not read_geometry(p.geometry)[1]:
            raise LoadProblem("geometry")
        self.lat.setText(format_coord(p.lat))
        self.lon.setText(format_coord(p.lon))
        self.method = p.location_method
        self.precision.setCurrentIndex(max(self.precision.findData(p.precision), 0))
        self.neighbourhood.setText(p.neighbourhood)
        self.address.setText(p.address)
        self.geometry = p.geometry
        self._show_shapes()
        self.set_district(p.district)
        self._push_all()

    def apply(self, p: Project) -> Problems:
        problems: Problems = []
        for name, edit in (("lat", self.lat), ("lon", self.lon)):
            try:
                setattr(p, name, parse_coord(edit.text()))
            except InputProblem:
                setattr(p, name, None)
                problems.append((name, self.tr("Not a number: type decimal degrees, e.g. {example}.")
                                 .format(example=format_coord(38.4237 if name == "lat" else 27.1428))))
        p.location_method = self.method if p.lat is not None else p.location_method
        p.precision = self.precision.currentData()
        p.neighbourhood = self.neighbourhood.text().strip()
        p.address = self.address.text().strip()
        p.geometry = self.geometry
        return problems
