"""Build the dev25 case ``fashion-online``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx and lxml):

    .venv/bin/python evals/dev25/build_fashion_online.py [out]

Writes, under ``evals/dev25/fashion-online/`` (or ``<out>/fashion-online/``):

- ``FitForKeeps_Strategie_FY29-30_Aufsichtsrat_2029-01-24.pptx``: the two-year strategy of a
  German online fashion retailer (Lenzbach Mode GmbH) for its Supervisory Board, a deck made
  in APPLE KEYNOTE on Keynote's 1920 x 1080 canvas and exported to PowerPoint. What such an
  export carries: ``docProps/app.xml`` naming Keynote and its version; the slide size in
  points (1920 x 1080 pt = 24384000 x 13716000 EMU); two generic layouts ("Title & Subtitle"
  for the cover, "Blank" for the rest); no placeholder on any slide, every text a plain
  ``p:sp`` text box (no ``txBox`` attribute) named "Text N", drawn shapes "Shape N", gate lines
  "Line N"; the title of each slide the first large text box; explicit ``a:bodyPr`` insets,
  an explicit ``a:pPr`` on every paragraph and a size on every run; bullets as ``a:buChar`` in
  some boxes and typed ("\u2013", "\u25b8", "1.") in others; soft line breaks (``a:br``) inside
  the tile labels; speaker notes on four slides. The fiscal year starts on 1 February, and
  the roadmap is drawn with shapes on its half-years (H1 FY29 = February to July 2029).
- ``org/``: the company's own files. The roster is a JSON export of the HR system
  (``people/hris-export.json``: an array of employees with ``jobTitle``, ``department``,
  ``manager`` and a ``responsibilities`` array; the programme tier in ``customFields``;
  written with ASCII escapes, as the export does). Then the programme charter, the works
  council framework agreement summary, the data protection officer's note, the systems and
  data inventory, the KPI dictionary, an internal audit report, steering committee minutes,
  a risk register extract, a saved email and a pilot FAQ, in Markdown and text.

Re-running it rewrites every file byte for byte: the PPTX with its ZIP entries sorted
(``[Content_Types].xml`` first), fixed entry times and fixed document dates; the text files as
literal strings. It never touches ``gold.json``. This is a DEVELOPMENT case (split "dev25").
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree
from pptx import Presentation
from pptx.util import Emu

HERE = Path(__file__).resolve().parent
CASE = "fashion-online"
DECK = "FitForKeeps_Strategie_FY29-30_Aufsichtsrat_2029-01-24.pptx"
ROSTER = "org/people/hris-export.json"
ZIP_TIME = (2029, 1, 22, 16, 8, 44)
W3C_TIME = "2029-01-22T15:08:44Z"

PT = 12700  # EMU per point: Keynote's canvas is measured in points
WIDTH, HEIGHT = 1920, 1080
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{NS_A}" xmlns:p="{NS_P}"'
FONT = "Avenir Next"
INK = "1C1C1E"
PLUM = "6B2D5C"
SAND = "F3EEE8"
GREY = "6E6E73"
TEAL = "1F6F6B"
WHITE = "FFFFFF"
SLIDE_COUNT = 21

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Keynote</Application><AppVersion>14.2</AppVersion>"
    "<Slides>{slides}</Slides><Notes>{notes}</Notes><HiddenSlides>0</HiddenSlides>"
    "<PresentationFormat>Custom</PresentationFormat></Properties>"
)


def e(points: float) -> int:
    return int(round(points * PT))


# =========================================================================== Keynote-style XML


class Ids:
    """Shape ids of one slide, counted from the slide's own base as Keynote numbers them."""

    def __init__(self, base: int) -> None:
        self.n = base

    def next(self) -> int:
        self.n += 1
        return self.n


def _rpr(size: int, bold: bool, color: str) -> str:
    return (
        f'<a:rPr lang="en-GB" sz="{size}" b="{1 if bold else 0}" i="0" u="none" '
        f'strike="noStrike" spc="0"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
        f'<a:latin typeface="{FONT}"/><a:ea typeface="{FONT}"/><a:cs typeface="{FONT}"/>'
        f'<a:sym typeface="{FONT}"/></a:rPr>'
    )


def para(
    text: str,
    size: int,
    *,
    bold: bool = False,
    color: str = INK,
    algn: str = "l",
    bullet: str | None = None,
    before: int = 0,
    soft: tuple[str, int, str] | None = None,
) -> str:
    """One paragraph with an explicit ``a:pPr``: a ``buChar`` bullet when ``bullet`` is
    given, else ``buNone``. ``soft`` adds, after an ``a:br`` soft line break, a second run
    (text, size, colour) in the same paragraph, as Keynote writes a shift-return."""
    if bullet:
        ppr = (
            f'<a:pPr marL="457200" marR="0" indent="-457200" algn="{algn}" defTabSz="1651000">'
            f'<a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="{before}"/>'
            f'</a:spcBef><a:buClr><a:srgbClr val="{PLUM}"/></a:buClr><a:buSzPct val="100000"/>'
            f'<a:buFont typeface="{FONT}"/><a:buChar char="{bullet}"/></a:pPr>'
        )
    else:
        ppr = (
            f'<a:pPr marL="0" marR="0" indent="0" algn="{algn}" defTabSz="1651000">'
            f'<a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="{before}"/>'
            f"</a:spcBef><a:buClrTx/><a:buSzTx/><a:buFontTx/><a:buNone/></a:pPr>"
        )
    runs = f"<a:r>{_rpr(size, bold, color)}<a:t>{escape(text)}</a:t></a:r>"
    if soft:
        text2, size2, color2 = soft
        runs += (
            f"<a:br>{_rpr(size2, False, color2)}</a:br>"
            f"<a:r>{_rpr(size2, False, color2)}<a:t>{escape(text2)}</a:t></a:r>"
        )
    return f"<a:p>{ppr}{runs}</a:p>"


def sp(
    ids: Ids,
    x: float,
    y: float,
    w: float,
    h: float,
    paras: Sequence[str] = (),
    *,
    fill: str | None = None,
    geom: str = "rect",
    anchor: str = "t",
) -> str:
    """A plain ``p:sp`` as Keynote exports it: no ``txBox``, no placeholder, named "Text N"
    when it only holds text and "Shape N" when it is drawn; explicit insets (Keynote's 4 pt)."""
    sid = ids.next()
    name = f"{'Shape' if fill or geom != 'rect' else 'Text'} {sid}"
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    body = "".join(paras) or (
        '<a:p><a:pPr marL="0" marR="0" indent="0" algn="l" defTabSz="1651000">'
        "<a:buClrTx/><a:buSzTx/><a:buFontTx/><a:buNone/></a:pPr>"
        '<a:endParaRPr lang="en-GB" sz="2400"/></a:p>'
    )
    autofit = "<a:spAutoFit/>" if not fill and geom == "rect" else "<a:normAutofit/>"
    return (
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr/><p:nvPr/>'
        f'</p:nvSpPr><p:spPr><a:xfrm><a:off x="{e(x)}" y="{e(y)}"/>'
        f'<a:ext cx="{e(w)}" cy="{e(h)}"/></a:xfrm><a:prstGeom prst="{geom}"><a:avLst/>'
        f"</a:prstGeom>{fill_xml}"
        f'<a:ln w="12700" cap="flat"><a:noFill/><a:miter lim="400000"/></a:ln>'
        f"<a:effectLst/></p:spPr>"
        f'<p:style><a:lnRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef>'
        f'<a:fillRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
        f'<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
        f'<a:fontRef idx="none"/></p:style>'
        f'<p:txBody><a:bodyPr wrap="square" lIns="50800" tIns="50800" rIns="50800" '
        f'bIns="50800" numCol="1" spcCol="38100" rtlCol="0" anchor="{anchor}" upright="0">'
        f"{autofit}</a:bodyPr><a:lstStyle/>{body}</p:txBody></p:sp>"
    )


