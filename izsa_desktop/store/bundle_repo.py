"""Bulk reading and writing for bundle imports: record states, branches, history, project rows.

Imports touch thousands of rows, so this module uses one SELECT per 900 ids and ``executemany`` for
writes (project columns, tags, FTS, audit), all inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import bindparam, delete, select, text, update
from sqlalchemy.orm import Session

from ..core.model import EDITABLE_FIELDS, LIST_FIELDS, Project, RecordMeta, project_from_dict
from .bulk import insert_dicts, insert_rows
from .bundle_models import BranchRow, HistoryRow
from .models import Attachment, AttachmentBlob, Audit, ProjectRow, ProjectTag
from .projects import _TAG_FIELDS, ProjectRepo, search_text

CHUNK = 900
_META_FIELDS = tuple(RecordMeta.__dataclass_fields__)


def dumps(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def chunks(seq: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(seq), CHUNK):
        yield seq[i : i + CHUNK]


_TEXTS = ("title_en", "purpose", "summary", "keywords", "notes")
_DATES = ("start_date", "end_date")


def row_dict(m: Any) -> dict[str, Any]:
    """``project_to_dict(to_project(row))`` from a Core row mapping of the project table, without the
    dataclass round trip (``dataclasses.asdict`` deep-copies every value; the row's values are fresh)."""
    d = {"id": m["uuid"]}
    for f in EDITABLE_FIELDS:
        d[f] = m[f]
    for f in LIST_FIELDS:
        v = d[f]
        d[f] = list(v) if v else []
    for f in _TEXTS:
        if d[f] is None:
            d[f] = ""
    for f in _DATES:
        v = d[f]
        d[f] = v.isoformat() if v else None
    return d


def load_rows(s: Session, ids: Sequence[str]) -> dict[str, tuple[dict[str, Any], RecordMeta, int]]:
    """uuid -> (project dict, meta, pk) for the given ids (Core rows, one SELECT per 900 ids)."""
    out = {}
    t = ProjectRow.__table__
    for part in chunks(list(ids)):
        for r in s.execute(select(t).where(t.c.uuid.in_(part))).mappings():
            out[r["uuid"]] = (row_dict(r), RecordMeta(**{f: r[f] for f in _META_FIELDS}), r["pk"])
    return out


def load_branches(s: Session, ids: Sequence[str]) -> dict[str, tuple[dict[str, Any], int]]:
    """uuid -> (branch columns as stored: snapshots are JSON text, settled version)."""
    out = {}
    for part in chunks(list(ids)):
        for b in s.scalars(select(BranchRow).where(BranchRow.uuid.in_(part))):
            out[b.uuid] = ({"district": b.district, "base_version": b.base_version, "base": b.base,
                            "own": b.own, "incoming": b.incoming}, b.settled_version)
    return out


def save_branches(s: Session, items: Sequence[tuple[str, dict[str, Any] | None, int]]) -> None:
    """(uuid, branch columns or None to drop the branch, settled version)."""
    ids = [u for u, _, _ in items]
    for part in chunks(ids):
        s.execute(delete(BranchRow).where(BranchRow.uuid.in_(part)))
    rows = [(u, br["district"], br["base_version"], br["base"], br["own"], br["incoming"], v)
            for u, br, v in items if br is not None]
    insert_rows(s.connection(), BranchRow.__table__,
                ["uuid", "district", "base_version", "base", "own", "incoming", "settled_version"], rows)


def history(s: Session, uuid: str, version: int) -> str | None:
    return s.scalar(select(HistoryRow.snapshot).where(HistoryRow.uuid == uuid, HistoryRow.version == version))


def save_history(s: Session, items: Sequence[tuple[str, int, str]], *, overwrite: bool = False) -> None:
    """(uuid, version, snapshot JSON); an existing (uuid, version) is kept, or with ``overwrite``
    replaced (a record an import creates: any older row of that uuid is a leftover of an undone import)."""
    if not items:
        return
    sqlite = s.get_bind().dialect.name == "sqlite"
    if sqlite:
        verb = "INSERT OR REPLACE" if overwrite else "INSERT OR IGNORE"
        s.connection().exec_driver_sql(f"{verb} INTO bundle_history(uuid, version, snapshot) VALUES (?, ?, ?)",
                                       list(items))
        return
    rows = [{"u": u, "v": v, "s": snap} for u, v, snap in items]
    tail = "DO UPDATE SET snapshot = excluded.snapshot" if overwrite else "DO NOTHING"
    s.execute(text("INSERT INTO bundle_history(uuid, version, snapshot) VALUES (:u, :v, :s) "
                   f"ON CONFLICT (uuid, version) {tail}"), rows)


def history_many(s: Session, keys: Sequence[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """Snapshots of many (uuid, version) at once (one SELECT per 900 uuids)."""
    want = set(keys)
    out: dict[tuple[str, int], str] = {}
    uuids = sorted({u for u, _ in want})
    for part in chunks(uuids):
        q = select(HistoryRow.uuid, HistoryRow.version, HistoryRow.snapshot).where(HistoryRow.uuid.in_(part))
        for u, v, snap in s.execute(q):
            if (u, v) in want:
                out[(u, v)] = snap
    return out


def write_projects(
    s: Session,
    new: Sequence[tuple[dict[str, Any], RecordMeta]],
    changed: Sequence[tuple[int, dict[str, Any], RecordMeta]],
    user: str,
    source: str,
) -> None:
    """Insert new records and overwrite changed ones (all editable columns + meta), with tags and FTS.
    Field-level audit rows are written by the caller (it knows the diffs)."""
    if new:
        _insert_new(s, new, user, source)
    if not changed:
        return
    params, tags, fts = [], [], []
    for pk, values, meta in changed:
        p: Project = project_from_dict(values)
        row = {f: getattr(p, f) for f in EDITABLE_FIELDS}
        row.update({f: getattr(meta, f) for f in _META_FIELDS})
        row["search_text"] = search_text(p)
        row["b_pk"] = pk
        params.append(row)
        for f, kind in _TAG_FIELDS.items():
            tags.extend({"project_pk": pk, "kind": kind, "value": str(v)} for v in set(getattr(p, f)))
        if p.sdg_primary is not None:
            tags.append({"project_pk": pk, "kind": "primary", "value": str(p.sdg_primary)})
        fts.append({"pk": pk, "b": row["search_text"]})
    cols = {c: bindparam(c) for c in (*EDITABLE_FIELDS, *_META_FIELDS, "search_text")}
    stmt = update(ProjectRow.__table__).where(ProjectRow.__table__.c.pk == bindparam("b_pk")).values(cols)
    s.connection().execute(stmt, params)
    pks = [pk for pk, _, _ in changed]
    for i in range(0, len(pks), CHUNK):
        s.execute(delete(ProjectTag).where(ProjectTag.project_pk.in_(pks[i : i + CHUNK])))
    if tags:
        insert_dicts(s.connection(), ProjectTag.__table__, tags)
    if s.get_bind().dialect.name == "sqlite":
        s.execute(text("DELETE FROM project_fts WHERE rowid = :pk"), [{"pk": pk} for pk in pks])
        s.execute(text("INSERT INTO project_fts(rowid, body) VALUES (:pk, :b)"), fts)


def _insert_new(s: Session, new: Sequence[tuple[Mapping[str, Any], RecordMeta]], user: str, source: str) -> None:
    """New records of an import: the repository's bulk path (rows, tags, FTS, audit in one go)."""
    ProjectRepo(s).bulk_add([(project_from_dict(values), meta) for values, meta in new], user, source)


def remove_projects(s: Session, pks: Sequence[int]) -> None:
    """Hard delete (only for undoing an import that created the records)."""
    for i in range(0, len(pks), CHUNK):
        part = pks[i : i + CHUNK]
        s.execute(delete(ProjectTag).where(ProjectTag.project_pk.in_(part)))
        s.execute(delete(ProjectRow).where(ProjectRow.pk.in_(part)))
    if pks and s.get_bind().dialect.name == "sqlite":
        s.execute(text("DELETE FROM project_fts WHERE rowid = :pk"), [{"pk": pk} for pk in pks])


def add_audits(s: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        insert_dicts(s.connection(), Audit.__table__, rows)


# -- attachments: links (project, hash) per owner; contents stored once per hash (migration 0005) ------
AttachmentItem = tuple[str, str, str, str, bool, bytes]  # project, sha256, name, mime, consent, data


def attachment_links(s: Session, keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """The ``(project, sha256)`` links among ``keys`` that exist."""
    keys = set(keys)
    out: set[tuple[str, str]] = set()
    by_project = sorted({p for p, _h in keys})
    for part in chunks(by_project):
        q = select(Attachment.project_uuid, Attachment.sha256).where(Attachment.project_uuid.in_(part))
        out |= {(p, h) for p, h in s.execute(q) if (p, h) in keys}
    return out


def _insert_ignore(s: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """INSERT ... ON CONFLICT DO NOTHING (a blob another import stored meanwhile is the same bytes)."""
    if not rows:
        return
    if s.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    s.execute(insert(table).on_conflict_do_nothing(), rows)


def add_attachment_links(s: Session, items: Sequence[AttachmentItem], owner: str, source: str) -> None:
    """Store the contents once per hash (kept if present) and one link per ``(project, hash)`` owned by
    ``owner`` (the district whose projects they are), added by ``source`` (a bundle id)."""
    blobs = {sha: data for _p, sha, _n, _m, _c, data in items}
    _insert_ignore(s, AttachmentBlob.__table__, [{"sha256": h, "data": d} for h, d in sorted(blobs.items())])
    rows = [{"project_uuid": p, "sha256": h, "name": n, "mime": m, "size": len(d), "consent": bool(c),
             "owner": owner, "source": source} for p, h, n, m, c, d in items]
    if rows:
        insert_dicts(s.connection(), Attachment.__table__, rows)


def remove_attachment_links(s: Session, source: str, owner: str) -> list[tuple[str, str, str]]:
    """Remove the links ``source`` (a bundle id) added on ``owner``'s projects, and every blob no link
    references any more. Links added by anyone else stay. Returns (project, sha256, name) removed."""
    t = Attachment.__table__
    gone = [(p, h, n or "") for p, h, n in s.execute(
        select(t.c.project_uuid, t.c.sha256, t.c.name).where(t.c.source == source, t.c.owner == owner)
        .order_by(t.c.project_uuid, t.c.sha256))]
    if not gone:
        return []
    s.execute(delete(Attachment).where(Attachment.source == source, Attachment.owner == owner))
    hashes = sorted({h for _p, h, _n in gone})
    for part in chunks(hashes):
        used = set(s.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(part))))
        unused = [h for h in part if h not in used]
        if unused:
            s.execute(delete(AttachmentBlob).where(AttachmentBlob.sha256.in_(unused)))
    return gone


def attachments_of(s: Session, ids: Sequence[str]) -> list[tuple[Any, bytes]]:
    """(link row, bytes) of every file on the given projects, ordered by project and hash."""
    out: list[tuple[Any, bytes]] = []
    a, b = Attachment.__table__, AttachmentBlob.__table__
    for part in chunks(list(ids)):
        q = (select(a, b.c.data).join(b, b.c.sha256 == a.c.sha256).where(a.c.project_uuid.in_(part))
             .order_by(a.c.project_uuid, a.c.sha256))
        out += [(r, r.data) for r in s.execute(q)]
    return out
