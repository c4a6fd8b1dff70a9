"""What a label inside a slide says about the lines under it (the north star's statement, the
pilot's work, a pillar's work under its numbered name), and a PDF's narrow columns and OCR'd
bullets read as their writer set them."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from agent.engines.rules.visions import find_visions
from agent.knowledge.verbs import opens_with_work
from extractors import extract
from schemas.deck import BlockKind
from tests.decks import slide_deck


def _goals(slides: list[tuple[str, list[str]]]) -> list[str]:
    return [d.text for d in find_visions(slide_deck(slides, bullets=False))]


def test_the_statement_under_a_north_star_label_is_the_goal_not_a_line_about_it() -> None:
    """A kicker of five words stands over the label; the statement under the label opens with
    no article, and the next paragraph speaks of it ("Our north star is simple to say")."""
    goals = _goals(
        [
            ("Warm homes 2029-2034", ["Strategy for consultation"]),
            (
                "Where we are going",
                [
                    "Our plan · Where we are going",
                    "OUR NORTH STAR",
                    "Warm homes, fair bills and clean heat for everyone on our network.",
                    "Our north star is simple to say and hard to do.",
                    "We cannot cut carbon while a quarter of our heat leaks out of the pipes.",
                    "Northfield air-source heat pump, commissioned November 2028.",
                ],
            ),
        ]
    )
    assert "Warm homes, fair bills and clean heat for everyone on our network" in goals, goals
    assert not [g for g in goals if g.startswith(("Our north star", "We cannot", "Northfield"))]


def test_lines_under_the_pilots_label_are_its_work_until_its_criteria() -> None:
    lines = [
        "Eleven measures, reported to our board every quarter.",
        "THE PILOT",
        "Kilnworth: where we start",
        "From April 2030 to March 2031 we will replace all 1,450 units and lower the flow "
        "temperature from 90°C to 70°C.",
        "A residents' panel will meet every month while the work goes on.",
        "What success looks like",
        "Bills based on an actual meter reading from 61% to 98% by March 2031",
    ]
    goals = _goals([("Heat 2034", ["Board paper"]), ("How we will measure progress", lines)])
    assert not [g for g in goals if "1,450 units" in g or "residents' panel" in g], goals
    # the label ends at the next one: a measured change under it is still a goal
    assert any(g.startswith("Bills based on an actual meter reading") for g in goals), goals


def test_work_under_long_numbered_pillar_names_is_work_not_goals() -> None:
    """'2. One shop, in the centre and online' (eight words) names a pillar; the imperatives
    under the names, whatever their verb ("Offer", "Let"), are the pillar's work."""
    lines = [
        "1. Plants at their best",
        "More of our own plants, less waste",
        "Record plant losses on handhelds instead of paper sheets",
        "Plan each centre's plant deliveries every week from its own sales",
        "2. One shop, in the centre and online",
        "Stock you can trust, wherever you buy",
        "Link every centre's EPOS stock to the online shop",
        "Pick click and collect orders with a handheld app, ready within 2 hours",
        "Offer home delivery in 2-hour slots, planned with a route planning tool",
        "3. A Garden Club worth joining",
        "Rewards everywhere, a reason to come back",
        "Let members earn and spend points in our cafés",
        "Send members a monthly growing guide for the season",
        "Built on: people for every season · systems that talk to each other",
        "Thornbury Gardens · Growing Together · Board, 24 January 2029",
    ]
    goals = _goals([("Growing together", ["Board"]), ("Our three pillars", lines)])
    work = ("Plan each", "Offer home", "Let members", "Send members", "Pick click")
    assert not [g for g in goals if g.startswith(work)], goals
    assert "Plants at their best" in goals, goals


@pytest.mark.parametrize(
    "line",
    [
        "Send members a monthly growing guide for the season",
        "Pick click and collect orders with a handheld app",
    ],
)
def test_a_verb_before_whom_it_serves_or_a_paired_object_opens_work(line: str) -> None:
    assert opens_with_work(line)


