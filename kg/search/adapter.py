"""A query adapter learned from training pairs: question vector -> the vectors of its gold articles.

Ridge regression towards the identity, W = argmin |QW - Y|^2 + lam |W - I|^2, where Y holds the mean
(normalised) vector of each question's gold articles: closed form, a second on two cores, so it can be
refit for every fold. The adapted query normalise(q @ W) searches the same passage vectors as the base
model. When the adapted vectors feed a ranker that learns how far to trust them, each training
question's vector comes from an adapter that saw neither its fold of cases nor any article gold in that
fold (fold_adapted), as a question about an article nobody asked about would meet it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from kg.search.encoders import normalise

ADAPTER_FILE = "adapter.npy"
DEFAULT_LAMBDA = 10.0  # ridge10 won on KUHPerdata CV by case (dense MRR@10 0.043 -> 0.076 humanized)


def passage_vectors(dense) -> np.ndarray:
    """All vectors of a kg.search.dense.DenseIndex, in row order."""
    index = dense.index
    if hasattr(index, "make_direct_map"):  # IVF lists keep no row order until asked to
        index.make_direct_map()
    return index.reconstruct_n(0, index.ntotal)


def fit_ridge(
    queries: np.ndarray, gold_rows: Sequence[Sequence[int]], passages: np.ndarray, lam: float = DEFAULT_LAMBDA
) -> np.ndarray:
    """W (dim x dim) mapping question vectors onto their gold articles' mean vector; questions without
    gold rows are skipped, and with none at all W is the identity."""
    dim = passages.shape[1]
    keep = [i for i, g in enumerate(gold_rows) if len(g)]
    if not keep:
        return np.eye(dim, dtype=np.float32)
    q = np.asarray(queries, dtype=np.float64)[keep]
    y = np.stack([normalise(passages[list(gold_rows[i])].mean(0)) for i in keep]).astype(np.float64)
    eye = np.eye(dim)
    return np.linalg.solve(q.T @ q + lam * eye, q.T @ y + lam * eye).astype(np.float32)


def adapt(qvecs: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Adapted, L2-normalised query vectors (one or many)."""
    qvecs = np.asarray(qvecs, dtype=np.float32)
    if qvecs.shape[-1] != weight.shape[0]:
        # The index was rebuilt with another model after learning: the adapter maps another space.
        raise ValueError(
            f"query adapter for {weight.shape[0]}-dimensional vectors met {qvecs.shape[-1]}-dimensional "
            "ones: relearn with `kg index --learn QUERIES --qrels QRELS`"
        )
    return normalise(qvecs @ weight)


def fold_adapted(
    qvecs: np.ndarray,
    gold_rows: Sequence[Sequence[int]],
    fold: Sequence[int],
    passages: np.ndarray,
    lam: float = DEFAULT_LAMBDA,
) -> np.ndarray:
    """Each question's adapted vector from an adapter fit without its fold: neither the fold's questions
    nor any article gold in the fold is a training target."""
    out = np.zeros_like(np.asarray(qvecs, dtype=np.float32))
    fold = np.asarray(fold)
    for f in np.unique(fold):
        inside = np.flatnonzero(fold == f)
        banned = {r for i in inside for r in gold_rows[i]}
        outside = np.flatnonzero(fold != f)
        golds = [[r for r in gold_rows[i] if r not in banned] for i in outside]
        w = fit_ridge(qvecs[outside], golds, passages, lam)
        out[inside] = adapt(qvecs[inside], w)
    return out


def save(weight: np.ndarray, folder: Path) -> None:
    """Write the adapter into folder (a temporary file renamed into place)."""
    import os

    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{ADAPTER_FILE}.tmp-{os.getpid()}.npy"
    np.save(tmp, np.asarray(weight, dtype=np.float32))
    os.replace(tmp, folder / ADAPTER_FILE)


def load(folder: Path) -> np.ndarray | None:
    """The adapter saved in folder, or None."""
    f = folder / ADAPTER_FILE
    return np.load(f) if f.exists() else None
