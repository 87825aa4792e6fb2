"""scale: covering indexes for the graph's incoming edges and a hub's counts, and the corpus generation.

- `ix_citations_node_relation (node_id, relation, document_id)`: the citations of a node (optionally of one relation)
  without reading the citation rows;
- `ix_documents_ref (id, issued_date, province, version_of)`: the year and province of the (current) documents citing a
  hub, from a narrow index instead of the wide document rows;
- `corpus_state.generation`, raised by triggers on every insert, update and delete of a `documents` row (every write
  of a document's results touches its row): answers computed from many rows are kept until it moves
  (corpus.generation). On PostgreSQL the trigger is deferred to the commit, so concurrent writers do not queue on
  the counter for the length of their transactions.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_SQLITE_EVENTS = ("insert", "update", "delete")


def upgrade() -> None:
    op.create_index('ix_citations_node_relation', 'citations', ['node_id', 'relation', 'document_id'], unique=False)
    op.create_index('ix_documents_ref', 'documents', ['id', 'issued_date', 'province', 'version_of'], unique=False)
    op.create_table('corpus_state',
                    sa.Column('id', sa.Integer(), nullable=False),
                    sa.Column('generation', sa.BigInteger(), nullable=False),
                    sa.PrimaryKeyConstraint('id', name=op.f('pk_corpus_state')))
    op.execute("INSERT INTO corpus_state (id, generation) VALUES (1, 0)")
    if op.get_bind().dialect.name == "sqlite":
        for event in _SQLITE_EVENTS:
            op.execute(f"CREATE TRIGGER corpus_generation_{event} AFTER {event.upper()} ON documents "
                       "BEGIN UPDATE corpus_state SET generation = generation + 1 WHERE id = 1; END")
    else:
        op.execute("CREATE FUNCTION corpus_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$ "
                   "BEGIN UPDATE corpus_state SET generation = generation + 1 WHERE id = 1; RETURN NULL; END $$")
        op.execute("CREATE CONSTRAINT TRIGGER corpus_generation AFTER INSERT OR UPDATE OR DELETE ON documents "
                   "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION corpus_generation_bump()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for event in _SQLITE_EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS corpus_generation_{event}")
    else:
        op.execute("DROP TRIGGER IF EXISTS corpus_generation ON documents")
        op.execute("DROP FUNCTION IF EXISTS corpus_generation_bump()")
    op.drop_table('corpus_state')
    op.drop_index('ix_documents_ref', table_name='documents')
    op.drop_index('ix_citations_node_relation', table_name='citations')
