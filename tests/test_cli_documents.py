import json

import pytest
from conftest import CORPUS_RAW, needs_shared
from synthetic_texts import SYNTHETIC_PP
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def kg(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def synthetic_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "synthetic_pp.txt").write_text(SYNTHETIC_PP)
    return folder


def test_ingest_stats_show(synthetic_folder, store_dir):
    result = kg("ingest", synthetic_folder, "--store", store_dir, "--no-build")
    assert result.exit_code == 0, result.output
    assert "pasal" in result.output
    stats = json.loads(kg("stats", "--json", "--store", store_dir).output)
    assert stats["documents"]["pp-99-2099"]["pasal"] == 4
    shown = json.loads(
        kg("show", "pp-99-2099/pasal-2/ayat-1/huruf-b/angka-2", "--json", "--store", store_dir).output
    )
    assert "upacara kenegaraan" in shown["penjelasan"]
    assert "pp-99-2099/pasal-3" in {r["source"] for r in shown["references_in"]}
    assert shown["citation"] == "PP No. 99 Tahun 2099, Pasal 2 ayat (1) huruf b angka 2"


def test_bad_files_are_named_and_the_store_keeps_what_it_had(synthetic_folder, store_dir, tmp_path):
    assert kg("ingest", synthetic_folder, "--store", store_dir, "--no-build").exit_code == 0
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (bad / "empty.txt").write_text("")
    (bad / "nothing.txt").write_text("just a shopping list, no heading at all\n")
    result = kg("ingest", bad, "--store", store_dir, "--no-build")
    assert result.exit_code == 1
    for name in ("broken.pdf", "empty.txt", "nothing.txt"):
        assert name in result.output
    assert "Traceback" not in result.output
    assert json.loads(kg("stats", "--json", "--store", store_dir).output)["documents"].keys() == {
        "pp-99-2099"
    }


def test_reingest_replaces(synthetic_folder, store_dir):
    kg("ingest", synthetic_folder, "--store", store_dir, "--no-build")
    result = kg("ingest", synthetic_folder, "--store", store_dir, "--no-build", "--json")
    assert json.loads(result.output)["documents"]["replaced"] == 1
    assert json.loads(kg("stats", "--json", "--store", store_dir).output)["totals"]["documents"] == 1


def test_unknown_id_suggests(synthetic_folder, store_dir):
    kg("ingest", synthetic_folder, "--store", store_dir, "--no-build")
    result = kg("show", "pp-99-2099/pasal-22", "--store", store_dir)
    assert result.exit_code == 1
    assert "unknown id" in result.output and "pp-99-2099/pasal-2" in result.output


def test_missing_path(store_dir):
    result = kg("ingest", "no/such/folder", "--store", store_dir)
    assert result.exit_code == 1 and "no such file" in result.output


@needs_shared
@pytest.mark.slow
def test_done_when_real_corpus(tmp_path):
    store = tmp_path / "store"
    result = kg("ingest", CORPUS_RAW, "--store", store, "--no-build", "--json")
    assert result.exit_code == 0, result.output
    stats = json.loads(kg("stats", "--json", "--store", store).output)["documents"]
    assert stats["uu-20-2023"]["pasal"] == 77
    assert stats["pp-94-2021"]["pasal"] == 46
    assert stats["uu-5-2014"]["pasal"] == 141
    shown = json.loads(kg("show", "pp-94-2021/pasal-5/huruf-n/angka-2", "--json", "--store", store).output)
    assert shown["penjelasan"]
    assert "pp-94-2021/pasal-13/huruf-g" in {r["source"] for r in shown["references_in"]}


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    """A store holding the shipped curated corpus only, ingested once for the tests that show its records."""
    from conftest import REPO

    store = tmp_path_factory.mktemp("corpus") / "store"
    assert kg("ingest", REPO / "corpus", "--store", store, "--no-build").exit_code == 0
    return store


def test_show_names_where_a_repealed_acts_provision_lives_on(corpus_store):
    store = corpus_store
    shown = kg("show", "pp-53-2010/pasal-4/angka-14", "--store", store)
    assert shown.exit_code == 0, shown.output
    text = " ".join(shown.output.split())
    assert (
        "lives on in: PP No. 94 Tahun 2021, Pasal 5 huruf n angka 7 (pp-94-2021/pasal-5/huruf-n/angka-7)"
        in text
    )
    as_json = json.loads(kg("show", "pp-53-2010/pasal-4/angka-14", "--json", "--store", store).output)
    assert as_json["carried_on_in"] == ["pp-94-2021/pasal-5/huruf-n/angka-7"]


def test_show_prints_what_a_provisions_elucidation_adds(corpus_store):
    store = corpus_store
    shown = kg("show", "pp-94-2021/pasal-5/huruf-n/angka-3", "--store", store)
    assert shown.exit_code == 0, shown.output
    text = " ".join(shown.output.split())
    assert "elucidation_en: The elucidation of this point is also where" in text
    as_json = json.loads(kg("show", "pp-94-2021/pasal-5/huruf-n/angka-3", "--json", "--store", store).output)
    assert (
        "campaign participant" in as_json["elucidation_en"]
        and "peserta kampanye" in as_json["elucidation_id"]
    )
