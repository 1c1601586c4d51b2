"""Conduct matching: which norms (curated, and extracted when ingest has them) a question's act falls under.

Each norm is scored against the question on its own words (act, English act, the text or our summary
of the provisions it rests on) with BM25 over the norm set, widened by the bilingual concept lexicon
(``kg/search/data/glossary_id_en.yaml``: everyday and English words → statutory terms), and on where
the search engine ranks its provisions. Norms whose addressees do not bind the question's actor,
whose election kind differs, or whose regulation was not in force on the date are not answers.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from ingest.actors import ACTORS, COVERS, actors_in
from kg.ids import pasal_of
from kg.question import Question
from kg.search.lexicon import stem_en

# Weights of the three signals (tuned on the dev split of bench/asn_answers/).
W_LEXICAL, W_COVERAGE, W_SEARCH = 0.375, 0.375, 0.25
W_SPECIFIC = 0.1  # lex specialis: a norm written for the kind of election the question is about
W_ADDRESSED = 0.1  # and one naming the question's actor (or its class) over one binding it as anyone
W_PRIOR = 0.2  # times the learned prior's probability (kg/conduct_prior.py); 0.1 and 0.35 tried on dev
EXPANSION_WEIGHT = 1.0  # in an English question the lexicon terms are its Indonesian words, at full weight
EXPANSION_WEIGHT_ID = 0.3  # and less of an Indonesian one, which names most things itself
UNKNOWN_WEIGHT = 0.5  # a word no norm uses, against the coverage of a question tied to the domain
ACTOR_WORD_WEIGHT = 0.3  # the words naming the question's actor, beside its conduct words
MIN_CONFIDENCE = 0.22  # below this the best norm is not an answer
MIN_COVERAGE = 0.05  # nor when its own words carry less than this share of the question's …
STRONG_SEARCH = 0.7  # … unless the search ranks its provision first or second
LONG_STORY = 40  # conduct words beyond which MIN_COVERAGE shrinks in proportion
PLACED_COVERAGE = 0.6  # … and shrinks by this for a question naming its actor and its election
ALSO_CONSIDER_MARGIN = 0.18  # alternatives within this of the best are shown as "also consider"
OTHER_REGIME_SHARE = 0.5  # norms of another regulation reaching the act join at this share of the best
SEARCH_DEPTH = 30
SIDES_WORDS = "tindakan yang menguntungkan atau merugikan"  # the favouring bans' words (``Question.sides``)
# Bringing fellow civil servants along, as the discipline rules say it (``Question.mobilises``) …
MOBILISING_WORDS = "menggerakkan mengerahkan pns lain"
# … where asking them to come is how they were brought, not an appeal siding with a candidate.
ASKING_ALONG_WORDS = "ajak ajakan himbauan imbau menghimbau seru seruan suruh undang invite invited"
# The duties to punish, as their norms say it (``Question.unpunished``).
UNPUNISHED_WORDS = "lalai neglect neglects fails"
# Punishing out of proportion, as its norm says it (``Question.too_light``).
TOO_LIGHT_WORDS = "tidak sepadan terlalu ringan proportion lightly"
# Words a question uses to ask whether something is a breach ("siapa yang melanggar?", "still a
# disciplinary matter?"): they weigh as little as the actor's name, or every question would match
# the norm about committing a disciplinary breach.
ASKING_WORDS = (
    "melanggar pelanggaran langgar disiplin breach breaches breached violate violates violation "
    "discipline disciplinary"
)
# Who tells the story ("anak saya", "bilang ke bapak ibu kalian", "my husband"): family words place the
# asker, and weigh as little, or a clause on leave when a parent or child is ill would answer.
STORY_WORDS = (
    "bapak ibu ayah anak istri isteri suami adik kakak keponakan mertua menantu paman bibi "
    "father mother parents child children son daughter wife husband brother sister nephew niece uncle aunt"
)
# When the facts happened ("selama masa kampanye", "during the campaign period"): the period is a condition
# the norms check on their own, not the conduct. The campaign itself counts, unless named only so (below).
PERIOD_WORDS = "masa period"
# "Materi" is a talk's, a slide's or a post's content far more often than the goods of vote-buying ("uang atau
# materi lainnya"): that word alone must not name vote-buying, whose money is named in other words.
CONTENT_WORDS = "materi"
# "Selama masa kampanye", "during the campaign", "the campaign period": the campaign named only as when the
# facts happened. A story that names it so and no other way ("during the campaign the head of office gathered
# his staff …") tells of no campaign it took part in: the campaign's own bans must not win on that word.
_CAMPAIGN_PERIOD = re.compile(
    r"\b(?:(?:masa|selama|saat|waktu|pas|sepanjang|jelang|menjelang|during|throughout|before|after)\s+"
    r"(?:(?:the|a|an|this|that|last)\s+)?(?:(?:official|formal|pilkada|pemilu|pileg|pilpres|election|"
    r"legislative|presidential|regional|general[- ]election|\d{4})\s+)?(?:kampanye|campaign)"
    # "saat kampanye akbar", "during the campaign rally": an event of the campaign, not its time
    r"(?!\s+(?:akbar|terbuka|rally|rallies|event|tour|team|akbarnya))"
    r"(?:\s+(?:period|season|window|stage|phase|weeks?|days?))?|"
    r"(?:kampanye|campaign)\s+(?:period|season|window|stage|phase))\b",
    re.I,
)
_CAMPAIGN_WORD = re.compile(r"\b(?:kampanye|campaign\w*)\b", re.I)
# Whom an act favours, in the words that name them (beside the actor vocabulary's own forms).
OBJECT_WORDS = {
    "calon": ("candidate", "candidates", "caleg", "capres", "cagub", "cabup", "cawalkot"),
    "pasangan-calon": ("candidate pair", "pair", "pairs", "ticket", "tickets", "paslon"),
}
# Actors that sit inside a broader one for the purpose of who a rule binds, besides ingest.actors.COVERS.
_BINDS_ALSO = {
    # A question about "an official" (pejabat) unqualified may be about any kind of office-holder.
    "pejabat-asn": ("pns", "pppk", "pejabat"),
    "pegawai": ("pns", "pppk", "pegawai-asn"),
    # Governors, regents, mayors and their deputies are state officials (UU 20/2023 Pasal 58 huruf m).
    "pejabat-negara": ("menteri", "presiden", "kepala-daerah", "pejabat"),
    "pejabat-daerah": ("pejabat",),
    "kepala-daerah": ("pejabat",),
    "pasangan-calon": ("calon",),  # a rule for the pair binds each candidate in it
    # An agency acts through the officials who run its staff: its duty to enforce discipline is theirs.
    "instansi-pemerintah": ("ppk", "pybmh", "pyb"),
}


def implied_words(q: Question) -> str:
    """What the facts amount to, however told, in the words of the norms that name it: treating one side
    otherwise than another (the favouring bans), a superior letting a breach go (the duties to punish) or
    punishing it too lightly (the ban on punishing out of proportion), bringing fellow civil servants to the
    campaign (mobilising them)."""
    cues = (
        (q.sides, SIDES_WORDS),
        (q.unpunished, UNPUNISHED_WORDS),
        (q.too_light, TOO_LIGHT_WORDS),
        (q.mobilises, MOBILISING_WORDS),
    )
    return " ".join(words for cue, words in cues if cue)


@dataclass(frozen=True)
class NormCandidate:
    """A norm as conduct matching sees it, from the curated corpus or from ingest's extraction."""

    id: str
    kind: str
    addressees: tuple[str, ...]
    act_id: str
    act_en: str
    provisions: tuple[str, ...]
    sanction_provisions: tuple[str, ...] = ()
    regime: str | None = None
    elections: tuple[str, ...] = ()
    source: str = "curated"
    text: str = ""  # the words matched against: act, provisions' text or summaries
    power_kind: str | None = None  # for an institution's power: supervises, imposes, receives_reports …
    level: str | None = None  # for a sanction: ringan, sedang or berat
    same_conduct: tuple[str, ...] = ()  # norms of other acts the same conduct also breaches
    candidacy: bool = False  # binds its addressees only as ones running for office
    acting: bool = False  # binds its addressees only as ones acting in the office (a Pj regent)
    needs: tuple[str, ...] = ()  # words of which the question must name one (Conditions.needs)
    involving: tuple[str, ...] = ()  # whom the norm bars its addressees from drawing into a campaign
    uses: tuple[str, ...] = ()  # what giving a campaign the use of breaks the norm (Conditions.uses)
    periods: tuple[str, ...] = ()  # when, relative to the campaign period, it binds (empty: at any time)

    @property
    def doc_id(self) -> str:
        return self.provisions[0].split("/", 1)[0]

    @property
    def holder(self) -> str:
        """For an institution's power (id ``inst:…#n``, written by ``power_candidates``): the institution."""
        return self.id.split("#", 1)[0]


