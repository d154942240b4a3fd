"""Bundles in the window: the preview shows the plan, Apply applies it, drag-and-drop uses the same
path, and resolving a conflict in the dialog records who decided."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))
from test_bundle_helpers import PASS, add_projects, central, district, edit  # noqa: E402

from izsa_desktop.services import bundles_review as review  # noqa: E402
from izsa_desktop.services.bundles_dataset import export_dataset, import_dataset_file  # noqa: E402
from izsa_desktop.services.bundles_export import export_district_bundle  # noqa: E402
from izsa_desktop.services.bundles_import import import_file  # noqa: E402
from izsa_desktop.services.projects import ProjectService  # noqa: E402


@pytest.fixture
def setup(qtbot, tmp_path):
    from izsa_desktop.ui.main_window import MainWindow

    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    ids = add_projects(bor, 3)
    export_district_bundle(bor, tmp_path / "b1.izsa", PASS)
    w = MainWindow(cen, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "tr")
    qtbot.addWidget(w)
    yield w, cen, bor, ids
    w.runner.pool.waitForDone(5000)


def test_menu_preview_and_apply(setup, qtbot, tmp_path):
    w, cen, _bor, ids = setup
    titles = [a.text() for a in w.menuBar().actions()]
    assert any("Paket" in t or "Bundles" in t for t in titles)
    w.bundle_actions.import_path(tmp_path / "b1.izsa")
    qtbot.waitUntil(lambda: w.bundle_actions.dialog is not None and w.bundle_actions.dialog.isVisible(), timeout=10000)
    dlg = w.bundle_actions.dialog
    assert dlg.records.rowCount() == 3 and "3" in dlg.summary.text()
    assert dlg.diff.rowCount() > 5  # field-level differences of the first record
    assert ProjectService(cen).summaries() == []  # nothing applied before Apply
    dlg.apply_button.click()
    qtbot.waitUntil(lambda: len(ProjectService(cen).summaries()) == 3, timeout=10000)


def test_drop_uses_the_same_verification(setup, qtbot, tmp_path):
    w, cen, _bor, _ids = setup
    bad = tmp_path / "bad.izsa"
    raw = bytearray((tmp_path / "b1.izsa").read_bytes())
    raw[40] ^= 0xFF
    bad.write_bytes(bytes(raw))
    errors = []
    w.bundle_actions._error = lambda exc, tb="": errors.append(exc)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bad))])
    ev = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                    Qt.KeyboardModifier.NoModifier)
    # QApplication only routes Drop events during a real drag; call the window's drop filter directly
    assert w.bundle_actions.eventFilter(w, ev)
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert errors[0].code.startswith("bundle_")
    assert ProjectService(cen).summaries() == []


def test_conflict_dialog_records_decision(setup, qtbot, tmp_path):
    from izsa_desktop.ui.bundles.conflicts import ConflictDialog

    _w, cen, bor, ids = setup
    import_file(cen, tmp_path / "b1.izsa")
    export_dataset(cen, tmp_path / "ds.izsa", PASS)
    import_dataset_file(bor, tmp_path / "ds.izsa")
    edit(cen, ids[0], title_tr="Merkez")
    edit(bor, ids[0], title_tr="İlçe")
    export_district_bundle(bor, tmp_path / "b2.izsa", PASS)
    import_file(cen, tmp_path / "b2.izsa")
    dlg = ConflictDialog(cen)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 4).text() == "İlçe"
    dlg.user.setText("Zeynep")
    dlg.take_incoming.click()
    assert dlg.table.rowCount() == 0
    assert ProjectService(cen).get(ids[0]).project.title_tr == "İlçe"
    assert review.list_conflicts(cen, "resolved")[0].decided_by == "Zeynep"


@pytest.fixture
def turkish():
    from izsa_desktop.ui import i18n

    i18n.install("tr")
    yield
    i18n.install("en")


def test_several_files_dropped_one_batch_preview_then_one_apply(turkish, setup, qtbot, tmp_path):
    w, cen, _bor, _ids = setup
    kar = district(tmp_path, "karsiyaka", cen)
    add_projects(kar, 2, seed=7)
    export_district_bundle(kar, tmp_path / "k1.izsa", PASS)
    bad = tmp_path / "bad.izsa"
    bad.write_bytes(b"not a bundle")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / n)) for n in ("b1.izsa", "k1.izsa", "bad.izsa")])
    ev = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                    Qt.KeyboardModifier.NoModifier)
    assert w.bundle_actions.eventFilter(w, ev)
    qtbot.waitUntil(lambda: w.bundle_actions.dialog is not None and w.bundle_actions.dialog.isVisible(), timeout=10000)
    dlg = w.bundle_actions.dialog
    t = dlg.table
    assert t.rowCount() == 3
    rows = {t.item(r, 0).text(): [t.item(r, c).text() for c in range(t.columnCount())] for r in range(3)}
    assert rows["b1.izsa"][1] == "Bornova" and rows["b1.izsa"][3] == "Hazır" and rows["b1.izsa"][4] == "3"
    assert rows["k1.izsa"][1] == "Karşıyaka" and rows["k1.izsa"][4] == "2"
    assert rows["bad.izsa"][3] and rows["bad.izsa"][3] != "Hazır" and rows["bad.izsa"][4] == ""  # the reason, in Turkish
    assert "2" in dlg.apply_button.text() and "5" in dlg.summary.text()
    assert not dlg.grab().isNull()
    assert ProjectService(cen).summaries() == []  # nothing applied before Apply
    dlg.apply_button.click()
    qtbot.waitUntil(lambda: len(ProjectService(cen).summaries()) == 5, timeout=10000)
    qtbot.waitUntil(lambda: "2" in w.statusBar().currentMessage(), timeout=5000)
