"""The "Export…" entry of the Project menu; the export dialog (and the export services) load when it is
first opened, not at start-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def install_export_menu(window) -> QAction:  # type: ignore[no-untyped-def]
    """Add "Export…" to the window's Project menu (before Quit). Exports use the list's current filter."""

    def open_dialog() -> None:
        from .export_dialog import ExportDialog

        panel = window.list_panel
        dlg = ExportDialog(window.ws, window.runner, panel.current_filter(), panel.proxy.visible_uuids(),
                           panel.current_uuid(), getattr(window, "lang", "tr"), window)
        dlg.exported.connect(lambda r: window.statusBar().showMessage(
            QCoreApplication.translate("ExportMenu", "{count} projects written to {path}").format(count=r.count, path=r.path), 8000))
        window.export_dialog = dlg
        dlg.open()

    menu = window.menuBar().actions()[0].menu()
    act = QAction(QCoreApplication.translate("ExportMenu", "&Export…"), window)
    act.setShortcut("Ctrl+E")
    act.triggered.connect(open_dialog)
    quit_action = menu.actions()[-1]
    menu.insertAction(quit_action, act)
    menu.insertSeparator(quit_action)
    window.act_export = act
    return act
