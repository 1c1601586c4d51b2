"""Build the knowledge graph: parsed documents and the curated corpus -> RDF, one named graph per source.

Sources are the documents of the store (graph ``<base>/graph/{doc_id}``), the curated corpus (one
graph per record type, ``corpus/norms`` …, because the store's corpus bundle does not keep the file
each record came from) and the ontology. Each graph carries the hash of what it was built from, so
a build only rewrites the graphs whose source changed and drops the graphs whose source is gone.
Graphs are written through ``kg.graph.bulk``: in large N-Quads loads, each graph's hash last, so a
graph with a hash is complete and an interrupted build is finished by the next one.
"""

from __future__ import annotations

import hashlib
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from rdflib import RDF, XSD, Literal, Namespace, URIRef
from rdflib.term import Node

from ingest.records import Document, Provision, Reference
from kg.graph.rdfstore import (
    GRAPH,
    ID,
    KGA,
    CachedNamespace,
    NQuads,
    doc_iri,
    graph_iri,
    graph_nquads,
    open_graph_store,
    remember_backend,
)
from kg.store import Store, UnknownIdError

ELI = CachedNamespace("http://data.europa.eu/eli/ontology#")
K = CachedNamespace(KGA)
ONTOLOGY_FILE = Path(__file__).with_name("ontology.ttl")
SHAPES_FILE = Path(__file__).with_name("shapes.ttl")
# Bump when the mapping changes, so every graph is rebuilt once.
MAPPING_VERSION = "6"  # 6: the split of the power to punish by post, tier and distance (holds_post)

Triple = tuple[Node, Node, Node]
T = TypeVar("T")

_DOC_CLASS = {
    "regulation": K.Regulation,
    "amending_act": K.AmendingAct,
    "joint_decree": K.JointDecree,
    "article": K.JournalArticle,
    "beir": K.TextDocument,
    "text": K.TextDocument,
}
_NORM_KIND = {
    "obligation": K.Obligation,
    "prohibition": K.Prohibition,
    "permission": K.Permission,
    "power": K.PowerNorm,
}
_SANCTION_CLASS = {
    "disciplinary": K.DisciplinarySanction,
    "moral": K.MoralSanction,
    "imprisonment": K.CriminalSanction,
    "fine": K.CriminalSanction,
    "imprisonment-and-fine": K.CriminalSanction,
    "dismissal": K.AdministrativeSanction,
    "disqualification": K.AdministrativeSanction,
    "other": K.Sanction,
}
# A clause of a repealing act that keeps something of the act it repeals ("... tetap berlaku",
# "... berlaku ketentuan ... Pasal 7 ayat (3) PP 53/2010", "... diselesaikan sesuai dengan PP ...").
SAVING_RE = re.compile(
    r"tetap berlaku|berlaku ketentuan|diselesaikan sesuai dengan|sepanjang tidak mengatur",
    re.IGNORECASE,
)
PARTIAL_REPEAL_RE = re.compile(r"\bsepanjang\b|\bkecuali\b", re.IGNORECASE)


@dataclass(frozen=True)
class BuildReport:
    """What a build did."""

    triples: int  # triples in the whole graph after the build
    graphs: int  # named graphs in the store after the build
    seconds: float
    shacl_conforms: bool | None  # None when validation was switched off
    rebuilt: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: int = 0
    shacl_messages: tuple[str, ...] = ()
    backend: str = "embedded"


@dataclass
class _Triples:
    """Collects triples for one graph; skips empty values so records need no None checks."""

    out: list[Triple] = field(default_factory=list)

    def add(self, s: Node, p: Node, o: object, lang: str | None = None) -> None:
        if o is None or o == "" or o == ():
            return
        if isinstance(o, Node):
            self.out.append((s, p, o))
        elif isinstance(o, bool):
            self.out.append((s, p, Literal(o)))
        elif isinstance(o, date):
            self.out.append((s, p, Literal(o.isoformat(), datatype=XSD.date)))
        elif isinstance(o, int):
            self.out.append((s, p, Literal(str(o), datatype=XSD.integer)))
        else:
            self.out.append((s, p, Literal(str(o), lang=lang)))


def corpus_iri(rid: str) -> URIRef:
    """IRI of a corpus record: ``norm:pp-94-2021/x`` -> ``<base>/id/norm/pp-94-2021/x``."""
    return doc_iri(rid.replace(":", "/", 1))


def parent_path(pid: str) -> str:
    """The structural parent by id: ``a/pasal-5/huruf-n`` -> ``a/pasal-5``; a Pasal -> its document."""
    return pid.rsplit("/", 1)[0] if "/" in pid else pid


# -- documents --------------------------------------------------------------------------------
def document_effective(doc: Document) -> date | None:
    """When a document takes effect: its commencement clause, else diundangkan, else ditetapkan."""
    for r in doc.references:
        if r.kind == "commencement" and r.effective:
            return r.effective
    return doc.diundangkan or doc.ditetapkan


def _provision_triples(t: _Triples, doc_id: str, p: Provision, order: int, subject: URIRef) -> None:
    t.add(subject, K.level, p.level)
    t.add(subject, K.number, p.number)
    t.add(subject, K.label, p.label)
    t.add(subject, K.heading, p.heading)
    t.add(subject, K.text, p.text)
    t.add(subject, K.penjelasan, p.penjelasan)
    t.add(subject, K.order, order)


