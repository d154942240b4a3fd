"""Keys: this workspace's fingerprint (create the key, export the public key) and registering or pinning
another key only after its fingerprint, read aloud or on paper, was typed in and matches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import IzsaError
from ...services.bundles_io import read_file, write_atomic
from ...services.keys import KeyService
from ...services.workspace import Workspace
from .. import messages


class KeysDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.keys = ws, KeyService(ws)
        self.setWindowTitle(self.tr("Keys"))
        self.fp = QLabel(self)
        self.status = QLabel(self)
        for lab in (self.fp, self.status):
            lab.setTextFormat(Qt.TextFormat.PlainText)  # names and fingerprints from key files
        self.status.setWordWrap(True)
        self.create = QPushButton(self.tr("Create signing key…"), self)
        self.export = QPushButton(self.tr("Export public key…"), self)
        self.district = QLineEdit(self)
        self.typed_fp = QLineEdit(self)
        self.typed_fp.setPlaceholderText("XXXX XXXX XXXX XXXX")
        central = ws.identity.role == "central"
        self.register = QPushButton(self.tr("Register district key…") if central else self.tr("Pin central key…"), self)
        form = QFormLayout()
        form.addRow(self.tr("Fingerprint of this workspace:"), self.fp)
        if central:
            form.addRow(self.tr("District code:"), self.district)
        form.addRow(self.tr("Fingerprint (as read out by the sender):"), self.typed_fp)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        for w in (self.create, self.export, self.register, self.status):
            lay.addWidget(w)
        self.create.clicked.connect(self.create_key)
        self.export.clicked.connect(self.export_key)
        self.register.clicked.connect(self.register_key)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.fp.setText(self.keys.info().fingerprint)
            has = True
        except IzsaError:
            self.fp.setText(self.tr("no key yet"))
            has = False
        self.create.setEnabled(not has)
        self.export.setEnabled(has)

    def _run(self, fn) -> None:  # type: ignore[no-untyped-def]
        try:
            fn()
        except IzsaError as exc:
            self.status.setText(messages.error(exc))
        self.refresh()

    def create_key(self) -> None:
        pp, ok = QInputDialog.getText(self, self.tr("Passphrase"), self.tr("New passphrase:"), QLineEdit.EchoMode.Password)
        if not ok:
            return
        again, ok = QInputDialog.getText(self, self.tr("Passphrase"), self.tr("Repeat the passphrase:"),
                                         QLineEdit.EchoMode.Password)
        if not ok:
            return
        if again != pp:
            self.status.setText(messages.text("passphrase_mismatch"))
            return
        self._run(lambda: self.status.setText(self.tr("Key created: {fp}").format(fp=self.keys.init(pp).fingerprint)))

    def export_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export public key"), "", self.tr("Public keys (*.pub)"))
        if path:
            self._run(lambda: (write_atomic(path, self.keys.export_public()),
                               self.status.setText(self.tr("Written: {path}").format(path=path))))

    def register_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Public key file"), "", self.tr("Public keys (*.pub)"))
        if not path:
            return

        def go() -> None:
            blob = read_file(path, limit=4096)
            if self.ws.identity.role == "central":
                fp = self.keys.register(self.district.text().strip(), blob, self.typed_fp.text())
            else:
                fp = self.keys.pin_central(blob, self.typed_fp.text())
            self.status.setText(self.tr("Key accepted: {fp}").format(fp=fp))

        self._run(go)
