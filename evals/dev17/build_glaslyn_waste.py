# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the dev17 case ``glaslyn-waste``: its deck and its org folder, deterministically.

Run from the repository root:  .venv/bin/python evals/dev17/build_glaslyn_waste.py [out]

Writes, under ``evals/dev17/glaslyn-waste/`` (or ``<out>/glaslyn-waste/``):

- ``cylch-llawn-full-circle-cabinet-2028.pptx``: a Welsh county council's waste and recycling
  strategy for 2028-2031 ("Cylch Llawn / Full Circle"), a BILINGUAL 16:9 PPTX of 18 slides, as
  Welsh public bodies publish them: every slide carries Welsh and English. Its forms: titles
  as "Welsh / English" on one line, or as a Welsh paragraph over an English one; text frames
  holding a Welsh paragraph and then its English paragraph (the English italic, in another
  colour); two-column slides with the Welsh in a left text box and the English in a right one;
  a native KPI table whose header row is bilingual on one line ("Mesur / Measure") and whose
  row labels are two paragraphs in the cell (Welsh, then English); a roadmap as a native table
  of four phases dated in months ("Ebrill - Medi 2028" / "April - September 2028") under a
  strip of the council's financial years (April to March); a risk table and an investment
  table in the same bilingual cell form; speaker notes in English only on four slides.
- ``org/``: the staff structure as a CSV with bilingual columns (Job title (English), Teitl
  swydd (Cymraeg), Service area, Reports to, Programme involvement, Remit), the programme
  board's terms of reference, an extract of the collective agreement with the GMB, a systems
  and data inventory, performance indicator definitions, a Welsh language standards note, the
  town and community councils charter extract, a contracts register extract, the pilot town's
  profile and an email about the depot's grid connection.

Re-running it rewrites every file byte for byte (fixed ZIP entry times and document dates in
the PPTX through ``evals/dev16/_build.py``; the text files are literal strings; the CSV is
written by the csv module from literal rows). It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev17"): the engine may be tuned on it.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Sequence
from pathlib import Path

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.build_dev13 import BLANK, WHITE, filled, new_deck, notes, rgb  # noqa: E402
from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "glaslyn-waste"
DECK = "cylch-llawn-full-circle-cabinet-2028.pptx"
STAMP = Stamp((2028, 2, 19, 14, 30, 0), "2028-02-19T14:30:00Z")

# =========================================================================== the deck (PPTX 16:9)
# Lake teal and moss green on white; Arial throughout (the council's accessible house style).
# Welsh in ink, English in italic slate blue.

RW, RH = 13.333, 7.5
TEAL = (0, 86, 102)
MOSS = (104, 160, 44)
SLATE = (52, 88, 128)
INK = (30, 34, 38)
GREY = (105, 110, 116)
MIST = (232, 241, 242)
PALE = (240, 246, 232)
LINE = (180, 200, 204)
FONT = "Arial"
TOTAL = 18
FOOT = (
    "Cyngor Sir Glaslyn \u00b7 Cylch Llawn \u00b7 Cabinet, 7 Mawrth 2028   |   "
    "Glaslyn County Council \u00b7 Full Circle \u00b7 Cabinet, 7 March 2028"
)

# A paragraph: (text, size, bold, italic, colour)
Para = tuple[str, float, bool, bool, tuple[int, int, int]]


def cy(text: str, size: float = 13, bold: bool = False) -> Para:
    """A Welsh paragraph: upright, ink."""
    return (text, size, bold, False, INK)


def en(text: str, size: float = 13, bold: bool = False) -> Para:
    """An English paragraph: italic, slate blue."""
    return (text, size, bold, True, SLATE)


def pair(welsh: str, english: str, size: float = 13, bold: bool = False) -> list[Para]:
    return [cy(welsh, size, bold), en(english, size, bold)]


def frame(
    shapes,
    left: float,
    top: float,
    width: float,
    height: float,
    paras: Sequence[Para],
    *,
    kind=None,
    fill: tuple[int, int, int] | None = None,
    line: tuple[int, int, int] | None = None,
    align=PP_ALIGN.LEFT,
    anchor=MSO_ANCHOR.TOP,
    margin: float = 0.06,
    gap_after: Sequence[int] = (),
    space: float = 8,
):
    """A text box (or an autoshape when ``kind`` is given) holding ``paras``; a space of
    ``space`` pt follows each paragraph whose index is in ``gap_after``."""
    if kind is None:
        shape = shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    else:
        shape = shapes.add_shape(kind, Inches(left), Inches(top), Inches(width), Inches(height))
        if fill is None:
            shape.fill.background()
        else:
            shape.fill.solid()
            shape.fill.fore_color.rgb = rgb(fill)
        if line is None:
            shape.line.fill.background()
        else:
            shape.line.color.rgb = rgb(line)
    tf = shape.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    tf.margin_left = tf.margin_right = Inches(margin)
    tf.margin_top = tf.margin_bottom = Inches(margin)
    for i, (text, size, bold, italic, color) in enumerate(paras):
        para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        para.alignment = align
        if i in gap_after:
            para.space_after = Pt(space)
        run = para.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.italic = italic
        run.font.name = FONT
        run.font.color.rgb = rgb(color)
    return shape


def pairs_box(
    shapes,
    left: float,
    top: float,
    width: float,
    height: float,
    items: Sequence[tuple[str, str]],
    size: float = 13,
    space: float = 9,
):
    """Welsh paragraph, then its English paragraph, for each item; a space after each pair."""
    paras = [p for w, e in items for p in pair(w, e, size)]
    return frame(
        shapes,
        left,
        top,
        width,
        height,
        paras,
        gap_after=range(1, len(paras), 2),
        space=space,
    )


def column_box(
    shapes,
    left: float,
    top: float,
    width: float,
    height: float,
    lines: Sequence[str],
    english: bool,
    size: float = 13,
    heads: Sequence[int] = (),
    space: float = 8,
):
    """One language's column of a two-column slide; lines at ``heads`` in bold."""
    make = en if english else cy
    paras = [make(text, size, i in heads) for i, text in enumerate(lines)]
    return frame(shapes, left, top, width, height, paras, gap_after=range(len(paras)), space=space)


def footer(slide: Slide, number: int) -> None:
    frame(slide.shapes, 0.55, 7.05, 10.6, 0.3, [(FOOT, 8, False, False, GREY)])
    frame(
        slide.shapes,
        11.6,
        7.05,
        1.2,
        0.3,
        [(f"{number} / {TOTAL}", 9, True, False, GREY)],
        align=PP_ALIGN.RIGHT,
    )


def page(prs: PresentationType, title: str, number: int) -> Slide:
    """A slide whose title is one line, "Welsh / English", the English part in slate."""
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, RW, 0.12, TEAL)
    welsh, english = title.split(" / ")
    box = slide.shapes.add_textbox(Inches(0.55), Inches(0.35), Inches(12.2), Inches(0.7))
    tf = box.text_frame
    tf.word_wrap = True
    para = tf.paragraphs[0]
    for text, color, italic in ((welsh + " / ", TEAL, False), (english, SLATE, True)):
        run = para.add_run()
        run.text = text
        run.font.size = Pt(24)
        run.font.bold = True
        run.font.italic = italic
        run.font.name = FONT
        run.font.color.rgb = rgb(color)
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0.55, 1.1, 1.2, 0.06, MOSS)
    footer(slide, number)
    return slide


def page2(prs: PresentationType, welsh: str, english: str, number: int) -> Slide:
    """A slide whose title is two paragraphs: the Welsh, then the English in italic."""
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, RW, 0.12, TEAL)
    frame(
        slide.shapes,
        0.55,
        0.28,
        12.2,
        0.95,
        [(welsh, 24, True, False, TEAL), (english, 20, True, True, SLATE)],
    )
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0.55, 1.28, 1.2, 0.06, MOSS)
    footer(slide, number)
    return slide


def two_columns(
    slide: Slide, top: float, height: float, welsh: Sequence[str], english: Sequence[str], **kw
) -> None:
    """Welsh on the left, English on the right, as two text boxes, a rule between them."""
    column_box(slide.shapes, 0.55, top, 5.95, height, welsh, False, **kw)
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 6.64, top, 0.03, height, LINE)
    column_box(slide.shapes, 6.82, top, 5.95, height, english, True, **kw)


def bitable(
    shapes,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    left: float,
    top: float,
    row_h: float,
    size: float = 10.5,
    head_h: float = 0.45,
    first_bold: bool = True,
):
    """A native table: row 0 the header (teal, white, one line per cell); in the body a cell's
    text is split on newlines into paragraphs, the first Welsh (upright) and the second English
    (italic, slate) when there are two."""
    shape = shapes.add_table(
        len(rows),
        len(rows[0]),
        Inches(left),
        Inches(top),
        Inches(sum(widths)),
        Emu(Inches(head_h) + Inches(row_h) * (len(rows) - 1)),
    )
    tbl = shape.table
    for c, w in enumerate(widths):
        tbl.columns[c].width = Inches(w)
    for r, row in enumerate(rows):
        tbl.rows[r].height = Inches(head_h if r == 0 else row_h)
        for c, value in enumerate(row):
            cell = tbl.cell(r, c)
            cell.margin_left = cell.margin_right = Inches(0.07)
            cell.margin_top = cell.margin_bottom = Inches(0.04)
            cell.fill.solid()
            if r == 0:
                cell.fill.fore_color.rgb = rgb(TEAL)
            else:
                cell.fill.fore_color.rgb = rgb(MIST if r % 2 else WHITE)
            parts = value.split("\n")
            tf = cell.text_frame
            tf.word_wrap = True
            for i, text in enumerate(parts):
                para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
                run = para.add_run()
                run.text = text
                run.font.name = FONT
                run.font.size = Pt(size)
                if r == 0:
                    run.font.bold = True
                    run.font.color.rgb = rgb(WHITE)
                else:
                    english = len(parts) > 1 and i % 2 == 1
                    run.font.italic = english
                    run.font.bold = first_bold and c == 0
                    run.font.color.rgb = rgb(SLATE if english else INK)
    return shape


