"""Parse a cleaned regulation into its structure: preamble, BAB … Pasal, ayat, huruf, angka, Penjelasan.

The parser walks the cleaned lines once. A structural marker at the start of a line opens a node
only when it fits the numbering so far (the expected-next discipline): "Pasal 13" after Pasal 12
is a heading, "Pasal 86" in the middle of Pasal 12 is a citation and stays text. Lists nest by
marker style ("(1)" ayat, "a." huruf, "1." and "1)" angka): an item continues the nearest open
list whose last number precedes it, or opens a new list under the innermost node when it is a
first item ("a.", "1.", "(1)").

Amending acts ("Pasal I" … "Pasal II") keep each numbered instruction under Pasal I as an
``angka`` node whose text holds the instruction and the full quoted new wording, line by line.

Line numbers in SourceLocation and warnings are 1-based positions in the cleaned text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.identify import Identity
from ingest.records import CleanText, Document, Provision, SourceLocation, Warning_
from ingest.text_utils import ORDINAL_RE, ordinal_to_int, roman_to_int
from kg.ids import ordinal_word

_BUKU = re.compile(rf"^BUKU\s+((?i:{ORDINAL_RE}))\b\s*(.*)$")
_BAB = re.compile(r"^B\s?A\s?B\s+([IVXLC]+|\d+)\b\.?\s*(.*)$")
# "Bagran", "Bagan": OCR readings of "Bagian" seen in the real texts, accepted only before an ordinal.
_BAGIAN = re.compile(rf"^Ba(?:gian|gran|gan|qian)\s+({ORDINAL_RE})\b\s*(.*)$", re.I)
# A Buku heading run onto the end of the line before (two-column OCR); its words are all capitals.
_BUKU_TAIL = re.compile(rf"(?:^|\s)(BUKU\s+(?i:{ORDINAL_RE})(?:\s+[^a-z]*)?)$")
# The same with the word BUKU lost to OCR ("… Sekretaris KETIGA PEI,AKSANAAN PEMILU" before BAB I).
_BUKU_TAIL_BARE = re.compile(r"(?:^|\s)((?:KESATU|KEDUA|KETIGA|KEEMPAT|KELIMA|KEENAM|KETUJUH)\s+[^a-z]+)$")
# Where body text starts after a mixed-case Bagian/Paragraf heading.
_HEADING_END = re.compile(
    rf"\s(?=\(\d+[a-z]?\)\s|Pasal\s*[0-9A-Z]{{1,4}}\b|Ba(?:gian|gran|gan)\s+{ORDINAL_RE}\b"
    r"|Paragraf\s+\d|BAB\s+[IVXLC]+\b)"
)
# Signs of OCR damage in a heading: stray symbols, punctuation or digits inside a word, "hr" for "tu".
_OCR_DAMAGE = re.compile(
    r"[{}\[\]\\|^_<>#*~@$%&!?€]|[A-Za-z][,.;:'\"][A-Za-z]|[A-Za-z]\d|\d[A-Za-z]"
    r"|hr[bcdfgjklmnpqrstvwxz]|[bcdfgjklmnpqrstvwxz]hr"  # "unhrk", "perahrran": OCR for "tu"
)
# A capitals heading ends where body text starts: a list or structure marker, or a sentence.
_BODY_AFTER_CAPITALS = re.compile(
    r"^(?:\(\d+[a-z]?\)|\d+\.|[a-z]\.|Pasal\b|Ba(?:gian|gran|gan)\b|Paragraf\b)"
)
_PARAGRAF = re.compile(r"^Paragraf\s+(\d+)\b\s*(.*)$")
_PASAL = re.compile(r"^Pasal\s+(\d+[A-Z]?|[IVXLC]+)(?![\w])\.?\s*(.*)$")
_PASAL_RANGE = re.compile(
    r"^Pasal\s+(\d+[A-Z]?)\s+(?:sampai\s+dengan|s\.d\.?|-|—)\s+Pasal\s+(\d+[A-Z]?)\b\s*(.*)$"
)
_AYAT = re.compile(r"^\((\d+[a-z]?)\)\.?\s*(.*)$")
_HURUF = re.compile(r"^([a-z]\d?|([a-z])\2)\.\s+(.*)$")
_ANGKA = re.compile(r"^(\d+[a-z]?)\.\s+(.*)$")
_ANGKA_P = re.compile(r"^(\d+[a-z]?)\)\s+(.*)$")
# Body list markers, tried in this order: (style, pattern, group holding the rest of the line).
_LIST_MARKERS = (("ayat", _AYAT, 2), ("huruf", _HURUF, 3), ("angka", _ANGKA, 2), ("angkap", _ANGKA_P, 2))
_PJ_AYAT = re.compile(r"^Ayat\s+\((\d+[a-z]?)\)\s*(.*)$")
_PJ_HURUF = re.compile(r"^Huruf\s+([a-z]\d?)\b\.?\s*(.*)$")
_PJ_ANGKA = re.compile(r"^Angka\s+(\d+[a-z]?)\b\.?\s*(.*)$")

_REF_REST = re.compile(
    r"^(?:ayat|huruf|angka|sampai|s\.d|dan\b|atau\b|,|;|\.|Undang-Undang\s+Dasar|tentang|ini\b|yang\b|UUD|jo\.?\b)"
)
_INSTRUCTION = re.compile(
    r"\b(?:diubah|disisipkan|dihapus|ditambah|ditambahkan|dicabut|diganti|tetap|perubahan|menjadi)\b"
    r"|^(?:Ketentuan|Di\s+antara|Judul|Penjelasan|Setelah|Lampiran|BAB|Bab)\b"
)
_REG_HEADING = re.compile(
    r"^(?:UNDANG-UNDANG|PERATURAN\s+PEMERINTAH(?:\s+PENGGANTI\s+UNDANG-UNDANG)?|PERATURAN\s+PRESIDEN)"
    r"\s+REPUBLIK\s+INDONESIA\s+NOMOR\b"
)
_BODY_END = re.compile(r"^(?:Agar\s+setiap|Ditetapkan\s+di\b|Disahkan\s+di\b|PENJELASAN\s+ATAS\b)")
# What an unparsed text may still hold, by the line that opens each part.
_HOLDS = (
    ("Menimbang", re.compile(r"^Menimbang\b")),
    ("Mengingat", re.compile(r"^Mengingat\b")),
    ("Penjelasan", re.compile(r"^PENJELASAN\b")),
    ("Lampiran", re.compile(r"^LAMPIRAN\b")),
)
_SKIP_PREAMBLE = re.compile(
    r"^(?:DENGAN\s+RAHMAT|PRESIDEN\s+REPUBLIK\s+INDONESIA|Dengan\s+Persetujuan|DEWAN\s+PERWAKILAN|dan$|LAMPIRAN\b)"
)


def _split_num(v: str) -> tuple[int, str]:
    m = re.fullmatch(r"(\d+)([A-Za-z]?)", v)
    return (int(m.group(1)), m.group(2).lower()) if m else (-1, "")


def is_next(prev: str | None, cur: str) -> bool:
    """True when marker value ``cur`` directly follows ``prev`` (5 -> 6, 187 -> 187A, b -> b1 -> c)."""
    if prev is None:
        return is_first(cur)
    if cur[:1].isdigit() and prev[:1].isdigit():
        (pn, ps), (cn, cs) = _split_num(prev), _split_num(cur)
        if cn == pn + 1 and not cs:
            return True
        return cn == pn and bool(cs) and cs == (chr(ord(ps) + 1) if ps else "a")
    if cur[:1].isalpha() and prev[:1].isalpha():
        pl, pd = prev[0], prev[1:]
        cl, cd = cur[0], cur[1:]
        if len(cur) == 2 and cur[0] == cur[1]:  # "aa" after "z"
            return prev == "z" or (len(prev) == 2 and prev[0] == prev[1] and ord(cur[0]) == ord(prev[0]) + 1)
        if cl == pl and cd.isdigit():
            return (pd == "" and cd == "1") or (pd.isdigit() and int(cd) == int(pd) + 1)
        return not cd and ord(cl) == ord(pl) + 1
    return False


_INSERTED = re.compile(r"\d+[a-z]|[a-z]\d+")


def _order_key(v: str) -> tuple[int, int | str]:
    """Sort key of a list value in its list ("b" < "b1" < "c"; "1" < "1a" < "2")."""
    if v[:1].isdigit():
        return _split_num(v)
    return ord(v[0]), int(v[1:] or 0)


def is_first(v: str) -> bool:
    """True for the first value of a list ("1", "a")."""
    return v in ("1", "a")


def _gap(prev: str | None, cur: str) -> int:
    """How many values are missing between ``prev`` and ``cur`` (0 when directly next; -1 when not after)."""
    if prev is None:
        return -1
    if cur.isdigit() and prev[:1].isdigit():
        d = int(cur) - _split_num(prev)[0] - 1
        return d if d >= 0 else -1
    if len(cur) == 1 and cur.isalpha() and prev[:1].isalpha():
        d = ord(cur) - ord(prev[0]) - 1
        return d if d >= 0 else -1
    return -1


@dataclass
class _Node:
    id: str
    level: str
    number: str
    label: str
    style: str  # marker style: pasal, ayat, huruf, angka, angkap, bab, bagian, paragraf, menimbang …
    parent: str | None
    line: int
    heading: str | None = None
    text: list[str] = field(default_factory=list)
    children: list[str] = field(default_factory=list)
    penjelasan: list[str] = field(default_factory=list)
    order: float = -1.0  # sort key in document order (defaults to line)
    heading_ocr: str | None = None  # "suspect" or "corrected" (see _check_headings)
    heading_as_read: str | None = None


@dataclass
class _Body:
    """Where the walk of a body stands: open containers, the open Pasal and list items, numbering so far."""

    ns: str
    root: str | None  # the container the body hangs under (None for the main text)
    has_buku: bool
    buku: _Node | None = None
    bab: _Node | None = None
    bagian: _Node | None = None
    paragraf: _Node | None = None
    pasal: _Node | None = None
    stack: list[_Node] = field(default_factory=list)  # pasal first, then open list items
    last_pasal: str | None = None
    last_roman: int = 0
    pending_heading: _Node | None = None
    instr_next: int = 1
    opened: list[_Node] = field(default_factory=list)  # containers opened since the last Pasal

    def parent_id(self) -> str | None:
        c = self.paragraf or self.bagian or self.bab or self.buku
        return c.id if c else self.root

    def id_of(self, parent: str | None, seg: str, level: str) -> str:
        # Containers nest by id (buku-2/bab-1/bagian-1); a Pasal's id stays flat ({ns}/pasal-5).
        if level == "pasal" or parent is None or parent == self.root:
            return f"{self.ns}/{seg}"
        return f"{parent}/{seg}"


class _Parser:
    def __init__(self, text: CleanText, ident: Identity):
        self.t = text
        self.lines = text.lines
        self.ident = ident
        self.doc = ident.doc_id
        self.nodes: dict[str, _Node] = {}
        self.warnings: list[Warning_] = []
        self.metadata: dict[str, str] = {}
        self.penjelasan_umum: str | None = None
        self.lampiran: list[str] = []
        self.amending = False
        self.fragment = False  # parsing a quoted block of body text, not a whole regulation
        # Pasal numbers missing from the body: number -> (container id, position) for a placeholder
        self.gaps: dict[str, tuple[str | None, float]] = {}
        self.toc: list[str] = []  # lines of a table of contents (DAFTAR ISI), a source of heading words

    # -- helpers ------------------------------------------------------------------------------

    def loc(self, i: int) -> SourceLocation:
        return SourceLocation(
            file=self.t.file, page=self.t.pages[i] if i < len(self.t.pages) else None, line=i + 1
        )

    def warn(self, code: str, msg: str, i: int | None = None) -> None:
        self.warnings.append(
            Warning_(code=code, message=msg, location=self.loc(i) if i is not None else None)
        )

    def add(
        self, base: str, parent: str | None, level: str, number: str, label: str, style: str, i: int
    ) -> _Node:
        """Create a node with id ``base`` under ``parent``; an id already taken returns that node, warned."""
        nid = base
        if nid in self.nodes:
            # Ids are never invented (no "-dup" suffixes): what repeats continues the node it names.
            self.warn("duplicate-id", f"{base} appears again; its text continues the first", i)
            return self.nodes[nid]
        node = _Node(id=nid, level=level, number=number, label=label, style=style, parent=parent, line=i)
        self.nodes[nid] = node
        if parent is not None and parent in self.nodes:
            self.nodes[parent].children.append(nid)
        return node

    # -- sections -----------------------------------------------------------------------------

    def _find(self, rx: re.Pattern[str], start: int, end: int) -> int | None:
        for i in range(start, end):
            if rx.match(self.lines[i]):
                return i
        return None

    def _attachment_start(self, start: int) -> int | None:
        """Index of an enacted regulation attached after the main text (a Perppu in a penetapan UU)."""
        for i in range(start, len(self.lines)):
            if _REG_HEADING.match(self.lines[i]):
                ahead = self.lines[i + 1 : i + 12]
                if any(ln.startswith("Menimbang") for ln in ahead):
                    return i
        return None

    def parse(self) -> None:
        n = len(self.lines)
        head = self.ident.heading_line
        first_body = self._body_start(head + 1, n)
        after_main = first_body if first_body is not None else head + 1
        attach = self._attachment_start(after_main)
        main_end = attach if attach is not None else n
        prefix = f"{self.doc}/penetapan" if attach is not None else None
        self._parse_regulation(head + 1, main_end, prefix=prefix, container=None, main=True)
        if attach is not None:
            title = self.lines[attach]
            lamp = _Node(
                id=f"{self.doc}/lampiran",
                level="lampiran",
                number="",
                label="Lampiran",
                style="lampiran",
                parent=None,
                line=attach,
                heading=re.sub(r"\s+", " ", title).strip(),
            )
            self.nodes[lamp.id] = lamp
            self.lampiran.extend(self.lines[attach:])
            self._parse_regulation(attach + 1, n, prefix=None, container=lamp.id, main=False)

    def _body_start(self, start: int, end: int) -> int | None:
        menetapkan = None
        for i in range(start, end):
            ln = self.lines[i]
            if ln.startswith(("Menetapkan", "MEMUTUSKAN", "Memutuskan")):
                menetapkan = i
            if menetapkan is not None and (_BAB.match(ln) or re.match(r"^Pasal\s+(?:1|I)\b", ln)):
                return i
            if _BODY_END.match(ln) and menetapkan is not None:
                break
        return self._find(re.compile(r"^(?:BAB\s+I\b|Pasal\s+1\b|Pasal\s+I\b)"), start, end)

    def _is_amending(self, bs: int, be: int) -> bool:
        """An amending act's body opens with "Pasal I" whose text changes another regulation."""
        if not re.match(r"^Pasal\s+I\b(?!\w)", self.lines[bs]):
            return False
        head = " ".join(self.lines[bs : min(be, bs + 3)])
        return (
            bool(re.search(r"diubah|dicabut|disisipkan|perubahan", head))
            or "perubahan" in (self.ident.judul or "").lower()
        )

    def _parse_regulation(
        self, start: int, end: int, prefix: str | None, container: str | None, main: bool
    ) -> None:
        bs = self._body_start(start, end)
        if bs is None:
            self.warn("no-body", "no BAB or Pasal found; the text is kept without structure", start)
            if main:
                self.lampiran.extend(self.lines[start:end])
                # Say what the unparsed text holds, so a reader of the document is not left guessing.
                parts = [name for name, rx in _HOLDS if any(rx.match(ln) for ln in self.lines[start:end])]
                self.metadata["holds"] = f"no BAB or Pasal parsed; {end - start} lines kept as text" + (
                    f", with {', '.join(parts)}" if parts else ""
                )
            return
        pre_prefix = container or self.doc
        be = self._find(_BODY_END, bs, end)
        be = be if be is not None else end
        segments = self._segments(start, be)
        toc = self._find(re.compile(r"^.*\bDAFTAR\s+ISI\b"), start, bs)
        if toc is not None:
            self.toc.extend(self.lines[toc:bs])
        # A Buku heading printed before the first BAB (on the Menetapkan line) opens the body.
        self._parse_preamble([sg for sg in segments if sg[0] < bs and sg[2] != "buku"], pre_prefix)
        self.amending = self._is_amending(bs, be)
        self._parse_body([sg for sg in segments if sg[0] >= bs or sg[2] == "buku"], prefix, container)
        pj = self._find(re.compile(r"^PENJELASAN\s+ATAS\b|^PENJELASAN$"), be, end)
        lamp = self._find(re.compile(r"^LAMPIRAN\b"), be, pj if pj is not None else end)
        if lamp is not None:
            self.lampiran.extend(self.lines[lamp : pj if pj is not None else end])
        if pj is not None:
            pj_end = self._find(re.compile(r"^TAMBAHAN\s+LEMBARAN\s+NEGARA\b"), pj, end)
            pj_end = pj_end if pj_end is not None else end
            umum = self._parse_penjelasan(pj, pj_end, prefix, container)
            if main:
                self.penjelasan_umum = umum
            elif umum:
                self.metadata["lampiran_penjelasan_umum"] = umum
            rest = [ln for ln in self.lines[pj_end + 1 : end] if not ln.startswith("TAMBAHAN LEMBARAN")]
            if main and rest and any(ln.startswith("LAMPIRAN") for ln in rest[:3]):
                self.lampiran.extend(rest)
        self._check_pasal_sequence(prefix, container)

    # -- preamble -----------------------------------------------------------------------------

    def _segments(self, start: int, end: int) -> list[tuple[int, str, str]]:
        """The lines in [start, end) as (line index, text, tag), split where a heading ends or a Buku starts.

        Tag "buku" marks a Buku heading cut from the end of a line; "buku-bare" one whose word BUKU the
        OCR lost, recognised only in an act that has Buku and only right before a BAB I.
        """
        out: list[tuple[int, str, str]] = []
        for i in range(start, end):
            ln = self.lines[i]
            m = _BUKU_TAIL.search(ln) if "BUKU" in ln else None
            if m:
                head = ln[: m.start(1)].strip()
                if head:
                    out.extend(self._split_heading(i, head))
                out.append((i, m.group(1).strip(), "buku"))
            else:
                out.extend(self._split_heading(i, ln))
        if not any(tag == "buku" for _, _, tag in out):
            return out
        fixed: list[tuple[int, str, str]] = []
        for k, (i, ln, tag) in enumerate(out):
            nxt = out[k + 1][1] if k + 1 < len(out) else ""
            bm = _BAB.match(nxt)
            m = _BUKU_TAIL_BARE.search(ln) if tag == "" and bm and bm.group(1) in ("I", "1") else None
            if m:
                if ln[: m.start(1)].strip():
                    fixed.append((i, ln[: m.start(1)].strip(), ""))
                fixed.append((i, m.group(1).strip(), "buku-bare"))
            else:
                fixed.append((i, ln, tag))
        return fixed

    def _split_heading(self, i: int, ln: str) -> list[tuple[int, str, str]]:
        """A BAB, Bagian or Paragraf line cut where its heading ends and body text begins."""
        for rx, upper in ((_BUKU, True), (_BAB, True), (_BAGIAN, False), (_PARAGRAF, False)):
            m = rx.match(ln)
            if not m or not m.group(2):
                continue
            rest = m.group(2)
            # "HAK MEMILIH (1) Warga …", "KPU Bagran Kesatu Umum": the capitals are the heading.
            heading, body = _split_upper_heading(rest) if upper else ("", rest)
            if heading and not (_BODY_AFTER_CAPITALS.match(body) or len(body.split()) >= 8):
                heading, body = rest, ""  # "ANGGARAN DASAR Ketentuan Umum": a short sub-title stays
            elif not heading:
                # A heading in sentence case (older acts, Bagian, Paragraf) ends at the first body marker.
                cut = _HEADING_END.search(rest)
                heading, body = (rest[: cut.start()], rest[cut.end() :]) if cut else (rest, "")
            if not body.strip():
                return [(i, ln, "")]
            head = ln[: m.start(2)] + heading
            return [(i, head.strip(), "")] + self._split_heading(i, body.strip())
        return [(i, ln, "")]

    def _parse_preamble(self, segments: list[tuple[int, str, str]], ns: str) -> None:
        mode: str | None = None
        cur: _Node | None = None
        menimbang_root = f"{ns}/menimbang"
        mengingat_root = f"{ns}/mengingat"
        for i, ln, _tag in segments:
            if _REG_HEADING.match(ln) or _SKIP_PREAMBLE.match(ln):
                continue
            m = re.match(r"^(Menimbang|Mengingat|Memperhatikan)\b\s*:?\s*(.*)$", ln)
            if m:
                mode = m.group(1).lower()
                ln = m.group(2)
                cur = None
                if not ln:
                    continue
            if re.match(r"^(?:MEMUTUSKAN|Memutuskan|Menetapkan)", ln):
                mode = "menetapkan"
                rest = re.sub(r"^(?:MEMUTUSKAN\s*:?\s*)?(?:Menetapkan\s*:?\s*)?", "", ln)
                if rest:
                    self.metadata["menetapkan"] = rest
                cur = None
                continue
            if mode == "menetapkan":
                self.metadata["menetapkan"] = (self.metadata.get("menetapkan", "") + " " + ln).strip()
                continue
            hm = _HURUF.match(ln)
            am = _ANGKA.match(ln)
            if hm and mode in (None, "menimbang"):
                cur, new = self._preamble_item(
                    menimbang_root, "menimbang", "huruf", hm.group(1), hm.group(3), i
                )
                mode = "menimbang" if new else mode
            elif am and mode != "memperhatikan":
                cur, _ = self._preamble_item(
                    mengingat_root, "mengingat", "angka", am.group(1), am.group(2), i
                )
            elif mode in ("menimbang", "mengingat"):
                if cur is None or (mode == "menimbang" and cur.level != "menimbang"):
                    root = menimbang_root if mode == "menimbang" else mengingat_root
                    cur = self.nodes.get(root) or self._item(root, mode, "", mode.capitalize(), "", i)
                cur.text.append(ln)
            elif mode == "memperhatikan":
                self.metadata["memperhatikan"] = (self.metadata.get("memperhatikan", "") + " " + ln).strip()

    def _preamble_item(
        self, root: str, level: str, marker: str, number: str, text: str, i: int
    ) -> tuple[_Node, bool]:
        """A Menimbang huruf or Mengingat angka item, and whether it is new (a repeat continues it)."""
        nid = f"{root}/{marker}-{number}"
        if nid in self.nodes:
            self.nodes[nid].text.append(text)
            return self.nodes[nid], False
        return self._item(nid, level, number, f"{level.capitalize()} {marker} {number}", text, i), True

    def _item(self, nid: str, level: str, number: str, label: str, text: str, i: int) -> _Node:
        node = _Node(id=nid, level=level, number=number, label=label, style=level, parent=None, line=i)
        if text:
            node.text.append(text)
        self.nodes[nid] = node
        return node

    # -- body ---------------------------------------------------------------------------------

    def _pasal_ok(self, num: str, rest: str, last: str | None) -> tuple[bool, int]:
        """Whether "Pasal num rest" at a line start is a heading here; returns (ok, missing count)."""
        if _REF_REST.match(rest):
            return False, 0
        heading_like = rest == "" or rest.startswith("(1)") or rest[:1].isupper() or rest[:1] == '"'
        if last is None:
            n = _split_num(num)[0]
            if self.fragment:
                return heading_like and n >= 1, 0  # quoted wording may start at any Pasal
            return (n == 1 or (1 < n <= 3 and heading_like)), max(0, n - 1)
        if is_next(last, num.lower()) or (
            _split_num(num)[0] == _split_num(last)[0] + 1 and _split_num(num)[1] == ""
        ):
            return True, 0
        g = _gap(last, num)
        if 1 <= g <= 5 and heading_like and not re.search(r"[A-Za-z]", num):
            return True, g
        return False, 0

    def _parse_body(
        self, segments: list[tuple[int, str, str]], prefix: str | None, container: str | None
    ) -> None:
        """Walk the body lines once, opening containers, Pasal and list items where their markers fit."""
        b = _Body(
            ns=prefix or self.doc, root=container, has_buku=any(tag == "buku" for _, _, tag in segments)
        )
        for i, ln, tag in segments:
            if tag in ("buku", "buku-bare") or (_BUKU.match(ln) and not b.stack):
                self._open_buku(b, ln, tag, i)
                continue
            in_instructions = b.pasal is not None and self.amending and b.pasal.number == "I"
            if self._pasal_heading(b, ln, i):
                continue
            if in_instructions and b.pasal is not None:
                self._instruction_line(b, b.pasal, ln, i)
                continue
            # An amending act's quoted wording holds BAB/Bagian lines that are text of its Pasal.
            if (not self.amending or b.pasal is None) and self._container_heading(b, ln, i):
                continue
            if self._heading_continues(b, ln):
                continue
            if not b.stack:
                self._outside_pasal(b, ln, i)
                continue
            self._body_line(ln, b.stack, i)

    def _open_container(
        self,
        b: _Body,
        parent: str | None,
        level: str,
        seg: str,
        number: str,
        label: str,
        heading: str,
        i: int,
    ) -> _Node:
        """Open a Buku, BAB, Bagian or Paragraf; a heading not on its line is read from the next one."""
        base = b.id_of(parent, f"{level}-{seg}", level)
        node = self.nodes.get(base)
        if node is not None:
            # A heading printed again (page turn) or a misread number: continue the container it
            # names rather than invent an id; the tree may then be coarser than the act.
            self.warn("repeated-heading", f"{label} appears again; continuing {base}", i)
            if heading and node.heading is None:
                node.heading = heading
        else:
            node = self.add(base, parent, level, number, label, level, i)
            node.heading = heading or None
        b.opened.append(node)
        b.pasal = None
        b.stack = []
        b.pending_heading = node if not node.heading else None
        return node

    def _open_buku(self, b: _Body, ln: str, tag: str, i: int) -> None:
        km = _BUKU.match(ln) if tag != "buku-bare" else re.match(r"^(\S+)\s*(.*)$", ln)
        val = ordinal_to_int(km.group(1).title()) or (int(b.buku.number) + 1 if b.buku else 1)
        word = ordinal_word(val)
        b.buku = self._open_container(b, b.root, "buku", str(val), str(val), f"Buku {word}", km.group(2), i)
        if tag == "buku-bare":
            self.warn("buku-word-missing", f"Buku {word} read from a heading that lost the word BUKU", i)
        b.bab = b.bagian = b.paragraf = None

    def _open_pasal(self, b: _Body, num: str, i: int) -> _Node:
        parent = b.parent_id()
        b.pasal = self.add(
            b.id_of(parent, f"pasal-{num.lower()}", "pasal"), parent, "pasal", num, f"Pasal {num}", "pasal", i
        )
        b.stack = [b.pasal]
        b.pending_heading = None
        return b.pasal

    def _pasal_heading(self, b: _Body, ln: str, i: int) -> bool:
        """Open a Pasal when the line is a Pasal heading that fits the numbering; False leaves it as text."""
        pm = _PASAL.match(ln)
        if not pm:
            return False
        num, rest = pm.group(1), pm.group(2)
        if not self.amending and b.last_pasal is None and num in ("I", "l"):
            num = "1"  # an OCR "Pasal I" opening an ordinary body
        roman = bool(re.fullmatch(r"[IVXLC]+", num))
        if roman and self.amending and roman_to_int(num) == b.last_roman + 1:
            b.last_roman += 1
            pasal = self._open_pasal(b, num, i)
            if rest:
                pasal.text.append(rest)
            return True
        if roman or self.amending:
            return False
        ok, missing = self._pasal_ok(num, rest, b.last_pasal)
        if not ok:
            return False
        if missing:
            self._note_missing_pasal(b, num, missing, i)
        b.opened = []
        b.last_pasal = num.lower()
        self._open_pasal(b, num, i)
        if rest:
            self._body_line(rest, b.stack, i)
        return True

    def _note_missing_pasal(self, b: _Body, num: str, missing: int, i: int) -> None:
        """Warn of Pasal lost before ``num`` and keep their places, for a Penjelasan that names them."""
        self.warn("pasal-gap", f"Pasal {num} follows Pasal {b.last_pasal}: {missing} missing", i)
        host = next((c.id for c in b.opened if not c.children), b.parent_id())
        base_n = _split_num(num)[0]
        for k in range(missing):
            self.gaps[f"{b.ns}/pasal-{base_n - missing + k}"] = (host, i - 0.5 + k * 0.01)

    def _instruction_line(self, b: _Body, pasal: _Node, ln: str, i: int) -> None:
        """A line under an amending act's Pasal I: the next numbered instruction, or text of the open one."""
        im = _ANGKA.match(ln)
        if (
            im
            and int(_split_num(im.group(1))[0]) == b.instr_next
            and im.group(2)[:1].isupper()
            and _INSTRUCTION.search(im.group(2)[:300])
        ):
            node = self.add(
                f"{pasal.id}/angka-{im.group(1)}",
                pasal.id,
                "angka",
                im.group(1),
                f"angka {im.group(1)}",
                "angka",
                i,
            )
            node.text.append(im.group(2))
            b.stack = [pasal, node]
            b.instr_next += 1
        elif len(b.stack) > 1:
            b.stack[-1].text.append(ln)
        else:
            pasal.text.append(ln)

    def _container_heading(self, b: _Body, ln: str, i: int) -> bool:
        """Open a BAB, Bagian or Paragraf when the line is its heading."""
        bm = _BAB.match(ln)
        if bm:
            self._open_bab(b, bm, i)
            return True
        gm = _BAGIAN.match(ln)
        if gm:
            val = str(ordinal_to_int(gm.group(1)))
            par = b.bab.id if b.bab else b.root
            b.bagian = self._open_container(
                b, par, "bagian", val, val, f"Bagian {gm.group(1).title()}", gm.group(2), i
            )
            b.paragraf = None
            return True
        qm = _PARAGRAF.match(ln)
        if qm:
            par = b.bagian.id if b.bagian else (b.bab.id if b.bab else b.root)
            num = qm.group(1)
            b.paragraf = self._open_container(b, par, "paragraf", num, num, f"Paragraf {num}", qm.group(2), i)
            return True
        return False

    def _open_bab(self, b: _Body, bm: re.Match[str], i: int) -> None:
        num = bm.group(1)
        val = roman_to_int(num) if not num.isdigit() else int(num)
        if (
            b.has_buku
            and val == 1
            and b.buku is not None
            and any(self.nodes[c].level == "bab" for c in b.buku.children)
        ):
            # BAB numbering restarts in each Buku: a BAB I with no Buku heading opens the next.
            nxt = int(b.buku.number) + 1
            b.buku = self._open_container(
                b, b.root, "buku", str(nxt), str(nxt), f"Buku {ordinal_word(nxt)}", "", i
            )
            b.pending_heading = None
            self.warn("buku-inferred", f"BAB I restarts the numbering: Buku {ordinal_word(nxt)} assumed", i)
        parent = b.buku.id if b.buku else b.root
        b.bab = self._open_container(b, parent, "bab", str(val), num, f"BAB {num}", bm.group(2), i)
        b.bagian = b.paragraf = None

    def _heading_continues(self, b: _Body, ln: str) -> bool:
        """Take the line as the heading of a container whose heading was not on its own line."""
        if b.pending_heading is None or b.stack:
            return False
        target, b.pending_heading = b.pending_heading, None
        if target.level in ("buku", "bab") and _split_upper_heading(ln)[1] != "":
            return False
        target.heading = ((target.heading or "") + " " + ln).strip()
        return True

    def _outside_pasal(self, b: _Body, ln: str, i: int) -> None:
        """A line before any Pasal: more capitals of a heading, or skipped with a warning."""
        c = b.paragraf or b.bagian or b.bab or b.buku
        if c is not None and c.heading and len(c.heading) < 200 and ln.isupper():
            c.heading += " " + ln
        else:
            self.warn("unparsed-line", f"text outside any Pasal skipped: {ln[:60]!r}", i)

    def _body_line(self, ln: str, stack: list[_Node], i: int) -> None:
        """Place one body line (an ayat/huruf/angka item or continuation text) under the open Pasal."""
        marker = _marker(ln)
        if marker is None:
            stack[-1].text.append(ln)
            return
        style, value, rest = marker
        # 1. continues an open list
        for depth in range(len(stack) - 1, 0, -1):
            node = stack[depth]
            if node.style == style and is_next(
                node.number.lower() if style != "ayat" else node.number, value
            ):
                del stack[depth:]
                self._push(stack, style, value, rest, i)
                return
        # A lone "l." is huruf l only after huruf k; otherwise it is an OCR "1."
        if (
            style == "huruf"
            and value == "l"
            and not any(n.style == "huruf" and n.number == "k" for n in stack)
        ):
            return self._body_line("1. " + rest, stack, i)
        # 2. opens a new list
        if is_first(value):
            if style == "ayat":
                del stack[1:]
            elif any(n.style == style for n in stack[1:]):
                # the same style is already open: a fresh first item restarts it at that depth
                depth = next(d for d in range(1, len(stack)) if stack[d].style == style)
                if stack[depth].number == value and not stack[depth].children:
                    stack[-1].text.append(ln)  # a repeated first item: keep as text
                    return
            self._push(stack, style, value, rest, i)
            return
        # 3. a small gap in an open list (an item lost to OCR)
        for depth in range(len(stack) - 1, 0, -1):
            node = stack[depth]
            if node.style == style:
                g = _gap(node.number.lower(), value)
                if 1 <= g <= 2:
                    self.warn("item-gap", f"{style} {value} follows {node.number} in {stack[0].label}", i)
                    del stack[depth:]
                    self._push(stack, style, value, rest, i)
                    return
                break
        # 4. quoted new wording may show an inserted item ("(1a)", "b1.") without the items around it
        if self.fragment and _INSERTED.fullmatch(value):
            for depth in range(len(stack) - 1, 0, -1):
                if stack[depth].style == style:
                    if _order_key(stack[depth].number.lower()) < _order_key(value):
                        del stack[depth:]
                        self._push(stack, style, value, rest, i)
                        return
                    break
            else:
                self._push(stack, style, value, rest, i)
                return
        stack[-1].text.append(ln)

    def _push(self, stack: list[_Node], style: str, value: str, rest: str, i: int) -> None:
        parent = stack[-1]
        level = {"ayat": "ayat", "huruf": "huruf", "angka": "angka", "angkap": "angka"}[style]
        label = {"ayat": f"ayat ({value})", "huruf": f"huruf {value}"}.get(style, f"angka {value}")
        if f"{parent.id}/{level}-{value.lower()}" in self.nodes:
            # A marker seen again in the same place (two-column OCR repeats "(1) (2) (3)"): keep as text.
            self.warn("repeated-marker", f"{label} appears again in {stack[0].label}; kept as text", i)
            marker = {"ayat": f"({value})", "angkap": f"{value})"}.get(style, f"{value}.")
            parent.text.append(f"{marker} {rest}".strip())
            return
        node = self.add(f"{parent.id}/{level}-{value.lower()}", parent.id, level, value, label, style, i)
        if rest:
            node.text.append(rest)
        stack.append(node)

    # -- penjelasan ---------------------------------------------------------------------------

    def _parse_penjelasan(
        self, start: int, end: int, prefix: str | None, container: str | None
    ) -> str | None:
        """Attach the Pasal-by-Pasal Penjelasan to its provisions; returns the general part (UMUM)."""
        umum_i = self._find(re.compile(r"^I\.\s+UMUM\b|^UMUM$"), start, end)
        pdp_i = self._find(re.compile(r"^II\.\s+PASAL\s+DEMI\s+PASAL\b|^PASAL\s+DEMI\s+PASAL\b"), start, end)
        umum = self._penjelasan_umum(umum_i, pdp_i, end)
        if pdp_i is not None:
            first = pdp_i
            rest0 = re.sub(r"^II\.\s+PASAL\s+DEMI\s+PASAL\s*|^PASAL\s+DEMI\s+PASAL\s*", "", self.lines[pdp_i])
        else:
            # No "II. PASAL DEMI PASAL" (OCR): the first Pasal heading that is not a citation.
            f = next(
                (
                    k
                    for k in range((umum_i if umum_i is not None else start) + 1, end)
                    if (m := _PASAL.match(self.lines[k])) and not _REF_REST.match(m.group(2))
                ),
                None,
            )
            if f is None:
                return umum
            if umum is None:
                blob = " ".join(self.lines[start + 1 : f])
                um = re.search(r"\bUMUM\b\s*(.*)", blob)
                umum = um.group(1).strip() if um and um.group(1).strip() else None
            first, rest0 = f - 1, None
        self._pasal_demi_pasal(first, rest0, end, prefix or self.doc)
        return umum

    def _penjelasan_umum(self, umum_i: int | None, pdp_i: int | None, end: int) -> str | None:
        """The text under "I. UMUM", up to the Pasal-by-Pasal part."""
        if umum_i is None:
            return None
        stop = (
            pdp_i
            if pdp_i is not None
            else (self._find(re.compile(r"^Pasal\s+(?:1|I)\b"), umum_i + 1, end) or end)
        )
        parts = [re.sub(r"^I\.\s+UMUM\s*|^UMUM$", "", self.lines[umum_i])] + list(
            self.lines[umum_i + 1 : stop]
        )
        return "\n".join(p for p in parts if p).strip() or None

    def _pasal_demi_pasal(self, first: int, rest0: str | None, end: int, ns: str) -> None:
        """Walk the Pasal-by-Pasal lines after line ``first`` (``rest0``: the text left on that line)."""
        targets: list[_Node] = []
        path: dict[str, str] = {}  # level -> id of the current pasal/ayat/huruf/angka
        last_num = 0
        in_roman = False

        def pid(num: str) -> str:
            return f"{ns}/pasal-{num.lower()}"

        lines = ([rest0] if rest0 else []) + list(self.lines[first + 1 : end])
        base_i = first + 1 - (1 if rest0 else 0)
        for k, ln in enumerate(lines):
            i = base_i + k
            rm = _PASAL_RANGE.match(ln)
            if rm and not in_roman:
                a, b = _split_num(rm.group(1))[0], _split_num(rm.group(2))[0]
                if a >= last_num and 0 <= b - a <= 400:
                    targets = [self.nodes[pid(str(n))] for n in range(a, b + 1) if pid(str(n)) in self.nodes]
                    for t in targets:
                        t.penjelasan.append(rm.group(3))
                    last_num = b
                    path = {}
                    continue
            pm = _PASAL.match(ln)
            if pm and not _REF_REST.match(pm.group(2)):
                num = pm.group(1)
                roman = bool(re.fullmatch(r"[IVXLC]+", num))
                if roman and self.amending:
                    in_roman = True
                elif roman or in_roman:
                    pm = None
                elif _split_num(num)[0] < last_num:
                    pm = None
                if pm is not None:
                    if not roman:
                        last_num = _split_num(num)[0]
                    path = {"pasal": pid(num)}
                    targets = self._pj_pasal(pid(num), num, pm.group(2), path, i, in_roman)
                    continue
            if not targets and not path:
                continue
            targets = self._pj_line(ln, targets, path, i, in_roman)

    def _pj_pasal(
        self, nid: str, num: str, rest: str, path: dict[str, str], i: int, in_roman: bool
    ) -> list[_Node]:
        """The targets of a Penjelasan "Pasal num" heading, with the text on its line attached."""
        node = self.nodes.get(nid) or self._placeholder(nid, num)
        if node is None:
            self.warn("no-penjelasan-target", f"Penjelasan of Pasal {num}: no such Pasal in the body", i)
            return []
        if rest:
            self._pj_line(rest, [node], path, i, in_roman)
        return [node]

    def _placeholder(self, nid: str, num: str) -> _Node | None:
        """A Pasal the body lost to OCR but the Penjelasan names: an empty node, flagged."""
        if nid not in self.gaps:
            return None
        host, pos = self.gaps.pop(nid)
        node = _Node(
            id=nid,
            level="pasal",
            number=num,
            label=f"Pasal {num}",
            style="pasal",
            parent=host,
            line=int(pos + 0.5),
            order=pos,
        )
        self.nodes[nid] = node
        if host is not None and host in self.nodes:
            self.nodes[host].children.append(nid)
        self.warn(
            "pasal-text-missing",
            f"Pasal {num} is named in the Penjelasan but its text is missing from the body",
            node.line,
        )
        return node

    def _pj_line(
        self, ln: str, targets: list[_Node], path: dict[str, str], i: int, in_roman: bool
    ) -> list[_Node]:
        """Attach one Penjelasan line; "Ayat (2)", "Huruf n", "Angka 1" move the target down the tree."""
        for rx, level in ((_PJ_AYAT, "ayat"), (_PJ_HURUF, "huruf"), (_PJ_ANGKA, "angka")):
            m = rx.match(ln)
            if not m or "pasal" not in path:
                continue
            if in_roman and level != "angka":
                continue
            val, rest = m.group(1).lower(), m.group(2)
            if in_roman:
                cands = [f"{path['pasal']}/angka-{val}"]
            elif level == "ayat":
                cands = [f"{path['pasal']}/ayat-{val}"]
            elif level == "huruf":
                cands = [f"{path.get('ayat', path['pasal'])}/huruf-{val}", f"{path['pasal']}/huruf-{val}"]
                angka, outer = path.get("angka"), path.get("huruf")
                # A "Huruf" after an "Angka" may name a point nested in that angka (angka 12 huruf a), unless
                # it continues the huruf that angka sits in (huruf a angka 2, then huruf b).
                if angka and not (
                    outer and angka.startswith(outer + "/") and is_next(self.nodes[outer].number.lower(), val)
                ):
                    cands.insert(0, f"{angka}/huruf-{val}")
            else:
                cands = [
                    f"{path.get('huruf', path.get('ayat', path['pasal']))}/angka-{val}",
                    f"{path.get('ayat', path['pasal'])}/angka-{val}",
                    f"{path['pasal']}/angka-{val}",
                ]
            node = next((self.nodes[c] for c in cands if c in self.nodes), None)
            # A label closes the deeper points opened before it, except those it is nested in (the angka
            # of "Angka 12" stays open for the "Huruf a" under it).
            for lv in {"ayat": ("huruf", "angka"), "huruf": ("angka",)}.get(level, ()):
                if lv in path and not (node and node.id.startswith(path[lv] + "/")):
                    del path[lv]
            if node is None:
                self.warn(
                    "no-penjelasan-target",
                    f"Penjelasan for {ln.split()[0]} {val} under {path['pasal']}: no match",
                    i,
                )
                base = self.nodes.get(path["pasal"])
                if base is not None:
                    base.penjelasan.append(ln)
                    return [base]
                return targets
            path[level] = node.id
            if rest:
                node.penjelasan.append(rest)
            return [node]
        for t in targets:
            t.penjelasan.append(ln)
        return targets

    # -- checks -------------------------------------------------------------------------------

    def _check_pasal_sequence(self, prefix: str | None, container: str | None) -> None:
        ns = prefix or self.doc
        nums = [
            _split_num(n.number)[0]
            for n in sorted(self.nodes.values(), key=lambda n: n.order if n.order >= 0 else n.line)
            if n.level == "pasal"
            and n.id.startswith(ns + "/pasal-")
            and n.number[:1].isdigit()
            and (container is None or self._under(n, container))
        ]
        for a, b in zip(nums, nums[1:], strict=False):
            if b not in (a, a + 1):
                self.warn("pasal-gap", f"Pasal numbers jump from {a} to {b} in {ns}")

    def _under(self, n: _Node, container: str) -> bool:
        p = n.parent
        while p is not None:
            if p == container:
                return True
            p = self.nodes[p].parent if p in self.nodes else None
        return False

    def _check_headings(self) -> None:
        """Mark container headings the OCR damaged; correct a word where the Penjelasan or ToC spells it."""
        words: set[str] | None = None  # read from the Penjelasan and ToC only once a heading needs it
        for n in self.nodes.values():
            if n.level not in ("buku", "bab", "bagian", "paragraf") or not n.heading:
                continue
            letters = [c for c in n.heading if c.isalpha()]
            # BAB titles are printed in capitals since the 1970s; older acts write them in sentence case.
            upper = n.level in ("buku", "bab") and sum(c.isupper() for c in letters) >= 0.7 * len(letters)
            tokens = n.heading.split()
            bad = [k for k, tok in enumerate(tokens) if _ocr_damaged(tok, upper)]
            if not bad:
                continue
            if words is None:
                sources = [self.penjelasan_umum or ""] + [" ".join(x.penjelasan) for x in self.nodes.values()]
                words = _heading_vocabulary(self.toc + sources)
            fixed = list(tokens)
            for k in bad:
                fixed[k] = _correction(tokens[k], words, upper) or tokens[k]
            if all(fixed[k] != tokens[k] for k in bad):
                n.heading_as_read, n.heading, n.heading_ocr = n.heading, " ".join(fixed), "corrected"
                self.warn(
                    "heading-ocr-corrected", f"{n.label}: {n.heading_as_read!r} read as {n.heading!r}", n.line
                )
            else:
                n.heading_ocr = "suspect"
                self.warn(
                    "heading-ocr-suspect", f"{n.label}: heading {n.heading!r} looks damaged by OCR", n.line
                )

    # -- output -------------------------------------------------------------------------------

    def provisions(self) -> tuple[Provision, ...]:
        out = []
        order = sorted(self.nodes.values(), key=lambda n: (n.order if n.order >= 0 else n.line, _depth(n.id)))
        for n in order:
            text = (
                "\n"
                if n.style == "angka" and self.amending and n.parent and n.parent.endswith("/pasal-i")
                else " "
            ).join(t for t in n.text if t)
            out.append(
                Provision(
                    id=n.id,
                    doc_id=self.doc,
                    level=n.level,  # type: ignore[arg-type]
                    number=n.number,
                    label=n.label,
                    heading=n.heading,
                    heading_ocr=n.heading_ocr,  # type: ignore[arg-type]
                    heading_as_read=n.heading_as_read,
                    text=text.strip(),
                    parent=n.parent,
                    children=tuple(n.children),
                    penjelasan=" ".join(n.penjelasan).strip() or None,
                    source=self.loc(n.line),
                )
            )
        return tuple(out)


