"""Tests for kg.corpus and ``kg validate``: the schema, the validator on bad input, loading into a store.

Bad-input cases run on tiny synthetic corpora written to tmp_path in invented wording; the shipped
corpus is validated as a whole and checked for what issue 3 promises to show for PP 94/2021 Pasal 5.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from kg.cli import app
from kg.corpus import (
    CorpusBundle,
    CorpusError,
    ingest_corpus,
    load_corpus,
    load_store_corpus,
    validate_corpus,
)
from kg.ids import is_doc_id, is_provision_id
from kg.store import Store

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "corpus"


# -- a tiny synthetic corpus -------------------------------------------------------------------
def synthetic_records() -> dict[str, list[dict]]:
    """A minimal valid corpus about an invented rule on tidy desks."""
    return {
        "regulations": [
            {
                "id": "pp-999-2099",
                "jenis": "pp",
                "nomor": "999",
                "tahun": 2099,
                "judul": "Synthetic tidy desks",
                "title": "Synthetic Regulation 999 of 2099",
                "status": {"state": "in_force"},
                "official_source": {"issuer": "Synthetic issuer"},
                "checked_against_text": False,
                "provisions": [
                    {
                        "id": "pp-999-2099/pasal-1/ayat-2",
                        "citation": "Synthetic Pasal 1 ayat (2)",
                        "summary_id": "synthetic: meja harus rapi",
                        "summary_en": "synthetic: desks must be tidy",
                    },
                    {
                        "id": "pp-999-2099/pasal-2",
                        "citation": "Synthetic Pasal 2",
                        "summary_id": "synthetic: teguran bagi meja berantakan",
                        "summary_en": "synthetic: a warning for messy desks",
                    },
                ],
            }
        ],
        "sanctions": [
            {
                "id": "sanction:pp-999-2099/ringan/synthetic-warning",
                "regime": "discipline",
                "kind": "disciplinary",
                "level": "ringan",
                "description_id": "synthetic teguran",
                "description_en": "synthetic warning",
                "provisions": ["pp-999-2099/pasal-2"],
            }
        ],
        "norms": [
            {
                "id": "norm:pp-999-2099/synthetic-tidy-desk",
                "kind": "obligation",
                "addressees": ["pns"],
                "act_id": "merapikan meja",
                "act_en": "keep the desk tidy",
                "provisions": ["pp-999-2099/pasal-1/ayat-2"],
                "sanctions": ["sanction:pp-999-2099/ringan/synthetic-warning"],
                "enforced_by": ["inst:synthetic-desk-office"],
                "regime": "discipline",
            }
        ],
        "institutions": [
            {
                "id": "inst:synthetic-desk-office",
                "name": "Synthetic Desk Office",
                "name_en": "Synthetic Desk Office",
                "sources": ["pp-999-2099/pasal-2"],
                "powers": [
                    {
                        "kind": "imposes",
                        "scope_id": "synthetic",
                        "scope_en": "synthetic",
                        "provision": "pp-999-2099/pasal-2",
                        "sanctions": ["sanction:pp-999-2099/ringan/synthetic-warning"],
                    }
                ],
            }
        ],
        "articles": [
            {
                "id": "article:synthetic-desk-study",
                "kind": "journal",
                "title": "Synthetic desks",
                "url": "https://example.invalid/",
            }
        ],
        "cases": [
            {
                "id": "case:synthetic-messy-desk-2099",
                "title_id": "synthetic",
                "title_en": "synthetic",
                "date": "2099-01",
                "place": "Synthetic office",
                "conduct_id": "synthetic",
                "conduct_en": "synthetic",
                "norms": ["norm:pp-999-2099/synthetic-tidy-desk"],
                "sources": [{"article": "article:synthetic-desk-study"}],
            }
        ],
    }


def write_corpus(folder: Path, records: dict, name: str = "synthetic_corpus.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(yaml.safe_dump(records, sort_keys=False), encoding="utf-8")
    return folder


def only_issue(folder: Path):
    issues = validate_corpus(folder)
    assert len(issues) == 1, [str(i) for i in issues]
    return issues[0]


# -- ids ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "pid",
    [
        "pp-94-2021/pasal-5/huruf-n/angka-4",
        "pp-94-2021/pasal-8/ayat-4",
        "uu-20-2023/pasal-70/ayat-3",
        "uu-1-2015/pasal-187a",
        "uu-10-2016/pasal-i/angka-26",
        "skb-2-2022/diktum-kesatu",
        "pp-94-2021/bab-2/bagian-1",
    ],
)
def test_provision_ids_follow_the_parser_paths(pid: str) -> None:
    assert is_provision_id(pid)


@pytest.mark.parametrize(
    "bad",
    [
        "pp-94-2021",
        "pp-94-2021/Pasal-5",
        "pp-94-2021/pasal 5",
        "pp-94-2021/huruf-n",
        "pp-94/pasal-5",
        "pp-94-2021/pasal-5/",
    ],
)
def test_malformed_provision_ids_are_rejected(bad: str) -> None:
    assert not is_provision_id(bad)


def test_document_ids() -> None:
    assert is_doc_id("uu-20-2023") and is_doc_id("skb-2-2022")
    assert not is_doc_id("UU-20-2023") and not is_doc_id("uu-20") and not is_doc_id("uu-20-23")


# -- the synthetic corpus ------------------------------------------------------------------------
def test_valid_synthetic_corpus_loads_with_working_helpers(tmp_path: Path) -> None:
    bundle = load_corpus(write_corpus(tmp_path / "c", synthetic_records()))
    assert bundle.counts()["norms"] == 1 and bundle.counts()["powers"] == 1
    assert [n.id for n in bundle.norms_for_provision("pp-999-2099/pasal-1")] == [
        "norm:pp-999-2099/synthetic-tidy-desk"
    ]
    assert bundle.norms_for_provision("pp-999-2099/pasal-1", descendants=False) == []
    (sanction,) = bundle.sanctions_for_norm("norm:pp-999-2099/synthetic-tidy-desk")
    assert sanction.level == "ringan"
    assert [i.id for i, _ in bundle.imposers_of(sanction.id)] == ["inst:synthetic-desk-office"]
    assert bundle.provision("pp-999-2099/pasal-2").citation == "Synthetic Pasal 2"
    assert bundle.provision("pp-999-2099/pasal-3") is None
    assert bundle.is_checked("pp-999-2099/pasal-2") is False


def test_unknown_field_names_file_record_and_field(tmp_path: Path) -> None:
    records = synthetic_records()
    records["norms"][0]["synthetic_colour"] = "blue"
    issue = only_issue(write_corpus(tmp_path / "c", records))
    assert issue.file.endswith("synthetic_corpus.yaml")
    assert (issue.record, issue.field, issue.message) == (
        "norm:pp-999-2099/synthetic-tidy-desk",
        "synthetic_colour",
        "unknown field",
    )


def test_unknown_nested_field_is_located(tmp_path: Path) -> None:
    records = synthetic_records()
    records["regulations"][0]["provisions"][1]["synthetic_extra"] = 1
    issue = only_issue(write_corpus(tmp_path / "c", records))
    assert (issue.record, issue.field) == ("pp-999-2099", "provisions[1].synthetic_extra")


def test_dangling_sanction_reference(tmp_path: Path) -> None:
    records = synthetic_records()
    records["norms"][0]["sanctions"] = ["sanction:pp-999-2099/ringan/synthetic-missing"]
    issue = only_issue(write_corpus(tmp_path / "c", records))
    assert (issue.record, issue.field) == ("norm:pp-999-2099/synthetic-tidy-desk", "sanctions")
    assert "synthetic-missing" in issue.message


def test_power_citing_a_provision_no_regulation_lists(tmp_path: Path) -> None:
    records = synthetic_records()
    records["institutions"][0]["powers"][0]["provision"] = "pp-999-2099/pasal-7/ayat-1"
    issue = only_issue(write_corpus(tmp_path / "c", records))
    assert (issue.record, issue.field) == ("inst:synthetic-desk-office", "powers[0].provision")
    assert "key provision" in issue.message


def test_malformed_ids(tmp_path: Path) -> None:
    records = synthetic_records()
    records["articles"][0]["id"] = "article:Synthetic Study"
    records["regulations"][0]["provisions"][0]["id"] = "pp-999-2099/Pasal 1"
    folder = write_corpus(tmp_path / "c", records)
    fields = {(i.field, i.record) for i in validate_corpus(folder)}
    assert ("id", "article:Synthetic Study") in fields
    assert ("provisions[0].id", "pp-999-2099") in fields
    assert all("malformed" in i.message or "unknown" in i.message for i in validate_corpus(folder))


def test_provision_under_the_wrong_regulation(tmp_path: Path) -> None:
    records = synthetic_records()
    records["regulations"][0]["provisions"][0]["id"] = "pp-998-2099/pasal-1"
    folder = write_corpus(tmp_path / "c", records)
    messages = [str(i) for i in validate_corpus(folder)]
    assert any("does not belong to pp-999-2099" in m for m in messages)


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "c", synthetic_records())
    twin = {
        "articles": [
            {
                "id": "article:synthetic-desk-study",
                "kind": "web",
                "title": "x",
                "url": "https://example.invalid/2",
            }
        ]
    }
    write_corpus(folder, twin, name="synthetic_second.yaml")
    issue = only_issue(folder)
    assert issue.file.endswith("synthetic_second.yaml") and issue.field == "id"
    assert "duplicate" in issue.message and "synthetic_corpus.yaml" in issue.message


@pytest.mark.parametrize(
    ("kind", "mutate", "field"),
    [
        ("norms", lambda r: r["norms"][0].update(provisions=[]), "provisions"),
        ("sanctions", lambda r: r["sanctions"][0].pop("provisions"), "provisions"),
        ("cases", lambda r: r["cases"][0].update(sources=[]), "sources"),
        ("institutions", lambda r: r["institutions"][0]["powers"][0].pop("provision"), "powers[0].provision"),
        ("articles", lambda r: r["articles"][0].pop("url"), "file"),
    ],
)
def test_missing_source(tmp_path: Path, kind: str, mutate, field: str) -> None:
    records = synthetic_records()
    mutate(records)
    issue = only_issue(write_corpus(tmp_path / "c", records))
    assert issue.record == records[kind][0]["id"] and issue.field == field


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "synthetic_broken.yaml").write_text("norms:\n  - id: [unclosed\n", encoding="utf-8")
    issue = only_issue(folder)
    assert issue.file.endswith("synthetic_broken.yaml") and "line" in issue.message


def test_unknown_record_type_and_empty_folder(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "c", {"synthetic_things": []})
    assert only_issue(folder).field == "synthetic_things"
    (tmp_path / "empty").mkdir()
    assert "no .yaml" in only_issue(tmp_path / "empty").message
    assert "no such" in only_issue(tmp_path / "missing").message


# -- store --------------------------------------------------------------------------------------
def test_ingest_writes_bundle_and_reads_it_back(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    assert load_store_corpus(store) is None
    counts = ingest_corpus(write_corpus(tmp_path / "c", synthetic_records()), store)
    assert counts["regulations"] == 1
    bundle = load_store_corpus(store)
    assert isinstance(bundle, CorpusBundle) and bundle == load_corpus(tmp_path / "c")


def test_invalid_corpus_writes_nothing_and_keeps_the_previous_bundle(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    good = write_corpus(tmp_path / "good", synthetic_records())
    ingest_corpus(good, store)
    before = (store.path / "corpus" / "bundle.json").read_text(encoding="utf-8")
    records = synthetic_records()
    records["norms"][0]["sanctions"] = ["sanction:pp-999-2099/ringan/synthetic-missing"]
    with pytest.raises(CorpusError) as err:
        ingest_corpus(write_corpus(tmp_path / "bad", records), store)
    assert "synthetic-missing" in str(err.value)
    assert (store.path / "corpus" / "bundle.json").read_text(encoding="utf-8") == before
    assert sorted(p.name for p in (store.path / "corpus").iterdir()) == ["bundle.json"]  # no temp file left


def test_invalid_corpus_into_an_empty_store_creates_nothing(tmp_path: Path) -> None:
    records = synthetic_records()
    records["cases"][0]["synthetic_extra"] = True
    store = Store(tmp_path / "store")
    with pytest.raises(CorpusError):
        ingest_corpus(write_corpus(tmp_path / "bad", records), store)
    assert not (store.path / "corpus" / "bundle.json").exists()


# -- CLI ----------------------------------------------------------------------------------------
def test_cli_validate_ok_and_failure(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["validate", str(write_corpus(tmp_path / "good", synthetic_records()))])
    assert ok.exit_code == 0 and ok.output.startswith("OK") and "1 norms" in ok.output
    records = synthetic_records()
    records["norms"][0]["sanctions"] = ["sanction:pp-999-2099/ringan/synthetic-missing"]
    bad = runner.invoke(app, ["validate", str(write_corpus(tmp_path / "bad", records))])
    assert bad.exit_code == 1
    text = bad.output + (bad.stderr if bad.stderr_bytes is not None else "")
    assert "synthetic_corpus.yaml, record norm:pp-999-2099/synthetic-tidy-desk, field sanctions" in text
    assert "Traceback" not in text


# -- the shipped corpus -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def shipped() -> CorpusBundle:
    return load_corpus(SHIPPED)


def test_shipped_corpus_validates() -> None:
    assert [str(i) for i in validate_corpus(SHIPPED)] == []


def test_shipped_corpus_covers_every_record_type(shipped: CorpusBundle) -> None:
    assert all(n > 0 for n in shipped.counts().values()), shipped.counts()


def test_pp_94_2021_pasal_5_shows_norms_sanctions_by_level_and_imposers(tmp_path: Path) -> None:
    """The 'done when' of issue 3, through a store, with no ../shared needed."""
    store = Store(tmp_path / "store")
    ingest_corpus(SHIPPED, store)
    bundle = load_store_corpus(store)
    assert bundle is not None
    norms = bundle.norms_for_provision("pp-94-2021/pasal-5")
    assert norms, "no norm rests on Pasal 5"
    levels: set[str] = set()
    for norm in norms:
        for sanction in bundle.sanctions_for_norm(norm.id):
            assert sanction.level in {"ringan", "sedang", "berat"}
            levels.add(sanction.level)
            assert bundle.imposers_of(sanction.id), f"nobody imposes {sanction.id}"
            # every sanction rests on a provision of the same regulation or one the corpus lists
            assert all(bundle.get(p) is not None for p in sanction.provisions)
    assert {"sedang", "berat"} <= levels


def test_every_sanctioned_norm_cites_where_the_sanction_comes_from(shipped: CorpusBundle) -> None:
    for norm in shipped.norms:
        if norm.sanctions:
            cited = set(norm.sanction_provisions)
            for s in shipped.sanctions_for_norm(norm.id):
                cited.update(s.provisions)
            assert cited, norm.id


def test_the_penalty_on_campaign_teams_names_the_same_people_as_the_ban(shipped: CorpusBundle) -> None:
    """Whom UU 7/2017 bars from campaign teams (Pasal 280 ayat (3)) is whom Pasal 494 punishes, as our
    summary of Pasal 494 lists them, village council (BPD) members among them."""
    ban = next(n for n in shipped.norms if n.id == "norm:uu-7-2017/larangan-asn-menjadi-tim-kampanye")
    penalty = next(
        p
        for r in shipped.regulations
        if r.id == "uu-7-2017"
        for p in r.provisions
        if p.id == "uu-7-2017/pasal-494"
    )
    assert "badan-permusyawaratan-desa" in ban.addressees
    assert set(ban.addressees) == set(penalty.subjects)


def test_every_general_election_campaign_ban_on_a_pns_links_the_election_laws_ban_on_siding(
    shipped: CorpusBundle,
) -> None:
    """Taking part in a campaign, in insignia, mobilising others or with state facilities is an activity
    siding with a contestant, which UU 7/2017 Pasal 283 bars civil servants from in a general election."""
    siding = "norm:uu-7-2017/larangan-kegiatan-keberpihakan"
    by_id = {n.id: n for n in shipped.norms}
    for nid in (
        "norm:pp-94-2021/larangan-ikut-kampanye",
        "norm:pp-94-2021/larangan-kampanye-atribut",
        "norm:pp-94-2021/larangan-kampanye-mengerahkan-pns",
        "norm:pp-94-2021/larangan-kampanye-fasilitas-negara",
        "norm:pp-94-2021/larangan-kegiatan-keberpihakan",
        "norm:pp-53-2010/larangan-pelaksana-kampanye",
        "norm:pp-53-2010/larangan-kampanye-atribut",
        "norm:pp-53-2010/larangan-kampanye-mengerahkan-pns",
        "norm:pp-53-2010/larangan-kampanye-fasilitas-negara",
        # and the ASN law's duty to keep neutral, which binds a PPPK the discipline regulation does not
        "norm:uu-20-2023/kewajiban-menjaga-netralitas",
        # and, before it, the 2014 ASN law's freedom from party influence, which bound a PPPK then
        "norm:uu-5-2014/bebas-pengaruh-partai",
    ):
        assert siding in by_id[nid].same_conduct, nid
    # the ban names back the ASN laws' rules a PPPK is held to, each in force in its own time
    for duty in ("norm:uu-20-2023/kewajiban-menjaga-netralitas", "norm:uu-5-2014/bebas-pengaruh-partai"):
        assert duty in by_id[siding].same_conduct, duty


def test_regional_supervisors_pass_a_neutrality_finding_to_the_employing_agency(
    shipped: CorpusBundle,
) -> None:
    """A finding outside the regional-election supervisors' remit goes to the competent agency; for a civil
    servant's partisanship that is his employer, so the power is on the neutrality duty's chain, as the
    general-election supervisors' recommendation is."""
    forwards = {
        p.provision: p
        for inst in shipped.institutions
        for p in inst.powers
        if p.provision.startswith("uu-1-2015/") and p.provision.endswith("/huruf-e") and p.kind == "forwards"
    }
    for pid in (
        "uu-1-2015/pasal-28/ayat-1/huruf-e",
        "uu-1-2015/pasal-30/huruf-e",
        "uu-1-2015/pasal-33/huruf-e",
    ):
        assert "norm:uu-20-2023/kewajiban-menjaga-netralitas" in forwards[pid].norms, pid
        assert forwards[pid].towards == ["inst:instansi-pemerintah"], pid