# ------------------------------------------------------------------ slides


def s01_cover(prs: PresentationType) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 4.3, RH, TEAL)
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 4.3, 0, 0.12, RH, MOSS)
    frame(
        slide.shapes,
        0.5,
        0.6,
        3.5,
        1.2,
        [
            ("Cyngor Sir Glaslyn", 18, True, False, WHITE),
            ("Glaslyn County Council", 16, False, True, WHITE),
        ],
    )
    frame(
        slide.shapes,
        0.5,
        5.6,
        3.5,
        1.4,
        [
            ("Rydym yn croesawu gohebiaeth yn Gymraeg.", 10, False, False, WHITE),
            ("We welcome correspondence in Welsh.", 10, False, True, WHITE),
        ],
        gap_after=[1],
    )
    frame(
        slide.shapes,
        5.0,
        1.5,
        7.8,
        1.9,
        [(" Cylch Llawn", 48, True, False, TEAL), (" Full Circle", 40, True, True, SLATE)],
    )
    frame(
        slide.shapes,
        5.0,
        3.55,
        7.8,
        1.0,
        pair(
            "Strategaeth Gwastraff ac Ailgylchu 2028-2031",
            "Waste and Recycling Strategy 2028-2031",
            20,
        ),
    )
    frame(
        slide.shapes,
        5.0,
        4.8,
        7.8,
        1.8,
        pair("Adroddiad i'r Cabinet, 7 Mawrth 2028", "Report to Cabinet, 7 March 2028", 14)
        + pair(
            "Cyfarwyddwr Corfforaethol yr Amgylchedd a'r Economi",
            "Corporate Director of Environment and Economy",
            13,
        ),
        gap_after=[1],
    )


def s02_summary(prs: PresentationType) -> None:
    slide = page(prs, "Crynodeb / Summary", 2)
    two_columns(
        slide,
        1.45,
        5.4,
        [
            "Yn 2026-27 fe wnaethom ailgylchu 63.8% o'n gwastraff. Mae'r gyfraith wedi gofyn am "
            "70% ers 2024-25.",
            "Cylch Llawn yw ein cynllun i gyrraedd 70% erbyn 2029-30 a 72% erbyn mis Mawrth 2031.",
            "Pedair blaenoriaeth: ailgylchu mwy gartref; canolfannau ailgylchu ac ailddefnyddio; "
            "fflyd a depo di-garbon; gwastraff masnachol a gwasanaeth gwell.",
            "Byddwn yn dechrau gyda pheilot yn Nhrefaelog ym mis Hydref 2028, ac yn penderfynu ym "
            "mis Mehefin 2029 a ddylid ei gyflwyno ym mhob ardal.",
            "Mae angen £9.4m o gyfalaf dros dair blynedd ariannol; erbyn 2030-31 bydd yn arbed "
            "£1.1m y flwyddyn mewn costau gwaredu.",
        ],
        [
            "In 2026-27 we recycled 63.8% of our waste. The law has asked for 70% since 2024-25.",
            "Full Circle is our plan to reach 70% by 2029-30 and 72% by March 2031.",
            "Four priorities: recycle more at home; recycling centres and reuse; a zero-carbon "
            "fleet and depot; trade waste and a better service.",
            "We start with a pilot in Trefaelog in October 2028, and decide in June 2029 whether "
            "to roll it out to every area.",
            "It needs £9.4m of capital over three financial years; by 2030-31 it saves £1.1m a "
            "year in disposal costs.",
        ],
        size=14,
        space=12,
    )


TILES = (
    (
        "58,240",
        "o aelwydydd yn cael casgliadau wrth ymyl y ffordd",
        "households on kerbside collections",
    ),
    (
        "63.8%",
        "cyfradd ailgylchu 2026-27 (targed statudol: 70%)",
        "recycling rate in 2026-27 (statutory target: 70%)",
    ),
    (
        "412 kg",
        "o wastraff bagiau du fesul aelwyd y flwyddyn",
        "of black-bag waste per household a year",
    ),
    (
        "16,400",
        "o aelwydydd yn Aberceiro a Chwm Erwydd yn dal i ddefnyddio bagiau glas cymysg",
        "households in Aberceiro and Cwm Erwydd still on mixed blue bags",
    ),
    ("2 / 34", "cerbyd casglu sbwriel sy'n drydanol", "refuse collection vehicles are electric"),
    (
        "610 / 1,480",
        "cwsmer gwastraff masnachol sy'n ailgylchu gyda ni",
        "trade waste customers recycle with us",
    ),
    (
        "3 + 1 + 1",
        "canolfan ailgylchu, gorsaf drosglwyddo a depo",
        "recycling centres, a transfer station and a depot",
    ),
    (
        "£618,000",
        "dirwy bosibl am 2026-27: £200 am bob tunnell o dan y targed",
        "possible fine for 2026-27: £200 for every tonne below the target",
    ),
)


def s03_today(prs: PresentationType) -> None:
    slide = page(prs, "Ble rydym ni heddiw / Where we are today", 3)
    width, height, gap = 2.9, 2.45, 0.2
    for i, (big, welsh, english) in enumerate(TILES):
        col, row = i % 4, i // 4
        x = 0.55 + col * (width + gap)
        y = 1.45 + row * (height + 0.2)
        filled(slide.shapes, MSO_SHAPE.RECTANGLE, x, y, width, height, MIST)
        filled(slide.shapes, MSO_SHAPE.RECTANGLE, x, y, width, 0.07, MOSS)
        frame(slide.shapes, x + 0.15, y + 0.15, width - 0.3, 0.65, [(big, 28, True, False, TEAL)])
        frame(
            slide.shapes,
            x + 0.15,
            y + 0.85,
            width - 0.3,
            1.5,
            [cy(welsh, 11), en(english, 11)],
            gap_after=[0],
            space=4,
        )
    frame(
        slide.shapes,
        0.55,
        6.6,
        12.2,
        0.4,
        [
            cy("Ffynhonnell: WasteDataFlow a chofnodion y Cyngor, 2026-27", 9),
            en("Source: WasteDataFlow and Council records, 2026-27", 9),
        ],
    )
    notes(
        slide,
        [
            "The 63.8% is the verified WasteDataFlow figure for 2026-27. The unverified figure "
            "for the first half of 2027-28 is 64.5%, so we are moving, but slowly.",
            "Municipal waste was 49,800 tonnes in 2026-27. At 70% we would have recycled 3,090 "
            "tonnes more; at £200 a tonne that is the £618,000 on the slide.",
            "Welsh Government has not fined any council yet. It wrote to us in November 2027 "
            "asking for our recovery plan, and this strategy is that plan.",
        ],
    )


def s04_why(prs: PresentationType) -> None:
    slide = page(prs, "Pam mae angen newid / Why we need to change", 4)
    two_columns(
        slide,
        1.45,
        5.45,
        [
            "Mae'r targed statudol o 70% wedi bod mewn grym ers 2024-25, ac rydym wedi'i fethu "
            "dair blynedd yn olynol.",
            "Gall Llywodraeth Cymru ein dirwyo £200 am bob tunnell o dan y targed.",
            "Mae pob tunnell a losgwn yn y gwaith ynni o wastraff yng Nglanfor yn costio £131; "
            "mae tunnell o ailgylchu wedi'i ddidoli yn dod ag incwm o £38 ar gyfartaledd.",
            "Ers mis Ebrill 2024 mae'n rhaid i bob busnes wahanu ei ailgylchu, ac nid yw llawer o'n "
            "cwsmeriaid masnachol yn gwneud hynny eto.",
            "Datganodd y Cyngor argyfwng hinsawdd yn 2019; mae'r fflyd sbwriel yn llosgi 410,000 "
            "litr o ddiesel y flwyddyn.",
            "Mae trigolion yn dweud wrthym eu bod eisiau llai o finiau wedi'u methu, a gwasanaeth "
            "yn yr iaith o'u dewis.",
        ],
        [
            "The statutory target of 70% has applied since 2024-25, and we have missed it three "
            "years running.",
            "Welsh Government can fine us £200 for every tonne below the target.",
            "Each tonne we burn at the Glanfor energy-from-waste plant costs £131; a tonne of "
            "sorted recycling brings in £38 on average.",
            "Since April 2024 every business must separate its recycling, and many of our trade "
            "customers do not yet.",
            "The Council declared a climate emergency in 2019; the refuse fleet burns 410,000 "
            "litres of diesel a year.",
            "Residents tell us they want fewer missed bins, and a service in the language of "
            "their choice.",
        ],
        size=13.5,
        space=11,
    )


def s05_ambition(prs: PresentationType) -> None:
    slide = page2(prs, "Ein huchelgais", "Our ambition", 5)
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0.55, 1.6, 0.1, 5.2, MOSS)
    frame(
        slide.shapes,
        0.85,
        1.6,
        11.9,
        5.2,
        [
            cy(
                "Glaslyn lanach a gwyrddach, lle nad oes dim byd defnyddiol yn mynd yn wastraff.",
                24,
                True,
            ),
            en("A cleaner, greener Glaslyn, where nothing useful goes to waste.", 22, True),
            cy(
                "Erbyn mis Mawrth 2031 byddwn yn ailgylchu 72% o'n gwastraff, ac ni fyddwn byth yn "
                "disgyn o dan y 70% statudol o 2029-30 ymlaen.",
                17,
            ),
            en(
                "By March 2031 we will recycle 72% of our waste, and we will never fall below the "
                "statutory 70% from 2029-30 onwards.",
                17,
            ),
            cy("Byddwn ymhlith y pum cyngor gorau yng Nghymru am ailgylchu erbyn 2030-31.", 17),
            en("We will be among the top five councils in Wales for recycling by 2030-31.", 17),
            cy(
                "Bydd pob preswylydd yn cael yr un gwasanaeth rhagorol yn Gymraeg ac yn Saesneg.",
                17,
            ),
            en("Every resident will get the same excellent service in Welsh and in English.", 17),
        ],
        gap_after=[1, 3, 5],
        space=22,
    )


