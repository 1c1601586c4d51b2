"""Journal articles: sections, numbered footnotes and the regulations each footnote cites.

Text extracted from a PDF interleaves footnotes with the body at every page end, and glues the
footnote markers to words ("Pilkada1."). We read the file's own lines with their indents
(``clean.split_lines(..., keep_indent=True)``), find the footnotes by their running numbers (1, 2, 3 …
in order), take the ALL-CAPS headings as sections, and read citations with ingest.references.
"Ibid." repeats the previous footnote's regulation.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from ingest.citations import DocIndex, find_citations, provision_path, reference_groups, reference_tokens
from ingest.records import CleanText, Document, Footnote, Provision, Reference, SourceLocation
from ingest.references import references_in_text

_ABSTRACT_RE = re.compile(r"^\s*(ABSTRACT|ABSTRAK|Abstract|Abstrak)\b\s*[;:.]?\s*(?P<rest>.*)$")
_TOP_HEADINGS = (
    "PENDAHULUAN", "LATAR BELAKANG", "METODE PENELITIAN", "METODE", "METODOLOGI", "HASIL DAN PEMBAHASAN",
    "PEMBAHASAN", "HASIL", "KESIMPULAN", "KESIMPULAN DAN SARAN", "PENUTUP", "SARAN", "DAFTAR PUSTAKA",
    "REFERENSI", "REFERENCES", "INTRODUCTION", "METHODS", "RESULTS AND DISCUSSION", "DISCUSSION",
    "CONCLUSION",
)  # fmt: skip
_SUBHEADING_RE = re.compile(r"^(?P<m>\d{1,2}|[a-h])\.\s+(?P<t>[A-Z].*?[^.;:,])\s*$")
_FOOTNOTE_RE = re.compile(r"^(?P<n>\d{1,3})\s+(?P<t>[A-Z\"“‘'(].*)$")
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_IBID_RE = re.compile(r"^\s*Ibid\b\.?", re.IGNORECASE)
_QUOTED_RE = re.compile(r"[\"“](?P<q>[^\"”]{8,200}?)[,.]?[\"”]")


def looks_like_article(text: CleanText) -> bool:
    """True for a journal article: an abstract or the usual section headings, and no regulation heading."""
    head = [ln.strip() for ln in text.lines[:400] if ln.strip()]
    has_abstract = any(_ABSTRACT_RE.match(ln) for ln in head[:80])
    headings = {ln.rstrip(" .") for ln in head if ln.rstrip(" .") in _TOP_HEADINGS}
    regulation = any(re.match(r"(Menimbang|Mengingat|MEMUTUSKAN|Pasal\s+\d+\s*$)", ln) for ln in head[:200])
    return (has_abstract or len(headings) >= 2) and not regulation


def _is_heading(line: str) -> bool:
    s = line.strip().rstrip(" .")
    return s in _TOP_HEADINGS or bool(_ABSTRACT_RE.match(line))


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _join(parts: list[str]) -> str:
    """Join wrapped lines: a URL or word broken at a hyphen is glued back, other lines get a space."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out.endswith("-") and (re.search(r"https?://\S*-$", out) or part[:1].islower()):
            out += part
        else:
            out = f"{out} {part}" if out else part
    return re.sub(r"\s{2,}", " ", out).strip()


