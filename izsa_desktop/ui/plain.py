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
from PySide6.QtWidgets import QLabel


def tip(text: str) -> str:
    """A tooltip that shows ``text`` literally (line breaks kept); "" stays "" (no tooltip)."""
    if not text:
        return ""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def plain_label(label: QLabel) -> QLabel:
    """``label`` set to show its text as plain text; returned for chaining."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
