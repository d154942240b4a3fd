"""MBTiles packs as basemaps in a real page: tiles come from izsa://tiles/<pack>/z/x/y."""

from __future__ import annotations

import pytest

from izsa_desktop.map.mbtiles import PackStore
from izsa_desktop.map.tilemath import tile_of

from .conftest import SCREENS, js

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def packs(web_profile, tmp_path):
    store = PackStore(tmp_path / "packs")
    web_profile.handler.packs = store
    yield store
    web_profile.handler.packs = None
    store.close()


def test_pack_layer_serves_tiles(qtbot, web_profile, packs, make_pack):
    from izsa_desktop.map.picker import LocationPickerWidget

    info = packs.install(make_pack())

    class Store:
        def load(self):
            return f"pack:{info.id}"

        def save(self, key):
            pass

    w = LocationPickerWidget(web_profile, basemap_store=Store())
    qtbot.addWidget(w)
    w.resize(800, 600)
    w.show()
    qtbot.waitUntil(w.is_ready, timeout=20000)
    assert js(qtbot, w.view, f"IZSA.map.hasLayer(IZSA.basemaps['pack:{info.id}'])") is True
    qtbot.waitUntil(lambda: js(qtbot, w.view, "document.querySelectorAll('img.leaflet-tile-loaded').length") > 0,
                    timeout=15000)
    srcs = js(qtbot, w.view, "Array.from(document.querySelectorAll('img.leaflet-tile-loaded')).map(i => i.src)")
    assert all(s.startswith(f"izsa://tiles/{info.id}/9/") for s in srcs), srcs
    x, y = tile_of(27.14, 38.42, 9)
    js(qtbot, w.view, f"(window.__t = null, fetch('izsa://tiles/{info.id}/9/{x}/{y}').then(r => r.arrayBuffer()"
                      ".then(b => { window.__t = [r.status, r.headers.get('content-type'), b.byteLength]; })), 1)")
    qtbot.waitUntil(lambda: js(qtbot, w.view, "window.__t") is not None, timeout=10000)
    status, mime, size = js(qtbot, w.view, "window.__t")
    assert (status, mime, size) == (200, "image/png", len(packs.read_tile(info.id, 9, x, y)))
    qtbot.wait(500)  # let tiles paint before the screenshot
    SCREENS.mkdir(exist_ok=True)
    w.grab().save(str(SCREENS / "map_picker_mbtiles.png"))


def test_online_layer_is_served_from_the_cache_only(qtbot, web_profile, tmp_path):
    from izsa_desktop.map.overview import OverviewMapWidget
    from izsa_desktop.map.tilecache import OnlineLayer, TileCache

    from .conftest import png_bytes

    calls: list[str] = []
    layer = OnlineLayer("https://tiles.example/{z}/{x}/{y}.png", "© Example", name="Example", enabled=True)
    seeded = TileCache(tmp_path, layer, lambda url: calls.append(url) or png_bytes((10, 120, 200)), online=True)
    x, y = tile_of(27.14, 38.42, 9)
    seeded.get(9, x, y)
    web_profile.handler.online = TileCache(tmp_path, layer, lambda url: calls.append(url) or b"", online=False)
    try:
        w = OverviewMapWidget(web_profile)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(w.is_ready, timeout=20000)
        assert js(qtbot, w.view, "Object.keys(IZSA.basemaps)") == ["izmir", "online"]
        js(qtbot, w.view, f"(window.__s = null, Promise.all(['izsa://online/9/{x}/{y}', 'izsa://online/9/{x}/{y + 1}']"
                          ".map(u => fetch(u).then(r => r.status, () => 'failed'))).then(s => { window.__s = s; }), 1)")
        qtbot.waitUntil(lambda: js(qtbot, w.view, "window.__s") is not None, timeout=10000)
        status = js(qtbot, w.view, "window.__s")
        assert status[0] == 200 and status[1] != 200
        assert len(calls) == 1  # only the seeding fetch; offline, the page never caused one
    finally:
        web_profile.handler.online = None
