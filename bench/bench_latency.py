"""Search latency (p50/p95, warm) and memory at 10k, 100k and 1M units, beside bm25s alone.

Units are real Pasal-sized chunks of the UU/PP texts in ../shared/peraturan (unpack the archive to
/tmp/peraturan first, or pass --corpus); beyond the number of real chunks the score matrix and the
vectors are replicated (postings tiled with a document offset; vectors tiled with small noise), which
keeps BM25 scores and the faiss work per query realistic without re-analysing a million texts.

Measured per query, warm: analysis + weighted BM25 + top-k (lexical), faiss search on a query vector
(dense: exact flat index up to APPROX_THRESHOLD, IVF above), and the hybrid path (both + weighted RRF).
bm25s alone = ``BM25.retrieve`` on the same matrix with its own numpy backend. Query *encoding* by
the transformer is timed separately, since it does not depend on corpus size.

    python bench/bench_latency.py [--corpus /tmp/peraturan] [--sizes 10000,100000,1000000] [--queries 200]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import resource
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.search.analyzer import Analyzer  # noqa: E402
from kg.search.dense import APPROX_THRESHOLD, DenseIndex  # noqa: E402
from kg.search.fusion import FusionParams, fuse, ranked  # noqa: E402
from kg.search.lexical import LexicalIndex  # noqa: E402

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
_PASAL = re.compile(r"(?:^|\n|(?<=\. ))Pasal\s+\d+[A-Z]?\s*(?=\n|\()")


def rss_mb() -> float:
    """Current resident memory of this process in MB (from /proc)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def real_chunks(corpus: Path, limit: int) -> list[str]:
    """Pasal-sized chunks of real regulation texts (split at Pasal headings), up to limit."""
    out: list[str] = []
    for f in sorted(corpus.rglob("*.md")):
        text = f.read_text(encoding="utf-8", errors="replace")
        cut = text.find("PENJELASAN")
        body = text[:cut] if cut > 0 else text
        for piece in _PASAL.split(body):
            piece = piece.strip()
            if 40 <= len(piece):
                out.append(piece[:4000])
                if len(out) >= limit:
                    return out
    return out


def queries(n: int) -> list[str]:
    qs = [json.loads(line)["text"] for line in (HERE / "asn_queries.jsonl").open(encoding="utf-8")]
    kuh = SHARED / "kuhperdata" / "humanized" / "queries_train.jsonl"
    if kuh.exists():
        for line in kuh.open(encoding="utf-8"):
            if len(qs) >= n:
                break
            qs.append(json.loads(line)["text"])
    return qs[:n]


class _Scores:
    """A stand-in bm25s retriever holding (possibly tiled) score arrays."""

    def __init__(self, data, indices, indptr, num_docs, vocab):
        self.scores = {"data": data, "indices": indices, "indptr": indptr, "num_docs": num_docs}
        self.vocab_dict = vocab


def tile_lexical(base: LexicalIndex, copies: int) -> LexicalIndex:
    """The same postings repeated `copies` times with document offsets (a corpus copies x larger)."""
    if copies == 1:
        return base
    n = base.num_docs
    lengths = np.diff(base.indptr).astype(np.int64)
    term_of = np.repeat(np.arange(len(lengths)), lengths)
    idx = np.concatenate([base.indices.astype(np.int64) + r * n for r in range(copies)])
    data = np.concatenate([base.data] * copies)
    terms = np.concatenate([term_of] * copies)
    order = np.argsort(terms, kind="stable")
    indptr = np.concatenate([[0], np.cumsum(lengths * copies)])
    retr = _Scores(data[order], idx[order].astype(np.int32), indptr, n * copies, base.vocab)
    return LexicalIndex(retr, base.analyzer)


def tile_vectors(v: np.ndarray, copies: int, rng) -> np.ndarray:
    if copies == 1:
        return v
    out = np.concatenate([v + rng.normal(0, 0.02, v.shape).astype(np.float32) for _ in range(copies)])
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out.astype(np.float32)


def pct(xs: list[float], p: float) -> float:
    return float(np.percentile(np.array(xs) * 1000, p))


