"""Candidates for learning to rank: rows from several sources, each row with per-source features.

Sources: BM25 over the unit's text; BM25 over its structural context (section titles and the
neighbouring units' text); dense vectors; the memory of similar training questions; the article
prior; and structural neighbours (±span units, same section, references) of what the memory and
BM25 rank highest. Each candidate keeps every source's score and rank, so a ranker can fall back on
the text when memory and prior know nothing about an article (it was never gold in training).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields

import numpy as np

from kg.search.evaluate import EvalInputError
from kg.search.lexical import LexicalIndex, top_k

FEATURES = (
    # No feature names an article (its position, its section's size): with the question's own
    # features a tree could then memorise which article a training question cites (in-sample MRR 0.94,
    # held-out cases 0.38); what the training data knows of an article comes only through the memory
    # and count features, which leave a question's own case out.
    "lex_score", "lex_rank", "lex_rel",
    "ctx_score", "ctx_rank", "ctx_rel",
    "dense_score", "dense_rank", "dense_gap",
    # Ranks among the articles never gold in training: the text's best guesses where memory and prior
    # are silent, so a question about an article nobody asked about can still reach the top.
    "lex_rank_unknown", "dense_rank_unknown",
    # Dense search with the query adapter (kg.search.adapter) learned from training pairs; zero
    # without one. Its training never saw the question's fold, so the ranker learns how far to trust it.
    "adense_score", "adense_rank", "adense_rank_unknown",
    "mem_vote", "mem_rank", "mem_rel", "mem_disc_rel",
    "count_log", "known",
    "nb1_mem", "nb3_mem", "sec_mem", "ref_mem",
    "nb1_lex", "nb1_count",
    "refs_log", "text_len_log",
    "q_terms", "q_chars_log", "q_question", "q_mem_max", "q_lex_max",
    "q_known_lex10", "q_mem_lex",
)  # fmt: skip

_REF = re.compile(r"\bpasal\s+(\d+[a-z]?)\b", re.IGNORECASE)
_CHUNKS = re.compile(r"(\d+)")


@dataclass(frozen=True)
class CandidateConfig:
    """How deep each source is read and how far neighbours reach."""

    lexical_depth: int = 100
    context_depth: int = 50
    dense_depth: int = 50
    memory_depth: int = 60
    prior_depth: int = 20
    neighbour_from: int = 10  # the top rows of memory and of BM25 whose neighbours join
    neighbour_span: int = 2
    memory_m: int = 30  # nearest training questions that vote

    @classmethod
    def from_dict(cls, d: Mapping) -> CandidateConfig:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})


def natural_key(uid: str) -> tuple:
    """Sort key reading digit runs as numbers: '5' < '5a' < '10'."""
    return tuple(int(c) if c.isdigit() else c for c in _CHUNKS.split(uid))


class Structure:
    """Reading order, sections, references and the context BM25 of an index's units (built once)."""

    def __init__(self, index, sections: Mapping[str, str] | None = None):
        units = index.units
        n = len(units)
        # BEIR articles are one document each: the whole corpus is the block neighbours stay within.
        block = ["beir" if u.kind == "beir" else u.doc_id for u in units]
        reading = sorted(range(n), key=lambda r: (block[r], natural_key(units[r].id)))
        self.order = np.array(reading, dtype=np.int64)
        self.pos = np.empty(n, dtype=np.int64)
        self.pos[self.order] = np.arange(n)
        blocks = np.array(block, dtype=object)[self.order]
        self.same_block = [np.zeros(n, dtype=bool)]  # same_block[d][p]: positions p and p+d share a block
        for d in range(1, 4):
            ok = np.zeros(n, dtype=bool)
            ok[: n - d] = blocks[: n - d] == blocks[d:]
            self.same_block.append(ok)
        sections = sections or {}
        names = [sections.get(u.id) or "" for u in units]
        ids = {s: i for i, s in enumerate(sorted(set(names)))}
        self.section = np.array([ids[s] for s in names], dtype=np.int64)
        self.has_section = np.array([bool(s) for s in names])
        self.refs = _references(index)
        self.n_refs = np.array([len(self.refs[r]) for r in range(n)], dtype=np.float32)
        self.text_len = np.array([len(u.text.split()) for u in units], dtype=np.float32)
        # Context: what surrounds the unit (section titles, the neighbours' words), not its own text.
        texts = []
        for r in range(n):
            p = self.pos[r]
            near = [self.order[p + d] for d in (-1, 1) if 0 <= p + d < n and self._same(p, d)]
            texts.append(" ".join([sections.get(units[r].id, "")] + [units[x].text for x in near]))
        self.context = LexicalIndex.build(texts, index.lexical.analyzer)

    def _same(self, p: int, d: int) -> bool:
        lo = min(p, p + d)
        return bool(self.same_block[abs(d)][lo])

    def neighbour_max(self, values: np.ndarray, span: int) -> np.ndarray:
        """For each row, the largest value among units at distance 1..span in reading order (same block)."""
        v = values[self.order]
        out = np.zeros_like(v)
        for d in range(1, span + 1):
            ok = self.same_block[d]
            m = len(v) - d
            out[:m] = np.maximum(out[:m], np.where(ok[:m], v[d:], 0))  # the unit d after
            out[d:] = np.maximum(out[d:], np.where(ok[:m], v[:m], 0))  # the unit d before
        res = np.empty_like(out)
        res[self.order] = out
        return res

    def neighbours(self, rows, span: int) -> set[int]:
        """Rows within span of the given rows in reading order (same block)."""
        out: set[int] = set()
        n = len(self.order)
        for r in rows:
            p = int(self.pos[r])
            for d in range(-span, span + 1):
                if d and 0 <= p + d < n and self._same(p, d):
                    out.add(int(self.order[p + d]))
        return out


