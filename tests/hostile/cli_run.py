"""Running the real CLI in a subprocess for the hostile tests (exit code, stdout, stderr)."""

from __future__ import annotations

import os
import subprocess
import sys


def run_cli(*args, lang: str = "en", env: dict | None = None, cwd=None, stdin=None, **kw) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "IZSA_LANG": lang, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "izsa_desktop", *args], capture_output=True, env=full_env,
                          cwd=cwd, timeout=90, stdin=subprocess.DEVNULL if stdin is None else stdin, **kw)


def text(b: bytes) -> str:
    return b.decode("utf-8", "replace")


def assert_clean_refusal(r: subprocess.CompletedProcess) -> str:
    """Non-zero exit, one line on stderr, no traceback; returns that line."""
    err = text(r.stderr)
    assert r.returncode != 0, (r.returncode, err)
    assert "Traceback" not in err and "Traceback" not in text(r.stdout), err
    lines = [ln for ln in err.splitlines() if ln.strip() and "\r" not in ln]
    assert len(lines) == 1, err
    return lines[0]
