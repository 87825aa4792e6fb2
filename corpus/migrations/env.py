"""Alembic environment: runs on the connection corpus.db.upgrade() hands over, or on the configured URL."""
from __future__ import annotations

from alembic import context

from models.tables import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):
    """The full-text tables and indexes are dialect-specific DDL (corpus.search), not part of the metadata."""
    if type_ == "table" and name and (name.endswith("_fts") or name.startswith("tasks_fts") or name.startswith("sections_fts")):
        return False
    if type_ == "index" and name and name.endswith("_fts"):
        return False
    return True


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, include_object=include_object,
                      render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    import os

    from corpus.db import make_engine
    from corpus.settings import DB_URL_ENV

    engine = make_engine(os.environ.get(DB_URL_ENV) or config.get_main_option("sqlalchemy.url"))
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


def run_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True, include_object=include_object)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
