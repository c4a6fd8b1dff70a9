"""Clocks read off the deck's own year: a retail 4-4-5 year named by the year it starts in, a
concert season with a festival after it, plan years beside a line that says how many; the
window said on a later slide, stages named after their periods, a chart headed "Q1" over
"FY28", a lane past the plan, and a pilot said as the people of a place or a series. The
wording is invented for the tests."""

from __future__ import annotations

from agent.knowledge import timeline
from agent.planning import _phases
from agent.planning.deck_plan import read_deck_plan
from schemas.deck import Block, BlockKind, Provenance
from tests.decks import chart_deck, slide_deck

EMU = 91440


def test_a_financial_year_said_by_its_first_day_or_its_months() -> None:
    fy = timeline.fiscal_year
    # named by the year it starts in: a week-based year that opens on 30 January is February's
    assert fy(["FY31 starts on Sunday 29 January 2031 and has 53 weeks."]) == (2, 0)
    assert fy(["This plan covers FY31 and FY32: February 2031 to January 2033."]) == (2, 0)
    # the month alone: labelled by the year it ends in, as most financial years are
    assert fy(["Our financial year starts on the Sunday nearest 1 February."]) == (2, 1)
    assert fy(["Our financial year runs April to March."]) == (4, 1)
    # a season's year: its split years ("2031/32") open in its first month
    assert fy(["Our playing season runs from September to May."]) == (9, 1)
    # a first day that says its year outright wins over a month said alone
    both = [
        "Our financial year starts on the Sunday nearest 1 February.",
        "FY31 starts on 2 February 2031.",
    ]
    assert fy(both) == (2, 0)
    assert fy(["Our year runs in three terms."]) is None


def test_quarters_and_halves_written_after_their_financial_year() -> None:
    with timeline.fiscal((2, 0)):
        first = timeline.parse_label("FY31 Q1-Q2", start_year=2031)
        last = timeline.parse_label("FY32 H2", start_year=2031)
    assert first is not None and last is not None
    feb = timeline.WEEKS_PER_MONTH
    assert (round(first.start - feb), round(first.end - feb)) == (0, 26)
    assert (round(last.start - feb), round(last.end - feb)) == (78, 104)


