"""Answer-card quality on bench/asn_answers/: expected pinpoint citations found, per class and language.

Usage (stores built beforehand, see README):
    KG_MODEL=hash python bench/bench_answers.py --store a=/tmp/ans-a --store b=/tmp/ans-b \
        --store c=/tmp/ans-c [--split test|dev|all] [--show-misses]

Store (c) is corpus/ plus ../shared/corpus-raw plus 1,000 other UU and PP texts of ../shared/peraturan
(unpacked to /tmp/peraturan): of the sorted uu/ and pp/ files not in corpus-raw, every (n/1000)-th, ingested
with KG_MODEL=none (lexical only); 929 of them parse (the rest have no recognisable heading).

For each question the card from ``kg.answers.ask`` is scored: an expected id counts as found when the
card cites it or a finer provision under it; a refusal question (no expected ids) counts 1 when the
card says it cannot answer. Retrieval R@10 is measured on ``kg.answers.search`` (the parser-scoped
search `kg search` runs): an expected id is found when a top-10 hit is it, lies under it, or is the
Pasal holding it. The card's length is printed beside it: citations per card (median) and the share of
a card's citations on target (an expected id, under one or holding one). Expected ids are what a good
answer must cite, not all it may cite, so that share is a floor on precision, for comparing versions.
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answer_set import ANSWER_SET, read_answer_set  # noqa: E402


def found(expected: str, cited: list[str]) -> bool:
    return any(c == expected or c.startswith(expected + "/") for c in cited)


def on_target(cited_id: str, expected: list[str]) -> bool:
    return any(
        cited_id == e or cited_id.startswith(e + "/") or e.startswith(cited_id + "/") for e in expected
    )


def retrieved(expected: str, hits) -> bool:
    for h in hits:
        for pid in (h.pinpoint, h.id):
            if pid == expected or pid.startswith(expected + "/") or expected.startswith(pid + "/"):
                return True
    return False


def score_store(path: str, rows: list[dict], show_misses: bool) -> dict:
    from kg.answers import ask, search
    from kg.store import Store

    st = Store(path)
    per_q = []
    t0 = time.time()
    for r in rows:
        card = ask(st, r["question"])
        cited = card.cited_ids()
        if not r["expected"]:
            ok = 0.0 if card.supported else 1.0
            rec = None
            size = prec = None
        else:
            ok = sum(found(e, cited) for e in r["expected"]) / len(r["expected"])
            hits = search(st, r["question"], k=10)
            rec = sum(retrieved(e, hits) for e in r["expected"]) / len(r["expected"])
            size = len(cited)
            prec = sum(on_target(c, r["expected"]) for c in cited) / size if size else None
        per_q.append((r, ok, rec, size, prec))
        if show_misses and ok < 1:
            missing = [e for e in r["expected"] if not found(e, cited)]
            print(f"  MISS {r['id']} {r['class']}/{r['lang']} {ok:.2f} missing={missing} cited={cited[:8]}")
    secs = time.time() - t0
    return {"per_q": per_q, "seconds": secs}


def summarise(name: str, result: dict) -> dict[str, float]:
    groups: dict[str, list[float]] = defaultdict(list)
    recall: list[float] = []
    sizes: list[int] = []
    on: list[float] = []
    for r, ok, rec, size, prec in result["per_q"]:
        groups["all"].append(ok)
        groups[f"class:{r['class']}"].append(ok)
        groups[f"lang:{r['lang']}"].append(ok)
        if rec is not None:
            recall.append(rec)
        if size is not None:
            sizes.append(size)
        if prec is not None:
            on.append(prec)
    out = {k: sum(v) / len(v) for k, v in groups.items()}
    out["R@10"] = sum(recall) / len(recall) if recall else 0.0
    out["cited/card (median)"] = float(statistics.median(sizes)) if sizes else 0.0
    out["cited on target"] = sum(on) / len(on) if on else 0.0
    n = len(result["per_q"])
    print(
        f"\n== store {name}: {n} questions, {result['seconds']:.1f} s "
        f"({result['seconds'] / max(n, 1):.2f} s/q)"
    )
    for k in sorted(out, key=lambda x: (x != "all", x)):
        size = len(groups[k]) if k in groups else len(recall) if k == "R@10" else len(sizes)
        print(f"  {k:<24} {out[k]:.3f}  (n={size})")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--questions", default=str(ANSWER_SET), help="the set's folder, or one .jsonl file")
    ap.add_argument("--store", action="append", required=True, help="NAME=FOLDER (repeatable)")
    ap.add_argument("--split", default="test", choices=["test", "dev", "all"])
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--only", default=None, help="comma-separated question ids")
    args = ap.parse_args()
    rows = read_answer_set(args.questions)
    if args.split != "all":
        rows = [r for r in rows if r.get("split") == args.split]
    if args.only:
        wanted = set(args.only.split(","))
        rows = [r for r in rows if r["id"] in wanted]
    print(f"{len(rows)} questions ({args.split}), model {os.environ.get('KG_MODEL', 'default')}")
    table = {}
    for spec in args.store:
        name, _, folder = spec.partition("=")
        table[name] = summarise(name, score_store(folder, rows, args.show_misses))
    keys = sorted({k for v in table.values() for k in v}, key=lambda x: (x != "all", x))
    print("\n" + "metric".ljust(24) + "".join(n.rjust(8) for n in table))
    for k in keys:
        print(k.ljust(24) + "".join(f"{table[n].get(k, float('nan')):8.3f}" for n in table))


if __name__ == "__main__":
    main()
