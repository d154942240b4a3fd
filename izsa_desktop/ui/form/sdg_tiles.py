"""One SDG goal as a colour tile: official colour, white number and name, check mark when selected,
a star when it is the primary goal. Space/click toggles; the context menu (right-click, Menu key or
Shift+F10) makes it the primary goal."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget

from ...core.taxonomy import Goal

_MUTED = QColor("#4a4a4a")


def _mix(colour: str, other: QColor, amount: float) -> str:
    c = QColor(colour)
    r = round(c.red() * (1 - amount) + other.red() * amount)
    g = round(c.green() * (1 - amount) + other.green() * amount)
    b = round(c.blue() * (1 - amount) + other.blue() * amount)
    return QColor(r, g, b).name()


class GoalTile(QToolButton):
    primaryRequested = Signal(int)

    def __init__(self, goal: Goal, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal = goal
        self.name = goal.name(lang)
        self._primary = False
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setToolTip(f"{goal.number}. {self.name}\n{goal.title_en}")
        self.toggled.connect(lambda _on: self._refresh())
        self._refresh()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override): from the font, so projector scaling works
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 20, fm.height() * 5 + 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 17, fm.height() * 5 + 12)

    def is_primary(self) -> bool:
        return self._primary

    def set_primary(self, on: bool) -> None:
        self._primary = on
        self._refresh()

    def _refresh(self) -> None:
        on = self.isChecked()
        mark = ("★ " if self._primary else "✓ ") if on else ""
        wrapped = textwrap.fill(self.name, 16, break_long_words=False)
        self.setText(f"{mark}{self.goal.number}\n{wrapped}")
        bg = self.goal.color if on else _mix(self.goal.color, _MUTED, 0.55)
        border = "#000000" if on else bg
        self.setStyleSheet(
            "QToolButton {"
            f" background-color: {bg}; color: #ffffff; font-weight: bold;"
            f" border: 3px solid {border}; border-radius: 4px; padding: 4px; }}"
            "QToolButton:focus { border: 3px dashed #ffffff; outline: none; }"
            "QToolButton:disabled { color: #f0f0f0; }"
        )
        self.setAccessibleName(self._accessible_text())

    def _accessible_text(self) -> str:
        state = []
        if self.isChecked():
            state.append(self.tr("selected"))
        if self._primary:
            state.append(self.tr("primary goal"))
        base = self.tr("SDG {number}: {name}").format(number=self.goal.number, name=self.name)
        return f"{base} ({', '.join(state)})" if state else base

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        if not self.isEnabled():
            return
        menu = QMenu(self)
        act = menu.addAction(self.tr("Make this the primary goal"))
        act.setEnabled(not self._primary)
        act.triggered.connect(lambda: self.primaryRequested.emit(self.goal.number))
        menu.exec(event.globalPos())
