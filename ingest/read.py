"""Read a file into pages of raw text: PDF via pypdf (one entry per page), .txt/.md as one page."""

from __future__ import annotations

import logging
from pathlib import Path

from ingest.records import IngestError

TEXT_SUFFIXES = (".txt", ".md")
_MIN_TEXT_CHARS = 20  # fewer visible characters than this in a whole PDF means no text layer


def read_file(path: Path) -> list[str]:
    """Pages of raw text; IngestError (naming the file and page) for anything that cannot be read."""
    path = Path(path)
    name = str(path)
    if not path.is_file():
        raise IngestError(name, "no such file")
    if path.stat().st_size == 0:
        raise IngestError(name, "empty file")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _read_pdf(path)
    if suffix in TEXT_SUFFIXES:
        return [_read_text(path)]
    raise IngestError(name, f"unsupported file type {suffix or '(none)'}: expected .pdf, .txt or .md")


def _read_text(path: Path) -> str:
    name = str(path)
    data = path.read_bytes()
    if b"\x00" in data[:65536]:
        raise IngestError(name, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise IngestError(name, f"not UTF-8 text (byte {exc.start})", line=line) from None
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:65536]) // 100):
        raise IngestError(name, "binary file, not text")
    if not text.strip():
        raise IngestError(name, "empty file")
    return text


def _read_pdf(path: Path) -> list[str]:
    # pypdf is imported here so text-only users do not pay for it.
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    name = str(path)
    # pypdf logs warnings for every small defect of real PDFs; the caller reports errors itself.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF" not in head:
        raise IngestError(name, "corrupt PDF: no PDF header")
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - any failure to decrypt means we cannot read it
                ok = 0
            if not ok:
                raise IngestError(name, "encrypted PDF: needs a password; decrypt it first")
        pages = reader.pages
        n = len(pages)
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError) as exc:
        raise IngestError(name, f"corrupt PDF: {exc}") from None
    if n == 0:
        raise IngestError(name, "corrupt PDF: no pages")
    out: list[str] = []
    for i in range(n):
        try:
            out.append(pages[i].extract_text() or "")
        except Exception as exc:  # noqa: BLE001 - pypdf raises many types on damaged page streams
            raise IngestError(name, f"corrupt PDF page: {exc}", page=i + 1) from None
    if sum(len("".join(p.split())) for p in out) < _MIN_TEXT_CHARS:
        raise IngestError(name, "no text layer: OCR it first", page=1)
    return out
