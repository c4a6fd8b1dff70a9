"""Small text tools the rules engine shares: tokens, stems, sentence splitting, overlap."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

_WORD = re.compile(
    r"\d{1,2}\s?(?:am|pm)\b|[A-Za-z][A-Za-z0-9&'\-]*|\d+(?:[.,]\d+)?%?", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")

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
    ]
)


def words(text: str) -> list[str]:
    return [w.lower().replace(" ", "").strip("'-") for w in _WORD.findall(text)]


# Words that name the same situation in decks and scenarios ("after 6pm" is the evening).
CONCEPTS = {
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


def stem(word: str) -> str:
    """A light suffix stripper: enough to match 'bookings'/'booking'/'booked', 'minutes'/'minute'."""
    w = word.lower()
    if w in CONCEPTS:
        return CONCEPTS[w]
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            base = w[: -len(suffix)]
            if suffix == "es" and not base.endswith(("s", "x", "z", "ch", "sh")):
                base = w[:-1]  # "minutes" -> "minute", but "boxes" -> "box"
            return base + "y" if suffix in ("ies", "ied") else base
    return w


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 2}


def overlap(a: Iterable[str] | str, b: Iterable[str] | str) -> float:
    """Share of a's content stems found in b (0..1)."""
    sa = content_stems(a) if isinstance(a, str) else set(a)
    sb = content_stems(b) if isinstance(b, str) else set(b)
    return len(sa & sb) / len(sa) if sa else 0.0


def rare_overlap(query: str, docs: list[set[str]]) -> list[tuple[float, float]]:
    """Per doc: (share, mass) of the query's words it holds, each word weighed by its rarity
    across the docs (IDF). Words no doc uses cannot tell docs apart and are left out."""
    n = len(docs)
    wanted = content_stems(query)
    df = {t: sum(t in d for d in docs) for t in wanted}
    weight = {t: math.log((n + 1) / (df[t] + 0.5)) for t in wanted if df[t]}
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
