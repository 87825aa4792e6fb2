"""validity: each document's effective dates, and the typed relations it states (amends, replaces, abolishes ...)

`documents` gains effective_from / effective_until / effective_text; `document_relations` holds one row per
(relation, target, scope) of a stored document, indexed by target so that the validity of one node
(corpus.validity) reads only the relations that name it. Documents stored before this revision have none
until they are extracted again.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
JSON = sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')


def upgrade() -> None:
    op.add_column('documents', sa.Column('effective_from', sa.Date(), nullable=True))
    op.add_column('documents', sa.Column('effective_until', sa.Date(), nullable=True))
    op.add_column('documents', sa.Column('effective_text', sa.Text(), nullable=True))
    op.create_table('document_relations',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('document_id', BIG_ID, nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('source_node_id', BIG_ID, nullable=False),
    sa.Column('target_node_id', BIG_ID, nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=False),
    sa.Column('whole', sa.Boolean(), nullable=False),
    sa.Column('scope', JSON, nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=True),
    sa.Column('effective_on', sa.Date(), nullable=True),
    sa.Column('key', sa.String(length=400), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('box', JSON, nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_document_relations_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_node_id'], ['nodes.id'], name=op.f('fk_document_relations_source_node_id_nodes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_node_id'], ['nodes.id'], name=op.f('fk_document_relations_target_node_id_nodes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_relations'))
    )
    op.create_index('ix_document_relations_target', 'document_relations', ['target_node_id', 'relation', 'effective_on'], unique=False)
    op.create_index('ix_document_relations_source', 'document_relations', ['source_node_id'], unique=False)
    op.create_index('ix_document_relations_document', 'document_relations', ['document_id', 'position'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_document_relations_document', table_name='document_relations')
    op.drop_index('ix_document_relations_source', table_name='document_relations')
    op.drop_index('ix_document_relations_target', table_name='document_relations')
    op.drop_table('document_relations')
    with op.batch_alter_table('documents') as batch:
        batch.drop_column('effective_text')
        batch.drop_column('effective_until')
        batch.drop_column('effective_from')