PRIORITIES = (
    (
        "1",
        "Ailgylchu mwy gartref",
        "Recycle more at home",
        "Didoli wrth ymyl y ffordd i bawb, a'r bin du bob tair wythnos",
        "Kerbside sorting for everyone, and the black bin every three weeks",
    ),
    (
        "2",
        "Canolfannau ailgylchu ac ailddefnyddio",
        "Recycling centres and reuse",
        "Didoli cyn taflu, ac ail fywyd i bethau da",
        "Sort before you tip, and a second life for good things",
    ),
    (
        "3",
        "Fflyd a depo di-garbon",
        "A zero-carbon fleet and depot",
        "Cerbydau casglu trydan, a'u gwefru yn y depo",
        "Electric collection vehicles, charged at the depot",
    ),
    (
        "4",
        "Gwastraff masnachol a gwasanaeth gwell",
        "Trade waste and a better service",
        "Ailgylchu i bob busnes, a gwasanaeth digidol yn y ddwy iaith",
        "Recycling for every business, and a digital service in both languages",
    ),
)


def s06_priorities(prs: PresentationType) -> None:
    slide = page(prs, "Ein pedair blaenoriaeth / Our four priorities", 6)
    width, gap = 2.9, 0.2
    for i, (num, welsh, english, wline, eline) in enumerate(PRIORITIES):
        x = 0.55 + i * (width + gap)
        frame(
            slide.shapes,
            x,
            1.45,
            width,
            4.1,
            [
                (num, 30, True, False, MOSS),
                cy(welsh, 15, True),
                en(english, 15, True),
                cy(wline, 12),
                en(eline, 12),
            ],
            kind=MSO_SHAPE.RECTANGLE,
            fill=MIST,
            line=LINE,
            margin=0.15,
            gap_after=[0, 2, 3],
            space=10,
        )
    frame(
        slide.shapes,
        0.55,
        5.75,
        12.2,
        1.05,
        [
            (
                "Sylfeini: data cywir \u00b7 criwiau hyfforddedig \u00b7 y Gymraeg ym mhopeth a wnawn",
                13,
                True,
                False,
                WHITE,
            ),
            (
                "Foundations: accurate data \u00b7 trained crews \u00b7 Welsh in everything we do",
                13,
                True,
                True,
                WHITE,
            ),
        ],
        kind=MSO_SHAPE.RECTANGLE,
        fill=TEAL,
        align=PP_ALIGN.CENTER,
        anchor=MSO_ANCHOR.MIDDLE,
        gap_after=[0],
        space=4,
    )


def goal_bar(slide: Slide, top: float, paras: Sequence[Para], height: float = 0.85) -> None:
    frame(
        slide.shapes,
        0.55,
        top,
        12.2,
        height,
        [(t, s, True, i, WHITE) for t, s, _, i, _ in paras],
        kind=MSO_SHAPE.RECTANGLE,
        fill=TEAL,
        anchor=MSO_ANCHOR.MIDDLE,
        margin=0.14,
        gap_after=[1],
        space=3,
    )


def know_box(slide: Slide, left: float, top: float, width: float, height: float, items) -> None:
    frame(
        slide.shapes,
        left,
        top,
        width,
        height,
        [cy("Sut y byddwn yn gwybod", 13, True), en("How we will know", 13, True)]
        + [p for w, e in items for p in pair(w, e, 11.5)],
        kind=MSO_SHAPE.RECTANGLE,
        fill=PALE,
        line=LINE,
        margin=0.14,
        gap_after=[1] + list(range(3, 2 + 2 * len(items), 2)),
        space=7,
    )


def s07_priority1(prs: PresentationType) -> None:
    slide = page(prs, "Blaenoriaeth 1: Ailgylchu mwy gartref / Priority 1: Recycle more at home", 7)
    goal_bar(
        slide,
        1.35,
        pair(
            "Nod: pob aelwyd, gan gynnwys fflatiau, ar gasgliad didoli wythnosol erbyn mis Medi 2030",
            "Goal: every household, flats included, on a weekly kerbside-sort collection by "
            "September 2030",
            14,
        ),
    )
    frame(
        slide.shapes,
        0.55,
        2.35,
        8.0,
        0.4,
        [(("Beth wnawn ni / What we will do"), 14, True, False, TEAL)],
    )
    pairs_box(
        slide.shapes,
        0.55,
        2.75,
        8.1,
        4.2,
        [
            (
                "Symud 16,400 o aelwydydd yn Aberceiro a Chwm Erwydd o fagiau glas cymysg i focsys "
                "didoli sy'n pentyrru \u2014 Arweinydd: Rheolwr Casgliadau",
                "Move 16,400 households in Aberceiro and Cwm Erwydd from mixed blue bags to "
                "stackable sorting boxes \u2014 Lead: Collections Manager",
            ),
            (
                "Casglu'r bin du bob tair wythnos yn lle bob pythefnos, gydag ailgylchu a gwastraff "
                "bwyd yn dal i gael eu casglu bob wythnos \u2014 Arweinydd: Rheolwr Casgliadau",
                "Collect black bins every three weeks instead of every two, with recycling and food "
                "waste still collected every week \u2014 Lead: Collections Manager",
            ),
            (
                "Dod â chasgliadau bwyd ac ailgylchu i 3,100 o fflatiau sydd â storfeydd biniau "
                "cymunedol",
                "Bring food and recycling collections to 3,100 flats with communal bin stores",
            ),
            (
                "Curo ar ddrysau ym mhob stryd cyn i'r newid gyrraedd, a rhoi leinwyr cadi bwyd am "
                "ddim am flwyddyn \u2014 Arweinydd: Arweinydd Tîm Addysg a Gorfodi Ailgylchu",
                "Knock on doors in every street before the change arrives, and give free food "
                "caddy liners for a year \u2014 Lead: Recycling Education and Enforcement Team "
                "Leader",
            ),
            (
                "Gosod technoleg yn y cab ar bob un o'r 34 cerbyd erbyn mis Mawrth 2029 \u2014 "
                "Arweinydd: Arweinydd Gwasanaethau Digidol (yr Amgylchedd)",
                "Fit in-cab technology to all 34 vehicles by March 2029 \u2014 Lead: Digital "
                "Services Lead (Environment)",
            ),
        ],
        size=11,
        space=6,
    )
    know_box(
        slide,
        8.9,
        2.35,
        3.85,
        4.5,
        [
            (
                "Cyfradd ailgylchu statudol: o 63.8% i 72%",
                "Statutory recycling rate: from 63.8% to 72%",
            ),
            (
                "Gwastraff gweddilliol: o 412 kg i 300 kg yr aelwyd",
                "Residual waste: from 412 kg to 300 kg per household",
            ),
            (
                "Aelwydydd sy'n defnyddio'r casgliad bwyd: o 54% i 75%",
                "Households using the food collection: from 54% to 75%",
            ),
        ],
    )


def s08_priority2(prs: PresentationType) -> None:
    slide = page(
        prs,
        "Blaenoriaeth 2: Canolfannau ailgylchu ac ailddefnyddio / Priority 2: Recycling centres "
        "and reuse",
        8,
    )
    two_columns(
        slide,
        1.4,
        5.5,
        [
            "Nod: ailddefnyddio neu ailgylchu 85% o'r hyn a ddaw i'n canolfannau ailgylchu erbyn "
            "mis Mawrth 2031",
            "Beth wnawn ni",
            "Agor siop ailddefnyddio yng nghanolfan ailgylchu Llanfedw erbyn mis Ebrill 2029, gyda "
            "Phrosiect Dodrefn Glaslyn",
            "Cyflwyno 'didoli cyn taflu' yn y tair canolfan: agor a gwirio bagiau du wrth y giât",
            "Cyflwyno system archebu ar-lein ar gyfer faniau, trelars a llwythi mawr",
            "Rhoi WeighPoint yn lle'r tocynnau pont bwyso a ysgrifennir â llaw ym Maesglas, "
            "Trefaelog, fel yn Llanfedw a Phant-y-Brain",
            "Arweinydd: Rheolwr Canolfannau Ailgylchu a'r Orsaf Drosglwyddo",
            "Sut y byddwn yn gwybod",
            "Ailddefnyddio ac ailgylchu yn ein canolfannau: o 71% i 85%",
        ],
        [
            "Goal: 85% of what comes into our recycling centres reused or recycled by March 2031",
            "What we will do",
            "Open a reuse shop at Llanfedw recycling centre by April 2029, with the Glaslyn "
            "Furniture Project",
            "Introduce sort-before-you-tip at all three sites: black bags opened and checked at "
            "the gate",
            "Bring in online booking for vans, trailers and large loads",
            "Replace the handwritten weighbridge tickets at Maesglas, Trefaelog, with WeighPoint, "
            "as at Llanfedw and Pant-y-Brain",
            "Lead: Recycling Centres and Transfer Station Manager",
            "How we will know",
            "Reuse and recycling at our centres: from 71% to 85%",
        ],
        size=12.5,
        heads=(0, 1, 7),
        space=8,
    )


