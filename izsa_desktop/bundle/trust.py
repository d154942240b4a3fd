"""Pinned keys, last-seen sequence numbers, key rotation statements and revocation (by sequence).

The database side (services) owns the registry; this module only defines the plain data it passes in
(``KeyRegistry`` protocol, or the ready-made ``TrustState``) and the pure rules:

* A key is valid for a bundle with sequence ``s`` of district ``d`` iff it is pinned for ``d`` and
  ``valid_from_seq <= s`` and (``revoked_from_seq`` is None or ``s < revoked_from_seq``).
  Revocation is "key K revoked from seq N", never a date.
* Rotation: a ``RotationStatement`` (district, old key, new key, effective seq) signed by the OLD key.
  A chain of them may travel in a bundle's signed manifest: it must start at a pinned key that was never
  revoked, link key to key, keep the district, have strictly increasing effective seqs that are newer than
  the last bundle seen and not after the bundle's own seq, and end at the key that signed the bundle.
  Only then is the new key accepted; the caller records the resulting ``KeyEvent``s. Leading statements
  the receiver has already recorded (their new key pinned from their effective seq) are skipped first, so
  a sender may always send its whole chain (central rotating twice before a dataset).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from izsa_desktop.core.errors import IzsaError

from .keys import KEY_SIZE, SIG_SIZE, verify_signature
from .strictjson import b64decode_canonical, b64encode, dumps

ROTATION_DOMAIN = b"IZSA-KEY-ROTATION-v1\x00"
MAX_CHAIN = 8


@dataclass(frozen=True, slots=True)
class PinnedKey:
    district: str
    public_key: bytes
    valid_from_seq: int = 0
    revoked_from_seq: int | None = None

    def valid_for(self, seq: int) -> bool:
        return self.valid_from_seq <= seq and (self.revoked_from_seq is None or seq < self.revoked_from_seq)


@dataclass(frozen=True, slots=True)
class SeenBundle:
    seq: int
    body_sha256: str


class KeyRegistry(Protocol):
    def keys_for(self, district: str) -> Sequence[PinnedKey]: ...

    def last_seen(self, district: str) -> SeenBundle | None: ...


@dataclass(frozen=True)
class TrustState:
    """Plain-data KeyRegistry: services can build it from their tables."""

    pinned: Mapping[str, Sequence[PinnedKey]] = field(default_factory=dict)
    seen: Mapping[str, SeenBundle] = field(default_factory=dict)

    def keys_for(self, district: str) -> Sequence[PinnedKey]:
        return self.pinned.get(district, ())

    def last_seen(self, district: str) -> SeenBundle | None:
        return self.seen.get(district)


@dataclass(frozen=True, slots=True)
class RotationStatement:
    district: str
    old_key: bytes
    new_key: bytes
    effective_seq: int
    signature: bytes = b""

    def signed_bytes(self) -> bytes:
        body = {
            "type": "izsa-key-rotation",
            "district": self.district,
            "old_key": b64encode(self.old_key),
            "new_key": b64encode(self.new_key),
            "effective_seq": self.effective_seq,
        }
        return ROTATION_DOMAIN + dumps(body)

    def to_dict(self) -> dict[str, Any]:
        return {
            "district": self.district,
            "old_key": b64encode(self.old_key),
            "new_key": b64encode(self.new_key),
            "effective_seq": self.effective_seq,
            "signature": b64encode(self.signature),
        }

    @staticmethod
    def from_dict(d: Any) -> RotationStatement:
        if not isinstance(d, dict) or set(d) != {
            "district",
            "old_key",
            "new_key",
            "effective_seq",
            "signature",
        }:
            raise IzsaError("key_rotation_invalid", reason="fields")
        seq = d["effective_seq"]
        if not isinstance(d["district"], str) or type(seq) is not int or seq < 0:
            raise IzsaError("key_rotation_invalid", reason="fields")
        return RotationStatement(
            district=d["district"],
            old_key=b64decode_canonical(d["old_key"], what="old_key", size=KEY_SIZE),
            new_key=b64decode_canonical(d["new_key"], what="new_key", size=KEY_SIZE),
            effective_seq=seq,
            signature=b64decode_canonical(d["signature"], what="signature", size=SIG_SIZE),
        )


def sign_rotation(
    old_private_key: Any, district: str, new_key: bytes, effective_seq: int
) -> RotationStatement:
    from .keys import public_bytes

    st = RotationStatement(district, public_bytes(old_private_key), new_key, effective_seq)
    return RotationStatement(
        district, st.old_key, new_key, effective_seq, old_private_key.sign(st.signed_bytes())
    )


@dataclass(frozen=True, slots=True)
class KeyEvent:
    """What the caller must record after a verified rotation: pin ``new_key`` from ``seq`` and revoke
    ``old_key`` from the same ``seq``."""

    kind: str  # "rotated"
    district: str
    old_key: bytes
    new_key: bytes
    seq: int


def _pinned(registry: KeyRegistry, district: str, key: bytes) -> PinnedKey | None:
    for pk in registry.keys_for(district):
        if pk.district == district and pk.public_key == key:  # full key, never a key id
            return pk
    return None


def check_signer(
    registry: KeyRegistry, district: str, signer: bytes, seq: int, chain: Sequence[RotationStatement]
) -> list[KeyEvent]:
    """Decide whether ``signer`` may sign bundle ``seq`` of ``district``; return key events to record."""
    pk = _pinned(registry, district, signer)
    if pk is not None:
        if pk.revoked_from_seq is not None and seq >= pk.revoked_from_seq:
            raise IzsaError("key_revoked", district=district, seq=seq, revoked_from_seq=pk.revoked_from_seq)
        if not pk.valid_for(seq):
            raise IzsaError("key_not_yet_valid", district=district, seq=seq, valid_from_seq=pk.valid_from_seq)
        return []
    chain = _unapplied(registry, district, chain)
    if not chain:
        raise IzsaError("key_unknown", district=district)
    return verify_rotation_chain(registry, district, signer, seq, chain)


def _unapplied(
    registry: KeyRegistry, district: str, chain: Sequence[RotationStatement]
) -> Sequence[RotationStatement]:
    """The chain without its leading statements that are already recorded here (their new key is pinned
    from exactly their effective seq): a sender cannot know which of its rotations each receiver has
    seen, so it sends the whole chain and every receiver verifies the part it has not applied yet."""
    n = 0
    while n < len(chain):
        pk = _pinned(registry, district, chain[n].new_key)
        if pk is None or pk.valid_from_seq != chain[n].effective_seq or chain[n].district != district:
            break
        n += 1
    return chain[n:]


def verify_rotation_chain(
    registry: KeyRegistry, district: str, signer: bytes, seq: int, chain: Sequence[RotationStatement]
) -> list[KeyEvent]:
    if len(chain) > MAX_CHAIN:
        raise IzsaError("key_rotation_invalid", reason="chain too long")
    start = _pinned(registry, district, chain[0].old_key)
    if start is None:
        raise IzsaError("key_rotation_invalid", reason="chain does not start at a pinned key")
    if start.revoked_from_seq is not None:
        raise IzsaError("key_rotation_invalid", reason="revoked key cannot rotate")
    seen = registry.last_seen(district)
    prev_seq = max(start.valid_from_seq, seen.seq if seen else -1)
    current = start.public_key
    events = []
    for st in chain:
        if st.district != district or st.old_key != current or st.new_key == st.old_key:
            raise IzsaError("key_rotation_invalid", reason="broken chain")
        if not prev_seq < st.effective_seq <= seq:
            raise IzsaError("key_rotation_invalid", reason="sequence out of order")
        if not verify_signature(st.old_key, st.signature, st.signed_bytes()):
            raise IzsaError("key_rotation_invalid", reason="bad signature")
        events.append(KeyEvent("rotated", district, st.old_key, st.new_key, st.effective_seq))
        current, prev_seq = st.new_key, st.effective_seq
    if current != signer:
        raise IzsaError("key_rotation_invalid", reason="chain does not end at the signer")
    return events


def apply_key_events(state: TrustState, events: Sequence[KeyEvent]) -> TrustState:
    """Pure mirror of what services do in their key tables (used by tests and as reference)."""
    pinned = {d: list(v) for d, v in state.pinned.items()}
    for ev in events:
        keys = pinned.setdefault(ev.district, [])
        keys[:] = [
            PinnedKey(k.district, k.public_key, k.valid_from_seq, ev.seq)
            if k.public_key == ev.old_key and k.revoked_from_seq is None
            else k
            for k in keys
        ]
        keys.append(PinnedKey(ev.district, ev.new_key, ev.seq, None))
    return TrustState(pinned={d: tuple(v) for d, v in pinned.items()}, seen=dict(state.seen))
