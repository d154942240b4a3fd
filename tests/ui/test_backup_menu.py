"""Project → Backups in the main window (pytest-qt, offscreen, real files, dialogs driven programmatically):
Back up to… a folder, Restore from backup… (verified, confirmed, window reopened on the restored data),
the signing key's backup and restore, and the automatic backup on close."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from test_bundle_helpers import PASS, add_projects, district  # noqa: E402

from izsa_desktop.services.key_backup import read_backup  # noqa: E402
from izsa_desktop.services.keys import KeyService  # noqa: E402
from izsa_desktop.services.projects import ProjectService  # noqa: E402
from izsa_desktop.services.workspace import init_workspace  # noqa: E402
from izsa_desktop.store import backup as store  # noqa: E402
from izsa_desktop.ui import i18n  # noqa: E402
from izsa_desktop.ui.main_window import MainWindow  # noqa: E402

BACKUP_PASS = "usb bellekteki yedek"


def _window(qtbot, ws, tmp_path, register: bool = True) -> MainWindow:
    w = MainWindow(ws, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "tr")
    if register:  # a window the test replaces (restore reopens it) is deleted by Qt, not closed by qtbot
        qtbot.addWidget(w)
    w.show()
    w.load_rows()
    return w


@pytest.fixture
def home(tmp_path):
    i18n.install("tr")
    p = tmp_path / "Çağrı Öztürk" / "İZSA verileri"
    p.mkdir(parents=True)
    yield p
    i18n.install("en")


def _choose(qtbot, ctl, path: Path) -> None:
    dlg = ctl.dialog
    qtbot.waitUntil(dlg.isVisible)
    dlg.fileSelected.emit(str(path))  # what the dialog emits when the clerk picks this path
    dlg.done(1)


def test_back_up_to_folder_then_restore_reopens_the_window(qtbot, home):
    ws = district(home, "bornova")
    ids = add_projects(ws, 4)
    w = _window(qtbot, ws, home, register=False)
    qtbot.waitUntil(lambda: w.list_panel.proxy.rowCount() == 4, timeout=10_000)
    assert w.act_backup_to.text() == "&Yedeği şuraya al…" and w.act_backup_to.isEnabled()
    usb = home / "USB Bellek"
    usb.mkdir()
    ctl = w.backups
    w.act_backup_to.trigger()
    with qtbot.waitSignal(ctl.backedUp, timeout=20_000) as sig:
        _choose(qtbot, ctl, usb)
    made = Path(sig.args[0].path)
    assert made.parent == usb and store.verify_backup(made).manifest["projects"] == 4
    before = store.content_hash(ws.path)
    # later work that the restore will undo
    ProjectService(ws).delete(ids[0])
    add_projects(ws, 2, seed=5)
    # Restore from backup…: choose the file, it is verified off the GUI thread, then confirmed
    w.act_restore_backup.trigger()
    _choose(qtbot, ctl, made)
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, QMessageBox) and ctl.dialog.isVisible(), timeout=20_000)
    box = ctl.dialog
    assert "4" in box.text()
    with qtbot.waitSignal(ctl.reopened, timeout=20_000) as re:
        with qtbot.waitSignal(ctl.restored, timeout=20_000) as rs:
            box.button(QMessageBox.StandardButton.Yes).click()
    result = rs.args[0]
    assert store.content_hash(ws.path) == before and Path(result.kept).exists()
    new = re.args[0]
    qtbot.addWidget(new)
    qtbot.waitUntil(lambda: new.list_panel.proxy.rowCount() == 4, timeout=10_000)
    assert new is not w and new.ws is ws and new.isVisible()
    assert not ProjectService(ws).get(ids[0]).meta.deleted
    new.runner.wait(10_000)


def test_restore_refuses_a_damaged_backup_and_changes_nothing(qtbot, home):
    ws = district(home, "bornova")
    add_projects(ws, 2)
    w = _window(qtbot, ws, home)
    bad = home / "bozuk.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    store.manifest_path(bad).write_text('{"format": "izsa-backup-v1", "file_sha256": "0"}')
    before = store.content_hash(ws.path)
    errors = []
    w._background_error = lambda exc, tb="": errors.append(exc)
    w.act_restore_backup.trigger()
    _choose(qtbot, w.backups, bad)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors[0].code == "backup_hash_mismatch" and store.content_hash(ws.path) == before
    w.runner.wait(10_000)


def test_key_backup_and_restore_dialogs(qtbot, home):
    ws = district(home, "bornova")
    w = _window(qtbot, ws, home)
    ctl = w.backups
    w.act_key_backup.trigger()
    dlg = ctl.dialog
    qtbot.waitUntil(dlg.isVisible)
    dlg.edits["key"].setText(PASS)
    dlg.edits["backup"].setText(BACKUP_PASS)
    dlg.edits["backup_again"].setText("başka bir parola")
    dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    assert dlg.isVisible() and dlg.problem.text()  # the repeat does not match: stays open
    dlg.edits["backup_again"].setText(BACKUP_PASS)
    dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    keyfile = home / "anahtar yedeği.izsakey"
    with qtbot.waitSignal(ctl.keyDone, timeout=20_000):
        _choose(qtbot, ctl, keyfile)
    assert read_backup(keyfile)[1].fingerprint == KeyService(ws).info().fingerprint
    w.runner.wait(10_000)
    # a new PC: a new workspace of the same district, key restored through the window
    new_ws = init_workspace(home / "yeni" / "bornova.sqlite", "district", district="bornova")
    w2 = _window(qtbot, new_ws, home)
    ctl2 = w2.backups
    w2.act_key_restore.trigger()
    _choose(qtbot, ctl2, keyfile)
    dlg = ctl2.dialog
    qtbot.waitUntil(dlg.isVisible)
    dlg.edits["backup"].setText(BACKUP_PASS)
    dlg.edits["key"].setText("yeni bilgisayar parolası")
    dlg.edits["key_again"].setText("yeni bilgisayar parolası")
    with qtbot.waitSignal(ctl2.keyDone, timeout=20_000) as sig:
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    assert sig.args[0].fingerprint == KeyService(ws).info().fingerprint and sig.args[0].next_seq == 1
    assert KeyService(new_ws).private_key("yeni bilgisayar parolası") is not None
    w2.runner.wait(10_000)


def test_closing_the_window_makes_a_rotating_backup(qtbot, home):
    ws = district(home, "bornova")
    add_projects(ws, 3)
    w = _window(qtbot, ws, home)
    qtbot.waitUntil(lambda: w.list_panel.proxy.rowCount() == 3, timeout=10_000)
    with qtbot.waitSignal(w.backups.backedUp, timeout=10_000) as sig:
        w.close()
    made = Path(sig.args[0])
    assert made.parent == store.backup_dir(ws.path) and made.name.endswith("-close.sqlite")
    assert store.verify_backup(made).manifest["projects"] == 3
