"""Build the dev14 case ``pennant-dental``: its deck and its org folder, deterministically.

Run from the repository root:  .venv/bin/python evals/dev14/build_pennant_dental.py [out-folder]

Writes, under ``evals/dev14/pennant-dental/`` (or ``<out-folder>/pennant-dental/``), every file
of the case but ``gold.json``:

- ``every-chair-counts-board-paper.pdf``: a dental group's board strategy paper exported to
  PDF as 16 landscape slides (960 x 540 pt, the size PowerPoint exports a 13.33 x 7.5 in
  slide at), drawn with fpdf2 in core Helvetica (cp1252). The pages are mostly justified prose
  paragraphs: commitments sit inside sentences, the roadmap is a page of dated paragraphs, the
  first 100 days a list of "By day n," paragraphs and the KPIs one small table.
- ``org/``: an HR establishment export as XLSX (``people/establishment.xlsx``: a title block,
  then Position ID / Job title / Department / Region / Line manager / Posts / Programme role /
  Accountabilities), a systems inventory, the Clinical Governance Committee's terms of
  reference, measure definitions with owners, minutes of a practice managers' meeting and a
  note on the commissioner's and the regulator's rules.

Re-running it rewrites every file byte for byte: a fixed creation date in the PDF, fixed ZIP
entry times and document dates in the XLSX, and the text files as literal strings. It never
touches ``gold.json``.

This is a DEVELOPMENT case (split "dev14").
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.build_dev13 import normalize_zip, save_pdf, write_text  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "pennant-dental"
DECK = "every-chair-counts-board-paper.pdf"
FIXED_PDF_DATE = dt.datetime(2028, 2, 9, 16, 12, 0, tzinfo=dt.UTC)
FIXED_XLSX_DATE = dt.datetime(2028, 1, 9, 8, 30, 0)

W, H = 960.0, 540.0
LEFT = 54.0
TEXT_W = W - 2 * LEFT
NAVY = (18, 44, 82)
TEAL = (0, 120, 126)
INK = (36, 40, 46)
GREY = (104, 112, 122)
PALE = (232, 242, 243)
WHITE = (255, 255, 255)
PAGES = 16
FOOT = "Pennant Dental Care  \u00b7  Every Chair Counts  \u00b7  Board paper PDC/B/2028/02"


# =========================================================================== PDF kit


class BoardPaperPDF(FPDF):
    """A landscape board paper as PowerPoint exports it: one slide per page, prose boxes."""

    def __init__(self) -> None:
        super().__init__(orientation="L", unit="pt", format=(H, W))
        self.set_auto_page_break(False)
        self.set_margins(LEFT, 0, LEFT)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")
        self.set_creator("Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")
        self.set_author("Chief Operating Officer")
        self.core_fonts_encoding = "windows-1252"

    def slide(self, section: str, title: str) -> None:
        self.add_page()
        self.set_fill_color(*TEAL)
        self.rect(0, 0, 10, H, style="F")
        self.set_font("helvetica", "B", 10)
        self.set_text_color(*TEAL)
        self.text(LEFT, 40, section.upper())
        self.set_font("helvetica", "B", 24)
        self.set_text_color(*NAVY)
        self.text(LEFT, 72, title)
        self.set_draw_color(*TEAL)
        self.set_line_width(1)
        self.line(LEFT, 84, LEFT + 60, 84)
        self.set_font("helvetica", "", 8)
        self.set_text_color(*GREY)
        self.text(LEFT, 520, FOOT)
        number = f"Page {self.page_no()} of {PAGES}"
        self.text(W - LEFT - self.get_string_width(number), 520, number)

    def para(
        self,
        text: str,
        y: float,
        x: float = LEFT,
        w: float = TEXT_W,
        size: float = 12.5,
        style: str = "",
        color=INK,
        lead: float | None = None,
        gap: float = 9,
        align: str = "J",
    ) -> float:
        """A paragraph (``**bold**`` runs allowed); returns the y below it."""
        self.set_font("helvetica", style, size)
        self.set_text_color(*color)
        self.set_xy(x, y)
        lead = lead or size * 1.42
        self.multi_cell(w, lead, text, align=align, markdown=True)
        return self.get_y() + gap

    def paras(self, texts: Sequence[str], y: float, **kw) -> float:
        for text in texts:
            y = self.para(text, y, **kw)
        return y

    def sidebar(self, x: float, y: float, w: float, h: float, head: str, lines: Sequence[str]):
        self.set_fill_color(*PALE)
        self.rect(x, y, w, h, style="F")
        yy = self.para(head, y + 14, x + 14, w - 28, 11, "B", TEAL, gap=4, align="L")
        for line in lines:
            yy = self.para(line, yy, x + 14, w - 28, 10.5, "", INK, gap=7, align="L")


def priority_page(
    pdf: BoardPaperPDF,
    section: str,
    title: str,
    body: Sequence[str],
    side_head: str,
    side: Sequence[str],
) -> None:
    pdf.slide(section, title)
    pdf.paras(body, 104, w=600, size=12.5)
    pdf.sidebar(690, 104, 216, 390, side_head, side)


# =========================================================================== the deck


def build_deck() -> BoardPaperPDF:
    pdf = BoardPaperPDF()

    # 1 cover
    pdf.add_page()
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 0, W, H, style="F")
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 380, W, 8, style="F")
    pdf.set_font("helvetica", "B", 14)
    pdf.set_text_color(*PALE)
    pdf.text(LEFT, 110, "PENNANT DENTAL CARE")
    pdf.set_font("helvetica", "B", 46)
    pdf.set_text_color(*WHITE)
    pdf.text(LEFT, 190, "Every Chair Counts")
    pdf.set_font("helvetica", "", 20)
    pdf.text(LEFT, 228, "Our operating strategy for April 2028 to September 2030")
    pdf.set_font("helvetica", "", 13)
    pdf.set_text_color(*PALE)
    pdf.text(LEFT, 290, "Paper to the Board of Directors, meeting of 17 February 2028")
    pdf.text(LEFT, 312, "Presented by the Chief Operating Officer and the Clinical Director")
    pdf.set_font("helvetica", "", 10)
    pdf.text(LEFT, 440, "Board paper PDC/B/2028/02  \u00b7  For decision  \u00b7  Confidential")

    # 2 executive summary
    pdf.slide("1  Executive summary", "The paper in brief")
    pdf.paras(
        (
            "Pennant has grown by buying practices, and it shows. Our 38 practices keep their "
            "diaries in three different ways, call patients back for check-ups out of habit "
            "rather than need, and lose almost one appointment in ten to patients who do not "
            "turn up. Last year we delivered 87% of the NHS activity we are paid for, and we "
            "ended 2027 with 14 associate dentist posts unfilled.",
            "Every Chair Counts is a 30-month programme, from April 2028 to September 2030, "
            "to put that right. It has four priorities: one diary for every practice, recall "
            "by risk rather than by habit, delivering our NHS contracts in full, and growing "
            "and keeping our own team. Six measures will tell the Board whether it is working, "
            "and three gates give the Board the chance to go on, change course or stop.",
            "Our target is simple to state: by September 2030, any patient who asks for a "
            "routine appointment is offered one within ten working days.",
            "We will not do it everywhere at once. From July 2028 the Severnside Six "
            "(Keynsham, Portishead, Clevedon, Nailsea, Yate and Thornbury) will move to "
            "ClearChart, hand their phones to a new patient contact team and start recall by "
            "risk. The Marches follow when the Severnside Six have shown that it works.",
            "We ask the Board to approve the programme and \u00a34.6m over 30 months, to "
            "approve the Severnside Six pilot, and to confirm the Chief Executive as its "
            "sponsor.",
        ),
        104,
        size=13.5,
        gap=11,
    )

    # 3 where we stand
    pdf.slide("2  Where we stand", "Pennant today")
    pdf.paras(
        (
            "Pennant Dental Care runs 38 practices: 16 in Severnside, around Bristol and the "
            "Severn estuary, and 22 in the Marches, from Hereford to Ludlow. We employ about "
            "1,100 people, and 188 associate dentists work with us under their own agreements. "
            "In the two years to December 2027 we saw 283,000 patients, 61% of them under the "
            "NHS.",
            "In 2026/27 we delivered 402,000 units of dental activity against 462,000 "
            "contracted across our 34 NHS contracts, and the shortfall cost us \u00a31.9m "
            "handed back to the two integrated care boards. Private treatment and our "
            "membership plans brought in 46% of our \u00a371m turnover.",
            "Our diaries tell the same story from the other side. In 2026/27, 9.4% of "
            "appointments were failed by patients who did not attend, and our chairs were "
            "booked for 71% of the hours they were staffed. A new patient calling a Marches "
            "practice for a routine check-up waited 23 working days on average for the first "
            "appointment offered; in Severnside the wait was 12.",
            "The market will not help us. Across England fewer than half of adults have seen "
            "an NHS dentist in the last two years, and dental nurses leave the profession "
            "early: our own dental nurse turnover was 31% in 2027, and agency nurses cost us "
            "\u00a32.3m.",
        ),
        104,
        size=13.5,
        gap=12,
    )

    # 4 ambition
    pdf.slide("3  Our ambition", "What we want to achieve")
    y = pdf.para(
        "We want Pennant to be the dental practice people in Severnside and the Marches are "
        "glad to have on their doorstep.",
        112,
        size=22,
        style="B",
        color=NAVY,
        align="L",
        gap=18,
    )
    y = pdf.para(
        "That sentence is our compass, not a target. The target we will hold ourselves to is "
        "this one:",
        y,
        size=13.5,
        gap=14,
    )
    pdf.set_fill_color(*PALE)
    pdf.rect(LEFT, y - 6, TEXT_W, 74, style="F")
    y = pdf.para(
        "By September 2030, any patient who asks a Pennant practice for a routine "
        "appointment will be offered one within ten working days.",
        y + 8,
        LEFT + 18,
        TEXT_W - 36,
        size=17,
        style="B",
        color=TEAL,
        align="L",
        gap=26,
    )
    pdf.para(
        "Today that wait is 23 working days in the Marches and 12 in Severnside. We will get "
        "there by filling chairs that now stand empty, not by working our clinicians harder: "
        "fewer failed appointments, recall set by need, a diary that any practice can see, "
        "and enough nurses to staff every surgery we have.",
        y,
        size=13.5,
    )

    # 5 priority 1
    priority_page(
        pdf,
        "4  Priority 1",
        "One diary for every practice",
        (
            "Today 22 practices book on ClearChart, 11 on Exodent, and the five we bought from "
            "Wyeside Dental in 2026 book in paper day books. Until every practice works from "
            "one diary we cannot see an empty chair, offer a patient a slot at the practice "
            "down the road, or remind patients the same way everywhere.",
            "Over the first year we will move every practice onto ClearChart, starting with "
            "the six Severnside practices on Exodent in July 2028 and finishing with the five "
            "Wyeside practices by March 2029. The Head of Digital and Systems leads the move, "
            "with a data protection impact assessment agreed before the first practice goes "
            "live.",
            "From the day each practice goes live, ClearChart will send a text reminder two "
            "days before every appointment and another on the morning itself, and reception "
            "will book a failed appointment out as a failed attendance, never as a "
            "cancellation.",
            "We will open online booking for hygiene appointments and new private patients at "
            "all 38 practices by December 2029. The Head of Patient Services will set up a "
            "patient contact team at the Bristol support office, answering the phones of every "
            "Severnside practice by March 2029 and of the Marches practices by March 2030.",
        ),
        "Why it matters",
        (
            "Hereford has sent ClearChart reminders since 2025; its failed attendance rate "
            "was 5.1% last year against 9.4% for the group.",
            "One appointment in five is booked on a call that first rang out.",
            "Measured by: failed attendance rate; chair utilisation.",
        ),
    )

    # 6 priority 2
    priority_page(
        pdf,
        "5  Priority 2",
        "Recall by risk, not by habit",
        (
            "Most of our patients are called back every six months because that is what the "
            "diary suggests, whatever the state of their teeth and gums. NICE guidance has "
            "long said that the interval should follow the patient's risk: from 3 to 24 "
            "months for adults and from 3 to 12 months for children.",
            "The Clinical Director will lead the move to recall by risk. By September 2028 "
            "the Clinical Governance Committee will approve one recall protocol for Pennant, "
            "built on the NICE intervals, and from the pilot onward every dentist will record "
            "a risk-based recall interval at each check-up in its own ClearChart field rather "
            "than in the notes.",
            "We will apply fluoride varnish at every check-up for children aged three and "
            "over, as Delivering Better Oral Health advises, and audit it in every practice "
            "twice a year. The Head of Hygiene and Therapy will set out how dental therapists "
            "take on more routine NHS courses of treatment, so dentists' time goes to the "
            "patients who need a dentist.",
            "Recall by risk frees chair time, and we will give it to patients who are waiting: "
            "each practice will hold at least four new-patient appointments a week for every "
            "whole-time dentist.",
        ),
        "Why it matters",
        (
            "Only 12% of adult patients have a recall interval that differs from six months.",
            "About one check-up in four is for a patient whose mouth has not changed in "
            "three years.",
            "Measured by: adult patients with a risk-based recall interval; chair utilisation.",
        ),
    )

    # 7 priority 3
    priority_page(
        pdf,
        "6  Priority 3",
        "Deliver our NHS contracts in full",
        (
            "The NHS pays us for the units of dental activity we contract to deliver, and what "
            "we do not deliver we hand back at the end of the year. Last year we handed back "
            "\u00a31.9m while people in the same towns could not get an NHS appointment.",
            "The Head of NHS Contracts will publish a monthly UDA report for every contract "
            "and every dentist from June 2028, and the regional operations managers will go "
            "through it with each practice manager in the second week of each month.",
            "Where one practice cannot deliver its contract and a neighbour can, we will ask "
            "the ICB to move activity between our contracts, starting with a variation to "
            "move 12,000 UDAs from the Marches practices with dentist vacancies to Hereford "
            "and Ross-on-Wye.",
            "Every NHS practice will keep two urgent appointments free each day for patients "
            "in pain, and we will take part in both ICBs' urgent dental care schemes. We will "
            "reopen our NHS lists to new adult patients at every NHS practice by September "
            "2030.",
        ),
        "Why it matters",
        (
            "Delivery ranged from 64% to 104% of contract across our 34 NHS contracts.",
            "Seven Marches practices have had a dentist vacancy for more than six months.",
            "Measured by: NHS UDAs delivered against contract.",
        ),
    )

    # 8 priority 4
    priority_page(
        pdf,
        "7  Priority 4",
        "Grow and keep our own team",
        (
            "We cannot fill the chairs we free up without the people to work them. We ended "
            "2027 with 14 associate vacancies, and one dental nurse in three left us within "
            "the year.",
            "The Learning and Development Manager will open the Pennant Nurse Academy in June "
            "2028, taking 30 trainee dental nurses a year through a recognised qualification, "
            "each with a named mentor in their practice.",
            "From October 2028 every new starter will go through the same two-week induction, "
            "and every dental nurse will have a stay conversation with their practice manager "
            "at six and at twelve months.",
            "The Head of People will give qualified nurses a pay step when they register with "
            "the GDC and a clear route into extended duties: radiography, impressions and oral "
            "health education.",
            "To fill associate posts we will recruit overseas-qualified dentists with a "
            "supported first year and a mentor, and aim to bring 20 onto the NHS performers "
            "list by March 2030.",
        ),
        "Why it matters",
        (
            "Agency nurses cost us \u00a32.3m in 2027, and at two Marches practices covered "
            "four sessions in ten in December.",
            "Nurses who stayed a year told us the first month decided it.",
            "Measured by: dental nurse turnover; NHS UDAs delivered against contract.",
        ),
    )

    # 9 measures
    pdf.slide("8  Measures", "How we will know it is working")
    y = pdf.para(
        "Six measures, reported to the steering group every month and to the Board every "
        "quarter. Each has one owner. The baselines are for 2026/27; the targets are for the "
        "end of each of the first and last phases.",
        104,
        size=13,
        gap=14,
    )
    pdf.set_xy(LEFT, y)
    pdf.set_font("helvetica", "", 11.5)
    pdf.set_text_color(*INK)
    pdf.set_draw_color(*GREY)
    pdf.set_line_width(0.4)
    pdf.set_fill_color(*WHITE)
    rows = (
        ("Measure", "2026/27", "March 2029", "September 2030", "Owner"),
        ("Failed attendance rate", "9.4%", "7.0%", "5.0%", "Head of Patient Services"),
        ("Chair utilisation", "71%", "78%", "85%", "Chief Operating Officer"),
        ("NHS UDAs delivered against contract", "87%", "95%", "100%", "Head of NHS Contracts"),
        ("Adults with a risk-based recall interval", "12%", "60%", "95%", "Clinical Director"),
        ("Dental nurse turnover, 12 months", "31%", "25%", "18%", "Head of People"),
        (
            "Patients who would recommend their practice",
            "88%",
            "91%",
            "94%",
            "Head of Patient Services",
        ),
    )
    with pdf.table(
        col_widths=(300, 90, 100, 120, 242),
        line_height=22,
        text_align=("LEFT", "CENTER", "CENTER", "CENTER", "LEFT"),
        headings_style=None,
        first_row_as_headings=False,
        borders_layout="HORIZONTAL_LINES",
        width=TEXT_W,
        align="LEFT",
        cell_fill_mode="NONE",
    ) as grid:
        for i, cells in enumerate(rows):
            row = grid.row()
            for cell in cells:
                if i == 0:
                    pdf.set_font("helvetica", "B", 11.5)
                    pdf.set_text_color(*TEAL)
                else:
                    pdf.set_font("helvetica", "", 11.5)
                    pdf.set_text_color(*INK)
                row.cell(cell)
    y = pdf.get_y() + 14
    pdf.paras(
        (
            "Chair utilisation is booked clinical hours over staffed clinical hours. The "
            "recommendation figure is the Friends and Family Test question, asked after every "
            "visit.",
            "Before the pilot starts, the Programme Manager will confirm each starting figure "
            "with the measure's owner from the March 2028 data.",
        ),
        y,
        size=11,
        color=GREY,
        gap=5,
    )

    # 10 roadmap
    pdf.slide("9  Roadmap", "Thirty months in three phases")
    pdf.paras(
        (
            "**From April 2028 to March 2029 \u2014 Foundations.** Every practice moves onto "
            "ClearChart. The Clinical Governance Committee approves the recall protocol, the "
            "Severnside Six pilot runs from July to December 2028, the patient contact team "
            "takes the Severnside phones and the Nurse Academy takes its first two intakes.",
            "**Gate 1, March 2029.** On the evidence of the Severnside Six, the steering group "
            "decides whether recall by risk and the contact team go to the Marches.",
            "**From April 2029 to December 2029 \u2014 Roll-out.** The Marches practices start "
            "recall by risk, online booking opens at all 38 practices, the first UDA variation "
            "takes effect and the first overseas-qualified dentists start in the Marches.",
            "**Gate 2, December 2029.** The steering group checks the six measures against "
            "their March 2029 targets and decides whether the Marches phones join the contact "
            "team.",
            "**From January 2030 to September 2030 \u2014 Embed.** The contact team answers for "
            "all 38 practices from March 2030, NHS lists reopen to new adult patients, and "
            "each change passes from the programme to the practices and the support office.",
            "**Gate 3, September 2030.** The steering group reviews the six measures against "
            "their September 2030 targets, and the Board decides what carries on as normal "
            "business and what stops.",
        ),
        104,
        size=12.5,
        gap=10,
    )

    # 11 pilot
    pdf.slide("10  Pilot", "The Severnside Six pilot")
    y = pdf.paras(
        (
            "The pilot runs for six months from July 2028 at Keynsham, Portishead, Clevedon, "
            "Nailsea, Yate and Thornbury: six practices, 41 surgeries and about 38,000 "
            "patients, all on Exodent today. The Regional Operations Manager, Severnside leads "
            "it, with the practice manager of each of the six on the pilot team.",
            "In the pilot the six practices move to ClearChart, send text reminders, hand "
            "their phones to the patient contact team and start recall by risk. They keep "
            "their NHS contracts and their dentists' sessions as they are.",
            "We will call the pilot a success, and recommend it for the Marches at Gate 1, if "
            "by the end of December 2028:",
        ),
        104,
        size=12.5,
        gap=8,
    )
    y = pdf.paras(
        (
            "-  the failed attendance rate at the six has stayed below 7% for three months "
            "running;",
            "-  no appointment was lost in the move to ClearChart, checked against the Exodent "
            "diaries;",
            "-  nine in ten adult check-ups have a risk-based recall interval recorded;",
            "-  UDA delivery at the six is at or above 95% of their contracted activity to date;",
            "-  the contact team answers 85% of calls within one minute.",
        ),
        y,
        x=LEFT + 24,
        w=TEXT_W - 24,
        size=12.5,
        gap=3,
        align="L",
    )
    pdf.para(
        "If any of these is missed, the steering group may extend the pilot by three months "
        "rather than stop it.",
        y + 8,
        size=12.5,
    )

    # 12 first 100 days
    pdf.slide("11  The first 100 days", "The first 100 days, from 1 April 2028")
    pdf.paras(
        (
            "**By day 10,** the Chief Executive confirms the steering group's members and its "
            "meeting dates for the year.",
            "**By day 20,** the Programme Manager agrees the starting figure for each of the six "
            "measures with its owner.",
            "**By day 30,** the Head of Digital and Systems signs the ClearChart contract for all "
            "38 practices and books the move dates for the Severnside Six.",
            "**By day 45,** the data protection impact assessment for moving records off "
            "Exodent and the paper day books is agreed.",
            "**By day 45,** we brief the local dental committees in both regions on recall by "
            "risk.",
            "**By day 60,** the Clinical Director puts the draft recall protocol to the "
            "Clinical Governance Committee.",
            "**By day 60,** the Head of NHS Contracts opens talks with Marches and Wye ICB on "
            "the first UDA variation.",
            "**By day 75,** the Nurse Academy welcomes its first 15 trainee dental nurses.",
            "**By day 100,** the first of the Severnside Six goes live on ClearChart, and the "
            "steering group holds its first review of the six measures.",
        ),
        104,
        size=12.5,
        gap=6,
        align="L",
    )

    # 13 risks
    pdf.slide("12  Risks", "What could go wrong, and how we will answer it")
    pdf.paras(
        (
            "**Appointments or records are lost when a practice leaves Exodent or its day "
            "books.** We will run the old and new diaries side by side for two weeks at each "
            "practice, move over a weekend, and check every future appointment against the "
            "old diary before it is switched off.",
            "**Longer recall intervals lower the UDAs we deliver before the freed time is "
            "filled.** We will open new-patient sessions in the same month that a practice's "
            "recall intervals change, and watch UDA delivery weekly at the six pilot "
            "practices.",
            "**Associates see recall by risk as interference in their clinical judgement.** "
            "Dentists write the protocol through the Clinical Governance Committee, the "
            "Associate Dentists' Representative is consulted before it is approved, and the "
            "dentist's judgement stays final for each patient.",
            "**The ICB declines or delays the UDA variation.** We will plan each year's "
            "delivery on today's contracts and treat any variation as a gain.",
            "**Trainee nurses leave as soon as they qualify.** A pay step at registration, a "
            "mentor in the practice and stay conversations at six and twelve months.",
        ),
        104,
        size=12.5,
        gap=9,
    )

    # 14 governance
    pdf.slide("13  Governance", "How the programme is run")
    pdf.paras(
        (
            "The Chief Executive sponsors Every Chair Counts and chairs its steering group, "
            "which meets monthly from April 2028 and decides at each gate: go on, go on with "
            "changes, or stop. Its members are the Chief Operating Officer, the Clinical "
            "Director, the Finance Director, the Head of NHS Contracts, the Head of People, "
            "and the Programme Manager as secretary.",
            "The Chief Operating Officer runs the programme from day to day. The Chief "
            "Executive releases each phase's budget once its gate is passed.",
            "Any change to a clinical protocol, the recall protocol and the therapists' scope "
            "among them, goes to the Clinical Governance Committee before it reaches a "
            "practice. The Board hears a progress report every quarter and takes the papers "
            "for Gate 1, Gate 2 and Gate 3.",
            "The Staff Forum is consulted before any change to rotas or roles, and the "
            "Associate Dentists' Representative before any change to associates' diaries.",
        ),
        104,
        size=13,
        gap=11,
    )

    # 15 investment and asks
    pdf.slide("14  Decisions", "What we ask of the Board")
    y = pdf.paras(
        (
            "The programme costs \u00a34.6m over 30 months: \u00a31.6m for ClearChart "
            "licences and the move, \u00a31.2m for the patient contact team, \u00a31.1m for "
            "the Nurse Academy, \u00a30.4m for recruiting overseas dentists and \u00a30.3m "
            "for running the programme. We expect it to pay back within four years, mostly "
            "from UDAs we no longer hand back and agency nurse costs we no longer pay.",
            "We ask the Board to:",
        ),
        104,
        size=13,
        gap=8,
    )
    pdf.paras(
        (
            "(a)  approve Every Chair Counts, its four priorities, six measures and three gates;",
            "(b)  approve \u00a34.6m over 30 months, released phase by phase;",
            "(c)  approve the Severnside Six pilot from July 2028;",
            "(d)  confirm the Chief Executive as sponsor and chair of the steering group;",
            "(e)  support our approach to the two ICBs on moving UDAs between our contracts.",
        ),
        y,
        x=LEFT + 24,
        w=TEXT_W - 24,
        size=13,
        gap=4,
        align="L",
    )

    # 16 glossary
    pdf.slide("Appendix", "Terms used in this paper")
    pdf.paras(
        (
            "**UDA.** A unit of dental activity, the currency of an NHS dental contract: a "
            "check-up counts as one, a filling course as three, a crown course as twelve.",
            "**Failed attendance.** An appointment the patient neither kept nor cancelled.",
            "**ICB.** An integrated care board, which commissions NHS dentistry in its area: "
            "Avonmere ICB for Severnside and Marches and Wye ICB for the Marches.",
            "**LDC.** The local dental committee, which represents NHS dentists to the ICB.",
            "**Performers list.** The national list a dentist must be on to treat NHS patients.",
            "**ClearChart and Exodent.** The two practice management systems we run today.",
            "**Severnside Six.** Keynsham, Portishead, Clevedon, Nailsea, Yate and Thornbury.",
        ),
        104,
        size=12.5,
        gap=8,
        align="L",
    )
    return pdf


# =========================================================================== org: roster

ESTABLISHMENT = (
    # Position ID, Job title, Department, Region, Line manager, Posts, Programme role,
    # Accountabilities
    (
        "PDC-0001",
        "Chief Executive",
        "Executive",
        "Group",
        "Chair of the Board",
        1,
        "Core",
        "Runs the group for the Board. Sponsor of Every Chair Counts: chairs its steering "
        "group, takes the decision at each gate and releases each phase's budget.",
    ),
    (
        "PDC-0002",
        "Chief Operating Officer",
        "Operations",
        "Group",
        "Chief Executive",
        1,
        "Core",
        "Runs the 38 practices through the two regional operations managers. Leads Every "
        "Chair Counts from day to day. Owns chair utilisation and the practice budgets.",
    ),
    (
        "PDC-0003",
        "Clinical Director",
        "Clinical",
        "Group",
        "Chief Executive",
        1,
        "Core",
        "Clinical standards and protocols for dentists, hygienists and therapists. Chairs the "
        "Clinical Governance Committee. Owns the recall protocol and the recall measure. "
        "Clinical lead for associates.",
    ),
    (
        "PDC-0004",
        "Finance Director",
        "Finance",
        "Group",
        "Chief Executive",
        1,
        "Core",
        "Budgets, forecasts and investment cases; NHS contract income and the year-end "
        "provision for UDAs handed back; private fees and membership plans.",
    ),
    (
        "PDC-0010",
        "Head of NHS Contracts",
        "Operations",
        "Group",
        "Chief Operating Officer",
        1,
        "Core",
        "The 34 NHS contracts with Avonmere ICB and Marches and Wye ICB: UDA delivery against "
        "plan, contract variations, urgent dental care schemes and performers list "
        "applications.",
    ),
    (
        "PDC-0011",
        "Programme Manager",
        "Transformation Office",
        "Group",
        "Chief Operating Officer",
        1,
        "Core",
        "Every Chair Counts plan, milestones, risk log and gate papers; secretary to the "
        "steering group; the monthly report of the six measures.",
    ),
    (
        "PDC-0020",
        "Head of Digital and Systems",
        "Digital and Systems",
        "Group",
        "Chief Operating Officer",
        1,
        "Core",
        "ClearChart and Exodent, practice networks and phones, Pennant Insight, system "
        "moves and their data protection impact assessments, supplier contracts for systems.",
    ),
    (
        "PDC-0021",
        "Data and Reporting Analyst",
        "Digital and Systems",
        "Group",
        "Head of Digital and Systems",
        1,
        "Supporting",
        "Monthly UDA and activity reports; Pennant Insight pages for practices and regions.",
    ),
    (
        "PDC-0030",
        "Regional Operations Manager, Severnside",
        "Operations",
        "Severnside",
        "Chief Operating Officer",
        1,
        "Core",
        "The 16 Severnside practices and their practice managers: staffing, diaries, budgets "
        "and standards. Leads the Severnside Six pilot.",
    ),
    (
        "PDC-0031",
        "Regional Operations Manager, Marches",
        "Operations",
        "Marches",
        "Chief Operating Officer",
        1,
        "Core",
        "The 22 Marches practices and their practice managers, the five Wyeside practices "
        "among them: staffing, diaries, budgets and standards.",
    ),
    (
        "PDC-0040",
        "Head of Patient Services",
        "Patient Services",
        "Group",
        "Chief Operating Officer",
        1,
        "Core",
        "Patient contact team, complaints, patient feedback and the Friends and Family Test, "
        "reminders and online booking, the website. Owns the failed attendance rate.",
    ),
    (
        "PDC-0041",
        "Patient Contact Adviser",
        "Patient Services",
        "Group",
        "Head of Patient Services",
        6,
        "Supporting",
        "Answers patient calls and online requests and books appointments for practices.",
    ),
    (
        "PDC-0050",
        "Head of People",
        "People",
        "Group",
        "Chief Executive",
        1,
        "Core",
        "Recruitment, retention, pay and HR policy for employed staff; PeopleFirst; "
        "overseas recruitment and visas. Owns dental nurse turnover.",
    ),
    (
        "PDC-0051",
        "Learning and Development Manager",
        "People",
        "Group",
        "Head of People",
        1,
        "Core",
        "Induction for every new starter, mandatory training, CPD records, the Pennant Nurse "
        "Academy and extended-duties courses for nurses.",
    ),
    (
        "PDC-0060",
        "Head of Hygiene and Therapy",
        "Clinical",
        "Group",
        "Clinical Director",
        1,
        "Core",
        "Hygienists and dental therapists: scope of practice, skill mix, prevention "
        "programmes including fluoride varnish, and their diaries' templates.",
    ),
    (
        "PDC-0061",
        "Compliance and CQC Manager",
        "Clinical",
        "Group",
        "Clinical Director",
        1,
        "Supporting",
        "CQC registrations and notifications, the clinical audit calendar, infection control "
        "and radiography audits, policies.",
    ),
    (
        "PDC-0100",
        "Practice Manager",
        "Practices",
        "Each practice",
        "Regional Operations Manager",
        38,
        "Supporting",
        "Runs the practice: the diary, reception, nurses' rotas, local recruitment, the "
        "practice's stock and its patient feedback.",
    ),
    (
        "PDC-0110",
        "Associate Dentist",
        "Practices",
        "Each practice",
        "Clinical Director (clinical); Practice Manager (sessions)",
        188,
        "Supporting",
        "Self-employed under an associate agreement: examinations, treatment and recall "
        "intervals for their own patients.",
    ),
    (
        "PDC-0120",
        "Dental Hygienist",
        "Practices",
        "Each practice",
        "Head of Hygiene and Therapy (clinical); Practice Manager",
        58,
        "Supporting",
        "Hygiene appointments, periodontal care and prevention advice.",
    ),
    (
        "PDC-0121",
        "Dental Therapist",
        "Practices",
        "Each practice",
        "Head of Hygiene and Therapy (clinical); Practice Manager",
        34,
        "Supporting",
        "Routine fillings, children's care, fluoride varnish and hygiene within their scope.",
    ),
    (
        "PDC-0130",
        "Dental Nurse",
        "Practices",
        "Each practice",
        "Practice Manager",
        468,
        "Supporting",
        "Chairside support, decontamination, and extended duties where qualified.",
    ),
    (
        "PDC-0131",
        "Trainee Dental Nurse",
        "Practices",
        "Each practice",
        "Practice Manager",
        46,
        "Supporting",
        "Chairside support while studying for registration with the GDC.",
    ),
    (
        "PDC-0140",
        "Receptionist",
        "Practices",
        "Each practice",
        "Practice Manager",
        152,
        "Supporting",
        "Front desk, phones, payments and booking at the practice.",
    ),
    (
        "PDC-0200",
        "Data Protection Officer",
        "Governance",
        "Group",
        "Finance Director",
        1,
        "Consult only",
        "Advises on data protection; must be consulted on the impact assessment before "
        "patient records are moved or held in a new way.",
    ),
    (
        "PDC-0210",
        "Staff Forum Chair",
        "People",
        "Group",
        "Head of People",
        1,
        "Consult only",
        "Elected by employed staff; consulted before changes to rotas, roles or contracts.",
    ),
    (
        "PDC-0220",
        "Associate Dentists' Representative",
        "Clinical",
        "Group",
        "Clinical Director",
        1,
        "Consult only",
        "Elected by the associates; consulted before changes to clinical protocols, diaries "
        "or associate agreements; sits on the Clinical Governance Committee.",
    ),
)

HEADERS = (
    "Position ID",
    "Job title",
    "Department",
    "Region",
    "Line manager",
    "Posts",
    "Programme role",
    "Accountabilities",
)


def establishment_xlsx() -> bytes:
    """An HR export: a title block, the header on row 4, one row per position; a notes sheet."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Establishment"
    sheet["A1"] = "Pennant Dental Care Ltd - establishment export"
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = "PeopleFirst report EST-04, run 9 January 2028 by the Head of People"
    sheet.append([])
    sheet.append(list(HEADERS))
    for cell in sheet[4]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="12304F")
    for row in ESTABLISHMENT:
        sheet.append(list(row))
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = wrap
    for col, width in zip("ABCDEFGH", (12, 38, 22, 14, 34, 8, 16, 90), strict=True):
        sheet.column_dimensions[col].width = width
    sheet.freeze_panes = "C5"
    notes = book.create_sheet("Notes")
    for line in (
        "Programme role",
        "Core: owns work in Every Chair Counts and takes its decisions.",
        "Supporting: gives time to the programme when asked; owns no programme work.",
        "Consult only: asked before decisions that affect the people they speak for; owns no work.",
        "Posts are posts on the establishment at 31 December 2027. The 64 other support "
        "office posts (finance, payroll, purchasing, facilities) take no part in the "
        "programme and are left out.",
    ):
        notes.append([line])
    notes.column_dimensions["A"].width = 110
    book.properties.creator = "Head of People"
    book.properties.lastModifiedBy = "Head of People"
    book.properties.title = "Establishment export"
    book.properties.created = FIXED_XLSX_DATE
    book.properties.modified = FIXED_XLSX_DATE
    buffer = io.BytesIO()
    book.save(buffer)
    return normalize_zip(buffer.getvalue())


