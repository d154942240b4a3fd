"""Central import of a district bundle: verify (THE choke point), plan (the preview), apply that plan.

``verify_file`` is the only way any import path (menu, drag-and-drop, CLI) reaches a bundle's content:
it builds the ``TrustState`` from the tables and calls ``bundle.verify_bundle``. ``prepare_import``
returns the plan the user sees; ``apply_import`` executes exactly that plan in one transaction
(refusing with ``plan_stale`` if the database moved meanwhile), with audit rows, the conflict queue,
duplicate flags, key events, the seen-bundle record and the undo log.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from ..bundle import (
    Attachment,
    DuplicatePair,
    MergePlan,
    VerifiedBundle,
    find_likely_duplicates,
    fingerprint,
    plan_merge,
    verify_bundle,
)
from ..core.errors import IzsaError
from ..core.safe_read import open_regular
from ..store.models import ProjectRow
from .bundles_io import gc_paused
from .bundles_state import history, keep_personal, load_states
from .keys import trust_state
from .workspace import Workspace


def read_bundle(ws: Workspace, path: str | Path) -> bytes:
    """A bundle file's bytes, read only as far as the frame allows: header and envelope first (at most
    14 bytes of a file that is not a bundle, at most the envelope cap otherwise); the body only once the
    envelope's signature verifies, its key may sign for the manifest's district (the checks
    ``verify_bundle`` makes again on the whole) and the file is exactly as long as the signed manifest
    says. An unsigned or foreign 1 GiB file is refused without being read."""
    from ..bundle.framing import DEFAULT_LIMITS, HEADER, open_envelope, read_head
    from ..bundle.manifest import manifest_from_dict
    from ..bundle.strictjson import loads
    from ..bundle.trust import check_signer

    try:  # a regular file only (a FIFO, a device or a folder is refused unopened: core.safe_read)
        with open_regular(path) as (fh, size):
            head = read_head(fh, size, DEFAULT_LIMITS)
            signer, payload = open_envelope(head[HEADER.size:])
            manifest = manifest_from_dict(loads(payload, entry="manifest"))
            if manifest.signer_key != signer:
                raise IzsaError("bundle_signer_mismatch")
            with ws.session() as s:
                trust = trust_state(s)
            check_signer(trust, manifest.district, signer, manifest.seq, manifest.key_rotations)
            if size - len(head) != manifest.body_length:
                raise IzsaError("bundle_length_mismatch", expected=manifest.body_length, got=size - len(head))
            return head + fh.read(manifest.body_length)
    except OSError as exc:
        raise IzsaError("file_read_failed", path=str(path), detail=exc.strerror or str(exc)) from exc


def verify_file(ws: Workspace, data: bytes | str | Path, *, allow_training: bool = False,
                expect_kind: str | None = None) -> VerifiedBundle:
    """THE choke point: every import path calls this before touching a bundle's content."""
    raw = data if isinstance(data, bytes) else read_bundle(ws, data)
    with ws.session() as s:
        trust = trust_state(s)
    allow = allow_training or ws.identity.training
    return verify_bundle(raw, trust, allow_training=allow, expect_kind=expect_kind)


