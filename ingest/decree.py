"""Joint decrees (Keputusan Bersama): several authorities and numbers, diktum KESATU …, Lampiran tables.

The id takes the first-listed number (``kb-2-2022``); the others are kept in metadata. The body is
a Menimbang, a Mengingat and the diktum KESATU, KEDUA … (each a provision ``{doc}/diktum-kesatu``
with its huruf/angka below). The Lampiran's tables (violations and sanctions) become TableRow
records keyed by column header. Text extracted from a PDF loses cell borders, so a row is split
into cells by what each column holds (a legal basis starts with "Pasal …" or a citation).
"""

from __future__ import annotations

import re

from ingest.citations import CITATION_RE, TOKEN_RE
from ingest.identify import doc_id_for
from ingest.records import CleanText, Document, IngestError, Provision, SourceLocation, TableRow, Warning_
from ingest.text_utils import parse_date

ORDINALS = (
    "KESATU KEDUA KETIGA KEEMPAT KELIMA KEENAM KETUJUH KEDELAPAN KESEMBILAN KESEPULUH KESEBELAS "
    "KEDUA_BELAS KETIGA_BELAS KEEMPAT_BELAS KELIMA_BELAS"
).split()
_ORD = "|".join(o.replace("_", r"\s+") for o in sorted(ORDINALS, key=len, reverse=True))
_DIKTUM_RE = re.compile(rf"^(?P<o>{_ORD})\s*:?\s*(?P<t>.*)$")
_NUMBER_RE = re.compile(
    r"NOMOR\s*:?\s*(?P<n>[\w.\-/]+?)(?:\s+TAHUN\s+(?P<y>\d{4}))?(?=\s+NOMOR\b|\s+TENTANG\b|\s*$)",
    re.IGNORECASE,
)
_HURUF_RE = re.compile(r"^(?P<n>[a-z])\.\s+(?P<t>.*)$")
_ANGKA_RE = re.compile(r"^(?P<n>\d{1,2})[.)]\s+(?P<t>.*)$")
_END_BODY_RE = re.compile(r"^(?:Ditetapkan\s+di|LAMPIRAN\b)", re.IGNORECASE)

# Column headers seen in Lampiran tables, and what kind of cell each holds.
_COLUMNS = (
    ("number", r"No\.?|Nomor"),
    ("basis", r"Dasar\s+Hukum|Ketentuan\s+yang\s+Dilanggar|Ketentuan|Peraturan\s+yang\s+Dilanggar|Pasal"),
    ("sanction", r"Jenis\s+Sanksi|Sanksi|Hukuman\s+Disiplin|Jenis\s+Hukuman"),
    ("text", r"Jenis\s+Pelanggaran|Bentuk\s+Pelanggaran|Pelanggaran|Uraian|Keterangan|Kategori"),
)
_HEADER_CELL_RE = re.compile("|".join(f"(?P<{k}>\\b(?:{p})\\b)" for k, p in _COLUMNS), re.IGNORECASE)
_CONNECT_RE = re.compile(r"(?:\s*(?:,|dan|atau|serta|jo\.?|juncto)?\s*)")


def looks_like_joint_decree(text: CleanText) -> bool:
    """True when the heading (first lines, upper case) is a Keputusan Bersama listing numbers or diktum."""
    heading = next(
        (i for i, ln in enumerate(text.lines[:12]) if ln.strip().startswith("KEPUTUSAN BERSAMA")), None
    )
    if heading is None:
        return False
    numbers = len(re.findall(r"\bNOMOR\b", " ".join(text.lines[heading : heading + 40])))
    has_diktum = any(ln.startswith("KESATU") and _DIKTUM_RE.match(ln) for ln in text.lines)
    return numbers >= 2 or has_diktum


