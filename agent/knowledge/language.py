"""The language of a deck's lines, and a bilingual deck read in English.

Welsh public bodies publish every slide in Welsh and in English, as Canadian ones do in French
and English: each goal is said twice, once in a language the rules do not read, and the other
language's twin would otherwise be planned as a goal of its own ("cyfradd ailgylchu statudol"
beside "statutory recycling rate"). A bilingual deck keeps its English lines; the other
language's lines are set aside, and the plan says so. Lines are identified by py3langid, whose
model ships in its wheel; it is loaded only for a deck whose long lines are often without an
English function word, so an English deck costs nothing.
"""

from __future__ import annotations

import functools
import re
import threading
from typing import Any

from schemas.deck import Block, BlockKind, Deck, Unit

# Words nearly every English sentence of six words or more holds ("a", "in" and "on" are
# words of other languages too).
_FUNCTION = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "for",
        "is",
        "that",
        "by",
        "with",
        "we",
        "our",
        "will",
        "be",
        "are",
        "at",
        "from",
        "as",
        "it",
        "this",
        "every",
        "each",
        "per",
        "into",
        "across",
        "more",
        "than",
        "all",
        "has",
        "have",
        "can",
        "not",
    ]
)
_WORD = re.compile(r"[^\W\d_]{2,}")
_PAIR = re.compile(r"\s+/\s+")  # "Ein huchelgais / Our ambition"
_NAMES = {
    "cy": "Welsh",
    "ga": "Irish",
    "gd": "Scottish Gaelic",
    "fr": "French",
    "es": "Spanish",
    "ca": "Catalan",
    "eu": "Basque",
    "de": "German",
    "nl": "Dutch",
    "it": "Italian",
    "pt": "Portuguese",
    "sv": "Swedish",
    "no": "Norwegian",
    "da": "Danish",
    "fi": "Finnish",
    "pl": "Polish",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
}
_LEAST = 8
_LONGEST_PAIR = 60  # words of a line cut into its two languages at most
_LOCK = threading.Lock()  # the identifier's language set is state shared by every run


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=False)


def language_name(code: str) -> str:
    return _NAMES.get(code, f"a language other than English ({code})")


def _lines(deck: Deck) -> list[str]:
    out: list[str] = []
    for unit in deck.units:
        for block in unit.blocks:
            if block.kind is BlockKind.table and block.rows:
                out += [line for row in block.rows for cell in row for line in cell.splitlines()]
            elif block.kind in (BlockKind.body, BlockKind.title, BlockKind.notes):
                out += block.text.splitlines()
    return [" ".join(line.split()) for line in out if line.strip()]


def _maybe_foreign(lines: list[str]) -> bool:
    """Three different long lines or more, a sixth of them at least, without an English
    function word. (English headlines, "Market size · Competitive landscape", come close: the
    identifier decides; this only spares an English deck the cost of loading it.)"""
    unique = dict.fromkeys(lines)
    long = [words for line in unique if len(words := _WORD.findall(line.lower())) >= 6]
    bare = sum(not _FUNCTION.intersection(words) for words in long)
    return bare >= 3 and bare >= 0.15 * len(long)


def deck_languages(deck: Deck) -> tuple[str, str | None]:
    """The deck's main language and, for a bilingual deck beside English, its other one:
    ("en", None) for an English deck, ("en", "cy") for Welsh and English, ("fr", None) for a
    deck in French alone."""
    lines = _lines(deck)
    if not _maybe_foreign(lines):
        return "en", None
    counted: dict[str, int] = {}
    with _LOCK:
        ident = _identifier()
        ident.set_languages(None)
        for line in lines:
            # sentences, not labels: a table of place names or addresses in Welsh is no
            # Welsh text beside the English
            if len(_WORD.findall(line)) >= 4:
                code = ident.classify(line)[0]
                counted[code] = counted.get(code, 0) + 1
    total = sum(counted.values()) or 1
    ranked = sorted(counted, key=lambda c: -counted[c])
    other = next((c for c in ranked if c != "en"), None)
    english = counted.get("en", 0) / total
    if other is None:
        return "en", None
    if english < 0.2 and counted[other] >= 3 and counted[other] > counted.get("en", 0):
        return other, None
    # (a few short lines, a table's labels, can read as any language: a deck is bilingual
    # only on eight lines of its other language, a fifth of what was read)
    if counted[other] >= _LEAST and counted[other] / total >= 0.2 and english >= 0.2:
        return "en", other
    return "en", None


