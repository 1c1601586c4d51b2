"""Train the learned result order of `kg search` (kg/result_order.py) on the answers bench's dev split.

For each dev question with expected citations, the candidates `kg search` orders (the answer card's items
and the plain hits, ``kg.answers.search_candidates``) are labelled 1 where one of the question's expected
provisions is the candidate, contains it or lies within it (as the bench scores R@10), and a LightGBM
lambdarank model is fitted on their features. Test questions are never read. ``--cv K`` first prints R@10
by K folds (a question and its translation in one fold) beside the hand-set order; the model written is
fitted on every dev question. Candidates are computed once per store and kept in ``--cache``.

    python bench/train_result_order.py --store STORE --cv 5        # CV figures, then writes the model
    python bench/train_result_order.py --store A --store B --no-write --cv 5   # candidates of two stores
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answer_set import ANSWER_SET, read_answer_set  # noqa: E402

from kg.result_order import (  # noqa: E402
    ABSENT,
    ORDER_FILE,
    Candidate,
    covered_last,
    feature_rows,
    note_kind,
    save_order,
)

PARAMS = {
    "objective": "lambdarank",
    "metric": "ndcg",
    "eval_at": [10],
    "lambdarank_truncation_level": 20,
    "num_leaves": 63,
    "learning_rate": 0.05,
    "min_data_in_leaf": 20,
    "feature_fraction": 0.9,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "num_threads": 2,
    "seed": 0,
    "deterministic": True,
    "force_row_wise": True,
    "verbose": -1,
}
TREES = 400
MIN_NOTE_KIND = 15  # a note kind seen on fewer candidates than this is "other" (0)


def matches(expected: str, pid: str) -> bool:
    """As the bench's R@10 counts a hit: the expected provision, within it, or containing it."""
    return pid == expected or pid.startswith(expected + "/") or expected.startswith(pid + "/")


def dump(store: str, rows: list[dict], cache: Path) -> list[dict]:
    """Each question's candidates and parse, computed once and kept in ``cache`` (a jsonl by id)."""
    from kg.answers import search_candidates
    from kg.store import Store

    done = {}
    for part in [cache, *sorted(cache.parent.glob(cache.name + ".*"))]:
        if part.exists():  # the cache and the shards ``--shard`` wrote
            for line in part.read_text(encoding="utf-8").splitlines():
                d = json.loads(line)
                done[d["id"]] = d
    st = Store(store)
    t0 = time.time()
    with cache.open("a", encoding="utf-8") as f:
        for n, r in enumerate(rows):
            if r["id"] in done:
                continue
            q, cands = search_candidates(st, r["question"])
            d = {
                "id": r["id"],
                "intent": q.intent,
                "lang": q.lang,
                "named": [x.id for x in q.regulations],
                "cands": [c.__dict__ for c in cands],
            }
            done[r["id"]] = d
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
            if n % 200 == 0:
                print(f"  {n}/{len(rows)} questions, {time.time() - t0:.0f} s", file=sys.stderr, flush=True)
    return [done[r["id"]] for r in rows]


def examples(rows: list[dict], dumped: list[dict], notes: list[str]):
    """(feature rows, labels, group sizes, per question (row, candidates)), for questions with candidates."""
    xs, ys, sizes, per_q = [], [], [], []
    for r, d in zip(rows, dumped, strict=True):
        cands = [Candidate(**c) for c in d["cands"]]
        if not cands:
            continue
        x = feature_rows(cands, d["intent"], d["lang"], d["named"], notes)
        y = [int(any(matches(e, c.pinpoint) for e in r["expected"])) for c in cands]
        xs.extend(x)
        ys.extend(y)
        sizes.append(len(x))
        per_q.append((r, cands))
    return xs, ys, sizes, per_q


def recall_at(expected: list[str], ids: list[str], k: int = 10) -> float:
    return sum(any(matches(e, p) for p in ids[:k]) for e in expected) / len(expected)


def hand_set(cands: list[Candidate], k: int = 10) -> list[str]:
    """The order without the model: the card's leading items (at most REASONED_SHARE of k), then the plain
    hits, a point under an article listed before it last (as `kg search` lists them)."""
    from kg.answers import REASONED_SHARE

    lead = sorted((c for c in cands if c.lead_pos != ABSENT), key=lambda c: c.lead_pos)
    lead = lead[: max(1, int(k * REASONED_SHARE))]
    plain = sorted((c for c in cands if c.plain_pos != ABSENT), key=lambda c: c.plain_pos)
    return covered_last(list(dict.fromkeys([c.pinpoint for c in lead] + [c.pinpoint for c in plain])))


