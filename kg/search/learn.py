"""Learning from a train split: training-question memory, an article prior and fusion weights.

Weights are chosen by grid search where each training question is answered by a memory that
leaves out its own group (court case), so the search never sees its own gold answers.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from kg.search.engine import Searcher
from kg.search.evaluate import Query
from kg.search.fusion import FusionParams, choose_guarded, grid_table
from kg.search.memory import QueryMemory, TrainQuery
from kg.store import atomic_write_text

DEFAULT_GRID: dict[str, Sequence[float]] = {
    "w_lexical": (0.5, 1.0, 2.0),
    "w_dense": (0.0, 0.5),
    "w_memory": (0.0, 1.0, 2.0, 4.0),
    "w_prior": (0.0, 0.5),
    "k": (10.0,),  # 60 never won on KUHPerdata and doubles the search
    "lexical_every": (0, 3),
    "memory_discount": (0.0, 0.25, 0.5, 0.75),
}
# Questions whose gold units are rare in the rest of the training data (each cited at most this often
# outside the question's own case). On each such subset the learned fusion must do at least as well as
# lexical search alone (leave-one-case-out): the memory and the prior favour the often-cited articles,
# and without that floor the weights trade the rarely cited ones away (bench/bench_kuhperdata.py).
# The subsets hold a few dozen questions whose lexical MRR rests on a handful of hits, so a floor is
# met within FLOOR_SLACK (a floor met exactly picked noise: KUHPerdata 0.40 overall instead of 0.57).
RARE_LEVELS = (2, 5)
FLOOR_SLACK = 0.1
RARE_MAX = RARE_LEVELS[0]


def train_queries(
    queries: list[Query], qrels: dict[str, dict[str, int]], known: set[str]
) -> list[TrainQuery]:
    """Training questions with the gold ids the index knows, grouped by metadata.case_name."""
    out = []
    for q in queries:
        gold = tuple(sorted(d for d in qrels.get(q.id, {}) if d in known))
        if gold:
            out.append(TrainQuery(q.id, q.text, gold, str(q.metadata.get("case_name") or q.id)))
    return out


def article_prior(train: list[TrainQuery]) -> dict[str, float]:
    """How often each unit is gold, log-scaled to 0..1."""
    counts = Counter(g for q in train for g in q.gold)
    top = max(counts.values(), default=1)
    return {d: math.log1p(c) / math.log1p(top) for d, c in counts.items()}


def fit(
    searcher: Searcher,
    train: list[TrainQuery],
    grid: dict[str, Sequence[float]] | None = None,
    log: Callable[[str], None] = lambda m: None,
    note: str = "",
    vectors: np.ndarray | None = None,
    rare_levels: Sequence[int] = RARE_LEVELS,
    ranker: bool = True,
    sections: str | Path | None = None,
) -> tuple[FusionParams, QueryMemory, dict[str, float], float]:
    """Memory, prior, fusion weights and a ranker from training questions (installed, not saved).

    Each question is answered with its own case left out of the memory and the prior counts. The
    weights maximise MRR@10 over all questions among those that keep MRR@10 on the rare-article
    subsets (`rare_levels`) at least at lexical search's. `vectors` are the questions' embeddings
    when already computed (one row per question). With `ranker` and at least MIN_RANK_QUESTIONS
    questions a learned ranker is trained too (fit_ranker), over the section titles of `sections` (a
    CSV, read_sections) when given; fusion stays the fallback for stores without one."""
    ix = searcher.index
    ix.ranker = None
    grid = dict(grid or DEFAULT_GRID)
    discounts = tuple(grid.pop("memory_discount", (ix.fusion.memory_discount,)))
    t0 = time.perf_counter()
    memory = QueryMemory.build(train, ix.lexical.analyzer, searcher.encoder, vectors)
    prior = article_prior(train)
    log(f"memory of {len(train)} questions built in {time.perf_counter() - t0:.1f}s")
    ix.memory, ix.prior = memory, prior
    # Lists computed once per memory discount with every list switched on; the grid only reweighs them.
    base = replace(ix.fusion, w_memory=1.0, memory_discount=discounts[0])
    ix.fusion = base
    rows_of = searcher._row_of_id
    counts = Counter(g for q in train for g in q.gold)
    own: dict[str, Counter] = {}
    for q in train:
        own.setdefault(q.group, Counter()).update(q.gold)
    top = max(counts.values(), default=1)
    runs, subsets = [], {f"rare<={n}": [] for n in rare_levels}
    for i, q in enumerate(train):
        qvec = memory.vectors[i] if memory.vectors is not None else None
        lists = searcher.candidate_lists(q.text, qvec, exclude_group=q.group)
        # The prior as it would be without this question's case (its own citations must not help it).
        override = {
            rows_of[g][0]: math.log1p(counts[g] - c) / math.log1p(top)
            for g, c in own[q.group].items()
            if g in rows_of
        }
        runs.append((lists, {rows_of[g][0] for g in q.gold if g in rows_of}, override))
        for n in rare_levels:
            if all(counts[g] - own[q.group][g] <= n for g in q.gold):
                subsets[f"rare<={n}"].append(i)
    prior_rows = searcher.prior_rows()
    lexical_only = {"w_lexical": (1.0,), "w_dense": (0.0,), "w_memory": (0.0,), "w_prior": (0.0,)}
    _, all_lex, floors = grid_table(runs, prior_rows, base, lexical_only, subsets)[0]
    table = []
    for d in discounts:
        if d != base.memory_discount:
            for i, q in enumerate(train):
                qvec = memory.vectors[i] if memory.vectors is not None else None
                runs[i][0]["memory"] = searcher.memory_list(q.text, qvec, q.group, d)
        table += grid_table(runs, prior_rows, replace(base, memory_discount=d), grid, subsets)
    params, score, means = choose_guarded(table, {s: (1 - FLOOR_SLACK) * f for s, f in floors.items()})
    params = replace(params, learned_from=note)
    log(
        f"fusion weights {params.to_dict()} reach MRR@10 {score:.4f} (lexical alone {all_lex:.4f}); "
        + ", ".join(
            f"{s} ({len(subsets[s])} q) {means.get(s, 0):.4f} vs lexical {f:.4f}" for s, f in floors.items()
        )
        + " (leave-one-case-out on train)"
    )
    ix.fusion = params
    if sections is not None:
        from kg.search.candidates import read_sections

        ix.sections = read_sections(sections)
        searcher._structure = None
    if ranker and len(train) >= MIN_RANK_QUESTIONS:
        from kg.search.candidates import Structure

        ix.ranker = fit_ranker(
            searcher, train, Structure(ix, ix.sections), log=log, note=note, vectors=vectors
        )
    elif ranker:
        log(f"ranker: {len(train)} training questions are too few (< {MIN_RANK_QUESTIONS}); fusion only")
    return params, memory, prior, score


def save_learned(
    searcher: Searcher, params: FusionParams, memory: QueryMemory, prior: dict[str, float]
) -> None:
    """Write index/learned/ atomically (temporary folder, then rename), with the ranker if fit() made one."""
    folder = searcher.index.folder
    tmp = folder / f".learned.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        params.save(tmp / "fusion.json")
        memory.save(tmp / "memory")
        atomic_write_text(tmp / "prior.json", json.dumps(prior))
        if searcher.index.ranker is not None:
            searcher.index.ranker.save(tmp)
        if searcher.index.sections:
            atomic_write_text(tmp / "sections.json", json.dumps(searcher.index.sections, ensure_ascii=False))
        old = folder / f".learned.old-{os.getpid()}"
        if (folder / "learned").exists():
            os.replace(folder / "learned", old)
        os.replace(tmp, folder / "learned")
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def run_rankings(searcher: Searcher, queries: list[Query], k: int = 10, batch: int = 64) -> dict[str, list]:
    """Hits for many queries, query vectors encoded in batches."""
    out: dict[str, list] = {}
    for start in range(0, len(queries), batch):
        chunk = queries[start : start + batch]
        vecs = None
        if searcher.encoder is not None:
            vecs = searcher.encoder.encode_queries([q.text for q in chunk])
        for i, q in enumerate(chunk):
            qvec = vecs[i] if vecs is not None else None
            out[q.id] = searcher.search(q.text, k=k, qvec=np.asarray(qvec) if qvec is not None else None)
    return out


# Ranker settings `kg index --learn` trains with. One setting trains directly; several are compared by
# cross-validation by court case (fit_ranker). KUHPerdata train, 5 folds by case, e5-small + BM25
# (bench/bench_kuhperdata.py --cv 5): one held-out-article copy alone reaches MRR@10 0.697 humanized /
# 0.748 summarized but 0.026 / 0.009 when each question's own articles are held out; adding own-gold-
# held-out copies of 30 % of the questions keeps 0.697 / 0.749 and lifts the held-out figure to
# 0.160 / 0.168 (BM25 0.049 / 0.030). Neither helps the few questions whose articles are never gold in
# training (30 / 19 questions: 0.000; BM25 0.011 / 0.053, e5 0.037 / 0.053). The comparison is kept in
# the bench, as training several settings takes minutes each on this machine.
# With the ridge query adapter (kg.search.adapter, adapter_lambda 10) the held-out figures rise to
# 0.173 / 0.172 (4 of 5 folds up in each style) for 0.694 / 0.748 as is; the never-gold questions stay
# at 0.000 (bench/bench_kuhperdata.py compares both settings).
RANK_GRID: tuple[dict, ...] = ({"holdout_copies": 1, "unseen_share": 0.3, "adapter_lambda": 10.0},)
RANK_FOLDS = 3
MIN_RANK_QUESTIONS = 50  # below this a ranker would learn noise: fusion alone
COUNT_FOLDS = 5  # folds of cases the article counts of a training question leave out


def ranker_examples(
    searcher: Searcher,
    structure,
    train: list[TrainQuery],
    config,
    vectors: np.ndarray | None = None,
    hide: Callable[[TrainQuery], set[str]] | None = None,
    exclude_own_case: bool = True,
    only: Sequence[int] | None = None,
    adapted: np.ndarray | None = None,
) -> list:
    """(candidates, gold rows) per training question, each answered without its own case in memory.

    `hide(q)` names the units treated as never gold for question q (held-out articles); `only` limits
    the questions answered to those positions in `train` (the counts still come from all of it);
    `adapted` holds the questions' vectors through a query adapter that did not learn from them."""
    from kg.search.candidates import candidates

    rows_of = searcher._row_of_id
    # Counts out of fold: each question sees the article counts without its whole fold of cases, the
    # same for gold and other articles (without its own case only, a count one short marks the gold).
    fold_counts: dict[int, Counter] = {}
    for q in train:
        fold_counts.setdefault(group_fold(q.group, COUNT_FOLDS), Counter()).update(q.gold)
    out = []
    for i in range(len(train)) if only is None else only:
        q = train[i]
        qvec = vectors[i] if vectors is not None else None
        cands = candidates(
            searcher,
            structure,
            q.text,
            config,
            qvec,
            exclude_group=q.group if exclude_own_case else None,
            hide=hide(q) if hide else frozenset(),
            count_minus=fold_counts[group_fold(q.group, COUNT_FOLDS)] if exclude_own_case else None,
            aqvec=adapted[i] if adapted is not None else None,
        )
        out.append((cands, {rows_of[g][0] for g in q.gold if g in rows_of}))
    return out


