"""Identify a regulation from its own text: jenis, nomor, tahun, judul, dates, LN/TLN and document id."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from datetime import date

from pydantic import BaseModel, ConfigDict

from ingest.records import CleanText, IngestError
from ingest.text_utils import date_of, fix_number
from kg.ids import DOCUMENT_TYPES

# (heading pattern, jenis), longest forms first so "PERATURAN PEMERINTAH PENGGANTI …" wins; the readable
# name of each comes from the one document-type table in kg.ids.
_JENIS_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"PERATURAN\s+PEMERINTAH\s+PENGGANTI\s+UNDANG-\s?UNDANG", "perppu"),
    (r"UNDANG-\s?UNDANG\s+DARURAT", "uudrt"),
    (r"UNDANG-\s?UNDANG", "uu"),
    (r"PERATURAN\s+PEMERINTAH", "pp"),
    (r"PERATURAN\s+PRESIDEN", "perpres"),
    (r"KEPUTUSAN\s+PRESIDEN", "keppres"),
    (r"INSTRUKSI\s+PRESIDEN", "inpres"),
    (r"PERATURAN\s+BADAN\s+PENGAWAS\s+PEMILIHAN\s+UMUM", "perbawaslu"),
    (r"PERATURAN\s+KOMISI\s+PEMILIHAN\s+UMUM", "pkpu"),
    (r"PERATURAN\s+BADAN\s+KEPEGAWAIAN\s+NEGARA", "perbkn"),
    (r"KEPUTUSAN\s+BERSAMA", "kb"),
    (r"PERATURAN\s+MENTERI", "permen"),
)
_JENIS = tuple((pat, jenis, DOCUMENT_TYPES[jenis].formal) for pat, jenis in _JENIS_PATTERNS)

# Ministries whose regulations have a settled short name.
_MINISTRIES = (
    (r"PENDAYAGUNAAN\s+APARATUR\s+NEGARA\s+DAN\s+REFORMASI\s+BIROKRASI", "permenpanrb"),
    (r"DALAM\s+NEGERI", "permendagri"),
    (r"KEUANGAN", "permenkeu"),
    (r"HUKUM\s+DAN\s+HAK\s+ASASI\s+MANUSIA", "permenkumham"),
)

_SMALL_WORDS = frozenset(
    "dan atau di ke dari yang untuk atas tentang dengan pada dalam serta bagi oleh menjadi sebagai".split()
)

_STOP = re.compile(
    r"\s(?:DENGAN\s+RAHMAT|Dengan\s+Rahmat|Menimbang|MENIMBANG|Mengingat|MEMUTUSKAN|Menetapkan|bahwa\b"
    r"|PRESIDEN\s+REPUBLIK|PRESIDEN,|MENTERI\s+\w+\s*,|KEPALA\s+\w+\s*,|I\.\s+UMUM\b|II\.\s+PASAL\b)"
)


class Identity(BaseModel):
    """Who a regulation is: the fields people cite it by, read from its heading and closing."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc_id: str
    jenis: str
    nomor: str
    tahun: int
    judul: str | None = None
    title: str
    ditetapkan: date | None = None
    diundangkan: date | None = None
    ln: str | None = None
    tln: str | None = None
    # 0-based index of the CleanText line holding the heading; -1 when the text has no heading at
    # the top and the identity came from the Penjelasan heading or the Menetapkan line.
    heading_line: int = 0


@functools.lru_cache(maxsize=64)
def _heading_rx(pat: str, between: str) -> re.Pattern[str]:
    # Case-sensitive on purpose: headings are in capitals, while a Mengingat item that starts with
    # "Undang-Undang Nomor 8 Tahun 1974" is a citation and must never be taken for the heading.
    return re.compile(
        rf"^(?:SALINAN\s+)?{pat}{between}\s+(?:NOMOR|NO\.?|Nomor|No\.?)\s*:?\s*"
        r"(?P<nomor>[0-9A-Za-z][\w.-]*(?:\s?/\s?[\w.-]+)*)"
        r"(?:\s+(?:TAHUN|Tahun)\s+(?P<tahun>[0-9OolILi]{4})\b)?"
    )


