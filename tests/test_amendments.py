"""Tests for ingest.amendments: the instructions of an amending act's Pasal I."""

from __future__ import annotations

from collections import Counter
from datetime import date

from ingest.amendments import amended_document, amending_act_references, extract_amendments
from ingest.records import Document, Provision, SourceLocation
from tests.conftest import needs_shared
from tests.real_regulations import parse_real

# Invented instructions amending an invented statute (UU 3/2090); the wording is ours.
SYNTHETIC_INSTRUCTIONS = [
    "Ketentuan Pasal 4 diubah sehingga berbunyi sebagai berikut:\nPasal 4\n(1) Pegawai rekaan wajib hadir.\n"
    "(2) Kehadiran sebagaimana dimaksud pada ayat (1) dicatat:\na. setiap pagi; dan\nb. setiap sore.",
    "Di antara Pasal 9 dan Pasal 10 disisipkan 2 (dua) pasal, yakni Pasal 9A dan Pasal 9B sehingga berbunyi "
    "sebagai berikut:\nPasal 9A\nRapat rekaan dibuka tepat waktu.\nPasal 9B\n"
    "Rapat sebagaimana dimaksud dalam Pasal 9A ditutup oleh ketua.",
    "Ketentuan Pasal 11 dihapus.",
    "Ketentuan ayat (3) Pasal 12 diubah sehingga Pasal 12 berbunyi sebagai berikut:\nPasal 12\n"
    "(1) Ketua memimpin.\n(2) Wakil membantu.\n(3) Sekretaris mencatat sebagaimana dimaksud dalam Pasal 40.",
    "Ketentuan Pasal 13 ditambah 1 (satu) ayat, yakni ayat (3) sehingga Pasal 13 berbunyi sebagai berikut:\n"
    "Pasal 13\n(1) Ruang rapat dikunci.\n(2) Kunci disimpan.\n(3) Kunci cadangan dititipkan.",
    "Ketentuan huruf c Pasal 14 dihapus sehingga Pasal 14 berbunyi sebagai berikut:\nPasal 14\n"
    "Peserta rapat:\na. hadir;\nb. diam; dan\nc. Dihapus.",
    "Di antara Pasal 20 dan Pasal 21 disisipkan 3 (tiga) pasal, yakni Pasal 20A sampai dengan Pasal 20C "
    "sehingga berbunyi sebagai berikut:\nPasal 20A\nSatu rekaan.\nPasal 20B\nDua rekaan.\n"
    "Pasal 20C\nTiga rekaan.",
    # A run-on line, as PDF extraction sometimes gives it.
    "Ketentuan Pasal 30 diubah sehingga berbunyi sebagai berikut: Pasal 30 (1) Isi rekaan pertama. "
    "(2) Isi rekaan kedua sebagaimana dimaksud pada ayat (1).",
    "Ketentuan Pasal 31 tetap, dengan perubahan penjelasan Pasal 31.",
]


def synthetic_amending_act(commencement: str = "pada tanggal diundangkan") -> Document:
    doc_id = "uu-4-2091"
    pasal_i = f"{doc_id}/pasal-i"
    angka = [
        Provision(
            id=f"{pasal_i}/angka-{n}",
            doc_id=doc_id,
            level="angka",
            number=str(n),
            label=f"angka {n}",
            text=t,
            parent=pasal_i,
        )
        for n, t in enumerate(SYNTHETIC_INSTRUCTIONS, start=1)
    ]
    provs = [
        Provision(
            id=pasal_i,
            doc_id=doc_id,
            level="pasal",
            number="I",
            label="Pasal I",
            text="Beberapa ketentuan dalam Undang-Undang Nomor 3 Tahun 2090 tentang Rapat Rekaan diubah:",
            children=tuple(a.id for a in angka),
        ),
        *angka,
        Provision(
            id=f"{doc_id}/pasal-ii",
            doc_id=doc_id,
            level="pasal",
            number="II",
            label="Pasal II",
            text=f"Undang-Undang ini mulai berlaku {commencement}.",
        ),
    ]
    return Document(
        id=doc_id,
        kind="amending_act",
        jenis="uu",
        title="Undang-Undang Nomor 4 Tahun 2091",
        judul="Perubahan atas Undang-Undang Nomor 3 Tahun 2090 tentang Rapat Rekaan",
        diundangkan=date(2091, 3, 5),
        provisions=tuple(provs),
        source=SourceLocation(file="synthetic_amending.txt"),
    )