def s09_priority3(prs: PresentationType) -> None:
    slide = page(
        prs, "Blaenoriaeth 3: Fflyd a depo di-garbon / Priority 3: A zero-carbon fleet and depot", 9
    )
    goal_bar(
        slide,
        1.35,
        pair(
            "Nod: 18 o'n 34 cerbyd casglu sbwriel yn drydanol erbyn mis Mawrth 2031, a phob cerbyd "
            "newydd yn drydanol o fis Ebrill 2029",
            "Goal: 18 of our 34 refuse collection vehicles electric by March 2031, and every new "
            "vehicle electric from April 2029",
            14,
        ),
        1.0,
    )
    frame(
        slide.shapes,
        0.55,
        2.5,
        8.0,
        0.4,
        [("Beth wnawn ni / What we will do", 14, True, False, TEAL)],
    )
    pairs_box(
        slide.shapes,
        0.55,
        2.9,
        8.1,
        3.9,
        [
            (
                "Prynu 16 cerbyd casglu sbwriel trydan mewn tri swp, wrth i'r cerbydau diesel "
                "gyrraedd wyth oed",
                "Buy 16 electric refuse collection vehicles in three batches, as the diesel "
                "vehicles reach eight years old",
            ),
            (
                "Gwneud cais i'r gweithredwr rhwydwaith dosbarthu ym mis Mai 2028 am gysylltiad "
                "1.5 MVA yn nepo Ffordd y Gamlas",
                "Apply to the distribution network operator in May 2028 for a 1.5 MVA connection "
                "at Ffordd y Gamlas depot",
            ),
            (
                "Gosod 20 o wefrwyr cerbydau yn y depo cyn i'r ail swp gyrraedd",
                "Install 20 vehicle chargers at the depot before the second batch arrives",
            ),
            (
                "Hyfforddi chwe thechnegydd gweithdy i weithio ar gerbydau foltedd uchel",
                "Train six workshop technicians to work on high-voltage vehicles",
            ),
        ],
        size=12,
        space=8,
    )
    frame(
        slide.shapes,
        0.55,
        6.45,
        8.1,
        0.5,
        pair("Arweinydd: Rheolwr Fflyd a Depo", "Lead: Fleet and Depot Manager", 11.5, True),
    )
    know_box(
        slide,
        8.9,
        2.5,
        3.85,
        3.2,
        [
            (
                "Cerbydau trydan yn y fflyd sbwriel: o 2 i 18",
                "Electric vehicles in the refuse fleet: from 2 to 18",
            ),
            (
                "Diesel y fflyd sbwriel: o 410,000 litr i 190,000 litr y flwyddyn",
                "Refuse fleet diesel: from 410,000 to 190,000 litres a year",
            ),
        ],
    )


def s10_priority4(prs: PresentationType) -> None:
    slide = page(
        prs,
        "Blaenoriaeth 4: Gwastraff masnachol a gwasanaeth gwell / Priority 4: Trade waste and a "
        "better service",
        10,
    )
    two_columns(
        slide,
        1.4,
        5.55,
        [
            "Nod: 1,100 o gwsmeriaid gwastraff masnachol â gwasanaeth ailgylchu erbyn mis Mawrth "
            "2031",
            "Nod: dim mwy na 40 o gasgliadau a fethwyd fesul 100,000 erbyn mis Mawrth 2031",
            "Beth wnawn ni",
            "Cynnig casgliad ailgylchu i bob cwsmer gwastraff masnachol heb dâl ychwanegol am y tri "
            "mis cyntaf \u2014 Arweinydd: Rheolwr Gwastraff Masnachol",
            "Symud contractau a biliau gwastraff masnachol o'r daenlen i'r system Cyswllt \u2014 "
            "Arweinydd: Arweinydd Gwasanaethau Digidol (yr Amgylchedd)",
            "Gadael i drigolion roi gwybod am fin a fethwyd, archebu bocs neu archebu ymweliad â "
            "chanolfan ailgylchu ar-lein, yn Gymraeg neu'n Saesneg, a chael yr ateb yn yr iaith a "
            "ddewiswyd ganddynt",
            "Ateb pob galwad yn Gymraeg neu'n Saesneg o'r dewis cyntaf ar y ffôn \u2014 Arweinydd: "
            "Rheolwr y Ganolfan Gyswllt Cwsmeriaid",
        ],
        [
            "Goal: 1,100 trade waste customers with a recycling service by March 2031",
            "Goal: no more than 40 missed collections per 100,000 by March 2031",
            "What we will do",
            "Offer every trade waste customer a recycling collection at no extra charge for the "
            "first three months \u2014 Lead: Trade Waste Manager",
            "Move trade waste contracts and billing out of the spreadsheet into Cyswllt \u2014 "
            "Lead: Digital Services Lead (Environment)",
            "Let residents report a missed bin, order a box or book a recycling centre visit "
            "online, in Welsh or English, and get the reply in the language they chose",
            "Answer every call in Welsh or English from the first menu option \u2014 Lead: "
            "Customer Contact Centre Manager",
        ],
        size=12.5,
        heads=(0, 1, 2),
        space=9,
    )


KPI_ROWS = (
    (
        "Mesur / Measure",
        "Heddiw (2026-27) / Today (2026-27)",
        "Carreg filltir / Milestone",
        "Targed 2031 / 2031 target",
    ),
    (
        "Cyfradd ailgylchu statudol (ailddefnyddio, ailgylchu a chompostio)\n"
        "Statutory recycling rate (reuse, recycling and composting)",
        "63.8%",
        "70% erbyn 2029-30\n70% by 2029-30",
        "72%",
    ),
    (
        "Gwastraff gweddilliol fesul aelwyd (kg y flwyddyn)\n"
        "Residual waste per household (kg a year)",
        "412 kg",
        "350 kg erbyn 2029-30\n350 kg by 2029-30",
        "300 kg",
    ),
    (
        "Aelwydydd sy'n defnyddio'r casgliad gwastraff bwyd\n"
        "Households using the food waste collection",
        "54%\n(rowndiau Llanfedw yn unig)\n(Llanfedw rounds only)",
        "65% erbyn 2029-30\n65% by 2029-30",
        "75%",
    ),
    (
        "Ailgylchu sych a wrthodir am ei fod wedi'i halogi\nDry recycling rejected as contaminated",
        "9.5%",
        "5% erbyn 2029-30\n5% by 2029-30",
        "3%",
    ),
    (
        "Casgliadau a fethwyd fesul 100,000 o gasgliadau\n"
        "Missed collections per 100,000 collections",
        "96",
        "60 erbyn 2029-30\n60 by 2029-30",
        "40",
    ),
    (
        "Ailddefnyddio ac ailgylchu yn ein canolfannau ailgylchu\n"
        "Reuse and recycling at our recycling centres",
        "71%",
        "80% erbyn 2029-30\n80% by 2029-30",
        "85%",
    ),
    (
        "Cerbydau trydan yn y fflyd sbwriel\nElectric vehicles in the refuse fleet",
        "2 o 34\n2 of 34",
        "7 erbyn 2029-30\n7 by 2029-30",
        "18 o 34\n18 of 34",
    ),
    (
        "Cwsmeriaid gwastraff masnachol sydd â gwasanaeth ailgylchu\n"
        "Trade waste customers with a recycling service",
        "610",
        "850 erbyn 2029-30\n850 by 2029-30",
        "1,100",
    ),
    (
        "Bodlonrwydd trigolion â gwasanaethau gwastraff\nResident satisfaction with waste services",
        "74%\n(arolwg 2027)\n(2027 survey)",
        "\u2014",
        "I'w osod ym Mhorth 2\nTo be set at Gate 2",
    ),
)


def s11_kpis(prs: PresentationType) -> None:
    slide = page(prs, "Sut y byddwn yn mesur llwyddiant / How we will measure success", 11)
    bitable(slide.shapes, KPI_ROWS, (5.6, 2.3, 2.3, 2.0), 0.55, 1.35, 0.54, 10, 0.42)
    frame(
        slide.shapes,
        0.55,
        6.55,
        12.2,
        0.45,
        [
            cy("Targed 2031: y flwyddyn ariannol 2030-31, hyd at 31 Mawrth 2031", 9),
            en("2031 target: the financial year 2030-31, to 31 March 2031", 9),
        ],
    )
    notes(
        slide,
        [
            "Food waste participation is counted by the in-cab system, so today's 54% covers the "
            "Llanfedw rounds only. We will have a county figure once every vehicle has in-cab "
            "technology.",
            "We have not set a satisfaction target yet. We will set it at Gate 2, after the "
            "Trefaelog residents' survey, and bring it back to Cabinet.",
        ],
    )


ROADMAP = (
    ("Cam / Phase", "Pryd / When", "Beth sy'n digwydd / What happens", "Porth / Gate"),
    (
        "Cam 1 \u00b7 Paratoi\nPhase 1 \u00b7 Get ready",
        "Ebrill - Medi 2028\nApril - September 2028",
        "Ymgynghori â'r GMB a'r cynghorau tref a chymuned; archebu bocsys a cherbydau; gwneud cais "
        "am y cysylltiad grid\n"
        "Consult the GMB and the town and community councils; order boxes and vehicles; apply "
        "for the grid connection",
        "Porth 1 \u00b7 Medi 2028: yn barod i dreialu?\nGate 1 \u00b7 September 2028: ready to "
        "pilot?",
    ),
    (
        "Cam 2 \u00b7 Treialu yn Nhrefaelog\nPhase 2 \u00b7 Pilot in Trefaelog",
        "Hydref 2028 - Mehefin 2029\nOctober 2028 - June 2029",
        "Bocsys didoli, y bin du bob tair wythnos a thechnoleg yn y cab ar bedair rownd "
        "Trefaelog; y siop ailddefnyddio'n agor\n"
        "Sorting boxes, three-weekly black bins and in-cab technology on the four Trefaelog "
        "rounds; the reuse shop opens",
        "Porth 2 \u00b7 Mehefin 2029: penderfynu a ddylid cyflwyno i bob ardal\nGate 2 \u00b7 June "
        "2029: go/no-go for roll-out",
    ),
    (
        "Cam 3 \u00b7 Cyflwyno fesul ardal\nPhase 3 \u00b7 Roll out area by area",
        "Gorffennaf 2029 - Medi 2030\nJuly 2029 - September 2030",
        "Aberceiro a Chwm Erwydd o fis Hydref 2029, yna Llanfedw a'r ardaloedd gwledig; yr ail a'r "
        "trydydd swp o gerbydau trydan\n"
        "Aberceiro and Cwm Erwydd from October 2029, then Llanfedw and the rural areas; the "
        "second and third batches of electric vehicles",
        "Porth 3 \u00b7 Medi 2030: pob aelwyd ar y gwasanaeth newydd\nGate 3 \u00b7 September "
        "2030: every household on the new service",
    ),
    (
        "Cam 4 \u00b7 Gwreiddio\nPhase 4 \u00b7 Embed",
        "Hydref 2030 - Mawrth 2031\nOctober 2030 - March 2031",
        "Mireinio'r rowndiau, gorfodi'r rheolau ar wastraff ochr, adolygu'r targedau ar gyfer 2031-34\n"
        "Fine-tune rounds, enforce on side waste, review the targets for 2031-34",
        "Porth 4 \u00b7 Mawrth 2031: adolygiad diwedd y rhaglen\nGate 4 \u00b7 March 2031: "
        "end-of-programme review",
    ),
)


