"""Versions by date: consolidation of amendments, repeals with what the repealing act keeps, dates."""

from __future__ import annotations

import copy
from datetime import date

import pytest
import yaml
from graph_fixtures import (
    CORPUS_RAW,
    SYNTHETIC_CORPUS,
    real_store,
    synthetic_discipline_regulation,
    synthetic_store,
)

from kg.corpus import ingest_corpus
from kg.graph.build import build_graph
from kg.graph.versions import DateBeforeDocumentError, amending_points, status, text_at
from kg.store import UnknownIdError

needs_shared = pytest.mark.skipif(not CORPUS_RAW.is_dir(), reason="../shared/corpus-raw is absent")
D = date.fromisoformat


@pytest.fixture(scope="module")
def store(tmp_path_factory):  # type: ignore[no-untyped-def]
    s = synthetic_store(tmp_path_factory.mktemp("versions"), with_corpus=False)
    build_graph(s, progress=False, shacl=False)
    return s


def test_pasal_as_enacted_then_as_each_amendment_left_it(store) -> None:  # type: ignore[no-untyped-def]
    v1 = text_at(store, "uu-901-2010/pasal-2", D("2011-01-01"))
    assert v1.status == "in_force" and v1.version_source == "uu-901-2010"
    assert "Original alpha wording." in v1.text and "beta item two." in v1.text
    assert (v1.effective_from, v1.effective_to) == (D("2010-03-01"), D("2012-04-30"))

    v2 = text_at(store, "uu-901-2010/pasal-2", D("2013-01-01"))
    assert v2.status == "amended" and v2.version_source == "uu-902-2012"
    assert v2.text.splitlines() == [
        "Pasal 2",
        "(1) Second alpha wording.",
        "(2) Second beta wording.",
        "(3) Second gamma wording.",
    ]
    assert v2.by == "uu-902-2012/pasal-i/angka-1"
    assert "uu-902-2012/pasal-i/angka-1" in v2.rests_on
    assert (v2.effective_from, v2.effective_to) == (D("2012-05-01"), D("2014-06-30"))

    # The second amendment replaces only ayat (3): the rest keeps the first amendment's wording.
    v3 = text_at(store, "uu-901-2010/pasal-2", D("2015-01-01"))
    assert v3.version_source == "uu-903-2014"
    assert "(1) Second alpha wording." in v3.text and "(3) Third gamma wording." in v3.text
    assert "Second gamma" not in v3.text
    assert text_at(store, "uu-901-2010/pasal-2/ayat-3", D("2013-06-01")).text == "(3) Second gamma wording."


def test_every_amending_point_that_rewrote_a_provision_by_a_day(store) -> None:  # type: ignore[no-untyped-def]
    # Both rewrites of Pasal 2 count, oldest first, for the Pasal and for the ayat the second one rewrote.
    both = ("uu-902-2012/pasal-i/angka-1", "uu-903-2014/pasal-i/angka-1")
    assert amending_points(store, "uu-901-2010/pasal-2", D("2015-01-01")) == both
    assert amending_points(store, "uu-901-2010/pasal-2/ayat-3", D("2015-01-01")) == both
    assert amending_points(store, "uu-901-2010/pasal-3", D("2015-01-01")) == ("uu-903-2014/pasal-i/angka-2",)
    assert amending_points(store, "uu-901-2010/pasal-2", D("2013-01-01")) == both[:1]
    assert amending_points(store, "uu-901-2010/pasal-2", D("2011-01-01")) == ()
    assert amending_points(store, "uu-901-2010/pasal-1", D("2015-01-01")) == ()


def test_inserted_and_deleted_provisions(store) -> None:  # type: ignore[no-untyped-def]
    before = status(store, "uu-901-2010/pasal-2a", D("2011-06-01"))
    assert before.status == "not_yet_in_force" and before.since == D("2012-05-01")
    after = text_at(store, "uu-901-2010/pasal-2a", D("2013-01-01"))
    assert after.status == "in_force" and after.text == "Pasal 2A\nInserted delta rule."
    assert status(store, "uu-901-2010/pasal-3", D("2014-06-30")).status == "in_force"
    gone = status(store, "uu-901-2010/pasal-3", D("2014-07-01"))
    assert gone.status == "repealed" and gone.by == "uu-903-2014/pasal-i/angka-2"
    # Still "removed by the amendment" after the whole act is repealed later.
    assert status(store, "uu-901-2010/pasal-3", D("2021-01-01")).by == "uu-903-2014/pasal-i/angka-2"
    assert text_at(store, "uu-901-2010/pasal-3", D("2015-01-01")).text == ""