def document_triples(doc: Document, source_hash: str) -> list[Triple]:
    """The triples of one parsed document (its own named graph)."""
    t = _Triples()
    d = doc_iri(doc.id)
    g = graph_iri(doc.id)
    t.add(g, K.sourceHash, source_hash)
    t.add(g, K.builtFrom, d)
    if doc.kind in ("regulation", "amending_act", "joint_decree"):
        t.add(d, RDF.type, ELI.LegalResource)
    t.add(d, RDF.type, _DOC_CLASS[doc.kind])
    t.add(d, ELI.title, doc.title)
    t.add(d, K.judul, doc.judul)
    t.add(d, K.jenis, doc.jenis)
    t.add(d, ELI.number, doc.nomor)
    t.add(d, K.tahun, doc.tahun)
    t.add(d, K.docKind, doc.kind)
    t.add(d, ELI.date_document, doc.ditetapkan)
    t.add(d, ELI.date_publication, doc.diundangkan)
    t.add(d, ELI.first_date_entry_in_force, document_effective(doc))
    t.add(d, K.sourceFile, doc.source.file)
    if doc.kind in ("beir", "text"):
        t.add(d, K.text, doc.body)
    for a in doc.authors:
        t.add(d, K.author, a)
    known = {p.id for p in doc.provisions}
    for i, p in enumerate(doc.provisions):
        s = doc_iri(p.id)
        t.add(s, RDF.type, K.Provision)
        t.add(s, RDF.type, ELI.LegalResourceSubdivision)
        t.add(s, K.inDocument, d)
        t.add(s, ELI.is_part_of, doc_iri(p.parent) if p.parent and p.parent in known else d)
        _provision_triples(t, doc.id, p, i, s)
        t.add(s, K.amendedBy, doc_iri(p.amended_by) if p.amended_by else None)
    _reference_triples(t, doc)
    _amendment_triples(t, doc)
    _extracted_norm_triples(t, doc)
    for f in doc.footnotes:
        for target in f.cites:
            t.add(d, K.citesWork, doc_iri(target))
    return t.out


_LINK_REGIME = {
    "criminal": "criminal",
    "disciplinary": "discipline",
    "ethical": "ethics",
    "administrative": "administrative",
}


def _extracted_norm_triples(t: _Triples, doc: Document) -> None:
    """Norms, definitions, sanction links and powers of the norms stage, in the curated norms' classes.

    Each carries ``kga:normSource "extracted"``; the curated corpus wins where both sit on one
    provision (see ``kg.graph.norms``), so nothing here overrides a curated fact.
    """
    regime: dict[str, str] = {}
    for i, link in enumerate(doc.sanction_links):
        s = doc_iri(f"sanction-link/{link.provision}/{i}")
        t.add(s, RDF.type, K.SanctionLink)
        t.add(s, K.normSource, "extracted")
        t.add(s, K.restsOn, doc_iri(link.provision))
        t.add(s, K.regime, _LINK_REGIME[link.regime])
        t.add(s, K.sanctionKind, link.penalty)
        t.add(s, K.sanctionLevel, link.level)
        low = link.prison_min_months if link.prison_min_months is not None else link.kurungan_min_months
        high = link.prison_max_months if link.prison_max_months is not None else link.kurungan_max_months
        t.add(s, K.minMonths, low)
        t.add(s, K.maxMonths, high)
        t.add(s, K.minFine, link.fine_min)
        t.add(s, K.maxFine, link.fine_max)
        t.add(s, K.unresolvedReason, link.unresolved)
        for target in link.targets:
            t.add(s, K.reachesProvision, doc_iri(target))
        for nid in link.norms:
            t.add(s, K.reaches, corpus_iri(nid))
            regime.setdefault(nid, _LINK_REGIME[link.regime])
    for n in doc.norms:
        s = corpus_iri(n.id)
        if n.kind == "definition":
            t.add(s, RDF.type, K.Definition)
        else:
            t.add(s, RDF.type, K.Norm)
            t.add(s, K.normKind, _NORM_KIND[n.kind])
            t.add(s, K.regime, regime.get(n.id, "unspecified"))
            for a in n.addressees or ("unknown",):
                t.add(s, K.addressee, a)
        t.add(s, K.normSource, "extracted")
        t.add(s, K.act, n.act, "id")
        t.add(s, K.restsOn, doc_iri(n.provision))
        t.add(s, K.confidence, n.confidence)
        t.add(s, K.negated, n.negated if n.negated else None)
        for c in n.conditions:
            t.add(s, K.condition, c, "id")
        for x in n.sanction_provisions:
            t.add(s, K.sanctionProvision, doc_iri(x))
        t.add(s, K.amendedBy, doc_iri(n.amended_by) if n.amended_by else None)
    for d in doc.definitions:
        s = corpus_iri(f"norm:{d.provision}")
        t.add(s, K["term"], d.term)
        t.add(s, K.abbreviation, d.abbreviation)
    for i, pw in enumerate(doc.powers):
        s = doc_iri(f"power/{pw.provision}/{i}")
        t.add(s, RDF.type, K.ExtractedPower)
        t.add(s, K.normSource, "extracted")
        t.add(s, K.grantedBy, doc_iri(pw.provision))
        t.add(s, K.institutionName, pw.institution)
        t.add(s, K.addressee, pw.actor)
        t.add(s, K.verb, pw.verb)
        t.add(s, K.object, pw.object)


