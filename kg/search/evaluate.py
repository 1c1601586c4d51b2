"""Retrieval metrics (MRR@10, Recall@10, hit@10, nDCG@10), BEIR query/qrels readers, TREC run writer."""

from __future__ import annotations

import json
import math
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


def metrics_for(ranking: Sequence[str], gold: Mapping[str, int], k: int = 10) -> dict[str, float]:
    """MRR, recall, hit and nDCG at k for one query."""
    top = list(ranking[:k])
    rr = next((1.0 / i for i, d in enumerate(top, start=1) if d in gold), 0.0)
    found = len({d for d in top if d in gold})
    dcg = sum((2 ** gold[d] - 1) / math.log2(i + 1) for i, d in enumerate(top, start=1) if d in gold)
    ideal = sorted(gold.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 1) for i, g in enumerate(ideal, start=1))
    return {
        "mrr": rr,
        "recall": found / len(gold) if gold else 0.0,
        "hit": 1.0 if found else 0.0,
        "ndcg": dcg / idcg if idcg else 0.0,
    }


def evaluate(runs: Mapping[str, Sequence[str]], qrels: Mapping[str, Mapping[str, int]], k: int = 10) -> dict:
    """Mean metrics over the queries that have judgements (a query with no run scores 0)."""
    judged = [q for q in qrels if qrels[q]]
    sums = {"mrr": 0.0, "recall": 0.0, "hit": 0.0, "ndcg": 0.0}
    for q in judged:
        for name, v in metrics_for(runs.get(q, []), qrels[q], k).items():
            sums[name] += v
    n = max(1, len(judged))
    return {
        f"MRR@{k}": round(sums["mrr"] / n, 4),
        f"Recall@{k}": round(sums["recall"] / n, 4),
        f"hit@{k}": round(sums["hit"] / n, 4),
        f"nDCG@{k}": round(sums["ndcg"] / n, 4),
        "queries": len(judged),
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
