"""Read, clean, identify and parse every file of a folder of regulations; print counts and speed.

Usage: python bench/bench_ingest_peraturan.py FOLDER [--workers N]
(e.g. the unpacked ../shared/peraturan/data-peraturan.tar.gz). Prints files, ok, errors by
reason, crashes (must be 0), Pasal total, seconds and files/s.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest.clean import clean_pages  # noqa: E402
from ingest.identify import identify  # noqa: E402
from ingest.read import read_file  # noqa: E402
from ingest.records import IngestError  # noqa: E402
from ingest.structure import parse_regulation  # noqa: E402


def one(path: str) -> tuple[str, str, int, int, int, float]:
    """(path, status, Pasal, provisions, warnings, CPU seconds); status "ok", "error:…" or "crash:…"."""
    t0 = time.process_time()
    try:
        pages = read_file(Path(path))
        text = clean_pages(path, pages)
        doc = parse_regulation(text, identify(text))
    except IngestError as exc:
        return path, "error:" + exc.reason.split(":")[0], 0, 0, 0, time.process_time() - t0
    except Exception:  # noqa: BLE001 - the point of the bench is to count these
        crash = "crash:" + traceback.format_exc(limit=3).strip().splitlines()[-1][:160]
        return path, crash, 0, 0, 0, time.process_time() - t0
    pasal = sum(1 for p in doc.provisions if p.level == "pasal")
    return path, "ok", pasal, len(doc.provisions), len(doc.warnings), time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--limit", type=int, default=0, help="only the first N files (0 = all)")
    args = ap.parse_args()
    files = sorted(str(p) for p in args.folder.rglob("*") if p.suffix.lower() in (".md", ".txt", ".pdf"))
    if args.limit:
        files = files[: args.limit]
    start = time.perf_counter()
    statuses: Counter[str] = Counter()
    pasal = provisions = warnings = no_pasal = 0
    cpu = 0.0
    slowest: list[tuple[float, str]] = []
    crashes: list[str] = []
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        for path, status, n_pasal, n_prov, n_warn, secs in pool.map(one, files, chunksize=8):
            statuses[status] += 1
            cpu += secs
            slowest = sorted([*slowest, (secs, path)], reverse=True)[:3]
            pasal += n_pasal
            provisions += n_prov
            warnings += n_warn
            if status == "ok" and n_pasal == 0:
                no_pasal += 1
            if status.startswith("crash"):
                crashes.append(f"{path}: {status}")
    secs = time.perf_counter() - start
    mb = sum(Path(f).stat().st_size for f in files) / 1e6
    ok = statuses["ok"]
    print(f"files         {len(files)}")
    print(f"ok            {ok}  (of which without any Pasal: {no_pasal})")
    for status, n in sorted(statuses.items()):
        if status != "ok":
            print(f"  {status:40s} {n}")
    print(f"crashes       {len(crashes)}")
    for c in crashes[:20]:
        print("   ", c)
    print(f"pasal total   {pasal}")
    print(f"provisions    {provisions}")
    print(f"warnings      {warnings}")
    print(f"workers       {args.workers}")
    print(f"seconds       {secs:.1f}  (wall; CPU summed over workers {cpu:.1f})")
    print(f"MB            {mb:.1f}  ({mb / cpu:.2f} MB per CPU second)")
    print("slowest files " + ", ".join(f"{Path(p).relative_to(args.folder)} {s:.1f}s" for s, p in slowest))
    print(f"files/s       {len(files) / secs:.1f}")


if __name__ == "__main__":
    main()
