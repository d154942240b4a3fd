"""Project entry use cases: save (validated, audited), delete/restore (tombstones), duplicate, find.

``actor`` is who acts (audit rows, ``updated_by``, ``created_by``): the window passes
``services.actor.acting_user`` (a per-user name or the OS account); without it the workspace
identity's single stored name is used. Version-checked saves (several staff): ``services.concurrency``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..core.errors import Issue, IzsaError, ValidationError
from ..core.model import Project, RecordMeta, copy_project, new_id
from ..core.summary import ProjectSummary
from ..core.validation import Findings, validate
from ..store.models import Audit
from ..store.projects import FieldChange, ProjectRepo, Stored, now_iso
from .changes import OpChanges
from .workspace import Workspace


@dataclass(frozen=True)
class SaveResult:
    created: bool
    changes: list[FieldChange]
    warnings: list[Issue]
    op: OpChanges
    stored: Stored | None = None  # the record as written, read back in the same transaction


class ProjectService:
    def __init__(self, ws: Workspace, source: str = "form", actor: str | None = None) -> None:
        self.ws = ws
        self.source = source
        self.actor = actor

    @property
    def user(self) -> str:
        return self.actor or self.ws.acting_user()

    @property
    def is_central(self) -> bool:
        return self.ws.identity.role == "central"

    # -- queries -------------------------------------------------------------------------------------
    def get(self, uuid: str) -> Stored | None:
        with self.ws.session() as s:
            return ProjectRepo(s).get(uuid)

    def summaries(self, include_deleted: bool = True) -> list[ProjectSummary]:
        with self.ws.session() as s:
            return ProjectRepo(s).summaries(include_deleted)

    def summary(self, uuid: str) -> ProjectSummary | None:
        with self.ws.session() as s:
            found = ProjectRepo(s).summaries(uuid=uuid)
        return found[0] if found else None

    def search(self, query: str, limit: int = 500) -> list[str]:
        with self.ws.session() as s:
            return ProjectRepo(s).search(query, limit)

    def history(self, uuid: str) -> list[Audit]:
        with self.ws.session() as s:
            return ProjectRepo(s).history(uuid)

    def check(self, p: Project) -> Findings:
        with self.ws.session() as s:
            return validate(p, ProjectRepo(s).titles(p.district))

    def new_project(self) -> Project:
        p = Project()
        p.district = self.ws.identity.district or ""
        return p

    # -- commands ------------------------------------------------------------------------------------
    def save(self, p: Project, *, overwriting: dict[str, Any] | None = None) -> SaveResult:
        """Validate and store; raises ValidationError (nothing written) on hard errors.
        ``overwriting`` (the stale-save dialog's "keep mine"): who/when/which version of someone
        else's newer state this save knowingly replaces; recorded as an ``overwrite`` audit row."""
        with self.ws.session() as s, s.begin():
            repo = ProjectRepo(s)
            findings = validate(p, repo.titles(p.district))
            if findings.errors:
                raise ValidationError(findings.errors)
            existing = repo.get(p.id)
            if existing is None:
                at = now_iso()
                meta = RecordMeta(
                    version=1 if self.is_central else 0, base_version=0, local_edits=not self.is_central,
                    created_at=at, created_by=self.user, updated_at=at, updated_by=self.user,
                )
                repo.add(p, meta, self.user, self.source)
                changes: list[FieldChange] = []
                created = True
            else:
                self._check_editable(existing)
                bump = {"version": existing.meta.version + 1} if self.is_central else {"local_edits": True}
                changes = repo.update(p, self.user, self.source)
                if changes:
                    repo.set_meta(p.id, **bump)
                    if overwriting is not None:
                        repo.note("overwrite", p.id, overwriting, None, self.user, self.source)
                created = False
            stored = self._read_back(s, repo, p.id)
        op = OpChanges(projects=frozenset({p.id})) if (created or changes) else OpChanges()
        return SaveResult(created, changes, findings.warnings, op, stored)

    def delete(self, uuid: str, reason: str = "") -> OpChanges:
        return self._set_deleted(uuid, True, reason)

    def restore(self, uuid: str) -> OpChanges:
        return self._set_deleted(uuid, False, "")

    def duplicate(self, uuid: str) -> Project:
        """A new, unsaved copy with a fresh id (title marked as a copy by the caller)."""
        stored = self.get(uuid)
        if stored is None:
            raise IzsaError("project_missing", id=uuid)
        district = stored.project.district
        if self.ws.identity.role == "district":
            district = self.ws.identity.district
        return copy_project(stored.project, id=new_id(), district=district, review_state="draft", review_comment="")

    # -- internals -----------------------------------------------------------------------------------
    def _check_editable(self, stored: Stored) -> None:
        if stored.meta.origin == "central" and not self.is_central:
            raise IzsaError("project_read_only", title=stored.project.title_tr)

    def _set_deleted(self, uuid: str, deleted: bool, reason: str) -> OpChanges:
        return self.set_deleted(uuid, deleted, reason)[0]

    def set_deleted(self, uuid: str, deleted: bool, reason: str = "", *,
                    overwriting: dict[str, Any] | None = None) -> tuple[OpChanges, Stored | None]:
        """Delete (tombstone) or restore; returns what changed and the record as written."""
        with self.ws.session() as s, s.begin():
            repo = ProjectRepo(s)
            stored = repo.get(uuid)
            if stored is None:
                raise IzsaError("project_missing", id=uuid)
            self._check_editable(stored)
            if stored.meta.deleted != deleted:
                extra = {"version": stored.meta.version + 1} if self.is_central else {"local_edits": True}
                repo.set_deleted(uuid, deleted, reason, self.user, self.source, **extra)
                if overwriting is not None:
                    repo.note("overwrite", uuid, overwriting, None, self.user, self.source)
            after = self._read_back(s, repo, uuid)
        return OpChanges(projects=frozenset({uuid})), after

    @staticmethod
    def _read_back(s, repo: ProjectRepo, uuid: str) -> Stored | None:  # type: ignore[no-untyped-def]
        """The record as the database now holds it (values round-tripped, not the objects just set)."""
        s.flush()
        s.expire_all()
        return repo.get(uuid)
