"""The window with its real map: overview tab built on demand, list filter applied to the map, zero network."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from izsa_desktop.services import demo
from izsa_desktop.ui import i18n
from izsa_desktop.ui.main_window import MainWindow

SCREENS = Path(__file__).resolve().parents[2] / "screens"


@pytest.fixture
def map_window(qtbot, central_ws, tmp_path, web_profile):
    i18n.install("tr")
    demo.generate(central_ws, 120, seed=21)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(central_ws, settings, "tr", web=web_profile)
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    w.load_rows()
    yield w
    w.form.load(w.service.new_project())
    i18n.install("en")


def test_overview_follows_the_list_filter_and_opens_projects(map_window, qtbot, web_profile):
    w = map_window
    assert w.map_tab.overview is None  # nothing heavy at start-up
    with qtbot.waitSignal(w.rowsLoaded, timeout=1000, raising=False):
        pass
    w.tabs.setCurrentIndex(w.map_tab.index)
    ov = w.map_tab.overview
    assert ov is not None
    with qtbot.waitSignal(ov.applied, timeout=30_000, check_params_cb=lambda what, msg: what == "projects"):
        pass
    # a list filter reaches the map without rebuilding the page
    district = w.list_panel.model.rows[0].district
    expected = sum(1 for r in w.list_panel.model.rows if r.district == district and r.lat is not None)
    assert 0 < expected < 120
    with qtbot.waitSignal(ov.applied, timeout=10_000,
                          check_params_cb=lambda what, msg: what == "filter" and msg["visible"] == expected):
        w.list_panel.set_filter_values(district=district)
    # "open" from a popup opens that project in the form
    target = w.list_panel.proxy.uuid_at(0)
    ov.projectActivated.emit(target)
    assert w.form.project().id == target and w.tabs.currentWidget() is w.form
    SCREENS.mkdir(exist_ok=True)
    w.tabs.setCurrentIndex(w.map_tab.index)
    qtbot.wait(300)
    w.grab().save(str(SCREENS / "main_window_map.png"))
    assert web_profile.external_requests() == []