def test_a_note_on_the_clock_under_the_measures_is_no_goal() -> None:
    goals = _goals(
        [
            ("Growing together", ["Board"]),
            (
                "Measures and targets",
                [
                    "Online share of sales from 4.1% to 12% by Jan 2032",
                    "Jan 2031 and Jan 2032 are the last months of FY2030/31 and FY2031/32.",
                ],
            ),
        ]
    )
    assert goals == ["Online share of sales from 4.1% to 12% by Jan 2032"], goals


def _column_pdf(path: Path, lines: list[tuple[float, str]], *, step: float = 4.2) -> Path:
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    for _ in range(3):  # three pages: the first is read, the others keep it from being a cover
        pdf.add_page()
        pdf.set_font("helvetica", size=20)
        pdf.text(15, 20, "Reliable heat")
        pdf.set_font("helvetica", size=9)
        for i, (x, text) in enumerate(lines):
            pdf.text(x, 40 + step * i, text)
    pdf.output(str(path))
    return path


def test_a_narrow_columns_prose_runs_on_over_a_capital_but_its_list_does_not(
    tmp_path: Path,
) -> None:
    """A column of about 40 characters: a sentence wrapped before a place's second word
    ("... from Castle" / "Wharf, which ...") goes on; a list of short measures stays apart."""
    prose = [
        "Under the streets, we will survey the",
        "21 km of original pipe from Castle",
        "Wharf, which has no leak detection,",
        "and replace the worst 3 km of it by",
        "2032/33.",
    ]
    items = [
        "Homes connected to the network",
        "Heat lost in the network today",
        "Complaints per thousand customers",
    ]
    lines = [(15.0, t) for t in prose] + [(15.0, "")] + [(15.0, t) for t in items]
    deck = extract(_column_pdf(tmp_path / "narrow.pdf", [ln for ln in lines if ln[1]]))
    texts = [b.text for b in deck.units[0].blocks if b.kind is BlockKind.body]
    assert (
        "Under the streets, we will survey the 21 km of original pipe from Castle Wharf, which "
        "has no leak detection, and replace the worst 3 km of it by 2032/33." in texts
    ), texts
    for item in items:
        assert item in texts, texts


def test_a_guillemet_bullet_starts_an_item_but_a_quotation_or_an_italian_and_does_not(
    tmp_path: Path,
) -> None:
    """ "» Validate ..." (a typed bullet, or OCR's reading of one) starts an item; "»Jeder ...«"
    opens a quotation, and "e Milano" goes on the line above in Italian."""
    lines = [
        (15.0, "Move the three labs to seven-day testing, agreed in the Joint Forum"),
        (15.0, "» Validate every change before it goes live"),
        (15.0, "e Replace the paper worksheets by September 2029"),
        (15.0, "Entro il 2030 apriremo nuove sedi a Torino, Genova"),
        (15.0, "e Milano per servire tutti i clienti del nord"),
    ]
    deck = extract(_column_pdf(tmp_path / "ocr.pdf", lines, step=5.0))
    texts = [b.text for b in deck.units[0].blocks if b.kind is BlockKind.body]
    assert "Validate every change before it goes live" in texts, texts
    # OCR's lone "e" before a line of work is its bullet; before a name, Italian's "and"
    assert "Replace the paper worksheets by September 2029" in texts, texts
    assert not any(t.startswith("Milano") for t in texts), texts
    from extractors._base import BULLET

    assert BULLET.match("» Validate every change") and not BULLET.match("»Jeder Kunde zählt«")


@pytest.mark.parametrize("cited", [True, False])
def test_an_appendix_the_memo_sends_its_reader_to_holds_its_measures(cited: bool) -> None:
    """A narrative memo keeps its measures table at its end, "Appendix A. Measures", and says
    so in its body: the rows are the plan's KPIs. An appendix no page points to stays backup."""
    from agent.planning.deck_plan import read_deck_plan
    from tests.decks import table_block

    pointer = "Every measure, with its baseline, target and date, is in Appendix A."
    deck = slide_deck(
        [
            ("Fulfilment 2030", ["Prepared for: Executive Committee"]),
            ("4. What we want by the end of 2030", [pointer if cited else "We keep our dates."]),
            ("Appendix A. Measures", ["Baselines are for the twelve months to September 2028."]),
        ]
    )
    rows = [
        ["Measure", "Baseline", "Target", "By when"],
        ["Orders delivered by the promised date", "91.4%", "97.0%", "Q4 2030"],
        ["Units picked per labour hour", "92", "112", "Q4 2030"],
    ]
    deck.units[2].blocks.append(table_block(rows, 3, order=2))
    metrics = [k.metric for k in read_deck_plan(deck).kpis]
    expected = ["Orders delivered by the promised date", "Units picked per labour hour"]
    assert metrics == (expected if cited else []), metrics


