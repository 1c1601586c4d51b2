"""The remedy routes of the discipline regulations, read from a question's story.

PP 53/2010 (in force until PP 94/2021 took its place on 31 August 2021) decides a penalty's remedy by who
imposed it and which penalty it is. The President's, a head of mission's, a staffing officer's (PPK) other
than a dismissal, a governor's as the government's representative other than a dismissal, and a light
penalty by any official admit no remedy and run from the day they are set (Pasal 33 with 43, huruf a to e
alike). A deferred pay rise or promotion imposed by an official below the PPK goes to an objection to that
official's superior (Pasal 34 ayat (1), by the official's place, and 35) and runs as Pasal 44 says. A
dismissal by a PPK or a governor goes on administrative appeal to the civil-service board (Pasal 34 ayat (2)
and 38) and runs as Pasal 45 says; a death or a retirement before a remedy is decided, and pay while
appealing, follow Pasal 40 and 39. ``route_2010`` reads the penalty and who imposed it from the story and
gives the points that decide its route, each with why; a story that does not tell both gets no route, only
the points on a decision not collected or on what befalls one while a remedy is pending, which need neither.
PP 94/2021 leaves the remedies to a separate regulation (Pasal 38 ayat (3)) and says only from when a penalty
runs, without a remedy and with one (ayat (1), (2)): ``route_2021`` gives those when the story asks it.
Under both, a decision its civil servant did not come to receive is sent to him and runs from the fifteenth
day (PP 53/2010 Pasal 31 and 46, PP 94/2021 Pasal 37 and 38 ayat (1)). ``pending_bars`` gives what a pending
examination or remedy did to a transfer, a pay rise or a promotion under the 2010 regulation (Pasal 41, 42),
and their repeal once it no longer stood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Penalty = Literal["light", "deferral", "demotion-1y", "heavy", "dismissal"]
Imposer = Literal["president", "mission", "governor-representative", "ppk", "official"]

_I = re.IGNORECASE

# The penalties of PP 53/2010 Pasal 7 as stories name them; of two named at one place, the earlier listed.
_PENALTIES: tuple[tuple[Penalty, re.Pattern[str]], ...] = (
    (
        "dismissal",
        re.compile(
            r"\b(?:(?:di|mem)?berhenti(?:kan)?|pemberhentian|dipecat|pecat)\b[^.?!]{0,40}?\b(?:dengan hormat|"
            r"tidak dengan hormat|tidak atas permintaan sendiri)|\bpdhtaps\b|\bptdh\b|"
            r"\b(?:dismiss\w*|discharg\w*|fired|sacked|removed from the (?:civil )?service)\b[^.?!]{0,40}?"
            r"\b(?:honou?r\w*|not at (?:his|her|their) (?:own )?request|without (?:his|her) asking)|"
            r"\bdishonou?rabl\w*|"
            # fired outright (by a PPK, an appeal lies whichever kind of dismissal it was)
            r"\b(?:dipecat|memecat|fired|sacked)\b",
            _I,
        ),
    ),
    (
        "heavy",
        re.compile(
            r"\b(?:penurunan|turun|diturunkan|menurunkan)\s+pangkat\b[^.?!]{0,40}?\b(?:tiga|3)\s+tahun|"
            r"\bpemindahan\b[^.?!]{0,30}?\b(?:penurunan|turun)\s+jabatan|"
            r"\b(?:pembebasan|dibebaskan|membebaskan)\s+(?:\w+\s+)?(?:dari\s+)?jabatan|"
            r"\b(?:demot\w*|dropp\w*)\b[^.?!]{0,40}?\b(?:three|3)\s+years?|"
            r"\b(?:moved|transferred)\s+(?:\w+\s+){0,4}(?:to|into)\s+a\s+lower\s+(?:post|position)|"
            r"\b(?:three|3)[- ]years?\s+demotion|\breliev\w*\s+(?:[^.?!]{0,60}?\s)?of\s+(?:his|her)\s+post|"
            r"\btook\s+(?:\w+\s+){0,2}out\s+of\s+(?:his|her|their)\s+(?:post|position)|"
            r"\b(?:removed|relieved|taken\s+out|stripped)\s+(?:\w+\s+){0,2}(?:from|of|out\s+of)\s+"
            r"(?:his|her|their|the)\s+(?:post|position)",
            _I,
        ),
    ),
    (
        "demotion-1y",
        re.compile(
            r"\b(?:penurunan|turun|diturunkan|menurunkan)\s+pangkat\b[^.?!]{0,40}?\b(?:(?:satu|1)\s+(?:tahun|thn)|"
            r"setahun)|"
            r"\b(?:demot\w*|dropp\w*|lower\w*)\b[^.?!]{0,40}?\brank\b[^.?!]{0,30}?\b(?:a|one|1)[- ]years?|"
            r"\b(?:one|1)[- ]year\s+(?:drop|demotion)\s+in\s+rank|"
            r"\brank\s+demotion\b[^.?!]{0,20}?\b(?:one|a)\s+year",
            _I,
        ),
    ),
    (
        "deferral",
        re.compile(
            r"\b(?:penundaan|menunda|ditunda|tunda|nunda)\w*\s+(?:\w+\s+){0,2}(?:kenaikan\s+)?"
            r"(?:gaji\s+berkala|kgb|pangkat)|\b(?:kenaikan\s+(?:gaji\s+berkala|pangkat)|kgb)\w*\s+"
            r"(?:\w+\s+){0,2}(?:ditunda|tertunda)|"
            r"\b(?:postpon\w*|defer\w*|delay\w*|put\s+off|puts\s+off|putting\s+off|held\s+back|hold\s+back|"
            r"holds\s+back)\s+(?:[\w'’]+\s+){0,4}?(?:regular\s+|periodic\s+)?(?:pay\s+rise|pay\s+increase|salary\s+(?:increase|increment|step)|"
            r"increment|raise|promotion)|"
            r"\b(?:postponed|deferred|delayed)\s+(?:\w+\s+){0,2}(?:periodic\s+)?(?:pay\s+(?:rise|increase|increment)|"
            r"salary\s+(?:increase|increment|step)|increment|raise|promotion)",
            _I,
        ),
    ),
    (
        "light",
        re.compile(
            r"\bteguran\s+(?:lisan|tertulis)|\bpernyataan\s+tidak\s+puas|"
            r"\b(?:verbal|written|oral)\s+(?:warning|reprimand)|\breprimand\w*|"
            r"\b(?:statement|declaration)\s+of\s+dissatisfaction",
            _I,
        ),
    ),
)

# Who imposed it, the narrower office first ("gubernur selaku wakil pemerintah" before "gubernur").
_WHO: tuple[tuple[Imposer, str], ...] = (
    ("president", r"presiden|president"),
    (
        "mission",
        r"kepala perwakilan|duta besar|dubes|ambassador|head of (?:the )?mission|consul[- ]general|"
        r"konsul jenderal",
    ),
    (
        "governor-representative",
        r"gubernur (?:selaku|sebagai) wakil pemerintah(?: pusat)?|"
        r"governor,? (?:as|acting for) (?:the )?(?:central )?government(?:'?s? representative)?",
    ),
    (
        "official",
        r"sekda|sekretaris daerah|regional secretary|"
        r"kepala (?:dinas|badan|biro|bidang|bagian|kantor|seksi|sekolah|puskesmas|kanwil|kantor wilayah)|"
        r"kadis\w*|kabid|kabag|kasi|camat|karo|dirjen|direktur(?: jenderal)?|sekjen|secretary[- ]general|"
        r"directors?(?:[- ]general)?|(?:agency|office|division|section|bureau) head|"
        r"head of (?:[\w'’-]+ ){0,8}?(?:agency|office|offices|division|department|bureau|section)|"
        r"(?:my|his|her|our|their) (?:boss|superior|agency head)|atasan(?:nya| langsung)?|"
        r"principal|headmaster",
    ),
    (
        "ppk",
        r"bupati|wali ?kota|gubernur|menteri|regent|mayor|governor|minister|ppk|pejabat pembina kepegawaian|"
        r"staffing (?:officer|authority)",
    ),
)
_HIMSELF = r"(?:\s+(?:himself|herself|itself|then|just|has|had|sudah|telah|lalu|langsung|sendiri|kemudian))*"
_IMPOSES = (
    r"(?:menjatuhkan|menjatuhi|menghukum|memberi(?:kan)?|ngasih|menunda|nunda|menurunkan|memberhentikan|"
    r"memecat|mencopot|membebaskan|meneken|neken|menandatangani|mengeluarkan|signed|imposed|gave|put\s+off|"
    r"puts\s+off|held\s+back|postponed|deferred|demoted|dismissed|discharged|removed|punished|sacked|fired|"
    r"reprimanded|dropped|delayed|issued|took|moved|transferred|relieved|relieving|memindahkan|menonaktifkan)"
)
# "A regent pair's team", "the regent's campaign": the race, not the office holder who punished.
_NOT_THE_RACE = (
    r"(?![\w'’-]|\s+(?:pairs?|tickets?|teams?|candidates?|races?|campaigns?|elections?|hopefuls?|paslon)\b)"
)
_BEFORE_WHO = (
    r"\b(?:oleh|by|dari|from)\s+(?:the\s+|his\s+|her\s+|my\s+|our\s+|their\s+|pak\s+|bu\s+|sang\s+|an?\s+)?"
)

# Where an official sits, for the objection's huruf in Pasal 34 ayat (1): a directorate general's office in
# the regions (its superior an echelon I official who is no PPK), a ministry's regional or provincial office,
# a regency or city, and anything else (a province, a ministry's headquarters).
_UNDER_DIRECTORATE = re.compile(
    r"\b(?:djp|pajak|tax|bea (?:dan )?cukai|customs|perbendaharaan|treasury|direktorat jenderal|"
    r"directorate[- ]general|director[- ]general)\b",
    _I,
)
_REGIONAL_OFFICE = re.compile(
    r"\b(?:kanwil|kantor wilayah|kantor regional|regional office|provincial office|perwakilan provinsi|"
    r"representative office)\b",
    _I,
)
_REGENCY = re.compile(
    r"\b(?:kabupaten|kota|pemkab|pemkot|kecamatan|kelurahan|regency|city|municipal\w*|sub-?district|camat|"
    r"bupati|wali ?kota|regent|mayor)\b",
    _I,
)
_PROVINCE = re.compile(r"\b(?:provinsi|pemprov|provincial|province|gubernur|governor)\b", _I)


# An objection lodged, or the question asking how long its decision may take; and the decision told.
_LODGED = re.compile(
    r"\b(?:objected|lodged|filed|sent|submitted)\b[^.?!]{0,40}?\b(?:objection|keberatan)|\bobjected\b|"
    r"\b(?:mengajukan|diajukan|ajukan|ngajuin|masukin)\s+keberatan|\bkeberatan\s+(?:ke|kepada)\b|"
    r"\b(?:how long|by when)\b[^.?!]{0,60}?\bdecid\w*|\bberapa lama\b[^.?!]{0,60}?\b(?:memutus|diputus)",
    _I,
)
_DECIDED = re.compile(
    r"\b(?:made it (?:worse|heavier|lighter)|make it worse|increased|lightened|upheld|annulled|quashed|"
    r"diperberat|diperingan|dibatalkan|dikuatkan|memperberat|memperingan|membatalkan|menguatkan|final)\b",
    _I,
)


# What makes the route the question's business: a remedy sought, or when the penalty starts to run.
_OBJECTION_WORDS = r"keberatan|objection|object|objected|objects"
_REMEDY_WORDS = rf"{_OBJECTION_WORDS}|banding|upaya administratif|appeal\w*"
_RUNS_WORDS = (
    r"mulai berlaku|kapan (?:mulai )?berlaku|berlaku (?:sejak|mulai|kapan)|"
    r"berlakunya (?:hukuman|sk|keputusan)|take[sn]? effect|took effect|kick(?:s|ed)? in|run(?:s|ning)? from|"
    r"start(?:s|ed)? to run|sejak kapan|mulai kapan|from when"
)
_REMEDY = re.compile(rf"\b(?:{_REMEDY_WORDS})\b", _I)
_RUNS = re.compile(rf"\b(?:{_RUNS_WORDS})\b", _I)
_ASKED = re.compile(
    rf"\b(?:{_REMEDY_WORDS}|{_RUNS_WORDS}|bapek|badan pertimbangan kepegawaian|challenge\w*|contest\w*)\b", _I
)


@dataclass(frozen=True)
class RoutePoint:
    """A point deciding a penalty's remedy or when the penalty runs, and why it applies to the story."""

    provision: str
    note: str