def _references(index) -> list[set[int]]:
    """Rows each unit cites or is cited by: the index's links, and 'Pasal N' in BEIR articles' text."""
    refs: list[set[int]] = [set() for _ in index.units]
    for s, t, _kind in index.links:
        refs[s].add(t)
        refs[t].add(s)
    beir = {u.id: r for r, u in enumerate(index.units) if u.kind == "beir"}
    for r, u in enumerate(index.units):
        if u.kind != "beir":
            continue
        body = u.text.split(":", 1)[1] if u.text.lower().startswith("pasal") else u.text
        for m in _REF.finditer(body):
            t = beir.get(m.group(1).lower())
            if t is not None and t != r:
                refs[r].add(t)
                refs[t].add(r)
    return refs


def _ranks(scores: np.ndarray, depth: int) -> np.ndarray:
    """Rank from 1 of each row among the depth best positive scores; depth + 1 elsewhere."""
    out = np.full(len(scores), depth + 1, dtype=np.float32)
    rows, _ = top_k(scores, depth)
    out[rows] = np.arange(1, len(rows) + 1, dtype=np.float32)
    return out


def _rel(x: np.ndarray) -> np.ndarray:
    top = float(x.max(initial=0.0))
    return x / top if top > 0 else np.zeros_like(x)


@dataclass
class Candidates:
    """One query's candidate rows and their feature matrix (rows x FEATURES)."""

    rows: np.ndarray
    features: np.ndarray
    sources: dict[str, list[int]] = field(default_factory=dict)  # which source put each row in the pool


