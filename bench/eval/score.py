"""The matching rules of the annotated documents (FORMAT.md's "Scoring"), as the project's own scorer.

The rules are those of ../shared/eval/score.py, kept verbatim (tests/unit/test_eval_score.py checks that
both give the same figures): citations by normalised key, then date/issuer/doc_type on matched pairs and
`relation == "basis"` as its own set; assignments as (agency, task) pairs, agencies compared through the
set's agencies.json, tasks fuzzily on the opening of the gold text, then role/requested/partners;
deadlines by `due` or `recurrence`; metadata field by field (title and issuer fuzzy); sections by
top-level label and kinds. Gold entries marked "optional" count neither as missed nor as false.

On top of the shared scorer: figures per document, several sets scored together (each with its own
agencies.json), and a result object instead of a printout.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

try:
    from rapidfuzz import fuzz

    def ratio(a: str, b: str) -> float:
        return fuzz.ratio(a, b)

    def partial(a: str, b: str) -> float:
        return fuzz.partial_ratio(a, b)
except ImportError:  # pragma: no cover - fallback without rapidfuzz
    from difflib import SequenceMatcher

    def ratio(a: str, b: str) -> float:
        return 100.0 * SequenceMatcher(None, a, b).ratio()

    def partial(a: str, b: str) -> float:
        if len(a) > len(b):
            a, b = b, a
        best = 0.0
        for i in range(0, max(1, len(b) - len(a) + 1), max(1, len(a) // 4)):
            best = max(best, ratio(a, b[i : i + len(a)]))
        return best


# ---------------------------------------------------------------- normalising

_TONE_FIX = {  # old-style tone placement -> new style, as the scorer sees it
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-")


def nfc(s: str | None) -> str:
    return unicodedata.normalize("NFC", s or "")


def fold_tones(s: str) -> str:
    for old, new in _TONE_FIX.items():
        s = s.replace(old, new)
    return s


def norm_text(s: str | None) -> str:
    s = fold_tones(nfc(s).lower()).translate(_DASHES)
    s = re.sub(r"[*_`#>\"“”‘’«»()\[\]]", " ", s)
    s = re.sub(r"[,;:.!?/\\&-]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def norm_key(s: str | None) -> str:
    s = nfc(s).upper().translate(_DASHES)
    s = re.sub(r"^\s*SỐ[:\s]*", "", s)
    s = re.sub(r"\bNĂM\b", "", s)
    return re.sub(r"\s+", "", s)


_ABBREV = [
    (r"\bubnd\b", "ủy ban nhân dân"),
    (r"\bhđnd\b", "hội đồng nhân dân"),
    (r"\bmttq\b", "mặt trận tổ quốc"),
    (r"\btncs\b", "thanh niên cộng sản"),
    (r"\bbchqs\b", "bộ chỉ huy quân sự"),
    (r"\bbđbp\b", "bộ đội biên phòng"),
]


class Agencies:
    """Canonical agency names and accepted spellings (gold/agencies.json)."""

    def __init__(self, table: dict[str, list[str]], provinces: list[str]):
        self.provinces = sorted({norm_text(p) for p in provinces if p}, key=len, reverse=True)
        self.alias: dict[str, str] = {}
        for canon, spellings in table.items():
            for s in [canon, *spellings]:
                self.alias[self.base(s)] = self.base(canon)

    def base(self, name: str) -> str:
        s = norm_text(name)
        s = re.sub(r"^(đề nghị|giao)\s+", "", s)
        for pat, rep in _ABBREV:
            s = re.sub(pat, rep, s)
        for p in self.provinces:  # "Công an tỉnh Thái Bình" ~ "Công an tỉnh" ~ "Công an"
            s = re.sub(rf"\s+((tỉnh|thành phố)\s+)?{re.escape(p)}\b", "", s)
        s = re.sub(r"\s+(tỉnh|thành phố)$", "", s)  # "Công an thành phố" (a city-province) ~ "Công an tỉnh"
        return re.sub(r"\s+", " ", s).strip()

    def canon(self, name: str) -> str:
        b = self.base(name)
        return self.alias.get(b, b)

    def same(self, a: str, b: str) -> bool:
        ca, cb = self.canon(a), self.canon(b)
        return ca == cb or ratio(ca, cb) >= 95


# ------------------------------------------------------------------- counting


class Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.misses: list[str] = []
        self.extras: list[str] = []

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


class Accuracy:
    def __init__(self) -> None:
        self.right = self.total = 0
        self.wrong: list[str] = []

    def add(self, ok: bool, what: str = "") -> None:
        self.total += 1
        self.right += int(ok)
        if not ok and what:
            self.wrong.append(what)

    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


def match_sets(gold: list[dict], pred: list[dict], same) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Greedy one-to-one matching; returns (pairs, unmatched required gold, unmatched pred)."""
    used: set[int] = set()
    pairs: list[tuple[dict, dict]] = []
    missed: list[dict] = []
    for g in sorted(gold, key=lambda x: bool(x.get("optional"))):
        for i, p in enumerate(pred):
            if i not in used and same(g, p):
                used.add(i)
                pairs.append((g, p))
                break
        else:
            if not g.get("optional"):
                missed.append(g)
    extra = [p for i, p in enumerate(pred) if i not in used]
    return pairs, missed, extra


