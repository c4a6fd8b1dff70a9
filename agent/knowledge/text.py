"""The project's one tokenizer and stemmer, and the text tools built on them.

Every part that compares words (vision finding, owner matching, retrieval, metrics) uses
these, so "bookings"/"booked", "scheduling"/"schedule" meet in one place. Stemming is the
Snowball English stemmer; results are cached per distinct word and per distinct text,
because planning compares the same few hundred strings tens of thousands of times.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

import snowballstemmer

# The project's one word tokenizer (``words`` lower-cases what it finds; the search index
# caches per raw token, so it reads the raw ones).
WORD = re.compile(
    r"\d{1,2}\s?(?:am|pm)\b|[A-Za-z][A-Za-z0-9&'\-]*|\d+(?:[.,]\d+)?%?", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
# An LDAP distinguished name, as a directory export writes a person or a manager
# ("CN=Ada Penrose,OU=Executive,DC=example,DC=local").
DIRECTORY_NAME = re.compile(r"^CN=[^,]+,(?:OU|DC)=", re.I)
# Snowball stemmers keep their working string on the object: one per thread.
_LOCAL = threading.local()


# Counts written as words, in order: NUMBER_WORDS[n] is n.
_COUNTS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
NUMBER_WORDS = tuple(_COUNTS.split())


def _stemmer() -> snowballstemmer.stemmer:
    found = getattr(_LOCAL, "stemmer", None)
    if found is None:
        found = _LOCAL.stemmer = snowballstemmer.stemmer("english")
    return found


STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "by",
        "from",
        "at",
        "as",
        "is",
        "are",
        "be",
        "been",
        "being",
        "was",
        "were",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "our",
        "we",
        "us",
        "you",
        "your",
        "their",
        "they",
        "them",
        "his",
        "her",
        "he",
        "she",
        "i",
        "my",
        "me",
        "not",
        "no",
        "do",
        "does",
        "did",
        "done",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "have",
        "has",
        "had",
        "into",
        "onto",
        "over",
        "under",
        "than",
        "then",
        "so",
        "such",
        "very",
        "more",
        "most",
        "less",
        "least",
        "all",
        "any",
        "each",
        "every",
        "both",
        "few",
        "many",
        "much",
        "other",
        "some",
        "own",
        "same",
        "just",
        "also",
        "only",
        "across",
        "per",
        "via",
        "about",
        "after",
        "before",
        "during",
        "within",
        "without",
        "while",
        "where",
        "when",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "how",
        "why",
        "there",
        "here",
        "out",
        "up",
        "down",
        "off",
        "again",
        "further",
        "once",
        "new",
        "if",
        "but",
        "because",
        "until",
        "through",
        "too",
        "nor",
        "am",
    ]
)

# Words that name the same situation in decks and scenarios ("after 6pm" is the evening).
SYNONYM_CLASSES: dict[str, str] = {
    **dict.fromkeys(
        (
            "6pm",
            "7pm",
            "8pm",
            "9pm",
            "10pm",
            "11pm",
            "evening",
            "night",
            "after-hours",
            "overnight",
        ),
        "evening",
    ),
    **dict.fromkeys(
        ("video", "virtual", "telehealth", "telemedicine", "amwell", "e-visit"), "virtual"
    ),
    **dict.fromkeys(("phone", "smartphone", "mobile", "app"), "mobile"),
    **dict.fromkeys(("orthopedic", "orthopedics", "orthopaedic", "knee", "hip"), "orthopedic"),
}


def words(text: str) -> list[str]:
    """Lower-case word tokens: letters (with & ' -), numbers with an optional %, times."""
    return list(_words(text))


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    # A run reads the same lines many times over (a slide's line for visions, the deck's
    # plan, owners, scenarios): 200,000 calls over the eight grounded eval cases.
    return tuple(w.lower().replace(" ", "").strip("'-") for w in WORD.findall(text))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    w = word.lower()
    if w in SYNONYM_CLASSES:
        return SYNONYM_CLASSES[w]
    if "-" in w and all(p.isalpha() for p in w.split("-") if p):
        # "self-scheduled" and "self-scheduling" meet: stem each part of a compound.
        return "-".join(stem(p) for p in w.split("-"))
    if len(w) <= 3 or not w.isalpha():
        return w
    found = str(_stemmer().stemWord(w))
    # Snowball stems "certified" to certifi but "certification" to certif: one family.
    return found[:-1] if found.endswith("ifi") and len(found) > 5 else found


@lru_cache(maxsize=32768)
def content_stems(text: str) -> frozenset[str]:
    """Stems of the words that carry meaning: no stopwords, no single letters."""
    # Two letters are enough for an acronym (QC, HR, OT); stopwords already hold "it", "us"...
    return frozenset(stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1)


def tokens(text: str) -> list[str]:
    """Stemmed tokens in order (duplicates kept), for term-frequency scoring."""
    return [stem(w) for w in words(text) if w not in STOPWORDS]


def overlap(a: Iterable[str] | str, b: Iterable[str] | str) -> float:
    """Share of a's content stems found in b (0..1)."""
    sa = content_stems(a) if isinstance(a, str) else set(a)
    sb = content_stems(b) if isinstance(b, str) else set(b)
    return len(sa & sb) / len(sa) if sa else 0.0


def rare_overlap(
    query: str | AbstractSet[str],
    docs: Sequence[AbstractSet[str]],
    *,
    weights: Mapping[str, float] | None = None,
) -> list[tuple[float, float]]:
    """Per doc: (share, mass) of the query's words (a text, or its stems) it holds, each word
    weighed by its rarity across the docs (IDF), times its own weight when ``weights`` gives
    one. Words no doc uses cannot tell docs apart and are left out."""
    n = len(docs)
    wanted = content_stems(query) if isinstance(query, str) else query
    df = {t: sum(t in d for d in docs) for t in wanted}
    # In sorted order: a float sum depends on its order, and set order on the hash seed; ties
    # between docs must not flip from one run to the next.
    weight = {
        t: (weights[t] if weights else 1.0) * math.log((n + 1) / (df[t] + 0.5))
        for t in sorted(wanted)
        if df[t]
    }
    total = sum(weight.values()) or 1.0
    masses = [sum(w for t, w in weight.items() if t in d) for d in docs]
    return [(mass / total, mass) for mass in masses]


def jaccard(a: str, b: str) -> float:
    sa, sb = content_stems(a), content_stems(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def sentences(text: str) -> list[str]:
    out: list[str] = []
    for line in re.split(r"[\n\r\u2022]+", text):
        line = " ".join(line.split())
        if line:
            out.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return out


def title_cased(text: str, *, skip: int = 0, least: int = 2) -> bool:
    """Every word that carries meaning is capitalised, and there are at least ``least`` of
    them, after the first ``skip`` words: a label ("Scale Across Sites"), where a statement or a
    line of work is in sentence case ("Recruit 40 nurses")."""
    every = re.findall(r"[A-Za-z][\w'-]*", text)[skip:]
    caps = [w for w in every if w.lower() not in STOPWORDS]
    return len(caps) >= least and all(w[0].isupper() for w in caps)


def plural(noun: str) -> str:
    """A noun's plural as a plan writes who it is for: "patient" -> "patients", "family" ->
    "families"; one already plural ("tenants", "people") stays."""
    if noun.endswith("s") or noun in {"people"}:
        return noun
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:-") + "…"


def contains_phrase(text: str, phrase: str) -> bool:
    return (
        re.search(rf"(?<![A-Za-z]){re.escape(phrase)}(?![A-Za-z])", text, re.IGNORECASE) is not None
    )


def slug(text: str, limit: int = 40) -> str:
    """A stable lower-case key fragment: 'Phase 1: Pilot' -> 'phase_1_pilot'."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:limit].strip("_")
