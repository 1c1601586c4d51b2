"""Reading, validating and storing the curated corpus (``corpus/*.yaml``) — see ``kg.corpus.records``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from kg.corpus.records import RECORD_TYPES, CorpusBundle, Regulation
from kg.errors import CorpusInvalidError
from kg.ids import doc_of
from kg.store import Store, atomic_write_text


# -- validation --------------------------------------------------------------------------------
class CorpusIssue(BaseModel):
    """One problem in the corpus: the file, the record, the field, and what is wrong."""

    model_config = ConfigDict(frozen=True)

    file: str
    record: str | None = None
    field: str | None = None
    message: str

    def __str__(self) -> str:
        # No square brackets: rich (used by other CLI commands) would read "[norm:…]" as markup.
        where = (
            self.file
            + (f", record {self.record}" if self.record else "")
            + (f", field {self.field}" if self.field else "")
        )
        return f"{where}: {self.message}"


class CorpusError(CorpusInvalidError):
    """The corpus did not validate; ``issues`` lists every problem found."""

    def __init__(self, issues: list[CorpusIssue]):
        self.issues = issues
        head = "\n".join(str(i) for i in issues[:20])
        more = f"\n… and {len(issues) - 20} more" if len(issues) > 20 else ""
        super().__init__(f"{len(issues)} problem(s) in the corpus:\n{head}{more}")


# The C loader is several times faster; both are "safe" (no arbitrary objects).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _corpus_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.iterdir() if p.suffix in {".yaml", ".yml", ".json"} and p.is_file())


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _parse_files(path: Path) -> tuple[dict[str, list[tuple[str, Any]]], list[CorpusIssue]]:
    """Records per type, each with its file name, plus the issues met while parsing."""
    issues: list[CorpusIssue] = []
    records: dict[str, list[tuple[str, Any]]] = {k: [] for k in RECORD_TYPES}
    if not path.exists():
        return records, [CorpusIssue(file=str(path), message="no such file or folder")]
    files = _corpus_files(path)
    if not files:
        return records, [CorpusIssue(file=str(path), message="no .yaml, .yml or .json files here")]
    for f in files:
        name = str(f)
        try:
            text = f.read_text(encoding="utf-8")
            data = json.loads(text) if f.suffix == ".json" else yaml.load(text, Loader=_YAML_LOADER)
        except (OSError, UnicodeDecodeError, yaml.YAMLError, json.JSONDecodeError) as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 1})" if mark is not None else ""
            issues.append(CorpusIssue(file=name, message=f"cannot read{where}: {str(exc).splitlines()[0]}"))
            continue
        if data is None:
            continue
        if not isinstance(data, dict):
            issues.append(
                CorpusIssue(file=name, message=f"top level must be a mapping of {', '.join(RECORD_TYPES)}")
            )
            continue
        for key, items in data.items():
            if key not in RECORD_TYPES:
                issues.append(
                    CorpusIssue(
                        file=name,
                        field=str(key),
                        message=f"unknown record type; expected one of {', '.join(RECORD_TYPES)}",
                    )
                )
                continue
            if not isinstance(items, list):
                issues.append(CorpusIssue(file=name, field=str(key), message="must be a list of records"))
                continue
            for item in items:
                records[key].append((name, item))
    return records, issues


def _build(path: Path) -> tuple[CorpusBundle | None, list[CorpusIssue]]:
    raw, issues = _parse_files(path)
    typed: dict[str, list[Any]] = {k: [] for k in RECORD_TYPES}
    where: dict[str, str] = {}  # record id -> file
    broken: set[str] = set()  # ids of records that failed their schema: not reported again as dangling
    for key, items in raw.items():
        model = RECORD_TYPES[key]
        for n, (fname, item) in enumerate(items):
            rid = item.get("id") if isinstance(item, dict) else None
            label = str(rid) if rid else f"{key}[{n}]"
            if not isinstance(item, dict):
                issues.append(CorpusIssue(file=fname, record=label, message="a record must be a mapping"))
                continue
            try:
                rec = model.model_validate(item)
            except ValidationError as exc:
                broken.add(str(rid))
                for sub in item.get("provisions") or [] if key == "regulations" else []:
                    if isinstance(sub, dict):
                        broken.add(str(sub.get("id")))
                for err in exc.errors():
                    msg = err["msg"].removeprefix("Value error, ")
                    if err["type"] == "extra_forbidden":
                        msg = "unknown field"
                    elif err["type"] == "missing":
                        msg = "required field missing"
                    elif err["type"] == "too_short" and err["loc"]:
                        msg = "must not be empty (every record needs its source)"
                    issues.append(
                        CorpusIssue(file=fname, record=label, field=_loc(err["loc"]) or None, message=msg)
                    )
                continue
            if rec.id in where:  # type: ignore[attr-defined]
                issues.append(
                    CorpusIssue(
                        file=fname,
                        record=label,
                        field="id",
                        message=f"duplicate id (first in {where[rec.id]})",
                    )  # type: ignore[attr-defined]
                )
                continue
            where[rec.id] = fname  # type: ignore[attr-defined]
            typed[key].append(rec)
            if isinstance(rec, Regulation):
                for i, p in enumerate(rec.provisions):
                    if doc_of(p.id) != rec.id:
                        issues.append(
                            CorpusIssue(
                                file=fname,
                                record=rec.id,
                                field=f"provisions[{i}].id",
                                message=f"provision {p.id} does not belong to {rec.id}",
                            )
                        )
                    elif p.id in where:
                        issues.append(
                            CorpusIssue(
                                file=fname,
                                record=rec.id,
                                field=f"provisions[{i}].id",
                                message=f"duplicate id {p.id}",
                            )
                        )
                    else:
                        where[p.id] = fname
    bundle = CorpusBundle(**{k: tuple(v) for k, v in typed.items()})
    issues.extend(_check_references(bundle, where, broken))
    return (None if issues else bundle), issues


def _check_references(b: CorpusBundle, where: dict[str, str], broken: set[str]) -> list[CorpusIssue]:
    """Every id a record names must resolve to a record of the right type."""
    issues: list[CorpusIssue] = []
    regs = {r.id for r in b.regulations}
    provs = {p.id for _, p in b.provisions()}
    norms, sanctions = {n.id for n in b.norms}, {s.id for s in b.sanctions}
    insts, cases, arts = {i.id for i in b.institutions}, {c.id for c in b.cases}, {a.id for a in b.articles}
    decisions = {d.id for d in b.decisions}
    consequences = {c.id for c in b.consequences}

    def need(rid: str, field: str, targets: Iterable[tuple[str, str]], kind: str) -> None:
        for value, known in targets:
            ok = {
                "legal": value in regs or value in provs,
                "regulation": value in regs,
                "norm": value in norms,
                "sanction": value in sanctions,
                "institution": value in insts,
                "article": value in arts,
                "decision": value in decisions,
                "consequence": value in consequences,
                "any": value in regs or value in provs or value in cases or value in arts,
            }[known]
            if not ok and value not in broken:
                hint = (
                    " (list it as a key provision of its regulation)"
                    if known == "legal" and "/" in value
                    else ""
                )
                issues.append(
                    CorpusIssue(
                        file=where.get(rid, "?"),
                        record=rid,
                        field=field,
                        message=f"unknown {kind} {value!r}{hint}",
                    )
                )

    def flag(rid: str, field: str, message: str) -> None:
        issues.append(CorpusIssue(file=where.get(rid, "?"), record=rid, field=field, message=message))

    for r in b.regulations:
        need(r.id, "status.by", [(r.status.by, "legal")] if r.status.by else [], "regulation/provision")
        need(r.id, "amends", [(x, "regulation") for x in r.amends], "regulation")
        need(r.id, "amended_by", [(x, "regulation") for x in r.amended_by], "regulation")
        need(r.id, "status.kept_by", [(r.status.kept_by, "legal")] if r.status.kept_by else [], "provision")
        for i, p in enumerate(r.provisions):
            if p.as_amended_by:
                need(r.id, f"provisions[{i}].as_amended_by", [(p.as_amended_by, "regulation")], "regulation")
            if p.days_absent is not None:
                reads = [(x, "legal") for x in p.days_absent.read_with]
                need(r.id, f"provisions[{i}].days_absent.read_with", reads, "provision")
            heir = doc_of(r.status.by) if r.status.by else None
            for x in p.carried_on_in:
                if heir is None:
                    problem, fix = (
                        f"{r.id} names no act that replaced it",
                        "set its status.by, or drop the list",
                    )
                elif doc_of(x) != heir:
                    problem, fix = f"{r.id} was replaced by {heir}", f"name a provision of {heir}"
                elif x not in provs and x not in broken:
                    problem, fix = (
                        "no regulation lists it as a key provision",
                        f"list it among those of {heir}",
                    )
                else:
                    continue
                flag(
                    r.id,
                    f"provisions[{i}].carried_on_in",
                    f"{p.id} is carried on in {x}, but {problem}: {fix}",
                )
            for x in p.rewrites:
                amended = "a provision of " + (" or ".join(r.amends) or "the act it amends")
                if doc_of(x) == r.id:
                    problem, fix = f"a point cannot rewrite its own act {r.id}", f"name {amended}"
                elif doc_of(x) not in r.amends:
                    problem = f"{r.id} does not amend {doc_of(x)}"
                    fix = f"name {amended}, or add {doc_of(x)} to the regulation's amends"
                elif x not in provs and x not in broken:
                    problem = "no regulation lists it as a key provision"
                    fix = f"list it among the provisions of {doc_of(x)}"
                else:
                    continue
                flag(r.id, f"provisions[{i}].rewrites", f"{p.id} rewrites {x}, but {problem}: {fix}")
    for n in b.norms:
        need(n.id, "provisions", [(x, "legal") for x in n.provisions], "provision")
        need(n.id, "sanction_provisions", [(x, "legal") for x in n.sanction_provisions], "provision")
        need(n.id, "sanctions", [(x, "sanction") for x in n.sanctions], "sanction")
        need(n.id, "enforced_by", [(x, "institution") for x in n.enforced_by], "institution")
        need(n.id, "same_conduct", [(x, "norm") for x in n.same_conduct], "norm")
    for s in b.sanctions:
        need(s.id, "provisions", [(x, "legal") for x in s.provisions], "provision")
        if s.prison_minimum is not None:
            need(s.id, "prison_minimum.read_in", [(s.prison_minimum.read_in, "legal")], "provision")
    for c in b.consequences:
        need(c.id, "provisions", [(x, "legal") for x in c.provisions], "provision")
        need(c.id, "classed_by", [(c.classed_by, "legal")] if c.classed_by else [], "provision")
        need(c.id, "by", [(c.by, "institution")] if c.by else [], "institution")
        need(c.id, "follows", [(c.follows, "consequence")] if c.follows else [], "consequence")
    for inst in b.institutions:
        need(inst.id, "parent", [(inst.parent, "institution")] if inst.parent else [], "institution")
        need(inst.id, "sources", [(x, "legal") for x in inst.sources], "provision")
        need(inst.id, "status.by", [(inst.status.by, "legal")] if inst.status.by else [], "provision")
        need(
            inst.id, "status.successors", [(x, "institution") for x in inst.status.successors], "institution"
        )
        for k, p in enumerate(inst.powers):
            need(inst.id, f"powers[{k}].provision", [(p.provision, "legal")], "provision")
            need(inst.id, f"powers[{k}].towards", [(x, "institution") for x in p.towards], "institution")
            need(inst.id, f"powers[{k}].norms", [(x, "norm") for x in p.norms], "norm")
            need(inst.id, f"powers[{k}].sanctions", [(x, "sanction") for x in p.sanctions], "sanction")
            need(inst.id, f"powers[{k}].ended_by", [(x, "legal") for x in p.ended_by], "regulation/provision")
    for c in b.cases:
        need(c.id, "institutions", [(x, "institution") for x in c.institutions], "institution")
        need(c.id, "norms", [(x, "norm") for x in c.norms], "norm")
        need(c.id, "sources", [(s.article, "article") for s in c.sources], "article")
        need(c.id, "provisions", [(x, "legal") for x in c.provisions], "provision")
        for k, f in enumerate(c.facts):
            need(c.id, f"facts[{k}].sources", [(s.article, "article") for s in f.sources], "article")
    for d in b.decisions:
        need(d.id, "tested", [(x, "legal") for x in d.tested], "provision")
        need(d.id, "rulings", [(r.provision, "legal") for r in d.rulings], "provision")
    for al in b.aliases:
        need(al.id, "regulation", [(al.regulation, "regulation")], "regulation")
    for a in b.articles:
        if not (a.file or a.url or a.cited_in):
            issues.append(
                CorpusIssue(
                    file=where.get(a.id, "?"),
                    record=a.id,
                    field="file",
                    message="missing source: give file, url or cited_in",
                )
            )
        need(a.id, "cited_in", [(s.article, "article") for s in a.cited_in], "article")
        need(a.id, "discusses", [(x, "any") for x in a.discusses], "regulation/provision/case")
        need(a.id, "cites", [(c.target, "any") for c in a.cites], "article/regulation/provision")
    issues.extend(_check_rules(b, where))
    return issues


# Who a broader addressee includes: a provision punishing "pegawai-asn" reaches a "pns"; regional
# heads (and incumbents) are state officials.
_WITHIN = {
    "pns": "pegawai-asn",
    "pppk": "pegawai-asn",
    "pejabat-asn": "pegawai-asn",
    "petahana": "kepala-daerah",
    "kepala-daerah": "pejabat-negara",
}


def covered(addressee: str, subjects: Iterable[str]) -> bool:
    """Whether an addressee is one of the subjects, or within one of them (a PNS within pegawai ASN);
    a provision punishing "setiap orang" reaches everyone."""
    subjects = set(subjects)
    if "setiap-orang" in subjects:
        return True
    a: str | None = addressee
    while a is not None:
        if a in subjects:
            return True
        a = _WITHIN.get(a)
    return False


def _check_rules(b: CorpusBundle, where: dict[str, str]) -> list[CorpusIssue]:
    """Rules that catch the legal review's kinds of mistake: scope narrowed or widened unnoticed."""
    issues: list[CorpusIssue] = []

    def issue(rid: str, field: str, message: str) -> None:
        issues.append(CorpusIssue(file=where.get(rid, "?"), record=rid, field=field, message=message))

    # Plain dicts, not the bundle's lookups: those cache an index on the bundle, which would then no
    # longer compare equal to the same bundle read back from the store.
    provisions = {p.id: p for _, p in b.provisions()}
    sanctions = {s.id: s for s in b.sanctions}
    for n in b.norms:
        penal = list(n.sanction_provisions)
        for sid in n.sanctions:
            penal += sanctions[sid].provisions if sid in sanctions else []
        for pid in dict.fromkeys(penal):
            kp = provisions.get(pid)
            if kp is None or not kp.subjects:
                continue
            outside = [a for a in n.addressees if not covered(a, kp.subjects)]
            if outside:
                issue(
                    n.id,
                    "addressees",
                    f"{', '.join(outside)} not among the subjects of {pid} ({', '.join(kp.subjects)}): "
                    "split the norm so the sanction attaches only to those the provision punishes",
                )
        issues.extend(_overlapping_ranges(n, provisions, where))
        if n.conditions.period:
            for pid in n.provisions:
                kp = provisions.get(pid)
                missing = [x for x in (kp.periods if kp else []) if x not in n.conditions.period]
                if missing:
                    issue(
                        n.id,
                        "conditions.period",
                        f"narrower than {pid}, which also runs {', '.join(missing)} the campaign: "
                        "widen conditions.period",
                    )
    regs = {r.id: r for r in b.regulations}
    for s in b.sanctions:
        issues.extend(_prison_minimum_read(s, provisions, regs, where))
    for c in b.consequences:
        issues.extend(_consequence_rules(c, provisions, where))
    for r in b.regulations:
        for x in r.amends:
            if x in regs and r.id not in regs[x].amended_by:
                issue(x, "amended_by", f"{r.id} amends it: add {r.id} to amended_by")
    return issues


