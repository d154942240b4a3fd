"""ORM models. The schema is created and changed only by the Alembic migrations in ``migrations/``;
these classes must match the head revision (a test compares them)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, BigInteger, Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Workspace identity and settings (role, district, office, user, training flag, ...)."""

    __tablename__ = "workspace_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ProjectRow(Base):
    __tablename__ = "project"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, nullable=False)
    district: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    title_tr: Mapped[str] = mapped_column(Text, nullable=False)
    title_en: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_kind: Mapped[str] = mapped_column(String(16), default="planned")
    responsible_unit: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(Text, default="")
    contact_role: Mapped[str] = mapped_column(Text, default="")
    contact_phone: Mapped[str] = mapped_column(Text, default="")
    contact_email: Mapped[str] = mapped_column(Text, default="")
    sdg_primary: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sdg_goals: Mapped[list] = mapped_column(JSON, default=list)
    sdg_targets: Mapped[list] = mapped_column(JSON, default=list)
    who_themes: Mapped[list] = mapped_column(JSON, default=list)
    strategic_plan_goal: Mapped[str] = mapped_column(Text, default="")
    target_groups: Mapped[list] = mapped_column(JSON, default=list)
    target_groups_other: Mapped[str] = mapped_column(Text, default="")
    beneficiaries_planned: Mapped[int | None] = mapped_column(Integer, nullable=True)
    beneficiaries_reached: Mapped[int | None] = mapped_column(Integer, nullable=True)
    lat: Mapped[float | None] = mapped_column(nullable=True)
    lon: Mapped[float | None] = mapped_column(nullable=True)
    precision: Mapped[str] = mapped_column(String(16), default="exact")
    location_method: Mapped[str] = mapped_column(String(16), default="typed")
    neighbourhood: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    geometry: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    budget_kurus: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="TRY")
    funding_source: Mapped[str] = mapped_column(String(32), default="")
    partners: Mapped[list] = mapped_column(JSON, default=list)
    open_to_collab: Mapped[bool] = mapped_column(Boolean, default=False)
    collab_sought: Mapped[str] = mapped_column(Text, default="")
    results: Mapped[list] = mapped_column(JSON, default=list)
    progress: Mapped[list] = mapped_column(JSON, default=list)
    links: Mapped[list] = mapped_column(JSON, default=list)
    keywords: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[str] = mapped_column(String(16), default="public")
    review_state: Mapped[str] = mapped_column(String(16), default="draft")
    review_comment: Mapped[str] = mapped_column(Text, default="")
    # merge and provenance
    version: Mapped[int] = mapped_column(Integer, default=0)
    base_version: Mapped[int] = mapped_column(Integer, default=0)
    local_edits: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[str] = mapped_column(String(32), default="")
    created_by: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[str] = mapped_column(String(32), default="")
    updated_by: Mapped[str] = mapped_column(Text, default="")
    source_bundle: Mapped[str] = mapped_column(String(64), default="")
    signer_key: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(16), default="local")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_reason: Mapped[str] = mapped_column(Text, default="")
    # folded (case/accent-insensitive) text of the searchable fields; kept by the repository
    search_text: Mapped[str] = mapped_column(Text, default="")
    # projects in district order with the deleted flag from the index alone (gap analysis; migration
    # 0004, SQLite only)
    __table_args__ = (Index("ix_project_live_district", "district", "deleted", "pk").ddl_if(dialect="sqlite"),)


class ProjectTag(Base):
    """Normalised copy of the list fields (goal, target, theme, group) for fast SQL aggregation."""

    __tablename__ = "project_tag"
    project_pk: Mapped[int] = mapped_column(
        ForeignKey("project.pk", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    value: Mapped[str] = mapped_column(String(16), primary_key=True)
    __table_args__ = (
        Index("ix_project_tag_kind_value", "kind", "value"),
        Index("ix_project_tag_kind_project", "kind", "project_pk", "value"),  # migration 0004
    )


class Audit(Base):
    """Field-level audit log, written in the same transaction as the change it records."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32), nullable=False)
    user: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(String(24), nullable=False)
    project_uuid: Mapped[str] = mapped_column(String(36), default="", index=True)
    field: Mapped[str] = mapped_column(String(48), default="")
    old: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
    new: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
    source: Mapped[str] = mapped_column(String(64), default="")  # "form", "cli", bundle id ...


class AttachmentBlob(Base):
    """File contents (photos, documents), stored once per SHA-256 of the bytes (content-addressed).
    A blob belongs to nobody: projects reach it through ``Attachment`` links; it is removed with its
    last link (migration 0005)."""

    __tablename__ = "attachment_blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class Attachment(Base):
    """One file on one project: the link ``(project, content hash)`` with its label, the district that
    added it (``owner``) and the bundle that added it (``source``, "" = added here). Two projects with
    the same bytes have two links to one blob (migration 0005; 0002 keyed the file by its hash alone)."""

    __tablename__ = "attachment"
    project_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("attachment_blob.sha256"), primary_key=True,
                                        index=True)
    name: Mapped[str] = mapped_column(Text, default="")
    mime: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    owner: Mapped[str] = mapped_column(String(32), default="", server_default="")
    source: Mapped[str] = mapped_column(String(64), default="", server_default="")


from . import bundle_models  # noqa: E402,F401  (bundle tables, migration 0003)
