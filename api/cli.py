"""The `kehoach` command line.

    kehoach --version                    the version of kehoach
    kehoach extract FILE... --out DIR   one JSON result per input (DIR/<stem>.json; <name>.json when stems clash)
    kehoach text FILE                    the text a file was read into (per-page path and quality on stderr)
    kehoach schema [--out FILE]          the JSON Schema of a result
    kehoach serve [--queue celery]       the HTTP service
    kehoach worker [--concurrency N]     a Celery worker for ingestion jobs
    kehoach bench extract [FILES...]     documents per second and peak memory
    kehoach eval [--set seeds|dev|extra|all|holdout|DIR]  extract the annotated documents and score them
    kehoach eval --set relations-dev|relations-holdout  score typed relations and effective dates (issue 14)
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="kehoach: read Vietnamese government plans.")
#: What `extract` and `text` read (extractor.read picks the reader from the content, not the name).
READS = "PDF (text layer, legacy fonts, or scans read by OCR), images (PNG, JPEG, TIFF scans: OCR), DOCX, DOC, and text (.txt, .md)"


def _version(value: bool) -> None:
    if value:
        from extractor import __version__

        typer.echo(f"kehoach {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                 help="print the version and exit")] = False) -> None:
    """kehoach: read Vietnamese government plans."""
bench_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Benchmarks that print figures.")
app.add_typer(bench_app, name="bench")

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "seeds"


def output_names(files: list[Path]) -> dict[Path, str]:
    """Each input's result file name: `<stem>.json` (what the scorer reads); `<name>.json` for inputs whose stems
    clash (x.doc, x.docx); a counter when even names clash (a/x.txt, b/x.txt). The same file given twice is one input."""
    unique = list(dict.fromkeys(files, None))
    same_file = {f: f.resolve() for f in unique}
    distinct = list(dict.fromkeys(same_file.values()))
    stems = Counter(p.stem.casefold() for p in distinct)
    taken: set[str] = set()
    by_path: dict[Path, str] = {}
    for p in distinct:
        name = f"{p.stem}.json" if stems[p.stem.casefold()] == 1 else f"{p.name}.json"
        base, n = name[:-len(".json")], 2
        while name.casefold() in taken:  # case-insensitive file systems would merge X.json and x.json
            name, n = f"{base}.{n}.json", n + 1
        taken.add(name.casefold())
        by_path[p] = name
    return {f: by_path[same_file[f]] for f in unique}


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help=f"documents to read: {READS}")],
    out: Annotated[Path, typer.Option("--out", "-o", help="output folder")] = Path("out"),
) -> None:
    """Extract each FILE and write OUT/<stem>.json (with `warnings`: no tasks, no number or date, weak or unreadable pages).

    Inputs that share a stem (x.doc, x.docx) are written OUT/<name>.json (x.doc.json, x.docx.json): no result overwrites another.

    Reads PDF (text layer, legacy fonts, scans by OCR), images (OCR), DOCX, DOC and text (.txt, .md)."""
    from corpus.warnings import with_warnings
    from extractor.pipeline import Extractor
    from extractor.read import UnreadableFile, read_file

    out.mkdir(parents=True, exist_ok=True)
    ex = Extractor()
    failed = 0
    targets = output_names(files)
    for f in files:
        try:
            src = read_file(f)
        except UnreadableFile as e:
            typer.echo(f"error: {e}", err=True)
            failed += 1
            continue
        result = with_warnings(ex.extract_source(src, source_name=f.name))
        target = out / targets[f]
        target.write_text(result.model_dump_json(indent=1), encoding="utf-8")
        typer.echo(f"{f} -> {target} ({len(result.assignments)} tasks, {len(result.citations)} citations)")
    if failed:
        typer.echo(f"{failed} of {len(files)} file(s) failed", err=True)
        raise typer.Exit(1)


@app.command()
def text(
    file: Annotated[Path, typer.Argument(help=f"a document: {READS}")],
    pages: Annotated[bool, typer.Option("--pages/--no-pages", help="how each page was read, on stderr")] = True,
) -> None:
    """Print the text FILE was read into (what extraction and every span work on).

    On stderr: the reader's media type, and per page its path (text layer, legacy font converted, OCR, blank), its
    quality (share of valid Vietnamese) and OCR confidence, with the reason when a page is weak or unreadable."""
    from extractor.read import UnreadableFile, read_file

    try:
        src = read_file(file)
    except UnreadableFile as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1)
    sys.stdout.write(src.text if src.text.endswith("\n") else src.text + "\n")
    if not pages:
        return
    head = f"{file}: {src.media_type}, {len(src.text)} characters"
    if src.pages:
        head += f", {src.pages} page(s)"
    if src.legacy_encoding:
        head += f", converted from {src.legacy_encoding}"
    if src.ocr_pages:
        head += f", OCR on page(s) {', '.join(map(str, src.ocr_pages))}"
    typer.echo(head, err=True)
    for r in src.page_reads:
        quality = f"quality {r.quality:.2f}" if r.quality is not None else "nothing read"
        conf = src.ocr_confidence.get(r.page)
        line = f"  page {r.page}: {r.path}, {quality}" + (f", OCR confidence {conf:.0f}" if conf is not None else "")
        typer.echo(line + (f" ({r.reason})" if r.reason else ""), err=True)


@app.command()
def schema(out: Annotated[Optional[Path], typer.Option("--out", "-o")] = None) -> None:
    """Print (or write) the JSON Schema of an extraction result."""
    from models.result import PlanResult

    text = json.dumps(PlanResult.model_json_schema(), ensure_ascii=False, indent=1) + "\n"
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@app.command()
def serve(
    db: Annotated[Optional[str], typer.Option("--db", help="database URL (default: the SQLite file in ./var)")] = None,
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
    workers: Annotated[Optional[int], typer.Option(help="extraction workers in the service (default KEHOACH_WORKERS)")] = None,
    queue: Annotated[Optional[str], typer.Option(help="local, or celery: uploads go to `kehoach worker`s (KEHOACH_QUEUE)")] = None,
    processes: Annotated[int, typer.Option(min=1, help="service processes answering requests (uvicorn workers); the "
                                                       "extraction workers are shared out among them")] = 1,
) -> None:
    """Run the HTTP service (OpenAPI docs at /docs)."""
    import os

    import uvicorn

    from api.app import create_app, settle_heap
    from api.settings import Settings
    from corpus.db import Database

    overrides = {k: v for k, v in {"workers": workers, "db_url": db, "queue": queue}.items() if v is not None}
    settings = Settings(**overrides)
    if not settings.api_key:
        typer.echo("note: KEHOACH_API_KEY is not set, so uploads and deletes are refused (reads work)", err=True)
    if processes == 1:
        app = create_app(settings)
        settle_heap(app)
        uvicorn.run(app, host=host, port=port, log_level="info")
        return
    # Several processes: each builds its app from the environment (api.app.serve_app) and runs its own local job
    # threads; jobs.claim lets one process only run a job (those left unfinished are offered to every process at
    # start), and the answers kept until the corpus changes follow the database's generation in every process.
    Database.open(settings.db_url).close()  # migrate once here, not in every process
    per_process = max(1, -(-settings.workers // processes))
    os.environ.update(KEHOACH_DB_URL=settings.db_url, KEHOACH_QUEUE=settings.queue, KEHOACH_WORKERS=str(per_process))
    uvicorn.run("api.app:serve_app", factory=True, workers=processes, host=host, port=port, log_level="info")


@app.command()
def worker(
    db: Annotated[Optional[str], typer.Option("--db", help="database URL, shared by every worker and the service")] = None,
    broker: Annotated[Optional[str], typer.Option("--broker", help="Celery broker URL (default KEHOACH_BROKER_URL)")] = None,
    concurrency: Annotated[Optional[int], typer.Option("--concurrency", "-c", min=1,
                                                       help="documents at once, each in its own sandbox (default KEHOACH_WORKERS)")] = None,
    name: Annotated[Optional[str], typer.Option("--name", "-n", help="worker name (default kehoach-<pid>@<host>)")] = None,
) -> None:
    """Run a Celery worker for ingestion jobs (start one per machine, or several; they share one database)."""
    import os

    from api.settings import Settings
    from corpus.celery_app import make_celery
    from corpus.db import Database

    overrides = {k: v for k, v in {"db_url": db, "broker_url": broker, "workers": concurrency}.items() if v is not None}
    settings = Settings(**overrides)
    Database.open(settings.db_url).close()  # migrate once here, not in every thread
    config = settings.queue_config(mode="celery")
    celery = make_celery(config, db_url=settings.db_url)
    celery.kehoach_state.get()  # the database and the sandboxes, before the first job arrives
    try:
        celery.worker_main(["worker", "--pool=threads", f"--concurrency={config.workers}", "--loglevel=INFO",
                            "-Q", config.celery_queue, "-n", name or f"kehoach-{os.getpid()}@%h", "--without-gossip", "--without-mingle"])
    finally:
        celery.kehoach_state.close()


@bench_app.command("extract")
def bench_extract(
    files: Annotated[Optional[list[Path]], typer.Argument(help="plans to time (default: the sample corpus)")] = None,
    repeat: Annotated[int, typer.Option(help="timed runs per file")] = 20,
) -> None:
    """Median time per document once warm, documents per second, peak memory."""
    from bench.extract_bench import run

    run(files or sorted(SAMPLES.glob("*.txt")), repeat)


from api.cli_corpus import corpus_app; app.add_typer(corpus_app)  # noqa: E402,E702 - ingest, graph, obligations, search


@app.command("eval")
def eval_(
    set_: Annotated[str, typer.Option("--set", help="seeds, dev, extra, all (those three), holdout (held out: measure only), relations-dev or relations-holdout (typed relations and effective dates), or a folder with documents and gold/")] = "all",
    json_out: Annotated[Optional[Path], typer.Option("--json", help="write the figures (total and per document) as JSON here")] = None,
    minimum: Annotated[Optional[list[str]], typer.Option("--min", help="AREA=F1: exit 1 when an area falls below (repeatable)")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="keep the extraction results here (default: a temporary folder)")] = None,
    originals: Annotated[bool, typer.Option("--originals", help="extract the original PDF/DOCX in files/ where a set has one")] = False,
    show: Annotated[int, typer.Option(help="misses and extras to list per area")] = 0,
    markdown: Annotated[bool, typer.Option("--markdown", help="also print the README's table: one column per set")] = False,
) -> None:
    """Extract the annotated documents (samples/annotated/) and score them: a table per area and per document."""
    import tempfile

    from bench.eval import RELATION_SETS, Report, format_table, markdown_table, parse_minimums, resolve_sets, run_set
    from extractor.pipeline import Extractor

    if set_ in RELATION_SETS:
        _eval_relations(set_, json_out, minimum or [], out, show)
        return
    try:
        sets = resolve_sets(set_)
        mins = parse_minimums(minimum or [])
    except ValueError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2)
    ex = Extractor()
    report = Report()
    per_set: dict[str, Report] = {}
    with tempfile.TemporaryDirectory(prefix="kehoach-eval-") as tmp:
        base = out or Path(tmp)
        for s in sets:
            label = s.name if len(sets) > 1 else None
            per_set[s.name] = run_set(s, base / s.name if len(sets) > 1 else base, ex, originals, label)
            report.add(per_set[s.name])
    typer.echo(format_table(report, show))
    if markdown:
        typer.echo("\n" + markdown_table(per_set))
    if json_out:
        data = {"figures": report.figures, "documents": report.doc_figures(), "sets": [s.name for s in sets]}
        json_out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    failed = report.below(mins)
    if failed:
        typer.echo("below threshold: " + "; ".join(failed))
        raise typer.Exit(1)


def _eval_relations(name: str, json_out: Optional[Path], minimum: list[str], out: Optional[Path], show: int) -> None:
    """`eval --set relations-dev|relations-holdout`: extract the set's texts, score relations and effective dates."""
    import tempfile

    from bench.eval import run_relation_set
    from bench.eval.relations_score import format_table, parse_minimums

    try:
        mins = parse_minimums(minimum)
    except ValueError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2)
    with tempfile.TemporaryDirectory(prefix="kehoach-eval-") as tmp:
        report = run_relation_set(name, out or Path(tmp))
    typer.echo(format_table(report, show))
    if json_out:
        json_out.write_text(json.dumps(report.as_json() | {"sets": [name]}, ensure_ascii=False, indent=1), encoding="utf-8")
    failed = report.below(mins)
    if failed:
        typer.echo("below threshold: " + "; ".join(failed))
        raise typer.Exit(1)


@bench_app.command("read")
def bench_read(
    repeat: Annotated[int, typer.Option(help="timed runs of the text-layer path")] = 5,
    dpi: Annotated[int, typer.Option(help="resolution of the scanned copies")] = 300,
    scans: Annotated[int, typer.Option(help="how many seeds to scan and OCR")] = 2,
) -> None:
    """Pages per second for text-layer PDFs and seconds per page for OCR, next to raw pypdfium2/pdfplumber/tesseract."""
    from bench.read_bench import run

    run(repeat, dpi, scans)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
