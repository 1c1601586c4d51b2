"""Browse: documents with their status, the tree BAB → Pasal → ayat → huruf/angka, text, Penjelasan,
references both ways, amendment history and the text at a chosen date."""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from app_pages import routes, state
from kg.api import format_citation, format_segment

STATE_BADGE = {
    "in_force": ("green", "in force"),
    "not_yet_in_force": ("orange", "not yet in force"),
    "amended": ("orange", "amended"),
    "repealed": ("red", "repealed"),
    "replaced": ("red", "replaced"),
}


def badge(state_name: str | None) -> str:
    """A coloured status badge in Streamlit markdown."""
    if not state_name:
        return ":gray-badge[status unknown]"
    color, text = STATE_BADGE.get(state_name, ("gray", state_name.replace("_", " ")))
    return f":{color}-badge[{text}]"


def link(pid: str, label: str | None = None) -> None:
    """A link that opens Browse at this id."""
    st.page_link(routes.page("browse"), label=label or format_citation(pid), query_params={"id": pid})


def documents(store: Any, bundle: Any) -> list[tuple[str, str, str | None, bool]]:
    """(id, title, status, has official text) for every document the store or the corpus knows."""
    ingested = set(store.ids())
    out: dict[str, tuple[str, str, str | None, bool]] = {}
    if bundle is not None:
        for reg in bundle.regulations:
            out[reg.id] = (reg.id, reg.title, reg.status.state, reg.id in ingested)
    for doc_id in ingested:
        if doc_id not in out:
            out[doc_id] = (doc_id, format_citation(doc_id), None, True)
    return sorted(out.values(), key=lambda d: d[0])


def render() -> None:
    st.title("Browse the law")
    store = state.ensure_store()
    bundle = state.corpus()
    docs = documents(store, bundle)
    if not docs:
        st.info("The store holds no documents yet.")
        return
    wanted = (st.query_params.get("id") or "").strip()
    doc_ids = [d[0] for d in docs]
    labels = {d[0]: f"{d[1]} · {STATE_BADGE.get(d[2], ('', d[2] or 'status unknown'))[1]}" for d in docs}
    current_doc = wanted.split("/", 1)[0] if wanted else doc_ids[0]
    st.selectbox(
        "Document",
        doc_ids,
        index=doc_ids.index(current_doc) if current_doc in doc_ids else None,
        format_func=lambda d: labels[d],
        placeholder="Choose a document",
        key=f"browse_doc_{current_doc[:60]}",
        on_change=_open_document,
        args=(f"browse_doc_{current_doc[:60]}",),
    )
    item_id = wanted or current_doc
    at = dated()
    tree_col, main_col = st.columns([1, 2.4], gap="large")
    with main_col:
        view = show_item(store, item_id, at)
    with tree_col:
        show_tree(store, bundle, item_id.split("/", 1)[0], item_id, view)


def _open_document(key: str) -> None:
    chosen = st.session_state.get(key)
    if chosen:
        st.query_params["id"] = chosen


def dated() -> date | None:
    """The 'as it stood on' date: from the link (?at=), else typed here (Enter applies it); None = today."""
    linked = (st.query_params.get("at") or "")[:40]
    if st.session_state.get("_browse_at_linked") != linked:
        st.session_state["browse_at_text"] = linked
        st.session_state["_browse_at_linked"] = linked
    field = state.date_field(
        "As it stood on (YYYY-MM-DD; empty for today)", "browse_at_text", "; showing today's law"
    )
    if field is None:
        return None
    typed, at = field
    if typed != linked:
        if typed:
            st.query_params["at"] = typed
        else:
            del st.query_params["at"]
        st.session_state["_browse_at_linked"] = typed
    return at


