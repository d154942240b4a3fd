"""Opening a workspace in the window (GuiApp): the page-level integrity check runs beside the window
being built; a damaged file found that way closes the window and offers the latest backup."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from izsa_desktop.app import GuiApp
from izsa_desktop.services import demo
from izsa_desktop.store.backup import list_backups, make_backup
from izsa_desktop.ui import i18n, plain


def _gui(tmp_path) -> GuiApp:
    app = QApplication.instance()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return GuiApp(app, settings, i18n.install("tr"))


def _damage(path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 4: 4096 * 12] = b"\x00" * (4096 * 8)  # zeroed pages: only the integrity check sees them
    path.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)


def test_healthy_workspace_opens_and_its_deferred_check_passes(central_ws, tmp_path, qtbot):
    demo.generate(central_ws, 200, seed=3)
    path = central_ws.path
    central_ws.close()
    gui = _gui(tmp_path)
    assert gui.open(str(path), demo=False, seed=0)
    gui.show_window()
    qtbot.addWidget(gui.window)
    qtbot.waitUntil(lambda: gui.ws.integrity is None, timeout=10_000)  # checked, and found sound
    qtbot.waitUntil(lambda: gui.window.list_panel.proxy.rowCount() == 200, timeout=10_000)
    gui.ws.close()


def test_damage_found_after_the_window_opened_offers_the_backup(central_ws, tmp_path, qtbot, monkeypatch):
    demo.generate(central_ws, 400, seed=4)
    path = central_ws.path
    central_ws.close()
    good = make_backup(path, "daily")
    _damage(path)
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(plain, "ask", answer)
    monkeypatch.setattr(plain, "critical", lambda *a, **k: asked.append(a[2]))
    gui = _gui(tmp_path)
    assert gui.open(str(path), demo=False, seed=0)  # opening reads only sound pages
    assert not asked
    gui.show_window()
    first = gui.window
    qtbot.waitUntil(lambda: gui.window is not first and gui.window is not None, timeout=10_000)
    assert len(asked) == 1 and "yedek" in asked[0].lower()  # the Turkish question names the backup
    gui.ws.verify_integrity()  # the restored copy is sound
    qtbot.addWidget(gui.window)
    qtbot.waitUntil(lambda: gui.window.list_panel.proxy.rowCount() == 400, timeout=10_000)
    assert any(p.name.startswith(path.name) and p != path for p in path.parent.iterdir())  # damaged kept
    assert good in list_backups(path) or good.exists()
    gui.ws.close()
