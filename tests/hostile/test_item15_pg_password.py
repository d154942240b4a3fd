"""Item 15: a PostgreSQL password is never printed (redact_url really redacts; init, move --json, errors)."""

import json

import pytest
from pg.conftest import pg_server, pg_template, pg_url  # noqa: F401 - the real PostgreSQL fixtures

from izsa_desktop.store.pg import redact_url

from .cli_run import assert_clean_refusal, run_cli, text

SECRET = "hunter2-çok-gizli"


@pytest.mark.parametrize("url, want", [
    ("postgresql+psycopg://izsa:s3cret@db:5432/central", "postgresql+psycopg://izsa@db:5432/central"),
    ("postgresql://izsa:s3cret@db/central?sslmode=require&password=s3cret", "postgresql://izsa@db/central?sslmode=require"),
])
def test_redact_url_removes_the_password(url, want):
    assert redact_url(url) == want and "s3cret" not in redact_url(url)
    assert redact_url(want) == want  # a URL without a password is left as it is


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


# -- a server that really asks for a password ------------------------------------------------------------
# The suite's server trusts local connections; one role (and only that role) is switched to
# scram-sha-256 in pg_hba.conf, so the other PostgreSQL tests keep connecting without a password.

PW_ROLE = "izsa_pw"
PW_SECRET = "Şifre-çok-gizli-4711"
_HBA = (f"host all {PW_ROLE} 127.0.0.1/32 scram-sha-256\n"
        f"host all {PW_ROLE} ::1/128 scram-sha-256\n")


@pytest.fixture(scope="module")
def pw_server(pg_server):
    """``pg_server`` with a role that must give its password (scram-sha-256 on 127.0.0.1) and two empty
    databases it owns; pg_hba.conf is restored at the end."""
    hba = pg_server.data / "pg_hba.conf"
    original = hba.read_text()
    pg_server.execute(f"SET password_encryption = 'scram-sha-256'; "
                      f"CREATE ROLE {PW_ROLE} LOGIN PASSWORD '{PW_SECRET}'")
    for db in ("pwdb", "pwmove"):
        pg_server.execute(f'CREATE DATABASE "{db}" OWNER {PW_ROLE}')
    hba.write_text(_HBA + original)  # first match wins: before the trust lines
    pg_server.execute("SELECT pg_reload_conf()")
    try:
        yield pg_server
    finally:
        hba.write_text(original)
        pg_server.execute("SELECT pg_reload_conf()")
        for db in ("pwdb", "pwmove"):
            pg_server.drop_database(db)
        pg_server.execute(f"DROP ROLE IF EXISTS {PW_ROLE}")


def _pw_url(srv, db: str = "pwdb") -> str:
    return f"postgresql+psycopg://{PW_ROLE}@127.0.0.1:{srv.port}/{db}"  # no password in the URL


def _env(home, **extra) -> dict:
    """A clean environment: no PG* variable of the caller, HOME and XDG dirs in tmp (so every file the
    CLI writes lands there and ~/.pgpass is the test's own)."""
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"),
               XDG_CACHE_HOME=str(home / ".cache"), IZSA_LANG="en", QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    return env


def _cli(home, *args, **env):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "izsa_desktop", *args], capture_output=True, cwd=home,
                          env=_env(home, **env), stdin=subprocess.DEVNULL, timeout=120)


def _no_secret_in_files(root, allowed=()) -> None:
    secret = PW_SECRET.encode("utf-8")
    for p in root.rglob("*"):
        if p.is_file() and p not in allowed:
            assert secret not in p.read_bytes(), p


def _assert_no_secret(*results) -> None:
    for r in results:
        for stream in (r.stdout, r.stderr):
            assert PW_SECRET not in text(stream) and "gizli-4711" not in text(stream), text(stream)


@pytest.fixture
def home(tmp_path):
    h = tmp_path / "home"
    h.mkdir()
    return h


@pytest.mark.postgres
def test_without_a_password_the_cli_says_where_to_put_it(pw_server, home):
    r = _cli(home, "check", "--db", _pw_url(pw_server))
    line = assert_clean_refusal(r)
    assert "asks for a password" in line and "PGPASSWORD" in line and PW_ROLE in line, line


def _told_where_to_put_it(home, url, where: str) -> None:
    """Without the password: one translated line naming ``where`` (the remedy the test then follows)."""
    line = assert_clean_refusal(_cli(home, "check", "--db", url))
    assert "asks for a password" in line and where in line and url in line, line


@pytest.mark.postgres
def test_password_from_pgpassword(pw_server, home):
    url = _pw_url(pw_server)
    _told_where_to_put_it(home, url, "PGPASSWORD")
    r1 = _cli(home, "init", "--db", url, "--role", "central", PGPASSWORD=PW_SECRET)
    assert r1.returncode == 0, text(r1.stderr)
    r2 = _cli(home, "check", "--db", url, "--json", PGPASSWORD=PW_SECRET)
    assert r2.returncode == 0, text(r2.stderr)
    r3 = _cli(home, "projects", "list", "--db", url, "--json", PGPASSWORD=PW_SECRET)
    assert r3.returncode == 0 and json.loads(r3.stdout) == [], text(r3.stderr)
    _assert_no_secret(r1, r2, r3)
    _no_secret_in_files(home)


