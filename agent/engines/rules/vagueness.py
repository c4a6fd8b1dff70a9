"""Deterministic vagueness detector: is a goal statement executable as written?

A goal is executable when it names **what will change** (a metric, or a concrete,
checkable deliverable), the **target value**, and **by when**. Owner and audience
strengthen a goal; buzzwords and universal scope are warnings; a vanity metric
(clicks, impressions, followers ...) on its own does not count as a metric. This
is the rule ``evals/vagueness/LABELLING.md`` labels by.

``assess(text, org)`` returns the ``vagueness`` object of plan.json: ``vague``,
``score`` (0..1; ``vague`` is ``score >= VAGUE_THRESHOLD``), ``reasons`` (code,
message, and the words that triggered it as evidence), one question per missing
element, and a suggested rewrite that keeps the statement's own words and fills
placeholders. ``naive_assess(text)`` is the buzzword-list-only baseline.
``signals(text, org)`` exposes what was found, for debugging and other rules.

Offline and deterministic: regular expressions and small lexicons, no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.knowledge.kpis import UNSET_VALUE
from agent.knowledge.lexicon import job_title_words
from agent.knowledge.text import plural
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
#: reasons together stay below it, so buzzwords and "every" never make an otherwise
#: complete goal vague, and never excuse an incomplete one.
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
_CORE = frozenset({"no_metric", "vanity_metric", "no_target", "no_deadline"})

_I = re.IGNORECASE
Span = tuple[int, int]

# --------------------------------------------------------------------------- lexicons
BUZZWORDS = re.compile(
    r"\b(?:seamless(?:ly)?|world[- ]class|world[- ]leading|best[- ]in[- ]class|delight(?:s|ed|ing|ful)?"
    r"|leverag(?:e|es|ed|ing)|synerg(?:y|ies|istic)|transform(?:s|ed|ing|ation|ational|ative)?"
    r"|innovat(?:e|ive|ion|ions)|cutting[- ]edge|bleeding[- ]edge|state[- ]of[- ]the[- ]art|holistic"
    r"|next[- ]gen(?:eration)?(?= [a-z])|omni-?channel(?: excellence)?|(?:operational )?excellence"
    r"|empower(?:s|ed|ing|ment)?|harness(?:es|ing)?(?: the power of)?|effortless(?:ly)?|frictionless"
    r"|unforgettable|step[- ]change|agil(?:e|ity)|streamlin(?:e|ed|ing)|game[- ]chang(?:er|ing)"
    r"|disrupt(?:ive|ion)|paradigm(?: shift)?|reimagin(?:e|ed|ing)|future[- ]proof|supercharg(?:e|ed)"
    r"|unlock(?:s|ing)?|customer[- ](?:centric|obsessed)|data[- ]driven"
    r"|(?:patient|student|citizen|customer|people)[- ]cent(?:red|ered|ric)|digital[- ]first"
    r"|industry 4\.0|smart factor(?:y|ies)|second to none|above and beyond|thought leader(?:ship)?"
    r"|360[- ]degree|category[- ]defining)\b",
    _I,
)
# Buzzwords that describe a noun ("a seamless experience"): the no_metric question
# can then ask "which metric tells us the experience is seamless?".
_ADJECTIVE_BUZZ = re.compile(
    r"^(?:seamless|world[- ]class|world[- ]leading|best[- ]in[- ]class|delightful|innovative"
    r"|cutting[- ]edge|bleeding[- ]edge|state[- ]of[- ]the[- ]art|holistic|next[- ]gen(?:eration)?"
    r"|effortless|frictionless|unforgettable|agile|transformative|transformational|customer[- ]centric"
    r"|customer[- ]obsessed|data[- ]driven|digital[- ]first|category[- ]defining"
    r"|(?:patient|student|citizen|customer|people)[- ]cent(?:red|ered|ric))$",
    _I,
)

UNIVERSAL = re.compile(
    r"\b(?:every(?:one|thing|where|body)?(?:'s)?|wherever|whenever|across the board"
    r"|across the whole(?: [a-z]+)?|the whole (?:system|organi[sz]ation|company|business|university|enterprise)"
    # "all 14 of the panels", "all six clients": a counted set, bounded
    r"|(?<!at )(?<!above )(?<!after )all(?! the way| of the time| the time| (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)(?: (?:channels|touchpoints|segments|customers|stakeholders))?)\b",
    _I,
)

# Vanity metrics: attention and activity counts. "Visits" and "views" count only when
# the words around them make them web/app/social traffic (telehealth visits are care).
_VANITY_WORDS = r"followers|likes|clicks|downloads|impressions|views|visits|subscribers|log-?ins|shares|retweets"
VANITY = re.compile(
    rf"(?:\b(?:the )?(?:number|count) of (?=(?:[\w-]+ ){{0,2}}(?:{_VANITY_WORDS})\b))?"
    r"(?:\b(?:page|video|profile|post|story)[- ]?views?\b|\bclicks?(?![- ]through rate)\b"
    r"|\bclick[- ]through rates?\b|\bimpressions\b|\bfollowers\b|\blikes\b|\bdownloads\b"
    r"|\b(?:e-?mail |newsletter )?open rates?\b|\blog-?ins\b|\bsubscribers\b|\bshares\b(?! of)"
    r"|\bretweets\b|\bnewsletter sign-?ups\b"
    r"|\b(?:web ?site|web|blog|site|page|portal|online|app) (?:visits|visitors|traffic|sessions)\b"
    r"|\b(?:visits|visitors|traffic) to (?:the |our )?(?:[\w-]+ ){0,2}(?:web ?site|site|blog|portal|page)s?\b"
    r"|\b(?:web|site) traffic\b|\bsocial (?:media )?(?:reach|mentions|engagement)\b|\bviews\b)",
    _I,
)

# Words that sound like measures but are undefined until someone defines them.
UNDEFINED_MEASURES = re.compile(
    r"\b(?:engagement|experience|loyalty(?! members?| program| app)|outcomes|relationships?|excellence"
    # (a brand's premium, share or search index is counted; "the brand" alone is not)
    r"|culture|trust(?:ed)?|awareness|brand(?! premium| share| search| preference)"
    r"|value(?! per| chain| proposition)|impact|presence"
    r"|wellbeing|well-being|burnout|success|quality)\b",
    _I,
)

_TIME_WORDS = (
    r"wait(?:ing)?|handle|handling|lead|turnaround|response|processing|resolution|decision|queue"
    r"|cycle|delivery|transit|setup|onboarding|approval|average|median|mean|call|hold|dwell"
    r"|changeover|door-to-[\w-]+|check-in|check-out"
)
METRICS = re.compile(
    r"\b(?:(?:[\w-]+[- ])?rates?|conversion|retention|churn|attrition|turnover|revenue|sales|income"
    r"|profit(?:ability)?|margins?|EBITDA|cost[- ]to[- ][\w-]+|cost per [\w-]+|costs?|prices?|spend"
    r"|(?:"
    + _TIME_WORDS
    + r")[- ]times?|time[- ]to[- ][\w-]+|time from|time to \w+|turnaround|wait"
    r"|backlog|share of [\w-]+|market share|penetration|NPS|net promoter score|CSAT|satisfaction"
    r"|(?:[\w-]+ )?scores?|ratings?|readmissions?|denials?|no-shows?|occupancy|RevPAR|ADR|ARR|MRR|NRR"
    r"|ARPU|AOV|LTV|CLV|CAC|order value|lifetime value|net revenue retention|yield"
    r"|(?:overall )?equipment effectiveness|OEE|scrap|downtime|uptime|latency|emissions|footprint"
    r"|injur(?:y|ies)|infections|incidents|accidents|fatalities|deaths|falls|claims|balances|deposits"
    r"|losses|ratio|enrol(?:l)?ments?|graduation|absenteeism|attendance|proficiency|attainment|funding"
    r"|waste|complaints|errors|defects|accuracy|availability|days in accounts receivable|DSO|days of supply"
    r"|adoption|activation|completion|coverage|proportion|percentage|number of|volume|uptake|take-up"
    r"|consumption|productivity|utili[sz]ation|throughput|on-time(?:-in-full)?(?: delivery| arrivals?| departures?| performance)?|OTIF|abandonment"
    r"|repeat[- ](?:purchases?|stays|visits)|stays|active (?:[\w-]+ )?(?:users|teams|accounts|customers|members)"
    r"|(?:telehealth|patient|clinic|store) visits|logos|bookings|appointments|applications|referrals"
    r"|renewals|out-of-stocks?|stockouts?|backorders|headcount|vacancies|wait(?:ing)? lists?"
    r"|basket size|class size|length of stay|pipeline|KPI|net[- ]zero|carbon[- ]neutral(?:ity)?)\b",
    _I,
)
# Short words that are metrics only with a qualifier ("review score", not "score big").
_NEEDS_QUALIFIER = re.compile(r"^(?:scores?|ratings?|wait|spend|stays|prices?|costs?)$", _I)

_CHANGE_NOUNS = re.compile(
    r"^(?:increase|decrease|reduction|growth|improvement|uplift|rise|cut|boost|lift|jump|gain|drop"
    r"|decline|change|more|fewer|less|higher|lower|better|faster|year)\b",
    _I,
)
_STRUCTURAL = re.compile(
    r"^(?:priorities|pillars|goals|themes|areas|objectives|things|ways|steps|principles|commitments"
    r"|horizons|phases|values|strategic|key|big|bold|focus|main|core)\b",
    _I,
)
_FUNCTION_WORDS = (
    r"(?:by|to|for|in|on|at|and|or|with|from|per|a|an|of|the|this|that|each|every|across|through"
    r"|within|will|is|are|was|were|than|over|under|into|as|while|so|versus|vs|against)"
)

DELIVERABLE = re.compile(
    r"\b(?:(?:re-?)?open(?:s|ing)?|(?:re-?)?launch(?:es|ing)?|roll(?:s|ing)? out|complete(?:s)?|commission(?:s)?"
    r"|migrat(?:e|es|ion)|deploy(?:s)?|implement(?:s)?|go(?:es)? live|retire(?:s)?|decommission(?:s)?"
    r"|certif(?:y|ied|ication)|accreditation|sign(?:s)?|hire(?:s)?|offer(?:s)?|introduce(?:s)?"
    r"|ship(?:s)?|replace(?:s)?|consolidate(?:s)?|deliver(?:s)?|build(?:s)?"
    r"|provide(?:s)?|publish(?:es)?|translate(?:s)?)\b",
    _I,
)
_INPUT_BEFORE = re.compile(
    r"\b(?:invest(?:s|ing|ment of)?|spend(?:s|ing)?|allocat(?:e|es|ing)|budget(?:s|ing)?)\b(?:\s+\w+){0,2}\s*$",
    _I,
)

POPULATION = (
    r"customers?|clients?|patients?|members?|guests?|students?|learners?|shoppers?|buyers?|users?"
    r"|citizens?|residents?|travell?ers?|homebuyers?|families|households?|consumers?|visitors?|parents?"
    r"|graduates?|applicants?|borrowers?|depositors?|donors?|people|businesses|accounts|admins"
    r"|physicians|employers|pupils"
)
_POPULATION_RE = re.compile(rf"\b({POPULATION})\b", _I)
# Words before a population noun that do not name a segment ("our customers").
_GENERIC_BEFORE = frozenset(
    [
        "our",
        "the",
        "all",
        "every",
        "each",
        "more",
        "their",
        "its",
        "your",
        "my",
        "these",
        "those",
        "of",
        "for",
        "to",
        "and",
        "with",
        "a",
        "an",
        "many",
        "most",
        "some",
        "other",
        "delight",
        "delighting",
        "serve",
        "help",
        "putting",
        "puts",
        "put",
        "us",
        "we",
        "existing",
        "current",
        "loved",
        "love",
        "how",
    ]
)
_NAMED_SEGMENT = re.compile(
    r"\b(?:gen ?[zy]|millennials|boomers|(?:small|mid-size|medium)[- ]business(?:es)?|smbs?|smes?"
    r"|mid-market|enterprise|first[- ](?:time|year|generation)|under-\d+|over-\d+|\d+\+|premier|wealth"
    r"|affluent|high[- ]value|new-to-[\w-]+|lapsed|at-risk|pell-eligible|transfer[- ]students?"
    r"|adult learners?|business travell?ers?|loyalty[- ]members?|segment)\b",
    _I,
)
_PEOPLE_FACING = re.compile(
    r"\b(?:experiences?|journeys?|touchpoints?|engagement|loyalty|lov(?:e|ed)|personali[sz]ed?"
    r"|hospitality|public services|check-in)\b",
    _I,
)

_ROLE_WORDS = re.compile(
    r"\b(?:(?:the|our)\s+(?:[\w&-]+\s+){0,3}(?:team|department|dept|office|unit|function|division"
    r"|committee|board|squad|desk)"
    r"|[\w&]+-(?:team|office)"
    r"|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*\s+(?:service|team|office|department|unit)"
    r"|chief\s+[a-z]+\s+officer|vice president|head of [a-z][a-z -]{2,30}?(?=\s(?:will|to|by|and)\b|[,.;]|$)"
    rf"|(?:[\w-]+\s+)?{job_title_words('accountable')}"
    r"|(?:the|our|a)\s+[\w-]+\s+lead(?!\s+(?:the|in|to|on|with|a|our|time))"
    r")\b"
    r"|\b(?:CEO|CFO|CMO|CIO|CTO|COO|CDO|CHRO|CRO|CCO|CNO|CMIO|VP)\b",
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
_SEASONS = r"spring|summer|fall|autumn|winter|holiday|holidays"
_YEAR = r"(?:19|20)\d{2}"
DEADLINES = re.compile(
    r"(?:"
    rf"\b(?:by|in|until|before|through|from|during|for|of|end of|start of)\s+(?:the\s+)?(?:end\s+of\s+)?(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+{_YEAR})?\b"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}\b"
    rf"|\b(?:{_MONTHS})\.?\s+{_YEAR}\b"
    rf"|\b\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}\b|\b{_YEAR}-\d{{2}}-\d{{2}}\b"
    rf"|\b[QH][1-4](?:\s*(?:FY\s?'?\d{{2,4}}|{_YEAR}|'\d{{2}}))?\b"
    rf"|\bFY\s?'?\d{{2}}(?:\d{{2}})?(?:[-/]\d{{2}})?\b|\bfiscal(?: year)?\s+{_YEAR}\b"
    rf"|\b{_YEAR}\s?[-/\u2013]\s?\d{{2}}\b"
    rf"|\b{_YEAR}\b(?!\s+(?:baseline|levels?|figures|results|benchmark)\b)"
    rf"|\b(?:within|in|over|during)\s+(?:the\s+)?(?:next\s+|first\s+|coming\s+)?(?:\d+|{_NUMBER_WORDS}|a|one)\s+(?:{_PERIOD_UNITS})\b"
    rf"|\b(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+)?(?:this|next|the)\s+(?:calendar\s+|fiscal\s+|financial\s+|academic\s+|school\s+)?(?:year|quarter|month|semester|term)\b"
    rf"|\b(?:this|next)\s+(?:calendar\s+|fiscal\s+|financial\s+|academic\s+|school\s+)?(?:year|quarter|month|semester|term|{_SEASONS})\b(?!\s+(?:over|on))"
    r"|\b(?:by\s+)?year[- ]end\b|\bend of (?:the )?(?:year|quarter|month|semester|term)\b"
    # a target set over the plan's span: "3-year member retention target", "five-year revenue goal",
    # "3-Yr store target"
    rf"|\b(?:\d|{_NUMBER_WORDS})[- ](?:years?|yrs?)\s+(?:[\w-]+\s+){{0,3}}?(?:targets?|goals?|ambitions?)\b"
    # a rate each year is its own clock: "+35%/yr", "5% a year", "8% per annum", "3% YoY"
    r"|(?<=[\d%])\s?(?:/\s?(?:yr|year|annum)\b|\s(?:a|per|each|every)\s+(?:year|annum)\b|"
    r"\s(?:p\.a\.|pa\b|annually\b|year[- ]on[- ]year\b|(?-i:YoY)\b))"
    # the plan's own clock: "by M24", "at the end of Month 18", "by week 12"
    r"|\b(?:by|before|at|until)\s+(?:the\s+)?(?:end\s+of\s+)?(?:(?:month|week|wk|day)\s+\d{1,3}|M\d{1,2})\b"
    # ... and its own years: "by End of Year 3", "by the end of Year 2"
    r"|\b(?:by|before|at|until|in)\s+(?:the\s+)?(?:end\s+of\s+)?year\s+\d\b"
    # ... and its own quarters: "by PQ8"
    r"|\b(?:by|before|at|until|in)\s+(?:the\s+)?(?:end\s+of\s+)?PQ\s?\d{1,2}\b"
    # ... and its own numbered periods: "by the end of Season 22", "from Sprint 9"
    r"|\b(?:by|before|at|until|in|from|after)\s+(?:the\s+)?(?:(?:end|start|last\s+day)\s+of\s+)?"
    r"(?:season|sprint|cycle|increment|iteration|period|train|release)\s\d{1,3}\b"
    # ... and their initials: "by the end of RT7", "from PI 3"
    r"|\b(?:by|before|at|until|from|after)\s+(?:the\s+)?(?:(?:end|start)\s+of\s+)?"
    r"(?-i:[A-Z]{2,3})\s?\d{1,2}\b(?![-/.:]\d)"
    # ... and its seasons named by year: "by the end of Harvest 29", "from Winter 29/30"
    r"|\b(?:by|before|until|from)\s+(?:the\s+)?(?:(?:end|start)\s+of\s+)?"
    r"(?-i:[A-Z][a-z]{2,12})\s(?:\d\d/\d\d|\d\d)\b(?![\d%.,/])"
    # ... and a count from its launch or census day: "by C+9", "from L-30", "at G+26 weeks"
    r"|\b(?:by|before|at|until|from|after)\s+(?-i:[A-Z])\s?[-+\u2212\u2013]\s?\d{1,3}\b(?![-/.]\d)"
    r")",
    _I,
)
# Month names are capitalised; "may"/"march" in lower case are verbs.
_MONTH_CAP = re.compile(rf"\b(?:{_MONTHS})\b")
_MONTH_ANY = re.compile(rf"\b(?:{_MONTHS})\b", _I)

_NUMBER = re.compile(
    r"(?<![\w.$€£+])(?P<num>[$€£]?\+?\d[\d,]*(?:\.\d+)?)"
    r"(?P<suffix>\s?(?:%|percent\b|percentage points?\b|points?\b|pts\b|bps\b|basis points\b"
    r"|[kKmMbB]\b|bn\b|million\b|billion\b|thousand\b|x\b|×))?"
    rf"|\b(?P<word>{_NUMBER_WORDS})\b(?=\s+[a-z])",
    _I,
)
_MULTIPLIER = re.compile(
    r"\b(?:double[sd]?|doubling|halve[sd]?|halving|triple[sd]?|tripling|quadruple|two-fold|three-fold"
    r"|\d+x|zero|top[- ]\d+)\b",
    _I,
)
_FROM_TO = re.compile(
    r"\bfrom\s+~?(?:[A-Z]{3}\s)?[$€£]?\+?\d[\d,.]*\s?(?:%|of\s+\d[\d,.]*|[A-Za-z]+)?\s+(?:[a-z]+\s+){0,3}?"
    r"to\s+(?:>=|<=|≥|≤|>|<|~|(?:under|below|over|above|at\s+least|at\s+most|fewer\s+than|"
    r"less\s+than|more\s+than)\s)?\s*(?:[A-Z]{3}\s)?[$€£]?\+?\d[\d,.]*(?:\s+of\s+\d[\d,.]*)?\s?\S*"
    r"|[$€£]?\d[\d,.]*\s?[%MBk]?\s*(?:\([^)]*\)\s*)?(?:->|→|=>)\s*[$€£]?\d[\d,.]*\s?[%MBk]?",
    _I,
)
_COMPLETES = re.compile(
    r"\b(?:keep|kept|retain\w*|agree[ds]?|signed?|complet\w*|connect\w*|fit(?:ted)?|cover(?:ed)?|"
    r"audit\w*|visit\w*|trained|certified|inspected|live|on\s+(?:the\s+)?new|"
    # ... or moved onto a named system: "taking registers in Orbis", "registered in Nexa"
    r"registered|using|moved\s+(?:to|onto)|switched\s+(?:to|onto)|migrated|"
    r"taking\s+\w+\s+(?:in|on)\s+(?-i:[A-Z])\w*|"
    # ... or doing its work in it: "scheduling in Rota360", "invoicing on Ledgerline"
    r"(?:scheduling|invoicing|billing|booking|ordering|rostering|prescribing|recording|"
    r"dispatching|planning|reporting|trading|paying|selling|ticketing)\s+(?:in|on)\s+(?-i:[A-Z])\w*)\b",
    _I,
)
# "Every new claim ... registered in Claimhub", "each new hire trained in their first week": the
# whole of what is counted, done, is the measure and 100% the value to reach.
_EVERY_DONE = re.compile(
    r"\b(?:every|each)\s+(?:new\s+)?[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,6}?\s+"
    r"(?:is\s+|are\s+)?(?:registered|recorded|signed|trained|certified|inspected|connected|fitted|"
    r"screened|migrated|moved\s+(?:to|onto))\b",
    _I,
)
# "No patient waiting over 40 weeks": how many wait past a limit, and zero of them.
_NONE_PAST = re.compile(
    r"^\W*no\s+(?:[a-z][\w-]*\s+){1,3}?(?:waiting|waits?|left|kept|older|longer)\s+"
    r"(?:over|more\s+than|beyond|longer\s+than)\s+\d",
    _I,
)
_ALL_COUNTED = re.compile(
    r"\ball\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:of\s+(?:the|our|its|their)\s+)?[a-z][\w-]*"
    r"(?:\s+(?!(?:by|before|in|at|from|to|and|that|which|who|on|for|with)\b)[a-z][\w-]*)?",
    _I,
)
_LABELLED_VALUE = re.compile(
    # (after the span it is set over: "3-year member retention target: +30%")
    # (and a row that names a group, then the measure: "Tier S, 3-Yr store target: 280")
    r"^\s*(?:\d{1,2}[- ]years?\s+)?([A-Za-z][\w/&' ,-]{2,60}?)\s*:\s*(?:>=|<=|≥|≤|>|<|~|[+\-−])?\s*(?:[A-Z]{3}\s)?[$€£]?\d"
)
_IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?:line|scope|category|level|tier|phase|wave|gen|industry|grade|grades|type|soc|iso|kr"
    r"|objective|ward|district|route|building|version|step)\s+(?:\d+\s*(?:and|or|&|-)\s*)?|[A-Za-z]-?)$",
    _I,
)
_DESCRIPTIVE_BEFORE = re.compile(
    r"\b(?:our|with|scale of|portfolio of|network of|family of|operating in|serving|employs|employing"
    r"|all)\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|some\s+|about\s+)?$",
    _I,
)
_PAST_RESULT_BEFORE = re.compile(r"\bwith\s+(?:[\w-]+\s+){1,3}(?:up|down)\s+$", _I)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
_ABBREV_END = re.compile(r"(?:\b[A-Z]\.|\b(?:e\.g|i\.e|etc|vs|approx|no|inc|co|st)\.)$", _I)
_INTENT = re.compile(
    r"\b(?:will|shall|aim|aims|ambition|goal|goals|target|targets|priorit\w*|vision|mission|plan"
    r"|plans|commit\w*|objective|strategy|intend|want to|must|need to|should|owns?)\b",
    _I,
)
_OKR_PREFIX = re.compile(r"^\s*(?:KR|O|Objective|Key result|Goal)\s*\d*\s*[:.)-]\s*", _I)
_GOAL_VERBS = (
    r"increase|reduce|cut|grow|raise|lift|lower|improve|decrease|deliver|become|be|make|achieve|reach"
    r"|hit|drive|build|create|expand|launch|open|deepen|win|put|provide|enhance|foster|strengthen"
    r"|tackle|harness|leverage|transform|empower|delight|double|halve|triple|move|get|plant|enroll"
    r"|enrol|secure|sign|land|ship|scale|bring|boost|complete|commission|roll|answer|onboard|have|let"
    r"|streamline|modernize|modernise|keep|close|own|accelerate|elevate|prepare|digitize|digitise"
    r"|reimagine|generate|offer|migrate|lead|work|cultivate|ensure|maintain|attract|retain|halt|end"
)
_STATEMENT_VERB = re.compile(rf"^\s*(?:{_GOAL_VERBS})\b", _I)
_GOAL_VERB_WORD = re.compile(rf"^(?:{_GOAL_VERBS})(?:s|es|ed|ing)?$", _I)


# --------------------------------------------------------------------------- signals
@dataclass
class Signals:
    """What the detector found in a statement, with the words that triggered each finding."""

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

    @property
    def primary_target(self) -> str | None:
        """The clearest target: a from/to pair, else the first number."""
        arrows = [t for t in self.targets if re.search(r"\bfrom\b|->|→|=>", t, _I)]
        found = arrows or self.targets
        return found[0] if found else None


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        item = item.strip(" ,.;:")
        key = item.casefold()
        if key and key not in seen:
            seen.add(key)
            out.append(item)
    # drop an item contained in a longer one ("rates" inside "no-show rates")
    return [
        i
        for i in out
        if not any(i.casefold() != o.casefold() and i.casefold() in o.casefold() for o in out)
    ]


def _split_sentences(text: str) -> list[str]:
    parts: list[str] = []
    for line in re.split(r"[\n\r\u2022]+", text):
        line = " ".join(line.split())
        if not line:
            continue
        buf = ""
        for piece in _SENTENCE_SPLIT.split(line):
            buf = f"{buf} {piece}" if buf else piece
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
        if _INTENT.search(s)
        or _OKR_PREFIX.match(s)
        or _STATEMENT_VERB.match(_OKR_PREFIX.sub("", s))
        or _find_deadlines(s)[0]
    ]
    return " ".join(goal or sents)


def has_deadline(text: str) -> bool:
    """The text says by when ("by June 2031", "in FY2027", "by the end of H1 FY30")."""
    return bool(_find_deadlines(text)[0])


def _find_deadlines(text: str) -> tuple[list[str], list[Span]]:
    found: list[str] = []
    spans: list[Span] = []
    for m in DEADLINES.finditer(text):
        words = m.group(0)
        month = _MONTH_ANY.search(words)
        if month and not _MONTH_CAP.search(words):
            continue  # "may", "march" as verbs
        if re.fullmatch(_YEAR, words) and re.search(
            r"\b(?:since|last|past|versus|vs\.?|in a year of)\s+$",
            text[max(0, m.start() - 20) : m.start()],
            _I,
        ):
            continue  # a comparison or history year
        found.append(words.strip())
        spans.append(m.span())
    return found, spans


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def _mask(text: str, spans: list[Span]) -> str:
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def _noun_phrase_after(text: str, pos: int) -> str:
    """Words after ``pos`` up to the next function word: '500,000 patient portal page views'."""
    m = re.match(
        rf"\s+((?:(?!{_FUNCTION_WORDS}\b)[A-Za-z][\w'-]*\s*){{1,5}})", text[pos : pos + 80], _I
    )
    return m.group(1).strip() if m else ""


def _leading_label(text: str, pos: int) -> str:
    """'Key equipment connectivity from 31% to 65%': a KPI row names its measure first, verbless."""
    head = text[:pos].strip()
    # (a comma may name the measure's unit or scope: "Current tenant arrears, % of rent debit")
    if not head or re.search(r"[.;:]", head) or not 1 <= len(head.split()) <= 12:
        return ""
    return head if head[0].isupper() else ""


def _object_before(text: str, pos: int) -> str:
    """The words before ``pos`` back to the goal verb: 'Increase <average basket size ...> from'.

    Empty when no goal verb governs them within eight words.
    """
    words = re.findall(r"[\w'%$.,&-]+", text[:pos])
    picked: list[str] = []
    governed = False
    for w in reversed(words[-8:]):
        bare = w.strip(",.")
        if _GOAL_VERB_WORD.match(bare):
            governed = True
            break
        if w.endswith((",", ".")) and picked:
            break
        picked.append(bare)
    if not governed:
        return ""
    phrase = " ".join(reversed(picked))
    phrase = re.sub(r"^(?:the|our|a|an)\s+", "", phrase, flags=_I)
    phrase = re.sub(rf"(?:\s+(?:{_FUNCTION_WORDS}|our|their|its))+$", "", phrase, flags=_I)
    return phrase.strip()


@dataclass
class _Numbers:
    targets: list[str] = field(default_factory=list)
    descriptive: list[str] = field(default_factory=list)
    descriptive_spans: list[Span] = field(default_factory=list)
    counts: list[str] = field(default_factory=list)  # "two new urgent-care clinics"
    percent_nouns: list[str] = field(default_factory=list)  # "98% inventory accuracy"


def _classify_numbers(text: str, blocked: list[Span]) -> _Numbers:
    """Split numbers into targets and descriptive numbers (size of the organization, history)."""
    out = _Numbers()
    last_desc_end = -1
    for m in _NUMBER.finditer(text):
        span = m.span()
        if _overlaps(span, blocked):
            continue
        raw = m.group(0).strip()
        num = m.group("num") or ""
        suffix = m.group("suffix")
        before = text[max(0, span[0] - 40) : span[0]]
        after = text[span[1] : span[1] + 40]
        if num and re.fullmatch(_YEAR, num) and not suffix:
            continue  # a year outside a deadline: a baseline year, "the 2028 rankings"
        if re.match(r"^(?:-[A-Za-z]|st\b|nd\b|rd\b|th\b|\.\d)", after):
            continue  # "30-day readmissions", "21st century", "Industry 4.0"
        if num and not suffix and _IDENTIFIER_BEFORE.search(before):
            continue  # "Line 3", "Scope 1 and 2", "ISO 50001", "CET1"
        between = text[last_desc_end : span[0]] if last_desc_end >= 0 else ""
        to = re.match(r"\s*to\s+", after)
        if re.search(r"\bfrom\s+$", before, _I) and to and UNSET_VALUE.match(after[to.end() :]):
            out.descriptive.append(raw)  # "from +31 to tbc": where it starts, no target yet
            out.descriptive_spans.append(span)
            continue
        is_desc = bool(
            _DESCRIPTIVE_BEFORE.search(before)
            or _PAST_RESULT_BEFORE.search(before)
            or re.match(r"^\s*(?:-?year-old|years? old)\b", after, _I)
            or (
                last_desc_end >= 0
                and len(between) < 60
                and re.fullmatch(
                    r"[\s\w&'-]*?(?:,|\band\b)\s*(?:more than\s+|over\s+|nearly\s+)?", between, _I
                )
                and not re.search(
                    r"\b(?:to|by|from|will|reach|grow|increase|reduce|cut)\b", between, _I
                )
            )
        )
        if is_desc:
            start = span[0]
            past = _PAST_RESULT_BEFORE.search(before)
            if past:
                start = span[0] - (len(before) - past.start())
            tail = re.match(rf"(?:\s+(?!{_FUNCTION_WORDS}\b)[A-Za-z][\w&-]*){{0,4}}", after, _I)
            end = span[1] + (len(tail.group(0)) if tail else 0)
            out.descriptive.append(text[start:end].strip())
            out.descriptive_spans.append((start, end))
            last_desc_end = end
            continue
        if _INPUT_BEFORE.search(text[max(0, span[0] - 30) : span[0]]):
            out.descriptive.append(raw)
            out.descriptive_spans.append(span)
            continue  # "invest $40 million": an input, not an outcome
        phrase = _noun_phrase_after(text, span[1])
        structural = bool(phrase) and bool(_STRUCTURAL.match(phrase))
        if m.group("word") and (not phrase or structural):
            continue  # "one of", "three priorities"
        if structural and not suffix:
            continue
        limit = re.search(
            r"\b(?:below|under|above|over|at least|at most|less than|fewer than|no more than|more than)\s+$",
            before,
            _I,
        )
        out.targets.append(f"{limit.group(0)}{raw}" if limit else raw)
        if phrase and (not suffix or re.fullmatch(r"\s?(?:million|billion|thousand|[kK])", suffix)):
            out.counts.append(f"{raw} {phrase}")  # "two new clinics", "1.2 million meals"
        elif phrase and suffix and suffix.strip() == "%" and not _CHANGE_NOUNS.match(phrase):
            out.percent_nouns.append(f"{raw} {phrase}")
    return out


def _metric_phrase(original: str, masked: str, start: int, end: int) -> str:
    """Grow a metric hit leftwards over its modifiers: 'rate' -> 'household recycling rate'.

    Works on ``masked`` (same length as ``original``) and returns a verbatim slice of
    ``original``, so the phrase can be quoted as evidence.
    """
    clause_start = max((m.end() for m in re.finditer(r"[,:;.()]", masked[:start])), default=0)
    left = start
    for w in reversed(list(re.finditer(r"[A-Za-z][\w'-]*", masked[clause_start:start]))[-3:]):
        word = w.group(0)
        w_start, w_end = clause_start + w.start(), clause_start + w.end()
        if (
            re.fullmatch(_FUNCTION_WORDS, word, _I)
            or _GOAL_VERB_WORD.match(word)
            or word.lower() in {"our", "its", "their", "more"}
            or original[w_end:left].strip()  # something was masked in between
        ):
            break
        left = w_start
    right = re.match(
        r"\s+(?:rates?|scores?|times?|value|ratio|per [a-z][\w-]*(?: [a-z][\w-]*)?)\b",
        masked[end : end + 40],
        _I,
    )
    return original[left : end + (right.end() if right else 0)].strip()


_FRACTION = re.compile(r"(?<![\d/.,])(?!24/7)(\d{1,3})/(\d{1,3})(?![\d/.,%])")
_ROUND_THE_CLOCK = re.compile(
    r"(?<![\d/])24\s*[/x×]\s*7(?![\d/%]|[.,]\d)|\b365\s+days\s+a\s+year\b", re.I
)


def signals(text: str, org: OrgContext | None = None) -> Signals:
    """Every measurable signal and every warning sign in ``text``, with evidence."""
    # "from 0/4 to 4/4", "3/11 depots": a count out of a whole, read as "3 of 11" is.
    text = _FRACTION.sub(lambda m: f"{m.group(1)} of {m.group(2)}", text)
    # "24/7", "24x7", "365 days a year": when a service runs, no measure or target of a goal
    text = _ROUND_THE_CLOCK.sub("round-the-clock", text)
    goal = _goal_text(text)
    sig = Signals(goal_text=goal)

    sig.deadlines, deadline_spans = _find_deadlines(goal)
    vanity_hits = list(VANITY.finditer(goal))
    sig.vanity = _dedupe([re.sub(r"^the\s+", "", m.group(0), flags=_I) for m in vanity_hits])
    nums = _classify_numbers(goal, deadline_spans)
    sig.descriptive_numbers = nums.descriptive
    sig.owners, owner_spans = _find_owners(goal, org)
    # the size of the organization, vanity counts and role names say nothing about the measure
    masked = _mask(goal, nums.descriptive_spans + [m.span() for m in vanity_hits] + owner_spans)

    # targets: numbers, from/to pairs, multipliers
    targets = list(nums.targets)
    from_to = list(_FROM_TO.finditer(masked))
    targets += [m.group(0) for m in from_to]
    targets += [m.group(0) for m in _MULTIPLIER.finditer(masked)]
    sig.targets = _dedupe(targets)

    # metrics: the lexicon, plus structures that only a measured quantity can take
    metrics: list[str] = []
    for m in METRICS.finditer(masked):
        phrase = _metric_phrase(goal, masked, m.start(), m.end())
        if _NEEDS_QUALIFIER.match(m.group(0)) and phrase.casefold() == m.group(0).casefold():
            continue
        if re.search(r"\bright time\b", masked[max(0, m.start() - 10) : m.end()], _I):
            continue
        metrics.append(phrase)
    for (
        m
    ) in from_to:  # "Increase <average basket size> from $54 to $62": a baseline implies a measure
        obj = _object_before(masked, m.start()) or _leading_label(masked, m.start())
        # the words before the pair, unmasked: "LinkedIn followers from 18,500 to 40,000" is
        # still a vanity count once "followers" is masked out
        said = _object_before(goal, m.start()) or _leading_label(goal, m.start())
        if (
            obj
            and not VANITY.search(obj)
            and not (said and VANITY.search(said))
            and not UNDEFINED_MEASURES.fullmatch(obj.split()[-1])
        ):
            metrics.append(obj)
    # "Cut <paper statements> by 60%": a relative change can only be stated for a measured quantity
    for m in re.finditer(r"\bby\s+\d[\d,.]*\s?(?:%|percent\b|percentage points?\b)", masked, _I):
        obj = _object_before(masked, m.start())
        if obj and not sig.vanity and not UNDEFINED_MEASURES.search(obj):
            metrics.append(obj)
    metrics += [p for p in nums.percent_nouns if not UNDEFINED_MEASURES.search(p)]
    metrics += [
        m.group(0)
        for m in re.finditer(
            r"\b\d[\d,.]*\s?%\s+of\s+(?!them\b|us\b|those\b)[\w-]+(?:\s+[\w-]+)?", masked
        )
    ]
    metrics += [c for c in nums.counts if not VANITY.search(c) and not UNDEFINED_MEASURES.search(c)]
    metrics += [m.group(0) for m in re.finditer(r"\btop[- ]\d+\b", masked, _I)]
    # "Keep all 14 of the panel appointments", "plans agreed with all six clients": the whole of
    # a counted set is both what is counted and the value to reach
    # (read in the goal itself: the mask of descriptive numbers would hide "all 12 stores")
    for m in _ALL_COUNTED.finditer(goal):
        sig.targets = _dedupe([*sig.targets, m.group(0)])
        if _COMPLETES.search(goal):  # kept, agreed, signed, fitted: the count is the measure
            metrics.append(m.group(0))
    for m in (*_EVERY_DONE.finditer(goal), *_NONE_PAST.finditer(goal)):
        sig.targets = _dedupe([*sig.targets, m.group(0).strip()])
        metrics.append(m.group(0).strip())
    # "WIP inventory level: -18% by 2029" (a KPI row): the label is what is measured
    label = _LABELLED_VALUE.match(masked)
    if label and not VANITY.search(label.group(1)):
        metrics.append(label.group(1).strip())
    if re.search(r"\bbaseline\b", masked, _I):
        metrics.append("baseline")
    if org is not None:
        for metric in org.metrics:
            name = re.sub(r"\s*\(.*?\)", "", metric.name).strip()
            if len(name) > 3 and re.search(rf"\b{re.escape(name)}s?\b", masked, _I):
                metrics.append(name)
    sig.metrics = _dedupe(metrics)
    sig.undefined = _dedupe(
        [
            _metric_phrase(goal, masked, m.start(), m.end())
            for m in UNDEFINED_MEASURES.finditer(masked)
        ]
    )

    sig.buzzwords = _dedupe([m.group(0) for m in BUZZWORDS.finditer(goal)])
    sig.universal = _dedupe([_with_noun(goal, m) for m in UNIVERSAL.finditer(goal)])

    if sig.deadlines and not sig.buzzwords and not sig.vanity:
        d = DELIVERABLE.search(masked)
        # the deliverable must name what is delivered: "Q3: launch." names nothing
        obj = _noun_phrase_after(masked, d.end()) if d else ""
        obj = obj or (_noun_phrase_after(masked, d.end() + 4) if d else "")  # "the", "a"
        if d and re.fullmatch(r"certification|accreditation|migration", d.group(0), _I):
            obj = obj or _object_before(masked, d.start())  # "SOC 2 Type II certification"
        if d and obj and not re.search(r"\bexperience\b", masked, _I):
            sig.deliverable = f"{d.group(0)} {obj}"

    sig.audiences, sig.generic_audience = _find_audiences(goal)
    sig.people_facing = _dedupe(
        [m.group(0) for m in _PEOPLE_FACING.finditer(_mask(goal, owner_spans))]
    )
    return sig


def _with_noun(text: str, m: re.Match[str]) -> str:
    """'every' -> 'every touchpoint': quote the scope word with what it covers."""
    nxt = re.match(
        rf"\s+(?!{_FUNCTION_WORDS}\b|we\b|our\b)([A-Za-z][\w-]*)", text[m.end() : m.end() + 30], _I
    )
    return (
        f"{m.group(0)} {nxt.group(1)}"
        if nxt and m.group(0).lower() in {"every", "all"}
        else m.group(0)
    )


def _find_owners(text: str, org: OrgContext | None) -> tuple[list[str], list[Span]]:
    """Named roles and teams: the org's own roster first, then a generic role lexicon."""
    found: list[str] = []
    spans: list[Span] = []
    if org is not None:
        for role in org.roles:
            # a team of one word owns only as a team ("the People team"): "People cared for
            # each year" counts people
            # (an acronym, "IT", and a name of two words or more are the team as they stand)
            team = role.team or ""
            one_word = " " not in team and not team.isupper()
            said_as_team = r"\s+(?:team|directorate|department)" if one_word else ""
            for name, pattern in [
                (role.name, rf"\b{re.escape(role.name)}\b"),
                (team, rf"\b{re.escape(team)}{said_as_team}\b"),
            ]:
                for m in re.finditer(pattern, text, _I) if name else ():
                    found.append(m.group(0))
                    spans.append(m.span())
    for m in _ROLE_WORDS.finditer(text):
        words = m.group(0)
        if re.search(r"\b(?:every|each|all|any)\b", words, _I):
            continue
        if re.match(r"\s*members?\b", text[m.end() : m.end() + 10], _I):
            continue  # "team members" are people, not an owner
        found.append(words)
        spans.append(m.span())
    return _dedupe(found), spans