def english_view(deck: Deck) -> tuple[Deck, str | None]:
    """The deck as it reads in English, and a note for the plan: a bilingual deck without its
    other language's lines ("Ein huchelgais / Our ambition" is "Our ambition"), a deck in
    another language as it is, with a warning that the rules read English. An English deck is
    returned as it is, with no note."""
    main, other = deck_languages(deck)
    if main != "en":
        return deck, (
            f"the deck reads as {language_name(main)}: goals, tasks and dates are read from "
            "English text, so this plan may miss most of it"
        )
    if other is None:
        return deck, None
    dropped = 0
    with _LOCK:
        ident = _identifier()
        ident.set_languages(["en", other])
        try:
            reader = _Reader(ident, other)

            def keep(line: str, count: bool = True) -> str | None:
                nonlocal dropped
                kept = _english_part(line, reader)
                dropped += count and kept != line
                return kept

            units = []
            for unit in deck.units:
                english, cells = _english_unit(unit, keep)
                units.append(english)
                dropped += cells
        finally:
            ident.set_languages(None)
    if not dropped:
        return deck, None  # another language's names and labels, no twins to set aside
    name = language_name(other)
    note = (
        f"bilingual deck ({name} and English): {dropped} lines in {name} were set aside and "
        "their English twins planned"
    )
    return deck.model_copy(update={"units": units}), note


_CLEAR = 3.0  # how much more English one part must read than the other to be taken for it
_STARTS = re.compile(r"[(\"'‘“]?[A-Z0-9£$€]")  # where a paragraph may start


def _skeleton(words: list[str], placed: bool) -> list[tuple[int, str]]:
    """A half's figures and marks, in order (with their places): what its twin in the other
    language repeats ("Cam 2 ·" and "Phase 2 ·"; "... Hydref 2029, yna ...;" and "... October
    2029, then ...;")."""
    marks = [(i, re.sub(r"[^\d;:·|/–—-]", "", w)) for i, w in enumerate(words)]
    return [(i if placed else 0, m) for i, m in marks if m]


_FIGURES = re.compile(r"^[£$€]?\d[\d.,]*\s?(?:%|kg|t|m|bn|k)?(?=\s)")


class _Reader:
    """Scores of a line under English and the deck's other language (log-probabilities)."""

    def __init__(self, ident: Any, other: str) -> None:
        self.ident, self.other = ident, other

    def scores(self, text: str) -> tuple[float, float]:
        ranked = dict(self.ident.rank(text))
        return float(ranked.get("en", 0.0)), float(ranked.get(self.other, 0.0))

    def margin(self, text: str) -> float:
        english, other = self.scores(text)
        return english - other


def _english_part(line: str, reader: _Reader) -> str | None:
    """The English of a line: "Ein huchelgais / Our ambition" -> "Our ambition"; a table
    cell whose two paragraphs were run into one line ("Cyfradd ailgylchu statudol Statutory
    recycling rate") -> its English half; a line in the other language -> None."""
    parts = _PAIR.split(line)
    worded = [p for p in parts if _WORD.search(p)]
    if len(worded) >= 2:
        said = {p: reader.margin(p) for p in worded}
        best = max(said.values())
        kept = [p for p in parts if p not in said or (said[p] >= 0 and best - said[p] < _CLEAR)]
        return " / ".join(kept) if kept else None
    if not _WORD.search(line) or len(line.split()) < 2:
        return line  # a figure, a name: no language to tell
    # (a cell's or a title's two halves are short: a long line is cut nowhere, at no cost)
    split = _split(line, reader) if len(line.split()) <= _LONGEST_PAIR else None
    if split is not None:
        return split
    if len(_WORD.findall(line)) < 2:
        return line
    return None if reader.margin(line) < 0 else line


