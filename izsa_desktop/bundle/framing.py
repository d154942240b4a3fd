"""The outer frame and the signed envelope.

Byte layout (big-endian)::

    offset  size  field
    0       8     magic  b"IZSA\\x89BDL"
    8       2     format version (1)
    10      4     envelope length E (<= limits.max_envelope)
    14      E     envelope: canonical JSON, exactly
                  {"payload": b64(manifest), "payloadType": PAYLOAD_TYPE,
                   "signatures": [{"keyid": hex16, "publicKey": b64(32 bytes), "sig": b64(64 bytes)}]}
    14+E    B     body (B = manifest.body_length, SHA-256 = manifest.body_sha256); EOF right after

The signature is Ed25519 over the DSSE pre-authentication encoding
``b"DSSEv1 " + len(type) + b" " + type + b" " + len(payload) + b" " + payload``. The envelope is parsed
strictly (size-capped, no duplicate keys), must be byte-identical to its canonical re-serialisation,
must carry exactly one signature, and uses canonical base64 only; the manifest payload itself is not
parsed until its signature has been verified.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import BinaryIO

from izsa_desktop.core.errors import IzsaError

from .keys import KEY_SIZE, SIG_SIZE, key_id, public_bytes, verify_signature
from .strictjson import b64decode_canonical, b64encode, dumps, loads

MAGIC = b"IZSA\x89BDL"
FORMAT_VERSION = 1
HEADER = struct.Struct(">8sHI")
PAYLOAD_TYPE = "application/vnd.izsa.bundle-manifest+json"


@dataclass(frozen=True, slots=True)
class Limits:
    max_bundle: int = 1 << 30  # 1 GiB whole file
    max_envelope: int = 4 << 20  # manifest lists every attachment
    max_entry: int = 256 << 20  # one body entry
    max_entries: int = 20_000
    max_records: int = 1_000_000


DEFAULT_LIMITS = Limits()


def pae(payload_type: str, payload: bytes) -> bytes:
    t = payload_type.encode("utf-8")
    return b"DSSEv1 %d %s %d %s" % (len(t), t, len(payload), payload)


def seal(manifest_bytes: bytes, private_key, body: bytes) -> bytes:
    pub = public_bytes(private_key)
    sig = private_key.sign(pae(PAYLOAD_TYPE, manifest_bytes))
    envelope = dumps(
        {
            "payload": b64encode(manifest_bytes),
            "payloadType": PAYLOAD_TYPE,
            "signatures": [{"keyid": key_id(pub), "publicKey": b64encode(pub), "sig": b64encode(sig)}],
        }
    )
    return HEADER.pack(MAGIC, FORMAT_VERSION, len(envelope)) + envelope + body


def _envelope_length(head: bytes | bytearray, limits: Limits) -> int:
    """The envelope length announced by the frame header at the start of ``head``, after the header's
    own checks (length, magic, format version, envelope cap)."""
    if len(head) < HEADER.size:
        raise IzsaError("bundle_truncated")
    magic, version, env_len = HEADER.unpack_from(head)
    if magic != MAGIC:
        raise IzsaError("bundle_not_a_bundle")
    if version != FORMAT_VERSION:
        raise IzsaError("bundle_format_unsupported", version=version)
    if env_len > limits.max_envelope:
        raise IzsaError("bundle_envelope_too_large", size=env_len)
    return int(env_len)


def split_frame(data: bytes, limits: Limits = DEFAULT_LIMITS) -> tuple[bytes, memoryview]:
    """Size caps and frame header only: returns (envelope bytes, body view). Nothing parsed yet."""
    if len(data) > limits.max_bundle:
        raise IzsaError("bundle_too_large", size=len(data), limit=limits.max_bundle)
    end = HEADER.size + _envelope_length(data, limits)
    if len(data) < end:
        raise IzsaError("bundle_truncated")
    view = memoryview(data)
    return bytes(view[HEADER.size : end]), view[end:]


def read_head(fh: BinaryIO, size: int, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Read a bundle file's frame header and envelope, and nothing more, from ``fh`` (``size`` bytes
    long): a file that is too large, is not a bundle or announces an oversized envelope is refused
    after at most 14 bytes; the body is read only once the caller has checked the envelope."""
    if size > limits.max_bundle:
        raise IzsaError("bundle_too_large", size=size, limit=limits.max_bundle)
    head = fh.read(HEADER.size)
    env_len = _envelope_length(head, limits)
    if size < HEADER.size + env_len:
        raise IzsaError("bundle_truncated")
    envelope = fh.read(env_len)
    if len(envelope) != env_len:
        raise IzsaError("bundle_truncated")
    return head + envelope


def open_envelope(envelope: bytes) -> tuple[bytes, bytes]:
    """Verify the single signature; return (signer public key, manifest bytes)."""
    env = loads(envelope, entry="envelope")
    if not isinstance(env, dict) or set(env) != {"payload", "payloadType", "signatures"}:
        raise IzsaError("bundle_envelope_invalid", reason="field set")
    if dumps(env) != envelope:
        raise IzsaError("bundle_envelope_invalid", reason="not canonical")
    if env["payloadType"] != PAYLOAD_TYPE:
        raise IzsaError("bundle_envelope_invalid", reason="payload type")
    sigs = env["signatures"]
    if not isinstance(sigs, list) or len(sigs) != 1:
        raise IzsaError("bundle_envelope_invalid", reason="exactly one signature")
    s = sigs[0]
    if not isinstance(s, dict) or set(s) != {"keyid", "publicKey", "sig"}:
        raise IzsaError("bundle_envelope_invalid", reason="signature fields")
    pub = b64decode_canonical(s["publicKey"], what="publicKey", size=KEY_SIZE)
    sig = b64decode_canonical(s["sig"], what="sig", size=SIG_SIZE)
    payload = b64decode_canonical(env["payload"], what="payload")
    if s["keyid"] != key_id(pub):  # consistency only; trust is decided on the full key later
        raise IzsaError("bundle_envelope_invalid", reason="keyid")
    if not verify_signature(pub, sig, pae(PAYLOAD_TYPE, payload)):
        raise IzsaError("bundle_signature_invalid")
    return pub, payload