def by_id(amendments):
    return {a.id.split("/pasal-i/")[1]: a for a in amendments}


def test_target_document_from_the_title():
    doc = synthetic_amending_act()
    assert amended_document(doc) == "uu-3-2090"
    assert amended_document(doc.model_copy(update={"judul": None})) == "uu-3-2090"  # falls back to Pasal I


def test_replace_insert_delete():
    got = by_id(extract_amendments(synthetic_amending_act()))
    a = got["angka-1"]
    assert (a.kind, a.target, a.target_doc, a.amending_doc) == (
        "replace",
        "uu-3-2090/pasal-4",
        "uu-3-2090",
        "uu-4-2091",
    )
    assert a.instruction == "Ketentuan Pasal 4 diubah sehingga berbunyi sebagai berikut:"
    assert [p.id for p in a.new_provisions] == [
        "uu-3-2090/pasal-4",
        "uu-3-2090/pasal-4/ayat-1",
        "uu-3-2090/pasal-4/ayat-2",
        "uu-3-2090/pasal-4/ayat-2/huruf-a",
        "uu-3-2090/pasal-4/ayat-2/huruf-b",
    ]
    assert all(p.amended_by == "uu-4-2091" and p.doc_id == "uu-3-2090" for p in a.new_provisions)
    assert a.new_text.startswith("Pasal 4\n(1) Pegawai rekaan wajib hadir.")
    assert a.effective == date(2091, 3, 5)

    assert (got["angka-2-1"].kind, got["angka-2-1"].target, got["angka-2-1"].position_after) == (
        "insert",
        "uu-3-2090/pasal-9a",
        "uu-3-2090/pasal-9",
    )
    assert got["angka-2-2"].position_after == "uu-3-2090/pasal-9a"
    assert [p.id for p in got["angka-2-2"].new_provisions] == ["uu-3-2090/pasal-9b"]

    d = got["angka-3"]
    assert (d.kind, d.target, d.new_text, d.new_provisions) == ("delete", "uu-3-2090/pasal-11", "", ())

    r = got["angka-4"]
    assert (r.kind, r.target) == ("replace", "uu-3-2090/pasal-12/ayat-3")
    assert [p.id for p in r.new_provisions] == ["uu-3-2090/pasal-12/ayat-3"]

    ins = got["angka-5"]
    assert (ins.kind, ins.target, ins.position_after) == (
        "insert",
        "uu-3-2090/pasal-13/ayat-3",
        "uu-3-2090/pasal-13/ayat-2",
    )
    assert (got["angka-6"].kind, got["angka-6"].target) == ("delete", "uu-3-2090/pasal-14/huruf-c")

    assert [got[f"angka-7-{i}"].target for i in (1, 2, 3)] == [
        "uu-3-2090/pasal-20a",
        "uu-3-2090/pasal-20b",
        "uu-3-2090/pasal-20c",
    ]
    run_on = got["angka-8"]
    assert [p.id for p in run_on.new_provisions] == [
        "uu-3-2090/pasal-30",
        "uu-3-2090/pasal-30/ayat-1",
        "uu-3-2090/pasal-30/ayat-2",
    ]
    assert "angka-9" not in got  # only the Penjelasan changes: nothing in the body is amended


def test_stated_commencement_date_is_the_effective_date():
    doc = synthetic_amending_act("pada tanggal 1 Januari 2092")
    assert {a.effective for a in extract_amendments(doc)} == {date(2092, 1, 1)}


def test_not_an_amending_act():
    doc = synthetic_amending_act().model_copy(update={"kind": "regulation"})
    assert extract_amendments(doc) == ()


