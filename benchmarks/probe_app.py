"""Subprocess probes (each in a fresh process, offscreen): run by bench_app.py, print one JSON line.

    python -m benchmarks.probe_app baseline            # bare QMainWindow shown
    python -m benchmarks.probe_app window DB           # İZSA main window shown with its list populated
    python -m benchmarks.probe_app window DB --similar # ... then similar projects asked for (index built)
    python -m benchmarks.probe_app filter DB QUERY     # typing QUERY into the list filter, per-keystroke ms
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def baseline() -> dict:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    w = QMainWindow()
    w.resize(1280, 800)
    w.show()
    app.processEvents()
    return {"ready": True}


def window(db: str, similar: bool = False) -> dict:
    # The same start-up as ``izsa_desktop.__main__``: the Qt-free layers before PySide6 (GC paused).
    from izsa_desktop.__main__ import preload_gui

    preload_gui()
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from izsa_desktop.app import GuiApp, make_web_context, prepare_qt
    from izsa_desktop.ui import i18n

    prepare_qt()
    app = QApplication(sys.argv)
    settings = QSettings(os.path.join(os.environ.get("TMPDIR", "/tmp"), "izsa-bench.ini"), QSettings.Format.IniFormat)
    gui = GuiApp(app, settings, i18n.install("tr"), web=lambda: make_web_context(app, settings))
    assert gui.open(db, demo=False, seed=0)
    loop = QEventLoop()
    gui.show_window()
    n = []
    gui.window.rowsLoaded.connect(lambda count: (n.append(count), loop.quit()))
    loop.exec()
    app.processEvents()
    out = {"rows": n[0], "rss_mb": rss_mb()}
    if similar:  # then ask for similar projects of the open one: the similarity index gets built
        panel = gui.window.similar_panel
        done = QEventLoop()
        panel.resultsShown.connect(lambda _n: done.quit())
        panel.request()
        done.exec()
        out["rss_similar_mb"] = rss_mb()
    return out


def filter_typing(db: str, query: str) -> dict:
    from PySide6.QtWidgets import QApplication

    from izsa_desktop.services.projects import ProjectService
    from izsa_desktop.services.workspace import open_workspace
    from izsa_desktop.ui import i18n
    from izsa_desktop.ui.list_panel import ProjectListPanel

    app = QApplication(sys.argv)
    i18n.install("tr")
    ws = open_workspace(db)
    panel = ProjectListPanel("tr")
    panel.resize(900, 700)
    panel.show()
    panel.set_rows(ProjectService(ws).summaries())
    panel.proxy.wait_search_index()  # built on a worker thread when rows arrive; typing starts after it
    app.processEvents()
    times = []
    for _round in range(3):
        panel.search.clear()
        panel.apply_filter()
        app.processEvents()
        for i in range(1, len(query) + 1):
            panel.search.blockSignals(True)  # the 120 ms debounce is bypassed: we time the work itself
            panel.search.setText(query[:i])
            panel.search.blockSignals(False)
            t0 = time.perf_counter()
            panel.apply_filter()
            app.processEvents()  # the view lays out and paints the new rows
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"p50": times[len(times) // 2], "p95": times[int(len(times) * 0.95) - 1], "max": times[-1],
            "n": len(times), "visible": panel.proxy.rowCount()}


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "baseline":
        result = baseline()
    elif mode == "window":
        result = window(sys.argv[2], similar="--similar" in sys.argv)
    else:
        result = filter_typing(sys.argv[2], sys.argv[3])
    print("RESULT " + json.dumps(result), flush=True)
    os._exit(0)  # skip teardown: we measure start-up, not shutdown