def _split_upper_heading(s: str) -> tuple[str, str]:
    """A capitals heading and the body after it: "HAK MEMILIH (1) Warga …" → "HAK MEMILIH", "(1) Warga …"."""
    tokens = s.split()
    k = 0
    for tok in tokens:
        letters = [c for c in tok if c.isalpha()]
        if letters:
            # Mostly capitals, so an OCR "DpR" stays in the heading while "Bagran" or "Warga" ends it.
            if not (letters[0].isupper() and 2 * sum(c.isupper() for c in letters) > len(letters)):
                break
        elif re.search(r"[\d(]", tok):
            break
        k += 1
    return " ".join(tokens[:k]), " ".join(tokens[k:])


def _ocr_damaged(token: str, upper: bool) -> bool:
    """True for a heading word with signs of OCR damage (in a capitals heading, also stray lower case)."""
    word = token.strip(",.;:()")
    if _OCR_DAMAGE.search(word):
        return True
    if upper:
        return any(c.islower() for c in word)
    # Mixed case inside a word ("DpR"): neither Title, lower nor CAPITALS ("Kabupaten/Kota" is two words).
    return any(
        sum(c.isalpha() for c in part) > 1
        and not (part.isupper() or part.islower() or (part[:1].isupper() and part[1:].islower()))
        for part in re.split(r"[/-]", word)
    )


