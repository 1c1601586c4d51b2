"""Typed records that ingest produces and the rest of the system reads.

Every record is a frozen pydantic model so it round-trips through JSON in the store
unchanged. Identifiers are readable paths: a document is ``{jenis}-{nomor}-{tahun}``
(``pp-94-2021``); a provision is its path below the document
(``pp-94-2021/pasal-5/huruf-n/angka-1``). Structural containers (Buku, BAB, Bagian, Paragraf)
get ids too (``pp-94-2021/bab-2/bagian-1``, ``uu-7-2017/buku-2/bab-1``) but are *not* part of a
Pasal's id, because people cite "Pasal 5", never "BAB II Pasal 5".
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Level = Literal[
    "buku",  # an act in books (UU 7/2017): BAB numbering restarts in each Buku
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
    # OCR damage seen in the heading: "suspect" (shown as read), "corrected" (from the Penjelasan or the
    # table of contents; heading_as_read keeps what the OCR gave).
    heading_ocr: Literal["suspect", "corrected"] | None = None
    heading_as_read: str | None = None
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


# -- norms extracted from the text (the ``norms`` stage, ``ingest/norms.py``) ----------------------
NormKind = Literal["obligation", "prohibition", "permission", "power", "definition"]
SanctionRegime = Literal["criminal", "administrative", "disciplinary", "ethical"]
SanctionLevel = Literal["ringan", "sedang", "berat"]
PenaltyKind = Literal[
    "imprisonment",  # pidana penjara
    "kurungan",  # pidana kurungan
    "fine",  # denda only
    "imprisonment-and-fine",  # penjara/kurungan and/or denda
    "disciplinary",  # hukuman disiplin
    "administrative",  # sanksi administratif
    "dismissal",  # pemberhentian
    "disqualification",  # pembatalan sebagai calon
    "ethical",  # sanksi moral / etik
    "other",
]


class ExtractedNorm(_Frozen):
    """A norm read from a provision's wording: who must, must not, may or is empowered to do what.

    ``act`` is the slice ``text[act_start:act_end]`` of the provision's own text, never re-typed.
    A lead-in ("PNS dilarang:") distributes to each huruf/angka below it, each its own norm with
    the lead-in's subject and marker.
    """

    # "norm:{provision}"; a second norm on the same provision "norm:{provision}.2"; a norm in an
    # amending act's new wording "norm:{provision}.{amending act}" (ids stay IRI-safe).
    id: str
    doc_id: str  # the document the norm belongs to (for amending acts: the amended act)
    kind: NormKind
    provision: str  # the finest provision that states it
    addressees: tuple[str, ...] = ()  # ids of ingest.actors.ACTORS, or ("unknown",)
    act: str = ""
    act_start: int = 0
    act_end: int = 0
    marker: str = ""  # the deontic word as written: "dilarang", "wajib", "dapat", "adalah" …
    conditions: tuple[str, ...] = ()  # period words as written: "selama masa kampanye", "sebelum" …
    negated: bool = False  # "tidak wajib", "tidak dilarang"
    sanction_provisions: tuple[str, ...] = ()  # consequence provisions whose sanction links reach it
    source: Literal["extracted"] = "extracted"
    confidence: float = 0.0
    amended_by: str | None = None  # set when the norm sits in an amending act's replacement text
    effective: date | None = None  # from when that amended wording applies


class SanctionLink(_Frozen):
    """A consequence provision and the norms it reaches, with the penalty it sets."""

    provision: str  # the consequence provision ("Pasal 188", "Pasal 14 huruf i")
    doc_id: str
    regime: SanctionRegime
    level: SanctionLevel | None = None  # for disciplinary penalties
    penalty: PenaltyKind = "other"
    prison_min_months: int | None = None
    prison_max_months: int | None = None
    kurungan_min_months: int | None = None
    kurungan_max_months: int | None = None
    fine_min: int | None = None  # rupiah
    fine_max: int | None = None  # rupiah
    targets: tuple[str, ...] = ()  # provisions it reaches, resolved through Document.references
    norms: tuple[str, ...] = ()  # ids of the extracted norms at (or under) those provisions
    reference_texts: tuple[str, ...] = ()  # the "sebagaimana dimaksud dalam …" spans as written
    unresolved: str | None = None  # why no target could be found (never linked to a guess)


class PowerRecord(_Frozen):
    """An institution's power as the text grants it: who, which verb, over what, where."""

    provision: str
    doc_id: str
    institution: str  # the institution as named, normalised to lower case single spaces
    actor: str = "unknown"  # its id in ingest.actors.ACTORS where the vocabulary knows it
    verb: str  # "menerima laporan", "memeriksa", "merekomendasikan", "memutus" … as written
    object: str = ""  # the rest of the clause, a slice of the provision's text
    object_start: int = 0


