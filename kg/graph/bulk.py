"""Writing many named graphs fast: N-Quads in large bulk loads, from triples made in worker processes.

``GraphWriter`` takes one graph at a time. The embedded store gets them in batches: the batch's old
graphs are dropped (one transaction), their triples bulk-loaded (fast, but not a transaction), then
their ``kga:sourceHash`` triples added (one transaction). A graph carries its hash only once it is
complete, so a build killed half-way leaves some graphs without a hash, and the next build drops and
rebuilds exactly those. A small batch (an incremental build of a few documents) goes in as one
transaction instead. A SPARQL server gets one transactional update per graph.

``document_nquads`` turns documents into N-Quads (and SHACL verdicts) one at a time, in this process
or in worker processes: a few documents per task, a bounded number of tasks in flight, results in the
order asked, so memory stays flat however many documents there are.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any

from rdflib.term import Node

from kg.graph.rdfstore import GraphStore, NQuads, graph_nquads
from kg.store import Store

Triple = tuple[Node, Node, Node]
Verdict = tuple[bool, list[str]] | None  # a SHACL result, or None when validation is off
MakeTriples = Callable[[Any, str], list[Triple]]  # (document, source hash) -> triples
Check = Callable[[list[Triple]], tuple[bool, list[str]]]

BATCH_BYTES = 16 * 2**20  # few loads (each writes new files) yet a flat memory
ATOMIC_BYTES = 4 * 2**20  # a batch this small goes in as one transaction
DOCS_PER_TASK = 8  # a task per document costs more in pickling and scheduling than a small one takes
PARALLEL_MIN = 100  # fewer documents than this are not worth starting worker processes for


class GraphWriter:
    """Replaces named graphs in a store; use as a context manager so the last batch is written."""

    def __init__(self, gs: GraphStore, batch_bytes: int = BATCH_BYTES):
        self.gs = gs
        self.batch_bytes = batch_bytes
        self._existing = gs.named_graph_ids() if gs.kind == "embedded" else set()
        self._pending: list[NQuads] = []
        self._size = 0

    def write(self, source_id: str, triples: list[Triple]) -> None:
        """Replace one graph by these triples."""
        self.add(graph_nquads(source_id, triples))

    def add(self, nq: NQuads) -> None:
        """Replace one graph by its N-Quads: at once on a server, in a batch in the embedded store."""
        if self.gs.kind != "embedded":
            self.gs.replace_nquads(nq)
            return
        self._pending.append(nq)
        self._size += len(nq.body) + len(nq.marks)
        if self._size >= self.batch_bytes:
            self.flush()

    def flush(self) -> None:
        """Write the pending graphs."""
        batch, self._pending, self._size = self._pending, [], 0
        if not batch:
            return
        ids = [nq.source_id for nq in batch]
        # Graphs without a hash count too: they are what a killed build left half-loaded.
        self.gs.drop_graphs(i for i in ids if i in self._existing)
        body = "".join(nq.body for nq in batch)
        marks = "".join(nq.marks for nq in batch)
        if len(body) + len(marks) <= ATOMIC_BYTES:
            self.gs.load_nquads(body + marks)
        else:
            self.gs.load_nquads(body, atomic=False)
            self.gs.load_nquads(marks)
        self._existing.update(ids)

    def __enter__(self) -> GraphWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        # Also after an error: the graphs finished before it are complete and worth keeping.
        self.flush()


def _nquads_of(
    store: Store, todo: list[tuple[str, str]], make: MakeTriples, check: Check | None
) -> list[tuple[NQuads, Verdict]]:
    out = []
    for doc_id, source_hash in todo:
        triples = make(store.get(doc_id), source_hash)
        store._cache.pop(doc_id, None)  # one document in memory at a time
        out.append((graph_nquads(doc_id, triples), check(triples) if check else None))
    return out


def _task(
    store_path: str, todo: list[tuple[str, str]], make: MakeTriples, check: Check | None
) -> list[tuple[NQuads, Verdict]]:
    return _nquads_of(Store(Path(store_path)), todo, make, check)


def default_workers(documents: int) -> int:
    """Worker processes worth starting for this many documents (1: none, work in this process)."""
    return min(2, multiprocessing.cpu_count()) if documents >= PARALLEL_MIN else 1


def document_nquads(
    store: Store,
    todo: list[tuple[str, str]],
    make: MakeTriples,
    check: Check | None = None,
    workers: int = 1,
) -> Iterator[tuple[NQuads, Verdict]]:
    """Each (document id, source hash) of ``todo`` as N-Quads of its graph, with its SHACL verdict, in order.

    ``make`` and ``check`` must be module-level functions when ``workers`` > 1 (they are pickled).
    """
    if workers <= 1 or len(todo) < 2:
        for item in todo:
            yield from _nquads_of(store, [item], make, check)
        return
    groups = iter([todo[i : i + DOCS_PER_TASK] for i in range(0, len(todo), DOCS_PER_TASK)])
    # fork, not spawn: spawn re-runs the caller's main script, which a script without a main guard
    # (or Streamlit's) does not survive. The forked workers never touch the parent's open Oxigraph
    # store and leave by os._exit, so its RocksDB threads, absent in them, are never missed.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        inflight: deque[Future[list[tuple[NQuads, Verdict]]]] = deque()
        try:
            for group in groups:
                inflight.append(pool.submit(_task, str(store.path), group, make, check))
                if len(inflight) >= 2 * workers:  # bounded: results never pile up in memory
                    yield from inflight.popleft().result()
            while inflight:
                yield from inflight.popleft().result()
        finally:
            for f in inflight:
                f.cancel()
