import pytest

from kg.ids import format_citation, format_document_citation, is_provision_id, pasal_of, to_roman


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
        # Buku: a container of acts in books (UU 7/2017); skipped before a Pasal like BAB.
        ("uu-7-2017/buku-2/bab-1", "UU No. 7 Tahun 2017, Buku Kedua BAB I"),
        ("uu-7-2017/buku-3", "UU No. 7 Tahun 2017, Buku Ketiga"),
        # Court decisions, by the id ingest.decision gives them.
        ("mk-41-puu-xii-2014", "Putusan MK No. 41/PUU-XII/2014"),
        ("pn-slk-23-pid-sus-2024", "Putusan PN Solok No. 23/Pid.Sus/2024"),
        ("ma-12-k-pid-sus-2024", "Putusan MA No. 12 K/Pid.Sus/2024"),
    ],
)
def test_format_citation(pid, expected):
    assert format_citation(pid) == expected


def test_unknown_shapes_come_back_unchanged():
    assert format_document_citation("q17") == "q17"


def test_roman():
    assert [to_roman(n) for n in (1, 4, 9, 14, 40, 2023)] == ["I", "IV", "IX", "XIV", "XL", "MMXXIII"]


def test_buku_container_ids_are_provision_ids():
    assert is_provision_id("uu-7-2017/buku-2/bab-1/bagian-3")
    assert is_provision_id("uu-7-2017/buku-1")
    assert not is_provision_id("uu-7-2017/buku-x/bab-1")


def test_a_record_id_comes_back_from_its_path_form_for_every_kind_of_record():
    from kg.ids import record_id_from_path

    assert record_id_from_path("norm/pp-94-2021/x") == "norm:pp-94-2021/x"
    assert record_id_from_path("consequence/uu-20-2023/ptdh") == "consequence:uu-20-2023/ptdh"
    assert record_id_from_path("pp-94-2021/pasal-5") == "pp-94-2021/pasal-5"  # a provision stays as it is


def test_a_provision_lies_in_its_pasal():
    assert pasal_of("pp-94-2021/pasal-5/huruf-n/angka-6") == "pp-94-2021/pasal-5"
    assert pasal_of("uu-7-2017/pasal-280") == "uu-7-2017/pasal-280"


def test_an_acts_number_comes_out_of_its_id():
    from kg.ids import doc_number

    assert doc_number("pp-53-2010") == "53"
    assert doc_number("uu-20-2023") == "20"
    assert doc_number("not an id") is None


def test_one_id_nested_in_another_either_way():
    from kg.ids import nested

    assert nested("uu-5-2014/pasal-119", "uu-5-2014/pasal-119/ayat-1")
    assert nested("uu-5-2014/pasal-119/ayat-1", "uu-5-2014")
    assert not nested("uu-5-2014/pasal-11", "uu-5-2014/pasal-119")
