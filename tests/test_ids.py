import pytest

from kg.ids import format_citation, format_document_citation, to_roman


@pytest.mark.parametrize(
    ("pid", "expected"),
    [
        ("pp-94-2021/pasal-14/huruf-i", "PP No. 94 Tahun 2021, Pasal 14 huruf i"),
        ("uu-20-2023/pasal-24/ayat-1/huruf-d", "UU No. 20 Tahun 2023, Pasal 24 ayat (1) huruf d"),
        ("pp-94-2021/pasal-5/huruf-n/angka-4", "PP No. 94 Tahun 2021, Pasal 5 huruf n angka 4"),
        ("uu-1-2015/pasal-187a", "UU No. 1 Tahun 2015, Pasal 187A"),
        ("pp-94-2021", "PP No. 94 Tahun 2021"),
        ("pp-94-2021/bab-14", "PP No. 94 Tahun 2021, BAB XIV"),
        ("uud-1945/pasal-28d", "UUD 1945, Pasal 28D"),
    ],
)
def test_format_citation(pid, expected):
    assert format_citation(pid) == expected


def test_unknown_shapes_come_back_unchanged():
    assert format_document_citation("q17") == "q17"


def test_roman():
    assert [to_roman(n) for n in (1, 4, 9, 14, 40, 2023)] == ["I", "IV", "IX", "XIV", "XL", "MMXXIII"]
