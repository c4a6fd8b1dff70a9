"""Find the deck's vision statements from structure and language, without a model.

A vision here is a statement of intended change: "Increase X...", "Become the...",
"Our ambition is to...". Market statistics, agenda items and descriptions of the
present are not visions, however prominent.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from agent.engines.base import VisionDraft
from agent.engines.rules.vagueness import has_deadline
from agent.guard import INSTRUCTION_LIKE  # one list of what reads as addressed to the tool
from agent.knowledge import timeline
from agent.knowledge.kpis import (
    UNSET_VALUE,
    kpi_goals,  # noqa: F401  (re-exported for tests)
    kpi_rows,
    tiles,
)
from agent.knowledge.lexicon import pattern, section
from agent.knowledge.text import (
    NUMBER_WORDS,
    STOPWORDS,
    content_stems,
    sentences,
    title_cased,
    words,
)
from agent.knowledge.verbs import (
    DELIVERY_VERBS,
    INTENT_VERBS,
    opens_with_work,
    split_work_run,
    we_will_work,
)
from agent.planning import _phases
from agent.planning.deck_plan import (
    LEAD_WORD,
    NAME_NUMBER,
    PARAGRAPH_NO,
    Kpi,
    boilerplate,
    pledge_after_lead,
    read_deck_plan,
    without_lead,
)
from schemas.deck import Block, BlockKind, Deck, Unit
from schemas.plan import Measure, Source

# Words of aspiration: a noun-phrase vision ("A seamless journey at every touchpoint") carries them.
ASPIRATION = re.compile(
    r"\b(seamless|personali[sz]ed|every|all|trusted|best|world-class|connected|proactive|always-on|"
    r"frictionless|effortless|known|delight\w*|easiest|leading|premier|first choice|one (?!(?:that|which|who|whose|of|in|on|at|to|for|by|or|and|is|was|more|another|day)\b)[A-Z]\w+|"
    r"single view|360|end-to-end|omnichannel|effortless|simple|easy|the most \w+|safest|fastest|"
    r"fairest|greenest|most (?:reliable|trusted|loved|admired)|zero harm|first[- ]choice|"
    r"favou?rite|the (?:fewest|lowest|highest|least) \w+|top[- ](?:quartile|decile)|"
    r"zero (?:fatal\w*|serious|avoidable|preventable|lost[- ]time|waste|defects?|harm))\b"
    # A future stated as what will never happen again: "No pupil left behind".
    r"|^no (?:one|customer|patient|child|pupil|student|resident|home|household|family|guest|"
    r"passenger|member|colleague|repeat|avoidable|preventable|unplanned)\b",
    re.IGNORECASE,
)
INTENT_PHRASES = (
    r"\bwe will\b",
    r"\bwe aim to\b",
    r"\bwe want to\b",
    r"\bwe intend to\b",
    r"\bour (?:goal|ambition|aim|vision|mission|aspiration|objective|target|north star)\b",
    r"\b(?:goal|ambition|aim|vision|objective|target) (?:is|:)\b",
    r"\bby (?:the end of )?(?:19|20)\d\d\b",
    r"\b(?:from|in every year from) (?:19|20)\d\d(?:\s+onwards?)?$",  # "... of at least 14% from 2028"
    r"\bby (?:q[1-4]|fy ?(?:20)?\d\d)\b",
    r"\bby (?:the )?(?:19|20)\d\d[-–/]\d\d\b",  # "by the 2028-29 season"
    r"\bby (?:spring|summer|fall|autumn|winter|mid-?|end-|end of |january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\s*(?:of )?(?:19|20)\d\d\b",
    r"\bthe aim is to\b",
    r"\bstrive to\b",
    r"\bcommit(?:ted)? to\b",
    r"\bshould be able to\b",
)
# Words a presenter opens a remark about the slide with ("Note that ...", "Remember that ...").
_PRESENTING = frozenset(
    ["note", "notice", "remember", "recall", "given", "see", "consider", "so", "and", "but", "all"]
)
_DATE_PHRASES = tuple(p for p in INTENT_PHRASES if p.startswith((r"\bby ", r"\b(?:from")))
_BY_YEAR_START = re.compile(
    # ("By December 2030, every island ...": a month before the year too)
    rf"^by (?:the end of )?(?:(?:{timeline.MONTH}) )?(?:(?:19|20)\d\d|q[1-4]|h[12]|fy ?(?:20)?\d\d"
    # on a plan's own clock: "By the end of Month 24, nine in ten passes ..."
    r"|(?:month|year) (?:\d{1,2}|one|two|three|four|five)|m\d{1,2})\b",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(
    r"^(?:\w+\s+){0,2}if\b|\bif\b.*\b(?:above|below|under|over)\b", re.IGNORECASE
)
_ONLY_IF = re.compile(r"\bonly\s+if\b", re.IGNORECASE)
# A title about the present ("Who comes to our museums today"): the slide describes, not aspires.
_TODAY = re.compile(
    r"\b(?:today|at present|currently|current state|"
    r"where we (?:are(?!\s+(?:going|headed|heading))|stand|start))\b",
    re.I,
)
_FIGURE_FIRST = re.compile(r"^[£$€]?\d[\d,.]*\s*(?:[a-z%]|m\b|bn\b)", re.I)
_AMBITION_LEAD = re.compile(
    r"\b(?:ambition|goal|aim|vision|target|north star|aspiration)\b[^:]{0,60}:\s*", re.IGNORECASE
)
# Verbs of how a plan is run, paid for, tried and asked for: a heading that speaks of them
# names the route, not the goals.
_ROUTE_WORDS = (
    r"run|govern|manage|organi[sz]e|get\s+there|fund|pay|staff|decide|deliver|work|operate|"
    r"execute|implement|invest|try|test|pilot|ask|need|"
    # "We will move in three phases", "We will stop three habits, start five pieces of work",
    # "We will prove it at Thornby first": the plan's route and its work, not its goals
    r"move|stop|start|prove|phase|spend|roll\s+out|begin"
)
# "Target audience", "Target Guest Profile": whom the plan serves, not where it ends.
_NOT_AUDIENCE = (
    r"(?!\s+(?:audiences?|customers?|segments?|markets?|groups?|users?|personas?|consumers?|"
    r"guests?|clients?|members?|patients?|visitors?|travell?ers?|buyers?|shoppers?|readers?|"
    r"profiles?|demographics?)\b)"
)
SECTION_HINTS = re.compile(
    r"\b(vision|ambition|goals?|objectives?|priorit(?:y|ies)|pillars?|north star|"
    rf"targets?{_NOT_AUDIENCE}|okrs?|"
    r"what we will(?!\s+(?:try|test|pilot|do|deliver|ask|run|need)\b)|aspirations?|strategic themes?|commitments?|outcomes|mission|strategy on a page|"
    r"promise|where we will play|what success looks like|our bets?|destination|scorecard|"
    r"will be true|(?:winning|success|good|great)(?:\s+in\s+(?:19|20)\d\d)? looks like|"
    r"aiming for|want to be|key results?|"
    r"results framework|performance measures|"
    r"measures of success)\b"
    # A title that is a target year ("By 2030"), not a span of them.
    r"|^\s*by\s+(?:the\s+end\s+of\s+)?20\d\d\s*$"
    # A heading in the first person that looks forward names the statements under it, however
    # it is worded: "What we stand for", "Where we are going", "What we will achieve".
    r"|^\s*(?:what|where|how|why)\s+we(?:'re|'ll)?\s+(?!(?:are|stand|start|begin)(?:\s+(?:today|now))?\s*$|are\s+(?:today|now)\b)"
    r"(?!(?:will\s+)?(?:cover|discuss|present|talk|show|review|learned|found|heard)\b)"
    # "How we will run it", "How we deliver", "What we will try", "What we ask": governance,
    # the route, the pilot and the asks, not goals
    rf"(?!(?:will\s+)?(?:{_ROUTE_WORDS})\b)\w+"
    r"|\bwe\s+(?:will|shall|are going|stand for|want|aim|intend|commit|promise)\b"
    rf"(?!\s+(?:cover|discuss|present|talk|show|review|{_ROUTE_WORDS})\b)",
    re.IGNORECASE,
)
NON_VISION_SECTION = re.compile(
    r"\b(agenda|contents|appendix|market|context|landscape|today|current state|"
    r"where we are(?!\s+(?:going|headed|heading))|where we stand\b|"
    r"research|findings|insights|background|about us|thank you|questions|sources?|statistics|facts|"
    r"why (?:now|(?:we (?:must|need to|have to) )?(?:change|act))|(?:the )?case for change)\b",
    re.IGNORECASE,
)
DESCRIPTIVE = re.compile(
    r"^(?:\d[\d,.]*\s?%|\d[\d,.]*\s+(?:of|in|out)\b)|\b(?:according to|source:|survey|"
    # "we reported 71%" tells the past; "fixed the day they are reported" sets a standard; "every
    # home will have been surveyed" is a target, "has been" and "have been" the past
    r"(?<!\bare )(?<!\bis )(?<!\bbe )reported|said|were|was|has been|(?<!\bwill )(?<!\bshall )have been|last year|in 20\d\d,)\b"
    # "In the June 2028 fluency check, 79% of our pupils read ...": what a past count found
    rf"|^(?!.*\b(?:will|shall)\b)in\s+(?:the\s+|our\s+)?(?:{timeline.MONTH}\s+)?20\d\d(?:/\d\d)?\s+(?:[a-z'-]+\s+){{0,3}}"
    r"(?:checks?|surveys?|census|audits?|counts?|inspections?|results|returns|figures|reports?),\s",
    re.IGNORECASE,
)
# A verb that describes how something works: the statement explains, it does not aspire.
FINITE = re.compile(
    r"\b(?:is|are|was|were|ensures?|addresses|avoids?|feeds?|turns?|shifts?|cuts?|means|makes|helps|"
    r"enables|allows|requires|compared|keeps|lets|gives|uses)\b|^\d+\)",
    re.IGNORECASE,
)
# A future state named by what it is, its verb inside a relative clause: "A site whose batches
# are right first time", "A city where every resident ...": an aspiration, not a description.
_DEFINED_BY = re.compile(
    r"^(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:whose|where|in which|that|which)\b", re.I
)
# The deck describing its own structure ("Each pillar attacks one block of ..."): never a goal.
STRUCTURE_TALK = re.compile(
    r"^each (?:pillar|priority|theme|workstream|objective|initiative|of (?:the|our|these))\b"
    # "Every initiative in Open Field sits under one of them": how the plan is filed
    r"|^.{0,60}?\b(?:sits?|falls?|is\s+grouped|are\s+grouped)\s+under\s+(?:one|each)\s+of\s+them\b",
    re.I,
)
META = re.compile(
    r"\b(this slide|next slide|previous slide|this page|speaker notes?|presenter|workstreams will detail|"
    r"we will come back|as discussed|see appendix)\b"
    # the document speaking of itself: "It sets out where the network stands ...", "This memo
    # asks the Executive Committee to approve ..."
    r"|^(?:it|this\s+(?:memo|paper|document|report|deck|pack|note))\s+(?:sets\s+out|describes|"
    r"explains|summari[sz]es|covers|asks|outlines|proposes)\b",
    re.IGNORECASE,
)
_LEADING_LABEL = re.compile(
    r"^(?:(?:our\s+)?(?:vision|goal|ambition|aim|north star|mission|purpose|promise)|objective|target|"
    # (a dash only with a space before it: "Purpose-built" and "Mission-critical" are words)
    r"pillar)\s*(?:\d+|[ivx]+)?\s*(?::|\s[-–—])\s*"
    # ... or the words that introduce the statement: "Our target is simple to state: by
    # September 2030, ...", "Put simply: ...", "In one sentence: ..."
    r"|^(?:(?:our|the)\s+(?:target|goal|aim|ambition|vision)\s+is\s+(?:simple|easy)\s+to\s+"
    r"(?:state|say|put)|put\s+simply|in\s+short|in\s+one\s+sentence|simply\s+put)\s*:\s*",
    re.IGNORECASE,
)
# The same label in capitals, set as an eyebrow run into the statement ("AMBITION The best
# night out in every town we serve"): no colon, a capitalised word after it.
_CAPS_LABEL = re.compile(
    r"^(?:OUR\s+)?(?:VISION|GOAL|AMBITION|OBJECTIVE|TARGET|AIM|NORTH STAR|MISSION|PURPOSE|PROMISE)"
    r"\s+(?=[A-Z][a-z])"
)
# A date set in capitals run into the goal it dates ("BY THE END OF H2 2029 Front door to
# seat in under 10 minutes"): the goal reads first, its date after it.
_CAPS_WHEN = re.compile(
    r"^(?P<when>(?:BY|BEFORE|IN|FROM|UNTIL)(?:\s+THE\s+END\s+OF)?\s+(?:(?:H[12]|Q[1-4]|JANUARY|"
    r"FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+)?"
    r"(?:FY\s?)?(?:19|20)\d\d(?:/\d\d)?)\s+(?=[A-Z][a-z]|[A-Z]\s)"
)
# An observed relationship: "... is half as likely to come back", "twice as likely to",
# "30% more likely to renew".
_FINDING = re.compile(
    r"\b(?:is|are|were|was)\s+(?:(?:half|twice|three\s+times|\d+(?:\.\d+)?\s*(?:times|%)|"
    r"much|far)\s+)?(?:as|more|less)\s+likely\s+to\b",
    re.I,
)
_NOT_A_GOAL = re.compile(
    r"\b(?:is|are)\s+(?:counted|measured|calculated|sampled)\s+(?:in|on|at|each|every|by|from|"
    r"as|only|once|twice|monthly|quarterly|weekly)\b"
    r"|\bwe\s+(?:will\s+)?(?:prove|test|try|trial)\s+(?:it|this|them|the\s+\w+)\s+(?:at|in|on|with)\s+"
    r"[^.;]{1,60}?\bfirst\b"
    r"|^(?:the|our|this)\s+(?:programme|program|plan|strategy)\s+(?:rests|stands|is\s+built|"
    r"is\s+organi[sz]ed)\s+(?:on|around|in)\b"
    # who runs the plan: "The Improvement Programme Manager runs the plan and brings the six
    # numbers to every steering group"
    r"|^the\s+(?-i:(?:[A-Z][\w&-]*\s+){0,4}(?:Manager|Director|Lead|Head|Officer|Chair|Board|"
    r"Group|Committee|Office))\s+(?:runs|chairs|leads|brings|reports|meets|takes|signs|"
    r"decides|reviews)\b"
    # what the plan is: "Keys to the Kerb is a three-year plan, FY28 to FY30, costing £11.2m"
    r"|^(?:[\w'’&-]+\s+){1,6}is\s+(?:a|an|our)\s+(?:[\w-]+\s+){0,3}(?:plan|programme|program|"
    r"strategy|roadmap)\b(?!\s+(?:to|that|for|where|in\s+which)\b)"
    # a goal set in the past: "In 2019 we set out to bring every request online by 2021"
    r"|^in\s+(?:19|20)\d\d,?\s+we\s+(?:set\s+out|aimed|planned|promised|pledged|committed|"
    r"undertook|hoped|tried)\b"
    # a change already made: "Alligator weed sites down from 91 to 78 since 2025"
    r"|\b(?:up|down|rose|fell|grew|dropped|increased|decreased|improved|halved|doubled)\s+"
    r"(?:(?:by\s+)?[\d.,]+\s?(?:%|(?:percentage\s+)?points?|pts)?\s+|from\s+[\d.,]+\s?%?\s+to\s+[\d.,]+\s?%?\s+)?"
    r"since\s+(?:19|20)\d\d\b(?![^.;]*\bby\b)"
    # a rule an outside body sets: "The EU packaging regulation limits empty space to 50%"
    r"|^(?:the\s+)?(?:[\w-]+\s+){0,3}(?:regulation|directive|act|law|regulator|ordinance|"
    r"statute|legislation)\s+(?:limits|caps|requires|sets|bans|obliges|forbids|prohibits|"
    r"mandates)\b"
    # a table's caption, what its columns hold: "Season 1 targets · baselines from the
    # 2027-28 season where one exists", "Baselines are 2027 averages; targets for 2030"
    r"|^(?:[\w-]+\s+){0,3}(?:targets?|baselines?)\s*(?:[·:;,|–—-]|are|is|from|for|as)\s*"
    r"(?:[^.;]{0,40}[·:;,|–—-]\s*)?(?:baselines?|targets?)\b(?![^.;]*%)"
    # ... or its legend: "Target in large type. Baselines are FY26 unless stated"
    r"|^targets?\s+(?:(?:are|is|shown)\s+)?in\s+(?:large|bold|big|larger)\b"
    r"|^baselines?\s+(?:are|is|were)\s"
    # what another organization says it will do: "Halvorsen Container Lines says 30% of its
    # fleet will burn methanol by 2030" (a peer's figure, not the deck's commitment)
    r"|^(?-i:(?!The\b|Our\b|We\b|This\b)(?:[A-Z][\w&'’.-]*\s+){1,5})(?:says|said|reports|reported|announced|claims|"
    r"claimed|forecasts|predicts|expects)\b"
    # a line the deck labels as background: "Background: two winters ago ...", "A peer: ..."
    r"|^\W*(?:history|historically|background|for\s+context|context|for\s+comparison|"
    r"for\s+scale|for\s+reference|by\s+comparison|"
    r"(?:a|one)\s+(?:competitor|rival|peer)|competitors?|rivals?|peers?)\s*[:：]"
    # ... or says where the goals are: "The measures are on page 4"
    # (or after a clause that sets nothing: "Their fleet is older; our own emissions target is on slide 9")
    r"|(?:^\W*|^(?:(?!\bby\b)[^%;:]){0,120}[;:]\s+)(?:our|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:targets?|goals?|measures?|kpis?)\s+(?:are|is)\s+(?:on|in)\s+(?:slide|page)\s+\d|^\W*(?:\w+\s+){0,4}?(?:quote|give|show)\w*\s+(?:\w+\s+){0,3}?for\s+context\s+only\b"
    # ... or a peer named by its kind: "One rival insurer says 60% of its claims are paid online"
    r"|^\W*(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?(?:operator|competitor|rival|peer|provider|"
    r"company|firm|council|trust|utility|bank|retailer|insurer|carrier|airline|club|hospital|"
    r"university|school|network|authority|force|service|(?-i:[A-Z]{2,5}))s?\s+(?:says|said|reports|reported|"
    r"announced|claims|claimed)\b"
    # a tile's baseline under its figure: "Baseline 2 in all of 2026 · target to be agreed"
    r"|^\W*baselines?\s*[:\-–]?\s*[£$€]?\d"
    # a list's lead-in: "By the end of year two we will:" (the goals are the lines under it)
    r"|\bwe\s+(?:will|shall|aim\s+to|want\s+to)\s*[:：]\s*$",
    re.I,
)
# A stage named over its dates alone: "Scale (November 2028 to July 2029)".
_PHASE_LABEL = re.compile(
    r"^[\w&/ -]{2,30}\s*\((?:[a-z]{3,9}\.?\s+)?(?:19|20)\d\d\s*(?:to|-|–|until)\s*"
    r"(?:[a-z]{3,9}\.?\s+)?(?:19|20)\d\d\)\.?$",
    re.I,
)
# Who leads or owns a pillar, on its card: "Lead on CLT: ...", "Owner: ...", "Sponsor (exec): ..."
_WHO_LINE = re.compile(
    r"^\W*(?:lead\s+on\s+[^:\d%]{1,30}|(?:(?:exec(?:utive)?|senior|programme|project|team)\s+)?"
    r"(?:leads?|led\s+by|owners?|sponsors?|accountable|"
    r"responsible)(?:\s+[a-z]+){0,2}(?:\s*\([^)]*\))?)\s*:\s*(?:the\s+)?(?-i:[A-Z])[^\d%]*$",
    re.I,
)
# A card's aside among its goals: "Budget: ...", "Source: ...", "Depends on ...", "Figures ..."
_GOAL_ASIDE = re.compile(
    r"^\W*(?:(?:budget|risks?|sources?|notes?|cost|funding|assumptions?)\b[^:]{0,20}:|"
    r"depends\s+on\b|figures\s+(?:are|exclude|include)\b|\*)",
    re.I,
)
# "And:" or "Also:" before one more goal under a goal's label.
_ALSO = re.compile(r"^\W*(?:and|also|plus)\s*[:：]\s*", re.I)
# A head over what a stage is judged on: "Year 1: prove is done when", "Before any public
# beta" (the lines under it, up to the next such head, are criteria, not goals)
_CRITERIA_HEAD = re.compile(
    rf"^\W*(?:we\s+will\s+know\s+)?(?:the\s+|our\s+)?(?:{_phases.PHASE_KEY.pattern}|pilot|"
    r"trial|beta|go-?live|launch)[^.]{0,40}\b(?:is|are)\s+(?:done|complete|met|passed|"
    r"finished|over)\s+when\W*$"
    r"|^before\s+(?:any|each|every|the)\s+(?:(?:public|private)\s+)?(?:beta|alpha|go-?live|launch|"
    r"gate|phase|stage|roll-?out|pilot|live\s+service|wave)\W*$",
    re.I,
)
# A phase's number alone on its line, its name on the next: "Phase 2", "STAGE 3".
_PHASE_NUMBER = re.compile(
    r"\W*(?:phase|stage|wave|step|horizon)\s+(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five)\W*",
    re.I,
)
_GO_RULE = re.compile(r"^\W*(?:go|no-?go|go\s*/\s*no-?go)\s*[:：]", re.I)
# A section divider ("PART 2", "The plan", what the part covers): it names, it states nothing.
_DIVIDER = re.compile(
    r"^\s*(?:part|section)\s+(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five)\s*$", re.I
)
# A section divider's number set alone ("02" over "Where we are going" and its subtitle).
_SECTION_NUMBER = re.compile(r"^\s*0\d\s*$")
# An OKR's code: "O2:" opens an objective (an end state), "KR1.3:" a key result.
_OKR_CODE = re.compile(r"^(?:(?P<o>o)|kr)\s?\d{1,2}(?:\.\d{1,2})?\s*[:\-–—]\s*", re.I)


def _clean(text: str) -> str:
    text = " ".join(text.replace("\u000b", " ").split()).strip(" •–—-*·▪")
    text = PARAGRAPH_NO.sub("", text)  # "5.7 We will add ...": a paper's paragraph number
    text = _CAPS_LABEL.sub("", _LEADING_LABEL.sub("", text)).strip()
    if m := _CAPS_WHEN.match(text):
        when = " ".join(
            w
            if re.fullmatch(r"H[12]|Q[1-4]|FY.*|\d+.*", w)
            else w.capitalize()
            if len(w) > 2 and w.lower() in timeline.MONTHS
            else w.lower()
            for w in m.group("when").split()
        )
        text = f"{text[m.end() :].rstrip(' .')} {when}"
    return text


@dataclass(frozen=True)
class _SlideFacts:
    """What a slide says of itself, read once per slide by the caller (each reads every block
    of the slide; per candidate line it made finding visions quadratic in text size)."""

    labelled: bool  # ``_labelled_section``
    lead: Block | None  # the first body block that states something
    work: bool  # ``_work_slide``
    roadmap: bool = False  # the deck plan reads its phases' work and gates from this slide
    named_work: bool = False  # ``_work_under_names``
    steps: frozenset[int] = frozenset()  # ids of the blocks that are steps of a timed day
    hinted: bool = False  # the title names goals ("Where we are going", "Our vision")
    counted: bool = False  # two or more "Priority 1"-style labels: the pillars set out side by side
    starred: bool = False  # a label inside names the north star ("02 · OUR AMBITION")
    pillar_names: frozenset[int] = frozenset()  # ids of the blocks under a pillars' count


def _day_steps(unit: Unit) -> frozenset[int]:
    """A day laid out in times of day ("6:30 AM" / "Dawn Tea Room" / its line, three times or
    more): the name and line under each time are a step of the programme, not a goal."""
    body = [b for b in unit.blocks if b.kind is BlockKind.body]
    clocks = [i for i, b in enumerate(body) if timeline.clock_minutes(b.text) is not None]
    if len(clocks) < 3:
        return frozenset()
    return frozenset(id(body[j]) for i in clocks for j in (i + 1, i + 2) if j < len(body))


def _divider(unit: Unit) -> bool:
    body = [b for b in unit.blocks if b.kind is BlockKind.body]
    return (
        len(body) <= 4
        and any(_DIVIDER.match(b.text) for b in body[:2])
        or (len(body) <= 3 and bool(body) and bool(_SECTION_NUMBER.match(body[0].text)))
    )


def _slide_facts(unit: Unit, roadmap: bool = False) -> _SlideFacts:
    # (under a label naming the north star, the statement it labels leads, though a kicker
    # line of five words or more stands above the label: "Our plan · Where we are going")
    lead = _under_star(unit) or next(
        (b for b in unit.blocks if b.kind is BlockKind.body and len(b.text.split()) >= 5), None
    )
    named = _work_under_names(unit)
    return _SlideFacts(
        _labelled_section(unit),
        lead,
        named or _work_slide(unit),
        roadmap,
        named,
        _day_steps(unit),
        bool(SECTION_HINTS.search(unit.title or "")),
        sum(bool(_COUNTED_LABEL.match(b.text.strip())) for b in unit.blocks) >= 2,
        _star_over(unit, lead),
        _under_pillars_label(unit),
    )


def _pilot_label(text: str) -> bool:
    """A label naming the pilot over what it will do: "THE PILOT", "Our pilot", "Pilot site"."""
    toks = words(text)
    return (
        1 <= len(toks) <= 4
        and not text.rstrip().endswith((".", "!", "?"))
        and _is_heading(text, toks)
        and bool(_PILOT_WORD.search(text))
    )


_PILOT_WORD = pattern("pilot_word")


# A clause of place, time or condition before a pledge ("On the road, we will ...", "When a
# parcel misses its trunk, we will ..."); not one of means or company ("By working together,",
# "Together,", "As one council,"), which leads a mission.
_PLACE_LEAD = re.compile(
    r"^\W*(?:on|in|at|across|when|whenever|once|if|to|for|during|within|between|each|every|"
    r"after|before|from|until|over|under|along|around|outside|inside|throughout|beside)\b"
    r"(?!\s+\w+ing\b)[^,]{0,80},?\s+we\s+(?:will|'ll)\b",
    re.I,
)
# A paper's numbered section heading inside a page: "8. What could go wrong", "5.3 Safer sites".
_NUMBERED_HEAD = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})?\.?\s+(?=[A-Z])(?!.*[.!?]$)")
_WE_WILL = re.compile(r"\bwe\s+(?:will|shall|are\s+going\s+to)\b", re.I)


def _ends_pilot(text: str) -> bool:
    """The next label after the pilot's: its criteria, its measures, another section."""
    return bool(
        section("kpi").search(text)
        or SECTION_HINTS.search(text)
        or (_is_heading(text, words(text)) and not text.rstrip().endswith((".", "!", "?")))
    )