def show_item(store: Any, item_id: str, at: date | None = None) -> dict | None:
    """The provision or document itself; None when the id is unknown."""
    from kg.api import UnknownIdError, show

    try:
        view = show(store, item_id, None)
    except UnknownIdError as exc:
        st.warning(f"No document or provision with the id `{item_id}` is in the store.")
        if exc.suggestions:
            st.write("Did you mean:")
            for s in exc.suggestions:
                link(s, f"{format_citation(s)} ({s})")
        return None
    except ValueError as exc:
        st.warning(f"`{item_id}` is not an id this app knows: {state.short_error(exc)}")
        return None

    if view.get("record_type") == "decision":  # a curated court decision (a citator flag links here)
        show_decision(view)
        return view
    status = provision_status(store, item_id, (view.get("status") or {}).get("state"), at)
    kept = kept_in_part(store, item_id, at)
    st.subheader(view["citation"])
    when = f" on {at.isoformat()}" if at else " today"
    label = badge(status) + (" :orange-badge[kept in force in part]" if kept else "")
    st.markdown(f"`{item_id}` {label}{when}" + (_status_note(view.get("status")) or ""))
    breadcrumb(view, item_id)
    if kept:
        show_kept(kept)
    if "/" in item_id:
        show_citator(store, item_id, at)
    summaries = [] if view.get("official_text") else summaries_below(item_id)
    if not view.get("official_text"):
        if view.get("summary_id") or view.get("summary_en"):
            st.info("No official text ingested for this id: what follows is our own summary of it.")
        elif summaries:
            st.info("No official text ingested for this id; our summaries of the provisions in it follow.")
        else:
            st.info(
                "No official text ingested for this id, and we hold no summary of it: "
                "what the corpus links to it follows."
            )
    if view.get("checked_against_text") is False:
        st.warning("Not checked against the official text: this record is to be verified.")
    if view.get("heading") or view.get("judul"):
        note = ocr_note(_node(store, item_id)) if view.get("heading") else ""
        st.markdown(
            f"**{state.md(view.get('heading') or view.get('judul'))}**"
            + (f" :orange-badge[{state.md(note)}]" if note else "")
        )
    if view.get("level") in ("ayat", "huruf", "angka"):
        show_lead_in(store, item_id)
    if view.get("full_text"):
        st.markdown("**Official text**")
        st.text(view["full_text"])
    elif view.get("level") is None and view.get("official_text"):
        show_bodiless(view)
    for key, lang in (("summary_id", "Indonesian"), ("summary_en", "English")):
        if view.get(key):
            st.markdown(f"**Our summary ({lang})** :gray-badge[summary]  \n{state.md(view[key])}")
    for key in summaries:
        with st.container(border=True):
            link(key.id, key.citation)
            st.markdown(f":gray-badge[our summary] {state.md(key.summary_id)}")
            st.caption(state.md(key.summary_en))
    if view.get("level") is None and not view.get("official_text"):
        show_corpus_document(item_id.split("/", 1)[0])
    if view.get("penjelasan"):
        with st.container(border=True):
            st.markdown("**Penjelasan**")
            st.write(view["penjelasan"])
    if view.get("penjelasan_umum"):
        with st.expander("Penjelasan Umum"):
            st.write(view["penjelasan_umum"])

    children = view.get("children") or []
    if children and view.get("level") is not None:
        st.markdown("**Parts**")
        for c in children:
            link(c["id"], f"{c['label']} — {(c.get('text') or '')[:90]}")
    show_norms(item_id)
    show_cases(view.get("cases") or [])
    show_references(view)
    show_history(store, view, item_id)
    show_at_date(store, item_id, at)
    source = view.get("source") or {}
    if source.get("file"):
        where = source["file"] + (f", page {source['page']}" if source.get("page") else "")
        st.caption(f"Source: {where}")
    return view


def _node(store: Any, item_id: str) -> Any:
    """The parsed provision behind an id, or None."""
    try:
        return store.provision(item_id)[1]
    except Exception:  # noqa: BLE001 — known only from the corpus
        return None


def show_lead_in(store: Any, item_id: str) -> None:
    """The sentence that introduces a point, and the Pasal it sits in, each linked."""
    from kg.api import lead_in

    try:
        chain = lead_in(store, item_id)[:-1]
    except Exception:  # noqa: BLE001 — not in the official text: nothing introduces it here
        return
    if not any(c["text"] for c in chain):
        return
    with st.container(border=True, key="lead_in"):
        st.caption("Introduced by")
        for c in chain:
            st.markdown(f"{state.chip(c['id'], c['label'])}: {state.md(c['text'])}")


def show_bodiless(view: dict) -> None:
    """A document whose body was not parsed says what it does hold."""
    held = [
        f"{n} {what}"
        for n, what in (
            (len(view.get("children") or []), "top-level parts"),
            (len(view.get("amendments") or []), "amending instructions"),
            (view.get("table_rows") or 0, "table rows"),
            (len(view.get("footnotes") or []), "footnotes"),
        )
        if n
    ]
    if view.get("penjelasan_umum"):
        held.append("a Penjelasan Umum")
    if not view.get("children"):
        st.info(
            "No body (BAB, Pasal) was parsed from this document's text; it holds "
            + (", ".join(held) if held else "only its title and dates")
            + "."
        )


