"""Issue 12, point 3 on PostgreSQL: the list, ``ProjectService.search`` (tsvector) and the export's
--search return the same set (the test of tests/hostile/test_issue12_item3_one_search_rule.py, run here
on both engines by this package's ``central_ws`` fixture)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parent.parent / "hostile" / "test_issue12_item3_one_search_rule.py"
_spec = importlib.util.spec_from_file_location("_shared_one_search_rule", _PATH)
assert _spec and _spec.loader
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
check_same_set = _mod.check_same_set


def test_list_search_and_export_same_set_on_both_engines(central_ws, qtbot):
    check_same_set(central_ws, qtbot)
