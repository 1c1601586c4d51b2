"""The ``norms`` question: curated and extracted norms on a document or provision, one shape for both.

Extracted norms come from the ingest ``norms`` stage (``Document.norms``), curated ones from the
corpus bundle. Where both sit on the same provision the curated one wins (it was read by a person);
``disagreements`` lists where the two differ in kind, addressee or sanction level, for
``kg validate --store``. Sanction links may live in another document than the norm they reach (an
amending act's restated Pasal 189 reaches UU 1/2015 Pasal 70), so reach is computed over the store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from ingest.actors import COVERS
from ingest.records import Document, ExtractedNorm, SanctionLink
from kg.ids import pasal_of
from kg.store import Store

SOURCES = ("extracted", "curated")
KINDS = ("obligation", "prohibition", "permission", "power", "definition")


@dataclass(frozen=True)
class NormItem:
    """One norm as the interfaces show it, curated or extracted."""

    id: str
    kind: str
    provision: str
    addressees: list[str]
    act: str
    conditions: list[str]
    sanction_provisions: list[str]
    source: str
    confidence: float
    negated: bool = False
    amended_by: str | None = None
    sanctions: list[dict] = field(default_factory=list)  # the sanction links that reach it

    def as_dict(self) -> dict:
        """The JSON item of ``kg query norms --json``."""
        return asdict(self)


def _under(provision: str, target: str) -> bool:
    return provision == target or provision.startswith(target + "/")


def _reaches(link: SanctionLink, provision: str) -> bool:
    return any(_under(provision, t) or _under(t, provision) for t in link.targets)


def _link_view(link: SanctionLink) -> dict:
    view = {
        "provision": link.provision,
        "regime": link.regime,
        "level": link.level,
        "penalty": link.penalty,
        "prison_months": [link.prison_min_months, link.prison_max_months],
        "kurungan_months": [link.kurungan_min_months, link.kurungan_max_months],
        "fine_rupiah": [link.fine_min, link.fine_max],
    }
    return {k: v for k, v in view.items() if v not in (None, [None, None])}


def _curated_items(bundle: object | None) -> list[NormItem]:
    out = []
    for n in getattr(bundle, "norms", None) or []:
        cond = n.conditions
        words = [f"period:{p}" for p in cond.period] + [f"election:{e}" for e in cond.election]
        if cond.other_id:
            words.append(cond.other_id)
        out.append(
            NormItem(
                id=n.id,
                kind=n.kind,
                provision=n.provisions[0],
                addressees=list(n.addressees),
                act=n.act_id,
                conditions=words,
                sanction_provisions=list(n.sanction_provisions),
                source="curated",
                confidence=1.0,
            )
        )
    return out


def _curated_provisions(bundle: object | None) -> dict[str, list]:
    out: dict[str, list] = {}
    for n in getattr(bundle, "norms", None) or []:
        for p in n.provisions:
            out.setdefault(p, []).append(n)
    return out


def _extracted_item(n: ExtractedNorm, home: str, links: Iterable[tuple[str, SanctionLink]]) -> NormItem:
    """The norm as an item, with the links that reach it: those of its own extraction pass by id, and
    any other stored document's (an amending act, or the act it amends) by the provisions they cite,
    except a link inside the norm's own Pasal, whose wording belongs to one version only."""
    pasal = pasal_of(n.provision)
    reaching = [
        link
        for stored, link in links
        if n.id in link.norms
        or (
            (stored, link.doc_id) != (home, n.doc_id)
            and pasal_of(link.provision) != pasal
            and _reaches(link, n.provision)
        )
    ]
    provs = list(dict.fromkeys(list(n.sanction_provisions) + [link.provision for link in reaching]))
    return NormItem(
        id=n.id,
        kind=n.kind,
        provision=n.provision,
        addressees=list(n.addressees),
        act=n.act,
        conditions=list(n.conditions),
        sanction_provisions=provs,
        source="extracted",
        confidence=n.confidence,
        negated=n.negated,
        amended_by=n.amended_by,
        sanctions=[_link_view(link) for link in reaching],
    )


def _addressed(item: NormItem, addressee: str) -> bool:
    if addressee in item.addressees:
        return True
    return any(addressee in COVERS.get(a, ()) for a in item.addressees)