@dataclass(frozen=True)
class NormMatch:
    """A norm with its score (0..1) and the parts of it."""

    norm: NormCandidate
    score: float
    lexical: float
    coverage: float
    search: float
    why: tuple[str, ...] = field(default=())
    learned: float = 0.0  # the part of the score the learned prior gave (kg/conduct_prior.py)

    @property
    def by_words(self) -> float:
        """The score without the learned prior's part: what the words alone made of the norm."""
        return self.score - self.learned

    @classmethod
    def beside(cls, norm: NormCandidate, by: NormMatch | None, why: str) -> NormMatch:
        """A norm the facts bring beside a matched one (``by``), ranked as it is, for the reason ``why``."""
        score, coverage = (by.score, by.coverage) if by is not None else (0.0, 0.0)
        return cls(norm, score, 0.0, coverage, 0.0, why=(why,))


def best_by_words(matches: list[NormMatch]) -> NormMatch | None:
    """The match the words alone rank first (the learned prior orders answers, it does not make them)."""
    return max(matches, key=lambda m: m.by_words, default=None)


def binds(addressee: str, actor: str | None) -> bool:
    """Whether a norm addressed to ``addressee`` binds ``actor`` (unknown actor: everyone may be bound)."""
    if actor is None or addressee == actor or addressee == "setiap-orang":
        return True
    if actor in COVERS.get(addressee, ()) or actor in _BINDS_ALSO.get(addressee, ()):
        return True
    # A question about ASN employees in general is answered by rules for PNS or PPPK too.
    return addressee in COVERS.get(actor, ())


def period_allows(norm: NormCandidate, q: Question) -> bool:
    """Whether the norm binds at the time the facts tell: a campaign's own ban does not reach what was done
    after the vote."""
    return not (q.after_vote and norm.periods and "after" not in norm.periods)


def actor_allows(norm: NormCandidate, q: Question) -> bool:
    """A norm is an answer for the question's actor(s) when one of its addressees binds one of them
    (and, for a norm binding only those who run for office, when the question is about running; for a
    campaign's ban on what it is given the use of, when the actor campaigns or the facts tell that use)."""
    if norm.candidacy and not q.candidacy:
        return False
    if norm.acting and not q.acting:
        return False
    # One running, or an incumbent running again, is the pair campaigning.
    runs = (q.candidacy or "petahana" in q.acting_roles) and "pasangan-calon" in norm.addressees
    if norm.uses and not set(norm.uses) & set(q.uses) and not (runs or names_actor(norm, q.acting_roles)):
        # A campaign's ban on what it is given the use of binds others than the campaigners only as the ones
        # who gave it (UU 1/2015 Pasal 187 ayat (3), "setiap orang"): the facts must tell that use.
        return False
    if not q.actor:
        return True
    return any(binds(a, x) for a in norm.addressees for x in (q.roles or (q.actor,)))