def doc_id_for(jenis: str, nomor: str, tahun: int) -> str:
    """``{jenis}-{nomor}-{tahun}`` with nomor lower-cased and "/" and spaces turned into "-".

    A nomor that already ends in its year ("3/PMK.03/2022") does not repeat it.
    """
    nomor = re.sub(rf"\s*/\s*{tahun}$", "", nomor)
    nom = re.sub(r"[/\s]+", "-", nomor.strip().lower()).strip("-")
    return f"{jenis}-{nom}-{tahun}"


def _nice_case(s: str) -> str:
    """Turn an all-caps judul into ordinary case ("DISIPLIN PEGAWAI" -> "Disiplin Pegawai")."""
    if not s.isupper():
        return s
    words = []
    for i, w in enumerate(s.split()):
        low = w.lower()
        if i > 0 and low in _SMALL_WORDS:
            words.append(low)
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in low.split("-")))
    return " ".join(words)


_DATE = r"(\d[\d ]?)\s+([A-Za-z]+)\s+([0-9OolILi]{4})"


_Heading = tuple[int, str, str, re.Match[str], str]  # line, jenis, name, match, text searched

# Heading words the OCR printed with letters spaced out ("PERA TURAN", "PRES I DEN").
_SPACED = {w: re.compile(r"\b" + r"\s?".join(w) + r"\b") for w in ("PERATURAN", "PEMERINTAH", "SALINAN")}


def _despace(s: str) -> str:
    for w, rx in _SPACED.items():
        s = rx.sub(w, s)
    return s


def _match_heading(lines: tuple[str, ...], idxs: Iterable[int], strip: str | None = None) -> _Heading | None:
    """The first heading (jenis … NOMOR … TAHUN) that starts at one of ``idxs``."""
    for li in idxs:
        window = _despace(" ".join(lines[li : li + 6]))
        if strip:
            window = re.sub(strip, "", window)
        for pat, jenis, name in _JENIS:
            between = (
                r"(?:\s+[A-Z][A-Z,.&/()-]*){0,40}?"
                if jenis in ("kb", "permen")
                else r"(?:\s+REPUBLIK\s+INDONESIA)?"
            )
            m = _heading_rx(pat, between).search(window)
            if m and (m.group("tahun") or re.search(r"/\s?\d{4}$", m.group("nomor"))):
                return li, jenis, name, m, window
    return None


def _from_menetapkan(head: tuple[str, ...]) -> _Heading | None:
    """Last resort: jenis from "Menetapkan : PERATURAN PEMERINTAH TENTANG …" and a lone "NOMOR n TAHUN y"."""
    # The number must open a line of its own: "ATAS PERATURAN PEMERINTAH NOMOR 15 TAHUN 1980"
    # inside the Menetapkan line is the amended regulation, not this one.
    numbers = re.search(
        r"(?m)^NOMOR\s+(?P<nomor>\d+[\w./-]*)\s+TAHUN\s+(?P<tahun>[0-9OolILi]{4})\b", "\n".join(head[:12])
    )
    if numbers is None:
        return None
    for ln in head:
        mm = re.match(r"^Menetapkan\s*:?\s*(.*?)\s+TENTANG\s+(.*)$", _despace(ln))
        if not mm:
            continue
        for pat, jenis, name in _JENIS:
            if re.fullmatch(rf"{pat}(?:\s+REPUBLIK\s+INDONESIA)?", mm.group(1)):
                window = f"{mm.group(1)} NOMOR {numbers.group('nomor')} TAHUN {numbers.group('tahun')}"
                m = _heading_rx(pat, r"(?:\s+REPUBLIK\s+INDONESIA)?").search(window)
                if m:
                    return -1, jenis, name, m, window + " TENTANG " + mm.group(2).rstrip(" .")
    return None


_BODY_OR_PJ = re.compile(r"^(?:Pasal\s+(?:\d|I\b)|BAB\s+[IVX1]|PENJELASAN\b)")


