"""Retrieval metrics (MRR@10, Recall@10, hit@10, nDCG@10, computed by ranx), BEIR readers, TREC writer."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


class EvalInputError(ValueError):
    """A queries or qrels file that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class Query:
    """One BEIR query."""

    id: str
    text: str
    metadata: Mapping[str, str]


def read_queries(path: str | Path) -> list[Query]:
    """BEIR queries: one JSON object per line with _id and text."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalInputError(f"{path}: cannot read queries ({exc})") from exc
    out = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            out.append(Query(str(row["_id"]), str(row["text"]), dict(row.get("metadata") or {})))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise EvalInputError(
                f"{path}, line {n}: not a BEIR query line with _id and text ({exc})"
            ) from exc
    return out


def read_qrels(path: str | Path) -> dict[str, dict[str, int]]:
    """qrels TSV (query_id, doc_id, score; a header line is skipped) -> {qid: {docid: grade}}."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalInputError(f"{path}: cannot read qrels ({exc})") from exc
    out: dict[str, dict[str, int]] = {}
    for n, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        if len(cols) == 4:  # TREC qrels: qid iter docid grade
            cols = [cols[0], cols[2], cols[3]]
        if len(cols) != 3:
            raise EvalInputError(f"{path}, line {n}: want query_id<TAB>doc_id<TAB>score")
        try:
            grade = int(float(cols[2]))
        except ValueError as exc:
            if n == 1:
                continue  # header
            raise EvalInputError(f"{path}, line {n}: score {cols[2]!r} is not a number") from exc
        if grade > 0:
            out.setdefault(cols[0].strip(), {})[cols[1].strip()] = grade
    return out


_RANX_METRICS = {"mrr": "mrr", "recall": "recall", "hit": "hit_rate", "ndcg": "ndcg_burges"}


def per_query(
    runs: Mapping[str, Sequence[str]], qrels: Mapping[str, Mapping[str, int]], k: int = 10
) -> dict[str, dict[str, float]]:
    """MRR, recall, hit and nDCG (exponential gain) at k for each judged query, computed by ranx.

    A judged query with no run scores 0; runs of unjudged queries are ignored."""
    import warnings

    from ranx import Qrels, Run
    from ranx import evaluate as ranx_evaluate

    judged = [q for q in qrels if qrels[q]]
    if not judged:
        return {}
    qr = Qrels({q: {d: int(g) for d, g in qrels[q].items()} for q in judged})
    # A ranking becomes descending scores; a document repeated further down keeps its first rank.
    run: dict[str, dict[str, float]] = {}
    for q in judged:
        ranked: dict[str, float] = {}
        for i, d in enumerate(runs.get(q, ())):
            ranked.setdefault(d, float(-i))
        run[q] = ranked
    names = [f"{m}@{k}" for m in _RANX_METRICS.values()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # numba's cast warnings from inside ranx
        scores = ranx_evaluate(qr, Run(run), names, return_mean=False, make_comparable=True)
    order = list(Run(run).keys())  # ranx returns one value per query in the run's sorted order
    out = {q: {} for q in order}
    for short, name in zip(_RANX_METRICS, names, strict=True):
        for q, v in zip(order, scores[name], strict=True):
            out[q][short] = float(v)
    return out


def metrics_for(ranking: Sequence[str], gold: Mapping[str, int], k: int = 10) -> dict[str, float]:
    """MRR, recall, hit and nDCG at k for one query."""
    return per_query({"q": ranking}, {"q": gold}, k).get("q", dict.fromkeys(_RANX_METRICS, 0.0))


def evaluate(runs: Mapping[str, Sequence[str]], qrels: Mapping[str, Mapping[str, int]], k: int = 10) -> dict:
    """Mean metrics over the queries that have judgements (a query with no run scores 0)."""
    per = per_query(runs, qrels, k)
    n = max(1, len(per))
    mean = {m: sum(v[m] for v in per.values()) / n for m in _RANX_METRICS}
    return {
        f"MRR@{k}": round(mean["mrr"], 4),
        f"Recall@{k}": round(mean["recall"], 4),
        f"hit@{k}": round(mean["hit"], 4),
        f"nDCG@{k}": round(mean["ndcg"], 4),
        "queries": len(per),
    }


def trec_lines(qid: str, ranking: Iterable[tuple[str, float]], tag: str = "kg") -> list[str]:
    """TREC run lines `qid Q0 docid rank score tag` for one query."""
    return [f"{qid} Q0 {d} {r} {s:.6f} {tag}" for r, (d, s) in enumerate(ranking, start=1)]


def write_trec(path: str | Path, runs: Mapping[str, Sequence[tuple[str, float]]], tag: str = "kg") -> None:
    """Write a TREC run file atomically."""
    from kg.store import atomic_write_text

    lines: list[str] = []
    for qid, ranking in runs.items():
        lines.extend(trec_lines(qid, ranking, tag))
    atomic_write_text(Path(path), "\n".join(lines) + ("\n" if lines else ""))
