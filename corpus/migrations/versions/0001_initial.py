"""initial schema: documents, results, agencies, citation nodes, full-text search

Revision ID: 0001
Revises: 
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


# Full-text search over the folded, diacritics-stripped `search_text` of tasks and sections
# (corpus.search): an external-content FTS5 table kept in step by triggers on SQLite, a GIN
# index over to_tsvector('simple', ...) on PostgreSQL. Written out here, not imported, so that
# this revision stays what it was.
FTS_TABLES = ("tasks", "sections")

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE {t}_fts USING fts5(search_text, content='{t}', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER {t}_fts_ai AFTER INSERT ON {t} BEGIN"
    " INSERT INTO {t}_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER {t}_fts_ad AFTER DELETE ON {t} BEGIN"
    " INSERT INTO {t}_fts({t}_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER {t}_fts_au AFTER UPDATE OF search_text ON {t} BEGIN"
    " INSERT INTO {t}_fts({t}_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);"
    " INSERT INTO {t}_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
)
SQLITE_FTS_DROP = (
    "DROP TRIGGER IF EXISTS {t}_fts_au",
    "DROP TRIGGER IF EXISTS {t}_fts_ad",
    "DROP TRIGGER IF EXISTS {t}_fts_ai",
    "DROP TABLE IF EXISTS {t}_fts",
)
POSTGRES_FTS = ("CREATE INDEX ix_{t}_fts ON {t} USING gin (to_tsvector('simple', search_text))",)
POSTGRES_FTS_DROP = ("DROP INDEX IF EXISTS ix_{t}_fts",)


def _run(templates: tuple[str, ...]) -> None:
    for t in FTS_TABLES:
        for stmt in templates:
            op.execute(stmt.format(t=t))


def create_fts() -> None:
    _run(SQLITE_FTS if op.get_bind().dialect.name == "sqlite" else POSTGRES_FTS)


def drop_fts() -> None:
    _run(SQLITE_FTS_DROP if op.get_bind().dialect.name == "sqlite" else POSTGRES_FTS_DROP)


def upgrade() -> None:
    op.create_table('agencies',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('registry_id', sa.String(length=300), nullable=True),
    sa.Column('registered', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agencies')),
    sa.UniqueConstraint('key', name=op.f('uq_agencies_key'))
    )
    op.create_table('documents',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('source_name', sa.String(length=500), nullable=True),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('chars', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('extractor_version', sa.String(length=40), nullable=False),
    sa.Column('schema_version', sa.String(length=20), nullable=False),
    sa.Column('doc_type', sa.String(length=40), nullable=True),
    sa.Column('number', sa.String(length=120), nullable=True),
    sa.Column('issuer', sa.Text(), nullable=True),
    sa.Column('province', sa.String(length=80), nullable=True),
    sa.Column('place', sa.String(length=120), nullable=True),
    sa.Column('issued_date', sa.Date(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('signer', sa.String(length=200), nullable=True),
    sa.Column('signing', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('recipients', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('meta_spans', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('warnings', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('sha256', name=op.f('uq_documents_sha256'))
    )
    op.create_index('ix_documents_issued_date', 'documents', ['issued_date'], unique=False)
    op.create_index('ix_documents_province_date', 'documents', ['province', 'issued_date'], unique=False)
    op.create_index('ix_documents_source_name', 'documents', ['source_name'], unique=False)

    op.create_table('deadlines',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('document_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('recurrence', sa.String(length=200), nullable=True),
    sa.Column('agencies', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('box', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_deadlines_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deadlines'))
    )
    op.create_index('ix_deadlines_document', 'deadlines', ['document_id'], unique=False)
    op.create_index('ix_deadlines_due', 'deadlines', ['due'], unique=False)

    op.create_table('nodes',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('identity', sa.String(length=400), nullable=False),
    sa.Column('key', sa.String(length=400), nullable=False),
    sa.Column('scope', sa.String(length=10), nullable=False),
    sa.Column('province', sa.String(length=80), nullable=True),
    sa.Column('doc_type', sa.String(length=40), nullable=True),
    sa.Column('issuer', sa.Text(), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('document_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('cited_by_count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_nodes_document_id_documents'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nodes')),
    sa.UniqueConstraint('document_id', name=op.f('uq_nodes_document_id')),
    sa.UniqueConstraint('identity', name=op.f('uq_nodes_identity'))
    )
    op.create_index('ix_nodes_cited_by_count', 'nodes', ['cited_by_count'], unique=False)
    op.create_index('ix_nodes_key', 'nodes', ['key'], unique=False)

    op.create_table('sections',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('document_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('sid', sa.String(length=80), nullable=False),
    sa.Column('parent_position', sa.Integer(), nullable=True),
    sa.Column('label', sa.String(length=40), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('kinds', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('box', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=True),
    sa.Column('heading', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_sections_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sections')),
    sa.UniqueConstraint('document_id', 'position', name='uq_sections_document_position')
    )
    op.create_table('sources',
    sa.Column('document_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('compression', sa.String(length=10), nullable=True),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_sources_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id', name=op.f('pk_sources'))
    )
    op.create_table('targets',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('document_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('unit', sa.String(length=80), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('box', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_targets_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_targets'))
    )
    op.create_index('ix_targets_document', 'targets', ['document_id'], unique=False)

    op.create_table('tasks',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('document_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('tid', sa.String(length=20), nullable=False),
    sa.Column('section_sid', sa.String(length=80), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('requested', sa.Boolean(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('box', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=True),
    sa.Column('deadline', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=True),
    sa.Column('agency_refs', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('partner_refs', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_tasks_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tasks')),
    sa.UniqueConstraint('document_id', 'position', name='uq_tasks_document_position')
    )
    op.create_table('citations',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('document_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('node_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=400), nullable=False),
    sa.Column('alt_keys', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.Column('doc_type', sa.String(length=40), nullable=True),
    sa.Column('issuer', sa.Text(), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('relation', sa.String(length=10), nullable=False),
    sa.Column('articles', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_citations_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['node_id'], ['nodes.id'], name=op.f('fk_citations_node_id_nodes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_citations'))
    )
    op.create_index('ix_citations_document', 'citations', ['document_id', 'position'], unique=False)
    op.create_index('ix_citations_node_document', 'citations', ['node_id', 'document_id'], unique=False)

    op.create_table('node_aliases',
    sa.Column('identity', sa.String(length=400), nullable=False),
    sa.Column('node_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.ForeignKeyConstraint(['node_id'], ['nodes.id'], name=op.f('fk_node_aliases_node_id_nodes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('identity', name=op.f('pk_node_aliases'))
    )
    op.create_index('ix_node_aliases_node', 'node_aliases', ['node_id'], unique=False)

    op.create_table('node_evidence',
    sa.Column('node_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('field', sa.String(length=20), nullable=False),
    sa.Column('norm', sa.String(length=200), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('support', sa.Integer(), nullable=False),
    sa.Column('first_seen', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['node_id'], ['nodes.id'], name=op.f('fk_node_evidence_node_id_nodes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('node_id', 'field', 'norm', name=op.f('pk_node_evidence'))
    )
    op.create_table('node_links',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('document_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('source_node_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('target_node_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_node_links_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_node_id'], ['nodes.id'], name=op.f('fk_node_links_source_node_id_nodes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_node_id'], ['nodes.id'], name=op.f('fk_node_links_target_node_id_nodes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_node_links'))
    )
    op.create_index('ix_node_links_document', 'node_links', ['document_id'], unique=False)
    op.create_index('ix_node_links_source', 'node_links', ['source_node_id', 'target_node_id', 'relation', 'document_id'], unique=False)
    op.create_index('ix_node_links_target', 'node_links', ['target_node_id'], unique=False)

    op.create_table('node_relations',
    sa.Column('source_node_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('target_node_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=False),
    sa.Column('support', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_node_relations_document_id_documents'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_node_id'], ['nodes.id'], name=op.f('fk_node_relations_source_node_id_nodes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_node_id'], ['nodes.id'], name=op.f('fk_node_relations_target_node_id_nodes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('source_node_id', 'target_node_id', 'relation', name=op.f('pk_node_relations'))
    )
    op.create_index('ix_node_relations_document', 'node_relations', ['document_id'], unique=False)
    op.create_index('ix_node_relations_target', 'node_relations', ['target_node_id', 'relation', 'source_node_id'], unique=False)
    op.create_table('task_agencies',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('task_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('document_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('agency_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('as_partner', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('written', sa.Text(), nullable=False),
    sa.Column('registry_id', sa.String(length=300), nullable=True),
    sa.Column('registered', sa.Boolean(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('requested', sa.Boolean(), nullable=False),
    sa.Column('province', sa.String(length=80), nullable=True),
    sa.Column('issued_date', sa.Date(), nullable=True),
    sa.Column('sort_date', sa.Date(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('box', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_task_agencies_agency_id_agencies')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_task_agencies_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_task_agencies_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_agencies')),
    sa.UniqueConstraint('task_id', 'agency_id', 'as_partner', name='uq_task_agencies_task_agency_partner')
    )
    op.create_index('ix_task_agencies_agency_date', 'task_agencies', ['agency_id', 'as_partner', 'sort_date', 'task_id'], unique=False)
    op.create_index('ix_task_agencies_agency_province', 'task_agencies', ['agency_id', 'province', 'sort_date', 'task_id'], unique=False)
    op.create_index('ix_task_agencies_document', 'task_agencies', ['document_id'], unique=False)

    op.create_table('citation_mentions',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('citation_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('document_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('box', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=True),
    sa.ForeignKeyConstraint(['citation_id'], ['citations.id'], name=op.f('fk_citation_mentions_citation_id_citations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_citation_mentions_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_citation_mentions'))
    )
    op.create_index('ix_citation_mentions_citation', 'citation_mentions', ['citation_id'], unique=False)
    op.create_index('ix_citation_mentions_document', 'citation_mentions', ['document_id'], unique=False)
    create_fts()


def downgrade() -> None:
    drop_fts()
    op.drop_index('ix_citation_mentions_document', table_name='citation_mentions')
    op.drop_index('ix_citation_mentions_citation', table_name='citation_mentions')
    op.drop_table('citation_mentions')
    op.drop_index('ix_task_agencies_document', table_name='task_agencies')
    op.drop_index('ix_task_agencies_agency_province', table_name='task_agencies')
    op.drop_index('ix_task_agencies_agency_date', table_name='task_agencies')
    op.drop_table('task_agencies')
    op.drop_index('ix_node_links_target', table_name='node_links')
    op.drop_index('ix_node_links_source', table_name='node_links')
    op.drop_index('ix_node_links_document', table_name='node_links')
    op.drop_table('node_links')
    op.drop_index('ix_node_relations_target', table_name='node_relations')
    op.drop_index('ix_node_relations_document', table_name='node_relations')
    op.drop_table('node_relations')
    op.drop_table('node_evidence')
    op.drop_index('ix_node_aliases_node', table_name='node_aliases')
    op.drop_table('node_aliases')
    op.drop_index('ix_citations_node_document', table_name='citations')
    op.drop_index('ix_citations_document', table_name='citations')
    op.drop_table('citations')
    op.drop_table('tasks')
    op.drop_index('ix_targets_document', table_name='targets')
    op.drop_table('targets')
    op.drop_table('sources')
    op.drop_table('sections')
    op.drop_index('ix_nodes_key', table_name='nodes')
    op.drop_index('ix_nodes_cited_by_count', table_name='nodes')
    op.drop_table('nodes')
    op.drop_index('ix_deadlines_due', table_name='deadlines')
    op.drop_index('ix_deadlines_document', table_name='deadlines')
    op.drop_table('deadlines')
    op.drop_index('ix_documents_source_name', table_name='documents')
    op.drop_index('ix_documents_province_date', table_name='documents')
    op.drop_index('ix_documents_issued_date', table_name='documents')
    op.drop_table('documents')
    op.drop_table('agencies')
