"""The corpus commands of `kehoach` (added to the app in api/cli.py).

    kehoach ingest PATH... [--db URL] [--json]             files or folders; resumable; throughput, failures by reason
    kehoach graph KEY [--db URL] [--depth N] [--json]      what KEY cites and what cites it (--chain, --graphml; hubs:
                                                           counts and --hub-page newest, --offset for more)
    kehoach obligations AGENCY [--db URL] [--json]         an agency's tasks across the corpus, with filters
    kehoach search QUERY [--db URL] [--json]               tasks and sections, diacritics ignored

`--db` defaults to the corpus `corpus.settings.locate_db_url` finds, the same from any folder: KEHOACH_DB_URL, else
<KEHOACH_DATA_DIR>/kehoach.db, else the nearest var/kehoach.db in the current folder or above it. Every command says
on stderr which database it opened; the queries (graph, obligations, search) refuse a SQLite file that does not exist
rather than create an empty one. With `--json` every document in the output carries `source_name`.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

corpus_app = typer.Typer(add_completion=False)

#: When stderr is not a terminal (a backfill's log), `kehoach ingest` writes its progress line this often, in seconds.
LOG_EVERY = 10.0

DbOption = Annotated[Optional[str], typer.Option("--db", help="database URL (default: KEHOACH_DB_URL, else the nearest "
                                                               "var/kehoach.db in this folder or above)")]
JsonOption = Annotated[bool, typer.Option("--json", help="print JSON (documents carry source_name)")]


class Direction(str, Enum):
    cites = "cites"
    cited_by = "cited-by"
    both = "both"


class Role(str, Enum):
    lead = "lead"
    support = "support"
    responsible = "responsible"


class InForce(str, Enum):
    any = "any"
    only = "only"
    flag = "flag"


def _open(url: str | None, *, create: bool = False):
    """The corpus database: --db, else the one `corpus.settings.locate_db_url` finds (KEHOACH_DB_URL, KEHOACH_DATA_DIR,
    else the nearest var/kehoach.db from this folder up). Says on stderr which database it opened; a query (`create`
    False) refuses a SQLite file that does not exist instead of creating an empty one."""
    from sqlalchemy.engine import make_url

    from corpus.db import Database
    from corpus.settings import locate_db_url, sqlite_path

    url = url or locate_db_url()[0]
    path = sqlite_path(url)
    shown = str(path.resolve()) if path else make_url(url).render_as_string(hide_password=True)
    if path is not None and not create and not path.is_file():
        typer.echo(f"error: no corpus database at {shown} (none found in this folder or above it); run `kehoach ingest` "
                   "there first, or give --db URL / set KEHOACH_DB_URL", err=True)
        raise typer.Exit(2)
    typer.echo(f"database: {shown}", err=True)
    return Database.open(url)


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def _date(v: str | None, option: str) -> dt.date | None:
    if not v:
        return None
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        raise typer.BadParameter(f"{v!r} is not an ISO date (YYYY-MM-DD)", param_hint=option) from None


@corpus_app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="plan files or folders")],
    db: DbOption = None,
    as_json: JsonOption = False,
    force: Annotated[bool, typer.Option("--force", help="extract again even if stored by this extractor version")] = False,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="try again the files that failed in an earlier run")] = False,
    workers: Annotated[Optional[int], typer.Option("--workers", min=1, help="files at once (default KEHOACH_WORKERS)")] = None,
    queue: Annotated[Optional[str], typer.Option("--queue", help="local (this process) or celery (the `kehoach worker`s)")] = None,
) -> None:
    """Store plans in the corpus (the same file is stored once); resumable; say what failed and why.

    Run again after an interruption, it does not redo the files already finished. Progress goes to stderr:
    files done, files/s and pages/s, the time left, failures by reason."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from api.settings import Settings
    from corpus.ingest import ingest_paths

    if queue not in (None, "local", "celery"):
        raise typer.BadParameter("local or celery", param_hint="--queue")
    database = _open(db, create=True)
    config = Settings().queue_config(workers=workers, mode=queue)
    console = Console(stderr=True)
    try:
        with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      TextColumn("{task.description}"), console=console, transient=True) as bar:
            task = bar.add_task("", total=None)
            said = [time.monotonic()]

            def progress(outcome, status) -> None:
                bar.update(task, completed=status.done, description=status.line())
                if not console.is_terminal and time.monotonic() - said[0] >= LOG_EVERY:  # a log file: a line now and then
                    said[0] = time.monotonic()
                    typer.echo(status.line(), err=True)

            report = ingest_paths(database, paths, config, force=force, retry_failed=retry_failed,
                                  on_start=lambda n: bar.update(task, total=n), progress=progress)
    finally:
        database.close()
    if as_json:
        _print_json({"files": [f.to_dict() for f in report.files], "summary": {
            s: report.count(s) for s in ("stored", "replaced", "unchanged", "unreadable", "failed")},
            "failures_by_reason": report.failures_by_reason(),
            "status": report.status.to_dict() | {"files_per_second": report.status.files_per_second,
                                                 "pages_per_second": report.status.pages_per_second}})
    else:
        for f in report.files:
            if not f.failed:
                typer.echo(f"{f.status:9} {f.source_name} (document {f.document_id})")
    for f in report.failures:
        typer.echo(f"error: {f.error}", err=True)
    typer.echo(report.summary(), err=True)
    typer.echo(report.status.line(), err=True)
    if report.failures:
        raise typer.Exit(1)


