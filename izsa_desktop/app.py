"""GUI composition root: Qt setup, translations, workspace opening (with its failure dialogs), window."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .core.errors import IzsaError
from .services.workspace import (
    Workspace,
    default_workspace_path,
    init_workspace,
    latest_backup,
    open_workspace,
)
from .store.backup import restore_backup
from .ui import i18n, messages, plain

ORG, APP = "IZSA", "izsa-desktop"


def prepare_qt() -> None:
    """Must run before the QApplication exists."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to start its sandbox as root (see docs/qt-webengine notes)
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    from .map.scheme import register_schemes

    register_schemes()


def make_web_context(app: QApplication, settings: QSettings):  # type: ignore[no-untyped-def]
    """The one QtWebEngine profile of the process: izsa:// scheme, request blocker, map packs, and the
    optional online tile layer (off unless enabled in the map packs dialog)."""
    from .map.packstore import PackStore
    from .map.web import WebContext
    from .ui.map_packs import ONLINE_ATTR, ONLINE_ENABLED, ONLINE_URL

    data = user_data_dir()
    online = None
    url = str(settings.value(ONLINE_URL, "") or "")
    if settings.value(ONLINE_ENABLED, False, type=bool) and url:
        from .map.tilecache import OnlineLayer, TileCache

        layer = OnlineLayer(url_template=url, attribution=str(settings.value(ONLINE_ATTR, "")), name="online",
                            enabled=True)
        online = TileCache(data / "tile-cache", layer, online=True)
    return WebContext.create(parent=app, packs=PackStore(data / "tiles"), online=online)


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def install_crash_reporter(app: QApplication):  # type: ignore[no-untyped-def]
    """Uncaught exceptions (a slot, a timer, a thread) are logged to ``<user data>/logs/errors.log`` and
    shown in one translated dialog instead of leaving the app running silently half-updated."""
    from .ui import crash

    return crash.install(user_data_dir() / "logs", app)


