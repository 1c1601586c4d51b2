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
    linked_at = (st.query_params.get("at") or "")[:40]
    if st.session_state.get("_authority_linked") != (wanted, linked_at):
        # A shared link (?violation=…&at=…) sets both choices.
        st.session_state["authority_violation"] = wanted if wanted in ids else ids[0]
        st.session_state["authority_at"] = linked_at
        st.session_state["_authority_linked"] = (wanted, linked_at)
    c1, c2 = st.columns([3, 1])
    with c1:
        violation = st.selectbox(
            "Violation", ids, format_func=lambda v: choices[v], key="authority_violation"
        )
    with c2:
        field = state.date_field("Law as it stood on (YYYY-MM-DD)", "authority_at")
    if field is None:
        return
    typed, at = field
    shared = {"violation": violation, **({"at": typed} if typed else {})}
    if dict(st.query_params) != shared:
        st.query_params.from_dict(shared)  # the link now holds the violation and the date
        st.session_state["_authority_linked"] = (violation, typed)
    from kg.api import network, queries

    gs = state.graph_store()
    try:
        chain = queries.authority_chain(store, violation, at=at, gs=gs)
        graph = network.authority_graph(store, violation, at=at, gs=gs)
    except Exception as exc:  # noqa: BLE001 — e.g. a date before the law existed
        st.warning(state.short_error(exc))
        return
    st.markdown(
        f"**The law as it stood on {at.isoformat() if at else date.today().isoformat() + ' (today)'}**"
    )
    if graph.number_of_nodes():
        st.caption(
            "Left to right: the norm, then who receives the report, examines, recommends, decides and "
            "imposes, then the sanctions. Each edge names the power; hover it for the provision granting it."
        )
        # The powers also cover other norms; the picture keeps to the violation chosen.
        graph.remove_nodes_from(
            [n for n in list(graph) if str(n).startswith("norm:") and n not in chain.norms]
        )
        height = graphview.height_for(graph, per_node=120)
        st.plotly_chart(
            graphview.figure(graph, pos=graphview.layered(graph), height=height, edge_labels=True),
            key="authority_graph",
        )
    show_chain(chain, bundle)
    with st.expander("All institutions and their powers"):
        show_institutions(store)


def show_institutions(store: Any) -> None:
    """Institutions grouped by their first role, left to right; those acting towards no other listed apart."""
    from kg.api import network

    graph, alone = network.institutions_graph(store)
    st.caption(
        "Columns by role: receives reports, examines, recommends, forwards, decides, imposes, then "
        "supervisors and regulators. Hover a node for the full name and every power with its provision."
    )
    if graph.number_of_nodes():
        height = graphview.height_for(graph, per_node=120)
        st.plotly_chart(
            graphview.figure(graph, pos=graphview.layered(graph), height=height),
            key="institutions_graph",
        )
    if alone:
        bundle = state.corpus()
        st.markdown("**Acting towards no other institution in the corpus**")
        for iid in alone:
            inst = bundle.institution(iid) if bundle is not None else None
            powers = ", ".join(dict.fromkeys(p.kind.replace("_", " ") for p in inst.powers)) if inst else ""
            name = state.md(inst.name if inst else iid)
            short = state.md(_name(bundle, iid))
            full = f" ({name})" if name != short else ""
            st.markdown(f"- **{short}**{full}" + (f" :gray[{state.md(powers)}]" if powers else ""))


def show_chain(chain: Any, bundle: Any) -> None:
    """The chain as numbered steps: who does what, under which provision."""
    from kg.api import network

    STAGE_WORDS = network.STAGE_WORDS  # noqa: N806 — the one wording of the powers, shared with the graph
    if not chain.steps:
        st.info("No authority chain is recorded for this violation on that date.")
    else:
        st.subheader("The chain")
    for n, step in enumerate(chain.steps, start=1):
        with st.container(border=True):
            what = STAGE_WORDS.get(step.stage, step.stage.replace("_", " "))
            towards = ", ".join(_name(bundle, t) for t in step.towards)
            st.markdown(
                f"**{n}. {state.md(_name(bundle, step.institution, step.institution_name))}** {what}"
                + (f" → {state.md(towards)}" if towards else "")
            )
            if step.scope_id or step.scope_en:
                st.caption(state.md(step.scope_id or step.scope_en))
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
                st.markdown(f"- {state.named(what)}: {state.named(why)}")


def _name(bundle: Any, iid: str, fallback: str = "") -> str:
    """An institution's one short name (the same in the graph, the chain and the answers)."""
    from kg.api import short_name

    inst = bundle.institution(iid) if bundle is not None else None
    return short_name(inst) if inst is not None else fallback or iid


if __name__ == "__main__":  # run by st.navigation as a page script
    state.guarded(render)()
