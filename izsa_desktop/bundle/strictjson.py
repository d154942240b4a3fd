"""Strict JSON in and canonical JSON out.

Strict parsing: UTF-8 only (no BOM, no lone surrogates), no duplicate keys, no NaN/Infinity, integers
within +-2**63, bounded nesting depth and bounded line length for JSON lines. Canonical output: sorted
keys, no whitespace, UTF-8 (not ASCII escapes), NaN forbidden. Every failure is an ``IzsaError`` whose
params name the entry and line, so one bad record rejects the whole bundle with a precise message.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

from izsa_desktop.core.errors import IzsaError

MAX_DEPTH = 32
MAX_LINE_BYTES = 1 << 20  # 1 MiB per JSON line
MAX_INT = 1 << 63
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


class _Reject(ValueError):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)  # in C; a repeated key leaves fewer entries than pairs
    if len(out) != len(pairs):
        seen: set[str] = set()
        for k, _v in pairs:
            if k in seen:
                raise _Reject(f"duplicate key {k!r}")
            seen.add(k)
    return out


def _no_constant(name: str) -> Any:
    raise _Reject(f"non-finite number {name}")


def _int(text: str) -> int:
    if len(text) > 20:
        raise _Reject("integer too large")
    v = int(text)
    if not -MAX_INT <= v < MAX_INT:
        raise _Reject("integer too large")
    return v


def _float(text: str) -> float:
    if len(text) > 40:
        raise _Reject("number too long")
    v = float(text)
    if v != v or v in (float("inf"), float("-inf")):
        raise _Reject("non-finite number")
    return v


_DECODER = json.JSONDecoder(
    object_pairs_hook=_pairs, parse_constant=_no_constant, parse_int=_int, parse_float=_float
)


def _check_tree(value: Any) -> None:
    """Iterative walk: depth bound and valid Unicode (JSON escapes can smuggle lone surrogates)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        v, depth = stack.pop()
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                raise _Reject("invalid unicode escape") from None
        elif isinstance(v, dict):
            if depth > MAX_DEPTH:
                raise _Reject("nesting too deep")
            for k, item in v.items():
                stack.append((k, depth))
                stack.append((item, depth + 1))
        elif isinstance(v, list):
            if depth > MAX_DEPTH:
                raise _Reject("nesting too deep")
            stack.extend((item, depth + 1) for item in v)


def loads(data: bytes, *, entry: str, line: int = 0) -> Any:
    """Parse one JSON document strictly; raise ``IzsaError("bundle_json_invalid", entry, line)``."""
    try:
        if data[:3] == b"\xef\xbb\xbf":
            raise _Reject("byte order mark")
        text = data.decode("utf-8")
        value = _DECODER.decode(text)
        # The walk is only needed when the depth bound could be exceeded or a surrogate escape occurs.
        if data.count(b"[") + data.count(b"{") > MAX_DEPTH or _SURROGATE_ESCAPE.search(data):
            _check_tree(value)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise IzsaError("bundle_json_invalid", entry=entry, line=line, reason=str(exc)[:200]) from None
    return value


def loads_lines(data: bytes, *, entry: str) -> list[Any]:
    """Parse a JSON-lines entry: every line ends with LF, no empty lines, no CR, bounded length."""
    if not data:
        return []
    if not data.endswith(b"\n"):
        raise IzsaError("bundle_json_invalid", entry=entry, line=data.count(b"\n") + 1, reason="no final LF")
    out = []
    for n, raw in enumerate(data[:-1].split(b"\n"), start=1):
        if not raw or b"\r" in raw:
            raise IzsaError("bundle_json_invalid", entry=entry, line=n, reason="empty line or CR")
        if len(raw) > MAX_LINE_BYTES:
            raise IzsaError("bundle_json_invalid", entry=entry, line=n, reason="line too long")
        out.append(loads(raw, entry=entry, line=n))
    return out


def dumps(value: Any) -> bytes:
    """Canonical JSON bytes (sorted keys, no whitespace, UTF-8, no NaN)."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def dumps_lines(values: list[Any]) -> bytes:
    return b"".join(dumps(v) + b"\n" for v in values)


def b64encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def b64decode_canonical(text: Any, *, what: str, size: int | None = None) -> bytes:
    """Standard base64 with padding; only the one canonical spelling of each byte string is accepted."""
    if not isinstance(text, str) or not text.isascii():
        raise IzsaError("bundle_encoding_invalid", what=what)
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise IzsaError("bundle_encoding_invalid", what=what) from None
    if base64.b64encode(raw).decode("ascii") != text or (size is not None and len(raw) != size):
        raise IzsaError("bundle_encoding_invalid", what=what)
    return raw
