"""District export: a cumulative, signed bundle of every record with unacknowledged local edits.

The sequence number only grows: it is bumped in the same transaction that marks which records the
bundle carried (``bundle_export_mark``). The file is written to a fsynced temp file first; the
transaction commits; then the file is renamed into place. A failure before the commit leaves neither a
file nor a used seq; a failure after it only skips a seq (central sees a harmless fast-forward jump).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, text

from .. import __version__
from ..bundle import Attachment, BundleContent, RecordChange, export_bundle
from ..core.errors import IzsaError
from ..core.model import PERSONAL_FIELDS, project_to_dict
from ..store.bundle_models import ExportMark
from ..store.models import Attachment as AttachmentRow
from ..store.models import Audit, ProjectRow
from ..store.projects import to_project
from .bundles_io import guarded, prepare_file
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
    out = []
    for i in range(0, len(ids), 900):
        q = select(Audit).where(Audit.project_uuid.in_(ids[i : i + 900])).order_by(Audit.id)
        for a in s.scalars(q):
            if not personal_data and a.field in PERSONAL_FIELDS:
                continue
            out.append({"at": a.at, "user": (a.user or "")[:200], "action": a.action, "record_id": a.project_uuid,
                        "field": a.field, "old": (a.old or "")[:AUDIT_TEXT] if a.old is not None else None,
                        "new": (a.new or "")[:AUDIT_TEXT] if a.new is not None else None})
    return out


def district_content(s, district: str, personal_data: bool) -> tuple[BundleContent, list[str]]:  # type: ignore[no-untyped-def]
    rows = s.scalars(
        select(ProjectRow).where(ProjectRow.district == district, ProjectRow.local_edits.is_(True),
                                 ProjectRow.origin == "local").order_by(ProjectRow.uuid)
    )
    records = []
    for r in rows:
        if r.deleted:
            records.append(RecordChange(r.uuid, r.district, 0, r.base_version, None, True, r.deleted_reason or ""))
        else:
            records.append(RecordChange(r.uuid, r.district, 0, r.base_version, project_to_dict(to_project(r))))
    ids = [r.id for r in records]
    live = {r.id for r in records if not r.deleted}
    atts = []
    for i in range(0, len(ids), 900):
        for a in s.scalars(select(AttachmentRow).where(AttachmentRow.project_uuid.in_(ids[i : i + 900]))):
            if a.project_uuid in live and (personal_data or a.consent):
                atts.append(Attachment(a.sha256, a.project_uuid, a.name or "", a.mime or "application/octet-stream",
                                       bool(a.consent), a.data))
    return BundleContent(records=tuple(records), audit=tuple(_audit_rows(s, ids, personal_data)), attachments=tuple(atts)), ids


def export_district_bundle(ws, out: str | Path, passphrase: str, *, personal_data: bool = True,  # type: ignore[no-untyped-def]
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
