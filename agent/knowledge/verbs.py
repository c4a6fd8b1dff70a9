"""Verbs that open a statement of intent or a piece of work (imperative or infinitive)."""

from __future__ import annotations

import re

from agent.knowledge.text import words

# Verbs that open a statement of intent (imperative or infinitive).
INTENT_VERBS = frozenset(
    [
        "increase",
        "reduce",
        "grow",
        "deliver",
        "become",
        "build",
        "launch",
        "achieve",
        "improve",
        "create",
        "enable",
        "transform",
        "expand",
        "double",
        "triple",
        "halve",
        "cut",
        "make",
        "provide",
        "ensure",
        "establish",
        "lead",
        "drive",
        "reach",
        "offer",
        "modernize",
        "modernise",
        "personalize",
        "personalise",
        "unify",
        "raise",
        "lower",
        "decrease",
        "eliminate",
        "simplify",
        "streamline",
        "accelerate",
        "win",
        "capture",
        "retain",
        "attract",
        "convert",
        "shorten",
        "boost",
        "strengthen",
        "digitize",
        "digitise",
        "consolidate",
        "migrate",
        "introduce",
        "roll",
        "scale",
        "empower",
        "be",
        "own",
        "redesign",
        "rebuild",
        "replace",
        "automate",
        "integrate",
        "centralize",
        "centralise",
        "deepen",
        "differentiate",
        "position",
        "serve",
        "support",
        "protect",
        "secure",
        "open",
        "attain",
        "hit",
        "maintain",
        "elevate",
        "engage",
        "guarantee",
        "help",
        "use",
        "anticipate",
        "give",
        "let",
        "invest",
        "partner",
        "equip",
        "leverage",
        "harness",
        "reimagine",
        "connect",
        "resolve",
        "lift",
        "unlock",
        "bring",
        "close",
        "earn",
        "expand",
        "put",
    ]
)

# Verbs that open a piece of work in a plan ("Install sensors on 137 key assets"); a goal
# statement opens with the intent verbs above.
WORK_VERBS = INTENT_VERBS | frozenset(
    [
        # the verbs of a mobilisation list ("Agree the baselines", "Start procurement")
        "agree",
        "start",
        "begin",
        "move",
        "brief",
        "confirm",
        "submit",
        "take",
        "install",
        "deploy",
        "select",
        "hire",
        "recruit",
        "train",
        "pilot",
        "validate",
        "stand",
        "set",
        "define",
        "develop",
        "run",
        "implement",
        "embed",
        "capture",
        "replicate",
        "codify",
        "appoint",
        "publish",
        "sign",
        "complete",
        "cleanse",
        "retrofit",
        "finalize",
        "finalise",
        "prepare",
        "invite",
        "contract",
        "hold",
        "adopt",
        "assess",
        "audit",
        "pre-stock",
        "form",
        "design",
        "upgrade",
        "retire",
        "decommission",
        # the verbs of getting work under way ("Extend the licence", "Write the validation
        # plan"); not "book", which a service deck's customer does ("Book a first visit ...")
        "extend",
        "write",
        "draft",
        "procure",
        "tender",
        "negotiate",
        "commission",
        "schedule",
        "document",
        "test",
        "map",
        "update",
        "configure",
        "onboard",
        "renew",
        "issue",
        "nominate",
        "allocate",
        "consult",
        "survey",
        # selling, recording, ordering and qualifying are work too ("Sell plans through one
        # sales flow", "Log every check", "Authorise 60 arrangers", "Qualify 40 colleagues")
        "sell",
        "log",
        "order",
        "authorise",
        "authorize",
        "qualify",
        "enrol",
        "enroll",
        "certify",
        # fitting, leasing, buying and paying are the work of a plan too ("Fit sensors in
        # every silo", "Lease 120 cars", "Seek advice")
        "fit",
        "lease",
        "buy",
        "pay",
        "seek",
        "recover",
        "visit",
        "reuse",
        "recycle",
        "fix",
        "turn",
        # making and taking things out ("Produce four shows a year", "Tour two productions")
        "produce",
        "tour",
        # counting, checking and tracing are the work of a plan too ("Count sea lice with
        # cameras", "Check moorings after every gale", "Trace every batch"); not "stock", a
        # measure's noun as often ("Stock record accuracy from 97% to 99%")
        "count",
        "check",
        "trace",
        "treat",
        # keeping and rotating are how a risk is answered ("Keep one boiler serviceable")
        "keep",
        "rotate",
        # choosing and applying open a procurement or a consent ("Choose the supplier", "Apply
        # for listed building consent")
        "choose",
        "apply",
        "advertise",
        # verbs no line opens with as a noun ("Retrain every grower", "Reopen the east wing")
        "retrain",
        "insulate",
        "replant",
        "relocate",
        "refit",
        "reopen",
        "propagate",
        "chase",
    ]
)

