"""Validity through the API, on a real database file holding real chains: GET /citations/{key} and
GET /documents/{id} give status and history on `as_of`; obligations take in_force=any|only|flag; graph edges carry
the relation and its scope."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import HEADERS, KEY
from tests.integration.validity_chains import chain_results, ingest_chains


@pytest.fixture(scope="module")
def chain_api(tmp_path_factory, extractor):
    from api.app import create_app
    from api.settings import Settings
    from corpus.db import Database

    path = tmp_path_factory.mktemp("validity-api") / "kehoach.db"
    db = Database.open(f"sqlite:///{path}")
    ids = ingest_chains(db, chain_results(extractor))
    db.close()
    app = create_app(Settings(db_url=f"sqlite:///{path}", api_key=KEY, workers=1))
    with TestClient(app, headers=HEADERS) as c:
        yield c, ids


def test_a_replaced_decision_by_key(chain_api):
    client, ids = chain_api
    r = client.get("/citations/29/2020/QĐ-UBND", params={"province": "Quảng Ninh", "as_of": "2026-01-15"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "replaced" and body["since"] == "2025-11-30"
    assert body["explanation"] == "Bị thay thế bởi 96/2025/QĐ-UBND ngày 19/11/2025, hiệu lực từ 30/11/2025"
    assert [d["id"] for d in body["changed_by"]] == [ids["adf53d885efc1c23.md"]]
    [event] = body["history"]
    assert event["relation"] == "replaces" and event["applied"] and event["document"]["number"] == "96/2025/QĐ-UBND"
    assert body["nodes"][0]["validity"]["status"] == "replaced"
    # before the replacement took effect
    early = client.get("/citations/29/2020/QĐ-UBND", params={"province": "Quảng Ninh", "as_of": "2025-11-29"}).json()
    assert early["status"] == "in_force" and early["history"][0]["applied"] is False


def test_a_document_with_its_dates_and_what_it_replaced(chain_api):
    client, ids = chain_api
    doc = ids["adf53d885efc1c23.md"]
    before = client.get(f"/documents/{doc}", params={"as_of": "2025-11-20"}).json()
    assert before["status"] == "not_yet_in_force" and before["effective_from"] == "2025-11-30"
    body = client.get(f"/documents/{doc}", params={"as_of": "2026-01-01"}).json()
    assert body["status"] == "in_force"
    assert [(a["relation"], a["key"]) for a in body["acts"]] == [("replaces", "29/2020/QĐ-UBND")]
    assert body["relations"][0]["relation"] == "replaces" and body["metadata"]["effective_from"] == "2025-11-30"
    assert client.get(f"/documents/{doc}", params={"as_of": "2026-13-01"}).status_code == 422
    default = client.get(f"/documents/{doc}").json()       # today
    assert default["status"] in ("in_force", "not_yet_in_force") and default["as_of"]


def test_partial_abolition(chain_api):
    client, _ = chain_api
    body = client.get("/citations/92/2017/NĐ-CP", params={"as_of": "2026-01-01"}).json()
    assert body["status"] == "amended" and body["partially_abolished"] and body["abolished_articles"] == ["Điều 5"]


def test_obligations_in_force(chain_api):
    client, _ = chain_api
    url = "/agencies/Công an tỉnh/obligations"
    base = {"province": "Đắk Nông", "as_of": "2022-01-01"}
    every = client.get(url, params=base).json()
    only = client.get(url, params={**base, "in_force": "only"}).json()
    flagged = client.get(url, params={**base, "in_force": "flag"}).json()
    names = lambda b: sorted({o["document"]["source_name"] for o in b["data"]})  # noqa: E731
    assert names(every) == ["dak_nong_2020_cites_12.txt", "dak_nong_2021_replaces_12.txt"]
    assert names(only) == ["dak_nong_2021_replaces_12.txt"] and only["count"] == len(only["data"])
    old = [o for o in flagged["data"] if o["document"]["source_name"] == "dak_nong_2020_cites_12.txt"]
    assert old and all(o["in_force"] is False and "12/KH-UBND" in o["validity_note"] for o in old)
    assert all(o["in_force"] is None for o in every["data"])
    assert client.get(url, params={**base, "in_force": "maybe"}).status_code == 422


def test_graph_edges_carry_the_relation_and_scope(chain_api):
    client, _ = chain_api
    g = client.get("/graph", params={"key": "92/2017/NĐ-CP", "depth": 1}).json()
    [edge] = [e for e in g["edges"] if e["relation"] == "abolishes"]
    assert edge["scope"] == ["Điều 5"] and edge["effective_from"] == "2025-11-20"
