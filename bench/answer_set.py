"""The ASN answer set (bench/asn_answers/: one JSON object a line, in parts of a thousand ids) as one list."""

from __future__ import annotations

import json
from pathlib import Path

ANSWER_SET = Path(__file__).resolve().parent / "asn_answers"


def read_answer_set(path: str | Path = ANSWER_SET) -> list[dict]:
    """Every row of the set's parts in id order, or of one .jsonl file (a batch being written, say)."""
    path = Path(path)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    return [json.loads(line) for line in lines if line.strip()]
