"""Bundle cryptography and parsing: sign+serialise and verify+parse a 10k-record district bundle.

``bench_bundle_sign_verify(ctx)`` returns milliseconds (best of 3):

* ``bundle_sign_10k_inmem_ms``: ``export_bundle`` (in memory; the budgeted ``bundle_export_10k_ms`` is
  the database export in ``bench_bundle_db.py``) (canonical JSON lines, body framing, SHA-256, Ed25519
  signature) for 10k full project records, with baseline ``bundle_json_dumps_10k_ms`` (plain
  ``json.dumps`` of the same dicts, one line each).
* ``bundle_verify_10k_ms``: ``verify_bundle`` (caps, signature, key, sequence, body hash, strict parsing,
  schema shape check of every record), with baseline ``bundle_json_loads_10k_ms`` (plain ``json.loads``
  of the same lines).
* ``bundle_plan_merge_10k_ms``: ``plan_merge`` of the verified records against 10k existing records
  with one field changed each, with baseline ``bundle_verify_10k_ms``.
* ``bundle_size_10k_kb``: bundle size (information).
"""

from __future__ import annotations

import json
import time
import uuid
from datetime import date

from izsa_desktop.bundle import (
    BundleContent,
    PinnedKey,
    RecordChange,
    RecordState,
    Snapshot,
    TrustState,
    export_bundle,
    generate_private_key,
    plan_merge,
    public_bytes,
    verify_bundle,
)
from izsa_desktop.core.model import Project, project_to_dict


def _records(n: int) -> list[dict]:
    out = []
    for i in range(n):
        p = Project(
            id=str(uuid.UUID(int=i + 1, version=4)), district="bornova", title_tr=f"Kıyı temizliği projesi {i}",
            title_en=f"Coastal clean-up {i}", purpose="Deniz kirliliğini azaltmak ve farkındalık yaratmak",
            summary="Gönüllülerle aylık kıyı temizliği; atıklar ayrıştırılıp geri dönüşüme gönderilir." * 2,
            status="ongoing", start_date=date(2024, 1 + i % 12, 1), sdg_primary=14, sdg_goals=[14, 12, 17],
            sdg_targets=["14.1", "12.5"], who_themes=["planet", "participation"], target_groups=["youth"],
            lat=38.40 + (i % 100) * 1e-3, lon=27.10 + (i // 100) * 1e-3, budget_kurus=250_000_00 + i,
            partners=[{"name": "Ege Üniversitesi", "type": "academic", "role": "implementing"}],
            keywords="kıyı, atık, gönüllü",
        )
        out.append(project_to_dict(p))
    return out


def _best(fn, repeat: int = 3) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, (time.perf_counter() - t0) * 1000)
    return best, result


def bench_bundle_sign_verify(ctx=None) -> dict[str, float]:
    n = ctx.size(10_000, 1_000) if ctx is not None and hasattr(ctx, "size") else 10_000
    key = generate_private_key()
    values = _records(n)
    content = BundleContent(records=tuple(RecordChange(v["id"], "bornova", 0, 1, v) for v in values))
    trust = TrustState(pinned={"bornova": (PinnedKey("bornova", public_bytes(key)),)})

    export_ms, data = _best(
        lambda: export_bundle(content, private_key=key, kind="district", district="bornova", seq=1)
    )
    dumps_ms, lines = _best(lambda: "\n".join(json.dumps(v, ensure_ascii=False) for v in values))
    verify_ms, verified = _best(lambda: verify_bundle(data, trust, allow_training=False))
    loads_ms, _ = _best(lambda: [json.loads(line) for line in lines.split("\n")])

    state = {
        v["id"]: RecordState(v["id"], "bornova", 1, Snapshot({**v, "status": "planned"})) for v in values
    }
    base = {v["id"]: {**v, "status": "planned"} for v in values}
    plan_ms, plan = _best(lambda: plan_merge(verified.content.records, state, lambda rid, ver: base[rid]))
    assert plan.counts()["changed"] == n
    suffix = "10k" if n == 10_000 else f"{n // 1000}k"
    return {
        f"bundle_sign_{suffix}_inmem_ms": export_ms,
        f"bundle_json_dumps_{suffix}_ms": dumps_ms,
        f"bundle_verify_{suffix}_ms": verify_ms,
        f"bundle_json_loads_{suffix}_ms": loads_ms,
        f"bundle_plan_merge_{suffix}_ms": plan_ms,
        f"bundle_size_{suffix}_kb": len(data) / 1024,
    }


if __name__ == "__main__":
    print(json.dumps(bench_bundle_sign_verify(), indent=1))
