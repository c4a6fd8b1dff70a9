"""Deterministic vagueness detector: is a goal statement executable as written?

A goal is executable when it names **what will change** (a metric, or a concrete,
checkable deliverable), the **target value**, and **by when**. Owner and audience
strengthen a goal; buzzwords and universal scope are warnings; a vanity metric
(clicks, impressions, followers ...) on its own does not count as a metric. This
is the rule ``evals/vagueness/LABELLING.md`` labels by.

``assess(text, org)`` returns the ``vagueness`` object of plan.json: ``vague``,
``score`` (0..1, ``vague`` is ``score >= VAGUE_THRESHOLD``), ``reasons`` (code,
message, and the words that triggered it as evidence), one question per missing
element, and a suggested rewrite that keeps the statement's own words and fills
placeholders. ``naive_assess(text)`` is the buzzword-list-only baseline.

Offline and deterministic: regular expressions and small lexicons, no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from schemas.context import OrgContext
from schemas.plan import Vagueness, VaguenessReason

__all__ = [
    "VAGUE_THRESHOLD",
    "WEIGHTS",
    "Signals",
    "assess",
    "naive_assess",
    "signals",
]

# --------------------------------------------------------------------------- weights
#: Score contribution per reason. Each missing core element (metric, target,
#: deadline) or a vanity-only metric reaches the threshold on its own; the soft
#: reasons together stay below it, so buzzwords alone never make a complete goal vague.
WEIGHTS: dict[str, float] = {
    "no_metric": 0.35,
    "vanity_metric": 0.35,
    "no_target": 0.3,
    "no_deadline": 0.3,
    "buzzword": 0.08,  # per distinct buzzword, at most two counted
    "universal_scope": 0.06,
    "no_audience": 0.04,
    "no_owner": 0.02,
}
VAGUE_THRESHOLD = 0.3
_CORE = ("no_metric", "vanity_metric", "no_target", "no_deadline")

_F = re.IGNORECASE

# --------------------------------------------------------------------------- lexicons
BUZZWORDS = re.compile(
    r"\b(?:seamless(?:ly)?|world[- ]class|world[- ]leading|best[- ]in[- ]class|delight(?:s|ed|ing|ful)?"
    r"|leverag(?:e|es|ed|ing)|synerg(?:y|ies|istic)|transform(?:s|ed|ing|ation|ational|ative)?"
    r"|innovat(?:e|ive|ion|ions)|cutting[- ]edge|bleeding[- ]edge|state[- ]of[- ]the[- ]art|holistic"
    r"|next[- ]gen(?:eration)?|omni-?channel(?: excellence)?|(?:operational )?excellence"
    r"|empower(?:s|ed|ing|ment)?|harness(?:es|ing)?(?: the power of)?|effortless(?:ly)?|frictionless"
    r"|unforgettable|step[- ]change|agil(?:e|ity)|streamlin(?:e|ed|ing)|game[- ]chang(?:er|ing)"
    r"|disrupt(?:ive|ion)|paradigm(?: shift)?|reimagin(?:e|ed|ing)|future[- ]proof|supercharg(?:e|ed)"
    r"|unlock(?:s|ing)?|customer[- ]centric|(?:patient|student|citizen|customer)[- ]cent(?:red|ered)"
    r"|digital[- ]first|industry 4\.0|smart factor(?:y|ies)|second to none|above and beyond"
    r"|thought leader(?:ship)?|360[- ]degree)\b",
    _F,
)

UNIVERSAL = re.compile(
    r"\b(?:every(?:one|thing|where|body)?(?:'s)?|wherever|whenever|across the board"
    r"|across the whole(?: \w+)?|the whole (?:system|organi[sz]ation|company|business|university|enterprise)"
    r"|(?<!at )(?<!above )all(?! the way)(?:[- ](?:channels|touchpoints|segments|customers|stakeholders))?)\b",
    _F,
)

# Vanity metrics: attention and activity counts. "Visits" and "views" only when the
# words around them make them web/app/social traffic (telehealth visits are care).
VANITY = re.compile(
    r"(?:\b(?:the )?(?:number|count) of (?=(?:[\w-]+ ){0,2}(?:followers|likes|clicks|downloads|impressions|views|visits|subscribers|log-?ins)\b))?"
    r"(?:\b(?:page|video|profile|post|story)[- ]?views?\b|\bclicks?(?:[- ]through)?\b(?! rate)"
    r"|\bclick[- ]through rates?\b|\bimpressions\b|\bfollowers\b|\blikes\b|\bdownloads\b"
    r"|\b(?:e-?mail |newsletter )?open rates?\b|\blog-?ins\b|\bsubscribers\b|\bshares\b|\bretweets\b"
    r"|\b(?:web ?site|web|blog|site|page|portal|online|app) (?:visits|visitors|traffic|sessions)\b"
    r"|\b(?:visits|visitors|traffic) to (?:the |our )?(?:[\w-]+ ){0,2}(?:web ?site|site|blog|portal|page)s?\b"
    r"|\b(?:web|site) traffic\b|\bsocial (?:media )?(?:reach|mentions|engagement)\b|\bviews\b)",
    _F,
)

# Measures that sound like metrics but are undefined until someone defines them.
UNDEFINED_MEASURES = re.compile(
    r"\b(?:engagement|experience|loyalty(?! members?| program)|outcomes|relationships?|excellence"
    r"|culture|trust(?:ed)?|awareness|brand|value(?! per| chain| proposition)|impact|presence|growth|success)\b",
    _F,
)

_TIME_WORDS = (
    r"wait(?:ing)?|handle|handling|lead|turnaround|response|processing|resolution|decision|queue"
    r"|cycle|delivery|transit|setup|onboarding|approval|average|median|mean|call|hold|dwell|door-to-\w+"
)
METRICS = re.compile(
    r"\b(?:(?:[\w-]+[- ])?rates?|conversion|retention|churn|attrition|turnover|revenue|sales|income"
    r"|profit(?:ability)?|margins?|EBITDA|costs?|cost[- ]to[- ]\w+|spend per \w+|prices?"
    r"|(?:" + _TIME_WORDS + r")[- ]times?|time[- ]to[- ][\w-]+|time from|time to \w+|turnaround"
    r"|backlog|share|penetration|NPS|net promoter score|CSAT|satisfaction|scores?|ratings?"
    r"|readmissions?|denials?|no-shows?|occupancy|RevPAR|ADR|ARR|MRR|NRR|ARPU|AOV|LTV|CLV|CAC"
    r"|order value|lifetime value|net revenue retention|yield|(?:overall )?equipment effectiveness|OEE"
    r"|scrap|downtime|uptime|emissions|injur(?:y|ies)|incidents|claims|resolution|balances|deposits"
    r"|losses|ratio|enrol(?:l)?ments?|graduation|absenteeism|attendance|proficiency|funding|waste"
    r"|complaints|errors|defects|availability|days in accounts receivable|DSO|adoption|activation"
    r"|completion|coverage|proportion|percentage|number of|volume|uptake|consumption|productivity"
    r"|utili[sz]ation|throughput|on-time(?:-in-full)?|OTIF|abandonment|repeat[- ](?:purchases?|stays|visits)"
    r"|stays|active users|users|visits|logos|bookings|appointments|applications|referrals|renewals"
    r"|out-of-stocks?|stockouts?|backorders|sign-ups|signups|registrations? rate|headcount|vacancies"
    r"|wait(?:ing)? lists?|cover|baseline|KPI)\b",
    _F,
)

# Words that make a count a structural aside, not a target ("three priorities").
_STRUCTURAL = re.compile(
    r"^(?:priorities|pillars|goals|themes|areas|objectives|things|ways|steps|principles|commitments"
    r"|horizons|phases|values|strategic|key|big|bold|focus|main|core)\b",
    _F,
)
_FUNCTION_WORDS = (
    r"(?:by|to|for|in|on|at|and|or|with|from|per|a|an|of|the|this|that|each|every|across|through"
    r"|within|will|is|are|was|were|than|over|under|into|as|while|so)"
)

DELIVERABLE = re.compile(
    r"\b(?:open(?:s|ing)?|launch(?:es|ing)?|roll(?:s|ing)? out|complete(?:s)?|commission(?:s)?"
    r"|migrat(?:e|es|ion)|deploy(?:s)?|implement(?:s)?|go(?:es)? live|retire(?:s)?|decommission(?:s)?"
    r"|certif(?:y|ied|ication)|accreditation|sign(?:s)?|hire(?:s)?|offer(?:s)?|introduce(?:s)?"
    r"|ship(?:s)?|replace(?:s)?|consolidate(?:s)?)\b",
    _F,
)
_INPUT_VERBS = re.compile(
    r"\b(?:invest(?:s|ing|ment of)?|spend(?:s|ing)?|allocat(?:e|es|ing)|budget(?:s|ing)?|commit(?:s|ting)?)\b"
    r"(?:\s+\w+){0,2}\s*$",
    _F,
)

POPULATION = (
    r"customers?|clients?|patients?|members?|guests?|students?|learners?|shoppers?|buyers?|users?"
    r"|citizens?|residents?|travell?ers?|homebuyers?|families|households?|consumers?|visitors?|parents?"
    r"|graduates?|applicants?|borrowers?|depositors?|donors?|people|businesses|accounts|admins"
    r"|physicians|employers"
)
_POPULATION_RE = re.compile(rf"\b({POPULATION})\b", _F)
_GENERIC_BEFORE = {
    "our", "the", "all", "every", "each", "more", "their", "its", "your", "my", "these", "those",
    "of", "for", "to", "and", "with", "a", "an", "many", "most", "some", "other", "delight",
    "serve", "help", "putting", "puts", "put", "us", "we", "existing", "current", "loved",
}  # fmt: skip
_NAMED_SEGMENT = re.compile(
    r"\b(?:gen ?[zy]|millennials|boomers|(?:small|mid-size|medium)[- ]business(?:es)?|smb|smes?"
    r"|enterprise|first[- ](?:time|year|generation)|under-\d+|over-\d+|\d+\+|premier|wealth|affluent"
    r"|high[- ]value|new-to-\w+|lapsed|at-risk|pell-eligible|transfer[- ]students?|adult learners?"
    r"|business travell?ers?|loyalty[- ]members?|modern families|segment)\b",
    _F,
)
_PEOPLE_FACING = re.compile(
    r"\b(?:experiences?|journeys?|touchpoints?|engagement|loyalty|lov(?:e|ed)|personali[sz]ed"
    r"|hospitality|public services|check-in)\b",
    _F,
)

_ROLE_WORDS = re.compile(
    r"\b(?:(?:the|our|a)\s+(?:[A-Za-z&-]+\s+){0,3}(?:team|department|office|service|unit|function"
    r"|division|committee|board|squad|desk|group|programme|program)|[A-Za-z&-]+-(?:team|office)"
    r"|chief [a-z]+ officer|C[EFMIOTD]O|CHRO|VP(?: of)?(?: [A-Z][\w&-]*)+|vice president|(?:managing )?director"
    r"|head of [a-z][\w -]{2,30}?|manager|owner|officer|lead(?= [a-z])?(?!ing|ers?)|sponsor|dean|provost"
    r"|principal|superintendent|commissioner|controller|treasurer)\b",
    re.IGNORECASE,
)

_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty"
    r"|thirty|forty|fifty|a dozen|a hundred"
)
_PERIOD_UNITS = r"days?|weeks?|months?|quarters?|years?|semesters?|terms?"
DEADLINES = re.compile(
    r"(?:"
    rf"\b(?:by|in|until|before|through|from|during|for|of|end of|start of)\s+(?:the\s+)?(?:end\s+of\s+)?(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d{{2}})?\b"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}\b"
    rf"|\b(?:{_MONTHS})\.?\s+(?:19|20)\d{{2}}\b"
    r"|\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b"
    r"|\b[QH][1-4](?:\s*(?:FY\s?'?\d{2,4}|(?:19|20)\d{2}|'\d{2}))?\b"
    r"|\bFY\s?'?\d{2}(?:\d{2})?(?:[-/]\d{2})?\b|\bfiscal(?: year)?\s+(?:19|20)\d{2}\b"
    r"|\b(?:19|20)\d{2}\s?[-/\u2013]\s?\d{2}\b"
    r"|\b(?:19|20)\d{2}\b(?!\s+(?:baseline|levels?|figures|results|benchmark)\b)"
    rf"|\b(?:within|in|over|during)\s+(?:the\s+)?(?:next\s+|first\s+|coming\s+)?(?:\d+|{_NUMBER_WORDS}|a|one)\s+(?:{_PERIOD_UNITS})\b"
    rf"|\b(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+)?(?:this|next|the)\s+(?:calendar |fiscal |financial |academic |school )?(?:year|quarter|month|semester|term)\b"
    r"|\b(?:this|next)\s+(?:calendar |fiscal |financial |academic |school )?(?:year|quarter|month|semester|term)\b(?!\s+(?:over|on))"
    r"|\b(?:by\s+)?year[- ]end\b|\bend of (?:the )?(?:year|quarter|month|semester|term)\b"
    r")",
    re.IGNORECASE,
)
# Month names are capitalised; "may"/"march" in lower case are verbs. The pattern above
# is case-insensitive for the prepositions, so month hits are re-checked below.
_MONTH_CAP = re.compile(rf"\b(?:{_MONTHS})\b")
_MONTH_ANY = re.compile(rf"\b(?:{_MONTHS})\b", _F)

_NUMBER = re.compile(
    r"(?<![\w.$€£+])(?P<num>[$€£]?\+?\d[\d,]*(?:\.\d+)?)"
    r"(?P<suffix>\s?(?:%|percent\b|percentage points?\b|points?\b|pts\b|bps\b|basis points\b"
    r"|[kKmMbB]\b|bn\b|million\b|billion\b|thousand\b|x\b|×))?"
    rf"|\b(?P<word>{_NUMBER_WORDS})\b(?=\s+[a-z])"
)
_MULTIPLIER = re.compile(
    r"\b(?:double|doubles|doubling|halve|halves|halving|triple|tripling|quadruple|two-fold|three-fold"
    r"|\d+x|zero|top[- ]\d+|no more than|at least|at most|fewer than|under|below|above|over|less than)\b",
    _F,
)
_FROM_TO = re.compile(
    r"\bfrom\s+[$€£]?\d[\d,.]*\s?\S*\s+(?:\S+\s+){0,3}?to\s+[$€£]?\d[\d,.]*\s?\S*"
    r"|[$€£]?\d[\d,.]*\s?[%MBk]?\s*(?:\([^)]*\)\s*)?(?:->|→|–>|=>)\s*[$€£]?\d[\d,.]*\s?[%MBk]?",
    _F,
)
_IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?:line|scope|category|level|tier|phase|wave|gen|industry|grade|type|soc|iso|kr|objective"
    r"|ward|district|route|building|site|plant|unit|step|version|v|p|and|or)\s*|[A-Za-z]-?)$",
    _F,
)
_DESCRIPTIVE_BEFORE = re.compile(
    r"(?:\b(?:our|with|scale of|portfolio of|network of|family of|operating in|serving|employs|employing"
    r"|all|over|nearly|almost|some|more than|than)\s+(?:more than\s+|over\s+|nearly\s+|some\s+)?)$",
    _F,
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
_ABBREV_END = re.compile(r"(?:\b[A-Z]\.|\b(?:e\.g|i\.e|etc|vs|approx|no|inc|co|st)\.)$", _F)
_INTENT = re.compile(
    r"\b(?:will|shall|aim|aims|ambition|goal|goals|target|targets|priorit\w*|vision|mission|plan|plans"
    r"|commit\w*|objective|strategy|intend|want to|must|need to|should|KR\d*|O\d*)\b|^\s*(?:KR|O)\d*\s*:",
    _F,
)
_STATEMENT_VERB = re.compile(
    r"^\s*(?:[A-Z]+\d*:\s*)?(?:increase|reduce|cut|grow|raise|lift|lower|improve|decrease|deliver|become"
    r"|be|make|achieve|reach|hit|drive|build|create|expand|launch|open|deepen|win|put|provide|enhance"
    r"|foster|strengthen|tackle|harness|leverage|transform|empower|delight|double|halve|halt|move|get"
    r"|plant|enroll|enrol|secure|sign|land|ship|scale|bring|boost|complete|commission|roll|answer"
    r"|onboard|have|let|streamline|modernize|modernise)\b",
    _F,
)


# --------------------------------------------------------------------------- signals
@dataclass
class Signals:
    """What the detector found, with the words that triggered each finding."""

    goal_text: str
    deadlines: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    metrics: list[str] = field(default_factory=list)
    vanity: list[str] = field(default_factory=list)
    undefined: list[str] = field(default_factory=list)
    buzzwords: list[str] = field(default_factory=list)
    universal: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    audiences: list[str] = field(default_factory=list)
    generic_audience: list[str] = field(default_factory=list)
    people_facing: list[str] = field(default_factory=list)
    deliverable: str | None = None
    descriptive_numbers: list[str] = field(default_factory=list)

    @property
    def has_metric(self) -> bool:
        return bool(self.metrics) or self.deliverable is not None

    @property
    def has_target(self) -> bool:
        return bool(self.targets) or self.deliverable is not None

    @property
    def vanity_only(self) -> bool:
        return bool(self.vanity) and not self.has_metric


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = item.casefold().strip()
        if key and key not in seen:
            seen.add(key)
            out.append(item.strip())
    return out


def _split_sentences(text: str) -> list[str]:
    parts: list[str] = []
    for line in re.split(r"[\n\r\u2022]+", text):
        line = " ".join(line.split())
        if not line:
            continue
        buf = ""
        for piece in _SENTENCE_SPLIT.split(line):
            buf = f"{buf} {piece}".strip() if buf else piece
            if not _ABBREV_END.search(buf):
                parts.append(buf)
                buf = ""
        if buf:
            parts.append(buf)
    return parts


def _goal_text(text: str) -> str:
    """The sentences that state intent; context sentences (statistics, history) are dropped."""
    sents = _split_sentences(text)
    if len(sents) <= 1:
        return " ".join(text.split())
    goal = [
        s
        for s in sents
        if _INTENT.search(s) or _STATEMENT_VERB.search(s) or _find_deadlines(s)[0]
    ]
    return " ".join(goal or sents)


def _find_deadlines(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    found: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in DEADLINES.finditer(text):
        words = m.group(0)
        month = _MONTH_ANY.search(words)
        if month and not _MONTH_CAP.search(words):
            continue  # "may", "march" as verbs
        if month and month.group(0) in {"May", "March"} and not re.search(
            r"\d|\b(?:by|in|until|before|through|from|during|end of)\b", words, _F
        ):
            continue
        if re.fullmatch(r"(?:19|20)\d{2}", words) and re.search(
            r"\b(?:since|last|past|in a year of)\s+$", text[max(0, m.start() - 20) : m.start()], _F
        ):
            continue
        found.append(words.strip())
        spans.append(m.span())
    return found, spans


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            chars[i] = " "
    return "".join(chars)


def _classify_numbers(
    text: str, blocked: list[tuple[int, int]]
) -> tuple[list[str], list[str], list[tuple[int, int]], list[str]]:
    """Split the numbers into targets and descriptive numbers (size, history).

    Returns (targets, descriptive, descriptive_spans, count_nouns): count_nouns are
    the nouns a target counts ("two new clinics" -> "new clinics").
    """
    targets: list[str] = []
    descriptive: list[str] = []
    desc_spans: list[tuple[int, int]] = []
    count_nouns: list[str] = []
    last_desc_end = -1
    for m in _NUMBER.finditer(text):
        span = m.span()
        if _overlaps(span, blocked):
            continue
        raw = m.group(0)
        before = text[max(0, span[0] - 40) : span[0]]
        after = text[span[1] : span[1] + 40]
        num = m.group("num") or ""
        if num and re.fullmatch(r"(?:19|20)\d{2}", num) and not m.group("suffix"):
            continue  # a year outside a deadline: a baseline year, "the 2028 rankings"
        if re.match(r"^(?:-[A-Za-z]|st\b|nd\b|rd\b|th\b|\.\d)", after):
            continue  # "30-day readmissions", "21st century", "Industry 4.0"
        if num and _IDENTIFIER_BEFORE.search(before) and not m.group("suffix"):
            if re.search(r"\b(?:and|or)\s*$", before, _F):
                if not re.search(r"\b(?:line|scope|category|level|tier|phase|type)\s+\d+\s+(?:and|or)\s*$", before, _F):
                    pass  # "x and 5 days" is a normal number; fall through
                else:
                    continue
            else:
                continue
        # past results in a "with X up N%" clause, and sizes: "our 14,000 caregivers"
        is_desc = bool(_DESCRIPTIVE_BEFORE.search(before))
        if not is_desc and re.search(r"\bwith\s+(?:[\w-]+\s+){1,3}(?:up|down)\s+$", before, _F):
            is_desc = True
        if not is_desc and re.search(r"^\s*(?:-?year-old|years? old)\b", after, _F):
            is_desc = True
        if (
            not is_desc
            and last_desc_end >= 0
            and span[0] - last_desc_end < 60
            and re.fullmatch(
                r"[\s\w,&'-]*?(?:,|\band\b)\s*(?:more than\s+|over\s+|nearly\s+)?",
                text[last_desc_end : span[0]],
                _F,
            )
            and not re.search(
                r"\b(?:to|by|from|will|reach|grow|increase|reduce|cut)\b", text[last_desc_end : span[0]], _F
            )
        ):
            is_desc = True  # "Our 1,200 stores and 40,000 associates"
        if is_desc and re.search(r"\b(?:over|under|below|above|than)\s+$", before, _F) and not re.search(
            r"\b(?:our|with|all|more than)\b", before[-25:], _F
        ):
            is_desc = False  # "under 45 minutes" is a limit, not a size
        if is_desc:
            desc_tail = re.match(rf"(?:\s+(?!{_FUNCTION_WORDS}\b)[A-Za-z][\w&-]*){{0,4}}", after, _F)
            end = span[1] + (len(desc_tail.group(0)) if desc_tail else 0)
            start = span[0]
            up = re.search(r"\bwith\s+(?:[\w-]+\s+){1,3}(?:up|down)\s+$", before, _F)
            if up:
                start = span[0] - (len(before) - up.start())
            descriptive.append(text[start:end].strip())
            desc_spans.append((start, end))
            last_desc_end = end
            continue
        if _INPUT_VERBS.search(text[max(0, span[0] - 30) : span[0]]):
            descriptive.append(raw.strip())
            desc_spans.append(span)
            continue  # "invest $40 million": an input, not an outcome
        # the counted noun phrase runs to the next function word: "500,000 patient portal page views"
        tail = text[span[1] : span[1] + 80]
        phrase_m = re.match(rf"\s+((?:(?!{_FUNCTION_WORDS}\b)[A-Za-z][\w-]*\s*){{1,5}})", tail, _F)
        phrase = phrase_m.group(1).strip() if phrase_m else ""
        structural = bool(phrase) and bool(_STRUCTURAL.match(phrase))
        if m.group("word") and (not phrase or structural):
            continue  # "one of", "three priorities"
        if structural and not m.group("suffix"):
            continue
        targets.append(raw.strip())
        if phrase and not m.group("suffix"):
            count_nouns.append(f"{raw.strip()} {phrase}")
    return targets, descriptive, desc_spans, count_nouns


def signals(text: str, org: OrgContext | None = None) -> Signals:
    """Every measurable signal and every warning sign in ``text``, with evidence."""
    goal = _goal_text(text)
    sig = Signals(goal_text=goal)

    sig.deadlines, deadline_spans = _find_deadlines(goal)

    vanity_spans = [m.span() for m in VANITY.finditer(goal)]
    sig.vanity = _dedupe([m.group(0) for m in VANITY.finditer(goal)])

    targets, descriptive, desc_spans, count_nouns = _classify_numbers(goal, deadline_spans)
    sig.descriptive_numbers = descriptive
    masked = _mask(goal, desc_spans + vanity_spans)

    sig.targets = list(targets)
    sig.targets += [m.group(0) for m in _FROM_TO.finditer(masked)]
    for m in _MULTIPLIER.finditer(masked):
        word = m.group(0).lower()
        if word in {"under", "below", "above", "over", "less than", "at least", "at most", "fewer than", "no more than"}:
            nxt = masked[m.end() : m.end() + 12]
            if not re.match(r"\s+[$€£]?\d", nxt):
                continue  # "over the next", "under 30" handled as numbers
        sig.targets.append(m.group(0))
    sig.targets = _dedupe(sig.targets)

    undefined = [m.group(0) for m in UNDEFINED_MEASURES.finditer(masked)]
    metrics = [m.group(0) for m in METRICS.finditer(masked)]
    metrics = [
        w
        for w in metrics
        if not re.fullmatch(r"(?:time|share|score|scores|cover|users|visits|stays|accounts)", w, _F)
        or _metric_context_ok(w, masked)
    ]
    metrics += [m.group(0) for m in re.finditer(r"\b\d[\d,.]*\s?%\s+of\s+(?!them\b|us\b|those\b)[\w-]+(?:\s+[\w-]+)?", masked)]
    metrics += [c for c in count_nouns if not VANITY.search(c)]
    metrics += [m.group(0) for m in re.finditer(r"\btop[- ]\d+\b", masked, _F)]
    if org is not None:
        for metric in org.metrics:
            name = re.sub(r"\s*\(.*?\)", "", metric.name).strip()
            if len(name) > 3 and re.search(rf"\b{re.escape(name)}\b", masked, _F):
                metrics.append(name)
    sig.metrics = _dedupe(metrics)
    sig.undefined = _dedupe(undefined)

    sig.buzzwords = _dedupe([m.group(0) for m in BUZZWORDS.finditer(goal)])
    sig.universal = _dedupe(
        [m.group(0) for m in UNIVERSAL.finditer(goal) if not re.match(r"all\s+(?:of\s+)?(?:the\s+)?time\b", goal[m.start():], _F)]
    )

    if sig.deadlines and not sig.buzzwords and not sig.vanity:
        d = DELIVERABLE.search(masked)
        if d and not re.search(r"\bexperience\b", masked, _F):
            sig.deliverable = d.group(0)

    sig.owners = _find_owners(goal, org)
    sig.audiences, sig.generic_audience = _find_audiences(goal)
    sig.people_facing = _dedupe([m.group(0) for m in _PEOPLE_FACING.finditer(goal)])
    return sig


def _metric_context_ok(word: str, text: str) -> bool:
    """Short metric words count only when qualified: 'share of sales', 'review score'."""
    w = re.escape(word)
    return bool(
        re.search(rf"\b[\w-]+[- ]{w}\b(?!\s+(?:of (?:the )?(?:right|time)|with))", text, _F)
        and not re.search(rf"\b(?:right|the|our|a|on|in|same|every|all|first|any|one)[- ]{w}\b", text, _F)
        or re.search(rf"\b{w}\s+(?:of|per|in)\s+[\w-]+", text, _F)
        and not re.search(r"\bright time\b", text, _F)
    )


def _find_owners(text: str, org: OrgContext | None) -> list[str]:
    found: list[str] = []
    if org is not None:
        for role in org.roles:
            names = [role.name] + ([role.team] if role.team else [])
            for name in names:
                if name and re.search(rf"\b{re.escape(name)}\b", text, _F):
                    found.append(name)
    for m in _ROLE_WORDS.finditer(text):
        words = m.group(0)
        if re.search(r"\b(?:every|each|all|any)\b", words, _F):
            continue
        if re.search(r"\bteam members?\b", text[m.start() : m.end() + 8], _F):
            continue
        if re.search(r"\b(?:public|digital|council|customer|our)\s+service\b", words, _F) and not re.match(
            r"\s*(?:the|The)\s+[A-Z]", words
        ):
            continue
        if re.fullmatch(r"(?:the|our|a)\s+(?:service|group|program|programme|board|function|unit)", words, _F):
            continue
        found.append(words)
    return _dedupe(found)


def _find_audiences(text: str) -> tuple[list[str], list[str]]:
    named: list[str] = [m.group(0) for m in _NAMED_SEGMENT.finditer(text)]
    generic: list[str] = []
    for m in _POPULATION_RE.finditer(text):
        before = text[: m.start()].rstrip()
        prev = re.search(r"([\w'-]+)$", before)
        after = text[m.end() : m.end() + 30]
        prev_word = prev.group(1).lower() if prev else ""
        qualified = bool(prev_word) and prev_word not in _GENERIC_BEFORE and not re.fullmatch(r"[\d,.]+", prev_word)
        post = re.match(r"\s+(?:holding|who|with|aged|using|that|living|enrolled|over \d|under \d)", after, _F)
        if qualified or post:
            start = prev.start() if prev and qualified else m.start()
            named.append(text[start : m.end() + (post.end() if post else 0)].strip())
        else:
            generic.append(m.group(0))
    for m in re.finditer(r"\bamong\s+([\w-]+(?:\s+[\w-]+){0,2})", text, _F):
        named.append(m.group(0))
    return _dedupe(named), _dedupe(generic)


# --------------------------------------------------------------------------- output
def _focus(text: str) -> str:
    """The statement's verb and object, short enough to quote back in a question."""
    first = re.split(r"[.:;]\s|,\s(?=(?:and |so |while |which |leveraging |through ))", text.strip(), maxsplit=1)[0]
    first = first.strip().rstrip(".")
    words = first.split()
    return " ".join(words[:10]) + (" ..." if len(words) > 10 else "")


