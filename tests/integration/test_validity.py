"""Validity in the corpus, on both databases: real chains (a decision that replaces a named decision, a decree that
abolishes one article of another, a plan replaced by a later plan) give the replaced document its status with the
right date; the status follows documents that arrive or go; obligations leave out or flag the tasks of plans that
rest on a replaced plan; graph edges carry the relation."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from corpus import graph as G
from corpus import store
from corpus import validity as V
from corpus.queries import ObligationQuery, count_obligations, obligations
from tests.integration.validity_chains import chain_results, ingest_chains

D = dt.date


@pytest.fixture(scope="session")
def chains(extractor):
    return chain_results(extractor)


@pytest.fixture
def chain_db(fresh_db, chains):
    return fresh_db, ingest_chains(fresh_db, chains)


def _one(s, key, province=None):
    [nid] = G.find_nodes(s, key, province)
    return nid


def test_a_replaced_decision_shows_replaced_from_the_date_the_replacement_takes_effect(chain_db):
    db, ids = chain_db
    with db.session() as s:
        nid = _one(s, "29/2020/QĐ-UBND", "Quảng Ninh")
        before = V.validities(s, [nid], D(2025, 11, 29))[nid]
        after = V.validities(s, [nid], D(2026, 1, 15))[nid]
    assert before.status == "in_force" and "sẽ bị thay thế bởi 96/2025/QĐ-UBND" in before.explanation
    assert after.status == "replaced" and after.since == D(2025, 11, 30)
    assert after.explanation == "Bị thay thế bởi 96/2025/QĐ-UBND ngày 19/11/2025, hiệu lực từ 30/11/2025"
    assert [d.id for d in after.changed_by] == [ids["adf53d885efc1c23.md"]]
    [event] = after.history
    assert event.relation == "replaces" and event.applied and event.document.source_name == "adf53d885efc1c23.md"
    assert "29/2020/QĐ-UBND" in event.text


def test_the_replacing_decision_has_its_own_dates_and_its_acts(chain_db):
    db, ids = chain_db
    with db.session() as s:
        early = V.of_document(s, ids["01bf9d04a5b9e2c8.md"], D(2025, 11, 25))
        later = V.of_document(s, ids["01bf9d04a5b9e2c8.md"], D(2026, 1, 1))
        old = V.validities(s, [_one(s, "15/2014/QĐ-UBND", "Lai Châu")], D(2026, 1, 1))
    assert early.status == "not_yet_in_force" and early.explanation == "Chưa có hiệu lực: hiệu lực từ 01/12/2025"
    assert later.status == "in_force" and later.effective_from == D(2025, 12, 1)
    assert ("replaces", "15/2014/QĐ-UBND") in [(a.relation, a.key) for a in later.acts]
    [v] = old.values()
    assert v.status == "replaced" and v.since == D(2025, 12, 1)


def test_abolishing_one_article_is_amended_partially_abolished(chain_db):
    db, _ = chain_db
    with db.session() as s:
        nid = _one(s, "92/2017/NĐ-CP")
        v = V.validities(s, [nid], D(2026, 1, 1))[nid]
    assert v.status == "amended" and v.partially_abolished and v.abolished_articles == ("Điều 5",)
    assert v.explanation.startswith("Bị bãi bỏ một phần bởi 303/2025/NĐ-CP") and "(Điều 5)" in v.explanation


def test_the_status_follows_documents_that_go_and_come_back(chain_db, chains):
    db, ids = chain_db
    with db.writer() as s:
        assert store.delete(s, ids["adf53d885efc1c23.md"])
    with db.session() as s:
        gone = G.find_nodes(s, "29/2020/QĐ-UBND", "Quảng Ninh")
    assert gone == []        # only the deleted decision named it
    src, result = chains["adf53d885efc1c23.md"]
    with db.writer() as s:
        store.ingest(s, result, src, source_name="adf53d885efc1c23.md")
    with db.session() as s:
        nid = _one(s, "29/2020/QĐ-UBND", "Quảng Ninh")
        assert V.validities(s, [nid], D(2026, 1, 1))[nid].status == "replaced"
    # extracted again without the relation: the status goes with it
    with db.writer() as s:
        store.ingest(s, result.model_copy(update={"relations": []}), src, source_name="adf53d885efc1c23.md", force=True)
    with db.session() as s:
        nid = _one(s, "29/2020/QĐ-UBND", "Quảng Ninh")
        assert V.validities(s, [nid], D(2026, 1, 1))[nid].status == "in_force"


def test_obligations_of_a_plan_whose_basis_was_replaced(chain_db):
    db, ids = chain_db
    base = dict(province="Đắk Nông", as_of=D(2022, 1, 1))
    with db.session() as s:
        every = obligations(s, ObligationQuery("Công an tỉnh", **base))
        only = obligations(s, ObligationQuery("Công an tỉnh", in_force="only", **base))
        flagged = obligations(s, ObligationQuery("Công an tỉnh", in_force="flag", **base))
        before = obligations(s, ObligationQuery("Công an tỉnh", in_force="only", province="Đắk Nông", as_of=D(2021, 3, 31)))
        n_only = count_obligations(s, ObligationQuery("Công an tỉnh", in_force="only", **base))
    docs = lambda page: sorted({o.document.source_name for o in page.items})  # noqa: E731
    assert docs(every) == ["dak_nong_2020_cites_12.txt", "dak_nong_2021_replaces_12.txt"]
    assert docs(only) == ["dak_nong_2021_replaces_12.txt"] and n_only == len(only.items)
    assert docs(before) == docs(every)       # before the new plan took effect, the old one stood
    marks = {o.document.source_name: (o.in_force, o.validity_note) for o in flagged.items}
    assert marks["dak_nong_2021_replaces_12.txt"] == (True, None)
    ok, note = marks["dak_nong_2020_cites_12.txt"]
    assert ok is False and note.startswith("Văn bản căn cứ 12/KH-UBND: bị thay thế bởi 45/KH-UBND ngày 10/03/2021")
    assert every.items[0].in_force is None      # "any" says nothing


def test_graph_edges_carry_the_relation_and_scope(chain_db):
    db, _ = chain_db
    with db.session() as s:
        g = G.cited_by(s, "92/2017/NĐ-CP")
        ml = G.to_graphml(g)
    typed = [e for e in g.edges if e.relation == "abolishes"]
    assert [(e.scope, e.effective_from) for e in typed] == [(("Điều 5",), D(2025, 11, 20))]
    assert not [e for e in g.edges if e.relation == "cites" and e.document == typed[0].document]
    assert "Điều 5" in ml


def test_the_result_keeps_relations_and_effective_dates(chain_db, chains):
    db, ids = chain_db
    with db.session() as s:
        back = store.get_result(s, ids["e8b69e31579c0186.md"])
    want = chains["e8b69e31579c0186.md"][1]
    assert back.relations == want.relations
    assert back.metadata.effective_from == "2025-11-20"


def test_the_cli_prints_the_status(fresh_url, chains):
    from corpus.db import Database
    from tests.integration.conftest import kehoach_cli

    db = Database.open(fresh_url)
    try:
        ingest_chains(db, chains)
    finally:
        db.close()
    text = kehoach_cli("graph", "29/2020/QĐ-UBND@Quảng Ninh", "--db", fresh_url, "--as-of", "2026-01-15")
    assert text.returncode == 0, text.stderr
    assert ("status on 2026-01-15: replaced — Bị thay thế: Bị thay thế bởi 96/2025/QĐ-UBND ngày 19/11/2025, "
            "hiệu lực từ 30/11/2025") in text.stdout
    assert "-replaces-> 29/2020/QĐ-UBND (bị thay thế)" in text.stdout
    js = json.loads(kehoach_cli("graph", "92/2017/NĐ-CP", "--db", fresh_url, "--as-of", "2026-01-01", "--json").stdout)
    root = str(js["roots"][0])
    assert js["validity"][root]["status"] == "amended" and js["validity"][root]["abolished_articles"] == ["Điều 5"]
    ob = kehoach_cli("obligations", "Công an tỉnh", "--db", fresh_url, "--province", "Đắk Nông", "--as-of", "2022-01-01")
    assert ob.returncode == 0, ob.stderr
    assert "! no longer in force: Văn bản căn cứ 12/KH-UBND: bị thay thế bởi 45/KH-UBND" in ob.stdout
    only = kehoach_cli("obligations", "Công an tỉnh", "--db", fresh_url, "--province", "Đắk Nông", "--as-of", "2022-01-01",
                       "--in-force", "only")
    assert "dak_nong_2020_cites_12.txt" not in only.stdout and "dak_nong_2021_replaces_12.txt" in only.stdout