@pytest.mark.parametrize("where", ["home", "pgpassfile"])
@pytest.mark.postgres
def test_password_from_a_pgpass_file(pw_server, home, where):
    import os

    url = _pw_url(pw_server)
    _told_where_to_put_it(home, url, "~/.pgpass")
    pgpass = home / ".pgpass" if where == "home" else home / "secrets" / "pg.pass"
    pgpass.parent.mkdir(exist_ok=True)
    pgpass.write_text(f"127.0.0.1:{pw_server.port}:*:{PW_ROLE}:{PW_SECRET}\n", encoding="utf-8")
    os.chmod(pgpass, 0o600)  # libpq ignores a pgpass file others can read
    extra = {} if where == "home" else {"PGPASSFILE": str(pgpass)}
    assert _cli(home, "init", "--db", url, "--role", "central", **extra).returncode == 0
    r = _cli(home, "check", "--db", url, **extra)
    assert r.returncode == 0, text(r.stderr)
    src = home / "d.sqlite"
    assert _cli(home, "init", "--db", str(src), "--role", "central").returncode == 0
    assert _cli(home, "demo-data", "--db", str(src), "--count", "3").returncode == 0
    target = _pw_url(pw_server, "pwmove")
    m = _cli(home, "move", "--from", str(src), "--to", target, "--json", **extra)
    try:
        assert m.returncode == 0, text(m.stderr)
        assert json.loads(m.stdout)["ok"] and json.loads(m.stdout)["target"] == target
    finally:
        pw_server.execute('DROP DATABASE "pwmove" WITH (FORCE)')
        pw_server.execute(f'CREATE DATABASE "pwmove" OWNER {PW_ROLE}')
    _assert_no_secret(r, m)
    _no_secret_in_files(home, allowed=(pgpass,))


def _run_in_pty(home, args, typed: str) -> tuple[int, str, str]:
    """Run the CLI with a pty as its controlling terminal (stdin, stdout, stderr), type ``typed`` once the
    password prompt shows. Returns (exit code, everything the terminal showed, the process's cmdline)."""
    import os
    import pty
    import select
    import sys
    import time

    argv = [sys.executable, "-m", "izsa_desktop", *args]
    env = _env(home)
    pid, fd = pty.fork()
    if pid == 0:  # child: pty.fork made the pty its controlling terminal (getpass opens /dev/tty)
        os.chdir(home)
        os.execve(sys.executable, argv, env)
    shown, cmdline, deadline, sent = b"", "", time.monotonic() + 90, False
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 1.0)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            shown += chunk
            if not sent and b"Password for" in shown:
                with open(f"/proc/{pid}/cmdline", "rb") as f:  # while it waits at the prompt
                    cmdline = f.read().replace(b"\0", b" ").decode("utf-8", "replace")
                os.write(fd, typed.encode("utf-8") + b"\n")  # echo is off: getpass set it before the prompt
                sent = True
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    assert sent, shown.decode("utf-8", "replace")
    return os.waitstatus_to_exitcode(status), shown.decode("utf-8", "replace"), cmdline


@pytest.mark.postgres
def test_password_typed_at_the_prompt_of_a_terminal(pw_server, home):
    url = _pw_url(pw_server)
    code, shown, cmdline = _run_in_pty(home, ["init", "--db", url, "--role", "central"], PW_SECRET)
    assert code == 0, shown
    assert f"Password for {url}: " in shown
    assert PW_SECRET not in shown and "gizli-4711" not in shown, shown  # not echoed, not printed
    assert url in cmdline and PW_SECRET not in cmdline and PW_ROLE in cmdline
    code, shown, _ = _run_in_pty(home, ["projects", "list", "--db", url, "--json"], PW_SECRET)
    assert code == 0 and "[]" in shown and PW_SECRET not in shown, shown
    _no_secret_in_files(home)


@pytest.mark.postgres
def test_a_wrong_password_is_one_translated_line(pw_server, home):
    url = _pw_url(pw_server)
    for lang, words in (("en", "refused the password"), ("tr", "parolayı kabul etmedi")):
        r = _cli(home, "check", "--db", url, PGPASSWORD="yanlis-parola-123", IZSA_LANG=lang)
        line = assert_clean_refusal(r)
        assert words in line and url in line and "yanlis-parola" not in line, line
        _assert_no_secret(r)
    code, shown, _ = _run_in_pty(home, ["check", "--db", url], "yanlis-parola-123")
    assert code != 0 and "refused the password" in shown and "Traceback" not in shown, shown
    assert "yanlis-parola" not in shown
