"""Writing bundles: content -> entries -> body -> signed manifest -> framed bytes."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping, Sequence

from izsa_desktop.core.errors import IzsaError

from .body import build_body
from .codec import encode_content
from .content import BundleContent
from .framing import seal
from .keys import public_bytes
from .manifest import KINDS, Manifest
from .schema import CURRENT_SCHEMA
from .trust import RotationStatement


def assemble(
    entries: Sequence[tuple[str, bytes]],
    counts: Mapping[str, int],
    *,
    private_key,
    kind: str,
    district: str,
    seq: int,
    created_by: str = "",
    app_version: str = "",
    training: bool = False,
    personal_data: bool = False,
    key_rotations: Sequence[RotationStatement] = (),
    bundle_id: str | None = None,
    schema_version: int = CURRENT_SCHEMA,
    acks: Mapping[str, int] | None = None,
) -> bytes:
    """Low level: sign arbitrary entries (used by ``export_bundle``, and by tests to build hostile bundles
    that are validly signed)."""
    if kind not in KINDS or seq < 0:
        raise IzsaError("bundle_export_invalid", kind=kind, seq=seq)
    body, infos = build_body(entries)
    manifest = Manifest(
        kind=kind,
        bundle_id=bundle_id or str(uuid.uuid4()),
        district=district,
        seq=seq,
        schema_version=schema_version,
        counts=dict(counts),
        created_by=created_by,
        app_version=app_version,
        training=training,
        personal_data=personal_data,
        signer_key=public_bytes(private_key),
        body_sha256=hashlib.sha256(body).hexdigest(),
        body_length=len(body),
        entries=infos,
        key_rotations=tuple(key_rotations),
        acks=dict(acks or {}),
    )
    return seal(manifest.to_bytes(), private_key, body)


def export_bundle(
    content: BundleContent,
    *,
    private_key,
    kind: str,
    district: str,
    seq: int,
    created_by: str = "",
    app_version: str = "",
    training: bool = False,
    personal_data: bool = False,
    key_rotations: Sequence[RotationStatement] = (),
    bundle_id: str | None = None,
    acks: Mapping[str, int] | None = None,
) -> bytes:
    """Serialise and sign. Without ``personal_data`` the contact fields (KVKK) are blanked.

    ``acks`` (datasets only): per district, the last bundle seq central has imported; districts use it to
    clear their pending-edit flags. ``seq`` must be the exporter's next sequence number (services keep the counter and bump it in the
    same transaction that records the export). A district bundle may only carry that district's records.
    """
    if kind == "district" and any(r.district != district for r in content.records):
        raise IzsaError("bundle_record_foreign", district=district)
    entries, counts = encode_content(content, personal_data=personal_data)
    return assemble(
        entries,
        counts,
        private_key=private_key,
        kind=kind,
        district=district,
        seq=seq,
        created_by=created_by,
        app_version=app_version,
        training=training,
        personal_data=personal_data,
        key_rotations=key_rotations,
        bundle_id=bundle_id,
        acks=acks,
    )
