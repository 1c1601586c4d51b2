"""Ask: a question in Indonesian or English, answered with citations (the card `kg ask` gives)."""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from app_pages import routes, state
from kg.api import format_citation

EXAMPLES = (
    "sanksi PNS ikut kampanye",
    "Can a civil servant like a candidate's post on social media?",
    "siapa yang menjatuhkan hukuman disiplin bagi PNS yang tidak netral?",
)

# Groups of the answer card, in the order shown; sanctions are further grouped by regime.
SECTIONS = (
    ("prohibitions", "Prohibitions"),
    ("obligations", "Obligations"),
    ("sanctions", "Sanctions by regime"),
    ("authorities", "Authorities and steps"),
    ("cases", "Related cases"),
    ("related", "Other relevant provisions"),
)


def render() -> None:
    st.title("Ask about the law on ASN neutrality")
    st.caption("Ask in Indonesian or English. Every statement in the answer cites the provision it rests on.")
    store = state.ensure_store()
    linked = st.query_params.get("q")
    if linked is not None and st.session_state.get("_ask_linked") != linked:
        # A shared link (?q=…) fills the box and answers at once.
        st.session_state["ask_question"] = linked[: state.MAX_QUESTION_CHARS * 10]
        st.session_state["_ask_linked"] = linked
        st.session_state["_ask_submit"] = True
    with st.form("ask_form"):
        question = st.text_area(
            "Question",
            key="ask_question",
            height=80,
            placeholder=EXAMPLES[0],
            help="e.g. " + " · ".join(EXAMPLES),
        )
        at = st.date_input(
            "Law as it stood on (leave empty for today)", value=None, key="ask_at", min_value=date(1945, 1, 1)
        )
        submitted = st.form_submit_button("Ask", type="primary")
    if st.session_state.pop("_ask_submit", False):
        submitted = True
    if not submitted:
        return
    question = (question or "").strip()
    if not question:
        st.warning("Type a question first.")
        return
    if len(question) > state.MAX_QUESTION_CHARS:
        st.warning(
            f"That question is {len(question):,} characters long; please keep it under "
            f"{state.MAX_QUESTION_CHARS:,} (one question, not a document)."
        )
        return
    if st.query_params.get("q") != question:
        st.query_params["q"] = question  # the URL now shares this question
        st.session_state["_ask_linked"] = question
    try:
        card = answer(store, question, at)
    except ImportError as exc:
        st.error(f"Answers are not available yet: the retrieval layer is not installed ({exc.name}).")
        return
    except state.AppProblem as exc:
        st.warning(str(exc))
        return
    except Exception as exc:  # noqa: BLE001 — a layer's message (odd query, damaged index …) in the page
        st.error(state.short_error(exc))
        return
    show_card(card)


def answer(store: Any, question: str, at: date | None) -> Any:
    """Ask the answers layer with the app's encoder (the index must already exist: the UI never builds)."""
    from kg.api import ask

    problem = state.index_problem(store)
    if problem:
        raise state.AppProblem(problem)
    with st.spinner("Searching the law …"):
        return ask(store, question, at=at, encoder=state.get_encoder(state.index_model(store)))


def show_card(card: Any) -> None:
    """The answer card: each group a list of citation chips with in-force badges."""
    data = state.as_plain(card)
    if not data.get("supported", True) or not any(data.get(k) for k, _ in SECTIONS):
        st.info(data.get("message") or "Nothing in the store supports an answer to this question.")
        return
    for key, title in SECTIONS:
        items = data.get(key) or []
        if not items:
            continue
        st.subheader(title)
        if key == "sanctions":
            by_regime: dict[str, list[dict]] = {}
            for item in items:
                by_regime.setdefault(item.get("regime") or "other", []).append(item)
            for regime, group in by_regime.items():
                st.markdown(f"**{REGIMES.get(regime, regime.replace('-', ' ').capitalize())}**")
                for item in group:
                    show_item(item)
        else:
            for item in items:
                show_item(item)
    st.caption(data.get("message") or "")


REGIMES = {
    "disciplinary": "Disciplinary (hukuman disiplin)",
    "discipline": "Disciplinary (hukuman disiplin)",
    "criminal": "Criminal (pidana)",
    "criminal-election": "Criminal, election law (pidana pemilu)",
    "ethics": "Ethics (kode etik, sanksi moral)",
    "administrative": "Administrative",
    "principle": "Principle",
}


def show_item(item: dict) -> None:
    """One cited item: the citation chip (opens Browse, or Cases for a case), status badge, snippet."""
    pid = item["id"]
    with st.container(border=True):
        label = item.get("citation") or format_citation(pid)
        if pid.startswith("case:"):
            target, icon, params = routes.page("cases"), ":material/gavel:", {"case": pid}
        else:
            target, icon, params = routes.page("browse"), ":material/link:", {"id": pid}
        st.page_link(target, label=label, icon=icon, query_params=params)
        badges = [status_badge(item.get("status"))]
        if item.get("is_summary"):
            badges.append(":gray-badge[our summary, not official text]")
            if state.unchecked(pid):
                badges.append(state.UNCHECKED_BADGE)
        line = " ".join(b for b in badges if b)
        if item.get("note"):
            line += f" :gray[{item['note']}]"
        if line.strip():
            st.markdown(line)
        if item.get("snippet"):
            st.caption(item["snippet"])


def status_badge(status: str | None) -> str:
    """An in-force badge: green in force, red repealed, orange anything else; nothing for a case."""
    if not status or status == "case":
        return ""
    words = status.replace("_", " ")
    if words == "in force":
        return ":green-badge[in force]"
    if words in ("repealed", "replaced", "not in force"):
        return f":red-badge[{words}]"
    return f":orange-badge[{words}]"


if __name__ == "__main__":  # run by st.navigation as a page script
    state.guarded(render)()