# Verbs that open a line as often as nouns do ("Trial two electric excavators" beside "Trial
# results", "Book interpreters" beside "Book sales"): work only before their object, a
# determiner or a name ("Feed Site Hub data into ...", "Tag every trolley").
NOUN_VERBS = frozenset(
    [
        "add",
        "feed",
        "trial",
        "switch",
        "walk",
        "tag",
        "meter",
        "pick",
        "scan",
        "book",
        "text",
        "answer",
        "talk",
        "repair",
        "swap",
        "sow",
        "show",
        "send",
        "call",
        "phone",
        "ring",
        "visit",
        "email",
        "check",
        "survey",
        "name",
        "knock",
        "record",
        "plan",
        "link",
        "weigh",
    ]
)
# "Repair or replace the 119 meters": two verbs sharing one object count as one
_OBJECT_AFTER = re.compile(
    r"^[A-Za-z][\w'-]*\s+(?:(?:or|and)\s+[a-z]+\s+)?(?:the|a|an|our|their|its|every|each|all|both|two|three|four|five|six|ten|"
    r"\d|[A-Z][\w'-]*\s+[a-zA-Z])"
    # a bare object, then where it is done: "Meter gas and heat for every glasshouse block"
    r"|^[A-Za-z][\w'-]*\s+[a-z]+(?:\s+[a-z]+)?(?:\s+and\s+[a-z]+)?\s+(?:for|at|in|on|across)\s+"
    r"(?:every|each|all)\b"
    # ... or a bare object of two words, then how it is now done: "Record plant losses on
    # handhelds instead of paper sheets"
    r"|^[A-Za-z][\w'-]*\s+[a-z]+\s+[a-z]+\s+(?:on|in|with|by|through)\s+[^.;]{2,40}?\s+instead\s+of\b"
    # ... or whom it is for, then what they get: "Send members a monthly growing guide"
    r"|^[A-Za-z][\w'-]*\s+(?:members|customers|staff|colleagues|residents|patients|parents|"
    r"pupils|students|users|visitors|guests|donors|tenants|volunteers|partners|suppliers)\s+"
    r"(?:a|an|the|their|our|one|two|three|\d)\b"
    # ... or a bare object of "x and y" over its thing, then how: "Pick click and collect
    # orders with a handheld app"
    r"|^[A-Za-z][\w'-]*\s+[a-z]+\s+and\s+[a-z]+\s+[a-z]+s\s+(?:with|at|in|on|for|by|from)\s"
)


# Verbs that name a deliverable (a thing built, bought, opened or switched), not a change in
# what the organization achieves (the vision finder's dated-deliverable rule).
DELIVERY_VERBS = frozenset(
    [
        "build",
        "rebuild",
        "open",
        "close",
        "replace",
        "install",
        "deploy",
        "roll",
        "launch",
        "automate",
        "introduce",
        "migrate",
        "upgrade",
        "retire",
        "decommission",
        "buy",
        "hire",
        "recruit",
        "fit",
        "implement",
        "set",
        "stand",
    ]
)


# Verbs of work only with their particle: "Call back every caller", not "Call bells answered".
_PHRASAL_WORK = frozenset(["call back", "ring back", "follow up", "sign up", "check in"])


# "Re-time the routes", "Re-tender the contract": a verb redone; not "Re-engagement rate"
_REDONE = re.compile(r"re-[a-z]{3,}(?<!ment)(?<!tion)(?<!ing)(?<!ness)(?<!ity)$")