def _heading_vocabulary(texts: list[str]) -> set[str]:
    """Upper-cased words of the texts that can correct a heading word (clean words of 5+ letters)."""
    words = {w for t in texts for w in re.findall(r"[A-Za-z]{5,}", t)}
    return {w.upper() for w in words if not _OCR_DAMAGE.search(w)}


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _correction(token: str, words: set[str], upper: bool) -> str | None:
    """The one vocabulary word within two edits of a damaged token (same first letter), cased as the token."""
    core = token.strip(",.;:()")
    if len(core) < 5:
        return None
    key = core.upper()
    most = 2 if len(key) >= 7 else 1  # short words have too many neighbours
    best = [
        w
        for w in words
        if w[0] == key[0] and abs(len(w) - len(key)) <= most and _edit_distance(w, key) <= most
    ]
    if len(best) != 1:
        return None  # none, or several equally plausible: leave it marked rather than guess
    word = best[0] if upper else (best[0].capitalize() if core[:1].isupper() else best[0].lower())
    return token.replace(core, word)


def _depth(pid: str) -> int:
    return pid.count("/")


def _marker(ln: str) -> tuple[str, str, str] | None:
    """(style, value, rest) of a list marker at the start of a body line, or None."""
    for style, rx, rest_group in _LIST_MARKERS:
        m = rx.match(ln)
        if m:
            return style, m.group(1), m.group(rest_group)
    return None


