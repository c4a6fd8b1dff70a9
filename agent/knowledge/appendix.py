"""A deck's appendix: the slides after a divider that says they are backup ("Appendix",
"Backup slides · for reference, not for decision"). Options the deck rejected, last years'
missed targets, a glossary and cost tables sit there; none of it is the plan, so it is set
aside before anything is read, and the plan says which slides were."""

from __future__ import annotations

import re

from agent.knowledge.lexicon import section
from schemas.deck import BlockKind, Deck, Unit

_MOST_LINES = 3  # a divider's title and a line or two under it, no more


def without_appendix(deck: Deck) -> tuple[Deck, str | None]:
    """The deck without the slides after its appendix divider, and a note naming them; the
    deck as it is, and no note, when it has none. A divider counts only in the deck's second
    half and with slides after it. A deck divided into sections sets aside the slides of its
    appendix section and of a section it parks ideas in ("Parking lot")."""
    aside = [
        u
        for u in deck.units
        if u.section
        and (section("appendix").match(u.section) or section("parked").match(u.section))
    ]
    if aside and len(aside) < len(deck.units):
        names = list(dict.fromkeys(u.section for u in aside if u.section))
        numbers = ", ".join(str(u.number) for u in aside)
        note = (
            f"slides {numbers} sit in the deck's "
            + " and ".join(f"'{n}'" for n in names)
            + (" section" if len(names) == 1 else " sections")
            + ": read as backup, not as the plan"
        )
        numbered = {u.number for u in aside}
        kept = deck.model_copy(
            update={
                "units": [u for u in deck.units if u.number not in numbered],
                "clock": deck.clock + _clock_lines(aside),
            }
        )
        rest, more = without_appendix(kept)  # a divider inside the sections kept
        return rest, f"{note}; {more}" if more else note
    units = deck.units
    for i, unit in enumerate(units):
        if i < len(units) // 2 or i == len(units) - 1 or unit.hidden:
            continue
        lines = [
            line
            for block in unit.blocks
            if block.kind in (BlockKind.title, BlockKind.body)
            for line in block.text.splitlines()
            if line.strip() and not line.strip().isdigit()
        ]
        heading = (unit.title or (lines[0] if lines else "")).strip()
        if not heading or len(lines) > _MOST_LINES or not section("appendix").match(heading):
            continue
        first, last = unit.number, units[-1].number
        kind = "pages" if deck.kind == "pdf" else "slides"
        note = (
            f"{kind} {first}-{last} follow the deck's '{heading}' divider: read as backup, "
            "not as the plan"
        )
        update = {"units": units[:i], "clock": deck.clock + _clock_lines(units[i:])}
        return deck.model_copy(update=update), note
    return deck, None


def _clock_lines(units: list[Unit]) -> list[str]:
    """The lines of set-aside slides that define the deck's financial year (a glossary's
    "FY29 runs March 2028 to February 2029"): the plan still reads its labels so."""
    from agent.knowledge.timeline import fiscal_year

    return [b.text for u in units for b in u.blocks if fiscal_year([b.text])]


# "Appendix A. Measures", "Appendix 2: Risks": an appendix named by its letter or number
_APPENDIX_HEAD = re.compile(r"^\s*appendix\s+([A-Z]|\d{1,2})\b[.:)]?[\s·—–-]*", re.I)
# "... is in Appendix A", "see Appendix B", "(Appendix C)": the body sends the reader there
_APPENDIX_CITED = re.compile(
    r"(?:\b(?:in|see|at|from|under)\s+|\()appendix\s+([A-Z]|\d{1,2})\b", re.I
)
# What an appendix holds that is not the plan, whoever points to it: options rejected or
# considered, alternatives, sources, workings.
_SET_ASIDE = re.compile(
    r"\b(?:rejected|discarded|set\s+aside|not\s+(?:chosen|pursued|taken)|considered|options?|"
    r"alternatives?|sources?|methodology|workings?|glossary|definitions?|assumptions?|backup)\b",
    re.I,
)


def cited_appendices(deck: Deck) -> frozenset[str]:
    """The appendices (by letter or number) the deck's own pages outside them point to."""
    return frozenset(
        m.group(1).upper()
        for u in deck.units
        if not _APPENDIX_HEAD.match(u.title or "")
        for b in u.blocks
        if b.kind is not BlockKind.notes
        for m in _APPENDIX_CITED.finditer(b.text[:20_000])
    )


def cited_title(title: str, cited: frozenset[str]) -> str:
    """A page's title without its appendix letter when the body points to that appendix
    ("Appendix A. Measures", "Every measure ... is in Appendix A": "Measures"), so the page is
    read as what it names; an appendix of rejected options, sources or workings keeps it."""
    lettered = _APPENDIX_HEAD.match(title)
    rest = title[lettered.end() :] if lettered else ""
    if lettered and lettered.group(1).upper() in cited and rest and not _SET_ASIDE.search(rest):
        return rest
    return title