def candidates(
    searcher,
    structure: Structure,
    query: str,
    config: CandidateConfig,
    qvec: np.ndarray | None = None,
    exclude_group: str | None = None,
    hide: set[str] | frozenset[str] = frozenset(),
    count_minus: Mapping[str, int] | None = None,
    aqvec: np.ndarray | None = None,
) -> Candidates:
    """Candidate rows for a query with their features.

    `exclude_group` leaves a training question's own case out of the memory and the counts; `hide`
    treats the given unit ids as never gold in training (held-out articles). `count_minus` replaces the
    own case in the counts: when learning, the counts of the question's whole fold of cases, since
    counts less the own case alone would tell a ranker which articles the question cites. `aqvec` is the
    query vector through the learned adapter (by default the index ranker's adapter applied to qvec)."""
    ix = searcher.index
    n = len(ix.units)
    terms = searcher.query_terms(query)
    lex = ix.lexical.scores(terms)
    ctx = structure.context.scores(terms)
    dense = np.zeros(n, dtype=np.float32)
    has_dense = searcher.encoder is not None and ix.dense is not None
    if has_dense:
        if qvec is None:
            qvec = searcher.encoder.encode_queries([query])[0]
        rows, vals = ix.dense.search(np.asarray(qvec), config.dense_depth)
        dense[np.asarray(rows, dtype=np.int64)] = vals
    adense = np.zeros(n, dtype=np.float32)
    if has_dense and aqvec is None and getattr(ix.ranker, "adapter", None) is not None:
        from kg.search.adapter import adapt

        aqvec = adapt(qvec, ix.ranker.adapter)
    if has_dense and aqvec is not None:
        rows, vals = ix.dense.search(np.asarray(aqvec), config.dense_depth)
        adense[np.asarray(rows, dtype=np.int64)] = vals
    mem = np.zeros(n, dtype=np.float32)
    count = np.zeros(n, dtype=np.float32)
    memory = ix.memory
    rows_of = ix.rows_of_id
    if memory is not None:
        terms_m = memory.lexical.query_terms(query)
        votes = memory.votes(terms_m, qvec, m=config.memory_m, exclude_group=exclude_group)
        for uid, v in votes.items():
            if uid in rows_of and uid not in hide:
                mem[rows_of[uid][0]] = v
        own = memory._group_counts.get(exclude_group or "", {}) if exclude_group else {}
        if count_minus is not None:
            own = count_minus
        for uid, c in memory.counts.items():
            if uid in rows_of and uid not in hide:
                count[rows_of[uid][0]] = c - own.get(uid, 0)
    lex_rank = _ranks(lex, config.lexical_depth)
    ctx_rank = _ranks(ctx, config.context_depth)
    mem_rank = _ranks(mem, config.memory_depth)
    sources = {
        "lexical": [int(r) for r in top_k(lex, config.lexical_depth)[0]],
        "context": [int(r) for r in top_k(ctx, config.context_depth)[0]],
        "memory": [int(r) for r in top_k(mem, config.memory_depth)[0]],
        "prior": [int(r) for r in top_k(count, config.prior_depth)[0]],
    }
    if has_dense:
        sources["dense"] = [int(r) for r in top_k(dense, config.dense_depth)[0]]
    if adense.any():
        sources["adapted"] = [int(r) for r in top_k(adense, config.dense_depth)[0]]
    seeds = sources["memory"][: config.neighbour_from] + sources["lexical"][: config.neighbour_from]
    near = structure.neighbours(seeds, config.neighbour_span)
    for r in sources["memory"][: config.neighbour_from]:
        near.update(structure.refs[r])
    sources["structure"] = sorted(near)
    rows = np.array(sorted({r for found in sources.values() for r in found}), dtype=np.int64)

    lex_rel, mem_rel = _rel(lex), _rel(mem)
    unknown = count <= 0
    lex_top10 = sources["lexical"][:10]
    mem_top = sources["memory"][0] if sources["memory"] else None
    mem_disc_rel = _rel(mem / np.sqrt(1.0 + count))
    nb1_mem = structure.neighbour_max(mem_rel, 1)
    nb3_mem = structure.neighbour_max(mem_rel, 3)
    nb1_lex = structure.neighbour_max(lex_rel, 1)
    nb1_count = structure.neighbour_max(np.log1p(count), 1)
    sec_sum = np.bincount(structure.section, weights=mem_rel, minlength=int(structure.section.max()) + 1)
    sec_mem = np.where(structure.has_section, sec_sum[structure.section] - mem_rel, 0.0)
    ref_mem = np.array([max((mem_rel[t] for t in structure.refs[r]), default=0.0) for r in rows])
    q_terms = float(sum(1 for _ in terms))
    cols = {
        "lex_score": lex[rows],
        "lex_rank": lex_rank[rows],
        "lex_rel": lex_rel[rows],
        "ctx_score": ctx[rows],
        "ctx_rank": ctx_rank[rows],
        "ctx_rel": _rel(ctx)[rows],
        "dense_score": dense[rows],
        "dense_rank": _ranks(dense, config.dense_depth)[rows],
        "dense_gap": np.where(dense[rows] > 0, float(dense.max(initial=0.0)) - dense[rows], 1.0),
        "lex_rank_unknown": _ranks(np.where(unknown, lex, 0), config.lexical_depth)[rows],
        "dense_rank_unknown": _ranks(np.where(unknown, dense, 0), config.dense_depth)[rows],
        "adense_score": adense[rows],
        "adense_rank": _ranks(adense, config.dense_depth)[rows],
        "adense_rank_unknown": _ranks(np.where(unknown, adense, 0), config.dense_depth)[rows],
        "mem_vote": mem[rows],
        "mem_rank": mem_rank[rows],
        "mem_rel": mem_rel[rows],
        "mem_disc_rel": mem_disc_rel[rows],
        "count_log": np.log1p(count[rows]),
        "known": (count[rows] > 0).astype(np.float32),
        "nb1_mem": nb1_mem[rows],
        "nb3_mem": nb3_mem[rows],
        "sec_mem": sec_mem[rows],
        "ref_mem": ref_mem,
        "nb1_lex": nb1_lex[rows],
        "nb1_count": nb1_count[rows],
        "refs_log": np.log1p(np.minimum(structure.n_refs[rows], 5)),
        "text_len_log": np.round(2 * np.log1p(structure.text_len[rows])) / 2,
        "q_terms": np.full(len(rows), q_terms),
        "q_chars_log": np.full(len(rows), math.log1p(len(query))),
        "q_question": np.full(len(rows), float("?" in query)),
        # How near the nearest training questions are: a question about an article nobody asked about
        # tends to have only distant neighbours, and then the text should decide.
        "q_mem_max": np.full(len(rows), float(mem.max(initial=0.0))),
        "q_lex_max": np.full(len(rows), float(lex.max(initial=0.0))),
        # How much of the text's top 10 the training data knows, and whether the memory's favourite
        # also matches the words: low values say this question is about something new.
        "q_known_lex10": np.full(len(rows), float(np.mean(~unknown[lex_top10])) if lex_top10 else 0.0),
        "q_mem_lex": np.full(len(rows), float(lex_rel[mem_top]) if mem_top is not None else 0.0),
    }
    features = np.column_stack([np.asarray(cols[f], dtype=np.float32) for f in FEATURES])
    return Candidates(rows, features, sources)


SECTION_COLUMNS = ("buku_judul", "bab_judul", "bagian_judul")


def read_sections(path) -> dict[str, str]:
    """Unit id -> section titles from a CSV with an id column (`id` or `pasal_nomor`) and title columns
    among buku_judul, bab_judul, bagian_judul (KUHPerdata's kuh_perdata.csv has this form)."""
    import csv
    from pathlib import Path

    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise SectionsError(f"{path}: cannot read sections ({exc})") from exc
    cols = rows[0].keys() if rows else ()
    key = "id" if "id" in cols else "pasal_nomor" if "pasal_nomor" in cols else None
    titles = [c for c in SECTION_COLUMNS if c in cols]
    if key is None or not titles:
        raise SectionsError(
            f"{path}: want a CSV with an `id` or `pasal_nomor` column and one of {', '.join(SECTION_COLUMNS)}"
        )
    return {
        str(r[key]).strip(): " / ".join(str(r[c]).strip() for c in titles if r.get(c) and str(r[c]).strip())
        for r in rows
        if r.get(key)
    }


class SectionsError(EvalInputError):
    """A sections file that cannot be read; the message names the file and the columns it needs."""