def parse_regulation(text: CleanText, ident: Identity) -> Document:
    """Parse cleaned text into a Document with every provision, its Penjelasan and its Lampiran."""
    p = _Parser(text, ident)
    p.parse()
    p._check_headings()
    provisions = p.provisions()
    kind = (
        "amending_act" if any(pr.level == "pasal" and pr.number == "I" for pr in provisions) else "regulation"
    )
    return Document(
        id=ident.doc_id,
        kind=kind,
        jenis=ident.jenis,
        nomor=ident.nomor,
        tahun=ident.tahun,
        title=ident.title,
        judul=ident.judul,
        ditetapkan=ident.ditetapkan,
        diundangkan=ident.diundangkan,
        ln=ident.ln,
        tln=ident.tln,
        provisions=provisions,
        penjelasan_umum=p.penjelasan_umum,
        lampiran="\n".join(p.lampiran) or None,
        metadata=p.metadata,
        source=SourceLocation(file=text.file),
        warnings=tuple(p.warnings),
    )


# Quoted wording often opens with a quote mark ("Pasal 6 …) or with the number of the instruction in an
# older act's single Pasal I ("1. Pasal 1 …"): neither belongs to the provision, and both hide its heading.
_FRAGMENT_NOISE = re.compile(r"(?m)^\s*(?:[\"“”]\s*|\d{1,3}\.\s+)(?=(?:Pasal|BAB)\s+[0-9IVXLC])")


