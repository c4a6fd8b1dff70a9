"""Choose at most three scenarios (behavioural segment x context) and rank them on two lenses.

Scenarios come from the deck when it names them (a "scenarios"/"journeys"/"moments"
slide); otherwise they are composed from the audiences and channels the visions name.
Three are chosen greedily to cover the most operational territory: different
visions, different contexts, high customer and business impact.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from agent.engines.base import ScenarioDraft
from agent.engines.rules.visions import INTENT_VERBS as _VISION_VERBS
from agent.knowledge.lexicon import lexicon, pattern, section
from agent.knowledge.text import (
    content_stems,
    jaccard,
    overlap,
    plural,
    rare_overlap,
    shorten,
    stem,
    words,
)
from schemas.deck import BlockKind, Deck, Unit
from schemas.plan import Source, Vision

if TYPE_CHECKING:
    from agent.planning.deck_plan import DeckPlan, Pilot

SCENARIO_SECTION = re.compile(
    r"\b(scenarios?|journeys?|use cases?|moments?( that matter)?|personas?|segments?|"
    r"priority audiences|where we start|focus areas?|customer situations?|who we(?:'re| are)? (?:build\w*|serv\w*|design(?:ing|ed)?(?: [\w ]{0,30}?)? for)(?: for)?|"
    # "Who Season 1 is for, and who it is not", "Who the service is for"
    r"who\s+(?:[\w-]+\s+){0,3}(?:is|are)\s+for|"
    r"(?:guest|customer|shopper|user|resident|patient|member|consumer) profiles?|target (?:guests?|customers?|consumers?|users?))\b",
    re.IGNORECASE,
)
SCENARIO_LABEL = re.compile(
    r"^(?:scenario|journey|use case|moment)\s*(?:\d+|[a-c]|[ivx]+)?\s*[:\-–—.]\s*", re.I
)
# A goal's measure after its subject: "... from 20% to 90% by 2030", "...: 2.3 yrs", "... by 2028".
_MEASURE_TAIL = re.compile(
    r"(?:(?<!\d):\s*[^:]*\d[^:]*"  # (not a clock's "06:00")
    r"|\s+(?:from\s+\S+\s+)?to\s+[≥≤<>~+−-]?\s*[$£€¥]?\d\S*(?:\s+by\b.*)?"
    r"|\s+by\s+(?:the\s+end\s+of\s+)?(?:[a-z]+\s+)?(?:fy\s?)?(?:19|20)\d\d\b.*)$",
    re.I,
)


def _name(text: str) -> str:
    """A scenario is named by what it is about, not by its target: a goal written as a measure
    ("Members from 80,000 to 250,000 by 2028") names the scenario by its subject ("Members")."""
    # ("1 Starting a monthly gift online": the list's number is no part of the name)
    name = _LIST_NUMBER.sub("", SCENARIO_LABEL.sub("", text)).strip(" .")
    # (a persona the deck quotes, '"Rising City Youth"', is named without its quotes)
    if re.fullmatch(r"[\"“”'‘’「」『』][^\"“”]{2,60}[\"“”'‘’「」『』]", name):
        name = name[1:-1].strip()
    subject = _MEASURE_TAIL.sub("", name).strip(" ,;:.")
    return subject if len(words(subject)) >= 2 else name


# Where the context starts inside "segment + context" phrasing.
CONTEXT_SPLIT = re.compile(
    r"\s+(?=(?:who|that|booking|looking|searching|arriving|coming|returning|using|visiting|"
    r"calling|switching|renewing|applying|opening|from|via|on|after|during|at|in|through|when|"
    r"while|with)\b)",
    re.IGNORECASE,
)
CUSTOMER_SIGNALS = {
    "friction": 2,
    "frustrat": 2,
    "abandon": 2,
    "drop-off": 2,
    "drop": 1,
    "wait": 2,
    "delay": 1,
    "trust": 2,
    "complain": 2,
    "churn": 2,
    "urgent": 2,
    "pain": 2,
    "confus": 1,
    "anxious": 2,
    "first": 1,
    "new": 1,
    "evening": 1,
    "after-hours": 2,
    "mobile": 1,
    "error": 1,
    "lost": 1,
    "repeat": 1,
    "call": 1,
    "no-show": 2,
    "miss": 1,
    "stress": 2,
    "critical": 2,
    "safety": 2,
}
BUSINESS_SIGNALS = {
    "revenue": 2,
    "high-margin": 3,
    "margin": 2,
    "lifetime": 2,
    "ltv": 2,
    "retention": 2,
    "cost": 1,
    "volume": 1,
    "acquisition": 2,
    "conversion": 2,
    "service line": 2,
    "profit": 2,
    "$": 2,
    "€": 2,
    "£": 2,
    "million": 2,
    "growth": 1,
    "share": 1,
    "upsell": 2,
    "renewal": 2,
    "high-value": 3,
    "premium": 2,
    "orthopedic": 1,
    "surgery": 1,
    "enterprise": 1,
    "loan": 1,
    "mortgage": 2,
    "tuition": 1,
    "enrol": 1,
    "basket": 1,
    "entry point": 2,
    "main": 1,
}
AUDIENCE = re.compile(
    r"\b((?:new|returning|existing|first[- ]time|first[- ]year|first[- ]generation|loyal|lapsed|"
    r"prospective|high[- ]value|young|older|small[- ]business|enterprise|mid-market|international|"
    r"online|mobile|commercial|retail|primary[- ]care|rural|urban|self-serve|trial|transfer|admitted|"
    r"loyalty|new-to-bank|unemployed|low-income)\s+)*(patients?|customers?|members?|shoppers?|students?|"
    r"applicants?|clients?|citizens?|residents?|guests?|users?|buyers?|subscribers?|donors?|visitors?|"
    r"families|parents|learners|account holders|borrowers|employers|travell?ers|admins?|claimants?|"
    r"job seekers?|renters?|homebuyers?|businesses|prospects?|accounts|households|taxpayers|alumni|"
    r"consumers?|homeowners?|trialists?|small[- ]business(?:es)?|job-seekers?)\b",
    re.IGNORECASE,
)
_HEADER_WORDS = {
    "journey",
    "segment",
    "trigger",
    "channel",
    "context",
    "who",
    "persona",
    "moment",
    "impact",
    "owner",
    "metric",
    "stage",
    "priority",
    "scenario",
    "kpi",
    "target",
}
CHANNELS = re.compile(
    r"\b(search ads?|search|mobile app|mobile|app|website|web|online|in[- ]store|store|branch|"
    r"call cent(?:er|re)|contact cent(?:er|re)|phone|email|sms|referral|portal|mychart|chat|kiosk|"
    r"social|marketplace|telehealth|virtual|in person|clinic|campus|self-service)\b",
    re.IGNORECASE,
)


@dataclass
class _Candidate:
    text: str
    detail: str
    unit: Unit | None
    from_deck: bool
    vision_ids: list[str] = field(default_factory=list)
    detail_links: set[str] = field(default_factory=set)
    segment: str = ""
    context: str = ""
    vague: bool = False
    customer: int = 0
    business: int = 0
    # Composed from a target ("occupancy 78% by 2029") or with no audience named: a measure or
    # a placeholder, not a situation someone is in. Kept only when nothing better exists.
    placeholder: bool = False
    measure_row: bool = False  # a row of the deck's measures (a table, a tile, a KPI slide)
    # A row of a table of the deck's own units (a "Service" or "Site" column): the unit is the
    # scenario, at the pilot when it is the one the deck pilots.
    unit_row: bool = False
    at_pilot: bool = False
    scheduled: bool = False
    # listed under a heading that says the plan is about them: the deck's own, whatever words
    vouched: bool = False
    # composed from a goal that names whom it is for itself, not only through its slide's text
    names_audience: bool = False
    about: bool = False


def _level(points: int) -> str:
    return "high" if points >= 4 else "medium" if points >= 2 else "low"


def _signals(text: str, table: dict[str, int]) -> int:
    lowered = text.lower()
    return sum(w for key, w in table.items() if key in lowered)


def _split(text: str) -> tuple[str, str]:
    text = SCENARIO_LABEL.sub("", text).strip(" .")
    for sep in (" — ", " – ", " - ", ": ", " x ", " × "):
        if sep in text:
            left, right = text.split(sep, 1)
            if len(words(left)) <= 8:
                return left.strip(), right.strip()
    parts = CONTEXT_SPLIT.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0] and len(words(parts[0])) <= 8:
        return parts[0].strip(), parts[1].strip()
    match = AUDIENCE.search(text)
    if match:
        return match.group(0), text
    return text, ""


_PROFILE = re.compile(
    r"\b(?:who we (?:are )?(?:build|serv)\w*|profiles?|personas?|target (?:guests?|customers?|consumers?|users?))\b",
    re.I,
)


def _profiles(unit: Unit) -> list[_Candidate]:
    """A persona slide: each short name ("The curious weekender") followed by who they are and
    what they are doing (the segment x context of DOMAIN.md)."""
    lines = _body_lines(unit)
    found = []
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        toks = words(line)
        if (
            2 <= len(toks) <= 6
            and not line.isupper()
            and len(words(nxt)) >= 8
            and line != unit.title
        ):
            found.append(_Candidate(line, nxt, unit, True))
    return found


def _titled_profile(unit: Unit) -> _Candidate | None:
    """The one persona a profile slide names in its title, after the label ("Target Guest
    Profile: The Weekend Wellness Traveller"), with the slide's first line as what it is about."""
    label, colon, name = (unit.title or "").partition(":")
    name = name.strip()
    if not colon or not _PROFILE.search(label) or not 2 <= len(words(name)) <= 6:
        return None
    about = (t for t in _body_lines(unit) if len(words(t)) >= 5 and t != unit.title)
    return _Candidate(name, next(about, ""), unit, True)


def _body_lines(unit: Unit) -> list[str]:
    """The slide's body lines, spaces folded and list marks stripped."""
    return [
        " ".join(line.split()).strip(" •-–*")
        for b in unit.blocks
        if b.kind is BlockKind.body
        for line in b.text.splitlines()
        if line.strip()
    ]


# A list of the plan's own situations inside a slide of other things: "Three moments this plan
# is about", "Three situations this plan is about", up to the next heading ("Not in scope").
_ABOUT_HEAD = section("about")
_NOT_OURS = section("non_goals")
_ABOUT_END = re.compile(
    r"^(?:not\s+in\b|not\s+(?:yet|covered)\b|out\s+of\s+scope|outside\s+(?:the\s+)?scope|"
    r"what\s+we\s+(?:will\s+not|leave\s+out))",
    re.I,
)
# A label over the list naming when it holds ("In Phase 1", "In scope", "In the first year"):
# the list's, no situation of its own
_IN_LABEL = re.compile(
    r"^in\s+(?:scope|(?:the\s+)?(?:first\s+)?(?:wave|phase|stage|step|year|release)(?:\s+\d{1,2})?|"
    r"the\s+first\s+\w+)\s*:?$",
    re.I,
)


def _listed_about(unit: Unit, lines: list[str]) -> list[_Candidate]:
    """The situations a slide (its body ``lines``) lists under a heading that says the plan
    is about them."""
    # (the heading may be the slide's title: "Four moments this strategy is about")
    start = (
        -1
        if _ABOUT_HEAD.match(unit.title or "")
        else next((i for i, line in enumerate(lines) if _ABOUT_HEAD.match(line)), None)
    )
    if start is None:
        return []
    # ("Today: ..." under a moment says how it is now: no moment of its own; "Four passenger
    # moments" counts them; "WHO WE SERVE FIRST", a label a PDF ran into the first, is none)
    rest = [
        _CAPS_LABEL.sub("", line)
        for line in lines[start + 1 :]
        if not _POINTS_BACK.search(line)
        and not _before_or_after(line)
        and not _COUNTS_THEM.fullmatch(line.strip())
    ]
    # (and the section's label over the slide's title, "SCOPE", "2 HOW WE GET THERE")
    while rest and (
        _IN_LABEL.match(rest[0].strip()) or rest[0].isupper() and len(words(rest[0])) <= 6
    ):
        rest = rest[1:]
    # a list's numbers set on lines of their own ("2" over its item) number it, no more
    rest = [line for line in rest if not re.fullmatch(r"\s*\d{1,2}[.)]?\s*", line)]
    end = next((i for i, line in enumerate(rest) if _ABOUT_END.match(line)), len(rest))
    rest = rest[:end]
    if rest and re.match(r"(?:we|where|how|why)\b", rest[0], re.I):
        # "We test every change against four samples", "Where customers feel it first": the
        # line under the heading says how the list is used, no item of it
        rest = rest[1:]
    # "Moment 1" over "Households adding a heat pump ...": the label numbers the line under it
    marked = [i for i, line in enumerate(rest[:-1]) if _ITEM_MARK.fullmatch(line.strip())]
    if len(marked) >= 2:
        under = [
            _Candidate(rest[i + 1], "", unit, True, vouched=len(words(rest[i + 1])) <= 20)
            for i in marked
            if not _ITEM_MARK.fullmatch(rest[i + 1].strip())
        ]
        return under if 2 <= len(under) <= 6 else []
    # the list's numbers count up from 1 ("02 · FOCUS", a section's number over it, is none)
    numbered, count = [], 0
    for line in rest:
        m = _LIST_NUMBER.match(line)
        # ("01 · FOCUS", a section's number in capitals, is no item of the list)
        item = m is not None and not line[m.end() :].isupper()
        numbered.append(item and m is not None and int(m.group(1)) == count + 1)
        count += numbered[-1]
    if count >= 2:
        rest = rest[numbered.index(True) :]
        numbered = numbered[numbered.index(True) :]
    found: list[_Candidate] = []
    if count >= 2:
        # "1 Filling a Saturday shift" over the lines that describe it: each numbered line is
        # one, the lines under it its detail
        for line, counted in zip(rest, numbered, strict=True):
            if counted:
                name = _LIST_NUMBER.sub("", line)
                found.append(_Candidate(name, "", unit, True, vouched=len(words(name)) <= 20))
            elif found:
                found[-1].detail = f"{found[-1].detail} {line}".strip()
        return found if 2 <= len(found) <= 6 else []
    # cards of a short head over a longer line that tells it ("Booking a cabin online"
    # over "A couple books a cabin ..."), every line of the list in such pairs: each pair
    alternating = [(rest[k].strip(), rest[k + 1].strip()) for k in range(0, len(rest) - 1, 2)]
    if (
        len(rest) % 2 == 0
        and 2 <= len(alternating) <= 6
        and all(
            2 <= len(words(head)) <= 6
            and not head.endswith((".", ":", "?"))
            and len(words(said)) >= max(8, 2 * len(words(head)))
            for head, said in alternating
        )
    ):
        return [
            _Candidate(f"{head}: {said}", "", unit, True, vouched=len(words(said)) <= 25)
            for head, said in alternating
        ]
    # "Blue Badge" over "A resident over 70 renewing a Blue Badge ...": each short label over
    # the line that says who and when is one situation, named by both
    pairs: list[tuple[str, str]] = []
    i = 0
    while i < len(rest) - 1:
        label, said = rest[i].strip(), rest[i + 1].strip()
        if (
            1 <= len(words(label)) <= 3
            and label[:1].isupper()
            and not label.isupper()
            and not label.endswith((".", ":", "?"))
            and len(words(said)) >= 5
            # (the line is the label's: it says its words, or who is in it)
            # ("Renewing a permit" is a moment itself; "Parking" or "Housing" names a service)
            and not re.match(r"\w+ing\s+\w", label)
            and (content_stems(label) & content_stems(said) or _WHO_IN_IT.match(said))
        ):
            pairs.append((label, said))
            i += 2
        elif pairs:
            break
        else:
            i += 1
    if 2 <= len(pairs) <= 6:
        return [
            _Candidate(f"{label}: {said}", "", unit, True, vouched=len(words(said)) <= 25)
            for label, said in pairs
        ]
    for line in rest:
        if len(words(line)) < 3:
            break
        line = _LIST_NUMBER.sub("", line)  # "1 Year 7 pupils ...": its number
        found.append(_Candidate(line, "", unit, True, vouched=len(words(line)) <= 20))
    return found if 2 <= len(found) <= 6 else []


# A card's field of who runs it: "Workstream lead: ...", "Owner: ...", "Sponsor: ..."
_FIELD_LINE = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:lead|leads|owner|owners|sponsor|accountable|responsible)\s*:", re.I
)
_COUNT = r"(?:two|three|four|five|six|[2-6])"  # how many a line says the list holds
_COUNTS_THEM = re.compile(rf"{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}[a-z]+s", re.I)
_CAPS_LABEL = re.compile(r"^(?:[A-Z]{2,}\s+){2,6}(?=[A-Z][a-z])")


