"""A networkx view of the graph for paths and pictures: the authority chain and a case's neighbourhood.

Nodes carry ``label`` and ``kind`` attributes; edges carry ``label`` (what the link means) and
``provision`` (the provision the link rests on, where there is one). The Streamlit UI draws these.
"""

from __future__ import annotations

from datetime import date

import networkx as nx

from kg.graph.queries import authority_chain, case_neighbourhood
from kg.graph.rdfstore import GraphStore
from kg.store import Store


def authority_graph(
    store: Store, violation: str, at: date | None = None, gs: GraphStore | None = None
) -> nx.DiGraph:
    """Institutions and what they do about a violation: norm -> stages -> institutions -> sanctions."""
    chain = authority_chain(store, violation, at=at, gs=gs)
    g = nx.DiGraph(violation=violation, at=at.isoformat() if at else None)
    for nid in chain.norms:
        g.add_node(nid, label=nid.split("/", 1)[-1], kind="norm")
    previous: list[str] = []
    for stage in dict.fromkeys(s.stage for s in chain.steps):
        here = [s for s in chain.steps if s.stage == stage]
        for s in here:
            g.add_node(s.institution, label=s.institution_name or s.institution, kind="institution")
            for n in s.norms:
                g.add_edge(n, s.institution, label=stage, provision=s.provision, stage=stage)
            for t in s.towards:
                g.add_node(t, label=g.nodes[t].get("label", t) if t in g else t, kind="institution")
                g.add_edge(s.institution, t, label=f"{stage} to", provision=s.provision, stage=stage)
            for sid in s.sanctions:
                g.add_node(sid, label=sid.split("/", 1)[-1], kind="sanction")
                g.add_edge(s.institution, sid, label=stage, provision=s.provision, stage=stage)
        # Consecutive stages handled by different bodies: the report moves on to the next one.
        for a in previous:
            for s in here:
                if a != s.institution and not g.has_edge(a, s.institution):
                    g.add_edge(a, s.institution, label=f"then {stage}", provision=s.provision, stage=stage)
        previous = list(dict.fromkeys(s.institution for s in here))
    return g


def case_graph(store: Store, case_id: str, gs: GraphStore | None = None) -> nx.DiGraph:
    """A case with its actors, norms at stake (and their provisions), institutions and articles."""
    c = case_neighbourhood(store, case_id, gs=gs)
    g = nx.DiGraph(case=c.case_id)
    g.add_node(c.case_id, label=c.title_en or c.case_id, kind="case", date=c.date, place=c.place)
    for a in c.actors:
        label = a["role_en"] or a["role_id"] or a["id"]
        if a.get("count"):
            label = f"{label} ×{a['count']}"
        g.add_node(a["id"], label=label, kind="actor")
        g.add_edge(c.case_id, a["id"], label="involves", provision=None)
    for n in c.norms:
        g.add_node(n["id"], label=n["act_en"] or n["id"], kind="norm")
        g.add_edge(c.case_id, n["id"], label="norm at stake", provision=None)
        for p in n["provisions"]:
            g.add_node(p, label=p, kind="provision")
            g.add_edge(n["id"], p, label="rests on", provision=p)
        for p in n["sanction_provisions"]:
            g.add_node(p, label=p, kind="provision")
            g.add_edge(n["id"], p, label="sanction in", provision=p)
    for i in c.institutions:
        g.add_node(i["id"], label=i["name"] or i["id"], kind="institution")
        g.add_edge(i["id"], c.case_id, label="involved in", provision=None)
    for a in c.articles:
        g.add_node(a["id"], label=a["title"] or a["id"], kind="article")
        g.add_edge(a["id"], c.case_id, label="describes", provision=None)
    return g
