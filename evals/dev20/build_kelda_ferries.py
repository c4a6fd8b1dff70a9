# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the dev20 case ``kelda-ferries``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx, openpyxl,
Pillow and lxml):

    .venv/bin/python evals/dev20/build_kelda_ferries.py [out]

Writes, under ``evals/dev20/kelda-ferries/`` (or ``<out>/kelda-ferries/``):

- ``lifeline-2032-board-2028-02-v6.pptx``: a lifeline ferry operator's strategy for April 2028
  to March 2032 ("Lifeline 2032"), a 16:9 PowerPoint board deck that has been REVISED in
  PowerPoint and carries what such a file carries:
  - the KPI table (measure, baseline, target, by when) is no native table but an EMBEDDED
    EXCEL WORKSHEET (an OLE object, ``progId="Excel.Sheet.12"``, as Paste Special > Microsoft
    Excel Worksheet Object leaves it: ``p:oleObj`` without ``showAsIcon``, the workbook in
    ``ppt/embeddings/``, a PNG picture of the range as the object's cached image). The
    workbook has a "KPIs" sheet (a title row, a header row, nine KPI rows, number formats)
    and a "Notes" sheet of sources and baseline periods that is not on the slide. The
    governance slide carries a second embedded worksheet: investment by financial year;
  - three HIDDEN slides (``p:sld show="0"``): an earlier roadmap (draft v3, superseded), the
    rejected Option C (fast craft) and a parked proposal (Sunday sailings);
  - legacy PowerPoint COMMENTS from five reviewers (``ppt/commentAuthors.xml`` and
    ``ppt/comments/commentN.xml``, related from the presentation and the slides);
  - speaker notes on six slides;
  - otherwise title and body placeholders of the default Office theme stretched to 16:9,
    big-number tiles, pillars with initiatives, a roadmap drawn as bars on a grid of financial
    year quarters with gates, a native risks table, a first-100-days list and the asks.
- ``org/``: the programme board and team as a Word document edited with TRACK CHANGES ON
  (``people/programme-board-and-team.docx``: a table Role / Directorate / Programme
  involvement / Remit in which one row is a tracked deletion, one a tracked insertion, one
  remit has a deleted phrase replaced by an inserted one, and two Word comments sit on rows),
  the programme board's terms of reference, the union agreement extract, the systems and data
  inventory, the measure definitions, the services contract extract, the regulator's survey
  findings, the harbour agreements register, the pilot route's profile, a community council's
  letter and an email about dry-dock slots.

Re-running it rewrites every file byte for byte: the PPTX, the DOCX and the embedded
workbooks through ``evals/dev16/_build.py`` (fixed ZIP entry times and document dates), the
PNG pictures drawn by Pillow with the Liberation Sans fonts under
``/usr/share/fonts/truetype/liberation`` (no timestamps in PNG), the text files as literal
strings. It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev20"): the engine may be tuned on it.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn as wqn
from docx.shared import Cm, Pt
from lxml import etree
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFont
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE, PROG_ID
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "kelda-ferries"
DECK = "lifeline-2032-board-2028-02-v6.pptx"
ROSTER = "org/people/programme-board-and-team.docx"

DECK_STAMP = Stamp((2028, 2, 20, 17, 5, 12), "2028-02-20T17:05:12Z")
XLSX_STAMP = Stamp((2028, 2, 10, 11, 22, 40), "2028-02-10T11:22:40Z")
DOCX_STAMP = Stamp((2028, 2, 9, 16, 40, 6), "2028-02-09T16:40:06Z")

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
FONT_REGULAR = FONT_DIR / "LiberationSans-Regular.ttf"
FONT_BOLD = FONT_DIR / "LiberationSans-Bold.ttf"

# =========================================================================== the deck

W, H = 12192000, 6858000  # 16:9, 13.333 x 7.5 in
OLD_W = 9144000  # the default template's 4:3 width
NAVY = "12355B"
TEAL = "1B7F79"
SKY = "DCEBF2"
SAND = "F4EFE4"
AMBER = "E0A526"
INK = "1F2933"
GREY = "5F6B76"
WHITE = "FFFFFF"
FOOT = "Kelda Ferries \u00b7 Lifeline 2032 \u00b7 Board, 24 February 2028 \u00b7 KF/B/28/03"

L_TITLE, L_CONTENT, L_TITLE_ONLY = 0, 1, 5

Para = tuple  # (text, size, bold, color, bullet, level, align)


def P(
    text: str,
    size: float = 14,
    bold: bool = False,
    color: str = INK,
    *,
    bullet=False,
    level: int = 0,
    align: str = "l",
    italic: bool = False,
) -> dict:
    return {
        "text": text,
        "size": size,
        "bold": bold,
        "color": color,
        "bullet": bullet,
        "level": level,
        "align": align,
        "italic": italic,
    }


def _rgb(hexstr: str) -> RGBColor:
    return RGBColor.from_string(hexstr)


def _fill_paras(tf, paras: Sequence[dict]) -> None:
    """Write paragraphs into a text frame: one run each, explicit size, colour and weight; a
    bullet (``a:buChar``) with ``marL``/``indent`` where asked."""
    for i, spec in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = {"l": PP_ALIGN.LEFT, "c": PP_ALIGN.CENTER, "r": PP_ALIGN.RIGHT}[spec["align"]]
        if spec["bullet"]:
            ppr = p._p.get_or_add_pPr()
            lvl = spec["level"]
            ppr.set("marL", str(228600 + 228600 * lvl))
            ppr.set("indent", "-228600")
            bu = etree.SubElement(ppr, qn("a:buFont"))
            bu.set("typeface", "Arial")
            ch = etree.SubElement(ppr, qn("a:buChar"))
            ch.set("char", "\u2022" if lvl == 0 else "\u2013")
        run = p.add_run()
        run.text = spec["text"]
        f = run.font
        f.size = Pt(spec["size"])
        f.bold = spec["bold"]
        f.italic = spec["italic"]
        f.color.rgb = _rgb(spec["color"])


def text_box(
    slide,
    x,
    y,
    w,
    h,
    paras: Sequence[dict],
    *,
    anchor=MSO_ANCHOR.TOP,
    name=None,
    margin: float = 0.05,
):
    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = box.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    for side in ("left", "right", "top", "bottom"):
        setattr(tf, f"margin_{side}", Inches(margin))
    _fill_paras(tf, paras)
    if name:
        box.name = name
    return box


def shape_box(
    slide,
    kind,
    x,
    y,
    w,
    h,
    fill: str | None,
    paras: Sequence[dict] = (),
    *,
    line: str | None = None,
    anchor=MSO_ANCHOR.MIDDLE,
    name=None,
    margin=0.08,
):
    shp = slide.shapes.add_shape(kind, Inches(x), Inches(y), Inches(w), Inches(h))
    if fill is None:
        shp.fill.background()
    else:
        shp.fill.solid()
        shp.fill.fore_color.rgb = _rgb(fill)
    if line is None:
        shp.line.fill.background()
    else:
        shp.line.color.rgb = _rgb(line)
        shp.line.width = Pt(1)
    shp.shadow.inherit = False
    tf = shp.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    for side in ("left", "right", "top", "bottom"):
        setattr(tf, f"margin_{side}", Inches(margin))
    if paras:
        _fill_paras(tf, paras)
    if name:
        shp.name = name
    return shp


def set_title(slide, text: str, *, x=0.6, y=0.32, w=12.1, h=0.85, size=30):
    t = slide.shapes.title
    t.left, t.top, t.width, t.height = Inches(x), Inches(y), Inches(w), Inches(h)
    t.text_frame.text = text
    for r in t.text_frame.paragraphs[0].runs:
        r.font.size = Pt(size)
        r.font.bold = True
        r.font.color.rgb = _rgb(NAVY)
    t.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    return t


def body_placeholder(slide, paras: Sequence[tuple[str, int]], *, x, y, w, h, size=17):
    """The layout's body placeholder, moved and filled: (text, level) paragraphs, bullets
    inherited from the master."""
    body = slide.placeholders[1]
    body.left, body.top, body.width, body.height = Inches(x), Inches(y), Inches(w), Inches(h)
    tf = body.text_frame
    for i, (text, level) in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.level = level
        r = p.add_run()
        r.text = text
        r.font.size = Pt(size - 2 * level)
        r.font.color.rgb = _rgb(INK)
    return body


def footer(slide, number: int) -> None:
    text_box(slide, 0.6, 7.05, 10.0, 0.3, [P(FOOT, 9, color=GREY)], name="Footer")
    text_box(
        slide,
        11.9,
        7.05,
        0.85,
        0.3,
        [P(str(number), 10, True, GREY, align="r")],
        name="Slide Number",
    )


def notes(slide, lines: Sequence[str]) -> None:
    tf = slide.notes_slide.notes_text_frame
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = line


def hide(slide) -> None:
    slide._element.set("show", "0")


def stretch_to_16x9(prs) -> None:
    """The default template is 4:3; stretch the master's and layouts' shapes across 16:9 and
    set the text styles a board deck uses (titles 30 pt, body 20/17/15 pt)."""
    prs.slide_width, prs.slide_height = Emu(W), Emu(H)
    k = W / OLD_W
    parts = [prs.slide_master.element] + [lay.element for lay in prs.slide_layouts]
    for el in parts:
        for off in el.iter(qn("a:off")):
            off.set("x", str(int(round(int(off.get("x")) * k))))
        for ext in el.iter(qn("a:ext")):
            if ext.get("cx") is not None:
                ext.set("cx", str(int(round(int(ext.get("cx")) * k))))
    tx = prs.slide_master.element.find(qn("p:txStyles"))
    title = tx.find(qn("p:titleStyle")).find(qn("a:lvl1pPr")).find(qn("a:defRPr"))
    title.set("sz", "3000")
    body = tx.find(qn("p:bodyStyle"))
    for lvl, sz in (("a:lvl1pPr", "2000"), ("a:lvl2pPr", "1700"), ("a:lvl3pPr", "1500")):
        body.find(qn(lvl)).find(qn("a:defRPr")).set("sz", sz)


def new_slide(prs, layout: int):
    return prs.slides.add_slide(prs.slide_layouts[layout])


# --------------------------------------------------------------------- embedded worksheets

Cell = tuple  # (value, number_format)


def show(value, fmt: str) -> str:
    """A cell's value as Excel shows it, for the formats these workbooks use."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if fmt.endswith("%"):
        places = len(fmt.split(".")[1]) - 1 if "." in fmt else 0
        return f"{value * 100:.{places}f}%"
    if fmt == "#,##0":
        return f"{value:,.0f}"
    if fmt == "0.0":
        return f"{value:.1f}"
    return str(value)


THIN = Side(style="thin", color="BFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
BAND_FILL = PatternFill("solid", fgColor="EAF1F8")


def worksheet(
    ws, title: str, header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float]
) -> None:
    """A title row (merged across the columns), a header row and the rows, styled as a
    planner's workbook is: bold white header on dark blue, banded rows, thin grid."""
    ncol = len(header)
    ws.cell(row=1, column=1, value=title).font = Font(
        name="Calibri", size=14, bold=True, color="1F4E79"
    )
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    for c, text in enumerate(header, start=1):
        cell = ws.cell(row=2, column=c, value=text)
        cell.font = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.border = GRID
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for r, row in enumerate(rows, start=3):
        for c, (value, fmt) in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            cell.number_format = fmt
            cell.font = Font(
                name="Calibri",
                size=11,
                bold=(c == 1 and row is rows[-1] and title.endswith("(£m)")),
            )
            cell.border = GRID
            cell.alignment = Alignment(
                vertical="center", wrap_text=True, horizontal="left" if c == 1 else "center"
            )
            if (r - 3) % 2 == 1:
                cell.fill = BAND_FILL
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + c)].width = width
    ws.row_dimensions[1].height = 24
    ws.sheet_view.showGridLines = False