# A line that says who is in a situation: "A resident reporting ...", "Parents of ..."
_WHO_IN_IT = re.compile(
    r"^(?:an?|the|our|every|each)?\s*(?:\w+\s+)?(?:residents?|parents?|famil(?:y|ies)|people|"
    r"members?|customers?|patients?|pupils?|students?|tenants?|visitors?|users?|staff|"
    r"colleagues?|drivers?|carers?|applicants?|households?|owners?|passengers?)\b"
    # ... or anyone doing something: "A builder applying for ...", "The landlord renewing ..."
    r"|^(?:an?|the)\s+\w+(?:\s+\w+)?\s+\w+ing\b",
    re.I,
)
_ITEM_MARK = re.compile(r"(?:moment|situation|scenario|case|journey)\s+\d{1,2}", re.I)
_LIST_NUMBER = re.compile(r"^(\d{1,2})(?:[.)]|\s*[·:–—-])?\s+(?=[A-Z])")


# A slide's label that says it is about today ("WHY NOW" over "Where we start: the 2027/28
# school year"): its figures are the case for change, not groups the plan is about.
_WHY_NOW = re.compile(
    r"^\W*(?i:why\s+(?:change|now|act)|the\s+case\s+for\s+change|where\s+we\s+(?:are|stand)"
    r"(?:\s+today)?|today)\W*$"
    # (the label in capitals, run into the line under it by a PDF's reader)
    r"|^(?:WHY (?:NOW|CHANGE|ACT)|THE CASE FOR CHANGE|WHERE WE (?:ARE|STAND))\s"
)


