"""Shared CLI plumbing: translations, output, error handling and exit codes."""

from __future__ import annotations

import json
import sys
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
    return ws


def damaged(db: str, problems: list[tuple[str, dict[str, object]]]) -> IzsaError:
    code, params = problems[0]
    return IzsaError("workspace_damaged", path=shown(db), problem=messages.text(code, dict(params)))
