"""source texts: the text each stored file was read into, which the spans of its results point into

Kept so that showing a document (the web page's highlighted text) never reads, or OCRs, its file again.
Documents stored before this revision have none until they are extracted again.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('sources', sa.Column('text', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sources') as batch:
        batch.drop_column('text')
