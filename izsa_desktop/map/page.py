"""Builds the offline map pages with folium (no Qt).

Each page is a folium.Map (``maxZoom=19`` in the map options, canvas renderer preferred) whose asset
URLs are rewritten to the ``izsa://app/web`` copies (``assets.localize_html``), plus our scripts in
``resources/web/izsa``. The pages carry no project data: the overview gets its rows over the web
channel after the page reports ready, so changing data or filters never rebuilds the page.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from izsa_desktop.core import taxonomy

from .assets import APP, ONLINE, WEB, localize_html
from .mbtiles import PackInfo
from .tilecache import OnlineLayer

VECTOR_KEY = "izmir"
IZMIR_CENTER = (38.42, 27.14)
OSM_ATTRIBUTION = "© OpenStreetMap contributors"

_JS = [
    ("leaflet", f"{WEB}/leaflet/leaflet.js"),
    ("qwebchannel", f"{APP}/qwebchannel.js"),
    ("izsa_common", f"{WEB}/izsa/common.js"),
]
_CSS = [("leaflet_css", f"{WEB}/leaflet/leaflet.css"), ("izsa_css", f"{WEB}/izsa/izsa.css")]
_DRAW_JS = [("leaflet_draw", f"{WEB}/leaflet-draw/leaflet.draw.js")]
_DRAW_CSS = [("leaflet_draw_css", f"{WEB}/leaflet-draw/leaflet.draw.css")]

# English fallbacks; the Qt widgets pass translated labels (this module cannot translate).
DEFAULT_LABELS = {
    "vector_basemap": "İzmir (offline vector map)",
    "districts": "District boundaries",
    "open": "Open",
    "legend_sdg": "Primary SDG",
    "legend_count": "Projects per district",
    "legend_count_goal": "Projects per district, SDG {goal}",
    "no_sdg": "No SDG",
    "draw_site": "Add another site",
    "draw_area": "Draw the project area",
    "edit": "Edit sites and area",
    "remove": "Delete sites and area",
}


@dataclass(frozen=True, slots=True)
class BaseLayer:
    """A selectable basemap: the built-in vector map, an MBTiles pack or the cached online layer."""

    key: str
    name: str
    kind: str  # "vector" | "raster"
    url: str = ""
    attribution: str = OSM_ATTRIBUTION
    min_zoom: int = 0
    max_native_zoom: int = 19
    bounds: tuple[float, float, float, float] | None = None  # west, south, east, north


def base_layers(packs: Iterable[PackInfo] = (), online: OnlineLayer | None = None,
                vector_name: str = DEFAULT_LABELS["vector_basemap"]) -> list[BaseLayer]:
    out = [BaseLayer(VECTOR_KEY, vector_name, "vector")]
    for p in packs:
        out.append(BaseLayer(f"pack:{p.id}", p.name, "raster", p.url_template(), p.attribution or "",
                             p.minzoom, p.maxzoom, p.bounds))
    if online is not None and online.enabled:
        out.append(BaseLayer("online", online.name, "raster", f"{ONLINE}/{{z}}/{{x}}/{{y}}",
                             online.attribution, 0, online.max_zoom))
    return out


@dataclass
class PageConfig:
    """What a page needs besides data: basemaps, the selected one, labels, language, start view."""

    kind: str = "picker"  # "picker" | "overview"
    bases: list[BaseLayer] = field(default_factory=lambda: base_layers())
    basemap: str = VECTOR_KEY
    labels: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_LABELS))
    lang: str = "tr"
    center: tuple[float, float] = IZMIR_CENTER
    zoom: int = 9
    draw: bool = True  # picker: leaflet-draw tools for extra sites and an area polygon


class _Boot(MacroElement):
    """Calls ``IZSA.boot(map, config)`` right after folium has created the map."""

    _template = Template("{% macro script(this, kwargs) %}IZSA.boot({{ this._parent.get_name() }}, "
                         "{{ this.config_json }});{% endmacro %}")

    def __init__(self, config_json: str) -> None:
        super().__init__()
        self._name = "IzsaBoot"
        self.config_json = config_json


_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _js_json(obj: object) -> str:
    """JSON safe inside an inline <script>: no ``<``, ``>`` or ``&`` at all (so no ``</script>``, ``<!--``
    or ``<script`` from a map pack's metadata can change how the HTML parser reads the script)."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_UNSAFE[m.group(0)], text)


def content_security_policy(nonce: str) -> str:
    """The page's CSP: scripts only from the app (``izsa:``, Qt's ``qrc:``) or inline with this page's
    nonce, so markup that slipped into the page (an ``onerror=``, an injected ``<script>``) never runs;
    nothing may be fetched, framed or submitted anywhere else."""
    return ("default-src 'none'; "
            f"script-src 'nonce-{nonce}' izsa: qrc:; "
            "style-src izsa: 'unsafe-inline'; img-src izsa: data: blob:; font-src izsa: data:; "
            "connect-src izsa:; media-src 'none'; object-src 'none'; frame-src 'none'; child-src 'none'; "
            "worker-src 'none'; manifest-src 'none'; base-uri 'none'; form-action 'none'")


def _harden(html: str) -> str:
    """Give every <script> tag of the rendered page a fresh nonce and put the CSP first in <head>."""
    nonce = secrets.token_urlsafe(18)
    html = re.sub(r"<script(?=[\s>])", f'<script nonce="{nonce}"', html)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(nonce)}">'
    head = re.search(r"<head[^>]*>", html)
    if head is None:
        raise ValueError("page without <head>")
    return html[:head.end()] + "\n    " + meta + html[head.end():]


