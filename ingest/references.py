"""Citations and cross-references: "UU No. 20 Tahun 2023" → ``uu-20-2023``, "Pasal 5 huruf n" → a path.

Two layers. ``find_citations``/``parse_citation`` recognise *document* citations (Undang-Undang,
Perppu, PP, Perpres, Permen…, Perbawaslu, PKPU, UUD 1945), tolerant of OCR digit slips ("2Ol4").
``extract_references`` then walks every provision of a parsed Document and records internal and
external references, legal bases (Mengingat), repeal clauses and the commencement clause. A target
that cannot be pinned down is kept unresolved with a reason: we never guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.records import Document, Provision, Reference
from ingest.text_utils import ocr_digits, parse_date, roman_to_int

# --------------------------------------------------------------------------------------------
# Document citations
# --------------------------------------------------------------------------------------------

# A number as OCR gives it: digits with the usual letter-for-digit slips (O for 0, l/I/L for 1).
_NUM = r"(?=[0-9OoIlL]*[0-9])[0-9OoIlL]{1,5}"
_YEAR = r"(?=[0-9OoIlL]*[0-9])[12lLI][0-9OoIlL]{3}"
_NOMOR = r"(?:Nomor|Nomer|No\.?)"
_UU = r"Undang-\s?Undang"
_RI = r"(?:\s+(?:Republik\s+[Il1]ndonesia|RI))?"
_NT = rf"\s*{_NOMOR}?\s*(?P<n>{_NUM})\s*(?:,\s*)?(?:Tahun\s+|/\s*)(?P<y>{_YEAR})(?![0-9])"
_NT_LONG = rf"\s+{_NOMOR}\s*(?P<n>{_NUM})\s+Tahun\s+(?P<y>{_YEAR})(?![0-9])"

# Ministries whose regulations we can name; an unknown ministry is reported, not guessed.
MINISTRIES: dict[str, str] = {
    "pendayagunaan aparatur negara dan reformasi birokrasi": "permenpanrb",
    "dalam negeri": "permendagri",
    "keuangan": "permenkeu",
    "hukum dan hak asasi manusia": "permenkumham",
}
_MINISTRY_SHORT = {
    "panrb": "permenpanrb",
    "pan-rb": "permenpanrb",
    "pan rb": "permenpanrb",
    "dagri": "permendagri",
}

# Order matters: the longer forms must be tried first ("Peraturan Pemerintah Pengganti
# Undang-Undang" before "Peraturan Pemerintah", and both before a bare "Undang-Undang").
_CITATION_FORMS: list[tuple[str, str]] = [
    ("uud", rf"{_UU}\s+Dasar(?:\s+Negara\s+Republik\s+[Il1]ndonesia)?(?:\s+Tahun)?\s+(?P<y>[1lL]9[4][5])"),
    ("uud", r"\bUUD(?:\s+NRI)?(?:\s+Tahun)?\s+(?P<y>[1lL]9[4][5])"),
    ("perppu", rf"Peraturan\s+Pemerintah\s+Pengganti\s+{_UU}{_RI}{_NT_LONG}"),
    ("perppu", rf"\bPerppu{_RI}{_NT}"),
    ("uu", rf"{_UU}{_RI}{_NT_LONG}"),
    ("uu", rf"\bUU{_RI}{_NT}"),
    ("pp", rf"Peraturan\s+Pemerintah{_RI}{_NT_LONG}"),
    ("pp", rf"\bPP{_RI}{_NT}"),
    ("perpres", rf"Peraturan\s+Presiden{_RI}{_NT_LONG}"),
    ("perpres", rf"\bPerpres{_NT}"),
    ("keppres", rf"Keputusan\s+Presiden{_RI}{_NT_LONG}"),
    ("keppres", rf"\bKeppres{_NT}"),
    ("inpres", rf"Instruksi\s+Presiden{_RI}{_NT_LONG}"),
    ("perbawaslu", rf"Peraturan\s+(?:Badan\s+Pengawas\s+Pemilihan\s+Umum|Bawaslu){_NT_LONG}"),
    ("perbawaslu", rf"\bPerbawaslu{_NT}"),
    ("pkpu", rf"Peraturan\s+(?:Komisi\s+Pemilihan\s+Umum|KPU){_NT_LONG}"),
    ("pkpu", rf"\bPKPU{_NT}"),
    ("perbkn", rf"Peraturan\s+(?:Badan\s+Kepegawaian\s+Negara|BKN){_NT_LONG}"),
    ("permen", rf"Peraturan\s+Menteri\s+(?P<m>[A-Za-z][A-Za-z ,-]{{1,90}}?){_NT_LONG}"),
    ("permen", rf"\bPermen(?P<m>[A-Za-z-]{{2,12}}){_NT}"),
]
_CITATION_RE = re.compile(
    "|".join(f"(?P<f{i}>{pat.replace('(?P<', f'(?P<f{i}')})" for i, (_, pat) in enumerate(_CITATION_FORMS)),
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Citation:
    """A document citation found in text: the doc id (None if it cannot be derived) and its span."""

    doc_id: str | None
    start: int
    end: int
    text: str
    reason: str | None = None


def _digits(raw: str) -> str:
    """Undo OCR letter-for-digit slips and drop leading zeros ("2Ol4" → "2014", "05" → "5")."""
    return ocr_digits(raw).lstrip("0") or "0"


def _ministry_jenis(name: str) -> str | None:
    """The jenis of a ministerial regulation from the minister's title, or None when unknown."""
    key = re.sub(r"\s+", " ", name.replace("Republik Indonesia", "")).strip(" ,").lower()
    key = re.sub(r"\s+(republik indonesia|ri)$", "", key)
    if key in MINISTRIES:
        return MINISTRIES[key]
    if key in _MINISTRY_SHORT:
        return _MINISTRY_SHORT[key]
    return None


