"""KUHPerdata statute retrieval (train split only): BM25, dense, today's fusion and learned rankers, by CV.

The train split is divided BY metadata.case_name (a hash of it) into 5 folds; fold 0 is the dev part,
the rest the learning part (`--cv 5` repeats this for every fold and pools the figures). Everything
learned (training-question memory, article counts, fusion weights, ranker) comes from the learning
part only. Each dev question is scored twice: as it is, and "held out" — with its own gold articles
treated as never gold in the learning part (memory and prior silent on them), which is what a
question about an article nobody asked about looks like. Rare subsets: questions whose gold articles
are each gold at most N times in the learning part (N = 0: never), printed as is / held out, and
"never-gold articles": every question citing at least one article never gold in the learning part,
scored on those articles alone (a larger sample of the same case). Each subset's size is printed.
Configurations: BM25 + Sastrawi, dense alone (with `--model`), today's fusion (weights under a
rare-article floor, kg.search.learn.fit) and the LightGBM ranker over candidates (kg.search.rank) for
each `--rankers` setting (RankParams fields: held-out-article copies, own-gold-held-out share, ridge
strength of the query adapter, kg.search.adapter; refit per fold on the learning part only).
With `--finetuned TAG` each fold's dense index and question vectors come from e5 with
its top layers fine-tuned on that fold's learning part (bench/bench_finetune.py --save-vectors, same
--cv); the learning part's own questions then get vectors from a model trained on them (in-sample).
`--routing` asks whether a gate could hand the questions about an article nobody asked about to the
text: which share of questions cite only never-gold articles, what an oracle routing exactly those to
BM25 or dense would score, and what routing the questions whose nearest training question is farthest
(lowest q_mem_max, the lowest p %) costs and gains (pooled over the folds, the last ranker setting).
Finally the store gets everything learned on the whole train split (`--no-final` skips that), so
`kg search --queries TEST --run OUT --store STORE` uses it. The held-out test split is never read.

    python bench/bench_kuhperdata.py [--store /tmp/kg-kuhperdata] [--model none|e5-small]
        [--splits humanized,summarized] [--rare 0,2,5] [--cv 5]
        [--rankers "holdout_copies=1,unseen_share=0.3;holdout_copies=1,unseen_share=0.3,adapter_lambda=10.0"]
        [--no-final] [--finetuned TAG] [--only-folds 0] [--routing]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.search.adapter import adapt, fit_ridge, passage_vectors  # noqa: E402
from kg.search.candidates import FEATURES, Structure, candidates, read_sections  # noqa: E402
from kg.search.engine import Searcher  # noqa: E402
from kg.search.evaluate import evaluate, per_query, read_qrels, read_queries  # noqa: E402
from kg.search.fusion import FusionParams, fuse, ranked  # noqa: E402
from kg.search.index import SearchIndexError, build_index, load_index, read_params  # noqa: E402
from kg.search.learn import (  # noqa: E402
    DEFAULT_GRID,
    adapted_vectors,
    fit,
    ranker_examples,
    save_learned,
    train_queries,
    training_examples,
)
from kg.search.rank import MODEL_FILE, RankParams  # noqa: E402
from kg.search.rank import train as train_ranker  # noqa: E402
from kg.store import Store  # noqa: E402

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "kuhperdata"
PUBLISHED = {  # humanized TEST split, from SOURCE.md (MRR@10 / Recall@10 / hit@10)
    "BM25": (0.060, 0.103, 0.15),
    "BGE-M3 dense": (0.093, 0.145, 0.20),
    "JNLP-style pipeline": (0.436, 0.602, None),
    "StructGNN": (0.518, 0.621, 0.77),
}


def make_store(path: Path, corpus: Path) -> Store:
    """Ingest corpus.jsonl (one BEIR document per line) unless the store already holds it."""
    st = Store(path)
    if len(st.ids()) >= 2000:
        return st
    try:
        from ingest.pipeline import read_beir_corpus

        docs = list(read_beir_corpus(corpus))
    except ImportError:  # the ingest pipeline is not importable here: read the lines directly
        from ingest.records import Document, SourceLocation

        docs = []
        for n, line in enumerate(corpus.open(encoding="utf-8"), start=1):
            r = json.loads(line)
            docs.append(
                Document(
                    id=str(r["_id"]),
                    kind="beir",
                    title=r.get("title") or str(r["_id"]),
                    body=r.get("text") or "",
                    metadata={"corpus": corpus.parent.name},
                    source=SourceLocation(file=str(corpus), line=n),
                )
            )
    for d in docs:
        st.put(d)
    return st


def fold_of(q, n: int = 5) -> int:
    """Which of n folds a question falls in, by a hash of its court case (fold 0 is the dev part)."""
    case = str(q.metadata.get("case_name") or q.id)
    return int(hashlib.sha256(case.encode()).hexdigest(), 16) % n


def is_dev(q) -> bool:
    return fold_of(q) == 0


def query_vectors(searcher: Searcher, texts: list[str], cache: Path) -> np.ndarray | None:
    """Query embeddings, cached beside the store (keyed by model and texts)."""
    if searcher.encoder is None:
        return None
    key = hashlib.sha256(("\n".join(texts) + searcher.encoder.name).encode()).hexdigest()[:16]
    f = cache / f"qvec-{key}.npy"
    if f.exists():
        return np.load(f)
    t0 = time.perf_counter()
    v = searcher.encoder.encode_queries(texts, show_progress=False)
    print(f"  encoded {len(texts)} queries in {time.perf_counter() - t0:.0f}s", flush=True)
    cache.mkdir(parents=True, exist_ok=True)
    np.save(f, v)
    return v


# The corner of kg.search.learn.DEFAULT_GRID where its weights landed on KUHPerdata (w_memory 4, k 10,
# lexical 0.5-1, prior 0-0.5, discount 0-0.25): the whole grid took 26 min a fold on the loaded machine.
SMALL_GRID = {
    "w_lexical": (0.5, 1.0),
    "w_dense": (0.0,),
    "w_memory": (4.0,),
    "w_prior": (0.0, 0.5),
    "k": (10.0,),
    "lexical_every": (0,),
    "memory_discount": (0.25,),  # won on humanized dev fold 0; each further discount costs a pass of lists
}


def fusion_run(searcher, qs, vecs, params: FusionParams, hide_gold=None) -> dict[str, list[str]]:
    """Today's fusion over the index's memory and prior; `hide_gold` (qid -> ids) silences both on them."""
    ix = searcher.index
    ix.fusion = replace(params, w_memory=params.w_memory if ix.memory else 0.0)
    prior_rows = searcher.prior_rows() if ix.prior else {}
    out = {}
    for i, q in enumerate(qs):
        qv = vecs[i] if vecs is not None else None
        lists = searcher.candidate_lists(q.text, qv)
        prior = prior_rows
        if hide_gold is not None:
            hidden = {ix.rows_of_id[g][0] for g in hide_gold[q.id] if g in ix.rows_of_id}
            lists["memory"] = [r for r in lists.get("memory", []) if r not in hidden]
            prior = {r: v for r, v in prior_rows.items() if r not in hidden}
        out[q.id] = [ix.units[r].id for r, _ in ranked(fuse(lists, ix.fusion, prior), 10)]
    return out


def dev_candidates(searcher, structure, qs, vecs, config, hide_gold=None, adapted=None) -> list:
    """Each dev question's candidates (computed once a fold, shared by every ranker compared)."""
    out = []
    for i, q in enumerate(qs):
        qv = vecs[i] if vecs is not None else None
        hide = set(hide_gold[q.id]) if hide_gold is not None else frozenset()
        aq = adapted[i] if adapted is not None else None
        out.append(candidates(searcher, structure, q.text, config, qv, hide=hide, aqvec=aq))
    return out


