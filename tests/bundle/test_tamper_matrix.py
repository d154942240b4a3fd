"""Tamper matrix over a reference bundle: every byte flipped (XOR 0x01 and XOR 0xFF), every truncation,
one appended byte. Every variant must be refused with an IzsaError; the counts are printed (run with -s)
and recorded in docs/bundles.md."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from izsa_desktop.bundle import verify_bundle
from izsa_desktop.core.errors import IzsaError

from .helpers import make_bundle, trust_for


def _variants(data: bytes, positions):
    for i in positions:
        for mask in (0x01, 0xFF):
            b = bytearray(data)
            b[i] ^= mask
            yield f"flip{mask:02x}", bytes(b)


def _run(data: bytes, trust, variants) -> tuple[int, int, Counter]:
    accepted, total, codes = 0, 0, Counter()
    for _label, v in variants:
        total += 1
        try:
            verify_bundle(v, trust, allow_training=False)
        except IzsaError as e:
            codes[e.code] += 1
        else:
            accepted += 1
    return total, accepted, codes


@pytest.fixture(scope="module")
def reference(key):
    return make_bundle(key, seq=5, bundle_id="22222222-2222-4222-8222-222222222222"), trust_for(key)


def test_reference_bundle_is_accepted(reference):
    data, trust = reference
    assert verify_bundle(data, trust, allow_training=False).status == "new"
    assert 3_000 < len(data) < 10_000


def test_tamper_sample_fast(reference):
    """A quick random sample for every run (the full matrix is marked slow)."""
    data, trust = reference
    rnd = random.Random(1)
    positions = rnd.sample(range(len(data)), 300)
    truncs = [(f"trunc{n}", data[:n]) for n in rnd.sample(range(len(data)), 100)]
    total, accepted, _ = _run(
        data, trust, list(_variants(data, positions)) + truncs + [("append", data + b"\0")]
    )
    assert accepted == 0 and total == 701


@pytest.mark.slow
def test_tamper_matrix_full(reference, capsys):
    data, trust = reference
    flips = list(_variants(data, range(len(data))))
    truncs = [(f"trunc{n}", data[:n]) for n in range(len(data))]
    appended = [("append", data + b"\x00"), ("append", data + b"\n")]
    total, accepted, codes = _run(data, trust, flips + truncs + appended)
    with capsys.disabled():
        print(
            f"\ntamper matrix: bundle {len(data)} bytes; {len(flips)} flips + {len(truncs)} truncations "
            f"+ {len(appended)} appended = {total} variants, accepted {accepted}"
        )
        print("refusal codes:", dict(codes.most_common()))
    assert total == 3 * len(data) + 2
    assert accepted == 0
