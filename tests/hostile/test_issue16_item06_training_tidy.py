"""Issue 16 item 6: a ``--demo`` run leaves no training workspace in the temp folder, and the console
stays quiet (Qt's and Chromium's machine warnings go to the user data folder's logs/qt.log)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from izsa_desktop.services.training import create_training_workspace, discard_training_workspace

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(180)


def _env(tmp_path: Path) -> dict[str, str]:
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("IZSA_")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / "data"),
               TMPDIR=str(tmp), QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1",
               IZSA_SELFTEST="startup")
    return env


def test_demo_run_removes_its_training_folder_and_prints_nothing_else(tmp_path):
    env = _env(tmp_path)
    r = subprocess.run([sys.executable, "-m", "izsa_desktop", "--demo"], capture_output=True, text=True,
                       env=env, timeout=150, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-3000:]
    assert json.loads(r.stdout.strip().splitlines()[-1])["rows"] > 0  # the window really showed the list
    assert list((tmp_path / "tmp").glob("izsa-training-*")) == []
    assert r.stderr.strip() == "", r.stderr[-3000:]
    assert (tmp_path / "home" / "data" / "izsa-desktop" / "logs" / "qt.log").exists()


def test_discard_removes_only_a_temp_folder_it_made(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    ws = create_training_workspace(count=3, seed=1)
    folder = ws.path.parent
    assert folder.parent == tmp_path and folder.name.startswith("izsa-training-")
    assert discard_training_workspace(ws) and not folder.exists()

    chosen = tmp_path / "my training"
    ws = create_training_workspace(chosen, count=3, seed=1)
    assert not discard_training_workspace(ws)  # a folder the caller chose is kept
    assert (chosen / "training.sqlite").exists()
