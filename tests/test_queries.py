"""Library queries and their CLI: sanctions, authority chain, amendments, citations, cases, raw SPARQL.

The same queries run against a real Oxigraph server started by the test (and stopped by its PID).
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from datetime import date

import pytest
import yaml
from graph_fixtures import (
    CORPUS_RAW,
    REPO,
    SYNTHETIC_CORPUS,
    free_port,
    real_store,
    start_oxigraph,
    stop,
    synthetic_store,
)
from typer.testing import CliRunner

from kg import api
from kg.cli import app
from kg.graph import queries
from kg.graph.build import build_graph
from kg.graph.queries import (
    amendment_table,
    authority_chain,
    case_neighbourhood,
    citations,
    norm_words,
    run_sparql,
    same_conduct,
    sanctions,
    to_jsonable,
)
from kg.graph.rdfstore import KEPT_DIR, SparqlRefusedError, SparqlSyntaxError, graph_iri, open_graph_store
from kg.graph.versions import text_at
from kg.store import UnknownIdError

needs_shared = pytest.mark.skipif(not CORPUS_RAW.is_dir(), reason="../shared/corpus-raw is absent")
needs_oxigraph = pytest.mark.skipif(shutil.which("oxigraph") is None, reason="oxigraph server not installed")
ACT = "a civil servant using state facilities in a campaign"


@pytest.fixture(scope="module")
def store(tmp_path_factory):  # type: ignore[no-untyped-def]
    s = synthetic_store(tmp_path_factory.mktemp("queries"))
    build_graph(s, progress=False, shacl=False)
    return s


def _check_sanctions(a) -> None:  # type: ignore[no-untyped-def]
    ids = [n.id for n in a.norms]
    assert ids[0] == "norm:pp-905-2021/no-office-vans"
    assert "norm:uu-906-2017/no-vans-at-rallies" in ids  # the election-law regime too
    assert "norm:uu-906-2017/unrelated-ballot-rule" not in ids
    assert set(a.by_regime) == {"discipline", "criminal-election"}
    top = a.norms[0]
    assert top.sanction_provisions == ("pp-905-2021/pasal-14/huruf-i",)
    assert [(s.level, s.provisions) for s in top.sanctions] == [("berat", ("pp-905-2021/pasal-8/ayat-4",))]
    for pid in (
        "pp-905-2021/pasal-5/huruf-n/angka-4",
        "pp-905-2021/pasal-14/huruf-i",
        "pp-905-2021/pasal-8/ayat-4",
    ):
        assert pid in a.rests_on


def _check_chain(c) -> None:  # type: ignore[no-untyped-def]
    stages = [s.stage for s in c.steps]
    assert stages == ["receives_reports", "investigates", "recommends", "imposes"]
    assert all(s.provision for s in c.steps)
    rec = c.steps[2]
    assert rec.institution == "inst:synthetic-watchdog" and rec.towards == ("inst:synthetic-ppk",)
    imp = c.steps[-1]
    assert (imp.institution, imp.provision) == ("inst:synthetic-ppk", "pp-905-2021/pasal-20")
    assert imp.sanctions == ("sanction:pp-905-2021/berat/demotion",)
    assert c.missing == ("decides",)
    assert c.rests_on == ["uu-906-2017/pasal-30", "uu-906-2017/pasal-31", "pp-905-2021/pasal-20"]


def test_sanctions_for_an_act_across_regimes(store) -> None:  # type: ignore[no-untyped-def]
    _check_sanctions(sanctions(store, act=ACT))


def test_sanctions_for_a_provision_and_by_date(store) -> None:  # type: ignore[no-untyped-def]
    by_pasal = sanctions(store, provision="pp-905-2021/pasal-5")
    assert [n.id for n in by_pasal.norms] == ["norm:pp-905-2021/no-office-vans"]
    by_sanction_clause = sanctions(store, provision="pp-905-2021/pasal-14/huruf-i")
    assert [n.id for n in by_sanction_clause.norms] == ["norm:pp-905-2021/no-office-vans"]
    # Before the (synthetic) discipline regulation existed its norm did not apply.
    early = sanctions(store, act=ACT, at=date(2020, 1, 1))
    assert "norm:pp-905-2021/no-office-vans" not in [n.id for n in early.norms]
    assert "norm:pp-905-2021/no-office-vans" in dict(early.excluded)
    with pytest.raises(UnknownIdError, match="pp-905-2021/pasal-5"):
        sanctions(store, provision="pp-905-2021/pasal-55")
    with pytest.raises(ValueError):
        sanctions(store)


def test_user_text_never_reaches_sparql(store) -> None:  # type: ignore[no-untyped-def]
    hostile = 'x" } } ; DROP ALL ; INSERT DATA { <a:b> <a:c> "d" } #'
    assert sanctions(store, act=hostile).norms == ()
    assert authority_chain(store, hostile).steps == ()
    with pytest.raises(UnknownIdError):
        citations(store, "pp-905-2021/pasal-5> } DROP ALL {")
    gs = open_graph_store(store)
    assert gs.count_triples() > 500
    gs.close()


def test_authority_chain(store) -> None:  # type: ignore[no-untyped-def]
    _check_chain(authority_chain(store, "clerk lending office vans to a campaign rally"))
    by_id = authority_chain(store, "norm:pp-905-2021/no-office-vans")
    assert [s.stage for s in by_id.steps][-1] == "imposes"


def test_amendments_citations_case(store) -> None:  # type: ignore[no-untyped-def]
    t = amendment_table(store, "uu-901-2010")
    assert [(r.kind, r.target) for r in t.received] == [
        ("replace", "uu-901-2010/pasal-2"),
        ("insert", "uu-901-2010/pasal-2a"),
        ("replace", "uu-901-2010/pasal-2/ayat-3"),
        ("delete", "uu-901-2010/pasal-3"),
    ]
    assert t.repealed_by == ("uu-904-2020", "uu-904-2020/pasal-10")
    assert "uu-903-2014/pasal-i/angka-2" in t.rests_on
    made = amendment_table(store, "uu-902-2012")
    assert len(made.made) == 2 and made.received == ()
    with pytest.raises(UnknownIdError, match="uu-901-2010"):
        amendment_table(store, "uu-901-2011")

    cites, cited_by = citations(store, "pp-905-2021/pasal-14")
    assert {(c.source, c.target) for c in cites} == {
        ("pp-905-2021/pasal-14/huruf-i", "pp-905-2021/pasal-5/huruf-n/angka-4"),
        ("pp-905-2021/pasal-14", "pp-905-2021/pasal-8/ayat-4"),
    }
    assert ("norm:pp-905-2021/no-office-vans", "rests_on") in {(c.source, c.kind) for c in cited_by}

    case = case_neighbourhood(store, "case:synthetic-van-case")
    assert case.actors[0]["role_en"] == "clerk" and case.actors[0]["count"] == 2
    assert [n["id"] for n in case.norms] == ["norm:pp-905-2021/no-office-vans"]
    assert [a["id"] for a in case.articles] == ["article:synthetic-study"]
    assert case.outcome_en == "unknown"
    assert case.rests_on == ["pp-905-2021/pasal-5/huruf-n/angka-4", "pp-905-2021/pasal-14/huruf-i"]
    with pytest.raises(UnknownIdError, match="case:synthetic-van-case"):
        case_neighbourhood(store, "synthetic-van")


def test_run_sparql(store) -> None:  # type: ignore[no-untyped-def]
    t = run_sparql(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://kg-asn.example/ontology#Norm> }")
    assert t.variables == ("n",) and t.rows == ((3,),)
    assert run_sparql(store, "ASK { ?s ?p ?o }").rows == ((True,),)
    assert (
        len(
            run_sparql(
                store, "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://kg-asn.example/ontology#Case> ; ?p ?o }"
            ).rows
        )
        > 3
    )
    with pytest.raises(SparqlRefusedError):
        run_sparql(store, "DROP ALL")
    with pytest.raises(SparqlSyntaxError, match="line 1"):
        run_sparql(store, "SELECT ?x WHERE { ?x ?p }")


def test_cli(store) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    env = {"KG_STORE": str(store.path), "COLUMNS": "200"}
    r = runner.invoke(app, ["query", "sanctions", *ACT.split(), "--json"], env=env)
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert "pp-905-2021/pasal-14/huruf-i" in data["rests_on"]
    r = runner.invoke(app, ["query", "authority", "office", "vans", "at", "a", "campaign", "rally"], env=env)
    assert r.exit_code == 0 and "imposes" in r.stdout and "pp-905-2021/pasal-20" in r.stdout
    r = runner.invoke(app, ["query", "citations", "pp-905-2021/pasal-55"], env=env)
    assert r.exit_code == 1 and "unknown id" in r.stderr and "Did you mean" in r.stderr
    assert "Traceback" not in r.output
    r = runner.invoke(app, ["query", "nonsense", "x"], env=env)
    assert r.exit_code == 2 and "choose one of" in r.stderr
    r = runner.invoke(app, ["query", "sanctions", "vans", "--at", "2019-13-01"], env=env)
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.stderr
    r = runner.invoke(app, ["sparql", "DELETE WHERE { ?s ?p ?o }"], env=env)
    assert r.exit_code == 2 and "refused" in r.stderr
    r = runner.invoke(app, ["sparql", "SELEC ?x WHERE {}"], env=env)
    assert r.exit_code == 2 and "malformed SPARQL at line 1" in r.stderr
    r = runner.invoke(
        app, ["sparql", "SELECT ?n WHERE { ?n a <https://kg-asn.example/ontology#Case> }", "--json"], env=env
    )
    assert json.loads(r.stdout) == [{"n": "https://kg-asn.example/id/case/synthetic-van-case"}]
    r = runner.invoke(app, ["export", "--format", "nt", "--graph", "pp-905-2021"], env=env)
    assert r.exit_code == 0 and r.stdout.count(" .\n") > 50
    r = runner.invoke(app, ["query", "amendments", "uu-901-2010", "--json"], env=env)
    assert len(json.loads(r.stdout)["received"]) == 4


@needs_oxigraph
def test_same_answers_through_an_oxigraph_server(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Build through --sparql into a real server; the queries give the embedded store's answers."""
    embedded_text = text_at(store, "uu-901-2010/pasal-2", date(2015, 1, 1))
    embedded_table = to_jsonable(amendment_table(store, "uu-901-2010"))
    proc, url = start_oxigraph(tmp_path / "server")
    try:
        report = build_graph(store, sparql_url=url, progress=False)
        assert report.backend == "sparql" and report.shacl_conforms
        gs = open_graph_store(store, url)
        try:
            _check_sanctions(sanctions(store, act=ACT, gs=gs))
            _check_chain(authority_chain(store, "clerk lending office vans to a campaign rally", gs=gs))
            assert text_at(store, "uu-901-2010/pasal-2", date(2015, 1, 1), gs=gs) == embedded_text
            assert to_jsonable(amendment_table(store, "uu-901-2010", gs=gs)) == embedded_table
            assert report.triples == gs.count_triples()
        finally:
            gs.close()
        # The build remembered the endpoint: plain library calls now go there.
        assert sanctions(store, act=ACT).norms[0].id == "norm:pp-905-2021/no-office-vans"
    finally:
        stop(proc)
        (store.path / "graph-backend.json").unlink(missing_ok=True)
    assert proc.poll() is not None


