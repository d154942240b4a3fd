"""Migration 0005 (attachment links per project + content blobs) on a real PostgreSQL server: a 0004
database with attachments opens, is upgraded, and every file is still on its project; the models match
the migrated schema; the downgrade works too. Same data and checks as tests/store/test_migration_0005_attachments.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sqlalchemy import text

from izsa_desktop.services.workspace import open_workspace
from izsa_desktop.store.engine import make_engine
from izsa_desktop.store.migrate import alembic_config, upgrade

_spec = importlib.util.spec_from_file_location(
    "_m0005", Path(__file__).resolve().parents[1] / "store" / "test_migration_0005_attachments.py")
assert _spec and _spec.loader
m0005 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(m0005)


def test_0004_database_with_attachments_is_upgraded_on_pg(pg_empty_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    import izsa_desktop.store.models as models

    engine = make_engine(pg_empty_url)
    m0005.build_0004(engine)
    engine.dispose()
    ws = open_workspace(pg_empty_url)
    m0005.check_upgraded(ws.engine)
    with ws.engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(c), models.Base.metadata)
        names = set(c.execute(text("SELECT conname FROM pg_constraint WHERE conrelid = 'attachment'::regclass"))
                    .scalars())
    assert [d for d in diff if d[0] in ("add_table", "remove_table", "add_column", "remove_column")] == []
    assert {"attachment_pkey", "attachment_sha256_fkey"} <= names
    ws.close()


def test_downgrade_to_0004_on_pg(pg_empty_url):
    from alembic import command

    engine = make_engine(pg_empty_url)
    m0005.build_0004(engine)
    upgrade(engine)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    with engine.connect() as c:
        rows = {r[0]: (r[1], bytes(r[2])) for r in c.execute(text("SELECT sha256, project_uuid, data FROM attachment"))}
    assert rows == {sha: (f[0], f[4]) for sha, f in m0005.FILES.items()}
    engine.dispose()


def test_links_and_blobs_on_pg(pg_url):
    """The repository's attachment steps on PostgreSQL: a second link to stored bytes keeps one blob
    (INSERT ... ON CONFLICT DO NOTHING), undo of one bundle keeps the other district's link and the blob."""
    from izsa_desktop.store.bundle_repo import add_attachment_links, attachment_links, remove_attachment_links

    sha, data = next(iter(m0005.FILES.items()))[0], next(iter(m0005.FILES.values()))[4]
    ws = open_workspace(pg_url)
    with ws.session() as s, s.begin():
        add_attachment_links(s, [(m0005.P1, sha, "a.pdf", "application/pdf", True, data)], "bornova", "b1")
    with ws.session() as s, s.begin():
        add_attachment_links(s, [(m0005.P2, sha, "b.pdf", "application/pdf", False, data)], "karsiyaka", "k1")
        assert attachment_links(s, [(m0005.P1, sha), (m0005.P2, sha), (m0005.P3, sha)]) == {
            (m0005.P1, sha), (m0005.P2, sha)}
    with ws.session() as s, s.begin():
        assert remove_attachment_links(s, "b1", "karsiyaka") == []
        assert remove_attachment_links(s, "b1", "bornova") == [(m0005.P1, sha, "a.pdf")]
    with ws.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM attachment_blob")).scalar() == 1
    with ws.session() as s, s.begin():
        remove_attachment_links(s, "k1", "karsiyaka")
    with ws.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM attachment_blob")).scalar() == 0
    ws.close()
