"""Uncaught exceptions: written to a log file in the user's data folder and told in one translated dialog.

Without a hook, an exception in a Qt slot is printed to a console nobody sees and the app carries on,
possibly in a half-updated state. ``CrashReporter.install`` (done by ``app.run_gui``, the composition
root) replaces ``sys.excepthook`` (slots, timers, and PySide's worker threads call it) and
``threading.excepthook`` (plain Python threads): the traceback goes to ``errors.log`` and a dialog says
that what was being done may not have finished, where the details are, and offers to quit. While that
dialog is open, further errors are only logged (one dialog, not a cascade). Background tasks of
``ui/worker.py`` already report their exceptions to their caller; this catches everything else.
"""

from __future__ import annotations

import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from . import plain

LOG_NAME = "errors.log"
MAX_LOG_BYTES = 1_000_000  # then the log is moved to errors.log.1 and a new one is started


class CrashReporter(QObject):
    _post = Signal(str)  # the error's one-line summary; queued to the GUI thread from any thread
    shown = Signal(object)  # the dialog, once it is open (tests, and hosts that want to know)

    def __init__(self, log_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = Path(log_dir) / LOG_NAME
        self.box: QMessageBox | None = None
        self._lock = threading.Lock()
        self._previous: tuple | None = None
        self._post.connect(self._show)

    # -- hooks ---------------------------------------------------------------------------------------------
    def install(self) -> CrashReporter:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self.excepthook
            threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def excepthook(self, etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        self._report(etype, value, tb, threading.current_thread().name)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        self._report(args.exc_type, args.exc_value, args.exc_traceback, name)

    def _report(self, etype: type[BaseException], value: BaseException | None, tb: TracebackType | None,
                thread: str) -> None:
        text = "".join(traceback.format_exception(etype, value, tb))
        sys.stderr.write(text)
        if issubclass(etype, KeyboardInterrupt):
            return
        self._write(thread, text)
        summary = f"{etype.__name__}: {value}" if str(value) else etype.__name__
        self._post.emit(summary[:500])

    def _write(self, thread: str, text: str) -> None:
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        with self._lock:
            try:
                self.log_path.parent.mkdir(parents=True, exist_ok=True)
                if self.log_path.exists() and self.log_path.stat().st_size > MAX_LOG_BYTES:
                    self.log_path.replace(self.log_path.with_name(LOG_NAME + ".1"))
                with self.log_path.open("a", encoding="utf-8") as f:
                    f.write(f"--- {stamp} (thread {thread})\n{text}\n")
            except OSError as exc:  # the dialog still shows; the console has the traceback
                sys.stderr.write(f"could not write {self.log_path}: {exc}\n")

    # -- the dialog (GUI thread) ------------------------------------------------------------------------
    def _show(self, summary: str) -> None:
        if self.box is not None:
            return  # one dialog: the next errors are in the log
        if QApplication.instance() is None:
            return
        text = self.tr("İZSA Desktop met an unexpected error: {error}\n\nWhat you were doing may not have "
                       "been completed: check it before you go on, or quit and start the application again. "
                       "The details were written to:\n{path}").format(error=summary, path=self.log_path)
        box = self.box = plain.message_box(
            QApplication.activeWindow(), QMessageBox.Icon.Critical, self.tr("Unexpected error"), text,
            QMessageBox.StandardButton.NoButton)
        box.setObjectName("crashDialog")
        go_on = box.addButton(self.tr("&Continue"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.DestructiveRole).setObjectName("quit")
        box.setDefaultButton(go_on)
        box.setEscapeButton(go_on)
        box.finished.connect(self._closed)
        box.open()
        self.shown.emit(box)

    def _closed(self) -> None:
        box, self.box = self.box, None
        if box is None:
            return
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is not None and clicked.objectName() == "quit":
            QApplication.closeAllWindows()  # each window asks about unsaved changes; the last one quits


def install(log_dir: Path, parent: QObject | None = None) -> CrashReporter:
    """The process's reporter, installed (``parent``: normally the QApplication, which keeps it)."""
    return CrashReporter(log_dir, parent).install()
