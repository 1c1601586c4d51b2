"""Fusing ranked lists: weighted reciprocal rank fusion, with weights learned on a train split."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path


@dataclass(frozen=True)
class FusionParams:
    """Weights of each ranked list in reciprocal rank fusion, and how deep each list is read."""

    k: float = 60.0  # RRF's rank offset
    w_lexical: float = 1.0
    w_dense: float = 0.5  # lexical 2:1 beat equal weights on bench/bench_asn.py (MRR 0.554 vs 0.520)
    w_memory: float = 0.0  # similar training questions' gold units (only when learned)
    w_prior: float = 0.0  # how often a unit was gold in training (only when learned)
    # Memory votes divided by (1 + times the unit is gold)**memory_discount: above 0 a rarely cited
    # article a near question points at is not buried under the few articles cited everywhere.
    memory_discount: float = 0.0
    # When n > 0, lexical search's j-th hit ranks no lower than j*n (j = 1, 2, …, up to rank 10): a
    # question about an article nobody cited before still shows its best word matches near the top.
    lexical_every: int = 0
    w_expansion: float = 0.3  # weight of glossary expansion terms relative to the query's own
    depth: int = 100  # rows read from each list
    lift: float = 0.6  # score share a lifted provision gets from the hit that implies it
    repealed: float = 0.5  # score factor for a repealed provision (ranks it below its successor)
    learned_from: str = ""  # what the weights were learned on ("" = defaults)

    @classmethod
    def from_dict(cls, d: dict) -> FusionParams:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})

    def to_dict(self) -> dict:
        return asdict(self)

    def save(self, path: Path) -> None:
        from kg.store import atomic_write_text

        atomic_write_text(path, json.dumps(self.to_dict(), indent=2))


def rrf(lists: dict[str, Sequence[int]], weights: dict[str, float], k: float) -> dict[int, float]:
    """Weighted reciprocal rank fusion: sum over lists of w / (k + rank), ranks from 1."""
    out: dict[int, float] = {}
    for name, rows in lists.items():
        w = weights.get(name, 0.0)
        if not w:
            continue
        for rank, row in enumerate(rows, start=1):
            out[row] = out.get(row, 0.0) + w / (k + rank)
    return out


def ranked(scores: dict[int, float], n: int) -> list[tuple[int, float]]:
    """The n best (row, score) pairs, ties broken by row for stable output."""
    return sorted(scores.items(), key=lambda rs: (-rs[1], rs[0]))[:n]


def fuse(
    lists: dict[str, Sequence[int]],
    params: FusionParams,
    prior: dict[int, float] | None = None,
    prior_override: dict[int, float] | None = None,
) -> dict[int, float]:
    """Fuse the lists with the params' weights; the prior nudges candidates already found.

    `prior_override` replaces the prior of a few rows (when learning: the prior without the
    question's own case)."""
    weights = {"lexical": params.w_lexical, "dense": params.w_dense, "memory": params.w_memory}
    lists = {name: rows[: params.depth] for name, rows in lists.items()}
    scores = rrf(lists, weights, params.k)
    if prior and params.w_prior:
        over = prior_override or {}
        for row in scores:
            scores[row] += params.w_prior * over.get(row, prior.get(row, 0.0)) / (params.k + 1)
    if params.lexical_every > 0 and lists.get("lexical"):
        _reserve(scores, lists["lexical"], params.lexical_every)
    return scores


def _reserve(scores: dict[int, float], lexical: Sequence[int], every: int, top: int = 10) -> None:
    """Raise lexical's j-th row just above whatever holds rank j*every, when it ranks lower."""
    for j, row in enumerate(lexical[: top // every], start=1):
        order = ranked(scores, j * every)
        if row in (r for r, _ in order) or len(order) < j * every:
            continue
        scores[row] = order[-1][1] * (1 + 1e-9) + 1e-12


def mrr_at_10(ranking: Sequence[int], gold: set[int]) -> float:
    for i, row in enumerate(ranking[:10], start=1):
        if row in gold:
            return 1.0 / i
    return 0.0


def learn_weights(
    runs: list[tuple[dict[str, Sequence[int]], set[int]]]
    | list[tuple[dict[str, Sequence[int]], set[int], float]],
    prior: dict[int, float] | None,
    base: FusionParams,
    grid: dict[str, Sequence[float]],
    objective: Callable[[Sequence[int], set[int]], float] = mrr_at_10,
    note: str = "",
) -> tuple[FusionParams, float]:
    """Grid search over fusion weights maximising the (weighted) mean objective on (lists, gold[, weight])."""
    names = list(grid)
    best, best_score = base, -1.0
    weights = [run[2] if len(run) > 2 else 1.0 for run in runs]
    norm = sum(weights) or 1.0
    for values in itertools.product(*(grid[n] for n in names)):
        params = replace(base, **dict(zip(names, values, strict=True)))
        total = 0.0
        for run, w in zip(runs, weights, strict=True):
            scores = fuse(run[0], params, prior)
            total += w * objective([r for r, _ in ranked(scores, 10)], run[1])
        score = total / norm
        if score > best_score:
            best, best_score = params, score
    return replace(best, learned_from=note), best_score


def grid_table(
    runs: list[tuple],
    prior: dict[int, float] | None,
    base: FusionParams,
    grid: dict[str, Sequence[float]],
    subsets: dict[str, Sequence[int]] | None = None,
    objective: Callable[[Sequence[int], set[int]], float] = mrr_at_10,
) -> list[tuple[FusionParams, float, dict[str, float]]]:
    """Every grid point with its mean objective over all runs and over each named subset of run indices.

    A run is (lists, gold) or (lists, gold, prior_override)."""
    names = list(grid)
    subsets = subsets or {}
    out = []
    for values in itertools.product(*(grid[n] for n in names)):
        params = replace(base, **dict(zip(names, values, strict=True)))
        per = [
            objective(
                [r for r, _ in ranked(fuse(run[0], params, prior, run[2] if len(run) > 2 else None), 10)],
                run[1],
            )
            for run in runs
        ]
        means = {s: sum(per[i] for i in idx) / len(idx) for s, idx in subsets.items() if idx}
        out.append((params, sum(per) / max(len(per), 1), means))
    return out


def choose_guarded(
    table: list[tuple[FusionParams, float, dict[str, float]]], floors: dict[str, float]
) -> tuple[FusionParams, float, dict[str, float]]:
    """The best overall row whose subset means all reach their floors.

    The floors are what lexical search alone reaches on those subsets (questions about rarely cited
    articles), so the learned fusion may not trade them away for the often-cited ones. When no row
    reaches them, the floors are lowered step by step (90 %, 80 % …) rather than giving up the
    overall ranking for a row that merely comes closest."""
    for step in range(10, -1, -1):
        share = step / 10
        ok = [row for row in table if all(row[2].get(s, 0.0) >= share * f - 1e-12 for s, f in floors.items())]
        if ok:
            return max(ok, key=lambda row: row[1])
    return max(table, key=lambda row: row[1])
