"""Clean the raw text of a regulation: strip page furniture, join lines, repair OCR slips, split structure.

The output is one logical line per structural unit (a heading, a Pasal, an ayat, a huruf or angka
item, a Penjelasan marker) so the parser can work line by line. Cleaning never rewrites normative
wording: OCR repairs apply only inside structural markers and citations (numbers after "Pasal",
"Tahun", "Nomor", list markers), and everything removed is page furniture or stamp garbage.
"""

from __future__ import annotations

import functools
import re

from ingest.records import CleanText
from ingest.text_utils import MONTHS, ORDINAL_RE, fix_number


@functools.lru_cache(maxsize=512)
def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def _sub(pattern: str, repl, s: str, flags: int = 0) -> str:  # noqa: ANN001 - str or callable
    return _rx(pattern, flags).sub(repl, s)


# --- vocabularies -----------------------------------------------------------------------------

# Words after which "Pasal 5", "(2)", "huruf a" … are citations, not headings.
REF_WORDS = frozenset(
    """dalam pada dan atau dengan sampai menurut berdasarkan sebagaimana ketentuan atas oleh dari ke
    terhadap antara yakni yaitu bahwa melalui mengenai untuk di serta berupa maupun tentang sebelum
    setelah sesudah selain kecuali termasuk dan/atau ayat huruf angka pasal Pasal Ketentuan juga
    menjadi tersebut bagi sesuai lanjut diatur mengacu merujuk mengikuti memperhatikan dimaksud""".split()
)


# Short words that occur in normal text; anything else that short next to stamp garbage is garbage too.
_COMMON_SHORT = frozenset(
    """di ke ini itu dan atau yang dari oleh pada bagi dgn no dll dsb tsb ttd ayat per rp kg km
    hal dua tiga lima enam satu dan/atau cara atas para tata ada apa bila jo jis ps
    bab pns asn dpr dpd dprd kpu tni polri mk ma uud ri pp uu ln tln sk skb""".split()
)

_PRESIDEN_FUZZY = re.compile(r"\b[PF][A-Z]{0,2}[EF]?S\s?I\s?D\s?E\s?N\s+REPUBLIK\s+INDONESIA\b")
_PAGE_NUMBER_LINE = re.compile(r"^\s*(?:-\s*\d{1,4}\s*-|\d{1,4}|halaman\s+\d+(?:\s+dari\s+\d+)?)\s*$", re.I)
_INLINE_PAGE_NUMBER = re.compile(r"(?<=\s)-\s?\d{1,3}\s?-(?=\s|$)")
_SALINAN = re.compile(r"^\s*SALINAN\s*$")
_HEADER_LINE = re.compile(r"^\s*(?:PRESIDEN\s+REPUBLIK\s+INDONESIA|SALINAN)\s*[.]?\s*$")

_ROMAN = r"[IVXLC]+"
_MARKER_START = re.compile(
    rf"""^(?:
        Pasal\s+(?:\d+[A-Z]?|{_ROMAN})\b
      | BAB\s+(?:{_ROMAN}|\d+)\b
      | Bagian\s+{ORDINAL_RE}\b
      | Paragraf\s+\d+\b
      | \(\d+[a-z]?\)
      | [a-z]\d?\.\s
      | \d+[a-z]?[.)]\s
      | (?:Ayat\s+\(\d+[a-z]?\)|Huruf\s+[a-z]\d?\b|Angka\s+\d+[a-z]?\b)
      | (?:Menimbang|Mengingat|Memperhatikan|MEMUTUSKAN|Menetapkan|PENJELASAN|LAMPIRAN)\b
      | (?:I\.\s+UMUM|II\.\s+PASAL\s+DEMI\s+PASAL)\b
    )""",
    re.X,
)


# --- OCR repairs (markers and citations only) -------------------------------------------------

_MIXED_DIGITS = re.compile(r"\d[OolILi]|[OolILi]\d")