def fit(xs, ys, sizes, trees: int = TREES):
    import lightgbm as lgb
    import numpy as np

    from kg.result_order import FEATURES

    data = lgb.Dataset(np.asarray(xs, dtype=float), np.asarray(ys), group=sizes, feature_name=list(FEATURES))
    return lgb.train(PARAMS, data, num_boost_round=trees)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--store", action="append", required=True, help="a store the candidates come from (repeatable)"
    )
    ap.add_argument("--questions", default=str(ANSWER_SET))
    ap.add_argument(
        "--cache", action="append", default=[], help="a store's candidate cache, in --store order"
    )
    ap.add_argument("--cv", type=int, default=0, help="print R@10 by this many folds first")
    ap.add_argument("--trees", type=int, default=TREES)
    ap.add_argument("--out", default=str(ORDER_FILE))
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--shard", default=None, help="I/N: compute every N-th question's candidates, from I")
    a = ap.parse_args()

    rows = [r for r in read_answer_set(a.questions) if r.get("split") == "dev" and r["expected"]]
    caches = [Path(c) for c in a.cache] + [
        Path(st) / "result_order_candidates.jsonl" for st in a.store[len(a.cache) :]
    ]
    if a.shard:  # one of several processes computing the candidates; the run without --shard trains
        i, n = map(int, a.shard.split("/"))
        for store, cache in zip(a.store, caches, strict=True):
            dump(store, rows[i::n], cache.with_name(f"{cache.name}.{i}"))
        return
    # Each store's candidates for every question: a question answered from several stores is several
    # examples, all in one fold.
    per_store = [dump(store, rows, cache) for store, cache in zip(a.store, caches, strict=True)]
    counts: dict[str, int] = {}
    for dumped in per_store:
        for d in dumped:
            for c in d["cands"]:
                if c["group"] is not None:
                    counts[note_kind(c["note"])] = counts.get(note_kind(c["note"]), 0) + 1
    notes = sorted(k for k, n in counts.items() if n >= MIN_NOTE_KIND)
    figures: dict = {"dev_questions": len(rows), "stores": len(a.store), "trees": a.trees}
    if a.cv:
        fold_of = [zlib.crc32((r.get("pair") or r["id"]).encode()) % a.cv for r in rows]
        learned, hand, n = [0.0] * len(a.store), [0.0] * len(a.store), [0] * len(a.store)
        for k in range(a.cv):
            train = [
                (r, d)
                for dumped in per_store
                for r, d, f in zip(rows, dumped, fold_of, strict=True)
                if f != k
            ]
            xs, ys, sizes, _ = examples([r for r, _ in train], [d for _, d in train], notes)
            booster = fit(xs, ys, sizes, a.trees)
            for s, dumped in enumerate(per_store):
                held = [(r, d) for r, d, f in zip(rows, dumped, fold_of, strict=True) if f == k]
                hx, _, hsizes, per_q = examples([r for r, _ in held], [d for _, d in held], notes)
                scores = booster.predict(hx, num_threads=2) if hx else []
                at = 0
                for (r, cands), size in zip(per_q, hsizes, strict=True):
                    sc = scores[at : at + size]
                    at += size
                    order = covered_last(
                        [c.pinpoint for _, _, c in sorted(zip(-sc, range(size), cands, strict=True))]
                    )
                    learned[s] += recall_at(r["expected"], order)
                    hand[s] += recall_at(r["expected"], hand_set(cands))
                    n[s] += 1
        figures["cv"] = [
            {
                "store": Path(st).name,
                "folds": a.cv,
                "questions": m,
                "r10_learned": x / m,
                "r10_hand_set": h / m,
            }
            for st, m, x, h in zip(a.store, n, learned, hand, strict=True)
        ]
        for f in figures["cv"]:
            print(
                f"CV ({a.cv} folds, {f['questions']} dev questions, {f['store']}): "
                f"R@10 hand-set {f['r10_hand_set']:.4f}, learned {f['r10_learned']:.4f}"
            )
    if a.no_write:
        return
    xs, ys, sizes, _ = examples(
        [r for _ in per_store for r in rows], [d for ds in per_store for d in ds], notes
    )
    booster = fit(xs, ys, sizes, a.trees)
    save_order(booster, notes, figures, Path(a.out))
    print(f"wrote {a.out} ({len(sizes)} examples, {len(xs)} candidates, {len(notes)} note kinds)")


if __name__ == "__main__":
    main()