def line(ids: Ids, x: float, y1: float, y2: float) -> str:
    """A dashed vertical gate line."""
    sid = ids.next()
    return (
        f'<p:cxnSp {NSDECL}><p:nvCxnSpPr><p:cNvPr id="{sid}" name="Line {sid}"/>'
        f"<p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr><p:spPr><a:xfrm>"
        f'<a:off x="{e(x)}" y="{e(y1)}"/><a:ext cx="0" cy="{e(y2 - y1)}"/></a:xfrm>'
        f'<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:noFill/>'
        f'<a:ln w="25400" cap="flat"><a:solidFill><a:srgbClr val="{GREY}"/></a:solidFill>'
        f'<a:prstDash val="dash"/><a:miter lim="400000"/></a:ln><a:effectLst/></p:spPr>'
        f"</p:cxnSp>"
    )


def frame(ids: Ids, page: int, eyebrow: str, title: str, sub: str | None = None) -> list[str]:
    """A content slide's top and foot: eyebrow, the title (the first large text box), an
    optional subtitle, the footer line and the page number."""
    out = [
        sp(ids, 90, 48, 1200, 44, [para(eyebrow, 2000, bold=True, color=PLUM)]),
        sp(ids, 90, 92, 1740, 100, [para(title, 6000 if len(title) <= 40 else 4800, bold=True)]),
    ]
    if sub:
        out.append(sp(ids, 90, 196, 1740, 52, [para(sub, 2600, color=GREY)]))
    out.append(
        sp(
            ids,
            90,
            1020,
            1300,
            36,
            [para("Lenzbach Mode GmbH \u00b7 Fit for Keeps \u00b7 Confidential", 1400, color=GREY)],
        )
    )
    out.append(
        sp(ids, 1630, 1020, 200, 36, [para(f"{page}", 1400, color=GREY, algn="r")]),
    )
    return out


def bullets(texts: Sequence[str], size: int, char: str = "\u2022") -> list[str]:
    return [para(t, size, bullet=char, before=900 if i else 0) for i, t in enumerate(texts)]


def typed(texts: Sequence[str], size: int) -> list[str]:
    return [para(t, size, before=900 if i else 0) for i, t in enumerate(texts)]


def tile(
    ids: Ids,
    x: float,
    y: float,
    w: float,
    h: float,
    big: str,
    label: str,
    small: str,
    color: str,
) -> list[str]:
    """A tile: a sand card, the big figure in its own text box (smaller when it is a word),
    then one label paragraph whose second line (after a soft break) holds the small print."""
    return [
        sp(ids, x, y, w, h, fill=SAND),
        sp(
            ids,
            x + 16,
            y + 14,
            w - 32,
            100,
            [para(big, 6000 if len(big) <= 8 else 3600, bold=True, color=color)],
        ),
        sp(
            ids,
            x + 16,
            y + 124,
            w - 32,
            h - 136,
            [para(label, 2200, bold=True, soft=(small, 1800, GREY))],
        ),
    ]


# =========================================================================== slides


def s01(ids: Ids) -> list[str]:
    return [
        sp(ids, 0, 0, WIDTH, HEIGHT, fill=PLUM),
        sp(ids, 140, 250, 1200, 50, [para("LENZBACH", 2800, bold=True, color=SAND)]),
        sp(ids, 140, 320, 1600, 180, [para("Fit for Keeps", 13000, bold=True, color=WHITE)]),
        sp(
            ids,
            140,
            520,
            1600,
            120,
            [
                para(
                    "Strategy FY29\u2013FY30: fewer returns, a better margin per order, "
                    "an app-first shop",
                    3600,
                    color=WHITE,
                )
            ],
        ),
        sp(
            ids,
            140,
            820,
            1600,
            120,
            [
                para(
                    "Supervisory Board \u00b7 24 January 2029 \u00b7 Agenda item 3",
                    2400,
                    color=SAND,
                ),
                para(
                    "Presented by the Management Board: CEO, CFO and COO",
                    2400,
                    color=SAND,
                    before=600,
                ),
            ],
        ),
    ]