def fold_views(searcher, structure, fit_train, fit_vecs, dev_qs, dev_vecs, dev_qrels, rp) -> dict:
    """A fold's training examples and dev candidates for one query-adapter setting.

    Training questions get out-of-fold adapted vectors (kg.search.learn.adapted_vectors). Dev questions
    as they are use the adapter fit on the whole learning part, as a test question would; held out,
    one fit without any dev gold article as a target, as if nobody had asked about them."""
    adapted, adapter = adapted_vectors(searcher, fit_train, fit_vecs, rp.adapter_lambda)
    dev_a = dev_h = None
    if adapter is not None:
        rows_of = searcher.index.rows_of_id
        banned = {rows_of[d][0] for g in dev_qrels.values() for d in g if d in rows_of}
        golds = [[rows_of[g][0] for g in t.gold if rows_of[g][0] not in banned] for t in fit_train]
        passages = passage_vectors(searcher.index.dense)
        dev_a = adapt(dev_vecs, adapter)
        dev_h = adapt(dev_vecs, fit_ridge(fit_vecs, golds, passages, rp.adapter_lambda))
    c = rp.candidates
    return {
        "adapted": adapted,
        "made": {},
        "normal": ranker_examples(searcher, structure, fit_train, c, fit_vecs, adapted=adapted),
        "dev": dev_candidates(searcher, structure, dev_qs, dev_vecs, c, adapted=dev_a),
        "held": dev_candidates(searcher, structure, dev_qs, dev_vecs, c, hide_gold=dev_qrels, adapted=dev_h),
    }


