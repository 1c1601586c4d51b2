"""Citations people read, made from ids.

``pp-94-2021/pasal-14/huruf-i`` → "PP No. 94 Tahun 2021, Pasal 14 huruf i".
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class DocumentType:
    """One kind of legal instrument: how its id starts, how it is cited, where it sits in the hierarchy."""

    jenis: str  # the id prefix: "pp" in pp-94-2021
    short: str  # in a short citation: "PP No. 94 Tahun 2021"
    formal: str  # in a formal one: "Peraturan Pemerintah Nomor 94 Tahun 2021"
    # The order of UU 12/2011 Pasal 7 ayat (1) (1 = highest); None for instruments it does not rank.
    rank: int | None = None


# The one document-type table; ingest, search, the corpus and the citator read it from here.
DOCUMENT_TYPES: dict[str, DocumentType] = {
    t.jenis: t
    for t in (
        DocumentType("uud", "UUD", "Undang-Undang Dasar Negara Republik Indonesia", 1),
        DocumentType("uu", "UU", "Undang-Undang", 3),
        DocumentType("uudrt", "UU Darurat", "Undang-Undang Darurat", 3),
        DocumentType("perppu", "Perppu", "Peraturan Pemerintah Pengganti Undang-Undang", 3),
        DocumentType("pp", "PP", "Peraturan Pemerintah", 4),
        DocumentType("perpres", "Perpres", "Peraturan Presiden", 5),
        DocumentType("keppres", "Keppres", "Keputusan Presiden"),
        DocumentType("inpres", "Inpres", "Instruksi Presiden"),
        DocumentType("perbawaslu", "Perbawaslu", "Peraturan Badan Pengawas Pemilihan Umum"),
        DocumentType("pkpu", "PKPU", "Peraturan Komisi Pemilihan Umum"),
        DocumentType("perbkn", "Peraturan BKN", "Peraturan Badan Kepegawaian Negara"),
        DocumentType(
            "permenpanrb",
            "Permenpan-RB",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        ),
        DocumentType("permendagri", "Permendagri", "Peraturan Menteri Dalam Negeri"),
        DocumentType("permenkeu", "PMK", "Peraturan Menteri Keuangan"),
        DocumentType("permenkumham", "Permenkumham", "Peraturan Menteri Hukum dan Hak Asasi Manusia"),
        DocumentType("permen", "Permen", "Peraturan Menteri"),
        DocumentType("kb", "Keputusan Bersama", "Keputusan Bersama"),
        DocumentType("skb", "SKB", "Surat Keputusan Bersama"),
        DocumentType("se", "SE", "Surat Edaran"),
    )
}
JENIS_SHORT = {jenis: t.short for jenis, t in DOCUMENT_TYPES.items()}


def jenis_short(jenis: str) -> str:
    """How a jenis is written in a short citation; an unknown one is capitalised, never shouted."""
    t = DOCUMENT_TYPES.get(jenis.lower())
    return t.short if t else jenis[:1].upper() + jenis[1:].lower()


_DOC_ID = re.compile(r"^(?P<jenis>[a-z][a-z0-9]*)-(?P<nomor>.+)-(?P<tahun>\d{4})$")


# Court decision ids (made by ingest.decision.decision_id from the case number).
_MK_ID = re.compile(r"^mk-(?P<n>\d+)-(?P<kind>[a-z]+(?:-[a-z]+)*?)-(?P<roman>[ivxlc]+)-(?P<y>\d{4})$")
_COURT_ID = re.compile(
    r"^(?P<court>pn|pt|ptun|pttun)-(?P<place>[a-z]+(?:-[a-z]+)*)-(?P<n>\d+)-(?P<kind>[a-z]+(?:-[a-z]+)*)-(?P<y>\d{4})$"
)
_MA_ID = re.compile(r"^ma-(?P<n>\d+)-(?P<k>k|pk)-(?P<kind>[a-z]+(?:-[a-z]+)*)-(?P<y>\d{4})$")
# Court seats by the code in their case numbers, where we have checked them; others print as the code.
COURT_PLACES = {"slk": "Solok"}


def _case_kind(slug: str) -> str:
    """'pid-sus' → 'Pid.Sus' (how a case register is written in a case number)."""
    return ".".join(part.capitalize() for part in slug.split("-"))


def format_decision_citation(doc_id: str) -> str | None:
    """'mk-41-puu-xii-2014' → 'Putusan MK No. 41/PUU-XII/2014'; None when the id is not a decision's."""
    if m := _MK_ID.match(doc_id):
        return f"Putusan MK No. {m['n']}/{m['kind'].replace('-', '.').upper()}-{m['roman'].upper()}/{m['y']}"
    if m := _COURT_ID.match(doc_id):
        place = COURT_PLACES.get(m["place"]) or ".".join(p.capitalize() for p in m["place"].split("-"))
        return f"Putusan {m['court'].upper()} {place} No. {m['n']}/{_case_kind(m['kind'])}/{m['y']}"
    if m := _MA_ID.match(doc_id):
        return f"Putusan MA No. {m['n']} {m['k'].upper()}/{_case_kind(m['kind'])}/{m['y']}"
    return None


