"""Tests for ingest.read: text and PDF files, and one clear error for each kind of bad input."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ingest.read import read_file
from ingest.records import IngestError

sys.path.insert(0, str(Path(__file__).parent))
import synthetic_pdfs  # noqa: E402

needs_font = pytest.mark.skipif(synthetic_pdfs.find_font() is None, reason="no TTF font (fonts-dejavu-core)")

SYNTHETIC_TEXT = "PERATURAN CONTOH NOMOR 1 TAHUN 2099\nPasal 1\nIsi pasal contoh yang dikarang sendiri.\n"


def test_text_file_is_one_page(tmp_path: Path) -> None:
    f = tmp_path / "synthetic_reg.md"
    f.write_text(SYNTHETIC_TEXT, encoding="utf-8")
    pages = read_file(f)
    assert pages == [SYNTHETIC_TEXT]


def test_txt_with_bom_is_read(tmp_path: Path) -> None:
    f = tmp_path / "synthetic_bom.txt"
    f.write_bytes(b"\xef\xbb\xbf" + SYNTHETIC_TEXT.encode())
    assert read_file(f)[0].startswith("PERATURAN")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("synthetic_empty.md", b"", "empty file"),
        ("synthetic_blank.txt", b"  \n\n \t\n", "empty file"),
        ("synthetic_binary.md", b"\x00\x01\x02binary\x00" * 50, "binary file"),
        ("synthetic_latin1.txt", "Pasal 1\nP\u00e9rnyataan\n".encode("latin-1"), "not UTF-8"),
        ("synthetic_doc.docx", b"PK\x03\x04 something", "unsupported file type"),
    ],
    ids=["empty", "blank", "binary", "latin1", "docx"],
)
def test_bad_text_inputs_raise_one_clear_error(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(IngestError) as err:
        read_file(f)
    assert reason in str(err.value)
    assert str(f) in str(err.value)  # the message names the file


def test_non_utf8_error_names_the_line(tmp_path: Path) -> None:
    f = tmp_path / "synthetic_bad.txt"
    f.write_bytes(b"baris satu\nbaris dua\nbaris \xe9tiga\n")
    with pytest.raises(IngestError) as err:
        read_file(f)
    assert err.value.line == 3
    assert "line 3" in str(err.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file"):
        read_file(tmp_path / "synthetic_absent.md")


@pytest.fixture(scope="module")
def synthetic_reg_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The invented regulation as a PDF, generated once for this module."""
    return synthetic_pdfs.write_regulation_pdf(tmp_path_factory.mktemp("pdf") / "synthetic_reg.pdf")


@needs_font
def test_generated_pdf_gives_one_text_page_per_page(synthetic_reg_pdf: Path) -> None:
    pages = read_file(synthetic_reg_pdf)
    assert len(pages) == len(synthetic_pdfs.SYNTHETIC_REGULATION_PAGES)
    assert "KEBUN BENIH DESA" in pages[0]
    assert "Pasal 2" in pages[1] and "- 2 -" in pages[1]
    assert synthetic_pdfs.RUNNING_HEADER in pages[2]


def test_encrypted_pdf(tmp_path: Path) -> None:
    f = synthetic_pdfs.write_encrypted_pdf(tmp_path / "synthetic_locked.pdf")
    with pytest.raises(IngestError, match="encrypted PDF") as err:
        read_file(f)
    assert str(f) in str(err.value)


def test_owner_password_only_pdf_is_read(tmp_path: Path) -> None:
    # Many official PDFs restrict printing with an owner password only; they open without one.
    f = synthetic_pdfs.write_encrypted_pdf(tmp_path / "synthetic_restricted.pdf", user_password="")
    assert "Isi rahasia contoh" in read_file(f)[0]


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    f = synthetic_pdfs.write_image_only_pdf(tmp_path / "synthetic_scan.pdf")
    with pytest.raises(IngestError) as err:
        read_file(f)
    assert "no text layer: OCR it first" in str(err.value)
    assert err.value.page == 1


def test_corrupt_pdf(tmp_path: Path) -> None:
    f = synthetic_pdfs.write_corrupt_pdf(tmp_path / "synthetic_broken.pdf")
    with pytest.raises(IngestError, match="corrupt PDF"):
        read_file(f)


def test_pdf_suffix_without_pdf_header(tmp_path: Path) -> None:
    f = tmp_path / "synthetic_fake.pdf"
    f.write_text("just some words, not a PDF", encoding="utf-8")
    with pytest.raises(IngestError, match="corrupt PDF"):
        read_file(f)


def test_empty_pdf_file(tmp_path: Path) -> None:
    f = tmp_path / "synthetic_zero.pdf"
    f.write_bytes(b"")
    with pytest.raises(IngestError, match="empty file"):
        read_file(f)