def opens_with_work(text: str) -> bool:
    """A capitalised line whose first word is a verb of work ("Recruit the six surveyors."),
    or a compound whose last part is one, over its object ("Door-knock every street",
    "Photo-survey every drop")."""
    first = [w.lower() for w in words(text)[:2]]
    lead, _, verb = first[0].rpartition("-") if first else ("", "", "")
    if lead and lead not in _NO_COMPOUND and text[:1].isupper() and verb in WORK_VERBS | NOUN_VERBS:
        return bool(_OBJECT_AFTER.match(text))
    return (
        bool(first)
        and text[:1].isupper()
        and (
            first[0] in WORK_VERBS
            or bool(_REDONE.match(first[0]))
            and bool(_OBJECT_AFTER.match(text))
            or " ".join(first) in _PHRASAL_WORK
            or first[0] in NOUN_VERBS
            and bool(_OBJECT_AFTER.match(text))
        )
    )


# The first parts of a compound that make it no verb: "On-call availability", "Self-check".
_NO_COMPOUND = frozenset(
    [
        "on",
        "off",
        "in",
        "up",
        "out",
        "over",
        "under",
        "down",
        "by",
        "after",
        "non",
        "self",
        "all",
        "well",
        "full",
        "part",
        "half",
        "high",
        "low",
        "long",
        "short",
    ]
)

# Words that open a line but are no verb: "In the first month ...", "All the stewards ...".
_NOT_IMPERATIVE = frozenset(
    [
        "in",
        "at",
        "on",
        "by",
        "for",
        "of",
        "to",
        "from",
        "with",
        "within",
        "into",
        "onto",
        "across",
        "after",
        "before",
        "during",
        "under",
        "over",
        "through",
        "until",
        "since",
        "about",
        "around",
        "between",
        "among",
        "and",
        "but",
        "or",
        "so",
        "if",
        "when",
        "while",
        "as",
        "than",
        "then",
        "the",
        "a",
        "an",
        "all",
        "every",
        "each",
        "both",
        "some",
        "any",
        "no",
        "this",
        "that",
        "these",
        "those",
        "our",
        "their",
        "its",
        "his",
        "her",
        "my",
        "we",
        "you",
        "they",
        "it",
        "there",
        "here",
        "what",
        "which",
        "who",
        "how",
        "why",
        "where",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "only",
        "almost",
        "nearly",
        "just",
        "even",
        "also",
        "phase",
        "stage",
        "step",
        "wave",
        "week",
        "month",
        "year",
        "quarter",
        "day",
        "gate",
        "sprint",
        "round",
    ]
)
_DETERMINED = re.compile(
    # ("Report to the Programme Board ...": a verb that takes its object after "to")
    r"^[A-Z][a-z]{1,14}\s+(?:to\s+)?(?:the|a|an|our|their|its|every|each|all|both|two|three|four|five|"
    r"six|ten|\d)\b"
)


def opens_like_work(text: str) -> bool:
    """A line known to be a step ("Compare no-shows with ...", "Report to the board") that
    opens with a capitalised bare word, which may be its verb: not an article, a
    preposition, a pronoun or a number."""
    first = words(text)[:1]
    return (
        bool(first)
        and text.lstrip()[:1].isupper()
        and first[0].lower() not in _NOT_IMPERATIVE
        and not first[0][:1].isdigit()
    )


def imperative_item(text: str) -> bool:
    """A line of a list of work that opens with its verb: a verb of work ("Agree the
    baselines"), or any bare word before its object ("Order the turnstiles", "Ask the
    network operator to quote"). Only for lines already known to be a list of work."""
    first = words(text)[:1]
    return opens_with_work(text) or (
        bool(first) and first[0].lower() not in _NOT_IMPERATIVE and bool(_DETERMINED.match(text))
    )


# "We will ..." opens the deck's own commitment when a verb of work follows; "We will be the
# most trusted ...", "We will know this is working when ..." are goals and measures.
_NOT_WORK_AFTER_WE_WILL = frozenset(
    [
        "be",
        "become",
        "achieve",
        "remain",
        "continue",
        "know",
        "see",
        "measure",
        "aim",
        "want",
        "strive",
        "lead",
        "win",
        "own",
    ]
)


