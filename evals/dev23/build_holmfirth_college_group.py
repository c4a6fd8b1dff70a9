"""Build the dev23 case ``holmfirth-college-group``: its deck and its org folder, byte for byte.

    .venv/bin/python evals/dev23/build_holmfirth_college_group.py [OUT]

writes ``OUT/holmfirth-college-group/`` (default: this folder). ``gold.json`` is written by hand
and is not touched.

- The deck, ``valley-skills-2031-corporation-board-2028-06.pptx``, is a board brief in A4
  PORTRAIT (6858000 x 9906000 EMU) made with python-pptx from its default template: one slide
  layout is kept, "Title Only", and every slide uses it. The layout carries the footer (the
  paper's reference on the left, a ``slidenum`` field on the right) as plain text boxes, so no
  slide holds a footer of its own. Each slide has its title in the title placeholder, a one-line
  key message in a text box under it, two or three stacked content regions (bulleted text
  boxes, bold-headed goal boxes, native tables) and a small source line. Some bullets are
  paragraph bullets (``a:buChar``), some carry a typed "• " or "– " in their text. The roadmap
  is a native table: academic years 2028/29, 2029/30 and 2030/31 as merged cells over three
  term columns each (Autumn, Spring, Summer), the phases in merged body cells.
- The roster, ``org/people/college-roles.odt``, and ``org/context/campus-profiles.odt`` are
  ODF text documents written by hand with ``zipfile``: ``mimetype`` first and stored, then
  ``content.xml``, ``styles.xml``, ``meta.xml`` and ``META-INF/manifest.xml``, every entry at
  one fixed date.
- Every other org file is literal Markdown or plain text below.

No part depends on the clock or on chance.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "holmfirth-college-group"
DECK = "valley-skills-2031-corporation-board-2028-06.pptx"
ROSTER = "org/people/college-roles.odt"
CAMPUSES = "org/context/campus-profiles.odt"

DECK_STAMP = Stamp((2028, 6, 19, 16, 42, 10), "2028-06-19T16:42:10Z")
ROSTER_TIME = (2028, 5, 30, 10, 15, 0)
ROSTER_W3C = "2028-05-30T10:15:00"
CAMPUS_TIME = (2028, 5, 12, 14, 3, 26)
CAMPUS_W3C = "2028-05-12T14:03:26"

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"

FONT = "Arial"
NAVY = RGBColor(0x1F, 0x2A, 0x44)
PLUM = RGBColor(0x6B, 0x2D, 0x5C)
INK = RGBColor(0x22, 0x22, 0x22)
GREY = RGBColor(0x6E, 0x6E, 0x6E)
PALE = RGBColor(0xF3, 0xEC, 0xF1)
HEAD_FILL = RGBColor(0x1F, 0x2A, 0x44)
SUB_FILL = RGBColor(0xD9, 0xDE, 0xE8)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)

SLIDE_W, SLIDE_H = 6858000, 9906000
LEFT = 0.5
WIDTH = 6.5
FOOTER_TEXT = (
    "Holmfirth College Group · Valley Skills 2031 · Paper CB/28/41 · Corporation board 26 June 2028"
)


# =========================================================================== deck helpers


def _font(run, size: float, bold: bool = False, italic: bool = False, color=INK) -> None:
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    run.font.color.rgb = color


def _bullet(paragraph, char: str = "\u25aa") -> None:
    """A paragraph bullet (``a:buChar``) with a hanging indent."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", "171450")
    ppr.set("indent", "-171450")
    etree.SubElement(ppr, f"{{{A}}}buFont", typeface=FONT)
    etree.SubElement(ppr, f"{{{A}}}buChar", char=char)


def _space_before(paragraph, points: float) -> None:
    paragraph.space_before = Pt(points)


def _frame(shape):
    tf = shape.text_frame
    tf.word_wrap = True
    tf.margin_left = tf.margin_right = Inches(0.05)
    tf.margin_top = tf.margin_bottom = Inches(0.03)
    return tf


def title(slide, text: str) -> None:
    ph = slide.shapes.title
    tf = ph.text_frame
    tf.text = ""
    run = tf.paragraphs[0].add_run()
    run.text = text
    _font(run, 20, bold=True, color=NAVY)


def key_message(slide, text: str) -> None:
    box = slide.shapes.add_textbox(Inches(LEFT), Inches(1.12), Inches(WIDTH), Inches(0.36))
    box.name = "Key message"
    tf = _frame(box)
    run = tf.paragraphs[0].add_run()
    run.text = text
    _font(run, 12.5, bold=True, color=PLUM)


def bullets(
    slide,
    top: float,
    height: float,
    items: list[str],
    *,
    head: str | None = None,
    typed: bool = False,
    size: float = 11,
    name: str = "Content",
) -> None:
    """A text box of bullets: paragraph bullets, or (``typed``) the bullet typed in the text."""
    box = slide.shapes.add_textbox(Inches(LEFT), Inches(top), Inches(WIDTH), Inches(height))
    box.name = name
    tf = _frame(box)
    first = True
    if head:
        run = tf.paragraphs[0].add_run()
        run.text = head
        _font(run, size, bold=True, color=NAVY)
        first = False
    for item in items:
        para = tf.paragraphs[0] if first else tf.add_paragraph()
        first = False
        if not typed:
            _bullet(para)
        _space_before(para, 4)
        run = para.add_run()
        run.text = item
        _font(run, size)


def goal_box(slide, top: float, height: float, head: str, text: str) -> None:
    shape = slide.shapes.add_shape(
        MSO_SHAPE.RECTANGLE, Inches(LEFT), Inches(top), Inches(WIDTH), Inches(height)
    )
    shape.name = "Goal box"
    shape.fill.solid()
    shape.fill.fore_color.rgb = PALE
    shape.line.color.rgb = PLUM
    shape.line.width = Pt(1)
    tf = _frame(shape)
    tf.vertical_anchor = MSO_ANCHOR.TOP
    tf.margin_left = tf.margin_right = Inches(0.12)
    tf.margin_top = Inches(0.06)
    run = tf.paragraphs[0].add_run()
    run.text = head
    _font(run, 11, bold=True, color=PLUM)
    tf.paragraphs[0].alignment = PP_ALIGN.LEFT
    para = tf.add_paragraph()
    para.alignment = PP_ALIGN.LEFT
    run = para.add_run()
    run.text = text
    _font(run, 12, bold=True, color=NAVY)


def source(slide, text: str, top: float = 9.62) -> None:
    box = slide.shapes.add_textbox(Inches(LEFT), Inches(top), Inches(WIDTH), Inches(0.3))
    box.name = "Source"
    tf = _frame(box)
    run = tf.paragraphs[0].add_run()
    run.text = text
    _font(run, 7.5, italic=True, color=GREY)


