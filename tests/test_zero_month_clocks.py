"""Clocks read off more deck shapes: programme months counted from "M0" on cards set well
apart (a PDF), a Gantt whose periods stand in stacked header cells beside a column past the
plan, a "Later" step that starts inside the plan and runs "onwards", and a summary's "over the
next two years" under a title that names three calendar years."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.knowledge import timeline
from agent.planning.deck_plan import read_deck_plan
from tests.decks import pdf_writer, phase_months, slide_deck

MONTH = timeline.WEEKS_PER_MONTH


def test_a_range_from_month_zero_counts_from_zero_and_moves_the_deck_on() -> None:
    span = timeline.parse_label("M0–M5", start_year=2027)
    assert span is not None and (span.start, span.end) == (0.0, pytest.approx(6 * MONTH))
    later = timeline.parse_label("M6–M17", start_year=2027)
    assert later is not None and later.start == pytest.approx(5 * MONTH)  # M1 the first alone
    moved = timeline.zero_based([span, later])
    assert moved[1].start == pytest.approx(6 * MONTH) and moved[1].end == pytest.approx(18 * MONTH)
    assert timeline.zero_based([later]) == [later]  # no "M0" on the deck: M1 is its first


def _card_clock(tmp_path: Path) -> Path:
    """Slides saved as PDF: three waves named on one slide, and dated on another only in
    programme months, each on a card of its own: the wave's name and months in large type and
    what it does in smaller type on one baseline, the cards well apart; month 0 in a footnote."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(960, 540))
    pdf.set_auto_page_break(False)
    text = pdf_writer(pdf, 13)
    pdf.add_page()
    text(48, 200, "Quarry Ready", 36, "B")
    text(48, 260, "Brantmoor Aggregates | Board paper | March 2027", 16)
    pdf.add_page()
    text(48, 40, "Three waves", 28, "B")
    for k, name in enumerate(["Wave 1: Secure the basics", "Wave 2: Connect", "Wave 3: Extend"]):
        text(48, 120 + 60 * k, name, 18, "B")
    pdf.add_page()
    text(48, 40, "The waves, month by month", 28, "B")
    pdf.set_fill_color(225, 232, 240)
    for k, (wave, months, what) in enumerate(
        [
            ("Wave 1", "M0-M5", "Weighbridge kiosks at Hallow, the new loading rule"),
            ("Wave 2", "M6-M17", "Second quarry on the kiosks, drivers' app, stock counts"),
            ("Wave 3", "M18-M29", "Forecasts from the kiosk data, the last two depots"),
        ]
    ):
        y = 120 + 80 * k
        pdf.rect(48, y - 14, 860, 58, style="F")
        text(66, y, wave, 20)
        text(200, y, months, 20)
        text(380, y + 6.3, what, 13)  # (fpdf centres a cell's text: one baseline with them)
    text(48, 488, "Month 0 is October 2027, the first month of the plan.", 8)
    path = tmp_path / "quarry-ready.pdf"
    pdf.output(str(path))
    return path


def test_waves_dated_in_months_from_zero_on_cards_set_apart(tmp_path: Path) -> None:
    from extractors import extract

    deck = extract(_card_clock(tmp_path))
    # each card is a line of its own, not one paragraph run on from the card above
    lines = [b.text for b in deck.units[2].blocks]
    assert any(t.startswith("Wave 2 M6-M17") for t in lines), lines
    got = phase_months(read_deck_plan(deck))
    assert got == [
        ("Wave 1: Secure the basics", 0, 6),
        ("Wave 2: Connect", 6, 18),
        ("Wave 3: Extend", 18, 30),
    ]


