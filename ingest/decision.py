"""Court decisions: the Constitutional Court's reviews (MK) and criminal judgments (PN, PT, MA).

A decision is recognised by its head (PUTUSAN / Nomor … / DEMI KEADILAN BERDASARKAN KETUHANAN YANG MAHA
ESA). It is read into a typed ``Decision``: court, number and id (``mk-41-puu-xii-2014``,
``pn-slk-23-pid-sus-2024``), the dates it was decided and read, the parties by role, the provisions
tested or charged (resolved with ``ingest.citations``; what names no act stays unresolved with its
reason), and the ruling: per provision for a review (struck down, conditionally (un)constitutional with
the Court's reading, rejected, not accepted, any deadline), the verdict and sentence for a criminal
judgment, the result for an appeal.

Names are never stored: the Document keeps neither the text of the decision nor the identity blocks,
only the amar items with every party name replaced by its role.
"""

from __future__ import annotations

import re
from datetime import date

from ingest.citations import find_citations, provision_path, reference_groups, reference_tokens
from ingest.records import (
    Appeal,
    CitedProvision,
    CleanText,
    CriminalSentence,
    Decision,
    DecisionParty,
    Document,
    Duration,
    IngestError,
    ProvisionRuling,
    Reference,
    SourceLocation,
)
from ingest.text_utils import MONTHS, parse_date

_PUTUSAN = re.compile(r"^P\s?U\s?T\s?U\s?S\s?A\s?N\b")
_DEMI = re.compile(r"DEMI\s+KEADILAN\s+BERDASARKAN\s+KETUHANAN\s+YANG\s+MAHA\s+ESA", re.I)
_NOMOR = re.compile(r"\bNomor\s*:?\s*(?P<n>\d+\s*(?:K|PK)?\s*/[^\n]*?)(?=\s*(?:DEMI\b|\n|$))", re.I)
# Case numbers: MK "41/PUU-XII/2014"; first instance, appeal "23/Pid.Sus/2024/PN Slk"; MA "12 K/Pid.Sus/2024".
_MK_NO = re.compile(r"^(?P<n>\d+)/(?P<kind>[A-Za-z.]+)-(?P<roman>[IVXLC]+)/(?P<y>\d{4})$")
_COURT_NO = re.compile(
    r"^(?P<n>\d+)/(?P<kind>[A-Za-z.\-]+)/(?P<y>\d{4})/"
    r"(?P<court>PN|PT|PTUN|PTTUN)\s*(?P<place>[A-Za-z][A-Za-z. ]*)$",
    re.I,
)
_MA_NO = re.compile(r"^(?P<n>\d+)\s*(?P<k>K|PK)/(?P<kind>[A-Za-z.\-]+)/(?P<y>\d{4})$", re.I)
_COURT_NAMES = {
    "pn": "Pengadilan Negeri",
    "pt": "Pengadilan Tinggi",
    "ptun": "Pengadilan Tata Usaha Negara",
    "pttun": "Pengadilan Tinggi Tata Usaha Negara",
}


def looks_like_decision(text: CleanText) -> bool:
    """True when the head is a court decision: PUTUSAN, a case number and DEMI KEADILAN … MAHA ESA."""
    head = text.lines[:15]
    if not any(_PUTUSAN.match(ln) for ln in head[:4]):
        return False
    joined = "\n".join(head)
    return bool(_DEMI.search(joined)) and any(_case_number(m.group("n")) for m in _NOMOR.finditer(joined))


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def _case_number(raw: str) -> tuple[str, str, str] | None:
    """(decision id, court id prefix, number as written) of a case number, or None when it is not one."""
    number = re.sub(r"\s+", " ", raw).strip(" .;:")
    if m := _MK_NO.match(number):
        return f"mk-{m['n']}-{_slug(m['kind'])}-{m['roman'].lower()}-{m['y']}", "mk", number
    if m := _COURT_NO.match(number):
        court = f"{m['court'].lower()}-{_slug(m['place'])}"
        return f"{court}-{m['n']}-{_slug(m['kind'])}-{m['y']}", court, number
    if m := _MA_NO.match(number):
        return f"ma-{m['n']}-{m['k'].lower()}-{_slug(m['kind'])}-{m['y']}", "ma", number
    return None


