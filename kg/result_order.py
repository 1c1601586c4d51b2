"""The order of `kg search`'s results: a learned ranker over the answer card's items and the plain hits.

`kg search` lists what the answer card rests on before what the words alone find, and the card holds some
forty provisions where a result list shows ten. Which of them a reader needs first depends on where each
came from (its group on the card and why it is there), where it stands among the card's leading items and
in the plain search, what it is (how fine a point, in force, a sanction of some regime) and what the
question asks. A LightGBM lambdarank model over those features, trained on the dev split of the answers
bench (``bench/train_result_order.py``; test questions are never read), scores each candidate; the model
is kept gzipped (``ORDER_FILE``), a path not ending in .gz is read and written as plain JSON. The features
name no act, so the model orders a store's other acts as it does ours; without the model file the
hand-set order stands.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from kg.errors import ResultOrderError

# Gzipped: the model's text is 2.8 MB as written, 1.1 MB compressed.
ORDER_FILE = Path(__file__).resolve().parent / "search" / "data" / "result_order.json.gz"
FORMAT = 1
# The answer card's groups in the order a card lists them (kg.answers.CARD_GROUPS); the features number them.
GROUPS = (
    "definitions",
    "obligations",
    "prohibitions",
    "permissions",
    "sanctions",
    "authorities",
    "cases",
    "related",
    "alternatives",
)
INTENTS = (
    "sanction",
    "authority",
    "status",
    "definition",
    "obligation",
    "prohibition",
    "permission",
    "general",
)
FEATURES = (
    "lead_pos",
    "plain_pos",
    "group",
    "group_pos",
    "note_kind",
    "depth",
    "doc_named",
    "doc_share",
    "same_article",
    "intent",
    "lang_en",
    "card_size",
    "in_force",
    "has_regime",
    "support",
    "is_summary",
    "match",
    "group_size",
    "parts_on_card",
    "whole_on_card",
    "article_on_card",
    "article_best_plain",
)
T = TypeVar("T")
ABSENT = 99  # the position of a candidate not in that list
_NOTE_WORDS = re.compile(r"[a-z][a-z ,-]*")
_MATCH = re.compile(r"\bmatch (\d+(?:\.\d+)?)")  # a matched norm's score, as the card's note gives it


@dataclass(frozen=True)
class Candidate:
    """One provision `kg search` may list, with where it came from."""

    pinpoint: str
    group: str | None = None  # its group on the answer card; None for a plain hit only
    group_pos: int = ABSENT
    note: str = ""
    regime: str | None = None
    status: str = ""
    is_summary: bool = False
    lead_pos: int = ABSENT  # among the card's leading items (kg.answers._leading_items)
    plain_pos: int = ABSENT  # among the plain search's hits
    support: float = 0.0  # share of the question's meaning its text carries


def note_kind(note: str) -> str:
    """Why an item is on the card, as a kind: the note's first words before any citation or term."""
    m = _NOTE_WORDS.match((note or "").lower())
    return " ".join(m.group(0).replace(",", " ").split()[:3]) if m else ""


def candidates(
    card_items: Iterable[tuple[str, int, str, str | None, str, bool, str]],
    leading: Sequence[str],
    plain: Sequence[str],
) -> list[Candidate]:
    """The candidates: the card's items (group, position in it, note, regime, status, is_summary, id) and
    the plain hits' pinpoints, each once, in the order card, then plain."""
    lead = {pid: n for n, pid in reversed(list(enumerate(leading)))}
    plain_at = {pid: n for n, pid in reversed(list(enumerate(plain)))}
    out: dict[str, Candidate] = {}
    for group, pos, note, regime, status, summary, pid in card_items:
        if pid in out or "/" not in pid:
            continue
        out[pid] = Candidate(
            pid, group, pos, note, regime, status, summary, lead.get(pid, ABSENT), plain_at.get(pid, ABSENT)
        )
    for pid in plain:
        if pid not in out:
            out[pid] = Candidate(pid, plain_pos=plain_at[pid])
    return list(out.values())


def _article(pid: str) -> str:
    return "/".join(pid.split("/")[:2])


