"""The body container: length-prefixed entries, no archive format.

Each entry is ``u16 name length | name (ASCII) | u64 size | size bytes`` (big-endian), entries back to
back, nothing after the last one. Names are identifiers, never paths: they must match
``[a-z][a-z0-9_]{0,39}.jsonl`` or ``att/<64 hex>`` (an attachment named by the SHA-256 of its bytes), so
``../``, absolute, backslash, drive-letter, upper-case and link names cannot even be expressed. The entry
list (name, size, SHA-256, order) must equal the signed manifest exactly: no unlisted, missing, duplicate
or case-duplicate entries. Sizes are capped before anything is sliced, there is no compression (so no
ratio or overlap bombs), and entry count is capped.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Sequence

from izsa_desktop.core.errors import IzsaError

from .framing import DEFAULT_LIMITS, Limits
from .manifest import EntryInfo

_NAME_LEN = struct.Struct(">H")
_SIZE = struct.Struct(">Q")
NAME_RE = re.compile(r"^(?:[a-z][a-z0-9_]{0,39}\.jsonl|att/[0-9a-f]{64})$")


def attachment_name(sha256_hex: str) -> str:
    return f"att/{sha256_hex}"


def build_body(entries: Sequence[tuple[str, bytes]]) -> tuple[bytes, tuple[EntryInfo, ...]]:
    """Serialise entries (already in final order) and describe them for the manifest."""
    parts: list[bytes] = []
    infos = []
    seen: set[str] = set()
    for name, data in entries:
        if not NAME_RE.match(name) or name in seen:
            raise IzsaError("bundle_entry_name_invalid", name=name)
        seen.add(name)
        raw = name.encode("ascii")
        parts += [_NAME_LEN.pack(len(raw)), raw, _SIZE.pack(len(data)), data]
        infos.append(EntryInfo(name, len(data), hashlib.sha256(data).hexdigest()))
    return b"".join(parts), tuple(infos)


def _check_listing(expected: Sequence[EntryInfo], limits: Limits) -> None:
    if len(expected) > limits.max_entries:
        raise IzsaError("bundle_too_many_entries", count=len(expected), limit=limits.max_entries)
    folded: set[str] = set()
    for e in expected:
        if not NAME_RE.match(e.name):
            raise IzsaError("bundle_entry_name_invalid", name=e.name[:80])
        if e.name.casefold() in folded:
            raise IzsaError("bundle_entry_duplicate", name=e.name)
        folded.add(e.name.casefold())
        if e.size > limits.max_entry:
            raise IzsaError("bundle_entry_too_large", name=e.name, size=e.size, limit=limits.max_entry)


def parse_body(
    body: bytes | memoryview, expected: Sequence[EntryInfo], limits: Limits = DEFAULT_LIMITS
) -> dict[str, bytes]:
    """Split the body into entries, checking each against the signed listing; return name -> bytes."""
    _check_listing(expected, limits)
    view = memoryview(body)
    pos, out = 0, {}
    for i, e in enumerate(expected):
        if pos + _NAME_LEN.size > len(view):
            raise IzsaError("bundle_body_invalid", entry=e.name, reason="missing entry")
        (n,) = _NAME_LEN.unpack_from(view, pos)
        pos += _NAME_LEN.size
        if n > 80 or pos + n + _SIZE.size > len(view):
            raise IzsaError("bundle_body_invalid", entry=e.name, reason="bad name length")
        name = bytes(view[pos : pos + n])
        pos += n
        if name != e.name.encode("ascii"):
            raise IzsaError("bundle_entry_unlisted", index=i, name=name[:80].decode("ascii", "replace"))
        (size,) = _SIZE.unpack_from(view, pos)
        pos += _SIZE.size
        if size != e.size or pos + size > len(view):
            raise IzsaError("bundle_body_invalid", entry=e.name, reason="size")
        data = bytes(view[pos : pos + size])
        pos += size
        if hashlib.sha256(data).hexdigest() != e.sha256:
            raise IzsaError("bundle_body_invalid", entry=e.name, reason="hash")
        if e.name.startswith("att/") and e.name[4:] != e.sha256:
            raise IzsaError("bundle_body_invalid", entry=e.name, reason="attachment name is not its hash")
        out[e.name] = data
    if pos != len(view):
        raise IzsaError("bundle_entry_unlisted", index=len(expected), name="")
    return out
