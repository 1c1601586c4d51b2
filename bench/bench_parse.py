"""The question parser on bench/asn_answers/: is the acting actor read, and do both wordings of a pair
parse alike?

Usage (a store built beforehand, see README; only its curated corpus and ids are read):
    python bench/bench_parse.py --store /tmp/ans-a [--split dev|test|all] [--show-misses]

Two figures per split and language:
- actor: share of questions whose gold ``actor`` the parser reads, as its acting actor or one of its
  roles, or as an actor the gold actor's norms bind (a norm for ASN employees binds a PNS);
- pair agreement: share of id/en pairs whose two wordings parse to the same intent, actor, election
  kind, named regulations and date. An English answer can only match the Indonesian one when the
  parse does; a difference here is an English gap before any retrieval.
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answer_set import read_answer_set  # noqa: E402

# Gold actors written before the actor vocabulary settled, as its ids.
_GOLD_IDS = {
    "tni": "anggota-tni",
    "polri": "anggota-polri",
    "cpns": "pns",
    # an acting regional head is bound, in the vocabulary, as the regional head it stands in for
    "penjabat-kepala-daerah": "kepala-daerah",
}


def actor_read(gold: str, q) -> bool:
    """Whether the parse names the gold actor (or an actor the gold actor's norms bind)."""
    from kg.conduct import binds

    gold = _GOLD_IDS.get(gold, gold)
    named = q.roles or ((q.actor,) if q.actor else ())
    return any(a == gold or binds(gold, a) for a in named)


def signature(q) -> tuple:
    return (q.intent, q.actor, q.election, tuple(sorted(r.id for r in q.regulations)), q.at)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", required=True)
    ap.add_argument("--split", default="test", choices=["dev", "test", "all"])
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()

    from kg.corpus import load_store_corpus
    from kg.question import catalog_from_corpus, parse_question
    from kg.store import Store

    st = Store(args.store)
    catalog = catalog_from_corpus(load_store_corpus(st))
    known = set(st.ids())
    rows = read_answer_set()
    rows = [r for r in rows if args.split == "all" or r["split"] == args.split]
    parsed = {r["id"]: parse_question(r["question"], catalog, known=known) for r in rows}

    actor: dict[str, list[bool]] = defaultdict(list)
    for r in rows:
        if r.get("actor"):
            ok = actor_read(r["actor"], parsed[r["id"]])
            actor[r["lang"]].append(ok)
            actor["all"].append(ok)
            if args.show_misses and not ok:
                q = parsed[r["id"]]
                print(f"  ACTOR {r['id']} {r['lang']} gold={r['actor']} read={q.actor} roles={q.roles}")
    pairs: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r.get("pair"):
            pairs[r["pair"]].append(r)
    alike: list[bool] = []
    for members in pairs.values():
        if len(members) != 2:
            continue
        a, b = (signature(parsed[m["id"]]) for m in members)
        alike.append(a == b)
        if args.show_misses and a != b:
            print(f"  PAIR {members[0]['id']} {a}\n       {members[1]['id']} {b}")

    print(f"\n== parser, split {args.split}: {len(rows)} questions")
    for lang in ("all", "id", "en"):
        got = actor.get(lang, [])
        if got:
            print(f"  actor read ({lang:3})        {sum(got) / len(got):.3f}  (n={len(got)})")
    if alike:
        print(f"  pairs parsed alike          {sum(alike) / len(alike):.3f}  (n={len(alike)})")


if __name__ == "__main__":
    main()