def table(
    slide,
    top: float,
    rows: list[list[str]],
    widths: list[float],
    *,
    size: float = 9,
    row_height: float = 0.3,
    header_rows: int = 1,
    merges: tuple[tuple[int, int, int, int], ...] = (),
    bold_first_col: bool = False,
    name: str = "Table",
) -> None:
    """A native table; ``merges`` are (row, first col, row, last col) spans; the text of a
    merged block is the text of its first cell (the others must be empty)."""
    n_rows, n_cols = len(rows), len(widths)
    frame = slide.shapes.add_table(
        n_rows,
        n_cols,
        Inches(LEFT),
        Inches(top),
        Inches(sum(widths)),
        Inches(row_height * n_rows),
    )
    frame.name = name
    tab = frame.table
    for k, w in enumerate(widths):
        tab.columns[k].width = Emu(int(Inches(w)))
    for r in range(n_rows):
        tab.rows[r].height = Emu(int(Inches(row_height)))
    for r0, c0, r1, c1 in merges:
        tab.cell(r0, c0).merge(tab.cell(r1, c1))
    for r, row in enumerate(rows):
        assert len(row) == n_cols, row
        for c, text in enumerate(row):
            cell = tab.cell(r, c)
            if cell.is_spanned:
                assert not text, (r, c, text)
                continue
            cell.margin_left = cell.margin_right = Inches(0.05)
            cell.margin_top = cell.margin_bottom = Inches(0.03)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            if r < header_rows:
                cell.fill.solid()
                cell.fill.fore_color.rgb = HEAD_FILL if r == 0 else SUB_FILL
            else:
                cell.fill.solid()
                cell.fill.fore_color.rgb = WHITE if r % 2 else PALE
            tf = cell.text_frame
            tf.word_wrap = True
            for k, line in enumerate(text.split("\n")):
                para = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
                run = para.add_run()
                run.text = line
                if r < header_rows:
                    _font(run, size, bold=True, color=WHITE if r == 0 else NAVY)
                    para.alignment = PP_ALIGN.CENTER if header_rows > 1 and c else PP_ALIGN.LEFT
                else:
                    _font(run, size, bold=bold_first_col and c == 0)


# =========================================================================== the layout


def _layout_text_box(layout, shape_id: int, name: str, x, y, w, h, inner: str, algn: str) -> None:
    """A plain text box on the layout (no placeholder), shown on every slide that uses it."""
    xml = (
        f'<p:sp xmlns:p="{P}" xmlns:a="{A}">'
        f'<p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvSpPr txBox="1"/><p:nvPr userDrawn="1"/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
        '<p:txBody><a:bodyPr wrap="square" lIns="45720" tIns="0" rIns="45720" bIns="0" anchor="ctr"/>'
        f'<a:lstStyle/><a:p><a:pPr algn="{algn}"/>{inner}</a:p></p:txBody></p:sp>'
    )
    layout.shapes._spTree.append(etree.fromstring(xml))


def _rpr(size: int, bold: bool = False) -> str:
    return (
        f'<a:rPr lang="en-GB" sz="{size}" b="{1 if bold else 0}" dirty="0">'
        '<a:solidFill><a:srgbClr val="6E6E6E"/></a:solidFill>'
        f'<a:latin typeface="{FONT}"/></a:rPr>'
    )


def prepare(prs) -> object:
    """Portrait A4; keep the "Title Only" layout only, its title placed for portrait, its own
    date / footer / number placeholders removed and the footer drawn on it as text boxes."""
    prs.slide_width = Emu(SLIDE_W)
    prs.slide_height = Emu(SLIDE_H)
    master = prs.slide_master
    for lay in list(master.slide_layouts):
        if lay.name != "Title Only":
            master.slide_layouts.remove(lay)
    layout = master.slide_layouts[0]
    geometry = {
        "Title Placeholder 1": (Inches(0.5), Inches(0.4), Inches(6.5), Inches(0.7)),
        "Text Placeholder 2": (Inches(0.5), Inches(1.6), Inches(6.5), Inches(7.8)),
        "Date Placeholder 3": (Inches(0.5), Inches(10.35), Inches(1.6), Inches(0.3)),
        "Footer Placeholder 4": (Inches(2.2), Inches(10.35), Inches(3.4), Inches(0.3)),
        "Slide Number Placeholder 5": (Inches(5.7), Inches(10.35), Inches(1.3), Inches(0.3)),
    }
    for shape in master.shapes:
        if shape.name in geometry:
            shape.left, shape.top, shape.width, shape.height = geometry[shape.name]
    for ph in list(layout.placeholders):
        if ph.placeholder_format.type != 1:  # not the title
            ph._element.getparent().remove(ph._element)
    ttl = layout.placeholders[0]
    ttl.left, ttl.top, ttl.width, ttl.height = Inches(0.5), Inches(0.4), Inches(6.5), Inches(0.7)
    ttl.text_frame.vertical_anchor = MSO_ANCHOR.BOTTOM
    rule = (
        f'<p:cxnSp xmlns:p="{P}" xmlns:a="{A}"><p:nvCxnSpPr><p:cNvPr id="89" name="Footer rule"/>'
        '<p:cNvCxnSpPr/><p:nvPr userDrawn="1"/></p:nvCxnSpPr><p:spPr>'
        f'<a:xfrm><a:off x="{int(Inches(0.5))}" y="{int(Inches(10.3))}"/>'
        f'<a:ext cx="{int(Inches(6.5))}" cy="0"/></a:xfrm>'
        '<a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="6B2D5C"/></a:solidFill></a:ln>'
        "</p:spPr></p:cxnSp>"
    )
    layout.shapes._spTree.append(etree.fromstring(rule))
    _layout_text_box(
        layout,
        90,
        "Footer reference",
        int(Inches(0.5)),
        int(Inches(10.36)),
        int(Inches(5.4)),
        int(Inches(0.28)),
        f"<a:r>{_rpr(700)}<a:t>{escape(FOOTER_TEXT)}</a:t></a:r>",
        "l",
    )
    _layout_text_box(
        layout,
        91,
        "Footer page number",
        int(Inches(5.9)),
        int(Inches(10.36)),
        int(Inches(1.1)),
        int(Inches(0.28)),
        f"<a:r>{_rpr(800, True)}<a:t>Page </a:t></a:r>"
        '<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">'
        f"{_rpr(800, True)}<a:t>&#8249;#&#8250;</a:t></a:fld>",
        "r",
    )
    return layout


# =========================================================================== the slides


def s01_cover(s) -> None:
    title(s, "Valley Skills 2031")
    key_message(s, "Three academic years, one plan for four campuses and 14,000 learners")
    box = s.shapes.add_textbox(Inches(LEFT), Inches(2.0), Inches(WIDTH), Inches(1.9))
    box.name = "Cover text"
    tf = _frame(box)
    lines = [
        ("Holmfirth College Group strategy and delivery plan, August 2028 to July 2031", 15, True),
        ("Corporation board, 26 June 2028 · Paper CB/28/41 · For decision", 11, False),
        ("Presented by the Principal and Chief Executive", 11, False),
    ]
    for k, (text, size, bold) in enumerate(lines):
        para = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        _space_before(para, 10 if k else 0)
        run = para.add_run()
        run.text = text
        _font(run, size, bold=bold, color=NAVY if bold else INK)
    bullets(
        s,
        4.3,
        3.6,
        [
            "Where we are, and what learners, employers and inspectors told us",
            "Our ambition and five goals for July 2031",
            "Four pillars of work",
            "Roadmap on the academic year, and the Brackenley pilot",
            "Measures, risks and the first 100 days",
            "Governance, investment and what we ask of the board",
        ],
        head="In this paper",
        name="Contents",
    )
    source(
        s,
        "Holmfirth College Group · Holmfirth, Brackenley, Scarth Bridge and Oldmoor campuses · "
        "Adult learning in 23 community venues",
    )