KPI_TITLE = "Lifeline 2032 \u00b7 measures and targets"
KPI_HEAD = ["Measure", "Baseline 2026-27", "Target", "By when"]
KPI_ROWS: list[list[Cell]] = [
    [
        ("Sailings operated as timetabled (contract reliability)", "@"),
        (0.952, "0.0%"),
        (0.985, "0.0%"),
        ("March 2032", "@"),
    ],
    [
        ("Sailings leaving within 10 minutes of the timetable", "@"),
        (0.884, "0.0%"),
        (0.95, "0.0%"),
        ("March 2031", "@"),
    ],
    [
        ("Sailings cancelled for a technical fault", "@"),
        (412, "#,##0"),
        ("Under 120 a year", "@"),
        ("2031-32", "@"),
    ],
    [
        ("Vessel days lost to unplanned repairs", "@"),
        (186, "#,##0"),
        ("Under 60", "@"),
        ("2030-31", "@"),
    ],
    [("Bookings made online or in the app", "@"), (0.41, "0%"), (0.75, "0%"), ("March 2030", "@")],
    [
        ("Island residents satisfied with the ferry service (Islands Travel Survey)", "@"),
        ("61% (2026 survey)", "@"),
        (0.80, "0%"),
        ("Autumn 2030 survey", "@"),
    ],
    [
        ("Deck and engine crew posts filled", "@"),
        ("91% (366 of 402)", "@"),
        (0.98, "0%"),
        ("March 2030", "@"),
    ],
    [
        ("Vehicle bookings turned away on peak summer sailings", "@"),
        (7900, "#,##0"),
        ("Under 3,000", "@"),
        ("Summer 2031", "@"),
    ],
    [
        ("Carbon emissions from the fleet (tonnes CO2e)", "@"),
        (38600, "#,##0"),
        ("Reduce", "@"),
        ("To be set in the 2029 fleet plan", "@"),
    ],
]
KPI_NOTES_HEAD = ["Measure", "Source", "Baseline period", "Owner"]
KPI_NOTES = [
    [
        "Reliability",
        "SailBook; bridge logs at Glenvore, Colvay and Tarva",
        "April 2026 - March 2027",
        "Director of Operations",
    ],
    [
        "Punctuality",
        "PortLog at Ardmorran and Kirkhaven; bridge logs elsewhere",
        "April 2026 - March 2027",
        "Director of Operations",
    ],
    [
        "Technical cancellations",
        "SailBook cancellation codes T1-T4",
        "April 2026 - March 2027",
        "Director of Engineering",
    ],
    [
        "Vessel days lost",
        "MarineTrack, outside planned dry-docks",
        "April 2026 - March 2027",
        "Fleet Superintendent Engineer",
    ],
    [
        "Online bookings",
        "SailBook; on-board sales from ticket book stubs",
        "April 2026 - March 2027",
        "Head of Booking and Customer Service",
    ],
    [
        "Residents satisfied",
        "Islands Travel Survey (the Department)",
        "Autumn 2026",
        "Director of Customer and Commercial",
    ],
    [
        "Crew posts filled",
        "CrewDeck against the establishment of 402",
        "31 March 2027",
        "Head of Crewing",
    ],
    [
        "Vehicles turned away",
        "SailBook, online refusals only",
        "Peak weeks, summer 2026",
        "Director of Customer and Commercial",
    ],
    [
        "Carbon",
        "Bunker delivery notes x emission factor",
        "April 2026 - March 2027",
        "Director of Engineering",
    ],
]

BUDGET_TITLE = "Lifeline 2032 \u00b7 investment by financial year (\u00a3m)"
BUDGET_HEAD = ["Line item", "2028-29", "2029-30", "2030-31", "2031-32", "Total"]
BUDGET_ROWS_RAW = [
    ("Remote engine monitoring, 9 vessels", [0.4, 1.2, 0.4, 0.0]),
    ("Booking and ticketing system (supply, build, 5 years' licence)", [0.6, 2.3, 1.0, 0.8]),
    ("Crew recruitment, cadets and training", [1.0, 1.6, 1.4, 1.2]),
    ("Ardmorran Berth 2 rams and operations centre", [1.6, 1.2, 0.2, 0.0]),
    ("Critical spares pool", [0.3, 1.8, 0.5, 0.2]),
    ("Handheld card readers and port screens", [0.2, 0.9, 0.4, 0.1]),
    ("Programme team and Colvay pilot", [0.8, 1.1, 0.9, 0.7]),
]


def _budget_rows() -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    cols = [0.0, 0.0, 0.0, 0.0]
    for label, values in BUDGET_ROWS_RAW:
        rows.append(
            [(label, "@")] + [(v, "0.0") for v in values] + [(round(sum(values), 1), "0.0")]
        )
        cols = [a + b for a, b in zip(cols, values, strict=True)]
    cols = [round(c, 1) for c in cols]
    rows.append([("Total", "@")] + [(c, "0.0") for c in cols] + [(round(sum(cols), 1), "0.0")])
    return rows


BUDGET_ROWS = _budget_rows()


def kpi_workbook() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "KPIs"
    worksheet(ws, KPI_TITLE, KPI_HEAD, KPI_ROWS, [58, 18, 18, 30])
    notes_ws = wb.create_sheet("Notes")
    worksheet(
        notes_ws,
        "Working notes (not for the slide)",
        KPI_NOTES_HEAD,
        [[(v, "@") for v in row] for row in KPI_NOTES],
        [24, 52, 24, 34],
    )
    wb.active = 0
    when = dt.datetime(2028, 2, 10, 11, 22, 40)
    return ooxml_bytes(
        wb,
        XLSX_STAMP,
        creator="Alasdair Dunn",
        lastModifiedBy="Alasdair Dunn",
        title="Lifeline 2032 measures workbook",
        created=when,
        modified=when,
    )


def budget_workbook() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Investment"
    worksheet(ws, BUDGET_TITLE, BUDGET_HEAD, BUDGET_ROWS, [50, 10, 10, 10, 10, 10])
    when = dt.datetime(2028, 2, 10, 11, 22, 40)
    return ooxml_bytes(
        wb,
        XLSX_STAMP,
        creator="Finance",
        lastModifiedBy="Alasdair Dunn",
        title="Lifeline 2032 investment",
        created=when,
        modified=when,
    )