def curated_candidates(bundle, provision_text) -> list[NormCandidate]:
    """Curated norms, each with the text of its provisions (official where ingested, else our summary)."""
    out = []
    for n in getattr(bundle, "norms", ()) or ():
        # The act in our words is the norm's essence; it counts twice beside the provision's wording.
        texts = [
            _present(t)
            for t in (n.act_id, n.act_en, n.act_id, n.act_en, n.conditions.other_id, n.conditions.other_en)
        ]
        texts.extend(provision_text(p) for p in n.provisions)
        out.append(
            NormCandidate(
                id=n.id,
                kind=n.kind,
                addressees=tuple(n.addressees),
                act_id=n.act_id,
                act_en=n.act_en,
                provisions=tuple(n.provisions),
                sanction_provisions=tuple(n.sanction_provisions),
                regime=n.regime,
                elections=tuple(n.conditions.election),
                source="curated",
                text=" ".join(t for t in texts if t),
                same_conduct=tuple(n.same_conduct),
                candidacy=n.conditions.candidacy,
                acting=n.conditions.acting,
                needs=tuple(n.conditions.needs),
                involving=tuple(n.involving),
                uses=tuple(n.conditions.uses),
                periods=tuple(n.conditions.period),
            )
        )
    return out


# A trailing ", tanpa …" / ", without …" in a gloss names what the act lacks ("attend a campaign, without
# party insignia"): those words are evidence against the norm, so they are not matched at all.
_ABSENT = re.compile(r",\s*(?:tanpa|without)\b[^,;.]*", re.I)


def _present(text: str | None) -> str:
    """A gloss without the qualifiers it says are absent."""
    return _ABSENT.sub("", text or "")


def same_conduct(chosen: list[NormMatch], candidates: list[NormCandidate], keep) -> list[NormMatch]:
    """The norms of other acts linked as reaching the same conduct as a chosen one, that ``keep`` allows
    (the actor's, in force, for the election asked about), each once and not from an act already chosen.

    Matching by words finds the regime whose wording the question shares; the link finds every other
    regime that reaches the same act, whatever its wording.
    """
    by_id = {c.id: c for c in candidates}
    answering = list(chosen)
    taken = {m.norm.id for m in chosen}
    out: list[NormMatch] = []
    for m in chosen:
        for nid in m.norm.same_conduct:
            c = by_id.get(nid)
            # A link inside the chosen norm's own act (an acting head bound by the ASN officials' ban) is
            # followed; another act already answering this conduct as well as this norm (through a norm
            # this one names as its counterpart) is not cited twice, but one answering only through a
            # weaker match, or through a norm on another conduct (the Elections Law's ban on officials'
            # decisions beside an activity siding with a contestant), or through a norm that names this
            # one without this one naming it (a PNS in party insignia at a rally, beside the Elections
            # Law's ban on siding, whose own counterpart is the activity siding with a contestant), gets
            # this norm's reading beside it.
            answered = c is not None and any(
                x.norm.doc_id == c.doc_id != m.norm.doc_id
                and x.score >= m.score
                and x.norm.id in m.norm.same_conduct
                for x in answering
            )
            if c is None or c.id in taken or answered or not keep(c):
                continue
            taken.add(c.id)
            found = NormMatch.beside(c, m, f"the same conduct as {m.norm.id}")
            answering.append(found)
            out.append(found)
    return out


DREW_IN_WHY = "bars those who drew the actor into the campaign"  # why ``involving`` adds a ban
# A campaign is what the actor took part in: the words of the norms chosen or of the question say so.
_CAMPAIGN = re.compile(
    r"\b(?:kampanye|campaign\w*|rally|rallies|tim sukses|timses|relawan|"
    # "paket yang dibawa tim salah satu paslon", "the pair's team": the contestant's own team at work
    r"tim (?:salah satu |sang |dari )?(?:paslon|pasangan(?: calon)?|calon|caleg|capres|cagub|cabup|cawalkot)|"
    r"(?:pair|candidate|ticket|hopeful)['’]s (?:\w+ )?team|"
    r"team of (?:the |a |one )?(?:pair|candidate|ticket)|"
    # canvassing for a side ("door-to-door", the side's "field team") or declaring for it before a crowd
    r"door[- ]to[- ]door|canvass\w*|field team|tim lapangan|"
    r"deklarasi\w*|declar(?:ation|ed|es|ing) (?:of )?support|"
    # a side that brought him in ("caleg yg ngajak dia jg kena?", "the candidate who invited him"), on its
    # own live stream ("live TikTok bareng caleg")
    r"(?:caleg|paslon|calon|capres|cagub|cabup|cawalkot)\s+(?:yg|yang)\s+(?:ngajak|mengajak|ajak|ngundang|"
    r"mengundang|undang)|(?:candidate|pair|ticket)\s+who\s+(?:invited|asked|brought|got)\b|"
    r"live\s+(?:tiktok|ig|instagram|fb|facebook|youtube)\s+(?:bareng|bersama|sama|dengan|with)\s+"
    r"(?:caleg|paslon|calon|capres|cagub|cabup|cawalkot|(?:a|the)\s+candidate))\b",
    re.I,
)