def _reference_triples(t: _Triples, doc: Document) -> None:
    d = doc_iri(doc.id)
    effective = document_effective(doc)
    texts = {p.id: p.text for p in doc.provisions}
    repealed_docs: set[str] = set()
    for n, r in enumerate(doc.references):
        src = doc_iri(r.source) if r.source else d
        if not r.resolved or not r.target:
            u = doc_iri(f"{doc.id}/ref-{n}")
            t.add(src, K.hasUnresolved, u)
            t.add(u, RDF.type, K.UnresolvedReference)
            t.add(u, K.span, r.text)
            t.add(u, K.reason, r.reason or "unresolved")
            t.add(u, K.referenceKind, r.kind)
            continue
        target = doc_iri(r.target)
        if r.kind in ("internal", "external"):
            t.add(src, ELI.cites, target)
        elif r.kind == "legal_basis":
            t.add(src, ELI.based_on, target)
            t.add(d, ELI.based_on, target)
        elif r.kind == "amends":
            t.add(src, ELI.amends, target)
        elif r.kind == "commencement":
            pass  # folded into eli:first_date_entry_in_force above
        elif r.kind == "repeal":
            repealed_docs.add(r.target.split("/", 1)[0])
            _repeal(t, f"{doc.id}/repeal-{n}", r, src, target, effective, texts.get(r.source, ""))
            t.add(d, ELI.repeals, doc_iri(r.target.split("/", 1)[0]))
    # Transitional clauses that keep parts of what this document repeals.
    if repealed_docs:
        for r in doc.references:
            if r.kind != "external" or not r.target or not r.resolved:
                continue
            if r.target.split("/", 1)[0] in repealed_docs and SAVING_RE.search(texts.get(r.source, "")):
                t.add(doc_iri(r.source), K.keeps, doc_iri(r.target))


def _repeal(
    t: _Triples, rid: str, r: Reference, src: URIRef, target: URIRef, effective: date | None, text: str
) -> None:
    node = doc_iri(rid)
    t.add(src, ELI.repeals, target)
    t.add(node, RDF.type, K.Repeal)
    t.add(node, K.repealedBy, src)
    t.add(node, K.target, target)
    t.add(node, K.effective, r.effective or effective)
    t.add(node, K.repealScope, "partial" if PARTIAL_REPEAL_RE.search(text) else "full")
    t.add(node, K.span, r.text)


def _amendment_triples(t: _Triples, doc: Document) -> None:
    d = doc_iri(doc.id)
    default_effective = document_effective(doc)
    seen: set[str] = set()
    for a in doc.amendments:
        aid = f"{a.id}/amendment"
        k = 2
        while aid in seen:  # one angka may carry several instructions
            aid, k = f"{a.id}/amendment-{k}", k + 1
        seen.add(aid)
        node = doc_iri(aid)
        effective = a.effective or default_effective
        t.add(node, RDF.type, K.Amendment)
        t.add(node, K.amendingDocument, d)
        t.add(node, K.targetDocument, doc_iri(a.target_doc))
        t.add(node, K.target, doc_iri(a.target))
        t.add(node, K.amendmentKind, a.kind)
        t.add(node, K.instruction, a.instruction)
        t.add(node, K.text, a.new_text)
        t.add(node, K.positionAfter, doc_iri(a.position_after) if a.position_after else None)
        t.add(node, K.effective, effective)
        if doc.provision(a.id) is not None:
            t.add(node, K.restsOn, doc_iri(a.id))
            t.add(doc_iri(a.id), ELI.amends, doc_iri(a.target))
        t.add(d, ELI.amends, doc_iri(a.target_doc))
        for i, np in enumerate(a.new_provisions):
            v = doc_iri(f"{np.id}/versi/{aid.replace('/', '-')}")
            t.add(v, RDF.type, K.ProvisionVersion)
            t.add(v, K.versionOf, doc_iri(np.id))
            t.add(v, K.byAmendment, node)
            t.add(v, K.versionSource, d)
            t.add(v, K.parentId, doc_iri(np.parent) if np.parent else None)
            t.add(v, K.effective, effective)
            _provision_triples(t, a.target_doc, np, i, v)
            if a.kind == "insert":
                # The inserted provision has no node in the target's own graph: give it one here.
                s = doc_iri(np.id)
                t.add(s, RDF.type, K.Provision)
                t.add(s, RDF.type, ELI.LegalResourceSubdivision)
                t.add(s, K.inDocument, doc_iri(a.target_doc))
                t.add(s, ELI.is_part_of, doc_iri(np.parent) if np.parent else doc_iri(a.target_doc))
                t.add(s, K.label, np.label)
                t.add(s, K.level, np.level)
                t.add(s, K.insertedBy, node)