_DOC = "pp-53-2010"
_DOC_2021 = "pp-94-2021"
_NONE_HURUF = {"president": "a", "ppk": "b", "governor-representative": "c", "mission": "d", "official": "e"}


def _penalty(text: str) -> Penalty | None:
    """The penalty the story names first (one made heavier or lighter later is the remedy's outcome)."""
    found = [(m.start(), n, kind) for n, (kind, rx) in enumerate(_PENALTIES) for m in [rx.search(text)] if m]
    return min(found)[2] if found else None


# Each office named as the one who imposed: after "oleh", "by", "from", or before the verb of imposing.
_IMPOSED_BY: tuple[tuple[Imposer, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"{_BEFORE_WHO}{said}|\b{said}[^.?!;]{{0,120}}?{_HIMSELF}\s+{_IMPOSES}\b", _I))
    for kind, said in ((kind, rf"(?:{who})(?:nya)?\b{_NOT_THE_RACE}") for kind, who in _WHO)
)


def _imposer(text: str) -> Imposer | None:
    """Who the story says imposed the penalty, the first so named."""
    found = [(m.start(), kind) for kind, rx in _IMPOSED_BY for m in rx.finditer(text)]
    return min(found)[1] if found else None


def _objection_huruf(text: str) -> str:
    """The huruf of Pasal 34 ayat (1) for where the official who imposed the penalty sits."""
    if _UNDER_DIRECTORATE.search(text):
        return "c"
    if _REGIONAL_OFFICE.search(text):
        return "d"
    if _REGENCY.search(text) and not _PROVINCE.search(text):
        return "b"
    return "a"


