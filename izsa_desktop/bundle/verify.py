"""THE verification choke point. Every import path (menu, drag-drop, CLI, tests) calls ``verify_bundle``.

Order (each step refuses with its own ``IzsaError`` code; nothing later runs on failure):

1. size caps and frame header              bundle_too_large, bundle_truncated, bundle_not_a_bundle, ...
2. signature over the exact envelope bytes bundle_envelope_invalid, bundle_signature_invalid
   (then the manifest is parsed)           bundle_manifest_invalid, bundle_signer_mismatch
3. key pinned for that district            key_unknown, key_revoked, key_not_yet_valid,
   (full key compare; rotation chain)      key_rotation_invalid, bundle_kind_unexpected
4. sequence vs last seen                   bundle_replayed; same seq + same hash -> status
                                           "already_imported"; same seq + other hash -> bundle_equivocation
5. body length and SHA-256                 bundle_length_mismatch, bundle_body_hash_mismatch
6. strict parsing of the body              bundle_entry_*, bundle_body_invalid, bundle_json_invalid
7. schema version                          bundle_schema_newer (update the app); older -> upgrader chain
   then the strict schema shape check      bundle_record_invalid, bundle_counts_mismatch, ...
8. training policy                         bundle_training_refused
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from izsa_desktop.core.errors import IzsaError

from .body import parse_body
from .codec import decode_content
from .content import BundleContent
from .framing import DEFAULT_LIMITS, Limits, open_envelope, split_frame
from .manifest import Manifest, manifest_from_dict
from .schema import CURRENT_SCHEMA, upgrade
from .strictjson import loads, loads_lines
from .trust import KeyEvent, KeyRegistry, check_signer


def check_district_content(content: BundleContent, district: str) -> None:
    """What a validly signed district bundle may carry: its own district's records only, no review
    decisions (central's alone), attachments only on the live records it carries."""
    for r in content.records:
        if r.district != district:
            raise IzsaError("bundle_record_foreign", district=district)
    if content.reviews:
        raise IzsaError("bundle_reviews_not_allowed", entry="reviews.jsonl", line=1)
    live = {r.id for r in content.records if not r.deleted}
    for n, a in enumerate(content.attachments, start=1):  # file order = line numbers
        if a.record_id not in live:
            raise IzsaError("bundle_attachment_foreign", entry="attachments.jsonl", line=n, id=a.record_id,
                            field="record_id")


@dataclass(frozen=True)
class VerifiedBundle:
    manifest: Manifest
    content: BundleContent
    status: str  # "new" | "already_imported" (re-import: services do nothing but may log it)
    signer_key: bytes
    key_events: tuple[KeyEvent, ...]  # rotations to record (pin new key, revoke old from seq)
    skipped_seqs: int  # sequence numbers jumped over since the last seen bundle (fast-forward)
    upgraded_from: int | None  # schema version before the upgrader chain, if it ran


def verify_bundle(
    data: bytes,
    trust: KeyRegistry,
    *,
    allow_training: bool,
    expect_kind: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> VerifiedBundle:
    # 1. caps and frame
    envelope, body = split_frame(data, limits)
    # 2. signature over the exact envelope bytes, then (only then) the manifest
    signer, payload = open_envelope(envelope)
    manifest = manifest_from_dict(loads(payload, entry="manifest"))
    if manifest.signer_key != signer:
        raise IzsaError("bundle_signer_mismatch")
    # 3. key pinned for that district and not revoked
    if expect_kind is not None and manifest.kind != expect_kind:
        raise IzsaError("bundle_kind_unexpected", kind=manifest.kind, expected=expect_kind)
    events = check_signer(trust, manifest.district, signer, manifest.seq, manifest.key_rotations)
    # 4. sequence
    status, skipped = "new", 0
    seen = trust.last_seen(manifest.district)
    if seen is not None:
        if manifest.seq < seen.seq:
            raise IzsaError(
                "bundle_replayed", district=manifest.district, seq=manifest.seq, last_seen=seen.seq
            )
        if manifest.seq == seen.seq:
            if manifest.body_sha256 != seen.body_sha256:
                raise IzsaError(
                    "bundle_equivocation",
                    district=manifest.district,
                    seq=manifest.seq,
                    known_sha256=seen.body_sha256,
                    new_sha256=manifest.body_sha256,
                )
            status = "already_imported"
        else:
            skipped = manifest.seq - seen.seq - 1
    # 5. body length and hash
    if len(body) != manifest.body_length:
        raise IzsaError("bundle_length_mismatch", expected=manifest.body_length, got=len(body))
    if hashlib.sha256(body).hexdigest() != manifest.body_sha256:
        raise IzsaError("bundle_body_hash_mismatch")
    # 6. strict parsing
    raw = parse_body(body, manifest.entries, limits)
    rows = {n[: -len(".jsonl")]: loads_lines(b, entry=n) for n, b in raw.items() if n.endswith(".jsonl")}
    blobs = {n: b for n, b in raw.items() if n.startswith("att/")}
    if sum(len(v) for v in rows.values()) > limits.max_records:
        raise IzsaError("bundle_too_many_records", limit=limits.max_records)
    # 7. schema version: newer refused, older upgraded; then the strict shape check
    upgraded_from = manifest.schema_version if manifest.schema_version < CURRENT_SCHEMA else None
    rows = upgrade(rows, manifest.schema_version)
    content = decode_content(rows, blobs, personal_data=manifest.personal_data, counts=manifest.counts)
    if manifest.kind == "district":
        check_district_content(content, manifest.district)
    # 8. training policy
    if manifest.training and not allow_training:
        raise IzsaError("bundle_training_refused")
    return VerifiedBundle(manifest, content, status, signer, tuple(events), skipped, upgraded_from)