def summaries_below(item_id: str) -> list[Any]:
    """Our key-provision summaries of the provisions inside this id (for an id we hold no text of)."""
    bundle = state.corpus()
    if bundle is None or "/" not in item_id:
        return []
    return [p for _, p in bundle.provisions() if p.id.startswith(item_id + "/")]


def show_corpus_document(doc_id: str) -> None:
    """What the curated corpus records of a document with no ingested text: purpose, issuers, links."""
    bundle = state.corpus()
    reg = bundle.regulation(doc_id) if bundle is not None else None
    if reg is None:
        return
    purpose = getattr(reg, "purpose_en", None)
    if purpose:
        st.markdown(f"**Purpose** :gray-badge[our summary]  \n{state.md(purpose)}")
    issuers = getattr(reg, "issuers", None) or []
    if issuers:
        st.markdown("**Issued by**  \n" + "  \n".join(f"- {state.md(i)}" for i in issuers))


def corpus_records_citing(bundle: Any, doc_id: str) -> list[tuple[str, str]]:
    """(record id, what it is) for the corpus records that rest on a document with no ingested text."""
    out: list[tuple[str, str]] = []
    below = doc_id + "/"
    for inst in bundle.institutions:
        if any(s == doc_id or s.startswith(below) for s in inst.sources):
            out.append((inst.id, "institution it establishes"))
        for p in inst.powers:
            if p.provision == doc_id or p.provision.startswith(below):
                out.append((inst.id, f"power: {p.kind.replace('_', ' ')}"))
    for n in bundle.norms:
        if any(p == doc_id or p.startswith(below) for p in n.provisions):
            out.append((n.id, f"{n.kind} resting on it"))
    for a in bundle.articles:
        if doc_id in a.discusses or any(d.startswith(below) for d in a.discusses):
            out.append((a.id, "article that discusses it"))
    return list(dict.fromkeys(out))


def kept_in_part(store: Any, item_id: str, at: date | None) -> dict | None:
    """The keep-alive rule of a later act on this provision, if it was repealed but kept in part."""
    if "/" not in item_id:
        return None
    from kg.api import kept_alive

    try:
        return kept_alive(store, item_id, at, state.corpus())
    except Exception:  # noqa: BLE001 — no graph or no status: nothing to add
        return None


def show_kept(kept: dict) -> None:
    """Why a repealed provision still stands, and for what."""
    by = ", ".join(state.chip(b) for b in kept["by"])
    text = f"**In force only in part**: repealed, but kept in force by {by}"
    if kept.get("summary"):
        text += f" — {state.md(kept['summary'])}"
    st.warning(text, icon=":material/rule:")


FLAG_COLOUR = {"repealed": "red", "struck_down": "red", "amended": "orange", "construed": "blue"}


def flag_badge(flag: dict) -> str:
    """A citator flag (struck down, construed …) as a coloured badge."""
    colour = FLAG_COLOUR.get(flag["flag"], "violet")
    return f":{colour}-badge[{state.md(flag['flag'].replace('_', ' '))}]"


def citator_line(flag: dict) -> str:
    """One citator flag as markdown: the badge, by whom (linked), when, our reading and any deadline."""
    line = flag_badge(flag)
    if flag.get("by"):
        line += f" by {state.chip(flag['by'], flag.get('by_citation'))}"
    if flag.get("date"):
        line += f" on {state.md(flag['date'])}"
    if flag.get("checked_against_text") is False:
        line += " " + (
            ":orange-badge[news report]" if flag.get("reported_by") == "news" else state.UNCHECKED_BADGE
        )
    reading = flag.get("reading_en") or flag.get("reading_id")
    if reading:
        line += f"  \n:gray-badge[our words] {state.md(reading)}"
    if flag.get("deadline"):
        line += f"  \n**Deadline**: {state.md(flag['deadline'])}"
    if flag.get("note"):
        line += f" — {state.named(flag['note'])}"
    return line


def show_citator(store: Any, item_id: str, at: date | None) -> None:
    """The citator's flags on this provision as they stood on the page's date, and its conflicts."""
    from kg.api import citator, conflicts_for

    try:
        flags, conflicts = citator(store, item_id, at), conflicts_for(store, [item_id], at)
    except Exception:  # noqa: BLE001 — a store without the citator's corpus: nothing to flag
        return
    if flags:
        with st.container(border=True, key="citator"):
            st.markdown("**Citator**")
            for f in flags:
                st.markdown(citator_line(f))
    for c in conflicts:
        st.warning(conflict_line(c))


