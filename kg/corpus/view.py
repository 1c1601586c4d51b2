"""What the curated corpus says about one id, for ``kg show`` and the Browse page.

For a provision: our summaries, the norms resting on it (or on what lies below it), each norm's
sanctions grouped by regime and level, and the institutions that impose them. For an amending act's
point: the provisions of the amended act it rewrites (``rewritten_by``, ``rewriting``); for a provision of a
repealed act, where its successor carries it on (``carried_on``).
"""

from __future__ import annotations

# The submodules, not the package: the package exports the functions below.
from kg.corpus.load import load_store_corpus
from kg.corpus.records import CorpusBundle
from kg.ids import doc_of
from kg.store import Store


def rewritten_by(bundle: CorpusBundle) -> dict[str, tuple[str, ...]]:
    """Each amending point that names its targets, mapped to the provisions of the amended act it rewrites."""
    return {p.id: tuple(p.rewrites) for _, p in bundle.provisions() if p.rewrites}


def rewriting(bundle: CorpusBundle, provision_id: str) -> tuple[str, ...]:
    """The amending points that rewrite a provision, the whole it sits in, or a part of it (file order)."""

    def hit(target: str) -> bool:
        return (
            target == provision_id
            or provision_id.startswith(target + "/")
            or target.startswith(provision_id + "/")
        )

    return tuple(point for point, targets in rewritten_by(bundle).items() if any(map(hit, targets)))


def carried_on(bundle: CorpusBundle, provision_id: str) -> tuple[str, ...]:
    """Where a provision of a repealed or replaced act lives on in its successor: the provisions our records
    name for it (``carried_on_in`` of it, of the point it sits in, or of its points), else those of the
    successor's norms that our records tie to a norm resting on it, directly or through a norm of a third
    act both restate (UU 5/2014's and UU 20/2023's party ban both restate PP 11/2017's)."""
    reg = bundle.regulation(doc_of(provision_id))
    if reg is None or reg.status.state not in ("repealed", "replaced") or not reg.status.by:
        return ()
    stated = _stated_heirs(bundle, provision_id)
    if stated:
        return stated
    heir = doc_of(reg.status.by)

    def third(nid: str) -> bool:  # a norm of neither act, which both may restate
        kin_norm = bundle.norm(nid)
        return kin_norm is not None and doc_of(kin_norm.provisions[0]) not in (heir, reg.id)

    out: list[str] = []
    for norm in bundle.norms_for_provision(provision_id):
        kin = set(norm.same_conduct)
        for other in bundle.norms:
            shared = {k for k in kin & set(other.same_conduct) if third(k)}
            tied = other.id in kin or norm.id in other.same_conduct or shared
            if tied and doc_of(other.provisions[0]) == heir:
                out.append(other.provisions[0])
    return tuple(dict.fromkeys(out))


def _stated_heirs(bundle: CorpusBundle, provision_id: str) -> tuple[str, ...]:
    """The successor's provisions our records name as carrying this provision on: its own, else those of
    the nearest point above it that names them, else those of every point below it."""
    parts = provision_id.split("/")
    for n in range(len(parts), 1, -1):
        point = bundle.provision("/".join(parts[:n]))
        if point is not None and point.carried_on_in:
            return tuple(point.carried_on_in)
    reg = bundle.regulation(doc_of(provision_id))
    points = reg.provisions if reg is not None else ()
    below = [x for p in points if p.id.startswith(provision_id + "/") for x in p.carried_on_in]
    return tuple(dict.fromkeys(below))


def corpus_annotations(store: Store, item_id: str, bundle: CorpusBundle | None = None) -> dict:
    """Corpus facts about a document or provision id; empty when the corpus says nothing."""
    bundle = bundle or load_store_corpus(store)
    if bundle is None:
        return {}
    out: dict = {}
    regulation = bundle.regulation(item_id.split("/", 1)[0])
    if regulation is not None:
        status = regulation.status
        out["status"] = {
            "state": status.state,
            "by": status.by,
            "since": status.since,
            "note": status.note_en,
        }
        out["checked_against_text"] = regulation.checked_against_text
        if item_id == regulation.id:
            out.setdefault("title", regulation.title)
            out.setdefault("judul", regulation.judul)
            out["key_provisions"] = [{"id": p.id, "citation": p.citation} for p in regulation.provisions]
    key = bundle.provision(item_id)
    if key is not None:
        out.update(
            summary_id=key.summary_id,
            summary_en=key.summary_en,
            elucidation_id=key.elucidation_id,
            elucidation_en=key.elucidation_en,
            checked_against_text=bundle.is_checked(item_id),
            as_amended_by=key.as_amended_by,
            rewrites=key.rewrites,
        )
    heirs = carried_on(bundle, item_id) if "/" in item_id else ()
    if heirs:
        out["carried_on_in"] = list(heirs)
    norms = bundle.norms_for_provision(item_id) if "/" in item_id else []
    if norms:
        out["norms"] = [norm_view(bundle, n.id) for n in norms]
    return out


def corpus_knows(annotations: dict) -> bool:
    """True when the annotations describe the id itself (not just its document's status)."""
    return any(k in annotations for k in ("summary_id", "key_provisions", "norms"))


def norm_view(bundle: CorpusBundle, norm_id: str) -> dict:
    """A norm with its sanctions (by regime and level) and who imposes each."""
    norm = bundle.norm(norm_id)
    sanctions = []
    for s in bundle.sanctions_for_norm(norm_id):
        sanctions.append(
            {
                "id": s.id,
                "regime": s.regime,
                "level": s.level,
                "kind": s.kind,
                "description": s.description_en,
                "provisions": s.provisions,
                "imposed_by": [
                    {"institution": inst.id, "name": inst.name, "provision": power.provision}
                    for inst, power in bundle.imposers_of(s.id)
                ],
            }
        )
    return {
        "id": norm.id,
        "kind": norm.kind,
        "regime": norm.regime,
        "addressees": norm.addressees,
        "act": norm.act_en,
        "act_id": norm.act_id,
        "provisions": norm.provisions,
        "sanction_provisions": norm.sanction_provisions,
        "sanctions": sanctions,
        "enforced_by": norm.enforced_by,
    }


def record_view(bundle: CorpusBundle, rid: str) -> dict | None:
    """Any curated record that is not a regulation or provision (case, decision, institution, norm,
    sanction, article) as plain data, with what points to it; None when the id is not such a record."""
    from kg.corpus.records import Article, Case, Decision, Institution, Norm, Sanction

    rec = bundle.get(rid)
    kinds = {Case: "case", Decision: "decision", Institution: "institution", Norm: "norm"}
    kinds |= {Sanction: "sanction", Article: "article"}
    kind = kinds.get(type(rec))
    if kind is None:
        return None
    out: dict = {"id": rid, "record_type": kind, "official_text": False, **rec.model_dump(mode="json")}
    if kind == "norm":
        out["view"] = norm_view(bundle, rid)
        out["cases"] = [c.id for c in bundle.cases_for_norm(rid)]
    elif kind == "sanction":
        out["norms"] = [n.id for n in bundle.norms if rid in n.sanctions]
        out["imposed_by"] = [
            {"institution": i.id, "provision": p.provision} for i, p in bundle.imposers_of(rid)
        ]
    elif kind == "institution":
        out["norms_enforced"] = [n.id for n in bundle.norms if rid in n.enforced_by]
        out["cases"] = [c.id for c in bundle.cases if rid in c.institutions]
    elif kind == "article":
        out["cases"] = [c.id for c in bundle.cases if any(s.article == rid for s in c.sources)]
    return out
