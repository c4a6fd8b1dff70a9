"""Build the blind17 case ``university-services``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx and lxml):

    .venv/bin/python evals/blind17/build_university_services.py [out]

Writes, under ``evals/blind17/university-services/`` (or ``<out>/university-services/``):

- ``One Front Door 2029-2031 - University Court 20 June 2029.pptx``: a Scottish university's
  student services strategy for the academic years 2029/30 and 2030/31, a 16:9 deck made in
  APPLE KEYNOTE and exported to PowerPoint: ``docProps/app.xml`` names Keynote, three generic
  layouts ("Title & Subtitle", "Title Only", "Blank"); the cover and the slides on "Title Only"
  carry their title in a title placeholder, the slides on "Blank" carry it in a plain text box
  at the top (no ``txBox`` attribute, named "Text N"); explicit ``a:bodyPr`` insets, an
  explicit ``a:pPr`` on every paragraph and a size on every run; native tables for the
  measures, the dated phases and the risks; the roadmap a Gantt drawn as GROUPS of
  rectangles with text labels on a grid of semesters (bars to the month: Semester 1 is four
  months, Semester 2 five, the summer vacation three), a "2031/32 and beyond" box outside it
  and gate diamonds; speaker notes on two slides. The ZIP entries are written in name order.
- ``org/``: the student services structure as an HTML page saved from the intranet
  (``people/student-services-structure.html``: nested lists of units and posts, one line of
  remit a post), the Senate working group's remit and the programme board's terms of
  reference (Markdown), the systems and data inventory, the service facts and the pilot
  school's profile (Markdown), the measures (TSV), the JCC agreement extract, the Registry's
  exam diet notice and an email about the case management licence (text), the Students'
  Association partnership extract (Markdown).

Re-running it rewrites every file byte for byte: the PPTX through ``evals/dev16/_build.py``
(fixed ZIP entry times and document dates), the text files as literal strings. It never
touches ``gold.json``. This is a BLIND case (split "blind17").
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree
from pptx import Presentation
from pptx.util import Emu

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, normalize_zip, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "university-services"
DECK = "One Front Door 2029-2031 - University Court 20 June 2029.pptx"
STAMP = Stamp((2029, 6, 12, 16, 4, 38), "2029-06-12T16:04:38Z")

EMU = 914400
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{NS_A}" xmlns:p="{NS_P}"'
FONT = "Helvetica Neue"
INK = "1B2A41"
TEAL = "00796B"
GREY = "5F6B73"
PALE = "ECF1F3"
MID = "C9D6DB"
WHITE = "FFFFFF"
PLUM = "6A3D7C"
AMBER = "B26A00"
SLIDES_N = 18

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Keynote</Application><AppVersion>15.1</AppVersion>"
    "<Slides>{slides}</Slides><Notes>{notes}</Notes><HiddenSlides>0</HiddenSlides>"
    "<PresentationFormat>Custom</PresentationFormat></Properties>"
)


def emu(inches: float) -> int:
    return int(round(inches * EMU))


# =========================================================================== Keynote-style XML


class Ids:
    """Shape ids of one slide, counted from 1 as Keynote counts them."""

    def __init__(self) -> None:
        self.n = 1

    def next(self) -> int:
        self.n += 1
        return self.n


def run(text: str, size: int, *, bold: bool = False, color: str = INK) -> str:
    b = ' b="1"' if bold else ' b="0"'
    return (
        f'<a:r><a:rPr lang="en-GB" sz="{size}"{b} i="0" u="none" strike="noStrike" spc="0">'
        f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
        f'<a:latin typeface="{FONT}"/><a:ea typeface="{FONT}"/><a:cs typeface="{FONT}"/>'
        f'<a:sym typeface="{FONT}"/></a:rPr><a:t>{escape(text)}</a:t></a:r>'
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
) -> str:
    """One paragraph: an explicit ``a:pPr`` (a ``buChar`` bullet when ``bullet`` is given,
    else ``buNone``) and one run of ``size`` hundredths of a point."""
    if bullet:
        ppr = (
            f'<a:pPr marL="285750" marR="0" indent="-285750" algn="{algn}" defTabSz="825500">'
            f'<a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="{before}"/>'
            f'</a:spcBef><a:buClr><a:srgbClr val="{TEAL}"/></a:buClr><a:buSzPct val="100000"/>'
            f'<a:buFont typeface="{FONT}"/><a:buChar char="{bullet}"/></a:pPr>'
        )
    else:
        ppr = (
            f'<a:pPr marL="0" marR="0" indent="0" algn="{algn}" defTabSz="825500">'
            f'<a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="{before}"/>'
            f"</a:spcBef><a:buClrTx/><a:buSzTx/><a:buFontTx/><a:buNone/></a:pPr>"
        )
    return f"<a:p>{ppr}{run(text, size, bold=bold, color=color)}</a:p>"


def _body(paras: Sequence[str], anchor: str, autofit: str) -> str:
    body = "".join(paras) or (
        '<a:p><a:pPr marL="0" marR="0" indent="0" algn="l" defTabSz="825500">'
        "<a:buClrTx/><a:buSzTx/><a:buFontTx/><a:buNone/></a:pPr>"
        '<a:endParaRPr lang="en-GB" sz="1200"/></a:p>'
    )
    return (
        f'<p:txBody><a:bodyPr wrap="square" lIns="50800" tIns="50800" rIns="50800" '
        f'bIns="50800" numCol="1" spcCol="38100" rtlCol="0" anchor="{anchor}" upright="0">'
        f"{autofit}</a:bodyPr><a:lstStyle/>{body}</p:txBody>"
    )


def _xfrm(x: float, y: float, w: float, h: float) -> str:
    return (
        f'<a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm>'
    )


def sp(
    ids: Ids,
    x: float,
    y: float,
    w: float,
    h: float,
    paras: Sequence[str] = (),
    *,
    fill: str | None = None,
    line: str | None = None,
    geom: str = "rect",
    anchor: str = "t",
    alpha: int | None = None,
) -> str:
    """A plain ``p:sp`` as Keynote exports it: no ``txBox``, no placeholder, "Text N" or
    "Shape N", explicit insets; a shape without paragraphs still carries an empty body."""
    sid = ids.next()
    name = f"{'Shape' if fill or line or geom != 'rect' else 'Text'} {sid}"
    a = f'<a:alpha val="{alpha}"/>' if alpha is not None else ""
    fill_xml = (
        f'<a:solidFill><a:srgbClr val="{fill}">{a}</a:srgbClr></a:solidFill>'
        if fill
        else "<a:noFill/>"
    )
    ln = (
        f'<a:ln w="12700" cap="flat"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill>'
        f'<a:prstDash val="solid"/><a:miter lim="400000"/></a:ln>'
        if line
        else '<a:ln w="12700" cap="flat"><a:noFill/><a:miter lim="400000"/></a:ln>'
    )
    autofit = "<a:spAutoFit/>" if not fill and geom == "rect" else "<a:normAutofit/>"
    return (
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr/><p:nvPr/>'
        f'</p:nvSpPr><p:spPr>{_xfrm(x, y, w, h)}<a:prstGeom prst="{geom}"><a:avLst/>'
        f"</a:prstGeom>{fill_xml}{ln}<a:effectLst/></p:spPr>"
        f'<p:style><a:lnRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef>'
        f'<a:fillRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
        f'<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
        f'<a:fontRef idx="none"/></p:style>{_body(paras, anchor, autofit)}</p:sp>'
    )


def placeholder(
    ids: Ids, kind: str, x: float, y: float, w: float, h: float, paras: Sequence[str]
) -> str:
    """A title (``title``, ``ctrTitle``) or subtitle (``subTitle``) placeholder, as Keynote
    writes one for a slide on a layout that has it."""
    sid = ids.next()
    name = {"title": "Title", "ctrTitle": "Title", "subTitle": "Subtitle"}[kind]
    idx = ' idx="1"' if kind == "subTitle" else ""
    return (
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{sid}" name="{name} {sid}"/><p:cNvSpPr>'
        f'<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="{kind}"{idx}/></p:nvPr>'
        f'</p:nvSpPr><p:spPr>{_xfrm(x, y, w, h)}<a:prstGeom prst="rect"><a:avLst/>'
        f"</a:prstGeom></p:spPr>{_body(paras, 'b' if kind != 'subTitle' else 't', '')}</p:sp>"
    )


def group(ids: Ids, x: float, y: float, w: float, h: float, children: Sequence[str]) -> str:
    """A ``p:grpSp`` whose child frame is its own frame (Keynote's export of a group)."""
    sid = ids.next()
    off = f'<a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/>'
    ch = f'<a:chOff x="{emu(x)}" y="{emu(y)}"/><a:chExt cx="{emu(w)}" cy="{emu(h)}"/>'
    return (
        f'<p:grpSp {NSDECL}><p:nvGrpSpPr><p:cNvPr id="{sid}" name="Group {sid}"/>'
        f"<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>{off}{ch}</a:xfrm>"
        f"</p:grpSpPr>{''.join(children)}</p:grpSp>"
    )


def table(
    ids: Ids,
    x: float,
    y: float,
    widths: Sequence[float],
    row_h: float,
    rows: Sequence[Sequence[str]],
    size: int = 1200,
) -> str:
    """A native table (``a:tbl`` in a graphic frame): the first row a header on teal, the
    rest on white and pale bands; one paragraph a cell."""
    sid = ids.next()
    grid = "".join(f'<a:gridCol w="{emu(w)}"/>' for w in widths)
    trs = []
    for r, row in enumerate(rows):
        cells = []
        for text in row:
            head = r == 0
            fill = TEAL if head else (PALE if r % 2 == 0 else WHITE)
            p = para(text, size, bold=head, color=WHITE if head else INK)
            cells.append(
                f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{p}</a:txBody>"
                f'<a:tcPr marL="76200" marR="76200" marT="45720" marB="45720" anchor="ctr">'
                f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill></a:tcPr></a:tc>'
            )
        trs.append(f'<a:tr h="{emu(row_h)}">{"".join(cells)}</a:tr>')
    return (
        f'<p:graphicFrame {NSDECL}><p:nvGraphicFramePr><p:cNvPr id="{sid}" name="Table {sid}"/>'
        f'<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
        f'</p:nvGraphicFramePr><p:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(sum(widths))}" cy="{emu(row_h * len(rows))}"/></p:xfrm><a:graphic>'
        f'<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>'
        f'<a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>{grid}</a:tblGrid>{"".join(trs)}'
        f"</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
    )


def top(ids: Ids, eyebrow: str, title: str, page: int, *, ph: bool) -> list[str]:
    """The top of a content slide: the eyebrow, the title (a placeholder on "Title Only"
    slides, a plain text box on "Blank" ones), the footer and the page number."""
    heading = [para(title, 3000, bold=True)]
    out = [sp(ids, 0.6, 0.32, 9.0, 0.34, [para(eyebrow.upper(), 1100, bold=True, color=TEAL)])]
    if ph:
        out.append(placeholder(ids, "title", 0.6, 0.62, 12.1, 0.72, heading))
    else:
        out.append(sp(ids, 0.6, 0.62, 12.1, 0.72, heading))
    out.append(
        sp(
            ids,
            0.6,
            7.04,
            9.0,
            0.28,
            [para("Invercraig University \u00b7 One Front Door \u00b7 Court", 900, color=GREY)],
        )
    )
    out.append(sp(ids, 11.6, 7.04, 1.1, 0.28, [para(str(page), 900, color=GREY, algn="r")]))
    return out


def bullets(texts: Sequence[str], size: int, char: str = "\u2022") -> list[str]:
    return [para(t, size, bullet=char, before=500 if i else 0) for i, t in enumerate(texts)]


def typed(texts: Sequence[str], size: int) -> list[str]:
    """Lines whose bullets or numbers are typed into the text."""
    return [para(t, size, before=500 if i else 0) for i, t in enumerate(texts)]


def goal_box(ids: Ids, y: float, text: str) -> str:
    return sp(
        ids, 0.6, y, 12.1, 0.55, [para(text, 1500, bold=True, color=WHITE)], fill=TEAL, anchor="ctr"
    )


# =========================================================================== slides


def s01(ids: Ids) -> list[str]:
    return [
        sp(ids, 0, 0, 13.333, 7.5, fill=INK),
        sp(
            ids,
            0.8,
            1.1,
            9.0,
            0.4,
            [para("INVERCRAIG UNIVERSITY \u00b7 STUDENT SERVICES", 1300, bold=True, color=MID)],
        ),
        placeholder(
            ids,
            "ctrTitle",
            0.8,
            2.0,
            11.5,
            1.4,
            [para("One Front Door", 6000, bold=True, color=WHITE)],
        ),
        placeholder(
            ids,
            "subTitle",
            0.8,
            3.45,
            11.5,
            0.7,
            [para("Student services strategy, 2029\u20132031", 2600, color=WHITE)],
        ),
        sp(
            ids,
            0.8,
            5.4,
            11.5,
            0.4,
            [para("University Court \u00b7 20 June 2029 \u00b7 Paper C/29/47", 1400, color=MID)],
        ),
        sp(
            ids,
            0.8,
            5.85,
            11.5,
            0.4,
            [
                para(
                    "Presented by the Vice-Principal (Students) and the Director of Student "
                    "Services",
                    1400,
                    color=MID,
                )
            ],
        ),
    ]


def tile(ids: Ids, x: float, y: float, big: str, label: str) -> list[str]:
    return [
        sp(ids, x, y, 2.6, 1.75, fill=PALE),
        sp(ids, x + 0.1, y + 0.1, 2.4, 0.7, [para(big, 3200, bold=True, color=TEAL)]),
        sp(ids, x + 0.1, y + 0.8, 2.4, 0.9, [para(label, 1200)]),
    ]


def s02(ids: Ids) -> list[str]:
    out = top(ids, "Why now", "Fourteen inboxes and a long wait", 2, ph=False)
    figures = [
        ("38,600", "student emails to 14 shared inboxes in 2028/29"),
        ("41%", "of enquiries closed by the first person to read them"),
        (
            "23 days",
            "typical wait between telling us about a disability and a plan reaching the school",
        ),
        ("35%", "of wellbeing requests answered on the day they arrived"),
        ("58%", "of taught students had seen a personal tutor by week 4"),
        ("12.6%", "of first-year undergraduates did not come back for second year"),
    ]
    for k, (big, label) in enumerate(figures):
        out += tile(ids, 0.6 + (k % 3) * 2.75, 1.55 + (k // 3) * 1.95, big, label)
    out.append(sp(ids, 8.95, 1.55, 3.75, 3.7, fill=WHITE, line=MID))
    out.append(
        sp(
            ids,
            9.05,
            1.65,
            3.55,
            3.5,
            [para("For the record, not targets", 1400, bold=True, color=PLUM)]
            + typed(
                [
                    "In 2015/16 the old Registry counter answered 78% of enquiries on the spot.",
                    "Glenmor University reports a median of 8 working days from disclosure to "
                    "a plan.",
                    "The SFC outcome agreement holds our funded Scottish undergraduate places "
                    "at 9,850 to 2031.",
                ],
                1200,
            ),
        )
    )
    out.append(
        sp(
            ids,
            0.6,
            5.55,
            12.1,
            0.4,
            [
                para(
                    "All figures are for 2028/29 unless stated, from Lochan and the schools\u2019 "
                    "inbox counts.",
                    1100,
                    color=GREY,
                )
            ],
        )
    )
    return out


def s03(ids: Ids) -> list[str]:
    out = top(ids, "North star", "Where we are heading", 3, ph=True)
    out.append(
        sp(
            ids,
            0.6,
            1.6,
            12.1,
            1.2,
            [
                para(
                    "Every student, one front door, and help that finds them before they have to "
                    "ask.",
                    2800,
                    bold=True,
                    color=TEAL,
                )
            ],
        )
    )
    out.append(
        sp(
            ids,
            0.6,
            3.0,
            12.1,
            2.0,
            [para("By the end of 2030/31:", 1600, bold=True)]
            + bullets(
                [
                    "seven in ten enquiries resolved at the first contact",
                    "a disability support plan agreed within 10 working days",
                    "nine in ten taught students meet their personal tutor by week 4",
                ],
                1600,
            ),
        )
    )
    out.append(
        sp(
            ids,
            0.6,
            5.4,
            12.1,
            0.8,
            [
                para(
                    "How we get there: Foundations, then Prove it in one school, then Every "
                    "school, then Make it the way we work.",
                    1600,
                    color=GREY,
                )
            ],
        )
    )
    return out


def s04(ids: Ids) -> list[str]:
    out = top(ids, "Scope", "Who this is for, and when it matters", 4, ph=False)
    out.append(
        sp(
            ids,
            0.6,
            1.55,
            7.4,
            4.6,
            [para("Four moments we design for", 1600, bold=True, color=TEAL)]
            + typed(
                [
                    "1. International postgraduate taught students in their first weeks, with "
                    "questions about visas, fees and timetables",
                    "2. Students who disclose a disability before their first assessment",
                    "3. Students in distress out of hours or during an exam diet",
                    "4. First-year undergraduates meeting their personal tutor in Semester 1",
                ],
                1500,
            ),
        )
    )
    out.append(sp(ids, 8.3, 1.55, 4.4, 4.6, fill=PALE))
    out.append(
        sp(
            ids,
            8.45,
            1.65,
            4.1,
            4.4,
            [para("Not in this plan", 1600, bold=True, color=PLUM)]
            + bullets(
                [
                    "Applicant and admissions enquiries before enrolment",
                    "Supervision of postgraduate research students",
                    "Accommodation and the residences desk",
                    "The Careers Service and placements",
                    "Fees disputes and debt recovery",
                ],
                1300,
                "\u2013",
            ),
        )
    )
    return out


def pillar(
    ids: Ids,
    page: int,
    eyebrow: str,
    title: str,
    goals: Sequence[str],
    items: Sequence[str],
    lead: str,
    *,
    ph: bool,
    char: str | None,
) -> list[str]:
    out = top(ids, eyebrow, title, page, ph=ph)
    y = 1.5
    for g in goals:
        out.append(goal_box(ids, y, g))
        y += 0.65
    body = bullets(items, 1500, char) if char else typed(items, 1500)
    out.append(sp(ids, 0.6, y + 0.15, 12.1, 6.5 - y - 0.7, body))
    out.append(sp(ids, 0.6, 6.35, 12.1, 0.4, [para(lead, 1300, bold=True, color=GREY)]))
    return out


def s05(ids: Ids) -> list[str]:
    return pillar(
        ids,
        5,
        "Pillar 1 \u00b7 Enquiries and case management",
        "One door, one reference number",
        ["Goal: 70% of enquiries resolved at the first contact by the end of Semester 2 2030/31"],
        [
            "Open Ask Invercraig: one enquiry service by web form, chat, phone and both campus "
            "desks",
            "Move all 14 shared inboxes into Tallis, with one case reference per student",
            "Publish 300 answers in a plain-English knowledge base before Welcome Week 2030",
            "Set service standards: a first reply within 2 working days, a referral within 1",
            "Pass cases to disability, wellbeing and Registry staff so that no student tells "
            "their story twice",
        ],
        "Lead: Head of Student Enquiries",
        ph=False,
        char="\u2022",
    )


def s06(ids: Ids) -> list[str]:
    return pillar(
        ids,
        6,
        "Pillar 2 \u00b7 Personal tutoring",
        "A tutor who already knows",
        ["Goal: 90% of taught students meet their personal tutor by week 4 of Semester 1 2030/31"],
        [
            "\u25b8 Record every personal tutoring meeting in Cairn, in place of the schools\u2019 "
            "spreadsheets",
            "\u25b8 Show each personal tutor their tutees\u2019 open cases and support flags in "
            "MyInvercraig",
            "\u25b8 Train all 610 personal tutors in the new record and in referring students on",
            "\u25b8 Ask Senate to write a week-4 tutor meeting into the personal tutoring policy",
        ],
        "Lead: Dean of Learning and Teaching, with the Head of Student Records",
        ph=True,
        char=None,
    )


def s07(ids: Ids) -> list[str]:
    return pillar(
        ids,
        7,
        "Pillar 3 \u00b7 Disability support and wellbeing",
        "Help before the crisis",
        [
            "Goal: a disability support plan agreed within 10 working days of disclosure by "
            "week 6 of Semester 1 2030/31",
            "Goal: every disability support plan held in Tallis, none on paper or email, by the "
            "end of Semester 2 2030/31",
        ],
        [
            "Hold every disability support plan in Tallis and share it with the school\u2019s "
            "disability contact",
            "Send each plan\u2019s exam arrangements to the Examinations Office through Tallis",
            "Same-day wellbeing triage at both campuses, by phone or video",
            "Recruit four wellbeing triage practitioners",
            "Train 40 front-line staff as Mental Health First Aiders",
        ],
        "Lead: Head of Disability and Inclusion; Head of Wellbeing and Counselling",
        ph=False,
        char="\u2022",
    )


def s08(ids: Ids) -> list[str]:
    return pillar(
        ids,
        8,
        "Pillar 4 \u00b7 The student app and our staff",
        "In every pocket, and the people behind it",
        ["Goal: 12,000 app downloads by the end of the summer vacation 2030"],
        [
            "- Launch the Invercraig app: timetable, Ask Invercraig, support bookings and a "
            "message to your tutor",
            "- Write every app screen and message in plain English, tested with students",
            "- Bring the 22 enquiry staff in the schools\u2019 offices into one Ask Invercraig "
            "team",
            "- Open Ask Invercraig from 8am to 8pm on weekdays in term",
            "- Cross-train the Linnhead desk on first questions about disability and wellbeing",
        ],
        "Lead: Director of Student Services, with the Head of Digital Services",
        ph=True,
        char=None,
    )


KPI_ROWS = [
    ["Measure", "Baseline 2028/29", "Target", "By when"],
    ["Enquiries resolved at first contact", "41%", "70%", "End of Semester 2 2030/31"],
    [
        "Enquiries with a first reply within 2 working days",
        "52%",
        "90%",
        "Week 6 of Semester 1 2030/31",
    ],
    [
        "Working days from disclosure to agreed disability support plan (median)",
        "23",
        "10",
        "Week 6 of Semester 1 2030/31",
    ],
    ["Wellbeing requests triaged the same working day", "35%", "95%", "End of Semester 2 2029/30"],
    [
        "Taught students who met their personal tutor by week 4",
        "58%",
        "90%",
        "Week 4 of Semester 1 2030/31",
    ],
    [
        "Personal tutoring meetings recorded in Cairn",
        "None: school spreadsheets",
        "85%",
        "End of Semester 2 2030/31",
    ],
    [
        "First-year undergraduates continuing into second year",
        "87.4%",
        "90%",
        "2029/30 entrants, counted in week 6 of Semester 1 2030/31",
    ],
    ["Invercraig app downloads", "\u2013", "12,000", "End of summer vacation 2030"],
    [
        "Students who say they know where to get help",
        "Not yet asked",
        "Higher",
        "To be set with the Students\u2019 Association",
    ],
]


def s09(ids: Ids) -> list[str]:
    out = top(ids, "Measures", "How we will know", 9, ph=False)
    out.append(table(ids, 0.6, 1.45, [5.3, 2.2, 1.2, 3.4], 0.47, KPI_ROWS, 1150))
    out.append(
        sp(
            ids,
            0.6,
            6.3,
            12.1,
            0.5,
            [
                para(
                    "Baselines are 2028/29, from Lochan. \u201cBy\u201d means by the end of the "
                    "week, semester or vacation named.",
                    1100,
                    color=GREY,
                )
            ],
        )
    )
    return out


PHASE_ROWS = [
    ["Phase", "When", "What it delivers"],
    [
        "Phase 1 \u00b7 Foundations",
        "Semester 1 2029/30",
        "Tallis for enrolled students, the team, the baselines",
    ],
    [
        "Phase 2 \u00b7 Prove it in one school",
        "Semester 2 2029/30",
        "Ask Invercraig for one school\u2019s taught postgraduates",
    ],
    [
        "Phase 3 \u00b7 Every school",
        "Summer vacation 2030 to Semester 2 2030/31",
        "Every school from Welcome Week 2030, the app, digital plans",
    ],
    [
        "Phase 4 \u00b7 Make it the way we work",
        "Summer vacation 2031",
        "Handover to business as usual",
    ],
]


def s10(ids: Ids) -> list[str]:
    out = top(ids, "Our clock", "Two academic years, by semester", 10, ph=True)
    out.append(
        sp(
            ids,
            0.6,
            1.45,
            12.1,
            1.75,
            typed(
                [
                    "Our academic year starts in September; Semester 1 runs from Welcome Week "
                    "(week 0) to week 15.",
                    "Semester 2 runs from week 0 in January to week 19, the end of the May exam "
                    "diet; the summer vacation runs from June to August, with the resit diet in "
                    "August.",
                    "This plan runs for two academic years, 2029/30 and 2030/31: 24 months from "
                    "September 2029 to August 2031.",
                ],
                1400,
            ),
        )
    )
    out.append(table(ids, 0.6, 3.3, [3.6, 4.4, 4.1], 0.5, PHASE_ROWS, 1250))
    out.append(sp(ids, 0.6, 5.95, 12.1, 0.6, fill=PALE))
    out.append(
        sp(
            ids,
            0.7,
            6.0,
            11.9,
            0.5,
            [
                para(
                    "Nothing student-facing goes live during an exam diet: weeks 13 to 15 of "
                    "Semester 1, the May diet and the August resits.",
                    1300,
                    bold=True,
                    color=AMBER,
                )
            ],
        )
    )
    return out


def s11(ids: Ids) -> list[str]:
    out = top(ids, "Pilot", "Where we start", 11, ph=False)
    out.append(
        sp(
            ids,
            0.6,
            1.45,
            12.1,
            0.9,
            [
                para(
                    "Ask Invercraig opens first in the School of Business and Law\u2019s "
                    "postgraduate taught programmes, at week 0 of Semester 2 2029/30 (Monday 7 "
                    "January 2030).",
                    1700,
                    bold=True,
                    color=TEAL,
                )
            ],
        )
    )
    out.append(
        sp(
            ids,
            0.6,
            2.55,
            4.6,
            3.6,
            [para("Why here", 1500, bold=True)]
            + bullets(
                [
                    "1,140 taught postgraduates, 71% of them international",
                    "A January intake of 380, so the service opens with a Welcome Week of its own",
                    "More enquiries per student than any other school in 2028/29",
                ],
                1300,
            ),
        )
    )
    out.append(
        sp(
            ids,
            5.5,
            2.55,
            7.2,
            3.6,
            [para("Steps, counted from go-live", 1500, bold=True)]
            + bullets(
                [
                    "Go-live minus 6 weeks: train the school\u2019s nine programme administrators "
                    "in Tallis",
                    "Go-live: every enquiry from the school\u2019s taught postgraduates gets a "
                    "Tallis case",
                    "Go-live + 4 weeks: review every case open longer than 5 working days",
                    "Go-live + 10 weeks: the school\u2019s disability support plans move into "
                    "Tallis",
                ],
                1300,
            ),
        )
    )
    out.append(
        sp(
            ids,
            0.6,
            6.3,
            12.1,
            0.4,
            [para("Measured against the school\u2019s January 2029 starters.", 1200, color=GREY)],
        )
    )
    return out


# --------------------------------------------------------------------------- the Gantt

GX0, GX1 = 2.55, 10.95  # the grid: 24 months of 0.35 in
MONTH = (GX1 - GX0) / 24
COLUMNS = [  # (label, year, start month, end month)
    ("Sem 1", "2029/30", 0, 4),
    ("Sem 2", "2029/30", 4, 9),
    ("Summer", "2029/30", 9, 12),
    ("Sem 1", "2030/31", 12, 16),
    ("Sem 2", "2030/31", 16, 21),
    ("Summer", "2030/31", 21, 24),
]
PHASE_BARS = [
    ("Phase 1 \u00b7 Foundations", 0, 4),
    ("Phase 2 \u00b7 Prove it in one school", 4, 9),
    ("Phase 3 \u00b7 Every school", 9, 21),
    ("Phase 4 \u00b7 Make it the way we work", 21, 24),
]
WORK_ROWS = [
    (
        "Enquiry service",
        [
            ("Business and Law", 4, 9),
            ("Set up for all schools", 9, 12),
            ("Every school, 8am to 8pm", 12, 24),
        ],
    ),
    ("Case management", [("Tallis variation and set-up", 0, 4), ("14 inboxes move in", 9, 16)]),
    (
        "Personal tutoring",
        [
            ("Senate policy change", 4, 9),
            ("Cairn meeting record", 9, 12),
            ("All taught students", 12, 21),
        ],
    ),
    (
        "Disability and wellbeing",
        [("Recruit triage team", 0, 4), ("Same-day triage", 4, 12), ("Plans into Tallis", 12, 21)],
    ),
    (
        "Student app",
        [
            ("Build and test", 4, 9),
            ("Launch for new entrants", 9, 12),
            ("Ask Invercraig in the app", 12, 16),
        ],
    ),
    (
        "People",
        [
            ("JCC consultation", 0, 4),
            ("One Ask Invercraig team", 9, 16),
            ("Tutor and first aid training", 16, 21),
        ],
    ),
]
# the gates, at the end of the week the gates slide names (months from September 2029)
GATES = [("G1", 3.0), ("G2", 6.94), ("G3", 13.58), ("Close", 24.0)]
DIETS = [(3.07, 3.68), (8.17, 8.77), (11.37, 11.73), (15.03, 15.63), (20.13, 20.73), (23.33, 23.7)]


def mx(month: float) -> float:
    return GX0 + month * MONTH


def bar(
    ids: Ids, label: str, m0: float, m1: float, y: float, h: float, color: str, size: int
) -> str:
    """A bar: a group of a filled rectangle and its text label, both in the bar's frame."""
    x, w = mx(m0) + 0.02, (m1 - m0) * MONTH - 0.04
    return group(
        ids,
        x,
        y,
        w,
        h,
        [
            sp(ids, x, y, w, h, fill=color),
            sp(
                ids,
                x,
                y,
                w,
                h,
                [para(label, size, bold=True, color=WHITE, algn="ctr")],
                anchor="ctr",
            ),
        ],
    )


def s12(ids: Ids) -> list[str]:
    out = top(ids, "Roadmap", "The plan on a page", 12, ph=False)
    head = []
    for year, m0, m1 in (("2029/30", 0, 12), ("2030/31", 12, 24)):
        head.append(
            group(
                ids,
                mx(m0),
                1.5,
                (m1 - m0) * MONTH,
                0.3,
                [
                    sp(ids, mx(m0), 1.5, (m1 - m0) * MONTH, 0.3, fill=INK, line=WHITE),
                    sp(
                        ids,
                        mx(m0),
                        1.5,
                        (m1 - m0) * MONTH,
                        0.3,
                        [para(year, 1200, bold=True, color=WHITE, algn="ctr")],
                        anchor="ctr",
                    ),
                ],
            )
        )
    for label, _, m0, m1 in COLUMNS:
        head.append(
            group(
                ids,
                mx(m0),
                1.8,
                (m1 - m0) * MONTH,
                0.3,
                [
                    sp(ids, mx(m0), 1.8, (m1 - m0) * MONTH, 0.3, fill=MID, line=WHITE),
                    sp(
                        ids,
                        mx(m0),
                        1.8,
                        (m1 - m0) * MONTH,
                        0.3,
                        [para(label, 1100, bold=True, algn="ctr")],
                        anchor="ctr",
                    ),
                ],
            )
        )
    out.append(group(ids, GX0, 1.5, GX1 - GX0, 0.6, head))
    phases = [sp(ids, 0.6, 2.22, 1.9, 0.56, [para("Phases", 1200, bold=True)], anchor="ctr")]
    phases += [bar(ids, t, a, b, 2.22, 0.56, INK, 900) for t, a, b in PHASE_BARS]
    out.append(group(ids, 0.6, 2.22, GX1 - 0.6, 0.56, phases))
    y = 2.9
    for name, bars in WORK_ROWS:
        row = [sp(ids, 0.6, y, 1.9, 0.42, [para(name, 1100, bold=True)], anchor="ctr")]
        row += [bar(ids, t, a, b, y, 0.42, TEAL, 800) for t, a, b in bars]
        out.append(group(ids, 0.6, y, GX1 - 0.6, 0.42, row))
        y += 0.5
    strips = [
        sp(ids, mx(a), 2.22, (b - a) * MONTH, y - 2.22, fill=GREY, alpha=35000) for a, b in DIETS
    ]
    out.append(
        group(ids, mx(DIETS[0][0]), 2.22, mx(DIETS[-1][1]) - mx(DIETS[0][0]), y - 2.22, strips)
    )
    gates = [sp(ids, 0.6, y + 0.02, 1.9, 0.36, [para("Gates", 1200, bold=True)], anchor="ctr")]
    for label, month in GATES:
        x = mx(month)
        gates.append(
            group(
                ids,
                x - 0.2,
                y + 0.02,
                0.4,
                0.62,
                [
                    sp(ids, x - 0.16, y + 0.02, 0.32, 0.32, fill=PLUM, geom="diamond"),
                    sp(
                        ids,
                        x - 0.3,
                        y + 0.34,
                        0.6,
                        0.3,
                        [para(label, 900, bold=True, color=PLUM, algn="ctr")],
                    ),
                ],
            )
        )
    out.append(group(ids, 0.6, y + 0.02, GX1 + 0.3 - 0.6, 0.62, gates))
    out.append(
        group(
            ids,
            11.15,
            1.5,
            1.55,
            4.4,
            [
                sp(ids, 11.15, 1.5, 1.55, 4.4, fill=PALE, line=MID),
                sp(
                    ids,
                    11.2,
                    1.55,
                    1.45,
                    4.3,
                    [
                        para("2031/32 and beyond", 1200, bold=True, color=PLUM),
                        para(
                            "Outside this plan: research students on Ask Invercraig; a Gaelic version of "
                            "the app",
                            1000,
                            color=GREY,
                            before=400,
                        ),
                    ],
                ),
            ],
        )
    )
    out.append(
        sp(
            ids,
            0.6,
            6.6,
            12.1,
            0.35,
            [
                para(
                    "Grey strips: exam diets, when nothing student-facing goes live.",
                    1000,
                    color=GREY,
                )
            ],
        )
    )
    return out


def s13(ids: Ids) -> list[str]:
    out = top(ids, "Gates", "What good looks like before we go further", 13, ph=True)
    cols = [
        (
            "Gate 1 \u00b7 Ready to open the door \u00b7 week 12 of Semester 1 2029/30",
            [
                "Tallis contract variation signed for enrolled students",
                "Service standards agreed with the Students\u2019 Association",
                "First 120 answers live in the knowledge base",
            ],
        ),
        (
            "Gate 2 \u00b7 Ready for every school",
            [
                "70% of the first school\u2019s cases closed at first contact",
                "No plan in the first school waiting longer than 10 working days",
                "All met by week 11 of Semester 2 2029/30",
            ],
        ),
        (
            "Gate 3 \u00b7 Every school live \u00b7 week 6 of Semester 1 2030/31",
            [
                "All 14 shared inboxes closed and pointed to Ask Invercraig",
                "Every taught student allocated a personal tutor in Cairn",
            ],
        ),
    ]
    for k, (head, items) in enumerate(cols):
        x = 0.6 + k * 4.08
        out.append(sp(ids, x, 1.5, 3.9, 4.4, fill=PALE))
        out.append(
            sp(
                ids,
                x + 0.1,
                1.6,
                3.7,
                4.2,
                [para(head, 1400, bold=True, color=PLUM)] + bullets(items, 1250, "\u2713"),
            )
        )
    out.append(
        sp(
            ids,
            0.6,
            6.1,
            12.1,
            0.6,
            [
                para(
                    "Close \u00b7 end of the summer vacation 2031 \u00b7 handed to the Director of "
                    "Student Services as business as usual",
                    1300,
                    bold=True,
                )
            ],
        )
    )
    return out


RISK_ROWS = [
    ["Risk", "Likelihood", "Mitigation"],
    [
        "R1 Tallis is not licensed for enrolled students in time",
        "High",
        "Raise the Tallis purchase order in Welcome Week 2029",
    ],
    [
        "R2 School office staff do not want to move into one team",
        "Medium",
        "Open formal consultation with the JCC before any change to duties",
    ],
    [
        "R3 A go-live lands in an exam diet",
        "Medium",
        "Book every go-live date in the Registry\u2019s change calendar",
    ],
    [
        "R4 Triage demand outgrows four practitioners",
        "High",
        "Buy a 12-month out-of-hours support line with next-morning handover",
    ],
    [
        "R5 Disability information reaches staff who do not need it",
        "Medium",
        "Complete a data protection impact assessment before any plan moves",
    ],
    [
        "R6 Tutors do not use the new record",
        "Medium",
        "Show tutors\u2019 recording rates to each Head of School every month",
    ],
]


def s14(ids: Ids) -> list[str]:
    out = top(ids, "Risks", "What could go wrong", 14, ph=False)
    out.append(table(ids, 0.6, 1.5, [5.0, 1.5, 5.6], 0.62, RISK_ROWS, 1200))
    return out


def s15(ids: Ids) -> list[str]:
    out = top(
        ids, "The first 90 days, from Monday 3 September 2029", "Clearing the runway", 15, ph=False
    )
    out.append(
        sp(
            ids,
            0.6,
            1.5,
            12.1,
            4.9,
            typed(
                [
                    "1. Appoint the programme team and open the risk log (Programme Lead)",
                    "2. Baseline all nine measures in Lochan (Head of Planning and Insight)",
                    "3. Map the top 50 questions from Business and Law\u2019s two inboxes (Head "
                    "of Enquiries)",
                    "4. Agree the Cairn tutoring meeting field with the Senate working group "
                    "(Head of Student Records)",
                    "5. Start recruiting four wellbeing triage practitioners (HR Business Partner)",
                    "6. Draft the app\u2019s first screens with ten student testers (Digital "
                    "Content Manager)",
                ],
                1500,
            ),
        )
    )
    return out


def s16(ids: Ids) -> list[str]:
    out = top(
        ids, "For staff in Business and Law", "What changes on Monday 7 January 2030", 16, ph=True
    )
    out.append(
        sp(
            ids,
            0.6,
            1.5,
            12.1,
            4.9,
            bullets(
                [
                    "Every enquiry from a taught postgraduate gets a Tallis case number within "
                    "the hour",
                    "Programme administrators stop replying from the school\u2019s two shared "
                    "inboxes",
                    "A 15-minute huddle at 9.15 each morning goes through every open case",
                    "Wellbeing requests go to the triage team through Tallis, not by forwarded "
                    "email",
                    "Nothing changes yet for the school\u2019s undergraduates",
                ],
                1600,
                "\u25aa",
            ),
        )
    )
    return out


def s17(ids: Ids) -> list[str]:
    out = top(ids, "Governance", "Who decides", 17, ph=False)
    out.append(
        sp(
            ids,
            0.6,
            1.5,
            12.1,
            4.9,
            bullets(
                [
                    "Sponsor: the Vice-Principal (Students), who chairs the One Front Door "
                    "Programme Board",
                    "The Board meets every four weeks in term and reports to Court each "
                    "semester through the Student Experience Committee",
                    "Gates 1 and 2 are the Board\u2019s decisions; Gate 3 comes to Court",
                    "Senate approves any change to the personal tutoring policy, prepared by "
                    "its working group",
                    "Consulted, never leading: the Students\u2019 Association and the trade "
                    "unions\u2019 Joint Consultative Committee",
                    "One programme risk log, reviewed at every Board meeting",
                ],
                1500,
            ),
        )
    )
    return out


def s18(ids: Ids) -> list[str]:
    out = top(ids, "Decisions", "What we ask of Court today", 18, ph=True)
    out.append(
        sp(
            ids,
            0.6,
            1.5,
            12.1,
            3.6,
            typed(
                [
                    "1. Approve One Front Door for 2029/30 and 2030/31",
                    "2. Release \u00a32.84m over the two years, \u00a31.37m of it in 2029/30",
                    "3. Agree Business and Law as the first school",
                    "4. Delegate Gates 1 and 2 to the Programme Board",
                ],
                1800,
            ),
        )
    )
    out.append(
        sp(
            ids,
            0.6,
            5.5,
            12.1,
            0.6,
            [
                para(
                    "The programme closes at the end of the summer vacation 2031.",
                    1500,
                    bold=True,
                    color=TEAL,
                )
            ],
        )
    )
    return out


SLIDES: list[Callable[[Ids], list[str]]] = [
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
]
# the layout of each slide: the cover, "Title Only" (a title placeholder) or "Blank"
TITLE_ONLY = {3, 6, 8, 10, 13, 16, 18}
NOTES = {
    2: "Figures are what happened in 2028/29. The targets are on the measures slide.",
    12: "Bars are drawn to the month: Semester 1 is four months, Semester 2 five and the "
    "summer vacation three.",
}


# =========================================================================== the package


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    keep = {"Title Slide": "Title & Subtitle", "Title Only": "Title Only", "Blank": "Blank"}
    for layout in list(prs.slide_layouts):
        if layout.name not in keep:
            prs.slide_layouts.remove(layout)
    for layout in prs.slide_layouts:
        layout._element.cSld.set("name", keep[layout.name])
    cover, title_only, blank = prs.slide_layouts[0], prs.slide_layouts[1], prs.slide_layouts[2]
    assert len(SLIDES) == SLIDES_N
    for n, make in enumerate(SLIDES, start=1):
        layout = cover if n == 1 else title_only if n in TITLE_ONLY else blank
        slide = prs.slides.add_slide(layout)
        tree = slide.shapes._spTree
        for ph in list(slide.placeholders):
            tree.remove(ph._element)
        for xml in make(Ids()):
            tree.append(etree.fromstring(xml))
        if n in NOTES:
            slide.notes_slide.notes_text_frame.text = NOTES[n]
    core = prs.core_properties
    core.author = "Student Services Office"
    core.last_modified_by = "Student Services Office"
    core.title = "One Front Door"
    core.subject = ""
    core.keywords = ""
    core.comments = ""
    core.category = ""
    core.revision = 1
    buffer = io.BytesIO()
    prs.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            body = src.read(name)
            if name == "docProps/app.xml":
                body = APP_XML.format(slides=len(SLIDES), notes=len(NOTES)).encode("utf-8")
            dst.writestr(name, body)
    return normalize_zip(out.getvalue(), STAMP)


# =========================================================================== the org folder

ROSTER_HTML = """
<!DOCTYPE html>
<!-- saved from url=(0062)https://staffnet.invercraig.ac.uk/student-services/structure -->
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Student services structure | StaffNet | Invercraig University</title>
<link rel="stylesheet" href="./student-services-structure_files/staffnet.css">
</head>
<body class="staffnet page-structure">
<nav class="breadcrumb"><a href="https://staffnet.invercraig.ac.uk/">StaffNet</a> &gt; <a href="https://staffnet.invercraig.ac.uk/student-services/">Student services</a> &gt; Structure</nav>
<main id="content">
<h1>Student services: who does what</h1>
<p class="intro">This page lists the posts that run student-facing services and the One Front Door programme, unit by unit, with one line of remit for each post. Where a remit is set out in another document, the line says which.</p>
<ul class="org-units">
  <li class="unit"><span class="unit-name">Office of the Vice-Principal (Students)</span>
    <ul class="posts">
      <li class="post"><strong class="post-title">Vice-Principal (Students)</strong> <span class="remit">Sponsor of One Front Door and chair of its Programme Board; answers to the Principal and to Court for student services.</span></li>
      <li class="post"><strong class="post-title">One Front Door Programme Manager</strong> <span class="remit">Runs the programme office: the plan, the risk log, the gate papers for the Programme Board and the monthly budget report.</span></li>
    </ul>
  </li>
  <li class="unit"><span class="unit-name">Student Services</span>
    <ul class="posts">
      <li class="post"><strong class="post-title">Director of Student Services</strong> <span class="remit">Leads the directorate and its 180 staff: the service standards, the shape and budgets of the teams, and the continuation and help-seeking measures that student services report to Court.</span></li>
    </ul>
    <ul class="org-units">
      <li class="unit"><span class="unit-name">Enquiries and Advice</span>
        <ul class="posts">
          <li class="post"><strong class="post-title">Head of Student Enquiries</strong> <span class="remit">Runs the Hub desk at the city campus, the enquiry phone line and the shared inboxes, sets how enquiries are logged and answered, and trains everyone who answers enquiries, in the schools too, in that case process.</span></li>
          <li class="post"><strong class="post-title">Student Enquiries Team Leader (Linnhead Campus)</strong> <span class="remit">Runs the Linnhead campus desk, its rota and its four staff, and reports to the Head of Student Enquiries.</span></li>
          <li class="post"><strong class="post-title">Digital Content Manager (Student Services)</strong> <span class="remit">Writes and keeps the service web pages, the answers that staff and students read, and the words of every student-facing screen, and tests them with students.</span></li>
        </ul>
      </li>
      <li class="unit"><span class="unit-name">Disability and Inclusion</span>
        <ul class="posts">
          <li class="post"><strong class="post-title">Head of Disability and Inclusion</strong> <span class="remit">Assesses disabled students&#8217; needs and agrees disability support plans with them; keeps the disability support plan records and sends each plan to the school&#8217;s disability contact.</span></li>
        </ul>
      </li>
      <li class="unit"><span class="unit-name">Wellbeing and Counselling</span>
        <ul class="posts">
          <li class="post"><strong class="post-title">Head of Wellbeing and Counselling</strong> <span class="remit">Runs counselling, mental health advice and wellbeing triage, the out-of-hours support contract, and the University&#8217;s Mental Health First Aid training, for which the team holds the instructor licence.</span></li>
        </ul>
      </li>
      <li class="unit"><span class="unit-name">People partnering</span>
        <ul class="posts">
          <li class="post"><strong class="post-title">HR Business Partner (Student Services)</strong> <span class="remit">The People Directorate&#8217;s partner for student services: recruitment, changes to jobs and duties, and formal consultation with the Joint Consultative Committee on them.</span></li>
        </ul>
      </li>
    </ul>
  </li>
  <li class="unit"><span class="unit-name">Academic Registry</span>
    <ul class="posts">
      <li class="post"><strong class="post-title">Head of Student Records</strong> <span class="remit">See the student systems and data inventory.</span></li>
      <li class="post"><strong class="post-title">Examinations Manager</strong> <span class="remit">Runs the exam diets and the exam timetable, puts in place the exam arrangements that disability support plans set, and keeps the Registry&#8217;s change calendar for the diets.</span></li>
    </ul>
  </li>
  <li class="unit"><span class="unit-name">Learning and Teaching</span>
    <ul class="posts">
      <li class="post"><strong class="post-title">Dean of Learning and Teaching</strong> <span class="remit">See the remit of the Senate Working Group on Personal Tutoring.</span></li>
      <li class="post"><strong class="post-title">Head of Academic Practice</strong> <span class="remit">Runs the PGCert in Academic Practice and the personal tutor development programme that every personal tutor completes.</span></li>
      <li class="post"><strong class="post-title">School Manager, School of Business and Law</strong> <span class="remit">Manages the school&#8217;s professional services staff, its nine programme administrators among them, and the school office.</span></li>
    </ul>
  </li>
  <li class="unit"><span class="unit-name">IT Services</span>
    <ul class="posts">
      <li class="post"><strong class="post-title">Head of Digital Services</strong> <span class="remit">Builds and runs MyInvercraig, the student app and single sign-on, and the links between them and the University&#8217;s other systems.</span></li>
      <li class="post"><strong class="post-title">Head of Enterprise Applications</strong> <span class="remit">Runs Cairn, Tallis and the University&#8217;s other business applications as platforms: upgrades, licences and supplier contracts.</span></li>
    </ul>
  </li>
  <li class="unit"><span class="unit-name">Planning and Insight</span>
    <ul class="posts">
      <li class="post"><strong class="post-title">Head of Planning and Insight</strong> <span class="remit">Runs the Lochan data warehouse and its dashboards, the Student Pulse survey and the University&#8217;s statutory returns.</span></li>
    </ul>
  </li>
  <li class="unit"><span class="unit-name">People Directorate</span>
    <ul class="posts">
      <li class="post"><strong class="post-title">Head of Organisational Development</strong> <span class="remit">Plans and runs staff training across the University through LearnHub: induction, management development and the mandatory courses.</span></li>
    </ul>
  </li>
  <li class="unit"><span class="unit-name">Governance and Legal Services</span>
    <ul class="posts">
      <li class="post"><strong class="post-title">Data Protection Officer</strong> <span class="remit">Advises on and signs off data protection impact assessments and keeps the record of processing.</span></li>
    </ul>
  </li>
  <li class="unit"><span class="unit-name">Finance</span>
    <ul class="posts">
      <li class="post"><strong class="post-title">Director of Finance</strong> <span class="remit">Holds the University&#8217;s budget and releases programme money once Court has approved it.</span></li>
    </ul>
  </li>
  <li class="unit consulted"><span class="unit-name">Consulted bodies (not posts)</span>
    <ul class="posts">
      <li class="post consulted"><strong class="post-title">Students' Association</strong> <span class="remit">Consulted on any change to a student-facing service; never leads or owns work.</span></li>
      <li class="post consulted"><strong class="post-title">Joint Consultative Committee (trade unions)</strong> <span class="remit">Consulted on changes to staff duties, hours and places of work; never leads or owns work.</span></li>
    </ul>
  </li>
</ul>
<p class="updated">Page owner: Student Services Office. Last reviewed 14 May 2029.</p>
</main>
<footer class="site-footer">&#169; Invercraig University. StaffNet is for University staff only.</footer>
</body></html>
"""

SENATE_WG = """
# Senate Working Group on Personal Tutoring: remit

Approved by Senate on 6 March 2029 (paper S/29/12). Reviewed each year in June.

## Purpose

To keep the University's personal tutoring policy and practice under review and to bring
proposals for change to Senate.

## Convener

The Dean of Learning and Teaching is responsible for the University's personal tutoring policy,
the allocation rules for personal tutors and the week-4 meeting expectation, convenes this
working group and brings its proposals to Senate.

## Remit

- To propose changes to the personal tutoring policy, including when a first meeting takes
  place and what it covers.
- To agree with the Head of Student Records what the personal tutoring meeting record in Cairn
  holds and who may read it.
- To advise the Head of Academic Practice on the personal tutor development programme.
- To receive each semester the figures on tutor meetings from Planning and Insight.

## Membership

- Dean of Learning and Teaching (convener)
- One Associate Dean (Learning and Teaching) from each of the six schools
- Head of Academic Practice
- Head of Student Records
- Director of Student Services
- Two student members nominated by the Students' Association

## Meetings and reporting

The group meets twice a semester and reports to Senate. Senate meets four times a year; a change
to the personal tutoring policy for 2030/31 must be approved at its meeting of 2 April 2030 at
the latest. The working group advises; it does not direct staff in the schools.
"""

BOARD_TOR = """
# One Front Door Programme Board: terms of reference

Agreed by the University Executive, 28 May 2029.

## Purpose

To direct the One Front Door programme for the academic years 2029/30 and 2030/31, within the
budget Court approves, and to decide at its gates whether the programme goes further.

## Chair and sponsor

The Vice-Principal (Students) is the programme's sponsor and senior responsible owner and chairs
the Board. The Vice-Principal answers to Court for the programme through the Student Experience
Committee.

## Members

- Vice-Principal (Students) (chair)
- Director of Student Services
- Dean of Learning and Teaching
- Director of Finance
- Head of Digital Services
- One Front Door Programme Manager (secretary)

## Meetings

Every four weeks in term and once in each vacation. Papers go out five working days before.

## Decisions

- The Board decides Gates 1 and 2 under Court's delegation. Gate 3 goes to Court with the
  Board's recommendation.
- The Board may move up to £50,000 between workstreams; anything more goes to the Finance
  Committee.
- The Students' Association and the Joint Consultative Committee are consulted before each gate.
  They are not members and take no decision.
"""

SYSTEMS = """
# Student systems and data inventory

Kept by the Academic Registry and IT Services. Version 3, April 2029.

## Cairn (student record)

Cairn holds every student's enrolment, programme, school, modules, marks and personal tutor. It
is run as a platform by IT Services' enterprise applications team. The Head of Student Records
is responsible for the data held in Cairn: enrolment, programme and school, the personal tutor
allocations and the personal tutoring meeting record, and the retention schedule for student
records.

Cairn has a field for each student's personal tutor but none for a meeting. Personal tutoring
meetings are not recorded in Cairn: each school relies on a spreadsheet of its own, and two
schools keep tutors' notes in paper files.

## Tallis (case management)

Tallis is the University's case management and CRM system. Admissions has used it since 2024
for every applicant enquiry, with queues, case references, service-level timers and a
knowledge base. Tallis cannot read a student's programme or school from Cairn: the two are not
linked, and staff copy the student number across by hand.

## Shared inboxes

Enquiries from enrolled students arrive in 14 shared inboxes in Outlook: one for each of the six
school offices and eight for central services. Mail in a shared inbox is not retained beyond 13
months under the records policy.

## Lochan (data warehouse)

Lochan is the University's data warehouse, run by Planning and Insight and refreshed each night
from Cairn and Tallis. Its dashboards are the official source for every measure in the student
services scorecard. Inbox counts are loaded into Lochan once a month from Outlook's reports.

## MyInvercraig (student portal)

MyInvercraig is the student web portal: timetable, marks, fees and forms, behind single sign-on.
It works in a phone's browser.

## Disability support plans

Disability support plans are written in Word from one template. The Disability and Inclusion
team keeps them in a restricted folder and emails each plan to the school's disability contact
and to the Examinations Office.

## Wellbeing and counselling records

TheraNotes holds counselling records and is open to the counselling team alone. Walk-in triage
forms are kept on paper in a locked cabinet at the Hub and typed up each Friday.

## LearnHub (staff training)

LearnHub is the University's staff training platform, run by Organisational Development. It
records every course a member of staff completes, including Mental Health First Aid and the
personal tutor development programme.
"""

MEASURES_TSV = (
    "Measure\tDefinition\tOwner\tBaseline 2028/29\tSource\n"
    "Enquiries resolved at first contact\tShare of closed enquiries answered by the first person "
    "who handled them, with no referral\tHead of Student Enquiries\t41%\tInbox sample of 1,200 "
    "enquiries, Lochan\n"
    "First reply within 2 working days\tShare of enquiries with a first reply within 2 working "
    "days of arrival\tHead of Student Enquiries\t52%\tOutlook reports loaded to Lochan\n"
    "Disclosure to agreed plan\tMedian working days from a student telling us of a disability to "
    "an agreed disability support plan\tHead of Disability and Inclusion\t23\tDisability team's "
    "case log\n"
    "Same-day wellbeing triage\tShare of wellbeing requests triaged on the working day they "
    "arrive\tHead of Wellbeing and Counselling\t35%\tTriage log\n"
    "Week-4 tutor meeting\tShare of taught students who met their personal tutor by week 4 of "
    "Semester 1\tDean of Learning and Teaching\t58%\tSchools' returns\n"
    "Tutoring meetings recorded\tShare of personal tutoring meetings recorded in Cairn\tHead of "
    "Student Records\tNone\tCairn, from 2030/31\n"
    "Continuation into second year\tShare of first-year undergraduates enrolled in second year "
    "in week 6 of Semester 1\tDirector of Student Services\t87.4%\tCairn via Lochan\n"
    "App downloads\tDownloads of the Invercraig app from both stores\tHead of Digital "
    "Services\tNone\tApp store reports\n"
    "Know where to get help\tShare of students who agree they know where to get help\tDirector "
    "of Student Services\tNone. The question is not yet asked in the Student Pulse survey; it is "
    "first asked in October 2029\tStudent Pulse, Planning and Insight\n"
)

FACTS = """
# Student services in 2028/29: the facts

Prepared by the Student Services Office for the One Front Door business case, April 2029.

## Students and campuses

- 17,420 students: 12,860 undergraduates, 3,890 postgraduate taught students and 670
  postgraduate research students.
- The city campus holds five of the six schools. Linnhead Campus, 22 miles away, holds the
  School of Health and Social Care and about 2,500 students.
- 21% of students are international; most of them study on taught postgraduate programmes.

## Enquiries

- 38,600 emails reached the 14 shared inboxes, 21,300 calls the enquiry line and 17,900
  visitors the Hub desk.
- The Hub desk is open 9am to 5pm on weekdays; the Linnhead desk has four staff.
- The Hub holds the Customer Service Excellence award, renewed in November 2028.

## Wellbeing and disability

- 4,210 wellbeing requests and 1,380 new disability disclosures.
- Same-day wellbeing triage runs only at the city campus. Linnhead students are offered a phone
  call, usually two to four working days later.
- The University has no out-of-hours wellbeing service of its own. After 5pm and at weekends,
  students are pointed to NHS 24 and the Samaritans.

## Staff

- Student services employs 180 staff. A further 22 staff in the school offices answer student
  enquiries as part of their jobs.
- Every member of student services staff completes the mandatory LearnHub courses each year.
"""

PILOT_PROFILE = """
# School of Business and Law: taught postgraduate profile, 2028/29

Prepared with the School Manager for the One Front Door pilot choice.

- 1,140 postgraduate taught students on 14 programmes, 71% of them international.
- Two intakes: 760 students in September and 380 in January.
- Nine programme administrators answer students' questions; they report to the School Manager.
- The school's taught postgraduates send 6.2 enquiries each a year, more than any other school's
  students. Visa letters, fees deadlines and timetable clashes are the three commonest topics.
- The school has two shared inboxes: one for taught postgraduates and one for the school office.
- Personal tutors in the school meet their January starters in the first fortnight of
  Semester 2.
"""

JCC_EXTRACT = """
INVERCRAIG UNIVERSITY
AGREEMENT ON MANAGING CHANGE (extract)
between the University and the recognised trade unions, through the Joint Consultative
Committee (JCC). Signed 11 October 2027.

4. Consultation

4.1 The Joint Consultative Committee must be consulted before any change to duties, hours or
place of work that affects more than five staff, at least 30 days before the change is made.

4.2 Consultation starts with a written proposal to the JCC secretary. The JCC meets monthly
in term.

4.3 Staff asked to move into a new team keep their grade and their pay protection under the
University's policy.

5. Rotas

5.1 A new rota, or a rota with hours outside 8am to 6pm, is a change of hours under 4.1.

5.2 No new rota starts in the first two weeks of a semester.
"""

EXAM_NOTICE = """
ACADEMIC REGISTRY
Notice: exam diets and the change calendar, 2029/30 and 2030/31
Issued by the Examinations Manager, 3 May 2029

Semester 1 2029/30: Welcome Week (week 0) from Monday 3 September 2029. December diet in weeks
13 to 15, 3 to 21 December 2029.
Semester 2 2029/30: week 0 from Monday 7 January 2030 (January starters' Welcome Week). Spring
vacation in weeks 14 and 15. May diet in weeks 17 to 19, 6 to 24 May 2030.
Resit diet: 12 to 23 August 2030.

Semester 1 2030/31: Welcome Week (week 0) from Monday 2 September 2030. December diet 2 to 20
December 2030.
Semester 2 2030/31: week 0 from Monday 6 January 2031. May diet 5 to 23 May 2031.
Resit diet: 11 to 22 August 2031.

Change calendar
No change to Cairn, Tallis, MyInvercraig, the VLE or the student app may go live during a diet
or in the five working days before one. Every go-live date must be entered in the Registry's
change calendar at least four weeks ahead. The Examinations Manager keeps the calendar.
"""

EMAIL = """
From: Head of Enterprise Applications, IT Services
To: One Front Door Programme Manager
Cc: Head of Student Enquiries; Director of Student Services
Date: Tue, 22 May 2029 10:14
Subject: Tallis licence for enrolled students

Hello,

Following Thursday's meeting, the short answer on Tallis is that our licence only covers
applicant records. Holding enrolled students, even one school's, needs a contract variation
with the supplier.

Procurement tell me a contract variation takes at least 12 weeks from the purchase order to
signature. If the programme wants the first school live in January 2030, the order has to be
raised in the first week of September.

The variation itself is routine: the supplier quotes GBP 64,000 a year for up to 20,000 student
records, which would cover every school.

Happy to talk it through.

Head of Enterprise Applications
IT Services, Invercraig University
"""

SA_EXTRACT = """
# Partnership agreement with the Students' Association (extract)

Signed by the Principal and the Students' Association President, September 2028.

## How we work together

- The Students' Association is consulted on any change to a student-facing service, its
  standards and its opening hours, and gives its view through the Student Council.
- The Student Council meets four times a semester. A proposal reaches it through the
  Association's Vice-President (Welfare).
- The Association nominates student members to Senate's working groups and to the Student
  Experience Committee.
- The Association runs its own Advice Place, which is independent of the University and is not
  part of University student services.
"""

ORG_TEXT: dict[str, str] = {
    "org/people/student-services-structure.html": ROSTER_HTML,
    "org/governance/senate-working-group-on-personal-tutoring.md": SENATE_WG,
    "org/governance/one-front-door-programme-board-terms-of-reference.md": BOARD_TOR,
    "org/governance/students-association-partnership-extract.md": SA_EXTRACT,
    "org/systems/student-systems-and-data.md": SYSTEMS,
    "org/measures/student-services-measures.tsv": MEASURES_TSV,
    "org/context/student-services-facts-2028-29.md": FACTS,
    "org/context/business-and-law-pgt-profile.md": PILOT_PROFILE,
    "org/context/jcc-agreement-on-managing-change-extract.txt": JCC_EXTRACT,
    "org/context/exam-diets-and-change-calendar-2029-31.txt": EXAM_NOTICE,
    "org/context/email-2029-05-22-tallis-licence.txt": EMAIL,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {DECK: build_deck()}
    files.update(ORG_TEXT)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
