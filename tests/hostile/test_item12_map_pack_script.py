"""Item 12 (Trust issue): a hostile MBTiles pack must not run script in either map page, and a subverted
page must get nothing from the web-channel bridge.

A real MBTiles file made with sqlite3 carries script in every metadata string (name, attribution,
description, format, json); it is installed through ``PackStore`` and shown as the basemap of a real
``OverviewMapWidget`` and ``LocationPickerWidget`` (QtWebEngine, offscreen). The script would set a
window flag, open a project, write the basemap setting and move the point through the bridge: none of
it may happen, the attribution must be shown as text. Then the page itself plays the hostile script
(runJavaScript runs in the page's main world, like any injected script): every message outside the
page's rules, every bad argument, and ``deleteLater()`` on the bridge are refused.
"""

from __future__ import annotations

import pytest
from shiboken6 import isValid

from izsa_desktop.map.mbtiles import PackStore

from .map_helpers import IZMIR_BOUNDS, MemoryStore, js, post_js, write_mbtiles

pytestmark = pytest.mark.timeout(180)

# Each payload would set window.__pwned and use the bridge: open project p1, save a basemap key, move
# the picker's point to the sea.
_ACT = ("window.__pwned=(window.__pwned||0)+1;"
        "IZSA.post({type:'open',id:'p1'});IZSA.post({type:'basemap',key:'izmir'});"
        "IZSA.post({type:'point',lat:38.0,lon:26.0,source:'click'})")
ATTRIBUTION = f'© Evil <img src=x onerror="{_ACT}"><script>{_ACT}</script>'
NAME = f'Evil <img src=y onerror="{_ACT}"></script><script>{_ACT}</script><!--<script>'


@pytest.fixture
def hostile_pack(web_profile, tmp_path):
    src = write_mbtiles(tmp_path / "evil.mbtiles", {
        "name": NAME, "attribution": ATTRIBUTION, "format": "png", "bounds": IZMIR_BOUNDS,
        "minzoom": "8", "maxzoom": "8", "description": f"<svg onload=\"{_ACT}\">",
        "json": f'{{"vector_layers": "<img src=z onerror=\\"{_ACT}\\">"}}'})
    store = PackStore(tmp_path / "packs")
    info = store.install(src)
    old, web_profile.handler.packs = web_profile.handler.packs, store
    web_profile.interceptor.clear_log()
    yield info
    web_profile.handler.packs = old
    store.close()


def _shown(qtbot, w, info):
    w.resize(900, 700)
    w.show()
    qtbot.waitUntil(w.is_ready, timeout=20000)
    assert js(qtbot, w.view, f"IZSA.map.hasLayer(IZSA.basemaps['pack:{info.id}'])") is True
    qtbot.waitUntil(lambda: "Evil" in (js(qtbot, w.view, "document.querySelector("
                                          "'.leaflet-control-attribution').textContent") or ""), timeout=10000)
    # let any tile, image error handler or queued bridge call have its turn
    qtbot.waitUntil(lambda: js(qtbot, w.view, "document.querySelectorAll('.leaflet-tile-loaded').length") > 0,
                    timeout=10000)


def _assert_inert(qtbot, w, web_profile):
    assert js(qtbot, w.view, "window.__pwned || 0") == 0
    text = js(qtbot, w.view, "document.querySelector('.leaflet-control-attribution').textContent")
    assert "<img src=x" in text  # shown as text, not parsed
    assert js(qtbot, w.view, "document.querySelectorAll('.leaflet-control-attribution img, "
                             ".leaflet-control-attribution script, .leaflet-control-layers img').length") == 0
    layer_names = js(qtbot, w.view, "Array.from(document.querySelectorAll('.leaflet-control-layers-base span'))"
                                    ".map(function(s){return s.textContent;}).join('|')")
    assert "<img src=y" in layer_names
    assert web_profile.external_requests() == []


def test_overview_shows_hostile_pack_as_text(qtbot, web_profile, hostile_pack):
    from izsa_desktop.map.overview import OverviewMapWidget

    store = MemoryStore(f"pack:{hostile_pack.id}")
    w = OverviewMapWidget(web_profile, basemap_store=store)
    qtbot.addWidget(w)
    opened: list[str] = []
    w.projectActivated.connect(opened.append)
    w.set_projects([{"id": "p1", "title": "Bir", "district": "konak", "lat": 38.42, "lon": 27.13,
                     "sdg_primary": 7, "sdg_goals": (7,)}])
    _shown(qtbot, w, hostile_pack)
    _assert_inert(qtbot, w, web_profile)
    assert opened == [] and store.saved == []


def test_picker_shows_hostile_pack_as_text(qtbot, web_profile, hostile_pack):
    from izsa_desktop.map.picker import LocationPickerWidget

    store = MemoryStore(f"pack:{hostile_pack.id}")
    w = LocationPickerWidget(web_profile, basemap_store=store)
    qtbot.addWidget(w)
    w.set_point(38.42, 27.14)
    moved: list = []
    w.pointChanged.connect(lambda *a: moved.append(a))
    _shown(qtbot, w, hostile_pack)
    _assert_inert(qtbot, w, web_profile)
    assert moved == [] and store.saved == [] and w.point() == pytest.approx((38.42, 27.14))


