"""Shared builders for the bundle tests (real keys, real signatures, no mocks)."""

from __future__ import annotations

from datetime import date

from izsa_desktop.bundle import (
    BundleContent,
    PinnedKey,
    RecordChange,
    SeenBundle,
    TrustState,
    export_bundle,
    public_bytes,
)
from izsa_desktop.bundle.content import Attachment
from izsa_desktop.core.model import Project, project_to_dict

DISTRICT = "bornova"
UUIDS = [f"00000000-0000-4000-8000-{i:012d}" for i in range(100_000)]


def project(i: int, district: str = DISTRICT, **kw) -> dict:
    p = Project(
        id=UUIDS[i],
        district=district,
        title_tr=f"Bisiklet yolu {i}",
        title_en=f"Bike lane {i}",
        purpose="Ulaşımda karbon azaltımı",
        status="ongoing",
        start_date=date(2024, 3, 1),
        sdg_primary=11,
        sdg_goals=[11, 13],
        sdg_targets=["11.2"],
        who_themes=["places"],
        target_groups=["youth"],
        lat=38.46 + i * 1e-4,
        lon=27.21,
        budget_kurus=125_000_00,
        partners=[{"name": "Ege Üniversitesi", "type": "academic", "role": "implementing"}],
    )
    d = project_to_dict(p)
    d.update(kw)
    return d


def change(i: int, district: str = DISTRICT, base: int = 0, version: int = 0, **kw) -> RecordChange:
    return RecordChange(UUIDS[i], district, version, base, project(i, district, **kw))


def tombstone(i: int, district: str = DISTRICT, base: int = 1, reason: str = "mükerrer") -> RecordChange:
    return RecordChange(UUIDS[i], district, 0, base, None, True, reason)


def reference_content(n: int = 3) -> BundleContent:
    att = b"%PDF-1.4 tiny evidence"
    import hashlib

    return BundleContent(
        records=tuple(change(i) for i in range(n)) + (tombstone(n),),
        audit=({"action": "export", "by": "ayse", "at": "2025-01-01T10:00:00"},),
        reviews=(),
        attachments=(
            Attachment(hashlib.sha256(att).hexdigest(), UUIDS[0], "rapor.pdf", "application/pdf", False, att),
        ),
    )


def make_bundle(
    key, *, seq: int = 1, content: BundleContent | None = None, district: str = DISTRICT, **kw
) -> bytes:
    return export_bundle(
        content or reference_content(),
        private_key=key,
        kind=kw.pop("kind", "district"),
        district=district,
        seq=seq,
        created_by="ayse",
        app_version="0.1.0",
        **kw,
    )


def trust_for(key, district: str = DISTRICT, seen: SeenBundle | None = None, **pk) -> TrustState:
    return TrustState(
        pinned={district: (PinnedKey(district, public_bytes(key), **pk),)},
        seen={district: seen} if seen else {},
    )
