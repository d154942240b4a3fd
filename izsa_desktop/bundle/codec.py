"""Bundle content <-> body entries: JSON-lines encoding on export, strict decoding and checks on import."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.core.model import PERSONAL_FIELDS

from .body import attachment_name
from .content import (
    JSONL_ENTRIES,
    Attachment,
    BundleContent,
    RecordChange,
    _flat,
    _key_event,
    _meta,
    _review,
    _uuid,
    check_project,
    check_values,
)
from .strictjson import dumps_lines

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_DISTRICT = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


def _normalise(values: Mapping[str, Any], personal: bool) -> dict[str, Any]:
    d = dict(values)
    for k in ("lat", "lon"):
        if d.get(k) is not None:
            d[k] = float(d[k])
    if not personal:
        for k in PERSONAL_FIELDS:
            d[k] = ""
    return d


def encode_content(
    content: BundleContent, *, personal_data: bool
) -> tuple[list[tuple[str, bytes]], dict[str, int]]:
    """Entries in canonical order (records by id, attachments by hash) and the manifest counts."""
    live = sorted((r for r in content.records if not r.deleted), key=lambda r: r.id)
    dead = sorted((r for r in content.records if r.deleted), key=lambda r: r.id)
    rows: dict[str, list[Any]] = {
        "records": [
            {
                "meta": {
                    "version": r.version,
                    "base_version": r.base_version,
                    "deleted": False,
                    "deleted_reason": "",
                },
                "project": _normalise(r.values or {}, personal_data),
            }
            for r in live
        ],
        "tombstones": [
            {
                "id": r.id,
                "district": r.district,
                "meta": {
                    "version": r.version,
                    "base_version": r.base_version,
                    "deleted": True,
                    "deleted_reason": r.deleted_reason,
                },
            }
            for r in dead
        ],
        "audit": list(content.audit),
        "key_events": list(content.key_events),
        "reviews": sorted(content.reviews, key=lambda r: r["id"]),
        "attachments": [],
    }
    # one row per (file, record): the same bytes on two records are two rows and one att/ entry
    atts = sorted({(a.sha256, a.record_id): a for a in content.attachments}.values(),
                  key=lambda a: (a.sha256, a.record_id))
    for a in atts:
        if hashlib.sha256(a.data).hexdigest() != a.sha256:
            raise IzsaError("attachment_hash_mismatch", sha256=a.sha256)
        rows["attachments"].append(
            {
                "sha256": a.sha256,
                "record_id": a.record_id,
                "filename": a.filename,
                "media_type": a.media_type,
                "size": len(a.data),
                "consent": a.consent,
            }
        )
    entries = [(f"{name}.jsonl", dumps_lines(rows[name])) for name in JSONL_ENTRIES]
    entries += [(attachment_name(h), d) for h, d in sorted({a.sha256: a.data for a in atts}.items())]
    counts = {k: len(v) for k, v in rows.items()}
    return entries, counts


def _attachment(row: Any, line: int, blobs: Mapping[str, bytes]) -> Attachment:
    e = "attachments.jsonl"
    keys = {"sha256", "record_id", "filename", "media_type", "size", "consent"}
    if (
        not isinstance(row, dict)
        or set(row) != keys
        or not isinstance(row["sha256"], str)
        or not _HEX64.match(row["sha256"])
    ):
        raise IzsaError("bundle_record_invalid", entry=e, line=line, field="attachment")
    fn, mt = row["filename"], row["media_type"]
    if (
        not _uuid(row["record_id"])
        or not isinstance(fn, str)
        or not 0 < len(fn) <= 255
        or any(ord(c) < 32 for c in fn)
        or not isinstance(mt, str)
        or len(mt) > 100
        or type(row["consent"]) is not bool
        or type(row["size"]) is not int
    ):
        raise IzsaError("bundle_record_invalid", entry=e, line=line, field="attachment")
    data = blobs.get(attachment_name(row["sha256"]))
    if data is None or len(data) != row["size"]:
        raise IzsaError("bundle_record_invalid", entry=e, line=line, field="attachment bytes")
    return Attachment(row["sha256"], row["record_id"], fn, mt, row["consent"], data)


def decode_content(
    rows: Mapping[str, list[Any]],
    blobs: Mapping[str, bytes],
    *,
    personal_data: bool,
    counts: Mapping[str, int],
) -> BundleContent:
    """Shape-check every row of the current schema; the first defect rejects the whole bundle."""
    if set(rows) != set(JSONL_ENTRIES):
        raise IzsaError("bundle_entries_mismatch", expected=",".join(JSONL_ENTRIES))
    records: list[RecordChange] = []
    seen: set[str] = set()
    for n, row in enumerate(rows["records"], start=1):
        if not isinstance(row, dict) or set(row) != {"meta", "project"}:
            raise IzsaError("bundle_record_invalid", entry="records.jsonl", line=n, field="(line)")
        v, b, _ = _meta(row["meta"], False, "records.jsonl", n)
        p = check_project(row["project"], entry="records.jsonl", line=n)
        check_values(p, entry="records.jsonl", line=n)
        if not personal_data and any(p[k] for k in PERSONAL_FIELDS):
            raise IzsaError("bundle_personal_data_undeclared", entry="records.jsonl", line=n)
        records.append(RecordChange(p["id"], p["district"], v, b, p))
    for n, row in enumerate(rows["tombstones"], start=1):
        if (
            not isinstance(row, dict)
            or set(row) != {"id", "district", "meta"}
            or not _uuid(row["id"])
            or not isinstance(row["district"], str)
            or not _DISTRICT.match(row["district"])
        ):
            raise IzsaError("bundle_record_invalid", entry="tombstones.jsonl", line=n, field="(line)")
        v, b, r = _meta(row["meta"], True, "tombstones.jsonl", n)
        records.append(RecordChange(row["id"], row["district"], v, b, None, True, r))
    for r in records:
        if r.id in seen:
            raise IzsaError("bundle_record_duplicate", id=r.id)
        seen.add(r.id)
    audit = tuple(_flat(r, "audit.jsonl", n) for n, r in enumerate(rows["audit"], start=1))
    events = tuple(_key_event(r, n) for n, r in enumerate(rows["key_events"], start=1))
    reviews = tuple(_review(r, n) for n, r in enumerate(rows["reviews"], start=1))
    atts = tuple(_attachment(r, n, blobs) for n, r in enumerate(rows["attachments"], start=1))
    if len({(a.sha256, a.record_id) for a in atts}) != len(atts) or {
        attachment_name(a.sha256) for a in atts
    } != set(blobs):
        raise IzsaError("bundle_entries_mismatch", expected="att/ entries = the files of attachments.jsonl rows")
    got = {
        "records": len(rows["records"]),
        "tombstones": len(rows["tombstones"]),
        "audit": len(audit),
        "key_events": len(events),
        "reviews": len(reviews),
        "attachments": len(atts),
    }
    if got != dict(counts):
        raise IzsaError("bundle_counts_mismatch", expected=dict(counts), got=got)
    return BundleContent(tuple(records), audit, events, reviews, atts)
