"""Scorecards drawn with text boxes (agent.planning._drawn): rows come back from the boxes'
places, in columns (left to right under the headings) or as bars (top to bottom)."""

from __future__ import annotations

from agent.planning._drawn import drawn_table
from schemas.deck import Block, BlockKind, Provenance, Unit

EMU = 91440  # a tenth of an inch


def _unit(boxes: list[tuple[str, int, int, int, int]]) -> Unit:
    prov = Provenance(file="d.pptx", slide=1)
    blocks = [
        Block(
            kind=BlockKind.body,
            text=t,
            order=i,
            box=(x * EMU, y * EMU, w * EMU, h * EMU),
            source=prov,
        )
        for i, (t, x, y, w, h) in enumerate(boxes)
    ]
    return Unit(number=1, kind="slide", title=boxes[0][0], blocks=blocks)


MEASURES = [
    ("Share of calls answered in a minute", 8, 20, 50, 7),
    ("Repeat callers in a month", 8, 28, 50, 7),
    ("Complaints per 1,000 contacts", 8, 36, 50, 7),
]


def test_bars_read_top_to_bottom_as_the_headings_left_to_right() -> None:
    unit = _unit(
        [
            ("How will we know?", 8, 3, 110, 9),
            ("2026", 60, 14, 20, 3),
            ("2030", 80, 14, 20, 3),
            *MEASURES,
            # each row: the baseline's bar on top, the target's under it, values at bar ends
            ("71%", 85, 20, 12, 3),
            ("90%", 95, 24, 12, 3),
            ("12%", 90, 28, 12, 3),
            ("6%", 75, 32, 12, 3),
            ("4.1", 80, 36, 12, 3),
            ("2.5", 70, 40, 12, 3),
        ]
    )
    table, _ = drawn_table(unit) or ([], set())
    assert table == [
        ["Measure", "2026", "2030"],
        ["Share of calls answered in a minute", "71%", "90%"],
        ["Repeat callers in a month", "12%", "6%"],
        ["Complaints per 1,000 contacts", "4.1", "2.5"],
    ]


def test_figures_on_one_line_read_left_to_right_under_their_headings() -> None:
    unit = _unit(
        [
            ("Targets", 8, 3, 110, 9),
            ("Today", 62, 14, 14, 3),
            ("2030", 82, 14, 14, 3),
            *MEASURES,
            ("90%", 84, 21, 10, 3),
            ("71%", 64, 21, 10, 3),
            ("6%", 84, 29, 10, 3),
            ("12%", 64, 29, 10, 3),
            ("2.5", 84, 37, 10, 3),
            ("4.1", 64, 37, 10, 3),
        ]
    )
    table, used = drawn_table(unit) or ([], set())
    assert table[1] == ["Share of calls answered in a minute", "71%", "90%"]
    assert table[3] == ["Complaints per 1,000 contacts", "4.1", "2.5"]
    assert len(used) == 11  # three measures, six figures, two headings


def test_a_slide_of_text_is_no_drawn_table() -> None:
    unit = _unit([("Our plan", 8, 3, 110, 9), *MEASURES, ("42%", 90, 60, 10, 3)])
    assert drawn_table(unit) is None


def test_from_to_tiles_in_a_grid_read_a_tile_at_a_time() -> None:
    """Tiles of "label / where it stands / where it will be / by when", two rows of three:
    read row by row their parts interleave; placed by their boxes, each figure and date is
    the tile's whose label is over it. The slide's counter ("4 / 12") is no tile's figure."""
    from agent.knowledge.kpis import tiles
    from agent.planning._drawn import tile_lines

    grid = []
    cells = [
        ("Members renewing online", "18%", "60%", "by March 2031"),
        ("Average queue at the till", "9 min", "4 min", "by Q2 2030"),
        ("Repeat visits a year", "1.6", "2.2", "by Q4 2031"),
        ("Volunteer hours a week", "420", "600", "by Q4 2030"),
        ("Gift Aid on tickets", "22%", "45%", "by Q1 2031"),
        ("Visitor rating", "+12", "+30", "date to be set at Gate 2"),
    ]
    for n, (label, today, target, when) in enumerate(cells):
        x, y = 5 + (n % 3) * 35, 15 + (n // 3) * 30
        grid += [
            (label, x, y, 30, 5),
            (today, x, y + 7, 12, 6),
            (target, x + 16, y + 7, 12, 6),
            (when, x, y + 15, 30, 4),
        ]
    # drawn row by row: every label, then every figure, then every date
    boxes = [("How we will know", 5, 2, 100, 8)]
    boxes += sorted(grid, key=lambda b: (b[2], b[1])) + [("4 / 12", 100, 70, 8, 3)]
    unit = _unit(boxes)
    unit = unit.model_copy(update={"number": 4})
    lines = tile_lines(unit)
    assert lines is not None
    read = [(t.label, t.baseline, t.target_state) for t in tiles(lines)]
    assert read == [(label, today, target) for label, today, target, _ in cells], read
    assert "by March 2031" in tiles(lines)[0].detail
    assert "to be set" in tiles(lines)[-1].detail


def test_two_figures_under_a_label_with_no_date_are_no_move() -> None:
    """A stage and its figures ("Pilot" / "3" / "12") are not a tile's move: only the date
    under the two figures says they are where a measure stands and where it will be."""
    from agent.knowledge.kpis import _from_to

    assert _from_to(["Pilot sites", "3", "12", "Rollout sites", "12", "40"]) is None
    assert _from_to(["Steps", "01", "02", "by 2030", "More", "03", "04", "by 2031"]) is None


def test_a_move_tiles_date_is_its_kpis_and_a_date_still_to_set_is_none() -> None:
    from agent.planning.deck_plan import read_deck_plan
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Open Doors", ["Board strategy day, May 2029"]),
            (
                "How we will know",
                [
                    "Today = the year to March 2029",
                    "Members renewing online",
                    "18%",
                    "60%",
                    "by March 2031",
                    "Average queue at the till",
                    "9 min",
                    "4 min",
                    "by Q2 2030",
                    "Visitor rating",
                    "+12",
                    "+30",
                    "date to be set at Gate 2",
                ],
            ),
        ],
        bullets=False,
    )
    got = {k.metric: (k.baseline, k.target, k.by) for k in read_deck_plan(deck).kpis}
    assert got == {
        "Members renewing online": ("18%", "60%", "March 2031"),
        "Average queue at the till": ("9 min", "4 min", "Q2 2030"),
        "Visitor rating": ("+12", "+30", None),
    }, got


def test_a_larger_target_figure_beside_its_baseline_still_reads_after_it() -> None:
    from agent.knowledge.kpis import tiles
    from agent.planning._drawn import tile_lines

    boxes = [("How we will know", 5, 2, 100, 8)]
    for n, (label, today, target) in enumerate(
        [("Monthly churn", "1.4%", "0.9%"), ("Visitor rating", "+12", "+30")]
    ):
        x = 5 + n * 40
        boxes += [
            (label, x, 15, 30, 5),
            (today, x, 23, 12, 4),  # the baseline small, the target large, centred alike
            (target, x + 15, 21, 14, 8),
            ("by Q4 2030", x, 31, 30, 4),
        ]
    lines = tile_lines(_unit(boxes))
    assert lines is not None
    assert [(t.baseline, t.target_state) for t in tiles(lines)] == [
        ("1.4%", "0.9%"),
        ("+12", "+30"),
    ]
