"""Covering indexes for the gap analysis (District x SDG matrix and per-tag counts).

* ``project(district, deleted, pk)``: projects in district order with their deleted flag from the index
  alone (the totals and the outer loop of the matrix join without reading the wide rows). SQLite
  only: PostgreSQL hash-joins the matrix without it, and there it would draw ``NOT deleted`` filters
  away from better indexes (the GIN search index, tests/pg/test_engines.py).
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
    if op.get_bind().dialect.name == "sqlite":
        op.create_index("ix_project_live_district", "project", ["district", "deleted", "pk"])
    op.create_index("ix_project_tag_kind_project", "project_tag", ["kind", "project_pk", "value"])


def downgrade() -> None:
    op.drop_index("ix_project_tag_kind_project", table_name="project_tag")
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_project_live_district", table_name="project")
