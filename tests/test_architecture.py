"""The layer contracts in pyproject.toml hold (import-linter), and no module grows too big."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).parent / "lint-imports"
    r = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "broken" not in r.stdout.lower().replace("0 broken", "")


def test_core_store_bundle_services_import_without_qt():
    """Run the Qt-free layers in a process where importing PySide6 fails."""
    code = (
        "import sys, builtins\n"
        "real = builtins.__import__\n"
        "def guard(name, *a, **k):\n"
        "    if name.startswith(('PySide6', 'shiboken6')): raise ImportError('Qt forbidden here')\n"
        "    return real(name, *a, **k)\n"
        "builtins.__import__ = guard\n"
        "import pkgutil, importlib, izsa_desktop\n"
        "for pkg in ('core', 'store', 'bundle', 'services'):\n"
        "    mod = importlib.import_module('izsa_desktop.' + pkg)\n"
        "    for m in pkgutil.walk_packages(mod.__path__, mod.__name__ + '.'):\n"
        "        if '.migrations.' in m.name: continue\n"
        "        importlib.import_module(m.name)\n"
        "print('ok')\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr


def test_no_module_is_a_monolith():
    big = [
        (p.relative_to(ROOT), n)
        for p in (ROOT / "izsa_desktop").rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600
    ]
    assert big == []