# -- corpus -----------------------------------------------------------------------------------
def _level_of(pid: str) -> tuple[str | None, str | None]:
    last = pid.rsplit("/", 1)[-1]
    m = re.match(r"^(pasal|ayat|huruf|angka|diktum|bab|bagian|paragraf)-(.+)$", last)
    if m:
        return m.group(1), m.group(2)
    return ("lampiran", None) if last == "lampiran" else (None, None)


def corpus_triples(bundle: object, source_hashes: dict[str, str]) -> dict[str, list[Triple]]:
    """The corpus as one list of triples per record type (graph ``corpus/<type>``).

    Record types without triples of their own (aliases, figures) still get a graph holding their
    source hash, so a change to them is seen by the incremental build.
    """
    from kg.corpus import CorpusBundle

    assert isinstance(bundle, CorpusBundle)
    graphs: dict[str, _Triples] = {f"corpus/{k}": _Triples() for k in source_hashes}

    for name, add in _CORPUS_TRIPLES.items():
        add(graphs[name], bundle)
    for name, trip in graphs.items():
        trip.add(graph_iri(name), K.sourceHash, source_hashes[name.split("/", 1)[1]])
    return {name: trip.out for name, trip in graphs.items()}


def _regulations_triples(t: _Triples, bundle: Any) -> None:
    """Regulations with their status, amendments and curated key provisions."""
    for reg in bundle.regulations:
        d = doc_iri(reg.id)
        t.add(d, RDF.type, ELI.LegalResource)
        t.add(d, RDF.type, K.JointDecree if reg.jenis == "skb" else K.Regulation)
        t.add(d, ELI.title, reg.title)
        t.add(d, K.titleEn, reg.title_en, "en")
        t.add(d, K.judul, reg.judul)
        t.add(d, K.jenis, reg.jenis)
        t.add(d, ELI.number, reg.nomor)
        t.add(d, K.tahun, reg.tahun)
        t.add(d, ELI.date_document, reg.ditetapkan)
        t.add(d, ELI.date_publication, reg.diundangkan)
        t.add(d, K.checkedAgainstText, reg.checked_against_text)
        t.add(d, K.statusState, reg.status.state)
        t.add(d, K.statusBy, doc_iri(reg.status.by) if reg.status.by else None)
        t.add(d, K.statusSince, reg.status.since)
        t.add(d, K.statusNote, reg.status.note_en, "en")
        t.add(d, K.officialIssuer, reg.official_source.issuer)
        t.add(d, K.officialUrl, reg.official_source.url)
        if reg.status.state != "unknown":  # an unknown status asserts neither
            state = "inForce" if reg.status.state in ("in_force", "amended") else "notInForce"
            t.add(d, ELI.in_force, URIRef(f"http://data.europa.eu/eli/ontology#InForce-{state}"))
        for x in reg.amends:
            t.add(d, ELI.amends, doc_iri(x))
        for x in reg.amended_by:
            t.add(doc_iri(x), ELI.amends, d)
        for issuer in reg.issuers:
            t.add(d, K.issuer, issuer)
        for p in reg.provisions:
            s = doc_iri(p.id)
            t.add(s, RDF.type, K.Provision)
            t.add(s, RDF.type, ELI.LegalResourceSubdivision)
            t.add(s, K.inDocument, d)
            if _level_of(p.id)[0] not in ("pasal", "bab", "diktum", "lampiran"):
                # Below a Pasal the parent is the path; a Pasal's parent (its BAB) is the text's to say.
                t.add(s, ELI.is_part_of, doc_iri(parent_path(p.id)))
            t.add(s, K.citation, p.citation)
            t.add(s, K.summaryId, p.summary_id, "id")
            t.add(s, K.summaryEn, p.summary_en, "en")
            t.add(s, K.elucidationId, p.elucidation_id, "id")
            t.add(s, K.elucidationEn, p.elucidation_en, "en")
            t.add(s, K.asAmendedBy, doc_iri(p.as_amended_by) if p.as_amended_by else None)
            for x in p.rewrites:
                t.add(s, K.rewrites, doc_iri(x))
            if p.days_absent is not None:  # a penalty point graded by days absent: the days it covers
                t.add(s, K.minDaysAbsent, p.days_absent.low)
                t.add(s, K.maxDaysAbsent, p.days_absent.high)  # none written: that many days or more
                t.add(s, K.consecutiveDaysAbsent, p.days_absent.consecutive)
            for reach in p.harm:  # a penalty point graded by how far the harm reached: the reaches it covers
                t.add(s, K.harmReaches, reach)
            t.add(s, K.penaltyLevel, p.penalty_level)
            t.add(s, K.checkedAgainstText, bundle.is_checked(p.id))


