"""Tests for ingest.decree: joint decrees (Keputusan Bersama) from generated PDFs and from text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ingest.clean import clean_pages, split_lines
from ingest.decree import looks_like_joint_decree, parse_joint_decree
from ingest.read import read_file
from ingest.records import CleanText, IngestError
from ingest.references import extract_references

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# Invented wording throughout: an imitation of a joint decree's layout, not any real decree.
SYNTHETIC_HEAD = [
    "KEPUTUSAN BERSAMA",
    "MENTERI PENERTIBAN TATA USAHA REKAAN, MENTERI URUSAN WILAYAH KHAYALAN,",
    "KEPALA BADAN PEGAWAI FIKTIF, KETUA KOMISI PEGAWAI REKAAN, DAN",
    "KETUA BADAN PENGAWAS PEMILIHAN REKAAN",
    "NOMOR 7 TAHUN 2099",
    "NOMOR 800-1234 TAHUN 2099",
    "NOMOR 55 TAHUN 2099",
    "NOMOR 12 TAHUN 2099",
    "NOMOR 1111.1/PM.01/K.1/09/2099",
    "TENTANG",
    "PEDOMAN SIKAP NETRAL PEGAWAI REKAAN DALAM PEMILIHAN KHAYALAN",
    "DENGAN RAHMAT TUHAN YANG MAHA ESA",
]
SYNTHETIC_BODY = [
    "Menimbang : a. bahwa pegawai rekaan perlu bersikap netral selama masa pemilihan khayalan;",
    "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan "
    "keputusan bersama;",
    "Mengingat : 1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
    "2. Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;",
    "MEMUTUSKAN:",
    "Menetapkan : KEPUTUSAN BERSAMA TENTANG PEDOMAN SIKAP NETRAL PEGAWAI REKAAN.",
    "KESATU : Pedoman sikap netral tercantum dalam Lampiran yang menjadi bagian dari Keputusan Bersama ini.",
    "KEDUA : Pedoman sebagaimana dimaksud dalam Diktum KESATU dipakai oleh:",
    "a. pimpinan kantor rekaan; dan",
    "b. pengawas pemilihan khayalan.",
    "KETIGA : Keputusan Bersama ini mulai berlaku pada tanggal ditetapkan.",
    "Ditetapkan di Jakarta pada tanggal 22 September 2099",
]
SYNTHETIC_TABLE = [
    ("No", "Jenis Pelanggaran", "Dasar Hukum", "Sanksi"),
    (
        "1",
        "Memasang gambar calon rekaan di meja kerja kantor selama jam dinas",
        "Pasal 5 huruf n angka 9 PP 99/2099",
        "Hukuman disiplin sedang",
    ),
    ("2", "Ikut pawai calon rekaan", "Pasal 6 PP 99/2099", "Teguran tertulis dari atasan langsung pegawai"),
    (
        "3",
        "Membagikan selebaran calon kepada rekan kerja",
        "Pasal 7 ayat (2) dan ayat (3) PP 99/2099",
        "Pernyataan tidak puas secara tertulis",
    ),
]


def synthetic_clean_text() -> CleanText:
    lines = SYNTHETIC_HEAD + SYNTHETIC_BODY + ["LAMPIRAN", "KEPUTUSAN BERSAMA REKAAN"]
    lines += [" | ".join(r) for r in SYNTHETIC_TABLE]
    return CleanText(file="synthetic_skb.txt", lines=tuple(lines), pages=(1,) * len(lines))


def make_synthetic_skb_pdf(path: Path) -> Path:
    """A PDF imitating a joint decree: heading, body, page numbers, and a bordered Lampiran table."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 5, "\n".join(SYNTHETIC_HEAD + SYNTHETIC_BODY))
    pdf.add_page()
    pdf.cell(0, 5, "- 2 -", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "LAMPIRAN\nKEPUTUSAN BERSAMA REKAAN\nNOMOR 7 TAHUN 2099")
    with pdf.table(col_widths=(10, 60, 50, 50)) as table:
        for row in SYNTHETIC_TABLE:
            cells = table.row()
            for c in row:
                cells.cell(c)
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def skb_pdf(tmp_path_factory) -> Path:
    """One generated decree PDF shared by the tests of this module (fonts make generation slow)."""
    if not (FONT_DIR / "DejaVuSans.ttf").is_file():
        pytest.skip("fonts-dejavu-core missing")
    return make_synthetic_skb_pdf(tmp_path_factory.mktemp("skb") / "synthetic_skb.pdf")


