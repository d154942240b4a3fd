"""Migration 0005 (attachments keyed by (project, hash), contents in ``attachment_blob``) from a real
0004 workspace: opened, backed up, upgraded, every file still on its project with its bytes, label and
consent; the bundle that added a file (its ``attachment_added`` audit row) still removes it on undo.

The 0004 file is built by running the migrations up to 0004 and writing rows the way the 0004 code
did (one ``attachment`` row per hash, bytes inline). ``build_0004`` / ``check_upgraded`` are reused by
tests/pg/test_migration_0005_pg.py on a real PostgreSQL server.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3

from sqlalchemy import text

from izsa_desktop.services.workspace import open_workspace
from izsa_desktop.store.backup import list_backups
from izsa_desktop.store.engine import make_engine
from izsa_desktop.store.migrate import current_revision, head_revision, upgrade

P1 = "11111111-1111-4111-8111-111111111111"  # bornova
P2 = "22222222-2222-4222-8222-222222222222"  # karsiyaka
P3 = "33333333-3333-4333-8333-333333333333"  # (no such project: an orphan row stays an orphan)
BUNDLE = "44444444-4444-4444-8444-444444444444"
FILES = {  # sha -> (project, name, mime, consent, bytes)
    hashlib.sha256(b"%PDF-1.4 rapor").hexdigest(): (P1, "rapor.pdf", "application/pdf", True, b"%PDF-1.4 rapor"),
    hashlib.sha256(b"\x89PNG foto").hexdigest(): (P2, "foto.png", "image/png", False, b"\x89PNG foto"),
    hashlib.sha256(b"\x00\xff ikili").hexdigest(): (P3, "", "", False, b"\x00\xff ikili"),
}
FROM_BUNDLE = hashlib.sha256(b"\x89PNG foto").hexdigest()  # added by BUNDLE's import (audit row)


def build_0004(engine) -> None:  # type: ignore[no-untyped-def]
    upgrade(engine, "0004")
    with engine.begin() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0004"
        for uuid, district, title in ((P1, "bornova", "Bisiklet yolu"), (P2, "karsiyaka", "Yağmur bahçesi")):
            c.execute(text(
                "INSERT INTO project (uuid, district, title_tr, status, start_date, sdg_goals, deleted, origin,"
                " search_text) VALUES (:u, :d, :t, 'ongoing', '2024-03-01', '[11]', false, 'local', :t)"),
                {"u": uuid, "d": district, "t": title})
        for sha, (pid, name, mime, consent, data) in FILES.items():
            c.execute(text("INSERT INTO attachment (sha256, project_uuid, name, mime, size, consent, data)"
                           " VALUES (:h, :p, :n, :m, :s, :c, :d)"),
                      {"h": sha, "p": pid, "n": name, "m": mime, "s": len(data), "c": consent, "d": data})
        c.execute(text("INSERT INTO audit_log (at, \"user\", action, project_uuid, field, old, new, source)"
                       " VALUES ('2026-01-01T10:00:00', 'merkez', 'attachment_added', :p, 'attachment', NULL,"
                       " :new, :b)"),
                  {"p": P2, "new": json.dumps({"sha256": FROM_BUNDLE, "name": "foto.png"}), "b": BUNDLE})


def check_upgraded(engine) -> None:  # type: ignore[no-untyped-def]
    assert current_revision(engine) == head_revision() == "0005"
    with engine.connect() as c:
        links = {r.sha256: r for r in c.execute(text(
            "SELECT project_uuid, sha256, name, mime, size, consent, owner, source FROM attachment"))}
        blobs = {r.sha256: bytes(r.data) for r in c.execute(text("SELECT sha256, data FROM attachment_blob"))}
    assert set(links) == set(blobs) == set(FILES)
    for sha, (pid, name, mime, consent, data) in FILES.items():
        r = links[sha]
        assert (r.project_uuid, r.name, r.mime, r.size, bool(r.consent)) == (pid, name, mime, len(data), consent)
        assert blobs[sha] == data
    assert {s: (r.owner, r.source) for s, r in links.items()} == {
        sha: ({P1: "bornova", P2: "karsiyaka"}.get(pid, ""), BUNDLE if sha == FROM_BUNDLE else "")
        for sha, (pid, *_rest) in FILES.items()}


def test_0004_workspace_with_attachments_is_backed_up_and_upgraded(tmp_path):
    path = tmp_path / "w.sqlite"
    engine = make_engine(path)
    build_0004(engine)
    engine.dispose()

    ws = open_workspace(path)
    assert ws.migrated_backup is not None
    (backup,) = list_backups(path)
    con = sqlite3.connect(backup)  # the backup is the 0004 file, files inline
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
    assert con.execute("SELECT count(*), sum(length(data)) FROM attachment").fetchone() == (
        3, sum(len(f[4]) for f in FILES.values()))
    con.close()
    check_upgraded(ws.engine)
    with ws.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    ws.close()


def test_upgraded_workspace_undo_removes_the_file_its_bundle_added(tmp_path):
    """The link the migration derived from the audit row belongs to that bundle: the repository's undo
    step removes it (and its blob, no other link), and leaves the others."""
    from izsa_desktop.store.bundle_repo import remove_attachment_links

    path = tmp_path / "w.sqlite"
    engine = make_engine(path)
    build_0004(engine)
    engine.dispose()
    ws = open_workspace(path)
    with ws.session() as s, s.begin():
        assert remove_attachment_links(s, BUNDLE, "bornova") == []  # another district's bundle id: nothing
        assert remove_attachment_links(s, BUNDLE, "karsiyaka") == [(P2, FROM_BUNDLE, "foto.png")]
    with ws.engine.connect() as c:
        assert set(c.execute(text("SELECT sha256 FROM attachment")).scalars()) == set(FILES) - {FROM_BUNDLE}
        assert set(c.execute(text("SELECT sha256 FROM attachment_blob")).scalars()) == set(FILES) - {FROM_BUNDLE}
    ws.close()


def test_downgrade_to_0004_keeps_one_row_per_file(tmp_path):
    path = tmp_path / "w.sqlite"
    engine = make_engine(path)
    build_0004(engine)
    upgrade(engine)
    from alembic import command

    from izsa_desktop.store.migrate import alembic_config

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    with engine.connect() as c:
        rows = {r[0]: (r[1], bytes(r[2])) for r in c.execute(text("SELECT sha256, project_uuid, data FROM attachment"))}
    assert rows == {sha: (f[0], f[4]) for sha, f in FILES.items()}
    engine.dispose()