@corpus_app.command()
def graph(
    key: Annotated[str, typer.Argument(help='a citation key ("36-CT/TW", "12/KH-UBND@Thái Bình"), a law, or a stored file name')],
    db: DbOption = None,
    depth: Annotated[Optional[int], typer.Option("--depth", min=0, help="hops from KEY (default 1; 6 with --chain)")] = None,
    direction: Annotated[Direction, typer.Option("--direction", help="follow citations out, in, or both")] = Direction.both,
    province: Annotated[Optional[str], typer.Option("--province", help="the province of a local key")] = None,
    chain: Annotated[bool, typer.Option("--chain", help="the implementation chain: what implements KEY, and so on")] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, help="most edges to return")] = 1000,
    hub_page: Annotated[int, typer.Option("--hub-page", min=0, help="citing documents shown of a hub (a node cited by "
                                                                    "more is counted, not listed); 0: list them all")] = 10,
    offset: Annotated[Optional[int], typer.Option("--offset", min=0, help="list the documents citing KEY from this "
                                                                          "one on, --hub-page at a time (a hub's next page)")] = None,
    graphml: Annotated[Optional[Path], typer.Option("--graphml", help="also write GraphML to this file")] = None,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="the date of the status (YYYY-MM-DD; default today)")] = None,
    as_json: JsonOption = False,
) -> None:
    """The citation graph around KEY, with the status of each document (in force, amended, replaced ...). A node cited
    by more than --hub-page stored documents (36-CT/TW) is a hub: its newest ones are shown and all are counted by
    relation, province and year; --offset pages through them."""
    from corpus import graph as G
    from corpus import validity as V

    when = _date(as_of, "--as-of")
    page = hub_page or None
    database = _open(db)
    try:
        with database.session() as s:
            roots = G.find_nodes(s, key, province)
            if not roots:
                typer.echo(f"error: no document in the corpus is {key!r}", err=True)
                raise typer.Exit(1)
            if offset is not None:
                pages = [G.node_citing_page(s, r, offset=offset, limit=hub_page or 100) for r in roots]
            elif chain:
                g = G.chain(s, key, depth=6 if depth is None else depth, province=province, limit=limit, hub_page=page)
            else:
                g = G.neighbourhood(s, roots, 1 if depth is None else depth, direction.value.replace("-", "_"), limit,
                                    hub_page=page)
            status = V.validities(s, [n.id for n in g.nodes], when) if offset is None else {}
    finally:
        database.close()
    if offset is not None:
        _print_citing(key, [p for p in pages if p is not None], as_json)
        return
    if graphml:
        graphml.write_text(G.to_graphml(g), encoding="utf-8")
    if as_json:
        data = {"key": key, **G.to_json(g), "validity": {str(i): v.to_dict() for i, v in status.items()}}
        if chain:
            data["paths"] = G.chain_paths(g)
        _print_json(data)
        return
    nodes = {n.id: n for n in g.nodes}

    def label(i: int) -> str:
        n = nodes[i]
        v = status.get(i)
        mark = f" ({V.STATUS_WORDS[v.status].lower()})" if v is not None and v.status not in ("in_force", "amended") else ""
        if n.document is None:
            return n.key + mark
        return (f"[{n.document.source_name}]" if n.scope == "doc" else f"{n.key} [{n.document.source_name}]") + mark

    for r in g.roots:
        n = nodes[r]
        typer.echo(f"{label(r)}  {n.doc_type or ''} {n.date or ''} {n.issuer or ''}  cited by {n.cited_by_count}")
        if r in status:
            v = status[r]
            typer.echo(f"  status on {v.as_of}: {v.status} — {V.status_words(v)}: {v.explanation}")
    if chain:
        for p in G.chain_paths(g):
            typer.echo("  " + " <- ".join(label(i) for i in p))
    else:
        for e in g.edges:
            said = f"{e.document.source_name}" + (f" and {e.support - 1} more" if e.support > 1 else "") if e.document else ""
            scope = f" [{'; '.join(e.scope)}]" if e.scope else ""
            typer.echo(f"  {label(e.source)} -{e.relation}{scope}-> {label(e.target)}  ({said})")
    for h in g.hubs:
        _print_hub(label(h.node), h)
    if g.truncated:
        typer.echo(f"(stopped at {limit} edges)", err=True)


