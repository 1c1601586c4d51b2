"""Dense retrieval: faiss over encoder vectors (exact when small, HNSW when large)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

# Above this many units exact search stops fitting a 50 ms budget on two cores; measured with
# bench/bench_latency.py (flat inner product at 100k x 384 took about 25 ms, at 1M about 250 ms).
HNSW_THRESHOLD = 200_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 96


class DenseIndex:
    """A faiss index of L2-normalised vectors; scores are cosine similarities."""

    def __init__(self, index, dim: int):
        self.index = index
        self.dim = dim

    @property
    def size(self) -> int:
        return int(self.index.ntotal)

    @classmethod
    def build(cls, vectors: np.ndarray, hnsw_threshold: int = HNSW_THRESHOLD) -> DenseIndex:
        import faiss

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        n, dim = vectors.shape
        if n > hnsw_threshold:
            index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            index.hnsw.efSearch = HNSW_EF_SEARCH
        else:
            index = faiss.IndexFlatIP(dim)
        index.add(vectors)
        return cls(index, dim)

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self.index, str(path))

    @classmethod
    def load(cls, path: Path) -> DenseIndex:
        import faiss

        index = faiss.read_index(str(path))
        if hasattr(index, "hnsw"):
            index.hnsw.efSearch = HNSW_EF_SEARCH
        return cls(index, index.d)

    def search(self, query_vec: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k rows and cosine scores for one query vector."""
        import faiss

        k = min(k, self.size)
        if k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        # One query gains nothing from OpenMP threads and loses a lot when the cores are busy
        # (measured: 10k flat, p50 29 ms with threads under load vs about 1 ms single-threaded).
        faiss.omp_set_num_threads(1)
        q = np.ascontiguousarray(query_vec.reshape(1, -1), dtype=np.float32)
        scores, rows = self.index.search(q, k)
        keep = rows[0] >= 0
        return rows[0][keep].astype(np.int64), scores[0][keep]

    def search_many(self, query_vecs: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Batch search: rows (n, k) and scores (n, k)."""
        import faiss

        k = min(k, self.size)
        faiss.omp_set_num_threads(os.cpu_count() or 1)
        scores, rows = self.index.search(np.ascontiguousarray(query_vecs, dtype=np.float32), k)
        return rows, scores