def conflict_line(c: dict) -> str:
    """A conflict between regulations as markdown: the rule that settles it, what prevails, the provisions."""
    chips = " ".join(f":small[{state.chip(p)}]" for p in c.get("provisions") or [])
    principle = state.md((c.get("principle") or "").replace("_", " ").capitalize())
    prevails = c.get("prevailing_provisions") or []
    won = f"; prevails: {' '.join(state.chip(p) for p in prevails)}" if prevails else ""
    return f"**Conflict between regulations** ({principle}{won}): {state.named(c.get('note') or '')} {chips}"


def show_decision(view: dict) -> None:
    """A curated court decision without its text: the ruling per provision in our words, and sources."""
    from kg.api import display_name

    st.subheader(display_name(view["id"], state.corpus()))
    st.markdown(
        f"{state.md(view.get('title_en') or '')}  \n"
        f"Read on {state.md(view.get('date_read') or 'date not recorded')}: "
        f"**{state.md(view.get('result_en') or '')}**"
    )
    if view.get("checked_against_text") is False:
        st.warning("Not checked against the official text: this record is to be verified.")
    for r in view.get("rulings") or []:
        with st.container(border=True):
            reading = r.get("reading_en") or r.get("reading_id")
            st.markdown(
                f"{state.chip(r['provision'])} {flag_badge({'flag': r.get('result') or 'unknown'})}"
                + (f"  \n:gray-badge[our words] {state.md(reading)}" if reading else "")
                + (f"  \n**Deadline**: {state.md(r['deadline'])}" if r.get("deadline") else "")
                + (f" — {state.named(r['note'])}" if r.get("note") else "")
            )
    if view.get("unknowns"):
        st.caption("What the sources leave open: " + "; ".join(state.md(u) for u in view["unknowns"]))
    reports = [
        ", ".join(str(x[k]) for k in ("outlet", "locator", "date") if x.get(k)) + f" ({x.get('kind') or '?'})"
        for x in view.get("reports") or []
    ]
    if reports:
        st.caption("Sources: " + "; ".join(state.md(x) for x in reports))


def show_cases(case_ids: list[str]) -> None:
    """The documented cases that applied this provision, each opening on the Cases page."""
    if not case_ids:
        return
    from kg.api import display_name

    st.markdown(f"**Cases that applied this provision** ({len(case_ids)})")
    for cid in case_ids:
        st.page_link(
            routes.page("cases"),
            label=display_name(cid, state.corpus()),
            icon=":material/gavel:",
            query_params={"case": cid},
        )


def _status_note(status: dict | None) -> str | None:
    if not status or status.get("state") in (None, "in_force"):
        return None
    by = f" by {format_citation(status['by'])}" if status.get("by") else ""
    since = f" since {status['since']}" if status.get("since") else ""
    return f" — {status['state'].replace('_', ' ')}{by}{since}"


def breadcrumb(view: dict, item_id: str) -> None:
    """Links up the tree: the document, then each ancestor."""
    parts = item_id.split("/")
    if len(parts) < 2:
        return
    cols = st.columns(len(parts) - 1)
    for i, col in enumerate(cols):
        pid = "/".join(parts[: i + 1])
        with col:
            link(pid, format_citation(pid) if i == 0 else format_segment(parts[i]))


def show_norms(item_id: str) -> None:
    """What the curated corpus says this provision requires or forbids, the sanctions and who imposes them."""
    from kg.api import short_name

    bundle = state.corpus()
    norms = bundle.norms_for_provision(item_id) if bundle is not None and "/" in item_id else []
    if not norms:
        return
    st.markdown("**Norms resting on this provision** (curated corpus)")
    for n in norms:
        with st.container(border=True):
            st.markdown(f":blue-badge[{n.kind}] :violet-badge[{n.regime}] {state.md(n.act_en)}")
            cited: list[str] = list(n.sanction_provisions)
            for s in bundle.sanctions_for_norm(n.id):
                level = f" ({s.level})" if s.level else ""
                who = ", ".join(dict.fromkeys(short_name(i) for i, _ in bundle.imposers_of(s.id)))
                st.markdown(
                    f"- sanction{level}: {state.md(s.description_en)}"
                    + (f" — imposed by {who}" if who else "")
                )
                cited += [p for p in s.provisions if p not in cited]
            if cited:
                st.markdown(" ".join(f":small[{state.chip(pid)}]" for pid in dict.fromkeys(cited)))


