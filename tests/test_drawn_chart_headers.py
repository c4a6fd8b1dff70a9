"""Gantt charts whose period labels need the row over them: quarters under financial or
calendar years, terms under academic years; phases drawn as bands holding two lines; gates
dated in their own words and captioned by the line under them."""

from __future__ import annotations

from pathlib import Path

from agent.knowledge import timeline
from agent.planning import _phases
from agent.planning.deck_plan import read_deck_plan
from schemas.deck import Block, BlockKind, Provenance, Unit
from tests.decks import chart_deck, pdf_writer, slide_deck, table_block

EMU = 91440


def _box(text: str, x: float, y: float, w: float, h: float = 2.0) -> tuple[str, tuple[int, ...]]:
    return text, (int(x * EMU), int(y * EMU), int(w * EMU), int(h * EMU))


def test_quarters_take_the_year_drawn_centred_over_their_group() -> None:
    """ "2028" centred over Q3 and Q4, "2029" over Q1 to Q4, labels narrower than their
    columns: each quarter takes its own group's year (the nearest year label by distance
    would give 2029's Q1 to 2028), and the bars drawn on the column boundaries date the
    work by them."""
    col, x0 = 10.0, 30.0
    quarters = ["Q3", "Q4", "Q1", "Q2", "Q3", "Q4"]
    boxes = [_box("2028", x0 + col - 2, 8, 4), _box("2029", x0 + 4 * col - 2, 8, 4)]
    boxes += [_box(q, x0 + col * i + col / 2 - 1, 11, 2) for i, q in enumerate(quarters)]
    boxes += [
        _box("Pick the supplier", x0 + 1, 15.5, 15),
        _box("Fit the meters", x0 + 21, 18.5, 15),
    ]
    bars = [
        (int(x0 * EMU), int(15 * EMU), int(2 * col * EMU), int(2 * EMU)),
        (int((x0 + 2 * col) * EMU), int(18 * EMU), int(4 * col * EMU), int(2 * EMU)),
    ]
    spans = _phases.placed_spans(boxes, 2028, bars)  # type: ignore[arg-type]
    first, second = spans["Pick the supplier"], spans["Fit the meters"]
    # July 2028 is week 26; January 2029 is week 52; the end of 2029 is week 104
    assert abs(first.start - 26) <= 1 and abs(first.end - 52) <= 1, first
    assert abs(second.start - 52) <= 1 and abs(second.end - 104) <= 1, second


