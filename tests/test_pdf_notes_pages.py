"""A deck exported from PowerPoint as "Notes Pages" (issue 11: any strategy deck, in the
forms people send it): each A4 portrait page holds the slide drawn small in a frame, its
bullets drawn as dots, a small drawn table with a note in smaller type under it, and the
speaker notes under the frame, the same on every page. Made-up wording."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from extractors import extract
from schemas.deck import BlockKind


def _notes_pages(path: Path) -> Path:
    pdf = FPDF(orientation="P", unit="pt", format="A4")  # 595 x 842
    pdf.set_auto_page_break(False)
    for n, (title, body) in enumerate(
        [
            (
                "Known and supported",
                [
                    "Give every tutor a dashboard of their tutees' activity",
                    "Record every tutor meeting in the records system",
                    "Train all 640 tutors in the new framework by September 2030",
                ],
            ),
            ("How we will measure success", []),
            ("Our first 100 days", ["Appoint the programme director by September 2029"]),
        ],
        start=1,
    ):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.text(46, 34, "Harbour University | Notes pages | OFFICIAL")
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(67.5, 66, 460, 258.75)  # the slide's frame, 16:9
        pdf.set_font("Helvetica", "B", 13)
        pdf.text(86, 100, title)
        pdf.set_font("Helvetica", size=7.5)
        y = 122.0
        for item in body:
            pdf.set_fill_color(40, 40, 40)
            pdf.circle(90, y - 2.5, 1.6, style="F")  # the bullet: a dot, not a glyph
            pdf.text(96, y, item)
            y += 14
        if n == 2:
            rows = [
                ("Measure", "Baseline", "2030/31", "Target"),
                ("First-year continuation", "84.1%", "86.5%", "89.0%"),
                ("Referrals seen within 5 days", "58%", "80%", "90%"),
                ("Timetables 6 weeks ahead", "38%", "75%", "100%"),
            ]
            for row in rows:
                for x, cell in zip((90, 300, 370, 440), row, strict=True):
                    pdf.text(x, y, cell)
                y += 16
            pdf.set_font("Helvetica", size=6)
            pdf.text(86, y + 4, "Continuation: the regulator's definition, full-time entrants.")
        pdf.set_font("Helvetica", size=11.5)
        notes = [
            "Priority one is the heart of the plan. A tutor who can see that a tutee has",
            "not logged in for three weeks can act on it.",
            "",
            "One more commitment: a weekly drop-in at the coastal campus from October.",
        ]
        y = 360.0
        for line in notes:
            if line:
                pdf.text(68, y, line)
            y += 15
        pdf.set_font("Helvetica", size=9)
        pdf.text(539, 812, str(n))
    out = path / "plan-notes-pages.pdf"
    pdf.output(str(out))
    return out


def test_a_notes_page_is_its_slide_with_the_notes_under_it(tmp_path: Path) -> None:
    deck = extract(_notes_pages(tmp_path))
    first = deck.units[0]
    assert first.title == "Known and supported", first.title
    body = [b for b in first.blocks if b.kind is BlockKind.body]
    items = [b.text for b in body if b.bullet]
    assert items == [
        "Give every tutor a dashboard of their tutees' activity",
        "Record every tutor meeting in the records system",
        "Train all 640 tutors in the new framework by September 2030",
    ], [(b.text, b.bullet) for b in body]
    notes = [b.text for b in first.blocks if b.kind is BlockKind.notes]
    assert notes == [
        "Priority one is the heart of the plan. A tutor who can see that a tutee has not "
        "logged in for three weeks can act on it.\n"
        "One more commitment: a weekly drop-in at the coastal campus from October."
    ], notes
    assert not any("heart of the plan" in b.text for b in body)


def test_a_small_drawn_table_stops_at_the_note_in_smaller_type_under_it(tmp_path: Path) -> None:
    deck = extract(_notes_pages(tmp_path))
    tables = [b.rows for b in deck.units[1].blocks if b.rows]
    assert len(tables) == 1, [b.text for b in deck.units[1].blocks]
    assert tables[0][0] == ["Measure", "Baseline", "2030/31", "Target"]
    assert tables[0][1] == ["First-year continuation", "84.1%", "86.5%", "89.0%"]
    assert len(tables[0]) == 4, tables[0]
    texts = [b.text for b in deck.units[1].blocks if b.kind is BlockKind.body]
    assert any(t.startswith("Continuation: the regulator") for t in texts), texts


def test_a_report_with_a_framed_box_on_a_page_or_two_is_no_notes_pages(tmp_path: Path) -> None:
    """A portrait report whose first page frames its key figures, its text under the box: the
    text is the page's own, not speaker notes (a notes-pages export frames every page)."""
    pdf = FPDF(orientation="P", unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    for n in range(2):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 13)
        pdf.text(86, 100, "Key figures" if n == 0 else "Our priorities")
        pdf.rect(67.5, 66, 460, 290)
        pdf.set_font("Helvetica", size=11.5)
        pdf.text(86, 130, "Waiting times down to 14 days")
        pdf.text(68, 420, "We will open two new clinics in Leeds by March 2031.")
    out = tmp_path / "report.pdf"
    pdf.output(str(out))
    deck = extract(out)
    assert not any(b.kind is BlockKind.notes for u in deck.units for b in u.blocks)
    assert any("two new clinics" in b.text for b in deck.units[0].blocks)


def test_boxes_drawn_out_of_order_read_top_down_and_left_to_right(tmp_path: Path) -> None:
    """A timeline drawn by a design tool: each bar's dates drawn before the name set over the
    bar, and one phase's dates drawn before its name on the same baseline to its right. Each
    name reads before its dates, and a name and the dates beside it are two lines."""
    pdf = FPDF(orientation="L", unit="pt", format=(810, 1440))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=15)
    pdf.text(134, 304, "Apr - Sep 2029")
    pdf.set_font("Helvetica", "B", 17)
    pdf.text(120, 272, "Phase 1 - Lay the groundwork")
    pdf.set_font("Helvetica", size=15)
    pdf.text(744, 444, "Oct 2030 - Dec 2031")
    pdf.set_font("Helvetica", "B", 17)
    pdf.text(354, 444, "Phase 3 - Both districts")
    out = tmp_path / "timeline.pdf"
    pdf.output(str(out))
    texts = [b.text for b in extract(out).units[0].blocks if b.kind is not BlockKind.title]
    texts = [t for line in texts for t in line.splitlines()]
    assert texts.index("Phase 1 - Lay the groundwork") < texts.index("Apr - Sep 2029"), texts
    assert "Phase 3 - Both districts" in texts and "Oct 2030 - Dec 2031" in texts, texts
    assert texts.index("Phase 3 - Both districts") < texts.index("Oct 2030 - Dec 2031"), texts
