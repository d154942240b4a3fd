"""The bundle service end-to-end suites (tests/services/test_bundle_flow.py, test_bundle_new_records.py)
with the CENTRAL workspace in PostgreSQL: each suite's own ``central()`` helper is swapped for one that
initialises a fresh PostgreSQL database; district workspaces stay SQLite files, as in the field."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from izsa_desktop.services.keys import KeyService
from izsa_desktop.services.workspace import init_workspace

_SERVICES = Path(__file__).resolve().parent.parent / "services"
_SUITES = ("test_bundle_flow.py", "test_bundle_new_records.py")
_state: dict[str, str] = {}


def _pg_central(tmp, name="central.sqlite", training=False):  # type: ignore[no-untyped-def]
    ws = init_workspace(_state["url"], "central", user="merkez", training=training)
    KeyService(ws).init(_PASS)
    return ws


_PASS = ""
for _file in _SUITES:
    _path = _SERVICES / _file
    if not _path.exists():
        continue
    if str(_SERVICES) not in sys.path:
        sys.path.insert(0, str(_SERVICES))  # the suites import their helpers as a top-level module
    _spec = importlib.util.spec_from_file_location(f"_pg_{_path.stem}", _path)
    _suite = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
    _spec.loader.exec_module(_suite)  # type: ignore[union-attr]
    _PASS = _suite.PASS
    _suite.central = _pg_central
    for _name, _fn in vars(_suite).items():
        if _name.startswith("test_") and callable(_fn):
            globals()[f"{_name}__pg_central"] = _fn


@pytest.fixture(autouse=True)
def _central_in_postgres(pg_url):
    _state["url"] = pg_url
    yield
    _state.clear()