def involving(chosen: list[NormMatch], candidates: list[NormCandidate], q: Question, keep) -> list[NormMatch]:
    """The bans on drawing the question's actor into a campaign of its election, binding those who did
    (the candidate pair, the campaign team), when the actor took part in one: a civil servant on a regent
    pair's team breaks the discipline rules, and the pair the regional elections law (UU 1/2015 Pasal 70).

    ``keep`` says which acts apply (in force, of the election); the ban binds others than the actor.
    """
    roles = q.acting_roles
    if not roles or not q.election or not chosen:
        return []
    if not (_CAMPAIGN.search(q.affirmed()) or any(_CAMPAIGN.search(m.norm.act_id) for m in chosen)):
        return []
    taken = {m.norm.id for m in chosen}
    return [
        NormMatch.beside(c, chosen[0], DREW_IN_WHY)
        for c in candidates
        if c.involving
        and c.id not in taken
        and q.election in c.elections
        and any(binds(a, r) for a in c.involving for r in roles)
        and keep(c)
    ]


DRAWN_IN_WHY = "binds the one the actor drew into the campaign"  # why ``drawn_in`` adds a ban


def drawn_in(chosen: list[NormMatch], candidates: list[NormCandidate], q: Question, keep) -> list[NormMatch]:
    """``involving`` seen from the other side: when the actor broke a ban on drawing others into a campaign
    and the question names one drawn in, that one's own ban in the same article (a campaign team listing a
    civil servant breaks UU 7/2017 Pasal 280 ayat (2); the civil servant on it, ayat (3)).

    ``keep`` says which acts apply; the ban binds others than the actor.
    """
    roles = set(q.acting_roles)
    named = [a for a in q.actors if a not in roles]
    taken = {m.norm.id for m in chosen}
    out: list[NormMatch] = []
    for m in chosen:
        drawn = tuple(x for x in named if any(binds(a, x) for a in m.norm.involving if a != "setiap-orang"))
        if not drawn:
            continue
        articles = {pasal_of(p) for p in m.norm.provisions}
        for c in candidates:
            same_article = articles & {pasal_of(p) for p in c.provisions}
            if same_article and c.id not in taken and keep(c) and names_actor(c, drawn):
                taken.add(c.id)
                out.append(NormMatch.beside(c, m, DRAWN_IN_WHY))
    return out


PUT_TO_USE_WHY = "the facts tell the campaign was given the use of {}"  # why ``put_to_use`` adds a ban
_USE_WORDS = {
    "government-means": "government property or budget",
    "school-or-worship": "a school or place of worship",
}


def put_to_use(
    chosen: list[NormMatch], candidates: list[NormCandidate], q: Question, keep
) -> list[NormMatch]:
    """The campaign's bans on using what the facts tell a campaign of the question's election was given the
    use of (``Question.uses``): a camat lending the office car to a regent pair breaks the regional
    campaign's ban on government facilities (UU 1/2015 Pasal 69 huruf h, punished for whoever knowingly
    breaks it) beside the rules of his own office, whatever norm his words matched."""
    if not q.uses or not q.election:
        return []
    taken = {m.norm.id for m in chosen}
    best = chosen[0] if chosen else None
    out: list[NormMatch] = []
    for c in candidates:
        told = [u for u in c.uses if u in q.uses]
        if not told or c.id in taken or q.election not in c.elections or not keep(c):
            continue
        taken.add(c.id)
        out.append(NormMatch.beside(c, best, PUT_TO_USE_WHY.format(_USE_WORDS[told[0]])))
    return out


SECOND_OFFICES = frozenset({"penyelenggara-pemilu"})  # offices held beside one's own post (a PNS on the KPPS)
SECOND_OFFICE_WHY = "the duty of the election body the facts put him on"


def second_office(c: NormCandidate, q: Question) -> bool:
    """Whether a norm binds the actor only through an office the story says he holds beside his own post (a
    PNS teacher who sits on the KPPS): such a duty joins the norms his conduct matched (``office_duties``),
    never takes their place."""
    held = SECOND_OFFICES & set(q.roles) - {q.actor}
    return bool(held) and set(c.addressees) <= held


def office_duties(
    chosen: list[NormMatch], candidates: list[NormCandidate], q: Question, keep
) -> list[NormMatch]:
    """The duties of an election body the story puts the actor on, beside what his conduct matched: a PNS on
    the KPPS who thanks voters for electing a pair breaks the discipline rules of his post and the organisers'
    code of ethics he swore to (UU 7/2017 Pasal 157 ayat (3); UU 1/2015 Pasal 136)."""
    # With nothing else matched (an honorary teacher on the KPPS, bound by no civil-service rule), the
    # duties of the body are what binds him.
    taken = {m.norm.id for m in chosen}
    return [
        NormMatch.beside(c, chosen[0] if chosen else None, SECOND_OFFICE_WHY)
        for c in candidates
        if c.kind == "obligation"
        and second_office(c, q)
        and c.id not in taken
        and (not q.election or not c.elections or q.election in c.elections)
        and keep(c)
    ]


GENERAL_DUTY_LINKS = 5  # a duty this many norms name as the same conduct is a general duty they breach


def general_duties(
    chosen: list[NormMatch], candidates: list[NormCandidate], q: Question, keep
) -> list[NormMatch]:
    """The general duties the question's election conduct breaches, binding the actor, that no chosen norm
    leads to: a PPPK teacher on a regent pair's team is outside the PNS discipline rules whose bans link to
    the ASN law's duty to keep neutral (UU 20/2023 Pasal 24), yet bound by that duty as an ASN employee."""
    if not chosen or not q.election or not (q.actor or q.roles):
        return []
    links: dict[str, int] = {}
    for c in candidates:
        for nid in c.same_conduct:
            links[nid] = links.get(nid, 0) + 1
    taken = {m.norm.id for m in chosen}
    duties = [c for c in candidates if c.kind == "obligation" and links.get(c.id, 0) >= GENERAL_DUTY_LINKS]
    return [
        NormMatch.beside(c, chosen[0], "the general duty the conduct breaches")
        for c in duties
        if c.id not in taken and keep(c)
    ]


