"""Cases: the documented cases filtered by role, provision, outcome and year on a timeline; one case as a
graph (actors by role, conduct, norms at stake, institutions, outcome, the articles that discuss it) with
its facts and sources; and the aggregate figures as reported, with their sources."""

from __future__ import annotations

from typing import Any

import streamlit as st

from app_pages import graphview, routes, state
from kg.api import format_citation


def render() -> None:
    st.title("Cases")
    store = state.ensure_store()
    bundle = state.corpus()
    from kg.api import cases as list_cases

    rows = {c["id"]: c for c in list_cases(store) if c["kind"] == "case"}
    if not rows:
        st.info("The store has no curated cases yet (kg ingest corpus/).")
        return
    wanted = (st.query_params.get("case") or "").strip()
    if wanted and wanted not in rows:
        st.warning(
            f"No case with the id «{state.md(wanted[:80])}» is in the corpus; showing the first case instead."
        )
        wanted = ""
    shown, case_id = choose(store, rows, wanted)
    tabs = ("Cases and timeline", "One case as a graph", "Reported figures")
    # A link that names a case opens on its graph; otherwise the list comes first.
    tab_list, tab_case, tab_figures = st.tabs(tabs, default=tabs[1] if wanted else tabs[0])
    with tab_list:
        show_list(shown)
    with tab_figures:
        show_figures(store)
    if case_id is None:
        return
    from kg.api import network, queries

    with tab_case:
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
# (link parameter, widget label) of each filter, in the order shown; all travel in the link.
FILTERS = (
    ("election", "Election"),
    ("year", "Year"),
    ("role", "Role of the actor"),
    ("provision", "Provision applied"),
    ("outcome", "Outcome"),
)
OUTCOMES = {
    "convicted": "convicted",
    "administrative-sanction": "administrative sanction",
    "decided": "decided",
    "unknown": "outcome unknown",
}


def filter_options(rows: dict) -> dict[str, dict[str, str]]:
    """For each filter, {value: words shown}, 'any' first."""
    roles: dict[str, str] = {}
    for c in rows.values():
        for a in c["actors"]:
            if a.get("role"):
                roles.setdefault(a["role"], a.get("role_en") or a["role"])
    provisions = sorted({p for c in rows.values() for p in c["rests_on"]})
    return {
        "election": {ANY: "any election"}
        | {e: _election_words(e) for e in sorted({c["election"] for c in rows.values()})},
        "year": {ANY: "any year"}
        | {y: y for y in sorted({c["date"][:4] for c in rows.values()}, reverse=True)},
        "role": {ANY: "any role"} | dict(sorted(roles.items(), key=lambda kv: kv[1])),
        "provision": {ANY: "any provision"} | {p: format_citation(p) for p in provisions},
        "outcome": {ANY: "any outcome"}
        | {
            k: OUTCOMES.get(k, k.replace("-", " "))
            for k in sorted({c["outcome_kind"] for c in rows.values()})
        },
    }


def choose(store: Any, rows: dict, wanted: str) -> tuple[list[dict], str | None]:
    """The filters and the case, all kept in the link: (the cases matching, the case shown or None)."""
    from kg.api import cases as list_cases

    params = st.query_params
    linked = tuple(params.get(name) or ANY for name, _ in FILTERS) + (wanted,)
    if st.session_state.get("_cases_linked") != linked:
        for (name, _), value in zip(FILTERS, linked, strict=False):
            st.session_state[f"cases_{name}"] = value
        st.session_state["_cases_linked"] = linked
        if wanted:
            st.session_state["cases_case"] = wanted
    options = filter_options(rows)
    chosen: dict[str, str] = {}
    for col, (name, label) in zip(st.columns(len(FILTERS)), FILTERS, strict=True):
        key, opts = f"cases_{name}", options[name]
        if st.session_state.get(key) not in opts:
            st.session_state[key] = ANY
        with col:
            chosen[name] = st.selectbox(label, list(opts), key=key, format_func=opts.get)
    # Role and provision are matched by the api (a role's words, a provision above or below the one applied).
    role, provision = (chosen[k] if chosen[k] != ANY else None for k in ("role", "provision"))
    matching = {c["id"] for c in list_cases(store, provision=provision, actor=role)}
    shown = [
        c
        for cid, c in rows.items()
        if cid in matching
        and chosen["election"] in (ANY, c["election"])
        and chosen["year"] in (ANY, c["date"][:4])
        and chosen["outcome"] in (ANY, c["outcome_kind"])
    ]
    link = {k: v for k, v in chosen.items() if v != ANY}
    case_id = None
    if not shown:
        st.info("No case in the corpus matches these filters.")
    else:
        ids = [c["id"] for c in shown]
        if st.session_state.get("cases_case") not in ids:
            st.session_state["cases_case"] = state.DEFAULT_CASE if state.DEFAULT_CASE in ids else ids[0]
        case_id = st.selectbox(
            f"Case shown as a graph ({len(shown)} of {len(rows)})",
            ids,
            format_func=lambda c: rows[c]["title_en"],
            key="cases_case",
        )
        link = {"case": case_id} | link
    if dict(st.query_params) != link:
        st.query_params.from_dict(link)  # filters and case travel with the link
        st.session_state["_cases_linked"] = tuple(chosen[n] for n, _ in FILTERS) + (case_id or "",)
    return shown, case_id


