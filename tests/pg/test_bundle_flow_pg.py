"""The bundle service end-to-end suite (tests/services/test_bundle_flow.py) with the CENTRAL workspace
in PostgreSQL: the suite's own ``central()`` helper is swapped for one that initialises a fresh
PostgreSQL database; district workspaces stay SQLite files, as in the field."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from izsa_desktop.services.keys import KeyService
from izsa_desktop.services.workspace import init_workspace

_SERVICES = Path(__file__).resolve().parent.parent / "services"
_FLOW = _SERVICES / "test_bundle_flow.py"
_state: dict[str, str] = {}

if _FLOW.exists():
    if str(_SERVICES) not in sys.path:
        sys.path.insert(0, str(_SERVICES))  # the suite imports its helpers as a top-level module
    _spec = importlib.util.spec_from_file_location("_pg_bundle_flow", _FLOW)
    flow = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
    _spec.loader.exec_module(flow)  # type: ignore[union-attr]

    def _pg_central(tmp, name="central.sqlite", training=False):  # type: ignore[no-untyped-def]
        ws = init_workspace(_state["url"], "central", user="merkez", training=training)
        KeyService(ws).init(flow.PASS)
        return ws

    flow.central = _pg_central
    for _name, _fn in vars(flow).items():
        if _name.startswith("test_") and callable(_fn):
            globals()[f"{_name}__pg_central"] = _fn


@pytest.fixture(autouse=True)
def _central_in_postgres(pg_url):
    _state["url"] = pg_url
    yield
    _state.clear()