def act_elections(bundle) -> dict[str, tuple[str, ...]]:
    """The kinds of election an act is about, where most of its curated norms name one (UU 7/2017:
    general elections, UU 1/2015: regional ones, though its ban on reshuffles after an inauguration names
    none); an act whose norms mostly hold whatever the election is absent."""
    kinds: dict[str, set[str]] = {}
    named: Counter[str] = Counter()
    general: Counter[str] = Counter()
    for n in getattr(bundle, "norms", ()) or ():
        for p in n.provisions[:1]:
            doc = p.split("/", 1)[0]
            if n.conditions.election:
                kinds.setdefault(doc, set()).update(n.conditions.election)
                named[doc] += 1
            else:
                general[doc] += 1
    return {doc: tuple(sorted(k)) for doc, k in kinds.items() if named[doc] > general[doc]}


def power_candidates(bundle, provision_text) -> list[NormCandidate]:
    """Curated institutions' powers as candidates for "who decides / where to report" questions; a
    power granted by an election law acts in that kind of election."""
    out = []
    acts = act_elections(bundle)
    for inst in getattr(bundle, "institutions", ()) or ():
        for n, pw in enumerate(inst.powers):
            words = [inst.name, inst.name_en, inst.abbreviation or "", pw.scope_id, pw.scope_en, pw.kind]
            words.append(provision_text(pw.provision))
            out.append(
                NormCandidate(
                    id=f"{inst.id}#{n}",
                    kind="power",
                    addressees=(),
                    act_id=pw.scope_id,
                    act_en=f"{inst.name_en}: {pw.scope_en}",
                    provisions=(pw.provision,),
                    source="curated",
                    elections=acts.get(pw.provision.split("/", 1)[0], ()),
                    power_kind=pw.kind,
                    text=" ".join(w.replace("_", " ") for w in words if w),
                    needs=tuple(inst.needs),
                )
            )
    return out


_LEVEL_WORDS = {"ringan": "ringan light", "sedang": "sedang medium moderate", "berat": "berat heavy severe"}
_REGIME_WORDS = {
    "discipline": "hukuman disiplin disciplinary penalty",
    "criminal-election": "pidana penjara denda criminal prison fine",
    "ethics": "sanksi moral kode etik ethics",
    "administrative": "sanksi administratif pemberhentian administrative dismissal",
}


def sanction_candidates(bundle, provision_text) -> list[NormCandidate]:
    """Curated sanctions as candidates for "what penalties are there" questions (no conduct named)."""
    out = []
    for sn in getattr(bundle, "sanctions", ()) or ():
        words = [
            sn.description_id,
            sn.description_en,
            _REGIME_WORDS.get(sn.regime, sn.regime),
            sn.kind,
            _LEVEL_WORDS.get(sn.level or "", ""),
        ]
        words.extend(provision_text(p) for p in sn.provisions[:1])
        out.append(
            NormCandidate(
                id=sn.id,
                kind="sanction",
                addressees=(),
                act_id=sn.description_id,
                act_en=sn.description_en,
                provisions=tuple(sn.provisions),
                regime=sn.regime,
                text=" ".join(w for w in words if w),
                level=sn.level,
            )
        )
    return out


def extracted_candidates(documents, curated: list[NormCandidate], analyzer=None) -> list[NormCandidate]:
    """Norms ingest extracted from documents (when the norms stage is present), minus curated duplicates.

    A curated norm wins over an extracted one on the same provision.
    """
    from kg.search.analyzer import Analyzer

    analyzer = analyzer or Analyzer()
    taken = {p for c in curated for p in c.provisions}
    out = []
    for doc in documents:
        for n in getattr(doc, "norms", None) or ():
            pid = getattr(n, "provision", None)
            kind = getattr(n, "kind", None)
            if not pid or kind in (None, "definition") or pid in taken or getattr(n, "negated", False):
                continue
            act = _act_text(doc, n)
            if not _names_an_act(act, analyzer):
                continue  # "gaji, tunjangan, dan fasilitas", "profesionalitas": a list item names no act
            out.append(
                NormCandidate(
                    id=str(getattr(n, "id", pid)),
                    kind=str(kind),
                    addressees=tuple(getattr(n, "addressees", ()) or ()),
                    act_id=act,
                    act_en="",
                    provisions=(pid,),
                    sanction_provisions=tuple(getattr(n, "sanction_provisions", ()) or ()),
                    regime=getattr(n, "regime", None),
                    source="extracted",
                    text=act,
                )
            )
    return out


# An act is said with a verb: an Indonesian verb is a root word with a verbal prefix (the stemmer knows
# "menantu" is a root, "menghadiri" is not), or one of the common verbs that carry none.
_VERB_PREFIX = re.compile(r"^(?:me|ber|be|di|ter)[a-z]{3,}$")
_BARE_VERBS = frozenset("ikut masuk hadir pakai jadi tetap pergi datang pulang tinggal minta pinjam".split())