def test_references_of_an_amending_act():
    refs = amending_act_references(synthetic_amending_act())
    amends = [r for r in refs if r.kind == "amends"]
    assert len(amends) == len(extract_amendments(synthetic_amending_act()))
    assert ("uu-4-2091/pasal-i/angka-1", "uu-3-2090/pasal-4") in {(r.source, r.target) for r in amends}
    inner = {(r.source, r.target, r.kind) for r in refs if r.source.startswith("uu-3-2090/")}
    assert ("uu-3-2090/pasal-4/ayat-2", "uu-3-2090/pasal-4/ayat-1", "internal") in inner
    assert ("uu-3-2090/pasal-9b", "uu-3-2090/pasal-9a", "internal") in inner
    # Pasal 40 is not restated: it points into the amended statute as it stands.
    assert ("uu-3-2090/pasal-12/ayat-3", "uu-3-2090/pasal-40", "external") in inner
    assert all(r.resolved for r in refs)


# ---------------------------------------------------------------- real amending acts


@needs_shared
def test_uu_10_2016():
    doc = parse_real("uu-10-2016.md")
    assert doc.kind == "amending_act"
    am = extract_amendments(doc)
    got = by_id(am)
    assert {a.target_doc for a in am} == {"uu-1-2015"}
    # new wording lives in the amended statute's namespace and never under a different Pasal
    for a in am:
        pasal = "/".join(a.target.split("/")[:2])
        assert all(p.id == pasal or p.id.startswith(pasal + "/") for p in a.new_provisions), a.id
    for n, pasal in (("angka-26", "70"), ("angka-27", "71")):
        a = got[n]
        assert (a.kind, a.target) == ("replace", f"uu-1-2015/pasal-{pasal}")
        assert f"uu-1-2015/pasal-{pasal}/ayat-1" in {p.id for p in a.new_provisions}
        assert {p.amended_by for p in a.new_provisions} == {"uu-10-2016"}
        assert a.effective == doc.diundangkan and a.effective is not None
    inserted = [got[f"angka-59-{i}"] for i in (1, 2, 3, 4)]
    assert [a.target for a in inserted] == [f"uu-1-2015/pasal-187{c}" for c in "abcd"]
    assert [a.position_after for a in inserted] == ["uu-1-2015/pasal-187"] + [
        f"uu-1-2015/pasal-187{c}" for c in "abc"
    ]
    assert all(a.kind == "insert" and a.new_text.startswith("Pasal 187") for a in inserted)
    kinds = Counter(a.kind for a in am)
    assert kinds["replace"] >= 40 and kinds["insert"] >= 40 and kinds["delete"] >= 2


@needs_shared
def test_uu_8_2015():
    doc = parse_real("uu-8-2015.md")
    got = by_id(extract_amendments(doc))
    a = got["angka-107"]
    assert (a.kind, a.target, a.target_doc) == ("replace", "uu-1-2015/pasal-189", "uu-1-2015")
    assert [p.id for p in a.new_provisions] == ["uu-1-2015/pasal-189"]
    assert "Pasal 70 ayat (1)" in a.new_text
    assert got["angka-3"].kind == "delete" and got["angka-3"].target == "uu-1-2015/pasal-4"


def test_single_unnumbered_instruction_in_pasal_i():
    doc = synthetic_amending_act()
    pasal_i = doc.provisions[0].model_copy(
        update={
            "text": "Ketentuan Pasal 15 Undang-Undang Nomor 3 Tahun 2090 tentang Rapat Rekaan diubah "
            "sehingga "
            "berbunyi sebagai berikut: Pasal 15 (1) Rapat rekaan ditunda. (2) Penundaan diumumkan.",
            "children": (),
        }
    )
    doc = doc.model_copy(update={"provisions": (pasal_i, doc.provisions[-1])})
    (a,) = extract_amendments(doc)
    assert (a.id, a.kind, a.target) == ("uu-4-2091/pasal-i", "replace", "uu-3-2090/pasal-15")
    assert [p.id for p in a.new_provisions][-1] == "uu-3-2090/pasal-15/ayat-2"
