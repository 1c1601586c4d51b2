"""Versions by date: the wording of a provision in force on a day, and its status (in force, amended …).

The graph holds each provision's original wording (the document's own graph), every amending act's
instructions with the new wording in the target's namespace (``kga:ProvisionVersion``, in the
amending act's graph), repeal clauses with their date and scope, transitional clauses that keep
parts of a repealed act (``kga:keeps``), and the curated status of each regulation. Consolidation
walks the provision's subtree: each node takes the latest instruction in effect on the day that
covers it (its own, or one that replaced an ancestor), and inserted provisions join after the
sibling they follow.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from rdflib import URIRef

from kg.graph.rdfstore import ID, GraphStore, doc_iri, local_id, open_graph_store
from kg.store import Store, UnknownIdError

Status = Literal["in_force", "amended", "repealed", "not_yet_in_force", "unknown"]


class DateBeforeDocumentError(ValueError):
    """A date before the document was enacted: there was no such text on that day."""


class _Record:
    """Dict/JSON views shared by the records below (same spelling as pydantic's)."""

    def model_dump(self, mode: str = "python") -> dict:
        out = dataclasses.asdict(self)  # type: ignore[call-overload]
        if mode == "json":
            out = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in out.items()}
            out = {k: (list(v) if isinstance(v, tuple) else v) for k, v in out.items()}
        return out


@dataclass(frozen=True)
class ProvisionStatus(_Record):
    """Whether a provision is in force on a day, and by what and since when it changed."""

    provision_id: str
    at: date
    status: Status
    by: str | None = None  # the provision (or document) that amended / repealed / keeps it
    since: date | None = None
    kept_by: tuple[str, ...] = ()  # transitional provisions of a repealing act that keep it
    note: str = ""
    rests_on: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class VersionedText(_Record):
    """The consolidated wording of a provision on a day."""

    provision_id: str
    at: date
    text: str
    status: Status
    version_source: str  # the document whose wording this is (the original act or the amending act)
    effective_from: date | None
    effective_to: date | None  # the last day of this wording; None while it still stands
    by: str | None = None
    note: str = ""
    rests_on: list[str] = field(default_factory=list)


@dataclass
class _Node:
    id: str
    level: str
    label: str
    text: str
    parent: str | None
    order: int
    source: str  # doc id whose wording this is
    amendment: str | None = None
    effective: date | None = None


@dataclass
class _Amendment:
    id: str
    kind: str
    target: str
    effective: date | None
    amending_doc: str
    position_after: str | None
    rests_on: str | None
    versions: dict[str, _Node] = field(default_factory=dict)


@dataclass
class _Repeal:
    by: str
    target: str
    effective: date | None
    scope: str
    span: str


@dataclass
class _DocHistory:
    doc_id: str
    ditetapkan: date | None
    diundangkan: date | None
    in_force_from: date | None
    original: dict[str, _Node]
    amendments: list[_Amendment]
    repeals: list[_Repeal]
    keeps: dict[str, list[str]]  # kept provision/doc id -> keeping provisions
    curated: tuple[str | None, str | None, date | None]  # state, by, since


def _covers(ancestor: str, pid: str) -> bool:
    return pid == ancestor or pid.startswith(ancestor + "/")


def _load(gs: GraphStore, doc_id: str) -> _DocHistory:
    """Everything the graph says about how a document and its provisions changed over time."""
    d = doc_iri(doc_id)
    info = gs.select(
        """SELECT ?dt ?du ?df WHERE { GRAPH ?g { ?doc a ?cls .
             OPTIONAL { ?doc eli:date_document ?dt } OPTIONAL { ?doc eli:date_publication ?du }
             OPTIONAL { ?doc eli:first_date_entry_in_force ?df } } }""",
        {"doc": d},
    ).rows
    if not info:
        raise LookupError(doc_id)

    def first(i: int) -> date | None:
        vals = [r[i] for r in info if isinstance(r[i], date)]
        return min(vals) if vals else None

    amendments = _load_amendments(gs, d)
    return _DocHistory(
        doc_id,
        first(0),
        first(1),
        first(2),
        _load_original(gs, d, doc_id),
        sorted(amendments.values(), key=lambda a: (a.effective or date.min, a.id)),
        _repeals_by_document(gs).get(doc_id, []),
        _keeps_by_document(gs).get(doc_id, {}),
        _load_curated(gs, d),
    )