# =========================================================================== org: text files

SYSTEMS = """
# Systems we run

Head of Digital and Systems, January 2028.

## ClearChart

ClearChart is our cloud practice management system: diary, clinical notes, charting, recall,
treatment plans and payments. It runs at 22 practices, 10 in Severnside and 12 in the Marches.
It sends a text and an email reminder two days before each appointment, and the practices that
use the reminders say they work well.

ClearChart keeps a recall field for each patient; most dentists leave it at its default of six
months.

## Exodent

Exodent runs on a server in the back office of each of its 11 practices, the Severnside Six and
five in the Marches, and each practice's diary can be opened on that practice's own computers
and nowhere else.

At Exodent practices a patient who fails to attend is booked out as a cancellation, so failed
and cancelled appointments look the same in its reports.

## The Wyeside practices

At Ledbury, Bromyard, Kington, Tenbury and Leominster, the five practices we bought from Wyeside
Dental in 2026, appointments are kept in paper day books and clinical notes on record cards in
the practice.

## Pennant Insight

Pennant Insight is our reporting layer: Power BI over a nightly copy of ClearChart and the
finance ledger, kept by the Data and Reporting Analyst. Practice managers read their practice's
page every Monday morning.

## NHS activity

UDA figures come from the NHSBSA Compass portal each month. The monthly UDA report is put
together in a spreadsheet from the Compass download, and the Data and Reporting Analyst is the
one person who knows how to build it.

## Phones

Each practice answers its own phone line at the front desk; calls that ring out go to the
practice answerphone, which reception plays back at the end of the day.

## People systems

PeopleFirst holds contracts, pay, absence and training records for employed staff. Associate
agreements are kept by the Head of NHS Contracts' team.
"""