def test_a_window_said_on_a_later_slide_and_phases_in_fiscal_quarters() -> None:
    deck = slide_deck(
        [
            ("Open All Hours", ["Executive committee, January 2031"]),
            ("Where we are", ["Stores ran out of stock on 4% of lines last year."]),
            ("What we are aiming for", ["Every store open with full shelves"]),
            (
                "How we count the time",
                [
                    "Our financial year starts on the Sunday nearest 1 February.",
                    "This plan covers FY31 and FY32: February 2031 to January 2033.",
                    "FY31 starts on Sunday 2 February 2031.",
                    "Foundations (FY31 Q1-Q2)",
                    "Roll-out (FY31 Q3 - FY32 Q2)",
                    "Optimise (FY32 H2)",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    assert plan.horizon_weeks == 104
    assert [
        (p.name.split(" (")[0], round(p.start_week), round(p.end_week)) for p in plan.phases
    ] == [
        ("Foundations", 0, 26),
        ("Roll-out", 26, 78),
        ("Optimise", 78, 104),
    ]


def test_plan_years_counted_beside_the_years_they_touch_and_a_lane_past_them() -> None:
    """ "2031 to 2034: three plan years from 1 April 2031" is 36 months, not the four calendar
    years the range touches; a "Later (2034+)" lane is no work of the plan; "Year 1" over its
    year is named by the line that says "Year 1: prove"."""
    deck = slide_deck(
        [
            ("The Front Door", ["Digital strategy, 2031 to 2034"]),
            ("Why change", ["Six in ten forms still come on paper."]),
            ("Our north star", ["Anyone can do what they most need online by 2034"]),
            (
                "What this strategy covers",
                ["This strategy covers 2031 to 2034: three plan years from 1 April 2031."],
            ),
            (
                "Three plan years",
                [
                    "Year 1 2031/32",
                    "Year 2 2032/33",
                    "Year 3 2033/34",
                    "Year 1: prove",
                    "Year 2: scale",
                    "Year 3: switch off the old",
                    "Later (2034+)",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    assert plan.horizon_weeks == 156
    assert [p.name for p in plan.phases] == [
        "Year 1: prove",
        "Year 2: scale",
        "Year 3: switch off the old",
    ]
    assert not [c for c in plan.commitments if "Later" in c.text]


def test_a_phase_that_heads_its_criteria_is_named_without_them() -> None:
    assert _phases._CRITERIA_TAIL.sub("", "Year 3: switch off the old is done when") == (
        "Year 3: switch off the old"
    )
    assert _phases._name_rank("Year 1: prove") > _phases._name_rank(
        "Year 1 (2031/32) proves the model, Year 2 (2032/33) scales it"
    )


def test_seasons_and_a_festival_in_the_decks_own_year() -> None:
    deck = slide_deck(
        [
            ("Tuned Up", ["Board away day, May 2031"]),
            (
                "How the plan runs",
                [
                    "Our concert season runs from September to June; the Summer Festival runs in July.",
                    "This plan covers the 2031/32, 2032/33 and 2033/34 seasons: September 2031 to July 2034, Festival 2034 included.",
                    "2031/32: get ready",
                    "the 2031/32 season and Festival 2032",
                    "2032/33: launch",
                    "the 2032/33 season and Festival 2033",
                    "2033/34 and Festival 2034: grow",
                    "the 2033/34 season and Festival 2034",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    assert [(p.name, round(p.start_week), round(p.end_week)) for p in plan.phases] == [
        # (named by season, as the deck names them)
        ("2031/32: get ready", 0, 52),
        ("2032/33: launch", 52, 104),
        ("2033/34 and Festival 2034: grow", 104, 152),
    ]


def test_a_chart_headed_by_quarters_over_their_financial_years() -> None:
    prov = Provenance(file="d.pdf", page=2)

    def box(text: str, x: float, y: float, w: float) -> Block:
        place = (int(x * EMU), int(y * EMU), int(w * EMU), int(2 * EMU))
        return Block(kind=BlockKind.body, text=text, box=place, source=prov)  # type: ignore[arg-type]

    x0, col = 30.0, 10.0
    blocks = [Block(kind=BlockKind.title, text="Roadmap FY31-FY32", source=prov)]
    for i in range(8):
        blocks += [
            box(f"Q{i % 4 + 1}", x0 + col * i, 10, 4),
            box(f"FY{31 + i // 4}", x0 + col * i, 12.2, 4),
        ]
    blocks += [box("Beyond", x0 + col * 8, 10, 6), box("FY32", x0 + col * 8, 12.2, 4)]
    for name, start, cols in (("Foundations", 0, 2), ("Roll-out", 2, 4), ("Optimise", 6, 2)):
        blocks.append(box(name, x0 + col * start, 16, col * cols))
    blocks += [box("Lockers", 5, 20, 10), box("Kelby store", x0, 20, col * 2)]
    deck = chart_deck(
        ("Open All Hours", "FY31 starts on Sunday 2 February 2031."), blocks, kind="pdf"
    )
    with timeline.fiscal((2, 0)):
        spans = _phases.placed_spans(
            [(b.text, b.box) for b in blocks if b.box is not None], 2031, []
        )
    feb = timeline.WEEKS_PER_MONTH
    got = {
        k: (round(v.start - feb), round(v.end - feb))
        for k, v in spans.items()
        if k in ("Foundations", "Roll-out", "Optimise")
    }
    assert got == {"Foundations": (0, 26), "Roll-out": (26, 78), "Optimise": (78, 104)}
    assert read_deck_plan(deck).horizon_weeks is not None


def test_a_pilot_said_as_a_places_people_or_a_named_series() -> None:
    deck = slide_deck(
        [
            ("The Front Door", ["Digital strategy, 2031 to 2034"]),
            (
                "Starting small: one district first",
                [
                    "My Account opens first to residents of Northdale district, from October 2031.",
                    "Why Northdale: the oldest population and the longest drive to County Hall.",
                ],
            ),
        ]
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and pilot.name == "Northdale" and pilot.unit == "district"
    deck = slide_deck(
        [
            ("Tuned Up", ["Board away day, May 2031"]),
            (
                "Where the cameras go first",
                [
                    "We stream first at the Thursday Lunchtime Series at the Corn Exchange: 20 concerts"
                ],
            ),
        ]
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and pilot.name == "Thursday Lunchtime Series"


def test_a_phase_named_after_its_year_is_named_without_it() -> None:
    """ "2028 Wave 2" over its caption: the year dates the wave, "Wave 2" names it, as it
    names the first ("2027 Wave 1" -> "Wave 1")."""
    from agent.planning.deck_plan import read_deck_plan
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Plan", ["Board paper 2027"]),
            (
                "Three-Year Opening Cadence",
                [
                    "Wave 1: 2 sites → Wave 2: 5 → Wave 3: 9",
                    "2027 Wave 1",
                    "Owner-run first site",
                    "2028 Wave 2",
                    "Partners begin",
                    "2029 Wave 3",
                    "Nationwide",
                ],
            ),
        ]
    )
    assert [p.name for p in read_deck_plan(deck).phases] == ["Wave 1", "Wave 2", "Wave 3"]