def _buzz_noun(text: str, buzz: str) -> str | None:
    """'a seamless, personalized experience across ...' -> 'experience'."""
    m = re.search(rf"\b{re.escape(buzz)}\b((?:[\s,]+(?:and\s+)?[\w-]+){{1,3}})", text, _F)
    if not m:
        return None
    tail = [w for w in re.split(r"[\s,]+", m.group(1)) if w and w.lower() != "and"]
    stop = {"across", "for", "to", "in", "on", "with", "at", "by", "that", "so", "of", "through", "and", "the"}
    noun = None
    for w in tail:
        if w.lower() in stop:
            break
        noun = w
    if noun is None or BUZZWORDS.fullmatch(noun) or noun.lower().endswith(("ly", "ing")):
        return None
    return noun.strip(".,;:")


def _candidate_metrics(text: str, org: OrgContext | None, limit: int = 3) -> list[str]:
    if org is None or not org.metrics:
        return []
    words = {w for w in re.findall(r"[a-z]{4,}", text.lower())}
    scored = []
    for i, metric in enumerate(org.metrics):
        mw = {w for w in re.findall(r"[a-z]{4,}", f"{metric.name} {metric.definition}".lower())}
        scored.append((-len(words & mw), i, metric.name))
    scored.sort()
    return [name for _, _, name in scored[:limit]]