def test_the_remedy_against_a_penalty_is_recorded_where_the_discipline_regulation_leaves_it(
    shipped: CorpusBundle,
) -> None:
    norm = next(n for n in shipped.norms if n.id == "norm:pp-94-2021/upaya-administratif")
    assert norm.kind == "permission" and norm.provisions[0] == "pp-94-2021/pasal-38/ayat-3"
    assert "norm:uu-20-2023/upaya-administratif" in norm.same_conduct


def test_unchecked_records_are_flagged(shipped: CorpusBundle) -> None:
    """Provisions of documents with no text at hand must not claim to be checked."""
    assert shipped.is_checked("uu-7-2017/pasal-494") is False
    assert shipped.is_checked("uu-7-2017/pasal-93") is True
    for reg_id in ("skb-2-2022", "pp-17-2020"):
        reg = shipped.regulation(reg_id)
        assert reg is not None and reg.checked_against_text is False


def test_bengkulu_case_keeps_the_seven_and_an_unknown_outcome(shipped: CorpusBundle) -> None:
    case = shipped.get("case:bengkulu-dinkes-2024")
    assert case is not None
    assert sum(a.count or 0 for a in case.actors) == 7  # the article: seven people were questioned
    assert case.outcome_en == "unknown" and case.unknowns
    assert all(f.sources for f in case.facts)


