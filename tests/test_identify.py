"""Tests for ingest.identify: identity from the heading and closing, never from the file name."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import CORPUS_RAW, needs_shared

from ingest.clean import clean_pages
from ingest.identify import doc_id_for, identify
from ingest.records import IngestError

SYNTHETIC_CLOSING = (
    "Pasal 9\nPeraturan ini mulai berlaku pada tanggal diundangkan.\n"
    "Agar setiap orang mengetahuinya, memerintahkan pengundangan.\n"
    "Ditetapkan di Jakarta pada tanggal 5 Januari 2099\n"
    "Diundangkan di Jakarta pada tanggal 7 Pebruari 2099\n"
    "LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2O99 NOMOR 4l\n"
    "PENJELASAN ATAS PERATURAN CONTOH\n"
    "TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 9912\n"
)


def ident_of(text: str, file: str = "synthetic.md"):  # noqa: ANN201 - Identity
    return identify(clean_pages(file, [text]))


@pytest.mark.parametrize(
    ("heading", "doc_id", "title"),
    [
        (
            "UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 3 TAHUN 2098 TENTANG KEBUN BENIH",
            "uu-3-2098",
            "Undang-Undang Nomor 3 Tahun 2098",
        ),
        (
            "PERATURAN PEMERINTAH PENGGANTI UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 2 TAHUN 2097 "
            "TENTANG CONTOH",
            "perppu-2-2097",
            "Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2097",
        ),
        (
            "PERATURAN PEMERINTAH NO. 5 TAHUN 2096 TENTANG CONTOH",
            "pp-5-2096",
            "Peraturan Pemerintah Nomor 5 Tahun 2096",
        ),
        (
            "PERATURAN PRESIDEN REPUBLIK INDONESIA NOMOR 8 TAHUN 2095 TENTANG CONTOH",
            "perpres-8-2095",
            "Peraturan Presiden Nomor 8 Tahun 2095",
        ),
        (
            "PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA "
            "NOMOR 6 TAHUN 2094 TENTANG CONTOH",
            "permenpanrb-6-2094",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2094",
        ),
        (
            "PERATURAN BADAN PENGAWAS PEMILIHAN UMUM NOMOR 4 TAHUN 2093 TENTANG CONTOH",
            "perbawaslu-4-2093",
            "Peraturan Badan Pengawas Pemilihan Umum Nomor 4 Tahun 2093",
        ),
        (
            "PERATURAN MENTERI KEUANGAN REPUBLIK INDONESIA NOMOR 9/PMK.01/2092 TENTANG CONTOH",
            "permenkeu-9-pmk.01-2092",
            "Peraturan Menteri Keuangan Nomor 9/PMK.01/2092",
        ),
        (
            "KEPUTUSAN BERSAMA MENTERI CONTOH SATU NOMOR 12 TAHUN 2091 "
            "MENTERI CONTOH DUA NOMOR 800-77 TAHUN 2091 "
            "TENTANG PEDOMAN CONTOH",
            "kb-12-2091",
            "Keputusan Bersama Nomor 12 Tahun 2091",
        ),
    ],
    ids=["uu", "perppu", "pp", "perpres", "permenpanrb", "perbawaslu", "permenkeu", "kb"],
)
def test_jenis_nomor_tahun_and_id(heading: str, doc_id: str, title: str) -> None:
    ident = ident_of(heading + "\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nMenimbang: a. bahwa contoh;\n")
    assert ident.doc_id == doc_id
    assert ident.title == title
    assert ident.judul and ident.judul.lower().startswith(("kebun", "contoh", "pedoman"))


def test_heading_over_several_lines_and_judul_case() -> None:
    ident = ident_of(
        "UNDANG-UNDANG REPUBLIK INDONESIA\nNOMOR 11 TAHUN 2090\nTENTANG\n"
        "KEBUN BENIH DAN LUMBUNG DESA\n\nMenimbang:"
    )
    assert ident.doc_id == "uu-11-2090"
    assert ident.judul == "Kebun Benih dan Lumbung Desa"


def test_dates_ln_tln_from_the_closing() -> None:
    ident = ident_of(
        "PERATURAN PEMERINTAH NOMOR 1 TAHUN 2099 TENTANG CONTOH\nMenimbang: bahwa contoh;\n"
        + SYNTHETIC_CLOSING
    )
    assert ident.ditetapkan == date(2099, 1, 5)
    assert ident.diundangkan == date(2099, 2, 7)
    assert ident.ln == "LN 2099/41"
    assert ident.tln == "TLN 9912"


def test_identity_comes_from_the_text_not_the_file_name() -> None:
    ident = ident_of("UNDANG-UNDANG NOMOR 4 TAHUN 2089 TENTANG CONTOH\n", file="pp-94-2021.md")
    assert ident.doc_id == "uu-4-2089"


def test_heading_lost_at_the_top_is_read_from_the_penjelasan() -> None:
    text = (
        "a. bahwa kebun benih perlu ditata;\nMEMUTUSKAN: Menetapkan: PERATURAN CONTOH.\nPasal 1 Isi contoh.\n"
        "PENJELASAN ATAS PERATURAN PEMERINTAH REPUBLIK INDONESIA NOMOR 31 TAHUN 2088 TENTANG KEBUN BENIH\n"
        "I. UMUM Penjelasan contoh.\n"
    )
    ident = ident_of(text)
    assert (ident.doc_id, ident.judul, ident.heading_line) == ("pp-31-2088", "Kebun Benih", -1)


def test_heading_from_menetapkan_and_a_lone_number() -> None:
    text = (
        "NOMOR 12 TAHUN 2087\nMenimbang: bahwa contoh;\n"
        "Menetapkan : PERATURAN PEMERINTAH TENTANG LUMBUNG DESA.\n"
    )
    ident = ident_of(text)
    assert (ident.doc_id, ident.judul) == ("pp-12-2087", "Lumbung Desa")


def test_amended_regulation_number_in_menetapkan_is_not_this_ones() -> None:
    text = (
        "Menimbang: bahwa contoh;\n"
        "Menetapkan : PERATURAN PEMERINTAH TENTANG PERUBAHAN ATAS PERATURAN PEMERINTAH NOMOR 15 TAHUN 2080.\n"
    )
    with pytest.raises(IngestError):
        ident_of(text)


def test_spaced_out_heading_letters() -> None:
    ident = ident_of("SALIN AN PERA TURAN PEMERINTAH REPUBLIK INDONESIA NOMOR 6 TAHUN 2086 TENTANG CONTOH\n")
    assert ident.doc_id == "pp-6-2086"


def test_a_citation_is_never_taken_for_the_heading() -> None:
    text = "Mengingat :\nUndang-Undang Nomor 8 Tahun 2085 tentang Kebun Benih;\nPasal 1 Isi contoh.\n"
    with pytest.raises(IngestError, match="no recognizable heading"):
        ident_of(text)


def test_no_heading_is_an_ingest_error() -> None:
    with pytest.raises(IngestError) as err:
        ident_of("Catatan rapat kebun benih tanpa judul peraturan.\nPasal 1 Isi.\n", file="synthetic_note.md")
    assert "synthetic_note.md" in str(err.value) and "no recognizable heading" in str(err.value)


def test_doc_id_rules() -> None:
    assert doc_id_for("kb", "800-5474", 2099) == "kb-800-5474-2099"
    assert doc_id_for("permen", "PER/12 A", 2099) == "permen-per-12-a-2099"


EXPECTED_IDS = {
    "pp-94-2021.md": ("pp-94-2021", "Peraturan Pemerintah Nomor 94 Tahun 2021"),
    "uu-20-2023.md": ("uu-20-2023", "Undang-Undang Nomor 20 Tahun 2023"),
    "uu-5-2014.md": ("uu-5-2014", "Undang-Undang Nomor 5 Tahun 2014"),
    "pp-53-2010.md": ("pp-53-2010", "Peraturan Pemerintah Nomor 53 Tahun 2010"),
    "pp-42-2004.md": ("pp-42-2004", "Peraturan Pemerintah Nomor 42 Tahun 2004"),
    "pp-11-2017.md": ("pp-11-2017", "Peraturan Pemerintah Nomor 11 Tahun 2017"),
    "uu-1-2015.md": ("uu-1-2015", "Undang-Undang Nomor 1 Tahun 2015"),
    "uu-8-2015.md": ("uu-8-2015", "Undang-Undang Nomor 8 Tahun 2015"),
    "uu-10-2016.md": ("uu-10-2016", "Undang-Undang Nomor 10 Tahun 2016"),
    "uu-7-2017-partial.md": ("uu-7-2017", "Undang-Undang Nomor 7 Tahun 2017"),
}


@needs_shared
@pytest.mark.parametrize("name", sorted(EXPECTED_IDS))
def test_real_files_identify(name: str) -> None:
    ident = ident_of((CORPUS_RAW / name).read_text(encoding="utf-8"), file=name)
    assert (ident.doc_id, ident.title) == EXPECTED_IDS[name]


@needs_shared
def test_real_pp_94_2021_closing() -> None:
    ident = ident_of((CORPUS_RAW / "pp-94-2021.md").read_text(encoding="utf-8"), file="pp-94-2021.md")
    assert ident.judul == "Disiplin Pegawai Negeri Sipil"
    assert ident.ditetapkan == date(2021, 8, 31)
    assert (ident.ln, ident.tln) == ("LN 2021/202", "TLN 6718")