def _stacked_axis(tmp_path: Path) -> Path:
    """A PDF Gantt of workstreams under quarter cells, each quarter's fiscal year in a cell
    under it, and an "Onward" column headed "FY31+" past the plan, holding a lane's note."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(794, 595))
    pdf.set_auto_page_break(False)
    text = pdf_writer(pdf, 10)
    pdf.add_page()
    text(45, 200, "Pay As You Go", 30, "B")
    text(45, 250, "Roadmap FY2028 to FY2030 | Board of Directors | May 2027", 14)
    pdf.add_page()
    text(45, 30, "Roadmap: the workstreams", 24, "B")
    for k in range(12):
        x = 146 + 44.5 * k
        text(x, 120, f"Q{k % 4 + 1}", 10)
        text(x, 134, f"FY{28 + k // 4}", 9)
    text(683, 120, "Onward", 10)
    text(683, 134, "FY31+", 9)
    pdf.set_fill_color(120, 160, 200)
    for row, (lane, note, first, last) in enumerate(
        [
            ("Readers", "Depot one first, then every bus", 1, 7),
            ("Accounts", "Back office and fare tables", 0, 9),
            ("Outreach", "Shops, campaign, concessions online", 2, 12),
        ]
    ):
        y = 165 + 45 * row
        pdf.rect(146 + 44.5 * first, y - 4, 44.5 * (last - first), 24, style="F")
        text(45, y, lane, 12)
        text(150 + 44.5 * first, y + 2, note, 10)
    text(683, 210, "Shared regional fares", 9)
    text(45, 520, "Each lane is work, not a phase.", 10)
    path = tmp_path / "pay-as-you-go.pdf"
    pdf.output(str(path))
    return path


def test_a_column_past_the_plan_in_a_stacked_axis_sets_no_stage(tmp_path: Path) -> None:
    from extractors import extract

    plan = read_deck_plan(extract(_stacked_axis(tmp_path)))
    # the cells of the axis ("FY30" over "Onward", "FY31+" over a lane) pair with no stage
    assert not [c for c in plan.commitments if c.kind == "stage"], plan.commitments
    assert plan.horizon_weeks == 156


def test_a_later_step_inside_the_plan_and_two_years_said_in_the_summary() -> None:
    deck = slide_deck(
        [
            ("Open Counter", ["Ashgrove Credit Union", "Counter service plan, 2028 to 2030"]),
            (
                "On a page",
                [
                    "Within the next two years, all nine branches will serve members by appointment.",
                    "Every branch books appointments online by December 2029.",
                ],
            ),
            (
                "Roadmap",
                ["Now: H1 2028", "Next: H2 2028", "Then: 2029 onwards", "and on past this plan"],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    # the title's years touch three calendar years; the summary says the plan is two
    assert plan.horizon_weeks == 104
    assert phase_months(plan) == [
        ("Now: H1 2028", 0, 6),
        ("Next: H2 2028", 6, 12),
        ("Then: 2029 onwards", 12, 24),
    ]


def test_a_word_drawn_on_its_own_at_another_rows_word_is_no_column() -> None:
    """A PDF that draws each word on its own within one line of text: the second words of
    three rows fall at one x ("Yard cranes", "Yard crane", "Yard trucks"), an edge only by
    chance. A lower-case word there goes on with its line; a capital or a figure at an edge,
    clear of the word before, still starts a column."""
    from extractors.pdf import _next_column

    def after_yard(text: str) -> bool:
        state: dict[str, float | None] = {
            "x": 48.0,
            "y": 400.0,
            "size": 13.0,
            "last_x": 48.0,
            "last_ems": 2.6,
        }
        return _next_column(state, ["Yard"], 82.0, 400.0, 13.0, {82}, text)

    assert not after_yard("cranes")
    assert after_yard("Cranes")
    assert after_yard("14")


def test_a_column_named_by_a_date_names_no_stage() -> None:
    """A lane's label over a season band and a column "After June 2031" over "to August
    2031" on a drawn roadmap: neither is a stage named over its span; two stages are."""
    from agent.planning._phases import _spanned_stages

    lines = ["Close down", "Summer 2029", "After June 2031", "to August 2031"]
    assert _spanned_stages(lines, 2029) == []
    assert _spanned_stages(
        ["Prepare", "October 2029 to March 2030", "Build", "April 2030 to March 2031"], 2029
    ) == ["prepare", "build"]
