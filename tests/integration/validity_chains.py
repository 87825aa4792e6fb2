"""Real chains for the validity tests: documents of ../shared/corpus/portal that replace or abolish named documents,
and two Đắk Nông plans (a plan of 2021 that replaces Kế hoạch 12/KH-UBND, on which an earlier plan of 2020 rests).

`chain_results(extractor)` extracts them; where the extractor does not (yet) give a relation the text states, the
relation is added from the text itself (its phrase and span), so the storage, the derivation and the API are tested
on what the texts say whatever the state of the relation extractor.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT, SHARED

PORTAL = SHARED / "corpus" / "portal"
FIXTURES = ROOT / "tests" / "fixtures" / "validity"
INTEGRATION = ROOT / "tests" / "integration" / "fixtures"


@dataclass(frozen=True)
class Stated:
    """A relation a text states: (relation, target) from `phrase`, in effect from `effective_from`."""

    relation: str
    target: str
    phrase: str
    effective_from: str
    scope: tuple[str, ...] = ()


#: file -> (its own effective date, the relations it states); the texts say so in the phrases given.
CHAINS: dict[Path, tuple[str | None, tuple[Stated, ...]]] = {
    # 96/2025/QĐ-UBND (Quảng Ninh, 19/11/2025): "có hiệu lực thi hành kể từ ngày 30 tháng 11 năm 2025" and
    # "Quyết định này thay thế Quyết định số 29/2020/QĐ-UBND"
    PORTAL / "adf53d885efc1c23.md": ("2025-11-30", (
        Stated("replaces", "29/2020/QĐ-UBND", "Quyết định này thay thế Quyết định số 29/2020/QĐ-UBND", "2025-11-30"),)),
    # 87/2025/QĐ-UBND (Lai Châu, 19/11/2025): in force from 01/12/2025, replaces Quyết định số 15/2014/QĐ-UBND
    PORTAL / "01bf9d04a5b9e2c8.md": ("2025-12-01", (
        Stated("replaces", "15/2014/QĐ-UBND", "Quyết định này thay thế\nQuyết định số 15/2014/QĐ-UBND", "2025-12-01"),)),
    # 303/2025/NĐ-CP: in force from 20/11/2025, abolishes Điều 5 of Nghị định 92/2017/NĐ-CP
    PORTAL / "e8b69e31579c0186.md": ("2025-11-20", (
        Stated("abolishes", "92/2017/NĐ-CP", "Bãi bỏ Điều 5 Nghị định số 92/2017/NĐ-CP", "2025-11-20", ("Điều 5",)),)),
    FIXTURES / "dak_nong_2021_replaces_12.txt": ("2021-04-01", (
        Stated("replaces", "12/KH-UBND", "thay thế Kế hoạch số 12/KH-UBND", "2021-04-01"),)),
    INTEGRATION / "dak_nong_2020_cites_12.txt": (None, ()),
}


def with_stated(result, text: str, effective_from: str | None, stated: tuple[Stated, ...]):
    """`result` with the relations (and the effective date) the text states that the extractor did not give."""
    from corpus.linker import normalize_key
    from models.result import DocumentRelation, Span

    have = {(r.relation, normalize_key(r.target)) for r in result.relations}
    extra = []
    for s in stated:
        if (s.relation, normalize_key(s.target)) in have:
            continue
        at = text.index(s.phrase)
        extra.append(DocumentRelation(relation=s.relation, target=s.target, scope=list(s.scope), effective_from=s.effective_from,
                                      text=s.phrase, span=Span(start=at, end=at + len(s.phrase))))
    meta = result.metadata
    if effective_from and not meta.effective_from:
        meta = meta.model_copy(update={"effective_from": effective_from})
    return result.model_copy(update={"relations": [*result.relations, *extra], "metadata": meta})


def chain_results(extractor) -> dict[str, tuple]:
    """file name -> (SourceText, PlanResult with the relations its text states)."""
    from extractor.read import read_file

    out = {}
    for path, (effective_from, stated) in CHAINS.items():
        src = read_file(path)
        result = extractor.extract_source(src, source_name=path.name)
        out[path.name] = (src, with_stated(result, src.text, effective_from, stated))
    return out


def ingest_chains(db, results) -> dict[str, int]:
    from corpus import store

    ids = {}
    for name, (src, result) in results.items():
        with db.writer() as s:
            ids[name] = store.ingest(s, result, src, source_name=name).document_id
    return ids
