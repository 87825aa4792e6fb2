"""One test for the `examples:` and `not:` of every data file (extractor/data/*.yaml).

Each entry that carries examples is run through the same code the extractor uses for its file: a section heading
through `structure.section_kinds`, an agency spelling through the registry's `lookup`, a deadline phrase through
the deadline grammar, a table header through the task-table column matcher, and so on. A newcomer who adds an
entry with examples gets it checked here without writing a test.
"""
from __future__ import annotations

from importlib import resources

import pytest
import yaml

from extractor import patterns as P
from extractor.agencies import default_registry
from extractor.assignments import letter_voice, role_of
from extractor.deadlines import find_deadlines, phrase_lists
from extractor.lexicon import load_lexicon
from extractor.metadata import _NOT_A_NAME, _is_local, _is_person, _issuer_from_symbol
from extractor.structure import section_kinds
from extractor.task_tables import (column_kind, field_label, header_columns, organisation_marker,
                                   organisation_task_article, rights_title, scope_article)
from extractor.vntext import fold


def _data(name: str):
    with resources.files("extractor.data").joinpath(name).open("r", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _list(v) -> list:
    if v is None:
        return []
    return list(v) if isinstance(v, (list, tuple)) else [v]


# ------------------------------------------------------------------ one checker per file
# A checker yields (entry label, example, "examples"|"not", passed) for every example of its file.

def _section_kinds():
    lex = load_lexicon()
    for e in _data("section_kinds.yaml"):
        if e["kind"] == "none":   # words that name no kind: the examples get none, the `not:` headings some
            for ex in _list(e.get("examples")):
                yield e["kind"], ex, "examples", section_kinds(ex, lex) == ()
            for ex in _list(e.get("not")):
                yield e["kind"], ex, "not", section_kinds(ex, lex) != ()
            continue
        for ex in _list(e.get("examples")):
            yield e["kind"], ex, "examples", e["kind"] in section_kinds(ex, lex)
        for ex in _list(e.get("not")):
            yield e["kind"], ex, "not", e["kind"] not in section_kinds(ex, lex)


def _agencies():
    reg = default_registry()
    for e in _data("agencies.yaml"):
        for ex in _list(e.get("examples")):
            a = reg.lookup(ex)
            yield e["name"], ex, "examples", a is not None and a.name == e["name"]
        for ex in _list(e.get("not")):
            a = reg.lookup(ex)
            yield e["name"], ex, "not", a is None or a.name != e["name"]


def _agency_heads():
    reg = default_registry()
    checks = _data("agency_heads.yaml").get("checks") or {}
    head = lambda s: reg.starts_with_head(fold(s), 0)          # noqa: E731
    vague = lambda s: reg.vague_tail(fold(s), 0) is not None    # noqa: E731
    for name, is_it in (("heads", head), ("not_heads", lambda s: not head(s)), ("vague_nouns", vague)):
        c = checks.get(name) or {}
        for ex in _list(c.get("examples")):
            yield name, ex, "examples", is_it(ex)
        for ex in _list(c.get("not")):
            yield name, ex, "not", not is_it(ex)
    c = checks.get("addressee_refs") or {}
    for ex in _list(c.get("examples")):
        yield "addressee_refs", ex, "examples", reg.addressee_ref(fold(ex), 0) is not None
    for ex in _list(c.get("not")):
        yield "addressee_refs", ex, "not", reg.addressee_ref(fold(ex), 0) is None
    c = checks.get("commune_units") or {}
    for ex, body in (c.get("examples") or {}).items():
        a = reg.lookup(ex)
        yield "commune_units", f"{ex} -> {body}", "examples", a is not None and a.name == body
    for ex in _list(c.get("not")):
        a = reg.lookup(ex)
        yield "commune_units", ex, "not", a is None or a.level != "commune" or "cấp xã" not in a.name
    c = checks.get("titles") or {}
    for ex, body in (c.get("examples") or {}).items():
        a = reg.lookup(ex)
        yield "titles", f"{ex} -> {body}", "examples", a is not None and a.name == body
    for ex in _list(c.get("not")):
        yield "titles", ex, "not", reg.lookup(ex) is None
    c = checks.get("holders") or {}
    for ex, body in (c.get("examples") or {}).items():
        h = reg.article_holder(ex)
        yield "holders", f"{ex} -> {body}", "examples", h is not None and (h[0].name if h[0] else h[1]) == body
    for ex in _list(c.get("not")):
        yield "holders", ex, "not", reg.article_holder(ex) is None


def _task_verbs():
    reg = default_registry()
    data = _data("task_verbs.yaml")
    verb = lambda s: reg.verb_at_or_after(s, fold(s), 0, len(s)) is not None   # noqa: E731
    for ex in _list(data.get("examples")):
        yield "verbs", ex, "examples", verb(ex)
    for ex in _list(data.get("not")):
        yield "verbs", ex, "not", not verb(ex)
    adverbs = data["leading_adverbs"]
    for ex in _list(adverbs.get("examples")):
        yield "leading_adverbs", ex, "examples", role_of(ex) != "responsible"
    for ex in _list(adverbs.get("not")):
        yield "leading_adverbs", ex, "not", role_of(ex) == "responsible"


def _doc_types():
    by_word = load_lexicon().doc_type_by_word()
    for e in _data("doc_types.yaml"):
        for ex in _list(e.get("examples")):
            t = by_word.get(fold(ex))
            yield e["word"], ex, "examples", t is not None and t.word == e["word"] and t.code == (
                str(e["code"]) if e.get("code") else None)
        for ex in _list(e.get("not")):
            t = by_word.get(fold(ex))
            yield e["word"], ex, "not", t is None or t.word != e["word"]


def _issuers():
    lex = load_lexicon()
    for e in _data("issuers.yaml"):
        for ex in _list(e.get("examples")):
            yield e["name"], ex, "examples", _issuer_from_symbol(ex, lex) == e["name"]
        for ex in _list(e.get("not")):
            yield e["name"], ex, "not", _issuer_from_symbol(ex, lex) != e["name"]


#: Lists whose phrases take a deadline away (their `examples` give none, their `not` give one).
_NO_DEADLINE_LISTS = {"validity_leads"}


def _deadline_phrases():
    for name, e in phrase_lists().items():
        if not isinstance(e, dict):
            continue
        found = (lambda ex: not find_deadlines(ex, issued="2025-01-01")) if name in _NO_DEADLINE_LISTS \
            else (lambda ex: bool(find_deadlines(ex, issued="2025-01-01")))
        for ex in _list(e.get("examples")):
            yield name, ex, "examples", found(ex)
        for ex in _list(e.get("not")):
            yield name, ex, "not", not found(ex)


def _task_tables():
    data = _data("task_tables.yaml")
    for c in data["columns"]:
        for ex in _list(c.get("examples")):
            yield f"columns/{c['kind']}", ex, "examples", column_kind(ex) == c["kind"]
        for ex in _list(c.get("not")):
            yield f"columns/{c['kind']}", ex, "not", column_kind(ex) != c["kind"]
    # a header row with a task and a lead column, plus the phrase: no longer a task table
    nt = data["not_task_table"]
    for ex in _list(nt.get("examples")):
        yield "not_task_table", ex, "examples", header_columns(["STT", "Nhiệm vụ", "Cơ quan chủ trì", ex]) is None
    for ex in _list(nt.get("not")):
        yield "not_task_table", ex, "not", header_columns(["STT", "Nhiệm vụ", "Cơ quan chủ trì", ex]) is not None
    na = data["not_task_articles"]
    for ex in _list(na.get("examples")):
        yield "not_task_articles", ex, "examples", scope_article(ex)
    for ex in _list(na.get("not")):
        yield "not_task_articles", ex, "not", not scope_article(ex)
    for key, match in (("organisation_marker_articles", organisation_marker),
                       ("organisation_task_articles", organisation_task_article), ("rights_titles", rights_title)):
        for ex in _list(data[key].get("examples")):
            yield key, ex, "examples", match(ex)
        for ex in _list(data[key].get("not")):
            yield key, ex, "not", not match(ex)
    for f in data["fields"]:
        for ex in _list(f.get("examples")):
            yield f"fields/{f['kind']}", ex, "examples", _field_kind(ex) == f["kind"]
        for ex in _list(f.get("not")):
            yield f"fields/{f['kind']}", ex, "not", _field_kind(ex) != f["kind"]


def _field_kind(item: str) -> str | None:
    """The kind of the field label that opens an item, after its mark ("- ", "+ ", "a) ")."""
    rest = item.split(" ", 1)[1] if item[:1] in "-+" or item[1:3] == ") " else item
    hit = field_label(rest, fold(rest), 0, len(rest))
    return hit[0] if hit else None


def _relation_phrases():
    from extractor.relations import _grammar, parse_scope, read_sentence, relation_phrases

    data = relation_phrases()
    kinds = lambda ex: {r.relation for r in read_sentence(ex)[0]}    # noqa: E731
    effect = lambda ex: read_sentence(ex, issued="2025-11-19")[1]      # noqa: E731
    for v in data["verbs"]:
        for ex in _list(v.get("examples")):
            yield f"verbs/{v['relation']}", ex, "examples", v["relation"] in kinds(ex)
        for ex in _list(v.get("not")):
            yield f"verbs/{v['relation']}", ex, "not", v["relation"] not in kinds(ex)
    for name in ("reported_before", "object_not", "weak_verbs"):   # examples: no relation of this document; not: one
        for ex in _list(data[name].get("examples")):
            yield name, ex, "examples", not kinds(ex)
        for ex in _list(data[name].get("not")):
            yield name, ex, "not", bool(kinds(ex))
    for ex in _list(data["ends_force"].get("examples")):
        yield "ends_force", ex, "examples", "abolishes" in kinds(ex)
    for ex in _list(data["ends_force"].get("not")):
        yield "ends_force", ex, "not", "abolishes" not in kinds(ex)
    checks = {"effect_leads": lambda e: e is not None and e.effective_from is not None,
              "on_issue": lambda e: e is not None and e.effective_from == "2025-11-19",
              "until_leads": lambda e: e is not None and e.effective_until is not None,
              "period_leads": lambda e: e is not None and e.effective_until is not None}
    for name, ok in checks.items():
        for ex in _list(data[name].get("examples")):
            yield name, ex, "examples", ok(effect(ex))
        for ex in _list(data[name].get("not")):
            yield name, ex, "not", not ok(effect(ex))
    g = _grammar(load_lexicon())
    su = data["scope_units"]
    for ex, units in (su.get("examples") or {}).items():
        f = fold(ex)
        yield "scope_units", f"{ex} -> {units}", "examples", parse_scope(g, f, 0, len(f)) == units
    for ex in _list(su.get("not")):
        f = fold(ex)
        yield "scope_units", ex, "not", parse_scope(g, f, 0, len(f)) == []


def _letter_phrases():
    voice = letter_voice()
    for name, e in _data("letter_phrases.yaml").items():
        rx = getattr(voice, name)
        for ex in _list(e.get("examples")):
            yield name, ex, "examples", rx.match(ex) is not None
        for ex in _list(e.get("not")):
            yield name, ex, "not", rx.match(ex) is None


def _signature_words():
    # positions: a capitals line that opens with one; not_names: a capitals line that holds one anywhere
    finds = {"positions": P.POSITION_WORDS.match, "not_names": _NOT_A_NAME.search}
    for name, e in _data("signature_words.yaml").items():
        for ex in _list(e.get("examples")):
            yield name, ex, "examples", finds[name](ex) is not None
        for ex in _list(e.get("not")):
            yield name, ex, "not", finds[name](ex) is None


def _subject_phrases():
    # group_topics: `examples` are topic headings ("Các nhiệm vụ trọng tâm"), `not` name a kind of body
    checks = {"clause_openers": lambda ex: P.SUBJECT_PREFIX_OPENER.match(ex) is not None,
              "time_openers": lambda ex: P.TIME_OPENER.match(ex) is not None,
              "group_topics": lambda ex: P.GROUP_HEADING.match(ex) is None}
    for name, e in _data("subject_phrases.yaml").items():
        for ex in _list(e.get("examples")):
            yield name, ex, "examples", checks[name](ex)
        for ex in _list(e.get("not")):
            yield name, ex, "not", not checks[name](ex)


def _closing_phrases():
    closes = lambda ex: P.CLOSING_FORMULA.match(ex) is not None    # noqa: E731
    for name, e in _data("closing_phrases.yaml").items():
        for ex in _list(e.get("examples")):
            yield name, ex, "examples", closes(ex)
        for ex in _list(e.get("not")):
            yield name, ex, "not", not closes(ex)


def _line_wraps():
    finds = {"continues": P.LINE_CONTINUES.search, "title_connectors": P.TITLE_CONNECTOR.search,
             "own_documents": P.OWN_DOCUMENT_LINE.match, "object_verbs": P.OBJECT_VERB_END.search}
    for name, e in _data("line_wraps.yaml").items():
        for ex in _list(e.get("examples")):
            yield name, ex, "examples", finds[name](ex) is not None
        for ex in _list(e.get("not")):
            yield name, ex, "not", finds[name](ex) is None


def _citation_phrases():
    data = _data("citation_phrases.yaml")
    for name, rx in (("issuer_stops", P.ISSUER_STOP), ("described_issuer_stops", P.DESCRIBED_ISSUER_STOP)):
        # examples: the name read up to where it stops; not: names read whole
        for ex, name_read in (data[name].get("examples") or {}).items():
            yield name, f"{ex} -> {name_read}", "examples", ex[:rx.search(ex).start()] == name_read
        for ex in _list(data[name].get("not")):
            yield name, ex, "not", rx.search(ex).start() == len(ex)
    finds = {"law_name_ends": P.LAW_NAME_END.match, "law_name_numbered": P.LAW_NAME_END.match,
             "not_law_before": P.NOT_A_LAW_BEFORE.search}
    for name, find in finds.items():
        for ex in _list(data[name].get("examples")):
            yield name, ex, "examples", find(ex) is not None
        for ex in _list(data[name].get("not")):
            yield name, ex, "not", find(ex) is None


def _header_words():
    finds = {"place_words": lambda ex: P.HEADER_PLACE_WORD.match(fold(ex)) is not None, "local_words": _is_local}
    for name, e in _data("header_words.yaml").items():
        for ex in _list(e.get("examples")):
            yield name, ex, "examples", finds[name](ex)
        for ex in _list(e.get("not")):
            yield name, ex, "not", not finds[name](ex)


def _surnames():
    data = _data("surnames.yaml")
    for ex in _list(data.get("examples")):
        yield "surnames", ex, "examples", _is_person(ex)
    for ex in _list(data.get("not")):
        yield "surnames", ex, "not", not _is_person(ex)


CHECKERS = {
    "section_kinds.yaml": _section_kinds,
    "agencies.yaml": _agencies,
    "agency_heads.yaml": _agency_heads,
    "task_verbs.yaml": _task_verbs,
    "doc_types.yaml": _doc_types,
    "issuers.yaml": _issuers,
    "deadline_phrases.yaml": _deadline_phrases,
    "task_tables.yaml": _task_tables,
    "surnames.yaml": _surnames,
    "signature_words.yaml": _signature_words,
    "subject_phrases.yaml": _subject_phrases,
    "closing_phrases.yaml": _closing_phrases,
    "line_wraps.yaml": _line_wraps,
    "citation_phrases.yaml": _citation_phrases,
    "header_words.yaml": _header_words,
    "letter_phrases.yaml": _letter_phrases,
    "relation_phrases.yaml": _relation_phrases,
}


def _has_examples(node) -> bool:
    if isinstance(node, dict):
        return "examples" in node or "not" in node or any(_has_examples(v) for v in node.values())
    if isinstance(node, list):
        return any(_has_examples(v) for v in node)
    return False


@pytest.mark.parametrize("name", sorted(CHECKERS))
def test_data_file_examples(name):
    results = list(CHECKERS[name]())
    assert results, f"{name}: no examples found"
    failed = [f"{name}: entry {entry!r}: {which} {ex!r} " + ("is not read as the entry says" if which == "examples"
                                                              else "is wrongly read as this entry")
              for entry, ex, which, ok in results if not ok]
    assert not failed, "\n".join(failed)


def test_every_data_file_with_examples_has_a_checker():
    """A new data file that carries examples needs its checker above, or its examples would go unchecked."""
    names = sorted(p.name for p in resources.files("extractor.data").iterdir() if p.name.endswith(".yaml"))
    unchecked = [n for n in names if n not in CHECKERS and _has_examples(_data(n))]
    assert not unchecked, f"data files with examples but no checker in {__file__}: {unchecked}"