def _load_original(gs: GraphStore, d: URIRef, doc_id: str) -> dict[str, _Node]:
    """The original wording of every provision of the document (ids are paths)."""
    rows = gs.select(
        """SELECT ?p ?level ?label ?text ?parent ?order WHERE { GRAPH ?g {
             ?p kga:inDocument ?doc ; kga:order ?order ; eli:is_part_of ?parent .
             OPTIONAL { ?p kga:level ?level } OPTIONAL { ?p kga:label ?label }
             OPTIONAL { ?p kga:text ?text } } }""",
        {"doc": d},
    ).rows
    return {
        local_id(p): _Node(local_id(p), lv or "", lb or "", tx or "", local_id(par), int(o), doc_id)
        for p, lv, lb, tx, par, o in rows
    }


def _load_amendments(gs: GraphStore, d: URIRef) -> dict[Any, _Amendment]:
    """The amending instructions aimed at the document, each with its new wording."""
    amendments: dict[Any, _Amendment] = {}
    for am, kind, target, eff, adoc, after, rests in gs.select(
        """SELECT ?am ?kind ?target ?eff ?adoc ?after ?rests WHERE { GRAPH ?g {
             ?am kga:targetDocument ?doc ; kga:amendmentKind ?kind ; kga:target ?target ;
                 kga:amendingDocument ?adoc .
             OPTIONAL { ?am kga:effective ?eff } OPTIONAL { ?am kga:positionAfter ?after }
             OPTIONAL { ?am kga:restsOn ?rests } } }""",
        {"doc": d},
    ).rows:
        amendments[am] = _Amendment(
            local_id(am),
            kind,
            local_id(target),
            eff if isinstance(eff, date) else None,
            local_id(adoc),
            local_id(after) if after else None,
            local_id(rests) if rests else None,
        )
    for _v, am, of, parent, lv, lb, tx, o in gs.select(
        """SELECT ?v ?am ?of ?parent ?level ?label ?text ?order WHERE { GRAPH ?g {
             ?am kga:targetDocument ?doc . ?v kga:byAmendment ?am ; kga:versionOf ?of .
             OPTIONAL { ?v kga:parentId ?parent } OPTIONAL { ?v kga:level ?level }
             OPTIONAL { ?v kga:label ?label } OPTIONAL { ?v kga:text ?text } OPTIONAL { ?v kga:order ?order }
           } }""",
        {"doc": d},
    ).rows:
        a = amendments.get(am)
        if a is None:
            continue
        node = _Node(
            local_id(of),
            lv or "",
            lb or "",
            tx or "",
            local_id(parent) if parent else None,
            int(o or 0),
            a.amending_doc,
            a.id,
            a.effective,
        )
        a.versions[node.id] = node
    return amendments


def _doc_of(iri: str) -> str | None:
    """The document id an id IRI belongs to (ids are paths below it), or None for other IRIs."""
    return iri[len(ID) :].split("/", 1)[0] if iri.startswith(ID) else None


def _repeals_by_document(gs: GraphStore) -> dict[str, list[_Repeal]]:
    """Every repeal clause in the graph by the document it is aimed at (at or below it)."""

    def load() -> dict[str, list[_Repeal]]:
        # One scan for all documents: a clause's target is not indexed by its document.
        out: dict[str, list[_Repeal]] = {}
        for by, t, eff, scope, span in gs.select(
            """SELECT ?by ?t ?eff ?scope ?span WHERE { GRAPH ?g {
                 ?r a kga:Repeal ; kga:repealedBy ?by ; kga:target ?t .
                 OPTIONAL { ?r kga:effective ?eff } OPTIONAL { ?r kga:repealScope ?scope }
                 OPTIONAL { ?r kga:span ?span } } }"""
        ).rows:
            doc = _doc_of(t)
            if doc is not None:
                r = _Repeal(
                    local_id(by),
                    local_id(t),
                    eff if isinstance(eff, date) else None,
                    scope or "full",
                    span or "",
                )
                out.setdefault(doc, []).append(r)
        return out

    return gs.memo(("versions", "repeals"), load)


