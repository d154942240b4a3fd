"""Open-time schema handling on real SQLite files: fresh, older, newer, corrupt, foreign."""

import sqlite3

import pytest

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.services.workspace import latest_backup, open_workspace
from izsa_desktop.store.backup import list_backups, restore_backup
from izsa_desktop.store.engine import make_engine
from izsa_desktop.store.migrate import current_revision, head_revision, upgrade


def test_fresh_file_gets_head_schema_and_pragmas(tmp_path):
    ws = open_workspace(tmp_path / "w.sqlite")
    assert current_revision(ws.engine) == head_revision()
    with ws.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    ws.close()


def test_older_file_is_backed_up_then_upgraded_with_data_intact(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    upgrade(engine, "0001")  # the first released schema
    with engine.begin() as c:
        c.exec_driver_sql(
            "INSERT INTO project (uuid, district, title_tr, status, start_date, sdg_goals, deleted, origin,"
            " search_text) VALUES ('11111111-1111-4111-8111-111111111111', 'konak', 'Eski Kayıt', 'ongoing',"
            " '2019-05-01', '[11]', 0, 'local', 'eski kayit')"
        )
    engine.dispose()

    ws = open_workspace(path)
    assert current_revision(ws.engine) == head_revision() != "0001"
    assert ws.migrated_backup is not None
    backups = list_backups(path)
    assert len(backups) == 1
    # the backup is the old file, still at 0001, with the row
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT title_tr FROM project").fetchone() == ("Eski Kayıt",)
    con.close()
    with ws.engine.connect() as c:
        assert c.exec_driver_sql("SELECT title_tr FROM project").scalar() == "Eski Kayıt"
        assert "attachment" in {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master")}
    ws.close()


def test_newer_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "new.sqlite"
    open_workspace(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(IzsaError) as e:
        open_workspace(path)
    assert e.value.code == "workspace_newer"
    assert e.value.params["found"] == "9999_from_the_future"
    assert path.read_bytes() == before
    assert list_backups(path) == []


def _open_and_verify(path, deferred):
    ws = open_workspace(path, deferred_check=deferred)
    try:
        ws.verify_integrity()  # the window's deferred check: waits for the thread, raises if damaged
    finally:
        ws.close()


@pytest.mark.parametrize("deferred", [False, True])
@pytest.mark.parametrize("damage", ["garbage", "truncated_header", "zeroed_pages"])
def test_corrupt_file_is_reported_and_latest_backup_offered(tmp_path, damage, deferred):
    path = tmp_path / "w.sqlite"
    ws = open_workspace(path)
    with ws.engine.begin() as c:
        for i in range(300):
            c.exec_driver_sql(
                f"INSERT INTO workspace_meta (key, value) VALUES ('k{i}', '{'x' * 400}')"
            )
    ws.close()
    from izsa_desktop.store.backup import make_backup

    good = make_backup(path, "daily")
    data = bytearray(path.read_bytes())
    if damage == "garbage":
        data = bytearray(b"this is not a database" * 100)
    elif damage == "truncated_header":
        data = data[:10]
    else:
        data[4096 * 2 : 4096 * 6] = b"\x00" * (4096 * 4)
    path.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        (tmp_path / f"w.sqlite{side}").unlink(missing_ok=True)
    with pytest.raises(IzsaError) as e:
        _open_and_verify(path, deferred)
    assert e.value.code == "workspace_corrupt"
    assert latest_backup(path) == good
    kept = restore_backup(good, path)
    assert kept is not None and kept.exists()  # the damaged file is kept, never deleted
    ws = open_workspace(path)
    with ws.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM workspace_meta WHERE key LIKE 'k%'").scalar() == 300
    ws.close()


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(IzsaError) as e:
        open_workspace(path)
    assert e.value.code == "workspace_foreign"


def test_missing_file_with_create_false(tmp_path):
    with pytest.raises(IzsaError) as e:
        open_workspace(tmp_path / "nope.sqlite", create=False)
    assert e.value.code == "workspace_missing"


def test_models_match_the_migrated_schema(tmp_path):
    """The ORM classes and the Alembic head must describe the same tables and columns."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from izsa_desktop.store.models import Base

    ws = open_workspace(tmp_path / "w.sqlite")
    with ws.engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(c), Base.metadata)
    ws.close()
    structural = [d for d in diff if d[0] in ("add_table", "remove_table", "add_column", "remove_column")]
    structural = [d for d in structural if not (d[0] == "remove_table" and str(d[1].name).startswith("project_fts"))]
    assert structural == []


def test_schema_head_constant_matches_alembic():
    from izsa_desktop.store.migrate import SCHEMA_HEAD, alembic_head

    assert SCHEMA_HEAD == alembic_head()


def test_0003_file_gets_the_0004_gap_indexes_after_a_backup(tmp_path):
    path = tmp_path / "w3.sqlite"
    engine = make_engine(path)
    upgrade(engine, "0003")
    with engine.begin() as c:
        c.exec_driver_sql(
            "INSERT INTO project (uuid, district, title_tr, status, sdg_goals, deleted, origin, search_text)"
            " VALUES ('22222222-2222-4222-8222-222222222222', 'konak', 'Kayıt', 'ongoing', '[3]', 0, 'local', '')"
        )
        c.exec_driver_sql("INSERT INTO project_tag (project_pk, kind, value) VALUES (1, 'goal', '3')")
    engine.dispose()

    ws = open_workspace(path)
    assert current_revision(ws.engine) == head_revision()
    backups = list_backups(path)
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
    con.close()
    with ws.engine.connect() as c:
        names = {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"ix_project_live_district", "ix_project_tag_kind_project"} <= names
        plan = " ".join(r[3] for r in c.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT district, count(*) FROM project WHERE deleted = 0 GROUP BY district"))
        assert "COVERING INDEX ix_project_live_district" in plan
    from izsa_desktop.services.analysis import district_goal_matrix

    assert district_goal_matrix(ws).count("konak", 3) == 1
    ws.close()