def test_markup_injected_into_the_page_does_not_run(qtbot, web_profile):
    """Defence in depth: even markup that reaches the DOM cannot run script (the page's CSP)."""
    from izsa_desktop.map.overview import OverviewMapWidget

    w = OverviewMapWidget(web_profile)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.is_ready, timeout=20000)
    js(qtbot, w.view, "(document.body.insertAdjacentHTML('beforeend', '<img id=\"inj\" src=\"nope\" "
                      "onerror=\"window.__pwned=1\"><svg onload=\"window.__pwned=2\"></svg>'), 1)")
    js(qtbot, w.view, "(function(){ var s = document.createElement('script'); s.textContent = "
                      "'window.__pwned=3'; document.head.appendChild(s); return 1; })()")
    qtbot.waitUntil(lambda: js(qtbot, w.view, "document.getElementById('inj').complete") is True, timeout=5000)
    assert js(qtbot, w.view, "window.__pwned || 0") == 0


def test_overview_bridge_refuses_what_the_page_does_not_need(qtbot, web_profile):
    from izsa_desktop.map.overview import OverviewMapWidget

    store = MemoryStore()
    w = OverviewMapWidget(web_profile, basemap_store=store)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.is_ready, timeout=20000)
    w.set_projects([{"id": "p1", "title": "Bir", "district": "konak", "lat": 38.42, "lon": 27.13,
                     "sdg_primary": 7, "sdg_goals": (7,)}])
    got: list = []
    for sig in (w.projectActivated, w.projectSelected, w.basemapChanged):
        sig.connect(lambda *a: got.append(a))
    bridge = w.view.bridge
    hostile = [
        {"type": "open", "id": "not-a-project"}, {"type": "open", "id": ["p1"]}, {"type": "open"},
        {"type": "selected", "id": 1}, {"type": "basemap", "key": "pack:../../etc"},
        {"type": "basemap", "key": {"x": 1}}, {"type": "point", "lat": 38, "lon": 27, "source": "click"},
        {"type": "setSettings", "key": "x"}, {"type": "applied", "what": "<img>"}, [1, 2], "ready",
    ]
    before = bridge.refused_count
    for m in hostile:
        with qtbot.waitSignal(bridge.refused, timeout=5000):
            js(qtbot, w.view, post_js(m))
    assert bridge.refused_count - before == len(hostile)
    with qtbot.waitSignal(bridge.refused, timeout=5000):
        js(qtbot, w.view, "(IZSA.bridge.post('{not json'), 1)")
    # QWebChannel publishes QObject's deleteLater too: the bridge must survive it
    js(qtbot, w.view, "(IZSA.bridge.deleteLater(), 1)")
    with qtbot.waitSignal(w.projectActivated, timeout=5000) as sig:  # a real page message still works
        js(qtbot, w.view, post_js({"type": "open", "id": "p1"}))
    assert sig.args == ["p1"] and isValid(bridge) and isValid(bridge.port)
    assert got == [("p1",)] and store.saved == []


def test_picker_bridge_validates_every_argument(qtbot, web_profile):
    from izsa_desktop.map.picker import LocationPickerWidget

    w = LocationPickerWidget(web_profile)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.is_ready, timeout=20000)
    w.set_point(38.42, 27.14)
    moved: list = []
    w.pointChanged.connect(lambda *a: moved.append(a))
    w.shapesChanged.connect(lambda *a: moved.append(a))
    bridge = w.view.bridge
    hostile = [
        {"type": "point", "lat": "38.5", "lon": 27.1, "source": "click"},
        {"type": "point", "lat": 1e999, "lon": 27.1, "source": "click"},
        {"type": "point", "lat": 95, "lon": 27.1, "source": "click"},
        {"type": "point", "lat": True, "lon": 27.1, "source": "click"},
        {"type": "point", "lat": 38.5, "lon": 27.1, "source": "imported"},
        {"type": "shapes", "sites": [[38.4, "x"]], "polygon": None},
        {"type": "shapes", "sites": [], "polygon": [[38.4, 27.1]]},
        {"type": "shapes", "sites": [[38.4, 27.1]] * 10_000, "polygon": None},
        {"type": "open", "id": "p1"}, {"type": "basemap", "key": "nope"},
    ]
    for m in hostile:
        with qtbot.waitSignal(bridge.refused, timeout=5000):
            js(qtbot, w.view, post_js(m))
    js(qtbot, w.view, "(IZSA.bridge.deleteLater(), 1)")
    assert moved == [] and w.point() == pytest.approx((38.42, 27.14))
    with qtbot.waitSignal(w.pointChanged, timeout=5000):  # the page's own click message still works
        js(qtbot, w.view, "IZSA.map.fire('click', {latlng: L.latLng(38.46, 27.21)}) && 1")
    assert isValid(bridge) and w.point() == pytest.approx((38.46, 27.21))
