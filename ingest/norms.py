"""The norms stage: obligations, prohibitions, permissions, powers, definitions and sanction links.

Indonesian statutes follow one drafting form (Lampiran II of UU 12/2011): "dilarang" prohibits,
"wajib"/"harus" obliges, "dapat"/"berhak" permits, "berwenang"/"bertugas" empowers, Pasal 1 defines
("X adalah …"), and consequence provisions name the norms they sanction through "sebagaimana
dimaksud dalam …" references. This stage reads that form with rules, so every result points to the
words it came from: a norm's ``act`` is a slice of its provision's own text, and a sanction link's
targets are references the reference stage already resolved (never re-resolved here, never guessed).

Only the body is read: the Penjelasan is kept on provisions but states no norm of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ingest.actors import UNKNOWN, actor_id, actor_spans, actors_in, local_forms
from ingest.records import (
    Definition,
    Document,
    ExtractedNorm,
    PowerRecord,
    Provision,
    Reference,
    SanctionLink,
    Warning_,
)

_NORM_LEVELS = {"pasal", "ayat", "huruf", "angka", "diktum"}

# OCR splits words ("di larang", "wa jib") and misreads letters ("wqiib"); the patterns allow both.
_MARKERS: tuple[tuple[str, str], ...] = (
    ("prohibition", r"di\s?-?\s?larang|tidak\s+(?:boleh|diperbolehkan|diperkenankan|diizinkan)"),
    # "Wajib Pajak", "Wajib Pungut" are people (taxpayer, collector), not a duty.
    (
        "obligation",
        r"w[aq]\s?[ji][ij]?\s?b(?!\s+(?:pajak|pungut|retribusi|bayar|lapor|daftar|militer)\b)|"
        r"diwajibkan|berkewajiban|harus",
    ),
    ("power", r"berwenang|berkewenangan|bertugas|(?:mempunyai|memiliki)\s+(?:tugas|wewenang|kewenangan)"),
    ("permission", r"dapat|berhak|boleh|diperbolehkan|diperkenankan|diizinkan"),
)
# A digit may stand before a marker: OCR glues a page fragment to it ("(21tidak boleh").
_MARKER_RE = re.compile(
    "|".join(rf"(?P<{kind}>(?<![A-Za-z-])(?:{pat})(?![\w-]))" for kind, pat in _MARKERS), re.IGNORECASE
)
_NEGATION_RE = re.compile(r"(?:tidak|bukan)\s+$", re.IGNORECASE)
_RELATIVE_RE = re.compile(r"(?<![\w-])yang(?:\s+tidak)?\s+$", re.IGNORECASE)
_LEAD_IN_RE = re.compile(r":\s*$")
_DEFINITION_RE = re.compile(
    r"^\s*(?P<term>[^.;:]{1,200}?)\s*[,]?\s+(?P<copula>adalah|yaitu|ialah|merupakan)\s", re.I
)
_ABBREV_RE = re.compile(
    r",?\s*(?:yang\s+)?selanjutnya\s+(?:disingkat|disebut|dalam\s+\S+\s+ini\s+disebut)(?:\s+dengan)?\s+(?P<abbr>.+)$",
    re.IGNORECASE,
)
# "Izin Usaha Perikanan (IUP) adalah …": the short name in brackets.
_PAREN_ABBREV_RE = re.compile(r"\s*\((?P<abbr>[A-Z][\w./-]{0,19})\)\s*$")
_DEFINES_RE = re.compile(r"yang\s+dimaksud\s+dengan", re.IGNORECASE)
_PRINCIPLES_RE = re.compile(r"\basas\s*:\s*$|\bberasaskan\s*:?\s*$", re.IGNORECASE)
_PROHIBITED_CHAPTER_RE = re.compile(r"perbuatan\s+yang\s+dilarang|^\s*larangan\s*$", re.IGNORECASE)
_CONDUCT_RE = re.compile(
    r"^\s*(?P<subject>[^,;:]{3,80}?)\s+(?P<act>(?:dengan\s+sengaja|tanpa\s+hak|secara\s+melawan\s+hukum)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)
# "Pidana yang sama diterapkan kepada pemilih yang dengan sengaja … menerima …": a penal clause that gives
# another's penalty to one more person names, in doing so, a conduct barred to him.
_SAME_PENALTY_RE = re.compile(
    r"^\s*pidana\s+yang\s+sama\s+(?:diterapkan|dikenakan|berlaku)\s+(?:kepada|bagi|terhadap)\s+"
    r"(?P<subject>[^,;:]{3,80}?)\s+yang\s+(?P<act>(?:dengan\s+sengaja|tanpa\s+hak|secara\s+melawan\s+hukum)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)
_DISMISSAL_LEAD_RE = re.compile(
    r"(?:diberhentikan|(?:pemutusan\s+hubungan\s+perjanjian\s+kerja|pemberhentian)\b.{0,60}?dilakukan)\s+"
    r"tidak\s+dengan\s+hormat\s+(?:karena|apabila|jika)\s*:?\s*$",
    re.I,
)
# "PNS diberhentikan … karena melakukan pelanggaran disiplin tingkat berat": the conduct is barred.
_DISMISSAL_GROUND_RE = re.compile(
    r"^(?P<subject>.{1,80}?)\s+diberhentikan\s+(?:tidak\s+)?dengan\s+hormat\b[^:;]*?\s+karena\s+"
    r"(?P<act>melakukan\s+[^:;]+?)[.;]?\s*$",
    re.I,
)
# Clauses that open a sentence before its subject ("Dalam hal …, PNS wajib …").
_OPENING_RE = re.compile(
    r"^\s*(?:dalam\s+hal|apabila|jika|selain|untuk|dalam|sebelum|selama|setelah|sejak|pada\s+saat|atas)\b",
    re.I,
)
_SENTENCE_RE = re.compile(r"(?<=[.;])\s+(?=[A-Z(])")
_PERIOD_RE = re.compile(
    r"(?<![\w-])(?:sebelum,\s+selama,\s+dan\s+sesudah|selama|sebelum|sesudah|setelah|sejak|paling\s+lambat|"
    r"dalam\s+jangka\s+waktu|terhitung|sampai\s+dengan)(?![\w-])[^,;.:]{0,80}",
    re.IGNORECASE,
)
_RANGE_WORD_RE = re.compile(r"^sampai\s+dengan\s+(?:pasal|ayat|huruf|angka)\b", re.IGNORECASE)

# -- sanctions ---------------------------------------------------------------------------------
_CONSEQUENCE_RE = re.compile(
    r"(?<![\w-])(?:dipidana|diancam\s+(?:dengan\s+)?pidana|dikenai|dikenakan|dijatuhi|dijatuhkan|"
    r"diberhentikan\s+(?:tidak\s+)?dengan\s+hormat|dibatalkan\s+sebagai|diberi\s+sanksi|diberikan\s+sanksi|"
    r"(?:menjatuhkan|mengenakan|menetapkan)\s+sanksi|dicabut\s+(?:status|izin|hak)\w*|(?:dikategorikan|dinyatakan)\s+sebagai\s+pemberhentian\s+tidak\s+dengan\s+hormat)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_SANCTION_WORD_RE = re.compile(
    r"pidana|sanksi|hukuman\s+disiplin|diberhentikan|pemberhentian|pembatalan|dibatalkan|teguran|denda|"
    r"dicabut\s+(?:status|izin|hak)",
    re.IGNORECASE,
)
# "… dijatuhkan bagi PNS yang melanggar …": the violation follows the consequence verb.
_VIOLATION_AFTER_RE = re.compile(
    r"(?:dijatuhkan|dikenakan|dikenai|diberikan|diterapkan)\s+(?:bagi|kepada|terhadap)\b|"
    r"(?:menjatuhkan|mengenakan|memberikan|menetapkan)\s+sanksi\b[^.;]{0,60}?(?:bagi|kepada|terhadap|atas)\b",
    re.I,
)
_LEVEL_RE = re.compile(r"hukuman\s+disiplin\s+(?:tingkat\s+)?(?P<level>ringan|sedang|berat)", re.IGNORECASE)
_DISCIPLINE_LEVEL_RE = re.compile(
    r"pelanggaran\s+disiplin\s+(?:tingkat\s+)?(?P<level>ringan|sedang|berat)", re.I
)
_DURATION = r"(?P<{g}>\d+)\s*(?:\([^)]*\)\s*)?(?P<{g}u>tahun|bulan|hari)"
_PRISON_MAX_RE = re.compile(r"paling\s+lama\s+" + _DURATION.format(g="n"), re.IGNORECASE)
_PRISON_MIN_RE = re.compile(r"paling\s+singkat\s+" + _DURATION.format(g="n"), re.IGNORECASE)
_MONEY = r"Rp\.?\s*(?P<amount>[\d.]+)(?:,\d{2})?"
_FINE_MAX_RE = re.compile(r"paling\s+banyak\s+" + _MONEY, re.IGNORECASE)
_FINE_MIN_RE = re.compile(r"paling\s+sedikit\s+" + _MONEY, re.IGNORECASE)
_REFERENCE_CUE_RE = re.compile(r"sebagaimana\s+dimaksud|ketentuan\s+pasal|melanggar\s+pasal", re.IGNORECASE)

# -- powers ------------------------------------------------------------------------------------
_INSTITUTION_WORD_RE = re.compile(
    r"(?<![\w-])(?:badan|komisi|lembaga|menteri|kementerian|kepala|pengadilan|mahkamah|bawaslu|kpu|dewan|"
    r"pejabat|tim|panitia|panwas\w*|majelis|presiden|gubernur|bupati|walikota|wali\s+kota|pemerintah|"
    r"direktur|sekretaris|inspektorat|ombudsman|kepolisian|kejaksaan|jaksa|penyidik|pengawas|atasan|"
    r"ppk|pybmh|kasn|bkn|instansi|otoritas|unit|dprd|dpr|hakim|camat|lurah|biro|rups|rapat\s+umum)(?![\w-])",
    re.IGNORECASE,
)
_TWO_WORD_VERBS = {"menerima", "memberikan", "memberi", "mengajukan", "melakukan", "membuat", "menetapkan"}


@dataclass
class NormSet:
    """What the stage found in one document."""

    norms: list[ExtractedNorm] = field(default_factory=list)
    sanction_links: list[SanctionLink] = field(default_factory=list)
    powers: list[PowerRecord] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)


@dataclass(frozen=True)
class _Lead:
    """A lead-in's deontic frame, handed down to the huruf/angka under it."""

    kind: str
    addressees: tuple[str, ...]
    marker: str
    negated: bool
    confidence: float
    conditions: tuple[str, ...]


