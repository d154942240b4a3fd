"""Bundles against the database: export from a district workspace, import into central, many districts.

* ``bench_bundle_export_10k``: ``bundle_export_10k_ms`` — ``export_district_bundle`` of a district
  workspace with 10k pending records (read rows + audit, sign, atomic write, seq bookkeeping).
* ``bench_bundle_import``: ``bundle_import_10k_into_100k_ms`` — verify + plan + apply (one transaction)
  of a 10k-record district bundle into a copy of the 100k central workspace; baseline
  ``sqlite_upsert_10k_into_100k_ms``: raw ``sqlite3`` ``INSERT ... ON CONFLICT DO UPDATE`` of the same
  rows (project columns only) into another copy of the same database, same run.
* ``bench_merge_30x1k``: ``merge_30x1k_ms`` — 30 district bundles of 1k records each imported one after
  the other (verify + plan + apply each).
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import time
from datetime import date

from izsa_desktop.bundle import BundleContent, RecordChange, export_bundle, generate_private_key, public_bytes
from izsa_desktop.bundle.keys import export_public_key, fingerprint
from izsa_desktop.core import taxonomy as tx
from izsa_desktop.core.model import project_to_dict
from izsa_desktop.services import demo
from izsa_desktop.services.bundles_export import export_district_bundle
from izsa_desktop.services.bundles_import import import_file
from izsa_desktop.services.keys import KeyService
from izsa_desktop.services.workspace import init_workspace, open_workspace

from .workspaces import workspace_path

PASS = "bench passphrase"


def _records(district: str, n: int, seed: int) -> list[RecordChange]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        p = demo.make_project(rng, district, date(2026, 1, 1))
        out.append(RecordChange(p.id, district, 0, 0, project_to_dict(p)))
    return out


def _register(ws, district: str):  # type: ignore[no-untyped-def]
    key = generate_private_key()
    pub = public_bytes(key)
    KeyService(ws).register(district, export_public_key(district, pub), fingerprint(pub))
    return key


def bench_bundle_export_10k(ctx) -> dict:  # type: ignore[no-untyped-def]
    n = ctx.size(10_000, 2_000)
    src = workspace_path(ctx, n, role="district")
    db = ctx.out / "bundle-export.sqlite"
    for p in ctx.out.glob("bundle-export.sqlite*"):
        p.unlink()
    shutil.copy(src, db)
    ws = open_workspace(db)
    with ws.engine.begin() as c:
        c.exec_driver_sql("UPDATE project SET local_edits = 1, origin = 'local'")
    KeyService(ws).init(PASS)
    best = float("inf")
    for i in range(3):
        t0 = time.perf_counter()
        r = export_district_bundle(ws, ctx.out / f"bench-{i}.izsa", PASS)
        best = min(best, (time.perf_counter() - t0) * 1000)
    assert r.records == n
    ws.close()
    return {"bundle_export_10k_ms": best}


def _upsert_baseline(db, records: list[RecordChange]) -> float:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    cols = [r[1] for r in con.execute("PRAGMA table_info(project)") if r[1] != "pk"]
    fields = [c for c in cols if c in records[0].values and c != "id"]
    sql = (f"INSERT INTO project(uuid, {', '.join(fields)}) VALUES (?{', ?' * len(fields)}) "
           f"ON CONFLICT(uuid) DO UPDATE SET " + ", ".join(f"{f}=excluded.{f}" for f in fields))
    rows = [(r.id, *[json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                     for v in (r.values[f] for f in fields)]) for r in records]
    t0 = time.perf_counter()
    con.execute("BEGIN")
    con.executemany(sql, rows)
    con.execute("COMMIT")
    ms = (time.perf_counter() - t0) * 1000
    con.close()
    return ms


def bench_bundle_import(ctx) -> dict:  # type: ignore[no-untyped-def]
    base_n, n = ctx.size(100_000, 10_000), ctx.size(10_000, 1_000)
    src = workspace_path(ctx, base_n)
    dbs = [ctx.out / "bundle-import.sqlite", ctx.out / "bundle-upsert.sqlite"]
    for db in dbs:
        for p in ctx.out.glob(db.name + "*"):
            p.unlink()
        shutil.copy(src, db)
    ws = open_workspace(dbs[0])
    key = _register(ws, "konak")
    records = _records("konak", n, seed=77)
    data = export_bundle(BundleContent(records=tuple(records)), private_key=key, kind="district",
                         district="konak", seq=1, personal_data=True)
    t0 = time.perf_counter()
    _pre, res = import_file(ws, data)
    ms = (time.perf_counter() - t0) * 1000
    assert res is not None and res.counts["new"] == n
    ws.close()
    return {"bundle_import_10k_into_100k_ms": ms, "sqlite_upsert_10k_into_100k_ms": _upsert_baseline(dbs[1], records)}


def bench_merge_30x1k(ctx) -> dict:  # type: ignore[no-untyped-def]
    per = ctx.size(1_000, 200)
    db = ctx.out / "merge-30.sqlite"
    for p in ctx.out.glob("merge-30.sqlite*"):
        p.unlink()
    ws = init_workspace(db, "central", user="bench")
    districts = [d.id for d in tx.districts() if d.id != tx.METROPOLITAN][:30]
    bundles = []
    for i, d in enumerate(districts):
        key = _register(ws, d)
        bundles.append(export_bundle(BundleContent(records=tuple(_records(d, per, seed=i))), private_key=key,
                                     kind="district", district=d, seq=1, personal_data=True))
    t0 = time.perf_counter()
    for b in bundles:
        import_file(ws, b)
    ms = (time.perf_counter() - t0) * 1000
    ws.close()
    return {"merge_30x1k_ms": ms, "merge_districts": len(bundles)}
