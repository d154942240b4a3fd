"""Qt's and Chromium's own messages go to ``<user data>/logs/qt.log``, not to the clerk's console.

Qt and QtWebEngine print warnings about the machine (no GPU: "Failed to create RHI", no D-Bus, the
sandbox off as root, the offscreen platform's "propagateSizeHints") that say nothing to a clerk and
hide the app's own lines. ``install`` routes Qt messages to a small log file (rotated past
``MAX_BYTES``; a fatal message still reaches stderr) and asks Chromium to log fatal errors only, unless
``IZSA_QT_DEBUG=1`` is set (developers: everything on the console as before) or the user chose
Chromium flags of their own.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

MAX_BYTES = 1_000_000
_TYPES = {QtMsgType.QtDebugMsg: "debug", QtMsgType.QtInfoMsg: "info", QtMsgType.QtWarningMsg: "warning",
          QtMsgType.QtCriticalMsg: "critical", QtMsgType.QtFatalMsg: "fatal"}


def chromium_quiet() -> None:
    """Before the QApplication exists: Chromium's console log limited to fatal errors."""
    if os.environ.get("IZSA_QT_DEBUG") != "1" and "--log-level" not in os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""):
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --log-level=3").strip()


class QtLog:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / "qt.log"
        self._fh = None

    def _open(self):  # type: ignore[no-untyped-def]
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists() and self.path.stat().st_size > MAX_BYTES:
                os.replace(self.path, self.path.with_suffix(".log.1"))
            self._fh = open(self.path, "a", encoding="utf-8", errors="backslashreplace")  # noqa: SIM115
        return self._fh

    def __call__(self, kind, context, message: str) -> None:  # type: ignore[no-untyped-def]
        name = _TYPES.get(kind, "warning")
        line = f"{datetime.now().isoformat(timespec='seconds')} {name}: {message}\n"
        if kind == QtMsgType.QtFatalMsg:
            sys.stderr.write(line)
        try:
            fh = self._open()
            fh.write(line)
            fh.flush()
        except OSError:
            pass  # a log that cannot be written must never stop the app


def install(folder: Path) -> QtLog | None:
    if os.environ.get("IZSA_QT_DEBUG") == "1":
        return None
    log = QtLog(folder)
    qInstallMessageHandler(log)
    return log