def _keeps_by_document(gs: GraphStore) -> dict[str, dict[str, list[str]]]:
    """Per document, each kept provision or document id -> the transitional provisions that keep it."""

    def load() -> dict[str, dict[str, list[str]]]:
        out: dict[str, dict[str, list[str]]] = {}
        for k, t in gs.select("SELECT ?k ?t WHERE { GRAPH ?g { ?k kga:keeps ?t . } }").rows:
            doc = _doc_of(t)
            if doc is not None:
                out.setdefault(doc, {}).setdefault(local_id(t), []).append(local_id(k))
        return out

    return gs.memo(("versions", "keeps"), load)


def _load_curated(gs: GraphStore, d: URIRef) -> tuple[str | None, str | None, date | None]:
    """The curated status of the document: (state, by, since)."""
    cur = gs.select(
        """SELECT ?state ?by ?since WHERE { GRAPH ?g { ?doc kga:statusState ?state .
             OPTIONAL { ?doc kga:statusBy ?by } OPTIONAL { ?doc kga:statusSince ?since } } }""",
        {"doc": d},
    ).rows
    return (cur[0][0], local_id(cur[0][1]) if cur[0][1] else None, cur[0][2]) if cur else (None, None, None)


class _Consolidator:
    """The tree of one provision on one day."""

    def __init__(self, h: _DocHistory, at: date):
        self.h, self.at = h, at
        self.in_effect = [a for a in h.amendments if a.effective is not None and a.effective <= at]
        self.used: list[_Amendment] = []

    def latest_for(self, pid: str) -> _Amendment | None:
        """The latest instruction in effect whose region covers pid."""
        hits = [
            a for a in self.in_effect if _covers(a.target, pid) or (a.kind == "insert" and pid in a.versions)
        ]
        return hits[-1] if hits else None

    def node(self, pid: str) -> _Node | None:
        a = self.latest_for(pid)
        if a is None:
            return self.h.original.get(pid)
        self.used.append(a)
        if a.kind == "delete":
            return None
        return a.versions.get(pid)  # replaced without this node: it is gone

    def children(self, n: _Node) -> list[str]:
        pool = (
            self.h.original.values()
            if n.amendment is None
            else next(a for a in self.h.amendments if a.id == n.amendment).versions.values()
        )
        kids = [c for c in sorted(pool, key=lambda c: c.order) if c.parent == n.id]
        ids = [c.id for c in kids]
        for a in self.in_effect:  # provisions inserted below this node later on
            if a.kind != "insert" or (n.effective and a.effective and a.effective <= n.effective):
                continue
            for v in sorted(a.versions.values(), key=lambda c: c.order):
                if v.parent == n.id and v.id not in ids:
                    after = a.position_after
                    ids.insert(ids.index(after) + 1 if after in ids else len(ids), v.id)
        return ids

    def render(self, pid: str, depth: int = 0) -> list[str]:
        n = self.node(pid)
        if n is None:
            return []
        if n.level in ("ayat",):
            line = f"({n.label.split('(')[-1].rstrip(')')}) {n.text}".rstrip()
        elif n.level in ("huruf", "angka"):
            line = f"{n.label.split()[-1]}. {n.text}".rstrip()
        else:
            line = (n.label + "\n" + n.text).strip() if depth == 0 or n.text else n.label
        out = [line] if line else []
        for c in self.children(n):
            out.extend(self.render(c, depth + 1))
        return out


def _loaded(store: Store, pid: str, gs: GraphStore | None) -> _DocHistory:
    """The history of pid's document, from the graph given or one opened (and closed) for it."""
    if gs is not None:
        return _history(gs, store, pid)
    own = open_graph_store(store)
    try:
        return _history(own, store, pid)
    finally:
        own.close()


def _history(gs: GraphStore, store: Store, pid: str) -> _DocHistory:
    """The document's history, loaded once per open store: questions ask about many of its provisions."""
    doc_id = pid.split("/", 1)[0]
    try:
        return gs.memo(("versions", doc_id), lambda: _load(gs, doc_id))
    except LookupError:
        raise UnknownIdError(pid, store.suggest(doc_id)) from None