def s02_where(s) -> None:
    title(s, "Where we are in 2027/28")
    key_message(s, "A good college with two weak spots: apprenticeships and attendance")
    rows = [
        ["What we counted", "2027/28", "What it tells us"],
        ["Learners enrolled", "14,180", "5,640 aged 16-18, 1,910 apprentices, 6,630 adults"],
        ["Staff (head count)", "1,310", "640 teach; 71 lecturer posts are covered by agency staff"],
        [
            "Young people who passed their main qualification",
            "84 in 100",
            "Three points behind the best colleges in the region",
        ],
        [
            "Apprentices who finished by their planned end date",
            "54 in 100",
            "Engineering and care are furthest behind",
        ],
        [
            "Days of learning missed by 16-18 learners",
            "1 in 7",
            "Worst at Scarth Bridge, where it is 1 in 5",
        ],
        [
            "Adult enrolments outside our campuses",
            "4,300",
            "Down from 5,900 in 2018/19, as venues closed",
        ],
        ["Income", "£78.4m", "81% of it from the funding agency"],
    ]
    table(s, 1.75, rows, [2.5, 0.9, 3.1], size=9.5, row_height=0.42, bold_first_col=True)
    bullets(
        s,
        5.35,
        1.6,
        [
            "Last full inspection, March 2026: Good overall; apprenticeships Requires improvement",
            "The funding agency's notice of concern on apprenticeship timeliness was lifted in "
            "October 2027, on condition that progress reviews are kept up",
            "Three in four of our 16-18 learners live within 20 minutes' bus ride of a campus",
        ],
        head="Standing",
        name="Standing",
    )
    source(
        s,
        "Sources: MSR returns for 2027/28 (provisional), the funding agency's data dashboard, "
        "inspection report of March 2026.",
    )


def s03_heard(s) -> None:
    title(s, "What we heard")
    key_message(s, "Learners and employers ask for the same thing: know where you stand")
    bullets(
        s,
        1.75,
        2.2,
        [
            "41% did not know their target grade in at least one subject",
            "Learners at Scarth Bridge said nobody noticed when they missed a day",
            "Bus times from the Oldmoor villages make 9:00 starts hard",
        ],
        head="Learners: Students' Union survey, November 2027 (2,340 replies)",
        name="Learners",
    )
    bullets(
        s,
        4.15,
        2.2,
        [
            "Progress reviews were late or missed for a third of apprentices",
            "Employers want one named contact at the college, not four",
            "Care employers cannot release apprentices during the day in winter",
        ],
        head="Employers: Valley Employer Board, February 2028 (32 employers)",
        name="Employers",
    )
    bullets(
        s,
        6.55,
        2.2,
        [
            "Off-the-job training was not always planned with employers",
            "Learners with high needs were well supported at Holmfirth but less so elsewhere",
        ],
        head="Inspectors: report of March 2026",
        name="Inspectors",
    )
    source(
        s,
        "Sources: SU learner voice survey, November 2027; Employer Board minutes, "
        "February 2028; inspection report, March 2026.",
    )


def s04_ambition(s) -> None:
    title(s, "Our ambition for 2031")
    key_message(s, "Outcomes, not enrolments, are how this plan will be judged")
    goal_box(
        s,
        1.75,
        1.25,
        "North star",
        "Every learner leaves us with a qualification, a next step and the skills local "
        "employers ask for",
    )
    bullets(
        s,
        3.3,
        4.6,
        [
            "Raise the 16-18 achievement rate from 84.1% to 90% by July 2031",
            "Seven in ten apprentices achieving on time by July 2031",
            "2,000 more adults learning in community venues by 2030/31",
            "Nine in ten leavers in a job, apprenticeship or further study",
            "Become the first choice for employers across the Brack and Holme valleys",
        ],
        head="Five goals for July 2031",
        size=12,
        name="Goals",
    )
    source(s, "Targets are set against our 2027/28 results; the measures are on page 12.")


def s05_pillars(s) -> None:
    title(s, "Four pillars")
    key_message(s, "Most of the work is in teaching; systems follow the learner")
    rows = [
        ["Pillar", "What changes for learners and employers", "Lead"],
        [
            "1  Every learner achieves",
            "Target grades known every month; absence followed up the same day",
            "Deputy Principal, Curriculum and Quality",
        ],
        [
            "2  Apprenticeships on time",
            "A progress review every 10 weeks; end-point assessment booked early",
            "Vice Principal, Apprenticeships and Employers",
        ],
        [
            "3  Adults back into learning",
            "Courses in 12 more community venues; enrol and pay online",
            "Vice Principal, Adult and Community Learning",
        ],
        [
            "4  People, data and systems",
            "Fewer agency lecturers; one learner record across campuses",
            "Director of People; Director of Digital and Information Services",
        ],
    ]
    table(s, 1.75, rows, [1.7, 2.8, 2.0], size=9.5, row_height=0.7, bold_first_col=True)
    bullets(
        s,
        5.5,
        1.5,
        [
            "Safeguarding, equality and learner voice run through all four pillars",
            "Each pillar lead reports to the Valley Skills 2031 programme board",
        ],
        typed=False,
        head="Across the pillars",
        name="Across",
    )
    source(s, "Pillar leads are named from the college's senior team; see page 15.")


def s06_pillar1(s) -> None:
    title(s, "Pillar 1 · Every learner achieves")
    key_message(s, "Learners who know their target grade pass more often: 91% against 78%")
    goal_box(
        s,
        1.75,
        1.1,
        "Goal",
        "16-18 achievement at 90% and attendance at 92%, with no campus more than three "
        "points behind",
    )
    bullets(
        s,
        3.1,
        4.5,
        [
            "• Publish each learner's target and working-at grade in Canopy every four weeks",
            "• Follow up every unexplained absence on the same day, by text and then by phone",
            "• Put a progress coach in every 16-18 curriculum area at Scarth Bridge and Oldmoor",
            "• Teach GCSE English and maths resits in groups of 12 or fewer, with a weekly "
            "tutorial",
        ],
        typed=True,
        head="What we will do",
        name="Initiatives",
    )
    source(
        s,
        "Our data: 2027/28 learners with a target grade recorded in Canopy (n = 3,120) "
        "against those without.",
    )


def s07_pillar2(s) -> None:
    title(s, "Pillar 2 · Apprenticeships on time")
    key_message(s, "Late progress reviews predict a late finish better than anything else")
    goal_box(
        s,
        1.75,
        1.1,
        "Goal",
        "70% of apprentices achieving on time by July 2031, every apprentice reviewed every "
        "10 weeks",
    )
    bullets(
        s,
        3.1,
        4.5,
        [
            "Hold a progress review with every apprentice and their employer at least every "
            "10 weeks",
            "Extend the SkillTrail e-portfolio from engineering and construction to every "
            "apprenticeship standard",
            "Book each end-point assessment with the assessment organisation three months "
            "before the planned end date",
            "Recruit 14 skills coaches for care, business and digital apprenticeships",
        ],
        head="What we will do",
        name="Initiatives",
    )
    source(s, "Source: 2027/28 apprenticeship achievement data; 1,910 apprentices, 640 employers.")


def s08_pillar3(s) -> None:
    title(s, "Pillar 3 · Adults back into learning")
    key_message(s, "Adults come back when learning is close to home and easy to join")
    goal_box(
        s,
        1.75,
        1.1,
        "Goal",
        "6,300 adults learning in community venues by 2030/31, 2,000 more than today",
    )
    bullets(
        s,
        3.1,
        3.6,
        [
            "– Open courses in 12 more community venues across the valleys, with the libraries "
            "and parish councils",
            "– Let adults enrol and pay online for every community course",
            "– Run evening and Saturday classes at Oldmoor from September 2029",
        ],
        typed=True,
        head="What we will do",
        name="Initiatives",
    )
    source(
        s,
        "Community learning is paid for from the West Pennine Combined Authority's adult "
        "skills fund.",
    )