# -- rules that catch the legal review's kinds of mistake (issue 11), on synthetic corpora -----------
def test_a_sanction_attached_to_an_addressee_outside_its_provision_subjects(tmp_path: Path) -> None:
    recs = synthetic_records()
    recs["regulations"][0]["provisions"][1]["subjects"] = [
        "kepala-desa"
    ]  # Pasal 2 punishes village heads only
    issue = only_issue(write_corpus(tmp_path / "c", recs))
    assert issue.record == "norm:pp-999-2099/synthetic-tidy-desk" and issue.field == "addressees"
    assert (
        "pns not among the subjects of pp-999-2099/pasal-2" in issue.message
        and "split the norm" in issue.message
    )
    recs["regulations"][0]["provisions"][1]["subjects"] = ["pegawai-asn"]  # a PNS is within pegawai ASN
    assert validate_corpus(write_corpus(tmp_path / "d", recs)) == []


def test_a_norm_period_narrower_than_its_provision(tmp_path: Path) -> None:
    recs = synthetic_records()
    recs["regulations"][0]["provisions"][0]["periods"] = ["before", "during", "after"]
    recs["norms"][0]["conditions"] = {"period": ["during"]}
    issue = only_issue(write_corpus(tmp_path / "c", recs))
    assert issue.field == "conditions.period" and "before, after" in issue.message
    recs["norms"][0]["conditions"] = {}  # no period = at any time: never narrower
    assert validate_corpus(write_corpus(tmp_path / "d", recs)) == []


def test_an_amendment_recorded_on_one_side_only(tmp_path: Path) -> None:
    recs = synthetic_records()
    later = dict(recs["regulations"][0], id="pp-998-2099", nomor="998", provisions=[], amends=["pp-999-2099"])
    recs["regulations"].append(later)
    issue = only_issue(write_corpus(tmp_path / "c", recs))
    assert (issue.record, issue.field) == ("pp-999-2099", "amended_by") and "pp-998-2099" in issue.message


def test_a_case_may_rest_on_public_reports_but_needs_some_source(tmp_path: Path) -> None:
    recs = synthetic_records()
    case = recs["cases"][0]
    case.pop("sources")
    issue = only_issue(write_corpus(tmp_path / "c", recs))
    assert issue.record == "case:synthetic-messy-desk-2099" and "needs its source" in issue.message
    case["reports"] = [{"outlet": "synthetic.example", "locator": "p=1", "date": "2099-01-02"}]
    case.update(
        court="pn", court_name="PN Synthetic", number="1/Pid.Sus/2099/PN Syn", outcome_kind="convicted"
    )
    case["sentence"] = {"penalty": "fine-only", "fine": 1000}
    case["provisions"] = ["pp-999-2099/pasal-2"]
    bundle = load_corpus(write_corpus(tmp_path / "d", recs))
    assert bundle.cases_for_provision("pp-999-2099") == list(bundle.cases)
    case["provisions"] = ["pp-999-2099/pasal-77"]
    assert "unknown provision" in only_issue(write_corpus(tmp_path / "e", recs)).message