def _fix_citation_numbers(s: str) -> str:
    # Numbers in a citation context: after Tahun/Nomor/Pasal/TAHUN/NOMOR and in dates.
    def repl(m: re.Match[str]) -> str:
        return m.group(1) + fix_number(m.group(2))

    if not _MIXED_DIGITS.search(s):
        return s  # nothing to repair: no token mixes digits with O/l/I/L
    s = _sub(r"(\b(?:Tahun|TAHUN|Nomor|NOMOR|Pasal|tahun)\s+)([0-9OolILi]{2,5})\b", repl, s)
    s = _sub(
        rf"(\b\d{{1,2}}\s+(?:{'|'.join(m.capitalize() for m in MONTHS)})\s+)([0-9OolILi]{{4}})\b", repl, s
    )
    # "L945" -> "1945": a year-like token whose first letter is an OCR 1.
    s = _sub(r"\b[LlI](9\d\d)\b", r"1\1", s)
    return s


_KEYWORD_FIXES = {
    "menetapkan": "Menetapkan",
    "menimbang": "Menimbang",
    "mengingat": "Mengingat",
}


def _near(word: str, target: str) -> bool:
    """True when ``word`` is within two substitutions of ``target`` (case-insensitive, same length ±1)."""
    a, b = word.lower(), target.lower()
    if abs(len(a) - len(b)) > 1:
        return False
    # small edit distance
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2


def _fix_keywords(s: str) -> str:
    # "McNetapKan :" -> "Menetapkan :" — only a word directly followed by a colon (a preamble label).
    def repl(m: re.Match[str]) -> str:
        word = m.group(1)
        for low, good in _KEYWORD_FIXES.items():
            if word != good and word.lower() != low and _near(word, low):
                return good + m.group(2)
        return m.group(0)

    return _sub(r"(?<![\w])([A-Za-z]{8,11})(\s*:)", repl, s) if ":" in s else s


_DIGIT_SPACE_DIGIT = re.compile(r"\d \d")


def _fix_markers(s: str) -> str:
    """Repair OCR slips in list markers: "(21" -> "(2)", "2l x" -> "2) x", "f . x" after a colon -> "1. x"."""
    # The cheap substring tests skip patterns that cannot match (most lines need none of them).
    if "(" in s:
        # "(21 Jenis", "(41dan", "(21," -> "(2)"; a real two-digit ayat always keeps its ")".
        s = _sub(r"\((\d)[1l](?=[\s,;.]|dan\b|$)", r"(\1)", s)
        s = _sub(r"\((\d)\)(?=dan\b)", r"(\1) ", s)
        if "ayat (" in s:
            s = _sub(r"(?<=ayat )\((\d)[\]}I|l]", r"(\1)", s)
    if _MIXED_DIGITS.search(s):
        # "2l pemotongan" (an angka "2)" read as "2l") after an item end.
        s = _sub(r"(?<=[;:.] )(\d)l(?= [a-z])", r"\1)", s)
        s = _sub(r"^(\d)l(?= [a-z])", r"\1)", s)
    if ": " in s:
        # A first item "1." read as "f ." / "l ." / "I ." right after a colon.
        s = _sub(r"(?<=: )[fIl|] ?\.(?= [a-z])", "1.", s)
    if _DIGIT_SPACE_DIGIT.search(s):
        # "1 1. Menteri" -> "11. Menteri" at an item start.
        s = _sub(r"(?<=[.;:] )(\d) (\d)\.(?= [A-Z])", r"\1\2.", s)
        # "Pasal 1 1 (1)" / "Pasal 1 1 Pejabat" -> "Pasal 11" (a digit split by OCR).
        s = _sub(r"\bPasal (\d{1,2}) (\d)(?= \(1\)| [A-Z]|$)", r"Pasal \1\2", s)
    if "Pasa" in s:
        s = _sub(r"\bPasa[I1|](?=\s+\d)", "Pasal", s)
    return s


# --- stamp garbage ----------------------------------------------------------------------------