def _objection_decided(text: str) -> list[RoutePoint]:
    """An objection lodged: by when the superior must rule, and what follows if he does not or how he may."""
    if not _LODGED.search(text):
        return []
    out = [
        RoutePoint(f"{_DOC}/pasal-36/ayat-3", "the superior rules within 21 working days of receiving it"),
        RoutePoint(f"{_DOC}/pasal-37/ayat-4", "no ruling in that time: the penalty is void"),
    ]
    if _DECIDED.search(text):
        out += [
            RoutePoint(f"{_DOC}/pasal-37/ayat-1", "the superior may uphold, lighten, increase or annul it"),
            RoutePoint(f"{_DOC}/pasal-37/ayat-3", "and that ruling is final"),
        ]
    return out


# A penalty decision told in words the 2021 regulation's penalties also take.
_PUNISHED = re.compile(
    r"\b(?:dihukum|hukuman disiplin|sk hukuman|sk hukdis|hukdis|dijatuhi|penalty decree|disciplinary decree|"
    r"punished|penali[sz]ed|demoted|diturunkan jabatan\w*|tunjangan(?: kinerja)?(?:nya)? dipotong|"
    r"(?:allowance|tukin) (?:was |is )?cut)\b",
    _I,
)


# Whether a penalty waits for a remedy pending.
_WAITS = re.compile(
    r"\b(?:wait\w*|menunggu|nunggu|pending|sebelum (?:ada )?(?:keputusan|diputus)|(?:already|sudah) "
    r"(?:moved|carried out|applied|dijalankan|dieksekusi|dipindah))\b",
    _I,
)


