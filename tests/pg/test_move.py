"""``move`` SQLite -> PostgreSQL -> SQLite on a real server: identical content, verified, refusals."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import text

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.services import demo
from izsa_desktop.services.move import move_workspace, verify
from izsa_desktop.services.projects import ProjectService
from izsa_desktop.services.workspace import check_workspace, init_workspace, open_workspace
from izsa_desktop.store.models import Attachment, AttachmentBlob


def _filled_sqlite(path) -> str:
    ws = init_workspace(path, "central", "", "İzmir Büyükşehir Belediyesi", "Mehmet Kaya")
    demo.generate(ws, 400, seed=7)
    svc = ProjectService(ws)
    rows = svc.summaries()
    svc.delete(rows[3].uuid, "çift kayıt")
    p = svc.get(rows[5].uuid).project
    p.title_tr, p.budget_kurus, p.geometry = "İZMİR Çeşme Işık Şenliği", 9_007_199_254_740_993, None
    svc.save(p)
    with ws.session() as s, s.begin():
        s.add(AttachmentBlob(sha256="ab" * 32, data=b"\x00\xff\x10\x80"))
        s.flush()
        s.add(Attachment(sha256="ab" * 32, project_uuid=p.id, name="foto.jpg", mime="image/jpeg", size=4,
                         consent=True, owner=p.district))
    ws.close()
    return str(path)


def test_sqlite_to_pg_to_sqlite_is_identical(tmp_path, pg_empty_url):
    src = _filled_sqlite(tmp_path / "central.sqlite")
    there = move_workspace(src, pg_empty_url, batch=97)
    assert there.ok, [t for t in there.tables if not t.ok]
    names = {t.name for t in there.tables}
    assert {"project", "project_tag", "audit_log", "attachment", "attachment_blob", "workspace_meta"} <= names
    assert {t.name: t.target_rows for t in there.tables}["project"] == 400

    back = move_workspace(pg_empty_url, str(tmp_path / "back.sqlite"))
    assert back.ok
    assert {t.name: t.target_hash for t in there.tables} == {t.name: t.target_hash for t in back.tables}
    a, b = open_workspace(src), open_workspace(tmp_path / "back.sqlite")
    assert all(t.ok for t in verify(a.engine, b.engine))  # original file vs the round-tripped file

    for target in (pg_empty_url, str(tmp_path / "back.sqlite")):
        ws = open_workspace(target)
        svc = ProjectService(ws)
        hits = svc.search("izmir cesme isik")
        assert len(hits) == 1 and svc.get(hits[0]).project.budget_kurus == 9_007_199_254_740_993
        before = set(svc.search("tasimadan"))  # the Turkish rule also finds "taşıma" in the copied projects
        p = svc.new_project()  # keys continue after the copied ones (PostgreSQL sequences reset)
        p.district, p.title_tr, p.start_date = "konak", "Taşımadan sonra yeni kayıt", date(2025, 1, 1)
        svc.save(p)
        assert set(svc.search("tasimadan")) == before | {p.id} and p.id not in before
        assert check_workspace(ws).ok
        ws.close()
    a.close()
    b.close()


def test_target_with_data_is_refused_and_left_alone(tmp_path, pg_url):
    src = _filled_sqlite(tmp_path / "central.sqlite")
    ws = init_workspace(pg_url, "central", "", "Başka", "Biri")
    ws.close()
    with pytest.raises(IzsaError) as e:
        move_workspace(src, pg_url)
    assert e.value.code == "move_target_not_empty"
    ws = open_workspace(pg_url)
    assert ProjectService(ws).summaries() == [] and ws.identity.office == "Başka"
    ws.close()
    with pytest.raises(IzsaError) as e:
        move_workspace(src, src)
    assert e.value.code == "move_same_target"


def test_verify_detects_a_changed_value(tmp_path, pg_empty_url):
    src = _filled_sqlite(tmp_path / "central.sqlite")
    assert move_workspace(src, pg_empty_url).ok
    a, b = open_workspace(src), open_workspace(pg_empty_url)
    with b.engine.begin() as c:
        c.execute(text("UPDATE project SET lat = lat + 1e-9 WHERE pk = (SELECT min(pk) FROM project)"))
    bad = [t.name for t in verify(a.engine, b.engine) if not t.ok]
    assert bad == ["project"]
    a.close()
    b.close()


def _cli(*args):
    env = {**os.environ, "IZSA_LANG": "en", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "izsa_desktop", *args], capture_output=True, text=True, env=env,
                          timeout=300)


def test_move_and_check_commands(tmp_path, pg_empty_url):
    src = _filled_sqlite(tmp_path / "central.sqlite")
    r = _cli("move", "--from", src, "--to", pg_empty_url)
    assert r.returncode == 0, r.stderr
    assert "Verified: every table identical" in r.stdout and "project: 400 rows -> 400 rows" in r.stdout
    r = _cli("move", "--from", src, "--to", pg_empty_url)
    assert r.returncode != 0 and "already holds data" in r.stderr
    r = _cli("check", "--db", pg_empty_url)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "PostgreSQL 1" in r.stdout and "Integrity: ok" in r.stdout and "Projects: 400 (1 deleted)" in r.stdout
