"""Qt helpers shared by the hostile tests."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer


class Heartbeat:
    """A 20 ms QTimer on the GUI thread; ``max_gap`` is the longest time between two beats (ms)."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last, self.max_gap = 0, 0
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self) -> None:
        now = self.clock.elapsed()
        self.max_gap, self.last = max(self.max_gap, now - self.last), now

    def stop(self) -> int:
        self.timer.stop()
        self._beat()
        return self.max_gap
