"""The court rulings a question asks about: named by number ("putusan MK 41/PUU-XII/2014") or told ("the
Constitutional Court ruled on the 2023 ASN law's clause on supervising the merit system").

Rulings come from our records of decisions (``corpus/decisions.yaml``); a ruling is told when the question
names the Court and shares enough of the record's words (its title and readings) or names a provision the
Court tested. A results dispute heard by the Court ("the regent-election result is contested at the MK")
asks of no ruling on a law.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from ingest.decision import decision_id
from kg.ids import nested

_NUMBER = re.compile(r"\b\d{1,4}\s*/\s*PUU\s*-\s*[IVXLC]+\s*/\s*\d{4}\b", re.I)
_MK = r"\bMahkamah\s+Konstitusi\b|\bMK\b|\bConstitutional\s+Court\b"
_CONSTITUTIONAL_COURT = re.compile(_MK, re.I)
# The Court named, or a review of a law ("uji materi") that only it hears, unless the Supreme Court is named.
_REVIEW = re.compile(_MK + r"|\bjudicial\s+review\b|\buji\s+materi(?:il|l)?\b|\bpengujian\s+undang", re.I)
_SUPREME_COURT = re.compile(r"\bMahkamah\s+Agung\b|\bSupreme\s+Court\b|\bMA\b")
# The Court heard an election's result, not a law: no ruling on a law is asked of.
_RESULTS_DISPUTE = re.compile(
    r"\b(?:sengketa|perselisihan|gugatan|digugat|hasil|results?|disputes?|contested|challenge)\b", re.I
)
# Words of its own a told ruling's record must share with the question (chosen on the 35 dev questions naming
# the Court: the merit-supervision and resignation rulings found, results disputes and other rulings not).
MIN_SHARED = 3


@dataclass(frozen=True)
class RulingsAsked:
    """The decisions our records hold that a question asks about, and the case numbers it names that they
    do not hold."""

    decisions: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()


def _record_words(d) -> str:
    readings = " ".join(f"{r.reading_id or ''} {r.reading_en or ''}" for r in d.rulings)
    return f"{d.title_id} {d.title_en} {readings}"


def rulings_asked(
    bundle,
    text: str,
    terms: Callable[[str], Iterable[str]],
    provisions: Iterable[str] = (),
    acts: Iterable[str] = (),
    at: date | None = None,
) -> RulingsAsked:
    """The decisions a question asks about: each one it names by number, else, when it names the Court and
    no results dispute, those read by ``at`` that test a provision it names or share ``MIN_SHARED`` of its
    words (``terms`` turns text into comparable words) and test a provision of an act it names, if any."""
    if bundle is None:
        return RulingsAsked()
    named, missing = [], []
    for m in _NUMBER.finditer(text):
        number = re.sub(r"\s+", "", m.group(0)).upper()
        did = decision_id(number)
        (named if did and bundle.decision(did) is not None else missing).append(did or number)
    if named or missing:
        return RulingsAsked(tuple(dict.fromkeys(named)), tuple(dict.fromkeys(missing)))
    if not _REVIEW.search(text) or _RESULTS_DISPUTE.search(text):
        return RulingsAsked()
    if _SUPREME_COURT.search(text) and not _CONSTITUTIONAL_COURT.search(text):
        return RulingsAsked()
    asked = {t for t in terms(text) if not t.isdigit()}
    provisions, acts = list(provisions), set(acts)
    words = {d.id: set(terms(_record_words(d))) for d in bundle.decisions}
    found = []
    for d in bundle.decisions:
        # Only a record's own words tell it from the others ("merit", "independent", "resign"), not those
        # every review of these laws shares ("UU", "Pasal", "ASN").
        own = words[d.id].difference(*(w for k, w in words.items() if k != d.id))
        if at is not None and (d.date_read is None or d.date_read > at):
            continue
        if any(nested(p, t) for p in provisions for t in d.tested):
            found.append(d.id)
            continue
        if acts and not any(t.split("/")[0] in acts for t in d.tested):
            continue
        if len(asked & own) >= MIN_SHARED:
            found.append(d.id)
    return RulingsAsked(tuple(found))
