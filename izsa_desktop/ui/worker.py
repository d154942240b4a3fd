"""One idiom for background work: run a plain function off the GUI thread, get the result by signal.

The function receives ``progress(done, total)`` and ``cancelled() -> bool`` callables and knows nothing
of Qt. Results and errors come back on the GUI thread through queued signals. A progress dialog appears
only if the work takes longer than ~0.5 s.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object, str)


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(
                *self.args, progress=self.signals.progress.emit, cancelled=self.cancelled, **self.kwargs
            )
        except Exception as exc:  # reported to the GUI thread, never swallowed
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.finished.emit(result)
        finally:
            self.done.set()


class Runner(QObject):
    """Starts tasks on a private thread pool and keeps them alive until they end."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._tasks: set[Task] = set()

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
        label: str = "",
        parent_widget: QWidget | None = None,
        cancellable: bool = True,
        **kwargs: Any,
    ) -> Task:
        task = Task(fn, *args, **kwargs)
        self._tasks.add(task)
        dialog: QProgressDialog | None = None
        if parent_widget is not None:
            dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent_widget)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(500)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(task.cancel)

            def _on_progress(done: int, total: int) -> None:
                assert dialog is not None
                dialog.setMaximum(max(total, 1))
                dialog.setValue(min(done, total))

            task.signals.progress.connect(_on_progress)

        def _finish() -> None:
            self._tasks.discard(task)
            if dialog is not None:
                dialog.reset()
                dialog.hide()
                dialog.deleteLater()

        def _ok(result: Any) -> None:
            if not isValid(self):  # the owner (a window, a view) is gone: nobody to tell
                return
            _finish()
            if on_done:
                on_done(result)

        def _err(exc: BaseException, tb: str) -> None:
            if not isValid(self):
                return
            _finish()
            if on_error:
                on_error(exc, tb)

        task.signals.finished.connect(_ok, Qt.ConnectionType.QueuedConnection)
        task.signals.failed.connect(_err, Qt.ConnectionType.QueuedConnection)
        self.pool.start(task)
        return task

    def active(self) -> int:
        return len(self._tasks)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
