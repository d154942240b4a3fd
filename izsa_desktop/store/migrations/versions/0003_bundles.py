"""Bundle tables: own keys, pinned keys, rotations, seen bundles, branches, history, export marks,
conflict and duplicate queues, undo log.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TABLES = (
    "bundle_undo", "bundle_duplicate", "bundle_conflict", "bundle_export_mark", "bundle_history",
    "bundle_branch", "bundle_seen", "bundle_rotation", "bundle_pinned_key", "bundle_own_key",
)


def upgrade() -> None:
    op.create_table(
        "bundle_own_key",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("encrypted", sa.LargeBinary, nullable=False),
        sa.Column("training", sa.Boolean),
        sa.Column("active", sa.Boolean),
        sa.Column("created_at", sa.String(32)),
    )
    op.create_table(
        "bundle_pinned_key",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("district", sa.String(40), nullable=False),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("valid_from_seq", sa.Integer),
        sa.Column("revoked_from_seq", sa.Integer, nullable=True),
        sa.Column("added_at", sa.String(32)),
        sa.Column("how", sa.String(16)),
    )
    op.create_index("ix_bundle_pinned_key_district", "bundle_pinned_key", ["district"])
    op.create_table(
        "bundle_rotation",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("statement", sa.Text, nullable=False),
        sa.Column("effective_seq", sa.Integer, nullable=False),
    )
    op.create_table(
        "bundle_seen",
        sa.Column("bundle_id", sa.String(36), primary_key=True),
        sa.Column("district", sa.String(40), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("body_sha256", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16)),
        sa.Column("imported_at", sa.String(32)),
        sa.Column("imported_by", sa.Text),
        sa.Column("counts", sa.Text),
    )
    op.create_index("ix_bundle_seen_district", "bundle_seen", ["district"])
    op.create_table(
        "bundle_branch",
        sa.Column("uuid", sa.String(36), primary_key=True),
        sa.Column("district", sa.String(40), nullable=False),
        sa.Column("base_version", sa.Integer, nullable=False),
        sa.Column("base", sa.Text, nullable=False),
        sa.Column("own", sa.Text, nullable=False),
        sa.Column("incoming", sa.Text, nullable=False),
        sa.Column("settled_version", sa.Integer, nullable=False),
    )
    op.create_table(
        "bundle_history",
        sa.Column("uuid", sa.String(36), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("snapshot", sa.Text, nullable=False),
    )
    op.create_table(
        "bundle_export_mark",
        sa.Column("uuid", sa.String(36), primary_key=True),
        sa.Column("exported_seq", sa.Integer, nullable=False),
    )
    op.create_table(
        "bundle_conflict",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("bundle_id", sa.String(36)),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("district", sa.String(40)),
        sa.Column("field", sa.String(48), nullable=False),
        sa.Column("base", sa.Text),
        sa.Column("central", sa.Text),
        sa.Column("incoming", sa.Text),
        sa.Column("provisional", sa.Text),
        sa.Column("state", sa.String(16)),
        sa.Column("decided_by", sa.Text),
        sa.Column("decided_at", sa.String(32)),
        sa.Column("decision", sa.Text),
    )
    op.create_index("ix_bundle_conflict_record_id", "bundle_conflict", ["record_id"])
    op.create_index("ix_bundle_conflict_state", "bundle_conflict", ["state"])
    op.create_table(
        "bundle_duplicate",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("bundle_id", sa.String(36)),
        sa.Column("first_id", sa.String(36), nullable=False),
        sa.Column("second_id", sa.String(36), nullable=False),
        sa.Column("reason", sa.String(24)),
        sa.Column("state", sa.String(16)),
    )
    op.create_table(
        "bundle_undo",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("pre_row", sa.Text, nullable=True),
        sa.Column("pre_branch", sa.Text, nullable=True),
        sa.Column("post_version", sa.Integer, nullable=False),
    )
    op.create_index("ix_bundle_undo_bundle_id", "bundle_undo", ["bundle_id"])
    op.create_index("ix_bundle_undo_uuid", "bundle_undo", ["uuid"])


def downgrade() -> None:
    for t in _TABLES:
        op.drop_table(t)
