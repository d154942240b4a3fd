"""The order of the checks in verify_bundle: an earlier defect is reported before a later one, and a
services-side registry only has to implement the KeyRegistry protocol."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from izsa_desktop.bundle import CURRENT_SCHEMA, Limits, PinnedKey, SeenBundle, public_bytes, verify_bundle
from izsa_desktop.bundle.export import assemble
from izsa_desktop.bundle.strictjson import dumps_lines
from izsa_desktop.core.errors import IzsaError

from .helpers import DISTRICT, make_bundle, trust_for

ROWS = dict.fromkeys(("records", "tombstones", "audit", "key_events", "reviews", "attachments"), [])


def _code(data, trust, **kw) -> str:
    with pytest.raises(IzsaError) as e:
        verify_bundle(data, trust, allow_training=False, **kw)
    return e.value.code


class DbRegistry:
    """What services might write: lookups against their tables (here: dicts), counting calls."""

    def __init__(self, keys: dict[str, list[PinnedKey]], seen: dict[str, SeenBundle]):
        self.keys, self.seen, self.calls = keys, seen, 0

    def keys_for(self, district: str) -> Sequence[PinnedKey]:
        self.calls += 1
        return self.keys.get(district, [])

    def last_seen(self, district: str) -> SeenBundle | None:
        return self.seen.get(district)


def test_custom_registry_protocol(key):
    reg = DbRegistry(
        {DISTRICT: [PinnedKey(DISTRICT, public_bytes(key))]}, {DISTRICT: SeenBundle(1, "0" * 64)}
    )
    assert verify_bundle(make_bundle(key, seq=2), reg, allow_training=False).status == "new"
    assert reg.calls == 1


def test_size_cap_before_anything(key, other_key):
    data = make_bundle(other_key)  # also an unknown key
    assert _code(data, trust_for(key), limits=Limits(max_bundle=100)) == "bundle_too_large"


def test_signature_before_key_and_body(key, other_key):
    data = bytearray(make_bundle(other_key))
    data[200] ^= 1  # inside the envelope payload
    data[-1] ^= 1  # and the body
    assert _code(bytes(data), trust_for(key)) in ("bundle_signature_invalid", "bundle_encoding_invalid")


def test_key_before_sequence_and_body(key, other_key):
    data = make_bundle(other_key, seq=1)[:-1]
    assert _code(data, trust_for(key, seen=SeenBundle(5, "0" * 64))) == "key_unknown"


def test_sequence_before_body(key):
    data = make_bundle(key, seq=1)[:-1]  # truncated body and a replay
    assert _code(data, trust_for(key, seen=SeenBundle(5, "0" * 64))) == "bundle_replayed"


def test_body_before_parsing_and_schema(key):
    rows = {**ROWS, "records": [{"x": 1}]}
    entries = [(f"{k}.jsonl", dumps_lines(v)) for k, v in rows.items()]
    counts = {k: len(v) for k, v in rows.items()}
    data = assemble(
        entries,
        counts,
        private_key=key,
        kind="district",
        district=DISTRICT,
        seq=1,
        schema_version=CURRENT_SCHEMA + 1,
    )
    assert _code(data, trust_for(key)) == "bundle_schema_newer"
    assert _code(data + b"\0", trust_for(key)) == "bundle_length_mismatch"


def test_parsing_before_schema(key):
    entries = [(f"{k}.jsonl", b"{bad\n" if k == "records" else b"") for k in ROWS]
    data = assemble(
        entries,
        dict.fromkeys(ROWS, 0),
        private_key=key,
        kind="district",
        district=DISTRICT,
        seq=1,
        schema_version=CURRENT_SCHEMA + 1,
    )
    assert _code(data, trust_for(key)) == "bundle_json_invalid"


def test_schema_before_training(key):
    entries = [(f"{k}.jsonl", b"") for k in ROWS]
    data = assemble(
        entries,
        dict.fromkeys(ROWS, 0),
        private_key=key,
        kind="district",
        district=DISTRICT,
        seq=1,
        schema_version=CURRENT_SCHEMA + 1,
        training=True,
    )
    assert _code(data, trust_for(key)) == "bundle_schema_newer"
