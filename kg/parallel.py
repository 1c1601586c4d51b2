"""Ingest parsing and passage embedding as Ray tasks: ``kg ingest PATH... --ray`` and ``kg index --ray``.

With no address a local Ray is started for the command (and stopped after it); with one, the command
joins that cluster (``ray://host:10001`` or ``host:6379``). Parsing (read → clean → identify →
structure → references → norms, all of ``ingest_file``) runs as one task per small group of files;
embedding runs on a pool of actors that each load the encoder once and take batches of texts. The
driver keeps everything that must stay in one place and in order: the store, the embedding cache and
the index are written by this process only, in file order, so the result is identical to a single
process. Workers read the input files by path: on a cluster the files must be on a shared file
system at the same path (docs/scale.md).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from ingest.records import Document, IngestError
from kg.errors import NotAvailableError

FILES_PER_TASK = 4  # a task per file costs more in scheduling than a short text takes to parse
LOCAL_OBJECT_STORE = 256 * 1024 * 1024  # parsed documents and vectors pass through it, a batch at a time


class RayUnavailableError(NotAvailableError):
    """Ray is not installed, or the cluster at the given address cannot be joined."""


@contextmanager
def ray_session(address: str | None = None, workers: int | None = None) -> Iterator[int]:
    """Ray for one command: a local instance (stopped afterwards) or the cluster at ``address``.

    Yields the number of CPUs the tasks can use.
    """
    try:
        import ray
    except ImportError:
        raise RayUnavailableError(
            "--ray needs Ray: install it with `pip install -e .[ray]` (or drop --ray)"
        ) from None
    started = not ray.is_initialized()
    if started and address:
        _check_reachable(address)
    if started:
        options: dict = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
        if address:
            options["address"] = address
        else:
            options.update(num_cpus=workers or os.cpu_count() or 1, object_store_memory=LOCAL_OBJECT_STORE)
        # Workers must import this checkout's packages, wherever they run.
        options["runtime_env"] = {"env_vars": {"PYTHONPATH": _pythonpath()}} if address else None
        try:
            ray.init(**{k: v for k, v in options.items() if v is not None})
        except (ConnectionError, RuntimeError, ValueError) as exc:
            where = f"the Ray cluster at {address}" if address else "a local Ray"
            raise RayUnavailableError(f"cannot start or join {where}: {exc}") from exc
    try:
        yield int(ray.cluster_resources().get("CPU", 1))
    finally:
        if started:
            ray.shutdown()


def _check_reachable(address: str, timeout: float = 5.0) -> None:
    """Fail fast when nothing listens at host:port (Ray itself would retry for minutes)."""
    import socket

    host, sep, port = address.removeprefix("ray://").rpartition(":")
    if not sep or not port.isdigit():
        return  # "auto" and other forms Ray resolves itself
    try:
        socket.create_connection((host, int(port)), timeout=timeout).close()
    except OSError as exc:
        raise RayUnavailableError(
            f"no Ray cluster answers at {address} ({exc.strerror or exc}): start one with `ray start --head` "
            "there, or drop --ray-address to use a local Ray"
        ) from None


def _pythonpath() -> str:
    root = str(Path(__file__).resolve().parents[1])
    return os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)


def parse_one(path: Path) -> tuple[list[Document], str | None]:
    """A file's documents, or none and the error that stopped it (one bad file must not stop a batch)."""
    from ingest.pipeline import ingest_file

    try:
        return ingest_file(path), None
    except IngestError as exc:
        return [], str(exc)
    except Exception as exc:  # noqa: BLE001 — reported in the batch summary with the file's name
        return [], f"{path}: could not be parsed ({type(exc).__name__}: {exc})"


def parse_serially(files: list[Path]) -> Iterator[tuple[Path, list[Document], str | None]]:
    """(file, documents, error) for each file, parsed in this process."""
    for path in files:
        yield path, *parse_one(path)


def _parse_group(paths: list[str]) -> list[tuple[list[str], str | None]]:
    """parse_one on a Ray worker, documents as JSON (pydantic's own round trip, exact)."""
    out = []
    for name in paths:
        docs, error = parse_one(Path(name))
        out.append(([d.model_dump_json() for d in docs], error))
    return out


def parse_on_ray(files: list[Path]) -> Iterator[tuple[Path, list[Document], str | None]]:
    """(file, documents, error) for each file, in the order given, parsed by Ray tasks (needs ray_session)."""
    import ray

    remote = ray.remote(num_cpus=1)(_parse_group)
    groups = [files[i : i + FILES_PER_TASK] for i in range(0, len(files), FILES_PER_TASK)]
    pending = [remote.remote([str(p) for p in group]) for group in groups]
    for group, ref in zip(groups, pending, strict=True):
        for path, (docs, error) in zip(group, ray.get(ref), strict=True):
            yield path, [Document.model_validate_json(d) for d in docs], error


class _Embedder:
    """A Ray actor holding one loaded encoder."""

    def __init__(self, model: str, threads: int):
        import sys

        from kg.search.encoders import load_encoder

        self.encoder = load_encoder(model)
        if "torch" in sys.modules:  # actors share the node's cores instead of each taking them all
            sys.modules["torch"].set_num_threads(threads)

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.encoder.encode_passages(texts)


def ray_batch_encoder(model: str, actors: int, threads: int = 1):
    """An embed_cache.BatchEncoder running batches on ``actors`` Ray actors (needs ray_session).

    The actors start only when there is something to embed, so an index whose texts are all cached
    never loads a model.
    """
    import ray

    def run(batches: list[list[str]]) -> Iterator[tuple[int, np.ndarray]]:
        if not batches:
            return
        actor = ray.remote(num_cpus=threads)(_Embedder)
        pool = [actor.remote(model, threads) for _ in range(max(1, min(actors, len(batches))))]
        todo = list(enumerate(batches))
        running: dict = {}
        while todo or running:
            for a in pool:  # keep every actor busy with one batch, the next one queued behind it
                while todo and sum(1 for x in running.values() if x[1] is a) < 2:
                    n, batch = todo.pop(0)
                    running[a.encode.remote(batch)] = (n, a)
            ready, _ = ray.wait(list(running), num_returns=1)
            for ref in ready:
                n, _a = running.pop(ref)
                yield n, ray.get(ref)
        for a in pool:
            ray.kill(a)

    return run