class Definition(_Frozen):
    """A term defined in a Pasal 1 angka ("X adalah …")."""

    term: str  # as written, without its abbreviation clause
    provision: str  # the Pasal 1 angka
    doc_id: str
    abbreviation: str | None = None  # "yang selanjutnya disingkat PNS" -> "PNS"
    definiens_start: int = 0  # where the meaning starts in the provision's text


# -- court decisions (``ingest/decision.py``) ------------------------------------------------------
# Parties are kept by role only: a decision's names (parties, counsel, judges) are never stored.
DecisionOutcome = Literal[
    "granted",  # MK: "Mengabulkan permohonan … untuk seluruhnya"
    "granted_in_part",  # MK: "… untuk sebagian"
    "rejected",  # "Menolak permohonan"
    "not_accepted",  # "permohonan … tidak dapat diterima" (niet ontvankelijk)
    "guilty",  # criminal: "terbukti secara sah dan meyakinkan bersalah"
    "acquitted",  # "Membebaskan Terdakwa" (vrijspraak)
    "released",  # "Melepaskan Terdakwa dari segala tuntutan hukum" (ontslag)
    "unknown",
]
ProvisionOutcome = Literal[
    "struck_down",  # bertentangan dengan UUD 1945 dan tidak mempunyai kekuatan hukum mengikat
    "conditionally_unconstitutional",  # … sepanjang tidak dimaknai "…" (inkonstitusional bersyarat)
    "conditionally_constitutional",  # tidak bertentangan … sepanjang dimaknai "…" (konstitusional bersyarat)
    "rejected",
    "not_accepted",
]


class DecisionParty(_Frozen):
    """A party of a decision by role ("Pemohon I", "Terdakwa", "Penuntut Umum"), never by name."""

    role: str
    capacity: str | None = None  # the occupation or office the decision gives ("Pegawai Negeri Sipil")


class CitedProvision(_Frozen):
    """A provision a decision tests or charges: the span as written and the id it resolves to."""

    text: str
    target: str | None
    resolved: bool
    reason: str | None = None  # why it is unresolved (never a guessed target)


class ProvisionRuling(_Frozen):
    """What the Court held on one tested provision."""

    provision: CitedProvision
    outcome: ProvisionOutcome
    reading: str | None = None  # the Court's reading as written: 'sepanjang tidak dimaknai "…"'
    deadline: str | None = None  # as written: "paling lama 2 (dua) tahun sejak putusan ini diucapkan"
    item: int | None = None  # the amar item that holds it


class Duration(_Frozen):
    """A length of time as a sentence states it ("3 (tiga) bulan")."""

    years: int = 0
    months: int = 0
    days: int = 0
    text: str


class CriminalSentence(_Frozen):
    """The sentence of a criminal judgment."""

    kind: Literal["penjara", "kurungan"] | None = None
    length: Duration | None = None
    probation: Duration | None = None  # masa percobaan: the sentence need not be served unless …
    fine: int | None = None  # rupiah
    default_kind: Literal["kurungan", "penjara"] | None = None  # what replaces an unpaid fine
    default_length: Duration | None = None
    offence: str | None = None  # the offence as the amar names it


class Appeal(_Frozen):
    """An appellate decision's relation to the decision appealed."""

    appealed_by: tuple[str, ...] = ()  # roles: "Penuntut Umum", "Terdakwa"
    of_decision: str | None = None  # id of the decision appealed
    result: Literal["upheld", "overturned", "modified"] | None = None


class Decision(_Frozen):
    """A court decision read from its text: court, number, dates, parties by role, provisions and ruling."""

    court: str  # id prefix: "mk", "pn-slk", "pt-pdg", "ma"
    court_name: str  # "Mahkamah Konstitusi", "Pengadilan Negeri Solok"
    number: str  # as written: "41/PUU-XII/2014", "23/Pid.Sus/2024/PN Slk"
    case_type: Literal["judicial_review", "criminal", "other"]
    reviewed_act: str | None = None  # MK: the act under review ("uu-5-2014")
    decided: date | None = None  # the judges' deliberation (diputus)
    read: date | None = None  # read in open court (diucapkan): from this day it binds
    parties: tuple[DecisionParty, ...] = ()
    provisions: tuple[CitedProvision, ...] = ()  # tested (MK) or charged (criminal)
    outcome: DecisionOutcome = "unknown"
    rulings: tuple[ProvisionRuling, ...] = ()
    sentence: CriminalSentence | None = None
    appeal: Appeal | None = None
    amar: tuple[str, ...] = ()  # the amar items, party names replaced by their roles


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
    decision: Decision | None = None  # for a court decision (kind "text" until the graph knows decisions)
    # Filled by the norms stage; empty for documents ingested before it existed.
    norms: tuple[ExtractedNorm, ...] = ()
    sanction_links: tuple[SanctionLink, ...] = ()
    powers: tuple[PowerRecord, ...] = ()
    definitions: tuple[Definition, ...] = ()

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