def ranker_run(searcher, ranker, qs, cands) -> dict[str, list[str]]:
    """The ranker's top 10 for each question over its candidates."""
    out = {}
    for q, c in zip(qs, cands, strict=True):
        order = np.argsort(-ranker.score(c), kind="stable")[:10]
        out[q.id] = [searcher.index.units[int(c.rows[j])].id for j in order]
    return out


def rare_sets(qrels: dict, counts: Counter, levels) -> dict[int, dict]:
    """For each level n: the questions whose gold articles are each gold at most n times in `counts`."""
    return {n: {q: g for q, g in qrels.items() if all(counts[d] <= n for d in g)} for n in levels}


def new_articles(qrels: dict, counts: Counter) -> dict:
    """The questions citing at least one article never gold in `counts`, with only those as relevant:
    a larger sample of "an article nobody asked about" than the questions citing nothing else."""
    sub = {q: {d: v for d, v in g.items() if counts[d] == 0} for q, g in qrels.items()}
    return {q: g for q, g in sub.items() if g}


def summary(runs, held_runs, qrels, rare, unasked) -> dict:
    r = evaluate(runs, qrels)
    r["held"] = evaluate(held_runs, qrels)["MRR@10"]
    r["unasked"] = evaluate(runs, unasked)["MRR@10"] if unasked else 0.0
    r["held unasked"] = evaluate(held_runs, unasked)["MRR@10"] if unasked else 0.0
    r["n_unasked"] = len(unasked)
    for n, sub in rare.items():
        r[f"rare<={n}"] = evaluate(runs, sub)["MRR@10"] if sub else 0.0
        r[f"held rare<={n}"] = evaluate(held_runs, sub)["MRR@10"] if sub else 0.0
        r[f"n_rare<={n}"] = len(sub)
    r["n"] = len(qrels)
    return r


ROUTED_SHARES = (1, 2, 5, 10)  # percent of questions, lowest memory similarity first


def routing_rows(qrels: dict, counts: Counter, ranker_runs: dict, text_runs: dict, cands: list, qs) -> list:
    """Per dev question: never-gold or not, the memory's best similarity, RR@10 of the ranker and of each
    text run (the material of `routing_report`)."""
    col = FEATURES.index("q_mem_max")
    rr = {name: per_query(runs, qrels) for name, runs in {"ranker": ranker_runs, **text_runs}.items()}
    return [
        {
            "never": all(counts[d] == 0 for d in qrels[q.id]),
            "mem": float(c.features[0, col]) if len(c.rows) else 0.0,
            **{name: per[q.id]["mrr"] if q.id in per else 0.0 for name, per in rr.items()},
        }
        for q, c in zip(qs, cands, strict=True)
    ]


def routing_report(rows: list, text_names: list[str]) -> None:
    """Print what handing questions to a text run instead of the ranker would gain and cost."""
    never = [r for r in rows if r["never"]]
    if not rows or not never:
        return

    def mean(rs, key):
        return sum(r[key] for r in rs) / max(len(rs), 1)

    print(
        f"  routing: {len(never)} of {len(rows)} questions cite only never-gold articles; "
        f"ranker MRR@10 {mean(rows, 'ranker'):.3f} (never-gold questions {mean(never, 'ranker'):.3f})"
    )
    cut = sorted(r["mem"] for r in rows)
    for name in text_names:
        oracle = [r[name] if r["never"] else r["ranker"] for r in rows]
        print(
            f"    to {name}: oracle (exactly the never-gold questions) {sum(oracle) / len(rows):.3f} "
            f"(never-gold {mean(never, name):.3f})"
        )
        for p in ROUTED_SHARES:
            t = cut[max(0, int(len(cut) * p / 100) - 1)]
            routed = [r["mem"] <= t for r in rows]
            got = [r[name] if go else r["ranker"] for r, go in zip(rows, routed, strict=True)]
            hit = sum(1 for r, go in zip(rows, routed, strict=True) if go and r["never"])
            ng = [g for g, r in zip(got, rows, strict=True) if r["never"]]
            print(
                f"      lowest {p:>2} % by memory similarity ({sum(routed)} q, {hit} never-gold): "
                f"all {sum(got) / len(rows):.3f}, never-gold {sum(ng) / len(ng):.3f}"
            )


