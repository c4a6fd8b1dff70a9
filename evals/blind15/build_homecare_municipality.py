"""Build the blind15 case ``homecare-municipality``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml):

    .venv/bin/python evals/blind15/build_homecare_municipality.py [out]

Writes, under ``evals/blind15/homecare-municipality/`` (or ``<out>/homecare-municipality/``):

- ``welfare-technology-home-care-2029-2031-social-welfare-committee-2028-12-12.pptx``: a
  Swedish municipality's plan for welfare technology in home care (Ekhamra Municipality,
  fictional, in an English translation of its register), put to the social welfare committee,
  a deck made in LIBREOFFICE IMPRESS and saved as PPTX. What such a file carries:
  ``docProps/app.xml`` naming LibreOffice 7.6 and AppVersion 15.0000 (no thumbnail part);
  Impress's 4:3 page of 28 x 21 cm (10080000 x 7560000 EMU, no ``type`` on ``p:sldSz``);
  slide layouts named as Impress names its AutoLayouts ("Title, Content", "Title, 2 Content",
  "Title Content and 2 Content", "Centered Text" ...), the master and layouts scaled to the page; shapes named
  "PlaceHolder N", "TextShape N" and "Table N"; on three slides the title typed as the first,
  bold paragraph of the outline placeholder, the title placeholder deleted; tables as native
  ``a:tbl`` with explicit cell fills and no table style; speaker notes on two slides, one of
  them holding the dates of two phases; a "Not in this plan" slide. The roadmap is a native
  table of workstreams against TERTIALS (T1 = January to April, T2 = May to August, T3 =
  September to December) of calendar years 2029 to 2031, with a "Later" column outside the
  plan.
- ``org/``: the municipality's own files: the HR system's JSON export of the programme's posts
  (``people/hr-export.json``), the social welfare committee's delegation order as a Word
  document (``people/delegation-order.docx``), the steering group's terms of reference, the
  minutes of the home-care collaboration group, the pensioners' council's rules, the systems
  and data inventory, the metric definitions, a note on night home care and Tallmora, a saved
  email on dose rolls and a summary of the inspectorate's 2027 decision.

Re-running it rewrites every file byte for byte: the OOXML packages with their ZIP entries
sorted, fixed entry times and fixed document dates; the text files as literal strings. It
never touches ``gold.json``. This is a BLIND case (split "blind15").
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt as DocxPt
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

HERE = Path(__file__).resolve().parent
CASE = "homecare-municipality"
DECK = "welfare-technology-home-care-2029-2031-social-welfare-committee-2028-12-12.pptx"
ZIP_TIME = (2028, 12, 3, 21, 14, 52)
W3C_TIME = "2028-12-03T20:14:52Z"
DOCX_ZIP_TIME = (2028, 11, 14, 10, 2, 6)
DOCX_W3C_TIME = "2028-11-14T09:02:06Z"

CM = 360000
WIDTH, HEIGHT = 28 * CM, 21 * CM  # Impress's "Screen 4:3"
OLD_WIDTH = 9144000  # python-pptx's template, scaled to Impress's page
FONT = "Liberation Sans"
TEAL = RGBColor(0x1F, 0x5C, 0x66)
INK = RGBColor(0x22, 0x2B, 0x33)
GREY = RGBColor(0x5F, 0x6B, 0x73)
PALE = RGBColor(0xE6, 0xEF, 0xF0)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
SAND = RGBColor(0xF6, 0xF1, 0xE7)

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template></Template><TotalTime>1934</TotalTime>"
    "<Application>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/"
    "4b5f7c1e2d9a3086f1c4e7b2a5d8093e6c1f4a27</Application>"
    "<AppVersion>15.0000</AppVersion><Slides>{slides}</Slides><Notes>{notes}</Notes>"
    "</Properties>"
)

# python-pptx's layout names -> the names Impress gives its AutoLayouts when it saves a PPTX
# (its export's layout table; "Title Slide" and "Title Only" are the two it shares with
# PowerPoint, and "Title Content and 2 Content" has no comma after "Title")
LAYOUT_NAMES = {
    "Title Slide": "Title Slide",
    "Title and Content": "Title, Content",
    "Section Header": "Centered Text",
    "Two Content": "Title, 2 Content",
    "Comparison": "Title, 2 Content and Content",
    "Title Only": "Title Only",
    "Blank": "Title, 6 Content",
    "Content with Caption": "Title Content and 2 Content",
    "Picture with Caption": "Title, 2 Content over Content",
    "Title and Vertical Text": "Title, Content over Content",
    "Vertical Title and Text": "Title, 4 Content",
}

Para = tuple[str, int, bool, int]  # text, level, bold, size in points


def L(text: str, size: int = 18, level: int = 0) -> Para:
    """A plain paragraph of the outline or a text box."""
    return (text, level, False, size)


def H(text: str, size: int = 20) -> Para:
    """A bold heading paragraph, without a bullet."""
    return (text, 0, True, size)


def cm(value: float) -> Emu:
    return Emu(int(round(value * CM)))


# =========================================================================== slide helpers


def _style_run(run: Any, size: int, bold: bool, color: RGBColor) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = FONT
    run.font.color.rgb = color


def _no_bullet(paragraph: Any) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", "0")
    ppr.set("indent", "0")
    etree.SubElement(ppr, qn("a:buNone"))


def fill(
    frame: Any,
    paras: Sequence[Para],
    *,
    color: RGBColor = INK,
    bullets: bool = True,
    space: int = 4,
) -> None:
    """Write ``paras`` into a text frame, one paragraph each; a bold level-0 paragraph is a
    heading without a bullet, and so is every paragraph when ``bullets`` is off."""
    frame.word_wrap = True
    for k, (text, level, bold, size) in enumerate(paras):
        p = frame.paragraphs[0] if k == 0 else frame.add_paragraph()
        p.level = level
        p.space_before = Pt(space if k else 0)
        run = p.add_run()
        run.text = text
        _style_run(run, size, bold, TEAL if bold and level == 0 else color)
        if not bullets or (bold and level == 0):
            _no_bullet(p)


def place(shape: Any, x: float, y: float, w: float, h: float) -> None:
    shape.left, shape.top, shape.width, shape.height = cm(x), cm(y), cm(w), cm(h)


def title(slide: Any, text: str, size: int = 28) -> None:
    ph = slide.shapes.title
    place(ph, 1.2, 0.7, 25.6, 2.2)
    fill(ph.text_frame, [(text, 0, True, size)], bullets=False)


def body(slide: Any, paras: Sequence[Para], box: tuple[float, float, float, float]) -> None:
    ph = slide.placeholders[1]
    place(ph, *box)
    fill(ph.text_frame, paras)


def outline_title(
    slide: Any, heading: str, paras: Sequence[Para], box: tuple[float, float, float, float]
) -> None:
    """The title typed as the first paragraph of the outline placeholder: the slide's title
    placeholder is deleted, as it is when a user clears it and writes in the outline."""
    sp = slide.shapes.title._element
    sp.getparent().remove(sp)
    ph = slide.placeholders[1]
    place(ph, *box)
    fill(ph.text_frame, [(heading, 0, True, 28), *paras])


def text_box(
    slide: Any,
    box: tuple[float, float, float, float],
    paras: Sequence[Para],
    *,
    color: RGBColor = INK,
) -> None:
    shape = slide.shapes.add_textbox(cm(box[0]), cm(box[1]), cm(box[2]), cm(box[3]))
    fill(shape.text_frame, paras, color=color, bullets=False, space=2)


def table(
    slide: Any,
    box: tuple[float, float, float, float],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    size: int,
    *,
    first_col_bold: bool = False,
) -> None:
    """A native table: the header row white on teal, the body on white and pale rows, every
    fill explicit and no table style, as Impress writes it."""
    frame = slide.shapes.add_table(
        len(rows), len(widths), cm(box[0]), cm(box[1]), cm(box[2]), cm(box[3])
    )
    tbl = frame.table
    tbl_pr = tbl._tbl.tblPr
    for child in list(tbl_pr):
        tbl_pr.remove(child)
    tbl_pr.set("firstRow", "1")
    tbl_pr.set("bandRow", "0")
    for k, w in enumerate(widths):
        tbl.columns[k].width = cm(w)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = tbl.cell(r, c)
            cell.fill.solid()
            cell.fill.fore_color.rgb = TEAL if r == 0 else (PALE if r % 2 == 0 else WHITE)
            cell.margin_left = cell.margin_right = cm(0.15)
            cell.margin_top = cell.margin_bottom = cm(0.08)
            tf = cell.text_frame
            tf.word_wrap = True
            p = tf.paragraphs[0]
            run = p.add_run()
            run.text = text
            bold = r == 0 or (first_col_bold and c == 0)
            _style_run(run, size, bold, WHITE if r == 0 else INK)


def footer(slide: Any, number: int, total: int) -> None:
    text_box(
        slide,
        (1.2, 19.9, 20.0, 0.7),
        [L("Ekhamra Municipality · Social Services Administration · SN 2028/0412", 9)],
        color=GREY,
    )
    text_box(slide, (23.8, 19.9, 3.0, 0.7), [(f"{number} / {total}", 0, False, 9)], color=GREY)


def notes(slide: Any, paras: Sequence[str]) -> None:
    frame = slide.notes_slide.notes_text_frame
    for k, text in enumerate(paras):
        p = frame.paragraphs[0] if k == 0 else frame.add_paragraph()
        p.text = text


def name_shapes(slide: Any) -> None:
    """Shape names as Impress writes them: PlaceHolder N, TextShape N, Table N."""
    for k, shape in enumerate(slide.shapes, start=1):
        c_nv_pr = shape._element.xpath("./*[1]/p:cNvPr")[0]
        if shape.is_placeholder:
            c_nv_pr.set("name", f"PlaceHolder {k}")
        elif shape.has_table:
            c_nv_pr.set("name", f"Table {k}")
        else:
            c_nv_pr.set("name", f"TextShape {k}")
    if slide.has_notes_slide:
        for k, shape in enumerate(slide.notes_slide.shapes, start=1):
            shape._element.xpath("./*[1]/p:cNvPr")[0].set("name", f"PlaceHolder {k}")


# =========================================================================== the slides

BODY = (1.2, 3.3, 25.6, 16.2)
P = 18  # body text size


def s01(prs: Any) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    ph = slide.shapes.title
    place(ph, 1.5, 5.2, 25.0, 3.4)
    fill(ph.text_frame, [H("Safe Nights, Steady Days", 40)], bullets=False)
    sub = slide.placeholders[1]
    place(sub, 1.5, 9.2, 25.0, 6.0)
    fill(
        sub.text_frame,
        [
            L("Welfare technology in home care 2029–2031", 24),
            L("Ekhamra Municipality · Social Services Administration", 16),
            L("Social welfare committee, 12 December 2028 · Item 7 · Ref. SN 2028/0412", 14),
        ],
        color=GREY,
        bullets=False,
        space=10,
    )
    return slide


def s02(prs: Any) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    title(slide, "Home care in Ekhamra in 2027")
    body(
        slide,
        [
            L("Ekhamra has 91,400 residents; 1,460 of them had home care during the year"),
            L(
                "318 people had visits at night from our three night teams, about 540 visits a night"
            ),
            L(
                "Six night visits in ten were look-in visits: to see that the person was asleep and safe"
            ),
            L("71 doses of medicine were reported as given late or not at all"),
            L("Travel between visits took 27% of the care workers' scheduled time"),
            L("One home-care employee in six left during the year"),
            L("81% of people with home care said they felt safe at home"),
        ],
        (1.2, 3.3, 25.6, 14.2),
    )
    text_box(
        slide,
        (1.2, 17.9, 25.6, 1.2),
        [
            (
                "Sources: Tidsrätt and Hemma Mobil, the deviation register, HR statistics, the "
                "National Board of Health and Welfare's user survey 2027.",
                0,
                False,
                10,
            )
        ],
        color=GREY,
    )
    return slide


def s03(prs: Any) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    outline_title(
        slide,
        "Why we cannot wait",
        [
            L(
                "Residents aged 80 and over: 4,900 today, about 6,700 in 2035 (population forecast 2028)",
                17,
            ),
            L("Keeping today's staffing ratio would take about 140 more care workers by 2035", 17),
            L(
                "Omsorgsjournalen, our documentation system since 2011, goes out of support at the end of 2030",
                17,
            ),
            (
                "In 2027 the Health and Social Care Inspectorate (IVO) criticised night visits that "
                "were missed and never written down",
                0,
                False,
                17,
            ),
            H("What we already know"),
            L("In 2019 we moved 1,100 safety alarms from analogue to digital in eleven months", 17),
            L("Our neighbour Almåsa already checks 45% of its night clients by camera", 17),
            L("The committee's budget frame allows no increase in home-care staff before 2031", 17),
        ],
        (1.2, 0.7, 25.6, 18.8),
    )
    return slide


def s04(prs: Any) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    title(slide, "Our north star")
    body(
        slide,
        [
            H("North star"),
            (
                "Every older person in Ekhamra can sleep safely at home and gets the right help at "
                "the right time.",
                1,
                False,
                P,
            ),
            H("Our ambition for June 2031"),
            (
                "Home care in Ekhamra is planned, documented and supervised digitally, so that staff "
                "spend more of their time with the people they serve.",
                1,
                False,
                P,
            ),
            H("Three moments we are designing for"),
            (
                "At night: the 22:00–06:00 look-in visits to people who live alone and only need to "
                "be seen to be safe",
                1,
                False,
                16,
            ),
            (
                "In the morning: the 07:00–10:00 doses for people whose medicines come in dose rolls",
                1,
                False,
                16,
            ),
            (
                "After a new decision: the first 14 days, when the care worker and the person agree "
                "the implementation plan",
                1,
                False,
                16,
            ),
        ],
        BODY,
    )
    return slide


def s05(prs: Any) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    title(slide, "Five pillars")
    body(
        slide,
        [
            H("1 Safe nights", 19),
            L("200 night checks a night made by camera by April 2031", 16, 1),
            H("2 Medicines on time", 19),
            (
                "150 people with a medication robot, and under 25 missed or late doses in 2030",
                1,
                False,
                16,
            ),
            H("3 One plan for each person", 19),
            L("90% of implementation plans updated within 14 days by June 2031", 16, 1),
            H("4 Time for care", 19),
            L("70% of scheduled time spent with the person by April 2031", 16, 1),
            H("5 Confident staff", 19),
            (
                "A digital champion in every team by December 2029, and turnover below 12% in 2030",
                1,
                False,
                16,
            ),
        ],
        BODY,
    )
    return slide


def pillar(
    prs: Any,
    heading: str,
    goals: Sequence[str],
    initiatives: Sequence[str],
    note: str | None = None,
    *,
    in_outline: bool = False,
) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    paras: list[Para] = [H("Goal")]
    paras += [(g, 1, False, 17) for g in goals]
    paras.append(H("Initiatives"))
    paras += [(i, 1, False, 17) for i in initiatives]
    if in_outline:
        outline_title(slide, heading, paras, (1.2, 0.7, 25.6, 17.0))
    else:
        title(slide, heading)
        body(slide, paras, (1.2, 3.3, 25.6, 14.4))
    if note:
        text_box(slide, (1.2, 17.9, 25.6, 1.4), [(note, 0, False, 11)], color=GREY)
    return slide


def s06(prs: Any) -> Any:
    return pillar(
        prs,
        "Pillar 1 · Safe nights",
        [
            "By April 2031, 200 night checks a night are made by camera instead of a visit, for "
            "people who have chosen it."
        ],
        [
            "Call off night camera supervision from the county's joint framework agreement",
            "Install a 4G router in every camera home without fixed broadband",
            "Offer camera checks to night clients whose visits are only to look in",
            "Send camera alerts straight to the night team's phones",
            "Start in one district with one night team, then roll out district by district",
        ],
        "Camera supervision is a service the person applies for and can end at any time. "
        "Images are shown live and never stored.",
    )


def s07(prs: Any) -> Any:
    return pillar(
        prs,
        "Pillar 2 · Medicines on time",
        [
            "Under 25 missed or late doses in calendar year 2030, and a medication robot for 150 "
            "people by April 2031."
        ],
        [
            "Buy 150 medication robots that take our dose pharmacy's rolls",
            "Write the nursing routine for robot refills and for delegating them",
            "Route robot alerts to the on-call nurse and log them in Kompass",
            "Start with the 40 people who had the most missed doses in 2028",
        ],
    )


def s08(prs: Any) -> Any:
    return pillar(
        prs,
        "Pillar 3 · One plan for each person",
        [
            "By June 2031, 90% of implementation plans are updated within 14 days of a new "
            "decision, and every plan is kept in Kompass."
        ],
        [
            "Move all home-care records from Omsorgsjournalen to Kompass before 2031",
            "Give every care worker Kompass on a work phone, at night too",
            "Write the implementation plan with the person, in their home, within 14 days",
        ],
        in_outline=True,
    )


def s09(prs: Any) -> Any:
    return pillar(
        prs,
        "Pillar 4 · Time for care",
        ["70% of scheduled time spent with the person by April 2031 (62% in 2027)."],
        [
            "License the route optimisation module in Tidsrätt",
            "Plan the night rotas in Tidsrätt instead of on a spreadsheet",
            "Let care workers swap visits within their team in Hemma Mobil",
            "Plan each visit around the person's own times first, then the route",
        ],
    )


def s10(prs: Any) -> Any:
    return pillar(
        prs,
        "Pillar 5 · Confident staff",
        [
            "One trained digital champion in each of our 23 home-care teams by December 2029.",
            "Staff turnover in home care below 12% in calendar year 2030.",
        ],
        [
            "Train a digital champion in every team, with four hours a month for the role",
            "Give every care worker eight paid hours of welfare-technology training a year",
            "Put welfare technology into the induction of every new care worker",
            "Sign off every care worker on Kompass before their district goes live",
        ],
    )


def s11(prs: Any) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    title(slide, "How we will know")
    table(
        slide,
        (1.2, 3.2, 25.6, 14.0),
        [
            ["Measure", "Baseline 2027", "Target", "By when"],
            [
                "Night checks made by camera instead of a visit",
                "0 of about 540 a night",
                "200 a night",
                "T1 2031",
            ],
            [
                "Doses missed or given late, reported as deviations",
                "71",
                "Under 25 a year",
                "Calendar year 2030",
            ],
            ["People with a medication robot at home", "0", "150", "T1 2031"],
            [
                "Implementation plans updated within 14 days of a new decision",
                "46%",
                "90%",
                "T2 2031 (June)",
            ],
            ["Share of scheduled time spent with the person", "62%", "70%", "T1 2031"],
            [
                "Care workers signed off on Kompass in their district",
                "–",
                "100%",
                "Before their district goes live",
            ],
            [
                "Staff turnover in home care, rolling 12 months",
                "17%",
                "Below 12%",
                "Calendar year 2030",
            ],
            [
                "People with home care who feel safe at home",
                "81%",
                "Higher than 2027",
                "Every year",
            ],
        ],
        [11.6, 4.6, 4.4, 5.0],
        13,
    )
    text_box(
        slide,
        (1.2, 17.7, 25.6, 1.6),
        [
            (
                "T1 = January–April, T2 = May–August, T3 = September–December. Baselines are for "
                "calendar year 2027; the safety question is from the national user survey.",
                0,
                False,
                11,
            )
        ],
        color=GREY,
    )
    return slide


def s12(prs: Any) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    title(slide, "Four phases, each closed by the committee")
    table(
        slide,
        (1.2, 3.2, 25.6, 15.6),
        [
            ["Phase", "What it delivers", "Gate", "What good looks like"],
            [
                "Prepare",
                "Contracts, the legal groundwork and the first night team ready",
                "Gate 1: ready to pilot?",
                "DPIA for camera supervision signed; MBL negotiation with Kommunal concluded; at "
                "least 15 households in the first district have said yes in writing",
            ],
            [
                "Pilot",
                "Camera checks at night in one district with one night team; the first 40 "
                "medication robots; Kompass tested in two districts",
                "Gate 2: roll out?",
                "12 weeks of camera checks without a missed check; no rise in falls found in the "
                "morning; the result put to the committee's meeting of 11 December 2029",
            ],
            [
                "Roll out",
                "District by district, two or three districts a tertial, until all 11 are live",
                "Gate 3: roll-out complete?",
                "All 11 districts live on camera checks and Kompass; Omsorgsjournalen closed for "
                "new entries",
            ],
            [
                "Hand over to line",
                "Support, licences and follow-up move to the line organisation; the programme "
                "closes",
                "Final report",
                "Support agreements signed; every measure reported monthly from Insikt; a "
                "benefits report to the committee",
            ],
        ],
        [4.0, 7.6, 4.6, 9.4],
        12,
        first_col_bold=True,
    )
    notes(
        slide,
        [
            "Dates to say aloud: Prepare runs through T1 2029, January to April, and closes with "
            "Gate 1 at the committee's April meeting.",
            "The Pilot runs from May to December 2029, that is T2 and T3 2029.",
            "Roll out and Hand over to line are dated on the next slide, where the two overlap.",
        ],
    )
    return slide


def s13(prs: Any) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    title(slide, "The road to June 2031")
    head = ["Workstream", "T1 2029", "T2 2029", "T3 2029", "T1 2030", "T2 2030", "T3 2030"]
    head += ["T1 2031", "T2 2031", "Later"]
    table(
        slide,
        (0.8, 3.2, 26.4, 13.0),
        [
            head,
            [
                "Phase",
                "Prepare",
                "Pilot",
                "Pilot",
                "Roll out",
                "Roll out",
                "Roll out",
                "Roll out + Hand over to line",
                "Hand over to line",
                "Line service",
            ],
            ["Committee", "◆ Gate 1", "", "◆ Gate 2", "", "", "", "◆ Gate 3", "◆ Final report", ""],
            [
                "Night camera checks",
                "Call-off",
                "1 district",
                "1 district",
                "+3 districts",
                "+3 districts",
                "+2 districts",
                "+2 districts",
                "",
                "Night sensors (to assess)",
            ],
            [
                "Medication robots",
                "Call-off",
                "Routine",
                "40 in use",
                "70",
                "100",
                "130",
                "150",
                "",
                "Next pharmacy tender",
            ],
            [
                "Kompass",
                "Configure",
                "Test, 2 districts",
                "Migrate records",
                "Live: 4 districts",
                "Live: 8 districts",
                "Live: 11 districts",
                "Omsorgsjournalen read-only",
                "",
                "Omsorgsjournalen off (2032)",
            ],
            [
                "Tidsrätt optimisation",
                "",
                "Licence",
                "Night rotas",
                "3 districts",
                "7 districts",
                "11 districts",
                "",
                "",
                "",
            ],
            [
                "Skills",
                "First night team",
                "Champions trained",
                "Champions in all 23 teams",
                "Course for all",
                "Course for all",
                "Course for all",
                "Induction",
                "",
                "",
            ],
        ],
        [3.0, 2.4, 2.4, 2.6, 2.6, 2.6, 2.6, 3.0, 2.6, 2.6],
        9,
        first_col_bold=True,
    )
    text_box(
        slide,
        (0.8, 16.5, 26.4, 3.0),
        [
            (
                "T1 = January–April, T2 = May–August, T3 = September–December. The plan runs from "
                "January 2029 to June 2031: T2 2031 counts only to the committee's June meeting.",
                0,
                False,
                11,
            ),
            (
                "Roll out and Hand over to line overlap for one tertial, T1 2031, while the last "
                "two districts go live. The Later column is outside this plan.",
                0,
                False,
                11,
            ),
        ],
        color=GREY,
    )
    return slide


def s14(prs: Any) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    title(slide, "One district, one night team")
    body(
        slide,
        [
            (
                "Night camera supervision starts in Tallmora home-care district, with Night Team "
                "North, in T2 2029.",
                0,
                False,
                18,
            ),
            (
                "Why here: 41 people with night visits, 29 of them look-in visits only; the longest "
                "night drives in the municipality; a night team that asked to go first.",
                0,
                False,
                16,
            ),
            H("Steps"),
            (
                "L-6 weeks: needs assessors hold consent conversations in every household that "
                "could take part",
                1,
                False,
                16,
            ),
            (
                "L-2 weeks: cameras and 4G routers installed and tested; Night Team North trained "
                "on the camera app",
                1,
                False,
                16,
            ),
            (
                "Go-live, 3 June 2029: camera checks replace the look-in visits of the households "
                "that said yes",
                1,
                False,
                16,
            ),
            L("Go-live + 4 weeks: first review with the night team and the households", 16, 1),
            L("Go-live + 12 weeks: evaluation for Gate 2", 16, 1),
        ],
        BODY,
    )
    notes(
        slide,
        [
            "If asked: the medication robots are not tied to this district. The first 40 go to "
            "the people with the most missed doses, wherever they live.",
        ],
    )
    return slide


def s15(prs: Any) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    title(slide, "What could go wrong")
    table(
        slide,
        (1.2, 3.2, 25.6, 15.8),
        [
            ["Risk", "Likelihood", "Mitigation"],
            [
                "A camera or router fails at night and nobody can fix it before morning",
                "Medium",
                "Keep a back-up night visit for every camera household in the pilot district; "
                "agree a night support line with the camera supplier",
            ],
            [
                "Fewer households say yes than we planned",
                "Medium",
                "Hold the conversations at home, with a relative present if the person wishes",
            ],
            [
                "Kompass is not live everywhere before Omsorgsjournalen goes out of support",
                "Medium",
                "Buy one year of extended support and keep Omsorgsjournalen read-only until 2032",
            ],
            [
                "Robots stop fitting the dose rolls when the pharmacy contract is renewed in 2030",
                "Low",
                "Write the dose-roll format into the robot contract and into the next pharmacy "
                "tender",
            ],
            [
                "Staff see the cameras as a way to watch their work",
                "Medium",
                "Agree the camera routine with Kommunal's safety representative before go-live",
            ],
        ],
        [9.0, 3.2, 13.4],
        13,
    )
    return slide


def s16(prs: Any) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    title(slide, "Clearing the runway")
    body(
        slide,
        [
            H("The first 90 days after the committee's decision, January to March 2029", 18),
            L(
                "Appoint the programme manager and the programme group (Director of Social Services)",
                15,
                1,
            ),
            L(
                "Call off camera supervision from the joint framework agreement (Head of Home Care)",
                15,
                1,
            ),
            L("Open MBL negotiations on night work with Kommunal (HR Business Partner)", 15, 1),
            L(
                "Draft the DPIA for camera supervision, the Data Protection Officer consulted (Legal Counsel)",
                15,
                1,
            ),
            L("Start the call-off of 150 medication robots (Head of Home Health Care)", 15, 1),
            L("Baseline every measure in Insikt (Quality Developer)", 15, 1),
            L("Invite the Tallmora households to information meetings", 15, 1),
            L("Present the plan to the municipal pensioners' council in February", 15, 1),
            L("Start configuring Kompass with the supplier", 15, 1),
        ],
        BODY,
    )
    return slide


def s17(prs: Any) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    outline_title(
        slide,
        "What changes on Monday",
        [
            H("In the pilot district, from the first Monday after go-live:", 19),
            L(
                "The night route list no longer has the 01:00 and 03:00 look-in visits to camera homes",
                17,
                1,
            ),
            L(
                "The night team makes the camera checks from the night base at the times in each person's plan",
                17,
                1,
            ),
            L("A missed or failed camera check is followed by a visit within 30 minutes", 17, 1),
            L(
                "The night nurse goes through the night's camera deviations at the 06:45 handover",
                17,
                1,
            ),
            L("Day staff read the night's notes before their first visit", 17, 1),
        ],
        (1.2, 0.7, 25.6, 18.8),
    )
    return slide


def s18(prs: Any) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    title(slide, "Not in this plan")
    body(
        slide,
        [
            L("Residential care homes: night supervision there is a separate plan"),
            L("Disability services under the LSS Act, and personal assistance"),
            L("Individual and family care"),
            L("GPS alarms for people with dementia who live at home"),
            L("Replacing the safety alarms: they have been digital since 2019"),
            L("Fewer night posts: time freed at night stays in home care"),
        ],
        BODY,
    )
    return slide


def s19(prs: Any) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    title(slide, "Who decides what")
    body(
        slide,
        [
            (
                "The social welfare committee decides each gate at an ordinary meeting and receives "
                "a written report every tertial",
                0,
                False,
                17,
            ),
            (
                "The steering group, chaired by the Director of Social Services as sponsor, meets "
                "on the first Tuesday of every month",
                0,
                False,
                17,
            ),
            (
                "The programme manager runs the programme group every other week and keeps the "
                "plan, the risk log and the benefits log",
                0,
                False,
                17,
            ),
            (
                "Kommunal's senior safety representative and the municipal pensioners' council are "
                "consulted before every gate",
                0,
                False,
                17,
            ),
            (
                "The measures are reported monthly from Insikt, the municipality's data warehouse",
                0,
                False,
                17,
            ),
        ],
        BODY,
    )
    return slide


def s20(prs: Any) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    title(slide, "What we ask of the committee")
    body(
        slide,
        [
            (
                "Approve Safe Nights, Steady Days as the plan for welfare technology in home care "
                "from January 2029 to June 2031",
                0,
                False,
                17,
            ),
            L("Approve Tallmora as the pilot district", 17),
            L("Release SEK 6.4 million for 2029 from the committee's development reserve", 17),
            (
                "Refer the investment request of SEK 14.2 million for 2030–2031 to the municipal "
                "executive board",
                0,
                False,
                17,
            ),
            (
                "Commission the Director of Social Services to report progress to the committee "
                "every tertial",
                0,
                False,
                17,
            ),
        ],
        (1.2, 3.3, 25.6, 13.0),
    )
    text_box(
        slide,
        (1.2, 16.8, 25.6, 1.6),
        [H("The programme closes with a final report at the committee's June 2031 meeting.", 15)],
        color=TEAL,
    )
    return slide


SLIDES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10]
SLIDES += [s11, s12, s13, s14, s15, s16, s17, s18, s19, s20]


# =========================================================================== packages


def _scale_xfrm(xml: bytes) -> bytes:
    """Scale a master's or layout's positions from python-pptx's 10 x 7.5 in page to Impress's
    28 x 21 cm page (the same ratio on both axes)."""

    def scaled(m: re.Match[bytes]) -> bytes:
        a, b = (int(round(int(v) * WIDTH / OLD_WIDTH)) for v in (m.group(2), m.group(4)))
        return m.group(1) + str(a).encode() + m.group(3) + str(b).encode() + m.group(5)

    xml = re.sub(rb'(<a:off x=")(\d+)(" y=")(\d+)(")', scaled, xml)
    return re.sub(rb'(<a:ext cx=")(\d+)(" cy=")(\d+)(")', scaled, xml)


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def repack(data: bytes, time: tuple[int, int, int, int, int, int], w3c: str, fix: Any) -> bytes:
    """Rewrite a package: ``fix(name, body)`` gives each entry's new body (None drops it); the
    entries sorted by name, at a fixed time, the document's modified date fixed."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            new = fix(name, src.read(name))
            if new is None:
                continue
            if name == "docProps/core.xml":
                new = _MODIFIED.sub(rb"\g<1>" + w3c.encode() + rb"\g<2>", new)
            info = zipfile.ZipInfo(name, date_time=time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, new)
    return out.getvalue()


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width = Emu(WIDTH)
    prs.slide_height = Emu(HEIGHT)
    slides = [make(prs) for make in SLIDES]
    for k, slide in enumerate(slides, start=1):
        if k > 1:
            footer(slide, k, len(slides))
        name_shapes(slide)
    core = prs.core_properties
    core.title = "Safe Nights, Steady Days"
    core.subject = "Welfare technology in home care 2029–2031"
    core.author = "Annika Wästberg"
    core.last_modified_by = "Jonas Ekholm"
    core.revision = 14
    core.language = "en-GB"
    core.keywords = ""
    core.comments = ""
    core.category = ""
    core.created = datetime(2028, 11, 21, 9, 3, 11)
    core.modified = datetime(2028, 12, 3, 20, 14, 52)
    buffer = io.BytesIO()
    prs.save(buffer)
    n_notes = sum(1 for s in slides if s.has_notes_slide)
    app = APP_XML.format(slides=len(slides), notes=n_notes).encode()

    def fix(name: str, xml: bytes) -> bytes | None:
        if name in ("docProps/thumbnail.jpeg", "ppt/printerSettings/printerSettings1.bin"):
            return None
        if name == "_rels/.rels":
            return re.sub(rb"<Relationship [^>]*thumbnail[^>]*/>", b"", xml)
        if name == "ppt/_rels/presentation.xml.rels":
            return re.sub(rb"<Relationship [^>]*printerSettings[^>]*/>", b"", xml)
        if name == "[Content_Types].xml":
            return re.sub(rb'<Default Extension="(bin|jpeg)"[^>]*/>', b"", xml)
        if name == "docProps/app.xml":
            return app
        if name == "ppt/presentation.xml":
            return re.sub(rb'(<p:sldSz cx="\d+" cy="\d+") type="[^"]*"', rb"\1", xml)
        if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", name):
            old = re.search(rb'<p:cSld name="([^"]*)"', xml)
            assert old is not None
            new = LAYOUT_NAMES[old.group(1).decode()].encode()
            return _scale_xfrm(
                xml.replace(b'<p:cSld name="' + old.group(1), b'<p:cSld name="' + new)
            )
        if re.fullmatch(r"ppt/slideMasters/slideMaster\d+\.xml", name):
            return _scale_xfrm(xml)
        return xml

    return repack(buffer.getvalue(), ZIP_TIME, W3C_TIME, fix)