CGC_TERMS = """
# Clinical Governance Committee: terms of reference

Approved by the Board in September 2027. Reviewed every year.

## Purpose

The Clinical Governance Committee keeps care at every Pennant practice safe and consistent. It
decides Pennant's clinical protocols and checks, through audit, that they are followed.

## Members

- **Chair:** Clinical Director.
- Head of Hygiene and Therapy.
- Compliance and CQC Manager (secretary).
- Associate Dentists' Representative.
- One practice manager from each region, and a dental nurse nominated by the Staff Forum.

## Meetings

The committee meets on the second Tuesday of each month at the Bristol support office, with a
video link for the Marches. Four members, the chair among them, make a quorum.

## What the committee decides

| Matter | Who decides | Notes |
|---|---|---|
| Clinical protocols: recall, prescribing, radiography, sedation | The committee, on the Clinical Director's proposal | The Associate Dentists' Representative is heard before any vote |
| Scope of practice for hygienists and therapists | The committee | Within the GDC's scope of practice |
| Clinical audit programme | The committee | Kept by the Compliance and CQC Manager |
| Significant events and patient safety incidents | The committee reviews each one | Lessons go to every practice within a month |

A new or changed protocol comes into force on the first day of the month after it is approved,
once every dentist has been sent it.

## Reporting

The committee reports to the Board every quarter. The Compliance and CQC Manager keeps its audit
calendar and makes the group's notifications to the CQC.
"""