def line(name: str, r: dict, levels) -> str:
    rare = "  ".join(
        f"rare<={n} ({r[f'n_rare<={n}']}q) {r[f'rare<={n}']:.3f}/{r[f'held rare<={n}']:.3f}" for n in levels
    )
    return (
        f"  {name:<34} MRR@10 {r['MRR@10']:.3f}  R@10 {r['Recall@10']:.3f}  hit@10 {r['hit@10']:.3f}"
        f"  | held-out articles MRR@10 {r['held']:.3f} | as is/held out: {rare}"
        f"  never-gold articles ({r['n_unasked']}q) {r['unasked']:.3f}/{r['held unasked']:.3f}"
    )


def finetuned_fold(searcher: Searcher, split: str, qs, cache: Path, tag: str, n_folds: int, fold: int):
    """Install fold `fold`'s fine-tuned passage vectors (bench/bench_finetune.py --save-vectors) as the
    dense index and return the split's question vectors from the same model, in the order of `qs`."""
    from kg.search.dense import DenseIndex

    f = cache / f"ft-vectors-{tag}-{n_folds}-{fold}.npz"
    if not f.exists():
        raise SystemExit(f"{f} not found: run bench/bench_finetune.py --folds {n_folds} --save-vectors first")
    with np.load(f) as d:
        if [str(x) for x in d["ids"]] != [u.id for u in searcher.index.units]:
            raise SystemExit(f"{f} was made over another store's articles")
        row = {str(k): i for i, k in enumerate(d["keys"])}
        searcher.index.dense = DenseIndex.build(d["passages"])
        # A question the fine-tune did not see (no gold article in the index) keeps no vector: zeros.
        out = np.zeros((len(qs), d["queries"].shape[1]), dtype=np.float32)
        for i, q in enumerate(qs):
            if f"{split}:{q.id}" in row:
                out[i] = d["queries"][row[f"{split}:{q.id}"]]
    return out