def _prison_minimum_read(s, provisions: dict, regs: dict, where: dict[str, str]) -> list[CorpusIssue]:
    """A sanction's least prison term must come from an official text read, of a provision it rests on."""
    pm = s.prison_minimum
    if pm is None:
        return []
    out: list[str] = []
    if s.kind not in ("imprisonment", "imprisonment-and-fine"):
        out.append(f"a {s.kind} sanction carries no prison term: drop prison_minimum or fix kind")
    if not any(pm.read_in == p or pm.read_in.startswith(p + "/") for p in s.provisions):
        out.append(f"read_in {pm.read_in} is not among the sanction's provisions {', '.join(s.provisions)}")
    kp, reg = provisions.get(pm.read_in), regs.get(doc_of(pm.read_in))
    checked = kp.checked_against_text if kp is not None else None
    if kp is not None and not (checked if checked is not None else bool(reg and reg.checked_against_text)):
        out.append(
            f"{pm.read_in} was not checked against the official text: leave prison_minimum out (unknown) "
            "until the text is read"
        )
    if s.range is not None and s.range.min_months is not None and s.range.min_months != pm.months:
        out.append(f"{pm.months} months disagrees with range.min_months {s.range.min_months}")
    return [
        CorpusIssue(file=where.get(s.id, "?"), record=s.id, field="prison_minimum", message=m) for m in out
    ]


