"""Issue 16 item 1: a GUI entry point and a console CLI, ``--version`` without Qt, an About box with the
versions a support call needs."""

from __future__ import annotations

import platform
import subprocess
import sys
import tomllib
from pathlib import Path

from izsa_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_version_prints_without_importing_qt_or_sqlalchemy():
    code = ("import sys; from izsa_desktop.__main__ import main\n"
            "try:\n    main(['--version'])\nexcept SystemExit as e:\n    rc = e.code\n"
            "print('LOADED', sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'sqlalchemy', 'alembic'}), rc)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert r.stdout.splitlines()[0] == f"izsa-desktop {__version__}", (r.stdout, r.stderr)
    assert r.stdout.splitlines()[1] == "LOADED [] 0"


def test_entry_points_gui_and_console_version_in_one_place():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = meta["project"]
    assert project["gui-scripts"]["izsa-desktop"] == "izsa_desktop.__main__:main"
    assert project["scripts"]["izsa-desktop-cli"] == "izsa_desktop.__main__:main"
    assert "version" in project["dynamic"] and "version" not in project
    assert meta["tool"]["hatch"]["version"]["path"] == "izsa_desktop/__init__.py"


def test_about_box_shows_app_schema_qt_pyside_and_python_versions(qtbot):
    import PySide6
    from PySide6.QtCore import qVersion

    from izsa_desktop.store.migrate import SCHEMA_HEAD
    from izsa_desktop.ui import i18n
    from izsa_desktop.ui.about import about_box

    before = i18n.current_language()
    try:
        for lang, word in (("tr", "Sürüm"), ("en", "Version")):
            i18n.install(lang)
            box = about_box(None)
            qtbot.addWidget(box)
            text = box.text()
            assert f"{word} {__version__}" in text
            assert SCHEMA_HEAD in text and qVersion() in text and PySide6.__version__ in text
            assert platform.python_version() in text and "OpenStreetMap" in text
    finally:
        i18n.install(before)


def test_help_menu_opens_the_about_box(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from izsa_desktop.services.workspace import init_workspace
    from izsa_desktop.ui import about, plain
    from izsa_desktop.ui.main_window import MainWindow

    shown = []
    monkeypatch.setattr(plain, "run", lambda box: shown.append(box.text()))  # no modal loop in a test
    ws = init_workspace(tmp_path / "w.sqlite", "district", "Karşıyaka", "Ofis", "Ayşe")
    w = MainWindow(ws, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "en")
    qtbot.addWidget(w)
    try:
        action = next(a for m in w.menuBar().actions() for a in m.menu().actions() if "About" in a.text())
        action.trigger()
        assert shown == [about.about_text()]
    finally:
        ws.close()