def _candidate_roles(text: str, org: OrgContext | None, limit: int = 3) -> list[str]:
    if org is None or not org.roles:
        return []
    words = {w for w in re.findall(r"[a-z]{4,}", text.lower())}
    scored = []
    for i, role in enumerate(org.roles):
        rw = {w for w in re.findall(r"[a-z]{4,}", f"{role.name} {role.team or ''} {' '.join(role.responsibilities)}".lower())}
        scored.append((-len(words & rw), role.tier != "core", i, role.name))
    scored.sort()
    return [name for *_, name in scored[:limit]]


def _quote(items: list[str], limit: int = 3) -> str:
    shown = [f"'{i}'" for i in items[:limit]]
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + " and " + shown[-1]


def _eg(names: list[str], prefix: str = "e.g.") -> str:
    return f" ({prefix} {', '.join(names)})" if names else ""


def assess(text: str, org: OrgContext | None = None) -> Vagueness:
    """Assess one goal statement. Deterministic: the same text and context give the same result."""
    statement = " ".join((text or "").split())
    if not statement:
        return Vagueness(
            vague=True,
            score=1.0,
            reasons=[VaguenessReason(code="no_metric", message="The statement is empty.")],
            questions=["What should change, to what value, and by when?"],
            suggested_rewrite="<Verb> <metric> for <audience> from <baseline> to <target> by <date>",
        )
    sig = signals(statement, org)
    focus = _focus(sig.goal_text)
    metric_words = sig.metrics[0] if sig.metrics else None
    reasons: list[VaguenessReason] = []
    questions: list[str] = []
    cand_metrics = _candidate_metrics(statement, org)

    # --- core elements
    if sig.vanity_only:
        v = sig.vanity[0]
        reasons.append(
            VaguenessReason(
                code="vanity_metric",
                message=f"The only measure is {_quote(sig.vanity)}: attention or activity, not a business outcome.",
                evidence=", ".join(sig.vanity),
            )
        )
        questions.append(
            f"What business outcome should the {v} lead to (conversion, revenue, retention)"
            f"{_eg(cand_metrics, 'your context defines')}, and what value by when?"
        )
    elif not sig.has_metric:
        if sig.undefined:
            message = f"{_quote(sig.undefined)} is not a defined measure; nothing says how change will be counted."
            evidence: str | None = ", ".join(sig.undefined)
        else:
            message = "No measurable quantity names what will change."
            evidence = focus
        reasons.append(VaguenessReason(code="no_metric", message=message, evidence=evidence))
        noun = next((n for b in sig.buzzwords if (n := _buzz_noun(sig.goal_text, b))), None)
        if noun and sig.buzzwords:
            buzz = next(b for b in sig.buzzwords if _buzz_noun(sig.goal_text, b) == noun)
            subject = f"the {noun.lower()} is '{buzz.lower()}'"
        elif sig.undefined:
            subject = f"'{sig.undefined[0]}' has improved"
        else:
            subject = f"'{focus}' has happened"
        questions.append(f"Which metric tells us {subject}{_eg(cand_metrics, 'candidates from your context:')}?")

    if not sig.has_target:
        what = metric_words or (sig.vanity[0] if sig.vanity else None)
        reasons.append(
            VaguenessReason(
                code="no_target",
                message=(
                    f"{_quote([what])} is named but no value to reach (a number, from/to, or % change)."
                    if what
                    else "No target value, baseline or size of change is given."
                ),
                evidence=what or focus,
            )
        )
        questions.append(
            f"What value should {what} reach, and from what baseline?"
            if what
            else "What value marks success, and from what baseline?"
        )

    if not sig.deadlines:
        reasons.append(
            VaguenessReason(
                code="no_deadline",
                message="No date, quarter, fiscal year or duration says by when.",
                evidence=(sig.targets[0] if sig.targets else None) or metric_words or focus,
            )
        )
        if sig.targets and (metric_words or sig.vanity):
            questions.append(
                f"By when should {metric_words or sig.vanity[0]} reach {sig.targets[-1]} (a month, quarter or fiscal year)?"
            )
        else:
            questions.append(f"By when should '{focus}' be achieved (a month, quarter or fiscal year)?")

    core_missing = any(r.code in _CORE for r in reasons)

    # --- soft reasons
    if sig.buzzwords:
        reasons.append(
            VaguenessReason(
                code="buzzword",
                message=f"{_quote(sig.buzzwords)} {'is' if len(sig.buzzwords) == 1 else 'are'} strategy language, not something a team can check.",
                evidence=", ".join(sig.buzzwords),
            )
        )
        if core_missing and not any("is '" in q for q in questions):
            questions.append(f"What would we observe if it were {_quote(sig.buzzwords, 2).replace(' and ', ' or ')}?")
    if sig.universal:
        noun = None
        m = re.search(r"\b(?:every|all|across all|across every)\s+(?!\d)([a-z][\w-]*)", sig.goal_text, _F)
        if m and m.group(1).lower() not in {"the", "of", "we", "our", "that", "stages", "stage"}:
            noun = m.group(1)
        reasons.append(
            VaguenessReason(
                code="universal_scope",
                message=f"{_quote(sig.universal)} sets no boundary: trying everything at once is how nothing gets done well.",
                evidence=", ".join(sig.universal),
            )
        )
        if core_missing:
            questions.append(
                f"Which {noun.rstrip('s') + 's' if noun else 'scope'} come{'' if noun else 's'} first (at most three to pilot)?"
            )
    if core_missing and not sig.audiences and (sig.generic_audience or sig.people_facing):
        who = sig.generic_audience[0] if sig.generic_audience else None
        reasons.append(
            VaguenessReason(
                code="no_audience",
                message=f"{'Only the generic ' + repr(who) if who else 'No audience'} is named; no segment says for whom.",
                evidence=who or sig.people_facing[0],
            )
        )
        questions.append(
            f"Which {who.lower() if who else 'customers'} exactly: which segment comes first (e.g. new, first-time, high-value)?"
        )
    if core_missing and not sig.owners:
        roles = _candidate_roles(statement, org)
        reasons.append(
            VaguenessReason(
                code="no_owner",
                message="No role or team is named as accountable.",
                evidence=None,
            )
        )
        questions.append(f"Which role is accountable for this{_eg(roles, 'e.g.')}?")

    score = 0.0
    codes = [r.code for r in reasons]
    for code in codes:
        if code == "buzzword":
            score += WEIGHTS[code] * min(2, len(sig.buzzwords))
        else:
            score += WEIGHTS.get(code, 0.0)
    score = round(min(1.0, score), 2)
    vague = score >= VAGUE_THRESHOLD
    if not vague:
        questions = []
    rewrite = _rewrite(statement, sig, codes, cand_metrics, org) if vague else None
    return Vagueness(
        vague=vague,
        score=score,
        reasons=reasons,
        questions=_dedupe(questions),
        suggested_rewrite=rewrite,
    )