def test_bullets_drawn_as_small_squares_start_items(tmp_path: Path) -> None:
    """An exporter that draws each bullet as a small filled square beside its line: each line
    is an item, not the wrapped tail of the one above."""
    items = [
        "Appointments and text check-in in all three offices from 01/15/2029",
        "Callback from the new contact center for Capitol Region callers",
        "TitleReg live for Sorrel County registrations from 06/01/2029",
    ]
    path = tmp_path / "squares.pdf"
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    for _ in range(3):
        pdf.add_page()
        pdf.set_font("helvetica", size=20)
        pdf.text(15, 20, "What we will test")
        pdf.set_font("helvetica", size=11)
        for i, item in enumerate(items):
            y = 40 + 7 * i
            pdf.set_fill_color(0, 120, 120)
            pdf.rect(15, y - 2.2, 1.5, 1.5, style="F")
            pdf.text(20, y, item)
    pdf.output(str(path))
    deck = extract(path)
    texts = [b.text for b in deck.units[0].blocks if b.kind is BlockKind.body]
    assert texts == items, texts


def test_a_pledge_inside_a_sentence_of_prose_is_the_decks_work() -> None:
    """A memo pledges work after a clause that says where, when or why: each is a task in
    its own words, with the clause that dates it kept beside it."""
    from agent.planning.deck_plan import read_deck_plan

    prose = (
        "Today the date shown at checkout comes from a fixed table the team updates by hand. "
        "We will build a promise service that reads live pick capacity from Atlas WMS. "
        "Atlas can only share its capacity from version 12, so we will upgrade Atlas WMS to "
        "version 12 at all three fulfilment centres, Ravensworth first. On the road, we will "
        "require every carrier to send us parcel scan events by API within 15 minutes. When a "
        "parcel misses its trunk, we will tell the customer the same evening and give a new date."
    )
    deck = slide_deck(
        [
            ("Fulfilment 2030", ["Memo to the Executive Committee"]),
            ("5.1 A promise we can keep", [prose]),
        ]
    )
    titles = [c.title for c in read_deck_plan(deck).commitments if c.kind == "initiative"]
    for expected in (
        "Build a promise service",
        "Upgrade Atlas WMS to version 12",
        "Require every carrier to send us parcel scan events",
        "Tell the customer the same evening",
    ):
        assert any(t.startswith(expected) for t in titles), titles
    assert not any(t.startswith("Today") for t in titles), titles


