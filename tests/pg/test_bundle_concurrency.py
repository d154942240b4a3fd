"""Bundle imports and conflict resolutions by two staff at once (real processes, both engines)."""

from __future__ import annotations

import importlib.util
import multiprocessing as mp
from pathlib import Path

from izsa_desktop.services import bundles_review as review
from izsa_desktop.services.bundles_dataset import export_dataset, import_dataset_file
from izsa_desktop.services.bundles_export import export_district_bundle
from izsa_desktop.services.concurrency_bundles import import_bundle
from izsa_desktop.services.keys import KeyService
from izsa_desktop.services.projects import ProjectService

from . import workers

CTX = mp.get_context("spawn")
_spec = importlib.util.spec_from_file_location(
    "_pg_bundle_helpers", Path(__file__).resolve().parent.parent / "services" / "test_bundle_helpers.py")
H = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(H)  # type: ignore[union-attr]


def _race(fn, arg_sets):  # type: ignore[no-untyped-def]
    barrier, out = CTX.Barrier(len(arg_sets)), CTX.Queue()
    procs = [CTX.Process(target=fn, args=(*a, barrier, out)) for a in arg_sets]
    for p in procs:
        p.start()
    got = [out.get(timeout=180) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    return got


def _central(ws):  # type: ignore[no-untyped-def]
    KeyService(ws).init(H.PASS)
    return ws


def test_two_districts_imported_at_once_both_apply(central_ws, tmp_path):
    cen = _central(central_ws)
    files = []
    for code, n in (("bornova", 30), ("karsiyaka", 25)):
        d = H.district(tmp_path, code, cen)
        H.add_projects(d, n, seed=n)
        export_district_bundle(d, tmp_path / f"{code}.izsa", H.PASS)
        files.append(str(tmp_path / f"{code}.izsa"))
    got = _race(workers.import_bundle, [(cen.target, f) for f in files])
    assert sorted(code for code, _ in got) == ["imported", "imported"], got
    rows = ProjectService(cen).summaries()
    assert len(rows) == 55 and {r.district for r in rows} == {"bornova", "karsiyaka"}


def test_same_bundle_twice_at_once_exactly_one_applies(central_ws, tmp_path):
    cen = _central(central_ws)
    d = H.district(tmp_path, "bornova", cen)
    H.add_projects(d, 40, seed=3)
    export_district_bundle(d, tmp_path / "b1.izsa", H.PASS)
    f = str(tmp_path / "b1.izsa")
    got = _race(workers.import_bundle, [(cen.target, f), (cen.target, f)])
    assert sorted(code for code, _ in got) == ["already_imported", "imported"], got
    assert len(ProjectService(cen).summaries()) == 40
    audits = [a for uuid in [r.uuid for r in ProjectService(cen).summaries()][:3]
              for a in ProjectService(cen).history(uuid)]
    assert len([a for a in audits if a.action == "bundle_import" and a.field == "title_tr"]) <= 3


def test_same_conflict_resolved_twice_at_once_one_wins(central_ws, tmp_path):
    cen = _central(central_ws)
    bor = H.district(tmp_path, "bornova", cen)
    ids = H.add_projects(bor, 2)
    export_district_bundle(bor, tmp_path / "b1.izsa", H.PASS)
    import_bundle(cen, tmp_path / "b1.izsa")
    export_dataset(cen, tmp_path / "ds1.izsa", H.PASS)
    import_dataset_file(bor, tmp_path / "ds1.izsa")
    H.edit(cen, ids[0], title_tr="Merkez başlığı")
    H.edit(bor, ids[0], title_tr="İlçe başlığı")
    export_district_bundle(bor, tmp_path / "b2.izsa", H.PASS)
    import_bundle(cen, tmp_path / "b2.izsa")
    [c] = review.list_conflicts(cen)
    got = _race(workers.resolve, [(cen.target, c.id, "central", None, "ayse"),
                                  (cen.target, c.id, "incoming", None, "mehmet")])
    assert sorted(code for code, _ in got) == ["no_conflict", "resolved"], got
    winner = next(user for code, user in got if code == "resolved")
    [done] = review.list_conflicts(cen, state="resolved")
    assert done.decided_by == winner
    title = ProjectService(cen).get(ids[0]).project.title_tr
    assert title == ("Merkez başlığı" if winner == "ayse" else "İlçe başlığı")
    resolved = [a for a in ProjectService(cen).history(ids[0]) if a.action == "conflict_resolved"]
    assert [a.user for a in resolved] == [winner]