# =========================================================================== the roster

Unit = dict[str, Any]
SSA: Unit = {"code": "4000", "name": "Social Services Administration", "parent": None}
KLK: Unit = {"code": "1000", "name": "Municipal Executive Office", "parent": None}


def unit(code: str, name: str, parent: Unit) -> Unit:
    return {"code": code, "name": name, "parent": parent}


DIRECTOR = unit("4010", "Director's Office", SSA)
HOME_CARE = unit("4100", "Home Care", SSA)
HEALTH = unit("4200", "Home Health Care", SSA)
NEEDS = unit("4300", "Needs Assessment", SSA)
DEV = unit("4020", "Development and Support", SSA)
HR = unit("1200", "HR Unit", KLK)
FIN = unit("1100", "Finance Unit", KLK)


def post(
    pid: str,
    title_: str,
    first: str,
    last: str,
    unit_: Unit,
    employment: str,
    reports_to: str | None,
    responsibilities: Sequence[str],
    tier: str,
    fte: float = 1.0,
) -> dict[str, Any]:
    return {
        "positionId": pid,
        "title": title_,
        "holder": {"firstName": first, "lastName": last},
        "unit": unit_,
        "employmentType": employment,
        "fte": fte,
        "reportsTo": reports_to,
        "responsibilities": list(responsibilities),
        "programmeParticipation": {
            "programme": "VT2031 Welfare technology in home care",
            "tier": tier,
        },
    }


