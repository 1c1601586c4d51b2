"""Tests for kg.graph.norms (the norms question, curated vs extracted) and the extracted-norm triples."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from rdflib import RDF

from ingest.pipeline import parse_text
from kg.corpus.records import Norm, Sanction
from kg.graph.build import K, corpus_iri, document_triples, shacl_check
from kg.graph.norms import (
    definitions,
    disagreements,
    norms,
    powers,
    recall_against_curated,
    sanctions_reaching,
)
from kg.store import Store

# Invented wording in the drafting form of real statutes (no real law).
SYNTHETIC_TEXT = """PERATURAN PEMERINTAH REPUBLIK INDONESIA
NOMOR 97 TAHUN 2097
TENTANG
DISIPLIN PEGAWAI SINTETIS

DENGAN RAHMAT TUHAN YANG MAHA ESA

MEMUTUSKAN:
Menetapkan: PERATURAN PEMERINTAH TENTANG DISIPLIN PEGAWAI SINTETIS.

Pasal 1
Pegawai ASN dilarang:
a. memakai kendaraan dinas untuk kampanye; dan
b. memasang spanduk partai di kantor.

Pasal 2
PNS wajib hadir pada upacara.

Pasal 3
Hukuman disiplin sedang dijatuhkan bagi Pegawai ASN yang melanggar ketentuan \
sebagaimana dimaksud dalam Pasal 1 huruf a.

Pasal 4
Peraturan Pemerintah ini mulai berlaku pada tanggal diundangkan.

Ditetapkan di Jakarta
pada tanggal 2 Januari 2097

