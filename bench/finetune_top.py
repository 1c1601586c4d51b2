"""Fine-tuning the top layers of a sentence-transformers BERT encoder on (question, gold passage) pairs.

A bench helper (bench/bench_finetune.py), not part of kg: measured by CV on KUHPerdata train it did not
help questions about articles never gold in training (README, issue 12), so no store uses it.

Two shared CPU cores cannot afford back-propagating through the whole model, so the token
embeddings and the lower layers stay frozen: every text goes through them once (lower_states) and
only the top ``top_layers`` transformer layers are trained, over those cached hidden states. The loss
is the usual contrastive one: each question against its gold passage, with the other passages of the
batch (and optional hard negatives) as negatives; a passage that is also gold for the question is
masked out rather than counted as a negative. Mean pooling and L2 normalisation follow the model's
own (e5, MiniLM). The trained model is saved as a normal sentence-transformers folder.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

PARAMS_FILE = "kg-finetune.json"


@dataclass(frozen=True)
class FineTuneParams:
    """What is trained and how; saved beside the weights."""

    top_layers: int = 2
    max_tokens: int = 256
    epochs: int = 1
    batch_size: int = 32
    lr: float = 5e-5
    temperature: float = 0.05
    seed: int = 0


@dataclass(frozen=True)
class States:
    """Hidden states of texts below the trained layers, one (tokens x dim) tensor per text."""

    hidden: list  # list[torch.Tensor], kept as float16 to halve the memory
    split: int  # index of the first trained layer


def _bert(model):
    """The Hugging Face transformer inside a SentenceTransformer (its first module)."""
    return model[0].auto_model


def _layers(model):
    return _bert(model).encoder.layer


def lower_states(
    model, texts: Sequence[str], top_layers: int, max_tokens: int, batch_size: int = 32
) -> States:
    """Run texts through the embeddings and the frozen lower layers once (no gradients)."""
    import torch

    bert = _bert(model)
    tok = model.tokenizer
    n_layers = len(_layers(model))
    split = n_layers - top_layers
    if not 0 <= split < n_layers:
        raise ValueError(f"top_layers must be 1..{n_layers}, got {top_layers}")
    bert.eval()
    # Longest first so batches pad little; results go back in input order.
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    hidden: list = [None] * len(texts)
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            enc = tok(
                [texts[i] for i in idx],
                padding=True,
                truncation=True,
                max_length=max_tokens,
                return_tensors="pt",
            )
            states = bert(**enc, output_hidden_states=True).hidden_states[split]
            lengths = enc["attention_mask"].sum(1).tolist()
            for row, i in enumerate(idx):
                hidden[i] = states[row, : lengths[row]].to(torch.float16).clone()
    return States(hidden, split)


def _pad(batch: list):
    import torch

    longest = max(h.shape[0] for h in batch)
    dim = batch[0].shape[1]
    x = torch.zeros(len(batch), longest, dim)
    mask = torch.zeros(len(batch), longest)
    for i, h in enumerate(batch):
        x[i, : h.shape[0]] = h.float()
        mask[i, : h.shape[0]] = 1.0
    return x, mask


def _top(model, states: States, idx: Sequence[int]):
    import torch

    x, mask = _pad([states.hidden[i] for i in idx])
    # Additive mask, the form both eager and SDPA attention accept: 0 where a token is, -inf-ish at padding.
    extended = (1.0 - mask[:, None, None, :]) * torch.finfo(x.dtype).min
    for layer in _layers(model)[states.split :]:
        out = layer(x, attention_mask=extended)
        x = out[0] if isinstance(out, tuple) else out
    pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1.0)
    return torch.nn.functional.normalize(pooled, dim=-1)


def top_encode(model, states: States, idx: Sequence[int], chunk: int = 8):
    """Pooled, L2-normalised vectors of the given texts through the top layers (keeps gradients)."""
    import torch

    # Texts of like length run together: padding a random batch to its longest text wasted most of the work.
    order = sorted(range(len(idx)), key=lambda j: states.hidden[idx[j]].shape[0])
    parts = [_top(model, states, [idx[j] for j in order[s : s + chunk]]) for s in range(0, len(order), chunk)]
    back = torch.empty(len(order), dtype=torch.long)
    back[torch.tensor(order)] = torch.arange(len(order))
    return torch.cat(parts)[back]


def encode_states(model, states: States, batch_size: int = 64) -> np.ndarray:
    """Vectors of every text in states through the (possibly fine-tuned) top layers."""
    import torch

    _bert(model).eval()
    parts = []
    with torch.inference_mode():
        for start in range(0, len(states.hidden), batch_size):
            idx = range(start, min(start + batch_size, len(states.hidden)))
            parts.append(top_encode(model, states, list(idx)).numpy())
    dim = _bert(model).config.hidden_size
    return np.concatenate(parts).astype(np.float32) if parts else np.zeros((0, dim), dtype=np.float32)


def fine_tune(
    model,
    queries: States,
    passages: States,
    pairs: Sequence[tuple[int, int]],
    gold: Sequence[Sequence[int]],
    params: FineTuneParams,
    negatives: Sequence[Sequence[int]] | None = None,
    log: Callable[[str], None] = lambda m: None,
) -> dict:
    """Train the top layers in place on (query index, gold passage index) pairs; returns a log.

    `gold[q]` lists every gold passage of query q (masked out as negatives); `negatives[q]` are hard
    negatives for q (e.g. BM25's best non-gold passages), one of them joins each pair's batch."""
    import torch

    if queries.split != passages.split:
        raise ValueError("queries and passages were cut at different layers")
    torch.manual_seed(params.seed)
    rng = random.Random(params.seed)
    for p in model.parameters():
        p.requires_grad_(False)
    trained = [p for layer in _layers(model)[queries.split :] for p in layer.parameters()]
    for p in trained:
        p.requires_grad_(True)
    opt = torch.optim.AdamW(trained, lr=params.lr)
    steps = params.epochs * math.ceil(len(pairs) / params.batch_size)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / max(1, steps // 10)))
    _bert(model).train()
    t0, losses = time.perf_counter(), []
    for _ in range(params.epochs):
        order = list(pairs)
        rng.shuffle(order)
        for start in range(0, len(order), params.batch_size):
            batch = order[start : start + params.batch_size]
            qi = [q for q, _ in batch]
            cols = [p for _, p in batch]
            if negatives is not None:
                for q in qi:
                    if negatives[q]:
                        cols.append(rng.choice(list(negatives[q])))
            uniq = list(dict.fromkeys(cols))
            where = {p: j for j, p in enumerate(uniq)}
            qv = top_encode(model, queries, qi)
            pv = top_encode(model, passages, uniq)
            scores = qv @ pv.T / params.temperature
            # Another gold passage of the same question is no negative: mask it out of the softmax.
            block = torch.zeros_like(scores, dtype=torch.bool)
            for row, (q, p) in enumerate(batch):
                for g in gold[q]:
                    if g != p and g in where:
                        block[row, where[g]] = True
            scores = scores.masked_fill(block, float("-inf"))
            target = torch.tensor([where[p] for _, p in batch])
            loss = torch.nn.functional.cross_entropy(scores, target)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            losses.append(float(loss.detach()))
            if len(losses) % 20 == 0:
                log(f"step {len(losses)}/{steps} loss {np.mean(losses[-20:]):.3f}")
    _bert(model).eval()
    for p in model.parameters():
        p.requires_grad_(False)
    return {
        "pairs": len(pairs),
        "steps": len(losses),
        "first_loss": round(float(np.mean(losses[:10])), 4) if losses else None,
        "last_loss": round(float(np.mean(losses[-10:])), 4) if losses else None,
        "seconds": round(time.perf_counter() - t0, 1),
    }


def save(model, folder: Path, params: FineTuneParams, info: dict) -> Path:
    """Write the model as a sentence-transformers folder with its training params beside the weights."""
    folder = Path(folder)
    model.save(str(folder))
    (folder / PARAMS_FILE).write_text(
        json.dumps({"params": asdict(params), **info}, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    return folder
