"""Match work to the roles an organization actually has, by responsibility text.

Nothing here invents a role: every answer is a name from the roster, or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from agent.knowledge.lexicon import bound_phrases, kin_stems
from agent.knowledge.text import STOPWORDS, content_stems, rare_overlap, stem, words
from agent.knowledge.verbs import opens_with_work
from schemas.context import Metric, Role

_SENIORITY = (
    (
        re.compile(
            r"\b(chief|ceo|coo|cfo|cmo|cto|cio|cdo|president|executive director|provost|managing director|"
            r"(?<!pro )(?<!pro-)(?<!deputy )vice[- ]chancellor|director[- ]general|permanent secretary)\b",
            re.I,
        ),
        5,
    ),
    (
        re.compile(
            r"\b(svp|evp|senior vice president|vice president|vp|dean|superintendent|"
            r"(?:pro|deputy)[- ]vice[- ]chancellor)\b",
            re.I,
        ),
        4,
    ),
    (re.compile(r"\b(director|head|general manager|officer|counsel)\b", re.I), 3),
    (re.compile(r"\b(manager|lead|leader|owner|principal|architect)\b", re.I), 2),
)
# Words a role's name, team or duties carry when its remit covers a layer (DOMAIN.md owners).
LAYER_KEYWORDS: dict[str, list[str]] = {
    "experience": ["experience", "digital", "journey", "customer", "patient", "content", "ux"],
    "process_people": [
        "operations",
        "program",
        "people",
        "workflow",
        "training",
        "access",
        "pmo",
        "production",
        "plant",
        "hr",
    ],
    "tech_data": [
        "technology",
        "data",
        "martech",
        "engineering",
        "it",
        "systems",
        "platform",
        "digital",
    ],
    "governance_measurement": [
        "analytics",
        "measurement",
        "governance",
        "insights",
        "performance",
        "finance",
    ],
}

# Roles whose remit is to be consulted (represent employees, advise on law or privacy): they
# are Consulted on work that touches them and own only work squarely in their remit.
CONSULTATIVE = re.compile(
    r"\b(works council|union|employee representative|staff representative|workers' representative|"
    r"legal|counsel|privacy|compliance|data protection|ombuds|auditor|internal audit|ethics)\b",
    re.I,
)
# Roles that speak for the staff (a trade union, a works council, elected representatives):
# the organization consults them on its work; they never do it for it. By name or team; by a
# stated duty only when it says they represent staff ("works council liaison" is HR's).
# ... or for the members, tenants or residents a body of theirs speaks for ("Delegates' Council
# Chair", "Tenants' Panel Chair"); a union local by its number ("Local 2219 President").
_REPRESENTS = re.compile(
    r"\b(works council|trade union|union|shop steward|employee representatives?|"
    r"staff representatives?|workers' representatives?|(?:branch|brigade|chapel)\s+(?:secretary|"
    r"chair|officer)|local\s+\d{2,5}|(?:delegates|members|tenants|residents|pensioners|patients)"
    r"['’]?\s+(?:council|panel|forum|assembly))\b",
    re.I,
)
_REPRESENTS_DUTY = re.compile(
    r"\b(trade union side|union (?:side|branch|representative|steward)|"
    r"elected (?:employee |staff |worker )?representative|represents? (?:the )?(?:staff|employees|workers)|"
    r"represents? (?:the )?(?:union(?:'s|’s)? |its |(?-i:[A-Z]{2,}) )?members)\b",
    re.I,
)
_CHAIR = re.compile(r"\b(chair|chairs|sponsor|steering|board|executive committee)\b", re.I)
_MARKETING = re.compile(r"\b(marketing|brand|communications?|cmo|growth|digital marketing)\b", re.I)


# Words that date, count or order work but say nothing about whose remit it is: "monthly" in a
# task and in a role's meeting cadence, or "2029" in a task and in a programme's name, are no
# evidence that the role does that work.
_NOT_SUBJECT = frozenset(
    stem(w)
    for w in """day days daily week weeks weekly fortnight fortnightly month months monthly
    quarter quarters quarterly year years yearly annual annually january february march april
    june july august september october november december first second third next last
    rate rates ratio level levels index score percentage total average number count
    co inc ltd llc plc gmbh""".split()  # noqa: SIM905
)
# Prefixes a compound splits off ("co-residency", "re-launch"): not words of their own.
_PREFIXES = frozenset("co re pre non sub multi anti inter semi post ex".split())  # noqa: SIM905
# A rank alone says nothing of the work; in a phrase it names a role ("the programme manager").
_RANK = frozenset(
    stem(w)
    for w in "director directors manager managers head heads chief officer officers vp president lead leads".split()  # noqa: SIM905
)
_PERIOD = re.compile(r"^(?:q[1-4]|h[12]|fy\d+|w\d+(?:-\d+)?|\d.*)$")


# Particles that open a compound ("out of order", "on site", "up to date") and so may start a
# phrase, though they are stopwords on their own.
_PARTICLES = frozenset({"out", "on", "off", "up", "down", "over", "under"})
# Second halves of a compound that only modify the first ("system-wide", "MES-based"): the
# compound gives its first part, not these.
_MODIFIERS = frozenset(
    """wide based led level driven facing related specific free ready only like style type
    owned centric enabled oriented focused""".split()  # noqa: SIM905
)


def _subject_word(word: str) -> bool:
    return word not in STOPWORDS and len(word) >= 2 and not _PERIOD.match(word)


# A noun made with -ship or -ment names its root's work: "apprenticeships" are the
# apprentice programme's, "member payment runs" are about paying members.
_DERIVED = re.compile(r"^(?P<root>[a-z]{3,}?)(?:ships?|ments?)$")
_NOT_DERIVED = frozenset(
    [
        "comment",
        "comments",
        "moment",
        "moments",
        "element",
        "elements",
        "segment",
        "segments",
        "cement",
        "document",
        "documents",
        "worship",
        "hardship",
        "township",
        "flagship",
        "steamship",
        "department",
        "departments",
    ]
)


def _root(word: str) -> str:
    m = _DERIVED.match(word)
    if m is None or word in _NOT_DERIVED or len(word) < 7:
        return word
    return m.group("root")


@lru_cache(maxsize=32768)
def subject_stems(text: str) -> frozenset[str]:
    """The stems that say what work is about, for matching it to remits: content words without
    numbers, dates or cadence, and the phrases they make. A phrase ("skills matrix", "out of
    order", written with or without hyphens) matches only the same phrase, so it counts as a
    word of its own, rarer and more telling than its parts; a compound of content words also
    gives its parts ("a critical-asset register" is about assets), and a possessive its noun."""
    out: set[str] = set()
    seq = [_root(w[:-2] if w.endswith("'s") else w) for w in words(text)]
    # What follows "per" is the unit a measure is normalised by ("maintenance cost per tonne"
    # is maintenance work, whoever reports energy per tonne).
    unit = {i + 1 for i, w in enumerate(seq) if w == "per"}
    # Words of a bound phrase ("training set") give the phrase only, not their own sense.
    bound: set[int] = set()
    stems = [stem(w) for w in seq]
    for phrase in bound_phrases():
        n = len(phrase)
        for i in range(len(seq) - n + 1):
            if tuple(stems[i : i + n]) == phrase:
                bound.update(range(i, i + n))
    for i, word in enumerate(seq):
        if i in unit:
            continue
        if i in bound:
            for n in (2, 3):
                gram = seq[i : i + n]
                if len(gram) == n and all(_subject_word(w) for w in gram):
                    out.add(stem("-".join(gram)))
            continue
        parts = [p for p in word.split("-") if p]
        if len(parts) > 1 and all(_subject_word(p) for p in parts):
            out.update(
                stem(p)
                for p in parts
                if p not in _MODIFIERS | _PREFIXES and stem(p) not in _NOT_SUBJECT | _RANK
            )
        if _subject_word(word) and stem(word) not in _NOT_SUBJECT | _RANK:
            out.add(stem(word))
        for n in (2, 3):
            gram = seq[i : i + n]
            if len(gram) < n or not _subject_word(gram[-1]):
                continue
            if not (_subject_word(gram[0]) or gram[0] in _PARTICLES):
                continue
            if (
                any(_PERIOD.match(w) for w in gram)
                or {stem(gram[0]), stem(gram[-1])} & _NOT_SUBJECT
            ):
                continue
            out.add(stem("-".join(gram)))
    kin = kin_stems()
    return frozenset(out.union(*(kin.get(s, ()) for s in out)))


def seniority(role: Role) -> int:
    for pattern, rank in _SENIORITY:
        if pattern.search(role.name):
            return rank
    return 1


def role_text(role: Role) -> str:
    return " ".join([role.name, role.team or "", *role.responsibilities])


def match_score(role: Role, keywords: list[str]) -> float:
    """How well a role covers the keywords; earlier keywords are the more specific ones.

    A keyword in the role's name counts most, then in its responsibilities, then its team
    (a team name is shared by everyone in it, so it says least about who does the work).
    """
    if not keywords:
        return 0.0
    name = content_stems(role.name)
    duties = content_stems(" ".join(role.responsibilities))
    team = content_stems(role.team or "")
    score = total = 0.0
    for i, kw in enumerate(keywords):
        weight = 1.0 / (1.0 + 0.25 * i)
        total += weight
        kws = {stem(w) for w in kw.lower().split()}
        if kws <= name:
            score += 2.0 * weight
        elif kws <= duties:
            score += 1.2 * weight
        elif kws <= team:
            score += 0.6 * weight
        elif kws & name:
            score += 0.4 * weight
    return score / total


# How much "this role already works on what the vision is about" counts against
# "this role's remit covers this kind of task" (match_score is at most 2). Chosen from a
# plateau (0.8-1.0) of expected-owner accuracy on the eval cases, not its single best point.
AFFINITY_WEIGHT = 0.8
STRONG_AFFINITY = 0.5


def affinity(roles: list[Role], context: str) -> dict[str, float]:
    """Share of the context's distinctive words each role's name and duties cover.

    Words weigh by rarity across the roster: every role at a health system mentions patients,
    only one mentions virtual urgent care.
    """
    docs = [content_stems(role_text(r)) for r in roles]
    return {r.name: share for r, (share, _) in zip(roles, rare_overlap(context, docs), strict=True)}


def rank_roles(
    roles: list[Role], keywords: list[str], *, tiers: tuple[str, ...] = ("core",), context: str = ""
) -> list[tuple[float, Role]]:
    """Roles able to do the work, best first. With ``context`` (the vision and its scenario), a role
    that already works on that subject is preferred, even when its remit names the task less well."""
    eligible = [r for r in roles if r.tier in tiers]
    near = affinity(eligible, context) if context else {}
    ranked = []
    for role in eligible:
        fit = match_score(role, keywords)
        close = near.get(role.name, 0.0)
        if fit > 0 or close >= STRONG_AFFINITY:
            ranked.append((fit + AFFINITY_WEIGHT * close, role))
    # Best match first; among equals the more hands-on role does the work.
    ranked.sort(key=lambda sr: (-sr[0], seniority(sr[1]), sr[1].name))
    return ranked


def best_role(
    roles: list[Role], keywords: list[str], *, min_score: float = 0.15, context: str = ""
) -> Role | None:
    ranked = rank_roles(roles, keywords, context=context)
    return ranked[0][1] if ranked and ranked[0][0] >= min_score else None


def executive_sponsor(roles: list[Role]) -> Role | None:
    """A senior role outside marketing who can push through cross-functional friction."""
    # ("Senior Responsible Owner", the sponsor of a UK public-sector programme)
    stated = [
        r
        for r in roles
        if re.search(r"sponsor|senior\s+responsible\s+owner|\bSRO\b", role_text(r), re.I)
    ]
    candidates = stated or [r for r in roles if seniority(r) >= 4]
    outside = [r for r in candidates if not _MARKETING.search(f"{r.name} {r.team or ''}")]
    if not outside:
        return None
    return max(outside, key=lambda r: (seniority(r), bool(stated), -len(r.name)))


def layer_lead(roles: list[Role], keywords: list[str]) -> Role | None:
    """The most senior core role whose remit covers the layer: accountable for it."""
    ranked = rank_roles(roles, keywords)
    if not ranked:
        return None
    top = ranked[0][0]
    close = [r for s, r in ranked if s >= top * 0.5]
    return max(close, key=lambda r: (seniority(r), match_score(r, keywords)))


def remit_text(role: Role, remits: dict[str, list[str]] | None = None) -> str:
    """Everything the org says this role does: roster columns plus its documents' sentences."""
    return " ".join([role_text(role), *((remits or {}).get(role.name, []))])


# A duty that is to decide, approve, veto, chair or sponsor makes a role Accountable for that
# work, not the one who does it ("final decision on site selection" is not site selection).
_DECIDING = re.compile(
    r"^\W*(?:final\s+)?(?:decisions?|decides?|approv\w*|sign(?:s|ing)?[- ]?off|veto\w*|chairs?\b|"
    r"sponsor\w*|executive sponsor)\b",
    re.I,
)


_SPONSORING = re.compile(r"^\W*(?:executive\s+)?sponsor", re.I)


def decider_for(text: str, roles: list[Role]) -> Role | None:
    """The core role whose stated duty is to decide on this work ("final decision on site
    selection, design and owner admission" for "Final site selection"): Accountable for it.
    A phrase of the duty ("site selection") or three of its words must be in the work, and one
    role must hold the most. Sponsorship is the sponsor's row, not a decision on one task."""
    return deciders(roles)(text)


def deciders(roles: list[Role]) -> Callable[[str], Role | None]:
    """decider_for with the roster's decision duties read once, for many tasks."""
    table: list[tuple[Role, frozenset[str], frozenset[str], frozenset[str]]] = []
    for role in roles:
        if role.tier != "core":
            continue
        duties = [
            _DECIDING.sub("", d)
            for d in role.responsibilities
            if _DECIDING.match(d) and not _SPONSORING.match(d)
        ]
        if not duties:
            continue
        held = frozenset(w for duty in duties for w in subject_stems(duty))
        # A hyphenated word ("go-live") is one word, not a phrase of two.
        literal = {
            "-".join(stem(p) for p in token.split("-"))
            for duty in duties
            for token in re.findall(r"\w+(?:-\w+)+", duty.lower())
        }
        phrases = frozenset(w for w in held if "-" in w and w not in literal)
        parts = frozenset(p for w in literal for p in w.split("-"))
        table.append((role, held, phrases, parts))

    def decide(text: str) -> Role | None:
        work = subject_stems(text)
        best: list[tuple[int, Role]] = []
        for role, held, phrases, parts in table:
            shared = work & held
            single = {w for w in shared if w not in phrases and w not in parts}
            if shared & phrases or len(single) >= 3:
                best.append((len(shared), role))
        best.sort(key=lambda sr: -sr[0])
        if not best or (len(best) > 1 and best[1][0] == best[0][0]):
            return None
        return best[0][1]

    return decide


def doing_text(role: Role, remits: dict[str, list[str]] | None = None) -> str:
    """What the org says this role does, without the duties that are to decide on the work."""
    duties = [d for d in role.responsibilities if not _DECIDING.match(d)]
    return " ".join([role.name, role.team or "", *duties, *((remits or {}).get(role.name, []))])


def represents_staff(role: Role) -> bool:
    """The role speaks for employees (its name, team or first stated duty says so)."""
    first = role.responsibilities[0] if role.responsibilities else ""
    return bool(
        _REPRESENTS.search(f"{role.name} {role.team or ''}") or _REPRESENTS_DUTY.search(first)
    )


# A role the org says does no work of its own: "It is consulted and never leads or owns work",
# "advisory only", "has no delivery role"
_OWNS_NO_WORK = re.compile(
    r"\b(?:never|does\s+not|doesn[’']t)\s+(?:leads?|owns?|delivers?)\b(?:\s+or\s+(?:leads?|owns?|delivers?))?"
    r"(?:\s+(?:any\s+)?(?:work|tasks?|projects?|actions?))?\b|\badvisory\s+only\b|"
    r"\bhas\s+no\s+delivery\s+role\b|\bconsulted,?\s+(?:but\s+)?never\s+(?:leading|owning)\b",
    re.I,
)


def owns_no_work(role: Role, remits: dict[str, list[str]] | None = None) -> bool:
    """The org says the role is consulted, or advises, and owns no work of its own."""
    said = [*role.responsibilities, *((remits or {}).get(role.name, []))]
    return any(_OWNS_NO_WORK.search(d) for d in said)


def vacant(role: Role) -> bool:
    """The roster says the post is empty: "Vacant" where its holder's name goes, or its own
    row says so ("Vacant since March 2027", "The Head of Data post has been vacant since
    ..."); not a post that covers another's while that one is vacant."""
    if role.person and _VACANT_OWN.match(role.person):
        return True
    return any(
        _VACANT_OWN.match(sentence) and not _COVERS.search(sentence)
        for duty in role.responsibilities
        for sentence in re.split(r"(?<=[.;])\s+", duty)
    )


def covering(post: Role, roles: list[Role]) -> Role | None:
    """The roster post that covers an empty one: named in the empty post's row ("until it is
    filled the Head of Leakage holds this remit") or covering it in its own ("Covers the Head
    of Data's remit while that post is vacant")."""
    others = [r for r in roles if r.name != post.name and not vacant(r)]
    own = " ".join(post.responsibilities)
    for sentence in re.split(r"(?<=[.;])\s+", own):
        if _COVERS.search(sentence):
            named = [r for r in others if r.name.casefold() in sentence.casefold()]
            if named:
                return max(named, key=lambda r: len(r.name))
    return next(
        (
            r
            for r in others
            if any(
                _COVERS.search(d) and post.name.casefold() in d.casefold()
                for d in r.responsibilities
            )
        ),
        None,
    )


_VACANT_OWN = re.compile(
    r"^\s*\(?\s*(?:vacant\b|(?:the\s+)?[\w ,&'()-]{0,80}?\bpost\s+(?:is|has\s+been)\s+vacant\b)",
    re.I,
)
_COVERS = re.compile(r"\b(?:covers?|covering|while|meanwhile|holds?)\b", re.I)


def consultative(role: Role) -> bool:
    return bool(CONSULTATIVE.search(f"{role.name} {role.team or ''}"))


def metric_owner(metric: str, org_metrics: list[Metric], roles: list[Role]) -> Role | None:
    """The core roster role the org's metric definitions name as the metric's owner."""
    from agent.knowledge.kpis import closest_measure

    closest = closest_measure(metric, (m for m in org_metrics if m.owner))
    named = closest.owner if closest is not None else None
    if named is None:
        return None
    owner = named.casefold()
    core = [r for r in roles if r.tier == "core"]
    # the role named exactly, else the roster name said first in it, the longest there ("Head
    # of Data and Pricing" is not the "Head of Data" listed before it; "Pest Animal Team Leader.
    # The Science Advisor designs the lines" is the team leader's)
    inside = [r for r in core if r.name.casefold() in owner]
    if inside:
        return min(inside, key=lambda r: (owner.find(r.name.casefold()), -len(r.name)))
    ranked = sorted(core, key=lambda r: -len(content_stems(r.name) & content_stems(named)))
    if ranked and len(content_stems(ranked[0].name) & content_stems(named)) >= 2:
        return ranked[0]
    return None


# Weight of what the work names first: enough to settle near ties only (a plateau of 0.05-0.2
# on the in-sample evals).
FIRST_WORD = 0.1
# Weight of the work's words a role's title holds: a tie-breaker only.
TITLE_WORD = 0.02
# Weight of a remit that names the work's own verb as the work it does ("Train 120 drivers"
# and "driver training"; "Install readers" and "installation of ticket machines"), where
# another names the same words as things ("train crews and platform staff").
VERB_WORK = 0.15
NEAR_SHARE = 0.8
# A noun made of a verb, naming the doing: "training", "installation", "replacement".
_NOMINAL = re.compile(r"^[a-z]{3,}(?:ing|ation|ion|ment)$")


def _does(verb: str, doing: str) -> bool:
    """The remit names the verb's work as a noun of its own ("Train" and "training")."""
    return any(_NOMINAL.match(w) and stem(w) == verb for w in words(doing))


def _first_word(text: str, docs: list[frozenset[str]]) -> Callable[[frozenset[str]], float]:
    """How early in the work's words a remit's first match comes, 1 for the first word some
    remit holds, 1/2 for the second...: among equal matches, the role holding what the work
    names first ("QC rollout to the plants" is quality's before the plants')."""
    held = set().union(*docs) if docs else set()
    order: list[str] = []
    for word in words(text):
        found = stem(word[:-2] if word.endswith("'s") else word)
        if found in held and found not in order:
            order.append(found)

    def score(doc: frozenset[str]) -> float:
        return next((1.0 / (1 + i) for i, w in enumerate(order) if w in doc), 0.0)

    return score


# Who the work is for ("... a Q&A interface for frontline engineers, supporting ..."): the
# people it serves, not what it is about; whoever manages them does not own it for that.
_FOR_AUDIENCE = re.compile(
    r"\s+for\s+(?:the\s+|all\s+|every\s+|our\s+|each\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:staff|engineers?|users?|customers?|guests?|patients?|members?|residents?|students?|"
    r"employees?|drivers?|operators?|colleagues|teams?|crews?|workers?|people|clients?|"
    r"visitors?|passengers?|tenants?|families|parents|pupils|nurses|clinicians|agents)\b",
    re.I,
)


def _without_audience(text: str) -> str:
    """The work's words without whom it is for, when enough words are left to place it."""
    bare = _FOR_AUDIENCE.sub(" ", text)
    return bare if bare != text and len(subject_stems(bare)) >= 3 else text


def by_remit(
    text: str,
    layer: str,
    roles: list[Role],
    remits: dict[str, list[str]] | None = None,
    *,
    exclude: tuple[str, ...] = (),
) -> tuple[Role | None, float]:
    """The core role whose remit covers this work best, and how well (0..1 share of the work's
    distinctive words its remit holds). The layer's vocabulary breaks ties; consultative roles
    own only work squarely in their remit, and those who speak for the staff, or who the org
    says own no work ("It is consulted and never leads or owns work"), own none."""
    core = [r for r in roles if r.tier == "core" and r.name not in exclude]
    core = [r for r in core if not represents_staff(r) and not owns_no_work(r, remits)] or core
    if not core:
        return None, 0.0
    doing = [doing_text(r, remits) for r in core]
    docs = [subject_stems(d) for d in doing]
    text = _without_audience(text)
    # A remit that writes the initialism of what the work spells out holds all its words.
    spelled = spelled_out(text, doing)
    docs = [d | frozenset().union(*(v for k, v in spelled.items() if k in d)) for d in docs]
    work = subject_stems(text) | frozenset(spelled)
    shares = rare_overlap(work, docs)
    # The first words say what the work is about ("Audit Rollout to 4 Depots" is audit work).
    head = rare_overlap(
        subject_stems(" ".join(w for w in words(text) if w not in STOPWORDS)[:40]), docs
    )
    first = _first_word(text, docs)
    lead_word = next(iter(words(text)), "")
    verb = stem(lead_word) if lead_word[:1].isalpha() and opens_with_work(text) else ""
    keywords = LAYER_KEYWORDS.get(layer, [])
    # A training function's remit names what it trains ("net handling and vessel courses",
    # "training for the new sorting lines"): that places training work with it, not the nets
    # or the lines, which are whoever runs them when some other remit speaks of the work.
    trainers = (
        set()
        if _TRAINING_TOPIC.search(text)
        else {
            r.name for r in core if _TRAINS.search(r.name) and not _NOT_ONLY_TRAINS.search(r.name)
        }
    )
    if trainers and not any(
        s for r, (s, _m) in zip(core, shares, strict=True) if r.name not in trainers
    ):
        trainers = set()
    scored = []
    top = max((share for share, _m in shares), default=0.0)
    for role, said, doc, (share, _mass), (lead, _m) in zip(
        core, doing, docs, shares, head, strict=True
    ):
        if consultative(role) and share < 0.5 or role.name in trainers:
            continue
        fit = match_score(role, keywords) / 2.0  # 0..1
        score = share + 0.3 * lead + 0.25 * fit + FIRST_WORD * first(doc)
        # Among equal remits, the one whose title names the work ("Court User Services
        # Manager" for the court users' group), not the first name in the alphabet.
        score += TITLE_WORD * len(work & subject_stems(role.name)) / max(len(work), 1)
        if verb and share >= NEAR_SHARE * top and _does(verb, said):
            score += VERB_WORK  # (between remits that hold the work's words near equally)
        scored.append((score, share, -seniority(role), role.name, role))
    if not scored:
        return None, 0.0
    best = max(scored, key=lambda s: (s[0], s[2], s[3]))
    if best[1] and _common_only(work, docs[core.index(best[4])], docs):
        best = (best[0], 0.0, *best[2:])
    if best[1] and vacant(best[4]):
        # An empty post leads no work until it is filled: the post the roster says covers it
        # does ("Covers the Head of Data's remit while that post is vacant"); with no such
        # post (an interim from outside), the work stays with the post's remit.
        cover = covering(best[4], core)
        if cover is not None:
            return cover, best[1]
    if best[1] == 0:
        # No remit speaks of this work: the programme runs it for a governance item, else the
        # layer's lead owns it until someone is named.
        fallback = (
            programme_lead(core, remits) if layer == "governance_measurement" else None
        ) or layer_lead(core, keywords)
        if fallback is not None:
            return fallback, 0.0
    return best[4], best[1]


def spelled_out(text: str, remits: list[str]) -> dict[str, frozenset[str]]:
    """The initialisms the remits use for what the work spells out, each (as a stem) with the
    stems of the words it spells: "Lost-time injury frequency rate" is the "LTIFR reporting" a
    safety director's remit names, "Data protection impact assessment" a "DPIA", "First notice
    of loss" "FNOL" (small words counted or not). Only initialisms a remit writes in capitals
    count, and only of four letters or more: three initials ("RMS") fall into place by
    chance too often."""
    known = {a.lower() for r in remits for a in _ACRONYM.findall(r) if len(a) >= 4}
    if not known:
        return {}
    parts = [p for w in words(text) for p in w.split("-") if p and p[0].isalpha()]
    found: dict[str, frozenset[str]] = {}
    for seq in (parts, [p for p in parts if p not in STOPWORDS]):
        initials = "".join(p[0] for p in seq)
        for n in range(4, 7):
            for i in range(len(initials) - n + 1):
                if initials[i : i + n] in known:
                    found[stem(initials[i : i + n])] = subject_stems(" ".join(seq[i : i + n]))
    return found


def shared_words(
    text: str, role: Role, roles: list[Role], remits: dict[str, list[str]] | None = None
) -> frozenset[str]:
    """The single words (not phrases) of a piece of work a role's remit holds, leaving out
    those most remits hold, which place nothing."""
    docs = [subject_stems(doing_text(r, remits)) for r in roles if r.tier == "core"]
    mine = subject_stems(doing_text(role, remits))
    return frozenset(
        w for w in subject_stems(text) & mine if "-" not in w and not _held_widely(w, docs)
    )


def _common_only(work: frozenset[str], doc: frozenset[str], docs: list[frozenset[str]]) -> bool:
    """The remit shares one word with the work and several other remits hold it too: "line" in
    "help line answer accuracy" against every remit that speaks of production lines. That
    is no remit speaking of the work."""
    shared = work & doc
    if len(shared) != 1:
        return False
    (word,) = shared
    return _held_widely(word, docs)


def _held_widely(word: str, docs: list[frozenset[str]]) -> bool:
    """Three remits or more hold the word: it places the work with none of them."""
    return sum(word in d for d in docs) >= 3


# Share of a piece of work's distinctive words a role's remit must hold for that role to be
# consulted on it when it does not own it (a custodian of the data, a body that must agree).
ADVISES = 0.5


# Remit words of who runs consultations with the staff's bodies ("employee relations",
# "liaison with staff side", "negotiations with the branch"); a bare "consultation" only when no remit
# says more (a patient forum's lead consults too).
_RELATIONS = re.compile(
    r"\b(?:employee|industrial|labou?r|staff)\s+relations|staff[- ]side|works councils?|"
    r"\bunions?\b|staff forum|collective\s+(?:agreement|bargaining|consultation)|"
    r"\b(?:employee|staff|union)\s+consultation|recognition\s+agreement|"
    r"\b(?:union|trade union)\s+recognition",
    re.I,
)
# "UCU negotiations": an acronym's negotiations are relations work only when the acronym names
# a body the roster's staff representatives speak for (not "SLA negotiations").
_ACRONYM_DEALINGS = re.compile(
    r"\b(?-i:([A-Z]{2,6}))\s+(?:negotiations?|agreements?|recognition|liaison)\b", re.I
)
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_CONSULTATION = re.compile(r"\bconsultation\b", re.I)
# A line that puts work to the staff's bodies: "Consult the GMB on moving start times",
# "negotiate the new rota with the works council".
_STAFF_BODY = (
    r"\b(?:(?:trade\s+)?unions?|works\s+councils?|staff[- ]side|employee\s+(?:forum|"
    r"representatives?|council)|(?:staff|colleague)\s+(?:forum|council|representatives?)|"
    r"partnership\s+forum)\b"
)
_TO_STAFF = re.compile(
    r"\b(?:consult\w*|negotiat\w*|ballot\w*|bargain\w*)\b[^.;]{0,60}?"
    rf"(?:{_STAFF_BODY}|\b(?-i:(?P<acronym>[A-Z]{{2,6}}))\b)"
    # "Agree the new rota with the union", "Brief the works council on ...".
    rf"|\b(?:agree\w*|brief\w*)\b[^.;]{{0,60}}?\b(?:with|to)\s+(?:the\s+)?{_STAFF_BODY}"
    rf"|^(?:brief|inform)\s+(?:the\s+)?{_STAFF_BODY}"
    # The body first: "Works council information and consultation on the pilot", "Mitigate
    # works council objection to line data".
    rf"|{_STAFF_BODY}[:\s]+(?:information|consultation|negotiations?|agreement|objections?|ballot)\b",
    re.I,
)


def relations_lead(roles: list[Role], remits: dict[str, list[str]] | None = None) -> Role | None:
    """Who runs consultations with the staff's bodies: a role (core first) whose remit speaks
    of it, never one that speaks for the staff."""
    speaking = [r for r in roles if not represents_staff(r)]
    unions = _staff_bodies(roles)

    def deals_with_staff(text: str) -> bool:
        return bool(_RELATIONS.search(text)) or any(
            m.group(1) in unions for m in _ACRONYM_DEALINGS.finditer(text)
        )

    for said in (deals_with_staff, lambda text: bool(_CONSULTATION.search(text))):
        found = [r for r in speaking if said(doing_text(r, remits))]
        if found:
            return next((r for r in found if r.tier == "core"), found[0])
    return None


def _staff_bodies(roles: list[Role]) -> set[str]:
    """The acronyms of the bodies the roster's staff representatives speak for ("UCU Branch
    President" -> UCU)."""
    return {a for r in roles if represents_staff(r) for a in _ACRONYM.findall(r.name)}


# The body a relations remit deals with, by its name: "labour relations with UNITE HERE Local
# 7", "negotiations with the RCN".
_DEALS_WITH = re.compile(
    r"\b(?:relations|negotiations?|liaison|recognition|bargaining)\s+with\s+(?:the\s+)?"
    r"(?-i:(?P<body>[A-Z][\w&]*(?:\s+(?:[A-Z][\w&]*|\d+))*))",
    re.I,
)


def _named_bodies(roles: list[Role], remits: dict[str, list[str]] | None = None) -> set[str]:
    """The names the roster's relations remits give the staff's bodies, and the shorter names
    a deck may use: the first or last words, two or more ("UNITE HERE Local 7" -> "Local 7",
    "UNITE HERE"), or an opening word in capitals ("UNITE")."""
    names: set[str] = set()
    for role in roles:
        for sentence in [*role.responsibilities, *(remits or {}).get(role.name, [])]:
            if not _RELATIONS.search(sentence):
                continue
            for m in _DEALS_WITH.finditer(sentence):
                parts = m.group("body").split()
                names.update(" ".join(parts[:n]) for n in range(2, len(parts) + 1))
                names.update(" ".join(parts[-n:]) for n in range(2, len(parts) + 1))
                if len(parts[0]) >= 3 and parts[0].isupper():
                    names.add(parts[0])
    return names


def puts_to_staff(text: str, roles: list[Role], remits: dict[str, list[str]] | None = None) -> bool:
    """The work is put to the staff's bodies: "Consult the works council on ...", or an
    acronym only when a staff representative on the roster names it ("Consult the GMB"), or
    it names a body a relations remit deals with ("start talks with Local 7")."""
    acronyms = [m.group("acronym") for m in _TO_STAFF.finditer(text)]
    if None in acronyms or bool(acronyms and set(acronyms) & _staff_bodies(roles)):
        return True
    if any(re.search(rf"\b{re.escape(n)}\b", text) for n in _named_bodies(roles, remits)):
        return True
    # "Consult Unison on ...": the body a staff representative's title opens with
    named = {
        r.name.split()[0]
        for r in roles
        if _REPRESENTS.search(r.name) and r.name.split()[0].lower() not in _GENERIC_HEADS
    }
    return any(
        re.search(
            rf"\b(?i:consult\w*|negotiat\w*|ballot\w*)\b[^.;]{{0,60}}?\b{re.escape(n)}\b", text
        )
        for n in named
        if n[:1].isupper() and len(n) > 2
    )


_GENERIC_HEADS = frozenset(
    {"staff", "employee", "employees", "chair", "head", "the", "joint", "local", "branch", "union"}
)


# Work that belongs to a function whatever its subject: training people, consulting the
# staff's bodies. Its lead owns it (of either tier), not whoever runs the subject.
_TRAINING_WORK = re.compile(
    r"^(?:we\s+will\s+)?(?:(?:run|deliver|roll\s+out|design|provide)\s+)?(?:[\w&-]+\s+){0,4}?"
    r"(?:training|refresher|upskilling)\b(?!\s+(?:app|data|set|room|ground)s?\b)|"
    r"^(?:we\s+will\s+)?(?:train|retrain|upskill)\b",
    re.I,
)
# A model's training is technology work, not training people ("Defect Model Training",
# "Retrain the forecasting model on two years of orders").
_MACHINE_TRAINING = re.compile(
    r"\b(?:models?|algorithms?|classifiers?|networks?|neural|ml|ai|detectors?|llms?)\s+"
    r"(?:re-?)?training\b|\b(?:re-?)?train(?:s|ing|ed)?\s+(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:models?|algorithms?|classifiers?|networks?|detectors?)\b",
    re.I,
)
_TRAINS = re.compile(
    r"\b(?:training|l&d|learning\s+(?:and|&)\s+development|academy|skills\s+(?:centre|academy)|"
    r"workforce\s+development)\b",
    re.I,
)


# Work about people's learning anywhere in its words ("Take on 8 cellar apprentices a year",
# "Every CRA certified in risk-based monitoring", "a career path from call handler to
# clinician"): a training function may own it.
_TRAINING_TOPIC = re.compile(
    r"\b(?:(?:re-?)?train\w*|teach\w*|course\w*|academy|academies|certif\w*|induct\w*|"
    r"apprentic\w*|coach\w*|skill\w*|qualif\w*|curricul\w*|refresher\w*|competenc\w*|"
    r"learn\w*|onboard\w*|upskill\w*|mentor\w*|career\w*|licen[cs]\w*|e-learning|"
    r"toolbox\s+talks?|buddy|buddies|cpd|workshops?|classes|lessons?)\b",
    re.I,
)


# A name that trains and does more: the people function ("People and Training Manager", "HR
# Training & Development Manager") or a school that is an academy ("Headteacher, Hollins Lane
# Primary Academy").
_NOT_ONLY_TRAINS = re.compile(
    r"\b(?:people|hr|human\s+resources|personnel|workforce|head\s?teacher|principal|primary|"
    r"secondary|schools?|college)\b",
    re.I,
)


_RUNS_TRAINING = re.compile(
    r"\b(?:training\s+(?:academy|centre|function|team|budget|plan)|l&d|learning\s+(?:and|&)\s+"
    r"development)\b",
    re.I,
)


# Money put to a decision: a sum to approve, fund or bid for, a budget, a capital request or a
# business case ("Approve £14.2m over two years", "Submit the capital bid to the justice fund").
# Every labeller gave such work to the finance lead, whatever the money buys.
_MONEY_WORK = re.compile(
    r"\b(?:approv\w*|sign(?:s|ing)?\s+off|agree\w*|secur\w*|releas\w*|allocat\w*|request\w*|"
    r"bid\w*|ask\w*|commit\w*|fund\w*)\b[^.;:]{0,40}?[£$€]\s?\d|"
    r"\b(?:capital|funding|investment)\s+(?:requests?|bids?|applications?|cases?|"
    r"approvals?|submissions?)\b|\bbusiness\s+case\b|\b(?:approve|agree|set|secure)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?budget\b|"
    # the money falling through, a risk to answer ("Match funding falls short", "The heritage
    # fund turns down our application", "Condition improvement fund bids fail")
    r"\b(?:funding|funds?|grants?|bids?|donations?)\b[^.;:]{0,30}?\b(?:falls?\s+short|"
    r"fail(?:s|ed)?|turns?\s+(?:us\s+|our\s+\w+\s+)?down|turned\s+down|(?:is|are)\s+"
    r"(?:refused|cut|withdrawn)|not\s+(?:approved|awarded|secured))\b",
    re.I,
)
_FINANCE = re.compile(r"\b(?:finance|financial|cfo|treasurer|bursar|finance\s+controller)\b", re.I)


def finance_lead(roles: list[Role]) -> Role | None:
    """The core role that runs the organization's finances (Finance Director, CFO, Head of
    Finance), the most senior of them. One outside the core team owns no work: the money is
    then the programme's to put to the decision, as any other decision (None)."""
    found = [
        r for r in roles if r.tier == "core" and _FINANCE.search(r.name) and not represents_staff(r)
    ]
    if not found:
        return None
    return min(found, key=lambda r: (-seniority(r), r.name))


# Setting the baselines of the plan's measures ("Agree the FY27 baselines for the seven
# measures", "Baseline PUE, onboarding and ticket times at all four sites"): the measurement
# function's work, whatever the measures are about. Labellers from dev3 to dev13 gave it to
# the performance, insight or data lead, or to the programme office, not to the business
# owner of one of the measures.
BASELINE_WORK = re.compile(
    r"^(?:we\s+will\s+)?(?:agree|set|confirm|publish|establish|measure|sign\s+off|baseline)\b"
    r"(?:[^.;:]{0,60}?\bbaselines?\b|(?<=baseline)\s)",
    re.I,
)
# A role by name in the measurement trade, most specific first.
_MEASURES_NAMES = (
    re.compile(
        r"\b(?:analytics?|analysts?|insights?|performance|mi|bi|measurement|intelligence|metrics)\b",
        re.I,
    ),
    re.compile(r"\bdata\b", re.I),
)
_NOT_MEASURES = re.compile(r"\b(?:security|protection|privacy|records|cyber)\b", re.I)
_KEEPS_MEASURES = re.compile(
    r"\b(?:measures\s+report|scorecard|benefits\s+(?:tracking|realisation|realization|log)|"
    r"performance\s+(?:report|reporting|pack|return)|kpi\s+report\w*|the\s+(?:\w+\s+)?numbers)\b",
    re.I,
)
_INFORMATION = re.compile(r"\binformation\b", re.I)


def measurement_lead(roles: list[Role], remits: dict[str, list[str]] | None = None) -> Role | None:
    """Who sets and publishes a measure's baseline: the core role whose remit names the
    baselines; else one in the measurement trade by name (performance, insight, MI, data);
    else the programme office that keeps the scorecard or the measures report; else the
    information lead below the board; else the programme lead."""
    core = [r for r in roles if r.tier == "core" and not represents_staff(r)]
    core = [r for r in core if not _NOT_MEASURES.search(r.name)]
    said = [r for r in core if re.search(r"\bbaselines?\b", remit_text(r, remits), re.I)]
    if said:
        return next((r for r in said if any(n.search(r.name) for n in _MEASURES_NAMES)), said[0])
    for name in _MEASURES_NAMES:
        found = [r for r in core if name.search(r.name)]
        if found:
            return min(found, key=lambda r: (seniority(r), r.name))
    keeps = [
        r for r in _programme_roles(roles, remits) if _KEEPS_MEASURES.search(remit_text(r, remits))
    ]
    if keeps:
        return keeps[0]
    informed = [r for r in core if _INFORMATION.search(r.name) and "chief" not in r.name.lower()]
    return informed[0] if informed else programme_lead(roles, remits)


def function_lead(
    text: str, roles: list[Role], remits: dict[str, list[str]] | None = None
) -> Role | None:
    """The lead of the function a piece of work belongs to: consultation with the staff's
    bodies ("Consult Unison on the new shift pattern") goes to whoever runs employee relations;
    training ("Damp and mould training for every operative") to whoever runs training."""
    if puts_to_staff(text, roles, remits):
        return relations_lead(roles, remits)
    if _MONEY_WORK.search(text):
        # (with no finance lead in the core team, the programme puts the money to the
        # decision, as it does any other: not whoever the rest of the sentence names)
        preparer = finance_lead(roles) or programme_lead(roles, remits)
        if preparer is not None:
            return preparer
    if BASELINE_WORK.match(text.strip()):
        return measurement_lead(roles, remits)
    if _TRAINING_WORK.match(text.strip()) and not _MACHINE_TRAINING.search(text):
        speaking = [r for r in roles if not represents_staff(r)]
        # Its name says so; else a remit that runs the training itself (not "digital skills
        # training for academic staff" among a technology lead's duties)
        found = [r for r in speaking if _TRAINS.search(f"{r.name} {r.team or ''}")] or [
            r for r in speaking if _RUNS_TRAINING.search(" ".join(r.responsibilities))
        ]
        return next((r for r in found if r.tier == "core"), found[0] if found else None)
    return None


def advisers(
    text: str,
    roles: list[Role],
    remits: dict[str, list[str]] | None = None,
    *,
    exclude: tuple[str, ...] = (),
    limit: int = 2,
    decided: bool = False,
) -> list[Role]:
    """Roles of either tier, other than ``exclude``, whose remit clearly covers this work:
    the custodian of what it changes, the officer who signs such work off, the staff side
    that must be consulted. Best first, at most ``limit``. ``decided``: the work is a decision
    asked of a body, whose opening verb ("Release £4.6m", "Agree the pilot") is no trade."""
    pool = [r for r in roles if r.name not in exclude]
    if not pool:
        return []
    # Rarity is weighed across the whole roster, extended tier included.
    work = subject_stems(text)
    docs = {r.name: subject_stems(doing_text(r, remits)) for r in roles}
    shares = dict(zip(docs, rare_overlap(work, list(docs.values())), strict=True))
    # One shared word ("model", "inspection") is a coincidence, not a remit.
    ranked = sorted(
        (
            (shares[r.name][0], r)
            for r in pool
            if shares[r.name][0] >= ADVISES and len(work & docs[r.name]) >= 2
        ),
        key=lambda sr: (-sr[0], sr[1].name),
    )
    found = [r for _, r in ranked]
    # The work's own verb may be a function's trade ("Recruit and train 20 apprentices",
    # "Audit falls on ..."): the one or two remits that name it are consulted, whatever the
    # work is about.
    for word in [] if decided else _leading_verbs(text):
        if not _held_widely(word, list(docs.values())):
            found += [r for r in pool if word in docs[r.name] and r not in found]
    if puts_to_staff(text, roles, remits):
        # Work put to the staff's bodies: whoever runs employee relations is consulted first.
        lead = relations_lead(pool, remits)
        if lead is not None:
            found = [lead, *(r for r in found if r.name != lead.name)]
    return found[:limit]


def _leading_verbs(text: str) -> list[str]:
    """Stems of the verbs a line of work opens with: "Recruit and train ..." -> recruit, train."""
    toks = words(text)
    lead = toks[:1] + (toks[2:3] if toks[1:2] == ["and"] else [])
    return [stem(w) for w in lead if w.isalpha() and w not in STOPWORDS]


_DEPUTY = re.compile(
    r"\bin\s+the\s+chair['’]s\s+absence\b|\b(?:deputy|vice)[- ]chair\w*|\bdeputises\s+for\s+the\s+"
    r"chair\b|\bthe\s+chair['’]s\b",
    re.I,
)


def decision_maker(
    roles: list[Role], remits: dict[str, list[str]] | None = None, *, named: str | None = None
) -> Role | None:
    """Who decides go/no-go: the role the deck names as chair of the deciding body (``named``),
    else the one the org's documents say chairs or sponsors it, else the most senior core
    role outside marketing, else the most senior core role."""
    core = [r for r in roles if r.tier == "core"]
    if named:
        want = content_stems(named)
        exact = next((r for r in core if r.name.casefold() == named.casefold()), None)
        close = [r for r in core if want and content_stems(r.name) == want]
        if exact or close:
            return exact or close[0]

    names = [r.name.casefold() for r in core]

    def weight(role: Role) -> int:
        # (standing in for the chair is not chairing: "the Head of X in the chair's absence")
        text = _DEPUTY.sub(" ", remit_text(role, remits))
        # A sentence the org wrote about another post ("The Pro Vice-Chancellor ... chairs the
        # Board") says nothing of this one's seat, though it was gathered beside it.
        own = role.name.casefold()
        text = " ".join(
            sent
            for sent in re.split(r"(?<=[.;])\s+", text)
            if own in sent.casefold()
            or not any(name != own and name in sent.casefold() for name in names)
        )
        score = 0
        if re.search(r"\bchairs?\b|\bchaired by\b|\bchair:\s", text, re.I):
            score += 3
        if re.search(r"\bsponsor\b|\bsenior\s+responsible\s+owner\b|\bSRO\b", text, re.I):
            score += 2
        if re.search(r"\b(steering|executive committee|board)\b", text, re.I):
            score += 1
        return score

    chairs = [r for r in core if weight(r) > 0]
    if chairs:
        return max(chairs, key=lambda r: (weight(r), seniority(r), -len(r.name)))
    sponsor = executive_sponsor(roles)
    if sponsor is not None and sponsor.tier == "core":
        return sponsor
    return max(core, key=seniority) if core else None


# Who runs the programme day to day: a PMO or programme office by name or duty, a programme
# manager whose title is the programme ("Programme Manager, <programme>"), not a role that
# manages a programme of its own subject ("Loyalty Program Manager") or mentions a portfolio.
_RUNS_PROGRAMME_NAME = re.compile(
    r"\b(?:pmo|(?:programme|program|project|transformation|delivery) (?:management )?office)\b|"
    r"^(?:senior |lead |chief |group )?(?:programme|program|transformation|delivery) "
    r"(?:manager|director|lead|officer)\b|"
    r"\bhead of (?:the )?(?:programme|program|pmo|transformation|delivery)\b",
    re.I,
)
_RUNS_PROGRAMME_DUTY = re.compile(
    r"\b(?:pmo|(?:programme|program|project|transformation) (?:management )?office|"
    r"(?:runs|leads|manages|coordinates) the (?:programme|program|transformation)|"
    r"(?:runs|leads|manages|coordinates) the (?:[\w-]+ ){0,2}task ?force|"
    # the office a plan or a launch is run from ("runs the Growth Plan office", "runs the
    # Brand Launch Office"); not a site's office ("runs the Carrbridge office")
    r"(?:runs|leads|manages|heads) the (?:[\w&-]+ ){0,3}(?:plan|launch|opening|strategy|change|"
    r"mobili[sz]ation) office|"
    r"raid log|(?:programme|program) plan)\b",
    re.I,
)


# The programme named first ("Prevent First Programme Manager", "Claims Transformation Lead"):
# its lead when the remit runs a plan, its gates or its risk log. A scheme's or a service's
# manager ("Telehealth Program Manager" running video visits, "EPR Programme Manager" a
# system's suppliers) runs no such thing.
_NAMED_PROGRAMME = re.compile(
    r"\b(?:programme|program|transformation)\s+(?:manager|director|lead|officer)$", re.I
)
_RUNS_A_PLAN = re.compile(
    r"\b(?:plans?|risk\s+(?:log|register)|raid|gates?|gate\s+papers|milestones|steering|"
    r"programme\s+board|workstreams?)\b",
    re.I,
)


def _programme_roles(roles: list[Role], remits: dict[str, list[str]] | None) -> list[Role]:
    core = [r for r in roles if r.tier == "core"]
    named = [r for r in core if _RUNS_PROGRAMME_NAME.search(r.name)] or [
        r
        for r in core
        if _NAMED_PROGRAMME.search(r.name) and _RUNS_A_PLAN.search(remit_text(r, remits))
    ]
    return named or [r for r in core if _RUNS_PROGRAMME_DUTY.search(remit_text(r, remits))]


def programme_owner(roles: list[Role], remits: dict[str, list[str]] | None = None) -> Role | None:
    """Who owns the programme's case and answers for its measures: the most senior of the
    programme roles (the transformation head over the PMO that runs it)."""
    found = _programme_roles(roles, remits)
    managers = {r.reports_to for r in found if r.reports_to}
    return (
        max(
            found,
            key=lambda r: (
                r.name in managers,  # the head the programme office reports to
                seniority(r),
                not re.search(r"\b(pmo|programme|program)\b", r.name, re.I),
                -len(r.name),
            ),
        )
        if found
        else None
    )


def programme_lead(roles: list[Role], remits: dict[str, list[str]] | None = None) -> Role | None:
    """Who runs the programme day to day (PMO, transformation office, programme manager)."""
    found = _programme_roles(roles, remits)
    if not found:
        return None
    # A PMO or programme role by name runs the work; a transformation head owns the case.
    return min(
        found,
        key=lambda r: (
            0 if re.search(r"\b(pmo|programme|program)\b", r.name, re.I) else 1,
            -seniority(r),
        ),
    )


_LEADS = re.compile(r"\b(?:leads?|owns?|heads?|runs?|responsible\s+for|accountable\s+for)\b", re.I)
# A part of the plan by the deck's word and its number: "Set piece 3", "Cornerstones 1 and 2".
PART_CODE = re.compile(r"^(?P<word>[A-Za-z]+(?:\s+[a-z]+)?)\s+(?P<no>\d|[A-H])\b")


def pillar_lead(
    pillar: str, roles: list[Role], remits: dict[str, list[str]] | None = None
) -> Role | None:
    """The one role whose remit says it leads a pillar of the deck: by its code ("leads Set
    pieces 1 and 3" for "Set piece 3 · Every seat sold") or by its name ("leads the Safer
    medicines cornerstone"). None when no role, or more than one, says so."""
    coded = PART_CODE.match(pillar)
    name = re.split(r"\s*[·:|–—]\s*", pillar, maxsplit=1)[-1] if coded else pillar
    want = content_stems(name)
    found = []
    for role in roles:
        if role.tier != "core":
            continue
        for sentence in [*role.responsibilities, *(remits or {}).get(role.name, [])]:
            lead = _LEADS.search(sentence)
            if lead is None:
                continue
            said = sentence[lead.end() :]
            if coded:
                word, no = re.escape(coded.group("word")), re.escape(coded.group("no"))
                listed = rf"\b{word}s?\s+(?:(?:\d|[A-H])\s*(?:,|and|&)\s*)*{no}\b"
                if re.search(listed, said, re.I):
                    found.append(role)
                    break
            if len(want) >= 2 and want <= content_stems(said):
                found.append(role)
                break
    return found[0] if len(found) == 1 else None
