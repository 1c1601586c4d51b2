"""A networkx view of the graph for paths and pictures: the authority chain and a case's neighbourhood.

Nodes carry ``label`` and ``kind`` attributes; edges carry ``label`` (what the link means) and
``provision`` (the provision the link rests on, where there is one). The Streamlit UI draws these.
"""

from __future__ import annotations

import re
from datetime import date

import networkx as nx

from kg.corpus import load_store_corpus
from kg.graph.queries import authority_chain, case_neighbourhood
from kg.graph.rdfstore import GraphStore
from kg.ids import format_citation
from kg.store import Store

STAGE_WORDS = {
    "receives_reports": "receives the report",
    "investigates": "examines",
    "recommends": "recommends",
    "forwards": "forwards the findings",
    "decides": "decides",
    "imposes": "imposes",
    "supervises": "supervises",
    "regulates": "regulates",
}
ROLE_ORDER = ("receives_reports", "investigates", "recommends", "forwards", "decides", "imposes")


def short_name(institution) -> str:
    """The one short name an institution goes by everywhere: its abbreviation, else its name unqualified."""
    if institution.abbreviation:
        return institution.abbreviation
    return re.sub(r"\s*\([^)]*\)\s*$", "", institution.name)


def authority_graph(
    store: Store, violation: str, at: date | None = None, gs: GraphStore | None = None
) -> nx.DiGraph:
    """Institutions and what they do about a violation: norm -> stages -> institutions -> sanctions.

    Each node has ``layer`` (0 the norm, 1.. the stages report → examine → recommend → decide → impose,
    last the sanctions) for a left-to-right drawing, ``label`` (one short name) and ``description`` (full
    name); each edge has the power as ``label`` and the provision granting it.
    """
    chain = authority_chain(store, violation, at=at, gs=gs)
    bundle = load_store_corpus(store)
    g = nx.DiGraph(violation=violation, at=at.isoformat() if at else None)

    def inst(iid: str, fallback: str) -> None:
        rec = bundle.institution(iid) if bundle is not None else None
        label = short_name(rec) if rec is not None else fallback
        g.add_node(
            iid, label=label, description=rec.name if rec is not None else fallback, kind="institution"
        )

    last = len(ROLE_ORDER) + 1
    for nid in chain.norms:
        norm = bundle.norm(nid) if bundle is not None else None
        g.add_node(nid, label=norm.act_en if norm else nid.split("/", 1)[-1], kind="norm", layer=0)
    # A body's column is the first stage it acts in (report → examine → recommend → decide → impose).
    layer: dict[str, int] = {}
    for s in chain.steps:
        stage = ROLE_ORDER.index(s.stage) + 1 if s.stage in ROLE_ORDER else 1
        layer[s.institution] = min(layer.get(s.institution, stage), stage)
        inst(s.institution, s.institution_name or s.institution)
        g.nodes[s.institution]["layer"] = layer[s.institution]
    for s in chain.steps:
        words = STAGE_WORDS.get(s.stage, s.stage.replace("_", " "))
        for t in s.towards:
            if t not in g:
                inst(t, t)
            if t not in layer:  # a body that only receives: one column after who sends to it
                layer[t] = max(layer.get(t, 0), layer[s.institution] + 1)
                g.nodes[t]["layer"] = layer[t]
            g.add_edge(s.institution, t, label=f"{words} to", provision=s.provision, stage=s.stage)
        for sid in s.sanctions:
            rec = bundle.sanction(sid) if bundle is not None else None
            label = rec.description_en if rec else sid.split("/", 1)[-1]
            level = getattr(rec, "level", None)
            g.add_node(sid, label=label, kind="sanction", level=level, description=level or "", layer=last)
            g.add_edge(s.institution, sid, label=words, provision=s.provision, stage=s.stage)
    # The steps that put each body in its column (its first stage).
    firsts = [s for s in chain.steps if ROLE_ORDER.index(s.stage) + 1 == layer[s.institution]]
    stages = sorted({layer[s.institution] for s in firsts})
    by_stage = {k: [s for s in firsts if layer[s.institution] == k] for k in stages}
    g.graph["columns"] = {0: "violation", last: "sanctions"}
    g.graph["columns"].update({k: STAGE_WORDS[ROLE_ORDER[k - 1]] for k in stages})
    for k in layer.values():
        g.graph["columns"].setdefault(k, "receives it")
    if stages:
        for nid in chain.norms:  # the violation is reported to the first stage's bodies
            for s in by_stage[stages[0]]:
                words = STAGE_WORDS.get(s.stage, s.stage)
                g.add_edge(nid, s.institution, label=words, provision=s.provision, stage=s.stage)
    # The procedure then moves on, stage by stage, forwards only (so lines do not turn back); these
    # edges are the order of the stages, drawn apart from the powers the law grants one body over another.
    for k, nxt in zip(stages, stages[1:], strict=False):
        for a in dict.fromkeys(s.institution for s in by_stage[k]):
            for s in by_stage[nxt]:
                if a != s.institution and not g.has_edge(a, s.institution):
                    words = STAGE_WORDS.get(s.stage, s.stage)
                    g.add_edge(
                        a,
                        s.institution,
                        label=f"next: {words}",
                        provision=s.provision,
                        stage=s.stage,
                        sequence=True,
                    )
    return g


