"""Bundles in the window: the menu, the import preview, the conflict queue, keys, drag-and-drop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .actions import BundleActions


def _t(text: str) -> str:
    return QCoreApplication.translate("BundleMenu", text)


def install_bundle_menu(window) -> BundleActions:  # type: ignore[no-untyped-def]
    """Adds the "Bundles" menu and drag-and-drop of bundle files to the main window."""
    actions = BundleActions(window)
    m = window.menuBar().addMenu(_t("&Bundles"))
    central = window.ws.identity.role == "central"
    items = [
        (_t("Export bundle…"), actions.export_bundle, not central),
        (_t("Import bundle…"), actions.import_bundle, central),
        (_t("Export dataset…"), actions.export_dataset, central),
        (_t("Import dataset…"), actions.import_bundle, not central),
        (_t("Keys…"), actions.keys, True),
        (_t("Conflicts…"), actions.conflicts, central),
    ]
    for text, slot, enabled in items:
        a = m.addAction(text)
        a.triggered.connect(slot)
        a.setEnabled(enabled)
    window.bundle_actions = actions
    return actions
