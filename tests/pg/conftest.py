"""PostgreSQL test fixtures: the suite starts its own real server (tests/pg/server.py).

- ``pg_server`` (session): initdb + pg_ctl in a temp dir on a free 127.0.0.1 port, stopped at the end.
  Without PostgreSQL binaries the tests FAIL with a clear message (CI installs them), unless
  ``IZSA_SKIP_PG=1`` is set.
- ``pg_template`` (session): a database migrated to head once; each test gets
  ``CREATE DATABASE ... TEMPLATE`` of it (``pg_url``), which is much faster than migrating.
- ``any_central`` / ``central_ws`` / ``district_ws``: the same workspace fixtures as tests/conftest.py,
  parametrised over SQLite and PostgreSQL, so shared test functions run on both engines.
"""

from __future__ import annotations

import itertools
import os

import pytest

from .server import PgServer, PgUnavailable

TEMPLATE = "izsa_template"
_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server():
    if os.environ.get("IZSA_SKIP_PG") == "1":
        pytest.skip("IZSA_SKIP_PG=1: PostgreSQL tests skipped on request")
    try:
        srv = PgServer(fsync=False)
    except PgUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server):
    from izsa_desktop.services.workspace import open_workspace

    ws = open_workspace(pg_server.create_database(TEMPLATE))
    ws.close()  # a template must have no open connections
    return TEMPLATE


@pytest.fixture
def pg_url(pg_server, pg_template):
    """A fresh database at the head schema (a copy of the template); dropped after the test."""
    name = f"t{os.getpid()}_{next(_counter)}"
    url = pg_server.create_database(name, template=pg_template)
    yield url
    pg_server.drop_database(name)


@pytest.fixture
def pg_empty_url(pg_server):
    """A fresh, completely empty database (no schema at all)."""
    name = f"e{os.getpid()}_{next(_counter)}"
    url = pg_server.create_database(name)
    yield url
    pg_server.drop_database(name)


def _target(request, engine: str, name: str) -> str:
    if engine == "pg":
        return request.getfixturevalue("pg_url")
    import shutil

    template = request.getfixturevalue("_template_db")
    path = request.getfixturevalue("tmp_path") / f"{name}.sqlite"
    shutil.copy2(template, path)
    return str(path)


@pytest.fixture(params=["sqlite", "pg"])
def engine_name(request):
    return request.param


@pytest.fixture
def central_ws(request, engine_name):
    """A central workspace on SQLite and on PostgreSQL (overrides the SQLite-only root fixture)."""
    from izsa_desktop.services.workspace import init_workspace

    ws = init_workspace(_target(request, engine_name, "central"), "central", "", "İzmir Büyükşehir Belediyesi",
                        "Mehmet Kaya")
    yield ws
    ws.close()


any_central = central_ws


@pytest.fixture
def district_ws(request, engine_name):
    from izsa_desktop.services.workspace import init_workspace

    ws = init_workspace(_target(request, engine_name, "district"), "district", "Karşıyaka",
                        "Karşıyaka Belediyesi", "Ayşe Yılmaz")
    yield ws
    ws.close()
