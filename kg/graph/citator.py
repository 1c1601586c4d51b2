"""Legal currency: how a provision reads today (citator flags) and where two regulations disagree (conflicts).

Both are computed from the curated corpus stored with the graph (``corpus/bundle.json``), so they
work on a store holding only the shipped corpus:

- a **citator flag** says that a provision no longer reads as printed: a court ruling
  (``decisions``: struck down, conditionally (un)constitutional, construed), a repeal of its
  regulation, or an amendment by a later act. A flag applies from its date (the day a decision was
  read, the day an act was promulgated), so a view "as of" an earlier day leaves it out.
- a **conflict** is a pair of sanctions, from different regulations, that answer the same conduct
  (``Sanction.conduct``) for overlapping addressees with different consequences. The principle
  that resolves it is lex superior (different rank), else lex specialis (one side's addressees
  are narrower), else lex posterior; the provision that settles it is the winner's saving clause
  that keeps the loser only where it does not contradict it (``RegulationStatus.kept_by``).
"""

from __future__ import annotations

from datetime import date
from itertools import combinations

from kg.corpus import CorpusBundle, load_store_corpus
from kg.corpus.load import covered
from kg.corpus.records import Regulation, Sanction
from kg.ids import doc_of, format_citation, nested
from kg.store import Store

# Lower is higher in the hierarchy of UU 12/2011 Pasal 7 (and below it, the ministerial level).
_RANK = {"uud": 0, "uu": 1, "perppu": 1, "pp": 2, "perpres": 3, "perda": 4}
_LOWEST = 5  # ministerial regulations, agency rules, joint decrees, circulars


def hierarchy_rank(jenis: str | None) -> int:
    """An act's place in the hierarchy of legislation (0 the Constitution; lower prevails)."""
    return _RANK.get(jenis or "", _LOWEST)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _enacted(reg: Regulation | None) -> date | None:
    return reg.enacted if reg else None


def _bundle(store_or_bundle: Store | CorpusBundle) -> CorpusBundle | None:
    if isinstance(store_or_bundle, CorpusBundle):
        return store_or_bundle
    return load_store_corpus(store_or_bundle)


# -- citator flags -------------------------------------------------------------------------------
def citator_flags(store_or_bundle: Store | CorpusBundle, item_id: str, at: date | None = None) -> list[dict]:
    """Flags on a provision or document (and on what lies above or below it), in date order.

    Each flag: {provision, flag, by, by_citation, date, reading_id, reading_en, deadline, note,
    checked_against_text, reported_by}. With ``at``, flags dated after that day are left out;
    a flag whose date is unknown is kept, with a note saying so.
    """
    bundle = _bundle(store_or_bundle)
    if bundle is None:
        return []
    flags: list[dict] = []
    for d in bundle.decisions:
        for r in d.rulings:
            if r.flag is None or not nested(r.provision, item_id):
                continue
            flags.append(
                {
                    "provision": r.provision,
                    "flag": r.flag,
                    "by": d.id,
                    "by_citation": f"Putusan {d.court_name} Nomor {d.number}",
                    "date": _iso(d.date_read),
                    "reading_id": r.reading_id,
                    "reading_en": r.reading_en,
                    "deadline": _iso(r.deadline),
                    "note": r.note,
                    "checked_against_text": d.checked_against_text,
                    "reported_by": d.reported_by,
                    "_not_before": d.filed,
                }
            )
    doc_id = doc_of(item_id)
    reg = bundle.regulation(doc_id)
    if reg is not None:
        flags += _act_flags(bundle, reg, item_id)
    if at is not None:
        # A flag of unknown day still cannot predate its act's year (or the petition's filing).
        flags = [
            f for f in flags if (f["date"] or (f["_not_before"] or date.min).isoformat()) <= at.isoformat()
        ]
    for f in flags:
        f.pop("_not_before", None)
        if f["date"] is None:
            f["note"] = "; ".join(x for x in (f["note"], "date not known: shown at every date") if x)
    return sorted(flags, key=lambda f: (f["date"] or "9999", f["provision"], f["flag"]))


