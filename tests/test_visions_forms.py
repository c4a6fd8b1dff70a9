"""Goals as more decks set them out: the statement right under an "OUR AMBITION" label, the
initiative names bulleted under each "Priority N" of an overview (no goals of their own), a
line that says how the plan is filed, and a sentence that runs two measures' targets together
beside the table that sets each. The wording here is made up for the tests."""

from __future__ import annotations

from agent.engines.rules.visions import find_visions
from schemas.deck import BlockKind
from tests.decks import slide_deck, table_block

COVER = ("Open Field 2032", ["Board paper, June 2029"])


def _texts(deck) -> list[str]:  # type: ignore[no-untyped-def]
    return [v.text for v in find_visions(deck)]


def test_the_statement_right_under_an_ambition_label_is_the_north_star() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Where the plan takes the game by 2032",
                [
                    "02 · OUR AMBITION",
                    "A club within reach of everyone in the county who wants to play or help.",
                ],
            ),
        ],
        bullets=False,
    )
    assert any(t.startswith("A club within reach of everyone") for t in _texts(deck))


def test_a_card_under_a_sections_ambition_label_is_no_north_star() -> None:
    """The section's label over the first card's heading ("Service Standard"): the card's line
    is a principle of the section, not the slide's statement."""
    deck = slide_deck(
        [
            COVER,
            (
                "Principles we design by",
                [
                    "02 · OUR AMBITION",
                    "Service Standard",
                    "Every service is assessed against the national service standard.",
                    "Open standards",
                    "We own our data and can change supplier.",
                ],
            ),
        ],
        bullets=False,
    )
    assert not any(t.startswith("Every service is assessed") for t in _texts(deck))


def test_initiative_names_bulleted_under_each_priority_are_no_goals() -> None:
    lines = ["03 · FOUR PRIORITIES", "Every initiative in the plan sits under one of them"]
    for n, name, goal, work in [
        (1, "Grow the game", "More players, more women and girls.", ["An officer in every county"]),
        (
            2,
            "Keep players playing",
            "Competitions that fit lives.",
            ["A call to every lapsed player"],
        ),
        (
            3,
            "Safe clubs",
            "Every club safe, well run and fit for the girls' game.",
            ["A welfare officer in every club"],
        ),
    ]:
        lines += [f"Priority {n}", name, goal, *work]
    deck = slide_deck([COVER, ("Four priorities, one plan", lines)], bullets=False)
    for unit in deck.units:
        for block in unit.blocks:
            if block.kind is BlockKind.body and block.text.startswith(
                ("An officer", "A call", "A welfare")
            ):
                block.bullet = True
    texts = _texts(deck)
    assert not any(t.startswith(("An officer", "A call to every", "A welfare")) for t in texts), (
        texts
    )
    assert not any("sits under one of them" in t for t in texts), texts


def test_a_sentence_running_two_measures_together_gives_each_row_its_own_goal() -> None:
    """ "Goal: 40% of repeat orders on the app and 98% of deliveries made at the first attempt"
    beside a table with a row for each: one goal a row, each also stated on the sentence's
    slide; not the sentence standing for one row and the other row beside it."""
    deck = slide_deck(
        [
            COVER,
            (
                "Repeats made easy",
                [
                    "Goal: 40% of repeat orders on the app and 98% of deliveries made first time, by March 2031"
                ],
            ),
            ("How we will know it is working", ["MEASURES"]),
        ],
        bullets=False,
    )
    rows = [
        ["Measure", "Baseline", "Target March 2031"],
        ["Repeat orders made on the app", "11%", "40%"],
        ["Deliveries made first time", "93%", "98%"],
    ]
    deck.units[2].blocks.append(table_block(rows, 3, order=2))
    visions = find_visions(deck)
    texts = [v.text for v in visions]
    assert any(t.startswith("Repeat orders made on the app") for t in texts), texts
    assert any(t.startswith("Deliveries made first time") for t in texts), texts
    assert not any(t.startswith("40% of repeat orders") for t in texts), texts
    repeat = next(v for v in visions if v.text.startswith("Repeat orders"))
    assert repeat.source.slide == 3 and any(s.slide == 2 for s in repeat.also_stated)


def test_words_that_introduce_a_goal_are_no_part_of_it() -> None:
    """ "Our target is simple to state: by September 2030, ..." in the summary says the goal the
    ambition slide states again: one goal, in its own words."""
    deck = slide_deck(
        [
            COVER,
            (
                "The paper in brief",
                [
                    "Our target is simple to state: by September 2030, any patient who asks for a "
                    "routine appointment is offered one within ten working days."
                ],
            ),
            (
                "What we want to achieve",
                [
                    "By September 2030, any patient who asks a practice for a routine appointment "
                    "will be offered one within ten working days."
                ],
            ),
        ],
        bullets=False,
    )
    texts = _texts(deck)
    assert not any(t.lower().startswith("our target is simple") for t in texts), texts
    assert sum("routine appointment" in t for t in texts) == 1, texts


def test_short_goals_under_goal_labels_stay_goals() -> None:
    """ "Goal 1" over "Every child reads well by seven": a goal's label, not a pillar's, so the
    bulleted line under it is the goal itself."""
    lines = []
    for n, goal in enumerate(
        ["Every child reads well by seven", "No family in a B&B", "Clean air on every street"], 1
    ):
        lines += [f"Goal {n}", goal]
    deck = slide_deck([COVER, ("Three goals for 2030", lines)], bullets=False)
    for block in deck.units[1].blocks:
        if block.kind is BlockKind.body and not block.text.startswith("Goal"):
            block.bullet = True
    texts = _texts(deck)
    assert any(t.startswith("Every child reads well") for t in texts), texts