def _check_date(h: _DocHistory, at: date) -> None:
    born = h.ditetapkan or h.diundangkan or h.in_force_from
    if born and at < born:
        raise DateBeforeDocumentError(
            f"{h.doc_id} did not exist on {at.isoformat()}: it was enacted on {born.isoformat()}"
        )


def _status(h: _DocHistory, pid: str, at: date) -> ProvisionStatus:
    """The status of pid on a day: repealed (or kept), removed, amended, inserted, not yet or in force."""
    _check_date(h, at)
    start = h.in_force_from or h.diundangkan or h.ditetapkan
    if start is None:
        return ProvisionStatus(pid, at, "unknown", note="the document carries no dates", rests_on=[pid])
    repealed = _repeal_status(h, pid, at) or _curated_repeal_status(h, pid, at)
    if repealed is not None:
        return repealed
    if "/" not in pid:  # the document as a whole
        if at < start:
            return ProvisionStatus(
                pid, at, "not_yet_in_force", pid, start, (), f"takes effect on {start}", [pid]
            )
        return ProvisionStatus(pid, at, "in_force", None, start, (), "", [pid])
    c = _Consolidator(h, at)
    if c.node(pid) is None:
        return _absent_status(h, c, pid, at)
    if at < start:
        return ProvisionStatus(
            pid, at, "not_yet_in_force", h.doc_id, start, (), f"{h.doc_id} takes effect on {start}", [pid]
        )
    c.render(pid)  # walks the subtree, recording every instruction that shaped it
    if c.used:
        a = max(c.used, key=lambda a: (a.effective or date.min, a.id))
        if all(u.kind == "insert" and u.target == pid for u in c.used):
            return _by_amendment(pid, at, "in_force", a, f"inserted by {a.amending_doc}")
        return _by_amendment(pid, at, "amended", a, f"as amended by {a.amending_doc}")
    return ProvisionStatus(pid, at, "in_force", None, start, (), "", [pid])


def _by_amendment(pid: str, at: date, status: Status, a: _Amendment, note: str) -> ProvisionStatus:
    """A status an amending instruction gave pid, resting on the provision that gives it."""
    return ProvisionStatus(
        pid,
        at,
        status,
        a.rests_on or a.amending_doc,
        a.effective,
        (),
        note,
        [pid] + ([a.rests_on] if a.rests_on else []),
    )


def _repeal_status(h: _DocHistory, pid: str, at: date) -> ProvisionStatus | None:
    """Repealed, or kept in force by a transitional clause, when a repeal covering pid is in effect."""
    repeals = sorted(
        (r for r in h.repeals if r.effective and r.effective <= at and _covers(r.target, pid)),
        key=lambda r: r.effective or date.min,
    )
    if not repeals:
        return None
    if "/" in pid:
        # A provision an amendment removed before the repeal stays "removed by" that amendment.
        early = _Consolidator(h, repeals[-1].effective or at)
        if early.node(pid) is None and any(a.kind == "delete" for a in early.used):
            return None
    r = repeals[-1]
    note = f"repealed by {r.by}" + (
        " (partial repeal: it keeps what it says it does not cover)" if r.scope == "partial" else ""
    )
    kept = [k for t, ks in h.keeps.items() if "/" in t and (_covers(t, pid) or _covers(pid, t)) for k in ks]
    if kept:
        return ProvisionStatus(
            pid,
            at,
            "in_force",
            r.by,
            r.effective,
            tuple(kept),
            f"{note}; kept in force by {', '.join(kept)}",
            [pid, r.by, *kept],
        )
    saved = list(h.keeps.get(h.doc_id, []))
    if saved:
        note += f"; see also the transitional provision(s) {', '.join(saved)} of the repealing act"
    return ProvisionStatus(pid, at, "repealed", r.by, r.effective, (), note, [pid, r.by, *saved])


def _curated_repeal_status(h: _DocHistory, pid: str, at: date) -> ProvisionStatus | None:
    """Repealed on the curated record's word, when the graph holds no repeal clause for it."""
    state, by, since = h.curated
    if state not in ("repealed", "replaced") or not isinstance(since, date) or since > at:
        return None
    return ProvisionStatus(
        pid, at, "repealed", by, since, (), f"{state} by {by} (curated record)", [pid] + ([by] if by else [])
    )


