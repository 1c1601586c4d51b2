"""Amending acts: each numbered instruction of "Pasal I" becomes Amendment records.

"Ketentuan Pasal 70 diubah sehingga berbunyi …" → replace ``uu-1-2015/pasal-70``; "Di antara Pasal 5 dan
Pasal 6 disisipkan 2 (dua) pasal, yakni Pasal 5A dan Pasal 5B" → two inserts;
"Ketentuan Pasal 196 dihapus." → delete. The new wording is parsed into Provision records whose ids
live in the *amended* document's namespace and carry ``amended_by``, so versions can be consolidated
by date. The amended document is taken from the act's title ("Perubahan … atas Undang-Undang …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ingest.citations import (
    RANK,
    DocIndex,
    find_citations,
    provision_path,
    reference_groups,
    reference_tokens,
)
from ingest.records import Amendment, Document, Provision, Reference
from ingest.references import commencements, extract_references, references_in_text
from ingest.structure import parse_provisions
from ingest.text_utils import roman_to_int

_VERB_RE = re.compile(r"\b(?P<v>diubah|dihapus|ditambah(?:kan)?|disisipkan)\b", re.IGNORECASE)
_INSTRUCTION_END_RE = re.compile(r"(?:sebagai\s+berikut\s*:?|berbunyi\s*:)", re.IGNORECASE)
_INSERT_RE = re.compile(
    r"di\s*antara\s+(?P<a>.+?)\s+dan\s+(?P<b>.+?)\s+disisipkan\s+(?P<what>.*?)\byakni\s+(?P<new>.+?)"
    r"(?=\s*,?\s*sehingga\b|\s+yang\s+berbunyi\b|\s+dan\s+di\s*antara\b|\s*,?\s*(?:sebagai\s+berikut|berbunyi)\b|\s*$)",
    re.IGNORECASE | re.DOTALL,
)
_ADD_RE = re.compile(
    r"ditambah(?:kan)?\s+(?P<what>.*?)\byakni\s+(?P<new>.+?)(?=\s*,?\s*sehingga\b|\s+yang\s+berbunyi\b|\s*$)",
    re.IGNORECASE | re.DOTALL,
)
_AMENDED_TITLE_RE = re.compile(r"Perubahan(?:\s+\w+)?\s+atas\s+", re.IGNORECASE)


def _subtree(provs: list[Provision], root: str) -> list[Provision]:
    return [p for p in provs if p.id == root or p.id.startswith(root + "/")]


def _render(provs: list[Provision]) -> str:
    """The wording of a parsed subtree as text, markers included ("(1) …\\na. …")."""
    out = []
    for p in provs:
        marker = {"pasal": p.label, "ayat": f"({p.number})", "huruf": f"{p.number}.", "angka": f"{p.number}."}
        head = marker.get(p.level, p.label)
        out.append(head if p.level == "pasal" and not p.text else f"{head} {p.text}".strip())
        if p.level == "pasal" and p.text:
            out[-1] = f"{p.label}\n{p.text}"
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Instructions
# --------------------------------------------------------------------------------------------


def amended_document(doc: Document) -> str | None:
    """The id of the document an amending act amends, from its title or the chapeau of Pasal I."""
    for text in (doc.judul or "", doc.title or ""):
        m = _AMENDED_TITLE_RE.search(text)
        if m:
            cits = [c for c in find_citations(text[m.end() :]) if c.doc_id]
            if cits:
                return cits[0].doc_id
    for p in doc.provisions:
        if p.level == "pasal" and p.number.upper() == "I" and p.text:
            cits = [c for c in find_citations(p.text) if c.doc_id]
            if cits:
                return cits[0].doc_id
    return None


def _items(text: str) -> list[dict[str, str]]:
    """The provision paths named in a fragment ("ayat (1) dan ayat (2) Pasal 61" → two items)."""
    out: list[dict[str, str]] = []
    for items, _ in reference_groups(text, reference_tokens(text)):
        for it in items:
            if it.range_to is not None:
                out.extend(_range(it.parts, it.range_to.parts))
            else:
                out.append(dict(it.parts))
    return out


def _range(a: dict[str, str], b: dict[str, str]) -> list[dict[str, str]]:
    level = max(a, key=lambda lv: RANK[lv])
    lo, hi = a[level], b.get(level, "")
    m1, m2 = re.fullmatch(r"(\d+)([A-Z]?)", lo), re.fullmatch(r"(\d+)([A-Z]?)", hi)
    prefix = {k: v for k, v in a.items() if k != level}
    if m1 and m2 and m1.group(1) == m2.group(1) and m1.group(2) and m2.group(2):
        return [
            {**prefix, level: m1.group(1) + chr(c)} for c in range(ord(m1.group(2)), ord(m2.group(2)) + 1)
        ]
    if lo.isdigit() and hi.isdigit() and int(lo) <= int(hi):
        return [{**prefix, level: str(n)} for n in range(int(lo), int(hi) + 1)]
    return [a, b]


def _with_pasal(parts: dict[str, str], pasal: str | None) -> dict[str, str] | None:
    if "pasal" in parts or "bab" in parts:
        return parts
    if pasal is None:
        return None
    return {"pasal": pasal, **parts}


def _target_id(target_doc: str, parts: dict[str, str]) -> str:
    if "bab" in parts and "pasal" not in parts:
        return f"{target_doc}/bab-{roman_to_int(parts['bab'])}"
    return f"{target_doc}/{provision_path(parts)}"


def _previous_sibling(parts: dict[str, str]) -> dict[str, str] | None:
    """The provision an appended one follows ("ayat (3)" follows "ayat (2)"), when numbering says so."""
    level = max(parts, key=lambda lv: RANK[lv])
    n = parts[level]
    if n.isdigit() and int(n) > 1:
        return {**parts, level: str(int(n) - 1)}
    if re.fullmatch(r"[b-z]", n):
        return {**parts, level: chr(ord(n) - 1)}
    return None


def _angka_text(doc: Document, angka: Provision) -> str:
    """An instruction's full text, re-joining any children the structure parser split off."""
    parts = [angka.text]
    marker = {"ayat": "({n})", "huruf": "{n}.", "angka": "{n}."}
    for p in doc.provisions:
        if p.id.startswith(angka.id + "/"):
            fmt = marker.get(p.level)
            parts.append((fmt.format(n=p.number) + " " if fmt else "") + p.text)
    return "\n".join(x for x in parts if x)