def _names_an_act(text: str, analyzer) -> bool:
    """Whether a norm's act text says what is done (has a verb), not only names things or a principle."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    return any(w in _BARE_VERBS or (_VERB_PREFIX.match(w) and analyzer.stem(w) != w) for w in words)


def _act_text(doc, n) -> str:
    act = getattr(n, "act", None)
    if isinstance(act, str):
        return act
    prov = next((p for p in doc.provisions if p.id == getattr(n, "provision", None)), None)
    if prov is None:
        return ""
    span = act if isinstance(act, tuple | list) and len(act) == 2 else None
    return prov.text[span[0] : span[1]] if span else prov.text


def in_force(norm: NormCandidate, q: Question, catalog: dict, scope: set[str]) -> bool:
    """Whether the norm's regulation applies: the one named, or the one in force on the question's date."""
    return act_applies(norm.doc_id, q, catalog, scope)


def act_applies(doc: str, q: Question, catalog: dict, scope: set[str]) -> bool:
    """Whether the act ``doc`` applies: the one named, or (none named) one in force on the question's date."""
    if scope:
        return doc in scope
    info = catalog.get(doc)
    if info is None:
        return True
    when: date | None = q.at
    if when is not None and info.enacted and when < info.enacted:
        return False
    if info.state in ("repealed", "replaced"):
        return when is not None and info.since is not None and when < info.since
    return True


def scope_of(q: Question, catalog: dict) -> set[str]:
    """The regulations a question names, with the acts an amending act amends (UU 8/2015 → UU 1/2015);
    not one it names to set aside."""
    out: set[str] = set()
    for r in q.regulations:
        if r.set_aside:  # named to say it does not reach the case
            continue
        info = catalog.get(r.id)
        if q.at and info is not None and info.enacted and q.at < info.enacted and len(q.regulations) > 1:
            continue  # "in 2009, before the 2010 regulation existed": named as not yet made
        out.add(r.id)
        if info is not None:
            out.update(info.amends)
    return out


