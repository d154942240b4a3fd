"""The ``izsa://`` URL scheme's registration with Chromium: a module of its own, so the app can register
it before the QApplication exists without importing the rest of the map (``map/web.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWebEngineCore import QWebEngineUrlScheme

from .assets import SCHEME

_registered = False


def register_schemes() -> None:
    """Register the ``izsa`` scheme with Chromium. Call once, before ``QApplication(...)``."""
    global _registered
    if _registered:
        return
    if QCoreApplication.instance() is not None:
        raise RuntimeError("register_schemes() must be called before the QApplication is created")
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
