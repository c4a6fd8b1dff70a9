"""Build the dev21 case ``hexley-heat``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf and python-docx (reportlab
is not in the project's lock; ``/tmp/rl`` is such a venv, see ``evals/dev20/build_ardley_met.py``):

    /tmp/rl/bin/python evals/dev21/build_hexley_heat.py [out-folder]

Writes, under ``evals/dev21/hexley-heat/`` (or ``<out-folder>/hexley-heat/``), every file of the
case but ``gold.json``:

- ``warm-homes-fair-bills-strategy-2029-2034.pdf``: a city-owned district heat network
  operator's five-year strategy as a document designed in ADOBE INDESIGN and exported as
  "Adobe PDF (Print)" with "Spreads" ticked: 10 PDF pages, the cover and the back cover single
  A4 portrait pages (595.28 x 841.89 pt), the eight pages between them SPREADS, two A4 pages
  side by side on one A3 landscape PDF page (1190.55 x 841.89 pt). The document's own page
  numbers (folios) run 1 to 18, two to a spread. It is laid out like a magazine: running
  headers on each half of a spread, two or three columns of justified serif body text with
  hyphenated line ends, text threaded from one column to the next mid-sentence, headings and
  standfirsts, pull quotes in large italic type that repeat a sentence of the body, sidebars
  ("At a glance", "What we heard from tenants", "Kilnworth in numbers"), grey photo
  rectangles with captions, a big-number band, the KPI table as an InDesign table (a shaded
  header row, rules between rows), a roadmap drawn as a horizontal timeline (phase bars and
  gate diamonds on the Council's financial years, April to March, each split into halves),
  a risks table, "Our first 12 months" and the decisions asked of the Council's Cabinet and
  of the company's board on the back cover.

  The designer's layer "Notes for proof" is exported as an OPTIONAL CONTENT GROUP that is OFF
  by default: the catalog's ``/OCProperties`` names it in ``/OCGs`` and in ``/D /OFF``, each
  page that carries a note names it in its ``/Properties`` resource as ``/oc1``, and the note
  (a yellow box and its text) is a content stream appended to the page between
  ``/OC /oc1 BDC`` and ``EMC``. reportlab does not write optional content, so the PDF is
  post-processed with pypdf: the OCG dictionary, the properties resources, a Helvetica font
  resource for the notes and the appended streams are added, and the document information is
  set as InDesign's export sets it (Creator "Adobe InDesign 19.5 (Macintosh)", Producer
  "Adobe PDF Library 17.0", fixed dates). A viewer hides the notes; pypdf's text extraction
  does not.

  Text is drawn with reportlab's canvas in invariant mode: one text object per line, justified
  lines spread with the word-space operator (``Tw``) so that every space is a real space
  glyph, DejaVu Serif Condensed for body text, DejaVu Sans Condensed for headings, tables and
  captions, DejaVu Serif Condensed Italic for pull quotes (embedded TrueType subsets from
  ``/usr/share/fonts/truetype/dejavu/``).
- ``org/``: the programme group as an LDIF export of the company's LDAP directory
  (``people/programme-group.ldif``: ``version: 1``, ldapsearch's comments, entries separated
  by blank lines, long values folded at 76 characters with continuation lines that begin with
  one space, base64 values after ``::`` for values with non-ASCII characters; the group entry
  itself, a service account and a contractor's account manager among the people), the
  programme board's terms of reference, the shareholder agreement's reserved matters, an
  extract of the union recognition agreement (DOCX), the asset and systems register, the
  measure definitions, an extract of the Fair Heat Assurance Scheme's audit report, the
  tenants' federation's letter, the bulk heat supply agreement's summary, the Kilnworth estate
  profile and a note on the energy centres' licences and permits.

Re-running it rewrites every file byte for byte: reportlab's invariant mode and pypdf's writer
(the trailer ID and the document information fixed) for the PDF, fixed core properties and ZIP
times for the DOCX (through ``evals/dev16/_build.py``), the text files as literal strings. It
never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev21").
"""

from __future__ import annotations

import base64
import io
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

from docx import Document
from docx.shared import Pt
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    TextStringObject,
)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "hexley-heat"
DECK = "warm-homes-fair-bills-strategy-2029-2034.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SERIF = "DejaVuSerifCondensed"
SERIF_B = "DejaVuSerifCondensed-Bold"
SERIF_I = "DejaVuSerifCondensed-Italic"
SANS = "DejaVuSansCondensed"
SANS_B = "DejaVuSansCondensed-Bold"
SANS_I = "DejaVuSansCondensed-Oblique"

A4W, A4H = 595.28, 841.89
SPREAD_W = 2 * A4W  # 1190.56; InDesign writes the A3 width as 1190.55
SPREAD_W = 1190.55

Color = tuple[float, float, float]
INK: Color = (0.12, 0.12, 0.14)
TEAL: Color = (0.0, 0.40, 0.43)
TEAL_LIGHT: Color = (0.85, 0.93, 0.93)
ORANGE: Color = (0.90, 0.43, 0.12)
GREY: Color = (0.55, 0.56, 0.58)
PHOTO: Color = (0.78, 0.79, 0.80)
RULE: Color = (0.70, 0.72, 0.74)
WHITE: Color = (1.0, 1.0, 1.0)
SAND: Color = (0.96, 0.94, 0.89)

RUNNING_LEFT = "Warm Homes, Fair Bills 2029\u20132034"
RUNNING_RIGHT = "Our plan"

# where the layout may break a word at a line end (the designer's hyphenation points)
HYPHENS = {
    "decarbonisation": ("decarbon", "isation"),
    "interface": ("inter", "face"),
    "households": ("house", "holds"),
    "substations": ("sub", "stations"),
    "temperatures": ("temper", "atures"),
    "temperature": ("temper", "ature"),
    "consultation": ("consul", "tation"),
    "engineers": ("engin", "eers"),
    "maintenance": ("main", "tenance"),
    "connections": ("con", "nections"),
    "development": ("devel", "opment"),
    "comparator": ("compar", "ator"),
    "residents": ("resi", "dents"),
    "electricity": ("elec", "tricity"),
    "appointments": ("appoint", "ments"),
    "independent": ("inde", "pendent"),
    "association": ("associ", "ation"),
    "everything": ("every", "thing"),
    "guaranteed": ("guar", "anteed"),
    "programme": ("pro", "gramme"),
    "contractor": ("con", "tractor"),
    "monitoring": ("moni", "toring"),
    "underground": ("under", "ground"),
    "University": ("Uni", "versity"),
    "Infirmary": ("Infir", "mary"),
    "themselves": ("them", "selves"),
    "expensive": ("expen", "sive"),
    "replacement": ("replace", "ment"),
    "kilowatt-hour": ("kilowatt-", "hour"),
    "customers": ("cus", "tomers"),
    "automatically": ("automat", "ically"),
    "Environment": ("Environ", "ment"),
    "collection": ("collec", "tion"),
    "abstraction": ("abstrac", "tion"),
    "household": ("house", "hold"),
    "estimate": ("esti", "mate"),
    "Shareholder": ("Share", "holder"),
    "breakdowns": ("break", "downs"),
    "leaseholders": ("lease", "holders"),
}