def test_decisions_resolve_their_provisions_and_map_rulings_to_flags(tmp_path: Path) -> None:
    recs = synthetic_records()
    decision = {
        "id": "mk-7-puu-xcix-2099",
        "court": "mk",
        "court_name": "Mahkamah Konstitusi",
        "number": "7/PUU-XCIX/2099",
        "title_id": "synthetic",
        "title_en": "synthetic",
        "result_id": "synthetic",
        "result_en": "synthetic",
        "tested": ["pp-999-2099/pasal-2"],
        "rulings": [{"provision": "pp-999-2099/pasal-2", "result": "granted"}],
        "reports": [{"outlet": "synthetic.example"}],
    }
    recs["decisions"] = [decision]
    bundle = load_corpus(write_corpus(tmp_path / "c", recs))
    assert bundle.decision("mk-7-puu-xcix-2099").rulings[0].flag == "struck_down"
    decision["rulings"] = [{"provision": "pp-999-2099/pasal-9", "result": "rejected"}]
    issue = only_issue(write_corpus(tmp_path / "d", recs))
    assert issue.field == "rulings" and "pp-999-2099/pasal-9" in issue.message
    decision["reports"] = []
    assert any("must not be empty" in str(i) for i in validate_corpus(write_corpus(tmp_path / "e", recs)))


def test_shipped_cases_keep_roles_and_sourced_outcomes(shipped: CorpusBundle) -> None:
    documented = [c for c in shipped.cases if c.reports]
    assert len(documented) >= 13
    for c in documented:
        assert c.checked_against_text is False and c.reported_by, c.id
        assert c.outcome_en and all(a.role_en for a in c.actors), c.id
    assert {c.court for c in documented} >= {"pn", "administrative"}


def test_a_norm_links_other_norms_reaching_the_same_conduct_by_their_ids(tmp_path: Path) -> None:
    recs = synthetic_records()
    first = recs["norms"][0]
    other = dict(first, id="norm:pp-999-2099/synthetic-other-regime", same_conduct=[first["id"]])
    recs["norms"].append(other)
    bundle = load_corpus(write_corpus(tmp_path / "a", recs))
    assert bundle.norm("norm:pp-999-2099/synthetic-other-regime").same_conduct == [first["id"]]
    other["same_conduct"] = ["norm:pp-999-2099/synthetic-nowhere"]
    issue = only_issue(write_corpus(tmp_path / "b", recs))
    assert issue.field == "same_conduct" and "unknown norm" in issue.message


def test_a_provision_punishing_anyone_covers_every_addressee_of_its_norm() -> None:
    from kg.corpus.load import covered

    assert covered("tim-kampanye", ["setiap-orang"]) and covered("pns", ["pegawai-asn"])
    assert not covered("tim-kampanye", ["calon"])


# -- what an amending point rewrites --------------------------------------------------------------
SYNTHETIC_POINT = "pp-998-2099/pasal-i/angka-1"


def synthetic_amending_records(rewrites: list[str]) -> dict[str, list[dict]]:
    """The tidy-desk corpus plus an invented act whose one point rewrites what ``rewrites`` names."""
    recs = synthetic_records()
    base = recs["regulations"][0]
    base["amended_by"] = ["pp-998-2099"]
    point = {
        "id": SYNTHETIC_POINT,
        "citation": "Synthetic Pasal I angka 1",
        "summary_id": "synthetic: menulis ulang Pasal 2",
        "summary_en": "synthetic: rewrites Pasal 2",
        "rewrites": rewrites,
    }
    amending = dict(base, id="pp-998-2099", nomor="998", amends=["pp-999-2099"], amended_by=[])
    amending["provisions"] = [point]
    recs["regulations"].append(amending)
    return recs


def test_an_amending_point_names_the_provisions_it_rewrites(tmp_path: Path) -> None:
    from kg.corpus import rewriting, rewritten_by
    from kg.corpus.view import corpus_annotations

    bundle = load_corpus(write_corpus(tmp_path / "a", synthetic_amending_records(["pp-999-2099/pasal-2"])))
    assert bundle.provision(SYNTHETIC_POINT).rewrites == ["pp-999-2099/pasal-2"]
    assert bundle.provision("pp-999-2099/pasal-2").rewrites == []  # the default
    assert rewritten_by(bundle) == {SYNTHETIC_POINT: ("pp-999-2099/pasal-2",)}
    # The point reaches the provision, what lies below it and what it sits in; nothing beside it.
    assert rewriting(bundle, "pp-999-2099/pasal-2") == (SYNTHETIC_POINT,)
    assert rewriting(bundle, "pp-999-2099/pasal-2/ayat-1") == (SYNTHETIC_POINT,)
    assert rewriting(bundle, "pp-999-2099/pasal-1/ayat-2") == ()
    assert rewriting(bundle, "pp-999-2099/pasal-20") == ()
    annotations = corpus_annotations(Store(tmp_path / "s"), SYNTHETIC_POINT, bundle)
    assert annotations["rewrites"] == ["pp-999-2099/pasal-2"]


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("pp-999-2099/pasal", ["'pp-999-2099/pasal', which is not a provision id"]),
        ("pp-999-2099", ["which is not a provision id", "amends"]),
        ("pp-997-2099/pasal-3", ["does not amend pp-997-2099", "name a provision of pp-999-2099"]),
        ("pp-998-2099/pasal-ii", ["cannot rewrite its own act", "name a provision of pp-999-2099"]),
        ("pp-999-2099/pasal-7", ["no regulation lists it", "list it among the provisions of pp-999-2099"]),
    ],
)
def test_a_bad_rewrite_target_names_the_point_and_the_fix(
    tmp_path: Path, target: str, words: list[str]
) -> None:
    folder = write_corpus(tmp_path / "c", synthetic_amending_records([target]))
    issue = only_issue(folder)
    assert (issue.file, issue.record, issue.field) == (
        str(folder / "synthetic_corpus.yaml"),
        "pp-998-2099",
        "provisions[0].rewrites",
    )
    assert SYNTHETIC_POINT in issue.message and all(w in issue.message for w in words), issue.message


@pytest.mark.parametrize(
    ("first", "amended", "words"),
    [
        ("pp-997-2099/pasal-2", "pp-998-2099", ["must be a provision id of the same act"]),
        ("pp-999-2099/pasal-2", None, ["needs as_amended_by"]),
    ],
)
def test_a_rule_numbered_otherwise_before_an_amendment_names_its_act_and_the_amendment(
    tmp_path: Path, first: str, amended: str | None, words: list[str]
) -> None:
    recs = synthetic_amending_records(["pp-999-2099/pasal-2"])
    renumbered = dict(recs["regulations"][0]["provisions"][0], first_numbered=first)
    if amended:
        renumbered["as_amended_by"] = amended
    recs["regulations"][0]["provisions"][0] = renumbered
    issue = only_issue(write_corpus(tmp_path / "r", recs))
    assert issue.field == "provisions[0]" and all(w in issue.message for w in words), issue.message
    renumbered["first_numbered"], renumbered["as_amended_by"] = "pp-999-2099/pasal-2", "pp-998-2099"
    assert load_corpus(write_corpus(tmp_path / "ok", recs)).provision(renumbered["id"]).first_numbered == (
        "pp-999-2099/pasal-2"
    )


def test_a_rewrite_target_listed_twice_is_an_error(tmp_path: Path) -> None:
    recs = synthetic_amending_records(["pp-999-2099/pasal-2", "pp-999-2099/pasal-2"])
    issue = only_issue(write_corpus(tmp_path / "d", recs))
    assert issue.field == "provisions[0].rewrites"
    assert "twice" in issue.message and SYNTHETIC_POINT in issue.message


