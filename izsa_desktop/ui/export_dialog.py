"""Export dialog: format, report language, personal data (off), scope (the list's current filter or all
projects), destination file. The export runs off the GUI thread through ``ui/worker.py`` with progress
and cancel; errors (disk full, permission, ...) are shown translated through ``ui/messages.py``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import IzsaError
from ..services.export import ExportOptions, ExportQuery, ExportResult, run_export
from ..services.workspace import Workspace
from . import messages, plain
from .project_proxy import Filter
from .worker import Runner

SUFFIX = {"csv": ".csv", "xlsx": ".xlsx", "geojson": ".geojson", "pdf": ".pdf", "case": ".pdf"}


def query_from_filter(f: Filter | None, uuids: list[str] | None) -> ExportQuery:
    """The list's filter as an export query; the visible UUIDs pin exactly the rows the user sees."""
    if f is None:
        return ExportQuery()
    return ExportQuery(district=f.district or None, goal=f.goal, theme=f.theme or None, status=f.status or None,
                       text=f.text, uuids=tuple(uuids) if uuids is not None else None,
                       include_deleted=f.show_deleted)


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult
    failed = Signal(str)  # the translated message shown

    def __init__(self, ws: Workspace, runner: Runner, list_filter: Filter | None = None,
                 visible: list[str] | None = None, current_uuid: str | None = None, lang: str = "tr",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.list_filter, self.visible, self.current_uuid = list_filter, visible, current_uuid
        self.task = None
        self.setWindowTitle(self.tr("Export"))
        self.format = QComboBox()
        for code, text in (("xlsx", self.tr("Excel workbook (XLSX)")), ("csv", self.tr("CSV for spreadsheets")),
                           ("geojson", self.tr("GeoJSON for GIS (projects with coordinates)")),
                           ("pdf", self.tr("PDF report (Voluntary Local Review)"))):
            self.format.addItem(text, code)
        if current_uuid:
            self.format.addItem(self.tr("Case study of the selected project (PDF + JSON)"), "case")
        self.language = QComboBox()
        self.language.addItem("Türkçe", "tr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "tr" else 1)
        self.personal = QCheckBox(self.tr("Include personal data (contact persons) — internal use only"))
        self.personal.setChecked(False)
        n = len(visible) if visible is not None else 0
        self.scope_filter = QRadioButton(self.tr("Current list filter ({count} projects)").format(count=n))
        self.scope_all = QRadioButton(self.tr("All projects"))
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.scope_filter)
        self.scope.addButton(self.scope_all)
        (self.scope_filter if visible is not None else self.scope_all).setChecked(True)
        self.scope_filter.setEnabled(visible is not None)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Projects"), self.scope_filter)
        form.addRow("", self.scope_all)
        form.addRow("", self.personal)
        form.addRow(self.tr("Save as"), row)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # may quote a file name
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.note)
        lay.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    # -- state ---------------------------------------------------------------------------------------
    def _format_changed(self) -> None:
        code = self.format.currentData()
        self.scope_filter.setEnabled(code != "case" and self.visible is not None)
        self.scope_all.setEnabled(code != "case")
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(SUFFIX[code])))
        else:
            docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            self.path.setText(str(Path(docs or Path.home()) / ("izsa-export" + SUFFIX[code])))

    def browse(self) -> None:
        code = self.format.currentData()
        filt = {"csv": self.tr("CSV files (*.csv)"), "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                "geojson": self.tr("GeoJSON files (*.geojson)")}.get(code, self.tr("PDF documents (*.pdf)"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), filt)
        if path:
            self.path.setText(path if path.endswith(SUFFIX[code]) else path + SUFFIX[code])

    def options(self) -> tuple[ExportQuery, ExportOptions]:
        code = self.format.currentData()
        use_filter = self.scope_filter.isChecked() and self.scope_filter.isEnabled()
        query = query_from_filter(self.list_filter, self.visible) if use_filter else ExportQuery()
        opts = ExportOptions("pdf" if code == "case" else code, self.path.text().strip(),
                             lang=self.language.currentData(), include_personal=self.personal.isChecked(),
                             case_study=self.current_uuid if code == "case" else None)
        return query, opts

    # -- running ---------------------------------------------------------------------------------------
    def start(self) -> None:
        query, opts = self.options()
        if not opts.out:
            self.note.setText(self.tr("Choose where to save the file."))
            return
        self.export_button.setEnabled(False)
        self.note.setText(self.tr("Exporting…"))
        self.task = self.runner.start(run_export, self.ws, query, opts, on_done=self._done, on_error=self._error,
                                      label=self.tr("Exporting…"), parent_widget=self)

    def _done(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        text = self.tr("{count} projects written to {path}").format(count=result.count, path=result.path)
        if result.skipped:
            text += "\n" + self.tr("{count} projects without coordinates were skipped.").format(count=result.skipped)
        self.note.setText(text)
        self.exported.emit(result)
        self.accept()

    def _error(self, exc: BaseException, tb: str) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, IzsaError):
            text = messages.error(exc)
        else:
            text = self.tr("The export failed: {detail}").format(detail=str(exc) or type(exc).__name__)
        self.note.setText(text)
        self.failed.emit(text)
        if not (isinstance(exc, IzsaError) and exc.code == "export_cancelled"):
            box = plain.message_box(self, QMessageBox.Icon.Warning, self.tr("Export"), text)
            box.open()