def _phase_chart(tmp_path: Path) -> Path:
    """A slide exported to PDF: financial years centred over quarter labels, a "Phase" row
    label left of four bands each holding its number and name, a gates legend under the
    chart."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(1024, 576))
    pdf.set_auto_page_break(False)

    text = pdf_writer(pdf, 11)

    pdf.add_page()
    text(60, 200, "Clear Water 2031", 36, "B")
    text(60, 260, "Elmbridge Water | Board | February 2028", 18)
    pdf.add_page()
    text(60, 30, "Roadmap: 2028/29 to 2029/30", 26, "B")
    x0, col = 200.0, 90.0
    for k, year in enumerate(["2028/29", "2029/30"]):
        text(x0 + k * 4 * col + 2 * col - 20, 100, year)
    for i in range(8):
        text(x0 + i * col + col / 2 - 8, 120, f"Q{i % 4 + 1}", 10)
    text(60, 165, "Phase")
    bands = [("Phase 1", "Get going", 0, 2), ("Phase 2", "Try it at Elmbridge", 2, 4)]
    bands += [("Phase 3", "Roll out to every works", 4, 7), ("Phase 4", "Embed", 7, 8)]
    for number, name, first, last in bands:
        pdf.set_fill_color(200, 220, 240)
        pdf.rect(x0 + first * col, 150, (last - first) * col, 40, style="F")
        text(x0 + first * col + 6, 155, number, 10)
        text(x0 + first * col + 6, 170, name, 10)
    text(60, 230, "Gate 1 · end of September 2028: Elmbridge ready to try")
    text(60, 262, "Gate 2 · end of March 2029: every works, go or stop")
    text(60, 330, "Our year starts in April.", 8)
    path = tmp_path / "clear-water.pdf"
    pdf.output(str(path))
    return path


def test_a_pdf_chart_of_quarters_under_financial_years_with_bands_holding_two_lines(
    tmp_path: Path,
) -> None:
    from extractors import extract

    deck = extract(_phase_chart(tmp_path))
    texts = [b.text for b in deck.units[1].blocks]
    # "Phase 4", drawn above and right of the last line of the band before it, is its own line
    assert "Roll out to every works" in texts and "Phase 4" in texts, texts
    plan = read_deck_plan(deck)
    got = [(p.name, round(p.start_week / 4.345), round(p.end_week / 4.345)) for p in plan.phases]
    assert got == [
        ("Phase 1: Get going", 0, 6),
        ("Phase 2: Try it at Elmbridge", 6, 12),
        ("Phase 3: Roll out to every works", 12, 21),
        ("Phase 4: Embed", 21, 24),
    ], got
    assert plan.phases[0].gate == "Elmbridge ready to try"
    assert plan.phases[1].gate == "every works, go or stop"
    assert not [c.text for c in plan.commitments if c.kind == "phase_item"]  # "Phase" is a label


def test_terms_under_academic_years_date_a_tables_phases() -> None:
    """A native table: academic years merged over their terms ("2028/29", "", ""), a row of
    terms the deck defines ("Autumn term = September to December"), a row of phases merged over
    the terms they run: the terms date the phases, and a split year's spring is in its second
    calendar year."""
    rows = [
        ["Academic year", "2028/29", "", "", "2029/30", "", ""],
        ["Term", "Autumn", "Spring", "Summer", "Autumn", "Spring", "Summer"],
        ["Phase", "Phase 1 Set up", "Phase 2 Try it", "", "Phase 3 Spread it", "", ""],
        ["Gate", "Gate 1 Ready to try", "", "Gate 2 Go/no-go", "", "", "Close July 2030"],
    ]
    deck = slide_deck(
        [
            ("Learning first 2030", ["Governors, June 2028"]),
            (
                "Roadmap",
                [
                    "Terms: Autumn term = September to December; Spring term = January to "
                    "April; Summer term = May to July."
                ],
            ),
        ]
    )
    deck.units[1].blocks.append(table_block(rows, 2, order=2))
    plan = read_deck_plan(deck)
    got = [(p.name, round(p.start_week / 4.345), round(p.end_week / 4.345)) for p in plan.phases]
    assert got == [
        ("Phase 1 Set up", 0, 4),  # September to December 2028
        ("Phase 2 Try it", 4, 12),  # January 2029 to the next autumn term
        ("Phase 3 Spread it", 12, 23),  # September 2029 to July 2030
    ]


def test_a_term_defined_with_its_word_and_a_split_years_spring() -> None:
    defined = timeline.defined_periods(
        ["Autumn term = September to December; Spring = January to April"]
    )
    assert ("autumn", 9, 12) in defined
    with timeline.periods(defined):
        autumn = timeline.calendar_range("Autumn 2028/29", 2028)
        spring = timeline.calendar_range("Spring 2028/29", 2028)
    assert autumn is not None and spring is not None
    assert round(autumn.start / 4.345) == 8 and round(spring.start / 4.345) == 12  # Jan 2029


def test_gates_dated_before_their_colon_or_captioned_under_their_date() -> None:
    lines = [
        "Gate 1 · end of Q2 (30 September 2028): ready to try it",
        "G2 Dec 2029: go/no-go for the roll-out",
        "Gate 3 · end of May 2030",
        "Hand over?",
    ]
    gates = _phases._gate_lines(lines, 2028)
    assert [(g, t) for g, _, t in gates] == [
        ("1", "ready to try it"),
        ("G2", "G2 Dec 2029: go/no-go for the roll-out"),
        ("3", "Hand over?"),
    ]
    assert all(when is not None for _, when, _ in gates)


def test_a_chevron_holding_its_phase_and_name_in_two_lines() -> None:
    """PowerPoint chevrons over the seasons, each holding "PHASE 1" over its name: each
    phase runs where its shape sits and is named by both lines; a gate named and dated in one
    shape ("Gate 1 · 31 May 2029" over "Open the app to all?") is captioned by its question,
    not read as work."""
    prov = Provenance(file="deck.pptx", slide=2)

    def shape(lines: list[str], x: float, y: float, w: float) -> list[Block]:
        frame = (int(x * EMU), int(y * EMU), int(w * EMU), int(4 * EMU))
        return [Block(kind=BlockKind.body, text=t, frame=frame, source=prov) for t in lines]

    def box(text: str, x: float, y: float, w: float) -> Block:
        return Block(
            kind=BlockKind.body,
            text=text,
            box=(int(x * EMU), int(y * EMU), int(w * EMU), int(2 * EMU)),
            source=prov,
        )

    seasons = ["Spring 2029", "Summer 2029", "Autumn 2029", "Winter 2029/30", "Spring 2030"]
    blocks = [Block(kind=BlockKind.title, text="Five seasons, three phases", source=prov)]
    blocks += [box(s, 30 + 15 * i, 10, 15) for i, s in enumerate(seasons)]
    blocks += shape(["STAGE 1", "Set up"], 30, 14, 15)
    blocks += shape(["STAGE 2", "Try it in Hollins"], 45, 14, 30)
    blocks += shape(["STAGE 3", "Spread"], 75, 14, 30)
    blocks += [box("Member card: Hollins first, then every branch", 45, 20, 45)]
    blocks += shape(["Gate 1 · 31 May 2029", "Open the app to all?"], 36, 26, 15)
    deck = chart_deck(("Warm cups 2030", "Board, February 2029"), blocks)
    plan = read_deck_plan(deck)
    got = [(p.name, round(p.start_week / 4.345), round(p.end_week / 4.345)) for p in plan.phases]
    assert got == [
        ("STAGE 1: Set up", 0, 3),
        ("STAGE 2: Try it in Hollins", 3, 9),
        ("STAGE 3: Spread", 9, 15),
    ], got
    assert plan.phases[0].gate == "Open the app to all?"
    work = [c.text for c in plan.commitments if c.source.slide == 2 and c.kind != "gate"]
    assert (
        "Open the app to all?" not in work
        and "Member card: Hollins first, then every branch" in work
    )


def test_a_window_with_its_days_inside_the_titles_years_sets_the_plans_clock() -> None:
    """ "2027-2029" in the title is three calendar years; "The programme runs from 1 July 2027
    to 31 December 2029" on a later slide says which thirty months of them, and a contract that
    runs on past them sets nothing."""
    deck = slide_deck(
        [
            ("Clinics that work 2027-2029", ["Board, June 2027"]),
            ("Why now", ["Waiting lists are long.", "The payroll contract runs to 2035."]),
            ("Our ambition", ["Every clinic letter sent within 7 days by December 2029."]),
            ("How long it takes", ["The programme runs from 1 July 2027 to 31 December 2029."]),
        ]
    )
    plan = read_deck_plan(deck)
    assert plan.horizon_weeks is not None and round(plan.horizon_weeks / 4.345) == 30


def test_a_season_table_names_each_stage_with_its_season_and_leaves_no_gaps() -> None:
    """A row of stages under a row of seasons ("Summer 2028", "Winter 2028/29", ...): each
    stage is named with its season, runs to the next, and a last stage that goes "onwards"
    runs to the plan's end."""
    rows = [
        ["Workstream", "Summer 2028", "Winter 2028/29", "Summer 2029", "Winter 2029/30", "Later"],
        ["Stage", "Fit out", "First winter", "Fix", "Onwards, to the close", "Not funded"],
        ["Lifts", "Gates fitted", "One lift on gates", "Nine more lifts", "All lifts", "–"],
    ]
    deck = slide_deck(
        [
            ("High ground 2028-2030", ["Board, April 2028"]),
            (
                "The plan",
                ["The plan covers both winters and the summer between: July 2028 to June 2030."],
            ),
            ("Roadmap", ["What happens in which season"]),
        ]
    )
    deck.units[2].blocks.append(table_block(rows, 3, order=2))
    plan = read_deck_plan(deck)
    assert plan.horizon_weeks is not None and round(plan.horizon_weeks / 4.345) == 24
    got = [(p.name, round(p.start_week / 4.345), round(p.end_week / 4.345)) for p in plan.phases]
    assert [name for name, _, _ in got] == [
        "Summer 2028: Fit out",
        "Winter 2028/29: First winter",
        "Summer 2029: Fix",
        "Winter 2029/30: Onwards, to the close",
    ], got
    assert all(a[2] == b[1] for a, b in zip(got, got[1:], strict=False)), got  # no gaps
    assert got[0][1] == 0 and got[-1][2] == 24, got