def doc_number(doc_id: str) -> str | None:
    """'pp-53-2010' → '53' (the act's number as its id writes it); None when the id is not an act's."""
    m = _DOC_ID.match(doc_id)
    return m["nomor"] if m else None


def format_document_citation(doc_id: str) -> str:
    """'pp-94-2021' → 'PP No. 94 Tahun 2021'; 'uud-1945' → 'UUD 1945'; other ids come back unchanged."""
    if doc_id == "uud-1945":
        return "UUD 1945"
    decision = format_decision_citation(doc_id)
    if decision is not None:
        return decision
    m = _DOC_ID.match(doc_id)
    if not m:
        return doc_id
    short = jenis_short(m["jenis"])
    return f"{short} No. {m['nomor'].upper() if '/' in m['nomor'] else m['nomor']} Tahun {m['tahun']}"


def to_roman(n: int) -> str:
    """12 → 'XII' (BAB numbers are written in roman numerals)."""
    out = []
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


_ORDINAL_WORDS = (
    "Kesatu Kedua Ketiga Keempat Kelima Keenam Ketujuh Kedelapan Kesembilan Kesepuluh Kesebelas".split()
)


def ordinal_word(n: int) -> str:
    """3 → 'Ketiga' (Buku and Bagian are numbered in words); beyond 11, the number itself."""
    return _ORDINAL_WORDS[n - 1] if 1 <= n <= len(_ORDINAL_WORDS) else str(n)


def format_segment(segment: str) -> str:
    """One path segment as written: 'pasal-187a' → 'Pasal 187A', 'ayat-4' → 'ayat (4)'."""
    kind, _, num = segment.partition("-")
    if kind == "pasal":
        return f"Pasal {num.upper()}"
    if kind == "ayat":
        return f"ayat ({num})"
    if kind in ("huruf", "angka"):
        return f"{kind} {num}"
    if kind == "diktum":
        return f"Diktum {num.upper()}"
    if kind == "buku":
        return f"Buku {ordinal_word(int(num))}" if num.isdigit() else f"Buku {num}"
    if kind == "bab":
        return f"BAB {to_roman(int(num)) if num.isdigit() else num.upper()}"
    if kind in ("bagian", "paragraf", "section"):
        return f"{kind.capitalize()} {num}"
    if kind in ("menimbang", "mengingat", "lampiran", "penjelasan"):
        return kind.capitalize() + (f" {num}" if num else "")
    return segment


def format_citation(pid: str) -> str:
    """A pinpoint citation from a document or provision id."""
    doc_id, _, path = pid.partition("/")
    parts = [format_document_citation(doc_id)]
    if path:
        segments = [s for s in path.split("/") if not s.startswith(("buku-", "bab-", "bagian-", "paragraf-"))]
        segments = segments or path.split("/")
        parts.append(" ".join(format_segment(s) for s in segments))
    return ", ".join(parts)


