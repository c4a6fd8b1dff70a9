"""Lines a deck writes about its design, not its work, are no commitments: a principles slide's
rules, a diagram's flow and box labels, a comparison with the market, a deal's fee terms, the
aimed-at state under "New positioning". Lines beside them that open with a verb of work stay.
Made-up wording (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.planning.deck_plan import read_deck_plan
from tests.decks import slide_deck

SLIDES = [
    ("Three pillars", ["1 Quiet rooms", "2 Local food", "3 Owner partners"]),
    (
        "Quiet rooms: four design principles",
        [
            "Every room faces the valley",
            "No televisions in guest rooms",
            "Daylight preferred over lamps",
            "Every layout must pass the design panel before tender",
        ],
    ),
    (
        "Local food: how the supply loop works",
        [
            "Growers -> Kitchen -> Guest table -> Compost",
            "Guest ratings flow back -> adjust the weekly menu",
            "Harvest plan + menu calendar",
            "Sign supply deals with six growers within 20 km of each inn",
            "Versus the market: most inns buy 80% of produce from wholesalers",
        ],
    ),
    (
        "Owner partners: the model",
        [
            "Brand fee of 4% of room revenue, paid monthly",
            "A one-off joining fee covering the standards manual",
            "Recruit four owner partners by the end of 2028",
        ],
    ),
    (
        "Local food: from supplier to neighbour",
        [
            "Old positioning",
            "A hotel restaurant like any other",
            "New positioning",
            "Menus become the valley's harvest calendar",
            "Open the kitchen garden to village schools",
        ],
    ),
]


def _titles() -> list[str]:
    return [c.title for c in read_deck_plan(slide_deck(SLIDES)).commitments]


def test_rules_flows_comparisons_and_fee_terms_are_no_work() -> None:
    titles = " | ".join(_titles())
    for line in (
        "faces the valley",
        "No televisions",
        "Daylight preferred",
        "Growers -> Kitchen",
        "flow back",
        "Harvest plan + menu calendar",
        "Versus the market",
        "Brand fee of 4%",
        "joining fee",
        "Menus become",
    ):
        assert line not in titles, line


def test_work_beside_them_stays() -> None:
    titles = " | ".join(_titles())
    for line in (
        "Every layout must pass the design panel",  # the rule's enforcement is work
        "Sign supply deals with six growers",
        "Recruit four owner partners",
        "Open the kitchen garden",
    ):
        assert line in titles, (line, titles)


MODEL_SLIDES = [
    ("Three pillars", ["1 Quiet rooms", "2 Local food", "3 Owner partners"]),
    (
        "Owner partners: who does what",
        [
            "Landowner / Builder",
            "Provides the plot and the building money",
            "Valley Inns Ltd.",
            "Runs the brand, the booking system and the training school",
            "Regular Guests",
            "Pay an annual club fee and their stays",
            "Recruit four owner partners by the end of 2028",
        ],
    ),
    (
        "Local food: ordering architecture",
        [
            "A two-step design linking every kitchen's orders to the growers",
            "Order book + harvest data",
            "Menu planner",
            "Weekly order run",
        ],
    ),
    (
        "Local food: first steps",
        [
            "Hire + train 12 cooks",
            "Check freshness + reject late crates",
            "Validate the menu costing model + publish prices",
        ],
    ),
]


def _model_titles() -> str:
    return " | ".join(c.title for c in read_deck_plan(slide_deck(MODEL_SLIDES)).commitments)


def test_a_partys_part_a_diagram_box_and_a_designs_caption_are_no_work() -> None:
    """The third party's part reads as an imperative ("Pay ...") but sits in the same
    name-over-part run as two parts said of their party; a box "Order book + harvest data"
    opens with a word that can be a verb; the caption says what the design does."""
    titles = _model_titles()
    for line in (
        "Provides the plot",
        "Runs the brand",
        "Pay an annual club fee",
        "Order book + harvest data",
        "A two-step design linking",
    ):
        assert line not in titles, (line, titles)


def test_work_joined_by_a_plus_stays_work() -> None:
    titles = _model_titles()
    for line in (
        "Recruit four owner partners",
        "Hire + train 12 cooks",
        "Check freshness + reject late crates",
        "Validate the menu costing model + publish prices",
    ):
        assert line in titles, (line, titles)


def test_a_service_laid_out_in_tiers_is_one_commitment() -> None:
    """Each tier's name and what it adds describe the one tiered service the pillar slide
    commits to; a line of work on the slide stays its own."""
    deck = slide_deck(
        [
            ("Three pillars", ["1 Quiet rooms", "2 Local food", "3 Owner partners"]),
            (
                "Quiet rooms: Three-Tier Host Service",
                [
                    "Standard Tier",
                    "Arrival guidance, daily housekeeping and a host line until midnight.",
                    "Premium Tier",
                    "Adds a walking guide, a table by the window and a late checkout.",
                    "Private Tier",
                    "A host for the party alone, from the first call to the last morning.",
                    "Train every host on the three tiers before the first opening",
                ],
            ),
        ]
    )
    found = [(c.title, c.text) for c in read_deck_plan(deck).commitments]
    texts = " | ".join(text for _, text in found)
    assert "Three-Tier Host Service: Standard / Premium / Private" in texts, found
    assert "Adds a walking guide" not in texts and "A host for the party alone" not in texts
    assert "Train every host on the three tiers" in texts, found


def test_a_table_of_a_programmes_tiers_is_one_commitment_unless_it_is_today() -> None:
    """A first column headed "Tier" over the tiers' names, with what each qualifies by and
    gets: the tiered programme is one piece of work, named by its slide. The same table on a
    slide about today describes what is."""
    from tests.decks import table_block

    rows = [
        ["Tier", "Qualifies by", "Gets"],
        ["Ripple", "First stay", "Late checkout"],
        ["Tide", "Five nights a year", "Room upgrade"],
        ["Deep", "Fifteen nights a year", "A host of their own"],
    ]
    deck = slide_deck(
        [
            ("Three pillars", ["1 Quiet rooms", "2 Local food", "3 Owner partners"]),
            ("Harbour Club: the guest membership", ["Three tiers, earned by staying"]),
            ("Where we are today: the old card scheme", ["Sign-ups have stalled since 2026"]),
        ]
    )
    deck.units[1].blocks.append(table_block(rows, 2))
    deck.units[2].blocks.append(table_block(rows, 3))
    found = [c for c in read_deck_plan(deck).commitments if "Ripple" in c.text]
    assert [(c.source.slide, c.text) for c in found] == [
        (2, "Harbour Club: the guest membership: 3 tiers, Ripple / Tide / Deep")
    ], found


@pytest.mark.parametrize(
    ("line", "work"),
    [
        ("Door-knock every street in Oswick twice", True),
        ("Photo-survey every Oswick drop before the install visit", True),
        ("Back-scan the 2026-2028 ATR 72 paper packs into HangarOne", True),
        ("On-call availability is the biggest single threat to our response", False),
        ("Self-check kiosks in every branch", False),
    ],
)
def test_a_compound_verb_over_its_object_opens_work(line: str, work: bool) -> None:
    """ "Door-knock every street": a compound whose last part is a verb of work, over its
    object, is work; "On-call availability" is a compound of another kind."""
    from agent.knowledge.verbs import opens_with_work

    assert opens_with_work(line) is work


def test_an_ask_that_opens_with_a_verb_of_work_is_the_boards_decision_once() -> None:
    """ "Agree the York spoke as the pilot" on the asks slide is the board's decision: one ask,
    decided by the sponsor, not an initiative beside it as well."""
    deck = slide_deck(
        [
            ("Slots customers want", ["Move all four spokes to one-hour slots by 2030"]),
            (
                "Decisions for the Board",
                [
                    "We ask the Board to",
                    "Approve Fresh Path and its budget for FY29 to FY31",
                    "Agree the York spoke as the pilot",
                    "Confirm the Chief Executive as sponsor and chair of the steering group",
                ],
            ),
        ]
    )
    said = [
        (c.kind, c.title)
        for c in read_deck_plan(deck).commitments
        if "York spoke" in c.title or "Chief Executive" in c.title
    ]
    assert said == [
        ("ask", "Agree the York spoke as the pilot"),
        ("ask", "Confirm the Chief Executive as sponsor and chair of the steering group"),
    ], said


def _asks(title: str, lines: list[str]) -> list[str]:
    """The asks read from a slide of ``lines`` under ``title``, after a slide of work."""
    deck = slide_deck(
        [("Quicker clinics", ["Move every clinic letter to the portal by 2031"]), (title, lines)]
    )
    return [c.title for c in read_deck_plan(deck).commitments if c.kind == "ask"]


def test_asks_whose_first_number_a_pdf_joined_to_their_lead_in_are_asks() -> None:
    """A handout page runs the governance and the decisions side by side, and its text layer
    joins the first list number to the lead-in ("We ask the Trust Board to 1"). The lines under
    it are still the board's decisions, the release of money among them."""
    asks = _asks(
        "How we will run it",
        [
            "Sponsor: the Chief Nurse, who chairs the programme board",
            "The programme board decides Gates 1 and 3",
            "We ask the Trust Board to 1",
            "Approve Quicker Clinics and its £4.2m budget over 24 months",
            "2",
            "Release £1.1m now for phase 1 and the Eastgate pilot",
        ],
    )
    assert asks == [
        "Approve Quicker Clinics and its £4.2m budget over 24 months",
        "Release £1.1m now for phase 1 and the Eastgate pilot",
    ], asks


