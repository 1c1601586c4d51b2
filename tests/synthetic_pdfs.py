"""Generate PDFs that imitate real Indonesian regulation layouts, for ingest tests.

Every wording here is invented (a made-up regulation on village seed gardens); nothing is copied
from a real statute. Layout features imitate the real PDFs: a running header "PRESIDEN REPUBLIK
INDONESIA" on every page, centred "- n -" page numbers, lines broken with hyphens mid-word, and
structure split over pages. Needs fpdf2 and a TTF font (Debian ``fonts-dejavu-core``).
"""

from __future__ import annotations

from pathlib import Path

FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
)

# An invented regulation, already broken into printed lines per page. Line ends with "-" are
# typesetting hyphens (peme-/rintah) or real ones that fall at a line end (undang-/undang).
SYNTHETIC_REGULATION_PAGES: tuple[tuple[str, ...], ...] = (
    (
        "SALINAN",
        "PERATURAN PEMERINTAH REPUBLIK INDONESIA",
        "NOMOR 77 TAHUN 2099",
        "TENTANG",
        "KEBUN BENIH DESA",
        "DENGAN RAHMAT TUHAN YANG MAHA ESA",
        "Menimbang : a. bahwa kebun benih desa perlu dikelola secara ter-",
        "tib agar benih unggul tersedia bagi warga;",
        "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a,",
        "perlu menetapkan Peraturan Pemerintah tentang Kebun Benih Desa;",
        "Mengingat : 1. Undang-Undang Nomor 99 Tahun 2098 tentang Benih Contoh;",
        "MEMUTUSKAN:",
        "Menetapkan : PERATURAN PEMERINTAH TENTANG KEBUN BENIH DESA.",
        "BAB I",
        "KETENTUAN UMUM",
        "Pasal 1",
        "Istilah dalam peraturan contoh ini berarti:",
        "1. Kebun Benih adalah lahan desa untuk menyemai benih unggul.",
        "2. Pengelola adalah perangkat desa yang ditunjuk oleh kepala desa.",
    ),
    (
        "BAB II",
        "PENGELOLAAN",
        "Pasal 2",
        "(1) Pengelola wajib mencatat setiap benih yang masuk dan ke-",
        "luar dari Kebun Benih.",
        "(2) Pencatatan sebagaimana dimaksud pada ayat (1) meliputi:",
        "a. jenis benih;",
        "b. asal benih; dan",
        "c. tanggal penyerahan benih kepada warga.",
        "Pasal 3",
        "Pengelola dilarang menjual benih untuk kepentingan pribadi sebagaimana",
        "dimaksud dalam Pasal 2 dan peraturan perundang-",
        "undangan yang berlaku bagi anak-",
        "anak sekolah.",
    ),
    (
        "Pasal 4",
        "Peraturan contoh ini berlaku sejak hari diundangkan.",
        "Agar setiap orang mengetahuinya, peraturan contoh ini",
        "diumumkan dalam Lembaran Negara.",
        "Ditetapkan di Jakarta pada tanggal 3 Maret 2099",
        "Diundangkan di Jakarta pada tanggal 4 Maret 2099",
        "LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2099 NOMOR 12",
    ),
)

RUNNING_HEADER = "PRESIDEN REPUBLIK INDONESIA"


def find_font() -> Path | None:
    """A TTF font fpdf2 can embed, or None when none is installed."""
    return next((p for p in FONT_CANDIDATES if p.is_file()), None)


def _new_pdf(unicode_font: bool = True):  # noqa: ANN202 - fpdf.FPDF, imported lazily
    from fpdf import FPDF

    if not unicode_font:
        # A core font is enough for ASCII-only or text-free PDFs and skips embedding a TTF.
        pdf = FPDF(format="A4")
        pdf.set_font("Helvetica", size=11)
        return pdf
    font = find_font()
    if font is None:
        raise RuntimeError("no TTF font: install fonts-dejavu-core")
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", fname=str(font))
    pdf.set_font("DejaVu", size=11)
    return pdf


def write_regulation_pdf(
    path: Path,
    pages: tuple[tuple[str, ...], ...] = SYNTHETIC_REGULATION_PAGES,
    header: bool = True,
    page_numbers: bool = True,
) -> Path:
    """Write ``pages`` (printed lines per page) as a PDF with a running header and "- n -" numbers."""
    pdf = _new_pdf()
    for n, lines in enumerate(pages, 1):
        pdf.add_page()
        if header:
            pdf.set_xy(10, 8)
            pdf.cell(190, 6, RUNNING_HEADER, align="C")
        if page_numbers and n > 1:
            pdf.set_xy(10, 16)
            pdf.cell(190, 6, f"- {n} -", align="C")
        y = 28
        for line in lines:
            pdf.set_xy(15, y)
            pdf.cell(180, 6, line)
            y += 7
    pdf.output(str(path))
    return path


def write_encrypted_pdf(path: Path, user_password: str = "synthetic-secret") -> Path:
    """A one-page PDF that needs a user password to open."""
    pdf = _new_pdf(unicode_font=False)
    pdf.add_page()
    pdf.cell(100, 10, "Pasal 1 Isi rahasia contoh.")
    pdf.set_encryption(owner_password="synthetic-owner", user_password=user_password)
    pdf.output(str(path))
    return path


def write_image_only_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF whose pages carry only drawings (like a scan without OCR): no text layer."""
    pdf = _new_pdf(unicode_font=False)
    for _ in range(pages):
        pdf.add_page()
        for k in range(12):
            pdf.rect(20, 20 + k * 18, 160, 10, style="F")
    pdf.output(str(path))
    return path


def write_corrupt_pdf(path: Path) -> Path:
    """Bytes that start like a PDF but are not one."""
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nstream\x00\xff\xfe garbage\n")
    return path