def test_every_shipped_amending_point_names_key_provisions_of_the_act_it_amends(
    shipped: CorpusBundle,
) -> None:
    from kg.corpus import rewriting
    from kg.ids import doc_of

    # An amending act's changes sit in its Pasal I; Pasal II only says when the act took effect.
    points = [(r, p) for r in shipped.regulations if r.amends for p in r.provisions if "/pasal-i/" in p.id]
    assert len(points) >= 6
    for reg, p in points:
        assert p.rewrites, f"{p.id} does not say what it rewrites"
        for target in p.rewrites:
            assert doc_of(target) in reg.amends and shipped.provision(target) is not None, (p.id, target)
    # The case that prompted the field: a drafter landing on UU 1/2015 Pasal 71 finds its rewriting.
    assert "uu-10-2016/pasal-i/angka-27" in rewriting(shipped, "uu-1-2015/pasal-71/ayat-1")


def test_a_repealed_acts_provision_is_carried_on_where_its_successors_norm_restates_it(
    shipped: CorpusBundle,
) -> None:
    from kg.corpus import carried_on

    # UU 5/2014's and UU 20/2023's party bans both restate PP 11/2017's: the successor's point carries it on.
    party_ban_then = "uu-5-2014/pasal-87/ayat-4/huruf-c"
    party_ban_now = "uu-20-2023/pasal-52/ayat-3/huruf-j"
    assert carried_on(shipped, party_ban_then) == (party_ban_now,)
    assert carried_on(shipped, "uu-5-2014/pasal-123/ayat-3") == ("uu-20-2023/pasal-59/ayat-3",)
    # The neutrality principle and the freedom from party influence live on in the same places.
    assert set(carried_on(shipped, "uu-5-2014/pasal-2/huruf-f")) == {
        "uu-20-2023/pasal-2/huruf-f",
        "uu-20-2023/pasal-9/ayat-2",
    }
    # A provision of an act in force has no successor.
    assert carried_on(shipped, party_ban_now) == ()
    # Our records name where each of PP 53/2010's election bans lives on in PP 94/2021: a point's own, a
    # letter by the point above it, a whole by its points.
    assert carried_on(shipped, "pp-53-2010/pasal-4/angka-14") == ("pp-94-2021/pasal-5/huruf-n/angka-7",)
    assert carried_on(shipped, "pp-53-2010/pasal-4/angka-12/huruf-b") == (
        "pp-94-2021/pasal-5/huruf-n/angka-2",
    )
    assert set(carried_on(shipped, "pp-53-2010/pasal-4/angka-13")) == {
        "pp-94-2021/pasal-5/huruf-n/angka-5",
        "pp-94-2021/pasal-5/huruf-n/angka-6",
    }


def test_pp_53_2010s_duties_and_bans_live_on_in_pp_94_2021s_where_it_restates_them(
    shipped: CorpusBundle,
) -> None:
    from kg.corpus import carried_on

    assert carried_on(shipped, "pp-53-2010/pasal-3/angka-7") == ("pp-94-2021/pasal-4/huruf-c",)
    assert set(carried_on(shipped, "pp-53-2010/pasal-4/angka-3")) == {
        "pp-94-2021/pasal-5/huruf-c",
        "pp-94-2021/pasal-5/huruf-d",
    }
    # a duty lives on as a duty (PP 94/2021 Pasal 3 or 4), a ban as a ban (Pasal 5); the points with no clear
    # counterpart there (the work target, service, guiding subordinates, office rules, paying for a post, and
    # working honestly, which Pasal 3 huruf e only partly restates) name none
    dropped = {
        "pasal-3/angka-9",
        "pasal-3/angka-12",
        "pasal-3/angka-14",
        "pasal-3/angka-15",
        "pasal-3/angka-17",
    }
    dropped |= {"pasal-4/angka-7"}
    for article, count, heirs in (("pasal-3", 17, ("pasal-3/", "pasal-4/")), ("pasal-4", 11, ("pasal-5/",))):
        for n in range(1, count + 1):
            point = f"{article}/angka-{n}"
            found = carried_on(shipped, f"pp-53-2010/{point}")
            assert bool(found) != (point in dropped), point
            assert all(h.startswith(tuple(f"pp-94-2021/{x}" for x in heirs)) for h in found), point


def test_each_of_pp_53_2010s_election_bans_is_a_norm_of_its_own_huruf_with_the_point_that_punishes_it(
    shipped: CorpusBundle,
) -> None:
    # Pasal 12 (medium) and 13 (heavy) punish the points of Pasal 4 by number; a norm per huruf lets a card
    # cite the one breached ("jurkam" is huruf a of angka 12, a pair's tankers huruf b of angka 15).
    penalty = {
        "angka-12/huruf-a": "pasal-12/angka-6",
        "angka-12/huruf-b": "pasal-12/angka-6",
        "angka-12/huruf-c": "pasal-12/angka-6",
        "angka-12/huruf-d": "pasal-13/angka-11",
        "angka-13/huruf-a": "pasal-13/angka-12",
        "angka-13/huruf-b": "pasal-12/angka-7",
        "angka-15/huruf-a": "pasal-12/angka-9",
        "angka-15/huruf-b": "pasal-13/angka-13",
        "angka-15/huruf-c": "pasal-13/angka-13",
        "angka-15/huruf-d": "pasal-12/angka-9",
    }
    for point, punishing in penalty.items():
        pid = f"pp-53-2010/pasal-4/{point}"
        resting = [n for n in shipped.norms if pid in n.provisions]
        assert [n.provisions for n in resting] == [[pid]], (pid, [n.id for n in resting])
        assert f"pp-53-2010/{punishing}" in resting[0].sanction_provisions, pid


def test_a_successor_provision_named_for_a_replaced_acts_point_must_be_a_key_provision_of_its_successor(
    tmp_path: Path,
) -> None:
    recs = synthetic_amending_records([])
    old = dict(
        recs["regulations"][0],
        id="pp-997-2099",
        nomor="997",
        amended_by=[],
        status={"state": "replaced", "by": "pp-998-2099"},
        provisions=[
            {
                "id": "pp-997-2099/pasal-1",
                "citation": "PP 997/2099, Pasal 1",
                "summary_id": "Aturan sintetis.",
                "summary_en": "A synthetic rule.",
                "carried_on_in": ["pp-999-2099/pasal-2"],
            }
        ],
    )
    issue = only_issue(write_corpus(tmp_path / "e", {**recs, "regulations": [*recs["regulations"], old]}))
    assert (issue.record, issue.field) == ("pp-997-2099", "provisions[0].carried_on_in")
    assert "replaced by pp-998-2099" in issue.message and "name a provision of pp-998-2099" in issue.message


def test_a_civil_servant_on_a_campaign_team_is_linked_to_the_discipline_ban_on_taking_part(
    shipped: CorpusBundle,
) -> None:
    # PP 94/2021 counts campaign team members among campaign participants (elucidation of angka 3), so the
    # election law's team ban reaches the discipline regulation's participation ban, not the other way round.
    team = next(n for n in shipped.norms if n.id == "norm:uu-7-2017/larangan-asn-menjadi-tim-kampanye")
    taking_part = next(n for n in shipped.norms if n.id == "norm:pp-94-2021/larangan-ikut-kampanye")
    assert taking_part.id in team.same_conduct
    assert team.id not in taking_part.same_conduct


def test_campaigning_with_state_facilities_in_a_regional_election_reaches_its_criminal_ban(
    shipped: CorpusBundle,
) -> None:
    # UU 1/2015 Pasal 69 huruf h bars anyone campaigning from using government facilities or budgets, punished
    # by Pasal 187 ayat (3); a civil servant doing so breaks PP 94/2021 Pasal 5 huruf n angka 4 as well.
    norms = {n.id: n for n in shipped.norms}
    ban = norms["norm:uu-1-2015/larangan-kampanye-fasilitas-anggaran-pemerintah"]
    assert ban.provisions == ["uu-1-2015/pasal-69/huruf-h"]
    assert ban.sanction_provisions == ["uu-1-2015/pasal-187/ayat-3"]
    assert ban.conditions.election == ["pilkada"]
    assert ban.id in norms["norm:pp-94-2021/larangan-kampanye-fasilitas-negara"].same_conduct