def _citation_from_match(m: re.Match[str]) -> Citation:
    for i, (jenis, _) in enumerate(_CITATION_FORMS):
        if m.group(f"f{i}") is None:
            continue
        groups = {k[len(f"f{i}") :]: v for k, v in m.groupdict().items() if k.startswith(f"f{i}") and v}
        year = _digits(groups["y"])
        text = m.group(0)
        if not 1900 <= int(year) <= 2099 and jenis != "uud":
            return Citation(None, m.start(), m.end(), text, f"implausible year {groups['y']!r}")
        if jenis == "uud":
            return Citation(f"uud-{year}", m.start(), m.end(), text)
        if jenis == "permen":
            mj = _ministry_jenis(groups.get("m", ""))
            if mj is None:
                return Citation(None, m.start(), m.end(), text, f"unknown ministry {groups.get('m', '')!r}")
            jenis = mj
        return Citation(f"{jenis}-{_digits(groups['n'])}-{year}", m.start(), m.end(), text)
    raise AssertionError("unreachable: a citation match without a form")  # pragma: no cover


def find_citations(text: str) -> list[Citation]:
    """Every document citation in text, in order (including ones whose id cannot be derived)."""
    return [_citation_from_match(m) for m in _CITATION_RE.finditer(text)]


def parse_citation(span: str) -> str | None:
    """The doc id of the first document citation in span ("UU No. 20 Tahun 2023" → "uu-20-2023"), or None."""
    for c in find_citations(span):
        if c.doc_id:
            return c.doc_id
    return None


_RENDER = {
    "uu": "Undang-Undang Nomor {n} Tahun {y}",
    "perppu": "Peraturan Pemerintah Pengganti Undang-Undang Nomor {n} Tahun {y}",
    "pp": "Peraturan Pemerintah Nomor {n} Tahun {y}",
    "perpres": "Peraturan Presiden Nomor {n} Tahun {y}",
    "keppres": "Keputusan Presiden Nomor {n} Tahun {y}",
    "inpres": "Instruksi Presiden Nomor {n} Tahun {y}",
    "perbawaslu": "Peraturan Badan Pengawas Pemilihan Umum Nomor {n} Tahun {y}",
    "pkpu": "Peraturan Komisi Pemilihan Umum Nomor {n} Tahun {y}",
    "perbkn": "Peraturan Badan Kepegawaian Negara Nomor {n} Tahun {y}",
    "permenpanrb": (
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor {n} Tahun {y}"
    ),
    "permendagri": "Peraturan Menteri Dalam Negeri Nomor {n} Tahun {y}",
}


def render_citation(doc_id: str) -> str:
    """The formal citation of a document id ("pp-94-2021" → "Peraturan Pemerintah Nomor 94 Tahun 2021")."""
    if re.fullmatch(r"uud-\d{4}", doc_id):
        return f"Undang-Undang Dasar Negara Republik Indonesia Tahun {doc_id[4:]}"
    m = re.fullmatch(r"([a-z]+)-(\d+)-(\d{4})", doc_id)
    if not m or m.group(1) not in _RENDER:
        raise ValueError(f"cannot render a citation for {doc_id!r}")
    return _RENDER[m.group(1)].format(n=m.group(2), y=m.group(3))