def _identity(text: CleanText) -> tuple[list[tuple[str, int | None]], str, str | None, int]:
    """(numbers with years, authorities, judul, index of the line after the heading)."""
    lines = text.lines
    start = next((i for i, ln in enumerate(lines[:40]) if re.search(r"KEPUTUSAN\s+BERSAMA", ln, re.I)), None)
    if start is None:
        raise IngestError(text.file, "no 'KEPUTUSAN BERSAMA' heading in the first lines", line=1)
    stop = next(
        (
            i
            for i in range(start, min(len(lines), start + 60))
            if re.match(r"(DENGAN\s+RAHMAT|Menimbang)", lines[i], re.I)
        ),
        min(len(lines), start + 60),
    )
    head = " ".join(lines[start:stop])
    m_t = re.search(r"\bTENTANG\b", head)
    before = head[: m_t.start()] if m_t else head
    judul = re.sub(r"\s+", " ", head[m_t.end() :]).strip() if m_t else None
    first_no = re.search(r"\bNOMOR\b", before, re.I)
    authorities = re.sub(
        r"^.*?KEPUTUSAN\s+BERSAMA\s*", "", before[: first_no.start()] if first_no else before
    ).strip()
    numbers: list[tuple[str, int | None]] = []
    for m in _NUMBER_RE.finditer(before):
        n, y = m.group("n"), m.group("y")
        if y is None:
            tail = re.search(r"/(\d{4})$", n)
            y = tail.group(1) if tail else None
        numbers.append((n, int(y) if y else None))
    if not numbers or numbers[0][1] is None:
        raise IngestError(text.file, "joint decree heading has no 'NOMOR … TAHUN …'", line=start + 1)
    return numbers, authorities, (judul.title() if judul and judul.isupper() else judul), stop


def _loc(text: CleanText, i: int) -> SourceLocation:
    return SourceLocation(file=text.file, page=text.pages[i] if i < len(text.pages) else None, line=i + 1)


class _Builder:
    def __init__(self, doc_id: str, text: CleanText):
        self.doc_id, self.text = doc_id, text
        self.provs: dict[str, dict] = {}

    def add(
        self, pid: str, level: str, number: str, label: str, body: str, parent: str | None, i: int
    ) -> str:
        if pid in self.provs:  # repeated marker: keep one node and append
            self.provs[pid]["text"].append(body)
            return pid
        self.provs[pid] = {"level": level, "number": number, "label": label, "text": [body] if body else [],
                           "parent": parent, "children": [], "i": i}  # fmt: skip
        if parent and parent in self.provs:
            self.provs[parent]["children"].append(pid)
        return pid

    def provisions(self) -> tuple[Provision, ...]:
        return tuple(
            Provision(
                id=pid,
                doc_id=self.doc_id,
                level=d["level"],
                number=d["number"],
                label=d["label"],
                text=" ".join(t for t in d["text"] if t).strip(),
                parent=d["parent"],
                children=tuple(d["children"]),
                source=_loc(self.text, d["i"]),
            )
            for pid, d in self.provs.items()
        )


