"""QtWebEngine plumbing: the ``izsa`` URL scheme, its handler, the network blocker and the profile.

* ``register_schemes()`` must run before the QApplication exists (Chromium reads the scheme table once).
* ``SchemeHandler`` serves pages (held in memory), vendored assets, geodata, MBTiles tiles and the
  optional online-tile cache; everything is local. Pack tiles and online fetches are read on worker
  threads and the job answered when the tile is there: the GUI thread never waits on a pack file.
* ``BlockingInterceptor`` blocks every request that is not ``izsa:``/``data:``/``blob:``/``about:`` (or
  Qt's web-channel script) — http/https/ws/wss/ftp/file and any other scheme — and logs it: tests assert the log
  stays empty, and an offline app never waits on a network that is not there.
* ``WebContext`` bundles one profile with its handler and interceptor. Keep it alive longer than every
  page made from it (create pages as ``QWebEnginePage(ctx.profile, view)``).
"""

from __future__ import annotations

import itertools
import logging
import mimetypes
import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlSchemeHandler,
)

from izsa_desktop.core.paths import data_file

from .assets import APP, SCHEME, web_dir
from .packstore import PackStore
from .scheme import register_schemes  # noqa: F401  (re-exported: the app calls it before QApplication)
from .tilecache import TileCache

log = logging.getLogger(__name__)

_ALLOWED = {SCHEME, "qrc", "data", "blob", "about"}
_DATA_FILES = {"izmir_districts.geojson", "izmir_province.geojson"}
_MIME = {".js": "text/javascript", ".css": "text/css", ".html": "text/html", ".png": "image/png",
         ".svg": "image/svg+xml", ".json": "application/json", ".geojson": "application/json",
         ".jpg": "image/jpeg", ".webp": "image/webp"}


class BlockingInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request that would leave the machine and remembers it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._log: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt override)
        url = info.requestUrl()
        scheme = url.scheme().lower()
        if scheme in _ALLOWED and (scheme != "qrc" or url.path().startswith("/qtwebchannel/")):
            return
        info.block(True)  # http(s), ws(s), ftp, file, filesystem, chrome*, any other scheme: never loaded
        with self._lock:
            self._log.append(url.toString())

    def record(self, url: str) -> None:
        """Log a request refused elsewhere (the page's Content-Security-Policy, a navigation)."""
        with self._lock:
            self._log.append(url)

    def external_requests(self) -> list[str]:
        """Every blocked request since the start (or since ``clear_log``)."""
        with self._lock:
            return list(self._log)

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()


# Chromium's console wording when it refuses a load before any request exists (the page's CSP, a local
# file, an unsupported scheme): the URL goes in the block log like an intercepted request.
_CSP_REFUSAL = re.compile(r"^(?:Refused to [^']*'([^']+)'|Not allowed to load local resource: (\S+)"
                          r"|Fetch API cannot load (\S+?)\.? URL scheme)")


class MapPage(QWebEnginePage):
    """A map page: stays on its ``izsa://app/page/`` URL (every other navigation is refused and logged),
    opens no windows, and logs what its Content-Security-Policy refused in the context's block log."""

    def __init__(self, ctx: WebContext, parent: QObject | None = None) -> None:
        super().__init__(ctx.profile, parent)
        self._interceptor = ctx.interceptor

    def acceptNavigationRequest(self, url: QUrl | str, kind: QWebEnginePage.NavigationType,  # noqa: N802
                                is_main_frame: bool) -> bool:
        url = QUrl(url)
        if url.scheme() == SCHEME and url.host() == "app" and url.path().startswith("/page/") and is_main_frame:
            return True
        self._interceptor.record(url.toString())
        return False

    def createWindow(self, kind: QWebEnginePage.WebWindowType) -> None:  # noqa: N802
        return None

    def javaScriptConsoleMessage(self, level: QWebEnginePage.JavaScriptConsoleMessageLevel, message: str,  # noqa: N802
                                 line: int, source: str) -> None:
        m = _CSP_REFUSAL.match(message or "")
        if m and level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            self._interceptor.record(next(g for g in m.groups() if g))
        log.debug("map page console (%s:%s): %.300s", source, line, message)


class SchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves ``izsa://app/...``, ``izsa://tiles/<pack>/<z>/<x>/<y>`` and ``izsa://online/<z>/<x>/<y>``."""

    _fetched = Signal(int, object)  # job key, bytes | None (from the fetch thread to the GUI thread)

    def __init__(self, packs: PackStore | None = None, online: TileCache | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.packs = packs
        self.online = online
        self._pages: dict[str, bytes] = {}
        self._pending: dict[int, QWebEngineUrlRequestJob] = {}
        self._pool: ThreadPoolExecutor | None = None  # online fetches
        self._pack_pool: ThreadPoolExecutor | None = None  # pack tile reads
        self._keys = itertools.count()
        self._fetched.connect(self._on_fetched)

    # -- pages -----------------------------------------------------------------------------------
    def put_page(self, name: str, html: str) -> QUrl:
        self._pages[name] = html.encode("utf-8")
        return QUrl(f"{APP}/page/{name}")

    def drop_page(self, name: str) -> None:
        self._pages.pop(name, None)

    # -- dispatch --------------------------------------------------------------------------------
    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt override)
        url = job.requestUrl()
        host, parts = url.host(), [p for p in url.path().split("/") if p]
        try:
            if host == "app":
                self._serve_app(job, parts)
            elif host == "tiles" and len(parts) == 4 and self.packs is not None:
                z, x, y = (int(p.split(".")[0]) for p in parts[1:])
                packs, pack_id = self.packs, parts[0]
                self._later(job, self._tile_workers(), lambda: packs.read_tile(pack_id, z, x, y))
            elif host == "online" and len(parts) == 3 and self.online is not None:
                self._serve_online(job, *(int(p.split(".")[0]) for p in parts))
            else:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
        except (ValueError, OSError):
            job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)

    def _serve_app(self, job: QWebEngineUrlRequestJob, parts: list[str]) -> None:
        if parts[:1] == ["page"] and len(parts) == 2 and parts[1] in self._pages:
            return self._reply(job, "text/html", self._pages[parts[1]])
        if parts == ["qwebchannel.js"]:
            f = QFile(":/qtwebchannel/qwebchannel.js")
            if f.open(QIODevice.OpenModeFlag.ReadOnly):
                return self._reply(job, "text/javascript", bytes(f.readAll().data()))
        if parts[:1] == ["data"] and len(parts) == 2 and parts[1] in _DATA_FILES:
            return self._reply(job, "application/json", data_file(parts[1]).read_bytes())
        if parts[:1] == ["web"] and len(parts) > 1:
            root = web_dir().resolve()
            path = root.joinpath(*parts[1:]).resolve()
            if path.is_relative_to(root) and path.is_file():
                return self._reply(job, _mime(path), path.read_bytes())
        job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)

    def _serve_online(self, job: QWebEngineUrlRequestJob, z: int, x: int, y: int) -> None:
        assert self.online is not None
        cached = self.online.cached(z, x, y)
        if cached is not None or not self.online.online:
            return self._reply_tile(job, cached)
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="izsa-tiles")
        cache = self.online
        self._later(job, self._pool, lambda: cache.get(z, x, y))

    def _tile_workers(self) -> ThreadPoolExecutor:
        """Pack tiles are read here, never on the GUI thread (each read also has its own deadline)."""
        if self._pack_pool is None:
            self._pack_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="izsa-packs")
        return self._pack_pool

    def _later(self, job: QWebEngineUrlRequestJob, pool: ThreadPoolExecutor,
               work: Callable[[], bytes | None]) -> None:
        """Answer ``job`` with ``work()``'s tile once a worker has it (the job may be gone by then)."""
        key = next(self._keys)
        self._pending[key] = job
        job.destroyed.connect(lambda *_: self._pending.pop(key, None))
        pool.submit(self._work, key, work)

    def _work(self, key: int, work: Callable[[], bytes | None]) -> None:
        try:
            data = work()
        except Exception:  # noqa: BLE001 (a tile that cannot be read is a missing tile)
            log.exception("tile read failed")
            data = None
        self._fetched.emit(key, data)

    def _on_fetched(self, key: int, data: bytes | None) -> None:
        job = self._pending.pop(key, None)
        if job is not None:
            self._reply_tile(job, data)

    def _reply_tile(self, job: QWebEngineUrlRequestJob, tile: bytes | None) -> None:
        if tile is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
        else:
            self._reply(job, _sniff_image(tile), tile)

    @staticmethod
    def _reply(job: QWebEngineUrlRequestJob, mime: str, data: bytes) -> None:
        buf = QBuffer(job)  # parented to the job: lives exactly as long as the request
        buf.setData(QByteArray(data))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode(), buf)

    def shutdown(self) -> None:
        for pool in (self._pool, self._pack_pool):
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._pack_pool = None