@dataclass
class _Scope:
    """The provisions one extraction pass reads, with the references and version they carry."""

    doc_id: str  # namespace of the provision ids
    provisions: list[Provision]
    references: list[Reference]
    amended_by: str | None = None
    effective: object = None
    suffix: str = ""  # appended to norm ids so an amended wording does not collide with the original


def _clean(text: str) -> str:
    return " ".join(text.split())


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past spaces and the list glue at its end ("; dan", "; atau", ".")."""
    piece = text[start:end]
    m = re.search(r"(?:\s*[;,.]?\s*(?:dan/atau|dan|atau)?\s*[;:.,]?\s*)$", piece)
    if m and m.start() > 0:
        end = start + m.start()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _conditions(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for m in _PERIOD_RE.finditer(text):
        words = m.group(0)
        if m.end() < len(text) and text[m.end()].isalnum():
            words = words.rsplit(" ", 1)[0]  # cut at the length cap: drop the broken last word
        words = _clean(words).rstrip(" ,;")
        if _RANGE_WORD_RE.match(words):
            continue
        if words and words not in out:
            out.append(words)
    return tuple(out)


_COORDINATION_RE = re.compile(
    r"^\s*(?:,|/|,?\s*(?:dan/atau|dan|atau|serta|bersama-sama(?:\s+dengan)?))\s*$", re.IGNORECASE
)
# "Penyidik Kepolisian Negara Republik Indonesia": a role held by members of the force, who are bound too.
_MEMBERSHIP = {"anggota-polri", "anggota-tni"}


def _head(phrase: str) -> str:
    # The subject is the head noun phrase; a relative clause ("PNS yang …") does not change it.
    return re.split(r"(?<![\w-])yang(?![\w-])", phrase, maxsplit=1)[0]


def _actor_only(part: str) -> bool:
    rest = part
    for a, b, _ in reversed(actor_spans(part)):
        rest = rest[:a] + rest[b:]
    words = re.sub(r"(?<![\w-])(?:dan/atau|dan|atau|serta)(?![\w-])|[,/]", " ", rest).split()
    return len(words) <= 3 and bool(actor_spans(part))


_LEADING_RE = re.compile(
    r"\s*(?:(?:setiap|tiap|para|seluruh|semua|masing-masing|anggota|pimpinan|ketua|wakil|bakal|penyelenggara|"
    r"dan|atau)\s+)*",
    re.IGNORECASE,
)


def _head_actors(part: str) -> list[str]:
    """Coordinated actors that start the part's head noun phrase, before any relative clause
    ("Pejabat yang Berwenang Menghukum" is one actor even though it contains "yang"). An actor that
    only qualifies another head noun names nobody bound: "Saksi pasangan calon" is a witness."""
    cut = len(_head(part))
    spans = [sp for sp in actor_spans(part) if sp[0] < cut]
    opening = _OPENING_RE.match(part)  # an opening clause without its comma hides where the head starts
    if spans and not opening and spans[0][0] > _LEADING_RE.match(part).end():  # type: ignore[union-attr]
        return []
    out: list[str] = []
    prev_end = None
    for start, end, actor in spans:
        gap = part[prev_end:start] if prev_end is not None else ""
        if prev_end is not None and not _COORDINATION_RE.match(gap):
            if not (actor in _MEMBERSHIP and not gap.strip()):
                break
        if actor not in out:
            out.append(actor)
        prev_end = end
    return out


_CONJUNCT_SPLIT_RE = re.compile(
    r"\s*,?\s*(?<![\w-])(?:dan/atau|dan|atau|serta|bersama-sama(?:\s+dengan)?)(?![\w-])\s*|\s*,\s*",
    re.IGNORECASE,
)
# A conjunct that names a role the vocabulary lacks: an agent noun ("pendiri", "pemegang hak",
# "pengguna"), a "-wan" person, or a kind of body. Things ("Barang", "hewan") and nominalised acts
# ("penggunaan") are not bound by a norm.
_ROLE_NOUN_RE = re.compile(
    r"^(?:pe\w+(?<!an)|\w+wan|\w+wati|pihak|orang|badan|lembaga|organisasi|komisi|tim|biro|kelompok|ahli|"
    r"saksi|warga|majelis|dewan|panitia|satuan|perseorangan|perorangan)$",
    re.IGNORECASE,
)
_NOT_A_ROLE = {"perkara", "perintah", "peristiwa", "penyakit", "pesawat", "pemilu", "perangkat", "pesan"}


def _conjunct_actors(head: str) -> list[str] | None:
    """For a coordinated subject in which some conjunct names a role outside the vocabulary
    ("Pemegang hak atas tanah, atau pemakai tanah negara, atau masyarakat …"), its known actors with
    ``unknown`` for the others; None when every conjunct is known or none is (the other rules decide).
    A lone noun before a shared tail is completed by it: "Penyelenggara dan Pengguna Sistem Elektronik"."""
    inside = [(a, b) for a, b, _ in actor_spans(head)]  # "Badan dan/atau Pejabat Pemerintahan" is one actor
    parts, pos = [], 0
    for sep in _CONJUNCT_SPLIT_RE.finditer(head):
        if not any(a <= sep.start() < b for a, b in inside):
            parts.append(head[pos : sep.start()])
            pos = sep.end()
    parts = [x for x in [*parts, head[pos:]] if x.strip()]
    if len(parts) < 2:
        return None
    out: list[str] = []
    for i, part in enumerate(parts):
        core = part[_LEADING_RE.match(part).end() :]  # type: ignore[union-attr]
        words = core.split()
        spans = [sp for sp in actor_spans(core) if sp[0] == 0]
        if not spans and len(words) == 1 and i + 1 < len(parts):
            spans = [sp for sp in actor_spans(" ".join(words + parts[i + 1].split()[1:])) if sp[0] == 0]
        if spans:
            out.append(spans[0][2])
        elif words and _ROLE_NOUN_RE.match(words[0]) and words[0].lower() not in _NOT_A_ROLE:
            out.append(UNKNOWN)
        else:
            break  # the coordination of roles has ended ("… dan mereka semua bertanggung jawab")
    out = list(dict.fromkeys(out))
    return out if UNKNOWN in out and len(out) > 1 else None


def _subject_actors(before: str) -> tuple[str, ...]:
    """The actors named as the subject of a clause, from the words before its marker.

    A sentence that opens with its subject keeps it, with any actor-only parts listed after it
    ("Pejabat negara, pejabat ASN, dan Kepala Desa dilarang"), even when a relative clause with
    commas follows ("PNS yang … gubernur, bupati, … wajib"). A sentence that opens with a clause
    ("Dalam hal …, PNS wajib"; "Terhadap mogok kerja …, pengusaha dilarang") takes the last part
    that names an actor, with the actor-only parts before it.
    """
    subject = re.split(r"(?<![\w-])maka(?![\w-])", before)[-1]  # "Dalam hal …, maka X dapat …"
    if not _OPENING_RE.match(subject):
        coordinated = _conjunct_actors(_head(subject))
        if coordinated:
            return tuple(coordinated)
    parts = subject.split(",")
    if not _OPENING_RE.match(parts[0]) and _head_actors(parts[0]):
        last = 0
        while last + 1 < len(parts) and _actor_only(parts[last + 1]):
            last += 1
        if re.search(r"(?<![\w-])yang(?![\w-])", parts[0]):
            last = 0  # the commas after a relative clause belong to it
        return tuple(_head_actors(",".join(parts[: last + 1]))) or (UNKNOWN,)
    chosen = next((i for i in range(len(parts) - 1, -1, -1) if _head_actors(parts[i])), None)
    agent = re.search(r"(?<![\w-])oleh\s+(.+)$", parts[-1], re.IGNORECASE)
    if chosen is None and agent and _head_actors(agent.group(1)):
        return tuple(_head_actors(agent.group(1)))  # "… dilakukan oleh Pemerintah dan dapat …"
    if chosen is None:
        # "… batal demi hukum dan pengusaha wajib …": the subject of a second coordinated clause.
        tail = re.split(r"(?<![\w-])dan(?![\w-])", subject)[-1]
        return tuple(_head_actors(tail)) or (UNKNOWN,)
    first = chosen
    while first > 0 and _actor_only(parts[first - 1]):
        first -= 1
    return tuple(_head_actors(",".join(parts[first : chosen + 1]))) or (UNKNOWN,)


_PASSIVE_RE = re.compile(r"\s*(?:(?:sudah|telah|segera|tetap|untuk)\s+)?di(?!beri\b)[a-z]{3,}", re.IGNORECASE)


def _passive_agent(rest: str) -> tuple[str, ...] | None:
    """For "X wajib dilakukan oleh PNS" the agent is the addressee; a passive without one names none.
    None when the words after the marker are not passive."""
    if not _PASSIVE_RE.match(rest):
        return None
    clause = re.split(r"[;.]", rest, maxsplit=1)[0]
    agent = re.search(r"(?<![\w-])oleh\s+(.+)$", clause, re.IGNORECASE)
    if agent is None:
        return (UNKNOWN,)
    head = _head(agent.group(1))
    return tuple(_conjunct_actors(head) or _head_actors(head) or actors_in(head)) or (UNKNOWN,)


def _sentences(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for piece in _SENTENCE_RE.split(text):
        start = text.find(piece, pos)
        out.append((start, piece))
        pos = start + len(piece)
    return out


_PURPOSE_RE = re.compile(r"(?<![\w-])(?:agar|supaya|sehingga|guna|hingga|bahwa)(?![\w-])", re.IGNORECASE)
# "yang secara potensial dapat …", "yang penggunaannya dapat …": a relative clause, not the main verb.
_NEAR_RELATIVE_RE = re.compile(r"(?<![\w-])yang(?:\s+[a-z][\w/-]*){0,2}\s+$")
# The promulgation formula and a correction of wording state no norm.
_NOT_A_NORM_RE = re.compile(
    r"setiap\s+orang\s+(?:dapat\s+)?mengetahuinya|harus\s+dibaca|dibaca\s+menjadi", re.I
)
# "dapat berupa:", "dapat meliputi" enumerate; "dapat berlaku", "dapat digunakan" describe a thing.
_DESCRIPTIVE_RE = re.compile(
    r"\s*(?:(?:tidak|tetap)\s+)?(?:berupa|berbentuk|meliputi|terdiri|mencakup|berlaku|digunakan|dipergunakan|"
    r"berasal|merupakan|menghasilkan|terjadi|bersifat|menimbulkan|mengakibatkan)\b",
    re.I,
)


def _marker_in(sentence: str) -> re.Match[str] | None:
    """The first deontic marker that governs the sentence (not one in a relative or purpose clause)."""
    if _NOT_A_NORM_RE.search(sentence):
        return None
    for m in _MARKER_RE.finditer(sentence):
        clause = re.split(r"[,;]", sentence[: m.start()])[-1]
        if _RELATIVE_RE.search(sentence[: m.start()]) or _PURPOSE_RE.search(clause):
            continue
        if m.group(0).lower() in ("dapat", "harus") and _NEAR_RELATIVE_RE.search(clause):
            continue
        if m.group(0)[0].isupper() and re.search(r"[A-Z]\w*\s+$", sentence[: m.start()]):
            continue  # part of a name: "Urusan Pemerintahan Wajib"
        if re.search(r"(?<![\w-])urusan(?:\s+pemerintahan)?\s+$", sentence[: m.start()], re.IGNORECASE):
            continue  # "urusan wajib": a class of government affairs
        negated = _NEGATION_RE.search(sentence[: m.start()])
        # The opening condition ends at a comma after the marker; a comma before the marker only joins
        # conditions ("Dalam hal A tidak diadakan, atau B tidak dapat memutus, C batal").
        joined = re.match(r"\s*(?:dan/atau|dan|atau)(?![\w-])", clause, re.IGNORECASE)
        in_condition = "," in sentence[m.end() :] and ("," not in sentence[: m.start()] or joined)
        if negated and _OPENING_RE.match(sentence) and in_condition:
            continue  # inside the opening condition ("Dalam hal X tidak dapat …, Y …")
        if m.group(0).lower() == "dapat" and _DESCRIPTIVE_RE.match(sentence[m.end() :]):
            continue
        return m
    return None


# "Peraturan Daerah … dapat menetapkan sanksi": a delegation to a regulation binds or empowers its maker.
_ISSUER_RE = re.compile(
    r"^\s*(?:peraturan\s+(?P<of>daerah|pemerintah|presiden|menteri|gubernur|bupati|wali\s*kota|kepala\s+daerah)|"
    r"(?P<perda>perda))(?![\w-])",
    re.IGNORECASE,
)
_ISSUERS = {"pemerintah": "pemerintah", "presiden": "presiden", "menteri": "menteri"}


def _issuer(before: str) -> str | None:
    m = _ISSUER_RE.match(before)
    if m is None:
        return None
    return _ISSUERS.get((m.group("of") or "").lower(), "pemerintah-daerah")


# "berhak memperoleh tunjangan": an entitlement to receive, a permission even when an official holds it.
_RECEIVING_RE = re.compile(
    r"\s*(?:untuk\s+)?(?:mendapat\w*|memperoleh|menerima|atas)(?![\w-])", re.IGNORECASE
)


# "Gubernur … dapat ikut dalam kampanye": an office-holder's leave to take part himself (in a campaign, as a
# candidate), a permission like anyone's, not a competence of the office.
_TAKING_PART_RE = re.compile(
    r"\s*(?:ikut(?:\s+serta)?|turut(?:\s+serta)?|mengikuti|berkampanye|mencalonkan\s+diri|menjadi\s+calon)(?![\w-])",
    re.IGNORECASE,
)


def _kind_of(m: re.Match[str], before: str, addressees: tuple[str, ...], after: str = "") -> str:
    kind = next(k for k, _ in _MARKERS if m.group(k))
    # "dapat" said of an institution, organ or official is a power, of anyone else a permission; so is
    # "berhak" when it confers a competence ("RUPS berhak mengambil keputusan"), not an entitlement.
    word = m.group(0).lower()
    if kind == "permission" and _TAKING_PART_RE.match(after):
        return kind
    if kind == "permission" and (word == "dapat" or (word == "berhak" and not _RECEIVING_RE.match(after))):
        institutional = {
            "ppk",
            "pybmh",
            "pemerintah",
            "pemerintah-daerah",
            "menteri",
            "presiden",
            "penyelenggara-pemilu",
            "pejabat",
            "instansi-pemerintah",
            "hakim",
            "penyidik",
            "penuntut-umum",
            "dprd",
            "dpr",
            "camat",
            "lurah",
            "bpjs",
            "direksi",
            "dewan-pengawas",
        }
        subject = re.split(r"[,;]", before)[-1] if "," in before else before
        # "… dikoordinasikan oleh biro hukum dan dapat mengikutsertakan …": the agent goes on acting.
        agent = re.search(r"(?<![\w-])oleh\s+(?P<who>.+?)\s+(?:dan|serta)\s*$", subject, re.IGNORECASE)
        if (
            set(addressees) & institutional
            or _INSTITUTION_WORD_RE.search(_head(subject))
            or (agent and _INSTITUTION_WORD_RE.search(_head(agent.group("who"))))
        ):
            return "power"
    return kind


def _term(m: re.Match[str]) -> tuple[str, str | None]:
    """The defined term of a definition match, and the abbreviation it is given ("… yang selanjutnya
    disingkat PNS")."""
    term, abbr = m.group("term"), None
    am = _ABBREV_RE.search(term) or _PAREN_ABBREV_RE.search(term)
    if am:
        abbr = am.group("abbr").strip(" ,")
        term = term[: am.start()]
    return _clean(term).strip(" ,"), abbr


def _local_actor_forms(scope: _Scope) -> dict[str, str]:
    """Abbreviations of the vocabulary that this text's Pasal 1 spells out as another actor ("PPK" as
    Panitia Pemilihan Kecamatan), mapped to that actor. A spelled-out term that names no actor leaves
    the abbreviation alone: OCR garbles terms ("Dewan Penyakilan Rakyat … disingkat DPR")."""
    forms: dict[str, str] = {}
    for p in scope.provisions:
        if p.id.split("/")[1:2] != ["pasal-1"] or p.level == "pasal":
            continue
        m = _DEFINITION_RE.match(p.text)
        term, abbr = _term(m) if m else ("", None)
        if not term or not abbr or actor_id(abbr) == UNKNOWN:
            continue
        spans = actor_spans(term)
        meant = spans[0][2] if spans and spans[0][0] == 0 else UNKNOWN
        if meant not in (UNKNOWN, actor_id(abbr)):
            forms[abbr] = meant
    # An election law that does not spell "PPK" out (or whose Pasal 1 OCR garbled) still uses it for the
    # district committee: it sits between the KPU and the village (PPS) and polling-station (KPPS) ones.
    if not any(f.lower() == "ppk" for f in forms) and all(
        any(re.search(rf"(?<![\w-]){w}(?![\w-])", p.text) for p in scope.provisions) for w in ("PPS", "KPPS")
    ):
        forms["PPK"] = "penyelenggara-pemilu"
    return forms


class _Extractor:
    def __init__(self, scope: _Scope):
        self.scope = scope
        self.by_id = {p.id: p for p in scope.provisions}
        self.out = NormSet()
        self.consumed: set[str] = set()
        self.per_provision: dict[str, int] = {}

    def _norm_id(self, pid: str) -> str:
        n = self.per_provision.get(pid, 0) + 1
        self.per_provision[pid] = n
        return f"norm:{pid}{'' if n == 1 else f'.{n}'}{self.scope.suffix}"

    def _add(
        self,
        p: Provision,
        kind: str,
        start: int,
        end: int,
        marker: str,
        addressees: Iterable[str],
        negated: bool,
        confidence: float,
        extra_conditions: tuple[str, ...] = (),
    ) -> None:
        start, end = _trim_span(p.text, start, end)
        if end <= start:
            return
        act = p.text[start:end]
        conditions = tuple(dict.fromkeys(extra_conditions + _conditions(act)))
        self.out.norms.append(
            ExtractedNorm(
                id=self._norm_id(p.id),
                doc_id=self.scope.doc_id,
                kind=kind,  # type: ignore[arg-type]
                provision=p.id,
                addressees=tuple(addressees),
                act=act,
                act_start=start,
                act_end=end,
                marker=_clean(marker),
                conditions=conditions,
                negated=negated,
                confidence=confidence,
                amended_by=self.scope.amended_by,
                effective=self.scope.effective,  # type: ignore[arg-type]
            )
        )

    # -- the passes -----------------------------------------------------------------------------
    def run(self) -> NormSet:
        for p in self.scope.provisions:
            if p.level not in _NORM_LEVELS or p.id in self.consumed or not p.text.strip():
                continue
            if self._definition(p):
                continue
            self._deontic(p)
        self._powers()
        return self.out

    def _in_definitions(self, p: Provision) -> bool:
        parent = self.by_id.get(p.parent) if p.parent else None
        pasal_1 = p.id.split("/")[1:2] == ["pasal-1"]
        return (pasal_1 and p.level != "pasal") or bool(parent and _DEFINES_RE.search(parent.text))

    def _definition(self, p: Provision) -> bool:
        if not self._in_definitions(p):
            return False
        m = _DEFINITION_RE.match(p.text)
        if not m:
            return p.id.split("/")[1:2] == ["pasal-1"] and p.level == "angka"  # a deontic word here defines
        term, abbr = _term(m)
        if not term:
            return False
        self.out.definitions.append(
            Definition(
                term=term,
                provision=p.id,
                doc_id=self.scope.doc_id,
                abbreviation=abbr,
                definiens_start=m.end(),
            )
        )
        self._add(p, "definition", m.end(), len(p.text), m.group("copula"), (), False, 0.95)
        return True

    def _deontic(self, p: Provision) -> None:
        text = p.text
        for s_start, sentence in _sentences(text):
            m = _marker_in(sentence)
            if m is None:
                self._implicit_lead(p, sentence) or self._prohibited_conduct(p, s_start, sentence) or (
                    self._dismissal_ground(p, s_start, sentence)
                )
                continue
            before = sentence[: m.start()]
            negated = bool(_NEGATION_RE.search(before))
            if negated:
                before = _NEGATION_RE.sub("", before)
            issuer = _issuer(before)
            addressees = (issuer,) if issuer else _subject_actors(before)
            kind = _kind_of(m, before, addressees, sentence[m.end() :])
            rest_start = s_start + m.end()
            addressees = _passive_agent(text[rest_start:]) or addressees
            confidence = 0.9 if UNKNOWN not in addressees else 0.7
            if m.group(0).lower() == "dapat":
                if re.match(r"\s*di(?!beri\b)\w+", text[rest_start:]):
                    # "PNS tidak dapat dijatuhi … dua kali" forbids; "hanya dapat dijatuhi satu …" binds
                    # to that one; any other "dapat" + passive is a possibility ("dapat dikenai"),
                    # not a permission or power someone holds.
                    if negated:
                        kind, negated = "prohibition", False
                    elif re.search(r"(?<![\w-])hanya\s+$", before, re.IGNORECASE):
                        kind = "obligation"
                    else:
                        continue
                    confidence = 0.5
                else:
                    confidence -= 0.2
            conditions = _conditions(before)
            if _LEAD_IN_RE.search(sentence) and p.children:
                lead = _Lead(kind, addressees, m.group(0), negated, confidence - 0.05, conditions)
                self._distribute(p, lead)
                return
            self._add(
                p,
                kind,
                rest_start,
                s_start + len(sentence),
                m.group(0),
                addressees,
                negated,
                confidence,
                conditions,
            )

    def _under_prohibitions_chapter(self, p: Provision) -> bool:
        node = self.by_id.get(p.parent or "")
        while node is not None:
            if node.heading and _PROHIBITED_CHAPTER_RE.search(node.heading):
                return True
            node = self.by_id.get(node.parent or "")
        return False

    def _prohibited_conduct(self, p: Provision, s_start: int, sentence: str) -> bool:
        """The act barred: "Setiap Orang dengan sengaja dan tanpa hak …" in a chapter headed "Perbuatan
        yang Dilarang", or, anywhere, "Pidana yang sama diterapkan kepada pemilih yang dengan sengaja …"."""
        if p.children:
            return False
        m, marker = _CONDUCT_RE.match(sentence), "perbuatan yang dilarang"
        if m is None or not self._under_prohibitions_chapter(p):
            m, marker = _SAME_PENALTY_RE.match(sentence), "pidana yang sama"
        if m is None:
            return False
        addressees = _subject_actors(m.group("subject"))
        self._add(
            p,
            "prohibition",
            s_start + m.start("act"),
            s_start + len(sentence),
            marker,
            addressees,
            False,
            0.7,
        )
        return True

    def _dismissal_ground(self, p: Provision, s_start: int, sentence: str) -> bool:
        m = _DISMISSAL_GROUND_RE.match(sentence)
        if m is None or p.children:
            return False
        self._add(
            p,
            "prohibition",
            s_start + m.start("act"),
            s_start + m.end("act"),
            "diberhentikan karena",
            _subject_actors(m.group("subject") + " "),
            False,
            0.5,
        )
        return True

    def _implicit_lead(self, p: Provision, sentence: str) -> bool:
        """Lead-ins that bind without a deontic word: principles ("… berdasarkan pada asas:") and the
        grounds of dishonourable dismissal, whose items are prohibitions in effect."""
        if not p.children or not _LEAD_IN_RE.search(sentence):
            return False
        if _PRINCIPLES_RE.search(sentence):
            self._distribute(p, _Lead("obligation", _subject_actors(sentence), "asas", False, 0.5, ()))
        elif _DISMISSAL_LEAD_RE.search(sentence):
            before = sentence[: _DISMISSAL_LEAD_RE.search(sentence).start()]  # type: ignore[union-attr]
            self._distribute(
                p,
                _Lead(
                    "prohibition",
                    _subject_actors(before),
                    "diberhentikan tidak dengan hormat",
                    False,
                    0.5,
                    (),
                ),
            )
        else:
            rel = re.search(
                r"(?<![\w-])yang\s+(?P<m>w[aq]\s?[ji][ij]?\s?b|harus)\s+.*?\boleh\s+(?P<agent>.+?)"
                r"\s+(?:meliputi|adalah|yaitu|terdiri\s+atas)\s*:\s*$",
                sentence,
                re.IGNORECASE,
            )
            if rel:
                addressees = tuple(actors_in(rel.group("agent"))) or (UNKNOWN,)
                self._distribute(p, _Lead("obligation", addressees, rel.group("m"), False, 0.6, ()))
            else:
                return False
        return True

    def _distribute(self, p: Provision, lead: _Lead) -> None:
        for cid in p.children:
            child = self.by_id.get(cid)
            if child is None:
                continue
            self.consumed.add(cid)
            if child.children and _LEAD_IN_RE.search(child.text):
                # A nested lead-in ("… dengan cara:") adds to the act of each item under it.
                self._distribute(child, lead)
                continue
            if not child.text.strip():
                continue
            own = _marker_in(child.text)
            own_kind = next(k for k, _ in _MARKERS if own.group(k)) if own else None
            if own is not None and own_kind != lead.kind and own_kind in ("obligation", "prohibition"):
                # "berwenang: … e. dalam hal tertangkap tangan, wajib menangkap …": the item's own word rules.
                self._add(
                    child,
                    own_kind,
                    own.end(),
                    len(child.text),
                    own.group(0),
                    lead.addressees,
                    bool(_NEGATION_RE.search(child.text[: own.start()])),
                    lead.confidence,
                )
            else:
                self._add(
                    child,
                    lead.kind,
                    0,
                    len(child.text),
                    lead.marker,
                    lead.addressees,
                    lead.negated,
                    lead.confidence,
                    lead.conditions,
                )
            for grand in self.scope.provisions:
                if grand.id.startswith(cid + "/"):
                    self.consumed.add(grand.id)

    def grounds_of_dismissal(self, links: list[SanctionLink]) -> bool:
        """Items that a dismissal provision names as grounds ("… sebagaimana dimaksud pada ayat (3) huruf g
        dikategorikan sebagai pemberhentian tidak dengan hormat") are prohibitions in effect; add those
        that no rule has read yet. True when any was added."""
        stated = {n.provision for n in self.out.norms}
        added = False
        for link in links:
            if link.penalty != "dismissal":
                continue
            for target in link.targets:
                p = self.by_id.get(target)
                if p is None or p.level not in ("huruf", "angka") or p.children or target in stated:
                    continue
                parent = self.by_id.get(p.parent or "")
                # "Pemberhentian … bagi Pegawai ASN dilakukan apabila:": the one dismissed is bound.
                addressees = tuple(actors_in(parent.text)[:1]) if parent else ()
                self._add(
                    p,
                    "prohibition",
                    0,
                    len(p.text),
                    "pemberhentian tidak dengan hormat",
                    addressees or (UNKNOWN,),
                    False,
                    0.5,
                )
                stated.add(target)
                added = True
        return added

    def _powers(self) -> None:
        for n in self.out.norms:
            if n.kind != "power":
                continue
            p = self.by_id[n.provision]
            if n.marker.lower() == "asas":
                continue
            own_marker = _MARKER_RE.search(p.text)
            if own_marker is not None and n.act_start >= own_marker.end():
                subject = p.text[: own_marker.start()]
            else:  # a distributed item: the institution is the lead-in's subject
                parent = self.by_id.get(p.parent or "")
                lead = parent.text if parent else ""
                m = _MARKER_RE.search(lead)
                subject = lead[: m.start()] if m else lead
            institution = (
                _clean(re.split(r"(?<![\w-])(?:sebagaimana|yang)(?![\w-])", subject)[0]).strip(" ,").lower()
            )
            institution = re.sub(r"^(?:dalam\s+hal[^,]*,|selain[^,]*,|untuk[^,]*,)\s*", "", institution)
            words = n.act.split()
            if not words or not institution:
                continue
            take = 2 if words[0].lower() in _TWO_WORD_VERBS and len(words) > 1 else 1
            verb = " ".join(words[:take]).rstrip(";,.:")
            obj_start = n.act_start + len(" ".join(words[:take]))
            obj = _clean(p.text[obj_start : n.act_end]).strip(" ,;")
            actors = actors_in(institution)
            self.out.powers.append(
                PowerRecord(
                    provision=n.provision,
                    doc_id=n.doc_id,
                    institution=institution,
                    actor=actors[0] if actors else UNKNOWN,
                    verb=verb,
                    object=obj,
                    object_start=obj_start,
                )
            )


# -- sanction links ----------------------------------------------------------------------------
def _months(m: re.Match[str] | None) -> int | None:
    if m is None:
        return None
    n, unit = int(m.group("n")), m.group("nu").lower()
    return n * 12 if unit == "tahun" else n if unit == "bulan" else max(1, round(n / 30))


def _rupiah(m: re.Match[str] | None) -> int | None:
    if m is None:
        return None
    digits = m.group("amount").replace(".", "")
    return int(digits) if digits.isdigit() else None


def _penalty(text: str) -> dict[str, object]:
    """Regime, level, penalty kind and bounds of a consequence provision's words."""
    low = text.lower()
    out: dict[str, object] = {}
    level = _LEVEL_RE.search(text) or _DISCIPLINE_LEVEL_RE.search(text)
    if "pidana" in low:
        out["regime"] = "criminal"
        months_max, months_min = _months(_PRISON_MAX_RE.search(text)), _months(_PRISON_MIN_RE.search(text))
        fine_max, fine_min = _rupiah(_FINE_MAX_RE.search(text)), _rupiah(_FINE_MIN_RE.search(text))
        kurungan = "kurungan" in low and "penjara" not in low
        prefix = "kurungan" if kurungan else "prison"
        out[f"{prefix}_max_months"], out[f"{prefix}_min_months"] = months_max, months_min
        out["fine_max"], out["fine_min"] = fine_max, fine_min
        has_time = months_max is not None or months_min is not None
        has_fine = fine_max is not None or fine_min is not None
        if has_time and has_fine:
            out["penalty"] = "imprisonment-and-fine"
        elif has_fine:
            out["penalty"] = "fine"
        else:
            out["penalty"] = "kurungan" if kurungan else "imprisonment"
    elif "hukuman disiplin" in low or level is not None:
        out["regime"], out["penalty"] = "disciplinary", "disciplinary"
    elif "sanksi moral" in low or "kode etik" in low or "sanksi etik" in low:
        out["regime"], out["penalty"] = "ethical", "ethical"
    else:
        out["regime"] = "administrative"
        if re.search(r"diberhentikan|pemberhentian", low):
            out["penalty"] = "dismissal"
        elif re.search(r"pembatalan|dibatalkan", low):
            out["penalty"] = "disqualification"
        else:
            out["penalty"] = "administrative"
    if level is not None:
        out["level"] = level.group("level").lower()
    return out


def _violation_window(text: str) -> tuple[int, int] | None:
    """Where in a consequence sentence the breached norms are cited: before the consequence verb,
    or after it in the "… dijatuhkan bagi PNS yang melanggar …" form."""
    if _SANCTION_OF_RE.match(text) and not _CONSEQUENCE_RE.search(text):
        return 0, len(text)  # "Sanksi sebagaimana dimaksud pada ayat (1) … diatur …"
    after = _VIOLATION_AFTER_RE.search(text)
    if after is not None:
        return after.end(), len(text)
    m = _CONSEQUENCE_RE.search(text)
    if m is None:
        return None
    return 0, m.start()


_SANCTION_OF_RE = re.compile(r"^\s*sanksi\b[^.;]{0,60}?sebagaimana\s+dimaksud", re.IGNORECASE)


def _is_consequence(text: str) -> bool:
    return bool(_CONSEQUENCE_RE.search(text) and _SANCTION_WORD_RE.search(text)) or bool(
        _SANCTION_OF_RE.match(text)
    )


def _sanction_links(scope: _Scope, norms: list[ExtractedNorm]) -> list[SanctionLink]:
    by_id = {p.id: p for p in scope.provisions}
    refs_by_source: dict[str, list[Reference]] = {}
    for r in scope.references:
        if r.kind in ("internal", "external"):
            refs_by_source.setdefault(r.source, []).append(r)
    links: list[SanctionLink] = []
    for p in scope.provisions:
        if p.level not in _NORM_LEVELS or not p.text.strip() or not _is_consequence(p.text):
            continue
        parent = by_id.get(p.parent or "")
        if parent is not None and _DISMISSAL_LEAD_RE.search(parent.text):
            continue  # a ground of dismissal ("dipidana … berdasarkan putusan"), not a sanction of its own
        window = _violation_window(p.text)
        if window is None:
            continue
        frame = _penalty(p.text)
        # A consequence lead-in ("… dijatuhkan bagi PNS yang melanggar ketentuan larangan:") cites
        # the breached norms in its items; each item becomes its own link with the lead-in's penalty.
        sources: list[tuple[Provision, tuple[int, int]]] = []
        if p.children and _DISMISSAL_LEAD_RE.search(p.text):
            # The grounds listed under "diberhentikan tidak dengan hormat apabila:" are what it sanctions.
            grounds = tuple(c for c in p.children if c in by_id)
            reached = tuple(n.id for n in norms if any(_reaches([c], n.provision) for c in grounds))
            links.append(
                SanctionLink(provision=p.id, doc_id=scope.doc_id, targets=grounds, norms=reached, **frame)
            )  # type: ignore[arg-type]
            continue
        if p.children and _LEAD_IN_RE.search(p.text) and window[0] > 0:
            sources = [(by_id[c], (0, len(by_id[c].text))) for c in p.children if c in by_id]
        else:
            sources = [(p, window)]
        for src, (lo, hi) in sources:
            refs = [r for r in refs_by_source.get(src.id, []) if r.start is None or lo <= r.start < hi]
            if not refs and lo > 0 and src is p:
                # "Tindak pidana sebagaimana dimaksud dalam Pasal 50 …, sanksi pidananya dijatuhkan terhadap
                # pengurusnya": the breached norm is cited before the verb after all.
                refs = [r for r in refs_by_source.get(src.id, []) if r.start is not None and r.start < lo]
            # The penalty's own definition ("Hukuman Disiplin sedang sebagaimana dimaksud dalam Pasal 8")
            # is cited too; it is not a breached norm.
            refs = [
                r for r in refs if not (_cites_penalty(src.text, r) and not _holds_norms(r.target, norms))
            ]
            targets = tuple(dict.fromkeys(r.target for r in refs if r.resolved and r.target))
            texts = tuple(dict.fromkeys(r.text for r in refs))
            unresolved = None
            if not targets:
                failed = [r for r in refs if not r.resolved]
                if failed:
                    unresolved = f"reference {failed[0].text!r} unresolved: {failed[0].reason or 'no target'}"
                elif _REFERENCE_CUE_RE.search(src.text[lo:hi]):
                    unresolved = "cites the breached provision but no reference to it was resolved"
                else:
                    unresolved = "names no provision it sanctions"
            reached = tuple(n.id for n in norms if n.kind != "definition" and _reaches(targets, n.provision))
            links.append(
                SanctionLink(
                    provision=src.id,
                    doc_id=scope.doc_id,
                    targets=targets,
                    norms=reached,
                    reference_texts=texts,
                    unresolved=unresolved,
                    **frame,
                )  # type: ignore[arg-type]
            )
    return links


def _cites_penalty(text: str, r: Reference) -> bool:
    if r.start is None:
        return False
    before = text[max(0, r.start - 80) : r.start].lower()
    return bool(
        re.search(
            r"(?:hukuman\s+disiplin|sanksi|pidana)[\w\s]{0,30}sebagaimana\s+dimaksud\s+(?:dalam|pada)\s*$",
            before,
        )
    )


def _holds_norms(target: str | None, norms: list[ExtractedNorm]) -> bool:
    return bool(target) and any(n.kind != "definition" and _reaches([target], n.provision) for n in norms)  # type: ignore[list-item]


def _reaches(targets: Iterable[str], provision: str) -> bool:
    """A link to a provision reaches the norms at it and below it (and a norm of which it is a part)."""
    return any(
        provision == t or provision.startswith(t + "/") or t.startswith(provision + "/") for t in targets
    )


# -- the stage ---------------------------------------------------------------------------------
def _scopes(doc: Document) -> list[_Scope]:
    if doc.kind != "amending_act" or not doc.amendments:
        return [_Scope(doc.id, list(doc.provisions), list(doc.references))]
    instruction_root = f"{doc.id}/pasal-i"
    own = [
        p for p in doc.provisions if p.id != instruction_root and not p.id.startswith(instruction_root + "/")
    ]
    own_ids = {p.id for p in own}
    scopes = [_Scope(doc.id, own, [r for r in doc.references if r.source in own_ids])]
    # New wording lives in the amended act's namespace; one scope per amended act, at this version.
    by_target: dict[str, dict[str, Provision]] = {}
    effective: dict[str, object] = {}
    for a in doc.amendments:
        bucket = by_target.setdefault(a.target_doc, {})
        for p in a.new_provisions:
            bucket[p.id] = p
        effective.setdefault(a.target_doc, a.effective)
    for target_doc, provs in by_target.items():
        ids = set(provs)
        scopes.append(
            _Scope(
                target_doc,
                list(provs.values()),
                [r for r in doc.references if r.source in ids],
                amended_by=doc.id,
                effective=effective[target_doc],
                suffix=f".{doc.id}",
            )
        )
    return scopes


def extract_norms(doc: Document) -> NormSet:
    """Norms, sanction links, powers and definitions stated in a regulation's (or amending act's) text."""
    result = NormSet()
    if doc.kind not in ("regulation", "amending_act", "joint_decree"):
        return result
    for scope in _scopes(doc):
        extractor = _Extractor(scope)
        with local_forms(_local_actor_forms(scope)):
            found = extractor.run()
            links = _sanction_links(scope, found.norms)
            if extractor.grounds_of_dismissal(links):
                links = _sanction_links(scope, found.norms)
        reached: dict[str, list[str]] = {}
        for link in links:
            for nid in link.norms:
                reached.setdefault(nid, []).append(link.provision)
        found.norms = [
            n.model_copy(update={"sanction_provisions": tuple(reached[n.id])}) if n.id in reached else n
            for n in found.norms
        ]
        result.norms += found.norms
        result.sanction_links += links
        result.powers += found.powers
        result.definitions += found.definitions
    return result


def attach_norms(doc: Document) -> Document:
    """The document with its extracted norms; a regulation where nothing is found gets a warning."""
    found = extract_norms(doc)
    warnings = doc.warnings
    if doc.kind in ("regulation", "amending_act") and not found.norms and not found.definitions:
        warnings = warnings + (
            Warning_(code="no-norms", message="no norm, definition or sanction was extracted from this text"),
        )
    return doc.model_copy(
        update={
            "norms": tuple(found.norms),
            "sanction_links": tuple(found.sanction_links),
            "powers": tuple(found.powers),
            "definitions": tuple(found.definitions),
            "warnings": warnings,
        }
    )
