# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the dev19 case ``tarnmoor-rugby``: its deck, the deck's HTML source and its org folder,
deterministically.

Run from the repository root with the venv that has odfpy (``/tmp/rl`` holds python-pptx,
python-docx, lxml, pypdf and odfpy; the project's ``.venv`` has no odfpy, which the roster
needs), on a machine with Chromium at ``/usr/bin/chromium``:

    /tmp/rl/bin/python evals/dev19/build_tarnmoor_rugby.py [out] [--skip-pdf]

Writes, under ``evals/dev19/tarnmoor-rugby/`` (or ``<out>/tarnmoor-rugby/``):

- ``src/open-field.html`` and ``src/open-field.css``: a national rugby union governing body's
  community game plan for the seasons 2029/30 to 2031/32 ("Open Field", Tarnmoor Rugby Union),
  written as an HTML slide deck in the reveal.js manner: one ``<section>`` per slide, each
  1280 x 720 px, ``@page`` sized to the slide so each section prints as one page; flexbox
  cards and rows, CSS grid tiles, pillars, a phase-column roadmap and a first-100-days grid, an
  HTML ``<table>`` for the KPIs and another for the risks, CSS bars, inline SVG icons, a footer
  with the slide number. System fonts only ("DejaVu Sans", then sans-serif); nothing is
  downloaded.
- ``open-field-community-game-plan-board-june-2029.pdf``: that HTML PRINTED BY HEADLESS
  CHROMIUM (``--print-to-pdf``, no header or footer), 17 pages of 960 x 540 pt
  (1280 x 720 CSS px), then rewritten with pypdf so that a rebuild gives the same
  bytes: /CreationDate and /ModDate fixed, /Producer fixed, a fixed trailer /ID. Chromium draws
  DejaVu Sans with its common ligatures, so "fi", "ff", "ffi" come out as the glyphs U+FB01,
  U+FB00, U+FB03 in pypdf's text, as they do in any Chromium print of such a page.
- ``org/``: the programme team as an OpenDocument text document
  (``people/community-game-programme-team.odt``, as LibreOffice Writer saves it: a heading, an
  introduction, a table Role / Department / Involvement / Responsibilities with a repeated
  header row, a Department cell spanning two rows, cells of two paragraphs and cells holding a
  bulleted list), the Programme Board's terms of reference, an extract of the Articles and
  Competition Regulations, the safeguarding arrangements (.odt), a systems and data inventory,
  the measures with owners and baselines (.docx), the county unions' summary, the Carrow
  County profile, an extract of Sport Tarnmoor's investment award and an email about WhistleHub
  licences.

Re-running it rewrites every file byte for byte on a machine whose Chromium is the one recorded
in ``CHROMIUM_VERSION`` (another Chromium lays out and subsets fonts its own way; the builder
warns and still writes its PDF). ``--skip-pdf`` writes everything but the PDF (for a machine
without that Chromium). The ODT files are written by odfpy and then rewritten with their own
meta fields (LibreOffice generator, fixed dates) and a fixed time on every ZIP entry,
``mimetype`` first and stored; the DOCX through ``evals/dev16/_build.py``; the text files are
literal strings. It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev19"): the engine may be tuned on it.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "tarnmoor-rugby"
DECK = "open-field-community-game-plan-board-june-2029.pdf"
CHROMIUM = "/usr/bin/chromium"
# the Chromium the committed PDF was printed with: a rebuild matches it byte for byte only here
CHROMIUM_VERSION = "156.0.8078.114"

PDF_DATE = "D:20290604101500+01'00'"
PDF_PRODUCER = "Skia/PDF m156"
PDF_ID = bytes.fromhex("5f0c2a9e7b3d41e88a6c0d2f19b4e737")

ODT_TIME = (2029, 5, 28, 16, 2, 40)
ODT_CREATED = "2029-03-11T09:20:14.512000000"
ODT_W3C = "2029-05-28T16:02:40.118000000"
GENERATOR = (
    "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"
)
ODT_ORDER = [
    "mimetype",
    "styles.xml",
    "content.xml",
    "meta.xml",
    "settings.xml",
    "META-INF/manifest.xml",
]

DOCX_STAMP = Stamp((2029, 5, 21, 11, 40, 0), "2029-05-21T11:40:00Z")


# ================================================================== the HTML deck

# The deck is written as HTML and CSS under the case's src/ (the committed source, kept
# whole there rather than again here); this builder copies them and prints the PDF.
SRC = HERE / CASE / "src"
CSS = (SRC / "open-field.css").read_text(encoding="utf-8")
HTML = (SRC / "open-field.html").read_text(encoding="utf-8")


