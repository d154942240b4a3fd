"""Item 5 (Trust issue) on both engines: no lost update and who acted, several staff on one central
database (SQLite file and a real PostgreSQL server started by the suite, see conftest.py)."""

from __future__ import annotations

import multiprocessing as mp
from datetime import date

import pytest

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.services.concurrency import CANCEL, KEEP, RELOAD, CheckedProjectService
from izsa_desktop.services.projects import ProjectService
from izsa_desktop.services.workspace import open_workspace

from . import workers

CTX = mp.get_context("spawn")


@pytest.fixture
def two_staff(central_ws):
    """Two members of staff: two Workspace objects (engines, connections) on one central database."""
    other = open_workspace(central_ws.target)
    yield central_ws, other
    other.close()


def _project(ws) -> str:  # type: ignore[no-untyped-def]
    svc = ProjectService(ws)
    p = svc.new_project()
    p.district, p.title_tr, p.start_date = "konak", "Kemeraltı Çarşı Onarımı", date(2024, 5, 1)
    svc.save(p)
    return p.id


def test_second_save_is_refused_and_keep_mine_is_audited(two_staff):
    ws_a, ws_b = two_staff
    uuid = _project(ws_a)
    answers: list[str] = []
    ayse = CheckedProjectService(ws_a, actor="Ayşe Yılmaz", resolver=lambda action, exc: answers.pop(0))
    mehmet = CheckedProjectService(ws_b, actor="Mehmet Kaya")
    for svc in (ayse, mehmet):
        svc.remember(svc.get(uuid))
    mine, theirs = ayse.get(uuid).project, mehmet.get(uuid).project
    theirs.status = "ongoing"
    mehmet.save(theirs)
    mine.title_en = "Kemeraltı bazaar repair"

    answers.append(CANCEL)
    with pytest.raises(IzsaError) as e:
        ayse.save(mine)
    assert e.value.code == "project_conflict_cancelled" and e.value.params["by"] == "Mehmet Kaya"
    stored = ayse.get(uuid)
    assert (stored.project.status, stored.project.title_en) == ("ongoing", "")  # theirs kept, nothing of mine

    answers.append(RELOAD)
    with pytest.raises(IzsaError) as e:
        ayse.save(mine)
    assert e.value.code == "project_reloaded" and ayse.get(uuid).project.title_en == ""

    answers.append(KEEP)
    ayse.save(mine)
    stored = ayse.get(uuid)
    assert (stored.project.status, stored.project.title_en) == ("planned", "Kemeraltı bazaar repair")
    assert stored.meta.updated_by == "Ayşe Yılmaz" and stored.meta.version == 3  # create, theirs, mine
    hist = ayse.history(uuid)
    over = [a for a in hist if a.action == "overwrite"]
    assert len(over) == 1 and over[0].user == "Ayşe Yılmaz" and '"by": "Mehmet Kaya"' in over[0].old
    status = [(a.user, a.new) for a in hist if a.field == "status"]
    assert status == [("Mehmet Kaya", '"ongoing"'), ("Ayşe Yılmaz", '"planned"')]  # who did what, both kept


def test_delete_of_a_project_changed_meanwhile_is_refused(two_staff):
    ws_a, ws_b = two_staff
    uuid = _project(ws_a)
    answers: list[str] = []
    ayse = CheckedProjectService(ws_a, actor="Ayşe Yılmaz", resolver=lambda action, exc: answers.pop(0))
    ayse.remember(ayse.get(uuid))
    p = ProjectService(ws_b, actor="Mehmet Kaya").get(uuid).project
    p.summary = "Yeni özet"
    ProjectService(ws_b, actor="Mehmet Kaya").save(p)
    answers.append(CANCEL)
    with pytest.raises(IzsaError) as e:
        ayse.delete(uuid)
    assert e.value.code == "project_conflict_cancelled" and not ayse.get(uuid).meta.deleted
    answers.append(KEEP)
    ayse.delete(uuid)
    stored = ayse.get(uuid)
    assert stored.meta.deleted and stored.meta.updated_by == "Ayşe Yılmaz"
    ProjectService(ws_b, actor="Mehmet Kaya").restore(uuid)
    answers.append(CANCEL)
    with pytest.raises(IzsaError):
        ayse.restore(uuid)  # an undo of my delete over their restore would be a blind write: asked
    assert [a.user for a in ayse.history(uuid) if a.action in ("delete", "restore")] == ["Ayşe Yılmaz",
                                                                                        "Mehmet Kaya"]


def test_two_processes_one_wins_and_the_winner_is_named(central_ws):
    """Real parallel staff released together: exactly one save, audited under the winner's own name."""
    uuid = _project(central_ws)
    for r in range(2):
        barrier, out = CTX.Barrier(2), CTX.Queue()
        procs = [CTX.Process(target=workers.save_checked,
                             args=(central_ws.target, uuid, f"Başlık {r} {who}", who, barrier, out))
                 for who in ("Ayşe Yılmaz", "Mehmet Kaya")]
        for p in procs:
            p.start()
        got = [out.get(timeout=120) for _ in procs]
        for p in procs:
            p.join(timeout=60)
            assert p.exitcode == 0
        assert sorted(code for code, _ in got) == ["project_conflict", "saved"], got
        winner = next(who for code, who in got if code == "saved")
        stored = ProjectService(central_ws).get(uuid)
        assert stored.project.title_tr == f"Başlık {r} {winner}" and stored.meta.updated_by == winner
        last = [a for a in ProjectService(central_ws).history(uuid) if a.field == "title_tr"][-1]
        assert last.user == winner and last.new == f'"Başlık {r} {winner}"'
