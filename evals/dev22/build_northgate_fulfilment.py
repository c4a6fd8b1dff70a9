"""Build the dev22 case ``northgate-fulfilment``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, openpyxl and python-docx.
reportlab is not in the project's lock, so use (or make) a separate venv:

    python3 -m venv /tmp/rl
    /tmp/rl/bin/pip install reportlab pypdf==7.1.1 openpyxl==3.1.5 python-docx==1.2.0 python-pptx==1.0.2
    /tmp/rl/bin/python evals/dev22/build_northgate_fulfilment.py [out-folder]

Writes, under ``evals/dev22/northgate-fulfilment/`` (or ``<out-folder>/northgate-fulfilment/``),
every file of the case but ``gold.json``:

- ``fulfilment-2030-narrative-memo-nov-2028.pdf``: an online retailer's fulfilment strategy
  written as a NARRATIVE MEMO in the six-pager style and downloaded from Google Docs as PDF: US
  Letter portrait (8.5 x 11 in), 1 in margins, an Arial-like font (DejaVu Sans, embedded from
  ``/usr/share/fonts/truetype/dejavu/``), a title and a "Prepared for / Date" line, numbered
  H1 and H2 headings, about six pages of prose paragraphs (a few short bullet and numbered
  lists, as memos allow), then an FAQ in "Q:" / "A:" paragraphs and an appendix of tables (the
  measures with baseline, target and by-when; the phased plan with dates and gates; the risks
  with mitigations and owners; definitions). Page numbers at the bottom right. Drawn with
  reportlab's platypus so that paragraphs wrap as a word processor wraps them.
- ``org/``: the roster as an XLSX workbook (``people/network-roles.xlsx``: a "Roles" sheet
  with a merged title row and a merged "As at" row over the header Role | Site / function |
  Tier | Remit | Status, frozen under the header, two vacant posts and two consult-only
  roles; a HIDDEN sheet "Old structure 2027" whose posts are not the roster; a "Notes" sheet
  of free text), the Steering Group's terms of reference, an extract of the Works Council
  agreement (DOCX), the UDW recognition agreement at Carnbrae, the systems inventory, the
  measure definitions, the site profiles, the carrier panel summary, the 2028 health and
  safety review and an email from the robotics supplier.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed dates and
document ID) for the PDF, fixed core properties and ZIP entry times for the XLSX and the DOCX
(through ``evals/dev16/_build.py``), and the text files as literal strings. It never touches
``gold.json``.

This is a DEVELOPMENT case (split "dev22").
"""

from __future__ import annotations

import io
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import cast

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "northgate-fulfilment"
DECK = "fulfilment-2030-narrative-memo-nov-2028.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SANS = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"

XLSX_STAMP = Stamp((2028, 11, 3, 15, 12, 44), "2028-11-03T15:12:44Z")
DOCX_STAMP = Stamp((2028, 6, 19, 10, 4, 30), "2028-06-19T10:04:30Z")


def q(text: str) -> str:
    """Typographic quotes, as Google Docs types them (an opening one after a space or at the
    start, a closing one or an apostrophe elsewhere); ``&`` escaped for platypus."""
    text = re.sub(r"(^|(?<=[\s(]))'", "\u2018", text)
    return text.replace("'", "\u2019").replace(" & ", " &amp; ")


# =========================================================================== the memo's text
#
# Each block is (kind, content): "title", "meta", "h1", "h2", "p", "bullets", "numbers",
# "qa" (question, answer), "table" (name), "break".

