"""LocationPickerWidget against a real QtWebEngine page: click, drag, typing, search, precision."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from izsa_desktop.core import taxonomy

from .conftest import SCREENS, js

pytestmark = pytest.mark.timeout(120)


def _marker(qtbot, picker):
    return js(qtbot, picker.view, "IZSA.map.hasLayer(IZSA.marker) ? "
                                  "[IZSA.marker.getLatLng().lat, IZSA.marker.getLatLng().lng] : null")


def test_map_fire_click_sets_point(picker, qtbot):
    with qtbot.waitSignal(picker.pointChanged, timeout=10000) as sig:
        js(qtbot, picker.view, "IZSA.map.fire('click', {latlng: L.latLng(38.4621, 27.2169)}) && 1")
    assert sig.args == [pytest.approx(38.4621), pytest.approx(27.2169), "map_click"]
    assert picker.lat_edit.text() == "38.462100" and picker.lon_edit.text() == "27.216900"
    assert _marker(qtbot, picker) == pytest.approx([38.4621, 27.2169])


def test_real_mouse_click_sets_point_under_the_cursor(picker, qtbot):
    target = picker.view.focusProxy()
    assert target is not None
    pos = QPoint(target.width() // 2 + 40, target.height() // 2 + 30)
    expected = js(qtbot, picker.view, f"(function(){{ var ll = IZSA.map.containerPointToLatLng([{pos.x()}, {pos.y()}]);"
                                      " return [ll.lat, ll.lng]; })()")
    with qtbot.waitSignal(picker.pointChanged, timeout=10000) as sig:
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    assert sig.args[:2] == pytest.approx(expected, abs=1e-3)
    assert sig.args[2] == "map_click"


def test_marker_drag_sets_point(picker, qtbot):
    picker.set_point(38.42, 27.14)
    with qtbot.waitSignal(picker.pointChanged, timeout=10000) as sig:
        js(qtbot, picker.view, "IZSA.marker.setLatLng([38.5, 27.05]).fire('dragend') && 1")
    assert sig.args == [pytest.approx(38.5), pytest.approx(27.05), "map_click"]
    assert picker.point() == pytest.approx((38.5, 27.05))


def test_typed_coordinates_with_decimal_comma_move_the_marker(picker, qtbot):
    picker.lat_edit.setText("38,4237")
    picker.lon_edit.setText("27,1428")
    with qtbot.waitSignal(picker.pointChanged, timeout=5000) as sig:
        picker.lon_edit.editingFinished.emit()
    assert sig.args == [pytest.approx(38.4237), pytest.approx(27.1428), "typed"]
    qtbot.waitUntil(lambda: _marker(qtbot, picker) == pytest.approx([38.4237, 27.1428]), timeout=10000)


def test_swapped_coordinates_warn_and_can_be_swapped(picker, qtbot):
    picker.lat_edit.setText("27,1428")
    picker.lon_edit.setText("38,4237")
    picker.lon_edit.editingFinished.emit()
    assert picker.point() is None
    assert picker.swap_button.isVisibleTo(picker) and picker.warning_label.isVisibleTo(picker)
    with qtbot.waitSignal(picker.pointChanged, timeout=5000):
        picker.swap_button.click()
    assert picker.point() == pytest.approx((38.4237, 27.1428))


def test_place_search_jumps_the_map(picker, qtbot):
    hits = picker.search("kazimdirik")
    assert hits and hits[0].name == "Kazımdirik"
    with qtbot.waitSignal(picker.pointChanged, timeout=5000) as sig:
        picker.go_to_place(hits[0])
    assert sig.args[2] == "place_search"
    qtbot.waitUntil(lambda: js(qtbot, picker.view, "IZSA.map.getZoom()") == 15, timeout=10000)
    center = js(qtbot, picker.view, "[IZSA.map.getCenter().lat, IZSA.map.getCenter().lng]")
    assert center == pytest.approx([hits[0].lat, hits[0].lon], abs=1e-3)


def test_search_box_return_key_uses_folded_matching(picker, qtbot):
    picker.search_edit.setText("ÇEŞME")
    with qtbot.waitSignal(picker.pointChanged, timeout=5000) as sig:
        picker.search_edit.returnPressed.emit()
    cesme = taxonomy.districts_by_id()["cesme"]
    assert sig.args[:2] == pytest.approx([cesme.label_point[1], cesme.label_point[0]])


def test_district_precision_snaps_and_mismatch_warns(picker, qtbot):
    picker.set_district("bornova")
    picker.set_point(38.4237, 27.1428)  # Konak
    assert picker.warning_label.isVisibleTo(picker)
    assert "Konak" in picker.warning_label.text() and "Bornova" in picker.warning_label.text()
    with qtbot.waitSignal(picker.pointChanged, timeout=5000) as sig:
        picker.set_precision("district")
    bornova = taxonomy.districts_by_id()["bornova"]
    assert sig.args == [pytest.approx(bornova.label_point[1]), pytest.approx(bornova.label_point[0]),
                        "district_default"]
    assert not picker.warning_label.isVisibleTo(picker)
    qtbot.waitUntil(lambda: _marker(qtbot, picker) == pytest.approx([bornova.label_point[1],
                                                                     bornova.label_point[0]]), timeout=10000)


def test_drawn_sites_and_area_reach_python(picker, qtbot):
    with qtbot.waitSignal(picker.shapesChanged, timeout=10000) as sig:
        js(qtbot, picker.view, "IZSA.map.fire('draw:created', {layer: L.polygon([[38.4, 27.1], [38.41, 27.12],"
                               " [38.39, 27.13]])}) && 1")
    assert sig.args[0]["polygon"] == [[38.4, 27.1], [38.41, 27.12], [38.39, 27.13]]
    with qtbot.waitSignal(picker.shapesChanged, timeout=10000) as sig:
        js(qtbot, picker.view, "IZSA.map.fire('draw:created', {layer: L.marker([38.45, 27.2])}) && 1")
    assert sig.args[0]["sites"] == [[38.45, 27.2]] and sig.args[0]["polygon"]
    picker.set_shapes([(38.3, 27.3)], None)
    qtbot.waitUntil(lambda: js(qtbot, picker.view, "IZSA.shapes()") == {"type": "shapes", "sites": [[38.3, 27.3]],
                                                                       "polygon": None}, timeout=10000)


def test_basemap_choice_is_reported_and_stored(qtbot, web_profile):
    from izsa_desktop.map.picker import LocationPickerWidget

    class Store:
        saved: list[str] = []

        def load(self):
            return "izmir"

        def save(self, key):
            self.saved.append(key)

    store = Store()
    w = LocationPickerWidget(web_profile, basemap_store=store)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.is_ready, timeout=20000)
    with qtbot.waitSignal(w.basemapChanged, timeout=5000) as sig:
        js(qtbot, w.view, "IZSA.map.fire('baselayerchange', {layer: IZSA.basemaps.izmir}) && 1")
    assert sig.args == ["izmir"] and store.saved == ["izmir"]


def test_screenshot_picker(picker, qtbot):
    picker.set_point(38.4237, 27.1428, zoom=11)
    qtbot.waitUntil(lambda: js(qtbot, picker.view, "IZSA.map.getZoom()") == 11, timeout=10000)
    qtbot.wait(600)  # let the canvas paint before grabbing (rendering, not logic)
    SCREENS.mkdir(exist_ok=True)
    assert picker.grab().save(str(SCREENS / "map_picker.png"))
