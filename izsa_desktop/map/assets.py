"""Local asset URLs of the map pages and the rewrite that keeps every page offline (no Qt).

Pages, vendored web assets, geodata and tiles are all served from the custom ``izsa`` scheme by
``map/web.py``: ``izsa://app/...`` for the application, ``izsa://tiles/<pack>/<z>/<x>/<y>`` for MBTiles
packs and ``izsa://online/<z>/<x>/<y>`` for the optional cached online layer.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from izsa_desktop.core.paths import resources_dir

SCHEME = "izsa"
APP = f"{SCHEME}://app"
WEB = f"{APP}/web"
TILES = f"{SCHEME}://tiles"
ONLINE = f"{SCHEME}://online"

# Local replacements by file name of the asset folium (or a plugin) asks for.
_LOCAL_BY_NAME = {
    "leaflet.js": f"{WEB}/leaflet/leaflet.js",
    "leaflet.css": f"{WEB}/leaflet/leaflet.css",
    "leaflet.markercluster.js": f"{WEB}/leaflet.markercluster/leaflet.markercluster.js",
    "MarkerCluster.css": f"{WEB}/leaflet.markercluster/MarkerCluster.css",
    "MarkerCluster.Default.css": f"{WEB}/leaflet.markercluster/MarkerCluster.Default.css",
    "leaflet.draw.js": f"{WEB}/leaflet-draw/leaflet.draw.js",
    "leaflet.draw.css": f"{WEB}/leaflet-draw/leaflet.draw.css",
    "jquery-3.7.1.min.js": f"{WEB}/jquery/jquery.min.js",
}
# folium defaults our pages never use (Bootstrap, icon fonts, awesome-markers): their tags are dropped.
_UNUSED = re.compile(r"bootstrap|glyphicons|fontawesome|awesome-markers|awesome\.rotate")

_TAG = re.compile(r"<(script|link)\b[^>]*?\b(?:src|href)=\"([^\"]+)\"[^>]*>(?:\s*</script>)?", re.I)


class RemoteAssetError(ValueError):
    """A page still references a remote script or stylesheet after localisation (a programming error)."""


def web_dir() -> Path:
    return resources_dir() / "web"


def localize_html(html: str, *, keep_jquery: bool = True) -> str:
    """Point every script/stylesheet of a folium page at the local ``izsa://app/web`` copy.

    Known assets are rewritten by file name, unused folium defaults are removed, and anything remote
    left over raises ``RemoteAssetError``: a page we load must never try the network.
    """

    def repl(m: re.Match[str]) -> str:
        tag, url = m.group(0), m.group(2)
        if not re.match(r"(?i)(https?:)?//", url):
            return tag
        name = PurePosixPath(url.split("?", 1)[0]).name
        if _UNUSED.search(url) or (name.startswith("jquery") and not keep_jquery):
            return ""
        local = _LOCAL_BY_NAME.get(name)
        if local is None:
            raise RemoteAssetError(url)
        return tag.replace(url, local)

    out = _TAG.sub(repl, html)
    left = [u for u in re.findall(r"(?:src|href)=\"((?:https?:)?//[^\"]+)\"", out) if _is_asset_ref(out, u)]
    if left:
        raise RemoteAssetError(left[0])
    return out


def _is_asset_ref(html: str, url: str) -> bool:
    """True when ``url`` is loaded by a script/link/img tag (plain <a href> links are not requests)."""
    return re.search(r"<(?:script|link|img|iframe)\b[^>]*\"" + re.escape(url) + "\"", html, re.I) is not None