def _before_or_after(line: str) -> bool:
    """A line led by the state it describes: "Today: ...", "After: ...", "With Keys to the
    Kerb: ..." (the plan's name)."""
    head, colon, rest = line.partition(":")
    head = head.strip()
    return bool(colon and rest.strip()) and (
        bool(pattern("before_state").match(head) or pattern("after_state").match(head))
        or bool(re.match(r"with\s+\S", head, re.I))
        and len(words(head)) <= 6
    )


# A line that counts the cards under it: "Four sectors, one service each: where ...".
_COUNTED_HEAD = re.compile(rf"^{_COUNT}\s+[a-z]+s\b[^:]{{0,40}}:", re.I)
# A card's head of two parts: "Schools · allergens", "Hospitals · ward ordering".
_CARD_HEAD = re.compile(r"^[^·:]{3,30}\s·\s[^·:]{3,40}$")


def _deck_candidates(deck: Deck) -> list[_Candidate]:
    from agent.planning.deck_plan import boilerplate

    found: list[_Candidate] = []
    # (the footer a deck repeats on every slide, "Tarrow Ferries · Open Water · Board paper",
    # is no card of the slide it sits on)
    noise = boilerplate(deck)
    for unit in deck.units:
        if unit.hidden:
            continue
        lines = _body_lines(unit)
        if any(_WHY_NOW.match(h) for h in [unit.title or "", *lines[:2]]):
            continue
        about = _listed_about(unit, lines)
        for cand in about:
            cand.about = True  # listed under a heading that says the plan is about them
        listed = about or _segment_rows(unit)
        if listed or not SCENARIO_SECTION.search(unit.title or ""):
            # (the list under "Three moments this plan is about" is the slide's scenarios, on
            # a slide titled for them or not; so are the rows of a table of tiers or segments)
            found.extend(listed)
            continue
        if _PROFILE.search(unit.title or ""):
            profiles = _profiles(unit)
            named = _titled_profile(unit)
            if named is not None and not any(_good_deck_item(c.text) for c in profiles):
                # "Target Guest Profile: The Weekend Wellness Traveller": one persona, named in
                # the title; the slide's rows ("Age band", "Visits per year") are what it is like
                found.append(named)
                continue
            if profiles:
                found.extend(profiles)
                continue
        notes = " ".join(b.text for b in unit.blocks if b.kind is BlockKind.notes)
        if SCENARIO_LABEL.match(unit.title or ""):
            # "Scenario 1: New patient from a search ad": the slide is one scenario, its body the detail
            body = " ".join(
                b.text for b in unit.blocks if b.kind in (BlockKind.body, BlockKind.table)
            )
            found.append(_Candidate(unit.title or "", f"{body} {notes}".strip(), unit, True))
            continue
        items: list[tuple[str, str]] = []
        left_out = False  # under "Not in this plan": groups the deck names only to exclude
        carded = False
        for block in unit.blocks:
            if left_out:
                break
            if block.kind is BlockKind.table and block.rows:
                header, *rows = block.rows
                for row in rows or [header]:
                    cells = [c for c in row if c.strip()]
                    if cells:
                        items.append((cells[0], " ".join(cells[1:])))
            elif block.kind is BlockKind.body:
                for line in block.text.splitlines():
                    line = line.strip(" •-–*")
                    if _ABOUT_END.match(line) or _NOT_OURS.search(line):
                        left_out = True
                        break
                    if _COUNTED_HEAD.match(line):
                        continue  # "Four sectors, one service each: ...": it heads the cards
                    if items and _before_or_after(line):
                        # "Today: keys left in a drop safe", "With the new app: ...": how the
                        # moment above is now and will be, no moment of its own
                        head, detail = items[-1]
                        items[-1] = (head, f"{detail} {line}".strip())
                    elif _CARD_HEAD.match(line) and (block.level == 0 or not items):
                        items.append((line, ""))
                        carded = True  # the lines under a card's head describe it
                    elif carded and items:
                        head, detail = items[-1]
                        items[-1] = (head, f"{detail} {line}".strip())
                    elif len(words(line)) >= 3 and (block.level == 0 or not items):
                        items.append((line, ""))
                    elif line and items:  # sub-bullets describe the scenario above
                        head, detail = items[-1]
                        items[-1] = (head, f"{detail} {line}".strip())
        for head, detail in items:
            if SCENARIO_SECTION.fullmatch(head.strip(" :")) or head.strip() in noise:
                continue
            # (a card headed by its group and service and described under it names one)
            carded_head = bool(_CARD_HEAD.match(head) and detail)
            found.append(
                _Candidate(head, f"{detail} {notes}".strip(), unit, True, vouched=carded_head)
            )
    return found