Diundangkan di Jakarta
pada tanggal 3 Januari 2097
"""
DOC = "pp-97-2097"


@pytest.fixture
def store(tmp_path):
    st = Store(tmp_path / "store")
    st.put(parse_text("synthetic_graph_norms.md", [SYNTHETIC_TEXT]))
    return st


def _curated(kind="prohibition", addressees=("pns",), provisions=(f"{DOC}/pasal-1/huruf-b",), sanctions=()):
    return Norm(
        id=f"norm:{DOC}/synthetic-spanduk",
        kind=kind,
        addressees=list(addressees),
        act_id="memasang spanduk (ringkasan kami)",
        act_en="put up a banner (our summary)",
        provisions=list(provisions),
        sanctions=list(sanctions),
        regime="discipline",
    )


def _sanction(level):
    return Sanction(
        id=f"sanction:{DOC}/{level}/synthetic",
        regime="discipline",
        kind="disciplinary",
        level=level,
        description_id="hukuman sintetis",
        description_en="synthetic penalty",
        provisions=[f"{DOC}/pasal-3"],
    )


def test_norms_on_a_provision_filtered_by_kind_addressee_and_source(store):
    items = norms(store, f"{DOC}/pasal-1")
    assert [i.provision for i in items] == [f"{DOC}/pasal-1/huruf-a", f"{DOC}/pasal-1/huruf-b"]
    a = items[0].as_dict()
    assert set(a) >= {
        "id",
        "kind",
        "provision",
        "addressees",
        "act",
        "conditions",
        "sanction_provisions",
        "source",
        "confidence",
    }
    assert a["sanction_provisions"] == [f"{DOC}/pasal-3"] and a["sanctions"][0]["level"] == "sedang"
    assert [i.provision for i in norms(store, DOC, kind="obligation")] == [f"{DOC}/pasal-2"]
    # a duty of every ASN employee binds a PNS too
    assert {i.provision for i in norms(store, DOC, addressee="pns")} == {
        f"{DOC}/pasal-1/huruf-a",
        f"{DOC}/pasal-1/huruf-b",
        f"{DOC}/pasal-2",
    }
    assert norms(store, DOC, addressee="kepala-desa") == []
    assert norms(store, DOC, source="curated") == []


def test_the_curated_norm_wins_on_its_provision(store):
    bundle = SimpleNamespace(norms=[_curated()], sanctions=[])
    items = norms(store, f"{DOC}/pasal-1", bundle=bundle)
    assert [(i.provision, i.source) for i in items] == [
        (f"{DOC}/pasal-1/huruf-b", "curated"),
        (f"{DOC}/pasal-1/huruf-a", "extracted"),
    ]
    both = norms(store, f"{DOC}/pasal-1", source="extracted", bundle=bundle)
    assert [i.source for i in both] == ["extracted", "extracted"]


def test_disagreements_report_kind_addressee_and_sanction_level(store):
    same = SimpleNamespace(norms=[_curated(addressees=("pegawai-asn",))], sanctions=[])
    assert disagreements(store, same) == []
    other = _curated(
        kind="obligation",
        addressees=("kepala-desa",),
        provisions=(f"{DOC}/pasal-1/huruf-a",),
        sanctions=(f"sanction:{DOC}/berat/synthetic",),
    )
    found = {
        (d.field, d.curated_value, d.extracted_value)
        for d in disagreements(store, SimpleNamespace(norms=[other], sanctions=[_sanction("berat")]))
    }
    assert found == {
        ("kind", "obligation", "prohibition"),
        ("addressee", "kepala-desa", "pegawai-asn"),
        ("sanction level", "berat", "sedang"),
    }


def test_sanctions_reaching_a_provision(store):
    (link,) = sanctions_reaching(store, f"{DOC}/pasal-1/huruf-a")
    assert (link["provision"], link["regime"], link["level"]) == (f"{DOC}/pasal-3", "disciplinary", "sedang")
    assert sanctions_reaching(store, f"{DOC}/pasal-2") == []


def test_recall_counts_finer_provisions_and_excludes_what_the_texts_lack(store):
    doc = store.get(DOC)
    coarse = _curated(provisions=(f"{DOC}/pasal-1",))
    missing = _curated(provisions=("pp-1-2001/pasal-9",))
    wrong_kind = _curated(kind="permission", provisions=(f"{DOC}/pasal-2",))
    figures = recall_against_curated([doc], SimpleNamespace(norms=[coarse, missing, wrong_kind]))
    assert (figures["norms"], figures["recovered"], figures["excluded"]) == (2, 1, 1)


def test_extracted_norms_become_triples_in_the_curated_classes_and_conform(store):
    doc = store.get(DOC)
    triples = document_triples(doc, "hash")
    s = corpus_iri(f"norm:{DOC}/pasal-1/huruf-a")
    assert (s, RDF.type, K.Norm) in triples and (s, K.normKind, K.Prohibition) in triples
    assert any(t[0] == s and t[1] == K.normSource and str(t[2]) == "extracted" for t in triples)
    assert any(t[1] == K.reaches and t[2] == s for t in triples)
    conforms, messages = shacl_check(triples)
    assert conforms, messages


def test_powers_link_to_a_curated_institution_by_name_or_abbreviation(tmp_path):
    text = SYNTHETIC_TEXT.replace(
        "Pasal 4\nPeraturan",
        "Pasal 4\nBadan Pengawas Sintetis berwenang memeriksa laporan.\n\nPasal 5\nPeraturan",
    )
    st = Store(tmp_path / "store")
    st.put(parse_text("synthetic_graph_powers.md", [text]))
    inst = SimpleNamespace(id="inst:synthetic-pengawas", name="Badan Pengawas Sintetis", abbreviation="BPS")
    (power,) = powers(st, f"{DOC}/pasal-4", bundle=SimpleNamespace(institutions=[inst]))
    assert (power["institution"], power["verb"], power["object"]) == (
        "badan pengawas sintetis",
        "memeriksa",
        "laporan",
    )
    assert power["curated_institution"] == "inst:synthetic-pengawas"
    assert powers(st, f"{DOC}/pasal-4", bundle=None)[0]["curated_institution"] is None


def test_definitions_by_term_or_abbreviation(tmp_path):
    text = SYNTHETIC_TEXT.replace(
        "Pasal 1\nPegawai ASN dilarang:",
        "Pasal 1\nDalam Peraturan Pemerintah ini yang dimaksud dengan:\n"
        "1. Pegawai Sintetis yang selanjutnya disingkat PS adalah pegawai buatan.\n\n"
        "Pasal 1A\nPegawai ASN dilarang:",
    )
    st = Store(tmp_path / "store")
    st.put(parse_text("synthetic_graph_definitions.md", [text]))
    want = [
        {
            "term": "Pegawai Sintetis",
            "abbreviation": "PS",
            "provision": f"{DOC}/pasal-1/angka-1",
            "meaning": "pegawai buatan",
        }
    ]
    assert definitions(st, "ps") == want and definitions(st, "pegawai  sintetis", DOC) == want
    assert definitions(st, "sintetis") == want  # no exact term: the terms containing its words
    assert definitions(st, "pegawai buatan") == []