def bench_split(
    searcher: Searcher, structure, split: str, levels, cache: Path, cv: int, rankers, full_grid,
    finetuned: str | None = None, only: tuple[int, ...] = (), routing: bool = False,
):  # fmt: skip
    qs = read_queries(SHARED / split / "queries_train.jsonl")
    qrels = read_qrels(SHARED / split / "qrels_train.tsv")
    qs = [q for q in qs if q.id in qrels]
    known = set(searcher.index.rows_of_id)
    vecs_all = query_vectors(searcher, [q.text for q in qs], cache)
    pos = {q.id: i for i, q in enumerate(qs)}
    grid = dict(DEFAULT_GRID) if full_grid else dict(SMALL_GRID)
    if searcher.encoder is None:
        grid["w_dense"] = (0.0,)
    folds = range(cv) if cv > 1 else [0] if cv == 0 else []
    folds = [f for f in folds if f in only] if only else folds
    n_folds = cv if cv > 1 else 5
    print(
        f"\n== {split}: {len(qs)} train queries; "
        + ("no CV" if cv < 0 else "dev = fold 0 of 5" if cv <= 1 else f"{cv} folds")
    )
    pooled: dict[str, dict[str, list]] = {}
    routed: list[dict] = []
    text_names: list[str] = []
    base_dense = searcher.index.dense
    for f in folds:
        if finetuned:
            vecs_all = finetuned_fold(searcher, split, qs, cache, finetuned, n_folds, f)
        fit_qs = [q for q in qs if fold_of(q, n_folds) != f]
        dev_qs = [q for q in qs if fold_of(q, n_folds) == f]
        dev_vecs = vecs_all[[pos[q.id] for q in dev_qs]] if vecs_all is not None else None
        dev_qrels = {q.id: qrels[q.id] for q in dev_qs}
        fit_train = train_queries(fit_qs, qrels, known)
        counts = Counter(g for t in fit_train for g in t.gold)
        rare, unasked = rare_sets(dev_qrels, counts, levels), new_articles(dev_qrels, counts)
        print(f" fold {f}: learn on {len(fit_qs)} questions, evaluate on {len(dev_qs)} (split by case_name)")
        t0 = time.perf_counter()
        fit_vecs = vecs_all[[pos[t.qid] for t in fit_train]] if vecs_all is not None else None
        params, memory, prior, loo = fit(
            searcher, fit_train, grid=grid, note=f"{split} learning part", vectors=fit_vecs, ranker=False
        )
        took = time.perf_counter() - t0
        print(f"  fusion learned in {took:.0f}s: {json.dumps(_short(params))}", flush=True)
        ix = searcher.index
        results = []
        lexical = replace(FusionParams(), w_dense=0, w_expansion=0)
        saved = ix.memory, ix.prior
        ix.memory, ix.prior = None, {}
        bm25 = fusion_run(searcher, dev_qs, dev_vecs, lexical)
        results.append(("BM25 + Sastrawi", bm25, bm25))
        if searcher.encoder is not None:
            dense = fusion_run(searcher, dev_qs, dev_vecs, replace(lexical, w_lexical=0.0, w_dense=1.0))
            results.append((f"dense ({searcher.encoder.name})", dense, dense))
        ix.memory, ix.prior = saved
        results.append(
            (
                "today's fusion (rare floor)",
                fusion_run(searcher, dev_qs, dev_vecs, params),
                fusion_run(searcher, dev_qs, dev_vecs, params, hide_gold=dev_qrels),
            )
        )
        base = RankParams()
        by_lambda: dict[float, dict] = {}  # examples and candidates depend on the query adapter only
        for setting in rankers:
            t0 = time.perf_counter()
            rp = replace(base, **setting)
            if rp.adapter_lambda not in by_lambda:
                by_lambda[rp.adapter_lambda] = fold_views(
                    searcher, structure, fit_train, fit_vecs, dev_qs, dev_vecs, dev_qrels, rp
                )
            v = by_lambda[rp.adapter_lambda]
            examples = training_examples(
                searcher, structure, fit_train, rp, fit_vecs, v["normal"], v["made"], v["adapted"]
            )
            ranker = train_ranker(examples, rp)
            name = "ranker " + ", ".join(f"{k} {v}" for k, v in setting.items())
            runs = ranker_run(searcher, ranker, dev_qs, v["dev"])
            results.append((name, runs, ranker_run(searcher, ranker, dev_qs, v["held"])))
            print(f"  {name}: trained in {time.perf_counter() - t0:.0f}s", flush=True)
        if routing and rankers:
            texts = {n: r for n, r, _ in results if n.startswith(("BM25", "dense"))}
            text_names = list(texts)
            routed.extend(routing_rows(dev_qrels, counts, results[-1][1], texts, v["dev"], dev_qs))
        for name, runs, held in results:
            r = summary(runs, held, dev_qrels, rare, unasked)
            print(line(name, r, levels), flush=True)
            acc = pooled.setdefault(name, {})
            rare_keys = [f"{h}rare<={n}" for n in levels for h in ("", "held ")]
            for key in ("MRR@10", "Recall@10", "hit@10", "held", *rare_keys, "unasked", "held unasked"):
                weight = r.get(f"n_{key.removeprefix('held ')}", r["n"])
                acc.setdefault(key, []).append((r[key], weight))
            for n in levels:
                acc.setdefault(f"n_rare<={n}", []).append((r[f"n_rare<={n}"], 1))
            acc.setdefault("n", []).append((r["n"], 1))
            acc.setdefault("n_unasked", []).append((r["n_unasked"], 1))
    searcher.index.dense = base_dense
    if cv > 1 and pooled:
        print(
            f" {cv}-fold cross-validation by case_name, folds {list(folds)} "
            "(means weighted by questions; rare counts summed):"
        )
        for name, acc in pooled.items():
            r = {}
            for key, vals in acc.items():
                if key.startswith("n"):
                    r[key] = sum(v for v, _ in vals)
                else:
                    r[key] = sum(v * w for v, w in vals) / max(sum(w for _, w in vals), 1)
            print(line(name, r, levels))
    if routing:
        routing_report(routed, text_names)
    print("  published, humanized TEST split (not comparable one-to-one: ours is a dev part of train):")
    for name, (m, r, h) in PUBLISHED.items():
        print(f"    {name:<22} MRR@10 {m:.3f}  R@10 {r:.3f}" + (f"  hit@10 {h:.2f}" if h is not None else ""))
    all_train = train_queries(qs, qrels, known)
    all_vecs = vecs_all[[pos[t.qid] for t in all_train]] if vecs_all is not None else None
    # Question ids repeat across splits: prefix them so the final memory keeps both.
    return [replace(t, qid=f"{split}:{t.qid}") for t in all_train], all_vecs, grid


