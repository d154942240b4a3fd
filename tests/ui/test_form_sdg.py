"""The SDG picker: goal tiles, primary goal, targets following their goals, keyboard operation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from izsa_desktop.core import taxonomy as tx
from izsa_desktop.ui import i18n
from izsa_desktop.ui.form.sdg import SdgPicker


@pytest.fixture
def picker(qtbot):
    before = i18n.current_language()
    i18n.install("tr")
    p = SdgPicker()
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    yield p
    i18n.install(before)


def test_tiles_show_official_colours_and_names(picker):
    assert len(picker.tiles) == 17
    tile = picker.tiles[11]
    tile.click()
    assert tx.goals()[11].color.lower() in tile.styleSheet().lower()
    assert "Sürdürülebilir" in tile.text() and tile.text().split("\n")[0].endswith("11")
    assert "11" in tile.accessibleName() and tile.accessibleName() != ""


def test_first_selected_goal_is_primary(picker, qtbot):
    with qtbot.waitSignal(picker.changed):
        picker.tiles[11].click()
    picker.tiles[3].click()
    assert picker.goals() == [3, 11] and picker.primary() == 11
    assert picker.tiles[11].is_primary() and not picker.tiles[3].is_primary()
    assert "★" in picker.tiles[11].text()


def test_mark_primary_by_menu_signal_and_combo(picker):
    picker.tiles[11].click()
    picker.tiles[3].click()
    picker.tiles[3].primaryRequested.emit(3)  # what the tile's context menu action does
    assert picker.primary() == 3
    combo = picker.primary_combo
    combo.setCurrentIndex(combo.findData(11))
    combo.activated.emit(combo.currentIndex())
    assert picker.primary() == 11
    # deselecting the primary hands the role to a remaining goal
    picker.tiles[11].click()
    assert picker.goals() == [3] and picker.primary() == 3


def test_selecting_a_target_selects_its_goal(picker):
    picker.search.setText("6.3")
    item = picker.target_item("6.3")
    assert item is not None and 6 not in picker.goals()
    item.setCheckState(0, Qt.CheckState.Checked)
    assert picker.goals() == [6] and picker.primary() == 6 and picker.targets() == ["6.3"]
    picker.search.clear()
    assert picker.target_item("6.1") is not None  # the goal's targets are now listed
    assert picker.target_item("6.3").checkState(0) == Qt.CheckState.Checked


def test_deselecting_a_goal_removes_its_targets(picker):
    picker.set_value([4, 11], 11, [])
    picker.target_item("11.6").setCheckState(0, Qt.CheckState.Checked)
    picker.target_item("4.7").setCheckState(0, Qt.CheckState.Checked)
    assert picker.targets() == ["4.7", "11.6"]
    picker.tiles[11].click()
    assert picker.goals() == [4] and picker.targets() == ["4.7"] and picker.primary() == 4
    assert picker.target_item("11.6") is None


def test_targets_show_english_and_mark_turkish_unofficial(picker):
    picker.tiles[11].click()
    item = picker.target_item("11.6")
    assert item.text(0).startswith("11.6") and tx.targets()["11.6"].text_en in item.text(0)
    tip = item.toolTip(0)
    if tx.targets()["11.6"].text_tr_unofficial:
        assert "resmî olmayan çeviri" in tip


def test_keyboard_tab_and_space(picker, qtbot):
    picker.tiles[1].setFocus()
    qtbot.waitUntil(picker.tiles[1].hasFocus)
    qtbot.keyClick(picker.tiles[1], Qt.Key.Key_Space)
    assert picker.goals() == [1]
    qtbot.keyClick(picker.focusWidget(), Qt.Key.Key_Tab)
    assert picker.focusWidget() is picker.tiles[2]
    qtbot.keyClick(picker.tiles[2], Qt.Key.Key_Space)
    assert picker.goals() == [1, 2] and picker.primary() == 1
    qtbot.keyClick(picker.tiles[1], Qt.Key.Key_Space)
    assert picker.goals() == [2] and picker.primary() == 2


def test_read_only_disables_everything(picker):
    picker.set_value([11], 11, ["11.6"])
    picker.set_read_only(True)
    assert not any(t.isEnabled() for t in picker.tiles.values())
    item = picker.target_item("11.6")
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
