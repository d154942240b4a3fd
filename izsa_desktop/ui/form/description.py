"""The Description tab (titles, purpose, status, district, dates, responsible unit) and the
Alignment tab (SDG picker, WHO Healthy Cities themes, local strategic plan)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from ...core import taxonomy as tx
from ...core.model import Project
from .. import labels
from ..i18n import current_language
from .base import Problems, Section, text_edit
from .fields import CheckList, DateField
from .parse import InputProblem
from .sdg import SdgPicker


class DescriptionSection(Section):
    def __init__(self, district_locked: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.district_locked = district_locked
        self.title_tr = QLineEdit(self.body)
        self.title_tr.setMaxLength(400)  # over the validator's 300, so the message explains the limit
        self.title_en = QLineEdit(self.body)
        self.title_en.setPlaceholderText(self.tr("For international reporting (optional)"))
        self.purpose = text_edit(self.body)
        self.purpose.setPlaceholderText(self.tr("What is the project for?"))
        self.summary = text_edit(self.body, 4)
        self.status = QComboBox(self.body)
        for code in tx.STATUSES:
            self.status.addItem(labels.status(code), code)
        self.district = QComboBox(self.body)
        if district_locked is None:
            self.district.addItem(self.tr("— choose a district —"), "")
        for code in tx.district_ids():
            self.district.addItem(labels.district(code), code)
        if district_locked is not None:
            self.district.setEnabled(False)
            self.district.setToolTip(self.tr("A district office records the projects of its own district."))
        self.start = DateField(self.tr("not set"), self.tr("Clear the start date"), self.body)
        self.end_kind = QComboBox(self.body)
        for code in tx.END_KINDS:
            self.end_kind.addItem(labels.end_kind(code), code)
        self.end_kind.setAccessibleName(self.tr("Kind of end date"))
        self.end = DateField(self.tr("no end date"), self.tr("Clear the end date"), self.body)
        self.end.edit.setAccessibleName(self.tr("End date"))
        end_row = QWidget(self.body)
        er = QHBoxLayout(end_row)
        er.setContentsMargins(0, 0, 0, 0)
        er.addWidget(self.end_kind)
        er.addWidget(self.end, 1)
        end_row.setFocusProxy(self.end_kind)
        self.unit = QLineEdit(self.body)
        self.unit.setPlaceholderText(self.tr("e.g. Climate Change and Zero Waste Directorate"))

        self.add_row(self.tr("&Title (Turkish):"), self.title_tr, ("title_tr",))
        self.add_row(self.tr("Title (&English):"), self.title_en, ("title_en",))
        self.add_row(self.tr("&Purpose:"), self.purpose, ("purpose",))
        self.add_row(self.tr("S&ummary:"), self.summary, ("summary",))
        self.add_row(self.tr("S&tatus:"), self.status, ("status",))
        self.add_row(self.tr("&District:"), self.district, ("district",))
        self.add_row(self.tr("Start &date:"), self.start, ("start_date",), accessible=self.tr("Start date"))
        self.start.edit.setAccessibleName(self.tr("Start date"))
        self.add_row(self.tr("&End:"), end_row, ("end_date", "end_kind"), accessible=self.tr("End"))
        self.add_row(self.tr("&Responsible unit:"), self.unit, ("responsible_unit",))
        self.watch(self.title_tr, self.title_en, self.purpose, self.summary, self.status, self.district,
                   self.start, self.end_kind, self.end, self.unit)
        self.end_kind.currentIndexChanged.connect(self._end_kind_changed)

    def _end_kind_changed(self) -> None:
        ongoing = self.end_kind.currentData() == "ongoing"
        if ongoing:
            self.end.clear()
        self.end.setEnabled(not ongoing)

    def load(self, p: Project) -> None:
        self.title_tr.setText(p.title_tr)
        self.title_en.setText(p.title_en)
        self.purpose.setPlainText(p.purpose)
        self.summary.setPlainText(p.summary)
        self.status.setCurrentIndex(max(self.status.findData(p.status), 0))
        i = self.district.findData(p.district)
        if i < 0:
            self.district.addItem(p.district, p.district)  # unknown code: keep it visible for the error
            i = self.district.count() - 1
        self.district.setCurrentIndex(i)
        self.start.set_value(p.start_date)
        self.end_kind.setCurrentIndex(max(self.end_kind.findData(p.end_kind), 0))
        self.end.set_value(p.end_date)
        self._end_kind_changed()
        self.unit.setText(p.responsible_unit)

    def apply(self, p: Project) -> Problems:
        p.title_tr = self.title_tr.text().strip()
        p.title_en = self.title_en.text().strip()
        p.purpose = self.purpose.toPlainText().strip()
        p.summary = self.summary.toPlainText().strip()
        p.status = self.status.currentData()
        p.district = self.district.currentData()
        problems: Problems = []
        p.end_kind = self.end_kind.currentData()
        for name, field in (("start_date", self.start), ("end_date", self.end)):
            try:
                value = field.read()
            except InputProblem as exc:  # exactly the typed date or a message, never a guess
                value = None
                if not (name == "end_date" and p.end_kind == "ongoing"):
                    problems.append((name, field.message(exc)))
            setattr(p, name, value)
        if p.end_kind == "ongoing":
            p.end_date = None
        p.responsible_unit = self.unit.text().strip()
        return problems

    def set_read_only(self, ro: bool) -> None:
        super().set_read_only(ro)
        self.district.setEnabled(not ro and self.district_locked is None)
        if not ro:
            self._end_kind_changed()


class AlignmentSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = current_language()
        self.sdg = SdgPicker(self.body)
        self.sdg.setAccessibleName(self.tr("Sustainable Development Goals"))
        self.themes = CheckList([(t.key, t.name(lang)) for t in tx.themes().values()], self.body)
        for t in tx.themes().values():
            item = self.themes.item_for(t.key)
            if item is not None:
                item.setToolTip(t.full_name_tr if lang == "tr" else t.full_name_en)
        self.plan = QLineEdit(self.body)
        self.plan.setPlaceholderText(self.tr("e.g. Strategic plan 2025–2029, goal 3.2 (optional)"))
        self.add_row(self.tr("&SDG goals:"), self.sdg, ("sdg_goals", "sdg_primary", "sdg_targets"))
        self.add_row(self.tr("&WHO Healthy Cities themes:"), self.themes, ("who_themes",))
        self.add_row(self.tr("Local strategic &plan goal:"), self.plan, ("strategic_plan_goal",))
        self.watch(self.sdg, self.themes, self.plan)

    def load(self, p: Project) -> None:
        self.sdg.set_value(list(p.sdg_goals), p.sdg_primary, list(p.sdg_targets))
        self.themes.set_codes(p.who_themes)
        self.plan.setText(p.strategic_plan_goal)

    def apply(self, p: Project) -> Problems:
        p.sdg_goals = self.sdg.goals()
        p.sdg_primary = self.sdg.primary()
        p.sdg_targets = self.sdg.targets()
        p.who_themes = self.themes.codes()
        p.strategic_plan_goal = self.plan.text().strip()
        return []
