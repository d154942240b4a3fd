"""argparse in the user's language, one line per error.

argparse words its own errors through ``gettext`` (English here). The messages a user can meet on this
command line are listed for Qt translation (context ``Argparse``) and argparse's ``_`` is pointed at
them; ``Parser.error`` writes one translated line instead of the usage block and exits with 2.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_MESSAGES = (
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
)
_KNOWN = frozenset(_MESSAGES)


def _translate(message: str) -> str:
    return QCoreApplication.translate("Argparse", message) if message in _KNOWN else message


def install() -> None:
    argparse._ = _translate  # type: ignore[attr-defined]  # argparse looks ``_`` up at call time


class Parser(argparse.ArgumentParser):
    """One translated line on a usage error (sub-parsers inherit the class)."""

    def error(self, message: str) -> NoReturn:
        line = QCoreApplication.translate("Cli", "Error") + ": " + message + " — " + QCoreApplication.translate(
            "Cli", "see {prog} --help").format(prog=self.prog)
        sys.stderr.write(line.replace("\n", " ") + "\n")
        raise SystemExit(2)
