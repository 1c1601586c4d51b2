"""The court rulings a question asks about (kg.rulings), read against the shipped records of decisions."""

from datetime import date
from pathlib import Path

import pytest

from kg.corpus import load_corpus
from kg.rulings import rulings_asked
from kg.search.analyzer import Analyzer

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
MERIT = "mk-121-puu-xxii-2024"
RESIGN = "mk-41-puu-xii-2014"


@pytest.fixture(scope="module")
def bundle():
    return load_corpus(CORPUS)


def _asked(bundle, text, **kw):
    return rulings_asked(bundle, text, Analyzer().terms, **kw)


def test_a_decision_named_by_its_number_is_asked_of(bundle):
    assert _asked(bundle, "What did putusan MK 41/PUU-XII/2014 decide?").decisions == (RESIGN,)


def test_a_number_the_records_lack_is_reported_missing(bundle):
    found = _asked(bundle, "The blog says decision 87/PUU-XVI/2018 struck down Art. 87(4)(c). True?")
    assert found.decisions == () and found.missing == ("mk-87-puu-xvi-2018",)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "I read that the Constitutional Court ruled on the 2023 ASN law's clause on supervising the "
            "merit system and ordered an independent body. By what date must it exist?",
            MERIT,
        ),
        ("Sejak putusan MK, kapan PNS yang maju pilkada wajib mundur: saat daftar atau ditetapkan?", RESIGN),
    ],
)
def test_a_ruling_told_by_its_subject_is_found_by_the_words_its_record_alone_has(bundle, text, want):
    assert _asked(bundle, text).decisions == (want,)


def test_a_provision_the_court_tested_named_beside_the_court_finds_its_ruling(bundle):
    text = "Has the Constitutional Court weighed in on it, or does it still read as printed?"
    assert _asked(bundle, text, provisions=["uu-20-2023/pasal-26/ayat-2/huruf-d"]).decisions == (MERIT,)
    assert _asked(bundle, text.replace("Constitutional Court", "committee")).decisions == ()


@pytest.mark.parametrize(
    "text",
    [
        # a results dispute: the Court heard the vote, not a law
        "The regent-election result is contested at the Constitutional Court; a PNS posted for a pair.",
        # the Supreme Court named: a review the Constitutional Court did not hear
        "Someone says the Supreme Court struck down a point on candidates through a judicial review: true?",
        # the Court named, but nothing of a record we hold
        "I've heard that in 2023 the Constitutional Court ruled campaigning may take place in schools.",
    ],
)
def test_no_ruling_is_asked_of_where_the_court_heard_no_law_we_hold_a_record_of(bundle, text):
    assert _asked(bundle, text).decisions == ()


def test_a_ruling_read_after_the_date_asked_is_not_yet_there(bundle):
    text = "Did the Constitutional Court order an independent body to supervise the ASN merit system?"
    assert _asked(bundle, text, at=date(2025, 10, 16)).decisions == (MERIT,)
    assert _asked(bundle, text, at=date(2025, 10, 15)).decisions == ()


def test_a_ruling_on_another_act_than_the_one_named_is_not_asked_of(bundle):
    text = "Did the Constitutional Court order an independent body to supervise the merit system?"
    assert _asked(bundle, text, acts={"uu-20-2023"}).decisions == (MERIT,)
    assert _asked(bundle, text, acts={"pp-94-2021"}).decisions == ()
