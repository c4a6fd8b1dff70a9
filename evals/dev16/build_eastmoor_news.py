# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the dev16 case ``eastmoor-news``: its deck and its org folder, deterministically.

Run from the repository root:  .venv/bin/python evals/dev16/build_eastmoor_news.py [out]

Writes, under ``evals/dev16/eastmoor-news/`` (or ``<out>/eastmoor-news/``):

- ``next-edition-ogsm-fy29-fy31.pptx``: a regional news publisher's three-year strategy (a
  daily, four weeklies, their websites and app, a metered paywall, newsletters, events, a
  print contract) as a 4:3 PPTX of 18 slides in the OGSM form: one slide with a native table
  Objective | Goals | Strategies | Measures (the Objective and Goals cells merged down the five
  strategy rows), then one slide per strategy S1-S5 whose action plan is a native table
  Action | Owner | Start | Finish dated in financial periods ("FY29 P3"; "Our financial year
  runs July to June; P1 = July." once, under the OGSM table), a Dashboard table with baseline
  and target columns, a roadmap table over six fiscal halves with a phase row and a gate row,
  a pilot on one weekly title, risks, choices, the first 12 weeks and the ask.
- ``org/``: role profiles in Word (a Heading 2 per role, "Reports to:", "Programme
  involvement:", "Purpose of the role:" paragraphs and a bulleted "Key responsibilities" list),
  the steering board's terms of reference, a systems and data inventory, the dashboard's
  definitions, the pilot title's fact sheet, an email about the print contract and the notes
  of a readers' panel.

Re-running it rewrites every file byte for byte (fixed ZIP entry times and document dates in
the PPTX through ``evals.dev13.build_dev13.save`` and, at the same time, in the DOCX through
``evals/dev16/_build.py``; the text files are literal strings). It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev16"): the engine may be tuned on it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.shared import Pt as DocxPt
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.build_dev13 import (  # noqa: E402
    BLANK,
    FIXED_W3C,
    FIXED_ZIP_TIME,
    WHITE,
    filled,
    new_deck,
    notes,
    rgb,
    rich_box,
    save,
    text_box,
)
from evals.dev16._build import Stamp, footer, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "eastmoor-news"
DECK = "next-edition-ogsm-fy29-fy31.pptx"

# =========================================================================== the deck (PPTX 4:3)
# A newspaper group's board paper: masthead red, ink and newsprint; Georgia titles, Arial text.

EM_W, EM_H = 10.0, 7.5
RED = (158, 27, 36)
INK = (33, 33, 36)
NEWSPRINT = (246, 243, 236)
GREY = (110, 110, 114)
RULE = (205, 200, 190)
SLATE = (58, 74, 92)
PALE = (235, 228, 214)
HEAD = "Georgia"
FONT = "Arial"
TOTAL = 18
FOOT = (
    "Eastmoor News  \u00b7  Next Edition  \u00b7  Board strategy day, 22 May 2028  \u00b7  Paper 4"
)


def em_page(prs: PresentationType, eyebrow: str, title: str, number: int) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, EM_W, 0.12, RED)
    text_box(slide.shapes, 0.4, 0.25, 7.5, 0.3, [eyebrow], 10, True, RED, FONT)
    text_box(slide.shapes, 0.4, 0.5, 9.2, 0.65, [title], 24, True, INK, HEAD)
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0.4, 1.15, 9.2, 0.02, RULE)
    footer(slide.shapes, 7.08, (0.4, 7.9, FOOT), (8.6, 1.0, f"{number} / {TOTAL}"), GREY, FONT)
    return slide


def em_list(
    slide: Slide,
    left: float,
    top: float,
    width: float,
    height: float,
    lines: Sequence[str],
    size: float,
    color: tuple[int, int, int] = INK,
    space: float = 8,
) -> None:
    paragraphs = [[(x, False, color)] for x in lines]
    rich_box(slide.shapes, left, top, width, height, paragraphs, size, FONT, space)


def em_table(
    slide: Slide,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    top: float,
    left: float = 0.4,
    size: float = 10,
    row_h: float = 0.42,
    head_fill: tuple[int, int, int] = INK,
    merges: Sequence[tuple[int, int, int, int]] = (),
    bold_first_col: bool = False,
    head_h: float | None = None,
):
    """A native table; a cell's text may hold several paragraphs (split on newlines).

    ``merges`` are (first row, first column, last row, last column); only the first cell of a
    merged range carries text.
    """
    shape = slide.shapes.add_table(
        len(rows),
        len(rows[0]),
        Inches(left),
        Inches(top),
        Inches(sum(widths)),
        Emu(Inches(row_h) * (len(rows) - 1) + Inches(head_h or row_h)),
    )
    tab = shape.table
    for c, w in enumerate(widths):
        tab.columns[c].width = Inches(w)
    for r, row in enumerate(rows):
        tab.rows[r].height = Inches(head_h if r == 0 and head_h else row_h)
        for c, value in enumerate(row):
            cell = tab.cell(r, c)
            frame = cell.text_frame
            frame.word_wrap = True
            for i, line in enumerate(value.split("\n") if value else []):
                para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
                run = para.add_run()
                run.text = line
                run.font.size = Pt(size)
                run.font.name = FONT
                run.font.bold = r == 0 or (bold_first_col and c == 0)
                run.font.color.rgb = rgb(WHITE if r == 0 else INK)
            cell.margin_left = cell.margin_right = Inches(0.06)
            cell.margin_top = cell.margin_bottom = Inches(0.03)
            cell.vertical_anchor = MSO_ANCHOR.TOP
            cell.fill.solid()
            if r == 0:
                cell.fill.fore_color.rgb = rgb(head_fill)
            else:
                cell.fill.fore_color.rgb = rgb(NEWSPRINT if r % 2 else WHITE)
    for r1, c1, r2, c2 in merges:
        tab.cell(r1, c1).merge(tab.cell(r2, c2))
    return shape


def em_strategy(
    prs: PresentationType,
    number: int,
    slide_no: int,
    name: str,
    aim: str,
    serves: str,
    actions: Sequence[tuple[str, str, str, str]],
    note: str | None = None,
) -> Slide:
    s = em_page(prs, f"STRATEGY S{number} OF 5", f"S{number} \u00b7 {name}", slide_no)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.4, 1.3, 9.2, 0.95, PALE)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.4, 1.3, 0.07, 0.95, RED)
    rich_box(
        s.shapes,
        0.6,
        1.33,
        8.9,
        0.9,
        [[(aim, True, INK)], [(serves, False, SLATE)]],
        12,
        FONT,
        4,
    )
    text_box(s.shapes, 0.4, 2.38, 6.0, 0.3, ["Action plan"], 13, True, INK, HEAD)
    rows = [("Action", "Owner", "Start", "Finish"), *actions]
    em_table(s, rows, [5.15, 2.25, 0.9, 0.9], 2.75, size=10, row_h=0.5)
    if note:
        text_box(s.shapes, 0.4, 6.6, 9.2, 0.4, [note], 10, False, GREY, FONT, None, True)
    return s


