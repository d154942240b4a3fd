"""Session-wide test setup shared by every test package.

Qt needs its environment before any QApplication exists: offscreen platform, and no Chromium sandbox
(the tests run as root). The ``izsa`` URL scheme must also be registered before the QApplication
(QWebEngineUrlScheme.registerScheme). Both happen here at import time, which is before pytest-qt's
``qapp`` fixture creates the application. Tests that need no Qt do not import it: the scheme
registration is skipped when PySide6 is absent.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

try:
    from izsa_desktop.map.scheme import register_schemes
except ImportError:  # PySide6 not installed: the Qt-free test suites still run
    register_schemes = None
else:
    register_schemes()


@pytest.fixture(scope="session")
def web_profile(qapp):
    """One off-the-record QWebEngineProfile for the whole session (with the request interceptor).

    Pages are created as ``QWebEnginePage(profile, view)`` so their views own them; before the profile
    goes, pending deferred deletes are flushed so no page outlives it (see docs on object lifetimes).
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    from izsa_desktop.map.web import WebContext

    ctx = WebContext.create(parent=None)
    yield ctx
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctx.dispose()


# -- workspaces: migrate a template once per session, copy it per test (cheap, real SQLite files) ----------
@pytest.fixture(scope="session")
def _template_db(tmp_path_factory):
    from izsa_desktop.services.workspace import open_workspace

    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    ws = open_workspace(path)
    ws.close()
    return path


def _copy_workspace(template, target):
    import shutil

    shutil.copy2(template, target)
    return target


@pytest.fixture
def district_ws(_template_db, tmp_path):
    """A district office workspace (Karşıyaka) in a real SQLite file."""
    from izsa_desktop.services.workspace import init_workspace

    ws = init_workspace(_copy_workspace(_template_db, tmp_path / "district.sqlite"), "district", "Karşıyaka",
                        "Karşıyaka Belediyesi", "Ayşe Yılmaz")
    yield ws
    ws.close()


@pytest.fixture
def central_ws(_template_db, tmp_path):
    """A metropolitan central office workspace in a real SQLite file."""
    from izsa_desktop.services.workspace import init_workspace

    ws = init_workspace(_copy_workspace(_template_db, tmp_path / "central.sqlite"), "central", "",
                        "İzmir Büyükşehir Belediyesi", "Mehmet Kaya")
    yield ws
    ws.close()
