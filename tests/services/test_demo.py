"""The training data generator: deterministic, valid, spread over all districts, points inside."""

from izsa_desktop.core import taxonomy as tx
from izsa_desktop.core.validation import validate
from izsa_desktop.services import demo
from izsa_desktop.services.projects import ProjectService
from izsa_desktop.services.training import create_training_workspace, reset_training_workspace


def test_demo_data_is_valid_and_inside_districts(central_ws):
    demo.generate(central_ws, 300, seed=7)
    svc = ProjectService(central_ws)
    rows = svc.summaries()
    assert len(rows) == 300
    assert {r.district for r in rows} == set(tx.district_ids()[:-1])  # all 30 districts
    years = {int(r.start_date[:4]) for r in rows}
    assert min(years) >= 2015 and max(years) <= 2026 and len(years) >= 10
    for r in rows:
        assert tx.district_at(r.lon, r.lat) == r.district, r.title_tr
        stored = svc.get(r.uuid)
        findings = validate(stored.project)
        assert findings.ok, (r.title_tr, findings.errors)
        for t in stored.project.sdg_targets:
            assert int(t.split(".")[0]) in stored.project.sdg_goals


def test_demo_data_is_deterministic(central_ws, tmp_path):
    from izsa_desktop.services.workspace import init_workspace

    other = init_workspace(tmp_path / "b.sqlite", "central", office="x")
    demo.generate(central_ws, 40, seed=3)
    demo.generate(other, 40, seed=3)
    a = [(r.uuid, r.title_tr, r.lat) for r in ProjectService(central_ws).summaries()]
    b = [(r.uuid, r.title_tr, r.lat) for r in ProjectService(other).summaries()]
    assert a == b
    other.close()


def test_one_district_and_cancel(central_ws):
    calls = []
    demo.generate(central_ws, 12_000, seed=1, district="Çeşme", progress=lambda d, t: calls.append(d),
                  cancelled=lambda: len(calls) >= 1)
    rows = ProjectService(central_ws).summaries()
    assert len(rows) == demo.BATCH  # stopped after the first batch, which was kept
    assert {r.district for r in rows} == {"cesme"}


def test_training_workspace_and_reset(tmp_path):
    ws = create_training_workspace(tmp_path / "t", seed=5, count=60)
    assert ws.identity.training
    svc = ProjectService(ws)
    first = [r.uuid for r in svc.summaries()]
    svc.delete(first[0])
    ws2 = reset_training_workspace(ws)
    assert [r.uuid for r in ProjectService(ws2).summaries()] == first
    assert not any(r.deleted for r in ProjectService(ws2).summaries())
    ws2.close()