_NORMAL_TOKEN = re.compile(
    r"""^(?:["'“‘(\[]?(?:[A-Za-z]+(?:[-/][A-Za-z]+)*|\d+(?:[.,]\d+)*(?:%|[A-Za-z]{0,2})|\d+/[A-Z-]+/\d+)"""
    r"""[)\]"'”’]?[.,;:?!)"'”’]*|\(\d+[a-z]?\)[.,;:]*|[a-z]\d?\.|\d+[a-z]?[.)]|[-–—:;,.&]|\.\.\.)$"""
)
_LIST_MARKER = re.compile(r"[a-z]\d?\.|\d+[a-z]?[.)]|\(\d+[a-z]?\)")
_CITE_WORDS = frozenset("huruf ayat angka pasal nomor tahun bab bagian paragraf".split())
_STAMP_HINT = re.compile(r"[<>{}\[\]\\|^_!]|\w\(|\(\W|\)\w|\w'\w|[A-Za-z]\d|\d[A-Za-z]|\w[.,]\w")
# A run of three or more brackets and stops inside a number ("106).'/6") is a mangled page stamp.
_STRONG_CHARS = re.compile(
    r"[<>{}\[\]\\|^_!]|\w\(|\(\W|\)\w|\w'\w|\w[.,]\w[.,]?\w*[^\w\s]|\d[()./',]{3,}\d"
)


@functools.lru_cache(maxsize=65536)
def _token_kind(tok: str) -> int:
    """2 = certainly stamp garbage, 1 = suspicious (short oddity), 0 = normal text."""
    if _LIST_MARKER.fullmatch(tok):
        return 0
    if _NORMAL_TOKEN.match(tok):
        core = _sub(r"^[\"'“(\[]+|[)\]\"'”’.,;:?!]+$", "", tok)
        if core.isdigit() and len(core) <= 3:
            return 0
        if re.fullmatch(r"[A-Za-z]+", core) and len(core) <= 4 and core.lower() not in _COMMON_SHORT:
            if (
                core.islower()
                and len(core) >= 3
                and re.search(r"[aeiou]", core)
                and not re.search(r"l[a-z]?l|rl|lr|ln|nl|lf|fl|rr$", core)
            ):
                return 0
            return 1
        if re.fullmatch(r"[-–—:;,.&]", tok):
            return 1
        if (
            re.search(r"\d", core)
            and re.search(r"[a-z]", core)
            and not re.fullmatch(r"\d+[a-z]?|[a-z]\d", core)
        ):
            return 2
        return 0
    if _STRONG_CHARS.search(tok) or (re.search(r"\d", tok) and re.search(r"[A-Za-z]", tok)):
        return 2
    if len(tok) <= 6:
        return 1
    return 2 if re.search(r"[^\w\s\"'“”.,;:()/-]", tok) else 0


def strip_stamp_garbage(s: str) -> str:
    """Remove runs of OCR page-stamp garbage (``il( Nlo l0(,15,) /r``) from a line."""
    if not s or not _STAMP_HINT.search(s):
        return s
    toks = s.split(" ")
    kinds = [_token_kind(t) if t else 0 for t in toks]
    # A token right after "huruf", "ayat", "Pasal" … is a citation value ("huruf a;"), never garbage.
    for k in range(1, len(toks)):
        if toks[k - 1].lower() in _CITE_WORDS:
            kinds[k] = 0
    keep = [True] * len(toks)
    i = 0
    n = len(toks)
    while i < n:
        if kinds[i] == 0 or not toks[i]:
            i += 1
            continue
        j = i
        strong = weak = 0
        last_bad = i
        while j < n and (
            kinds[j] > 0
            or (toks[j] and re.fullmatch(r"\d{1,3}[;,.]?", toks[j]) and j + 1 < n and kinds[j + 1] > 0)
        ):
            if kinds[j] == 2:
                strong += 1
            elif kinds[j] == 1:
                weak += 1
            last_bad = j
            j += 1
        at_item_start = i == 0 and j < n and bool(_LIST_MARKER.fullmatch(toks[j]))
        if strong >= 2 or (strong >= 1 and (weak >= 2 or at_item_start)):
            for k in range(i, last_bad + 1):
                keep[k] = False
        i = j + 1 if j > i else i + 1
    out = " ".join(t for t, k in zip(toks, keep, strict=True) if k)
    return _sub(r"\s{2,}", " ", out).strip()


