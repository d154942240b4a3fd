"""Help → About: what the app is, and the versions a support call needs (app, workspace schema, Qt,
PySide6, Python), in a plain-text box whose text can be selected and copied."""

from __future__ import annotations

import platform

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from . import plain


def versions() -> dict[str, str]:
    import PySide6

    from .. import __version__
    from ..store.migrate import SCHEMA_HEAD

    return {"version": __version__, "schema": SCHEMA_HEAD, "qt": qVersion(), "pyside": PySide6.__version__,
            "python": platform.python_version()}


def about_text() -> str:
    v = versions()
    return "\n".join([
        QCoreApplication.translate("AboutBox", "İZSA Desktop: the sustainability project inventory of İzmir's district municipalities."),
        "",
        QCoreApplication.translate("AboutBox", "Version {version}").format(**v),
        QCoreApplication.translate("AboutBox", "Workspace format (schema): {schema}").format(**v),
        QCoreApplication.translate("AboutBox", "Qt {qt} · PySide6 {pyside} · Python {python}").format(**v),
        "",
        QCoreApplication.translate("AboutBox", "Map data © OpenStreetMap contributors (ODbL). Neighbourhood points: Who's On First, "
                                               "GeoNames (CC BY 4.0). SDG texts: Open SDG (MIT)."),
    ])


def about_box(parent: QWidget | None) -> QMessageBox:
    box = plain.message_box(parent, QMessageBox.Icon.Information, QCoreApplication.translate("AboutBox", "About İZSA Desktop"), about_text())
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # versions copied into a report
    return box


def show_about(parent: QWidget | None) -> None:
    plain.run(about_box(parent))