MEMO: list[tuple[str, object]] = [
    ("title", "Fulfilment 2030"),
    ("subtitle", "Keeping the promise we make at checkout"),
    ("meta", "Prepared for: Executive Committee, Northgate Direct Ltd | Date: 14 November 2028"),
    (
        "meta",
        "Author: Chief Operating Officer, with the Programme Director, Fulfilment 2030 | "
        "Status: for decision | Please read before the meeting (about 30 minutes)",
    ),
    ("h1", "1. Purpose"),
    (
        "p",
        "This memo asks the Executive Committee to approve Fulfilment 2030, a two-year plan for "
        "our fulfilment network that runs from January 2029 to December 2030. It sets out where "
        "the network stands after peak 2027 and the first nine months of 2028, what we want it "
        "to do for customers and colleagues by the end of 2030, how we will get there, what it "
        "will cost, and what we need decided at this meeting. Figures are for the twelve months "
        "to 30 September 2028 unless the text says otherwise. The measures, the phased plan and "
        "the risks are set out in tables in the appendix.",
    ),
    ("h1", "2. Where we are"),
    (
        "p",
        "Northgate Direct sells homeware, furniture and small electricals online. In the last "
        "twelve months we shipped 17.6 million orders and 44.1 million units from three "
        "fulfilment centres: Ellerby in West Yorkshire, Ravensworth in Northamptonshire and "
        "Carnbrae in Lanarkshire. Returned goods go to the Halsey returns centre in "
        "Staffordshire, which received 2.9 million returned units. The network employs 3,050 "
        "people, and at peak we add up to 1,700 agency workers. Four carriers collect our "
        "parcels from the dock: Parcelway carries 52% of them, Swiftline 27%, Northern Express "
        "14% (mostly Scotland and the far north of England) and Morrow Freight, which delivers "
        "two-person items such as sofas and wardrobes, the remaining 7%.",
    ),
    (
        "p",
        "The promise is where we are weakest. At checkout we show every customer a delivery "
        "date. In the first nine months of 2028 we kept that promise on 91.4% of orders; in the "
        "week before Christmas 2027 it fell to 83%. When we miss, customers contact us: "
        "'where is my order?' contacts ran at 31 for every 1,000 orders and cost our customer "
        "service team about £2.1m last year. 95.2% of orders left our docks before their "
        "carrier's cut-off, so roughly half of the missed promises start inside our own "
        "buildings and half start on the road.",
    ),
    (
        "p",
        "Our last order time for next-day delivery is 20:00 at Ellerby and Ravensworth and "
        "18:00 at Carnbrae. The two competitors we benchmark take next-day orders until 22:00 "
        "and 23:59. We offer next-day delivery to 91% of UK mainland postcodes; most of the "
        "rest are in the Highlands and the islands, which Carnbrae serves through Northern "
        "Express.",
    ),
    (
        "p",
        "Productivity and cost have drifted. Units picked per labour hour across the three "
        "centres averaged 92, against 104 in 2025, mostly because of the share of new and "
        "agency staff at peak: agency workers worked 41% of all hours in the six peak weeks, "
        "and 38% of the people we hire leave within their first 90 days. Cost per unit shipped "
        "rose from £1.71 in 2025 to £1.86. Our lost-time injury frequency rate was 1.9 per "
        "100,000 hours worked, and manual handling caused 58% of lost-time injuries. At Halsey "
        "only 54% of returned units are back in sellable stock within 48 hours of arrival; the "
        "rest wait in cages, on average for six days, while their value falls.",
    ),
    (
        "p",
        "We are not starting from nothing. Atlas WMS runs all three fulfilment centres. "
        "Ellerby's PodGrid goods-to-person system, installed in 2026, picks 38% of Ellerby's "
        "units at 310 units an hour per station. Ellerby and Ravensworth plan labour in "
        "ShiftWise. The Fulfilment Academy inducts and trains every new starter, and the Beacon "
        "data warehouse gives us one set of figures for the whole network every morning.",
    ),
    ("h1", "3. Tenets"),
    (
        "p",
        "These tenets guide the choices in this memo. We will change them if they prove wrong.",
    ),
    (
        "bullets",
        [
            "We would rather promise a later date we keep than an earlier date we miss.",
            "A promise is only as strong as the weakest link between the pick face and the "
            "doorstep, so carriers are part of this plan, not outside it.",
            "Safety comes before speed. No target in this memo is worth an injury.",
            "We change one site first, learn from it, and only then change the others.",
            "Peak is not the time to change systems.",
        ],
    ),
    ("h1", "4. What we want by the end of 2030"),
    (
        "p",
        "Our goal is simple to state: when we tell a customer a date, we keep it.",
    ),
    (
        "p",
        "By Q4 2030 we will deliver 97% of orders by the date we promised at checkout, up "
        "from 91.4% today. By Q3 2030, 99% of orders will leave our docks before their "
        "carrier's cut-off. We will also take next-day orders later in the evening: until "
        "23:00 at Ellerby and Ravensworth and until 21:00 at Carnbrae by Q3 2030. By the end "
        "of 2030, next-day delivery will be available to 98% of UK mainland postcodes, up "
        "from 91% today.",
    ),
    (
        "p",
        "We will do this at lower cost and with fewer injuries. By Q4 2030 we will pick 112 "
        "units per labour hour across the network, bring cost per unit shipped down to £1.64 "
        "at 2028 prices, and cut our lost-time injury frequency rate to 1.0 or lower. By Q2 "
        "2030, 90% of returned units will be back in sellable stock within 48 hours of "
        "arriving at Halsey.",
    ),
    (
        "p",
        "We want a steadier workforce. At peak 2030 no more than a quarter of the hours worked "
        "in our buildings will be worked by agency staff, and by Q4 2030 fewer than 22% of new "
        "starters will leave in their first 90 days. With fewer missed promises, 'where is my "
        "order?' contacts should fall to 15 per 1,000 orders by Q4 2030. We also want to "
        "reduce the carbon emitted for each parcel we deliver, but we cannot measure it yet; we "
        "will set that target once our carriers report emissions by parcel. Every measure, with "
        "its baseline, target and date, is in Appendix A.",
    ),
    ("h1", "5. How we will get there"),
    (
        "p",
        "The plan has four parts. The first two carry most of the improvement in the promise; "
        "the third and fourth carry most of the gains in cost and safety. Each part names the "
        "leader who answers for it to the Steering Group.",
    ),
    ("h2", "5.1 A promise we can keep"),
    (
        "p",
        "Today the date shown at checkout comes from a fixed table of cut-off times by site "
        "and carrier, which the Customer Promise team updates by hand every Monday. The table "
        "does not know how much work is already on the floor, so on a heavy evening we promise "
        "next-day delivery to orders that cannot be picked in time. We will build a promise "
        "service that reads live pick capacity from Atlas WMS and gives each order a date its "
        "site can meet. Atlas can only share its capacity with other systems from version 12, "
        "so we will upgrade Atlas WMS to version 12 at all three fulfilment centres, "
        "Ravensworth first, before the pilot's live promise dates are switched on.",
    ),
    (
        "p",
        "On the road, we will require every carrier to send us parcel scan events by API within "
        "15 minutes of each scan, and we will write that into each carrier contract as it is "
        "renewed; Parcelway and Swiftline do so already. To take orders until 23:00 we will add "
        "a 01:30 trunk departure from Ellerby and Ravensworth to Parcelway's Rugby hub. When a "
        "parcel misses its trunk, we will tell the customer the same evening and give a new "
        "date, rather than let them find out the next day.",
    ),
    (
        "p",
        "Lead: Head of Customer Promise, with the Head of Transport and Carrier Management and "
        "the Head of Warehouse Systems.",
    ),
    ("h2", "5.2 The right people on the right shift"),
    (
        "p",
        "Our labour plans are only as good as the order forecast behind them, and two of our "
        "four sites still plan shifts in spreadsheets a week ahead. We will roll ShiftWise out "
        "to Carnbrae and the Halsey returns centre by the end of Q2 2030, so every site plans "
        "from the same 14-day forecast of orders. We will offer permanent annualised-hours "
        "contracts to 450 of our regular agency workers during 2029, which gives them more "
        "hours in the autumn and fewer in the spring, and gives us people who know our "
        "buildings when peak arrives.",
    ),
    (
        "p",
        "To staff a 23:00 cut-off we will introduce a late shift that finishes at 02:00 at "
        "Ellerby and Ravensworth, once we have consulted the Works Council on it. New starters "
        "will have a named buddy for their first four weeks on the floor, and the Fulfilment "
        "Academy will shorten classroom induction from five days to three by teaching the rest "
        "at the pick face.",
    ),
    (
        "p",
        "Lead: Head of Labour Planning and Workforce Management, with the Head of People, "
        "Fulfilment.",
    ),
    ("h2", "5.3 Safer and faster sites"),
    (
        "p",
        "The PodGrid has shown what goods-to-person picking does for both speed and injuries: "
        "its stations have had no lost-time injury since they opened. We will extend the "
        "PodGrid at Ellerby by 140,000 bins and 40 robots in 2030, so that it picks 60% of "
        "Ellerby's units. Elsewhere the gains will come from the pick faces themselves. We "
        "will carry out a manual handling assessment of every pick face holding items heavier "
        "than 15 kg by the end of June 2029, and move the heaviest lines to waist height. At "
        "Carnbrae we will replace paper near-miss cards with SafeShift reporting on shared "
        "tablets, so that near misses are seen the same day.",
    ),
    (
        "p",
        "The grid is only as fast as its repairs. We will train six of our own engineers to "
        "Trellis Robotics' service standard, so that a fault on a night shift does not wait "
        "for the supplier's engineer to drive to site.",
    ),
    (
        "p",
        "Lead: Head of Engineering and Automation, and the Head of Health, Safety and "
        "Wellbeing for the assessments and near-miss reporting.",
    ),
    ("h2", "5.4 Returns back on the shelf within 48 hours"),
    (
        "p",
        "A return that waits a week in a cage loses value and often misses the season it was "
        "bought for. We will move the Halsey returns centre from RetLog onto the Atlas WMS "
        "returns module by the end of Q1 2030, so that a returned item is booked into the same "
        "stock record it left from. We will grade each returned item at the bench, with a "
        "photograph, so that an item in sellable condition goes back to stock the same day. We "
        "will also record labour hours by activity at Halsey, so that for the first time we "
        "can see what a return costs us to handle.",
    ),
    (
        "p",
        "Lead: General Manager, Halsey Returns Centre. The post is vacant, and the Director of "
        "Fulfilment Operations leads this part until it is filled.",
    ),
    ("h1", "6. The pilot: Ravensworth"),
    (
        "p",
        "We will pilot the new way of working at Ravensworth from April to September 2029. We "
        "chose Ravensworth because it already plans labour in ShiftWise, it ships mainly "
        "through Parcelway and Swiftline, which both send scan events by API, and at 720 staff "
        "it is large enough to prove the case and small enough to change quickly. Ellerby "
        "depends too much on the PodGrid to be typical, and at Carnbrae any change to shifts "
        "takes longer to agree.",
    ),
    (
        "p",
        "During the pilot Ravensworth will plan every shift from a 14-day ShiftWise forecast "
        "from April 2029. From June 2029, orders sent to Ravensworth will get their promise "
        "date from live WMS capacity instead of the fixed table, and in July 2029 we will move "
        "Ravensworth's next-day cut-off to 22:00. The Programme Director will hold a weekly "
        "pilot review with Ravensworth's shift managers and the Works Council's site "
        "representative, and publish the pilot's figures to every site each Monday.",
    ),
    (
        "p",
        "The pilot passes if, for eight weeks in a row, 98.5% of Ravensworth's orders leave "
        "before their carrier's cut-off, 95% of its orders arrive by the promised date, and "
        "its injury rate does not rise. The Steering Group will take the go/no-go decision for "
        "network roll-out at the end of September 2029, before the peak change freeze.",
    ),
    ("h1", "7. Plan and timing"),
    (
        "p",
        "The plan runs in calendar quarters from Q1 2029 to Q4 2030, 24 months in all; month 0 "
        "is 1 January 2029. It has four phases and three gates, set out in Appendix B.",
    ),
    (
        "bullets",
        [
            "Phase 1, Foundations (Q1 2029): set up the programme, start the Atlas 12 upgrade at "
            "Ravensworth, open consultation on the late shift and baseline every measure. Gate "
            "1, ready to pilot, at the end of March 2029.",
            "Phase 2, Pilot at Ravensworth (Q2 to Q3 2029): the pilot described above. Gate 2, "
            "go/no-go for network roll-out, at the end of September 2029.",
            "Phase 3, Network roll-out (Q4 2029 to Q3 2030): peak 2029 runs under the change "
            "freeze, so Q4 2029 is spent on training, data and Halsey's move, and the go-lives "
            "at Ellerby and Carnbrae fall between January and September 2030. Gate 3, peak "
            "readiness, at the end of September 2030.",
            "Phase 4, Peak 2030 and hand-over (Q4 2030): run peak on the new model, hand each "
            "site's measures to its general manager and close the programme by 31 December "
            "2030.",
        ],
    ),
    ("h1", "8. What could go wrong"),
    (
        "p",
        "Four risks matter most; Appendix C lists all seven with their owners. First, the "
        "Atlas 12 upgrade may be late. If it is, we will run the Ravensworth pilot on a "
        "capacity file exported from Atlas every 15 minutes, and keep a switch that returns "
        "the checkout to the fixed table within one hour. Second, Northern Express and Morrow "
        "Freight may refuse to send scan events by API. We will make the API a condition of "
        "the 2030 carrier tender, and until then load their nightly files into Beacon by 06:00.",
    ),
    (
        "p",
        "Third, the Works Council may not support the late shift. We would then hold the "
        "cut-off at 22:00 and staff the last two hours with volunteers on overtime, which costs "
        "more but keeps the pilot running. Fourth, peak 2029 may arrive before roll-out is "
        "ready. No site will go live between 15 October and 5 January, and we will keep a 15% "
        "labour buffer at Ravensworth in the pilot's last four weeks.",
    ),
    ("h1", "9. The first 90 days"),
    ("p", "If the Executive Committee approves the plan, between January and March 2029 we will:"),
    (
        "numbers",
        [
            "Hold the first Fulfilment 2030 Steering Group in the week of 8 January 2029.",
            "Open consultation with the Works Council on the late shift by 15 January 2029.",
            "Recruit a general manager for the Halsey returns centre by the end of February.",
            "Agree scan-event API terms with Northern Express and Morrow Freight.",
            "Baseline the promise-kept rate by site, carrier and postcode area in Beacon.",
            "Order 600 more ShiftWise licences for Carnbrae and Halsey.",
            "Commission the fire risk assessment for the PodGrid extension at Ellerby.",
            "Start the Atlas 12 upgrade at Ravensworth with the vendor's project team.",
        ],
    ),
    ("h1", "10. What we are not doing"),
    (
        "p",
        "We are not proposing a fourth fulfilment centre; the model in Appendix B shows the "
        "three centres have room for 24 million orders a year once the PodGrid is extended. We "
        "are not offering same-day delivery, which only two of our carriers sell and which "
        "our customers rarely ask for. We looked at moving returns to a third-party provider "
        "and decided against it, because grading is where most of a return's value is kept or "
        "lost. We are not changing the delivery options customers see at checkout, only the "
        "dates we show against them.",
    ),
    ("h1", "11. Cost and benefit"),
    (
        "p",
        "Fulfilment 2030 needs £17.9m of capital over two years, of which £11.2m is the PodGrid "
        "extension and £2.9m the Atlas 12 upgrade, and £9.6m of operating cost, mostly the late "
        "trunk, ShiftWise licences and the programme team. We expect savings of £14.2m a year "
        "from 2031, two thirds of them from productivity and lower agency spend and one third "
        "from fewer 'where is my order?' contacts and faster resale of returns. Phase 1 and the "
        "pilot need £4.6m. Later phases will be released at each gate.",
    ),
    ("h1", "12. How we will run it"),
    (
        "p",
        "The Chief Operating Officer is the sponsor and chairs the Fulfilment 2030 Steering "
        "Group, which meets monthly and takes each gate decision. The Programme Director runs "
        "the programme day to day and reports the measures in Appendix A to the Executive "
        "Committee every quarter. Site general managers own their sites' results; the Works "
        "Council and the UDW convenor at Carnbrae are consulted before any change to shifts "
        "or working practices, as our agreements require.",
    ),
    ("h1", "13. What we ask of the Executive Committee"),
    (
        "numbers",
        [
            "Approve Fulfilment 2030 as set out in this memo.",
            "Release £4.6m for Phase 1 and the Ravensworth pilot.",
            "Agree Ravensworth as the pilot site.",
            "Support the £11.2m PodGrid capital request at the Board in March 2029.",
        ],
    ),
    ("break", None),
    ("h1", "Frequently asked questions"),
    (
        "qa",
        (
            "Why not change every site at once?",
            "Because the last time we changed three sites in one season, during the 2025 "
            "scanner replacement, dispatch on time fell to 88% for six weeks. One site first "
            "costs us about four months and lowers the risk to peak a great deal.",
        ),
    ),
    (
        "qa",
        (
            "Why does the promise target stop at 97% and not 99%?",
            "About 2% of orders miss for reasons no plan of ours removes: weather, wrong "
            "addresses and customers who are not in for a two-person delivery. We would "
            "rather set a target we can reach and report honestly.",
        ),
    ),
    (
        "qa",
        (
            "Will the later cut-off cost more than it earns?",
            "The 01:30 trunk costs about £1.3m a year. Our trading team estimates that a 23:00 "
            "cut-off adds 2.5% to next-day orders in the evening, which more than pays for it.",
        ),
    ),
    (
        "qa",
        (
            "What happens to agency workers who are not offered a contract?",
            "Nothing changes for them in 2029. We will still need agency workers at peak, "
            "only fewer of them.",
        ),
    ),
    (
        "qa",
        (
            "Why is Carnbrae's cut-off target earlier than the other two sites?",
            "Northern Express collects from Carnbrae at 23:15 for its Highland network, and "
            "no later collection is on offer. 21:00 is the latest order time that still "
            "makes that collection.",
        ),
    ),
    (
        "qa",
        (
            "Are we doing same-day delivery?",
            "No. Same-day delivery is outside this plan (see section 10).",
        ),
    ),
    (
        "qa",
        (
            "How will we know it is working?",
            "Every measure in Appendix A will be on one page in Beacon each morning, by site. "
            "The Steering Group sees the trend monthly and the Executive Committee quarterly.",
        ),
    ),
    (
        "qa",
        (
            "Does the plan depend on the PodGrid extension?",
            "Partly. Without it Ellerby reaches about 104 units per labour hour rather than "
            "the 120 the network target assumes for it, and the network reaches about 106.",
        ),
    ),
    ("break", None),
    ("h1", "Appendix A. Measures"),
    (
        "p",
        "Baselines are for the twelve months to 30 September 2028 unless stated. Targets are "
        "network-wide unless a site is named.",
    ),
    ("table", "kpis"),
    ("h1", "Appendix B. Phased plan"),
    ("table", "phases"),
    ("h1", "Appendix C. Risks"),
    ("table", "risks"),
    ("h1", "Appendix D. Definitions"),
    ("table", "definitions"),
]

