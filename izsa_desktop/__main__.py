"""Entry point: ``izsa-desktop [--db PATH | --demo [--seed S]]`` opens the window; sub-commands run the CLI."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from .cli.main import commands

    first = next((a for a in argv if not a.startswith("-")), None)
    if first in commands():
        from .cli.main import main as cli_main

        return cli_main(argv)
    parser = argparse.ArgumentParser(prog="izsa-desktop")
    parser.add_argument("--db", help="workspace file (SQLite) or database URL")
    parser.add_argument("--demo", action="store_true", help="open a fresh training workspace with sample data")
    parser.add_argument("--seed", type=int, default=35)
    parser.add_argument("--lang", choices=["tr", "en"])
    args = parser.parse_args(argv)
    # Import the Qt-free layers (SQLAlchemy above all) before PySide6: PySide6 installs an import hook
    # that reads the source of every module imported after it (~130 ms of start-up for SQLAlchemy).
    from .services import workspace  # noqa: F401

    from .app import run_gui

    return run_gui(args.db, args.demo, args.seed, args.lang)


if __name__ == "__main__":
    sys.exit(main())
