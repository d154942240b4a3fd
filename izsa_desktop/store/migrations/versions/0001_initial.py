"""Initial schema: workspace meta, projects, tags, audit log, full-text index (SQLite FTS5).

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workspace_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "project",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("district", sa.String(32), nullable=False),
        sa.Column("title_tr", sa.Text, nullable=False),
        sa.Column("title_en", sa.Text),
        sa.Column("purpose", sa.Text),
        sa.Column("summary", sa.Text),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("start_date", sa.Date),
        sa.Column("end_date", sa.Date),
        sa.Column("end_kind", sa.String(16)),
        sa.Column("responsible_unit", sa.Text),
        sa.Column("contact_name", sa.Text),
        sa.Column("contact_role", sa.Text),
        sa.Column("contact_phone", sa.Text),
        sa.Column("contact_email", sa.Text),
        sa.Column("sdg_primary", sa.Integer),
        sa.Column("sdg_goals", sa.JSON),
        sa.Column("sdg_targets", sa.JSON),
        sa.Column("who_themes", sa.JSON),
        sa.Column("strategic_plan_goal", sa.Text),
        sa.Column("target_groups", sa.JSON),
        sa.Column("target_groups_other", sa.Text),
        sa.Column("beneficiaries_planned", sa.Integer),
        sa.Column("beneficiaries_reached", sa.Integer),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("precision", sa.String(16)),
        sa.Column("location_method", sa.String(16)),
        sa.Column("neighbourhood", sa.Text),
        sa.Column("address", sa.Text),
        sa.Column("geometry", sa.JSON),
        sa.Column("budget_kurus", sa.BigInteger),
        sa.Column("currency", sa.String(3)),
        sa.Column("funding_source", sa.String(32)),
        sa.Column("partners", sa.JSON),
        sa.Column("open_to_collab", sa.Boolean),
        sa.Column("collab_sought", sa.Text),
        sa.Column("results", sa.JSON),
        sa.Column("progress", sa.JSON),
        sa.Column("links", sa.JSON),
        sa.Column("keywords", sa.Text),
        sa.Column("notes", sa.Text),
        sa.Column("visibility", sa.String(16)),
        sa.Column("review_state", sa.String(16)),
        sa.Column("review_comment", sa.Text),
        sa.Column("version", sa.Integer),
        sa.Column("base_version", sa.Integer),
        sa.Column("local_edits", sa.Boolean),
        sa.Column("created_at", sa.String(32)),
        sa.Column("created_by", sa.Text),
        sa.Column("updated_at", sa.String(32)),
        sa.Column("updated_by", sa.Text),
        sa.Column("source_bundle", sa.String(64)),
        sa.Column("signer_key", sa.Text),
        sa.Column("origin", sa.String(16)),
        sa.Column("deleted", sa.Boolean),
        sa.Column("deleted_reason", sa.Text),
        sa.Column("search_text", sa.Text),
    )
    op.create_index("ix_project_district", "project", ["district"])
    op.create_table(
        "project_tag",
        sa.Column("project_pk", sa.Integer, sa.ForeignKey("project.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("kind", sa.String(8), primary_key=True),
        sa.Column("value", sa.String(16), primary_key=True),
    )
    op.create_index("ix_project_tag_kind_value", "project_tag", ["kind", "value"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("user", sa.Text),
        sa.Column("action", sa.String(24), nullable=False),
        sa.Column("project_uuid", sa.String(36)),
        sa.Column("field", sa.String(48)),
        sa.Column("old", sa.Text),
        sa.Column("new", sa.Text),
        sa.Column("source", sa.String(64)),
    )
    op.create_index("ix_audit_log_project_uuid", "audit_log", ["project_uuid"])
    if op.get_bind().dialect.name == "sqlite":
        # folded words of title/purpose/summary/keywords/partners...; rowid = project.pk
        op.execute("CREATE VIRTUAL TABLE project_fts USING fts5(body, tokenize='unicode61')")
    if op.get_bind().dialect.name == "postgresql":
        # the same token-prefix search over the same folded words: a 'simple' tsvector (no stemming,
        # no stop words) GIN index; built into PostgreSQL, so no extension is needed (docs/postgresql.md)
        op.execute(
            "CREATE INDEX ix_project_search_tsv ON project"
            " USING gin (to_tsvector('simple'::regconfig, coalesce(search_text, '')))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE project_fts")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_project_search_tsv")
    op.drop_table("audit_log")
    op.drop_table("project_tag")
    op.drop_table("project")
    op.drop_table("workspace_meta")
