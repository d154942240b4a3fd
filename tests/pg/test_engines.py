"""The same schema and the same values on both engines; PostgreSQL-specific search index and check."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from izsa_desktop.core.model import Project, RecordMeta
from izsa_desktop.services import demo
from izsa_desktop.services.projects import ProjectService
from izsa_desktop.services.workspace import check_workspace, init_workspace, open_workspace
from izsa_desktop.store.migrate import current_revision, head_revision
from izsa_desktop.store.models import ProjectRow
from izsa_desktop.store.projects import ProjectRepo


def test_empty_database_is_migrated_to_head_and_matches_the_models(pg_empty_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    import izsa_desktop.store.models as models

    try:  # bundle tables, when that area's models are present
        import izsa_desktop.store.bundle_models  # noqa: F401
    except ImportError:
        pass
    ws = open_workspace(pg_empty_url)
    assert current_revision(ws.engine) == head_revision()
    with ws.engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(c), models.Base.metadata)
        indexes = set(c.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'project'")).scalars())
    ws.close()
    structural = [d for d in diff if d[0] in ("add_table", "remove_table", "add_column", "remove_column")]
    assert structural == []
    assert "ix_project_search_tsv" in indexes


def test_values_round_trip_identically(central_ws):
    p = Project(
        district="cesme", title_tr="İĞNEADA — Çeşme ‘Işık’ 🌞", start_date=date(1999, 12, 31),
        end_date=date(2030, 2, 28), sdg_goals=[3, 11], sdg_primary=11, sdg_targets=["11.7"],
        partners=[{"name": "Ege Üniv.", "role": "ortak", "nested": {"a": [1, 2.5, None, True]}}],
        geometry={"type": "Point", "coordinates": [26.3044, 38.3233]}, budget_kurus=2**62 + 7,
        lat=38.32330000000001, lon=26.304399999999998, open_to_collab=True, beneficiaries_planned=0,
    )
    with central_ws.session() as s, s.begin():
        ProjectRepo(s).add(p, RecordMeta(version=3, local_edits=False, deleted=False), "Ayşe", "test")
    with central_ws.session() as s:
        got = ProjectRepo(s).get(p.id)
        flags = s.execute(select(ProjectRow.open_to_collab, ProjectRow.deleted, ProjectRow.local_edits,
                                 ProjectRow.budget_kurus, ProjectRow.start_date)).one()
    assert got.project == p
    assert got.meta.version == 3 and got.meta.local_edits is False and got.meta.deleted is False
    assert list(flags[:3]) == [True, False, False] and {type(v) for v in flags[:3]} == {bool} and flags[3] == 2**62 + 7
    assert flags[4] == date(1999, 12, 31)
    summary = ProjectService(central_ws).summary(p.id)
    assert summary.start_date == "1999-12-31" and summary.sdg_goals == (3, 11)


def test_search_and_summaries_agree_across_engines(request, tmp_path):
    """Same demo data (same seed) in SQLite and PostgreSQL: same summaries and same search hits."""
    url = request.getfixturevalue("pg_url")
    results = []
    for target in (tmp_path / "c.sqlite", url):
        ws = init_workspace(target, "central", "", "İBB", "Mehmet")
        demo.generate(ws, 600, seed=11)
        svc = ProjectService(ws)
        ids = sorted(r.uuid for r in svc.summaries())
        hits = {q: sorted(svc.search(q, limit=10_000)) for q in ("izmir", "cesme", "park", "gen", "su ye", "zzz")}
        results.append((len(ids), hits, [(r.uuid, r.title_tr, r.sdg_goals, r.deleted) for r in svc.summaries()]))
        ws.close()
    (n1, h1, s1), (n2, h2, s2) = results
    assert n1 == n2 == 600
    assert sorted(s1) == sorted(s2)  # the seeded generator gives the same records on both engines
    assert h1 == h2 and any(h1.values())


def test_search_uses_the_gin_index(central_ws):
    if central_ws.is_sqlite:
        pytest.skip("PostgreSQL plan")
    demo.generate(central_ws, 300, seed=3)
    with central_ws.engine.connect() as c:
        c.execute(text("ANALYZE project"))
        c.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(c.execute(text(
            "EXPLAIN SELECT uuid FROM project WHERE NOT deleted AND"
            " to_tsvector('simple'::regconfig, coalesce(search_text, '')) @@ to_tsquery('simple', 'izm:*')"
        )).scalars())
    assert "ix_project_search_tsv" in plan


def test_check_reports_server_schema_and_problems_on_pg(central_ws):
    if central_ws.is_sqlite:
        pytest.skip("PostgreSQL checks")
    demo.generate(central_ws, 50, seed=5)
    r = check_workspace(central_ws)
    assert r.ok and r.server.startswith("PostgreSQL 1") and r.schema == head_revision() and r.projects == 50
    with central_ws.engine.begin() as c:
        c.execute(text("DROP INDEX ix_project_search_tsv"))
        c.execute(text("SELECT setval(pg_get_serial_sequence('project', 'pk'), 1)"))
    r = check_workspace(central_ws)
    assert not r.ok
    assert "missing search index: ix_project_search_tsv" in r.integrity
    assert "sequence behind data: project.pk" in r.integrity
