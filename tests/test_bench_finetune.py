"""Tests for bench/finetune_top.py on a tiny random 2-layer BERT built here (no real model, no download)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

torch = pytest.importorskip("torch")
pytest.importorskip("sentence_transformers")

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import finetune_top as finetune  # noqa: E402

from kg.search.encoders import load_encoder  # noqa: E402

# Made-up vocabulary: question i says "tanya<i>", its passage says "pasal<i>"; a random model has no
# reason to match them, so only training can.
N = 12
SYNTHETIC_WORDS = [f"tanya{i}" for i in range(N)] + [f"pasal{i}" for i in range(N)] + ["umum", "hal"]


def synthetic_model(tmp_path):
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer
    from tokenizers import Tokenizer
    from tokenizers.models import WordLevel
    from tokenizers.pre_tokenizers import Whitespace
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    vocab = {w: i for i, w in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", *SYNTHETIC_WORDS])}
    tok = Tokenizer(WordLevel(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = Whitespace()
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, pad_token="[PAD]", unk_token="[UNK]", cls_token="[CLS]", sep_token="[SEP]"
    )
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
        pad_token_id=0,
    )
    folder = tmp_path / "synthetic-bert"
    BertModel(config).save_pretrained(folder)
    fast.save_pretrained(folder)
    word = Transformer(str(folder), max_seq_length=32)
    return SentenceTransformer(modules=[word, Pooling(32, "mean"), Normalize()], device="cpu")


def synthetic_texts():
    queries = [f"hal tanya{i} umum" for i in range(N)]
    passages = [f"umum pasal{i} hal" for i in range(N)]
    return queries, passages


def _top1(q: np.ndarray, p: np.ndarray) -> float:
    return float(np.mean(np.argmax(q @ p.T, axis=1) == np.arange(len(q))))


def test_cached_lower_states_give_the_models_own_vectors(tmp_path):
    model = synthetic_model(tmp_path)
    queries, _ = synthetic_texts()
    states = finetune.lower_states(model, queries, top_layers=1, max_tokens=32)
    assert states.split == 1 and len(states.hidden) == len(queries)
    ours = finetune.encode_states(model, states)
    theirs = model.encode(queries, convert_to_numpy=True, normalize_embeddings=True)
    assert np.allclose(ours, theirs, atol=1e-3)


def test_fine_tuning_the_top_layer_matches_pairs_and_leaves_the_rest_frozen(tmp_path):
    model = synthetic_model(tmp_path)
    queries, passages = synthetic_texts()
    params = finetune.FineTuneParams(top_layers=1, max_tokens=32, epochs=12, batch_size=6, lr=1e-2)
    qs = finetune.lower_states(model, queries, params.top_layers, params.max_tokens)
    ps = finetune.lower_states(model, passages, params.top_layers, params.max_tokens)
    frozen = {n: t.clone() for n, t in model.state_dict().items() if "layer.1." not in n}
    before = _top1(finetune.encode_states(model, qs), finetune.encode_states(model, ps))
    gold = [[i] for i in range(N)]
    info = finetune.fine_tune(model, qs, ps, [(i, i) for i in range(N)], gold, params)
    after = _top1(finetune.encode_states(model, qs), finetune.encode_states(model, ps))
    assert after >= 0.9 > before + 0.3
    assert info["pairs"] == N and info["last_loss"] < info["first_loss"]
    state = model.state_dict()
    assert all(torch.equal(state[n], t) for n, t in frozen.items())  # embeddings and layer 0 untouched
    assert not any(p.requires_grad for p in model.parameters())


def test_hard_negatives_and_other_gold_passages(tmp_path):
    model = synthetic_model(tmp_path)
    queries, passages = synthetic_texts()
    params = finetune.FineTuneParams(top_layers=1, max_tokens=32, epochs=2, batch_size=4, lr=1e-3)
    qs = finetune.lower_states(model, queries, 1, 32)
    ps = finetune.lower_states(model, passages, 1, 32)
    # Question 0 has two gold passages in the same batch: neither may count as the other's negative
    # (a -inf in the softmax would make the loss infinite or NaN if the masking were wrong).
    gold = [[0, 1]] + [[i] for i in range(1, N)]
    pairs = [(0, 0), (0, 1)] + [(i, i) for i in range(1, N)]
    negatives = [[(i + 2) % N] for i in range(N)]
    info = finetune.fine_tune(model, qs, ps, pairs, gold, params, negatives)
    assert info["pairs"] == len(pairs) and np.isfinite(info["last_loss"])


def test_top_layers_out_of_range_is_refused(tmp_path):
    model = synthetic_model(tmp_path)
    with pytest.raises(ValueError, match="top_layers"):
        finetune.lower_states(model, ["hal"], top_layers=3, max_tokens=8)


def test_saved_model_loads_as_an_encoder_folder_with_its_params(tmp_path):
    model = synthetic_model(tmp_path)
    params = finetune.FineTuneParams(top_layers=1)
    folder = finetune.save(model, tmp_path / "synthetic-tuned", params, {"pairs": 3})
    saved = json.loads((folder / finetune.PARAMS_FILE).read_text(encoding="utf-8"))
    assert saved["params"]["top_layers"] == 1 and saved["pairs"] == 3
    enc = load_encoder(str(folder))
    queries, _ = synthetic_texts()
    expected = model.encode(queries, normalize_embeddings=True)
    assert np.allclose(enc.encode_queries(queries), expected, atol=1e-5)