# Absent when the decision was to be handed over: it is sent, and runs counted from a date the act sets.
_ABSENT = re.compile(
    r"\b(?:tidak hadir|tidak datang|(?:nggak|gak|ga|enggak) (?:dateng|datang|hadir|ambil)|tidak mengambil|"
    r"(?:never|didn't|did not) (?:turn(?:ed)? up|c[ao]me|show(?:ed)? up|collect(?:ed)?)|skipped the meeting|"
    r"was away|(?:mailed|posted) (?:it|the decree|the decision)|dikirim(?:kan)? ke rumah(?:nya)?)\b",
    _I,
)


def _not_collected(text: str, due: str, sent: str, runs: str, from_when: str) -> list[RoutePoint]:
    """A decision its civil servant was absent to receive: when it was due, that it is sent to him, and from
    when it runs."""
    if not _ABSENT.search(text):
        return []
    return [
        RoutePoint(due, "the decision is handed over within 14 working days of being set"),
        RoutePoint(sent, "absent when it was handed over, the decision is sent to him"),
        RoutePoint(runs, f"it runs from the 15th day after {from_when}"),
    ]


# What befalls a civil servant, or his pay, while a remedy of the 2010 regulation is pending.
_APPEAL = re.compile(r"\b(?:banding|appeal\w*|bapek|badan pertimbangan kepegawaian)\b", _I)
_NO_APPEAL = re.compile(
    r"\b(?:tidak|nggak|gak|ga|belum|did not|didn't|never|not)\s+(?:\w+\s+){0,2}?(?:banding|appeal\w*)"
    r"(?:\s+(?:ke|kepada|to)\s+(?:the\s+)?(?:bapek|badan pertimbangan kepegawaian|board))?\b",
    _I,
)
_OBJECTION = re.compile(rf"\b(?:{_OBJECTION_WORDS})\b", _I)
_DIES = re.compile(r"\b(?:meninggal(?: dunia)?|wafat|died|dies|passed away)\b", _I)
_RETIRES = re.compile(r"\b(?:pensiun|batas usia pensiun|retire\w*|retirement age)\b", _I)
# Pay, or whether he keeps coming to work, while appealing.
_PAID_OR_WORKING = re.compile(
    r"\b(?:gaji\w*|salary|salaries|pay|paid|wages?|masuk kantor|masuk kerja|tetap bekerja|keep(?:s)? working|"
    r"(?:coming|come) (?:in )?to work)\b",
    _I,
)