TABLES: dict[str, tuple[list[float], list[list[str]]]] = {
    "kpis": (
        [2.85, 1.45, 1.3, 0.9],
        [
            ["Measure", "Baseline", "Target", "By when"],
            ["Orders delivered by the promised date", "91.4%", "97.0%", "Q4 2030"],
            ["Orders dispatched before carrier cut-off", "95.2%", "99.0%", "Q3 2030"],
            [
                "Latest order time for next-day delivery",
                "20:00 (Carnbrae 18:00)",
                "23:00 (Carnbrae 21:00)",
                "Q3 2030",
            ],
            ["Mainland postcodes offered next-day", "91%", "98%", "Q4 2030"],
            ["Units picked per labour hour", "92", "112", "Q4 2030"],
            ["Cost per unit shipped (2028 prices)", "£1.86", "£1.64", "Q4 2030"],
            ["Lost-time injury frequency rate", "1.9 per 100,000 hours", "1.0 or lower", "Q4 2030"],
            ["Returns back in sellable stock in 48 hours", "54%", "90%", "Q2 2030"],
            ["Agency share of hours in peak weeks", "41% (peak 2027)", "25% or less", "Peak 2030"],
            ["New starters leaving within 90 days", "38%", "under 22%", "Q4 2030"],
            [
                "'Where is my order?' contacts",
                "31 per 1,000 orders",
                "15 per 1,000 orders",
                "Q4 2030",
            ],
            ["Carbon emissions per parcel delivered", "Not measured", "Reduce", "To be set"],
        ],
    ),
    "phases": (
        [1.6, 1.3, 2.4, 1.2],
        [
            ["Phase", "Dates", "What happens", "Gate at the end"],
            [
                "Phase 1: Foundations",
                "January to March 2029 (Q1 2029)",
                "Steering Group set up; Atlas 12 upgrade starts at Ravensworth; late-shift "
                "consultation opened; every measure baselined in Beacon",
                "Gate 1: ready to pilot (31 March 2029)",
            ],
            [
                "Phase 2: Pilot at Ravensworth",
                "April to September 2029 (Q2 to Q3 2029)",
                "14-day ShiftWise planning; live promise dates from June; 22:00 cut-off from "
                "July; weekly pilot review",
                "Gate 2: go/no-go for network roll-out (30 September 2029)",
            ],
            [
                "Phase 3: Network roll-out",
                "October 2029 to September 2030 (Q4 2029 to Q3 2030)",
                "Halsey onto Atlas returns; no go-live in the peak freeze; Ellerby and Carnbrae "
                "go live January to September 2030; PodGrid extension built",
                "Gate 3: peak readiness (30 September 2030)",
            ],
            [
                "Phase 4: Peak 2030 and hand-over",
                "October to December 2030 (Q4 2030)",
                "Peak run on the new model; measures handed to site general managers",
                "Programme closed (31 December 2030)",
            ],
        ],
    ),
    "risks": (
        [1.75, 0.8, 2.55, 1.4],
        [
            ["Risk", "Rating", "Mitigation", "Owner"],
            [
                "R1. Atlas 12 upgrade late",
                "High",
                "Pilot on a capacity file exported every 15 minutes; one-hour switch back to "
                "the fixed cut-off table",
                "Head of Warehouse Systems",
            ],
            [
                "R2. Carriers refuse scan events by API",
                "Medium",
                "Make the API a condition of the 2030 carrier tender; load nightly files into "
                "Beacon by 06:00",
                "Head of Transport and Carrier Management",
            ],
            [
                "R3. Works Council does not support the late shift",
                "Medium",
                "Hold the cut-off at 22:00 and staff the last two hours with volunteers on "
                "overtime",
                "Head of People, Fulfilment",
            ],
            [
                "R4. Peak 2029 arrives before roll-out is ready",
                "Medium",
                "No go-live from 15 October to 5 January; a 15% labour buffer at Ravensworth "
                "in the pilot's last four weeks",
                "Programme Director, Fulfilment 2030",
            ],
            [
                "R5. Grid faults wait for the supplier",
                "Medium",
                "Train six of our engineers to Trellis Robotics' service standard; hold "
                "critical robot spares at Ellerby",
                "Head of Engineering and Automation",
            ],
            [
                "R6. Annualised-hours offers are not taken up",
                "Low",
                "Offer a choice of two hour patterns; ask the Works Council to help explain "
                "the offer",
                "Head of People, Fulfilment",
            ],
            [
                "R7. Live promise dates overpromise on heavy evenings",
                "Medium",
                "Cap promised volume at 95% of planned capacity until eight weeks of results "
                "are in",
                "Head of Customer Promise",
            ],
        ],
    ),
    "definitions": (
        [2.0, 4.5],
        [
            ["Term", "Meaning in this memo"],
            [
                "Promise kept",
                "The parcel is delivered, or the first attempt is made, by the date shown at "
                "checkout.",
            ],
            [
                "Carrier cut-off",
                "The time the carrier's trailer leaves our dock for its hub on the day the "
                "order is due to ship.",
            ],
            [
                "Peak",
                "The six weeks from the Monday before Black Friday to Christmas Eve.",
            ],
            [
                "Annualised hours",
                "A permanent contract for a set number of hours a year, worked more in the "
                "autumn and less in the spring.",
            ],
        ],
    ),
}


