"""Bundles in the window: the menu, the import preview, the conflict queue, keys, drag-and-drop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .actions import BundleActions


def install_bundle_menu(window) -> BundleActions:  # type: ignore[no-untyped-def]
    """Adds the "Bundles" menu and drag-and-drop of bundle files to the main window."""
    actions = BundleActions(window)
    m = window.menuBar().addMenu(QCoreApplication.translate("BundleMenu", "&Bundles"))
    central = window.ws.identity.role == "central"
    items = [
        (QCoreApplication.translate("BundleMenu", "Export bundle…"), actions.export_bundle, not central),
        (QCoreApplication.translate("BundleMenu", "Import bundle…"), actions.import_bundle, central),
        (QCoreApplication.translate("BundleMenu", "Export dataset…"), actions.export_dataset, central),
        (QCoreApplication.translate("BundleMenu", "Import dataset…"), actions.import_bundle, not central),
        (QCoreApplication.translate("BundleMenu", "Keys…"), actions.keys, True),
        (QCoreApplication.translate("BundleMenu", "Conflicts…"), actions.conflicts, central),
    ]
    for text, slot, enabled in items:
        a = m.addAction(text)
        a.triggered.connect(slot)
        a.setEnabled(enabled)
    window.bundle_actions = actions
    return actions
