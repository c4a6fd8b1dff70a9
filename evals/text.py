"""Word-level text tools for the eval metrics: one tokenizer, one stemmer, one term matcher.

Every metric that compares words (citation support, PDF/PPTX parity, foreign terms) goes
through these functions, so the project can repoint them at its shared tokenizer in one
place. The stemmer is Snowball English (``snowballstemmer``), the maintained one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = {
    ord("\u2018"): "'",
    ord("\u2019"): "'",
    ord("\u201a"): "'",
    ord("\u201c"): '"',
    ord("\u201d"): '"',
    ord("\u201e"): '"',
}
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def normalize(text: str | None) -> str:
    """Lower-case, NFKC, ASCII quotes and dashes, single spaces."""
    if not text:
        return ""
    return _normalize(text)


# The metrics compare every task with every gold entry, so the same few hundred texts are
# normalised and stemmed hundreds of thousands of times per eval run: cache per distinct text.
@lru_cache(maxsize=65536)
def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip().casefold()


# Function words and the generic vocabulary of any plan: sharing "the" or "plan" with a
# cited passage says nothing about whether the passage supports the task.
_STOPWORDS_TEXT = """
    a about above after again all also am an and any are as at be been before being below
    between both but by can could did do does doing done down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself
    just least less may me might more most must my no nor not now of off on once only or
    other our ours out over own per same shall she should so some such than that the their
    them then there these they this those through to too under until up upon us very via
    was we were what when where which while who whom why will with within without would
    you your yours
    new one two three every each make use set get put run keep take give within across
    task tasks plan plans work step steps today name named write written define list
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


def tokens(text: str | None) -> list[str]:
    """Lower-case word tokens of ``text`` after the metrics' normalisation."""
    return _WORD.findall(normalize(text))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball English stem of one lower-case word."""
    return str(_stemmer().stemWord(word))


def content_stems(text: str | None) -> set[str]:
    """Stems of the content words of ``text``: no stopwords, no one-letter tokens, no bare numbers."""
    return set(_content_stems(text or ""))


@lru_cache(maxsize=65536)
def _content_stems(text: str) -> frozenset[str]:
    out: set[str] = set()
    for word in tokens(text):
        word = word.split("'")[0]
        if len(word) < 2 or word in STOPWORDS or word.isdigit():
            continue
        out.add(stem(word))
    return frozenset(out)


@lru_cache(maxsize=1024)
def _term_pattern(term: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in normalize(term).split()]
    # Whole words, case-insensitive, any spacing between words, a plural ending allowed:
    # "segment" finds "Segments" but not "segmentation"; "consent" not "nonconsent".
    return re.compile(r"(?<![a-z0-9])" + r"\s+".join(words) + r"(?:s|es)?(?![a-z0-9])")


def contains_term(text: str | None, term: str) -> bool:
    """Whether ``term`` occurs in ``text`` as whole words (case-insensitive, plural allowed)."""
    if not normalize(term):
        return False
    return bool(_term_pattern(term).search(normalize(text)))


__all__ = ["STOPWORDS", "contains_term", "content_stems", "normalize", "stem", "tokens"]
