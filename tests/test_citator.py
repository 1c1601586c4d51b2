"""Tests for kg.graph.citator: citator flags (with their dates) and conflicts between regulations.

Rules run on tiny synthetic corpora (invented regulations numbered 9xx of 2090s); the issue's
'done when' checks run on the shipped corpus alone, through a store and the CLI.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from kg import api
from kg.cli import app
from kg.corpus import CorpusBundle, ingest_corpus, load_corpus
from kg.graph.citator import citator_flags, conflicts, conflicts_for
from kg.store import Store

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "corpus"


# -- a synthetic corpus: a law, a regulation under it, a court decision ---------------------------
def _reg(rid: str, jenis: str, enacted: str, provisions: list[dict], **extra: object) -> dict:
    nomor, tahun = rid.split("-")[1], int(rid.split("-")[2])
    return {
        "id": rid,
        "jenis": jenis,
        "nomor": nomor,
        "tahun": tahun,
        "judul": f"synthetic {rid}",
        "title": f"Synthetic {rid}",
        "diundangkan": enacted,
        "status": extra.pop("status", {"state": "in_force"}),
        "official_source": {"issuer": "Synthetic issuer"},
        "checked_against_text": False,
        "provisions": provisions,
        **extra,
    }


def _kp(pid: str, **extra: object) -> dict:
    return {
        "id": pid,
        "citation": pid,
        "summary_id": f"synthetic {pid}",
        "summary_en": f"synthetic {pid}",
        **extra,
    }


def _sanction(sid: str, prov: str, consequence: str, conduct: str = "synthetic-late-filing") -> dict:
    return {
        "id": sid,
        "regime": "administrative",
        "kind": "dismissal",
        "description_id": f"synthetic {consequence}",
        "description_en": f"synthetic {consequence}",
        "provisions": [prov],
        "conduct": conduct,
        "consequence": consequence,
    }


def synthetic_records() -> dict:
    return {
        "regulations": [
            _reg(
                "uu-901-2090",
                "uu",
                "2090-01-10",
                [_kp("uu-901-2090/pasal-1", subjects=["pegawai-asn"]), _kp("uu-901-2090/pasal-9")],
            ),
            _reg(
                "pp-902-2091",
                "pp",
                "2091-03-01",
                [_kp("pp-902-2091/pasal-4", subjects=["pns"]), _kp("pp-902-2091/pasal-5")],
                status={"state": "in_force", "kept_by": "uu-901-2090/pasal-9"},
            ),
            _reg(
                "pp-903-2080",
                "pp",
                "2080-05-05",
                [_kp("pp-903-2080/pasal-2")],
                status={"state": "repealed", "by": "uu-901-2090", "since": "2090-01-10"},
            ),
        ],
        "sanctions": [
            _sanction("sanction:uu-901-2090/synthetic-dishonourable", "uu-901-2090/pasal-1", "dishonourable"),
            _sanction("sanction:pp-902-2091/synthetic-honourable", "pp-902-2091/pasal-4", "honourable"),
        ],
        "norms": [
            {
                "id": "norm:pp-902-2091/synthetic-late-filing",
                "kind": "prohibition",
                "addressees": ["pns"],
                "act_id": "synthetic terlambat",
                "act_en": "synthetic file late",
                "provisions": ["pp-902-2091/pasal-5"],
                "sanctions": ["sanction:pp-902-2091/synthetic-honourable"],
                "regime": "administrative",
            }
        ],
        "decisions": [
            {
                "id": "mk-9-puu-xc-2092",
                "court": "mk",
                "court_name": "Mahkamah Konstitusi",
                "number": "9/PUU-XC/2092",
                "title_id": "synthetic",
                "title_en": "synthetic review",
                "date_read": "2092-06-01",
                "tested": ["uu-901-2090/pasal-9"],
                "result_id": "synthetic dikabulkan sebagian",
                "result_en": "synthetic granted in part",
                "rulings": [
                    {
                        "provision": "uu-901-2090/pasal-9",
                        "result": "conditionally_constitutional",
                        "reading_en": "synthetic reading",
                        "deadline": "2094-06-01",
                    },
                    {"provision": "uu-901-2090/pasal-1", "result": "rejected"},
                ],
                "reports": [{"outlet": "synthetic.example", "date": "2092-06-02"}],
            }
        ],
    }


@pytest.fixture
def synthetic(tmp_path: Path) -> CorpusBundle:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "synthetic_citator.yaml").write_text(
        yaml.safe_dump(synthetic_records()), encoding="utf-8"
    )
    return load_corpus(tmp_path / "c")


def test_a_ruling_flags_its_provision_from_the_day_it_was_read(synthetic: CorpusBundle) -> None:
    flags = citator_flags(synthetic, "uu-901-2090/pasal-9")
    assert [(f["flag"], f["by"], f["date"], f["deadline"]) for f in flags] == [
        ("conditionally_constitutional", "mk-9-puu-xc-2092", "2092-06-01", "2094-06-01")
    ]
    assert flags[0]["reading_en"] == "synthetic reading"
    assert citator_flags(synthetic, "uu-901-2090/pasal-9", at=date(2092, 5, 31)) == []
    assert len(citator_flags(synthetic, "uu-901-2090/pasal-9", at=date(2092, 6, 1))) == 1


def test_a_rejected_petition_leaves_no_flag_and_flags_reach_up_and_down(synthetic: CorpusBundle) -> None:
    assert citator_flags(synthetic, "uu-901-2090/pasal-1") == []
    # shown on the document and on a point below the provision ruled on
    assert [f["provision"] for f in citator_flags(synthetic, "uu-901-2090")] == ["uu-901-2090/pasal-9"]
    assert citator_flags(synthetic, "uu-901-2090/pasal-9/ayat-2")[0]["by"] == "mk-9-puu-xc-2092"


def test_repeal_flags_every_provision_of_the_regulation(synthetic: CorpusBundle) -> None:
    (flag,) = citator_flags(synthetic, "pp-903-2080/pasal-2")
    assert (flag["flag"], flag["by"], flag["date"]) == ("repealed", "uu-901-2090", "2090-01-10")
    assert citator_flags(synthetic, "pp-903-2080/pasal-2", at=date(2089, 12, 31)) == []


def test_conflict_across_hierarchy_is_lex_superior_settled_by_the_saving_clause(
    synthetic: CorpusBundle,
) -> None:
    (c,) = conflicts(synthetic)
    assert c["principle"] == "lex superior" and c["prevails"] == "uu-901-2090"
    assert c["settled_by"] == "uu-901-2090/pasal-9"
    assert set(c["provisions"]) == {"uu-901-2090/pasal-1", "pp-902-2091/pasal-4"}
    # an answer citing the norm's provision, or the penalty, or the norm, sees it; an unrelated one does not
    assert conflicts_for(synthetic, ["pp-902-2091/pasal-5"]) == [c]
    assert conflicts_for(synthetic, ["norm:pp-902-2091/synthetic-late-filing"]) == [c]
    assert conflicts_for(synthetic, ["pp-903-2080/pasal-2"]) == []
    # before the regulation existed there was nothing to conflict with
    assert conflicts(synthetic, at=date(2090, 6, 1)) == []


def test_same_rank_conflicts_are_lex_specialis_or_posterior(tmp_path: Path) -> None:
    recs = synthetic_records()
    recs["regulations"][0]["jenis"] = "pp"  # both regulations now of the same rank
    recs.pop("decisions")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "synthetic.yaml").write_text(yaml.safe_dump(recs), encoding="utf-8")
    (c,) = conflicts(load_corpus(tmp_path / "a"))
    # pns lies within pegawai-asn: the narrower rule is the special one
    assert (c["principle"], c["prevails"], c["settled_by"]) == ("lex specialis", "pp-902-2091", None)
    recs["regulations"][0]["provisions"][0]["subjects"] = ["pns"]
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "synthetic.yaml").write_text(yaml.safe_dump(recs), encoding="utf-8")
    (c,) = conflicts(load_corpus(tmp_path / "b"))
    assert (c["principle"], c["prevails"]) == ("lex posterior", "pp-902-2091")


def test_no_conflict_when_consequences_agree_or_addressees_do_not_meet(tmp_path: Path) -> None:
    recs = synthetic_records()
    recs["sanctions"][1]["consequence"] = "dishonourable"
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "synthetic.yaml").write_text(yaml.safe_dump(recs), encoding="utf-8")
    assert conflicts(load_corpus(tmp_path / "a")) == []
    recs = synthetic_records()
    recs["regulations"][0]["provisions"][0]["subjects"] = ["kepala-desa"]
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "synthetic.yaml").write_text(yaml.safe_dump(recs), encoding="utf-8")
    assert conflicts(load_corpus(tmp_path / "b")) == []


# -- the 'done when', on the shipped corpus alone ---------------------------------------------
@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    st = Store(tmp_path_factory.mktemp("citator") / "store")
    ingest_corpus(SHIPPED, st)
    return st


def test_mk_121_flag_on_uu_20_2023_pasal_26_ayat_2_huruf_d(store: Store) -> None:
    view = api.show(store, "uu-20-2023/pasal-26/ayat-2/huruf-d")
    (flag,) = [f for f in view["citator"] if f["by"] == "mk-121-puu-xxii-2024"]
    assert flag["flag"] == "conditionally_unconstitutional"
    assert flag["date"] == "2025-10-16" and flag["deadline"] == "2027-10-16"
    assert "independent" in flag["reading_en"] and flag["checked_against_text"] is False
    # the law as it stood before the reading carries no flag
    assert api.show(store, "uu-20-2023/pasal-26/ayat-2/huruf-d", at=date(2025, 10, 15))["citator"] == []


def test_mk_41_reading_on_uu_5_2014_pasal_119(store: Store) -> None:
    flags = {f["by"]: f for f in api.show(store, "uu-5-2014/pasal-119")["citator"]}
    mk = flags["mk-41-puu-xii-2014"]
    assert mk["flag"] == "construed" and mk["date"] == "2015-07-08"
    assert "set as a candidate" in mk["reading_en"]
    assert flags["uu-20-2023/pasal-76"]["flag"] == "repealed"


def test_election_laws_list_their_later_amendments(store: Store) -> None:
    def amended_by(doc_id: str) -> set[str]:
        return {f["by"] for f in api.show(store, doc_id)["citator"] if f["flag"] == "amended"}

    assert {"uu-8-2015", "uu-10-2016", "uu-6-2020"} <= amended_by("uu-1-2015")
    assert "uu-7-2023" in amended_by("uu-7-2017")
    # UU 6/2020's day is not recorded, but an act of 2020 cannot show on the law as it stood in 2016
    at_2016 = {f["by"] for f in api.show(store, "uu-1-2015", at=date(2016, 8, 1))["citator"]}
    assert at_2016 == {"uu-8-2015", "uu-10-2016"}


def test_heavy_breach_dismissal_conflict_is_found(store: Store) -> None:
    found = conflicts_for(store, ["pp-94-2021/pasal-8/ayat-4"])
    (c,) = [x for x in found if "uu-20-2023/pasal-52/ayat-4" in x["provisions"]]
    # the conflict rests on the very point naming honourable dismissal
    assert {"uu-20-2023/pasal-52/ayat-3/huruf-g", "pp-94-2021/pasal-8/ayat-4/huruf-c"} <= set(c["provisions"])
    assert (c["principle"], c["prevails"], c["settled_by"]) == (
        "lex superior",
        "uu-20-2023",
        "uu-20-2023/pasal-75",
    )
    assert c["note"]
    # a question about a heavy neutrality breach cites the prohibition: the conflict must reach it too
    assert conflicts_for(store, ["pp-94-2021/pasal-5/huruf-n/angka-4"]) == found
    assert api.conflicts_for(store, ["pp-94-2021/pasal-5/huruf-n/angka-2"]) == []  # a medium-level breach
    # Browse shows it too: kg show carries the conflicts that bear on the provision
    assert api.show(store, "pp-94-2021/pasal-8/ayat-4")["conflicts"] == found
    assert api.show(store, "pp-94-2021/pasal-8/ayat-4", at=date(2022, 1, 1))["conflicts"] == []


def test_show_works_for_every_record_kind(store: Store) -> None:
    for rid, kind in (
        ("case:pn-kra-2024-pppk-caleg", "case"),
        ("inst:kasn", "institution"),
        ("norm:uu-20-2023/ptdh-pelanggaran-disiplin-berat", "norm"),
        ("sanction:uu-20-2023/ptdh-disiplin-berat", "sanction"),
        ("article:seed-1e361cd7be9bd657", "article"),
        ("mk-41-puu-xii-2014", "decision"),
    ):
        view = api.show(store, rid)
        assert (view["id"], view["record_type"]) == (rid, kind)
    assert api.show(store, "mk-41-puu-xii-2014")["citator"]
    assert api.show(store, "case:pn-kra-2024-pppk-caleg")["case"]["outcome_kind"] == "convicted"


def test_stats_on_a_corpus_only_store_reports_the_corpus(store: Store) -> None:
    data = api.stats(store)
    assert data["documents"] == {}
    assert data["corpus"]["counts"]["regulations"] >= 16
    assert "uu-6-2020" in {r["id"] for r in data["corpus"]["regulations"]}
    out = CliRunner().invoke(app, ["stats", "--store", str(store.path)]).output
    assert "uu-20-2023" in out and "holds no documents" not in out


def test_cli_show_prints_the_flag_and_json_carries_it(store: Store) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["show", "uu-5-2014/pasal-119", "--store", str(store.path)])
    assert res.exit_code == 0 and "CITATOR construed" in res.output and "41/PUU-XII/2014" in res.output
    res = runner.invoke(
        app, ["show", "uu-20-2023/pasal-26/ayat-2/huruf-d", "--json", "--store", str(store.path)]
    )
    flags = json.loads(res.output)["citator"]
    assert any(f["by"] == "mk-121-puu-xxii-2024" and f["date"] == "2025-10-16" for f in flags)
    res = runner.invoke(app, ["show", "case:pn-sel-8-pid-sus-2024", "--store", str(store.path)])
    assert res.exit_code == 0 and "PN Selong" in res.output


def test_badges_for_many_ids_and_the_reported_figures(store: Store) -> None:
    badges = api.citator_badges(store, ["uu-5-2014/pasal-119", "pp-94-2021/pasal-5", "uu-5-2014/pasal-119"])
    assert list(badges) == ["uu-5-2014/pasal-119"]
    assert {f["by"] for f in badges["uu-5-2014/pasal-119"]} >= {"mk-41-puu-xii-2014"}
    figures = {f["id"]: f for f in api.case_figures(store)}
    kasn = figures["figure:kasn-pemilu-2024"]
    assert kasn["report"]["outlet"] == "jabar.antaranews.com" and kasn["measures"][0]["value"] == 403