def _under_star_labels(unit: Unit) -> list[Block]:
    """The body blocks right under a label naming the north star ("OUR NORTH STAR", "02 · OUR
    AMBITION")."""
    body = [b for b in unit.blocks if b.kind is BlockKind.body]
    return [
        later
        for b, later in zip(body, body[1:], strict=False)
        if _section_label(b.text) and _STAR_TITLE.search(b.text)
    ]


def _under_star(unit: Unit) -> Block | None:
    """The statement right under a label naming the north star ("OUR NORTH STAR" over "Warm
    homes, fair bills and clean heat for everyone on our network.")."""
    return next(
        (
            b
            for b in _under_star_labels(unit)
            if len(b.text.split()) >= 5 and not _section_label(b.text)
        ),
        None,
    )


def _star_over(unit: Unit, lead: Block | None) -> bool:
    """The slide's lead statement sits right under a label naming the north star ("02 · OUR
    AMBITION" over "A club within reach of everyone ..."); a section's label over a card's
    heading ("Service Standard") is not over the lead."""
    return any(b is lead for b in _under_star_labels(unit))


# A pillar's label over its name: "Priority 1", "PILLAR 2", "Theme three".
_COUNTED_LABEL = re.compile(
    # (pillar words only: "Goal 1" over "Every child reads well by seven" heads a goal)
    r"^(?:priority|pillar|theme|work\s?stream|programme|program)\s*"
    r"(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six)$",
    re.I,
)


# A date a line sets for itself: "by 2028", "by the end of 2028", "by Q4 2030", "by March 2031".
_BY_WHEN = re.compile(
    r"\bby\s+(?:the\s+end\s+of\s+)?(?:[A-Za-z]+\s+)?(?:FY\s?)?(?:19|20)\d\d\b", re.I
)
# A key result's code before its words: "KR1.1 Departures ...", or "1.1 On-time ..." on an
# OKR page that sums them up.
_KR_CODE = re.compile(r"^\s*(?P<kr>KR\s?)?(?P<code>\d{1,2}\.\d{1,2})\s+(?=\S)", re.I)


# Labels that name a statement of intent; "Target:", "Objective 2:" or "Pillar:" may head a
# label or a tile's caption as well.
_INTENT_WORDS = r"(?:our\s+)?(?:vision|ambition|aim|north\s+star|mission|purpose|promise)"
# ... and "Goal:" with a statement after it ("Goal: signed wayleaves for 300 blocks by 2030")
_INTENT_LABEL = re.compile(rf"^(?:{_INTENT_WORDS}|(?:our\s+)?goal)\b", re.I)


