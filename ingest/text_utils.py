"""Readers of Indonesian legal notation that several stages share: months and dates, Roman numerals,
ordinals ("Kedua Belas"), numbers with OCR letter-for-digit slips."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "januari": 1,
    "februari": 2,
    "pebruari": 2,
    "maret": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "agustus": 8,
    "september": 9,
    "oktober": 10,
    "nopember": 11,
    "november": 11,
    "desember": 12,
}

# "Kesatu" and "Pertama" are both 1; the tens and teens are written out ("Kedua Puluh Satu").
_ORDINAL_WORDS = "Kesatu Kedua Ketiga Keempat Kelima Keenam Ketujuh Kedelapan Kesembilan Kesepuluh Kesebelas"
_ORDINAL_VALUES = {w.lower(): i for i, w in enumerate(_ORDINAL_WORDS.split(), 1)} | {"pertama": 1}
_UNITS = {w: i for i, w in enumerate("satu dua tiga empat lima enam tujuh delapan sembilan".split(), 1)}
ORDINALS = "Kesatu|Pertama|" + "|".join(_ORDINAL_WORDS.split()[1:])
ORDINAL_RE = (
    rf"(?:{ORDINALS})(?:\s+(?:Belas|Puluh(?:\s+(?:Satu|Dua|Tiga|Empat|Lima|Enam|Tujuh|Delapan|Sembilan))?))?"
)

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_DIGIT_MAP = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "L": "1", "i": "1"})
_DATE_RE = re.compile(r"(?P<d>\d{1,2})\s+(?P<m>[A-Za-z]+)\s+(?P<y>\d{4})")


def roman_to_int(s: str) -> int:
    """Value of a Roman numeral ("XIV" -> 14)."""
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        v = _ROMAN_VALUES.get(ch, 0)
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def ordinal_to_int(s: str) -> int:
    """Value of an Indonesian ordinal ("Kesatu" -> 1, "Kedua Belas" -> 12, "Kedua Puluh Satu" -> 21)."""
    words = s.lower().split()
    base = _ORDINAL_VALUES.get(words[0], 0)
    if len(words) >= 2 and words[1] == "belas":
        return base + 10
    if len(words) >= 2 and words[1] == "puluh":
        return base * 10 + (_UNITS.get(words[2], 0) if len(words) >= 3 else 0)
    return base


def fix_number(token: str) -> str:
    """Repair OCR letters inside a number ("2Ol4" -> "2014", "3O" -> "30"); other tokens unchanged."""
    if not re.fullmatch(r"[0-9OolILi]{2,5}", token) or not re.search(r"\d", token):
        return token
    if sum(c.isdigit() for c in token) < len(token) / 2:
        return token
    return ocr_digits(token)


def ocr_digits(token: str) -> str:
    """Read the letters OCR puts for digits as digits ("2Ol4" -> "2014"), unconditionally."""
    return token.translate(_DIGIT_MAP)


def date_of(day: str, month: str, year: str) -> date | None:
    """The date written as day, month name and year ("1 5", "Januari", "2Ol6"), or None if it is no date."""
    try:
        return date(int(fix_number(year)), MONTHS[month.lower()], int(fix_number(day.replace(" ", ""))))
    except (KeyError, ValueError):
        return None


def parse_date(text: str) -> date | None:
    """The first Indonesian date ("1 Januari 2016") in text, or None."""
    for m in _DATE_RE.finditer(text):
        if m.group("m").lower() in MONTHS:
            return date_of(m.group("d"), m.group("m"), m.group("y"))
    return None
