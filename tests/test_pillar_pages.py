"""A pillar's page in parts ("TODAY", "GOAL", "WHAT WE WILL DO"), a pilot's page in labelled
parts, a gates page that lists what each gate takes, and a first-days list drawn as numbered
boxes in two columns. The sentences are invented."""

from __future__ import annotations

from agent.planning.deck_plan import read_deck_plan
from schemas.deck import Block, BlockKind, Deck, Provenance, Unit
from tests.decks import slide_deck

COVER = ("Open Water 2028-2030", ["Our strategy for three seasons, board paper, May 2027"])
PILLARS = (
    "Three pillars, one order of work",
    ["01", "Book in minutes", "02", "Safer swims", "03", "Every lake staffed"],
)


def test_a_pillar_page_lists_its_work_under_what_we_will_do_not_its_today_or_goal() -> None:
    deck = slide_deck(
        [
            COVER,
            PILLARS,
            (
                "Book in minutes",
                [
                    "PILLAR 1",
                    "TODAY",
                    "Swimmers ring the lake office to book a slot; most still pay in cash.",
                    "GOAL",
                    "60% of swim slots booked online by the 2030 season",
                    "AIM",
                    "Be the first lake every open-water club thinks of",
                    "WHAT WE WILL DO",
                    "• Replace the paper diary with one booking system for all four lakes",
                    "• Let clubs book group slots online and pay by card",
                    "• Offer a season pass, paid in monthly instalments, from 2029",
                ],
            ),
        ],
        marked=True,
    )
    plan = read_deck_plan(deck)
    work = {c.title: c for c in plan.commitments if c.source.slide == 3}
    titles = " | ".join(work)
    for said in ("Replace the paper diary", "Let clubs book group slots", "Offer a season pass"):
        assert any(t.startswith(said) for t in work), titles
    assert all(c.pillar == "Book in minutes" for c in work.values()), titles
    for not_work in ("Swimmers ring", "60% of swim slots", "Be the first lake"):
        assert not any(not_work in t for t in work), titles


def test_a_pilot_page_gives_its_numbered_steps_and_pass_marks_not_why_it_was_chosen() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Pilot: one lake first",
                [
                    "We will open online booking first at Fenmoor Lake for the 2028 season.",
                    "WHY WE CHOSE FENMOOR",
                    "It has the longest queues at the office window",
                    "Its club asked to go first",
                    "STEPS",
                    "1. Train every lifeguard at Fenmoor on the booking screens",
                    "2. Compare no-shows and queues with the three other lakes",
                    "3. Report to the board at Gate 1",
                    "WHAT GOOD LOOKS LIKE",
                    "No swimmer turned away with a slot booked · Queues under ten minutes",
                ],
            ),
        ],
        marked=True,
    )
    plan = read_deck_plan(deck)
    mine = [c for c in plan.commitments if c.source.slide == 2]
    titles = [c.title for c in mine]
    for step in ("Train every lifeguard", "Compare no-shows", "Report to the board at Gate 1"):
        assert step in titles or any(t.startswith(step) for t in titles), titles  # (no number)
    for reason in ("longest queues", "asked to go first", "WHY WE CHOSE FENMOOR", "STEPS"):
        assert not any(reason in t for t in titles), titles
    gates = [c for c in mine if c.kind == "gate"]
    assert gates and "Queues under ten minutes" in gates[0].text, titles


def test_the_pilots_own_page_under_another_title_gives_its_numbered_steps() -> None:
    """ "One lake first" under a "05 · PILOT" eyebrow: the deck's pilot is staged there, and
    its numbered steps under "STEPS" are its work, whatever verb opens them."""
    deck = slide_deck(
        [
            COVER,
            (
                "One lake first",
                [
                    "05 · PILOT",
                    "We will run online booking first for swimmers at Fenmoor Lake in the "
                    "spring 2028 season.",
                    "WHY WE CHOSE FENMOOR",
                    "It has the longest queues at the office window",
                    "STEPS",
                    "1. Give every lifeguard a practice booking four weeks before opening",
                    "2. Take every booking online, with a desk kept open on the day",
                    "3. Compare no-shows and queues with the three other lakes",
                    "4. Report to the board at Gate 2",
                ],
            ),
        ],
        marked=True,
    )
    plan = read_deck_plan(deck)
    titles = [c.title for c in plan.commitments if c.source.slide == 2]
    for step in ("Give every lifeguard", "Compare no-shows", "Report to the board at Gate 2"):
        assert any(t.startswith(step) for t in titles), titles
    assert not any("longest queues" in t for t in titles), titles


