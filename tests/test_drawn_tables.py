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
