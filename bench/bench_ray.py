"""Throughput of parsing and embedding in one process and on a local Ray, 1 and 2 workers (prints figures).

    python bench/bench_ray.py [--peraturan /tmp/peraturan] [--files 40] [--passages 256] [--model e5-small]

Parsing: a reproducible sample of regulations from ../shared/peraturan (unpacked into --peraturan),
through ``ingest_file`` (read → … → norms). Embedding: passage texts cut from those documents, through
the encoder's ``encode_passages`` in batches of embed_cache.BATCH. Ray start-up is reported apart
from the work, since a cluster pays it once. docs/scale.md projects these per-unit costs.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tarfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared"


def sample_files(peraturan: Path, n: int) -> list[Path]:
    if not peraturan.exists():
        peraturan.mkdir(parents=True)
        with tarfile.open(SHARED / "peraturan" / "data-peraturan.tar.gz") as tar:
            tar.extractall(peraturan, filter="data")
    files = sorted(peraturan.rglob("*.md"))
    return sorted(random.Random(1).sample(files, min(n, len(files))))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--peraturan", type=Path, default=Path("/tmp/peraturan"))
    ap.add_argument("--files", type=int, default=40)
    ap.add_argument("--passages", type=int, default=256)
    ap.add_argument("--model", default="e5-small")
    ap.add_argument("--workers", default="1,2", help="Ray worker counts to measure.")
    a = ap.parse_args()

    from kg.parallel import parse_on_ray, parse_serially, ray_batch_encoder, ray_session
    from kg.search.embed_cache import BATCH, serial_batches
    from kg.search.encoders import load_encoder

    files = sample_files(a.peraturan, a.files)
    out: dict = {"files": len(files), "model": a.model}
    t0 = time.perf_counter()
    docs = [d for _, ds, _ in parse_serially(files) for d in ds]
    out["parse_serial_files_per_s"] = round(len(files) / (time.perf_counter() - t0), 2)
    texts = [p.text for d in docs for p in d.provisions if p.level == "pasal" and p.text][: a.passages]
    batches = [texts[i : i + BATCH] for i in range(0, len(texts), BATCH)]
    out["passages"] = len(texts)
    t0 = time.perf_counter()
    encoder = load_encoder(a.model)
    out["model_load_s"] = round(time.perf_counter() - t0, 1)
    t0 = time.perf_counter()
    list(serial_batches(encoder)(batches))
    out["embed_serial_passages_per_s"] = round(len(texts) / (time.perf_counter() - t0), 2)
    for workers in [int(w) for w in a.workers.split(",")]:
        t0 = time.perf_counter()
        with ray_session(workers=workers):
            started = time.perf_counter()
            list(parse_on_ray(files))
            parsed = time.perf_counter()
            list(ray_batch_encoder(a.model, workers)(batches))  # includes each actor loading the model
            done = time.perf_counter()
        out[f"ray{workers}"] = {
            "start_s": round(started - t0, 1),
            "parse_files_per_s": round(len(files) / (parsed - started), 2),
            "embed_passages_per_s_with_model_load": round(len(texts) / (done - parsed), 2),
        }
        print(json.dumps(out[f"ray{workers}"]), file=sys.stderr, flush=True)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