def s02(ids: Ids) -> list[str]:
    out = frame(
        ids,
        2,
        "WHERE WE STAND",
        "FY28 in numbers",
        "February 2028 to January 2029 (January estimated)",
    )
    stats = [
        ("EUR 412m", "net revenue in FY28", "up 6% on FY27"),
        (
            "5.9m",
            "orders shipped from Hollerstedt and Talbrunn",
            "peak day: 61,000 on Black Friday",
        ),
        ("48%", "of the items we shipped came back", "down 2 points since FY26"),
        (
            "EUR 6.10",
            "left per order after goods, delivery, returns and payment",
            "EUR 7.40 in FY26",
        ),
        ("31%", "of own-shop revenue came through the app", "up 9 points since 2026"),
        ("88%", "of parcels arrived on the day we promised", "Austria: 79%"),
        ("38,000", "second-hand items sold in the Pre-Loved trial", "Germany only, since May 2028"),
        (
            "212 g",
            "of packaging went out with the average order",
            "64% of parcels in plastic mailers",
        ),
    ]
    for k, (big, label, small) in enumerate(stats):
        x = 90 + (k % 4) * 440
        y = 280 + (k // 4) * 360
        out += tile(ids, x, y, 420, 340, big, label, small, GREY)
    return out


def s03(ids: Ids) -> list[str]:
    out = frame(ids, 3, "THE MARKET", "The market around us")
    out.append(
        sp(
            ids,
            90,
            240,
            1000,
            720,
            bullets(
                [
                    "German online fashion grew 3.1% in 2028; analysts expect 2.4% a year to 2031",
                    "Modora, the market leader, reported GMV of EUR 4.1bn and a return rate of 52%",
                    "Kleiderei now takes 58% of its revenue through its app",
                    "Industry average return rate for online fashion in Germany: 46%",
                    "Demand forecast: 460,000 orders in Black Friday week 2029, 14% more than in "
                    "2028",
                ],
                2800,
            ),
        )
    )
    out.append(
        sp(
            ids,
            1150,
            240,
            680,
            720,
            [
                para(
                    "\u201cI order two sizes because I don\u2019t trust the size chart.\u201d",
                    3600,
                    bold=True,
                    color=PLUM,
                ),
                para(
                    "58% of our customers agreed with this in our December 2028 survey",
                    2400,
                    color=GREY,
                    before=1800,
                ),
            ],
            fill=SAND,
        )
    )
    return out


def s04(ids: Ids) -> list[str]:
    out = frame(ids, 4, "WHY NOW", "Why we must change now")
    out.append(
        sp(
            ids,
            90,
            250,
            1740,
            740,
            typed(
                [
                    "\u2013 Returns cost us EUR 61m in FY28: carriage, handling, refunds and "
                    "write-downs",
                    "\u2013 Half of all returns are about size and fit",
                    "\u2013 A returned item waits 4.3 days on average before it is back on sale",
                    "\u2013 Our carriers raised their prices by 7% on 1 January 2029",
                    "\u2013 Since July 2026 EU rules have banned the destruction of unsold "
                    "clothing: we resell, donate or recycle",
                    "\u2013 The EU packaging regulation limits empty space in e-commerce parcels to "
                    "50% from 2030",
                ],
                3000,
            ),
        )
    )
    return out


def s05(ids: Ids) -> list[str]:
    out = frame(ids, 5, "OUR AMBITION", "Where we will be in January 2031")
    out += [
        sp(ids, 90, 240, 1740, 50, [para("NORTH STAR", 2200, bold=True, color=PLUM)]),
        sp(
            ids,
            90,
            295,
            1740,
            140,
            [para("Clothes that fit: customers keep what they order from us", 5000, bold=True)],
        ),
    ]
    boxes = [
        ("Fewer returns", "Returns rate down from 48% to 40% of items by January 2031"),
        ("A healthier order", "EUR 9.50 contribution margin per order in FY30"),
        ("App first", "45% of own-shop revenue through the app by January 2031"),
    ]
    for k, (head, text) in enumerate(boxes):
        out.append(
            sp(
                ids,
                90 + k * 590,
                480,
                560,
                330,
                [
                    para(head, 3000, bold=True, color=PLUM),
                    para(text, 2600, before=1200),
                ],
                fill=SAND,
            )
        )
    out.append(
        sp(
            ids,
            90,
            860,
            1740,
            90,
            [
                para(
                    "And become the most sustainable online fashion shop in the German-speaking "
                    "market",
                    2800,
                    bold=True,
                    color=TEAL,
                )
            ],
        )
    )
    return out


PILLARS = [
    (
        "1 \u00b7 Right size, first time",
        "Customers, first-time buyers above all, choose the right size before they order",
    ),
    (
        "2 \u00b7 Returns that pay back",
        "Every return back on sale, resold or reused within days",
    ),
    ("3 \u00b7 App first", "The app becomes the place Lenzbach Club members shop first"),
    (
        "4 \u00b7 Promise kept, packaging cut",
        "Parcels arrive on the day we said, in less packaging",
    ),
]


def s06(ids: Ids) -> list[str]:
    out = frame(
        ids,
        6,
        "HOW WE GET THERE",
        "Four pillars",
        "Each pillar has its goals, its initiatives and one lead",
    )
    for k, (name, text) in enumerate(PILLARS):
        x = 90 + k * 440
        out.append(
            sp(
                ids,
                x,
                300,
                420,
                150,
                [para(name, 2800, bold=True, color=WHITE)],
                fill=PLUM if k % 2 == 0 else TEAL,
                anchor="ctr",
            )
        )
        out.append(sp(ids, x, 470, 420, 400, [para(text, 2600)], fill=SAND))
    out.append(
        sp(
            ids,
            90,
            905,
            1740,
            60,
            [
                para(
                    "One scorecard for all four: Polaris data, published monthly in Lumen",
                    2400,
                    bold=True,
                    color=GREY,
                )
            ],
        )
    )
    return out


def pillar(
    ids: Ids,
    page: int,
    eyebrow: str,
    title: str,
    goals: Sequence[str],
    actions: list[str],
    lead: str,
) -> list[str]:
    out = frame(ids, page, eyebrow, title)
    out.append(
        sp(
            ids,
            90,
            230,
            1740,
            40 + 64 * len(goals),
            [
                para(g, 2800, bold=True, color=TEAL, before=400 if i else 0)
                for i, g in enumerate(goals)
            ],
            fill=SAND,
        )
    )
    top = 300 + 64 * len(goals)
    out.append(sp(ids, 90, top, 600, 50, [para("What we will do", 2200, bold=True, color=PLUM)]))
    out.append(sp(ids, 90, top + 60, 1740, 900 - top, actions))
    out.append(sp(ids, 90, 960, 1740, 50, [para(lead, 2000, color=GREY)]))
    return out


def s07(ids: Ids) -> list[str]:
    return pillar(
        ids,
        7,
        "PILLAR 1",
        "Right size, first time",
        [
            "Goal: cut the returns rate from 48% to 40% of items by H2 FY30",
            "Goal: halve multi-size orders to 11% of orders by H1 FY30",
        ],
        bullets(
            [
                "Measure every denim, trouser and dress style in our Auewalde fit lab before it "
                "goes online",
                "Launch a size advisor in the app and web shop that learns from each customer\u2019s "
                "keeps and returns",
                "Warn shoppers who put the same item in two sizes in the basket, and show which "
                "size others kept",
                "Rewrite the fit notes of our 2,000 best-selling styles",
            ],
            2800,
        ),
        "Lead: Head of Returns Prevention, with the Head of Digital Product",
    )


def s08(ids: Ids) -> list[str]:
    return pillar(
        ids,
        8,
        "PILLAR 2",
        "Returns that pay back",
        [
            "Goal: 85% of returned items back on sale within 48 hours by H1 FY30",
            "Goal: sell 150,000 Pre-Loved items a year by H2 FY30",
            "Goal: the new returns flow live in all four countries by H1 FY30",
        ],
        typed(
            [
                "\u25b8 Roll out the new returns flow: register in the app, drop off with a QR "
                "code, refund on the carrier\u2019s first scan",
                "\u25b8 Grade every returned item within 24 hours of its arrival at Gr\u00fcnhelm",
                "\u25b8 Add a late shift at Gr\u00fcnhelm so that Monday\u2019s returns are graded "
                "on Monday",
                "\u25b8 Send grade-B items to Lenzbach Pre-Loved instead of the outlet",
                "\u25b8 Bring Vestara and Kaufhalle returns into the new returns flow",
            ],
            2800,
        ),
        "Lead: COO, with the Head of Returns Centre and the Head of Recommerce",
    )


def s09(ids: Ids) -> list[str]:
    return pillar(
        ids,
        9,
        "PILLAR 3",
        "App first",
        ["Goal: 45% of own-shop revenue through the app by H2 FY30"],
        bullets(
            [
                "Move the Lenzbach Club card and its points into the app",
                "Give app users early access to every new collection, 48 hours before the web shop",
                "List Pre-Loved items in the app next to new stock",
            ],
            2800,
            "\u25aa",
        ),
        "Lead: Head of Digital Product, with the Head of Marketing for the launch campaigns",
    )


def s10(ids: Ids) -> list[str]:
    return pillar(
        ids,
        10,
        "PILLAR 4",
        "Promise kept, packaging cut",
        [
            "Goal: 96% of parcels delivered on the promised day by H1 FY30",
            "Goal: packaging per order down from 212 g to 150 g by H2 FY30",
        ],
        typed(
            [
                "1. Show a delivery date for every order at checkout, from each fulfilment "
                "centre\u2019s cut-off times",
                "2. Sign a second carrier for Austria and Switzerland",
                "3. Replace plastic mailers with paper mailers at Hollerstedt and Talbrunn",
                "4. Install a box-on-demand machine at Hollerstedt that cuts every carton to size",
                "5. Move Talbrunn from Lagerwerk 7 to Lagerwerk 9 by January 2030",
            ],
            2800,
        ),
        "Lead: Head of Last-Mile Delivery, with the Head of Fulfilment and the Head of "
        "Sustainability",
    )


KPIS = [
    ("40%", "Returns rate (items returned \u00f7 items shipped)", "Baseline 48% \u00b7 by H2 FY30"),
    ("11%", "Multi-size orders", "Baseline 22% \u00b7 by H1 FY30"),
    ("EUR 9.50", "Contribution margin per order (CM II)", "Baseline EUR 6.10 \u00b7 by H2 FY30"),
    ("45%", "App share of own-shop revenue", "Baseline 31% \u00b7 by H2 FY30"),
    ("96%", "Delivery promise kept", "Baseline 88% \u00b7 by H1 FY30"),
    ("85%", "Returns back on sale within 48 hours", "Baseline 41% \u00b7 by H1 FY30"),
    ("150,000", "Pre-Loved items sold per year", "Baseline 38,000 \u00b7 by H2 FY30"),
    ("150 g", "Packaging per order", "Baseline 212 g \u00b7 by H2 FY30"),
    (
        "Above Modora",
        "Net Promoter Score",
        "Baseline +21 (December 2028 survey) \u00b7 date to be set",
    ),
]


def s11(ids: Ids) -> list[str]:
    out = frame(
        ids,
        11,
        "MEASURES",
        "How we will measure success",
        "Target in large type \u00b7 baselines are FY28 \u00b7 by-when in our half-years",
    )
    for k, (big, label, small) in enumerate(KPIS):
        x = 90 + (k % 5) * 350
        y = 280 + (k // 5) * 360
        out += tile(ids, x, y, 330, 340, big, label, small, PLUM if k < 8 else GREY)
    return out


HALVES = ["H1 FY29", "H2 FY29", "H1 FY30", "H2 FY30"]


def s12(ids: Ids) -> list[str]:
    out = frame(
        ids,
        12,
        "ROADMAP",
        "Four half-years, four gates",
        "Our financial year starts on 1 February: H1 = February to July, H2 = August to January",
    )
    x0, col = 330, 370
    for k, h in enumerate(HALVES):
        out.append(
            sp(
                ids,
                x0 + k * col,
                280,
                col - 8,
                56,
                [para(h, 2200, bold=True, color=WHITE, algn="ctr")],
                fill=INK,
                anchor="ctr",
            )
        )
    phases = [
        (0, 1, "Phase 1 \u00b7 Foundations", "Feb\u2013Jul 2029"),
        (1, 1, "Phase 2 \u00b7 Pilot: women\u2019s denim in Austria", "Aug 2029\u2013Jan 2030"),
        (2, 1, "Phase 3 \u00b7 Scale to all categories and countries", "Feb\u2013Jul 2030"),
        (3, 1, "Phase 4 \u00b7 Embed and hand over", "Aug 2030\u2013Jan 2031"),
    ]
    for k, (start, span, name, when) in enumerate(phases):
        out.append(
            sp(
                ids,
                x0 + start * col,
                356 + k * 20,
                span * col - 8,
                96,
                [para(name, 1800, bold=True, color=WHITE), para(when, 1600, color=WHITE)],
                fill=PLUM if k % 2 == 0 else TEAL,
                geom="roundRect",
                anchor="ctr",
            )
        )
    lanes = [
        ("Right size", 0, 4, "Fit lab: women\u2019s denim first, then every trouser and dress"),
        ("Returns", 0, 3, "New returns flow: build, Austrian pilot, all four countries"),
        ("App", 1, 3, "Club card in the app, early access, Pre-Loved in the app"),
        ("Delivery", 0, 4, "Delivery date at checkout; paper mailers; Talbrunn on Lagerwerk 9"),
    ]
    for k, (lane, start, end, text) in enumerate(lanes):
        y = 560 + k * 80
        out.append(sp(ids, 90, y, 230, 64, [para(lane, 2000, bold=True, color=PLUM)]))
        out.append(
            sp(
                ids,
                x0 + start * col,
                y,
                (end - start) * col - 8,
                64,
                [para(text, 1700)],
                fill=SAND,
                geom="roundRect",
                anchor="ctr",
            )
        )
    gates = [
        "Gate 1 \u00b7 31 July 2029 \u00b7 ready to pilot?",
        "Gate 2 \u00b7 31 January 2030 \u00b7 roll out?",
        "Gate 3 \u00b7 31 July 2030 \u00b7 scaled as planned?",
        "Gate 4 \u00b7 31 January 2031 \u00b7 targets met?",
    ]
    for k, label in enumerate(gates):
        gx = x0 + (k + 1) * col - 4
        out.append(line(ids, gx, 280, 900))
        out.append(sp(ids, gx - 14, 900, 28, 28, fill=INK, geom="diamond"))
        out.append(sp(ids, 90 + k * 440, 945, 430, 64, [para(label, 1800, bold=True)]))
    return out


def s13(ids: Ids) -> list[str]:
    out = frame(
        ids,
        13,
        "PILOT",
        "Pilot: the new returns flow for women\u2019s denim in Austria",
        "1 September 2029 to 31 January 2030, through Black Friday and Christmas on purpose",
    )
    out.append(
        sp(
            ids,
            90,
            280,
            540,
            700,
            [
                para("Why women\u2019s denim in Austria", 2600, bold=True, color=PLUM),
                para("Women\u2019s denim has our highest return rate: 63%", 2200, before=1200),
                para(
                    "Austria is 11% of our orders, with one carrier and one language",
                    2200,
                    before=1200,
                ),
                para("Its parcels take longest to come back to Gr\u00fcnhelm", 2200, before=1200),
            ],
            fill=SAND,
        )
    )
    out.append(
        sp(
            ids,
            660,
            280,
            600,
            700,
            [
                para("What we will test", 2600, bold=True, color=PLUM),
                *bullets(
                    [
                        "Austrian customers register denim returns in the app and get a QR code",
                        "Drop-off at any Alpenpaket partner point without a printed label",
                        "Refund on the carrier\u2019s first scan, not on arrival at Gr\u00fcnhelm",
                        "Fit-lab measurements and the size advisor on every women\u2019s denim "
                        "style",
                        "Grade-B denim goes straight to Pre-Loved",
                    ],
                    2000,
                ),
            ],
            fill=SAND,
        )
    )
    out.append(
        sp(
            ids,
            1290,
            280,
            540,
            700,
            [
                para("Pass marks for Gate 2", 2600, bold=True, color=PLUM),
                *typed(
                    [
                        "1. Women\u2019s denim return rate in Austria below 55%",
                        "2. 95% of pilot refunds paid within two days of drop-off",
                        "3. 80% of pilot returns registered in the app",
                        "4. Cost per return no higher than today\u2019s EUR 9.80",
                    ],
                    2000,
                ),
            ],
            fill=SAND,
        )
    )
    return out


RISKS = [
    (
        "The works council does not agree to grading times from scanner data",
        "Open talks in February 2029; report grading times by team, never by person",
    ),
    (
        "The size advisor may not use order history in time",
        "Complete the size advisor\u2019s data protection impact assessment before Gate 1",
    ),
    (
        "Pre-Loved prices rest on one analyst",
        "Write down the Pre-Loved pricing rules and train a second pricer by May 2029",
    ),
    (
        "January returns overwhelm Gr\u00fcnhelm",
        "Hire 40 seasonal staff at Gr\u00fcnhelm for January 2030",
    ),
    (
        "No Austrian carrier for QR drop-off",
        "Sign a two-year Austrian carrier contract before the pilot",
    ),
    (
        "Instant refunds invite fraud",
        "Cap refunds on first scan at EUR 300 per customer per month",
    ),
]


def s14(ids: Ids) -> list[str]:
    out = frame(ids, 14, "RISKS", "What could stop us, and what we will do")
    out.append(sp(ids, 90, 240, 800, 50, [para("Risk", 2200, bold=True, color=PLUM)]))
    out.append(sp(ids, 930, 240, 900, 50, [para("Mitigation", 2200, bold=True, color=PLUM)]))
    for k, (risk, mitigation) in enumerate(RISKS):
        y = 300 + k * 112
        out.append(sp(ids, 90, y, 820, 100, [para(f"R{k + 1} {risk}", 2000, bold=True)], fill=SAND))
        out.append(sp(ids, 930, y, 900, 100, [para(mitigation, 2000)]))
    return out


def s15(ids: Ids) -> list[str]:
    out = frame(ids, 15, "FOCUS", "What we will not do")
    out.append(
        sp(
            ids,
            90,
            250,
            1740,
            740,
            bullets(
                [
                    "We will not charge for returns in FY29 or FY30: our 30-day free return "
                    "window stays (the legal minimum is 14 days)",
                    "We will not match Modora\u2019s 100-day return window",
                    "We will not open shops: 100% of our sales stay online",
                    "We will not enter a fifth country before FY31",
                    "We will not build our own carrier network",
                ],
                3000,
                "\u2717",
            ),
        )
    )
    return out


def s16(ids: Ids) -> list[str]:
    out = frame(ids, 16, "FIRST 90 DAYS", "February to April 2029")
    out.append(
        sp(
            ids,
            90,
            240,
            1740,
            760,
            typed(
                [
                    "1. Appoint the Fit for Keeps programme manager and hold the first steering "
                    "committee",
                    "2. Open talks with the works council on grading data and the Gr\u00fcnhelm "
                    "late shift by 15 February 2029",
                    "3. Sign a two-year carrier contract for Austria by 31 March 2029",
                    "4. Baseline all nine measures in Polaris and publish the first monthly "
                    "scorecard in Lumen",
                    "5. Measure the first 420 women\u2019s denim styles in the fit lab by 30 April "
                    "2029",
                    "6. Train the 60 Gr\u00fcnhelm graders on the new grading standard",
                    "7. Appoint a quality lead for Gr\u00fcnhelm",
                    "8. Order the box-on-demand machine for Hollerstedt",
                ],
                2600,
            ),
        )
    )
    return out


def s17(ids: Ids) -> list[str]:
    out = frame(ids, 17, "GOVERNANCE", "How we will run it")
    out.append(
        sp(
            ids,
            90,
            250,
            1740,
            740,
            bullets(
                [
                    "Sponsor: the CEO, who chairs the Fit for Keeps steering committee",
                    "The steering committee meets every two weeks until Gate 2, then monthly",
                    "Members: CFO, COO, Head of Digital Product, Head of Returns Prevention, Head "
                    "of Returns Centre, Head of Commercial Controlling",
                    "The CEO takes each gate decision; the Supervisory Board hears the result at "
                    "its next meeting",
                    "The works council and the data protection officer are heard before each gate",
                    "One monthly scorecard from Polaris, reviewed by the steering committee",
                ],
                2800,
            ),
        )
    )
    return out


def s18(ids: Ids) -> list[str]:
    out = frame(ids, 18, "INVESTMENT", "What it costs")
    out.append(
        sp(
            ids,
            90,
            250,
            1000,
            740,
            [
                para("EUR 14.2m over FY29 and FY30", 4400, bold=True, color=PLUM),
                para("Fit lab and size advisor: EUR 2.9m", 2600, before=1800),
                para("New returns flow and Gr\u00fcnhelm: EUR 5.6m", 2600, before=600),
                para("App: EUR 2.4m", 2600, before=600),
                para("Delivery and packaging: EUR 3.3m", 2600, before=600),
            ],
        )
    )
    out.append(
        sp(
            ids,
            1150,
            250,
            680,
            740,
            [
                para("Phase 1 and the pilot: EUR 6.1m in FY29", 2800, bold=True),
                para(
                    "State innovation grant of EUR 1.2m for the box-on-demand machine, approved "
                    "December 2028",
                    2400,
                    before=1800,
                ),
                para("Expected payback in FY32", 2400, before=1800),
            ],
            fill=SAND,
        )
    )
    return out


def s19(ids: Ids) -> list[str]:
    out = frame(ids, 19, "DECISIONS", "What we ask of the Supervisory Board today")
    out.append(
        sp(
            ids,
            90,
            250,
            1740,
            740,
            bullets(
                [
                    "Approve Fit for Keeps as our strategy for FY29 and FY30",
                    "Release EUR 6.1m for Phase 1 and the pilot",
                    "Agree women\u2019s denim in Austria as the pilot",
                    "Note that talks with the works council open in February 2029",
                ],
                3200,
                "\u2713",
            ),
        )
    )
    return out


def s20(ids: Ids) -> list[str]:
    out = frame(
        ids,
        20,
        "APPENDIX",
        "Benchmarks",
        "Fashion Commerce Panel 2028 and company reports; for context, not targets",
    )
    out.append(
        sp(
            ids,
            90,
            280,
            1740,
            700,
            typed(
                [
                    "Return rate: Modora 52% \u00b7 Kleiderei 44% \u00b7 industry average 46%",
                    "App share of revenue: Kleiderei 58% \u00b7 Modora 49%",
                    "Parcels on the promised day: best in market 97% (Modora, Germany)",
                    "Margin per order across listed peers: EUR 5 to EUR 12",
                    "Second-hand share of revenue at Nordic peers: 4% to 6%",
                    "Lightest packaging in the panel: 120 g per order",
                ],
                2800,
            ),
        )
    )
    return out


def s21(ids: Ids) -> list[str]:
    out = frame(ids, 21, "APPENDIX", "How the measures are defined")
    out.append(
        sp(
            ids,
            90,
            250,
            1740,
            740,
            typed(
                [
                    "Returns rate: items returned as a share of items shipped, by shipping month",
                    "CM II per order: net revenue less goods, delivery, returns handling, payment "
                    "and marketing, divided by orders",
                    "Delivery promise: parcels delivered on or before the date shown at checkout",
                    "Multi-size order: an order with the same item in two or more sizes",
                    "FY29: 1 February 2029 to 31 January 2030",
                ],
                2600,
            ),
        )
    )
    return out


SLIDES = [
    s01,
    s02,
    s03,
    s04,
    s05,
    s06,
    s07,
    s08,
    s09,
    s10,
    s11,
    s12,
    s13,
    s14,
    s15,
    s16,
    s17,
    s18,
    s19,
    s20,
    s21,
]

NOTES = {
    3: "Market figures from the Fashion Commerce Panel 2028; competitor figures from their "
    "published annual reports. None of these are our targets.",
    11: "Each tile is one measure. The NPS tile has no date yet: the steering committee will "
    "propose one after the first quarterly survey.",
    12: "Month 0 is February 2029. Each phase is one half-year. The yearly code freeze falls "
    "inside Phases 2 and 4.",
    13: "Austria was chosen because returns there are slow and costly today, so the new flow "
    "shows its effect quickly.",
}


# =========================================================================== the package

_DOC_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(WIDTH * PT), Emu(HEIGHT * PT)
    keep = {"Title Slide": "Title & Subtitle", "Blank": "Blank"}
    for layout in list(prs.slide_layouts):
        if layout.name not in keep:
            prs.slide_layouts.remove(layout)
    for layout in prs.slide_layouts:
        layout._element.cSld.set("name", keep[layout.name])
    cover, blank = prs.slide_layouts[0], prs.slide_layouts[1]
    for n, make in enumerate(SLIDES, start=1):
        slide = prs.slides.add_slide(cover if n == 1 else blank)
        tree = slide.shapes._spTree
        for ph in list(slide.placeholders):
            tree.remove(ph._element)
        for xml in make(Ids(n * 1000)):
            tree.append(etree.fromstring(xml))
        if n in NOTES:
            slide.notes_slide.notes_text_frame.text = NOTES[n]
    core = prs.core_properties
    core.author = "Lenzbach Mode GmbH"
    core.last_modified_by = "Lenzbach Mode GmbH"
    core.title = "Fit for Keeps"
    core.subject = ""
    core.keywords = ""
    core.comments = ""
    core.category = ""
    core.revision = 1
    buffer = io.BytesIO()
    prs.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    names = sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in names:
            body = src.read(name)
            if name == "docProps/app.xml":
                body = APP_XML.format(slides=len(SLIDES), notes=len(NOTES)).encode("utf-8")
            elif name == "docProps/core.xml":
                body = _DOC_DATES.sub(rb"\g<1>" + W3C_TIME.encode() + rb"\g<2>", body)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    return out.getvalue()


# =========================================================================== the roster

# (employee id, first name, last name, job title, department, location, hire date,
#  manager's employee id, responsibilities, programme tier, cost centre)
EMPLOYEES: list[tuple[str, str, str, str, str, str, str, str | None, list[str], str, str]] = [
    (
        "LZ-00017",
        "Katrin",
        "Vossberg",
        "Chief Executive Officer",
        "Management Board",
        "Auewalde (HQ)",
        "2016-03-01",
        None,
        [
            "Managing director of Lenzbach Mode GmbH",
            "Company strategy, the annual plan and reporting to the Supervisory Board",
            "Sponsor of Fit for Keeps and chair of its steering committee",
        ],
        "Core",
        "1000",
    ),
    (
        "LZ-00102",
        "Tobias",
        "Arnholt",
        "Chief Financial Officer",
        "Management Board",
        "Auewalde (HQ)",
        "2019-10-01",
        "LZ-00017",
        [
            "Finance, accounting, tax and treasury",
            "Budget releases and capital expenditure",
            "Refund and payment rules, including fraud limits",
        ],
        "Core",
        "1100",
    ),
    (
        "LZ-00215",
        "Miriam",
        "K\u00fchne",
        "Chief Operating Officer",
        "Management Board",
        "Auewalde (HQ)",
        "2020-02-01",
        "LZ-00017",
        [
            "Fulfilment centres Hollerstedt and Talbrunn",
            "Returns centre Gr\u00fcnhelm",
            "Carriers and delivery",
            "Operations budget and site investments",
        ],
        "Core",
        "5000",
    ),
    (
        "LZ-00388",
        "Jonas",
        "Ebeling",
        "Head of Digital Product",
        "Digital",
        "Auewalde (HQ)",
        "2018-05-15",
        "LZ-00017",
        [
            "The app for iOS and Android and the web shops in four countries",
            "Product managers, UX and the release plan for app and shop",
            "Basket, checkout and customer account",
        ],
        "Core",
        "4700",
    ),
    (
        "LZ-00412",
        "Selin",
        "Ayd\u0131n",
        "Head of Data & Analytics",
        "Digital",
        "Auewalde (HQ)",
        "2021-09-01",
        "LZ-00388",
        [
            "Leads a team of 11 analysts and data engineers",
            "Cost centre 4720",
            "Member of the digital leadership team",
        ],
        "Core",
        "4720",
    ),
    (
        "LZ-00157",
        "Rainer",
        "Kolbe",
        "Head of IT Systems",
        "Finance & IT",
        "Auewalde (HQ)",
        "2014-07-01",
        "LZ-00102",
        [
            "Merkur ERP, the Lagerwerk warehouse systems and RetourPro",
            "Interfaces to carriers and marketplaces",
            "IT operations and the service desk",
        ],
        "Core",
        "1300",
    ),
    (
        "LZ-00533",
        "Helga",
        "Lindemann",
        "Data Protection Officer",
        "Legal & Compliance",
        "Auewalde (HQ)",
        "2022-01-01",
        "LZ-00017",
        [
            "Data protection officer of Lenzbach Mode GmbH under Article 37 GDPR",
            "Advises on data protection impact assessments and monitors compliance",
            "Contact point for the data protection supervisory authority",
        ],
        "Consult only",
        "1400",
    ),
    (
        "LZ-00241",
        "Dennis",
        "Vogt",
        "Head of Returns Centre",
        "Operations",
        "Gr\u00fcnhelm",
        "2017-04-01",
        "LZ-00215",
        [
            "Returns centre Gr\u00fcnhelm: 160 staff in two shifts",
            "Receiving, grading, repacking and restocking of returned items",
            "Seasonal staffing and shift planning at Gr\u00fcnhelm",
        ],
        "Core",
        "5300",
    ),
    (
        "LZ-00871",
        "Annika",
        "Brandt",
        "Head of Returns Prevention",
        "Customer & Category",
        "Auewalde (HQ)",
        "2028-10-01",
        "LZ-00017",
        [
            "New post since 1 October 2028",
            "Leads a team of 6",
            "Role profile: see the Fit for Keeps programme charter",
        ],
        "Core",
        "2150",
    ),
    (
        "LZ-00198",
        "Piotr",
        "Nowak",
        "Head of Fulfilment",
        "Operations",
        "Hollerstedt",
        "2015-11-01",
        "LZ-00215",
        [
            "Fulfilment centres Hollerstedt and Talbrunn: picking, packing and dispatch",
            "Pack stations and packaging materials",
            "Site safety at both fulfilment centres",
        ],
        "Core",
        "5100",
    ),
    (
        "LZ-00654",
        "Lea",
        "Hartwig",
        "Head of Last-Mile Delivery",
        "Operations",
        "Auewalde (HQ)",
        "2023-03-01",
        "LZ-00215",
        [
            "Leads a team of 5",
            "Cost centre 5130",
            "Reports to the COO",
        ],
        "Core",
        "5130",
    ),
    (
        "LZ-00590",
        "Friederike",
        "Olbrich",
        "Head of Sustainability",
        "Strategy & Sustainability",
        "Auewalde (HQ)",
        "2022-06-01",
        "LZ-00017",
        [
            "Sustainability report and climate targets",
            "Packaging Act registration and packaging reporting",
            "Supplier code of conduct",
        ],
        "Core",
        "1600",
    ),
    (
        "LZ-00703",
        "Malte",
        "Iversen",
        "Head of Recommerce",
        "Commercial",
        "Auewalde (HQ)",
        "2024-02-01",
        "LZ-00017",
        [
            "Lenzbach Pre-Loved: buying back, resale grading rules, pricing and listings",
            "Outlet and clearance sales",
        ],
        "Core",
        "2400",
    ),
    (
        "LZ-00329",
        "Carolin",
        "Wei\u00df",
        "Head of Marketing",
        "Marketing",
        "Auewalde (HQ)",
        "2019-01-15",
        "LZ-00017",
        [
            "Brand, campaigns and the media budget",
            "Newsletters and app push messages",
            "Influencer partnerships",
        ],
        "Extended",
        "3000",
    ),
    (
        "LZ-00466",
        "Yusuf",
        "Demir",
        "Head of Marketplaces",
        "Commercial",
        "Auewalde (HQ)",
        "2021-04-01",
        "LZ-00017",
        [
            "Sales on Vestara and Kaufhalle",
            "Marketplace listings, prices and stock feeds",
            "Marketplace returns and seller ratings",
        ],
        "Core",
        "2300",
    ),
    (
        "LZ-00275",
        "Sabine",
        "Roth",
        "Head of Customer Care",
        "Customer Care",
        "Auewalde (HQ)",
        "2017-09-01",
        "LZ-00215",
        [
            "Customer care team of 48 in Auewalde",
            "Contract with the weekend hotline provider",
        ],
        "Core",
        "6000",
    ),
    (
        "LZ-00510",
        "Henrik",
        "Pape",
        "Head of Commercial Controlling",
        "Finance & IT",
        "Auewalde (HQ)",
        "2021-11-01",
        "LZ-00102",
        [
            "Leads a team of 4",
            "Cost centre 1120",
            "Monthly management reporting to the CFO",
        ],
        "Core",
        "1120",
    ),
    (
        "LZ-00134",
        "Julia",
        "Marx",
        "Head of Buying, Womenswear",
        "Commercial",
        "Auewalde (HQ)",
        "2013-08-01",
        "LZ-00017",
        [
            "Womenswear range, including denim, trousers and dresses",
            "Supplier negotiations and size specifications",
            "Open-to-buy for womenswear",
        ],
        "Extended",
        "2100",
    ),
    (
        "LZ-00226",
        "Ole",
        "Petersen",
        "Head of People & Culture",
        "People & Culture",
        "Auewalde (HQ)",
        "2018-01-01",
        "LZ-00017",
        [
            "HR for all four sites",
            "Works council relations and works agreements",
            "Recruitment, including seasonal staff",
            "Pay and working-time models",
        ],
        "Core",
        "7000",
    ),
    (
        "LZ-00447",
        "Nadine",
        "Fischer",
        "Learning & Development Lead",
        "People & Culture",
        "Hollerstedt",
        "2020-05-01",
        "LZ-00226",
        [
            "Lenzbach Campus training programme and learning platform",
            "Induction and training of fulfilment and returns staff",
            "Network of site trainers in Hollerstedt, Talbrunn and Gr\u00fcnhelm",
        ],
        "Core",
        "7100",
    ),
    (
        "LZ-00902",
        "Erik",
        "Lammers",
        "Programme Manager, Fit for Keeps",
        "Strategy & Sustainability",
        "Auewalde (HQ)",
        "2029-01-01",
        "LZ-00017",
        [
            "Fixed-term post from 1 January 2029 to 31 January 2031",
            "Reports to the CEO",
        ],
        "Core",
        "1650",
    ),
    (
        "LZ-00088",
        "Birgit",
        "Sommer",
        "Chair of the Works Council",
        "Works Council (Betriebsrat)",
        "Hollerstedt",
        "2011-06-01",
        "LZ-00198",
        [
            "Chairs the works council of Lenzbach Mode GmbH",
            "Released from her duties as a shift lead at Hollerstedt under section 38 of the "
            "Works Constitution Act",
            "Co-determination on working time and on the technical monitoring of staff",
        ],
        "Consult only",
        "9000",
    ),
]


def build_roster() -> bytes:
    """The HR system's JSON export: an array of employee records, keys in the export's
    order, indented by two spaces, non-ASCII letters written as escapes."""
    names = {e[0]: f"{e[1]} {e[2]}" for e in EMPLOYEES}
    records = []
    for emp_id, first, last, title, dept, site, hired, boss, duties, tier, cost in EMPLOYEES:
        records.append(
            {
                "employeeId": emp_id,
                "firstName": first,
                "lastName": last,
                "jobTitle": title,
                "department": dept,
                "location": site,
                "employmentType": "Fixed-term" if emp_id == "LZ-00902" else "Permanent",
                "hireDate": hired,
                "manager": {"employeeId": boss, "displayName": names[boss]} if boss else None,
                "responsibilities": duties,
                "customFields": {"costCentre": cost, "fitForKeepsTier": tier},
            }
        )
    return (json.dumps(records, indent=2, ensure_ascii=True) + "\n").encode("ascii")


# =========================================================================== org text files

CHARTER = """
# Fit for Keeps: programme charter

Version 1.2, approved by the Management Board on 15 January 2029. Kept by the Programme
Manager, Fit for Keeps.

## Purpose

Fit for Keeps is Lenzbach's programme for FY29 and FY30 (1 February 2029 to 31 January 2031).
It brings the returns rate down, raises the contribution margin per order, moves customers to
the app, keeps our delivery promise and cuts packaging.

## Sponsor and steering committee

The CEO is the programme's sponsor and chairs the steering committee.

Members: the CFO, the COO, the Head of Digital Product, the Head of Returns Prevention, the Head
of Returns Centre and the Head of Commercial Controlling. The Programme Manager, Fit for Keeps,
is secretary.

The Chair of the Works Council and the Data Protection Officer attend before each gate as
advisers, without a vote.

The steering committee meets every two weeks until Gate 2 and monthly after that.

## Decision rights

The CEO takes each gate decision after hearing the steering committee.

The CFO signs every budget release together with the CEO.

Changes to scope or to a KPI target go to the Management Board.

## Workstreams and leads (role profiles)

| Workstream | Lead | Scope |
|---|---|---|
| Right size | Head of Returns Prevention | The fit lab in Auewalde and garment measurements, fit notes, multi-size orders, the returns rate target and the rules the size advisor follows |
| App and size advisor | Head of Digital Product | The size advisor in the app and web shop, basket warnings, the Lenzbach Club card in the app, early access, every app and shop release |
| Data and measurement | Head of Data & Analytics | Polaris and the Lumen scorecard, the size advisor's model and data, the data protection impact assessment (the Data Protection Officer advises) |
| Returns flow and Gr\u00fcnhelm | Head of Returns Centre | The new returns flow from registration to restocking, grading, back on sale within 48 hours, the Gr\u00fcnhelm shifts and seasonal staff |
| Pre-Loved | Head of Recommerce | Grade-B routing, resale pricing, Pre-Loved listings in the shop and the app |
| Marketplace returns | Head of Marketplaces | Vestara and Kaufhalle returns in the new flow, with the Head of IT Systems for the interfaces |
| Delivery promise | Head of Last-Mile Delivery | Carrier contracts in all four countries, the delivery date shown at checkout (with Digital Product), carrier scan data and the on-time figure |
| Packaging | Head of Sustainability | The packaging standard, packaging per order, the Packaging Act and the EU packaging rules; changes at the pack stations are made by the Head of Fulfilment |
| Systems | Head of IT Systems | Merkur ERP, Lagerwerk (including the move of Talbrunn to Lagerwerk 9), RetourPro and their interfaces |
| Margin | Head of Commercial Controlling | The CM II per order model, the business case at each gate, the benefits tracker |
| People and works council | Head of People & Culture | Talks and works agreements with the works council, shift models, recruitment; training is run by the Learning & Development Lead through Lenzbach Campus |
| Programme office | Programme Manager, Fit for Keeps | Plan, risk log, gate papers, steering committee minutes |
"""

WORKS_AGREEMENT = """
# Framework works agreement on IT systems and working time: summary

Summary for managers, prepared by People & Culture. The framework works agreement
(Rahmenbetriebsvereinbarung) was signed by the management and the works council on 3 June 2024
and applies to all 912 employees at the four sites.

\u00a7 1 Scope. The agreement covers every IT system that records data about employees, and
every shift model at Auewalde, Hollerstedt, Talbrunn and Gr\u00fcnhelm.

\u00a7 3 Purposes. Scanner data may be used to steer processes, for example to plan staffing by
the hour.

\u00a7 4 Performance data. Data from handheld scanners, RetourPro and Lagerwerk must not be used
to measure or compare the performance of individual employees unless the works council has
agreed to that use in advance (section 87, paragraph 1, number 6 of the Works Constitution Act).

\u00a7 6 Working time. Any change to shift patterns needs the works council's agreement and must
be announced to the staff concerned at least eight weeks before it starts; Sunday work is not
permitted at any site.

\u00a7 8 Training. Training on new systems counts as working time and is organised through
Lenzbach Campus.

\u00a7 9 Joint committee. A joint IT committee of two managers and two works council members
meets every month.
"""

DPO_NOTE = """
NOTE FROM THE DATA PROTECTION OFFICER

To: Head of Data & Analytics; Head of Digital Product
Copy: Chief Executive Officer
Date: 5 December 2028
Subject: Size advisor in the app and web shop

I have read the first description of the size advisor.

Sizes that customers save in their account are personal data, and so are body measurements if
we ask for them.

Size and fit details that customers enter are not retained beyond 12 months after their last
order, and the size advisor may use order and return history only after a data protection
impact assessment on which I have been consulted.

The impact assessment is the process owner's document; for the size advisor that is the Head of
Data & Analytics.

I am happy to review a first draft.

Dr. Helga Lindemann, Data Protection Officer
"""

SYSTEMS = """
# Systems and data inventory

Kept by the Head of IT Systems. Last reviewed on 8 January 2029.

| System | What it does | Business owner | Status |
|---|---|---|---|
| Merkur ERP | Finance, purchasing, stock valuation, supplier invoices | Chief Financial Officer | Live |
| ShopCore | Web shops for Germany, Austria, Switzerland and the Netherlands | Head of Digital Product | Live |
| Lenzbach app | iOS and Android app; 1.3 million active users in December 2028 | Head of Digital Product | Live |
| Katalog PIM | Product data, photos, size charts and fit notes for every style | Head of Digital Product | Live |
| Lagerwerk 9 | Warehouse management at Hollerstedt | Head of Fulfilment | Live |
| Lagerwerk 7 | Warehouse management at Talbrunn | Head of Fulfilment | Live; due to be switched off by the vendor in March 2030 |
| RetourPro | Returns registration, grading, refund trigger and restocking at Gr\u00fcnhelm | Head of Returns Centre | Live |
| CarrierHub | Labels, carrier choice and tracking events for every parcel | Head of Last-Mile Delivery | Live |
| Polaris | Data warehouse: orders, returns, stock, customers and marketing, loaded every night | Head of Data & Analytics | Live |
| Lumen | Dashboards and the monthly management scorecard, reading from Polaris | Head of Data & Analytics | Live |
| Pulsar | Customer surveys, including the quarterly NPS survey | Head of Customer Care | Live |
| Pre-Loved shop | Resale shop on ShopCore, Germany | Head of Recommerce | Live (trial) |
| Lenzbach Campus | Learning platform and training records for all staff | Learning & Development Lead | Live |
| Schichtwerk | Shift planning at Hollerstedt, Talbrunn and Gr\u00fcnhelm | Head of People & Culture | Live |

## Notes

Talbrunn still runs Lagerwerk 7, which sends no cut-off times to the shop; Hollerstedt's
Lagerwerk 9 sends them every 15 minutes.

RetourPro cannot exchange data with the Vestara and Kaufhalle seller portals, so marketplace
returns are still keyed into RetourPro by hand at Gr\u00fcnhelm.

Garment measurements are kept outside Katalog PIM, on a spreadsheet kept by the womenswear
buying assistant, one tab per supplier.

Polaris keeps order and return history for seven years.

Every system above has a business owner and a technical owner in IT Systems.
"""

KPI_DICTIONARY = """
# KPI dictionary: Fit for Keeps

Kept by the Head of Data & Analytics. Each KPI has one owner, who answers for the figure at the
steering committee. Baselines are for FY28 (1 February 2028 to 31 January 2029; January 2029
estimated).

| KPI | Definition | Owner | Baseline FY28 | Source |
|---|---|---|---|---|
| Returns rate | Items returned as a share of items shipped, by shipping month; own shops and marketplaces | Head of Returns Prevention | 48% | Polaris (from RetourPro and Merkur ERP) |
| Multi-size orders | Orders holding the same item in two or more sizes, as a share of all orders | Head of Returns Prevention | 22% | Polaris |
| Contribution margin per order (CM II) | Net revenue less goods, delivery, returns handling, payment and marketing costs, per order | Head of Commercial Controlling | EUR 6.10 | Polaris and Merkur ERP |
| App share of own-shop revenue | Net revenue of app orders as a share of own-shop net revenue, marketplaces excluded | Head of Digital Product | 31% | Polaris |
| Delivery promise kept | Parcels delivered on or before the date shown at checkout | Head of Last-Mile Delivery | 88% | Carriers' monthly reports |
| Returns back on sale within 48 hours | Returned items back in sellable stock within 48 hours of arrival at Gr\u00fcnhelm | Head of Returns Centre | 41% | RetourPro |
| Pre-Loved items sold per year | Second-hand items sold in the Pre-Loved shop, rolling 12 months | Head of Recommerce | 38,000 (trial since May 2028) | Pre-Loved shop, via Polaris |
| Packaging per order | Grams of packaging shipped per order, all materials | Head of Sustainability | 212 g | Packaging Act reports and pack-station material counts |
| Net Promoter Score | Quarterly survey of customers with an order in the last 90 days | Head of Customer Care | +21 (December 2028) | Pulsar |

The scorecard is published in Lumen on the fifth working day of each month.

App installs and push-message reach are reported by the Head of Marketing in the marketing
dashboard; they are not Fit for Keeps KPIs.
"""

AUDIT = """
# Internal Audit report IA-2028-07: returns centre Gr\u00fcnhelm

Audit period: August to October 2028. Report issued on 14 November 2028 to the COO and the Head
of Returns Centre.

## Summary

Overall rating: needs improvement. Two findings and two observations of good practice.

## Findings

| Ref | Finding | Rating | Management response |
|---|---|---|---|
| F1 | Only two of the five grading stations have a camera, so items meant for Pre-Loved queue at the end of the line to be photographed | Medium | Head of Returns Centre: cameras for the other three stations are in the FY29 budget request |
| F2 | The quality lead post at Gr\u00fcnhelm, vacant since May 2028, was never replaced; grading is checked by shift leads when time allows | High | Head of Returns Centre: the post will be filled in the first quarter of FY29 |

## Good practice

Refunds triggered in RetourPro matched the bank payments in all 60 cases sampled.

Training records for every grader are complete and current in Lenzbach Campus.
"""

MINUTES = """
# Fit for Keeps preparation meeting: minutes

11 December 2028, Auewalde, room Elster. Chair: CEO. Present: CFO, COO, Head of Digital
Product, Head of Returns Prevention, Head of Returns Centre, Head of Commercial Controlling,
Head of Last-Mile Delivery (item 3). Minutes: Head of Commercial Controlling.

1 Sponsorship. The CEO confirmed that she will sponsor Fit for Keeps and chair its steering
committee.

2 App releases. The Head of Digital Product reminded the meeting of the yearly peak rule: the
app and shop code is frozen from 1 November until 15 January, so the pilot's app changes have
to be released by the end of October 2029.

3 Delivery promise. Nobody currently compares the carriers' scan events in CarrierHub with the
delivery date promised at checkout; the on-time figure comes from the carriers' own monthly
reports.

4 Scorecard. The Head of Data & Analytics will build the Fit for Keeps scorecard in Lumen from
Polaris; the first issue is due in March 2029.

5 Pilot. The meeting proposed women's denim in Austria as the pilot, for the Supervisory Board
to agree.

Actions: Head of People & Culture to prepare the talks with the works council in January; Head
of Last-Mile Delivery to report on the Austrian carrier contract.
"""

RISKS_REGISTER = """
# Risk register: Fit for Keeps (extract, January 2029)

Kept by the Programme Manager, Fit for Keeps. Ratings are likelihood x impact, 1 to 5 each.

| ID | Risk | Owner | Rating | Response |
|---|---|---|---|---|
| FK-03 | Pre-Loved pricing depends on one person: the recommerce analyst sets every resale price from her own notes | Head of Recommerce | 4 x 3 | Write the pricing rules down and train a second pricer |
| FK-05 | Carriers raise their prices again in January 2030 | Head of Last-Mile Delivery | 3 x 3 | Index clause in every new carrier contract |
| FK-07 | A small group of customers abuses refunds on first scan | Chief Financial Officer | 2 x 4 | Refund cap per customer and month |
| FK-09 | January returns exceed what Gr\u00fcnhelm can grade in a day | Head of Returns Centre | 3 x 4 | Seasonal staff from an agency, booked by October |
| FK-11 | The size advisor recommends the wrong size for brands new to the range | Head of Returns Prevention | 3 x 2 | Fit-lab measurements before a new brand goes online |
"""

EMAIL = """
From: Lea Hartwig <lea.hartwig@lenzbach.de>
To: Miriam K\u00fchne <miriam.kuehne@lenzbach.de>
Cc: Erik Lammers <erik.lammers@lenzbach.de>
Date: Tue, 9 Jan 2029 08:47:12 +0100
Subject: Austria carrier contract and the pilot

Hi Miriam,

a short update before the steering committee.

Our contract with Alpenpaket lapsed in December 2028, and we are shipping to Austria on
month-to-month extensions at the old prices.

Alpenpaket has offered a two-year contract from 1 March 2029, with label-free QR drop-off at its
1,400 partner points.

I would like to sign by 31 March 2029, so that the pilot can use the QR drop-off from September.

For Switzerland I am talking to two carriers about a second contract.

Best regards
Lea

--
Lea Hartwig
Head of Last-Mile Delivery
Lenzbach Mode GmbH, Auewalde
"""

FAQ = """
# Pilot: women's denim in Austria (questions and answers)

For staff at Gr\u00fcnhelm, in customer care and at headquarters. Prepared by the Programme
Manager, Fit for Keeps, January 2029.

**What is the pilot?** From 1 September 2029 Austrian customers who return women's denim
register the return in the app, get a QR code and drop the parcel at an Alpenpaket partner
point. They get their money back when the carrier first scans the parcel.

**Why women's denim?** It has our highest return rate, 63% of items in FY28, and the fit lab can
measure all 420 styles by April 2029.

**Who answers customers' questions?** The Head of Customer Care's team, with a script written by
the Head of Returns Centre.

**Who decides whether the pilot goes on?** The CEO, at Gate 2 on 31 January 2030, on the
steering committee's advice.

**Will the pilot change shifts at Gr\u00fcnhelm?** The late shift is part of the plan; the Head of
People & Culture is discussing it with the works council.

**Does Pre-Loved get the grade-B denim?** Yes: from the pilot's first day, grade-B women's denim
goes to Pre-Loved.

**Who trains the graders?** The Learning & Development Lead, through Lenzbach Campus, in April
2029.
"""

ORG_TEXT = {
    "org/governance/fit-for-keeps-programme-charter.md": CHARTER,
    "org/governance/works-council-framework-agreement-summary.md": WORKS_AGREEMENT,
    "org/governance/dpo-note-size-advisor-2028-12-05.txt": DPO_NOTE,
    "org/systems/systems-and-data-inventory.md": SYSTEMS,
    "org/measures/kpi-dictionary.md": KPI_DICTIONARY,
    "org/context/internal-audit-ia-2028-07-gruenhelm.md": AUDIT,
    "org/context/steering-minutes-2028-12-11.md": MINUTES,
    "org/context/risk-register-extract-2029-01.md": RISKS_REGISTER,
    "org/context/email-2029-01-09-austria-carrier.txt": EMAIL,
    "org/context/pilot-faq-womens-denim-austria.md": FAQ,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, bytes] = {DECK: build_deck(), ROSTER: build_roster()}
    for rel, text in ORG_TEXT.items():
        files[rel] = text.lstrip("\n").encode("utf-8")
    for rel, body in sorted(files.items()):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