MEASURES = """
# Measure definitions

Kept by the Programme Manager for the Every Chair Counts steering group. February 2028.

| Measure | How it is counted | Source | Owner | 2026/27 |
|---|---|---|---|---|
| Failed attendance rate | Appointments failed by the patient, over all appointments booked | ClearChart; practice tally sheets | Head of Patient Services | 9.4% |
| Chair utilisation | Booked clinical hours over staffed clinical hours, all surgeries | ClearChart; Exodent diaries | Chief Operating Officer | 71% |
| NHS UDAs delivered against contract | UDAs delivered over UDAs contracted, year to date, all 34 contracts | NHSBSA Compass | Head of NHS Contracts | 87% |
| Adults with a risk-based recall interval | Adult patients seen whose recall interval was set by risk at their last check-up | ClearChart recall field | Clinical Director | 12% |
| Dental nurse turnover | Qualified dental nurses who left in the last 12 months, over the average in post | PeopleFirst | Head of People | 31% |
| Patients who would recommend their practice | Share answering "very good" or "good" to the Friends and Family Test question | ClearChart texts; paper cards | Head of Patient Services | 88% |

Notes:

- At the Exodent and Wyeside practices failed appointments are counted by reception on a tally
  sheet and sent to the Head of Patient Services each month.
- The routine wait is checked by mystery calls: each quarter the patient contact team rings ten
  practices as a new patient and records the first routine appointment offered.
- The six measures go to the steering group in the first week of each month.
"""