def em_tiles(s: Slide, tiles: Sequence[tuple[str, str]], top: float, cols: int = 3) -> None:
    width = 9.2 / cols
    for i, (value, label) in enumerate(tiles):
        left = 0.4 + (i % cols) * width
        row_top = top + (i // cols) * 1.45
        filled(s.shapes, MSO_SHAPE.RECTANGLE, left + 0.05, row_top, width - 0.1, 1.3, NEWSPRINT)
        text_box(
            s.shapes, left + 0.15, row_top + 0.05, width - 0.3, 0.55, [value], 26, True, RED, HEAD
        )
        text_box(
            s.shapes,
            left + 0.15,
            row_top + 0.62,
            width - 0.3,
            0.65,
            [label],
            10.5,
            False,
            INK,
            FONT,
        )


def build_deck() -> PresentationType:
    prs = new_deck(EM_W, EM_H)

    # 1 ------------------------------------------------------------------ cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, EM_W, 2.2, RED)
    text_box(s.shapes, 0.6, 0.55, 8.8, 0.5, ["EASTMOOR NEWS"], 16, True, WHITE, HEAD)
    text_box(
        s.shapes,
        0.6,
        1.05,
        8.8,
        0.9,
        [
            "The Eastmoor Courier \u00b7 Hollinbeck Advertiser \u00b7 Carrowdale Gazette \u00b7 "
            "Brantwick Times \u00b7 Skelby Coast Mercury"
        ],
        11,
        False,
        WHITE,
        FONT,
    )
    text_box(s.shapes, 0.6, 2.75, 8.8, 1.0, ["Next Edition"], 44, True, INK, HEAD)
    text_box(
        s.shapes,
        0.6,
        3.75,
        8.8,
        0.8,
        ["Our strategy for FY29 to FY31 on one page, and how we will deliver it"],
        18,
        False,
        SLATE,
        HEAD,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.6, 4.75, 3.0, 0.04, RED)
    text_box(
        s.shapes,
        0.6,
        5.0,
        8.8,
        1.3,
        [
            "Board strategy day, Saltby \u00b7 22 May 2028",
            "Presented by the Chief Executive and the Editor-in-Chief",
            "Paper 4 of 6 \u00b7 for decision",
        ],
        12,
        False,
        GREY,
        FONT,
    )

    # 2 ------------------------------------------------------------------ summary
    s = em_page(prs, "SUMMARY", "Next Edition in brief", 2)
    em_list(
        s,
        0.4,
        1.35,
        5.7,
        5.6,
        [
            "Our print sale falls by about a tenth every year, and print still brings in nearly "
            "three-quarters of our money. Millions read us online; few of them pay.",
            "Next Edition is a three-year plan, FY29 to FY31, written as one OGSM: one "
            "objective, five goals, five strategies and the measures we will run them by.",
            "By the end of FY31 we want more than half of our revenue to come from readers, "
            "with 42,000 people paying for our journalism online.",
            "We try it first on one weekly title: the Carrowdale Gazette goes digital-first "
            "from FY29 P2.",
            "It costs \u00a34.6m over three years. Today we ask for \u00a31.9m, to take us to "
            "Gate 2.",
        ],
        13,
        INK,
        12,
    )
    for i, (value, label) in enumerate(
        [("1", "objective"), ("5", "goals"), ("5", "strategies"), ("3", "gates")]
    ):
        top = 1.4 + i * 1.35
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 6.6, top, 3.0, 1.2, NEWSPRINT)
        text_box(s.shapes, 6.75, top + 0.08, 1.0, 0.8, [value], 36, True, RED, HEAD)
        text_box(s.shapes, 7.7, top + 0.35, 1.8, 0.5, [label], 15, False, INK, FONT)

    # 3 ------------------------------------------------------------------ where we are
    s = em_page(prs, "WHERE WE ARE", "Eastmoor News today (FY28 to P9, unless stated)", 3)
    em_tiles(
        s,
        [
            ("5", "titles: one daily, the Eastmoor Courier, and four weeklies"),
            ("14,200", "Courier copies sold a day, 11% fewer than a year ago"),
            ("2.3m", "monthly unique browsers across our five websites"),
            ("11,800", "digital subscribers, every one of them to the Courier"),
            ("36%", "of FY27 revenue of \u00a321.4m came from readers"),
            ("96", "journalists in Saltby and four district offices"),
        ],
        1.4,
    )
    em_list(
        s,
        0.4,
        4.45,
        9.2,
        2.4,
        [
            "\u2014  Only the Courier's website has a meter; the four weekly sites are free to "
            "read.",
            "\u2014  The weeklies are laid out for print first and go online afterwards, when "
            "there is time.",
            "\u2014  Our print contract with Northline runs to June 2030, on a press we share "
            "with another publisher.",
        ],
        12.5,
        INK,
        8,
    )

    # 4 ------------------------------------------------------------------ why change (chart)
    s = em_page(prs, "WHY CHANGE", "Where our money comes from, FY24 to FY28", 4)
    data = CategoryChartData()
    data.categories = ["FY24", "FY25", "FY26", "FY27", "FY28 forecast"]
    data.add_series("Print advertising", (12.6, 11.5, 10.3, 9.1, 8.2))
    data.add_series("Print sales", (7.9, 7.5, 7.1, 6.7, 6.3))
    data.add_series("Digital advertising", (1.9, 2.0, 2.2, 2.3, 2.4))
    data.add_series("Digital subscriptions", (0.3, 0.5, 0.7, 0.9, 1.1))
    data.add_series("Events", (0.3, 0.3, 0.4, 0.4, 0.4))
    data.add_series("Other", (2.3, 2.2, 2.1, 2.0, 2.0))
    frame = s.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_STACKED, Inches(0.4), Inches(1.35), Inches(5.8), Inches(5.5), data
    )
    chart = frame.chart
    chart.has_title = True
    chart.chart_title.text_frame.text = "Revenue by source, \u00a3m"
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    chart.legend.font.size = Pt(9)
    palette = [RED, (201, 112, 104), SLATE, (120, 150, 178), (196, 168, 92), (170, 170, 170)]
    for series, color in zip(chart.plots[0].series, palette, strict=True):
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = rgb(color)
    em_list(
        s,
        6.45,
        1.45,
        3.15,
        5.4,
        [
            "Print advertising has fallen by \u00a33.5m in three years.",
            "Digital subscriptions have tripled since FY24, from a small base.",
            "If nothing changes, revenue falls to about \u00a317m by FY31, and the weeklies "
            "stop paying for themselves in FY30.",
        ],
        13,
        INK,
        14,
    )

    # 5 ------------------------------------------------------------------ OGSM on a page
    s = em_page(prs, "NEXT EDITION ON A PAGE", "Our OGSM, FY29 to FY31", 5)
    ogsm = [
        ("Objective", "Goals", "Strategies", "Measures"),
        (
            "Be the first place people in Eastmoor turn to for local news, with our journalism "
            "paid for mainly by the readers who value it.",
            "G1  Reader revenue: 55% of total revenue in FY31 (36% in FY27)\n"
            "G2  Digital subscribers: 42,000 by FY31 P12 (11,800 today)\n"
            "G3  Logged-in readers: 150,000 a week by FY30 P12 (38,000 today)\n"
            "G4  Digital advertising and events: \u00a34.5m in FY31 (\u00a32.7m in FY27)\n"
            "G5  All five titles in print, each with a positive contribution, through FY31",
            "S1  Digital-first newsrooms: publish online first on all five titles, and build "
            "print from what we have published",
            "Dashboard: weekly-title stories online before print; reader trust score\n"
            "Key actions: content hub desk; web-first shifts; Inkwell linked to print pages",
        ),
        (
            "",
            "",
            "S2  Earn the subscription: a meter on every site, offers that fit, fewer "
            "cancellations",
            "Dashboard: digital subscribers; monthly churn\n"
            "Key actions: meter on the weekly sites; subscribing in the app; print + digital "
            "bundle",
        ),
        (
            "",
            "",
            "S3  Know our readers: registration, newsletters and one reader record",
            "Dashboard: logged-in readers; newsletter readers\n"
            "Key actions: register after three articles; a newsletter for every title; Postbox "
            "linked to Keystone",
        ),
        (
            "",
            "",
            "S4  Local business partner: sell audiences, not pages, and grow our events",
            "Dashboard: digital advertising and events revenue\n"
            "Key actions: audience packages by district; newsletter sponsors; the Business "
            "Awards and breakfasts",
        ),
        (
            "",
            "",
            "S5  Print that pays: pages where they earn, a better print deal, less waste",
            "Dashboard: unsold copies; print contribution by title\n"
            "Key actions: pagination from advertising; Tuesday deadline; Northline renewal",
        ),
    ]
    em_table(
        s,
        ogsm,
        [1.55, 2.55, 2.55, 2.55],
        1.3,
        size=8.5,
        row_h=1.0,
        head_h=0.35,
        merges=[(1, 0, 5, 0), (1, 1, 5, 1)],
    )
    text_box(
        s.shapes,
        0.4,
        6.7,
        9.2,
        0.35,
        [
            "Our financial year runs July to June; P1 = July. Baselines are at FY28 P9 (March "
            "2028) unless stated."
        ],
        9,
        False,
        GREY,
        FONT,
        None,
        True,
    )

    # 6-10 --------------------------------------------------------------- one slide per strategy
    em_strategy(
        prs,
        1,
        6,
        "Digital-first newsrooms",
        "Publish online first on all five titles, and build print from what we have published.",
        "Serves G1 and G3  \u00b7  Dashboard: weekly-title stories online before print; reader "
        "trust score",
        [
            (
                "Set up one content hub desk in Saltby that plans and publishes for all five sites",
                "Editor-in-Chief",
                "FY29 P1",
                "FY29 P9",
            ),
            (
                "Move the Carrowdale Gazette's reporters to web-first shifts (7am and 2pm starts)",
                "Editor, Weekly Titles",
                "FY29 P2",
                "FY29 P6",
            ),
            (
                "Link Inkwell to the weeklies' InDesign pages, so stories reach print without copy "
                "and paste",
                "Head of Technology",
                "FY29 P4",
                "FY30 P3",
            ),
            (
                "Take web-first working to the Hollinbeck, Brantwick and Skelby titles",
                "Editor, Weekly Titles",
                "FY29 P7",
                "FY30 P6",
            ),
            (
                "Train every reporter in live pages, short video and headlines for search",
                "Head of People",
                "FY29 P3",
                "FY30 P6",
            ),
            (
                "Publish a corrections and standards page on every site",
                "Editor-in-Chief",
                "FY29 P5",
                "FY29 P7",
            ),
            (
                "Run a reader trust survey every spring, the first in FY29 P10",
                "Audience Data Manager",
                "FY29 P10",
                "FY31 P10",
            ),
        ],
    )
    em_strategy(
        prs,
        2,
        7,
        "Earn the subscription",
        "A meter on every site, offers that fit each title, and fewer cancellations.",
        "Serves G1 and G2  \u00b7  Dashboard: digital subscribers; monthly churn",
        [
            (
                "Switch on the Keystone meter for the four weekly sites, Carrowdale first",
                "Head of Reader Revenue",
                "FY29 P3",
                "FY30 P6",
            ),
            (
                "Tighten the Courier meter from ten to five free articles a month, in two steps",
                "Head of Reader Revenue",
                "FY29 P5",
                "FY29 P10",
            ),
            (
                "Let readers subscribe and pay inside the Courier app",
                "Head of Technology",
                "FY29 P6",
                "FY30 P2",
            ),
            (
                "Offer a print + digital bundle to Moorline's home-delivery subscribers",
                "Head of Reader Revenue",
                "FY29 P8",
                "FY30 P6",
            ),
            (
                "Call every annual subscriber 30 days before renewal",
                "Head of Reader Revenue",
                "FY29 P4",
                "FY31 P12",
            ),
            (
                "Buy an offer-testing tool for Keystone and test three prices on the weekly sites",
                "Head of Reader Revenue",
                "FY29 P9",
                "FY30 P3",
            ),
        ],
        "Public-safety news stays free on every site: severe weather, road closures, missing "
        "people.",
    )
    em_strategy(
        prs,
        3,
        8,
        "Know our readers",
        "Registration, a newsletter for every title, and one record of each reader.",
        "Serves G2 and G3  \u00b7  Dashboard: logged-in readers; newsletter readers",
        [
            (
                "Build the Next Edition dashboard in the Reader Data Hub",
                "Audience Data Manager",
                "FY29 P1",
                "FY29 P4",
            ),
            (
                "Ask readers to register after three free articles on all five sites",
                "Audience Data Manager",
                "FY29 P4",
                "FY29 P12",
            ),
            (
                "Launch a weekly newsletter for each weekly title and a 7am briefing for the "
                "Courier",
                "Newsletters Editor",
                "FY29 P2",
                "FY29 P12",
            ),
            (
                "Link Postbox sign-ups to Keystone accounts",
                "Head of Technology",
                "FY29 P4",
                "FY29 P9",
            ),
            (
                "Recruit a data engineer for the audience data team",
                "Audience Data Manager",
                "FY29 P3",
                "FY29 P6",
            ),
            (
                "Load Postbox and Moorline's print subscriber file into the Reader Data Hub",
                "Audience Data Manager",
                "FY29 P6",
                "FY30 P2",
            ),
        ],
    )
    em_strategy(
        prs,
        4,
        9,
        "Local business partner",
        "Sell audiences, not pages, and grow our events.",
        "Serves G4  \u00b7  Dashboard: digital advertising and events revenue",
        [
            (
                "Retrain the advertising sales team to sell digital audience packages by district",
                "Commercial Director",
                "FY29 P3",
                "FY29 P9",
            ),
            (
                "Sell each weekly title's newsletter to one local sponsor a quarter",
                "Commercial Director",
                "FY29 P4",
                "FY31 P12",
            ),
            (
                "Run the Eastmoor Business Awards and three business breakfasts every year",
                "Events Manager",
                "FY29 P4",
                "FY31 P12",
            ),
            (
                "Move event bookings and sponsors from spreadsheets into AdBook",
                "Events Manager",
                "FY29 P7",
                "FY29 P12",
            ),
            (
                "Open a self-serve booking page for small notices and classified ads",
                "Commercial Director",
                "FY30 P1",
                "FY30 P9",
            ),
        ],
    )
    em_strategy(
        prs,
        5,
        10,
        "Print that pays",
        "Pages where they earn, a better print deal and less waste.",
        "Serves G5  \u00b7  Dashboard: unsold copies; print contribution by title",
        [
            (
                "Set each weekly's pagination from its advertising, in steps of four pages",
                "Head of Production and Print",
                "FY29 P4",
                "FY29 P9",
            ),
            (
                "Move the weeklies' press deadline from Wednesday to Tuesday night",
                "Head of Production and Print",
                "FY29 P6",
                "FY30 P3",
            ),
            (
                "Match copies to each newsagent's sale from the wholesaler's returns",
                "Head of Production and Print",
                "FY29 P5",
                "FY30 P6",
            ),
            (
                "Renegotiate the Northline print contract before it ends in June 2030",
                "Finance Director",
                "FY29 P10",
                "FY30 P12",
            ),
            (
                "Review the Courier's Saturday edition: price, pagination and sections",
                "Editor-in-Chief",
                "FY30 P1",
                "FY30 P6",
            ),
        ],
        "No weekly title closes or merges during Next Edition (see Choices, slide 15).",
    )

    # 11 ----------------------------------------------------------------- dashboard
    s = em_page(prs, "DASHBOARD", "The Next Edition dashboard: nine measures", 11)
    dash = [
        ("Measure", "Baseline", "Target", "By", "Goal"),
        ("Reader revenue as a share of total revenue", "36% (FY27)", "55%", "FY31", "G1"),
        (
            "Digital subscribers (paying, all titles)",
            "11,800",
            "42,000",
            "FY31 P12",
            "G2 \u00b7 S2",
        ),
        ("Monthly churn, digital subscriptions", "4.6%", "2.8%", "FY30 P12", "S2"),
        ("Logged-in readers per week", "38,000", "150,000", "FY30 P12", "G3 \u00b7 S3"),
        ("Readers opening a newsletter each week", "21,500", "70,000", "FY31 P6", "S3"),
        ("Weekly-title stories published online before print", "18%", "90%", "FY30 P6", "S1"),
        (
            "Digital advertising and events revenue",
            "\u00a32.7m (FY27)",
            "\u00a34.5m a year",
            "FY31",
            "G4 \u00b7 S4",
        ),
        ("Unsold copies of the weekly titles", "29%", "20%", "FY30 P12", "S5"),
        (
            "Reader trust score",
            "Not yet measured",
            "To be set after the first survey",
            "\u2014",
            "S1",
        ),
    ]
    em_table(s, dash, [4.0, 1.45, 1.75, 1.0, 1.0], 1.35, size=10.5, row_h=0.5, bold_first_col=True)
    text_box(
        s.shapes,
        0.4,
        6.45,
        9.2,
        0.5,
        [
            "Baseline: FY28 P9 unless marked. Each measure is reported to the Steering Board "
            "every period."
        ],
        9.5,
        False,
        GREY,
        FONT,
        None,
        True,
    )
    notes(
        s,
        [
            "The trust score has no target yet: we have never asked readers how far they "
            "trust us. The first survey in FY29 P10 gives the baseline and the Board will be "
            "asked to set the target then.",
            "Churn is the average monthly share of digital subscribers who cancel.",
        ],
    )

    # 12 ----------------------------------------------------------------- roadmap
    s = em_page(prs, "ROADMAP", "Three phases over six fiscal halves", 12)
    road = [
        (
            "",
            "H1 FY29\nJul-Dec 2028",
            "H2 FY29\nJan-Jun 2029",
            "H1 FY30\nJul-Dec 2029",
            "H2 FY30\nJan-Jun 2030",
            "H1 FY31\nJul-Dec 2030",
            "H2 FY31\nJan-Jun 2031",
        ),
        (
            "Phase",
            "Phase 1 \u00b7 Prove it in Carrowdale",
            "Phase 2 \u00b7 Every title, every site",
            "",
            "Phase 3 \u00b7 Pay our way",
            "",
            "",
        ),
        (
            "S1 Newsrooms",
            "Hub desk; Carrowdale web-first",
            "Hollinbeck, Brantwick, Skelby web-first",
            "Inkwell linked to print pages",
            "Reporters' training complete",
            "",
            "",
        ),
        (
            "S2 Subscription",
            "Carrowdale meter",
            "Courier meter to five; weekly sites metered",
            "Subscribe in the app; bundle",
            "Offer tests",
            "Renewal calls",
            "42,000 subscribers",
        ),
        (
            "S3 Readers",
            "Dashboard; newsletters",
            "Registration on all sites",
            "Postbox and Moorline in the Hub",
            "150,000 logged-in readers",
            "",
            "",
        ),
        (
            "S4 Business",
            "Sales retraining",
            "AdBook for events",
            "",
            "Self-serve notices",
            "",
            "\u00a34.5m a year",
        ),
        (
            "S5 Print",
            "Pagination bands",
            "Tuesday deadline",
            "Newsagent copies matched",
            "Northline renewal signed",
            "",
            "",
        ),
        (
            "Gates",
            "Gate 1 \u00b7 end of FY29 P6 \u00b7 Carrowdale go/no-go",
            "",
            "Gate 2 \u00b7 end of FY30 P6 \u00b7 every title web-first and metered",
            "",
            "",
            "Gate 3 \u00b7 end of FY31 P12 \u00b7 close Next Edition; the titles own the dashboard",
        ),
    ]
    em_table(
        s,
        road,
        [1.1, 1.35, 1.35, 1.35, 1.35, 1.35, 1.35],
        1.35,
        size=8,
        row_h=0.58,
        head_fill=SLATE,
        merges=[(1, 2, 1, 3), (1, 4, 1, 6)],
        bold_first_col=True,
    )

    # 13 ----------------------------------------------------------------- pilot
    s = em_page(prs, "PILOT", "Pilot: the Carrowdale Gazette goes digital-first", 13)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.4, 1.35, 3.0, 5.5, NEWSPRINT)
    text_box(s.shapes, 0.55, 1.45, 2.8, 0.35, ["The Gazette"], 14, True, RED, HEAD)
    em_list(
        s,
        0.55,
        1.85,
        2.75,
        4.9,
        [
            "Weekly since 1868, published on Thursdays",
            "3,900 copies a week",
            "41,000 unique browsers a month, free to read",
            "A chief reporter, two reporters and a trainee",
            "Why Carrowdale: a small team that asked to go first, and a website with no meter "
            "to switch off.",
        ],
        11,
        INK,
        8,
    )
    text_box(
        s.shapes, 3.7, 1.35, 5.9, 0.35, ["What we will do, FY29 P2 to P6"], 14, True, INK, HEAD
    )
    em_list(
        s,
        3.7,
        1.75,
        5.9,
        2.7,
        [
            "\u25aa  Web-first shifts for the Gazette's four journalists from FY29 P2",
            "\u25aa  The Keystone meter on carrowdalegazette.co.uk from FY29 P3, at ten free "
            "articles",
            "\u25aa  'Carrowdale This Week', a Thursday newsletter, from FY29 P2",
            "\u25aa  The print edition built from stories already published online",
            "\u25aa  Two local sponsors for the newsletter, sold by the advertising team",
        ],
        11.5,
        INK,
        6,
    )
    text_box(
        s.shapes,
        3.7,
        4.55,
        5.9,
        0.35,
        ["Pass marks at Gate 1 (end of FY29 P6)"],
        14,
        True,
        INK,
        HEAD,
    )
    em_list(
        s,
        3.7,
        4.95,
        5.9,
        1.9,
        [
            "\u2713  600 paying digital subscribers to the Gazette",
            "\u2713  80% of Gazette stories online before they are in print",
            "\u2713  Print sale down no more than 12% on the same weeks a year earlier",
        ],
        11.5,
        INK,
        6,
    )

    # 14 ----------------------------------------------------------------- risks
    s = em_page(prs, "RISKS", "What could stop us, and what we will do about it", 14)
    risks = [
        ("Risk", "Likelihood", "Impact", "Mitigation", "Owner"),
        (
            "R1  Weekly print readers stop buying once stories are online first",
            "Medium",
            "High",
            "Keep an 'only in print' page each week: puzzles, nostalgia, family notices; "
            "watch the sale every week",
            "Editor, Weekly Titles",
        ),
        (
            "R2  A tighter meter drives casual readers away and page views fall",
            "Medium",
            "Medium",
            "Tighten in two steps and hold each for two periods; stop if page views "
            "fall by more than 10%",
            "Head of Reader Revenue",
        ),
        (
            "R3  The chapel does not agree web-first shifts in time for the pilot",
            "Medium",
            "High",
            "Open consultation in week 2; agree the Carrowdale pattern as a trial, "
            "reviewed at Gate 1",
            "Head of People",
        ),
        (
            "R4  Northline will not move the weeklies' press slot before the contract ends",
            "High",
            "Medium",
            "Give 12 weeks' notice in week 6; price a second printer for the 2030 renewal",
            "Head of Production and Print",
        ),
        (
            "R5  The audience data team cannot carry the Hub, registration and the dashboard",
            "High",
            "High",
            "Extend Fieldstone's support to eight days a month until the data engineer starts",
            "Audience Data Manager",
        ),
        (
            "R6  We cannot reach print subscribers, because Moorline holds their details",
            "Medium",
            "Medium",
            "Ask Moorline for a monthly file with email addresses; offer print "
            "subscribers free digital access when they register",
            "Head of Reader Revenue",
        ),
    ]
    em_table(s, risks, [2.75, 0.9, 0.75, 3.1, 1.7], 1.35, size=9, row_h=0.72)

    # 15 ----------------------------------------------------------------- choices
    s = em_page(prs, "CHOICES", "What Next Edition will not do", 15)
    choices = [
        (
            "We will not close or merge any of the four weekly titles before the end of FY31.",
            "Each title is a name its town knows; the plan is to make each one pay.",
        ),
        (
            "We will not put public-safety news behind the meter.",
            "Severe weather, road closures and missing people stay free to everyone.",
        ),
        (
            "We will not build our own paywall, CMS or app.",
            "We configure what we buy, and spend our own effort on journalism.",
        ),
        (
            "We will not chase page views from outside Eastmoor.",
            "Traffic from elsewhere earns little and is not a target.",
        ),
        (
            "We will not launch or buy new titles during Next Edition.",
            "Five titles are enough to change at once.",
        ),
    ]
    for i, (head, why) in enumerate(choices):
        top = 1.4 + i * 1.08
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.4, top, 0.08, 0.9, RED)
        rich_box(
            s.shapes,
            0.6,
            top,
            9.0,
            0.95,
            [[(head, True, INK)], [(why, False, GREY)]],
            13,
            FONT,
            2,
        )

    # 16 ----------------------------------------------------------------- first 12 weeks
    s = em_page(prs, "FIRST 12 WEEKS", "FY29 weeks 1 to 12: 3 July to 22 September 2028", 16)
    weeks = [
        ("Week", "Action", "Lead"),
        (
            "Wk 1",
            "Hold the first Steering Board and publish the three gate dates",
            "Chief Executive",
        ),
        (
            "Wk 2",
            "Open formal consultation with the NUJ chapel on web-first shifts at Carrowdale",
            "Head of People",
        ),
        (
            "Wk 2",
            "Freeze the FY28 P9 baselines for all nine dashboard measures",
            "Audience Data Manager",
        ),
        (
            "Wk 3",
            "Ask Moorline for a monthly file of print subscribers with email addresses",
            "Head of Reader Revenue",
        ),
        ("Wk 4", "Take the weekly-site meter to the Readers' Panel", "Head of Reader Revenue"),
        (
            "Wk 5",
            "Start the data protection impact assessment for registration",
            "Audience Data Manager",
        ),
        (
            "Wk 6",
            "Give Northline 12 weeks' notice of the Gazette's Tuesday deadline",
            "Head of Production and Print",
        ),
        ("Wk 7", "Send the first 'Carrowdale This Week' newsletter", "Newsletters Editor"),
        (
            "Wk 10",
            "Switch on the meter on carrowdalegazette.co.uk at ten free articles",
            "Head of Reader Revenue",
        ),
        ("Wk 12", "Advertise the data engineer post", "Audience Data Manager"),
    ]
    em_table(s, weeks, [0.8, 6.0, 2.4], 1.35, size=10.5, row_h=0.48)

    # 17 ----------------------------------------------------------------- governance
    s = em_page(prs, "GOVERNANCE", "How we will run Next Edition", 17)
    em_list(
        s,
        0.4,
        1.4,
        9.2,
        5.5,
        [
            "Sponsor: the Chief Executive, who chairs the Next Edition Steering Board.",
            "Steering Board: the Chief Executive (chair), Editor-in-Chief, Finance Director, "
            "Commercial Director, Head of Reader Revenue and Head of Production and Print; the "
            "Programme Manager is its secretary.",
            "It meets in the first week of every period and reviews the dashboard and the risk "
            "log.",
            "At each gate the Chief Executive decides go, change or stop, and releases the next "
            "phase's budget.",
            "We consult the NUJ chapel before any change to shifts or rotas, the Readers' Panel "
            "before any change to the meter, and the Data Protection Officer before any new use "
            "of reader data.",
            "The Holdings board sees the dashboard every quarter.",
        ],
        13,
        INK,
        12,
    )

    # 18 ----------------------------------------------------------------- the ask
    s = em_page(prs, "DECISIONS", "What we ask of the Board today", 18)
    em_list(
        s,
        0.4,
        1.4,
        5.6,
        5.4,
        [
            "1.  Approve Next Edition and its OGSM as our strategy for FY29 to FY31.",
            "2.  Approve \u00a34.6m over three years, and release \u00a31.9m now for Phase 1 "
            "and Phase 2 up to Gate 2.",
            "3.  Authorise the Finance Director to open talks with Northline on the contract "
            "that follows June 2030.",
            "4.  Note that consultation with the NUJ chapel opens in week 2 of FY29.",
        ],
        13,
        INK,
        14,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 6.3, 1.4, 3.3, 3.6, NEWSPRINT)
    text_box(s.shapes, 6.45, 1.5, 3.0, 0.4, ["The \u00a34.6m"], 14, True, RED, HEAD)
    em_list(
        s,
        6.45,
        1.95,
        3.05,
        3.0,
        [
            "People and training: \u00a32.2m",
            "Systems and tools: \u00a31.3m",
            "Marketing of subscriptions: \u00a30.8m",
            "Contingency: \u00a30.3m",
        ],
        12,
        INK,
        8,
    )
    return prs


