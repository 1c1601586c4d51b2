"""Cross-references: every reference a regulation's provisions make, resolved to ids or kept with a reason.

``extract_references`` walks every provision of a parsed Document and records internal and external
references, legal bases (Mengingat), repeal clauses and the commencement clause, using the citation
grammar of ``ingest.citations``. A target that cannot be pinned down is kept unresolved with a
reason: we never guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.citations import (
    BEFORE_CITATION_RE,
    RANK,
    SELF_RE,
    Citation,
    DocIndex,
    Item,
    find_citations,
    provision_path,
    reference_groups,
    reference_tokens,
)
from ingest.records import Document, Provision, Reference
from ingest.text_utils import parse_date


@dataclass
class _Resolution:
    target: str | None
    reason: str | None


def _relative_anchor(index: DocIndex, source: Provision, level: str) -> Provision | None:
    """The provision a reference starting at `level` hangs from: the nearest ancestor-or-self above it."""
    for anc in index.ancestors_or_self(source.id):
        if anc.level in RANK and RANK[anc.level] < RANK[level] and anc.level != "bab":
            return anc
        if anc.level in ("bab", "bagian", "paragraf", "lampiran"):
            return None
    return None


def _resolve_internal(index: DocIndex, source: Provision, parts: dict[str, str]) -> _Resolution:
    doc_id = index.doc.id
    if "huruf" in parts and not parts["huruf"][0].islower():
        return _Resolution(None, f"huruf written in upper case ({parts['huruf']}): likely an OCR slip")
    top = min(parts, key=lambda lv: RANK[lv])
    if top in ("pasal", "bab", "diktum"):
        candidate = f"{doc_id}/{provision_path(parts)}"
    elif source.level in ("menimbang", "mengingat"):
        # "sebagaimana dimaksud dalam huruf a" inside the Menimbang points at a sibling consideration.
        sibling_level = {"huruf": "menimbang", "angka": "mengingat"}.get(top)
        if sibling_level != source.level or len(parts) > 1:
            return _Resolution(None, f"cannot place '{top} {parts[top]}' from a {source.level} item")
        for p in index.doc.provisions:
            if (
                p.level == source.level
                and p.number.lower() == parts[top].lower()
                and p.parent == source.parent
            ):
                return _Resolution(p.id, None)
        return _Resolution(None, f"no {source.level} item {parts[top]} in {doc_id}")
    else:
        anchor = _relative_anchor(index, source, top)
        if anchor is None:
            return _Resolution(None, f"'{top} {parts[top]}' has no enclosing provision to resolve against")
        candidate = f"{anchor.id}/{provision_path(parts)}"
    if candidate in index.by_id:
        return _Resolution(candidate, None)
    return _Resolution(None, f"no such provision in {doc_id}: {candidate}")


def _expand_range(
    index: DocIndex | None, first: Item, last: Item, doc_prefix: str
) -> list[dict[str, str]] | str:
    """The parts of every item of "X sampai dengan Y", or a reason why it cannot be expanded."""
    level = max(first.parts, key=lambda lv: RANK[lv])
    lo, hi = first.parts[level], last.parts[level]
    prefix = {lv: n for lv, n in first.parts.items() if lv != level}
    if index is not None and level == "pasal" and not prefix:
        # Inside the document, the real order of Pasal decides (it may hold inserted ones like 5A).
        a, b = f"{doc_prefix}/pasal-{lo.lower()}", f"{doc_prefix}/pasal-{hi.lower()}"
        if a in index.pasal_order and b in index.pasal_order:
            i, j = index.pasal_order.index(a), index.pasal_order.index(b)
            if i <= j:
                return [{"pasal": pid.rsplit("pasal-", 1)[1].upper()} for pid in index.pasal_order[i : j + 1]]
        return f"range endpoints Pasal {lo} and Pasal {hi} not both in {doc_prefix}"
    if lo.isdigit() and hi.isdigit() and 0 < int(hi) - int(lo) <= 300:
        return [{**prefix, level: str(n)} for n in range(int(lo), int(hi) + 1)]
    m1, m2 = re.fullmatch(r"(\d+)([A-Z])", lo), re.fullmatch(r"(\d+)([A-Z])", hi)
    if m1 and m2 and m1.group(1) == m2.group(1) and m1.group(2) < m2.group(2):
        return [
            {**prefix, level: m1.group(1) + chr(c)} for c in range(ord(m1.group(2)), ord(m2.group(2)) + 1)
        ]
    if re.fullmatch(r"[a-z]", lo) and re.fullmatch(r"[a-z]", hi) and lo < hi:
        return [{**prefix, level: chr(c)} for c in range(ord(lo), ord(hi) + 1)]
    return f"cannot expand the range {level} {lo} to {level} {hi} without the target text"


# --------------------------------------------------------------------------------------------
# Commencement and repeal
# --------------------------------------------------------------------------------------------

_COMMENCE_RE = re.compile(
    r"(?<!saat )(?<!sebelum )(?<!sejak )(?<!setelah )\bini\s+mulai\s+berlaku\s+"
    r"(?P<rest>(?:pada|sejak|setelah|terhitung)\b[^.;]{0,120})",
    re.IGNORECASE,
)
_REPEAL_RE = re.compile(r"dicabut\s+dan\s+dinyatakan\s+tidak\s+berlaku", re.IGNORECASE)


def commencements(doc: Document, p: Provision) -> list[Reference]:
    out = []
    for m in _COMMENCE_RE.finditer(p.text):
        rest = m.group("rest")
        if re.match(r"pada\s+tanggal\s+diundangkan", rest, re.IGNORECASE):
            eff = doc.diundangkan
        elif re.match(r"pada\s+tanggal\s+ditetapkan", rest, re.IGNORECASE):
            eff = doc.ditetapkan
        else:
            eff = parse_date(rest) if re.match(r"(pada|sejak)\s+tanggal\s+\d", rest, re.IGNORECASE) else None
        # The span: from the subject ("Undang-Undang ini") to the end of the date phrase.
        subj = re.search(
            r"(Undang-\s?Undang|Peraturan|Keputusan|Perppu|Perpres)[\w\s-]{0,80}$", p.text[: m.start()]
        )
        start = subj.start() if subj else m.start()
        out.append(
            Reference(
                source=p.id,
                target=doc.id,
                text=p.text[start : m.end()].rstrip(),
                kind="commencement",
                resolved=True,
                start=start,
                effective=eff,
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# Extraction over a document
# --------------------------------------------------------------------------------------------


def _group_target_doc(text: str, end: int, citations: list[Citation]) -> tuple[str, Citation | None]:
    """What a group of provision tokens belongs to: 'self', 'external' (with the citation) or 'bare'."""
    if SELF_RE.match(text, end):
        return "self", None
    gap = BEFORE_CITATION_RE.match(text, end)
    pos = gap.end() if gap else end
    for c in citations:
        if c.start == pos or (c.start == end):
            return "external", c
    return "bare", None


def references_in_text(doc: Document, index: DocIndex, p: Provision) -> list[Reference]:
    """Internal, external and legal-basis references written in one provision's own text."""
    text = p.text
    citations = find_citations(text)
    kind_ext = "legal_basis" if p.level == "mengingat" else "external"
    refs: list[Reference] = []
    used_citations: set[int] = set()
    for items, gend in reference_groups(text, reference_tokens(text)):
        how, cit = _group_target_doc(text, gend, citations)
        if how == "bare" and p.level == "mengingat":
            # A Mengingat item cites one instrument: "Pasal 18, Pasal 20, dan 22D ayat (2) UUD 1945".
            later = [c for c in citations if c.start >= gend]
            if later:
                how, cit = "external", later[0]
        if cit is not None:
            used_citations.add(cit.start)
        for item in items:
            span_end = cit.end if cit is not None else (item.range_to.end if item.range_to else item.end)
            span = text[item.start : span_end]
            external_doc = cit.doc_id if cit is not None else None
            internal = how in ("self", "bare") or external_doc == doc.id
            if cit is not None and external_doc is None:
                refs.append(_unresolved(p, span, item.start, kind_ext, cit.reason or "unrecognised document"))
                continue
            if item.range_to is not None:
                expanded = _expand_range(
                    index if internal else None,
                    item,
                    item.range_to,
                    doc.id if internal else str(external_doc),
                )
                if isinstance(expanded, str):
                    refs.append(
                        _unresolved(p, span, item.start, "internal" if internal else kind_ext, expanded)
                    )
                    continue
                parts_list = expanded
            else:
                parts_list = [item.parts]
            for parts in parts_list:
                if internal:
                    res = _resolve_internal(index, p, parts)
                    kind = "legal_basis" if p.level == "mengingat" else "internal"
                    refs.append(
                        Reference(
                            source=p.id,
                            target=res.target,
                            text=span,
                            kind=kind,  # type: ignore[arg-type]
                            resolved=res.target is not None,
                            reason=res.reason,
                            start=item.start,
                        )
                    )
                elif not {"pasal", "bab", "diktum"} & parts.keys():
                    refs.append(
                        _unresolved(
                            p, span, item.start, kind_ext, f"no Pasal given for a provision of {external_doc}"
                        )
                    )
                else:
                    refs.append(
                        Reference(
                            source=p.id,
                            target=f"{external_doc}/{provision_path(parts)}",
                            text=span,
                            kind=kind_ext,  # type: ignore[arg-type]
                            resolved=True,
                            start=item.start,
                        )
                    )
    for c in citations:
        if c.start in used_citations or c.doc_id == doc.id:
            continue
        if c.doc_id is None:
            refs.append(_unresolved(p, c.text, c.start, kind_ext, c.reason or "unrecognised document"))
        else:
            refs.append(
                Reference(
                    source=p.id, target=c.doc_id, text=c.text, kind=kind_ext, resolved=True, start=c.start
                )
            )
    return refs