# --- hyphenation ------------------------------------------------------------------------------

_PREFIXES = (
    "memper",
    "menge",
    "meng",
    "meny",
    "mem",
    "men",
    "me",
    "ber",
    "ter",
    "per",
    "pe",
    "se",
    "di",
    "ke",
)


def _keeps_hyphen(left: str, right: str) -> bool:
    """True when "left-right" is a real Indonesian hyphenated word (reduplication, Undang-Undang …)."""
    if not left or not right:
        return False
    if right[0].isupper() or right[0].isdigit() or left[-1].isdigit():
        return True
    ll, rl = left.lower(), right.lower()
    stems = {ll} | {ll[len(p) :] for p in _PREFIXES if ll.startswith(p) and len(ll) - len(p) >= 3}
    for st in stems:
        if len(st) >= 2 and (rl.startswith(st) or rl.startswith(st[1:]) and len(st) >= 4):
            return True
    # "terus-menerus", "tolong-menolong": the right part ends like the left part.
    return len(ll) >= 4 and rl.endswith(ll[-3:]) and len(rl) <= len(ll) + 4 and rl[:2] == "me"


def _join_hyphen(m: re.Match[str]) -> str:
    left, right = m.group(1), m.group(2)
    return f"{left}-{right}" if _keeps_hyphen(left, right) else left + right


def fix_hyphens(s: str) -> str:
    """Undo "peme- rintah" splits; keep real hyphens ("Undang- Undang" -> "Undang-Undang")."""
    return _sub(r"(?<![\w-])([A-Za-z]+)-\s+([A-Za-z0-9]+)", _join_hyphen, s)


# --- structure splitting ----------------------------------------------------------------------

_SPLIT_RE = re.compile(
    rf"""(?<=\s)(?=
        (?P<pasal>Pasal\s+(?:\d+[A-Z]?|{_ROMAN})\b)
      | (?P<bab>BAB\s+(?:{_ROMAN}|\d+)\b)
      | (?P<bagian>Bagian\s+{ORDINAL_RE}\b)
      | (?P<paragraf>Paragraf\s+\d+\b)
      | (?P<ayat>\(\d+[a-z]?\)\s)
      | (?P<huruf>[a-z]\d?\.\s)
      | (?P<angka>\d{{1,3}}[a-z]?[.)]\s+(?=[A-Za-z"“(]))
      | (?P<pj>Ayat\s+\(\d+[a-z]?\)|Huruf\s+[a-z]\d?\b|Angka\s+\d+[a-z]?\b)
      | (?P<kw>(?:Menimbang|Mengingat|Memperhatikan|MEMUTUSKAN|Memutuskan|Menetapkan)\b
           |Agar\s+setiap\b|(?:Ditetapkan|Disahkan|Diundangkan)\s+di\b
           |PENJELASAN\s+ATAS\b|I\.\s+UMUM\b|II\.\s+PASAL\s+DEMI\s+PASAL\b
           |LEMBARAN\s+NEGARA\s+REPUBLIK|TAMBAHAN\s+LEMBARAN\s+NEGARA|LAMPIRAN\b
           |(?:UNDANG-UNDANG|PERATURAN\s+PEMERINTAH(?:\s+PENGGANTI\s+UNDANG-UNDANG)?)\s+REPUBLIK\s+INDONESIA\s+NOMOR\b)
    )""",
    re.X,
)

_HEADING_KINDS = ("bab", "bagian", "paragraf")


_INSTRUCTION_START = re.compile(
    r"\d{1,3}\.\s+(?:Ketentuan|Di\s+antara|Judul|Penjelasan\s+Pasal|Setelah|Pasal\s+\d+[A-Z]?\s+dihapus|BAB\s+[IVXLC]+\s+dihapus)"
)


