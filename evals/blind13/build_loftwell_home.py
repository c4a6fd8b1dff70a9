"""Build the blind13 case ``loftwell-home``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab and pypdf (reportlab is not in
the project's lock; the ``/tmp/rl`` venv has both):

    /tmp/rl/bin/python evals/blind13/build_loftwell_home.py [out-folder]

The deck's fonts are Liberation Sans (regular and bold) and DejaVu Sans (for the gate
diamonds), embedded from ``/usr/share/fonts/truetype/`` (Debian's ``fonts-liberation`` and
``fonts-dejavu-core``); the bullet glyphs are in the standard Symbol font, not embedded.

Writes, under ``evals/blind13/loftwell-home/`` (or ``<out-folder>/loftwell-home/``), every
file of the case but ``gold.json``:

- ``Loftwell_Growth_Plan_FY29-31_Board_v7.pdf``: an online homeware and furniture retailer's
  three-year growth plan for its Board, drawn as PowerPoint for Microsoft 365 on Windows saves
  a 16:9 deck as PDF (pages of 960 x 540 pt; Creator and Producer "Microsoft® PowerPoint® for
  Microsoft 365"; PDF 1.7), imitated with reportlab's canvas and then TAGGED with pypdf: a
  ``StructTreeRoot`` (Document > Sect per slide > H1, P, L/LI/Lbl/LBody, Table/TR/TH/TD), a
  ``ParentTree``, ``/StructParents`` and ``/Tabs /S`` on every page, ``/MarkInfo`` marked,
  ``/Lang`` en-GB, an XMP metadata stream; every text line is its own text object inside a
  marked-content sequence with its MCID; shapes, rules and footers are artifacts. Titles sit at
  a fixed place; body bullets are a "•" glyph in the Symbol font drawn as its own text object;
  the KPI table and the risk table are drawn cells; the roadmap is a table-gantt (rows are
  workstreams, columns the retailer's fiscal quarters FY29 Q1 to FY31 Q4, shaded cells for
  activity, "◆" for gates with their names in the cell); one slide holds KPI tiles (big number,
  label, "from X" line); every page has a footer with the slide number and "Internal".
- ``org/``: the roster as a Graphviz DOT org chart (``people/org-chart.dot``) and a
  hand-written SVG rendering of it (``people/org-chart.svg``), the Growth Board's terms of
  reference, the Colleague Forum's note, the data protection note, the systems and data
  inventory, the KPI dictionary (TSV), the trading calendar, the 3PL and carriers summary and
  the marketplaces and own-brand note.

Re-running it rewrites every file byte for byte: reportlab's invariant mode, then pypdf's
writer with a fixed document ID, fixed dates and fixed XMP; the text files are literal strings.
It never touches ``gold.json``.

This is a BLIND case (split "blind13").
"""

from __future__ import annotations

import io
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

HERE = Path(__file__).resolve().parent
CASE = "loftwell-home"
DECK = "Loftwell_Growth_Plan_FY29-31_Board_v7.pdf"

PRODUCER = "Microsoft® PowerPoint® for Microsoft 365"
PDF_DATE = "D:20270927164212+01'00'"
XMP_DATE = "2027-09-27T16:42:12+01:00"
DOC_ID = bytes.fromhex("6f1c2a9e4b7d4e0f9a3c58d2e1b04c77")

LIB = Path("/usr/share/fonts/truetype/liberation")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
SANS = "LiberationSans"
BOLD = "LiberationSans-Bold"
GLYPH = "DejaVuSans"
SYMBOL = "Symbol"

W, H = 960.0, 540.0
LEFT = 40.0
RIGHT = W - 40.0
TITLE_Y = H - 66.0
BOTTOM = 40.0  # nothing but the footer below this

Color = tuple[float, float, float]
INK: Color = (0.12, 0.14, 0.18)
PINE: Color = (0.09, 0.29, 0.27)
PINE_LIGHT: Color = (0.87, 0.92, 0.91)
CLAY: Color = (0.76, 0.39, 0.24)
CLAY_LIGHT: Color = (0.98, 0.91, 0.86)
GREY: Color = (0.42, 0.44, 0.48)
RULE: Color = (0.72, 0.74, 0.77)
FREEZE: Color = (0.88, 0.89, 0.91)
WHITE: Color = (1.0, 1.0, 1.0)

SLIDES = 18
FOOTER = "Loftwell Home · Made to Stay · Board strategy day, 28 September 2027"
PROBLEMS: list[str] = []  # lines that overflow their box: the builder refuses to save them