def _wrap(draw, text: str, font, width: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def table_picture(
    title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths_in: Sequence[float],
    *,
    dpi: int = 150,
    bold_last: bool = False,
    points: float = 11,
) -> bytes:
    """A picture of the worksheet range as Excel draws it for the pasted object (Calibri
    drawn with its metric twin, Liberation Sans)."""
    px = dpi / 72
    reg = ImageFont.truetype(str(FONT_REGULAR), int(round(points * px)))
    bold = ImageFont.truetype(str(FONT_BOLD), int(round(points * px)))
    big = ImageFont.truetype(str(FONT_BOLD), int(round(points * 1.3 * px)))
    colw = [int(round(w * dpi)) for w in widths_in]
    total_w = sum(colw)
    pad = int(round(points / 160 * dpi))
    line_h = int(round(points * px * 1.25))
    scratch = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    table = [[(h, "@") for h in header]] + [list(r) for r in rows]
    wrapped = []
    for r, row in enumerate(table):
        font = bold if r == 0 or (bold_last and r == len(table) - 1) else reg
        cells = [
            _wrap(scratch, show(v, f), font, colw[c] - 2 * pad) for c, (v, f) in enumerate(row)
        ]
        wrapped.append((font, cells))
    heights = [max(len(c) for c in cells) * line_h + 2 * pad for _, cells in wrapped]
    title_h = int(round(points / 26 * dpi))
    img = Image.new("RGB", (total_w + 2, title_h + sum(heights) + 2), "white")
    d = ImageDraw.Draw(img)
    d.text((pad, title_h // 2), title, font=big, fill="#1F4E79", anchor="lm")
    y = title_h
    for r, ((font, cells), h) in enumerate(zip(wrapped, heights, strict=True)):
        x = 0
        fill = "#1F4E79" if r == 0 else ("#EAF1F8" if r % 2 == 0 else "#FFFFFF")
        ink = "#FFFFFF" if r == 0 else "#000000"
        for c, lines in enumerate(cells):
            d.rectangle([x, y, x + colw[c], y + h], fill=fill, outline="#BFBFBF")
            ty = y + (h - len(lines) * line_h) // 2
            for line in lines:
                if c == 0 or r == 0:
                    d.text((x + pad, ty), line, font=font, fill=ink)
                else:
                    tw = d.textlength(line, font=font)
                    d.text((x + (colw[c] - tw) / 2, ty), line, font=font, fill=ink)
                ty += line_h
            x += colw[c]
        y += h
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=False)
    return out.getvalue()


def add_worksheet_object(slide, xlsx: bytes, png: bytes, x: float, y: float, w: float, name: str):
    """The worksheet pasted as an embedded object: the picture sized to ``w`` inches wide."""
    im = Image.open(io.BytesIO(png))
    h = w * im.height / im.width
    frame = slide.shapes.add_ole_object(
        io.BytesIO(xlsx),
        PROG_ID.XLSX,
        Inches(x),
        Inches(y),
        Inches(w),
        Inches(h),
        icon_file=io.BytesIO(png),
        icon_width=Inches(w),
        icon_height=Inches(h),
    )
    ole = frame._element.find(".//" + qn("p:oleObj"))
    del ole.attrib["showAsIcon"]  # a pasted range shows its content, not an icon
    ole.set("name", "Worksheet")
    frame.name = name
    return frame, h


# --------------------------------------------------------------------- legacy comments

AUTHORS = [
    ("Ruth Macleod", "RM"),
    ("Heather Rennie", "HR"),
    ("Jamie Morrison", "JM"),
    ("Alasdair Dunn", "AD"),
    ("Catriona Munro", "CM"),
]
# slide number -> [(author index, date, x, y, text)]
COMMENTS: dict[int, list[tuple[int, str, int, int, str]]] = {
    4: [
        (
            0,
            "2028-02-12T09:14:22.114",
            5120,
            1890,
            "Can we firm up the 98.5% before it goes to the Board? The contract's benchmark is "
            "97% and the Department will ask where 98.5% comes from.",
        )
    ],
    7: [
        (
            1,
            "2028-02-13T15:02:47.530",
            7010,
            120,
            "The USU have not seen this slide yet. Please hold it back until the JNC on "
            "17 February.",
        )
    ],
    9: [
        (
            2,
            "2028-02-14T11:40:05.902",
            4980,
            2410,
            "Should we add a covered waiting room at Colvay pier here? The Community Council "
            "raised it again in January.",
        )
    ],
    10: [
        (
            3,
            "2028-02-15T08:55:31.276",
            7420,
            760,
            "Suggest a tenth measure: publish each route's reliability every week on our website.",
        ),
        (
            0,
            "2028-02-16T17:21:09.448",
            2200,
            3600,
            "Replied: agreed with AD offline, the Board can decide on weekly publication in April.",
        ),
    ],
    13: [
        (
            4,
            "2028-02-15T10:12:44.061",
            6900,
            2950,
            "Is half of bookings online realistic on Colvay? Most of the vehicle traffic is "
            "hauliers who phone in.",
        )
    ],
}

PML = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    f'xmlns:p="{PML}"'
)


def add_comments(prs) -> None:
    """Legacy PowerPoint comments: ``ppt/commentAuthors.xml`` related from the presentation,
    ``ppt/comments/commentN.xml`` from each commented slide (numbered in slide order), each
    comment's ``idx`` counting that author's comments."""
    counts = [0] * len(AUTHORS)
    slides = list(prs.slides)
    for k, (number, items) in enumerate(sorted(COMMENTS.items()), start=1):
        cms = []
        for author, when, x, y, text in items:
            counts[author] += 1
            cms.append(
                f'<p:cm authorId="{author}" dt="{when}" idx="{counts[author]}">'
                f'<p:pos x="{x}" y="{y}"/><p:text>{escape(text)}</p:text></p:cm>'
            )
        xml = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            f"<p:cmLst {NSDECL}>{''.join(cms)}</p:cmLst>"
        )
        part = Part(
            PackURI(f"/ppt/comments/comment{k}.xml"),
            CT.PML_COMMENTS,
            prs.part.package,
            xml.encode("utf-8"),
        )
        slides[number - 1].part.relate_to(part, RT.COMMENTS)
    authors = "".join(
        f'<p:cmAuthor id="{i}" name="{escape(name)}" initials="{ini}" lastIdx="{counts[i]}" '
        f'clrIdx="{i}"/>'
        for i, (name, ini) in enumerate(AUTHORS)
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        f"<p:cmAuthorLst {NSDECL}>{authors}</p:cmAuthorLst>"
    )
    part = Part(
        PackURI("/ppt/commentAuthors.xml"),
        CT.PML_COMMENT_AUTHORS,
        prs.part.package,
        xml.encode("utf-8"),
    )
    prs.part.relate_to(part, RT.COMMENT_AUTHORS)


# --------------------------------------------------------------------- the slides


def s01_cover(prs):
    s = new_slide(prs, L_TITLE)
    bg = shape_box(s, MSO_SHAPE.RECTANGLE, 0, 0, 13.333, 7.5, NAVY, name="Background")
    s.shapes._spTree.remove(bg._element)
    s.shapes._spTree.insert(2, bg._element)
    t = s.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.9), Inches(1.7), Inches(11.5), Inches(1.3)
    t.text_frame.text = "Lifeline 2032"
    r = t.text_frame.paragraphs[0].runs[0]
    r.font.size, r.font.bold, r.font.color.rgb = Pt(54), True, _rgb(WHITE)
    t.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    sub = s.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = Inches(0.9), Inches(3.1), Inches(11.5), Inches(1.3)
    tf = sub.text_frame
    for i, (text, size) in enumerate(
        [
            ("Kelda Ferries strategy and service plan, April 2028 to March 2032", 24),
            ("Board of Kelda Ferries Ltd \u00b7 24 February 2028", 18),
        ]
    ):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = PP_ALIGN.LEFT
        run = p.add_run()
        run.text = text
        run.font.size, run.font.color.rgb = Pt(size), _rgb("CFE3EE")
    shape_box(s, MSO_SHAPE.RECTANGLE, 0.9, 4.6, 2.2, 0.06, AMBER, name="Rule")
    text_box(
        s,
        0.9,
        4.85,
        11.5,
        0.9,
        [
            P(
                "Board paper KF/B/28/03 \u00b7 Official \u2013 commercially sensitive \u00b7 Version 6, "
                "revised after the January Board",
                13,
                color="CFE3EE",
            ),
            P(
                "Kelda Ferries Ltd is wholly owned by the Kelda Regional Government and runs the Kelda "
                "Isles ferry services contract for its Transport and Islands Department",
                13,
                color="CFE3EE",
            ),
        ],
    )
    return s


TILES = [
    ("9", "vessels, average age 26 years; the oldest, MV Tystie, built in 1987"),
    ("7 routes", "to 5 islands, from 2 ports we own and 3 harbours we use under agreement"),
    ("1.34m", "passengers carried in 2026-27"),
    ("318,000", "cars and 21,400 commercial vehicles carried"),
    ("95.2%", "of timetabled sailings ran (contract reliability)"),
    ("412", "sailings lost to technical breakdowns"),
    ("186", "days vessels spent out of service unplanned"),
    ("41%", "of bookings taken online"),
]


def s02_numbers(prs):
    s = new_slide(prs, L_TITLE_ONLY)
    set_title(s, "Where we are: 2026-27 in numbers")
    for i, (num, label) in enumerate(TILES):
        col, row = i % 4, i // 4
        x, y = 0.6 + col * 3.07, 1.45 + row * 2.05
        shape_box(
            s,
            MSO_SHAPE.ROUNDED_RECTANGLE,
            x,
            y,
            2.87,
            1.85,
            SKY if row == 0 else SAND,
            [
                P(num, 34, True, NAVY if row == 0 else TEAL, align="c"),
                P(label, 13, False, INK, align="c"),
            ],
            name=f"Tile {i + 1}",
        )
    text_box(
        s,
        0.6,
        5.65,
        12.1,
        0.5,
        [
            P(
                "\u00a31.9m in reliability deductions under the services contract in 2026-27, its "
                "first year",
                15,
                True,
                NAVY,
            )
        ],
    )
    text_box(
        s,
        0.6,
        6.2,
        12.1,
        0.6,
        [
            P(
                "Source: SailBook and the contract's monthly returns, April 2026 \u2013 March 2027; "
                "crewing office establishment report, 31 March 2027",
                10,
                color=GREY,
                italic=True,
            )
        ],
    )
    notes(
        s,
        [
            "All figures are for the financial year 2026-27. The ten months of 2027-28 to January "
            "are in line: reliability 95.0%, 371 technical cancellations.",
            "The reliability figure leaves out sailings cancelled for weather, as the contract "
            "does.",
        ],
    )
    return s


def s03_why(prs):
    s = new_slide(prs, L_TITLE_ONLY)
    set_title(s, "Why we must change")
    left = [
        "Breakdowns are the top complaint: 38% of all complaints in 2026-27",
        "Colvay lost 311 sailings in 2026-27; on 9 days the island had no ferry at all",
        "7,900 car bookings could not be taken on peak summer sailings, most of them islanders'",
        "Only passengers who book online hear of a cancellation by text",
    ]
    right = [
        "Six of our nine vessels are over 25 years old, and MV Tystie's certificate runs only "
        "to April 2029",
        "We are 36 seafarers short, so sailings are cancelled when a rating goes sick",
        "SailBook is out of support from December 2029 and cannot give islanders priority",
        "Ardmorran Berth 2 linkspan failed four times in 2026-27, stopping the Hestay route "
        "for 41 hours",
    ]
    for x, head, items, colour in (
        (0.6, "What islanders tell us", left, TEAL),
        (6.85, "What holds us back", right, NAVY),
    ):
        shape_box(
            s,
            MSO_SHAPE.RECTANGLE,
            x,
            1.45,
            5.9,
            0.55,
            colour,
            [P(head, 18, True, WHITE)],
            anchor=MSO_ANCHOR.MIDDLE,
            margin=0.15,
        )
        text_box(s, x, 2.15, 5.9, 4.6, [P(t, 16, bullet=True) for t in items], margin=0.12)
    return s


