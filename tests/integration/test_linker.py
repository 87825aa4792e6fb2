"""Citation identity across documents: one node per real document, local documents scoped by province."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from corpus import graph as G
from corpus.linker import LAW_YEAR_SUFFIX, Linker, normalize_key
from extractor.vntext import squash
from corpus.registry import default_corpus_registry
from models.result import Citation
from models.tables import CitationRow, Node

CITING_36 = {"001_35c703fa5765a3e3.txt", "002_0d4e0b557920c15b.txt", "004_58f2b1c8268940d4.txt"}

# (written key, normalised key): typing and OCR variants of one number + symbol
KEY_VARIANTS = [
    ("36-CT/TW", "36/CT/TW"),
    ("36 - CT/TW", "36/CT/TW"),
    ("36–CT/TW", "36/CT/TW"),
    ("036-CT/TW", "36/CT/TW"),
    ("36-CT/TƯ", "36/CT/TW"),
    ("291/QĐ-TTg", "291/QD/TTG"),
    ("291/QD-TTg", "291/QD/TTG"),
    ("291/Qđ-TTG", "291/QD/TTG"),
    ("O1/KH-UBND", "1/KH/UBND"),
    ("163/2024/QH15", "163/2024/QH15"),
]


@pytest.mark.parametrize("written,key", KEY_VARIANTS)
def test_typing_and_ocr_variants_share_one_key(written, key):
    assert normalize_key(written) == key


@pytest.fixture(scope="module")
def linker(lexicon):
    return Linker(lexicon, default_corpus_registry())


# (key, issuer text, citing province, identity)
IDENTITIES = [
    ("36-CT/TW", "Bộ Chính trị", "Thái Bình", "36/CT/TW"),
    ("25/CT-TTg", "Thủ tướng Chính phủ", "Thái Bình", "25/CT/TTG"),
    ("245/KH-UBQG-BCA", None, "Thái Bình", "245/KH/UBQG/BCA"),
    ("3524/BCA-C04", "Bộ Công an", "Hưng Yên", "3524/BCA/C04"),
    ("163/2024/QH15", "Quốc hội", "Hưng Yên", "163/2024/QH15"),
    ("03/2010/NQLT", "Bộ Công an và Trung ương Đoàn TNCS Hồ Chí Minh", "Đắk Nông", "3/2010/NQLT"),
    ("12/KH-UBND", "Ủy ban nhân dân tỉnh", "Thái Bình", "12/KH/UBND@Thái Bình"),
    ("12/KH-UBND", "Ủy ban nhân dân tỉnh", "Đắk Nông", "12/KH/UBND@Đắk Nông"),
    ("924/QĐ-UBND", "UBND tỉnh Đắk Nông", "Hưng Yên", "924/QD/UBND@Đắk Nông"),       # the issuer names the province
    ("53/KH-UBND", "UBND tỉnh Thái Bình", "Hưng Yên", "53/KH/UBND@Thái Bình"),
    ("432/2023/NQ-HĐND", "Hội đồng nhân dân tỉnh", "Hưng Yên", "432/2023/NQ/HDND@Hưng Yên"),
    ("54-CTr/TU", "Ban Thường vụ Tỉnh ủy", "Kiên Giang", "54/CTR/TU@Kiên Giang"),
    ("327/KH-BCĐ", None, "Đắk Nông", "327/KH/BCD@Đắk Nông"),
    ("15/KH-SYT", None, "Thái Bình", "15/KH/SYT@Thái Bình"),                            # a sở's own code is local
]


@pytest.mark.parametrize("key,issuer,province,identity", IDENTITIES)
def test_central_documents_by_number_local_ones_with_their_province(linker, key, issuer, province, identity):
    c = Citation(key=key, issuer=issuer, relation="cites", mentions=[])
    assert linker.node_for(c, province, "0" * 64).identity == identity


def test_laws_by_name_ignore_the_year_until_two_years_are_given(fresh_db, extracted, linker):
    from corpus import nodes as N

    def ref(key, date=None):
        return linker.node_for(Citation(key=key, doc_type="Luật", date=date, relation="cites", mentions=[]), "Hưng Yên", "0" * 64)

    with fresh_db.writer() as s:
        a, b, c, d = N.resolve(s, [ref("Luật Phòng, chống ma túy"), ref("Luật Phòng, chống ma túy 2021"),
                                   ref("Luật phòng, chống ma tuý 2021"), ref("Luật Phòng, chống ma túy 2000")])
        s.commit()
    assert a == b == c and d != a


def test_36_ct_tw_is_one_node_cited_by_the_three_plans_that_cite_it(seeded):
    db, ids = seeded
    with db.session() as s:
        [node] = G.find_nodes(s, "36-CT/TW")
        citing = {d.document.source_name for d in G.citing_documents(s, "36-CT/TW")}
        assert citing == CITING_36
        assert s.scalar(select(Node.cited_by_count).where(Node.id == node)) == 3
        assert G.find_nodes(s, "36 - CT/TW") == G.find_nodes(s, "36-CT/TƯ") == [node]
        # what the citing texts say, by majority: two say "Bộ Chính trị", one "Bộ Chính trị khóa XII"
        n = s.get(Node, node)
        assert (n.key, n.doc_type, n.issuer, str(n.date)) == ("36-CT/TW", "CT", "Bộ Chính trị", "2019-08-16")


def test_variants_in_other_plans_land_on_the_same_node(seeded_plus):
    db, ids = seeded_plus
    with db.session() as s:
        [node] = G.find_nodes(s, "36-CT/TW")
        citing = {d.document.source_name for d in G.citing_documents(s, "36-CT/TW")}
        # "36 - CT/TW" (Hưng Yên) and "036-CT/TW" (Đắk Nông) are the same Chỉ thị
        assert citing == CITING_36 | {"hung_yen_2025_cites_thai_binh.txt", "dak_nong_2020_cites_12.txt"}
        keys = set(s.scalars(select(CitationRow.key).where(CitationRow.node_id == node)))
        assert {"036-CT/TW", "36-CT/TW"} <= keys      # the extractor writes "36 - CT/TW" without spaces
        # "291/QD-TTg" (OCR lost the Đ) is 291/QĐ-TTg
        assert {d.document.source_name for d in G.citing_documents(s, "291/QĐ-TTg")} == {
            "002_0d4e0b557920c15b.txt", "hung_yen_2025_cites_thai_binh.txt"}


def test_thai_binh_local_citations_are_not_merged_with_another_provinces(seeded, seeded_plus):
    db, _ = seeded
    with db.session() as s:
        locals_ = s.execute(select(Node.identity, Node.province).where(Node.scope == "local")).all()
        by_identity = dict(locals_)
        assert by_identity["12/KH/UBND@Thái Bình"] == "Thái Bình"
        assert by_identity["924/QD/UBND@Đắk Nông"] == "Đắk Nông"
        assert by_identity["2791/QD/UBND@Hưng Yên"] == "Hưng Yên"
        assert all(prov for _, prov in locals_)
    db, ids = seeded_plus
    with db.session() as s:
        twelve = G.find_nodes(s, "12/KH-UBND")
        assert len(twelve) == 3     # Thái Bình's (cited in 2017), Đắk Nông's (cited in 2020), Hưng Yên's (a stored plan)
        by_province = {s.get(Node, n).province: n for n in twelve}
        assert set(by_province) == {"Thái Bình", "Đắk Nông", "Hưng Yên"}
        tb = {d.document.source_name for d in G.citing_documents(s, "12/KH-UBND", node_province="Thái Bình")}
        dn = {d.document.source_name for d in G.citing_documents(s, "12/KH-UBND", node_province="Đắk Nông")}
        assert tb == {"000_2c1b652bb66f49e5.txt"} and dn == {"dak_nong_2020_cites_12.txt"}
        hy = s.get(Node, by_province["Hưng Yên"])
        assert hy.document_id == ids["hung_yen_2025_cites_thai_binh.txt"] and hy.cited_by_count == 0


def test_a_stored_plan_cited_by_another_is_that_node(seeded_plus):
    db, ids = seeded_plus
    with db.session() as s:
        [node] = G.find_nodes(s, "53/KH-UBND", province="Thái Bình")
        n = s.get(Node, node)
        assert n.document_id == ids["000_2c1b652bb66f49e5.txt"]
        assert [d.document.source_name for d in G.citing_documents(s, "000_2c1b652bb66f49e5.txt")] == [
            "hung_yen_2025_cites_thai_binh.txt"]
        # the node shows the stored plan's own metadata
        assert (n.key, str(n.date), n.issuer) == ("53/KH-UBND", "2017-09-14", "Ủy ban nhân dân tỉnh Thái Bình")


def test_order_does_not_matter_a_plan_stored_after_it_was_cited_takes_its_node(fresh_db, extracted):
    from tests.integration.conftest import ingest_names

    ids = ingest_names(fresh_db, extracted, ["hung_yen_2025_cites_thai_binh.txt", "000_2c1b652bb66f49e5.txt"])
    with fresh_db.session() as s:
        [node] = G.find_nodes(s, "53/KH-UBND@Thái Bình")
        n = s.get(Node, node)
        assert n.document_id == ids["000_2c1b652bb66f49e5.txt"] and n.cited_by_count == 1


def _same(key: str) -> str:
    return normalize_key(key) if key[:1].isdigit() else squash(LAW_YEAR_SUFFIX.sub("", key))


def test_every_plans_basis_citations_are_its_outgoing_basis_edges(seeded, extracted):
    db, ids = seeded
    with_basis = 0
    with db.session() as s:
        for name, doc_id in ids.items():
            _, result = extracted[name]
            with_basis += any(c.relation == "basis" for c in result.citations)
            g = G.cites(s, name, depth=1)
            [root] = g.roots
            assert g.node(root).document.id == doc_id
            for relation in ("basis", "cites"):
                edges = [e for e in g.edges if e.source == root and e.relation == relation]
                expected = [c for c in result.citations if c.relation == relation]
                assert len(edges) == len(expected), (name, relation)
                assert {_same(g.node(e.target).key) for e in edges} == {_same(c.key) for c in expected}, (name, relation)
                assert all(e.document.source_name == name for e in edges)
    assert with_basis == 4      # 001 rests on a work programme that has no number