def test_a_gate_dated_in_its_brackets_and_a_marker_alone() -> None:
    gates = _phases._gate_lines(
        ["Gate 1", "Gate 2 · the mid-year review (November 2029)", "Gate 3 · Dec 2030 · close"],
        2028,
    )
    assert [(g, t) for g, _, t in gates] == [
        ("", "Gate 1"),
        ("2", "the mid-year review (November 2029)"),
        ("3", "close"),
    ]
    assert gates[1][1] is not None and gates[2][1] is not None


def test_work_drawn_under_phases_that_date_themselves_belongs_to_the_phase_it_overlaps() -> None:
    """Phases dated in their own words over a drawn chart ("Phase 1 · Set up" over "Q2 2029 –
    Q4 2029"), the chart's labels left-aligned in their columns, the last label's words short of
    its column: each piece of work drawn under them belongs to the phase it overlaps most."""
    prov = Provenance(file="deck.pdf", page=2)

    def box(text: str, x: float, y: float, w: float) -> Block:
        return Block(
            kind=BlockKind.body,
            text=text,
            place=(int(x * EMU), int(y * EMU), int(w * EMU), int(2 * EMU)),
            source=prov,
        )

    quarters = ["Q2 2029", "Q3 2029", "Q4 2029", "Q1 2030", "Q2 2030", "Q3 2030"]
    blocks = [Block(kind=BlockKind.title, text="Roadmap", source=prov)]
    blocks += [box(q, 30 + 10 * i, 10, 5) for i, q in enumerate(quarters)]
    blocks += [box("Phase 1 · Set up", 30, 14, 14), box("Q2 2029 – Q4 2029", 30, 16, 14)]
    blocks += [box("Phase 2 · Spread", 60, 14, 14), box("Q1 2030 – Q3 2030", 60, 16, 14)]
    blocks += [box("Pumps metered", 31, 20, 12), box("Every pump house", 72, 23, 12)]
    bars = [
        (int(30 * EMU), int(19.5 * EMU), int(20 * EMU), int(3 * EMU)),
        (int(70 * EMU), int(22.5 * EMU), int(20 * EMU), int(3 * EMU)),
    ]
    deck = chart_deck(("Dry feet 2030", "Board, March 2029"), blocks, kind="pdf", bars=bars)
    plan = read_deck_plan(deck)
    assert [p.name for p in plan.phases] == ["Phase 1 · Set up", "Phase 2 · Spread"]
    phase_of = {c.text: c.phase for c in plan.commitments if c.kind == "phase_item"}
    assert phase_of.get("Pumps metered") == "Phase 1 · Set up", phase_of
    assert phase_of.get("Every pump house") == "Phase 2 · Spread", phase_of