# The condition each trigger needs stated: a prison threshold, an offence of office, a detention.
_TRIGGER_NEEDS = {
    "final-prison-sentence": ("min_prison_months", lambda c: c.min_prison_months is not None),
    "final-prison-or-confinement-sentence": ("offence_of_office", lambda c: c.offence_of_office),
    "detention": ("detained_as", lambda c: bool(c.detained_as)),
}


def _consequence_rules(c, provisions: dict, where: dict[str, str]) -> list[CorpusIssue]:
    """A consequence states the condition its trigger needs and reaches no one its provisions leave out."""
    out: list[tuple[str, str]] = []
    field, has = _TRIGGER_NEEDS[c.trigger]
    if not has(c.condition):
        out.append((f"condition.{field}", f"a {c.trigger} consequence must state condition.{field}"))
    for pid in c.provisions:
        kp = provisions.get(pid)
        outside = [a for a in c.addressees if kp is not None and kp.subjects and not covered(a, kp.subjects)]
        if outside:
            out.append(("addressees", f"{', '.join(outside)} not among the subjects of {pid}"))
    return [CorpusIssue(file=where.get(c.id, "?"), record=c.id, field=f, message=m) for f, m in out]


def _overlapping_ranges(n, provisions: dict, where: dict[str, str]) -> list[CorpusIssue]:
    """Two points a norm's penalty rests on may not both hold one count of days: the answer could not
    tell which applies (yearly totals and days in a row are counted apart)."""
    ranged = sorted(
        (kp.days_absent.low, pid, kp.days_absent)
        for pid, kp in provisions.items()
        if kp.days_absent is not None
        and any(pid == sp or pid.startswith(sp + "/") for sp in n.sanction_provisions)
    )
    out = []
    for consecutive in (False, True):
        runs = [(low, pid, r) for low, pid, r in ranged if r.consecutive == consecutive]
        for (_, a, ra), (lb, b, _) in zip(runs, runs[1:], strict=False):
            if ra.high is None or lb <= ra.high:
                top = "no upper bound" if ra.high is None else f"up to {ra.high}"
                out.append(
                    CorpusIssue(
                        file=where.get(b, where.get(n.id, "?")),
                        record=b,
                        field="days_absent",
                        message=f"starts at {lb} days, inside the range of {a} ({top}), both under {n.id}",
                    )
                )
    return out


