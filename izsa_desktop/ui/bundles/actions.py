"""The Bundles menu and drag-and-drop: every import goes through the services' single verification
choke point (``prepare_import`` / ``prepare_dataset_import`` -> ``verify_file``), off the GUI thread.
Several files at once (central merging the districts) go through ``bundles_batch``: one preview of all,
one transaction.

The bundle services and dialogs (signatures, merge, ~80 ms of imports) are imported on first use,
not when the window starts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from ...core.errors import IzsaError
from .. import messages, plain

FILTER_EXT = ".izsa"


class BundleActions(QObject):
    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.w = window
        self.last_preview: Any = None
        self.dialog: Any = None  # the open ImportPreviewDialog
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    @property
    def ws(self):  # type: ignore[no-untyped-def]
        return self.w.ws

    def _error(self, exc: BaseException, tb: str = "") -> None:
        if isinstance(exc, IzsaError):
            plain.warn(self.w, self.tr("Bundles"), messages.error(exc))
        else:
            self.w._background_error(exc, tb)

    def passphrase(self) -> str | None:
        text, ok = QInputDialog.getText(self.w, self.tr("Passphrase"), self.tr("Passphrase of the signing key:"),
                                        QLineEdit.EchoMode.Password)
        return text if ok else None

    # -- export -----------------------------------------------------------------------------------
    def export_bundle(self) -> None:
        from ...services.bundles_export import export_district_bundle

        self._export(export_district_bundle, self.tr("Export bundle"))

    def export_dataset(self) -> None:
        from ...services.bundles_dataset import export_dataset

        self._export(export_dataset, self.tr("Export dataset"))

    def _export(self, fn, title: str) -> None:  # type: ignore[no-untyped-def]
        path, _ = QFileDialog.getSaveFileName(self.w, title, "", self.tr("İZSA bundles (*.izsa)"))
        if not path:
            return
        if not path.endswith(FILTER_EXT):
            path += FILTER_EXT
        pp = self.passphrase()
        if pp is None:
            return
        self.w.runner.start(fn, self.ws, path, pp, on_done=lambda r: self.w.statusBar().showMessage(
            self.tr("Written: {path}").format(path=r.path), 8000), on_error=self._error,
            label=title, parent_widget=self.w)

    # -- import (menu, drag-and-drop) ---------------------------------------------------------------
    def import_bundle(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.w, self.tr("Import bundle"), "",
                                                self.tr("İZSA bundles (*.izsa);;All files (*)"))
        self.import_paths(paths)

    def import_paths(self, paths: list[str], *, allow_training: bool = False) -> None:
        """One file: its own preview. Several (central merging districts): one batch preview, one apply."""
        if len(paths) == 1:
            self.import_path(paths[0], allow_training=allow_training)
            return
        if not paths:
            return
        if self.ws.identity.role != "central":
            plain.inform(self.w, self.tr("Bundles"), self.tr("Choose one dataset file at a time."))
            return
        from ...services.bundles_batch import prepare_batch

        self.w.runner.start(prepare_batch, self.ws, [Path(p) for p in paths], allow_training=allow_training,
                            on_done=self._show_batch, on_error=self._error,
                            label=self.tr("Checking the bundles…"), parent_widget=self.w)

    def _show_batch(self, batch) -> None:  # type: ignore[no-untyped-def]
        from .batch import BatchPreviewDialog

        self.last_preview = batch
        self.dialog = BatchPreviewDialog(batch, self.w)
        self.dialog.accepted.connect(lambda: self.apply_batch(batch))
        self.dialog.open()

    def apply_batch(self, batch) -> None:  # type: ignore[no-untyped-def]
        from ...services.bundles_batch import apply_batch

        self.w.runner.start(apply_batch, self.ws, batch, on_done=self._batch_applied, on_error=self._error,
                            label=self.tr("Importing…"), parent_widget=self.w)

    def _batch_applied(self, result) -> None:  # type: ignore[no-untyped-def]
        self.w.apply_changes(result.op)
        self.w.statusBar().showMessage(self.tr("Imported {count} bundles.").format(count=len(result.results)), 8000)

    def import_path(self, path: str | Path, *, allow_training: bool = False) -> None:
        """The one UI entry point for importing a file (menu and drop)."""
        from ...services.bundles_dataset import prepare_dataset_import
        from ...services.bundles_import import prepare_import

        if self.ws.identity.role == "central":
            self.w.runner.start(prepare_import, self.ws, Path(path), allow_training=allow_training,
                                on_done=self._show_preview, on_error=self._error,
                                label=self.tr("Checking the bundle…"), parent_widget=self.w)
        else:
            self.w.runner.start(prepare_dataset_import, self.ws, Path(path), on_done=self._dataset_preview,
                                on_error=self._error, label=self.tr("Checking the dataset…"), parent_widget=self.w)

    def _show_preview(self, pre) -> None:  # type: ignore[no-untyped-def]
        self.last_preview = pre
        if pre.already_imported:
            plain.inform(self.w, self.tr("Bundles"), self.tr("This bundle was already imported: nothing to do."))
            return
        from .preview import ImportPreviewDialog

        self.dialog = ImportPreviewDialog(pre, self.w)
        self.dialog.accepted.connect(lambda: self.apply(pre))
        self.dialog.open()

    def apply(self, pre) -> None:  # type: ignore[no-untyped-def]
        from ...services.concurrency_bundles import apply_previewed

        def run(ws, p, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
            return apply_previewed(ws, p)  # locked: safe with several staff on one central database

        self.w.runner.start(run, self.ws, pre, on_done=self._applied, on_error=self._error,
                            label=self.tr("Importing…"), parent_widget=self.w, cancellable=False)

    def _applied(self, result) -> None:  # type: ignore[no-untyped-def]
        self.w.apply_changes(result.op)
        self.w.statusBar().showMessage(self.tr("Imported bundle {seq} from {district}.").format(
            seq=result.seq, district=result.district), 8000)

    def _dataset_preview(self, pre) -> None:  # type: ignore[no-untyped-def]
        from .preview import dataset_summary

        self.last_preview = pre
        text, _alarm = dataset_summary(pre)  # the id-claim alarm first, then the counts
        if plain.ask(self.w, self.tr("Import dataset"), text) != QMessageBox.StandardButton.Yes:
            return
        from ...services.bundles_dataset import apply_dataset_import

        def run(ws, p, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
            return apply_dataset_import(ws, p)

        self.w.runner.start(run, self.ws, pre, on_done=self.w.apply_changes, on_error=self._error,
                            label=self.tr("Importing…"), parent_widget=self.w, cancellable=False)

    # -- keys and conflicts -------------------------------------------------------------------------
    def keys(self) -> None:
        from .keys_dialog import KeysDialog

        KeysDialog(self.ws, self.w).exec()

    def conflicts(self) -> None:
        from .conflicts import ConflictDialog

        ConflictDialog(self.ws, self.w, on_changes=self.w.apply_changes).exec()

    # -- drag and drop ------------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        t = event.type()
        if t in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
            if urls and all(u.isLocalFile() for u in urls):
                event.acceptProposedAction()
                return True
        elif t == QEvent.Type.Drop and event.mimeData().hasUrls():
            urls = event.mimeData().urls()
            if urls and all(u.isLocalFile() for u in urls):
                event.acceptProposedAction()
                self.import_paths([u.toLocalFile() for u in urls])
                return True
        return super().eventFilter(obj, event)
