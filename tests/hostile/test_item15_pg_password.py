"""Item 15: a PostgreSQL password is never printed (redact_url really redacts; init, move --json, errors)."""

import json

import pytest

from izsa_desktop.store.pg import redact_url

from pg.conftest import pg_server, pg_template, pg_url  # noqa: F401 - the real PostgreSQL fixtures
from .cli_run import run_cli, text

SECRET = "hunter2-çok-gizli"


@pytest.mark.parametrize("url, want", [
    ("postgresql+psycopg://izsa:s3cret@db:5432/central", "postgresql+psycopg://izsa@db:5432/central"),
    ("postgresql://izsa:s3cret@db/central?sslmode=require&password=s3cret", "postgresql://izsa@db/central?sslmode=require"),
    ("postgres://izsa@db/central", "postgres://izsa@db/central"),
])
def test_redact_url_removes_the_password(url, want):
    assert redact_url(url) == want and "s3cret" not in redact_url(url)


def _with_password(url: str) -> str:
    from urllib.parse import quote

    return url.replace("izsa@", f"izsa:{quote(SECRET)}@", 1)


def test_init_move_and_errors_never_print_the_password(pg_url, tmp_path):
    url = _with_password(pg_url)  # the test server trusts local connections: the password is ignored
    r = run_cli("init", "--db", url, "--role", "central")
    assert r.returncode == 0, text(r.stderr)
    src = str(tmp_path / "d.sqlite")
    assert run_cli("init", "--db", src, "--role", "central").returncode == 0
    assert run_cli("demo-data", "--db", src, "--count", "3").returncode == 0
    other = _with_password(pg_url.rsplit("/", 1)[0] + "/postgres")
    r2 = run_cli("move", "--from", src, "--to", url, "--json")  # target not empty: refused, worded
    r3 = run_cli("check", "--db", url.rsplit("/", 1)[0] + "/no_such_db_x".replace("izsa@", f"izsa:{SECRET}@"))
    r4 = run_cli("check", "--db", other.replace("postgresql+psycopg", "nosuchdriver"))
    for res in (r, r2, r3, r4):
        for stream in (text(res.stdout), text(res.stderr)):
            assert SECRET not in stream and "hunter2" not in stream, stream
    assert r2.returncode != 0 and "Traceback" not in text(r2.stderr)


def test_move_json_report_shows_redacted_urls(pg_url, tmp_path):
    src = str(tmp_path / "d.sqlite")
    assert run_cli("init", "--db", src, "--role", "central").returncode == 0
    r = run_cli("move", "--from", src, "--to", _with_password(pg_url), "--json")
    assert r.returncode == 0, text(r.stderr)
    data = json.loads(r.stdout)
    assert data["ok"] and "hunter2" not in data["target"] and data["target"].startswith("postgresql")