def institutions_graph(store: Store) -> tuple[nx.DiGraph, list[str]]:
    """Every institution that acts towards another, layered by its first role; and those that act alone.

    Nodes have ``layer`` (1 + the index of their earliest role in report → … → impose; supervisors and
    regulators after) and ``role``; edges the power and the provision granting it.
    """
    bundle = load_store_corpus(store)
    g = nx.DiGraph()
    if bundle is None:
        return g, []
    for i in bundle.institutions:
        kinds = [p.kind for p in i.powers]
        order = [*ROLE_ORDER, "supervises", "regulates"]
        role = min(kinds, key=order.index) if kinds else "other"
        powers = "; ".join(
            f"{STAGE_WORDS.get(p.kind, p.kind)} ({format_citation(p.provision)})" for p in i.powers
        )
        g.add_node(
            i.id,
            label=short_name(i),
            kind="institution",
            role=STAGE_WORDS.get(role, role),
            layer=order.index(role) if role in order else len(order),
            description=f"{i.name}<br>{powers}" if powers else i.name,
        )
    for i in bundle.institutions:
        if i.parent and i.parent in g:
            g.add_edge(i.id, i.parent, label="part of")
        for p in i.powers:
            for t in p.towards:
                if t in g and t != i.id:
                    g.add_edge(i.id, t, label=STAGE_WORDS.get(p.kind, p.kind), provision=p.provision)
    alone = sorted((n for n in g if g.degree(n) == 0), key=lambda n: g.nodes[n]["label"])
    g.remove_nodes_from(alone)
    order = [*ROLE_ORDER, "supervises", "regulates"]
    g.graph["columns"] = {
        d["layer"]: STAGE_WORDS.get(order[d["layer"]], "other") for _, d in g.nodes(data=True)
    }
    return g, alone


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
            g.add_node(p, label=format_citation(p), kind="provision")
            g.add_edge(n["id"], p, label="rests on", provision=p)
        for p in n["sanction_provisions"]:
            g.add_node(p, label=format_citation(p), kind="provision")
            g.add_edge(n["id"], p, label="sanction in", provision=p)
    bundle = load_store_corpus(store)
    for i in c.institutions:
        rec = bundle.institution(i["id"]) if bundle is not None else None
        label = short_name(rec) if rec is not None else i["name"] or i["id"]
        g.add_node(i["id"], label=label, kind="institution", description=i["name"] or "")
        g.add_edge(i["id"], c.case_id, label="involved in", provision=None)
    for a in c.articles:
        g.add_node(a["id"], label=a["title"] or a["id"], kind="article")
        g.add_edge(a["id"], c.case_id, label="describes", provision=None)
    # Left to right: who and what was involved, the case, the norms at stake, the provisions.
    column = {"actor": 0, "institution": 0, "article": 0, "case": 1, "norm": 2, "provision": 3}
    for _, data in g.nodes(data=True):
        data["layer"] = column.get(data.get("kind"), 0)
    g.graph["columns"] = {0: "actors, institutions, sources", 1: "case", 2: "norms at stake", 3: "provisions"}
    distinct_labels(g)
    return g


def distinct_labels(g: nx.DiGraph) -> None:
    """No two nodes carry the same label: a repeated one gets its kind, then a number, added."""
    seen: dict[str, list] = {}
    for n, data in g.nodes(data=True):
        seen.setdefault(str(data.get("label") or n), []).append(n)
    for label, nodes in seen.items():
        for k, n in enumerate(nodes[1:], start=2):
            g.nodes[n]["label"] = f"{label} ({g.nodes[n].get('kind', 'node')} {k})"
