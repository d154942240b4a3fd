"""Argument parsing and dispatch for the CLI sub-commands.

No input ends in a Python traceback: usage errors are one translated line (``argparse_tr``), refusals
are error codes worded by ``ui/messages``, and anything unforeseen is reported in one line too
(``unexpected_error``, exit 1). A PostgreSQL server that asks for a password which neither the URL,
``PGPASSWORD`` nor ``~/.pgpass`` supplies gets it from a prompt when stdin is a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from ..core.errors import IzsaError
from . import argparse_tr, workspace_cmds
from .common import EXIT_USAGE, fail, setup_translations, t

COMMANDS = ("init", "projects", "check", "demo-data")
_EXTRA_MODULES = ("izsa_desktop.cli.bundle_cmds", "izsa_desktop.cli.report_cmds", "izsa_desktop.cli.pg_cmds",
                  "izsa_desktop.cli.insight_cmds", "izsa_desktop.cli.backup_cmds")  # backup_cmds after bundle_cmds


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
    argparse_tr.install()
    parser = argparse_tr.Parser(prog="izsa-desktop", description=t("İZSA Desktop command line"))
    parser.add_argument("--lang", choices=["tr", "en"], default=None)
    sub = parser.add_subparsers(dest="command", required=True)
    workspace_cmds.register(sub)
    for m in _extra_modules():
        m.register(sub)
    return parser


def _safe_streams() -> None:
    """File names that are not valid UTF-8 (kept by Python as surrogates) must print, not crash."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass


def _ask_password(exc: IzsaError) -> bool:
    """Prompt for the PostgreSQL password named by ``exc`` (stdin a terminal only); True if typed."""
    if exc.code != "pg_password_required" or not sys.stdin.isatty():
        return False
    from ..store import pg

    target = str(exc.params.get("target", ""))
    try:
        pw = getpass.getpass(t("Password for {target}: ").format(target=target))
    except (EOFError, OSError):
        return False
    if not pw:
        return False
    pg.remember_password(target, pw)
    return True


def _run(args: argparse.Namespace) -> int:
    for _attempt in range(3):
        try:
            return int(args.func(args))
        except IzsaError as exc:
            if not _ask_password(exc):
                raise
    return int(args.func(args))


def main(argv: list[str]) -> int:
    _safe_streams()
    lang = None
    argv = list(argv)
    if "--lang" in argv:  # accepted anywhere on the line
        i = argv.index("--lang")
        lang = argv[i + 1] if i + 1 < len(argv) else None
        del argv[i : i + 2]
    setup_translations(lang if lang in ("tr", "en") else None)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    try:
        return _run(args)
    except IzsaError as exc:
        return fail(exc)
    except KeyboardInterrupt:
        sys.stderr.write(t("Interrupted.") + "\n")
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        return fail(IzsaError("unexpected_error", detail=_one_line(exc)))


def _one_line(exc: BaseException) -> str:
    from ..services.workspace import display_target

    text = (str(exc).splitlines() or [""])[0].strip() or type(exc).__name__
    # a URL with a password must not leak through an unforeseen message either
    return " ".join(display_target(w) if "://" in w else w for w in text.split(" "))
