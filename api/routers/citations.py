"""/citations and /graph: a cited document, what cites it, what it cites; the graph around a key or document."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response
from sqlalchemy.orm import Session

from corpus import graph as G
from corpus import store
from corpus import validity as V

from ..answers import in_session, kept_json
from ..deps import IsoDate, Offset, ReadKey, SessionDep, Year
from ..problems import Problem
from ..schemas import CitationOut, CitingOut, CitingPageOut, GraphOut, NodeOut, Page, ValidityFields, ValidityOut

router = APIRouter(tags=["citations"])
#: /graph with neither key nor document: the graph around this many of the most cited documents.
OVERVIEW_ROOTS = 10


@router.get("/citations/top", response_model=Page[NodeOut], dependencies=[ReadKey])
def top(session: SessionDep, limit: Annotated[int, Query(ge=1, le=200)] = 10, offset: Offset = 0, scope: str | None = None):
    """The most cited documents of the corpus, most cited first; `{data, count}` (count: every cited document)."""
    return {"data": [NodeOut.model_validate(n) for n in G.most_cited(session, limit, scope=scope, offset=offset)],
            "count": G.count_cited(session, scope=scope)}


@router.get("/citations/{key:path}", response_model=CitationOut, dependencies=[ReadKey])
def citation(key: Annotated[str, Path(description="number and symbol, or a law's name",
                                      examples=["36-CT/TW", "245/KH-UBQG-BCA", "Luật Phòng, chống ma túy"])],
             session: SessionDep, province: Annotated[str | None, Query(examples=["Thái Bình"])] = None,
             citing_province: Annotated[str | None, Query(description="only plans of this province cite")] = None,
             merged: bool = False, date_from: IsoDate | None = None, date_to: IsoDate | None = None,
             limit: Annotated[int, Query(ge=1, le=500, description="citing documents per page")] = 100, offset: Offset = 0,
             as_of: Annotated[IsoDate | None, Query(description="the date of the status (YYYY-MM-DD; default today)")] = None):
    """A cited document by key: "36-CT/TW", "245/KH-UBQG-BCA", "12/KH-UBND@Thái Bình", "Luật Phòng, chống ma túy".

    With its validity on `as_of` (`status`, `explanation`, `history`, the amendment chain in `acts`): the top-level
    fields are the first node's, and each node carries its own `validity`."""
    ids = G.find_nodes(session, key, province)
    if not ids:
        raise Problem(404, "Not found", f"no document with the key {key!r} in the corpus", key=key)
    cites = G.neighbourhood(session, ids, depth=1, direction="cites")
    citing, total = G.citing_page(session, key, province=citing_province, merged=merged, date_from=date_from,
                                  date_to=date_to, node_province=province, limit=limit, offset=offset)
    nodes = [n for n in cites.nodes if n.id in ids]
    found = V.validities(session, ids, as_of)
    outs = [NodeOut.model_validate(n).model_copy(update={"validity": ValidityOut.model_validate(found[n.id])}) for n in nodes]
    first = found[nodes[0].id] if nodes else V.derive(V.Facts(0, key), [], as_of or V.today())
    return CitationOut(**dict(ValidityFields.model_validate(first)), nodes=outs,
                       cited_by=[CitingOut.model_validate(c) for c in citing], cited_by_total=total,
                       cites=GraphOut.model_validate(cites))


@router.get("/graph", response_model=GraphOut, dependencies=[ReadKey],
            responses={200: {"content": {"application/graphml+xml": {}}, "description": "JSON, or GraphML with format=graphml"}})
async def graph(request: Request, key: Annotated[str | None, Query(examples=["36-CT/TW"])] = None,
                document: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
                depth: Annotated[int, Query(ge=1, le=6)] = 2, direction: Literal["cites", "cited_by", "both"] = "both",
                province: str | None = None, format: Literal["json", "graphml"] = "json",
                hub_page: Annotated[int, Query(ge=1, le=200, description="citing documents (and relations) shown of a hub; "
                                                                       "a node cited by more is a hub")] = G.HUB_PAGE):
    """The citation graph around a key or a stored document; with neither, around the most cited documents
    of the corpus (the first `OVERVIEW_ROOTS` of `/citations/top`). 404 when the key or document is not in the corpus.

    A node cited by many stored documents (36-CT/TW: thousands of plans) is a hub: the graph holds its newest
    `hub_page` citing documents and its `hub_page` most supported relations, and `hubs` counts all of them by
    relation, province and year; `GET /graph/nodes/{node}/citing` pages through the rest."""
    def compute(session: Session) -> G.Graph:
        return graph_of(session, key, document, depth, direction, province, hub_page)

    if format == "graphml":
        return Response(await in_session(request, lambda s: G.to_graphml(compute(s))), media_type="application/graphml+xml")
    return await kept_json(request, ("graph", key, document, depth, direction, province, hub_page),
                           lambda s: GraphOut.model_validate(compute(s)).json_bytes())


def graph_of(session: Session, key: str | None, document: int | None, depth: int, direction: G.Direction,
           province: str | None, hub_page: int) -> G.Graph:
    """The graph of GET /graph, or a 404 problem."""
    if not key and document is None:
        ids = [n.id for n in G.most_cited(session, OVERVIEW_ROOTS)]
        return G.neighbourhood(session, ids, depth=depth, direction=direction, hub_page=hub_page)
    if key:
        ids = G.find_nodes(session, key, province)
    else:
        info = store.get(session, document, counts=False)
        if info is not None and info.version_of is not None:   # another version: the graph of the document's current one
            info = store.get(session, info.version_of, counts=False)
        ids = G.find_nodes(session, info.source_name) if info and info.source_name else []
    if not ids:
        raise Problem(404, "Not found", f"nothing in the corpus for {key or document!r}", key=key, document_id=document)
    return G.neighbourhood(session, ids, depth=depth, direction=direction, hub_page=hub_page)


@router.get("/graph/nodes/{node_id}/citing", response_model=CitingPageOut, dependencies=[ReadKey])
def citing(node_id: Annotated[int, Path(ge=1, le=2**63 - 1, description="a node id (`nodes[].id` of /graph)")],
           session: SessionDep, offset: Offset = 0, limit: Annotated[int, Query(ge=1, le=500)] = G.HUB_PAGE,
           relation: Annotated[str | None, Query(examples=["basis", "cites"])] = None,
           province: Annotated[str | None, Query(examples=["Thái Bình"])] = None, year: Year = None):
    """The stored documents citing a node, newest first, a page at a time (a hub's `next_offset` says where the
    graph stopped); filters narrow to one relation, province or year of issue (the counts of `hubs`)."""
    page = G.node_citing_page(session, node_id, offset=offset, limit=limit, relation=relation, province=province, year=year)
    if page is None:
        raise Problem(404, "Not found", f"no node {node_id} in the corpus")
    return CitingPageOut(node=page.node, data=[CitingOut.model_validate(c) for c in page.items], count=page.total,
                         offset=page.offset, next_offset=page.next_offset)
