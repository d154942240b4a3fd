"""Bundles against the database: export from a district workspace, import into central, many districts.

* ``bench_bundle_export_10k``: ``bundle_export_10k_ms`` — ``export_district_bundle`` of a district
  workspace with 10k pending records (read rows + audit, sign, atomic write, seq bookkeeping).
* ``bench_bundle_import``: ``bundle_import_10k_into_100k_ms`` — verify + plan + apply (one transaction)
  of a 10k-record district bundle into a copy of the 100k central workspace; baseline
  ``sqlite_upsert_10k_into_100k_ms``: raw ``sqlite3`` ``INSERT ... ON CONFLICT DO UPDATE`` of the same
  rows (project columns only) into another copy of the same database, same run.
* ``bench_merge_30x1k``: ``merge_30x1k_ms`` — 30 district bundles of 1k records each imported one after
  the other into an empty central (verify + plan + apply each);
  ``merge_30x1k_batch_ms`` — the same files selected together (verify + plan each, then one
  transaction applies all).

Both import benchmarks also report a **write floor** (``*_write_floor_ms``): every SQL statement the import
ran, with its exact parameters, recorded during the measured run and replayed with raw ``sqlite3`` on an
identical copy of the starting database (same transactions, no Python work between them). It is what the
database alone needs for the rows the import must write (records, tags, search index, audit, history,
branches, undo log, duplicate flags); the rest of the measured time is verification, planning, duplicate
detection and building those rows.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import sys
import time
from datetime import date

from sqlalchemy import event

from izsa_desktop.bundle import BundleContent, RecordChange, export_bundle, generate_private_key, public_bytes
from izsa_desktop.bundle.keys import export_public_key, fingerprint
from izsa_desktop.core import taxonomy as tx
from izsa_desktop.core.model import project_to_dict
from izsa_desktop.services import demo
from izsa_desktop.services.bundles_batch import import_files
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


class _Recorder:
    """Every statement the engine sends to SQLite (and each commit), to replay on a copy."""

    def __init__(self, engine) -> None:  # type: ignore[no-untyped-def]
        self.log: list[tuple[str, object, bool] | str] = []  # "COMMIT" / "ROLLBACK" end a transaction
        event.listen(engine, "before_cursor_execute", self._stmt)
        event.listen(engine, "commit", lambda _c: self.log.append("COMMIT"))
        event.listen(engine, "rollback", lambda _c: self.log.append("ROLLBACK"))

    def _stmt(self, _conn, _cur, stmt, params, _ctx, many) -> None:  # type: ignore[no-untyped-def]
        self.log.append((stmt, params, many))


def _replay(db, log, label: str) -> float:  # type: ignore[no-untyped-def]
    """Run ``log`` with raw sqlite3 on ``db`` (the connection settings of ``store.engine``); ms. The
    share of each statement kind (verb + table) goes to stderr."""
    con = sqlite3.connect(db, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
        con.execute(f"PRAGMA {pragma}")
    shares: dict[str, float] = {}
    t0 = time.perf_counter()
    for item in log:
        t = time.perf_counter()
        if isinstance(item, str):
            if con.in_transaction:
                con.execute(item)
            kind = item
        else:
            stmt, params, many = item
            if many:
                con.executemany(stmt, params)
            else:
                con.execute(stmt, params or ())
            kind = _kind(stmt)
        shares[kind] = shares.get(kind, 0.0) + time.perf_counter() - t
    if con.in_transaction:
        con.execute("COMMIT")
    ms = (time.perf_counter() - t0) * 1000
    con.close()
    top = sorted(shares.items(), key=lambda kv: -kv[1])[:8]
    sys.stderr.write(f"{label} write floor {ms:.0f} ms: " + ", ".join(f"{k} {v * 1000:.0f}" for k, v in top) + "\n")
    return ms


def _kind(stmt: str) -> str:
    words = stmt.replace('"', " ").replace("(", " ").split()
    verb = words[0].upper() if words else "?"
    for marker in ("INTO", "FROM", "UPDATE"):
        if marker in (w.upper() for w in words):
            i = [w.upper() for w in words].index(marker)
            if i + 1 < len(words):
                return f"{verb} {words[i + 1]}"
    return verb


def _copy(src, dst) -> None:  # type: ignore[no-untyped-def]
    """A closed workspace file (its WAL checkpointed away by the last connection) to ``dst``."""
    wal = src.parent / (src.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "copy of a workspace with a live WAL"
    shutil.copy(src, dst)


def _fresh(*dbs) -> None:  # type: ignore[no-untyped-def]
    for db in dbs:
        for p in db.parent.glob(db.name + "*"):
            p.unlink()


def _register(ws, district: str):  # type: ignore[no-untyped-def]
    key = generate_private_key()
    pub = public_bytes(key)
    KeyService(ws).register(district, export_public_key(district, pub), fingerprint(pub))
    return key


def bench_bundle_export_10k(ctx) -> dict:  # type: ignore[no-untyped-def]
    n = ctx.size(10_000, 2_000)
    src = workspace_path(ctx, n, role="district")
    db = ctx.out / "bundle-export.sqlite"
    _fresh(db)
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
    dbs = [ctx.out / "bundle-import.sqlite", ctx.out / "bundle-upsert.sqlite", ctx.out / "bundle-replay.sqlite"]
    _fresh(*dbs)
    shutil.copy(src, dbs[0])
    ws = open_workspace(dbs[0])
    key = _register(ws, "konak")
    ws.engine.dispose()  # the registered key is in the file: the copies start where the import starts
    for db in dbs[1:]:
        _copy(dbs[0], db)
    records = _records("konak", n, seed=77)
    data = export_bundle(BundleContent(records=tuple(records)), private_key=key, kind="district",
                         district="konak", seq=1, personal_data=True)
    rec = _Recorder(ws.engine)
    t0 = time.perf_counter()
    _pre, res = import_file(ws, data)
    ms = (time.perf_counter() - t0) * 1000
    assert res is not None and res.counts["new"] == n
    ws.close()
    return {"bundle_import_10k_into_100k_ms": ms, "sqlite_upsert_10k_into_100k_ms": _upsert_baseline(dbs[1], records),
            "bundle_import_write_floor_ms": _replay(dbs[2], rec.log, "import")}


def bench_merge_30x1k(ctx) -> dict:  # type: ignore[no-untyped-def]
    """The central office's merge, one bundle after the other (verify + plan + apply each);
    ``merge_30x1k_batch_ms``: the same 30 files selected at once (``bundles_batch``: every bundle
    verified and planned, then all applied in one transaction), as the Bundles menu does."""
    per = ctx.size(1_000, 200)
    db, seq_db, replay = (ctx.out / f"merge-30{s}.sqlite" for s in ("-batch", "", "-replay"))
    _fresh(db, seq_db, replay)
    ws = init_workspace(db, "central", user="bench")
    districts = [d.id for d in tx.districts() if d.id != tx.METROPOLITAN][:30]
    bundles = []
    for i, d in enumerate(districts):
        key = _register(ws, d)
        bundles.append(export_bundle(BundleContent(records=tuple(_records(d, per, seed=i))), private_key=key,
                                     kind="district", district=d, seq=1, personal_data=True))
    ws.engine.dispose()
    _copy(db, replay)
    _copy(db, seq_db)
    t0 = time.perf_counter()
    pre, res = import_files(ws, bundles)
    batch_ms = (time.perf_counter() - t0) * 1000
    assert len(res.results) == len(bundles) and pre.totals()["new"] == per * len(bundles)
    ws.close()
    del pre, res
    seq_ws = open_workspace(seq_db)
    rec = _Recorder(seq_ws.engine)
    t0 = time.perf_counter()
    for b in bundles:
        import_file(seq_ws, b)
    ms = (time.perf_counter() - t0) * 1000
    seq_ws.close()
    return {"merge_30x1k_ms": ms, "merge_districts": len(bundles), "merge_30x1k_batch_ms": batch_ms,
            "merge_30x1k_write_floor_ms": _replay(replay, rec.log, "merge")}
