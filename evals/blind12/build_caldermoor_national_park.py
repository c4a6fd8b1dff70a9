"""Build the blind12 case ``caldermoor-national-park``: its deck and its org folder,
deterministically.

Run from the repository root with a Python that has reportlab, pypdf, python-docx and
python-pptx (reportlab is not in the project's lock; ``/tmp/rl`` is such a venv):

    python3 -m venv /tmp/rl
    /tmp/rl/bin/pip install reportlab pypdf==7.1.1 openpyxl==3.1.5 python-docx==1.2.0 python-pptx==1.0.2
    /tmp/rl/bin/python evals/blind12/build_caldermoor_national_park.py [out-folder]

The fonts are DejaVu Sans and Sans Bold (and Oblique), embedded from
``/usr/share/fonts/truetype/dejavu/`` (Debian's ``fonts-dejavu-core``).

Writes, under ``evals/blind12/caldermoor-national-park/`` (or ``<out-folder>/caldermoor-national-park/``),
every file of the case but ``gold.json``:

- the deck: a PDF as Google Slides exports it (4:3, 720 x 540 pt, Producer "Skia/PDF"), 16
  pages: a title at the top of each page, body text boxes whose bullets are drawn as glyphs
  (a filled circle at the first level, a hollow one at the second), two-column layouts, a
  native-looking table drawn with lines for the KPIs and another for the roadmap (rows are
  workstreams, columns are financial years), a slide number at the bottom right;
- ``org/people/authority-structure.pdf``: an org chart exported from an HR tool (A4 landscape,
  one page): boxes joined by lines, each box the role title in bold, the team, and "Remit: ..."
  over one or two lines; dashed boxes with "(consult only)" after the title are consult-only;
  a chart title and a legend that are no roles;
- the other org files: Markdown and text, and one DOCX (through ``evals/dev16/_build.py``).

Re-running it rewrites every file byte for byte: reportlab's invariant mode for the PDFs,
fixed core properties and ZIP times for the DOCX, and literal strings for the text files. It
never touches ``gold.json``.

This is a BLIND case (split "blind12").
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "caldermoor-national-park"
DECK = "living-caldermoor-2032-authority-14-march-2028.pdf"
CHART = "org/people/authority-structure.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SANS = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBL = "DejaVuSans-Oblique"

W, H = 720.0, 540.0
LEFT = 48.0
RIGHT = W - 48.0

Color = tuple[float, float, float]
INK: Color = (0.16, 0.18, 0.20)
TITLE_INK: Color = (0.10, 0.27, 0.22)
ACCENT: Color = (0.20, 0.45, 0.33)
GREY: Color = (0.42, 0.45, 0.47)
RULE: Color = (0.62, 0.66, 0.68)
HEAD_BG: Color = (0.86, 0.92, 0.88)
WHITE: Color = (1.0, 1.0, 1.0)


def register_fonts() -> None:
    for name, file in [
        (SANS, "DejaVuSans.ttf"),
        (BOLD, "DejaVuSans-Bold.ttf"),
        (OBL, "DejaVuSans-Oblique.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap of one paragraph to ``width`` points."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        trial = f"{line} {word}" if line else word
        if stringWidth(trial, font, size) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


# =========================================================================== the deck


class Slides:
    """A Google Slides export: one page per slide, title at the top, numbered bottom right."""

    def __init__(self, path: Path) -> None:
        self.c = rl_canvas.Canvas(
            str(path), pagesize=(W, H), invariant=1, pageCompression=1, initialFontName=SANS
        )
        self.c.setProducer("Skia/PDF m124 Google Docs Renderer")
        self.c.setCreator("")
        self.c.setAuthor("")
        self.c.setSubject("")
        self.c.setTitle("Living Caldermoor 2032 - Authority 14 March 2028")
        self.n = 0

    def text(self, x: float, y: float, s: str, font: str = SANS, size: float = 13.0,
             color: Color = INK) -> None:  # fmt: skip
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x, y, s)

    def page(self, title: str, subtitle: str | None = None) -> float:
        """Start a slide; return the y below its title block."""
        self.n += 1
        c = self.c
        c.setFillColorRGB(*ACCENT)
        c.rect(0, H - 8, W, 8, stroke=0, fill=1)
        y = H - 58
        for line in wrap(title, BOLD, 24, RIGHT - LEFT):
            self.text(LEFT, y, line, BOLD, 24, TITLE_INK)
            y -= 30
        if subtitle:
            self.text(LEFT, y + 4, subtitle, SANS, 13, GREY)
            y -= 22
        return y - 8

    def end(self) -> None:
        self.text(W - 40, 20, str(self.n), SANS, 9, GREY)
        self.c.showPage()

    def bullets(self, x: float, y: float, width: float, items: list, size: float = 13.0,
                gap: float = 6.0, lead: float | None = None) -> float:  # fmt: skip
        """Bulleted paragraphs: items are strings (first level), ("o", text) for the second
        level, ("h", text) for a bold heading, ("n", "1.", text) for a numbered item,
        ("p", text) for a plain paragraph. Returns the y after the last line."""
        lead = lead or size * 1.3
        for item in items:
            kind, text, mark = "b", item, "\u25cf"
            if isinstance(item, tuple):
                kind = item[0]
                text = item[-1]
                if kind == "n":
                    mark = item[1]
            if kind == "h":
                for line in wrap(text, BOLD, size + 1, width):
                    self.text(x, y, line, BOLD, size + 1, ACCENT)
                    y -= lead + 1
                y -= 2
                continue
            if kind == "p":
                for line in wrap(text, SANS, size, width):
                    self.text(x, y, line, SANS, size)
                    y -= lead
                y -= gap
                continue
            if kind == "o":
                mark_x, indent, msize, tsize, mark = 22.0, 40.0, size - 1, size - 1, "\u25cb"
            elif kind == "n":
                mark_x, indent, msize, tsize = 0.0, 22.0, size, size
            else:
                mark_x, indent, msize, tsize = 2.0, 20.0, size * 0.6, size
            # one text object a paragraph, as Skia writes it: the bullet glyph, a move to
            # the indent, then the wrapped lines
            t = self.c.beginText()
            t.setFillColor(INK)
            t.setTextOrigin(x + mark_x, y)
            t.setFont(SANS, msize)
            t.textOut(mark)
            t.setFont(SANS, tsize)
            t.moveCursor(indent - mark_x, 0)
            for k, line in enumerate(wrap(text, SANS, tsize, width - indent)):
                if k:
                    t.moveCursor(0, lead)  # reportlab: a positive dy moves down
                t.textOut(line)
                y -= lead
            self.c.drawText(t)
            y -= gap if kind != "o" else gap - 2
        return y

    def table(self, x: float, y: float, widths: list[float], rows: list[list[str]],
              size: float = 11.0, head: bool = True, pad: float = 5.0,
              bold_first_col: bool = False) -> float:  # fmt: skip
        """A table drawn with lines: each cell's paragraphs (split on newlines) wrapped to
        the cell's width; the header row on a tint, in bold. Returns the y under it."""
        c = self.c
        lead = size * 1.25
        total = sum(widths)
        c.setStrokeColorRGB(*RULE)
        c.setLineWidth(0.75)
        top = y
        for r, row in enumerate(rows):
            is_head = head and r == 0
            cells = []
            for k, cell in enumerate(row):
                font = BOLD if is_head or (bold_first_col and k == 0) else SANS
                lines = []
                for para in cell.split("\n"):
                    lines.extend(wrap(para, font, size, widths[k] - 2 * pad) if para else [])
                cells.append((font, lines))
            height = max(len(lines) for _, lines in cells) * lead + 2 * pad
            if is_head:
                c.setFillColorRGB(*HEAD_BG)
                c.rect(x, top - height, total, height, stroke=0, fill=1)
            cx = x
            for k, (font, lines) in enumerate(cells):
                ty = top - pad - size
                for line in lines:
                    self.text(cx + pad, ty, line, font, size)
                    ty -= lead
                cx += widths[k]
            c.line(x, top, x + total, top)
            top -= height
        c.line(x, top, x + total, top)
        cx = x
        for w in [0.0, *widths]:
            cx += w
            c.line(cx, y, cx, top)
        return top

    def save(self) -> None:
        self.c.save()