def _split(line: str, reader: _Reader) -> str | None:
    """The English half of a line that says the same in two languages, one after the other
    (a cell's two paragraphs run into one line): cut where a paragraph could start (a capital
    or a figure), the English half reading clearly English and the other clearly not. None
    when no cut does."""
    words = line.split()
    starts = [i for i in range(1, len(words)) if _STARTS.match(words[i])]
    # Halves that mirror each other's figures and marks ("Cam 2 · Peilot yn Nhrefaelog" and
    # "Phase 2 · Pilot in Trefaelog", "70% erbyn 2029-30" and "70% by 2029-30") are the two
    # languages: the likelier English of the two is kept, whatever names it carries. Twins
    # say the same in about as many words, their marks in the same places if they can.
    for placed in (True, False):
        twins: list[tuple[float, str]] = []
        for i in starts:
            left, right = words[:i], words[i:]
            if max(len(left), len(right)) > 1.5 * min(len(left), len(right)):
                continue
            if not _skeleton(left, placed) or _skeleton(left, placed) != _skeleton(right, placed):
                continue
            halves = [" ".join(left), " ".join(right)]
            ml, mr = (reader.margin(h) for h in halves)
            if abs(ml - mr) >= _CLEAR:
                twins.append((abs(ml - mr), halves[1] if mr > ml else halves[0]))
        if twins:
            return max(twins)[1]
    if len(words) == 2:  # "Canolig Medium", "Uchel High": a word in each language
        first, second = (reader.margin(w) for w in words)
        if abs(first - second) >= _CLEAR:
            return words[1] if second > first else words[0]
    best: tuple[float, str, str] | None = None  # (how clearly, English half, the other half)
    for i in starts:
        before, after = " ".join(words[:i]), " ".join(words[i:])
        if not (_WORD.search(before) and _WORD.search(after)):
            continue
        mb, ma = reader.margin(before), reader.margin(after)
        for english, mine, theirs, rest in ((after, ma, mb, before), (before, mb, ma, after)):
            # (a word alone at either end is as likely a name, "... caddies for Trefaelog")
            if len(_WORD.findall(english)) < 2 or len(_WORD.findall(rest)) < 2:
                continue
            if mine < _CLEAR or theirs > -_CLEAR:
                continue
            if best is None or mine - theirs > best[0]:
                best = (mine - theirs, english, rest)
    if best is None:
        return None
    _, kept, dropped = best
    # the figure the two halves share, said once before both ("54% (rowndiau ...) (... only)")
    shared = _FIGURES.match(dropped)
    if shared and line.startswith(dropped) and not kept[:1].isdigit():
        kept = f"{shared.group(0)} {kept}"
    return kept


def _english_text(text: str, keep: Any) -> str:
    lines = [kept for line in text.splitlines() if (kept := keep(line)) is not None]
    return "\n".join(lines)


def _english_unit(unit: Unit, keep: Any) -> tuple[Unit, int]:
    """The unit read in English, and how many of its table cells that changed (counted as a
    line each; the other lines ``keep`` counts)."""
    blocks: list[Block] = []
    cells = 0
    quiet = functools.partial(keep, count=False)
    for block in unit.blocks:
        if block.kind is BlockKind.table and block.rows:
            # a cell is never blanked: one with no English in it stays as written (and is
            # not counted as set aside)
            rows = [[_english_text(cell, quiet) or cell for cell in row] for row in block.rows]
            cells += sum(
                new != old
                for row, was in zip(rows, block.rows, strict=True)
                for new, old in zip(row, was, strict=True)
            )
            text = "\n".join(" | ".join(row) for row in rows)
            blocks.append(block.model_copy(update={"rows": rows, "text": text}))
            continue
        if block.kind not in (BlockKind.body, BlockKind.title, BlockKind.notes):
            blocks.append(block)
            continue
        text = _english_text(block.text, keep)
        if text.strip():
            blocks.append(block.model_copy(update={"text": text}))
    # (the title is its first block's text again: counted there, not twice)
    title = _english_text(unit.title, quiet) if unit.title else unit.title
    return unit.model_copy(update={"blocks": blocks, "title": title or unit.title}), cells