@needs_oxigraph
def test_kg_serve_sparql_is_read_only(store) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "sparql", "--port", str(port), "--store", str(store.path)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        import time

        body = urllib.parse.urlencode(
            {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://kg-asn.example/ontology#Norm> }"}
        )
        for _ in range(100):
            try:
                req = urllib.request.Request(
                    f"{base}/query?{body}", headers={"Accept": "application/sparql-results+json"}
                )
                with urllib.request.urlopen(req, timeout=2) as resp:
                    answer = json.load(resp)
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        else:
            pytest.fail("the server did not answer")
        assert answer["results"]["bindings"][0]["n"]["value"] == "3"
        update = urllib.request.Request(
            f"{base}/update",
            data=b"DROP ALL",
            headers={"Content-Type": "application/sparql-update"},
            method="POST",
        )
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(update, timeout=5)
    finally:
        stop(proc)
    assert proc.poll() is not None


# -- the done-when checks on the real texts and the shipped corpus -------------------------------------
@needs_shared
@pytest.mark.slow
def test_real_pns_using_state_facilities_in_a_campaign(tmp_path_factory) -> None:
    store = real_store(tmp_path_factory.mktemp("real"))
    a = sanctions(store, act="PNS using state facilities in a campaign")
    top = a.norms[0]
    assert "pp-94-2021/pasal-5/huruf-n/angka-4" in top.provisions
    assert "pp-94-2021/pasal-14/huruf-i" in top.sanction_provisions
    heavy = [s for s in top.sanctions if s.level == "berat"]
    assert heavy and all("pp-94-2021/pasal-8/ayat-4" in s.provisions[0] for s in heavy)
    assert "criminal-election" in a.by_regime  # the election-law provisions that apply
    election = [n for n in a.norms if n.regime == "criminal-election"]
    assert all(p.startswith(("uu-7-2017", "uu-1-2015")) for n in election for p in n.provisions)
    # The old regime (PP 53/2010) is not what applies today, but it did in 2019.
    assert all(not p.startswith("pp-53-2010") for n in a.norms for p in n.provisions)
    old = sanctions(store, act="PNS using state facilities in a campaign", at=date(2019, 4, 1))
    assert any(p.startswith("pp-53-2010") for n in old.norms for p in n.provisions)

    c = authority_chain(store, "PNS using state facilities in a campaign")
    stages = [s.stage for s in c.steps]
    assert stages.index("recommends") < stages.index("imposes")
    assert all(s.provision for s in c.steps)
    recommend = [s for s in c.steps if s.stage == "recommends"]
    assert any(s.institution.startswith("inst:bawaslu") for s in recommend)
    imposers = {s.institution for s in c.steps if s.stage == "imposes"}
    assert imposers & {"inst:ppk", "inst:pybmh"}
    assert set(c.rests_on) == {s.provision for s in c.steps}


# -- the case graph: kg query cases (issue 11), on the shipped corpus alone ----------------------------
@pytest.fixture(scope="module")
def shipped_store(tmp_path_factory):  # type: ignore[no-untyped-def]
    from kg.corpus import ingest_corpus
    from kg.store import Store

    s = Store(tmp_path_factory.mktemp("cases") / "store")
    ingest_corpus(REPO / "corpus", s)
    build_graph(s, progress=False, shacl=True)
    return s


VANS, RALLIES = "norm:pp-905-2021/no-office-vans", "norm:uu-906-2017/no-vans-at-rallies"


@pytest.fixture(scope="module")
def linked_store(tmp_path_factory):  # type: ignore[no-untyped-def]
    """The synthetic corpus alone, the discipline ban linked (on its side only) to the election-law ban."""
    from kg.corpus import ingest_corpus
    from kg.store import Store

    base = tmp_path_factory.mktemp("linked")
    raw = copy.deepcopy(SYNTHETIC_CORPUS)
    next(n for n in raw["norms"] if n["id"] == VANS)["same_conduct"] = [RALLIES]
    (base / "c").mkdir()
    (base / "c" / "synthetic_linked.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    s = Store(base / "store")
    ingest_corpus(base / "c", s)
    report = build_graph(s, progress=False, shacl=True)
    assert report.shacl_conforms, report.shacl_messages
    return s


def test_same_conduct_finds_a_link_from_both_ends_with_regulation_and_provisions(linked_store) -> None:  # type: ignore[no-untyped-def]
    there = same_conduct(linked_store, VANS)
    assert [(n.id, n.direction, n.regulation, n.provisions, n.regime) for n in there.linked] == [
        (RALLIES, "links_to", "uu-906-2017", ("uu-906-2017/pasal-7",), "criminal-election")
    ]
    assert there.linked[0].regulation_title == "Undang-Undang Nomor 906 Tahun 2017"
    back = same_conduct(linked_store, RALLIES)  # the link is recorded on VANS only
    assert [(n.id, n.direction, n.regulation, n.provisions, n.kind) for n in back.linked] == [
        (VANS, "linked_from", "pp-905-2021", ("pp-905-2021/pasal-5/huruf-n/angka-4",), "prohibition")
    ]
    assert back.rests_on == ["uu-906-2017/pasal-7", "pp-905-2021/pasal-5/huruf-n/angka-4"]
    assert same_conduct(linked_store, "norm:uu-906-2017/unrelated-ballot-rule").linked == ()
    with pytest.raises(UnknownIdError, match="Did you mean: norm:pp-905-2021/no-office-vans"):
        same_conduct(linked_store, "norm:pp-905-2021/no-office-van")
    # Showing the norm that does not record the link still lists it.
    view = api.show(linked_store, RALLIES)
    assert view["same_conduct"] == [] and [n["id"] for n in view["same_conduct_norms"]] == [VANS]


def test_same_conduct_reads_every_link_of_the_shipped_corpus_from_both_ends(shipped_store) -> None:  # type: ignore[no-untyped-def]
    from kg.corpus import load_store_corpus

    pairs = {(n.id, m) for n in load_store_corpus(shipped_store).norms for m in n.same_conduct}
    assert pairs
    for a, b in sorted(pairs):
        there = {n.id: n.direction for n in same_conduct(shipped_store, a).linked}
        back = {n.id: n.direction for n in same_conduct(shipped_store, b).linked}
        both = (b, a) in pairs  # some links are recorded on both norms, the rest on one only
        assert (there[b], back[a]) == (("both", "both") if both else ("links_to", "linked_from"))


def test_the_old_commission_examined_decided_and_recommended_on_the_neutrality_principle_while_it_stood(
    shipped_store,
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    then = authority_chain(shipped_store, "norm:uu-5-2014/asas-netralitas", at=date(2019, 4, 1))
    steps = {(s.stage, s.provision) for s in then.steps}
    assert {
        ("investigates", "uu-5-2014/pasal-32/ayat-1"),
        ("decides", "uu-5-2014/pasal-32/ayat-2"),
        ("recommends", "uu-5-2014/pasal-32/ayat-3"),
    } <= steps
    # its powers ended with the 2024 presidential regulations that moved its functions
    later = authority_chain(shipped_store, "norm:uu-5-2014/asas-netralitas", at=date(2026, 1, 1))
    assert not {s.provision for s in later.steps} & {p for _, p in steps}


def test_a_staffing_authority_ignoring_the_old_commissions_findings_was_recommended_for_sanction(
    shipped_store,
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    duty = "norm:uu-5-2014/tindak-lanjut-pengawasan-kasn"
    then = authority_chain(shipped_store, duty, at=date(2020, 10, 1))
    steps = {(s.stage, s.institution, s.provision) for s in then.steps}
    assert {
        ("recommends", "inst:kasn", "uu-5-2014/pasal-32/ayat-3"),
        ("recommends", "inst:kasn", "uu-5-2014/pasal-33/ayat-1"),
        ("imposes", "inst:presiden", "uu-5-2014/pasal-33/ayat-3/huruf-a"),
        ("imposes", "inst:kemenpanrb", "uu-5-2014/pasal-33/ayat-3/huruf-b"),
    } <= steps
    # the sanctions rested on the 2014 law, which the 2023 one repealed
    later = authority_chain(shipped_store, duty, at=date(2024, 3, 12))
    assert not {s.provision for s in later.steps} & {p for *_, p in steps if "/pasal-33/" in p}


def test_the_direct_superiors_examination_precedes_every_pp_94_penalty_and_the_report_up_every_heavy_one(
    shipped_store,
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    def steps(norm: str) -> set[str]:
        chain = authority_chain(shipped_store, norm, at=date(2024, 1, 10))
        return {s.provision for s in chain.steps}

    examined = {"pp-94-2021/pasal-26/ayat-1", "pp-94-2021/pasal-27/ayat-1"}
    # the team that examines a heavy breach, and who sits on it (Pasal 29 ayat (3))
    heavy_only = {"pp-94-2021/pasal-27/ayat-4", "pp-94-2021/pasal-29/ayat-3", "pp-94-2021/pasal-29/ayat-5"}
    medium = steps("norm:pp-94-2021/larangan-kampanye-atribut")  # a medium penalty
    heavy = steps("norm:pp-94-2021/larangan-kegiatan-keberpihakan")  # a heavy one
    assert examined <= medium and not heavy_only & medium
    assert examined | heavy_only <= heavy


def test_a_dismissal_is_proposed_by_the_authorised_official_once_the_2023_act_is_in_force(
    shipped_store,
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    def proposes(norm: str, day: date) -> bool:
        chain = authority_chain(shipped_store, norm, at=day)
        return ("recommends", "uu-20-2023/pasal-30/ayat-4") in {(s.stage, s.provision) for s in chain.steps}

    party = "norm:uu-20-2023/larangan-anggota-partai"
    assert proposes(party, date(2024, 3, 1)) and not proposes(party, date(2022, 3, 1))
    assert proposes("norm:pp-94-2021/larangan-kegiatan-keberpihakan", date(2024, 3, 1))  # heavy: may dismiss
    assert not proposes("norm:pp-94-2021/larangan-kampanye-atribut", date(2024, 3, 1))  # medium: never


def test_case_list_filters_by_provision_actor_and_court(shipped_store) -> None:  # type: ignore[no-untyped-def]
    from kg.graph.queries import case_list

    everything = case_list(shipped_store)
    assert len([c for c in everything if c.kind == "case"]) >= 14
    assert [c.date for c in everything] == sorted(c.date for c in everything)  # a timeline
    village = case_list(shipped_store, provision="uu-7-2017/pasal-490")
    assert village and all(any(a["role"] == "kepala-desa" for a in c.actors) for c in village)
    # a provision matches what lies below it: Pasal 71 finds the cases charged under ayat (1)
    assert {c.id for c in case_list(shipped_store, provision="uu-1-2015/pasal-71")} >= {
        "case:pn-pbg-98-pid-sus-2024",
        "case:pn-sawahlunto-2020-kades",
    }
    (pppk,) = case_list(shipped_store, actor="pppk")
    assert pppk.id == "case:pn-kra-2024-pppk-caleg" and pppk.sentence["probation_months"] == 10
    assert {c.id for c in case_list(shipped_store, court="mk")} == {
        "mk-41-puu-xii-2014",
        "mk-121-puu-xxii-2024",
    }
    assert [c.number for c in case_list(shipped_store, court="Solok")] == ["23/Pid.Sus/2024/PN Slk"]
    assert case_list(shipped_store, actor="synthetic-nobody") == ()


def test_cli_query_cases_lists_documented_cases_with_outcomes(shipped_store) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    res = runner.invoke(app, ["query", "cases", "--json", "--store", str(shipped_store.path)])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    keys = {
        "id",
        "title_en",
        "court",
        "number",
        "date",
        "actors",
        "conduct_en",
        "provisions",
        "outcome_en",
        "sources",
    }
    assert all(keys <= set(r) for r in rows)
    decided = [r for r in rows if r["outcome_kind"] in ("convicted", "administrative-sanction")]
    assert len(decided) >= 11 and all(r["sources"] and r["reported_by"] for r in decided)
    res = runner.invoke(
        app, ["query", "cases", "--actor", "kepala-desa", "--court", "pn", "--store", str(shipped_store.path)]
    )
    assert res.exit_code == 0 and "PN Selong" in res.output and "Makassar" not in res.output
    # the graph carries the new case facts too (court, number, reports), and SHACL conforms
    t = run_sparql(
        shipped_store,
        "PREFIX kga: <https://kg-asn.example/ontology#> "
        "SELECT ?n WHERE { GRAPH ?g { ?c kga:caseNumber ?n } }",
    )
    assert "8/Pid.Sus/2024/PN Sel" in {r[0] for r in t.rows}


# -- the corpus's norm words, stemmed once and kept beside the graph --------------------------------
def _words(store, kept: bool = True, monkeypatch=None):  # type: ignore[no-untyped-def]
    """norm_words of a freshly opened store; with ``monkeypatch``, any stemming fails the test."""
    gs = open_graph_store(store)
    try:
        if not kept:
            gs.kept_dir = None
        if monkeypatch is not None:
            monkeypatch.setattr(queries, "tokens", lambda text: pytest.fail(f"stemmed {text!r} again"))
        return norm_words(gs)
    finally:
        if monkeypatch is not None:
            monkeypatch.undo()
        gs.close()


def test_norm_words_are_stemmed_at_build_and_read_back_unchanged(tmp_path, monkeypatch) -> None:
    import yaml
    from graph_fixtures import SYNTHETIC_CORPUS

    from kg.corpus import ingest_corpus

    s = synthetic_store(tmp_path)
    build_graph(s, progress=False, shacl=False)
    assert (s.path / KEPT_DIR / "norm-words.json").is_file()  # the build stemmed them
    made = _words(s, kept=False)
    assert made["norm/pp-905-2021/no-office-vans"][1] >= {"mobil", "kampanye", "lend"}
    assert _words(s, monkeypatch=monkeypatch) == made  # a new process reads them, stems nothing

    # A changed corpus gets a new source hash: its words are stemmed anew, not read stale.
    corpus = yaml.safe_load(yaml.safe_dump(SYNTHETIC_CORPUS))
    corpus["norms"][0]["act_id"] = "memasang spanduk zebra"
    folder = tmp_path / "changed"
    folder.mkdir()
    (folder / "synthetic.yaml").write_text(yaml.safe_dump(corpus, allow_unicode=True))
    ingest_corpus(folder, s)
    build_graph(s, progress=False, shacl=False)
    changed = _words(s, monkeypatch=monkeypatch)
    assert "zebra" in changed["norm/pp-905-2021/no-office-vans"][1]
    assert changed == _words(s, kept=False)


def test_norm_words_of_a_half_built_corpus_graph_are_not_kept(tmp_path) -> None:
    s = synthetic_store(tmp_path)
    build_graph(s, progress=False, shacl=False)
    kept = s.path / KEPT_DIR / "norm-words.json"
    kept.unlink()
    gs = open_graph_store(s, write=True)
    g = graph_iri("corpus/norms")
    gs._update(f"DELETE WHERE {{ GRAPH <{g}> {{ <{g}> <{queries.KGA}sourceHash> ?h }} }}")
    gs.close()
    assert _words(s) == _words(s, kept=False)
    assert not kept.exists()  # what a killed build left is never taken for the finished graph


SYNTHETIC_DEFINITIONS = """PERATURAN PEMERINTAH REPUBLIK INDONESIA
NOMOR 96 TAHUN 2096
TENTANG
PEGAWAI SINTETIS

DENGAN RAHMAT TUHAN YANG MAHA ESA

MEMUTUSKAN:
Menetapkan: PERATURAN PEMERINTAH TENTANG PEGAWAI SINTETIS.

Pasal 1
Dalam Peraturan Pemerintah ini yang dimaksud dengan:
1. Pegawai Sintetis yang selanjutnya disingkat PS adalah pegawai buatan untuk pengujian.
2. Kampanye Sintetis adalah kegiatan meyakinkan pemilih buatan.

Pasal 2
PS dilarang ikut Kampanye Sintetis.

Ditetapkan di Jakarta
pada tanggal 2 Januari 2096

Diundangkan di Jakarta
pada tanggal 3 Januari 2096
"""


def test_cli_definitions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ingest.pipeline import parse_text
    from kg.store import Store

    st = Store(tmp_path / "store")
    st.put(parse_text("synthetic_definitions.md", [SYNTHETIC_DEFINITIONS]))
    runner = CliRunner()
    env = {"KG_STORE": str(st.path), "COLUMNS": "200"}
    r = runner.invoke(app, ["query", "definitions", "ps"], env=env)
    assert r.exit_code == 0, r.output
    assert "Pegawai Sintetis (PS)  [pp-96-2096/pasal-1/angka-1]" in r.output
    assert "pegawai buatan untuk pengujian" in r.output and "1 definition(s)" in r.output
    # A word of a term finds the terms containing it; a leading document id scopes the search.
    r = runner.invoke(app, ["query", "definitions", "pp-96-2096", "kampanye", "--json"], env=env)
    assert r.exit_code == 0, r.output
    assert [d["provision"] for d in json.loads(r.output)] == ["pp-96-2096/pasal-1/angka-2"]
    r = runner.invoke(app, ["query", "definitions", "pp-96-2096", "--json"], env=env)
    assert len(json.loads(r.output)) == 2
    # Before the regulation was promulgated, nothing defined the term.
    r = runner.invoke(app, ["query", "definitions", "ps", "--at", "2095-12-31"], env=env)
    assert r.exit_code == 0 and "no definition found for 'ps'" in r.output
    r = runner.invoke(app, ["query", "definitions", "[red]zebra"], env=env)
    assert r.exit_code == 0 and "no definition found for '[red]zebra'" in r.output


def test_a_body_passed_to_brings_its_general_powers_but_not_what_else_it_decides() -> None:
    from kg.graph.queries import _chosen_powers

    def link(norms=(), towards=()):
        return {"overNorm": set(norms), "overSanction": set(), "towards": set(towards)}

    powers = [
        ("inst:w", "p:recommend"),
        ("inst:w", "p:team"),
        ("inst:k", "p:reports"),
        ("inst:k", "p:rulings"),
        ("inst:x", "p:other"),
    ]
    kind_of = {
        "p:recommend": "recommends",
        "p:team": "decides",
        "p:reports": "receives_reports",
        "p:rulings": "decides",
        "p:other": "receives_reports",
    }
    links = {
        "p:recommend": link(["norm:n"], towards=["inst:k"]),
        "p:team": link(),
        "p:reports": link(),
        "p:rulings": link(),
        "p:other": link(),
    }
    chosen = _chosen_powers(powers, kind_of, links, {"norm:n"}, set())
    # The body acting on the violation brings what it decides without naming a norm (forming a team);
    # the body it passes the matter to brings only its taking reports in, not its other rulings; a body
    # the chain never reaches brings nothing.
    assert set(chosen) == {"p:recommend", "p:team", "p:reports"}
