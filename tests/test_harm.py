"""kg.harm: the reach of a breach's harm as a question tells it, and the penalty points covering it."""

import pytest

from kg.harm import harm_reach, points_reaching, reach_spans


@pytest.mark.parametrize(
    ("text", "reach"),
    [
        ("Pungutannya berdampak pada unit kerja saja.", "unit"),
        ("Dampaknya hanya terasa di bidang itu, tidak sampai ke instansi.", "unit"),
        ("Videonya viral dan dampaknya mencoreng instansi.", "agency"),
        ("Kasus terbaru dampaknya sampai ke seluruh dinas.", "agency"),
        ("The leak embarrassed the whole agency.", "agency"),
        ("the harm having reached the ministry", "agency"),
        ("The impact was limited to his own unit, not the agency.", "unit"),
        ("Akibat ulahnya nama baik pemerintah tercoreng; dampaknya ke negara.", "state"),
        ("It damaged the government's reputation nationwide: the effect reached the state.", "state"),
        # not the government of the state but the regency's own: an agency
        ("The reputational effect fell on the regency government.", "agency"),
        # the place owning the effect, just before it
        ("The examiners concluded the government's image was hurt.", "state"),
        ("In the end the agency's good name suffered.", "agency"),
    ],
)
def test_the_reach_a_question_tells(text, reach):
    assert harm_reach(text) == reach


@pytest.mark.parametrize(
    "text",
    [
        "Seorang PNS melakukan kegiatan yang merugikan negara. Apa hukumannya?",  # the conduct, not the reach
        "Apa akibatnya bagi kepala dinas itu?",  # the consequence for a person
        "A civil servant used the office car for a campaign. What penalty?",
        "Dampaknya belum jelas.",  # an effect with no place
    ],
)
def test_no_reach_when_the_question_tells_none(text):
    assert harm_reach(text) is None


def test_points_covering_a_reach_in_the_order_given():
    points = {"x/pasal-13/huruf-b": ["unit", "agency"], "x/pasal-14/huruf-f": ["state"]}
    assert points_reaching("agency", points) == ["x/pasal-13/huruf-b"]
    assert points_reaching("state", points) == ["x/pasal-14/huruf-f"]
    assert points_reaching("unit", {"a": ["unit"], "b": ["unit", "agency"], "c": []}) == ["a", "b"]


def test_the_words_telling_the_reach_are_spanned_so_they_are_not_read_as_conduct():
    from kg.question import parse_question

    text = "A PNS leaked the confidential plan. The examiners concluded the harm reached the state."
    ((start, end),) = reach_spans(text)
    assert text[start:end] == "the harm reached the state"
    conduct = parse_question(text).conduct
    assert "leaked" in conduct and "state" not in conduct and "harm" not in conduct
    assert reach_spans("Dampaknya belum jelas.") == []  # an effect with no place: nothing to leave out