def _at(x: float, y: float, w: float, h: float = 2) -> tuple[int, int, int, int]:
    return (int(x * EMU), int(y * EMU), int(w * EMU), int(h * EMU))


def _shape(text: str, x: float, y: float, w: float, h: float = 2, *, page: bool = False) -> Block:
    """A one-line shape on slide 2 of deck.pptx (its ``box``), or a line on page 2 of deck.pdf
    (its ``place``)."""
    if page:
        prov = Provenance(file="deck.pdf", page=2)
        return Block(kind=BlockKind.body, text=text, place=_at(x, y, w, h), source=prov)
    prov = Provenance(file="deck.pptx", slide=2)
    return Block(kind=BlockKind.body, text=text, box=_at(x, y, w, h), source=prov)


def _item_months(plan) -> dict[str, tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Each phase item's first and last month, as whole months from the plan's start."""
    return {
        c.text: (
            round(c.start_week / timeline.WEEKS_PER_MONTH),
            round(c.end_week / timeline.WEEKS_PER_MONTH),
        )
        for c in plan.commitments
        if c.kind == "phase_item" and c.start_week is not None and c.end_week is not None
    }


def test_a_phase_slides_own_chart_dates_each_row_by_its_bar_over_shaded_row_bands() -> None:
    """A slide given to one phase ("Stage 1 (Months 0-6)") draws its work as a Gantt chart: row
    labels left, "M1" to "M6" over the bars, every other row shaded across the whole chart.
    Each row takes its own bar's months, not the shaded band's six, nor a spread guessed over
    the phase."""
    title = Provenance(file="deck.pptx", slide=2)
    blocks = [
        Block(kind=BlockKind.title, text="Delivery plan · Stage 1 (Months 0-6)", source=title)
    ]
    blocks += [_shape(f"M{m}", 20 + 10 * (m - 1), 10, 10) for m in range(1, 7)]
    rows = ["Kiln survey", "Burner order placed", "Controls rewired", "Trial firing"]
    blocks += [_shape(r, 2, 14 + 4 * i, 16, 4) for i, r in enumerate(rows)]
    bars = [
        _at(20, 15, 10),  # M1
        _at(20, 18, 60, 4),  # shaded row band
        _at(30, 19, 20),  # M2-M3
        _at(50, 23, 10),  # M4
        _at(20, 26, 60, 4),  # shaded row band
        _at(60, 27, 20),  # M5-M6
    ]
    plan = read_deck_plan(chart_deck(("Warm kilns 2030", "Board, May 2029"), blocks, bars=bars))
    months = _item_months(plan)
    assert months == {
        "Kiln survey": (0, 1),
        "Burner order placed": (1, 3),
        "Controls rewired": (3, 4),
        "Trial firing": (4, 6),
    }, months


def test_a_row_label_a_pdf_joined_to_the_marker_on_its_bar_is_the_row() -> None:
    """On a PDF page the row's label and the "Sign-off" drawn on its bar share a baseline and
    come out as one line, "Trial firing Sign-off": the row is "Trial firing", dated by its
    bar, and the marker is no part of its name."""
    title = Provenance(file="deck.pdf", page=2)
    blocks = [
        Block(kind=BlockKind.title, text="Delivery plan · Stage 1 (Months 0-6)", source=title)
    ]
    blocks += [_shape(f"M{m}", 20 + 10 * (m - 1), 10, 3, page=True) for m in range(1, 7)]
    blocks += [
        _shape(t, 2, y, 12, page=True) for t, y in (("Kiln survey", 14), ("Controls rewired", 18))
    ]
    joined = _shape("Trial firing Sign-off", 2, 22, 70, page=True)
    joined.parts = [("Trial firing", _at(2, 22, 10)), ("Sign-off", _at(62, 22, 6))]
    blocks.append(joined)
    bars = [_at(20, 14, 10), _at(30, 18, 20), _at(60, 22, 20)]
    deck = chart_deck(("Warm kilns 2030", "Board, May 2029"), blocks, kind="pdf", bars=bars)
    months = _item_months(read_deck_plan(deck))
    assert months.get("Trial firing") == (4, 6), months
    assert not any("Sign-off" in t for t in months), months


def test_a_phase_card_under_its_bar_says_which_gates_close_and_fall_inside_the_phase() -> None:
    """A roadmap of bars ("Phase 2 · Try it at Elmford") with a text box set under each, holding
    the phase's weeks, what it delivers and the gates it names ("Gate 2: winter-ready", "Gate 3
    by Wk 43: roll-out go/no-go"). The gate a card names last closes that phase, whatever its
    number; one named before it is held inside the phase, by the week its criteria give; the
    card's other lines are the phase's work."""
    prov = Provenance(file="deck.pptx", slide=2)

    def shape(lines: list[str], frame: tuple[int, int, int, int]) -> list[Block]:
        return [Block(kind=BlockKind.body, text=t, frame=frame, source=prov) for t in lines]

    axis = [502919 + 1383030 * i for i in range(9)]
    blocks = [Block(kind=BlockKind.title, text="Two years, four phases", source=prov)]
    for i, x in enumerate(axis):
        blocks += shape([f"Wk {max(1, 13 * i)}"], (x, 1700784, 731520, 256032))
    bars = [
        ("Phase 1 · Set up", (548640, 2057400, 1383029, 457200)),
        ("Phase 3 · Spread", (4697729, 2057400, 4149089, 457200)),
        ("Phase 2 · Try it at Elmford", (1931669, 3429000, 3191607, 457200)),
        ("Phase 4 · Business as usual", (8846819, 3429000, 2766059, 457200)),
    ]
    cards = [
        ["Wk 1–13", "Leases, data and baselines", "Gate 1 by Wk 13: go for the trial"],
        ["Wk 40–78", "Nine yards in three waves", "Gate 4 by Wk 78: every yard live"],
        [
            "Wk 14–43",
            "Elmford live from Wk 14 and through winter",
            "Gate 2: winter-ready (criteria on slide 3)",
            "Gate 3 by Wk 43: roll-out go/no-go",
        ],
        ["Wk 79–104", "Second winter on the new model", "Close-out review by Wk 104"],
    ]
    for (name, (x, y, w, h)), card in zip(bars, cards, strict=True):
        blocks += shape([name], (x, y, w, h))
        blocks += shape(card, (x, y + h + 45720, max(w, 2377440), 822960))
    deck = chart_deck(("Yards 2030", "Board, March 2029"), blocks)
    gates_prov = Provenance(file="d.pptx", slide=3)
    frame = (548640, 1463040, 5394960, 4754880)
    lines = [
        "Gate 1 · Go for the trial · Wk 13",
        "Yard contract signed and Elmford's bays mapped.",
        "Gate 2 · Winter-ready",
        "Passed when Elmford has booked every lift for five weeks running, by the end of Wk 30.",
        "Gate 3 · Roll-out go/no-go · Wk 43",
        "Elmford held 95% on-time lifts through winter.",
        "Gate 4 · Every yard live · Wk 78",
        "All nine yards book every lift in the new system.",
    ]
    deck.units.append(
        Unit(
            number=3,
            kind="slide",
            title="What good looks like at each gate",
            blocks=[
                Block(
                    kind=BlockKind.title,
                    text="What good looks like at each gate",
                    source=gates_prov,
                ),
                *(
                    Block(kind=BlockKind.body, text=t, frame=frame, source=gates_prov)
                    for t in lines
                ),
            ],
        )
    )
    plan = read_deck_plan(deck)
    gates = {p.name.split(" · ")[0]: p.gate or "" for p in plan.phases}
    assert gates["Phase 2"].startswith("Gate 3 by Wk 43: roll-out go/no-go: Elmford held"), gates
    assert gates["Phase 3"].startswith("Gate 4 by Wk 78: every yard live: All nine yards"), gates
    assert gates["Phase 1"].startswith("Gate 1 by Wk 13: go for the trial"), gates
    assert not gates["Phase 4"], gates
    decided = {c.title: c for c in plan.commitments if c.kind == "gate"}
    assert decided["Gate 3 by Wk 43: roll-out go/no-go"].phase.startswith("Phase 2"), decided
    assert decided["Gate 4 by Wk 78: every yard live"].phase.startswith("Phase 3"), decided
    held = decided["Gate 2: winter-ready"]
    assert held.phase.startswith("Phase 2") and held.end_week == 30, held
    work = [c.title for c in plan.commitments if c.kind == "phase_item"]
    assert "Close-out review by Wk 104" in work, work
    assert "Leases, data and baselines" in work, work
    assert not [w for w in work if w.startswith(("Wk ", "Gate"))], work


def test_a_season_clock_and_the_road_to_a_month_set_the_plans_window() -> None:
    """ "Gameweek 1 is the weekend of 9 September 2028" starts the plan's clock, as "Month 1 is
    ..." does; "The road to June 2030" over the roadmap ends it, inside the years the cover's
    seasons name. A road to a year names no month: the plan keeps its window."""
    slides = [
        ("Harbour Rowing 2030", ["Club plan for the 2028/29 and 2029/30 seasons"]),
        ("Why now", ["Our boathouse is full on Saturdays."]),
        ("The road to June 2030", ["Our clock: Gameweek 1 is the weekend of 9 September 2028."]),
    ]
    plan = read_deck_plan(slide_deck(slides))
    assert plan.start_year == 2028 and plan.origin_week is not None
    assert round(plan.origin_week / 4.345) == 8  # September
    assert plan.horizon_weeks is not None and round(plan.horizon_weeks / 4.345) == 22
    slides[2] = ("The road to 2030", slides[2][1])
    wider = read_deck_plan(slide_deck(slides))
    assert wider.horizon_weeks is not None and wider.horizon_weeks > plan.horizon_weeks


def test_a_slide_of_what_the_plan_costs_year_by_year_holds_no_phases_and_no_work() -> None:
    """ "£1.0m" over "Year 1 · 2028/29" on a funding slide is the budget's column, not the
    plan's first phase; "£1.0m for Year 1 is in the budget" says where money sits, and is no
    work. The roadmap slide still gives the phases."""
    slides = [
        ("Clean Rivers 2031", ["Board of Trustees, March 2028"]),
        (
            "Three phases to March 2031",
            [
                "Phase 1 · Survey: April 2028 to March 2029",
                "Phase 2 · Restore: April 2029 to March 2030",
                "Phase 3 · Hand over: April 2030 to March 2031",
            ],
        ),
        (
            "£2.4m over three years",
            [
                "Funding",
                "£1.0m",
                "Year 1 · 2028/29",
                "£0.8m",
                "Year 2 · 2029/30",
                "£0.6m",
                "Year 3 · 2030/31",
                "£1.0m for Year 1 is in the budget before the Board today",
            ],
        ),
    ]
    plan = read_deck_plan(slide_deck(slides, bullets=False))
    assert [p.name.split(":")[0] for p in plan.phases] == [
        "Phase 1 · Survey",
        "Phase 2 · Restore",
        "Phase 3 · Hand over",
    ], [p.name for p in plan.phases]
    assert not [c.title for c in plan.commitments if c.source.slide == 3]