def _unresolved(p: Provision, span: str, start: int, kind: str, reason: str) -> Reference:
    return Reference(
        source=p.id,
        target=None,
        text=span,
        kind=kind,  # type: ignore[arg-type]
        resolved=False,
        reason=reason,
        start=start,
    )


def _mark_repeals(
    p: Provision, refs: list[Reference], children_refs: dict[str, list[Reference]]
) -> list[Reference]:
    """Turn the citation each repeal clause names into a kind="repeal" reference (first one per clause)."""
    text = p.text
    out = list(refs)
    for m in _REPEAL_RE.finditer(text):
        clause_start = max(
            text.rfind(";", 0, m.start()), text.rfind(":", 0, m.start()), text.rfind(". ", 0, m.start())
        )
        clause_start = clause_start + 1 if clause_start >= 0 else 0
        candidates = [
            (i, r)
            for i, r in enumerate(out)
            if r.kind == "external" and r.start is not None and clause_start <= r.start < m.start()
        ]
        if candidates:
            i, r = min(candidates, key=lambda ir: ir[1].start or 0)
            out[i] = r.model_copy(update={"kind": "repeal"})
            continue
        # "Pada saat … mulai berlaku: a. PP X …; b. PP Y …, dicabut dan dinyatakan tidak berlaku."
        marked = False
        for child_id in p.children:
            crefs = children_refs.get(child_id, [])
            firsts = [r for r in crefs if r.kind == "external"]
            if firsts:
                j = crefs.index(firsts[0])
                crefs[j] = firsts[0].model_copy(update={"kind": "repeal"})
                marked = True
        if not marked:
            out.append(
                _unresolved(
                    p, m.group(0), m.start(), "repeal", "the repealed instrument is not named in the clause"
                )
            )
    return out