def validate_corpus(path: str | Path) -> list[CorpusIssue]:
    """Every problem in the corpus at path (a folder of YAML/JSON files, or one file); [] when valid."""
    return _build(Path(path))[1]


def load_corpus(path: str | Path) -> CorpusBundle:
    """The validated corpus at path; raises CorpusError listing every problem otherwise."""
    bundle, issues = _build(Path(path))
    if issues or bundle is None:
        raise CorpusError(issues)
    return bundle


def _bundle_file(store: Store) -> Path:
    return store.path / "corpus" / "bundle.json"


def ingest_corpus(path: str | Path, store: Store) -> dict[str, int]:
    """Validate the corpus and write it into the store; nothing is written when it is invalid."""
    bundle = load_corpus(path)
    atomic_write_text(_bundle_file(store), bundle.model_dump_json(indent=1))
    return bundle.counts()


# Parsed bundles by file, kept while the file is unchanged: answers, search and the citator all read the
# bundle on every question, and parsing it each time is most of their start-up cost.
_LOADED: dict[Path, tuple[tuple[int, int, int], CorpusBundle]] = {}


def load_store_corpus(store: Store) -> CorpusBundle | None:
    """The corpus last ingested into the store, or None when there is none."""
    f = _bundle_file(store)
    try:
        st = f.stat()
    except FileNotFoundError:
        return None
    key = (st.st_ino, st.st_mtime_ns, st.st_size)  # every write is a rename, so a new inode
    cached = _LOADED.get(f)
    if cached is not None and cached[0] == key:
        return cached[1]
    bundle = CorpusBundle.model_validate_json(f.read_text(encoding="utf-8"))
    _LOADED[f] = (key, bundle)
    return bundle
