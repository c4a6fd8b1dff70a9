"""A memo's pages carry several numbered sections each ("7. Plan and timing" at the top,
"8. What could go wrong" halfway down): each section is read as what its own heading names."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from agent.planning.deck_plan import read_deck_plan
from extractors import extract
from schemas.deck import BlockKind

# (text, size, bold) per line, top down
Line = tuple[str, float, bool]


def _memo(path: Path, pages: list[list[Line]]) -> Path:
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    for lines in pages:
        pdf.add_page()
        y = 80.0
        for text, size, bold in lines:
            pdf.set_font("helvetica", style="B" if bold else "", size=size)
            y += size * 1.6 + (10 if bold else 0)
            pdf.text(72, y, text)
    pdf.output(str(path))
    return path


PROSE = 10.5
PAGES: list[list[Line]] = [
    [
        ("Harbour Freight 2030: a memo to the board", 18, True),
        ("1. Purpose", 15, True),
        ("This memo sets out how our depots will dispatch every order on the day", PROSE, False),
        ("it is placed, and what we ask the board to approve.", PROSE, False),
    ],
    [
        ("7. Plan and timing", 15, True),
        ("The plan runs from January 2029 to December 2030 in two phases.", PROSE, False),
        ("Phase 1, Foundations (January to June 2029): upgrade the depot", PROSE, False),
        ("scanners and train every loader.", PROSE, False),
        ("Phase 2, Roll-out (July 2029 to December 2030): every depot on the", PROSE, False),
        ("new way of working.", PROSE, False),
        ("8. What could go wrong", 15, True),
        ("The scanner upgrade may be late. If it is, we will keep the old", PROSE, False),
        ("scanners at two depots until the new ones are proven.", PROSE, False),
        ("9. The first 90 days", 15, True),
        ("1. Appoint the programme manager by 31 January 2029.", PROSE, False),
        ("2. Agree the scanner contract with the supplier.", PROSE, False),
        ("3. Brief every depot manager on the plan.", PROSE, False),
    ],
]


def test_a_numbered_heading_set_large_in_a_memo_is_a_heading_not_a_list_item(
    tmp_path: Path,
) -> None:
    deck = extract(_memo(tmp_path / "memo.pdf", PAGES))
    page = deck.units[1]
    assert page.title == "7. Plan and timing"
    by_text = {b.text: b for b in page.blocks if b.kind is BlockKind.body}
    assert not by_text["8. What could go wrong"].bullet
    assert not by_text["9. The first 90 days"].bullet
    assert by_text["1. Appoint the programme manager by 31 January 2029."].bullet


def test_each_numbered_section_of_a_page_is_read_under_its_own_heading(tmp_path: Path) -> None:
    plan = read_deck_plan(extract(_memo(tmp_path / "memo.pdf", PAGES)))
    kinds = {c.text: c.kind for c in plan.commitments}
    # the first 90 days under their own heading are the deck's milestones, not phase items
    assert kinds.get("Appoint the programme manager by 31 January 2029") == "milestone"
    assert kinds.get("Brief every depot manager on the plan") == "milestone"
    # the headings themselves are never work
    assert not any("What could go wrong" in c.text for c in plan.commitments)
    assert not any("The first 90 days" in c.text for c in plan.commitments)