def test_an_asks_number_is_not_part_of_the_ask() -> None:
    """ "1 Approve ..." on a PDF's asks page: the number is the list's, the ask is the rest. A
    line that only opens with a figure ("3 new depots open in 2030") keeps it."""
    asks = _asks(
        "What we ask of the Board",
        [
            "1 Approve Quicker Clinics for 2029 and 2030.",
            "2 Release £1.1m for 2029, within the budget approved in May.",
            "3 new depots open in 2030 and we agree their staffing",
        ],
    )
    assert asks == [
        "Approve Quicker Clinics for 2029 and 2030.",
        "Release £1.1m for 2029, within the budget approved in May.",
        "3 new depots open in 2030 and we agree their staffing",
    ], asks


def test_a_line_that_finishes_the_lead_in_is_an_ask_whatever_its_verb() -> None:
    """Under "We ask the Board to:", "let the Eastgate clinic go first" finishes the sentence:
    the board is asked to let it, though "let" is no verb of a decision. A sentence of its own
    below the list ("We will report ...") is not asked of anyone."""
    asks = _asks(
        "What we ask of the Board",
        [
            "We ask the Board to:",
            "approve Quicker Clinics and its three pillars",
            "let the Eastgate clinic go first, live in the spring",
            "We will report every measure to the Board each quarter.",
        ],
    )
    assert asks == [
        "Approve Quicker Clinics and its three pillars",
        "Let the Eastgate clinic go first, live in the spring",
    ], asks