# The first header of a table whose rows are the deck's segments: "Tier" over "Wanderer",
# "Recluse", "Confidant"; "Segment", "Persona", "Member tier", "Customer group".
_SEGMENT_HEAD = re.compile(
    r"^(?:(?:member(?:ship)?|loyalty|customer|guest|client|user|visitor|donor)\s+)?"
    r"(?:tiers?|segments?|personas?|cohorts?|groups?|types?|audiences?)$",
    re.I,
)


def _segment_rows(unit: Unit) -> list[_Candidate]:
    """The rows of a table of the deck's own segments, each with what the row says of it
    ("Entry: EUR 8k+ yearly spend; Perks: ...")."""
    found = []
    for block in unit.blocks:
        if block.kind is not BlockKind.table or not block.rows or len(block.rows) < 3:
            continue
        header, *rows = block.rows
        if not header or not _SEGMENT_HEAD.match(header[0].strip()):
            continue
        # "Recluse tier", "Young families segment": the row's name with what it is a row of
        kind = header[0].strip().lower()
        kind = kind[:-1] if kind.endswith("s") else kind
        for row in rows:
            name = row[0].strip() if row else ""
            if not name:
                continue
            if kind.split()[-1] not in name.lower():
                name = f"{name} {kind.split()[-1]}"
            detail = "; ".join(
                f"{h.strip()}: {c.strip()}"
                for h, c in zip(header[1:], row[1:], strict=False)
                if c.strip()
            )
            found.append(_Candidate(name, detail, unit, True, vouched=True))
    return found


