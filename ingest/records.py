"""Typed records that ingest produces and the rest of the system reads.

Every record is a frozen pydantic model so it round-trips through JSON in the store
unchanged. Identifiers are readable paths: a document is ``{jenis}-{nomor}-{tahun}``
(``pp-94-2021``); a provision is its path below the document
(``pp-94-2021/pasal-5/huruf-n/angka-1``). Structural containers (BAB, Bagian, Paragraf)
get ids too (``pp-94-2021/bab-2/bagian-1``) but are *not* part of a Pasal's id, because
people cite "Pasal 5", never "BAB II Pasal 5".
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Level = Literal[
    "bab",
    "bagian",
    "paragraf",
    "pasal",
    "ayat",
    "huruf",
    "angka",
    "menimbang",  # one consideration "a." of the Menimbang
    "mengingat",  # one legal basis "1." of the Mengingat
    "diktum",  # KESATU, KEDUA … of a decree
    "lampiran",
    "section",  # a section of a journal article
]

DocumentKind = Literal["regulation", "amending_act", "joint_decree", "article", "beir", "text"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SourceLocation(_Frozen):
    """Where a piece of text came from: the file and, where known, page and line (1-based)."""

    file: str
    page: int | None = None
    line: int | None = None


class CleanText(_Frozen):
    """A file's text after cleaning: one entry per line, with the page each line came from."""

    file: str
    lines: tuple[str, ...]
    pages: tuple[int, ...]  # 1-based page of each line; 1 throughout for plain-text files

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class Provision(_Frozen):
    """One node of a document's structure: BAB … Pasal, ayat, huruf, angka, diktum, section."""

    id: str
    doc_id: str
    level: Level
    number: str  # "5", "187A", "2" (ayat), "n" (huruf), "1" (angka), "kesatu" (diktum), "II" (bab)
    label: str  # as people cite it: "Pasal 5", "ayat (2)", "huruf n", "angka 1", "BAB II"
    heading: str | None = None  # BAB/Bagian/Paragraf title, or a Pasal heading where the text has one
    text: str = ""  # this node's own words (lead-in/chapeau); children hold the rest
    parent: str | None = None  # structural parent id (a Pasal's parent may be a BAB); None = top level
    children: tuple[str, ...] = ()  # ids, in document order
    penjelasan: str | None = None  # the Penjelasan Pasal demi Pasal that explains this node
    source: SourceLocation | None = None
    # For provisions whose text comes from an amending act (see Amendment.new_provisions):
    amended_by: str | None = None  # doc id of the amending act


ReferenceKind = Literal[
    "internal",  # to a provision of the same document
    "external",  # to another document or a provision of it
    "repeal",  # this document repeals the target ("… dicabut dan dinyatakan tidak berlaku")
    "commencement",  # "mulai berlaku pada tanggal diundangkan"; target is the document itself
    "amends",  # an amending act's instruction targets this provision
    "legal_basis",  # an item of Mengingat
]


class Reference(_Frozen):
    """A citation found in a provision's text."""

    source: str  # provision id (or document id for the preamble)
    target: str | None  # resolved id, or None when unresolved
    text: str  # the exact span as written
    kind: ReferenceKind
    resolved: bool
    reason: str | None = None  # why it is unresolved (never guess a target)
    start: int | None = None  # character offset of the span in the source provision's text
    effective: date | None = None  # for commencement: the date it takes effect, where stated


AmendmentKind = Literal["replace", "insert", "delete"]


class Amendment(_Frozen):
    """One numbered instruction of an amending act's Pasal I."""

    id: str  # e.g. "uu-10-2016/pasal-i/angka-26"
    amending_doc: str  # "uu-10-2016"
    target_doc: str  # "uu-1-2015"
    target: str  # provision id in the target document, "uu-1-2015/pasal-70"
    kind: AmendmentKind
    instruction: str  # the instruction sentence, e.g. "Ketentuan Pasal 70 diubah sehingga berbunyi"
    new_text: str = ""  # full new wording (empty for delete)
    # The new wording parsed into provisions with ids in the *target* document's namespace,
    # each carrying amended_by=amending_doc, so versions can be consolidated by date.
    new_provisions: tuple[Provision, ...] = ()
    position_after: str | None = None  # for insert: the provision it follows
    effective: date | None = None  # when it takes effect (usually the amending act's diundangkan)


