"""District export: a cumulative, signed bundle of every record with unacknowledged local edits.

The sequence number only grows: it is bumped in the same transaction that marks which records the
bundle carried (``bundle_export_mark``). The file is written to a fsynced temp file first; the
transaction commits; then the file is renamed into place. A failure before the commit leaves neither a
file nor a used seq; a failure after it only skips a seq (central sees a harmless fast-forward jump).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import JSON, Text, select, text, type_coerce

from .. import __version__
from ..bundle import Attachment, BundleContent, RecordChange, export_bundle
from ..core.errors import IzsaError
from ..core.model import PERSONAL_FIELDS
from ..store.bundle_models import ExportMark
from ..store.bundle_repo import attachments_of, row_dict
from ..store.models import Audit, ProjectRow
from .bundles_io import gc_paused, guarded, prepare_file
from .keys import KeyService, bump_seq, key_audit, next_seq, signer_name

AUDIT_TEXT = 4000


@dataclass(frozen=True)
class ExportResult:
    path: str
    seq: int
    records: int
    tombstones: int
    size: int
    personal_data: bool


def _audit_rows(s, ids: list[str], personal_data: bool) -> list[dict]:  # type: ignore[no-untyped-def]
    a = Audit.__table__.c
    q = select(a.id, a.at, a.user, a.action, a.project_uuid, a.field, a.old, a.new)
    found = []
    for i in range(0, len(ids), 900):  # audit order within each chunk of records, as always
        found.extend(s.execute(q.where(a.project_uuid.in_(ids[i : i + 900])).order_by(a.id)).all())
    out = []
    for _id, at, user, action, rid, fld, old, new in found:
        if not personal_data and fld in PERSONAL_FIELDS:
            continue
        out.append({"at": at, "user": (user or "")[:200], "action": action, "record_id": rid, "field": fld,
                    "old": (old or "")[:AUDIT_TEXT] if old is not None else None,
                    "new": (new or "")[:AUDIT_TEXT] if new is not None else None})
    return out


def project_rows(s, q) -> list[dict]:  # type: ignore[no-untyped-def]
    """Rows of ``select(project table)`` as dicts of the values the ORM would give. SQLite: read as raw
    column values and converted here with SQLAlchemy's own result processors, except that the JSON
    columns' texts are decoded with ONE ``json.loads`` of all of them (10k rows x 9 small lists: one C
    call instead of 90k)."""
    if s.get_bind().dialect.name != "sqlite":
        return [dict(r) for r in s.execute(q).mappings()]
    t = ProjectRow.__table__
    dialect = s.get_bind().dialect
    names = [c.name for c in t.columns]
    q = q.with_only_columns(*[type_coerce(c, Text).label(c.name) for c in t.columns])
    rows = [dict(zip(names, r, strict=True)) for r in s.execute(q)]
    jcols = [c.name for c in t.columns if isinstance(c.type, JSON)]
    procs = [(c.name, p) for c in t.columns if not isinstance(c.type, JSON)
             and (p := c.type.dialect_impl(dialect).result_processor(dialect, None)) is not None]
    raw = ["null" if r[c] is None else r[c] for r in rows for c in jcols]
    it = iter(json.loads("[" + ",".join(raw) + "]"))
    for r in rows:
        for c in jcols:
            r[c] = next(it)
        for c, p in procs:
            r[c] = p(r[c])
    return rows


def district_content(s, district: str, personal_data: bool) -> tuple[BundleContent, list[str]]:  # type: ignore[no-untyped-def]
    t = ProjectRow.__table__
    rows = project_rows(s, select(t).where(t.c.district == district, t.c.local_edits.is_(True),
                                            t.c.origin == "local").order_by(t.c.uuid))
    records = []
    for r in rows:
        if r["deleted"]:
            records.append(RecordChange(r["uuid"], r["district"], 0, r["base_version"], None, True,
                                        r["deleted_reason"] or ""))
        else:
            records.append(RecordChange(r["uuid"], r["district"], 0, r["base_version"], row_dict(r)))
    ids = [r.id for r in records]
    live = {r.id for r in records if not r.deleted}
    atts = [Attachment(a.sha256, a.project_uuid, a.name or "", a.mime or "application/octet-stream",
                       bool(a.consent), data)
            for a, data in attachments_of(s, sorted(live)) if personal_data or a.consent]
    return BundleContent(records=tuple(records), audit=tuple(_audit_rows(s, ids, personal_data)), attachments=tuple(atts)), ids


def export_district_bundle(ws, out: str | Path, passphrase: str, *, personal_data: bool = True,  # type: ignore[no-untyped-def]
                           progress=None, cancelled=None) -> ExportResult:
    with gc_paused():
        return _export_district_bundle(ws, out, passphrase, personal_data=personal_data, progress=progress,
                                       cancelled=cancelled)


def _export_district_bundle(ws, out: str | Path, passphrase: str, *, personal_data: bool = True,  # type: ignore[no-untyped-def]
                           progress=None, cancelled=None) -> ExportResult:
    if ws.identity.role != "district":
        raise IzsaError("wrong_role", expected="district", actual=ws.identity.role or "?")
    keys = KeyService(ws)
    private = keys.private_key(passphrase)
    district = signer_name(ws)
    with ws.session() as s:
        seq = next_seq(s)
        content, ids = district_content(s, district, personal_data)
        acked = _acked(s)
        rotations = keys.pending_rotations(s, acked)
        data = export_bundle(content, private_key=private, kind="district", district=district, seq=seq,
                             created_by=ws.identity.user or ws.identity.office, app_version=__version__,
                             training=ws.identity.training, personal_data=personal_data, key_rotations=rotations)
    if cancelled is not None and cancelled():
        raise IzsaError("export_cancelled")
    pending = prepare_file(out, data)
    try:
        with ws.session() as s, guarded(s):
            if next_seq(s) != seq:  # another export ran meanwhile
                raise IzsaError("plan_stale", id="seq")
            bump_seq(s, seq)
            _mark(s, ids, seq)
            key_audit(s, ws, "bundle_export", district, f"seq {seq}, {len(ids)} records")
    except BaseException:
        pending.discard()
        raise
    pending.commit()
    n_tomb = sum(1 for r in content.records if r.deleted)
    return ExportResult(str(out), seq, len(content.records) - n_tomb, n_tomb, len(data), personal_data)


def _acked(s) -> int:  # type: ignore[no-untyped-def]
    from ..store.meta import read_meta

    return int(read_meta(s).get("bundle_acked") or 0)


def _mark(s, ids: list[str], seq: int) -> None:  # type: ignore[no-untyped-def]
    if not ids:
        return
    sql = ("INSERT INTO bundle_export_mark(uuid, exported_seq) VALUES (:u, :q) "
           "ON CONFLICT(uuid) DO UPDATE SET exported_seq = excluded.exported_seq")
    s.execute(text(sql), [{"u": u, "q": seq} for u in ids])


def export_marks(s, ids: list[str]) -> dict[str, int]:  # type: ignore[no-untyped-def]
    out = {}
    for i in range(0, len(ids), 900):
        q = select(ExportMark.uuid, ExportMark.exported_seq).where(ExportMark.uuid.in_(ids[i : i + 900]))
        out.update(dict(s.execute(q).all()))
    return out