def _pending_fate(text: str) -> list[RoutePoint]:
    """Under PP 53/2010, a death or a retirement before a remedy is decided (Pasal 40), and pay during an
    appeal or without one (Pasal 39)."""
    appeal = bool(_APPEAL.search(text))
    declined = bool(_NO_APPEAL.search(text))
    out: list[RoutePoint] = []
    if _DIES.search(text):
        out.append(
            RoutePoint(f"{_DOC}/pasal-40/ayat-1", "died before the remedy was decided: honourably discharged")
        )
        if appeal:
            out.append(
                RoutePoint(f"{_DOC}/pasal-40/ayat-3", "so too one who dies while his appeal is pending")
            )
    elif _RETIRES.search(text) and (appeal or _OBJECTION.search(text)):
        huruf, why = (
            ("b", "pay stops until the appeal is decided")
            if appeal
            else ("a", "the penalty is deemed served")
        )
        out.append(
            RoutePoint(
                f"{_DOC}/pasal-40/ayat-2/huruf-{huruf}", f"retiring before the remedy is decided: {why}"
            )
        )
    elif appeal and _PAID_OR_WORKING.search(text):
        if not declined or _APPEAL.search(_NO_APPEAL.sub(" ", text)):
            out.append(
                RoutePoint(f"{_DOC}/pasal-39/ayat-1/huruf-a", "appealing, he is paid while he keeps working")
            )
            out.append(RoutePoint(f"{_DOC}/pasal-39/ayat-2", "whether he keeps working is the PPK's call"))
        if declined:
            out.append(
                RoutePoint(f"{_DOC}/pasal-39/ayat-1/huruf-b", "not appealing, pay stops after the 15th day")
            )
    return out


