"""Entry point: ``izsa-desktop [--db PATH | --demo [--seed S]]`` opens the window; sub-commands run the CLI."""

from __future__ import annotations

import argparse
import gc
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


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    first = _first_positional(argv)
    if first is not None:  # the window takes no positional argument: only then look the CLI up
        from .cli.main import commands

        if first in commands():
            from .cli.main import main as cli_main

            return cli_main(argv)
    parser = argparse.ArgumentParser(prog="izsa-desktop")
    parser.add_argument("--db", help="workspace file (SQLite) or database URL")
    parser.add_argument("--demo", action="store_true", help="open a fresh training workspace with sample data")
    parser.add_argument("--seed", type=int, default=35)
    parser.add_argument("--lang", choices=["tr", "en"])
    args = parser.parse_args(argv)
    preload_gui()

    from .app import run_gui

    return run_gui(args.db, args.demo, args.seed, args.lang)


if __name__ == "__main__":
    sys.exit(main())
