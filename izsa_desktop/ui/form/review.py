"""The Review & visibility tab: who may see the record, and the central office's review (read-only
here: the review state and comment are set by the metropolitan central office and travel back)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ...core import taxonomy as tx
from ...core.model import Project
from .. import labels
from .base import Problems, Section, text_edit


class ReviewSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visibility = QComboBox(self.body)
        for code in tx.VISIBILITIES:
            self.visibility.addItem(labels.visibility(code), code)
        self.visibility.setToolTip(self.tr("Internal records stay out of public exports and the public map."))
        self.state = QLineEdit(self.body)
        self.state.setReadOnly(True)
        self.comment = text_edit(self.body, 3)
        self.comment.setReadOnly(True)
        self.comment.setPlaceholderText(self.tr("No comment from the central office."))
        self.add_row(self.tr("&Visibility:"), self.visibility, ("visibility",))
        self.add_row(self.tr("Review state:"), self.state, ("review_state",))
        self.add_row(self.tr("Reviewer's comment:"), self.comment, ("review_comment",))
        for w in (self.state, self.comment):
            w.setToolTip(self.tr("Set by the metropolitan central office."))
        self.watch(self.visibility)

    def load(self, p: Project, comment: str = "") -> None:
        self.visibility.setCurrentIndex(max(self.visibility.findData(p.visibility), 0))
        self.state.setText(labels.review_state(p.review_state))
        self.comment.setPlainText(comment or p.review_comment)

    def apply(self, p: Project) -> Problems:
        p.visibility = self.visibility.currentData()
        return []  # review_state / review_comment are never edited here

    def set_read_only(self, ro: bool) -> None:
        self.visibility.setEnabled(not ro)