def test_a_pilot_of_counted_places_listed_by_name_and_its_pass_marks() -> None:
    """ "Pilot: three Capitol Region offices" over the three offices, each named before a
    colon: the pilot is those offices. Its pass marks are no work, whatever their first verb."""
    from agent.planning.deck_plan import read_deck_plan

    deck = slide_deck(
        [
            ("Open Road 2031", ["Commissioner briefing"]),
            (
                "Pilot: three Capitol Region offices, January to September 2029",
                [
                    "The offices",
                    "Millbrook: urban, 410 customers a day",
                    "Harlan Falls: 260 customers a day",
                    "Sorrel Creek: rural, open four days a week",
                    "Lead: Regional Manager, Capitol Region",
                    "What we will test",
                    "Kiosks in Millbrook and Harlan Falls from March 2029",
                    "Callback from the new contact center for Capitol Region callers",
                    "Pass marks for Gate 2 (September 2029)",
                    "Visit satisfaction of 4.0 or better",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    assert plan.pilot is not None
    assert plan.pilot.places == ["Millbrook", "Harlan Falls", "Sorrel Creek"], plan.pilot
    pilots = [c.title for c in plan.commitments if c.pilot]
    assert pilots == ["Pilot at Capitol Region (Millbrook, Harlan Falls and Sorrel Creek)"], pilots
    work = [c.title for c in plan.commitments if c.kind == "initiative"]
    assert not any(t.startswith(("Visit satisfaction", "Pass marks")) for t in work), work


def test_a_goal_said_after_its_label_that_opens_with_when_is_a_goal() -> None:
    """ "Our goal is simple to state: when we tell a customer a date, we keep it." The label
    says it is the goal; the clause after it is no "When ..." label of a list."""
    goals = _goals(
        [
            ("Fulfilment 2030", ["Memo to the Executive Committee"]),
            (
                "3. Tenets",
                [
                    "Peak is not the time to change systems.",
                    "Our goal is simple to state: when we tell a customer a date, we keep it.",
                    "When the pilot ends",
                ],
            ),
        ]
    )
    assert "When we tell a customer a date, we keep it" in goals, goals
    assert "When the pilot ends" not in goals, goals


def test_a_memo_speaking_of_itself_states_no_goal() -> None:
    goals = _goals(
        [
            ("Fulfilment 2030", ["Memo to the Executive Committee"]),
            (
                "Keeping the promise we make at checkout",
                [
                    "It sets out where the network stands after peak 2027 and the first nine "
                    "months of 2028, what we want it to do for customers and colleagues by the "
                    "end of 2030, how we will get there, what it will cost, and what we need "
                    "decided at this meeting.",
                    "By Q4 2030 we will deliver 97% of orders by the date we promised.",
                    "By March 2030, we will fix every visible leak that a customer reports "
                    "within three working days.",
                ],
            ),
        ]
    )
    assert not [g for g in goals if g.startswith("On the road")], goals
    assert any(g.startswith("By March 2030, we will fix") for g in goals), goals


def test_a_papers_numbered_risk_section_inside_a_page_holds_no_goals() -> None:
    goals = _goals(
        [
            ("Fulfilment 2030", ["Memo to the Executive Committee"]),
            (
                "7. Plan and timing",
                [
                    "By Q4 2030 we will deliver 97% of orders by the date we promised.",
                    "8. What could go wrong",
                    "No site will go live between 15 October and 5 January, and we will keep a "
                    "15% labour buffer at the pilot site in its last four weeks.",
                    "9. The first 90 days",
                ],
            ),
            ("Four pillars", ["1. Plants at their best", "2. One shop, in the centre and online"]),
        ]
    )
    assert not [g for g in goals if g.startswith("No site")], goals
    assert "Plants at their best" in goals, goals  # a numbered name is still read


def test_a_pledge_after_a_clause_is_work_not_a_goal() -> None:
    goals = _goals(
        [
            ("Fulfilment 2030", ["Memo to the Executive Committee"]),
            (
                "5.1 A promise we can keep",
                [
                    "On the road, we will require every carrier to send us parcel scan events "
                    "by API within 15 minutes of each scan.",
                    "By Q4 2030 we will deliver 97% of orders by the date we promised.",
                ],
            ),
        ]
    )
    assert goals == ["By Q4 2030 we will deliver 97% of orders by the date we promised"], goals


def test_review_cases_an_appendix_of_rejected_options_a_mission_and_a_dated_ambition() -> None:
    """An appendix the body points to that holds rejected options stays aside; "Together, we
    will end rough sleeping" is a mission, not work; "Our ambition is bold, zero waste to
    landfill by 2030" under the ambition's label is a goal, not a line about it."""
    from agent.planning.deck_plan import read_deck_plan

    deck = slide_deck(
        [
            ("Our plan for 2029-2031", ["We looked at other routes first (see Appendix B)."]),
            ("Appendix B: Options we rejected", ["Build our own routing software in house"]),
        ]
    )
    work = [c.title for c in read_deck_plan(deck).commitments]
    assert not any("routing software" in t for t in work), work
    goals = _goals(
        [
            ("Homes for all", ["Cabinet, 2028"]),
            ("Our mission", ["Together, we will end rough sleeping in Leeds for good."]),
            (
                "Where we are going",
                [
                    "OUR AMBITION",
                    "Net zero across our estate by 2035.",
                    "Our ambition is bold, zero waste to landfill by 2030.",
                ],
            ),
        ]
    )
    assert any("end rough sleeping" in g for g in goals), goals
    assert any("zero waste to landfill by 2030" in g for g in goals), goals
