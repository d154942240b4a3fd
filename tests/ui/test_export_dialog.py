"""The Export dialog in the main window (pytest-qt, offscreen): menu entry, the list's filter as scope,
work off the GUI thread, translated errors, personal data off by default."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QSettings

from izsa_desktop.services import demo
from izsa_desktop.ui import i18n
from izsa_desktop.ui.export_dialog import ExportDialog
from izsa_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, central_ws, tmp_path):
    i18n.install("tr")
    demo.generate(central_ws, 200, seed=21)
    w = MainWindow(central_ws, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "tr")
    qtbot.addWidget(w)
    w.show()
    w.load_rows()
    qtbot.waitUntil(lambda: w.list_panel.proxy.rowCount() > 0, timeout=10_000)
    yield w
    w.runner.wait(10_000)
    i18n.install("en")


def _open(w, qtbot) -> ExportDialog:
    assert w.act_export.text() == "&Dışa aktar…" and w.act_export in w.menuBar().actions()[0].menu().actions()
    w.act_export.trigger()
    dlg = w.export_dialog
    qtbot.waitUntil(dlg.isVisible)
    return dlg


def test_export_uses_list_filter_off_gui_thread(window, qtbot, tmp_path):
    panel = window.list_panel
    idx = panel.district.findData("karsiyaka")
    panel.district.setCurrentIndex(idx)
    panel.apply_filter()
    visible = panel.proxy.visible_uuids()
    assert 0 < len(visible) < 200
    dlg = _open(window, qtbot)
    assert not dlg.personal.isChecked() and dlg.scope_filter.isChecked()
    assert str(len(visible)) in dlg.scope_filter.text()
    dlg.format.setCurrentIndex(dlg.format.findData("csv"))
    out = tmp_path / "liste.csv"
    dlg.path.setText(str(out))
    with qtbot.waitSignal(dlg.exported, timeout=30_000) as sig:
        dlg.export_button.click()
    assert sig.args[0].count == len(visible)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    assert {r["İlçe"] for r in rows} == {"Karşıyaka"} and "İletişim kişisi" not in rows[0]
    assert sorted(r["Kimlik"] for r in rows) == sorted(visible)


def test_all_projects_in_english_pdf(window, qtbot, tmp_path):
    dlg = _open(window, qtbot)
    dlg.scope_all.setChecked(True)
    dlg.format.setCurrentIndex(dlg.format.findData("pdf"))
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    dlg.path.setText(str(tmp_path / "r.pdf"))
    with qtbot.waitSignal(dlg.exported, timeout=60_000) as sig:
        dlg.export_button.click()
    assert sig.args[0].count == 200 and sig.args[0].pages > 5
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_error_is_translated_and_nothing_written(window, qtbot, tmp_path):
    dlg = _open(window, qtbot)
    dlg.format.setCurrentIndex(dlg.format.findData("xlsx"))
    dlg.path.setText(str(tmp_path / "yok" / "x.xlsx"))
    with qtbot.waitSignal(dlg.failed, timeout=30_000) as sig:
        dlg.export_button.click()
    assert "Hedef klasör yok" in sig.args[0]
    assert not (tmp_path / "yok").exists() and dlg.export_button.isEnabled()
