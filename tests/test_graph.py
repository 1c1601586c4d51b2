"""Building the graph: named graph per source, incremental rebuilds, removal, crash safety, SHACL, export."""

from __future__ import annotations

import copy
import json
import os
import signal
import subprocess
import sys

import pytest
import yaml
from graph_fixtures import (
    CORPUS_RAW,
    REPO,
    SYNTHETIC_CORPUS,
    _kp,
    real_store,
    synthetic_base_act,
    synthetic_store,
)
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef

from kg.corpus import RECORD_TYPES
from kg.corpus.load import load_corpus
from kg.graph.build import (
    ONTOLOGY_FILE,
    SHAPES_FILE,
    build_graph,
    corpus_iri,
    corpus_triples,
    document_triples,
    export_graph,
    full_shacl_check,
    remove_document,
    shacl_check,
)
from kg.graph.rdfstore import KGA, doc_iri, open_graph_store
from kg.store import UnknownIdError

needs_shared = pytest.mark.skipif(not CORPUS_RAW.is_dir(), reason="../shared/corpus-raw is absent")
SOURCES = {
    "ontology",
    "uu-901-2010",
    "uu-902-2012",
    "uu-903-2014",
    "uu-904-2020",
    "pp-905-2021",
    *(f"corpus/{k}" for k in RECORD_TYPES),  # one named graph per record type
}


def _text_of(store, pid: str) -> list[str]:  # type: ignore[no-untyped-def]
    gs = open_graph_store(store)
    try:
        return [
            r[0]
            for r in gs.select("SELECT ?t WHERE { GRAPH ?g { ?p kga:text ?t } }", {"p": doc_iri(pid)}).rows
        ]
    finally:
        gs.close()


def test_build_one_graph_per_source_and_incremental(tmp_path) -> None:
    store = synthetic_store(tmp_path)
    first = build_graph(store, progress=False)
    assert set(first.rebuilt) == SOURCES
    assert first.graphs == len(SOURCES)
    assert first.shacl_conforms is True
    assert first.triples > 500
    again = build_graph(store, progress=False)
    assert again.rebuilt == () and again.triples == first.triples

    # Re-ingesting one document replaces exactly its own graph.
    doc = synthetic_base_act()
    p1 = doc.provisions[0].model_copy(update={"text": "Zebra keepers now count stripes daily."})
    store.put(doc.model_copy(update={"provisions": (p1, *doc.provisions[1:])}))
    third = build_graph(store, progress=False)
    assert third.rebuilt == ("uu-901-2010",)
    assert _text_of(store, "uu-901-2010/pasal-1") == ["Zebra keepers now count stripes daily."]
    assert third.triples == first.triples


def test_remove_document_drops_its_graph_only(tmp_path) -> None:
    store = synthetic_store(tmp_path)
    before = build_graph(store, progress=False)
    gs = open_graph_store(store)
    n_doc = gs.count_triples("uu-903-2014")
    gs.close()
    assert remove_document(store, "uu-903-2014") is True
    assert not store.has("uu-903-2014")
    gs = open_graph_store(store)
    assert "uu-903-2014" not in gs.graph_hashes()
    assert gs.count_triples() == before.triples - n_doc
    gs.close()
    with pytest.raises(UnknownIdError, match="uu-903-2014|uu-902-2012"):
        remove_document(store, "uu-903-2015")


def test_crash_mid_build_leaves_previous_graph_usable(tmp_path) -> None:
    store = synthetic_store(tmp_path, with_corpus=False)
    build_graph(store, progress=False)
    for doc_id, word in (("uu-901-2010", "alpha"), ("uu-904-2020", "omega")):
        doc = store.get(doc_id)
        p0 = doc.provisions[0].model_copy(update={"text": f"synthetic changed {word}"})
        store.put(doc.model_copy(update={"provisions": (p0, *doc.provisions[1:])}))

    def crash(source_id: str) -> None:
        if source_id == "uu-904-2020":
            raise RuntimeError("synthetic crash")

    with pytest.raises(RuntimeError, match="synthetic crash"):
        build_graph(store, progress=False, _before_graph=crash)
    # The store opens, the finished graph is new, the interrupted one is still the old one, whole.
    assert _text_of(store, "uu-901-2010/pasal-1") == ["synthetic changed alpha"]
    assert _text_of(store, "uu-904-2020/pasal-9")[0].startswith("Counting under Pasal 1")
    recovered = build_graph(store, progress=False)
    assert recovered.rebuilt == ("uu-904-2020",)
    assert _text_of(store, "uu-904-2020/pasal-9") == ["synthetic changed omega"]


@pytest.mark.slow
def test_killed_build_process_leaves_store_usable(tmp_path) -> None:
    """A build killed with SIGKILL half-way: the store reopens and a new build completes."""
    store = synthetic_store(tmp_path, with_corpus=False)
    build_graph(store, progress=False)
    base = synthetic_base_act()
    for k in range(60):  # enough documents that the kill lands mid-build
        store.put(base.model_copy(update={"id": f"uu-{700 + k}-2011"}))
    script = (
        "import sys; sys.path.insert(0, sys.argv[2]);"
        "from kg.store import Store; from kg.graph.build import build_graph;"
        "build_graph(Store(sys.argv[1]), progress=True, shacl=False)"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(store.path), str(REPO)], stderr=subprocess.PIPE, text=True
    )
    assert proc.stderr is not None
    for line in proc.stderr:
        if "building graph" in line:  # the first graphs are in: kill it now
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    gs = open_graph_store(store)
    assert gs.count_triples("uu-901-2010") > 0
    gs.close()
    report = build_graph(store, progress=False, shacl=False)
    assert report.graphs == 1 + 5 + 60