# Verbs after "we will" that state a hope, a state or a feeling, not work the deck commits to
# ("We will have ...", "We will need ...", "We will focus on ..."), or an ask the asks reader
# takes ("We will ask the Fund for £2.5m"): a verb no list of work verbs holds ("photograph",
# "clear", "sell") is work all the same.
_NOT_PLEDGED = frozenset(
    [
        "have",
        "need",
        "get",
        "hope",
        "try",
        "look",
        "feel",
        "think",
        "focus",
        "wish",
        "expect",
        "like",
        "love",
        "enjoy",
        "stay",
        "hear",
        "say",
        "welcome",
        "ask",
        "lose",
        "face",
        "struggle",
        "succeed",
        "fail",
        "suffer",
        "miss",
        "remain",
        "play",
    ]
)
# After "we will": a word that makes the line a value or a state ("We will always put
# patients first", "We will never compromise", "We will not close", "We will all play our
# part"), and one that only qualifies the verb after it ("We will also publish ...").
_VALUE_ADVERBS = frozenset(["always", "never", "not", "still", "all", "each", "together", "ever"])
_PASSING_ADVERBS = frozenset(["also", "then", "now", "first", "jointly", "quickly", "further"])
# "We will, subject to funding, open ...": the hedge set off after "will" is not the work.
_WE_LL = re.compile(r"^we['’]ll\b", re.I)  # "We'll fit ...", as said in notes and talk
_HEDGE = re.compile(r"^(we\s+will)\s*[,(–—-]\s*[^,()–—]{2,60}[,)–—-]\s*", re.I)


# A plan's paragraph number before the pledge: "3.2.1 We will ...", "4. We will ...", "(b) We will".
_PARAGRAPH_NUMBER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}[.)]|\([a-h]\))\s+(?=we\b)", re.I
)


def we_will_work(text: str) -> str | None:
    """The work a "We will <verb> ..." line commits to, capitalised ("Publish the tender
    ..."), else None. A verb of work, or any other verb but a state, a hope, a forecast, a
    value or a goal's own ("be", "achieve", "lose", "always put ...", "never ...")."""
    text = _HEDGE.sub(r"\1 ", _WE_LL.sub("We will", _PARAGRAPH_NUMBER.sub("", text.strip())))
    toks = words(text)
    if len(toks) < 4 or toks[0] != "we" or toks[1] != "will":
        return None
    skip = 1 if toks[2] in _PASSING_ADVERBS else 0
    verb = toks[2 + skip]
    if (
        verb in _VALUE_ADVERBS
        or verb in _NOT_WORK_AFTER_WE_WILL
        or verb not in WORK_VERBS
        and (
            verb in _NOT_PLEDGED
            or not verb.replace("-", "").isalpha()
            or verb.endswith("ly")
            or len(verb) < 3
        )
    ):
        return None
    parts = text.split(None, 2 + skip)
    rest = parts[-1] if len(parts) == 3 + skip else ""
    return rest[:1].upper() + rest[1:] if rest else None


_JOINING = frozenset(
    "with to by for of and or the a an at in on from into onto via as than our their its".split()  # noqa: SIM905
)
_DETERMINERS = frozenset("the a an our every each all its their".split())  # noqa: SIM905
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # "Open Reach": one name, no new piece
_NEXT_PIECE = re.compile(r"(?<=[a-z0-9%)])\s+(?=[A-Z][a-z]+\s+\S)")


def split_work_run(text: str) -> list[str]:
    """A table cell whose paragraphs were read as one run ("Install a canning line by June
    2028 Cut water use to 4.0 litres Recover heat from the wort cooler"): one piece per verb
    of work that opens a new capitalised word mid-sentence. Anything else stays whole: a name
    after a preposition or another capital ("with Open Reach", "Open University courses",
    "Buy Now Pay Later")."""
    cuts = [0]
    for m in _NEXT_PIECE.finditer(text):
        ahead = text[m.end() : m.end() + 40]
        following = ahead.split()[1:2]
        if following and following[0][:1] in _CAPITALS:
            continue
        prev = text[text.rfind(" ", 0, m.start()) + 1 : m.start()]
        # (an owner in brackets closes an item: "... dates (Technical Manager) Agree ...";
        # so does a name when the verb after it takes an article: "... on Site Hub Add the
        # telematics clause ...", never "Buy Now Pay Later")
        named = (
            prev[:1] in _CAPITALS
            and not prev.endswith(")")
            and not (following and following[0] in _DETERMINERS)
        )
        if named or prev.lower() in _JOINING or not opens_with_work(ahead):
            continue
        cuts.append(m.end())
    pieces = [text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
    # (the first item may open with any verb when its owner in brackets closes it)
    led = opens_with_work(text[:40]) or pieces[0].endswith(")")
    if len(pieces) > 1 and led and all(len(words(p)) >= 3 for p in pieces):
        return pieces
    return [text]