def _tallies(tallies, most: int = 8) -> str:
    shown = ", ".join(f"{t.value if t.value is not None else '?'} {t.count:,}" for t in tallies[:most])
    return shown + (f" (+{len(tallies) - most} more)" if len(tallies) > most else "")


def _print_hub(name: str, h) -> None:
    more = f"; the next: --offset {h.next_offset}" if h.next_offset is not None else ""
    typer.echo(f"{name}: cited by {h.total:,} stored documents, the newest {h.shown} shown{more}")
    typer.echo(f"  by relation: {_tallies(h.by_relation)}")
    typer.echo(f"  by province: {_tallies(h.by_province)}")
    typer.echo(f"  by year: {_tallies(h.by_year, 12)}")
    if h.related:
        typer.echo(f"  related by citing texts (implements ...): {h.related:,}, the {h.related_shown} most supported shown")


def _print_citing(key: str, pages, as_json: bool) -> None:
    if as_json:
        _print_json({"key": key, "pages": [p.to_dict() for p in pages]})
        return
    for p in pages:
        end = p.offset + len(p.items)
        typer.echo(f"{key} (node {p.node}): documents {p.offset + 1}-{end} of {p.total:,} citing it, newest first"
                   + (f"; the next: --offset {p.next_offset}" if p.next_offset is not None else ""))
        for c in p.items:
            d = c.document
            typer.echo(f"  {d.number or ''} {d.province or ''} {d.issued_date or ''} [{d.source_name}] {c.relation}")