def test_repeal_and_what_the_repealing_act_keeps(store) -> None:  # type: ignore[no-untyped-def]
    gone = status(store, "uu-901-2010/pasal-2", D("2021-01-01"))
    assert gone.status == "repealed" and gone.by == "uu-904-2020/pasal-10" and gone.since == D("2020-01-15")
    assert "partial" in gone.note
    kept = status(store, "uu-901-2010/pasal-1", D("2021-01-01"))
    assert kept.status == "in_force" and kept.kept_by == ("uu-904-2020/pasal-9",)
    assert text_at(store, "uu-901-2010/pasal-1", D("2021-01-01")).text.startswith("Pasal 1")
    # The day before the repeal took effect the act still stood.
    assert status(store, "uu-901-2010/pasal-2", D("2020-01-14")).status == "amended"


def test_dates_before_and_between(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DateBeforeDocumentError, match="uu-901-2010 did not exist on 2009-12-31"):
        text_at(store, "uu-901-2010/pasal-1", D("2009-12-31"))
    # Enacted on 10 January, in force from 15 January (its commencement clause).
    assert status(store, "uu-904-2020/pasal-9", D("2020-01-12")).status == "not_yet_in_force"
    assert status(store, "uu-904-2020/pasal-9", D("2020-01-15")).status == "in_force"
    assert status(store, "uu-904-2020", D("2020-01-16")).status == "in_force"


def test_an_inserted_provision_in_force_and_a_document_not_yet_in_force(store) -> None:  # type: ignore[no-untyped-def]
    inserted = status(store, "uu-901-2010/pasal-2a", D("2013-01-01"))
    assert (inserted.status, inserted.note) == ("in_force", "inserted by uu-902-2012")
    assert inserted.by == "uu-902-2012/pasal-i/angka-2" and inserted.since == D("2012-05-01")
    early = status(store, "uu-904-2020", D("2020-01-12"))
    assert (early.status, early.since, early.note) == (
        "not_yet_in_force",
        D("2020-01-15"),
        "takes effect on 2020-01-15",
    )


def test_a_curated_replacement_repeals_when_the_graph_holds_no_repeal_clause(tmp_path) -> None:  # type: ignore[no-untyped-def]
    recs = copy.deepcopy(SYNTHETIC_CORPUS)
    recs["regulations"][0]["status"] = {"state": "replaced", "by": "uu-906-2017", "since": "2023-01-01"}
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "synthetic.yaml").write_text(yaml.safe_dump(recs), encoding="utf-8")
    st = synthetic_store(tmp_path, with_corpus=False, docs=[synthetic_discipline_regulation()])
    ingest_corpus(tmp_path / "c", st)
    build_graph(st, progress=False, shacl=False)
    assert status(st, "pp-905-2021/pasal-5", D("2022-12-31")).status == "in_force"
    gone = status(st, "pp-905-2021/pasal-5", D("2023-01-01"))
    assert (gone.status, gone.by, gone.since) == ("repealed", "uu-906-2017", D("2023-01-01"))
    assert gone.note == "replaced by uu-906-2017 (curated record)"
    assert gone.rests_on == ["pp-905-2021/pasal-5", "uu-906-2017"]


def test_unknown_ids_suggest(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UnknownIdError, match="uu-901-2010/pasal-2"):
        status(store, "uu-901-2010/pasal-22", D("2015-01-01"))
    with pytest.raises(UnknownIdError, match="uu-901-2010"):
        status(store, "uu-901-2011/pasal-1", D("2015-01-01"))
    with pytest.raises(ValueError, match="is a document"):
        text_at(store, "uu-901-2010", D("2015-01-01"))


def test_records_dump_as_json(store) -> None:  # type: ignore[no-untyped-def]
    data = text_at(store, "uu-901-2010/pasal-2", D("2013-01-01")).model_dump(mode="json")
    assert data["at"] == "2013-01-01" and data["effective_to"] == "2014-06-30"


@needs_shared
@pytest.mark.slow
def test_real_pilkada_pasal_70_by_date(tmp_path_factory) -> None:
    store = real_store(tmp_path_factory.mktemp("real"))
    enacted = text_at(store, "uu-1-2015/pasal-70", D("2015-03-01"))
    first = text_at(store, "uu-1-2015/pasal-70", D("2016-01-01"))
    second = text_at(store, "uu-1-2015/pasal-70", D("2017-01-01"))
    assert enacted.version_source == "uu-1-2015" and enacted.status == "in_force"
    assert first.version_source == "uu-8-2015" and first.status == "amended"
    assert second.version_source == "uu-10-2016" and second.status == "amended"
    assert len({enacted.text, first.text, second.text}) == 3
    assert all(v.text.startswith("Pasal 70") for v in (enacted, first, second))
    assert enacted.effective_to is not None and first.effective_from is not None
    assert enacted.effective_to < first.effective_from <= D("2016-01-01")
    assert first.effective_to is not None and second.effective_from is not None
    assert first.effective_to < second.effective_from
    with pytest.raises(DateBeforeDocumentError):
        text_at(store, "uu-1-2015/pasal-70", D("2014-01-01"))


