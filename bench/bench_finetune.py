"""KUHPerdata: does fine-tuning e5's top layers on train pairs find articles nobody asked about? CV on train.

Folds split the train questions BY metadata.case_name (bench_kuhperdata.fold_of; both query styles come
from the same cases, so a case's questions of both styles fall in the same fold). For each fold the top
layers of the encoder (bench/finetune_top.py) are trained on the learning part's (question -> gold article)
pairs of BOTH styles, with in-batch negatives and a BM25 hard negative. `--targets strict` also removes
every article gold in the held-out fold from the targets and the negatives, so for every held-out
question the model never saw its articles as answers; `--targets learning` keeps every pair of the
learning part (an article never gold there is still never a target, so the never-gold figures stay
honest, while "all" is then "as is"). Dense-only MRR@10 with the
base and the fine-tuned encoder is printed per style: all held-out questions, never-gold questions (every
gold article never gold in the learning part) and never-gold articles (questions citing at least one
such article, scored on those alone), with each subset's size. Hidden states below the trained layers
are computed once and cached beside the store. `--save-vectors` writes each fold's passage and query
vectors (bench-cache/ft-vectors-*.npz) for bench_kuhperdata.py --finetuned. The test split is never read.

    python bench/bench_finetune.py [--store /tmp/h12-kuh] [--folds 3] [--top-layers 2] [--max-tokens 256]
        [--batch 32] [--lr 5e-5] [--epochs 1] [--hard 1] [--targets strict|learning]
        [--per-question N] [--per-article N] [--only-folds 0,1] [--save-vectors [--tag T]]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_kuhperdata import SHARED, fold_of, new_articles, rare_sets  # noqa: E402
from finetune_top import FineTuneParams, States, encode_states, fine_tune, lower_states  # noqa: E402

from kg.search.encoders import load_encoder  # noqa: E402
from kg.search.engine import Searcher  # noqa: E402
from kg.search.evaluate import evaluate, read_qrels, read_queries  # noqa: E402
from kg.search.index import load_index  # noqa: E402
from kg.store import Store  # noqa: E402

SPLITS = ("humanized", "summarized")


def cached_states(model, texts, params: FineTuneParams, cache: Path, tag: str):
    """Lower-layer hidden states of texts, from cache when the same texts were cut the same way before."""
    import torch

    key = hashlib.sha256(
        ("\n".join(texts) + f"|{tag}|{params.top_layers}|{params.max_tokens}").encode()
    ).hexdigest()[:16]
    f = cache / f"ft-states-{key}.pt"
    if f.exists():
        d = torch.load(f)
        return States(d["hidden"], d["split"])
    t0 = time.perf_counter()
    st = lower_states(model, texts, params.top_layers, params.max_tokens)
    print(f"  lower layers of {len(texts)} {tag} texts in {time.perf_counter() - t0:.0f}s", flush=True)
    cache.mkdir(parents=True, exist_ok=True)
    torch.save({"hidden": st.hidden, "split": st.split}, f)
    return st


def dense_runs(qv: np.ndarray, pv: np.ndarray, qids: list[str], ids: list[str], k: int = 10) -> dict:
    """Each question's top k article ids by cosine."""
    top = np.argsort(-(qv @ pv.T), axis=1)[:, :k]
    return {q: [ids[j] for j in row] for q, row in zip(qids, top, strict=True)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", type=Path, default=Path("/tmp/h12-kuh"))
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--only-folds", default="", help="comma-separated folds to run (default: all)")
    ap.add_argument("--top-layers", type=int, default=2)
    ap.add_argument("--max-tokens", type=int, default=256)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--temperature", type=float, default=0.05)
    ap.add_argument("--hard", type=int, default=1, help="BM25 hard negatives: the top N non-gold (0: none)")
    ap.add_argument(
        "--targets",
        choices=("strict", "learning"),
        default="strict",
        help="strict: no article gold in the held-out fold is a target or negative; learning: every pair "
        "of the learning part (articles never gold there are still never targets)",
    )
    ap.add_argument("--per-question", type=int, default=99, help="at most this many gold articles a question")
    ap.add_argument("--per-article", type=int, default=0, help="at most N pairs an article (0: no cap)")
    ap.add_argument("--save-vectors", action="store_true")
    ap.add_argument("--tag", default="", help="name of the saved vectors (default: the --targets value)")
    args = ap.parse_args(argv)
    args.strict = args.targets == "strict"
    params = FineTuneParams(
        top_layers=args.top_layers,
        max_tokens=args.max_tokens,
        batch_size=args.batch,
        lr=args.lr,
        epochs=args.epochs,
        temperature=args.temperature,
    )
    st = Store(args.store)
    index = load_index(st)
    searcher = Searcher(st, index, None)  # BM25 only, for hard negatives
    encoder = load_encoder("e5-small")
    model = encoder.model
    ids = [u.id for u in index.units]
    rows_of = {u: i for i, u in enumerate(ids)}
    cache = args.store / "bench-cache"

    # Both styles in one list of questions; qrels keys get the style as prefix (ids repeat across styles).
    qs, qrels, style = [], {}, []
    for split in SPLITS:
        rel = read_qrels(SHARED / split / "qrels_train.tsv")
        for q in read_queries(SHARED / split / "queries_train.jsonl"):
            gold = {d: g for d, g in rel.get(q.id, {}).items() if d in rows_of}
            if gold:
                qs.append(q)
                qrels[f"{split}:{q.id}"] = gold
                style.append(split)
    keys = [f"{s}:{q.id}" for s, q in zip(style, qs, strict=True)]
    gold_rows = [[rows_of[d] for d in qrels[k]] for k in keys]
    print(f"{len(ids)} articles, {len(qs)} questions ({Counter(style)}), params {params}", flush=True)
    passages = [encoder.passage_prefix + u.dense_text() for u in index.units]
    pstates = cached_states(model, passages, params, cache, "passage")
    qstates = cached_states(model, [encoder.query_prefix + q.text for q in qs], params, cache, "query")
    base_file = cache / f"ft-base-{params.top_layers}-{params.max_tokens}-{len(ids)}-{len(qs)}.npz"
    if base_file.exists():
        with np.load(base_file) as d:
            base_p, base_q = d["passages"], d["queries"]
    else:
        base_p, base_q = encode_states(model, pstates), encode_states(model, qstates)
        np.savez(base_file, passages=base_p, queries=base_q)
    top = {n: t.detach().clone() for n, t in model.state_dict().items()}

    hard: list[list[int]] = [[] for _ in qs]
    if args.hard:
        for i, q in enumerate(qs):
            scores = index.lexical.scores(searcher.query_terms(q.text))
            order = np.argsort(-scores)[: args.hard + len(gold_rows[i]) + 5]
            hard[i] = [int(r) for r in order if scores[r] > 0 and r not in gold_rows[i]]

    folds = [int(f) for f in args.only_folds.split(",")] if args.only_folds else range(args.folds)
    fold = [fold_of(q, args.folds) for q in qs]
    pooled: dict[tuple[str, str, str], list[tuple[float, int]]] = {}
    for f in folds:
        dev = [i for i in range(len(qs)) if fold[i] == f]
        learn = [i for i in range(len(qs)) if fold[i] != f]
        banned = {r for i in dev for r in gold_rows[i]} if args.strict else set()
        pick = random.Random(f)
        pairs = []
        for i in learn:
            allowed = [r for r in gold_rows[i] if r not in banned]
            # A cap per question keeps the CPU time in budget; which gold articles is drawn at random.
            pairs += [(i, r) for r in (pick.sample(allowed, min(len(allowed), args.per_question)))]
        if args.per_article:
            # Often-cited articles would otherwise dominate the pairs, and the model learns which articles
            # are popular rather than how a lay question words a provision.
            pick.shuffle(pairs)
            seen: Counter = Counter()
            kept = []
            for i, r in pairs:
                seen[r] += 1
                if seen[r] <= args.per_article:
                    kept.append((i, r))
            pairs = kept
        negatives = [[r for r in h if r not in banned][: args.hard] for h in hard] if args.hard else None
        model.load_state_dict(top)
        print(
            f"\n fold {f}: {len(learn)} learning / {len(dev)} held-out questions; {len(pairs)} pairs, "
            f"{len(banned)} articles gold in the held-out fold left out of training ({args.targets})",
            flush=True,
        )
        info = fine_tune(
            model, qstates, pstates, pairs, gold_rows, params, negatives,
            log=lambda m: print("  " + m, flush=True),
        )  # fmt: skip
        print(f"  trained: {info}", flush=True)
        ft_p = encode_states(model, pstates)
        if args.save_vectors:
            ft_q = encode_states(model, qstates)
        else:  # only the held-out questions are scored
            ft_q = np.zeros_like(base_q)
            ft_q[dev] = encode_states(model, States([qstates.hidden[i] for i in dev], qstates.split))
        if args.save_vectors:
            np.savez(
                cache / f"ft-vectors-{args.tag or args.targets}-{args.folds}-{f}.npz",
                passages=ft_p, queries=ft_q, keys=np.array(keys), ids=np.array(ids),
            )  # fmt: skip
        for split in SPLITS:
            dsplit = [i for i in dev if style[i] == split]
            dq = {keys[i]: qrels[keys[i]] for i in dsplit}
            counts = Counter(ids[r] for i in learn if style[i] == split for r in gold_rows[i])
            subsets = {
                "all": dq,
                "never-gold questions": rare_sets(dq, counts, (0,))[0],
                "never-gold articles": new_articles(dq, counts),
            }
            for name, (pv, qv) in {"base e5-small": (base_p, base_q), "fine-tuned": (ft_p, ft_q)}.items():
                runs = dense_runs(qv[dsplit], pv, [keys[i] for i in dsplit], ids)
                figs = []
                for sub, rel in subsets.items():
                    m = evaluate(runs, rel)["MRR@10"] if rel else 0.0
                    pooled.setdefault((split, name, sub), []).append((m, len(rel)))
                    figs.append(f"{sub} ({len(rel)}q) {m:.3f}")
                print(f"  {split:<10} dense {name:<14} MRR@10 " + "  ".join(figs), flush=True)
    print(f"\n pooled over folds {list(folds)} of {args.folds} (means weighted by questions):")
    for split in SPLITS:
        for name in ("base e5-small", "fine-tuned"):
            figs = []
            for sub in ("all", "never-gold questions", "never-gold articles"):
                vals = pooled.get((split, name, sub), [])
                n = sum(w for _, w in vals)
                figs.append(f"{sub} ({n}q) {sum(v * w for v, w in vals) / max(n, 1):.3f}")
            print(f"  {split:<10} dense {name:<14} MRR@10 " + "  ".join(figs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