def roster_posts() -> list[dict[str, Any]]:
    return [
        post(
            "P-4001",
            "Director of Social Services",
            "Helena",
            "Forsberg",
            DIRECTOR,
            "Permanent",
            None,
            [
                "Heads the Social Services Administration and answers to the social welfare "
                "committee for its work and its budget.",
                "Sponsor of the welfare technology programme; chairs its steering group.",
                "Proposes to the committee the decisions that open and close each phase of the "
                "programme, and signs data protection impact assessments for the administration.",
            ],
            "Core",
        ),
        post(
            "P-4101",
            "Head of Home Care",
            "Mikael",
            "Sundin",
            HOME_CARE,
            "Permanent",
            "P-4001",
            [
                "Leads home care in the eleven home-care districts and the night home care unit.",
                "Answers for how home-care interventions are carried out, including implementation "
                "plans and the time spent with each person.",
                "Calls off welfare technology for home care, such as cameras and their routers, "
                "from framework agreements within the delegation order.",
            ],
            "Core",
        ),
        post(
            "P-4201",
            "Head of Home Health Care",
            "Sara",
            "Lindgren",
            HEALTH,
            "Permanent",
            "P-4001",
            [
                "Leads the district nurses, the night nurse and the rehabilitation staff who give "
                "health care in people's homes.",
                "Answers for medication handling in home health care and for the medical devices "
                "used in it, including their procurement.",
            ],
            "Core",
        ),
        post(
            "P-4202",
            "Medically Responsible Nurse",
            "Eva",
            "Holm",
            HEALTH,
            "Permanent",
            "P-4001",
            [
                "Statutory role under the Health and Medical Services Act: sets the routines for "
                "safe medication handling and for delegating medical tasks to care workers.",
                "Receives and investigates deviations in health care, reports serious incidents "
                "to IVO under Lex Maria, and keeps the deviation statistics.",
                "Approves every medical device before it is taken into use in home health care.",
            ],
            "Core",
        ),
        post(
            "P-4301",
            "Head of Needs Assessment",
            "Omar",
            "Haddad",
            NEEDS,
            "Permanent",
            "P-4001",
            [
                "Leads the needs assessors who decide on home care, safety alarms and night "
                "supervision under the Social Services Act.",
                "Answers for each person's written consent to camera supervision being sought and "
                "documented before a decision.",
            ],
            "Core",
        ),
        post(
            "P-4150",
            "Unit Manager, Night Home Care",
            "Lina",
            "Bergqvist",
            unit("4150", "Night Home Care", HOME_CARE),
            "Permanent",
            "P-4101",
            [],
            "Core",
        ),
        post(
            "P-4111",
            "Unit Manager, Tallmora Home Care",
            "Petra",
            "Nyström",
            unit("4111", "Tallmora Home Care", HOME_CARE),
            "Permanent",
            "P-4101",
            [
                "Manages the day teams of Tallmora home-care district, 07:00 to 22:00, and their "
                "schedules.",
                "Answers for the implementation plans of the people who have home care in "
                "Tallmora.",
            ],
            "Core",
        ),
        post(
            "P-4021",
            "Programme Manager, Welfare Technology",
            "Daniel",
            "Åkesson",
            DEV,
            "Fixed-term (2029-01-07 to 2031-06-30)",
            "P-4001",
            [],
            "Core",
        ),
        post(
            "P-4022",
            "Welfare Technology Coordinator",
            "Tove",
            "Rask",
            DEV,
            "Permanent",
            "P-4101",
            [
                "Orders, installs, tests and maintains welfare technology in people's homes: "
                "safety alarms, cameras, medication robots and their routers.",
                "Contact for the suppliers of welfare technology and for the alarm receiving "
                "centre.",
            ],
            "Core",
        ),
        post(
            "P-4023",
            "Systems Administrator, Care Documentation",
            "Johan",
            "Vik",
            DEV,
            "Permanent",
            "P-4001",
            [
                "Administers Omsorgsjournalen and the new Kompass care-planning system: "
                "configuration, user accounts, templates and the migration of records.",
            ],
            "Core",
        ),
        post(
            "P-4024",
            "Systems Administrator, Scheduling",
            "Amra",
            "Begić",
            DEV,
            "Permanent",
            "P-4101",
            [],
            "Core",
        ),
        post(
            "P-4025",
            "Skills Development Coordinator, Eldercare",
            "Maja",
            "Lund",
            DEV,
            "Permanent",
            "P-4101",
            [],
            "Core",
        ),
        post(
            "P-4026",
            "Quality Developer, Social Services",
            "Erik",
            "Sandell",
            DEV,
            "Permanent",
            "P-4001",
            [
                "Runs the administration's quality management system, its follow-up and the "
                "monthly dashboard in Insikt.",
                "Answers for the national user survey in eldercare and for the baselines of the "
                "committee's measures.",
            ],
            "Core",
        ),
        post(
            "P-4027",
            "Legal Counsel, Social Services",
            "Nora",
            "Ekman",
            DEV,
            "Permanent",
            "P-4001",
            [
                "Advises on the Social Services Act, the Patient Data Act and GDPR, and drafts the "
                "administration's data protection impact assessments.",
                "Drafts data processing agreements with suppliers.",
            ],
            "Core",
        ),
        post(
            "P-1201",
            "HR Business Partner, Social Services",
            "Karin",
            "Öberg",
            unit("1210", "HR for Social Services", HR),
            "Permanent",
            "P-1200",
            [
                "Represents the employer in negotiations with the unions under the Co-determination "
                "Act (MBL) for the Social Services Administration.",
                "Advises managers on rotas, working hours, recruitment and staff turnover, and "
                "keeps the HR statistics.",
            ],
            "Core",
        ),
        post(
            "P-1101",
            "Finance Business Partner, Social Services",
            "Ali",
            "Karimi",
            unit("1110", "Finance for Social Services", FIN),
            "Permanent",
            "P-1100",
            [
                "Prepares the administration's budget and forecasts, and follows up its "
                "investments and the committee's development reserve.",
            ],
            "Core",
        ),
        post(
            "P-1301",
            "Head of Digitalisation and IT",
            "Fredrik",
            "Nordin",
            unit("1300", "Digitalisation and IT", KLK),
            "Permanent",
            "P-1000",
            [
                "Runs the municipality's networks, work phones and computers, the IT service desk "
                "and the integration platform.",
                "Signs contracts for IT systems and IT services for every administration, and owns "
                "information security.",
            ],
            "Core",
        ),
        post(
            "P-1002",
            "Data Protection Officer",
            "Ingrid",
            "Dahl",
            unit("1010", "Legal and Records Office", KLK),
            "Permanent",
            "P-1000",
            [
                "Monitors the municipality's compliance with GDPR and is consulted on every data "
                "protection impact assessment.",
                "Gives advice to the committees as controllers.",
            ],
            "Extended",
            fte=0.5,
        ),
        post(
            "P-4190",
            "Senior Safety Representative, Kommunal",
            "Leif",
            "Strand",
            unit("4152", "Night Team North", unit("4150", "Night Home Care", HOME_CARE)),
            "Permanent (union release time 50%)",
            "P-4150",
            [
                "Appointed by Kommunal as senior safety representative for home care.",
                "Takes part in risk assessments before changes in work and may ask the employer "
                "for action under the Work Environment Act.",
            ],
            "Consult only",
        ),
        post(
            "P-0901",
            "Chair, Municipal Pensioners' Council",
            "Birgitta",
            "Alm",
            unit(
                "0900",
                "Municipal Pensioners' Council",
                unit("0100", "Municipal Executive Board", KLK),
            ),
            "Commission of trust (fee-paid)",
            None,
            [],
            "Consult only",
            fte=0.0,
        ),
    ]


