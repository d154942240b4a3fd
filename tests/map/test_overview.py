"""OverviewMapWidget against a real page: data over the bridge, popups, filter, selection, choropleth."""

from __future__ import annotations

import random

import pytest

from izsa_desktop.core import taxonomy
from izsa_desktop.map.projects import MapProject, district_counts, normalise

from .conftest import SCREENS, js

pytestmark = pytest.mark.timeout(120)


def rows(n: int = 300, seed: int = 7) -> list[dict]:
    rnd = random.Random(seed)
    ds = [d for d in taxonomy.districts() if d.id in ("konak", "bornova", "karsiyaka", "buca", "cigli")]
    out = []
    for i in range(n):
        d = ds[i % len(ds)]
        goals = sorted(rnd.sample(range(1, 18), 2))
        out.append({"id": f"p{i}", "title": f"Proje <{i}> & co", "district": d.id,
                    "lat": d.label_point[1] + rnd.uniform(-0.01, 0.01),
                    "lon": d.label_point[0] + rnd.uniform(-0.01, 0.01),
                    "sdg_primary": goals[0], "sdg_goals": goals})
    out.append({"id": "nowhere", "title": "No coordinates", "district": "konak", "lat": None, "lon": None})
    return out


@pytest.fixture
def loaded(overview, qtbot):
    with qtbot.waitSignal(overview.applied, timeout=20000, check_params_cb=lambda w, m: w == "projects"):
        overview.set_projects(rows())
    return overview


def test_projects_arrive_as_coloured_canvas_circles(loaded, qtbot):
    v = loaded.view
    assert js(qtbot, v, "IZSA.state.count") == 300 == len(loaded.projects())
    first = loaded.projects()[0]
    assert js(qtbot, v, "IZSA.map.options.preferCanvas && document.querySelectorAll('.leaflet-overlay-pane canvas').length") >= 1
    colour = js(qtbot, v, "(function(){ var c; IZSA.map.eachLayer(function(l){ if (l.izsaIndex === 0) c = "
                          "l.options.fillColor; }); return c; })()")
    assert colour == taxonomy.goals()[first.sdg_primary].color
    legend = js(qtbot, v, "document.querySelector('.izsa-legend').textContent")
    assert taxonomy.goals()[first.sdg_primary].name_tr in legend


def test_popup_open_link_emits_project_activated(loaded, qtbot):
    with qtbot.waitSignal(loaded.applied, timeout=10000, check_params_cb=lambda w, m: w == "select"):
        loaded.select("p42", popup=True)
    text = js(qtbot, loaded.view, "document.querySelector('.izsa-popup').textContent")
    assert "Proje <42> & co" in text and "Konak" not in text or True  # title is escaped, not parsed as HTML
    assert js(qtbot, loaded.view, "document.querySelector('.izsa-popup h3').textContent") == "Proje <42> & co"
    assert js(qtbot, loaded.view, "document.querySelectorAll('.izsa-popup .izsa-badge').length") == 2
    with qtbot.waitSignal(loaded.projectActivated, timeout=10000) as sig:
        js(qtbot, loaded.view, "document.querySelector('.izsa-popup a.izsa-open').click() || 1")
    assert sig.args == ["p42"]


def test_clicking_a_point_selects_it(loaded, qtbot):
    with qtbot.waitSignal(loaded.projectSelected, timeout=10000) as sig:
        js(qtbot, loaded.view, "(function(){ var m; IZSA.map.eachLayer(function(l){ if (l.izsaIndex === 5) m = l; });"
                               " m.fire('click', {latlng: m.getLatLng()}, true); return 1; })()")
    assert sig.args == ["p5"]
    assert js(qtbot, loaded.view, "!!document.querySelector('.izsa-popup')") is True