# ---------------------------------------------------------------------- areas


def score_citations(doc: str, gold: dict, pred: dict, T: dict) -> None:
    g_list = gold.get("citations", [])
    p_list = [c for c in pred.get("citations", []) or [] if isinstance(c, dict)]

    def keys(c: dict) -> set[str]:
        return {norm_key(k) for k in [c.get("key"), *c.get("alt_keys", [])] if k}

    pairs, missed, extra = match_sets(g_list, p_list, lambda g, p: norm_key(p.get("key")) in keys(g))
    required_pairs = [(g, p) for g, p in pairs if not g.get("optional")]
    t = T["citations"]
    t.add(len(required_pairs), len(extra), len(missed))
    t.misses += [f"{doc}: {g.get('key')}" for g in missed]
    t.extras += [f"{doc}: {p.get('key')}" for p in extra]

    a = T["citation_attrs"]
    for g, p in required_pairs:
        if g.get("date"):
            a.add(p.get("date") == g["date"], f"{doc}: {g['key']} date {p.get('date')} != {g['date']}")
        if g.get("issuer"):
            a.add(same_issuer(p.get("issuer"), g["issuer"]),
                  f"{doc}: {g['key']} issuer {p.get('issuer')!r} != {g['issuer']!r}")
        if g.get("doc_type"):
            a.add(norm_key(p.get("doc_type")) == norm_key(g["doc_type"]),
                  f"{doc}: {g['key']} doc_type {p.get('doc_type')} != {g['doc_type']}")

    gb = [g for g in g_list if g.get("relation") == "basis"]
    pb = [p for p in p_list if p.get("relation") == "basis"]
    pairs, missed, extra = match_sets(gb, pb, lambda g, p: norm_key(p.get("key")) in keys(g))
    b = T["citation_basis"]
    b.add(len(pairs), len(extra), len(missed))
    b.misses += [f"{doc}: {g.get('key')}" for g in missed]
    b.extras += [f"{doc}: {p.get('key')}" for p in extra]


def norm_issuer(s: str | None) -> str:
    s = norm_text(s)
    for pat, rep in _ABBREV:
        s = re.sub(pat, rep, s)
    s = re.sub(r"\bkhóa [ivxlc]+\b", "", s)  # "Bộ Chính trị khóa XII" is "Bộ Chính trị"
    return re.sub(r"\s+", " ", s).strip()


def same_issuer(pred: str | None, gold: str) -> bool:
    p, g = norm_issuer(pred), norm_issuer(gold)
    return bool(p) and (p == g or ratio(p, g) >= 85)


def _pairs(assignments: list[dict]) -> list[dict]:
    out = []
    for a in assignments:
        if not isinstance(a, dict):
            continue
        for ag in a.get("agencies") or []:
            out.append({"agency": ag, "assignment": a, "optional": a.get("optional", False)})
    return out