def _marks(unit: Unit, summarised: bool) -> dict[str, tuple[str | None, bool]]:
    """What each line's cleaning takes away that still counts, by its cleaned text: the key
    result's code it carries, and whether a goal's label opened it ("OUR AIM", "Vision:")."""
    marks: dict[str, tuple[str | None, bool]] = {}
    under_label = False  # the line before was a goal's label on a line of its own
    for block in unit.blocks:
        if block.kind not in (BlockKind.body, BlockKind.title):
            continue
        for line in block.text.splitlines():
            raw = " ".join(line.split()).strip(" •–—-*·▪")
            m = _KR_CODE.match(raw)
            code = m.group("code") if m and (m.group("kr") or summarised) else None
            # the label of a statement of intent ("OUR AIM", "Vision:"), or a key result's own
            # with its words after it ("KR2.2 AOG hours ... fall from 1,140 to under 400"), or
            # the label alone on the line above it ("North star" over the statement)
            head = _CAPS_LABEL.match(raw) or _LEADING_LABEL.match(raw)
            body = block.kind is BlockKind.body
            label = (
                bool(head and _INTENT_LABEL.match(head.group(0)))
                or bool(m and m.group("kr") and len(words(raw[m.end() :])) >= 5)
                # (a statement, not the next item of an agenda: "Our ambition", "Three ...")
                or under_label
                and body
                and not raw.isupper()
                and len(words(raw)) >= 8
            )
            under_label = body and _LABEL_ALONE.fullmatch(raw) is not None
            title = (unit.title or "").strip()
            if (
                under_label
                and _eyebrows(unit).count(block.text)
                and len(words(title)) >= 4
                and not (
                    _INTENT_LABEL.match(title)
                    or _WH_LABEL.match(title)
                    or _is_heading(title, words(title))
                )
            ):
                # "OUR AMBITION" set over a title that states something ("Every appointment
                # worth the patient's time"): the label is the title's, not the line under
                # it. Over a heading ("Where we will be by 2032", "Our ambition for 2031"),
                # it labels the statement under the heading.
                marks[_clean(title)] = (None, True)
                under_label = False
            if code or label:
                marks[_clean(line)] = (code, label)
    return marks


# A goal's label set on a line of its own over the statement: "North star", "Our vision:".
_LABEL_ALONE = re.compile(rf"{_INTENT_WORDS}\s*:?", re.I)


def _eyebrows(unit: Unit) -> list[str]:
    """The short capitals labels set over a slide's title ("WHERE WE ARE GOING", "OKRS ON A
    PAGE"): they say what the slide is, as a title does."""
    return [
        b.text
        for b in unit.blocks[:3]
        if b.kind is BlockKind.body and b.text.isupper() and len(b.text.split()) <= 6
    ]


# "Levers A and B: ...", "Set piece 2: ...", "Cornerstones 1 and 2: ...": a title over the parts it details.
_PART_TITLE = re.compile(
    r"^[A-Z][a-z]+(?:\s+[a-z]+)?s?\s+(?:\d|[A-H])(?:\s*(?:,|and|&)\s*(?:\d|[A-H]))*\s*[:·]\s"
)
# "Seven KPIs ...", "Four levers ...", "Three tranches, each opened ...": the plan's parts counted.
_COUNTED_PARTS = re.compile(
    r"^(?:our\s+|the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)\s+"
    r"(?:[a-z-]+\s+)?(?:kpis?|measures|metrics|levers|pillars|priorities|themes|workstreams|"
    r"risks|phases|stages|waves|tranches|horizons|steps|moves|initiatives|programmes|asks|"
    r"decisions|gates|cornerstones|set\s+pieces|outcomes|objectives)\b",
    re.I,
)
_SUMMED_UP = r"at a glance|on (?:a|one) page|in one page"
_OVERVIEW_NAME = re.compile(
    rf"\b(?:{_SUMMED_UP}|in numbers|in brief|in summary|in short)\W*$", re.I
)
# A page that sums up the whole plan: its goals are stated again on their own slides.
_SUMMARY_PAGE = re.compile(rf"\b(?:{_SUMMED_UP}|executive summary|summary|overview)\b", re.I)
# What the figure above a line counts: "of pupils missed ...", "was our Progress 8 in 2027".
_CAPTION = re.compile(r"(?:of|was|were)\s")
# A quotation followed by who said it (a north star may stand in quotes on its own).
_SPOKEN = re.compile(r"^[\"“‘'][^\"”’]{8,}[\"”’][.,]?\s+[—–-]?\s*[A-Z][^.!?\"“]{0,60}$")


# A label that counts the plan's pillars over their names: "Five pillars", "Our four themes"
_PILLARS_LABEL = re.compile(
    r"^(?:our\s+|the\s+)?(?:two|three|four|five|six|seven|[2-7])\s+(?:pillars|priorities|themes|"
    r"workstreams|levers|cornerstones|phases|stages|horizons)\W*$",
    re.I,
)


def _under_pillars_label(unit: Unit) -> frozenset[int]:
    """The blocks (by id) within seven lines under a body line that counts the pillars ("Five
    pillars" under the north star): each names a pillar unless it has a figure of its own
    (``_pillar_name``). Read once per slide. (A slide titled for its pillars names each as one
    of the plan's aims, and its names are read as such: only a body line counts.)"""
    under: set[int] = set()
    label = -8  # where the last such line stands
    for i, block in enumerate(unit.blocks):
        if i - label <= 7:
            under.add(id(block))
        if block.kind is not BlockKind.title and _PILLARS_LABEL.match(block.text.strip()):
            label = i
    return frozenset(under)


def _pillar_name(text: str, block: Block, facts: _SlideFacts) -> bool:
    """A line under a pillars' count with no figure beyond its number: the pillar's name, not a
    goal ("3 Cut waits to 18 weeks by 2030" under the same label is a goal)."""
    return id(block) in facts.pillar_names and not re.search(
        r"\d", re.sub(r"^\W*\d{1,2}\W*\s", "", text)
    )


_ANY_TIME = re.compile(r"\b(?:wherever|whenever|however|whoever|whatever|whichever)\b[^,;.]*", re.I)
# A page that says what each measure counts ("How we measure", "Metric definitions"), and its
# lines: the measure's name, a colon, what it counts.
_DEFINITIONS = re.compile(
    r"^\W*(?:how\s+we\s+(?:measure|count)|(?:metric|measure|kpi)s?\s+definitions?|definitions?"
    r"(?:\s+of\s+(?:the\s+)?(?:measures|metrics|kpis))?|what\s+(?:the|our)\s+measures\s+mean)\b",
    re.I,
)
_DEFINED = re.compile(r"^[^:]{3,60}:\s+(?![\d<>≥≤~]|from\b|to\b|up\b|down\b)\S", re.I)


def _score(text: str, unit: Unit, block: Block, facts: _SlideFacts | None = None) -> float:
    """Evidence that ``text`` states an intended change (roughly 0..1+)."""
    toks = words(text)
    if len(toks) < 4 or len(toks) > 70 or text.endswith("?") or INSTRUCTION_LIKE.search(text):
        return 0.0
    if len(toks) < 5 and toks[0] not in INTENT_VERBS:
        return 0.0  # "by 2029 (91 today)": a fragment under a figure, not a statement
    if _CAPTION.match(text):
        return 0.0  # "of pupils missed one session in ten" says what the figure above it counts
    if block.kind is not BlockKind.notes and _ROADMAP_TITLE.search(text) and title_cased(text):
        return 0.0  # "Launch Roadmap 2027-2029: Three Waves" names a slide
    if _is_heading(text, toks) or _section_label(text) or STRUCTURE_TALK.match(text):
        return 0.0  # "Pillar One Tactics: Five Design Principles" labels a section
    if len(re.findall(r"→|->|⟶|=>", text)) >= 2 and not re.search(r"\d%?\s*(?:→|->)", text):
        return 0.0  # "Deepen the core → Pilot a region → Build the platform": a sequence of steps
    if " · " in text and len(toks) <= 8:
        return 0.0  # "Game tie-in · summer event": a calendar entry's labels, not a statement
    if _WE_HEADING.match(text) and len(toks) <= 7 and not text.rstrip().endswith("."):
        return 0.0  # "How we will run it" over its list heads a box; it states nothing
    if _GO_RULE.match(text):
        return 0.0  # "Go: tagging on every round from July 2029": a gate's rule, not a goal
    if _DEFINITIONS.search(unit.title or "") and _DEFINED.match(text):
        return 0.0  # "Online renewal rate: renewals made online, as a share of all": what it counts
    if _LEAD_IN.search(text) or _ONLY_A_DATE.fullmatch(text.strip()):
        # "By the end of September 2028 we will" (its statement runs on below), "By the end
        # of June 2027": a date, not yet a goal
        return 0.0
    if _BODY_WILL.match(text) and not (_MEASURED_CHANGE.search(text) or _TARGET_VALUE.search(text)):
        # "By September 2028 the Clinical Governance Committee will approve one protocol": a
        # body's dated decision, the plan's work
        return 0.0
    if block.kind is BlockKind.title and (
        _COUNTED_PARTS.match(text)
        or any(section(n).search(text) for n in ("risk", "governance", "first_days", "asks"))
    ):
        # An action title that says what the slide holds ("Five risks need action now", "A
        # Steering Committee chaired by the COO takes the gates", "Four levers attack the
        # waits"): the slide's message about the plan's parts, not a goal.
        return 0.0
    if len(toks) <= 8 and _OVERVIEW_NAME.search(text):
        return 0.0  # "Open Shelves 2030 at a glance": names a summary slide
    if _SPOKEN.match(text):
        return 0.0  # '"Give us the tools first." Unite dock branch': somebody's words, no goal
    if _NOT_A_GOAL.search(text) or _PHASE_LABEL.match(text):
        # how a measure is counted, how the plan is tried ("we prove it at Calder Wharf first"),
        # what the programme rests on, or a stage and its dates: about the plan, not a goal
        return 0.0
    if _FINDING.search(text):
        # "A guest who queues for more than 15 minutes is half as likely to come back": what
        # the research found, the case for the plan, not a goal of it
        return 0.0
    code = _OKR_CODE.match(text)
    if code and not code.group("o") and opens_with_work(text[code.end() :]):
        return 0.0  # "KR1.2: Publish online prices for every branch": a key result that is work
    if _FOOTNOTE_LABEL.match(text) or _GLOSS.match(text):
        return 0.0  # "Pilot scope: 62 machines ... data extrapolated": how a figure was got
    if _ROLE_FIELD.match(text) or _LIST_INTRO.match(text):
        return 0.0  # "Lead: Director of Capital", "Ten targets the Board will see": no goal
    if _MEASURE_UPKEEP.search(text) and _UPKEEP.search(text):
        return 0.0  # "Each measure has one owner and a written definition": how goals are kept
    if text.rstrip().endswith(":") or _ONLY_IF.search(text):
        return 0.0  # "We will roll out only if, by June 2028:": a gate's rule, its list follows
    if _MONEY.search(text) and _INVESTMENT_CASE.search(text):
        # "We will ask the Heritage Fund for £2.5m", "worth £21m a year at full run-rate",
        # "an extra £0.6m a year, so the investment pays back": the case for the plan's money
        return 0.0
    lowered = text.lower()
    score = 0.0
    first = toks[0]
    title = unit.title or ""
    if _RISK_TITLE.match(title):
        return 0.0  # "Risks and how we will handle them": a risk and its answer are no goal
    facts = facts or _slide_facts(unit)
    if id(block) in facts.steps:
        return 0.0  # "Sunset Courtyard" at "5:30 PM": a step of a day's programme
    if _pillar_name(text, block, facts):
        return 0.0  # "Five pillars" over "2 Flexibility first: rent before we build": a pillar
    if (
        facts.starred
        and block is not facts.lead
        and _ABOUT_STAR.match(text)
        and not re.search(r"\d", text)  # "Our ambition is bold, zero waste ... by 2030"
    ):
        return 0.0  # "Our north star is simple to say and hard to do": said of it, not it
    # (a clause of any time, "wherever the sample was taken", tells no past)
    described = DESCRIPTIVE.search(_ANY_TIME.sub("", text))
    labelled = facts.labelled
    # Under an "Ambition" or "Our destination" heading a north star may run to a long sentence.
    # Only the statement that leads its slide: the cards under it describe offers.
    longest = 30 if (facts.hinted or labelled) and block is facts.lead else 16
    if _FIELD_LABEL.match(text):
        pass  # "Pilot scope: 62 machines": a field and its value, the first word is no verb
    elif _opens_with_intent(toks):
        score += 0.55
    elif (
        5 <= len(toks) <= longest
        and (ASPIRATION.search(text) or (labelled and _DEFINED_BY.match(text)))
        and not (described or (FINITE.search(text) and not _DEFINED_BY.match(text)))
    ):
        score += (
            0.3  # a slogan-like statement of the future state ("A digital twin for every machine")
        )
    elif (
        block is facts.lead
        # (the slide's title, or its label: "02 · OUR AMBITION" over the statement)
        and (_STAR_TITLE.search(title) or facts.starred)
        # (under the label itself, whatever its first word: "Warm homes, fair bills ...")
        and (toks[0] in ("a", "an", "the", "one", "every", "our") or facts.starred)
        and 5 <= len(toks) <= 30
        and not (described or _TODAY.search(text))
    ):
        # The line that leads a "North star" or "Our vision" slide names the future state,
        # whatever its words: "A bus network the county can set its watch by, and is proud to use"
        score += 0.3
    phrases = sum(1 for p in INTENT_PHRASES if re.search(p, lowered))
    context = bool(NON_VISION_SECTION.search(title) or _context_section(unit))
    by_year = bool(_BY_YEAR_START.search(text))
    if by_year and context and not _FIRST_PERSON.search(text):
        pass  # "By 2030 one resident in four will be over 65" on "The picture today": a forecast
    elif by_year:
        score += 0.6  # "By 2029, every patient ..." declares a target state
    elif phrases:
        score += 0.45
    if phrases >= 2:
        score += 0.2
    elif phrases and (
        _MEASURED_CHANGE.search(text)
        # "We will know it is working when 80% of ..." tests progress; the KPI table sets it
        or (_TARGET_VALUE.search(text) and not _SUCCESS_TEST.search(text))
    ):
        # "price index 94 -> 100 by FY2028", "injury rate below 0.2 by 2028", "right first
        # time of 99% by 2027": a measure, the value it must reach, a date
        score += 0.1
    if _CONDITIONAL.search(text):
        score -= 0.3  # decision rules ("scale if ... above 75%") are not visions
    # (a title that hints at goals and says it is about today, "Why we must change now",
    # heads today's figures)
    if facts.hinted and not context or labelled:
        score += 0.3
        if not context and not facts.work and _states_an_end(text, toks, title, block):
            # "Call bells answered within three minutes" under "What good looks like", "Earned
            # income covers 70% of running costs" under "Four things that will be true in 2031":
            # the heading sets the lines under it as end states, whatever their grammar
            score += 0.25
    elif context:
        score -= 0.35
    if described or (context and _FIGURE_FIRST.match(text)):
        # "6.1 litres of water used for every litre" on "Where we are in 2026": today's figure
        score -= 0.45
    # A slide without a title placeholder is named by its first large text, kept as a body block.
    if block.kind is BlockKind.title or (
        block.kind is BlockKind.body and text == _clean(unit.title or "")
    ):
        if (
            SECTION_HINTS.search(text)
            or (len(toks) <= 6 and not labelled)
            or re.match(r"(?:how|what|where|why|when|who)\s+we\b", text, re.I)
        ):
            return 0.0  # a section label ("Where we will play", "Priority 2 - ...") names, it does not state
        if labelled and not title_cased(text) and not _TODAY.search(text):
            score += 0.4  # a "NORTH STAR" or "Our vision" slide's title is the statement itself
        else:
            score -= 0.1  # titles are usually labels, occasionally the headline vision
    # A line that carries its measure ("from 30 to 22 hours", "40%") states a goal, whatever
    # slide it stands on.
    measured = bool(_MEASURED_CHANGE.search(text) or re.search(r"\d\s*%", text))
    # Only a date makes the line sound committed: a dated deliverable on a programme slide
    # ("Replace 120 diesel vans ... by Q3 2027") is still the programme's work.
    dated_only = phrases > 0 and phrases == sum(1 for p in _DATE_PHRASES if re.search(p, lowered))
    if (
        (
            first in INTENT_VERBS
            and (not phrases or (dated_only and first in DELIVERY_VERBS))
            or re.match(r"we\s+will\s+\w+", lowered)
        )
        and not measured
        and facts.work
    ):
        # "Replace the eight lanes with CT scanners" on a programme slide, "We will publish the
        # tender" on a first-ninety-days list: work
        score -= 0.4 if first in INTENT_VERBS else 0.5
    if (
        first in DELIVERY_VERBS
        and not measured
        and not re.search(r"\bto\s+(?:cut|reduce|raise|lift|halve|increase)\b", text)
        and not _GOAL_TITLE.search(title)
        and not labelled
        # "Build a single, trusted view of every patient" aspires beyond the thing built
        and not any(m.group(0).lower() not in ("every", "all") for m in ASPIRATION.finditer(text))
    ):
        score -= (
            0.3  # "Open 12 stores in Kent by 2027": a deliverable, dated; the goal is its effect
        )
    if facts.counted and block.bullet and len(toks) <= 6 and not measured:
        # "Rugby in every school cluster" bulleted under "Priority 1" / "Grow the game": the
        # name of an initiative the pillar holds, not a goal of its own
        return 0.0
    if facts.named_work and opens_with_work(text):
        score -= 1.0  # work listed under its priority's name, however measured: the plan's
    if _NOMINAL_WORK.match(text) and not measured:
        # "Roll-out of paperless task cards to all bases by summer 2027": a deliverable named
        # as a noun, the work of a workstream, whatever its date or its "all"
        score -= 0.5 if facts.work else 0.3
    if facts.roadmap and not measured:
        score -= 0.5  # a phase's work or its gate on the roadmap: the plan's steps, not its goals
    if (
        len(toks) > 1
        and (
            toks[1] in ("this", "these")
            # "Note that ...", not "Claims that feel simple": a relative "that" names a goal
            or (toks[1] == "that" and toks[0] in _PRESENTING)
        )
        or META.search(text)
    ):
        score -= 0.5  # the presenter talking about the slide, not the strategy
    if block.kind is BlockKind.notes and score < 0.8:
        score -= 0.2  # notes carry commentary; take only clear statements of intent
    if block.kind is BlockKind.table:
        score -= 0.3  # table cells are usually plan items or figures
    if block.level >= 2:
        score -= 0.15  # deep sub-bullets are usually supporting detail
    return score