# --------------------------------------------------------------------------------------------
# Provision references ("Pasal 5 huruf n angka 1", "ayat (2)", "Pasal 3 sampai dengan Pasal 5")
# --------------------------------------------------------------------------------------------

RANK = {"bab": 0, "pasal": 1, "diktum": 1, "ayat": 2, "huruf": 3, "angka": 4}
_TOKEN_RE = re.compile(
    r"\b(?:(?P<bab>BAB|Bab)\s+(?P<babn>[IVXLC]+)\b"
    r"|(?P<pasal>[Pp]asal)\s+(?P<pasaln>\d+[A-Z]?)(?![\w/])"
    r"|(?P<diktum>[Dd]iktum|DIKTUM)\s+(?P<diktumn>KE[A-Z]+(?:\s+BELAS)?|[Kk]e[a-z]+(?:\s+[Bb]elas)?)\b"
    r"|(?P<ayat>[Aa]yat)\s*\(\s*(?P<ayatn>\d+[a-z]?)\s*\)"
    r"|(?P<huruf>[Hh]uruf)\s+(?P<hurufn>[a-zA-Z]\d?)(?![\w/])"
    r"|(?P<angka>[Aa]ngka)\s+(?P<angkan>\d+[a-z]?)(?![\w/])"
    r")"
)
_LIST_WORDS = r"(?:dan/atau|dan|atau|serta)"
_GAP_RE = re.compile(
    rf"(?P<range>\s+(?:sampai\s+dengan|s\.\s?d\.?|hingga)\s+)"
    rf"|(?P<list>\s*,\s*(?:{_LIST_WORDS}\s+)?|\s+{_LIST_WORDS}\s+)"
    rf"|(?P<chain>\s+)"
)
_SELF_RE = re.compile(
    r"\s+(?:dari\s+)?(?:Undang-\s?Undang|Peraturan(?:\s+[A-Z][\w/-]*){0,8}|Perppu|Perpres|"
    r"Keputusan(?:\s+[A-Z][\w/-]*){0,4})\s+ini\b"
)
_BEFORE_CITATION_RE = re.compile(r"\s+(?:dari\s+|dalam\s+)?")


@dataclass
class _Token:
    level: str
    number: str
    start: int
    end: int


@dataclass
class _Item:
    """One referenced provision path, e.g. {pasal: 5, huruf: n, angka: 1}, with its span."""

    parts: dict[str, str]
    start: int
    end: int
    range_to: _Item | None = None  # set on the first item of "X sampai dengan Y"


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _TOKEN_RE.finditer(text):
        for level in RANK:
            if m.group(level):
                out.append(_Token(level, m.group(level + "n"), m.start(), m.end()))
    return out


def _groups(text: str, tokens: list[_Token]) -> list[tuple[list[_Item], int]]:
    """Split tokens into reference groups (runs joined only by connectors), each a list of items."""
    groups: list[tuple[list[_Item], int]] = []
    items: list[_Item] = []
    last_tok: _Token | None = None

    def close() -> None:
        if items:
            groups.append(
                (list(items), items[-1].end if items[-1].range_to is None else items[-1].range_to.end)
            )

    for tok in tokens:
        gap = _GAP_RE.fullmatch(text, last_tok.end, tok.start) if last_tok else None
        cur = items[-1] if items else None
        if cur is not None and cur.range_to is not None:
            cur = cur.range_to
        if cur is None or gap is None:
            close()
            items = [_Item({tok.level: tok.number}, tok.start, tok.end)]
        elif gap.group("chain") is not None:
            deepest = max(RANK[lv] for lv in cur.parts)
            if RANK[tok.level] > deepest:
                cur.parts[tok.level] = tok.number
                cur.end = tok.end
            elif tok.level == "pasal" and all("pasal" not in it.parts for it in items):
                # "ayat (1) dan ayat (2) Pasal 61": the Pasal written last governs the whole list.
                for it in items:
                    it.parts = {"pasal": tok.number, **it.parts}
                    it.end = tok.end if it is items[-1] else it.end
                if items[-1].range_to is not None:
                    items[-1].range_to.parts = {"pasal": tok.number, **items[-1].range_to.parts}
                    items[-1].range_to.end = tok.end
            else:
                close()
                items = [_Item({tok.level: tok.number}, tok.start, tok.end)]
        else:
            inherited = {lv: n for lv, n in cur.parts.items() if RANK[lv] < RANK[tok.level]}
            new = _Item({**inherited, tok.level: tok.number}, tok.start, tok.end)
            if gap.group("range") is not None and tok.level in cur.parts and items[-1].range_to is None:
                last = items[-1]
                if max(RANK[lv] for lv in last.parts) == RANK[tok.level]:
                    last.range_to = new
                else:
                    items.append(new)
            else:
                items.append(new)
        last_tok = tok
    close()
    return groups


