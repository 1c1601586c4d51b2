"""Dense retrieval: faiss over encoder vectors (exact when small, IVF when large)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

# Up to this many units exact search stays well inside the 50 ms budget on two cores. Measured with
# bench/bench_latency.py on a loaded machine, single-threaded: flat inner product over 10k x 384
# p50 2 ms / p95 3 ms (load ~7), over 100k x 384 p50 158 ms / p95 232 ms (load ~14, memory-bound).
# Above the threshold an inverted-file index (IVF, nprobe 24 of up to 1024 lists): 100k p50 1 ms /
# p95 5 ms, 1M p50 9 ms / p95 14 ms (load ~7). HNSW would search as fast, but adding 1M vectors
# (M=32) on two busy cores was estimated at well over ten minutes; IVF built 1M in about a minute.
APPROX_THRESHOLD = 20_000
IVF_LISTS = 1024
IVF_PROBES = 24
IVF_TRAIN_SAMPLE = 65_536


class DenseIndex:
    """A faiss index of L2-normalised vectors; scores are cosine similarities."""

    def __init__(self, index, dim: int):
        self.index = index
        self.dim = dim

    @property
    def kind(self) -> str:
        return "ivf" if hasattr(self.index, "nprobe") else "flat"

    @property
    def size(self) -> int:
        return int(self.index.ntotal)

    @classmethod
    def build(cls, vectors: np.ndarray, approx_threshold: int = APPROX_THRESHOLD) -> DenseIndex:
        import faiss

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        n, dim = vectors.shape
        if n > approx_threshold:
            quantizer = faiss.IndexFlatIP(dim)
            lists = min(IVF_LISTS, max(8, n // 64))  # k-means wants dozens of points per list
            index = faiss.IndexIVFFlat(quantizer, dim, lists, faiss.METRIC_INNER_PRODUCT)
            rng = np.random.default_rng(0)
            sample = vectors[rng.choice(n, size=min(n, IVF_TRAIN_SAMPLE), replace=False)]
            index.train(sample)
            index.nprobe = IVF_PROBES
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
        if hasattr(index, "nprobe"):
            index.nprobe = IVF_PROBES
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