def decision_id(number: str) -> str | None:
    """The id of a case number: '41/PUU-XII/2014' → 'mk-41-puu-xii-2014', '23/Pid.Sus/2024/PN Slk' →
    'pn-slk-23-pid-sus-2024', '12 K/Pid.Sus/2024' → 'ma-12-k-pid-sus-2024'; None for anything else."""
    found = _case_number(number)
    return found[0] if found else None


# -- dates ----------------------------------------------------------------------------------------

_UNITS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}  # fmt: skip


def words_to_int(words: str) -> int | None:
    """An Indonesian number in words ("dua ribu sembilan puluh sembilan" → 2099), or None."""
    total, cur = 0, 0
    tokens = re.findall(r"[a-z]+", words.lower())
    if not tokens:
        return None
    for t in tokens:
        if t in _UNITS:
            cur += _UNITS[t]
        elif t == "sepuluh":
            cur += 10
        elif t == "sebelas":
            cur += 11
        elif t == "seratus":
            cur += 100
        elif t == "seribu":
            total += 1000
        elif t == "belas":
            cur += 10
        elif t == "puluh":
            cur = (cur % 10) * 10 + (cur - cur % 10)
        elif t == "ratus":
            cur = (cur % 10) * 100 + (cur - cur % 10)
        elif t == "ribu":
            total += (cur or 1) * 1000
            cur = 0
        else:
            return None
    return total + cur


_WORD_DATE = re.compile(
    r"tanggal\s+(?P<d>[a-z ]+?),?\s+bulan\s+(?P<m>[A-Za-z]+),?\s+tahun\s+"
    r"(?P<y>[a-z ]+?)(?=[,.;]|\s+selesai|$)",
    re.I,
)


def _date_after(text: str, start: int) -> date | None:
    """The first date after ``start``: written in figures ("12 Maret 2099") or in words (MK style)."""
    # The date follows "pada hari Kamis, tanggal …", after the judges are listed (nine of them at the MK).
    day = re.compile(r"pada\s+hari\s+\w+\s*,?\s*(?:tanggal\s+)?").search(text, start, start + 1500)
    window = text[day.start() : day.start() + 250] if day else text[start : start + 400]
    found: list[tuple[int, date]] = []
    if (m := _WORD_DATE.search(window)) and m["m"].lower() in MONTHS:
        d, y = words_to_int(m["d"]), words_to_int(m["y"])
        if d and y:
            try:
                found.append((m.start(), date(y, MONTHS[m["m"].lower()], d)))
            except ValueError:
                pass
    if (m := re.search(r"\d{1,2}\s+[A-Za-z]+\s+\d{4}", window)) and (d := parse_date(m.group(0))):
        found.append((m.start(), d))
    return min(found)[1] if found else None


def _dates(text: str) -> tuple[date | None, date | None]:
    """(decided, read): the deliberation's date and the day it was read in open court."""
    end = re.search(r"Demikian(?:lah)?\s+diputus", text, re.I)
    tail_at = end.start() if end else 0
    decided = _date_after(text, tail_at) if end else None
    said = re.search(r"diucapkan\b", text[tail_at:], re.I)
    if said is None:
        return decided, None
    at = tail_at + said.end()
    if re.match(r"\s+dalam[^,.]{0,80}?pada\s+hari\s+itu\s+juga|\s+pada\s+hari\s+itu\s+juga", text[at:], re.I):
        return decided, decided
    if re.search(r"pada\s+hari\s+itu\s+juga\s+diucapkan", text[tail_at:at], re.I):
        return decided, decided
    return decided, _date_after(text, at)


# -- parties --------------------------------------------------------------------------------------

_NAME_FIELD = re.compile(r"^\s*(?:\d+\.\s*)?Nama(?:\s+lengkap)?\s*:\s*(?P<name>[^;\n]+)", re.I | re.M)
_OCCUPATION = re.compile(r"^\s*(?:\d+\.\s*)?Pekerjaan\s*:\s*(?P<job>[^;\n]+)", re.I | re.M)
_CALLED = re.compile(
    r"selanjutnya\s+disebut(?:\s+sebagai)?\s*[-—.\s]*\s*(?P<role>(?:para\s+)?Pemohon(?:\s+[IVX]+\b)?"
    r"|Pihak\s+Terkait(?:\s+[IVX]+\b)?|Termohon)",
    re.I,
)