# =========================================================================== org folder

# (department, [(role, reports to, involvement, purpose, [responsibilities])])
ROLES: list[tuple[str, list[tuple[str, str, str, str, list[str]]]]] = [
    (
        "Executive",
        [
            (
                "Chief Executive",
                "Chair, Eastmoor News Holdings board",
                "Core",
                "Leads Eastmoor News and is the sponsor of Next Edition.",
                [
                    "Chairs the Next Edition Steering Board and is accountable for the "
                    "programme as a whole.",
                    "Decides at each gate whether the work goes on, changes or stops.",
                    "Releases each phase's budget within the total the Holdings board approves.",
                    "Reports the dashboard to the Holdings board every quarter.",
                ],
            ),
            (
                "Finance Director",
                "Chief Executive",
                "Core",
                "Keeps the company's finances and the commercial terms of its big contracts.",
                [
                    "Owns the Next Edition budget, its business cases and the monthly revenue "
                    "figures, reader revenue's share of total revenue among them.",
                    "Negotiates the print contract with Northline Print and the distribution "
                    "contract with Moorline Distribution, with the Head of Production and Print.",
                    "Approves subscription prices with the Head of Reader Revenue.",
                ],
            ),
            (
                "Programme Manager, Next Edition",
                "Chief Executive",
                "Core",
                "Runs the programme office for Next Edition.",
                [
                    "Keeps the programme plan, the gate dates and the risk log.",
                    "Writes the Steering Board papers and is its secretary.",
                    "Assembles the period dashboard pack with the Audience Data Manager.",
                    "Runs change control across the five strategies.",
                ],
            ),
        ],
    ),
    (
        "Editorial",
        [
            (
                "Editor-in-Chief",
                "Chief Executive",
                "Core",
                "Edits The Eastmoor Courier and is editorial director of the four weekly titles.",
                [
                    "Sets the editorial strategy and the newsroom structure for all five titles, "
                    "the content hub desk included.",
                    "Decides what goes behind the meter and what stays free to read.",
                    "Answers for the titles' compliance with the Editors' Code of Practice.",
                    "Owns the corrections and standards pages and the reader trust measure.",
                    "Owns the Courier's print edition, its Saturday edition included.",
                ],
            ),
            (
                "Head of Digital Publishing",
                "Editor-in-Chief",
                "Core",
                "Runs the five websites and the Courier app as editorial products.",
                [
                    "Owns homepages, live pages, push alerts, search and social publishing.",
                    "Is the editorial product owner of Inkwell.",
                    "Sets the web-first publishing schedule and the hub desk's rota of digital "
                    "editors.",
                    "Leads short video across the titles.",
                ],
            ),
            (
                "Editor, Weekly Titles",
                "Editor-in-Chief",
                "Core",
                "Edits the Hollinbeck Advertiser, the Carrowdale Gazette, the Brantwick Times "
                "and the Skelby Coast Mercury.",
                [
                    "Runs the four weekly newsrooms and their print and web editions.",
                    "Leads web-first working on the weeklies, the Carrowdale pilot first.",
                    "Decides each weekly's page plan with the Head of Production and Print.",
                    "Agrees the content of the weekly titles' newsletters with the Newsletters "
                    "Editor.",
                ],
            ),
            (
                "Chief Reporter, Carrowdale Gazette",
                "Editor, Weekly Titles",
                "Extended",
                "Leads the Gazette's reporting team of three in Carrowdale.",
                [
                    "Plans the Gazette's news list each day.",
                    "Tries the web-first shift pattern in the pilot and reports how it works.",
                    "Writes the 'Carrowdale This Week' newsletter.",
                ],
            ),
            (
                "Newsletters Editor",
                "Head of Digital Publishing",
                "Core",
                "Runs Eastmoor News's newsletters.",
                [
                    "Owns the newsletter portfolio in Postbox: what we send, when and to whom.",
                    "Owns sign-up forms on the five sites and newsletter open rates.",
                    "Agrees sponsorship slots in newsletters with the Commercial Director.",
                ],
            ),
        ],
    ),
    (
        "Reader revenue and audience",
        [
            (
                "Head of Reader Revenue",
                "Chief Executive",
                "Core",
                "Grows and keeps the readers who pay us, online and in print.",
                [
                    "Is the product owner of Keystone: the meter, offers, prices and bundles.",
                    "Owns digital subscriber numbers, acquisition and churn.",
                    "Owns the print subscription relationship with Moorline Distribution, with "
                    "the Circulation Manager.",
                    "Runs customer service for subscribers through the Customer Services Team "
                    "Leader.",
                ],
            ),
            (
                "Audience Data Manager",
                "Head of Reader Revenue",
                "Core",
                "Leads the audience data team (the manager and one analyst).",
                [
                    "Owns the Reader Data Hub and the Fieldstone Analytics support contract.",
                    "Owns registration data, reader accounts' data and the tagging of GA4 and "
                    "Pulse.",
                    "Builds the dashboards and keeps the baselines of the Next Edition measures.",
                    "Runs reader surveys, the trust survey among them.",
                ],
            ),
            (
                "Customer Services Team Leader",
                "Head of Reader Revenue",
                "Extended",
                "Leads the six-person customer services team in Saltby.",
                [
                    "Answers subscribers' calls and emails, print and digital.",
                    "Handles cancellations and the save offers agreed by the Head of Reader "
                    "Revenue.",
                ],
            ),
        ],
    ),
    (
        "Commercial",
        [
            (
                "Commercial Director",
                "Chief Executive",
                "Core",
                "Leads advertising, sponsorship and events revenue.",
                [
                    "Leads the 24-strong advertising sales team, print and digital.",
                    "Owns AdBook, digital audience packages and the digital advertising rate card.",
                    "Owns sponsorship, classified advertising and public and family notices.",
                    "Owns events revenue, through the Events Manager.",
                ],
            ),
            (
                "Local Advertising Sales Manager",
                "Commercial Director",
                "Extended",
                "Manages the district sales executives who sell to local businesses.",
                [
                    "Runs the district sales teams' targets and diaries.",
                    "Gathers what advertisers ask for and feeds it back to the Commercial "
                    "Director.",
                ],
            ),
            (
                "Events Manager",
                "Commercial Director",
                "Core",
                "Runs Eastmoor News's events.",
                [
                    "Owns the Eastmoor Business Awards, the business breakfasts and the Best of "
                    "Eastmoor awards.",
                    "Owns ticketing, event bookings and event sponsors.",
                    "Keeps the events calendar with the editors.",
                ],
            ),
        ],
    ),
    (
        "Production, print and technology",
        [
            (
                "Head of Production and Print",
                "Finance Director",
                "Core",
                "Gets every title made up, printed and into the shops.",
                [
                    "Owns page production and pagination for all five titles.",
                    "Owns PageFlow and the weeklies' InDesign templates.",
                    "Manages the Northline Print contract day to day: deadlines and press slots.",
                    "Owns newsstand distribution through the wholesaler, copies supplied to "
                    "newsagents and unsold copies.",
                ],
            ),
            (
                "Circulation Manager",
                "Head of Production and Print",
                "Extended",
                "Looks after newsagent supply and home delivery.",
                [
                    "Keys in the wholesaler's returns and reports sale by title and shop.",
                    "Is the day-to-day contact for Moorline Distribution.",
                ],
            ),
            (
                "Head of Technology",
                "Finance Director",
                "Core",
                "Runs every system Eastmoor News uses and the contracts for them.",
                [
                    "Owns Inkwell, Keystone's integration with our sites, the Courier app and "
                    "its app store accounts.",
                    "Owns PageFlow's hosting, AdBook's set-up and Postbox's integration.",
                    "Owns networks and the offices' connections.",
                    "Manages technology suppliers and the technology budget.",
                ],
            ),
        ],
    ),
    (
        "People",
        [
            (
                "Head of People",
                "Chief Executive",
                "Core",
                "Leads HR, organisation design and training.",
                [
                    "Leads consultation with the NUJ chapel under the house agreement.",
                    "Designs shift patterns and rotas with the editors.",
                    "Runs recruitment.",
                    "Runs the newsroom training programme and its \u00a365,000 a year budget: the "
                    "NCTJ diploma and shorthand for trainees, and video and data courses.",
                ],
            ),
        ],
    ),
    (
        "Consulted",
        [
            (
                "NUJ Chapel Representative",
                "Elected by the NUJ chapel",
                "Consult only",
                "Speaks for the journalists who are members of the NUJ chapel.",
                [
                    "Is consulted on any change to journalists' shifts, rotas and job "
                    "descriptions.",
                    "Owns no Next Edition work.",
                ],
            ),
            (
                "Readers' Editor",
                "Chief Executive, for independence",
                "Consult only",
                "Handles readers' complaints and is our contact with IPSO.",
                [
                    "Is consulted on the corrections and standards pages and on what stays free.",
                    "Owns no Next Edition work, so that complaints are judged independently.",
                ],
            ),
            (
                "Data Protection Officer",
                "Finance Director, with direct access to the Holdings board",
                "Consult only",
                "Advises on data protection law and on how we use readers' personal data.",
                [
                    "Is consulted before any new collection or new use of reader data.",
                    "Reviews data protection impact assessments.",
                ],
            ),
            (
                "Chair, Readers' Panel",
                "Readers' Panel",
                "Consult only",
                "Chairs the Readers' Panel of 14 readers from across Eastmoor.",
                [
                    "Gives the panel's view before any change to the meter or to what readers "
                    "can read free.",
                ],
            ),
        ],
    ),
]