def parse_provisions(
    text: str, doc_id: str, file: str = "", amended_by: str | None = None
) -> tuple[Provision, ...]:
    """Parse a block of body text (e.g. an amendment's quoted new wording) into provisions of ``doc_id``.

    The block may start at any Pasal ("Pasal 70 …", "Pasal 187A …") and may hold BAB/Bagian headings;
    ids are in ``doc_id``'s namespace (``uu-1-2015/pasal-70/ayat-1``). Lines before the first Pasal are
    ignored (they are the instruction sentence).
    """
    # Imported here: clean imports nothing from structure, but keep the module graph one-way and lazy.
    from ingest.clean import clean_pages

    ct = clean_pages(file, [_FRAGMENT_NOISE.sub("", text)])
    ident = Identity(doc_id=doc_id, jenis="", nomor="", tahun=0, title=doc_id)
    p = _Parser(ct, ident)
    p.fragment = True
    start = next((i for i, ln in enumerate(ct.lines) if _PASAL.match(ln) or _BAB.match(ln)), len(ct.lines))
    p._parse_body([(i, ct.lines[i], "") for i in range(start, len(ct.lines))], prefix=None, container=None)
    provisions = p.provisions()
    if amended_by is not None:
        provisions = tuple(pr.model_copy(update={"amended_by": amended_by}) for pr in provisions)
    return provisions