# =========================================================================== the memo as a PDF

PAGE_W, PAGE_H = letter  # 612 x 792 pt, US Letter portrait
MARGIN = 1 * inch
INK = colors.HexColor("#000000")
GREY = colors.HexColor("#666666")
RULE = colors.HexColor("#000000")
HEAD_FILL = colors.HexColor("#EFEFEF")


def register_fonts() -> None:
    for name, file in (
        (SANS, "DejaVuSans.ttf"),
        (BOLD, "DejaVuSans-Bold.ttf"),
        (ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


def styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName=SANS,
        fontSize=10.5,
        leading=14.5,
        spaceAfter=7,
        alignment=TA_LEFT,
        textColor=INK,
        bulletFontName=SANS,
    )
    return {
        "title": ParagraphStyle("title", parent=body, fontSize=22, leading=27, spaceAfter=8),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=14, leading=18, textColor=GREY, spaceAfter=10
        ),
        "meta": ParagraphStyle(
            "meta", parent=body, fontSize=10, leading=13, textColor=GREY, spaceAfter=2
        ),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=BOLD, fontSize=15, leading=19, spaceBefore=10, spaceAfter=5
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=12, leading=15, spaceBefore=6, spaceAfter=4
        ),
        "p": body,
        "li": ParagraphStyle("li", parent=body, spaceAfter=3),
        "q": ParagraphStyle("q", parent=body, fontName=BOLD, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        "cellhead": ParagraphStyle(
            "cellhead", parent=body, fontName=BOLD, fontSize=9, leading=11.5, spaceAfter=0
        ),
    }