def _norms_triples(t: _Triples, bundle: Any) -> None:
    """Curated norms: kind, regime, act, addressees, conditions, provisions, sanctions and linked norms."""
    for n in bundle.norms:
        s = corpus_iri(n.id)
        t.add(s, RDF.type, K.Norm)
        t.add(s, K.normKind, _NORM_KIND[n.kind])
        t.add(s, K.regime, n.regime)
        t.add(s, K.act, n.act_id, "id")
        t.add(s, K.act, n.act_en, "en")
        for a in n.addressees:
            t.add(s, K.addressee, a)
        for x in n.conditions.period:
            t.add(s, K.period, x)
        for x in n.conditions.election:
            t.add(s, K.election, x)
        if n.conditions.candidacy:
            t.add(s, K.candidacy, True)
        if n.conditions.acting:
            t.add(s, K.acting, True)
        t.add(s, K.condition, n.conditions.other_id, "id")
        t.add(s, K.condition, n.conditions.other_en, "en")
        for x in n.provisions:
            t.add(s, K.restsOn, doc_iri(x))
        for x in n.sanction_provisions:
            t.add(s, K.sanctionProvision, doc_iri(x))
        for x in n.sanctions:
            t.add(s, K.sanctionedBy, corpus_iri(x))
        for x in n.enforced_by:
            t.add(s, K.enforcedBy, corpus_iri(x))
        for x in n.same_conduct:
            t.add(s, K.sameConduct, corpus_iri(x))
        t.add(s, K.note, n.note)


def _sanctions_triples(t: _Triples, bundle: Any) -> None:
    """Curated sanctions with their regime, kind, level and ranges."""
    for sa in bundle.sanctions:
        s = corpus_iri(sa.id)
        t.add(s, RDF.type, K.Sanction)
        t.add(s, RDF.type, _SANCTION_CLASS[sa.kind])
        t.add(s, K.regime, sa.regime)
        t.add(s, K.sanctionKind, sa.kind)
        t.add(s, K.sanctionLevel, sa.level)
        t.add(s, K.description, sa.description_id, "id")
        t.add(s, K.description, sa.description_en, "en")
        if sa.range:
            t.add(s, K.minMonths, sa.range.min_months)
            t.add(s, K.maxMonths, sa.range.max_months)
            t.add(s, K.minFine, sa.range.min_fine)
            t.add(s, K.maxFine, sa.range.max_fine)
        if sa.prison_minimum is not None:  # recorded only where an official text was read: none is guessed
            t.add(s, K.prisonMinimumMonths, sa.prison_minimum.months)
            t.add(s, K.prisonMinimumReadIn, doc_iri(sa.prison_minimum.read_in))
        for x in sa.provisions:
            t.add(s, K.restsOn, doc_iri(x))


def _consequences_triples(t: _Triples, bundle: Any) -> None:
    """What a sentence or a detention does to an ASN employee's job, its condition as typed values."""
    for c in bundle.consequences:
        s = corpus_iri(c.id)
        t.add(s, RDF.type, K.EmploymentConsequence)
        t.add(s, K.regime, c.regime)
        t.add(s, K.consequenceEffect, c.effect)
        t.add(s, K.trigger, c.trigger)
        for a in c.addressees:
            t.add(s, K.addressee, a)
        # One typed value per element of the condition, so a query compares months and tests flags.
        t.add(s, K.crimeMinPrisonMonths, c.condition.min_prison_months)
        t.add(s, K.requiresOffenceOfOffice, c.condition.offence_of_office)
        for x in c.condition.detained_as:
            t.add(s, K.detainedAs, x)
        t.add(s, K.dishonourable, c.dishonourable)  # absent for what is no dismissal
        t.add(s, K.classedBy, doc_iri(c.classed_by) if c.classed_by else None)
        t.add(s, K.actedOnBy, corpus_iri(c.by) if c.by else None)
        t.add(s, K.follows, corpus_iri(c.follows) if c.follows else None)
        t.add(s, K.description, c.description_id, "id")
        t.add(s, K.description, c.description_en, "en")
        t.add(s, K.note, c.note, "en")
        for x in c.provisions:
            t.add(s, K.restsOn, doc_iri(x))


def _institutions_triples(t: _Triples, bundle: Any) -> None:
    """Institutions with their status and their powers, each power granted by a provision."""
    for inst in bundle.institutions:
        s = corpus_iri(inst.id)
        t.add(s, RDF.type, K.Institution)
        t.add(s, K.name, inst.name)
        t.add(s, K.nameEn, inst.name_en, "en")
        t.add(s, K.abbreviation, inst.abbreviation)
        t.add(s, K.partOf, corpus_iri(inst.parent) if inst.parent else None)
        t.add(s, K.statusState, inst.status.state)
        t.add(s, K.statusBy, doc_iri(inst.status.by) if inst.status.by else None)
        t.add(s, K.statusSince, inst.status.since)
        for x in inst.status.successors:
            t.add(s, K.successor, corpus_iri(x))
        for x in inst.sources:
            t.add(s, K.restsOn, doc_iri(x))
        t.add(s, K.holdsPost, inst.holds_post)
        for k, p in enumerate(inst.powers):
            pw = corpus_iri(f"{inst.id}/power-{k}")
            t.add(s, K.hasPower, pw)
            t.add(pw, RDF.type, K.Power)
            t.add(pw, K.powerKind, p.kind)
            t.add(pw, K.scope, p.scope_id, "id")
            t.add(pw, K.scope, p.scope_en, "en")
            t.add(pw, K.grantedBy, doc_iri(p.provision))
            t.add(pw, K.order, k)
            t.add(pw, K.validFrom, p.valid_from)
            t.add(pw, K.validTo, p.valid_to)
            for x in p.ended_by:
                t.add(pw, K.endedBy, doc_iri(x))
            for x in p.towards:
                t.add(pw, K.towards, corpus_iri(x))
            for x in p.norms:
                t.add(pw, K.overNorm, corpus_iri(x))
            for x in p.sanctions:
                t.add(pw, K.overSanction, corpus_iri(x))
            # PP 94/2021 Pasal 17-23 split the power to punish by the offender's post (named, or counted
            # down from the holder's post) and by the tier of the agency: one literal per value, so a
            # query matches a post or a tier with a plain triple pattern.
            for x in p.offender_posts:
                t.add(pw, K.offenderPost, x)
            for x in p.tiers:
                t.add(pw, K.agencyTier, x)
            t.add(pw, K.levelsBelow, p.levels_below)
            # PP 53/2010 splits the general staff further by pay grade: one literal per grade reached.
            for x in p.staff_grades.grades() if p.staff_grades else ():
                t.add(pw, K.staffGrade, x)