# -- id grammar (checked by the corpus validator and the interfaces) ----------------------------
SLUG_RE_PART = r"[a-z0-9]+(?:-[a-z0-9]+)*"
DOC_ID_RE = re.compile(r"^[a-z][a-z0-9]*-[a-z0-9]+(?:-[a-z0-9]+)*-(?:19|20)\d{2}$")
_PASAL_PATH = r"pasal-[0-9]+[a-z]?|pasal-[ivxlc]+"  # Pasal 5, Pasal 187A, Pasal I of an amending act
_TAIL = r"(?:/ayat-[0-9]+[a-z]?)?(?:/(?:huruf-[a-z]{1,2}|angka-[0-9]+[a-z]?))*"
_CONTAINER = r"(?:buku-[0-9]+/)?bab-[0-9ivxlc]+(?:/bagian-[0-9a-z]+(?:/paragraf-[0-9a-z]+)?)?|buku-[0-9]+"
_DIKTUM = r"diktum-[a-z]+(?:/(?:huruf-[a-z]{1,2}|angka-[0-9]+[a-z]?))*"
_LAMPIRAN = r"lampiran(?:/[a-z0-9-]+)*"
PROVISION_PATH_RE = re.compile(rf"^(?:(?:{_PASAL_PATH}){_TAIL}|{_CONTAINER}|{_DIKTUM}|{_LAMPIRAN})$")
NORM_ID_RE = re.compile(rf"^norm:[a-z][a-z0-9]*-[a-z0-9-]+-(?:19|20)\d{{2}}/{SLUG_RE_PART}$")
SANCTION_ID_RE = re.compile(
    rf"^sanction:[a-z][a-z0-9]*-[a-z0-9-]+-(?:19|20)\d{{2}}(?:/{SLUG_RE_PART}){{1,2}}$"
)
INSTITUTION_ID_RE = re.compile(rf"^inst:{SLUG_RE_PART}$")
CASE_ID_RE = re.compile(rf"^case:{SLUG_RE_PART}$")
ARTICLE_ID_RE = re.compile(rf"^article:{SLUG_RE_PART}$")
PARTIAL_DATE_RE = re.compile(r"^(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


def is_doc_id(value: str) -> bool:
    """True for a regulation id such as ``pp-94-2021``."""
    return bool(DOC_ID_RE.match(value))


def is_provision_id(value: str) -> bool:
    """True for a provision path below a regulation id (``pp-94-2021/pasal-5/huruf-n``)."""
    doc, sep, path = value.partition("/")
    return bool(sep) and is_doc_id(doc) and bool(PROVISION_PATH_RE.match(path))


def nested(a: str, b: str) -> bool:
    """Whether one id lies inside the other, or they are the same ('uu-5-2014/pasal-119' and its ayat)."""
    return a == b or a.startswith(b + "/") or b.startswith(a + "/")


def doc_of(pid: str) -> str:
    """The regulation id a provision id belongs to."""
    return pid.split("/", 1)[0]


def pasal_of(pid: str) -> str:
    """The Pasal a provision id lies in (``pp-94-2021/pasal-5/huruf-n`` -> ``pp-94-2021/pasal-5``)."""
    return "/".join(pid.split("/")[:2])


# Curated record kinds: ids spelt "norm:…" in the corpus are "norm/…" where a path is needed (an IRI).
RECORD_KINDS = ("norm", "sanction", "inst", "case", "article", "consequence")


def record_id_from_path(path: str) -> str:
    """A record's id from its path form: ``norm/pp-94-2021/x`` -> ``norm:pp-94-2021/x``; others unchanged."""
    head, sep, rest = path.partition("/")
    return f"{head}:{rest}" if sep and head in RECORD_KINDS else path
