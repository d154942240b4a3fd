"""Malicious corpus: hostile bodies and JSON that are VALIDLY SIGNED (a stolen key or a buggy exporter),
so every defence after the signature check is exercised on its own."""

from __future__ import annotations

import hashlib
import struct

import pytest

from izsa_desktop.bundle import Limits, public_bytes, verify_bundle
from izsa_desktop.bundle.framing import seal
from izsa_desktop.bundle.manifest import EntryInfo, Manifest
from izsa_desktop.bundle.strictjson import dumps, dumps_lines
from izsa_desktop.core.errors import IzsaError

from .helpers import DISTRICT, project, trust_for

EMPTY = {k: b"" for k in ("records", "tombstones", "audit", "key_events", "reviews", "attachments")}
COUNTS0 = dict.fromkeys(EMPTY, 0)


def raw_entry(name: bytes, data: bytes, size: int | None = None) -> bytes:
    return struct.pack(">H", len(name)) + name + struct.pack(">Q", len(data) if size is None else size) + data


def signed_raw(key, body: bytes, listing, counts=None, seq: int = 1) -> bytes:
    m = Manifest(
        kind="district",
        bundle_id="33333333-3333-4333-8333-333333333333",
        district=DISTRICT,
        seq=seq,
        schema_version=1,
        counts=counts or COUNTS0,
        created_by="",
        app_version="",
        training=False,
        personal_data=False,
        signer_key=public_bytes(key),
        body_sha256=hashlib.sha256(body).hexdigest(),
        body_length=len(body),
        entries=tuple(listing),
    )
    return seal(m.to_bytes(), key, body)


def standard(extra=(), override=None):
    """Raw entries for an otherwise valid empty bundle, plus extras."""
    items = [(f"{k}.jsonl".encode(), (override or {}).get(k, v)) for k, v in EMPTY.items()] + list(extra)
    body = b"".join(raw_entry(n, d) for n, d in items)
    listing = [EntryInfo(n.decode("latin-1"), len(d), hashlib.sha256(d).hexdigest()) for n, d in items]
    return body, listing


def refused(key, data, limits=None) -> IzsaError:
    with pytest.raises(IzsaError) as e:
        verify_bundle(data, trust_for(key), allow_training=False, **({"limits": limits} if limits else {}))
    return e.value


def test_valid_empty_bundle_accepted(key):
    body, listing = standard()
    assert (
        verify_bundle(signed_raw(key, body, listing), trust_for(key), allow_training=False).content.records
        == ()
    )


@pytest.mark.parametrize(
    "name",
    [
        b"../../etc/passwd",
        b"/etc/passwd",
        b"..\\..\\windows\\system32",
        b"C:\\x.jsonl",
        b"c:/x.jsonl",
        b"att/../records.jsonl",
        b"Records.jsonl",
        b"records.jsonl/",
        b"link -> /etc",
        b"records.jsonl\x00.txt",
        b"./records.jsonl",
        b"att/" + b"A" * 64,
        b"\xc3\xa7.jsonl",
    ],
)
def test_path_like_or_odd_names_refused(key, name):
    body, listing = standard(extra=[(name, b"x")])
    # control characters are already refused by the manifest's text rule
    expected = "bundle_manifest_invalid" if b"\x00" in name else "bundle_entry_name_invalid"
    assert refused(key, signed_raw(key, body, listing)).code == expected


def test_duplicate_and_case_duplicate_entries_refused(key):
    body, listing = standard(extra=[(b"records.jsonl", b"")])
    assert refused(key, signed_raw(key, body, listing)).code == "bundle_entry_duplicate"


def test_unlisted_entry_refused(key):
    body, listing = standard()
    body += raw_entry(b"extra.jsonl", b"")  # in the body (and the hash) but not in the signed listing
    assert refused(key, signed_raw(key, body, listing)).code == "bundle_entry_unlisted"


def test_listed_but_missing_entry_refused(key):
    body, listing = standard()
    listing.append(EntryInfo("extra.jsonl", 0, hashlib.sha256(b"").hexdigest()))
    assert refused(key, signed_raw(key, body, listing)).code == "bundle_body_invalid"


def test_reordered_entries_refused(key):
    body, listing = standard()
    listing[0], listing[1] = listing[1], listing[0]
    assert refused(key, signed_raw(key, body, listing)).code == "bundle_entry_unlisted"


def test_entry_size_lies_refused(key):
    items = [(f"{k}.jsonl".encode(), b"") for k in EMPTY]
    body = b"".join(raw_entry(n, d, size=(1 << 62) if i == 0 else None) for i, (n, d) in enumerate(items))
    listing = [EntryInfo(n.decode(), 0, hashlib.sha256(b"").hexdigest()) for n, _ in items]
    assert refused(key, signed_raw(key, body, listing)).code == "bundle_body_invalid"


def test_oversize_entry_refused_from_signed_size_before_reading(key):
    big = b"[]\n" * 2000
    body, listing = standard(override={"audit": big})
    e = refused(key, signed_raw(key, body, listing), Limits(max_entry=1000))
    assert e.code == "bundle_entry_too_large" and e.params["name"] == "audit.jsonl"


def test_too_many_entries_refused(key):
    atts = [(f"att/{hashlib.sha256(bytes([i])).hexdigest()}".encode(), bytes([i])) for i in range(50)]
    body, listing = standard(extra=atts)
    assert (
        refused(key, signed_raw(key, body, listing), Limits(max_entries=20)).code == "bundle_too_many_entries"
    )


