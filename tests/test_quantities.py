"""Tests for kg.quantities: the days of absence a question states, and the point whose range holds them."""

from dataclasses import dataclass

import pytest

from kg.quantities import DaysAbsent, days_absent, holds, number, points_holding


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("15", 15),
        ("lima belas", 15),
        ("sebelas", 11),
        ("dua puluh dua", 22),
        ("tiga puluh", 30),
        ("sepuluh", 10),
        ("fifteen", 15),
        ("twenty-six", 26),
        ("twenty six", 26),
        ("eight", 8),
        ("banyak", None),
    ],
)
def test_number_reads_digits_and_words(words, value):
    assert number(words) == value


@pytest.mark.parametrize(
    ("text", "days", "consecutive"),
    [
        ("Synthetic: seorang PNS tidak masuk kerja 15 hari kerja tanpa izin tahun ini.", 15, False),
        ("Synthetic: staf dinas itu bolos lima belas hari selama musim kampanye.", 15, False),
        ("Synthetic: totalnya dia bolos 22 hari, hukumannya apa?", 22, False),
        ("Synthetic: pegawai itu nggak ngantor dua puluh lima hari kerja tanpa keterangan.", 25, False),
        ("Synthetic: an officer missed fifteen working days without leave.", 15, False),
        ("Synthetic: she skipped work on eight separate days to canvass.", 8, False),
        ("Synthetic: he took twenty-six days off work this year.", 26, False),
        ("Synthetic: PNS itu mangkir 10 hari berturut-turut.", 10, True),
        ("Synthetic: seorang guru tidak masuk sepuluh hari kerja terus menerus.", 10, True),
        ("Synthetic: a clerk was absent ten days in a row without permission.", 10, True),
        ("Synthetic: a clerk was absent for twelve consecutive working days.", 12, True),
        ("Synthetic: a clerk was away from work without any valid reason for thirty work days.", 30, False),
    ],
)
def test_days_absent_reads_the_count(text, days, consecutive):
    assert days_absent(text) == DaysAbsent(days, consecutive)


@pytest.mark.parametrize(
    "text",
    [
        "Synthetic: seorang PNS ikut kampanye memakai seragam dinas. Hukumannya apa?",
        # a count of days that is not absence: a deadline
        "Synthetic: keputusan hukuman disampaikan paling lambat 14 hari kerja sejak ditetapkan.",
        "Synthetic: the summons must come within seven working days of the hearing.",
        # absence, but no count
        "Synthetic: a civil servant skipped work to attend a rally. What is the penalty?",
    ],
)
def test_days_absent_is_none_without_a_count_of_absence(text):
    assert days_absent(text) is None


def test_days_absent_prefers_the_stated_total():
    text = "Synthetic: dia bolos 3 hari di bulan Maret, lalu totalnya jadi 12 hari kerja tanpa izin."
    assert days_absent(text) == DaysAbsent(12)
    # no total named: the largest figure is the running total
    assert days_absent("Synthetic: absent 4 days in March and 9 days without leave by June.") == DaysAbsent(9)


@dataclass(frozen=True)
class _Range:
    low: int
    high: int | None
    consecutive: bool = False


_SYNTHETIC_LEVELS = {
    "synthetic/light/1": _Range(3, 3),
    "synthetic/light/2": _Range(4, 6),
    "synthetic/light/3": _Range(7, 10),
    "synthetic/medium/1": _Range(11, 13),
    "synthetic/medium/2": _Range(14, 16),
    "synthetic/heavy/1": _Range(28, None),
    "synthetic/heavy/2": _Range(10, None, consecutive=True),
}


def test_holds_open_and_closed_ranges():
    assert holds(_Range(7, 10), 7) and holds(_Range(7, 10), 10)
    assert not holds(_Range(7, 10), 11) and not holds(_Range(7, 10), 6)
    assert holds(_Range(28, None), 300)


@pytest.mark.parametrize(
    ("count", "points"),
    [
        (DaysAbsent(3), ["synthetic/light/1"]),
        (DaysAbsent(8), ["synthetic/light/3"]),
        (DaysAbsent(15), ["synthetic/medium/2"]),  # across levels: medium, not light
        (DaysAbsent(40), ["synthetic/heavy/1"]),
        (DaysAbsent(2), []),  # below every range
        (DaysAbsent(18), []),  # in a gap of this synthetic table
        # an unbroken run meets the point for days in a row …
        (DaysAbsent(10, consecutive=True), ["synthetic/heavy/2"]),
        # … a yearly total of the same size does not
        (DaysAbsent(10), ["synthetic/light/3"]),
        # a run too short for the unbroken point still counts towards the yearly total
        (DaysAbsent(5, consecutive=True), ["synthetic/light/2"]),
    ],
)
def test_points_holding_picks_the_range(count, points):
    assert points_holding(count, _SYNTHETIC_LEVELS) == points
