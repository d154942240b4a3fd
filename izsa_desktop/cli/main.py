"""Argument parsing and dispatch for the CLI sub-commands."""

from __future__ import annotations

import argparse
import sys

from ..core.errors import IzsaError
from . import workspace_cmds
from .common import EXIT_USAGE, fail, setup_translations, t

COMMANDS = ("init", "projects", "check", "demo-data")
_EXTRA_MODULES = ("izsa_desktop.cli.bundle_cmds", "izsa_desktop.cli.report_cmds", "izsa_desktop.cli.pg_cmds",
                  "izsa_desktop.cli.insight_cmds")


def _extra_modules() -> list:
    import importlib

    mods = []
    for name in _EXTRA_MODULES:
        try:
            mods.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return mods


def commands() -> set[str]:
    names = set(COMMANDS)
    for m in _extra_modules():
        names.update(getattr(m, "COMMANDS", ()))
    return names


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="izsa-desktop", description=t("İZSA Desktop command line"))
    parser.add_argument("--lang", choices=["tr", "en"], default=None)
    sub = parser.add_subparsers(dest="command", required=True)
    workspace_cmds.register(sub)
    for m in _extra_modules():
        m.register(sub)
    return parser


def main(argv: list[str]) -> int:
    lang = None
    argv = list(argv)
    if "--lang" in argv:  # accepted anywhere on the line
        i = argv.index("--lang")
        lang = argv[i + 1] if i + 1 < len(argv) else None
        del argv[i : i + 2]
    setup_translations(lang)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    try:
        return int(args.func(args))
    except IzsaError as exc:
        return fail(exc)
    except KeyboardInterrupt:
        sys.stderr.write(t("Interrupted.") + "\n")
        return 130