def score_assignments(doc: str, gold: dict, pred: dict, T: dict, AG: Agencies) -> None:
    g_pairs = _pairs(gold.get("assignments", []))
    p_pairs = _pairs(pred.get("assignments", []) or [])

    def same(g: dict, p: dict) -> bool:
        if not AG.same(g["agency"], p["agency"]):
            return False
        gt = norm_text(g["assignment"].get("text"))[:120]
        pt = norm_text(p["assignment"].get("text"))
        if not gt or not pt:
            return False
        short, long_ = (gt, pt) if len(gt) <= len(pt) else (pt, gt)
        return len(short) >= 0.5 * min(len(gt), 120) and partial(short, long_) >= 90

    pairs, missed, extra = match_sets(g_pairs, p_pairs, same)
    t = T["assignments"]
    t.add(len([1 for g, _ in pairs if not g.get("optional")]), len(extra), len(missed))
    t.misses += [f"{doc}: [{g['agency']}] {nfc(g['assignment'].get('text'))[:70]}" for g in missed]
    t.extras += [f"{doc}: [{p['agency']}] {nfc(p['assignment'].get('text'))[:70]}" for p in extra]

    a = T["assignment_attrs"]
    for g, p in pairs:
        ga, pa = g["assignment"], p["assignment"]
        label = f"{doc}: [{g['agency']}] {nfc(ga.get('text'))[:40]}"
        a.add(pa.get("role") == ga.get("role", "responsible"), f"{label} role {pa.get('role')} != {ga.get('role')}")
        a.add(bool(pa.get("requested")) == bool(ga.get("requested")), f"{label} requested")
        gp = [{"n": x} for x in ga.get("partners", [])]
        pp = [{"n": x} for x in pa.get("partners", []) or []]
        _, pm, pe = match_sets(gp, pp, lambda x, y: AG.same(x["n"], y["n"]))
        a.add(not pm and not pe, f"{label} partners {pa.get('partners')} != {ga.get('partners')}")


def _deadline_value(d: dict) -> str:
    if d.get("due"):
        return "due:" + str(d["due"])
    r = d.get("recurrence")
    if r:
        parts = sorted(p.strip().upper() for p in str(r).split(";") if p.strip() and p.strip().upper() != "INTERVAL=1")
        return "rrule:" + ";".join(parts)
    return "none"


def score_deadlines(doc: str, gold: dict, pred: dict, T: dict) -> None:
    g_list = gold.get("deadlines", [])
    p_list = [d for d in pred.get("deadlines", []) or [] if isinstance(d, dict)]
    pairs, missed, extra = match_sets(g_list, p_list, lambda g, p: _deadline_value(g) == _deadline_value(p))
    t = T["deadlines"]
    t.add(len([1 for g, _ in pairs if not g.get("optional")]), len(extra), len(missed))
    t.misses += [f"{doc}: {_deadline_value(g)} ({nfc(g.get('text'))[:50]})" for g in missed]
    t.extras += [f"{doc}: {_deadline_value(p)} ({nfc(p.get('text'))[:50]})" for p in extra]


def score_metadata(doc: str, gold: dict, pred: dict, T: dict) -> None:
    gm, pm = gold.get("metadata", {}), pred.get("metadata", {}) or {}
    a = T["metadata"]
    for field in ("doc_type", "number", "issued_date", "province", "signer"):
        if field not in gm:
            continue
        g, p = gm[field], pm.get(field)
        ok = (g is None and p in (None, "")) or (g is not None and norm_text(str(p)) == norm_text(str(g)))
        if field in ("number", "doc_type") and g is not None:
            ok = norm_key(p) == norm_key(g)
        a.add(ok, f"{doc}: {field} {p!r} != {g!r}")
    if gm.get("title"):
        a.add(ratio(norm_text(pm.get("title")), norm_text(gm["title"])) >= 90,
              f"{doc}: title {nfc(pm.get('title'))[:60]!r} != {nfc(gm['title'])[:60]!r}")
    if gm.get("issuer"):  # "Chủ tịch Ủy ban nhân dân tỉnh X" and "Ủy ban nhân dân tỉnh X" both name the issuer
        strip = lambda s: re.sub(r"^chủ tịch\s+", "", norm_issuer(s))
        a.add(bool(strip(pm.get("issuer"))) and ratio(strip(pm.get("issuer")), strip(gm["issuer"])) >= 90,
              f"{doc}: issuer {nfc(pm.get('issuer'))[:60]!r} != {nfc(gm['issuer'])[:60]!r}")