def test_money_the_board_is_asked_to_note_comes_back_to_it() -> None:
    """ "Note that year-two money returns in each budget round" or "Note £2.4m for year three"
    puts money back to the board: a decision to come. "Note the new depot opened in May" only
    informs, and so does a line "To note:" that says what money depends on."""
    asks = _asks(
        "What we ask of the Board",
        [
            "Approve Quicker Clinics and its three pillars",
            "Note that year-two money returns in each budget round",
            "Note £2.4m for year three, to come with that year's budget.",
            "Note the new depot opened in May of this year",
            "To note: the grant depends on the council's next funding round",
        ],
    )
    assert asks == [
        "Approve Quicker Clinics and its three pillars",
        "Note that year-two money returns in each budget round",
        "Note £2.4m for year three, to come with that year's budget.",
    ], asks


def test_what_a_slide_puts_out_of_scope_is_no_work() -> None:
    """Under a "Not in scope" label, the list of what the plan leaves out ("Parking
    enforcement, which the districts run for us") is none of its work, up to the slide's next
    label, and so is a line that says so itself ("Not in this plan: ..."); the slide's own
    lines still are."""
    deck = slide_deck(
        [
            ("Quicker clinics", ["Move every clinic letter to the portal by 2031"]),
            (
                "What this plan covers",
                [
                    "• Open two walk-in clinics in Eastgate by 2029",
                    "• Not in this plan: replace the loyalty scheme and the staff app",
                    "Not in scope",
                    "• Run parking enforcement at both hospital sites",
                    "• Build the GP practices' own booking websites",
                    "Our limits",
                    "• Recruit 12 clinic nurses before the first clinic opens",
                ],
            ),
        ],
        marked=True,
    )
    said = " | ".join(c.title for c in read_deck_plan(deck).commitments)
    assert "Open two walk-in clinics" in said and "Recruit 12 clinic nurses" in said, said
    assert "parking" not in said.lower() and "booking websites" not in said, said
    assert "loyalty" not in said, said