def route_2021(text: str) -> list[RoutePoint]:
    """Under PP 94/2021: from when a penalty the story tells of runs, and with a remedy told, as its decision
    sets (empty unless a penalty is told and when it runs is asked, or whether it waits for the remedy)."""
    if not (_RUNS.search(text) or (_REMEDY.search(text) and _WAITS.search(text))):
        return []
    if not (_penalty(text) or _PUNISHED.search(text)):
        return []
    pids = (f"{_DOC_2021}/pasal-37/ayat-3", f"{_DOC_2021}/pasal-37/ayat-4", f"{_DOC_2021}/pasal-38/ayat-1")
    absent = _not_collected(text, *pids, "it is received")
    out = absent or [
        RoutePoint(
            f"{_DOC_2021}/pasal-38/ayat-1", "without a remedy, it runs from the 15th day after receipt"
        )
    ]
    if _REMEDY.search(text):
        out.append(
            RoutePoint(
                f"{_DOC_2021}/pasal-38/ayat-2", "taken to a remedy, it runs as the remedy's decision sets"
            )
        )
    return out


def route_2010(text: str) -> list[RoutePoint]:
    """The points of PP 53/2010 on the penalty a story tells of, when it asks of a remedy or of when the
    penalty runs: its route by who imposed it, a decision not collected, and what befalls one while a remedy
    is pending."""
    if not _ASKED.search(text):
        return []
    penalty, who = _penalty(text), _imposer(text)
    absent = []
    if penalty or _PUNISHED.search(text):
        when = "the date set for handing it over"
        pids = (f"{_DOC}/pasal-31/ayat-3", f"{_DOC}/pasal-31/ayat-4", f"{_DOC}/pasal-46")
        absent = _not_collected(text, *pids, when)
    absent += _pending_fate(text)
    if penalty is None or who is None:
        return absent
    return absent + _routed(penalty, who, text)


def _routed(penalty: Penalty, who: Imposer, text: str) -> list[RoutePoint]:
    """The route of a penalty under PP 53/2010 by who imposed it."""
    if penalty == "dismissal" and who in ("ppk", "governor-representative"):
        huruf = "a" if who == "ppk" else "b"
        why = "a dismissal by the staffing officer" if who == "ppk" else "a dismissal by the governor"
        return [
            RoutePoint(f"{_DOC}/pasal-34/ayat-2/huruf-{huruf}", f"{why}: open to administrative appeal"),
            RoutePoint(f"{_DOC}/pasal-38/ayat-1", "the appeal goes to the civil-service board (BAPEK)"),
            RoutePoint(f"{_DOC}/pasal-45/ayat-1", "from when the dismissal runs without an appeal"),
            RoutePoint(f"{_DOC}/pasal-45/ayat-2", "from when it runs once appealed"),
        ]
    if who == "official" and penalty == "deferral":
        huruf = _objection_huruf(text)
        return [
            RoutePoint(
                f"{_DOC}/pasal-34/ayat-1/huruf-{huruf}",
                "a deferred pay rise or promotion imposed by an official below the staffing officer: open to "
                "objection",
            ),
            RoutePoint(f"{_DOC}/pasal-35/ayat-1", "the objection goes in writing to the official's superior"),
            RoutePoint(f"{_DOC}/pasal-35/ayat-2", "within 14 days of receiving the decision"),
            RoutePoint(f"{_DOC}/pasal-44/ayat-1", "from when the penalty runs without an objection"),
            RoutePoint(f"{_DOC}/pasal-44/ayat-2", "from when it runs once objected to"),
            *_objection_decided(text),
        ]
    if who == "official" and penalty != "light":
        return []  # an official's medium or heavy penalty other than a deferral: too little told to route it
    if who == "governor-representative" and penalty != "heavy":
        return []
    huruf = "e" if penalty == "light" and who == "official" else _NONE_HURUF[who]
    return [
        RoutePoint(f"{_DOC}/pasal-33/huruf-{huruf}", "this penalty, by this official, admits no remedy"),
        RoutePoint(f"{_DOC}/pasal-43/huruf-{huruf}", "so it runs from the day the decision is set"),
    ]


