"""Smoke tests of the frozen one-folder app (dist/izsa-desktop, PyInstaller; issue 16 point 2): it runs
without the source tree or the venv, answers --version, starts its window headless with the map page
showing Leaflet and not one network request, every CLI sub-command answers --help, and a signed bundle
goes from a district workspace to central with the frozen binary alone."""

from __future__ import annotations

import argparse
import json

import pytest

from izsa_desktop import __version__

from .conftest import EXE, run_frozen

pytestmark = [pytest.mark.frozen, pytest.mark.timeout(300)]


def _commands() -> list[list[str]]:
    """Every sub-command (and sub-sub-command) of the source CLI: a command lost in the build fails."""
    from izsa_desktop.cli.main import build_parser

    def subs(parser: argparse.ArgumentParser) -> dict:
        acts = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        return acts[0].choices if acts else {}

    out = []
    for name, sp in subs(build_parser()).items():
        out.append([name])
        out += [[name, sub] for sub in subs(sp)]
    return out


def test_version_without_the_source_tree(frozen_env):
    r = run_frozen(frozen_env, "--version", exe=EXE)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"izsa-desktop {__version__}"


def test_demo_starts_headless_map_shows_leaflet_offline_and_leaves_no_temp_folder(frozen_env):
    from pathlib import Path

    r = run_frozen(frozen_env, "--demo", exe=EXE, extra={"IZSA_SELFTEST": "map"})
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("{")]
    assert lines, (r.stdout, r.stderr[-3000:])
    got = json.loads(lines[-1])
    assert got["ok"] is True and got["leaflet"] == "1.9.4", got
    assert got["rows"] > 0 and got["external_requests"] == []
    assert r.returncode == 0
    assert list(Path(frozen_env["TMPDIR"]).glob("izsa-training-*")) == []  # the training folder is gone
    assert r.stderr.strip() == "", r.stderr[-3000:]  # no console noise (Qt's warnings go to logs/qt.log)


def test_every_cli_sub_command_answers_help(frozen_env):
    commands = _commands()
    assert {"bundle", "keys", "export", "backup", "similar", "move"} <= {c[0] for c in commands}
    for cmd in commands:
        r = run_frozen(frozen_env, "--lang", "en", *cmd, "--help")
        assert r.returncode == 0 and "usage:" in r.stdout, (cmd, r.stdout[-500:], r.stderr[-1500:])


def test_bundle_round_trip_with_the_frozen_binary(frozen_env, tmp_path):
    env = {**frozen_env, "IZSA_PASSPHRASE": "gizli parola 2024"}

    def cli(*args: str) -> str:
        r = run_frozen(env, "--lang", "en", *args)
        assert r.returncode == 0, (args, r.stdout[-1000:], r.stderr[-2000:])
        return r.stdout

    c, d = str(tmp_path / "merkez.sqlite"), str(tmp_path / "ilçe çalışma.sqlite")  # Turkish letters, space
    cli("init", "--db", c, "--role", "central", "--office", "Merkez", "--user", "Ayşe")
    cli("init", "--db", d, "--role", "district", "--district", "bornova", "--office", "Bornova", "--user", "Çağrı")
    cli("keys", "init", "--db", c)
    fp = json.loads(cli("keys", "init", "--db", d, "--json"))["fingerprint"]
    cli("keys", "export-public", "--db", d, "--out", str(tmp_path / "d.pub"))
    cli("keys", "register", "--db", c, "--district", "bornova", "--public-key", str(tmp_path / "d.pub"),
        "--fingerprint", fp)
    cli("demo-data", "--db", d, "--count", "4", "--district", "bornova", "--seed", "7")
    bundle = str(tmp_path / "bornova.izsa")
    cli("bundle", "export", "--db", d, "--out", bundle)
    assert json.loads(cli("bundle", "verify", bundle, "--db", c, "--json"))["seq"] == 1
    got = json.loads(cli("bundle", "import", bundle, "--db", c, "--json"))
    assert got["applied"] and got["plan"]["new"] == 4
    listed = json.loads(cli("projects", "list", "--db", c, "--json"))
    assert len(listed) == 4
    assert "ok" in cli("check", "--db", c).lower()
