"""kehoach corpus: every stored plan, citations linked across documents, agencies across the corpus.

    settings.py  the default database URL (shared with the service)
    db.py        engine + sessions from a URL; `upgrade(url)` runs the Alembic migrations
    store.py     ingest / get / delete / reextract one document, one transaction each
    linker.py    citation node identity (pure rules) and node -> node links read from the text
    nodes.py     nodes in the database: resolve identities, evidence and its support, counts, clean-up
    registry.py  agencies across documents, 2025 successions, province mergers
    records.py   the typed, frozen results (DocRef, Obligation, GraphNode, GraphEdge, SearchHit ...)
    queries.py   obligations of an agency (typed results)
    graph.py     cites / cited-by / chains / most cited; JSON and GraphML export
    validity.py  the status of a document on a date (in force, amended, replaced ...) from the typed relations
    search.py    diacritics-insensitive full-text search (SQLite FTS5, PostgreSQL tsvector)
    ingest.py    files and folders -> read -> extract -> store, with progress and failures

`corpus` knows nothing of HTTP, and `extractor` knows nothing of `corpus`.
"""
