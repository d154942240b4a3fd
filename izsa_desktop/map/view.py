"""``MapView``: a QWebEngineView wired to a ``WebContext`` (profile, scheme) and a ``MapBridge``.

The view owns its page (``QWebEnginePage(profile, view)``), the page owns the web channel. Pages are
served from memory by the context's scheme handler under a name unique to this view, so a
multi-megabyte page never goes through ``setHtml`` (which fails above ~2 MB).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from .bridge import MapBridge
from .page import VECTOR_KEY, BaseLayer, base_layers
from .web import MapPage, WebContext


class BasemapStore(Protocol):
    """Where the host keeps the chosen basemap key (injected; the map layer holds no settings)."""

    def load(self) -> str | None: ...

    def save(self, key: str) -> None: ...


from .basemaps import QSettingsBasemapStore  # noqa: E402,F401  (re-exported; lives apart so hosts avoid importing folium)


def start_basemap(store: BasemapStore | None, bases: Iterable[BaseLayer]) -> tuple[str, str | None]:
    """The basemap a new page starts with, and the saved pack key it could not use (else None).

    A saved ``pack:<id>`` that is not among ``bases`` (removed, damaged, or a file the app did not write)
    falls back to the built-in map and the store is reset to it, so the widget says so once instead of
    trying the pack again at every start."""
    saved = store.load() if store is not None else None
    if not saved or any(b.key == saved for b in bases):
        return saved or VECTOR_KEY, None
    if saved.startswith("pack:"):
        store.save(VECTOR_KEY)  # type: ignore[union-attr]
        return VECTOR_KEY, saved
    return VECTOR_KEY, None


class MapView(QWebEngineView):
    def __init__(self, ctx: WebContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        page = MapPage(ctx, self)  # the view owns the page
        self.setPage(page)
        self.bridge = MapBridge(self)
        self.channel = QWebChannel(page)
        self.channel.registerObject("bridge", self.bridge.port)  # the page sees only post/message
        page.setWebChannel(self.channel)
        self._page_name = f"{uuid.uuid4().hex}.html"
        handler, name = ctx.handler, self._page_name
        self.destroyed.connect(lambda *_: handler.drop_page(name))

    def load_html(self, html: str) -> None:
        self.bridge.reset()
        self.load(self.ctx.handler.put_page(self._page_name, html))

    def eval_json(self, expr: str, callback: Callable[[Any], None]) -> None:
        """Evaluate ``expr`` in the page and pass the JSON-decoded value (runJavaScript returns primitives
        only, so the value is stringified in the page)."""
        js = f"JSON.stringify((function(){{ try {{ return {expr}; }} catch (e) {{ return null; }} }})())"
        self.page().runJavaScript(js, 0, lambda r: callback(json.loads(r) if isinstance(r, str) and r else None))

    def available_bases(self, vector_name: str) -> list[BaseLayer]:
        packs: Iterable = self.ctx.handler.packs.list() if self.ctx.handler.packs is not None else ()
        online = self.ctx.handler.online.layer if self.ctx.handler.online is not None else None
        return base_layers(packs, online, vector_name)