def flags_for_ids(
    store_or_bundle: Store | CorpusBundle, item_ids: list[str], at: date | None = None
) -> dict[str, list[dict]]:
    """Flags for many ids at once (badges on hits, card items, Browse rows); ids without flags left out."""
    bundle = _bundle(store_or_bundle)
    if bundle is None:
        return {}
    out = {i: citator_flags(bundle, i, at) for i in dict.fromkeys(item_ids)}
    return {i: f for i, f in out.items() if f}


def flags_set_by(store_or_bundle: Store | CorpusBundle, by_id: str, at: date | None = None) -> list[dict]:
    """The flags a decision (or act) puts on provisions: what ``kg show DECISION`` lists."""
    bundle = _bundle(store_or_bundle)
    decision = bundle.decision(by_id) if bundle else None
    if decision is None:
        return []
    pids = dict.fromkeys(r.provision for r in decision.rulings)
    return [
        f
        for pid in pids
        for f in citator_flags(bundle, pid, at)
        if f["by"] == by_id and f["provision"] == pid
    ]


def _act_flags(bundle: CorpusBundle, reg: Regulation, item_id: str) -> list[dict]:
    """Repeal of the whole regulation, amendments of the provision, later amending acts of the document."""

    def flag(kind: str, by: str, day: date | None, provision: str, reading: str | None) -> dict:
        by_reg = bundle.regulation(doc_of(by))
        return {
            "provision": provision,
            "flag": kind,
            "by": by,
            "by_citation": format_citation(by),
            "date": _iso(day),
            "reading_id": None,
            "reading_en": reading,
            "deadline": None,
            "note": None,
            "checked_against_text": bool(by_reg and by_reg.checked_against_text),
            "reported_by": None,
            "_not_before": date(by_reg.tahun, 1, 1) if by_reg else None,
        }

    out = []
    st = reg.status
    if st.state in ("repealed", "replaced") and st.by:
        out.append(flag("repealed", st.by, st.since, reg.id, st.note_en))
    key = bundle.provision(item_id)
    if key is not None and key.as_amended_by:
        amending = bundle.regulation(key.as_amended_by)
        out.append(
            flag("amended", key.as_amended_by, _enacted(amending), key.id, "our summary gives this wording")
        )
    if item_id == reg.id:
        for x in reg.amended_by:
            amending = bundle.regulation(x)
            scope = amending.purpose_en if amending else None
            out.append(flag("amended", x, _enacted(amending), reg.id, scope))
    return out


# -- conflicts -----------------------------------------------------------------------------------
def _subjects(bundle: CorpusBundle, s: Sanction) -> set[str]:
    """Who a sanction reaches: its provisions' subjects, else the addressees of the norms carrying it."""
    out: set[str] = set()
    for pid in s.provisions:
        kp = bundle.provision(pid)
        out.update(kp.subjects if kp else [])
    if not out:
        for n in bundle.norms:
            if s.id in n.sanctions:
                out.update(n.addressees)
    return out


def _overlap(a: set[str], b: set[str]) -> bool:
    return any(covered(x, {y}) or covered(y, {x}) for x in a for y in b)


def _in_force(reg: Regulation | None, at: date | None) -> bool:
    if reg is None or at is None:
        return reg is not None
    born = _enacted(reg)
    if born and at < born:
        return False
    st = reg.status
    return not (st.state in ("repealed", "replaced") and st.since and st.since <= at)


def _touches(bundle: CorpusBundle, s: Sanction) -> set[str]:
    """Ids under which a sanction is met: its provisions, and the norms carrying it with their provisions."""
    out = set(s.provisions) | {s.id}
    for n in bundle.norms:
        if s.id in n.sanctions:
            out |= {n.id, *n.provisions, *n.sanction_provisions}
    return out


