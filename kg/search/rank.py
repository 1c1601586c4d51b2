"""Learning to rank over candidates (LightGBM lambdarank on CPU); the model lives in index/learned/.

Files: ranker.txt (the LightGBM model) and ranker.json (its params, candidate config, feature names
and the cross-validation figures it was chosen by). A store without them ranks by fusion instead.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

import numpy as np

from kg.search.candidates import FEATURES, CandidateConfig, Candidates
from kg.store import atomic_write_text

MODEL_FILE = "ranker.txt"
PARAMS_FILE = "ranker.json"


class RankerError(Exception):
    """A ranker file that cannot be used; the message says how to rebuild it."""


@dataclass(frozen=True)
class RankParams:
    """LightGBM settings and how the training examples are made."""

    trees: int = 60
    leaves: int = 15
    learning_rate: float = 0.1
    min_data_in_leaf: int = 40
    # Training questions are repeated this many times, each copy with a share of the articles treated
    # as never gold (memory and prior silent on them), so the model learns to rank by text there.
    holdout_copies: int = 1
    holdout_share: float = 0.25
    # A share of the training questions is repeated once more with its own gold articles treated as
    # never gold: the random copies above meet that case too seldom for the model to learn to rank
    # such an article from its neighbours' votes and its text (held-out CV MRR@10 0.03 -> 0.16).
    unseen_share: float = 0.0
    # Ridge strength of the query adapter whose dense search feeds the adense_* features (0: none);
    # kg.search.adapter. It needs an encoder; a lexical-only store trains and ranks without it.
    adapter_lambda: float = 0.0
    candidates: CandidateConfig = field(default_factory=CandidateConfig)
    features: tuple[str, ...] = FEATURES
    learned_from: str = ""
    cv: dict = field(default_factory=dict)  # the figures the params were chosen by

    def to_dict(self) -> dict:
        d = asdict(self)
        d["features"] = list(self.features)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> RankParams:
        known = {f.name for f in fields(cls)}
        kw = {k: v for k, v in d.items() if k in known}
        kw["candidates"] = CandidateConfig.from_dict(d.get("candidates") or {})
        kw["features"] = tuple(d.get("features") or FEATURES)
        return cls(**kw)


def held_out(uid: str, copy: int, share: float) -> bool:
    """Whether unit uid is treated as never gold in training copy `copy` (a stable hash decides)."""
    import hashlib

    h = int(hashlib.sha256(f"{copy}:{uid}".encode()).hexdigest()[:8], 16)
    return (h % 10_000) < share * 10_000


class Ranker:
    """A trained lambdarank model scoring candidate feature rows."""

    def __init__(self, booster, params: RankParams, adapter: np.ndarray | None = None):
        self.booster = booster
        self.params = params
        self.adapter = adapter  # query adapter weight (dim x dim) or None

    def score(self, cands: Candidates) -> np.ndarray:
        """One score per candidate row (higher is better)."""
        if len(cands.rows) == 0:
            return np.zeros(0, dtype=np.float64)
        return self.booster.predict(cands.features, num_threads=1)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(folder / MODEL_FILE, self.booster.model_to_string())
        atomic_write_text(folder / PARAMS_FILE, json.dumps(self.params.to_dict(), indent=2))
        if self.adapter is not None:
            from kg.search.adapter import save

            save(self.adapter, folder)

    @classmethod
    def load(cls, folder: Path) -> Ranker | None:
        """The ranker saved in folder, or None when there is none."""
        if not (folder / MODEL_FILE).exists():
            return None
        import lightgbm as lgb

        from kg.search.adapter import load as load_adapter

        try:
            params = RankParams.from_dict(json.loads((folder / PARAMS_FILE).read_text(encoding="utf-8")))
            booster = lgb.Booster(model_str=(folder / MODEL_FILE).read_text(encoding="utf-8"))
            adapter = load_adapter(folder)
        except (OSError, ValueError, TypeError, lgb.basic.LightGBMError) as exc:
            raise RankerError(
                f"{folder}: damaged ranker ({exc}); relearn with `kg index --learn QUERIES --qrels QRELS`"
            ) from exc
        if tuple(params.features) != FEATURES:
            raise RankerError(
                f"{folder}: the ranker was trained on other features than this version computes; "
                "relearn with `kg index --learn QUERIES --qrels QRELS`"
            )
        return cls(booster, params, adapter)


def train(
    examples: Sequence[tuple[Candidates, set[int]]],
    params: RankParams,
    seed: int = 0,
    adapter: np.ndarray | None = None,
) -> Ranker:
    """Fit lambdarank on (candidates, gold rows) pairs (questions with no gold candidate are skipped);
    `adapter` is the query adapter the examples' adense_* features were computed with, kept with it."""
    import lightgbm as lgb

    xs, ys, sizes = [], [], []
    for cands, gold in examples:
        y = np.isin(cands.rows, list(gold)).astype(np.float32)
        if not y.any():
            continue  # no gradient to learn from
        xs.append(cands.features)
        ys.append(y)
        sizes.append(len(y))
    if not sizes:
        raise RankerError("no training question has a gold unit among its candidates: nothing to learn")
    data = lgb.Dataset(np.vstack(xs), np.concatenate(ys), group=sizes, feature_name=list(FEATURES))
    booster = lgb.train(
        {
            "objective": "lambdarank",
            "metric": "ndcg",
            "eval_at": [10],
            "lambdarank_truncation_level": 20,
            "num_leaves": params.leaves,
            "learning_rate": params.learning_rate,
            "min_data_in_leaf": params.min_data_in_leaf,
            "feature_fraction": 0.9,
            "bagging_fraction": 0.8,
            "bagging_freq": 1,
            "num_threads": 2,
            "seed": seed,
            "deterministic": True,
            "force_row_wise": True,
            "verbose": -1,
        },
        data,
        num_boost_round=params.trees,
    )
    return Ranker(booster, params, adapter)


def ranked_rows(ranker: Ranker, cands: Candidates) -> dict[int, float]:
    """Candidate rows with scores squashed into (0, 1), as the engine's fused scores are positive."""
    s = ranker.score(cands)
    return {int(r): float(1.0 / (1.0 + np.exp(-v))) for r, v in zip(cands.rows, s, strict=True)}


def with_cv(params: RankParams, figures: dict, note: str) -> RankParams:
    return replace(params, cv=figures, learned_from=note)