class TableRow(_Frozen):
    """A row of a Lampiran table (e.g. the SKB's list of violations and sanctions)."""

    table: str  # table id, e.g. "skb-2-2022/lampiran/tabel-1"
    row: int
    cells: dict[str, str]
    source: SourceLocation | None = None


class Footnote(_Frozen):
    """A footnote of a journal article and what it cites."""

    number: int
    text: str
    cites: tuple[str, ...] = ()  # resolved document/provision ids
    unresolved: tuple[str, ...] = ()  # cited spans we could not resolve


class Warning_(_Frozen):
    """Something ingest noticed but could continue past."""

    code: str  # short machine code, e.g. "unparsed-line", "no-penjelasan-target"
    message: str
    location: SourceLocation | None = None


class Document(_Frozen):
    """A parsed document: a regulation, an amending act, a joint decree, a journal article …"""

    schema_version: int = SCHEMA_VERSION
    id: str
    kind: DocumentKind
    jenis: str | None = None  # "uu", "pp", "perppu", "perpres", "permen…", "perbawaslu", "kb" …
    nomor: str | None = None
    tahun: int | None = None
    title: str  # as people name it: "Peraturan Pemerintah Nomor 94 Tahun 2021"
    judul: str | None = None  # the "tentang …" part
    ditetapkan: date | None = None
    diundangkan: date | None = None
    ln: str | None = None  # "LN 2021/202"
    tln: str | None = None  # "TLN 6718"
    provisions: tuple[Provision, ...] = ()  # every node, in document order (parents before children)
    references: tuple[Reference, ...] = ()
    amendments: tuple[Amendment, ...] = ()
    body: str | None = None  # the whole text of an unstructured document (a BEIR line, a plain note)
    penjelasan_umum: str | None = None
    lampiran: str | None = None
    table_rows: tuple[TableRow, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    authors: tuple[str, ...] = ()  # for articles
    metadata: dict[str, str] = Field(default_factory=dict)
    source: SourceLocation
    warnings: tuple[Warning_, ...] = ()

    def provision(self, pid: str) -> Provision | None:
        """The provision with this id, or None."""
        for p in self.provisions:
            if p.id == pid:
                return p
        return None

    def subtree(self, pid: str) -> list[Provision]:
        """The provision and all its descendants, in document order."""
        by_id = {p.id: p for p in self.provisions}
        out: list[Provision] = []

        def walk(node_id: str) -> None:
            node = by_id.get(node_id)
            if node is None:
                return
            out.append(node)
            for child in node.children:
                walk(child)

        walk(pid)
        return out

    def full_text(self, pid: str) -> str:
        """The words of a provision with everything below it, each node prefixed by its marker."""
        lines = []
        for node in self.subtree(pid):
            marker = {"ayat": f"({node.number})", "huruf": f"{node.number}.", "angka": f"{node.number}."}.get(
                node.level, ""
            )
            words = node.text.strip()
            if words or marker:
                lines.append(f"{marker} {words}".strip())
        return "\n".join(lines)

    def count_by_level(self) -> dict[str, int]:
        """How many provisions at each level."""
        counts: dict[str, int] = {}
        for p in self.provisions:
            counts[p.level] = counts.get(p.level, 0) + 1
        return counts


class IngestError(Exception):
    """A file that cannot be ingested; the message names the file and, where known, the place."""

    def __init__(self, file: str, message: str, page: int | None = None, line: int | None = None):
        where = file + (f", page {page}" if page else "") + (f", line {line}" if line else "")
        super().__init__(f"{where}: {message}")
        self.file, self.page, self.line, self.reason = file, page, line, message