def conflicts(store_or_bundle: Store | CorpusBundle, at: date | None = None) -> list[dict]:
    """Every conflict between regulations in the corpus (in force on ``at`` when given).

    Each: {provisions, principle, prevails, prevailing_provisions, settled_by, note, sides, touches}.
    """
    bundle = _bundle(store_or_bundle)
    if bundle is None:
        return []
    pool = [s for s in bundle.sanctions if s.conduct and s.consequence]
    out = []
    for a, b in combinations(pool, 2):
        da, db = doc_of(a.provisions[0]), doc_of(b.provisions[0])
        if a.conduct != b.conduct or a.consequence == b.consequence or da == db:
            continue
        ra, rb = bundle.regulation(da), bundle.regulation(db)
        sa, sb = _subjects(bundle, a), _subjects(bundle, b)
        if not (_in_force(ra, at) and _in_force(rb, at) and _overlap(sa, sb)):
            continue
        out.append(_resolve(bundle, (a, ra, sa), (b, rb, sb)))
    return out


def _resolve(bundle: CorpusBundle, one: tuple, two: tuple) -> dict:
    (_, ra, sa), (_, rb, sb) = one, two
    rank_a = hierarchy_rank(ra.jenis if ra else None)
    rank_b = hierarchy_rank(rb.jenis if rb else None)
    if rank_a != rank_b:
        principle, win = "lex superior", (one if rank_a < rank_b else two)
    elif sa != sb and (all(covered(x, sb) for x in sa) or all(covered(x, sa) for x in sb)):
        principle = "lex specialis"
        win = one if all(covered(x, sb) for x in sa) else two
    else:
        principle = "lex posterior"
        win = one if (_enacted(ra) or date.min) >= (_enacted(rb) or date.min) else two
    lose = two if win is one else one
    (ws, wr, _), (ls, lr, _) = win, lose
    kept_by = lr.status.kept_by if lr else None
    settled = kept_by if kept_by and wr and doc_of(kept_by) == wr.id else None
    note = (
        f"{format_citation(ws.provisions[-1])}: {ws.description_en}; "
        f"{format_citation(ls.provisions[-1])}: {ls.description_en}. "
        f"{principle.capitalize()}: {format_citation(wr.id) if wr else doc_of(ws.provisions[0])} prevails"
        + (
            f"; {format_citation(settled)} keeps the other only where it does not contradict it."
            if settled
            else "."
        )
    )
    return {
        "provisions": [*ws.provisions, *ls.provisions],
        "principle": principle,
        "prevails": wr.id if wr else doc_of(ws.provisions[0]),
        "prevailing_provisions": list(ws.provisions),
        "settled_by": settled,
        "note": note,
        "sides": [
            {
                "sanction": s.id,
                "provisions": list(s.provisions),
                "consequence": s.consequence,
                "regime": s.regime,
            }
            for s in (ws, ls)
        ],
        "touches": sorted(_touches(bundle, ws) | _touches(bundle, ls)),
    }


def conflicts_for(
    store_or_bundle: Store | CorpusBundle, provision_ids: list[str], at: date | None = None
) -> list[dict]:
    """The conflicts that bear on any of these provision (or norm, sanction) ids: what an answer card shows.

    A conflict bears on an id when the id is, contains or lies inside one of its provisions, or is
    a norm or sanction of either side (a heavy-breach prohibition carries the conflicting penalty).
    Returned as [{provisions, principle, prevails, note, ...}] (see ``conflicts``).
    """
    wanted = list(provision_ids)
    return [
        c for c in conflicts(store_or_bundle, at) if any(nested(t, w) for t in c["touches"] for w in wanted)
    ]


__all__ = ["citator_flags", "conflicts", "conflicts_for", "flags_for_ids", "flags_set_by", "hierarchy_rank"]
