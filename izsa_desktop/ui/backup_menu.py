"""The Project menu's "Backups" entries and the automatic backups of the window (services/backup.py,
services/key_backup.py; docs/runbook-lost-pc.md).

* **Back up to…**: a folder of the user's choice (USB stick, network share); written and read back on a
  worker thread (``ui/worker.py``).
* **Restore from backup…**: the chosen backup is verified (manifest, file hash, integrity check, content
  hash) off the GUI thread, the clerk confirms, the workspace is replaced (the current one kept as a
  backup) and the window reopens on the restored data.
* **Back up the signing key…** / **Restore the signing key…**: the key in an encrypted file with its own
  passphrase; on a new PC the key comes back and bundles continue the same sequence.
* Automatic: a rotating backup beside the workspace when the window closes (``on_close``, only if the
  workspace changed since the last one) and once a day while it stays open (checked hourly).

Every dialog is made non-blocking (``open()``) and kept in ``controller.dialog`` so tests can drive it.
PostgreSQL workspaces (central) are backed up with ``pg_dump``: the workspace entries are disabled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import IzsaError
from . import messages, plain

HOUR_MS = 3600 * 1000


class PassphraseDialog(QDialog):
    """Passphrase fields for the key backup: ``fields`` = [(name, label, confirm?)]."""

    def __init__(self, parent: QWidget, title: str, intro: str, fields: list[tuple[str, str, bool]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        note = plain.plain_label(QLabel(intro, self))
        note.setWordWrap(True)
        lay.addWidget(note)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self._confirm: list[tuple[QLineEdit, QLineEdit]] = []
        for name, label, confirm in fields:
            e = QLineEdit(self)
            e.setEchoMode(QLineEdit.EchoMode.Password)
            e.setObjectName(name)
            form.addRow(label, e)
            self.edits[name] = e
            if confirm:
                again = QLineEdit(self)
                again.setEchoMode(QLineEdit.EchoMode.Password)
                again.setObjectName(name + "_again")
                form.addRow(QCoreApplication.translate("BackupMenu", "Repeat:"), again)
                self.edits[name + "_again"] = again
                self._confirm.append((e, again))
        lay.addLayout(form)
        self.problem = plain.plain_label(QLabel("", self))
        self.problem.setStyleSheet("color: #b71c1c")
        lay.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    def _check(self) -> None:
        for a, b in self._confirm:
            if a.text() != b.text():
                self.problem.setText(messages.error(IzsaError("passphrase_mismatch")))
                return
        self.accept()

    def value(self, name: str) -> str:
        return self.edits[name].text()


class BackupController(QObject):
    """Owns the window's backup actions and timers; ``window.backups``."""

    backedUp = Signal(object)  # BackupResult / Path of an automatic backup
    restored = Signal(object)  # RestoreResult, before the window reopens
    reopened = Signal(object)  # the new main window (when this controller reopened it itself)
    keyDone = Signal(object)  # KeyBackupResult / KeyRestoreResult

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.w = window
        self.dialog: QWidget | None = None
        self._pending_key_file: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.daily)
        self.timer.start()
        self.first = QTimer(self)  # the first daily check a few minutes in: never during start-up
        self.first.setSingleShot(True)
        self.first.setInterval(5 * 60 * 1000)
        self.first.timeout.connect(self.daily)
        self.first.start()

    @property
    def ws(self):  # type: ignore[no-untyped-def]
        return self.w.ws

    def file_backed(self) -> bool:
        return self.ws.path is not None and self.ws.is_sqlite

    def _error(self, exc: BaseException, tb: str = "") -> None:
        self.w._background_error(exc, tb)

    def _status(self, text: str) -> None:
        self.w.statusBar().showMessage(text, 10_000)

    # -- automatic --------------------------------------------------------------------------------
    def daily(self) -> None:
        from ..services import backup as backups

        if self.file_backed() and backups.daily_due(self.ws):
            self.w.runner.start(lambda progress, cancelled: backups.auto_backup(self.ws, "daily"),
                                on_done=self.backedUp.emit, on_error=lambda exc, tb: None)

    def on_close(self) -> None:
        """The window is closing: a backup beside the workspace if it changed (a failure never blocks)."""
        from ..services import backup as backups

        self.timer.stop()
        self.first.stop()
        if not self.file_backed():
            return
        try:
            made = backups.auto_backup(self.ws, "close")
        except (IzsaError, OSError):
            return
        if made is not None:
            self.backedUp.emit(made)

    # -- back up to a folder ----------------------------------------------------------------------
    def back_up_to(self) -> None:
        dlg = QFileDialog(self.w, QCoreApplication.translate("BackupMenu", "Back up to a folder (USB stick, network share)"))
        dlg.setFileMode(QFileDialog.FileMode.Directory)
        dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dlg.setObjectName("backupFolderDialog")
        dlg.fileSelected.connect(self.back_up_to_folder)
        self.dialog = dlg
        dlg.open()

    def back_up_to_folder(self, folder: str) -> None:
        from ..services.backup import backup_to_folder

        def done(r) -> None:  # type: ignore[no-untyped-def]
            self._status(QCoreApplication.translate("BackupMenu", "Backup written and verified: {path} ({count} projects)").format(path=r.path, count=r.projects))
            self.backedUp.emit(r)

        self.w.runner.start(backup_to_folder, self.ws, folder, on_done=done, on_error=self._error,
                            label=QCoreApplication.translate("BackupMenu", "Writing the backup…"), parent_widget=self.w)

    # -- restore ----------------------------------------------------------------------------------
    def restore_from(self) -> None:
        from ..store.backup import backup_dir

        dlg = QFileDialog(self.w, QCoreApplication.translate("BackupMenu", "Restore from backup"))
        dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
        dlg.setNameFilter(QCoreApplication.translate("BackupMenu", "İZSA workspace backups (*.sqlite)"))
        if self.ws.path is not None and backup_dir(self.ws.path).is_dir():
            dlg.setDirectory(str(backup_dir(self.ws.path)))
        dlg.setObjectName("restoreFileDialog")
        dlg.fileSelected.connect(self.verify_and_ask)
        self.dialog = dlg
        dlg.open()

    def verify_and_ask(self, path: str) -> None:
        from ..services.backup import verify

        self.w.runner.start(verify, path, on_done=self._ask_restore, on_error=self._error,
                            label=QCoreApplication.translate("BackupMenu", "Checking the backup…"), parent_widget=self.w)

    def _ask_restore(self, vb) -> None:  # type: ignore[no-untyped-def]
        m = vb.manifest
        box = plain.message_box(
            self.w, QMessageBox.Icon.Question, QCoreApplication.translate("BackupMenu", "Restore from backup"),
            QCoreApplication.translate("BackupMenu", "The backup is intact: {count} projects, made {at}.").format(
                count=m.get("projects", 0), at=messages.when(str(m.get("created_at", "")))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
            informative=QCoreApplication.translate("BackupMenu", "Replace the workspace with it? The current workspace is kept as a backup, and the "
                           "window reopens."))
        box.setObjectName("restoreConfirm")
        box.finished.connect(lambda _r: self._confirmed(box, str(vb.path)))
        self.dialog = box
        box.open()

    def _confirmed(self, box: QMessageBox, path: str) -> None:
        clicked = box.clickedButton()
        if clicked is None or box.standardButton(clicked) != QMessageBox.StandardButton.Yes:
            return
        if not self.w.form.maybe_discard():
            return
        self.restore_now(path)

    def restore_now(self, path: str) -> None:
        from ..services.backup import restore

        self.w.runner.wait(30_000)  # nothing else may be reading the file being replaced
        ws = self.ws
        self.w.runner.start(restore, ws.target, path, ws=ws, on_done=self._restored, on_error=self._error,
                            label=QCoreApplication.translate("BackupMenu", "Restoring the backup…"), parent_widget=self.w, cancellable=False)

    def _restored(self, result) -> None:  # type: ignore[no-untyped-def]
        self.restored.emit(result)
        text = QCoreApplication.translate("BackupMenu", "Workspace restored ({count} projects).").format(count=result.projects)
        if result.kept:
            text += " " + QCoreApplication.translate("BackupMenu", "The replaced workspace was kept: {path}").format(path=result.kept)
        reopen(self.w, text, self.reopened.emit)

    # -- signing key ------------------------------------------------------------------------------
    def key_backup(self) -> None:
        dlg = PassphraseDialog(self.w, QCoreApplication.translate("BackupMenu", "Back up the signing key"), QCoreApplication.translate("BackupMenu", 
            "The key is written to a file encrypted with a backup passphrase of its own. Keep the file away "
            "from this PC (a USB stick in a locked drawer) and the passphrase somewhere else."),
            [("key", QCoreApplication.translate("BackupMenu", "Passphrase of the signing key:"), False),
             ("backup", QCoreApplication.translate("BackupMenu", "New backup passphrase:"), True)])
        dlg.setObjectName("keyBackupDialog")
        dlg.accepted.connect(lambda: self._key_backup_file(dlg.value("key"), dlg.value("backup")))
        self.dialog = dlg
        dlg.open()

    def _key_backup_file(self, key_pp: str, backup_pp: str) -> None:
        dlg = QFileDialog(self.w, QCoreApplication.translate("BackupMenu", "Save the key backup"))
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setNameFilter(QCoreApplication.translate("BackupMenu", "Key backups (*.izsakey)"))
        dlg.setDefaultSuffix("izsakey")
        dlg.setObjectName("keyBackupFileDialog")
        dlg.fileSelected.connect(lambda path: self.write_key_backup(path, key_pp, backup_pp))
        self.dialog = dlg
        dlg.open()

    def write_key_backup(self, path: str, key_pp: str, backup_pp: str) -> None:
        from ..services.key_backup import export_key_backup

        def done(r) -> None:  # type: ignore[no-untyped-def]
            self._status(QCoreApplication.translate("BackupMenu", "Key backup written to {path} (fingerprint {fingerprint}).").format(
                path=r.path, fingerprint=r.fingerprint))
            self.keyDone.emit(r)

        self.w.runner.start(lambda progress, cancelled: export_key_backup(self.ws, path, key_pp, backup_pp),
                            on_done=done, on_error=self._error, label=QCoreApplication.translate("BackupMenu", "Encrypting the key…"),
                            parent_widget=self.w, cancellable=False)

    def key_restore(self) -> None:
        dlg = QFileDialog(self.w, QCoreApplication.translate("BackupMenu", "Restore the signing key"))
        dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
        dlg.setNameFilter(QCoreApplication.translate("BackupMenu", "Key backups (*.izsakey)"))
        dlg.setObjectName("keyRestoreFileDialog")
        dlg.fileSelected.connect(self._key_restore_passphrases)
        self.dialog = dlg
        dlg.open()

    def _key_restore_passphrases(self, path: str) -> None:
        dlg = PassphraseDialog(self.w, QCoreApplication.translate("BackupMenu", "Restore the signing key"), QCoreApplication.translate("BackupMenu", 
            "Type the backup passphrase, then choose the passphrase the key gets on this PC."),
            [("backup", QCoreApplication.translate("BackupMenu", "Backup passphrase:"), False), ("key", QCoreApplication.translate("BackupMenu", "New passphrase of the signing key:"), True)])
        dlg.setObjectName("keyRestoreDialog")
        dlg.accepted.connect(lambda: self.read_key_backup(path, dlg.value("backup"), dlg.value("key")))
        self.dialog = dlg
        dlg.open()

    def read_key_backup(self, path: str, backup_pp: str, key_pp: str) -> None:
        from ..services.key_backup import restore_key_backup

        def done(r) -> None:  # type: ignore[no-untyped-def]
            box = plain.message_box(self.w, QMessageBox.Icon.Information, QCoreApplication.translate("BackupMenu", "Restore the signing key"), QCoreApplication.translate("BackupMenu", 
                "Key of {signer} restored: {fingerprint}. The next bundle will be number {seq}.").format(
                signer=r.signer, fingerprint=r.fingerprint, seq=r.next_seq))
            box.setObjectName("keyRestored")
            self.dialog = box
            box.open()
            self.keyDone.emit(r)

        self.w.runner.start(lambda progress, cancelled: restore_key_backup(self.ws, Path(path), backup_pp, key_pp),
                            on_done=done, on_error=self._error, label=QCoreApplication.translate("BackupMenu", "Decrypting the key…"),
                            parent_widget=self.w, cancellable=False)


def reopen(window, message: str = "", announce=None):  # type: ignore[no-untyped-def]
    """Show the window again on its (restored) workspace. In the app, ``GuiApp`` rebuilds its window
    through the callback it gave for a language switch (same workspace, same language); elsewhere a new
    ``MainWindow`` is made with the same arguments. ``announce(new_window)`` is called when known."""
    from .main_window import MainWindow

    if window._on_language is not None:
        window._on_language(window.lang)
        return None
    new = MainWindow(window.ws, window.settings, window.lang, on_reset_training=window._on_reset_training,
                     web=window._web if window._web is not None else window._web_factory)
    new.show()
    new.load_rows_async()
    if message:
        new.statusBar().showMessage(message, 15_000)
    if announce is not None:
        announce(new)
    window.hide()
    window.deleteLater()
    return new


def install_backup_menu(window) -> BackupController:  # type: ignore[no-untyped-def]
    """Add the Backups submenu to the Project menu (before Quit); ``window.backups`` is the controller."""
    ctl = BackupController(window)
    menu = window.menuBar().actions()[0].menu()
    sub = menu.__class__(QCoreApplication.translate("BackupMenu", "&Backups"), window)
    acts = {}
    for name, text, slot in (
        ("act_backup_to", QCoreApplication.translate("BackupMenu", "&Back up to…"), ctl.back_up_to),
        ("act_restore_backup", QCoreApplication.translate("BackupMenu", "&Restore from backup…"), ctl.restore_from),
        (None, None, None),
        ("act_key_backup", QCoreApplication.translate("BackupMenu", "Back up the signing &key…"), ctl.key_backup),
        ("act_key_restore", QCoreApplication.translate("BackupMenu", "Restore the signing k&ey…"), ctl.key_restore),
    ):
        if name is None:
            sub.addSeparator()
            continue
        a = QAction(text, window)
        a.triggered.connect(slot)
        sub.addAction(a)
        acts[name] = a
        setattr(window, name, a)
    file_backed = ctl.file_backed()
    acts["act_backup_to"].setEnabled(file_backed)
    acts["act_restore_backup"].setEnabled(file_backed)
    quit_action = menu.actions()[-1]
    menu.insertMenu(quit_action, sub)
    menu.insertSeparator(quit_action)
    window.backups = ctl
    window.backup_menu = sub
    return ctl
