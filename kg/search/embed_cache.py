"""Passage embeddings cached by content hash, so that no unchanged unit is ever embedded twice.

``<store>/embeddings/<model>/`` holds shards: ``NAME.npy`` (float32 rows) and ``NAME.keys`` (one text
hash per line). The keys file is renamed into place last, so a shard without one is unfinished and
ignored. Every batch the encoder finishes becomes a shard at once: an interrupted ingest or index
build resumes where it stopped. The cache lives beside the index, not in it, so deleting or
rebuilding the index (even with another model and back) keeps it.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import count
from pathlib import Path

import numpy as np

from kg.search.units import text_hash

CACHE_DIR = "embeddings"
BATCH = 128  # texts per encoder call and per shard: small enough that progress and resume are fine-grained
MAX_SHARDS = 32  # more than this and the next build merges them into one
_SEQ = count()

# encode_batches(batches) yields (batch number, vectors) in any order: serial here, Ray in kg.parallel.
BatchEncoder = Callable[[list[list[str]]], Iterable[tuple[int, np.ndarray]]]
Progress = Callable[[int, int, str], None]


def cache_dir(store_path: Path, model: str) -> Path:
    """The folder holding one model's vectors in a store (the name is readable and collision-free)."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", model).strip("_")[:60] or "model"
    return store_path / CACHE_DIR / f"{slug}-{hashlib.blake2b(model.encode(), digest_size=4).hexdigest()}"


class EmbeddingCache:
    """Vectors of one model by text hash, read from memory-mapped shards."""

    def __init__(self, folder: Path, dim: int):
        self.folder, self.dim = folder, int(dim)
        self._where: dict[str, tuple[Path, int]] = {}
        self._shards: list[Path] = []
        self._scan()

    def _scan(self) -> None:
        if not self.folder.is_dir():
            return
        for keys_file in sorted(self.folder.glob("*.keys")):
            npy = keys_file.with_suffix(".npy")
            try:
                keys = keys_file.read_text(encoding="ascii").split()
                shape = np.load(npy, mmap_mode="r").shape
            except (OSError, ValueError):
                continue  # removed by a concurrent merge, or damaged: its units are embedded again
            if shape != (len(keys), self.dim):
                continue
            self._shards.append(npy)
            for row, key in enumerate(keys):
                self._where[key] = (npy, row)

    def __contains__(self, key: str) -> bool:
        return key in self._where

    def __len__(self) -> int:
        return len(self._where)

    def get(self, keys: list[str]) -> np.ndarray:
        """The vectors of these keys, in order (every key must be cached)."""
        out = np.empty((len(keys), self.dim), dtype=np.float32)
        by_file: dict[Path, list[tuple[int, int]]] = {}
        for i, key in enumerate(keys):
            npy, row = self._where[key]
            by_file.setdefault(npy, []).append((i, row))
        for npy, pairs in by_file.items():
            arr = np.load(npy, mmap_mode="r")
            out[[i for i, _ in pairs]] = arr[[r for _, r in pairs]]
        return out

    def put(self, keys: list[str], vectors: np.ndarray) -> None:
        """Add one shard of vectors (written through temporary files and renames)."""
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if vectors.shape != (len(keys), self.dim):
            raise ValueError(f"{len(keys)} keys but vectors of shape {vectors.shape} (dim {self.dim})")
        if not keys:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        name = f"{time.time_ns():x}-{os.getpid()}-{next(_SEQ)}"
        npy, keys_file = self.folder / f"{name}.npy", self.folder / f"{name}.keys"
        _atomic(npy, lambda f: np.save(f, vectors))
        _atomic(keys_file, lambda f: f.write("\n".join(keys).encode("ascii") + b"\n"))
        self._shards.append(npy)
        for row, key in enumerate(keys):
            self._where[key] = (npy, row)

    def compact(self, keep: set[str]) -> None:
        """Merge the shards into one holding only ``keep`` (vectors of texts no longer indexed go)."""
        if len(self._shards) <= MAX_SHARDS:
            return
        old = list(self._shards)
        kept = sorted(k for k in keep if k in self._where)
        vectors = self.get(kept)
        self._where, self._shards = {}, []
        self.put(kept, vectors)
        for npy in old:
            npy.with_suffix(".keys").unlink(missing_ok=True)
            npy.unlink(missing_ok=True)


def _atomic(path: Path, write: Callable) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "wb") as f:
            write(f)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def serial_batches(encoder) -> BatchEncoder:
    """Encode batches one after the other in this process."""

    def run(batches: list[list[str]]) -> Iterator[tuple[int, np.ndarray]]:
        for n, batch in enumerate(batches):
            yield n, encoder.encode_passages(batch)

    return run


def embed(
    texts: list[str],
    cache: EmbeddingCache,
    encode_batches: BatchEncoder,
    progress: Progress | None = None,
) -> tuple[np.ndarray, int]:
    """Vectors of all texts (cached ones read, the others encoded and cached); also how many were encoded."""
    keys = [text_hash(t) for t in texts]
    todo: dict[str, str] = {}
    for key, text in zip(keys, texts, strict=True):
        if key not in cache and key not in todo:
            todo[key] = text
    missing = list(todo)
    batches = [missing[i : i + BATCH] for i in range(0, len(missing), BATCH)]
    tell = progress or (lambda done, total, what: None)
    done = 0
    tell(0, len(missing), "embedding")
    for n, vectors in encode_batches([[todo[k] for k in batch] for batch in batches]):
        cache.put(batches[n], vectors)
        done += len(batches[n])
        tell(done, len(missing), "embedding")
    return cache.get(keys), len(missing)
