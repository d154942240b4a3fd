"""The project list panel: search and filter bar, sortable table, visible/total counts."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core import taxonomy as tx
from ..core.summary import ProjectSummary
from . import labels
from . import project_model as pm
from .project_proxy import Filter, ProjectFilterProxy


class ProjectListPanel(QWidget):
    projectActivated = Signal(str)  # double-click / Enter: open in the form
    currentProjectChanged = Signal(str)
    filterChanged = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.model = pm.ProjectTableModel(lang, self)
        self.proxy = ProjectFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search title, purpose, partners… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search projects"))
        self.district = self._combo(self.tr("All districts"), self.tr("District filter"))
        for code in tx.district_ids():
            self.district.addItem(labels.district(code), code)
        self.goal = self._combo(self.tr("All SDGs"), self.tr("SDG filter"))
        for n in tx.goals():
            self.goal.addItem(labels.goal(n, lang), n)
        self.theme = self._combo(self.tr("All WHO themes"), self.tr("WHO theme filter"))
        for key in tx.themes():
            self.theme.addItem(labels.theme(key, lang), key)
        self.status = self._combo(self.tr("All statuses"), self.tr("Status filter"))
        for code in tx.STATUSES:
            self.status.addItem(labels.status(code), code)
        self.show_deleted = QCheckBox(self.tr("Show deleted"), self)
        self.show_deleted.setToolTip(self.tr("Deleted projects are kept and can be restored"))

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(pm.COL_TITLE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(pm.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        em = self.fontMetrics().averageCharWidth()
        # fixed widths in characters (ResizeToContents would measure all 100k rows)
        for col, chars in ((pm.COL_DISTRICT, 10), (pm.COL_STATUS, 11), (pm.COL_START, 10), (pm.COL_SDG, 14),
                           (pm.COL_GOALS, 9), (pm.COL_REVIEW, 10), (pm.COL_UPDATED, 11)):
            self.table.setColumnWidth(col, chars * em + 16)
        for col in (pm.COL_GOALS, pm.COL_UPDATED):
            self.table.setColumnHidden(col, True)  # shown on demand from the header's menu
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.setAccessibleName(self.tr("Project list"))
        self.count_label = QLabel(self)

        bar1 = QHBoxLayout()
        bar1.addWidget(self.search, 3)
        bar1.addWidget(self.show_deleted)
        bar2 = QHBoxLayout()
        for w in (self.district, self.goal, self.theme, self.status):
            # the combo shows a short start of the choice, its popup the whole text: the list panel can
            # then be narrower than the longest SDG name and leave the form room on a 1280/1366 px screen
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(8)
            w.view().setMinimumWidth(w.view().sizeHintForColumn(0) + 32)
            bar2.addWidget(w, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar1)
        lay.addLayout(bar2)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count_label)

        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.district, self.goal, self.theme, self.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.show_deleted.toggled.connect(self.apply_filter)
        self.proxy.countsChanged.connect(self._show_counts)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def _column_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        menu = QMenu(self)
        for col in range(1, pm.COLUMNS):
            a = menu.addAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            a.setCheckable(True)
            a.setChecked(not self.table.isColumnHidden(col))
            a.toggled.connect(lambda on, c=col: self.table.setColumnHidden(c, not on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def _combo(self, all_text: str, name: str) -> QComboBox:
        c = QComboBox(self)
        c.addItem(all_text, None)
        c.setAccessibleName(name)
        return c

    # -- data ----------------------------------------------------------------------------------------
    def set_rows(self, rows: list[ProjectSummary], title_keys: list | None = None) -> None:
        """``title_keys``: ``title_sort_keys(rows)`` if already computed (off the GUI thread)."""
        if title_keys is not None:
            self.proxy.preset_keys(pm.COL_TITLE, title_keys)
        self.model.set_rows(rows)

    def upsert(self, row: ProjectSummary) -> None:
        self.model.upsert(row)

    def current_filter(self) -> Filter:
        return Filter(
            text=self.search.text(),
            district=self.district.currentData(),
            goal=self.goal.currentData(),
            theme=self.theme.currentData(),
            status=self.status.currentData(),
            show_deleted=self.show_deleted.isChecked(),
        )

    def apply_filter(self) -> None:
        current = self.current_uuid()
        self.proxy.set_filter(self.current_filter())
        if current:
            self.select(current, emit=False)
        self.filterChanged.emit()

    def set_filter_values(self, district: str | None = None, goal: int | None = None) -> None:
        """Used by other views (e.g. a gap-matrix cell) to show the list filtered to them."""
        for combo, value in ((self.district, district), (self.goal, goal)):
            i = combo.findData(value)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)
        self.apply_filter()

    def _show_counts(self, visible: int, total: int) -> None:
        self.count_label.setText(self.tr("{visible} of {total} projects shown").format(
            visible=f"{visible:,}".replace(",", "."), total=f"{total:,}".replace(",", ".")))

    # -- selection -----------------------------------------------------------------------------------
    def current_uuid(self) -> str | None:
        idx = self.table.currentIndex()
        return self.proxy.uuid_at(idx.row()) if idx.isValid() else None

    def select(self, uuid: str, emit: bool = True) -> bool:
        row = self.proxy.proxy_row_of(uuid)
        if row is None:
            return False
        idx = self.proxy.index(row, 0)
        sm = self.table.selectionModel()
        sm.blockSignals(not emit)
        sm.setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
                           | QItemSelectionModel.SelectionFlag.Rows)
        sm.blockSignals(False)
        self.table.scrollTo(idx)
        return True

    def _activated(self, index) -> None:  # type: ignore[no-untyped-def]
        uuid = self.proxy.uuid_at(index.row())
        if uuid:
            self.projectActivated.emit(uuid)

    def _current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        uuid = self.proxy.uuid_at(current.row()) if current.isValid() else None
        if uuid:
            self.currentProjectChanged.emit(uuid)