def score_sections(doc: str, gold: dict, pred: dict, T: dict) -> None:
    g_list = gold.get("sections", [])
    p_list = [s for s in pred.get("sections", []) or [] if isinstance(s, dict)]
    pairs, missed, extra = match_sets(g_list, p_list,
                                      lambda g, p: norm_key(g.get("label")) == norm_key(p.get("label")))
    t = T["sections"]
    ok_pairs = [(g, p) for g, p in pairs if set(g.get("kinds", [])) == set(p.get("kinds", []) or [])]
    bad = len(pairs) - len(ok_pairs)
    t.add(len(ok_pairs), len(extra) + bad, len(missed) + bad)
    t.misses += [f"{doc}: {g.get('label')} {g.get('kinds')}" for g in missed]
    t.misses += [f"{doc}: {g.get('label')} kinds {p.get('kinds')} != {g.get('kinds')}" for g, p in pairs if (g, p) not in ok_pairs]
    t.extras += [f"{doc}: {p.get('label')}" for p in extra]



SET_AREAS = ["citations", "citation_basis", "assignments", "deadlines", "sections"]
ACC_AREAS = ["citation_attrs", "assignment_attrs", "metadata"]
AREAS = SET_AREAS + ACC_AREAS


def new_tallies(set_areas=SET_AREAS, acc_areas=ACC_AREAS) -> dict:
    return {k: Tally() for k in set_areas} | {k: Accuracy() for k in acc_areas}


def merge(into: dict, other: dict, set_areas=SET_AREAS, acc_areas=ACC_AREAS) -> None:
    for k in set_areas:
        into[k].add(other[k].tp, other[k].fp, other[k].fn)
        into[k].misses += other[k].misses
        into[k].extras += other[k].extras
    for k in acc_areas:
        into[k].right += other[k].right
        into[k].total += other[k].total
        into[k].wrong += other[k].wrong


