import json

import pytest
from conftest import CORPUS_RAW, needs_shared
from synthetic_texts import SYNTHETIC_PP

from ingest.pipeline import collect_input_files, ingest_file, read_beir_corpus
from ingest.records import IngestError


def test_collect_skips_notes_and_other_files(tmp_path):
    for name in ("a.md", "b.pdf", "corpus.jsonl", "MANIFEST.md", "README.md", "data.csv"):
        (tmp_path / name).write_text("x")
    chosen, skipped = collect_input_files([tmp_path])
    assert sorted(p.name for p in chosen) == ["a.md", "b.pdf", "corpus.jsonl"]
    assert sorted(p.name for p in skipped) == ["MANIFEST.md", "README.md", "data.csv"]


def test_beir_corpus_keeps_ids(tmp_path):
    f = tmp_path / "corpus.jsonl"
    rows = [{"_id": "1", "title": "Pasal 1", "text": "synthetic one"}, {"_id": "2a", "text": "synthetic two"}]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    docs = list(read_beir_corpus(f))
    assert [(d.id, d.kind, d.body) for d in docs] == [
        ("1", "beir", "synthetic one"),
        ("2a", "beir", "synthetic two"),
    ]


def test_beir_bad_line_names_the_line(tmp_path):
    f = tmp_path / "corpus.jsonl"
    f.write_text('{"_id": "1", "text": "ok"}\n{not json\n')
    with pytest.raises(IngestError, match=r"corpus.jsonl, line 2"):
        list(read_beir_corpus(f))


def test_synthetic_regulation_end_to_end(tmp_path):
    f = tmp_path / "synthetic_pp.txt"
    f.write_text(SYNTHETIC_PP)
    (doc,) = ingest_file(f)
    assert doc.id == "pp-99-2099"
    assert doc.count_by_level()["pasal"] == 4
    angka = doc.provision("pp-99-2099/pasal-2/ayat-1/huruf-b/angka-2")
    assert angka is not None and "upacara resmi" in angka.text
    assert "upacara kenegaraan" in (angka.penjelasan or "")
    targets = {r.target for r in doc.references if r.source.startswith("pp-99-2099/pasal-3")}
    assert "pp-99-2099/pasal-2/ayat-1/huruf-b/angka-2" in targets


@needs_shared
def test_real_pp_94_2021():
    (doc,) = ingest_file(CORPUS_RAW / "pp-94-2021.md")
    assert doc.id == "pp-94-2021"
    assert doc.count_by_level()["pasal"] == 46
    assert doc.provision("pp-94-2021/pasal-5/huruf-n/angka-4") is not None


def test_a_court_decision_takes_the_decision_path(tmp_path):
    from synthetic_decisions import SYNTHETIC_PN_CRIMINAL

    path = tmp_path / "synthetic_decision_pn.txt"
    path.write_text(SYNTHETIC_PN_CRIMINAL, encoding="utf-8")
    (doc,) = ingest_file(path)
    assert (doc.id, doc.decision.outcome) == ("pn-slk-23-pid-sus-2099", "guilty")
    assert [r.target for r in doc.references] == ["uu-98-2097/pasal-494", "uu-98-2097/pasal-280/ayat-3"]
