"""The main window: project list on the left, the project form (and later map/insight tabs) on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ..core.errors import IzsaError
from ..services.actor import SETTINGS_KEY as ACTOR_KEY
from ..services.actor import acting_user
from ..services.changes import OpChanges
from ..services.concurrency import CANCEL, KEEP, RELOAD, CheckedProjectService
from ..services.workspace import Workspace
from . import labels, messages, plain
from .about import show_about
from .backup_menu import install_backup_menu
from .bundles import install_bundle_menu
from .export_menu import install_export_menu
from .form import ProjectForm
from .form.location import map_picker_factory
from .insights import install_insights
from .list_panel import ProjectListPanel
from .map_tab import MapTab
from .project_proxy import rows_with_keys
from .worker import Runner

FONT_KEY = "ui/font_pt"


class _DeleteCommand(QUndoCommand):
    """A delete already done when pushed (its first redo does nothing); undo restores and redo deletes
    again, each checked against the state the window last saw (a refused step leaves the stack)."""

    def __init__(self, window: MainWindow, uuid: str, title: str) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Delete “{title}”").format(title=title))
        self.window, self.uuid = window, uuid
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        if not self.window.set_deleted(self.uuid, True):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.window.set_deleted(self.uuid, False):
            self.setObsolete(True)


class MainWindow(QMainWindow):
    changesApplied = Signal(object)  # OpChanges, after the list has been refreshed
    rowsLoaded = Signal(int)

    def __init__(
        self,
        ws: Workspace,
        settings: QSettings,
        lang: str,
        on_language: Callable[[str], None] | None = None,
        on_reset_training: Callable[[], None] | None = None,
        parent: QWidget | None = None,
        web=None,  # a map.web.WebContext, or a callable making one on first use; None: no map
    ) -> None:
        super().__init__(parent)
        self.ws, self.settings, self.lang = ws, settings, lang
        # who acts (audit rows, updated_by): this person's own name or OS account, not the workspace's one
        # stored name; every save/delete/restore is checked against the version the window showed
        ws.actor = acting_user(ws, settings.value(ACTOR_KEY, ""))  # bundles, reviews, keys audit it too
        self.service = CheckedProjectService(ws, actor=ws.actor,
                                             resolver=self._resolve_conflict)
        self.conflict_box: QMessageBox | None = None  # the stale-save dialog while it is open
        self.runner = Runner(self)
        self.undo_stack = QUndoStack(self)
        self._on_language, self._on_reset_training = on_language, on_reset_training
        self._open_uuid: str | None = None  # the project shown in the form

        self.list_panel = ProjectListPanel(lang, self)
        # QtWebEngine's profile costs ~150 MB and ~0.3 s: it is made when a map is first shown
        self._web, self._web_factory = (None, web) if callable(web) else (web, None)
        has_map = web is not None
        factory = self._lazy_picker_factory() if has_map else None
        self.form = ProjectForm(self.service, self, picker_factory=factory)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.form, self.tr("Project"))
        self.map_tab = MapTab(self, self.web_context, self._basemap_store()) if has_map else None
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_panel)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self._split_done = False  # the list/form split is set once, when the window first has its size
        self.setCentralWidget(splitter)

        self.training_label = QLabel(self.tr("EĞİTİM / TRAINING"), self)
        self.training_label.setStyleSheet("QLabel { background:#c62828; color:white; font-weight:bold; padding:2px 8px; }")
        self.identity_label = plain.plain_label(QLabel(self))  # office and user names
        self.statusBar().addPermanentWidget(self.identity_label)
        self.statusBar().addPermanentWidget(self.training_label)
        self._build_actions()
        self.refresh_identity()

        self.list_panel.currentProjectChanged.connect(self.open_project)
        self.list_panel.projectActivated.connect(self._open_and_focus)
        self.form.saved.connect(self._on_saved)
        self.resize(1280, 800)
        install_insights(self)
        self.form.sectionBuilt.connect(self._hook_similar)
        install_bundle_menu(self)
        install_backup_menu(self)  # Project → Backups; automatic backups on close and daily

    def _hook_similar(self, section: QWidget) -> None:
        """The similar-projects panel follows typing in the form's inputs (it hooks those that exist when
        it is made); a tab built later gets the same wiring."""
        panel = self.similar_panel
        for e in section.findChildren(QLineEdit):
            e.textEdited.connect(panel._typed)
        for e in section.findChildren(QPlainTextEdit) + section.findChildren(QTextEdit):
            e.textChanged.connect(panel.schedule)

    # -- actions and menus ---------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, menu=None) -> QAction:  # type: ignore[no-untyped-def]
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(slot)
        if menu is not None:
            menu.addAction(a)
        return a

    def _build_actions(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu(self.tr("&Project"))
        self.act_new = self._action(self.tr("&New project"), self.new_project, QKeySequence.StandardKey.New, m)
        self.act_save = self._action(self.tr("&Save"), self.save_project, QKeySequence.StandardKey.Save, m)
        self.act_save.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_duplicate = self._action(self.tr("&Duplicate"), self.duplicate_project, "Ctrl+D", m)
        m.addSeparator()
        self.act_delete = self._action(self.tr("De&lete…"), self.delete_project, QKeySequence.StandardKey.Delete, m)
        self.act_restore = self._action(self.tr("&Restore deleted project"), self.restore_project, None, m)
        m.addSeparator()
        self._action(self.tr("Your &name in the history…"), self.ask_user_name, None, m)
        m.addSeparator()
        self.act_reset_training = self._action(self.tr("Reset &training data…"), self.reset_training, None, m)
        m.addSeparator()
        self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, m)

        e = mb.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        e.addAction(undo)
        e.addAction(redo)
        e.addSeparator()
        self._action(self.tr("&Find"), self._focus_search, QKeySequence.StandardKey.Find, e)

        v = mb.addMenu(self.tr("&View"))
        self._action(self.tr("&Larger text"), lambda: self.scale_font(+1), QKeySequence.StandardKey.ZoomIn, v)
        self._action(self.tr("&Smaller text"), lambda: self.scale_font(-1), QKeySequence.StandardKey.ZoomOut, v)
        self._action(self.tr("&Normal text size"), lambda: self.scale_font(0), "Ctrl+0", v)
        v.addSeparator()
        lang_menu = v.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("tr", "Türkçe"), ("en", "English")):
            a = QAction(name, self, checkable=True)
            a.setChecked(code == self.lang)
            a.setData(code)
            group.addAction(a)
            lang_menu.addAction(a)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
        self.language_actions = group
        if self.web is not None:
            mp = mb.addMenu(self.tr("&Map"))
            self._action(self.tr("Offline map &packs…"), self._map_packs, None, mp)
        h = mb.addMenu(self.tr("&Help"))
        self._action(self.tr("&About İZSA Desktop"), lambda: show_about(self), None, h)
        install_export_menu(self)

    # -- identity ------------------------------------------------------------------------------------
    def refresh_identity(self) -> None:
        ident = self.ws.identity
        where = labels.district(ident.district) if ident.role == "district" else labels.role("central")
        title = self.tr("İZSA Desktop") + f" — {ident.office or where}"
        if ident.training:
            title += " — " + self.tr("EĞİTİM / TRAINING")
        self.setWindowTitle(title)
        self.identity_label.setText(f"{where} · {self.service.user}")
        self.training_label.setVisible(ident.training)
        self.act_reset_training.setVisible(ident.training and self._on_reset_training is not None)

    # -- loading ---------------------------------------------------------------------------------------
    def load_rows_async(self) -> None:
        """Read the list and its title sort keys off the GUI thread, then show it."""
        self.statusBar().showMessage(self.tr("Loading projects…"))
        service = self.service
        self.runner.start(
            lambda progress, cancelled: rows_with_keys(service),
            on_done=lambda loaded: self._rows_loaded(*loaded),
            on_error=self._background_error,
            label=self.tr("Loading projects…"),
            parent_widget=self,
        )

    def load_rows(self) -> None:
        self._rows_loaded(self.service.summaries())

    def _rows_loaded(self, rows, title_keys=None) -> None:  # type: ignore[no-untyped-def]
        self.list_panel.set_rows(rows, title_keys)
        self.statusBar().clearMessage()
        if not self.form.is_dirty() and rows and self.list_panel.current_uuid() is None:
            first = self.list_panel.proxy.uuid_at(0)
            if first:
                self.list_panel.select(first)
        self.rowsLoaded.emit(len(rows))

    def apply_changes(self, op: OpChanges) -> None:
        """Refresh what an operation changed (services return it; screens decide)."""
        if op.all_projects:
            self.load_rows()
        else:
            for uuid in op.projects:
                row = self.service.summary(uuid)
                if row is not None:
                    self.list_panel.upsert(row)
            self.list_panel.apply_filter()
        current = self.list_panel.current_uuid()
        if current and current in op.projects and not self.form.is_dirty():
            stored = self.service.get(current)
            if stored:
                self._show_stored(stored)
        self.changesApplied.emit(op)

    def _show_stored(self, stored) -> None:  # type: ignore[no-untyped-def]
        """Load a stored project into the form, remembering the version it shows (read with it)."""
        self.service.remember(stored)
        self.form.load(stored.project, read_only=self._read_only(stored))

    # -- project commands ------------------------------------------------------------------------------
    def _read_only(self, stored) -> bool:  # type: ignore[no-untyped-def]
        return stored.meta.deleted or (stored.meta.origin != "local" and self.ws.identity.role != "central")

    def open_project(self, uuid: str) -> bool:
        current = self._open_uuid
        if current == uuid:  # already in the form (e.g. "open" in a map popup): just show the form
            self.tabs.setCurrentWidget(self.form)
            return True
        if not self.form.maybe_discard():
            if current:
                self.list_panel.select(current, emit=False)
            return False
        stored = self.service.get(uuid)
        if stored is None:
            return False
        self._open_uuid = uuid
        self._show_stored(stored)
        self.tabs.setCurrentWidget(self.form)
        return True

    def _open_and_focus(self, uuid: str) -> None:
        if self.open_project(uuid):
            self.form.setFocus()

    def new_project(self) -> None:
        if not self.form.maybe_discard():
            return
        p = self.service.new_project()
        self._open_uuid = p.id
        self.form.load(p)
        self.tabs.setCurrentWidget(self.form)
        self.form.setFocus()

    def save_project(self) -> bool:
        return self.form.save()

    def _on_saved(self, uuid: str, op: OpChanges) -> None:
        self.apply_changes(op)
        self.list_panel.select(uuid, emit=False)
        self.statusBar().showMessage(self.tr("Saved."), 4000)

    def duplicate_project(self) -> None:
        """Save a copy at once (so nothing is lost if the user navigates away) and open it."""
        uuid = self.list_panel.current_uuid()
        if not uuid or not self.form.maybe_discard():
            return
        try:
            copy = self.service.duplicate(uuid)
            copy.title_tr = self.tr("{title} (copy)").format(title=copy.title_tr)
            result = self.service.save(copy)
        except IzsaError as exc:
            self.show_error(exc)
            return
        self.apply_changes(result.op)
        self.list_panel.select(copy.id)
        self.statusBar().showMessage(self.tr("A copy was saved: edit it as needed."), 6000)

    def delete_project(self) -> None:
        uuid = self.list_panel.current_uuid()
        if not uuid:
            return
        stored = self.service.get(uuid)
        if stored is None or stored.meta.deleted:
            return
        if uuid != self._open_uuid or self.service.seen(uuid) is None:
            self.service.remember(stored)  # the state the question shows; the form's if it is open
        title = stored.project.title_tr
        answer = plain.ask(
            self, self.tr("Delete project"),
            self.tr("Delete “{title}”?\n\nIt is kept as deleted and can be restored (Edit → Undo, or "
                    "Project → Restore).").format(title=title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.set_deleted(uuid, True):
            self.undo_stack.push(_DeleteCommand(self, uuid, title))

    def set_deleted(self, uuid: str, deleted: bool) -> bool:
        """Delete or restore, checked against the version the window last saw; False if refused."""
        try:
            op = self.service.delete(uuid) if deleted else self.service.restore(uuid)
        except IzsaError as exc:
            if exc.code not in ("project_reloaded", "project_conflict_cancelled"):  # the user's own choice
                self.show_error(exc)
            self._refresh_row(uuid)
            return False
        self.apply_changes(op)
        return True

    def restore_project(self) -> None:
        uuid = self.list_panel.current_uuid()
        if not uuid:
            return
        stored = self.service.get(uuid)
        if stored is None or not stored.meta.deleted:
            return
        if uuid != self._open_uuid or self.service.seen(uuid) is None:
            self.service.remember(stored)
        if self.set_deleted(uuid, False):
            self.statusBar().showMessage(self.tr("Project restored."), 4000)

    # -- several staff: a project changed meanwhile ------------------------------------------------------
    def _resolve_conflict(self, action: str, exc: IzsaError) -> str:
        """The service found the project changed since the window showed it: ask what to do.
        Reload shows the current version (mine discarded); keep mine overwrites knowingly (audited)."""
        p = exc.params
        title, by, at = p.get("title") or "", p.get("by") or "?", messages.when(p.get("at") or "?")
        if action == "save":
            text = (self.tr("“{title}” was deleted by {by} at {at} while you were editing it.") if p.get("deleted")
                    else self.tr("“{title}” was changed by {by} at {at} while you were editing it."))
            info = self.tr("Reload: the current version is shown and your changes are discarded. Keep mine: "
                           "your version is saved over the current one, and the history records that you did so.")
            keep_text = self.tr("&Keep mine")
        else:
            text = self.tr("“{title}” was changed by {by} at {at} after you opened it.")
            if action == "delete":
                info = self.tr("Reload: the current version is shown and nothing is deleted. Delete anyway: the "
                               "project is deleted as it is now, and the history records that you did so.")
                keep_text = self.tr("&Delete anyway")
            else:
                info = self.tr("Reload: the current version is shown and nothing is restored. Restore anyway: "
                               "the project is restored as it is now, and the history records that you did so.")
                keep_text = self.tr("R&estore anyway")
        box = plain.message_box(self, QMessageBox.Icon.Warning, self.tr("Changed by someone else"),
                                text.format(title=title, by=by, at=at), QMessageBox.StandardButton.NoButton,
                                informative=info)
        box.setObjectName("conflictDialog")
        reload_button = box.addButton(self.tr("&Reload (discard mine)") if action == "save" else self.tr("&Reload"),
                                      QMessageBox.ButtonRole.AcceptRole)
        reload_button.setObjectName("reload")
        keep_button = box.addButton(keep_text, QMessageBox.ButtonRole.DestructiveRole)
        keep_button.setObjectName("keep")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("cancel")
        box.setDefaultButton(reload_button)
        box.setEscapeButton(cancel)
        self.conflict_box = box
        try:
            box.exec()
            clicked = box.clickedButton()
        finally:
            self.conflict_box = None
            box.deleteLater()
        if clicked is keep_button:
            return KEEP
        if clicked is reload_button:
            self._reload(str(p.get("id") or ""))
            return RELOAD
        return CANCEL

    def _reload(self, uuid: str) -> None:
        """Show the project as it is stored now (the form's unsaved changes are dropped)."""
        stored = self.service.get(uuid) if uuid else None
        if stored is None:
            return
        self.service.remember(stored)
        self._refresh_row(uuid)
        if uuid == self._open_uuid:
            self.form.load(stored.project, read_only=self._read_only(stored))

    def _refresh_row(self, uuid: str) -> None:
        """Show a project's current list row, keeping the selection."""
        current = self.list_panel.current_uuid()
        row = self.service.summary(uuid)
        if row is not None:
            self.list_panel.upsert(row)
            self.list_panel.apply_filter()
        if current:
            self.list_panel.select(current, emit=False)

    def ask_user_name(self) -> None:
        """The name recorded for this person's changes, kept in their own settings (not the workspace)."""
        name, ok = QInputDialog.getText(
            self, self.tr("Your name"),
            self.tr("The name recorded in the history for your changes (kept on this computer, for your "
                    "account only):"),
            QLineEdit.EchoMode.Normal, str(self.settings.value(ACTOR_KEY, "") or ""),
        )
        if not ok:
            return
        self.settings.setValue(ACTOR_KEY, name.strip())
        self.service.actor = self.ws.actor = acting_user(self.ws, name)
        self.refresh_identity()

    def reset_training(self) -> None:
        if self._on_reset_training is None:
            return
        answer = plain.ask(
            self, self.tr("Reset training data"),
            self.tr("Discard every change made in this training workspace and restore the sample data?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._open_uuid = None
            self._on_reset_training()

    # -- view ------------------------------------------------------------------------------------------
    def scale_font(self, step: int) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        font = app.font()
        base = int(self.settings.value("ui/font_base", font.pointSize()) or 10)
        self.settings.setValue("ui/font_base", base)
        size = base if step == 0 else max(7, min(40, font.pointSize() + 2 * step))
        font.setPointSize(size)
        app.setFont(font)
        self.settings.setValue(FONT_KEY, size)

    def set_language(self, lang: str) -> None:
        self.settings.setValue("ui/language", lang)
        if lang != self.lang and self._on_language is not None:
            self._on_language(lang)

    @property
    def web(self):  # type: ignore[no-untyped-def]
        return self._web if self._web is not None else self._web_factory

    def web_context(self):  # type: ignore[no-untyped-def]
        if self._web is None and self._web_factory is not None:
            self._web = self._web_factory()
        return self._web

    def _lazy_picker_factory(self):  # type: ignore[no-untyped-def]
        def build(parent: QWidget) -> QWidget:
            return map_picker_factory(self.web_context(), basemap_store=self._basemap_store())(parent)

        return build

    def _basemap_store(self):  # type: ignore[no-untyped-def]
        from ..map.basemaps import QSettingsBasemapStore

        return QSettingsBasemapStore(self.settings, "map/basemap")

    def _map_packs(self) -> None:
        from .map_packs import MapPacksDialog

        MapPacksDialog(self.web_context().handler.packs, self.settings, self).exec()

    def _focus_search(self) -> None:
        self.list_panel.search.setFocus()
        self.list_panel.search.selectAll()

    # -- errors ------------------------------------------------------------------------------------------
    def show_error(self, exc: IzsaError) -> None:
        plain.warn(self, self.tr("İZSA Desktop"), messages.error(exc))

    def _background_error(self, exc: BaseException, tb: str) -> None:
        if isinstance(exc, IzsaError):
            self.show_error(exc)
        else:
            plain.critical(self, self.tr("Unexpected error"), f"{exc}\n\n{tb[-2000:]}")

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if not self._split_done:  # list 58 %, form 42 % of what the docks leave (sizes before show are guesses)
            self._split_done = True
            w = self.splitter.width()
            self.splitter.setSizes([w * 58 // 100, w - w * 58 // 100])

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if not self.form.maybe_discard():
            event.ignore()
            return
        self.runner.wait(10_000)
        self.backups.on_close()  # a rotating backup beside the workspace (ui/backup_menu.py)
        event.accept()
