import json

import pytest

from ingest.records import Document, Provision, Reference, SourceLocation
from kg.store import Store, UnknownIdError, atomic_write_text, resolve_store_path


def synthetic_doc(doc_id: str = "pp-99-2099", refs=()) -> Document:
    pasal = Provision(
        id=f"{doc_id}/pasal-1",
        doc_id=doc_id,
        level="pasal",
        number="1",
        label="Pasal 1",
        text="synthetic rule text",
        children=(f"{doc_id}/pasal-1/ayat-1",),
    )
    ayat = Provision(
        id=f"{doc_id}/pasal-1/ayat-1",
        doc_id=doc_id,
        level="ayat",
        number="1",
        label="ayat (1)",
        text="synthetic paragraph",
        parent=f"{doc_id}/pasal-1",
    )
    return Document(
        id=doc_id,
        kind="regulation",
        title="Synthetic",
        provisions=(pasal, ayat),
        references=tuple(refs),
        source=SourceLocation(file="synthetic.txt"),
    )


def test_put_get_replace(store_dir):
    store = Store(store_dir)
    assert store.put(synthetic_doc()) is False
    assert store.put(synthetic_doc()) is True  # same id replaces, never duplicates
    assert store.ids() == ["pp-99-2099"]
    fresh = Store(store_dir)
    doc = fresh.get("pp-99-2099")
    assert doc.provision("pp-99-2099/pasal-1/ayat-1").text == "synthetic paragraph"


def test_unknown_ids_suggest_near_ones(store_dir):
    store = Store(store_dir)
    store.put(synthetic_doc())
    with pytest.raises(UnknownIdError) as exc:
        store.get("pp-99-2098")
    assert "pp-99-2099" in str(exc.value)
    with pytest.raises(UnknownIdError) as exc:
        store.provision("pp-99-2099/pasal-1/ayat-2")
    assert "pp-99-2099/pasal-1/ayat-1" in exc.value.suggestions


def test_lookup_answers_whether_without_working_out_suggestions(store_dir, monkeypatch):
    store = Store(store_dir)
    store.put(synthetic_doc())
    monkeypatch.setattr(Store, "suggest", lambda *a, **k: pytest.fail("lookup must not fuzzy-match ids"))
    doc, prov = store.lookup("pp-99-2099/pasal-1/ayat-1")
    assert doc.id == "pp-99-2099" and prov.text == "synthetic paragraph"
    assert store.lookup("pp-99-2099") == (doc, None)
    assert store.lookup("pp-99-2099/pasal-1/ayat-2") is None and store.lookup("pp-99-2098/pasal-1") is None
    assert store.lookup("../pp-99-2099") is None and store.lookup("x" * 5000) is None  # no id at all


def test_bad_document_ids_are_refused(store_dir):
    with pytest.raises(ValueError):
        Store(store_dir).put(synthetic_doc("../escape"))


def test_reference_index(store_dir):
    store = Store(store_dir)
    ref = Reference(
        source="pp-98-2098/pasal-2",
        target="pp-99-2099/pasal-1/ayat-1",
        text="Pasal 1 ayat (1)",
        kind="external",
        resolved=True,
    )
    store.put(synthetic_doc())
    citing = synthetic_doc("pp-98-2098", refs=[ref])
    store.put(citing)
    store.update_reference_index([synthetic_doc(), citing])
    assert [r.source for r in store.incoming_references("pp-99-2099/pasal-1")] == ["pp-98-2098/pasal-2"]
    store.remove("pp-98-2098")  # removing a document drops its outgoing references too
    assert store.incoming_references("pp-99-2099/pasal-1") == []


def test_atomic_write_leaves_old_file_on_failure(tmp_path):
    target = tmp_path / "a.json"
    atomic_write_text(target, json.dumps({"v": 1}))

    with pytest.raises(TypeError):
        atomic_write_text(target, 12345)  # not text: the write fails midway
    assert json.loads(target.read_text()) == {"v": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_store_path_resolution(monkeypatch, tmp_path):
    monkeypatch.delenv("KG_STORE", raising=False)
    assert str(resolve_store_path()) == ".kg-store"
    monkeypatch.setenv("KG_STORE", str(tmp_path))
    assert resolve_store_path() == tmp_path
    assert resolve_store_path("x") == resolve_store_path("x")