def _preamble_and_diktum(text: CleanText, start: int, b: _Builder) -> int:
    """Menimbang, Mengingat and the diktum into the builder; returns the index where the body ends."""
    doc = b.doc_id
    mode: str | None = None
    cur: str | None = None
    huruf: str | None = None
    i = start
    lines = text.lines
    while i < len(lines):
        ln = lines[i].strip()
        if _END_BODY_RE.match(ln):
            return i
        m = re.match(r"^(Menimbang|Mengingat|Memperhatikan)\s*:?\s*(.*)$", ln, re.IGNORECASE)
        if m:
            mode, ln, cur = m.group(1).lower(), m.group(2), None
            if not ln:
                i += 1
                continue
        if re.match(r"^(MEMUTUSKAN|Menetapkan)\b", ln, re.IGNORECASE):
            mode, cur = "menetapkan", None
            i += 1
            continue
        dm = _DIKTUM_RE.match(ln)
        if dm and ln[:2] == "KE":
            name = re.sub(r"\s+", " ", dm.group("o"))
            slug = name.lower().replace(" ", "-")
            cur = b.add(f"{doc}/diktum-{slug}", "diktum", slug, f"Diktum {name}", dm.group("t"), None, i)
            mode, huruf = "diktum", None
        elif mode == "menimbang" and (hm := _HURUF_RE.match(ln)):
            n = hm["n"]
            cur = b.add(
                f"{doc}/menimbang/huruf-{n}", "menimbang", n, f"Menimbang huruf {n}", hm["t"], None, i
            )
        elif mode == "mengingat" and (am := _ANGKA_RE.match(ln)):
            n = am["n"]
            cur = b.add(
                f"{doc}/mengingat/angka-{n}", "mengingat", n, f"Mengingat angka {n}", am["t"], None, i
            )
        elif mode == "diktum" and cur and (hm := _HURUF_RE.match(ln)):
            top = cur.split("/huruf-")[0]
            huruf = b.add(f"{top}/huruf-{hm['n']}", "huruf", hm["n"], f"huruf {hm['n']}", hm["t"], top, i)
            cur = huruf
        elif mode == "diktum" and cur and (am := _ANGKA_RE.match(ln)):
            parent = huruf or cur.split("/huruf-")[0]
            cur = b.add(f"{parent}/angka-{am['n']}", "angka", am["n"], f"angka {am['n']}", am["t"], parent, i)
        elif cur is not None and mode != "menetapkan":
            b.provs[cur]["text"].append(ln)
        i += 1
    return i


# --------------------------------------------------------------------------------------------
# Lampiran tables
# --------------------------------------------------------------------------------------------


def _header(line: str) -> list[tuple[str, str]] | None:
    """[(column kind, header text)] when the line is a table header row (≥ 3 known column names)."""
    if "|" in line or "\t" in line:
        cells = [c.strip() for c in re.split(r"\||\t", line) if c.strip()]
    else:
        cells = [m.group(0) for m in _HEADER_CELL_RE.finditer(line)]
        rest = _HEADER_CELL_RE.sub("", line).strip(" .|")
        if rest:  # other words on the line: not a bare header row
            return None
    out = []
    for c in cells:
        m = _HEADER_CELL_RE.fullmatch(c)
        out.append((next(k for k, v in m.groupdict().items() if v) if m else "text", c))
    return out if len(out) >= 3 and out[0][0] == "number" else None


def _basis_span(row: str) -> tuple[int, int] | None:
    """Where the legal-basis cell sits in a row's text: a run of provision tokens and citations."""
    spans = sorted(
        [(m.start(), m.end()) for m in TOKEN_RE.finditer(row)]
        + [(m.start(), m.end()) for m in CITATION_RE.finditer(row)]
    )
    if not spans:
        return None
    start, end = spans[0]
    for s, e in spans[1:]:
        gap = row[end:s]
        if s <= end or _CONNECT_RE.fullmatch(gap):
            end = max(end, e)
        else:
            break
    return start, end


def _split_row(row: str, columns: list[tuple[str, str]]) -> tuple[dict[str, str], str | None]:
    """Cells of one row by header text, and a warning message when the split had to guess."""
    names = [h for _, h in columns[1:]]
    kinds = [k for k, _ in columns[1:]]
    if "|" in row or "\t" in row:
        parts = [c.strip() for c in re.split(r"\||\t", row.strip(" |\t"))]
        if len(parts) == len(names):
            return dict(zip(names, parts, strict=True)), None
    if len(names) == 1:
        return {names[0]: row}, None
    if "basis" in kinds:
        bi = kinds.index("basis")
        span = _basis_span(row)
        if span is not None and bi >= 1 and len(names) == bi + 2 and kinds[bi + 1] != "basis":
            before, basis, after = (
                row[: span[0]].strip(),
                row[span[0] : span[1]].strip(),
                row[span[1] :].strip(),
            )
            if bi == 1:  # [text, basis, after]
                return {names[0]: before, names[1]: basis, names[2]: after}, None
    # No safe split: keep the row whole in the first column and say so.
    return {names[0]: row, **{n: "" for n in names[1:]}}, "row kept whole: its cells could not be told apart"


