"""Map packs dialog: install MBTiles raster packs for offline basemaps, list and remove them; and the
optional online tile layer (off by default; viewed tiles are cached so they keep working offline).

A pack is untrusted input: the copy, the (time-limited) validation and the copy of its tiles into the
app's own pack file run on the background runner with progress and cancel, so a pack built to never end
cannot hang the window; the outcome is shown in a non-blocking message box. Files in the packs folder
the app did not write (an older version kept the user's file as it was) are listed as unusable, for
removal. Pack strings are shown as plain text (never as Qt rich text)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import IzsaError
from . import messages, plain
from .plain import tip
from .worker import Runner

ONLINE_ENABLED, ONLINE_URL, ONLINE_ATTR = "map/online_enabled", "map/online_url", "map/online_attribution"


class MapPacksDialog(QDialog):
    installFinished = Signal(bool, str)  # installed?, the message shown (empty on success)

    def __init__(self, packs, settings: QSettings, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.packs, self.settings = packs, settings
        self.runner = Runner(self)
        self.task = None  # the install under way, if any
        self.message_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Offline map packs"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Installed map packs"))
        add = self.install_button = QPushButton(self.tr("&Install MBTiles file…"), self)
        remove = QPushButton(self.tr("&Remove"), self)
        add.clicked.connect(self.install)
        remove.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        hint = QLabel(self.tr("MBTiles files made with QGIS, GDAL or QField work offline. New packs appear in "
                              "maps opened after installing."), self)
        hint.setWordWrap(True)

        online = QGroupBox(self.tr("Online tile layer (optional)"), self)
        self.online_enabled = QCheckBox(self.tr("Use an online tile layer when the network is available"), online)
        self.online_url = QLineEdit(online)
        self.online_url.setPlaceholderText("https://tile.example.org/{z}/{x}/{y}.png")
        self.online_attr = QLineEdit(online)
        form = QFormLayout(online)
        form.addRow(self.online_enabled)
        form.addRow(self.tr("URL template:"), self.online_url)
        form.addRow(self.tr("Attribution:"), self.online_attr)
        form.addRow(QLabel(self.tr("Viewed tiles are kept on disk and keep working offline. Changes apply after "
                                   "restarting the application."), online))
        self.online_enabled.setChecked(settings.value(ONLINE_ENABLED, False, type=bool))
        self.online_url.setText(str(settings.value(ONLINE_URL, "")))
        self.online_attr.setText(str(settings.value(ONLINE_ATTR, "")))

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(hint)
        lay.addWidget(self.list)
        lay.addLayout(buttons)
        lay.addWidget(online)
        lay.addWidget(box)
        self.resize(560, 460)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for p in self.packs.list():
            text = self.tr("{name} — zoom {minz}–{maxz}, {fmt}").format(
                name=p.name, minz=p.minzoom, maxz=p.maxzoom, fmt=p.format)
            item = QListWidgetItem(text, self.list)
            item.setData(256, p.id)
            # tooltips render rich text when it looks like HTML: escape the pack's string
            item.setToolTip(tip(p.attribution or ""))  # the pack's own text, shown literally
        for pack_id in self.packs.unusable():  # e.g. left by an older version: never shown on a map
            item = QListWidgetItem(self.tr("{name} — cannot be used; remove it and install the file again").format(
                name=pack_id), self.list)
            item.setData(256, pack_id)
            item.setForeground(self.palette().placeholderText())

    def install_file(self, path: str) -> None:
        """Copy and check the pack off the GUI thread; ``installFinished`` reports the outcome."""
        if self.task is not None:
            return
        self.install_button.setEnabled(False)
        self.task = self.runner.start(self.packs.install, path, on_done=self._installed, on_error=self._failed,
                                      label=self.tr("Checking the map pack…"), parent_widget=self)

    def _installed(self, _info) -> None:  # type: ignore[no-untyped-def]
        self._end()
        self.refresh()
        self.installFinished.emit(True, "")

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._end()
        if isinstance(exc, IzsaError):
            text = messages.error(exc)
        else:
            text = self.tr("The map pack could not be installed: {error}").format(error=type(exc).__name__)
        box = self.message_box = plain.message_box(self, QMessageBox.Icon.Warning, self.windowTitle(), text)
        box.open()
        self.installFinished.emit(False, text)

    def _end(self) -> None:
        self.task = None
        self.install_button.setEnabled(True)

    def done(self, result: int) -> None:  # closing the dialog cancels an install under way
        if self.task is not None:
            self.task.cancel()
        super().done(result)

    def install(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Install map pack"), "",
                                              self.tr("MBTiles map packs (*.mbtiles);;All files (*)"))
        if path:
            self.install_file(path)

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.packs.remove(item.data(256))
            self.refresh()

    def accept(self) -> None:
        self.settings.setValue(ONLINE_ENABLED, self.online_enabled.isChecked())
        self.settings.setValue(ONLINE_URL, self.online_url.text().strip())
        self.settings.setValue(ONLINE_ATTR, self.online_attr.text().strip())
        super().accept()