def s12_roadmap(prs: PresentationType) -> None:
    slide = page(
        prs,
        "Map y ffordd: 36 mis, Ebrill 2028 i Fawrth 2031 / Roadmap: 36 months, April 2028 to "
        "March 2031",
        12,
    )
    frame(
        slide.shapes,
        0.55,
        1.3,
        3.0,
        0.5,
        [
            cy("Blwyddyn ariannol (Ebrill i Fawrth)", 10, True),
            en("Financial year (April to March)", 10, True),
        ],
    )
    for i, fy in enumerate(("2028-29", "2029-30", "2030-31")):
        filled(
            slide.shapes,
            MSO_SHAPE.PENTAGON if i < 2 else MSO_SHAPE.RECTANGLE,
            3.7 + i * 3.05,
            1.32,
            3.0,
            0.42,
            (TEAL, SLATE, MOSS)[i],
            [fy],
            13,
            True,
            WHITE,
            FONT,
            align=PP_ALIGN.CENTER,
        )
    bitable(slide.shapes, ROADMAP, (2.6, 2.2, 4.6, 2.8), 0.55, 1.95, 1.12, 10, 0.4)


def s13_pilot(prs: PresentationType) -> None:
    slide = page2(prs, "Y peilot: Trefaelog", "The pilot: Trefaelog", 13)
    frame(
        slide.shapes,
        0.55,
        1.5,
        7.6,
        1.5,
        pair(
            "Trefaelog: 5,260 o aelwydydd ar bedair rownd (T1-T4), a chanolfan ailgylchu Maesglas",
            "Trefaelog: 5,260 households on four rounds (T1-T4), and the Maesglas recycling centre",
            13,
            True,
        )
        + pair(
            "Pam Trefaelog: tref farchnad gyda strydoedd teras, stadau newydd a ffermydd, fel y sir "
            "gyfan ar raddfa fach",
            "Why Trefaelog: a market town with terraced streets, new estates and farms, like the "
            "whole county in miniature",
            12,
        ),
        gap_after=[1],
    )
    frame(slide.shapes, 0.55, 3.05, 7.6, 0.4, [("Camau / Steps", 14, True, False, TEAL)])
    pairs_box(
        slide.shapes,
        0.55,
        3.45,
        7.6,
        3.5,
        [
            (
                "Dosbarthu bocsys didoli sy'n pentyrru i bob aelwyd ar rowndiau T1-T4 ym mis Medi 2028",
                "Deliver stackable sorting boxes to every household on rounds T1-T4 in September "
                "2028",
            ),
            (
                "Dechrau casglu'r bin du bob tair wythnos yn Nhrefaelog ar 2 Hydref 2028",
                "Start three-weekly black bin collections in Trefaelog on 2 October 2028",
            ),
            (
                "Gosod technoleg yn y cab ar bedwar cerbyd Trefaelog cyn i'r peilot ddechrau",
                "Fit in-cab technology to the four Trefaelog vehicles before the pilot starts",
            ),
            (
                "Adrodd canlyniadau'r peilot i Fwrdd y Rhaglen bob mis",
                "Report the pilot's results to the Programme Board every month",
            ),
        ],
        size=11.5,
        space=7,
    )
    frame(
        slide.shapes,
        8.45,
        1.5,
        4.3,
        5.3,
        pair("Meini prawf ar gyfer Porth 2", "Pass marks for Gate 2", 13, True)
        + pair(
            "Cyfradd ailgylchu Trefaelog yn 70% neu'n uwch dros dri mis olaf y peilot",
            "Trefaelog's recycling rate at 70% or above over the pilot's last three months",
            12,
        )
        + pair(
            "Dim mwy na 60 o gasgliadau a fethwyd fesul 100,000",
            "No more than 60 missed collections per 100,000",
            12,
        )
        + pair(
            "Halogi yn yr ailgylchu sych o dan 5%",
            "Contamination in dry recycling under 5%",
            12,
        ),
        kind=MSO_SHAPE.RECTANGLE,
        fill=PALE,
        line=LINE,
        margin=0.16,
        gap_after=[1, 3, 5],
        space=12,
    )
    notes(
        slide,
        [
            "Before the boxes are delivered we will hold drop-in sessions at Trefaelog library and "
            "Maesglas community centre with Trefaelog Town Council, so residents can see the boxes "
            "and ask questions in either language.",
            "Trefaelog's recycling rate will come from the pilot rounds' tonnages. Until WeighPoint "
            "is in at Maesglas, that site's tonnages come from handwritten tickets.",
        ],
    )


RISKS = (
    ("Risg / Risk", "Tebygolrwydd / Likelihood", "Lliniaru / Mitigation"),
    (
        "Mae uwchraddio'r grid yn y depo yn cymryd mwy na 18 mis\n"
        "The grid upgrade at the depot takes longer than 18 months",
        "Uchel\nHigh",
        "Gwneud cais ym mis Mai 2028; llogi gwefrwyr batri symudol os bydd y cysylltiad yn hwyr\n"
        "Apply in May 2028; hire mobile battery chargers if the connection is late",
    ),
    (
        "Mae trigolion yn gwrthwynebu'r bin du bob tair wythnos\n"
        "Residents resist three-weekly black bins",
        "Canolig\nMedium",
        "Casgliad cewynnau a chynhyrchion anymataliaeth bob pythefnos i aelwydydd sy'n gofyn "
        "amdano; curo ar ddrysau cyn pob newid\n"
        "A fortnightly collection of nappies and incontinence products for households that ask "
        "for it; door-knocking before every change",
    ),
    (
        "Nid yw'r GMB yn cytuno i'r rowndiau newydd mewn pryd\n"
        "The GMB does not agree the new rounds in time",
        "Canolig\nMedium",
        "Dechrau ymgynghori ym mis Ebrill 2028, chwe mis cyn y peilot; ni fydd neb yn colli swydd "
        "oherwydd y newid\n"
        "Start consulting in April 2028, six months before the pilot; nobody loses a job because "
        "of the change",
    ),
    (
        "Mae gwastraff ochr a thipio anghyfreithlon yn cynyddu\nSide waste and fly-tipping rise",
        "Canolig\nMedium",
        "Swyddogion gorfodi ar bob rownd newydd am y mis cyntaf\n"
        "Enforcement officers on every new round for its first month",
    ),
    (
        "Ni ellir dod â chontract y bagiau glas i ben cyn 30 Medi 2029\n"
        "The blue-bag contract cannot end before 30 September 2029",
        "Sicr\nCertain",
        "Symud Aberceiro a Chwm Erwydd i'r gwasanaeth newydd o 1 Hydref 2029\n"
        "Move Aberceiro and Cwm Erwydd to the new service from 1 October 2029",
    ),
)


def s14_risks(prs: PresentationType) -> None:
    slide = page(prs, "Risgiau a sut y byddwn yn eu rheoli / Risks and how we will manage them", 14)
    bitable(slide.shapes, RISKS, (4.6, 1.6, 6.0), 0.55, 1.4, 1.0, 10.5, 0.42)
    notes(
        slide,
        [
            "The last risk is less a risk than a fact: ending the Tarian Recycling contract early "
            "would cost a £240,000 break fee, so we have planned the Aberceiro and Cwm Erwydd "
            "change around its end date.",
        ],
    )


def s15_first90(prs: PresentationType) -> None:
    slide = page(
        prs,
        "Y 90 diwrnod cyntaf: Ebrill i Fehefin 2028 / The first 90 days: April to June 2028",
        15,
    )
    items = (
        (
            "1. Dechrau'r ymgynghoriad 45 diwrnod gyda'r GMB ar rowndiau Trefaelog erbyn 30 Ebrill "
            "2028",
            "1. Start the 45-day consultation with the GMB on the Trefaelog rounds by 30 April "
            "2028",
        ),
        (
            "2. Ysgrifennu at bob un o'r 31 o gynghorau tref a chymuned am y newidiadau, wyth "
            "wythnos cyn unrhyw benderfyniad",
            "2. Write to all 31 town and community councils about the changes, eight weeks before "
            "any decision",
        ),
        (
            "3. Cyflwyno'r cais am gysylltiad grid 1.5 MVA a thalu'r blaendal",
            "3. Submit the 1.5 MVA grid connection application and pay the deposit",
        ),
        (
            "4. Archebu 5,600 set o focsys didoli a chadïau bwyd ar gyfer Trefaelog",
            "4. Order 5,600 sets of sorting boxes and food caddies for Trefaelog",
        ),
        (
            "5. Cynnal cyfarfod cyntaf Bwrdd Rhaglen Cylch Llawn ym mis Ebrill 2028",
            "5. Hold the first Full Circle Programme Board in April 2028",
        ),
        (
            "6. Cytuno i ymestyn contract RoundSense i'r 20 cerbyd arall",
            "6. Agree the RoundSense contract extension for the other 20 vehicles",
        ),
        (
            "7. Cwblhau'r asesiad effaith integredig, gan gynnwys yr effeithiau ar y Gymraeg, cyn "
            "Porth 1",
            "7. Complete the integrated impact assessment, Welsh language effects included, before "
            "Gate 1",
        ),
    )
    pairs_box(slide.shapes, 0.55, 1.45, 5.95, 5.5, items[:4], size=12.5, space=12)
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 6.64, 1.45, 0.03, 5.3, LINE)
    pairs_box(slide.shapes, 6.82, 1.45, 5.95, 5.5, items[4:], size=12.5, space=12)


