"""Key management: own signing key (encrypted at rest), pinned keys of others, rotation, revocation.

Central pins every district's public key (registered only when the typed fingerprint matches);
districts pin the central key the same way (district code ``central``). Revocation is "from seq N";
rotation is a statement signed by the old key that travels in the next bundles until acknowledged.
Every key event writes an audit row in the same transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..bundle import (
    PinnedKey,
    RotationStatement,
    SeenBundle,
    TrustState,
    decrypt_private_key,
    encrypt_private_key,
    export_public_key,
    fingerprint,
    fingerprints_match,
    generate_private_key,
    import_public_key,
    public_bytes,
    sign_rotation,
)
from ..bundle.keys import SCRYPT_N, check_passphrase, kdf_cost
from ..core.errors import IzsaError
from ..store.bundle_models import OwnKey, PinnedKeyRow, RotationRow, SeenBundleRow
from ..store.meta import read_meta, write_meta
from ..store.models import Audit
from ..store.projects import now_iso
from .workspace import Workspace

CENTRAL = "central"
SEQ_KEY = "bundle_seq"


def signer_name(ws: Workspace) -> str:
    """The ``district`` a workspace signs as: its district code, or ``central``."""
    return ws.identity.district if ws.identity.role == "district" else CENTRAL


def key_audit(s: Session, ws: Workspace, action: str, subject: str, detail: str) -> None:
    s.add(Audit(at=now_iso(), user=ws.acting_user(), action=action,
                project_uuid="", field=subject, old=None, new=json.dumps(detail, ensure_ascii=False),
                source="keys"))


def own_key(s: Session) -> OwnKey | None:
    return s.scalars(select(OwnKey).where(OwnKey.active.is_(True)).order_by(OwnKey.id.desc())).first()


def next_seq(s: Session) -> int:
    return int(read_meta(s).get(SEQ_KEY) or 0) + 1


@dataclass(frozen=True)
class KeyInfo:
    signer: str
    fingerprint: str
    training: bool


class KeyService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def _require(self, role: str) -> None:
        if self.ws.identity.role != role:
            raise IzsaError("wrong_role", expected=role, actual=self.ws.identity.role or "?")

    # -- own key ------------------------------------------------------------------------------------
    def init(self, passphrase: str) -> KeyInfo:
        if not self.ws.identity.configured:
            raise IzsaError("workspace_not_initialised")
        check_passphrase(passphrase)  # the one passphrase rule (bundle.keys.passphrase_problem)
        key = generate_private_key()
        blob = encrypt_private_key(key, passphrase)
        pub = public_bytes(key)
        with self.ws.session() as s, s.begin():
            if own_key(s) is not None:
                raise IzsaError("key_exists")
            s.add(OwnKey(public_key=pub, encrypted=blob, training=self.ws.identity.training, active=True,
                         created_at=now_iso()))
            key_audit(s, self.ws, "key_init", signer_name(self.ws), fingerprint(pub))
        return KeyInfo(signer_name(self.ws), fingerprint(pub), self.ws.identity.training)

    def info(self) -> KeyInfo:
        with self.ws.session() as s:
            k = own_key(s)
            if k is None:
                raise IzsaError("key_missing")
            return KeyInfo(signer_name(self.ws), fingerprint(k.public_key), bool(k.training))

    def private_key(self, passphrase: str):  # type: ignore[no-untyped-def]
        """Unlock the signing key. A key wrapped at an older, cheaper scrypt cost (2^15) is re-wrapped at
        ``SCRYPT_N`` right away (``upgrade``): only an unlock knows the passphrase, and every caller
        (bundle export, dataset, rotation, ``keys upgrade``) is about to write anyway. If that write
        cannot be made (read-only database, lock), the old wrapping stays and still opens."""
        with self.ws.session() as s:
            k = own_key(s)
            if k is None:
                raise IzsaError("key_missing")
            key_id_, blob, pub = k.id, k.encrypted, k.public_key
        key = decrypt_private_key(blob, passphrase)
        if (kdf_cost(blob) or SCRYPT_N) < SCRYPT_N:
            try:
                self._rewrap(key_id_, blob, pub, key, passphrase)
            except SQLAlchemyError:
                pass  # the old wrapping is untouched and valid; the next unlock tries again
        return key

    def upgrade(self, passphrase: str) -> tuple[int, int]:
        """``keys upgrade``: unlock and re-wrap at ``SCRYPT_N`` if older; (cost before, cost now)."""
        with self.ws.session() as s:
            k = own_key(s)
            if k is None:
                raise IzsaError("key_missing")
            key_id_, blob, pub = k.id, k.encrypted, k.public_key
        before = kdf_cost(blob) or 0
        key = decrypt_private_key(blob, passphrase)
        if before < SCRYPT_N:
            self._rewrap(key_id_, blob, pub, key, passphrase)
        return before, max(before, SCRYPT_N)

    def _rewrap(self, key_id_: int, old_blob: bytes, pub: bytes, key, passphrase: str) -> None:  # type: ignore[no-untyped-def]
        """Replace the wrapping of one key row in one transaction, only if it is still the one we opened
        (a concurrent re-wrap or edit wins; both wrappings open with the same passphrase). The new blob is
        opened once before it is stored, so a faulty wrapping can never replace a good one."""
        new_blob = encrypt_private_key(key, passphrase)
        if public_bytes(decrypt_private_key(new_blob, passphrase)) != pub:
            raise IzsaError("key_file_invalid")
        with self.ws.session() as s, s.begin():
            done = s.execute(update(OwnKey).where(OwnKey.id == key_id_, OwnKey.encrypted == old_blob)
                             .values(encrypted=new_blob)).rowcount
            if done:
                key_audit(s, self.ws, "key_rewrapped", signer_name(self.ws),
                          f"{fingerprint(pub)}: scrypt n={kdf_cost(old_blob)} -> n={SCRYPT_N}")

    def export_public(self) -> bytes:
        with self.ws.session() as s:
            k = own_key(s)
            if k is None:
                raise IzsaError("key_missing")
            return export_public_key(signer_name(self.ws), k.public_key)

    def rotate(self, passphrase: str) -> KeyInfo:
        """New key; a statement signed by the old key, effective from the next seq, which the rotation uses
        up (the next bundle comes after it: a harmless skipped seq at the receiver), so that two rotations
        before one bundle form a chain with strictly increasing seqs."""
        old = self.private_key(passphrase)
        new = generate_private_key()
        with self.ws.session() as s, s.begin():
            cur = own_key(s)
            assert cur is not None
            seq = next_seq(s)
            st = sign_rotation(old, signer_name(self.ws), public_bytes(new), seq)
            bump_seq(s, seq)  # a rotation uses up its seq: two rotations before a bundle stay in order
            s.add(RotationRow(statement=json.dumps(st.to_dict()), effective_seq=st.effective_seq))
            cur.active = False
            s.add(OwnKey(public_key=public_bytes(new), encrypted=encrypt_private_key(new, passphrase),
                         training=cur.training, active=True, created_at=now_iso()))
            key_audit(s, self.ws, "key_rotate", signer_name(self.ws),
                      f"{fingerprint(st.old_key)} -> {fingerprint(st.new_key)} from seq {st.effective_seq}")
        return KeyInfo(signer_name(self.ws), fingerprint(public_bytes(new)), self.ws.identity.training)

    def pending_rotations(self, s: Session, acked: int) -> list[RotationStatement]:
        rows = s.scalars(select(RotationRow).where(RotationRow.effective_seq > acked).order_by(RotationRow.id))
        return [RotationStatement.from_dict(json.loads(r.statement)) for r in rows]

    # -- pinned keys --------------------------------------------------------------------------------
    def _pin(self, district: str, blob: bytes, typed_fp: str, how: str) -> str:
        pk = import_public_key(blob)
        if pk.district != district:
            raise IzsaError("key_district_mismatch", district=district, file_district=pk.district)
        if not fingerprints_match(typed_fp, pk.public_key):
            raise IzsaError("key_fingerprint_mismatch", district=district)
        with self.ws.session() as s, s.begin():
            rows = list(s.scalars(select(PinnedKeyRow).where(PinnedKeyRow.district == district)))
            if any(r.public_key == pk.public_key for r in rows):
                raise IzsaError("key_already_registered", district=district)
            start = last_seen_seq(s, district) + 1
            for r in rows:  # re-registration (lost key): the old key stops at the same seq
                if r.revoked_from_seq is None:
                    r.revoked_from_seq = start
            s.add(PinnedKeyRow(district=district, public_key=pk.public_key,
                               valid_from_seq=start if rows else 0, added_at=now_iso(), how=how))
            key_audit(s, self.ws, "key_" + how, district, pk.fingerprint)
        return pk.fingerprint

    def register(self, district: str, blob: bytes, typed_fp: str) -> str:
        self._require("central")
        if district == CENTRAL:
            raise IzsaError("district_unknown", value=district)
        return self._pin(district, blob, typed_fp, "registered")

    def pin_central(self, blob: bytes, typed_fp: str) -> str:
        self._require("district")
        return self._pin(CENTRAL, blob, typed_fp, "pinned")

    def revoke(self, district: str, from_seq: int | None = None) -> int:
        self._require("central")
        with self.ws.session() as s, s.begin():
            seq = from_seq if from_seq is not None else last_seen_seq(s, district) + 1
            rows = [r for r in s.scalars(select(PinnedKeyRow).where(PinnedKeyRow.district == district))
                    if r.revoked_from_seq is None or r.revoked_from_seq > seq]
            if not rows:
                raise IzsaError("key_unknown", district=district)
            for r in rows:
                r.revoked_from_seq = seq
                key_audit(s, self.ws, "key_revoke", district, f"{fingerprint(r.public_key)} from seq {seq}")
        return seq

    def pinned(self) -> list[PinnedKeyRow]:
        with self.ws.session() as s:
            return list(s.scalars(select(PinnedKeyRow).order_by(PinnedKeyRow.district, PinnedKeyRow.id)))


def last_seen_seq(s: Session, district: str) -> int:
    q = select(func.max(SeenBundleRow.seq)).where(
        SeenBundleRow.district == district, SeenBundleRow.status == "imported"
    )
    v = s.scalar(q)
    return -1 if v is None else int(v)


def trust_state(s: Session) -> TrustState:
    """The registry the verification choke point needs, read from the tables."""
    pinned: dict[str, list[PinnedKey]] = {}
    for r in s.scalars(select(PinnedKeyRow).order_by(PinnedKeyRow.id)):
        pinned.setdefault(r.district, []).append(
            PinnedKey(r.district, r.public_key, r.valid_from_seq, r.revoked_from_seq)
        )
    seen: dict[str, SeenBundle] = {}
    for r in s.scalars(select(SeenBundleRow).where(SeenBundleRow.status == "imported")):
        if r.district not in seen or r.seq > seen[r.district].seq:
            seen[r.district] = SeenBundle(r.seq, r.body_sha256)
    return TrustState({d: tuple(v) for d, v in pinned.items()}, seen)


def record_key_events(s: Session, ws: Workspace, events) -> None:  # type: ignore[no-untyped-def]
    """Mirror of ``bundle.apply_key_events`` in the table, with audit rows."""
    for ev in events:
        for r in s.scalars(select(PinnedKeyRow).where(PinnedKeyRow.district == ev.district)):
            if r.public_key == ev.old_key and r.revoked_from_seq is None:
                r.revoked_from_seq = ev.seq
        s.add(PinnedKeyRow(district=ev.district, public_key=ev.new_key, valid_from_seq=ev.seq,
                           added_at=now_iso(), how="rotated"))
        key_audit(s, ws, "key_rotated", ev.district,
                  f"{fingerprint(ev.old_key)} -> {fingerprint(ev.new_key)} from seq {ev.seq}")


def bump_seq(s: Session, seq: int) -> None:
    write_meta(s, **{SEQ_KEY: str(seq)})
