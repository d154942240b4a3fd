"""ORM models of the bundle side (migration 0003): keys, pins, seen bundles, merge branches and history,
conflict and duplicate queues, export marks and the undo log of imports.

Snapshots and values are stored as JSON text (canonical: sorted keys) so the pure merge code in
``izsa_desktop.bundle`` gets back exactly the values it planned with.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class OwnKey(Base):
    """This workspace's signing keys; the private key only encrypted (scrypt + AES-GCM)."""

    __tablename__ = "bundle_own_key"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    encrypted: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    training: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[str] = mapped_column(String(32), default="")


class PinnedKeyRow(Base):
    """Public keys trusted for a district (central: every district; a district: ``central``)."""

    __tablename__ = "bundle_pinned_key"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    district: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    valid_from_seq: Mapped[int] = mapped_column(Integer, default=0)
    revoked_from_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    added_at: Mapped[str] = mapped_column(String(32), default="")
    how: Mapped[str] = mapped_column(String(16), default="registered")  # registered | rotated | pinned


class RotationRow(Base):
    """Rotation statements made here (signed by the old key); they travel until acknowledged."""

    __tablename__ = "bundle_rotation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    statement: Mapped[str] = mapped_column(Text, nullable=False)
    effective_seq: Mapped[int] = mapped_column(Integer, nullable=False)


class SeenBundleRow(Base):
    __tablename__ = "bundle_seen"
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    district: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    body_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="imported")  # imported | undone
    imported_at: Mapped[str] = mapped_column(String(32), default="")
    imported_by: Mapped[str] = mapped_column(Text, default="")
    counts: Mapped[str] = mapped_column(Text, default="{}")


class BranchRow(Base):
    """A district's open branch of a record at central (see bundle/mergecore.py)."""

    __tablename__ = "bundle_branch"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    district: Mapped[str] = mapped_column(String(40), nullable=False)
    base_version: Mapped[int] = mapped_column(Integer, nullable=False)
    base: Mapped[str] = mapped_column(Text, nullable=False)
    own: Mapped[str] = mapped_column(Text, nullable=False)
    incoming: Mapped[str] = mapped_column(Text, nullable=False)
    settled_version: Mapped[int] = mapped_column(Integer, nullable=False)


class HistoryRow(Base):
    """Record snapshot per central version: the base of a later three-way merge."""

    __tablename__ = "bundle_history"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot: Mapped[str] = mapped_column(Text, nullable=False)


class ExportMark(Base):
    """District side: seq of the last bundle that carried a record's current local edits."""

    __tablename__ = "bundle_export_mark"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    exported_seq: Mapped[int] = mapped_column(Integer, nullable=False)


class ConflictRow(Base):
    __tablename__ = "bundle_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(36), default="")
    record_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    district: Mapped[str] = mapped_column(String(40), default="")
    field: Mapped[str] = mapped_column(String(48), nullable=False)
    base: Mapped[str] = mapped_column(Text, default="null")
    central: Mapped[str] = mapped_column(Text, default="null")
    incoming: Mapped[str] = mapped_column(Text, default="null")
    provisional: Mapped[str] = mapped_column(Text, default="null")
    state: Mapped[str] = mapped_column(String(16), default="open")  # open | resolved | closed
    decided_by: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[str] = mapped_column(String(32), default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_bundle_conflict_state", "state"),)


class DuplicateRow(Base):
    __tablename__ = "bundle_duplicate"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(36), default="")
    first_id: Mapped[str] = mapped_column(String(36), nullable=False)
    second_id: Mapped[str] = mapped_column(String(36), nullable=False)
    reason: Mapped[str] = mapped_column(String(24), default="")
    state: Mapped[str] = mapped_column(String(16), default="open")


class UndoRow(Base):
    """Pre-image of a record touched by an import (None = the import created it), for undo."""

    __tablename__ = "bundle_undo"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    uuid: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    pre_row: Mapped[str | None] = mapped_column(Text, nullable=True)
    pre_branch: Mapped[str | None] = mapped_column(Text, nullable=True)
    post_version: Mapped[int] = mapped_column(Integer, nullable=False)
