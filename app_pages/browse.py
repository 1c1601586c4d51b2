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
    tree_col, main_col = st.columns([1, 2.4], gap="large")
    with main_col:
        view = show_item(store, item_id)
    with tree_col:
        show_tree(store, bundle, item_id.split("/", 1)[0], item_id, view)


def _open_document(key: str) -> None:
    chosen = st.session_state.get(key)
    if chosen:
        st.query_params["id"] = chosen


def show_item(store: Any, item_id: str) -> dict | None:
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

    status = provision_status(store, item_id, (view.get("status") or {}).get("state"))
    st.subheader(view["citation"])
    st.markdown(f"`{item_id}` {badge(status)}" + (_status_note(view.get("status")) or ""))
    breadcrumb(view, item_id)
    if not view.get("official_text"):
        st.info("No official text ingested for this id: what follows is our own summary of it.")
    if view.get("checked_against_text") is False:
        st.warning("Not checked against the official text: this record is to be verified.")
    if view.get("heading") or view.get("judul"):
        st.markdown(f"**{view.get('heading') or view.get('judul')}**")
    if view.get("full_text"):
        st.markdown("**Official text**")
        st.text(view["full_text"])
    for key, lang in (("summary_id", "Indonesian"), ("summary_en", "English")):
        if view.get(key):
            st.markdown(f"**Our summary ({lang})** :gray-badge[summary]  \n{view[key]}")
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
    show_norms(view.get("norms") or [])
    show_references(view)
    show_history(store, view, item_id)
    show_at_date(store, item_id)
    source = view.get("source") or {}
    if source.get("file"):
        where = source["file"] + (f", page {source['page']}" if source.get("page") else "")
        st.caption(f"Source: {where}")
    return view


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


def show_norms(norms: list[dict]) -> None:
    """What the curated corpus says this provision requires or forbids, and the sanctions."""
    if not norms:
        return
    st.markdown("**Norms resting on this provision** (curated corpus)")
    for n in norms:
        with st.container(border=True):
            st.markdown(f":blue-badge[{n['kind']}] :violet-badge[{n['regime']}] {n['act']}")
            cited: list[str] = []
            for s in n.get("sanctions", []):
                level = f" ({s['level']})" if s.get("level") else ""
                st.markdown(f"- sanction{level}: {s['description']}")
                cited += [p for p in s.get("provisions", []) if p not in cited]
            for pid in cited:
                link(pid)


def show_references(view: dict) -> None:
    out_refs = [r for r in view.get("references_out") or []]
    in_refs = view.get("references_in") or []
    if not out_refs and not in_refs:
        return
    c1, c2 = st.columns(2)
    with c1:
        st.markdown(f"**Cites** ({len(out_refs)})")
        for r in out_refs[:60]:
            if r.get("target"):
                link(r["target"], f"{format_citation(r['target'])} — «{r['text'][:60]}»")
            else:
                st.caption(f"«{r['text'][:60]}» (unresolved{': ' + r['reason'] if r.get('reason') else ''})")
    with c2:
        st.markdown(f"**Cited by** ({len(in_refs)})")
        for r in in_refs[:60]:
            link(r["source"], f"{r.get('citation') or format_citation(r['source'])}")


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


def provision_status(store: Any, item_id: str, fallback: str | None) -> str | None:
    """The in-force status today from the versions layer, else the document's status in the corpus."""
    if "/" not in item_id:
        return fallback
    try:
        from kg.api import status

        found = status(store, item_id, gs=state.graph_store()).status
    except Exception:  # noqa: BLE001 — provisions the graph does not hold keep the corpus's status
        return fallback
    return fallback if found == "unknown" else found


def show_at_date(store: Any, item_id: str) -> None:
    """The text and status in force on a chosen date (versions by date)."""
    if "/" not in item_id:
        return
    with st.expander("Text as it stood on a date"):
        on = st.date_input("Date", value=None, key="browse_at", min_value=date(1945, 1, 1))
        if on is None:
            st.caption("Choose a date to see the wording and status in force then.")
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
        st.caption("Key provisions (our summaries; the official text is not ingested)")
        for p in reg.provisions:
            link(p.id, p.citation.split(", ", 1)[-1])
        return
    by_id = {p.id: p for p in doc.provisions}
    ancestors = set()
    node = by_id.get(item_id)
    while node is not None and node.parent:
        ancestors.add(node.parent)
        node = by_id.get(node.parent)
    tops = [p for p in doc.provisions if p.parent is None]
    for top in tops:
        if top.level in ("bab", "bagian", "paragraf", "lampiran"):
            title = f"{top.label}" + (f" — {top.heading}" if top.heading else "")
            with st.expander(title, expanded=top.id in ancestors):
                _tree_branch(by_id, top, item_id, ancestors, depth=0)
        else:
            _tree_node(by_id, top, item_id, ancestors, depth=0)


def _tree_branch(by_id: dict, node: Any, item_id: str, ancestors: set[str], depth: int) -> None:
    for cid in node.children:
        child = by_id.get(cid)
        if child is None:
            continue
        if child.level in ("bagian", "paragraf"):
            st.markdown(f"{'  ' * depth}*{child.label}*" + (f" — {child.heading}" if child.heading else ""))
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
