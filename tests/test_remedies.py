"""The discipline regulations' remedy routes read from synthetic stories."""

import pytest

from kg.remedies import route_2010, route_2021


def _route(text: str) -> list[str]:
    return [p.provision.removeprefix("pp-53-2010/") for p in route_2010(text)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a deferred rise by an official below the PPK: objection, by where the official sits
        (
            "In 2019 the head of a synthetic regency's education office put off a teacher's periodic salary "
            "increase for a year. Can she object?",
            "pasal-34/ayat-1/huruf-b",
        ),
        (
            "Tahun 2019 kepala biro di setda provinsi sintetis menunda kenaikan pangkat stafnya. "
            "Bisa keberatan?",
            "pasal-34/ayat-1/huruf-a",
        ),
        (
            "In 2019 the head of a synthetic tax regional office held back a clerk's salary increment "
            "by a year. To whom can she object?",
            "pasal-34/ayat-1/huruf-c",
        ),
        (
            "In 2018 the head of a ministry's synthetic provincial regional office put off a staffer's "
            "promotion for a year. Could he object?",
            "pasal-34/ayat-1/huruf-d",
        ),
        # a dismissal by the PPK or the governor: appeal
        (
            "Synthetic regent fired a civil servant for campaigning in 2020. Appeal where?",
            "pasal-34/ayat-2/huruf-a",
        ),
        # no remedy: the President, a PPK short of dismissal, a governor for the government, a head of
        # mission, a light penalty by any official
        (
            "In 2019 the President signed a decree relieving a synthetic secretary-general of his post. "
            "Could he appeal?",
            "pasal-33/huruf-a",
        ),
        (
            "Mei 2019 klien saya dijatuhi penurunan pangkat selama setahun oleh bupati sintetis. "
            "Bisa keberatan?",
            "pasal-33/huruf-b",
        ),
        (
            "In 2018 a governor, acting for the central government, moved a synthetic regency secretary to a "
            "lower post. From when did that run, and could he contest it?",
            "pasal-33/huruf-c",
        ),
        (
            "The head of mission signed a decree putting off his periodic raise for a year in 2019. Can he "
            "object?",
            "pasal-33/huruf-d",
        ),
        (
            "Desember 2020 kabid dinas sintetis memberi teguran tertulis kepada stafnya. Teguran itu mulai "
            "berlaku kapan?",
            "pasal-33/huruf-e",
        ),
    ],
)
def test_a_penalty_by_whom_it_was_imposed_goes_its_route(text, first):
    route = _route(text)
    assert route and route[0] == first, route
    # each route says from when the penalty runs: Pasal 43 beside no remedy, 44 an objection, 45 an appeal
    runs = {"pasal-33": "pasal-43", "pasal-34/ayat-1": "pasal-44", "pasal-34/ayat-2": "pasal-45"}
    assert any(r.startswith(runs[k]) for k in runs if first.startswith(k) for r in route), route


@pytest.mark.parametrize(
    "text",
    [
        # nothing asked of a remedy or of when it runs ("aturan yang berlaku" is the rules in force)
        "Maret 2019 sekda menandatangani teguran tertulis untuk kadis sintetis. Menurut aturan yang berlaku?",
        # no penalty named
        "In 2019 the synthetic regent signed a letter to all agency heads. Can I object?",
        # no one said to have imposed it
        "A synthetic clerk's promotion was put off for a year in 2019. Can he object?",
        # the regent named as the race, not as the one who punished
        "In 2019 I got a one-year delay of my pay rise from the regent pair's team leader. Can I object?",
    ],
)
def test_a_story_that_does_not_tell_the_penalty_and_who_imposed_it_gets_no_route(text):
    assert route_2010(text) == []


def test_under_the_2021_regulation_a_penalty_runs_from_the_fifteenth_day_or_as_the_remedy_decides():
    asked = "The synthetic regent demoted me one level in 2024. From when does the demotion run?"
    assert [p.provision for p in route_2021(asked)] == ["pp-94-2021/pasal-38/ayat-1"]
    waiting = (
        "The synthetic regent demoted me in December 2024; I filed an objection. HR already moved me. "
        "Shouldn't it wait?"
    )
    assert [p.provision for p in route_2021(waiting)] == [
        "pp-94-2021/pasal-38/ayat-1",
        "pp-94-2021/pasal-38/ayat-2",
    ]
    # nothing asked of when it runs, or no penalty told
    assert route_2021("The synthetic regent demoted me one level in 2024. Was that fair?") == []
    assert route_2021("From when does the new discipline regulation apply?") == []


def test_an_objection_lodged_gets_the_superiors_time_limit_and_a_ruling_told_what_he_may_rule():
    told = "In 2020 my synthetic agency head put off my pay rise for a year. I objected to the sekda. "
    lodged = _route(told + "It has been two months. Has it fallen away?")
    assert {"pasal-36/ayat-3", "pasal-37/ayat-4"} <= set(lodged) and "pasal-37/ayat-1" not in lodged
    ruled = _route(told + "He made it worse instead. Can he?")
    assert {"pasal-37/ayat-1", "pasal-37/ayat-3"} <= set(ruled)
    assert "pasal-36/ayat-3" not in _route(
        "In 2020 my synthetic agency head put off my pay rise. Can I object?"
    )


def test_a_decision_its_civil_servant_was_absent_to_receive_is_sent_and_runs_from_the_15th_day():
    told = "In December 2020 my synthetic brother's agency head put off his promotion for a year. "
    absent = _route(
        told + "He was away on the day set to hand it over, so they mailed it. From when does it run?"
    )
    assert {"pasal-31/ayat-4", "pasal-46"} <= set(absent)
    told = "Our synthetic office set a written statement of dissatisfaction for her in 2024. "
    asked = told + "She never came to collect it and they posted it. From when does it run?"
    assert [p.provision for p in route_2021(asked)] == [
        "pp-94-2021/pasal-37/ayat-3",
        "pp-94-2021/pasal-37/ayat-4",
        "pp-94-2021/pasal-38/ayat-1",
    ]
    assert "pasal-46" not in _route(told.replace("2024", "2019") + "Can she object?")


@pytest.mark.parametrize(
    ("text", "points"),
    [
        (
            "In 2020 a synthetic clerk objected to his deferred promotion and reached retirement age "
            "before it was decided. What now?",
            {"pasal-40/ayat-2/huruf-a"},
        ),
        (
            "In 2020 a synthetic clerk, dismissed, appealed to BAPEK and reached retirement age first. Pay?",
            {"pasal-40/ayat-2/huruf-b"},
        ),
        (
            "In 2020 a synthetic clerk, dismissed, appealed to BAPEK and died before it ruled. What follows?",
            {"pasal-40/ayat-1", "pasal-40/ayat-3"},
        ),
        (
            "Tahun 2019 PNS sintetis diberhentikan bupati, lalu banding ke BAPEK. Gajinya masih dibayar?",
            {"pasal-39/ayat-1/huruf-a", "pasal-39/ayat-2"},
        ),
        (
            "Tahun 2020 PNS sintetis diberhentikan bupati. Dia tidak banding ke BAPEK. Gajinya sampai kapan?",
            {"pasal-39/ayat-1/huruf-b"},
        ),
    ],
)
def test_a_death_a_retirement_or_pay_while_a_remedy_is_pending(text, points):
    pending = {p for p in _route(text) if p.startswith(("pasal-39", "pasal-40"))}
    assert pending == points, pending