def test_the_ban_on_replacing_officials_after_the_inauguration_needs_the_inauguration_told(
    shipped: CorpusBundle,
) -> None:
    # UU 1/2015 Pasal 162 ayat (3) runs from the inauguration; a reshuffle before the vote is Pasal 71 (2).
    after = next(n for n in shipped.norms if n.id == "norm:uu-1-2015/larangan-mutasi-pasca-pelantikan")
    assert {"dilantik", "sworn"} <= set(after.conditions.needs)
    assert not {"bupati", "regent", "new regent"} & set(after.conditions.needs)


def test_a_civil_servant_standing_for_office_resigns_at_the_ayat_of_pp_11_2017_pasal_254(
    shipped: CorpusBundle,
) -> None:
    # The copy at hand heaps the ayat numbers of Pasal 254 together; the records keep its five ayat apart,
    # and the duty to resign cites ayat (1) and (2) (resign, no going back), a holdout's discharge ayat (4).
    held = {p.id for reg in shipped.regulations for p in reg.provisions}
    assert {f"pp-11-2017/pasal-254/ayat-{n}" for n in range(1, 6)} <= held
    resign = next(n for n in shipped.norms if n.id == "norm:pp-11-2017/mundur-saat-ditetapkan-calon")
    assert resign.provisions[:2] == ["pp-11-2017/pasal-254/ayat-1", "pp-11-2017/pasal-254/ayat-2"]
    assert "pp-11-2017/pasal-254/ayat-4" in resign.sanction_provisions


def test_who_counts_as_a_regional_election_candidate_is_held_in_the_wording_of_uu_8_2015(
    shipped: CorpusBundle,
) -> None:
    held = {p.id: p for reg in shipped.regulations for p in reg.provisions}
    for n in (3, 4):
        record = held[f"uu-1-2015/pasal-1/angka-{n}"]
        assert record.as_amended_by == "uu-8-2015" and "KPU" in record.summary_en


def test_the_steps_of_the_pp_94_2021_examination_are_powers_of_those_who_take_them(
    shipped: CorpusBundle,
) -> None:
    # Pasal 26 ayat (3) and (4) are two steps (a second summons; a penalty without examination after it);
    # each step a story may ask about is a power of the body taking it, tied to the procedure's norm so
    # that the authority chain of a conduct does not take every step in.
    held = {p.id for reg in shipped.regulations for p in reg.provisions}
    assert {"pp-94-2021/pasal-26/ayat-3", "pp-94-2021/pasal-26/ayat-4"} <= held
    powers = {(i.id, p.provision): p for i in shipped.institutions for p in i.powers}
    for inst, provision in (
        ("inst:pybmh", "pp-94-2021/pasal-26/ayat-4"),
        ("inst:pybmh", "pp-94-2021/pasal-28/ayat-1"),
        ("inst:atasan-langsung", "pp-94-2021/pasal-26/ayat-3"),
        ("inst:atasan-langsung", "pp-94-2021/pasal-27/ayat-2"),
        ("inst:atasan-langsung", "pp-94-2021/pasal-30"),
        ("inst:tim-pemeriksa", "pp-94-2021/pasal-29/ayat-6"),
        ("inst:tim-pemeriksa", "pp-94-2021/pasal-30"),
    ):
        assert powers[(inst, provision)].norms, (inst, provision)
    assert ("inst:pybmh", "pp-94-2021/pasal-26/ayat-3") not in powers


def test_each_tier_of_the_general_election_supervisors_takes_reports_under_its_own_article(
    shipped: CorpusBundle,
) -> None:
    powers = {(i.id, p.kind, p.provision) for i in shipped.institutions for p in i.powers}
    for inst, provision in (
        ("inst:bawaslu-ri", "uu-7-2017/pasal-95/huruf-a"),
        ("inst:bawaslu-provinsi", "uu-7-2017/pasal-99/huruf-a"),
        ("inst:bawaslu-kabkota", "uu-7-2017/pasal-103/huruf-a"),
        ("inst:panwascam", "uu-7-2017/pasal-106/huruf-a"),
        ("inst:panwaslu-kelurahan-desa", "uu-7-2017/pasal-109/huruf-a"),
    ):
        assert (inst, "receives_reports", provision) in powers, (inst, provision)


def test_the_polling_station_supervisor_of_a_general_election_reports_up_through_the_village_committee(
    shipped: CorpusBundle,
) -> None:
    """UU 7/2017 gives the polling-station supervisor no power to take a report of its own: it objects at the
    count and sends what it saw to the sub-district committee through the village one (Pasal 115, 116)."""
    tps = next(i for i in shipped.institutions if i.id == "inst:pengawas-tps")
    by_provision = {p.provision: p for p in tps.powers}
    assert by_provision["uu-7-2017/pasal-115/huruf-a"].kind == "investigates"
    report = by_provision["uu-7-2017/pasal-116/huruf-b"]
    assert report.kind == "forwards" and report.towards[0] == "inst:panwaslu-kelurahan-desa"
    assert not any(p.kind == "receives_reports" and p.provision.startswith("uu-7-2017/") for p in tps.powers)
    village = next(i for i in shipped.institutions if i.id == "inst:panwaslu-kelurahan-desa")
    assert "uu-7-2017/pasal-109/huruf-b" in {p.provision for p in village.powers}


def test_the_examining_team_of_pp_94_2021_examines_every_breach_carrying_a_heavy_penalty(
    shipped: CorpusBundle,
) -> None:
    # Pasal 29 ayat (2): the team examines every breach whose penalty is heavy, and ayat (3) says who sits on
    # it, so both powers name the heavy penalties and the chain of any such breach reaches them; none lighter.
    heavy = {
        s.id for s in shipped.sanctions if s.id.startswith("sanction:pp-94-2021/") and s.level == "berat"
    }
    for provision in ("pp-94-2021/pasal-29/ayat-2", "pp-94-2021/pasal-29/ayat-3"):
        power = next(
            p
            for i in shipped.institutions
            if i.id == "inst:tim-pemeriksa"
            for p in i.powers
            if p.provision == provision
        )
        assert heavy and set(power.sanctions) == heavy, provision


@pytest.mark.slow
def test_shipped_rewrite_targets_agree_with_the_parsed_amending_instructions(shipped: CorpusBundle) -> None:
    """Where the ingest parser reads a point as an amendment, its target is the one the corpus names."""
    from conftest import CORPUS_RAW

    from ingest.pipeline import ingest_file

    if not CORPUS_RAW.is_dir():
        pytest.skip("../shared/corpus-raw is not beside the checkout")
    compared = 0
    for reg in shipped.regulations:
        raw = CORPUS_RAW / f"{reg.id}.md"
        if not (reg.amends and reg.provisions and raw.is_file()):
            continue
        parsed = {a.id: a.target for doc in ingest_file(raw) for a in doc.amendments}
        for p in reg.provisions:
            if p.id in parsed:
                assert p.rewrites == [parsed[p.id]], p.id
                compared += 1
    assert compared >= 5


def test_shipped_punishing_powers_reach_each_penalty_level_at_huruf_level(shipped: CorpusBundle) -> None:
    """Who punishes which post: each level has an imposing power on a huruf of PP 94/2021 Pasal 18-21."""
    articles = tuple(f"pp-94-2021/pasal-{n}/" for n in range(18, 22))
    levels: set[str] = set()
    for _, power in shipped.powers():
        if power.kind == "imposes" and power.provision.startswith(articles) and "/huruf-" in power.provision:
            levels |= {s.level for s in map(shipped.sanction, power.sanctions) if s and s.level}
    assert levels >= {"ringan", "sedang", "berat"}