def role_profiles_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = DocxPt(11)
    doc.add_heading("Next Edition: role profiles", level=0)
    doc.add_paragraph(
        "These profiles say who does what in Next Edition. Core roles own work in the plan; "
        "extended roles give time when their manager asks; roles marked consult only are asked "
        "for their view before decisions and own no work. Kept by the Head of People, May 2028."
    )
    for department, roles in ROLES:
        doc.add_heading(department, level=1)
        for name, boss, involvement, purpose, duties in roles:
            doc.add_heading(name, level=2)
            doc.add_paragraph(f"Reports to: {boss}")
            doc.add_paragraph(f"Programme involvement: {involvement}")
            doc.add_paragraph(f"Purpose of the role: {purpose}")
            doc.add_paragraph("Key responsibilities:")
            for duty in duties:
                doc.add_paragraph(duty, style="List Bullet")
    return ooxml_bytes(
        doc,
        Stamp(FIXED_ZIP_TIME, FIXED_W3C),  # the deck's time
        author="Head of People",
        last_modified_by="Head of People",
        title="Next Edition: role profiles",
        revision=5,
    )


TERMS = """
# Next Edition Steering Board: terms of reference

Agreed by the executive team, 8 May 2028. Kept by the Programme Manager, Next Edition.

## Purpose

The Steering Board runs Next Edition, our strategy for FY29 to FY31. It keeps the five
strategies on course against the dashboard, decides at each gate whether the work goes on,
changes or stops, and holds the choices the strategy has made.

## Chair and members

Chair: the Chief Executive, as sponsor of Next Edition.

Members: the Editor-in-Chief, the Finance Director, the Commercial Director, the Head of Reader
Revenue and the Head of Production and Print. The Programme Manager, Next Edition is secretary.
The Head of Technology and the Audience Data Manager attend for any item that touches a system
or reader data. The Editor, Weekly Titles attends while the Carrowdale pilot runs.

## Meetings

The Board meets on the first Tuesday of each financial period at Eastmoor House, Saltby, for
two hours. Each strategy lead brings the strategy's dashboard measures and its actions that are
late. The Programme Manager sends the pack three working days before.

## Who decides what

| Decision | Decided by | Advised by |
|---|---|---|
| Gate: go, change or stop | Chief Executive, as chair | Steering Board |
| Releasing a phase's budget within the total the Holdings board approved | Chief Executive | Finance Director |
| The meter's setting, offers and prices | Head of Reader Revenue, reported to the next meeting | Finance Director |
| What stays free to read | Editor-in-Chief | Readers' Editor |
| Print and distribution contract terms | Finance Director | Head of Production and Print |
| Spending over \u00a3250,000 outside an approved phase budget | Board of Eastmoor News Holdings | Chief Executive |

The Holdings board meets once a quarter, and an item for it waits for its next meeting.

## Consultation

Under the house agreement with the NUJ, the chapel must be consulted for at least 30 days
before any change to journalists' shift patterns, rotas or job descriptions takes effect. The
Head of People leads that consultation, and the NUJ Chapel Representative is invited to the
Board for any item on shifts.

The Data Protection Officer must be consulted, and a data protection impact assessment
completed, before we collect new data about readers or use the data we hold in a new way.

The Readers' Panel gives its view before any change to the meter or to what readers can read
free, and its chair may attend the Board for those items.

The Readers' Editor is consulted on the corrections and standards pages and on any rule about
what stays free. The Readers' Editor owns no Next Edition work, so that complaints are judged
independently.

## Reporting

After each meeting the Programme Manager sends a one-page note to the executive team. Each
quarter the Chief Executive takes the dashboard to the Holdings board.
"""