def s04_ambition(prs):
    s = new_slide(prs, L_CONTENT)
    set_title(s, "Our ambition for 2032")
    body = body_placeholder(s, [], x=0.6, y=1.45, w=12.1, h=5.3)
    tf = body.text_frame
    items = [
        ("A ferry service the islands can build their lives around.", 0, 28, True, NAVY),
        (
            "By March 2032, 98.5% of sailings will run as timetabled, and no island will wait more "
            "than 24 hours for a sailing because a vessel has broken down.",
            0,
            20,
            False,
            INK,
        ),
        ("Three promises to islanders", 0, 20, True, TEAL),
        ("A sailing you can count on.", 1, 18, False, INK),
        ("A booking that takes two minutes.", 1, 18, False, INK),
        ("A port that works for everyone who uses it.", 1, 18, False, INK),
    ]
    for i, (text, level, size, bold, colour) in enumerate(items):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.level = level
        if i in (0, 2):
            ppr = p._p.get_or_add_pPr()
            etree.SubElement(ppr, qn("a:buNone"))
            ppr.set("marL", "0")
            ppr.set("indent", "0")
        r = p.add_run()
        r.text = text
        r.font.size, r.font.bold, r.font.color.rgb = Pt(size), bold, _rgb(colour)
    notes(
        s,
        [
            "The 24-hour promise means that when a vessel breaks down, a relief vessel or a charter "
            "reaches the island within 24 hours. In 2026-27 Skarrow waited 71 hours in November.",
        ],
    )
    return s


PILLARS = [
    (
        "1",
        "Vessels you can rely on",
        "Fewer breakdowns from an ageing fleet, and a plan to replace the oldest ships.",
    ),
    ("2", "Every sailing crewed", "Enough seafarers, rosters that work, cadets from the islands."),
    (
        "3",
        "Easy to book, easy to travel",
        "A new booking system, deck space for islanders, warnings that reach everyone.",
    ),
    ("4", "Ports that work", "Linkspans that do not fail, and harbour agreements that last."),
]


def s05_pillars(prs):
    s = new_slide(prs, L_TITLE_ONLY)
    set_title(s, "Four pillars")
    for i, (num, name, line) in enumerate(PILLARS):
        x = 0.6 + i * 3.07
        shape_box(
            s, MSO_SHAPE.OVAL, x + 1.08, 1.5, 0.7, 0.7, TEAL, [P(num, 20, True, WHITE, align="c")]
        )
        shape_box(
            s,
            MSO_SHAPE.RECTANGLE,
            x,
            2.35,
            2.87,
            2.9,
            SKY,
            [P(name, 19, True, NAVY, align="c"), P(line, 14, align="c")],
            anchor=MSO_ANCHOR.TOP,
            margin=0.15,
        )
    shape_box(
        s,
        MSO_SHAPE.RECTANGLE,
        0.6,
        5.55,
        12.15,
        0.8,
        NAVY,
        [
            P(
                "Foundations: one operations centre \u00b7 data we can trust \u00b7 a safety "
                "culture we are proud of",
                16,
                True,
                WHITE,
                align="c",
            )
        ],
    )
    return s


def pillar_slide(prs, title: str, goal: str, actions: Sequence[str], lead: str):
    s = new_slide(prs, L_CONTENT)
    set_title(s, title)
    shape_box(
        s,
        MSO_SHAPE.RECTANGLE,
        0.6,
        1.3,
        12.15,
        0.75,
        SAND,
        [P(goal, 16, True, NAVY)],
        margin=0.15,
        name="Goal",
    )
    body_placeholder(s, [(a, 0) for a in actions], x=0.6, y=2.25, w=12.15, h=4.1, size=19)
    text_box(s, 0.6, 6.45, 12.15, 0.45, [P(lead, 14, True, TEAL)], name="Lead")
    return s


def s06_vessels(prs):
    return pillar_slide(
        prs,
        "Pillar 1 \u00b7 Vessels you can rely on",
        "Goal: technical cancellations from 412 to under 120 a year by 2031-32, and vessel days "
        "lost to unplanned repairs from 186 to under 60 by 2030-31",
        [
            "Fit remote engine monitoring to all nine vessels by March 2030, starting with "
            "MV Fulmar and MV Skua on the Colvay route",
            "Move the three smallest vessels' maintenance records from paper defect sheets into "
            "MarineTrack by December 2028",
            "Hold a critical spares pool at Ardmorran: a spare main-engine set for each class of "
            "vessel and spare ramp hydraulics",
            "Agree a five-year dry-dock plan with Greyhaven Shipyard, so that no island route "
            "loses both its vessels in the same month",
            "Renew the steel in MV Tystie's bow thruster compartment at her winter 2028 dry-dock",
            "Put the business case for two new major vessels to the Department by October 2029, "
            "as the 2029 fleet plan",
        ],
        "Lead: Director of Engineering, with the Fleet Superintendent Engineer",
    )


def s07_crew(prs):
    return pillar_slide(
        prs,
        "Pillar 2 \u00b7 Every sailing crewed",
        "Goal: 98% of deck and engine crew posts filled by March 2030",
        [
            "Recruit 64 deck and engine ratings by March 2030, with island recruitment days on "
            "Hestay, Colvay and Tarva",
            "Start an islands cadet scheme with Ardmorran College: 12 cadets a year from "
            "September 2028",
            "Replace the crewing spreadsheets with a rostering module in CrewDeck by March 2029",
            "Agree a new roster pattern for the Hestay vessels with the USU, in place for the "
            "summer 2030 timetable",
        ],
        "Lead: Head of Crewing, with the Head of People and Training",
    )


def s08_booking(prs):
    return pillar_slide(
        prs,
        "Pillar 3 \u00b7 Easy to book, easy to travel",
        "Goal: 75% of bookings made online by March 2030, and 80% of island residents satisfied "
        "in the autumn 2030 survey",
        [
            "Replace SailBook with a new booking and ticketing system: live on the Colvay route "
            "in April 2029 and on every route by March 2030",
            "Hold deck space for island residents until 48 hours before every sailing",
            "Send cancellation and delay alerts by text to every booked passenger, and show "
            "them on screens at Ardmorran, Kirkhaven and Glenvore",
            "Sell tickets on board with handheld card readers on the four routes without a "
            "ticket office",
            "Keep the booking line staffed 07:00 to 21:00 for islanders who do not book online",
        ],
        "Lead: Director of Customer and Commercial, with the Head of Booking and Customer Service",
    )


def s09_ports(prs):
    return pillar_slide(
        prs,
        "Pillar 4 \u00b7 Ports that work",
        "Goal: no sailing lost to a linkspan or ramp failure at Ardmorran or Kirkhaven from "
        "April 2030",
        [
            "Replace the hydraulic rams of Ardmorran Berth 2 linkspan by March 2029, before its "
            "April 2029 inspection",
            "Renew the harbour agreements for Glenvore, Colvay and Tarva for ten years, each a "
            "year before it expires",
            "Open a single operations centre at Ardmorran for port and fleet control from "
            "October 2028",
            "Ask the Regional Government to repair the Lunnay and Skarrow slipways in its "
            "2029-30 roads programme",
        ],
        "Lead: Head of Ports and Harbours",
    )


def s10_kpis(prs):
    s = new_slide(prs, L_TITLE_ONLY)
    set_title(s, "How we will measure it")
    text_box(
        s,
        0.6,
        1.2,
        12.1,
        0.45,
        [
            P(
                "Nine measures, reported to the Board every quarter and to the Department in the "
                "contract's monthly return.",
                16,
                color=INK,
            )
        ],
        name="Lead-in",
    )
    widths = [6.05, 1.9, 1.9, 2.3]
    png = table_picture(KPI_TITLE, KPI_HEAD, KPI_ROWS, widths, points=13)
    add_worksheet_object(s, kpi_workbook(), png, 0.6, 1.75, 12.15, "Object 3")
    notes(
        s,
        [
            "The table is pasted from the measures workbook kept by the Programme Director; each "
            "row's source and baseline period are on its Notes sheet.",
            "Reliability is the contract's measure: a sailing counts as operated if it sails, "
            "whatever its delay, and weather cancellations are left out.",
        ],
    )
    return s


# roadmap grid: 16 quarters of four financial years
GX, GW = 3.55, 9.2
QW = GW / 16
YEARS = ["2028-29", "2029-30", "2030-31", "2031-32"]
PHASES = [
    (
        "Phase 1 \u00b7 Steady the service",
        "April \u2013 December 2028 (months 0-9)",
        0,
        3,
        "Recruitment days; monitoring ordered; booking system tendered; the Colvay route made "
        "ready",
    ),
    (
        "Phase 2 \u00b7 Pilot on the Colvay route",
        "January \u2013 December 2029 (months 9-21)",
        3,
        7,
        "One route team; new booking system live from April 2029; resident priority; engine "
        "monitoring on MV Fulmar and MV Skua",
    ),
    (
        "Phase 3 \u00b7 Roll out to all seven routes",
        "January 2030 \u2013 September 2031 (months 21-42)",
        7,
        14,
        "Booking system on every route by March 2030; monitoring on every vessel; new rosters "
        "from summer 2030; harbour agreements renewed",
    ),
    (
        "Phase 4 \u00b7 Embed and hand over",
        "October 2031 \u2013 March 2032 (months 42-48)",
        14,
        16,
        "Hand each change to its route manager; close the programme",
    ),
]
GATES = [
    ("A", 3, "Gate A \u00b7 December 2028: ready to pilot?"),
    ("B", 7, "Gate B \u00b7 December 2029: go/no-go for roll-out"),
    ("C", 14, "Gate C \u00b7 September 2031: every route on the new model"),
    ("D", 16, "Gate D \u00b7 March 2032: close, and report to the Department"),
]


