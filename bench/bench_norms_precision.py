"""Precision of the norms stage against a hand-labelled sample (bench/norms_labelled.jsonl).

Usage: python bench/bench_norms_precision.py FOLDER [--labels bench/norms_labelled.jsonl]
(FOLDER: ../shared/peraturan/data-peraturan.tar.gz unpacked to /tmp). Re-runs the pipeline on the
labelled regulations, finds each labelled norm by id and compares what is extracted now with the
ground truth read from the text (see bench/norms_labelled.md). Prints kind, addressee and
sanction-link precision per sample and for the dev samples (A-C, which the rules were tuned on) and
the test sample (D, labelled after the last rule change) apart, and the labelled norms that are no
longer extracted. New samples are drawn with bench/bench_norms_sample.py.

Addressee is scored two ways: "vocabulary" (an actor the vocabulary of ingest/actors.py lacks is
rightly ``unknown``) and "strict" (``unknown`` is wrong whenever the text names the actor).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest.pipeline import ingest_file  # noqa: E402

HERE = Path(__file__).resolve().parent


def _vocabulary_reading(actors: list[str]) -> set[str]:
    return {"unknown" if a.startswith("other:") else a for a in actors}


def _score(rows: list[dict], extracted: dict[str, object], show: bool) -> None:
    scores = {"kind": 0, "addressee (vocabulary)": 0, "addressee (strict)": 0, "sanction link": 0}
    present = gone_right = gone_wrong = 0
    for row in rows:
        truth = row["truth"]
        n = extracted.get(row["id"])
        if n is None:
            # A labelled non-norm that is no longer extracted is a fix; a real norm lost is a miss.
            gone_right += truth["kind"] == "none"
            gone_wrong += truth["kind"] != "none"
            if show and truth["kind"] != "none":
                print(f"  no longer extracted: {row['id']}")
            continue
        present += 1
        ok = {
            "kind": n.kind == truth["kind"],
            "addressee (vocabulary)": set(n.addressees) == _vocabulary_reading(truth["addressees"]),
            "addressee (strict)": set(n.addressees) == set(truth["addressees"]),
            "sanction link": set(n.sanction_provisions) == set(truth["sanction_provisions"]),
        }
        for k, v in ok.items():
            scores[k] += v
        if show and not all(ok.values()):
            wrong = ", ".join(k for k, v in ok.items() if not v)
            print(f"  {row['id']}: {wrong}; now {n.kind} {list(n.addressees)} {list(n.sanction_provisions)}")
    docs = len({row["doc"] for row in rows})
    print(
        f"{len(rows)} labelled norms from {docs} regulations; still extracted {present}; "
        f"no longer extracted: {gone_right} labelled non-norms (right), {gone_wrong} real norms (missed)"
    )
    for k, v in scores.items():
        print(f"  {k:24s} {v}/{present} = {v / max(present, 1):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--labels", type=Path, default=HERE / "norms_labelled.jsonl")
    ap.add_argument("--show", action="store_true", help="print every disagreement")
    args = ap.parse_args()
    labels = [
        json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    extracted = {}
    for file in sorted({row["file"] for row in labels}):
        extracted.update({n.id: n for d in ingest_file(args.folder / file) for n in d.norms})
    by_set: dict[str, list[dict]] = defaultdict(list)
    by_split: dict[str, list[dict]] = defaultdict(list)
    for row in labels:
        by_set[row.get("set", "A")].append(row)
        by_split[row.get("split", "dev")].append(row)
    for name, rows in sorted(by_set.items()):
        print(f"sample {name} ({rows[0].get('split', 'dev')}):")
        _score(rows, extracted, args.show)
    # Rules were tuned on the dev samples; the test sample was labelled after the last change to them.
    for split in ("dev", "test"):
        if by_split.get(split):
            print(f"{split} (all {split} samples):")
            _score(by_split[split], extracted, False)

if __name__ == "__main__":
    main()