def s16_governance(prs: PresentationType) -> None:
    slide = page(prs, "Llywodraethu ac ymgynghori / Governance and consultation", 16)
    pairs_box(
        slide.shapes,
        0.55,
        1.45,
        7.2,
        5.4,
        [
            (
                "Noddwr: Cyfarwyddwr Corfforaethol yr Amgylchedd a'r Economi, sy'n cadeirio Bwrdd "
                "Rhaglen Cylch Llawn bob mis",
                "Sponsor: Corporate Director of Environment and Economy, who chairs the Full Circle "
                "Programme Board every month",
            ),
            (
                "Rheoli'r rhaglen: Rheolwr Rhaglen Cylch Llawn, sy'n cadw'r cynllun, y risgiau a'r "
                "adroddiadau i'r pyrth",
                "Programme management: Full Circle Programme Manager, who keeps the plan, the risks "
                "and the gate reports",
            ),
            (
                "Mae'r Cabinet yn dirprwyo penderfyniad pob porth i'r Noddwr, ar ôl ymgynghori â'r "
                "Aelod Cabinet dros yr Amgylchedd a Newid Hinsawdd",
                "Cabinet delegates each gate decision to the sponsor, after consulting the Cabinet "
                "Member for Environment and Climate Change",
            ),
            (
                "Adroddiad i Bwyllgor Craffu'r Amgylchedd bob chwarter",
                "A report to the Environment Scrutiny Committee every quarter",
            ),
        ],
        size=13,
        space=14,
    )
    frame(
        slide.shapes,
        8.0,
        1.45,
        4.75,
        5.4,
        pair("Rydym yn ymgynghori â", "We consult", 13, True)
        + pair(
            "Y GMB: ymgynghoriad 45 diwrnod cyn unrhyw newid i rowndiau neu batrymau gwaith",
            "The GMB: a 45-day consultation before any change to rounds or work patterns",
            11.5,
        )
        + pair(
            "Cynghorau tref a chymuned: wyth wythnos o rybudd",
            "Town and community councils: eight weeks' notice",
            11.5,
        )
        + pair(
            "Swyddog Safonau'r Gymraeg: cyn cyhoeddi unrhyw beth i drigolion",
            "Welsh Language Standards Officer: before anything is published to residents",
            11.5,
        )
        + pair(
            "Swyddog Diogelu Data: cyn defnyddio lluniau camerâu'r cerbydau neu ddata archebu mewn "
            "ffordd newydd",
            "Data Protection Officer: before vehicle camera footage or booking data is used in a "
            "new way",
            11.5,
        ),
        kind=MSO_SHAPE.RECTANGLE,
        fill=MIST,
        line=LINE,
        margin=0.16,
        gap_after=[1, 3, 5, 7],
        space=10,
    )


MONEY = (
    ("Eitem / Item", "2028-29", "2029-30", "2030-31", "Cyfanswm / Total"),
    (
        "Cerbydau casglu trydan (16)\nElectric collection vehicles (16)",
        "£2.1m",
        "£2.6m",
        "£2.2m",
        "£6.9m",
    ),
    (
        "Gwefrwyr a chysylltiad grid\nChargers and grid connection",
        "£0.3m",
        "£1.0m",
        "\u2014",
        "£1.3m",
    ),
    ("Bocsys didoli a chadïau\nSorting boxes and caddies", "£0.1m", "£0.6m", "£0.1m", "£0.8m"),
    (
        "Siop ailddefnyddio a gwaith ar safleoedd\nReuse shop and site works",
        "£0.1m",
        "£0.2m",
        "£0.1m",
        "£0.4m",
    ),
    ("Cyfanswm cyfalaf\nTotal capital", "£2.6m", "£4.4m", "£2.4m", "£9.4m"),
)


def s17_money(prs: PresentationType) -> None:
    slide = page(prs, "Buddsoddiad / Investment", 17)
    bitable(slide.shapes, MONEY, (4.6, 1.8, 1.8, 1.8, 2.2), 0.55, 1.45, 0.62, 12, 0.45)
    pairs_box(
        slide.shapes,
        0.55,
        5.0,
        12.2,
        1.9,
        [
            (
                "Arbedion refeniw: £0.3m yn 2029-30 a £1.1m y flwyddyn o 2030-31, yn bennaf o "
                "gostau gwaredu is",
                "Revenue savings: £0.3m in 2029-30 and £1.1m a year from 2030-31, mostly from "
                "lower disposal costs",
            ),
            (
                "Cyllid: benthyca darbodus, a chais am £1.8m i Grant Cyfalaf yr Economi Gylchol "
                "Llywodraeth Cymru",
                "Funding: prudential borrowing, and a £1.8m bid to Welsh Government's Circular "
                "Economy Capital grant",
            ),
        ],
        size=12.5,
        space=10,
    )


def s18_ask(prs: PresentationType) -> None:
    slide = page(prs, "Gofynnir i'r Cabinet / Cabinet is asked to", 18)
    pairs_box(
        slide.shapes,
        0.55,
        1.5,
        12.2,
        5.3,
        [
            (
                "1. Gymeradwyo Cylch Llawn fel strategaeth gwastraff ac ailgylchu'r Cyngor ar "
                "gyfer 2028-2031",
                "1. Approve Full Circle as the Council's waste and recycling strategy for 2028-2031",
            ),
            (
                "2. Gymeradwyo cyfalaf o £9.4m dros dair blynedd ariannol, gyda £2.6m ohono yn "
                "2028-29",
                "2. Approve capital of £9.4m over three financial years, £2.6m of it in 2028-29",
            ),
            (
                "3. Gytuno ar y peilot yn Nhrefaelog, a chasglu'r bin du bob tair wythnos yno o 2 "
                "Hydref 2028",
                "3. Agree the Trefaelog pilot, and three-weekly black bin collections there from 2 "
                "October 2028",
            ),
            (
                "4. Ddirprwyo penderfyniad pob porth i'r Cyfarwyddwr Corfforaethol yr Amgylchedd "
                "a'r Economi, ar ôl ymgynghori â'r Aelod Cabinet dros yr Amgylchedd a Newid "
                "Hinsawdd",
                "4. Delegate each gate decision to the Corporate Director of Environment and "
                "Economy, after consulting the Cabinet Member for Environment and Climate Change",
            ),
        ],
        size=15,
        space=16,
    )


def build_deck() -> PresentationType:
    prs = new_deck(RW, RH)
    for make in (
        s01_cover,
        s02_summary,
        s03_today,
        s04_why,
        s05_ambition,
        s06_priorities,
        s07_priority1,
        s08_priority2,
        s09_priority3,
        s10_priority4,
        s11_kpis,
        s12_roadmap,
        s13_pilot,
        s14_risks,
        s15_first90,
        s16_governance,
        s17_money,
        s18_ask,
    ):
        make(prs)
    return prs


def deck_bytes() -> bytes:
    return ooxml_bytes(
        build_deck(),
        STAMP,
        author="Glaslyn County Council",
        last_modified_by="Waste and Environmental Services",
        title="Cylch Llawn / Full Circle",
        revision=7,
    )


# =========================================================================== the org folder