def _config_dict(cfg: PageConfig) -> dict:
    goals = taxonomy.goals()
    return {
        "kind": cfg.kind,
        "bases": [asdict(b) for b in cfg.bases],
        "basemap": cfg.basemap if any(b.key == cfg.basemap for b in cfg.bases) else VECTOR_KEY,
        "labels": {**DEFAULT_LABELS, **dict(cfg.labels)},
        "districtNames": {d.id: d.name for d in taxonomy.districts_by_id().values()},
        "goals": {str(n): {"color": g.color, "name": g.name(cfg.lang)} for n, g in goals.items()},
        "draw": cfg.draw,
        "osm": OSM_ATTRIBUTION,
    }


def new_map(center: tuple[float, float] = IZMIR_CENTER, zoom: int = 9) -> folium.Map:
    """A folium map with local assets only: no tiles, canvas renderer, ``maxZoom`` 19 on the map."""
    m = folium.Map(location=list(center), zoom_start=zoom, tiles=None, prefer_canvas=True, maxZoom=19,
                   control_scale=True)
    return m


def build_page(cfg: PageConfig) -> str:
    """HTML of the picker or overview page (``cfg.kind``)."""
    m = new_map(cfg.center, cfg.zoom)
    m.default_js = list(_JS) + (_DRAW_JS if cfg.kind == "picker" and cfg.draw else [])
    m.default_js.append((f"izsa_{cfg.kind}", f"{WEB}/izsa/{cfg.kind}.js"))
    m.default_css = list(_CSS) + (_DRAW_CSS if cfg.kind == "picker" and cfg.draw else [])
    m.get_root().header.add_child(Element('<meta charset="utf-8">'), name="izsa_charset")
    _Boot(_js_json(_config_dict(cfg))).add_to(m)
    return _harden(localize_html(m.get_root().render(), keep_jquery=False))


def build_picker_page(cfg: PageConfig | None = None) -> str:
    cfg = cfg or PageConfig()
    cfg.kind = "picker"
    return build_page(cfg)


def build_overview_page(cfg: PageConfig | None = None) -> str:
    cfg = cfg or PageConfig(kind="overview", draw=False)
    cfg.kind = "overview"
    return build_page(cfg)
