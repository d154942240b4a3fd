"""The Resources & partners tab (budget in TL with kuruş, funding, partners, collaboration) and the
Results & evidence tab (results, progress updates, links, keywords, notes)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...core import taxonomy as tx
from ...core.model import Project
from .. import labels
from .base import Problems, Section, text_edit
from .parse import InputProblem, format_money, parse_money
from .rows import Column, RowsEditor


class ResourcesSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.budget = QLineEdit(self.body)
        self.budget.setPlaceholderText(format_money(125000050))
        self.budget.editingFinished.connect(self._reformat)
        budget_row = QWidget(self.body)
        br = QHBoxLayout(budget_row)
        br.setContentsMargins(0, 0, 0, 0)
        self.budget.setMaximumWidth(self.budget.fontMetrics().averageCharWidth() * 28)
        br.addWidget(self.budget)
        br.addWidget(QLabel(self.tr("TL"), budget_row))
        br.addStretch(1)
        budget_row.setFocusProxy(self.budget)
        self.funding = QComboBox(self.body)
        for code in ("", *tx.FUNDING_SOURCES):
            self.funding.addItem(labels.funding_source(code), code)
        self.partners = RowsEditor(
            [Column("name", self.tr("Name"), stretch=True),
             Column("type", self.tr("Type"), tuple((c, labels.partner_type(c)) for c in tx.PARTNER_TYPES)),
             Column("role", self.tr("Role"), tuple((c, labels.partner_role(c)) for c in tx.PARTNER_ROLES))],
            self.tr("&Add partner"), self.tr("Remove partner"), self.tr("Partners"), self.body)
        self.collab = QCheckBox(self.tr("Open to &collaboration with other districts"), self.body)
        self.sought = text_edit(self.body, 2)
        self.sought.setPlaceholderText(self.tr("What is sought: partners, know-how, co-funding …"))
        self.collab.toggled.connect(self.sought.setEnabled)
        self.sought.setEnabled(False)

        self.add_row(self.tr("&Budget:"), budget_row, ("budget_kurus", "currency"), accessible=self.tr("Budget in TL"))
        self.budget.setAccessibleName(self.tr("Budget in TL"))
        self.add_row(self.tr("&Funding source:"), self.funding, ("funding_source",))
        self.add_row(self.tr("&Partners:"), self.partners, ("partners",))
        self.add_row(self.tr("Collaboration:"), self.collab, ("open_to_collab",))
        self.add_row(self.tr("What is &sought:"), self.sought, ("collab_sought",))
        self.watch(self.budget, self.funding, self.partners, self.collab, self.sought)

    def _reformat(self) -> None:
        try:
            value = parse_money(self.budget.text())
        except InputProblem:
            return
        self.budget.setText(format_money(value))

    def load(self, p: Project) -> None:
        self.budget.setText(format_money(p.budget_kurus))
        self.funding.setCurrentIndex(max(self.funding.findData(p.funding_source), 0))
        self.partners.set_rows(p.partners)
        self.collab.setChecked(p.open_to_collab)
        self.sought.setEnabled(p.open_to_collab)
        self.sought.setPlainText(p.collab_sought)

    def apply(self, p: Project) -> Problems:
        problems: Problems = []
        try:
            p.budget_kurus = parse_money(self.budget.text())
        except InputProblem as exc:
            if exc.code == "money_decimals":
                msg = self.tr("At most two decimals (kuruş), e.g. {example}.")
            else:
                msg = self.tr("Type an amount in TL, e.g. {example}.")
            problems.append(("budget_kurus", msg.format(example=format_money(125000050))))
        p.currency = "TRY"
        p.funding_source = self.funding.currentData()
        p.partners = self.partners.rows()
        p.open_to_collab = self.collab.isChecked()
        p.collab_sought = self.sought.toPlainText().strip()
        return problems

    def set_read_only(self, ro: bool) -> None:
        super().set_read_only(ro)
        self.sought.setEnabled(True)
        self.sought.setReadOnly(ro)


class ResultsSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results = RowsEditor(
            [Column("indicator", self.tr("Indicator"), stretch=True), Column("unit", self.tr("Unit")),
             Column("baseline", self.tr("Baseline")), Column("target", self.tr("Target")),
             Column("actual", self.tr("Actual")), Column("period", self.tr("Period"))],
            self.tr("&Add result"), self.tr("Remove result"), self.tr("Results"), self.body)
        self.progress = RowsEditor(
            [Column("date", self.tr("Date")), Column("text", self.tr("Update"), stretch=True),
             Column("status", self.tr("Status"), tuple((c, labels.status(c)) for c in tx.STATUSES))],
            self.tr("Add &update"), self.tr("Remove update"), self.tr("Progress updates"), self.body)
        self.links = RowsEditor([Column("url", self.tr("Web address"), stretch=True)],
                                self.tr("Add &link"), self.tr("Remove link"), self.tr("Links"), self.body)
        self.keywords = QLineEdit(self.body)
        self.keywords.setPlaceholderText(self.tr("comma separated, e.g. compost, school gardens"))
        self.notes = text_edit(self.body, 3)
        self.add_row(self.tr("&Results:"), self.results, ("results",))
        self.add_row(self.tr("&Progress updates:"), self.progress, ("progress",))
        self.add_row(self.tr("&Links:"), self.links, ("links",))
        self.add_row(self.tr("&Keywords:"), self.keywords, ("keywords",))
        self.add_row(self.tr("Internal &notes:"), self.notes, ("notes",))
        self.watch(self.results, self.progress, self.links, self.keywords, self.notes)

    def load(self, p: Project) -> None:
        self.results.set_rows(p.results)
        self.progress.set_rows(p.progress)
        self.links.set_rows([{"url": u} for u in p.links])
        self.keywords.setText(p.keywords)
        self.notes.setPlainText(p.notes)

    def apply(self, p: Project) -> Problems:
        p.results = self.results.rows()
        p.progress = self.progress.rows()
        p.links = [r["url"] for r in self.links.rows() if r["url"]]
        p.keywords = self.keywords.text().strip()
        p.notes = self.notes.toPlainText().strip()
        return []
