"""tallies: an agency's task counts and a hub's citing counts, kept as documents are stored (corpus.tallies)

`agencies` gains `tasks` and `partner_tasks` (the task_agencies rows naming it as assignee and as partner);
`citing_tallies` holds how many current documents cite each node, by relation, province and year. Both are counted
from the stored rows here, then kept by corpus.store. `citations` gains its document's date (`sort_date`, as
task_agencies has it) and an index on (node, date): a hub's newest citing documents without sorting all of them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

UNDATED = dt.date(1, 1, 1)     # models.tables.UNDATED
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    with op.batch_alter_table('agencies') as batch:
        batch.add_column(sa.Column('tasks', sa.Integer(), server_default='0', nullable=False))
        batch.add_column(sa.Column('partner_tasks', sa.Integer(), server_default='0', nullable=False))
    op.create_table(
        'citing_tallies',
        sa.Column('node_id', BIG_ID, sa.ForeignKey('nodes.id', ondelete='CASCADE', name='fk_citing_tallies_node_id_nodes'),
                  nullable=False),
        sa.Column('relation', sa.String(10), nullable=False),
        sa.Column('province', sa.String(80), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('documents', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('node_id', 'relation', 'province', 'year', name='pk_citing_tallies'),
    )
    op.add_column('citations', sa.Column('sort_date', sa.Date(), nullable=True))
    docs = sa.table('documents', sa.column('id'), sa.column('issued_date'))
    cits = sa.table('citations', sa.column('document_id'), sa.column('sort_date'))
    op.execute(cits.update().values(sort_date=sa.func.coalesce(
        sa.select(docs.c.issued_date).where(docs.c.id == cits.c.document_id).scalar_subquery(), UNDATED)))
    with op.batch_alter_table('citations') as batch:
        batch.alter_column('sort_date', existing_type=sa.Date(), nullable=False)
    op.create_index('ix_citations_node_date', 'citations', ['node_id', 'sort_date', 'document_id', 'position'])
    from corpus.tallies import rebuild

    rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_index('ix_citations_node_date', table_name='citations')
    with op.batch_alter_table('citations') as batch:
        batch.drop_column('sort_date')
    op.drop_table('citing_tallies')
    with op.batch_alter_table('agencies') as batch:
        batch.drop_column('partner_tasks')
        batch.drop_column('tasks')
