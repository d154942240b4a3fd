"""Benchmark workspaces made with the real demo generator, cached under bench-out/."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from izsa_desktop.services import demo
from izsa_desktop.services.workspace import init_workspace, open_workspace


def workspace_path(ctx, count: int, role: str = "central") -> Path:
    """A workspace with ``count`` demo projects; generated once per run and reused."""
    key = ("ws", count, role)
    if key in ctx.cache:
        return ctx.cache[key]
    path = ctx.out / f"ws-{role}-{count}.sqlite"
    if path.exists():
        ws = open_workspace(path)
        with ws.engine.connect() as c:
            have = c.exec_driver_sql("SELECT count(*) FROM project").scalar()
        ws.close()
        if have == count:
            ctx.cache[key] = path
            return path
        for p in path.parent.glob(path.name + "*"):
            p.unlink()
        shutil.rmtree(path.parent / "backups", ignore_errors=True)
    ws = init_workspace(path, role, district="Konak" if role == "district" else "", office="Bench", user="bench")
    t0 = time.perf_counter()
    demo.generate(ws, count, seed=35)
    ctx.cache[("generate_s", count)] = time.perf_counter() - t0
    ws.close()
    ctx.cache[key] = path
    return path