def _documents(store: Store, target: str | None) -> list[Document]:
    """The documents a question about ``target`` needs: its own and those that cite or amend it."""
    if not target:
        return list(store.documents())
    doc_id = target.split("/", 1)[0]
    if not store.has(doc_id):
        return []
    # An amending act cites what it amends (an "amends" reference from its own Pasal I), and a
    # sanction elsewhere cites the norm it reaches; both sources name their document first.
    others = {r.source.split("/", 1)[0] for r in store.incoming_references(doc_id)} - {doc_id}
    return [store.get(doc_id)] + [store.get(d) for d in sorted(others) if store.has(d)]


def norms(
    store: Store,
    target: str | None = None,
    kind: str | None = None,
    addressee: str | None = None,
    source: str | None = None,
    bundle: object | None = None,
) -> list[NormItem]:
    """Norms on a document or provision (all when no target), curated first where both cover a provision."""
    docs = _documents(store, target)
    links = [(d.id, link) for d in docs for link in d.sanction_links]
    curated = _curated_items(bundle) if source in (None, "curated") else []
    curated_at = _curated_provisions(bundle)
    extracted: list[NormItem] = []
    if source in (None, "extracted"):
        for d in docs:
            for n in d.norms:
                if source is None and n.provision in curated_at:
                    continue  # the curated norm on this provision wins
                extracted.append(_extracted_item(n, d.id, links))
    out = []
    for item in curated + extracted:
        if target and not (_under(item.provision, target) or item.provision.split("/", 1)[0] == target):
            continue
        if kind and item.kind != kind:
            continue
        if addressee and not _addressed(item, addressee):
            continue
        out.append(item)
    return out


def sanctions_reaching(store: Store, provision: str) -> list[dict]:
    """The sanction links, from any document, that reach a provision or a norm under it."""
    out = []
    for d in store.documents():
        for link in d.sanction_links:
            if _reaches(link, provision):
                out.append({**_link_view(link), "targets": list(link.targets)})
    return out


@dataclass(frozen=True)
class Disagreement:
    """A curated and an extracted norm on the same provision that differ."""

    provision: str
    curated: str
    extracted: str
    field: str  # kind | addressee | sanction level
    curated_value: str
    extracted_value: str


def _overlaps(ours: set[str], theirs: set[str]) -> bool:
    wider = {x for a in theirs | ours for x in COVERS.get(a, ())}
    return bool(ours & (theirs | wider)) or bool(theirs & wider)


def disagreements(store: Store, bundle: object | None) -> list[Disagreement]:
    """Where a curated norm and the extracted ones on the same provision differ in kind, addressee or level.

    A field disagrees only when no extracted norm on the provision agrees with the curated one (a
    provision may state two norms, or carry an original and an amended wording).
    """
    if bundle is None:
        return []
    sanctions = {s.id: s for s in getattr(bundle, "sanctions", None) or []}
    docs = list(store.documents())
    links = [link for d in docs for link in d.sanction_links]
    at: dict[str, list[ExtractedNorm]] = {}
    for d in docs:
        for n in d.norms:
            if n.kind != "definition" and not n.negated:
                at.setdefault(n.provision, []).append(n)
    out: list[Disagreement] = []
    for c in getattr(bundle, "norms", None) or []:
        for pid in c.provisions:
            found = at.get(pid)
            if not found:
                continue
            first = found[0]
            if all(n.kind != c.kind for n in found):
                out.append(Disagreement(pid, c.id, first.id, "kind", c.kind, first.kind))
            named = [n for n in found if set(n.addressees) - {"unknown"}]
            if named and not any(_overlaps(set(n.addressees), set(c.addressees)) for n in named):
                ours = ",".join(sorted(set(named[0].addressees)))
                out.append(
                    Disagreement(pid, c.id, named[0].id, "addressee", ",".join(sorted(c.addressees)), ours)
                )
            c_levels = {sanctions[s].level for s in c.sanctions if s in sanctions and sanctions[s].level}
            n_levels = {
                link.level
                for link in links
                for n in found
                if link.level and (n.id in link.norms or _reaches(link, n.provision))
            }
            if c_levels and n_levels and not (c_levels & n_levels):
                out.append(
                    Disagreement(
                        pid,
                        c.id,
                        first.id,
                        "sanction level",
                        ",".join(sorted(c_levels)),
                        ",".join(sorted(n_levels)),
                    )
                )
    return out