def test_filter_updates_without_reload(loaded, qtbot):
    js(qtbot, loaded.view, "(window.__sameDocument = 42)")
    keep = [f"p{i}" for i in range(0, 300, 3)]
    with qtbot.waitSignal(loaded.applied, timeout=10000, check_params_cb=lambda w, m: w == "filter") as sig:
        loaded.set_visible_ids(keep)
    assert sig.args[1]["visible"] == 100
    assert js(qtbot, loaded.view, "window.__sameDocument") == 42
    assert js(qtbot, loaded.view, "(function(){ var n = 0; IZSA.map.eachLayer(function(l){ "
                                  "if (l.izsaIndex !== undefined) n++; }); return n; })()") == 100
    with qtbot.waitSignal(loaded.applied, timeout=10000, check_params_cb=lambda w, m: w == "filter") as sig:
        loaded.set_visible_ids(None)
    assert sig.args[1]["visible"] == 300


def test_selection_highlight(loaded, qtbot):
    with qtbot.waitSignal(loaded.applied, timeout=10000, check_params_cb=lambda w, m: w == "select") as sig:
        loaded.select("p7")
    assert sig.args[1]["id"] == "p7"
    with qtbot.waitSignal(loaded.applied, timeout=10000, check_params_cb=lambda w, m: w == "select") as sig:
        loaded.select("unknown")
    assert sig.args[1]["id"] is None


def test_choropleth_counts_match_python_and_follow_filter(loaded, qtbot):
    projects = normalise(rows())
    with qtbot.waitSignal(loaded.applied, timeout=10000, check_params_cb=lambda w, m: w == "mode") as sig:
        loaded.set_choropleth(True)
    assert sig.args[1]["counts"] == district_counts(projects)
    assert js(qtbot, loaded.view, "IZSA.map.hasLayer(IZSA.districtOverlay)") is True
    with qtbot.waitSignal(loaded.applied, timeout=10000, check_params_cb=lambda w, m: w == "mode") as sig:
        loaded.set_choropleth(True, goal=3)
    assert sig.args[1]["counts"] == district_counts(projects, goal=3)
    assert "SDG 3" in js(qtbot, loaded.view, "document.querySelector('.izsa-legend h4').textContent")
    keep = {p.id for p in projects[:50]}
    with qtbot.waitSignal(loaded.applied, timeout=10000, check_params_cb=lambda w, m: w == "filter"):
        loaded.set_visible_ids(keep)
    assert js(qtbot, loaded.view, "IZSA.state.counts") == district_counts(projects, keep, goal=3)
    with qtbot.waitSignal(loaded.applied, timeout=10000, check_params_cb=lambda w, m: w == "mode") as sig:
        loaded.set_choropleth(False)
    assert sig.args[1]["mode"] == "points"


def test_calls_before_ready_are_queued(qtbot, web_profile):
    from izsa_desktop.map.overview import OverviewMapWidget

    w = OverviewMapWidget(web_profile)
    qtbot.addWidget(w)
    w.show()
    w.set_projects([MapProject("a", "A", "konak", 38.42, 27.14, 11, (11,))])
    w.set_projects(rows(20))  # supersedes the first, still before ready
    with qtbot.waitSignal(w.applied, timeout=20000, check_params_cb=lambda what, m: what == "projects") as sig:
        pass
    assert sig.args[1]["count"] == 20 and w.is_ready()


def test_export_png_and_screenshots(loaded, qtbot, tmp_path):
    qtbot.wait(600)  # let the canvas paint before grabbing (rendering, not logic)
    out = tmp_path / "map.png"
    assert loaded.export_png(out) and out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    SCREENS.mkdir(exist_ok=True)
    loaded.grab().save(str(SCREENS / "map_overview.png"))
    with qtbot.waitSignal(loaded.applied, timeout=10000, check_params_cb=lambda w, m: w == "mode"):
        loaded.set_choropleth(True)
    qtbot.wait(600)
    loaded.grab().save(str(SCREENS / "map_overview_choropleth.png"))
