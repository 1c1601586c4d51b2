"""Index units: what one search hit is (a Pasal with everything below it, a BEIR line, a summary)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Literal

from ingest.records import Document, Provision
from kg.corpus import CorpusBundle, load_store_corpus
from kg.errors import CorpusInvalidError
from kg.ids import jenis_short
from kg.store import Store

UnitKind = Literal["provision", "beir", "document", "summary"]

# Levels that stand alone as a unit; everything below them is folded into their text.
ROOT_LEVELS = frozenset({"pasal", "diktum", "section", "lampiran"})
# lampiran counts as a container when it holds Pasal.
CONTAINER_LEVELS = frozenset({"buku", "bab", "bagian", "paragraf", "lampiran"})


@dataclass(frozen=True)
class Part:
    """A finer provision inside a unit (ayat, huruf, angka) that a hit can point at."""

    id: str
    label: str  # the citation suffix below the unit: "huruf n angka 4"
    text: str


@dataclass(frozen=True)
class Unit:
    """One retrievable unit with the text indexed for it."""

    key: str  # unique in the index: the id, plus "@amending-doc" for an amended version
    id: str  # the id a hit reports: provision id, BEIR _id, or document id
    doc_id: str
    kind: UnitKind
    citation: str  # as people cite it: "PP No. 94 Tahun 2021, Pasal 14"
    title: str  # document title and subject
    context: str  # BAB / Bagian / Paragraf headings and the unit's own heading
    text: str  # the unit's words including every part below it
    penjelasan: str = ""
    parts: tuple[Part, ...] = ()
    is_summary: bool = False  # our corpus summary, not official text
    glosses: bool = False  # a summary of a provision whose official text is indexed too: hits show that text
    version: str | None = None  # doc id of the amending act whose wording this is
    valid_from: str | None = None  # ISO date the wording took effect, where known
    valid_to: str | None = None  # ISO date it stopped applying (amended), where known
    meta: dict[str, str] = field(default_factory=dict)

    def lexical_text(self) -> str:
        """What BM25 indexes: context fields plus body and explanation."""
        return "\n".join(x for x in (self.title, self.context, self.text, self.penjelasan) if x)

    def dense_text(self) -> str:
        """What the encoder embeds: the body first, since long inputs are truncated."""
        head = f"{self.context}. " if self.context else ""
        return f"{head}{self.text}\n{self.title}".strip()

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> Unit:
        d = json.loads(line)
        d["parts"] = tuple(Part(**p) for p in d.get("parts") or ())
        return cls(**d)


def doc_citation(doc: Document) -> str:
    """How people name a document: 'PP No. 94 Tahun 2021', else its title."""
    if doc.jenis and doc.nomor and doc.tahun:
        return f"{jenis_short(doc.jenis)} No. {doc.nomor} Tahun {doc.tahun}"
    return doc.title


def provision_citation(doc: Document, pid: str, by_id: dict[str, Provision] | None = None) -> str:
    """'PP No. 94 Tahun 2021, Pasal 5 huruf n angka 4' for a provision id (containers skipped)."""
    by_id = by_id if by_id is not None else {p.id: p for p in doc.provisions}
    labels: list[str] = []
    node = by_id.get(pid)
    while node is not None:
        if node.level not in CONTAINER_LEVELS:
            labels.append(node.label)
        node = by_id.get(node.parent) if node.parent else None
    if not labels:
        return doc_citation(doc)
    return f"{doc_citation(doc)}, {' '.join(reversed(labels))}"


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _descendants(p: Provision, by_id: dict[str, Provision]) -> Iterator[Provision]:
    for cid in p.children:
        child = by_id.get(cid)
        if child is not None:
            yield child
            yield from _descendants(child, by_id)


def _context(p: Provision, by_id: dict[str, Provision]) -> str:
    heads: list[str] = []
    node = by_id.get(p.parent) if p.parent else None
    while node is not None:
        if node.level in CONTAINER_LEVELS:
            heads.append(f"{node.label} {node.heading or ''}".strip())
        node = by_id.get(node.parent) if node.parent else None
    heads.reverse()
    if p.heading:
        heads.append(p.heading)
    return " / ".join(heads)


def _unit_for(
    doc: Document,
    root: Provision,
    by_id: dict[str, Provision],
    *,
    version: str | None = None,
    valid_from: str | None = None,
    valid_to: str | None = None,
    cite_doc: Document | None = None,
) -> Unit:
    below = list(_descendants(root, by_id))
    root_labels = provision_citation(doc, root.id, by_id)
    parts = []
    lines = [f"{root.label} {root.text}".strip()]
    pen = [root.penjelasan] if root.penjelasan else []
    for q in below:
        if q.text:
            lines.append(f"{q.label} {q.text}")
        if q.penjelasan:
            pen.append(f"{q.label}: {q.penjelasan}")
        full = provision_citation(doc, q.id, by_id)
        suffix = full[len(root_labels) :].strip() if full.startswith(root_labels) else q.label
        parts.append(Part(id=q.id, label=suffix, text=q.text))
    title = " ".join(x for x in (doc.title, doc.judul) if x)
    citation = root_labels if cite_doc is None else provision_citation(cite_doc, root.id, by_id)
    return Unit(
        key=root.id if version is None else f"{root.id}@{version}",
        id=root.id,
        doc_id=doc.id,
        kind="provision",
        citation=citation,
        title=title,
        context=_context(root, by_id),
        text="\n".join(lines),
        penjelasan="\n".join(pen),
        parts=tuple(parts),
        version=version,
        valid_from=valid_from,
        valid_to=valid_to,
    )


def _roots(provs: Iterable[Provision], by_id: dict[str, Provision]) -> Iterator[Provision]:
    provs = list(provs)
    # A Lampiran that carries a whole attached act (a Perppu enacted by a UU) is a container of its
    # Pasal; only a Lampiran without Pasal of its own (a table, a form) is a unit.
    holders: set[str] = set()
    for p in provs:
        if p.level in ROOT_LEVELS - {"lampiran"}:
            node = by_id.get(p.parent) if p.parent else None
            while node is not None:
                if node.level == "lampiran":
                    holders.add(node.id)
                node = by_id.get(node.parent) if node.parent else None
    for p in provs:
        if p.level not in ROOT_LEVELS or p.id in holders:
            continue
        parent = by_id.get(p.parent) if p.parent else None
        while parent is not None and (parent.level not in ROOT_LEVELS or parent.id in holders):
            parent = by_id.get(parent.parent) if parent.parent else None
        if parent is None:  # only the outermost root-level node is a unit
            yield p


def units_for_document(
    doc: Document, first_amendment: dict[str, str] | None = None, enacted: str | None = None
) -> list[Unit]:
    """The units of one document (amended versions of its provisions come from the amending act).

    `enacted` is the ISO date the document took effect when the document itself does not say."""
    first_amendment = first_amendment or {}
    enacted = _iso(doc.diundangkan or doc.ditetapkan) or enacted
    if doc.kind == "beir":
        return [
            Unit(
                key=doc.id,
                id=doc.id,
                doc_id=doc.id,
                kind="beir",
                citation=doc.title,
                title=doc.title if doc.title != doc.id else "",
                context=" / ".join(v for k, v in sorted(doc.metadata.items()) if k.endswith("heading")),
                text=doc.body or "",
            )
        ]
    by_id = {p.id: p for p in doc.provisions}
    amended_here = {a.id for a in doc.amendments}
    out: list[Unit] = []
    for root in _roots(doc.provisions, by_id):
        if amended_here and (
            root.id in amended_here or any(q.id in amended_here for q in _descendants(root, by_id))
        ):
            continue  # an amending instruction: its new wording is indexed under the target's ids
        out.append(
            _unit_for(
                doc,
                root,
                by_id,
                valid_from=enacted,
                valid_to=first_amendment.get(root.id),
            )
        )
    if not out and (doc.body or doc.penjelasan_umum):
        out.append(
            Unit(
                key=doc.id,
                id=doc.id,
                doc_id=doc.id,
                kind="document",
                citation=doc_citation(doc),
                title=" ".join(x for x in (doc.title, doc.judul) if x),
                context="",
                text=doc.body or "",
                penjelasan=doc.penjelasan_umum or "",
                valid_from=enacted,
            )
        )
    return out


def amended_units(doc: Document, targets: dict[str, Document], enacted: str | None = None) -> list[Unit]:
    """Units for the new wording an amending act gives provisions of other documents."""
    out: list[Unit] = []
    for a in doc.amendments:
        if a.kind == "delete" or not a.new_provisions:
            continue
        target = targets.get(a.target_doc)
        by_id = {p.id: p for p in a.new_provisions}
        effective = _iso(a.effective or doc.diundangkan or doc.ditetapkan) or enacted
        for root in _roots(a.new_provisions, by_id):
            host = target or doc
            out.append(
                _unit_for(
                    host.model_copy(update={"provisions": a.new_provisions}),
                    root,
                    by_id,
                    version=doc.id,
                    valid_from=effective,
                    cite_doc=host,
                )
            )
    return out


def store_units(store: Store, *, with_summaries: bool = True) -> list[Unit]:
    """Every unit of the store, in a stable order (documents by id, provisions in order)."""
    docs = list(store.documents())
    by_doc = {d.id: d for d in docs}
    enacted = corpus_dates(store)
    # When a provision was first replaced: its original wording applies until then.
    first_amendment: dict[str, str] = {}
    for d in docs:
        for a in d.amendments:
            eff = _iso(a.effective or d.diundangkan or d.ditetapkan) or enacted.get(d.id)
            if eff and (a.target not in first_amendment or eff < first_amendment[a.target]):
                first_amendment[a.target] = eff
    units: list[Unit] = []
    for d in docs:
        units.extend(units_for_document(d, first_amendment, enacted.get(d.id)))
    for d in docs:
        if d.amendments:
            units.extend(amended_units(d, by_doc, enacted.get(d.id)))
    # Later versions end where the next one starts.
    versions: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        versions.setdefault(u.id, []).append(i)
    for idxs in versions.values():
        if len(idxs) < 2:
            continue
        idxs.sort(key=lambda i: units[i].valid_from or "")
        for a, b in zip(idxs, idxs[1:], strict=False):
            if units[b].valid_from and not units[a].valid_to:
                units[a] = replace(units[a], valid_to=units[b].valid_from)
    if with_summaries:
        # Our summaries stay indexed beside the official text they describe: they carry the everyday and
        # English words a question uses and the official wording lacks; a hit on one shows the official text.
        official = {u.id for u in units} | {p.id for u in units for p in u.parts}
        units.extend(summary_units(store, official))
    seen: set[str] = set()
    unique = []
    for u in units:
        if u.key not in seen:
            seen.add(u.key)
            unique.append(u)
    return unique


def _store_corpus(store: Store) -> CorpusBundle | None:
    """The curated corpus saved in the store (None when none was ingested)."""
    try:
        return load_store_corpus(store)
    except ValueError as exc:  # a bundle saved by an older version, or damaged: pydantic cannot read it
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise CorpusInvalidError(
            f"the curated corpus saved in the store cannot be read ({first}); "
            "load it again with `kg ingest corpus/`"
        ) from exc


def corpus_dates(store: Store) -> dict[str, str]:
    """doc id -> ISO date it took effect, from the curated corpus (for documents whose text lacks it)."""
    return _enacted(_store_corpus(store))


def _enacted(corpus: CorpusBundle | None) -> dict[str, str]:
    out = {}
    for reg in corpus.regulations if corpus else ():
        when = reg.diundangkan or reg.ditetapkan
        if when:
            out[reg.id] = when.isoformat()
    return out


def summary_units(store: Store, official: set[str]) -> list[Unit]:
    """Our curated key-provision summaries; those of provisions in `official` (indexed text) gloss it."""
    corpus = _store_corpus(store)
    if corpus is None:  # no curated corpus ingested: nothing to add
        return []
    out: list[Unit] = []
    seen: set[str] = set()
    enacted = _enacted(corpus)  # a summary speaks for its regulation from the day it took effect
    for item in _corpus_key_provisions(corpus):
        pid, citation, title, text = item
        if not pid or pid in seen or not text:
            continue
        out.append(
            Unit(
                key=f"{pid}#summary",
                id=pid,
                doc_id=pid.split("/", 1)[0],
                kind="summary",
                citation=citation,
                title=title,
                context="",
                text=text,
                is_summary=True,
                glosses=pid in official,
                valid_from=enacted.get(pid.split("/", 1)[0]),
            )
        )
        seen.add(pid)
    return out


def _corpus_key_provisions(corpus) -> Iterator[tuple[str, str, str, str]]:
    """(provision id, citation, regulation title, summary text) from the curated corpus."""
    for reg, kp in corpus.provisions():
        text = "\n".join(t for t in (kp.summary_id, kp.summary_en, kp.elucidation_id, kp.elucidation_en) if t)
        yield kp.id, kp.citation, f"{reg.title} {reg.judul}", text


def corpus_hash(units: list[Unit]) -> str:
    """A fingerprint of everything indexed (changes whenever a unit's text or id changes)."""
    h = hashlib.sha256()
    for u in units:
        h.update(u.key.encode())
        h.update(b"\0")
        h.update(hashlib.sha256(u.to_json().encode()).digest())
    return h.hexdigest()[:32]


def text_hash(text: str) -> str:
    """Fingerprint of one text (keys the embedding cache)."""
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()