# -- ranges of days absent on penalty points (issue 10) ------------------------------------------------
def synthetic_ranged_records(*ranges: dict) -> dict[str, list[dict]]:
    """The tidy-desk corpus with a penalty graded by days absent: one point under Pasal 2 per range."""
    recs = synthetic_records()
    provisions = recs["regulations"][0]["provisions"]
    for i, r in enumerate(ranges, start=1):
        provisions.append(
            {
                "id": f"pp-999-2099/pasal-2/angka-{i}",
                "citation": f"Synthetic Pasal 2 angka {i}",
                "summary_id": "synthetic: teguran menurut hari absen",
                "summary_en": "synthetic: a warning by days absent",
                "days_absent": r,
            }
        )
    recs["norms"][0]["sanction_provisions"] = ["pp-999-2099/pasal-2"]
    return recs


def test_a_range_of_days_absent_loads_on_a_key_provision(tmp_path: Path) -> None:
    recs = synthetic_ranged_records(
        {"low": 3, "high": 6, "read_with": ["pp-999-2099/pasal-1/ayat-2"]},
        {"low": 7, "high": None},
        {"low": 10, "high": None, "consecutive": True},
    )
    bundle = load_corpus(write_corpus(tmp_path / "c", recs))
    first, open_top, in_a_row = (
        bundle.provision(f"pp-999-2099/pasal-2/angka-{i}").days_absent for i in (1, 2, 3)
    )
    assert (first.low, first.high, first.read_with) == (3, 6, ["pp-999-2099/pasal-1/ayat-2"])
    assert open_top.high is None and not open_top.consecutive
    assert in_a_row.consecutive  # days in a row are not checked against the yearly totals


def test_a_range_running_backwards_names_the_file_and_the_provision(tmp_path: Path) -> None:
    issue = only_issue(write_corpus(tmp_path / "c", synthetic_ranged_records({"low": 9, "high": 4})))
    assert issue.file.endswith("synthetic_corpus.yaml") and issue.record == "pp-999-2099"
    assert "pp-999-2099/pasal-2/angka-1" in issue.message and "low must not exceed high" in issue.message


def test_a_range_read_with_an_unknown_provision(tmp_path: Path) -> None:
    recs = synthetic_ranged_records({"low": 1, "high": 2, "read_with": ["pp-999-2099/pasal-9"]})
    issue = only_issue(write_corpus(tmp_path / "c", recs))
    assert issue.field == "provisions[2].days_absent.read_with" and "pp-999-2099/pasal-9" in issue.message


def test_overlapping_ranges_under_one_norm_are_an_error(tmp_path: Path) -> None:
    recs = synthetic_ranged_records({"low": 3, "high": 6}, {"low": 6, "high": 9})
    issue = only_issue(write_corpus(tmp_path / "c", recs))
    assert issue.record == "pp-999-2099/pasal-2/angka-2" and issue.file.endswith("synthetic_corpus.yaml")
    assert "inside the range of pp-999-2099/pasal-2/angka-1" in issue.message
    # a run of days in a row is counted apart from the yearly totals: no overlap
    recs = synthetic_ranged_records({"low": 3, "high": 12}, {"low": 10, "high": None, "consecutive": True})
    assert validate_corpus(write_corpus(tmp_path / "d", recs)) == []


def test_every_pp_94_2021_penalty_point_is_linked_from_the_norm_on_the_duty_or_ban_it_punishes(
    shipped: CorpusBundle,
) -> None:
    """Pasal 9 to 14 name the duty or ban each point punishes ("(Pasal 5 huruf g)" in our summary): the
    norm resting on that duty or ban lists the point, with the level its Pasal sets and, where the point
    is graded by the reach of the harm, that reach."""
    levels = {"9": "ringan", "12": "ringan", "10": "sedang", "13": "sedang", "11": "berat", "14": "berat"}
    named = re.compile(r"\(Pasal (\d) huruf ([a-n])(?: and ([a-n]))?\)")
    norms_on: dict[str, set[str]] = {}
    for n in shipped.norms:
        for p in n.provisions:
            norms_on.setdefault(p, set()).update(n.sanction_provisions)
    points = [
        kp
        for _, kp in shipped.provisions()
        if re.fullmatch(r"pp-94-2021/pasal-(9|1[0-4])/(ayat-\d/)?huruf-[a-z]", kp.id)
    ]
    assert len(points) > 50
    for kp in points:
        assert kp.penalty_level == levels[kp.id.split("/")[1].removeprefix("pasal-")], kp.id
        m = named.search(kp.summary_en or "")
        if m is None or m.group(1) == "5" and m.group(2) == "n":
            continue  # the campaign bans' points hang under Pasal 5 huruf n's numbered ways
        for huruf in filter(None, m.group(2, 3)):
            duty = f"pp-94-2021/pasal-{m.group(1)}/huruf-{huruf}"
            assert kp.id in norms_on.get(duty, set()), (
                f"{kp.id} punishes {duty}: no norm on it lists the point"
            )
    graded = {kp.id: kp.harm for kp in points if kp.harm}
    assert graded["pp-94-2021/pasal-13/huruf-b"] == ["unit", "agency"]
    assert graded["pp-94-2021/pasal-14/huruf-f"] == ["state"]
    assert "pp-94-2021/pasal-14/huruf-a" not in graded  # abuse of authority is heavy whatever the reach


def test_shipped_absence_points_cover_pp_94_2021_ranges(shipped: CorpusBundle) -> None:
    def span(pid: str) -> tuple[int, int | None, bool]:
        r = shipped.provision("pp-94-2021/" + pid).days_absent
        return r.low, r.high, r.consecutive

    assert span("pasal-9/ayat-2/huruf-b/angka-3") == (7, 10, False)
    assert span("pasal-10/ayat-2/huruf-f/angka-2") == (14, 16, False)
    assert span("pasal-11/ayat-2/huruf-d/angka-3") == (28, None, False)
    assert span("pasal-11/ayat-2/huruf-d/angka-4") == (10, None, True)
    norm = shipped.norm("norm:pp-94-2021/kewajiban-masuk-kerja")
    assert norm is not None and norm.provisions == ["pp-94-2021/pasal-4/huruf-f"]


# -- employment consequences of a criminal process, and the prison threshold that decides them ---------
def synthetic_consequence_records(**change) -> dict[str, list[dict]]:
    """The tidy-desk corpus with a synthetic penal provision and a dismissal ground resting on it."""
    recs = synthetic_records()
    recs["regulations"][0]["checked_against_text"] = True
    recs["regulations"][0]["provisions"].append(
        {
            "id": "pp-999-2099/pasal-3",
            "citation": "Synthetic Pasal 3",
            "summary_id": "synthetic: penjara 3 sampai 5 tahun",
            "summary_en": "synthetic: 3 to 5 years in prison",
        }
    )
    recs["sanctions"].append(
        {
            "id": "sanction:pp-999-2099/synthetic-prison",
            "regime": "criminal-election",
            "kind": "imprisonment",
            "description_id": "synthetic penjara",
            "description_en": "synthetic prison",
            "range": {"min_months": 36, "max_months": 60},
            "prison_minimum": {"months": 36, "read_in": "pp-999-2099/pasal-3"},
            "provisions": ["pp-999-2099/pasal-3"],
        }
    )
    recs["consequences"] = [
        {
            "id": "consequence:pp-999-2099/synthetic-dismissal",
            "effect": "dismissal",
            "trigger": "final-prison-sentence",
            "addressees": ["pns"],
            "condition": {"min_prison_months": 24},
            "dishonourable": False,
            "classed_by": "pp-999-2099/pasal-2",
            "description_id": "synthetic diberhentikan",
            "description_en": "synthetic dismissal",
            "provisions": ["pp-999-2099/pasal-3"],
        }
    ]
    for path, value in change.items():
        *parents, key = path.split("__")
        rec = recs[parents[0]][-1]
        for part in parents[1:]:
            rec = rec[part]
        rec[key] = value
    return recs