def _parties(text: str, criminal: bool) -> tuple[DecisionParty, ...]:
    head_end = _section_start(text, r"DUDUK\s+PERKARA|Menimbang\b|MENGADILI|Mengadili")
    head = text[:head_end] if head_end else text[:4000]
    out: list[DecisionParty] = []
    if criminal:
        jobs = [m["job"].strip() for m in _OCCUPATION.finditer(head)]
        count = max(1, len(_NAME_FIELD.findall(head)))
        for k in range(count):
            role = "Terdakwa" if count == 1 else f"Terdakwa {k + 1}"
            out.append(DecisionParty(role=role, capacity=jobs[k] if k < len(jobs) else None))
        for role in ("Penuntut Umum", "Penasihat Hukum"):
            if role.lower() in text.lower():
                out.append(DecisionParty(role=role))
        return tuple(out)
    last = 0
    for m in _CALLED.finditer(head):
        role = re.sub(r"\s+", " ", m["role"]).strip()
        role = role[0].upper() + role[1:]
        block = head[last : m.start()]
        job = _OCCUPATION.search(block)
        if role.lower() == "para pemohon":
            if any(p.role.startswith("Pemohon") for p in out):
                last = m.end()
                continue  # the collective name of parties already listed
            role = "Para Pemohon"
        out.append(DecisionParty(role=role, capacity=job["job"].strip() if job else None))
        last = m.end()
    if re.search(r"kuasa\s+kepada|Kuasa\s+Hukum", head, re.I):
        out.append(DecisionParty(role="Kuasa Hukum"))
    for role, pattern in (
        ("Presiden", r"keterangan\s+Presiden"),
        ("DPR", r"keterangan\s+Dewan\s+Perwakilan\s+Rakyat"),
    ):
        if re.search(pattern, text, re.I):
            out.append(DecisionParty(role=role))
    return tuple(out)


def _names(text: str) -> list[str]:
    """Every name given in an identity block or a power of attorney, longest first (to be replaced)."""
    names = {m["name"].strip(" ,.") for m in _NAME_FIELD.finditer(text)}
    names |= {m.group(1).strip(" ,.") for m in re.finditer(r"kuasa\s+kepada\s+([^,;]+)", text, re.I)}
    return sorted((n for n in names if len(n) >= 3), key=len, reverse=True)


def _redact(item: str, names: list[str]) -> str:
    """An amar item with party names replaced by their role (or dropped where the role is already there)."""
    for name in names:
        item = re.sub(rf"\b(Terdakwa|Terpidana|Pemohon)\s+{re.escape(name)}\b", r"\1", item, flags=re.I)
        item = re.sub(rf"\b{re.escape(name)}\b", "[nama]", item, flags=re.I)
    # A name in capitals right after the role, even when no identity block gave it.
    return re.sub(
        r"\b(Terdakwa|Terpidana)\s+(?:[A-Z][A-Z'.]+(?:\s+|$)){1,6}(?=tersebut|terbukti|telah|,|$)",
        r"\1 ",
        item,
    )


# -- provisions -----------------------------------------------------------------------------------

_CONNECTOR = re.compile(r"[\s,;]*(?:(?:jo\.?|juncto|dan/atau|dan|atau|serta)[\s,;]*)*", re.I)
_ALIAS = re.compile(r"\(selanjutnya\s+disebut(?:\s+sebagai)?\s+(?P<alias>[A-Z][\w ]{1,40}?)\)")
_A_QUO = re.compile(r"\s*(?:Undang-Undang|UU)\s+a\s+quo\b", re.I)


def _aliases(text: str) -> dict[str, str]:
    """Short names a decision gives an act: "… Nomor 5 Tahun 2014 … (selanjutnya disebut UU ASN)"."""
    out: dict[str, str] = {}
    cites = find_citations(text)
    for m in _ALIAS.finditer(text):
        before = [c for c in cites if c.doc_id and c.end <= m.start() and m.start() - c.end < 200]
        if before:
            out[m["alias"].strip()] = before[-1].doc_id  # type: ignore[assignment]
    return out


