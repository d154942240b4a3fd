"""``ProjectForm``: every field of a project record in tabs, inline validation, save, unsaved-changes
guard and a read-only mode. Services do the work (check/save); the form only shows and collects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMessageBox, QStyle, QTabWidget, QVBoxLayout, QWidget

from ...core.errors import Issue, IzsaError, ValidationError
from ...core.model import Project, copy_project, project_to_dict
from ...services.projects import ProjectService
from .. import labels, messages
from .base import Problems, Section
from .description import AlignmentSection, DescriptionSection
from .feedback import INFO_COLOUR, IssueSummary, banner, show_banner
from .fields import ERROR_COLOUR, WARNING_COLOUR
from .location import LocationSection, PickerFactory
from .people import ContactSection, PeopleSection
from .resources import ResourcesSection, ResultsSection
from .review import ReviewSection

DEBOUNCE_MS = 300


class ProjectForm(QWidget):
    dirtyChanged = Signal(bool)
    saved = Signal(str, object)  # uuid, OpChanges

    def __init__(self, service: ProjectService, parent: QWidget | None = None, *,
                 picker_factory: PickerFactory | None = None) -> None:
        super().__init__(parent)
        self.service = service
        ident = service.ws.identity
        self.description = DescriptionSection(ident.district if ident.role == "district" else None, self)
        self.alignment = AlignmentSection(self)
        self.people = PeopleSection(self)
        self.location = LocationSection(picker_factory, self)
        self.resources = ResourcesSection(self)
        self.results = ResultsSection(self)
        self.contact = ContactSection(self)
        self.review = ReviewSection(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        titles = [self.tr("Description"), self.tr("Alignment (SDG / WHO)"), self.tr("People"),
                  self.tr("Location"), self.tr("Resources && partners"), self.tr("Results && evidence"),
                  self.tr("Contact (personal data)"), self.tr("Review && visibility")]
        for section, title in zip(self.sections(), titles, strict=True):
            self.tabs.addTab(section, title)
            section.changed.connect(self._edited)
        self.description.district.currentIndexChanged.connect(
            lambda _i: self.location.set_district(self.description.district.currentData() or ""))

        self.read_only_banner = banner(self)
        self.review_banner = banner(self)
        self.summary = IssueSummary(self)
        self.summary.fieldActivated.connect(self.focus_field)
        lay = QVBoxLayout(self)
        lay.addWidget(self.read_only_banner)
        lay.addWidget(self.review_banner)
        lay.addWidget(self.summary)
        lay.addWidget(self.tabs, 1)

        self.save_action = QAction(self.tr("&Save project"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)  # the host adds it to its menu/toolbar (Ctrl+S)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.revalidate)
        self._read_only = False
        self._loading = False
        self._dirty = False
        self._base = service.new_project()
        self._clean: dict[str, Any] = {}
        self._line_edits = self.findChildren(QLineEdit)
        self.load(self._base)

    def sections(self) -> list[Section]:
        return [self.description, self.alignment, self.people, self.location, self.resources,
                self.results, self.contact, self.review]

    # -- public API ----------------------------------------------------------------------------------
    def load(self, project: Project, read_only: bool = False, review_comment: str = "") -> None:
        self._timer.stop()
        self._loading = True
        try:
            self._base = copy_project(project)
            for s in self.sections():
                s.load(project, review_comment) if s is self.review else s.load(project)
                s.set_read_only(read_only)
            self._read_only = read_only
            self.save_action.setEnabled(not read_only)
            self._show([], [], [], "")
            self._show_banners(project, review_comment or project.review_comment)
            self.tabs.setCurrentIndex(0)
            for edit in self._line_edits:  # show the start of long titles, not their end
                edit.setCursorPosition(0)
        finally:
            self._loading = False
        self._clean = project_to_dict(self._collect()[0])
        self._set_dirty(False)

    def project(self) -> Project:
        return self._collect()[0]

    def is_dirty(self) -> bool:
        return self._dirty

    def is_read_only(self) -> bool:
        return self._read_only

    def save(self) -> bool:
        if self._read_only:
            return False
        self._timer.stop()
        p, problems = self._collect()
        not_saved = self.tr("Not saved: please correct the fields marked in red.")
        if problems:
            self._show([], self.service.check(p).warnings, problems, not_saved)
            return False
        try:
            result = self.service.save(p)
        except ValidationError as exc:
            self._show(exc.issues, self.service.check(p).warnings, [], not_saved)
            return False
        except IzsaError as exc:
            self._show([], [], [("", messages.error(exc))], self.tr("Not saved."))
            return False
        self._base = copy_project(p)
        self._clean = project_to_dict(p)
        self._set_dirty(False)
        heading = self.tr("Saved. Please check these points:") if result.warnings else self.tr("Saved.")
        self._show([], result.warnings, [], heading)
        self.saved.emit(p.id, result.op)
        return True

    def maybe_discard(self) -> bool:
        """True when it is fine to leave the record (saved, discarded, or nothing changed)."""
        if not self._dirty or self._read_only:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("This project has changes that are not saved yet. Save them now?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def revalidate(self) -> None:
        """Check now (normally runs ~300 ms after the last edit)."""
        self._timer.stop()
        p, problems = self._collect()
        findings = self.service.check(p)
        self._show(findings.errors, findings.warnings, problems, "")

    def set_location_widget(self, widget: QWidget) -> None:
        """Embed a map picker now (see ``LocationSection``); normally built lazily from the factory."""
        self.location.set_location_widget(widget)

    def focus_field(self, field: str) -> None:
        for s in self.sections():
            box = s.boxes.get(field)
            if box is not None:
                self.tabs.setCurrentWidget(s)
                s.ensureWidgetVisible(box)
                box.widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # -- internals -----------------------------------------------------------------------------------
    def _collect(self) -> tuple[Project, Problems]:
        p = copy_project(self._base)
        problems: Problems = []
        for s in self.sections():
            problems += s.apply(p)
        return p, problems

    def _edited(self) -> None:
        if self._loading or self._read_only:
            return
        p, problems = self._collect()
        self._set_dirty(bool(problems) or project_to_dict(p) != self._clean)
        self._timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _show(self, errors: list[Issue], warnings: list[Issue], problems: Problems, heading: str) -> None:
        err = [(i.field, messages.issue(i)) for i in errors] + list(problems)
        warn = [(i.field, messages.issue(i)) for i in warnings]
        tab_of: dict[str, str] = {}
        levels: dict[int, str] = {}
        for index, s in enumerate(self.sections()):
            for field in s.boxes:
                tab_of[field] = self.tabs.tabText(index).replace("&&", "&")
            for box in set(s.boxes.values()):
                fields = [f for f, b in s.boxes.items() if b is box]
                box.show_issues([t for f, t in err if f in fields], [t for f, t in warn if f in fields])
                level = box.level()
                if level == "error" or (level and index not in levels):
                    levels[index] = level
        style = self.style()
        for index in range(self.tabs.count()):
            level = levels.get(index, "")
            icon = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
                    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning}.get(level)
            self.tabs.setTabIcon(index, style.standardIcon(icon) if icon else QIcon())
            self.tabs.setTabToolTip(index, {"error": self.tr("Has errors"),
                                            "warning": self.tr("Has warnings")}.get(level, ""))
        self.summary.show_items(heading, err, warn, tab_of)

    def _show_banners(self, p: Project, comment: str) -> None:
        if self._read_only:
            text = self.tr("Read only: this project belongs to {district}. It was received from the central "
                           "office for reference; only its own district can change it.").format(
                district=labels.district(p.district))
            show_banner(self.read_only_banner, text, INFO_COLOUR)
        else:
            show_banner(self.read_only_banner, "", INFO_COLOUR)
        if p.review_state == "needs_changes" or comment:
            text = self.tr("Central office review: {state}.").format(state=labels.review_state(p.review_state))
            if comment:
                text += " " + self.tr("Comment: {comment}").format(comment=comment)
            colour = ERROR_COLOUR if p.review_state == "needs_changes" else WARNING_COLOUR
            show_banner(self.review_banner, text, colour)
        else:
            show_banner(self.review_banner, "", INFO_COLOUR)