def _cases_triples(t: _Triples, bundle: Any) -> None:
    """Cases: actors by role, facts, provisions applied, outcome and reports."""
    for c in bundle.cases:
        s = corpus_iri(c.id)
        t.add(s, RDF.type, K.Case)
        t.add(s, K["title"], c.title_id, "id")
        t.add(s, K["title"], c.title_en, "en")
        t.add(s, K.date, c.date)
        t.add(s, K.place, c.place)
        t.add(s, K.election, c.election)
        t.add(s, K.conduct, c.conduct_id, "id")
        t.add(s, K.conduct, c.conduct_en, "en")
        t.add(s, K.outcome, c.outcome_id, "id")
        t.add(s, K.outcome, c.outcome_en, "en")
        for x in c.unknowns:
            t.add(s, K.unknown, x, "en")
        for k, a in enumerate(c.actors):
            u = corpus_iri(f"{c.id}/actor-{k}")
            t.add(s, K.involves, u)
            t.add(u, RDF.type, K.Actor)
            t.add(u, K.role, a.role_id, "id")
            t.add(u, K.role, a.role_en, "en")
            t.add(u, K["count"], a.count)
            t.add(u, K.employment, a.employment)
        for x in c.institutions:
            t.add(s, K.institutionInvolved, corpus_iri(x))
        for x in c.norms:
            t.add(s, K.atStake, corpus_iri(x))
        for k, f in enumerate(c.facts):
            u = corpus_iri(f"{c.id}/fact-{k}")
            t.add(s, K.hasEvent, u)
            t.add(u, RDF.type, K.Event)
            t.add(u, K.statement, f.statement_id, "id")
            t.add(u, K.statement, f.statement_en, "en")
            for src in f.sources:
                t.add(u, K.describedIn, corpus_iri(src.article))
        for src in c.sources:
            t.add(s, K.describedIn, corpus_iri(src.article))
        t.add(s, K.court, c.court)
        t.add(s, K.courtName, c.court_name)
        t.add(s, K.caseNumber, c.number)
        t.add(s, K.decidedIn, doc_iri(c.decision) if c.decision else None)
        t.add(s, K.outcomeKind, c.outcome_kind)
        t.add(s, K.reportedBy, c.reported_by)
        t.add(s, K.checkedAgainstText, c.checked_against_text)
        for x in c.provisions:
            t.add(s, K.appliesProvision, doc_iri(x))
        for k, a in enumerate(c.actors):
            t.add(corpus_iri(f"{c.id}/actor-{k}"), K.roleCode, a.role)
        _report_triples(t, s, c.id, c.reports)


def _decisions_triples(t: _Triples, bundle: Any) -> None:
    """Court decisions recorded in the corpus, with a ruling per provision tested."""
    for d in bundle.decisions:
        s = doc_iri(d.id)
        t.add(s, RDF.type, K.CourtDecision)
        t.add(s, K.court, d.court)
        t.add(s, K.courtName, d.court_name)
        t.add(s, K.caseNumber, d.number)
        t.add(s, K["title"], d.title_id, "id")
        t.add(s, K["title"], d.title_en, "en")
        t.add(s, K.dateFiled, d.filed)
        t.add(s, K.dateRead, d.date_read)
        t.add(s, K.outcome, d.result_id, "id")
        t.add(s, K.outcome, d.result_en, "en")
        t.add(s, K.reportedBy, d.reported_by)
        t.add(s, K.checkedAgainstText, d.checked_against_text)
        for x in d.petitioners:
            t.add(s, K.petitioner, x)
        for x in d.tested:
            t.add(s, K.tests, doc_iri(x))
        for x in d.unknowns:
            t.add(s, K.unknown, x, "en")
        for k, r in enumerate(d.rulings):
            u = doc_iri(f"{d.id}/ruling-{k}")
            t.add(s, K.hasRuling, u)
            t.add(u, RDF.type, K.Ruling)
            t.add(u, K.rulesOn, doc_iri(r.provision))
            t.add(u, K.rulingResult, r.result)
            t.add(u, K.citatorFlag, r.flag)
            t.add(u, K.reading, r.reading_id, "id")
            t.add(u, K.reading, r.reading_en, "en")
            t.add(u, K.deadline, r.deadline)
            t.add(u, K.note, r.note)
        _report_triples(t, s, d.id, d.reports)