def _is_qualifier(word: str) -> bool:
    w = word.lower()
    return (
        w not in _GENERIC_BEFORE
        and not re.fullmatch(_FUNCTION_WORDS, w, _I)
        and not re.fullmatch(r"[\d,.%$]+", w)
        and not _GOAL_VERB_WORD.match(w)
    )


def _find_audiences(text: str) -> tuple[list[str], list[str]]:
    """Named segments ('new primary-care patients') and generic populations ('our customers')."""
    named: list[str] = [m.group(0) for m in _NAMED_SEGMENT.finditer(text)]
    generic: list[str] = []
    for m in _POPULATION_RE.finditer(text):
        start = m.start()
        for w in reversed(
            list(re.finditer(r"[\w'-]+", text[max(0, m.start() - 60) : m.start()]))[-3:]
        ):
            gap = text[max(0, m.start() - 60) + w.end() : start]
            if gap.strip() or not _is_qualifier(w.group(0)):
                break
            start = max(0, m.start() - 60) + w.start()
        post = re.match(
            r"\s+(?:holding|who|with|aged|using|that|living|enrolled|over \d|under \d)",
            text[m.end() : m.end() + 30],
            _I,
        )
        if start < m.start() or post:
            named.append(text[start : m.end() + (post.end() if post else 0)])
        else:
            generic.append(m.group(0))
    named += [m.group(0) for m in re.finditer(r"\bamong\s+[\w-]+(?:\s+[\w-]+){0,2}", text, _I)]
    return _dedupe(named), _dedupe(generic)


