"""The encrypted private-key backup file (a key carried to a new PC on paper's digital cousin: a USB stick).

Text, LF line endings, at most 2 KiB::

    IZSA-KEY-BACKUP v1
    signer: <district code, or central>
    training: 0 | 1
    public-key: <base64, 32 bytes>
    fingerprint: XXXX XXXX XXXX XXXX
    seq: <the last bundle sequence number this signer had used when the backup was made>
    created: <local time, ISO 8601, seconds>
    kdf: scrypt n=131072 r=8 p=1
    salt: <base64, 16 bytes>
    nonce: <base64, 12 bytes>
    data: <base64, AES-256-GCM(raw 32-byte seed), every line above as associated data>

The backup has its own passphrase (``keys.check_passphrase``: the rule for new keys), derived with
scrypt at the cost new keys use (``keys.SCRYPT_N`` = 2^17, r=8, p=1); a file may state a lower power of
two but never more than ``keys.SCRYPT_N_MAX`` (checked before any derivation), so an edited file cannot
make an import spend more memory or time than a genuine one. Every header line is authenticated: an
edited signer, seq or public key fails the tag like a wrong passphrase (``wrong_passphrase``). The
seed must give the public key the file names. Any other defect: ``key_backup_invalid``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from ..core.errors import IzsaError
from .keys import KEY_SIZE, SCRYPT_N, SCRYPT_N_MAX, _kdf, fingerprint, public_bytes
from .strictjson import b64decode_canonical, b64encode

MAX_SIZE = 2048
_SIGNER = rb"[a-z][a-z0-9_]{0,39}"
_RE = re.compile(
    rb"IZSA-KEY-BACKUP v1\nsigner: (" + _SIGNER + rb")\ntraining: ([01])\npublic-key: ([A-Za-z0-9+/=]{44})\n"
    rb"fingerprint: ([0-9A-Z]{4} [0-9A-Z]{4} [0-9A-Z]{4} [0-9A-Z]{4})\nseq: (0|[1-9][0-9]{0,17})\n"
    rb"created: ([0-9T:-]{19})\nkdf: scrypt n=([0-9]{1,8}) r=8 p=1\nsalt: ([A-Za-z0-9+/=]{24})\n"
    rb"nonce: ([A-Za-z0-9+/=]{16})\ndata: ([A-Za-z0-9+/=]{64})\n"
)


@dataclass(frozen=True, slots=True)
class KeyBackupInfo:
    """What a backup file says about itself (readable without the passphrase; authenticated on open)."""

    signer: str
    training: bool
    public_key: bytes
    seq: int
    created: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def write_key_backup(key: Ed25519PrivateKey, passphrase: str, *, signer: str, seq: int, created: str,
                     training: bool = False, scrypt_n: int = SCRYPT_N) -> bytes:
    """The backup file's bytes (the caller applies ``keys.check_passphrase`` to ``passphrase``)."""
    if not passphrase:
        raise IzsaError("passphrase_empty")
    if not re.fullmatch(_SIGNER.decode(), signer) or seq < 0 or not re.fullmatch(r"[0-9T:-]{19}", created):
        raise IzsaError("key_backup_invalid")
    if scrypt_n < 2 or scrypt_n > SCRYPT_N_MAX or scrypt_n & (scrypt_n - 1):
        raise ValueError("scrypt_n must be a power of two <= SCRYPT_N_MAX")
    pub = public_bytes(key)
    seed = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    salt, nonce = os.urandom(16), os.urandom(12)
    header = (f"IZSA-KEY-BACKUP v1\nsigner: {signer}\ntraining: {int(training)}\npublic-key: {b64encode(pub)}\n"
              f"fingerprint: {fingerprint(pub)}\nseq: {seq}\ncreated: {created}\n"
              f"kdf: scrypt n={scrypt_n} r=8 p=1\nsalt: {b64encode(salt)}\nnonce: {b64encode(nonce)}\n")
    data = AESGCM(_kdf(passphrase, salt, scrypt_n)).encrypt(nonce, seed, header.encode("ascii"))
    return (header + f"data: {b64encode(data)}\n").encode("ascii")


def _match(blob: bytes) -> re.Match[bytes]:
    m = _RE.fullmatch(blob) if len(blob) <= MAX_SIZE else None
    if not m:
        raise IzsaError("key_backup_invalid")
    n = int(m.group(7))
    if n < 2 or n > SCRYPT_N_MAX or n & (n - 1):  # before any derivation: no memory spent
        raise IzsaError("key_backup_invalid")
    return m


def read_key_backup_info(blob: bytes) -> KeyBackupInfo:
    """The header of a backup (strict parse; nothing decrypted, so nothing here is trusted yet)."""
    m = _match(blob)
    try:
        pub = b64decode_canonical(m.group(3).decode(), what="public-key", size=KEY_SIZE)
    except IzsaError:
        raise IzsaError("key_backup_invalid") from None
    if fingerprint(pub) != m.group(4).decode():
        raise IzsaError("key_backup_invalid")
    return KeyBackupInfo(m.group(1).decode(), m.group(2) == b"1", pub, int(m.group(5)), m.group(6).decode())


def open_key_backup(blob: bytes, passphrase: str) -> tuple[KeyBackupInfo, Ed25519PrivateKey]:
    """Decrypt a backup: its (now authenticated) header and the private key."""
    info = read_key_backup_info(blob)
    m = _match(blob)
    try:
        salt = b64decode_canonical(m.group(8).decode(), what="salt", size=16)
        nonce = b64decode_canonical(m.group(9).decode(), what="nonce", size=12)
        data = b64decode_canonical(m.group(10).decode(), what="data", size=KEY_SIZE + 16)
    except IzsaError:
        raise IzsaError("key_backup_invalid") from None
    header = blob[: m.start(10) - len(b"data: ")]
    try:
        seed = AESGCM(_kdf(passphrase, salt, int(m.group(7)))).decrypt(nonce, data, header)
    except InvalidTag:
        raise IzsaError("wrong_passphrase") from None
    key = Ed25519PrivateKey.from_private_bytes(seed)
    if public_bytes(key) != info.public_key:
        raise IzsaError("key_backup_invalid")
    return info, key