def _articles_triples(t: _Triples, bundle: Any) -> None:
    """Journal articles and what they discuss and cite."""
    for a in bundle.articles:
        s = corpus_iri(a.id)
        t.add(s, RDF.type, K.JournalArticle)
        t.add(s, K.articleKind, a.kind)
        t.add(s, K["title"], a.title)
        t.add(s, K.year, a.year)
        t.add(s, K.venue, a.venue)
        t.add(s, K.url, a.url)
        t.add(s, K.sourceFile, a.file)
        for x in a.authors:
            t.add(s, K.author, x)
        for x in a.discusses:
            t.add(s, K.discusses, corpus_iri(x) if ":" in x else doc_iri(x))
        for c in a.cites:
            t.add(s, K.citesWork, corpus_iri(c.target) if ":" in c.target else doc_iri(c.target))


_CORPUS_TRIPLES = {
    "corpus/regulations": _regulations_triples,
    "corpus/norms": _norms_triples,
    "corpus/sanctions": _sanctions_triples,
    "corpus/institutions": _institutions_triples,
    "corpus/cases": _cases_triples,
    "corpus/decisions": _decisions_triples,
    "corpus/articles": _articles_triples,
    "corpus/consequences": _consequences_triples,
}


def _report_triples(t: _Triples, subject: URIRef, rid: str, reports: list) -> None:
    """Public reports (news, court records) a case or decision rests on, each a node it is described in."""
    for k, r in enumerate(reports):
        u = corpus_iri(f"{rid}/report-{k}") if ":" in rid else doc_iri(f"{rid}/report-{k}")
        t.add(subject, K.describedIn, u)
        t.add(u, RDF.type, K.Report)
        t.add(u, K.outlet, r.outlet)
        t.add(u, K.locator, r.locator)
        t.add(u, K.reportDate, r.date)
        t.add(u, K.reportKind, r.kind)
        t.add(u, K.note, r.note)


def _corpus_sources(store: Store) -> tuple[object | None, dict[str, str]]:
    """The stored corpus bundle and a hash per record type."""
    from kg.corpus import RECORD_TYPES, load_store_corpus

    bundle = load_store_corpus(store)
    if bundle is None:
        return None, {}
    hashes = {}
    for key in RECORD_TYPES:
        payload = "[" + ",".join(r.model_dump_json() for r in getattr(bundle, key)) + "]"
        hashes[key] = _hash(payload.encode())
    return bundle, hashes


# -- build ------------------------------------------------------------------------------------
def _hash(data: bytes) -> str:
    return hashlib.sha1(MAPPING_VERSION.encode() + b"\0" + data).hexdigest()


def _doc_hash(store: Store, doc_id: str) -> str:
    return _hash((store.documents_dir / f"{doc_id}.json").read_bytes())


def ontology_triples() -> list[Triple]:
    """The ontology as triples, with the hash of the file it came from."""
    from rdflib import Graph

    data = ONTOLOGY_FILE.read_bytes()
    g = Graph().parse(data=data, format="turtle")
    out: list[Triple] = list(g)
    out.append((graph_iri("ontology"), K.sourceHash, Literal(_hash(data))))
    return out


def shacl_check(triples: list[Triple]) -> tuple[bool, list[str]]:
    """Validate triples against kg/graph/shapes.ttl; returns (conforms, one line per violation)."""
    import pyshacl
    from rdflib import Graph

    data = Graph()
    for tr in triples:
        data.add(tr)
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    messages: list[str] = []
    if not conforms:
        sh = Namespace("http://www.w3.org/ns/shacl#")
        for res in report.subjects(RDF.type, sh.ValidationResult):
            focus = report.value(res, sh.focusNode)
            path = report.value(res, sh.resultPath)
            msg = report.value(res, sh.resultMessage)
            messages.append(f"{_short(focus)} {_short(path)}: {msg}")
    return bool(conforms), sorted(messages)


def _short(node: object) -> str:
    s = str(node) if node is not None else ""
    for base, pre in ((ID, ""), (KGA, "kga:"), (GRAPH, "graph:"), (str(ELI), "eli:")):
        if s.startswith(base):
            return pre + s[len(base) :]
    return s


