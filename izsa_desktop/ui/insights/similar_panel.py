"""Side panel next to the project form: the projects most similar to what the clerk is typing.

Edits restart a 400 ms debounce; then the form's project (ProjectForm.project(), public API) is
queried against the hub's in-memory index off the GUI thread. The index (~1 s and ~100 MB at 100k
projects) is built the first time the clerk types in the form or presses "Find similar projects", not
merely because a project was opened; once built it also follows the projects opened. Own-district and other-district matches
are listed apart, each with its score and why; activating one emits ``openRequested(uuid)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from .. import labels
from ..plain import tip
from .hub import InsightsHub

if TYPE_CHECKING:  # imported on first query (the stemmer costs ~50 ms of start-up)
    from ...services.similarity import Doc, Match

DEBOUNCE_MS = 400


class SimilarPanel(QWidget):
    openRequested = Signal(str)
    resultsShown = Signal(int)

    def __init__(self, form, hub: InsightsHub, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.form, self.hub = form, hub
        self._key: tuple | None = None
        self._pending: Doc | None = None
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.query_now)
        self.title = title = QLabel(self.tr("Similar projects"), self)
        f = title.font()
        f.setBold(True)
        title.setFont(f)
        self.status = QLabel(self.tr("Type a title to see similar projects."), self)
        self.status.setWordWrap(True)
        self.find_button = QPushButton(self.tr("Find similar projects"), self)
        self.find_button.clicked.connect(self.request)
        self.find_button.hide()
        self._wanted = False  # the index is built once similar projects are wanted (typing, the button)
        self.own_label = QLabel(self.tr("In this district"), self)
        self.own = self._list()
        self.other_label = QLabel(self.tr("In other districts"), self)
        self.other = self._list()
        lay = QVBoxLayout(self)
        for w in (title, self.status, self.find_button, self.own_label, self.own, self.other_label, self.other):
            lay.addWidget(w, 10 if isinstance(w, QListWidget) else 0)
        lay.addStretch(1)  # keeps the text and the button at the top while there are no results
        for w in (self.own_label, self.own, self.other_label, self.other):
            w.hide()  # shown with results
        self.setMinimumWidth(220)
        self._hook_form()
        hub.indexReady.connect(lambda _i: self.schedule())

    def _list(self) -> QListWidget:
        w = QListWidget(self)
        w.setWordWrap(True)
        w.itemActivated.connect(self._activated)
        w.itemDoubleClicked.connect(self._activated)
        return w

    def _hook_form(self) -> None:
        for e in self.form.findChildren(QLineEdit):
            e.textEdited.connect(self._typed)
        for e in self.form.findChildren(QPlainTextEdit) + self.form.findChildren(QTextEdit):
            e.textChanged.connect(self.schedule)
        self.form.dirtyChanged.connect(lambda dirty: self._typed() if dirty else self.schedule())

    def schedule(self, *_args) -> None:  # type: ignore[no-untyped-def]
        self.timer.start()

    def _typed(self, *_args) -> None:  # type: ignore[no-untyped-def]
        self._wanted = True
        self.schedule()

    def request(self) -> None:
        """"Find similar projects": build the index if needed and query now."""
        self._wanted = True
        self.query_now()

    def query_now(self) -> None:
        from ...services.similarity import Doc

        p = self.form.project()
        doc = Doc.of_project(p)
        key = (doc.text, doc.targets, doc.goals, doc.groups, doc.lat, doc.lon, doc.district)
        if key == self._key and self.hub.index is not None:
            return
        if not doc.text.strip():
            self._key = key
            self.find_button.hide()
            self._show([], doc)
            return
        if self.hub.index is None:
            self.find_button.setVisible(not self._wanted)
            if not self._wanted:
                self.status.setText(self.tr("Similar projects appear as you type, or on request."))
                return
            self.status.setText(self.tr("Preparing the similarity index…"))
            self.hub.ensure_index()
            return
        self.find_button.hide()
        self._key = key
        if self._busy:
            self._pending = doc
            return
        self._run(doc)

    def _run(self, doc: Doc) -> None:
        self._busy = True
        index = self.hub.index
        self.hub.runner.start(lambda progress, cancelled: index.query(doc, 12, min_score=0.12),
                              on_done=lambda ms: self._done(ms, doc), on_error=lambda e, tb: self._done([], doc))

    def _done(self, matches: list[Match], doc: Doc) -> None:
        self._busy = False
        if self._pending is not None:
            nxt, self._pending = self._pending, None
            self._run(nxt)
            return
        self._show(matches, doc)

    def _show(self, matches: list[Match], doc: Doc) -> None:
        self.own.clear()
        self.other.clear()
        for m in matches:
            target = self.own if m.district == doc.district else self.other
            if target.count() >= 6:
                continue
            it = QListWidgetItem(self._text(m), target)
            it.setData(Qt.ItemDataRole.UserRole, m.uuid)
            it.setToolTip(tip(m.title))
        self.own_label.setVisible(self.own.count() > 0)
        self.own.setVisible(self.own.count() > 0)
        self.other_label.setVisible(self.other.count() > 0)
        self.other.setVisible(self.other.count() > 0)
        n = self.own.count() + self.other.count()
        self.status.setText(self.tr("Double-click a project to open it.") if n else
                            self.tr("No similar projects yet.") if doc.text.strip() else
                            self.tr("Type a title to see similar projects."))
        self.resultsShown.emit(n)

    def _text(self, m: Match) -> str:
        head = f"{round(m.score * 100)}%  {m.title}"
        where = labels.district(m.district)
        if m.origin == "central":
            where += " · " + self.tr("central copy")
        why = []
        if m.shared_words:
            why.append(self.tr("words: {words}").format(words=", ".join(m.shared_words)))
        if m.shared_targets:
            why.append(self.tr("targets: {targets}").format(targets=", ".join(m.shared_targets)))
        if m.distance_km is not None:
            why.append(self.tr("{km:.1f} km away").format(km=m.distance_km))
        return "\n".join([head, where] + (["; ".join(why)] if why else []))

    def _activated(self, item: QListWidgetItem) -> None:
        uuid = item.data(Qt.ItemDataRole.UserRole)
        if uuid:
            self.openRequested.emit(uuid)