def bench_size(n: int, base_lex: LexicalIndex, base_vecs: np.ndarray, base_n: int, qs, qvecs, bm25s_ret, rng):
    copies = max(1, n // base_n)
    gc.collect()
    before = rss_mb()
    t0 = time.perf_counter()
    lex = tile_lexical(base_lex, copies)
    vecs = tile_vectors(base_vecs, copies, rng)[:n] if copies > 1 else base_vecs[:n]
    dense = DenseIndex.build(vecs)
    build = time.perf_counter() - t0
    lex_mb = (lex.data.nbytes + lex.indices.nbytes + lex.indptr.nbytes) / 2**20
    dense_mb = vecs.nbytes / 2**20
    params = FusionParams()
    times = {"bm25s": [], "lexical": [], "dense": [], "hybrid": []}
    # bm25s alone on the same (tiled) matrix
    import copy

    import bm25s

    ret = copy.copy(base_lex.retriever)  # a real bm25s.BM25, pointed at the (tiled) matrix
    ret.scores = lex.retriever.scores
    tokenized = [lex.analyzer.terms(q) or [""] for q in qs]
    for rep in range(2):  # first pass warms caches, second is timed
        for q, toks, qv in zip(qs, tokenized, qvecs, strict=True):
            t = time.perf_counter()
            known = [w for w in toks if w in lex.vocab] or [next(iter(lex.vocab))]
            ids = [[lex.vocab[w] for w in known]]
            ret.retrieve(ids, k=10, show_progress=False, n_threads=1)
            t1 = time.perf_counter()
            terms = lex.query_terms(q)
            rows, _ = lex.search(terms, 100)
            t2 = time.perf_counter()
            drows, _ = dense.search(qv, 100)
            t3 = time.perf_counter()
            top = ranked(fuse({"lexical": list(rows), "dense": list(drows)}, params), 10)
            t4 = time.perf_counter()
            if rep:
                times["bm25s"].append(t1 - t)
                times["lexical"].append(t2 - t1)
                times["dense"].append(t3 - t2)
                times["hybrid"].append(t4 - t1)
            del top
    after = rss_mb()
    del bm25s
    res = {
        "units": n,
        "dense_index": dense.kind,
        "build_s": round(build, 1),
        "lexical_mb": round(lex_mb, 1),
        "dense_mb": round(dense_mb, 1),
        "rss_delta_mb": round(after - before, 1),
    }
    for name, xs in times.items():
        res[f"{name}_p50_ms"] = round(pct(xs, 50), 2)
        res[f"{name}_p95_ms"] = round(pct(xs, 95), 2)
    del lex, dense, vecs
    gc.collect()
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/peraturan"))
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--real", type=int, default=100_000, help="real chunks to analyse before replicating")
    ap.add_argument("--dim", type=int, default=384)
    ap.add_argument("--model", default="e5-small", help="encoder whose query-encoding time is reported")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(
            f"error: {args.corpus} not found: tar xzf ../shared/peraturan/data-peraturan.tar.gz -C /tmp",
            file=sys.stderr,
        )
        return 2
    sizes = [int(s) for s in args.sizes.split(",")]
    rng = np.random.default_rng(7)
    t0 = time.perf_counter()
    texts = real_chunks(args.corpus, min(args.real, max(sizes)))
    print(
        f"{len(texts)} real Pasal-sized units from {args.corpus} in {time.perf_counter() - t0:.1f}s",
        flush=True,
    )
    analyzer = Analyzer()
    t0 = time.perf_counter()
    base_lex = LexicalIndex.build(texts, analyzer)
    print(f"analysed + bm25s-indexed {len(texts)} units in {time.perf_counter() - t0:.1f}s", flush=True)
    # Vectors: random unit vectors stand in for embeddings (faiss work per query does not depend on
    # the content; without cluster structure IVF is, if anything, slower); e5 is timed for queries.
    from kg.search.encoders import load_encoder

    def unit_rows(n: int) -> np.ndarray:
        v = rng.standard_normal((n, args.dim), dtype=np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    base_vecs = unit_rows(len(texts))
    qs = queries(args.queries)
    qvecs = unit_rows(len(qs))
    import bm25s

    ret = bm25s.BM25()
    rows = []
    for n in sizes:
        base_n = len(texts)
        if n <= base_n:
            sub = LexicalIndex.build(texts[:n], analyzer) if n < base_n else base_lex
            r = bench_size(n, sub, base_vecs[:n], n, qs, qvecs, ret, rng)
        else:
            r = bench_size(n, base_lex, base_vecs, base_n, qs, qvecs, ret, rng)
        r["real_units"] = min(n, base_n)
        rows.append(r)
        print(json.dumps(r), flush=True)
    enc_ms = None
    try:
        enc = load_encoder(args.model)
        enc.encode_queries(qs[:5])
        ts = []
        for q in qs[:50]:
            t = time.perf_counter()
            enc.encode_queries([q])
            ts.append(time.perf_counter() - t)
        enc_ms = {"model": enc.name, "p50_ms": round(pct(ts, 50), 1), "p95_ms": round(pct(ts, 95), 1)}
    except Exception as exc:  # report, do not fail the size table
        enc_ms = {"model": args.model, "error": str(exc)}
    print("query encoding:", json.dumps(enc_ms))
    print(
        f"\n{'units':>9} {'index':>5} {'bm25s p50/p95':>15} {'lexical p50/p95':>16} {'dense p50/p95':>14} "
        f"{'hybrid p50/p95':>15} {'lex MB':>7} {'dense MB':>8} {'RSS+MB':>7}"
    )
    for r in rows:
        cells = [f"{r['units']:>9} {r['dense_index']:>5}"]
        for name, width in (("bm25s", 7), ("lexical", 8), ("dense", 6), ("hybrid", 7)):
            cells.append(f"{r[name + '_p50_ms']:>{width}.1f}/{r[name + '_p95_ms']:<7.1f}")
        cells.append(f"{r['lexical_mb']:>7.0f} {r['dense_mb']:>8.0f} {r['rss_delta_mb']:>7.0f}")
        print(" ".join(cells))
    print(
        f"(cores: {os.cpu_count()}; IVF above {APPROX_THRESHOLD} units; hybrid = lexical + dense + RRF, "
        "query encoding not included)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
