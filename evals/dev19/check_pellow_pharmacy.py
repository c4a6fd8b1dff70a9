"""Consistency checks of the dev19 case ``pellow-pharmacy`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_pellow_pharmacy.py``):

    /tmp/rl/bin/python evals/dev19/check_pellow_pharmacy.py
    (``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the
    org sentences; ``--thumbs`` prints each slide thumbnail's strings, slide by slide)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev19``) and split "dev19", with
``build_pellow_pharmacy.py`` as the builder. Deck lines are pypdf's lines of each PDF page, as
dev13 reads a PDF, so a gold "slide" is a PDF PAGE: the deck imitates PowerPoint's "Handouts,
3 slides per page" print to PDF, page 1 holding slides 1-3, page 2 slides 4-6, ... page 6 slides
16-17. Each drawn string is its own line for pypdf (a table row's cells, a tile's figure and its
caption lines, a wrapped bullet's lines one by one).

What is this case's own:

- the roster, read from the Active Directory export (``org/people/ad-export-pharmacy-
  transformation.csv``, as Windows PowerShell's ``Export-Csv`` writes it): the ``#TYPE`` line is
  skipped, the rest read with ``csv.DictReader``; a role is the ``Title`` of every row whose
  ``extensionAttribute1`` (the programme involvement) is not empty and whose ``Enabled`` is
  ``True``, in file order; its tier is the involvement. Rows with an empty involvement (people
  outside the programme) and disabled accounts (a leaver) are not roster;
- org sentences also take that export: each row as "<Title>. <Description>";
- checks of the export's form: the ``#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser``
  line, the header, every field quoted, CRLF line ends, ASCII only, LDAP DNs in
  ``DistinguishedName`` (and in ``Manager`` where set), 16 to 20 unique roles in the three
  tiers, two or three rows outside the programme, exactly one disabled account whose title an
  enabled roster row also holds;
- checks of the deck's handout form: 6 A4 portrait pages; on pages 1-5 three slide frames of
  250 x 140.625 pt, on page 6 two, stacked down the left of the page; ruled note lines (drawn,
  no text) to the right of each frame; the handout header (short title and date) above the
  frames and the footer with the page number below them; no string on the page outside the
  frames, the header and the footer; each frame's small slide number (4.5 pt) in its
  bottom-right corner, numbered 1 to 17 down the pages; a 9 pt bold title on every slide but
  the cover; no slide text above 10 pt except the cover's title (16 pt), and most of its characters
  at 4.5 to 6.5 pt on every slide but the cover; a PowerPoint Creator;
- that every vision (and every alternative on an also-slide), deck action, pilot match, KPI,
  optional vision, not-vision, not-action and phase match is a substring of ONE string drawn
  inside ONE slide frame (on its page where the gold names one), not of the header or footer;
  the deck title is on the cover's frame.

It never runs the planner.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.check_gold import normalize  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

HERE = Path(__file__).resolve().parent
BUILDER = "build_pellow_pharmacy.py"
ROSTER = Path("people") / "ad-export-pharmacy-transformation.csv"
TYPE_LINE = "#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser"
AD_HEAD = [
    "DistinguishedName",
    "Name",
    "Title",
    "Department",
    "Office",
    "Manager",
    "Description",
    "extensionAttribute1",
    "Enabled",
]
TIERS = {"core team", "extended team", "consult only"}
DN = re.compile(r"^CN=[^,]+(,OU=[^,]+)+,DC=pellow,DC=local$")

HEADER = "Time to Care"
DATE = "19/09/2028"
FOOTER = "Pellow Pharmacy | Executive Board | Commercial in confidence"
PAGES = 6
SLIDES = 17
PER_PAGE = 3
FRAME_W, FRAME_H = 250.0, 140.625
LINES_X = (330.0, 548.0)

Seg = tuple[float, float, str, str, float]  # x, y, text, font, size


# =========================================================================== the roster


def _ad_rows(org: Path) -> list[dict[str, str]]:
    text = (org / ROSTER).read_bytes().decode("ascii")
    lines = text.split("\r\n")
    body = "\r\n".join(lines[1:]) if lines[0].startswith("#TYPE") else text
    return list(csv.DictReader(io.StringIO(body, newline="")))


def roster(org: Path) -> list[tuple[str, str]]:
    """(Title, programme involvement) of every enabled account with an involvement, in order."""
    out = []
    for row in _ad_rows(org):
        involvement = row["extensionAttribute1"].strip()
        if involvement and row["Enabled"].strip() == "True":
            out.append((row["Title"].strip(), involvement.lower()))
    return out


def _csv_parts(path: Path) -> list[str]:
    rows = _ad_rows(path.parents[1])
    return [f"{r['Title'].strip()}. {r['Description'].strip()}" for r in rows]


def sentences(org: Path) -> list[str]:
    return org_sentences(org, {".csv": _csv_parts})


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        return ["ad export: not ASCII"]
    if not text.endswith("\r\n") or "\n" in text.replace("\r\n", ""):
        errors.append("ad export: line ends are not CRLF")
    lines = text.split("\r\n")[:-1]
    if lines[0] != TYPE_LINE:
        errors.append(f"ad export: first line is {lines[0]!r}")
    if lines[1] != ",".join(f'"{h}"' for h in AD_HEAD):
        errors.append(f"ad export: header is {lines[1]!r}")
    for k, line in enumerate(lines[1:], start=2):
        fields = next(csv.reader([line]))
        if len(fields) != len(AD_HEAD):
            errors.append(f"ad export line {k}: {len(fields)} fields")
            continue
        # every field quoted: rebuilding the line with every field quoted gives it back
        if ",".join('"' + f.replace('"', '""') + '"' for f in fields) != line:
            errors.append(f"ad export line {k}: not every field quoted")
    rows = _ad_rows(org)
    for r in rows:
        if not DN.match(r["DistinguishedName"]):
            errors.append(f"ad export: not an LDAP DN: {r['DistinguishedName']!r}")
        if r["Manager"] and not DN.match(r["Manager"]):
            errors.append(f"ad export: manager not an LDAP DN: {r['Manager']!r}")
        if r["Enabled"] not in ("True", "False"):
            errors.append(f"ad export: Enabled is {r['Enabled']!r}")
        if not r["DistinguishedName"].startswith(f"CN={r['Name']},"):
            errors.append(f"ad export: DN and Name differ: {r['Name']!r}")
    found = roster(org)
    titles = [t for t, _ in found]
    if not 16 <= len(titles) <= 20 or len(set(titles)) != len(titles):
        errors.append(f"ad export: {len(titles)} roles or a role twice (16 to 20 unique)")
    if {tier for _, tier in found} != TIERS:
        errors.append(f"ad export: involvement values {sorted({t for _, t in found})}")
    outside = [r for r in rows if not r["extensionAttribute1"].strip()]
    if not 2 <= len(outside) <= 3:
        errors.append(f"ad export: {len(outside)} rows outside the programme (2 or 3)")
    disabled = [r for r in rows if r["Enabled"] == "False"]
    if len(disabled) != 1:
        errors.append(f"ad export: {len(disabled)} disabled accounts (1 expected)")
    elif disabled[0]["Title"] not in titles:
        errors.append("ad export: the disabled leaver's title is not held by an enabled row")
    if any(r["Title"] in titles for r in outside):
        errors.append("ad export: a row outside the programme has a roster title")
    return errors


# =========================================================================== the deck


def _segments(page) -> list[Seg]:
    """Every non-empty string drawn on a page: its origin (text matrix times CTM), font, size."""
    segs: list[Seg] = []

    def visit(text, cm, tm, font_dict, font_size) -> None:
        text = text.strip()
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        font = str(font_dict.get("/BaseFont", "")).lstrip("/") if font_dict else ""
        segs.append((x, y, text, font, float(font_size)))

    page.extract_text(visitor_text=visit)
    return segs


def _ops(reader: PdfReader, page):
    return ContentStream(page.get_contents(), reader).operations


def _frames(reader: PdfReader, page) -> list[tuple[float, float, float, float]]:
    """The slide frames on a page, top first."""
    rects: list[tuple[float, float, float, float]] = [
        (float(operands[0]), float(operands[1]), float(operands[2]), float(operands[3]))
        for operands, op in _ops(reader, page)
        if op == b"re"
        and abs(float(operands[2]) - FRAME_W) < 0.5
        and abs(float(operands[3]) - FRAME_H) < 0.5
    ]
    return sorted(rects, key=lambda r: -r[1])


def _note_lines(reader: PdfReader, page) -> list[float]:
    """The y of every horizontal drawn line that spans the notes column."""
    out = []
    start = None
    for operands, op in _ops(reader, page):
        if op == b"m":
            start = (float(operands[0]), float(operands[1]))
        elif op == b"l" and start is not None:
            x2, y2 = float(operands[0]), float(operands[1])
            if (round(start[0]), round(x2)) == tuple(map(round, LINES_X)) and start[1] == y2:
                out.append(y2)
            start = None
    return out


def thumbnails(deck: Path) -> dict[int, list[tuple[int, list[Seg]]]]:
    """page -> [(slide number, the strings drawn inside that slide's frame)], top first."""
    reader = PdfReader(str(deck))
    out: dict[int, list[tuple[int, list[Seg]]]] = {}
    slide = 0
    for n, page in enumerate(reader.pages, start=1):
        frames = _frames(reader, page)
        segs = _segments(page)
        thumbs = []
        for fx, fy, fw, fh in frames:
            slide += 1
            inside = [s for s in segs if fx <= s[0] <= fx + fw and fy <= s[1] <= fy + fh]
            thumbs.append((slide, inside))
        out[n] = thumbs
    return out


def _thumb_lines(thumbs: dict[int, list[tuple[int, list[Seg]]]]) -> dict[int, list[list[str]]]:
    return {n: [[normalize(s[2]) for s in segs] for _, segs in t] for n, t in thumbs.items()}


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck = case / gold["deck"]
    reader = PdfReader(str(deck))
    meta: dict[str, object] = dict(reader.metadata or {})
    if "PowerPoint" not in str(meta.get("/Creator", "")):
        errors.append("the deck's Creator is not PowerPoint")
    if len(reader.pages) != PAGES:
        errors.append(f"{len(reader.pages)} pages, {PAGES} expected")
    thumbs = thumbnails(deck)
    numbers: list[int] = []
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (round(w), round(h)) != (595, 842):
            errors.append(f"page {n} is not A4 portrait: {w} x {h}")
        frames = _frames(reader, page)
        want = PER_PAGE if n < PAGES else SLIDES - PER_PAGE * (PAGES - 1)
        if len(frames) != want:
            errors.append(f"page {n}: {len(frames)} slide frames, {want} expected")
            continue
        if len({round(f[0], 2) for f in frames}) != 1 or frames[0][0] > 80:
            errors.append(f"page {n}: the frames are not stacked down the left")
        note_lines = _note_lines(reader, page)
        for fx, fy, fw, fh in frames:
            if fx + fw >= LINES_X[0]:
                errors.append(f"page {n}: a frame reaches into the notes column")
            beside = [y for y in note_lines if fy <= y <= fy + fh]
            if len(beside) < 6:
                errors.append(f"page {n}: {len(beside)} ruled note lines beside a frame")
        segs = _segments(page)
        top = max(f[1] + f[3] for f in frames)
        bottom = min(f[1] for f in frames)
        header = [s[2] for s in segs if s[1] > top]
        footer = [s[2] for s in segs if s[1] < bottom]
        if header != [HEADER, DATE]:
            errors.append(f"page {n}: header {header}")
        if footer != [FOOTER, str(n)]:
            errors.append(f"page {n}: footer {footer}")
        placed = sum(len(segs_) for _, segs_ in thumbs[n])
        if placed + len(header) + len(footer) != len(segs):
            errors.append(f"page {n}: strings outside the frames, header and footer")
        for (fx, fy, fw, _), (slide, inside) in zip(frames, thumbs[n], strict=True):
            corner = [
                s
                for s in inside
                if s[2].isdigit() and s[4] <= 5 and s[0] > fx + fw - 30 and s[1] < fy + 10
            ]
            if len(corner) != 1:
                errors.append(f"slide {slide}: no single small number in the corner")
            else:
                numbers.append(int(corner[0][2]))
            sizes = [s[4] for s in inside]
            if slide > 1 and not any(s[4] == 9 and s[3] == "Helvetica-Bold" for s in inside):
                errors.append(f"slide {slide}: no 9 pt bold title")
            if any(z > 10 for z in sizes) and slide != 1:
                errors.append(f"slide {slide}: text above 10 pt")
            if max(sizes) > 16:
                errors.append(f"slide {slide}: text above 16 pt")
            chars = sum(len(s[2]) for s in inside)
            body = sum(len(s[2]) for s in inside if 4.5 <= s[4] <= 6.5)
            if slide > 1 and body < 0.7 * chars:
                errors.append(f"slide {slide}: most of the text is not 4.5-6.5 pt")
    if numbers != list(range(1, SLIDES + 1)):
        errors.append(f"slide numbers read {numbers}")

    # every label on one string inside one slide frame (on its page where it has one)
    lines = _thumb_lines(thumbs)

    def on_page(needle: str, page: int) -> bool:
        return any(needle in s for t in lines.get(page, []) for s in t)

    def anywhere(needle: str) -> bool:
        return any(on_page(needle, p) for p in lines)

    for v in gold["visions"]:
        if not on_page(v["match"], v["slide"]):
            errors.append(f"vision not inside a frame on page {v['slide']}: {v['match']!r}")
        for p in v.get("also_slides", []):
            if not any(on_page(m, p) for m in [v["match"], *v.get("alternatives", [])]):
                errors.append(f"vision {v['match']!r} not inside a frame on page {p}")
    for a in gold["deck_actions"]:
        for m in a["match"]:
            if not on_page(m, a["slide"]):
                errors.append(f"deck action not inside a frame on page {a['slide']}: {m!r}")
    pilot = gold["pilot"]
    for p in [pilot["slide"], *pilot.get("also_slides", [])]:
        if not any(on_page(m, p) for m in pilot["match"]):
            errors.append(f"pilot not inside a frame on page {p}")
    for key in ("kpis", "optional_visions", "not_visions", "not_actions"):
        for text in gold[key]:
            if not anywhere(text):
                errors.append(f"{key} not inside a slide frame: {text!r}")
    for ph in gold["phases"]:
        if not any(anywhere(m) for m in ph["match"]):
            errors.append(f"phase not inside a slide frame: {ph['match']}")
    cover = lines[1][0]
    for title in [gold["deck_title"], *gold["deck_title_alternatives"]]:
        if not any(normalize(title) in s for s in cover):
            errors.append(f"deck title not on the cover: {title!r}")
    return errors


CASE = Case(
    name="pellow-pharmacy",
    builder=BUILDER,
    roster=roster,
    org_sentences=sentences,
    extra=lambda case: roster_form(case / "org") + deck_form(case),
    folder=HERE,
    split="dev19",
)

if __name__ == "__main__":
    if "--thumbs" in sys.argv:
        case = HERE / CASE.name
        deck = next(p for p in case.iterdir() if p.suffix == ".pdf")
        for n, thumbs in thumbnails(deck).items():
            for slide, segs in thumbs:
                print(f"=== page {n}, slide {slide}")
                for s in segs:
                    print(f"  {s[4]:>4} {s[3]:<17} {normalize(s[2])}")
        sys.exit(0)
    sys.exit(run(CASE))