# --------------------------------------------------------------------------- output
def _focus(text: str, limit: int = 9, *, ellipsis: bool = True) -> str:
    """The statement's verb and object, short enough to quote back in a question.

    With ``ellipsis=False`` it is a verbatim slice of ``text`` (usable as evidence).
    """
    body = _OKR_PREFIX.sub("", text.strip())
    first = re.split(
        r"[.:;]\s|,\s(?=(?:and |so |while |which |leveraging |through ))", body, maxsplit=1
    )[0]
    words = first.strip().rstrip(".").split()
    return " ".join(words[:limit]) + (" ..." if ellipsis and len(words) > limit else "")


def _buzz_subject(text: str, buzzwords: list[str]) -> tuple[str, str] | None:
    """('experience', 'seamless') for 'a seamless, personalized experience across ...'."""
    stop = {
        "across",
        "for",
        "to",
        "in",
        "on",
        "with",
        "at",
        "by",
        "that",
        "so",
        "of",
        "through",
        "the",
        "and",
    }
    for buzz in buzzwords:
        if not _ADJECTIVE_BUZZ.match(buzz):
            continue
        m = re.search(rf"\b{re.escape(buzz)}\b((?:[\s,]+(?:and\s+)?[\w-]+){{1,3}})", text, _I)
        if not m:
            continue
        noun = None
        for w in (w for w in re.split(r"[\s,]+", m.group(1)) if w):
            if w.lower() in stop:
                if noun:
                    break
                continue
            noun = w
        if noun and not BUZZWORDS.fullmatch(noun) and not noun.lower().endswith("ly"):
            return noun.strip(".,;:").lower(), buzz.lower()
    return None


