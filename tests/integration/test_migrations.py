"""The schema is Alembic's: the migration builds exactly the tables of models/tables.py, plus the full-text index."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from corpus.db import downgrade, make_engine, upgrade
from models.tables import Base


def _include(obj, name, type_, reflected, compare_to):
    return not (name and ("_fts" in name or name == "alembic_version"))


def test_the_migration_matches_the_models_and_goes_down_and_up(fresh_url):
    engine = make_engine(fresh_url)
    try:
        upgrade(engine=engine)
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"include_object": _include, "compare_type": True})
            assert compare_metadata(ctx, Base.metadata) == []
            if engine.dialect.name == "sqlite":
                names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"))}
                assert {"tasks_fts", "sections_fts", "tasks_fts_ai", "tasks_fts_ad", "tasks_fts_au"} <= names
            else:
                idx = {r[0] for r in conn.execute(text("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"))}
                assert {"ix_tasks_fts", "ix_sections_fts"} <= idx
        downgrade(engine=engine)
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        upgrade(engine=engine)
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
