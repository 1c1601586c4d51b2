"""Scale benchmark of the knowledge graph (prints figures; not a test).

    python bench/bench_graph.py [--peraturan /tmp/peraturan] [--work /tmp/kg-bench] [--repeat 20]
                                [--limit N] [--cli-repeat 5]
    python bench/bench_graph.py --build-only [--work DIR] [--workers N]   # build figures only

1. ingest: parse every regulation in ../shared/peraturan (unpacked into --peraturan) plus the
   ASN corpus-raw texts and the shipped corpus into a store (skipped when the store is there);
2. build: ``build_graph`` into the embedded Oxigraph store, in a child process so its peak memory
   is its own: triples, named graphs, seconds, peak RSS; plus SHACL time on a sample of graphs;
3. queries: p50/p95 latency of each library query, embedded and against ``oxigraph
   serve-read-only`` on the same store (the server path runs the same code via SPARQLUpdateStore);
4. cli: wall time of each ``kg query`` question through the CLI, and its ratio to a trivial
   ``kg sparql "ASK {}"`` through the same CLI (median of --cli-repeat runs; the goal is <= 1.5x).

``--build-only`` builds the graph from scratch and then once more with nothing changed, and prints
documents, triples, seconds, CPU seconds and peak RSS (of the build process and of its largest
worker) beside the load average: on a shared machine wall time says little without it.

``--limit N`` ingests a reproducible sample of N regulations (with the ASN texts and corpus) when a
loaded machine cannot afford all 5,875.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))
SHARED = REPO.parent / "shared"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _parse(path: Path) -> list | None:
    """The documents of one file, or None when it fails (counted here; ingest tests look at them)."""
    from ingest.pipeline import ingest_file

    try:
        return ingest_file(path)
    except Exception:  # noqa: BLE001
        return None


def phase_ingest(peraturan: Path, store_path: Path, limit: int | None = None, workers: int = 1) -> dict:
    from concurrent.futures import ProcessPoolExecutor

    from kg.corpus import ingest_corpus
    from kg.store import Store

    if not peraturan.exists():
        peraturan.mkdir(parents=True)
        with tarfile.open(SHARED / "peraturan" / "data-peraturan.tar.gz") as tar:
            tar.extractall(peraturan, filter="data")
    store = Store(store_path)
    files = sorted(peraturan.rglob("*.md"))
    if limit is not None and limit < len(files):
        files = sorted(random.Random(0).sample(files, limit))
    files += sorted((SHARED / "corpus-raw").glob("*-*.md"))
    t0 = time.perf_counter()
    docs = errors = provisions = 0
    # Workers parse; this process alone writes the store, in file order.
    with ProcessPoolExecutor(workers) if workers > 1 else _Serial() as pool:
        for i, parsed in enumerate(pool.map(_parse, files, chunksize=4), 1):
            if parsed is None:
                errors += 1
            for d in parsed or []:
                store.put(d)
                store._cache.pop(d.id, None)
                docs += 1
                provisions += len(d.provisions)
            if i % 500 == 0:
                print(f"  ingest {i}/{len(files)}", file=sys.stderr, flush=True)
    ingest_corpus(REPO / "corpus", store)
    return {
        "files": len(files),
        "documents": docs,
        "provisions": provisions,
        "errors": errors,
        "seconds": round(time.perf_counter() - t0, 1),
        "peak_rss_mb": round(peak_mb()),
    }


class _Serial:
    """A pool of no workers: map in this process."""

    def map(self, fn, items, chunksize: int = 1):  # type: ignore[no-untyped-def]
        return map(fn, items)

    def __enter__(self) -> _Serial:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def phase_build(store_path: Path, workers: int | None = None) -> dict:
    from kg.graph.build import build_graph
    from kg.store import Store

    store = Store(store_path)
    report = build_graph(store, progress=True, shacl=False, workers=workers)
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "documents": len(store.ids()),
        "triples": report.triples,
        "graphs": report.graphs,
        "seconds": report.seconds,
        "cpu_seconds": round(me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime, 1),
        "cpu_seconds_main": round(me.ru_utime + me.ru_stime, 1),  # reading documents, loading N-Quads
        "rebuilt": len(report.rebuilt),
        "peak_rss_mb": round(peak_mb()),
        "peak_rss_worker_mb": round(kids.ru_maxrss / 1024),
        "load_average": [round(x, 1) for x in os.getloadavg()],
    }


def phase_shacl(store_path: Path, n: int = 30) -> dict:
    from kg.graph.build import document_triples, shacl_check
    from kg.store import Store

    store = Store(store_path)
    random.seed(7)
    ids = random.sample(store.ids(), min(n, len(store.ids())))
    t0 = time.perf_counter()
    triples = bad = 0
    for doc_id in ids:
        tr = document_triples(store.get(doc_id), "x")
        triples += len(tr)
        ok, _ = shacl_check(tr)
        bad += not ok
    dt = time.perf_counter() - t0
    return {"graphs": len(ids), "triples": triples, "seconds": round(dt, 1), "non_conforming": bad}


def _timed(fn, repeat: int) -> dict:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1)}


def phase_queries(store_path: Path, sparql_url: str | None, repeat: int) -> dict:
    from kg.graph import queries
    from kg.graph.rdfstore import open_graph_store
    from kg.graph.versions import status, text_at
    from kg.store import Store

    store = Store(store_path)
    gs = open_graph_store(store, sparql_url)
    act = "PNS using state facilities in a campaign"
    cases = {
        "sanctions(act)": lambda: queries.sanctions(store, act=act, gs=gs),
        "sanctions(provision)": lambda: queries.sanctions(store, provision="pp-94-2021/pasal-5", gs=gs),
        "authority_chain": lambda: queries.authority_chain(store, act, gs=gs),
        "amendment_table(uu-1-2015)": lambda: queries.amendment_table(store, "uu-1-2015", gs=gs),
        "citations(pp-94-2021/pasal-5)": lambda: queries.citations(store, "pp-94-2021/pasal-5", gs=gs),
        "case_neighbourhood": lambda: queries.case_neighbourhood(store, "case:bengkulu-dinkes-2024", gs=gs),
        "text_at(uu-1-2015/pasal-70)": lambda: text_at(store, "uu-1-2015/pasal-70", date(2016, 1, 1), gs=gs),
        "status(uu-5-2014/pasal-87)": lambda: status(store, "uu-5-2014/pasal-87", date(2024, 1, 1), gs=gs),
        "run_sparql(count by class)": lambda: queries.run_sparql(
            store, "SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c", gs=gs
        ),
    }
    out = {}
    for name, fn in cases.items():
        try:
            t0 = time.perf_counter()
            fn()  # warm-up (and a check that it answers): what it costs before the store's memo holds it
            first = round((time.perf_counter() - t0) * 1000, 1)
            runs = repeat if "run_sparql" not in name else max(3, repeat // 5)
            out[name] = {"first_ms": first, **_timed(fn, runs)}
        except Exception as exc:  # noqa: BLE001 — report, keep measuring the others
            out[name] = {"error": f"{type(exc).__name__}: {exc}"[:200]}
    gs.close()
    return out


CLI_QUESTIONS = {
    "sanctions (free text)": ["query", "sanctions", "PNS menggunakan fasilitas negara dalam kampanye"],
    "sanctions (provision)": ["query", "sanctions", "pp-94-2021/pasal-5"],
    "authority": ["query", "authority", "PNS menggunakan fasilitas negara dalam kampanye"],
    "amendments": ["query", "amendments", "uu-1-2015"],
    "citations": ["query", "citations", "pp-94-2021/pasal-5"],
    "case": ["query", "case", "case:bengkulu-dinkes-2024"],
}


def phase_cli(store_path: Path, repeat: int) -> dict:
    """Each `kg query` question through the CLI against a trivial ASK through the same CLI.

    Runs are interleaved (ASK, q1, q2, ... and again) so that a load swing on a shared machine hits all
    commands alike; wall time and CPU time (user + system of the child) are medians over the rounds.
    """
    commands = {"ask": ["sparql", "ASK {}"], **CLI_QUESTIONS}
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, args in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run(
                ["kg", *args, "--store", str(store_path)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )
            wall[name].append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    ask_wall, ask_cpu = statistics.median(wall["ask"]), statistics.median(cpu["ask"])
    out: dict = {"ask": {"wall_s": round(ask_wall, 2), "cpu_s": round(ask_cpu, 2)}}
    for name in CLI_QUESTIONS:
        w, c = statistics.median(wall[name]), statistics.median(cpu[name])
        out[name] = {
            "wall_s": round(w, 2),
            "cpu_s": round(c, 2),
            "x_ask_wall": round(w / ask_wall, 2),
            "x_ask_cpu": round(c / ask_cpu, 2),
        }
    return out


def child(phase: str, *args: str) -> dict:
    """Run one phase in a fresh interpreter so peak memory is that phase's own."""
    proc = subprocess.run(
        [sys.executable, __file__, "--phase", phase, *args], stdout=subprocess.PIPE, text=True, check=True
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--peraturan", type=Path, default=Path("/tmp/peraturan"))
    ap.add_argument("--work", type=Path, default=Path("/tmp/kg-bench"))
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--rebuild", action="store_true", help="Drop the graph and build it again.")
    ap.add_argument("--limit", type=int, help="Ingest a reproducible sample of this many regulations.")
    ap.add_argument("--cli-repeat", type=int, default=5, help="Runs of each `kg query` through the CLI.")
    ap.add_argument("--no-server", action="store_true", help="Skip the Oxigraph server measurements.")
    ap.add_argument("--cli-only", action="store_true", help="Only the `kg query` against ASK measurement.")
    ap.add_argument("--build-only", action="store_true", help="Only build the graph, from scratch.")
    ap.add_argument("--workers", type=int, help="Build worker processes (default: auto).")
    ap.add_argument("--ingest-workers", type=int, default=1, help="Processes parsing files at ingest.")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--url", help=argparse.SUPPRESS)
    a = ap.parse_args()
    store_path = a.work / "store"
    if a.phase:
        result = {
            "ingest": lambda: phase_ingest(a.peraturan, store_path, a.limit, a.ingest_workers),
            "build": lambda: phase_build(store_path, a.workers),
            "shacl": lambda: phase_shacl(store_path),
            "queries": lambda: phase_queries(store_path, a.url, a.repeat),
        }[a.phase]()
        print(json.dumps(result))
        return

    figures: dict = {}
    if a.cli_only:
        print(json.dumps({"cli_vs_ask": phase_cli(store_path, a.cli_repeat)}, indent=2))
        return
    if not (store_path / "documents").exists():
        print("ingest ...", file=sys.stderr)
        limit = ["--limit", str(a.limit)] if a.limit else []
        figures["ingest"] = child(
            "ingest", "--peraturan", str(a.peraturan), "--work", str(a.work),
            "--ingest-workers", str(a.ingest_workers), *limit,
        )
    workers = ["--workers", str(a.workers)] if a.workers else []
    if a.build_only or a.rebuild or not (store_path / "graph").exists():
        shutil.rmtree(store_path / "graph", ignore_errors=True)
        print("build ...", file=sys.stderr)
        figures["build"] = child("build", "--work", str(a.work), *workers)
    if a.build_only:
        print("build again, nothing changed ...", file=sys.stderr)
        figures["rebuild_unchanged"] = child("build", "--work", str(a.work), *workers)
        print(json.dumps(figures, indent=2))
        return
    print("shacl sample ...", file=sys.stderr)
    figures["shacl_sample"] = child("shacl", "--work", str(a.work))
    print("queries (embedded) ...", file=sys.stderr)
    figures["queries_embedded"] = child("queries", "--work", str(a.work), "--repeat", str(a.repeat))
    print("kg query through the CLI, against kg sparql ASK ...", file=sys.stderr)
    figures["cli_vs_ask"] = phase_cli(store_path, a.cli_repeat)
    if a.no_server:
        print(json.dumps(figures, indent=2))
        return

    from graph_fixtures import free_port, stop

    port = free_port()
    server = subprocess.Popen(
        [
            "oxigraph",
            "serve-read-only",
            "--location",
            str(store_path / "graph"),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",  # as `kg serve sparql` does, so raw queries see every graph
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(2)
        print("queries (oxigraph server) ...", file=sys.stderr)
        figures["queries_server"] = child(
            "queries", "--work", str(a.work), "--repeat", str(a.repeat), "--url", f"http://127.0.0.1:{port}"
        )
    finally:
        stop(server)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