ROSTER_HEAD = (
    "Job title (English)",
    "Teitl swydd (Cymraeg)",
    "Service area",
    "Reports to",
    "Programme involvement",
    "Remit",
)
ROSTER = (
    (
        "Corporate Director of Environment and Economy",
        "Cyfarwyddwr Corfforaethol yr Amgylchedd a'r Economi",
        "Environment and Economy Directorate",
        "Chief Executive",
        "Core",
        "Sponsor of Full Circle and chair of the Full Circle Programme Board. Takes each gate "
        "decision under the delegation from Cabinet, after consulting the Cabinet Member for "
        "Environment and Climate Change. Releases the capital for each phase and answers to "
        "Cabinet and the Environment Scrutiny Committee for the programme.",
    ),
    (
        "Cabinet Member for Environment and Climate Change",
        "Aelod Cabinet dros yr Amgylchedd a Newid Hinsawdd",
        "Elected members",
        "Leader of the Council",
        "Consult only",
        "Elected member who holds the environment portfolio. Is consulted before every gate "
        "decision and before any change to collection policy is announced. Takes no part in "
        "running the service.",
    ),
    (
        "Head of Waste and Environmental Services",
        "Pennaeth Gwasanaethau Gwastraff a'r Amgylchedd",
        "Waste and Environmental Services",
        "Corporate Director of Environment and Economy",
        "Core",
        "Runs collections, the three recycling centres, the transfer station, trade waste and "
        "the depot. Owns the statutory recycling rate and answers to Welsh Government for it. "
        "Leads formal consultation with the GMB on service changes, with the HR Business "
        "Partner's advice. Deputy chair of the Programme Board.",
    ),
    (
        "Full Circle Programme Manager",
        "Rheolwr Rhaglen Cylch Llawn",
        "Waste and Environmental Services",
        "Head of Waste and Environmental Services",
        "Core",
        "Keeps the Full Circle plan, risk log and budget tracker. Prepares the gate reports and "
        "the monthly Programme Board papers. Coordinates the integrated impact assessment and "
        "the notices to town and community councils.",
    ),
    (
        "Collections Manager",
        "Rheolwr Casgliadau",
        "Waste and Environmental Services",
        "Head of Waste and Environmental Services",
        "Core",
        "Runs the kerbside rounds for households, flats included: crews, round changes, "
        "containers, assisted collections and the collection of nappies and incontinence "
        "products. Owns missed collections and residual waste per household.",
    ),
    (
        "Round Planning Officer",
        "Swyddog Cynllunio Rowndiau",
        "Waste and Environmental Services",
        "Collections Manager",
        "Extended",
        "Draws and rebalances rounds in RoutePlan and prepares the round maps and calendars for "
        "residents.",
    ),
    (
        "Recycling Centres and Transfer Station Manager",
        "Rheolwr Canolfannau Ailgylchu a'r Orsaf Drosglwyddo",
        "Waste and Environmental Services",
        "Head of Waste and Environmental Services",
        "Core",
        "Runs Llanfedw, Aberceiro and Maesglas recycling centres and Pant-y-Brain transfer "
        "station: site staff, van permits, weighbridges, the environmental permit and the "
        "agreement with the Glaslyn Furniture Project. Owns the recycling centres' reuse and "
        "recycling rate.",
    ),
    (
        "Fleet and Depot Manager",
        "Rheolwr Fflyd a Depo",
        "Fleet Services",
        "Head of Waste and Environmental Services",
        "Core",
        "Holds the Operator's Licence as Transport Manager. Buys, maintains and replaces the "
        "refuse fleet, runs the workshop and the Ffordd y Gamlas depot, including its power "
        "supply and vehicle charging. Owns the electric vehicle count and fleet diesel use.",
    ),
    (
        "Trade Waste Manager",
        "Rheolwr Gwastraff Masnachol",
        "Waste and Environmental Services",
        "Head of Waste and Environmental Services",
        "Core",
        "Sells and runs trade waste and trade recycling collections for businesses, sets the "
        "trade charges and advises customers on the Workplace Recycling Regulations.",
    ),
    (
        "Waste Data and Performance Officer",
        "Swyddog Data a Pherfformiad Gwastraff",
        "Waste and Environmental Services",
        "Head of Waste and Environmental Services",
        "Core",
        "Compiles the quarterly WasteDataFlow return, calculates the recycling rate, and keeps "
        "the waste dashboards in Glaslyn Insight and the systems and data inventory.",
    ),
    (
        "Recycling Education and Enforcement Team Leader",
        "Arweinydd Tîm Addysg a Gorfodi Ailgylchu",
        "Waste and Environmental Services",
        "Collections Manager",
        "Core",
        "Leads the recycling officers who knock on doors, run school talks and check "
        "contaminated bins, and the enforcement officers who deal with side waste and "
        "fly-tipping. Owns food waste participation and contamination.",
    ),
    (
        "Digital Services Lead (Environment)",
        "Arweinydd Gwasanaethau Digidol (yr Amgylchedd)",
        "Digital and Customer Services",
        "Head of Digital and Customer Services",
        "Core",
        "Owns the environment directorate's systems: RoundSense in-cab, the Cyswllt forms and "
        "cases for waste, the website's waste pages and online booking. Manages the RoundSense "
        "and WeighPoint suppliers.",
    ),
    (
        "Customer Contact Centre Manager",
        "Rheolwr y Ganolfan Gyswllt Cwsmeriaid",
        "Digital and Customer Services",
        "Head of Digital and Customer Services",
        "Core",
        "Runs the contact centre that answers waste calls, emails and web cases in Welsh and "
        "English, and the advisers' rotas and scripts.",
    ),
    (
        "Communications and Engagement Manager",
        "Rheolwr Cyfathrebu ac Ymgysylltu",
        "Chief Executive's Office",
        "Head of Policy and Communications",
        "Core",
        "Plans campaigns, leaflets, bin stickers and public engagement events, all in Welsh and "
        "English. Runs the annual residents' survey and owns the satisfaction figure.",
    ),
    (
        "Finance Business Partner (Environment)",
        "Partner Busnes Cyllid (yr Amgylchedd)",
        "Finance",
        "Head of Finance",
        "Core",
        "Keeps the service's revenue and capital budgets, the Full Circle business case and "
        "savings tracker, and prepares grant bids to Welsh Government with the Programme "
        "Manager.",
    ),
    (
        "Procurement Category Manager",
        "Rheolwr Categori Caffael",
        "Finance",
        "Head of Finance",
        "Extended",
        "Runs tenders and framework call-offs for vehicles, containers and systems, and "
        "contract variations.",
    ),
    (
        "HR Business Partner (Environment)",
        "Partner Busnes AD (yr Amgylchedd)",
        "People Services",
        "Head of People Services",
        "Extended",
        "Advises on workforce change, job descriptions and the formal consultation process, "
        "and keeps the depot training plan.",
    ),
    (
        "Health and Safety Adviser (Environment)",
        "Ymgynghorydd Iechyd a Diogelwch (yr Amgylchedd)",
        "People Services",
        "Head of People Services",
        "Extended",
        "Reviews risk assessments for new rounds, containers, recycling centre layouts and "
        "electric vehicle charging.",
    ),
    (
        "Town and Community Councils Liaison Officer",
        "Swyddog Cyswllt Cynghorau Tref a Chymuned",
        "Chief Executive's Office",
        "Head of Policy and Communications",
        "Extended",
        "Keeps the contacts for the 31 town and community councils and sends them notices "
        "under the Charter.",
    ),
    (
        "Welsh Language Standards Officer",
        "Swyddog Safonau'r Gymraeg",
        "Chief Executive's Office",
        "Head of Policy and Communications",
        "Consult only",
        "Advises on the Welsh Language Standards and must see resident-facing material before it "
        "is published. Reviews the Welsh language part of every impact assessment. Does not "
        "approve or deliver programme work.",
    ),
    (
        "GMB Branch Secretary",
        "Ysgrifennydd Cangen GMB",
        "Trade union (facility time)",
        "GMB Glaslyn Branch",
        "Consult only",
        "Represents collection crews, drivers and site staff. Is consulted under the collective "
        "agreement on any change to rounds, working days or shift patterns.",
    ),
    (
        "Data Protection Officer",
        "Swyddog Diogelu Data",
        "Legal and Democratic Services",
        "Monitoring Officer",
        "Consult only",
        "Is consulted before vehicle camera footage, in-cab records or booking data are used in "
        "a new way, and signs off data protection impact assessments.",
    ),
)


def roster_csv() -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(ROSTER_HEAD)
    writer.writerows(ROSTER)
    return buffer.getvalue()


TERMS = """
# Full Circle Programme Board: terms of reference

Agreed by the Corporate Management Team, 30 January 2028. To take effect if Cabinet approves
Full Circle on 7 March 2028.

## Purpose

The Programme Board runs Full Circle, the waste and recycling strategy for April 2028 to March
2031, and takes the decisions Cabinet delegates to it.

## Chair and members

- Chair: Corporate Director of Environment and Economy (programme sponsor)
- Deputy chair: Head of Waste and Environmental Services
- Full Circle Programme Manager (secretary)
- Collections Manager
- Recycling Centres and Transfer Station Manager
- Fleet and Depot Manager
- Trade Waste Manager
- Digital Services Lead (Environment)
- Finance Business Partner (Environment)
- Communications and Engagement Manager

The Waste Data and Performance Officer attends for the performance item.

## Decisions

Cabinet delegates each gate decision (Gates 1 to 4) to the Corporate Director of Environment
and Economy, who takes it at the Programme Board after consulting the Cabinet Member for
Environment and Climate Change. The sponsor releases each phase's capital within the sum Cabinet
approves. A change that costs more than £250,000 outside the approved capital, or a change to
the Council's collection policy beyond what Cabinet agreed, goes back to Cabinet.

## Who is consulted

- The Cabinet Member for Environment and Climate Change, before every gate decision.
- The GMB Branch Secretary, on anything that changes rounds, working days or shift patterns,
  under the collective agreement.
- The Welsh Language Standards Officer, on all resident-facing material and on each impact
  assessment.
- The Data Protection Officer, before camera footage, in-cab records or booking data are used
  in a new way.

## Meetings and reporting

The Board meets on the second Tuesday of each month. The Programme Manager circulates papers
five working days before. The Environment Scrutiny Committee receives a progress report every
quarter, and Cabinet receives the gate reports for Gates 2 and 4 for information.
"""

UNION = """
# Collective agreement: waste services (extract)

Agreement between Glaslyn County Council and the GMB, Glaslyn Branch, signed 14 June 2019.
Extract prepared by the HR Business Partner (Environment) for the Full Circle Programme Board.

## Clause 7: changes to rounds and working patterns

7.1 Any change to rounds, collection days, working days or shift patterns must be consulted on
with the GMB for at least 45 days before it takes effect.

7.2 The Council will share the proposed round maps and the workload calculations with the
Branch Secretary at the start of the consultation.

## Clause 9: task-and-finish

9.1 The task-and-finish arrangement, under which a crew goes home when its round is done, is
part of this agreement and can be changed only with the GMB's agreement.

## Clause 11: catch-up working

11.1 After a bank holiday the Council may ask crews to work a Saturday to catch up, and no crew
member will be asked to work more than one Saturday in four.

## Clause 14: redeployment

14.1 Where a service change reduces the number of posts, the Council will first seek volunteers
and redeploy staff before any compulsory redundancy.
"""

SYSTEMS = """
# Waste services: systems and data inventory

Kept by the Waste Data and Performance Officer. Last reviewed January 2028.

## Collections

RoundSense is our in-cab system: a tablet in the cab shows the round, and the crew record
missed bins, contaminated bins and blocked access on it as they go.

RoundSense units are fitted to 14 of our 34 refuse collection vehicles, the ones that work the
Llanfedw rounds.

On the other 20 vehicles, and on every trade waste round, crews write problems on paper round
sheets that the charge-hand hands in at the end of the shift.

Paper round sheets are kept for six months and then destroyed.

Food waste participation is counted only on RoundSense rounds; for the rest of the county we
cannot say which households put out a caddy.

RoundSense can send text messages to residents in English only, so its messaging has never
been switched on.

Round plans are drawn in RoutePlan by the Round Planning Officer, who rebalances the rounds
each spring and prints the round maps for the crews.

## Fleet and depot

TrakFleet tracks every council vehicle, the refuse fleet included, and records speed, idling
and mileage. Each refuse vehicle also carries four cameras that record to TrakFleet.

TrakFleet keeps tracking data and camera footage for 30 days, after which it is overwritten.

The workshop at Ffordd y Gamlas keeps the inspection and maintenance records for the
Operator's Licence in FleetCare.

Our workshop technicians hold no high-voltage qualification, so repair and warranty work on our
two electric vehicles goes to the dealer's workshop in Wrexham.

## Recycling centres and the transfer station

WeighPoint weighbridge software runs at Llanfedw recycling centre and at Pant-y-Brain transfer
station, and sends its tonnages to Glaslyn Insight every night.

At Maesglas recycling centre in Trefaelog the weighbridge tickets are still written by hand,
and the site clerk keys the month's totals into a spreadsheet from the paper copies.

None of our three recycling centres has a booking system: vans and trailers are checked at the
gate against a paper permit list.

Van permits are applied for online and issued through Cyswllt.

The Pant-y-Brain environmental permit allows 45,000 tonnes a year, and storing sorted glass and
cans outdoors needs a permit variation from Natural Resources Wales, which takes about four
months to decide.

## Trade waste

Trade waste contracts, collection days and invoices are held in one Excel workbook kept by the
Trade Waste Manager.

The trade waste service has never been set up in Cyswllt, so trade customers cannot report a
missed collection online.

## Customer contact

Cyswllt is the Council's customer relationship management system: every call, web form and
email from a resident becomes a case in it, in Welsh or English.

The website forms for missed bins, bulky waste and new containers are bilingual and feed
Cyswllt directly.

The contact centre has four Welsh-speaking advisers, and between 12:30 and 13:30 and on
Saturdays no Welsh speaker is on the phones.

## Data and reporting

Glaslyn Insight is the Council's performance reporting platform, Power BI on the Council's data
warehouse; its waste dashboards show tonnages, the recycling rate and missed collections every
month.

We submit a quarterly return to WasteDataFlow, the national waste data system, and Natural
Resources Wales validates it.

## People and training

Drivers' licence checks and Driver CPC hours are recorded in iTrent, and the depot training room
runs manual handling, reversing assistant and new-starter courses every month.

Seven of our 68 HGV drivers are agency staff.
"""

