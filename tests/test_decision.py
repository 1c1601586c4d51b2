"""Tests for ingest.decision: recognising a court decision and reading its number, parties and ruling."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import split_lines
from ingest.decision import decision_id, looks_like_decision, parse_decision, words_to_int
from ingest.pipeline import ingest_file
from ingest.records import Document
from tests.synthetic_decisions import (
    SYNTHETIC_MK_CONDITIONAL,
    SYNTHETIC_MK_REJECTED,
    SYNTHETIC_NAMES,
    SYNTHETIC_PN_CRIMINAL,
    SYNTHETIC_PT_APPEAL,
    write_decision_pdf,
)
from tests.synthetic_pdfs import find_font

ALL = (SYNTHETIC_MK_CONDITIONAL, SYNTHETIC_MK_REJECTED, SYNTHETIC_PN_CRIMINAL, SYNTHETIC_PT_APPEAL)


def parse(text: str, file: str = "synthetic_decision.txt") -> Document:
    return parse_decision(split_lines(file, [text], drop_page_marks=True))


def rulings(doc: Document) -> dict[str | None, tuple[str, str | None, str | None]]:
    return {r.provision.target: (r.outcome, r.reading, r.deadline) for r in doc.decision.rulings}


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("41/PUU-XII/2014", "mk-41-puu-xii-2014"),
        ("23/Pid.Sus/2024/PN Slk", "pn-slk-23-pid-sus-2024"),
        ("41/PID.SUS/2099/PT PDG", "pt-pdg-41-pid-sus-2099"),
        ("12 K/Pid.Sus/2024", "ma-12-k-pid-sus-2024"),
        ("Tahun 2014", None),
        ("94 Tahun 2021", None),
    ],
)
def test_decision_id(number: str, expected: str | None) -> None:
    assert decision_id(number) == expected


def test_numbers_in_words() -> None:
    assert [
        words_to_int(w) for w in ("dua belas", "dua ribu sembilan puluh sembilan", "sebelas", "kursi")
    ] == [
        12,
        2099,
        11,
        None,
    ]


def test_recognised_by_its_head_and_not_a_regulation() -> None:
    for text in ALL:
        assert looks_like_decision(split_lines("x", [text]))
    regulation = "PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 77 TAHUN 2099\nTENTANG KEBUN BENIH DESA\n"
    assert not looks_like_decision(split_lines("x", [regulation]))
    # A regulation that cites a decision in its Menimbang is still no decision.
    citing = regulation + "Menimbang: bahwa berdasarkan PUTUSAN Mahkamah Konstitusi Nomor 7/PUU-XCVII/2099;\n"
    assert not looks_like_decision(split_lines("x", [citing]))


def test_mk_review_with_a_conditional_reading_and_a_deadline() -> None:
    doc = parse(SYNTHETIC_MK_CONDITIONAL)
    d = doc.decision
    assert (doc.id, doc.title) == (
        "mk-7-puu-xcvii-2099",
        "Putusan Mahkamah Konstitusi Nomor 7/PUU-XCVII/2099",
    )
    assert (d.court, d.number, d.case_type, d.reviewed_act) == (
        "mk",
        "7/PUU-XCVII/2099",
        "judicial_review",
        "uu-99-2098",
    )
    assert (str(d.decided), str(d.read)) == ("2099-03-02", "2099-03-12")  # dates written in words
    assert [(p.role, p.capacity) for p in d.parties][:2] == [
        ("Pemohon I", "Pegawai Negeri Sipil"),
        ("Pemohon II", "Petani"),
    ]
    assert {"Kuasa Hukum", "Presiden", "DPR"} <= {p.role for p in d.parties}
    # "UU Kebun Benih" is the short name the decision gives the act under review.
    assert [p.target for p in d.provisions] == [
        "uu-99-2098/pasal-12/ayat-2",
        "uu-99-2098/pasal-14",
        "uu-99-2098/pasal-15",
    ]
    assert d.outcome == "granted_in_part"
    held = rulings(doc)
    outcome, reading, deadline = held["uu-99-2098/pasal-12/ayat-2"]
    assert outcome == "conditionally_unconstitutional"
    assert reading.startswith("sepanjang tidak dimaknai") and "mengundurkan diri" in reading
    assert deadline == "dalam jangka waktu paling lama 2 (dua) tahun sejak putusan ini diucapkan"
    assert held["uu-99-2098/pasal-14"] == ("struck_down", None, None)
    assert held["uu-99-2098/pasal-15"] == ("rejected", None, None)  # "untuk selain dan selebihnya"
    assert len(d.amar) == 6 and d.amar[0].startswith("Mengabulkan")
    assert [(r.target, r.kind) for r in doc.references][0] == ("uu-99-2098/pasal-12/ayat-2", "external")


def test_mk_review_rejected() -> None:
    doc = parse(SYNTHETIC_MK_REJECTED)
    d = doc.decision
    assert doc.id == "mk-9-puu-xcvii-2099"
    assert (d.outcome, str(d.decided), str(d.read)) == ("rejected", "2099-05-05", "2099-05-13")
    assert rulings(doc) == {"uu-99-2098/pasal-20": ("rejected", None, None)}
    assert [(p.role, p.capacity) for p in d.parties] == [("Pemohon", "Wiraswasta")]


def test_criminal_judgment_prison_probation_fine_and_kurungan_in_default() -> None:
    doc = parse(SYNTHETIC_PN_CRIMINAL)
    d = doc.decision
    assert (doc.id, d.court, d.court_name) == ("pn-slk-23-pid-sus-2099", "pn-slk", "Pengadilan Negeri Solok")
    assert (d.case_type, d.outcome) == ("criminal", "guilty")
    assert str(d.read) == str(d.decided) == "2099-03-16"  # "pada hari itu juga diucapkan"
    # "Pasal 494 jo. Pasal 280 ayat (3) Undang-Undang Nomor 98 Tahun 2097": both belong to that act.
    assert [p.target for p in d.provisions] == ["uu-98-2097/pasal-494", "uu-98-2097/pasal-280/ayat-3"]
    s = d.sentence
    assert (s.kind, s.length.months, s.length.text) == ("penjara", 3, "3 (tiga) bulan")
    assert (s.probation.months, s.fine) == (6, 5_000_000)
    assert (s.default_kind, s.default_length.months) == ("kurungan", 1)
    assert s.offence == "Pegawai Negeri Sipil ikut serta sebagai pelaksana kampanye"
    assert [(p.role, p.capacity) for p in d.parties] == [
        ("Terdakwa", "Pegawai Negeri Sipil"),
        ("Penuntut Umum", None),
        ("Penasihat Hukum", None),
    ]
    assert d.appeal is None


def test_charges_written_as_melanggar() -> None:
    text = SYNTHETIC_PN_CRIMINAL.replace(
        "sebagaimana diatur dan diancam pidana dalam Pasal 494", "melanggar ketentuan Pasal 494"
    )
    assert [p.target for p in parse(text).decision.provisions] == [
        "uu-98-2097/pasal-494",
        "uu-98-2097/pasal-280/ayat-3",
    ]


def test_appeal_judgment_names_the_decision_appealed_and_the_result() -> None:
    d = parse(SYNTHETIC_PT_APPEAL).decision
    assert (d.court_name, d.outcome) == ("Pengadilan Tinggi Padang", "guilty")
    assert (d.appeal.appealed_by, d.appeal.of_decision, d.appeal.result) == (
        ("Penuntut Umum",),
        "pn-slk-23-pid-sus-2099",
        "modified",
    )
    assert (d.sentence.kind, d.sentence.length.months, d.sentence.probation) == ("penjara", 4, None)


def test_not_accepted_and_conditionally_constitutional_variants() -> None:
    not_accepted = SYNTHETIC_MK_REJECTED.replace(
        "Menolak permohonan Pemohon untuk seluruhnya.", "Menyatakan permohonan Pemohon tidak dapat diterima."
    )
    doc = parse(not_accepted)
    assert (doc.decision.outcome, rulings(doc)["uu-99-2098/pasal-20"][0]) == ("not_accepted", "not_accepted")
    upheld_with_reading = SYNTHETIC_MK_REJECTED.replace(
        "Menolak permohonan Pemohon untuk seluruhnya.",
        "1. Mengabulkan permohonan Pemohon untuk sebagian; 2. Menyatakan Pasal 20 Undang-Undang Nomor 99 "
        'Tahun 2098 adalah konstitusional bersyarat sepanjang dimaknai "termasuk kebun milik desa";',
    )
    outcome, reading, _ = rulings(parse(upheld_with_reading))["uu-99-2098/pasal-20"]
    assert outcome == "conditionally_constitutional" and reading.endswith('"termasuk kebun milik desa"')


def test_provisi_items_and_a_partial_not_accepted() -> None:
    text = SYNTHETIC_MK_CONDITIONAL.replace(
        "Mengadili,\n1. Mengabulkan",
        "Mengadili,\nDalam Provisi:\n1. Menolak permohonan provisi para Pemohon.\nDalam Pokok Permohonan:\n"
        "1. Mengabulkan",
    ).replace(
        "5. Menolak permohonan para Pemohon untuk selain dan selebihnya;",
        "5. Menyatakan permohonan para Pemohon sepanjang mengenai Pasal 15 UU Kebun Benih tidak dapat "
        "diterima;",
    )
    doc = parse(text)
    assert doc.decision.outcome == "granted_in_part" and doc.decision.amar[0].startswith("Mengabulkan")
    held = rulings(doc)
    assert held["uu-99-2098/pasal-15"][0] == "not_accepted"
    assert held["uu-99-2098/pasal-14"][0] == "struck_down"


def test_dates_after_nine_judges_and_an_amar_on_one_line() -> None:
    judges = ", ".join(f"Hakim Contoh {n} selaku Anggota" for n in range(1, 10))
    text = SYNTHETIC_MK_REJECTED.replace(
        "oleh sembilan Hakim Konstitusi pada", f"oleh {judges}, pada"
    ).replace("Mengadili:\nMenolak", "Mengadili, Menolak")
    d = parse(text).decision
    assert (d.outcome, str(d.decided), str(d.read)) == ("rejected", "2099-05-05", "2099-05-13")


@pytest.mark.parametrize("text", ALL)
def test_no_name_is_stored(text: str) -> None:
    dumped = parse(text).model_dump_json().lower()
    for name in SYNTHETIC_NAMES:
        assert name.lower() not in dumped
    assert "terdakwa" in dumped or "pemohon" in dumped  # the roles stay


def test_a_provision_naming_no_act_stays_unresolved_with_its_reason() -> None:
    text = SYNTHETIC_MK_REJECTED.replace(
        "pengujian Pasal 20 Undang-Undang Nomor 99 Tahun 2098", "pengujian Pasal 20"
    )
    doc = parse(text.replace("Pengujian Materiil Undang-Undang Nomor 99 Tahun 2098", "Pengujian Materiil"))
    (cited,) = doc.decision.provisions
    assert (cited.text, cited.target, cited.resolved) == ("Pasal 20", None, False)
    assert cited.reason == "no act is named after the provision"
    assert [(r.resolved, r.reason) for r in doc.references] == [(False, cited.reason)]


@pytest.mark.skipif(find_font() is None, reason="no TTF font for fpdf2 (Debian fonts-dejavu-core)")
def test_a_decision_from_a_pdf(tmp_path: Path) -> None:
    pytest.importorskip("fpdf")
    path = write_decision_pdf(tmp_path / "synthetic_decision.pdf", SYNTHETIC_MK_REJECTED)
    (doc,) = ingest_file(path)
    d = doc.decision
    assert (doc.id, d.outcome, str(d.read)) == ("mk-9-puu-xcvii-2099", "rejected", "2099-05-13")
    assert [p.target for p in d.provisions] == ["uu-99-2098/pasal-20"]
