"""Ed25519 keys: generation, passphrase-encrypted private key files, public key files, fingerprints.

Private key file (text, LF line endings)::

    IZSA-PRIVATE-KEY v1
    kdf: scrypt n=131072 r=8 p=1
    salt: <base64, 16 bytes>
    nonce: <base64, 12 bytes>
    data: <base64, AES-256-GCM(raw 32-byte seed), header lines as associated data>

A wrong passphrase fails the GCM tag: ``IzsaError("wrong_passphrase")``. Any other defect:
``IzsaError("key_file_invalid")``. New keys use scrypt n=2^17 (OWASP's minimum for scrypt, r=8, p=1:
128 MiB, ~0.3 s); files written at n=2^15 by earlier versions still open, and are re-wrapped at
2^17 on their next unlock (``services.keys.KeyService.private_key``/``upgrade``: the wrapped key is
the workspace's ``bundle_own_key`` row, replaced in one transaction). Only r=8, p=1 and
n <= 2^17 are accepted, checked before any derivation, so an edited file cannot make an unlock spend
more memory or time than a genuine one. ``passphrase_problem`` is the one passphrase rule (CLI and
key dialog): at least ``PASSPHRASE_MIN`` characters, not just one or two characters repeated.

Public key file::

    IZSA-PUBLIC-KEY v1
    district: <district code>
    key: <base64, 32 bytes>
    fingerprint: XXXX XXXX XXXX XXXX

The fingerprint is the first 80 bits of SHA-256(raw public key) in Crockford base32 (no I, L, O, U),
four groups of four: short enough to read over the phone. ``fingerprints_match`` ignores spaces, hyphens
and case and reads O as 0 and I/L as 1. A fingerprint is only for humans comparing keys; trust decisions
always compare the full 32-byte key.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from izsa_desktop.core.errors import IzsaError

from .strictjson import b64decode_canonical, b64encode

KEY_SIZE = 32
SIG_SIZE = 64
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DISTRICT_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
SCRYPT_N = 1 << 17  # new keys (OWASP password storage cheat sheet: scrypt N >= 2^17, r=8, p=1)
SCRYPT_N_MAX = SCRYPT_N  # the most an unlock will spend (128 MiB); earlier files used 2^15
PASSPHRASE_MIN = 10


def generate_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_bytes(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    pub = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return pub.public_bytes(Encoding.Raw, PublicFormat.Raw)


def verify_signature(public_key: bytes, signature: bytes, message: bytes) -> bool:
    if len(public_key) != KEY_SIZE or len(signature) != SIG_SIZE:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public_key: bytes) -> str:
    """80-bit human fingerprint: 16 Crockford base32 characters in groups of four."""
    n = int.from_bytes(hashlib.sha256(public_key).digest()[:10], "big")
    chars = "".join(_ALPHABET[(n >> (75 - 5 * i)) & 31] for i in range(16))
    return " ".join(chars[i : i + 4] for i in range(0, 16, 4))


def normalise_fingerprint(text: str) -> str | None:
    """Canonical 16-character form of a typed fingerprint, or None if it cannot be one."""
    s = "".join(ch for ch in text if ch not in " -\t").translate(_ASCII_UPPER).translate(_READ_AS)
    if len(s) != 16 or any(ch not in _ALPHABET for ch in s):
        return None
    return s


def fingerprints_match(typed: str, public_key: bytes) -> bool:
    got = normalise_fingerprint(typed)
    want = fingerprint(public_key).replace(" ", "")
    return got is not None and hmac.compare_digest(got, want)


def key_id(public_key: bytes) -> str:
    """Informational id (hex, 16 chars). Never used for a trust decision."""
    return hashlib.sha256(public_key).hexdigest()[:16]


# --- private key at rest ---------------------------------------------------------------------------


def _kdf(passphrase: str, salt: bytes, n: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(passphrase.encode("utf-8"))


def passphrase_problem(passphrase: str) -> str | None:
    """The passphrase rule for a new key: None if acceptable, else an error code
    (``passphrase_empty``, ``passphrase_too_short`` with ``min``, ``passphrase_too_simple``)."""
    text = passphrase.strip()
    if not text:
        return "passphrase_empty"
    if len(text) < PASSPHRASE_MIN:
        return "passphrase_too_short"
    if len(set(text)) < 3:  # "aaaaaaaaaa", "ababababab"
        return "passphrase_too_simple"
    return None


def check_passphrase(passphrase: str) -> None:
    """Raise the ``passphrase_problem`` of a passphrase chosen for a new key."""
    code = passphrase_problem(passphrase)
    if code is not None:
        raise IzsaError(code, min=PASSPHRASE_MIN)


def encrypt_private_key(key: Ed25519PrivateKey, passphrase: str, *, scrypt_n: int = SCRYPT_N) -> bytes:
    """Wrap the seed under ``passphrase`` (the caller applies ``check_passphrase`` to a new one)."""
    if not passphrase:
        raise IzsaError("passphrase_empty")
    if scrypt_n < 2 or scrypt_n > SCRYPT_N_MAX or scrypt_n & (scrypt_n - 1):
        raise ValueError("scrypt_n must be a power of two <= SCRYPT_N_MAX")
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    seed = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    salt, nonce = os.urandom(16), os.urandom(12)
    header = f"IZSA-PRIVATE-KEY v1\nkdf: scrypt n={scrypt_n} r=8 p=1\nsalt: {b64encode(salt)}\nnonce: {b64encode(nonce)}\n"
    data = AESGCM(_kdf(passphrase, salt, scrypt_n)).encrypt(nonce, seed, header.encode("ascii"))
    return (header + f"data: {b64encode(data)}\n").encode("ascii")


_PRIV_RE = re.compile(
    rb"IZSA-PRIVATE-KEY v1\nkdf: scrypt n=([0-9]{1,8}) r=8 p=1\nsalt: ([A-Za-z0-9+/=]{1,64})\n"
    rb"nonce: ([A-Za-z0-9+/=]{1,64})\ndata: ([A-Za-z0-9+/=]{1,128})\n"
)


def decrypt_private_key(blob: bytes, passphrase: str) -> Ed25519PrivateKey:
    m = _PRIV_RE.fullmatch(blob) if len(blob) <= 1024 else None
    if not m:
        raise IzsaError("key_file_invalid")
    n = int(m.group(1))
    if n < 2 or n > SCRYPT_N_MAX or n & (n - 1):  # before any derivation: no memory spent
        raise IzsaError("key_file_invalid")
    try:
        salt = b64decode_canonical(m.group(2).decode(), what="salt", size=16)
        nonce = b64decode_canonical(m.group(3).decode(), what="nonce", size=12)
        data = b64decode_canonical(m.group(4).decode(), what="data", size=KEY_SIZE + 16)
    except IzsaError:
        raise IzsaError("key_file_invalid") from None
    header = blob[: m.start(4) - len(b"data: ")]
    try:
        seed = AESGCM(_kdf(passphrase, salt, n)).decrypt(nonce, data, header)
    except InvalidTag:
        raise IzsaError("wrong_passphrase") from None
    return Ed25519PrivateKey.from_private_bytes(seed)


def kdf_cost(blob: bytes) -> int | None:
    """The scrypt n of a private key file (None if unreadable): below ``SCRYPT_N`` the key was wrapped
    by an earlier version and may be re-wrapped (``encrypt_private_key``) after a successful unlock."""
    m = _PRIV_RE.fullmatch(blob) if len(blob) <= 1024 else None
    return int(m.group(1)) if m else None


# --- public key files ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PublicKeyFile:
    district: str
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def export_public_key(district: str, public_key: bytes) -> bytes:
    if not _DISTRICT_RE.match(district) or len(public_key) != KEY_SIZE:
        raise IzsaError("key_file_invalid")
    return (
        f"IZSA-PUBLIC-KEY v1\ndistrict: {district}\nkey: {b64encode(public_key)}\n"
        f"fingerprint: {fingerprint(public_key)}\n"
    ).encode("ascii")


_PUB_RE = re.compile(
    rb"IZSA-PUBLIC-KEY v1\ndistrict: ([a-z][a-z0-9_]{0,39})\nkey: ([A-Za-z0-9+/=]{44})\n"
    rb"fingerprint: ([0-9A-Z]{4} [0-9A-Z]{4} [0-9A-Z]{4} [0-9A-Z]{4})\n"
)


def import_public_key(blob: bytes) -> PublicKeyFile:
    """Strict parse: exact lines, LF endings, canonical base64, fingerprint must match the key."""
    if len(blob) > 512:
        raise IzsaError("key_file_invalid")
    m = _PUB_RE.fullmatch(blob)
    if not m:
        raise IzsaError("key_file_invalid")
    try:
        key = b64decode_canonical(m.group(2).decode(), what="key", size=KEY_SIZE)
        Ed25519PublicKey.from_public_bytes(key)
    except (IzsaError, ValueError):
        raise IzsaError("key_file_invalid") from None
    if m.group(3).decode() != fingerprint(key):
        raise IzsaError("key_file_invalid")
    return PublicKeyFile(district=m.group(1).decode(), public_key=key)
