"""Ask: a question in Indonesian or English, answered with citations (the card `kg ask` gives)."""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

# Nothing of the core (kg.api) nor Browse, which imports it, before the form is drawn: see state.
from app_pages import routes, state

EXAMPLES = (
    "sanksi PNS ikut kampanye",
    "Can a civil servant like a candidate's post on social media?",
    "siapa yang menjatuhkan hukuman disiplin bagi PNS yang tidak netral?",
)

# Groups of the answer card, in the order shown; sanctions are further grouped by regime.
SECTIONS = (
    ("definitions", "Definitions"),
    ("prohibitions", "Prohibitions"),
    ("obligations", "Obligations"),
    ("permissions", "Permissions"),
    ("sanctions", "Sanctions by regime"),
    ("authorities", "Authorities and steps"),
    ("cases", "Related cases"),
    ("related", "Other relevant provisions"),
    ("alternatives", "Also consider"),
)


def render() -> None:
    st.title("Ask about the law on ASN neutrality")
    st.caption("Ask in Indonesian or English. Every statement in the answer cites the provision it rests on.")
    form = st.empty()  # the question box first, then the store's checks (see state.ensure_store)
    linked = st.query_params.get("q")
    linked_at = st.query_params.get("at") or ""
    if linked is not None and st.session_state.get("_ask_linked") != (linked, linked_at):
        # A shared link (?q=…&at=…) fills the form and answers at once.
        st.session_state["ask_question"] = linked[: state.MAX_QUESTION_CHARS * 10]
        st.session_state["ask_at"] = linked_at[:40]
        st.session_state["_ask_linked"] = (linked, linked_at)
        st.session_state["_ask_submit"] = True
    with form.container(), st.form("ask_form"):
        question = st.text_area(
            "Question",
            key="ask_question",
            height=80,
            placeholder=EXAMPLES[0],
            help="e.g. " + " · ".join(EXAMPLES),
        )
        # A text field, so that Enter in it asks (a date picker swallows the key).
        at_text = st.text_input(
            "Law as it stood on (YYYY-MM-DD; empty for today)",
            key="ask_at",
            placeholder=date.today().isoformat(),
            max_chars=40,
        )
        submitted = st.form_submit_button("Ask", type="primary")
    store = state.ensure_store(form)
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
    try:
        at = parse_date(at_text)
    except ValueError:
        st.warning(f"«{at_text.strip()[:40]}» is not a date: write it as YYYY-MM-DD, e.g. 2024-02-14.")
        return
    shared = {"q": question, **({"at": at.isoformat()} if at else {})}
    if dict(st.query_params) != shared:
        st.query_params.from_dict(shared)  # the URL now shares this question and its date
        st.session_state["_ask_linked"] = (question, shared.get("at", ""))
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
    show_card(store, card)


def parse_date(text: str | None) -> date | None:
    """A date typed as YYYY-MM-DD (None when empty); ValueError for anything else."""
    text = (text or "").strip()
    return date.fromisoformat(text) if text else None


def answer(store: Any, question: str, at: date | None) -> Any:
    """Ask the answers layer with the app's encoder, first bringing a missing or stale index up to date."""
    from kg.api import ask

    state.ensure_index(store)
    with st.spinner("Searching the law …"):
        state.wait_for_warm_up(store)
        return ask(store, question, at=at, encoder=state.get_encoder(state.index_model(store)))


def show_card(store: Any, card: Any) -> None:
    """The answer card: the date it reflects, a few plain sentences, then each group's citation chips."""
    data = state.as_plain(card)
    st.markdown(
        f"**Law as it stood on {data.get('at') or date.today().isoformat()}**"
        + ("" if data.get("at") else " (today)")
        + (f" **and, for the later occasion, on {data['later_at']}**" if data.get("later_at") else "")
    )
    if not data.get("supported", True) or not any(data.get(k) for k, _ in SECTIONS):
        st.info(data.get("message") or "Nothing in the store supports an answer to this question.")
        return
    show_direct(store, card)
    show_conflicts(data.get("conflicts") or [])
    flags = citator_flags(store, data)
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
                    show_item(store, item, flags.get(item["id"]))
        else:
            for item in items:
                show_item(store, item, flags.get(item["id"]))
    st.caption(data.get("message") or "")


