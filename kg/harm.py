"""How far a breach's harm reached, as a question tells it, and the penalty points graded by that reach.

PP 94/2021 grades most breaches of its general duties and bans by where the harm fell (its Dampak
Negatif, Pasal 1 angka 10): light when it stayed in the work unit, medium when it fell on the agency,
heavy when it fell on the state or the government (Pasal 9 to 14). ``harm_reach`` reads that reach from
a question (Indonesian or English), ``reach_spans`` where it is told (those words are no conduct), and
``points_reaching`` picks, among a norm's penalty points each carrying the reaches it covers, those that
cover it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Literal

Reach = Literal["unit", "agency", "state"]
REACHES: tuple[Reach, ...] = ("unit", "agency", "state")  # narrowest first
REACH_EN: dict[Reach, str] = {
    "unit": "the work unit",
    "agency": "the agency",
    "state": "the state or government",
}

# Words saying the facts had an effect somewhere; a place counts only close after one of them, so a
# conduct that "harms the state" (PP 94/2021 Pasal 5 huruf h) is not read as harm that reached the state.
_EFFECT = re.compile(
    r"\b(?:ber)?dampak(?:nya)?\b|\bimbas(?:nya)?\b|\bterasa\b|\bmencoreng\w*|"
    r"\bmencemar\w*|\bmerusak\s+(?:nama|citra|reputasi)|\bnama\s+baik\b|\bcitra\b|\breputasi\b|"
    r"\bimpact(?:ed|s)?\b|\beffects?\b|\baffect(?:ed|s|ing)?\b|\bdisrepute\b|\breputation\b|\bimage\b|\bgood\s+name\b|"
    r"\bembarrass\w*|\bthe\s+harm\b|\bharm\s+(?:was|stayed|fell|falls|reached|spread|went|done)\b|"
    r"\bdamag(?:ed|ing)\s+(?:the\s+)?(?:name|standing)",
    re.I,
)
_NEAR = 70  # characters after an effect word where its place may be named
_PLACES: tuple[tuple[Reach, re.Pattern[str]], ...] = (
    (
        "unit",
        re.compile(
            r"\bunit\s+kerja\b|\bunit(?:nya)?\b|\bbidang\s+(?:itu|tersebut|nya)\b|\bbidangnya\b|\bseksi\b|"
            r"\bsub\s*bagian\b|\bsubbag\b|\bbagian\s+(?:itu|tersebut|nya)\b|\bbagiannya\b|"
            r"\bwork\s*unit\b|\b(?:his|her|their|the|that|own)\s+(?:unit|section|team|division)\b",
            re.I,
        ),
    ),
    (
        "agency",
        re.compile(
            r"\binstansi\w*|(?<!kepala )(?<!seragam )(?<!mobil )(?<!kendaraan )(?<!rumah )\bdinas(?:nya)?\b|"
            r"\bkantor\b|\bkementerian\b|\blembaga\b|\bbadan\b|"
            r"\bpemerintah\s+(?:daerah|kabupaten|kota|provinsi)\b|\bpem(?:da|kab|kot|prov)\b|"
            r"\bagency\b|\bministry\b|\bdepartment\b|\binstitution\b|\b(?:whole|entire)\s+office\b|"
            r"\b(?:regency|city|provincial|regional)\s+government\b",
            re.I,
        ),
    ),
    (
        "state",
        re.compile(
            r"\bnegara\b|\bpemerintah\b(?!\s+(?:daerah|kabupaten|kota|provinsi))|\bnasional\b|"
            r"\bstate\b|\b(?<!regency )(?<!city )(?<!provincial )(?<!regional )government\b|\bcountry\b|"
            r"\bnation(?:al(?:ly)?|wide)?\b",
            re.I,
        ),
    ),
)
# A place owning the effect just before it: "the government's image", "the agency's good name".
_OWNER = re.compile(r"(?P<place>[\w-]+(?:\s+[\w-]+)?)(?:'s|\u2019s)\s+(?:[\w-]+\s+)?$")
# A place said to be the only one reached ("hanya di unit kerja", "only within his unit") is the reach,
# whatever wider place the sentence names as spared; a place said not to be reached does not count.
_ONLY = re.compile(r"\b(?:hanya|cuma|sebatas|terbatas|only|just|limited|confined)\b[^.;]{0,30}$", re.I)
_NOT = re.compile(r"\b(?:bukan|tidak|tak|belum|not|never|without)\b[^.;,]{0,30}$", re.I)


def _places(text: str):
    """(reach, whether called the only one, start, end) of each place told as where an effect fell: named
    close after an effect word ("dampaknya sampai ke instansi") or as its owner just before it ("the
    government's image"); a place said not to be reached is left out."""
    for effect in _EFFECT.finditer(text):
        window = text[effect.start() : effect.end() + _NEAR]
        owner = _OWNER.search(text[max(0, effect.start() - _NEAR) : effect.start()])
        said = owner.group("place") if owner else ""
        for reach, place in _PLACES:
            for m in place.finditer(window):
                before = window[: m.start()]
                if not _NOT.search(before):
                    yield reach, bool(_ONLY.search(before)), effect.start(), effect.start() + m.end()
            if owner and any(m.end() == len(said) for m in place.finditer(said)):
                yield reach, False, effect.start() - len(owner.group()), effect.end()


def reach_spans(text: str) -> list[tuple[int, int]]:
    """Where a question tells the reach of the harm (from the effect word to the place it names, or from
    the place owning it): those words say how far the breach went, not what was done, and are no conduct
    to match."""
    spans: dict[int, tuple[int, int]] = {}
    for _, _, start, end in _places(text):
        s, e = spans.get(start, (start, end))
        spans[start] = (min(s, start), max(e, end))
    return sorted(spans.values())


def harm_reach(text: str) -> Reach | None:
    """The reach of the harm a question tells (the widest named, or the one called the only one), or None."""
    named = [(only, reach) for reach, only, _, _ in _places(text)]
    if not named:
        return None
    only = [r for o, r in named if o]
    return min(only, key=REACHES.index) if only else max((r for _, r in named), key=REACHES.index)


def points_reaching(reach: Reach, points: Mapping[str, Sequence[Reach]]) -> list[str]:
    """The points whose reaches cover ``reach``, in the order given."""
    return [p for p, reaches in points.items() if reach in reaches]


__all__ = ["REACHES", "REACH_EN", "Reach", "harm_reach", "points_reaching", "reach_spans"]