def identify(text: CleanText) -> Identity:
    """Read the identity from the text (never the file name); IngestError when no heading is found."""
    head_lines = text.lines[:80]
    # The heading comes before the body and the Penjelasan; a heading-like line after them is a
    # citation or the Penjelasan's own title, handled below.
    end = next((i for i, ln in enumerate(head_lines) if _BODY_OR_PJ.match(ln)), len(head_lines))
    best = _match_heading(head_lines, range(end))
    if best is None:
        # The extracted text lost its heading: the Penjelasan repeats it in full ("PENJELASAN ATAS …").
        pj = [i for i, ln in enumerate(text.lines) if ln.startswith("PENJELASAN")]
        found = _match_heading(text.lines, pj, strip=r"^PENJELASAN\s+(?:ATAS\s+)?")
        best = (-1, *found[1:]) if found else _from_menetapkan(head_lines)
    if best is None:
        raise IngestError(
            text.file, "no recognizable heading (jenis, NOMOR, TAHUN) in the first lines", line=1
        )
    li, jenis, name, m, window = best
    nomor = re.sub(r"\s*/\s*", "/", fix_number(m.group("nomor").rstrip(".,")))
    tahun = int(fix_number(m.group("tahun"))) if m.group("tahun") else int(nomor[-4:])
    after = window[m.end() :]
    judul = None
    # A joint decree lists its other signatories' numbers before "TENTANG".
    jm = (
        re.search(r"\bTENTANG\s+(.*)", after[:800])
        if jenis in ("kb", "permen")
        else re.match(r"\s*TENTANG\s+(.*)", after, re.I)
    )
    if jm:
        raw = " " + jm.group(1)
        stop = _STOP.search(raw)
        raw = raw[: stop.start()] if stop else raw
        # The heading is often printed twice; cut at the repeat.
        rep = re.search(re.escape(m.group(0)[:25]), raw)
        raw = raw[: rep.start()] if rep else raw
        raw = re.sub(r"\s+", " ", raw).strip(" ,.;:")
        judul = _nice_case(raw[:400]) if raw else None
    if jenis == "permen":
        for mp, short in _MINISTRIES:
            if re.search(rf"MENTERI\s+{mp}", m.group(0)):
                jenis, name = short, name + " " + _nice_case(re.search(mp, m.group(0)).group(0))
                break
    if jenis == "kb":
        name = "Keputusan Bersama"
    title = f"{name} Nomor {nomor}" + ("" if nomor.endswith(f"/{tahun}") else f" Tahun {tahun}")
    body = "\n".join(text.lines)
    ditetapkan = diundangkan = None
    dm = re.search(rf"(?:Ditetapkan|Disahkan)\s+di\s+\w+\s+pada\s+tanggal\s+{_DATE}", body)
    if dm:
        ditetapkan = date_of(*dm.groups())
    um = re.search(rf"Diundangkan\s+di\s+\w+\s+pada\s+tanggal\s+{_DATE}", body)
    if um:
        diundangkan = date_of(*um.groups())
    ln = tln = None
    lm = re.search(
        r"LEMBARAN\s+NEGARA\s+REPUBLIK\s+INDONESIA\s+TAHUN\s+([0-9OolILi]{4})\s+NOMOR\s+([0-9OolILi]+)", body
    )
    if lm:
        ln = f"LN {fix_number(lm.group(1))}/{fix_number(lm.group(2))}"
    tm = re.search(r"TAMBAHAN\s+LEMBARAN\s+NEGARA\s+REPUBLIK\s+INDONESIA\s+NOMOR\s+([0-9OolILi]+)", body)
    if tm:
        tln = f"TLN {fix_number(tm.group(1))}"
    return Identity(
        doc_id=doc_id_for(jenis, nomor, tahun),
        jenis=jenis,
        nomor=nomor,
        tahun=tahun,
        judul=judul,
        title=title,
        ditetapkan=ditetapkan,
        diundangkan=diundangkan,
        ln=ln,
        tln=tln,
        heading_line=li,
    )