def _owned_measure(text: str, org: OrgContext | None) -> bool:
    """The org's metric definitions name an owner for what the statement measures ("Annual
    occupancy ... Owner: Revenue Management Director" for "Target annual occupancy: 68%")."""
    if org is None or not org.metrics:
        return False
    from agent.knowledge.kpis import measure_subject, same_measure

    head = measure_subject(text)
    return any(m.owner and same_measure(head, m.name) for m in org.metrics)


def _candidate_metrics(text: str, org: OrgContext | None, limit: int = 3) -> list[str]:
    """Org metrics that share the most words with the statement (all of them rank if none do)."""
    if org is None or not org.metrics:
        return []
    words = set(re.findall(r"[a-z]{4,}", text.lower()))
    ranked = sorted(
        (-len(words & set(re.findall(r"[a-z]{4,}", f"{m.name} {m.definition}".lower()))), i, m.name)
        for i, m in enumerate(org.metrics)
    )
    return [name for *_, name in ranked[:limit]]


def _candidate_roles(text: str, org: OrgContext | None, limit: int = 2) -> list[str]:
    """The owners of org metrics the statement names, then roles whose duties overlap it most."""
    if org is None or not org.roles:
        return []
    from agent.knowledge.remit import represents_staff

    owners: list[str] = []
    for metric in org.metrics:
        name = re.sub(r"\s*\(.*?\)", "", metric.name).strip()
        if metric.owner and len(name) > 3 and re.search(rf"\b{re.escape(name)}s?\b", text, _I):
            owners.append(metric.owner)
    words = set(re.findall(r"[a-z]{4,}", text.lower()))
    ranked = sorted(
        (
            -len(
                words
                & set(
                    re.findall(
                        r"[a-z]{4,}",
                        f"{r.name} {r.team or ''} {' '.join(r.responsibilities)}".lower(),
                    )
                )
            ),
            r.tier != "core",
            i,
            r.name,
        )
        for i, r in enumerate(org.roles)
        # Those who speak for the staff are consulted on a goal, never accountable for it.
        if not represents_staff(r)
    )
    return _dedupe(owners + [name for *_, name in ranked])[:limit]


