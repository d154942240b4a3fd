"""Item 18: ``check`` is a real check, ``projects list`` explains a damaged workspace, ``demo-data``
can run twice and never shares identifiers between workspaces unless --seed is given."""

import json
import sqlite3

import pytest

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.services import demo
from izsa_desktop.services.projects import ProjectService
from izsa_desktop.services.workspace import check_workspace, init_workspace, open_workspace

from .cli_run import assert_clean_refusal, run_cli, text


@pytest.fixture
def ws_file(tmp_path):
    path = tmp_path / "w.sqlite"
    ws = init_workspace(path, "district", "Bornova", "Bornova Belediyesi", "Ayşe")
    demo.generate(ws, 12, seed=5)
    ws.close()
    return path


def _sql(path, *stmts):
    con = sqlite3.connect(path)
    for s in stmts:
        con.execute(s)
    con.commit()
    con.close()


def test_zero_byte_file_is_refused_and_left_alone(tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(IzsaError) as e:
        open_workspace(empty, create=False)
    assert e.value.code == "workspace_empty_file"
    line = assert_clean_refusal(run_cli("check", "--db", str(empty), lang="tr"))
    assert "boş (0 bayt)" in line
    assert empty.stat().st_size == 0  # not rebuilt as an empty workspace


def _check(path) -> tuple[bool, list[str]]:
    ws = open_workspace(path, create=False)
    try:
        r = check_workspace(ws)
    finally:
        ws.close()
    return r.ok, [p["code"] for p in r.problems]


@pytest.mark.parametrize("damage, code, words", [
    (["DROP TABLE bundle_conflict"], "check_table_missing", "Table bundle_conflict is missing."),
    (["UPDATE project SET partners = '[{\"name\":' WHERE pk = (SELECT min(pk) FROM project)"],
     "check_json_invalid", "1 value(s) in project.partners are not valid JSON."),
    (["PRAGMA foreign_keys=OFF",
      "INSERT INTO attachment_blob (sha256, data) VALUES ('00', x'00')",
      "INSERT INTO attachment (sha256, project_uuid, name, mime, size, consent) "
      "VALUES ('00', '11111111-1111-4111-8111-111111111111', 'x.pdf', 'application/pdf', 1, 0)"],
     "check_orphans", "1 row(s) of attachment belong to a project that does not exist."),
])
def test_damage_is_found_and_named(ws_file, damage, code, words):
    _sql(ws_file, *damage)
    r = run_cli("check", "--db", str(ws_file))  # what the user sees first (the old check said OK here)
    assert r.returncode != 0 and words in text(r.stdout) and "PROBLEMS FOUND" in text(r.stdout)
    data = json.loads(run_cli("check", "--db", str(ws_file), "--json").stdout)
    assert data["ok"] is False and code in [p["code"] for p in data["problems"]]
    ok, codes = _check(ws_file)
    assert not ok and code in codes


@pytest.mark.parametrize("damage, words", [
    ("DROP TABLE project_tag", "Table project_tag is missing."),
    ("UPDATE project SET sdg_goals = '[11,' WHERE pk = (SELECT min(pk) FROM project)",
     "project.sdg_goals are not valid JSON"),
])
def test_projects_list_explains_a_damaged_workspace(ws_file, damage, words):
    _sql(ws_file, damage)
    line = assert_clean_refusal(run_cli("projects", "list", "--db", str(ws_file)))
    assert "damaged" in line and words in line
    line = assert_clean_refusal(run_cli("projects", "list", "--db", str(ws_file), "--json", lang="tr"))
    assert "hasarlı" in line


def test_demo_data_twice_adds_and_ids_differ_between_workspaces(tmp_path):
    a = init_workspace(tmp_path / "a.sqlite", "district", "Bornova")
    b = init_workspace(tmp_path / "b.sqlite", "district", "Karşıyaka")
    try:
        demo.generate(a, 20)
        demo.generate(a, 20)  # used to fail with an IntegrityError (same uuids)
        demo.generate(b, 20)
        ids_a = {r.uuid for r in ProjectService(a).summaries()}
        ids_b = {r.uuid for r in ProjectService(b).summaries()}
        assert len(ids_a) == 40 and len(ids_b) == 20 and not ids_a & ids_b
    finally:
        a.close()
        b.close()


def test_demo_data_same_seed_twice_is_refused_clearly(tmp_path):
    db = str(tmp_path / "s.sqlite")
    assert run_cli("init", "--db", db, "--role", "central").returncode == 0
    assert run_cli("demo-data", "--db", db, "--count", "10", "--seed", "4").returncode == 0
    line = assert_clean_refusal(run_cli("demo-data", "--db", db, "--count", "10", "--seed", "4"))
    assert "seed 4 is already in this workspace" in line
    assert run_cli("demo-data", "--db", db, "--count", "10").returncode == 0  # without a seed: adds
    assert len(json.loads(run_cli("projects", "list", "--db", db, "--json").stdout)) == 20