# A list of what a trial or a gate is judged on, introduced in the presenter's notes:
# "Success criteria for Lantern, for the June 2029 go/no-go:".
_CRITERIA_INTRO = re.compile(
    r"\b(?:(?:success|exit|acceptance|pilot|trial)\s+criteria|go\s*/\s*no-?go|gates?)\b[^.]*:\s*$",
    re.I,
)
# The plan's own machinery as a line's subject ("Three phases, one gate at the end of each",
# "Every pillar has one owner", "The steering group passes a gate only when ..."): how the
# plan runs, not what it aims at.
_MACHINERY = re.compile(
    r"^(?:(?:the|every|each|all|our|\w+)\s+)?(?:phases?|gates?|pillars?|workstreams?|"
    r"steering\s+(?:group|committee)|programme\s+board|program\s+board)\b",
    re.I,
)
# A gate's own head on a slide ("Gate 1 passes when", "Gate C: go or no-go", "G1",
# "Checkpoint 3"), read by the phase reader's pattern: the lines under it, up to the next
# phase's, are what the gate is judged on, not goals. A figure after it ("G5 %") makes it none.
_PER_CENT_NEXT = re.compile(r"^\S+\s*\S{0,2}\s*(?:%|per\s*cent)", re.I)
# What a review or a milestone the deck dates says ("Close-out review, end of RT6: ...",
# "Milestone, end of RT3: ..."): a point on its roadmap, not a goal.

_ROADMAP_POINT = re.compile(
    r"^(?:[^:]{1,30}:\s+)?(?:milestones?|(?:close-?out|final|mid-?point)\s+review)\b", re.I
)
_STAR_TITLE = re.compile(
    r"\bnorth\s+star\b|\b(?:our|the|shared)\s+(?:vision|mission|purpose|ambition|promise)\b"
    r"|^\W*(?:vision|mission|purpose|ambition)\b",
    re.I,
)
# A line that speaks of the statement its slide labels: "Our north star is simple to say",
# "This vision asks a lot of us".
_ABOUT_STAR = re.compile(
    r"^\W*(?:our|the|this|that)\s+(?:north\s+star|vision|mission|purpose|ambition|promise)"
    r"\s+(?:is|was|asks|means|sounds|will\s+(?:take|need|ask|mean))\s+(?!to\b|that\b|for\b|a\b|an\b|the\b)",
    re.I,
)
# A line that stops where its statement starts ("By the end of September 2028 we will").
_LEAD_IN = re.compile(r"\b(?:we|they)\s+(?:will|shall|are\s+going\s+to)\s*[:,–—-]?\s*$", re.I)
_ONLY_A_DATE = re.compile(
    rf"(?i:by\s+(?:the\s+end\s+of\s+)?(?:{timeline.MONTH}\s+)?(?:19|20)\d\d)\W*"
)
# A dated decision of a named body or post: "By September 2028 the Clinical Governance
# Committee will approve ...", "By 2029, the Board will choose ..."
_BODY_WILL = re.compile(
    r"^(?i:by)\s[^,]{3,40}?,?\s+the\s+(?:[A-Z][\w&'-]*\s+){1,5}will\s+(?!be\b|have\b)[a-z]+"
)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)
# A heading that names the end states listed under it, not the work: "What good looks like on
# a night shift", "Four things that will be true in 2031", "2030 targets", "Where we want to be",
# "OKRs 2026/27". Priorities, pillars and commitments head work and stay out.
_END_STATE_HEADING = re.compile(
    r"\b(?:looks?\s+like|will\s+be\s+true|want\s+to\s+be|goals?|scorecard|okrs?|"
    rf"targets?{_NOT_AUDIENCE}|"
    r"key\s+results?|north\s+star|destination|ambitions?|promise|outcomes|"
    # "Where we're heading", "Where we are going": the destination in other words
    r"where\s+we(?:'re|\s+are)\s+(?:heading|going|headed)|where\s+we\s+want\s+to\s+be)\b"
    # "Our vision", "Vision 2030", not "AI Vision Inspection"
    r"|\b(?:our|the|a|shared)\s+vision\b|^\W*vision\b|\bvision\s*(?:$|[:\-–—]|for\b|20\d\d)",
    re.I,
)
# Counts said in words: "nine in ten", "two in three", "a third of", "half our".
_WORD_SHARE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|\d+)\b|"
    r"\b(?:a\s+(?:third|quarter|fifth)|half|two\s+thirds|three\s+quarters)\s+(?:of|our)\b|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:our|the|its|their)\b|"
    r"\b(?:every|nobody|no\s+one|none\s+of|zero|net\s+zero|first\s+time)\b|"
    # a standard of service: "answered within three minutes", "put right within one working day"
    r"\bwithin\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)\s+"
    r"(?:working\s+)?(?:minutes?|hours?|days?|weeks?|months?)\b",
    re.I,
)


_NUMBERED_HEADING = re.compile(
    r"^\W*(?:\d{1,2}\W+)?(?:goal|objective|ambition|outcome|priority|pillar|theme|target)s?\s*"
    r"(?:\d{1,2}|[ivx]{1,3})\b",
    re.I,
)
# Two figures side by side ("71% 95% March 2029"): the cells of a table row run together.
_FIGURE_RUN = re.compile(
    r"\d\s*%?\s+(?:(?:under|below|above|over|at\s+least)\s+)?[-+−<>~]?\d", re.I
)
_TABLE_HEAD = re.compile(r"\b(?:measure|metric|kpi|baseline|target|by when|current|owner)\b", re.I)


def _states_an_end(text: str, toks: list[str], title: str, block: Block) -> bool:
    """Whether a line under an end-state heading states one: measured or all-embracing, and
    not the work ("Buy 24 food waste vehicles", "Roll-out of ..."), the past, a condition or
    a rule placed on others."""
    if block.kind is BlockKind.title or not _END_STATE_HEADING.search(title):
        return False
    if len(words(title)) > 8 or _NUMBERED_HEADING.match(title):
        # "Service: we are missing the promise at five of seven sites" is a finding, and
        # "Goal 1: Reliable service" or "Ambition 2: ..." heads one goal's page of work
        return False
    if " | " in text or _FIGURE_RUN.search(text) or len(_TABLE_HEAD.findall(text)) >= 2:
        return False  # a footer, or a KPI table's header or row read as a line of text
    code = _OKR_CODE.match(text)
    if code:
        if code.group("o"):
            return True  # an objective, whatever its wording: "O2: Visitors stay longer"
        # a key result: a measure and its level ("KR1.3: Complaints below one in every 100"),
        # or the work it names ("KR1.2: Publish online prices for every branch")
        text = text[code.end() :]
        toks = words(text)
        if not re.search(r"\d", text):
            return False
    if _TODAY.search(title) or NON_VISION_SECTION.search(title) or _ROUTE_TITLE.match(title):
        return False
    if not 4 <= len(toks) <= 30 or toks[0] in INTENT_VERBS or toks[0] in DELIVERY_VERBS:
        return False
    if _NOMINAL_WORK.match(text) or DESCRIPTIVE.search(text) or _CONDITIONAL.search(text):
        return False
    if re.match(r"we\s+will\b", text, re.I) or opens_with_work(text):
        return False
    if _CANNOT.match(text):
        return False  # "We cannot cut carbon while a quarter of our heat leaks": why, not where
    if _DATE_SUBJECT.match(text):
        return False  # "Jan 2031 and Jan 2032 are the last months of FY2030/31": the clock's note
    if _DONE_ON.search(text):
        return False  # "Northfield air-source heat pump, commissioned November 2028": a caption
    return bool(re.search(r"\d", text) or _WORD_SHARE.search(text))


# A thing and when it was done, closing the line: "..., commissioned November 2028",
# "..., opened in 2026".
_DONE_ON = re.compile(r",\s+(?:first\s+)?[a-z]+ed\s+(?:in\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\.?$")
_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d(?:/\d\d)?|(?:FY|Q[1-4]\s?)\d{2,4}(?:/\d\d)?"
_DATE_SUBJECT = re.compile(
    rf"^\W*(?:{_DATE})(?:\s*(?:,|and|to|-|–)\s*(?:{_DATE}))*\s+(?:is|are|was|were|means?|runs?)\b"
)
_CANNOT = re.compile(
    r"^\W*(?:and\s+|but\s+)?(?:we|it|this|that)\s+(?:cannot|can['’]t|could\s+not|do(?:es)?\s+not|"
    r"don['’]t|doesn['’]t)\b",
    re.I,
)


_NOMINAL_WORK = re.compile(
    r"^(?:the\s+)?(?:roll-?out|introduction|replacement|delivery|implementation|launch|extension|"
    r"upgrade|installation|creation|development|expansion|migration|refurbishment|procurement|"
    r"construction)\s+of\b",
    re.I,
)
_WE_HEADING = re.compile(r"(?:how|what|where|why|when|who)\s+we\b", re.I)
_ROLE_FIELD = re.compile(
    r"^(?:lead|leads|owner|owners|sponsor|accountable|responsible|contact|chair|budget|cost|"
    r"timing|status)\s*[:：]",
    re.I,
)
# A line that introduces the list under it: "Three things that will be true by 2029".
_LIST_INTRO = re.compile(
    r"^(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})\s+(?:things|"
    r"targets|goals|measures|priorities|commitments|outcomes|shifts|numbers|results|changes)\b"
    r"(?![^.;:]*\b(?:to|from)\s+\d)",
    re.I,
)
# The measurement apparatus ("SPC charts for every measure, published every Monday"): how the
# goals are owned, defined and reported, not a goal.
_MEASURE_UPKEEP = re.compile(
    r"\b(?:each|every|all(?: the)?|all of the)\s+(?:measures?|targets?|kpis?|metrics?|indicators?)\b",
    re.I,
)
_UPKEEP = re.compile(
    r"\b(?:owners?|owned|definitions?|defined|publish\w*|report(?:s|ed|ing)?|charts?|dashboards?|"
    r"scorecards?|baselin\w*|data sources?)\b",
    re.I,
)
_GOAL_TITLE = re.compile(
    rf"\b(?:vision|ambition|goals?|objectives?|targets?{_NOT_AUDIENCE}|north star|outcomes|commitments?|"
    r"what success looks like|aspirations?|promise)\b",
    re.I,
)
_ROADMAP_TITLE = re.compile(
    r"\b(roadmap|timeline|milestones|phases|waves|action plan|first \d+ days|gantt|workplan)\b",
    re.I,
)


_WORK_LABEL = re.compile(
    r"^(?:programme|program|workstream|work stream|work package|stream|pillar|initiative|project|lever|"
    r"move|shift|bet)s?\s*"
    r"(?:\d{1,2}|[A-H]|one|two|three|four|five|[ivx]{1,3})\b",
    re.I,
)


# A line that says how a figure was reached or what it covers, not what is aimed at.
_FOOTNOTE_LABEL = re.compile(
    r"^\W*(?:(?:pilot|study|survey)\s+)?(?:scope|assumptions?|sources?|basis|methodology|"
    r"method|notes?|caveats?|definitions?|defined as|calculation|formula)\s*[:：]",
    re.I,
)
# A term glossed ("Today = the 12 months to December 2028", "2031/32 = our financial year"):
# what a word or a column means, not a goal.
_GLOSS = re.compile(r"^\W*[\w/+'-]+(?:\s[\w/+'-]+){0,2}\s*=\s*(?:the|our|a|an|its|their)\b", re.I)
# A page of the roadmap's gates and what each is judged on: "What good looks like at each
# gate", "Stage gates", "Exit criteria".
_GATE_TITLE = re.compile(
    r"\b(?:(?:stage|phase|decision)[\s-]+gates?|at\s+(?:each|every)\s+gate|gates?\s+(?:and|&)\s+"
    r"(?:criteria|conditions)|go\s*/\s*no[\s-]go|(?:acceptance|exit|gate)\s+criteria)\b"
    r"|^\W*(?:the\s+|our\s+)?gates\W*$",
    re.I,
)
_NAMES_GOALS = re.compile(r"\b(?:goals?|targets?|ambitions?|aims?|outcomes?)\b", re.I)
# A slide of risks, named so ("Key risks", "Risks and mitigations", "What could go wrong"),
# not a goal about risk ("Reduce the risk of fire").
_RISK_TITLE = re.compile(
    r"^\W*(?:\d+\W+)?(?:(?:key|main|top|principal|delivery|programme)\s+)?risks?\b"
    r"(?!\s+(?:of|to|for)\b)|^\W*what\s+could\s+(?:go\s+wrong|stop\s+us)",
    re.I,
)
_ROUTE_TITLE = re.compile(
    r"^how\s+we\s+(?:will\s+)?(?:run|govern|deliver|manage|organi[sz]e|fund|staff)\b", re.I
)