def feature_rows(
    cands: Sequence[Candidate],
    intent: str | None,
    lang: str | None,
    named: Iterable[str],
    notes: Sequence[str],
) -> list[list[float]]:
    """One row of FEATURES per candidate; ``named`` are the acts the question names, ``notes`` the model's
    note kinds (an unknown kind is 0)."""
    named = set(named)
    kinds = {k: n for n, k in enumerate(notes, start=1)}
    on_card = [c for c in cands if c.group is not None]
    docs: dict[str, int] = {}
    for c in on_card:
        docs[c.pinpoint.split("/", 1)[0]] = docs.get(c.pinpoint.split("/", 1)[0], 0) + 1
    groups: dict[str | None, int] = {}
    for c in on_card:
        groups[c.group] = groups.get(c.group, 0) + 1
    articles: dict[str, int] = {}
    for c in cands:
        articles[_article(c.pinpoint)] = articles.get(_article(c.pinpoint), 0) + 1
    card_ids = [c.pinpoint for c in on_card]
    best_plain: dict[str, int] = {}
    on_card_in: dict[str, int] = {}
    for c in cands:
        a = _article(c.pinpoint)
        best_plain[a] = min(best_plain.get(a, ABSENT), c.plain_pos)
        if c.group is not None:
            on_card_in[a] = on_card_in.get(a, 0) + 1
    rows = []
    for c in cands:
        doc = c.pinpoint.split("/", 1)[0]
        rows.append(
            [
                c.lead_pos,
                c.plain_pos,
                GROUPS.index(c.group) if c.group in GROUPS else -1,
                c.group_pos,
                kinds.get(note_kind(c.note), 0) if c.group is not None else -1,
                c.pinpoint.count("/"),
                float(doc in named),
                docs.get(doc, 0) / max(1, len(on_card)),
                articles[_article(c.pinpoint)],
                INTENTS.index(intent) if intent in INTENTS else -1,
                float(lang == "en"),
                len(on_card),
                float(c.status.startswith("in force")),
                float(bool(c.regime)),
                c.support,
                float(c.is_summary),
                float(m.group(1)) if (m := _MATCH.search(c.note)) else -1.0,
                groups.get(c.group, 0),
                sum(1 for x in card_ids if x.startswith(c.pinpoint + "/")),
                float(any(c.pinpoint.startswith(x + "/") for x in card_ids)),
                on_card_in.get(_article(c.pinpoint), 0),
                best_plain[_article(c.pinpoint)],
            ]
        )
    return rows


def covered_last(items: Sequence[T], pinpoint: Callable[[T], str] = str) -> list[T]:
    """The items in order, except that one lying under an item listed before it (an ayat after its Pasal)
    goes after the rest: the reader has its words already, and a result list of ten has room for more."""
    kept: list[T] = []
    covered: list[T] = []
    listed: set[str] = (
        set()
    )  # the kept items' pinpoints: an item is covered when one of its ancestors is listed
    for item in items:
        pid = pinpoint(item)
        parts = pid.split("/")
        if any("/".join(parts[:n]) in listed for n in range(1, len(parts))):
            covered.append(item)
        else:
            kept.append(item)
            listed.add(pid)
    return kept + covered


@dataclass(frozen=True)
class ResultOrder:
    """A trained lambdarank model and the note kinds its features number."""

    booster: object
    notes: tuple[str, ...]
    figures: dict

    def scores(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """One score per feature row (higher first)."""
        if not rows:
            return []
        import numpy as np

        return [float(x) for x in self.booster.predict(np.asarray(rows, dtype=float), num_threads=1)]

    def order(
        self, cands: Sequence[Candidate], intent: str | None, lang: str | None, named: Iterable[str]
    ) -> list[tuple[float, Candidate]]:
        """The candidates with their scores, best first (ties keep the card's order)."""
        sc = self.scores(feature_rows(cands, intent, lang, named, self.notes))
        ranked = sorted(zip(sc, range(len(cands)), cands, strict=True), key=lambda x: (-x[0], x[1]))
        return [(score, c) for score, _, c in ranked]


def save_order(booster, notes: Sequence[str], figures: dict, path: Path = ORDER_FILE) -> None:
    """Write the model, its note kinds and the figures it was chosen by."""
    data = {
        "format": FORMAT,
        "features": list(FEATURES),
        "notes": list(notes),
        "figures": figures,
        "model": booster.model_to_string(),
    }
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    path.write_bytes(gzip.compress(raw, mtime=0) if path.suffix == ".gz" else raw)


@lru_cache(maxsize=4)
def load_order(path: Path = ORDER_FILE) -> ResultOrder | None:
    """The shipped model, or None when there is none (the hand-set order then stands)."""
    if not path.exists():
        return None
    import lightgbm as lgb

    try:
        raw = path.read_bytes()
        data = json.loads(gzip.decompress(raw) if path.suffix == ".gz" else raw)
        if data.get("format") != FORMAT or tuple(data.get("features", ())) != FEATURES:
            raise ValueError("trained on other features than this version computes")
        booster = lgb.Booster(model_str=data["model"])
    except (OSError, ValueError, KeyError, TypeError, lgb.basic.LightGBMError) as exc:
        raise ResultOrderError(
            f"{path}: unusable result-order model ({exc}); retrain with `python bench/train_result_order.py`"
        ) from exc
    return ResultOrder(booster, tuple(data.get("notes", ())), data.get("figures", {}))


__all__ = [
    "Candidate",
    "FEATURES",
    "ORDER_FILE",
    "ResultOrder",
    "ResultOrderError",
    "candidates",
    "covered_last",
    "feature_rows",
    "load_order",
    "note_kind",
    "save_order",
]
