"""Attachments belong to (project, content hash): links per project and owner, contents stored once.

0002 keyed the ``attachment`` table by the file's SHA-256 alone, so a file already stored for one
project could not be stored for another (one district could pre-register a file and another district's
copy was dropped). Now:

* ``attachment_blob(sha256, data)``: the bytes, once per hash (content-addressed);
* ``attachment(project_uuid, sha256, name, mime, size, consent, owner, source)``: one link per project
  and hash; ``owner`` = the district that added it, ``source`` = the bundle that added it ("" = here).

Every existing row becomes one blob and one link (nothing is lost): ``owner`` is the project's district
("" if the project is missing: ``check`` still reports such a link as an orphan), ``source`` is the
bundle named by the row's ``attachment_added`` audit row, so undoing that bundle still removes it.
Same steps on SQLite and PostgreSQL (new table, copy, drop, rename).

Revision ID: 0005
Revises: 0004
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _link_table(name: str) -> None:
    op.create_table(
        name,
        sa.Column("project_uuid", sa.String(36), primary_key=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("attachment_blob.sha256"), primary_key=True),
        sa.Column("name", sa.Text),
        sa.Column("mime", sa.String(64)),
        sa.Column("size", sa.Integer),
        sa.Column("consent", sa.Boolean),
        sa.Column("owner", sa.String(32), server_default=""),
        sa.Column("source", sa.String(64), server_default=""),
    )


def _sources(bind: sa.engine.Connection) -> dict[tuple[str, str], str]:
    """(project, hash) -> the bundle whose import added the file (its latest ``attachment_added`` row)."""
    out: dict[tuple[str, str], str] = {}
    rows = bind.execute(sa.text("SELECT project_uuid, new, source FROM audit_log"
                                " WHERE action = 'attachment_added' ORDER BY id"))
    for rid, new, source in rows:
        try:
            sha = json.loads(new)["sha256"]
        except (TypeError, ValueError, KeyError):
            continue
        if isinstance(sha, str):
            out[(rid or "", sha)] = source or ""
    return out


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "attachment_blob",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.execute("INSERT INTO attachment_blob (sha256, data) SELECT sha256, data FROM attachment")
    _link_table("attachment_link")
    op.execute(
        "INSERT INTO attachment_link (project_uuid, sha256, name, mime, size, consent, owner, source)"
        " SELECT COALESCE(a.project_uuid, ''), a.sha256, a.name, a.mime, a.size, a.consent,"
        " COALESCE(p.district, ''), ''"
        " FROM attachment a LEFT JOIN project p ON p.uuid = a.project_uuid"
    )
    sources = _sources(bind)
    if sources:
        links = bind.execute(sa.text("SELECT project_uuid, sha256 FROM attachment_link")).all()
        todo = [{"p": p, "h": h, "s": sources[(p, h)]} for p, h in links if sources.get((p, h))]
        if todo:
            bind.execute(sa.text("UPDATE attachment_link SET source = :s WHERE project_uuid = :p AND sha256 = :h"),
                         todo)
    op.drop_index("ix_attachment_project_uuid", table_name="attachment")
    op.drop_table("attachment")
    op.rename_table("attachment_link", "attachment")
    if bind.dialect.name == "postgresql":  # keep the usual constraint name (the table was renamed)
        op.execute("ALTER TABLE attachment RENAME CONSTRAINT attachment_link_pkey TO attachment_pkey")
        op.execute("ALTER TABLE attachment RENAME CONSTRAINT attachment_link_sha256_fkey TO attachment_sha256_fkey")
    op.create_index("ix_attachment_sha256", "attachment", ["sha256"])


def downgrade() -> None:
    """Back to one row per hash: the first link (by project) of each blob keeps the file."""
    op.drop_index("ix_attachment_sha256", table_name="attachment")
    op.rename_table("attachment", "attachment_link")
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
    op.execute(
        "INSERT INTO attachment (sha256, project_uuid, name, mime, size, consent, data)"
        " SELECT l.sha256, l.project_uuid, l.name, l.mime, l.size, l.consent, b.data"
        " FROM attachment_link l JOIN attachment_blob b ON b.sha256 = l.sha256"
        " WHERE l.project_uuid = (SELECT min(m.project_uuid) FROM attachment_link m WHERE m.sha256 = l.sha256)"
    )
    op.create_index("ix_attachment_project_uuid", "attachment", ["project_uuid"])
    op.drop_table("attachment_link")
    op.drop_table("attachment_blob")
