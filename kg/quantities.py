"""Counts a question states, and the penalty point whose range holds one.

PP 94/2021 grades the penalty for missing work by the number of working days absent without a lawful
reason: 7 days is one point, 15 another, 10 days in a row a third. ``days_absent`` reads that count
from a question (Indonesian or English, digits or words); ``points_holding`` picks, among sibling
points each carrying a range, those whose range holds it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

_UNITS = {
    # Indonesian
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100,
    # English
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_WORD = "|".join(sorted(_UNITS, key=len, reverse=True))
# A number in words: "lima belas", "dua puluh dua", "twenty-six", "twenty six".
_NUMBER = rf"\d{{1,3}}|(?:(?:{_WORD})(?:\s+(?:belas|puluh))?)(?:[\s-]+(?:{_WORD})(?!\s+(?:belas|puluh)))?"
# The count, then up to three qualifiers, then the day: "15 hari kerja", "eight separate days".
_DAYS = re.compile(
    rf"\b(?P<n>{_NUMBER})\s+(?:(?:separate|working|work|business|full|whole|consecutive|straight|"
    rf"different|penuh|kerja)\s+){{0,3}}(?:hari|days?)\b",
    re.I,
)
# Words saying the days were missed without leave; the count must share its sentence with one.
_ABSENT = re.compile(
    r"\b(?:tidak|tak|nggak|ngga|gak|ga|enggak|ndak)\s+(?:masuk|ngantor|hadir|datang|bekerja|kerja)|"
    r"\bbolos\w*|\bmangkir\w*|\babsen\w*|\balpa\b|\btanpa\s+(?:izin|ijin|keterangan|alasan)|"
    r"\bmiss(?:ed|es|ing)?\b|\bskip(?:ped|s|ping)?\b|\bdays?\s+off\b|\bawol\b|\bstay(?:ed|s)?\s+away\b|"
    r"\bwithout\s+(?:leave|permission|(?:(?:a|any)\s+)?(?:valid|lawful|good)\s+(?:reason|excuse))|"
    r"\b(?:away|off)\s+(?:from\s+)?(?:work|the\s+office|duty)\b|"
    r"\b(?:didn't|did\s+not|don't|never|not)\s+(?:turn|show|come|go|report)",
    re.I,
)
# Words saying the days ran unbroken, read just after (or just before) the count.
_IN_A_ROW = re.compile(
    r"berturut|terus[\s-]*menerus|tanpa\s+(?:putus|jeda)|in\s+a\s+row|consecutive|on\s+end|"
    r"without\s+a\s+break|back[\s-]+to[\s-]+back",
    re.I,
)
_UNBROKEN_DAYS = re.compile(r"\b(?:consecutive|straight)\b", re.I)  # "ten straight days"
# Words saying a count is the running total for the year (Pasal 15 counts cumulatively).
_TOTAL = re.compile(r"total|akumulasi|jumlah|dijumlah|altogether|cumulative|in\s+all|sum", re.I)
_SENTENCE = re.compile(r"[^.!?;]+")
_NEAR = 40  # characters around a count read for "in a row" and "in total"


@dataclass(frozen=True)
class DaysAbsent:
    """A number of working days missed without leave, and whether they ran unbroken."""

    days: int
    consecutive: bool = False


class DayRange(Protocol):
    """What a point's range offers (``kg.corpus.records.DayRange`` is one)."""

    low: int
    high: int | None
    consecutive: bool


def number(words: str) -> int | None:
    """The value of a number in digits or in Indonesian or English words ("dua puluh dua" = 22)."""
    words = words.strip().lower()
    if words.isdigit():
        return int(words)
    total, value = 0, None
    for w in re.split(r"[\s-]+", words):
        if w == "belas" and value is not None:
            value += 10
        elif w == "puluh" and value is not None:
            value *= 10
        elif w in _UNITS:
            total += value or 0
            value = _UNITS[w]
        else:
            return None
    return total + (value or 0) if value is not None else None


def days_absent(text: str) -> DaysAbsent | None:
    """The days of absence a question states, or None when it states none.

    A count of days counts only in a sentence that says the days were missed. When several are
    stated, one called the total wins, else the largest (a running total is the largest figure).
    """
    found: list[tuple[bool, int, bool]] = []
    for sentence in _SENTENCE.finditer(text):
        s = sentence.group()
        if not _ABSENT.search(s):
            continue
        for m in _DAYS.finditer(s):
            n = number(m.group("n"))
            if n is None or n == 0:
                continue
            after = s[m.end() : m.end() + _NEAR]
            before = s[max(0, m.start() - _NEAR) : m.start()]
            unbroken = bool(_IN_A_ROW.search(after) or _UNBROKEN_DAYS.search(m.group()))
            total = bool(_TOTAL.search(before) or _TOTAL.search(after))
            found.append((total, n, unbroken))
    if not found:
        return None
    _, n, unbroken = max(found)
    return DaysAbsent(n, unbroken)


def holds(r: DayRange, days: int) -> bool:
    """Whether ``days`` lies in the range (an open top: that many or more)."""
    return r.low <= days and (r.high is None or days <= r.high)


def points_holding(count: DaysAbsent, ranges: Mapping[str, DayRange]) -> list[str]:
    """The points whose range holds the count, in the order given.

    Days in a row are also days in the year: an unbroken run is first matched against the points
    for unbroken absence, and only when none holds it against the yearly totals. A total not said to
    be unbroken never meets a point for unbroken absence.
    """
    if count.consecutive:
        unbroken = [p for p, r in ranges.items() if r.consecutive and holds(r, count.days)]
        if unbroken:
            return unbroken
    return [p for p, r in ranges.items() if not r.consecutive and holds(r, count.days)]


__all__ = ["DayRange", "DaysAbsent", "days_absent", "holds", "number", "points_holding"]