def _short(p: FusionParams) -> dict:
    return {
        k: v
        for k, v in p.to_dict().items()
        if k.startswith("w_") or k in ("k", "memory_discount", "lexical_every")
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", type=Path, default=Path("/tmp/kg-kuhperdata"))
    ap.add_argument("--model", default="none", help="encoder (none = lexical only, e5-small = with dense)")
    ap.add_argument("--splits", default="humanized,summarized")
    ap.add_argument(
        "--rare",
        default="0,2,5",
        help="comma-separated levels: a gold article is rare when cited <= this often in the learning part",
    )
    ap.add_argument(
        "--cv", type=int, default=0, help="k-fold CV by case_name (0 = dev fold only, -1 = none: final only)"
    )
    ap.add_argument(
        "--rankers",
        default="holdout_copies=1,unseen_share=0.3;holdout_copies=1,unseen_share=0.3,adapter_lambda=10.0",
        help="ranker settings to compare (RankParams fields), ';' between settings",
    )
    ap.add_argument("--sections", type=Path, default=SHARED / "kuh_perdata.csv", help="section titles CSV")
    ap.add_argument("--full-grid", action="store_true", help="today's fusion over its whole grid (slow)")
    ap.add_argument("--routing", action="store_true", help="what routing questions to the text gives")
    ap.add_argument("--only-folds", default="", help="comma-separated folds of --cv to run (default: all)")
    ap.add_argument("--no-final", action="store_true", help="do not save what is learned on all of train")
    ap.add_argument(
        "--finetuned",
        metavar="TAG",
        help="each fold's dense vectors from an encoder fine-tuned on its learning part (bench_finetune.py "
        "--save-vectors, its --tag or --targets value, same --cv); implies --no-final",
    )
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"error: {SHARED} not found", file=sys.stderr)
        return 2
    st = make_store(args.store, SHARED / "corpus.jsonl")
    from kg.search.encoders import load_encoder

    encoder = None if args.model == "none" else load_encoder(args.model)
    params = read_params(st)
    t0 = time.perf_counter()
    if params is None or params.get("model") != (encoder.name if encoder else "none"):
        index = build_index(st, encoder, log=lambda m: print("  " + m, flush=True))
    else:
        try:
            index = load_index(st)
        except SearchIndexError as exc:
            # A ranker from an older feature set: the bench trains its own and the final step replaces it.
            learned = st.path / "index" / "learned"
            if not (learned / MODEL_FILE).exists():
                raise
            print(f"  {exc}: moving the old ranker aside to ranker.txt.old")
            (learned / MODEL_FILE).replace(learned / f"{MODEL_FILE}.old")
            index = load_index(st)
    index.ranker = None  # the bench compares rankers it trains itself
    index.sections = read_sections(args.sections) if args.sections and args.sections.exists() else {}
    print(
        f"store {st.path}: {len(index.units)} articles, model {index.model}, "
        f"{len(index.sections)} with section titles, ready in {time.perf_counter() - t0:.0f}s"
    )
    searcher = Searcher(st, index, encoder)
    structure = Structure(index, index.sections)
    rankers = [
        {k: float(v) if "." in v else int(v) for k, v in (kv.split("=") for kv in setting.split(","))}
        for setting in args.rankers.split(";")
        if setting.strip()
    ]
    levels = tuple(int(x) for x in args.rare.split(","))
    union, union_vecs, grid = [], [], None
    for split in args.splits.split(","):
        train, vecs, grid = bench_split(
            searcher, structure, split, levels, st.path / "bench-cache", args.cv, rankers, args.full_grid,
            args.finetuned, tuple(int(f) for f in args.only_folds.split(",") if f), args.routing,
        )  # fmt: skip
        union.extend(train)
        union_vecs.append(vecs)
    if not (args.no_final or args.finetuned):
        vecs = None if any(v is None for v in union_vecs) else np.concatenate(union_vecs)
        params, memory, prior, loo = fit(
            searcher,
            union,
            grid=grid,
            note=f"kuhperdata train ({args.splits})",
            vectors=vecs,
            log=lambda m: print("  " + m, flush=True),
        )
        save_learned(searcher, params, memory, prior)
        print(
            f"\nfinal: learned on all {len(union)} train queries ({args.splits}), saved to "
            f"{searcher.index.folder}/learned (ranker: {searcher.index.ranker is not None}); "
            f"leave-one-case-out fusion MRR@10 {loo:.3f}; {json.dumps(_short(params))}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