def s11_roadmap(prs):
    s = new_slide(prs, L_TITLE_ONLY)
    set_title(s, "Roadmap: 48 months, April 2028 to March 2032")
    text_box(
        s,
        0.6,
        1.05,
        12.1,
        0.35,
        [
            P(
                "Financial years 2028-29 \u00b7 2029-30 \u00b7 2030-31 \u00b7 2031-32 (1 April to 31 "
                "March)",
                13,
                color=GREY,
            )
        ],
    )
    for i, year in enumerate(YEARS):
        shape_box(
            s,
            MSO_SHAPE.RECTANGLE,
            GX + i * 4 * QW,
            1.5,
            4 * QW - 0.03,
            0.32,
            NAVY,
            [P(year, 12, True, WHITE, align="c")],
            margin=0.02,
        )
        for q in range(4):
            text_box(
                s,
                GX + (i * 4 + q) * QW,
                1.84,
                QW,
                0.25,
                [P(f"Q{q + 1}", 9, color=GREY, align="c")],
                margin=0.0,
            )
    for r, (name, when, start, end, what) in enumerate(PHASES):
        y = 2.2 + r * 0.86
        text_box(
            s, 0.6, y, 2.9, 0.8, [P(name, 12, True, NAVY), P(when, 10, color=GREY)], margin=0.03
        )
        shape_box(
            s,
            MSO_SHAPE.RECTANGLE,
            GX + start * QW,
            y + 0.05,
            (end - start) * QW - 0.03,
            0.7,
            TEAL if r % 2 == 0 else "2E6F95",
            [P(what, 9, color=WHITE)],
            margin=0.05,
        )
    for letter, q, _ in GATES:
        shape_box(
            s,
            MSO_SHAPE.DIAMOND,
            GX + q * QW - 0.2,
            5.62,
            0.4,
            0.4,
            AMBER,
            [P(letter, 11, True, NAVY, align="c")],
            margin=0.0,
        )
    for i, (_, _, label) in enumerate(GATES):
        text_box(s, 0.6 + i * 3.07, 6.1, 2.95, 0.5, [P(label, 11, True, INK)], margin=0.03)
    text_box(
        s,
        0.6,
        6.62,
        12.1,
        0.35,
        [
            P(
                "No route changes its way of working during its summer timetable (late March to "
                "mid-October).",
                11,
                color=GREY,
                italic=True,
            )
        ],
    )
    notes(
        s,
        [
            "Month 0 is 1 April 2028, the first day of 2028-29.",
            "The gates fall in December and September so that no change goes live in the summer "
            "peak.",
        ],
    )
    return s


def s12_old_roadmap(prs):
    s = new_slide(prs, L_CONTENT)
    set_title(s, "Roadmap \u2013 draft v3 (January Board), superseded")
    body_placeholder(
        s,
        [
            ("Phase 1 \u00b7 Mobilise and recruit: January \u2013 June 2028", 0),
            ("Phase 2 \u00b7 Pilot on the Tarva route: July 2028 \u2013 June 2029", 0),
            ("Phase 3 \u00b7 Network roll-out: July 2029 \u2013 December 2031", 0),
            ("Go/no-go for network roll-out: June 2029", 0),
            ("Close the programme by December 2031", 0),
        ],
        x=0.6,
        y=1.45,
        w=12.1,
        h=4.2,
    )
    shape_box(
        s,
        MSO_SHAPE.RECTANGLE,
        0.6,
        5.85,
        12.1,
        0.7,
        "F6DADA",
        [
            P(
                "Superseded by slide 11: the January Board asked for a pilot on a route that "
                "uses a harbour we do not own, and for the clock to follow the financial year",
                13,
                True,
                "8A1C1C",
            )
        ],
        margin=0.12,
    )
    hide(s)
    return s


def s13_pilot(prs):
    s = new_slide(prs, L_TITLE_ONLY)
    set_title(s, "Pilot: the Glenvore \u2013 Colvay route")
    text_box(
        s,
        0.6,
        1.25,
        12.1,
        0.75,
        [
            P(
                "Why Colvay: one route, two vessels (MV Fulmar and MV Skua), a harbour we do not own, "
                "212,000 passengers a year and our lowest reliability (91.8% in 2026-27)",
                15,
                True,
                NAVY,
            )
        ],
    )
    text_box(
        s,
        0.6,
        2.1,
        7.3,
        4.6,
        [
            P("From January to December 2029 the route runs as one team:", 15, True, TEAL),
            P(
                "Appoint a Colvay route manager, accountable for every sailing on the route",
                15,
                bullet=True,
            ),
            P(
                "Take the new booking system live on the route first, in April 2029",
                15,
                bullet=True,
            ),
            P(
                "Fit remote engine monitoring to MV Fulmar and MV Skua before the pilot starts",
                15,
                bullet=True,
            ),
            P(
                "Trial resident priority booking for Colvay households from April 2029",
                15,
                bullet=True,
            ),
            P(
                "Show live sailing status on a screen at Colvay pier, with the harbour company's "
                "consent",
                15,
                bullet=True,
            ),
        ],
        margin=0.1,
    )
    shape_box(
        s,
        MSO_SHAPE.RECTANGLE,
        8.15,
        2.1,
        4.6,
        3.6,
        SKY,
        [
            P("Gate B pass marks (July to December 2029)", 15, True, NAVY),
            P("96% or more of Colvay sailings operated as timetabled", 14, bullet=True),
            P("No more than 10 technical cancellations on the route", 14, bullet=True),
            P("Half of Colvay bookings made online", 14, bullet=True),
        ],
        anchor=MSO_ANCHOR.TOP,
        margin=0.15,
    )
    notes(
        s,
        [
            "Before the pilot starts, the Director of Operations will meet the Colvay Community "
            "Council in November 2028 to agree the pilot timetable and how islanders will hear of "
            "changes.",
            "The route manager post is funded by the programme for the pilot year.",
        ],
    )
    return s


RISKS = [
    (
        "R1 A major vessel breaks down in the summer peak with no relief vessel free",
        "High",
        "High",
        "Keep MV Merganser as the dedicated relief vessel from June to September, with a "
        "charter vessel on call",
    ),
    (
        "R2 Seafarers are not recruited fast enough",
        "High",
        "High",
        "Island recruitment days, and a retention allowance for engine officers agreed with the "
        "USU",
    ),
    (
        "R3 The new booking system is late",
        "Medium",
        "High",
        "Run SailBook in parallel until every route passes acceptance; a fixed-price contract with "
        "delay damages",
    ),
    (
        "R4 The Department's capital programme does not fund the new vessels",
        "Medium",
        "High",
        "Submit the fleet business case in October 2029 for the 2030-31 capital round; extend "
        "MV Tystie's life as the fallback",
    ),
    (
        "R5 A harbour owner will not renew on terms we can afford",
        "Low",
        "High",
        "Open renewal talks with all three harbour owners in 2028, two years before the first "
        "expiry",
    ),
    (
        "R6 The USU does not agree the new roster in time for summer 2030",
        "Medium",
        "Medium",
        "Table the proposal in the Joint Negotiating Committee in June 2028",
    ),
]


def s14_risks(prs):
    s = new_slide(prs, L_TITLE_ONLY)
    set_title(s, "Risks and how we will manage them")
    widths = [4.55, 1.15, 1.15, 5.3]
    frame = s.shapes.add_table(
        len(RISKS) + 1, 4, Inches(0.6), Inches(1.35), Inches(sum(widths)), Inches(5.4)
    )
    tbl = frame.table
    for c, w in enumerate(widths):
        tbl.columns[c].width = Inches(w)
    for c, head in enumerate(["Risk", "Likelihood", "Impact", "Mitigation"]):
        cell = tbl.cell(0, c)
        cell.text = head
        cell.text_frame.paragraphs[0].runs[0].font.size = Pt(14)
        cell.text_frame.paragraphs[0].runs[0].font.bold = True
    for r, row in enumerate(RISKS, start=1):
        for c, text in enumerate(row):
            cell = tbl.cell(r, c)
            cell.text = text
            run = cell.text_frame.paragraphs[0].runs[0]
            run.font.size = Pt(12)
    frame.name = "Risk table"
    return s


FIRST_100 = [
    "By 11 April: hold the first Lifeline 2032 Programme Board",
    "By 30 April: appoint the Colvay route manager",
    "By 31 May: order remote engine monitoring for MV Fulmar and MV Skua",
    "By 31 May: publish the tender for the new booking and ticketing system",
    "By 15 June: run the first island recruitment days on Hestay and Colvay",
    "By 30 June: table the roster proposal with the USU in the Joint Negotiating Committee",
    "By 30 June: open renewal talks with the Glenvore, Colvay and Tarva harbour owners",
    "By 9 July: order new hydraulic rams for Ardmorran Berth 2 linkspan",
]


def s15_first_100(prs):
    s = new_slide(prs, L_CONTENT)
    set_title(s, "First 100 days: 1 April to 9 July 2028")
    body_placeholder(s, [(t, 0) for t in FIRST_100], x=0.6, y=1.4, w=12.1, h=5.4, size=18)
    return s


def s16_governance(prs):
    s = new_slide(prs, L_TITLE_ONLY)
    set_title(s, "Governance and investment")
    text_box(s, 0.6, 1.3, 5.6, 0.45, [P("How we will run it", 18, True, TEAL)])
    text_box(
        s,
        0.6,
        1.8,
        5.6,
        4.9,
        [
            P(
                "Sponsor: the Chief Executive, who chairs the Lifeline 2032 Programme Board every "
                "month",
                14,
                bullet=True,
            ),
            P(
                "Members: the directors of Operations, Engineering, and Customer and Commercial, the "
                "Finance Director, the Head of People and Training and the Programme Director",
                14,
                bullet=True,
            ),
            P(
                "The Department's ferry contract manager attends every quarter; the Islands Ferry "
                "Users' Forum is consulted before each gate",
                14,
                bullet=True,
            ),
            P(
                "The Chief Executive takes each gate decision and reports it to the Board and to the "
                "Department",
                14,
                bullet=True,
            ),
        ],
        margin=0.08,
    )
    text_box(s, 6.55, 1.3, 6.2, 0.45, [P("What it costs", 18, True, TEAL)])
    widths = [3.1, 0.62, 0.62, 0.62, 0.62, 0.62]
    png = table_picture(BUDGET_TITLE, BUDGET_HEAD, BUDGET_ROWS, widths, bold_last=True)
    _, h = add_worksheet_object(s, budget_workbook(), png, 6.55, 1.8, 6.2, "Object 5")
    text_box(
        s,
        6.55,
        1.9 + h,
        6.2,
        0.9,
        [
            P(
                "Funded by \u00a318.2m from the Department's ferries capital grant and \u00a34.6m from "
                "Kelda Ferries' reserves; new vessels are outside these figures and follow the 2029 "
                "fleet plan",
                12,
                color=GREY,
            )
        ],
    )
    return s


