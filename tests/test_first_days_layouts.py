"""First-days lists and risk slides laid out the ways boards see them: a checklist of boxes
dated by a line under it, a table whose columns are the windows, risks with an arrow to what
the deck will do, and a run of work a table cell's paragraphs were read into."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.util import Inches, Pt

from agent.knowledge.verbs import split_work_run
from agent.planning.deck_plan import read_deck_plan
from extractors import extract
from schemas.deck import Block, BlockKind
from tests.decks import slide_deck, table_block

CHECKLIST = [
    "Hold the first Greener Glass steering group",
    "Set the baselines for the six numbers",
    "Order the heat pump for the trial block",
    "Ask the network operator for a bigger grid connection",
    "Talk the employee forum through new potting-line shifts",
]


def _covered(cover: str, layout: int) -> tuple[Any, Any]:
    """A deck with its cover, and the slide of the given layout after it."""
    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[0]).shapes.title.text = cover
    return prs, prs.slides.add_slide(prs.slide_layouts[layout])


def _checklist_deck(path: Path, boxes: str) -> Path:
    prs, slide = _covered("Greener Glass 2030", 5)
    slide.shapes.title.text = "Our first 90 days"
    frame = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(8), Inches(4)).text_frame
    frame.text = f"{boxes} {CHECKLIST[0]}"
    for item in CHECKLIST[1:]:
        frame.add_paragraph().text = f"{boxes} {item}"
    frame.add_paragraph().text = "From 3 January 2028"
    prs.save(str(path))
    return path


def test_a_checklist_of_boxes_dated_by_the_line_under_it_is_the_first_days_list(
    tmp_path: Path,
) -> None:
    for boxes in ("☐", "☑", "✓"):
        plan = read_deck_plan(extract(_checklist_deck(tmp_path / "deck.pptx", boxes)))
        listed = [c for c in plan.commitments if c.source.slide == 2]
        assert [c.text for c in listed] == CHECKLIST, boxes
        assert {c.kind for c in listed} == {"milestone"}
        # "From 3 January 2028" dates the list: the first 13 weeks of 2028, in order
        assert plan.start_year == 2028
        assert all(c.start_week is not None and 0 <= c.start_week < 13 for c in listed)
        assert all(c.end_week is not None and c.end_week <= 13 for c in listed)
        assert [c.start_week for c in listed] == sorted(c.start_week or 0 for c in listed)


def test_a_first_days_table_whose_columns_are_its_windows_dates_each_cells_work() -> None:
    deck = slide_deck([("Build Right 2029", ["Executive Board, 2028"]), ("First 90 days", [])])
    deck.units[1].blocks.append(
        table_block(
            [
                ["Weeks 1–4", "Weeks 5–8", "Weeks 9–13"],
                [
                    "Hold the first steering group Agree the baselines for all six measures",
                    "Sign the Site Hub enterprise licence",
                    "Train the pilot site team on Site Hub Add the telematics clause to our "
                    "plant hire terms",
                ],
            ],
            slide=2,
        )
    )
    plan = read_deck_plan(deck)
    listed = [(c.text, c.window) for c in plan.commitments if c.source.slide == 2]
    assert listed == [
        ("Hold the first steering group", "Weeks 1–4"),
        ("Agree the baselines for all six measures", "Weeks 1–4"),
        ("Sign the Site Hub enterprise licence", "Weeks 5–8"),
        ("Train the pilot site team on Site Hub", "Weeks 9–13"),
        ("Add the telematics clause to our plant hire terms", "Weeks 9–13"),
    ]
    windows = [(c.start_week, c.end_week) for c in plan.commitments if c.source.slide == 2]
    assert windows[0] == (0.0, 4.0) and windows[-1] == (8.0, 13.0)


def test_a_table_with_one_header_that_names_no_window_is_left_to_other_readers() -> None:
    deck = slide_deck([("Plan 2028", ["Board"]), ("First 90 days", [])])
    deck.units[1].blocks.append(
        table_block(
            [["Weeks 1–4", "Notes"], ["Hold the first steering group", "Chair: CEO"]], slide=2
        )
    )
    assert not [c for c in read_deck_plan(deck).commitments if c.window == "Weeks 1–4"]


def test_a_risk_with_an_arrow_to_its_response_is_the_decks_mitigation() -> None:
    deck = slide_deck(
        [
            ("Build Right 2029", ["Executive Board, 2028"]),
            (
                "Risks",
                [
                    "R1 Subcontract operatives won't use Site Hub → Write Site Hub use into "
                    "every subcontract order from M4",
                    "R2 HVO supply or price → Fix an 18-month HVO contract with two suppliers",
                    "Likelihood → Impact",  # an axis label, no response
                ],
            ),
        ]
    )
    risks = [(c.title, c.text) for c in read_deck_plan(deck).commitments if c.kind == "risk"]
    assert risks == [
        (
            "Mitigate: Subcontract operatives won't use Site Hub",
            "Write Site Hub use into every subcontract order from M4",
        ),
        ("Mitigate: HVO supply or price", "Fix an 18-month HVO contract with two suppliers"),
    ]


def test_a_verb_with_its_article_after_a_name_opens_the_next_piece_of_work() -> None:
    assert split_work_run(
        "Train the site team on Site Hub Add the telematics clause to our plant hire terms"
    ) == ["Train the site team on Site Hub", "Add the telematics clause to our plant hire terms"]
    # a name running on stays whole
    assert split_work_run("Offer Buy Now Pay Later at every till") == [
        "Offer Buy Now Pay Later at every till"
    ]
    assert split_work_run("Partner with Open Reach on fibre to every depot") == [
        "Partner with Open Reach on fibre to every depot"
    ]


def test_tiles_in_tonnes_and_counts_out_of_a_total_are_targets_and_a_restated_tile_is_one_kpi() -> (
    None
):
    deck = slide_deck(
        [
            ("Build Right 2029", ["Executive Board, 2028"]),
            (
                "How we'll know: four measures",
                [
                    "38 of 38",
                    "Sites running Site Hub",
                    "from 9 · by April 2029",
                    "6.0 t",
                    "Plant carbon per £1m turnover",
                    "tonnes CO2e · from 19.5 t · by July 2029",
                    "24 t",
                    "sorted each hour the yard runs, from 18 t",
                    "800 kVA",
                    "Yard power supply",
                    "from 400 kVA · by March 2029",
                    "2 / 3",  # this slide's counter
                ],
            ),
            ("Targets for July 2029", []),
        ],
        bullets=False,
    )
    deck.units[2].blocks.append(
        table_block(
            [
                ["Measure", "2027", "July 2029"],
                ["Tonnes sorted per yard operating hour", "18 t", "24 t"],
            ],
            slide=3,
        )
    )
    kpis = {k.metric: (k.baseline, k.target) for k in read_deck_plan(deck).kpis}
    assert kpis["Sites running Site Hub"] == ("9", "38 of 38")
    assert kpis["Plant carbon per £1m turnover"] == ("19.5", "6.0 t")
    assert kpis["Yard power supply"] == ("400", "800 kVA")
    # the tile restates the table's row in other words, with the same figures: one measure
    sorted_ = [m for m in kpis if "sorted" in m.lower()]
    assert sorted_ == ["Tonnes sorted per yard operating hour"], kpis
    assert kpis[sorted_[0]] == ("18 t", "24 t")


def test_a_risk_named_in_the_notes_with_what_we_will_do_is_the_decks_mitigation() -> None:
    deck = slide_deck(
        [
            ("Build Right 2029", ["Executive Board, 2028"]),
            ("Risks", ["R1 HVO supply or price → Fix an 18-month HVO contract with two suppliers"]),
        ]
    )
    source = deck.units[1].blocks[0].source
    for i, note in enumerate(
        [
            "R6, not on the slide: a cyber attack through a subcontractor's Site Hub login.",
            "We'll turn on two-factor sign-in for every Site Hub user before the first site "
            "goes live.",
            "I'll take questions at the end.",  # the presenter's script
        ]
    ):
        deck.units[1].blocks.append(
            Block(kind=BlockKind.notes, text=note, order=10 + i, source=source)
        )
    risks = [(c.title, c.text) for c in read_deck_plan(deck).commitments if c.kind == "risk"]
    assert risks == [
        ("Mitigate: HVO supply or price", "Fix an 18-month HVO contract with two suppliers"),
        (
            "Mitigate: A cyber attack through a subcontractor's Site Hub login",
            "Turn on two-factor sign-in for every Site Hub user before the first site goes live",
        ),
    ]


def _tagline_deck(path: Path, heading: str) -> Path:
    prs, slide = _covered("Build Right 2029", 6)  # blank: the heading is a text box
    frame = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(8), Inches(1)).text_frame
    frame.text = heading
    frame.paragraphs[0].runs[0].font.size = Pt(36)
    body = slide.shapes.add_textbox(Inches(1), Inches(3), Inches(8), Inches(2)).text_frame
    body.text = "Everyone home safe, every shift, and every building one we are proud to hand over."
    prs.save(str(path))
    return path


def test_a_tagline_under_where_were_heading_is_a_vision_however_the_apostrophe_is_typed(
    tmp_path: Path,
) -> None:
    from agent.engines.rules.visions import find_visions

    for heading in ("Where we're heading", "Where we’re heading", "Where we are going"):
        deck = extract(_tagline_deck(tmp_path / "deck.pptx", heading))
        assert deck.units[1].title == "Where we're heading".replace(
            "we're heading", "we are going" if "going" in heading else "we're heading"
        )  # a typographic apostrophe reads as the plain one
        found = [v.text for v in find_visions(deck)]
        assert any(t.startswith("Everyone home safe, every shift") for t in found), (heading, found)


def test_a_verb_that_is_also_a_noun_opens_work_before_a_bare_object_and_where_it_is_done() -> None:
    from agent.knowledge.verbs import opens_with_work

    assert opens_with_work("Meter gas and heat for every glasshouse block")
    assert opens_with_work("Tag trolleys at every nursery")
    # a sentence about the thing, not work on it
    assert not opens_with_work("Meter readings are taken at each site")
    assert not opens_with_work("Trial results came back in March")


def test_a_summary_tile_showing_a_rows_end_point_is_that_row() -> None:
    deck = slide_deck(
        [
            ("Fix It Once 2029", ["Housing Board, 2027"]),
            (
                "At a glance",
                [
                    "92%",
                    "routine repairs done inside target time, from 71%",
                    "85%",
                    "of jobs fixed on the first visit",
                    "100%",
                    "of homes surveyed in the last five years",
                ],
            ),
            ("Measures", []),
        ],
        bullets=False,
    )
    deck.units[2].blocks.append(
        table_block(
            [
                ["Measure", "2026/27", "March 2029"],
                ["Routine repairs completed within target time", "71%", "92%"],
                ["Repairs fixed at the first visit", "68%", "85%"],
                ["Homes with a stock condition survey less than five years old", "58%", "100%"],
                ["Homes with a gas safety check in date", "97%", "100%"],
                ["Homes with an electrical check in date", "81%", "100%"],
            ],
            slide=3,
        )
    )
    kpis = {k.metric: (k.baseline, k.target, k.tile) for k in read_deck_plan(deck).kpis}
    assert kpis == {
        "Routine repairs completed within target time": ("71%", "92%", False),
        "Repairs fixed at the first visit": ("68%", "85%", False),
        "Homes with a stock condition survey less than five years old": ("58%", "100%", False),
        "Homes with a gas safety check in date": ("97%", "100%", False),
        "Homes with an electrical check in date": ("81%", "100%", False),
    }, kpis


def test_a_now_next_later_board_on_financial_years() -> None:
    """Three columns headed "Now · 2028–29", "Next · 2029–30", "Later · 2030–32" (financial
    years, the last two of them), a gate card at each column's foot drawn after every column
    (shape order), a title that names the plan's years and a current-state title that names
    the year before: the plan runs from 2028 for four years, each gate in its own column."""
    from schemas.deck import Deck, Provenance, Unit

    emu = 914400

    def box(text: str, x: float, y: float, w: float = 3.9, h: float = 0.5) -> Block:
        return Block(
            kind=BlockKind.body,
            text=text,
            box=(int(x * emu), int(y * emu), int(w * emu), int(h * emu)),
            source=Provenance(file="deck.pptx", slide=3),
        )

    columns = [
        ("Now · 2028–29", ["Pilot at three on-call stations", "New contract terms agreed"]),
        ("Next · 2029–30", ["Contracts offered at all 22 stations", "New terminals fitted"]),
        ("Later · 2030–32", ["Second six engines in service", "Every top-band home visited"]),
    ]
    blocks = [box("Now, next, later", 0.6, 0.6, 12, 0.7)]
    for c, (head, items) in enumerate(columns):
        x = 0.6 + 4.1 * c
        blocks.append(box(head, x, 1.5))
        blocks += [box(item, x, 2.1 + 0.66 * i) for i, item in enumerate(items)]
    blocks += [
        box("◆ Gate 1 · pilot go/no-go", 0.6, 6.1),
        box("◆ Gate 2 · mid-plan review", 4.7, 6.1),
        box("◆ Gate 3 · close-out", 8.8, 6.1),
        box("◆ A gate sits at the end of each column; the Board takes it.", 0.6, 6.7, 12, 0.3),
    ]
    titles = [
        "Our scorecard for the Risk Plan 2028–2032",
        "Kestrel in 2026–27",
        "Now, next, later",
    ]
    units = []
    for n, title in enumerate(titles, 1):
        head = Block(kind=BlockKind.title, text=title, source=Provenance(file="deck.pptx", slide=n))
        body = blocks if n == 3 else [box("12.9 fires per 10,000 homes", 0.6, 2, 6, 0.5)]
        units.append(Unit(number=n, kind="slide", title=title, blocks=[head, *body]))
    deck = Deck(path="deck.pptx", name="deck.pptx", sha256="0" * 64, kind="pptx", units=units)
    plan = read_deck_plan(deck)
    assert plan.start_year == 2028
    assert [(p.start_week, p.end_week) for p in plan.phases] == [(0, 52), (52, 104), (104, 208)]
    weeks = {c.title: c.end_week for c in plan.commitments}
    assert weeks["◆ Gate 1 · pilot go/no-go"] <= 52, weeks
    assert 52 < weeks["◆ Gate 2 · mid-plan review"] <= 104, weeks
    assert not any("sits at the end" in t for t in weeks), weeks  # the legend is no work


def test_a_bets_work_list_with_arrow_bullets_and_leads_in_brackets() -> None:
    """A "What we will build / change" label over "▸ ..." lines, some closing with their lead
    in brackets: every line is work, its bullet no part of its title, a bracketed role its
    lead whatever verb opens it. The measures under "Signals we watch" are no work."""
    deck = slide_deck(
        [
            ("Clear Run 2030", ["Leadership offsite, 2027"]),
            (
                "One plan for every wheel",
                [
                    "BET 1 OF 4",
                    "What we will build / change",
                    "▸ Choose one route planner for all six depots and connect it to Roadbook "
                    "orders [Head of IT and Data]",
                    "▸ Feed telematics positions into the planner every five minutes",
                    "▸ Switch on slot booking for our 40 largest customers [Customer Services "
                    "Manager]",
                    "Signals we watch",
                    "Share of the day's routes built in the planner",
                    "Slot misses by cause, per depot, every week",
                    "Owner: Head of Transport Planning",
                ],
            ),
        ],
        bullets=False,
    )
    leads = {c.title: c.lead for c in read_deck_plan(deck).commitments if c.source.slide == 2}
    assert leads == {
        "Choose one route planner for all six depots and connect it to Roadbook orders": (
            "Head of IT and Data"
        ),
        # (an "Owner:" bar leads the lines it sits under on the slide; here it has no place)
        "Feed telematics positions into the planner every five minutes": None,
        "Switch on slot booking for our 40 largest customers": "Customer Services Manager",
    }, leads


def test_a_capitals_eyebrow_over_month_labels_heads_the_slide_not_each_month() -> None:
    """ "FIRST 100 DAYS" over "August", two items, "September", two items, ...: every item is
    a milestone in its month; the eyebrow is none, and no item is taken as the next month's
    heading."""
    deck = slide_deck(
        [
            ("Harbour University 2029-2032", ["University Executive Board, June 2029"]),
            (
                "Our first 100 days: August to November 2029",
                [
                    "FIRST 100 DAYS",
                    "August",
                    "Appoint the programme team and hold the first Programme Board",
                    "Start the case system set-up for the coastal wellbeing team",
                    "September",
                    "Issue the tender for the student app by 30 September",
                    "Start the data protection impact assessment for the tutor dashboard",
                    "October",
                    "Submit the revised tutoring policy for Senate's November meeting",
                    "Sign the partnership statement with the Students' Union",
                ],
            ),
        ]
    )
    got = [c.title for c in read_deck_plan(deck).commitments if c.kind == "milestone"]
    assert got == [
        "Appoint the programme team and hold the first Programme Board",
        "Start the case system set-up for the coastal wellbeing team",
        "Issue the tender for the student app by 30 September",
        "Start the data protection impact assessment for the tutor dashboard",
        "Submit the revised tutoring policy for Senate's November meeting",
        "Sign the partnership statement with the Students' Union",
    ], got
