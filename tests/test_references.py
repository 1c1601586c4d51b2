"""Tests for ingest.references: document citations, provision references, repeal and commencement."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.citations import find_citations, parse_citation, render_citation
from ingest.records import Document, Provision, SourceLocation
from ingest.references import extract_references
from tests.conftest import CORPUS_RAW, needs_shared
from tests.real_regulations import parse_real

# ---------------------------------------------------------------- helpers


def synthetic_doc(doc_id: str, nodes: list[tuple[str, str, str, str]], **kw) -> Document:
    """A Document from (path, level, number, text) rows; the parent is the path minus its last step."""
    provs = []
    paths = [n[0] for n in nodes]
    for path, level, number, text in nodes:
        parent = path.rsplit("/", 1)[0] if "/" in path else None
        kids = tuple(f"{doc_id}/{p}" for p in paths if p.rsplit("/", 1)[0] == path and "/" in p)
        label = {"pasal": f"Pasal {number}", "ayat": f"ayat ({number})"}.get(level, f"{level} {number}")
        provs.append(
            Provision(
                id=f"{doc_id}/{path}",
                doc_id=doc_id,
                level=level,
                number=number,
                label=label,
                text=text,
                parent=f"{doc_id}/{parent}" if parent else None,
                children=kids,
            )
        )
    return Document(
        id=doc_id,
        kind=kw.pop("kind", "regulation"),
        title=doc_id,
        provisions=tuple(provs),
        source=SourceLocation(file="synthetic"),
        **kw,
    )


def refs_from(doc: Document, source_suffix: str):
    return [r for r in extract_references(doc) if r.source == f"{doc.id}/{source_suffix}"]


# ---------------------------------------------------------------- document citations


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara", "uu-5-2014"),
        ("UU No. 20 Tahun 2023", "uu-20-2023"),
        ("PP 94/2021", "pp-94-2021"),
        ("PP No. 94 Tahun 2021 tentang Disiplin PNS", "pp-94-2021"),
        ("Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014", "perppu-1-2014"),
        ("Perppu No. 1 Tahun 2014", "perppu-1-2014"),
        ("Peraturan Presiden Nomor 12 Tahun 2019", "perpres-12-2019"),
        ("Peraturan Menteri Dalam Negeri Nomor 3 Tahun 2020", "permendagri-3-2020"),
        ("Perbawaslu Nomor 6 Tahun 2018", "perbawaslu-6-2018"),
        ("Peraturan Badan Pengawas Pemilihan Umum Nomor 6 Tahun 2018", "perbawaslu-6-2018"),
        ("Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", "uud-1945"),
        ("Undang-Undang Dasar Negara Republik Indonesia Tahun L945", "uud-1945"),
        ("UUD 1945", "uud-1945"),
        ("Undang-Undang Nomor 5 Tahun 2Ol4", "uu-5-2014"),
        ("Undang- Undang Nomor 8 Tahun 1974", "uu-8-1974"),
        ("Undang-Undang Republik Indonesia No. 20 Tahun 2023", "uu-20-2023"),
        ("UNDANG-UNDANG NOMOR 1 TAHUN 2015", "uu-1-2015"),
    ],
)
def test_parse_citation(span, expected):
    assert parse_citation(span) == expected


@pytest.mark.parametrize(
    "span",
    [
        "Lembaran Negara Republik Indonesia Tahun 2099 Nomor 61",
        "Tambahan Lembaran Negara Republik Indonesia Nomor 9999",
        "sebagaimana dimaksud dalam Pasal 5 huruf n angka 1",
        "Undang-Undang ini mulai berlaku pada tanggal diundangkan",
        "",
    ],
)
def test_not_a_citation(span):
    assert parse_citation(span) is None


def test_unknown_ministry_is_reported_not_guessed():
    (c,) = find_citations("menurut Peraturan Menteri Urusan Khayalan Nomor 3 Tahun 2020 itu")
    assert c.doc_id is None and "ministry" in (c.reason or "")
    assert parse_citation(c.text) is None


JENIS = st.sampled_from(["uu", "pp", "perppu", "perpres", "perbawaslu", "pkpu", "permenpanrb", "permendagri"])


@given(JENIS, st.integers(1, 999), st.integers(1950, 2030))
def test_citation_round_trip(jenis, nomor, tahun):
    doc_id = f"{jenis}-{nomor}-{tahun}"
    assert parse_citation(render_citation(doc_id)) == doc_id
    assert parse_citation("menimbang bahwa " + render_citation(doc_id) + " tentang sesuatu;") == doc_id


# ---------------------------------------------------------------- provision references

SYNTH = "pp-94-2021"


def _synthetic_reg() -> Document:
    return synthetic_doc(
        SYNTH,
        [
            ("pasal-3", "pasal", "3", "Pegawai wajib hal berikut."),
            ("pasal-4", "pasal", "4", "Pegawai wajib hal lain."),
            ("pasal-5", "pasal", "5", "Pegawai dilarang:"),
            ("pasal-5/huruf-m", "huruf", "m", "melakukan hal m;"),
            ("pasal-5/huruf-n", "huruf", "n", "melakukan hal n berupa:"),
            ("pasal-5/huruf-n/angka-1", "angka", "1", "ikut serta dalam rapat;"),
            ("pasal-5/huruf-n/angka-2", "angka", "2", "memakai lambang;"),
            (
                "pasal-7",
                "pasal",
                "7",
                "Sanksi sebagaimana dimaksud dalam Pasal 3 sampai dengan Pasal 5 berlaku.",
            ),
            (
                "pasal-7/ayat-1",
                "ayat",
                "1",
                "Pelanggar sebagaimana dimaksud dalam Pasal 5 huruf n angka 1 ditegur.",
            ),
            ("pasal-7/ayat-2", "ayat", "2", "Teguran sebagaimana dimaksud pada ayat (1) dicatat."),
            (
                "pasal-7/ayat-3",
                "ayat",
                "3",
                "Catatan sebagaimana dimaksud pada ayat (2) dan ayat (9) disimpan.",
            ),
            (
                "pasal-8",
                "pasal",
                "8",
                "Hal sebagaimana dimaksud dalam Pasal 5 huruf m dan huruf n diperiksa.",
            ),
            (
                "pasal-9",
                "pasal",
                "9",
                "Pemeriksaan mengikuti Pasal 86 ayat (4) Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur.",
            ),
            ("pasal-10", "pasal", "10", "Ketentuan sebagaimana dimaksud dalam Pasal 99 dihormati."),
            (
                "pasal-11",
                "pasal",
                "11",
                "Pada saat Peraturan Pemerintah ini mulai berlaku, Peraturan Pemerintah Nomor 53 Tahun 2010 "
                "tentang Hal Lama (Lembaran Negara Republik Indonesia Tahun 2010 Nomor 74), dicabut dan "
                "dinyatakan tidak berlaku.",
            ),
            ("pasal-12", "pasal", "12", "Peraturan Pemerintah ini mulai berlaku pada tanggal diundangkan."),
        ],
        diundangkan=date(2021, 9, 1),
    )


def test_sibling_ayat_and_chain():
    doc = _synthetic_reg()
    (r,) = refs_from(doc, "pasal-7/ayat-2")
    assert (r.kind, r.target, r.resolved, r.text) == ("internal", f"{SYNTH}/pasal-7/ayat-1", True, "ayat (1)")
    assert doc.provision(r.source).text[r.start :].startswith(r.text)
    (r,) = refs_from(doc, "pasal-7/ayat-1")
    assert r.target == f"{SYNTH}/pasal-5/huruf-n/angka-1" and r.text == "Pasal 5 huruf n angka 1"


def test_range_expands_to_each_pasal():
    refs = refs_from(_synthetic_reg(), "pasal-7")
    assert [r.target for r in refs] == [f"{SYNTH}/pasal-3", f"{SYNTH}/pasal-4", f"{SYNTH}/pasal-5"]
    assert all(r.text == "Pasal 3 sampai dengan Pasal 5" for r in refs)


def test_list_inherits_pasal_and_missing_target_is_unresolved():
    doc = _synthetic_reg()
    assert [r.target for r in refs_from(doc, "pasal-8")] == [
        f"{SYNTH}/pasal-5/huruf-m",
        f"{SYNTH}/pasal-5/huruf-n",
    ]
    refs = refs_from(doc, "pasal-7/ayat-3")
    assert refs[0].resolved and refs[0].target == f"{SYNTH}/pasal-7/ayat-2"
    assert (
        not refs[1].resolved
        and refs[1].target is None
        and "no such provision in pp-94-2021" in refs[1].reason
    )
    (r,) = refs_from(doc, "pasal-10")
    assert not r.resolved and r.reason.startswith("no such provision in pp-94-2021")


def test_external_provision_reference():
    (r,) = refs_from(_synthetic_reg(), "pasal-9")
    assert (r.kind, r.target, r.resolved) == ("external", "uu-5-2014/pasal-86/ayat-4", True)
    assert r.text == "Pasal 86 ayat (4) Undang-Undang Nomor 5 Tahun 2014"


def test_repeal_and_commencement():
    doc = _synthetic_reg()
    (r,) = refs_from(doc, "pasal-11")
    assert (r.kind, r.target, r.resolved) == ("repeal", "pp-53-2010", True)
    (c,) = refs_from(doc, "pasal-12")
    assert (c.kind, c.target, c.effective) == ("commencement", SYNTH, date(2021, 9, 1))


def test_commencement_with_a_stated_date():
    doc = synthetic_doc(
        "uu-9-2015",
        [("pasal-2", "pasal", "2", "Undang-Undang ini mulai berlaku pada tanggal 1 Januari 2016.")],
    )
    (c,) = extract_references(doc)
    assert c.kind == "commencement" and c.effective == date(2016, 1, 1)


def test_pada_saat_mulai_berlaku_is_not_commencement():
    doc = synthetic_doc(
        "pp-1-2020",
        [("pasal-9", "pasal", "9", "Pada saat Peraturan Pemerintah ini mulai berlaku, semua tetap.")],
    )
    assert extract_references(doc) == ()


def test_menimbang_and_mengingat():
    doc = synthetic_doc(
        "uu-3-2020",
        [
            ("menimbang-a", "menimbang", "a", "bahwa hal pertama perlu;"),
            ("menimbang-b", "menimbang", "b", "bahwa hal kedua perlu;"),
            ("menimbang-c", "menimbang", "c", "bahwa sesuai pertimbangan dalam huruf a dan huruf b;"),
            (
                "mengingat-1",
                "mengingat",
                "1",
                "Pasal 5 ayat (1) dan Pasal 20 Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;",
            ),
            (
                "mengingat-2",
                "mengingat",
                "2",
                "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara;",
            ),
        ],
    )
    assert [r.target for r in refs_from(doc, "menimbang-c")] == [
        "uu-3-2020/menimbang-a",
        "uu-3-2020/menimbang-b",
    ]
    basis = refs_from(doc, "mengingat-1") + refs_from(doc, "mengingat-2")
    assert {r.kind for r in basis} == {"legal_basis"}
    assert [r.target for r in basis] == ["uud-1945/pasal-5/ayat-1", "uud-1945/pasal-20", "uu-5-2014"]


def test_reverse_order_and_upper_case_huruf():
    doc = synthetic_doc(
        "pp-2-2020",
        [
            ("pasal-1", "pasal", "1", "Isi."),
            ("pasal-1/ayat-1", "ayat", "1", "Isi satu."),
            ("pasal-1/ayat-2", "ayat", "2", "Isi dua."),
            ("pasal-2", "pasal", "2", "Menurut ayat (1) dan ayat (2) Pasal 1 serta Pasal 1 huruf B."),
        ],
    )
    refs = refs_from(doc, "pasal-2")
    assert [r.target for r in refs[:2]] == ["pp-2-2020/pasal-1/ayat-1", "pp-2-2020/pasal-1/ayat-2"]
    assert not refs[2].resolved and "upper case" in refs[2].reason


def test_a_huruf_under_an_angka_as_pp_53_2010_numbers_them():
    doc = synthetic_doc(
        "pp-3-2010",
        [
            ("pasal-4", "pasal", "4", "Setiap PNS dilarang:"),
            ("pasal-4/angka-12", "angka", "12", "memberikan dukungan:"),
            ("pasal-4/angka-12/huruf-a", "huruf", "a", "sebagai pelaksana;"),
            ("pasal-4/angka-12/huruf-b", "huruf", "b", "dengan atribut;"),
            ("pasal-4/angka-13", "angka", "13", "membuat keputusan."),
            (
                "pasal-5",
                "pasal",
                "5",
                "Larangan dalam Pasal 4 angka 12 huruf a, huruf b, dan angka 13 dihukum.",
            ),
        ],
    )
    assert [r.target for r in refs_from(doc, "pasal-5")] == [
        "pp-3-2010/pasal-4/angka-12/huruf-a",
        "pp-3-2010/pasal-4/angka-12/huruf-b",
        "pp-3-2010/pasal-4/angka-13",
    ]


# ---------------------------------------------------------------- property tests

WORDS = st.sampled_from(
    "pegawai wajib menjaga sikap netral dalam setiap kegiatan yang diatur oleh instansi serta "
    "atasan langsung memberi teguran tertulis apabila terbukti melanggar ketentuan tahun nomor".split()
)


@st.composite
def chains(draw):
    pasal = draw(st.integers(1, 300))
    suffix = draw(st.sampled_from(["", "A", "B"]))
    parts = [("pasal", f"{pasal}{suffix}")]
    if draw(st.booleans()):
        parts.append(("ayat", str(draw(st.integers(1, 12)))))
    if draw(st.booleans()):
        parts.append(("huruf", draw(st.sampled_from("abcdefghijklmn"))))
        if draw(st.booleans()):
            parts.append(("angka", str(draw(st.integers(1, 9)))))
    return parts


def _render_chain(parts) -> str:
    fmt = {"pasal": "Pasal {}", "ayat": "ayat ({})", "huruf": "huruf {}", "angka": "angka {}"}
    return " ".join(fmt[lv].format(n) for lv, n in parts)


@settings(max_examples=60, deadline=None)
@given(chains(), st.lists(WORDS, max_size=6), st.booleans())
def test_random_chain_resolves_to_the_built_id(parts, words, external):
    built = "/".join(f"{lv}-{n.lower()}" for lv, n in parts)
    tail = " Undang-Undang Nomor 5 Tahun 2014" if external else ""
    text = " ".join(words) + " sebagaimana dimaksud dalam " + _render_chain(parts) + tail + " berlaku."
    if external:
        doc = synthetic_doc("pp-7-2020", [("pasal-1000", "pasal", "1000", text)])
        want = f"uu-5-2014/{built}"
    else:
        rows = [("pasal-1000", "pasal", "1000", text)]
        for i in range(1, len(parts) + 1):
            path = "/".join(f"{lv}-{n.lower()}" for lv, n in parts[:i])
            rows.append((path, parts[i - 1][0], parts[i - 1][1], "isi"))
        doc = synthetic_doc("pp-7-2020", rows)
        want = f"pp-7-2020/{built}"
    refs = refs_from(doc, "pasal-1000")
    assert [r.target for r in refs] == [want] and refs[0].resolved


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30), st.integers(0, 99))
def test_plain_text_yields_no_resolved_reference(words, n):
    text = " ".join(words) + f" sebanyak {n} orang."
    doc = synthetic_doc("pp-8-2020", [("pasal-1", "pasal", "1", text)])
    assert not [r for r in extract_references(doc) if r.resolved]


# ---------------------------------------------------------------- real files


@needs_shared
def test_real_files_citations_are_found():
    text = (CORPUS_RAW / "uu-20-2023.md").read_text(encoding="utf-8")
    ids = {c.doc_id for c in find_citations(text)}
    assert {"uu-5-2014", "uud-1945"} <= ids
    assert not any(i and re.search(r"-(?:[3-9]\d{3}|1[0-8]\d\d)$", i) for i in ids)  # no implausible years


@needs_shared
def test_real_pp_94_2021_references():
    doc = parse_real("pp-94-2021.md")
    refs = extract_references(doc)
    pairs = {(r.source, r.target) for r in refs if r.resolved}
    # the sanction for campaigning with party or civil-service attributes points at the prohibition
    assert ("pp-94-2021/pasal-13/huruf-g", "pp-94-2021/pasal-5/huruf-n/angka-2") in pairs
    assert {f"pp-94-2021/pasal-5/huruf-n/angka-{n}" for n in range(3, 8)} <= {
        t for s, t in pairs if s == "pp-94-2021/pasal-14/huruf-i"
    }
    assert "pp-53-2010" in {r.target for r in refs if r.kind == "repeal"}
    assert [r.kind for r in refs if r.source == "pp-94-2021/pasal-46"] == ["commencement"]
    assert sum(r.resolved for r in refs) / len(refs) > 0.9
    for r in refs:  # every span is where it says it is
        assert doc.provision(r.source).text[r.start : r.start + len(r.text)] == r.text


@needs_shared
def test_real_uu_20_2023_references():
    doc = parse_real("uu-20-2023.md")
    refs = extract_references(doc)
    assert ("repeal", "uu-5-2014") in {(r.kind, r.target) for r in refs}
    (c,) = [r for r in refs if r.kind == "commencement"]
    assert c.target == "uu-20-2023" and c.effective == doc.diundangkan and c.effective is not None
    assert {r.target for r in refs if r.kind == "legal_basis"} == {"uud-1945/pasal-20", "uud-1945/pasal-21"}
    assert sum(r.resolved for r in refs) / len(refs) > 0.95


def test_lower_case_ocr_digits_in_a_year_are_read_not_crashed_on():
    # Citations match case-insensitively, so a year can come as "20ii" (OCR for 2011).
    assert parse_citation("Peraturan Pemerintah Nomor 7 Tahun 20ii tentang Hal Rekaan") == "pp-7-2011"
