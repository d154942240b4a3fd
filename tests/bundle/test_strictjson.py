"""Strict JSON and canonical base64 units."""

from __future__ import annotations

import base64

import pytest

from izsa_desktop.bundle.strictjson import b64decode_canonical, dumps, loads, loads_lines
from izsa_desktop.core.errors import IzsaError


def test_canonical_dumps_sorted_compact_utf8():
    assert dumps({"b": 1, "a": "ş", "c": [1.5, None, True]}) == '{"a":"ş","b":1,"c":[1.5,null,true]}'.encode()
    with pytest.raises(ValueError):
        dumps({"x": float("nan")})


def test_floats_round_trip_exactly():
    for v in (38.4237, 27.1428, 0.1 + 0.2, 1e-7, -0.0):
        assert loads(dumps({"v": v}), entry="t")["v"] == v


def test_depth_bound():
    assert loads(b"[" * 32 + b"]" * 32, entry="t")
    with pytest.raises(IzsaError):
        loads(b"[" * 33 + b"]" * 33, entry="t")
    with pytest.raises(IzsaError):
        loads(b'{"a":' * 33 + b"1" + b"}" * 33, entry="t")


def test_lines_name_the_bad_line():
    with pytest.raises(IzsaError) as e:
        loads_lines(b'{"a":1}\n{"a":2}\n{"a":NaN}\n', entry="records.jsonl")
    assert e.value.params == {"entry": "records.jsonl", "line": 3, "reason": e.value.params["reason"]}


@pytest.mark.parametrize("text", ["AAE", "AAE=\n", "AAF=", " AAE=", "AA==AA==", "AAE=" + "=", "ĞAE="])
def test_non_canonical_base64_refused(text):
    with pytest.raises(IzsaError):
        b64decode_canonical(text, what="x")


def test_canonical_base64_accepted():
    raw = bytes(range(40))
    assert b64decode_canonical(base64.b64encode(raw).decode(), what="x", size=40) == raw
    with pytest.raises(IzsaError):
        b64decode_canonical(base64.b64encode(raw).decode(), what="x", size=41)
