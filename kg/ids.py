"""Citations people read, made from ids.

``pp-94-2021/pasal-14/huruf-i`` → "PP No. 94 Tahun 2021, Pasal 14 huruf i".
"""

from __future__ import annotations

import re

# How each jenis is written in a short citation.
JENIS_SHORT = {
    "uu": "UU",
    "uud": "UUD",
    "perppu": "Perppu",
    "pp": "PP",
    "perpres": "Perpres",
    "keppres": "Keppres",
    "inpres": "Inpres",
    "perbawaslu": "Perbawaslu",
    "pkpu": "PKPU",
    "kb": "Keputusan Bersama",
    "skb": "SKB",
    "se": "SE",
}

_DOC_ID = re.compile(r"^(?P<jenis>[a-z][a-z0-9]*)-(?P<nomor>.+)-(?P<tahun>\d{4})$")


def format_document_citation(doc_id: str) -> str:
    """'pp-94-2021' → 'PP No. 94 Tahun 2021'; 'uud-1945' → 'UUD 1945'; other ids come back unchanged."""
    if doc_id == "uud-1945":
        return "UUD 1945"
    m = _DOC_ID.match(doc_id)
    if not m:
        return doc_id
    jenis = m["jenis"]
    short = JENIS_SHORT.get(jenis) or (jenis[:1].upper() + jenis[1:])
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
        segments = [s for s in path.split("/") if not s.startswith(("bab-", "bagian-", "paragraf-"))]
        segments = segments or path.split("/")
        parts.append(" ".join(format_segment(s) for s in segments))
    return ", ".join(parts)


# -- id grammar (checked by the corpus validator and the interfaces) ----------------------------
SLUG_RE_PART = r"[a-z0-9]+(?:-[a-z0-9]+)*"
DOC_ID_RE = re.compile(r"^[a-z][a-z0-9]*-[a-z0-9]+(?:-[a-z0-9]+)*-(?:19|20)\d{2}$")
_PASAL_PATH = r"pasal-[0-9]+[a-z]?|pasal-[ivxlc]+"  # Pasal 5, Pasal 187A, Pasal I of an amending act
_TAIL = r"(?:/ayat-[0-9]+[a-z]?)?(?:/(?:huruf-[a-z]{1,2}|angka-[0-9]+[a-z]?))*"
_CONTAINER = r"bab-[0-9ivxlc]+(?:/bagian-[0-9a-z]+(?:/paragraf-[0-9a-z]+)?)?"
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


def doc_of(pid: str) -> str:
    """The regulation id a provision id belongs to."""
    return pid.split("/", 1)[0]