SYSTEMS = """
# Our systems and data

Kept by the Head of Technology, with the Audience Data Manager. Reviewed April 2028.

## Inkwell (web content management)

Inkwell is the content management system for all five websites and the Courier app: a hosted
WordPress service we have used since 2019. Every journalist has an Inkwell login, and the
content hub desk will publish through it.

## Print editorial

PageFlow, our print editorial system, is used for the Courier's pages; they go to Northline as
PDFs each night. The four weekly titles are laid out in InDesign from templates on a shared
drive in Saltby, and the sub-editors copy and paste each story from Inkwell into the page by
hand.

## Keystone (meter, subscriptions and payments)

Keystone runs our metered paywall, subscriber accounts and card and direct debit payments. The
meter allows ten free articles every 30 days. It runs on eastmoorcourier.co.uk alone: Keystone
is not installed on the four weekly sites, which are free to read. Keystone shows one set of
offers to every reader at a time, and we have no way of testing two prices or two offers
against each other.

## The Courier app

The Courier app is on iOS and Android and has about 9,400 users a week. The app cannot take
payment: a reader who taps Subscribe is sent to the website to pay.

## Postbox (newsletters)

Postbox sends our eleven newsletters to about 48,000 addresses. Sign-ups in Postbox are held
apart from Keystone accounts, so we cannot tell which newsletter readers are subscribers.

## Pulse and Google Analytics

Pulse shows the newsroom what is being read, minute by minute, on screens in Saltby and in each
district office. Google Analytics 4 covers all five sites. GA4 keeps event-level data for 14
months, after which article-level figures are lost.

## Reader Data Hub

The Reader Data Hub is our data warehouse: a BigQuery project loaded each night from Keystone,
Inkwell and GA4, with dashboards in Looker Studio. The Audience Data Manager owns it. Fieldstone
Analytics built its pipelines and supports them four days a month; we have no data engineer of
our own.

## AdBook and the ad server

AdBook books every print and digital advertisement and raises the invoices. Digital
advertisements are served through Google Ad Manager. Event tickets, tables and sponsorships are
kept in a spreadsheet by the Events Manager and invoiced one by one by Finance.

## Print subscribers and home delivery

Print subscriptions and home delivery are run by Moorline Distribution, and the subscribers'
records sit in Moorline's own system, which we cannot see into. Each month Moorline sends us a
spreadsheet of the 6,300 print subscribers; about two thirds of its rows carry no email
address.

## Newsagent sales

The wholesaler sends the Courier's newsagent sales and returns each day as a data feed. For the
weeklies it sends paper returns notes each week, which the circulation team keys in about a
fortnight later.

## Printing

Northline Print prints all five titles at its Kellingford plant, on a press it shares with
Harbourside Media's titles. Our press slots are fixed in the contract: the Courier at 23:15
each night, and the weeklies from 21:00 on Wednesdays. Any change to pagination bands or press
times needs 12 weeks' notice to Northline, and the contract runs to 30 June 2030.
"""