def test_too_many_records_refused(key):
    body, listing = standard(override={"audit": dumps_lines([{"a": 1}] * 50)})
    counts = {**COUNTS0, "audit": 50}
    assert (
        refused(key, signed_raw(key, body, listing, counts), Limits(max_records=10)).code
        == "bundle_too_many_records"
    )


def test_whole_file_cap_checked_first(key):
    body, listing = standard()
    data = signed_raw(key, body, listing)
    assert refused(key, data, Limits(max_bundle=len(data) - 1)).code == "bundle_too_large"
    assert refused(key, data[:200] + b"\xff" * 10, Limits(max_bundle=100)).code == "bundle_too_large"


def test_attachment_not_named_by_its_hash_refused(key):
    fake = "0" * 64
    row = {
        "sha256": fake,
        "record_id": project(0)["id"],
        "filename": "a.jpg",
        "media_type": "image/jpeg",
        "size": 3,
        "consent": True,
    }
    body, listing = standard(
        override={"attachments": dumps_lines([row])}, extra=[(f"att/{fake}".encode(), b"abc")]
    )
    assert (
        refused(key, signed_raw(key, body, listing, {**COUNTS0, "attachments": 1})).code
        == "bundle_body_invalid"
    )


def test_attachment_without_index_row_refused(key):
    h = hashlib.sha256(b"abc").hexdigest()
    body, listing = standard(extra=[(f"att/{h}".encode(), b"abc")])
    assert refused(key, signed_raw(key, body, listing)).code == "bundle_entries_mismatch"


def _records_bundle(key, lines: bytes, n: int = 1):
    body, listing = standard(override={"records": lines})
    return signed_raw(key, body, listing, {**COUNTS0, "records": n})


def _line(p) -> dict:
    return {"meta": {"version": 0, "base_version": 0, "deleted": False, "deleted_reason": ""}, "project": p}


@pytest.mark.parametrize(
    "bad, code",
    [
        (b'{"meta": 1, "meta": 2}\n', "bundle_json_invalid"),  # duplicate key
        (b'{"x": NaN}\n', "bundle_json_invalid"),
        (b'{"x": Infinity}\n', "bundle_json_invalid"),
        (b'{"x": -Infinity}\n', "bundle_json_invalid"),
        (b'{"x": 1e999}\n', "bundle_json_invalid"),
        (b'{"x": 123456789012345678901234567890}\n', "bundle_json_invalid"),
        (b"[" * 40 + b"]" * 40 + b"\n", "bundle_json_invalid"),  # deep nesting
        (b"[" * 100_000 + b"]" * 100_000 + b"\n", "bundle_json_invalid"),  # recursion bomb
        (b'{"x": "\\ud800"}\n', "bundle_json_invalid"),  # lone surrogate
        (b'{"x": "\xff"}\n', "bundle_json_invalid"),  # not UTF-8
        (b"\xef\xbb\xbf{}\n", "bundle_json_invalid"),  # BOM
        (b"{}", "bundle_json_invalid"),  # no final LF
        (b"{}\r\n", "bundle_json_invalid"),
        (b"\n{}\n", "bundle_json_invalid"),  # empty line
        (b"{} {}\n", "bundle_json_invalid"),  # trailing data
        (b'{"meta": {}, "project": {}}\n', "bundle_record_invalid"),
    ],
)
def test_malformed_json_refused_with_entry_and_line(key, bad, code):
    e = refused(key, _records_bundle(key, bad))
    assert e.code == code and e.params["entry"] == "records.jsonl" and e.params["line"] == 1


def test_one_bad_record_rejects_whole_bundle_naming_line(key):
    good = dumps(_line(project(0))) + b"\n"
    bad_p = project(1, budget_kurus=12.5)  # money must be integer kuruş
    lines = good + dumps(_line(bad_p)) + b"\n" + dumps(_line(project(2))) + b"\n"
    e = refused(key, _records_bundle(key, lines, 3))
    assert (e.code, e.params["line"], e.params["field"]) == ("bundle_record_invalid", 2, "budget_kurus")


@pytest.mark.parametrize(
    "field, value",
    [
        ("id", "not-a-uuid"),
        ("id", "00000000-0000-4000-8000-00000000000A"),
        ("sdg_goals", [True]),
        ("sdg_primary", True),
        ("start_date", "2024-3-1"),
        ("lat", "38.4"),
        ("partners", [{"name": 1}]),
        ("open_to_collab", 0),
        ("title_tr", None),
        ("district", "../x"),
    ],
)
def test_record_field_types_strict(key, field, value):
    e = refused(key, _records_bundle(key, dumps(_line(project(0, **{field: value}))) + b"\n"))
    assert e.code == "bundle_record_invalid"


def test_line_length_cap(key):
    lines = (
        dumps(
            _line(
                project(
                    0,
                    summary="x" * 99_000,
                    notes="y" * 99_000,
                    purpose="z" * 99_000,
                    keywords="k" * 99_000,
                    address="a" * 99_000,
                    collab_sought="c" * 99_000,
                    strategic_plan_goal="s" * 99_000,
                    title_en="t" * 99_000,
                    target_groups_other="o" * 99_000,
                    neighbourhood="n" * 99_000,
                    responsible_unit="r" * 99_000,
                )
            )
        )
        + b"\n"
    )
    e = refused(key, _records_bundle(key, lines))
    assert e.code == "bundle_json_invalid" and "too long" in e.params["reason"]


def test_duplicate_record_ids_refused(key):
    line = dumps(_line(project(0))) + b"\n"
    assert refused(key, _records_bundle(key, line * 2, 2)).code == "bundle_record_duplicate"
