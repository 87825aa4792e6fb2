"""Benchmark: the corpus at 1,000 and 10,000 plans (`python -m bench.corpus_bench [--docs 10000] [--db URL]`).

The synthetic corpus is made from the five seeds, each extracted once: clone N is seed N mod 5
with another province (any of the 63 of before the 2025 mergers), date, number and citations.
A third of the clones cite a "variant" of the central documents (one of 300: every central
number shifted the same way, so the corpus has many central documents, and what the texts
say of them stays consistent: 93/NQ-CP of variant 7 implements 132-KL/TW of variant 7);
local citations point to an earlier clone of the same province (half of them: chains of
plans) or to a local decision (N/QĐ-UBND) of that province. Each
clone's source bytes are the seed's plus a line, so every clone is its own document.

Prints: documents per second of `corpus.store.ingest` (one transaction per plan, as the CLI
does), the database size, and the median / p99 time of
- obligations: the first page (50) of an agency's tasks, newest first (agency varies),
- obligations filtered: the same for one province and year,
- graph cites depth 2: what a plan rests on, and what those rest on (plan varies),
- graph cited-by depth 2: the plans citing a plan, and those citing them,
at each checkpoint (default 1,000 and 10,000 documents), and the growth from the first
checkpoint to the last against the targets (< 2x; p99 < 50 ms on SQLite).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

from corpus.db import Database

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "samples" / "seeds"
AGENCIES = ("Công an tỉnh", "Sở Y tế", "Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân cấp huyện",
            "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh")
QUERIES = ("obligations", "obligations filtered", "graph cites depth 2", "graph cited-by depth 2")
TARGETS = ("obligations", "graph cites depth 2")
P99_TARGET_MS = 50.0
VARIANTS = 300
GROWTH_TARGET = 2.0


# ------------------------------------------------------------------ corpus

def load_seeds():
    from extractor.pipeline import Extractor
    from extractor.read import read_file

    ex = Extractor()
    out = []
    for p in sorted(SEEDS.glob("*.txt")):
        src = read_file(p)
        out.append((src, ex.extract_source(src, source_name=p.name)))
    return out


class Cloner:
    """Makes clone i of the seeds (deterministic for a given random seed)."""

    def __init__(self, seeds, rng: random.Random):
        from corpus.linker import Linker
        from corpus.registry import default_corpus_registry
        from extractor.lexicon import load_lexicon

        self.seeds = seeds
        self.rng = rng
        self.linker = Linker(load_lexicon(), default_corpus_registry())
        self.provinces = [p.name for p in load_lexicon().provinces]
        self.count: dict[str, int] = {}
        self.plans: dict[str, list[tuple[str, str]]] = {}      # province -> [(number, date)] of earlier clones

    def _citation(self, c, province: str, variant: int):
        rng = self.rng
        if not c.key[:1].isdigit():
            return c                                             # a law by name
        scope = self.linker.symbol_scope(c.key) or self.linker.issuer_scope(c.issuer) or "local"
        if scope == "central":
            if variant:
                num, sep, rest = c.key.partition("/") if "/" in c.key.split("-")[0] else c.key.partition("-")
                if num.isdigit():
                    return c.model_copy(update={"key": f"{variant * 10000 + int(num)}{sep}{rest}", "alt_keys": []})
            return c
        earlier = self.plans.get(province)
        if earlier and rng.random() < 0.5:
            number, date = rng.choice(earlier)
            return c.model_copy(update={"key": number, "issuer": "Ủy ban nhân dân tỉnh", "date": date, "doc_type": "KH",
                                        "alt_keys": []})
        # another local document of the province: a decision, so that it never hits a clone's own number by chance
        # (plans link to plans only through the choice above, and the graph keeps the same shape as it grows)
        return c.model_copy(update={"key": f"{rng.randint(1, 5000)}/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh", "doc_type": "QĐ",
                                    "alt_keys": []})

    def clone(self, i: int):
        from extractor.read import SourceText

        src, r = self.seeds[i % len(self.seeds)]
        rng = self.rng
        province = rng.choice(self.provinces)
        date = (dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3800))).isoformat()
        self.count[province] = n = self.count.get(province, 0) + 1
        number = f"{n}/KH-UBND"
        variant = rng.randint(1, VARIANTS) if rng.random() < 1 / 3 else 0
        citations = [self._citation(c, province, variant) for c in r.citations]
        seen, unique = set(), []
        for c in citations:                      # two citations that became one key: keep the first
            if c.key not in seen:
                seen.add(c.key)
                unique.append(c)
        data = src.data + f"\nsynthetic plan {i}\n".encode()
        name = f"synthetic_{i:05d}_{r.source.name}"
        meta = r.metadata.model_copy(update={"number": number, "province": province, "issued_date": date,
                                             "issuer": f"Ủy ban nhân dân tỉnh {province}", "place": province})
        result = r.model_copy(update={"metadata": meta, "citations": unique, "source": r.source.model_copy(
            update={"name": name, "sha256": hashlib.sha256(data).hexdigest(), "chars": len(src.text)})})
        self.plans.setdefault(province, []).append((number, date))
        return SourceText(src.text, src.media_type, data, src.pages), result, name, province, number


# ----------------------------------------------------------------- queries

def _time(fn, runs: int, sizes: list | None = None) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        got = fn()
        out.append((time.perf_counter() - t) * 1000)
        if sizes is not None:
            sizes.append(got)
    return out


def run_queries(db: Database, rng: random.Random, made: list[tuple[str, str, str]], runs: int) -> dict[str, list[float]]:
    from corpus import graph as G
    from corpus.queries import obligations

    years = list(range(2015, 2026))

    def q_obligations():
        with db.session() as s:
            return len(obligations(s, rng.choice(AGENCIES), limit=50).items)

    def q_filtered():
        _, province, _ = rng.choice(made)
        with db.session() as s:
            return len(obligations(s, rng.choice(AGENCIES), province=province, year=rng.choice(years), limit=50).items)

    def q_cites():
        _, province, number = rng.choice(made)
        with db.session() as s:
            return len(G.cites(s, number, depth=2, province=province).edges)

    def q_cited_by():
        _, province, number = rng.choice(made)
        with db.session() as s:
            return len(G.cited_by(s, number, depth=2, province=province).edges)

    fns = dict(zip(QUERIES, (q_obligations, q_filtered, q_cites, q_cited_by)))
    for fn in fns.values():          # warm caches and the statement cache
        _time(fn, 20)
    out = {}
    for name, fn in fns.items():
        sizes: list[int] = []
        out[name] = _time(fn, runs, sizes)
        out[name + " size"] = sizes
    return out


def p99(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.99 * (len(xs) - 1))))]


# ------------------------------------------------------------------- sizes

def db_size(db: Database) -> int:
    from sqlalchemy import text

    if db.dialect == "sqlite":
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        path = Path(db.engine.url.database)
        return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    with db.session() as s:
        return int(s.scalar(text("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                                 "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')"))) or 0


def _pg_schema_url(url: str) -> tuple[str, str]:
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"kehoach_bench_{uuid.uuid4().hex[:8]}"
    u = make_url(url)
    with psycopg.connect(host=u.host, port=u.port or 5432, user=u.username, dbname=u.database, password=u.password,
                         autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{name}"')
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote('-csearch_path=' + name)}", name


def _pg_drop(url: str, name: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    with psycopg.connect(host=u.host, port=u.port or 5432, user=u.username, dbname=u.database, password=u.password,
                         autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


# -------------------------------------------------------------------- main

def run(docs: int, checkpoints: list[int], db_url: str | None, runs: int, seed: int, keep: bool) -> dict:
    from corpus import store
    from corpus.linker import Linker
    from corpus.registry import default_corpus_registry
    from extractor.lexicon import load_lexicon

    rng = random.Random(seed)
    tmp = None
    schema = None
    base_url = db_url
    if db_url is None:
        tmp = tempfile.mkdtemp(prefix="kehoach-bench-")
        db_url = f"sqlite:///{tmp}/bench.db"
    elif db_url.startswith("postgresql"):
        db_url, schema = _pg_schema_url(db_url)
    t0 = time.perf_counter()
    seeds = load_seeds()
    print(f"seeds extracted once: {len(seeds)} plans in {time.perf_counter() - t0:.1f} s")
    db = Database.open(db_url)
    print(f"database: {db.dialect} ({db_url if schema is None else base_url + ' schema ' + schema})")
    cloner = Cloner(seeds, rng)
    linker = Linker(load_lexicon(), default_corpus_registry())
    made: list[tuple[str, str, str]] = []
    results: dict = {"checkpoints": {}}
    ingest_s = 0.0
    done = 0
    try:
        for target in sorted(set(checkpoints) | {docs}):
            if target > docs:
                break
            t = time.perf_counter()
            start = done
            while done < target:
                src, result, name, province, number = cloner.clone(done)
                with db.writer() as s:
                    store.ingest(s, result, src, source_name=name, linker=linker)
                made.append((name, province, number))
                done += 1
            spent = time.perf_counter() - t
            ingest_s += spent
            if target not in checkpoints:
                continue
            size = db_size(db)
            times = run_queries(db, random.Random(seed + target), made, runs)
            results["checkpoints"][target] = {"size": size, "times": times,
                                              "docs_per_s": done / ingest_s}
            print(f"\n{target:,} documents: ingested at {done / ingest_s:.0f} documents/s overall "
                  f"({(done - start) / max(spent, 1e-9):.0f}/s for the last {done - start:,}); "
                  f"database {size / 1e6:.1f} MB ({size / done / 1024:.1f} KB/document)")
            print(f"  {'query':26} {'median ms':>10} {'p99 ms':>8} {'rows/edges':>11}   ({runs} runs)")
            for q in QUERIES:
                xs = times[q]
                print(f"  {q:26} {statistics.median(xs):10.2f} {p99(xs):8.2f} {statistics.mean(times[q + ' size']):11.1f}")
    finally:
        db.close()
        if schema and not keep:
            _pg_drop(base_url, schema)
    cps = [c for c in checkpoints if c in results["checkpoints"]]
    if len(cps) >= 2:
        a, b = results["checkpoints"][cps[0]], results["checkpoints"][cps[-1]]
        print(f"\ngrowth {cps[0]:,} -> {cps[-1]:,} documents (target < {GROWTH_TARGET:.0f}x"
              + (f"; p99 < {P99_TARGET_MS:.0f} ms at {cps[-1]:,} on SQLite" if db_url.startswith("sqlite") else "") + "):")
        ok = True
        for q in QUERIES:
            g_med = statistics.median(b["times"][q]) / statistics.median(a["times"][q])
            g_p99 = p99(b["times"][q]) / p99(a["times"][q])
            passed = g_med < GROWTH_TARGET and g_p99 < GROWTH_TARGET
            if db_url.startswith("sqlite"):
                passed = passed and p99(b["times"][q]) < P99_TARGET_MS
            mark = ("ok" if passed else "MISSED") if q in TARGETS else ("ok" if passed else "over")
            ok = ok and (passed or q not in TARGETS)
            print(f"  {q:26} median x{g_med:.2f}  p99 x{g_p99:.2f}  p99 {p99(b['times'][q]):.2f} ms  {mark}")
        results["ok"] = ok
        print("targets met" if ok else "targets MISSED")
    if tmp and not keep:
        for p in Path(tmp).iterdir():
            p.unlink()
        os.rmdir(tmp)
    elif tmp:
        print(f"kept {tmp}/bench.db")
    return results


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10_000, help="synthetic plans to ingest (default 10000)")
    ap.add_argument("--checkpoints", default="1000,10000", help="document counts at which queries are timed")
    ap.add_argument("--db", default=None, help="database URL (default: a fresh SQLite file; PostgreSQL: a fresh schema)")
    ap.add_argument("--runs", type=int, default=300, help="timed runs per query and checkpoint")
    ap.add_argument("--seed", type=int, default=20251201)
    ap.add_argument("--keep", action="store_true", help="keep the database afterwards")
    a = ap.parse_args(argv)
    checkpoints = [int(x) for x in a.checkpoints.split(",") if x.strip()]
    run(a.docs, [c for c in checkpoints if c <= a.docs] or [a.docs], a.db, a.runs, a.seed, a.keep)


if __name__ == "__main__":
    main()
