"""The signed manifest: exact field set, strict types, canonical JSON.

Fields (all required, no others):

=================  ============================================================================
format             "izsa-bundle"
kind               "district" (district -> central) or "dataset" (central -> districts)
bundle_id          UUID, canonical lower-case form
district           district code of the signer ("izmir" for central's datasets)
seq                per-district counter that only grows (never a timestamp)
schema_version     record schema of the body
counts             {records, tombstones, audit, key_events, reviews, attachments}
created_by         user name at export (informational)
app_version        application version (informational)
training           true for training installs; refused unless the importer allows it
personal_data      whether contact fields (KVKK) may be non-empty
signer_key         base64 of the 32-byte Ed25519 key; must equal the envelope's key
body_sha256        hex SHA-256 of the body bytes
body_length        exact body length; the file ends right after it
entries            [{name, size, sha256}] in body order
key_rotations      rotation statements (see trust.py) leading from a pinned key to signer_key
acks               datasets: {district: last seq central imported from it}; district bundles: {}
=================  ============================================================================
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from izsa_desktop.core.errors import IzsaError

from .keys import KEY_SIZE
from .strictjson import b64decode_canonical, b64encode, dumps
from .trust import RotationStatement

FORMAT = "izsa-bundle"
KINDS = ("district", "dataset")
COUNT_KEYS = ("records", "tombstones", "audit", "key_events", "reviews", "attachments")
MAX_ENTRIES = 20_000
MAX_ENTRY_NAME = 80
_FIELDS = frozenset(
    "format kind bundle_id district seq schema_version counts created_by app_version training "
    "personal_data signer_key body_sha256 body_length entries key_rotations acks".split()
)
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_DISTRICT = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


@dataclass(frozen=True, slots=True)
class EntryInfo:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    kind: str
    bundle_id: str
    district: str
    seq: int
    schema_version: int
    counts: dict[str, int]
    created_by: str
    app_version: str
    training: bool
    personal_data: bool
    signer_key: bytes
    body_sha256: str
    body_length: int
    entries: tuple[EntryInfo, ...]
    key_rotations: tuple[RotationStatement, ...] = field(default=())
    acks: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "kind": self.kind,
            "bundle_id": self.bundle_id,
            "district": self.district,
            "seq": self.seq,
            "schema_version": self.schema_version,
            "counts": dict(self.counts),
            "created_by": self.created_by,
            "app_version": self.app_version,
            "training": self.training,
            "personal_data": self.personal_data,
            "signer_key": b64encode(self.signer_key),
            "body_sha256": self.body_sha256,
            "body_length": self.body_length,
            "entries": [{"name": e.name, "size": e.size, "sha256": e.sha256} for e in self.entries],
            "key_rotations": [r.to_dict() for r in self.key_rotations],
            "acks": dict(self.acks),
        }

    def to_bytes(self) -> bytes:
        return dumps(self.to_dict())


def _bad(reason: str) -> IzsaError:
    return IzsaError("bundle_manifest_invalid", reason=reason)


def _nat(v: Any, what: str) -> int:
    if type(v) is not int or v < 0:
        raise _bad(what)
    return v


def _text(v: Any, what: str, limit: int = 200) -> str:
    if not isinstance(v, str) or len(v) > limit or any(ord(c) < 32 for c in v):
        raise _bad(what)
    return v


def manifest_from_dict(d: Any) -> Manifest:
    if not isinstance(d, dict) or set(d) != _FIELDS:
        raise _bad("field set")
    if d["format"] != FORMAT or d["kind"] not in KINDS:
        raise _bad("format or kind")
    bid = _text(d["bundle_id"], "bundle_id", 36)
    try:
        if str(uuid.UUID(bid)) != bid:
            raise ValueError
    except ValueError:
        raise _bad("bundle_id") from None
    if not isinstance(d["district"], str) or not _DISTRICT.match(d["district"]):
        raise _bad("district")
    counts = d["counts"]
    if not isinstance(counts, dict) or set(counts) != set(COUNT_KEYS):
        raise _bad("counts")
    for k in COUNT_KEYS:
        _nat(counts[k], "counts")
    for k in ("training", "personal_data"):
        if type(d[k]) is not bool:
            raise _bad(k)
    if not isinstance(d["body_sha256"], str) or not _HEX64.match(d["body_sha256"]):
        raise _bad("body_sha256")
    raw_entries = d["entries"]
    if not isinstance(raw_entries, list) or len(raw_entries) > MAX_ENTRIES:
        raise _bad("entries")
    entries = []
    for e in raw_entries:
        if not isinstance(e, dict) or set(e) != {"name", "size", "sha256"}:
            raise _bad("entry fields")
        if not isinstance(e["sha256"], str) or not _HEX64.match(e["sha256"]):
            raise _bad("entry sha256")
        entries.append(
            EntryInfo(_text(e["name"], "entry name", MAX_ENTRY_NAME), _nat(e["size"], "size"), e["sha256"])
        )
    rotations = d["key_rotations"]
    if not isinstance(rotations, list):
        raise _bad("key_rotations")
    acks = d["acks"]
    if not isinstance(acks, dict) or len(acks) > 100 or not all(_DISTRICT.match(k) for k in acks):
        raise _bad("acks")
    for v in acks.values():
        _nat(v, "acks")
    return Manifest(
        kind=d["kind"],
        bundle_id=bid,
        district=d["district"],
        seq=_nat(d["seq"], "seq"),
        schema_version=_nat(d["schema_version"], "schema_version"),
        counts=dict(counts),
        created_by=_text(d["created_by"], "created_by"),
        app_version=_text(d["app_version"], "app_version", 40),
        training=d["training"],
        personal_data=d["personal_data"],
        signer_key=b64decode_canonical(d["signer_key"], what="signer_key", size=KEY_SIZE),
        body_sha256=d["body_sha256"],
        body_length=_nat(d["body_length"], "body_length"),
        entries=tuple(entries),
        key_rotations=tuple(RotationStatement.from_dict(r) for r in rotations),
        acks=dict(acks),
    )