def build_graph(
    store: Store,
    sparql_url: str | None = None,
    progress: bool = True,
    shacl: bool = True,
    only: list[str] | None = None,
    workers: int | None = None,
    _before_graph: Callable[[str], None] | None = None,
) -> BuildReport:
    """Bring the graph up to date with the store: rebuild changed sources, drop vanished ones.

    ``only`` limits the rebuild to these document ids (the rest stay as they are); ``shacl``
    validates every rebuilt graph against kg/graph/shapes.ttl; ``workers`` processes make the
    documents' triples (default: two when there are many documents, else none).
    """
    from kg.graph.bulk import GraphWriter, default_workers, document_nquads

    start = time.perf_counter()
    gs = open_graph_store(store, sparql_url, write=True)
    try:
        built = gs.graph_hashes()
        present = set(built) | (gs.named_graph_ids() if gs.kind == "embedded" else set())
        rebuilt: list[str] = []
        messages: list[str] = []
        conforms: bool | None = True if shacl else None

        with GraphWriter(gs) as writer:

            def write(nq: NQuads, verdict: tuple[bool, list[str]] | None) -> None:
                nonlocal conforms
                if _before_graph:
                    _before_graph(nq.source_id)
                if verdict is not None and not verdict[0]:
                    conforms = False
                    messages.extend(f"{nq.source_id}: {m}" for m in verdict[1])
                writer.add(nq)
                rebuilt.append(nq.source_id)

            onto = ontology_triples()
            onto_hash = str(onto[-1][2])
            if built.get("ontology") != onto_hash:
                writer.add(graph_nquads("ontology", onto))
                rebuilt.append("ontology")

            doc_ids = store.ids()
            wanted: set[str] = {"ontology"}
            todo: list[tuple[str, str]] = []
            for doc_id in doc_ids:
                wanted.add(doc_id)
                if only is not None and doc_id not in only:
                    continue
                h = _doc_hash(store, doc_id)
                if built.get(doc_id) != h:
                    todo.append((doc_id, h))
            n = workers or (default_workers(len(todo)) if gs.kind == "embedded" else 1)
            made = document_nquads(store, todo, document_triples, shacl_check if shacl else None, n)
            for nq, verdict in _progress(made, len(todo), progress, "building graph"):
                write(nq, verdict)

            bundle, corpus_hashes = _corpus_sources(store)
            wanted.update(f"corpus/{k}" for k in corpus_hashes)
            changed = {k: h for k, h in corpus_hashes.items() if built.get(f"corpus/{k}") != h}
            if bundle is not None and changed and only is None:
                for name, triples in corpus_triples(bundle, corpus_hashes).items():
                    if name.split("/", 1)[1] in changed:
                        write(graph_nquads(name, triples), shacl_check(triples) if shacl else None)

        removed = []
        if only is None:
            # Graphs without a hash too: a killed build may have left one whose document is gone since.
            for gid in sorted(present - wanted):
                gs.drop_graph(gid)
                removed.append(gid)
        if sparql_url is not None or only is None:
            remember_backend(store, sparql_url)
        graphs = len(gs.graph_hashes())
        triples = gs.count_triples()
        if gs.kind == "embedded":
            from kg.graph.queries import norm_words

            norm_words(gs)  # stem the corpus's norm words once, kept beside the graph, not in each reader
        gs.compact()
    finally:
        gs.close()
    return BuildReport(
        triples=triples,
        graphs=graphs,
        seconds=round(time.perf_counter() - start, 3),
        shacl_conforms=conforms,
        rebuilt=tuple(rebuilt),
        removed=tuple(removed),
        unchanged=len(wanted) - len([r for r in rebuilt if r in wanted]),
        shacl_messages=tuple(messages[:200]),
        backend=gs.kind,
    )


def remove_document(store: Store, doc_id: str, sparql_url: str | None = None) -> bool:
    """Drop a document from the store and its named graph from the RDF; True if a graph was dropped."""
    in_store = store.has(doc_id)
    gs = open_graph_store(store, sparql_url, write=True)
    try:
        in_graph = doc_id in gs.graph_hashes()
        if not in_store and not in_graph:
            raise UnknownIdError(doc_id, store.suggest(doc_id))
        gs.drop_graph(doc_id)
        gs.compact()
    finally:
        gs.close()
    if in_store:
        store.remove(doc_id)
    return in_graph


def _progress(items: Iterable[T], total: int, show: bool, label: str) -> Iterator[T]:
    if not show or not total:
        yield from items
        return
    step = max(1, total // 20)
    for i, item in enumerate(items, 1):
        yield item
        if i % step == 0 or i == total:
            print(f"{label}: {i}/{total}", file=sys.stderr, flush=True)


def full_shacl_check(
    store: Store, sparql_url: str | None = None, graphs: list[str] | None = None
) -> tuple[bool, list[str]]:
    """Validate the whole graph (every named graph together, or these ones together) against the shapes."""
    gs = open_graph_store(store, sparql_url)
    try:
        if graphs is None:
            result = gs.graph.query("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
            triples: list[Triple] = [(r[0], r[1], _plain(r[2])) for r in result]  # type: ignore[index]
        else:
            triples = [(s, p, _plain(o)) for g in graphs for s, p, o in gs.triples_of(g)]
    finally:
        gs.close()
    return shacl_check(triples)


def _plain(term: Node) -> Node:
    """Stores hand back simple literals typed xsd:string; rdflib (and sh:in) tell those apart."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


EXPORT_FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}


def export_graph(store: Store, fmt: str, graph: str | None = None, sparql_url: str | None = None) -> str:
    """The whole graph (or one named graph) serialised as Turtle, N-Triples or JSON-LD."""
    from rdflib import Graph

    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    gs = open_graph_store(store, sparql_url)
    try:
        if graph is not None:
            known = gs.graph_hashes()
            if graph not in known:
                import difflib

                raise UnknownIdError(graph, difflib.get_close_matches(graph, list(known), n=5, cutoff=0.5))
            triples = gs.triples_of(graph)
        else:
            result = gs.graph.query("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
            triples = [(r[0], r[1], r[2]) for r in result]  # type: ignore[index]
    finally:
        gs.close()
    out = Graph()
    out.bind("eli", ELI)
    out.bind("kga", K)
    out.bind("id", Namespace(ID))
    for t in triples:
        out.add(t)
    return out.serialize(format=EXPORT_FORMATS[fmt])
