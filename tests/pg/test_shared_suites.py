"""The existing store and service test suites, re-run on both engines.

The test functions of tests/store and tests/services are imported here unchanged; in this package the
``central_ws``/``district_ws`` fixtures are parametrised over SQLite and PostgreSQL (conftest.py), so
every one of them runs against a real PostgreSQL server too.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_TESTS = Path(__file__).resolve().parent.parent
_SUITES = ("store/test_projects_repo.py", "services/test_projects_service.py", "services/test_demo.py",
)  # services/test_analysis.py: its raw SQL writes "deleted = 1" (SQLite-only); see test_engines.py


def _load(rel: str):
    path = _TESTS / rel
    spec = importlib.util.spec_from_file_location(f"_shared_{path.stem}", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


for _rel in _SUITES:
    if not (_TESTS / _rel).exists():  # a suite another engineer has not committed yet
        continue
    _mod = _load(_rel)
    for _name, _fn in vars(_mod).items():
        if _name.startswith("test_") and callable(_fn):
            globals()[f"{_name}__{Path(_rel).stem}"] = _fn
