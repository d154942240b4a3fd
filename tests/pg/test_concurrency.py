"""Several staff on one central workspace, as real parallel processes, on both engines."""

from __future__ import annotations

import multiprocessing as mp
from datetime import date

import pytest

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.services.concurrency import LoadedToken, save_expecting, token
from izsa_desktop.services.projects import ProjectService

from . import workers

CTX = mp.get_context("spawn")


def _project(ws) -> str:  # type: ignore[no-untyped-def]
    svc = ProjectService(ws)
    p = svc.new_project()
    p.district, p.title_tr, p.start_date = "konak", "Kemeraltı Çarşı Onarımı", date(2024, 5, 1)
    svc.save(p)
    return p.id


def test_stale_form_is_refused_in_process(central_ws):
    uuid = _project(central_ws)
    loaded = token(central_ws, uuid)
    svc = ProjectService(central_ws)
    p = svc.get(uuid).project
    p.status = "ongoing"
    save_expecting(central_ws, p, loaded)  # first save: fine
    p.title_tr = "Eski formdan kayıt"
    with pytest.raises(IzsaError) as e:
        save_expecting(central_ws, p, loaded)  # same stale token again
    assert e.value.code == "project_conflict" and e.value.params["by"] == "Mehmet Kaya"
    assert svc.get(uuid).project.title_tr == "Kemeraltı Çarşı Onarımı"
    assert save_expecting(central_ws, p, token(central_ws, uuid)).changes  # reloaded: saves


@pytest.mark.parametrize("rounds", [3])
def test_two_processes_saving_the_same_project_one_wins(central_ws, rounds):
    uuid = _project(central_ws)
    for r in range(rounds):
        t = token(central_ws, uuid)
        barrier, out = CTX.Barrier(2), CTX.Queue()
        procs = [CTX.Process(target=workers.save_title,
                             args=(central_ws.target, uuid, f"Başlık {r} {who}", t.version, t.updated_at, barrier, out))
                 for who in ("Ayşe", "Mehmet")]
        for p in procs:
            p.start()
        got = [out.get(timeout=120) for _ in procs]
        for p in procs:
            p.join(timeout=60)
            assert p.exitcode == 0
        outcomes = sorted(code for code, _ in got)
        assert outcomes == ["project_conflict", "saved"], got
        winner = next(title for code, title in got if code == "saved")
        stored = ProjectService(central_ws).get(uuid)
        assert stored.project.title_tr == winner and stored.meta.version == t.version + 1
        hist = [a for a in ProjectService(central_ws).history(uuid) if a.field == "title_tr"]
        assert hist[-1].new == f'"{winner}"'  # exactly one audited change per round
        assert len(hist) == r + 1


def test_a_long_import_does_not_block_readers(central_ws):
    before = len(ProjectService(central_ws).summaries())
    loaded, release = CTX.Event(), CTX.Event()
    proc = CTX.Process(target=workers.hold_import, args=(central_ws.target, 3000, loaded, release))
    proc.start()
    try:
        assert loaded.wait(timeout=120)
        # the importer holds an open write transaction: reading, searching, checking still work
        svc = ProjectService(central_ws)
        assert len(svc.summaries()) == before
        assert svc.search("zzzz") == []
        assert proc.is_alive()
    finally:
        release.set()
        proc.join(timeout=120)
    assert proc.exitcode == 0
    assert len(ProjectService(central_ws).summaries()) == before + 3000


def test_unknown_record_with_token_is_reported(central_ws):
    p = ProjectService(central_ws).new_project()
    p.district, p.title_tr, p.start_date = "konak", "Yok", date(2024, 1, 1)
    with pytest.raises(IzsaError) as e:
        save_expecting(central_ws, p, LoadedToken(1, "x"))
    assert e.value.code == "project_missing"
