"""The People tab (target groups, beneficiaries) and the Contact tab (personal data under KVKK)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ...core import taxonomy as tx
from ...core.model import Project
from .. import labels
from .base import Problems, Section
from .fields import WARNING_COLOUR, CheckList
from .parse import InputProblem, format_count, parse_count


class PeopleSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups = CheckList([(c, labels.target_group(c)) for c in tx.TARGET_GROUPS], self.body)
        self.other = QLineEdit(self.body)
        self.other.setPlaceholderText(self.tr("Other groups, e.g. fishers, seasonal workers"))
        self.planned = QLineEdit(self.body)
        self.reached = QLineEdit(self.body)
        for e in (self.planned, self.reached):
            e.setPlaceholderText(self.tr("number of people, e.g. {example}").format(example=format_count(12500)))
            e.editingFinished.connect(lambda e=e: self._reformat(e))
        self.add_row(self.tr("&Target groups:"), self.groups, ("target_groups",))
        self.add_row(self.tr("&Other target groups:"), self.other, ("target_groups_other",))
        self.add_row(self.tr("Beneficiaries &planned:"), self.planned, ("beneficiaries_planned",))
        self.add_row(self.tr("Beneficiaries &reached:"), self.reached, ("beneficiaries_reached",))
        self.watch(self.groups, self.other, self.planned, self.reached)

    @staticmethod
    def _reformat(edit: QLineEdit) -> None:
        try:
            n = parse_count(edit.text())
        except InputProblem:
            return
        edit.setText(format_count(n))

    def load(self, p: Project) -> None:
        self.groups.set_codes(p.target_groups)
        self.other.setText(p.target_groups_other)
        self.planned.setText(format_count(p.beneficiaries_planned))
        self.reached.setText(format_count(p.beneficiaries_reached))

    def apply(self, p: Project) -> Problems:
        problems: Problems = []
        p.target_groups = self.groups.codes()
        p.target_groups_other = self.other.text().strip()
        for name, edit in (("beneficiaries_planned", self.planned), ("beneficiaries_reached", self.reached)):
            try:
                setattr(p, name, parse_count(edit.text()))
            except InputProblem:
                problems.append((name, self.tr("Type a whole number of people, e.g. {example}.")
                                 .format(example=format_count(12500))))
        return problems


class ContactSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        note = QLabel(self.tr(
            "Personal data (KVKK): the contact person's details are used only to reach the project team. "
            "They are left out of public exports and can be left out of exchange files."), self.body)
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
        self.layout_.insertWidget(0, note)
        self.note = note
        self.name = QLineEdit(self.body)
        self.role = QLineEdit(self.body)
        self.phone = QLineEdit(self.body)
        self.phone.setPlaceholderText("0232 000 00 00")
        self.email = QLineEdit(self.body)
        self.email.setPlaceholderText(self.tr("name@municipality.bel.tr"))
        self.add_row(self.tr("Contact &name:"), self.name, ("contact_name",))
        self.add_row(self.tr("Contact r&ole:"), self.role, ("contact_role",))
        self.add_row(self.tr("&Phone:"), self.phone, ("contact_phone",))
        self.add_row(self.tr("E-&mail:"), self.email, ("contact_email",))
        self.watch(self.name, self.role, self.phone, self.email)

    def load(self, p: Project) -> None:
        self.name.setText(p.contact_name)
        self.role.setText(p.contact_role)
        self.phone.setText(p.contact_phone)
        self.email.setText(p.contact_email)

    def apply(self, p: Project) -> Problems:
        p.contact_name = self.name.text().strip()
        p.contact_role = self.role.text().strip()
        p.contact_phone = self.phone.text().strip()
        p.contact_email = self.email.text().strip()
        return []
