"""Private key backup and restore: the signing key survives a dead disk or a re-imaged PC.

``export_key_backup`` unlocks the workspace's signing key with its passphrase and writes it, encrypted
under a separate backup passphrase (``bundle.key_backup``: scrypt 2^17, AES-256-GCM), through
``services.safe_write`` (exclusive temp file, owner-only 0600, fsync, rename). The file also carries the
last bundle sequence number used.

``restore_key_backup`` imports it into a workspace of the same district (typically a new, empty one on a
new PC): the key is re-wrapped under the passphrase chosen for this workspace, and the bundle sequence
continues after the highest of: this workspace's own, the backup's, and the last seq central
acknowledged in a dataset already imported here. (A dataset imported later raises it too:
``services.bundles_dataset.apply_dataset_import``.) So the next bundle is accepted by central with the
next sequence number, signed by the key central already pins: nothing to re-register.

A stolen PC is different: the thief may have the key file, so central revokes the key and registers a
new one (docs/runbook-lost-pc.md); a key backup is then of no use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ..bundle import encrypt_private_key, fingerprint, public_bytes
from ..bundle.key_backup import KeyBackupInfo, open_key_backup, read_key_backup_info, write_key_backup
from ..bundle.keys import check_passphrase
from ..core.errors import IzsaError
from ..store.bundle_models import OwnKey
from ..store.meta import read_meta
from ..store.projects import now_iso
from . import safe_write
from .bundles_io import read_file
from .keys import KeyService, bump_seq, key_audit, next_seq, own_key, signer_name
from .workspace import Workspace

MAX_FILE = 4096


@dataclass(frozen=True)
class KeyBackupResult:
    path: str
    signer: str
    fingerprint: str
    seq: int


@dataclass(frozen=True)
class KeyRestoreResult:
    signer: str
    fingerprint: str
    next_seq: int  # the sequence number of the next bundle this workspace signs
    replaced: str | None  # fingerprint of an unused key this workspace had made, now inactive
    already: bool  # the workspace already held this very key


def export_key_backup(ws: Workspace, out: str | Path, key_passphrase: str, backup_passphrase: str) -> KeyBackupResult:
    check_passphrase(backup_passphrase)
    key = KeyService(ws).private_key(key_passphrase)
    with ws.session() as s:
        seq = next_seq(s) - 1
        row = own_key(s)
        training = bool(row.training) if row is not None else ws.identity.training
    signer = signer_name(ws)
    blob = write_key_backup(key, backup_passphrase, signer=signer, seq=seq, training=training,
                            created=datetime.now().isoformat(timespec="seconds"))
    try:
        safe_write.write_bytes(out, blob, private=True)
    except OSError as exc:
        raise IzsaError("file_write_failed", path=str(out), detail=exc.strerror or str(exc)) from exc
    pub = public_bytes(key)
    with ws.session() as s, s.begin():
        key_audit(s, ws, "key_backup", signer, f"{fingerprint(pub)}, seq {seq}")
    return KeyBackupResult(str(out), signer, fingerprint(pub), seq)


def read_backup(data: bytes | str | Path) -> tuple[bytes, KeyBackupInfo]:
    """A backup file's bytes (a regular file, at most 4 KiB) and its header."""
    blob = data if isinstance(data, bytes) else read_file(data, limit=MAX_FILE)
    return blob, read_key_backup_info(blob)


def restore_key_backup(ws: Workspace, data: bytes | str | Path, backup_passphrase: str,
                       new_passphrase: str) -> KeyRestoreResult:
    """Import a key backup as this workspace's signing key (see the module docstring)."""
    if not ws.identity.configured:
        raise IzsaError("workspace_not_initialised")
    blob, info = read_backup(data)
    signer = signer_name(ws)
    if info.signer != signer:
        raise IzsaError("key_backup_other_signer", signer=info.signer, workspace=signer)
    if info.training != ws.identity.training:
        raise IzsaError("key_backup_training_mismatch")
    check_passphrase(new_passphrase)
    info, key = open_key_backup(blob, backup_passphrase)  # header now authenticated
    pub = public_bytes(key)
    wrapped = encrypt_private_key(key, new_passphrase)
    replaced, already = None, False
    with ws.session() as s, s.begin():
        cur = own_key(s)
        used = next_seq(s) - 1
        if cur is not None and cur.public_key == pub:
            already = True
        elif cur is not None:
            if used > 0:  # this workspace has signed with its own key: central pins that one now
                raise IzsaError("key_exists")
            for r in s.scalars(select(OwnKey).where(OwnKey.active.is_(True))):
                r.active = False
            replaced = fingerprint(cur.public_key)
        if not already:
            s.add(OwnKey(public_key=pub, encrypted=wrapped, training=info.training, active=True,
                         created_at=now_iso()))
        acked = int(read_meta(s).get("bundle_acked") or 0) if ws.identity.role == "district" else 0
        seq = max(used, info.seq, acked)
        if seq > used:
            bump_seq(s, seq)
        key_audit(s, ws, "key_restored", signer,
                  f"{fingerprint(pub)} from a backup of {info.created} (seq {info.seq}); next bundle {seq + 1}"
                  + (f"; unused key {replaced} set aside" if replaced else ""))
    return KeyRestoreResult(signer, fingerprint(pub), seq + 1, replaced, already)