def table(name: str, st: dict[str, ParagraphStyle]) -> Table:
    widths, rows = TABLES[name]
    data = [
        [Paragraph(q(cell), st["cellhead" if r == 0 else "cell"]) for cell in row]
        for r, row in enumerate(rows)
    ]
    t = Table(data, colWidths=[w * inch for w in widths], repeatRows=1, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("GRID", (0, 0), (-1, -1), 0.75, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return t


def story() -> list:
    st = styles()
    out: list = []
    for kind, content in MEMO:
        if kind in ("title", "subtitle", "meta", "h1", "h2", "p"):
            out.append(Paragraph(q(str(content)), st[kind]))
        elif kind in ("bullets", "numbers"):
            items = [ListItem(Paragraph(q(x), st["li"]), leftIndent=22) for x in content]  # type: ignore[union-attr,attr-defined]
            if kind == "bullets":
                lf = ListFlowable(
                    items,
                    bulletType="bullet",
                    start="\u25cf",
                    bulletFontName=SANS,
                    bulletFontSize=7,
                    leftIndent=22,
                    bulletOffsetY=-2,
                )
            else:
                lf = ListFlowable(
                    items,
                    bulletType="1",
                    bulletFormat="%s.",
                    bulletFontName=SANS,
                    bulletFontSize=10.5,
                    leftIndent=22,
                )
            out.append(lf)
            out.append(Spacer(1, 5))
        elif kind == "qa":
            question, answer = cast(tuple[str, str], content)
            out.append(
                KeepTogether(
                    [Paragraph(q("Q: " + question), st["q"]), Paragraph(q("A: " + answer), st["p"])]
                )
            )
        elif kind == "table":
            out.append(table(str(content), st))
            out.append(Spacer(1, 10))
        elif kind == "break":
            out.append(PageBreak())
    return out


def page_number(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(SANS, 9)
    canvas.setFillColor(INK)
    canvas.drawRightString(PAGE_W - MARGIN, 0.5 * inch, str(doc.page))
    canvas.restoreState()


def build_deck() -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=letter,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title="Fulfilment 2030 - narrative memo for the Executive Committee",
        author="",
        subject="",
        creator="",
        producer="Skia/PDF m118 Google Docs Renderer",
        invariant=1,
        initialFontName=SANS,
    )
    doc.build(story(), onFirstPage=page_number, onLaterPages=page_number)
    return buffer.getvalue()


# =========================================================================== the roster (XLSX)

ROLES_HEAD = ["Role", "Site / function", "Tier", "Remit", "Status"]

ROLES: list[tuple[str, str, str, str, str]] = [
    (
        "Chief Operating Officer",
        "Group executive",
        "Core",
        "Sponsor of Fulfilment 2030 and chair of its Steering Group. Answers to the Executive "
        "Committee for the fulfilment network's service, cost and safety; takes each gate "
        "decision and releases phase budgets within the amount the Executive Committee approves.",
        "In post",
    ),
    (
        "Programme Director, Fulfilment 2030",
        "Programme office",
        "Core",
        "Runs the programme day to day: the plan, the risk log, gate reports, the weekly pilot "
        "review, benefits tracking and the quarterly report of the programme's measures to the "
        "Executive Committee.",
        "In post",
    ),
    (
        "Director of Fulfilment Operations",
        "Network operations",
        "Core",
        "Runs the three fulfilment centres and the Halsey returns centre; the site general "
        "managers report to this post. Owns dispatch on time, units per labour hour and cost per "
        "unit across the network. Covers the Halsey general manager's post while it is vacant.",
        "In post",
    ),
    (
        "General Manager, Ellerby FC",
        "Ellerby",
        "Core",
        "Runs Ellerby: goods-in, storage, picking (including the PodGrid stations), packing and "
        "dispatch; the site's results, labour plan and safety.",
        "In post",
    ),
    (
        "General Manager, Ravensworth FC",
        "Ravensworth",
        "Core",
        "Runs Ravensworth: goods-in, storage, picking, packing and dispatch; the site's results, "
        "labour plan and safety; hosts the Fulfilment 2030 pilot and its shift managers.",
        "In post",
    ),
    (
        "General Manager, Carnbrae FC",
        "Carnbrae",
        "Core",
        "Runs Carnbrae: goods-in, storage, picking, packing and dispatch, including the Highland "
        "network's collections; the site's results, labour plan and safety; site relations with "
        "the UDW branch.",
        "In post",
    ),
    (
        "General Manager, Halsey Returns Centre",
        "Halsey",
        "Core",
        "Runs the returns centre: receipt, grading, refurbishment, return to stock and disposal "
        "of returned goods; returns turnaround.",
        "Vacant",
    ),
    (
        "Head of Customer Promise",
        "E-commerce",
        "Core",
        "Owns the delivery date shown at checkout: the cut-off table, the promise service, "
        "promise-kept reporting and the messages customers receive about delivery dates and "
        "delays.",
        "In post",
    ),
    (
        "Head of Transport and Carrier Management",
        "Transport",
        "Core",
        "Carrier contracts and tenders, carrier performance, trunks and collection times, "
        "scan-event data from carriers, next-day coverage by postcode, and two-person delivery "
        "with Morrow Freight.",
        "In post",
    ),
    (
        "Head of Labour Planning and Workforce Management",
        "Network operations",
        "Core",
        "Order and labour forecasts, ShiftWise, shift patterns and rotas, agency demand and "
        "peak staffing plans for every site.",
        "In post",
    ),
    (
        "Head of People, Fulfilment",
        "People",
        "Core",
        "Recruitment, contracts (including annualised hours), the agency supplier, onboarding "
        "and the Fulfilment Academy, employee relations, and the secretariat of the Works "
        "Council.",
        "In post",
    ),
    (
        "Head of Engineering and Automation",
        "Engineering",
        "Core",
        "Material handling equipment, the PodGrid and the Trellis Robotics service contract, "
        "planned maintenance in FixPoint, the engineering teams and their training, and "
        "automation projects.",
        "In post",
    ),
    (
        "Head of Warehouse Systems",
        "IT",
        "Core",
        "Atlas WMS, RetLog, ShiftWise configuration, CarrierHub, handheld scanners and site "
        "networks, and the interfaces between them and with the website.",
        "In post",
    ),
    (
        "Head of Data and Analytics",
        "Data",
        "Core",
        "The Beacon data warehouse, the network's daily reports and measure definitions, and "
        "loading site and carrier data into Beacon.",
        "In post",
    ),
    (
        "Head of Health, Safety and Wellbeing",
        "Health and safety",
        "Core",
        "Safety policy, risk assessments (manual handling, fire, fatigue), SafeShift incident "
        "and near-miss reporting, accident investigation, injury rates, and liaison with the "
        "enforcing authority and the insurer's surveyor.",
        "In post",
    ),
    (
        "Head of Continuous Improvement",
        "Network operations",
        "Core",
        "Process design and standard work: pick paths, slotting, pack-station layout and "
        "improvement training.",
        "Vacant",
    ),
    (
        "Finance Business Partner, Operations",
        "Finance",
        "Extended",
        "Budgets, capital requests and benefits tracking for the network; consulted on any "
        "spend above £250,000.",
        "In post",
    ),
    (
        "Head of Customer Service",
        "Customer service",
        "Extended",
        "The contact centre and CaseDesk; handles 'where is my order?' contacts and reports "
        "their volume.",
        "In post",
    ),
    (
        "Chair, Northgate Works Council",
        "Works Council",
        "Consult only",
        "Elected chair of the Works Council; consulted on changes to shift patterns, hours and "
        "contracts and on any new system that measures individual work. Owns no programme work.",
        "In post",
    ),
    (
        "UDW Convenor, Carnbrae",
        "Union (Carnbrae)",
        "Consult only",
        "Senior representative of the Union of Distribution Workers at Carnbrae; negotiates "
        "changes to terms and working practices at Carnbrae under the recognition agreement. "
        "Owns no programme work.",
        "In post",
    ),
]

OLD_HEAD = ["Post", "Site / function", "Reports to", "Remit (2027)"]

OLD_ROLES: list[tuple[str, str, str, str]] = [
    ("Operations Director", "Network", "Chief Executive", "All sites, transport and engineering."),
    (
        "Regional Operations Manager (North)",
        "Ellerby and Carnbrae",
        "Operations Director",
        "Site managers at Ellerby and Carnbrae.",
    ),
    (
        "Regional Operations Manager (South)",
        "Ravensworth and Halsey",
        "Operations Director",
        "Site managers at Ravensworth and Halsey.",
    ),
    (
        "Site Manager, Ellerby",
        "Ellerby",
        "Regional Operations Manager (North)",
        "Day-to-day running of Ellerby.",
    ),
    (
        "Site Manager, Ravensworth",
        "Ravensworth",
        "Regional Operations Manager (South)",
        "Day-to-day running of Ravensworth.",
    ),
    (
        "Site Manager, Carnbrae",
        "Carnbrae",
        "Regional Operations Manager (North)",
        "Day-to-day running of Carnbrae.",
    ),
    ("Returns Manager", "Halsey", "Regional Operations Manager (South)", "Returns processing."),
    ("Transport Manager", "Transport", "Operations Director", "Carriers and trunking."),
    ("WMS Product Owner", "IT", "Head of IT", "Atlas WMS changes and releases."),
    (
        "Health and Safety Manager",
        "Health and safety",
        "Operations Director",
        "Safety at all sites.",
    ),
    (
        "HR Business Partner, Operations",
        "People",
        "HR Director",
        "Recruitment and employee relations for the sites.",
    ),
    ("Planning Manager", "Network", "Operations Director", "Labour and volume planning."),
]

NOTES: list[str] = [
    "About this workbook",
    "This workbook is the Fulfilment 2030 roles list, kept by the Programme Office. The Roles "
    "sheet is the current list of posts taking part in the programme.",
    "The sheet 'Old structure 2027' is hidden and kept for reference only: it shows the posts "
    "before the October 2027 reorganisation, and none of them exists in that form today.",
    "Tier: Core posts own programme work. Extended posts are kept informed and are consulted on "
    "their own area. Consult only posts are consulted and own no programme work.",
    "Vacant posts: the General Manager, Halsey Returns Centre post has been vacant since July "
    "2028, and the Director of Fulfilment Operations covers it until an appointment is made.",
    "The Head of Continuous Improvement post has been vacant since August 2028 and no cover has "
    "been arranged, so changes to slotting and pick paths have no owner until it is filled.",
    "Names are not held in this workbook; the post holders are recorded in PeopleHub.",
    "Last updated by the Programme Office on 3 November 2028.",
]


def roster_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Roles"
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Fulfilment 2030: programme roles and remits"
    ws["A1"].font = Font(name="Arial", size=14, bold=True)
    ws.merge_cells("A1:E1")
    ws["A2"] = "As at 3 November 2028 (Programme Office)"
    ws["A2"].font = Font(name="Arial", size=10, italic=True, color="555555")
    ws.merge_cells("A2:E2")
    for col, head in enumerate(ROLES_HEAD, start=1):
        cell = ws.cell(row=3, column=col, value=head)
        cell.font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.border = box
        cell.alignment = Alignment(vertical="center")
    for r, row in enumerate(ROLES, start=4):
        for col, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=col, value=value)
            cell.font = Font(name="Arial", size=10, bold=(col == 5 and value == "Vacant"))
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for column, width in zip("ABCDE", (44, 20, 13, 80, 10), strict=True):
        ws.column_dimensions[column].width = width
    ws.freeze_panes = "B4"

    old = wb.create_sheet("Old structure 2027")
    old["A1"] = "Operations structure before the October 2027 reorganisation (reference only)"
    old["A1"].font = Font(name="Arial", size=12, bold=True)
    for col, head in enumerate(OLD_HEAD, start=1):
        old.cell(row=2, column=col, value=head).font = Font(name="Arial", size=10, bold=True)
    for r_old, old_row in enumerate(OLD_ROLES, start=3):
        for c_old, old_value in enumerate(old_row, start=1):
            old.cell(row=r_old, column=c_old, value=old_value).font = Font(name="Arial", size=10)
    for column, width in zip("ABCD", (38, 24, 36, 50), strict=True):
        old.column_dimensions[column].width = width
    old.sheet_state = "hidden"

    notes = wb.create_sheet("Notes")
    for r, text in enumerate(NOTES, start=1):
        cell = notes.cell(row=r, column=1, value=text)
        cell.font = Font(name="Arial", size=10, bold=(r == 1))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    notes.column_dimensions["A"].width = 110
    wb.active = 0
    # the created and modified dates are both the stamp's (``normalize_zip`` sets them)
    return ooxml_bytes(
        wb,
        XLSX_STAMP,
        creator="Programme Office",
        lastModifiedBy="Programme Office",
        title="Fulfilment 2030 roles",
    )


# =========================================================================== the Works Council agreement (DOCX)

WORKS_COUNCIL: list[tuple[str, str]] = [
    ("Title", "Northgate Works Council agreement (extract)"),
    (
        "Normal",
        "Agreement between Northgate Direct Ltd and the Northgate Works Council, made under "
        "the Information and Consultation of Employees Regulations. Signed 2 May 2026; this extract "
        "was prepared by the Works Council secretariat in June 2028.",
    ),
    ("Heading 1", "1. Membership"),
    (
        "Normal",
        "The Works Council has 24 elected members, at least two from each site, and elects "
        "its own chair for a two-year term.",
    ),
    (
        "Normal",
        "The Head of People, Fulfilment provides the secretariat and attends every meeting "
        "for the company.",
    ),
    ("Heading 1", "2. Meetings"),
    (
        "Normal",
        "The Works Council meets on the first Tuesday of each month; an extra meeting needs "
        "10 working days' notice.",
    ),
    ("Heading 1", "3. Matters for consultation"),
    (
        "Normal",
        "The company must inform and consult the Works Council before any change to shift "
        "patterns, working hours or contract types that affects more than 20 employees at a site.",
    ),
    (
        "Normal",
        "Consultation lasts at least 45 days, and no change may be announced to employees "
        "before it ends.",
    ),
    (
        "Normal",
        "Any new system that measures the work of an individual employee, such as pick "
        "rates by person, must be shown to the Works Council with its data protection impact "
        "assessment before it is switched on.",
    ),
    (
        "Normal",
        "Individual productivity figures may not be used in disciplinary proceedings during "
        "an employee's first 12 weeks.",
    ),
    ("Heading 1", "4. Carnbrae"),
    (
        "Normal",
        "At Carnbrae, where the Union of Distribution Workers is recognised, this agreement "
        "does not replace negotiation with the union; see the recognition agreement.",
    ),
]


def works_council_docx() -> bytes:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    for style, text in WORKS_COUNCIL:
        if style == "Title":
            doc.add_heading(text, level=0)
        elif style == "Heading 1":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    return ooxml_bytes(
        doc,
        DOCX_STAMP,
        author="Works Council secretariat",
        last_modified_by="Works Council secretariat",
        title="Northgate Works Council agreement (extract)",
        revision=3,
        created=datetime(2026, 5, 2, 9, 0, 0),
        modified=datetime(2028, 6, 19, 10, 4, 30),
    )


# =========================================================================== the org folder's text files

ORG_TEXT: dict[str, str] = {
    "org/governance/fulfilment-2030-steering-group-terms-of-reference.md": """
# Fulfilment 2030 Steering Group: terms of reference

Approved by the Executive Committee, 10 October 2028.

## Purpose

The Steering Group directs Fulfilment 2030, takes its gate decisions and holds the programme to
the measures agreed with the Executive Committee.

## Members

- Chief Operating Officer (sponsor and chair)
- Programme Director, Fulfilment 2030 (secretary)
- Director of Fulfilment Operations
- Head of Customer Promise
- Head of Transport and Carrier Management
- Head of Labour Planning and Workforce Management
- Head of People, Fulfilment
- Head of Engineering and Automation
- Head of Warehouse Systems
- Finance Business Partner, Operations (in attendance)

The Chair of the Northgate Works Council is invited to the part of each meeting that deals with
people matters.

## Decisions

The Chief Operating Officer, as sponsor, takes each gate decision on the Steering Group's advice
and releases each phase's budget at its gate, within the amount the Executive Committee has
approved.

The Executive Committee may approve spending up to £5m in a single request; any single request
above £5m must be approved by the Board, which meets in March, June, September and December.

No system go-live is allowed at any site between 15 October and 5 January (the peak change
freeze), except an emergency fix approved by the Chief Operating Officer.

## Meetings

Monthly, on the second Thursday. The Programme Director circulates the gate report and the risk
log five working days before each meeting.
""",
    "org/governance/udw-carnbrae-recognition-agreement-extract.md": """
# Union of Distribution Workers: recognition agreement at Carnbrae (extract)

Northgate Direct recognises the Union of Distribution Workers (UDW) for collective bargaining
for hourly paid employees at the Carnbrae fulfilment centre. About 340 of Carnbrae's 520
employees are members.

## Extract

- At Carnbrae, changes to shift patterns, pay and working practices are negotiated with the UDW and need a signed collective agreement before they take effect.
- The annual pay negotiation at Carnbrae runs from February to April, and no other change to terms is negotiated while it is open.
- Overtime at Carnbrae is offered first to permanent employees in order of seniority, and only then to agency workers.
- The UDW Convenor is given paid time to attend the Works Council as an observer.
""",
    "org/systems/fulfilment-systems-inventory.md": """
# Fulfilment systems inventory

Kept by the Head of Warehouse Systems. Last reviewed October 2028.

## Warehouse management

Atlas WMS (version 11.4) runs goods-in, storage, picking, packing and dispatch at Ellerby,
Ravensworth and Carnbrae.

Version 11.4 has no interface for sharing live pick capacity with other systems; the vendor
offers one only from version 12.

The vendor's support for version 11 ends on 30 June 2030.

At Carnbrae the handheld scanners are an older model running Android 8, which Atlas 12 will not
support, so Carnbrae needs 240 new scanners before it can upgrade.

The Halsey returns centre does not run Atlas WMS.

Returns are booked in RetLog, an Access database built in 2019, and items graded as sellable are
keyed back into Atlas by hand at the end of each shift.

RetLog keeps no photographs of returned items.

## Automation and engineering

The PodGrid at Ellerby (310,000 bins, 96 robots, 14 pick stations) is maintained by Trellis
Robotics under a service contract that runs to 31 March 2030.

Under that contract only Trellis engineers may repair a robot; our own engineers may reset a
robot but may not open it.

The grid's controller keeps fault logs for 30 days only.

FixPoint is our planned maintenance system for conveyors, sorters, dock levellers and forklifts
at all four sites.

## Labour planning

ShiftWise forecasts orders and plans shifts at Ellerby and Ravensworth only.

At Carnbrae and Halsey, shifts are planned a week ahead in spreadsheets kept by each site's
planner.

Our ShiftWise licence covers 1,400 users, and the two sites already use 1,310 of them.

Agency timesheets at Carnbrae and Halsey are kept on paper and typed into the agency's portal
every Friday.

Halsey does not record labour hours by activity; its hours are known only as a total for each
shift.

## Transport and carriers

CarrierHub prints carrier labels, books collections and receives tracking events from carriers.

Parcelway and Swiftline send scan events to CarrierHub by API within minutes; Northern Express
and Morrow Freight send one file each night, so the progress of their parcels is a day old.

CarrierHub keeps scan events for 90 days, after which they are deleted.

There is no yard management system: trailer arrivals are booked by phone and tracked on a
whiteboard in each transport office.

None of our carriers reports carbon emissions by parcel, and we do not calculate them
ourselves.

## Checkout promise

The delivery date at checkout comes from a static cut-off table kept by the Customer Promise
team and updated by hand every Monday.

The website cannot message a customer when a parcel misses its trunk, because CarrierHub events
do not reach the customer messaging service.

## Safety

SafeShift is the incident and near-miss reporting system at all four sites.

At Carnbrae, near misses are written on paper cards and typed into SafeShift by the safety
advisor at the end of each week.

## Data and reporting

Beacon, our data warehouse, is loaded each night from Atlas WMS, ShiftWise, CarrierHub,
SafeShift, PeopleHub and the finance ledger, and its morning reports go to every site manager.

Beacon has no intraday feed, so the figures a manager sees are always yesterday's.

RetLog is not loaded into Beacon, so returns turnaround is counted by hand from RetLog exports
once a month.

## Customer service and people

CaseDesk is the contact centre's case system for every customer contact.

Advisers cannot see carrier scan events in CaseDesk and check each carrier's website by hand.

PeopleHub holds every employee's record and contract, and the Fulfilment Academy records
inductions and licences to operate (forklifts, PodGrid stations) in it.
""",
    "org/measures/network-measures.md": """
# Network measures: definitions, owners and baselines

Kept by the Head of Data and Analytics. Baselines are for the twelve months to 30 September
2028. All measures are reported from Beacon unless stated.

| Measure | Definition | Owner | Baseline |
|---|---|---|---|
| Promise kept | Orders delivered (or first delivery attempted) by the date shown at checkout, as a share of orders delivered | Head of Customer Promise | 91.4% |
| Dispatch on time | Orders on a trailer that leaves before the carrier's cut-off on the due day | Director of Fulfilment Operations | 95.2% |
| Latest next-day order time | The latest checkout time at which next-day delivery is offered, by site | Head of Customer Promise | 20:00 (Carnbrae 18:00) |
| Next-day postcode coverage | Share of UK mainland postcodes offered next-day delivery | Head of Transport and Carrier Management | 91% |
| Units per labour hour | Units picked divided by all direct hours in picking, including agency hours | Director of Fulfilment Operations | 92 |
| Cost per unit shipped | Site operating cost and outbound carriage divided by units shipped, at 2028 prices | Director of Fulfilment Operations | £1.86 |
| Lost-time injury frequency rate | Lost-time injuries per 100,000 hours worked | Head of Health, Safety and Wellbeing | 1.9 |
| Returns turnaround | Returned units back in sellable stock within 48 hours of arrival at Halsey | General Manager, Halsey Returns Centre | 54% |
| Agency share at peak | Agency hours as a share of all hours in the six peak weeks | Head of Labour Planning and Workforce Management | 41% |
| Early leavers | New starters who leave within 90 days, as a share of starters | Head of People, Fulfilment | 38% |
| Where is my order contacts | Contacts about delivery status per 1,000 orders, from CaseDesk | Head of Customer Promise | 31 |

## Notes on the data

Promise kept is measured only for parcels whose carrier sends a delivery scan; Morrow Freight's
two-person deliveries are confirmed by a signed delivery note that is scanned a day later.

Agency hours come from the agency's invoices, which arrive four weeks after each month ends.

Returns turnaround is counted by hand each month from RetLog exports, and the Halsey general
manager's post is vacant, so the figure is reported by the Director of Fulfilment Operations.

Carbon per parcel is not measured.
""",
    "org/context/site-profiles.md": """
# Site profiles

Prepared by the Director of Fulfilment Operations for the Fulfilment 2030 business case,
September 2028.

## Ellerby fulfilment centre (West Yorkshire)

1,250 employees; 1.1 million square feet; opened 2016. Atlas WMS; ShiftWise since 2025; the
PodGrid goods-to-person grid since 2026, which picks 38% of the site's units.

The building is leased, and any change to the racking or to the grid's footprint needs the
landlord's written consent.

The site's electricity supply runs at 92% of its capacity, and the PodGrid extension needs a
larger supply from the network operator, quoted at 38 weeks from order.

## Ravensworth fulfilment centre (Northamptonshire)

720 employees; 640,000 square feet; opened 2019. Atlas WMS; ShiftWise since 2027. All picking
is by trolley. Ships mainly through Parcelway and Swiftline.

On two nights a week there is no first-aider on the Ravensworth floor after 01:00.

## Carnbrae fulfilment centre (Lanarkshire)

520 employees; 480,000 square feet; opened 2014. Atlas WMS. The UDW is recognised for hourly
paid employees. Serves Scotland, including the Highlands and islands, through Northern Express.

Northern Express's last collection from Carnbrae is at 23:15, and no later collection is
available for Highland postcodes.

The site Wi-Fi covers the pick floor and the offices but not the goods-in dock or the yard.

## Halsey returns centre (Staffordshire)

260 employees; 210,000 square feet; opened 2018. Receives every returned item from customers and
carriers; grades, repacks, refurbishes small electricals and sends sellable stock back to the
three fulfilment centres. The general manager's post is vacant.

Halsey has no spare bench space, so any new grading bench must replace an existing one.
""",
    "org/context/carrier-panel-summary.md": """
# Carrier panel summary

Kept by the Head of Transport and Carrier Management. October 2028.

| Carrier | Share of parcels | Service | Contract ends | Scan events |
|---|---|---|---|---|
| Parcelway | 52% | Next-day and two-day parcels, UK mainland | 31 March 2031 | API |
| Swiftline | 27% | Next-day and two-day parcels, England and Wales | 30 September 2030 | API |
| Northern Express | 14% | Scotland, Highlands and islands, far north of England | 31 December 2029 | Nightly file |
| Morrow Freight | 7% | Two-person delivery of large items | 31 March 2030 | Nightly file |

## Terms that matter for Fulfilment 2030

A new collection time or a new trunk needs 12 weeks' notice to Parcelway under our contract.

Parcelway's Rugby hub accepts trailers until 03:00, and a trailer that arrives later misses the
next-day sort.

Northern Express has told us it has no plans to offer an API before its own system upgrade,
due in late 2030.

A change to a carrier's data terms before its contract ends needs a signed variation.
""",
    "org/context/health-and-safety-review-2028.md": """
# Health and safety: annual review 2028 (summary)

Prepared by the Head of Health, Safety and Wellbeing for the Executive Committee, October 2028.

## Figures

Lost-time injury frequency rate 1.9 per 100,000 hours worked (2027: 1.7). Manual handling caused
58% of lost-time injuries, slips and trips 21%, and contact with vehicles 6%. No lost-time injury
has been recorded at a PodGrid pick station since the grid opened.

## Findings

We have no manual handling assessment for 41% of the pick faces that hold items over 15 kg.

A shift that ends after midnight needs a fatigue risk assessment before it starts.

The fire risk assessment for Ellerby must be renewed before any change to the PodGrid, and the
insurer must approve the sprinkler design for any extension of the grid.

Near-miss reports per 100,000 hours are four times lower at Carnbrae than at the other sites,
which we read as under-reporting rather than a safer site.
""",
    "org/context/email-2028-10-21-trellis-grid-extension.txt": """
From: Account Director, Trellis Robotics
To: Head of Engineering and Automation, Northgate Direct
Date: 21 October 2028
Subject: RE: Ellerby grid extension - windows and lead times

Thanks for the call on Friday. To confirm what we discussed:

Trellis can install the 40 additional robots and 140,000 bins at Ellerby in two windows only in
2030: February to April, or June to August.

The lead time for the bins is 26 weeks from a firm order.

The grid must stop for 48 hours while the new section is joined to the existing one.

Our certification course for customer engineers takes 10 days and takes up to four engineers
at a time, twice a year (March and September).

Happy to walk the site with your fire engineer once you have appointed one.

Regards,
Account Director, Trellis Robotics
""",
}


def org_files() -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = dict(ORG_TEXT)
    files["org/people/network-roles.xlsx"] = roster_xlsx()
    files["org/governance/works-council-agreement-extract.docx"] = works_council_docx()
    return files


def build(out: Path) -> None:
    write_files(out / CASE, {DECK: build_deck(), **org_files()})


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