def _instruction_angka(doc: Document) -> list[Provision]:
    """The numbered instructions of Pasal I; a Pasal I with a single unnumbered instruction is itself one."""
    pasal_i = [p for p in doc.provisions if p.level == "pasal" and p.number.upper() == "I"]
    if not pasal_i:
        return []
    angka = [p for p in doc.provisions if p.parent == pasal_i[0].id and p.level == "angka"]
    if not angka and re.search(
        r"\b(?:diubah|dihapus|disisipkan|ditambah(?:kan)?|Mengubah)\b", pasal_i[0].text
    ):
        return [pasal_i[0]]
    return angka


def _effective(doc: Document) -> date | None:
    for p in doc.provisions:
        if p.level == "pasal" and p.number.upper() == "II":
            for r in commencements(doc, p):
                if r.effective:
                    return r.effective
    return doc.diundangkan


@dataclass
class _Planned:
    kind: str
    parts: dict[str, str]
    after: dict[str, str] | None = None


def _plan(instruction: str) -> list[_Planned]:
    """What one instruction does, as (kind, provision path, position) triples, in written order."""
    pasal_ctx = None
    sehingga = re.search(r"sehingga\s+Pasal\s+(\d+[A-Z]?)\b", instruction)
    if sehingga:
        pasal_ctx = sehingga.group(1)
    else:
        first = re.search(r"\bPasal\s+(\d+[A-Z]?)\b", instruction)
        pasal_ctx = first.group(1) if first else None
    plans: list[_Planned] = []
    consumed: list[tuple[int, int]] = []
    for m in _INSERT_RE.finditer(instruction):
        consumed.append(m.span())
        a_items = _items(m.group("a"))
        b_text = m.group("b")
        b_pasal = re.search(r"\bPasal\s+(\d+[A-Z]?)\b", b_text)
        ctx = pasal_ctx
        if a_items and "pasal" not in a_items[0] and b_pasal:
            ctx = b_pasal.group(1)
        after = _with_pasal(a_items[0], ctx) if a_items else None
        if after is None and a_items and "bab" in a_items[0]:
            after = a_items[0]
        prev = after
        for new in _items(m.group("new")):
            parts = _with_pasal(new, ctx)
            if parts is None:
                continue
            plans.append(_Planned("insert", parts, prev))
            prev = parts
    for m in _ADD_RE.finditer(instruction):
        consumed.append(m.span())
        for new in _items(m.group("new")):
            parts = _with_pasal(new, pasal_ctx)
            if parts is not None:
                plans.append(_Planned("insert", parts, _previous_sibling(parts)))
    # The rest: "<provisions> diubah", "<provisions> dihapus", possibly several in one sentence.
    rest = instruction
    for s, e in sorted(consumed, reverse=True):
        rest = rest[:s] + " " * (e - s) + rest[e:]
    rest = re.split(r"\bsehingga\b", rest, maxsplit=1)[0]
    prev_end = 0
    for vm in _VERB_RE.finditer(rest):
        verb = vm.group("v").lower()
        clause = rest[prev_end : vm.start()]
        prev_end = vm.end()
        if verb not in ("diubah", "dihapus"):
            continue
        kind = "replace" if verb == "diubah" else "delete"
        for it in _items(clause):
            parts = _with_pasal(it, pasal_ctx)
            if parts is not None:
                plans.append(_Planned(kind, parts))
    if not plans and (m := re.match(r"\s*Mengubah\s+(?:beberapa\s+)?(?:ketentuan\s+)?", rest, re.IGNORECASE)):
        # Older drafting: "Mengubah ketentuan Pasal 16 Peraturan Pemerintah Nomor … sehingga berbunyi …".
        cits = [c.start for c in find_citations(rest) if c.start >= m.end()]
        clause = rest[m.end() : min(cits + [len(rest)])]
        for it in _items(clause):
            parts = _with_pasal(it, pasal_ctx)
            if parts is not None:
                plans.append(_Planned("replace", parts))
    return plans