def read_prediction(pred_dir: Path, gpath: Path, missing: list[str]) -> dict:
    """PRED_DIR/<gold file name> as a dict: {} when it is absent (its stem added to `missing`) or not a JSON object."""
    ppath = Path(pred_dir) / gpath.name
    if not ppath.exists():
        missing.append(gpath.stem)
        return {}
    try:
        pred = json.loads(ppath.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        return {}
    return pred if isinstance(pred, dict) else {}


def figures_of(T: dict, digits: int | None = 4) -> dict[str, float]:
    """F1 of the set areas, accuracy of the attribute areas, rounded as score.py rounds its --json."""
    out = {k: T[k].prf()[2] for k in SET_AREAS} | {k: T[k].value() for k in ACC_AREAS}
    return {k: round(v, digits) for k, v in out.items()} if digits is not None else out


def score_document(doc: str, gold: dict, pred: dict, T: dict, AG: Agencies) -> None:
    score_citations(doc, gold, pred, T)
    score_assignments(doc, gold, pred, T, AG)
    score_deadlines(doc, gold, pred, T)
    score_metadata(doc, gold, pred, T)
    score_sections(doc, gold, pred, T)


@dataclass
class Report:
    """Tallies over every scored document, and each document's own."""

    total: dict = field(default_factory=new_tallies)
    docs: dict[str, dict] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    @property
    def figures(self) -> dict[str, float]:
        return figures_of(self.total)

    @property
    def exact_figures(self) -> dict[str, float]:
        """Unrounded (the printed tables format these to 3 decimals)."""
        return figures_of(self.total, None)

    def doc_figures(self) -> dict[str, dict[str, float]]:
        return {stem: figures_of(T) for stem, T in self.docs.items()}

    def add(self, other: "Report") -> None:
        merge(self.total, other.total)
        self.docs.update(other.docs)
        self.missing += other.missing

    def below(self, minimums: dict[str, float]) -> list[str]:
        got = self.figures
        return [f"{a} {got[a]:.3f} < {v:.3f}" for a, v in minimums.items() if got[a] < v]


def gold_files(gold_dir: Path, docs: list[str] | None = None) -> list[Path]:
    golds = sorted(p for p in Path(gold_dir).glob("*.json") if p.name != "agencies.json")
    return [p for p in golds if p.stem in set(docs)] if docs else golds


def load_agencies(gold_dir: Path, golds: list[Path]) -> Agencies:
    ag_file = Path(gold_dir) / "agencies.json"
    table = json.loads(ag_file.read_text(encoding="utf-8")) if ag_file.exists() else {}
    provinces = [json.loads(g.read_text(encoding="utf-8")).get("metadata", {}).get("province") or "" for g in golds]
    return Agencies(table, provinces)


def score_dirs(gold_dir: Path, pred_dir: Path, docs: list[str] | None = None) -> Report:
    """Score PRED_DIR/<stem>.json against every GOLD_DIR/<stem>.json (agencies.json beside the gold)."""
    golds = gold_files(gold_dir, docs)
    AG = load_agencies(gold_dir, golds)
    report = Report()
    for gpath in golds:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        pred = read_prediction(pred_dir, gpath, report.missing)
        T = new_tallies()
        score_document(gpath.stem[:12], gold, pred, T, AG)
        report.docs[gpath.stem] = T
        merge(report.total, T)
    return report


def parse_minimums(specs: list[str], areas: tuple[str, ...] | list[str] | None = None) -> dict[str, float]:
    """ "area=0.95" specs -> {area: 0.95}; an area not among AREAS (or the scorer's own `areas`) is an error."""
    areas = list(areas or AREAS)
    out = {}
    for spec in specs:
        area, _, value = spec.partition("=")
        if area not in areas:
            raise ValueError(f"unknown area {area!r} (areas: {', '.join(areas)})")
        out[area] = float(value)
    return out


def area_lines(report, set_areas, acc_areas, width: int = 18) -> list[str]:
    """The figures per area of a report's total (P/R/F1 for set areas, accuracy for the others), and the missing."""
    T = report.total
    lines = [f"{'area':{width}} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn or right/total"]
    for k in set_areas:
        p, r, f = T[k].prf()
        lines.append(f"{k:{width}} {p:6.3f} {r:6.3f} {f:6.3f}   {T[k].tp}/{T[k].fp}/{T[k].fn}")
    for k in acc_areas:
        lines.append(f"{k:{width}} {'':6} {'':6} {T[k].value():6.3f}   {T[k].right}/{T[k].total}")
    if report.missing:
        lines.append(f"no result for: {', '.join(report.missing)}")
    return lines


def format_table(report: Report, show: int = 0) -> str:
    """The figures per area (as score.py prints them), then one line per document."""
    T = report.total
    lines = area_lines(report, SET_AREAS, ACC_AREAS)
    short = {"citations": "cit", "citation_basis": "basis", "assignments": "asg", "deadlines": "dl",
             "sections": "sec", "citation_attrs": "c.att", "assignment_attrs": "a.att", "metadata": "meta"}
    lines += ["", f"{'document':44} " + " ".join(f"{short[a]:>6}" for a in AREAS)]
    for stem, figs in report.doc_figures().items():
        lines.append(f"{stem[:44]:44} " + " ".join(f"{figs[a]:6.3f}" for a in AREAS))
    if show:
        for k in SET_AREAS:
            for label, items in (("missed", T[k].misses), ("extra", T[k].extras)):
                lines += [f"  {k} {label}: {x}" for x in items[:show]]
                if len(items) > show:
                    lines.append(f"  {k} {label}: ... {len(items) - show} more")
        for k in ACC_AREAS:
            lines += [f"  {k} wrong: {x}" for x in T[k].wrong[:show]]
            if len(T[k].wrong) > show:
                lines.append(f"  {k} wrong: ... {len(T[k].wrong) - show} more")
    return "\n".join(lines)
