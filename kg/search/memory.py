"""Learned from a train split: similar training questions vote for their gold units.

Questions drawn from similar disputes cite similar provisions, so the gold units of the training
questions nearest to a new question form a ranked list that fusion can weigh. Nearness is BM25 over
the training questions plus, when vectors exist, cosine of their embeddings.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg.search.analyzer import Analyzer
from kg.search.lexical import LexicalIndex, top_k
from kg.store import atomic_write_text


@dataclass(frozen=True)
class TrainQuery:
    """One training question with its gold unit ids and the group (court case) it came from."""

    qid: str
    text: str
    gold: tuple[str, ...]
    group: str = ""


class QueryMemory:
    """Training questions indexed for nearest-neighbour lookup."""

    def __init__(self, queries: list[TrainQuery], lexical: LexicalIndex, vectors: np.ndarray | None):
        self.queries = queries
        self.lexical = lexical
        self.vectors = vectors
        self.groups = np.array([q.group for q in queries], dtype=object)
        self.counts = Counter(g for q in queries for g in q.gold)  # how often each unit is gold
        self._group_counts: dict[str, Counter] = {}
        for q in queries:
            self._group_counts.setdefault(q.group, Counter()).update(q.gold)

    @classmethod
    def build(
        cls, queries: list[TrainQuery], analyzer: Analyzer, encoder=None, vectors: np.ndarray | None = None
    ) -> QueryMemory:
        """Index the questions; `vectors` (already encoded, one row per question) skips encoding."""
        lexical = LexicalIndex.build([q.text for q in queries], analyzer)
        if vectors is None and encoder is not None:
            vectors = encoder.encode_queries([q.text for q in queries])
        return cls(queries, lexical, vectors)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(
            folder / "queries.jsonl",
            "".join(json.dumps(q.__dict__, ensure_ascii=False) + "\n" for q in self.queries),
        )
        self.lexical.save(folder / "lexical")
        if self.vectors is not None:
            np.save(folder / "vectors.npy", self.vectors)

    @classmethod
    def load(cls, folder: Path, analyzer: Analyzer) -> QueryMemory:
        queries = []
        for line in (folder / "queries.jsonl").read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            d["gold"] = tuple(d["gold"])
            queries.append(TrainQuery(**d))
        lexical = LexicalIndex.load(folder / "lexical", analyzer, mmap=False)
        vec_file = folder / "vectors.npy"
        vectors = np.load(vec_file) if vec_file.exists() else None
        return cls(queries, lexical, vectors)

    def votes(
        self,
        terms: dict[str, float],
        qvec: np.ndarray | None,
        m: int = 30,
        dense_share: float = 0.5,
        exclude_group: str | None = None,
        discount: float = 0.0,
    ) -> dict[str, float]:
        """Gold unit ids of the m nearest training questions, scored by their nearness.

        With `discount` > 0 each unit's vote is divided by (1 + times it is gold)**discount, counted
        without the excluded group so a left-out case does not count its own citations."""
        sims = np.zeros(len(self.queries), dtype=np.float32)
        # The excluded case is left out before scaling: its own questions are usually the nearest, and
        # scaling by them would make a left-out question's votes smaller than a new question's.
        keep = self.groups != exclude_group if exclude_group else np.ones(len(self.queries), dtype=bool)
        if not keep.any():
            return {}
        lex = np.where(keep, self.lexical.scores(terms), 0)
        if lex.max(initial=0) > 0:
            sims += (1 - dense_share) * lex / lex.max()
        if qvec is not None and self.vectors is not None and dense_share > 0:
            cos = self.vectors[keep] @ qvec.reshape(-1)
            # Rescale cosine so the nearest question counts 1 and an unrelated one about 0.
            lo, hi = float(np.percentile(cos, 50)), float(cos.max())
            if hi > lo:
                sims[keep] += dense_share * np.clip((cos - lo) / (hi - lo), 0, None)
        rows, vals = top_k(sims, m)
        out: dict[str, float] = {}
        for r, v in zip(rows, vals, strict=True):
            gold = self.queries[int(r)].gold
            for g in gold:
                out[g] = out.get(g, 0.0) + float(v) ** 2 / len(gold) ** 0.5
        if discount > 0:
            own = self._group_counts.get(exclude_group or "", Counter()) if exclude_group else Counter()
            out = {g: v / (1 + self.counts[g] - own[g]) ** discount for g, v in out.items()}
        return out