@corpus_app.command()
def obligations(
    agency: Annotated[str, typer.Argument(help='an agency, any spelling ("Công an tỉnh", "Sở LĐTBXH")')],
    db: DbOption = None,
    province: Annotated[Optional[str], typer.Option("--province")] = None,
    merged: Annotated[bool, typer.Option("--merged", help="with --province: include provinces merged into it in 2025")] = False,
    predecessors: Annotated[bool, typer.Option("--predecessors", help="include the bodies it took over in 2025")] = False,
    partial: Annotated[bool, typer.Option("--partial", help="with --predecessors: also bodies it took some functions from")] = False,
    year: Annotated[Optional[int], typer.Option("--year", help="year the plan was issued")] = None,
    role: Annotated[Optional[Role], typer.Option("--role")] = None,
    requested: Annotated[Optional[bool], typer.Option("--requested/--assigned", help="only 'Đề nghị' tasks / only assigned ones")] = None,
    due_from: Annotated[Optional[str], typer.Option("--due-from", help="deadline on or after (YYYY-MM-DD)")] = None,
    due_to: Annotated[Optional[str], typer.Option("--due-to", help="deadline on or before (YYYY-MM-DD)")] = None,
    text: Annotated[Optional[str], typer.Option("--text", help="words in the task (diacritics ignored)")] = None,
    partner: Annotated[bool, typer.Option("--partner", help="tasks where the agency is a partner (phối hợp với)")] = False,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 100,
    in_force: Annotated[InForce, typer.Option("--in-force", help="flag (default): mark tasks of plans replaced or abolished "
                                                                 "(or whose basis was); only: leave them out; any: no status")] = InForce.flag,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="the date of the status (YYYY-MM-DD; default today)")] = None,
    as_json: JsonOption = False,
) -> None:
    """What AGENCY must do across the corpus, newest plan first (tasks of plans no longer in force marked)."""
    from corpus.queries import ObligationQuery, count_obligations
    from corpus.queries import obligations as find

    q = ObligationQuery(agency, predecessors=predecessors, partial=partial, province=province, merged=merged, year=year,
                        role=role.value if role else None, requested=requested, due_from=_date(due_from, "--due-from"),
                        due_to=_date(due_to, "--due-to"), text=text, as_partner=partner, in_force=in_force.value,
                        as_of=_date(as_of, "--as-of"))
    from corpus.agency_match import match_agency

    database = _open(db)
    try:
        with database.session() as s:
            found = match_agency(s, agency)
            if found.found:
                q = dataclasses.replace(q, agency=found.name)
                page = find(s, q, limit=limit)
                total = count_obligations(s, q)
    finally:
        database.close()
    if not found.found:  # say so, with the closest names, and exit 1: never "0 task(s)" for a name that matched nothing
        if as_json:
            _print_json({"agency": None, "written": agency, "suggestions": [x.to_dict() for x in found.suggestions]})
        else:
            typer.echo(f"agency not recognised: {agency!r}")
            if found.suggestions:
                typer.echo("did you mean:")
                for x in found.suggestions:
                    typer.echo(f"  {x.name}" + (f" [{x.registry_id}]" if x.registry_id else " [not in the registry]"))
        raise typer.Exit(1)
    matched = {"written": agency, "name": found.name, "registry_id": found.registry_id, "registered": found.registered}
    if as_json:
        _print_json({"agency": matched, "agencies": list(page.agencies), "provinces": list(page.provinces), "count": total,
                     "next_cursor": page.next_cursor, "obligations": [o.to_dict() for o in page.items]})
        return
    typer.echo(f"agency: {found.name}" + (f" [{found.registry_id}]" if found.registry_id else " [not in the registry]")
               + (f" (typed {agency!r})" if agency != found.name else ""))
    typer.echo(f"{total} task(s) for {', '.join(page.agencies)}" + (f" in {', '.join(page.provinces)}" if page.provinces else ""))
    for o in page.items:
        d = o.document
        due = f" [due {o.due}]" if o.due else ""
        typer.echo(f"- {d.source_name} {d.number or ''} {d.province or ''} {d.issued_date or ''} {o.task_id} "
                   f"({o.role}{', requested' if o.requested else ''}{', partner' if o.as_partner else ''}){due}: {o.text[:160]}")
        if o.in_force is False:
            typer.echo(f"    ! no longer in force: {o.validity_note}")
    if page.next_cursor:
        typer.echo(f"... {total - len(page.items)} more (use --limit)", err=True)


@corpus_app.command()
def search(
    query: Annotated[str, typer.Argument(help='words to find ("cai nghien" finds "cai nghiện")')],
    db: DbOption = None,
    province: Annotated[Optional[str], typer.Option("--province")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 20,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over tasks and sections, ignoring diacritics and tone placement."""
    from corpus.search import search as find

    database = _open(db)
    try:
        with database.session() as s:
            hits = find(s, query, province=province, limit=limit)
    finally:
        database.close()
    if as_json:
        _print_json({"query": query, "hits": [h.to_dict() for h in hits]})
        return
    for h in hits:
        typer.echo(f"- {h.document.source_name} {h.kind} {h.item_id}: {h.text[:160]}")


@corpus_app.command()
def versions(
    document: Annotated[Optional[int], typer.Argument(help="a document id: list the versions of its document")] = None,
    regroup: Annotated[bool, typer.Option("--regroup", help="group the stored rows that are one document (rows stored "
                                                            "before versions were kept)")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Versions of one document: rows with the same number, issuer and date, or the same text up to small edits
    (a re-typed copy, a corrected draft, .docx and .pdf). Only the current version counts in queries."""
    from corpus import store

    if document is None and not regroup:
        typer.echo("error: give a document id, or --regroup", err=True)
        raise typer.Exit(2)
    database = _open(db)
    try:
        if regroup:
            with database.writer() as s:
                n = store.regroup(s)
            typer.echo(f"{n} stored rows are versions of another document", err=as_json)
        rows = []
        if document is not None:
            with database.session() as s:
                if store.get(s, document, counts=False) is None:
                    typer.echo(f"error: no document {document}", err=True)
                    raise typer.Exit(1)
                rows = store.versions(s, document)
    finally:
        database.close()
    if as_json:
        _print_json({"document": document, "versions": [v.to_dict() for v in rows]})
        return
    if document is not None and not rows:
        typer.echo(f"document {document} was stored once (no other version)")
    for v in rows:
        typer.echo(f"- {v.id}{' (current)' if v.current else ''} {v.source_name or ''} {v.number or ''} "
                   f"{v.issued_date.isoformat() if v.issued_date else ''}".rstrip())