@dataclass(frozen=True)
class IdClaim:
    """A district bundle's record whose id central already holds for another district (``record_foreign``):
    possible id theft (a bundle is signed, not encrypted: anyone who sees it can send its ids first).
    Central cannot know which claim came first legitimately, so it keeps both: the stored record
    (``holder``) stays as it is, the incoming one is not imported, and the alarm is shown in the preview
    and stored (audit ``id_claim_alarm`` with both claims) for a person to settle."""

    id: str
    holder: str  # the district central holds the id for
    holder_title: str
    holder_bundle: str  # the bundle that brought the stored record (undo it if that claim is the theft)
    claimant: str  # the district of this bundle
    claimant_title: str  # "" for a tombstone
    claimant_values: dict[str, Any] | None  # the incoming record (None: a tombstone)

    def stored(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(old, new) of the audit row: the holder's claim and the claimant's claim."""
        return ({"district": self.holder, "title_tr": self.holder_title, "bundle": self.holder_bundle},
                {"district": self.claimant, "title_tr": self.claimant_title, "values": self.claimant_values})


@dataclass(frozen=True)
class ImportPreview:
    verified: VerifiedBundle
    plan: MergePlan
    duplicates: tuple[DuplicatePair, ...] = ()
    last_seen: int = -1
    titles: dict[str, str] = field(default_factory=dict)
    attachments: tuple[Attachment, ...] = ()  # the files this import adds (own live records only)
    id_claims: tuple[IdClaim, ...] = ()  # ALARM: ids central already holds for another district

    @property
    def already_imported(self) -> bool:
        return self.verified.status == "already_imported"

    def counts(self) -> dict[str, Any]:
        c: dict[str, Any] = dict(self.plan.counts())
        c["conflicts"] = sum(len(e.conflicts) for e in self.plan.entries if e.after is not None)
        c["duplicates"] = len(self.duplicates)
        c["attachments"] = len(self.attachments)
        c["id_claims"] = len(self.id_claims)
        return c


def _existing_for_duplicates(s, districts: set[str], exclude: set[str]) -> list[dict]:  # type: ignore[no-untyped-def]
    q = select(ProjectRow.uuid, ProjectRow.district, ProjectRow.title_tr, ProjectRow.lat, ProjectRow.lon,
               ProjectRow.start_date).where(ProjectRow.district.in_(sorted(districts)), ProjectRow.deleted.is_(False))
    return [{"id": u, "district": d, "title_tr": t, "lat": la, "lon": lo,
             "start_date": sd.isoformat() if sd else None}
            for u, d, t, la, lo, sd in s.execute(q) if u not in exclude]


def prepare_import(ws: Workspace, data: bytes | str | Path, *, allow_training: bool = False,
                   progress=None, cancelled=None) -> ImportPreview:  # type: ignore[no-untyped-def]
    with gc_paused():
        return _prepare_import(ws, data, allow_training=allow_training, progress=progress, cancelled=cancelled)


def _prepare_import(ws: Workspace, data: bytes | str | Path, *, allow_training: bool = False,
                   progress=None, cancelled=None) -> ImportPreview:  # type: ignore[no-untyped-def]
    if ws.identity.role != "central":
        raise IzsaError("wrong_role", expected="central", actual=ws.identity.role or "?")
    v = verify_file(ws, data, allow_training=allow_training, expect_kind="district")
    if progress:
        progress(1, 3)
    with ws.session() as s:
        seen = trust_state(s).last_seen(v.manifest.district)
        last = seen.seq if seen else -1
        if v.status == "already_imported":
            return ImportPreview(v, MergePlan(()), (), last)
        records = v.content.records
        states, rows = load_states(s, [r.id for r in records])
        if not v.manifest.personal_data:
            records = tuple(
                replace(r, values=keep_personal(r.values, rows[r.id][0] if r.id in rows else None))
                for r in records
            )
        if cancelled and cancelled():
            raise IzsaError("import_cancelled")
        plan = plan_merge(records, states.get, lambda rid, ver: history(s, rid, ver))
        if progress:
            progress(2, 3)
        new = [e.after.current.values for e in plan.entries  # read only
               if e.kind == "new" and e.after is not None]
        dups: tuple[DuplicatePair, ...] = ()
        if new:
            existing = _existing_for_duplicates(s, {r["district"] for r in new}, {r["id"] for r in new})
            dups = tuple(find_likely_duplicates(new, existing))
        titles = {e.id: str((e.after or e.before).current.values.get("title_tr", ""))  # type: ignore[union-attr]
                  for e in plan.entries if e.after is not None or e.before is not None}
        atts = new_attachments(s, v, plan)
        claims = id_claims(plan, records, rows, v.manifest.district)
    if progress:
        progress(3, 3)
    return ImportPreview(v, plan, dups, last, titles, atts, claims)


def id_claims(plan: MergePlan, records, rows: dict, district: str) -> tuple[IdClaim, ...]:  # type: ignore[no-untyped-def]
    """The plan's ``record_foreign`` rejections as alarms naming both claims."""
    incoming = {r.id: r for r in records}
    out = []
    for e in plan.entries:
        if e.kind != "rejected" or e.reason != "record_foreign" or e.before is None:
            continue
        ch = incoming[e.id]
        meta = rows[e.id][1] if e.id in rows else None
        out.append(IdClaim(e.id, e.before.district, str(e.before.current.values.get("title_tr", "")),
                           meta.source_bundle if meta else "", district,
                           str((ch.values or {}).get("title_tr", "")), dict(ch.values) if ch.values else None))
    return tuple(out)


def list_id_claims(ws: Workspace) -> list[dict[str, Any]]:
    """Every stored id-claim alarm (newest first): record id, when, which bundle, and both claims."""
    import json

    from ..store.models import Audit

    with ws.session() as s:
        q = select(Audit).where(Audit.action == "id_claim_alarm", Audit.project_uuid != "").order_by(Audit.id.desc())
        return [{"id": a.project_uuid, "at": a.at, "user": a.user, "bundle_id": a.source,
                 "holder": json.loads(a.old) if a.old else None, "claimant": json.loads(a.new) if a.new else None}
                for a in s.scalars(q)]


def new_attachments(s, v: VerifiedBundle, plan: MergePlan) -> tuple[Attachment, ...]:  # type: ignore[no-untyped-def]
    """Attachments a district bundle may add: only on records of the signer's district that the plan
    accepts (verification already refused files on records the bundle does not carry), and only links
    ``(record, hash)`` not stored yet. The same bytes on another project (another district's included)
    never stop this link (links are per project; the contents are stored once). Shown in the preview
    (``counts()["attachments"]``), audited, removed by undo."""
    from ..store.bundle_repo import attachment_links

    ok = {e.id for e in plan.entries if e.kind != "rejected"
          and (e.after or e.before) is not None and (e.after or e.before).district == v.manifest.district}  # type: ignore[union-attr]
    mine = [a for a in v.content.attachments if a.record_id in ok]
    have = attachment_links(s, [(a.record_id, a.sha256) for a in mine])
    return tuple(a for a in mine if (a.record_id, a.sha256) not in have)


def import_file(ws: Workspace, data: bytes | str | Path, *, allow_training: bool = False,
                dry_run: bool = False, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
    """CLI/test convenience: verify, plan and (unless dry run) apply. Returns (preview, result|None)."""
    from .bundles_apply import apply_import

    pre = prepare_import(ws, data, allow_training=allow_training, progress=progress, cancelled=cancelled)
    if dry_run or pre.already_imported:
        return pre, None
    return pre, apply_import(ws, pre)


def signer_fp(v: VerifiedBundle) -> str:
    return fingerprint(v.signer_key)


def db_content_hash(ws: Workspace) -> str:
    """SHA-256 over the data tables (tests, and a cheap "did anything change" check)."""
    import hashlib

    h = hashlib.sha256()
    with ws.engine.connect() as c:
        for table in ("project", "audit_log", "attachment", "attachment_blob", "bundle_seen", "bundle_branch", "bundle_history",
                      "bundle_conflict", "bundle_duplicate", "bundle_undo", "bundle_pinned_key", "workspace_meta"):
            for row in c.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2")):
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()
