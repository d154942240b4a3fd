"""First-run setup: role (one of the 30 district offices, or the metropolitan central office), office
name and user name. The answers become the workspace identity."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core import taxonomy as tx


@dataclass(frozen=True)
class SetupAnswers:
    role: str
    district: str
    office: str
    user: str


class _RolePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to İZSA Desktop"))
        self.setSubTitle(self.tr("Who will use this workspace? You can record projects offline; "
                                 "they are shared later as signed bundles."))
        self.district_role = QRadioButton(self.tr("A &district municipality office"), self)
        self.central_role = QRadioButton(self.tr("The &metropolitan central office (merges all districts)"), self)
        self.district_role.setChecked(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.district_role)
        lay.addWidget(self.central_role)
        lay.addStretch(1)

    def role(self) -> str:
        return "central" if self.central_role.isChecked() else "district"


class _OfficePage(QWizardPage):
    def __init__(self, role_page: _RolePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role_page = role_page
        self.setTitle(self.tr("Your office"))
        self.district = QComboBox(self)
        self.district.setAccessibleName(self.tr("District"))
        for d in tx.districts():
            self.district.addItem(d.name, d.id)
        self.office = QLineEdit(self)
        self.office.setAccessibleName(self.tr("Office name"))
        self.user = QLineEdit(self)
        self.user.setAccessibleName(self.tr("Your name"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        self.district_label = QLabel(self.tr("&District:"), self)
        self.district_label.setBuddy(self.district)
        form.addRow(self.district_label, self.district)
        office_label = QLabel(self.tr("&Office name:"), self)
        office_label.setBuddy(self.office)
        form.addRow(office_label, self.office)
        user_label = QLabel(self.tr("Your &name:"), self)
        user_label.setBuddy(self.user)
        form.addRow(user_label, self.user)
        form.addRow(self.hint)
        self.registerField("office*", self.office)
        self.registerField("user*", self.user)
        self.district.currentIndexChanged.connect(self._suggest_office)

    def initializePage(self) -> None:  # noqa: N802
        central = self.role_page.role() == "central"
        self.district.setVisible(not central)
        self.district_label.setVisible(not central)
        if central:
            self.office.setText(self.tr("İzmir Metropolitan Municipality – Sustainability Network (İZSA)"))
            self.hint.setText(self.tr("The central office verifies and merges the districts' bundles."))
        else:
            self._suggest_office()
            self.hint.setText(self.tr("Projects you enter belong to this district."))

    def _suggest_office(self) -> None:
        if self.role_page.role() == "district":
            self.office.setText(self.tr("{district} Municipality").format(district=self.district.currentText()))


class SetupWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("İZSA Desktop – first-run setup"))
        self.role_page = _RolePage(self)
        self.office_page = _OfficePage(self.role_page, self)
        self.addPage(self.role_page)
        self.addPage(self.office_page)
        self.setMinimumWidth(560)

    def answers(self) -> SetupAnswers:
        role = self.role_page.role()
        return SetupAnswers(
            role=role,
            district=self.office_page.district.currentData() if role == "district" else "",
            office=self.office_page.office.text().strip(),
            user=self.office_page.user.text().strip(),
        )
