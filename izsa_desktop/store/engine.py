"""Engine creation with deliberate SQLite settings.

- ``journal_mode=WAL``: readers never block the writer (list loads while an import runs).
- ``synchronous=FULL``: every commit is fsynced. A clerk's save is one small transaction, so the cost
  is invisible, and a power cut right after "Saved" never loses the entry. Bulk work (imports, demo
  data) runs in one large transaction where FULL costs nothing extra (measured: bundle-security.md).
- ``foreign_keys=ON``; ``busy_timeout`` so a second process waits instead of failing at once.
- The driver's own implicit transaction handling is switched off and SQLAlchemy emits BEGIN itself
  (the SQLAlchemy-documented recipe), so SAVEPOINTs and rollbacks behave.

PostgreSQL (central workspace on a server) gets the psycopg 3 driver, ``pool_pre_ping`` and an
``application_name``; the password comes from the URL at run time, ``PGPASSWORD``, ``~/.pgpass`` or a
prompt (``pg.remember_password``; see ``store/pg.py`` and docs/postgresql.md).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 10_000


def is_url(target: str) -> bool:
    return "://" in target


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path)}"


def make_engine(target: str | Path) -> Engine:
    """An engine for a workspace: a SQLite file path, or a database URL (PostgreSQL for central)."""
    url = str(target) if is_url(str(target)) else sqlite_url(target)
    if not url.startswith("sqlite"):
        from . import pg  # PostgreSQL: driver choice and pool settings (store/pg.py)

        return create_engine(pg.normalise_url(url), **pg.engine_options(url))
    engine = create_engine(url, connect_args={"isolation_level": None, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN")

    return engine
