"""A learned prior over the curated norms: how likely a question, told in everyday words, asks about each.

The lexicon and the scorer read a question's words against each norm's own words; people describe the same
act in words no norm uses ("a sticker pack for the ticket", "rides to the rally for whoever votes for him"),
and the difference between neighbouring points of one list (PP 94/2021 Pasal 5 huruf n angka 5 or 6) lies
in what the story amounts to. A linear model over the question's words and their lexicon expansions, trained
on the dev split of the answers bench (``bench/train_conduct_prior.py``), gives each norm a probability that
the scorer adds to its match. The model is plain data (terms, weights), read here without the library that
trained it.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from kg.errors import ConductPriorError
from kg.search.glossary import everyday_expansions, expansions
from kg.settings import settings

PRIOR_FILE = Path(__file__).resolve().parent / "search" / "data" / "conduct_prior.json"
# Format 2 stores each label's term places as gaps from the one before (smaller numbers than the places).
FORMAT = 2
_TOKEN = re.compile(r"\w\w+")


def model_text(question: str) -> str:
    """What the model reads: the question, then the statutory terms the lexicon gives its words."""
    return " || ".join([question, " ".join(expansions(question)), " ".join(everyday_expansions(question))])


def term_counts(text: str) -> dict[str, int]:
    """Words and word pairs of ``text`` (lower-cased), with their counts."""
    words = _TOKEN.findall(text.casefold())
    counts: dict[str, int] = {}
    for gram in (*words, *(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))):
        counts[gram] = counts.get(gram, 0) + 1
    return counts


def features(counts: dict[str, int], idf: dict[str, float]) -> dict[str, float]:
    """Unit-length tf-idf weights (sublinear tf) of the terms the model knows."""
    weights = {t: (1.0 + math.log(n)) * idf[t] for t, n in counts.items() if t in idf}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


@dataclass(frozen=True)
class ConductPrior:
    """Logistic models, one per label (a curated norm's id or a provision id), over a shared tf-idf
    vocabulary."""

    idf: dict[str, float]
    bias: dict[str, float]
    weights: dict[str, dict[str, float]]
    trained_on: int = 0

    def probabilities(self, question: str) -> dict[str, float]:
        """Each label's probability: that ``question`` asks about the norm, or expects the provision."""
        x = features(term_counts(model_text(question)), self.idf)
        out = {}
        for norm_id, bias in self.bias.items():
            w = self.weights[norm_id]
            z = bias + sum(v * w[t] for t, v in x.items() if t in w)
            out[norm_id] = 1.0 / (1.0 + math.exp(-z))
        return out

    def to_json(self) -> dict:
        """The model as plain data: each term once, each label's weights by the gap from the last place."""
        terms = sorted(self.idf)
        at = {t: i for i, t in enumerate(terms)}
        labels = {}
        for label, bias in self.bias.items():
            w = sorted((at[t], v) for t, v in self.weights[label].items())
            places = [i for i, _ in w]
            gaps = [b - a for a, b in zip([0, *places], places, strict=False)]
            labels[label] = {"bias": bias, "term_gaps": gaps, "weights": [v for _, v in w]}
        return {
            "format": FORMAT,
            "trained_on": self.trained_on,
            "terms": terms,
            "idf": [self.idf[t] for t in terms],
            "labels": labels,
        }


def load_prior(path: str | Path | None = None) -> ConductPrior | None:
    """The prior at ``path``, else $KG_CONDUCT_PRIOR, else the shipped one; None when that names "none"."""
    chosen = str(path) if path else (settings().conduct_prior or "")
    if chosen.casefold() == "none":
        return None
    return _read(chosen or str(PRIOR_FILE))


@lru_cache(maxsize=4)
def _read(path: str) -> ConductPrior:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
        terms, labels = [str(t) for t in data["terms"]], data["labels"]
        return ConductPrior(
            idf=dict(zip(terms, map(float, data["idf"]), strict=True)),
            bias={str(n): float(v["bias"]) for n, v in labels.items()},
            weights={
                str(n): {
                    terms[i]: float(w)
                    for i, w in zip(accumulate(map(int, v["term_gaps"])), v["weights"], strict=True)
                }
                for n, v in labels.items()
            },
            trained_on=int(data.get("trained_on", 0)),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise ConductPriorError(
            f"{path}: cannot read the conduct prior ({exc}); rebuild it with "
            "`python bench/train_conduct_prior.py`, or set KG_CONDUCT_PRIOR=none to answer without it"
        ) from exc


__all__ = ["ConductPrior", "ConductPriorError", "PRIOR_FILE", "load_prior", "model_text", "term_counts"]
