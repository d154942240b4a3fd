"""Filter-and-sort proxy for the project list, built for 100k rows.

``QSortFilterProxyModel`` calls a Python ``filterAcceptsRow`` once per row (0.3-0.5 s for 100k rows
from Python), so this proxy keeps its own row mapping instead: the filter runs as one list
comprehension over precomputed folded texts, and sorting uses cached Turkish collation keys per column.
The search text follows the rule of ``core.text`` (suffixes, glossary synonyms and abbreviations, unit
names not counted: ``ProjectRepo.search`` and the export give the same set), answered by a word index
(``core.search_index``) built on a worker thread when rows arrive, so a keystroke is look-ups.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..core.search_index import SearchIndex
from ..core.summary import ProjectSummary
from ..core.text import fold_words, row_matches, search_plan, sort_key
from . import project_model as pm

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Filter:
    text: str = ""
    district: str | None = None
    goal: int | None = None
    theme: str | None = None
    status: str | None = None
    show_deleted: bool = False
    only_own: bool = False

    def narrows(self, old: Filter) -> bool:
        """True when every row passing self also passes ``old`` (so only old's rows need testing). A
        changed search text never narrows: a longer query may mean another glossary concept ("ges" ->
        "gesi", "gunes" -> "gunes enerji" also finds GES), so it is looked up in the index again."""
        return replace(self, text=old.text) == old and fold_words(self.text) == fold_words(old.text)


def title_sort_keys(rows: list[ProjectSummary]) -> list[str]:
    """Sort keys of the title column (the default sort), the same as the proxy computes; Qt-free, so a
    loader thread can compute them while the GUI thread builds the window."""
    return [sort_key(r.title_tr) for r in rows]


def rows_with_keys(service) -> tuple[list[ProjectSummary], list[str]]:  # type: ignore[no-untyped-def]
    """A ProjectService's list rows with their title sort keys: what a loader thread hands the list."""
    rows = service.summaries()
    return rows, title_sort_keys(rows)


_DIRTY_MAX = 5000  # rows changed since the index was built, checked one by one; beyond: a new index
_THREAD_MIN = 2000  # fewer rows: the index is built when first needed (tens of ms), not on a thread


_INDEX_DELAY_S = 1.5  # the build waits this long (or for the first search) so it does not slow start-up


class _IndexBuild:
    """A ``SearchIndex`` built on a worker thread (Qt-free work on a snapshot of the rows' texts: ~1.4 s
    at 100k rows) when rows arrive. The thread first waits ``_INDEX_DELAY_S`` (it would otherwise compete
    for the interpreter with the window being painted) unless a search asks for it sooner; the first
    search joins it if it is not done yet."""

    def __init__(self, hays: list[str]) -> None:
        self._index: SearchIndex | None = None
        self._go = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(hays,), name="izsa-search-index", daemon=True)
        self._thread.start()

    def _run(self, hays: list[str]) -> None:
        self._go.wait(_INDEX_DELAY_S)
        self._index = SearchIndex(hays)

    def done(self) -> bool:
        return not self._thread.is_alive()

    def result(self) -> SearchIndex | None:
        self._go.set()
        self._thread.join()
        return self._index