class Matcher:
    """Scores norms against questions; build once per store (the norm texts are analyzed once)."""

    def __init__(self, candidates: list[NormCandidate], concepts=None, analyzer=None, prior=None):
        from kg.search.analyzer import Analyzer

        self.analyzer = analyzer or Analyzer()
        self.light_terms = frozenset(
            self.analyzer.terms(f"{ASKING_WORDS} {STORY_WORDS} {PERIOD_WORDS} {CONTENT_WORDS}")
        )
        self.concepts = concepts  # glossary concepts for expansion (None: the glossary alone)
        self.prior = prior  # a ConductPrior (kg/conduct_prior.py), or None
        self.candidates = candidates
        self.docs = [self.analyzer.terms(c.text) for c in candidates]
        # What each norm needs the question to name (Conditions.needs), each word or phrase as its terms.
        self.needed = [[need for need in (self._need(w) for w in c.needs) if need[0]] for c in candidates]
        self.position = {c.id: i for i, c in enumerate(candidates)}
        self.tf = [{t: d.count(t) for t in set(d)} for d in self.docs]
        # The words' weights come from the norms that say what one must (not) do: a permission answers only
        # when asked of (``answers._keep_any_actor``), nor does a norm the question must name words of
        # (a civil servant's general duties: a leak, a levy, a gift), and their words must not reweigh
        # every other match.
        weighing = [i for i, c in enumerate(candidates) if c.kind != "permission" and not c.needs]
        weighing = weighing or list(range(len(candidates)))
        n = len(weighing) or 1
        self.avgdl = sum(len(self.docs[i]) for i in weighing) / n or 1.0
        df = dict.fromkeys((t for d in self.tf for t in d), 0)
        for i in weighing:
            for t in self.tf[i]:
                df[t] += 1
        self.idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        self.max_idf = math.log(1 + (n - 0.5) / 1.5)
        # Words that only the norms needing named words use: to every other norm's share of the question they
        # are words no norm uses (``match``).
        used = {t for i, c in enumerate(candidates) if not c.needs for t in self.tf[i]}
        self.unused = frozenset(t for t in df if t not in used)

    def _need(self, word: str) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
        """A needed word as its terms, and, where stemming makes it another word ("keberatan", an objection,
        stems to "berat", heavy), the word itself, which the question must then say."""
        ts = tuple(self.analyzer.terms(word))
        single = len(word.split()) == 1 and ts != (word.lower(),)
        return ts, re.compile(rf"\b{re.escape(word)}", re.I) if single else None

    def needs_named(self, q: Question) -> Callable[[NormCandidate], bool]:
        """Whether the question names one of the words a norm needs (true of a norm that needs none), as in
        ``match``: a norm linked to a matched one joins it only where its own words are named."""
        said: frozenset[str] | None = None

        def named(c: NormCandidate) -> bool:
            nonlocal said
            needed = self.needed[self.position[c.id]] if c.id in self.position else ()
            if not needed:
                return True
            if said is None:  # what the question names, read once and only when a norm needs words
                said = self.said_terms(q)
            return self._any_named(needed, said, q.text)

        return named

    @classmethod
    def _any_named(cls, needed, terms, text: str) -> bool:
        return any(cls._names(need, terms, text) for need in needed)

    @staticmethod
    def _names(need: tuple[tuple[str, ...], re.Pattern[str] | None], terms, text: str) -> bool:
        """Whether the question names a needed word (its terms; the word itself where stemming changed it)."""
        ts, said = need
        named = all(t in terms or stem_en(t) in terms for t in ts)
        return named and (said is None or bool(said.search(text)))

    def said_terms(self, q: Question) -> frozenset[str]:
        """What the question names: its own words, what the parser read it to ask, and what the hand-written
        glossary ties its words to. A word a norm needs must be named so, not reached by an association the
        lexicon learned from the corpus (it ties "put" to "mendahulukan" as readily as a leak to a secret)."""
        from kg.search.glossary import everyday_expansions, expansions

        # The matcher's own concepts less the learned ones (None, as for ``query_terms``: the glossary alone).
        written = None if self.concepts is None else tuple(c for c in self.concepts if not c.learned)
        phrases = [
            q.text,
            " ".join(q.conduct),  # with what a caller read into it ("what can I still do": a remedy's words)
            implied_words(q),
            *expansions(q.affirmed(), written),
            *everyday_expansions(q.affirmed(), written),
        ]
        terms = {t for p in phrases for t in self.analyzer.terms(p)}
        # English is not stemmed by the analyzer: "appeals" names the "appeal" a norm needs.
        return frozenset(terms | {stem_en(t) for t in terms})

    def query_terms(self, q: Question) -> dict[str, float]:
        """The question's terms (conduct words) plus lexicon expansions at a lower weight."""
        from kg.search.glossary import everyday_expansions, expansions, matched_concepts

        terms: dict[str, float] = {}
        for t in self.analyzer.terms(" ".join(q.conduct)):
            terms[t] = 1.0
        # In an English question the lexicon carries the meaning; in Indonesian it only adds synonyms.
        weight = EXPANSION_WEIGHT if q.lang == "en" else EXPANSION_WEIGHT_ID
        for phrase in expansions(q.affirmed(), self.concepts):
            for t in self.analyzer.terms(phrase):
                terms.setdefault(t, weight)
        if q.lang != "en":
            # A conduct an Indonesian question names only in everyday words carries its meaning, as the
            # lexicon does for an English question; a person named so (capres, timses) says who, not what.
            for phrase in everyday_expansions(q.affirmed(), self.concepts):
                if actors_in(phrase):
                    continue
                for t in self.analyzer.terms(phrase):
                    terms[t] = max(terms.get(t, 0.0), EXPANSION_WEIGHT)
        for t in self.analyzer.terms(implied_words(q)):
            terms[t] = max(terms.get(t, 0.0), 1.0)
        for t in self.analyzer.terms(ASKING_ALONG_WORDS) if q.mobilises else ():
            if t in terms:
                terms[t] = min(terms[t], ACTOR_WORD_WEIGHT)
        for t in self.light_terms:
            if t in terms:
                terms[t] = min(terms[t], ACTOR_WORD_WEIGHT)
        # The actor already filters the norms; its name, however said or expanded ("PPPK" is "pegawai
        # pemerintah dengan perjanjian kerja"), should not also decide which conduct is meant.
        acting = q.acting_roles
        forms = {f.casefold() for a in acting for f in ACTORS.get(a, ())}
        # The English words a glossary concept renders as the actor's name ("civil servant" as "pns").
        said = [
            (*w, *c.id)
            for c, w in matched_concepts(q.text, self.concepts)
            if forms & {t.casefold() for t in c.id}
        ]
        for form in (*forms, *(x for ws in said for x in ws)):
            for t in self.analyzer.terms(form):
                if t in terms:
                    terms[t] = min(terms[t], ACTOR_WORD_WEIGHT)
        # However the question names its actor ("kades", "PNS"), the norms name it in full ("kepala desa").
        for a in acting:
            for t in self.analyzer.terms(ACTORS[a][0]) if ACTORS.get(a) else ():
                terms.setdefault(t, ACTOR_WORD_WEIGHT)
        if self._campaign_only_when(q):
            for t in self.analyzer.terms("kampanye campaign"):
                if t in terms:
                    terms[t] = min(terms[t], ACTOR_WORD_WEIGHT)
        # "Campaigning for a DPR candidate": whom the act favours is not the act; a norm about becoming a
        # candidate (resigning on nomination) must not win on that word alone.
        roles = set(q.roles) | ({q.actor} if q.actor else set())
        for other in q.actors:
            if other in OBJECT_WORDS and other not in roles:
                for form in (*ACTORS.get(other, ()), *OBJECT_WORDS[other]):
                    for t in self.analyzer.terms(form):
                        if t in terms:
                            terms[t] = min(terms[t], ACTOR_WORD_WEIGHT)
        return terms

    def _campaign_only_when(self, q: Question) -> bool:
        """Whether the question names the campaign only as the time of the facts (``_CAMPAIGN_PERIOD``), in
        no other word the lexicon reads as a campaign ("rally", "timses")."""
        from kg.search.glossary import everyday_expansions, expansions

        text = q.affirmed()
        if not _CAMPAIGN_PERIOD.search(text):
            return False
        rest = _CAMPAIGN_PERIOD.sub(" ", text)
        if _CAMPAIGN_WORD.search(rest):
            return False
        said = [*expansions(rest, self.concepts), *everyday_expansions(rest, self.concepts)]
        return not any(_CAMPAIGN_WORD.search(p) for p in said)

    def match(
        self,
        q: Question,
        search_ranks: dict[str, int] | None = None,
        keep=lambda c: True,
        told: Question | None = None,
    ) -> list[NormMatch]:
        """Norms that ``keep`` allows, best first, with scores. ``told``: the whole question, when ``q`` is
        the sentence that asks; the words a norm needs may be named anywhere in it."""
        terms = self.query_terms(q)
        known = {t: w for t, w in terms.items() if t in self.idf}
        # A word no norm uses counts against coverage. In a question tied to the domain (an actor, an
        # election, an act) it counts less: a fact pattern's narrative ("adik", "latsar") or an
        # untranslated word says little about the norm meant. Untied, it says the question is elsewhere.
        unknown = UNKNOWN_WEIGHT if q.anchored else 1.0
        unseen = sum(unknown * w * self.max_idf for t, w in terms.items() if t not in self.idf and w >= 1.0)
        # The share of the question a norm's words cover. To the norms at the core, a word only the norms
        # needing named words use is one no norm uses: those norms do not change the core's shares.
        full = {t: w * self.idf[t] for t, w in known.items()}
        core = {t: v for t, v in full.items() if t not in self.unused}
        unused = {t: w for t, w in terms.items() if w >= 1.0 and t in self.unused}
        core.update({t: unknown * w * self.max_idf for t, w in unused.items()})
        full_total, core_total = sum(full.values()) + unseen, sum(core.values()) + unseen
        raw: list[tuple[int, float, float, float]] = []
        whole = told or q
        said = self.said_terms(whole) if any(self.needed) else frozenset()
        for i, c in enumerate(self.candidates):
            needed = self.needed[i]
            if not keep(c) or (needed and not self._any_named(needed, said, whole.text)):
                continue
            tf, dl = self.tf[i], len(self.docs[i]) or 1
            weights, total = (full, full_total) if needed else (core, core_total)
            bm25 = cov = 0.0
            for t, w in known.items():
                f = tf.get(t, 0)
                if f:
                    bm25 += w * self.idf[t] * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * dl / self.avgdl))
                    cov += weights.get(t, 0.0)
            s = _search_score(c, search_ranks or {})
            raw.append((i, bm25, cov / total if total else 0.0, s))
        if not raw:
            return []
        top = max(r[1] for r in raw) or 1.0
        # What questions told alike were found to ask about: the words a story uses, not the norm's.
        learned = self.prior.probabilities(q.text) if self.prior is not None else {}
        out = []
        for i, bm25, cov, s in raw:
            score = W_LEXICAL * bm25 / top + W_COVERAGE * cov + W_SEARCH * s
            c = self.candidates[i]
            prior = W_PRIOR * max([learned.get(c.id, 0.0), *(learned.get(p, 0.0) for p in c.provisions)])
            score += prior
            if q.election and q.election in c.elections:
                score += W_SPECIFIC
            if names_actor(c, q.acting_roles):
                score += W_ADDRESSED
            out.append(
                NormMatch(c, round(score, 4), round(bm25 / top, 4), round(cov, 4), s, learned=round(prior, 4))
            )
        return sorted(out, key=lambda m: (-m.score, m.norm.id))