def _quote(items: list[str], limit: int = 3) -> str:
    shown = [f"'{i}'" for i in items[:limit]]
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + " and " + shown[-1]


def _eg(names: list[str], prefix: str) -> str:
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
            suggested_rewrite="<Verb> <metric> for <audience> from <baseline> to <target> by <date>.",
        )
    sig = signals(statement, org)
    focus = _focus(sig.goal_text)
    quote = _focus(sig.goal_text, ellipsis=False)  # verbatim, for evidence
    metric = sig.metrics[0] if sig.metrics else None
    target = sig.primary_target
    cand_metrics = _candidate_metrics(statement, org)
    reasons: list[VaguenessReason] = []
    questions: list[str] = []

    def add(code: str, message: str, evidence: str | None, question: str | None) -> None:
        reasons.append(VaguenessReason(code=code, message=message, evidence=evidence))
        if question:
            questions.append(question)

    # --- core elements: what will change, to what value, by when
    if sig.vanity_only:
        v = sig.vanity[0]
        add(
            "vanity_metric",
            f"The only measure is {_quote(sig.vanity)}: attention or activity, not a business outcome.",
            ", ".join(sig.vanity),
            f"What business outcome should the {v.lower()} lead to (e.g. conversion, revenue, retention)"
            f"{_eg(cand_metrics, 'your context defines')}, and what value by when?",
        )
    elif not sig.has_metric:
        subject = _buzz_subject(sig.goal_text, sig.buzzwords)
        if subject:
            ask = f"the {subject[0]} is '{subject[1]}'"
        elif sig.undefined:
            ask = f"the {sig.undefined[0].lower()} has improved"
        else:
            ask = f"'{focus}' is happening"
        add(
            "no_metric",
            f"{_quote(sig.undefined[:2])} {'is' if len(sig.undefined) == 1 else 'are'} not a defined measure; nothing says how change will be counted."
            if sig.undefined
            else "No measurable quantity names what will change.",
            ", ".join(sig.undefined[:2]) if sig.undefined else quote,
            f"Which metric tells us {ask}{_eg(cand_metrics, 'candidates from your context:')}?",
        )

    if not sig.has_target:
        what = metric or (sig.vanity[0] if sig.vanity else None)
        add(
            "no_target",
            f"{_quote([what])} is named but not the value to reach (a number, a from/to pair, a % change)."
            if what
            else "No target value, baseline or size of change is given.",
            what or quote,
            f"What value should {what} reach, and from what baseline?"
            if what
            else "What value counts as success, and from what baseline?",
        )

    if not sig.deadlines:
        measure = metric or (sig.vanity[0] if sig.vanity else None)
        if measure and (measure in sig.targets or re.match(r"^[-+−~<>£$€]?\d", measure)):
            measure = None  # "top-10" is the target itself; "22 min" is a value, not a measure
        if target and target.count(")") > target.count("("):
            target = target.rstrip(") ")  # "(from 22 min to 14 min)": the bracket is not the target
        if measure and target and target.casefold() not in measure.casefold():
            question = f"By when should {measure} reach {target} (a month, quarter or fiscal year)?"
        elif measure:
            question = (
                f"By when should {measure} reach the target (a month, quarter or fiscal year)?"
            )
        else:
            question = f"By when should '{focus}' be done (a month, quarter or fiscal year)?"
        add(
            "no_deadline",
            "No date, quarter, fiscal year or duration says by when.",
            target or measure or quote,
            question,
        )

    core_missing = any(r.code in _CORE for r in reasons)

    # --- warnings and strengtheners
    if sig.buzzwords:
        add(
            "buzzword",
            f"{_quote(sig.buzzwords)} {'is' if len(sig.buzzwords) == 1 else 'are'} strategy language, not something a team can check.",
            ", ".join(sig.buzzwords),
            f"What {'does' if len(sig.buzzwords) == 1 else 'do'} {_quote(sig.buzzwords, 2)} mean here, in terms a team could check?"
            if core_missing and not _buzz_subject(sig.goal_text, sig.buzzwords)
            else None,
        )
    if sig.universal:
        m = re.search(
            r"\b(?:every|all|across all|across every)\s+(?!\d)([a-z][\w-]*)", sig.goal_text, _I
        )
        noun = (
            m.group(1)
            if m and m.group(1).lower() not in {"the", "of", "we", "our", "that", "stages", "stage"}
            else None
        )
        add(
            "universal_scope",
            f"{_quote(sig.universal)} sets no boundary; doing everything at once is how nothing gets done well.",
            ", ".join(sig.universal),
            (
                f"Which {noun if noun.endswith('s') else noun + 's'} come first? Pick at most three to start with."
                if noun
                else "Where does this start? Pick at most three places, channels or groups."
            )
            if core_missing
            else None,
        )
    if core_missing and not sig.audiences and (sig.generic_audience or sig.people_facing):
        who = plural(sig.generic_audience[0].lower()) if sig.generic_audience else None
        add(
            "no_audience",
            f"Only the generic '{who}' is named; no segment says for whom."
            if who
            else "No audience or segment is named.",
            sig.generic_audience[0] if sig.generic_audience else sig.people_facing[0],
            f"Which {who} exactly? Name the segment that comes first (e.g. new, first-time, high-value)."
            if who
            else "Who exactly is this for? Name the segment that comes first.",
        )
    if core_missing and not sig.owners and not _owned_measure(statement, org):
        add(
            "no_owner",
            "No role or team is named as accountable.",
            None,
            f"Which role is accountable for this{_eg(_candidate_roles(statement, org), 'e.g.')}?",
        )

    score = 0.0
    for r in reasons:
        weight = WEIGHTS.get(r.code, 0.0)
        score += weight * min(2, len(sig.buzzwords)) if r.code == "buzzword" else weight
    score = round(min(1.0, score), 2)
    vague = score >= VAGUE_THRESHOLD
    codes = [r.code for r in reasons]
    return Vagueness(
        vague=vague,
        score=score,
        reasons=reasons,
        questions=_dedupe_questions(questions) if vague else [],
        suggested_rewrite=_rewrite(statement, sig, codes, cand_metrics) if vague else None,
    )


