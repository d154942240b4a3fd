"""Issue "Trust", item 9: duplicate detection was quadratic on hostile input.

A 1.9 MB bundle, validly signed by a registered district key, with 2,000 copies of one record (one
title, one point, one start date) made 1,999,000 ``bundle_duplicate`` rows (the database grew from
0.2 to 270 MB); 11.4 MB ran out of memory. Now each incoming record names at most
``MAX_PER_RECORD`` partners per reason (the closest first; a large group of copies is paired as a ring),
and candidate searches are capped, so rows and work are linear in the records. Honest duplicates are
flagged exactly as before (``tests/bundle/test_duplicates_equivalence.py``).
"""

from __future__ import annotations

import sys
import time
import uuid
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from test_bundle_helpers import PASS, central, district  # noqa: E402

from izsa_desktop.bundle import BundleContent, RecordChange, export_bundle, find_likely_duplicates  # noqa: E402
from izsa_desktop.bundle.duplicates import MAX_PAIRS_PER_RECORD, MAX_PER_RECORD  # noqa: E402
from izsa_desktop.core.model import Project, project_to_dict  # noqa: E402
from izsa_desktop.services.bundles_import import import_file  # noqa: E402
from izsa_desktop.services.keys import KeyService  # noqa: E402

N = 2000  # the reported case: ~1.9 MB


def _rid(i: int) -> str:
    return str(uuid.UUID(int=i + 1, version=4))


def _copies(n: int, district_code: str) -> list[RecordChange]:
    out = []
    for i in range(n):
        p = Project(id=_rid(i), district=district_code, title_tr="Aynı proje", title_en="Same project",
                    status="ongoing", start_date=date(2024, 1, 1), sdg_primary=11, sdg_goals=[11],
                    lat=38.46, lon=27.21)
        out.append(RecordChange(p.id, district_code, 0, 0, project_to_dict(p)))
    return out


def test_signed_bundle_of_copies_writes_linear_duplicate_rows(tmp_path: Path) -> None:
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    key = KeyService(bor).private_key(PASS)
    data = export_bundle(BundleContent(records=tuple(_copies(N, "bornova"))), private_key=key,
                         kind="district", district="bornova", seq=1, created_by="red-team")
    assert 1.5e6 < len(data) < 2.5e6
    f = tmp_path / "copies.izsa"
    f.write_bytes(data)
    pre, res = import_file(cen, f)
    assert res is not None and res.counts["new"] == N
    with cen.engine.connect() as c:
        rows = c.execute(text("SELECT first_id, second_id, reason FROM bundle_duplicate")).all()
    # before the fix: N * (N - 1) / 2 = 1,999,000 rows
    assert len(rows) <= MAX_PER_RECORD * N // 2 + N
    assert len(pre.duplicates) == len(rows)
    deg: Counter[str] = Counter()
    for a, b, reason in rows:
        assert a < b and reason == "title"
        deg[a] += 1
        deg[b] += 1
    # every copy is still reported, with a bounded number of partners
    assert set(deg) == {_rid(i) for i in range(N)}
    assert max(deg.values()) <= MAX_PAIRS_PER_RECORD
    assert cen.path is not None and cen.path.stat().st_size < 50e6


def _shapes(n: int) -> dict[str, list[dict]]:
    import random

    rng = random.Random(9)
    base = {"district": "bornova", "lat": None, "lon": None, "start_date": None}
    return {
        "copies": [dict(base, id=_rid(i), title_tr="Aynı proje", lat=38.46, lon=27.21, start_date="2024-01-01")
                   for i in range(n)],
        "numbered": [dict(base, id=_rid(i), title_tr=f"Kent bahçesi projesi {i}") for i in range(n)],
        "typos": [dict(base, id=_rid(i), title_tr="karşıyaka kıyı temizliği "
                       + "".join(rng.choice("abcdefgh") for _ in range(3))) for i in range(n)],
        "points": [dict(base, id=_rid(i), title_tr="", lat=38.46 + rng.random() * 0.003,
                        lon=27.21 + rng.random() * 0.003, start_date="2024-01-01") for i in range(n)],
        "long_titles": [dict(base, id=_rid(i), title_tr="uzun başlık " * 8000 + str(i % 7))
                        for i in range(n // 4)],
    }


@pytest.mark.parametrize("shape", ["copies", "numbered", "typos", "points", "long_titles"])
def test_pairs_and_time_grow_linearly(shape: str) -> None:
    """Doubling hostile input at most about doubles pairs and time (quadratic would quadruple)."""
    got = {}
    for n in (1000, 2000):
        recs = _shapes(n)[shape]
        t0 = time.perf_counter()
        pairs = find_likely_duplicates(recs)
        got[n] = (len(pairs), time.perf_counter() - t0)
        assert len(pairs) <= 2 * MAX_PER_RECORD * len(recs)
        per: Counter[str] = Counter()
        for p in pairs:
            per[p.first_id] += 1
            per[p.second_id] += 1
        assert max(per.values(), default=0) <= MAX_PAIRS_PER_RECORD
    (p1, t1), (p2, t2) = got[1000], got[2000]
    assert p2 <= 2.5 * p1 + 100
    assert t2 < 10.0 and t2 <= 4 * t1 + 1.0  # generous: a shared 2-core machine


def test_honest_pair_beside_the_copies_is_still_flagged() -> None:
    recs = _shapes(300)["copies"]
    a = {"id": _rid(10_001), "district": "bornova", "title_tr": "Bostanlı kıyı temizliği", "lat": 38.47,
         "lon": 27.09, "start_date": "2024-05-01"}
    b = {"id": _rid(10_002), "district": "bornova", "title_tr": "Bostanli kiyi temizligi", "lat": None,
         "lon": None, "start_date": None}
    pairs = {(p.first_id, p.second_id): p.reason for p in find_likely_duplicates(recs + [a], [b])}
    assert pairs[(a["id"], b["id"])] == "title"