def _path(parts: dict[str, str]) -> str:
    """The id path of a referenced provision below the document ("pasal-5/huruf-n/angka-1")."""
    segs = []
    if "pasal" in parts:
        segs.append(f"pasal-{parts['pasal'].lower()}")
    elif "diktum" in parts:
        segs.append("diktum-" + re.sub(r"\s+", "-", parts["diktum"].lower()))
    elif "bab" in parts:
        segs.append(f"bab-{roman_to_int(parts['bab'])}")
    for lv in ("ayat", "huruf", "angka"):
        if lv in parts:
            segs.append(f"{lv}-{parts[lv].lower()}")
    return "/".join(segs)


class _DocIndex:
    """Lookups over a document's provisions (by id, parent chain, and by level for ranges)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.by_id: dict[str, Provision] = {p.id: p for p in doc.provisions}
        self.pasal_order = [p.id for p in doc.provisions if p.level == "pasal"]

    def ancestors_or_self(self, pid: str) -> list[Provision]:
        out, seen = [], set()
        p = self.by_id.get(pid)
        while p is not None and p.id not in seen:
            seen.add(p.id)
            out.append(p)
            p = self.by_id.get(p.parent) if p.parent else None
        return out


@dataclass
class _Resolution:
    target: str | None
    reason: str | None


def _relative_anchor(index: _DocIndex, source: Provision, level: str) -> Provision | None:
    """The provision a reference starting at `level` hangs from: the nearest ancestor-or-self above it."""
    for anc in index.ancestors_or_self(source.id):
        if anc.level in RANK and RANK[anc.level] < RANK[level] and anc.level != "bab":
            return anc
        if anc.level in ("bab", "bagian", "paragraf", "lampiran"):
            return None
    return None


def _resolve_internal(index: _DocIndex, source: Provision, parts: dict[str, str]) -> _Resolution:
    doc_id = index.doc.id
    if "huruf" in parts and not parts["huruf"][0].islower():
        return _Resolution(None, f"huruf written in upper case ({parts['huruf']}): likely an OCR slip")
    top = min(parts, key=lambda lv: RANK[lv])
    if top in ("pasal", "bab", "diktum"):
        candidate = f"{doc_id}/{_path(parts)}"
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
        candidate = f"{anchor.id}/{_path(parts)}"
    if candidate in index.by_id:
        return _Resolution(candidate, None)
    return _Resolution(None, f"no such provision in {doc_id}: {candidate}")


def _expand_range(
    index: _DocIndex | None, first: _Item, last: _Item, doc_prefix: str
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


def _commencements(doc: Document, p: Provision) -> list[Reference]:
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
    if _SELF_RE.match(text, end):
        return "self", None
    gap = _BEFORE_CITATION_RE.match(text, end)
    pos = gap.end() if gap else end
    for c in citations:
        if c.start == pos or (c.start == end):
            return "external", c
    return "bare", None


def references_in_text(doc: Document, index: _DocIndex, p: Provision) -> list[Reference]:
    """Internal, external and legal-basis references written in one provision's own text."""
    text = p.text
    citations = find_citations(text)
    kind_ext = "legal_basis" if p.level == "mengingat" else "external"
    refs: list[Reference] = []
    used_citations: set[int] = set()
    for items, gend in _groups(text, _tokens(text)):
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
                            target=f"{external_doc}/{_path(parts)}",
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


def _mark_listed_repeals(index: _DocIndex, p: Provision, per_prov: dict[str, list[Reference]]) -> None:
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


def extract_references(doc: Document) -> tuple[Reference, ...]:
    """Every reference written in the document's provisions, in document order."""
    if doc.kind == "article":
        from ingest.article import article_references  # lazy: article imports this module

        return article_references(doc)
    index = _DocIndex(doc)
    amending_ids: set[str] = set()
    extra: list[Reference] = []
    if doc.kind == "amending_act":
        from ingest.amendments import amendment_references  # lazy: amendments imports this module

        amending_ids, extra = amendment_references(doc)
    per_prov: dict[str, list[Reference]] = {}
    for p in doc.provisions:
        if p.id in amending_ids or not p.text:
            per_prov[p.id] = []
            continue
        per_prov[p.id] = references_in_text(doc, index, p) + _commencements(doc, p)
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