_STOP_START = frozenset({"stop", "start", "continue", "keep", "keep doing", "start doing"})


def _work_slide(unit: Unit) -> bool:
    """A slide detailing one programme or workstream ("PROGRAMME 1", "Workstream B · ...",
    "Risks and mitigations"): its imperative lines are the work, not goals."""
    heads = [unit.title or "", *(b.text for b in unit.blocks[:3] if b.kind is BlockKind.body)]
    if any(
        _WORK_LABEL.match(h.strip())
        or NON_VISION_WORK.search(h[:60])
        or (section("first_days").search(h) and len(words(h)) <= 6)
        or section("work_list").match(h.strip())  # "What we will do" over the lines
        or _ROUTE_TITLE.match(h.strip())  # "How we will run it": governance and the route
        for h in heads
    ):
        return True
    # Stop / Start / Continue: what the organization will do differently, line by line.
    labels = {
        b.text.strip().rstrip(":").lower()
        for b in unit.blocks
        if b.kind is BlockKind.body and len(b.text.split()) <= 2
    }
    if len(labels & _STOP_START) >= 2 and "start" in labels:
        return True
    # Most of its lines open with a verb of work ("Replace ...", "Integrate ...", "Rebuild
    # ..."): a list of initiatives, whatever the slide is called.
    lines = _said_lines(unit)
    doing = sum(1 for ln in lines if opens_with_work(ln))
    # (A goals slide says so in its title: its imperative lines are the goals.)
    return (
        not SECTION_HINTS.search(unit.title or "")
        and len(lines) >= 3
        and doing >= 3
        and doing * 5 >= len(lines) * 3
    )


# What a line says besides its figures and dates.
_FIGURES_AND_DATES = re.compile(
    rf"[^\sA-Za-z]*\d[^\s]*|\b(?:by|from|to|in|every|each|year|a|the|and|{timeline.MONTH})\b",
    re.I,
)


# Three figures or more before any word: the big numbers of a row of tiles, read across.
_TILE_RUN = re.compile(
    r"^(?:[+\-−~]?[£$€]?\d[\d,.]*\s*(?:%|hrs?|[kmb]n?|x)?\+?\s+){3,}(?=[A-Za-z])", re.I
)


def _enabler_list(unit: Unit, heads: list[str]) -> bool:
    """A slide of what the plan takes ("WHAT IT TAKES", "Enablers") listing two things or
    more to do ("Bring the training records into VolunteerHub", "Give every nurse a phone")."""
    if not any(section("enablers").search(h) for h in heads):
        return False
    return sum(1 for ln in _said_lines(unit) if opens_with_work(ln)) >= 2


def _said_lines(unit: Unit) -> list[str]:
    """The slide's body lines of four words or more: what it says, not its labels."""
    return [
        ln.strip()
        for b in unit.blocks
        if b.kind is BlockKind.body
        for ln in b.text.splitlines()
        if len(words(ln)) >= 4
    ]


def _work_under_names(unit: Unit) -> bool:
    """A goals slide ("Four priorities") naming each priority over the work it holds in
    imperatives ("1 Full stages" over "Produce four shows a year", ...): the names are the
    goals, the imperatives the deck's work."""
    if not SECTION_HINTS.search(unit.title or ""):
        return False
    body = [b.text.strip() for b in unit.blocks if b.kind is BlockKind.body]
    named = [
        t
        for t in body
        # a numbered name is a name whatever its first word ("2 Secure pens"), and may run
        # longer ("2. One shop, in the centre and online")
        if (1 <= len(words(t)) <= 5 or NAME_NUMBER.match(t) and len(words(t)) <= 9)
        and (NAME_NUMBER.match(t) or not opens_with_work(t))
        and not SECTION_HINTS.search(t)
    ]
    # (each piece of work counts, where a PDF read two boxes as one line; a line right under
    # a numbered name that is no work is its description, "More of our own plants, less waste")
    described = {
        i + 1
        for i, (t, later) in enumerate(zip(body, body[1:], strict=False))
        if NAME_NUMBER.match(t) and not opens_with_work(later)
    }
    lines = [
        piece
        for i, t in enumerate(body)
        if i not in described
        for ln in t.splitlines()
        if len(words(ln)) >= 4 and ln not in named
        for piece in split_work_run(ln)
    ]
    doing = sum(1 for ln in lines if opens_with_work(ln))
    return len(named) >= 2 and doing >= 3 and doing * 5 >= len(lines) * 3


NON_VISION_WORK = re.compile(r"\b(?:risks?|mitigations?|first \d+ days|next steps)\b", re.I)


# A goal's label on a line of its own: "Goal", "Goals", "Headline goal", "Our targets:"
_GOAL_LABEL = re.compile(
    r"\W*(?:(?:our|the|headline|main|key)\s+)?(?:goals?|targets?)\s*[:：]?", re.I
)


def _is_heading(text: str, toks: list[str]) -> bool:
    """Title Case without a verb of intent: a label, however it is formatted."""
    every = re.findall(r"[A-Za-z][\w'-]*", text)
    alpha = [w for w in every if w.lower() not in STOPWORDS]
    # "What We Will Measure": every word capitalized, stopwords too, is a label as well.
    capitalized = len(every) >= 2 and all(w[0].isupper() for w in every)
    return (
        len(toks) <= 8
        # "OEE on Line 3: 85% by FY28" names its measure in capitals and then its target
        and not (_TARGET_VALUE.search(text) or _MEASURED_CHANGE.search(text))
        and (len(alpha) >= 2 or capitalized)
        and all(w[0].isupper() for w in alpha)
        and toks[0] not in INTENT_VERBS
    )


_LABEL_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[ivx]{1,4})\s*[·.|:/—–-]?\s+", re.I)


def _labelled_section(unit: Unit) -> bool:
    """A slide whose title is the statement itself, labelled inside: "NORTH STAR", "Our vision",
    "02 · NORTH STAR" (a section number before the label is not part of it)."""
    if re.search(r"\b(?:agenda|contents|table of contents)\b", unit.title or "", re.I):
        return False  # an agenda lists sections by name; none of its lines labels it
    return any(
        b.kind is BlockKind.body
        and (
            _section_label(b.text)
            # "Where do we want to be by 2030?" over the statement: a question that labels it
            or (
                b.text.strip().endswith("?")
                and len(words(b.text)) <= 10
                and bool(_END_STATE_HEADING.search(b.text))
            )
        )
        for b in unit.blocks
    )


# Two words and a colon open a field, not a sentence: "Pilot scope: ...", "Enforcement mechanism:".
_FIELD_LABEL = re.compile(r"^[A-Za-z][\w/&-]*\s+[a-z][\w/&-]*\s*:\s")


def _context_section(unit: Unit) -> bool:
    """A slide labelled as context ("01 · CONTEXT", "WHERE WE STAND"): it describes today."""
    for b in unit.blocks[:4]:
        if b.kind is not BlockKind.body or len(b.text) > 40:
            continue
        label = _LABEL_NUMBER.sub("", b.text).strip(" :")
        if label.isupper() and len(words(label)) <= 4 and NON_VISION_SECTION.search(label):
            return True
    return False


def _section_label(text: str) -> bool:
    """ "NORTH STAR", "4. Where we will play": a label naming statements, not one itself."""
    if len(text) > 80:
        return False  # a label, not a paragraph: never tokenise a long block here
    label = _LABEL_NUMBER.sub("", text).strip(" :")
    # "OUR PROMISE", "Our promise to passengers": the label may be owned and say to whom.
    label = re.sub(r"^(?:our|the|my|your)\s+", "", label, flags=re.I).lower()
    if not label or len(words(label)) > 5:
        return False
    return bool(SECTION_HINTS.fullmatch(label)) or bool(
        (m := SECTION_HINTS.match(label)) and re.fullmatch(r"\s+(?:to|for)\s+\w+", label[m.end() :])
    )


# What one block may contribute: a slide's text box holds a few statements, not a book. Past
# this, the rest of a block (a pasted report, a fuzzed run of text) is not read for visions.
MAX_BLOCK_CHARS = 20_000


_WORK_COLUMN = re.compile(
    r"^\W*(?:(?:key\s+)?(?:initiatives?|actions?|projects?|deliverables?|activities|workstreams?)"
    r"|what\s+we\s+will\s+do|how\s+we\s+will\s+(?:do\s+it|deliver(?:\s+it)?))\W*$",
    re.I,
)


def _candidates(unit: Unit) -> list[tuple[str, Block]]:
    out: list[tuple[str, Block]] = []
    for block in unit.blocks:
        if block.kind in (BlockKind.chart, BlockKind.image_alt):
            continue
        text = block.text[:MAX_BLOCK_CHARS]
        if block.kind is BlockKind.table and block.rows:
            # A KPI table's measures are goals as whole rows (the deck plan's KPIs), not as
            # cells cut from their baseline and target.
            rows = kpi_rows(block.rows)
            measures = {r.metric for r in rows} | {v for r in rows for v in (r.target, r.baseline)}
            # A column the deck heads as its work ("What we will do", "Initiatives") holds
            # work, not goals: the deck plan reads it.
            work = {i for i, h in enumerate(block.rows[0]) if _WORK_COLUMN.match(h)}
            parts = [
                piece
                for r, row in enumerate(block.rows)
                for i, cell in enumerate(row)
                if cell.strip() and cell.strip() not in measures and not (r and i in work)
                for piece in split_work_run(cell[:MAX_BLOCK_CHARS])
            ]
            parts = parts[: MAX_BLOCK_CHARS // 20]
        elif block.kind is BlockKind.notes:
            # "...the ambition out loud: by 2028, ..." -> keep what follows the colon
            parts = [_AMBITION_LEAD.split(s, maxsplit=1)[-1] for s in sentences(text)]
        else:
            parts = [p for line in text.splitlines() for p in [line] if p.strip()]
            # long body paragraphs may hold several statements; PDF tables flatten rows into one line
            parts = [s for p in parts for s in (sentences(p) if len(p) > 200 else [p])]
            parts = [p for p in parts if not _flattened_table(p)]
            parts = [piece for p in parts for piece in _split_run_on(p)]
            parts = [piece for p in parts for piece in _split_targets(p)]
            parts = [piece for p in parts for piece in _split_pair(p)]
        out.extend((_clean(p), block) for p in parts)
    return out


_BARE_NUMBER = re.compile(r"^([1-9])\s+(?=[A-Z])")


def _list_numbered(lines: list[tuple[str, Block]]) -> frozenset[int]:
    """The lines numbered 1, 2, 3 ... in order with no stop after the number (a list drawn with
    its numbers in circles, "1 Have 30 clinics open"): the numbers are the list's, not figures
    of the lines. Three in a row at least; a lone "2 Clinics" keeps its figure."""
    runs: list[list[int]] = []
    for i, (text, _) in enumerate(lines):
        if (m := _BARE_NUMBER.match(text)) is None:
            continue
        n = int(m.group(1))
        if runs and n == len(runs[-1]) + 1:
            runs[-1].append(i)
        elif n == 1:
            runs.append([i])
    # (before a verb, "1 Have 30,000 ..." under "By 2031 we will:", not a count, "2 Community
    # diagnostic centres open by 2029")
    out: set[int] = set()
    for run in runs:
        if len(run) < 3:
            continue
        led_in = any(_WILL_LEAD_IN.search(lines[k][0]) for k in range(max(0, run[0] - 2), run[0]))
        out |= {
            i
            for i in run
            if led_in
            or opens_with_work(rest := _BARE_NUMBER.sub("", lines[i][0]))
            # ("1 Every home warm and dry by 2031": an end state, not a count)
            or re.match(r"(?:every|no|all|each|our|the)\b", rest, re.I)
        }
    return frozenset(out)


_WILL_LEAD_IN = re.compile(r"\bwe\s+(?:will|shall|aim\s+to)\b[^.]*:\s*$", re.I)


_LIST_LABEL = re.compile(
    r"(?:key\s+|our\s+)?(?:initiatives?|actions?|recommendations?|next steps?|deliverables?|levers?|"
    r"enablers?|scope|how|what|why|notes?|highlights?|summary|overview|approach|results?)",
    re.I,
)


# A short line opening with a wh-word and asking nothing ("What we will be able to say in
# March 2030") labels the lines under it
_WH_LABEL = re.compile(r"^(?:what|how|where|why|when|who)\b(?!.*\?\s*$)", re.I)
# "DRI: Commercial Director", "Owner: ...": who leads a line of work, not what it aims at
_LEAD_LABEL = re.compile(rf"^{LEAD_WORD}\s*[:：]", re.I)


# A list's own numbering: "1. Appoint ...", "7) Publish ...".
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+")


def _key(text: str) -> str:
    return " ".join(words(text))


def _card_name(candidates: list[tuple[str, Block]], i: int, unit: Unit) -> str | None:
    """The short name a card gives the statement under it ("One front door" over "One account
    for every service"): the goal is known by it, so the vision carries it."""
    if i == 0:
        return None
    name, block = candidates[i - 1]
    if block is candidates[i][1] or block.kind is not BlockKind.body:
        return None
    toks = words(name)
    if not 1 <= len(toks) <= 4 or not re.search(r"[A-Za-z]{3}", name) or name.endswith("."):
        return None
    if name.isupper() or not name[0].isupper() or name == _clean(unit.title or ""):
        return None  # a section label ("NORTH STAR") or the slide's own title
    if toks[0] in INTENT_VERBS or re.search(r"\d", name):
        return None  # a statement or a figure, not a name
    if (
        name.rstrip().endswith(":")
        or SECTION_HINTS.search(name)
        or _LIST_LABEL.fullmatch(name)
        or re.match(r"(?:what|how|why|where|who|when)\b", name, re.I)
    ):
        return None  # "Initiatives", "Targets", "Recommendation:": a list's label, not a name
    return name


def _under_after_state(candidates: list[tuple[str, Block]], i: int) -> bool:
    """The nearest of the lines above that names a state ("Now", "Next", "To-be") names the
    state to come."""
    for name, _block in reversed(candidates[max(0, i - 8) : i]):
        if len(words(name)) > 4:
            continue
        if pattern("before_state").match(name.strip()):
            return False
        if pattern("after_state").match(name.strip()):
            return True
    return False


_WILL_BE = re.compile(r"\b(?:will|shall)\s+(?:be|have|reach|get|see)\b", re.I)


def _commits(text: str) -> bool:
    """The statement, or what follows its card's label ("Heart failure: Grow ..."), opens with
    a verb of intent ("Raise ...", "To cut ..."), or says what will be ("By March 2030, every
    library will be open 60 hours a week"), not a measure."""
    return bool(_WILL_BE.search(text)) or any(
        _opens_with_intent([t.lower() for t in re.findall(r"[A-Za-z]+", part)[:3]])
        for part in (text, text.split(":", 1)[-1])
    )


def _opens_with_intent(toks: list[str]) -> bool:
    """The words open with a verb of intent, or "to" and one ("Raise ...", "To cut ...")."""
    return bool(toks) and (
        toks[0] in INTENT_VERBS or (toks[0] == "to" and len(toks) > 1 and toks[1] in INTENT_VERBS)
    )


def _flattened_table(text: str) -> bool:
    """A table or diagram a PDF export ran into one line: long, no sentence breaks, and mostly
    Title Case cells ("Build In-House SaaS Procurement Hybrid (Recommended) Upfront ...")."""
    toks = re.findall(r"[A-Za-z][\w'/&-]*", text)
    if len(toks) < 24 or re.search(r"[.!?]\s+[A-Z]", text):
        return False
    capitalized = sum(t[0].isupper() for t in toks)
    return capitalized / len(toks) >= 0.35


_RUN_ON = re.compile(
    # a verb that opens a goal goes on ("Lift trial conversion"); "Delivery Lead." ends a name
    r"(?<=[\d%$)A-Za-z])\s+(?=(?:" + "|".join(sorted(INTENT_VERBS)).title() + r")\b(?![.,:;]))"
)


_MEASURED_CHANGE = re.compile(
    r"\d[\d,.]*\s?%?\s*(?:->|→|–>|=>)\s*[<>≥≤]?=?\s*\d"
    # "from 78% to 88%", not the hours of a service ("from 6am to 8pm")
    r"|\bfrom\s+(?!\d{1,2}(?:[.:]\d\d)?\s?[ap]\.?m\b)[^\s]*\d\S*\s+to\s+\S*\d"
    # a measure, its baseline and target, and when: "Weekly journeys: 391,000 to 450,000 by Q4"
    r"|:\s*[£$€]?\d[\d,.]*\s?[%a-z]{0,3}\s+to\s+[£$€]?\d[\d,.]*\s?[%a-z]{0,3}\s+by\b",
    re.I,
)
# The value a measure must reach: a bound ("below 0.2", "at least 90", "< 5 days"), a rank
# ("top-10") or a share ("99%").
_TARGET_VALUE = re.compile(
    r"\b(?:below|under|above|over|at least|at most|no more than|no less than|fewer than|"
    r"less than|more than|within)\s+[£$€]?\d|[<>≤≥]\s*[£$€]?\d|\btop[- ](?:\d{1,3}|ten|five|three)\b"
    r"|\d\s?%|:\s*[£$€]?\d[\d.,]*\s?[a-z]{0,3}\s+by\s"  # "Guest satisfaction: 88 by 2028"
    # "cut by half", "two million customers on ..."
    r"|\bby\s+(?:half|a\s+(?:third|quarter|fifth))\b|\b(?:halved|doubled|tripled)\b"
    r"|\b(?:\d[\d.,]*|one|two|three|four|five|ten)\s+(?:million|billion)\b"
    # "half of network spend", "nine in ten students": a share in words
    r"|(?<!first )(?<!second )\b(?:half|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters)\s+of\b"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:ten|five|four|three)\b"
    r"|\bof\s+[£$€]?\d[\d.,]*\s?(?:[kmb]n?|mt|kt|t|tonnes|m³|mw|gw|hours|days|minutes)\b",
    re.I,
)
_MONEY = re.compile(r"[£$€¥]\s?\d|\b\d[\d.,]*\s?(?:m|bn|k)?\s?(?:eur|usd|gbp|rmb|yuan)\b", re.I)
_INVESTMENT_CASE = re.compile(
    r"\b(?:worth|pays?\s+(?:it\s+)?back|payback|bring\s+in|asks?|asking|request\w*|"
    r"submission|apply\s+for|application|bid\s+for|grants?|of\s+capital|capital\s+(?:of|for)|"
    r"business\s+case|npv|irr)\b",
    re.I,
)
_SUCCESS_TEST = re.compile(r"\bwe(?:'ll| will) know\b.*\bwhen\b", re.I)
_TARGETS_LABEL = re.compile(r"^(?:targets?|kpis?|goals?|measures?)\s*[:：]\s*", re.I)


