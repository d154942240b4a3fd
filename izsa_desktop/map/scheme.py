"""The ``izsa://`` URL scheme's registration with Chromium: a module of its own, so the app can register
it before the QApplication exists without importing the rest of the map (``map/web.py``).

The same call adds the Chromium switches of the zero-network promise to ``QTWEBENGINE_CHROMIUM_FLAGS``
(read once, when QtWebEngine starts): WebRTC may not use UDP that does not go through a proxy (there
is none, so no STUN/ICE packet leaves), and the host resolver answers "not found" for every name and
address, so nothing Chromium does outside the request interceptor (preconnect, DNS prefetch, WebRTC's
TCP/TURN sockets) can resolve a name or reach an address.
"""

from __future__ import annotations

import os
import shlex

from PySide6.QtCore import QCoreApplication
from PySide6.QtWebEngineCore import QWebEngineUrlScheme

from .assets import SCHEME

_registered = False

ZERO_NETWORK_FLAGS = (
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--webrtc-ip-handling-policy=disable_non_proxied_udp",
    '--host-resolver-rules="MAP * ~NOTFOUND"',
)


def add_zero_network_flags() -> str:
    """Append the zero-network switches to ``QTWEBENGINE_CHROMIUM_FLAGS`` (kept: flags already there).
    Must run before QtWebEngine starts; returns the resulting value."""
    current = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    words = shlex.split(current) if current else []
    missing = [f for f in ZERO_NETWORK_FLAGS if shlex.split(f)[0] not in words]
    value = " ".join([current.strip(), *missing]).strip()
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = value
    return value


def register_schemes() -> None:
    """Register the ``izsa`` scheme with Chromium. Call once, before ``QApplication(...)``."""
    global _registered
    if _registered:
        return
    if QCoreApplication.instance() is not None:
        raise RuntimeError("register_schemes() must be called before the QApplication is created")
    add_zero_network_flags()
    scheme = QWebEngineUrlScheme(SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.CorsEnabled
        | QWebEngineUrlScheme.Flag.FetchApiAllowed
        | QWebEngineUrlScheme.Flag.ContentSecurityPolicyIgnored
    )
    QWebEngineUrlScheme.registerScheme(scheme)
    _registered = True