def chromium_version() -> str | None:
    """The installed Chromium's version number, or None when there is none."""
    try:
        out = subprocess.run(
            [CHROMIUM, "--version"], capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    m = re.search(r"Chromium (\d+(?:\.\d+)+)", out)
    return m.group(1) if m else None


def print_pdf(html: Path) -> bytes:
    """The HTML printed by headless Chromium, as Chromium writes it."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "deck.pdf"
        subprocess.run(
            [
                CHROMIUM,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--user-data-dir={Path(tmp) / 'profile'}",
                f"--print-to-pdf={out}",
                html.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
        )
        return out.read_bytes()


def fixed_pdf(raw: bytes) -> bytes:
    """Chromium's PDF with its dates, producer and ID fixed, written again by pypdf."""
    reader = PdfReader(io.BytesIO(raw))
    writer = PdfWriter(clone_from=reader)
    info = {k: v for k, v in (reader.metadata or {}).items()}
    info.update({"/CreationDate": PDF_DATE, "/ModDate": PDF_DATE, "/Producer": PDF_PRODUCER})
    writer.add_metadata(info)
    writer._ID = ArrayObject([ByteStringObject(PDF_ID), ByteStringObject(PDF_ID)])
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# ================================================================== the programme team (ODT)

TEAM_TITLE = "Open Field: community game programme team"
TEAM_INTRO = (
    "This list names the posts that work on Open Field, the community game plan for the seasons "
    "2029/30 to 2031/32, and what each post is responsible for in it. Core team posts own work "
    "in the plan; Extended team posts support it and are kept informed; Consult only posts are "
    "consulted before decisions that touch their members and own no work. Postholders' names "
    "are kept by HR. Updated 28 May 2029."
)
TEAM_HEAD = ("Role", "Department", "Involvement", "Responsibilities")
TEAM_FOOT = (
    "The Union Board and its Chair are not part of the programme team: the Board approves Open "
    "Field and its budget and has delegated the gate decisions to the Chief Executive."
)

# (role, department, involvement, responsibilities); the responsibilities are paragraphs, or
# ("list", [items]) for a bulleted list inside the cell. The Community Rugby department cell of
# the Director of Community Rugby spans the next row too (``SPAN``).
SPAN = "Director of Community Rugby"
TEAM = [
    (
        "Chief Executive",
        "Executive Office",
        "Core team",
        [
            "Sponsor of Open Field. Chairs the Open Field Programme Board, takes each gate "
            "decision under the Board's delegation and releases each season's budget.",
            "Accountable to the Union Board for the programme and to Sport Tarnmoor for the "
            "investment award and its outcomes.",
        ],
    ),
    (
        "Director of Community Rugby",
        "Community Rugby",
        "Core team",
        [
            "Leads the community game day to day: club development, the county unions' "
            "development staff, the Carrow pilot, the club health check and the call to lapsed "
            "players. Owns the registered players measure.",
        ],
    ),
    (
        "Open Field Programme Manager",
        None,
        "Core team",
        [
            (
                "list",
                [
                    "Keeps the programme plan, the risk log and the action log",
                    "Writes the gate reports and the returns to Sport Tarnmoor",
                    "Secretary to the Programme Board",
                ],
            )
        ],
    ),
    (
        "Head of Women's and Girls' Rugby",
        "Community Rugby",
        "Core team",
        [
            "Women's and girls' sections in clubs, the Start Her Game grants, the county "
            "women's and girls' officers and the women's and girls' leagues below the Women's "
            "Premiership.",
        ],
    ),
    (
        "Schools and Youth Manager",
        "Community Rugby",
        "Core team",
        [
            "Try Tarnmoor schools partnerships and the community rugby officers' work in the "
            "secondary school clusters; age-grade rugby; the bridge from school to club for "
            "players aged 16 to 19, with the further education colleges.",
        ],
    ),
    (
        "Volunteer Development Manager",
        "Community Rugby",
        "Core team",
        [
            "Club volunteers: recruitment, recognition, induction of club officers and the "
            "volunteer census.",
            "Keeps the link with the Volunteers' Forum and reviews every new ask of clubs.",
        ],
    ),
    (
        "Head of Competitions",
        "Rugby Operations",
        "Core team",
        [
            "League and cup competitions, the competition regulations and the proposals to "
            "Council, playing formats, Tag Tarnmoor, fixtures and results in MatchDay Online, "
            "matches conceded or called off.",
        ],
    ),
    (
        "Head of Refereeing",
        "Rugby Operations",
        "Core team",
        [
            (
                "list",
                [
                    "Referee recruitment, development, mentoring and retention",
                    "The six county referee societies and referee appointments in WhistleHub",
                    "Referees' match fees and the Referees' Code",
                ],
            )
        ],
    ),
    (
        "Head of Coach Development",
        "Rugby Operations",
        "Core team",
        [
            "Coaching awards from Level 1 to Level 4, the tutor workforce and the courses and "
            "records in TRU Learn, the paper register of awards from before 2025 included.",
        ],
    ),
    (
        "Head of Safeguarding",
        "Integrity and Welfare",
        "Core team",
        [
            "Safeguarding policy and cases in SafeCase; the case officers; club welfare "
            "officers, their training and their appointment in every club.",
            "Disclosure checks, with the Tarnmoor Disclosure Service.",
        ],
    ),
    (
        "Facilities and Investment Manager",
        "Finance and Facilities",
        "Core team",
        [
            "The Clubhouse and Pitch Fund, its grants and loans to clubs, and the club "
            "facilities audit.",
        ],
    ),
    (
        "Director of Finance",
        "Finance and Facilities",
        "Extended team",
        [
            "The programme's budget and financial control; the financial part of Sport "
            "Tarnmoor's returns.",
        ],
    ),
    (
        "Head of Data and Digital",
        "Business Services",
        "Core team",
        [
            "ScrumBase, MatchDay Online and TRU Insight, and the supplier contracts for "
            "WhistleHub and TRU Learn; the data behind every measure; linking disclosure check "
            "results to ScrumBase.",
        ],
    ),
    (
        "Communications Manager",
        "Business Services",
        "Extended team",
        ["Campaigns, the website, social media and the weekly bulletin to clubs."],
    ),
    (
        "Carrow County Development Manager",
        "Carrow County Rugby Union",
        "Core team",
        [
            "Employed by Carrow County Rugby Union and seconded to Open Field for the pilot.",
            "Leads the pilot on the ground in Carrow's 41 clubs, with the county's community "
            "rugby officers and the Carrow Referees' Society.",
        ],
    ),
    (
        "TRPA Community Game Representative",
        "Tarnmoor Rugby Players' Association",
        "Consult only",
        [
            "Speaks for players on playing formats, player welfare and competitions; consulted "
            "before any change to them, takes no decisions for the programme.",
        ],
    ),
    (
        "Volunteers' Forum Chair",
        "Volunteers' Forum",
        "Consult only",
        ["Speaks for club volunteers; comments on any proposal that adds work for them."],
    ),
    (
        "Sport Tarnmoor Relationship Manager",
        "Sport Tarnmoor",
        "Consult only",
        [
            "Sport Tarnmoor's contact for the investment award; observes the Programme Board "
            "once a quarter.",
        ],
    ),
    (
        "County Unions' Forum Chair",
        "County Unions' Forum",
        "Consult only",
        ["Speaks for the six county unions; attends the Programme Board."],
    ),
]


def _odt_package(doc) -> bytes:
    """An odfpy document as LibreOffice Writer would save it: the package rewritten with a
    LibreOffice generator, the entries in a fixed order, a fixed time on each, ``mimetype``
    first and stored."""
    buffer = io.BytesIO()
    doc.write(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    names = src.namelist()
    assert sorted(names) == sorted(ODT_ORDER), names
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in ODT_ORDER:
            body = src.read(name)
            if name == "meta.xml":
                body = re.sub(
                    rb"<meta:generator>[^<]*</meta:generator>",
                    b"<meta:generator>" + GENERATOR.encode() + b"</meta:generator>",
                    body,
                )
            info = zipfile.ZipInfo(name, date_time=ODT_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    return out.getvalue()


def _odt_doc(creator: str, cycles: str, duration: str):
    """A Writer document with its meta fields set and the styles a Writer file carries."""
    from odf import config, dc, meta
    from odf.opendocument import OpenDocumentText
    from odf.style import (
        FontFace,
        ListLevelProperties,
        ParagraphProperties,
        Style,
        TextProperties,
    )
    from odf.text import ListLevelStyleBullet, ListStyle

    doc = OpenDocumentText()
    doc.meta.addElement(meta.InitialCreator(text=creator))
    doc.meta.addElement(meta.CreationDate(text=ODT_CREATED))
    doc.meta.addElement(dc.Date(text=ODT_W3C))
    doc.meta.addElement(dc.Creator(text=creator))
    doc.meta.addElement(meta.EditingDuration(text=duration))
    doc.meta.addElement(meta.EditingCycles(text=cycles))

    doc.fontfacedecls.addElement(
        FontFace(
            name="Liberation Sans",
            fontfamily="'Liberation Sans'",
            fontfamilygeneric="swiss",
            fontpitch="variable",
        )
    )
    standard = Style(name="Standard", family="paragraph", attributes={"class": "text"})
    standard.addElement(TextProperties(fontname="Liberation Sans", fontsize="10.5pt"))
    doc.styles.addElement(standard)
    heading = Style(
        name="Heading_20_1",
        displayname="Heading 1",
        family="paragraph",
        parentstylename=standard,
        defaultoutlinelevel="1",
    )
    heading.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    heading.addElement(ParagraphProperties(margintop="0.17in", marginbottom="0.08in"))
    doc.styles.addElement(heading)
    heading2 = Style(
        name="Heading_20_2",
        displayname="Heading 2",
        family="paragraph",
        parentstylename=standard,
        defaultoutlinelevel="2",
    )
    heading2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(heading2)
    body = Style(
        name="Text_20_body", displayname="Text body", family="paragraph", parentstylename=standard
    )
    body.addElement(ParagraphProperties(marginbottom="0.0972in"))
    doc.styles.addElement(body)
    contents = Style(
        name="Table_20_Contents",
        displayname="Table Contents",
        family="paragraph",
        parentstylename=standard,
    )
    doc.styles.addElement(contents)
    theading = Style(
        name="Table_20_Heading",
        displayname="Table Heading",
        family="paragraph",
        parentstylename=contents,
    )
    theading.addElement(TextProperties(fontweight="bold"))
    doc.styles.addElement(theading)

    bullets = ListStyle(name="L1")
    level = ListLevelStyleBullet(level="1", bulletchar="•")
    level.addElement(ListLevelProperties(spacebefore="0.1in", minlabelwidth="0.15in"))
    bullets.addElement(level)
    doc.automaticstyles.addElement(bullets)

    view = config.ConfigItemSet(name="ooo:view-settings")
    item = config.ConfigItem(name="ViewAreaTop", type="long")
    item.addText("0")
    view.addElement(item)
    doc.settings.addElement(view)
    styles = {
        "standard": standard,
        "h1": heading,
        "h2": heading2,
        "body": body,
        "contents": contents,
        "theading": theading,
        "bullets": bullets,
    }
    return doc, styles


def roster_odt() -> bytes:
    from odf.style import (
        Style,
        TableCellProperties,
        TableColumnProperties,
        TableProperties,
    )
    from odf.table import (
        CoveredTableCell,
        Table,
        TableCell,
        TableColumn,
        TableHeaderRows,
        TableRow,
    )
    from odf.text import H, List, ListItem, P

    doc, st = _odt_doc("Community Rugby Directorate", "17", "PT2H12M40S")

    table_style = Style(name="Table1", family="table")
    table_style.addElement(TableProperties(width="9.8in", align="margins"))
    doc.automaticstyles.addElement(table_style)
    widths = ("2.2in", "1.9in", "1.2in", "4.5in")
    col_styles = []
    for k, width in enumerate(widths):
        s = Style(name=f"Table1.{'ABCD'[k]}", family="table-column")
        s.addElement(TableColumnProperties(columnwidth=width))
        doc.automaticstyles.addElement(s)
        col_styles.append(s)
    cell_style = Style(name="Table1.A1", family="table-cell")
    cell_style.addElement(TableCellProperties(padding="0.04in", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(cell_style)
    head_cell = Style(name="Table1.A2", family="table-cell")
    head_cell.addElement(
        TableCellProperties(
            padding="0.04in", border="0.5pt solid #000000", backgroundcolor="#dde8cb"
        )
    )
    doc.automaticstyles.addElement(head_cell)

    doc.text.addElement(H(outlinelevel=1, stylename=st["h1"], text=TEAM_TITLE))
    doc.text.addElement(P(stylename=st["body"], text=TEAM_INTRO))

    table = Table(name="ProgrammeTeam", stylename=table_style)
    for s in col_styles:
        table.addElement(TableColumn(stylename=s))
    header = TableHeaderRows()
    row = TableRow()
    for name in TEAM_HEAD:
        c = TableCell(stylename=head_cell, valuetype="string")
        c.addElement(P(stylename=st["theading"], text=name))
        row.addElement(c)
    header.addElement(row)
    table.addElement(header)

    def text_cell(paragraphs, spanned: int = 1):
        kw = {"numberrowsspanned": str(spanned)} if spanned > 1 else {}
        c = TableCell(stylename=cell_style, valuetype="string", **kw)
        for para in paragraphs:
            if isinstance(para, tuple) and para[0] == "list":
                lst = List(stylename=st["bullets"])
                for item in para[1]:
                    li = ListItem()
                    li.addElement(P(stylename=st["contents"], text=item))
                    lst.addElement(li)
                c.addElement(lst)
            else:
                c.addElement(P(stylename=st["contents"], text=para))
        return c

    for role, department, involvement, remit in TEAM:
        row = TableRow()
        row.addElement(text_cell([role]))
        if department is None:
            row.addElement(CoveredTableCell())
        else:
            row.addElement(text_cell([department], 2 if role == SPAN else 1))
        row.addElement(text_cell([involvement]))
        row.addElement(text_cell(remit))
        table.addElement(row)
    doc.text.addElement(table)
    doc.text.addElement(P(stylename=st["body"], text=TEAM_FOOT))
    return _odt_package(doc)


SAFEGUARDING = [
    ("h1", "Safeguarding arrangements: summary for Open Field"),
    ("p", "Prepared by the Head of Safeguarding for the Open Field business case, April 2029."),
    ("h2", "The team"),
    (
        "p",
        "The safeguarding team's establishment is three posts: the Head of Safeguarding and "
        "two case officers.",
    ),
    (
        "p",
        "Cases open at 30 April 2029 stood at 58, against 31 two years earlier; each case "
        "officer now carries about 29.",
    ),
    (
        "p",
        "A new post in the team needs the Union Board's approval and Sport Tarnmoor's "
        "agreement, because half the team's cost is met from the investment award.",
    ),
    ("h2", "Clubs"),
    (
        "p",
        "Every affiliated club must name a trained welfare officer; at 30 April 2029, 68 clubs "
        "had none in post.",
    ),
    (
        "p",
        "Welfare officer training is a three-hour course on TRU Learn and a half-day workshop, "
        "which the safeguarding team runs in each county twice a season.",
    ),
    (
        "p",
        "A welfare officer reports a concern to the safeguarding team by phone or by email; "
        "the team answers within one working day.",
    ),
    ("h2", "Checks and records"),
    (
        "p",
        "A disclosure check is required for every coach, referee and volunteer who works with "
        "under-18s, and is renewed every three years.",
    ),
    ("p", "Case records in SafeCase are kept for 25 years after a case closes."),
]


def safeguarding_odt() -> bytes:
    from odf.text import H, P

    doc, st = _odt_doc("Head of Safeguarding", "6", "PT1H05M10S")
    for kind, text in SAFEGUARDING:
        if kind == "h1":
            doc.text.addElement(H(outlinelevel=1, stylename=st["h1"], text=text))
        elif kind == "h2":
            doc.text.addElement(H(outlinelevel=2, stylename=st["h2"], text=text))
        else:
            doc.text.addElement(P(stylename=st["body"], text=text))
    return _odt_package(doc)


# ================================================================== the measures (DOCX)

MEASURES_HEAD = ("Measure", "Definition", "Owner", "Source", "Baseline 2028/29")
MEASURES = [
    (
        "Registered players",
        "People registered as players with an affiliated club at 31 October, all ages",
        "Director of Community Rugby",
        "ScrumBase",
        "41,800",
    ),
    (
        "Women and girls registered",
        "Female players registered at 31 October, all ages",
        "Head of Women's and Girls' Rugby",
        "ScrumBase",
        "4,900",
    ),
    (
        "Clubs with a women's or girls' section",
        "Clubs with at least one women's or girls' team registered for the season",
        "Head of Women's and Girls' Rugby",
        "ScrumBase",
        "96 of 480",
    ),
    (
        "16 to 19 return rate",
        "Players aged 16 to 19 at 31 October who are registered with any "
        "club at the next 31 October",
        "Schools and Youth Manager",
        "ScrumBase",
        "61%",
    ),
    (
        "Matches conceded or called off",
        "Adult league matches conceded, or called off for want "
        "of players or a referee, as a share of matches scheduled",
        "Head of Competitions",
        "MatchDay Online",
        "9.4%",
    ),
    (
        "Active referees",
        "Referees who took ten or more matches in the season",
        "Head of Refereeing",
        "WhistleHub and the societies' spreadsheets",
        "612",
    ),
    (
        "Active coaches",
        "Coaches with a current Level 1 award or higher who coached a registered "
        "team in the season",
        "Head of Coach Development",
        "TRU Learn and ScrumBase",
        "2,950",
    ),
    (
        "Clubs with a trained welfare officer",
        "Clubs whose named welfare officer completed the "
        "welfare officer course in the last three years",
        "Head of Safeguarding",
        "ScrumBase and TRU Learn",
        "412 of 480",
    ),
    (
        "Try Tarnmoor schools",
        "Schools with a signed Try Tarnmoor partnership and at least six "
        "sessions in the school year",
        "Schools and Youth Manager",
        "Community rugby officers' registers",
        "210",
    ),
    (
        "Volunteer hours",
        "Hours given by club volunteers in a season",
        "Volunteer Development Manager",
        "Volunteer census, from spring 2030",
        "Not measured",
    ),
]
MEASURES_NOTES = [
    "Matches conceded or called off are counted for the men's leagues and the Women's "
    "Premiership only.",
    "The 16 to 19 return rate rests on two pairs of seasons, 2026/27 to 2027/28 and 2027/28 to "
    "2028/29.",
    "Figures go to the Programme Board each month from TRU Insight, and to Sport Tarnmoor in the "
    "returns of 31 October and 30 April.",
]


def measures_docx() -> bytes:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("Open Field measures: definitions, owners and baselines", level=1)
    doc.add_paragraph(
        "Kept by the Open Field Programme Manager with each measure's owner. Baselines are for "
        "the 2028/29 season: registrations at 31 October 2028, matches and referees to 30 April "
        "2029."
    )
    table = doc.add_table(rows=1, cols=len(MEASURES_HEAD))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, MEASURES_HEAD, strict=True):
        cell.text = name
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for values in MEASURES:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    doc.add_heading("Notes", level=2)
    for note in MEASURES_NOTES:
        doc.add_paragraph(note)
    return ooxml_bytes(
        doc,
        DOCX_STAMP,
        author="Open Field Programme Manager",
        last_modified_by="Open Field Programme Manager",
        title="Open Field measures",
        revision=4,
    )


# ================================================================== the text files

SYSTEMS = """
# Systems and data inventory

Kept by the Head of Data and Digital. Last reviewed in April 2029 for the Open Field business
case.

## Registration and membership: ScrumBase

ScrumBase is our registration and membership system: every player, coach, referee and club
officer registers in it each season, and clubs affiliate through it each August.

It holds the email address of every adult player and of a parent or guardian of every
age-grade player, and clubs can message their own members from it.

ScrumBase went live for the 2026/27 season; registration records in ClubLink, the system
before it, were not migrated and were deleted in March 2027.

A player can therefore be followed from one season to the next from 2026/27 onward.

ScrumBase records each club's named officers (chair, secretary, treasurer, welfare officer and
fixtures secretary), but nobody else who helps a club, so the number of club volunteers is
unknown.

Volunteer hours have never been measured; the Volunteers' Forum survey of 2027 asked about
roles, not time.

## Competitions and fixtures: MatchDay Online

MatchDay Online runs fixtures, results and league tables for every men's league and for the
Women's Premiership, and clubs enter their results in it on match day.

Fixtures in the women's and girls' leagues below the Women's Premiership are arranged between
club secretaries by email and are kept out of MatchDay Online, so matches conceded there go
uncounted.

A league in MatchDay Online plays one format: it cannot hold 10-a-side, 12-a-side and
15-a-side fixtures in the same competition.

Our supplier, Fixtura Ltd, quotes 16 weeks for a change of that size and makes changes in the
close season (May to July) only.

## Referee appointments: WhistleHub

WhistleHub, our referee appointments tool, appoints referees to every league match in Eskdale,
Fellside and Westmere, and referees accept or decline on its phone app.

The referee societies of Carrow, Kellan Vale and Brannock still appoint by spreadsheet and by
phone on Thursday evenings.

Availability and match reports from those three societies reach us as emailed spreadsheets at
the end of each month.

## Courses: TRU Learn

TRU Learn is our coaching and refereeing courses platform: course booking, e-learning modules,
assessments and certificates for every award from Level 1 coaching to national panel
refereeing.

Awards gained before TRU Learn opened in January 2025 sit in a paper register of about 3,800
names at the Caldbridge office, which has never been checked against ScrumBase.

## Safeguarding: SafeCase

SafeCase is our safeguarding case management system, used by the safeguarding team to log,
manage and close every concern raised about a child or an adult at risk.

Club welfare officers cannot enter a concern in SafeCase themselves: they phone or email the
safeguarding team, who key it in.

Disclosure check results arrive from the Tarnmoor Disclosure Service as letters and are filed
on paper in Caldbridge; ScrumBase has no field for them, so a club cannot see when a coach's
check falls due.

## Schools

Community rugby officers record school sessions on paper registers, which are typed into a
spreadsheet at the end of each term; Try Tarnmoor partnerships are counted from that
spreadsheet.

## Facilities

The Clubhouse and Pitch Fund's grants and loans are managed in the grants module of our
finance system, which holds every award since 2015.

The fund pays up to half of a project's cost, to a ceiling of £150,000, and the club must find
the rest.

The last club facilities audit, in 2022, reached 310 of the 480 clubs and did not ask about
changing rooms for women and girls or about floodlights.

## Reporting: TRU Insight

TRU Insight, our data warehouse, takes ScrumBase, MatchDay Online, WhistleHub and TRU Learn
data every night, and its dashboards go to the county unions each month.

Sport Tarnmoor's twice-yearly returns are produced from TRU Insight.
"""

BOARD_TOR = """
# Open Field Programme Board: terms of reference

Agreed by the Executive Team on 20 May 2029, subject to the Board's approval of Open Field on
12 June 2029.

## Purpose

The Programme Board steers Open Field, the Union's community game plan for the seasons 2029/30
to 2031/32, and makes sure each phase delivers what the Board approved.

## Chair and members

- Chair: the Chief Executive, sponsor of Open Field.
- Members: the Director of Community Rugby, the Director of Finance, the Head of Competitions,
  the Head of Refereeing, the Head of Safeguarding and the Head of Data and Digital.
- Secretary: the Open Field Programme Manager, who keeps the plan, the risk log and the action
  log and writes the gate reports.
- In attendance: the County Unions' Forum Chair; Sport Tarnmoor's Relationship Manager observes
  once a quarter.

## Meetings

The Programme Board meets on the first Tuesday of every month except August. Papers go out five
working days before the meeting.

## Decisions

The Chief Executive takes each gate decision (Gates 1 to 4) under the Board's delegation, after
the Programme Board has reviewed the gate report. Each decision is reported to the next Board
meeting.

The Chief Executive releases each season's budget at the gate before it.

A change of more than £200,000 to a season's budget goes to the Union Board.

## Consultation

The Volunteers' Forum is given six weeks to comment on any proposal that adds work for club
volunteers.

The Players' Association is consulted for at least 30 days before any change to playing formats
or player welfare rules in the community game.

The County Unions' Forum, the Volunteers' Forum, the Players' Association and Sport Tarnmoor are
consulted; none of them takes decisions for the programme.
"""

REGULATIONS = """
TARNMOOR RUGBY UNION
Extract from the Articles of Association and the Competition Regulations, for Open Field
Prepared by the Company Secretary, May 2029

THE COUNCIL

The Council is the Union's general meeting of its member clubs and county unions, and each
affiliated club has one vote.

Competition regulations are changed only by the Council, at its Annual General Meeting in June.

A proposal must reach the Council Secretary by 31 March to be put to that year's meeting, and a
change agreed in June takes effect at the start of the next season.

Player registration fees are set by the Council each June; the fee for players under 12 is nil.

COUNTY UNIONS

County unions are independent members of the Union: the Union cannot direct a county union's
staff, whose work plans are agreed by each county union's board.

Community rugby officers are employed by the county unions and funded by the Union, on
fixed-term contracts that end on 31 July 2031.

REFEREES

Referees in the bottom two adult leagues are unpaid volunteers, and a match fee for them needs a
change to the Referees' Code, which the Council approves.

Each county referee society appoints referees to the matches in its county.
"""

COUNTIES = """
# The six county unions: summary

Kept by the Director of Community Rugby. Figures at 31 October 2028.

| County union | Clubs | Registered players | Women's and girls' officer | Referee appointments |
|---|---|---|---|---|
| Eskdale | 104 | 9,400 | In post | WhistleHub |
| Fellside | 92 | 8,100 | In post | WhistleHub |
| Westmere | 83 | 7,300 | In post | WhistleHub |
| Kellan Vale | 88 | 6,200 | Vacant since 2027 | Spreadsheet |
| Carrow | 41 | 5,900 | In post | Spreadsheet |
| Brannock | 72 | 4,900 | Vacant since 2027 | Spreadsheet |

Kellan Vale and Brannock have had no women's and girls' officer since 2027, when the grant that
paid for the two posts ended.

Each county union employs a development manager and between three and seven community rugby
officers, 29 officers in all, who work in 21 of the 34 secondary school clusters.

The County Unions' Forum of the six county chairs meets the Director of Community Rugby each
month.
"""

CARROW = """
CARROW COUNTY RUGBY UNION: PROFILE FOR THE OPEN FIELD PILOT
Written by the Carrow County Development Manager, May 2029

Carrow has 41 affiliated clubs: 14 in the towns of Carrow Bridge and Stennet, 27 in the hill
country to the north and west.

5,900 players were registered at 31 October 2028, 610 of them women and girls in nine clubs.

The 16 to 19 return rate in Carrow was 54% in 2028/29, the lowest of the six counties.

PITCHES

Carrow has no artificial (3G) pitch, and 12 clubs play on council grass pitches that Carrow
District Council closes when they are waterlogged; in the winter of 2028/29 they were closed for
31 days.

REFEREES

The Carrow Referees' Society has 58 referees, and 11 of them do not use email or a smartphone.

Appointments are made from a spreadsheet by the society's appointments secretary, a volunteer,
on Thursday evenings.

GROUNDS

Nine hill clubs have no mobile signal at their grounds, so their results are phoned in on Sunday
morning.

STAFF

The county employs a development manager and three community rugby officers, and its board
meets on the second Monday of each month.
"""

AWARD = """
# Sport Tarnmoor investment award 2029-2032: extract

From the draft award letter of 2 May 2029, to be signed in September 2029.

- Award: £8.1m over the seasons 2029/30 to 2031/32, for the community game.
- The 2029/30 and 2030/31 instalments are confirmed; the 2031/32 instalment depends on the
  government's spending review in autumn 2030.
- Schedule 2 sets out the outcomes the award pays for: registered players, women and girls
  registered, the 16 to 19 return rate, active referees and coaches, and trained welfare
  officers.
- The outcomes in Schedule 2 can be changed only with Sport Tarnmoor's written agreement.
- Returns are due on 31 October and 30 April, produced from the Union's data warehouse.
- Grants of more than £100,000 from the Clubhouse and Pitch Fund need the approval of Sport
  Tarnmoor's Investment Panel, which meets four times a year.
- The Union must meet Tier 3 of the Governance Code at the 2031 assessment; the award can be
  paused if it does not.
- No part of the award may be spent on the Union's professional or international teams.
"""

EMAIL = """
From: Head of Refereeing <refereeing@tarnmoorrugby.example>
To: Open Field Programme Manager <openfield@tarnmoorrugby.example>
Date: Wed, 14 May 2029 17:42:05 +0100
Subject: WhistleHub licences for the three spreadsheet societies

Hi,

Before we put a date on WhistleHub for Carrow, Kellan Vale and Brannock, two things you should
know.

Our WhistleHub licence covers 400 referees; bringing in the three societies takes us to about
640.

The supplier needs ten weeks' notice to raise the licence, and new licences are charged from the
month they are issued.

Carrow's appointments secretary is keen, but some of their referees will need to be appointed by
text message or phone for a while yet.

I can take this to the first Programme Board if that helps.

Head of Refereeing
Tarnmoor Rugby Union
"""

ORG_TEXT = {
    "systems/systems-and-data-inventory.md": SYSTEMS,
    "governance/open-field-programme-board-terms-of-reference.md": BOARD_TOR,
    "governance/articles-and-competition-regulations-extract.txt": REGULATIONS,
    "context/county-unions-summary.md": COUNTIES,
    "context/carrow-county-profile.txt": CARROW,
    "context/sport-tarnmoor-investment-award-extract.md": AWARD,
    "context/email-2029-05-14-whistlehub-licences.txt": EMAIL,
}


def main(root: Path = HERE, skip_pdf: bool = False) -> None:
    """Write the deck, its HTML source and the org folder under ``root / CASE``."""
    case = root / CASE
    files: dict[str, str | bytes] = {
        "src/open-field.css": CSS,
        "src/open-field.html": HTML,
        "org/people/community-game-programme-team.odt": roster_odt(),
        "org/governance/safeguarding-arrangements.odt": safeguarding_odt(),
        "org/measures/open-field-measures.docx": measures_docx(),
    }
    files |= {f"org/{rel}": text for rel, text in ORG_TEXT.items()}
    write_files(case, files)
    if skip_pdf:
        return
    version = chromium_version()
    if version is None:
        sys.exit(f"no Chromium at {CHROMIUM}: rerun with --skip-pdf")
    if version != CHROMIUM_VERSION:
        print(
            f"warning: Chromium {version}, not {CHROMIUM_VERSION}: the PDF will differ from "
            "the committed one",
            file=sys.stderr,
        )
    (case / DECK).write_bytes(fixed_pdf(print_pdf(case / "src" / "open-field.html")))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(Path(args[0]) if args else HERE, skip_pdf="--skip-pdf" in sys.argv)