def _split_targets(text: str) -> list[str]:
    """ "Targets: A 19% -> 27% by 2029; B 94 -> 100 by 2028" holds two goals, each its own."""
    bare = text.strip().lstrip("•▪–-* ").strip()
    if not _TARGETS_LABEL.match(bare) or ";" not in bare:
        return [text]
    return [p.strip() for p in _TARGETS_LABEL.sub("", bare).split(";") if p.strip()]


# Two measures' moves joined under one date: "earned income from £3.1m to £4.4m a year, and
# the council's grant from 46% to 38% of our income, by August 2032".
_MOVE = re.compile(r"\bfrom\s+(?!\d{1,2}(?:[.:]\d\d)?\s?[ap]\.?m\b)\S*\d\S*\s+to\s+\S*\d", re.I)
# the date both share, after a comma at the end ("..., by August 2032")
_SHARED_WHEN = re.compile(r",\s+(?:by|before|in)\s+[^,;]{0,40}?(?:19|20)\d\d[^,;]{0,20}?\.?$", re.I)
_OWN_DATE = re.compile(r"\b(?:19|20)\d\d\b|\b[QH][1-4]\b|\bFY\s?\d\d", re.I)


def _split_pair(text: str) -> list[str]:
    """Two goals said in one sentence, each with its own measure and move, are two goals
    ("earned income from £3.1m to £4.4m a year, and the council's grant from 46% to 38% of
    our income, by August 2032"); the date after the last comma is both goals', and a goal
    that names its own date keeps it alone. (Split on the text, not by one pattern: a long
    line of moves must not cost a regular expression's backtracking.)"""
    bare = text.strip()
    if len(bare) > 400 or bare.count(", and ") != 1 or ";" in bare:
        return [text]
    a, b = bare.split(", and ", 1)
    when = _SHARED_WHEN.search(b)
    if when is not None:
        b = b[: when.start()]
    moves_a, moves_b = _MOVE.findall(a), _MOVE.findall(b)
    if len(moves_a) != 1 or len(moves_b) != 1 or len(words(b)) < 4:
        return [text]
    shared = when.group(0).strip(" ,.") if when is not None else ""
    return [
        f"{part.strip()} {shared}".strip()
        if shared and not _OWN_DATE.search(part)
        else part.strip()
        for part in (a, b.rstrip(" ."))
    ]


def _split_run_on(text: str) -> list[str]:
    """'Grow pipeline $31M $45M by Q4 FY27 Lift trial conversion 6% 10% ...' -> one goal per piece."""
    if len(words(text)) < 14:
        return [text]
    pieces = [p.strip() for p in _RUN_ON.split(text) if p.strip()]
    return pieces if len(pieces) > 1 and all(len(words(p)) >= 4 for p in pieces) else [text]


def _tile_captions(unit: Unit) -> set[str]:
    """The lines under a big number ("0" / "product recalls" / "every year of the programme"):
    parts of a tile, not statements of their own."""
    lines = [
        line
        for b in unit.blocks
        if b.kind in (BlockKind.body, BlockKind.title)
        for line in b.text[:MAX_BLOCK_CHARS].splitlines()
        if line.strip()
    ]
    return {
        _clean(part) for t in tiles(lines, unit.title or "") for part in (t.label, t.detail) if part
    }


def _source(deck: Deck, unit: Unit) -> Source:
    return Source(
        file=deck.name,
        slide=unit.number if unit.kind == "slide" else None,
        page=unit.number if unit.kind == "page" else None,
    )


def _canonical(text: str) -> str:
    # The deck's words, whole: "Our ambition is to be the firm ..." is not "Be the firm ..."
    return text[:1].upper() + text[1:] if text else text


def _said_first(
    deck: Deck,
    unit: Unit,
    stems: frozenset[str],
    summarised: bool,
    said_before: _StemIndex,
    said_on: list[int],
) -> Source:
    """Where a goal is cited: its own slide, or, for a goal on a summary page that an earlier
    slide said in the same words, that earlier slide."""
    if summarised and (k := said_before.near(stems, 0.8)) is not None and said_on[k] < unit.number:
        earlier = next((u for u in deck.units if u.number == said_on[k]), unit)
        return _source(deck, earlier)
    return _source(deck, unit)


class _StemIndex:
    """Stem sets seen so far, indexed by stem, to find a near-duplicate without comparing
    every pair (a long deck has thousands of candidate statements)."""

    def __init__(self) -> None:
        self.sets: list[frozenset[str]] = []
        self.postings: dict[str, list[int]] = {}

    def add(self, stems: frozenset[str]) -> None:
        for stem in stems:
            self.postings.setdefault(stem, []).append(len(self.sets))
        self.sets.append(stems)

    def near(self, stems: frozenset[str], threshold: float) -> int | None:
        """The first seen set (by its order of adding) with a Jaccard similarity >=
        ``threshold`` with ``stems``, or None."""
        if not stems:
            return None
        # Such a set shares at least floor(threshold * |stems|) stems with it, so it holds one
        # of any |stems| - that + 1 of them: look only at the sets holding the rarest ones.
        need = len(stems) - int(threshold * len(stems)) + 1
        rarest = sorted(stems, key=lambda s: (len(self.postings.get(s, ())), s))[:need]
        candidates = {i for s in rarest for i in self.postings.get(s, ())}
        return next(
            (i for i in sorted(candidates) if _jaccard(stems, self.sets[i]) >= threshold), None
        )


_IN_TEN = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?ten\b",
    re.I,
)


def _ends(kpi: Kpi) -> tuple[float, float] | None:
    """A row's baseline and target as plain numbers, or None where either is no plain number
    ("61%" is one; "Higher" is none)."""
    numbers = [re.fullmatch(r"\s*([\d.,]+)\s*[^\d%]*", v or "") for v in (kpi.baseline, kpi.target)]
    if not all(numbers):
        return None
    try:
        start, end = (float(m.group(1).replace(",", "")) for m in numbers if m)
    except ValueError:
        return None
    return start, end


def _delta(kpi: Kpi) -> str | None:
    """A row's change from its baseline as a plain amount ("4,300 -> 6,300" is "2000")."""
    ends = _ends(kpi)
    return _value(str(abs(ends[1] - ends[0]))) if ends and ends[1] != ends[0] else None


def _figures(text: str) -> frozenset[str]:
    """The numbers a text states ("61% -> 75%" -> {"61", "75"}), as values ("26.0 h" and "26
    hours" state one figure); years are dates, not figures. A period's number ("by Q4") is
    kept: two lines with the same deadline are likelier one goal (``_amounts`` leaves it)."""
    # "seven in ten" is 70 (%), in words only for now: "8 in 10" keeps its own figures
    text = _IN_TEN.sub(lambda m: f" {NUMBER_WORDS.index(m.group(1).lower())}0 ", text)
    found = re.findall(r"\d+(?:[.,]\d+)*", text)
    return frozenset(
        _value(n.replace(",", "")) for n in found if not re.fullmatch(r"(?:19|20)\d\d", n)
    )


_EVERY = re.compile(r"\b(?:every|all|each)\b", re.I)
_MORE_WORD = re.compile(r"\b(?:more|fewer|less|extra|additional|another)\b", re.I)
_CHANGE_WORD = re.compile(
    r"\b(?:less|more|fewer|lower|higher|cut|cuts|reduce|reduces|raise|raises|increase|"
    r"increases|down|up)\b",
    re.I,
)


def _share(kpi: Kpi) -> str | None:
    """A row's change from its baseline as a whole percentage ("1.38 -> 1.17" is "15"), or
    None where either end is no plain number or the row counts a percentage already."""
    ends = _ends(kpi)
    if ends is None:
        return None
    start, end = ends
    return str(round(abs(start - end) / start * 100)) if start else None


def _amounts(text: str) -> frozenset[str]:
    """``_figures`` without the periods of a year ("H2 FY30", "Q3", "2031/32"): the amounts a
    goal sets, which a tile or a restatement must share."""
    return _figures(_PERIODS.sub(" ", text))


# a half, quarter or fiscal year, a split year's second half ("2031/32"), a numbered period of
# the deck's own ("Season 22", "Sprints 14-15") and a count from its day ("C+12", "L-30")
_PERIODS = re.compile(
    r"\b(?:[HQ][1-4]|FY\s?\d{2,4}|(?:19|20)\d\d[/–-]\d\d)\b"
    r"|\b(?:season|sprint|cycle|increment|iteration|period)s?\s+\d{1,3}(?:\s*(?:[-–]|to|and)\s*\d{1,3})?\b"
    r"|(?<![\w-])(?-i:[A-Z])\s?[-+\u2212\u2013]\s?\d{1,3}\b",
    re.I,
)


def _value(number: str) -> str:
    """A figure without the zeros a table pads it with ("26.0" -> "26", "1.50" -> "1.5")."""
    return number.rstrip("0").rstrip(".") if "." in number else number


def _cite(draft: VisionDraft, source: Source) -> None:
    """Cite ``source`` for the goal; where it was cited before says it too."""
    said: list[Source] = []
    for where in (draft.source, *draft.also_stated):
        if where != source and where not in said:
            said.append(where)
    draft.also_stated, draft.source = said, source


# A goal's aside: a stretch, where its definition is, who approved it, or today's figure
# after a dash ("(stretch: 80%)", "(board-approved in December 2026)", "- down from 9 hours in
# FY27", "- 4.1% in FY27").
_GOAL_ASIDES = re.compile(
    r"\s*\((?:stretch|definitions?|defined|see|board|council|agreed|set\s+by|contract|"
    r"approved|signed|a\s+requirement)\b[^()]*\)"
    r"|\s+[-–—]\s+(?:(?:down|up)\s+from\b.*|[<>~]?\d[\d.,]*\s?%?\s+in\s+(?:FY|19|20)\S*)$",
    re.I,
)


def _restated(
    stems: frozenset[str],
    figures: frozenset[str],
    amounts: frozenset[str],
    said: list[tuple[frozenset[str], frozenset[str], frozenset[str]]],
) -> int | None:
    """The first statement kept so far that this one restates in other words, or None: one
    that names the same measure with the same figures ("Teacher turnover: 17% to 10% by
    2030/31" on the summary page, "Goal: teacher turnover falls from 17% to 10% a year" on the
    pillar's), or one whose every word it repeats and then adds to ("..., unable to read
    fluently" and "..., unable to read fluently: every Year 6 pupil will read 90 words a
    minute"). Word overlap alone misses both: the longer text dilutes it."""
    named = {s for s in stems if not any(c.isdigit() for c in s)}
    for i, (other, numbers, set_) in enumerate(said):
        if len(figures & numbers) >= 2 and len(named & other) >= 2:
            return i
        # one goal said twice with its one amount ("Bring 20,000 ha of wilding conifers under
        # control", then "20,000 ha of wilding conifers under control by 2031/32"): the same
        # amounts, no other, and three words of what is measured in common
        if amounts and amounts == set_ and len(named & other) >= 3:
            return i
        small, large = (stems, other) if len(stems) <= len(other) else (other, stems)
        if len(small) >= 5 and small <= large:
            return i
    return None


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