def _mime(path: Path) -> str:
    return _MIME.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def _sniff_image(data: bytes) -> str:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


# Runs before any page script, in every frame: no WebRTC at all (the Chromium switches already keep its
# packets in; this makes an attempt fail loudly and puts it in the block log via the console).
_NO_WEBRTC_JS = """(function () {
  "use strict";
  var names = ["RTCPeerConnection", "webkitRTCPeerConnection", "RTCDataChannel", "RTCIceTransport",
               "RTCSctpTransport", "RTCDtlsTransport", "RTCRtpSender", "RTCRtpReceiver", "RTCRtpTransceiver",
               "WebTransport"];
  names.forEach(function (n) {
    if (!(n in window)) return;
    var refuse = function () {
      console.error("Refused to create '" + "webrtc:" + n + "': the map pages use no network.");
      throw new DOMException(n + " is disabled", "NotSupportedError");
    };
    try { Object.defineProperty(window, n, { value: refuse, writable: false, configurable: false }); }
    catch (e) { try { delete window[n]; } catch (e2) {} }
  });
})();"""


def _no_webrtc_script() -> QWebEngineScript:
    script = QWebEngineScript()
    script.setName("izsa-no-webrtc")
    script.setSourceCode(_NO_WEBRTC_JS)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
    script.setRunsOnSubFrames(True)
    return script


class WebContext:
    """One QWebEngineProfile with the scheme handler and the blocking interceptor installed."""

    def __init__(self, profile: QWebEngineProfile, handler: SchemeHandler,
                 interceptor: BlockingInterceptor) -> None:
        self.profile = profile
        self.handler = handler
        self.interceptor = interceptor

    @classmethod
    def create(cls, parent: QObject | None = None, packs: PackStore | None = None,
               online: TileCache | None = None) -> WebContext:
        profile = QWebEngineProfile(parent)  # no storage name: off-the-record, nothing written to disk
        handler = SchemeHandler(packs, online, profile)
        interceptor = BlockingInterceptor(profile)
        profile.installUrlSchemeHandler(SCHEME.encode(), handler)
        profile.setUrlRequestInterceptor(interceptor)
        profile.scripts().insert(_no_webrtc_script())
        s = profile.settings()
        # These two interact (turning one on turned the other off in 6.12): set both explicitly.
        s.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False)
        s.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False)
        s.setAttribute(QWebEngineSettings.WebAttribute.WebRTCPublicInterfacesOnly, True)
        s.setAttribute(QWebEngineSettings.WebAttribute.DnsPrefetchEnabled, False)
        s.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
        s.setAttribute(QWebEngineSettings.WebAttribute.PdfViewerEnabled, False)
        s.setAttribute(QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, False)
        s.setAttribute(QWebEngineSettings.WebAttribute.NavigateOnDropEnabled, False)
        return cls(profile, handler, interceptor)

    def external_requests(self) -> list[str]:
        return self.interceptor.external_requests()

    def dispose(self) -> None:
        """Release the profile; every page made from it must already be deleted."""
        self.handler.shutdown()
        self.profile.removeAllUrlSchemeHandlers()
        self.profile.deleteLater()