def _composed_candidates(deck: Deck, visions: list[Vision]) -> list[_Candidate]:
    """When the deck names no scenarios, each vision's slide suggests one: the audience the vision
    (or its slide) names, in the situation its slide describes."""
    units = {u.number: u for u in deck.units}
    found: list[_Candidate] = []
    plan: DeckPlan | None = None
    for vision in visions:
        number = vision.source.slide or vision.source.page
        unit = units.get(number) if number else None
        around = unit.text() if unit else ""
        audience = AUDIENCE.search(vision.text) or AUDIENCE.search(around)
        channel = CHANNELS.search(vision.text)
        title = SECTION_LABEL.sub("", (unit.title if unit else "") or "").strip(" -:")
        segment = _with_qualifier(audience, vision.text if AUDIENCE.search(vision.text) else around)
        context = (
            title
            if title and not SCENARIO_SECTION.fullmatch(title)
            else "the moment the vision targets"
        )
        if channel and channel.group(0).lower() not in context.lower():
            context = f"{context} ({channel.group(0)})"
        name = shorten(_canonical_goal(vision.text), 140)
        cand = _Candidate(name, f"{around}", unit, False, [vision.id])
        cand.vague = vision.vagueness.vague
        cand.segment, cand.context = segment, context
        cand.names_audience = _PEOPLE.search(vision.text) is not None
        cand.measure_row = vision.evidence in ("table", "tile") or bool(
            unit is not None and section("kpi").search(unit.title or "")
        )
        cand.placeholder = audience is None or cand.measure_row or bool(_TARGET.search(vision.text))
        row = _unit_row(unit, vision.text) if unit is not None else None
        if row is not None and unit is not None:
            # The goal is set per unit of the deck's own ("Service | Online today | Target"):
            # the unit is what the scenario is about, the measure only what it moves.
            cand.placeholder = cand.measure_row = False
            cand.unit_row = True
            cand.segment = row
            plan = plan or _plan(deck)
            pilot = plan.pilot
            if pilot is not None and overlap(content_stems(pilot.name), row) >= 0.5:
                cand.at_pilot = True
                cand.context = pilot_context(pilot)
            # A unit the deck's own plan schedules work for (a phase, a gate, a first-90-days
            # item on another slide) carries more operational territory than one only targeted.
            cand.scheduled = any(
                overlap(content_stems(row), c.text) >= 0.5
                for c in plan.commitments
                if (c.source.slide or c.source.page) != unit.number
            )
        found.append(cand)
    return found


# Words that say a line is about a pilot, not what the pilot does ("Pilot plant selected",
# "Calder Wharf goes first", "the trial that decides", "Scope").
_PILOT_WORDS = frozenset(
    stem(w)
    for w in (
        "pilot", "pilots", "trial", "first", "selected", "chosen", "scope", "goes", "go",
        "decides", "decide", "test", "prove", "proves", "start", "starts", "why",
    )
)  # fmt: skip


def pilot_context(pilot: Pilot) -> str:
    """Where a scenario is first run: "the pilot at Karsby", with what the deck says the pilot
    does when that says more than its name ("(Camera lice counts and fresh-water treatment at
    the three Lindholm sea sites)"); "Pilot Mill Chosen (Karsby)" or "Scope" says nothing."""
    said = content_stems(pilot.text) - content_stems(pilot.name) - _PILOT_WORDS
    more = f" ({shorten(pilot.text, 90)})" if len(said) >= 2 else ""
    return f"the pilot at {pilot.name}{more}"


def _unit_words() -> set[str]:
    data = lexicon()
    return {str(w).lower() for w in [*data.get("pilot_units", []), *data.get("scenario_units", [])]}


_AGGREGATE_ROW = re.compile(
    r"^\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|all|other|the other|the rest)\b"
    r"|\b(?:further|remaining|total|others)\b",
    re.I,
)


def _unit_row(unit: Unit, text: str) -> str | None:
    """The first cell of the row that sets this goal, when the table's first column names the
    deck's units ("Service", "Site", "Plant"), not measures. A row that sums the others ("Six
    further services", "Total") is not a unit."""
    units = _unit_words()
    lowered = text.lower()
    for block in unit.blocks:
        rows = block.rows or []
        if block.kind is not BlockKind.table or len(rows) < 3:
            continue
        head = " ".join(words(rows[0][0] if rows[0] else ""))
        if head.rstrip("s") not in units and head not in units:
            continue
        for row in rows[1:]:
            cell = " ".join((row[0] if row else "").split()).strip()
            if cell and lowered.startswith(cell.lower()) and not _AGGREGATE_ROW.search(cell):
                return cell
    return None


def _plan(deck: Deck) -> DeckPlan:
    from agent.planning.deck_plan import read_deck_plan

    return read_deck_plan(deck)


_TARGET = re.compile(
    # "from 7.4 to 4.5 months": a decimal point does not end the sentence.
    r"\d\s*%|\bfrom\b(?:[^.]|\.(?=\d)){0,40}\d(?:[^.]|\.(?=\d)){0,40}\bto\b|[≥≤]\s*\d|"
    r"\bby (?:fy)?20\d\d\b",
    re.I,
)
_QUALIFIER = re.compile(r"^\s+((?:on|in|with|who|from|using|at)\s+[^,.;:()]{3,50})")


def _with_qualifier(match: re.Match[str] | None, text: str) -> str:
    """'customers' -> 'customers on the Core plan': the qualifier is what makes it a segment."""
    if match is None:
        return NO_SEGMENT
    tail = _QUALIFIER.match(text[match.end() :])
    return f"{match.group(0)} {tail.group(1).strip()}" if tail else match.group(0)


SECTION_LABEL = re.compile(r"^(?:priority|pillar|theme|goal|objective)\s*\d*\s*[:\-–—.]\s*", re.I)


def _canonical_goal(text: str) -> str:
    return re.sub(r"\s*\((?:from|vs\.?|was)[^)]*\)", "", text).strip(" .")


# A short line that ends on the present describes where things stand.
_NOW = re.compile(r"\b(?:today|now|at present|as it is|as things stand)\W*$", re.I)


# A slide's footnote (where its figures come from, a note on them), or a tile's figure over
# its label ("9 min median wait at ..."): facts about today, no scenario
_FOOTNOTE = re.compile(
    r"^\W*(?:(?:sources?|notes?|nb)\s*[:：]"
    # a figure with its unit ("42%", "£4.10", "3.2m") or run into its label ("2,310average",
    # "9 minmedian"); not an ordinal or a count of people ("2nd-year students", "80 patients")
    r"|[£$€]\d|\d[\d,]*(?:\.\d+)?(?:%|\s?(?:k|m|bn)\b|(?!st|nd|rd|th)(?-i:[a-z]{3})"
    r"|\s?(?:mins?|hrs?|days?|pts?)(?-i:[a-z])))",
    re.I,
)