def test_a_gates_page_says_what_each_gate_of_the_roadmap_takes() -> None:
    """The roadmap names "Gate 1 · December 2028 board"; the page under a "GATES" eyebrow lists
    its criteria, each coded "G1.1", as a PDF may read the code at the end of the line above."""
    deck = slide_deck(
        [
            COVER,
            (
                "Build, move, grow",
                [
                    "ROADMAP",
                    "2028: Build",
                    "2029: Move",
                    "2030: Grow",
                    "Gate 1 · December 2028 board",
                    "Gate 2 · December 2029 board",
                ],
            ),
            (
                "What ready means at G1",
                [
                    "GATES",
                    "Before booking goes to every lake, each of these must be true G1.1",
                    "The booking system tested with a full copy of the paper diary G1.2",
                    "Lifeguards at all four lakes trained on the booking screens",
                    "G1.3",
                    "Card payments reconciled with the bank for eight weeks running",
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    gates = [c for c in plan.commitments if c.kind == "gate"]
    first = next((g for g in gates if g.title.startswith("Gate 1")), None)
    assert first is not None, [g.title for g in gates]
    for criterion in ("tested with a full copy", "trained on the booking screens", "reconciled"):
        assert criterion in first.text, first.text


def _box(text: str, x: float, y: float, w: float, h: float, order: int) -> Block:
    inch = 914400
    return Block(
        kind=BlockKind.body,
        text=text,
        order=order,
        box=(int(x * inch), int(y * inch), int(w * inch), int(h * inch)),
        source=Provenance(file="deck.pptx", slide=2),
    )


def test_a_first_days_list_drawn_as_numbered_boxes_in_two_columns_keeps_every_item() -> None:
    """ "01" to "06" in circles beside their items count the items: no scorecard of figures."""
    items = [
        "Sign the booking system contract (Head of IT)",
        "Ask the bank for a card terminal at each lake (Finance Manager)",
        "Start moving the paper diary into the new system (Lake Office Lead)",
        "Draft the new booking rules for the April board (Head of Governance)",
        "Set this season's baseline for every measure (Data Lead)",
        "Brief the lifeguards' forum on the new rota (Head of People)",
    ]
    blocks = [
        Block(
            kind=BlockKind.title,
            text="The first 90 days",
            source=Provenance(file="deck.pptx", slide=2),
        ),
        _box("January to March 2028 · lead in brackets", 1, 2, 16, 0.3, 1),
        _box("2", 17.9, 0.7, 1, 0.3, 20),  # the page number, top right
    ]
    for k, item in enumerate(items):
        column, row = k % 2, k // 2
        left = 1 + 9 * column
        top = 3 + 1.8 * row
        blocks.append(_box(f"{k + 1:02d}", left, top, 0.6, 0.6, 2 + 2 * k))
        blocks.append(_box(item, left + 0.8, top, 7.5, 1.1, 3 + 2 * k))
    cover = slide_deck([COVER]).units[0]
    unit = Unit(number=2, kind="slide", title="The first 90 days", blocks=blocks)
    deck = Deck(
        path="deck.pptx", name="deck.pptx", sha256="0" * 64, kind="pptx", units=[cover, unit]
    )
    plan = read_deck_plan(deck)
    titles = [c.title for c in plan.commitments if c.source.slide == 2]
    for item in items:
        assert any(item.split(" (")[0] == t for t in titles), (item, titles)
