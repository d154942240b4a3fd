"""The Location tab with the real map picker: built lazily on first show, and kept in step both ways."""

from __future__ import annotations

from datetime import date

import pytest

from izsa_desktop.services.projects import ProjectService
from izsa_desktop.services.workspace import init_workspace
from izsa_desktop.ui import i18n
from izsa_desktop.ui.form import ProjectForm, map_picker_factory


@pytest.fixture
def form_with_map(qtbot, tmp_path, web_profile):
    before = i18n.current_language()
    i18n.install("tr")
    ws = init_workspace(tmp_path / "w.sqlite", "district", "Karşıyaka", "Ofis", "Ayşe")
    built = []
    factory = map_picker_factory(web_profile, draw=False)

    def counting(parent):
        built.append(factory(parent))
        return built[-1]

    f = ProjectForm(ProjectService(ws), picker_factory=counting)
    qtbot.addWidget(f)
    f.resize(1000, 800)
    f.show()
    qtbot.waitExposed(f)
    yield f, built
    f.close()
    ws.close()
    i18n.install(before)


def test_picker_built_lazily_and_wired(form_with_map, qtbot):
    form, built = form_with_map
    assert built == [] and form.location.picker is None
    form.location.lat.setText("38,4601")
    form.location.lon.setText("27,1106")
    form.tabs.setCurrentWidget(form.location)
    qtbot.waitUntil(lambda: form.location.picker is not None, timeout=5000)
    picker = built[0]
    assert form.location.picker is picker
    assert picker.point() == pytest.approx((38.4601, 27.1106))  # form -> picker on embedding
    # picker -> form: a point chosen on the map fills the fields and the method
    with qtbot.waitSignal(form.dirtyChanged):
        picker.set_point(38.47, 27.09, method="map_click")
    p = form.project()
    assert (p.lat, p.lon, p.location_method) == (38.47, 27.09, "map_click")
    assert form.location.lat.text() == "38,47"
    # the picker's precision follows the form and back
    form.location.precision.setCurrentIndex(form.location.precision.findData("neighbourhood"))
    assert picker.precision() == "neighbourhood"
    picker.set_precision("city")
    assert form.project().precision == "city"
    qtbot.waitUntil(picker.is_ready, timeout=15000)
    qtbot.wait(300)
    screens = __import__("pathlib").Path(__file__).resolve().parents[2] / "screens"
    screens.mkdir(exist_ok=True)
    assert form.grab().save(str(screens / "form_3_location_map.png"))
    # switching tabs again does not build a second map
    form.tabs.setCurrentIndex(0)
    form.tabs.setCurrentWidget(form.location)
    assert len(built) == 1
    form.description.title_tr.setText("Harita testi")
    form.description.start.set_value(date(2024, 1, 1))
    assert form.save()
    stored = form.service.get(p.id).project
    assert (stored.lat, stored.lon, stored.location_method) == (38.47, 27.09, "map_click")