def _fonts() -> None:
    for name, path in (
        (SANS, LIB / "LiberationSans-Regular.ttf"),
        (BOLD, LIB / "LiberationSans-Bold.ttf"),
        (GLYPH, DEJAVU / "DejaVuSans.ttf"),
    ):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap of ``s`` to ``width`` points."""
    lines: list[str] = []
    cur = ""
    for word in s.split(" "):
        trial = f"{cur} {word}" if cur else word
        if stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


# =========================================================================== the tagged canvas


@dataclass
class Elem:
    """A structure element of the tagged PDF: its type and its kids (elements or MCIDs)."""

    tag: str
    kids: list[Elem | int] = field(default_factory=list)


class Deck:
    """A reportlab canvas that writes each text line as PowerPoint's PDF export does: its own
    text object inside a marked-content sequence, and records the structure tree."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.c = rl_canvas.Canvas(
            self.buffer,
            pagesize=(W, H),
            invariant=1,
            pageCompression=1,
            initialFontName=SANS,
            initialFontSize=12,
        )
        self.c.setTitle("Made to Stay")
        self.c.setAuthor("Nadia Fairweather")
        self.page = 0
        self.mcid = 0
        self.sects: list[Elem] = []

    # ---------------------------------------------------------------- structure
    @property
    def sect(self) -> Elem:
        return self.sects[-1]

    def elem(self, tag: str, parent: Elem | None = None) -> Elem:
        e = Elem(tag)
        (parent or self.sect).kids.append(e)
        return e

    # ---------------------------------------------------------------- text
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float,
        font: str,
        color: Color,
        parent: Elem | None,
        limit: float | None = None,
    ) -> float:
        """One line as its own text object; ``parent`` is its structure element (None: an
        artifact). Returns its width; a line wider than ``limit`` is recorded as a problem."""
        width = stringWidth(s, font, size)
        if limit is not None and width > limit + 0.01:
            PROBLEMS.append(f"slide {self.page}: too wide ({width:.0f} > {limit:.0f}): {s}")
        if y < BOTTOM - 0.01 and parent is not None:
            PROBLEMS.append(f"slide {self.page}: below the body area (y {y:.0f}): {s}")
        if parent is None:
            self.c.addLiteral("/Artifact BMC")
        else:
            parent.kids.append(self.mcid)
            self.c.addLiteral(f"/{parent.tag} <</MCID {self.mcid}>> BDC")
            self.mcid += 1
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        t.setFillColorRGB(*color)
        t.textLine(s)
        self.c.drawText(t)
        self.c.addLiteral("EMC")
        return width

    def lines(
        self,
        x: float,
        y: float,
        s: str,
        size: float,
        font: str,
        color: Color,
        width: float,
        parent: Elem,
        leading: float | None = None,
    ) -> float:
        """``s`` wrapped to ``width``, each line its own text object; returns the next y."""
        lead = leading if leading is not None else size * 1.25
        for line in wrap(s, font, size, width):
            self.text(x, y, line, size, font, color, parent, limit=width)
            y -= lead
        return y

    def para(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 14,
        font: str = SANS,
        color: Color = INK,
        width: float | None = None,
        tag: str = "P",
        parent: Elem | None = None,
    ) -> float:
        """A paragraph (one structure element); returns the next y."""
        e = self.elem(tag, parent)
        return self.lines(x, y, s, size, font, color, width or RIGHT - x, e)

    def bullets(
        self,
        x: float,
        y: float,
        items: Sequence[str | tuple[str, str]],
        size: float = 14,
        width: float | None = None,
        gap: float = 6,
        number: bool = False,
    ) -> float:
        """A list: each item a "•" in the Symbol font (or a typed number) drawn as its own text
        object, then the item's lines; an item may be (bold lead-in, rest), the lead-in and the
        rest of its first line two text objects on one baseline. Returns the next y."""
        width = width if width is not None else RIGHT - x
        lst = self.elem("L")
        lead = size * 1.25
        for k, item in enumerate(items, start=1):
            li = self.elem("LI", lst)
            label = self.elem("Lbl", li)
            if number:
                self.text(x - size * 1.5, y, f"{k}.", size, BOLD, CLAY, label)
            else:
                self.text(x - size * 1.1, y, "•", size, SYMBOL, CLAY, label)
            body = self.elem("LBody", li)
            if isinstance(item, tuple):
                head, rest = item
                hw = stringWidth(head, BOLD, size)
                first, *more = wrap(rest, SANS, size, width - hw)
                self.text(x, y, head, size, BOLD, INK, body)
                self.text(x + hw, y, first, size, SANS, INK, body, limit=width - hw)
                y -= lead
                if more:
                    y = self.lines(x, y, " ".join(more), size, SANS, INK, width, body)
            else:
                y = self.lines(x, y, item, size, SANS, INK, width, body)
            y -= gap
        return y

    # ---------------------------------------------------------------- shapes (artifacts)
    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: Color | None,
        stroke: Color | None = None,
        width: float = 0.75,
    ) -> None:
        self.c.addLiteral("/Artifact BMC")
        if fill is not None:
            self.c.setFillColorRGB(*fill)
        if stroke is not None:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(width)
        self.c.rect(x, y, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
        self.c.addLiteral("EMC")

    def hline(self, x1: float, x2: float, y: float, color: Color = RULE, w: float = 0.75) -> None:
        self.c.addLiteral("/Artifact BMC")
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(w)
        self.c.line(x1, y, x2, y)
        self.c.addLiteral("EMC")

    # ---------------------------------------------------------------- page furniture
    def start(self, title: str | None, eyebrow: str | None = None) -> None:
        """A new slide: its section in the structure tree and its title at the fixed place."""
        self.page += 1
        self.mcid = 0
        self.sects.append(Elem("Sect"))
        if title is None:
            return
        self.rect(0, H - 8, W, 8, PINE)
        if eyebrow:
            self.para(LEFT, H - 34, eyebrow, 10, BOLD, CLAY)
        self.para(LEFT, TITLE_Y, title, 26, BOLD, PINE, tag="H1")

    def finish(self) -> None:
        """The footer: its text, the classification and the slide number, as pagination
        artifacts; then the next page."""
        self.hline(LEFT, RIGHT, 30, RULE, 0.5)
        self.c.addLiteral("/Artifact <</Type /Pagination /Subtype /Footer>> BDC")
        for x, s in (
            (LEFT, FOOTER),
            (W / 2 - stringWidth("Internal", BOLD, 8) / 2, "Internal"),
            (RIGHT - stringWidth(str(self.page), SANS, 9), str(self.page)),
        ):
            font, size = (BOLD, 8) if s == "Internal" else (SANS, 9 if s.isdigit() else 8)
            t = self.c.beginText(x, 16)
            t.setFont(font, size)
            t.setFillColorRGB(*GREY)
            t.textLine(s)
            self.c.drawText(t)
        self.c.addLiteral("EMC")
        self.c.showPage()

    def table(
        self,
        x: float,
        top: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 11,
        head_size: float = 11,
        pad: float = 6,
        min_height: float = 0,
        fills: list[Color | None] | None = None,
    ) -> float:
        """A table of drawn cells: a header row (TH) on a dark fill, then body rows (TD), each
        cell's text wrapped and drawn line by line. Returns the y under the table."""
        tab = self.elem("Table")
        y = top
        for r, row in enumerate(rows):
            head = r == 0
            fsize = head_size if head else size
            lead = fsize * 1.22
            wrapped = [
                wrap(cell, BOLD if head or c == 0 else SANS, fsize, w - 2 * pad)
                for c, (cell, w) in enumerate(zip(row, widths, strict=True))
            ]
            h = max(len(lines) for lines in wrapped) * lead + 2 * pad - (lead - fsize)
            h = max(h, min_height)
            fill = PINE if head else (fills[r] if fills else None)
            cx = x
            for w in widths:
                self.rect(cx, y - h, w, h, fill, RULE, 0.5)
                cx += w
            tr = self.elem("TR", tab)
            cx = x
            for c, (lines, w) in enumerate(zip(wrapped, widths, strict=True)):
                cell = self.elem("TH" if head else "TD", tr)
                ly = y - pad - fsize * 0.82
                for line in lines:
                    font = BOLD if head or c == 0 else SANS
                    color = WHITE if head else INK
                    self.text(cx + pad, ly, line, fsize, font, color, cell, limit=w - 2 * pad)
                    ly -= lead
                cx += w
            y -= h
        if y < BOTTOM:
            PROBLEMS.append(f"slide {self.page}: table runs below the body area ({y:.0f})")
        return y

    def tagged_bytes(self) -> bytes:
        self.c.save()
        return tag_pdf(self.buffer.getvalue(), self.sects)


# =========================================================================== tagging with pypdf


def _xmp() -> bytes:
    return textwrap.dedent(
        f"""\
        <?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
           <pdf:Producer>{PRODUCER}</pdf:Producer>
          </rdf:Description>
          <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
           <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Made to Stay</rdf:li></rdf:Alt></dc:title>
           <dc:creator><rdf:Seq><rdf:li>Nadia Fairweather</rdf:li></rdf:Seq></dc:creator>
          </rdf:Description>
          <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
           <xmp:CreatorTool>{PRODUCER}</xmp:CreatorTool>
           <xmp:CreateDate>{XMP_DATE}</xmp:CreateDate>
           <xmp:ModifyDate>{XMP_DATE}</xmp:ModifyDate>
          </rdf:Description>
          <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
           <xmpMM:DocumentID>uuid:6F1C2A9E-4B7D-4E0F-9A3C-58D2E1B04C77</xmpMM:DocumentID>
           <xmpMM:InstanceID>uuid:6F1C2A9E-4B7D-4E0F-9A3C-58D2E1B04C77</xmpMM:InstanceID>
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>"""
    ).encode("utf-8")


def tag_pdf(raw: bytes, sects: list[Elem]) -> bytes:
    """reportlab's PDF with the structure tree, the marks and the metadata PowerPoint writes."""
    reader = PdfReader(io.BytesIO(raw))
    writer = PdfWriter(clone_from=reader)
    writer.pdf_header = b"%PDF-1.7"
    tree_ref = writer._add_object(DictionaryObject())
    doc = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/StructElem"),
            NameObject("/S"): NameObject("/Document"),
            NameObject("/P"): tree_ref,
        }
    )
    doc_ref = writer._add_object(doc)
    nums = ArrayObject()
    sect_refs = ArrayObject()
    for i, (page, sect) in enumerate(zip(writer.pages, sects, strict=True)):
        page_ref = page.indirect_reference
        assert page_ref is not None
        owners: dict[int, IndirectObject] = {}

        def build(
            e: Elem,
            parent: IndirectObject,
            page_ref: IndirectObject = page_ref,
            owners: dict[int, IndirectObject] = owners,
        ) -> IndirectObject:
            d = DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/StructElem"),
                    NameObject("/S"): NameObject(f"/{e.tag}"),
                    NameObject("/P"): parent,
                    NameObject("/Pg"): page_ref,
                }
            )
            ref = writer._add_object(d)
            kids = ArrayObject()
            for k in e.kids:
                if isinstance(k, int):
                    owners[k] = ref
                    kids.append(NumberObject(k))
                else:
                    kids.append(build(k, ref))
            d[NameObject("/K")] = kids
            return ref

        sect_refs.append(build(sect, doc_ref))
        if sorted(owners) != list(range(len(owners))):
            raise SystemExit(f"slide {i + 1}: MCIDs are not 0..n-1")
        nums.append(NumberObject(i))
        nums.append(writer._add_object(ArrayObject(owners[k] for k in sorted(owners))))
        page[NameObject("/StructParents")] = NumberObject(i)
        page[NameObject("/Tabs")] = NameObject("/S")
    doc[NameObject("/K")] = sect_refs
    tree = tree_ref.get_object()
    assert isinstance(tree, DictionaryObject)
    tree[NameObject("/Type")] = NameObject("/StructTreeRoot")
    tree[NameObject("/K")] = ArrayObject([doc_ref])
    tree[NameObject("/ParentTree")] = DictionaryObject({NameObject("/Nums"): nums})
    tree[NameObject("/ParentTreeNextKey")] = NumberObject(len(sects))
    root = writer._root_object
    root[NameObject("/StructTreeRoot")] = tree_ref
    root[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
    root[NameObject("/Lang")] = TextStringObject("en-GB")
    xmp = StreamObject()
    xmp[NameObject("/Type")] = NameObject("/Metadata")
    xmp[NameObject("/Subtype")] = NameObject("/XML")
    xmp.set_data(_xmp())
    root[NameObject("/Metadata")] = writer._add_object(xmp)
    writer.metadata = {
        "/Title": "Made to Stay",
        "/Author": "Nadia Fairweather",
        "/Creator": PRODUCER,
        "/CreationDate": PDF_DATE,
        "/ModDate": PDF_DATE,
        "/Producer": PRODUCER,
    }
    writer._ID = ArrayObject([ByteStringObject(DOC_ID), ByteStringObject(DOC_ID)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# =========================================================================== the slides


def box(d: Deck, x: float, y: float, w: float, h: float, fill: Color) -> None:
    d.rect(x, y, w, h, fill)


def cover(d: Deck) -> None:
    d.start(None)
    d.rect(0, 40, W, H - 40, PINE)
    d.rect(0, 40, 14, H - 40, CLAY)
    d.para(72, H - 96, "LOFTWELL HOME", 14, BOLD, CLAY_LIGHT)
    d.para(72, H - 200, "Made to Stay", 54, BOLD, WHITE, tag="H1")
    d.para(72, H - 246, "Our growth plan for FY29 to FY31", 26, SANS, WHITE)
    d.para(72, 150, "Board strategy day · 28 September 2027", 15, SANS, PINE_LIGHT)
    d.para(
        72,
        124,
        "Nadia Fairweather, Chief Executive Officer · Tom Ellery, Chief Financial Officer",
        13,
        SANS,
        PINE_LIGHT,
    )
    d.finish()


def why_now(d: Deck) -> None:
    d.start("Why now: we win the first order, then lose the customer", "CONTEXT")
    colw = 420.0
    d.para(LEFT, 430, "Where we are: FY27 (February 2026 to January 2027)", 15, BOLD, CLAY)
    d.bullets(
        LEFT + 18,
        402,
        [
            "£214m net sales: £158m on loftwell.co.uk and the app, £38m in our two showrooms, "
            "£18m on marketplaces",
            "1.6 million people bought from us; three in four of them did not buy again within "
            "the year",
            "Close to one order in seven, by value, came back to us, and handling returns cost "
            "us £9.1m",
            "412,000 contacts to customer service, 38% of them asking where an order was",
            "A sofa in stock took 9 to 10 days to reach the customer’s home",
        ],
        14,
        colw - 18,
        gap=9,
    )
    x2 = LEFT + colw + 40
    d.para(x2, 430, "What is changing around us", 15, BOLD, CLAY)
    d.bullets(
        x2 + 18,
        402,
        [
            "Net sales grew 58% to £231m in FY21; two years of decline followed",
            "Our largest online rival now promises sofa delivery in 5 days",
            "Marketplaces took 31% of UK online homeware sales in 2026, up from 22% in 2022",
            "Own-brand lines earn us 14 points more gross margin than branded lines",
        ],
        14,
        RIGHT - x2 - 18,
        gap=9,
    )
    box(d, LEFT, 58, RIGHT - LEFT, 50, PINE_LIGHT)
    d.para(
        LEFT + 16,
        78,
        "So what: we pay to win customers we do not keep, and we pay twice for the same sofa. "
        "Made to Stay fixes both.",
        14,
        BOLD,
        PINE,
        RIGHT - LEFT - 32,
    )
    d.finish()


PILLARS = [
    ("1", "Come back for the next room", "One in three customers orders again within 12 months"),
    ("2", "Keep the delivery promise", "95% of orders delivered on the day we promised"),
    ("3", "Return less, recover more", "Cost per return down from £31.40 to £22.00"),
    ("4", "Sell where customers already shop", "£55m a year of net sales on marketplaces"),
    ("5", "Loftwell Made", "Our own brand at a quarter of net sales"),
]


def ambition(d: Deck) -> None:
    d.start("Our ambition: the home store people come back to", "AMBITION")
    box(d, LEFT, 372, RIGHT - LEFT, 62, PINE)
    d.para(
        LEFT + 20,
        396,
        "By FY31, Loftwell is the home store people come back to, room after room.",
        22,
        BOLD,
        WHITE,
        RIGHT - LEFT - 40,
    )
    d.para(LEFT, 340, "Five pillars, one goal each", 15, BOLD, CLAY)
    y = 306.0
    for num, name, goal in PILLARS:
        box(d, LEFT, y - 12, 30, 30, CLAY)
        d.para(LEFT + 10, y - 2, num, 15, BOLD, WHITE)
        d.para(LEFT + 48, y - 2, name, 15, BOLD, PINE, 300)
        d.para(LEFT + 360, y - 2, goal, 15, SANS, INK, RIGHT - LEFT - 360)
        d.hline(LEFT + 48, RIGHT, y - 16)
        y -= 44
    d.para(LEFT, 70, "Targets, baselines and dates for every measure: slide 10.", 11, SANS, GREY)
    d.finish()


TILES = [
    ("32%", "12-month repeat purchase rate", "from 24% in FY27"),
    ("95%", "orders delivered on the promised day", "from 86% in FY27"),
    ("£22.00", "cost per return processed", "from £31.40 in FY27"),
    ("£55m", "marketplace net sales", "from £18.2m in FY27"),
    ("25%", "own-brand share of net sales", "from 9% in FY27"),
    ("+55", "Net Promoter Score after delivery", "from +41 in FY27"),
]


def tiles(d: Deck) -> None:
    d.start("Where we will be by the end of FY31", "AMBITION")
    d.para(
        LEFT,
        432,
        "Six of the twelve measures on slide 10; FY27 is our baseline year",
        13,
        SANS,
        GREY,
    )
    tw, th, gap = 280.0, 150.0, 20.0
    for k, (big, label, small) in enumerate(TILES):
        col, row = k % 3, k // 3
        x = LEFT + col * (tw + gap)
        top = 408 - row * (th + gap)
        box(d, x, top - th, tw, th, PINE_LIGHT)
        box(d, x, top - 6, tw, 6, CLAY)
        tile = d.elem("Div")
        d.text(x + 14, top - 62, big, 40, BOLD, PINE, d.elem("P", tile), limit=tw - 28)
        d.lines(x + 14, top - 94, label, 14, BOLD, INK, tw - 28, d.elem("P", tile))
        d.text(x + 14, top - th + 22, small, 12, SANS, GREY, d.elem("P", tile), limit=tw - 28)
    d.finish()


def pillar(
    d: Deck,
    n: int,
    title: str,
    goal: str,
    items: Sequence[str | tuple[str, str]],
    side_head: str,
    side: list[str],
    foot: str | None = None,
) -> None:
    d.start(title, f"PILLAR {n} OF 5")
    box(d, LEFT, 396, RIGHT - LEFT, 40, CLAY_LIGHT)
    d.para(LEFT + 16, 411, goal, 16, BOLD, CLAY, RIGHT - LEFT - 32)
    mainw = 560.0
    d.para(LEFT, 370, "What we will do", 15, BOLD, PINE)
    end = d.bullets(LEFT + 18, 342, items, 15, mainw - 18, gap=9)
    if foot and end < 66 + 20:
        PROBLEMS.append(f"slide {d.page}: the bullets run into the foot line ({end:.0f})")
    sx = LEFT + mainw + 30
    box(d, sx, 60, RIGHT - sx, 316, PINE_LIGHT)
    d.para(sx + 14, 352, side_head, 15, BOLD, PINE, RIGHT - sx - 28)
    y = 324.0
    for s in side:
        y = d.para(sx + 14, y, s, 13, SANS, INK, RIGHT - sx - 28) - 10
    if foot:
        d.para(LEFT, 70, foot, 14, BOLD, CLAY, mainw)
    d.finish()


def pillar_1(d: Deck) -> None:
    pillar(
        d,
        1,
        "Come back for the next room",
        "Goal: raise the 12-month repeat purchase rate from 24% to 32% by FY31 Q4",
        [
            "Launch Loftwell Rooms in FY29 Q2: a free membership with saved room plans, member "
            "prices and early access to Loftwell Made",
            "Send a ‘next room’ email and app message 30 days after each delivery, chosen from "
            "what the customer bought",
            "Load orders into Sendwell every day instead of once a week",
            "Offer a free design appointment at both showrooms to customers whose order is over "
            "£1,500",
            "Invite every marketplace buyer to Loftwell Rooms with their delivery",
        ],
        "What we know",
        [
            "Customers who visit a showroom are twice as likely to order again.",
            "A second order most often follows 4 to 7 weeks after the first delivery.",
            "Half of our repeat orders are for a different room from the first.",
        ],
        "Also: grow the Loftwell app to 400,000 downloads by FY30 Q4",
    )


def pillar_2(d: Deck) -> None:
    pillar(
        d,
        2,
        "Keep the delivery promise",
        "Goal: deliver 95% of orders on the promised day by FY30 Q3 (86% in FY27)",
        [
            "Show one promised delivery day for every in-stock item, at checkout and in the app",
            "Build a per-item delivery-date service in Dispatchly that reads our carriers’ free "
            "slots every day",
            "Sign a second two-person delivery partner for the North by FY29 Q3",
            "Text every two-person delivery customer a one-hour arrival window by 8am on the day",
            "Cut two-person delivery time for in-stock furniture from 9.5 to 5 days by FY30 Q3",
            "Halve ‘where is my order?’ contacts to 3.7 per 100 orders by FY30 Q2",
        ],
        "What we know",
        [
            "Today checkout shows a range such as ‘3 to 7 working days’.",
            "Sofas, beds and wardrobes go by two-person delivery: 23% of orders, 61% of "
            "delivery cost.",
            "A missed delivery day costs us £38 on average in redelivery and goodwill.",
        ],
    )


def pillar_3(d: Deck) -> None:
    pillar(
        d,
        3,
        "Return less, recover more",
        "Goal: cut the cost per return processed from £31.40 to £22.00 by FY30 Q4",
        [
            "Ask for the reason and a photo before we book a collection for any item over £200",
            "Grade every return within 2 working days of arrival at Thornleigh",
            "Resell graded returns on a Loftwell Outlet page within 5 days of grading",
            "Fix the 50 most-returned products with their suppliers, starting with sofas and rugs",
            "Correct size, colour and material details on 2,000 product pages",
            "Bring returns down from 14.8% to 11.0% of net sales by FY31 Q4",
            "Resell 65% of returned items by FY30 Q4, from 41% in FY27",
        ],
        "What we know",
        [
            "‘Not as described’ and ‘colour different from photo’ are 36% of return reasons.",
            "A returned sofa costs us £141 to collect, grade and store.",
            "Graded returns wait 11 days on average before they are sold again.",
        ],
    )


def pillar_4(d: Deck) -> None:
    pillar(
        d,
        4,
        "Sell where customers already shop",
        "Goal: grow marketplace net sales from £18.2m to £55m a year by FY31 Q4",
        [
            "List 6,000 products on Nestery by FY29 Q3, up from 300 in the trial",
            "Bring Nestery orders into Dispatchly through Listwise, ending re-keying by hand",
            "Open on Casalia in Germany and France in FY30 Q2, once we have an EU responsible "
            "person",
            "Add Loftwell Made to every marketplace we sell on from FY30 Q1",
        ],
        "What we know",
        [
            "Brightaisle brought £17.9m of our FY27 marketplace sales; Nestery £0.3m.",
            "Two in five Brightaisle buyers had never bought from Loftwell before.",
            "Marketplace fees take 12% to 15% of the selling price.",
        ],
        "Rule: no product is ever cheaper on a marketplace than on loftwell.co.uk",
    )


def pillar_5(d: Deck) -> None:
    pillar(
        d,
        5,
        "Loftwell Made: our own-brand range",
        "Goal: grow own-brand share of net sales from 9% to 25% by FY31 Q4",
        [
            "Launch 400 Loftwell Made lines in sofas, beds and storage by FY30 Q3, up from 160 "
            "today",
            "Add a third upholstery supplier, in Portugal, by FY29 Q3",
            "Fire-test every upholstered line before it goes on sale, booking test slots two "
            "quarters ahead",
            "Give Loftwell Made its own room sets in both showrooms from FY29 Q3",
        ],
        "What we know",
        [
            "Loftwell Made lines earn 52% gross margin against 38% for branded lines.",
            "Our six own-brand suppliers are in Portugal, Poland, Vietnam and India.",
            "Own-brand sofas are returned less often than branded sofas.",
        ],
        "Make Loftwell Made a brand customers ask for by name",
    )


KPIS = [
    ["Measure", "FY27 baseline", "Target", "By when"],
    ["12-month repeat purchase rate", "24%", "32%", "FY31 Q4"],
    ["Orders delivered on the promised day", "86%", "95%", "FY30 Q3"],
    ["Two-person delivery, order to door, in-stock items (days)", "9.5", "5.0", "FY30 Q3"],
    ["‘Where is my order?’ contacts per 100 orders", "7.4", "3.7", "FY30 Q2"],
    ["Returns as a share of net sales", "14.8%", "11.0%", "FY31 Q4"],
    ["Cost per return processed", "£31.40", "£22.00", "FY30 Q4"],
    ["Returned items resold", "41%", "65%", "FY30 Q4"],
    ["Marketplace net sales, 12 months", "£18.2m", "£55m", "FY31 Q4"],
    ["Own-brand share of net sales", "9%", "25%", "FY31 Q4"],
    ["Net Promoter Score after delivery", "+41", "+55", "FY30 Q4"],
    ["Loftwell app downloads, total", "180,000", "400,000", "FY30 Q4"],
    ["Returns effort score (1 easy to 5 hard)", "3.4", "Lower", "After the pilot"],
]


def kpi_table(d: Deck) -> None:
    d.start("Twelve measures, with baselines, targets and dates", "MEASURES")
    d.table(LEFT, 436, [430, 150, 150, 150], KPIS, 12, 12, pad=6)
    d.para(
        LEFT,
        56,
        "FY27 = February 2026 to January 2027. A target is met when the measure, as defined in "
        "our KPI dictionary, reaches it in the quarter named.",
        10,
        SANS,
        GREY,
    )
    d.finish()


QUARTERS = [(fy, q) for fy in ("FY29", "FY30", "FY31") for q in ("Q1", "Q2", "Q3", "Q4")]
FREEZE_COLS = {3, 7, 11}
PHASES = [
    (0, 1, "Phase 1", "Foundations"),
    (1, 4, "Phase 2", "Prove"),
    (4, 8, "Phase 3", "Scale"),
    (8, 12, "Phase 4", "Extend and embed"),
]
# workstream: {quarter column: text in the shaded cell ("" for a shaded cell without text)}
STREAMS: list[tuple[str, dict[int, str]]] = [
    (
        "Repeat customers",
        {
            0: "Daily Sendwell feed",
            1: "Loftwell Rooms launch",
            2: "Next room messages",
            4: "Design appointments",
            5: "",
            6: "",
            8: "",
            9: "",
            10: "",
        },
    ),
    (
        "Delivery promise",
        {
            0: "Date service build",
            1: "Kellingford pilot",
            2: "Kellingford pilot",
            4: "National roll-out",
            5: "",
            6: "",
            8: "",
            9: "",
            10: "",
        },
    ),
    (
        "Returns",
        {
            0: "Corvan change request",
            1: "Photo-first returns",
            2: "",
            4: "Handheld grading",
            5: "Loftwell Outlet",
            6: "",
            8: "",
            9: "",
            10: "",
        },
    ),
    (
        "Marketplaces",
        {
            0: "Listwise for Nestery",
            1: "Nestery 6,000 lines",
            2: "",
            4: "Loftwell Made listed",
            5: "Casalia DE and FR",
            6: "",
            8: "",
            9: "",
            10: "",
        },
    ),
    (
        "Own brand",
        {
            0: "Fire-test slots",
            1: "Third supplier",
            2: "Showroom room sets",
            4: "",
            5: "",
            6: "400 lines",
            8: "",
            9: "",
            10: "",
        },
    ),
    (
        "Platforms and data",
        {
            0: "Dispatchly per-item dates",
            1: "ReturnDesk photo upload",
            2: "Listwise live",
            4: "",
            5: "",
            6: "",
            8: "",
            9: "",
        },
    ),
]
GATES = {
    2: ("G1", "Roll-out go/no-go"),
    6: ("G2", "Phase 4 go/no-go"),
    10: ("G3", "Close and hand over"),
}


def roadmap(d: Deck) -> None:
    d.start("Roadmap: three years in fiscal quarters", "ROADMAP")
    lw = 150.0
    qw = (RIGHT - LEFT - lw) / 12
    size = 7.5
    tab = d.elem("Table")

    def cell(
        tr: Elem,
        col: int,
        span: int,
        top: float,
        h: float,
        texts: list[tuple[str, str, Color]],
        fill: Color | None,
        tag: str = "TD",
        centre: bool = False,
    ) -> None:
        x = LEFT + lw + col * qw if col >= 0 else LEFT
        w = qw * span if col >= 0 else lw
        d.rect(x, top - h, w, h, fill, RULE, 0.5)
        e = d.elem(tag, tr)
        y = top - 11
        for s, font, color in texts:
            fsize = 9 if font == BOLD and tag == "TH" else size
            for line in wrap(s, font, fsize, w - 6):
                lx = x + (w - stringWidth(line, font, fsize)) / 2 if centre else x + 3
                d.text(lx, y, line, fsize, font, color, e, limit=w - 6)
                y -= fsize * 1.2

    top = 440.0
    # fiscal years
    tr = d.elem("TR", tab)
    cell(tr, -1, 1, top, 20, [("", BOLD, WHITE)], PINE, "TH")
    for k, fy in enumerate(("FY29", "FY30", "FY31")):
        cell(tr, 4 * k, 4, top, 20, [(fy, BOLD, WHITE)], PINE, "TH", centre=True)
    top -= 20
    tr = d.elem("TR", tab)
    cell(tr, -1, 1, top, 18, [("Workstream", BOLD, INK)], PINE_LIGHT, "TH")
    for k, (_, q) in enumerate(QUARTERS):
        cell(
            tr,
            k,
            1,
            top,
            18,
            [(q, BOLD, INK)],
            FREEZE if k in FREEZE_COLS else PINE_LIGHT,
            "TH",
            centre=True,
        )
    top -= 18
    tr = d.elem("TR", tab)
    cell(tr, -1, 1, top, 34, [("Phase", BOLD, INK)], None)
    for start, end, name, label in PHASES:
        cell(
            tr,
            start,
            end - start,
            top,
            34,
            [(name, BOLD, PINE), (label, SANS, PINE)],
            CLAY_LIGHT,
            centre=True,
        )
    top -= 34
    for stream, active in STREAMS:
        tr = d.elem("TR", tab)
        cell(tr, -1, 1, top, 36, [(stream, BOLD, INK)], None)
        for k in range(12):
            if k in FREEZE_COLS:
                cell(tr, k, 1, top, 36, [], FREEZE)
            elif k in active:
                texts = [(active[k], SANS, WHITE)] if active[k] else []
                cell(tr, k, 1, top, 36, texts, PINE)
            else:
                cell(tr, k, 1, top, 36, [], None)
        top -= 36
    tr = d.elem("TR", tab)
    cell(tr, -1, 1, top, 40, [("Gates", BOLD, INK)], None)
    for k in range(12):
        e_top = top
        if k in GATES:
            name, what = GATES[k]
            x = LEFT + lw + k * qw
            d.rect(x, e_top - 40, qw, 40, None, RULE, 0.5)
            g = d.elem("TD", tr)
            d.text(x + 3, e_top - 12, "◆", 9, GLYPH, CLAY, g)
            d.text(x + 3 + stringWidth("◆ ", GLYPH, 9), e_top - 12, name, 9, BOLD, CLAY, g)
            d.lines(x + 3, e_top - 23, what, size, SANS, INK, qw - 6, g, size * 1.2)
        else:
            cell(tr, k, 1, top, 40, [], FREEZE if k in FREEZE_COLS else None)
    top -= 40
    tr = d.elem("TR", tab)
    cell(tr, -1, 1, top, 22, [("Peak freeze", BOLD, INK)], None)
    for k in range(12):
        texts = [("No changes", SANS, INK)] if k in FREEZE_COLS else []
        cell(tr, k, 1, top, 22, texts, FREEZE if k in FREEZE_COLS else None)
    top -= 22
    y = top - 16
    for note in (
        "Our fiscal year runs February to January and is named after the year it ends in: "
        "FY28 = Feb 2027–Jan 2028. Q1 Feb–Apr · Q2 May–Jul · Q3 Aug–Oct · Q4 Nov–Jan.",
        "Peak trading freeze every Q4: no changes to the web shop, the app, Dispatchly or "
        "Corvan’s processes from 1 November to 31 January. Gates fall at the end of Q3, before "
        "each freeze.",
    ):
        y = d.para(LEFT, y, note, 9.5, SANS, GREY) - 2
    d.finish()


def pilot(d: Deck) -> None:
    d.start("Pilot: sofas in the Kellingford region, FY29 Q2 to Q3", "PILOT")
    d.para(
        LEFT,
        432,
        "May to October 2028 · every sofa we deliver to the 14 postcode districts around our "
        "Kellingford showroom",
        13,
        SANS,
        GREY,
    )
    colw = 430.0
    d.para(LEFT, 398, "What we test", 15, BOLD, CLAY)
    d.bullets(
        LEFT + 18,
        372,
        [
            "A named delivery day at checkout for every in-stock sofa",
            "A one-hour arrival window, sent by 8am on the day",
            "A reason and a photo before any sofa collection is booked",
            "Disputed sofa returns inspected at home by the showroom team within 3 days",
        ],
        13,
        colw - 18,
        gap=5,
    )
    x2 = LEFT + colw + 30
    d.para(x2, 398, "Why sofas, why Kellingford", 15, BOLD, CLAY)
    d.bullets(
        x2 + 18,
        372,
        [
            "Sofas are 31% of our two-person deliveries and 44% of our returns cost",
            "Haulton Home Delivery already covers every Kellingford postcode",
            "The Kellingford showroom team is 25 minutes from most of the region",
        ],
        13,
        RIGHT - x2 - 18,
        gap=5,
    )
    box(d, LEFT, 64, RIGHT - LEFT, 150, PINE_LIGHT)
    d.para(LEFT + 16, 192, "Pass marks for Gate 1 (31 October 2028)", 14, BOLD, PINE)
    d.bullets(
        LEFT + 34,
        168,
        [
            "93% of pilot sofas delivered on the promised day",
            "Sofa returns below 8% of pilot sofa sales",
            "Cost per sofa return below £95, from £141",
        ],
        13,
        RIGHT - LEFT - 60,
        gap=3,
    )
    d.para(
        LEFT + 16,
        84,
        "If it passes, the delivery promise and photo-first returns go national in FY30 Q1; if "
        "not, we fix and re-run in Kellingford.",
        12,
        SANS,
        INK,
        RIGHT - LEFT - 32,
    )
    d.finish()


def enablers(d: Deck) -> None:
    d.start("What it takes: platforms, data and people", "ENABLERS")
    d.bullets(
        LEFT + 18,
        424,
        [
            (
                "Dispatchly: ",
                "a per-item delivery-date service, built with the vendor in FY29 Q1 and Q2",
            ),
            (
                "Quarry and Tally: ",
                "daily order and returns feeds, and one Made to Stay "
                "dashboard for the Growth Board",
            ),
            ("ReturnDesk: ", "photo upload and a shorter list of return reasons"),
            ("Listwise: ", "the Nestery connection, live by FY29 Q3"),
            ("Corvan: ", "handheld grading and weekend grading at Thornleigh from FY30 Q1"),
            (
                "People: ",
                "a design adviser in each showroom and 6 more customer service advisers for peak",
            ),
            (
                "Training: ",
                "Loftwell Academy modules on design appointments and on returns "
                "inspection, from FY29 Q2",
            ),
        ],
        15,
        RIGHT - LEFT - 18,
        gap=12,
    )
    d.finish()


RISKS = [
    ["Risk", "Likelihood", "Impact", "Mitigation"],
    [
        "Dispatchly’s vendor cannot deliver per-item dates before the FY29 freeze",
        "Medium",
        "High",
        "Fall back to dates by product group; no go-live after 31 October",
    ],
    [
        "Corvan charges for, or delays, the returns grading changes",
        "High",
        "Medium",
        "Put both changes in one change request in February 2028; start the 3PL retender in "
        "FY30 Q1",
    ],
    [
        "Haulton cannot carry the pilot’s extra Saturday volume",
        "Medium",
        "Medium",
        "Sign the second North partner before the pilot starts",
    ],
    [
        "Casalia launch slips for want of an EU responsible person",
        "Medium",
        "High",
        "Appoint an EU responsible person by FY29 Q4",
    ],
    [
        "Fire-test queue holds up own-brand sofa launches",
        "High",
        "Medium",
        "Book lab slots two quarters ahead; test 40 lines in FY29",
    ],
    [
        "Marketplace sales replace web shop sales rather than add to them",
        "Medium",
        "Medium",
        "Track overlap monthly in Tally; keep prices the same everywhere",
    ],
]


def risks(d: Deck) -> None:
    d.start("Risks and how we will handle them", "RISKS")
    d.table(LEFT, 436, [330, 100, 90, 360], RISKS, 13, 13, pad=9)
    d.finish()


def first_90(d: Deck) -> None:
    d.start("First 90 days: February to April 2028 (FY29 Q1)", "FIRST 90 DAYS")
    items = [
        "Sign the Dispatchly change order for per-item delivery dates",
        "Raise the Corvan change request for handheld and weekend grading at Thornleigh",
        "Sign a second two-person delivery partner for the North",
        "Start the daily Quarry feed to Sendwell",
        "Write the DPIAs for ‘next room’ messages and photo returns with the Data Protection "
        "Officer",
        "Consult the Colleague Forum on showroom hours for design appointments",
        "Book fire-test slots for the first 40 upholstered Loftwell Made lines",
        "Set the Kellingford pilot’s baselines and brief the showroom team",
        "Publish the Made to Stay dashboard in Tally",
    ]
    d.bullets(LEFT + 26, 424, items, 14, RIGHT - LEFT - 26, gap=9, number=True)
    d.finish()


def governance(d: Deck) -> None:
    d.start("How we will run it", "GOVERNANCE")
    d.bullets(
        LEFT + 18,
        424,
        [
            ("Sponsor: ", "Nadia Fairweather, Chief Executive Officer"),
            (
                "Growth Board: ",
                "chaired by the CEO, monthly (once in December); decides gates G1 "
                "to G3 and releases budget quarter by quarter",
            ),
            (
                "Programme office: ",
                "the Growth Plan Programme Manager keeps the plan, the risk "
                "log, gate packs and the benefits tracker",
            ),
            (
                "Pillar leads: ",
                "Head of CRM and Retention · Head of Fulfilment and Delivery · "
                "Head of Returns · Head of Marketplaces · Head of Own Brand",
            ),
            (
                "Consulted: ",
                "the Colleague Forum before changes to hours or shift patterns; the "
                "Data Protection Officer before any new use of customer data",
            ),
            (
                "Reporting: ",
                "the Made to Stay dashboard in Tally, to the Growth Board monthly "
                "and to the Board quarterly",
            ),
        ],
        15,
        RIGHT - LEFT - 18,
        gap=12,
    )
    d.finish()


COSTS = [
    ["Year", "Running costs", "Capital", "Total"],
    ["FY29", "£2.6m", "£1.5m", "£4.1m"],
    ["FY30", "£3.0m", "£1.6m", "£4.6m"],
    ["FY31", "£2.5m", "£0.6m", "£3.1m"],
    ["Three years", "£8.1m", "£3.7m", "£11.8m"],
]


def investment(d: Deck) -> None:
    d.start("What it costs, and what it should return", "INVESTMENT")
    d.table(LEFT, 430, [200, 150, 150, 150], COSTS, 13, 13, pad=8)
    d.bullets(
        LEFT + 18,
        236,
        [
            "The business case assumes £19m more gross margin in FY31 than in FY27, two-thirds "
            "of it from own brand and marketplaces",
            "Payback in the second half of FY31",
            "FY29’s £4.1m sits inside the FY29 budget the Board will set in January 2028",
        ],
        14,
        RIGHT - LEFT - 18,
        gap=8,
    )
    d.finish()


def asks(d: Deck) -> None:
    d.start("What we ask of the Board today", "DECISIONS")
    d.bullets(
        LEFT + 26,
        424,
        [
            "Approve Made to Stay and its three-year envelope of £11.8m",
            "Release £4.1m for FY29, to be confirmed in the January 2028 budget",
            "Agree the Kellingford sofa pilot and its Gate 1 pass marks",
            "Delegate gate decisions G1 to G3 to the Growth Board, which reports to the Board "
            "each quarter",
            "Note the peak freeze: nothing goes live between 1 November and 31 January",
        ],
        16,
        RIGHT - LEFT - 26,
        gap=14,
        number=True,
    )
    d.finish()


def build_deck() -> bytes:
    _fonts()
    d = Deck()
    for slide in (
        cover,
        why_now,
        ambition,
        tiles,
        pillar_1,
        pillar_2,
        pillar_3,
        pillar_4,
        pillar_5,
        kpi_table,
        roadmap,
        pilot,
        enablers,
        risks,
        first_90,
        governance,
        investment,
        asks,
    ):
        slide(d)
    if d.page != SLIDES:
        PROBLEMS.append(f"{d.page} slides, {SLIDES} expected")
    if PROBLEMS:
        raise SystemExit("\n".join(PROBLEMS))
    return d.tagged_bytes()


# =========================================================================== the org folder

# (node id, role, remit, team, consult-only?); the DOT file and the SVG are written from these
NODES: list[tuple[str, str, str, str, bool]] = [
    (
        "ceo",
        "Chief Executive Officer",
        "sponsor of Made to Stay; chairs the Growth Board; gate decisions and reporting to the "
        "Board",
        "Executive",
        False,
    ),
    (
        "cfo",
        "Chief Financial Officer",
        "budget, business cases and sign-off of the benefits tracker; finance and Ledgerline; "
        "marketplace payouts and fees",
        "Finance",
        False,
    ),
    (
        "pgm",
        "Growth Plan Programme Manager",
        "programme office for Made to Stay: the plan, the risk log, gate packs, the benefits "
        "tracker and the Kellingford pilot plan",
        "Strategy and Programme Office",
        False,
    ),
    (
        "cco",
        "Chief Customer Officer",
        "customer proposition, brand, marketing and Net Promoter Score; leads CRM, customer "
        "service and the showrooms",
        "Customer",
        False,
    ),
    (
        "crm",
        "Head of CRM and Retention",
        "repeat purchase, the Loftwell Rooms membership, email and app messages in Sendwell, "
        "win-back of lapsed customers",
        "Customer",
        False,
    ),
    (
        "cs",
        "Head of Customer Service",
        "the customer service team of 64 advisers on Helmdesk; contact reasons, 'where is my "
        "order?' contacts and complaints",
        "Customer",
        False,
    ),
    (
        "show",
        "Head of Showrooms",
        "the Kellingford and Ashcombe Quay showrooms, their teams and rotas; design "
        "appointments; home inspections of disputed returns",
        "Customer",
        False,
    ),
    (
        "coo",
        "Chief Operating Officer",
        "fulfilment, delivery and returns operations; the Corvan Logistics contract and the "
        "carrier contracts",
        "Operations",
        False,
    ),
    (
        "ful",
        "Head of Fulfilment and Delivery",
        "Brindle Park fulfilment with Corvan; two-person delivery partners and the parcel "
        "carrier; the delivery promise and on-time delivery",
        "Operations",
        False,
    ),
    (
        "ret",
        "Head of Returns",
        "returns policy; the Thornleigh returns centre with Corvan; collections, grading and "
        "resale of returns; cost per return; process owner of ReturnDesk",
        "Operations",
        False,
    ),
    (
        "cmo",
        "Chief Merchandising Officer",
        "range, buying, pricing and suppliers; own-brand strategy and the marketplace channel",
        "Merchandising",
        False,
    ),
    (
        "mkt",
        "Head of Marketplaces",
        "Brightaisle, Nestery, Casalia and any new marketplace; listings, marketplace prices and "
        "marketplace sales; business owner of Listwise",
        "Merchandising",
        False,
    ),
    (
        "own",
        "Head of Own Brand",
        "the Loftwell Made range: design with our freelance studios, sourcing, suppliers and "
        "launches; own-brand sales and margin",
        "Merchandising",
        False,
    ),
    (
        "psq",
        "Product Safety and Quality Manager",
        "product safety and compliance (fire safety tests, labelling, UK and EU product safety "
        "rules); supplier quality; product data accuracy in Inkwell; the most-returned products",
        "Merchandising",
        False,
    ),
    (
        "cto",
        "Chief Technology Officer",
        "all technology and data; platform vendors and integrations; approves the few fixes "
        "released during the peak freeze",
        "Technology",
        False,
    ),
    (
        "dig",
        "Head of Digital Product",
        "loftwell.co.uk and the Loftwell app: checkout, product pages and the delivery dates "
        "shown to customers; changes to Shopfront, Dispatchly and ReturnDesk",
        "Technology",
        False,
    ),
    (
        "dat",
        "Head of Data and Analytics",
        "the Quarry data warehouse and Tally dashboards; data feeds to Sendwell and other "
        "systems; KPI definitions and reporting",
        "Technology",
        False,
    ),
    (
        "ppl",
        "Head of People",
        "recruitment, pay, rota policy and employee relations; consults the Colleague Forum",
        "People",
        False,
    ),
    (
        "lnd",
        "Learning and Development Lead",
        "training for every Loftwell colleague through the Loftwell Academy, including "
        "showroom, customer service and returns inspection training",
        "People",
        False,
    ),
    (
        "forum",
        "Colleague Forum Chair",
        "speaks for the Colleague Forum, which is consulted on changes to shift patterns, "
        "opening hours and contact centre hours",
        "Colleague Forum (elected)",
        True,
    ),
    (
        "dpo",
        "Data Protection Officer",
        "advises on and monitors our use of personal data; reviews every DPIA; reports to the "
        "Audit and Risk Committee",
        "Legal and Risk",
        True,
    ),
]
HTML_NODE = "ret"  # the one node written with an HTML-like label
EDGES = [
    ("ceo", "cfo"),
    ("ceo", "pgm"),
    ("ceo", "cco"),
    ("ceo", "coo"),
    ("ceo", "cmo"),
    ("ceo", "cto"),
    ("ceo", "ppl"),
    ("cco", "crm"),
    ("cco", "cs"),
    ("cco", "show"),
    ("coo", "ful"),
    ("coo", "ret"),
    ("cmo", "mkt"),
    ("cmo", "own"),
    ("cmo", "psq"),
    ("cto", "dig"),
    ("cto", "dat"),
    ("ppl", "lnd"),
]
DASHED = [("ppl", "forum"), ("ceo", "dpo")]


def org_chart_dot() -> str:
    out = [
        "// Loftwell Home: who does what, for Made to Stay (FY29 to FY31)",
        "// Kept by the People team in the people-ops repo. Render with:",
        "//   dot -Tsvg org-chart.dot -o org-chart.svg",
        "// Edges run from a manager to a direct report; dashed edges show who consults whom.",
        "// Last change: 1 September 2027 (Growth Plan Programme Manager post added).",
        "",
        "digraph org {",
        "  rankdir=TB;",
        '  node [shape=box, style=rounded, fontname="Segoe UI", fontsize=10];',
        '  edge [arrowhead=none, color="#7a7f87"];',
        "",
    ]

    def node(nid: str, role: str, remit: str, team: str, indent: str) -> str:
        if nid == HTML_NODE:
            return f"{indent}{nid} [label=<{role}<BR/>Remit: {remit}<BR/>Team: {team}>];"
        return f'{indent}{nid} [label="{role}\\nRemit: {remit}\\nTeam: {team}"];'

    for nid, role, remit, team, consult in NODES:
        if not consult:
            out.append(node(nid, role, remit, team, "  "))
        if nid == "lnd":
            out.append(
                '  // cat [label="Head of Catalogue\\nRemit: the printed catalogue, four issues '
                'a year\\nTeam: Marketing"];'
            )
    out += [
        "",
        "  subgraph cluster_consult {",
        '    label="Consulted, never owners";',
        "    style=dashed;",
    ]
    for nid, role, remit, team, consult in NODES:
        if consult:
            out.append(node(nid, role, remit, team, "    "))
    out += ["  }", ""]
    for a, b in EDGES:
        out.append(f"  {a} -> {b};")
        if (a, b) == ("cco", "show"):
            out.append("  // cco -> cat;  (catalogue closed in 2025)")
    for a, b in DASHED:
        out.append(f"  {a} -> {b} [style=dashed];")
    out.append("}")
    return "\n".join(out) + "\n"


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def org_chart_svg() -> str:
    """A hand-drawn rendering of the DOT chart: the CEO on top, each direct report heading a
    column with its own reports under it, the consulted bodies in a dashed box on the right.
    Each node is a group titled with its DOT id holding a rounded box and its label's lines:
    the role, the remit wrapped over several lines, the team."""
    bw, gap, fs, lh = 220, 24, 10, 13
    by_id = {n[0]: n for n in NODES}
    heads = [b for a, b in EDGES if a == "ceo"]
    columns = [[h] + [b for a, b in EDGES if a == h] for h in heads] + [["forum", "dpo"]]

    def lines(nid: str) -> list[tuple[str, str]]:
        _, role, remit, team, _ = by_id[nid]
        rem = textwrap.wrap(f"Remit: {remit}", 36, break_on_hyphens=False)
        return [("role", role)] + [("remit", x) for x in rem] + [("team", f"Team: {team}")]

    def height(nid: str) -> int:
        return len(lines(nid)) * lh + 14

    width = len(columns) * (bw + gap) + gap + 20
    col_tops = 40 + height("ceo") + 40
    tallest = max(sum(height(n) + 30 for n in col) for col in columns)
    total_h = col_tops + tallest + 30
    out = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        "<!-- Loftwell Home org chart: rendered from org-chart.dot (People team, September "
        "2027) -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}pt" height="{total_h}pt" '
        f'viewBox="0 0 {width} {total_h}">',
        '<g id="graph0" class="graph">',
        "<title>org</title>",
        f'<rect x="0" y="0" width="{width}" height="{total_h}" fill="white"/>',
    ]
    pos: dict[str, tuple[int, int, int]] = {}
    cx = (width - bw) // 2
    pos["ceo"] = (cx, 40, height("ceo"))
    for c, col in enumerate(columns):
        x = gap + c * (bw + gap)
        y = col_tops
        for k, nid in enumerate(col):
            xx = x + (16 if k else 0)
            pos[nid] = (xx, y, height(nid))
            y += height(nid) + 30
    cons = columns[-1]
    cx0, cy0, _ = pos[cons[0]]
    cx1, cy1, ch1 = pos[cons[-1]]
    out.append(
        f'<g id="clust1" class="cluster"><title>cluster_consult</title>'
        f'<rect x="{cx0 - 10}" y="{cy0 - 28}" width="{bw + 36}" height="{cy1 + ch1 - cy0 + 40}" '
        f'fill="none" stroke="#7a7f87" stroke-dasharray="5,2"/>'
        f'<text x="{cx0}" y="{cy0 - 12}" font-family="Segoe UI" font-size="{fs}" '
        f'font-style="italic">Consulted, never owners</text></g>'
    )
    for e, (a, b) in enumerate(EDGES + DASHED, start=1):
        ax, ay, ah = pos[a]
        bx, byy, bh = pos[b]
        dash = ' stroke-dasharray="5,2"' if (a, b) in DASHED else ""
        x1, y1 = ax + bw // 2, ay + ah
        x2, y2 = bx, byy + bh // 2
        if b in heads:
            x2, y2 = bx + bw // 2, byy
            path = f"M{x1},{y1} L{x1},{y1 + 20} L{x2},{y1 + 20} L{x2},{y2}"
        else:
            path = f"M{ax + 8},{ay + ah} L{ax + 8},{y2} L{x2},{y2}"
            if (a, b) in DASHED:
                path = f"M{x1},{y1} L{x1},{y1 + 10} L{bx + bw // 2},{y1 + 10} L{bx + bw // 2},{byy}"
        out.append(
            f'<g id="edge{e}" class="edge"><title>{a}&#45;&gt;{b}</title>'
            f'<path fill="none" stroke="#7a7f87"{dash} d="{path}"/></g>'
        )
    for n, (nid, *_rest) in enumerate(NODES, start=1):
        x, y, h = pos[nid]
        out.append(f'<g id="node{n}" class="node"><title>{nid}</title>')
        out.append(
            f'<rect x="{x}" y="{y}" width="{bw}" height="{h}" rx="6" ry="6" fill="none" '
            f'stroke="black"/>'
        )
        ty = y + 16
        for cls, text in lines(nid):
            weight = ' font-weight="bold"' if cls == "role" else ""
            out.append(
                f'<text class="{cls}" x="{x + 8}" y="{ty}" font-family="Segoe UI" '
                f'font-size="{fs}"{weight}>{_esc(text)}</text>'
            )
            ty += lh
        out.append("</g>")
    out += ["</g>", "</svg>"]
    return "\n".join(out) + "\n"


GROWTH_BOARD = """
# Made to Stay Growth Board: terms of reference

Agreed by the Executive Committee on 6 September 2027, to take effect when the Board approves
Made to Stay. Next review: September 2028.

## Purpose

The Growth Board steers Made to Stay, our growth plan for FY29 to FY31, decides its gates and
keeps its benefits on track.

## Sponsor and chair

Nadia Fairweather, Chief Executive Officer, is the sponsor of Made to Stay and chairs the Growth
Board. She answers to the Loftwell Home Board for the plan, its gates and its benefits. The
Chief Financial Officer is deputy chair.

## Members

- Chief Executive Officer (chair)
- Chief Financial Officer (deputy chair)
- Chief Customer Officer
- Chief Operating Officer
- Chief Merchandising Officer
- Chief Technology Officer
- Head of People
- Growth Plan Programme Manager (secretary)

Pillar leads attend for their items: the Head of CRM and Retention (pillar 1), the Head of
Fulfilment and Delivery (pillar 2), the Head of Returns (pillar 3), the Head of Marketplaces
(pillar 4) and the Head of Own Brand (pillar 5).

## Decisions

- Gates G1, G2 and G3, on a gate pack from the programme office. A gate is passed, passed with
  conditions or failed.
- Release of the approved budget, quarter by quarter.
- Changes to pilot scope, targets or dates within the envelope the Board approved.

## How we work

- Meets monthly on the second Tuesday; in the peak months it meets once, in mid-December.
- The programme office keeps the plan, the risk log and the benefits tracker, and publishes the
  Made to Stay dashboard in Tally before each meeting.
- Training for new ways of working is planned with the Learning and Development Lead and given
  through the Loftwell Academy.
- The Growth Board reports to the Board every quarter.

## Who is consulted

The Colleague Forum and the Data Protection Officer are consulted as their own notes set out.
They give advice and views; actions are owned by members and pillar leads.
"""

COLLEAGUE_FORUM = """
# The Colleague Forum

The Colleague Forum is Loftwell Home's information and consultation body, set up in 2022 under
the Information and Consultation of Employees Regulations 2004. Its 11 members are elected for
two years: three from the showrooms, three from customer service, four from head office and one
from the photo studio. The current chair is Dev Malhotra, a customer service team leader.

## What the Forum is consulted on

The Forum must be consulted before any change to shift patterns, showroom opening hours or
contact centre hours, and has 30 days to give its view.

Consultation starts with a written proposal from the Head of People, who also answers the
Forum's questions in writing.

## How it works

- It meets every six weeks, and the Executive Committee sends a member to each meeting.
- It hears a quarterly update on Made to Stay from the Growth Plan Programme Manager.
- Its views are minuted and go to the Executive Committee with the proposal.
"""

DATA_PROTECTION = """
# Using customer data in projects: a note from the Data Protection Officer

Issued in May 2027 to every project and product team.

Loftwell Home controls the personal data of about 2.4 million customer accounts. Our Data
Protection Officer (DPO) advises us on UK GDPR and the Data Protection Act 2018, monitors how we
use personal data and reports to the Audit and Risk Committee of the Board.

## Before you start

The DPO must be consulted, and a data protection impact assessment (DPIA) signed off, before
customer data is used in a new way or a new kind of personal data is collected, such as photos
taken in customers' homes.

The team that wants the change writes the DPIA from the template on the intranet; the DPO
reviews it and records the advice.

## What we already have

- Customers' marketing preferences are held in Sendwell, and every email and app message
  follows them.
- Our retention schedule and records of processing are kept by Legal and Risk and reviewed each
  year.
"""

SYSTEMS = """
# Systems and data inventory

Owner: Chief Technology Officer. Reviewed in August 2027.

Every customer-facing system below is released every two weeks outside the peak freeze (see
the trading calendar).

## Shopfront: web shop

loftwell.co.uk runs on Shopfront, a hosted commerce platform, with our own theme and checkout.
Owner: Head of Digital Product.

## Loftwell app

The iOS and Android app uses Shopfront's APIs and is built by the digital product team. About
31,000 customers use it each month. Owner: Head of Digital Product.

## Dispatchly: order management

Every web shop, app, showroom and phone order goes through Dispatchly, which passes orders to
Corvan's StockLine warehouse system and to our carriers. Dispatchly holds one delivery estimate
per order, shown to customers as a range of working days; it cannot hold a delivery date for
each item. Owner: Head of Digital Product; the vendor contract: Chief Technology Officer.

## Inkwell: product information

Inkwell holds the descriptions, dimensions, materials and images of our 14,200 products and
feeds Shopfront, the app and Listwise. Owner of the data: Product Safety and Quality Manager;
of the system: Head of Digital Product.

## Sendwell: email and app messages

Sendwell sends our emails and app push messages and holds each customer's marketing profile and
preferences. The Quarry feed that gives Sendwell its customer and order data runs only on
Monday mornings, so a message can follow an order by up to a week. Owner: Head of CRM and
Retention.

## Helmdesk: customer service

Helmdesk handles calls, email and chat for the customer service team and tags every contact with
one of 22 reasons. Owner: Head of Customer Service.

## ReturnDesk: returns portal

Customers book returns and collections in ReturnDesk, choosing one of 14 return reasons.
ReturnDesk has no photo upload. Owner of the process: Head of Returns; of the system: Head of
Digital Product.

## Listwise: marketplace connector

Listwise sends our listings, prices and stock to Brightaisle and brings Brightaisle orders into
Dispatchly. Business owner: Head of Marketplaces.

## Quarry: data warehouse, and Tally: dashboards

Quarry is our data warehouse: every night it loads Shopfront, app, Dispatchly, Helmdesk,
ReturnDesk, Listwise, Sendwell and Ledgerline data, with order history back to FY20. Tally
dashboards run on Quarry and are where we report trading and every KPI in the KPI dictionary.
Owner of both: Head of Data and Analytics.

## Ledgerline: finance

Ledgerline is our finance system; marketplace fees and payouts are reconciled in it each week.
Owner: Chief Financial Officer.
"""

KPI_ROWS = [
    ["Metric", "Definition", "Owner", "FY27 baseline", "Source", "Refreshed"],
    [
        "12-month repeat purchase rate",
        "Share of customers with an order in the year who order again within 12 months of that "
        "order",
        "Head of CRM and Retention",
        "24%",
        "Quarry (orders)",
        "Monthly",
    ],
    [
        "Orders delivered on the promised day",
        "Share of delivered orders that arrive on the day first promised to the customer (for a "
        "range, by its last day)",
        "Head of Fulfilment and Delivery",
        "86%",
        "Quarry (Dispatchly, carriers)",
        "Weekly",
    ],
    [
        "Two-person delivery lead time",
        "Average days from order to delivery for in-stock two-person items",
        "Head of Fulfilment and Delivery",
        "9.5 days",
        "Quarry (Dispatchly)",
        "Weekly",
    ],
    [
        "'Where is my order?' contacts per 100 orders",
        "Helmdesk contacts tagged 'where is my order' per 100 orders dispatched",
        "Head of Customer Service",
        "7.4",
        "Quarry (Helmdesk)",
        "Weekly",
    ],
    [
        "Returns rate",
        "Value of items returned as a share of net sales",
        "Head of Returns",
        "14.8%",
        "Quarry (ReturnDesk, Ledgerline)",
        "Monthly",
    ],
    [
        "Cost per return processed",
        "Collection, Corvan handling, grading, storage and disposal costs divided by returns "
        "processed",
        "Head of Returns",
        "£31.40",
        "Ledgerline and Corvan invoices",
        "Monthly",
    ],
    [
        "Returned items resold",
        "Share of returned items sold again at full or outlet price within 60 days of receipt",
        "Head of Returns",
        "41%",
        "Quarry (StockLine file, Dispatchly)",
        "Monthly",
    ],
    [
        "Marketplace net sales",
        "Net sales on all marketplaces over the last 12 months",
        "Head of Marketplaces",
        "£18.2m",
        "Ledgerline",
        "Monthly",
    ],
    [
        "Own-brand share of net sales",
        "Loftwell Made net sales as a share of all net sales",
        "Head of Own Brand",
        "9%",
        "Quarry (orders)",
        "Monthly",
    ],
    [
        "Net Promoter Score after delivery",
        "Survey sent by Sendwell 7 days after delivery; promoters minus detractors",
        "Chief Customer Officer",
        "+41",
        "Sendwell survey in Quarry",
        "Monthly",
    ],
    [
        "App downloads",
        "Total installs of the Loftwell app since launch",
        "Head of Digital Product",
        "180,000",
        "App stores",
        "Monthly",
    ],
    [
        "Returns effort score",
        "Answer to 'How easy was your return?' from 1 (very easy) to 5 (very hard), asked after "
        "each completed return",
        "Head of Returns",
        "3.4",
        "ReturnDesk survey in Quarry",
        "Monthly",
    ],
]

TRADING_CALENDAR = """
# Trading calendar, showrooms and people

## Our fiscal year

Loftwell Home's financial year runs from February to January and takes the name of the calendar
year in which it ends: FY28 is February 2027 to January 2028, and FY29 is February 2028 to
January 2029.

| Quarter | Months |
|---|---|
| Q1 | February, March, April |
| Q2 | May, June, July |
| Q3 | August, September, October |
| Q4 | November, December, January |

The Board sets each year's budget in January, for the year that starts in February.

## Peak and the peak freeze

November to January brings 38% of our net sales, with Black Friday, Christmas and the January
sale.

No change goes live on loftwell.co.uk, the app or Dispatchly, and no change is made to Corvan's
processes, between 1 November and 31 January; only fixes approved by the Chief Technology
Officer may be released.

## Showrooms

- Kellingford showroom (North): 2,400 square metres, opened in 2019, 31 colleagues. Its region,
  the 14 postcode districts around it, takes about 11% of our two-person deliveries.
- Ashcombe Quay showroom (South West): 1,900 square metres, opened in 2022, 24 colleagues.
- Both are open 10am to 6pm, Monday to Saturday, and 11am to 5pm on Sunday.

## People

About 450 colleagues: 73 in customer service (64 advisers and 9 team leaders), 55 in the two
showrooms, 22 in the photo studio and the rest at head office in Leeford. Corvan and the
carriers employ their own staff.
"""

CORVAN = """
# Corvan Logistics and our carriers: contract summary

Prepared by the Chief Operating Officer's team in July 2027. The full contracts are held by
Legal and Risk.

## Corvan Logistics

Corvan runs two sites for us under one contract, signed in February 2025 and running to
31 January 2030:

- Brindle Park fulfilment centre: storage, picking and dispatch of all web shop, app, showroom
  and marketplace orders, 7 days a week, on Corvan's StockLine warehouse system.
- Thornleigh returns centre: receipt, grading and storage of returned items, and dispatch of
  graded items for resale.

At Thornleigh, grading runs only on weekdays, and grades are kept on paper sheets until they are
keyed into StockLine at the end of each shift.

Any change to Corvan's processes needs a written change request with 12 weeks' notice, and
Corvan may price it as extra work.

Service levels: orders received by 2pm leave Brindle Park the same day; returns are booked in
within one working day of arrival. Performance is reviewed monthly with the Head of Fulfilment
and Delivery and the Head of Returns.

## Two-person delivery

- Haulton Home Delivery: the North, including the whole Kellingford region, 6 days a week.
- Merrow Home Logistics: the Midlands, the South and Wales, 6 days a week.

Both partners share their free two-person slots for the next 14 days in a spreadsheet they
update each afternoon; Dispatchly takes no feed of carrier capacity.

## Parcels

Parcelra collects parcels from Brindle Park at 6pm each day for next-day delivery across Great
Britain.
"""

MARKETPLACES = """
# Marketplaces and Loftwell Made: where we stand

A note by the Chief Merchandising Officer for the Growth Board, August 2027.

## Marketplaces

- Brightaisle (UK): we have sold there since March 2023; 4,800 products listed; £17.9m of net
  sales in FY27. Listings, prices, stock and orders flow through Listwise.
- Nestery (UK, home and garden): a trial since March 2027 with 300 products; £0.3m of net
  sales in FY27.
- Casalia (Germany and France, home): invited us to sell in June 2027.

Nestery is not yet connected to Listwise: its orders are re-keyed into Dispatchly by hand by
two order administrators.

We have no EU responsible person under the EU General Product Safety Regulation, so we cannot
list products on Casalia until we appoint one.

Marketplace prices are set by the Head of Marketplaces within the pricing rules agreed with the
Chief Merchandising Officer.

## Loftwell Made

Loftwell Made, our own brand, was launched in 2024. It has 160 lines (sofas, armchairs, beds,
storage and rugs), designed with two freelance studios and made by six suppliers in Portugal,
Poland, Vietnam and India. It brought 9% of FY27 net sales, at a gross margin of 52%.

Every upholstered item must pass the tests of the Furniture and Furnishings (Fire) (Safety)
Regulations 1988 before it goes on sale; we have no test lab of our own, and the one external
lab we use, Calder Test House, has a six-week queue.

The Product Safety and Quality Manager runs product safety, labelling and supplier quality
checks and signs off every new line before launch.
"""


def org_files() -> dict[str, str]:
    kpi = "".join("\t".join(row) + "\n" for row in KPI_ROWS)
    return {
        "org/people/org-chart.dot": org_chart_dot(),
        "org/people/org-chart.svg": org_chart_svg(),
        "org/governance/growth-board-terms-of-reference.md": GROWTH_BOARD,
        "org/governance/colleague-forum.md": COLLEAGUE_FORUM,
        "org/governance/data-protection-note.md": DATA_PROTECTION,
        "org/systems/systems-and-data.md": SYSTEMS,
        "org/measures/kpi-dictionary.tsv": kpi,
        "org/context/trading-calendar.md": TRADING_CALENDAR,
        "org/context/corvan-and-carriers.md": CORVAN,
        "org/context/marketplaces-and-own-brand.md": MARKETPLACES,
    }


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    case = out / CASE
    case.mkdir(parents=True, exist_ok=True)
    (case / DECK).write_bytes(build_deck())
    for rel, text in org_files().items():
        path = case / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.lstrip("\n"), encoding="utf-8", newline="\n")
    print(f"wrote {case}")


if __name__ == "__main__":
    main()
