"""Cases: a real neutrality case as a graph (actors by role, conduct, norms at stake, institutions,
outcome, the articles that discuss it), with the facts and their sources."""

from __future__ import annotations

from typing import Any

import streamlit as st

from app_pages import graphview, routes, state
from kg.api import format_citation


def render() -> None:
    st.title("Cases")
    store = state.ensure_store()
    bundle = state.corpus()
    cases = {c.id: c for c in bundle.cases} if bundle is not None else {}
    if not cases:
        st.info("The store has no curated cases yet (kg ingest corpus/).")
        return
    wanted = (st.query_params.get("case") or "").strip()
    if wanted and wanted not in cases:
        st.warning(
            f"No case with the id «{state.md(wanted[:80])}» is in the corpus; showing the first case instead."
        )
        wanted = ""
    case_id = choose(cases, wanted)
    if case_id is None:
        return
    from kg.api import network, queries

    gs = state.graph_store()
    nb = queries.case_neighbourhood(store, case_id, gs=gs)
    show_case(nb, bundle)
    st.subheader("The case as a graph")
    st.caption("Case, actors by role, norms at stake and their provisions, institutions, articles.")
    graph = network.case_graph(store, case_id, gs=gs)
    height = graphview.height_for(graph, per_node=80)
    st.plotly_chart(
        graphview.figure(graph, highlight={case_id}, pos=graphview.layered(graph), height=height),
        key="case_graph",
    )


ANY = "any"


def choose(cases: dict, wanted: str) -> str | None:
    """The filters (election, year) and the case, all kept in the link; None when no case matches."""
    params = st.query_params
    linked = (params.get("election") or ANY, params.get("year") or ANY, wanted)
    if st.session_state.get("_cases_linked") != linked:
        st.session_state["cases_election"], st.session_state["cases_year"] = linked[0], linked[1]
        st.session_state["_cases_linked"] = linked
        if wanted:
            st.session_state["cases_case"] = wanted
    elections = [ANY, *sorted({c.election for c in cases.values()})]
    years = [ANY, *sorted({c.date[:4] for c in cases.values()}, reverse=True)]
    for key, options in (("cases_election", elections), ("cases_year", years)):
        if st.session_state.get(key) not in options:
            st.session_state[key] = ANY
    c1, c2 = st.columns(2)
    with c1:
        election = st.selectbox("Election", elections, key="cases_election", format_func=_election_words)
    with c2:
        year = st.selectbox(
            "Year", years, key="cases_year", format_func=lambda y: "any year" if y == ANY else y
        )
    shown = [cid for cid, c in cases.items() if election in (ANY, c.election) and year in (ANY, c.date[:4])]
    if not shown:
        st.info("No case in the corpus matches these filters.")
        return None
    if st.session_state.get("cases_case") not in shown:
        st.session_state["cases_case"] = state.DEFAULT_CASE if state.DEFAULT_CASE in shown else shown[0]
    case_id = st.selectbox(
        f"Case ({len(shown)} of {len(cases)})",
        shown,
        format_func=lambda c: cases[c].title_en,
        key="cases_case",
    )
    link = {"case": case_id, **({"election": election} if election != ANY else {})}
    link |= {"year": year} if year != ANY else {}
    if dict(st.query_params) != link:
        st.query_params.from_dict(link)  # filters and case travel with the link
        st.session_state["_cases_linked"] = (election, year, case_id)
    return case_id


def _election_words(value: str) -> str:
    return {
        ANY: "any election",
        "pemilu": "general election (pemilu)",
        "pilkada": "regional election (pilkada)",
    }.get(value, value)


def show_case(nb: Any, bundle: Any) -> None:
    """The case's facts as text, each norm and provision a link."""
    st.subheader(nb.title_id or nb.title_en)
    st.caption(" · ".join(x for x in (nb.title_en, nb.date, nb.place, nb.election) if x))
    left, right = st.columns(2)
    with left:
        st.markdown("**Conduct**")
        st.write(nb.conduct_id)
        if nb.conduct_en:
            st.caption(nb.conduct_en)
        st.markdown("**Outcome**")
        st.write(nb.outcome_id + (f" ({nb.outcome_en})" if nb.outcome_en else ""))
        if nb.actors:
            st.markdown("**Actors (by role)**")
            for a in nb.actors:
                count = f"{a['count']} × " if a.get("count") else ""
                role = a.get("role_id") or a.get("role_en") or a["id"]
                st.markdown(f"- {count}{role}" + (f" ({a['role_en']})" if a.get("role_en") else ""))
    with right:
        if nb.norms:
            st.markdown("**Norms at stake**")
            for n in nb.norms:
                st.markdown(f":blue-badge[{n['kind']}] {n.get('act_id') or n.get('act_en') or n['id']}")
                for pid in list(n["provisions"]) + list(n["sanction_provisions"]):
                    st.page_link(routes.page("browse"), label=format_citation(pid), query_params={"id": pid})
        if nb.institutions:
            st.markdown("**Institutions**")
            for i in nb.institutions:
                st.markdown(f"- {state.chip(i['id'])} :gray[{state.md(i.get('name') or '')}]")
        if nb.articles:
            st.markdown("**Articles that discuss it**")
            for a in nb.articles:
                authors = ", ".join(a.get("authors") or [])
                year = a.get("year") or "n.d."
                st.markdown(
                    f"- *{a.get('title') or a['id']}*" + (f" — {authors} ({year})" if authors else "")
                )
    if nb.facts:
        with st.expander(f"Facts and their sources ({len(nb.facts)})"):
            for f in nb.facts:
                sources = ", ".join(state.named(x) for x in f.get("sources") or [])
                said, said_en = state.md(f.get("statement_id") or ""), state.md(f.get("statement_en") or "")
                st.markdown(f"- {said}  \n  *{said_en}* — {sources}")
    if nb.unknowns:
        st.caption("What the sources leave open: " + "; ".join(state.md(u) for u in nb.unknowns))


if __name__ == "__main__":  # run by st.navigation as a page script
    state.guarded(render)()