def training_examples(
    searcher: Searcher,
    structure,
    train: list[TrainQuery],
    params,
    vectors: np.ndarray | None = None,
    normal: list | None = None,
    cache: dict | None = None,
    adapted: np.ndarray | None = None,
) -> list:
    """What a ranker with RankParams `params` trains on: every question as it is (`normal` when already
    computed), `holdout_copies` copies with a share of the articles held out, and a share
    `unseen_share` of the questions (a stable hash picks them) once more with their own gold held out.
    `cache` (a dict kept by the caller) spares recomputing copies when several settings are compared."""
    config = params.candidates
    cache = {} if cache is None else cache
    out = (
        list(normal)
        if normal is not None
        else ranker_examples(searcher, structure, train, config, vectors, adapted=adapted)
    )
    for c in range(1, params.holdout_copies + 1):
        key = ("copy", c, params.holdout_share)
        if key not in cache:
            hidden = held_out_set(searcher, c, params.holdout_share)
            cache[key] = ranker_examples(
                searcher, structure, train, config, vectors, hide=lambda q, h=hidden: h, adapted=adapted
            )
        out += cache[key]
    picked = [i for i, q in enumerate(train) if unseen_pick(q.qid, params.unseen_share)]
    if picked:
        key = ("unseen", params.unseen_share)
        if key not in cache:
            cache[key] = ranker_examples(
                searcher,
                structure,
                train,
                config,
                vectors,
                hide=lambda q: set(q.gold),
                only=picked,
                adapted=adapted,
            )
        out += cache[key]
    return out


