"""ASN-neutrality retrieval: our own 34 questions (Indonesian and English) with gold Pasal ids.

Builds (once) a store of ../shared/corpus-raw plus the curated corpus/ through `kg ingest`, indexes it,
and reports MRR@10, Recall@10, hit@10 and nDCG@10 for lexical only, dense only and fused search, by
language; then checks that `kg ask` on the campaign-facilities question names PP 94/2021 Pasal 5
huruf n angka 4 and Pasal 14.

    python bench/bench_asn.py [--store /tmp/kg-asn] [--model e5-small]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.search.engine import Searcher  # noqa: E402
from kg.search.evaluate import evaluate, read_qrels, read_queries  # noqa: E402
from kg.search.fusion import FusionParams  # noqa: E402
from kg.search.index import build_index, load_index, read_params  # noqa: E402
from kg.store import Store  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
QUESTION = "sanksi PNS yang ikut kampanye dengan fasilitas negara"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", type=Path, default=Path("/tmp/kg-asn"))
    ap.add_argument("--model", default="e5-small", help="encoder for the dense part (none = lexical only)")
    args = ap.parse_args(argv)
    if not (SHARED / "corpus-raw").exists():
        print(f"error: {SHARED / 'corpus-raw'} not found", file=sys.stderr)
        return 2
    st = Store(args.store)
    if not st.ids():
        t0 = time.perf_counter()
        cmd = [
            sys.executable,
            "-m",
            "kg.cli",
            "ingest",
            str(SHARED / "corpus-raw"),
            str(ROOT / "corpus"),
            "--store",
            str(args.store),
        ]
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if done.returncode:
            print(done.stdout[-2000:], done.stderr[-2000:], file=sys.stderr)
            return 1
        print(f"ingested corpus-raw + corpus/ in {time.perf_counter() - t0:.0f}s: {len(st.ids())} documents")
    from kg.search.encoders import load_encoder

    encoder = None if args.model == "none" else load_encoder(args.model)
    params = read_params(st)
    want = encoder.name if encoder else "none"
    index = load_index(st) if params and params.get("model") == want else build_index(st, encoder, log=print)
    searcher = Searcher(st, index, encoder)
    qs = read_queries(HERE / "asn_queries.jsonl")
    qrels = read_qrels(HERE / "asn_qrels.tsv")
    vecs = encoder.encode_queries([q.text for q in qs]) if encoder else None
    print(
        f"{len(qs)} questions, {sum(len(g) for g in qrels.values())} gold Pasal; {len(index.units)} units; "
        f"model {index.model}"
    )
    configs = [("lexical (BM25 + Sastrawi + glossary)", FusionParams(w_dense=0))]
    configs.append(("lexical without glossary", FusionParams(w_dense=0, w_expansion=0)))
    if encoder is not None:
        configs.append((f"dense only ({encoder.name})", FusionParams(w_lexical=0)))
        configs.append(("fused (RRF, lexical + dense, equal)", FusionParams(w_dense=1.0)))
        configs.append(("fused, lexical 2:1 (the default)", FusionParams(w_lexical=1.0, w_dense=0.5)))
    for name, params in configs:
        index.fusion = replace(params, lift=0.6)
        runs = {}
        for i, q in enumerate(qs):
            hits = searcher.search(q.text, k=10, qvec=None if vecs is None else vecs[i])
            runs[q.id] = [h.id for h in hits]
        by_lang = {}
        for lang in ("id", "en"):
            sub = {q.id: qrels[q.id] for q in qs if q.metadata.get("lang") == lang}
            by_lang[lang] = evaluate(runs, sub)
        r = evaluate(runs, qrels)
        print(
            f"  {name:<38} MRR@10 {r['MRR@10']:.3f}  R@10 {r['Recall@10']:.3f}  hit@10 {r['hit@10']:.3f}  "
            f"nDCG@10 {r['nDCG@10']:.3f}   | id MRR {by_lang['id']['MRR@10']:.3f}  "
            f"en MRR {by_lang['en']['MRR@10']:.3f}"
        )
    from kg.answers import ask

    index.fusion = FusionParams() if encoder is not None else FusionParams(w_dense=0)
    t0 = time.perf_counter()
    card = ask(st, QUESTION, encoder=encoder)
    ids = card.cited_ids()
    need = ["pp-94-2021/pasal-5/huruf-n/angka-4", "pp-94-2021/pasal-14"]
    found = {n: any(i == n or i.startswith(n + "/") for i in ids) for n in need}
    print(
        f"\nkg ask {json.dumps(QUESTION)} ({time.perf_counter() - t0:.1f}s): supported={card.supported}, "
        f"{len(ids)} citations; names "
        + ", ".join(f"{n}: {'yes' if ok else 'NO'}" for n, ok in found.items())
    )
    return 0 if all(found.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
