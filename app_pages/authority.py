"""Authority: institutions and their powers as a graph; for a violation, the chain from the report
to the official who imposes the sanction, each step citing its provision."""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from app_pages import graphview, routes, state
from kg.api import format_citation

DEFAULT_VIOLATION = "norm:pp-94-2021/larangan-kampanye-fasilitas-negara"


def violations(bundle: Any) -> dict[str, str]:
    """Norm id -> a readable label, for the prohibitions and obligations someone enforces."""
    if bundle is None:
        return {}
    out = {}
    for n in bundle.norms:
        if n.kind in ("prohibition", "obligation") and n.enforced_by:
            out[n.id] = f"{n.act_en} — {format_citation(n.provisions[0])}"
    return dict(sorted(out.items(), key=lambda kv: kv[1]))


def render() -> None:
    st.title("Who holds which power")
    st.caption(
        "Choose a violation to see the chain from the report to the official who imposes the sanction; "
        "each edge cites the provision that grants the power."
    )
    store = state.ensure_store()
    bundle = state.corpus()
    choices = violations(bundle)
    if not choices:
        st.info("The store has no curated corpus with norms and institutions yet (kg ingest corpus/).")
        return
    ids = list(choices)
    wanted = st.query_params.get("violation") or DEFAULT_VIOLATION
    c1, c2 = st.columns([3, 1])
    with c1:
        violation = st.selectbox(
            "Violation",
            ids,
            index=ids.index(wanted) if wanted in ids else 0,
            format_func=lambda v: choices[v],
            key="authority_violation",
        )
    with c2:
        at = st.date_input("Law as it stood on", value=None, key="authority_at", min_value=date(1945, 1, 1))
    from kg.api import network, queries

    gs = state.graph_store()
    try:
        chain = queries.authority_chain(store, violation, at=at, gs=gs)
        graph = network.authority_graph(store, violation, at=at, gs=gs)
    except Exception as exc:  # noqa: BLE001 — e.g. a date before the law existed
        st.warning(state.short_error(exc))
        return
    if graph.number_of_nodes():
        st.caption(
            "Left to right: the norm, then who receives the report, investigates, recommends, decides and "
            "imposes, then the sanctions. Hover an edge's diamond for the provision that grants the power."
        )
        # The powers also cover other norms; the picture keeps to the violation chosen.
        graph.remove_nodes_from(
            [n for n in list(graph) if str(n).startswith("norm:") and n not in chain.norms]
        )
        name_nodes(graph, bundle)
        pos = graphview.layered(graph, stage_layers(graph))
        st.plotly_chart(graphview.figure(graph, pos=pos), key="authority_graph")
    show_chain(chain, bundle)
    with st.expander("All institutions and their powers"):
        st.plotly_chart(
            graphview.figure(institutions_graph(bundle), height=640),
            key="institutions_graph",
        )


def name_nodes(graph: Any, bundle: Any) -> None:
    """Readable labels and kinds for the corpus ids the graph's nodes carry."""
    for n, data in graph.nodes(data=True):
        rec = bundle.get(n) if bundle is not None else None
        if str(n).startswith("norm:"):
            data["kind"] = "norm"
            data["label"] = rec.act_en if rec is not None else n
        elif str(n).startswith("sanction:"):
            data["kind"] = "sanction"
            data["label"] = rec.description_en if rec is not None else n
            data["level"] = getattr(rec, "level", None)
        elif str(n).startswith("inst:"):
            data["kind"] = "institution"
            data["label"] = (rec.abbreviation or rec.name) if rec is not None else n
            data["description"] = rec.name if rec is not None else ""


def stage_layers(graph: Any) -> dict[Any, int]:
    """Column of each node: norms first, institutions by the earliest stage they act in, sanctions last."""
    from kg.api import STAGES

    layers: dict[Any, int] = {}
    for n, data in graph.nodes(data=True):
        kind = data.get("kind")
        if kind == "norm":
            layers[n] = 0
        elif kind == "sanction":
            layers[n] = len(STAGES) + 1
        else:
            stages = [
                STAGES.index(e["stage"])
                for _, _, e in list(graph.in_edges(n, data=True)) + list(graph.out_edges(n, data=True))
                if e.get("stage") in STAGES
            ]
            layers[n] = 1 + (min(stages) if stages else 0)
    return layers


def institutions_graph(bundle: Any):
    """Every institution, with an edge for each power that acts towards another (and 'part of' links)."""
    import networkx as nx

    g = nx.DiGraph()
    for inst in bundle.institutions:
        powers = "; ".join(
            f"{p.kind.replace('_', ' ')} ({format_citation(p.provision)})" for p in inst.powers
        )
        g.add_node(inst.id, label=inst.abbreviation or inst.name, kind="institution", description=powers)
    for inst in bundle.institutions:
        if inst.parent and inst.parent in g:
            g.add_edge(inst.id, inst.parent, label="part of")
        for p in inst.powers:
            for t in p.towards:
                if t in g:
                    g.add_edge(inst.id, t, label=p.kind.replace("_", " "), provision=p.provision)
    return g


STAGE_WORDS = {
    "receives_reports": "receives the report",
    "investigates": "investigates",
    "recommends": "recommends",
    "forwards": "forwards the findings",
    "decides": "decides",
    "imposes": "imposes the sanction",
}


def show_chain(chain: Any, bundle: Any) -> None:
    """The chain as numbered steps: who does what, under which provision."""
    if not chain.steps:
        st.info("No authority chain is recorded for this violation on that date.")
    else:
        st.subheader("The chain")
    for n, step in enumerate(chain.steps, start=1):
        with st.container(border=True):
            what = STAGE_WORDS.get(step.stage, step.stage.replace("_", " "))
            towards = ", ".join(_name(bundle, t) for t in step.towards)
            st.markdown(
                f"**{n}. {step.institution_name or step.institution}** {what}"
                + (f" → {towards}" if towards else "")
            )
            if step.scope_id or step.scope_en:
                st.caption(step.scope_id or step.scope_en)
            st.page_link(
                routes.page("browse"),
                label=format_citation(step.provision),
                icon=":material/link:",
                query_params={"id": step.provision},
            )
            if state.unchecked(step.provision):
                st.markdown(state.UNCHECKED_BADGE)
    if chain.missing and chain.steps:
        words = ", ".join(STAGE_WORDS.get(m, m) for m in chain.missing)
        st.caption(f"No institution in the corpus covers: {words}.")
    if chain.excluded:
        with st.expander(f"Not applicable on this date ({len(chain.excluded)})"):
            for what, why in chain.excluded:
                st.markdown(f"- {what}: {why}")


def _name(bundle: Any, iid: str) -> str:
    inst = bundle.institution(iid) if bundle is not None else None
    return inst.name if inst is not None else iid


if __name__ == "__main__":  # run by st.navigation as a page script
    state.guarded(render)()