def test_a_promise_not_to_do_something_is_no_work() -> None:
    """Under "What we will do", "We will not close any front counter during this plan" is a
    limit the plan keeps, not a piece of its work; the list's other lines are work."""
    deck = slide_deck(
        [
            ("Three pillars", ["1 Answer faster", "2 Report online", "3 Record once"]),
            (
                "Pillar 2 · Report online",
                [
                    "Goal: make online the easiest way to report a non-urgent crime",
                    "What we will do",
                    "Link the online reporting form to the crime records system",
                    "Publicise online reporting for non-urgent crime from 2029",
                    "We will not close any front counter during this plan.",
                ],
            ),
        ],
        bullets=False,
    )
    said = [c.title for c in read_deck_plan(deck).commitments if c.source.slide == 2]
    assert "Publicise online reporting for non-urgent crime from 2029" in said, said
    assert not [t for t in said if "front counter" in t], said


def test_a_lead_line_under_a_card_of_work_is_its_lead_not_an_item(tmp_path: Path) -> None:
    """A web tool's pillar slide: the items, each a box with a drawn dot, and under them in a
    box of its own "Lead: Head of Last Mile, with the Head of Digital Product". The line leads
    the items; it is none of them."""
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Pt

    from extractors import extract

    prs = Presentation()

    def slide(lines: list[tuple[str, int, bool]]) -> None:
        page = prs.slides.add_slide(prs.slide_layouts[6])
        for n, (text, size, dot) in enumerate(lines):
            top = 40 + 34 * n
            box = page.shapes.add_textbox(Pt(60), Pt(top), Pt(560), Pt(size + 4))
            box.text_frame.text = text
            box.text_frame.paragraphs[0].runs[0].font.size = Pt(size)
            if dot:
                page.shapes.add_shape(MSO_SHAPE.OVAL, Pt(48), Pt(top + 6), Pt(4), Pt(4))

    slide(
        [
            ("Four pillars", 28, False),
            ("1 Slots customers want", 14, False),
            ("2 Less waste, nothing missing", 14, False),
            ("3 A Club worth opening", 14, False),
        ]
    )
    slide(
        [
            ("PILLAR 01 · LAST MILE", 10, False),
            ("Slots customers want", 28, False),
            ("Move all four spokes from two-hour to one-hour slots by February 2030", 14, True),
            ("Open same-day evening slots from the York and Leeds spokes in FY30", 14, True),
            ("Give the drivers at Hull and Harrogate handhelds for proof of delivery", 14, True),
            ("Lead: Head of Last Mile, with the Head of Digital Product", 11, False),
            ("WHY THEY LEAVE (2027)", 10, False),
            ("Too hard to pause: 31%", 12, True),
            ("Same recipes again: 24%", 12, True),
        ]
    )
    path = tmp_path / "pillars.pptx"
    prs.save(str(path))
    said = [c for c in read_deck_plan(extract(path)).commitments if c.source.slide == 2]
    assert not [c.title for c in said if c.title.startswith("Lead")], [c.title for c in said]
    # (a survey's answers beside the work, a label and a figure each, are no work either)
    assert len(said) == 3, [c.title for c in said]


@pytest.mark.parametrize(
    ("line", "work"),
    [
        ("Record bin weights on tablets instead of paper logs", True),
        ("Plan each depot's rounds every week from its own tonnages", True),
        ("Link every branch's till to the online catalogue", True),
        ("Weigh food waste at every canteen every day", True),
        ("Record levels of customer trust", False),
        ("Plan for growth", False),
        ("Link to the app", False),
    ],
)
def test_record_plan_link_and_weigh_open_work_only_over_an_object(line: str, work: bool) -> None:
    from agent.knowledge.verbs import opens_with_work

    assert opens_with_work(line) is work, line