# A line about the slide's list, not one of its items: "one of these", "each of these moments"
_POINTS_BACK = re.compile(
    r"\b(?:one|each|all|any|none|every\s+one)\s+of\s+(?:these|them|those)\b"
    r"|\bthese\s+(?:\w+\s+)?(?:moments|journeys|scenarios|segments|groups|situations)\b",
    re.I,
)


def _good_deck_item(text: str) -> bool:
    toks = words(text)
    if not 2 <= len(toks) <= 16 or _FOOTNOTE.match(text):
        return False
    if sum(t in _HEADER_WORDS for t in toks) >= 2 and len(toks) <= 6:
        return False  # a table header row flattened into text
    if toks[0] in _VISION_VERBS:
        return False  # a vision on a journeys slide is still a vision
    if _NOW.search(text):
        return False  # a state, not an audience: "The mountain today", "Our network now"
    if _POINTS_BACK.search(text):
        return False  # the list's lead-in: "Everything we do should make one of these better"
    if _FIELD_LINE.match(text):
        return False  # "Workstream lead: Head of Customer Service": who leads, no one served
    if re.match(r"^(?:the|our)\s+\w+", text, re.I) and len(toks) <= 5:
        return True  # a named persona: "The curious weekender"
    lowered = text.lower()
    # a scenario names who, or what they are doing; a stray table fragment names neither
    return bool(
        AUDIENCE.search(text)
        or any(t.endswith("ing") and len(t) > 5 for t in toks)
        or any(k in lowered for k in (*CUSTOMER_SIGNALS, *BUSINESS_SIGNALS) if len(k) > 3)
    )


def _link_visions(chosen: list[_Candidate], visions: list[Vision]) -> None:
    """Each vision serves the scenarios it talks about, weighting words by how rare they are
    across the scenarios (every scenario mentions patients; only one mentions the evening)."""
    docs = [content_stems(f"{c.text} {c.detail}") for c in chosen]
    for vision in visions:
        scored = rare_overlap(vision.text, docs)
        best = max((share for share, _ in scored), default=0.0)
        strong = [
            i for i, (share, mass) in enumerate(scored) if share >= best * 0.75 and mass >= 1.0
        ]
        picks = strong if best >= 0.3 else []
        for i in picks:
            if vision.id not in chosen[i].vision_ids:
                chosen[i].vision_ids.append(vision.id)
    order = {v.id: k for k, v in enumerate(visions)}
    for cand in chosen:
        cand.vision_ids.sort(key=lambda vid: order.get(vid, len(order)))


def _likely_visions(candidate: _Candidate, visions: list[Vision]) -> set[str]:
    # A row of a table of goals speaks for itself, not for every row on its slide.
    row = not candidate.from_deck and candidate.placeholder
    # A unit's row speaks for the unit it names, not for its figures.
    text = (
        candidate.segment
        if candidate.unit_row
        else candidate.text
        if row
        else f"{candidate.text} {candidate.detail}"
    )
    return {v.id for v in visions if overlap(content_stems(v.text), text) >= 0.3} | set(
        candidate.vision_ids
    )


def names_scenarios(deck: Deck) -> bool:
    """The deck has a slide of its own scenarios, journeys or moments."""
    return any(c.vouched or _good_deck_item(c.text) for c in _deck_candidates(deck))


def only_measures(deck: Deck, visions: list[Vision]) -> bool:
    """Every scenario the visions could compose would be a placeholder: a KPI row, a target or a
    goal with no audience, none of them a segment in a context."""
    candidates = _composed_candidates(deck, visions)
    if candidates and all(c.placeholder for c in candidates):
        return True
    # Outside a customer strategy, a choice that would keep only measures (every goal it can
    # compose from is a target, a KPI row or names no one) is cut by the deck's pillars too;
    # in one, when every goal it keeps is a row of the measures (a goal naming its audience,
    # "Raise online self-scheduling to 50%" for patients, stays a scenario).
    from agent.engines.rules import _domain

    chosen = _choose(deck, visions, 3)
    if _domain(deck) == "customer_experience":
        return bool(chosen) and all(c.measure_row for c in chosen)
    return bool(chosen) and all(c.placeholder for c in chosen)


def _choose(deck: Deck, visions: list[Vision], limit: int) -> list[_Candidate]:
    found = _deck_candidates(deck)
    about = [c for c in found if c.about]
    # (a deck that lists its situations under a heading that says so has named them: the
    # lines of its other slides, a pilot's reasons and steps, are not more of them)
    named = about if len(about) >= 2 else [c for c in found if c.vouched or _good_deck_item(c.text)]
    # Measurable visions make better scenarios than vague ones: they say who and what moves.
    clear = [v for v in visions if not v.vagueness.vague]
    basis = clear if len(clear) >= limit - len(named) else visions
    candidates = named + (_composed_candidates(deck, basis) if len(named) < limit else [])
    for cand in candidates:
        text = f"{cand.text} {cand.detail}"
        cand.customer = _signals(text, CUSTOMER_SIGNALS)
        cand.business = _signals(text, BUSINESS_SIGNALS)
        likely = _likely_visions(cand, visions)
        cand.detail_links = likely  # used only to rank coverage

    chosen: list[_Candidate] = []
    covered: set[str] = set()
    pool = list(candidates)
    if sum(not c.placeholder for c in pool) >= limit:
        pool = [c for c in pool if not c.placeholder]  # a placeholder only when nothing better
    while pool and len(chosen) < limit:

        def gain(c: _Candidate) -> float:
            novelty = len(c.detail_links - covered)
            distinct = 1 - max((jaccard(c.text, o.text) for o in chosen), default=0.0)
            other_slide = all(
                c.unit is None or o.unit is None or c.unit.number != o.unit.number for o in chosen
            )
            return (
                c.customer
                + c.business
                + 3 * novelty
                + 2 * distinct
                + (6 if c.from_deck else 0)  # the deck's own segments first
                + (2 if other_slide else 0)
                + (4 if c.at_pilot else 0)  # the unit the deck pilots comes first
                + (3 if c.scheduled else 0)
                # ("We will move every practice onto ClearChart" names no one: its slide's
                # "patients" does; the goal beside it names "new private patients")
                + (3 if c.names_audience else 0)
                - (4 if c.vague else 0)  # a vague goal says too little about who and where
                - (8 if c.placeholder else 0)
            )

        best = max(pool, key=gain)  # ties keep deck order (max returns the first)
        pool.remove(best)
        if any(jaccard(best.text, o.text) > 0.8 for o in chosen):
            continue
        chosen.append(best)
        covered.update(best.detail_links)
    if any(not c.placeholder for c in chosen):
        chosen = [c for c in chosen if not c.placeholder]  # fewer, real scenarios
    return chosen


