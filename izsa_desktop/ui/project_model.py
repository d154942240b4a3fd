"""The project list: a table model of immutable ``ProjectSummary`` rows.

Rows are snapshots (never live ORM objects); ``set_rows`` resets, ``upsert`` changes one row.
Filtering and sorting happen in ``ProjectFilterProxy`` (project_proxy.py).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPixmap

from ..core import taxonomy as tx
from ..core.summary import ProjectSummary
from . import labels
from .plain import tip as plain_tip

Index = QModelIndex | QPersistentModelIndex
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2

COL_TITLE, COL_DISTRICT, COL_STATUS, COL_START, COL_SDG, COL_GOALS, COL_REVIEW, COL_UPDATED = range(8)
COLUMNS = 8


class ProjectTableModel(QAbstractTableModel):
    def __init__(self, lang: str = "tr", parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.rows: list[ProjectSummary] = []
        self._row_of: dict[str, int] = {}
        self.lang = lang
        self._icons: dict[int, QIcon] = {}
        self.generation = 0  # bumped whenever rows change: lets the proxy drop cached keys

    # -- data ---------------------------------------------------------------------------------------
    def set_rows(self, rows: list[ProjectSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._row_of = {r.uuid: i for i, r in enumerate(self.rows)}
        self.generation += 1
        self.endResetModel()

    def upsert(self, row: ProjectSummary) -> int:
        i = self._row_of.get(row.uuid)
        self.generation += 1
        if i is None:
            i = len(self.rows)
            self.beginInsertRows(QModelIndex(), i, i)
            self.rows.append(row)
            self._row_of[row.uuid] = i
            self.endInsertRows()
        else:
            self.rows[i] = row
            self.dataChanged.emit(self.index(i, 0), self.index(i, COLUMNS - 1))
        return i

    def row_of(self, uuid: str) -> int | None:
        return self._row_of.get(uuid)

    # -- Qt model API --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Title"), self.tr("District"), self.tr("Status"), self.tr("Start"), self.tr("Primary SDG"),
            self.tr("SDGs"), self.tr("Review"), self.tr("Updated"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == UUID_ROLE:
            return r.uuid
        if role == SUMMARY_ROLE:
            return r
        if role == Qt.ItemDataRole.DecorationRole and col == COL_SDG and r.sdg_primary:
            return self._icon(r.sdg_primary)
        if role == Qt.ItemDataRole.ForegroundRole and r.deleted:
            return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.FontRole and (r.deleted or r.origin != "local"):
            f = QFont()
            f.setStrikeOut(r.deleted)
            f.setItalic(r.origin != "local")
            return f
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TITLE:
            tip = r.title_en or r.title_tr
            if r.deleted:
                tip += "\n" + self.tr("Deleted (can be restored)")
            if r.origin != "local":
                tip += "\n" + self.tr("From the central dataset (read-only)")
            return plain_tip(tip)  # a title from a bundle is text, never HTML
        return None

    def _display(self, r: ProjectSummary, col: int) -> str:
        if col == COL_TITLE:
            return r.title_tr
        if col == COL_DISTRICT:
            return labels.district(r.district)
        if col == COL_STATUS:
            return labels.status(r.status)
        if col == COL_START:
            d = r.start_date
            return f"{d[8:10]}.{d[5:7]}.{d[0:4]}" if len(d) == 10 else d
        if col == COL_SDG:
            return labels.goal(r.sdg_primary, self.lang)
        if col == COL_GOALS:
            return ", ".join(str(g) for g in r.sdg_goals)
        if col == COL_REVIEW:
            return labels.review_state(r.review_state)
        if col == COL_UPDATED:
            return r.updated_at[:10]
        return ""

    def _icon(self, goal: int) -> QIcon:
        icon = self._icons.get(goal)
        if icon is None:
            pm = QPixmap(14, 14)
            g = tx.goals().get(goal)
            pm.fill(QColor(g.color if g else "#999999"))
            icon = self._icons[goal] = QIcon(pm)
        return icon
