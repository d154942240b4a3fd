"""Text from data shown as plain text: titles, purposes, comments, names and reasons from a workspace or a
bundle never render as HTML.

Qt guesses rich text (``Qt.mightBeRichText``) in tooltips and in labels left at ``AutoText``, so a title
like ``<img src=…>`` or ``<a href=…>`` would be rendered. Labels get ``Qt.TextFormat.PlainText``;
tooltips, which have no format setting, get ``tip(text)``: the text escaped and wrapped as rich text
that shows exactly the characters of ``text``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def tip(text: str) -> str:
    """A tooltip that shows ``text`` literally (line breaks kept); "" stays "" (no tooltip)."""
    if not text:
        return ""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def plain_label(label: QLabel) -> QLabel:
    """``label`` set to show its text as plain text; returned for chaining."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


# -- message boxes ------------------------------------------------------------------------------------
# Every QMessageBox of the app is made here (a test checks the sources): its text and informative text
# are plain text, so a title, a file or district name, or a value quoted from a refused bundle is shown
# as its characters and never as a link that would open the browser. The functions mirror Qt's static
# ones (same arguments, same answer) so that callers read the same.

_Button = QMessageBox.StandardButton
_Icon = QMessageBox.Icon


def _plain_labels(box: QMessageBox) -> None:
    for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
        label = box.findChild(QLabel, name)
        if label is not None:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setOpenExternalLinks(False)
            label.setTextInteractionFlags(label.textInteractionFlags()
                                          & ~Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          & ~Qt.TextInteractionFlag.LinksAccessibleByKeyboard)


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = _Button.Ok,
                default: QMessageBox.StandardButton = _Button.NoButton, *,
                informative: str = "") -> QMessageBox:
    """A message box showing ``text`` (and ``informative``) as plain text; not shown yet."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        set_informative(box, informative)
    if default != _Button.NoButton:
        box.setDefaultButton(default)
    _plain_labels(box)
    return box


def set_informative(box: QMessageBox, text: str) -> None:
    """``box.setInformativeText`` as plain text (Qt makes that label rich-text capable with open links)."""
    box.setInformativeText(text)
    _plain_labels(box)


def run(box: QMessageBox) -> QMessageBox.StandardButton:
    """Show ``box`` modally; the standard button chosen (the escape button's when it was closed)."""
    box.exec()
    clicked = box.clickedButton()
    return box.standardButton(clicked) if clicked is not None else _Button.NoButton


def ask(parent: QWidget | None, title: str, text: str,
        buttons: QMessageBox.StandardButton = _Button.Yes | _Button.No,
        default: QMessageBox.StandardButton = _Button.NoButton) -> QMessageBox.StandardButton:
    """``QMessageBox.question`` with plain text."""
    return run(message_box(parent, _Icon.Question, title, text, buttons, default))


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
    """``QMessageBox.information`` with plain text."""
    return run(message_box(parent, _Icon.Information, title, text))


def warn(parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
    """``QMessageBox.warning`` with plain text."""
    return run(message_box(parent, _Icon.Warning, title, text))


def critical(parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
    """``QMessageBox.critical`` with plain text."""
    return run(message_box(parent, _Icon.Critical, title, text))
