"""The SDG picker: 17 goal tiles, the primary goal, and the targets of the selected goals.

Rules kept here (the validator checks the same on save): the first selected goal becomes primary;
deselecting the primary passes it to the lowest remaining goal; deselecting a goal drops its targets;
checking a target (the search finds targets of any goal) selects its goal. Target texts are the
official English ones; in the Turkish UI the community translation is only a tooltip, marked unofficial.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import taxonomy as tx
from ...core.text import fold
from ..i18n import current_language
from .sdg_tiles import GoalTile

TARGET_ID = Qt.ItemDataRole.UserRole
COLUMNS = 6


class SdgPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = current_language()
        self._goals: list[int] = []
        self._primary: int | None = None
        self._targets: set[str] = set()
        self._order = {tid: i for i, tid in enumerate(tx.targets())}
        self._building = False
        self._read_only = False

        grid = QGridLayout()
        grid.setSpacing(4)
        self.tiles: dict[int, GoalTile] = {}
        for i, goal in enumerate(tx.goals().values()):
            tile = GoalTile(goal, self.lang, self)
            tile.clicked.connect(lambda on, n=goal.number: self.set_goal(n, on))
            tile.primaryRequested.connect(self.set_primary)
            grid.addWidget(tile, i // COLUMNS, i % COLUMNS)
            self.tiles[goal.number] = tile

        self.primary_combo = QComboBox(self)
        self.primary_combo.setAccessibleName(self.tr("Primary SDG goal"))
        self.primary_combo.activated.connect(lambda _i: self.set_primary(self.primary_combo.currentData()))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a target of any goal, e.g. 11.6 or waste"))
        self.search.setAccessibleName(self.tr("Find an SDG target"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._rebuild_targets())
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAccessibleName(self.tr("SDG targets of the selected goals"))
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.setMinimumHeight(self.fontMetrics().height() * 12)
        self.hint = QLabel(self.tr("Select goals above to list their targets here."), self)
        self.hint.setWordWrap(True)

        form = QFormLayout()
        primary_label = QLabel(self.tr("&Primary goal:"), self)
        primary_label.setBuddy(self.primary_combo)
        form.addRow(primary_label, self.primary_combo)
        targets_label = QLabel(self.tr("&Targets:"), self)
        targets_label.setBuddy(self.search)
        form.addRow(targets_label, self.search)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(grid)
        lay.addLayout(form)
        lay.addWidget(self.hint)
        lay.addWidget(self.tree, 1)
        self._sync()

    # -- value ---------------------------------------------------------------------------------------
    def goals(self) -> list[int]:
        return sorted(self._goals)

    def primary(self) -> int | None:
        return self._primary

    def targets(self) -> list[str]:
        return sorted(self._targets, key=lambda t: self._order.get(t, len(self._order)))

    def set_value(self, goals: list[int], primary: int | None, targets: list[str]) -> None:
        self._goals = [g for g in goals if g in self.tiles]
        self._primary = primary
        self._targets = set(targets)
        self._sync(emit=False)

    # -- edits ---------------------------------------------------------------------------------------
    def set_goal(self, number: int, on: bool) -> None:
        if on and number not in self._goals:
            self._goals.append(number)
            if self._primary is None:
                self._primary = number
        elif not on and number in self._goals:
            self._goals.remove(number)
            known = tx.targets()
            self._targets = {t for t in self._targets if t not in known or known[t].goal != number}
            if self._primary == number:
                self._primary = min(self._goals) if self._goals else None
        self._sync()

    def toggle_goal(self, number: int) -> None:
        self.set_goal(number, number not in self._goals)

    def set_primary(self, number: int | None) -> None:
        if number is not None and number not in self._goals:
            self._goals.append(number)
        self._primary = number
        self._sync()

    def set_target(self, target_id: str, on: bool) -> None:
        self._set_target(target_id, on, rebuild=True)

    def _set_target(self, target_id: str, on: bool, rebuild: bool) -> None:
        target = tx.targets().get(target_id)
        if target is None:
            return
        if on:
            self._targets.add(target_id)
            if target.goal not in self._goals:
                self._goals.append(target.goal)
                if self._primary is None:
                    self._primary = target.goal
        else:
            self._targets.discard(target_id)
        self._sync(rebuild=rebuild)

    def target_item(self, target_id: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, TARGET_ID) == target_id:
                    return top.child(j)
        return None

    def set_read_only(self, ro: bool) -> None:
        for tile in self.tiles.values():
            tile.setEnabled(not ro)
        self.primary_combo.setEnabled(not ro)
        self._read_only = ro
        self._rebuild_targets()

    # -- view ----------------------------------------------------------------------------------------
    def _sync(self, emit: bool = True, rebuild: bool = True) -> None:
        for n, tile in self.tiles.items():
            tile.blockSignals(True)
            tile.setChecked(n in self._goals)
            tile.set_primary(n == self._primary)
            tile.blockSignals(False)
        self.primary_combo.blockSignals(True)
        self.primary_combo.clear()
        for n in self.goals():
            self.primary_combo.addItem(f"{n}. {tx.goals()[n].name(self.lang)}", n)
        self.primary_combo.setCurrentIndex(self.primary_combo.findData(self._primary))
        self.primary_combo.blockSignals(False)
        if rebuild:  # not from the tree's own itemChanged: the item shown is already right
            self._rebuild_targets()
        if emit:
            self.changed.emit()

    def _rebuild_targets(self) -> None:
        query = fold(self.search.text().strip())
        if query:
            shown = [t for t in tx.targets().values() if query in fold(t.id) or query in fold(t.text_en)
                     or query in fold(t.text_tr_unofficial)]
        else:
            shown = [t for g in self.goals() for t in tx.targets_of(g)]
        shown += [tx.targets()[t] for t in self._targets if t in tx.targets() and tx.targets()[t] not in shown
                  and not query]
        read_only = self._read_only
        self._building = True
        self.tree.clear()
        parents: dict[int, QTreeWidgetItem] = {}
        for t in sorted(shown, key=lambda t: self._order[t.id]):
            parent = parents.get(t.goal)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [f"{t.goal}. {tx.goals()[t.goal].name(self.lang)}"])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parents[t.goal] = parent
            item = QTreeWidgetItem(parent, [f"{t.id}  {t.text_en}"])
            item.setData(0, TARGET_ID, t.id)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags if read_only else flags | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(0, Qt.CheckState.Checked if t.id in self._targets else Qt.CheckState.Unchecked)
            tip = t.text_en
            if self.lang == "tr" and t.text_tr_unofficial:
                tip += "\n\n" + self.tr("{text} (unofficial translation)").format(text=t.text_tr_unofficial)
            item.setToolTip(0, tip)
        self.tree.expandAll()
        self._building = False
        self.hint.setVisible(not shown)

    def _on_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        tid = item.data(0, TARGET_ID)
        if self._building or not tid:
            return
        self._set_target(tid, item.checkState(0) == Qt.CheckState.Checked, rebuild=False)