# A transfer, a pay rise or a promotion falling due while the civil servant is examined or an administrative
# remedy is pending. The 2010 discipline regulation barred the transfer (Pasal 42) and held the rise and the
# promotion back until the final decision (Pasal 41 ayat (1)), to be reconsidered if the penalty fell (ayat
# (2)); the 2021 regulation repealed it (Pasal 45 angka 3) and leaves remedies to another regulation (Pasal 38
# ayat (3)), so after it a question about the bar gets both the old rule and what became of it.
_PENDING = re.compile(
    r"\b(?:(?:sedang|lagi|masih|tengah)\s+(?:dalam\s+(?:proses\s+)?)?(?:diperiksa|pemeriksaan)|"
    r"(?:being|is|was)\s+(?:still\s+)?(?:examined|investigated)|under examination|"
    r"keberatan|banding|upaya administratif|objection|object(?:ed|s)?|appeal(?:ed|s)?|"
    r"administrative remed(?:y|ies))\b",
    re.I,
)
_PENDING_MOVE = re.compile(
    r"\b(?:pindah instansi|(?:mengajukan|minta|ajukan)\s+(?:untuk\s+)?pindah|"
    r"(?:apply|applied|applies|applying|asked)\s+to\s+(?:move|transfer)|"
    r"(?:transfer|mutasi|kepindahan|pindah)\w*\b[^.?!]{0,50}?\b(?:approved|disetujui|go through|"
    r"(?:nearly|almost) (?:through|done)|hampir beres|hampir selesai))",
    re.I,
)
_PENDING_RAISE = re.compile(
    r"\b(?:(?:kenaikan (?:gaji(?: berkala)?|pangkat)|gaji berkala|naik pangkat|pay rises?|salary steps?|"
    r"promotions?|increments?)\b[^.?!]{0,40}?\b(?:due|jatuh|falls?|go (?:through|ahead)|granted|beku|"
    r"frozen|freez\w*|(?:di|ter)tahan)|"
    r"(?:freez\w*|membekukan|hold(?:s|ing)? back)\b[^.?!]{0,30}?\b(?:promotions?|pay rises?|kenaikan)|"
    r"jadwal kenaikan|(?:pangkat|rank) (?:\w+ )?(?:beku|frozen))",
    re.I,
)
_PENDING_QUASHED = re.compile(
    r"\b(?:dikabulkan|dibatalkan|menang|succeed\w*|overturn\w*|quashed|"
    r"upheld (?:his|her) (?:objection|appeal))\b",
    re.I,
)
_TRANSFER_BARRED = "pp-53-2010/pasal-42"
_RISE_HELD = "pp-53-2010/pasal-41/ayat-1"
_RISE_AFTER_QUASHED = "pp-53-2010/pasal-41/ayat-2"
_PENDING_REPEALED = ("pp-94-2021/pasal-45/angka-3", "pp-94-2021/pasal-38/ayat-3")


def pending_bars(text: str, repealed: bool) -> list[RoutePoint]:
    """What a pending examination or remedy does to a transfer, a pay rise or a promotion falling due: the
    2010 regulation's bars and, where that regulation no longer stood on the story's day (``repealed``),
    their repeal."""
    if not _PENDING.search(text):
        return []
    asked = [
        pid
        for rx, pid in ((_PENDING_MOVE, _TRANSFER_BARRED), (_PENDING_RAISE, _RISE_HELD))
        if rx.search(text)
    ]
    if not asked:
        return []
    why = "a transfer, rise or promotion while examined or a remedy is pending"
    out = [RoutePoint(pid, why) for pid in asked]
    if _RISE_HELD in asked and _PENDING_QUASHED.search(text):
        out.append(RoutePoint(_RISE_AFTER_QUASHED, "the rise or promotion once the penalty is quashed"))
    if repealed:
        why = "the 2010 bars repealed; remedies left to another regulation"
        out += [RoutePoint(pid, why) for pid in _PENDING_REPEALED]
    return out