def s17_ask(prs):
    s = new_slide(prs, L_CONTENT)
    set_title(s, "What we ask today")
    body = body_placeholder(s, [], x=0.6, y=1.4, w=12.1, h=5.4)
    tf = body.text_frame
    items = [
        ("Of the Board of Kelda Ferries Ltd:", 0, True),
        ("Approve Lifeline 2032 as the company's strategy for April 2028 to March 2032", 1, False),
        ("Agree the Glenvore \u2013 Colvay route as the pilot, from January 2029", 1, False),
        ("Release \u00a33.9m for Phase 1 (April to December 2028)", 1, False),
        (
            "Delegate Gates A to D to the Chief Executive, who reports to the Board after each",
            1,
            False,
        ),
        ("Of the Transport and Islands Department:", 0, True),
        ("Confirm \u00a318.2m from the ferries capital grant over the four years", 1, False),
        (
            "Agree a contract variation so that resident priority booking can start on the Colvay "
            "route in April 2029",
            1,
            False,
        ),
    ]
    for i, (text, level, bold) in enumerate(items):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.level = level
        if level == 0:
            ppr = p._p.get_or_add_pPr()
            etree.SubElement(ppr, qn("a:buNone"))
            ppr.set("marL", "0")
            ppr.set("indent", "0")
        r = p.add_run()
        r.text = text
        r.font.size = Pt(20 if level == 0 else 18)
        r.font.bold = bold
        r.font.color.rgb = _rgb(NAVY if level == 0 else INK)
    notes(
        s,
        [
            "If the Board approves today, the first Programme Board meets on 11 April and the "
            "booking system tender goes out in May.",
            "The letter to the Department goes with the Chair's signature on 28 February.",
        ],
    )
    return s


def s18_option_c(prs):
    s = new_slide(prs, L_CONTENT)
    set_title(s, "Option C: replace MV Tystie and MV Eider with a fast-craft service", size=26)
    body_placeholder(
        s,
        [
            (
                "Two 180-seat passenger fast craft on Glenvore \u2013 Skarrow and Ardmorran \u2013 Tarva "
                "from April 2030",
                0,
            ),
            ("Crossing times cut by 40%", 0),
            ("Carry 25% more foot passengers by 2031-32", 0),
            ("Cars and freight move to a twice-weekly landing craft", 0),
            ("Cost: \u00a331m over ten years, against \u00a344m for two new car ferries", 0),
        ],
        x=0.6,
        y=1.45,
        w=12.1,
        h=4.2,
    )
    shape_box(
        s,
        MSO_SHAPE.RECTANGLE,
        0.6,
        5.85,
        12.1,
        0.7,
        "F6DADA",
        [
            P(
                "Not taken forward (Board, 25 January 2028): islanders would lose their daily "
                "car ferry, and Tarva pier cannot berth fast craft",
                13,
                True,
                "8A1C1C",
            )
        ],
        margin=0.12,
    )
    hide(s)
    return s


def s19_sunday(prs):
    s = new_slide(prs, L_CONTENT)
    set_title(s, "Parked: Sunday sailings to Lunnay and Skarrow")
    body_placeholder(
        s,
        [
            (
                "Add a Sunday return sailing on Kirkhaven \u2013 Lunnay and Glenvore \u2013 Skarrow from "
                "the summer 2029 timetable",
                0,
            ),
            ("Needs 14 more crew and a 28-day consultation with both community councils", 0),
            ("Skarrow Community Council opposed Sunday sailings in the 2027 consultation", 0),
            ("Parked until crew posts are 98% filled; to come back to the Board in 2030", 0),
        ],
        x=0.6,
        y=1.45,
        w=12.1,
        h=4.8,
    )
    hide(s)
    return s


SLIDES = [
    s01_cover,
    s02_numbers,
    s03_why,
    s04_ambition,
    s05_pillars,
    s06_vessels,
    s07_crew,
    s08_booking,
    s09_ports,
    s10_kpis,
    s11_roadmap,
    s12_old_roadmap,
    s13_pilot,
    s14_risks,
    s15_first_100,
    s16_governance,
    s17_ask,
    s18_option_c,
    s19_sunday,
]


def build_deck() -> bytes:
    prs = Presentation()
    stretch_to_16x9(prs)
    for n, make in enumerate(SLIDES, start=1):
        slide = make(prs)
        if n > 1:
            footer(slide, n)
    add_comments(prs)
    when = dt.datetime(2028, 2, 20, 17, 5, 12)
    return ooxml_bytes(
        prs,
        DECK_STAMP,
        title="Lifeline 2032",
        subject="Board paper KF/B/28/03",
        author="Strategy and Performance Team",
        last_modified_by="Ruth Macleod",
        revision=14,
        created=dt.datetime(2027, 11, 28, 10, 3, 0),
        modified=when,
        content_status="Draft for Board",
        language="en-GB",
        version="6",
    )


# =========================================================================== the roster (DOCX)

REV_AUTHOR = "Heather Rennie"
REV_DATE = "2028-02-09T14:12:00Z"
HEADER = ["Role", "Directorate", "Programme involvement (Core / Extended / Consult only)", "Remit"]
# (role, directorate, involvement, remit, change): change is None, "deleted" or "inserted"
ROWS = [
    (
        "Chief Executive",
        "Executive",
        "Core",
        "Sponsor of Lifeline 2032 and chair of its Programme Board; takes each gate decision under "
        "the Board's delegation and recommends each phase's budget to the Board; answers to the "
        "Regional Government as shareholder and to the Transport and Islands Department for the "
        "contract.",
        None,
    ),
    (
        "Programme Director, Lifeline 2032",
        "Executive",
        "Core",
        "Runs the programme office: the plan, the risk log, gate reports, the measures workbook "
        "and the benefits record; secretary to the Programme Board.",
        None,
    ),
    ("Director of Operations", "Operations", "Core", "REMIT_CHANGE", None),
    (
        "Marine Superintendent",
        "Operations",
        "Core",
        "Masters and mates; navigational and operational standards, passage plans, berthing and "
        "the disruption procedure at sea; the MSA's operational inspections.",
        None,
    ),
    (
        "Route Manager, Colvay and Skarrow",
        "Operations",
        "Core",
        "Day-to-day running of the Glenvore routes to Colvay and Skarrow: sailings, crews on the "
        "day, and liaison with the Colvay and Skarrow community councils; runs the Colvay pilot on "
        "the route.",
        "inserted",
    ),
    (
        "Head of Crewing",
        "Operations",
        "Core",
        "Crew establishment and the crewing office; recruitment of ratings and officers; rosters, "
        "leave and relief crews; CrewDeck, certificates and medicals.",
        None,
    ),
    (
        "Director of Engineering",
        "Engineering",
        "Core",
        "Fleet condition and reliability; the dry-dock programme with Greyhaven Shipyard; class and "
        "MSA statutory surveys; the fleet plan and the business cases for new vessels.",
        None,
    ),
    (
        "Head of Fleet Replacement",
        "Engineering",
        "Core",
        "New vessel specifications and business cases; liaison with the Department's vessel "
        "procurement team.",
        "deleted",
    ),
    (
        "Fleet Superintendent Engineer",
        "Engineering",
        "Core",
        "Planned maintenance and defects on all nine vessels; MarineTrack; spares; engine "
        "monitoring; engineering officers' technical standards.",
        None,
    ),
    (
        "Director of Customer and Commercial",
        "Customer and Commercial",
        "Core",
        "Fares and ticketing policy within the contract; the replacement of SailBook; resident "
        "priority booking; customer experience and the Islands Travel Survey.",
        None,
    ),
    (
        "Head of Booking and Customer Service",
        "Customer and Commercial",
        "Core",
        "The booking office and contact centre; SailBook today; on-board ticket sales; passenger "
        "alerts; complaints and CaseLine.",
        None,
    ),
    (
        "Head of Ports and Harbours",
        "Ports",
        "Core",
        "Ardmorran and Kirkhaven ports and their linkspans; port operations and PortLog; the "
        "harbour agreements for Glenvore, Colvay and Tarva; the slipway arrangements with the "
        "Regional Government's Roads Service.",
        None,
    ),
    (
        "Head of Digital and Data",
        "Finance and Resources",
        "Core",
        "IT systems and integration; KeldaData and reporting; technical lead for the new booking "
        "system; engine monitoring data ashore; cyber security.",
        None,
    ),
    (
        "Head of People and Training",
        "People",
        "Core",
        "Employee relations and the Joint Negotiating Committee with the USU; the Training Centre "
        "at Ardmorran; the islands cadet scheme with Ardmorran College; recruitment campaigns and "
        "allowances.",
        None,
    ),
    (
        "Finance Director",
        "Finance and Resources",
        "Extended",
        "Budget and cost reporting for the programme; capital grant claims to the Department.",
        None,
    ),
    (
        "Head of Procurement",
        "Finance and Resources",
        "Extended",
        "Tenders and contracts for the programme, including the booking system and engine "
        "monitoring.",
        None,
    ),
    (
        "Designated Person Ashore",
        "Safety",
        "Extended",
        "Independent oversight of the safety management system under the ISM Code, with direct "
        "access to the Board; reviews every change to procedures or manning for safety.",
        None,
    ),
    (
        "USU Branch Secretary, Kelda Ferries",
        "Trade union",
        "Consult only",
        "Represents ratings and officers; consulted on rosters, crewing levels and recruitment "
        "terms through the Joint Negotiating Committee.",
        None,
    ),
    (
        "Chair, Islands Ferry Users' Forum",
        "Island users",
        "Consult only",
        "Speaks for island users and the five community councils' ferry committees; consulted "
        "before each gate and on timetable and booking changes.",
        None,
    ),
    (
        "Ferry Contract Manager, Transport and Islands Department",
        "The Department",
        "Consult only",
        "The Department's manager of the ferry services contract; consulted on any change that "
        "touches the contract, the timetable or fares; attends the Programme Board every quarter.",
        None,
    ),
]
REMIT_KEPT = (
    "Delivery of the timetable on all seven routes; vessel deployment, including the "
    "relief vessel; disruption and service recovery; the operations centre at "
    "Ardmorran; "
)
REMIT_DELETED = "the annual dry-dock programme"
REMIT_INSERTED = "the Colvay pilot and the route managers"
DOC_COMMENTS = {
    "Head of Fleet Replacement": (
        "Heather Rennie",
        "HR",
        "2028-02-09T14:05:00Z",
        "Post merged into the Director of Engineering's remit from January 2028 (SLT, 17 January).",
    ),
    "Route Manager, Colvay and Skarrow": (
        "Alasdair Dunn",
        "AD",
        "2028-02-09T15:31:00Z",
        "Funded by the programme for the pilot year; made permanent only if Gate B is passed.",
    ),
}


