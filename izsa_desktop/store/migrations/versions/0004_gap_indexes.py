"""Covering indexes for the gap analysis (District x SDG matrix and per-tag counts).

* ``project(deleted, district, pk)``: live projects in district order from the index alone (the live
  totals, the deleted list, and the outer loop of the matrix join without reading the wide rows).
* ``project_tag(kind, project_pk, value)``: one kind's tags, per project, from the index alone (the
  inner loop of that join; the primary key ``(project_pk, kind, value)`` spreads one kind across all
  tags, and ``(kind, value)`` lacks ``project_pk``).

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_project_live_district", "project", ["deleted", "district", "pk"])
    op.create_index("ix_project_tag_kind_project", "project_tag", ["kind", "project_pk", "value"])


def downgrade() -> None:
    op.drop_index("ix_project_tag_kind_project", table_name="project_tag")
    op.drop_index("ix_project_live_district", table_name="project")