def _tables(doc_id: str, text: CleanText, start: int) -> tuple[list[TableRow], list[Warning_]]:
    rows: list[TableRow] = []
    warnings: list[Warning_] = []
    lines = text.lines
    columns: list[tuple[str, str]] | None = None
    table = 0
    expected = 1
    cur: tuple[int, list[str]] | None = None
    seen_header = False

    def flush() -> None:
        nonlocal cur
        if cur is None or columns is None:
            return
        idx, parts = cur
        row_text = re.sub(r"\s+", " ", " ".join(parts)).strip()
        cells, problem = _split_row(row_text, columns)
        cells = {columns[0][1]: str(expected - 1), **cells}
        rows.append(
            TableRow(
                table=f"{doc_id}/lampiran/tabel-{table}",
                row=expected - 1,
                cells=cells,
                source=_loc(text, idx),
            )
        )
        if problem:
            warnings.append(Warning_(code="table-row-split", message=problem, location=_loc(text, idx)))
        cur = None

    for i in range(start, len(lines)):
        ln = lines[i].strip()
        hdr = _header(ln)
        if hdr:
            if hdr == columns:  # the header repeated on a new page: the same table goes on
                continue
            flush()
            columns, table, expected = hdr, table + 1, 1
            seen_header = True
            continue
        if columns is None:
            continue
        m = re.match(rf"^{expected}(?:\.|\s|$)\s*(?P<t>.*)$", ln)
        if m:
            flush()
            cur = (i, [m.group("t")])
            expected += 1
        elif re.match(r"^(?:Ditetapkan|ttd|LAMPIRAN\b|MENTERI\b|KEPALA\b|KETUA\b)", ln):
            flush()
            columns = None
        elif cur is not None:
            cur[1].append(ln)
    flush()
    if not seen_header:
        warnings.append(
            Warning_(
                code="lampiran-no-table",
                message="the Lampiran has no recognisable table header row (were its lines joined?)",
                location=_loc(text, start),
            )
        )
    return rows, warnings


def parse_joint_decree(text: CleanText) -> Document:
    """A Keputusan Bersama as a Document: identity, Menimbang/Mengingat, diktum, Lampiran table rows."""
    numbers, authorities, judul, after_head = _identity(text)
    nomor, tahun = numbers[0]
    assert tahun is not None  # _identity guarantees the first number has a year
    doc_id = doc_id_for("kb", nomor, tahun)
    b = _Builder(doc_id, text)
    end = _preamble_and_diktum(text, after_head, b)
    if not any(p["level"] == "diktum" for p in b.provs.values()):
        raise IngestError(text.file, "joint decree without diktum (KESATU, KEDUA …)", line=after_head + 1)
    body_tail = " ".join(text.lines[end : end + 6])
    m_date = re.search(r"Ditetapkan\s+di\s+\w+.*?tanggal\s+(\d{1,2}\s+\w+\s+\d{4})", body_tail, re.I)
    lampiran_at = next(
        (i for i in range(end, len(text.lines)) if text.lines[i].strip().startswith("LAMPIRAN")), None
    )
    rows, warnings = _tables(doc_id, text, lampiran_at) if lampiran_at is not None else ([], [])
    return Document(
        id=doc_id,
        kind="joint_decree",
        jenis="kb",
        nomor=nomor,
        tahun=tahun,
        title=f"Keputusan Bersama Nomor {nomor} Tahun {tahun}",
        judul=judul,
        ditetapkan=parse_date(m_date.group(1)) if m_date else None,
        provisions=b.provisions(),
        lampiran="\n".join(text.lines[lampiran_at:]) if lampiran_at is not None else None,
        table_rows=tuple(rows),
        metadata={
            "nomor_semua": "; ".join(
                f"{n}" + (f" Tahun {y}" if y and not n.endswith(str(y)) else "") for n, y in numbers
            ),
            "penetap": authorities,
        },
        source=SourceLocation(file=text.file),
        warnings=tuple(warnings),
    )