def s09_pillar4(s) -> None:
    title(s, "Pillar 4 · People, data and systems")
    key_message(s, "We cannot improve what each campus records differently")
    goal_box(
        s,
        1.75,
        1.1,
        "Goal",
        "Agency lecturers down to 20 posts by July 2030, and one learner record across all "
        "four campuses",
    )
    bullets(
        s,
        3.1,
        2.2,
        [
            "Recruit and train 40 lecturers from industry through our own teacher training route",
            "Agree a new lecturer workload and timetable model with the union",
        ],
        head="People",
        name="People",
    )
    bullets(
        s,
        5.4,
        2.6,
        [
            "Take electronic registers to Scarth Bridge and Oldmoor, so every class is marked "
            "in MSR",
            "Build a learner progress dashboard in Lantern for tutors and curriculum managers",
        ],
        head="Data and systems",
        name="Data and systems",
    )
    source(s, "MSR is the student information system; Lantern is our reporting warehouse.")


ROAD_YEARS = ["2028/29", "2029/30", "2030/31"]


def s10_roadmap(s) -> None:
    title(s, "Roadmap: three years, four phases")
    key_message(s, "We pilot for two terms before any other campus changes")
    blank = [""] * 10
    year_row = ["Academic year"] + [
        y if k % 3 == 0 else "" for k, y in enumerate([ROAD_YEARS[k // 3] for k in range(9)])
    ]
    term_row = ["Term"] + ["Autumn", "Spring", "Summer"] * 3
    phase_row = list(blank)
    phase_row[0] = "Phase"
    phase_row[1] = "Phase 1\nMobilise and baseline"
    phase_row[2] = "Phase 2\nBrackenley pilot"
    phase_row[4] = "Phase 3\nRoll out to all four campuses"
    phase_row[7] = "Phase 4\nEmbed and hand over"
    where_row = list(blank)
    where_row[0] = "Where"
    where_row[1] = "Group office"
    where_row[2] = "Brackenley: construction and engineering"
    where_row[4] = "Scarth Bridge and Oldmoor first, then Holmfirth"
    where_row[7] = "All campuses; pillar leads own the measures"
    gate_row = list(blank)
    gate_row[0] = "Gate"
    gate_row[1] = "Gate 1\nReady to pilot"
    gate_row[3] = "Gate 2\nGo/no-go for roll-out"
    gate_row[6] = "Gate 3\nRoll-out complete"
    gate_row[9] = "Close\nJuly 2031"
    rows = [year_row, term_row, phase_row, where_row, gate_row]
    merges = [
        (0, 1, 0, 3),
        (0, 4, 0, 6),
        (0, 7, 0, 9),
        (2, 2, 2, 3),
        (2, 4, 2, 6),
        (2, 7, 2, 9),
        (3, 2, 3, 3),
        (3, 4, 3, 6),
        (3, 7, 3, 9),
    ]
    table(
        s,
        1.75,
        rows,
        [0.8] + [0.63] * 9,
        size=7.5,
        row_height=0.62,
        header_rows=2,
        merges=tuple(merges),
        bold_first_col=True,
        name="Roadmap",
    )
    bullets(
        s,
        5.3,
        2.4,
        [
            "Each gate falls at the end of a term; the programme board decides it and tells the "
            "corporation board at its next meeting",
            "Gate 2 is the corporation board's own decision, in July 2029",
            "No campus changes its registers or timetable in the summer exam season (May and June)",
        ],
        head="How the gates work",
        name="Gates",
    )
    source(
        s,
        "Month 0 is August 2028. Autumn term = August to December; Spring = January to March; "
        "Summer = April to July.",
    )


def s11_pilot(s) -> None:
    title(s, "The Brackenley pilot")
    key_message(s, "One campus, one curriculum area, two terms: proof before scale")
    bullets(
        s,
        1.75,
        2.6,
        [
            "Weekly target grades in Canopy for all 610 construction and engineering learners "
            "at Brackenley",
            "10-weekly progress reviews recorded in SkillTrail for the campus's 240 apprentices",
            "Same-day absence follow-up by two Brackenley progress coaches",
        ],
        head="What we will pilot, January to July 2029",
        name="Pilot scope",
    )
    bullets(
        s,
        4.45,
        1.9,
        [
            "• Our largest construction and engineering provision, and its apprentices are the "
            "most often late",
            "• Electronic registers and SkillTrail are already in use there",
        ],
        typed=True,
        head="Why Brackenley",
        name="Why",
    )
    bullets(
        s,
        6.45,
        2.2,
        [
            "Attendance in the pilot groups at 90% or above",
            "95% of pilot apprentices reviewed within 10 weeks",
            "Tutors in 8 of 10 course teams open the dashboard every week",
        ],
        head="Pass marks for Gate 2, July 2029",
        name="Pass marks",
    )
    source(s, "Brackenley campus: 3,400 learners; construction and engineering centre since 2019.")


def s12_kpis(s) -> None:
    title(s, "How we will measure it")
    key_message(s, "Nine measures, reported to the corporation board every term")
    rows = [
        ["Measure", "2027/28 baseline", "Target", "By when"],
        ["16-18 achievement rate (study programmes)", "84.1%", "90%", "July 2031"],
        ["Apprentices achieving on time", "54%", "70%", "July 2031"],
        ["Attendance of 16-18 learners", "86%", "92%", "July 2030"],
        [
            "GCSE resit learners gaining grade 4 or above in English or maths",
            "21%",
            "30%",
            "Summer 2030 results",
        ],
        ["Adults learning in community venues", "4,300", "6,300", "2030/31"],
        [
            "Leavers in a job, apprenticeship or further study after six months",
            "81%",
            "90%",
            "2030/31 leavers",
        ],
        ["Apprentices with a progress review in the last 10 weeks", "62%", "100%", "December 2029"],
        ["Lecturer posts filled by agency staff", "71", "20", "July 2030"],
        [
            "Employers who would recommend us",
            "71%",
            "85%",
            "To be agreed with the Employer Board",
        ],
    ]
    table(s, 1.75, rows, [3.3, 1.0, 0.8, 1.4], size=9.5, row_height=0.5, name="Measures")
    bullets(
        s,
        7.0,
        1.5,
        [
            "Each measure has one owner, named in the measure definitions",
            "The programme board sees all nine every four weeks; the Quality and Standards "
            "Committee each term",
        ],
        head="Reporting",
        size=10,
        name="Reporting",
    )
    source(
        s,
        "Baselines from the 2027/28 MSR returns and surveys; achievement rates as the funding "
        "agency publishes them.",
    )


def s13_risks(s) -> None:
    title(s, "Risks and how we will manage them")
    key_message(s, "The biggest risk is people, not technology")
    rows = [
        ["Risk", "Likelihood", "Mitigation"],
        [
            "We cannot recruit lecturers in construction and engineering",
            "High",
            "Pay a market supplement for construction and engineering lecturers from January 2029",
        ],
        [
            "The union does not accept the workload model",
            "Medium",
            "Open talks with the NUCL branch in September 2028, before any timetable changes",
        ],
        [
            "MSR version 10 arrives late, and electronic registers with it",
            "Medium",
            "Keep Scarth Bridge and Oldmoor on paper registers, keyed in within 48 hours, until "
            "MSR 10 is live",
        ],
        [
            "Employers will not release apprentices for reviews",
            "Medium",
            "Hold reviews at the workplace, before 8:00 or after 16:00, where the employer asks",
        ],
        [
            "The adult skills fund is cut",
            "Low",
            "Agree a three-year venue plan with the combined authority by March 2029",
        ],
    ]
    table(s, 1.75, rows, [2.3, 0.9, 3.3], size=9.5, row_height=0.75, name="Risks")
    bullets(
        s,
        6.5,
        1.4,
        [
            "An inspection called during the Brackenley pilot",
            "The combined authority turns down the skills capital bid",
        ],
        head="Watched, not yet scored",
        size=10,
        name="Watched",
    )
    source(
        s,
        "Likelihood as judged by the senior team in June 2028; the full risk register goes to the "
        "Audit Committee.",
    )


def s14_first100(s) -> None:
    title(s, "The first 100 days, from 1 August 2028")
    key_message(s, "By half term we will know every learner's starting point")
    bullets(
        s,
        1.75,
        4.6,
        [
            "1. Appoint the Valley Skills 2031 programme manager by 1 September 2028",
            "2. Record a target grade for every 16-18 learner in Canopy by the October half term",
            "3. Map every apprentice's last progress review and book the overdue ones",
            "4. Sign up the first four new community venues for January 2029",
            "5. Publish the measures baseline to the corporation board in November 2028",
        ],
        typed=True,
        head="In the first 100 days we will",
        size=11.5,
        name="First 100 days",
    )
    bullets(
        s,
        6.55,
        1.6,
        [
            "Enrolment and induction run as usual in August and September; nothing in this list "
            "moves a learner's timetable",
        ],
        head="What does not change",
        name="Unchanged",
    )
    source(s, "Day 1 is 1 August 2028; day 100 is 8 November 2028.")


def s15_governance(s) -> None:
    title(s, "Governance and investment")
    key_message(s, "£6.8m over three years, £2.1m of it in 2028/29")
    bullets(
        s,
        1.75,
        2.2,
        [
            "Sponsor: the Principal and Chief Executive, who chairs the Valley Skills 2031 "
            "programme board",
            "The programme board meets every four weeks in term time",
            "The Quality and Standards Committee of the corporation receives the measures each "
            "term",
        ],
        head="Who decides",
        name="Governance",
    )
    rows = [
        ["Investment by academic year (£m)", "2028/29", "2029/30", "2030/31", "Total"],
        ["Progress coaches and skills coaches", "1.2", "1.5", "1.4", "4.1"],
        ["Registers, SkillTrail licences and the dashboard", "0.6", "0.5", "0.2", "1.3"],
        ["Community venues and adult courses", "0.3", "0.5", "0.6", "1.4"],
        ["Total", "2.1", "2.5", "2.2", "6.8"],
    ]
    table(s, 4.2, rows, [3.1, 0.85, 0.85, 0.85, 0.85], size=9.5, row_height=0.4, name="Invest")
    source(
        s,
        "Funded from reserves (£3.9m) and the combined authority's skills capital fund (£2.9m, "
        "bid submitted May 2028).",
        top=6.4,
    )


def s16_asks(s) -> None:
    title(s, "What we ask of the corporation board")
    key_message(s, "Four decisions: three today, one in July 2029")
    bullets(
        s,
        1.75,
        3.6,
        [
            "Approve Valley Skills 2031 and its nine measures",
            "Release £2.1m from reserves for 2028/29",
            "Agree Brackenley construction and engineering as the pilot",
            "Delegate Gates 1 and 3 to the programme board, and take the Gate 2 go/no-go "
            "decision in July 2029",
        ],
        head="The board is asked to",
        size=12,
        name="Asks",
    )
    bullets(
        s,
        5.6,
        1.2,
        ["If approved today, the programme board meets for the first time in September 2028"],
        head="Next",
        name="Next",
    )
    source(s, "Paper CB/28/41 · Prepared with the Clerk to the Corporation.")


SLIDES = [
    s01_cover,
    s02_where,
    s03_heard,
    s04_ambition,
    s05_pillars,
    s06_pillar1,
    s07_pillar2,
    s08_pillar3,
    s09_pillar4,
    s10_roadmap,
    s11_pilot,
    s12_kpis,
    s13_risks,
    s14_first100,
    s15_governance,
    s16_asks,
]


def deck_bytes() -> bytes:
    prs = Presentation()
    layout = prepare(prs)
    for make in SLIDES:
        make(prs.slides.add_slide(layout))
    return ooxml_bytes(
        prs,
        DECK_STAMP,
        title="Valley Skills 2031",
        subject="Strategy and delivery plan, August 2028 to July 2031",
        author="Principal's Office, Holmfirth College Group",
        last_modified_by="Clerk to the Corporation",
        revision=7,
        keywords="CB/28/41",
        comments="",
        category="Corporation board paper",
    )


# =========================================================================== ODF text

NS_ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
ODF_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'


def _decl(*names: str) -> str:
    return " ".join(f'xmlns:{n}="{NS_ODF[n]}"' for n in names)


def _odf_inline(text: str) -> str:
    """Text as LibreOffice writes it: a run of spaces keeps its first space and writes the rest
    as ``text:s`` (with ``text:c`` when more than one)."""
    out: list[str] = []
    k = 0
    while k < len(text):
        if text[k] == " ":
            j = k
            while j < len(text) and text[j] == " ":
                j += 1
            run = j - k
            out.append(" ")
            if run == 2:
                out.append("<text:s/>")
            elif run > 2:
                out.append(f'<text:s text:c="{run - 1}"/>')
            k = j
        else:
            out.append(escape(text[k]))
            k += 1
    return "".join(out)


STYLES_XML = (
    ODF_HEAD
    + f'<office:document-styles {_decl("office", "style", "text", "fo")} office:version="1.3">'
    "<office:font-face-decls/>"
    "<office:styles>"
    '<style:default-style style:family="paragraph"><style:paragraph-properties '
    'fo:margin-bottom="0.1in"/><style:text-properties style:font-name="Liberation Sans" '
    'fo:font-size="10.5pt" fo:language="en" fo:country="GB"/></style:default-style>'
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
    '<style:style style:name="Text_20_body" style:display-name="Text body" '
    'style:family="paragraph" style:parent-style-name="Standard" style:class="text">'
    '<style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0.0972in"/>'
    "</style:style>"
    '<style:style style:name="Heading_20_1" style:display-name="Heading 1" '
    'style:family="paragraph" style:parent-style-name="Standard" style:next-style-name='
    '"Text_20_body" style:default-outline-level="1" style:class="text">'
    '<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Heading_20_2" style:display-name="Heading 2" '
    'style:family="paragraph" style:parent-style-name="Standard" style:next-style-name='
    '"Text_20_body" style:default-outline-level="2" style:class="text">'
    '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" '
    'style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>'
    '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" '
    'style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    "</office:styles>"
    "<office:automatic-styles>"
    '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.2681in" '
    'fo:page-height="11.6929in" style:print-orientation="portrait" fo:margin-top="0.7874in" '
    'fo:margin-bottom="0.7874in" fo:margin-left="0.7874in" fo:margin-right="0.7874in"/>'
    "</style:page-layout>"
    "</office:automatic-styles>"
    '<office:master-styles><style:master-page style:name="Standard" '
    'style:page-layout-name="pm1"/></office:master-styles>'
    "</office:document-styles>"
)


def _meta_xml(title: str, when: str, creator: str) -> str:
    return (
        ODF_HEAD + f'<office:document-meta {_decl("office", "meta", "dc")} office:version="1.3">'
        "<office:meta>"
        f"<meta:creation-date>{when}</meta:creation-date>"
        f"<dc:date>{when}</dc:date>"
        f"<dc:title>{escape(title)}</dc:title>"
        f"<dc:creator>{escape(creator)}</dc:creator>"
        "<meta:editing-cycles>4</meta:editing-cycles>"
        "<meta:generator>LibreOffice/7.6.7.2$Linux_X86_64 LibreOffice_project/"
        "60$Build-2</meta:generator>"
        "</office:meta></office:document-meta>"
    )


MANIFEST_XML = (
    ODF_HEAD + f'<manifest:manifest {_decl("manifest")} manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def odt_bytes(content: str, meta: str, when: tuple[int, int, int, int, int, int]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        parts = [
            ("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
            ("content.xml", content, zipfile.ZIP_DEFLATED),
            ("styles.xml", STYLES_XML, zipfile.ZIP_DEFLATED),
            ("meta.xml", meta, zipfile.ZIP_DEFLATED),
            ("META-INF/manifest.xml", MANIFEST_XML, zipfile.ZIP_DEFLATED),
        ]
        for name, body, method in parts:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            z.writestr(info, body.encode("utf-8"))
    return out.getvalue()


def _content(body: str, automatic: str = "") -> str:
    return (
        ODF_HEAD + f"<office:document-content {_decl('office', 'style', 'text', 'table', 'fo')} "
        'office:version="1.3">'
        f"<office:automatic-styles>{automatic}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )


def _h(text: str, level: int) -> str:
    return (
        f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
        f"{_odf_inline(text)}</text:h>"
    )


def _p(text: str, style: str = "Text_20_body") -> str:
    return f'<text:p text:style-name="{style}">{_odf_inline(text)}</text:p>'


# --------------------------------------------------------------------------- the roster

ROLES: list[tuple[str, str, str, str]] = [
    (
        "Principal and Chief Executive",
        "Principal's Office",
        "Core",
        "Accountable to the corporation for the college group.  Sponsor of Valley Skills 2031 "
        "and chair of its programme board; takes the gate decisions the corporation delegates, "
        "and appoints the programme manager.",
    ),
    (
        "Deputy Principal, Curriculum and Quality",
        "Curriculum and Quality",
        "Core",
        "All 16-18 study programmes and their results: curriculum planning, target grades and "
        "tracking of learners' progress, GCSE English and maths resits.  Covers the vacant "
        "post of Head of English and Maths.",
    ),
    (
        "Vice Principal, Apprenticeships and Employers",
        "Apprenticeships and Employers",
        "Core",
        "Every apprenticeship standard we deliver: progress reviews, off-the-job training "
        "plans with employers, end-point assessment bookings, the skills coaches and their "
        "recruitment, SkillTrail's use, and our relationship with employers.",
    ),
    (
        "Vice Principal, Adult and Community Learning",
        "Adult and Community Learning",
        "Core",
        "Adult courses on our campuses and in community venues: the venue programme, adult "
        "enrolment and fees, evening and weekend classes, and the adult skills fund "
        "contract with the combined authority.",
    ),
    (
        "Chief Financial Officer",
        "Finance and Resources",
        "Core",
        "Budgets, reserves, funding income and returns of money to the funding agency; "
        "releases programme budget once the board approves it; procurement above £50,000.",
    ),
    (
        "Director of People",
        "People",
        "Core",
        "Recruitment, pay and contracts, market supplements, staff training and CPD, the "
        "teacher training route we run with Pennine University, and consultation with the "
        "recognised union on workload and timetables.",
    ),
    (
        "Director of Digital and Information Services",
        "Digital and Information Services",
        "Core",
        "MSR, Canopy, SkillTrail, Lantern and the college network: their upgrades, "
        "integrations, licences, devices and Wi-Fi on every campus.",
    ),
    (
        "Head of MIS and Funding Returns",
        "Digital and Information Services",
        "Core",
        "Learner data in MSR, the monthly individualised learner record return, registers and "
        "attendance data, and the measures baseline; builds the reports and dashboards in "
        "Lantern.",
    ),
    (
        "Head of Quality and Teaching Improvement",
        "Curriculum and Quality",
        "Core",
        "Self-assessment, inspection readiness, lesson observation and teaching coaching; "
        "checks that target grades are set and used in every course team.",
    ),
    (
        "Head of Learner Services",
        "Curriculum and Quality",
        "Core",
        "Attendance follow-up, the progress coaches, learner support and high needs, "
        "bursaries, careers advice and the destinations survey of leavers.",
    ),
    (
        "Head of Exams",
        "Curriculum and Quality",
        "Core",
        "The exams office on all four campuses: entries to the awarding bodies, exam "
        "timetables, access arrangements and results.",
    ),
    (
        "Campus Principal, Brackenley",
        "Campuses",
        "Core",
        "Runs the Brackenley campus day to day: its staff, rooms and workshops, learner "
        "behaviour and attendance; leads the Brackenley pilot on campus.",
    ),
    (
        "Head of Construction and Engineering",
        "Curriculum and Quality",
        "Core",
        "Construction and engineering courses and apprenticeships on every campus, their "
        "lecturers and workshops, and their employers.",
    ),
    (
        "Director of Estates",
        "Finance and Resources",
        "Core",
        "Buildings, leases, workshops, rooms and opening hours on the four campuses, and the "
        "fitting out of community venues.",
    ),
    (
        "Designated Safeguarding Lead",
        "Curriculum and Quality",
        "Extended",
        "Safeguarding of learners on campus, at work placements and in community venues; "
        "checks every new venue before learners are taught there.",
    ),
    (
        "Data Protection Officer",
        "Principal's Office",
        "Extended",
        "Advises on any new use of learner or staff data and signs off data protection impact "
        "assessments.",
    ),
    (
        "Clerk to the Corporation",
        "Principal's Office",
        "Extended",
        "Board and committee papers, minutes and the scheme of delegation; keeps the record of "
        "the corporation's decisions.",
    ),
    (
        "Chair, Valley Employer Board",
        "External",
        "Extended",
        "Chairs the Valley Employer Board of 32 local employers; brings employers' views on "
        "apprenticeships and courses to the programme board.",
    ),
    (
        "NUCL Branch Secretary",
        "External",
        "Consult only",
        "Represents lecturers and support staff in the National Union of College Lecturers; "
        "consulted on workload, timetables and observation; owns no programme work.",
    ),
    (
        "Students' Union President",
        "External",
        "Consult only",
        "Elected by learners; consulted on changes to the learner timetable, attendance "
        "follow-up and the learner voice survey; owns no programme work.",
    ),
]

ROSTER_AUTO = (
    '<style:style style:name="Roles" style:family="table"><style:table-properties '
    'style:width="6.6931in" table:align="margins"/></style:style>'
    '<style:style style:name="Roles.A" style:family="table-column"><style:table-column-properties '
    'style:column-width="1.6in"/></style:style>'
    '<style:style style:name="Roles.B" style:family="table-column"><style:table-column-properties '
    'style:column-width="1.2in"/></style:style>'
    '<style:style style:name="Roles.D" style:family="table-column"><style:table-column-properties '
    'style:column-width="2.6931in"/></style:style>'
    '<style:style style:name="Roles.A1" style:family="table-cell"><style:table-cell-properties '
    'fo:background-color="#d9dee8" fo:padding="0.0382in" fo:border="0.5pt solid #000000"/>'
    "</style:style>"
    '<style:style style:name="Roles.A2" style:family="table-cell"><style:table-cell-properties '
    'fo:padding="0.0382in" fo:border="0.5pt solid #000000"/></style:style>'
    '<style:style style:name="T1" style:family="text"><style:text-properties '
    'fo:font-weight="bold"/></style:style>'
)


def _cell(text: str, style: str, para: str) -> str:
    return (
        f'<table:table-cell table:style-name="{style}" office:value-type="string">'
        f'<text:p text:style-name="{para}">{text}</text:p></table:table-cell>'
    )


def roster_bytes() -> bytes:
    head = "".join(
        _cell(_odf_inline(t), "Roles.A1", "Table_20_Heading")
        for t in ("Role", "Directorate", "Programme tier", "Remit")
    )
    rows = [
        f"<table:table-header-rows><table:table-row>{head}</table:table-row></table:table-header-rows>"
    ]
    for role, directorate, tier, remit in ROLES:
        if role == "Head of MIS and Funding Returns":
            # the role name split across a bold span and plain text, as typed in Writer
            role_xml = '<text:span text:style-name="T1">Head of MIS</text:span> and Funding Returns'
        else:
            role_xml = f'<text:span text:style-name="T1">{_odf_inline(role)}</text:span>'
        cells = (
            _cell(role_xml, "Roles.A2", "Table_20_Contents")
            + _cell(_odf_inline(directorate), "Roles.A2", "Table_20_Contents")
            + _cell(_odf_inline(tier), "Roles.A2", "Table_20_Contents")
            + _cell(_odf_inline(remit), "Roles.A2", "Table_20_Contents")
        )
        rows.append(f"<table:table-row>{cells}</table:table-row>")
    # an empty last row, its four cells written once and repeated, as Writer leaves it
    rows.append(
        '<table:table-row><table:table-cell table:style-name="Roles.A2" '
        'table:number-columns-repeated="4" office:value-type="string">'
        '<text:p text:style-name="Table_20_Contents"/></table:table-cell></table:table-row>'
    )
    body = (
        _h("Valley Skills 2031: college roles in the programme", 1)
        + _p(
            "This table lists the posts that take part in Valley Skills 2031, with the "
            "directorate each sits in and its tier in the programme.  Core roles own work and "
            "report to the programme board; Extended roles are consulted or kept informed; "
            "Consult only roles are consulted and own no work."
        )
        + '<table:table table:name="Roles" table:style-name="Roles">'
        '<table:table-column table:style-name="Roles.A"/>'
        '<table:table-column table:style-name="Roles.B" table:number-columns-repeated="2"/>'
        '<table:table-column table:style-name="Roles.D"/>'
        + "".join(rows)
        + "</table:table>"
        + _p(
            "Not listed: the Head of English and Maths, vacant since January 2028; the Deputy "
            "Principal, Curriculum and Quality covers the post until it is filled."
        )
        + _p("Kept by the Principal's Office. Version 3, 30 May 2028.")
    )
    return odt_bytes(
        _content(body, ROSTER_AUTO),
        _meta_xml("Valley Skills 2031: college roles", ROSTER_W3C, "Principal's Office"),
        ROSTER_TIME,
    )


# --------------------------------------------------------------------------- campus profiles

CAMPUS_SECTIONS: list[tuple[str, list[str]]] = [
    (
        "Holmfirth",
        [
            "Holmfirth is our largest campus, with 6,100 learners: sixth-form study programmes, "
            "creative arts, health and care, and the group's offices.",
            "Electronic registers are in use in every classroom, and absence texts go to "
            "learners and parents from MSR.",
            "Two progress coaches serve the campus's 16-18 learners.",
        ],
    ),
    (
        "Brackenley",
        [
            "Brackenley has 3,400 learners and is the group's construction and engineering "
            "centre: 610 learners on study programmes and 240 apprentices.",
            "Electronic registers and SkillTrail are in use, and two progress coaches started in "
            "April 2028.",
            "The Brackenley workshops are fully timetabled until 16:30 on weekdays, so extra "
            "workshop sessions can run only in the evening.",
        ],
    ),
    (
        "Scarth Bridge",
        [
            "Scarth Bridge has 2,300 learners, most of them 16-18: business, digital, public "
            "services and foundation learning.",
            "There are no progress coaches at Scarth Bridge; tutors follow up absence when their "
            "teaching allows.",
            "Attendance is the lowest in the group.",
        ],
    ),
    (
        "Oldmoor",
        [
            "Oldmoor is our smallest campus, with 900 learners, and the base of the adult and "
            "community learning team.",
            "Oldmoor campus closes at 17:00 on weekdays and is not open on Saturdays; the lease "
            "allows only weekday daytime use until it is renewed in August 2029.",
            "Buses from the Oldmoor villages stop at 18:30, so evening learners need their own "
            "transport.",
        ],
    ),
    (
        "Community venues",
        [
            "We teach adults in 23 community venues: libraries, village halls, two children's "
            "centres and a mosque's education room.",
            "Every community venue must pass a safeguarding check by the Designated Safeguarding "
            "Lead before learners are taught there.",
            "Venue hire is agreed each year with the library service and the parish councils.",
        ],
    ),
]


def campus_bytes() -> bytes:
    body = _h("Campus profiles, May 2028", 1) + _p(
        "Prepared by the Director of Estates for the Valley Skills 2031 planning days."
    )
    for name, paras in CAMPUS_SECTIONS:
        body += _h(name, 2) + "".join(_p(t) for t in paras)
    return odt_bytes(
        _content(body),
        _meta_xml("Campus profiles, May 2028", CAMPUS_W3C, "Director of Estates"),
        CAMPUS_TIME,
    )


# =========================================================================== text files

SYSTEMS = """
# Systems and data inventory

Kept by the Director of Digital and Information Services. Reviewed May 2028.

## Learner records

MSR (Marlow Student Records) is our student information system: every enrolment, course,
qualification aim, fee and funding return since 2014.

The Head of MIS and Funding Returns makes the individualised learner record return to the
funding agency from MSR each month.

Electronic registers run only at Holmfirth and Brackenley, where lecturers mark each class in
MSR on a PC or tablet.

At Scarth Bridge and Oldmoor registers are taken on paper and keyed into MSR once a week by the
campus office, so an absence there is known up to a week late.

Absence texts to learners and parents are sent only at Holmfirth and Brackenley, from MSR's
messaging module.

Electronic registers on tablets at Scarth Bridge and Oldmoor need MSR version 10, which the
supplier cannot install before the February 2029 half term.

Our support contract for MSR version 9 ends in July 2030.

Adult community enrolments are taken on paper forms at the venue and entered in MSR by the adult
learning office within ten working days.

Online enrolment and payment is available for full-time courses only; the online shop cannot
take payment for part-time or community courses.

## Teaching and learning

Canopy is our learning platform: course pages, assignments, feedback, and each learner's target
and working-at grades as tutors record them.

Target grades are held in Canopy and not in MSR; there is no link between Canopy and MSR, so a
learner's grades and attendance cannot be seen on one screen.

Agency lecturers are not given Canopy accounts, so their learners have no grades recorded there.

## Apprenticeships

SkillTrail is our apprenticeship e-portfolio: evidence, off-the-job hours and progress reviews.

SkillTrail is used only for engineering and construction apprenticeships; progress reviews for
the other standards are recorded on paper review forms and scanned to a shared drive.

Our SkillTrail licence covers up to 900 apprentices, and we have 1,910.

We have no tool for recording employer contacts; each skills coach keeps their own spreadsheet
of employers and visits.

## Reporting

Lantern is our reporting warehouse: it loads MSR, the HR system and the finance ledger each
night and holds the dashboards the senior team uses for enrolment, finance and staffing.

Lantern is refreshed once a night, so no dashboard shows today's registers.

Lantern holds attendance only from August 2026; earlier registers were not loaded when it was
built.

Destinations are collected by a phone survey of leavers six months after they leave, which
reaches about half of them.

## People and timetabling

PeopleFirst is our HR system: every member of staff's contract, pay, training record and DBS
check.

PeopleFirst does not record lecturers' industry qualifications or whether they hold a teaching
qualification.

Timetables are built in Chronotab at Holmfirth, Brackenley and Scarth Bridge; there is no
timetabling system at Oldmoor, where rooms are booked on a spreadsheet.

## Networks and devices

Scarth Bridge has Wi-Fi only in its main building; its workshop block has none.

Community venues have no college network, and staff there connect by mobile data where the
signal allows.

## Exams

The exams office enters learners with the awarding bodies from MSR and holds every result since
2014.

Entries for the November GCSE resit series close on 4 October; a learner not entered by then
waits for the summer series.
"""

MEASURES = """
# Valley Skills 2031: measure definitions

Agreed by the senior team, 12 June 2028. Each measure has one owner, who reports it to the
programme board every four weeks and to the Quality and Standards Committee each term.

| Measure | Definition | Owner | Baseline 2027/28 | Source |
|---|---|---|---|---|
| 16-18 achievement rate | Learners aged 16-18 who achieve their main qualification, as a share of those who started it, as the funding agency calculates it | Deputy Principal, Curriculum and Quality | 84.1% | MSR, funding agency dashboard |
| Apprentices achieving on time | Apprentices who achieve by their planned end date plus 90 days, as a share of those due to finish | Vice Principal, Apprenticeships and Employers | 54% | MSR, funding agency dashboard |
| Attendance of 16-18 learners | Sessions attended as a share of sessions timetabled, authorised absence counted as absent | Head of Learner Services | 86% | MSR registers |
| GCSE resit grade 4 or above | Resit learners gaining grade 4 or above in English or maths in the summer series | Deputy Principal, Curriculum and Quality | 21% | Exams office results |
| Adults learning in community venues | Adult learners enrolled on at least one course taught in a community venue in the year | Vice Principal, Adult and Community Learning | 4,300 | MSR |
| Positive destinations | Leavers in a job, apprenticeship or further study six months after leaving | Head of Learner Services | 81% | Destinations survey |
| Apprentice reviews in date | Apprentices whose last progress review is no more than 10 weeks old, on the last day of the month | Vice Principal, Apprenticeships and Employers | 62% | SkillTrail and review forms |
| Agency lecturer posts | Lecturer posts filled by agency staff on the last day of the term | Director of People | 71 | PeopleFirst |
| Employer recommendation | Employers answering 9 or 10 to "would you recommend us" in the spring employer survey | Vice Principal, Apprenticeships and Employers | 71% | Employer survey |

The funding agency publishes its own destination figures 18 months after learners leave, too
late to steer by, so we use our own survey.

The Employer Board has not yet agreed a target for employer recommendation, or the year by
which to reach it.

The Head of MIS and Funding Returns prepares every baseline and keeps the measures workbook.
"""

TOR = """
# Valley Skills 2031 programme board: terms of reference

Approved by the senior team, 5 June 2028, for the corporation board of 26 June 2028.

## Purpose

The programme board runs Valley Skills 2031 from August 2028 to July 2031 and reports to the
corporation board through its Quality and Standards Committee.

## Sponsor and chair

The sponsor is the Principal and Chief Executive, who chairs the board and is accountable to the
corporation for the plan.

## Members

- Deputy Principal, Curriculum and Quality (lead of pillar 1)
- Vice Principal, Apprenticeships and Employers (lead of pillar 2)
- Vice Principal, Adult and Community Learning (lead of pillar 3)
- Director of People and Director of Digital and Information Services (leads of pillar 4)
- Chief Financial Officer
- Head of MIS and Funding Returns (measures)
- Chair, Valley Employer Board (extended member)

The NUCL Branch Secretary and the Students' Union President attend as consulted members and own
no actions.

## Meetings and gates

The board meets every four weeks in term time.

The corporation board may delegate gate decisions to the programme board; whatever it delegates,
the go/no-go decision for roll-out beyond the pilot stays with the corporation board.

## Rules the programme works within

Any contract or spend above £500,000 must be approved by the corporation board, whatever the
programme budget says.

Market supplements to pay must be agreed by the corporation's Remuneration Committee before they
are offered.

A data protection impact assessment must be completed and signed off by the Data Protection
Officer before any new use of learner data goes live.

From 1 May to 30 June no changes to registers, timetables or learner systems are made at any
campus, so that exams run undisturbed.

Lecturers recruited from industry must begin a teaching qualification in their first year and
complete it within two years.
"""

NUCL = """
RECOGNITION AND PROCEDURE AGREEMENT - EXTRACT
Holmfirth College Group and the National Union of College Lecturers (NUCL)
Signed 14 March 2024. Extract made for the Valley Skills 2031 planning days, May 2028.

4. Consultation and negotiation

4.1 Changes to lecturers' timetables, workload or contracts must be negotiated with the NUCL
branch at the Joint Consultative Committee before they are introduced.

4.2 The college will give at least 30 days' notice of any change to a lecturer's timetable during
the teaching year.

4.3 The Joint Consultative Committee meets twice a term; either side may call an extra meeting
with ten working days' notice.

6. Lesson observation

6.1 Each lecturer is observed in one agreed cycle a year.

6.2 Observations outside the agreed annual cycle may not be graded.

7. New lecturers

7.1 Lecturers recruited from industry are placed on the lecturer pay spine at the point their
experience warrants.
"""

FUNDING = """
FUNDING, INSPECTION AND PARTNERS - NOTES FOR PLANNING
Holmfirth College Group, Finance and Quality, May 2028

Funding agency
Our 16-18 study programmes and apprenticeships are funded by the funding agency under our
funding agreement, and we make an individualised learner record return each month.
The funding agency requires each apprentice's off-the-job training to be planned with the
employer and evidenced in hours.

Combined authority
The West Pennine Combined Authority funds our adult and community learning from its adult skills
fund.
Adult skills fund allocations are confirmed one year at a time, each March, for the year from
August.
The combined authority must approve every new community venue before courses there can be funded.

Inspectorate
The Learning Standards Inspectorate last inspected us in full in March 2026.
The inspectorate can give as little as two working days' notice of an inspection.

Awarding bodies and assessment
Our assessment organisations need at least 12 weeks' notice to book an end-point assessment.
Awarding bodies charge a late entry fee for any entry made after their deadline.
"""

VOICE = """
# Employers and learners: how we hear them

## Valley Employer Board

The Valley Employer Board brings 32 local employers together three times a year, in October,
February and June. Its chair sits on the Valley Skills 2031 programme board as an extended
member.

In February 2028 the board asked for one named contact at the college for each employer.

## Students' Union

The Holmfirth College Students' Union represents every learner on the four campuses, and its
President is elected each spring.

The Students' Union must be consulted on any change to the learner timetable or to how
attendance is followed up.

The Students' Union runs the learner voice survey each November; 2,340 learners replied in 2027.
"""

EMAIL = """
From: Joanne Pryce <j.pryce@skilltrail.example>
To: Director of Digital and Information Services <digital@holmfirth-college.example>
Date: Mon, 22 May 2028 11:08:41 +0100
Subject: RE: SkillTrail seats for all apprenticeship standards

Hello,

Thanks for the call on Friday.

Your current licence covers 900 apprentice seats. An increase to 2,000 seats can be added at the
contract anniversary on 1 January 2029, not before.

The increase would be priced at the rate in schedule 2 of the contract. Migration of the paper
review forms is not part of the licence and would be quoted separately.

Kind regards,
Joanne Pryce
Account Manager, SkillTrail
"""

TEXT_FILES = {
    "org/systems/systems-and-data-inventory.md": SYSTEMS,
    "org/measures/valley-skills-2031-measures.md": MEASURES,
    "org/governance/valley-skills-2031-programme-board-terms-of-reference.md": TOR,
    "org/governance/nucl-recognition-agreement-extract.txt": NUCL,
    "org/context/funding-inspection-and-partners.txt": FUNDING,
    "org/context/employers-and-learners.md": VOICE,
    "org/context/email-2028-05-22-skilltrail-licence.txt": EMAIL,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {
        DECK: deck_bytes(),
        ROSTER: roster_bytes(),
        CAMPUSES: campus_bytes(),
    }
    files.update(TEXT_FILES)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