def show_references(view: dict) -> None:
    """References both ways, each under its citation; the ones not resolved apart, with their reasons."""
    refs = view.get("references_out") or []
    out_refs = [r for r in refs if r.get("target") and r.get("resolved", True)]
    unresolved = [r for r in refs if r not in out_refs]
    in_refs = view.get("references_in") or []
    if not refs and not in_refs:
        return
    c1, c2 = st.columns(2)
    with c1:
        st.markdown(f"**Cites** ({len(out_refs)})")
        for r in out_refs[:60]:
            link(r["target"], f"{format_citation(r['target'])} — «{r['text'][:60]}»")
        if len(out_refs) > 60:
            st.caption(f"… and {len(out_refs) - 60} more")
    with c2:
        st.markdown(f"**Cited by** ({len(in_refs)})")
        for r in in_refs[:60]:
            link(r["source"], f"{r.get('citation') or format_citation(r['source'])}")
        if len(in_refs) > 60:
            st.caption(f"… and {len(in_refs) - 60} more")
    if unresolved:
        with st.expander(f"References not resolved ({len(unresolved)})"):
            for r in unresolved[:200]:
                why = state.named(r.get("reason") or "no reason recorded")
                where = format_citation(r["source"])
                st.markdown(f"- «{state.md(r['text'][:80])}» in {state.md(where)} — {why}")


def show_history(store: Any, view: dict, item_id: str) -> None:
    """The amendment history from the graph: what amended this document or provision, and when."""
    from kg.api import amendment_table

    doc_id = item_id.split("/", 1)[0]
    try:
        table = amendment_table(store, doc_id, gs=state.graph_store())
    except Exception:  # noqa: BLE001 — a document the graph does not hold simply has no history here
        return

    def concerns(target: str) -> bool:
        return "/" not in item_id or target == item_id or target.startswith(item_id + "/")

    received = [r for r in table.received if concerns(r.target)]
    whole = "/" not in item_id  # repeals and the instructions an act gives belong to the document view
    made = table.made if whole else ()
    repealed_by = table.repealed_by if whole else ()
    repeals = table.repeals if whole else ()
    if not (received or made or repealed_by or repeals):
        return
    with st.expander("Amendment history", expanded="/" in item_id and bool(received)):
        for r in sorted(received, key=lambda r: (str(r.effective or ""), r.id)):
            when = r.effective.isoformat() if r.effective else "date not recorded"
            st.markdown(
                f"- {when}: {r.kind} of {format_citation(r.target)} by {format_citation(r.amending_doc)}"
            )
        for d in repealed_by:
            st.markdown(f"- repealed by {format_citation(d)}")
            link(d)
        if made:
            st.markdown(f"This act gives {len(made)} amending instruction(s):")
            for r in made[:100]:
                st.markdown(f"- {r.kind}: {format_citation(r.target)}")
        for d in repeals:
            st.markdown(f"- repeals {format_citation(d)}")


def provision_status(store: Any, item_id: str, fallback: str | None, at: date | None = None) -> str | None:
    """The in-force status on a date (today by default) from the versions layer, else the corpus's."""
    if "/" not in item_id:
        return fallback
    try:
        from kg.api import status

        found = status(store, item_id, at, gs=state.graph_store()).status
    except Exception:  # noqa: BLE001 — provisions the graph does not hold keep the corpus's status
        return fallback
    return fallback if found == "unknown" else found


def show_at_date(store: Any, item_id: str, on: date | None) -> None:
    """The text and status in force on the page's date (versions by date)."""
    if "/" not in item_id:
        return
    with st.expander("Text as it stood on a date", expanded=on is not None):
        if on is None:
            st.caption(
                "Type a date above (the link then keeps it) to see the wording and status in force then."
            )
            return
        from kg.api import UnknownIdError, text_at

        try:
            version = text_at(store, item_id, on, gs=state.graph_store())
        except UnknownIdError:
            st.info(
                "The wording on a date comes from the official text and its amendments, which are not "
                f"ingested for {format_citation(item_id.split('/', 1)[0])} in this store."
            )
            return
        except Exception as exc:  # noqa: BLE001 — e.g. a date before the document existed
            st.warning(state.short_error(exc))
            return
        st.markdown(f"On **{on.isoformat()}**: {badge(version.status)}")
        if version.text:
            st.text(version.text)
        else:
            st.caption("No wording of this provision was in force on that date.")
        span = f"from {version.effective_from or '?'}" + (
            f" to {version.effective_to}" if version.effective_to else " (still standing)"
        )
        st.caption(f"Wording of {format_citation(version.version_source)}, {span}.")
        if version.note:
            st.caption(version.note)


