"""Hostile bundles: the fuzzer's longer soak, and the duplicate-detection bound (issue "Trust", item 9).

* ``bench_fuzz_soak``: the suite's hostile-bundle fuzzer (``tests/hostile/fuzz_bundles.py``: bundles validly
  signed by a registered district key; after each, refused-or-applied, ``check`` + SQL invariants, a
  dataset imported at every district, PDF/XLSX rendered) for ``fuzz_examples`` examples (300; 30 with
  ``--quick``). Reports ``fuzz_accepted``, ``fuzz_refused`` and ``fuzz_refused_<code>`` per refusal code,
  ``fuzz_failures`` (a broken invariant; the falsifying example goes to stderr), ``fuzz_soak_s`` and
  ``fuzz_example_ms`` (mean per example) against the baseline ``fuzz_honest_example_ms``: the same pipeline
  for an honest bundle of demo records, same run.
* ``bench_duplicates_hostile``: a validly signed bundle of copies of one record (2,000 copies = the
  reported 1.9 MB; 12,000 = 11.4 MB, full run only) imported at central: ``dup_hostile_<n>_rows``
  (``bundle_duplicate`` rows; before the bound: n(n-1)/2, 1,999,000 for 2,000), ``dup_hostile_<n>_ms``
  (verify + plan + apply), ``dup_hostile_<n>_peak_mb`` (tracemalloc peak of the import, Python
  allocations) and ``dup_hostile_<n>_db_mb``; baseline ``dup_honest_<n>_ms``: a bundle of as many distinct
  demo records, same run.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
import tracemalloc
import uuid
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _honest_spec(world, n: int, seed: int) -> dict:  # type: ignore[no-untyped-def]
    from izsa_desktop.core.model import project_to_dict
    from izsa_desktop.services import demo
    from tests.hostile.fuzz_bundles import ENTRIES, SIGNER

    rng = random.Random(seed)
    rows: dict[str, list] = {k: [] for k in ENTRIES}
    for _ in range(n):
        d = project_to_dict(demo.make_project(rng, SIGNER, date(2026, 1, 1)))
        for k in ("contact_name", "contact_role", "contact_email", "contact_phone"):
            if k in d:
                d[k] = ""
        rows["records"].append({"meta": {"version": 0, "base_version": 0, "deleted": False, "deleted_reason": ""},
                                "project": d})
    rows["records"].sort(key=lambda r: r["project"]["id"])
    return {"rows": rows, "blobs": {}, "counts": {k: len(v) for k, v in rows.items()}, "hostile": False,
            "seq": world.next_seq, "personal_data": False, "training": False}


def bench_fuzz_soak(ctx) -> dict:  # type: ignore[no-untyped-def]
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from tests.hostile.fuzz_bundles import Stats, World, bundle_specs, run_one

    n = ctx.size(300, 30)
    root = Path(tempfile.mkdtemp(prefix="izsa-fuzz-", dir=ctx.out))
    world = World.build(root / "world")
    stats = Stats()
    times: list[float] = []

    @settings(max_examples=n, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def soak(data) -> None:  # type: ignore[no-untyped-def]
        spec = data.draw(bundle_specs(world))
        tmp = Path(tempfile.mkdtemp(dir=root))
        try:
            t0 = time.perf_counter()
            run_one(world, tmp, spec, stats)
            times.append(time.perf_counter() - t0)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    failures = 0
    t0 = time.perf_counter()
    try:
        soak()
    except Exception as exc:  # a broken invariant: hypothesis has shrunk it and printed the example
        failures = 1
        sys.stderr.write(f"bench_fuzz_soak: invariant broken: {exc!r}\n")
    soak_s = time.perf_counter() - t0
    honest: list[float] = []
    for i in range(3):
        tmp = root / f"honest-{i}"
        t1 = time.perf_counter()
        assert run_one(world, tmp, _honest_spec(world, 4, seed=i)) == "accepted"
        honest.append(time.perf_counter() - t1)
    shutil.rmtree(root, ignore_errors=True)
    out = {"fuzz_examples": stats.examples, "fuzz_accepted": stats.accepted,
           "fuzz_refused": sum(stats.refused.values()), "fuzz_failures": failures, "fuzz_soak_s": soak_s,
           "fuzz_example_ms": 1000 * sum(times) / max(1, len(times)),
           "fuzz_honest_example_ms": 1000 * sorted(honest)[1]}
    out.update({f"fuzz_refused_{code}": c for code, c in sorted(stats.refused.items())})
    sys.stderr.write(f"bench_fuzz_soak: {stats}\n")
    return out


def _copies_bundle(key, n: int) -> bytes:  # type: ignore[no-untyped-def]
    from izsa_desktop.bundle import BundleContent, RecordChange, export_bundle
    from izsa_desktop.core.model import Project, project_to_dict

    recs = []
    for i in range(n):
        p = Project(id=str(uuid.UUID(int=i + 1, version=4)), district="bornova", title_tr="Aynı proje",
                    title_en="Same project", status="ongoing", start_date=date(2024, 1, 1), sdg_primary=11,
                    sdg_goals=[11], lat=38.46, lon=27.21)
        recs.append(RecordChange(p.id, "bornova", 0, 0, project_to_dict(p)))
    return export_bundle(BundleContent(records=tuple(recs)), private_key=key, kind="district",
                         district="bornova", seq=1)


def _honest_bundle(key, n: int) -> bytes:  # type: ignore[no-untyped-def]
    from izsa_desktop.bundle import BundleContent, RecordChange, export_bundle
    from izsa_desktop.core.model import project_to_dict
    from izsa_desktop.services import demo

    rng = random.Random(n)
    recs = []
    for _ in range(n):
        p = demo.make_project(rng, "bornova", date(2026, 1, 1))
        recs.append(RecordChange(p.id, "bornova", 0, 0, project_to_dict(p)))
    return export_bundle(BundleContent(records=tuple(recs)), private_key=key, kind="district",
                         district="bornova", seq=1, personal_data=True)


def bench_duplicates_hostile(ctx) -> dict:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from izsa_desktop.services.bundles_import import import_file
    from izsa_desktop.services.keys import KeyService
    from izsa_desktop.services.workspace import open_workspace
    from tests.hostile.fuzz_bundles import PASS, central, district

    root = Path(tempfile.mkdtemp(prefix="izsa-dups-", dir=ctx.out))
    cen = central(root)
    bor = district(root, "bornova", cen)
    key = KeyService(bor).private_key(PASS)
    cen.close()
    bor.close()
    out: dict[str, float] = {}
    for n in (2000,) if ctx.quick else (2000, 12_000):
        for label, data in (("hostile", _copies_bundle(key, n)), ("honest", _honest_bundle(key, n))):
            runs: dict[str, float] = {}
            for traced in (False, True):  # timed run, then a run under tracemalloc (slower) for the peak
                db = root / f"{label}-{n}-{traced}.sqlite"
                shutil.copy(root / "central.sqlite", db)
                ws = open_workspace(db, create=False)
                if traced:
                    tracemalloc.start()
                t0 = time.perf_counter()
                _pre, res = import_file(ws, data)
                ms = (time.perf_counter() - t0) * 1000
                if traced:
                    runs["peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
                    tracemalloc.stop()
                else:
                    runs["ms"] = ms
                assert res is not None and res.counts["new"] == n
                with ws.engine.connect() as c:
                    runs["rows"] = float(c.execute(text("SELECT count(*) FROM bundle_duplicate")).scalar() or 0)
                ws.close()
                runs["db_mb"] = db.stat().st_size / 2**20
            out.update({f"dup_{label}_{n}_{k}": v for k, v in runs.items()})
            out[f"dup_{label}_{n}_bundle_mb"] = len(data) / 1e6
            sys.stderr.write(f"bench_duplicates_hostile: {label} {n}: {runs}\n")
    shutil.rmtree(root, ignore_errors=True)
    return out