MEASURES = """
# Next Edition dashboard: definitions

Kept by the Audience Data Manager. Each measure has one owner, who reports it to the Steering
Board every period.

| Measure | How it is counted | Source | Owner | Baseline (FY28 P9 unless stated) |
|---|---|---|---|---|
| Reader revenue as a share of total revenue | Print sales, print subscriptions and digital subscriptions as a share of all revenue in the financial year | Finance ledger | Finance Director | 36% (FY27) |
| Digital subscribers | Paying digital subscriptions at the end of the period, all titles; trial and free access left out | Keystone | Head of Reader Revenue | 11,800 |
| Monthly churn, digital subscriptions | Subscriptions cancelled or lapsed in the period as a share of those live at its start | Keystone | Head of Reader Revenue | 4.6% |
| Logged-in readers per week | Distinct reader accounts that read at least one article while logged in during the week | Keystone, GA4 | Audience Data Manager | 38,000 |
| Readers opening a newsletter each week | Distinct addresses that open at least one newsletter in the week | Postbox | Newsletters Editor | 21,500 |
| Weekly-title stories published online before print | Weekly-title stories whose first Inkwell publish time is before the title goes to press | Inkwell, page plans | Editor, Weekly Titles | 18% |
| Digital advertising and events revenue | Digital display, newsletter sponsorship, events tickets and event sponsorship in the year | AdBook, events spreadsheet | Commercial Director | \u00a32.7m (FY27) |
| Unsold copies of the weekly titles | Copies returned unsold as a share of copies supplied to newsagents | Wholesaler returns | Head of Production and Print | 29% |
| Reader trust score | Share of surveyed readers who trust our news a great deal or a fair amount | Reader survey | Editor-in-Chief | none yet |

## Notes

Reader trust has never been measured at Eastmoor News; the first survey, in FY29 P10, will give
the baseline.

Readers logged in on the app are counted by the app's own analytics as well as by Keystone, and
we cannot remove those counted twice.

Unsold copies for the weeklies come from the paper returns notes and lag by about a fortnight.

Churn is reported as the average of the periods in the year; FY28's figure is the average of P1
to P9.
"""