def build_roster() -> bytes:
    text = json.dumps(roster_posts(), indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


# =========================================================================== delegation order

DELEGATION_ROWS = [
    ("No.", "Matter", "Delegate", "Deputy", "Note"),
    (
        "4.1",
        "Decisions on home care under chapter 4 of the Social Services Act, including safety "
        "alarms and night supervision",
        "Needs assessor",
        "Head of Needs Assessment",
        "",
    ),
    (
        "4.2",
        "Decisions on night supervision by camera (digital night supervision)",
        "Needs assessor",
        "Head of Needs Assessment",
        "Requires the person's own written consent; a relative or a trustee cannot consent on "
        "the person's behalf.",
    ),
    (
        "4.5",
        "Night rotas, night routes and the visit lists of the night teams",
        "Unit Manager, Night Home Care",
        "Head of Home Care",
        "Changes follow the local collaboration agreement.",
    ),
    (
        "4.6",
        "Replacing a night visit by a camera check within a person's decision, and the night "
        "teams' routine for camera checks",
        "Unit Manager, Night Home Care",
        "Head of Home Care",
        "",
    ),
    (
        "4.7",
        "Implementation plans and visit times in a home-care district",
        "Unit manager of the district",
        "Head of Home Care",
        "",
    ),
    (
        "5.1",
        "Call-offs of welfare technology for home care from framework agreements, up to SEK 3 "
        "million",
        "Head of Home Care",
        "Director of Social Services",
        "Above SEK 3 million the Director of Social Services decides.",
    ),
    (
        "5.2",
        "Procurement and call-offs of medical devices for home health care, including "
        "medication robots, up to SEK 3 million",
        "Head of Home Health Care",
        "Director of Social Services",
        "The Medically Responsible Nurse approves the device before it is used.",
    ),
    (
        "5.3",
        "Routines for medication handling and for delegating medical tasks",
        "Medically Responsible Nurse",
        "",
        "",
    ),
    (
        "5.4",
        "Configuration, user accounts and templates of the care documentation systems",
        "Systems Administrator, Care Documentation",
        "Quality Developer, Social Services",
        "",
    ),
    (
        "5.5",
        "Configuration of Tidsrätt and Hemma Mobil, including route optimisation and rota "
        "templates",
        "Systems Administrator, Scheduling",
        "Head of Home Care",
        "",
    ),
    (
        "6.1",
        "Negotiations under sections 11 to 14 of the Co-determination Act (MBL)",
        "HR Business Partner, Social Services",
        "Director of Social Services",
        "",
    ),
    (
        "6.2",
        "Data protection impact assessments and data processing agreements",
        "Director of Social Services",
        "Head of Home Care",
        "Drafted by the Legal Counsel, Social Services; the Data Protection Officer is consulted.",
    ),
    (
        "6.3",
        "Training plans, training days and the induction programme for eldercare staff",
        "Skills Development Coordinator, Eldercare",
        "Head of Home Care",
        "",
    ),
    (
        "7.1",
        "Proposals to the committee on opening and closing the phases of the welfare technology "
        "programme",
        "Director of Social Services",
        "",
        "The committee decides.",
    ),
    (
        "7.2",
        "Use of the committee's development reserve, up to SEK 500,000 per matter",
        "Director of Social Services",
        "Head of Home Care",
        "Larger sums are decided by the committee.",
    ),
]


def build_delegation_order() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = DocxPt(10)
    doc.add_heading("Delegation order of the social welfare committee", level=1)
    doc.add_paragraph(
        "Extract: eldercare, home health care and welfare technology. Adopted by the social "
        "welfare committee on 23 August 2027, § 104; amended on 14 November 2028, § 161."
    )
    doc.add_heading("General provisions", level=2)
    for text in (
        "The committee delegates the matters below to the posts named. Decisions taken under "
        "delegation are reported to the committee at its next meeting.",
        "A delegate may put a matter to the committee instead of deciding it. When the delegate "
        "is absent, the deputy decides.",
        "Posts are named as in the HR system. Matters of the municipal executive board, such as "
        "contracts for IT systems and IT services, are delegated in the board's own delegation "
        "order to the Head of Digitalisation and IT.",
    ):
        doc.add_paragraph(text)
    doc.add_heading("Delegated matters", level=2)
    tbl = doc.add_table(rows=len(DELEGATION_ROWS), cols=5)
    tbl.style = "Table Grid"
    for r, row in enumerate(DELEGATION_ROWS):
        for c, text in enumerate(row):
            cell = tbl.cell(r, c)
            cell.text = text
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph(
        "Ekhamra Municipality, Social Services Administration. Ref. SN 2027/0233 and SN 2028/0391."
    )
    core = doc.core_properties
    core.author = "Social Services Administration"
    core.last_modified_by = "Nora Ekman"
    core.title = "Delegation order of the social welfare committee (extract)"
    core.revision = 6
    core.language = "en-GB"
    core.created = datetime(2027, 8, 24, 8, 30, 0)
    core.modified = datetime(2028, 11, 14, 9, 2, 6)
    buffer = io.BytesIO()
    doc.save(buffer)
    return repack(buffer.getvalue(), DOCX_ZIP_TIME, DOCX_W3C_TIME, lambda _n, body: body)


# =========================================================================== text files

TERMS = """
# VT2031 Welfare technology in home care: terms of reference for the steering group

Adopted by the Director of Social Services on 28 November 2028. Ref. SN 2028/0412-3.

## Purpose

The steering group leads the programme that carries out the plan "Safe Nights, Steady Days"
once the social welfare committee has approved it. It decides within the plan and the budget
the committee has given; anything outside them goes to the committee.

## Sponsor

The Director of Social Services is the programme's sponsor. She chairs the steering group,
proposes each gate decision to the social welfare committee and answers to the committee for
the programme's progress, its budget and its benefits.

## Members

- Director of Social Services (chair)
- Head of Home Care
- Head of Home Health Care
- Head of Needs Assessment
- Head of Digitalisation and IT
- HR Business Partner, Social Services
- Finance Business Partner, Social Services
- Programme Manager, Welfare Technology (secretary)

## Who does what in the programme

- The Programme Manager, Welfare Technology, runs the programme group every other week, keeps
  the plan, the risk log and the benefits log, and writes the tertial reports to the committee.
- The Unit Manager, Night Home Care, leads the night teams through the pilot and the roll-out,
  decides the night routes and how camera checks are made, and owns the number of night checks
  made by camera.
- The Skills Development Coordinator, Eldercare, owns the programme's training plan, the
  network of digital champions, the courses in Lärportalen and the sign-off of care workers
  before their district goes live.
- The Systems Administrator, Care Documentation, leads the move from Omsorgsjournalen to Kompass.
- The Quality Developer, Social Services, reports the programme's measures monthly from Insikt.
- The Medically Responsible Nurse approves every routine for medication robots before it is
  used.
- The Finance Business Partner, Social Services, follows up the programme's costs and the
  development reserve each month.

## Consultation

- Kommunal's senior safety representative is consulted before each gate and takes part in the
  risk assessment of every change in night work. The safety representative is consulted and
  informed; programme tasks are owned by the managers above.
- The municipal pensioners' council is consulted before each gate, through the committee's
  secretary.
- The Data Protection Officer is consulted on every data protection impact assessment.

## Meetings and reporting

The steering group meets on the first Tuesday of every month. The committee receives a written
report at the end of each tertial, in April, August and December. The committee decides the
gates at its ordinary meetings.
"""

MINUTES = """
EKHAMRA MUNICIPALITY
Social Services Administration - Home care collaboration group

MINUTES
Date: 17 October 2028, 13:00-15:30
Place: Conference room Ekan, Town Hall
Present for the employer: Mikael Sundin, Head of Home Care (chair); Lina Bergqvist, Unit
Manager, Night Home Care; Karin Öberg, HR Business Partner, Social Services.
Present for the employees: Leif Strand, Senior Safety Representative, Kommunal; two workplace
representatives of Kommunal; one representative of Vision.

§ 1 Opening. The chair opened the meeting. The agenda was approved.

§ 2 Information: welfare technology in home care 2029-2031.
The Head of Home Care presented the draft plan, which goes to the social welfare committee on
12 December 2028. The pilot of camera checks at night is proposed for one district with one
night team.
Kommunal asked how the work of the night teams will change and whether the cameras could be
used to follow the staff. The employer answered that the cameras are for the people who choose
them, that images are shown live only, and that time freed at night stays in home care.

§ 3 How the change will be handled.
The parties agreed on the following. Under the local collaboration agreement, Kommunal must be
consulted, and the MBL negotiation concluded, before any change to night staffing, night rotas
or night routes takes effect. A risk assessment of the change in the work environment is to be
made with the safety representative before the pilot starts.
The HR Business Partner will call the MBL negotiation when the committee has decided.

§ 4 Staff turnover in home care.
The HR Business Partner reported turnover for the last 12 months: 16.8%. The parties will
return to the matter in February.

§ 5 Next meeting: 21 November 2028.

At the minutes: Karin Öberg
Checked: Mikael Sundin, Leif Strand
"""

PENSIONERS = """
# Rules for the municipal pensioners' council

Adopted by the municipal council on 12 June 2023, § 71.

## 1 Purpose

The municipal pensioners' council is an advisory body for consultation and information between
the municipality and the pensioners' organisations in Ekhamra. Through the council, older
residents' views are brought into the municipality's work at an early stage.

## 2 Members

The council has eleven members: seven from the pensioners' organisations, and one member each
from the municipal executive board, the social welfare committee, the technical committee and
the culture and leisure committee. The chair is elected by the council from among the members
of the pensioners' organisations.

## 3 Matters for the council

Matters that affect older residents, such as eldercare, home care, housing for older people
and public transport, must be put to the council before the committee responsible decides
them. The committee's secretary sends the matter to the council's secretary at least three
weeks before the council meets.

## 4 Meetings

The council meets only four times a year, in February, May, September and November. Minutes
are kept and sent to the committees concerned.

## 5 Fees

Members who are not municipal councillors are paid a fee for each meeting under the
municipality's rules on fees for commissions of trust.
"""

SYSTEMS = """
# Systems and data in eldercare: inventory

Social Services Administration, Development and Support. Updated 1 December 2028.

| System | Used for | Administered by | Status |
|---|---|---|---|
| Omsorgsjournalen 5.2 | Care documentation under the Social Services Act and nursing records under the Health and Medical Services Act | Systems Administrator, Care Documentation | In use since 2011; to be replaced by Kompass |
| Kompass | New care-planning system: decisions, implementation plans, documentation and the care workers' mobile app | Systems Administrator, Care Documentation | Contract signed 2 October 2028 with Nordvik Omsorgssystem AB; configuration starts January 2029 |
| Tidsrätt 8 | Day scheduling of home-care visits and time reporting | Systems Administrator, Scheduling | In use in all eleven districts |
| Hemma Mobil | Care workers' app: visit lists, start and end of visits, keys | Systems Administrator, Scheduling | In use, day and night |
| Trygghetslarm (digital safety alarms) | Safety alarms in 1,180 homes, answered by Larmcentralen Norra AB | Welfare Technology Coordinator | Digital since 2019; contract runs to 2030 |
| Insikt | The municipality's data warehouse, with Power BI reports; the eldercare dashboard is updated monthly | Quality Developer, Social Services (eldercare reports) | In use; loads from Tidsrätt, Hemma Mobil, Omsorgsjournalen and the HR system each night |
| Lärportalen | Learning platform for all municipal staff, with course records | Skills Development Coordinator, Eldercare (eldercare courses) | In use; works on work phones |
| Avvikelseregistret | Deviation register for health care and social care | Medically Responsible Nurse | In use |

## Notes on the systems

Tidsrätt and Hemma Mobil are administered by the Systems Administrator, Scheduling, who also
keeps the rota templates and the visit codes.

Night rotas are not planned in Tidsrätt: the night unit relies on a spreadsheet kept by its
unit manager, and the night visit lists are typed into Hemma Mobil by hand each week.

The route optimisation module of Tidsrätt is not licensed, so the morning routes are drawn up
by each district's planner from the visit list.

Omsorgsjournalen cannot receive alerts or logs from a medication dispenser; in the 2027 trial
a dispenser's alerts reached the nurse as a text message.

Kompass exchanges data through the municipality's integration platform, which the Digitalisation
and IT unit runs.

Work phones: every day team and every night care worker has a work phone with Hemma Mobil.
"""

METRICS = """
# Measures for home care: definitions

Social Services Administration, Quality Developer. Version 3, 2 December 2028. Baselines are for
calendar year 2027 unless stated.

## Night checks made by camera instead of a visit

Definition: camera checks made by the night teams in a night, where the check replaces a
planned look-in visit, as an average over the month.
Source: the camera platform's log, loaded into Insikt.
Owner: Unit Manager, Night Home Care.
Baseline: 0. Night visits in 2027 averaged about 540 a night, 61% of them look-in visits.

## Doses missed or given late

Definition: deviations registered in Avvikelseregistret under "medication: dose missed" and
"medication: dose late" in home health care and home care.
Source: Avvikelseregistret.
Owner: Medically Responsible Nurse.
Baseline: 71.

## People with a medication robot at home

Definition: people with a medication robot installed and in use on the last day of the month.
Source: the Welfare Technology Coordinator's device register.
Owner: Head of Home Health Care.
Baseline: 0 (the 2027 trial ended in November 2027).

## Implementation plans updated within 14 days of a new decision

Definition: share of new or changed home-care decisions where the implementation plan was
signed within 14 calendar days.
Source: Omsorgsjournalen, later Kompass, through Insikt.
Owner: Head of Home Care.
Baseline: 46%.

## Share of scheduled time spent with the person

Definition: time recorded in Hemma Mobil as spent in the person's home, as a share of the care
workers' scheduled time.
Source: Hemma Mobil and Tidsrätt through Insikt.
Owner: Head of Home Care.
Baseline: 62%. Travel between visits took 27% of scheduled time.

## Staff turnover in home care

Definition: permanent staff who left in the last 12 months, as a share of average permanent
headcount.
Source: the HR system through Insikt.
Owner: HR Business Partner, Social Services.
Baseline: 17.0% (2027); 16.8% for the 12 months to September 2028.

## People with home care who feel safe at home

Definition: share answering "very safe" or "fairly safe" to the question on feeling safe at
home with home care.
Source: the National Board of Health and Welfare's user survey of eldercare.
Owner: Quality Developer, Social Services.
Baseline: 81%. The question is asked once a year, in the spring, and the survey only covers
people aged 65 and over.
"""

NIGHT_NOTE = """
NIGHT HOME CARE AND TALLMORA: FACTS FOR THE PROGRAMME
Lina Bergqvist, Unit Manager, Night Home Care, 5 November 2028

Night Home Care has three night teams, North, Central and South. They work 21:45-07:15 from the
night base at Ekhamra health centre.

Night Team North covers Tallmora, Brännvik and Stensjö. Nine care workers are on its rota, three
are on shift each night, and the team has two cars.

In October 2028 the three teams made on average 538 visits a night; 61% were look-in visits.

Tallmora has 41 people with night visits, 29 of them with look-in visits only. 14 of the 41
night-visit homes in Tallmora have no fixed broadband, and mobile coverage north of Lake
Tallsjön is weak.

The night nurse on duty covers all three teams and belongs to Home Health Care.

IT faults: the municipal IT service desk is open only 07:00-17:00 on weekdays, so a fault
reported at night waits until it opens.

Night Team North asked in September to be the first team with camera checks. Leif Strand,
Kommunal's senior safety representative, works in the team.
"""

EMAIL = """
From: Sara Lindgren <sara.lindgren@ekhamra.se>
To: Helena Forsberg <helena.forsberg@ekhamra.se>
Cc: Eva Holm <eva.holm@ekhamra.se>; Tove Rask <tove.rask@ekhamra.se>
Date: Thu, 20 Nov 2028 16:41:07 +0100
Subject: Medication robots and the dose rolls

Hi Helena,

Before the plan goes to the committee, a point on the medication robots.

Our dose-dispensing pharmacy delivers the medicines in rolls of sachets, and its contract runs
to 31 March 2030. Until then, only dispensers that take the pharmacy's dose rolls can be used.
Of the dispensers on the county's framework agreement, two models take them; Eva has looked at
both and can approve either once we have written the refill routine.

In the 2027 trial the dispenser sent its alerts as text messages to the nurse's phone. For 150
robots we want the alerts in Kompass, and Tove is asking Nordvik what that takes.

I will start the call-off in January if the committee says yes.

Best regards,
Sara

Sara Lindgren
Head of Home Health Care
Ekhamra Municipality
"""

IVO = """
# The inspectorate's decision on night home care, 2027: summary

Prepared by the Quality Developer, Social Services, 10 March 2028.

## The decision

On 14 September 2027 the Health and Social Care Inspectorate (IVO) criticised the social welfare
committee after a review of night home care. In a sample of three weeks in March 2027, IVO found
14 planned night visits that had been missed and were not written down in the person's record.

## What the committee did

The committee reported its actions to IVO on 20 December 2027: a checklist for the night round,
a daily check of the visit list against Hemma Mobil at the morning handover, and a review of
the night teams' routines with the Medically Responsible Nurse. IVO closed the case on
6 March 2028.

## Lex Sarah and Lex Maria in 2027

Nine Lex Sarah reports were made in home care in 2027, five of them about night home care. Two
Lex Maria reports concerned medication in home health care.
"""

TEXT_FILES = {
    "org/governance/steering-group-terms-of-reference.md": TERMS,
    "org/governance/collaboration-group-minutes-2028-10-17.txt": MINUTES,
    "org/governance/pensioners-council-rules.md": PENSIONERS,
    "org/systems/systems-and-data-inventory.md": SYSTEMS,
    "org/measures/metric-definitions.md": METRICS,
    "org/context/night-home-care-and-tallmora.txt": NIGHT_NOTE,
    "org/context/email-2028-11-20-dose-rolls.txt": EMAIL,
    "org/context/ivo-decision-2027-summary.md": IVO,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, bytes] = {
        DECK: build_deck(),
        "org/people/hr-export.json": build_roster(),
        "org/people/delegation-order.docx": build_delegation_order(),
    }
    for rel, text in TEXT_FILES.items():
        files[rel] = text.lstrip("\n").encode("utf-8")
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