class ProjectFilterProxy(QAbstractProxyModel):
    countsChanged = Signal(int, int)  # visible, total live

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.filter = Filter()
        self._order: list[int] = []  # source rows in sort order (all rows)
        self._map: list[int] = []  # proxy row -> source row
        self._inv: dict[int, int] | None = None
        self._sort_col, self._sort_order = pm.COL_TITLE, Qt.SortOrder.AscendingOrder
        self._keys: dict[int, list] = {}
        self._preset: dict[int, list] = {}  # keys computed elsewhere for the next reset's rows
        self._hay: list[str] = []  # folded search text per source row
        self._index: SearchIndex | None = None  # over self._hay as it was built, None: build on demand
        self._index_build: _IndexBuild | None = None  # the index of the current rows, being built
        self._dirty: set[int] = set()  # rows changed or added since self._index was built
        self._live: list[bool] = []
        self._live_total = 0
        self._sorted_for: tuple | None = None  # (generation, column, order) of self._order

    # -- wiring ---------------------------------------------------------------------------------------
    def setSourceModel(self, model: pm.ProjectTableModel) -> None:  # type: ignore[override]  # noqa: N802
        super().setSourceModel(model)
        model.modelReset.connect(self._rebuild)
        model.rowsInserted.connect(lambda _parent, first, last: self._refresh_rows(first, last))
        model.dataChanged.connect(lambda top, bottom, *_: self._refresh_rows(top.row(), bottom.row()))
        self._rebuild()

    def source(self) -> pm.ProjectTableModel:
        return self.sourceModel()  # type: ignore[return-value]

    def _rows(self) -> list[ProjectSummary]:
        return self.source().rows if self.sourceModel() is not None else []

    # -- filtering and sorting ---------------------------------------------------------------------------
    def set_filter(self, f: Filter) -> None:
        old, self.filter = self.filter, f
        candidates = self._map if f.narrows(old) else self._order
        self._apply(candidates)

    def preset_keys(self, column: int, keys: list) -> None:
        """Use ``keys`` (one per row of the next ``set_rows``) for ``column`` instead of computing them."""
        self._preset[column] = keys

    def wait_search_index(self) -> None:
        """Block until the search index of the current rows is built (benchmarks, tests)."""
        if self._index_build is not None:
            self._index_build.result()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (self._generation(), column, order) == self._sorted_for:
            return  # the view re-requests the same sort after every reset
        self._sort_col, self._sort_order = column, order
        self._order = self._sorted_order()
        self._apply(self._order)

    def _generation(self) -> int:
        return self.source().generation if self.sourceModel() is not None else -1

    def _rebuild(self, *args) -> None:  # type: ignore[no-untyped-def]
        rows = self._rows()
        self._keys = {c: k for c, k in self._preset.items() if len(k) == len(rows)}
        self._preset = {}
        self._hay = [r.search_text for r in rows]  # " " + words: " word" finds words starting with word
        self._index, self._dirty = None, set()
        self._index_build = _IndexBuild(list(self._hay)) if len(rows) >= _THREAD_MIN else None
        self._live = [not r.deleted for r in rows]
        self._live_total = sum(self._live)
        self._order = self._sorted_order()
        self._apply(self._order)

    def _refresh_rows(self, first: int, last: int) -> None:
        """Rows first..last were added or changed (a save, a delete): update only their cached search
        text, liveness and sort keys, then re-sort with the cached keys and re-filter."""
        rows = self._rows()
        for store in (self._hay, self._live, *self._keys.values()):
            del store[len(rows):]  # nothing to trim unless the model shrank
            store.extend([None] * (len(rows) - len(store)))  # room for appended rows
        memo: dict = {}
        for i in range(first, last + 1):
            r = rows[i]
            self._hay[i] = r.search_text
            self._dirty.add(i)
            self._live[i] = not r.deleted
            for col, keys in self._keys.items():
                keys[i] = self._key(col, r, memo)
        self._live_total = sum(self._live)
        self._order = self._sorted_order()
        self._apply(self._order)

    def _sorted_order(self) -> list[int]:
        self._sorted_for = (self._generation(), self._sort_col, self._sort_order)
        rows = self._rows()
        keys = self._key_list(self._sort_col, rows)
        order = sorted(range(len(rows)), key=keys.__getitem__)
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            order.reverse()
        return order

    def _key_list(self, col: int, rows: list[ProjectSummary]) -> list:
        cached = self._keys.get(col)
        if cached is not None and len(cached) == len(rows):
            return cached
        memo: dict = {}
        keys = self._keys[col] = [self._key(col, r, memo) for r in rows]
        return keys

    def _key(self, col: int, r: ProjectSummary, memo: dict):  # type: ignore[no-untyped-def]
        """Sort key of one row in one column (``memo`` caches per-district names within one pass)."""
        if col == pm.COL_TITLE:  # title_sort_keys() computes the same
            return sort_key(r.title_tr)
        if col == pm.COL_DISTRICT:
            name = memo.get(r.district)
            if name is None:
                name = memo[r.district] = sort_key(self.source()._display(r, col))
            return (name, sort_key(r.title_tr))
        if col == pm.COL_START:
            return r.start_date
        if col == pm.COL_SDG:
            return r.sdg_primary or 99
        if col == pm.COL_UPDATED:
            return r.updated_at
        return sort_key(self.source()._display(r, col))

    def _apply(self, candidates: list[int]) -> None:
        f, rows, live, hay = self.filter, self._rows(), self._live, self._hay
        if f.show_deleted or self._live_total == len(live):
            out = candidates
        else:
            out = [i for i in candidates if live[i]]
        if f.district:
            out = [i for i in out if rows[i].district == f.district]
        if f.status:
            out = [i for i in out if rows[i].status == f.status]
        if f.goal is not None:
            out = [i for i in out if f.goal in rows[i].sdg_goals]
        if f.theme:
            out = [i for i in out if f.theme in rows[i].who_themes]
        if f.only_own:
            out = [i for i in out if rows[i].origin == "local"]
        plan = search_plan(f.text) if fold_words(f.text) else ()  # (the glossary is read on the first search)
        if plan:  # the search rule of core.text, from the word index
            hits = self._text_hits(plan, hay)
            out = [i for i in out if i in hits]
        if out is candidates:
            out = list(out)
        self.beginResetModel()
        self._map = out
        self._inv = None
        self.endResetModel()
        self.countsChanged.emit(len(out), self._live_total)

    def _text_hits(self, plan, hay: list[str]) -> set[int]:  # type: ignore[no-untyped-def]
        """Source rows matching ``plan``: the index for the rows it was built on, the rule itself for rows
        changed or added since (a save, an import)."""
        if self._index is None and self._index_build is not None:
            self._index, self._index_build = self._index_build.result(), None
        ix = self._index
        if ix is None or len(ix) > len(hay) or len(self._dirty) > _DIRTY_MAX:
            ix = self._index = SearchIndex(list(hay))  # few rows, or many changed: built here
            self._dirty = set()
        hits = ix.plan_rows(plan)
        if self._dirty:
            hits -= self._dirty
            hits |= {i for i in self._dirty if i < len(hay) and row_matches(plan, hay[i])}
        return hits

    # -- proxy API -----------------------------------------------------------------------------------------
    def mapToSource(self, proxy: Index) -> QModelIndex:  # noqa: N802
        if not proxy.isValid() or proxy.row() >= len(self._map):
            return QModelIndex()
        return self.sourceModel().index(self._map[proxy.row()], proxy.column())

    def mapFromSource(self, source: Index) -> QModelIndex:  # noqa: N802
        if not source.isValid():
            return QModelIndex()
        if self._inv is None:
            self._inv = {s: p for p, s in enumerate(self._map)}
        p = self._inv.get(source.row())
        return QModelIndex() if p is None else self.index(p, source.column())

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._map)) or not (0 <= column < pm.COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._map)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else pm.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            return self.sourceModel().headerData(section, orientation, role)
        return None

    # -- helpers for the window ------------------------------------------------------------------------------
    def uuid_at(self, proxy_row: int) -> str | None:
        if 0 <= proxy_row < len(self._map):
            return self._rows()[self._map[proxy_row]].uuid
        return None

    def visible_uuids(self) -> list[str]:
        rows = self._rows()
        return [rows[i].uuid for i in self._map]

    def proxy_row_of(self, uuid: str) -> int | None:
        s = self.source().row_of(uuid)
        if s is None:
            return None
        idx = self.mapFromSource(self.sourceModel().index(s, 0))
        return idx.row() if idx.isValid() else None
