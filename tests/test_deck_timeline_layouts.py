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


def _boxer(prov: Provenance):  # type: ignore[no-untyped-def]
    """A one-line text box on a slide, placed in tenths of an inch."""

    def box(text: str, x: float, y: float, w: float, h: float = 3) -> Block:
        return Block(
            kind=BlockKind.body,
            text=text,
            box=(int(x * EMU), int(y * EMU), int(w * EMU), int(h * EMU)),
            source=prov,
        )

    return box


def _pptx(units: list[Unit]) -> Deck:
    return Deck(path="deck.pptx", name="deck.pptx", sha256="0" * 64, kind="pptx", units=units)


def _text_slide(number: int, title: str, lines: list[str]) -> Unit:
    prov = Provenance(file="deck.pptx", slide=number)
    blocks = [Block(kind=BlockKind.title, text=title, source=prov)]
    blocks += [Block(kind=BlockKind.body, text=line, source=prov) for line in lines]
    return Unit(number=number, kind="slide", title=title, blocks=blocks)


def test_banners_over_month_numbers_are_the_stages_and_coded_gates_take_their_legend() -> None:
    prov = Provenance(file="deck.pptx", slide=3)

    box = _boxer(prov)

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
    deck = _pptx(
        [
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


def _bar_roadmap_pdf(path, bars, axis, anchor):  # type: ignore[no-untyped-def]
    """A slide exported to PDF (1024 x 768 pt): a month axis drawn as separate labels on one
    baseline, each phase a filled bar with its name drawn inside it in white."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(1024, 768))
    pdf.set_auto_page_break(False)

    def line(y: float, text: str, size: int, face: str = "Helvetica", style: str = "") -> None:
        pdf.set_font(face, style, size)
        pdf.set_xy(60, y)
        pdf.cell(0, size * 1.25, text)

    pdf.add_page()
    line(200, "Fine Cloth 2030", 40, style="B")
    line(270, "Hebden Weavers | Board away day | January 2028", 20)
    pdf.add_page()
    line(40, "ROADMAP", 12)
    line(70, "Two years, three phases", 32, face="Times", style="B")
    pdf.set_font("Helvetica", "", 12)
    x0, width = 200, 760
    for month in axis:
        pdf.set_xy(x0 + (month - 1) / 24 * width, 160)
        pdf.cell(60, 14, f"Month {month}")
    for i, (name, first, last) in enumerate(bars):
        left, right, top = x0 + (first - 1) / 24 * width, x0 + last / 24 * width, 200 + i * 60
        pdf.set_fill_color(40, 80, 140)
        pdf.rect(left, top, right - left, 36, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(left + 8, top + 10)
        pdf.cell(right - left - 16, 16, name)
        pdf.set_text_color(0, 0, 0)
    line(420, anchor, 12)
    pdf.output(str(path))
    return path


def test_a_pdf_roadmaps_bars_are_dated_by_where_they_sit_under_its_month_axis(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    from extractors import extract

    path = _bar_roadmap_pdf(
        tmp_path / "bars.pdf",
        [("Phase 1 Groundwork", 1, 6), ("Phase 2 Weave", 7, 15), ("Phase 3 Finish", 16, 24)],
        (1, 6, 12, 18, 24),
        "Month 1 is April 2028.",
    )
    deck = extract(path)
    assert len(deck.units[1].bars) == 3  # the white label text does not hide the bars
    plan = read_deck_plan(deck)
    got = [(p.name, p.start_week / 4.345, p.end_week / 4.345) for p in plan.phases]
    assert [name for name, _, _ in got] == ["Phase 1 Groundwork", "Phase 2 Weave", "Phase 3 Finish"]
    for (_, start, end), (want_start, want_end) in zip(
        got, [(0, 6), (6, 15), (15, 24)], strict=True
    ):
        assert abs(start - want_start) <= 1 and abs(end - want_end) <= 1, got


def test_a_financial_year_the_deck_defines_dates_its_fy_labels_and_names_over_bars() -> None:
    """ "FY29 runs March 2028 to February 2029": an "H1 FY29" column is March to August 2028,
    not the first half of 2029; a phase named just over its bar takes the bar's extent, even
    when the exporter wrote the next column's label after the name."""
    prov = Provenance(file="deck.pptx", slide=3)

    box = _boxer(prov)

    def bar(x: float, y: float, w: float) -> tuple[int, int, int, int]:
        return (int(x * EMU), int(y * EMU), int(w * EMU), int(2 * EMU))

    blocks = [Block(kind=BlockKind.title, text="Roadmap in three phases", source=prov)]
    blocks += [box("FY29", 30, 10, 6), box("H1 FY29", 30, 14, 6), box("H2 FY29", 50, 14, 6)]
    blocks += [box("Phase 1 · Set up", 30, 19, 30)]  # wider than its bar: the name's words
    blocks += [box("FY30", 70, 10, 6), box("H1 FY30", 70, 14, 6), box("H2 FY30", 90, 14, 6)]
    blocks += [box("Phase 2 · Try it", 50, 26, 25), box("Phase 3 · Spread", 70, 33, 25)]
    chart = Unit(
        number=3,
        kind="slide",
        title=blocks[0].text,
        blocks=blocks,
        bars=[bar(30, 22.5, 20), bar(50, 29.5, 20), bar(70, 36.5, 40)],
    )
    deck = _pptx(
        [
            _text_slide(1, "Fresh Start 2030", ["Board, January 2028"]),
            _text_slide(
                2,
                "On a page",
                [
                    "The programme runs from March 2028 to February 2030.",
                    "FY29 runs March 2028 to February 2029.",
                ],
            ),
            chart,
        ],
    )
    plan = read_deck_plan(deck)
    got = [(p.name, p.start_week / 4.333, p.end_week / 4.333) for p in plan.phases]
    assert [name for name, _, _ in got] == [
        "Phase 1 · Set up",
        "Phase 2 · Try it",
        "Phase 3 · Spread",
    ], got
    for (_, start, end), (want_start, want_end) in zip(
        got, [(0, 6), (6, 12), (12, 24)], strict=True
    ):
        assert abs(start - want_start) <= 1 and abs(end - want_end) <= 1, got


def test_a_name_over_two_bars_takes_the_nearer_one() -> None:
    """ "Discovery" drawn just over its own bar, a longer bar further down under the same
    left edge: the name is dated by its own bar."""
    from agent.knowledge import timeline

    quarter = [
        (f"Q{q} 2028", (int((30 + 20 * (q - 1)) * EMU), int(10 * EMU), int(5 * EMU), int(3 * EMU)))
        for q in (1, 2, 3, 4)
    ]
    boxes = [*quarter, ("Discovery", (int(30 * EMU), int(15 * EMU), int(15 * EMU), int(3 * EMU)))]
    bars = [  # in the order drawn: the long bar first
        (int(30 * EMU), int(20.8 * EMU), int(80 * EMU), int(2 * EMU)),  # the next row's bar
        (int(30 * EMU), int(18.5 * EMU), int(20 * EMU), int(2 * EMU)),  # Discovery's own bar
    ]
    span = _phases.placed_spans(boxes, 2028, bars)["Discovery"]
    assert (round(span.start), round(span.end)) == (0, 13), span
    del timeline


def test_a_gantt_of_lanes_names_each_stage_bar_for_its_lane_and_dates_it_where_it_sits() -> None:
    """Lanes down the left ("Parking permits", "Pest control bookings"), each lane's bars named
    by their stage ("Discovery", "Beta", "Live") under plan years dated by their calendar
    ("Year 1 2028/29") and named for what they do ("Year 1: set up"). Each bar is its lane's stage, dated where it sits; a stage said in
    every lane is not one piece of work, and the lane names are no work of their own."""
    prov = Provenance(file="deck.pptx", slide=2)
    box = _boxer(prov)
    blocks = [Block(kind=BlockKind.title, text="Roadmap: three years, lane by lane", source=prov)]
    blocks += [
        box("Year 1 2028/29", 20, 10, 20),
        box("Year 2 2029/30", 40, 10, 20),
        box("Year 3 2030/31", 60, 10, 20),
        box("Year 1: set up", 20, 13, 20),
        box("Year 2: scale", 40, 13, 20),
        box("Year 3: switch over", 60, 13, 20),
    ]
    lanes = [
        ("Parking permits", 0),
        ("Pest control bookings", 20),
        ("Council tax direct debits", 40),
    ]
    for row, (lane, shift) in enumerate(lanes):
        y = 16 + 5 * row
        blocks.append(box(lane, 3, y, 16, 4))
        blocks += [
            box("Discovery", 20 + shift * 0.5, y, 5, 4),
            box("Beta", 25 + shift * 0.5, y, 10, 4),
            box("Live", 35 + shift * 0.5, y, 20, 4),
        ]
    chart = Unit(number=2, kind="slide", title=blocks[0].text, blocks=blocks)
    deck = _pptx(
        [_text_slide(1, "Digital Front Door 2028-2031", ["Cabinet, January 2028"]), chart],
    )
    plan = read_deck_plan(deck)
    bars = {c.title: c for c in plan.commitments if c.source.slide == 2 and ": " in c.title}
    for lane, _ in lanes:
        assert {f"{lane}: {s}" for s in ("Discovery", "Beta", "Live")} <= set(bars), bars
    assert not any(c.title in {lane for lane, _ in lanes} for c in plan.commitments)
    start = {t: c.start_week or 0 for t, c in bars.items()}
    assert [p.name for p in plan.phases] == [
        "Year 1: set up",
        "Year 2: scale",
        "Year 3: switch over",
    ]
    assert start["Parking permits: Discovery"] == plan.phases[0].start_week  # the plan's start
    # a quarter of a plan year's width later, and a year later in the last lane
    assert start["Parking permits: Beta"] - start["Parking permits: Discovery"] == 13
    assert start["Council tax direct debits: Discovery"] - start["Parking permits: Discovery"] == 52
    assert start["Parking permits: Beta"] < start["Pest control bookings: Beta"]
    assert start["Pest control bookings: Beta"] < start["Council tax direct debits: Beta"]
