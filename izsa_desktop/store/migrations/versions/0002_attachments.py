"""Attachments (photos, documents) content-addressed by SHA-256.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("project_uuid", sa.String(36)),
        sa.Column("name", sa.Text),
        sa.Column("mime", sa.String(64)),
        sa.Column("size", sa.Integer),
        sa.Column("consent", sa.Boolean),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_index("ix_attachment_project_uuid", "attachment", ["project_uuid"])


def downgrade() -> None:
    op.drop_table("attachment")
