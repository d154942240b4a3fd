"""Page building without Qt: local assets only, map options, localisation of folium's CDN list."""

from __future__ import annotations

import re

import folium
import pytest

from izsa_desktop.map.assets import RemoteAssetError, localize_html, web_dir
from izsa_desktop.map.page import PageConfig, base_layers, build_overview_page, build_picker_page

ASSET = re.compile(r"<(?:script|link)\b[^>]*?(?:src|href)=\"([^\"]+)\"")


def _assets(html: str) -> list[str]:
    return ASSET.findall(html)


@pytest.mark.parametrize("build", [build_picker_page, build_overview_page])
def test_pages_reference_only_local_assets_that_exist(build):
    html = build()
    urls = _assets(html)
    assert urls and all(u.startswith("izsa://app/") for u in urls), urls
    for u in urls:
        if u.startswith("izsa://app/web/"):
            assert (web_dir() / u.removeprefix("izsa://app/web/")).is_file(), u
    assert "cdn" not in html.lower() and "jquery" not in html


def test_map_options_have_max_zoom_and_canvas():
    html = build_overview_page()
    assert '"maxZoom": 19' in html and '"preferCanvas": true' in html
    assert "IZSA.boot(map_" in html


def test_picker_has_draw_tools_and_overview_not():
    assert "leaflet.draw.js" in build_picker_page()
    assert "leaflet.draw.js" not in build_overview_page()
    assert "leaflet.draw.js" not in build_picker_page(PageConfig(draw=False))


def test_naive_folium_page_is_localised_including_its_popups_jquery():
    m = folium.Map(location=[38.4, 27.1], tiles=None, maxZoom=19)
    folium.Marker([38.4, 27.1], popup="x").add_to(m)
    html = localize_html(m.get_root().render())
    assert all(u.startswith("izsa://") for u in _assets(html))
    assert "izsa://app/web/jquery/jquery.min.js" in html


def test_unknown_remote_asset_is_refused():
    with pytest.raises(RemoteAssetError):
        localize_html('<script src="https://example.org/lib.js"></script>')
    # a plain link is not a request and stays
    assert "https://osm.org" in localize_html('<a href="https://osm.org">OSM</a>')


def test_config_escapes_script_end_and_falls_back_to_vector_basemap():
    cfg = PageConfig(labels={"open": "</script><b>"}, basemap="pack:missing")
    html = build_picker_page(cfg)
    assert "</script><b>" not in html
    assert '"basemap":"izmir"' in html
    assert [b.key for b in base_layers()] == ["izmir"]


def test_qt_free_modules_import_without_qt():
    import subprocess
    import sys

    code = ("import sys; import izsa_desktop.map.page, izsa_desktop.map.mbtiles, izsa_desktop.map.tilecache, "
            "izsa_desktop.map.coords, izsa_desktop.map.projects; "
            "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules), 'Qt imported'")
    subprocess.run([sys.executable, "-c", code], check=True)