PM_MINUTES = """
PRACTICE MANAGERS' MEETING - MARCHES REGION
Thursday 13 January 2028, Hereford practice, 14:00-16:00
Chair: Regional Operations Manager, Marches. Notes: practice manager, Ludlow.

Present: practice managers of 19 of the 22 Marches practices; Head of Patient Services (item 3).

1. Staffing
Kington and Tenbury covered four sessions in ten with agency nurses in December. Two trainee
nurses at Ross-on-Wye pass their exams in March and want to stay.

The two overseas-qualified dentists we offered posts to in October are still waiting to start.
Joining the NHS performers list takes four to six months from application to the first NHS
patient, so neither will see NHS patients before the spring.

2. Recall
Several associates set six-monthly recall for everyone because patients expect it. The Clinical
Director will come to the February meeting to talk about recall by risk.

3. Reminders and phones
Hereford's failed attendance rate was 5.1% last year with ClearChart reminders, and everyone
agreed the reminders are worth having. Ludlow and Leominster lose calls at lunchtime, when the
front desk is also checking patients in.

4. Next meeting
Practice managers meet by region on the second Thursday of each month; the Marches meeting
moves between Hereford and Ludlow. Next: 10 February 2028, Ludlow.
"""

RULES_NOTE = """
# Rules we work within: the commissioners and the CQC

Head of NHS Contracts and Compliance and CQC Manager, for the Every Chair Counts steering group,
January 2028.

## Our NHS contracts

We hold 34 NHS contracts: 14 with Avonmere ICB in Severnside and 20 with Marches and Wye ICB.
Each sets the UDAs a practice must deliver in the year, from April to March; activity below 96%
of contract is handed back at the year end.

Moving UDAs from one of our contracts to another needs a contract variation agreed by the ICB,
and Marches and Wye ICB's dental commissioning panel considers variations once a quarter, with
papers due six weeks before it sits.

Under the NHS regulations, each patient's recall interval is for their dentist to set, following
NICE guidance.

Both ICBs expect a provider to discuss any change to how NHS patients are recalled with the
local dental committee before it is made.

Both ICBs run urgent dental care schemes and pay for each urgent session a practice offers.

## The CQC

Every practice is registered with the CQC under Pennant Dental Care Ltd, each with a registered
manager. The CQC inspected nine of our practices in 2027 and found all nine met the standards.

A new registered manager at a practice must be notified to the CQC, and the Compliance and CQC
Manager makes those notifications.
"""


def write_org(org: Path) -> None:
    (org / "people").mkdir(parents=True, exist_ok=True)
    (org / "people" / "establishment.xlsx").write_bytes(establishment_xlsx())
    write_text(org / "systems" / "systems-we-run.md", SYSTEMS)
    write_text(org / "governance" / "clinical-governance-committee-terms.md", CGC_TERMS)
    write_text(org / "measures" / "measure-definitions.md", MEASURES)
    write_text(org / "context" / "practice-managers-marches-2028-01.txt", PM_MINUTES)
    write_text(org / "context" / "commissioner-and-cqc-rules.md", RULES_NOTE)


def main(root: Path = HERE) -> None:
    """Write the deck and the org folder under ``root/pennant-dental``."""
    case = root / CASE
    save_pdf(build_deck(), case / DECK, "Every Chair Counts")
    write_org(case / "org")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