FACT_SHEET = """
CARROWDALE GAZETTE: FACT SHEET
Eastmoor News. Prepared for the Next Edition pilot, April 2028.

Title: Carrowdale Gazette, weekly since 1868, on sale Thursdays
Office: 14 Market Place, Carrowdale
Editor: the Editor, Weekly Titles (Saltby)

People
  A chief reporter, two reporters and a trainee reporter. The photographer is shared with the
  Hollinbeck Advertiser. Reporters work 9.30 to 18.00, Monday to Friday; nobody is rostered at
  weekends, and weekend stories are picked up by the Courier's desk.

Print
  3,900 copies a week in March 2028, 9% fewer than a year earlier. 28 to 40 pages. Pages go to
  Saltby by 16:00 on Wednesday and to press from 21:00. Sold in 61 shops.

Online
  carrowdalegazette.co.uk: 41,000 unique browsers a month in March 2028, free to read. The
  Gazette has no newsletter of its own; its stories appear in the Courier's morning email when
  there is room.

Broadband
  The Market Place line gives 30 Mbps down and 5 Mbps up, too slow to upload video from the
  office, so reporters send video from home or from the car park of the library.

Advertisers
  About 140 local businesses advertised in the Gazette in FY27, most of them in print only.
"""

EMAIL = """
From: Head of Production and Print
To: Finance Director
Cc: Editor, Weekly Titles; Programme Manager, Next Edition
Date: Thursday 27 April 2028, 11:48
Subject: Northline - Tuesday slot for the weeklies

Hi,

I had the press meeting at Kellingford yesterday. Where we are on moving the weeklies to a
Tuesday night press time:

Harbourside Media's own weeklies hold the Tuesday evening slot until 20:30, and Northline will
not move them. The only Tuesday slot free before our renewal is 22:30 to 01:00, and Northline
would charge us \u00a31,150 a week more for it, across the four titles.

They need 12 weeks' notice for the change, as the contract says, and they will want it in
writing from you rather than from me.

On the renewal itself, Northline's account manager hinted that they would rather agree a
longer term in 2029 than wait until the contract runs out. I said we would talk after the
board in May.

The Gazette could go first on its own: it is 32 pages most weeks and would fit the 22:30 slot
with room to spare.

Head of Production and Print
Eastmoor News, Saltby
"""

