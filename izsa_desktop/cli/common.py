"""Shared CLI plumbing: translations, output, error handling and exit codes."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..core.errors import IzsaError
from ..services.workspace import Workspace, display_target, open_workspace
from ..ui import i18n, messages

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_REFUSED = 0, 1, 2, 3

_app: QCoreApplication | None = None


def setup_translations(lang: str | None = None) -> str:
    global _app
    if QCoreApplication.instance() is None:
        _app = QCoreApplication([sys.argv[0]])
    return i18n.install(lang or i18n.system_language())


def t(text: str) -> str:
    return QCoreApplication.translate("Cli", text)


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def out_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


SQL_INT_MAX = (1 << 63) - 1  # the largest SQLite/PostgreSQL INTEGER (identifiers)


def whole(low: int | None, high: int) -> Callable[[str], int]:
    """An argparse ``type``: a whole number at most ``high`` (and at least ``low`` unless None), else one
    translated usage line (never "Python int too large to convert to SQLite INTEGER" from deep down)."""
    def parse(text: str) -> int:
        try:
            value = int(text.strip()) if len(text) <= 40 else None
        except ValueError:
            value = None
        if value is None:
            raise argparse.ArgumentTypeError(t("{value} is not a whole number").format(value=text[:40]))
        if low is None and value > high:
            raise argparse.ArgumentTypeError(t("{value} is too large: use at most {high}").format(
                value=text[:40], high=high))
        if value > high or (low is not None and value < low):
            raise argparse.ArgumentTypeError(t("{value} is out of range: use a whole number from {low} to {high}")
                                             .format(value=text[:40], low=low, high=high))
        return value
    return parse


def number(low: float, high: float) -> Callable[[str], float]:
    """An argparse ``type``: a finite number from ``low`` to ``high`` (NaN, inf and 1e400 refused)."""
    def parse(text: str) -> float:
        try:
            value = float(text) if len(text) <= 40 else math.nan
        except ValueError:
            raise argparse.ArgumentTypeError(t("{value} is not a number").format(value=text[:40])) from None
        if not low <= value <= high:  # also False for NaN
            raise argparse.ArgumentTypeError(t("{value} is out of range: use a number from {low} to {high}")
                                             .format(value=text[:40], low=low, high=high))
        return value
    return parse


def json_value(text: str, option: str) -> Any:
    """A JSON value given on the command line, read by the bundles' strict reader (nesting at most
    ``strictjson.MAX_DEPTH``, no repeated keys, integers within 64 bits, no NaN): such a value is refused
    with ``value_json_refused``; text that is not JSON at all stays that text (a plain string value)."""
    from ..bundle import strictjson

    try:
        return strictjson.loads(text.encode("utf-8", "surrogatepass"), entry=option)
    except IzsaError:
        pass
    try:
        json.loads(text)
    except ValueError:  # not JSON at all ("Yeni başlık"): the text itself
        return text
    except RecursionError:
        pass
    raise IzsaError("value_json_refused", option=option, depth=strictjson.MAX_DEPTH)


def fail(exc: IzsaError) -> int:
    sys.stderr.write(t("Error") + ": " + messages.error(exc) + "\n")
    return EXIT_REFUSED if exc.code.startswith(("bundle_", "key_")) else EXIT_ERROR


def shown(db: str) -> str:
    """A ``--db`` value as it may be printed (a URL without its password)."""
    return display_target(db)


def open_existing(db: str) -> Workspace:
    """An existing, set-up workspace whose tables and columns are all there (``workspace_damaged``
    names the first thing missing; ``check`` lists everything)."""
    from ..store.migrate import schema_problems

    ws = open_workspace(db, create=False)
    try:
        if not ws.identity.configured:
            raise IzsaError("workspace_not_initialised")
        problems = schema_problems(ws.engine)
        if problems:
            raise damaged(db, problems)
    except BaseException:
        ws.close()
        raise
    from ..services.actor import acting_user

    ws.actor = acting_user(ws)  # audit rows name the person at the terminal (OS account), not the file
    return ws


def damaged(db: str, problems: list[tuple[str, dict[str, object]]]) -> IzsaError:
    code, params = problems[0]
    return IzsaError("workspace_damaged", path=shown(db), problem=messages.text(code, dict(params)))