def resume_gc() -> None:
    """End of start-up: ``__main__.preload_gui`` paused the cyclic garbage collector. What start-up made
    (modules, Qt wrappers, the project list) lives as long as the process, so it is frozen out of
    future collections and the collector runs again for what comes next."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _retire(window) -> None:  # type: ignore[no-untyped-def]
    """Hide a replaced main window and let Qt delete it."""
    if window is not None:
        window.hide()
        window.deleteLater()


class GuiApp:
    def __init__(self, app: QApplication, settings: QSettings, lang: str, web=None) -> None:  # type: ignore[no-untyped-def]
        self.app, self.settings, self.lang = app, settings, lang
        self._web_factory = web  # a WebContext, or a callable making it; made once, on first use
        self._web = None
        self.ws: Workspace | None = None
        self.window = None

    def open(self, db: str | None, demo: bool, seed: int) -> bool:
        if demo:
            from .services.training import create_training_workspace

            self.ws = create_training_workspace(seed=seed)
            return True
        target = db or str(default_workspace_path())
        ws = self._open_with_dialogs(target)
        if ws is None:
            return False
        if not ws.identity.configured:
            ws = self._first_run(ws)
        self.ws = ws
        return ws is not None

    def _open_with_dialogs(self, target: str) -> Workspace | None:
        try:
            # the page-level integrity check runs beside the window being built (see _watch_integrity)
            ws = open_workspace(target, deferred_check=True)
        except IzsaError as exc:
            return self._open_failed(exc, target)
        if ws.migrated_backup:
            plain.inform(
                None, QApplication.translate("GuiApp", "Workspace updated"),
                QApplication.translate("GuiApp", "The workspace was upgraded to the new format. A backup of the "
                                       "old file was kept: {path}").format(path=ws.migrated_backup),
            )
        return ws

    def _open_failed(self, exc: IzsaError, target: str) -> Workspace | None:
        """A workspace that cannot be opened: say why; for a damaged file offer the latest backup."""
        resume_gc()  # a dialog waits for the user: start-up is over
        if exc.code == "workspace_corrupt" and "://" not in target:
            backup = latest_backup(Path(target))
            if backup is not None:
                answer = plain.ask(
                    None, QApplication.translate("GuiApp", "Damaged workspace"),
                    messages.error(exc) + "\n\n" + QApplication.translate(
                        "GuiApp", "Restore the latest backup ({name})? The damaged file is kept beside it."
                    ).format(name=backup.name),
                )
                if answer == QMessageBox.StandardButton.Yes:
                    restore_backup(backup, Path(target))
                    return self._open_with_dialogs(target)
                return None
        plain.critical(None, QApplication.translate("GuiApp", "İZSA Desktop"), messages.error(exc))
        return None

    def _watch_integrity(self) -> None:
        """Poll the deferred integrity check; a damaged file closes the window and offers the backup."""
        ws = self.ws
        if ws is None or ws.integrity is None:
            return
        if not ws.integrity.done():
            QTimer.singleShot(40, self._watch_integrity)
            return
        try:
            ws.verify_integrity()
        except IzsaError as exc:
            _retire(self.window)
            self.window, self.ws = None, None
            ws.close()
            self.ws = self._open_failed(exc, ws.target)
            if self.ws is None:
                self.app.exit(2)
            else:
                self.show_window()
            return
        ws.integrity = None

    def _first_run(self, ws: Workspace) -> Workspace | None:
        from .ui.wizard import SetupWizard

        resume_gc()
        wizard = SetupWizard()
        if wizard.exec() != SetupWizard.DialogCode.Accepted:
            return None
        a = wizard.answers()
        target = ws.target
        ws.close()
        return init_workspace(target, a.role, district=a.district, office=a.office, user=a.user)

    def show_window(self) -> None:
        from .ui.main_window import MainWindow

        assert self.ws is not None
        self.window = MainWindow(self.ws, self.settings, self.lang, on_language=self.switch_language,
                                 on_reset_training=self.reset_training if self.ws.identity.training else None,
                                 web=self.web if self._web_factory is not None else None)
        self.window.show()
        self.window.rowsLoaded.connect(resume_gc)
        QTimer.singleShot(10_000, resume_gc)  # also when the list failed to load
        self.window.load_rows_async()
        if self.ws.integrity is not None:
            QTimer.singleShot(0, self._watch_integrity)

    def web(self):  # type: ignore[no-untyped-def]
        """The process's one WebContext, made on first use and shared by every window."""
        if self._web is None and self._web_factory is not None:
            self._web = self._web_factory() if callable(self._web_factory) else self._web_factory
        return self._web

    def switch_language(self, lang: str) -> None:
        old = self.window
        self.lang = i18n.install(lang)
        self.show_window()
        _retire(old)

    def close_training(self) -> None:
        """The app ends: a training workspace is thrown away with its temp folder (see services/training)."""
        if self.ws is not None and self.ws.identity.training:
            from .services.training import discard_training_workspace

            ws, self.ws = self.ws, None
            discard_training_workspace(ws)

    def reset_training(self) -> None:
        assert self.ws is not None
        from .services.training import reset_training_workspace

        old = self.window
        self.ws = reset_training_workspace(self.ws)
        self.show_window()
        _retire(old)


def run_gui(db: str | None, demo: bool, seed: int = 35, lang: str | None = None, selftest: str | None = None) -> int:
    """The app's life; ``selftest`` (``IZSA_SELFTEST``, see ui/selftest.py) checks a build and exits."""
    from .ui import qtlog

    qtlog.install(user_data_dir() / "logs")  # Qt's machine warnings to a log file, not the console
    qtlog.chromium_quiet()
    prepare_qt()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    settings = QSettings(ORG, APP)
    lang = i18n.install(lang or i18n.preferred_language(settings))
    install_crash_reporter(app)
    size = settings.value("ui/font_pt")
    if size:
        font = app.font()
        font.setPointSize(int(size))
        app.setFont(font)
    gui = GuiApp(app, settings, lang, web=lambda: make_web_context(app, settings))
    try:
        if not gui.open(db, demo, seed):
            return 2
        gui.show_window()
        if selftest:
            from .ui.selftest import attach

            attach(gui, selftest)
        return app.exec()
    finally:
        gui.close_training()