_ROADMAP_KINDS = ("phase_item", "gate", "stage")


def _measure(kpi: Kpi) -> Measure:
    return Measure.model_validate(kpi.model_dump(include=set(Measure.model_fields)))


def _kpi_rank(kpi: Kpi) -> float:
    """How a KPI row or tile ranks among the goals when the cap bites: a table row with where
    the measure starts, where it must end and by when is a goal in full and outranks an
    unmeasured line; a tile ranks below a row."""
    if kpi.baseline and kpi.by and not kpi.tile:
        return 0.9
    return 0.42 if kpi.tile else 0.45


_TODAY_LINE = re.compile(
    r"^(?:today|currently|at\s+present|right\s+now|as\s+things\s+stand)\b\s*[,:]?\s+"
    r"(?:the|our|we|it|there|only|about|\d)",
    re.I,
)


def _restates_work(text: str, slide: int, work: list[tuple[int | None, frozenset[str]]]) -> bool:
    """A line that says again, shorter, a piece of work the deck details on another slide:
    most of its words (two at least) are in that work's."""
    if _MEASURED_CHANGE.search(text):
        return False  # "KS2 reading: 67% to 80% by July 2031" is a goal wherever it stands
    said = content_stems(text)
    return any(
        where != slide and len(said & stems) >= max(2, -(-3 * len(said) // 5))
        for where, stems in work
    )


# A card's name before its work: "Policy: rewrite the ...", "Fair pay: Pay the ..."
_CARD_NAME = re.compile(r"^[A-Z][^:.;]{1,40}:\s+")


def _card_work(
    text: str,
    slide: int,
    work: list[tuple[int | None, frozenset[str]]],
    carded: set[tuple[int | None, str]],
) -> bool:
    """A card of work the deck plan read as an initiative on this same slide, with no measure
    and no date of its own: its name, then an imperative ("Records: record every tutor
    meeting in Unitas"), or its work drawn apart from its name ("Weigh and log food waste
    ...", the plan's "Count what we throw away: Weigh and log ..."), which names no year
    either. A dated or measured line may still be a goal ("Open the Hub to all students by
    February 2030"); a card that states an end state may be one ("Lights dimmed ...")."""
    if _MEASURED_CHANGE.search(text) or _BY_WHEN.search(text) or re.search(r"\d\s?%", text):
        return False
    if (
        (slide, _key(text)) in carded
        and opens_with_work(text)
        and not re.search(r"\b(?:19|20)\d\d\b|\bFY\s?\d", text)
    ):
        return True
    card = _CARD_NAME.match(text)
    body = text[card.end() :] if card else ""
    if not body or not opens_with_work(body[:1].upper() + body[1:]):
        return False  # (an imperative with no card's name may be the goal: "Become the ...")
    said = content_stems(text)
    return any(
        where == slide and len(said) >= 2 and len(said & stems) * 5 >= len(said) * 4
        for where, stems in work
    )


_RULED_OUT = re.compile(
    r"^\s*we\s+(?:will\s+not|won['’]t|shall\s+not|are\s+not\s+going\s+to)\b", re.I
)


_WHO_LEADS = re.compile(
    r"\b(?:will\s+(?:lead|own)|leads|owns)\s+(?:this|it|the\s+work|this\s+work)\W*$", re.I
)


def _only_measures(text: str, first: Kpi, second: Kpi) -> bool:
    """The sentence names the two rows' measures and little else (their figures, a date)."""
    bare = re.sub(rf"\b{timeline.MONTH}\b|\d[\d,.%]*", " ", text, flags=re.I)
    said = content_stems(bare) - content_stems(f"{first.metric} {second.metric}")
    return len(said) <= 3 and not _commits(text)


def _another_measure(first: Kpi, kpi: Kpi) -> bool:
    """A written goal already restated by one KPI row matches a second row of another measure
    ("we will know by driver turnover falling from 31% to 20% and tractor fuel economy rising
    from 8.1 to 8.9 mpg"): that row is a goal of its own, not the same one said again. (The
    same measure in a second table is the same goal.)"""
    a, b = content_stems(first.metric), content_stems(kpi.metric)
    return len(a & b) * 2 < min(len(a), len(b))


def find_visions(deck: Deck, *, threshold: float = 0.5, limit: int = 20) -> list[VisionDraft]:
    """Vision statements in deck order; near-duplicates (title repeated in body, PDF twins) kept once."""
    found: list[tuple[float, VisionDraft]] = []
    seen = _StemIndex()
    plan = read_deck_plan(deck)
    steps = Counter(
        c.source.slide or c.source.page for c in plan.commitments if c.kind in _ROADMAP_KINDS
    )
    pilot_slide = (plan.pilot.source.slide or plan.pilot.source.page) if plan.pilot else None
    phased = Counter(p.source.slide or p.source.page for p in plan.phases)
    # Work the deck names a lead for ("... DRI: Head of Scheduling") is work, not a goal.
    led = {
        (c.source.slide or c.source.page, _key(c.text))
        for c in plan.commitments
        if c.lead and c.kind == "initiative"
    }
    # ... and so is a step of the deck's first days or milestones that opens with a verb of
    # work, not of intent ("7. Publish all-inclusive prices on the website"; "Raise ..." stays
    # a goal). An initiative may be a goal said as work ("Run every new study under a
    # risk-based monitoring plan"): it is left to the goal's own signs.
    led |= {
        (c.source.slide or c.source.page, _key(c.text or c.title))
        for c in plan.commitments
        if c.kind == "milestone"
        and opens_with_work(c.title)
        and words(c.title)[0] not in INTENT_VERBS
    }
    # The deck's work in its own words ("Teach one phonics programme, Little Wandle, in all
    # eight primaries"): a summary page's short line that restates it ("One phonics programme
    # in all eight primaries") is that work, not a goal.
    work = [
        (c.source.slide or c.source.page, content_stems(c.text or c.title))
        for c in plan.commitments
        if c.kind in ("initiative", "phase_item", "milestone") and not _PART_TITLE.match(c.title)
    ]
    # The work of a card the deck plan named ("Count what we throw away: Weigh and log food
    # waste ..."), its name and its work drawn in two boxes: the work alone is no goal either.
    carded = {
        (c.source.slide or c.source.page, _key(m.string[m.end() :]))
        for c in plan.commitments
        if c.kind == "initiative" and (m := _CARD_NAME.match(c.text or c.title)) is not None
    }
    # A footer on most slides is no goal, whatever slide it is on; a north star a deck repeats
    # on its cover, its vision slide and its close (or as a slide's title) is still one.
    titles = {" ".join((u.title or "").split()) for u in deck.units}
    noise = boilerplate(deck, share=0.5, least=5) - titles
    summary: list[bool] = []  # per kept statement: found on a summary page
    # per kept statement: stems, figures, amounts
    told: list[tuple[frozenset[str], frozenset[str], frozenset[str]]] = []
    # statement -> (where it was said first, the slide of its own that restates it)
    made_on: dict[int, tuple[Source, Source]] = {}
    coded: dict[str, int] = {}  # a key result's code ("1.1") -> the statement kept for it
    # every line said on a slide that sums up nothing, and its slide: a summary page's goal
    # said first on such a slide is cited there ("Where we are going", then "OKRs on a page")
    said_before = _StemIndex()
    said_on: list[int] = []
    unsaid: list[tuple[int, str]] = []  # lines not indexed yet
    for unit in deck.units:
        if (
            unit.hidden
            or _divider(unit)
            or _GATE_TITLE.search(unit.title or "")
            and not _NAMES_GOALS.search(unit.title or "")
        ):
            continue  # (a page of gates holds what each gate is judged on, no goal)
        # the title, or a capitals eyebrow over it ("OKRS ON A PAGE"), says it sums up
        heads = [unit.title or "", *_eyebrows(unit)]
        if any(section("non_goals").search(h) for h in heads):
            continue  # "Non-goals", "What we will not do": left out on purpose, no goal
        summarised = any(_SUMMARY_PAGE.search(t) for t in heads)
        facts = _slide_facts(
            unit, steps[unit.number] >= 3 and not SECTION_HINTS.search(unit.title or "")
        )
        if not facts.work and (unit.number == pilot_slide or _enabler_list(unit, heads)):
            # the trial's slide: what it will try and test is its work; so is what a slide
            # of "What it takes" lists in imperatives (people, systems, skills it needs)
            facts = replace(facts, work=True)
        captions = _tile_captions(unit)
        candidates = _candidates(unit)
        numbered = _list_numbered(candidates)
        # A page of pledges ("We will add 120 sitting days ...", "We will scan every file
        # ..."): three or more lines of the deck's work in the first person are its
        # commitments, read by the deck plan, not its goals.
        pledges = {t for t, _ in candidates if we_will_work(t)}
        pledged = len(pledges) >= 3
        judged = False  # under a gate's or a trial's criteria, read out in the notes
        gated = False  # under a gate's head on the slide: what the gate is judged on
        scoped_out = False  # under a "Not in scope" head inside the slide: left out on purpose
        listed = False  # under the slide's "Initiatives" head: the deck's work, read by its plan
        piloted = False  # under a label naming the pilot ("THE PILOT"): the trial and its work
        risky = False  # under a paper's numbered heading of risks ("8. What could go wrong")
        marks = _marks(unit, summarised)
        # A slide that labels its goals ("Goal" over the pillar's two targets, "Headline goal"
        # on each card): its other prose, a tagline over the label or a card's description
        # under its goal, is no goal unless it measures something itself.
        # (a table's "Target" column marks no slide: its rows, and prose beside it, are read
        # as before)
        goal_labelled = any(
            _GOAL_LABEL.fullmatch(t.strip()) and b.kind is BlockKind.body for t, b in candidates
        )
        in_goals = measured_goal = one_goal = False
        if not summarised:
            unsaid.extend((unit.number, text) for text, _block in candidates)
        else:  # (indexed only when a summary page needs it: most decks have one or none)
            for number, text in unsaid:
                said_before.add(content_stems(text))
                said_on.append(number)
            unsaid.clear()
        for i, (text, block) in enumerate(candidates):
            code, labelled_goal = marks.get(text, (None, False))
            if (
                goal_labelled
                and block.kind is BlockKind.body
                and _GOAL_LABEL.fullmatch(text.strip())
            ):
                # "Goal" or "Headline goal" heads one goal (a line after it describes the
                # pillar); "Goals" or "Our targets:" head a list, every line a goal
                in_goals, measured_goal = True, False
                one_goal = not re.search(r"(?:goals|targets)\W*$", text.strip(), re.I)
                listed = False  # "What we will do" above it: the list of work ends here
                continue
            if goal_labelled and block.kind in (BlockKind.body, BlockKind.title):
                measured = bool(
                    _MEASURED_CHANGE.search(text)
                    or _BY_WHEN.search(text)
                    or _BY_YEAR_START.search(text)
                    or re.search(r"\d\s?%", text)
                )
                if not measured and (
                    _is_heading(text, words(text))
                    or section("work_list").match(text.strip())
                    or re.fullmatch(r"\W*\d{1,2}\W*", text)
                ):
                    # "What we will do", or the next card's number: the goals end there
                    in_goals = False
                elif _WHO_LINE.match(text):
                    in_goals = False  # "Lead on CLT: the Director of Resources": who, no goal
                    continue
                elif not (in_goals or measured or labelled_goal or code):
                    continue
                elif (
                    not in_goals
                    and opens_with_work(text)
                    and words(text)[0] not in ("become", "be", "remain", "stay", "achieve", "reach")
                    and not _MEASURED_CHANGE.search(text)
                ):
                    # "Close the highways line by September 2029" above the slide's "Goals":
                    # the pillar's work, dated, not one of its goals
                    continue
                elif _ALSO.match(text) or labelled_goal:
                    # "And: make the portal the front door ...", "Our ambition: ...": one more
                    # goal under the label, said in words
                    text, labelled_goal = _ALSO.sub("", text), True
                elif in_goals and not measured and measured_goal and one_goal:
                    in_goals = False  # a card's description after its measured goal
                    continue
                measured_goal = measured_goal or (in_goals and measured)
                # under "Goals", the deck says each line is one ("Make sure nobody is left
                # behind as our services move online")
                labelled_goal = labelled_goal or (
                    in_goals and not one_goal and not _GOAL_ASIDE.match(text)
                )
            if section("work_list").match(text.strip()):
                listed = True
            elif listed and _is_heading(text, words(text)) and not _LEAD_LABEL.match(text):
                listed = False  # the next head ("Key results") ends the list
            if _NUMBERED_HEAD.match(text) and len(words(text)) <= 8:
                # a paper's next numbered section starts on this page: risks hold no goals
                risky = bool(_RISK_TITLE.match(_NUMBERED_HEAD.sub("", text)))
            elif risky:
                continue  # "No site will go live between 15 October and 5 January, ..."
            if _pilot_label(text):
                piloted = True
                continue
            if piloted and len(words(text)) <= 6 and _ends_pilot(text):
                piloted = False  # "What success looks like": the trial's label ends at the next
            elif piloted and not (_MEASURED_CHANGE.search(text) and not _WE_WILL.search(text)):
                # "From April 2030 to March 2031 we will replace all 1,450 units", "A residents'
                # panel will meet every month": what the trial does, read by the deck plan
                continue
            if listed and not (
                _MEASURED_CHANGE.search(text)
                or _BY_WHEN.search(text)
                and not opens_with_work(_NUMBERED.sub("", text.lstrip("•▪–-* ")))
            ):
                # "Bring the C-checks into the Carrick hangar", "Put giving points at every
                # site by December 2029": work, dated or not ("Every school visiting by
                # 2031" under the list sets a date for an end state, and may be a goal)
                continue
            if block.kind is not BlockKind.notes:
                if section("non_goals").search(text) and len(words(text)) <= 8:
                    scoped_out = True  # "Not in scope for Seasons 14-22": the rest is left out
                if scoped_out:
                    continue
                if (
                    _phases._GATE_HEAD.match(text.strip())
                    and not _PER_CENT_NEXT.match(text.strip())
                    or _CRITERIA_HEAD.search(text.strip())
                ):
                    gated = True
                    continue
                if _ROADMAP_POINT.match(text.strip()):
                    continue
                if _MACHINERY.match(text.strip()) and not _MEASURED_CHANGE.search(text):
                    continue  # "Every pillar has one owner and ships on the season train"
                # (a phase's head ends the gate's criteria; a criterion about "Year 7" does not)
                if gated and not (_phases.PHASE_KEY.match(text.strip()) and len(words(text)) <= 6):
                    continue  # "Drone inspections flown at all four farms": a gate's criterion
                gated = False
                if _phases._dates_only(text, plan.start_year) and len(words(text)) <= 12:
                    continue  # "Seasons 14 and 15, 2 March to 24 May 2027": only when
                staged = re.sub(r"^[^:·]{1,30}:\s+(?=\S+\s+\d)", "", text.strip())
                if _phases._stage_of(staged, plan.start_year) is not None:
                    continue  # "Trains 3-4 · Prove it · 5 June to 20 October 2028": a phase
                if timeline.sets_clock(text):
                    continue  # "Our year runs July to June; M1 = July": the deck's clock
            if block.kind is BlockKind.notes:
                if _CRITERIA_INTRO.search(text):
                    judged = True
                    continue
                if judged:
                    continue  # "Every arranger trained by October 2028": what the trial is judged on
            if text in captions:
                continue  # a big number's label or caption; the tile itself is read as a KPI
            if UNSET_VALUE.match(text):
                continue  # "To be set in 2028-29": a value still to come, in its table
            if _RULED_OUT.match(text):
                continue  # "We will not close any fire station": a boundary, not a goal
            if _WHO_LEADS.search(text) and len(words(text)) <= 12:
                continue  # "The Damp and Mould Lead will lead this.": who leads the work above
            if (
                pledged
                and text in pledges
                or (unit.number, _key(without_lead(_NUMBERED.sub("", text)))) in led
                and not _MEASURED_CHANGE.search(text)
            ):
                continue  # (a goal with its owner under it, "from 14% to 9%", stays a goal)
            if (
                # (a dated pledge, "By March 2030, we will fix every visible leak ...", may
                # be a goal: its own signs decide)
                not (
                    _BY_YEAR_START.search(text)
                    or _BY_WHEN.search(text)
                    or _MEASURED_CHANGE.search(text)
                )
                and not re.search(r"\d\s?%", text)
                and _PLACE_LEAD.match(text)
                and pledge_after_lead(text) is not None
            ):
                continue  # "On the road, we will require every carrier to ...": prose work
            if summarised and _restates_work(text, unit.number, work):
                continue  # "Daily catch-up for every Year 1 and 2 child who falls behind"
            if _card_work(text, unit.number, work, carded):
                continue  # "Records: record every tutor meeting in Unitas": a pillar's work
            if section("work_list").match(text.strip()) or _LEAD_LABEL.match(text):
                continue  # "Initiatives (what we commit to do)", "DRI: Commercial Director"
            if (
                _WH_LABEL.match(text)
                and len(words(text)) <= 12
                and "%" not in text
                # "Our goal ...: when we tell a customer a date, ...": the label ran into it
                and not (labelled_goal and text[:1].islower())
            ):
                continue  # "What that means by the end of 2029": it heads the goals, is none
            if " ".join(text.split()).strip(" •▪·–—-*") in noise or _TODAY_LINE.match(text):
                continue  # a footer; "Today the certificate allows 16,900": where we start
            if not _FIGURES_AND_DATES.sub(" ", text).split() or _TILE_RUN.match(text):
                # "14 4 82% 92% by December 2030": tiles' figures, their labels apart; "60 hrs
                # +30% 9,000 85% a week at every ...": a row of tiles a PDF ran together
                continue
            if section("about").match(text.strip()):
                continue  # "Four moments this plan is about": it heads the plan's scenarios
            if (
                i
                and _PHASE_NUMBER.fullmatch(candidates[i - 1][0].strip())
                and len(words(text)) <= 8
                and not re.search(r"\d", text)
            ):
                continue  # "Phase 2" over "Prove it in one area": a phase named on its strip
            if block.kind is BlockKind.title and (
                phased[unit.number]
                or ((part := _PART_TITLE.match(text)) and not re.search(r"\d", text[part.end() :]))
            ):
                # the title of a slide that lays out phases ("Crawl, walk, run: two years ..."),
                # or of one that details the plan's parts ("Levers A and B: the scope is fixed")
                continue
            score = _score(text, unit, block, facts)
            if labelled_goal and (score > 0 or not opens_with_work(text)) and len(words(text)) >= 5:
                # "OUR AIM The airline ...": the deck says it is one, on a page of work too
                # (a key result that is work, "KR1.2: Publish online prices", stays work)
                # ... and ranks with the goals written out when the cap bites: the deck named it
                score = max(score, threshold + 0.5)
            if score < threshold:
                continue
            # "2. Every child: ...": a list's number is no part of the goal
            if i in numbered:
                text = _BARE_NUMBER.sub("", text)
            text = _canonical(_NUMBERED.sub("", text).rstrip(".;"))
            card = _card_name(candidates, i, unit)
            if card in plan.leads:
                card = None  # the lead named over a line of work is no card's name
            if card and pattern("before_state").match(card):
                continue  # under "Now" or "Today": what is left behind, no goal
            if (
                _under_after_state(candidates, i)
                and opens_with_work(text)
                and not _MEASURED_CHANGE.search(text)
            ):
                continue  # under "Next": an end state is a goal, an imperative the work to it
            if card and not text.lower().startswith(card.lower()):
                text = f"{card}: {text}"
            # (an aside says no more of the goal: "(stretch: 80%)", "- down from 9 hours")
            core = _GOAL_ASIDES.sub("", text)
            stems, figures, amounts = content_stems(core), _figures(core), _amounts(core)
            # "1.1 On-time departures ..." on the page of OKRs, then "KR1.1 Departures ..."
            twin = coded.get(code) if code is not None else None
            by_code = twin is not None
            if twin is None:
                twin = seen.near(stems, 0.7)
            if twin is None:
                twin = _restated(stems, figures, amounts, told)
            if twin is not None:
                first = found[twin][1]
                # Said first on the summary page, then on its own slide: that slide is where the
                # deck makes the goal ("Strategy on a page", then "Our promise"), unless the
                # summary says it all, where it starts, where it ends and by when ("Weekly
                # journeys: 391,000 to 450,000 by Q4 2029"). (Read before the text below is
                # replaced by the key result's own.)
                moves = (
                    summary[twin]
                    and not summarised
                    and id(first) not in made_on
                    and not (_MEASURED_CHANGE.search(first.text) and has_deadline(first.text))
                )
                if by_code and summary[twin] and not summarised:
                    # the key result in full where its objective sets it (its baseline, its
                    # date), not the page's short form of it
                    first.text = text
                here = _source(deck, unit)
                if (
                    figures & _figures(first.text)
                    and here != first.source
                    and here not in first.also_stated
                ):
                    # a measured goal said again on another slide ("Grow zero-emission buses
                    # from 13 to 45 ..." on the objective's own page): the work there serves it
                    first.also_stated = [*first.also_stated, here]
                if moves:
                    made_on[id(first)] = (first.source, here)
                continue
            if code is not None:
                coded.setdefault(code, len(found))
            seen.add(stems)
            told.append((stems, figures, amounts))
            summary.append(summarised)
            found.append(
                (
                    score,
                    VisionDraft(
                        text=text,
                        source=_said_first(deck, unit, stems, summarised, said_before, said_on),
                        evidence=block.kind.value,
                    ),
                )
            )
    # KPI table rows (flattened ones in a PDF too) and target tiles are goals, unless they restate a
    # goal the deck already wrote out. They rank below written-out statements when the cap bites:
    # a table restates, a sentence commits.
    # A written goal restates a KPI only when it is itself measurable (it carries a number) and
    # shares a figure with the row: "half of simple claims settled on the day" is another target
    # than the row "average days to settle a simple claim: 19 -> 7", though the words overlap.
    # So is one that names the same measure with the same figures ("OEE 61% -> 75%" beside the
    # table row "Overall equipment effectiveness (OEE) from 61% to 75%").
    stated = [
        (content_stems(d.text), _figures(d.text), _amounts(d.text), d)
        for _, d in found
        # ("Every harvest shift crewed by trained staff": all of them, for a row at 100%)
        if re.search(r"\d", d.text) or _EVERY.search(d.text)
    ]
    kpis = plan.kpis
    rows = Counter(k.source.slide or k.source.page for k in kpis)
    formal: dict[int, tuple[int, VisionDraft, Kpi]] = {}  # draft -> its largest table's row
    backed: dict[int, float] = {}  # draft -> the rank of the KPI rows that restate it
    backers: dict[int, Kpi] = {}  # draft -> the first KPI row that restates it
    split: dict[int, VisionDraft] = {}  # drafts that ran two rows' measures together
    committed: dict[int, tuple[VisionDraft, Kpi]] = {}  # a sentence that commits -> its row
    for kpi in kpis:
        name = content_stems(kpi.metric)
        figures = _figures(f"{kpi.target} {kpi.baseline or ''}")
        # A tile's target, restated by a line that gives no baseline ("7:00" min:s is 7 minutes):
        # a tile shows where a goal ends, its baseline in small type. A table row that a line
        # restates with its target only may be another goal ("92 of every 100 smolts ...").
        target = _figures(re.sub(r":00\b", "", kpi.target)) if kpi.tile else frozenset()
        aim = _amounts(kpi.target)
        share = _share(kpi)
        named = _figures(kpi.metric)  # figures in the measure's own name ("Category 2 ...")
        same = next(
            (
                d
                for s, f, a, d in stated
                if (
                    len(name & s) >= max(2, -(-4 * len(name) // 5)) and (not figures or figures & f)
                )
                or (name & s and figures and figures <= f)
                or (
                    len(name & s) >= max(2, -(-len(name) // 2))
                    and target
                    and target <= a <= target | named  # no other measure's
                )
                # a row's target restated with most of its measure's words ("Bring 20,000 ha
                # of wilding conifers under control" and the row "Wilding conifer area under
                # control: 8,200 ha -> 20,000 ha")
                or (
                    len(name & s) >= max(3, -(-len(name) // 2))
                    # (at most two of its words unsaid: not another measure; "givers" is
                    # "giving". Two may still be another channel's: "on the mobile app monthly"
                    # beside "in our stores each week" is read as that row.)
                    and len({x for x in name - s if x[:-2] not in s and x[:-1] not in s}) <= 2
                    and aim
                    and aim <= a <= aim | named
                )
                # the row's change said as a share ("Use 15% less energy per tonne" and the
                # row "Energy per tonne: 1.38 -> 1.17 MWh/t")
                or (
                    len(name & s) >= max(2, -(-len(name) // 2))
                    and share is not None
                    and a == {share}
                    and _CHANGE_WORD.search(d.text) is not None
                )
                # the row's change said as an amount ("2,000 more adults learning in community
                # venues" and the row "Adults learning in community venues: 4,300 -> 6,300")
                or (
                    len(name & s) >= max(2, -(-2 * len(name) // 3))
                    and (delta := _delta(kpi)) is not None
                    and delta in a
                    and _MORE_WORD.search(d.text) is not None
                )
                # "every" for a row whose target is all of them ("Run every batch on electronic
                # logsheets" and the row "Batches on electronic logsheets: 0% -> 100%")
                or (
                    len(name & s) >= max(2, -(-4 * len(name) // 5))
                    and not a
                    and aim == {"100"}
                    and _EVERY.search(d.text) is not None
                )
            ),
            None,
        )
        earlier = backers.get(id(same)) if same is not None else None
        joined: VisionDraft | None = None
        if earlier is not None and not kpi.tile and _another_measure(earlier, kpi):
            # a goal that names two rows' measures and says nothing else ("40% of repeat
            # orders on the app and 98% of deliveries made first time") runs them together:
            # each row is a goal of its own, the sentence where each was also stated. One that
            # says more ("If drivers get rotas they can plan a life around, then ... we will know
            # by driver turnover ... and fuel economy ...") stays, and restates the first.
            if same is not None and not earlier.tile and _only_measures(same.text, earlier, kpi):
                joined = same
                split[id(joined)] = joined
            same = None
        if same is not None:
            backers.setdefault(id(same), kpi)
            # the table backs the written goal: it ranks as the row would when the cap bites
            backed[id(same)] = max(backed.get(id(same), 0.0), _kpi_rank(kpi))
            if same.evidence in ("table", "tile"):
                continue
            if _commits(same.text):
                committed.setdefault(id(same), (same, kpi))
            else:
                # A measure line a pillar slide shows ("OEE 61% -> 75% by Q4 2029") is set
                # formally in the KPI table or on its tiles (baseline, target, by when
                # together): the goal cites that row or tile (of the slide that sets most
                # measures when several restate it), and keeps the line that showed it first.
                # A sentence that commits ("Raise online scheduling to 50%") is read below.
                size = rows[kpi.source.slide or kpi.source.page]
                if size > formal.get(id(same), (0, same, kpi))[0]:
                    formal[id(same)] = (size, same, kpi)
            continue
        draft = VisionDraft(
            text=kpi.statement or f"{kpi.metric}: {kpi.target}",
            source=kpi.source,
            evidence="tile" if kpi.tile else "table",
            also_stated=[*kpi.also, *([joined.source] if joined is not None else [])],
            measure=_measure(kpi),
        )
        found.append((_kpi_rank(kpi), draft))
    for key, both in split.items():
        row = backers[key]
        draft = VisionDraft(
            text=row.statement or f"{row.metric}: {row.target}",
            source=row.source,
            evidence="table",
            also_stated=[*row.also, both.source],
            measure=_measure(row),
        )
        found = [(s, d) for s, d in found if d is not both] + [(_kpi_rank(row), draft)]
        formal.pop(key, None)
        backed.pop(key, None)
    found = [(max(score, backed.get(id(d), 0.0)), d) for score, d in found]
    # A goal is cited where the deck states it most completely. A commitment that says by when
    # is cited where it was made ("Raise online scheduling to 50% by June 2027", its pillar's
    # slide). One the KPI table completes with its date ("Bring 20,000 ha of wilding conifers
    # under control", the row: "8,200 ha -> 20,000 ha by 2031/32") cites the row; so does a
    # page that states three or more goals the table sets out, as commitments or as measure
    # lines ("Our ambition: cut cycle time by 25%, 92% right first time, 15% less energy"),
    # which sums the table up.
    per_unit = Counter(
        d.source.slide or d.source.page
        for d, _ in [*committed.values(), *((d, r) for _, d, r in formal.values())]
    )
    placed: dict[int, int | None] = {}  # a goal moved to its row keeps its place (and id)
    for key, (draft, row) in committed.items():
        made = draft.source.slide or draft.source.page
        if key in split or (row.source.slide or row.source.page) == made:
            continue
        completes = not has_deadline(draft.text) and has_deadline(f"{row.target} by {row.by or ''}")
        if per_unit[made] >= 3 or completes:
            formal.setdefault(key, (0, draft, row))
            placed[key] = made
    for _size, draft, row in formal.values():
        _cite(draft, row.source)
        backers[id(draft)] = row
    for _, draft in found:  # a goal a KPI row or tile backs is measured by it
        if draft.measure is None and (backer := backers.get(id(draft))) is not None:
            draft.measure = _measure(backer)
    order = {u.number: i for i, u in enumerate(deck.units)}
    found.sort(
        key=lambda f: order.get(
            placed.get(id(f[1])) or f[1].source.slide or f[1].source.page or 0, 0
        )
    )
    if len(found) > limit:  # keep the strongest, then restore deck order
        keep = {id(d) for _, d in sorted(found, key=lambda x: -x[0])[:limit]}
        found = [(s, d) for s, d in found if id(d) in keep]
    for _, draft in found:
        said, own = made_on.get(id(draft), (None, None))
        if own is not None and draft.source == said:  # (a KPI table's row may cite it instead)
            _cite(draft, own)
    return [d for _, d in found]