def _split_footnotes(lines: list[str]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(body lines, footnotes) from the raw lines; footnotes are (number, text), lines (index, text)."""
    body: list[tuple[int, str]] = []
    notes: list[tuple[int, list[str]]] = []
    expected = 1
    in_note = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        m = _FOOTNOTE_RE.match(stripped)
        # A footnote starts with the next running number; a new page starts with a blank lead.
        if (
            m
            and int(m.group("n")) == expected
            and not line.startswith(" ")
            and not _SUBHEADING_RE.match(stripped)
        ):
            notes.append((expected, [m.group("t")]))
            expected += 1
            in_note = True
            continue
        if in_note and stripped and not line.startswith(" ") and not _is_heading(line):
            notes[-1][1].append(stripped)
            continue
        in_note = False
        if stripped:
            body.append((i, line))
    return body, [(n, _join(parts)) for n, parts in notes]


def _strip_markers(text: str, numbers: set[int]) -> str:
    """Drop footnote markers glued to words ("Pilkada1." → "Pilkada.") and stray superscripts."""
    text = text.translate({ord(c): None for c in _SUPERSCRIPTS})

    def drop(m: re.Match[str]) -> str:
        return m.group(1) if int(m.group(2)) in numbers else m.group(0)

    return re.sub(r"([A-Za-z\.,;:)\"”])(\d{1,3})(?=[\s.,;:]|$)", drop, text)


def _footnote_cites(text: str, previous: list[str]) -> tuple[list[str], list[str]]:
    """What one footnote cites: regulation ids (with the Pasal it names), and what stays unresolved."""
    cites: list[str] = []
    unresolved: list[str] = []
    cits = find_citations(text)
    groups = reference_groups(text, reference_tokens(text))
    if _IBID_RE.match(text) and not cits:
        regs = [c.split("/")[0] for c in previous]
        if len(set(regs)) == 1:
            doc = regs[0]
            items = [it for its, _ in groups for it in its if "pasal" in it.parts]
            cites.extend(f"{doc}/{provision_path(it.parts)}" for it in items) if items else cites.append(doc)
        else:
            unresolved.append(text.strip())
        return cites, unresolved
    for k, c in enumerate(cits):
        if c.doc_id is None:
            unresolved.append(c.text)
            continue
        nxt = cits[k + 1].start if k + 1 < len(cits) else len(text)
        items = [it for its, _ in groups for it in its if c.end <= it.start < nxt and "pasal" in it.parts]
        if items:
            cites.extend(f"{c.doc_id}/{provision_path(it.parts)}" for it in items)
        else:
            cites.append(c.doc_id)
    if not cits:
        q = _QUOTED_RE.search(text)
        unresolved.append(q.group("q").strip() if q else text.strip())
    return list(dict.fromkeys(cites)), unresolved


def _metadata(head: list[str]) -> tuple[str | None, tuple[str, ...], int | None]:
    """Title, authors and year from the lines before the abstract, where the file has them."""
    lines = [ln.strip() for ln in head if ln.strip()]
    if not lines:
        return None, (), None
    title = lines[0]
    authors: tuple[str, ...] = ()
    if len(lines) > 1 and not re.search(r"\d{4}|@|Universit|Fakultas|Jurnal", lines[1]):
        authors = tuple(a.strip(" *¹²³") for a in re.split(r",|\band\b|\bdan\b|&", lines[1]) if a.strip(" *"))
    years = [int(y) for y in re.findall(r"\b(19[5-9]\d|20[0-4]\d)\b", " ".join(lines))]
    return title, authors, (years[0] if years else None)


def parse_article(text: CleanText) -> Document:
    """A journal article as a Document: sections (level "section"), footnotes and body references."""
    lines = [_fold(ln) for ln in text.lines]
    first_abstract = next((i for i, ln in enumerate(lines) if _ABSTRACT_RE.match(ln)), None)
    title, authors, year = _metadata(lines[:first_abstract] if first_abstract else [])
    body, notes = _split_footnotes(lines[first_abstract or 0 :])
    offset = first_abstract or 0
    numbers = {n for n, _ in notes}

    if authors and year:
        slug = re.sub(r"[^a-z0-9]+", "-", authors[0].split()[-1].lower()).strip("-") + f"-{year}"
    else:
        slug = hashlib.sha1(re.sub(r"\s+", " ", text.text).strip().encode("utf-8")).hexdigest()[:10]
    doc_id = f"article-{slug}"

    # Sections: an ABSTRACT/ABSTRAK line or an ALL-CAPS heading opens one; "1. …" opens a subsection.
    sections: list[dict] = []
    for i, line in body:
        stripped = line.strip()
        am = _ABSTRACT_RE.match(stripped)
        if am:
            sections.append(
                {"heading": am.group(1).title(), "lines": [am.group("rest")], "parent": None, "i": i}
            )
        elif _is_heading(stripped):
            sections.append({"heading": stripped.rstrip(" .").title(), "lines": [], "parent": None, "i": i})
        elif (sm := _SUBHEADING_RE.match(stripped)) and len(stripped.split()) <= 16 and sections:
            # "1. …" hangs from the last top-level section, "a. …" from the last "1. …" under it.
            depth = 1 if sm.group("m").isdigit() else 2
            parent = next(
                (k for k in range(len(sections) - 1, -1, -1) if sections[k].get("depth", 0) < depth), None
            )
            sections.append(
                {"heading": stripped, "lines": [], "parent": parent, "i": i, "sub": True, "depth": depth}
            )
        else:
            if not sections:
                sections.append({"heading": None, "lines": [], "parent": None, "i": i})
            cur = sections[-1]
            # A subsection title that wraps onto a second line: keep it in the heading.
            if (
                cur.get("sub")
                and not cur["lines"]
                and len(stripped.split()) <= 6
                and not stripped.endswith(".")
            ):
                cur["heading"] += " " + stripped
                continue
            cur["lines"].append(stripped)

    provisions: list[Provision] = []
    ids = [f"{doc_id}/section-{k}" for k in range(1, len(sections) + 1)]
    for k, sec in enumerate(sections):
        kids = tuple(ids[j] for j, s in enumerate(sections) if s["parent"] == k)
        page = text.pages[sec["i"] + offset] if sec["i"] + offset < len(text.pages) else None
        provisions.append(
            Provision(
                id=ids[k],
                doc_id=doc_id,
                level="section",
                number=str(k + 1),
                label=sec["heading"] or f"Section {k + 1}",
                heading=sec["heading"],
                text=_strip_markers(_join(sec["lines"]), numbers),
                parent=ids[sec["parent"]] if sec["parent"] is not None else None,
                children=kids,
                source=SourceLocation(file=text.file, page=page, line=sec["i"] + offset + 1),
            )
        )

    footnotes: list[Footnote] = []
    previous: list[str] = []
    for n, t in notes:
        cites, unresolved = _footnote_cites(t, previous)
        footnotes.append(Footnote(number=n, text=t, cites=tuple(cites), unresolved=tuple(unresolved)))
        previous = cites

    if title is None:
        abstract = next((p.text for p in provisions if p.heading in ("Abstrak", "Abstract") and p.text), "")
        title = "Artikel: " + (
            abstract[:90].rsplit(" ", 1)[0] + " …" if len(abstract) > 90 else abstract or doc_id
        )
    doc = Document(
        id=doc_id,
        kind="article",
        title=title,
        tahun=year,
        provisions=tuple(provisions),
        footnotes=tuple(footnotes),
        authors=authors,
        metadata={"title_from": "heading" if first_abstract else "abstract"},
        source=SourceLocation(file=text.file),
    )
    return doc.model_copy(update={"references": article_references(doc)})


def article_references(doc: Document) -> tuple[Reference, ...]:
    """External references in the sections; a bare "Pasal 2" names no document, so it stays unresolved."""
    index = DocIndex(doc)
    out: list[Reference] = []
    for p in doc.provisions:
        for r in references_in_text(doc, index, p):
            if r.kind == "internal":
                r = r.model_copy(
                    update={
                        "kind": "external",
                        "target": None,
                        "resolved": False,
                        "reason": "the article names a provision without saying of which regulation",
                    }
                )
            out.append(r)
    return tuple(out)
