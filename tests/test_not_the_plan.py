"""What in a deck is not its plan's goals (issue 11: the deck's own plan): the backup slides
after an "Appendix" divider (options it rejected, last years' missed targets, a glossary)
are set aside, and the plan says which slides were; what a "What it takes" slide lists is
work, not goals. Made-up wording."""

from __future__ import annotations

from collections.abc import Sequence

from agent.knowledge.appendix import without_appendix
from agent.planning.deck_plan import read_deck_plan
from schemas.deck import Block, BlockKind, Deck, Provenance, Unit


def _deck(slides: Sequence[tuple[str | None, list[str]]]) -> Deck:
    units = []
    for n, (title, lines) in enumerate(slides, start=1):
        prov = Provenance(file="deck.pptx", slide=n)
        blocks = [Block(kind=BlockKind.title, text=title, source=prov)] if title else []
        blocks += [Block(kind=BlockKind.body, text=t, source=prov) for t in lines]
        units.append(Unit(number=n, kind="slide", title=title, blocks=blocks))
    return Deck(path="deck.pptx", name="deck.pptx", sha256="0" * 64, kind="pptx", units=units)


PLAN: list[tuple[str | None, list[str]]] = [
    ("Harbour Rail 2030", ["Board, March 2029"]),
    ("Our ambition", ["Nine trains in ten on time by March 2032"]),
    ("What we will do", ["Recruit 60 new drivers by March 2031", "Overhaul the 28 diesel units"]),
    ("The first 90 days", ["Open the driver academy by June 2029"]),
]
BACKUP: list[tuple[str | None, list[str]]] = [
    ("Appendix", ["Backup slides · for reference, not for decision"]),
    (None, ["Backup A · Options we considered", "Cut 6% of trains so every turn is covered"]),
    (None, ["Backup B · Glossary", "PPM: trains within five minutes of time"]),
]


def test_the_slides_after_an_appendix_divider_are_no_part_of_the_plan() -> None:
    deck, note = without_appendix(_deck(PLAN + BACKUP))
    assert [u.number for u in deck.units] == [1, 2, 3, 4]
    assert note == (
        "slides 5-7 follow the deck's 'Appendix' divider: read as backup, not as the plan"
    )
    titles = [c.title for c in read_deck_plan(deck).commitments]
    assert not any("Cut 6%" in t for t in titles), titles
    assert any(t.startswith("Recruit 60 new drivers") for t in titles), titles


def test_a_deck_without_a_divider_or_with_one_too_early_is_kept_whole() -> None:
    whole = _deck(PLAN)
    assert without_appendix(whole) == (whole, None)
    # a contents slide that lists an appendix, early in the deck, is no divider
    early = _deck([PLAN[0], ("Appendix", ["Contents"]), *PLAN[1:], ("Risks", ["Late units"])])
    assert without_appendix(early)[1] is None
    # a slide about backups is no divider ("Backup and recovery", late in an IT strategy)
    backups = _deck([*PLAN, ("Backup and recovery", ["Nightly copies"]), ("Risks", ["Late"])])
    assert without_appendix(backups)[1] is None
    # a divider with a slide's worth of content under it is a slide, not a divider
    full = _deck([*PLAN, ("Appendix A: costs", ["a", "b", "c", "d"]), ("Glossary", ["PPM"])])
    assert without_appendix(full)[1] is None


def test_what_a_what_it_takes_slide_lists_is_work_not_goals() -> None:
    """ "WHAT IT TAKES" over "Bring the training records into the volunteer system": the
    plan's enablers, read by the deck plan as commitments; its measured lines stay goals."""
    from agent.engines.rules.visions import find_visions

    slide = (
        "Our people and foundations",
        [
            "WHAT IT TAKES",
            "Bring clinical volunteers' training records into the volunteer system",
            "Give every community nurse a phone that works on two networks",
            "Registered nurse vacancies: 14.5% → under 6% by March 2031",
        ],
    )
    found = [d.text for d in find_visions(_deck([PLAN[0], slide]))]
    assert not any(t.startswith(("Bring", "Give")) for t in found), found
    assert any(t.startswith("Registered nurse vacancies") for t in found), found


def test_a_glossed_term_under_a_measures_table_is_no_goal() -> None:
    """ "Today = the 12 months to December 2028. 2031/32 = our financial year ...": what the
    table's words mean, not a goal; the goal beside it stays one."""
    from agent.engines.rules.visions import find_visions

    slide = (
        "Measures and targets",
        [
            "Today = the 12 months to December 2028. 2031/32 = our financial year, April 2031 "
            "to March 2032.",
            "By March 2032, 85% of the people who die in our care die in the place they chose",
        ],
    )
    found = [d.text for d in find_visions(_deck([PLAN[0], slide]))]
    assert not any(t.startswith("Today =") for t in found), found
    assert any(t.startswith("By March 2032, 85%") for t in found), found
