"""Entry point: ``izsa-desktop [--db PATH | --demo [--seed S]]`` opens the window; sub-commands run the CLI;
``izsa-desktop --version`` prints the version (before Qt, SQLAlchemy or the CLI is imported)."""

from __future__ import annotations

import argparse
import gc
import os
import sys

_GUI_VALUE_OPTIONS = ("--db", "--seed", "--lang")  # options taking a value (the CLI's global one: --lang)


def _first_positional(argv: list[str]) -> str | None:
    """The first argument that is neither an option nor an option's value: a CLI sub-command, if any."""
    skip = False
    for a in argv:
        if skip:
            skip = False
        elif a in _GUI_VALUE_OPTIONS:
            skip = True
        elif not a.startswith("-"):
            return a
    return None


def preload_gui() -> None:
    """Start-up work before PySide6 is imported (shared with ``benchmarks.probe_app``).

    * The cyclic garbage collector is paused: start-up makes ~1M long-lived objects (SQLAlchemy, Qt
      wrappers, the project list) and collecting them again and again costs ~50 ms. ``app.resume_gc``
      freezes what start-up made and turns the collector back on once the window shows its list.
    * The Qt-free layers (SQLAlchemy above all, with the SQLite dialect that opening a workspace loads)
      are imported before PySide6: PySide6 installs an import hook that reads the source of every
      module imported after it.
    """
    gc.disable()
    import sqlalchemy.dialects.sqlite  # noqa: F401

    from .services import workspace  # noqa: F401


def _gui_parser(cls: type[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    from . import __version__

    parser = cls(prog="izsa-desktop")
    parser.add_argument("--version", action="version", version=f"izsa-desktop {__version__}")
    parser.add_argument("--db", help="workspace file (SQLite) or database URL")
    parser.add_argument("--demo", action="store_true", help="open a fresh training workspace with sample data")
    parser.add_argument("--seed", type=int, default=35)
    parser.add_argument("--lang", choices=["tr", "en"])
    return parser


class _GuiParser(argparse.ArgumentParser):
    """The window's options. A usage error is worded like the CLI's (one translated line, exit 2): only
    then are Qt and the CLI's translated argparse loaded, so a normal start stays as light as before."""

    argv: list[str] = []

    def error(self, message: str):  # type: ignore[override]
        from .cli import argparse_tr
        from .cli.common import setup_translations

        lang = None
        if "--lang" in self.argv:
            i = self.argv.index("--lang")
            lang = self.argv[i + 1] if i + 1 < len(self.argv) else None
        setup_translations(lang if lang in ("tr", "en") else None)
        argparse_tr.install()
        _gui_parser(argparse_tr.Parser).parse_args(self.argv)  # the same error, translated: exits 2
        raise SystemExit(2)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _first_positional(argv) is not None:
        # the window takes no positional argument: a known sub-command runs, an unknown one is refused
        # by the CLI's parser (one translated line, exit 2) -- only then is the CLI imported
        from .cli.main import main as cli_main

        return cli_main(argv)
    parser = _gui_parser(_GuiParser)
    parser.argv = argv  # type: ignore[attr-defined]
    args = parser.parse_args(argv)
    preload_gui()

    from .app import run_gui

    return run_gui(args.db, args.demo, args.seed, args.lang, selftest=os.environ.get("IZSA_SELFTEST") or None)


if __name__ == "__main__":
    sys.exit(main())