def _mark_listed_repeals(index: DocIndex, p: Provision, per_prov: dict[str, list[Reference]]) -> None:
    """A list "1. PP A …; 2. PP B …, dicabut dan dinyatakan tidak berlaku." repeals every item.

    The closing phrase sits in the last item only; it governs the whole list when the list's chapeau
    ends with a colon and no other item carries a phrase of its own.
    """
    parent = index.by_id.get(p.parent) if p.parent else None
    m = _REPEAL_RE.search(p.text)
    if parent is None or m is None or not parent.children or parent.children[-1] != p.id:
        return
    if not parent.text.rstrip().endswith(":") or len(p.text.rstrip(" .;")) - m.end() > 2:
        return
    siblings = [index.by_id[c] for c in parent.children[:-1] if c in index.by_id]
    if any(_REPEAL_RE.search(s.text) for s in siblings):
        return
    for sib in siblings:
        refs = per_prov.get(sib.id, [])
        ext = [i for i, r in enumerate(refs) if r.kind == "external"]
        if ext:
            refs[ext[0]] = refs[ext[0]].model_copy(update={"kind": "repeal"})


def extract_references(
    doc: Document, skip: frozenset[str] | set[str] = frozenset(), extra: tuple[Reference, ...] = ()
) -> tuple[Reference, ...]:
    """Every reference written in the document's provisions, in document order, then `extra`.

    `skip` names provisions whose text is not the document's own (an amending act's instructions).
    """
    index = DocIndex(doc)
    per_prov: dict[str, list[Reference]] = {}
    for p in doc.provisions:
        if p.id in skip or not p.text:
            per_prov[p.id] = []
            continue
        per_prov[p.id] = references_in_text(doc, index, p) + commencements(doc, p)
    # Repeal clauses may sit in a chapeau whose items name the repealed instruments.
    for p in doc.provisions:
        if p.text and _REPEAL_RE.search(p.text):
            per_prov[p.id] = _mark_repeals(p, per_prov[p.id], per_prov)
            _mark_listed_repeals(index, p, per_prov)
    out: list[Reference] = []
    for p in doc.provisions:
        out.extend(sorted(per_prov[p.id], key=lambda r: r.start or 0))
    out.extend(extra)
    return tuple(out)