def show_list(shown: list[dict]) -> None:
    """The matching cases on a timeline, then one line each linking to its graph view."""
    if not shown:
        return
    st.plotly_chart(timeline(shown), key="cases_timeline")
    keep = {k: v for k, v in st.query_params.to_dict().items() if k != "case"}
    for c in sorted(shown, key=lambda c: c["date"], reverse=True):
        with st.container(border=True):
            st.page_link(
                routes.page("cases"),
                label=f"{c['date']} · {c['title_en']}",
                icon=":material/gavel:",
                query_params={**keep, "case": c["id"]},
            )
            roles = ", ".join(a.get("role_en") or a.get("role_id") or "" for a in c["actors"])
            outcome = OUTCOMES.get(c["outcome_kind"], c["outcome_kind"])
            court = c.get("court_name") or ""
            st.markdown(
                f":blue-badge[{state.md(outcome)}] "
                + (":orange-badge[news report]" if c.get("reported_by") == "news" else "")
                + f" {state.md(' · '.join(x for x in (court, roles) if x))}"
            )
            if c["provisions"]:
                st.markdown(" ".join(f":small[{state.chip(p)}]" for p in c["provisions"]))


def timeline(shown: list[dict]) -> Any:
    """Cases by date (a year or month alone sits at its start), one row per outcome, the title on hover."""
    import plotly.graph_objects as go

    fig = go.Figure()
    for kind in sorted({c["outcome_kind"] for c in shown}):
        group = [c for c in shown if c["outcome_kind"] == kind]
        fig.add_trace(
            go.Scatter(
                x=[(c["date"] + "-01-01")[:10] for c in group],
                y=[OUTCOMES.get(kind, kind)] * len(group),
                mode="markers",
                marker={"size": 14},
                name=OUTCOMES.get(kind, kind),
                hovertext=[f"{c['date']}: {c['title_en']}" for c in group],
                hoverinfo="text",
            )
        )
    fig.update_layout(
        height=120 + 50 * len(fig.data),
        showlegend=False,
        margin={"l": 10, "r": 10, "t": 30, "b": 30},
        title="Timeline (hover a point for the case)",
        yaxis={"automargin": True},
        xaxis={"type": "date"},
    )
    return fig


def show_figures(store: Any) -> None:
    """The aggregate figures as reported, each with who reported it and the source it came from."""
    from kg.api import case_figures

    figures = case_figures(store)
    if not figures:
        st.info("The corpus records no aggregate figures.")
        return
    for f in figures:
        with st.container(border=True):
            st.markdown(
                f"**{state.md(f.get('election_en') or '')}** — "
                f"as reported by {state.md(f.get('reported_by_en') or '?')}"
                + (f", as of {state.md(f['as_of'])}" if f.get("as_of") else "")
            )
            for m in f.get("measures") or []:
                value = m["value"]
                shown = f"{value:g}%" if m.get("unit") == "percent" else f"{value:,.0f}"
                label = f"{m.get('label_en') or ''} ({m.get('label_id') or ''})"
                st.markdown(f"- {state.md(label)}: **{shown}**")
            report = f.get("report") or {}
            where = ", ".join(str(report[k]) for k in ("outlet", "locator", "date") if report.get(k))
            news = (
                ":orange-badge[news report, not checked against an official report] "
                if report.get("kind") == "news"
                else ""
            )
            st.caption(f"Source: {news}{state.md(where or 'not recorded')}")
            if f.get("note"):
                st.caption(state.named(f["note"]))


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