MEASURES = """
# Waste performance indicators: definitions

Kept by the Waste Data and Performance Officer. Each indicator has one owner, who reports it to
the Full Circle Programme Board every month. Baselines are for 2026-27 (April 2026 to March
2027) unless stated.

| Indicator | How it is counted | Source | Owner | Baseline | Target 2030-31 |
|---|---|---|---|---|---|
| Statutory recycling rate | Tonnes reused, recycled and composted as a share of all local authority collected municipal waste, as Welsh Government defines it | WasteDataFlow | Head of Waste and Environmental Services | 63.8% | 72% |
| Residual waste per household | Kilograms of black-bag waste collected from households in the year, divided by households | WeighPoint, WasteDataFlow | Collections Manager | 412 kg | 300 kg |
| Households using the food waste collection | Households that put out a food caddy at least once in four weeks, as a share of households on the round | RoundSense | Recycling Education and Enforcement Team Leader | 54% (Llanfedw rounds only) | 75% |
| Dry recycling rejected as contaminated | Share of dry recycling tonnes rejected at Pant-y-Brain, from sampling 20 loads a month | Pant-y-Brain sampling log | Recycling Education and Enforcement Team Leader | 9.5% | 3% |
| Missed collections per 100,000 collections | Missed collections reported by residents and confirmed, per 100,000 scheduled collections | Cyswllt | Collections Manager | 96 | 40 |
| Reuse and recycling at our recycling centres | Tonnes reused or recycled as a share of all tonnes received at the three centres | WeighPoint, Maesglas tickets | Recycling Centres and Transfer Station Manager | 71% | 85% |
| Electric vehicles in the refuse fleet | Electric refuse collection vehicles on the Operator's Licence | FleetCare | Fleet and Depot Manager | 2 of 34 | 18 of 34 |
| Trade waste customers with a recycling service | Trade customers with at least one recycling collection in their contract | Trade waste workbook | Trade Waste Manager | 610 of 1,480 | 1,100 |
| Resident satisfaction with waste services | Share of residents' survey answers "satisfied" or "very satisfied" | Residents' survey (2027) | Communications and Engagement Manager | 74% | to be set at Gate 2 |

## Notes

The statutory recycling rate is verified by Natural Resources Wales about five months after the
year ends, so the Board sees our own monthly estimate from Glaslyn Insight in the meantime.

Missed collections come from Cyswllt cases; a missed bin a crew notes on a paper round sheet is
counted only if a resident also reports it.

The residents' survey is sent each autumn to 6,000 households, and about 1,900 answer.
"""

WELSH = """
# The Welsh Language Standards and Full Circle

A note from the Welsh Language Standards Officer to the Full Circle Programme Board, January 2028.

Under the Welsh Language Standards (No. 1) Regulations 2015 the Council must not treat the
Welsh language less favourably than English. What follows is what that means for Full Circle.

## Notices, leaflets and stickers

Every notice, leaflet, bin sticker and text message to residents must be bilingual, with the
Welsh text placed so that it is likely to be read first.

Every letter we send about the new service must carry our standard statement: "Rydym yn
croesawu gohebiaeth yn Gymraeg. Byddwn yn ateb yn Gymraeg, ac ni fydd hyn yn arwain at oedi."
(We welcome correspondence in Welsh. We will reply in Welsh, and this will not lead to delay.)

## Calls, apps and online services

A resident who telephones in Welsh must be able to carry on the call in Welsh. Any app or
online form we offer must work fully in Welsh as well as English.

## Policy decisions

Under the policy making standards, a Welsh language impact assessment must be completed before
any policy decision is taken, and it forms part of the Council's integrated impact assessment.

## Translation

The Council's Translation Unit translates up to 3,000 words within five working days, and
faster by arrangement. Round calendars and bin stickers have been translated by the Unit since
2016.

About 38% of Glaslyn's residents speak Welsh (2021 Census), and 41% in Trefaelog.
"""

CHARTER = """
# Town and Community Councils Charter (extract)

Agreed between Glaslyn County Council and the 31 town and community councils of Glaslyn, 2023.

## Section 4: notice of changes

4.1 The County Council will give town and community councils eight weeks' notice of any change
to a council service in their area, and will take their response into account before deciding.

4.2 Notices are sent by the Town and Community Councils Liaison Officer to each clerk, in Welsh
and English.

## Section 6: local facilities

6.1 Where a town or community council offers a hall or room for a public event about a council
service, the County Council will use it in preference to other venues.
"""

CONTRACTS = """
# Contracts register: waste services (extract)

Prepared by the Procurement Category Manager, February 2028.

## Tarian Recycling: sorting of mixed blue bags

Tarian Recycling sorts the mixed blue bags from Aberceiro and Cwm Erwydd at its plant in Port
Talbot. The contract runs to 30 September 2029, and ending it earlier costs a £240,000 break fee.

## Glanfor Energy Recovery: black-bag waste

Glanfor Energy Recovery takes our black-bag waste at £131 a tonne, indexed each April. The
contract runs to March 2036.

## RoundSense: in-cab system

RoundSense licences cover 14 vehicles. Extending them to all 34 needs a contract variation, for
which the supplier has quoted £96,000 over three years.

## WeighPoint: weighbridge software

WeighPoint is licensed for Llanfedw and Pant-y-Brain. A third site can be added at the same rate.

## Glaslyn Furniture Project: reuse

Glaslyn Furniture Project, a registered charity, has agreed in principle to run a reuse shop at
Llanfedw recycling centre. Its volunteers work on weekdays.
"""

TREFAELOG = """
TREFAELOG: PILOT AREA PROFILE
Prepared by the Full Circle Programme Manager, January 2028

Trefaelog is a market town of about 12,400 people, 11 miles south of Llanfedw.

Households on rounds T1-T4: 5,260 (4,310 houses, 720 flats above shops and in small blocks,
230 farms and rural properties).

Welsh speakers: 41% of residents (2021 Census).

The four Trefaelog vehicles are diesel, eight and nine years old, and none has RoundSense.

Maesglas recycling centre is open four days a week, Thursday to Sunday.

Market day (Tuesday) closes the High Street to vehicles between 07:00 and 16:00, so rounds T2
and T3 cannot collect there on Tuesdays.

Trefaelog Town Council has offered the library's community room for drop-in sessions, and the
Maesglas community centre is free on weekday evenings.

The 310 flats with communal bin stores in Trefaelog are part of the 3,100 across the county.
"""

FLATS = """
# Flats with communal bin stores

A note from the Collections Manager, December 2027.

The 3,100 flats with communal bin stores have never had a food waste collection, and most of
their bin stores have no room for recycling bins.

Housing associations own about two thirds of these flats. Tŷ Glaslyn Housing has offered to
rebuild the bin stores at eleven of its blocks if we supply the bins.
"""

EMAIL = """
From: Fleet and Depot Manager
To: Full Circle Programme Manager
Date: 9 February 2028
Subject: Depot power for the electric vehicles

The depot's present supply can charge no more than six vehicles at once.

The distribution network operator has quoted 18 months from acceptance to connect a 1.5 MVA
supply at Ffordd y Gamlas, and design work starts once we pay a £62,000 deposit.

Five of our diesel vehicles reach eight years old in 2028-29, six in 2029-30 and five in
2030-31, which is where the three batches of electric vehicles come from.

Mobile battery chargers can be hired at about £4,000 a month each if the connection is late.

The dealer quotes five days' training per technician for high-voltage work, at its centre in
Wrexham.
"""

ORG_FILES = {
    "governance/full-circle-programme-board-terms-of-reference.md": TERMS,
    "governance/collective-agreement-waste-services-extract.md": UNION,
    "systems/systems-and-data-inventory.md": SYSTEMS,
    "measures/waste-performance-indicators.md": MEASURES,
    "context/welsh-language-standards-note.md": WELSH,
    "context/town-and-community-councils-charter-extract.md": CHARTER,
    "context/contracts-register-extract.md": CONTRACTS,
    "context/trefaelog-pilot-area-profile.txt": TREFAELOG,
    "context/flats-communal-bin-stores-note.md": FLATS,
    "context/email-2028-02-09-depot-power.txt": EMAIL,
}


def main(root: Path = HERE) -> None:
    """Write the deck and the org folder under ``root / CASE``."""
    case = root / CASE
    write_files(
        case,
        {DECK: deck_bytes(), "org/people/staff-structure.csv": roster_csv()}
        | {f"org/{rel}": text for rel, text in ORG_FILES.items()},
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
