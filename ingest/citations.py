"""The citation grammar: document citations ("UU No. 20 Tahun 2023" → ``uu-20-2023``) and provision paths.

``find_citations``/``parse_citation`` recognise *document* citations (Undang-Undang, Perppu, PP, Perpres,
Permen…, Perbawaslu, PKPU, UUD 1945), tolerant of OCR digit slips ("2Ol4"). ``tokens``/``groups`` read
provision references ("Pasal 5 huruf n angka 1", "ayat (2)", "Pasal 3 sampai dengan Pasal 5") into
items, and ``provision_path`` turns an item into an id path. Resolving them against a document is
``ingest.references``' job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.records import Document, Provision
from ingest.text_utils import ocr_digits, roman_to_int
from kg.ids import DOCUMENT_TYPES

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
CITATION_RE = re.compile(
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
    return [_citation_from_match(m) for m in CITATION_RE.finditer(text)]


def parse_citation(span: str) -> str | None:
    """The doc id of the first document citation in span ("UU No. 20 Tahun 2023" → "uu-20-2023"), or None."""
    for c in find_citations(span):
        if c.doc_id:
            return c.doc_id
    return None


def render_citation(doc_id: str) -> str:
    """The formal citation of a document id ("pp-94-2021" → "Peraturan Pemerintah Nomor 94 Tahun 2021")."""
    if re.fullmatch(r"uud-\d{4}", doc_id):
        return f"Undang-Undang Dasar Negara Republik Indonesia Tahun {doc_id[4:]}"
    m = re.fullmatch(r"([a-z]+)-(\d+)-(\d{4})", doc_id)
    if not m or m.group(1) not in DOCUMENT_TYPES or m.group(1) == "uud":
        raise ValueError(f"cannot render a citation for {doc_id!r}")
    return f"{DOCUMENT_TYPES[m.group(1)].formal} Nomor {m.group(2)} Tahun {m.group(3)}"


# --------------------------------------------------------------------------------------------
# Provision references ("Pasal 5 huruf n angka 1", "ayat (2)", "Pasal 3 sampai dengan Pasal 5")
# --------------------------------------------------------------------------------------------

RANK = {"bab": 0, "pasal": 1, "diktum": 1, "ayat": 2, "huruf": 3, "angka": 4}
TOKEN_RE = re.compile(
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
SELF_RE = re.compile(
    r"\s+(?:dari\s+)?(?:Undang-\s?Undang|Peraturan(?:\s+[A-Z][\w/-]*){0,8}|Perppu|Perpres|"
    r"Keputusan(?:\s+[A-Z][\w/-]*){0,4})\s+ini\b"
)
BEFORE_CITATION_RE = re.compile(r"\s+(?:dari\s+|dalam\s+)?")


@dataclass
class Token:
    level: str
    number: str
    start: int
    end: int


@dataclass
class Item:
    """One referenced provision path, e.g. {pasal: 5, huruf: n, angka: 1}, with its span."""

    parts: dict[str, str]
    start: int
    end: int
    range_to: Item | None = None  # set on the first item of "X sampai dengan Y"


def reference_tokens(text: str) -> list[Token]:
    out = []
    for m in TOKEN_RE.finditer(text):
        for level in RANK:
            if m.group(level):
                out.append(Token(level, m.group(level + "n"), m.start(), m.end()))
    return out


def reference_groups(text: str, tokens: list[Token]) -> list[tuple[list[Item], int]]:
    """Split tokens into reference groups (runs joined only by connectors), each a list of items."""
    groups: list[tuple[list[Item], int]] = []
    items: list[Item] = []
    last_tok: Token | None = None

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
            items = [Item({tok.level: tok.number}, tok.start, tok.end)]
        elif gap.group("chain") is not None:
            deepest = max(RANK[lv] for lv in cur.parts)
            # "Pasal 4 angka 12 huruf a": PP 53/2010 numbers a huruf under an angka.
            under_angka = tok.level == "huruf" and "angka" in cur.parts and "huruf" not in cur.parts
            if RANK[tok.level] > deepest or under_angka:
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
                items = [Item({tok.level: tok.number}, tok.start, tok.end)]
        else:
            if tok.level in cur.parts:
                # "angka 12 huruf a, huruf b": a sibling keeps what stands before its level in the reference
                keep = list(cur.parts)[: list(cur.parts).index(tok.level)]
                inherited = {lv: cur.parts[lv] for lv in keep}
            else:
                inherited = {lv: n for lv, n in cur.parts.items() if RANK[lv] < RANK[tok.level]}
            new = Item({**inherited, tok.level: tok.number}, tok.start, tok.end)
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


def provision_path(parts: dict[str, str]) -> str:
    """The id path of a referenced provision below the document ("pasal-5/huruf-n/angka-1"); its parts in
    the order the reference gives them ("pasal-4/angka-12/huruf-a" in PP 53/2010)."""
    segs = []
    if "pasal" in parts:
        segs.append(f"pasal-{parts['pasal'].lower()}")
    elif "diktum" in parts:
        segs.append("diktum-" + re.sub(r"\s+", "-", parts["diktum"].lower()))
    elif "bab" in parts:
        segs.append(f"bab-{roman_to_int(parts['bab'])}")
    segs += [f"{lv}-{n.lower()}" for lv, n in parts.items() if lv in ("ayat", "huruf", "angka")]
    return "/".join(segs)


class DocIndex:
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
