"""Hidden self-test of an installed or frozen app: ``IZSA_SELFTEST=startup|map izsa-desktop [--demo | --db F]``.

The real start-up runs (``app.run_gui``); then one JSON line is printed on stdout and the app exits:

* ``startup``: once the main window shows its project list: ``{"selftest": "startup", "ok": true, "rows": N}``.
* ``map``: the list loaded, the Map tab is opened, and once the page is ready Leaflet is asked for its
  version: ``{"selftest": "map", "ok": true, "leaflet": "1.9.4", "panes": N, "external_requests": []}``
  -- ``ok`` only if Leaflet loaded and the page tried no network request at all.

Anything else, or no answer within ``TIMEOUT_MS``, prints ``"ok": false`` and exits with 3. Used by the
frozen build's smoke test (tests/packaging/) and the benchmark runner (benchmarks/bench_frozen.py); it
is not a user feature, so nothing here is translated.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import QTimer

TIMEOUT_MS = 60_000
KINDS = ("startup", "map")


class SelfTest:
    def __init__(self, gui, kind: str) -> None:  # type: ignore[no-untyped-def]
        self.gui, self.kind, self.done = gui, kind, False
        self.timer = QTimer(gui.app)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.report(False, error="timeout"))
        self.timer.start(TIMEOUT_MS)
        if kind not in KINDS:
            QTimer.singleShot(0, lambda: self.report(False, error=f"unknown self-test {kind!r}"))
            return
        gui.window.rowsLoaded.connect(self._rows_loaded)

    def report(self, ok: bool, **info: Any) -> None:
        if self.done:
            return
        self.done = True
        self.timer.stop()
        sys.stdout.write(json.dumps({"selftest": self.kind, "ok": ok, **info}, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        self.gui.app.exit(0 if ok else 3)

    def _rows_loaded(self, count: int) -> None:
        self.rows = count
        if self.kind == "startup":
            self.report(True, rows=count)
            return
        window = self.gui.window
        if window.map_tab is None:
            self.report(False, error="no map tab")
            return
        window.tabs.setCurrentIndex(window.map_tab.index)  # builds the page, as a click on the tab does
        self._poll()

    def _poll(self) -> None:
        overview = self.gui.window.map_tab.overview
        if overview is None or not overview.is_ready():
            QTimer.singleShot(50, self._poll)
            return
        overview.view.eval_json(
            "[typeof L === 'object' ? L.version : null, document.querySelectorAll('.leaflet-pane').length]",
            self._answer,
        )

    def _answer(self, value) -> None:  # type: ignore[no-untyped-def]
        version, panes = (value or [None, 0])[:2]
        blocked = self.gui.web().external_requests()
        self.report(bool(version) and panes > 0 and not blocked, leaflet=version, panes=panes, rows=self.rows,
                    external_requests=blocked)


def attach(gui, kind: str) -> SelfTest:  # type: ignore[no-untyped-def]
    """Start the self-test ``kind`` on a shown ``app.GuiApp`` window (before ``app.exec()``)."""
    test = SelfTest(gui, kind)
    gui.selftest = test  # kept alive with the app
    return test
