"""Map benchmarks: the overview page at 15k/100k projects against a naive folium page, and filter updates.

Each ``bench_*`` function takes an optional context (ignored unless it carries ``web_context``) and
returns ``{metric: milliseconds}``; every metric comes with its baseline from the same run:

* ``bench_map_overview_15k``: ``map_overview_15k_ms`` (build page + load + 15k rows over the bridge,
  until the page reports them applied) vs ``map_naive_folium_15k_ms`` (one ``folium.Marker`` with popup
  per project, Python build + page load until the markers exist).
* ``bench_map_overview_100k``: ``map_overview_100k_ms`` (same as above with 100k rows) with
  ``map_overview_15k_ms`` as baseline.
* ``bench_map_filter_update``: ``map_filter_update_ms`` (visible-id filter change on the 15k map until
  the page reports it applied) vs ``map_reload_15k_ms`` (sending all 15k rows again).

Needs QtWebEngine; sets the offscreen platform and registers the ``izsa`` scheme if no QApplication
exists yet (call ``izsa_desktop.map.web.register_schemes()`` yourself before creating one).
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from functools import cache
from typing import Any

from izsa_desktop.core import taxonomy


@cache
def synthetic_projects(n: int, seed: int = 35) -> tuple[dict, ...]:
    """``n`` projects at random points inside İzmir's districts (weighted by area)."""
    rnd = random.Random(seed)
    ds = taxonomy.districts()
    weights = [d.area_km2 for d in ds]
    out = []
    for i in range(n):
        d = rnd.choices(ds, weights)[0]
        x0, y0, x1, y1 = d.bbox
        while True:
            lon, lat = rnd.uniform(x0, x1), rnd.uniform(y0, y1)
            if d.contains(lon, lat):
                break
        goals = sorted(rnd.sample(range(1, 18), rnd.randint(1, 3)))
        out.append({"id": f"b{i:06d}", "title": f"Synthetic project {i}", "district": d.id, "lat": lat,
                    "lon": lon, "sdg_primary": goals[0], "sdg_goals": goals})
    return tuple(out)


# -- Qt environment ------------------------------------------------------------------------------
_state: dict[str, Any] = {}


def _web(ctx: object | None = None):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    from PySide6.QtWidgets import QApplication

    from izsa_desktop.map.web import WebContext, register_schemes

    if QApplication.instance() is None:
        register_schemes()
        _state["app"] = QApplication([])
    given = getattr(ctx, "web_context", None)
    if given is not None:
        return given
    if "web" not in _state:
        _state["web"] = WebContext.create()
    return _state["web"]


def _wait(cond: Callable[[], bool], timeout_s: float = 300.0) -> None:
    """Run one event loop until ``cond()`` holds, polled by a timer.

    Not a ``processEvents()`` loop (busy polling; and PySide6 6.12.0, excluded by the pin, dropped a
    ``None`` reference per call): one ``exec`` per wait.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    if cond():
        return
    loop, timer = QEventLoop(), QTimer()
    end = time.perf_counter() + timeout_s
    failed: list[bool] = []

    def tick() -> None:
        if cond():
            loop.quit()
        elif time.perf_counter() > end:
            failed.append(True)
            loop.quit()

    timer.setInterval(2)
    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()
    if failed:
        raise TimeoutError("map benchmark: page did not report in time")


def _overview(web, rows: tuple[dict, ...]):
    """Build + load the overview page and send ``rows``; returns (widget, elapsed ms)."""
    from izsa_desktop.map.overview import OverviewMapWidget

    done: list[dict] = []
    t0 = time.perf_counter()
    w = OverviewMapWidget(web)
    w.applied.connect(lambda what, msg: done.append(msg) if what == "projects" else None)
    w.resize(1000, 700)
    w.show()
    w.set_projects(rows)
    _wait(lambda: bool(done))
    ms = (time.perf_counter() - t0) * 1000
    assert done[0]["count"] == len(rows)
    return w, ms


def _close(w) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _naive_folium_ms(web, rows: tuple[dict, ...]) -> float:
    import folium

    from izsa_desktop.map.assets import localize_html
    from izsa_desktop.map.view import MapView

    t0 = time.perf_counter()
    m = folium.Map(location=[38.42, 27.14], zoom_start=9, tiles=None, maxZoom=19)
    for r in rows:
        folium.Marker([r["lat"], r["lon"]], popup=r["title"], tooltip=r["district"]).add_to(m)
    html = localize_html(m.get_root().render())
    view = MapView(web)
    view.resize(1000, 700)
    view.show()
    box: list = []
    view.load_html(html)
    expr = ("typeof L === 'object' ? document.querySelectorAll('.leaflet-marker-icon').length : -1")

    def poll() -> bool:
        if not box or box[-1] is not None:
            view.eval_json(expr, lambda v: box.append(v))
            box.append(None)
        return any(isinstance(v, int) and v >= len(rows) for v in box)

    _wait(poll)
    ms = (time.perf_counter() - t0) * 1000
    _close(view)
    return ms


def bench_map_overview_15k(ctx: object | None = None) -> dict[str, float]:
    web = _web(ctx)
    rows = synthetic_projects(15_000)
    w, ms = _overview(web, rows)
    _close(w)
    return {"map_overview_15k_ms": ms, "map_naive_folium_15k_ms": _naive_folium_ms(web, rows)}


def bench_map_overview_100k(ctx: object | None = None) -> dict[str, float]:
    web = _web(ctx)
    w, base = _overview(web, synthetic_projects(15_000))
    _close(w)
    w, ms = _overview(web, synthetic_projects(100_000))
    _close(w)
    return {"map_overview_100k_ms": ms, "map_overview_15k_ms": base}


def bench_map_filter_update(ctx: object | None = None) -> dict[str, float]:
    web = _web(ctx)
    rows = synthetic_projects(15_000)
    w, _ = _overview(web, rows)
    got: list[dict] = []
    w.applied.connect(lambda what, msg: got.append(msg))
    rnd = random.Random(1)
    times = []
    for _ in range(5):  # alternate between two different halves: every change moves ~7.5k points
        keep = [r["id"] for r in rows if rnd.random() < 0.5]
        got.clear()
        t0 = time.perf_counter()
        seq = w.set_visible_ids(keep)
        _wait(lambda s=seq: any(m.get("what") == "filter" and m.get("seq") == s for m in got))
        times.append((time.perf_counter() - t0) * 1000)
    got.clear()
    t0 = time.perf_counter()
    seq = w.set_projects(rows)
    _wait(lambda: any(m.get("what") == "projects" and m.get("seq") == seq for m in got))
    reload_ms = (time.perf_counter() - t0) * 1000
    _close(w)
    times.sort()
    return {"map_filter_update_ms": times[len(times) // 2], "map_reload_15k_ms": reload_ms}


if __name__ == "__main__":  # quick manual run: python -m benchmarks.bench_map
    for fn in (bench_map_overview_15k, bench_map_filter_update, bench_map_overview_100k):
        print(fn.__name__, {k: round(v, 1) for k, v in fn().items()}, flush=True)