def recall_against_curated(docs: list[Document], bundle: object) -> dict:
    """How many curated norms (and their sanction provisions) the extracted ones recover.

    A curated norm is recovered by an extracted, non-negated norm of the same kind at one of its
    provisions or a finer one; its sanction provision by a sanction link from that provision (or a
    finer one) reaching such a norm. Curated norms whose provisions are not in ``docs`` are excluded.
    """
    known = {p.id for d in docs for p in d.provisions}
    known |= {p.id for d in docs for a in d.amendments for p in a.new_provisions}
    extracted = [n for d in docs for n in d.norms]
    links = [link for d in docs for link in d.sanction_links]
    found = total = excluded = s_found = s_total = 0
    missed: list[str] = []
    for c in getattr(bundle, "norms", None) or []:
        provs = [p for p in c.provisions if p in known]
        if not provs:
            excluded += 1
            continue
        total += 1
        hits = [
            n
            for n in extracted
            if n.kind == c.kind and not n.negated and any(_under(n.provision, p) for p in provs)
        ]
        found += bool(hits)
        if not hits:
            missed.append(c.id)
        for sp in c.sanction_provisions:
            if sp not in known:
                continue
            s_total += 1
            ok = any(
                (_under(link.provision, sp) or _under(sp, link.provision))
                and any(n.id in link.norms or _reaches(link, n.provision) for n in hits)
                for link in links
            )
            s_found += ok
            if not ok:
                missed.append(f"{c.id} <- {sp}")
    return {
        "norms": total,
        "recovered": found,
        "recall": found / total if total else 0.0,
        "excluded": excluded,
        "sanction_pairs": s_total,
        "sanction_recovered": s_found,
        "sanction_recall": s_found / s_total if s_total else 0.0,
        "missed": missed,
    }


def _name_key(name: str) -> str:
    return " ".join(re.sub(r"\([^)]*\)", " ", name).lower().split())


def curated_institution(name: str, bundle: object | None) -> str | None:
    """The curated institution whose name or abbreviation is this extracted institution name, if any."""
    key = _name_key(name)
    for inst in getattr(bundle, "institutions", None) or []:
        names = {_name_key(inst.name)} | ({_name_key(inst.abbreviation)} if inst.abbreviation else set())
        if key in names:
            return inst.id
    return None


def powers(store: Store, target: str | None = None, bundle: object | None = None) -> list[dict]:
    """Powers the texts grant (institution, verb, object, provision), linked to a curated institution
    where its name or abbreviation matches."""
    out = []
    for d in _documents(store, target):
        for pw in d.powers:
            if target and not (_under(pw.provision, target) or pw.provision.split("/", 1)[0] == target):
                continue
            out.append(
                {
                    "provision": pw.provision,
                    "institution": pw.institution,
                    "actor": pw.actor,
                    "curated_institution": curated_institution(pw.institution, bundle),
                    "verb": pw.verb,
                    "object": pw.object,
                }
            )
    return out


def definitions(store: Store, term: str | None = None, target: str | None = None) -> list[dict]:
    """Terms defined in Pasal 1 (or a "yang dimaksud dengan:" list): term, abbreviation, provision, meaning.

    With ``term``, those whose term or abbreviation equals it (case and spacing ignored); when none
    does, those whose term contains its words ("kampanye" finds "Kampanye Pemilu").
    """
    key = _name_key(term) if term else None
    exact: list[dict] = []
    partial: list[dict] = []
    for d in _documents(store, target):
        meanings = {n.provision: n.act for n in d.norms if n.kind == "definition"} if d.definitions else {}
        for df in d.definitions:
            names = {_name_key(df.term), _name_key(df.abbreviation or "")}
            if key and key in names:
                found = exact
            elif key and set(key.split()) <= set(_name_key(df.term).split()):
                found = partial
            elif key:
                continue
            else:
                found = exact
            item = {"term": df.term, "abbreviation": df.abbreviation, "provision": df.provision}
            # The definition norm holds the meaning, also where an amending act gives new wording.
            said = meanings.get(df.provision) if meanings else None
            if said is None:
                prov = d.provision(df.provision)
                said = prov.text[df.definiens_start :] if prov else ""
            item["meaning"] = " ".join(said.split())
            if not df.provision.startswith(d.id + "/"):
                item["amended_by"] = d.id  # new wording an amending act gives the definition
            found.append(item)
    return exact or partial
