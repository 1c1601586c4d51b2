"""Tests for ingest.text_utils: months and dates, Roman numerals, ordinals, OCR-slipped numbers."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.text_utils import ORDINAL_RE, date_of, fix_number, ordinal_to_int, parse_date, roman_to_int


def test_date_of_repairs_ocr_digits_and_rejects_non_dates() -> None:
    assert date_of("1 5", "Agustus", "2Ol9") == date(2019, 8, 15)
    assert date_of("3", "Pebruari", "2099") == date(2099, 2, 3)
    assert date_of("31", "Februari", "2099") is None
    assert date_of("1", "Bulanrekaan", "2099") is None


def test_parse_date_takes_the_first_real_date() -> None:
    assert parse_date("mulai berlaku pada tanggal 1 Januari 2098 dan 2 Maret 2099") == date(2098, 1, 1)
    assert parse_date("sejak 12 rekaan 2099, lalu 5 Mei 2099") == date(2099, 5, 5)
    assert parse_date("tanpa tanggal") is None


@pytest.mark.parametrize(("numeral", "value"), [("I", 1), ("IV", 4), ("IX", 9), ("XL", 40), ("xiv", 14)])
def test_roman_to_int(numeral: str, value: int) -> None:
    assert roman_to_int(numeral) == value


def test_ordinals_and_their_pattern_agree() -> None:
    import re

    for words, value in (("Pertama", 1), ("Kesebelas", 11), ("Ketiga Belas", 13), ("Kedua Puluh Satu", 21)):
        assert re.fullmatch(ORDINAL_RE, words) and ordinal_to_int(words) == value


def test_fix_number_only_touches_number_like_tokens() -> None:
    assert fix_number("2O16") == "2016" and fix_number("l0") == "10"
    assert fix_number("Olah") == "Olah" and fix_number("lO") == "lO" and fix_number("7") == "7"
