"""BM25 over analyzed terms (bm25s builds and stores the score matrix; we score with term weights)."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from kg.search.analyzer import Analyzer


class LexicalIndex:
    """bm25s's precomputed term-document scores, queried with weighted terms."""

    def __init__(self, retriever, analyzer: Analyzer | None = None):
        self.retriever = retriever
        self.analyzer = analyzer or Analyzer()
        s = retriever.scores
        self.data, self.indices, self.indptr = s["data"], s["indices"], s["indptr"]
        self.num_docs = int(s["num_docs"])
        self.vocab: dict[str, int] = retriever.vocab_dict

    @classmethod
    def build(cls, texts: list[str], analyzer: Analyzer | None = None, k1: float = 1.2, b: float = 0.75):
        """Index texts (one per unit, in unit order)."""
        import bm25s

        analyzer = analyzer or Analyzer()
        corpus = [analyzer.terms(t) or [""] for t in texts]
        retriever = bm25s.BM25(k1=k1, b=b)
        logging.getLogger("bm25s").setLevel(logging.ERROR)
        retriever.index(corpus, show_progress=False)
        return cls(retriever, analyzer)

    def save(self, folder: Path) -> None:
        self.retriever.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, analyzer: Analyzer | None = None, mmap: bool = True) -> LexicalIndex:
        """Read the arrays bm25s saved, without importing bm25s (its scipy import costs seconds)."""
        import json

        mode = "r" if mmap else None
        params = json.loads((folder / "params.index.json").read_text(encoding="utf-8"))
        scores = {
            "data": np.load(folder / "data.csc.index.npy", mmap_mode=mode),
            "indices": np.load(folder / "indices.csc.index.npy", mmap_mode=mode),
            "indptr": np.load(folder / "indptr.csc.index.npy", mmap_mode=mode),
            "num_docs": int(params["num_docs"]),
        }
        vocab = json.loads((folder / "vocab.index.json").read_text(encoding="utf-8"))
        return cls(_SavedScores(scores, vocab, params), analyzer)

    def idf(self, term: str) -> float:
        """Inverse document frequency of an analyzed term (0 when unknown)."""
        tid = self.vocab.get(term)
        if tid is None:
            return 0.0
        df = int(self.indptr[tid + 1] - self.indptr[tid])
        return float(np.log(1 + (self.num_docs - df + 0.5) / (df + 0.5)))

    def scores(self, weighted_terms: dict[str, float]) -> np.ndarray:
        """BM25 score of every unit for a bag of weighted, already analyzed terms."""
        out = np.zeros(self.num_docs, dtype=np.float32)
        for term, w in weighted_terms.items():
            tid = self.vocab.get(term)
            if tid is None or w == 0:
                continue
            s, e = int(self.indptr[tid]), int(self.indptr[tid + 1])
            # Postings of one term hold each unit once, so fancy-index += is exact here.
            out[self.indices[s:e]] += np.float32(w) * self.data[s:e]
        return out

    def query_terms(self, text: str, weight: float = 1.0) -> dict[str, float]:
        """Analyzed terms of a query with their weights (repeats add up)."""
        bag: dict[str, float] = {}
        for t in self.analyzer.terms(text):
            bag[t] = bag.get(t, 0.0) + weight
        return bag

    def search(self, weighted_terms: dict[str, float], k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k unit rows and scores (rows with score 0 dropped)."""
        sc = self.scores(weighted_terms)
        return top_k(sc, k)


def top_k(scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices and values of the k largest positive scores, best first."""
    k = min(k, len(scores))
    if k <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    idx = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    idx = idx[np.argsort(-scores[idx], kind="stable")]
    keep = scores[idx] > 0
    return idx[keep], scores[idx][keep]


class _SavedScores:
    """The parts of a bm25s retriever this module reads, loaded from its saved files."""

    def __init__(self, scores: dict, vocab: dict[str, int], params: dict):
        self.scores, self.vocab_dict, self.params = scores, vocab, params

    def save(self, folder: str, show_progress: bool = False) -> None:
        import json

        from kg.store import atomic_write_text

        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        for name in ("data", "indices", "indptr"):
            np.save(out / f"{name}.csc.index.npy", np.asarray(self.scores[name]))
        atomic_write_text(out / "vocab.index.json", json.dumps(self.vocab_dict, ensure_ascii=False))
        atomic_write_text(out / "params.index.json", json.dumps(self.params, indent=4))