def _prev2(s: str, pos: int) -> tuple[str, str]:
    words = s[:pos].split()
    return (words[-2] if len(words) >= 2 else "", words[-1] if words else "")


def _should_split(line: str, pos: int, kind: str, seg_kind: str | None, seg_start: int = 0) -> bool:
    before2, before = _prev2(line, pos)
    if not before or _LIST_MARKER.fullmatch(line[seg_start:pos].strip()):
        return False
    bare = before.strip("\"'“”()").rstrip(",")
    ends_item = before[-1] in ".;:"
    after_conj = bare in ("dan", "atau", "dan/atau") and before2[-1:] in (";", ",")
    if kind in ("kw",):
        if before in ("TAMBAHAN", "PENGGANTI"):
            return False
        return before.lower() not in ("dengan", "dalam", "pada", "dan") or before.isupper()
    if kind in _HEADING_KINDS or kind == "pj":
        if bare in REF_WORDS or before.endswith(","):
            return False
        if kind == "bab":
            rest = line[pos:].split(None, 3)
            return len(rest) < 3 or rest[2][:1].isupper()
        return True
    if kind == "pasal":
        if bare in REF_WORDS or before.endswith(","):
            return False
        if before2.lower() == "cukup" or bare == "PASAL":
            return True  # "… Cukup jelas Pasal 3", "II. PASAL DEMI PASAL Pasal 1"
        if _LIST_MARKER.fullmatch(before) and before2.lower() not in ("huruf", "ayat", "angka"):
            return True  # a stray list marker left by two-column OCR: "(1) (2) (3) Pasal 7 …"
        return ends_item or seg_kind in _HEADING_KINDS or bool(re.fullmatch(r"[A-Z][a-z]+", bare))
    if kind == "ayat":
        return bare.lower() not in ("ayat", "dan", "atau", "dengan", "angka") and (
            ends_item or after_conj or seg_kind == "pasal" or before[-1] == ")"
        )
    if kind == "huruf":
        return bare.lower() not in ("huruf", "angka", "ayat") and (ends_item or after_conj)
    if kind == "angka":
        if _INSTRUCTION_START.match(line, pos):
            return True  # a new amending instruction after quoted text that lacks a full stop
        return bare.lower() not in ("angka", "nomor", "ayat", "pasal", "tahun") and (ends_item or after_conj)
    return False


def split_structure(line: str) -> list[str]:
    """Split a line with run-together structure ("… Disiplin. Pasal 8 (1) Tingkat …") into lines."""
    parts: list[str] = []
    start = 0
    seg_kind: str | None = None
    m0 = _SPLIT_RE.match(" " + line)
    if m0 is None:
        for k in ("pasal", "bab", "bagian", "paragraf"):
            if re.match(
                {
                    "pasal": r"Pasal\s",
                    "bab": r"BAB\s",
                    "bagian": r"Bagian\s",
                    "paragraf": r"Paragraf\s",
                }[k],
                line,
            ):
                seg_kind = k
    for m in _SPLIT_RE.finditer(line):
        pos = m.start()
        if pos <= start:
            continue
        kind = m.lastgroup or ""
        if _should_split(line, pos, kind, seg_kind, start):
            parts.append(line[start:pos].strip())
            start = pos
            seg_kind = kind
    parts.append(line[start:].strip())
    return [p for p in parts if p]


# --- furniture --------------------------------------------------------------------------------


def _strip_furniture(s: str) -> str:
    s = s.replace("\u00a0", " ").replace("\t", " ").replace("\u00ad", "")
    s = _PRESIDEN_FUZZY.sub(lambda m: m.group(0) if _is_real_presiden(m) else " ", s)
    s = _INLINE_PAGE_NUMBER.sub(" ", s)
    if "__" in s:
        s = _sub(r"(?:^|(?<=\s))_{2,}(?=\s|$)", " ", s)  # underscore rules left by the PDF layout
    return _sub(r"\s{2,}", " ", s).strip()


