"""The message panel at the top of the form: read-only / review banners and the list of problems, each
a keyboard-reachable link that jumps to its field."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from .fields import ERROR_COLOUR, WARNING_COLOUR

INFO_COLOUR = "#0b4f8a"


def banner(parent: QWidget) -> QLabel:
    lab = QLabel(parent)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lab.hide()
    return lab


def show_banner(lab: QLabel, text: str, colour: str) -> None:
    lab.setText(text)
    lab.setAccessibleName(text)
    lab.setStyleSheet(f"QLabel {{ border: 2px solid {colour}; color: {colour}; padding: 6px;"
                      " border-radius: 4px; font-weight: bold; }")
    lab.setVisible(bool(text))


class IssueSummary(QFrame):
    """Errors (red) and warnings (amber) with a heading; ``fieldActivated(field)`` on a link."""

    fieldActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.label.linkActivated.connect(lambda link: self.fieldActivated.emit(link.removeprefix("field:")))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.addWidget(self.label)
        self.errors: list[tuple[str, str]] = []
        self.warnings: list[tuple[str, str]] = []
        self.hide()

    def show_items(self, heading: str, errors: list[tuple[str, str]], warnings: list[tuple[str, str]],
                   tab_of: dict[str, str]) -> None:
        """``errors``/``warnings``: (field, text); ``tab_of`` names the tab of each field."""
        self.errors, self.warnings = errors, warnings
        if not errors and not warnings and not heading:
            self.hide()
            return
        rows = [f"<b>{escape(heading)}</b>"] if heading else []
        for colour, mark, items in ((ERROR_COLOUR, "✖", errors), (WARNING_COLOUR, "⚠", warnings)):
            for field, text in items:
                where = tab_of.get(field, "")
                suffix = f" <a href='field:{escape(field)}'>{escape(where)}</a>" if where else ""
                rows.append(f"<span style='color:{colour}'>{mark} {escape(text)}</span>{suffix}")
        self.label.setText("<br>".join(rows))
        plain = "; ".join(t for _f, t in errors + warnings)
        self.label.setAccessibleName(f"{heading} {plain}".strip())
        colour = ERROR_COLOUR if errors else WARNING_COLOUR if warnings else INFO_COLOUR
        self.setStyleSheet(f"IssueSummary {{ border: 2px solid {colour}; border-radius: 4px; }}")
        self.show()
