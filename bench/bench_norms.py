"""Run the whole ingest pipeline, norms stage included, over a folder of regulations; print what it found.

Usage: nice python bench/bench_norms.py FOLDER [--workers N] [--limit N] [--sample 50] [--seed 7]
(FOLDER: ../shared/peraturan/data-peraturan.tar.gz unpacked to /tmp, never into the repo).
Prints files, crashes (must be 0), ingest errors by reason, regulations with no norm, norms by
kind, sanction links (linked / unresolved), powers, definitions, seconds, and a random sample of
extracted norms for eyeballing.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest.pipeline import ingest_file  # noqa: E402
from ingest.records import IngestError  # noqa: E402


def one(path: str) -> dict:
    """Counts for one file, and up to three of its norms for the sample."""
    try:
        docs = ingest_file(Path(path))
    except IngestError as exc:
        return {"path": path, "status": "error:" + exc.reason.split(":")[0][:60]}
    except Exception:  # noqa: BLE001 - the point of the bench is to count these
        return {
            "path": path,
            "status": "crash:" + traceback.format_exc(limit=3).strip().splitlines()[-1][:160],
        }
    out = {
        "path": path,
        "status": "ok",
        "kinds": Counter(),
        "links": 0,
        "linked": 0,
        "unresolved": 0,
        "powers": 0,
        "definitions": 0,
        "sample": [],
    }
    for doc in docs:
        out["kinds"].update(n.kind for n in doc.norms)
        out["links"] += len(doc.sanction_links)
        out["linked"] += sum(1 for link in doc.sanction_links if link.norms)
        out["unresolved"] += sum(1 for link in doc.sanction_links if link.unresolved)
        out["powers"] += len(doc.powers)
        out["definitions"] += len(doc.definitions)
        rng = random.Random(path)
        deontic = [n for n in doc.norms if n.kind != "definition"]
        for n in rng.sample(deontic, min(3, len(deontic))):
            out["sample"].append(
                f"{n.id} {n.kind}{' (negated)' if n.negated else ''} [{','.join(n.addressees)}] "
                f"{n.marker}: {n.act[:140]}"
                + (f"  <- {', '.join(n.sanction_provisions)}" if n.sanction_provisions else "")
            )
    out["empty"] = not any(out["kinds"].values())
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0, help="only the first N files (0 = all)")
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    files = sorted(str(p) for p in args.folder.rglob("*") if p.suffix.lower() in (".md", ".txt", ".pdf"))
    if args.limit:
        files = files[: args.limit]
    t0 = time.perf_counter()
    if args.workers > 1:
        with ProcessPoolExecutor(args.workers) as pool:
            results = list(pool.map(one, files, chunksize=8))
    else:
        results = [one(f) for f in files]
    seconds = time.perf_counter() - t0
    status = Counter(r["status"] if not r["status"].startswith("crash") else "crash" for r in results)
    kinds: Counter = Counter()
    for r in results:
        kinds.update(r.get("kinds", {}))
    ok = [r for r in results if r["status"] == "ok"]
    print(
        f"files {len(files)}  ok {status['ok']}  crashes {status['crash']}  seconds {seconds:.0f}  "
        f"files/s {len(files) / max(seconds, 1e-9):.1f}"
    )
    for s, n in sorted(status.items()):
        if s not in ("ok", "crash"):
            print(f"  ingest error {s}: {n}")
    for r in results:
        if r["status"].startswith("crash"):
            print(f"  CRASH {r['path']}: {r['status']}")
    print(f"regulations with no norm extracted (reported, not an error): {sum(1 for r in ok if r['empty'])}")
    print(
        "norms by kind: "
        + ", ".join(f"{k} {v}" for k, v in kinds.most_common())
        + f"  (total {sum(kinds.values())})"
    )
    print(
        f"sanction links {sum(r['links'] for r in ok)}  reaching a norm {sum(r['linked'] for r in ok)}  "
        f"unresolved (kept with reason) {sum(r['unresolved'] for r in ok)}"
    )
    print(f"powers {sum(r['powers'] for r in ok)}  definitions {sum(r['definitions'] for r in ok)}")
    pool = [line for r in ok for line in r["sample"]]
    print(f"\n{min(args.sample, len(pool))} random extracted norms:")
    for line in random.Random(args.seed).sample(pool, min(args.sample, len(pool))):
        print("  " + line)


if __name__ == "__main__":
    main()
