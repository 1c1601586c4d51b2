"""Tests for ingest.clean: furniture, hyphenation, OCR repairs, stamp garbage, structure splitting."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.clean import (
    clean_line,
    clean_pages,
    fix_hyphens,
    split_structure,
    strip_stamp_garbage,
)
from ingest.read import read_file
from ingest.text_utils import fix_number

sys.path.insert(0, str(Path(__file__).parent))
import synthetic_pdfs  # noqa: E402

needs_font = pytest.mark.skipif(synthetic_pdfs.find_font() is None, reason="no TTF font (fonts-dejavu-core)")


def lines_of(*pages: str) -> list[str]:
    return list(clean_pages("synthetic.txt", list(pages)).lines)


# --- furniture ---------------------------------------------------------------------------------


def test_running_header_page_numbers_and_salinan_are_removed() -> None:
    page = "SALINAN\nPRESIDEN REPUBLIK INDONESIA\n- 3 -\nPasal 4\nPengurus kebun wajib hadir.\n17\n"
    assert lines_of(page) == ["Pasal 4 Pengurus kebun wajib hadir."]


def test_enacting_authority_is_kept_but_garbled_header_inline_is_removed() -> None:
    kept = lines_of("DENGAN RAHMAT TUHAN YANG MAHA ESA\nPRESIDEN REPUBLIK INDONESIA,\n")
    assert any("PRESIDEN REPUBLIK INDONESIA," in ln for ln in kept)
    out = lines_of("a. menanam bibit PFTESIDEN REPUBLIK INDONESIA a. menanam bibit jagung;\n")
    assert out == ["a. menanam bibit jagung;"]


def test_inline_page_number_removed() -> None:
    assert lines_of("b. menyiram tanaman - 4 - setiap pagi;") == ["b. menyiram tanaman setiap pagi;"]


# --- hyphenation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("pemerin-\ntahan desa", "pemerintahan desa"),
        ("peraturan perundang-\nundangan", "peraturan perundang-undangan"),
        ("anak-\nanak sekolah", "anak-anak sekolah"),
        ("sebaik-\nbaiknya", "sebaik-baiknya"),
        ("Undang- Undang Nomor 3", "Undang-Undang Nomor 3"),
        ("bersama- sama", "bersama-sama"),
        ("terus-\nmenerus", "terus-menerus"),
        ("kese-\nlamatan kerja", "keselamatan kerja"),
    ],
)
def test_hyphenation(raw: str, expected: str) -> None:
    assert lines_of(raw) == [expected]


def test_fix_hyphens_keeps_real_compounds_inline() -> None:
    assert fix_hyphens("sewenang- wenang") == "sewenang-wenang"
    assert fix_hyphens("meng- atur") == "mengatur"


# --- OCR repairs in markers and citations only ---------------------------------------------------


def test_ocr_repairs_in_markers_and_citations() -> None:
    out = clean_line("(21 Pengurus melapor sesuai Undang-Undang Nomor 9 Tahun 2Ol4 dan Tahun L945.")
    assert out == "(2) Pengurus melapor sesuai Undang-Undang Nomor 9 Tahun 2014 dan Tahun 1945."
    assert clean_line("McNetapKan : PERATURAN CONTOH.") == "Menetapkan : PERATURAN CONTOH."
    assert clean_line("Pasal 3O Isi contoh.") == "Pasal 30 Isi contoh."
    assert (
        clean_line("sebagaimana dimaksud pada ayat (41dan ayat (3)")
        == "sebagaimana dimaksud pada ayat (4) dan ayat (3)"
    )


def test_ocr_repair_leaves_words_alone() -> None:
    # "Ol" inside an ordinary word is not a number; "Lolos" stays as written.
    assert clean_line("Lolos seleksi Olimpiade desa.") == "Lolos seleksi Olimpiade desa."
    assert fix_number("2Ol4") == "2014" and fix_number("Olah") == "Olah"


def test_first_list_item_read_as_f() -> None:
    assert split_structure(clean_line("dengan cara: f . menanam bibit; 2. menyiram bibit;")) == [
        "dengan cara:",
        "1. menanam bibit;",
        "2. menyiram bibit;",
    ]


# --- stamp garbage -------------------------------------------------------------------------------


def test_stamp_garbage_removed_inline() -> None:
    s = "c. menjaga pagar kebun; : ql( Nlo l7(,33,) /r d. menjaga pintu gerbang;"
    assert strip_stamp_garbage(s) == "c. menjaga pagar kebun; d. menjaga pintu gerbang;"
    s2 = "anggota tim. I'l( l.lo f fltrr< ^- A 2. Ketua"
    assert strip_stamp_garbage(s2) == "anggota tim. 2. Ketua"


def test_citation_value_next_to_stamp_is_kept() -> None:
    s = "disebut dalam Pasal 6 huruf c; ',q( l',rn l(',.7(.ll A d. menjual hasil panen"
    assert strip_stamp_garbage(s) == "disebut dalam Pasal 6 huruf c; d. menjual hasil panen"


def test_catchword_repeated_after_page_turn_is_dropped() -> None:
    out = lines_of("(1) Ketua memimpin rapat. (2) Anggota . (21 Anggota hadir tepat waktu.")
    assert out == ["(1) Ketua memimpin rapat.", "(2) Anggota hadir tepat waktu."]
    assert lines_of("b. menyiram b. menyiram bibit;") == ["b. menyiram bibit;"]
    assert lines_of("Pasal 9\nPasal 9 (1) Isi contoh.") == ["Pasal 9", "(1) Isi contoh."]


# --- structure splitting -------------------------------------------------------------------------


def test_run_together_structure_is_split() -> None:
    raw = (
        "Pengurus dijatuhi teguran. Bagian Kedua Tata Tertib Kebun Pasal 8 (1) Ketua mengatur jadwal: "
        "a. penyiraman; b. pemupukan; dan c. panen. (2) Jadwal sebagaimana dimaksud pada ayat (1) diumumkan."
    )
    assert split_structure(raw) == [
        "Pengurus dijatuhi teguran.",
        "Bagian Kedua Tata Tertib Kebun",
        "Pasal 8",
        "(1) Ketua mengatur jadwal:",
        "a. penyiraman;",
        "b. pemupukan; dan",
        "c. panen.",
        "(2) Jadwal sebagaimana dimaksud pada ayat (1) diumumkan.",
    ]


def test_references_are_not_split() -> None:
    for s in (
        "Pengurus yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 3 sampai dengan Pasal 5 ditegur.",
        "Sanksi sebagaimana dimaksud dalam Pasal 4 huruf b. dan ayat (2) berlaku.",
        "diatur dalam Pasal 86 ayat (4) dan Pasal 87.",
    ):
        assert split_structure(s) == [s]


def test_penjelasan_markers_are_split() -> None:
    assert split_structure("Pasal 5 Huruf a Cukup jelas. Huruf b Angka 1 Contoh penjelasan.") == [
        "Pasal 5",
        "Huruf a Cukup jelas.",
        "Huruf b",
        "Angka 1 Contoh penjelasan.",
    ]


def test_pages_are_kept_per_line() -> None:
    ct = clean_pages("synthetic.txt", ["Pasal 1 Isi pertama.", "Pasal 2 Isi kedua.\nPasal 3 Isi ketiga."])
    assert list(zip(ct.lines, ct.pages, strict=True)) == [
        ("Pasal 1 Isi pertama.", 1),
        ("Pasal 2 Isi kedua.", 2),
        ("Pasal 3 Isi ketiga.", 2),
    ]


def test_sentence_continuing_on_next_page_is_joined() -> None:
    ct = clean_pages("synthetic.txt", ["(1) Ketua wajib hadir dalam", "rapat anggota."])
    assert ct.lines == ("(1) Ketua wajib hadir dalam rapat anggota.",)
    assert ct.pages == (1,)


@needs_font
def test_generated_pdf_cleans_to_structure(tmp_path: Path) -> None:
    pdf = synthetic_pdfs.write_regulation_pdf(tmp_path / "synthetic_reg.pdf")
    ct = clean_pages(str(pdf), read_file(pdf))
    text = ct.text
    assert "PRESIDEN REPUBLIK INDONESIA" not in text and "- 2 -" not in text and "SALINAN" not in text
    assert "secara tertib agar" in text and "masuk dan keluar dari" in text
    assert "perundang-undangan" in text and "anak-anak sekolah" in text
    assert any(ln.startswith("(1) Pengelola wajib mencatat setiap benih") for ln in ct.lines)
    assert ct.pages[ct.lines.index("Pasal 2")] == 2


# --- properties ----------------------------------------------------------------------------------

WORDS = st.sampled_from(
    "kebun benih warga pengelola menanam menyiram jagung padi tanah sawah pupuk panen musim hujan "
    "kemarau lumbung gudang ketua anggota rapat jadwal laporan tahunan wilayah perangkat kepala".split()
)
SENTENCE = st.lists(WORDS, min_size=3, max_size=14).map(lambda ws: " ".join(ws))


@settings(max_examples=40, deadline=None)
@given(st.lists(SENTENCE, min_size=1, max_size=6), st.sampled_from([". ", "; ", ", "]))
def test_cleaning_never_changes_normative_words(sentences: list[str], sep: str) -> None:
    raw = sep.join(sentences) + "."
    out = " ".join(lines_of(raw))
    assert re.findall(r"[a-z]+", out) == re.findall(r"[a-z]+", raw)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 30), st.lists(SENTENCE, min_size=1, max_size=3)),
        min_size=1,
        max_size=5,
    )
)
def test_cleaning_is_idempotent(pasals: list[tuple[int, list[str]]]) -> None:
    raw = " ".join(
        f"Pasal {n} " + " ".join(f"({k}) {s}." for k, s in enumerate(sents, 1)) for n, sents in pasals
    )
    once = lines_of(raw)
    twice = lines_of("\n".join(once))
    assert twice == once


def test_synthetic_markdown_emphasis_on_a_foreign_term_keeps_the_term():
    # A PDF-to-markdown conversion italicises foreign terms; the words are wording, not stamp garbage.
    assert clean_line("disebut _black campaign_ dalam") == "disebut black campaign dalam"
    assert clean_line("kecuali hakim _Ad Hoc_ ;") == "kecuali hakim Ad Hoc ;"
    assert clean_line("nomor_induk pegawai") == "nomor_induk pegawai"


def test_synthetic_page_stamp_with_a_mangled_number_is_dropped_before_an_ayat():
    line = "hadir pada panggilan pertama. [il( Nlo 106).'/6 A (41 Apabila tidak hadir juga"
    assert clean_line(line) == "hadir pada panggilan pertama. (4) Apabila tidak hadir juga"
    assert clean_line("lihat angka 1/2 dan 3.4 serta (2), (3).") == "lihat angka 1/2 dan 3.4 serta (2), (3)."