class _Revisions:
    """Numbered w:ins / w:del marks, all by one author at one fixed time."""

    def __init__(self) -> None:
        self.next_id = 101

    def mark(self, tag: str):
        from docx.oxml import OxmlElement

        el = OxmlElement(tag)
        el.set(wqn("w:id"), str(self.next_id))
        el.set(wqn("w:author"), REV_AUTHOR)
        el.set(wqn("w:date"), REV_DATE)
        self.next_id += 1
        return el


def _wrap_runs(paragraph_el, tag: str, revs: _Revisions) -> None:
    """Wrap every run of a paragraph in its own w:ins or w:del (w:t becoming w:delText in a
    deletion) and mark the paragraph mark itself as inserted or deleted."""
    from docx.oxml import OxmlElement

    for run in list(paragraph_el.findall(wqn("w:r"))):
        if tag == "w:del":
            for t in run.findall(wqn("w:t")):
                t.tag = wqn("w:delText")
        wrapper = revs.mark(tag)
        run.addprevious(wrapper)
        wrapper.append(run)
    ppr = paragraph_el.get_or_add_pPr()
    rpr = ppr.find(wqn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    rpr.append(revs.mark(tag))


def _mark_row(row, tag: str, revs: _Revisions) -> None:
    from docx.oxml import OxmlElement

    tr = row._tr
    trpr = tr.find(wqn("w:trPr"))
    if trpr is None:
        trpr = OxmlElement("w:trPr")
        tr.insert(0, trpr)
    trpr.append(revs.mark(tag))
    for cell in row.cells:
        for para in cell.paragraphs:
            _wrap_runs(para._p, tag, revs)


def _cell(cell, text: str, *, bold: bool = False, size: float = 9.5):
    para = cell.paragraphs[0]
    run = para.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    return run


def build_roster() -> bytes:
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)

    doc.add_heading("Lifeline 2032: Programme Board and team", level=1)
    meta = doc.add_paragraph()
    meta.add_run(
        "Version 0.7 \u00b7 9 February 2028 \u00b7 kept by the Programme Director, "
        "Lifeline 2032 \u00b7 changes tracked for the Board paper"
    ).italic = True
    doc.add_paragraph(
        "This list shows who sits on the Lifeline 2032 Programme Board and team, and what each "
        "post answers for in the programme. Core posts own programme work. Extended posts are "
        "drawn in for their specialism and do not own work. Consult only posts are consulted "
        "before decisions and never own work."
    )

    table = doc.add_table(rows=1, cols=4)
    table.style = doc.styles["Table Grid"]
    widths = [Cm(6.2), Cm(3.6), Cm(3.6), Cm(12.4)]
    for c, head in enumerate(HEADER):
        cell = table.rows[0].cells[c]
        cell.width = widths[c]
        _cell(cell, head, bold=True)
    revs = _Revisions()
    marks: list[tuple[object, str]] = []
    remit_para = None
    for role, directorate, tier, remit, change in ROWS:
        row = table.add_row()
        for c, w in enumerate(widths):
            row.cells[c].width = w
        role_run = _cell(row.cells[0], role)
        _cell(row.cells[1], directorate)
        _cell(row.cells[2], tier)
        if remit == "REMIT_CHANGE":
            remit_para = row.cells[3].paragraphs[0]
        else:
            _cell(row.cells[3], remit)
        if role in DOC_COMMENTS:
            author, initials, when, text = DOC_COMMENTS[role]
            comment = doc.add_comment(role_run, text=text, author=author, initials=initials)
            comment._comment_elm.set(wqn("w:date"), when)
        if change:
            marks.append((row, "w:del" if change == "deleted" else "w:ins"))
    # the header row repeats on each page
    trpr = OxmlElement("w:trPr")
    trpr.append(OxmlElement("w:tblHeader"))
    table.rows[0]._tr.insert(0, trpr)
    for row, tag in marks:
        _mark_row(row, tag, revs)

    # the remit whose phrase was replaced: kept text, a deletion, an insertion, the full stop
    p = remit_para._p
    _cell_run = remit_para.add_run(REMIT_KEPT)
    _cell_run.font.size = Pt(9.5)
    gone = remit_para.add_run(REMIT_DELETED)
    gone.font.size = Pt(9.5)
    new = remit_para.add_run(REMIT_INSERTED)
    new.font.size = Pt(9.5)
    stop = remit_para.add_run(".")
    stop.font.size = Pt(9.5)
    for t in gone._r.findall(wqn("w:t")):
        t.tag = wqn("w:delText")
    d = revs.mark("w:del")
    gone._r.addprevious(d)
    d.append(gone._r)
    i = revs.mark("w:ins")
    new._r.addprevious(i)
    i.append(new._r)
    assert p is remit_para._p

    doc.add_paragraph()
    doc.add_paragraph(
        "The Board of Kelda Ferries Ltd has delegated Lifeline 2032's gate decisions to the "
        "Chief Executive, who reports to the Board after each gate."
    )
    doc.add_paragraph(
        "The Training Centre at Ardmorran, in the Head of People and Training's remit, runs the "
        "basic safety and refresher courses every seafarer needs, and CrewDeck keeps each "
        "seafarer's training record."
    )
    doc.add_paragraph(
        "Vacant post: the Environment and Fuel Manager post has been vacant since October 2027, "
        "and nobody measures the fleet's emissions between the annual fuel returns."
    )
    for para in doc.paragraphs:
        para.alignment = WD_ALIGN_PARAGRAPH.LEFT

    # track changes stays on in this copy
    settings = doc.settings.element
    track = OxmlElement("w:trackRevisions")
    settings.find(wqn("w:defaultTabStop")).addprevious(track)

    when = dt.datetime(2028, 2, 9, 16, 40, 6)
    return ooxml_bytes(
        doc,
        DOCX_STAMP,
        title="Lifeline 2032: Programme Board and team",
        author="Alasdair Dunn",
        last_modified_by="Heather Rennie",
        revision=9,
        created=dt.datetime(2027, 12, 4, 9, 30, 0),
        modified=when,
    )


# =========================================================================== the org text files

SYSTEMS = """
# Systems and data inventory

Kept by the Head of Digital and Data. Last reviewed January 2028.

## Booking and ticketing

SailBook is our booking and ticketing system: online booking, the contact centre at Ardmorran
and the ticket offices at Ardmorran, Kirkhaven and Glenvore.

At Colvay, Tarva, Lunnay and Skarrow tickets are sold on board by the purser from paper ticket
books, for cash or pre-paid vouchers.

SailBook cannot hold deck space back for island residents; every vehicle booking is first come,
first served, from the day the timetable opens.

The version of SailBook we run goes out of its supplier's support in December 2029.

SailBook keeps sailing records for 24 months; older years survive only as the monthly returns
to the Department.

A booking refused for lack of space is recorded only when it is made online; refusals by phone
or at a ticket office leave no record.

## Operations and ports

PortLog is the port operations system at Ardmorran and Kirkhaven: berth plans, linkspan checks,
marshalling, and arrival and departure times.

The three harbours we use under agreement, Glenvore, Colvay and Tarva, keep their own records
and send us a monthly invoice, nothing more.

At Glenvore, Colvay and Tarva the departure time is written in the bridge log by the master and
typed into the monthly return at the month end.

The operations centre follows our vessels on the public AIS website; there is no link between
AIS and SailBook, so every delay or cancellation message is typed by hand.

Cancellation texts reach only passengers whose booking holds a mobile number; foot passengers who
buy on board are told by notices at the pier.

## Fleet and engineering

MarineTrack is our planned maintenance system: maintenance plans, work orders, defects and
spares for the fleet.

On MV Tystie, MV Scaup and MV Guillemot, defects are written on paper defect sheets kept on
board, and MarineTrack holds only their dry-dock work.

Engineers read running hours, temperatures and pressures at each watch and write them in the
engine-room log; no vessel sends engine data ashore.

Fuel is known from bunker delivery notes, because none of the nine vessels has fuel-flow meters.

## Crew

CrewDeck holds every seafarer's certificates, medicals, training and sea service, and warns the
crewing office sixty days before a certificate expires.

Rosters are built in a spreadsheet for each vessel by the crewing office, and CrewDeck has no
rostering module.

## Safety, customers and reporting

KeldaSafe is the fleet's safety management system under the ISM Code: procedures, drills,
incident reports and audits.

Complaints and compliments are logged in CaseLine and answered within 15 working days.

KeldaData, our data warehouse, is loaded each night from SailBook, MarineTrack, CrewDeck and the
finance ledger, and its monthly reports go to every manager and to the Board.
"""

MEASURES = """
# Lifeline 2032 measures

Kept by the Programme Director, Lifeline 2032, in the measures workbook. These are the
definitions the Board agreed on 25 January 2028.

| Measure | Definition | Owner | Baseline 2026-27 | Source |
|---|---|---|---|---|
| Sailings operated as timetabled | Share of timetabled sailings that sail, whatever their delay; sailings cancelled for weather or on the master's safety decision are left out of the count, as the services contract requires | Director of Operations | 95.2% | SailBook; bridge logs at Glenvore, Colvay and Tarva |
| Sailings leaving within 10 minutes of the timetable | Share of sailings whose ramp is up within 10 minutes of the timetabled departure | Director of Operations | 88.4% | PortLog at Ardmorran and Kirkhaven; bridge logs elsewhere |
| Sailings cancelled for a technical fault | Sailings cancelled because a vessel, its ramp or its machinery failed, or a port's linkspan failed | Director of Engineering | 412 | SailBook cancellation codes |
| Vessel days lost to unplanned repairs | Days a vessel cannot sail its route for a defect, outside its planned dry-dock | Fleet Superintendent Engineer | 186 | MarineTrack |
| Bookings made online or in the app | Share of all bookings, passengers and vehicles, made on the website or the app | Head of Booking and Customer Service | 41% | SailBook; on-board sales counted from ticket book stubs |
| Island residents satisfied with the ferry service | Share of island residents satisfied or very satisfied with the ferry service | Director of Customer and Commercial | 61% (2026 survey) | Islands Travel Survey |
| Deck and engine crew posts filled | Posts filled against the establishment of 402 | Head of Crewing | 91% (366 of 402) | CrewDeck |
| Vehicle bookings turned away on peak summer sailings | Vehicle bookings refused for lack of space in the eight peak weeks | Director of Customer and Commercial | 7,900 | SailBook |
| Carbon emissions from the fleet | Tonnes of CO2e from the fuel the fleet burns | Director of Engineering | 38,600 | Bunker delivery notes |

## Notes on the baselines

The contract's benchmark is 97% of timetabled sailings operated, and the Department deducts
\u00a32,500 for each sailing below it: \u00a31.9m in 2026-27.

The Islands Travel Survey is run by the Department every two years, in the autumn of even years,
so the next results come from the 2028 and 2030 surveys.

The vehicle baseline counts online refusals only, because SailBook records nothing else; the
true figure is higher.

The services contract sets no carbon target, and the fleet's emissions are estimated once a year
from the bunker delivery notes.

Punctuality at the three harbours we do not own rests on the masters' bridge log entries.
"""

