"""The izsa scheme, the request blocker and real page loads (QtWebEngine, offscreen)."""

from __future__ import annotations

import pytest

from .conftest import js

pytestmark = pytest.mark.timeout(120)


def test_picker_page_really_loaded(picker, qtbot):
    v = picker.view
    assert js(qtbot, v, "typeof L") == "object"
    assert js(qtbot, v, "L.version") == "1.9.4"
    assert js(qtbot, v, "typeof L.Control.Draw") == "function"
    assert js(qtbot, v, "IZSA.map.getMaxZoom()") == 19
    assert js(qtbot, v, "IZSA.map.hasLayer(IZSA.basemaps.izmir)") is True
    assert js(qtbot, v, "IZSA.map.hasLayer(IZSA.districtOverlay)") is True
    assert js(qtbot, v, "document.querySelectorAll('.izsa-district-label').length") == 30
    assert "OpenStreetMap" in js(qtbot, v, "document.querySelector('.leaflet-control-attribution').textContent")
    assert js(qtbot, v, "document.querySelectorAll('.leaflet-control-layers').length") == 1


def test_scheme_serves_assets_geodata_and_refuses_traversal(picker, qtbot):
    status = js(qtbot, picker.view, """(function(){
        window.__st = null;
        Promise.all(['izsa://app/web/leaflet/images/marker-icon.png', 'izsa://app/data/izmir_districts.geojson',
                     'izsa://app/web/../data/sdg_goals.json', 'izsa://app/web/nope.js']
          .map(u => fetch(u).then(r => r.status, () => 'failed'))).then(s => { window.__st = s; });
        return true; })()""")
    assert status is True
    qtbot.waitUntil(lambda: js(qtbot, picker.view, "window.__st") is not None, timeout=10000)
    got = js(qtbot, picker.view, "window.__st")
    assert got[:2] == [200, 200]
    assert all(s != 200 for s in got[2:]), got


def test_interceptor_blocks_and_logs_external_requests(picker, qtbot, web_profile):
    js(qtbot, picker.view, "(function(){ var i = new Image(); i.src = 'https://tile.openstreetmap.org/1/1/1.png';"
                           " fetch('http://example.org/x').catch(function(){}); return 1; })()")
    qtbot.waitUntil(lambda: len(web_profile.external_requests()) >= 2, timeout=10000)
    log = web_profile.external_requests()
    assert "https://tile.openstreetmap.org/1/1/1.png" in log and "http://example.org/x" in log
    web_profile.interceptor.clear_log()  # this test made them on purpose


def test_register_schemes_refuses_after_qapplication(qapp):
    from izsa_desktop.map import scheme as web

    was, web._registered = web._registered, False
    try:
        with pytest.raises(RuntimeError):
            web.register_schemes()
    finally:
        web._registered = was
