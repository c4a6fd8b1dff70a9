"""Roadmap layouts of dev11's kind, in made-up words (issue 11: a roadmap on the deck's clock):
a Gantt of shapes with stage banners over a strip of month numbers and gates drawn as coded
diamonds named in a legend; a timeline whose stages are named in a row and dated by ticks at
their boundaries; a plan's window stated in its summary, not on its cover."""

from __future__ import annotations

from agent.planning import _phases
from agent.planning.deck_plan import read_deck_plan
from schemas.deck import Block, BlockKind, Deck, Provenance, Unit
from tests.decks import slide_deck

EMU = 91440


def _text_slide(number: int, title: str, lines: list[str]) -> Unit:
    prov = Provenance(file="deck.pptx", slide=number)
    blocks = [Block(kind=BlockKind.title, text=title, source=prov)]
    blocks += [Block(kind=BlockKind.body, text=line, source=prov) for line in lines]
    return Unit(number=number, kind="slide", title=title, blocks=blocks)


def test_banners_over_month_numbers_are_the_stages_and_coded_gates_take_their_legend() -> None:
    prov = Provenance(file="deck.pptx", slide=3)

    def box(text: str, x: float, y: float, w: float, h: float = 3) -> Block:
        return Block(
            kind=BlockKind.body,
            text=text,
            box=(int(x * EMU), int(y * EMU), int(w * EMU), int(h * EMU)),
            source=prov,
        )

    blocks = [Block(kind=BlockKind.title, text="Roadmap: 18 months, three stages", source=prov)]
    blocks += [box("SET UP", 30, 10, 15), box("TRY", 45, 10, 30), box("SPREAD", 75, 10, 45)]
    blocks += [box(f"M{n}", 30 + 5 * (n - 1), 16, 5) for n in range(1, 19)]
    # the first row of bars follows on end to end: work, not the stages
    blocks += [box("Depot A", 5, 22, 20), box("Sign the contract", 30, 22, 15)]
    blocks += [box("Run the trial at Depot A", 45, 22, 30), box("All depots", 75, 22, 35)]
    blocks += [box("Solar roofs", 45, 28, 40)]
    blocks += [box("G1", 43, 40, 3), box("G2", 73, 40, 3), box("G3", 117, 40, 3)]
    blocks += [
        box("G1 Ready: contract signed · G2 Depot A go/no-go · G3 Close and review", 5, 46, 110)
    ]
    chart = Unit(number=3, kind="slide", title=blocks[0].text, blocks=blocks)
    deck = Deck(
        path="deck.pptx",
        name="deck.pptx",
        sha256="0" * 64,
        kind="pptx",
        units=[
            _text_slide(1, "Cleaner depots 2029", ["Board, 2 December 2027"]),
            _text_slide(
                2,
                "On a page",
                [
                    "The programme runs from March 2028 to August 2029, in three stages.",
                    "Where we stand in 2026/27",
                ],
            ),
            chart,
        ],
    )
    plan = read_deck_plan(deck)
    assert plan.start_year == 2028  # the summary's window, not "2026/27"
    assert [p.name for p in plan.phases] == ["SET UP", "TRY", "SPREAD"]
    months = [round((p.end_week - p.start_week) / (52 / 12)) for p in plan.phases]
    assert months == [3, 6, 9], months
    gates = [c.title for c in plan.commitments if c.kind == "gate"]
    assert "G2 Depot A go/no-go" in gates, gates
    phase_of = {c.text: c.phase for c in plan.commitments if c.source.slide == 3 and c.text}
    assert phase_of.get("Run the trial at Depot A") == "TRY"


def test_a_title_that_counts_the_plan_names_no_stages() -> None:
    assert _phases._title_stages("Roadmap: 18 months, three stages") == []
    assert _phases._title_stages("Roadmap 2028-2030: Prove, Scale, Expand") == [
        "prove",
        "scale",
        "expand",
    ]


def test_stages_named_in_a_row_and_dated_by_the_ticks_between_them() -> None:
    deck = slide_deck(
        [
            ("Greener yards 2030", ["A plan from January 2028 to June 2030"]),
            (
                "The road to June 2030",
                [
                    "Feb–Aug 2028",
                    "Trial at the north yard",
                    "SOW",
                    "GROW",
                    "HARVEST",
                    "Jan 2028",
                    "Sep 2028",
                    "Sep 2029",
                    "Jun 2030",
                    "Oct 2028",
                    "Web shop opens",
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    months = [(round(p.start_week / (52 / 12)), round(p.end_week / (52 / 12))) for p in plan.phases]
    assert [p.name.split(":")[0] for p in plan.phases] == ["SOW", "GROW", "HARVEST"]
    assert months == [(0, 8), (8, 20), (20, 30)], months


def test_a_stage_cell_listing_its_deliverables_as_sentences_is_one_item_each() -> None:
    from tests.decks import table_block

    deck = slide_deck(
        [
            ("Faster Permits 2031", ["A four-year plan, April 2028 to March 2032"]),
            ("Stages and gates", []),
        ]
    )
    rows = [
        ["Stage", "Financial years", "Main work", "Gate at the end of the stage"],
        [
            "Stage 1: Foundations",
            "2028/29 (April 2028 - March 2029)",
            "Validation team in post. Case system contract signed. Pilot at the north office.",
            "Gate A, February 2029: pilot go/no-go",
        ],
        [
            "Stage 2: Online by default",
            "2029/30 to 2031/32 (April 2029 - March 2032)",
            "Every application online by December 2029. Counter help kept for people offline.",
            "Gate B, March 2032: close and benefits review",
        ],
    ]
    deck.units[1].blocks.append(table_block(rows, 2))
    plan = read_deck_plan(deck)
    work = [c.text for c in plan.commitments if c.kind == "phase_item"]
    assert "Case system contract signed" in work, work
    assert "Counter help kept for people offline." in work, work
