"""The background-work helper: results by signal, errors reported, nothing delivered to a deleted owner."""

import threading

from PySide6.QtCore import QObject

from izsa_desktop.ui.worker import Runner


def test_result_and_progress(qtbot):
    runner = Runner()
    got, steps = [], []

    def work(n, progress, cancelled):
        for i in range(n):
            progress(i + 1, n)
        return n * 2

    task = runner.start(work, 5, on_done=got.append)
    task.signals.progress.connect(lambda d, t: steps.append(d))
    qtbot.waitUntil(lambda: got == [10], timeout=5000)
    assert runner.active() == 0


def test_error_is_reported_not_swallowed(qtbot):
    runner = Runner()
    errors = []

    def boom(progress, cancelled):
        raise ValueError("kaput")

    runner.start(boom, on_error=lambda exc, tb: errors.append((type(exc), "kaput" in tb)))
    qtbot.waitUntil(lambda: errors == [(ValueError, True)], timeout=5000)


def test_cancel_flag_reaches_the_function(qtbot):
    runner = Runner()
    started, result = threading.Event(), []

    def loop(progress, cancelled):
        started.set()
        while not cancelled():
            pass
        return "stopped"

    task = runner.start(loop, on_done=result.append)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: result == ["stopped"], timeout=5000)


def test_nothing_is_delivered_after_the_owner_is_deleted(qtbot):
    owner = QObject()
    runner = Runner(owner)
    release, delivered = threading.Event(), []
    task = runner.start(lambda progress, cancelled: release.wait(5), on_done=delivered.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(runner), timeout=5000)
    release.set()
    assert task.done.wait(5)
    qtbot.wait(100)
    assert delivered == []