def _absent_status(h: _DocHistory, c: _Consolidator, pid: str, at: date) -> ProvisionStatus:
    """Why pid has no wording on the day: an amendment removed it, or one inserts it later."""
    deleted = [a for a in c.used if a.kind == "delete" or pid not in a.versions]
    if deleted:
        a = deleted[-1]
        return _by_amendment(pid, at, "repealed", a, f"removed by {a.amending_doc}")
    later = [a for a in h.amendments if pid in a.versions]
    if later:
        a = later[0]
        return _by_amendment(
            pid, at, "not_yet_in_force", a, f"inserted by {a.amending_doc} from {a.effective}"
        )
    raise LookupError(pid)


def status(
    store: Store, provision_id: str, at: date | None = None, gs: GraphStore | None = None
) -> ProvisionStatus:
    """The in-force status of a provision on a day (today by default)."""
    at = at or date.today()
    h = _loaded(store, provision_id, gs)
    try:
        return _status(h, provision_id, at)
    except LookupError:
        raise UnknownIdError(provision_id, _suggest(store, h, provision_id)) from None


def amending_points(
    store: Store, provision_id: str, at: date | None = None, gs: GraphStore | None = None
) -> tuple[str, ...]:
    """Every amending point in effect by the day (today by default) that rewrote, removed or inserted the
    provision, the whole it sits in or a part of it, oldest first: "is it still the 2015 wording?"."""
    at = at or date.today()
    h = _loaded(store, provision_id, gs)
    touching = [
        a
        for a in h.amendments
        if a.effective is not None
        and a.effective <= at
        and (
            _covers(a.target, provision_id)
            or _covers(provision_id, a.target)
            or any(_covers(provision_id, v) for v in a.versions)
        )
    ]
    touching.sort(key=lambda a: (a.effective, a.id))
    return tuple(dict.fromkeys(a.rests_on or a.amending_doc for a in touching))


def text_at(store: Store, provision_id: str, at: date, gs: GraphStore | None = None) -> VersionedText:
    """The wording of a provision in force on a day, with where it comes from and how long it stood."""
    if "/" not in provision_id:
        raise ValueError(f"{provision_id} is a document; give a provision id such as {provision_id}/pasal-1")
    h = _loaded(store, provision_id, gs)
    try:
        st = _status(h, provision_id, at)
    except LookupError:
        raise UnknownIdError(provision_id, _suggest(store, h, provision_id)) from None
    c = _Consolidator(h, at)
    lines = c.render(provision_id) if st.status != "repealed" or st.kept_by else []
    shaping = [a for a in c.used if a.kind != "delete"]
    last = max(shaping, key=lambda a: (a.effective or date.min, a.id)) if shaping else None
    start = h.in_force_from or h.diundangkan or h.ditetapkan
    source = last.amending_doc if last else h.doc_id
    frm = last.effective if last else start
    if st.status == "repealed":
        frm, source = st.since, (st.by or source).split("/", 1)[0]
    # The wording stands until the next instruction touching this subtree, or a repeal.
    nxt = [
        a.effective
        for a in h.amendments
        if a.effective
        and a.effective > at
        and (_covers(a.target, provision_id) or _covers(provision_id, a.target))
    ]
    nxt += [
        r.effective for r in h.repeals if r.effective and r.effective > at and _covers(r.target, provision_id)
    ]
    to = min(nxt) - timedelta(days=1) if nxt else None
    rests = list(dict.fromkeys(st.rests_on + ([last.rests_on] if last and last.rests_on else [])))
    return VersionedText(
        provision_id, at, "\n".join(lines), st.status, source, frm, to, st.by, st.note, rests
    )


def _suggest(store: Store, h: _DocHistory, pid: str) -> list[str]:
    import difflib

    # Only ids at or below the one asked for, as before the history held the whole document.
    pool = [i for i in [*h.original, *(v for a in h.amendments for v in a.versions)] if _covers(pid, i)]
    if not pool:
        try:
            return store.suggest(pid, store.get(h.doc_id))
        except (UnknownIdError, ValueError):
            return []
    return difflib.get_close_matches(pid, list(dict.fromkeys(pool)), n=5, cutoff=0.5)