def _split_instruction(text: str) -> tuple[str, str]:
    """(instruction sentence, new wording) of one numbered instruction."""
    m = _INSTRUCTION_END_RE.search(text)
    if m:
        return text[: m.end()].strip(), text[m.end() :].strip()
    first_line = text.split("\n", 1)
    if len(first_line) == 2 and re.search(r"\n\s*Pasal\s+\d+[A-Z]?\s*\n", "\n" + first_line[1]):
        return first_line[0].strip(), first_line[1].strip()
    return text.strip(), ""


def _wording_provisions(doc: Document, angka: Provision, wording: str, target_doc: str) -> list[Provision]:
    """The quoted new wording as provisions of the amended document, located at the instruction."""
    if not wording:
        return []
    provs = parse_provisions(wording, target_doc, amended_by=doc.id)
    return [p.model_copy(update={"source": angka.source}) for p in provs]


def _amendments_for(doc: Document, angka: Provision, target_doc: str, eff: date | None) -> list[Amendment]:
    full = _angka_text(doc, angka)
    instruction, wording = _split_instruction(full)
    plans = _plan(instruction)
    if not plans:
        return []
    new_provs = _wording_provisions(doc, angka, wording, target_doc)
    out: list[Amendment] = []
    for i, plan in enumerate(plans, start=1):
        target = _target_id(target_doc, plan.parts)
        subtree = [] if plan.kind == "delete" else _subtree(new_provs, target)
        new_text = _render(subtree) if subtree else ""
        if plan.kind != "delete" and not subtree and wording:
            # The wording restates a different node (e.g. the whole Pasal): keep it all.
            subtree, new_text = new_provs, wording
        out.append(
            Amendment(
                id=f"{angka.id}" + (f"-{i}" if len(plans) > 1 else ""),
                amending_doc=doc.id,
                target_doc=target_doc,
                target=target,
                kind=plan.kind,  # type: ignore[arg-type]
                instruction=instruction,
                new_text=new_text,
                new_provisions=tuple(subtree),
                position_after=_target_id(target_doc, plan.after) if plan.after else None,
                effective=eff,
            )
        )
    return out


def extract_amendments(doc: Document) -> tuple[Amendment, ...]:
    """The Amendment records of an amending act's Pasal I (empty for any other document)."""
    if doc.kind != "amending_act":
        return ()
    target_doc = amended_document(doc)
    if target_doc is None:
        return ()
    eff = _effective(doc)
    out: list[Amendment] = []
    for angka in _instruction_angka(doc):
        out.extend(_amendments_for(doc, angka, target_doc, eff))
    return tuple(out)


def amendment_references(doc: Document) -> tuple[set[str], list[Reference]]:
    """For amending_act_references: the Pasal I instruction ids to skip, and the references they carry.

    Each instruction gets an "amends" reference to its target; references written inside the new
    wording are read against that wording (its ids live in the amended document's namespace).
    """
    skip: set[str] = set()
    refs: list[Reference] = []
    target_doc = amended_document(doc)
    angkas = _instruction_angka(doc)
    for angka in angkas:
        skip.add(angka.id)
        skip.update(p.id for p in doc.provisions if p.id.startswith(angka.id + "/"))
    if target_doc is None:
        return skip, refs
    for angka in angkas:
        amendments = _amendments_for(doc, angka, target_doc, None)
        for a in amendments:
            start = angka.text.find(a.instruction[:40]) if a.instruction else -1
            refs.append(
                Reference(
                    source=angka.id,
                    target=a.target,
                    text=a.instruction,
                    kind="amends",
                    resolved=True,
                    start=max(start, 0),
                )
            )
        # References inside the new wording, read against the whole restated text of this instruction.
        wording = _split_instruction(_angka_text(doc, angka))[1]
        parsed = _wording_provisions(doc, angka, wording, target_doc)
        if not parsed or not amendments:
            continue
        shadow = Document(
            id=target_doc, kind="regulation", title=target_doc, provisions=tuple(parsed), source=doc.source
        )
        index = DocIndex(shadow)
        kept = {p.id for a in amendments for p in a.new_provisions}
        for p in parsed:
            if p.id not in kept:
                continue
            for r in references_in_text(shadow, index, p):
                if r.kind == "internal" and not r.resolved and r.reason and "no such provision" in r.reason:
                    # Not in the restated wording: it points into the rest of the amended document.
                    cand = r.reason.rsplit(": ", 1)[-1]
                    r = r.model_copy(
                        update={"kind": "external", "target": cand, "resolved": True, "reason": None}
                    )
                refs.append(r)
    return skip, refs


def amending_act_references(doc: Document) -> tuple[Reference, ...]:
    """An amending act's references: its own text's, then those its instructions and new wordings carry."""
    skip, extra = amendment_references(doc)
    return extract_references(doc, skip, tuple(extra))