def unseen_pick(qid: str, share: float) -> bool:
    """Whether training question qid gets an own-gold-held-out copy (a stable hash decides)."""
    from kg.search.rank import held_out

    return share > 0 and held_out(f"unseen:{qid}", 0, share)


def held_out_set(searcher: Searcher, copy: int, share: float) -> set[str]:
    """Unit ids treated as never gold in training copy `copy`."""
    from kg.search.rank import held_out

    return {uid for uid in searcher._row_of_id if held_out(uid, copy, share)}


def group_fold(group: str, n: int) -> int:
    """Which of n folds a court case falls in (a stable hash)."""
    import hashlib

    return int(hashlib.sha256(group.encode()).hexdigest(), 16) % n


def rank_mrr(ranker, examples: list, k: int = 10) -> float:
    """Mean reciprocal rank at k of a ranker over (candidates, gold rows) pairs."""
    total = 0.0
    for cands, gold in examples:
        order = np.argsort(-ranker.score(cands), kind="stable")[:k]
        total += next((1.0 / (i + 1) for i, j in enumerate(order) if int(cands.rows[j]) in gold), 0.0)
    return total / max(len(examples), 1)


def fit_ranker(
    searcher: Searcher,
    train: list[TrainQuery],
    structure,
    log: Callable[[str], None] = lambda m: None,
    note: str = "",
    vectors: np.ndarray | None = None,
    grid: Sequence[dict] | None = None,
    folds: int = RANK_FOLDS,
):
    """A lambdarank ranker over candidates; with several settings in `grid`, chosen by CV by court case.

    The searcher's index must already hold the memory of `train` (fit() installs it). Each setting is
    scored on the left-out cases twice: as they are, and with each question's own gold articles
    treated as never gold in training (what a question about an article nobody asked about looks like);
    the setting with the best mean of the two wins."""
    from kg.search import rank

    grid = tuple(grid or RANK_GRID)
    base = rank.RankParams()
    lams = {replace(base, **setting).adapter_lambda for setting in grid}
    if len(lams) > 1:
        # The examples are computed once for all settings, and the adapter changes their features.
        raise ValueError(f"ranker settings compared at once must share adapter_lambda, got {sorted(lams)}")
    if vectors is None and searcher.encoder is not None and searcher.index.dense is not None:
        vectors = searcher.encoder.encode_queries([q.text for q in train])
    adapted, adapter = adapted_vectors(searcher, train, vectors, lams.pop())
    t0 = time.perf_counter()
    normal = ranker_examples(searcher, structure, train, base.candidates, vectors, adapted=adapted)
    log(f"ranker: candidates of {len(train)} questions in {time.perf_counter() - t0:.0f}s")
    best, best_score, table = replace(base, **grid[0]), -1.0, []
    if len(grid) > 1:
        # Only scored (never trained on): each question as if its own gold articles were never gold.
        unseen = ranker_examples(
            searcher, structure, train, base.candidates, vectors, hide=lambda q: set(q.gold), adapted=adapted
        )
        fold = [group_fold(q.group, folds) for q in train]
    made: dict = {}  # example copies shared by the settings
    for setting in grid if len(grid) > 1 else ():
        params = replace(base, **setting)
        # Each fold trains on the examples of its learning questions.
        examples = training_examples(searcher, structure, train, params, vectors, normal, made, adapted)
        owner = _owners(train, params)
        seen_mrr, unseen_mrr = [], []
        for f in range(folds):
            dev_idx = [i for i in range(len(train)) if fold[i] == f]
            model = rank.train([e for e, i in zip(examples, owner, strict=True) if fold[i] != f], params)
            seen_mrr.append((rank_mrr(model, [normal[i] for i in dev_idx]), len(dev_idx)))
            unseen_mrr.append((rank_mrr(model, [unseen[i] for i in dev_idx]), len(dev_idx)))
        mean = lambda xs: sum(v * n for v, n in xs) / max(sum(n for _, n in xs), 1)  # noqa: E731
        row = {
            "setting": setting,
            "mrr@10": round(mean(seen_mrr), 4),
            "held_out_mrr@10": round(mean(unseen_mrr), 4),
        }
        table.append(row)
        log(f"ranker {setting}: CV MRR@10 {row['mrr@10']:.4f}, held out {row['held_out_mrr@10']:.4f}")
        score = (row["mrr@10"] + row["held_out_mrr@10"]) / 2
        if score > best_score:
            best, best_score = params, score
    chosen = replace(best, learned_from=note, cv={"folds": folds, "by": "court case", "table": table})
    examples = training_examples(searcher, structure, train, chosen, vectors, normal, made, adapted)
    ranker = rank.train(examples, chosen, adapter=adapter)
    log(
        f"ranker trained on {len(train)} questions with {chosen.holdout_copies} held-out-article copies "
        f"and {chosen.unseen_share:.0%} own-gold-held-out copies"
        + (f", query adapter (ridge {chosen.adapter_lambda:g})" if adapter is not None else "")
    )
    return ranker


def adapted_vectors(
    searcher: Searcher, train: list[TrainQuery], vectors: np.ndarray | None, lam: float
) -> tuple[np.ndarray | None, np.ndarray | None]:
    """Each training question's vector through a query adapter fit without its fold of cases (and
    without the articles gold in that fold), and the adapter fit on all of `train`; (None, None) with
    `lam` 0 or without dense vectors."""
    from kg.search.adapter import fit_ridge, fold_adapted, passage_vectors

    ix = searcher.index
    if lam <= 0 or vectors is None or searcher.encoder is None or ix.dense is None:
        return None, None
    passages = passage_vectors(ix.dense)
    rows_of = searcher._row_of_id
    golds = [[rows_of[g][0] for g in q.gold if g in rows_of] for q in train]
    folds = [group_fold(q.group, COUNT_FOLDS) for q in train]
    return fold_adapted(vectors, golds, folds, passages, lam), fit_ridge(vectors, golds, passages, lam)


def _owners(train: list[TrainQuery], params) -> list[int]:
    """For each example training_examples() makes, the position in `train` of its question."""
    n = len(train)
    picked = [i for i, q in enumerate(train) if unseen_pick(q.qid, params.unseen_share)]
    return list(range(n)) * (1 + params.holdout_copies) + picked