def test_a_consequence_and_a_read_prison_minimum_load(tmp_path: Path) -> None:
    bundle = load_corpus(write_corpus(tmp_path / "c", synthetic_consequence_records()))
    cons = bundle.get("consequence:pp-999-2099/synthetic-dismissal")
    assert cons.condition.min_prison_months == 24 and cons.dishonourable is False
    assert bundle.sanction("sanction:pp-999-2099/synthetic-prison").prison_minimum.months == 36
    assert "pp-999-2099/pasal-3" in bundle.referenced_ids() and bundle.counts()["consequences"] == 1


@pytest.mark.parametrize(
    ("change", "record", "field", "said"),
    [
        # a threshold read in a text nobody checked is not a threshold read
        (
            {"regulations__checked_against_text": False},
            "sanction:pp-999-2099/synthetic-prison",
            "prison_minimum",
            "not checked against the official text",
        ),
        (
            {"sanctions__prison_minimum": {"months": 36, "read_in": "pp-999-2099/pasal-2"}},
            "sanction:pp-999-2099/synthetic-prison",
            "prison_minimum",
            "not among the sanction's provisions",
        ),
        (
            {"sanctions__range": {"min_months": 12}},
            "sanction:pp-999-2099/synthetic-prison",
            "prison_minimum",
            "disagrees with range.min_months 12",
        ),
        (
            {"sanctions__kind": "fine"},
            "sanction:pp-999-2099/synthetic-prison",
            "prison_minimum",
            "carries no prison term",
        ),
        # the trigger needs its condition stated as data
        (
            {"consequences__condition": {"offence_of_office": True}},
            "consequence:pp-999-2099/synthetic-dismissal",
            "condition.min_prison_months",
            "must state condition.min_prison_months",
        ),
        (
            {"consequences__classed_by": "pp-999-2099/pasal-9"},
            "consequence:pp-999-2099/synthetic-dismissal",
            "classed_by",
            "unknown provision 'pp-999-2099/pasal-9'",
        ),
        (
            {"consequences__follows": "consequence:pp-999-2099/synthetic-none"},
            "consequence:pp-999-2099/synthetic-dismissal",
            "follows",
            "unknown consequence",
        ),
        (
            {"consequences__dishonourable": None},
            "consequence:pp-999-2099/synthetic-dismissal",
            None,
            "give dishonourable (with classed_by) for a dismissal",
        ),
    ],
)
def test_a_bad_consequence_or_prison_minimum_names_the_file_record_and_field(
    tmp_path: Path, change: dict, record: str, field: str | None, said: str
) -> None:
    issue = only_issue(write_corpus(tmp_path / "c", synthetic_consequence_records(**change)))
    assert issue.file.endswith("synthetic_corpus.yaml") and issue.record == record
    assert issue.field == field and said in issue.message, str(issue)


def test_a_consequence_reaching_an_addressee_its_provision_leaves_out(tmp_path: Path) -> None:
    recs = synthetic_consequence_records()
    recs["regulations"][0]["provisions"][-1]["subjects"] = ["kepala-desa"]
    issue = only_issue(write_corpus(tmp_path / "c", recs))
    assert issue.field == "addressees"
    assert "pns not among the subjects of pp-999-2099/pasal-3" in issue.message


def test_shipped_consequences_state_the_conditions_of_uu_20_2023(shipped: CorpusBundle) -> None:
    by_point = {c.provisions[0].rsplit("/", 1)[-1]: c for c in shipped.consequences}
    h, i = by_point["huruf-h"], by_point["huruf-i"]
    assert h.condition.min_prison_months == 24 and h.dishonourable is False  # ayat (4) lists a, g, i, j
    assert i.condition.offence_of_office and i.dishonourable is True
    assert by_point["ayat-2"].condition.detained_as == ["suspect", "accused"]
    assert by_point["ayat-3"].by == "inst:ppk" and by_point["ayat-3"].follows == by_point["ayat-2"].id
    # thresholds only where read: UU 1/2015 Pasal 187A ayat (1), not UU 7/2017 Pasal 494 (text not at hand)
    assert shipped.sanction("sanction:uu-1-2015/pidana-pasal-187a-ayat-1").prison_minimum.months == 36
    assert shipped.sanction("sanction:uu-7-2017/pidana-pasal-494").prison_minimum is None


def test_the_punishing_superiors_hold_the_posts_their_distance_counts_from(shipped: CorpusBundle) -> None:
    from kg.posts import reached

    madya = shipped.institution("inst:pejabat-pimpinan-tinggi-madya")
    assert madya.holds_post == "jpt-madya"
    light = next(p for p in madya.powers if p.provision == "pp-94-2021/pasal-20/huruf-a")
    assert reached(madya.holds_post, light.levels_below) == "jpt-pratama"
    # every superior with a power counted in levels below says where it stands, but the mission's head,
    # whose ladder is the mission's own
    for inst in shipped.institutions:
        if any(p.levels_below is not None for p in inst.powers) and inst.id != "inst:kepala-perwakilan":
            assert inst.holds_post or inst.id == "inst:pejabat-fungsional-pengganti", inst.id


def test_every_power_whose_scope_names_pay_grades_is_split_by_them(shipped):
    """A power our words say reaches general staff of some grades has those grades typed, and only then."""
    graded = re.compile(r"\b(?:I{1,3}|IV)/[a-e]\b")
    for inst in shipped.institutions:
        for p in inst.powers:
            named = set(graded.findall(p.scope_en))
            assert bool(named) == (p.staff_grades is not None), p.provision
            assert named <= set(p.staff_grades.grades() if p.staff_grades else ()), p.provision
    # PP 53/2010 Pasal 20 ayat (1) huruf a angka 5: the regency's PPK over general staff of grades IV/a-IV/c
    point = next(
        p
        for i in shipped.institutions
        for p in i.powers
        if p.provision == "pp-53-2010/pasal-20/ayat-1/huruf-a/angka-5"
    )
    assert point.staff_grades.grades() == ["IV/a", "IV/b", "IV/c"]


def test_the_management_regulation_records_how_a_civil_service_career_is_paused_or_ended(
    shipped: CorpusBundle,
) -> None:
    """PP 11/2017's discharge, temporary dismissal, pension and leave articles are recorded (in both
    languages) so the shipped corpus alone can say what becomes of a civil servant's post: resigning, a
    conviction, a commission seat, leave outside state responsibility, the pension and who signs."""
    held = {kp.id: kp for _, kp in shipped.provisions() if kp.id.startswith("pp-11-2017/")}
    for pid in (
        "pp-11-2017/pasal-238",  # resigning, and when the request is deferred or refused
        "pp-11-2017/pasal-239",  # retirement ages
        "pp-11-2017/pasal-249/ayat-1",  # a sentence for an unplanned crime
        "pp-11-2017/pasal-257",  # not reporting back after leave outside state responsibility
        "pp-11-2017/pasal-258",  # a false diploma
        "pp-11-2017/pasal-277",  # temporary dismissal for a state or commission office
        "pp-11-2017/pasal-284",  # reactivation
        "pp-11-2017/pasal-288",  # who discharges whom
        "pp-11-2017/pasal-305/huruf-b",  # the pension on discharge at one's own request
        "pp-11-2017/pasal-306",
        "pp-11-2017/pasal-334",  # leave outside state responsibility
        "pp-11-2017/pasal-337",
    ):
        assert pid in held, pid
        assert held[pid].summary_id and held[pid].summary_en, pid
    assert len(held) > 200
