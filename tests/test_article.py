"""Tests for ingest.article: sections, footnotes and citations of journal articles."""

from __future__ import annotations

import pytest

from ingest.article import looks_like_article, parse_article
from ingest.clean import split_lines
from ingest.records import CleanText
from tests.conftest import SHARED

SEED = SHARED / "seed" / "000_1e361cd7be9bd657.txt"
needs_seed = pytest.mark.skipif(not SEED.is_file(), reason="../shared/seed is not beside the checkout")

# Invented wording, laid out like a PDF extraction: blank-led page starts, footnotes at page ends.
SYNTHETIC_ARTICLE = """Kepatuhan Pegawai Percobaan terhadap Aturan Rapat
Sekar Wulandari, Bima Pratama
Jurnal Tata Kelola Khayalan, Vol. 2 (2031)
ABSTRAK; Tulisan ini menimbang kebiasaan rapat pegawai percobaan di kantor rekaan.
Kata Kunci: rapat, pegawai percobaan.
PENDAHULUAN
Kebiasaan datang terlambat ke rapat dibahas dalam banyak catatan1. Aturan yang dipakai
adalah Pasal 4 Peraturan Pemerintah Nomor 99 Tahun 2031 tentang Tata Rapat2.
<PAGE>
1 Sekar Wulandari, "Catatan Tentang Rapat yang Tidak Pernah Selesai," Jurnal Rekaan 1, no. 1
(2030): 3.
2 Peraturan Pemerintah Nomor 99 Tahun 2031 tentang Tata Rapat, Pasal 4 ayat (2).
 lalu diuji pada beberapa kantor3.
METODE PENELITIAN
Penelitian ini membaca notulen rapat rekaan4.
<PAGE>
3 Ibid., Pasal 5.
4 UU No. 77 Tahun 2030 tentang Notulen.
 KESIMPULAN
Rapat perlu dimulai tepat waktu.
"""


SYNTHETIC_ARTICLE = SYNTHETIC_ARTICLE.replace("<PAGE>", " ")  # the blank that ends a page's body


def synthetic_article() -> CleanText:
    return split_lines("synthetic_article.txt", [SYNTHETIC_ARTICLE], keep_indent=True)


def test_synthetic_article_structure():
    text = synthetic_article()
    assert looks_like_article(text)
    doc = parse_article(text)
    assert doc.kind == "article" and doc.id == "article-wulandari-2031"
    assert doc.title == "Kepatuhan Pegawai Percobaan terhadap Aturan Rapat"
    assert doc.authors == ("Sekar Wulandari", "Bima Pratama") and doc.tahun == 2031
    assert [p.heading for p in doc.provisions] == [
        "Abstrak",
        "Pendahuluan",
        "Metode Penelitian",
        "Kesimpulan",
    ]
    assert all(p.level == "section" for p in doc.provisions)
    pend = doc.provisions[1]
    assert pend.id == f"{doc.id}/section-2"
    # the body carries on across the footnote block, without the footnotes or the glued markers
    assert pend.text.endswith("lalu diuji pada beberapa kantor.")
    assert "Jurnal Rekaan" not in pend.text and "catatan." in pend.text


def test_synthetic_footnotes_and_cites():
    doc = parse_article(synthetic_article())
    notes = {f.number: f for f in doc.footnotes}
    assert sorted(notes) == [1, 2, 3, 4]
    assert notes[1].cites == () and notes[1].unresolved == (
        "Catatan Tentang Rapat yang Tidak Pernah Selesai",
    )
    assert notes[1].text.endswith("(2030): 3.")  # the wrapped line is joined to its footnote
    assert notes[2].cites == ("pp-99-2031/pasal-4/ayat-2",)
    assert notes[3].cites == ("pp-99-2031/pasal-5",)  # Ibid. takes the previous footnote's regulation
    assert notes[4].cites == ("uu-77-2030",)
    ext = [(r.target, r.resolved) for r in doc.references]
    assert ("pp-99-2031/pasal-4", True) in ext


def test_id_is_stable_without_authors():
    body = SYNTHETIC_ARTICLE.split("\n", 3)[3]  # drop title, authors, journal line
    a = parse_article(split_lines("a.txt", [body], keep_indent=True))
    b = parse_article(split_lines("b.txt", [body], keep_indent=True))
    assert a.id == b.id and a.id.startswith("article-") and len(a.id) == len("article-") + 10
    assert parse_article(split_lines("c.txt", [body + "Tambahan.\n"], keep_indent=True)).id != a.id


def test_a_regulation_is_not_an_article():
    reg = CleanText(
        file="synthetic_reg.txt",
        lines=(
            "PERATURAN PEMERINTAH",
            "NOMOR 1 TAHUN 2099",
            "Menimbang:",
            "a. bahwa rekaan;",
            "Pasal 1",
            "Isi.",
        ),
        pages=(1,) * 6,
    )
    assert not looks_like_article(reg)


@needs_seed
def test_seed_article():
    raw = SEED.read_text(encoding="utf-8")
    text = split_lines(str(SEED), [raw], keep_indent=True)
    assert looks_like_article(text)
    doc = parse_article(text)
    assert (
        doc.id == parse_article(split_lines("elsewhere.txt", [raw], keep_indent=True)).id
    )  # stable for the same text
    notes = {f.number: f for f in doc.footnotes}
    assert sorted(notes) == list(range(1, 16))
    cited = {c for f in doc.footnotes for c in f.cites}
    assert "uu-20-2023/pasal-2" in cited
    assert {c.split("/")[0] for c in cited} == {"uu-20-2023"}
    assert notes[3].cites == ("uu-20-2023",)  # "Ibid., Penjelasan Umum" after a UU 20/2023 footnote
    assert notes[14].cites == () and notes[14].unresolved  # Ibid. of a report: nothing to resolve
    headings = [p.heading for p in doc.provisions if p.parent is None]
    assert headings[:4] == ["Abstract", "Abstrak", "Pendahuluan", "Metode Penelitian"]
    assert headings[-1] == "Kesimpulan"
    bodies = " ".join(p.text for p in doc.provisions)
    for f in doc.footnotes:  # no footnote leaked into the body
        assert " ".join(f.text.split()[:6]) not in bodies
    targets = {r.target for r in doc.references if r.resolved}
    assert {"uu-20-2023", "uu-20-2023/pasal-2", "pp-94-2021", "uu-5-2014"} <= targets
