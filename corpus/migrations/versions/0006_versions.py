"""versions: rows that are one document (same number, issuer and date; or the same text up to small edits) are
versions of it, and one of them is the current version (corpus.versions).

Adds documents.number_key, documents.minhash and documents.version_of, and the table document_bands (the
MinHash's locality-sensitive bands, indexed, to find candidate versions). Documents stored before this revision
are fingerprinted here from their stored number and text; they stay separate documents (each its own current
version) until `kehoach versions --regroup` (or a re-extraction) groups them.

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0004'
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.add_column('documents', sa.Column('number_key', sa.String(200), nullable=True))
    op.add_column('documents', sa.Column('minhash', sa.LargeBinary(), nullable=True))
    # no foreign key: corpus.store keeps it (a deleted current version hands over to the best other version)
    op.add_column('documents', sa.Column('version_of', BigId, nullable=True))
    op.create_index('ix_documents_number_key', 'documents', ['number_key'])
    op.create_index('ix_documents_version_of', 'documents', ['version_of'])
    op.create_table(
        'document_bands',
        sa.Column('document_id', BigId, sa.ForeignKey('documents.id', ondelete='CASCADE',
                                                      name='fk_document_bands_document_id_documents'), nullable=False),
        sa.Column('band', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('document_id', 'band', name='pk_document_bands'),
    )
    op.create_index('ix_document_bands_band', 'document_bands', ['band'])
    _fingerprint_stored(op.get_bind())


def _fingerprint_stored(conn) -> None:
    from corpus.versions import fingerprint

    docs = sa.table('documents', sa.column('id'), sa.column('number'), sa.column('issuer'), sa.column('issued_date'),
                    sa.column('number_key'), sa.column('minhash'))
    sources = sa.table('sources', sa.column('document_id'), sa.column('text'))
    bands = sa.table('document_bands', sa.column('document_id'), sa.column('band'))
    rows = conn.execute(sa.select(docs.c.id, docs.c.number, docs.c.issuer, docs.c.issued_date, sources.c.text)
                        .select_from(docs.outerjoin(sources, sources.c.document_id == docs.c.id))).all()
    for did, number, issuer, date, text in rows:
        fp = fingerprint(number, issuer, date, text)
        conn.execute(sa.update(docs).where(docs.c.id == did).values(number_key=fp.number_key, minhash=fp.minhash))
        if fp.minhash:
            conn.execute(sa.insert(bands), [{"document_id": did, "band": b} for b in fp.bands()])


def downgrade() -> None:
    op.drop_index('ix_document_bands_band', table_name='document_bands')
    op.drop_table('document_bands')
    op.drop_index('ix_documents_version_of', table_name='documents')
    op.drop_index('ix_documents_number_key', table_name='documents')
    with op.batch_alter_table('documents') as batch:
        batch.drop_column('version_of')
        batch.drop_column('minhash')
        batch.drop_column('number_key')
