"""Train the learned conduct prior (kg/conduct_prior.py) on the answers bench's dev split.

Each curated norm of conduct (a prohibition or an obligation) that at least ``--min-positives`` dev questions
expect (one of its provisions among their expected ids) gets a logistic model over the question's words and
word pairs and their lexicon expansions (tf-idf). Test questions are never read. ``--exclude`` leaves out
the dev questions listed in a file (one id a line): a model trained on one half of dev scores the other
half honestly. ``--cv K`` prints cross-validated average precision per norm (folds keep a question and its
translation together) instead of writing a model.

    python bench/train_conduct_prior.py                       # writes kg/search/data/conduct_prior.json
    python bench/train_conduct_prior.py --exclude half.txt --out /tmp/prior-half.json
    python bench/train_conduct_prior.py --cv 5
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answer_set import ANSWER_SET, read_answer_set  # noqa: E402

from kg.conduct_prior import FORMAT, PRIOR_FILE, ConductPrior, features, model_text, term_counts  # noqa: E402
from kg.corpus import load_corpus  # noqa: E402


def labelled(
    rows: list[dict], corpus_dir: Path, min_positives: int, by: str = "norms"
) -> tuple[list[str], list[list[int]]]:
    """(the labels modelled, each question's 0/1 per label): curated norms of conduct (``by="norms"``),
    or the provisions expected themselves (``by="provisions"``), those with ``min_positives`` questions."""
    if by == "provisions":
        ids = sorted({e for r in rows for e in r["expected"]})
        labels = [[int(i in r["expected"]) for i in ids] for r in rows]
    else:
        norms = [n for n in load_corpus(corpus_dir).norms if n.kind in ("prohibition", "obligation")]
        ids = [n.id for n in norms]
        labels = [[int(any(p in r["expected"] for p in n.provisions)) for n in norms] for r in rows]
    keep = [j for j in range(len(ids)) if sum(y[j] for y in labels) >= min_positives]
    return [ids[j] for j in keep], [[y[j] for j in keep] for y in labels]


def fit(rows: list[dict], norm_ids: list[str], labels: list[list[int]], c: float, min_df: int, prune: float):
    """A ConductPrior fitted on ``rows``."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = [term_counts(model_text(r["question"])) for r in rows]
    df: dict[str, int] = {}
    for cs in counts:
        for t in cs:
            df[t] = df.get(t, 0) + 1
    n = len(rows)
    idf = {t: math.log((1 + n) / (1 + d)) + 1.0 for t, d in df.items() if d >= min_df}
    vocab = {t: i for i, t in enumerate(sorted(idf))}
    data, ind, ptr = [], [], [0]
    for cs in counts:
        for t, v in features(cs, idf).items():
            ind.append(vocab[t])
            data.append(v)
        ptr.append(len(ind))
    x = csr_matrix((data, ind, ptr), shape=(n, len(vocab)))
    y = np.array(labels)
    terms = sorted(vocab, key=vocab.get)
    bias, weights = {}, {}
    for j, norm_id in enumerate(norm_ids):
        model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, y[:, j])
        coef = model.coef_[0]
        bias[norm_id] = round(float(model.intercept_[0]), 4)
        weights[norm_id] = {terms[i]: round(float(coef[i]), 4) for i in np.flatnonzero(np.abs(coef) >= prune)}
    used = {t for w in weights.values() for t in w}
    return ConductPrior({t: round(v, 4) for t, v in idf.items() if t in used}, bias, weights, trained_on=n)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=Path, default=ANSWER_SET)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--exclude", type=Path, help="file of dev question ids to leave out")
    ap.add_argument("--out", type=Path, default=PRIOR_FILE)
    ap.add_argument("--labels", choices=("norms", "provisions"), default="norms")
    ap.add_argument("--min-positives", type=int, default=10)
    ap.add_argument("--min-df", type=int, default=2)
    ap.add_argument("--c", type=float, default=4.0, help="inverse regularisation strength")
    ap.add_argument("--prune", type=float, default=0.3, help="drop weights smaller than this")
    ap.add_argument("--cv", type=int, default=0, help="print K-fold average precision instead of training")
    args = ap.parse_args(argv)
    rows = read_answer_set(args.questions)
    rows = [r for r in rows if r.get("split") == "dev"]
    if args.exclude:
        out = {line.strip() for line in args.exclude.open(encoding="utf-8") if line.strip()}
        rows = [r for r in rows if r["id"] not in out]
    norm_ids, labels = labelled(rows, args.corpus, args.min_positives, args.labels)
    print(
        f"{len(rows)} dev questions, {len(norm_ids)} {args.labels} with at least "
        f"{args.min_positives} positives"
    )
    if args.cv:
        return cross_validate(rows, norm_ids, labels, args)
    prior = fit(rows, norm_ids, labels, args.c, args.min_df, args.prune)
    # Compact separators keep the shipped file under the repository's 2 MB limit on tracked files.
    text = json.dumps(prior.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    args.out.write_text(text, encoding="utf-8")
    kept = sum(len(w) for w in prior.weights.values())
    print(f"wrote {args.out} (format {FORMAT}): {len(prior.idf)} terms, {kept} weights")
    return 0


def cross_validate(rows, norm_ids, labels, args) -> int:
    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import GroupKFold

    groups = [r.get("pair") or r["id"] for r in rows]
    scores = [[0.0] * len(norm_ids) for _ in rows]
    for train, held in GroupKFold(args.cv).split(rows, groups=groups):
        prior = fit(
            [rows[i] for i in train], norm_ids, [labels[i] for i in train], args.c, args.min_df, args.prune
        )
        for i in held:
            p = prior.probabilities(rows[i]["question"])
            scores[i] = [p[n] for n in norm_ids]
    aps = []
    for j, norm_id in enumerate(norm_ids):
        y = [lab[j] for lab in labels]
        ap = average_precision_score(y, [s[j] for s in scores])
        aps.append(ap)
        print(f"{sum(y):4d} AP {ap:.3f} {norm_id}")
    print(f"mean AP {sum(aps) / len(aps):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
