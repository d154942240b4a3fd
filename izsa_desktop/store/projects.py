"""Project repository: rows <-> records, field-level audit, tombstones, tags and the search index.

All writes happen inside the caller's transaction (services own transactions), so the audit rows are
committed or rolled back together with the change they describe.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, insert, select, text
from sqlalchemy.orm import Session

from ..core import taxonomy as tx
from ..core.errors import IzsaError
from ..core.model import EDITABLE_FIELDS, Project, RecordMeta, project_to_dict
from ..core.summary import ProjectSummary
from ..core.text import fold_words
from .models import Audit, ProjectRow, ProjectTag

_META_FIELDS = tuple(RecordMeta.__dataclass_fields__)
_EDITABLE_SET = frozenset(EDITABLE_FIELDS)
_META_SET = frozenset(_META_FIELDS)
_TAG_FIELDS = {"sdg_goals": "goal", "sdg_targets": "target", "who_themes": "theme", "target_groups": "group"}


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json(v: Any) -> str:
    if isinstance(v, date):
        v = v.isoformat()
    return json.dumps(v, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class Stored:
    project: Project
    meta: RecordMeta
    pk: int


def fingerprint(p: Project, meta: RecordMeta) -> str:
    """A digest of everything stored about a record (every field and every meta field): the state a
    form loaded. Two reads give the same digest exactly when nothing about the record changed, whatever
    the role (a district's saves keep ``version``) and however close two saves are (``updated_at``
    has whole seconds)."""
    body = json.dumps([project_to_dict(p), asdict(meta)], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(body.encode()).hexdigest()


def search_parts(p: Project) -> list[str]:
    return [
        p.title_tr, p.title_en, p.purpose, p.summary, p.keywords, p.neighbourhood, p.address,
        p.responsible_unit, tx.district_name(p.district), p.collab_sought,
        " ".join(str(x.get("name", "")) for x in p.partners),
    ]


def search_text(p: Project) -> str:
    return fold_words(" ".join(x for x in search_parts(p) if x))


def search_texts(projects: list[Project]) -> list[str]:
    """``search_text`` of many projects, folding each distinct part once (templates, units, district
    and partner names repeat). Folding is per character and the space between parts is a separator,
    so folding the parts one by one and joining the non-empty results equals folding the whole."""
    memo: dict[str, str] = {}
    out = []
    for p in projects:
        words = []
        for x in search_parts(p):
            if x:
                f = memo.get(x)
                if f is None:
                    f = memo[x] = fold_words(x)
                if f:
                    words.append(f)
        out.append(" ".join(words))
    return out


def to_project(r: ProjectRow) -> Project:
    kw = {f: getattr(r, f) for f in EDITABLE_FIELDS}
    for f in ("sdg_goals", "sdg_targets", "who_themes", "target_groups", "partners", "results", "progress",
              "links"):
        kw[f] = list(kw[f] or [])
    for f, default in (("title_en", ""), ("purpose", ""), ("summary", ""), ("keywords", ""), ("notes", "")):
        kw[f] = kw[f] if kw[f] is not None else default
    return Project(id=r.uuid, **kw)


def to_meta(r: ProjectRow) -> RecordMeta:
    return RecordMeta(**{f: getattr(r, f) for f in _META_FIELDS})


class ProjectRepo:
    def __init__(self, session: Session) -> None:
        self.s = session
        self._sqlite = session.get_bind().dialect.name == "sqlite"

    # -- reading ---------------------------------------------------------------------------------
    def _row(self, uuid: str) -> ProjectRow | None:
        return self.s.scalars(select(ProjectRow).where(ProjectRow.uuid == uuid)).one_or_none()

    def get(self, uuid: str) -> Stored | None:
        r = self._row(uuid)
        return Stored(to_project(r), to_meta(r), r.pk) if r else None

    def titles(self, district: str) -> list[tuple[str, str]]:
        q = select(ProjectRow.uuid, ProjectRow.title_tr).where(
            ProjectRow.district == district, ProjectRow.deleted.is_(False)
        )
        return [(u, t) for u, t in self.s.execute(q)]

    def summaries(self, include_deleted: bool = True, uuid: str | None = None) -> list[ProjectSummary]:
        """Projects as immutable summaries, read with one plain SELECT (fast for 100k rows).

        Rows come in title order: the list's default sort then walks memory almost sequentially
        (its filter scans are ~2x faster at 100k rows than in insertion order). Repeated values
        (districts, states, dates, goal/theme/group lists) share one object each: ~45 MB less at 100k.
        """
        where = [] if include_deleted else ["NOT deleted"]
        if uuid is not None:
            where.append("uuid = :u")
        sql = (
            "SELECT uuid, district, title_tr, title_en, status, start_date, sdg_primary, sdg_goals,"
            " who_themes, target_groups, review_state, deleted, origin, lat, lon,"
            " ' ' || coalesce(search_text, ''), updated_at"
            " FROM project" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY title_tr, pk"
        )
        out = []
        districts: dict = {}
        states: dict = {}
        dates: dict = {}
        reviews: dict = {}
        origins: dict = {}
        lists: dict[Any, tuple] = {}

        def as_tuple(v: Any) -> tuple:
            key = v if isinstance(v, str) or v is None else json.dumps(v)
            t = lists.get(key)
            if t is None:
                t = lists[key] = tuple(json.loads(v) if isinstance(v, str) else (v or ()))
            return t

        for row in self.s.execute(text(sql), {"u": uuid}):
            (u, d, t, te, st, sd, pr, g, th, tg, rs, dl, og, la, lo, srch, up) = row
            out.append(
                ProjectSummary(
                    u, districts.setdefault(d, d), t, te or "", states.setdefault(st, st),
                    dates.setdefault(sd, str(sd) if sd else ""), pr, as_tuple(g), as_tuple(th), as_tuple(tg),
                    reviews.setdefault(rs, rs or "draft"), bool(dl), origins.setdefault(og, og or "local"),
                    la, lo, srch, up or "",
                )
            )
        return out

    def search(self, query: str, limit: int = 500) -> list[str]:
        """UUIDs of live projects matching ``query`` by the list filter's rule (``core.text.search_plan``:
        word prefixes, suffixes, glossary synonyms and abbreviations, unit names not counted)."""
        if self._sqlite:
            from .search import search_uuids

            return search_uuids(self.s, query, limit)
        from . import pg  # PostgreSQL: the same plan via a 'simple' tsvector index

        return pg.search_plan_uuids(self.s, query, limit)

    # -- writing ---------------------------------------------------------------------------------
    def add(self, p: Project, meta: RecordMeta, user: str, source: str, audit: bool = True) -> int:
        if self._row(p.id) is not None:
            raise IzsaError("project_exists", id=p.id)
        r = ProjectRow(uuid=p.id)
        self._fill(r, p)
        for f in _META_FIELDS:
            setattr(r, f, getattr(meta, f))
        r.search_text = search_text(p)
        self.s.add(r)
        self.s.flush()
        self._index(r.pk, p, r.search_text, new=True)
        if audit:
            self._audit("create", p.id, "", None, None, user, source, r.updated_at or now_iso())
        return r.pk

    def bulk_add(self, items: list[tuple[Project, RecordMeta]], user: str, source: str) -> None:
        """Insert many new records at once (demo data, bundle imports): one executemany per table
        (``store.bulk.insert_rows``; the ORM's bulk path costs ~3x here)."""
        if not items:
            return
        from .bulk import insert_rows

        conn = self.s.connection()
        table = ProjectRow.__table__
        cols = [c.name for c in table.columns if c.name != "pk"]
        fixed = {"uuid": 0, "search_text": 1}
        rest = [c for c in cols if c not in fixed]
        editable = [c for c in rest if c in _EDITABLE_SET]
        metas = [c for c in rest if c in _META_SET]
        others = [c for c in rest if c not in _EDITABLE_SET and c not in _META_SET]  # left NULL
        texts = search_texts([p for p, _ in items])
        rows = [(p.id, body, *[getattr(p, f) for f in editable], *[getattr(m, f) for f in metas], *[None] * len(others))
                for (p, m), body in zip(items, texts, strict=True)]
        first = None
        if self._sqlite:  # our write transaction holds the lock: new rowids follow the current maximum
            first = self.s.execute(text("SELECT coalesce(max(pk), 0) FROM project")).scalar_one()
        insert_rows(conn, table, ["uuid", "search_text", *editable, *metas, *others], rows)
        pks: dict[str, int] = {}
        if first is not None:
            pks = dict(conn.exec_driver_sql("SELECT uuid, pk FROM project WHERE pk > ?", (first,)).all())
        if len(pks) != len(items) or any(p.id not in pks for p, _ in items):
            pks = {}
            uuids = [p.id for p, _ in items]
            for i in range(0, len(uuids), 900):
                q = select(ProjectRow.uuid, ProjectRow.pk).where(ProjectRow.uuid.in_(uuids[i : i + 900]))
                pks.update((u, pk) for u, pk in self.s.execute(q))
        tags, fts, audits = [], [], []
        now = now_iso()
        for (p, meta), body in zip(items, texts, strict=True):
            pk = pks[p.id]
            for f, kind in _TAG_FIELDS.items():
                tags.extend((pk, kind, str(v)) for v in set(getattr(p, f)))
            if p.sdg_primary is not None:
                tags.append((pk, "primary", str(p.sdg_primary)))
            fts.append((pk, body))
            audits.append((meta.updated_at or now, user, "create", p.id, "", None, None, source))
        insert_rows(conn, ProjectTag.__table__, ["project_pk", "kind", "value"], tags)
        if self._sqlite:
            conn.exec_driver_sql("INSERT INTO project_fts(rowid, body) VALUES (?, ?)", fts)
        insert_rows(conn, Audit.__table__, ["at", "user", "action", "project_uuid", "field", "old", "new", "source"],
                    audits)

    def update(self, p: Project, user: str, source: str, **meta_changes: Any) -> list[FieldChange]:
        r = self._row(p.id)
        if r is None:
            raise IzsaError("project_missing", id=p.id)
        old = to_project(r)
        changes = [
            FieldChange(f, getattr(old, f), getattr(p, f))
            for f in EDITABLE_FIELDS
            if _json(getattr(old, f)) != _json(getattr(p, f))
        ]
        for f, v in meta_changes.items():
            setattr(r, f, v)
        if not changes:
            return []
        at = meta_changes.get("updated_at") or now_iso()
        self._fill(r, p)
        r.updated_at, r.updated_by = at, user
        r.search_text = search_text(p)
        self.s.flush()
        self._index(r.pk, p, r.search_text, new=False)
        for c in changes:
            self._audit("update", p.id, c.field, c.old, c.new, user, source, at)
        return changes

    def set_deleted(self, uuid: str, deleted: bool, reason: str, user: str, source: str, **meta: Any) -> None:
        r = self._row(uuid)
        if r is None:
            raise IzsaError("project_missing", id=uuid)
        if bool(r.deleted) == deleted:
            return
        at = meta.pop("updated_at", None) or now_iso()
        r.deleted, r.deleted_reason = deleted, reason if deleted else ""
        r.updated_at, r.updated_by = at, user
        for f, v in meta.items():
            setattr(r, f, v)
        self._audit("delete" if deleted else "restore", uuid, "deleted", not deleted, deleted, user, source, at,
                    note=reason)

    def note(self, action: str, uuid: str, old: Any, new: Any, user: str, source: str, at: str = "") -> None:
        """An audit row about the record as a whole (e.g. ``overwrite``: a save made knowing that it
        replaces someone else's newer version), in the caller's transaction."""
        self._audit(action, uuid, "", old, new, user, source, at or now_iso())

    def set_meta(self, uuid: str, **meta: Any) -> None:
        r = self._row(uuid)
        if r is None:
            raise IzsaError("project_missing", id=uuid)
        for f, v in meta.items():
            setattr(r, f, v)

    def history(self, uuid: str) -> list[Audit]:
        return list(self.s.scalars(select(Audit).where(Audit.project_uuid == uuid).order_by(Audit.id)))

    # -- internals -------------------------------------------------------------------------------
    @staticmethod
    def _fill(r: ProjectRow, p: Project) -> None:
        for f in EDITABLE_FIELDS:
            setattr(r, f, getattr(p, f))

    def _index(self, pk: int, p: Project, body: str, new: bool) -> None:
        if not new:
            self.s.execute(delete(ProjectTag).where(ProjectTag.project_pk == pk))
        tags = {
            (kind, str(v)) for f, kind in _TAG_FIELDS.items() for v in getattr(p, f)
        }
        if p.sdg_primary is not None:
            tags.add(("primary", str(p.sdg_primary)))
        if tags:
            self.s.execute(insert(ProjectTag), [{"project_pk": pk, "kind": k, "value": v} for k, v in tags])
        if self._sqlite:
            if not new:
                self.s.execute(text("DELETE FROM project_fts WHERE rowid = :pk"), {"pk": pk})
            self.s.execute(text("INSERT INTO project_fts(rowid, body) VALUES (:pk, :b)"), {"pk": pk, "b": body})

    def _audit(self, action: str, uuid: str, field: str, old: Any, new: Any, user: str, source: str,
               at: str, note: str = "") -> None:
        self.s.add(
            Audit(
                at=at, user=user, action=action, project_uuid=uuid, field=field,
                old=None if old is None else _json(old),
                new=_json(new) if new is not None else (_json(note) if note else None),
                source=source,
            )
        )