def cited_provisions(text: str, aliases: dict[str, str], reviewed: str | None) -> list[CitedProvision]:
    """The provisions cited in ``text``, each with the act written after it (through "jo." and lists).

    An act is named by a citation ("Undang-Undang Nomor 7 Tahun 2017"), by a short name the decision
    defined, or, in a review, as "Undang-Undang a quo". A provision with none of these stays unresolved.
    """
    cites = [(c.start, c.end, c.doc_id, c.text) for c in find_citations(text)]
    for alias, doc_id in aliases.items():
        cites += [
            (m.start(), m.end(), doc_id, m.group(0)) for m in re.finditer(rf"\b{re.escape(alias)}\b", text)
        ]
    if reviewed:
        cites += [(m.start(), m.end(), reviewed, m.group(0)) for m in _A_QUO.finditer(text)]
    cites.sort()
    tokens = reference_tokens(text)
    groups = reference_groups(text, tokens)
    out: list[CitedProvision] = []
    for items, end in groups:
        if not any("pasal" in it.parts for it in items):
            continue
        act, reason = None, "no act is named after the provision"
        pos = end
        while True:
            nxt = next((c for c in cites if c[0] >= pos), None)
            if nxt is None:
                break
            between = text[pos : nxt[0]]
            if _CONNECTOR.fullmatch(between):
                act, reason = nxt[2], None if nxt[2] else "the act named after it has no id"
                break
            # Another provision group in between ("Pasal 494 jo. Pasal 280 ayat (3) UU …"): look past it.
            later = next(
                (
                    e
                    for its, e in groups
                    if its[0].start >= pos and _CONNECTOR.fullmatch(text[pos : its[0].start])
                ),
                None,
            )
            if later is None or later > nxt[0]:
                break
            pos = later
        for it in items:
            parts = [it] if it.range_to is None else [it, it.range_to]
            for part in parts:
                span = re.sub(r"\s+", " ", text[part.start : part.end])
                target = f"{act}/{provision_path(part.parts)}" if act else None
                out.append(
                    CitedProvision(text=span, target=target, resolved=target is not None, reason=reason)
                )
    unique: dict[str, CitedProvision] = {}
    for c in out:
        unique.setdefault(c.target or c.text, c)
    return list(unique.values())


# -- amar ----------------------------------------------------------------------------------------

_AMAR_START = re.compile(r"^\s*(?:M\s?E\s?N\s?G\s?A\s?D\s?I\s?L\s?I|Mengadili)\s*(?:[,:.]|$)", re.M)
_AMAR_END = re.compile(r"Demikian(?:lah)?\s+diputus", re.I)
_DURATION = (
    r"(?P<a>\d+)\s*\([a-z\s]+\)\s*(?P<au>tahun|bulan|hari)"
    r"(?:\s+(?:dan\s+)?(?P<b>\d+)\s*\([a-z\s]+\)\s*(?P<bu>bulan|hari))?"
)
_DEADLINE = re.compile(
    r"(?:paling\s+lama|dalam\s+(?:jangka|tenggang)\s+waktu(?:\s+paling\s+lama)?)\s+\d+\s*\([a-z\s]+\)\s*"
    r"(?:tahun|bulan|hari)(?:\s+kerja)?(?:\s+sejak\s+[^;.]+)?",
    re.I,
)
_READING = re.compile(r"sepanjang\s+(?:tidak\s+)?dimaknai\s*[,:]?\s*[\"“][^\"”]+[\"”]", re.I)


def _section_start(text: str, pattern: str) -> int | None:
    m = re.search(rf"^\s*(?:\d+\.\s*)?(?:{pattern})", text, re.M)
    return m.start() if m else None