def _rewrite(
    statement: str, sig: Signals, codes: list[str], cand_metrics: list[str], org: OrgContext | None
) -> str:
    """Keep the statement's words; insert placeholders for what is missing."""
    base = statement.rstrip(" .;")
    metric_ph = f"<metric, e.g. {cand_metrics[0]}>" if cand_metrics else "<metric>"
    additions: list[str] = []
    if "vanity_metric" in codes:
        additions.append(f"measured by {metric_ph} (not {sig.vanity[0]})")
    elif "no_metric" in codes:
        additions.append(f"measured by {metric_ph}")
    if "no_audience" in codes:
        additions.append("for <audience>")
    target_ph = "from <baseline> to <target>" if "no_target" in codes or "no_metric" in codes else ""
    if "vanity_metric" in codes and not target_ph:
        target_ph = "from <baseline> to <target>"
    deadline_ph = "by <date>" if "no_deadline" in codes else ""

    if target_ph and sig.deadlines and not additions:
        # "Improve HCAHPS scores by FY2027" -> "... from <baseline> to <target> by FY2027"
        d = sig.deadlines[0]
        idx = base.find(d)
        if idx > 0:
            lead = re.search(r"(?:\b(?:by|in|before|until|during|within|over)\s+(?:the\s+)?(?:end\s+of\s+)?)$", base[:idx], _F)
            cut = lead.start() if lead else idx
            if cut > 0:
                base = f"{base[:cut].rstrip(' ,')} {target_ph} {base[cut:]}"
                target_ph = ""
    tail = " ".join(p for p in [" ".join(additions), target_ph, deadline_ph] if p)
    out = f"{base}, {tail}" if tail and additions else f"{base} {tail}" if tail else base
    if "no_owner" in codes:
        out += " (owner: <role>)"
    return " ".join(out.split()) + "."


def naive_assess(text: str) -> bool:
    """Baseline: vague when the statement contains any buzzword, nothing else."""
    return bool(BUZZWORDS.search(text or ""))
