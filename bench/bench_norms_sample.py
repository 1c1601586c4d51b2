"""Draw a new precision sample of extracted norms, reproducibly, for labelling by hand.

Usage: python bench/bench_norms_sample.py FOLDER --set D [--seed 9] [--regs 8] [--per 8]
       [--sheet /tmp/sheet.md] [--fill bench/norms_labelled.jsonl]
(FOLDER: ../shared/peraturan/data-peraturan.tar.gz unpacked to /tmp, never into the repo.)

Regulations are taken in a seeded random order from FOLDER's uu/ and pp/ texts, skipping the ASN body
(the acts of ../shared/corpus-raw) and every act of the other samples in the labelled set (so drawing
a sample again with its name and seed repeats it); an act qualifies when it
ingests and states at least ``--per`` norms other than definitions, and ``--per`` of those are drawn
at random. Prints one JSONL row per drawn norm with an empty ``truth`` and writes a reading sheet
(provision text, its lead-in, and the provisions of the same act that cite it with a sanction word)
that shows no answer of the extractor, so the truth is read from the text first.

``--fill FILE`` afterwards records, for rows of FILE that have a truth but no ``extracted`` yet, what
the current code extracts (what the norm looked like when it was labelled).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest.pipeline import ingest_file  # noqa: E402
from ingest.records import IngestError  # noqa: E402

HERE = Path(__file__).resolve().parent
# The ASN body (../shared/corpus-raw): precision is measured outside it.
ASN_BODY = {
    "uu/2023/20.md",
    "pp/2021/94.md",
    "uu/2014/5.md",
    "pp/2010/53.md",
    "pp/2004/42.md",
    "pp/2017/11.md",
    "uu/2015/1.md",
    "uu/2015/8.md",
    "uu/2016/10.md",
    "uu/2017/7.md",
}
_SANCTION_RE = re.compile(r"pidana|sanksi|dicabut|diberhentikan|denda|hukuman\s+disiplin", re.IGNORECASE)


def _labelled(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _citing(doc, provision_id: str) -> list[str]:
    """Provisions of the act that name the norm's pasal and a sanction word: where to look for its link."""
    pasal = provision_id.split("/")[1]
    number = pasal.removeprefix("pasal-")
    cue = re.compile(rf"Pasal\s+{re.escape(number)}(?!\d)", re.IGNORECASE)
    return [
        f"{p.id}: {p.text}"
        for p in doc.provisions
        if p.text and cue.search(p.text) and _SANCTION_RE.search(p.text) and not p.id.endswith(pasal)
    ]


def draw(folder: Path, name: str, seed: int, regs: int, per: int, labels: Path, sheet: Path) -> None:
    used = {row["file"] for row in _labelled(labels) if row.get("set") != name}  # redrawing a set repeats it
    files = sorted(
        str(p.relative_to(folder)) for kind in ("uu", "pp") for p in (folder / kind).rglob("*.md")
    )
    rng = random.Random(seed)
    rng.shuffle(files)
    lines: list[str] = []
    taken = 0
    for file in files:
        if taken == regs:
            break
        if file in used or file in ASN_BODY:
            continue
        try:
            docs = ingest_file(folder / file)
        except IngestError:
            continue
        doc = docs[0]
        norms = [n for n in doc.norms if n.kind != "definition"]
        if len(norms) < per:
            continue
        taken += 1
        by_id = {p.id: p for p in doc.provisions}
        for a in doc.amendments:
            by_id.update({p.id: p for p in a.new_provisions})
        lines.append(f"# {file} ({doc.id}): {doc.title}\n")
        for n in sorted(rng.sample(norms, per), key=lambda n: n.id):
            row = {"set": name, "id": n.id, "doc": doc.id, "file": file, "provision": n.provision}
            print(json.dumps(row, ensure_ascii=False))
            p = by_id[n.provision]
            parent = by_id.get(p.parent or "")
            lines.append(f"## {n.id}")
            if parent is not None and parent.text:
                lines.append(f"LEAD-IN {parent.id}: {parent.text}")
            lines.append(f"TEXT: {p.text}")
            lines += [f"CITED BY {c}" for c in _citing(doc, n.provision)]
            lines.append("")
    sheet.write_text("\n".join(lines), encoding="utf-8")


def fill(folder: Path, labels: Path) -> None:
    rows = _labelled(labels)
    todo = {row["file"] for row in rows if "truth" in row and "extracted" not in row}
    extracted = {n.id: n for file in sorted(todo) for d in ingest_file(folder / file) for n in d.norms}
    for row in rows:
        n = extracted.get(row["id"])
        if row["file"] in todo and "extracted" not in row and n is not None:
            row["extracted"] = {
                "kind": n.kind,
                "addressees": list(n.addressees),
                "sanction_provisions": list(n.sanction_provisions),
            }
    keys = ("set", "split", "id", "doc", "file", "provision", "extracted", "truth", "note")
    labels.write_text(
        "".join(json.dumps({k: r[k] for k in keys if k in r}, ensure_ascii=False) + "\n" for r in rows),
        encoding="utf-8",
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--set", default="D", help="name of the new sample")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--regs", type=int, default=8)
    ap.add_argument("--per", type=int, default=8)
    ap.add_argument("--labels", type=Path, default=HERE / "norms_labelled.jsonl")
    ap.add_argument("--sheet", type=Path, default=Path("/tmp/norms_sheet.md"))
    ap.add_argument("--fill", type=Path, help="record current extraction in a labelled file's new rows")
    args = ap.parse_args()
    if args.fill:
        fill(args.folder, args.fill)
    else:
        draw(args.folder, args.set, args.seed, args.regs, args.per, args.labels, args.sheet)


if __name__ == "__main__":
    main()