def _amar(text: str) -> tuple[list[str], int]:
    """The amar items (numbered, or the whole amar when it is one sentence) and where the amar starts."""
    starts = list(_AMAR_START.finditer(text))
    if not starts:
        return [], len(text)
    begin = starts[-1].end()
    end_m = _AMAR_END.search(text, begin)
    body = re.sub(r"\s+", " ", text[begin : end_m.start() if end_m else len(text)]).strip()
    # The interim measures asked for (Dalam Provisi) come first and are numbered on their own.
    pokok = re.search(r"Dalam\s+Pokok\s+(?:Permohonan|Perkara)\s*:?", body)
    body = body[pokok.end() :].strip() if pokok else body
    items: list[str] = []
    expected = 1
    cuts = []
    for m in re.finditer(r"(?:^|(?<=[\s;.]))(\d{1,2})\.\s+(?=[A-Z])", body):
        if int(m.group(1)) == expected:
            cuts.append(m)
            expected += 1
    if not cuts:
        return ([body] if body else []), starts[-1].start()
    for k, m in enumerate(cuts):
        stop = cuts[k + 1].start() if k + 1 < len(cuts) else len(body)
        items.append(body[m.end() : stop].strip())
    return items, starts[-1].start()


def _duration(m: re.Match[str] | None, prefix: str = "") -> Duration | None:
    if m is None:
        return None
    amount: dict[str, int] = {"tahun": 0, "bulan": 0, "hari": 0}
    amount[m[prefix + "au"].lower()] += int(m[prefix + "a"])
    if m[prefix + "b"]:
        amount[m[prefix + "bu"].lower()] += int(m[prefix + "b"])
    span = m.group(0)
    text = span[span.index(m[prefix + "a"]) :] if m[prefix + "a"] in span else span
    return Duration(years=amount["tahun"], months=amount["bulan"], days=amount["hari"], text=text.strip())


def _rupiah(s: str) -> int:
    return int(re.sub(r"[.\s]", "", s.split(",")[0]))


def _sentence(items: list[str]) -> CriminalSentence | None:
    """The sentence from the amar: kind and length, fine, what replaces an unpaid fine, probation."""
    text = " ".join(items)
    main = None
    for m in re.finditer(rf"pidana\s+(?P<kind>penjara|kurungan)\s+(?:selama\s+)?{_DURATION}", text, re.I):
        if not re.search(r"diganti\s+dengan\s*$", text[max(0, m.start() - 30) : m.start()], re.I):
            main = m
            break
    fine = re.search(r"denda\s+(?:sejumlah|sebesar)?\s*Rp\.?\s*(?P<v>[\d.]+(?:,\d+)?)", text, re.I)
    default = re.search(
        rf"(?:tidak\s+(?:dapat\s+)?dibayar)[^;]*?diganti\s+dengan\s+pidana\s+(?P<kind>kurungan|penjara)\s+"
        rf"(?:selama\s+)?{_DURATION}",
        text,
        re.I,
    )
    probation = re.search(rf"masa\s+percobaan\s+(?:selama\s+)?{_DURATION}", text, re.I)
    offence = re.search(
        r"melakukan\s+tindak\s+pidana\s+(?P<o>[\"“][^\"”]+[\"”]|[^;]+?)(?=\s+sebagaimana|;|$)", text, re.I
    )
    if not (main or fine):
        return None
    return CriminalSentence(
        kind=main["kind"].lower() if main else None,  # type: ignore[arg-type]
        length=_duration(main),
        probation=_duration(probation),
        fine=_rupiah(fine["v"]) if fine else None,
        default_kind=default["kind"].lower() if default else None,  # type: ignore[arg-type]
        default_length=_duration(default),
        offence=offence["o"].strip(' "“”') if offence else None,
    )


def _criminal_outcome(items: list[str]) -> str:
    text = " ".join(items).lower()
    if re.search(r"membebaskan\s+terdakwa", text):
        return "acquitted"
    if re.search(r"melepaskan\s+terdakwa", text):
        return "released"
    if re.search(r"terbukti\s+secara\s+sah\s+dan\s+meyakinkan\s+bersalah", text):
        return "guilty"
    return "unknown"


