"""Red team, finding 2 (the app side): there was no excepthook, so an exception in a Qt slot (the form's
half-done load) was printed to a console nobody sees and the app carried on in a half-updated state.

The composition root (``app.run_gui`` -> ``install_crash_reporter``) now installs ``sys.excepthook`` and
``threading.excepthook``: the traceback goes to ``errors.log`` in the user's data folder and one translated
dialog (plain text) says what happened, where the details are, and offers to quit. Real exceptions in a
real Qt slot and a real Python thread; the dialog found on screen."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from izsa_desktop import app as app_module
from izsa_desktop.ui import i18n


@pytest.fixture
def reporter(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(app_module, "user_data_dir", lambda: tmp_path / "data")
    hooks = (sys.excepthook, threading.excepthook)
    rep = app_module.install_crash_reporter(qapp)  # what run_gui does
    yield rep
    if rep.box is not None:
        rep.box.done(0)
    rep.uninstall()
    assert (sys.excepthook, threading.excepthook) == hooks
    rep.deleteLater()


def _crash_in_slot() -> None:
    raise TypeError("'int' object is not iterable (hostile geometry)")


def _dialogs() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "crashDialog" and w.isVisible()]


def test_uncaught_exception_in_a_slot_is_logged_and_shown_once(reporter, qtbot, tmp_path):
    i18n.install("tr")
    try:
        assert sys.excepthook == reporter.excepthook
        QTimer.singleShot(0, _crash_in_slot)  # PySide hands a slot's exception to sys.excepthook
        QTimer.singleShot(0, _crash_in_slot)  # a second one while the dialog is open: logged only
        qtbot.waitUntil(lambda: len(_dialogs()) == 1, timeout=5000)
        qtbot.waitUntil(lambda: reporter.log_path.exists()
                        and reporter.log_path.read_text(encoding="utf-8").count("hostile geometry") >= 2,
                        timeout=5000)
        log = reporter.log_path.read_text(encoding="utf-8")
        assert reporter.log_path == tmp_path / "data" / "logs" / "errors.log"
        assert "Traceback" in log and "_crash_in_slot" in log
        box = _dialogs()[0]
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert "beklenmeyen bir hatayla karşılaştı" in box.text() and str(reporter.log_path) in box.text()
        assert box.windowTitle() == "Beklenmeyen hata"
        assert {b.text() for b in box.buttons()} == {"&Devam et", "Çı&kış"}
        QApplication.processEvents()
        assert len(_dialogs()) == 1  # one dialog, not a cascade
        next(b for b in box.buttons() if b.text() == "&Devam et").click()
        qtbot.waitUntil(lambda: not _dialogs() and reporter.box is None, timeout=5000)
    finally:
        i18n.install("en")


def test_uncaught_exception_in_a_python_thread_is_logged_and_shown(reporter, qtbot):
    assert threading.excepthook == reporter.thread_excepthook

    def work() -> None:
        raise RuntimeError("worker thread failed")

    t = threading.Thread(target=work, name="hostile-worker")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: len(_dialogs()) == 1, timeout=5000)
    log = reporter.log_path.read_text(encoding="utf-8")
    assert "thread hostile-worker" in log and "RuntimeError: worker thread failed" in log
    assert "worker thread failed" in _dialogs()[0].text()
