"""Red team, finding 4 (MEDIUM): strings from a refused bundle were shown as clickable rich text.

A Bornova bundle with ``status = '<a href="http://127.0.0.1:8765/x">Tıkla</a>'`` is refused
(bundle_value_invalid) and the refusal names the value. ``QMessageBox.warning`` guessed rich text and opened
external links: clicking the message called the system URL handler (the browser, the network). The
"Delete project" confirmation put an accepted title with markup on its first line the same way.

Now every message box is made by ``ui/plain.py`` with plain text. The window's real dialogs are walked
(real central workspace, real signed bundles, the real import path through the worker thread) and the
label is clicked all over with a URL handler installed; a source check keeps any other QMessageBox out.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bundle.helpers import UUIDS, make_bundle, project  # noqa: E402
from test_bundle_helpers import PASS, central, district  # noqa: E402

from izsa_desktop.bundle import BundleContent, RecordChange  # noqa: E402
from izsa_desktop.services.bundles_import import import_file  # noqa: E402
from izsa_desktop.services.keys import KeyService  # noqa: E402
from izsa_desktop.ui.bundles.actions import BundleActions  # noqa: E402
from izsa_desktop.ui.main_window import MainWindow  # noqa: E402

LINK = '<a href="http://127.0.0.1:8765/x">Tıkla</a>'
TITLE = '<a href="http://127.0.0.1:8765/">Bisiklet yolu</a><span style="font-size:1px">'
SRC = Path(__file__).resolve().parents[2] / "izsa_desktop"


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot("QUrl")
    def handle(self, url) -> None:  # type: ignore[no-untyped-def]
        self.opened.append(url.toString())


@pytest.fixture
def urls(qapp):
    catcher = _UrlCatcher()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, catcher, "handle")
    yield catcher
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def _signed(key, seq: int, i: int, **values) -> bytes:  # type: ignore[no-untyped-def]
    rec = RecordChange(UUIDS[i], "bornova", 0, 0, project(i, "bornova", **values))
    return make_bundle(key, seq=seq, district="bornova", content=BundleContent(records=(rec,)))


@pytest.fixture
def world(tmp_path, qtbot):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    key = KeyService(bor).private_key(PASS)
    import_file(cen, _signed(key, 1, 5, title_tr=TITLE))  # accepted: a title may hold these characters
    (tmp_path / "refused.izsa").write_bytes(_signed(key, 2, 6, status=LINK))
    w = MainWindow(cen, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "en")
    qtbot.addWidget(w, before_close_func=lambda w: w.form.load(w.service.new_project()))
    w.show()
    w.load_rows()
    yield tmp_path, w
    w.runner.wait()
    for ws in (cen, bor):
        ws.close()


def _inspect(box: QMessageBox, urls: _UrlCatcher) -> dict:
    """What the box shows and does: formats, and whether clicking anywhere on its text opens a URL."""
    labels = [lab for lab in box.findChildren(QLabel) if lab.text()]
    for lab in labels:
        for y in range(2, max(lab.height(), 3), 4):
            for x in range(2, max(lab.width(), 3), 6):
                QTest.mouseClick(lab, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    QApplication.processEvents()
    return {"format": box.textFormat(), "label_formats": {lab.textFormat() for lab in labels},
            "open_links": [lab.openExternalLinks() for lab in labels], "text": box.text(),
            "opened": list(urls.opened)}


def _answer_box(urls: _UrlCatcher, seen: list, button: QMessageBox.StandardButton) -> None:
    """Poll for the modal message box (it runs its own event loop), inspect it, then answer it."""
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(_inspect(box, urls))
            box.button(button).click()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_refused_bundle_value_is_shown_as_plain_text_and_opens_nothing(world, qtbot, urls):
    tmp, w = world
    seen: list[dict] = []
    _answer_box(urls, seen, QMessageBox.StandardButton.Ok)
    w.findChild(BundleActions).import_path(tmp / "refused.izsa")  # verified in the worker thread
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    got = seen[0]
    assert LINK in got["text"]  # the value is still named, as its characters
    assert got["opened"] == []  # clicking the message opened no browser (before: http://127.0.0.1:8765/x)
    assert got["format"] == Qt.TextFormat.PlainText
    assert got["label_formats"] == {Qt.TextFormat.PlainText} and not any(got["open_links"])


def test_delete_confirmation_shows_a_hostile_title_as_plain_text(world, qtbot, urls):
    _tmp, w = world
    w.list_panel.select(UUIDS[5])
    qtbot.waitUntil(lambda: w.list_panel.current_uuid() == UUIDS[5], timeout=5000)
    seen: list[dict] = []
    _answer_box(urls, seen, QMessageBox.StandardButton.No)
    w.delete_project()
    assert seen, "no confirmation was asked"
    got = seen[0]
    assert got["text"].splitlines()[0] == f"Delete “{TITLE}”?"
    assert got["format"] == Qt.TextFormat.PlainText and got["label_formats"] == {Qt.TextFormat.PlainText}
    assert got["opened"] == [] and not w.service.get(UUIDS[5]).meta.deleted


_STATIC = {"question", "warning", "critical", "information", "about", "aboutQt"}


def _offences(source: str, where: str) -> list[str]:
    """Every way a module could make a QMessageBox itself: the class called, a static helper, a subclass,
    the class under another name, or reached through getattr / the module."""
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for a in node.names:
                if a.name == "QMessageBox" and a.asname not in (None, "QMessageBox"):
                    found.append(f"{where}:{node.lineno} imports QMessageBox as {a.asname}")
        elif isinstance(node, ast.Call):
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            if name == "QMessageBox":
                found.append(f"{where}:{node.lineno} QMessageBox(...)")
            if (isinstance(f, ast.Attribute) and f.attr in _STATIC and isinstance(f.value, (ast.Name, ast.Attribute))
                    and (getattr(f.value, "id", "") or getattr(f.value, "attr", "")) == "QMessageBox"):
                found.append(f"{where}:{node.lineno} QMessageBox.{f.attr}(...)")
            if (name == "getattr" and node.args and isinstance(node.args[0], (ast.Name, ast.Attribute))
                    and "QMessageBox" in ast.unparse(node.args[0])):
                found.append(f"{where}:{node.lineno} getattr(QMessageBox, ...)")
        elif isinstance(node, ast.ClassDef):
            if any("QMessageBox" in ast.unparse(b) for b in node.bases):
                found.append(f"{where}:{node.lineno} subclass of QMessageBox")
    return found


def test_no_message_box_is_made_outside_the_plain_text_helper():
    files = [p for p in SRC.rglob("*.py") if p != SRC / "ui" / "plain.py"]
    assert len(files) > 50
    offences = [o for p in files for o in _offences(p.read_text(encoding="utf-8"), str(p.relative_to(SRC)))]
    assert offences == []
    # the checker itself sees each way round it
    probe = ("from PySide6.QtWidgets import QMessageBox as M, QMessageBox\n"
             "QMessageBox.warning(None, 't', 'x')\nQtWidgets.QMessageBox(1)\n"
             "class B(QMessageBox): pass\ngetattr(QMessageBox, 'question')\n")
    kinds = sorted(o.split(" ", 1)[1] for o in _offences(probe, "probe"))
    assert kinds == sorted(["imports QMessageBox as M", "QMessageBox.warning(...)", "QMessageBox(...)",
                            "subclass of QMessageBox", "getattr(QMessageBox, ...)"])
