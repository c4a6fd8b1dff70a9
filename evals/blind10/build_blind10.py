# mypy: disable-error-code="union-attr,arg-type,assignment"
"""Build the blind10 eval set's decks and org folders, deterministically.

Run from the repository root:  .venv/bin/python evals/blind10/build_blind10.py

Writes, under ``evals/blind10/<name>/``, each case's deck and its ``org/`` folder:

- ``ashcombe-waste``: PPTX at 16:9 on blank slides only: every line is a free text box or a
  grouped card (rectangle plus text boxes), with a roadmap of bars on calendar quarters;
- ``corran-gateway``: PPTX at 16:9 built from the default template's layout placeholders
  (Title Slide, Title and Content, Section Header, Comparison, Title Only), widened from the
  template's 4:3 positions, with native tables and a roadmap in plan years (July to June);
- ``fellwater-brewery``: PDF board pack on A4 portrait: a cover, a running header and footer,
  numbered items with two-column pages (a narrative column and a ruled side panel), boxed
  figures, ruled tables and a roadmap in brewing seasons.

Every ``gold.json`` is written by hand and is never touched here. Re-running this script
rewrites decks and org files byte for byte: fixed ZIP entry times and document dates in the
PPTX and DOCX files, a fixed creation date (and so a fixed file ID) in the PDF, and org text
held as literal strings below.

This is a BLIND set (split "blind10"): nothing is ever tuned on it. See evals/blind10/README.md.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import textwrap
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import docx
from docx.shared import Pt as DocxPt
from fpdf import FPDF
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2028, 2, 21, 9, 5, 0)
FIXED_W3C = "2028-02-21T09:05:00Z"
FIXED_DT = dt.datetime(2028, 2, 21, 9, 5, 0)
FIXED_PDF_DATE = dt.datetime(2028, 1, 31, 14, 10, 0, tzinfo=dt.UTC)
_DOC_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)

TITLE_SLIDE, TITLE_AND_CONTENT, SECTION_HEADER, COMPARISON, TITLE_ONLY, BLANK = 0, 1, 2, 4, 5, 6
WIDE_W, WIDE_H = Inches(13.333), Inches(7.5)


def normalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed entry times and document dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith("core.xml"):
                body = _DOC_DATES.sub(rb"\g<1>" + FIXED_W3C.encode() + rb"\g<2>", body)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


# =========================================================================== PPTX kit

Para = str | tuple[str, int]


def fill_frame(frame, lines: Sequence[Para], size: int | None = None, bold_first=False) -> None:
    """Paragraphs into a text frame; (text, level) is an indented sub-point."""
    frame.word_wrap = True
    for i, item in enumerate(lines):
        text, level = (item, 0) if isinstance(item, str) else item
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = text
        para.level = level
        for run in para.runs:
            if size is not None:
                run.font.size = Pt(size - 2 * level)
            if bold_first and i == 0:
                run.font.bold = True


def native_table(
    slide: Slide,
    rows: Sequence[Sequence[str]],
    left: float,
    top: float,
    widths: Sequence[float],
    row_h: float = 0.4,
    size: int = 12,
    fills: dict[tuple[int, int], RGBColor] | None = None,
):
    """A native table with a bold header row; a cell's lines are its paragraphs."""
    gf = slide.shapes.add_table(
        len(rows),
        len(rows[0]),
        Inches(left),
        Inches(top),
        Inches(sum(widths)),
        Emu(int(Inches(row_h) * len(rows))),
    )
    table = gf.table
    for c, w in enumerate(widths):
        table.columns[c].width = Inches(w)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            frame = cell.text_frame
            for i, line in enumerate(value.split("\n")):
                para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
                para.text = line
                for run in para.runs:
                    run.font.size = Pt(size)
                    run.font.bold = r == 0
            if fills and (r, c) in fills:
                cell.fill.solid()
                cell.fill.fore_color.rgb = fills[(r, c)]
    return table


def save(prs: PresentationType, path: Path, author: str, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    prs.core_properties.author = author
    prs.core_properties.last_modified_by = author
    prs.core_properties.title = title
    prs.core_properties.revision = 1
    prs.save(buffer)
    path.write_bytes(normalize_zip(buffer.getvalue()))


def save_pdf(pdf: FPDF, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))


# =========================================================================== Ashcombe waste
# A council service deck at 16:9 on blank slides: no placeholders at all. A green band with a
# kicker and a title in free text boxes, cards drawn as grouped shapes (a rounded rectangle
# with its own text boxes), a footer on every slide, and a roadmap of bars over calendar
# quarters with diamond gates.

GREEN = RGBColor(0x1E, 0x6B, 0x3A)
LEAF = RGBColor(0xDD, 0xEF, 0xE0)
SLATE = RGBColor(0x2B, 0x33, 0x3B)
AMBER = RGBColor(0xE8, 0xA3, 0x17)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
MIST = RGBColor(0xF2, 0xF4, 0xF3)


def text_box(shapes, x, y, w, h, lines: Sequence[Para], size=16, color=SLATE, bold_first=False):
    box = shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    fill_frame(box.text_frame, lines, size, bold_first)
    for para in box.text_frame.paragraphs:
        for run in para.runs:
            run.font.color.rgb = color
    return box


def card(slide, x, y, w, h, head: str, body: Sequence[Para], fill=LEAF, size=14, head_size=20):
    """A grouped card: a rounded rectangle, a heading text box and a body text box."""
    group = slide.shapes.add_group_shape()
    rect = group.shapes.add_shape(
        MSO_SHAPE.ROUNDED_RECTANGLE, Inches(x), Inches(y), Inches(w), Inches(h)
    )
    rect.fill.solid()
    rect.fill.fore_color.rgb = fill
    rect.line.fill.background()
    dark = fill in (GREEN, SLATE)
    text_box(
        group.shapes,
        x + 0.15,
        y + 0.1,
        w - 0.3,
        0.9,
        [head],
        head_size,
        WHITE if dark else GREEN,
        True,
    )
    text_box(
        group.shapes, x + 0.15, y + 1.0, w - 0.3, h - 1.1, body, size, WHITE if dark else SLATE
    )
    return group


def ash_slide(prs: PresentationType, kicker: str, title: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, WIDE_W, Inches(1.25))
    band.fill.solid()
    band.fill.fore_color.rgb = GREEN
    band.line.fill.background()
    text_box(slide.shapes, 0.5, 0.12, 8.0, 0.35, [kicker.upper()], 12, AMBER)
    text_box(slide.shapes, 0.5, 0.42, 12.3, 0.75, [title], 28, WHITE)
    n = len(prs.slides._sldIdLst)
    text_box(
        slide.shapes,
        0.5,
        7.0,
        12.3,
        0.35,
        [f"Ashcombe Borough Council  |  Cleaner Rounds 2031  |  {n}"],
        10,
    )
    return slide