def register_fonts() -> None:
    for name, file in [
        (SERIF, "DejaVuSerifCondensed.ttf"),
        (SERIF_B, "DejaVuSerifCondensed-Bold.ttf"),
        (SERIF_I, "DejaVuSerifCondensed-Italic.ttf"),
        (SANS, "DejaVuSansCondensed.ttf"),
        (SANS_B, "DejaVuSansCondensed-Bold.ttf"),
        (SANS_I, "DejaVuSansCondensed-Oblique.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


# =========================================================================== text layout


@dataclass(frozen=True)
class Style:
    font: str = SERIF
    size: float = 8.8
    leading: float = 12.0
    color: Color = INK
    align: str = "justify"  # justify, left, center, right
    before: float = 0.0
    after: float = 4.0


BODY = Style()
BODY_LEFT = Style(align="left")
STANDFIRST = Style(SERIF, 13.5, 17.5, TEAL, "left", 0, 10)
H1 = Style(SANS_B, 26, 29, TEAL, "left", 0, 8)
H2 = Style(SANS_B, 10, 13, TEAL, "left", 6, 2)
KICKER = Style(SANS_B, 8, 10, ORANGE, "left", 0, 4)
PULL = Style(SERIF_I, 17, 21, ORANGE, "left", 0, 0)
CAPTION = Style(SANS_I, 7.4, 9.4, GREY, "left", 0, 0)
SIDE = Style(SANS, 8.2, 11, INK, "left", 0, 4)
SIDE_H = Style(SANS_B, 9.5, 12, TEAL, "left", 0, 4)
SIDE_Q = Style(SERIF_I, 8.8, 11.6, INK, "left", 0, 1)
SIDE_WHO = Style(SANS_B, 7.4, 9.6, TEAL, "left", 0, 6)
LIST = Style(SANS, 8.6, 11.6, INK, "left", 0, 3)
CELL = Style(SANS, 8.2, 10.4, INK, "left", 0, 0)
CELL_B = Style(SANS_B, 8.2, 10.4, INK, "left", 0, 0)
HEAD_CELL = Style(SANS_B, 8.0, 10.2, WHITE, "left", 0, 0)


@dataclass(frozen=True)
class P:
    text: str
    style: Style = BODY


def _split_word(word: str) -> tuple[str, str] | None:
    core = word.rstrip(".,;:)\u2019")
    tail = word[len(core) :]
    lead = ""
    if core.startswith(("(", "\u2018", "\u201c")):
        lead, core = core[0], core[1:]
    if core in HYPHENS:
        a, b = HYPHENS[core]
        first = lead + a + ("" if a.endswith("-") else "-")
        return first, b + tail
    return None


def break_lines(text: str, style: Style, width: float) -> list[tuple[str, bool]]:
    """Greedy lines of ``text`` in ``width``; a word that does not fit is hyphenated where
    ``HYPHENS`` allows. Returns (line, is_last_of_paragraph)."""
    words = text.split(" ")
    lines: list[str] = []
    cur: list[str] = []

    def width_of(ws: list[str]) -> float:
        return stringWidth(" ".join(ws), style.font, style.size)

    i = 0
    while i < len(words):
        w = words[i]
        if width_of([*cur, w]) <= width:
            cur.append(w)
            i += 1
            continue
        split = _split_word(w)
        if split and cur and width_of([*cur, split[0]]) <= width:
            lines.append(" ".join([*cur, split[0]]))
            cur = []
            words[i] = split[1]
            continue
        if not cur:
            raise ValueError(f"word wider than the column: {w!r}")
        lines.append(" ".join(cur))
        cur = []
    if cur:
        lines.append(" ".join(cur))
    return [(line, k == len(lines) - 1) for k, line in enumerate(lines)]


def draw_line(c, x: float, y: float, width: float, text: str, style: Style, last: bool) -> None:
    natural = stringWidth(text, style.font, style.size)
    t = c.beginText()
    t.setFont(style.font, style.size)
    t.setFillColorRGB(*style.color)
    ws = 0.0
    if style.align == "justify" and not last and text.count(" "):
        ws = (width - natural) / text.count(" ")
    if style.align == "center":
        x += (width - natural) / 2
    elif style.align == "right":
        x += width - natural
    t.setTextOrigin(x, y)
    t.setWordSpace(round(ws, 3))  # Tw is graphics state: set it on every line
    t.textOut(text)
    c.drawText(t)


@dataclass
class Frame:
    x: float
    top: float
    width: float
    bottom: float


def flow(c, paras: list[P], frames: list[Frame]) -> float:
    """Lay ``paras`` into ``frames`` in order, threading from one to the next; returns the
    y under the last line. Raises when the story overflows its frames."""
    fi = 0
    fr = frames[0]
    y = fr.top
    at_top = True
    for p in paras:
        st = p.style
        if not at_top:
            y -= st.before
        for line, last in break_lines(p.text, st, fr.width):
            if y - st.leading < fr.bottom:
                fi += 1
                if fi >= len(frames):
                    raise ValueError(f"story overflows its frames at {line!r}")
                fr = frames[fi]
                if abs(fr.width - frames[0].width) > 0.01:
                    raise ValueError("threaded frames of different widths")
                y = fr.top
            y -= st.leading
            draw_line(c, fr.x, y, fr.width, line, st, last)
            at_top = False
        y -= st.after
    return y


def columns(x: float, width: float, n: int, top: float, bottom: float, gutter: float = 13):
    w = (width - gutter * (n - 1)) / n
    return [Frame(x + k * (w + gutter), top, w, bottom) for k in range(n)]


def fill(c, color: Color) -> None:
    c.setFillColorRGB(*color)


def stroke(c, color: Color) -> None:
    c.setStrokeColorRGB(*color)


def rect(c, x: float, y: float, w: float, h: float, color: Color) -> None:
    fill(c, color)
    c.rect(x, y, w, h, stroke=0, fill=1)


def photo(c, x: float, y: float, w: float, h: float, caption: str | None, cap_w=None) -> None:
    """A grey picture frame (the photo is not in the proof PDF) and its caption under it."""
    rect(c, x, y, w, h, PHOTO)
    stroke(c, WHITE)
    c.setLineWidth(0.6)
    c.line(x, y, x + w, y + h)
    c.line(x, y + h, x + w, y)
    if caption:
        flow(c, [P(caption, CAPTION)], [Frame(x, y - 3, cap_w or w, y - 60)])


def text_at(c, x: float, y: float, text: str, style: Style, width: float = 500) -> None:
    draw_line(c, x, y, width, text, style, True)


# =========================================================================== page furniture

TOP = A4H - 84  # top of the text area
BOTTOM = 60
LEFT_X = (40.0, A4W - 48.0)  # text area of a left-hand page
RIGHT_X = (A4W + 48.0, SPREAD_W - 40.0)  # of a right-hand page


def area(side: str) -> tuple[float, float]:
    x0, x1 = LEFT_X if side == "L" else RIGHT_X
    return x0, x1 - x0


def master(c, folio_left: int, section: str) -> None:
    """The master page items of a spread: running headers and folios on both halves."""
    hdr = Style(SANS, 7.5, 9, GREY, "left", 0, 0)
    fol = Style(SANS_B, 8, 9, TEAL, "left", 0, 0)
    stroke(c, RULE)
    c.setLineWidth(0.5)
    x0, w = area("L")
    c.line(x0, A4H - 46, x0 + w, A4H - 46)
    text_at(c, x0, A4H - 40, RUNNING_LEFT, hdr)
    text_at(c, x0, 34, str(folio_left), fol)
    x0, w = area("R")
    c.line(x0, A4H - 46, x0 + w, A4H - 46)
    draw_line(
        c, x0, A4H - 40, w, f"{RUNNING_RIGHT} \u00b7 {section}", replace(hdr, align="right"), True
    )
    draw_line(c, x0, 34, w, str(folio_left + 1), replace(fol, align="right"), True)


def pull_quote(c, x: float, top: float, width: float, text: str) -> float:
    stroke(c, ORANGE)
    c.setLineWidth(2)
    c.line(x, top, x + 40, top)
    y = flow(c, [P(text, PULL)], [Frame(x, top - 6, width, top - 200)])
    return y


def sidebar(c, x: float, top: float, width: float, height: float, paras: list[P], bg=TEAL_LIGHT):
    rect(c, x, top - height, width, height, bg)
    flow(c, paras, [Frame(x + 10, top - 10, width - 20, top - height + 6)])


# =========================================================================== the pages


def cover(c) -> None:
    rect(c, 0, 0, A4W, A4H, TEAL)
    photo(c, 0, 250, A4W, 420, None)
    t = Style(SANS_B, 13, 15, WHITE, "left", 0, 0)
    text_at(c, 40, A4H - 60, "hexley heat", t)
    text_at(c, 40, A4H - 74, "Hexley Heat Network Ltd", Style(SANS, 8.5, 10, WHITE, "left"))
    flow(
        c,
        [
            P("Strategy 2029\u20132034", Style(SANS_B, 11, 14, ORANGE, "left", 0, 6)),
            P("Warm Homes, Fair Bills", Style(SANS_B, 38, 42, WHITE, "left", 0, 8)),
            P(
                "Our plan for heat in Hexley: reliable, affordable and low-carbon heat for "
                "the homes and buildings on our network",
                Style(SERIF, 14, 18, WHITE, "left", 0, 10),
            ),
        ],
        [Frame(40, 236, 480, 60)],
    )
    small = Style(SANS, 8, 10, WHITE, "left")
    text_at(c, 40, 52, "A company owned by Hexley City Council \u00b7 January 2029", small)
    text_at(c, 40, 40, "Cover: the Wendside heat pump hall, River Wend", small)
    text_at(c, A4W - 40 - stringWidth("1", SANS, 8), 40, "1", small)


def spread_contents(c) -> None:
    master(c, 2, "Foreword")
    x0, w = area("L")
    text_at(c, x0, TOP - 20, "Contents", H1)
    items = [
        ("3", "Foreword from our Chair"),
        ("4", "Where we are"),
        ("6", "Where we are going"),
        ("8", "Reliable heat and fair bills"),
        ("10", "Cleaner heat and more homes"),
        ("12", "How we will measure progress"),
        ("13", "Kilnworth: where we start"),
        ("14", "Our roadmap, 2029/30 to 2033/34"),
        ("16", "Risks and how we will manage them"),
        ("17", "Our first 12 months; how we will govern the plan"),
        ("18", "What we are asking for"),
    ]
    y = TOP - 60
    for num, label in items:
        text_at(c, x0, y, num, Style(SANS_B, 11, 13, ORANGE, "left"))
        text_at(c, x0 + 30, y, label, Style(SANS, 11, 13, INK, "left"))
        stroke(c, RULE)
        c.setLineWidth(0.4)
        c.line(x0, y - 6, x0 + w, y - 6)
        y -= 22
    photo(
        c,
        x0,
        150,
        w,
        250,
        "Tanners Row, one of the nine council estates on our network.",
    )
    flow(
        c,
        [
            P("About this document", Style(SANS_B, 8, 10, TEAL, "left", 0, 2)),
            P(
                "The Hexley Heat board approved this strategy for consultation on 11 January "
                "2029. It goes to the City Council\u2019s Cabinet, as our shareholder, on 13 "
                "February 2029.",
                Style(SANS, 7.8, 10, INK, "left", 0, 0),
            ),
        ],
        [Frame(x0, 112, w, 60)],
    )

    x0, w = area("R")
    text_at(c, x0, TOP - 20, "Foreword from our Chair", H1)
    y = flow(
        c,
        [
            P(
                "Hexley Heat was set up to give people in our city warm homes at a fair price. "
                "For too many of our customers we have not done that well enough.",
                STANDFIRST,
            )
        ],
        [Frame(x0, TOP - 40, w, TOP - 140)],
    )
    photo(c, x0, y - 150, 120, 140, None)
    flow(
        c,
        [P("Margaret Oyelaran has chaired Hexley Heat since 2025.", CAPTION)],
        [Frame(x0 + 130, y - 110, w - 130, y - 160)],
    )
    body = [
        "When the first pipes were laid from Castle Wharf in 1979, district heating was the "
        "modern way to heat a council estate. Fifty years on, our network heats 14,000 homes, "
        "Hexley Royal Infirmary, the University and much of the Civic Quarter. It is one of "
        "the largest heat networks owned by a city council in England.",
        "The last few years have been hard. The gas prices of 2022 pushed our tariffs to "
        "levels our customers had never seen, and we passed on more of that rise than many of "
        "them could afford. Too many homes went cold when equipment failed, some for days. "
        "Too many bills were estimates. The independent audit by the Fair Heat Assurance "
        "Scheme last summer told us what our tenants had been telling us for years.",
        "We also have things to be proud of. The Wendside heat pump has drawn heat from the "
        "River Wend since 2026, and Northfield, our air-source heat pump, came on line in "
        "November. More than a third of our heat already comes from something other than gas.",
        "This strategy sets out what we will do about the problems and how we will build on "
        "what works. It was written with our staff, the Hexley Federation of Tenants and "
        "Residents\u2019 Associations, the Council\u2019s Housing Services and our trade "
        "union. Every figure in it can be checked, and we will report against it every year.",
        "I want to thank the tenants who came to our eleven estate meetings in the autumn. "
        "You were clear, sometimes angry, and right.",
    ]
    sig = [
        P("Margaret Oyelaran", Style(SANS_B, 9, 12, TEAL, "left", 6, 0)),
        P("Chair, Hexley Heat Network Ltd", Style(SANS, 8, 10, GREY, "left", 0, 0)),
    ]
    cols = columns(x0, w, 2, y - 170, BOTTOM)
    flow(c, [P(t) for t in body] + sig, cols)


def spread_where_we_are(c) -> None:
    master(c, 4, "Where we are")
    x0, w = area("L")
    text_at(c, x0, TOP - 20, "Where we are", H1)
    flow(
        c,
        [
            P(
                "Our network is large, old in places and changing fast. These are the "
                "figures we start from.",
                STANDFIRST,
            )
        ],
        [Frame(x0, TOP - 38, w * 0.8, TOP - 120)],
    )
    # the big-number band
    band_top = TOP - 92
    rect(c, x0 - 40, band_top - 120, w + 88, 120, TEAL)
    text_at(c, x0, band_top - 18, "AT A GLANCE", Style(SANS_B, 8, 10, ORANGE, "left"))
    figures = [
        ("14,000", "homes heated"),
        ("62 km", "of pipe under the city"),
        ("4", "energy centres"),
        ("168 GWh", "of heat sold in 2027/28"),
        ("24%", "of the heat we make is lost on its way"),
        ("38%", "of our heat came from heat pumps and biomass"),
    ]
    cw = w / 3
    for k, (big, label) in enumerate(figures):
        cx = x0 + (k % 3) * cw
        cy = band_top - 46 - (k // 3) * 50
        text_at(c, cx, cy, big, Style(SANS_B, 22, 24, WHITE, "left"))
        flow(
            c,
            [P(label, Style(SANS, 7.8, 9.4, WHITE, "left", 0, 0))],
            [Frame(cx, cy - 4, cw - 12, cy - 40)],
        )
    body = [
        P("Our network", H2),
        P(
            "Hexley Heat runs 62 km of insulated pipe from four energy centres. Castle Wharf, "
            "the oldest, burns gas in two combined heat and power engines and three boilers; "
            "it still makes more of our heat than any other source. The Wendside water-source "
            "heat pump takes heat from the River Wend. Foundry Lane burns wood chip in a 3 MW "
            "boiler, and the air-source heat pump at Northfield came on line in November 2028."
        ),
        P("Our customers", H2),
        P(
            "Nine in ten of the homes we heat are council flats on nine estates. For those "
            "flats the City Council\u2019s Housing Services is our customer, and tenants pay "
            "for their heat with the rent. We bill 2,400 leaseholders and housing association "
            "households directly. Thirty-eight larger customers, among them Hexley Royal "
            "Infirmary and the University of Hexley, buy about two-fifths of the heat we sell."
        ),
        P("Inside every flat", H2),
        P(
            "Every flat has a heat interface unit, the box that passes heat from our pipes to "
            "its radiators and taps, and a heat meter. We fitted 4,300 of those units between "
            "2008 and 2010. They are close to the end of their life and cause most of the "
            "breakdowns we see."
        ),
    ]
    flow(c, body, columns(x0, w, 3, band_top - 140, BOTTOM + 150))
    photo(c, x0, BOTTOM, w * 0.62, 150, None)
    flow(
        c,
        [P("Castle Wharf Energy Centre, Wharf Road. Its two gas engines date from 2011.", CAPTION)],
        [Frame(x0 + w * 0.62 + 12, BOTTOM + 150, w * 0.38 - 12, BOTTOM)],
    )

    x0, w = area("R")
    text_at(c, x0, TOP - 20, "How we have been doing", Style(SANS_B, 20, 24, TEAL, "left"))
    side_w = 150
    body_w = w - side_w - 16
    body = [
        P(
            "In 2027/28, 1,140 homes lost their heating or hot water for more than 24 hours "
            "because something of ours failed. Most of those failures were in heat interface "
            "units and in block substations that our control room cannot see. At night nobody "
            "is in the control room, so an alarm waits for an on-call engineer to answer it."
        ),
        P(
            "Only 61% of our bills were based on an actual meter reading. On three estates, "
            "Kilnworth, Tanners Row and Millbeck, meters are still read by hand twice a year, "
            "and many households there have had estimated bills for more than a year."
        ),
        P(
            "Our customers made 38 complaints for every 1,000 of them, more than twice the "
            "average of the Fair Heat scheme\u2019s members. Only 58% of tenants told the "
            "Council\u2019s 2027 survey that they were satisfied with their heating."
        ),
        P(
            "Our price is 4% above the Fair Heat comparator, the cost of heating the same home "
            "with a gas boiler of its own. And each kilowatt-hour of heat we delivered carried "
            "182 grams of carbon dioxide, more than a modern gas boiler would emit."
        ),
        P(
            "None of this is new to the people who live with it. What is new is that we have "
            "the figures, and we will publish them every year from now on."
        ),
    ]
    flow(c, body, columns(x0, body_w, 2, TOP - 44, BOTTOM + 170))
    pull_quote(
        c,
        x0,
        BOTTOM + 140,
        body_w * 0.9,
        "\u201c1,140 homes lost their heating for more than a day last year.\u201d",
    )
    sidebar(
        c,
        x0 + body_w + 16,
        TOP - 36,
        side_w,
        TOP - 36 - BOTTOM,
        [
            P("What we heard from tenants", SIDE_H),
            P(
                "\u201cI get a bill for \u00a3412 and nobody has read my meter since 2026.\u201d",
                SIDE_Q,
            ),
            P("Tenant, Kilnworth", SIDE_WHO),
            P(
                "\u201cWhen the heating goes on a Friday night, nobody comes until Monday.\u201d",
                SIDE_Q,
            ),
            P("Tenant, Tanners Row", SIDE_WHO),
            P("\u201cJust tell us what we are paying for.\u201d", SIDE_Q),
            P("Leaseholder, Brindle Park", SIDE_WHO),
            P("\u201cThe new heat pump is great. Will it make my bill any cheaper?\u201d", SIDE_Q),
            P("Tenant, Millbeck", SIDE_WHO),
            P(
                "\u201cThe men who came were polite, but they could not fix it and did not come back.\u201d",
                SIDE_Q,
            ),
            P("Tenant, Orchard Vale", SIDE_WHO),
            P(
                "Eleven estate meetings, September to November 2028, with 640 residents.",
                Style(SANS_I, 7.4, 9.4, GREY, "left", 6, 0),
            ),
        ],
        bg=SAND,
    )


def spread_where_we_are_going(c) -> None:
    master(c, 6, "Where we are going")
    x0, w = area("L")
    text_at(c, x0, TOP - 20, "Where we are going", H1)
    text_at(c, x0, TOP - 52, "OUR NORTH STAR", KICKER)
    y = flow(
        c,
        [
            P(
                "Warm homes, fair bills and clean heat for everyone on our network.",
                Style(SERIF_B, 22, 27, TEAL, "left", 0, 12),
            )
        ],
        [Frame(x0, TOP - 58, w * 0.92, TOP - 200)],
    )
    body = [
        P(
            "Our north star is simple to say and hard to do. By March 2034 we want every home "
            "on our network to be warm when it needs to be, every bill to be one its "
            "household can read and trust, and nine-tenths of our heat to come from heat pumps "
            "and biomass instead of gas."
        ),
        P(
            "Four priorities will get us there. The next four pages set out what we will do "
            "under each, and the measures on page 12 will tell us, and you, whether it is "
            "working."
        ),
        P(
            "We chose these four because they are what our customers asked for and because "
            "each depends on the others. We cannot cut carbon while a quarter of our heat "
            "leaks out of the pipes. We cannot send fair bills without reading the meters. "
            "And we cannot ask new customers to join while homes already on the network go "
            "cold."
        ),
        P(
            "The plan is paid for by borrowing through the Council, by the savings it makes "
            "and, we hope, by a grant from the national heat network fund. It does not depend "
            "on raising prices above the Fair Heat comparator."
        ),
    ]
    y = flow(c, body, columns(x0, w, 2, y - 4, BOTTOM + 160))
    sidebar(
        c,
        x0,
        BOTTOM + 130,
        w,
        130,
        [
            P("What we will not do", SIDE_H),
            P("We will not build a fifth energy centre before 2034.", SIDE),
            P("We will not sell heat outside the city boundary.", SIDE),
            P("We will not raise standing charges to pay for new connections.", SIDE),
            P("We will not disconnect any home for debt between November and March.", SIDE),
        ],
        bg=SAND,
    )

    x0, w = area("R")
    text_at(c, x0, TOP - 20, "Four priorities", Style(SANS_B, 20, 24, TEAL, "left"))
    panels = [
        (
            "1",
            "Reliable heat",
            "Heat that is there when you need it.",
            "Fewer breakdowns, faster repairs and a control room that never sleeps.",
        ),
        (
            "2",
            "Fair bills",
            "Bills you can read and trust.",
            "Every bill from a real meter reading, a published price, and help when money "
            "is tight.",
        ),
        (
            "3",
            "Cleaner heat",
            "Heat from the river, the air and wood, not gas.",
            "The gas engines at Castle Wharf become our back-up, not our baseload.",
        ),
        (
            "4",
            "More homes connected",
            "A bigger network is a cheaper network.",
            "We will connect 3,000 more homes by 2034.",
        ),
    ]
    pw = (w - 14) / 2
    ph = 170
    for k, (num, name, line1, line2) in enumerate(panels):
        px = x0 + (k % 2) * (pw + 14)
        ptop = TOP - 44 - (k // 2) * (ph + 14)
        rect(c, px, ptop - ph, pw, ph, TEAL_LIGHT)
        text_at(c, px + 12, ptop - 40, num, Style(SANS_B, 30, 32, ORANGE, "left"))
        flow(
            c,
            [
                P(name, Style(SANS_B, 14, 17, TEAL, "left", 0, 4)),
                P(line1, Style(SERIF_B, 10, 13, INK, "left", 0, 4)),
                P(line2, Style(SERIF, 9.2, 12.4, INK, "left", 0, 0)),
            ],
            [Frame(px + 12, ptop - 50, pw - 24, ptop - ph + 8)],
        )
    y = TOP - 44 - 2 * (ph + 14) - 10
    pull_quote(c, x0, y - 8, w * 0.8, "\u201cWe will connect 3,000 more homes by 2034.\u201d")
    photo(
        c,
        x0,
        BOTTOM,
        w,
        y - 110 - BOTTOM,
        None,
    )
    flow(
        c,
        [P("Northfield air-source heat pump, commissioned November 2028.", CAPTION)],
        [Frame(x0, BOTTOM - 4, w, BOTTOM - 30)],
    )


def spread_priorities_1_2(c) -> None:
    master(c, 8, "Reliable heat and fair bills")
    x0, w = area("L")
    text_at(c, x0, TOP - 4, "PRIORITY 1", KICKER)
    text_at(c, x0, TOP - 30, "Reliable heat", H1)
    flow(
        c,
        [P("Heat that is there when you need it.", STANDFIRST)],
        [Frame(x0, TOP - 40, w, TOP - 80)],
    )
    body = [
        P(
            "Most of the homes that went cold last year did so because of a heat interface "
            "unit, the box in each flat that passes heat from our pipes to the radiators and "
            "taps. We will replace the 4,300 oldest units, fitted between 2008 and 2010, by "
            "March 2033. We start with the 1,450 flats of Kilnworth in 2030/31, then move on "
            "to Tanners Row and Brindle Park."
        ),
        P(
            "By 2032/33 we want fewer than 300 homes a year to lose heat for more than 24 "
            "hours, down from 1,140."
        ),
        P(
            "From April 2030 our network control room at Castle Wharf will be staffed around "
            "the clock. Today it is staffed from six in the morning until ten at night, and an "
            "on-call engineer covers the night from home. We will recruit six more control "
            "room engineers and agree a new shift pattern with our staff and their union."
        ),
        P(
            "We will fit remote monitoring to the 78 block substations our control room cannot "
            "see today, so that a fault in a block shows on a screen before its residents have "
            "to ring us."
        ),
        P(
            "Our maintenance contractor will attend urgent repairs within four hours, day and "
            "night. We will write that into the maintenance contract when it is renewed in "
            "2031, and until then we will pay for a night repair team on call. We will also "
            "keep spare heat interface units in a store on every estate."
        ),
        P(
            "Under the streets, we will survey the 21 km of original pipe from Castle Wharf, "
            "which has no leak detection, and replace the worst 3 km of it by 2032/33."
        ),
    ]
    cols = columns(x0, w, 3, TOP - 84, BOTTOM)
    cols[2] = Frame(cols[2].x, TOP - 84, cols[2].width, BOTTOM + 220)
    flow(c, body, cols)
    pq_x = cols[2].x
    pull_quote(
        c,
        pq_x,
        BOTTOM + 200,
        cols[2].width,
        "\u201cFewer than 300 homes a year without heat for more than 24 hours.\u201d",
    )
    photo(c, pq_x, BOTTOM, cols[2].width, 70, None)
    flow(
        c,
        [P("A 2009 heat interface unit at Kilnworth.", CAPTION)],
        [Frame(pq_x, BOTTOM - 3, cols[2].width, BOTTOM - 30)],
    )

    x0, w = area("R")
    text_at(c, x0, TOP - 4, "PRIORITY 2", KICKER)
    text_at(c, x0, TOP - 30, "Fair bills", H1)
    flow(c, [P("Bills you can read and trust.", STANDFIRST)], [Frame(x0, TOP - 40, w, TOP - 80)])
    body = [
        P(
            "Every bill should come from a real meter reading. We will fit remote reading to "
            "the 3,900 heat meters on Kilnworth, Tanners Row and Millbeck by March 2031, so "
            "that no household on our network is billed on an estimate for more than three "
            "months."
        ),
        P(
            "We will move every customer we bill directly to a monthly bill from April 2031, "
            "and we will ask the Council to base the heat charge it collects with the rent on "
            "each flat\u2019s own meter."
        ),
        P(
            "We will publish our unit price and standing charge on our website and on every "
            "bill, and explain each April how they have changed and why. Our price will be at "
            "or below the Fair Heat comparator by April 2031."
        ),
        P(
            "For households who struggle to pay, we will set up a priority services register "
            "with the Council\u2019s Housing Services and offer a payment plan before any debt "
            "is passed to a collection agency."
        ),
        P(
            "When we fail, we will pay. From October 2029, guaranteed service payments for a "
            "loss of heat will be credited to the account automatically, without a claim."
        ),
        P(
            "We will answer complaints within ten working days and bring them down to fewer "
            "than 15 for every 1,000 customers by 2031/32."
        ),
    ]
    side_w = 150
    cols = columns(x0, w - side_w - 14, 2, TOP - 84, BOTTOM)
    flow(c, body, cols)
    sidebar(
        c,
        x0 + w - side_w,
        TOP - 84,
        side_w,
        300,
        [
            P("What a fair bill looks like", SIDE_H),
            P("One page.", SIDE),
            P("Your own meter reading, and the date it was taken.", SIDE),
            P("The unit price and the standing charge.", SIDE),
            P("What you paid this time last year.", SIDE),
            P("Who to call, and a freephone number.", SIDE),
        ],
    )
    photo(c, x0 + w - side_w, BOTTOM + 40, side_w, 160, None)
    flow(
        c,
        [P("A remote-read heat meter at Orchard Vale, fitted in 2019.", CAPTION)],
        [Frame(x0 + w - side_w, BOTTOM + 37, side_w, BOTTOM)],
    )


def spread_priorities_3_4(c) -> None:
    master(c, 10, "Cleaner heat and more homes")
    x0, w = area("L")
    text_at(c, x0, TOP - 4, "PRIORITY 3", KICKER)
    text_at(c, x0, TOP - 30, "Cleaner heat", H1)
    flow(
        c,
        [P("Heat from the river, the air and wood, not gas.", STANDFIRST)],
        [Frame(x0, TOP - 40, w, TOP - 80)],
    )
    photo(c, x0, TOP - 250, w, 160, None)
    flow(
        c,
        [
            P(
                "The Wendside water-source heat pump, opened in 2026, draws heat from the River Wend.",
                CAPTION,
            )
        ],
        [Frame(x0, TOP - 253, w, TOP - 280)],
    )
    body = [
        P(
            "In 2027/28, 38% of our heat came from heat pumps and biomass. By March 2034 we "
            "want it to be 90%, and each kilowatt-hour we deliver to carry less than 60 grams "
            "of carbon dioxide."
        ),
        P(
            "We will add a second 6 MW stage to the Wendside water-source heat pump by "
            "2031/32, once the Environment Agency has varied our abstraction licence. "
            "Northfield will run at its full 4 MW output from 2030, and we will build thermal "
            "stores at Northfield and Castle Wharf so that the heat pumps can run when "
            "electricity is cheap."
        ),
        P(
            "From 2032/33 the gas engines at Castle Wharf will run only as back-up and at "
            "winter peaks. We will not replace them when they reach the end of their life."
        ),
        P(
            "A quarter of the heat we make is lost in the pipes. We will lower flow "
            "temperatures estate by estate, starting at Kilnworth, repair the leaks our "
            "surveys find and cut losses to 17% by March 2034."
        ),
        P(
            "Foundry Lane will go on burning wood chip from certified forests within 50 miles "
            "of the city, as its permit allows."
        ),
    ]
    flow(c, body, columns(x0, w, 2, TOP - 290, BOTTOM))

    x0, w = area("R")
    text_at(c, x0, TOP - 4, "PRIORITY 4", KICKER)
    text_at(c, x0, TOP - 30, "More homes connected", H1)
    flow(
        c,
        [P("A bigger network is a cheaper network for everyone on it.", STANDFIRST)],
        [Frame(x0, TOP - 40, w, TOP - 80)],
    )
    body = [
        P(
            "Every new customer shares the cost of running the network. We will connect 3,000 "
            "more homes by 2034, bringing the total to 17,000, and the new east wing of Hexley "
            "Royal Infirmary when it opens in 2032."
        ),
        P(
            "The Canal Basin development will add 1,800 homes close to our main from Castle "
            "Wharf. We will agree a connection with its developer in 2029/30. We will also "
            "offer a connection to the 900 flats of the Council\u2019s Halton Green estate, "
            "heated today by gas boilers in each block, and to the University\u2019s Westbrook "
            "campus."
        ),
        P(
            "No new connection will be priced so that the customers already on our network "
            "pay for it."
        ),
    ]
    flow(c, body, columns(x0, w, 2, TOP - 84, TOP - 330))
    top = TOP - 350
    rect(c, x0, BOTTOM, w, top - BOTTOM, SAND)
    flow(
        c,
        [
            P("FOUNDATIONS", KICKER),
            P("People and data", Style(SANS_B, 14, 17, TEAL, "left", 0, 6)),
            P(
                "None of the four priorities works without the people to run the network and "
                "the data to see what it is doing. We will take on 16 apprentices a year with "
                "Hexley College, twice as many as now, and recruit a carbon and energy analyst."
            ),
            P(
                "We will keep SCADA and meter data for at least seven years in HexData, our "
                "reporting warehouse, so that we can compare one winter with the next."
            ),
            P(
                "And we will bring every heat interface unit on the estates into our asset "
                "register by serial number as we replace or service it."
            ),
        ],
        columns(x0 + 14, w - 28, 2, top - 14, BOTTOM + 10),
    )


def spread_measures_pilot(c) -> None:
    master(c, 12, "Measures and the Kilnworth pilot")
    x0, w = area("L")
    text_at(c, x0, TOP - 20, "How we will measure progress", Style(SANS_B, 22, 26, TEAL, "left"))
    flow(
        c,
        [
            P(
                "Eleven measures, reported to our board every quarter and published every year.",
                STANDFIRST,
            )
        ],
        [Frame(x0, TOP - 36, w, TOP - 90)],
    )
    head = ["Measure", "Baseline 2027/28", "Target", "By when"]
    rows = [
        ["Homes without heat for over 24 hours", "1,140 a year", "Under 300 a year", "2032/33"],
        ["Urgent repairs attended within 4 hours", "71%", "95%", "March 2031"],
        ["Bills based on an actual meter reading", "61%", "98%", "March 2031"],
        ["Unit price against the Fair Heat comparator", "4% above", "At or below", "April 2031"],
        ["Complaints per 1,000 customers", "38", "Under 15", "2031/32"],
        ["Tenants satisfied with their heating", "58%", "80%", "2032 survey"],
        ["Share of heat from heat pumps and biomass", "38%", "90%", "March 2034"],
        ["Carbon per kWh of heat delivered", "182 g", "Under 60 g", "March 2034"],
        ["Heat lost in the network", "24%", "17%", "March 2034"],
        ["Homes connected to the network", "14,000", "17,000", "March 2034"],
        ["Households in arrears for over 90 days", "1,860", "Fewer", "Set after Kilnworth"],
    ]
    widths = [w * 0.44, w * 0.18, w * 0.18, w * 0.20]
    y = TOP - 100
    rh = 24
    rect(c, x0, y - rh, w, rh, TEAL)
    cx = x0
    for text, cw in zip(head, widths, strict=True):
        text_at(c, cx + 6, y - 15, text, HEAD_CELL)
        cx += cw
    y -= rh
    for k, row in enumerate(rows):
        if k % 2:
            rect(c, x0, y - rh, w, rh, (0.95, 0.97, 0.97))
        cx = x0
        for j, (text, cw) in enumerate(zip(row, widths, strict=True)):
            if stringWidth(text, SANS, 8.2) > cw - 10:
                raise ValueError(f"cell too wide: {text!r}")
            text_at(c, cx + 6, y - 15, text, CELL_B if j == 2 else CELL)
            cx += cw
        y -= rh
        stroke(c, RULE)
        c.setLineWidth(0.5)
        c.line(x0, y, x0 + w, y)
    stroke(c, TEAL)
    c.setLineWidth(1.2)
    c.line(x0, y, x0 + w, y)
    notes = [
        P(
            "Baselines are for the financial year 2027/28 (April 2027 to March 2028). "
            "Satisfaction comes from the Council\u2019s survey of tenants, which runs every "
            "two years. The comparator is the Fair Heat scheme\u2019s, published each April.",
            Style(SANS_I, 7.6, 9.8, GREY, "left", 0, 4),
        ),
        P(
            "We will publish all eleven measures, estate by estate where we can, in a progress "
            "report every July.",
            Style(SANS_I, 7.6, 9.8, GREY, "left", 0, 4),
        ),
    ]
    y = flow(c, notes, [Frame(x0, y - 10, w * 0.75, BOTTOM)])
    prose = [
        P("Where the figures come from", H2),
        P(
            "Most of these measures come from systems we already run: ClearView for "
            "outages, HeatBill for bills and complaints, AssetPoint for repairs. Two do not. "
            "Satisfaction comes from the Council’s survey, and carbon is worked out once "
            "a year from our fuel and electricity bills until we can measure it energy centre "
            "by energy centre."
        ),
        P(
            "The arrears measure has no target yet. Arrears for council tenants sit in the "
            "Council’s rent accounts, not ours, and we will set a target with Housing "
            "Services once the Kilnworth pilot has shown what monthly bills do to arrears."
        ),
    ]
    flow(c, prose, columns(x0, w, 2, y - 6, BOTTOM))

    x0, w = area("R")
    text_at(c, x0, TOP - 4, "THE PILOT", KICKER)
    text_at(c, x0, TOP - 30, "Kilnworth: where we start", Style(SANS_B, 22, 26, TEAL, "left"))
    flow(
        c,
        [
            P(
                "We will prove the plan on one estate before we take it to the other eight.",
                STANDFIRST,
            )
        ],
        [Frame(x0, TOP - 40, w, TOP - 90)],
    )
    side_w = 140
    body = [
        P(
            "Kilnworth is our hardest estate and the right place to start. Its 1,450 flats in "
            "six blocks have the oldest heat interface units on the network, meters that are "
            "read by hand and more complaints per home than any other estate."
        ),
        P(
            "From April 2030 to March 2031 we will replace all 1,450 units, fit remote meter "
            "reading, put monitoring into the six block substations, lower the flow "
            "temperature from 90\u00b0C to 70\u00b0C and send every household a monthly bill "
            "from a real reading."
        ),
        P(
            "A Kilnworth residents\u2019 panel will meet every month while the work goes on. "
            "Every household will have a named resident liaison officer and a freephone "
            "number, and we will book visits for evenings and Saturdays as well as weekdays."
        ),
        P("What success looks like", H2),
        P(
            "At gate 2, in March 2031, the board will decide whether to take the Kilnworth "
            "model to every estate. It will go ahead if:"
        ),
        P(
            "no Kilnworth home has been without heat for more than 24 hours because of a failure of ours;",
            LIST,
        ),
        P("95% of Kilnworth bills are based on actual readings;", LIST),
        P("complaints from the estate have fallen by half;", LIST),
        P("the units have been fitted for no more than \u00a32,100 each.", LIST),
    ]
    flow(c, body, columns(x0, w - side_w - 14, 2, TOP - 98, BOTTOM))
    sidebar(
        c,
        x0 + w - side_w,
        TOP - 98,
        side_w,
        280,
        [
            P("Kilnworth in numbers", SIDE_H),
            P("1,450 flats in six blocks", SIDE),
            P("Heat interface units fitted in 2009", SIDE),
            P("212 complaints in 2027/28", SIDE),
            P("Meters read by hand twice a year", SIDE),
            P("Flow temperature 90\u00b0C", SIDE),
        ],
    )
    photo(c, x0 + w - side_w, BOTTOM + 30, side_w, 200, None)
    flow(
        c,
        [P("Ashby House, the tallest of the six Kilnworth blocks.", CAPTION)],
        [Frame(x0 + w - side_w, BOTTOM + 27, side_w, BOTTOM)],
    )


# the roadmap's clock: month 0 = April 2029 (the start of the Council's financial year 2029/30)
def spread_roadmap(c) -> None:
    master(c, 14, "Roadmap")
    x0, _ = area("L")
    x1 = SPREAD_W - 40
    text_at(c, x0, TOP - 20, "Our roadmap, 2029/30 to 2033/34", H1)
    flow(
        c,
        [
            P(
                "Four phases on the Council\u2019s financial years, April to March. Each phase "
                "ends at a gate where the programme board decides whether to go on.",
                STANDFIRST,
            )
        ],
        [Frame(x0, TOP - 38, 620, TOP - 90)],
    )
    gx0, gx1 = x0 + 10, x1 - 10
    per_month = (gx1 - gx0) / 60

    def mx(month: float) -> float:
        return gx0 + month * per_month

    axis_y = TOP - 130
    years = ["2029/30", "2030/31", "2031/32", "2032/33", "2033/34"]
    for k, label in enumerate(years):
        rect(
            c,
            mx(12 * k) + 1,
            axis_y - 4,
            12 * per_month - 2,
            22,
            TEAL if k % 2 == 0 else (0.1, 0.5, 0.53),
        )
        text_at(c, mx(12 * k) + 8, axis_y + 4, label, Style(SANS_B, 9, 11, WHITE, "left"))
        for half, hx in (("H1", 12 * k), ("H2", 12 * k + 6)):
            text_at(c, mx(hx) + 4, axis_y - 16, half, Style(SANS, 7, 9, GREY, "left"))
            stroke(c, RULE)
            c.setLineWidth(0.3)
            c.line(mx(hx), axis_y - 6, mx(hx), axis_y - 250)
    phases = [
        (0, 12, "Phase 1 \u00b7 Fix the basics", "April 2029 \u2013 March 2030"),
        (12, 24, "Phase 2 \u00b7 Prove it at Kilnworth", "April 2030 \u2013 March 2031"),
        (24, 54, "Phase 3 \u00b7 Roll out to every estate", "April 2031 \u2013 September 2033"),
        (54, 60, "Phase 4 \u00b7 Embed", "October 2033 \u2013 March 2034"),
    ]
    y = axis_y - 46
    for k, (a, b, name, dates) in enumerate(phases):
        by = y - k * 34
        rect(
            c, mx(a) + 1, by, (b - a) * per_month - 2, 22, ORANGE if k == 1 else (0.35, 0.62, 0.64)
        )
        text_at(c, mx(a) + 6, by + 8, name, Style(SANS_B, 8.2, 10, WHITE, "left"))
        text_at(c, mx(a) + 6, by - 9, dates, Style(SANS, 7, 9, GREY, "left"))

    def diamond(month: float, yy: float, color: Color) -> None:
        fill(c, color)
        p = c.beginPath()
        x = mx(month)
        p.moveTo(x, yy + 6)
        p.lineTo(x + 6, yy)
        p.lineTo(x, yy - 6)
        p.lineTo(x - 6, yy)
        p.close()
        c.drawPath(p, stroke=0, fill=1)

    gate_y = y - 4 * 34 - 8
    gates = [
        (12, "Gate 1 \u00b7 March 2030", "Ready for Kilnworth?"),
        (24, "Gate 2 \u00b7 March 2031", "Go/no-go for roll-out"),
        (54, "Gate 3 \u00b7 September 2033", "Roll-out complete?"),
    ]
    for month, label, question in gates:
        diamond(month, gate_y, TEAL)
        text_at(c, mx(month) - 60, gate_y - 18, label, Style(SANS_B, 7.6, 9, TEAL, "left"))
        text_at(c, mx(month) - 60, gate_y - 28, question, Style(SANS, 7.4, 9, INK, "left"))
    ms_y = gate_y - 56
    milestones = [
        (12, "Control room staffed 24/7", "April 2030"),
        (24, "Remote meter reading on every estate", "March 2031"),
        (33, "Wendside stage 2 running", "2031/32"),
        (40, "Infirmary east wing connected", "2032"),
        (43, "Castle Wharf engines to back-up only", "2032/33"),
        (48, "4,300 oldest units replaced", "March 2033"),
    ]
    for k, (month, label, when) in enumerate(milestones):
        yy = ms_y - (k % 2) * 26
        diamond(month, yy, ORANGE)
        text_at(c, mx(month) + 9, yy + 1, label, Style(SANS_B, 7.4, 9, INK, "left"))
        text_at(c, mx(month) + 9, yy - 8, when, Style(SANS, 7, 9, GREY, "left"))

    text_top = ms_y - 52
    xl, wl = area("L")
    xr, wr = area("R")
    left = columns(xl, wl, 2, text_top, BOTTOM)
    right = columns(xr, wr, 2, text_top, BOTTOM)
    body = [
        P("Phase 1, April 2029 to March 2030", H2),
        P(
            "We fix what we can without waiting: automatic service payments, published "
            "prices, a priority services register, a 24-hour control room from April 2030 and "
            "a survey of the oldest pipe. We order the Kilnworth units and apply for the "
            "Wendside licence. Gate 1 asks whether Kilnworth is ready."
        ),
        P("Phase 2, April 2030 to March 2031", H2),
        P(
            "The Kilnworth pilot: new units, remote meter reading, substation monitoring, a "
            "lower flow temperature and monthly bills for 1,450 flats. Remote reading reaches "
            "Tanners Row and Millbeck too. At gate 2 the board says go or no-go for roll-out."
        ),
        P("Phase 3, April 2031 to September 2033", H2),
        P(
            "Roll-out estate by estate, in the order set at gate 2: the remaining 2,850 old "
            "units, lower flow temperatures, the new maintenance contract, Wendside\u2019s "
            "second stage, the thermal stores and the first new connections. From 2032/33 the "
            "gas engines run only as back-up."
        ),
        P("Phase 4, October 2033 to March 2034", H2),
        P(
            "We embed the new ways of working, close the programme and write the next "
            "strategy with our customers, ready for April 2034."
        ),
        P("How the gates work", H2),
        P(
            "At each gate the programme board looks at the measures, the money spent and "
            "what residents have told us, and decides to go on, to wait or to change course. "
            "The Hexley Heat board hears of every gate decision at its next meeting, and the "
            "Council’s Shareholder Committee at its next review."
        ),
    ]
    flow(c, body, left + right)


def spread_risks_first_year(c) -> None:
    master(c, 16, "Risks, first 12 months, governance")
    x0, w = area("L")
    text_at(
        c, x0, TOP - 20, "Risks and how we will manage them", Style(SANS_B, 22, 26, TEAL, "left")
    )
    head = ["Risk", "Likelihood", "Impact", "What we will do"]
    rows = [
        (
            "Tenants cannot or will not let us in to fit new units",
            "High",
            "High",
            "Book visits through the Council\u2019s housing officers with 28 days\u2019 notice; "
            "offer evening and Saturday appointments.",
        ),
        (
            "Heat interface units arrive late",
            "Medium",
            "High",
            "Order all 1,450 Kilnworth units in one batch by December 2029, from two approved "
            "makers.",
        ),
        (
            "The Wendside licence variation is refused or late",
            "Medium",
            "High",
            "Apply to the Environment Agency by September 2029; keep the Castle Wharf engines "
            "ready until stage 2 runs.",
        ),
        (
            "Electricity prices make heat pump heat dearer than gas",
            "Medium",
            "Medium",
            "Build the thermal stores first; buy power on a time-of-use contract.",
        ),
        (
            "Staff do not agree a 24-hour shift pattern",
            "Low",
            "High",
            "Start consultation with EUWU in May 2029; fill night shifts with volunteers first.",
        ),
        (
            "Cabinet does not approve the borrowing",
            "Low",
            "High",
            "Phase the unit programme over more years; bid to the national heat network fund.",
        ),
    ]
    widths = [w * 0.30, w * 0.13, w * 0.11, w * 0.46]
    y = TOP - 50
    rh_head = 22
    rect(c, x0, y - rh_head, w, rh_head, TEAL)
    cx = x0
    for text, cw in zip(head, widths, strict=True):
        text_at(c, cx + 5, y - 14, text, HEAD_CELL)
        cx += cw
    y -= rh_head
    for row in rows:
        cells = []
        for text, cw in zip(row, widths, strict=True):
            cells.append(break_lines(text, CELL, cw - 10))
        n = max(len(x) for x in cells)
        rh = n * 10.4 + 12
        cx = x0
        for lines, cw in zip(cells, widths, strict=True):
            yy = y - 6
            for line, _ in lines:
                yy -= 10.4
                text_at(c, cx + 5, yy + 2, line, CELL)
            cx += cw
        y -= rh
        stroke(c, RULE)
        c.setLineWidth(0.5)
        c.line(x0, y, x0 + w, y)
    prose = [
        P(
            "Every risk has an owner on the programme board and is reviewed at each monthly "
            "meeting. The two that worry us most are access to flats and the Wendside "
            "licence. Without access we cannot fit new units; without the licence the gas "
            "engines run for longer than we want."
        ),
        P(
            "Our contingency of £4.2m is held by the programme board and released only "
            "at a gate, so that a problem in one phase does not quietly eat the budget of the "
            "next."
        ),
    ]
    y = flow(c, prose, columns(x0, w, 2, y - 16, y - 140))
    photo(c, x0, BOTTOM, w, y - BOTTOM - 40, None)
    flow(
        c,
        [P("Replacing a block substation pump set at Millbeck, 2028.", CAPTION)],
        [Frame(x0, BOTTOM - 3, w, BOTTOM - 30)],
    )

    x0, w = area("R")
    text_at(c, x0, TOP - 20, "Our first 12 months", Style(SANS_B, 22, 26, TEAL, "left"))
    flow(
        c,
        [P("April 2029 to March 2030: what you will see from us in the first year.", STANDFIRST)],
        [Frame(x0, TOP - 30, w, TOP - 80)],
    )
    items = [
        "Appoint a programme director and hold the first Warm Homes Programme Board, April 2029.",
        "Start consultation with staff and EUWU on a 24-hour control room, May 2029.",
        "Apply to the Environment Agency to vary the Wendside abstraction licence, September 2029.",
        "Credit guaranteed service payments automatically from October 2029.",
        "Print our unit price and standing charge on every bill from October 2029.",
        "Order 1,450 heat interface units for Kilnworth, December 2029.",
        "Open the priority services register with Housing Services, January 2030.",
        "Finish the survey of the 21 km of original pipe from Castle Wharf, February 2030.",
        "Sign heads of terms for the Canal Basin connection, March 2030.",
    ]
    lw = w * 0.55
    y = TOP - 84
    for k, item in enumerate(items, start=1):
        text_at(c, x0, y - 11, f"{k:02d}", Style(SANS_B, 10, 12, ORANGE, "left"))
        y = flow(
            c,
            [P(item, Style(SANS, 8.6, 11.4, INK, "left", 0, 5))],
            [Frame(x0 + 22, y, lw - 22, BOTTOM)],
        )
    gx = x0 + lw + 18
    gw = w - lw - 18
    rect(c, gx, BOTTOM, gw, TOP - 84 - BOTTOM, TEAL_LIGHT)
    flow(
        c,
        [
            P("How we will govern the plan", SIDE_H),
            P(
                "The Warm Homes Programme Board, chaired by our Managing Director, meets "
                "every month and takes each gate decision.",
                SIDE,
            ),
            P("The Hexley Heat board receives a report every quarter.", SIDE),
            P(
                "The Council\u2019s Shareholder Committee reviews progress twice a year.",
                SIDE,
            ),
            P(
                "The tenants\u2019 federation sits on the programme board as an observer.",
                SIDE,
            ),
            P("We publish a progress report every July.", SIDE),
        ],
        [Frame(gx + 10, TOP - 94, gw - 20, BOTTOM + 6)],
    )


def back_cover(c) -> None:
    rect(c, 0, 0, A4W, A4H, SAND)
    x0, w = 40.0, A4W - 80
    text_at(c, x0, A4H - 60, "What we are asking for", Style(SANS_B, 24, 28, TEAL, "left"))
    paras = [
        P(
            "Of Hexley City Council\u2019s Cabinet, as our shareholder, on 13 February 2029:",
            Style(SANS_B, 10, 13, INK, "left", 10, 6),
        ),
        P(
            "approve Warm Homes, Fair Bills as Hexley Heat\u2019s strategy for 2029\u20132034;",
            LIST,
        ),
        P(
            "approve borrowing of up to \u00a364m through the Council for the heat interface unit and metering programme;",
            LIST,
        ),
        P(
            "agree to base council tenants\u2019 heat charges on their own meters from April 2031.",
            LIST,
        ),
        P(
            "Of the Hexley Heat board, on 26 February 2029:",
            Style(SANS_B, 10, 13, INK, "left", 14, 6),
        ),
        P("release \u00a311.8m for Phase 1 and the preparation of the Kilnworth pilot;", LIST),
        P("agree Kilnworth as the pilot estate;", LIST),
        P("delegate the gate decisions to the Warm Homes Programme Board.", LIST),
    ]
    flow(c, paras, [Frame(x0, A4H - 80, w, 400)])
    small = Style(SANS, 8, 10.5, INK, "left", 0, 0)
    flow(
        c,
        [
            P("Hexley Heat Network Ltd", Style(SANS_B, 9, 11, TEAL, "left")),
            P("Castle Wharf Energy Centre, Wharf Road, Hexley HX1 4RD", small),
            P("hexleyheat.co.uk \u00b7 0800 048 1979", small),
            P("Registered in England and Wales, company number 01456789", small),
            P(
                "This document is available in large print and in other languages on request.",
                small,
            ),
        ],
        [Frame(x0, 150, w, 40)],
    )
    text_at(c, A4W - 40 - stringWidth("18", SANS, 8), 34, "18", Style(SANS, 8, 10, INK, "left"))


# the designer's notes on the layer "Notes for proof": (PDF page index, x, y, lines)
PROOF_NOTES: list[tuple[int, float, float, list[str]]] = [
    (3, 700, 300, ["TBC: confirm 3,000 with finance before print (JW)"]),
    (4, 300, 560, ["Add a commitment to publish outage maps", "online? Ask Ops (JW)"]),
    (5, 820, 520, ["Add target for Halton Green? 900 flats", "not in the KPI table yet"]),
    (6, 330, 180, ["Arrears target: FD to propose", "one for the March board (JW)"]),
    (7, 860, 700, ["Move gate 2 to June 2031?", "Check with JW before print"]),
]


def _render() -> bytes:
    from reportlab import rl_config

    rl_config.useA85 = 0  # InDesign writes binary Flate streams, not ASCII85
    register_fonts()
    buffer = io.BytesIO()
    c = rl_canvas.Canvas(buffer, pagesize=(A4W, A4H), invariant=1, pageCompression=1)
    c.setTitle("Warm Homes, Fair Bills: Hexley Heat strategy 2029\u20132034")
    c.setAuthor("Hexley Heat Network Ltd")
    c.setSubject("Strategy 2029\u20132034")
    pages = [
        ((A4W, A4H), cover),
        ((SPREAD_W, A4H), spread_contents),
        ((SPREAD_W, A4H), spread_where_we_are),
        ((SPREAD_W, A4H), spread_where_we_are_going),
        ((SPREAD_W, A4H), spread_priorities_1_2),
        ((SPREAD_W, A4H), spread_priorities_3_4),
        ((SPREAD_W, A4H), spread_measures_pilot),
        ((SPREAD_W, A4H), spread_roadmap),
        ((SPREAD_W, A4H), spread_risks_first_year),
        ((A4W, A4H), back_cover),
    ]
    for size, draw in pages:
        c.setPageSize(size)
        draw(c)
        c.showPage()
    c.save()
    return buffer.getvalue()


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def add_proof_layer(data: bytes) -> bytes:
    """The InDesign layer "Notes for proof" as an optional content group, OFF by default."""
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
    ocg = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OCG"),
            NameObject("/Name"): TextStringObject("Notes for proof"),
            NameObject("/Intent"): NameObject("/View"),
            NameObject("/Usage"): DictionaryObject(
                {
                    NameObject("/CreatorInfo"): DictionaryObject(
                        {
                            NameObject("/Creator"): TextStringObject("Adobe InDesign 19.5"),
                            NameObject("/Subtype"): NameObject("/Artwork"),
                        }
                    ),
                    NameObject("/Print"): DictionaryObject(
                        {NameObject("/PrintState"): NameObject("/OFF")}
                    ),
                    NameObject("/View"): DictionaryObject(
                        {NameObject("/ViewState"): NameObject("/OFF")}
                    ),
                }
            ),
        }
    )
    ocg_ref = writer._add_object(ocg)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    font_ref = writer._add_object(font)
    writer._root_object[NameObject("/OCProperties")] = DictionaryObject(
        {
            NameObject("/OCGs"): ArrayObject([ocg_ref]),
            NameObject("/D"): DictionaryObject(
                {
                    NameObject("/Name"): TextStringObject("Layers"),
                    NameObject("/Order"): ArrayObject([ocg_ref]),
                    NameObject("/ON"): ArrayObject([]),
                    NameObject("/OFF"): ArrayObject([ocg_ref]),
                    NameObject("/ListMode"): NameObject("/AllPages"),
                }
            ),
        }
    )
    for index, x, y, lines in PROOF_NOTES:
        page = writer.pages[index]
        res = cast(DictionaryObject, page[NameObject("/Resources")].get_object())
        props = DictionaryObject({NameObject("/oc1"): ocg_ref})
        res[NameObject("/Properties")] = props
        fonts = cast(DictionaryObject, res[NameObject("/Font")].get_object())
        fonts[NameObject("/FNote")] = font_ref
        h = 12 * len(lines) + 10
        wbox = max(len(s) for s in lines) * 4.6 + 14
        ops = [
            "q",
            "/OC /oc1 BDC",
            "1 0.93 0.35 rg",
            f"{x:.2f} {y - h:.2f} {wbox:.2f} {h:.2f} re f",
            "0.86 0 0.47 RG 1 w",
            f"{x:.2f} {y - h:.2f} {wbox:.2f} {h:.2f} re S",
            "BT",
            "/FNote 8 Tf",
            "0.2 0.2 0.2 rg",
            f"1 0 0 1 {x + 7:.2f} {y - 14:.2f} Tm",
        ]
        for k, line in enumerate(lines):
            if k:
                ops.append("0 -12 Td")
            ops.append(f"({_pdf_string(line)}) Tj")
        ops += ["ET", "EMC", "Q"]
        plain = DecodedStreamObject()
        plain.set_data(("\n".join(ops) + "\n").encode("latin-1"))
        ref = writer._add_object(plain.flate_encode())
        contents = page.raw_get("/Contents")
        if isinstance(contents, ArrayObject):
            contents.append(ref)
        else:
            page[NameObject("/Contents")] = ArrayObject([contents, ref])
    for page in writer.pages:
        box = page.mediabox
        page.trimbox = box
        page.bleedbox = box
    writer.add_metadata(
        {
            "/Title": "Warm Homes, Fair Bills: Hexley Heat strategy 2029\u20132034",
            "/Author": "Hexley Heat Network Ltd",
            "/Subject": "Strategy 2029\u20132034",
            "/Creator": "Adobe InDesign 19.5 (Macintosh)",
            "/Producer": "Adobe PDF Library 17.0",
            "/CreationDate": "D:20290108163512Z",
            "/ModDate": "D:20290108163540Z",
        }
    )
    writer._ID = ArrayObject(
        [
            ByteStringObject(b"\x5a\x1c\x07\x93hexleyheat2029a"),
            ByteStringObject(b"\x5a\x1c\x07\x93hexleyheat2029a"),
        ]
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def build_deck() -> bytes:
    return add_proof_layer(_render())


# =========================================================================== org folder: the LDIF roster

BASE = "dc=hexleyheat,dc=co,dc=uk"
GROUP_DN = f"cn=warm-homes-programme,ou=Groups,{BASE}"
COMPANY = "Hexley Heat Network Ltd"

# (uid, ou of the DN, cn, sn, givenName, phone, title, team ou, departmentNumber, employeeType,
#  description, o); the role is the title
PEOPLE: list[tuple[str, ...]] = [
    (
        "awhitcombe",
        "People",
        "Alun Whitcombe",
        "Whitcombe",
        "Alun",
        "+44 1632 960101",
        "Managing Director",
        "Executive",
        "EX01",
        "Core",
        "Sponsor of Warm Homes, Fair Bills. Chairs the Warm Homes Programme Board, takes each "
        "gate decision under the delegation of the Hexley Heat board, and is accountable to the "
        "board and to the Council's Shareholder Committee for the strategy and its budget.",
        COMPANY,
    ),
    (
        "jwainwright",
        "People",
        "Jo Wainwright",
        "Wainwright",
        "Jo",
        "+44 1632 960114",
        "Programme Director, Warm Homes",
        "Programme Office",
        "PM01",
        "Core",
        "Runs the programme day to day: the programme plan, the risk log, gate reports, the "
        "monthly Programme Board papers and the annual progress report each July; plans the "
        "Kilnworth pilot with the Resident Liaison Manager and tracks the eleven measures.",
        COMPANY,
    ),
    (
        "praman",
        "People",
        "Priya Raman",
        "Raman",
        "Priya",
        "+44 1632 960120",
        "Operations Director",
        "Operations",
        "OP01",
        "Core",
        "Runs the energy centres, the network control room and the heat network. Accountable "
        "for reliability of supply and for the measure of homes without heat for over 24 hours; "
        "owns the move to a control room staffed around the clock.",
        COMPANY,
    ),
    (
        "tnowak",
        "People",
        "Tomasz Nowak",
        "Nowak",
        "Tomasz",
        "+44 1632 960122",
        "Head of Network Control",
        "Operations",
        "OP02",
        "Core",
        "Leads the network control room at Castle Wharf (staffed 06:00\u201322:00) and the "
        "on-call rota; the ClearView SCADA, its alarms and the remote monitoring of block "
        "substations; outage response and restoration, and the control room engineers' shifts.",
        COMPANY,
    ),
    (
        "rokafor",
        "People",
        "Ren\u00e9e Okafor",
        "Okafor",
        "Ren\u00e9e",
        "+44 1632 960125",
        "Energy Centres Manager",
        "Operations",
        "OP03",
        "Core",
        "Runs Castle Wharf, Wendside, Foundry Lane and Northfield: plant operation and dispatch, "
        "the gas engines and boilers, the heat pumps, the biomass boiler and the thermal stores; "
        "keeps day to day to the Wendside abstraction licence and the Foundry Lane permit.",
        COMPANY,
    ),
    (
        "glloyd",
        "People",
        "Gareth Lloyd",
        "Lloyd",
        "Gareth",
        "+44 1632 960131",
        "Head of Asset Management",
        "Assets",
        "AS01",
        "Core",
        "Owns the asset register and AssetPoint, the maintenance contract with Calder Thermal "
        "Services and its renewal in 2031, the heat interface unit replacement programme, "
        "repair attendance times and the stores of spares on the estates.",
        COMPANY,
    ),
    (
        "sbhatt",
        "People",
        "Sunita Bhatt",
        "Bhatt",
        "Sunita",
        "+44 1632 960133",
        "Network Engineering Manager",
        "Assets",
        "AS02",
        "Core",
        "Owns the pipe network: pipe surveys, leak detection and repairs, pipe replacement, "
        "flow temperatures and heat losses, and the engineering design of new connections.",
        COMPANY,
    ),
    (
        "cdunmore",
        "People",
        "Claire Dunmore",
        "Dunmore",
        "Claire",
        "+44 1632 960140",
        "Head of Customer Services",
        "Customer",
        "CU01",
        "Core",
        "Owns the contact centre, complaints and CaseTrack, guaranteed service payments, the "
        "Fair Heat scheme's standards and returns, help for customers in debt, payment plans "
        "and the priority services register, and published prices on bills and the website.",
        COMPANY,
    ),
    (
        "dpatel",
        "People",
        "Dev Patel",
        "Patel",
        "Dev",
        "+44 1632 960142",
        "Metering and Billing Manager",
        "Customer",
        "CU02",
        "Core",
        "Owns heat meters and meter reading, by hand and remote, the HeatBill billing system, "
        "the move to monthly bills and the measure of bills based on an actual meter reading.",
        COMPANY,
    ),
    (
        "bquinn",
        "People",
        "Bernadette Quinn",
        "Quinn",
        "Bernadette",
        "+44 1632 960145",
        "Resident Liaison Manager",
        "Customer",
        "CU03",
        "Core",
        "Leads the resident liaison officers: access to flats and appointments for works, "
        "estate meetings, the Kilnworth residents' panel and the tenants' survey results; works "
        "with the Council's housing officers on every visit to a tenant's home.",
        COMPANY,
    ),
    (
        "madeyemi",
        "People",
        "Marcus Adeyemi",
        "Adeyemi",
        "Marcus",
        "+44 1632 960150",
        "Head of Connections and Growth",
        "Commercial",
        "CO01",
        "Core",
        "Finds and signs new customers: the Canal Basin development, the Infirmary's east wing, "
        "Halton Green and the University's Westbrook campus; connection charges, heads of terms "
        "and connection agreements, and the count of homes connected.",
        COMPANY,
    ),
    (
        "hferris",
        "People",
        "Hannah Ferris",
        "Ferris",
        "Hannah",
        "+44 1632 960152",
        "Head of Decarbonisation",
        "Commercial",
        "CO02",
        "Core",
        "Owns the low-carbon heat plan and the carbon measures: the Wendside second stage and "
        "its licence variation, Northfield's full output, the thermal stores, the gas engines' "
        "move to back-up, and the fuel and power purchasing strategy for the heat pumps.",
        COMPANY,
    ),
    (
        "imorgan",
        "People",
        "Ifan Morgan",
        "Morgan",
        "Ifan",
        "+44 1632 960160",
        "Head of Data and Digital",
        "Digital",
        "DG01",
        "Core",
        "Owns HexData, the reporting warehouse, and the quarterly measures report; data "
        "retention; the links between ClearView, HeatBill and AssetPoint; IT for the remote "
        "meter reading network.",
        COMPANY,
    ),
    (
        "rosei",
        "People",
        "Rachel Osei",
        "Osei",
        "Rachel",
        "+44 1632 960170",
        "Finance Director",
        "Finance",
        "FN01",
        "Core",
        "Tariffs, the unit price and the standing charge; the business plan; borrowing through "
        "the Council; the bid to the national heat network fund; the release of each phase's "
        "budget and the programme contingency's accounting.",
        COMPANY,
    ),
    (
        "opritchard",
        "People",
        "Owen Pritchard",
        "Pritchard",
        "Owen",
        "+44 1632 960175",
        "Head of People and Training",
        "People",
        "HR01",
        "Core",
        "Recruitment, training and the apprenticeship scheme with Hexley College; shift "
        "patterns and consultation with EUWU; recruiting the six new control room engineers.",
        COMPANY,
    ),
    (
        "lhargreaves",
        "People",
        "Lucy Hargreaves",
        "Hargreaves",
        "Lucy",
        "+44 1632 960178",
        "Procurement Manager",
        "Finance",
        "FN03",
        "Extended",
        "Runs tenders and framework call-offs for heat interface units, meter reading devices "
        "and the maintenance contract's re-tender; advises on the procurement rules.",
        COMPANY,
    ),
    (
        "dpryce",
        "Contractors",
        "Dafydd Pryce",
        "Pryce",
        "Dafydd",
        "+44 1632 960510",
        "Account Director \u2013 Hexley Contract",
        "Contractors",
        "EXT-CTS",
        "Extended",
        "Calder Thermal Services' account lead for the Hexley maintenance contract "
        "(2024\u20132031): planned and reactive maintenance of block substations and heat "
        "interface units, repair attendance and the contractor's job records. Attends the "
        "Programme Board for maintenance items.",
        "Calder Thermal Services Ltd",
    ),
    (
        "kbrennan",
        "Partners",
        "Kath Brennan",
        "Brennan",
        "Kath",
        "+44 1632 960190",
        "Branch Secretary, EUWU Hexley Heat branch",
        "Partners",
        "EXT-EUWU",
        "Consult only",
        "Represents Hexley Heat's staff in the Energy and Utility Workers' Union; must be "
        "consulted on shift patterns, night working, new posts and any change to terms.",
        "Energy and Utility Workers' Union",
    ),
    (
        "vmensah",
        "Partners",
        "Vera Mensah",
        "Mensah",
        "Vera",
        "+44 1632 960192",
        "Chair, Hexley Federation of Tenants and Residents' Associations",
        "Partners",
        "EXT-HFTRA",
        "Consult only",
        "Speaks for the tenants' and residents' associations of the nine estates; observer on "
        "the Programme Board; consulted on the pilot, on bills and on heat charges.",
        "Hexley Federation of Tenants and Residents' Associations",
    ),
    (
        "shollis",
        "Partners",
        "Simon Hollis",
        "Hollis",
        "Simon",
        "+44 1632 960194",
        "Heat Services Client Manager, Hexley City Council",
        "Partners",
        "EXT-HCC",
        "Consult only",
        "Manages the bulk heat supply agreement for the Council's 11,600 tenanted flats, the "
        "heat charges collected with the rent, and access to tenants' homes through housing "
        "officers; consulted on anything that changes tenants' heat charges or needs access.",
        "Hexley City Council",
    ),
]


def _needs_base64(value: str) -> bool:
    return (
        not value.isascii()
        or value.startswith((" ", ":", "<"))
        or value.endswith(" ")
        or any(ch in value for ch in "\r\n\0")
    )


def ldif_lines(attr: str, value: str) -> list[str]:
    """One attribute as LDIF writes it: base64 after ``::`` when it must, folded at 76
    characters (continuation lines begin with one space)."""
    if _needs_base64(value):
        line = f"{attr}:: " + base64.b64encode(value.encode("utf-8")).decode("ascii")
    else:
        line = f"{attr}: {value}"
    out = [line[:76]]
    rest = line[76:]
    while rest:
        out.append(" " + rest[:75])
        rest = rest[75:]
    return out


def ldif_bytes() -> bytes:
    people_dns = [f"uid={p[0]},ou={p[1]},{BASE}" for p in PEOPLE]
    lines = [
        "version: 1",
        "",
        "# extended LDIF",
        "#",
        "# LDAPv3",
        f"# base <{BASE}> with scope subtree",
        "# filter: (|(cn=warm-homes-programme)(memberOf=cn=warm-homes-programme,ou=Groups,"
        "dc=hexleyheat,dc=co,dc=uk))",
        "# requesting: ALL",
        "#",
        "",
        "# warm-homes-programme, Groups, hexleyheat.co.uk",
    ]
    entry: list[tuple[str, str]] = [
        ("dn", GROUP_DN),
        ("objectClass", "groupOfNames"),
        ("objectClass", "top"),
        ("cn", "warm-homes-programme"),
        (
            "description",
            "Warm Homes, Fair Bills programme group: Programme Board members, "
            "programme team and those consulted. Maintained by the Programme "
            "Office.",
        ),
        ("owner", f"uid=jwainwright,ou=People,{BASE}"),
    ]
    entry += [("member", dn) for dn in people_dns]
    entry.append(("member", f"uid=svc-scada-reports,ou=Services,{BASE}"))
    for a, v in entry:
        lines += ldif_lines(a, v)
    lines.append("")
    for i, p in enumerate(PEOPLE):
        uid, dn_ou, cn, sn, given, phone, title, team, dept, etype, desc, org = p
        lines.append(f"# {uid}, {dn_ou}, hexleyheat.co.uk")
        mail = f"{uid}@hexleyheat.co.uk" if org == COMPANY else f"{uid}.ext@hexleyheat.co.uk"
        attrs = [
            ("dn", people_dns[i]),
            ("objectClass", "inetOrgPerson"),
            ("objectClass", "organizationalPerson"),
            ("objectClass", "person"),
            ("objectClass", "top"),
            ("cn", cn),
            ("sn", sn),
            ("givenName", given),
            ("uid", uid),
            ("mail", mail),
            ("telephoneNumber", phone),
            ("title", title),
            ("o", org),
            ("ou", team),
            ("departmentNumber", dept),
            ("employeeType", etype),
            ("description", desc),
            ("memberOf", GROUP_DN),
        ]
        for a, v in attrs:
            lines += ldif_lines(a, v)
        lines.append("")
        if uid == "cdunmore":
            lines.append("# svc-scada-reports, Services, hexleyheat.co.uk")
            for a, v in [
                ("dn", f"uid=svc-scada-reports,ou=Services,{BASE}"),
                ("objectClass", "account"),
                ("objectClass", "top"),
                ("uid", "svc-scada-reports"),
                ("host", "hx-hist-01.hexleyheat.local"),
                (
                    "description",
                    "Service account: nightly export of ClearView SCADA "
                    "readings to HexData. Owner: Head of Data and Digital.",
                ),
                ("memberOf", GROUP_DN),
            ]:
                lines += ldif_lines(a, v)
            lines.append("")
    n = len(PEOPLE) + 2
    lines += [
        "# search result",
        "search: 2",
        "result: 0 Success",
        "",
        f"# numResponses: {n + 1}",
        f"# numEntries: {n}",
        "",
    ]
    return "\n".join(lines).encode("utf-8")


# =========================================================================== org folder: text files

ORG_TEXT: dict[str, str] = {}

ORG_TEXT["org/systems/asset-and-systems-register.md"] = """
# Asset and systems register

Hexley Heat Network Ltd. Owner: Head of Asset Management, with the Head of Data and Digital for
the systems section. Last reviewed: December 2028.

## Energy centres

| Energy centre | Plant | Output | In service |
|---|---|---|---|
| Castle Wharf | 2 gas engines (combined heat and power), 3 gas boilers | 9 MW heat from the engines, 24 MW from the boilers | 1979, engines 2011 |
| Wendside | water-source heat pump on the River Wend | 6 MW | 2026 |
| Foundry Lane | wood chip boiler | 3 MW | 2014 |
| Northfield | air-source heat pump | 4 MW | November 2028 |

Northfield is running at 2.5 MW while its commissioning snags are cleared; full output is
expected in 2030.

## The network

The network is 62 km of pre-insulated steel pipe, flow and return, serving 118 block
substations on nine estates and 38 non-domestic customers.
The 21 km of pipe laid from Castle Wharf before 2008 has no leak detection wires.
The 41 km laid since 2008 has leak detection wires, read by a monthly survey.
Heat losses are known only for the network as a whole: there are no heat meters on the
branches to individual estates.

## In the flats

Every flat has a heat interface unit (HIU) and a heat meter.
4,300 HIUs were fitted between 2008 and 2010 at Kilnworth, Tanners Row and Brindle Park; the
rest date from 2014 or later.
Heat interface units on the estates are not in the asset register by serial number; we know
their age only by block.
Remote meter reading runs on six of our nine estates (a radio network with a gateway in each
block).
At Kilnworth, Tanners Row and Millbeck the 3,900 meters are read by hand twice a year.

## Systems

- **ClearView** (SCADA, 2016): runs the four energy centres and shows pressures, temperatures
  and alarms in the network control room at Castle Wharf.
- ClearView sees only 40 of our 118 block substations; the other 78 send no data to the
  control room.
- The ClearView historian keeps data for 13 months only, and older SCADA data is overwritten.
- **AssetPoint** is our maintenance management system; it holds every energy centre asset,
  planned maintenance and work orders for our own engineers.
- Calder's engineers record repairs to heat interface units on paper job sheets, which are
  typed into AssetPoint once a week.
- **HeatBill** (billing, 2017) bills the 2,400 households and 38 larger customers we bill
  directly, and sends the Council a monthly statement for its tenanted flats.
- HeatBill can only produce quarterly bills for households; monthly billing needs a module we
  have not bought.
- Meter reads older than 13 months are deleted from HeatBill under the supplier's standard
  retention setting.
- HeatBill does not record which customers are vulnerable, and we keep no priority services
  register.
- **CaseTrack** is our complaints log, part of HeatBill since 2021.
- **HexData** is our reporting warehouse: it takes a nightly export from ClearView, HeatBill
  and AssetPoint and produces the monthly measures report.
- Carbon is calculated once a year from fuel and electricity invoices; we cannot report carbon
  by energy centre or by month.

## The control room

The network control room at Castle Wharf is staffed from 06:00 to 22:00 every day by one
control room engineer per shift.
Between 22:00 and 06:00 there is nobody in it, and ClearView's alarms go to the on-call
engineer's phone.
"""

ORG_TEXT["org/measures/measure-definitions.md"] = """
# Measure definitions

Owner of this document: Programme Director, Warm Homes. Figures are reported by HexData each
month and to the board each quarter.

| Measure | Definition | Source | Owner | Baseline 2027/28 |
|---|---|---|---|---|
| Homes without heat for over 24 hours | homes whose heating or hot water was lost for more than 24 hours by an unplanned failure of our plant, pipes, substations or HIUs | ClearView alarms and CaseTrack | Operations Director | 1,140 |
| Urgent repairs attended within 4 hours | share of urgent repair calls where an engineer arrived within four hours | Calder's monthly return | Head of Asset Management | 71% |
| Bills based on an actual meter reading | share of household bills based on a reading taken in the billing period | HeatBill | Metering and Billing Manager | 61% |
| Unit price against the Fair Heat comparator | our unit price with standing charge against the scheme's comparator for a typical flat | Fair Heat scheme | Finance Director | 4% above |
| Complaints per 1,000 customers | complaints logged in CaseTrack per 1,000 households | CaseTrack | Head of Customer Services | 38 |
| Tenants satisfied with their heating | share of tenants satisfied in the Council's tenant survey | the Council | Resident Liaison Manager | 58% |
| Share of heat from heat pumps and biomass | heat from Wendside, Northfield and Foundry Lane as a share of all heat generated | ClearView | Head of Decarbonisation | 38% |
| Carbon per kWh of heat delivered | grams of carbon dioxide equivalent per kWh sold | annual carbon return | Head of Decarbonisation | 182 g |
| Heat lost in the network | heat generated less heat sold, as a share of heat generated | ClearView and HeatBill | Network Engineering Manager | 24% |
| Homes connected to the network | homes with a live heat supply at the year end | HeatBill | Head of Connections and Growth | 14,000 |
| Households in arrears for over 90 days | households we bill directly with a debt older than 90 days | HeatBill | Head of Customer Services | 1,860 |

## Notes

Tenant satisfaction comes from the Council's tenant survey, which is run every two years
(2025, 2027, 2029 ...).
Arrears for tenants are held in the Council's rent accounts, so we can report arrears only for
the 2,400 customers we bill directly.
Urgent repair attendance is taken from Calder's own return; we do not check it against
AssetPoint because the job sheets reach AssetPoint a week late.
No measure of heat losses by estate exists until branch meters are fitted.
The post of Carbon and Energy Analyst has been vacant since March 2028, and nobody checks the
annual carbon return before it is published.
"""

ORG_TEXT["org/governance/warm-homes-programme-board-terms-of-reference.md"] = """
# Warm Homes Programme Board: terms of reference

Approved by the Hexley Heat board, 11 January 2029.

## Purpose

To deliver Warm Homes, Fair Bills 2029-2034 and to take its gate decisions under the
delegation of the Hexley Heat board.

## Membership

- Managing Director (chair and sponsor)
- Programme Director, Warm Homes (secretary)
- Operations Director
- Finance Director
- Head of Customer Services
- Head of Asset Management
- Head of Decarbonisation
- Chair, Hexley Federation of Tenants and Residents' Associations (observer, no vote)
- Heat Services Client Manager, Hexley City Council (attends for items on tenants' heat
  charges and access)
- Calder Thermal Services' account director attends for maintenance items only.

## Decisions

The board takes the gate decisions (gates 1 to 3) and releases the programme contingency.
A gate decision needs the chair's agreement; if the chair is absent the decision waits for the
next meeting.
The board may not change tariffs, borrow or sign contracts above £1m: those go to the Hexley
Heat board, and some to the Council (see the shareholder agreement).

## Meetings and reporting

The board meets monthly. The Programme Director sends papers five working days before.
It reports to the Hexley Heat board every quarter and to the Council's Shareholder Committee
twice a year.
"""

ORG_TEXT["org/governance/shareholder-agreement-reserved-matters.md"] = """
# Shareholder agreement: reserved matters (extract)

Hexley City Council is the sole shareholder of Hexley Heat Network Ltd. The agreement reserves
some decisions to the Council's Cabinet.

1. Borrowing of more than £5m needs the approval of Cabinet as shareholder.
2. Any change to heat charges for council tenants needs a decision of the Council's Cabinet,
   taken each February with rents.
3. A new energy centre, or the closure of one, needs Cabinet's approval.
4. The company's strategy and five-year business plan need Cabinet's approval before they take
   effect.
5. The Shareholder Committee reviews the company's performance twice a year, in June and in
   December.

Cabinet meets monthly; reports must reach Democratic Services 20 working days before the
meeting.
"""

ORG_TEXT["org/context/fair-heat-audit-extract-2028.txt"] = """
FAIR HEAT ASSURANCE SCHEME
Member audit report: Hexley Heat Network Ltd
Audit visit: 12-16 June 2028. Report issued: 25 July 2028.

EXTRACT: FINDINGS AND REQUIRED ACTIONS

Finding 1 (major). Guaranteed service payments were paid only when a customer claimed them.
In 2027/28, 212 payments were made out of an estimated 1,900 due. Required action: pay them
automatically.

Finding 2 (major). Hexley Heat does not publish its standing charge or unit price on its
website, and bills show a single total. Required action: publish both and show them on bills.

Finding 3 (major). 1,120 households on three estates had received estimated bills for more
than 12 months. Required action: a plan to read every meter at least once a quarter.

Finding 4 (minor). Complaint responses took 27 working days on average against the scheme's
standard of 10.

Finding 5 (minor). Hexley Heat has no register of customers in vulnerable circumstances and
cannot tell its engineers which homes to restore first in an outage.

Finding 6 (observation). The scheme's standards apply to the 2,400 households Hexley Heat bills
directly. The Council's tenants are covered only through the bulk supply agreement, which the
scheme does not audit.

The member must report progress on the major findings within six months of this report.
"""

ORG_TEXT["org/context/hftra-letter-2028-11-21.txt"] = """
Hexley Federation of Tenants and Residents' Associations
c/o Millbeck Community Centre, Hexley HX4 2PL

21 November 2028

To: Alun Whitcombe, Managing Director, Hexley Heat Network Ltd

Dear Mr Whitcombe,

Warm Homes, Fair Bills: the draft strategy

Thank you for the eleven estate meetings this autumn. Our associations have read the draft and
want to put four things on record.

First, we support starting at Kilnworth. But many older tenants at Kilnworth do not use the
internet and will not read a bill online, so paper bills must carry on for anyone who asks.

Second, tenants at Kilnworth will not let contractors in without a council housing officer
present, after the water damage at Garner House in 2024. Please plan the visits with that in
mind.

Third, we expect to be consulted before any change to the flow temperature in our blocks.
Residents were not told when it was lowered at Orchard Vale in 2023 and many went cold.

Fourth, the heat charge for tenants is set by the Council, not by you. Monthly bills from your
meters will mean nothing to tenants unless the Council changes how it charges.

We would like a seat on the programme board with a vote, not as an observer.

Yours sincerely,

Vera Mensah
Chair
"""

ORG_TEXT["org/context/bulk-heat-supply-agreement-summary.md"] = """
# Bulk heat supply agreement with Hexley City Council: summary

Prepared by the Head of Customer Services for the programme team, December 2028.

The Council buys heat for its 11,600 tenanted flats under a bulk heat supply agreement
(2019-2039) and recovers it from tenants through a weekly heat charge collected with the rent.

## Points that matter for the programme

- The Council bills tenants' heat charges weekly with the rent, at a flat rate per bedroom
  that does not use meter readings.
- Hexley Heat may enter a tenant's flat only by appointment made through the Council's
  housing officers, with 28 days' notice for planned work.
- Leaseholders in the Council's blocks must be consulted under Section 20 of the Landlord and
  Tenant Act 1985 before any work whose cost is recharged to them.
- The Council pays Hexley Heat monthly for heat measured at the block substations, not at the
  flats.
- Any change to the agreement needs the Council's Director of Housing and a Cabinet report.

The Council's Housing Services has a Heat Services Client Manager who manages the agreement
day to day.
"""

ORG_TEXT["org/context/kilnworth-estate-profile.md"] = """
# Kilnworth estate profile

Prepared by the Resident Liaison Manager, October 2028.

Kilnworth has 1,450 flats in six blocks (Ashby House, Garner House, Linton House, Mercer
House, Penn House and Rook House), built 1968-1972 and connected to the network in 2009.

## Heat

- Heat interface units: 1,450, fitted in 2009, none replaced.
- Six block substations, none visible in ClearView.
- Flow temperature 90°C all year.
- Meters read by hand in March and September.

## Residents

- 1,310 council tenants and 140 leaseholders.
- 212 complaints in 2027/28, the most per home of any estate.
- A third of households have someone over 65.

## Constraints

Two of the six Kilnworth blocks, Ashby House and Garner House, have asbestos in the risers, so
any work there needs a licensed asbestos contractor and a 14-day notification.
Mobile signal in the basements of the Kilnworth blocks is too weak for the meter gateways to
use the mobile network, so each gateway needs a fixed line.
The Kilnworth Tenants' Association meets on the first Tuesday of each month.
"""

ORG_TEXT["org/context/licences-and-permits.md"] = """
# Energy centres: licences, permits and connections

Note by the Energy Centres Manager for the programme team, December 2028.

## Wendside (water-source heat pump)

The Wendside abstraction licence limits us to 20,000 cubic metres a day, and the heat pump
must stop whenever the Wend falls below 3.1 cubic metres a second at the Hexley Bridge gauge.
In the dry summer of 2027 that happened on 19 days.
A second stage needs a variation of the licence, and the Environment Agency takes about nine
months to decide a variation.

## Northfield (air-source heat pump)

The electricity network operator cannot offer more than 4.5 MVA at Northfield before 2032,
which is enough for the existing 4 MW heat pump but not for a thermal store's electric
boiler.

## Foundry Lane (biomass)

The environmental permit limits Foundry Lane to 5,200 hours of running a year.
Wood chip comes from a single supplier, under a contract that ends in March 2031.

## Castle Wharf (gas)

The gas engines' service agreement with the manufacturer ends in June 2030; engine 2 is due
its 60,000-hour overhaul in 2030.
Running the engines only as back-up ends their income from electricity sales, about £2.1m a
year at 2028 prices.

## The maintenance contract

Calder Thermal Services holds the maintenance contract for the block substations and the heat
interface units from 2024 to 2031.
The contract sets no attendance time for urgent repairs at night; Calder attends by the next
working day.
"""


# =========================================================================== org folder: the union agreement (DOCX)

DOCX_STAMP = Stamp((2027, 3, 14, 10, 20, 0), "2027-03-14T10:20:00Z")


def union_agreement() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)
    doc.add_heading("Recognition and procedure agreement (extract)", level=1)
    doc.add_paragraph(
        "Between Hexley Heat Network Ltd and the Energy and Utility Workers' Union (EUWU), "
        "Hexley Heat branch. Signed 14 March 2027."
    )
    doc.add_heading("Clause 6: Changes to working patterns", level=2)
    for text in [
        "6.1 Any change to shift patterns must be consulted on with the branch for at least 60 "
        "days before it starts.",
        "6.2 Night working is voluntary for staff employed before 1 April 2020.",
        "6.3 A new shift allowance must be agreed through the joint negotiating committee, which "
        "meets in April and October.",
    ]:
        doc.add_paragraph(text)
    doc.add_heading("Clause 8: New posts and recruitment", level=2)
    for text in [
        "8.1 New posts are advertised internally for 14 days before they are advertised outside.",
        "8.2 Control room engineers must hold the company's network authorisation before they "
        "work a shift alone; the authorisation course takes 12 weeks.",
    ]:
        doc.add_paragraph(text)
    doc.add_heading("Clause 11: Contractors", level=2)
    doc.add_paragraph(
        "11.1 Work normally done by the company's own engineers will not be given to contractors "
        "without consultation with the branch."
    )
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "For the company"
    table.rows[0].cells[1].text = "For the union"
    row = table.add_row()
    row.cells[0].text = "Head of People and Training"
    row.cells[1].text = "Branch Secretary, EUWU Hexley Heat branch"
    return ooxml_bytes(
        doc,
        DOCX_STAMP,
        author="Hexley Heat People Team",
        last_modified_by="Hexley Heat People Team",
        title="EUWU recognition and procedure agreement (extract)",
        revision=3,
    )


def org_files() -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = dict(ORG_TEXT)
    files["org/people/programme-group.ldif"] = ldif_bytes()
    files["org/governance/euwu-recognition-agreement-extract.docx"] = union_agreement()
    return files


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    write_files(out / CASE, {DECK: build_deck(), **org_files()})


if __name__ == "__main__":
    main()