@needs_shared
@pytest.mark.slow
def test_real_repeals_asn_law_and_discipline_regulation(tmp_path_factory) -> None:
    store = real_store(tmp_path_factory.mktemp("real"))
    old = status(store, "uu-5-2014/pasal-87", D("2024-01-01"))
    assert old.status == "repealed" and old.by == "uu-20-2023/pasal-76"
    assert status(store, "uu-5-2014/pasal-87", D("2020-01-01")).status == "in_force"
    # PP 94/2021 repeals PP 53/2010 except its medium penalties, which its Pasal 42 keeps.
    heavy = status(store, "pp-53-2010/pasal-7/ayat-4", D("2022-01-01"))
    assert heavy.status == "repealed" and heavy.by and heavy.by.startswith("pp-94-2021/pasal-45")
    medium = status(store, "pp-53-2010/pasal-7/ayat-3", D("2022-01-01"))
    assert medium.status == "in_force" and "pp-94-2021/pasal-42/ayat-2" in medium.kept_by
    assert status(store, "pp-53-2010/pasal-7/ayat-4", D("2020-01-01")).status == "in_force"


def test_a_chapter_holds_its_pasals_though_their_ids_are_not_below_it(tmp_path) -> None:
    from graph_fixtures import synthetic_documents, synthetic_prov

    docs = synthetic_documents()
    base = next(d for d in docs if d.id == "uu-901-2010")
    # Pasal ids are flat (uu-901-2010/pasal-2), the BAB holding them is only their parent.
    bab = synthetic_prov("uu-901-2010/bab-1", "bab", "I", "BAB I", "", None)
    top = [p.model_copy(update={"parent": bab.id}) if p.parent is None else p for p in base.provisions]
    provs = (bab, *top)
    docs = [base.model_copy(update={"provisions": provs}) if d is base else d for d in docs]
    s = synthetic_store(tmp_path, with_corpus=False, docs=docs)
    build_graph(s, progress=False, shacl=False)
    before = text_at(s, "uu-901-2010/bab-1", D("2011-01-01"))
    assert before.status == "in_force" and before.text.startswith("BAB I\nPasal 1\nZebra keepers")
    assert "Original alpha wording." in before.text
    after = text_at(s, "uu-901-2010/bab-1", D("2015-01-01"))
    assert after.status == "amended" and after.version_source == "uu-903-2014"
    assert "(3) Third gamma wording." in after.text and "Original alpha" not in after.text


def test_a_documents_history_is_read_once_per_open_store(store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kg.graph.rdfstore import GraphStore, open_graph_store

    pids = [f"uu-901-2010/{p}" for p in ("pasal-1", "pasal-2", "pasal-2/ayat-3", "pasal-2a")]
    days = [D("2011-01-01"), D("2013-01-01"), D("2015-01-01"), D("2030-01-01")]
    fresh = {(p, d): text_at(store, p, d).model_dump() for p in pids for d in days}
    queries: list[str] = []
    real = GraphStore.select

    def counted(self, query, bindings=None):  # type: ignore[no-untyped-def]
        queries.append(query)
        return real(self, query, bindings)

    monkeypatch.setattr(GraphStore, "select", counted)
    gs = open_graph_store(store)
    try:
        shared = {(p, d): text_at(store, p, d, gs=gs).model_dump() for p in pids for d in days}
        assert shared == fresh  # one history serves every provision and day, unchanged by use
        first = len(queries)
        assert 0 < first <= 8
        status(store, "uu-901-2010/pasal-3", D("2012-01-01"), gs=gs)
        assert len(queries) == first  # nothing asked again
    finally:
        gs.close()


def test_a_write_through_the_store_forgets_what_it_kept(store) -> None:  # type: ignore[no-untyped-def]
    from kg.graph.rdfstore import open_graph_store

    gs = open_graph_store(store, write=True)
    try:
        assert status(store, "uu-901-2010/pasal-1", D("2011-01-01"), gs=gs).status == "in_force"
        gs.drop_graph("uu-901-2010")
        with pytest.raises(UnknownIdError):
            status(store, "uu-901-2010/pasal-1", D("2011-01-01"), gs=gs)
    finally:
        gs.close()
        build_graph(store, progress=False, shacl=False)