def build_deck(path: Path) -> None:
    s = Slides(path)

    # 1 cover
    s.n += 1
    c = s.c
    c.setFillColorRGB(*ACCENT)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(*WHITE)
    c.rect(0, 150, W, 4, stroke=0, fill=1)
    s.text(LEFT, 330, "Living Caldermoor 2032", BOLD, 40, WHITE)
    s.text(LEFT, 292, "Our plan for nature, farming, access and communities", SANS, 18, WHITE)
    s.text(LEFT, 266, "April 2028 to March 2032", SANS, 18, WHITE)
    s.text(LEFT, 118, "Caldermoor National Park Authority", BOLD, 13, WHITE)
    s.text(LEFT, 98, "Authority meeting, 14 March 2028 \u00b7 Item 7 \u00b7 For decision",
           SANS, 12, WHITE)  # fmt: skip
    s.text(LEFT, 78, "Presented by Ruth Amberley, Chief Executive", SANS, 12, WHITE)
    c.showPage()

    # 2 where we are: two columns of figures
    y = s.page("Caldermoor today", "The park in figures, 2027/28")
    colw = (RIGHT - LEFT - 30) / 2
    s.bullets(LEFT, y, colw, [
        ("h", "Land and nature"),
        "1,146 km\u00b2 of moor, dale and farmland; 41,200 residents in 38 parishes",
        "8,400 ha of blanket bog, of which 3,100 ha is bare or eroding",
        "1,250 ha of bog under restoration so far",
        "14% of SSSI land in favourable condition",
        "46 pairs of breeding curlew in the Upper Calder, down from 112 in 2005",
        "231 farm holdings; 68 in the Farming in Caldermoor scheme",
    ], size=12)  # fmt: skip
    s.bullets(LEFT + colw + 30, y, colw, [
        ("h", "People and places"),
        "9.6 million visitor days in 2027; 86% of visitors arrive by car",
        "Car parks full by 10am on 41 days in 2027",
        "1,920 km of public rights of way; 73% pass the easy-to-use survey",
        "3 visitor centres and 17 car parks",
        "1,640 planning applications a year; 61% of minor ones decided in 8 weeks",
        "260 staff and about 400 volunteers, who gave 9,800 days",
    ], size=12)  # fmt: skip
    s.text(LEFT, 44, "Sources: State of the Park report 2027; visitor survey 2027; "
           "Authority records.", SANS, 9, GREY)  # fmt: skip
    s.end()

    # 3 why change
    y = s.page("Why we need a new plan")
    y = s.bullets(LEFT, y, RIGHT - LEFT, [
        "Nature is not recovering: SSSI condition has not improved since 2019",
        "Eroding peat releases an estimated 46,000 tonnes of CO\u2082e a year",
        "Farm support is changing as the old area payments wind down by 2028",
        "Car parks overflow on summer weekends and verge parking blocks farm gates",
        "Residents find us slow and hard to reach: only 38% say we listen",
        "The Management Plan 2023-2028 ends this month",
    ], size=14, gap=9)  # fmt: skip
    c.setFillColorRGB(*HEAD_BG)
    c.rect(LEFT, y - 44, RIGHT - LEFT, 48, stroke=0, fill=1)
    s.text(LEFT + 12, y - 16, "What members asked for at the January workshop:", BOLD, 12)
    s.text(LEFT + 12, y - 33, "fewer priorities, clear measures and one place to start.", SANS,
           12)  # fmt: skip
    s.end()

    # 4 ambition and goals
    y = s.page("Our ambition for 2032")
    c.setFillColorRGB(*HEAD_BG)
    c.rect(LEFT, y - 62, RIGHT - LEFT, 70, stroke=0, fill=1)
    s.text(LEFT + 14, y - 16, "By 2032, Caldermoor's nature is recovering, its farms and villages",
           BOLD, 15, TITLE_INK)  # fmt: skip
    s.text(LEFT + 14, y - 38, "are thriving, and everyone feels welcome in the park.", BOLD, 15,
           TITLE_INK)  # fmt: skip
    y -= 96
    s.text(LEFT, y, "Five goals", BOLD, 15, ACCENT)
    y -= 26
    s.bullets(LEFT, y, RIGHT - LEFT, [
        "Nature: 4,250 ha of blanket bog under restoration by March 2032",
        "Farming: 120 holdings in nature-friendly farm agreements by March 2031",
        "Access: 90% of rights of way easy to use by March 2032",
        "Travel: no more than 75% of visitors arriving by car by March 2032",
        "Communities: 80% of minor planning applications decided in 8 weeks by March 2030",
    ], size=14, gap=10)  # fmt: skip
    s.end()

    # 5 pillars: 2 x 2 boxes
    y = s.page("Four pillars, one plan")
    boxw = (RIGHT - LEFT - 24) / 2
    pillars = [
        ("Pillar 1: Nature recovery", ["Peat and blanket bog", "SSSI condition",
                                        "Woodland and species"]),
        ("Pillar 2: Farming and land", ["Farming in Caldermoor", "Whole-farm plans",
                                         "Advice and grants"]),
        ("Pillar 3: Welcome and access", ["Rights of way", "Car parks and buses",
                                           "Visitor centres"]),
        ("Pillar 4: Thriving communities", ["Planning service", "Local Plan",
                                             "Parish partnership"]),
    ]  # fmt: skip
    for k, (name, subs) in enumerate(pillars):
        bx = LEFT + (k % 2) * (boxw + 24)
        by = y - (k // 2) * 150
        c.setStrokeColorRGB(*ACCENT)
        c.setLineWidth(1.2)
        c.rect(bx, by - 130, boxw, 136, stroke=1, fill=0)
        s.bullets(bx + 12, by - 16, boxw - 24,
                  [("h", name), *[("o", t) for t in subs]], size=13, gap=4)  # fmt: skip
    s.text(LEFT, 70, "Underpinned by: people and volunteers \u00b7 data and maps \u00b7 money",
           SANS, 12, GREY)  # fmt: skip
    s.end()

    # 6 pillar 1
    y = s.page("Pillar 1: Nature recovery", "Lead: Director of Conservation and Farming")
    y = s.bullets(LEFT, y, RIGHT - LEFT, [
        "Restore 750 ha of blanket bog a year from 2029/30",
        ("o", "gully blocking, reprofiling and sphagnum planting on Ashdale Moor, Black Hill "
              "and Wether Moor, with the Moorland Restoration Partnership"),
        "Agree a condition recovery plan for every SSSI unit with the Nature Recovery Agency",
        "Plant 400 ha of native woodland in the cloughs by March 2032",
        "Run a curlew recovery project with 30 farms in the Upper Calder",
        "Monitor every restoration site by drone survey once a year",
    ], size=13, gap=8)  # fmt: skip
    s.text(LEFT, y - 10, "Why: eroding peat is our largest source of carbon and the main cause of",
           OBL, 11, GREY)  # fmt: skip
    s.text(LEFT, y - 25, "SSSI decline.", OBL, 11, GREY)
    s.end()

    # 7 pillar 2
    y = s.page("Pillar 2: Farming and land", "Lead: Director of Conservation and Farming")
    y = s.bullets(LEFT, y, RIGHT - LEFT, [
        "Replace the Farming in Caldermoor scheme with a five-year agreement from April 2029",
        "Offer a whole-farm plan to every holding, starting in the pilot valley",
        "Open the Caldermoor Farm Fund: \u00a31.2m a year for hedges, walls and meadows",
        "Recruit two more farm advisers in 2028/29",
        "Meet a farmers' reference group four times a year",
    ], size=13, gap=9)  # fmt: skip
    s.text(LEFT, y - 10, "Agreements are voluntary: no holding is asked to give up a payment it",
           OBL, 11, GREY)  # fmt: skip
    s.text(LEFT, y - 25, "already receives.", OBL, 11, GREY)
    s.end()

    # 8 pillar 3: two columns
    y = s.page("Pillar 3: Welcome and access",
               "Lead: Director of Visitor Experience and Access")  # fmt: skip
    colw = (RIGHT - LEFT - 30) / 2
    s.bullets(LEFT, y, colw, [
        ("h", "Rights of way"),
        "Survey all 1,920 km of rights of way by March 2030",
        "Clear the backlog of 640 path problems by March 2031",
        "Replace 300 stiles with gates on promoted routes",
    ], size=12, gap=8)  # fmt: skip
    s.bullets(LEFT + colw + 30, y, colw, [
        ("h", "Getting here"),
        "Run the Moorlander bus every day from Easter to October, from 2029",
        "Introduce pay-by-phone at all 17 car parks",
        "Consult on summer charges at the six busiest car parks",
        "Rebuild the Stanedge Visitor Centre as a travel hub by 2031",
    ], size=12, gap=8)  # fmt: skip
    s.end()

    # 9 pillar 4
    y = s.page("Pillar 4: Thriving communities", "Lead: Director of Planning and Communities")
    s.bullets(LEFT, y, RIGHT - LEFT, [
        "Move planning applications online, end to end, by March 2029",
        "Review the Local Plan: submit it for examination by March 2031",
        ("o", "with a policy for 60 homes for local people by 2032"),
        "Set up a Parish Partnership meeting quarterly in each of three areas",
        "Publish planning performance every quarter",
        "Run the residents' survey every year from 2028",
    ], size=13, gap=9)  # fmt: skip
    s.end()

    # 10 KPI table
    y = s.page("How we will measure success")
    rows = [
        ["Measure", "Baseline 2027/28", "Target", "By when"],
        ["Blanket bog under restoration", "1,250 ha", "4,250 ha", "Mar 2032"],
        ["SSSI land in favourable condition", "14%", "30%", "Mar 2032"],
        ["Holdings in nature-friendly agreements", "68", "120", "Mar 2031"],
        ["Native woodland planted since 2028", "0 ha", "400 ha", "Mar 2032"],
        ["Curlew breeding pairs, Upper Calder", "46", "70", "Jul 2031"],
        ["Rights of way easy to use", "73%", "90%", "Mar 2032"],
        ["Visitors arriving by car", "86%", "75%", "Mar 2032"],
        ["Minor applications decided in 8 weeks", "61%", "80%", "Mar 2030"],
        ["Volunteer days a year", "9,800", "14,000", "Mar 2031"],
        ["Residents who say we listen", "38%", "Higher each year", "-"],
    ]
    y = s.table(LEFT, y + 4, [300, 120, 115, 89], rows, size=11.5, pad=5)
    s.text(LEFT, y - 18, "Baselines are for 2027/28 except curlew (2027 season), visitors (2027 "
           "survey) and residents (2025 survey).", SANS, 9, GREY)  # fmt: skip
    s.end()

    # 11 roadmap table
    y = s.page("Roadmap 2028/29 to 2031/32")
    rows = [
        ["", "2028/29", "2029/30", "2030/31", "2031/32"],
        ["Phase", "Phase 1: Mobilise\n(Apr-Sep 2028)\nPhase 2: Pilot in Ashdale\n(from Oct 2028)",
         "Phase 2 continues\nto Mar 2030", "Phase 3: Scale across the park\n(Apr 2030-Sep 2031)",
         "Phase 4: Embed and review\n(Oct 2031-Mar 2032)"],
        ["Gates", "Gate 1: Sep 2028", "Gate 2: Mar 2030", "", "Gate 3: Sep 2031"],
        ["Nature recovery", "Ashdale Moor works from Aug 2028", "750 ha a year begins",
         "Black Hill and Wether Moor", "Condition review"],
        ["Farming and land", "Whole-farm plans in Ashdale", "New agreement opens Apr 2029",
         "Offer to all holdings", "120 holdings"],
        ["Welcome and access", "Path survey in Ashdale", "Moorlander bus; park-wide survey",
         "Stanedge rebuild", "90% easy to use"],
        ["Thriving communities", "Online planning chosen", "Online planning live",
         "Local Plan submitted", "Parish Partnership review"],
        ["People and data", "Six ranger posts advertised", "Volunteer system live",
         "Land agreements mapped", "Hand over to services"],
    ]  # fmt: skip
    y = s.table(LEFT, y + 4, [124, 125, 125, 125, 125], rows, size=9.5, pad=4,
                bold_first_col=True)  # fmt: skip
    s.text(LEFT, y - 16, "Financial years run April to March. Each gate is a go/no-go review "
           "by the Programme Board.", SANS, 9, GREY)  # fmt: skip
    s.end()

    # 12 pilot: two columns
    y = s.page("Pilot: the Ashdale valley",
               "October 2028 to March 2030 \u00b7 parishes of Ashdale and Thornby Bridge")  # fmt: skip
    colw = (RIGHT - LEFT - 30) / 2
    s.bullets(LEFT, y, colw, [
        ("h", "What we will do"),
        "Whole-farm plans for all 26 holdings in the valley",
        "Restore 300 ha of bog on Ashdale Moor",
        "Survey and repair every path in the two parishes",
        "Moorlander route 71 from Calderbridge station on summer weekends",
        "Trial the Parish Partnership with both parish councils",
    ], size=12, gap=7)  # fmt: skip
    s.bullets(LEFT + colw + 30, y, colw, [
        ("h", "Pass marks for Gate 2"),
        "18 of 26 holdings with a signed whole-farm plan",
        "300 ha of restoration works finished",
        "85% of paths in the two parishes easy to use",
        "8,000 passengers on route 71 in its first summer",
    ], size=12, gap=7)  # fmt: skip
    s.text(LEFT, 62, "Why Ashdale: the worst erosion in the park, 26 farms, two willing parish "
           "councils", OBL, 11, GREY)  # fmt: skip
    s.text(LEFT, 47, "and a railway station at Calderbridge.", OBL, 11, GREY)
    s.end()

    # 13 enablers: two columns and a money line
    y = s.page("What it takes: people, data and money")
    colw = (RIGHT - LEFT - 30) / 2
    s.bullets(LEFT, y, colw, [
        ("h", "People"),
        "Six new ranger posts, filled by April 2029",
        "A volunteer coordinator in each of the three areas",
        "Train every ranger to survey paths on a tablet",
    ], size=12, gap=8)  # fmt: skip
    s.bullets(LEFT + colw + 30, y, colw, [
        ("h", "Data and systems"),
        "One map of every land agreement in the park GIS",
        "Path surveys on tablets instead of paper cards",
        "A volunteer management system by April 2029",
    ], size=12, gap=8)  # fmt: skip
    c.setFillColorRGB(*HEAD_BG)
    c.rect(LEFT, 78, RIGHT - LEFT, 62, stroke=0, fill=1)
    s.text(LEFT + 12, 120, "Money: \u00a336.8m over four years", BOLD, 13)
    s.text(LEFT + 12, 100, "\u00a322.4m core grant \u00b7 \u00a39.6m partners \u00b7 \u00a34.8m "
           "our own income (car parks, centres)", SANS, 12)  # fmt: skip
    s.end()

    # 14 risks
    y = s.page("Risks and how we will manage them")
    s.bullets(LEFT, y, RIGHT - LEFT, [
        "The core grant after 2028/29 is not yet confirmed",
        ("o", "Phase 3 spending waits for Gate 2; bid to partners for peat work"),
        "Farmers do not sign up to the new agreement",
        ("o", "Co-design it with the farmers' reference group; pay no less than today"),
        "Car park charges meet local opposition",
        ("o", "Consult parish councils first; offer free permits to residents"),
        "Peat works slip because of weather and the bird nesting season",
        ("o", "Book contractors for August to March each year; keep two years of sites ready"),
        "Staff and volunteers are stretched by the new work",
        ("o", "Fill the six ranger posts first; agree rota changes with PCSU"),
    ], size=13, gap=7)  # fmt: skip
    s.end()

    # 15 first 100 days
    y = s.page("The first 100 days", "April to mid-July 2028")
    s.bullets(LEFT, y, RIGHT - LEFT, [
        ("n", "1.", "Appoint the programme manager and hold the first Programme Board (April)"),
        ("n", "2.", "Open consultation with PCSU on ranger rotas and the six new posts"),
        ("n", "3.", "Brief the Caldermoor Access Forum on the path survey (June meeting)"),
        ("n", "4.", "Sign the Ashdale Moor restoration contract for works from August"),
        ("n", "5.", "Ask the Nature Recovery Agency for SSSI consent for Ashdale Moor"),
        ("n", "6.", "Agree the pilot plan with Ashdale and Thornby Bridge parish councils"),
        ("n", "7.", "Choose the online planning system and sign the contract by July"),
        ("n", "8.", "Run the 2028 residents' survey in June"),
    ], size=13, gap=8)  # fmt: skip
    s.end()

    # 16 asks
    y = s.page("We ask members to")
    y = s.bullets(LEFT, y, RIGHT - LEFT, [
        "Approve Living Caldermoor 2032 as the Authority's plan for 2028 to 2032",
        "Approve the Ashdale valley pilot and its pass marks",
        "Release \u00a33.1m for Phase 1 and the first year of the pilot",
        "Agree to consult on summer charges at the six busiest car parks",
        "Delegate the three gate decisions to the Chief Executive",
    ], size=14, gap=10)  # fmt: skip
    s.text(LEFT, y - 20, "Questions: ruth.amberley@caldermoor-npa.gov.uk", SANS, 11, GREY)
    s.end()
    s.save()


# =========================================================================== the org chart


# (title, team, remit, consult only); drawn in this order
CHIEF = ("Chief Executive", "Chief Executive's Office",
         "Remit: sponsor of the plan, accountable to members; chairs the Programme "
         "Board", False)  # fmt: skip
CONSULT = [
    ("Access Forum Chair", "Caldermoor Local Access Forum",
     "Remit: independent chair of the statutory forum; advises on access, rights of way and "
     "stiles", True),
    ("PCSU Branch Secretary", "PCSU Caldermoor branch",
     "Remit: represents staff in consultation on rotas, posts and terms under the recognition "
     "agreement", True),
]  # fmt: skip
COLUMNS = [
    (("Director of Conservation and Farming", "Conservation and Farming",
      "Remit: nature and farming pillars; conservation budget; link with the "
      "Nature Recovery Agency", False), [
        ("Head of Moorland Restoration", "Conservation and Farming",
         "Remit: bog and peat restoration, contractors, drone monitoring, the "
         "restoration partnership", False),
        ("Senior Ecologist", "Conservation and Farming",
         "Remit: SSSI condition, species recovery including curlew, woodland creation, "
         "ecological advice", False),
        ("Farming and Land Manager", "Conservation and Farming",
         "Remit: Farming in Caldermoor scheme, farm grants and fund, whole-farm plans, farm "
         "advisers", False),
    ]),
    (("Director of Visitor Experience and Access", "Visitor Experience and Access",
      "Remit: welcome and access pillar; rangers, rights of way, car parks, visitor centres, "
      "volunteers", False), [
        ("Head of Ranger Service", "Visitor Experience and Access",
         "Remit: ranger teams in three areas, rotas, ranger training, practical estate work",
         False),
        ("Rights of Way Manager", "Visitor Experience and Access",
         "Remit: rights of way network, path surveys and repairs, definitive map, stiles and "
         "gates", False),
        ("Visitor Centres and Car Parks Manager", "Visitor Experience and Access",
         "Remit: three visitor centres, 17 car parks, parking charges and machines, Stanedge "
         "rebuild", False),
        ("Sustainable Transport Officer", "Visitor Experience and Access",
         "Remit: Moorlander bus, links with rail and bus operators, visitor travel survey",
         False),
        ("Volunteering Manager", "Visitor Experience and Access",
         "Remit: 400 volunteers, volunteer recruitment, coordinators, records of volunteer "
         "days", False),
    ]),
    (("Director of Planning and Communities", "Planning and Communities",
      "Remit: thriving communities pillar; planning service, Local Plan, work with parish "
      "councils", False), [
        ("Head of Development Management", "Planning and Communities",
         "Remit: planning applications and enforcement, PlanDesk, planning performance",
         False),
        ("Local Plan Manager", "Planning and Communities",
         "Remit: Local Plan review, consultation and examination, housing for local people",
         False),
        ("Community Engagement Manager", "Planning and Communities",
         "Remit: parish councils, Parish Partnership, residents' survey, public consultations",
         False),
    ]),
    (("Head of Finance and Resources", "Finance and Resources",
      "Remit: budget, grant claims, procurement, ICT and LedgerOne; programme funding bids",
      False), [
        ("GIS and Data Manager", "Finance and Resources",
         "Remit: park GIS and maps, data standards, PathLog, field tablets and survey apps",
         False),
        ("HR and OD Manager", "Finance and Resources",
         "Remit: recruitment, job evaluation, learning budget, PCSU consultation, HR policies",
         False),
    ]),
]  # fmt: skip


def chart_roles() -> list[tuple[str, str, str, bool]]:
    """Every box of the chart in the order it is drawn."""
    out = [CHIEF, *CONSULT]
    for head, staff in COLUMNS:
        out.append(head)
        out.extend(staff)
    return out


def build_chart(path: Path) -> None:
    cw, ch = 842.0, 595.0
    c = rl_canvas.Canvas(
        str(path), pagesize=(cw, ch), invariant=1, pageCompression=1, initialFontName=SANS
    )
    c.setProducer("PeopleHub HR Org Chart 6.2")
    c.setCreator("PeopleHub HR")
    c.setAuthor("")
    c.setSubject("")
    c.setTitle("Authority structure")
    box_w, box_h = 188.0, 48.0
    title_size, team_size, remit_size = 7.5, 6.5, 6.3

    def box(x: float, top: float, role: tuple[str, str, str, bool]) -> None:
        title, team, remit, consult = role
        c.setStrokeColorRGB(0.25, 0.35, 0.45)
        c.setLineWidth(0.8)
        c.setDash(3, 2) if consult else c.setDash()
        c.setFillColorRGB(0.97, 0.98, 1.0)
        c.rect(x, top - box_h, box_w, box_h, stroke=1, fill=1)
        c.setDash()
        c.setFillColorRGB(0.1, 0.15, 0.2)
        y = top - 10
        t = c.beginText()
        t.setTextOrigin(x + 5, y)
        t.setFont(BOLD, title_size)
        t.textOut(title)
        if consult:
            t.setFont(OBL, title_size)
            t.textOut(" (consult only)")
        c.drawText(t)
        y -= 9
        c.setFillColorRGB(0.35, 0.4, 0.45)
        c.setFont(SANS, team_size)
        c.drawString(x + 5, y, team)
        y -= 8.5
        c.setFillColorRGB(0.1, 0.15, 0.2)
        lines = wrap(remit, SANS, remit_size, box_w - 10)
        if len(lines) > 2:
            raise ValueError(f"remit over two lines: {title}")
        for line in lines:
            c.setFont(SANS, remit_size)
            c.drawString(x + 5, y, line)
            y -= 7.8

    def link(x1: float, y1: float, x2: float, y2: float, dashed: bool = False) -> None:
        c.setStrokeColorRGB(0.5, 0.55, 0.6)
        c.setLineWidth(0.7)
        c.setDash(2, 2) if dashed else c.setDash()
        mid = (y1 + y2) / 2
        c.line(x1, y1, x1, mid)
        c.line(x1, mid, x2, mid)
        c.line(x2, mid, x2, y2)
        c.setDash()

    c.setFillColorRGB(0.1, 0.15, 0.2)
    c.setFont(BOLD, 13)
    c.drawString(24, ch - 30, "Caldermoor National Park Authority: structure for Living "
                 "Caldermoor 2032")  # fmt: skip
    c.setFont(SANS, 7.5)
    c.drawString(24, ch - 43, "Exported from PeopleHub HR on 1 March 2028 \u00b7 vacant posts "
                 "and seasonal staff not shown")  # fmt: skip

    # the chief executive, with the two consult-only boxes on either side
    top1 = ch - 62
    cx = (cw - box_w) / 2
    box(cx, top1, CHIEF)
    left_x, right_x = 30.0, cw - 30 - box_w
    box(left_x, top1, CONSULT[0])
    box(right_x, top1, CONSULT[1])
    c.setStrokeColorRGB(0.5, 0.55, 0.6)
    c.setDash(2, 2)
    c.line(left_x + box_w, top1 - box_h / 2, cx, top1 - box_h / 2)
    c.line(cx + box_w, top1 - box_h / 2, right_x, top1 - box_h / 2)
    c.setDash()

    # four columns: the head, then the staff stacked under it
    gap = (cw - 4 * box_w) / 5
    top2 = top1 - box_h - 30
    for k, (head, staff) in enumerate(COLUMNS):
        x = gap + k * (box_w + gap)
        link(cx + box_w / 2, top1 - box_h, x + box_w / 2, top2)
        box(x, top2, head)
        top = top2 - box_h - 16
        for role in staff:
            c.setStrokeColorRGB(0.5, 0.55, 0.6)
            c.setLineWidth(0.7)
            c.line(x + box_w / 2, top + 16, x + box_w / 2, top)
            box(x, top, role)
            top -= box_h + 16

    # the legend
    c.setFont(SANS, 7.5)
    c.setFillColorRGB(0.1, 0.15, 0.2)
    lx, ly = cw - 250, 30
    c.setStrokeColorRGB(0.25, 0.35, 0.45)
    c.rect(lx, ly - 2, 16, 9, stroke=1, fill=0)
    c.drawString(lx + 22, ly, "Solid border = owns programme work")
    c.setDash(3, 2)
    c.rect(lx, ly - 16, 16, 9, stroke=1, fill=0)
    c.setDash()
    c.drawString(lx + 22, ly - 14, "Dashed border = consult only")
    c.setFont(SANS, 6.5)
    c.drawString(24, 16, "PeopleHub HR \u00b7 Org chart \u00b7 Page 1 of 1")
    c.showPage()
    c.save()


# =========================================================================== org files

STAMP = Stamp(zip_time=(2028, 2, 20, 9, 0, 0), w3c="2028-02-20T09:00:00Z")


def pcsu_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    doc.add_heading("Recognition and Facilities Agreement (extract)", level=1)
    doc.add_paragraph(
        "Between Caldermoor National Park Authority and the Public and Countryside Staff "
        "Union (PCSU). Signed 12 May 2021. Extract of the clauses that bear on changes to "
        "work, posts and volunteering."
    )
    clauses = [
        ("4.1", "PCSU is recognised for all staff on Authority terms and conditions, including "
                "seasonal staff."),
        ("4.2", "The Authority will consult PCSU for at least 45 days before it changes rotas, "
                "shift patterns, work bases or job descriptions."),
        ("4.3", "Ranger rotas are set each March for the year ahead; weekend working beyond one "
                "weekend in three is voluntary."),
        ("4.5", "New posts are graded under the job evaluation scheme before they are "
                "advertised, which takes about six weeks."),
        ("6.1", "Volunteers support paid staff; they must not be used to fill vacant paid posts "
                "or to do work that a paid post exists to do."),
        ("6.3", "Seasonal rangers are employed from April to October only."),
        ("7.2", "Staff may not work alone on the open moor without a radio and a check-in every "
                "two hours."),
        ("8.1", "Any new monitoring of staff through devices or apps must be agreed with PCSU "
                "before it is used."),
    ]  # fmt: skip
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Clause"
    table.rows[0].cells[1].text = "Text"
    for num, text in clauses:
        row = table.add_row()
        row.cells[0].text = num
        row.cells[1].text = text
    doc.add_paragraph("The full agreement is held by the HR and OD Manager.")
    return ooxml_bytes(
        doc,
        STAMP,
        author="HR and OD",
        title="PCSU recognition agreement extract",
        last_modified_by="HR and OD",
        revision=3,
    )


PROGRAMME_BOARD = """
# Living Caldermoor 2032: Programme Board terms of reference

Approved by the Finance and Resources Committee on 8 February 2028, to take effect when the
Authority approves the plan.

## Sponsor and chair

The Chief Executive is the sponsor of Living Caldermoor 2032 and chairs the Programme Board.
She is accountable to the Authority's members for the plan and takes the gate decisions the
Authority delegates to her, on the Board's advice.

## Members

- Chief Executive (chair)
- Director of Conservation and Farming
- Director of Visitor Experience and Access
- Director of Planning and Communities
- Head of Finance and Resources
- Programme manager (secretary)

The programme manager post is not yet filled; until it is, the Chief Executive's Office writes
the Board's papers.

The Access Forum Chair and the PCSU Branch Secretary attend for items on access and on staff
respectively. They advise the Board; they do not own programme work or take decisions.

## Gates

- Gate 1, September 2028: the pilot is ready to start.
- Gate 2, March 2030: the pilot has met its pass marks and the plan can scale across the park.
- Gate 3, September 2031: the work is ready to hand over to the services.

Each gate is a go/no-go decision, reported to the next Authority meeting.

## Money

The Board may release money within the phase budget the Authority has approved. Any spending
above £250,000 that is not in an approved budget needs a decision of the full Authority.

## Cadence

The Board meets monthly. A highlight report goes to each of the Authority's five meetings a
year.

## Risks

The programme has no risk register of its own yet; the corporate risk register carries a
single line for it.
"""

STANDING_ORDERS = """
# Standing orders and scheme of delegation: extract for Living Caldermoor 2032

Prepared by the Head of Finance and Resources, February 2028.

## Matters reserved to the Authority

- Adopting the National Park Management Plan and the Local Plan.
- Introducing or changing any charge, including car park charges.
- The annual budget, and any spending above £250,000 outside an approved budget.

Before the Authority decides to introduce or change car park charges, it must hold a public
consultation of at least eight weeks and consider the views of every parish council affected.

## Planning

Major planning applications are decided by the Planning Committee; officers decide minor
applications under delegation.

The Local Plan must go through two rounds of public consultation before it can be submitted
for examination.

## Access

The Authority must seek the advice of the Caldermoor Local Access Forum before it adopts or
changes its Rights of Way Improvement Plan.

## Contracts

Contracts worth more than £200,000 must be let by open tender, which takes about four months
from advert to award.

Capital projects costing more than £1m also need the Department's approval of a business case
before any contract is signed.
"""

SYSTEMS = """
# Systems and records: what we have and what we lack

Owner: GIS and Data Manager, with the Head of Finance and Resources for ICT. Updated February
2028 for the Living Caldermoor 2032 plan.

## Maps and land data

- We run one park-wide GIS (QGIS on a PostGIS database), managed by the GIS and Data team of
  three. It holds SSSI boundaries, the habitat map, the 2019 peat depth survey, bog restoration
  sites and the land the Authority owns.
- Farming in Caldermoor agreements are kept in an Excel workbook by the Farming and Land team;
  agreement boundaries are not mapped in the GIS.
- Our drone team (two licensed pilots, two fixed-wing drones) flies the bog restoration sites,
  and the imagery is stored on the GIS server.
- Peat depth has been surveyed on 5,200 of the 8,400 ha of blanket bog; the remaining 3,200 ha
  have never been surveyed.
- SSSI condition is assessed by the Nature Recovery Agency, not by us: we receive the results
  once a year as a PDF report and cannot edit or query them.

## Rights of way

- PathLog, our rights of way database, is used by the North and East area teams only; the
  South area team keeps its path problems in a shared spreadsheet.
- Path inspections are written on paper cards in the field and typed into PathLog at the
  office, often weeks later.
- The definitive map is a paper map of 1952 with 214 legal orders since, held at Aldbury Hall;
  the digital layer in the GIS has not been checked against it.
- Rangers do not have tablets: 12 older phones are shared between the three area teams, and
  none of them can run a survey app.
- There is no mobile signal over about 40% of the high moor, so any field app must work
  offline.

## Visitors, car parks and transport

- Pay machines take cards at only 5 of our 17 car parks; the other 12 take coins only.
- We have no pay-by-phone service at any car park.
- Occupancy counters are fitted at 3 car parks (Stanedge, Ashdale Head and Hollin Clough); at
  the other 14 we have no count of how full they are.
- People counters on 9 paths send their counts to the supplier's portal, which keeps them for
  13 months only.
- How visitors travel is measured by the visitor survey, which runs once every three years
  (last in summer 2027, 1,400 interviews at 12 sites); nothing measures it between surveys.
- TillPoint tills at the three visitor centres record sales, not where visitors came from.
- We do not run buses ourselves: Westmoor County Council is the local transport authority, and
  any bus service must be run by a licensed operator and registered with the Traffic
  Commissioner 70 days before it starts.

## Planning

- PlanDesk is our planning case system. It has no online submission: applications arrive
  through the national Planning Portal as PDF files and are keyed into PlanDesk by hand.
- PlanDesk cannot publish documents to our website; the technical support officer uploads them
  each morning.
- The supplier will not renew the PlanDesk support contract after 30 June 2029.
- Parish council responses to planning consultations arrive by email or letter and are scanned
  in by hand.

## Volunteers and people

- Volunteer days are recorded on paper sign-in sheets at each ranger base and added up by hand
  each quarter.
- There is no volunteer management system; volunteers' contact details sit in a spreadsheet
  kept by each area team.
- PeopleHub is our HR system: posts, recruitment and training records.

## Finance

- LedgerOne is our finance system for budgets, grant claims and payments to farmers and
  contractors.
- Farm grant applications are made on paper forms and checked by hand before payment.
"""

MEASURES = """
# Living Caldermoor 2032: measure definitions

Owner of this document: Head of Finance and Resources. Each measure has an owner who reports
it to the Programme Board every quarter, or every year where noted.

| Measure | Definition | Source | Baseline | Owner |
|---|---|---|---|---|
| Blanket bog under restoration | Hectares of blanket bog where restoration works have started, cumulative | Restoration site register in the GIS | 1,250 ha (March 2028) | Head of Moorland Restoration |
| SSSI land in favourable condition | Share of SSSI area the Nature Recovery Agency last assessed as favourable | Agency's annual condition report | 14% (2027) | Senior Ecologist |
| Holdings in nature-friendly agreements | Farm holdings with a live Farming in Caldermoor agreement or its successor | Farming and Land workbook | 68 (March 2028) | Farming and Land Manager |
| Native woodland planted since 2028 | Hectares planted with native trees from April 2028 | Planting contracts | 0 ha | Senior Ecologist |
| Curlew breeding pairs, Upper Calder | Pairs holding territory in the annual breeding survey | Caldermoor Bird Group report | 46 (2027 season) | Senior Ecologist |
| Rights of way easy to use | Share of sampled path lengths passing the easy-to-use survey | Annual sample survey | 73% (2027/28) | Rights of Way Manager |
| Visitors arriving by car | Share of visitors interviewed who arrived by car or van | Visitor survey | 86% (2027) | Sustainable Transport Officer |
| Minor applications decided in 8 weeks | Share of minor applications decided within 8 weeks or an agreed extension | PlanDesk | 61% (2027/28) | Head of Development Management |
| Volunteer days a year | Days given by volunteers, a half day or more counted as a day | Sign-in sheets | 9,800 (2027/28) | Volunteering Manager |
| Residents who say we listen | Share of residents who agree the Authority listens to local people | Residents' survey | 38% (2025) | Community Engagement Manager |

## Notes on the data

- Curlew counts are made by volunteers of the Caldermoor Bird Group; we hold only the annual
  report, not the raw counts.
- The residents' survey has been run once, in 2025, with 1,020 replies; it has no budget line
  from 2028/29.
- The visitor survey is the only source for the car share, so the figure can move only every
  third year.
- Native woodland planted is counted from planting contracts, because new planting is not yet
  drawn in the GIS.
- The easy-to-use survey samples 5% of the network each year; a full survey of the network has
  never been done.
"""

ACCESS_FORUM = """
CALDERMOOR LOCAL ACCESS FORUM - TERMS OF REFERENCE (SUMMARY)

The Caldermoor Local Access Forum is the statutory advisory body on public access to land in
the National Park. It has 18 members appointed by the Authority: landowners and farmers,
walkers, riders, cyclists, a disability access group and parish councillors.

The Forum meets four times a year, in March, June, September and December. Papers go to
members ten working days before each meeting.

The Authority must consult the Forum on any change to the Rights of Way Improvement Plan and on
any programme to replace stiles and gates on public paths.

The Forum advises; it does not decide and does not carry out work. Its chair is independent of
the Authority.

The Forum has asked to see the method of any new path survey before it starts.
"""

GRANT_LETTER = """
Department for Rural Affairs and Environment
National Parks Sponsorship Team

12 February 2028

Ruth Amberley
Chief Executive
Caldermoor National Park Authority

Dear Ruth,

CORE GRANT 2028/29 AND INDICATIVE FIGURES

I am writing to confirm Caldermoor National Park Authority's core grant of £5.6m for 2028/29.

The figures for 2029/30 to 2031/32 are indicative only and will not be confirmed until after
the Spending Review, expected in autumn 2029.

As in past years, the core grant may not be used to subsidise bus services; support for public
transport is a matter for the county council as transport authority.

Any capital project costing more than £1m, such as the proposed rebuild of the Stanedge
Visitor Centre, needs the Department's approval of a full business case before a contract is
signed. Our business case reviews take about three months.

We will expect the Authority's annual report to set out progress against the measures in its
new plan.

Yours sincerely,

Hannah Pryce
Head of National Parks Sponsorship
"""

NRA_NOTE = """
# Working with the Nature Recovery Agency: consents and seasons

Note by the Senior Ecologist, January 2028.

- The Nature Recovery Agency is the regulator for the park's 88 SSSI units.
- Works on an SSSI need the Agency's written consent before they start. The Agency aims to
  decide within 28 days, but large peat restoration schemes have taken up to four months.
- No peat restoration with machinery may take place between 15 March and 31 July, the season
  when ground-nesting birds breed.
- The Agency assesses SSSI condition with its own staff on a six-year cycle; 31 of the 88 units
  have not been assessed since 2016.
- A condition recovery plan for a unit must be agreed with the owner or occupier as well as the
  Agency.
- The Moorland Restoration Partnership (the Authority, the Agency, two water companies and
  three estates) funds and runs peat work on the high moor; it has restored 1,250 ha since 2012.
- Sphagnum plug plants come from one supplier, which needs orders a season ahead.
"""

ASHDALE = """
# Ashdale valley: profile for the pilot

Prepared by the Community Engagement Manager, February 2028.

- Two parishes: Ashdale (610 people) and Thornby Bridge (1,140 people).
- 26 farm holdings: 15 farmed by their owners and 11 tenanted from the Ashdale Estate.
- Whole-farm plans on tenanted land need the landlord's agreement as well as the tenant's.
- Ashdale Moor is 1,040 ha of SSSI, with 380 ha of bare peat.
- Ashdale Head car park has 140 spaces and was full on 29 days in 2027.
- Calderbridge station has trains every hour from Monday to Saturday and every two hours on
  Sundays.
- The road above Thornby Bridge is too narrow for a full-size bus; a route there needs a
  midi-bus.
- There is no mobile signal in the valley above Thornby Bridge.
- Ashdale Parish Council meets every other month; Thornby Bridge Parish Council meets monthly.
- 84 km of rights of way, of which 31 km failed the easy-to-use survey when last sampled.
"""

WORKFORCE = """
# Workforce and volunteers, 2027/28

Prepared by the HR and OD Manager, February 2028.

- 260 staff (228 full-time equivalent), in four directorates and the Chief Executive's Office.
- Three area ranger teams: North (Aldbury Hall), East (Hollin Clough) and South (Stanedge).
- 34 ranger posts, 8 of them seasonal; 4 of the 26 permanent ranger posts are vacant.
- One farm adviser covers all 231 farm holdings.
- 2 of the 7 planning officer posts are vacant, and the gaps are covered by agency planners.
- The Authority has no programme or project management team; programmes have been run by
  directors alongside their services.
- About 400 active volunteers gave 9,800 days in 2027/28.
- There are no volunteer coordinator posts: rangers organise volunteers alongside their own
  work.
- The HR and OD Manager holds a learning budget of £58,000 a year, and ranger training
  (chainsaw, quad bike, first aid) runs every winter.
"""


def build(out: Path) -> None:
    register_fonts()
    root = out / CASE
    (root / "org" / "people").mkdir(parents=True, exist_ok=True)
    build_deck(root / DECK)
    build_chart(root / CHART)
    write_files(
        root / "org",
        {
            "governance/living-caldermoor-programme-board.md": PROGRAMME_BOARD,
            "governance/standing-orders-extract.md": STANDING_ORDERS,
            "governance/pcsu-recognition-agreement-extract.docx": pcsu_docx(),
            "systems/systems-and-records.md": SYSTEMS,
            "measures/living-caldermoor-measures.md": MEASURES,
            "context/access-forum-terms.txt": ACCESS_FORUM,
            "context/department-grant-letter-2028-02.txt": GRANT_LETTER,
            "context/nature-recovery-agency-note.md": NRA_NOTE,
            "context/ashdale-valley-profile.md": ASHDALE,
            "context/workforce-and-volunteers-2027.md": WORKFORCE,
        },
    )


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