def show_conflicts(conflicts: list[dict]) -> None:
    """Conflicts between regulations bearing on what the card cites, with the rule that settles each."""
    from app_pages import browse

    for c in conflicts:
        st.warning(browse.conflict_line(c))


def citator_flags(store: Any, data: dict) -> dict[str, list[dict]]:
    """The citator's flags on every provision the card cites, as they stood on the card's date."""
    from kg.api import citator_badges

    ids = [i["id"] for key, _ in SECTIONS for i in data.get(key) or [] if not i["id"].startswith("case:")]
    try:
        at = data.get("at")
        return citator_badges(store, ids, parse_date(at) if isinstance(at, str) else at)
    except Exception:  # noqa: BLE001 — the card stands without badges; the log keeps why
        state.log.exception("citator badges failed")
        return {}


def show_direct(store: Any, card: Any) -> None:
    """The answer in two to four plain sentences over the graph, each with the chips it rests on."""
    from kg.api import direct_answer

    try:
        sentences = direct_answer(store, card, state.corpus())
    except Exception:  # noqa: BLE001 — the cards below still answer; the log keeps why the summary failed
        state.log.exception("direct answer failed")
        return
    if not sentences:
        return
    with st.container(border=True, key="direct_answer"):
        st.markdown("**In short**")
        for s in sentences:
            chips = " ".join(f":small[{state.chip(pid)}]" for pid in s["cites"])
            st.markdown(f"{state.md(s['text'])} {chips}")


REGIMES = {
    "disciplinary": "Disciplinary (hukuman disiplin)",
    "discipline": "Disciplinary (hukuman disiplin)",
    "criminal": "Criminal (pidana)",
    "criminal-election": "Criminal, election law (pidana pemilu)",
    "ethics": "Ethics (kode etik, sanksi moral)",
    "administrative": "Administrative",
    "principle": "Principle",
}


def show_item(store: Any, item: dict, flags: list[dict] | None = None) -> None:
    """One cited item: the citation chip (opens Browse, or Cases for a case), status badge, the words
    that introduce a point, then its text."""
    from app_pages import browse
    from kg.api import format_citation

    pid = item["id"]
    with st.container(border=True):
        label = item.get("citation") or format_citation(pid)
        if pid.startswith("case:"):
            target, icon, params = routes.page("cases"), ":material/gavel:", {"case": pid}
        else:
            target, icon, params = routes.page("browse"), ":material/link:", {"id": pid}
        st.page_link(target, label=label, icon=icon, query_params=params)
        badges = [status_badge(item.get("status"))]
        badges += [
            browse.flag_badge(f)
            + (f" :small[by {state.chip(f['by'], f.get('by_citation'))}]" if f.get("by") else "")
            for f in flags or []
        ]
        if item.get("is_summary"):
            badges.append(":gray-badge[our summary, not official text]")
            if state.unchecked(pid):
                badges.append(state.UNCHECKED_BADGE)
        line = " ".join(b for b in badges if b)
        if item.get("note"):
            line += f" :gray[{state.named(item['note'])}]"
        if line.strip():
            st.markdown(line)
        chain = lead(store, pid) if not item.get("is_summary") else []
        if any(c["text"] for c in chain[:-1]):
            st.caption(lead_text(chain))
            st.markdown(f"{state.md(chain[-1]['label'])}: {state.md(chain[-1]['text'])}")
        elif item.get("snippet"):
            st.caption(state.md(item["snippet"]))


def lead(store: Any, pid: str) -> list[dict]:
    """The Pasal down to this provision when it is a point (huruf or angka) or ayat; [] otherwise."""
    if "/" not in pid or pid.rsplit("/", 1)[-1].startswith("pasal-"):
        return []
    from kg.api import lead_in

    try:
        return lead_in(store, pid)
    except Exception:  # noqa: BLE001 — not in the official text: the snippet stands alone
        return []


def lead_text(chain: list[dict]) -> str:
    """The words that introduce a point, from its Pasal down, as one escaped line."""
    return " › ".join(state.md(f"{c['label']}: {c['text']}" if c["text"] else c["label"]) for c in chain[:-1])


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