def show_tree(store: Any, bundle: Any, doc_id: str, item_id: str, view: dict | None) -> None:
    """The document's tree: BAB (expandable) → Pasal; the open Pasal shows its ayat/huruf/angka."""
    st.markdown("**Contents**")
    try:
        doc = store.get(doc_id)
    except Exception:  # noqa: BLE001 — not ingested: fall back to the corpus's key provisions
        doc = None
    if doc is None:
        reg = bundle.regulation(doc_id) if bundle is not None else None
        if reg is None:
            st.caption("Nothing to list.")
            return
        if reg.provisions:
            st.caption("Key provisions (our summaries; the official text is not ingested)")
            for p in reg.provisions:
                link(p.id, p.citation.split(", ", 1)[-1])
        linked = corpus_records_citing(bundle, doc_id)
        if linked:
            st.caption("What the corpus links to it (its official text is not ingested)")
            for rid, what in linked:
                st.markdown(f"- {state.chip(rid)} :gray[{state.md(what)}]")
        if not reg.provisions and not linked:
            st.caption("The corpus records only this document's title, status and source.")
        return
    if not doc.provisions:
        st.caption("No body was parsed from this document's text.")
        return
    by_id = {p.id: p for p in doc.provisions}
    ancestors = set()
    node = by_id.get(item_id)
    while node is not None and node.parent:
        ancestors.add(node.parent)
        node = by_id.get(node.parent)
    tops = [p for p in doc.provisions if p.parent is None]
    for top in tops:
        if top.level == "buku":
            # Expanders do not nest: a Buku is a heading over its BAB expanders.
            st.markdown(f"**{state.md(heading_line(top))}**")
            for cid in top.children:
                child = by_id.get(cid)
                if child is not None:
                    _tree_top(by_id, child, item_id, ancestors)
        else:
            _tree_top(by_id, top, item_id, ancestors)


def heading_line(node: Any) -> str:
    """'BAB IV — HAK MEMILIH', with a note where the heading was damaged by OCR."""
    line = node.label + (f" — {node.heading}" if node.heading else "")
    note = ocr_note(node)
    return f"{line} ({note})" if note else line


def ocr_note(node: Any) -> str:
    """What the reader should know of a heading the scan damaged; '' for a clean one."""
    mark = getattr(node, "heading_ocr", None)
    if mark == "suspect":
        return "heading damaged in the scan, shown as read"
    if mark == "corrected":
        return f"heading corrected; the scan reads «{getattr(node, 'heading_as_read', '') or '?'}»"
    return ""


def _tree_top(by_id: dict, top: Any, item_id: str, ancestors: set[str]) -> None:
    if top.level in CONTAINERS:
        with st.expander(heading_line(top), expanded=top.id in ancestors or top.id == item_id):
            _tree_branch(by_id, top, item_id, ancestors, depth=0)
    else:
        _tree_node(by_id, top, item_id, ancestors, depth=0)


CONTAINERS = ("buku", "bab", "bagian", "paragraf", "lampiran")


def _tree_branch(by_id: dict, node: Any, item_id: str, ancestors: set[str], depth: int) -> None:
    for cid in node.children:
        child = by_id.get(cid)
        if child is None:
            continue
        if child.level in CONTAINERS:
            st.markdown(f"*{state.md(heading_line(child))}*")
            _tree_branch(by_id, child, item_id, ancestors, depth + 1)
        else:
            _tree_node(by_id, child, item_id, ancestors, depth)


def _tree_node(by_id: dict, node: Any, item_id: str, ancestors: set[str], depth: int) -> None:
    mark = "▸ " if node.id in ancestors or node.id == item_id else ""
    link(node.id, ("↳ " * min(depth, 1)) + ("· " * max(depth - 1, 0)) + mark + node.label)
    # Only the open branch is unfolded below Pasal, so long laws stay light.
    if node.id == item_id or node.id in ancestors:
        for cid in node.children:
            child = by_id.get(cid)
            if child is not None and child.level in ("ayat", "huruf", "angka"):
                _tree_node(by_id, child, item_id, ancestors, depth + 1)


if __name__ == "__main__":  # run by st.navigation as a page script
    state.guarded(render)()