def _dedupe_questions(questions: list[str]) -> list[str]:
    seen: set[str] = set()
    return [q for q in questions if not (q in seen or seen.add(q))]  # type: ignore[func-returns-value]


def _rewrite(statement: str, sig: Signals, codes: list[str], cand_metrics: list[str]) -> str:
    """Keep the statement's words; add placeholders for what is missing.

    'Improve HCAHPS scores by FY2027' -> 'Improve HCAHPS scores from <baseline> to <target> by FY2027'.
    """
    base = statement.rstrip(" .;")
    metric_ph = f"<metric, e.g. {cand_metrics[0]}>" if cand_metrics else "<metric>"
    measured = ""
    if "vanity_metric" in codes:
        measured = f"measured by {metric_ph} (not {sig.vanity[0].lower()})"
    elif "no_metric" in codes:
        measured = f"measured by {metric_ph}"
    audience = "for <audience>" if "no_audience" in codes else ""
    need_target = bool({"no_target", "no_metric", "vanity_metric"} & set(codes))
    target = "from <baseline> to <target>" if need_target else ""
    deadline = "by <date>" if "no_deadline" in codes else ""

    if target and not measured and not audience and sig.deadlines:
        # put the target before the statement's own deadline
        idx = base.find(sig.deadlines[0])
        lead = re.search(
            r"\b(?:by|in|before|until|during|within|over|through)\s+(?:the\s+)?(?:end\s+of\s+)?$",
            base[:idx],
            _I,
        )
        cut = lead.start() if lead else idx
        if cut > 0:
            base = f"{base[:cut].rstrip(' ,')} {target} {base[cut:]}"
            target = ""
    head = ", ".join(p for p in [measured] if p)
    tail = " ".join(p for p in [audience, target, deadline] if p)
    out = base
    if head:
        out += f", {head}"
    if tail:
        out += f" {tail}"
    if "no_owner" in codes:
        out += " (owner: <role>)"
    return " ".join(out.split()) + "."


def naive_assess(text: str) -> bool:
    """Baseline: vague when the statement contains any buzzword; nothing else is looked at."""
    return bool(BUZZWORDS.search(text or ""))