def _appeal(items: list[str]) -> Appeal | None:
    text = " ".join(items)
    m = re.search(r"Menerima\s+permintaan\s+(?:banding|kasasi)\s+dari\s+(?P<who>[^;]+)", text, re.I)
    if m is None:
        return None
    who = tuple(r for r in ("Penuntut Umum", "Terdakwa") if r.lower() in m["who"].lower())
    result = None
    for word, res in (("Menguatkan", "upheld"), ("Membatalkan", "overturned"), ("Mengubah", "modified")):
        if re.search(rf"\b{word}\s+putusan\b", text, re.I):
            result = res
            break
    of = None
    if n := re.search(
        r"putusan\s+Pengadilan\s+\w+(?:\s+\w+)?\s+Nomor\s+(?P<n>\d+/[^\s]+/\d{4}/\w+\s+\w+)", text, re.I
    ):
        of = decision_id(n["n"])
    return Appeal(appealed_by=who, of_decision=of, result=result)  # type: ignore[arg-type]


def _subject(item: str) -> str:
    """The part of an amar item that names the provisions, before what the Court holds of them."""
    return re.split(
        r"\b(?:tidak\s+)?bertentangan\b|\b(?:adalah\s+)?(?:in)?konstitusional\b|\bsepanjang\b", item
    )[0]


def _review_rulings(
    items: list[str], tested: list[CitedProvision], aliases: dict[str, str], reviewed: str | None
) -> tuple[str, list[ProvisionRuling]]:
    """The decision's outcome and a ruling per tested provision, from the MK amar."""
    outcome = "unknown"
    rulings: dict[str, ProvisionRuling] = {}
    rest: str | None = None  # what happens to the provisions no item names
    # A deadline in an item of its own binds the provisions that item names or, naming none, every
    # conditional ruling (a provision struck down outright needs no time to take effect).
    own_deadline: dict[str, str] = {}
    general_deadline: str | None = None
    for item in items:
        dm = _DEADLINE.search(item)
        if dm and not item.lower().startswith("menyatakan"):
            named = cited_provisions(item, aliases, reviewed)
            for c in named:
                own_deadline[c.target or c.text] = dm.group(0)
            general_deadline = general_deadline or (None if named else dm.group(0))
    for k, item in enumerate(items, 1):
        low = item.lower()
        if re.search(r"mengabulkan\s+permohonan", low):
            outcome = "granted_in_part" if "sebagian" in low else "granted"
            continue
        refused = (
            "not_accepted"
            if re.search(r"tidak\s+dapat\s+diterima", low)
            else "rejected"
            if re.match(r"menolak\s+permohonan", low)
            else None
        )
        if refused is not None:
            outcome = refused if outcome == "unknown" else outcome
            # "… sepanjang mengenai Pasal 5 tidak dapat diterima" binds Pasal 5; with no Pasal named
            # the item covers every tested provision no other item rules on.
            named = cited_provisions(item, aliases, reviewed)
            for c in named:
                rulings[c.target or c.text] = ProvisionRuling(provision=c, outcome=refused, item=k)
            rest = rest if named else refused
            continue
        if not low.startswith("menyatakan"):
            continue
        reading = _READING.search(item)
        if "inkonstitusional bersyarat" in low:
            kind = "conditionally_unconstitutional"
        elif "konstitusional bersyarat" in low or (re.search(r"tidak\s+bertentangan", low) and reading):
            kind = "conditionally_constitutional"
        elif re.search(r"tidak\s+bertentangan", low) or "bertentangan" not in low:
            continue  # a provision upheld without a reading is a rejection, said in its own item
        elif reading or "bersyarat" in low:
            kind = "conditionally_unconstitutional"
        else:
            kind = "struck_down"
        in_item = _DEADLINE.search(item)
        for c in cited_provisions(_subject(item), aliases, reviewed):
            key = c.target or c.text
            deadline = (
                in_item.group(0)
                if in_item
                else own_deadline.get(key, general_deadline if kind != "struck_down" else None)
            )
            rulings[key] = ProvisionRuling(
                provision=c,
                outcome=kind,  # type: ignore[arg-type]
                reading=reading.group(0) if reading else None,
                deadline=deadline,
                item=k,
            )
    if rest is not None:
        for c in tested:
            rulings.setdefault(c.target or c.text, ProvisionRuling(provision=c, outcome=rest))  # type: ignore[arg-type]
    return outcome, list(rulings.values())


# -- the document --------------------------------------------------------------------------------