def test_shacl_catches_broken_records() -> None:
    good = document_triples(synthetic_base_act(), "h")
    assert shacl_check(good) == (True, [])
    pid = doc_iri("uu-901-2010/pasal-1")
    broken = [t for t in good if not (t[0] == pid and str(t[1]) == KGA + "inDocument")]
    broken.append(
        (doc_iri("norm/x/y"), URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(KGA + "Norm"))
    )
    broken.append((pid, URIRef(KGA + "level"), Literal("chapter-ish")))
    ok, messages = shacl_check(broken)
    assert not ok
    text = "\n".join(messages)
    assert "uu-901-2010/pasal-1 kga:inDocument" in text
    assert "uu-901-2010/pasal-1 kga:level" in text
    assert "norm/x/y kga:restsOn" in text


def test_a_same_conduct_link_is_written_declared_and_must_point_to_a_norm(tmp_path) -> None:
    raw = copy.deepcopy(SYNTHETIC_CORPUS)
    vans, rallies = raw["norms"][0]["id"], raw["norms"][1]["id"]
    raw["norms"][0]["same_conduct"] = [rallies]
    (tmp_path / "synthetic_linked.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    norms = corpus_triples(load_corpus(tmp_path), dict.fromkeys(RECORD_TYPES, "h"))["corpus/norms"]
    same = URIRef(KGA + "sameConduct")
    assert [t for t in norms if t[1] == same] == [(corpus_iri(vans), same, corpus_iri(rallies))]
    assert shacl_check(norms) == (True, [])
    ok, messages = shacl_check([*norms, (corpus_iri(vans), same, corpus_iri("inst:synthetic-ppk"))])
    assert not ok and len(messages) == 1  # an institution is not a norm
    assert messages[0].startswith("norm/pp-905-2021/no-office-vans kga:sameConduct:")
    onto = Graph().parse(ONTOLOGY_FILE)
    assert (same, RDF.type, OWL.ObjectProperty) in onto
    assert onto.value(same, RDFS.domain) == onto.value(same, RDFS.range) == URIRef(KGA + "Norm")


def test_an_amending_point_rewrites_its_target_and_the_shape_wants_a_provision(tmp_path) -> None:
    raw = copy.deepcopy(SYNTHETIC_CORPUS)
    amended = raw["regulations"][1]  # uu-906-2017
    amended["amended_by"] = ["uu-907-2019"]
    point = {
        "id": "uu-907-2019/pasal-i/angka-3",
        "citation": "Synthetic Pasal I angka 3",
        "summary_id": "sintetis: menulis ulang Pasal 7",
        "summary_en": "synthetic: rewrites Pasal 7",
        "rewrites": ["uu-906-2017/pasal-7"],
    }
    amending = dict(amended, id="uu-907-2019", nomor="907", tahun=2019, amends=[amended["id"]], amended_by=[])
    raw["regulations"].append(dict(amending, provisions=[point]))
    (tmp_path / "synthetic_amending.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    regs = corpus_triples(load_corpus(tmp_path), dict.fromkeys(RECORD_TYPES, "h"))["corpus/regulations"]
    rewrites = URIRef(KGA + "rewrites")
    source = doc_iri(point["id"])
    assert [t for t in regs if t[1] == rewrites] == [(source, rewrites, doc_iri("uu-906-2017/pasal-7"))]
    assert shacl_check(regs) == (True, [])
    # Pointing at the act itself (a regulation, not a provision) breaks the shape.
    ok, messages = shacl_check([*regs, (source, rewrites, doc_iri("uu-906-2017"))])
    assert not ok and len(messages) == 1
    assert messages[0].startswith("uu-907-2019/pasal-i/angka-3 kga:rewrites:")
    onto = Graph().parse(ONTOLOGY_FILE)
    assert (rewrites, RDF.type, OWL.ObjectProperty) in onto
    assert onto.value(rewrites, RDFS.domain) == onto.value(rewrites, RDFS.range) == URIRef(KGA + "Provision")


def test_what_an_elucidation_adds_is_a_literal_beside_the_summary(tmp_path) -> None:
    (tmp_path / "synthetic.yaml").write_text(yaml.safe_dump(SYNTHETIC_CORPUS), encoding="utf-8")
    regs = corpus_triples(load_corpus(tmp_path), dict.fromkeys(RECORD_TYPES, "h"))["corpus/regulations"]
    point = doc_iri("uu-906-2017/pasal-7")
    said = [o for s, p, o in regs if s == point and p == URIRef(KGA + "elucidationEn")]
    assert said == [Literal("synthetic elucidation: a rally organiser is whoever books the hall", lang="en")]
    assert not [o for s, p, o in regs if p == URIRef(KGA + "elucidationId")]  # none written, none stated


def test_the_reach_and_level_of_a_penalty_point_are_literals_a_query_can_pick_by(tmp_path) -> None:
    raw = copy.deepcopy(SYNTHETIC_CORPUS)
    points = {  # synthetic medium point for harm to the unit or agency, heavy for harm to the state
        "pp-905-2021/pasal-13/huruf-b": (["unit", "agency"], "sedang"),
        "pp-905-2021/pasal-14/huruf-f": (["state"], "berat"),
    }
    raw["regulations"][0]["provisions"] += [
        {**_kp(pid, "penalty point by reach"), "harm": reach, "penalty_level": level}
        for pid, (reach, level) in points.items()
    ]
    (tmp_path / "synthetic_reach.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    regs = corpus_triples(load_corpus(tmp_path), dict.fromkeys(RECORD_TYPES, "h"))["corpus/regulations"]
    assert shacl_check(regs) == (True, [])
    g = Graph()
    for t in regs:
        g.add(t)
    rows = g.query(
        'SELECT ?p ?level WHERE { ?p kga:harmReaches "agency" ; kga:penaltyLevel ?level }',
        initNs={"kga": KGA},
    )
    assert [(str(p).rsplit("/id/", 1)[-1], str(level)) for p, level in rows] == [
        ("pp-905-2021/pasal-13/huruf-b", "sedang")
    ]
    # a reach outside the three breaks the shape
    heavy = doc_iri("pp-905-2021/pasal-14/huruf-f")
    ok, messages = shacl_check([*regs, (heavy, URIRef(KGA + "harmReaches"), Literal("village"))])
    assert not ok and messages[0].startswith("pp-905-2021/pasal-14/huruf-f kga:harmReaches")


def test_days_absent_on_a_penalty_point_are_typed_literals_a_query_can_compare(tmp_path) -> None:
    raw = copy.deepcopy(SYNTHETIC_CORPUS)
    points = {  # synthetic light, medium and heavy points, yearly totals, and one for days in a row
        "pp-905-2021/pasal-9/angka-1": {"low": 3, "high": 10},
        "pp-905-2021/pasal-10/angka-1": {"low": 11, "high": 20},
        "pp-905-2021/pasal-11/angka-1": {"low": 21},
        "pp-905-2021/pasal-11/angka-2": {"low": 10, "consecutive": True},
    }
    raw["regulations"][0]["provisions"] += [
        {**_kp(pid, "penalty point by days absent"), "days_absent": r} for pid, r in points.items()
    ]
    (tmp_path / "synthetic_days.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    regs = corpus_triples(load_corpus(tmp_path), dict.fromkeys(RECORD_TYPES, "h"))["corpus/regulations"]
    assert shacl_check(regs) == (True, [])
    low, high = URIRef(KGA + "minDaysAbsent"), URIRef(KGA + "maxDaysAbsent")
    heavy = doc_iri("pp-905-2021/pasal-11/angka-1")
    assert [o for s, p, o in regs if s == heavy and p == low] == [Literal(21)]
    assert not [o for s, p, o in regs if s == heavy and p == high]  # 21 days or more: no high bound
    g = Graph()
    for t in regs:
        g.add(t)
    holding = """SELECT ?p WHERE {
        ?p kga:minDaysAbsent ?low ; kga:consecutiveDaysAbsent ?inARow .
        OPTIONAL { ?p kga:maxDaysAbsent ?high }
        FILTER(?inARow = ?consecutive && ?low <= ?days && (!BOUND(?high) || ?days <= ?high))
    }"""

    def points_holding(days: int, consecutive: bool = False) -> list[str]:
        rows = g.query(
            holding,
            initNs={"kga": KGA},
            initBindings={"days": Literal(days), "consecutive": Literal(consecutive)},
        )
        return sorted(str(r[0]).rsplit("/id/", 1)[-1] for r in rows)

    assert points_holding(15) == ["pp-905-2021/pasal-10/angka-1"]  # medium, not light
    assert points_holding(10) == ["pp-905-2021/pasal-9/angka-1"]
    assert points_holding(40) == ["pp-905-2021/pasal-11/angka-1"]
    assert points_holding(12, consecutive=True) == ["pp-905-2021/pasal-11/angka-2"]
    assert points_holding(2) == []
    # A range running downwards, or a count that is no integer, breaks the shape.
    light = doc_iri("pp-905-2021/pasal-9/angka-1")
    rest = [t for t in regs if not (t[0] == light and t[1] == high)]
    ok, messages = shacl_check([*rest, (light, high, Literal(2))])
    assert not ok and messages[0].startswith("pp-905-2021/pasal-9/angka-1 kga:minDaysAbsent")
    ok, _ = shacl_check([*rest, (light, high, Literal("ten"))])
    assert not ok
    onto = Graph().parse(ONTOLOGY_FILE)
    assert onto.value(low, RDFS.range) == onto.value(high, RDFS.range) == URIRef(str(XSD.integer))


def _synthetic_consequences_corpus() -> dict:
    """The synthetic corpus with a synthetic ASN act's dismissal, suspension and reinstatement points, and
    prison minimums on two election crimes (one of 6 months, one of 36) read in their provisions."""
    raw = copy.deepcopy(SYNTHETIC_CORPUS)
    asn, election = raw["regulations"]
    asn["provisions"] += [
        _kp("pp-905-2021/pasal-40/ayat-3/huruf-h", "dismissal after prison for a long-threatened crime"),
        _kp("pp-905-2021/pasal-40/ayat-3/huruf-i", "dismissal after prison for an offence of office"),
        _kp("pp-905-2021/pasal-40/ayat-4", "which dismissals are dishonourable"),
        _kp("pp-905-2021/pasal-41/ayat-2", "suspension while detained"),
        _kp("pp-905-2021/pasal-41/ayat-3", "reinstatement after detention"),
    ]
    # A prison minimum is only accepted from a provision whose official text was read.
    election["provisions"][1]["checked_against_text"] = True  # uu-906-2017/pasal-8
    election["provisions"].append(
        {**_kp("uu-906-2017/pasal-9", "long jail for forging results"), "checked_against_text": True}
    )
    raw["sanctions"][1]["prison_minimum"] = {"months": 6, "read_in": "uu-906-2017/pasal-8"}
    raw["sanctions"].append(
        {
            "id": "sanction:uu-906-2017/long-jail",
            "regime": "criminal-election",
            "kind": "imprisonment",
            "description_id": "penjara panjang sintetis",
            "description_en": "synthetic long jail term",
            "range": {"min_months": 36, "max_months": 72},
            "prison_minimum": {"months": 36, "read_in": "uu-906-2017/pasal-9"},
            "provisions": ["uu-906-2017/pasal-9"],
        }
    )

    def cons(slug: str, pid: str, **fields: object) -> dict:
        words = slug.replace("-", " ")
        return {
            "id": f"consequence:pp-905-2021/{slug}",
            "addressees": ["pegawai-asn"],
            "description_id": f"sintetis {words}",
            "description_en": f"synthetic {words}",
            "provisions": [f"pp-905-2021/{pid}"],
            **fields,
        }

    classed = {"classed_by": "pp-905-2021/pasal-40/ayat-4"}
    raw["consequences"] = [
        cons(
            "dismissal-long-prison",
            "pasal-40/ayat-3/huruf-h",
            effect="dismissal",
            trigger="final-prison-sentence",
            condition={"min_prison_months": 24},
            dishonourable=False,
            **classed,
        ),
        cons(
            "dismissal-very-long-prison",
            "pasal-40/ayat-3/huruf-h",
            effect="dismissal",
            trigger="final-prison-sentence",
            condition={"min_prison_months": 60},
            dishonourable=True,
            **classed,
        ),
        cons(
            "dismissal-office-offence",
            "pasal-40/ayat-3/huruf-i",
            effect="dismissal",
            trigger="final-prison-or-confinement-sentence",
            condition={"offence_of_office": True},
            dishonourable=True,
            **classed,
        ),
        cons(
            "suspension",
            "pasal-41/ayat-2",
            effect="temporary-suspension",
            trigger="detention",
            condition={"detained_as": ["suspect", "accused"]},
        ),
        cons(
            "reinstatement",
            "pasal-41/ayat-3",
            effect="reinstatement",
            trigger="detention",
            condition={"detained_as": ["suspect", "accused"]},
            by="inst:synthetic-ppk",
            follows="consequence:pp-905-2021/suspension",
        ),
    ]
    return raw


def _consequence_graphs(tmp_path) -> dict:  # type: ignore[no-untyped-def]
    (tmp_path / "synthetic_consequences.yaml").write_text(
        yaml.safe_dump(_synthetic_consequences_corpus()), encoding="utf-8"
    )
    return corpus_triples(load_corpus(tmp_path), dict.fromkeys(RECORD_TYPES, "h"))


def test_employment_consequences_become_typed_triples_declared_in_the_ontology(tmp_path) -> None:
    graphs = _consequence_graphs(tmp_path)
    cons = graphs["corpus/consequences"]
    k = lambda name: URIRef(KGA + name)  # noqa: E731
    long_prison = corpus_iri("consequence:pp-905-2021/dismissal-long-prison")
    suspension = corpus_iri("consequence:pp-905-2021/suspension")
    reinstatement = corpus_iri("consequence:pp-905-2021/reinstatement")
    office = corpus_iri("consequence:pp-905-2021/dismissal-office-offence")

    def of(s: URIRef, name: str) -> list:
        return sorted((o for x, p, o in cons if x == s and p == k(name)), key=str)

    assert (long_prison, RDF.type, k("EmploymentConsequence")) in cons
    assert of(long_prison, "consequenceEffect") == [Literal("dismissal")]
    assert of(long_prison, "trigger") == [Literal("final-prison-sentence")]
    assert of(long_prison, "crimeMinPrisonMonths") == [Literal(24)]
    assert of(long_prison, "crimeMinPrisonMonths")[0].datatype == XSD.integer
    assert of(long_prison, "requiresOffenceOfOffice") == [Literal(False)]
    assert of(long_prison, "dishonourable") == [Literal(False)]
    assert of(long_prison, "classedBy") == [doc_iri("pp-905-2021/pasal-40/ayat-4")]
    assert of(long_prison, "restsOn") == [doc_iri("pp-905-2021/pasal-40/ayat-3/huruf-h")]
    assert of(long_prison, "description") == [
        Literal("sintetis dismissal long prison", lang="id"),
        Literal("synthetic dismissal long prison", lang="en"),
    ]
    assert of(office, "requiresOffenceOfOffice") == [Literal(True)]
    assert of(office, "crimeMinPrisonMonths") == []
    assert of(suspension, "detainedAs") == [Literal("accused"), Literal("suspect")]
    assert of(suspension, "dishonourable") == []  # no dismissal: the law classes nothing
    assert of(reinstatement, "actedOnBy") == [corpus_iri("inst:synthetic-ppk")]
    assert of(reinstatement, "follows") == [suspension]
    assert shacl_check(cons) == (True, [])
    # The prison minimum on a sanction: months as an integer, the provision it was read in as an IRI.
    sanctions = graphs["corpus/sanctions"]
    jail = corpus_iri("sanction:uu-906-2017/jail")
    assert [o for s, p, o in sanctions if s == jail and p == k("prisonMinimumMonths")] == [Literal(6)]
    assert [o for s, p, o in sanctions if s == jail and p == k("prisonMinimumReadIn")] == [
        doc_iri("uu-906-2017/pasal-8")
    ]
    demotion = corpus_iri("sanction:pp-905-2021/berat/demotion")
    assert not [t for t in sanctions if t[0] == demotion and "prisonMinimum" in str(t[1])]
    assert shacl_check(sanctions) == (True, [])
    onto = Graph().parse(ONTOLOGY_FILE)
    declared = set(onto.subjects())
    used = {p for _, p, _ in cons + sanctions if str(p).startswith(KGA)}
    used |= {o for _, p, o in cons if p == RDF.type}
    assert used - declared == set()
    for name in ("crimeMinPrisonMonths", "prisonMinimumMonths"):
        assert onto.value(k(name), RDFS.range) == URIRef(str(XSD.integer))
    for name in ("requiresOffenceOfOffice", "dishonourable"):
        assert onto.value(k(name), RDFS.range) == URIRef(str(XSD.boolean))


def test_shapes_reject_a_bad_consequence_or_prison_minimum(tmp_path) -> None:
    graphs = _consequence_graphs(tmp_path)
    cons, sanctions = graphs["corpus/consequences"], graphs["corpus/sanctions"]
    k = lambda name: URIRef(KGA + name)  # noqa: E731
    long_prison = corpus_iri("consequence:pp-905-2021/dismissal-long-prison")
    months = k("crimeMinPrisonMonths")

    def swapped(triples: list, s: URIRef, p: URIRef, o: object) -> tuple[bool, list[str]]:
        return shacl_check([t for t in triples if not (t[0] == s and t[1] == p)] + [(s, p, o)])

    ok, messages = swapped(cons, long_prison, months, Literal(0))  # below a month
    assert not ok and messages[0].startswith(f"{long_prison.rsplit('/id/', 1)[-1]} kga:crimeMinPrisonMonths")
    assert not swapped(cons, long_prison, months, Literal("24"))[0]  # a string, not an integer
    assert not swapped(cons, long_prison, k("dishonourable"), Literal("no"))[0]
    assert not swapped(cons, long_prison, k("trigger"), Literal("arrest"))[0]
    # A dismissal without its class, a suspension with one, a threshold trigger without a threshold.
    assert not shacl_check([t for t in cons if not (t[0] == long_prison and t[1] == k("dishonourable"))])[0]
    suspension = corpus_iri("consequence:pp-905-2021/suspension")
    assert not shacl_check([*cons, (suspension, k("dishonourable"), Literal(False))])[0]
    assert not shacl_check([t for t in cons if not (t[0] == long_prison and t[1] == months)])[0]
    # follows must name a consequence, not the institution.
    reinstatement = corpus_iri("consequence:pp-905-2021/reinstatement")
    assert not swapped(cons, reinstatement, k("follows"), corpus_iri("inst:synthetic-ppk"))[0]
    jail = corpus_iri("sanction:uu-906-2017/jail")
    ok, messages = swapped(sanctions, jail, k("prisonMinimumMonths"), Literal(0))
    assert not ok and messages[0].startswith("sanction/uu-906-2017/jail kga:prisonMinimumMonths")
    assert not swapped(sanctions, jail, k("prisonMinimumReadIn"), Literal("uu-906-2017/pasal-8"))[0]
    # Months without the provision they were read in.
    unread = [t for t in sanctions if not (t[0] == jail and t[1] == k("prisonMinimumReadIn"))]
    assert not shacl_check(unread)[0]


def test_a_researcher_finds_consequences_and_prison_minimums_by_sparql(tmp_path) -> None:
    from kg.corpus import ingest_corpus
    from kg.graph.queries import run_sparql

    store = synthetic_store(tmp_path, with_corpus=False, docs=[])
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "synthetic_consequences.yaml").write_text(
        yaml.safe_dump(_synthetic_consequences_corpus()), encoding="utf-8"
    )
    ingest_corpus(folder, store)
    report = build_graph(store, progress=False)
    assert report.shacl_conforms is True, report.shacl_messages
    prefixes = f"PREFIX kga: <{KGA}>\n"
    # Which consequences follow a sentence for a crime whose least prison term is this many months,
    # and are they dishonourable?
    following = (
        prefixes
        + """SELECT ?c ?effect ?dishonourable WHERE {
        ?c a kga:EmploymentConsequence ; kga:crimeMinPrisonMonths ?threshold ; kga:consequenceEffect ?effect .
        OPTIONAL { ?c kga:dishonourable ?dishonourable }
        FILTER(?threshold <= %d)
    } ORDER BY ?c"""
    )

    def consequences(months: int) -> list[tuple]:
        rows = run_sparql(store, following % months).rows
        return [(c.rsplit("/id/", 1)[-1], e, d) for c, e, d in rows]

    assert consequences(24) == [("consequence/pp-905-2021/dismissal-long-prison", "dismissal", False)]
    assert consequences(60) == [
        ("consequence/pp-905-2021/dismissal-long-prison", "dismissal", False),
        ("consequence/pp-905-2021/dismissal-very-long-prison", "dismissal", True),
    ]
    assert consequences(23) == []
    # Which criminal-election sanctions carry a least prison term, read in which provision?
    minimums = (
        prefixes
        + """SELECT ?s ?months ?readIn WHERE {
        ?s a kga:Sanction ; kga:regime "criminal-election" ;
           kga:prisonMinimumMonths ?months ; kga:prisonMinimumReadIn ?readIn .
    } ORDER BY DESC(?months)"""
    )
    rows = [tuple(str(x).rsplit("/id/", 1)[-1] for x in r) for r in run_sparql(store, minimums).rows]
    assert rows == [
        ("sanction/uu-906-2017/long-jail", "36", "uu-906-2017/pasal-9"),
        ("sanction/uu-906-2017/jail", "6", "uu-906-2017/pasal-8"),
    ]
    # The join across the two graphs: a sanction whose prison minimum meets a dismissal threshold.
    joined = (
        prefixes
        + """SELECT ?s ?c WHERE {
        ?s kga:prisonMinimumMonths ?m . ?c kga:crimeMinPrisonMonths ?t FILTER(?m >= ?t)
    }"""
    )
    pairs = {tuple(x.rsplit("/id/", 1)[-1] for x in r) for r in run_sparql(store, joined).rows}
    assert pairs == {("sanction/uu-906-2017/long-jail", "consequence/pp-905-2021/dismissal-long-prison")}
    # The reinstatement names who acts and what it ends.
    who = (
        prefixes
        + """SELECT ?inst ?ended WHERE {
        ?c kga:consequenceEffect "reinstatement" ; kga:actedOnBy ?inst ; kga:follows ?ended }"""
    )
    assert [tuple(x.rsplit("/id/", 1)[-1] for x in r) for r in run_sparql(store, who).rows] == [
        ("inst/synthetic-ppk", "consequence/pp-905-2021/suspension")
    ]


def _synthetic_split_corpus() -> dict:
    """The synthetic corpus with the power to punish split by post, tier and distance: the PPK punishes a
    regency's administrators and supervisors heavily, a synthetic madya superior punishes those one level
    below lightly in central agencies and provinces, and a pratama superior those one level below it."""
    raw = copy.deepcopy(SYNTHETIC_CORPUS)
    raw["regulations"][0]["provisions"] += [
        _kp("pp-905-2021/pasal-8/ayat-2", "light penalty kinds"),
        _kp("pp-905-2021/pasal-21", "superiors impose light penalties"),
    ]
    raw["sanctions"].append(
        {
            "id": "sanction:pp-905-2021/ringan/reprimand",
            "regime": "discipline",
            "kind": "disciplinary",
            "level": "ringan",
            "description_id": "teguran sintetis",
            "description_en": "synthetic reprimand",
            "provisions": ["pp-905-2021/pasal-8/ayat-2"],
        }
    )
    ppk = raw["institutions"][1]["powers"][0]
    ppk.update(offender_posts=["administrator", "pengawas"], tiers=["kabupaten-kota"])

    def superior(post: str, tiers: list[str]) -> dict:
        return {
            "id": f"inst:synthetic-{post}-superior",
            "name": f"Atasan Sintetis {post}",
            "name_en": f"Synthetic {post} superior",
            "sources": ["pp-905-2021/pasal-21"],
            "holds_post": post,
            "powers": [
                {
                    "kind": "imposes",
                    "scope_id": "menjatuhkan hukuman ringan satu tingkat di bawahnya",
                    "scope_en": "imposes light penalties one level below",
                    "provision": "pp-905-2021/pasal-21",
                    "levels_below": 1,
                    "tiers": tiers,
                    "sanctions": ["sanction:pp-905-2021/ringan/reprimand"],
                }
            ],
        }

    raw["institutions"] += [
        superior("jpt-madya", ["pusat", "provinsi"]),
        superior("jpt-pratama", ["pusat", "provinsi", "kabupaten-kota"]),
    ]
    return raw


def _split_graphs(tmp_path) -> dict:  # type: ignore[no-untyped-def]
    raw = _synthetic_split_corpus()
    (tmp_path / "synthetic_split.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    return corpus_triples(load_corpus(tmp_path), dict.fromkeys(RECORD_TYPES, "h"))


def _shape_values(path: str) -> set[tuple[str, ...]]:
    """The sh:in lists of the property shapes on a kga: path, each as a tuple of strings."""
    from rdflib.collection import Collection

    shapes = Graph().parse(SHAPES_FILE)
    sh = "http://www.w3.org/ns/shacl#"
    return {
        tuple(str(v) for v in Collection(shapes, shapes.value(prop, URIRef(sh + "in"))))
        for prop in shapes.subjects(URIRef(sh + "path"), URIRef(KGA + path))
        if shapes.value(prop, URIRef(sh + "in")) is not None
    }


def test_the_split_of_the_power_to_punish_becomes_typed_triples(tmp_path) -> None:
    from typing import get_args

    from kg.corpus.records import AgencyTier, OffenderPost

    insts = _split_graphs(tmp_path)["corpus/institutions"]
    k = lambda name: URIRef(KGA + name)  # noqa: E731

    def of(s: URIRef, name: str) -> list:
        return sorted((o for x, p, o in insts if x == s and p == k(name)), key=str)

    ppk_power = corpus_iri("inst:synthetic-ppk/power-0")
    assert of(ppk_power, "offenderPost") == [Literal("administrator"), Literal("pengawas")]
    assert of(ppk_power, "agencyTier") == [Literal("kabupaten-kota")]
    assert of(ppk_power, "levelsBelow") == []
    assert of(ppk_power, "overSanction") == [corpus_iri("sanction:pp-905-2021/berat/demotion")]
    madya = corpus_iri("inst:synthetic-jpt-madya-superior")
    madya_power = corpus_iri("inst:synthetic-jpt-madya-superior/power-0")
    assert of(madya, "holdsPost") == [Literal("jpt-madya")]
    assert of(madya_power, "levelsBelow") == [Literal(1)]
    assert of(madya_power, "levelsBelow")[0].datatype == XSD.integer
    assert of(madya_power, "offenderPost") == []
    assert of(madya_power, "agencyTier") == [Literal("provinsi"), Literal("pusat")]
    assert of(corpus_iri("inst:synthetic-ppk"), "holdsPost") == []  # the record names no post for it
    assert shacl_check(insts) == (True, [])
    onto = Graph().parse(ONTOLOGY_FILE)
    used = {p for _, p, _ in insts if str(p).startswith(KGA)}
    assert used - set(onto.subjects()) == set()
    for name in ("offenderPost", "agencyTier", "levelsBelow"):
        assert onto.value(k(name), RDFS.domain) == k("Power")
    assert onto.value(k("holdsPost"), RDFS.domain) == k("Institution")
    assert onto.value(k("levelsBelow"), RDFS.range) == URIRef(str(XSD.integer))
    # The shapes allow exactly the values the records allow.
    assert _shape_values("offenderPost") == _shape_values("holdsPost") == {get_args(OffenderPost)}
    assert _shape_values("agencyTier") == {get_args(AgencyTier)}


def test_a_split_by_pay_grade_is_one_literal_per_grade_a_query_can_match(tmp_path) -> None:
    raw = _synthetic_split_corpus()
    ppk = raw["institutions"][1]["powers"][0]
    ppk.update(offender_posts=["pengawas", "pelaksana"], staff_grades={"low": "II/c", "high": "III/b"})
    (tmp_path / "synthetic_grades.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    insts = corpus_triples(load_corpus(tmp_path), dict.fromkeys(RECORD_TYPES, "h"))["corpus/institutions"]
    assert shacl_check(insts) == (True, [])
    g = Graph()
    for t in insts:
        g.add(t)
    reaching = "SELECT ?p WHERE { ?p kga:staffGrade ?grade }"

    def powers_for(grade: str) -> list[str]:
        rows = g.query(reaching, initNs={"kga": KGA}, initBindings={"grade": Literal(grade)})
        return [str(r[0]).rsplit("/id/", 1)[-1] for r in rows]

    assert powers_for("III/a") == ["inst/synthetic-ppk/power-0"] and powers_for("III/c") == []
    bad = [(corpus_iri("inst:synthetic-ppk/power-0"), URIRef(KGA + "staffGrade"), Literal("V/a"))]
    ok, messages = shacl_check(insts + bad)
    assert not ok and messages[0].startswith("inst/synthetic-ppk/power-0 kga:staffGrade")


def test_shapes_reject_a_bad_post_tier_or_distance(tmp_path) -> None:
    insts = _split_graphs(tmp_path)["corpus/institutions"]
    k = lambda name: URIRef(KGA + name)  # noqa: E731
    ppk_power = corpus_iri("inst:synthetic-ppk/power-0")
    madya = corpus_iri("inst:synthetic-jpt-madya-superior")
    madya_power = corpus_iri("inst:synthetic-jpt-madya-superior/power-0")

    def swapped(s: URIRef, p: URIRef, o: object) -> tuple[bool, list[str]]:
        return shacl_check([t for t in insts if not (t[0] == s and t[1] == p)] + [(s, p, o)])

    ok, messages = swapped(ppk_power, k("offenderPost"), Literal("camat"))  # a title, not a post
    assert not ok and len(messages) == 1
    assert messages[0].startswith("inst/synthetic-ppk/power-0 kga:offenderPost")
    assert not swapped(ppk_power, k("agencyTier"), Literal("desa"))[0]
    ok, messages = swapped(madya_power, k("levelsBelow"), Literal(0))
    assert not ok and messages[0].startswith("inst/synthetic-jpt-madya-superior/power-0 kga:levelsBelow")
    assert not swapped(madya_power, k("levelsBelow"), Literal(3))[0]
    assert not swapped(madya_power, k("levelsBelow"), Literal("1"))[0]  # a string, not an integer
    assert not swapped(madya, k("holdsPost"), Literal("bupati"))[0]
    assert not shacl_check([*insts, (madya, k("holdsPost"), Literal("jpt-pratama"))])[0]  # two posts
    # Named posts and a distance on one power, as the corpus loader refuses them.
    assert not shacl_check([*insts, (madya_power, k("offenderPost"), Literal("jpt-pratama"))])[0]
    assert not shacl_check([*insts, (ppk_power, k("overSanction"), Literal("berat"))])[0]


def test_a_researcher_asks_who_punishes_which_post_by_sparql(tmp_path) -> None:
    from kg.corpus import ingest_corpus
    from kg.graph.queries import run_sparql
    from kg.posts import LADDER, reached

    store = synthetic_store(tmp_path, with_corpus=False, docs=[])
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "synthetic_split.yaml").write_text(yaml.safe_dump(_synthetic_split_corpus()), encoding="utf-8")
    ingest_corpus(folder, store)
    report = build_graph(store, progress=False)
    assert report.shacl_conforms is True, report.shacl_messages
    prefixes = f"PREFIX kga: <{KGA}>\n"
    # Who imposes a penalty of this level on a holder of this post in an agency of this tier? A power
    # without a tier holds in any.
    who = (
        prefixes
        + """SELECT DISTINCT ?inst WHERE {
        ?inst kga:hasPower ?pw .
        ?pw kga:powerKind "imposes" ; kga:offenderPost "%s" ; kga:overSanction ?s .
        ?s kga:sanctionLevel "%s" .
        FILTER(NOT EXISTS { ?pw kga:agencyTier ?any } || EXISTS { ?pw kga:agencyTier "%s" })
    } ORDER BY ?inst"""
    )

    def imposers(post: str, level: str, tier: str) -> list[str]:
        return [r[0].rsplit("/id/", 1)[-1] for r in run_sparql(store, who % (post, level, tier)).rows]

    assert imposers("administrator", "berat", "kabupaten-kota") == ["inst/synthetic-ppk"]
    assert imposers("administrator", "berat", "provinsi") == []  # the PPK's power holds in a regency only
    assert imposers("administrator", "ringan", "kabupaten-kota") == []  # it imposes no light penalty
    assert imposers("pelaksana", "berat", "kabupaten-kota") == []
    # Which superior's power over those some levels below reaches a holder of this post? The ladder the
    # answer cards count down (kg.posts) goes in as a table; the graph gives each holder's post.
    ladder = " ".join(
        f'("{holder}" {n} "{reached(holder, n)}")' for holder in LADDER for n in (1, 2) if reached(holder, n)
    )
    reaching = (
        prefixes
        + """SELECT ?inst ?level WHERE {
        VALUES (?holder ?below ?post) { %s }
        ?inst kga:holdsPost ?holder ; kga:hasPower ?pw .
        ?pw kga:levelsBelow ?below ; kga:overSanction ?s . ?s kga:sanctionLevel ?level .
        FILTER(?post = "%s")
    } ORDER BY ?inst"""
    )

    def superiors(post: str) -> list[tuple[str, str]]:
        rows = run_sparql(store, reaching % (ladder, post)).rows
        return [(i.rsplit("/id/", 1)[-1], level) for i, level in rows]

    assert superiors("jpt-pratama") == [("inst/synthetic-jpt-madya-superior", "ringan")]
    assert superiors("administrator") == [("inst/synthetic-jpt-pratama-superior", "ringan")]
    assert superiors("pengawas") == []  # no synthetic power reaches two levels down


def test_full_shacl_and_ontology_cover_every_predicate(tmp_path) -> None:
    store = synthetic_store(tmp_path)
    build_graph(store, progress=False, shacl=False)
    assert full_shacl_check(store) == (True, [])
    declared = {str(s) for s in Graph().parse(ONTOLOGY_FILE).subjects()}
    gs = open_graph_store(store)
    used = {r[0] for r in gs.select("SELECT DISTINCT ?p WHERE { GRAPH ?g { ?s ?p ?o } }").rows}
    gs.close()
    ours = {u for u in used if u.startswith(KGA) or "data.europa.eu/eli" in u}
    assert ours - declared == set()
    Graph().parse(SHAPES_FILE)  # the shapes parse


def test_export_formats_round_trip(tmp_path) -> None:
    store = synthetic_store(tmp_path, with_corpus=False)
    build_graph(store, progress=False, shacl=False)
    gs = open_graph_store(store)
    n = gs.count_triples("uu-902-2012")
    total = gs.count_triples()
    gs.close()
    for fmt, rdf in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")):
        assert len(Graph().parse(data=export_graph(store, fmt, "uu-902-2012"), format=rdf)) == n
    assert len(Graph().parse(data=export_graph(store, "nt"), format="nt")) == total
    json.loads(export_graph(store, "jsonld", "uu-902-2012"))
    with pytest.raises(ValueError, match="unknown format"):
        export_graph(store, "xml")
    with pytest.raises(UnknownIdError, match="uu-902-2012"):
        export_graph(store, "nt", "uu-902-2013")


@needs_shared
@pytest.mark.slow
def test_real_corpus_graph_conforms(tmp_path_factory) -> None:
    store = real_store(tmp_path_factory.mktemp("real"))
    gs = open_graph_store(store)
    graphs = gs.graph_hashes()
    gs.close()
    for doc_id in ("uu-20-2023", "pp-94-2021", "uu-1-2015", "uu-8-2015", "uu-10-2016", "corpus/norms"):
        assert doc_id in graphs
    # The whole corpus with two real statutes, checked together (every graph on its own is checked
    # by each build; the whole-graph check of everything runs on the synthetic graph above).
    together = [g for g in graphs if g.startswith("corpus/")] + ["pp-94-2021", "uu-20-2023", "ontology"]
    ok, messages = full_shacl_check(store, graphs=together)
    assert ok, messages[:10]


def test_cli_build_and_remove(tmp_path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    store = synthetic_store(tmp_path, with_corpus=False)
    runner = CliRunner()
    env = {"KG_STORE": str(store.path), "COLUMNS": "200"}
    r = runner.invoke(app, ["build", "--json"], env=env)
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert report["shacl_conforms"] is True and report["graphs"] == 6
    r = runner.invoke(app, ["build"], env=env)
    assert r.exit_code == 0 and "rebuilt 0" in r.stdout
    r = runner.invoke(app, ["remove", "uu-903-2015"], env=env)
    assert r.exit_code == 1 and "unknown id 'uu-903-2015'" in r.stderr and "uu-903-2014" in r.stderr
    assert "Traceback" not in r.output
    r = runner.invoke(app, ["remove", "uu-903-2014"], env=env)
    assert r.exit_code == 0 and "removed uu-903-2014" in r.stdout
    r = runner.invoke(app, ["export", "--format", "ttl", "--graph", "uu-903-2014"], env=env)
    assert r.exit_code == 1 and "unknown id" in r.stderr
