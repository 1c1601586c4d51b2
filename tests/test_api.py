"""Tests for kg.api: the read operations every interface shares (show, stats, names, answers, cases)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from graph_fixtures import synthetic_store
from test_citator import synthetic_records

from kg import api
from kg.corpus import ingest_corpus, load_store_corpus
from kg.errors import UnknownIdError
from kg.graph.build import build_graph
from kg.store import Store

VAN = "pp-905-2021/pasal-5/huruf-n/angka-4"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The synthetic acts (base act, two amendments, a partial repeal, a discipline regulation) and corpus."""
    st = synthetic_store(tmp_path_factory.mktemp("api"))
    st.update_reference_index(list(st.documents()))  # what `kg ingest` does after storing documents
    build_graph(st, progress=False, shacl=False)
    return st


@pytest.fixture(scope="module")
def bundle(store: Store):
    return load_store_corpus(store)


@pytest.fixture(scope="module")
def citator_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A corpus-only store: a law, a regulation in conflict with it, a court decision reading the law."""
    base = tmp_path_factory.mktemp("api_citator")
    (base / "c").mkdir()
    (base / "c" / "synthetic_citator.yaml").write_text(yaml.safe_dump(synthetic_records()), encoding="utf-8")
    st = Store(base / "store")
    ingest_corpus(base / "c", st)
    return st


# -- show -------------------------------------------------------------------------------------------
def test_show_a_provision_has_its_text_lead_norms_and_cases(store: Store) -> None:
    view = api.show(store, VAN)
    assert view["citation"] == "PP No. 905 Tahun 2021, Pasal 5 huruf n angka 4"
    assert view["official_text"] is True and view["text"] == "lending office vans to a rally;"
    assert view["parent"] == "pp-905-2021/pasal-5/huruf-n"
    assert [r["source"] for r in view["references_in"]] == ["pp-905-2021/pasal-14/huruf-i"]
    assert view["norms"][0]["id"] == "norm:pp-905-2021/no-office-vans"  # the curated norm comes first
    assert view["cases"] == ["case:synthetic-van-case"]
    assert "at" not in view


def test_show_a_document_lists_its_top_provisions_and_counts(store: Store) -> None:
    view = api.show(store, "uu-901-2010")
    assert [c["id"] for c in view["children"]] == [
        "uu-901-2010/pasal-1",
        "uu-901-2010/pasal-2",
        "uu-901-2010/pasal-3",
    ]
    assert view["counts"]["pasal"] == 3
    # a reference out of the document that could not be resolved is kept, with why
    assert any(not r["resolved"] and r["text"] == "Pasal 99" for r in view["references_out"])


def test_show_at_a_date_gives_the_wording_then_in_force(store: Store) -> None:
    at = api.show(store, "uu-901-2010/pasal-2", date(2013, 1, 1))["at"]
    assert at["status"] == "amended" and at["version_source"] == "uu-902-2012"
    assert "Second gamma wording." in at["text"] and at["effective_to"] == "2014-06-30"
    assert api.show(store, "uu-901-2010/pasal-2", date(2011, 1, 1))["at"]["status"] == "in_force"


def test_show_a_curated_record_or_a_provision_known_only_from_the_corpus(store: Store) -> None:
    assert api.show(store, "norm:pp-905-2021/no-office-vans")["record_type"] == "norm"
    case = api.show(store, "case:synthetic-van-case")
    assert case["record_type"] == "case" and case["case"]["id"] == "case:synthetic-van-case"
    summary_only = api.show(store, "uu-906-2017/pasal-7")
    assert summary_only["official_text"] is False
    assert summary_only["summary_id"].startswith("ringkasan sintetis")


def test_show_an_unknown_id_names_what_to_do(store: Store) -> None:
    with pytest.raises(UnknownIdError, match="no such provision"):
        api.show(store, "pp-905-2021/pasal-99")
    with pytest.raises(UnknownIdError, match="only a curated summary"):
        api.show(store, "uu-906-2017/pasal-99")


# -- stats ------------------------------------------------------------------------------------------
def test_stats_counts_levels_per_document_totals_and_the_corpus(store: Store) -> None:
    data = api.stats(store)
    assert data["documents"]["uu-901-2010"] == {
        "title": "Undang-Undang Nomor 901 Tahun 2010",
        "kind": "regulation",
        "pasal": 3,
        "ayat": 2,
        "huruf": 2,
    }
    assert data["totals"]["documents"] == 5
    assert data["totals"]["pasal"] == sum(d.get("pasal", 0) for d in data["documents"].values())
    assert data["corpus"]["counts"]["cases"] == 1
    assert {r["id"] for r in data["corpus"]["regulations"]} == {"pp-905-2021", "uu-906-2017"}


def test_stats_of_an_empty_store(tmp_path: Path) -> None:
    assert api.stats(Store(tmp_path / "empty")) == {"documents": {}, "totals": {"documents": 0}}


# -- names for ids ----------------------------------------------------------------------------------
def test_display_name_for_every_kind_of_id(bundle) -> None:
    assert api.display_name("pp-905-2021/pasal-5") == "PP No. 905 Tahun 2021, Pasal 5"
    assert api.display_name("inst:synthetic-ppk", bundle) == "Pejabat Sintetis"
    assert api.display_name("case:synthetic-van-case", bundle) == "Synthetic office-van case"
    assert api.display_name("article:synthetic-study", bundle) == "A. Synthetic (2024)"
    assert api.display_name("norm:uu-906-2017/no-vans-at-rallies", bundle) == (
        "using government facilities in a campaign"
    )
    assert api.display_name("sanction:uu-906-2017/jail", bundle) == "synthetic jail term"
    # a record id the corpus does not hold, or no corpus at all: the id itself
    assert api.display_name("inst:synthetic-nobody", bundle) == "inst:synthetic-nobody"
    assert api.display_name("case:synthetic-van-case") == "case:synthetic-van-case"


def test_name_ids_turns_ids_into_names_and_leaves_lookalikes(bundle) -> None:
    text = "Reports go under uu-906-2017/pasal-30 before pilkada-serentak-2024 to inst:synthetic-ppk."
    assert api.name_ids(text, bundle) == [
        ("Reports go under ", None),
        ("UU No. 906 Tahun 2017, Pasal 30", "uu-906-2017/pasal-30"),
        (" before pilkada-serentak-2024 to ", None),  # looks like an id, but pilkada is no kind of act
        ("Pejabat Sintetis", "inst:synthetic-ppk"),
        (".", None),
    ]
    assert api.name_ids("", bundle) == []


@pytest.mark.parametrize(
    ("iri", "expected"),
    [
        ("https://kg-asn.example/id/norm/pp-94-2021/synthetic-x", "norm:pp-94-2021/synthetic-x"),
        ("https://kg-asn.example/id/inst/synthetic-office", "inst:synthetic-office"),
        ("https://kg-asn.example/id/pp-94-2021/pasal-5/huruf-n", "pp-94-2021/pasal-5/huruf-n"),
        ("https://kg-asn.example/graph/pp-94-2021", None),  # a named graph, not a record
        ("http://data.europa.eu/eli/ontology#LegalResource", None),
    ],
)
def test_record_id_of_our_iris(iri: str, expected: str | None) -> None:
    assert api.record_id(iri) == expected


# -- reading provisions -----------------------------------------------------------------------------
def test_lead_in_runs_from_the_pasal_down_to_the_point(store: Store) -> None:
    chain = api.lead_in(store, VAN)
    assert [c["id"] for c in chain] == ["pp-905-2021/pasal-5", "pp-905-2021/pasal-5/huruf-n", VAN]
    assert chain[0]["text"] == "Clerks must not:"
    assert api.lead_in(store, "pp-905-2021") == []  # a document has no lead-in
    with pytest.raises(UnknownIdError):
        api.lead_in(store, "pp-905-2021/pasal-99")


def test_kept_alive_names_the_transitional_clause_that_keeps_a_repealed_provision(store: Store) -> None:
    kept = api.kept_alive(store, "uu-901-2010/pasal-1", date(2021, 1, 1))
    assert kept is not None
    assert kept["by"] == ["uu-904-2020/pasal-9"] and kept["status"] == "in_force"
    assert "kept in force by uu-904-2020/pasal-9" in kept["note"]
    # repealed and not kept, or not yet repealed: nothing keeps it alive
    assert api.kept_alive(store, "uu-901-2010/pasal-2", date(2021, 1, 1)) is None
    assert api.kept_alive(store, "uu-901-2010/pasal-1", date(2015, 1, 1)) is None


def test_direct_answer_says_who_must_not_what_penalty_and_who_imposes_it(store: Store) -> None:
    rule = SimpleNamespace(
        id=VAN, citation="PP No. 905 Tahun 2021, Pasal 5 huruf n angka 4", status="in force"
    )
    card = SimpleNamespace(prohibitions=[rule], obligations=[], sanctions=[], at=None, conflicts=[])
    sentences = api.direct_answer(store, card)
    assert [s["text"] for s in sentences] == [
        "A civil servant (PNS) must not lending office vans or other state facilities to a campaign rally.",
        "The penalty is heavy disciplinary: synthetic demotion.",
        "It is imposed by Pejabat Sintetis, according to rank.",
    ]
    assert sentences[1]["cites"] == ["pp-905-2021/pasal-14/huruf-i", "pp-905-2021/pasal-8/ayat-4"]
    assert sentences[2]["cites"] == ["pp-905-2021/pasal-20"]


def test_direct_answer_without_a_curated_norm_and_with_a_status_flag(store: Store) -> None:
    rule = SimpleNamespace(
        id="uu-901-2010/pasal-3", citation="UU No. 901 Tahun 2010, Pasal 3", status="repealed"
    )
    card = SimpleNamespace(prohibitions=[rule], obligations=[], sanctions=[], at=None, conflicts=[])
    assert [s["text"] for s in api.direct_answer(store, card)] == [
        "UU No. 901 Tahun 2010, Pasal 3 forbids the conduct closest to the question.",
        "UU No. 901 Tahun 2010, Pasal 3 is repealed on the date asked.",
    ]
    empty = SimpleNamespace(prohibitions=[], obligations=[], sanctions=[], at=None, conflicts=[])
    assert api.direct_answer(store, empty) == []


# -- citator, conflicts, cases ----------------------------------------------------------------------
def test_citator_flags_a_provision_from_the_day_the_decision_was_read(citator_store: Store) -> None:
    (flag,) = api.citator(citator_store, "uu-901-2090/pasal-9")
    assert (flag["flag"], flag["by"], flag["date"]) == (
        "conditionally_constitutional",
        "mk-9-puu-xc-2092",
        "2092-06-01",
    )
    assert api.citator(citator_store, "uu-901-2090/pasal-9", date(2092, 5, 31)) == []


def test_conflicts_for_finds_the_conflict_a_provision_is_part_of(citator_store: Store) -> None:
    (conflict,) = api.conflicts_for(citator_store, ["pp-902-2091/pasal-5"])
    assert conflict["principle"] == "lex superior" and conflict["prevails"] == "uu-901-2090"
    assert api.conflicts_for(citator_store, ["pp-903-2080/pasal-2"]) == []


def test_cases_filter_by_provision_actor_and_id(store: Store) -> None:
    (case,) = api.cases(store, provision="pp-905-2021/pasal-5")  # a provision above the one applied
    assert case["id"] == "case:synthetic-van-case" and case["outcome_kind"] == "unknown"
    assert api.cases(store, actor="clerk") == [case]
    assert api.cases(store, actor="kepala-desa") == []
    assert api.cases(store, case_id="case:synthetic-van-case") == [case]
    assert api.cases(store, provision="uu-901-2010/pasal-1") == []


def test_search_hits_carry_the_citator_flags_of_their_provision_once(citator_store: Store) -> None:
    from kg.search.engine import Hit

    def hit(pid: str) -> Hit:
        return Hit(pid, 1, 1.0, pid, pid.split("/")[0], "provision", pid, pid, "", False, "in force", "", ())

    flagged, other = api.hit_records(
        citator_store, [hit("uu-901-2090/pasal-9"), hit("uu-901-2090/pasal-1")], date(2093, 1, 1)
    )
    assert [(f["flag"], f["by"]) for f in flagged["citator"]] == [
        ("conditionally_constitutional", "mk-9-puu-xc-2092")
    ]
    assert other["citator"] == []
    (before,) = api.hit_records(citator_store, [hit("uu-901-2090/pasal-9")], date(2090, 1, 1))
    assert before["citator"] == []
