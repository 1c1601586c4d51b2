"""The networkx views the UI draws: the authority chain and a case's neighbourhood."""

from __future__ import annotations

import networkx as nx
import pytest
from graph_fixtures import synthetic_store

from kg.graph.build import build_graph
from kg.graph.network import authority_graph, case_graph
from kg.store import UnknownIdError


@pytest.fixture(scope="module")
def store(tmp_path_factory):  # type: ignore[no-untyped-def]
    s = synthetic_store(tmp_path_factory.mktemp("netview"))
    build_graph(s, progress=False, shacl=False)
    return s


def test_authority_graph(store) -> None:  # type: ignore[no-untyped-def]
    g = authority_graph(store, "clerk lending office vans to a campaign rally")
    assert isinstance(g, nx.DiGraph)
    kinds = nx.get_node_attributes(g, "kind")
    assert kinds["inst:synthetic-watchdog"] == "institution" and kinds["inst:synthetic-ppk"] == "institution"
    assert kinds["norm:pp-905-2021/no-office-vans"] == "norm"
    assert kinds["sanction:pp-905-2021/berat/demotion"] == "sanction"
    assert all("label" in d for _, d in g.nodes(data=True))
    # A path from the norm, through the watchdog's recommendation, to the penalty, every edge cited.
    path = nx.shortest_path(g, "norm:pp-905-2021/no-office-vans", "sanction:pp-905-2021/berat/demotion")
    assert path[0].startswith("norm:") and "inst:synthetic-ppk" in path
    assert g.edges["inst:synthetic-watchdog", "inst:synthetic-ppk"]["provision"] == "uu-906-2017/pasal-31"
    assert all(d["provision"] for _, _, d in g.edges(data=True))


def test_case_graph(store) -> None:  # type: ignore[no-untyped-def]
    g = case_graph(store, "case:synthetic-van-case")
    kinds = nx.get_node_attributes(g, "kind")
    assert sorted(set(kinds.values())) == ["actor", "article", "case", "institution", "norm", "provision"]
    assert g.nodes["case:synthetic-van-case/actor-0"]["label"] == "clerk ×2"
    edge = g.edges["norm:pp-905-2021/no-office-vans", "pp-905-2021/pasal-14/huruf-i"]
    assert edge == {"label": "sanction in", "provision": "pp-905-2021/pasal-14/huruf-i"}
    assert g.has_edge("article:synthetic-study", "case:synthetic-van-case")
    with pytest.raises(UnknownIdError):
        case_graph(store, "case:nothing-like-it")