def parse_decision(text: CleanText) -> Document:
    """A court decision's Document: title and id from its number, the typed ``decision``, references out."""
    file = text.file
    full = "\n".join(text.lines)
    head = "\n".join(text.lines[:15])
    found = next((f for m in _NOMOR.finditer(head) if (f := _case_number(m.group("n")))), None)
    if found is None:
        raise IngestError(file, "a PUTUSAN without a case number this parser knows (MK, PN/PT or MA)", line=1)
    doc_id, court, number = found
    if court == "mk":
        court_name = "Mahkamah Konstitusi"
    elif court == "ma":
        court_name = "Mahkamah Agung"
    else:
        kind = court.split("-", 1)[0]
        place = re.search(rf"{_COURT_NAMES[kind]}\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", full)
        court_name = (
            f"{_COURT_NAMES[kind]} {place.group(1)}"
            if place
            else f"{_COURT_NAMES[kind]} {court.split('-', 1)[1]}"
        )
    criminal = bool(re.search(r"/Pid", number, re.I))
    case_type = "judicial_review" if re.search(r"/PUU-", number) else "criminal" if criminal else "other"
    reviewed = None
    if case_type == "judicial_review":
        m = re.search(
            r"Pengujian(?:\s+(?:Materiil|Formil)(?:\s+dan\s+(?:Materiil|Formil))?)?\s+(.{0,200})", full, re.I
        )
        cites = find_citations(m.group(1)) if m else []
        reviewed = next((c.doc_id for c in cites if c.doc_id and not c.doc_id.startswith("uud")), None)
    aliases = _aliases(full)
    items, amar_at = _amar(full)
    names = _names(full)
    items = [_redact(it, names) for it in items]  # before anything is read from them
    if case_type == "judicial_review":
        petition = re.findall(
            r"(?:mengajukan\s+)?pengujian(?:\s+konstitusionalitas)?\s+(?:norma\s+)?(Pasal[^;]+)", full, re.I
        )
        # What follows "terhadap" is the touchstone (the UUD 1945), not a provision under review.
        petition = [re.split(r"\bterhadap\b", span)[0] for span in petition[:3]]
        tested = cited_provisions(" ; ".join(petition), aliases, reviewed) if petition else []
        for it in items:
            for c in cited_provisions(_subject(it), aliases, reviewed):
                if all((c.target or c.text) != (t.target or t.text) for t in tested):
                    tested.append(c)
        tested = [c for c in tested if not (c.target or "").startswith("uud-")]
        outcome, rulings = _review_rulings(items, tested, aliases, reviewed)
        sentence = appeal = None
    else:
        charged = re.findall(
            r"(?:diatur\s+dan\s+diancam\s+(?:pidana\s+)?dalam|melanggar\s+(?:ketentuan\s+)?(?=Pasal))\s*([^;]+)",
            full,
            re.I,
        )
        tested = cited_provisions(" ; ".join(charged), aliases, None) if charged else []
        outcome, rulings = (_criminal_outcome(items) if criminal else "unknown"), []
        sentence = _sentence(items) if criminal else None
        appeal = _appeal(items)
    decided, read = _dates(re.sub(r"\s+", " ", full))
    decision = Decision(
        court=court,
        court_name=court_name,
        number=number,
        case_type=case_type,  # type: ignore[arg-type]
        reviewed_act=reviewed,
        decided=decided,
        read=read,
        parties=_parties(full[:amar_at], criminal),
        provisions=tuple(tested),
        outcome=outcome,  # type: ignore[arg-type]
        rulings=tuple(rulings),
        sentence=sentence,
        appeal=appeal,
        amar=tuple(items),
    )
    references = tuple(
        Reference(
            source=doc_id, target=c.target, text=c.text, kind="external", resolved=c.resolved, reason=c.reason
        )
        for c in tested
    )
    title = f"Putusan {court_name} Nomor {number}"
    return Document(
        id=doc_id,
        kind="text",
        jenis="putusan",
        nomor=number,
        tahun=int(doc_id.rsplit("-", 1)[1]),
        title=title,
        references=references,
        body="\n".join(decision.amar) or None,  # the amar, names replaced: what search and the graph read
        metadata={"document_type": "decision"},
        source=SourceLocation(file=file),
        decision=decision,
    )