def _check_table(doc) -> None:
    rows = [r for r in doc.table_rows if r.table == f"{doc.id}/lampiran/tabel-1"]
    assert [r.row for r in rows] == [1, 2, 3]
    for row, want in zip(rows, SYNTHETIC_TABLE[1:], strict=True):
        assert row.cells == dict(zip(SYNTHETIC_TABLE[0], want, strict=True))


def test_text_decree_identity_body_and_table():
    text = synthetic_clean_text()
    assert looks_like_joint_decree(text)
    doc = parse_joint_decree(text)
    assert (doc.id, doc.kind, doc.jenis, doc.nomor, doc.tahun) == (
        "kb-7-2099",
        "joint_decree",
        "kb",
        "7",
        2099,
    )
    assert "1111.1/PM.01/K.1/09/2099" in doc.metadata["nomor_semua"]
    assert doc.judul and doc.judul.lower().startswith("pedoman sikap netral")
    assert doc.ditetapkan == date(2099, 9, 22)
    diktum = [p for p in doc.provisions if p.level == "diktum"]
    assert [p.id for p in diktum] == [
        "kb-7-2099/diktum-kesatu",
        "kb-7-2099/diktum-kedua",
        "kb-7-2099/diktum-ketiga",
    ]
    assert doc.provision("kb-7-2099/diktum-kedua").children == (
        "kb-7-2099/diktum-kedua/huruf-a",
        "kb-7-2099/diktum-kedua/huruf-b",
    )
    assert len([p for p in doc.provisions if p.level == "menimbang"]) == 2
    assert len([p for p in doc.provisions if p.level == "mengingat"]) == 2
    _check_table(doc)


def test_decree_references():
    doc = parse_joint_decree(synthetic_clean_text())
    refs = extract_references(doc)
    got = {(r.source.split("/", 1)[1], r.kind, r.target) for r in refs if r.resolved}
    assert ("diktum-kedua", "internal", "kb-7-2099/diktum-kesatu") in got
    assert ("menimbang/huruf-b", "internal", "kb-7-2099/menimbang/huruf-a") in got
    assert ("mengingat/angka-1", "legal_basis", "uu-20-2023") in got
    (c,) = [r for r in refs if r.kind == "commencement"]
    assert c.target == "kb-7-2099" and c.effective == date(2099, 9, 22)


def test_not_a_joint_decree():
    reg = CleanText(
        file="synthetic_pp.txt",
        lines=("PERATURAN PEMERINTAH", "NOMOR 1 TAHUN 2099", "Pasal 1"),
        pages=(1, 1, 1),
    )
    assert not looks_like_joint_decree(reg)
    broken = CleanText(
        file="synthetic_kb.txt", lines=("KEPUTUSAN BERSAMA", "NOMOR X", "NOMOR Y"), pages=(1, 1, 1)
    )
    with pytest.raises(IngestError, match="synthetic_kb.txt"):
        parse_joint_decree(broken)


def test_generated_pdf_decree(skb_pdf):
    pdf = skb_pdf
    pages = read_file(pdf)
    text = split_lines(str(pdf), pages, drop_page_marks=True)
    assert looks_like_joint_decree(text)
    doc = parse_joint_decree(text)
    assert doc.id == "kb-7-2099"
    assert {p.id.rsplit("/", 1)[1] for p in doc.provisions if p.level == "diktum"} == {
        "diktum-kesatu",
        "diktum-kedua",
        "diktum-ketiga",
    }
    _check_table(doc)
    assert doc.table_rows[0].source and doc.table_rows[0].source.page == 2


def test_line_joined_text_keeps_the_body_and_warns_about_the_table(skb_pdf):
    pdf = skb_pdf
    joined = clean_pages(str(pdf), read_file(pdf))  # the regulation cleaner joins the table's lines
    doc = parse_joint_decree(joined)
    assert doc.id == "kb-7-2099" and len([p for p in doc.provisions if p.level == "diktum"]) == 3
    assert doc.table_rows == ()  # no wrong rows ...
    assert any(w.code == "lampiran-no-table" for w in doc.warnings)  # ... and it says why