def names_actor(c: NormCandidate, roles: tuple[str, ...]) -> bool:
    """Whether a norm binds one of these actors by naming it or its class, not only as "setiap orang"."""
    return any(a != "setiap-orang" and binds(a, r) for a in c.addressees for r in roles)


def _search_score(c: NormCandidate, ranks: dict[str, int]) -> float:
    """1 for a norm whose provision the search ranks first, decaying with rank; 0 when not found."""
    best = 0.0
    for p in c.provisions:
        for pid, rank in ranks.items():
            if pid == p or pid.startswith(p + "/"):
                best = max(best, 1.0 / (1 + 0.35 * (rank - 1)))
            elif p.startswith(pid + "/"):
                best = max(best, 0.5 / (1 + 0.35 * (rank - 1)))
    return round(best, 4)


def select(
    matches: list[NormMatch], words: int = 0, placed: bool = False, narrow: bool = False
) -> tuple[list[NormMatch], list[NormMatch]]:
    """(the norms that answer, the alternatives to "also consider") from ranked matches.

    The best norm answers; norms of other regulations that reach the same act closely enough answer
    too (several regimes); norms of the same regulation within a small margin are alternatives.
    ``words``: how many words the question tells its conduct in (a story of more than LONG_STORY words
    needs a smaller share of them on the norm: the rest is the weather and the family). ``placed``: the
    question names both who acts and in which kind of election, so fewer of its own words need to.
    ``narrow``: placed, and its actor is bound by a handful of norms only (a village head in a general
    election): the story need share no share of words with the one the ranking puts first.
    """
    # The learned prior orders the answers; whether there is one at all is the words' own match to decide.
    plain = best_by_words(matches)
    if plain is None or plain.by_words < MIN_CONFIDENCE:
        return [], []
    floor = MIN_COVERAGE * min(1.0, LONG_STORY / words) if words else MIN_COVERAGE
    floor *= PLACED_COVERAGE if placed else 1.0
    if plain.coverage < floor and plain.search < STRONG_SEARCH and not narrow:
        # A long story shares few words with any norm; the search placing the norm first still counts.
        return [], []
    best = matches[0]
    chosen, alternatives = [best], []
    # Nor does it push away what the words found as close: another regime, or a second reading, near the
    # best by the words alone stays near it.
    for m in matches[1:]:
        close = (
            m.score >= OTHER_REGIME_SHARE * best.score or m.by_words >= OTHER_REGIME_SHARE * best.by_words
        ) and m.coverage >= OTHER_REGIME_SHARE * best.coverage
        if m.norm.doc_id != best.norm.doc_id and close:
            if all(m.norm.doc_id != c.norm.doc_id for c in chosen):
                chosen.append(m)
                continue
        if m.score >= best.score - ALSO_CONSIDER_MARGIN or m.by_words >= best.by_words - ALSO_CONSIDER_MARGIN:
            alternatives.append(m)
    # The readings the words themselves put close come first; one only the prior lifted takes a place left.
    alternatives.sort(key=lambda m: m.by_words < best.by_words - ALSO_CONSIDER_MARGIN)
    return chosen, alternatives[:3]


__all__ = [
    "DREW_IN_WHY",
    "Matcher",
    "NormCandidate",
    "NormMatch",
    "act_applies",
    "act_elections",
    "actor_allows",
    "period_allows",
    "best_by_words",
    "binds",
    "curated_candidates",
    "extracted_candidates",
    "power_candidates",
    "put_to_use",
    "sanction_candidates",
    "general_duties",
    "in_force",
    "involving",
    "names_actor",
    "office_duties",
    "second_office",
    "scope_of",
    "same_conduct",
    "select",
]