def _is_real_presiden(m: re.Match[str]) -> bool:
    # Keep "PRESIDEN REPUBLIK INDONESIA," (the enacting authority) and "dan PRESIDEN REPUBLIK
    # INDONESIA" (the joint approval); every other occurrence is a running page header.
    s = m.string
    after = s[m.end() : m.end() + 8].lstrip()
    before = s[max(0, m.start() - 12) : m.start()].rstrip()
    exact = m.group(0).startswith("PRESIDEN")
    return exact and (
        after.startswith((",", "NOMOR", "Nomor"))
        or before.endswith(("dan", "PERATURAN", "KEPUTUSAN", "INSTRUKSI", "Peraturan", "Keputusan"))
    )


def _is_furniture_line(line: str) -> bool:
    return bool(_PAGE_NUMBER_LINE.match(line) or _SALINAN.match(line) or _HEADER_LINE.match(line))


def _dedupe_catchwords(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Drop a page-bottom catch-word ("(2) Hukuman .") that the next page repeats ("(2) Hukuman …")."""
    out: list[tuple[str, int]] = []
    for i, (line, page) in enumerate(lines):
        nxt = lines[i + 1][0] if i + 1 < len(lines) else ""
        stem = _sub(r"\s*[.…]+$", "", line).strip()
        if (
            stem
            and nxt != line
            and len(stem.split()) <= 4
            and _MARKER_START.match(stem)
            and (nxt == stem or nxt.startswith(stem + " "))
        ):
            continue
        if out and line == out[-1][0] and _MARKER_START.match(line) and len(line.split()) <= 4:
            continue
        out.append((line, page))
    return out


# Markdown emphasis around words ("_black campaign_", "_Ad Hoc_") marks a foreign term in the text
# converted from a PDF; unwrapped before garbage stripping, which would otherwise drop the term.
# Emphasis around digits ("_13_") is a page stamp and is left for the garbage filter.
_EMPHASIS = re.compile(r"(?<![\w_])_{1,2}(?P<w>[A-Za-z][A-Za-z .'-]*?[A-Za-z])_{1,2}(?![\w_])")

_INLINE_CATCHWORD = re.compile(
    r"(?P<m>\(\d+[a-z]?\)|\b[a-z]\d?\.|\b\d+[a-z]?[.)]|\bPasal \d+[A-Z]?) (?P<w>\S+(?: \S+)?) "
    r"(?:\. )?(?P=m) (?P=w)(?!\S)"
)


def clean_line(s: str) -> str:
    """Clean one logical line (no splitting): furniture, stamp garbage, OCR marker repairs, hyphens."""
    s = _strip_furniture(s)
    if "…" in s:
        # "Pasal 3… Pasal 3 Pembinaan": a catch-word with an ellipsis before the page turn.
        s = _sub(r"\b(?P<k>Pasal|BAB)\s+(?P<n>\w+?)[A-Za-z]?\s*…\s*(?=(?P=k)\s+(?P=n)\b)", "", s)
    # A caret glued to a word is an OCR artifact ("^jabatan"), never part of the wording.
    if "^" in s:
        s = _sub(r"\^(?=[a-z]{3,})", "", s)
    if "_" in s:
        s = _EMPHASIS.sub(r"\g<w>", s)
    s = _fix_markers(s)
    s = _fix_citation_numbers(s)
    s = _fix_keywords(s)
    s = strip_stamp_garbage(s)
    # A caret glued to a word is an OCR artifact, never part of the wording.
    if "^" in s:
        s = _sub(r"\^(?=\w)", "", s)
        s = _sub(r"(?<=\s)\^(?=\s)", "", s)
    if "-" in s:
        s = fix_hyphens(s)
    s = _fix_markers(s)
    if "B A B" in s:
        s = _sub(r"\bB A B\b", "BAB", s)
    # An inline catch-word: "(3) Dalam (3) Dalam hal" -> "(3) Dalam hal".
    s = _INLINE_CATCHWORD.sub(r"\g<m> \g<w>", s)
    return _sub(r"\s{2,}", " ", s).strip()


def _join_page_lines(raw: list[str]) -> list[str]:
    """Join wrapped lines: a line that does not start a structural unit continues the previous one."""
    out: list[str] = []
    for line in raw:
        line = line.strip()
        if not line:
            continue
        if out and not _MARKER_START.match(line) and not _starts_block(line) and _continues(out[-1], line):
            prev = out[-1]
            if prev.endswith("-") and re.search(r"[A-Za-z]-$", prev):
                out[-1] = prev + " " + line  # fix_hyphens decides whether the hyphen is real
                out[-1] = _sub(r"-\s+", "- ", out[-1])
            else:
                out[-1] = prev + " " + line
        else:
            out.append(line)
    return out


def _starts_block(line: str) -> bool:
    return bool(
        re.match(
            r"(?:DENGAN RAHMAT|PRESIDEN REPUBLIK|Dengan Persetujuan|DEWAN PERWAKILAN|Agar setiap"
            r"|Ditetapkan di|Disahkan di|Diundangkan di|LEMBARAN NEGARA|TAMBAHAN LEMBARAN|ttd|Cukup jelas)",
            line,
        )
    )


def _continues(prev: str, line: str) -> bool:
    # A short all-caps title after BAB or Bagian stays on the heading line; other lines join when
    # the previous one does not end a sentence or item, or the next starts in lower case.
    if re.match(r"(?:BAB|Bagian|Paragraf)\s", prev) and len(prev.split()) <= 3:
        return True
    if prev.endswith((".", ";", ":")) and not line[:1].islower():
        return False
    return True


_PAGE_MARK = re.compile(r"^(?:-\s*\d+\s*-|Halaman\s+\d+(?:\s+dari\s+\d+)?)$", re.IGNORECASE)


def _raw_lines(page: str) -> list[str]:
    return page.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def split_lines(
    file: str, pages: list[str], keep_indent: bool = False, drop_page_marks: bool = False
) -> CleanText:
    """The file's own lines with their pages, not joined: for articles (footnotes) and decree tables (rows).

    By default spaces are collapsed and empty lines dropped. ``keep_indent`` keeps each line's leading
    blanks and a blank line that opens with a space (a page's leading blank, which marks where a page
    turns in an article) as " ". ``drop_page_marks`` drops page numbers ("- 3 -", "Halaman 3 dari 9")
    but keeps bare numbers, which may be table row numbers. The regulation cleaner (``clean_pages``)
    joins wrapped lines instead, which would merge footnotes into the body and table rows together.
    """
    lines: list[str] = []
    pages_of: list[int] = []
    for pno, page in enumerate(pages, 1):
        for raw in _raw_lines(page):
            if keep_indent:
                line = (raw.rstrip() or " ") if raw.strip() or raw.startswith(" ") else ""
            else:
                line = re.sub(r"\s+", " ", raw).strip()
            if line and not (drop_page_marks and _PAGE_MARK.match(line)):
                lines.append(line)
                pages_of.append(pno)
    return CleanText(file=file, lines=tuple(lines), pages=tuple(pages_of))


def clean_pages(file: str, pages: list[str]) -> CleanText:
    """Clean a file's pages into logical lines, each with the 1-based page it came from."""
    joined: list[tuple[str, int]] = []
    for pno, page in enumerate(pages, 1):
        raw = [ln for ln in _raw_lines(page) if ln.strip() and not _is_furniture_line(ln)]
        for line in _join_page_lines(raw):
            # A page that starts mid-sentence continues the previous page's last line.
            if joined and line[:1].islower() and not _MARKER_START.match(line) and pno > joined[-1][1]:
                prev, ppage = joined[-1]
                joined[-1] = (prev + " " + line, ppage)
            else:
                joined.append((line, pno))
    out: list[tuple[str, int]] = []
    for line, pno in joined:
        cleaned = clean_line(line)
        for part in split_structure(cleaned):
            part = part.strip()
            if part and not _is_furniture_line(part):
                out.append((part, pno))
    out = _dedupe_catchwords(out)
    return CleanText(file=file, lines=tuple(p for p, _ in out), pages=tuple(n for _, n in out))