# The segment of a scenario composed from a goal that names nobody: a placeholder, kept only
# when the deck offers nothing better. It is said in the deck's own word for whom it serves
# ("tenants", "visitors", "hauliers"): a port's or a museum's plan never speaks of customers
# unless the deck does.
NO_SEGMENT = "those the goal serves"
_SERVED = re.compile(
    rf"\b{AUDIENCE.pattern.split(')*', 1)[1]}|\b(?:tenants?|passengers?|pupils?|callers?|"
    r"victims?|supporters?|fans|audiences?|riders?|commuters?|shippers?|hauliers?|airlines?|"
    r"pubs?|growers?|farmers?)\b",
    re.IGNORECASE,
)


# Whom a goal can name itself: those a deck serves, and people by age or part ("Children
# finishing the Summer Reading Challenge", "Carers who ...").
_PEOPLE = re.compile(
    rf"{_SERVED.pattern}|\b(?:children|young\s+people|carers|adults|readers|volunteers)\b", re.I
)


def served(deck: Deck) -> str:
    """Whom the deck serves, by the word it uses most (at least twice) for them, plural."""
    said = Counter(
        m.group(0).lower() for u in deck.units if not u.hidden for m in _SERVED.finditer(u.text())
    )
    by_word: Counter[str] = Counter()
    for word, n in said.items():
        by_word[plural(word)] += n
    top = [(w, n) for w, n in by_word.most_common(1) if n >= 2]
    return top[0][0] if top else NO_SEGMENT


def named_segments(drafts: list[ScenarioDraft], deck: Deck | None = None) -> list[ScenarioDraft]:
    """The scenarios whose segment the deck names: not the placeholder, nor a bare "customers"
    or the deck's word for everyone it serves."""
    unnamed = {NO_SEGMENT, "customers", *([served(deck)] if deck is not None else [])}
    return [d for d in drafts if d.segment not in unnamed]


def choose_scenarios(deck: Deck, visions: list[Vision], *, limit: int = 3) -> list[ScenarioDraft]:
    chosen = _choose(deck, visions, limit)
    _link_visions(chosen, visions)

    drafts: list[ScenarioDraft] = []
    whom: str | None = None
    for cand in chosen:
        segment, context = (cand.segment, cand.context) if cand.segment else _split(cand.text)
        segment = shorten(segment.strip(' ,;:."“”'), 80) or NO_SEGMENT
        if segment == NO_SEGMENT:
            whom = whom or served(deck)
            segment = whom
        source = None
        if cand.unit is not None:
            source = Source(
                file=deck.name,
                slide=cand.unit.number if cand.unit.kind == "slide" else None,
                page=cand.unit.number if cand.unit.kind == "page" else None,
            )
        why = []
        if cand.customer:
            why.append(f"customer-impact signals ({cand.customer})")
        if cand.business:
            why.append(f"business-impact signals ({cand.business})")
        if cand.vision_ids:
            why.append("serves " + ", ".join(cand.vision_ids))
        drafts.append(
            ScenarioDraft(
                name=shorten(_name(cand.text), 140),
                segment=segment,
                context=shorten(context or cand.detail or "context not stated in the deck", 160),
                customer_impact=_level(cand.customer),  # type: ignore[arg-type]
                business_impact=_level(cand.business),  # type: ignore[arg-type]
                vision_ids=cand.vision_ids,
                rationale="; ".join(
                    ["Named in the deck" if cand.from_deck else "Composed from the visions", *why]
                ),
                source=source,
            )
        )
    return drafts


