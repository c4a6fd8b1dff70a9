"""A deck exported from PowerPoint as "Notes Pages" (issue 11: any strategy deck, in the
forms people send it): each A4 portrait page holds the slide drawn small in a frame, its
bullets drawn as dots, a small drawn table with a note in smaller type under it, and the
speaker notes under the frame. Made-up wording."""

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
        if not body:
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