TERMS = """
# Lifeline 2032 Programme Board: terms of reference

Agreed by the Board of Kelda Ferries Ltd on 25 January 2028.

## Purpose

The Programme Board directs Lifeline 2032, Kelda Ferries' strategy and service plan for April
2028 to March 2032, and takes its gate decisions.

## Sponsor and chair

The Chief Executive is the programme's sponsor and chairs the Programme Board.

The Board of Kelda Ferries Ltd delegates each gate decision, Gates A to D, to the Chief
Executive, who reports the decision to the next Board meeting and to the Department.

The Board releases the programme's budget phase by phase, on the Chief Executive's
recommendation.

## Members

The Director of Operations, the Director of Engineering, the Director of Customer and
Commercial, the Finance Director, the Head of People and Training, and the Programme Director,
Lifeline 2032, who is its secretary.

## In attendance and consulted

The Department's Ferry Contract Manager attends every quarter.

The Chair of the Islands Ferry Users' Forum is consulted before each gate decision, and the
Forum's view is recorded in the gate report.

The USU Branch Secretary is consulted, through the Joint Negotiating Committee, on any part of
the programme that changes rosters, crewing levels or recruitment terms.

Every change to a shipboard procedure or to manning must be reviewed by the Designated Person
Ashore before the Programme Board decides it.

## Cadence and reports

The Programme Board meets monthly, on the second Tuesday, with a gate meeting in each gate
month.

The Programme Director prepares each gate report: the measures against the pass marks, the
risks, spend against budget and the Forum's view.
"""

USU = """
# Recognition and procedure agreement with the United Seafarers' Union (extract)

Signed in 2019; last revised in April 2025. Held by the Head of People and Training.

- Kelda Ferries recognises the United Seafarers' Union (USU) for collective bargaining for all
  ratings and officers.
- Any change to roster patterns, crewing levels or watchkeeping hours must be negotiated in the
  Joint Negotiating Committee (JNC), which meets every two months.
- Consultation on a roster change lasts at least 45 days from the date the company tables its
  proposal in the JNC.
- Permanent vacancies for ratings are offered first to the company's casual crew pool, and are
  advertised outside the company only when no casual crew member applies.
- Allowances of any kind, retention allowances included, are agreed in the JNC and apply to
  every vessel of the same class.
- The Training Centre at Ardmorran gives every new entrant the basic safety courses; it can take
  24 new entrants a year.
"""

CONTRACT = """
# Kelda Isles Ferry Services Contract: extract

Between the Kelda Regional Government, acting through its Transport and Islands Department, and
Kelda Ferries Ltd. The contract runs from 1 April 2026 to 31 March 2034.

## Timetable and fares

The Department sets the timetable. Any change to the published timetable needs the Department's
written approval and 28 days' consultation with the island community councils.

Fares, including any resident discount or priority scheme, are set by the Department, and the
company may not change them without a contract variation.

## Performance

Reliability is measured against a benchmark of 97% of timetabled sailings operated, and the
Department deducts \u00a32,500 for each sailing below it.

The company reports reliability, punctuality, cancellations and complaints to the Department
every month.

The company keeps MV Merganser as the fleet's relief vessel, based at Ardmorran.

## Assets and systems

Capital items over \u00a32m go to the Department's capital programme, which is agreed each
October for the following financial year.

A new system that holds passengers' personal data must pass the Department's information
assurance review, which takes up to 12 weeks, before it goes live.
"""

MSA = """
# Maritime Safety Agency: annual survey findings 2027 (summary)

From the MSA Area Surveyor's letter to the Director of Engineering, 14 December 2027.

- MV Tystie: the passenger certificate has been renewed for 12 months only, to 30 April 2029, on
  condition that the steel in the bow thruster compartment is renewed at her next dry-dock.
- Ardmorran Berth 2 linkspan: the hydraulic rams are worn beyond their limits and must be
  replaced before the linkspan's next annual inspection in April 2029.
- Manning: the MSA must be consulted, and a new safe manning document issued, before any change
  to the number of crew carried on a vessel.
- Lunnay slipway: approved for vessels of up to 35 metres, so MV Merganser cannot relieve
  MV Scaup on the Lunnay route.
- Engine monitoring: any equipment connected to a main engine needs class approval before the
  vessel sails with it.
- The KeldaSafe safety management system was audited in October 2027, with no major
  non-conformities.
- MV Solan, MV Shearwater, MV Eider, MV Fulmar, MV Skua, MV Scaup, MV Guillemot and MV Merganser
  were surveyed in 2027 and their certificates renewed for the full year.
"""

HARBOURS = """
# Ports and harbours register

Kept by the Head of Ports and Harbours. January 2028.

| Port or harbour | Owner | Routes | Arrangement |
|---|---|---|---|
| Ardmorran | Kelda Ferries Ltd | Kirkhaven, Tarva, Colvay | Owned; two linkspans (Berths 1 and 2) |
| Kirkhaven, Hestay | Kelda Ferries Ltd | Ardmorran, Lunnay | Owned; one linkspan |
| Glenvore | Glenvore Harbour Trust | Colvay, Skarrow | Harbour agreement to 31 March 2031 |
| Colvay | Colvay Harbour Community Company | Glenvore, Tarva, Ardmorran | Harbour agreement to 31 March 2030 |
| Tarva | Tarva Estate | Ardmorran, Colvay | Harbour agreement to 31 March 2031 |
| Lunnay slipway | Regional Government Roads Service | Kirkhaven | Slipway access arrangement |
| Skarrow slipway | Regional Government Roads Service | Glenvore | Slipway access arrangement |

The Colvay harbour agreement expires on 31 March 2030, and the Glenvore and Tarva agreements on
31 March 2031.

The Tarva pier is owned by the Tarva Estate, whose consent is needed for any work on the pier,
new signs and screens included.

The Lunnay and Skarrow slipways belong to the Regional Government's Roads Service, which repairs
them only when they appear in its annual roads programme.
"""

ROUTE = """
Colvay route profile: Glenvore - Colvay
Prepared for the Lifeline 2032 pilot by the Route Manager, Colvay and Skarrow, January 2028.

The route: 55 minutes each way, up to nine return sailings a day in summer and six in winter.
Vessels: MV Fulmar (1996, 52 m, 32 cars) and MV Skua (2009, 49 m, 28 cars).
Traffic in 2026-27: 212,000 passengers, 61,000 cars and 6,300 commercial vehicles.
Reliability in 2026-27: 91.8% of timetabled sailings operated, the lowest of our seven routes.
Colvay has 1,140 residents; most of the island's freight comes in by haulier on the first and
last sailings.

MV Skua is also the relief vessel for the Skarrow route, so she leaves the Colvay route whenever
MV Tystie is in dry-dock.

There is no mobile signal for the middle 20 minutes of the crossing, so card readers on board
will have to work offline.

The pier's owner, the Colvay Harbour Community Company, must give consent before any screen,
sign or cabling is fixed to the pier.

The Glenvore ticket office sells Colvay tickets; on Colvay itself tickets are sold on board.
"""

LETTER = """
Colvay Community Council
The Old School, Baile Colvay

18 January 2028

To: the Chief Executive, Kelda Ferries Ltd, Ardmorran

Dear Chief Executive,

Ferry services to Colvay

Thank you for meeting us in December. The Council has since discussed the ferry at its January
meeting, and I write to set down what we said.

Colvay lost 311 sailings last year, and on nine days the island had no ferry at all. Two of our
shops ran out of fresh food in November, and a funeral had to be moved.

We hear that Colvay may be the first route for your new plan. We would welcome that, on three
conditions.

We expect to be consulted on the pilot timetable before it is fixed, as the contract requires,
and not told afterwards.

Many older residents on Colvay do not use the internet and book by phone or at the pier, so
please do not make online booking the only way to get priority.

There is still no waiting room at Colvay pier: passengers wait in the open or in their cars.

We would be glad to meet again before the summer.

Yours sincerely,

Morag Sinclair
Convener, Colvay Community Council
"""

EMAIL = """
From: Fleet Superintendent Engineer <fleet.super@keldaferries.example>
To: Director of Engineering <engineering.director@keldaferries.example>
Date: Fri, 28 Jan 2028 16:18:40 +0000
Subject: Greyhaven dry-dock slots, winter 2028-29

Hello,

I spoke to Greyhaven Shipyard's docking manager this afternoon about next winter.

Greyhaven is the only yard on the coast that can dry-dock MV Solan and MV Shearwater, and it
takes one of them at a time, between October and March only.

MV Tystie's steel renewal will take six weeks, not the usual three, and Greyhaven cannot start
her before 6 November 2028.

They can hold provisional slots for all nine vessels until 31 March if we confirm by then. I
suggest we book them now and sort the order afterwards.

Regards,
Fleet Superintendent Engineer
"""

ORG_TEXT = {
    "org/systems/systems-and-data-inventory.md": SYSTEMS,
    "org/measures/lifeline-2032-measures.md": MEASURES,
    "org/governance/lifeline-2032-programme-board-terms-of-reference.md": TERMS,
    "org/governance/usu-recognition-and-procedure-agreement-extract.md": USU,
    "org/context/ferry-services-contract-extract.md": CONTRACT,
    "org/context/msa-annual-survey-findings-2027.md": MSA,
    "org/context/ports-and-harbours-register.md": HARBOURS,
    "org/context/colvay-route-profile.txt": ROUTE,
    "org/context/colvay-community-council-letter-2028-01-18.txt": LETTER,
    "org/context/email-2028-01-28-greyhaven-dry-dock-slots.txt": EMAIL,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {DECK: build_deck(), ROSTER: build_roster()}
    files.update(ORG_TEXT)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