def pillar_scenarios(deck: Deck, visions: list[Vision], *, limit: int = 3) -> list[ScenarioDraft]:
    """An operations-style deck's scenarios: pillar x site (DOMAIN.md: "predictive maintenance on
    the pilot plant's CNC machines"). The pillar the pilot proves comes first, at the pilot's
    site; the others follow in the order that covers the most goals."""
    from agent.planning.deck_plan import read_deck_plan

    plan = read_deck_plan(deck)
    if len(plan.pillars) < 2:
        _detail_pillars(plan)
    if len(plan.pillars) < 2:
        return []
    pilot = plan.pilot
    units = {u.number: u for u in deck.units}
    docs = [content_stems(v.original_text or v.text) for v in visions]

    def said_by(pillar: str) -> dict[str, float]:
        """How much of each goal the pillar's words say."""
        scores = rare_overlap(pillar, docs) if docs else []
        return {v.id: share for v, (share, _m) in zip(visions, scores, strict=True)}

    def goals_of(pillar: str) -> list[str]:
        return [vid for vid, share in said_by(pillar).items() if share >= 0.34]

    # A pillar's own slides: where its work, and no other pillar's, is set out. A goal the
    # deck states there ("Category 1 mean response of 7 minutes" on "Reach patients faster")
    # is that pillar's, whatever words they share.
    held: dict[int, set[str]] = {}
    for c in plan.commitments:
        if c.pillar and (at := c.source.slide or c.source.page):
            held.setdefault(at, set()).add(c.pillar)
    own = {at: next(iter(ps)) for at, ps in held.items() if len(ps) == 1}
    for at, pillar in numbered_units(deck, plan.pillars).items():
        own.setdefault(at, pillar)

    def stated_on(pillar: str) -> list[Vision]:
        return [
            v
            for v in visions
            if any(
                own.get(where.slide or where.page or 0) == pillar
                for where in (v.source, *v.also_stated)
            )
        ]

    shares = _pilot_shares(deck, plan, pilot) if pilot is not None else {}

    def proves(pillar: str) -> float:
        return shares.get(pillar, 0.0)

    ranked = sorted(
        plan.pillars, key=lambda p: (-proves(p), -len(goals_of(p)), plan.pillars.index(p))
    )
    best = proves(ranked[0])
    drafts: list[ScenarioDraft] = []
    for i, pillar in enumerate(ranked[:limit]):
        said_of = said_by(f"{pillar} {plan.pillar_details.get(pillar, '')}")
        there_too = {v.id for v in stated_on(pillar)}
        ids = [v.id for v in visions if said_of[v.id] >= 0.34 or v.id in there_too]
        # The pilot proves the pillars its scope speaks of, not every pillar of the deck.
        at_pilot = pilot is not None and (i == 0 or (best > 0 and proves(pillar) >= best / 2))
        work = [c.text for c in plan.commitments if c.pillar == pillar and c.kind == "initiative"]
        # A pillar the deck names without a line of its own is described by the first
        # thing it commits to: "Read every meter: Replace the SMETS1 meters ...".
        detail = plan.pillar_details.get(pillar) or next(iter(work), "")
        # the piece of work that says most of what the pillar's own words say, the first of
        # equals: "A mountain for every season" rolls out as its mountain-bike trail
        said = content_stems(f"{pillar} {detail}")
        rest = [w for w in work if w != detail]
        rollout = max(rest, key=lambda w: len(content_stems(w) & said), default="")
        # the moment the pillar's measured goal watches ("median half-time kiosk wait"): where
        # the scenario shows, in the deck's words (the goal most about the pillar, the first
        # of equals)
        measured = max(
            (v for v in visions if v.id in ids and v.measure is not None),
            key=lambda v: (v.id in there_too, said_of[v.id]),
            default=None,
        )
        if at_pilot and pilot is not None:
            # at the pilot, the goal measured there ("Median half-time kiosk wait, Kellaway
            # Stand"), of those the pillar's own work speaks of
            place = content_stems(pilot.name)
            local = [
                v
                for v in visions
                if v.measure is not None and place and place <= content_stems(v.measure.metric)
            ]
            said_work = " ".join([pillar, detail, *work])
            by_work = said_by(said_work) if local else {}
            there = max(local, key=lambda v: by_work[v.id], default=None)
            # (its measure's own words, beside the place's, in the pillar's work)
            if (
                there is not None
                and there.measure is not None
                and (content_stems(there.measure.metric) - place) & content_stems(said_work)
            ):
                measured = there
                ids = ids if there.id in ids else [*ids, there.id]
        metric = measured.measure.metric if measured and measured.measure else None
        where = f", measured by {shorten(metric, 70)}" if metric else ""
        context = (
            f"{pilot_context(pilot)}{where}"
            if at_pilot and pilot is not None
            # what rolls out, in the deck's words: "the rollout after the pilot, site by site,
            # with: Open a 6 km mountain-bike trail from the top station"
            else f"the rollout after the pilot, site by site{where}"
            + (f", with: {shorten(rollout, 100)}" if rollout else "")
        )
        text = " ".join([pillar, detail, *(v.text for v in visions if v.id in ids)])
        unit = (
            units.get(pilot.source.slide or pilot.source.page or 0) if at_pilot and pilot else None
        )
        drafts.append(
            ScenarioDraft(
                name=f"{pillar} at {pilot.name}" if at_pilot and pilot else pillar,
                segment=shorten(f"{pillar}: {detail}" if detail else pillar, 80),
                context=context,
                customer_impact=_level(_signals(text, CUSTOMER_SIGNALS)),  # type: ignore[arg-type]
                business_impact=_level(max(_signals(text, BUSINESS_SIGNALS), 2 * len(ids))),  # type: ignore[arg-type]
                vision_ids=ids,
                rationale="A pillar of the deck"
                + (f", proved first at the pilot site {pilot.name}" if at_pilot and pilot else "")
                + (f"; serves {', '.join(ids)}" if ids else ""),
                source=pilot.source if at_pilot and pilot else None,
            )
        )
        del unit
    return drafts


# "Pillar 2 · Automated Weld Checks", "Pillar 2 Expected Impact: ...": a title that opens with
# a word and a number.
_NUMBERED_TITLE = re.compile(r"^\W*(?P<word>[A-Za-z]{3,})\s+(?P<n>\d{1,2})\b\W*(?P<rest>.*)$")


def numbered_units(deck: Deck, pillars: list[str]) -> dict[int, str]:
    """The units whose title gives a pillar by its number ("Pillar 2 Expected Impact: Scrap
    Rate & Rework Hours"), once another title gives that number with most of the pillar's own
    words ("Pillar 2 · Automated Weld Checks"). A number two pillars' names claim is no one's."""
    titled: list[tuple[int, tuple[str, str], frozenset[str]]] = []
    for unit in deck.units:
        m = _NUMBERED_TITLE.match(unit.title or "")
        if m is not None and not unit.hidden:
            key = (m.group("word").lower(), m.group("n"))
            titled.append((unit.number, key, content_stems(m.group("rest"))))
    named: dict[tuple[str, str], set[str]] = {}
    for _at, key, said in titled:
        for pillar in pillars:
            own = content_stems(pillar)
            if own and 2 * len(own & said) > len(own):
                named.setdefault(key, set()).add(pillar)
    return {at: next(iter(named[key])) for at, key, _said in titled if len(named.get(key, ())) == 1}


def _detail_pillars(plan: DeckPlan) -> None:
    """No overview slide names the pillars, but each has its own slide ("Programme 2 · ...",
    "Workstream 3: ..."): those slides name them, in the deck's order, and the first thing each
    says it will do describes it."""
    found: list[str] = []
    for c in plan.commitments:
        if c.pillar and c.pillar not in found:
            found.append(c.pillar)
    if len(found) < 2:
        return
    plan.pillars = found
    for name in found:
        first = next(
            (c.text for c in plan.commitments if c.pillar == name and c.kind == "initiative"), ""
        )
        if first:
            plan.pillar_details.setdefault(name, first)


def _pilot_shares(deck: Deck, plan: DeckPlan, pilot: Pilot) -> dict[str, float]:
    """How much of the pilot's scope each pillar speaks of. The scope is the pilot's line and
    the slides titled with its name ("Why <site> first"); each pillar by its name, its line and
    the slides that detail it, words weighed by how rare they are across the pillars."""
    name = pilot.name.lower()
    scope = " ".join(
        [
            pilot.text,
            *(u.text() for u in deck.units if not u.hidden and name in (u.title or "").lower()),
        ]
    )
    docs = [
        content_stems(f"{p} {plan.pillar_details.get(p, '')} {plan.pillar_text.get(p, '')}")
        for p in plan.pillars
    ]
    return {
        p: share for p, (share, _m) in zip(plan.pillars, rare_overlap(scope, docs), strict=True)
    }