def build_ashcombe() -> PresentationType:
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDE_W, WIDE_H

    # 1 title
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    bg = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, WIDE_W, WIDE_H)
    bg.fill.solid()
    bg.fill.fore_color.rgb = GREEN
    bg.line.fill.background()
    text_box(slide.shapes, 0.8, 2.1, 11.5, 1.2, ["Cleaner Rounds 2031"], 54, WHITE, True)
    text_box(
        slide.shapes,
        0.8,
        3.5,
        11.5,
        2.0,
        [
            "Ashcombe Borough Council, Waste and Recycling Service",
            "Our service plan for July 2028 to June 2031",
            "Cabinet, 16 May 2028  |  Report CAB/28/041",
        ],
        22,
        WHITE,
    )

    # 2 at a glance, four grouped tiles
    slide = ash_slide(prs, "At a glance", "Cleaner Rounds 2031 in one page")
    tiles = [
        ("55%", "household waste recycled, reused or composted by June 2031"),
        ("99.7%", "bins collected on the scheduled day, by June 2031"),
        ("410 kg", "residual waste per household a year, by June 2031"),
        ("4%", "of the fleet off the road each morning, by June 2031"),
    ]
    for i, (number, label) in enumerate(tiles):
        card(
            slide,
            0.5 + i * 3.1,
            1.6,
            2.9,
            2.6,
            number,
            [label],
            GREEN if i % 2 == 0 else SLATE,
            15,
            36,
        )
    text_box(
        slide.shapes,
        0.5,
        4.6,
        12.3,
        2.2,
        [
            "Four commitments, three phases and one pilot area (Kingfisher, in Millbrook and Hatherley).",
            "£9.6m of capital over three years; Cabinet is asked to release £2.3m for Phase A.",
            "Gates in December 2028, September 2029 and June 2030; the plan closes in June 2031.",
        ],
        17,
    )

    # 3 today
    slide = ash_slide(prs, "Today", "Where the service stands")
    card(
        slide,
        0.5,
        1.6,
        6.0,
        5.1,
        "The service",
        [
            "61,400 households and 2,900 trade customers",
            "38 collection rounds from two depots, Foundry Lane and Weir Road",
            "46 refuse collection vehicles, all diesel, average age 7.5 years",
            "In 2026/27, 41% of what households put out went to recycling or compost",
        ],
        LEAF,
        16,
    )
    card(
        slide,
        6.8,
        1.6,
        6.0,
        5.1,
        "What residents tell us",
        [
            "Crews missed 1 in 125 bins on the rounds with the most flats",
            "Food goes in the black bin: it is 31% of what the black bin holds",
            "18% of the dry recycling we sent for sorting was rejected",
            "On a typical morning, 4 of our 46 trucks stood in the workshop",
        ],
        MIST,
        16,
    )

    # 4 context
    slide = ash_slide(prs, "Context", "What is changing around us")
    text_box(
        slide.shapes,
        0.5,
        1.6,
        12.3,
        3.0,
        [
            "National rules now require a weekly food waste collection from every home",
            "Packaging producers pay councils for the packaging they collect, from 2025/26",
            "The gate fee at the Severn Vale energy-from-waste plant rises 9% in April 2029",
            "Two neighbouring councils moved to three-weekly black-bin collections in 2027",
        ],
        18,
    )
    card(
        slide,
        0.5,
        4.7,
        12.3,
        1.9,
        "The cleanest borough in the county",
        ["Our promise to residents on every bin hanger since 2024"],
        LEAF,
        15,
        22,
    )

    # 5 quotes
    slide = ash_slide(prs, "Voices", "What we heard at the kerb")
    quotes = [
        (
            '"I put the bin out and it sat there three days. Nobody told me why."',
            "Resident, Millbrook",
        ),
        (
            '"We find the bin store locked, we log it on the sheet, and the sheet goes in a tray."',
            "Loader, Round 14",
        ),
        ('"I can see the call, but I can\'t see where the truck is."', "Contact centre adviser"),
    ]
    for i, (quote, who) in enumerate(quotes):
        card(slide, 0.5 + i * 4.15, 1.7, 3.95, 4.6, who, [quote], MIST, 17, 14)

    # 6 north star
    slide = ash_slide(prs, "North star", "Where we are heading")
    card(
        slide,
        0.5,
        1.7,
        6.0,
        4.6,
        "Our ambition",
        ["A borough where nothing useful goes to waste"],
        GREEN,
        26,
    )
    card(
        slide,
        6.8,
        1.7,
        6.0,
        4.6,
        "Our measure",
        ["Recycle 55% of household waste by June 2031, up from 41% in 2026/27"],
        SLATE,
        26,
    )

    # 7 the four commitments
    slide = ash_slide(prs, "Priorities", "Four commitments")
    commitments = [
        ("1  Food Waste for Every Home", "Aim: food out of the black bin, every week"),
        (
            "2  Right Bin, Right Day",
            "Aim: every bin emptied on its day, and residents told when it is not",
        ),
        ("3  Cleaner Recycling", "Aim: recycling clean enough to sell"),
        ("4  A Fleet That Runs", "Aim: trucks on the road, on less diesel"),
    ]
    for i, (head, aim) in enumerate(commitments):
        card(slide, 0.5 + (i % 2) * 6.3, 1.6 + (i // 2) * 2.45, 6.0, 2.25, head, [aim], LEAF, 16)
    text_box(
        slide.shapes,
        0.5,
        6.5,
        12.3,
        0.4,
        ["Colour key: green cards are collection work, grey cards are disposal and fleet work."],
        11,
    )

    # 8-9 two commitments a slide
    details = [
        (
            "Commitments 1 and 2",
            [
                (
                    "1  Food Waste for Every Home",
                    [
                        "Deliver a kitchen caddy and a kerbside food bin to every household",
                        "Run six new food waste rounds from Weir Road depot",
                        "Sign a food waste contract with an anaerobic digestion plant",
                    ],
                ),
                (
                    "2  Right Bin, Right Day",
                    [
                        "Put in-cab tablets linked to BinTrack in all 46 collection vehicles",
                        "Redraw the 38 rounds with route-planning software",
                        "Tell residents the same day when their bin is missed, and why",
                    ],
                ),
            ],
        ),
        (
            "Commitments 3 and 4",
            [
                (
                    "3  Cleaner Recycling",
                    [
                        "Tag contaminated bins at the kerb and follow up with a letter",
                        "Recruit four recycling advisers for flats with communal bins",
                        "Fit bin-lift cameras to the dry recycling fleet",
                    ],
                ),
                (
                    "4  A Fleet That Runs",
                    [
                        "Replace 14 diesel refuse trucks with electric ones",
                        "Install 14 rapid chargers at Foundry Lane depot",
                        "Plan vehicle servicing from telematics hours in FleetCare",
                    ],
                ),
            ],
        ),
    ]
    for title, pair in details:
        slide = ash_slide(prs, "Priorities", title)
        for i, (head, lines) in enumerate(pair):
            card(slide, 0.5 + i * 6.3, 1.6, 6.0, 4.5, head, lines, GREEN if i == 0 else SLATE, 17)
        if title.endswith("3 and 4"):
            text_box(
                slide.shapes,
                0.5,
                6.3,
                12.3,
                0.6,
                ["Our rules: residents first, crews safe, every bin on its day."],
                14,
                GREEN,
            )

    # 10 measures, as a grid of grouped rows
    slide = ash_slide(prs, "Measures", "Six measures Cabinet will see each quarter")
    rows = [
        ("Measure", "2026/27", "June 2031", "Lead"),
        ("Household waste recycled, reused or composted", "41%", "55%", "Head of Waste Strategy"),
        ("Bins collected on the scheduled day", "99.2%", "99.7%", "Collections Manager"),
        ("Residual waste per household", "512 kg", "410 kg", "Head of Waste Strategy"),
        ("Contamination in dry recycling", "18%", "8%", "Recycling Engagement Lead"),
        ("Fleet vehicles off the road each morning", "9%", "4%", "Fleet Manager"),
        ("Reportable injuries per 100 crew", "3.4", "1.5", "H&S Adviser"),
    ]
    widths = [5.6, 1.6, 1.6, 3.5]
    for r, row in enumerate(rows):
        group = slide.shapes.add_group_shape()
        y = 1.55 + r * 0.75
        strip = group.shapes.add_shape(
            MSO_SHAPE.RECTANGLE, Inches(0.5), Inches(y), Inches(12.3), Inches(0.65)
        )
        strip.fill.solid()
        strip.fill.fore_color.rgb = GREEN if r == 0 else (LEAF if r % 2 else MIST)
        strip.line.fill.background()
        x = 0.6
        for value, w in zip(row, widths, strict=True):
            text_box(
                group.shapes,
                x,
                y + 0.1,
                w - 0.1,
                0.5,
                [value],
                15,
                WHITE if r == 0 else SLATE,
                r == 0,
            )
            x += w

    # 11 roadmap on calendar quarters
    slide = ash_slide(prs, "Roadmap", "Three phases over twelve quarters")
    quarters = [
        "Q3 2028", "Q4 2028", "Q1 2029", "Q2 2029", "Q3 2029", "Q4 2029",
        "Q1 2030", "Q2 2030", "Q3 2030", "Q4 2030", "Q1 2031", "Q2 2031",
    ]  # fmt: skip
    x0, per = 0.9, 11.9 / 12
    for i, q in enumerate(quarters):
        text_box(slide.shapes, x0 + i * per, 1.5, per, 0.35, [q], 10)
    bars = [
        ("Phase A · Ready", 0, 2, "Caddies, tablets, AD contract", GREEN),
        ("Phase B · Kingfisher", 2, 5, "Pilot in Millbrook and Hatherley", AMBER),
        (
            "Phase C · Borough-wide",
            5,
            12,
            "Food waste, tablets and electric trucks everywhere",
            SLATE,
        ),
    ]
    for i, (name, start, end, what, colour) in enumerate(bars):
        group = slide.shapes.add_group_shape()
        y = 2.0 + i * 1.05
        bar = group.shapes.add_shape(
            MSO_SHAPE.RECTANGLE,
            Inches(x0 + start * per),
            Inches(y),
            Inches((end - start) * per),
            Inches(0.9),
        )
        bar.fill.solid()
        bar.fill.fore_color.rgb = colour
        bar.line.fill.background()
        text_box(
            group.shapes,
            x0 + start * per + 0.05,
            y + 0.02,
            (end - start) * per - 0.1,
            0.4,
            [name],
            13,
            WHITE,
            True,
        )
        text_box(
            group.shapes,
            x0 + start * per + 0.05,
            y + 0.42,
            (end - start) * per - 0.1,
            0.4,
            [what],
            10,
            WHITE,
        )
    gates = [
        (2, "Gate 1 · December 2028"),
        (5, "Gate 2 · September 2029 · Kingfisher go/no-go"),
        (8, "Gate 3 · June 2030"),
        (12, "Close · June 2031"),
    ]
    for i, (at, label) in enumerate(gates):
        group = slide.shapes.add_group_shape()
        gx = x0 + at * per - 0.15
        diamond = group.shapes.add_shape(
            MSO_SHAPE.DIAMOND, Inches(gx), Inches(5.3), Inches(0.3), Inches(0.3)
        )
        diamond.fill.solid()
        diamond.fill.fore_color.rgb = AMBER
        diamond.line.fill.background()
        text_box(group.shapes, min(gx - 0.6, 10.6), 5.65 + (i % 2) * 0.4, 2.6, 0.4, [label], 11)
    text_box(
        slide.shapes,
        0.5,
        6.5,
        12.3,
        0.4,
        ["Quarters are calendar quarters: Q3 2028 is July to September 2028."],
        11,
    )

    # 12 pilot
    slide = ash_slide(prs, "Pilot", "Kingfisher: Millbrook and Hatherley go first")
    card(
        slide,
        0.5,
        1.6,
        6.0,
        4.3,
        "What Kingfisher is",
        [
            "January to September 2029, 4,800 households on rounds 12, 14 and 15",
            "Weekly food waste with caddies and kerbside bins",
            "In-cab tablets on the three Kingfisher trucks",
            "Two recycling advisers for the Hatherley flats",
        ],
        LEAF,
        16,
    )
    card(
        slide,
        6.8,
        1.6,
        6.0,
        4.3,
        "Success criteria",
        [
            "Food waste set out by 45% of Kingfisher households each week",
            "Missed bins on Kingfisher rounds down to 1 in 1,000",
            "Contamination in Kingfisher recycling below 10%",
        ],
        MIST,
        16,
    )
    text_box(
        slide.shapes,
        0.5,
        6.1,
        12.3,
        0.7,
        [
            "Go/no-go: at Gate 2 in September 2029 the Cleaner Rounds Board decides whether "
            "food waste and tablets go borough-wide"
        ],
        15,
        GREEN,
    )

    # 13 first 100 days
    slide = ash_slide(prs, "Next", "Our first 100 days")
    steps = [
        "Confirm the 2026/27 baselines for the six measures",
        "Order 4,800 caddies and food bins for Kingfisher",
        "Open consultation with the GMB on in-cab tablets and redrawn rounds",
        "Start the procurement of an anaerobic digestion contract",
        "Ask the network operator for a quote to raise Foundry Lane's supply",
        "Recruit the first two recycling advisers",
        "Write to every Kingfisher household about the new service",
    ]
    for i, step in enumerate(steps):
        card(
            slide,
            0.5 + (i % 4) * 3.1,
            1.6 + (i // 4) * 2.6,
            2.9,
            2.4,
            f"Day {(i + 1) * 14}",
            [step],
            LEAF if i % 2 else MIST,
            14,
            16,
        )

    # 14 investment
    slide = ash_slide(prs, "Investment", "£9.6m of capital over three years")
    money = [
        ("£3.1m", "Food Waste for Every Home: caddies, bins and six vehicles"),
        ("£0.9m", "Right Bin, Right Day: tablets and route planning"),
        ("£0.6m", "Cleaner Recycling: advisers and bin-lift cameras"),
        ("£5.0m", "A Fleet That Runs: 14 electric trucks and chargers"),
    ]
    for i, (number, label) in enumerate(money):
        card(slide, 0.5 + i * 3.1, 1.6, 2.9, 2.6, number, [label], LEAF, 14, 32)
    text_box(
        slide.shapes,
        0.5,
        4.6,
        12.3,
        1.6,
        [
            "Funded from the capital programme and the government's food waste grant",
            "Disposal savings of £1.8m a year once Phase C is complete",
            "Phase A needs £2.3m, released by Cabinet",
        ],
        16,
    )

    # 15 risks
    slide = ash_slide(prs, "Risks", "What could go wrong, and what we will do")
    risks = [
        (
            "Anaerobic digestion capacity in the county is short",
            "Sign a reserve contract with a second plant outside the county",
        ),
        (
            "The grid upgrade at Foundry Lane runs late",
            "Hire a battery charging unit for the first electric trucks",
        ),
        (
            "Crews on the new food rounds leave within weeks",
            "Offer agency loaders a permanent contract after 12 weeks",
        ),
        (
            "Residents leave the new caddies unused",
            "Knock on every Kingfisher door in the first month",
        ),
    ]
    for i, (risk, fix) in enumerate(risks):
        card(slide, 0.5 + (i % 2) * 6.3, 1.6 + (i // 2) * 2.6, 6.0, 2.4, risk, [fix], MIST, 15, 16)

    # 16 governance and asks
    slide = ash_slide(prs, "Decisions", "Governance, and what we ask of Cabinet")
    card(
        slide,
        0.5,
        1.6,
        6.0,
        5.0,
        "Governance",
        [
            "The Director of Environment sponsors Cleaner Rounds 2031 and chairs the Cleaner Rounds Board",
            "The Board meets monthly and takes the gates and the Kingfisher go/no-go",
            "Each commitment has one lead and reports one measure",
            "Environment Scrutiny Committee sees the measures each quarter",
        ],
        LEAF,
        15,
    )
    card(
        slide,
        6.8,
        1.6,
        6.0,
        5.0,
        "We ask Cabinet to",
        [
            "Approve Cleaner Rounds 2031 and its six measures",
            "Release £2.3m for Phase A",
            "Note that the electric truck purchase goes to Full Council in October 2028",
        ],
        MIST,
        15,
    )
    return prs


# =========================================================================== Corran Gateway
# A corporate deck at 16:9 on the default template's layouts: every slide's text sits in its
# layout's placeholders (widened from the template's 4:3 positions), Comparison slides carry a
# heading and a body on each side, a Section Header opens the programmes, and the tiles,
# measures, roadmap, investment and risks are native tables on Title Only slides.

QUAY = RGBColor(0x0B, 0x2E, 0x4F)
CRANE = RGBColor(0xF0, 0x7F, 0x1A)
FOAM = RGBColor(0xDF, 0xEA, 0xF3)


def widen(slide: Slide) -> None:
    """Stretch each placeholder from the template's 4:3 frame to the 16:9 slide."""
    for ph in slide.placeholders:
        left, top, width, height = ph.left, ph.top, ph.width, ph.height
        ph.left, ph.top = int(left * 4 / 3), top
        ph.width, ph.height = int(width * 4 / 3), height


def port_slide(prs: PresentationType, layout: int, title: str, *bodies: Sequence[Para]) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[layout])
    widen(slide)
    slide.shapes.title.text = title
    idxs = {COMPARISON: (1, 2, 3, 4), SECTION_HEADER: (1,), TITLE_AND_CONTENT: (1,)}.get(layout, ())
    for idx, body in zip(idxs, bodies, strict=False):
        heading = layout == COMPARISON and idx in (1, 3)
        fill_frame(slide.placeholders[idx].text_frame, body, 20 if heading else 17)
    return slide


def build_corran() -> PresentationType:
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDE_W, WIDE_H

    # 1 title
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    widen(slide)
    slide.shapes.title.text = "Berth to Gate 2032"
    fill_frame(
        slide.placeholders[1].text_frame,
        [
            "Corran Gateway Terminal Ltd",
            "Four-year operating plan, July 2028 to June 2032",
            "Board of Directors · 22 March 2028",
        ],
        20,
    )

    # 2 summary tiles
    slide = port_slide(prs, TITLE_ONLY, "Summary: faster ships, faster trucks, a cleaner quay")
    native_table(
        slide,
        [
            ["32", "85%", "45 min", "-30%"],
            [
                "gross crane moves per hour, by June 2032",
                "of vessels berthed within their window, by June 2032",
                "truck turnaround at the gate, by June 2032",
                "CO2 per container handled, by June 2032",
            ],
        ],
        0.7,
        1.7,
        [2.95, 2.95, 2.95, 2.95],
        row_h=0.9,
        size=16,
        fills={(0, c): FOAM for c in range(4)},
    )
    box = slide.shapes.add_textbox(Inches(0.7), Inches(4.3), Inches(11.8), Inches(2.4))
    fill_frame(
        box.text_frame,
        [
            "Four programmes, three phases and one pilot (Tideway, on Berth 2).",
            "£41.0m over four plan years; the Board is asked to release £14.5m for Plan Year 1.",
            "Gates in June 2029, June 2030 and June 2031; close-out in June 2032.",
        ],
        18,
    )

    # 3 today
    port_slide(
        prs,
        TITLE_AND_CONTENT,
        "The terminal today",
        [
            "1.1 million TEU handled in 2027 across Berths 1, 2 and 3",
            "9 ship-to-shore cranes, 42 straddle carriers and 8 gate lanes",
            "Our cranes averaged 24 moves an hour across the 2027 vessel calls",
            "A truck spent 74 minutes on average from gate in to gate out",
            "61% of ships berthed inside the window agreed with their line",
            "Rail carried 14% of the boxes leaving the terminal",
        ],
    )

    # 4 market
    port_slide(
        prs,
        TITLE_AND_CONTENT,
        "The market",
        [
            "Lines are moving 16,000 TEU ships onto the Asia to North Europe loops",
            "Both alliances that call at Corran re-tender their UK calls in 2029",
            "Shore power becomes a condition of berthing at the largest EU ports from 2030",
            "Haulage rates to the Midlands rose 11% in 2027",
            "The UK's most reliable deep-sea gateway",
            ("Our claim in every alliance tender since 2026", 1),
        ],
    )

    # 5 quotes
    port_slide(
        prs,
        TITLE_AND_CONTENT,
        "Voices from the quay",
        [
            '"We plan the ship in the morning and re-plan it at noon." (Vessel planner)',
            '"My driver queued 50 minutes for a box that was three rows down." (Haulier, Hamsworth)',
            '"The crane is ready; the straddles are still looking for the box." (Crane driver, STS 5)',
        ],
    )

    # 6 north star
    port_slide(
        prs,
        COMPARISON,
        "Our north star",
        ["Our ambition"],
        ["The terminal every line wants to call at first"],
        ["Our commitment"],
        ["Reach 32 gross crane moves per hour on every vessel by June 2032, from 24 in 2027"],
    )

    # 7 section header
    port_slide(
        prs,
        SECTION_HEADER,
        "Four programmes",
        ["Quay, Yard, Gate and Rail, Green Quay: each with one lead and one measure"],
    )

    # 8-9 programmes, two per Comparison slide
    port_slide(
        prs,
        COMPARISON,
        "Programmes 1 and 2",
        ["Programme 1 · Quay", ("Aim: every crane busy while the ship is alongside", 1)],
        [
            "Fit twin-lift spreaders to cranes STS 4 to STS 9",
            "Plan every vessel in BayPlanner 48 hours before arrival",
            "Put all 64 crane drivers through the simulator course",
        ],
        ["Programme 2 · Yard", ("Aim: the right box at the front of the stack", 1)],
        [
            "Move yard stacking to automatic planning in HarbourOS",
            "Fit position tracking to all 42 straddle carriers",
            "Open an empty-container depot at Kiln Road",
        ],
    )
    port_slide(
        prs,
        COMPARISON,
        "Programmes 3 and 4",
        ["Programme 3 · Gate and Rail", ("Aim: trucks in and out inside 45 minutes", 1)],
        [
            "Make SlotBook appointments compulsory for import collections",
            "Install OCR cameras at all eight gate lanes",
            "Add a fourth daily train to the Hamsworth inland terminal",
        ],
        ["Programme 4 · Green Quay", ("Aim: less diesel for every box we move", 1)],
        [
            "Replace 12 diesel straddle carriers with hybrid ones",
            "Install shore power at Berth 3",
            "Change yard lighting to LED with motion control",
        ],
    )

    # 10 principles
    port_slide(
        prs,
        TITLE_AND_CONTENT,
        "How we run the terminal",
        [
            "Safety first, then the ship, then the yard",
            "One plan for every vessel, shared with its line",
            "The quay sets the pace; the yard and the gate follow it",
        ],
    )

    # 11 measures
    slide = port_slide(prs, TITLE_ONLY, "Measures reported to the Board")
    native_table(
        slide,
        [
            ["Measure", "2027", "June 2032", "Lead"],
            ["Gross crane moves per hour", "24", "32", "Head of Quay Operations"],
            ["Vessels berthed within their window", "61%", "85%", "Vessel Planning Manager"],
            [
                "Truck turnaround time, gate in to gate out",
                "74 min",
                "45 min",
                "Gate and Landside Manager",
            ],
            ["Share of boxes leaving by rail", "14%", "22%", "Rail Operations Manager"],
            ["CO2 per container handled", "14.2 kg", "9.9 kg", "Sustainability Manager"],
            ["Lost-time injuries per million hours", "4.1", "1.5", "HSEQ Director"],
        ],
        0.7,
        1.6,
        [5.4, 1.5, 1.7, 3.3],
        row_h=0.6,
        size=15,
        fills={(0, c): FOAM for c in range(4)},
    )

    # 12 roadmap in plan years
    slide = port_slide(prs, TITLE_ONLY, "Roadmap: three phases over four plan years")
    years = ["PY1 2028/29", "PY2 2029/30", "PY3 2030/31", "PY4 2031/32"]
    rows = [
        ["", *years],
        ["Phase I · Ground", "Tideway pilot on Berth 2; HarbourOS 9; SlotBook rules", "", "", ""],
        ["Phase II · Build", "", "Twin-lift STS 6-9; OCR gates; Kiln Road", "", ""],
        ["Phase III · Scale", "", "", "Berths 1 and 3; hybrid straddles", "Shore power; close"],
        [
            "Gates",
            "Gate 1, June 2029: Tideway go/no-go",
            "Gate 2, June 2030",
            "Gate 3, June 2031",
            "Close-out, June 2032",
        ],
    ]
    fills = {(1, 1): FOAM, (2, 2): FOAM, (3, 3): FOAM, (3, 4): FOAM}
    native_table(slide, rows, 0.5, 1.6, [2.3, *[2.55] * 4], row_h=0.9, size=13, fills=fills)
    box = slide.shapes.add_textbox(Inches(0.5), Inches(6.3), Inches(12.0), Inches(0.6))
    fill_frame(box.text_frame, ["Plan years run July to June: PY1 is July 2028 to June 2029."], 13)

    # 13 pilot
    port_slide(
        prs,
        COMPARISON,
        "Pilot Tideway: Berth 2 goes first",
        ["What Tideway is"],
        [
            "January to June 2029, Berth 2 and gate lanes 1 and 2",
            "Twin-lift spreaders on STS 4 and STS 5",
            "Appointments compulsory for boxes off Berth 2 ships",
            "Straddle tracking on the 14 Berth 2 straddles",
        ],
        ["Success criteria"],
        [
            "28 gross moves an hour on Berth 2 for three months running",
            "Booked trucks turned round in under 55 minutes",
            "Both Berth 2 lines confirm their windows were held",
            "Go/no-go: the Steering Group decides at Gate 1 in June 2029 whether Tideway goes "
            "to Berths 1 and 3",
        ],
    )

    # 14 first 100 days
    port_slide(
        prs,
        TITLE_AND_CONTENT,
        "The first 100 days",
        [
            "Confirm the 2027 baselines for the six measures",
            "Order twin-lift spreaders for STS 4 and STS 5",
            "Open consultation with Unite on crane manning and the simulator course",
            "Brief the 40 largest haulage firms on compulsory appointments",
            "Tender for OCR cameras for the eight gate lanes",
            "Apply to the Port Authority for a works licence for Berth 3 shore power",
            "Start the HarbourOS upgrade to version 9",
        ],
    )

    # 15 investment
    slide = port_slide(prs, TITLE_ONLY, "Investment")
    native_table(
        slide,
        [
            ["Programme", "PY1", "PY2", "PY3", "PY4", "Total"],
            ["1 · Quay", "£4.2m", "£6.8m", "£2.1m", "£0.4m", "£13.5m"],
            ["2 · Yard", "£3.6m", "£2.9m", "£1.2m", "£0.3m", "£8.0m"],
            ["3 · Gate and Rail", "£2.4m", "£1.8m", "£0.6m", "£0.2m", "£5.0m"],
            ["4 · Green Quay", "£4.3m", "£3.1m", "£4.6m", "£2.5m", "£14.5m"],
            ["Total", "£14.5m", "£14.6m", "£8.5m", "£3.4m", "£41.0m"],
        ],
        0.7,
        1.6,
        [3.4, 1.6, 1.6, 1.6, 1.6, 1.8],
        size=15,
    )
    box = slide.shapes.add_textbox(Inches(0.7), Inches(4.6), Inches(11.8), Inches(1.5))
    fill_frame(
        box.text_frame,
        [
            "Payback in 2034 from crane productivity, fuel and two retained alliance calls",
            "Each investment above £2m goes to Ostra Ports' capital committee",
        ],
        16,
    )

    # 16 risks
    slide = port_slide(prs, TITLE_ONLY, "Risks and mitigations")
    native_table(
        slide,
        [
            ["Risk", "Mitigation"],
            [
                "The grid connection cannot carry shore power and hybrid charging together",
                "Schedule straddle charging outside the hours a ship is on shore power",
            ],
            [
                "Unite talks on crane manning run past Gate 1",
                "Share Tideway's crane data with the convenors every month",
            ],
            [
                "Hauliers book slots and then miss them",
                "Charge a fee for a missed slot after a three-month grace period",
            ],
            [
                "Crane drivers retire faster than we train them",
                "Run two simulator intakes a year and pair trainees with senior drivers",
            ],
        ],
        0.7,
        1.6,
        [5.2, 6.6],
        row_h=0.7,
        size=15,
    )

    # 17 governance and asks
    port_slide(
        prs,
        COMPARISON,
        "Governance and asks",
        ["Governance"],
        [
            "The Chief Operating Officer sponsors Berth to Gate 2032 and chairs the Steering Group",
            "The Steering Group meets every four weeks and takes the gates and the Tideway go/no-go",
            "Each programme has one lead and reports one measure",
            "The Board sees the six measures each quarter",
        ],
        ["What we ask of the Board"],
        [
            "Approve Berth to Gate 2032 and its six measures",
            "Release £14.5m for Plan Year 1",
            "Note that the shore power grant bid goes to Ostra Ports in September 2028",
        ],
    )
    return prs


# =========================================================================== Fellwater Brewery
# A board pack on A4 portrait (595 x 842 pt): a cover page, then a running header (company,
# pack, item) and a footer, numbered paragraphs (4.1, 4.2) in a wide left column with a ruled,
# shaded side panel in a narrow right column on most pages, boxed figures, ruled tables and a
# roadmap on brewing seasons (Spring is March to May).

PW, PH = 595.0, 842.0
PM = 50.0
HOPS = (58, 88, 46)
MALT = (176, 122, 40)
STOUT = (30, 30, 30)
CREAM = (246, 241, 228)
GREY_T = (110, 110, 110)
LEFT_W = 330.0
PANEL_X = PM + LEFT_W + 20
PANEL_W = PW - PM - PANEL_X
FB_HEAD = "FELLWATER BREWERY LTD  ·  Board pack, 7 February 2028  ·  Item 4: Cask & Can 2030"


class BoardPackPDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="P", unit="pt", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(PM, PM, PM)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("Adobe PDF Library 17.0")
        self.set_creator("Adobe InDesign 19.2 (Windows)")
        self.set_author("Fellwater Brewery Ltd")
        self.y_pos = 0.0

    def wrap(self, text: str, width: float, size: float, style: str = "") -> list[str]:
        self.set_font("helvetica", style, size)
        lines: list[str] = []
        current = ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if self.get_string_width(trial) <= width or not current:
                current = trial
            else:
                lines.append(current)
                current = word
        if current:
            lines.append(current)
        return lines

    def put(self, x, y, text, size=10.0, style="", color=STOUT, family="helvetica") -> None:
        self.set_font(family, style, size)
        self.set_text_color(*color)
        self.set_xy(x, y)
        self.cell(0, size * 1.2, text)

    def sheet(self, title: str) -> None:
        self.add_page()
        self.put(PM, 22, FB_HEAD, 7.5, "", GREY_T)
        self.set_draw_color(*HOPS)
        self.set_line_width(0.6)
        self.line(PM, 34, PW - PM, 34)
        self.put(PM, PH - 34, f"Page {self.page_no()} of 12", 7.5, "", GREY_T)
        self.put(PW - PM - 120, PH - 34, "Board confidential", 7.5, "", GREY_T)
        self.put(PM, 48, title, 18, "B", HOPS, "times")
        self.y_pos = 80.0

    def para(
        self, number: str, text: str, width: float = LEFT_W, size=10.0, style="", x=PM
    ) -> None:
        if number:
            self.put(x, self.y_pos, number, size, "B", MALT)
        for line in self.wrap(text, width - 30, size, style):
            self.put(x + 30, self.y_pos, line, size, style)
            self.y_pos += size * 1.4
        self.y_pos += 4

    def subhead(self, text: str, x=PM) -> None:
        self.y_pos += 4
        self.put(x, self.y_pos, text, 11.5, "B", HOPS)
        self.y_pos += 18

    def panel(self, title: str, lines: Sequence[str], top: float = 80.0, size=9.0) -> None:
        """The shaded side panel in the right column; written after the left column."""
        inner = PANEL_W - 16
        wrapped = [self.wrap(t, inner, size) for t in lines]
        height = 30 + sum(len(w) * size * 1.35 + 5 for w in wrapped)
        self.set_fill_color(*CREAM)
        self.set_draw_color(*MALT)
        self.set_line_width(0.8)
        self.rect(PANEL_X, top, PANEL_W, height, style="DF")
        self.put(PANEL_X + 8, top + 8, title, 9.5, "B", MALT)
        y = top + 26
        for chunk in wrapped:
            for line in chunk:
                self.put(PANEL_X + 8, y, line, size)
                y += size * 1.35
            y += 5

    def figures(self, items: Sequence[tuple[str, str]]) -> None:
        w = (PW - 2 * PM - 3 * 10) / 4
        for i, (big, small) in enumerate(items):
            x = PM + i * (w + 10)
            self.set_fill_color(*HOPS)
            self.rect(x, self.y_pos, w, 92, style="F")
            self.put(x + 8, self.y_pos + 8, big, 19, "B", (255, 255, 255))
            yy = self.y_pos + 38
            for line in self.wrap(small, w - 16, 8.5):
                self.put(x + 8, yy, line, 8.5, "", (255, 255, 255))
                yy += 11
        self.y_pos += 106

    def table(self, rows: Sequence[Sequence[str]], widths: Sequence[float], size=9.0) -> None:
        x0, pad = PM, 4
        for n, row in enumerate(rows):
            style = "B" if n == 0 else ""
            wrapped = [
                self.wrap(v, w - 2 * pad, size, style) for v, w in zip(row, widths, strict=True)
            ]
            height = max(len(w) for w in wrapped) * size * 1.3 + 2 * pad
            if n == 0:
                self.set_fill_color(*CREAM)
                self.rect(x0, self.y_pos, sum(widths), height, style="F")
            self.set_draw_color(*GREY_T)
            self.set_line_width(0.4)
            self.line(x0, self.y_pos + height, x0 + sum(widths), self.y_pos + height)
            cx = x0
            for lines, w in zip(wrapped, widths, strict=True):
                for i, line in enumerate(lines):
                    self.put(cx + pad, self.y_pos + pad + i * size * 1.3, line, size, style)
                cx += w
            self.y_pos += height
        self.y_pos += 10


def build_fellwater() -> BoardPackPDF:
    pdf = BoardPackPDF()
    # 1 cover
    pdf.add_page()
    pdf.set_fill_color(*HOPS)
    pdf.rect(0, 0, PW, 300, style="F")
    pdf.put(PM, 90, "FELLWATER BREWERY LTD", 12, "B", (255, 255, 255))
    pdf.put(PM, 120, "Board pack  ·  Item 4", 12, "", (255, 255, 255))
    pdf.put(PM, 360, "Cask & Can 2030", 34, "B", HOPS, "times")
    pdf.put(PM, 410, "Our plan for Spring 2028 to Summer 2030", 14)
    pdf.put(PM, 432, "Board meeting, 7 February 2028  ·  Paper FB/28/04", 11, "", GREY_T)
    pdf.put(PM, 454, "From: the Managing Director", 11, "", GREY_T)

    # 2 summary
    pdf.sheet("1. Summary")
    pdf.figures(
        [
            ("98%", "of brews inside specification, by Summer 2030"),
            ("95%", "of casks back within eight weeks, by Summer 2030"),
            ("4.2 hl", "of water per hectolitre of beer, by Summer 2030"),
            ("97%", "of trade deliveries on time and in full, by Summer 2030"),
        ]
    )
    top = pdf.y_pos
    pdf.para(
        "1.1",
        "This paper asks the Board to approve Cask & Can 2030 and to release £1.1m for its first stage.",
    )
    pdf.para(
        "1.2", "Four ingredients, three stages and one trial (Skylark) over ten brewing seasons."
    )
    pdf.para(
        "1.3", "£3.4m over 30 months: a £2.0m asset-finance facility and £1.4m of our own cash."
    )
    pdf.para(
        "1.4",
        "Gates at the end of Summer 2028, Winter 2028/29 and Summer 2029; the plan closes at the end of Summer 2030.",
    )
    pdf.panel(
        "Decisions sought",
        [
            "Approve Cask & Can 2030 and its six measures.",
            "Release £1.1m for Stage 1.",
            "Note the asset-finance timetable.",
        ],
        top,
    )

    # 3 where we stand, the market
    pdf.sheet("2. Where we stand")
    top = pdf.y_pos
    pdf.para(
        "2.1", "Fellwater brews 31,000 hectolitres a year from one 40-barrel brewhouse in Staveley."
    )
    pdf.para(
        "2.2", "Cask is 71% of our volume, cans 18% (packed by a contract canner) and keg 11%."
    )
    pdf.para("2.3", "We lost 2,300 casks in 2027, at a replacement cost of £186,000.")
    pdf.para("2.4", "One brew in twelve was blended away or poured down the drain in 2027.")
    pdf.para("2.5", "Each litre of beer took 6.8 litres of water to make.")
    pdf.para("2.6", "Our drays made 88% of their drops on the day and with the full order.")
    pdf.subhead("3. The market")
    pdf.para("3.1", "Cask ale sales in pubs have fallen about 4% a year since 2022.")
    pdf.para("3.2", "Supermarkets list craft cans in seasonal ranges of twelve weeks.")
    pdf.para(
        "3.3",
        "Two regional breweries closed in 2027, and their pubs are looking for a new cask supplier.",
    )
    pdf.para("3.4", "The brewery that tastes of the fells.")
    pdf.panel(
        "At a glance",
        [
            "Founded 2009 in Staveley",
            "58 staff",
            "420 free-trade pubs",
            "14,000 casks in circulation",
            "Taproom open Thursday to Sunday",
        ],
        top,
    )

    # 4 quotes, north star
    pdf.sheet("4. What we heard, and where we are heading")
    top = pdf.y_pos
    pdf.subhead("What we heard")
    pdf.para(
        "4.1",
        '"Your Fell Pale sells itself. Getting my empties collected is another matter." (Landlord, Windermere)',
    )
    pdf.para("4.2", '"We taste every brew, but the numbers live on a clipboard." (Senior brewer)')
    pdf.para(
        "4.3", '"I spend Friday afternoons hunting casks in other brewers\' cellars." (Dray driver)'
    )
    pdf.subhead("North star")
    pdf.para("4.4", "Beer worth the walk, in every glass we pour.", style="B")
    pdf.para(
        "4.5", "Sell 52,000 hectolitres a year by Summer 2030, up from 31,000 in 2027.", style="B"
    )
    pdf.panel(
        "Reading this pack",
        [
            "Figures are for calendar 2027 unless stated.",
            "hl: hectolitre, 100 litres.",
            "Seasons: Spring is March to May, Summer June to August, Autumn September to November, Winter December to February.",
        ],
        top,
    )

    # 5 ingredients 1 and 2
    pdf.sheet("5. Four ingredients")
    top = pdf.y_pos
    pdf.subhead("Ingredient 1: Consistent Brews")
    pdf.para("", "Aim: the same pint, brew after brew.", style="I")
    pdf.para("5.1", "Fit inline gravity and dissolved-oxygen meters to the brewhouse.")
    pdf.para("5.2", "Move brew sheets from paper into BrewLog.")
    pdf.para("5.3", "Train a sensory panel of twelve tasters.")
    pdf.subhead("Ingredient 2: Casks Come Home")
    pdf.para("", "Aim: every cask back inside eight weeks.", style="I")
    pdf.para("5.4", "Tag all 14,000 casks with RFID and scan them at despatch and return.")
    pdf.para("5.5", "Charge a deposit on casks held beyond eight weeks.")
    pdf.para("5.6", "Run a monthly cask collection sweep across the free trade.")
    pdf.panel(
        "House rules",
        [
            "Brewers decide on taste; numbers decide on process.",
            "Cask first, always.",
        ],
        top,
    )

    # 6 ingredients 3 and 4
    pdf.sheet("5. Four ingredients (continued)")
    top = pdf.y_pos
    pdf.subhead("Ingredient 3: Cans for the Shelf")
    pdf.para("", "Aim: our own cans, on shelves across the North.", style="I")
    pdf.para("5.7", "Install a 6,000-can-an-hour canning line in Unit 4.")
    pdf.para("5.8", "Win three regional supermarket listings for Fell Pale.")
    pdf.para("5.9", "Gain BRCGS accreditation for the packaging hall.")
    pdf.subhead("Ingredient 4: Every Drop Counts")
    pdf.para("", "Aim: less water and heat in every pint.", style="I")
    pdf.para("5.10", "Meter water at the brewhouse, the cellar and the packaging hall.")
    pdf.para("5.11", "Reuse final rinse water from cleaning in place for the next pre-rinse.")
    pdf.para("5.12", "Recover heat from the wort cooler to warm brewing liquor.")
    pdf.panel(
        "Why these four",
        [
            "Cask pays the bills today; cans grow the business; water and consistency protect both.",
        ],
        top,
    )

    # 7 measures
    pdf.sheet("6. Measures")
    pdf.table(
        [
            ["Measure", "2027", "Summer 2030", "Owner"],
            ["Brews inside specification", "92%", "98%", "Head Brewer"],
            ["Casks returned within eight weeks", "81%", "95%", "Logistics and Trade Manager"],
            ["Water per hectolitre of beer", "6.8 hl", "4.2 hl", "Operations Director"],
            ["Trade deliveries on time and in full", "88%", "97%", "Logistics and Trade Manager"],
            ["Quality complaints per 1,000 hl sold", "2.4", "0.8", "Quality Manager"],
            ["Lost-time accidents a year", "6", "1", "H&S Lead"],
        ],
        [190, 60, 80, 165],
    )
    pdf.para(
        "6.1",
        "Baselines are calendar 2027. The Business Improvement Manager keeps the measures pack and reports it to each Board.",
        width=PW - 2 * PM,
    )

    # 8 roadmap
    pdf.sheet("7. Roadmap by season")
    pdf.para(
        "7.1",
        "Three stages over ten brewing seasons, Spring 2028 to Summer 2030.",
        width=PW - 2 * PM,
    )
    pdf.table(
        [
            ["Stage", "Seasons", "What happens"],
            [
                "Stage 1 · Mash In",
                "Spring 2028 to Summer 2028",
                "Baselines, water meters, Skylark set-up, canning line order",
            ],
            [
                "Stage 2 · Ferment",
                "Autumn 2028 to Summer 2029",
                "Skylark trial, BrewLog brew sheets, canning line installed",
            ],
            [
                "Stage 3 · Pack and Ship",
                "Autumn 2029 to Summer 2030",
                "RFID on every cask, supermarket listings, heat recovery",
            ],
        ],
        [130, 150, 215],
    )
    pdf.table(
        [
            ["Gate", "When", "Decision"],
            ["Gate 1", "End of Summer 2028", "Stage 2 starts"],
            ["Gate 2", "End of Winter 2028/29", "Skylark go/no-go"],
            ["Gate 3", "End of Summer 2029", "Stage 3 starts"],
            ["Close", "End of Summer 2030", "Close-out review"],
        ],
        [130, 150, 215],
    )

    # 9 pilot, first 100 days
    pdf.sheet("8. The Skylark trial")
    top = pdf.y_pos
    pdf.para(
        "8.1",
        "Skylark puts RFID tags and online ordering into 60 free-trade pubs in the South Lakes, Autumn 2028 to Winter 2028/29.",
    )
    pdf.para("8.2", "Success criteria:")
    pdf.para("(a)", "95% of Skylark casks back within eight weeks;", x=PM + 20, width=LEFT_W - 20)
    pdf.para(
        "(b)", "every Skylark cask scanned at despatch and at return;", x=PM + 20, width=LEFT_W - 20
    )
    pdf.para("(c)", "40 of the 60 pubs order online.", x=PM + 20, width=LEFT_W - 20)
    pdf.para(
        "8.3",
        "Go/no-go: the Cask & Can Group decides at Gate 2, at the end of Winter 2028/29, whether tracking goes to all 14,000 casks.",
    )
    pdf.subhead("9. The first 100 days")
    pdf.para("9.1", "Confirm the 2027 baselines for the six measures.")
    pdf.para("9.2", "Order RFID tags and readers for the Skylark casks.")
    pdf.para("9.3", "Choose the canning line supplier and sign the order.")
    pdf.para(
        "9.4", "Ask United Utilities to raise the trade effluent consent for the canning line."
    )
    pdf.para("9.5", "Train the first six tasters for the sensory panel.")
    pdf.para("9.6", "Agree the cask deposit terms with the Skylark pubs.")
    pdf.para("9.7", "Fit a water meter on the brewhouse supply.")
    pdf.panel(
        "Skylark pubs",
        [
            "60 pubs between Kendal, Windermere and Ulverston.",
            "Chosen by the Logistics and Trade Manager from our 2027 cask losses.",
        ],
        top,
    )

    # 10 investment
    pdf.sheet("10. Investment")
    pdf.table(
        [
            ["Ingredient", "2028", "2029", "2030", "Total"],
            ["Consistent Brews", "£0.2m", "£0.2m", "£0.1m", "£0.5m"],
            ["Casks Come Home", "£0.3m", "£0.4m", "£0.1m", "£0.8m"],
            ["Cans for the Shelf", "£0.5m", "£1.0m", "£0.1m", "£1.6m"],
            ["Every Drop Counts", "£0.1m", "£0.2m", "£0.2m", "£0.5m"],
            ["Total", "£1.1m", "£1.8m", "£0.5m", "£3.4m"],
        ],
        [175, 80, 80, 80, 80],
    )
    pdf.para(
        "10.1",
        "Payback in four years from cask losses, water and the margin on our own cans.",
        width=PW - 2 * PM,
    )
    pdf.para(
        "10.2",
        "The asset-finance facility goes to the bank's credit committee in April 2028.",
        width=PW - 2 * PM,
    )

    # 11 risks
    pdf.sheet("11. Risks")
    pdf.table(
        [
            ["Risk", "Mitigation"],
            [
                "The canning line arrives late",
                "Book a mobile canner for the first two seasons of Stage 2",
            ],
            [
                "Pubs refuse the cask deposit",
                "Start the deposit with the Skylark pubs and share their loss figures with them",
            ],
            [
                "The trade effluent consent caps the canning line",
                "Hold canning rinse water in a balancing tank and discharge it overnight",
            ],
            [
                "Brewers leave for larger breweries",
                "Pair each new brewer with a senior brewer for a year",
            ],
        ],
        [210, 285],
    )

    # 12 governance and asks
    pdf.sheet("12. Governance and recommendations")
    pdf.para(
        "12.1",
        "The Managing Director sponsors Cask & Can 2030 and chairs the Cask & Can Group.",
        width=PW - 2 * PM,
    )
    pdf.para(
        "12.2",
        "The Group meets every four weeks and takes the gates and the Skylark go/no-go.",
        width=PW - 2 * PM,
    )
    pdf.para(
        "12.3",
        "Each ingredient has one lead; the Board sees the six measures at each meeting.",
        width=PW - 2 * PM,
    )
    pdf.para(
        "12.4",
        "The Board is asked to approve Cask & Can 2030 and its six measures.",
        width=PW - 2 * PM,
    )
    pdf.para("12.5", "The Board is asked to release £1.1m for Stage 1.", width=PW - 2 * PM)
    pdf.para(
        "12.6",
        "The Board is asked to note that the asset-finance facility goes to the bank in April 2028.",
        width=PW - 2 * PM,
    )
    return pdf


# =========================================================================== Ashcombe org
# The roster is a YAML export of the council's establishment list for the programme.

ASHCOMBE_ROLES: list[tuple[str, str, str, str]] = [
    (
        "Director of Environment",
        "core",
        "Directorate",
        "Sponsor of Cleaner Rounds 2031. Chairs the Cleaner Rounds Board, takes its gates and the "
        "Kingfisher go/no-go, and releases programme funds within the budget Cabinet approves.",
    ),
    (
        "Head of Waste and Recycling",
        "core",
        "Waste and Recycling",
        "Runs the collection service end to end: rounds, depots, crews, the Weir Road transfer "
        "station and the service standards residents are promised.",
    ),
    (
        "Collections Manager",
        "core",
        "Waste and Recycling",
        "Day-to-day collection: the 38 rounds, round sheets, missed-bin returns, crew deployment "
        "and the depot supervisors. Owns bins collected on the scheduled day.",
    ),
    (
        "Head of Waste Strategy",
        "core",
        "Waste and Recycling",
        "Disposal and treatment contracts, WasteDataFlow returns, packaging payments and the "
        "council's waste strategy. Owns the recycling rate and residual waste per household.",
    ),
    (
        "Fleet Manager",
        "core",
        "Fleet Services",
        "The refuse fleet and the Foundry Lane workshop: vehicle purchase and replacement, "
        "servicing, FleetCare, the operator licence and fuel. Owns vehicles off the road.",
    ),
    (
        "Cleaner Rounds Programme Manager",
        "core",
        "Directorate",
        "Secretary of the Cleaner Rounds Board; keeps the plan, the risk log, the baseline pack "
        "and the Kingfisher plan.",
    ),
    (
        "Finance Business Partner, Environment",
        "core",
        "Finance",
        "Service budgets, capital programme bids, food waste grant claims and spend reports to "
        "Cabinet.",
    ),
    (
        "Head of Digital Services",
        "core",
        "Digital Services",
        "BinTrack, Ashcombe Connect, the Ashcombe Data Hub, mobile devices and in-cab equipment, "
        "and the council website's forms.",
    ),
    (
        "Depot Manager, Weir Road",
        "extended",
        "Waste and Recycling",
        "Weir Road depot and transfer station: the weighbridge, the food waste bay, the yard and "
        "the crews based there.",
    ),
    (
        "Recycling Engagement Lead",
        "extended",
        "Waste and Recycling",
        "Recycling communications with residents, contamination checks, bin tagging and "
        "follow-up letters, and work with housing associations on communal bin stores. Owns "
        "contamination in dry recycling.",
    ),
    (
        "Customer Contact Centre Manager",
        "extended",
        "Customer Services",
        "The contact centre's waste line: missed-bin reports, assisted collections, bin orders "
        "and complaints by phone and web.",
    ),
    (
        "Procurement Lead, Environment",
        "extended",
        "Finance",
        "Tenders and contracts for vehicles, containers, treatment capacity and equipment under "
        "the contract procedure rules.",
    ),
    (
        "Health and Safety Adviser, Environment",
        "extended",
        "Waste and Recycling",
        "Risk assessments for rounds and depots, accident investigation, RIDDOR reports and crew "
        "safety training records. Owns reportable injuries.",
    ),
    (
        "Waste Data Analyst",
        "extended",
        "Waste and Recycling",
        "Tonnages from the weighbridge, round performance reports from BinTrack, and the six "
        "measures in the Ashcombe Data Hub.",
    ),
    (
        "HR Business Partner, Environment",
        "extended",
        "People",
        "Recruitment, agency staff, the driver scheme, terms and conditions and the formal side "
        "of consultation with the GMB.",
    ),
    (
        "Communications Officer, Environment",
        "extended",
        "Communications",
        "Leaflets, bin hangers, press, social media and letters to households about service "
        "changes.",
    ),
    (
        "GMB Branch Secretary",
        "consultative",
        "Trade union",
        "Elected secretary of the GMB branch for the council's operational staff. Consulted on "
        "rounds, shift times, crewing and equipment that records a crew's work; owns no "
        "programme work.",
    ),
    (
        "Cabinet Member for Environment",
        "consultative",
        "Elected member",
        "Councillor holding the environment portfolio. Consulted on service changes residents "
        "will notice and on reports to Cabinet; owns no programme work.",
    ),
]


def ashcombe_roles_yaml() -> str:
    out = [
        "# Cleaner Rounds 2031: roles and tiers",
        "# Exported from the council's establishment list, 2 May 2028.",
        "service: Waste and Recycling Service",
        "programme: Cleaner Rounds 2031",
        "tiers:",
        "  core: member of the Cleaner Rounds Board or leads a commitment",
        "  extended: contributes to the work or advises on it",
        "  consultative: consulted, owns no work",
        "roles:",
    ]
    for role, tier, team, remit in ASHCOMBE_ROLES:
        out.append(f"  - role: {role}")
        out.append(f"    tier: {tier}")
        out.append(f"    team: {team}")
        out.append("    remit: >-")
        out.extend(f"      {line}" for line in textwrap.wrap(remit, 84))
    return "\n".join(out) + "\n"


ASHCOMBE_ORG: dict[str, str | bytes] = {
    "people/cleaner-rounds-roles.yaml": ashcombe_roles_yaml(),
    "governance/cleaner-rounds-board-terms.md": doc(
        """
        # Cleaner Rounds Board: terms of reference

        Agreed by the Environment Directorate Management Team on 25 April 2028.

        ## Chair and sponsor

        The Director of Environment sponsors Cleaner Rounds 2031 and chairs the Cleaner Rounds
        Board. The Cleaner Rounds Programme Manager is its secretary.

        ## Members

        - Director of Environment (chair)
        - Head of Waste and Recycling
        - Collections Manager
        - Head of Waste Strategy
        - Fleet Manager
        - Head of Digital Services
        - Finance Business Partner, Environment

        ## Decision rights

        - The Board takes Gates 1 to 3, the Kingfisher go/no-go at Gate 2 and the close.
        - The Board releases programme funds within the budget Cabinet approves.
        - Contracts above £250,000 need a Cabinet decision, and vehicle purchases above £1m go
          to Full Council.
        - Commitment leads decide the order of work inside their commitment.

        ## Consultation

        The GMB Branch Secretary is consulted before changes to rounds, shift times, crewing or
        equipment that records a crew's work. The Cabinet Member for Environment is consulted
        on service changes residents will notice and on reports to Cabinet. Both advise and own
        no programme work.

        ## Standing

        The Head of Waste Strategy post has been covered on an acting basis since February 2028.

        ## Cadence

        Monthly at Foundry Lane. Environment Scrutiny Committee sees the six measures each
        quarter.
        """
    ),
    "systems/waste-systems-inventory.md": doc(
        """
        # Waste and Recycling systems

        Kept by the Head of Digital Services, April 2028.

        | System | What it does | Notes |
        |---|---|---|
        | BinTrack | Bin register, round lists, missed-bin and assisted-collection records | Crews record blocked access and contaminated bins on paper round sheets handed in at the end of each shift. |
        | Ashcombe Connect | The council's CRM for resident contacts across all services | Ashcombe Connect sends new waste cases to BinTrack in a nightly file at 02:00. |
        | FleetCare | Vehicle records, servicing, defects and the operator licence file | Vehicle hours are copied from each dashboard by a fitter at every service. |
        | Tipping ledger | Tonnages by waste stream from the Weir Road weighbridge | Weighbridge tickets are printed at the weighbridge and typed into the ledger each Monday. |
        | Ashcombe Data Hub | The council's data warehouse (Azure, 2025) with Power BI dashboards | Kept by Digital Services; the Waste Data Analyst builds the waste reports |
        | Round plans | Street lists and sequences for the 38 rounds | The 38 round plans are spreadsheets last redrawn in 2019, when the borough had 55,200 households. |

        - Telematics units on all 46 vehicles report location and engine hours to the
          supplier's portal.
        - Crews carry council phones; both depots have Wi-Fi.
        """
    ),
    "performance/measure-definitions.md": doc(
        """
        # Cleaner Rounds measures: definitions and baselines

        Baselines are the 2026/27 financial year. Reported from the Ashcombe Data Hub by the
        Waste Data Analyst; the Cleaner Rounds Programme Manager keeps the baseline pack.

        | Measure | Definition | Owner | 2026/27 |
        |---|---|---|---|
        | Household waste recycled, reused or composted | Tonnes sent for recycling, reuse or composting / household waste collected | Head of Waste Strategy | 41% |
        | Bins collected on the scheduled day | (Bins due minus missed bins reported) / bins due | Collections Manager | 99.2% |
        | Residual waste per household | Kilograms of residual household waste a year / households | Head of Waste Strategy | 512 kg |
        | Contamination in dry recycling | Tonnes rejected at the sorting facility / dry recycling delivered | Recycling Engagement Lead | 18% |
        | Fleet vehicles off the road | Vehicles in the workshop at 06:00 / vehicles on the fleet | Fleet Manager | 9% |
        | Reportable injuries per 100 crew | RIDDOR-reportable injuries / crew headcount x 100 | Health and Safety Adviser, Environment | 3.4 |

        The recycling rate is confirmed through WasteDataFlow about five months after each
        quarter ends.

        Contamination is measured from a sample of 20 loads a quarter at the sorting facility
        in Dunmore.
        """
    ),
    "context/operating-context.md": doc(
        """
        # Operating context

        Ashcombe Borough Council collects household waste and recycling from 61,400 households
        and 2,900 trade customers, with depots at Foundry Lane (fleet and workshop) and Weir Road
        (transfer station).

        - The government's food waste grant pays for vehicles and containers, and it must be
          spent by March 2030.
        - Foundry Lane depot's electricity supply is rated at 400 kVA, enough for four rapid
          chargers.
        - The nearest anaerobic digestion plant with spare capacity is at Cressing, 41 miles
          from Weir Road.
        - Bin stores at 140 blocks of flats belong to housing associations, and a change to
          them needs the landlord's agreement.
        """
    ),
    "people/workforce-note.md": doc(
        """
        # Workforce note

        From the HR Business Partner, Environment, April 2028.

        - Changes to rounds, shift times or equipment that records a crew's work need eight
          weeks' consultation with the GMB.
        - 31 of our 104 loaders are agency workers on 12-week assignments.
        - A loader takes 16 weeks to pass the category C licence through the council's driver
          scheme.
        - Two of the nine fitters at Foundry Lane hold the high-voltage qualification that
          electric trucks need.
        - The driver scheme is run by the HR Business Partner with an approved training
          provider, and eight loaders a year qualify as drivers.
        - Crews work four ten-hour days, Tuesday to Friday or Monday to Thursday.
        """
    ),
}


# =========================================================================== Corran org
# The roster is a Word document from HR: a heading, a note on tiers and one table
# (Position, Department, Tier, Accountabilities).

CORRAN_POSITIONS: list[tuple[str, str, str, str]] = [
    (
        "Chief Operating Officer",
        "Executive",
        "core",
        "Sponsor of Berth to Gate 2032. Chairs the Steering Group, takes its gates and the "
        "Tideway go/no-go, and releases programme funds within the budget the Board approves.",
    ),
    (
        "Head of Quay Operations",
        "Operations",
        "core",
        "Ship operations on Berths 1 to 3: crane gangs, lashing, the shift operations managers "
        "and each vessel operation from first lift to last lift. Owns gross crane moves per hour.",
    ),
    (
        "Vessel Planning Manager",
        "Planning",
        "core",
        "Berth windows agreed with the lines, stowage and bay plans in BayPlanner, and the vessel "
        "plan handed to the quay. Owns vessels berthed within their window.",
    ),
    (
        "Head of Engineering",
        "Engineering",
        "core",
        "Ship-to-shore cranes, straddle carriers, spreaders, the workshop and EquipCare; the "
        "terminal's high-voltage network, substations and works on the quay.",
    ),
    (
        "Gate and Landside Manager",
        "Landside",
        "core",
        "The gate lanes and gate clerks, SlotBook appointment rules, haulier relations and the "
        "truck holding area. Owns truck turnaround.",
    ),
    (
        "Head of Terminal Systems",
        "Systems",
        "core",
        "HarbourOS, BayPlanner, SlotBook, EquipCare, the Tidewater warehouse, crane telemetry, "
        "gate cameras and the terminal's networks.",
    ),
    (
        "Finance Director",
        "Finance",
        "core",
        "Budgets, the capital plan, papers to Ostra Ports' capital committee and grant claims.",
    ),
    (
        "Berth to Gate Programme Manager",
        "Executive",
        "core",
        "Secretary of the Steering Group; keeps the plan, the risk log, the measures pack and "
        "the Tideway plan.",
    ),
    (
        "HSEQ Director",
        "HSEQ",
        "core",
        "The safety management system, risk assessments, incident investigation and ISO "
        "certification. Owns lost-time injuries.",
    ),
    (
        "Yard Planning Superintendent",
        "Planning",
        "extended",
        "Yard strategy and stacking rules in HarbourOS, the yard checkers and the empty stacks.",
    ),
    (
        "Training and Competence Manager",
        "People",
        "extended",
        "The Training Centre and its crane simulator, trainee programmes and operator licences "
        "for cranes and straddle carriers.",
    ),
    (
        "Rail Operations Manager",
        "Landside",
        "extended",
        "The rail terminal, train loading plans and the rail operators' services to inland "
        "terminals. Owns the rail share.",
    ),
    (
        "Sustainability Manager",
        "HSEQ",
        "extended",
        "Energy and fuel, the carbon footprint, the shore power business case and environmental "
        "reports to the lines. Owns CO2 per container.",
    ),
    (
        "Customer Service Manager",
        "Commercial",
        "extended",
        "Day-to-day contact with the lines and hauliers: notices, claims and the haulier forum.",
    ),
    (
        "Procurement Manager",
        "Finance",
        "extended",
        "Tenders and contracts for equipment, works and services.",
    ),
    (
        "HR Manager",
        "People",
        "extended",
        "Recruitment, terms and conditions, and the formal side of consultation with Unite.",
    ),
    (
        "Unite Senior Convenor",
        "People",
        "consultative",
        "Elected senior convenor of the dock workers. Consulted on manning, shift patterns and "
        "equipment that records an operator's work; owns no programme work.",
    ),
    (
        "Harbour Master, Port of Corran Authority",
        "External",
        "consultative",
        "The Port Authority's Harbour Master. Consulted on vessel movements, berthing rules and "
        "works on the quay or in the water; owns no programme work.",
    ),
]


def corran_positions_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Berth to Gate 2032: positions and tiers", level=1)
    document.add_paragraph(
        "Issued by HR, 10 March 2028. Tier: core = member of the Steering Group or leads a "
        "programme; extended = contributes or advises; consultative = consulted, owns no work."
    )
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, head in zip(
        table.rows[0].cells, ["Position", "Department", "Tier", "Accountabilities"], strict=True
    ):
        cell.text = head
        for run in cell.paragraphs[0].runs:
            run.font.bold = True
            run.font.size = DocxPt(10)
    for row in CORRAN_POSITIONS:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
            for run in cell.paragraphs[0].runs:
                run.font.size = DocxPt(10)
    props = document.core_properties
    props.author = "Corran Gateway HR"
    props.last_modified_by = "Corran Gateway HR"
    props.title = "Berth to Gate 2032: positions and tiers"
    props.revision = 1
    props.created = FIXED_DT
    props.modified = FIXED_DT
    props.last_printed = FIXED_DT
    buffer = io.BytesIO()
    document.save(buffer)
    return normalize_zip(buffer.getvalue())


CORRAN_ORG: dict[str, str | bytes] = {
    "people/terminal-positions.docx": b"",  # filled in by main(), as bytes
    "governance/steering-group-terms.md": doc(
        """
        # Berth to Gate Steering Group: terms of reference

        Approved by the Executive Committee on 1 March 2028.

        ## Chair

        The Chief Operating Officer sponsors Berth to Gate 2032 and chairs the Steering Group.
        The Berth to Gate Programme Manager is its secretary.

        ## Members

        - Chief Operating Officer (chair)
        - Head of Quay Operations
        - Vessel Planning Manager
        - Head of Engineering
        - Gate and Landside Manager
        - Head of Terminal Systems
        - HSEQ Director
        - Finance Director

        ## Decisions

        - The Steering Group takes Gates 1 to 3, the Tideway go/no-go at Gate 1 and the
          close-out, and releases funds within the budget the Board approves.
        - Investments above £2m need the approval of Ostra Ports' capital committee, which
          meets in March, June, September and December.
        - Programme leads decide the order of work inside their programme.

        ## Consultation

        The Unite Senior Convenor is consulted before changes to manning, shift patterns or
        equipment that records an operator's work. The Harbour Master of the Port of Corran
        Authority is consulted on vessel movements, berthing rules and works on the quay or in
        the water. Both advise and own no programme work.

        ## Standing

        The Vessel Planning Manager post is held by a secondee from Ostra Ports until September
        2028.

        ## Cadence

        Every four weeks at the terminal; the Board sees the six measures each quarter.
        """
    ),
    "systems/terminal-systems.md": doc(
        """
        # Terminal systems

        Kept by the Head of Terminal Systems, February 2028.

        - HarbourOS 7: the terminal operating system for vessel, yard and gate work. HarbourOS 7
          goes out of its maker's support in December 2029.
        - Straddle carrier positions are recorded when the driver confirms a move on the cab
          terminal, and boxes set down in the wrong slot are found on the yard checkers' rounds.
        - BayPlanner: stowage and bay planning, linked to HarbourOS.
        - SlotBook: the truck appointment system. SlotBook appointments are optional, and 38%
          of import collections booked a slot in 2027.
        - Gate clerks key container numbers from camera images at the gate house.
        - EquipCare: maintenance records and work orders for cranes, straddles and spreaders.
          Telemetry from STS 1 to STS 3 is stored on each crane and downloaded once a month.
        - Tidewater: the terminal's data warehouse, with Power BI dashboards, loading from
          HarbourOS every hour.
        """
    ),
    "performance/measure-definitions.md": doc(
        """
        # Berth to Gate measures

        Baselines are calendar 2027, from Tidewater. The Berth to Gate Programme Manager keeps
        the measures pack.

        | Measure | Definition | Lead | 2027 |
        |---|---|---|---|
        | Gross crane moves per hour | Container moves / crane hours from first lift to last lift | Head of Quay Operations | 24 |
        | Vessels berthed within their window | Calls berthed inside the agreed window / calls | Vessel Planning Manager | 61% |
        | Truck turnaround time | Minutes from gate-in transaction to gate-out, average | Gate and Landside Manager | 74 min |
        | Share of boxes leaving by rail | Boxes leaving by rail / boxes leaving the terminal | Rail Operations Manager | 14% |
        | CO2 per container handled | Kilograms of CO2 / containers handled | Sustainability Manager | 14.2 kg |
        | Lost-time injuries | Injuries with a shift or more lost per million hours worked | HSEQ Director | 4.1 |

        Truck turnaround is timed from the gate-in transaction, so queueing on the approach road
        falls outside the figure.

        CO2 per container is estimated from monthly fuel deliveries to the terminal's tanks.
        """
    ),
    "context/operating-context.md": doc(
        """
        # Operating context

        Corran Gateway Terminal Ltd runs the deep-sea container terminal at the Port of Corran
        under a 35-year concession from the Port of Corran Authority, and is owned by Ostra
        Ports.

        - The terminal's grid connection is rated at 11 MVA, and shore power at Berth 3 needs up
          to 7 MVA.
        - Works on the quay wall or in the water need a works licence from the Port of Corran
          Authority, which takes 16 weeks.
        - The rail terminal's four sidings take trains up to 550 metres, shorter than the 775
          metres the Midlands route allows.
        - Berth 1 has a dredged depth of 14.5 metres, so 16,000 TEU ships call there
          part-loaded.
        """
    ),
    "people/workforce-note.md": doc(
        """
        # Workforce note

        From the HR Manager and the Training and Competence Manager, February 2028.

        - Changes to crane manning, shift patterns or equipment that records an operator's work
          need 60 days' consultation with Unite under the 2021 productivity agreement.
        - A crane driver takes nine months from trainee to sign-off on ship-to-shore cranes.
        - The crane simulator at the Training Centre is booked for new starters four days a
          week.
        - Eleven of our 64 crane drivers reach retirement age by 2031.
        - Dock workers work a four-on, four-off pattern of 12-hour shifts.
        """
    ),
}


# =========================================================================== Fellwater org
# The roster is a JSON export from the brewery's HR app: a list of team members with title,
# area, tier and remit.

FELLWATER_TEAM: list[tuple[str, str, str, str]] = [
    (
        "Managing Director",
        "Board",
        "core",
        "Sponsor of Cask & Can 2030. Chairs the Cask & Can Group, takes its gates and the Skylark "
        "go/no-go, and releases funds within the budget the Board approves.",
    ),
    (
        "Head Brewer",
        "Brewing",
        "core",
        "Recipes, brewing and fermentation, yeast, beer specifications and the decision to "
        "release or blend a brew. Owns brews inside specification.",
    ),
    (
        "Operations Director",
        "Operations",
        "core",
        "Brewhouse, cellar, packaging and the site: plant, utilities, water and effluent, and "
        "capital projects. Owns water per hectolitre.",
    ),
    (
        "Packaging Manager",
        "Packaging",
        "core",
        "Cask racking, kegging, the contract canner and, once installed, the canning line; the "
        "packaging hall.",
    ),
    (
        "Logistics and Trade Manager",
        "Logistics",
        "core",
        "The drays and delivery runs, the cask fleet and cask returns, and the free-trade order "
        "desk. Owns casks returned and trade deliveries on time and in full.",
    ),
    (
        "Sales and Marketing Director",
        "Sales",
        "core",
        "Free trade, pub companies, supermarket and off-trade accounts, brands, prices and the "
        "taproom.",
    ),
    (
        "Finance Director",
        "Finance",
        "core",
        "Budgets, cash, the asset-finance facility, duty returns to HMRC and papers to the Board.",
    ),
    (
        "Quality Manager",
        "Quality",
        "core",
        "The laboratory, checks on every brew and pack, complaints, BRCGS and audits. Owns "
        "quality complaints.",
    ),
    (
        "Business Improvement Manager",
        "Operations",
        "core",
        "Runs Cask & Can 2030 day to day as secretary of the Cask & Can Group; keeps the plan, the "
        "risk log and the measures pack.",
    ),
    (
        "Senior Brewer",
        "Brewing",
        "extended",
        "Leads the brewing shifts, brew sheets and BrewLog entries, and brings on new brewers on "
        "the 40-barrel kit.",
    ),
    (
        "Cellar and Fermentation Lead",
        "Brewing",
        "extended",
        "Fermenting and conditioning vessels, cellar temperatures, yeast handling and cleaning "
        "in place.",
    ),
    (
        "Engineering and Maintenance Manager",
        "Operations",
        "extended",
        "Maintenance of the brewhouse, packaging plant and services: steam, glycol, compressed "
        "air and the effluent tank.",
    ),
    (
        "Dray Supervisor",
        "Logistics",
        "extended",
        "The dray drivers' daily runs, collections of empty casks and the vehicles.",
    ),
    (
        "IT and Systems Coordinator",
        "Finance",
        "extended",
        "BrewLog, TradeDesk, Sage, Cellarbook, the website and the site network.",
    ),
    (
        "People and Training Manager",
        "People",
        "extended",
        "Recruitment, training records, apprenticeships, inductions and the Staff Forum's "
        "arrangements.",
    ),
    (
        "Health and Safety Lead",
        "Operations",
        "extended",
        "Risk assessments, accident reports, lifting and handling training and site safety "
        "audits. Owns lost-time accidents.",
    ),
    (
        "Staff Forum Representative",
        "People",
        "consultative",
        "Elected by the staff. Consulted on shift patterns, working practices and equipment that "
        "records a person's work; owns no programme work.",
    ),
    (
        "Licensing and Excise Adviser",
        "External",
        "consultative",
        "Retained adviser on alcohol duty, the excise warehouse approval and premises licences. "
        "Consulted before changes to bonded areas or duty processes; owns no programme work.",
    ),
]


def fellwater_team_json() -> str:
    data = {
        "export": "Fellwater people app, team list",
        "exported_on": "2028-01-24",
        "programme": "Cask & Can 2030",
        "tiers": {
            "core": "member of the Cask & Can Group or leads an ingredient",
            "extended": "contributes or advises",
            "consultative": "consulted, owns no work",
        },
        "team": [
            {"title": t, "area": a, "programme_tier": tier, "remit": r}
            for t, a, tier, r in FELLWATER_TEAM
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


FELLWATER_ORG: dict[str, str | bytes] = {
    "people/team.json": fellwater_team_json(),
    "governance/cask-and-can-group-terms.md": doc(
        """
        # Cask & Can Group: terms of reference

        Agreed by the Board on 6 December 2027.

        ## Chair

        The Managing Director sponsors Cask & Can 2030 and chairs the Cask & Can Group. The
        Business Improvement Manager is its secretary.

        ## Members

        Managing Director, Head Brewer, Operations Director, Packaging Manager, Logistics and
        Trade Manager, Sales and Marketing Director, Quality Manager and Finance Director.

        ## Decisions

        - The Group takes Gates 1 to 3, the Skylark go/no-go at Gate 2 and the close-out, and
          releases funds within the budget the Board approves.
        - Spending above £150,000 on one item needs the approval of the Board, which meets six
          times a year.
        - Ingredient leads decide the order of work inside their ingredient.

        ## Consultation

        The Staff Forum Representative is consulted before changes to shift patterns, working
        practices or equipment that records a person's work. The Licensing and Excise Adviser is
        consulted before changes to bonded areas or duty processes. Both advise and own no
        programme work.

        ## Standing

        The Quality Manager post is held by maternity cover until August 2028.
        """
    ),
    "systems/brewery-systems.md": doc(
        """
        # Brewery systems

        Kept by the IT and Systems Coordinator, January 2028.

        - BrewLog: recipes, raw-material stock and brew records. BrewLog holds recipes and
          raw-material stock, and brew results reach it when the Senior Brewer types them in
          each Friday.
        - Brew sheets are filled in by hand at the brewhouse and filed by batch number.
        - Casks carry a painted number, and the dray driver writes it on the delivery note.
        - TradeDesk: orders, invoices and delivery runs. TradeDesk takes orders by phone and
          email through the sales office, staffed 8:00 to 16:00 on weekdays.
        - Sage: accounts and duty records.
        - Cellarbook: the brewery's reporting model in Power BI. Cellarbook refreshes from
          TradeDesk and Sage once a week, on Monday mornings.
        - The laboratory has a benchtop density meter and a dissolved-oxygen probe.
        """
    ),
    "performance/measures.md": doc(
        """
        # Cask & Can measures

        Baselines are calendar 2027. The Business Improvement Manager keeps the definitions and
        the measures pack.

        | Measure | Definition | Owner | 2027 |
        |---|---|---|---|
        | Brews inside specification | Brews released as brewed, unblended and uncorrected / brews | Head Brewer | 92% |
        | Casks returned within eight weeks | Casks back within eight weeks of despatch / casks despatched | Logistics and Trade Manager | 81% |
        | Water per hectolitre of beer | Hectolitres of water / hectolitres of beer packaged | Operations Director | 6.8 hl |
        | Trade deliveries on time and in full | Drops made on the promised day with the full order / drops | Logistics and Trade Manager | 88% |
        | Quality complaints | Quality complaints per 1,000 hl sold | Quality Manager | 2.4 |
        | Lost-time accidents | Accidents with a shift or more lost, a year | Health and Safety Lead | 6 |

        Cask returns are counted at the stock take each January.

        Water use is read from the United Utilities bill each quarter.
        """
    ),
    "context/operating-context.md": doc(
        """
        # Operating context

        Fellwater Brewery Ltd brews cask, keg and canned beer in Staveley, Cumbria, and sells to
        free-trade pubs, pub companies, off-trade shops and its own taproom.

        - The trade effluent consent caps discharge at 90 cubic metres a day, and our busiest
          day in 2027 reached 82.
        - Unit 4 is leased until 2034, and alterations need the landlord's written consent.
        - HMRC's approval of our excise warehouse covers the brewery and Unit 2, and adding
          Unit 4 takes about 45 days.
        - The supermarket buyers we have met ask for BRCGS certification, which needs six
          months of records before a first audit.
        """
    ),
    "people/workforce-note.md": doc(
        """
        # Workforce note

        From the People and Training Manager, January 2028.

        - Changes to shift patterns need four weeks' consultation through the Staff Forum.
        - Two of our three dray drivers hold the licence for the 18-tonne dray.
        - A new brewer takes 18 months to brew unattended on the 40-barrel kit.
        - Training records, inductions and apprenticeships are kept by the People and Training
          Manager; two brewing apprentices start each September.
        - The brewhouse runs two shifts, 06:00 to 22:00, Monday to Friday.
        """
    ),
}

ORGS: dict[str, Mapping[str, str | bytes]] = {
    "ashcombe-waste": ASHCOMBE_ORG,
    "corran-gateway": CORRAN_ORG,
    "fellwater-brewery": FELLWATER_ORG,
}


def write_org(case_dir: Path, files: Mapping[str, str | bytes]) -> None:
    for rel, body in sorted(files.items()):
        path = case_dir / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))


def main(root: Path = HERE) -> None:
    """Write the three decks and org folders under ``root`` (the blind10 folder by default)."""
    save(
        build_ashcombe(),
        root / "ashcombe-waste" / "cleaner-rounds-2031-cabinet.pptx",
        "Ashcombe Borough Council",
        "Cleaner Rounds 2031",
    )
    save(
        build_corran(),
        root / "corran-gateway" / "berth-to-gate-2032.pptx",
        "Corran Gateway Terminal Ltd",
        "Berth to Gate 2032",
    )
    save_pdf(
        build_fellwater(),
        root / "fellwater-brewery" / "cask-and-can-2030-board-pack.pdf",
        "Cask & Can 2030",
    )
    CORRAN_ORG["people/terminal-positions.docx"] = corran_positions_docx()
    for name, files in ORGS.items():
        write_org(root / name, files)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