PANEL = """
# Readers' Panel: notes of the meeting of 17 April 2028

Eastmoor House, Saltby. Twelve of the fourteen members came; the Head of Reader Revenue and the
Editor, Weekly Titles attended for the item on the meter.

## The meter on the weekly sites

The Head of Reader Revenue explained that the four weekly sites may get the meter that the
Courier's site already has. Members asked that severe weather, road closures and missing people
stay free, and were told that this is already the Editor-in-Chief's rule for the Courier.

Two members from Skelby said they read the Mercury online every day and would pay for it if the
price were below the Courier's. One member from Carrowdale said older readers there buy the
paper for the notices and would not move online.

## Newsletters

Members liked the Courier's morning email and asked for one for each weekly title, sent on the
day the paper comes out.

## Next meeting

The Panel meets again on 24 July 2028. The Chair asked to see the weekly-site meter before it is
switched on anywhere.
"""


ORG_FILES = {
    "governance/next-edition-steering-board-terms-of-reference.md": TERMS,
    "systems/our-systems-and-data.md": SYSTEMS,
    "measures/next-edition-dashboard-definitions.md": MEASURES,
    "context/carrowdale-gazette-fact-sheet.txt": FACT_SHEET,
    "context/email-2028-04-27-northline-tuesday-slot.txt": EMAIL,
    "context/readers-panel-notes-2028-04-17.md": PANEL,
}


def main(root: Path = HERE) -> None:
    """Write the deck and the org folder under ``root / CASE``."""
    case = root / CASE
    save(build_deck(), case / DECK, "Eastmoor News", "Next Edition")
    write_files(case / "org", {"people/role-profiles.docx": role_profiles_docx(), **ORG_FILES})


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
