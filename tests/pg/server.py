"""A throwaway PostgreSQL server for tests and benchmarks (real ``initdb`` + ``pg_ctl``, no mocks).

The cluster lives in a temporary directory, listens on 127.0.0.1 only on a free port, keeps its unix
socket inside that directory and trusts local connections (nothing else can reach it). PostgreSQL
refuses to run as root, so when we are root the cluster is owned by and run as ``nobody``.

Used by ``tests/pg/conftest.py`` and by ``benchmarks/bench_pg.py`` (loaded by file path).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "izsa"
RUN_AS = "nobody"


class PgUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


def find_bindir() -> Path:
    """Directory holding initdb/pg_ctl/postgres: $IZSA_PG_BINDIR, ``pg_config --bindir``, then
    /usr/lib/postgresql/<newest>/bin (Debian keeps the server binaries out of PATH)."""
    candidates: list[str] = []
    if os.environ.get("IZSA_PG_BINDIR"):
        candidates.append(os.environ["IZSA_PG_BINDIR"])
    if shutil.which("pg_config"):
        try:
            out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=True)
            candidates.append(out.stdout.strip())
        except (OSError, subprocess.CalledProcessError):
            pass
    found = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += sorted(found, key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
                         reverse=True)
    for c in candidates:
        if (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists():
            return Path(c)
    raise PgUnavailable(
        "PostgreSQL server binaries (initdb, pg_ctl) not found: install the 'postgresql' package "
        "(tools/run.sh does) or set IZSA_PG_BINDIR; set IZSA_SKIP_PG=1 to skip the PostgreSQL tests."
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """``with PgServer() as srv: srv.create_database("x"); url = srv.url("x")``."""

    def __init__(self, fsync: bool = False, base: str | None = None) -> None:
        self.bindir = find_bindir()
        self.fsync = fsync
        self.dir = Path(tempfile.mkdtemp(prefix="izsa-pg-", dir=base))
        self.data = self.dir / "data"
        self.port = 0
        self._root = os.geteuid() == 0

    # -- lifecycle -----------------------------------------------------------------------------------
    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = [str(a) for a in args]
        if self._root:
            cmd = ["runuser", "-u", RUN_AS, "--", *cmd]
        res = subprocess.run(cmd, capture_output=True, text=True, cwd=self.dir)
        if res.returncode != 0:
            log = self.dir / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(cmd)} failed ({res.returncode}):\n{res.stdout}\n{res.stderr}\n{tail}")
        return res

    def start(self) -> PgServer:
        if self._root:
            import pwd

            pw = pwd.getpwnam(RUN_AS)
            os.chmod(self.dir, 0o700)
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        self._run(self.bindir / "initdb", "-D", self.data, "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        opts = (f"-p {{port}} -k {self.dir} -c listen_addresses=127.0.0.1 -c max_connections=60"
                f" -c fsync={'on' if self.fsync else 'off'} -c full_page_writes={'on' if self.fsync else 'off'}")
        for _attempt in range(5):  # the free port may be taken between probing and binding
            self.port = free_port()
            try:
                self._run(self.bindir / "pg_ctl", "-D", self.data, "-l", self.dir / "server.log", "-w", "-t", "60",
                          "-o", opts.format(port=self.port), "start")
                return self
            except RuntimeError:
                if _attempt == 4:
                    raise
        return self

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            try:
                self._run(self.bindir / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")
            except RuntimeError:
                pass
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> PgServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- databases -----------------------------------------------------------------------------------
    def url(self, db: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{db}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres",
                             autocommit=True) as con:
            con.execute(sql)

    def create_database(self, name: str, template: str | None = None) -> str:
        """Create a database (optionally a copy of ``template``) and return its URL."""
        self._admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def execute(self, sql: str) -> None:
        self._admin(sql)
