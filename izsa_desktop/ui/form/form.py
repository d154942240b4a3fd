"""``ProjectForm``: every field of a project record in tabs, inline validation, save, unsaved-changes
guard and a read-only mode. Services do the work (check/save); the form only shows and collects."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import Issue, IzsaError, ValidationError
from ...core.model import Project, copy_project, project_to_dict
from ...services.projects import ProjectService
from .. import labels, messages
from .. import plain as plain_text
from .base import LoadProblem, Problems, Section, plain
from .description import AlignmentSection, DescriptionSection
from .feedback import INFO_COLOUR, IssueSummary, banner, show_banner
from .fields import ERROR_COLOUR, WARNING_COLOUR
from .location import LocationSection, PickerFactory
from .readable import unreadable_field

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300
SECTIONS = ("description", "alignment", "people", "location", "resources", "results", "contact", "review")
LOCATION, REVIEW = SECTIONS.index("location"), SECTIONS.index("review")


class _SectionAttr:
    """``form.location`` etc.: the tab's section, built on first access."""

    def __init__(self, index: int) -> None:
        self.index = index

    def __get__(self, form: ProjectForm | None, owner: type) -> Any:
        return self if form is None else form._section(self.index)


class ProjectForm(QWidget):
    dirtyChanged = Signal(bool)
    saved = Signal(str, object)  # uuid, OpChanges
    sectionBuilt = Signal(object)  # a tab's Section, built on first use: hosts hook its inputs then

    def __init__(self, service: ProjectService, parent: QWidget | None = None, *,
                 picker_factory: PickerFactory | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._picker_factory = picker_factory
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for button in self.tabs.tabBar().findChildren(QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the tab bar's scroll arrows: arrows on the bar do it
        titles = [self.tr("Description"), self.tr("Alignment (SDG / WHO)"), self.tr("People"),
                  self.tr("Location"), self.tr("Resources && partners"), self.tr("Results && evidence"),
                  self.tr("Contact (personal data)"), self.tr("Review && visibility")]
        # Each tab's section is built the first time it is shown or used (see _section): until then
        # its page is an empty placeholder and the loaded project keeps its values.
        self._sections: list[Section | None] = [None] * len(SECTIONS)
        for title in titles:
            self.tabs.addTab(QWidget(), title)

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
        self._failed: str | None = None
        self._review_comment = ""
        self._base = service.new_project()
        self._home_district = self._base.district
        self._clean: dict[str, Any] = {}
        self._line_edits = self.findChildren(QLineEdit)
        self._section(0)  # the first tab is visible at once
        self.tabs.currentChanged.connect(self._section)
        self.load(self._base)

    # -- the sections, built on first use ---------------------------------------------------------------
    description = _SectionAttr(0)
    alignment = _SectionAttr(1)
    people = _SectionAttr(2)
    location = _SectionAttr(3)
    resources = _SectionAttr(4)
    results = _SectionAttr(5)
    contact = _SectionAttr(6)
    review = _SectionAttr(7)

    def sections(self) -> list[Section]:
        return [self._section(i) for i in range(len(SECTIONS))]

    def _built(self) -> list[tuple[int, Section]]:
        return [(i, s) for i, s in enumerate(self._sections) if s is not None]

    def _section(self, index: int) -> Section:
        s = self._sections[index]
        if s is not None or index < 0:
            return s  # type: ignore[return-value]
        s = self._sections[index] = self._make(SECTIONS[index])
        tabs = self.tabs
        placeholder, current = tabs.widget(index), tabs.currentIndex()
        icon, text, tip = tabs.tabIcon(index), tabs.tabText(index), tabs.tabToolTip(index)
        tabs.blockSignals(True)
        try:
            tabs.removeTab(index)
            tabs.insertTab(index, s, icon, text)
            tabs.setTabToolTip(index, tip)
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(False)
        placeholder.deleteLater()
        s.changed.connect(self._edited)
        edits = s.findChildren(QLineEdit)
        self._line_edits += edits
        # bring it to the form's state: the loaded project (the fields it shows are unchanged since)
        loading, self._loading = self._loading, True
        failed: str | None = None
        try:
            s.set_read_only(self._read_only)
            try:
                s.load(self._base, self._review_comment) if index == REVIEW else s.load(self._base)
            except LoadProblem as exc:
                failed = exc.field
            except Exception:  # noqa: BLE001 - see load(): the record is then not shown at all
                log.exception("project %s could not be shown", self._base.id)
                failed = ""
            if failed is not None:
                self._loading = loading
                self._show_unloadable(failed)
                self.sectionBuilt.emit(s)
                return s
            s.set_read_only(self._read_only)
            if index == LOCATION:
                district = self.description.district.currentData() or ""
                if district != self._base.district:  # chosen since the load: the tab follows it
                    s.set_district(district)
            for edit in edits:
                edit.setCursorPosition(0)
        finally:
            self._loading = loading
        # the clean state holds what loading and reading back its fields gives (as if built at the load)
        before = copy_project(self._base)
        s.apply(before)
        loaded = project_to_dict(self._base)
        self._clean.update({k: v for k, v in project_to_dict(before).items() if v != loaded[k]})
        self.sectionBuilt.emit(s)
        return s

    def _make(self, name: str) -> Section:
        if name == "description":
            ident = self.service.ws.identity
            d = DescriptionSection(ident.district if ident.role == "district" else None, self)
            d.district.currentIndexChanged.connect(self._district_changed)
            return d
        if name == "alignment":
            return AlignmentSection(self)
        if name == "location":
            return LocationSection(self._picker_factory, self)
        if name in ("people", "contact"):
            from .people import ContactSection, PeopleSection

            return PeopleSection(self) if name == "people" else ContactSection(self)
        if name in ("resources", "results"):
            from .resources import ResourcesSection, ResultsSection

            return ResourcesSection(self) if name == "resources" else ResultsSection(self)
        from .review import ReviewSection

        return ReviewSection(self)

    def _district_changed(self) -> None:
        location = self._sections[LOCATION]
        if location is not None:
            location.set_district(self.description.district.currentData() or "")  # type: ignore[attr-defined]

    # -- public API ----------------------------------------------------------------------------------
    def load(self, project: Project, read_only: bool = False, review_comment: str = "") -> None:
        """Show ``project``, all or nothing: every tab is reset first, and a value the form cannot show
        leaves the form cleared and read-only with a message (``load_failed``), never a mix of records."""
        self._timer.stop()
        field = unreadable_field(project)  # checked here for the tabs not built yet too
        if field is None:
            try:
                self._load(project, read_only, review_comment)
                return
            except LoadProblem as exc:
                field = exc.field
            except Exception:  # noqa: BLE001 - whatever a value does to a tab, nothing half-loaded stays
                log.exception("project %s could not be shown", project.id)
                field = ""
        self._show_unloadable(field)

    def load_failed(self) -> str | None:
        """None when the last load showed its record; else the field it could not show ("" = unknown)."""
        return self._failed

    def _load(self, project: Project, read_only: bool, review_comment: str) -> None:
        self._loading = True
        try:
            self._read_only = read_only  # first: a read-only record stays read-only whatever happens next
            self.save_action.setEnabled(not read_only)
            self._failed = None
            self._base = copy_project(project)
            self._review_comment = review_comment
            blank = self._blank()
            for i, s in self._built():  # nothing of the previous record stays, even in a tab that fails
                s.load(blank, "") if i == REVIEW else s.load(blank)
                s.set_read_only(read_only)
            for i, s in self._built():
                s.load(project, review_comment) if i == REVIEW else s.load(project)
            self._show([], [], [], "")
            self._show_banners(project, review_comment or project.review_comment)
            self.tabs.setCurrentIndex(0)
            for edit in self._line_edits:  # show the start of long titles, not their end
                edit.setCursorPosition(0)
        finally:
            self._loading = False
        self._clean = project_to_dict(self._collect()[0])
        self._set_dirty(False)

    def _blank(self) -> Project:
        return Project(id="", district=self._home_district)

    def _show_unloadable(self, field: str) -> None:
        """The record cannot be shown: every tab (built now, or later from the blank record) is empty and
        read-only, Save is off, and the banner says which value could not be read."""
        self._loading = True
        try:
            self._read_only = True
            self.save_action.setEnabled(False)
            self._failed = field
            self._base = blank = self._blank()
            self._review_comment = ""
            self.sections()  # every tab, so none is built later from a record and the message names the tab
            for i, s in self._built():
                s.set_read_only(True)
                try:
                    s.load(blank, "") if i == REVIEW else s.load(blank)
                except Exception:  # noqa: BLE001 - the blank record; should never happen
                    log.exception("the form could not be cleared")
                s.set_read_only(True)
            self._show([], [], [], "")
            show_banner(self.read_only_banner, self._unloadable_text(field), ERROR_COLOUR)
            show_banner(self.review_banner, "", INFO_COLOUR)
            self.tabs.setCurrentIndex(0)
        finally:
            self._loading = False
        self._clean = project_to_dict(self._collect()[0])
        self._set_dirty(False)

    def _unloadable_text(self, field: str) -> str:
        if not field:
            return self.tr("This project could not be shown: one of its values cannot be read. Nothing of it "
                           "is shown here, and it cannot be edited or saved in this window.")
        if field == "geometry":
            name, tab = self.tr("Additional sites and project area"), self.tabs.tabText(LOCATION)
        else:
            name, tab = field, ""
            for index, s in enumerate(self._sections):
                box = s.boxes.get(field) if s is not None else None
                label = s.form.labelForField(box) if s is not None and box is not None else None
                if isinstance(label, QLabel):
                    name, tab = plain(label.text()), self.tabs.tabText(index)
                    break
        if tab:
            text = self.tr("This project could not be shown: its value “{field}” (tab {tab}) cannot be read. "
                           "Nothing of it is shown here, and it cannot be edited or saved in this window.")
        else:
            text = self.tr("This project could not be shown: its value “{field}” cannot be read. Nothing of it "
                           "is shown here, and it cannot be edited or saved in this window.")
        return text.format(field=name, tab=plain(tab))

    def project(self) -> Project:
        self.sections()  # every tab reads its fields back, as when it was built at the load
        return self._collect()[0]

    def is_dirty(self) -> bool:
        return self._dirty

    def is_read_only(self) -> bool:
        return self._read_only

    def save(self) -> bool:
        if self._read_only:
            return False
        self._timer.stop()
        self.sections()
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
        answer = plain_text.ask(
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

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        """The host gives the form focus (new project, a project opened from the list): that focus goes to
        the first input of the current tab, so typing starts there instead of being lost."""
        super().focusInEvent(event)
        self.focus_first_input()

    def focus_first_input(self) -> None:
        s = self._section(max(self.tabs.currentIndex(), 0))
        for w in s.inputs:
            target = w.focusProxy() or w
            if target.isEnabled() and target.focusPolicy() & Qt.FocusPolicy.TabFocus:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

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
        for _i, s in self._built():  # a tab not built yet still shows the loaded values
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
        if err or warn:  # messages go next to their fields, on any tab
            self.sections()
        tab_of: dict[str, str] = {}
        levels: dict[int, str] = {}
        for index, s in self._built():
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
