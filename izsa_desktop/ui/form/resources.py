"""The Resources & partners tab (budget with two decimals in its own currency, funding, partners,
collaboration) and the Results & evidence tab (results, progress updates, links, keywords, notes).

The budget's currency is shown and kept exactly as the record holds it: a currency the form does not
list (from a bundle, say) is added to the choice as it is, and nothing ever sets a currency the clerk
did not choose."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from ...core import taxonomy as tx
from ...core.model import Project
from .. import labels
from .base import Problems, Section, text_edit
from .fields import date_message
from .parse import CURRENCY_MARKS, InputProblem, format_money, parse_money
from .rows import Column, RowsEditor, stored_date


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
        self.currency = QComboBox(budget_row)
        for code in CURRENCY_MARKS:
            self.currency.addItem(self.tr("TL") if code == "TRY" else code, code)
        self._known_currencies = self.currency.count()
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setToolTip(self.tr("The currency of the budget: never converted"))
        br.addWidget(self.currency)
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

        self.add_row(self.tr("&Budget:"), budget_row, ("budget_kurus", "currency"), accessible=self.tr("Budget"))
        self.budget.setAccessibleName(self.tr("Budget amount"))
        self.add_row(self.tr("&Funding source:"), self.funding, ("funding_source",))
        self.add_row(self.tr("&Partners:"), self.partners, ("partners",))
        self.add_row(self.tr("Collaboration:"), self.collab, ("open_to_collab",))
        self.add_row(self.tr("What is &sought:"), self.sought, ("collab_sought",))
        self.watch(self.budget, self.currency, self.funding, self.partners, self.collab, self.sought)

    def _code(self) -> str:
        return self.currency.currentData()

    def _reformat(self) -> None:
        try:
            value = parse_money(self.budget.text(), currency=self._code())
        except InputProblem:
            return
        self.budget.setText(format_money(value))

    def _set_currency(self, code: str) -> None:
        while self.currency.count() > self._known_currencies:  # an unknown one of an earlier record
            self.currency.removeItem(self.currency.count() - 1)
        i = self.currency.findData(code)
        if i < 0:  # not one the form lists: shown as it is and kept
            self.currency.addItem(code or self.tr("(no currency)"), code)
            i = self.currency.count() - 1
        self.currency.setCurrentIndex(i)

    def load(self, p: Project) -> None:
        self.budget.setText(format_money(p.budget_kurus))
        self._set_currency(p.currency)
        self.funding.setCurrentIndex(max(self.funding.findData(p.funding_source), 0))
        self.partners.set_rows(p.partners)
        self.collab.setChecked(p.open_to_collab)
        self.sought.setEnabled(p.open_to_collab)
        self.sought.setPlainText(p.collab_sought)

    def apply(self, p: Project) -> Problems:
        problems: Problems = []
        p.currency = self._code()
        name = self.currency.currentText()
        try:
            p.budget_kurus = parse_money(self.budget.text(), currency=p.currency)
        except InputProblem as exc:
            if exc.code == "money_decimals":
                msg = self.tr("At most two decimals, e.g. {example}.")
            elif exc.code == "money_currency":
                msg = self.tr("The budget is in {currency}: type the amount without another currency's "
                              "sign, or choose that currency.")
            else:
                msg = self.tr("Type an amount in {currency}, e.g. {example}.")
            problems.append(("budget_kurus", msg.format(example=format_money(125000050), currency=name)))
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
            [Column("date", self.tr("Date"), date=True), Column("text", self.tr("Update"), stretch=True),
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
        problems: Problems = []
        p.results = self.results.rows()
        p.progress = self.progress.rows()
        for n, row in enumerate(p.progress, 1):  # dates read as the start and end dates are
            try:
                row["date"] = stored_date(row["date"])
            except InputProblem as exc:
                problems.append(("progress", self.tr("Progress update {row}: {problem}").format(
                    row=n, problem=date_message(exc))))
        p.links = [r["url"] for r in self.links.rows() if r["url"]]
        p.keywords = self.keywords.text().strip()
        p.notes = self.notes.toPlainText().strip()
        return problems
