"""Issue 16 point 2: the one-folder build's size and start-up time, next to the source start-up measured
the same way in the same run.

Both start the real app with ``IZSA_SELFTEST=startup`` (ui/selftest.py: exit once the main window shows
its project list) on the 15k-project workspace, fresh process each time, median of 3 after a warm-up:
``frozen_startup_ms`` runs ``dist/izsa-desktop/izsa-desktop``, ``source_startup_ms`` runs
``python -m izsa_desktop`` (byte-compiled, as installed). Without a build (``bash tools/run.sh package``)
only ``frozen_built = 0`` is reported, with a note on stderr.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .bench_app import _compile_package
from .workspaces import workspace_path

DIST = Path(__file__).resolve().parent.parent / "dist" / "izsa-desktop"
EXE = DIST / ("izsa-desktop.exe" if sys.platform == "win32" else "izsa-desktop")


def _size_mb(folder: Path) -> tuple[float, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 2**20, len(files)


def _start(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    ms = (time.perf_counter() - t0) * 1000
    if r.returncode != 0 or '"ok": true' not in r.stdout:
        raise RuntimeError(f"{cmd[0]} failed ({r.returncode}): {r.stdout[-500:]} {r.stderr[-1500:]}")
    return ms


def bench_frozen(ctx) -> dict[str, float]:
    if not EXE.exists():
        sys.stderr.write(f"bench_frozen: no build at {DIST} -- run `bash tools/run.sh package` first; "
                         "frozen_size_mb and frozen_startup_ms not measured\n")
        return {"frozen_built": 0.0}
    size, files = _size_mb(DIST)
    _compile_package()
    db = str(workspace_path(ctx, ctx.size(15_000, 2_000)))
    with tempfile.TemporaryDirectory(prefix="izsa-bench-home-") as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith("IZSA_")}
        env.update(HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_DATA_HOME=f"{home}/.local/share",
                   QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"), QTWEBENGINE_DISABLE_SANDBOX="1",
                   IZSA_SELFTEST="startup")
        frozen_cmd = [str(EXE), "--db", db]
        source_cmd = [sys.executable, "-m", "izsa_desktop", "--db", db]
        _start(frozen_cmd, env)  # warm the file cache for both
        _start(source_cmd, env)
        frozen, source = [], []
        for _ in range(1 if ctx.quick else 3):
            frozen.append(_start(frozen_cmd, env))
            source.append(_start(source_cmd, env))
    return {"frozen_built": 1.0, "frozen_size_mb": round(size, 1), "frozen_files": float(files),
            "frozen_startup_ms": statistics.median(frozen), "source_startup_ms": statistics.median(source)}
