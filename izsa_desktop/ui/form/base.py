"""What every tab of the project form has: rows of labelled inputs with inline messages, load/apply of
its part of the Project, and a read-only mode."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Project
from .fields import FieldBox

Problems = list[tuple[str, str]]  # (field, translated message) for text that cannot be read


class LoadProblem(Exception):
    """A section cannot show a value of the record it is given (``field``): the form then shows nothing
    of that record (see ``ProjectForm.load``)."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def plain(label: str) -> str:
    """A label without its mnemonic ampersand and trailing colon, for accessible names."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()


class Section(QScrollArea):
    """One tab: a scrollable form (projector font sizes make tabs taller than the window)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # not a Tab stop of its own: Tab goes from input to input (a focused scroll area shows nothing and
        # swallows what is typed); moving focus to an input scrolls it into view
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget(self)
        self.layout_ = QVBoxLayout(self.body)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(self.form)
        self.layout_.addStretch(1)  # rows keep their natural height; the space goes below
        self.setWidget(self.body)
        self.boxes: dict[str, FieldBox] = {}
        self.inputs: list[QWidget] = []

    def add_row(self, label: str, widget: QWidget, fields: tuple[str, ...] = (), *,
                accessible: str | None = None, form: QFormLayout | None = None) -> FieldBox:
        box = FieldBox(widget, self.body)
        lab = QLabel(label, self.body)
        lab.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(accessible or plain(label))
        (form or self.form).addRow(lab, box)
        for f in fields:
            self.boxes[f] = box
        self.inputs.append(widget)
        return box

    def watch(self, *widgets: QWidget) -> None:
        """Forward the edit signals of plain Qt inputs to ``changed``."""
        for w in widgets:
            if isinstance(w, QLineEdit):
                w.textEdited.connect(self.changed)
            elif isinstance(w, QPlainTextEdit):
                w.textChanged.connect(self.changed)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self.changed)
            elif isinstance(w, QAbstractButton):
                w.toggled.connect(self.changed)
            elif hasattr(w, "changed"):
                w.changed.connect(self.changed)

    # -- overridden by each tab ------------------------------------------------------------------
    def load(self, p: Project) -> None:
        """Show ``p``'s part; ``LoadProblem(field)`` when a value cannot be shown (any other exception is
        treated the same way by the form)."""
        raise NotImplementedError

    def apply(self, p: Project) -> Problems:
        """Write this tab's values into ``p``; return the texts that could not be read."""
        raise NotImplementedError

    def set_read_only(self, ro: bool) -> None:
        """Text stays selectable (read-only); everything else is disabled."""
        for w in self.body.findChildren(QWidget):
            if hasattr(w, "set_read_only"):
                w.set_read_only(ro)
            elif isinstance(w, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
                w.setReadOnly(ro)
            elif isinstance(w, (QComboBox, QAbstractButton, QAbstractItemView)) and not _inside_custom(w):
                w.setEnabled(not ro)


def _inside_custom(w: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None and not isinstance(p, Section):
        if hasattr(p, "set_read_only"):
            return True
        p = p.parentWidget()
    return False


def text_edit(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    """A multi-line box whose height follows the font; Tab moves focus instead of typing a tab."""
    e = QPlainTextEdit(parent)
    e.setTabChangesFocus(True)
    e.setMinimumHeight(e.fontMetrics().lineSpacing() * lines + 12)
    e.setMaximumHeight(e.fontMetrics().lineSpacing() * (lines + 3) + 12)
    return e
