"""The one-folder build's smoke tests run only when it exists (``bash tools/run.sh package``; the ``test``
target builds it first, so CI runs them). Each run gets its own home, data, config and temp folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

DIST = Path(__file__).resolve().parents[2] / "dist" / "izsa-desktop"
EXE = DIST / ("izsa-desktop.exe" if sys.platform == "win32" else "izsa-desktop")
CLI = DIST / ("izsa-desktop-cli.exe" if sys.platform == "win32" else "izsa-desktop")


def pytest_collection_modifyitems(config, items):  # noqa: ARG001
    if EXE.exists():
        return
    skip = pytest.mark.skip(reason=f"no frozen build at {DIST} (bash tools/run.sh package)")
    for item in items:
        if "frozen" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def frozen_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    tmp = tmp_path / "tmp"
    for d in (home, tmp):
        d.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "IZSA_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_CACHE_HOME=str(home / ".cache"), TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp),
               QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    return env


def run_frozen(env: dict[str, str], *args: str, exe: Path = CLI, timeout: int = 120,
               extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env={**env, **(extra or {})},
                          timeout=timeout, cwd=env["TMPDIR"])
