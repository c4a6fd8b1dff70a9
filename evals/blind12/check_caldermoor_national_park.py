"""Consistency checks of the blind12 case ``caldermoor-national-park`` against its deck and org
folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_caldermoor_national_park.py``), since the rebuild check runs the builder with
the interpreter that runs this file:

    /tmp/rl/bin/python evals/blind12/check_caldermoor_national_park.py
    (``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the
    org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind12``, split "blind12") with
``build_caldermoor_national_park.py`` as the builder, "core" the tier of a solid box and
"consult only" the tier of a dashed one. Deck lines are dev13's: pypdf's text of each PDF page,
one line per line, normalised (lower case, curly quotes straight, en dashes as hyphens).

What is this case's own:

- the roster, read with pypdf from the org chart ``org/people/authority-structure.pdf``: every
  run of text set in DejaVu Sans Bold at 7.5 pt is a box's role title (the chart's own title
  is bold at 13 pt, the legend and footer are regular), in drawing order; a title followed on
  its line by the oblique run " (consult only)" is tier "consult only", any other "core". The
  "(consult only)" mark is not part of the role's name;
- org sentences: ``_checks.org_sentences`` plus the chart read box by box, each box's lines
  (title, team, remit over one or two lines) joined into one part, and the other lines
  (chart title, legend, footer) one part each;
- checks of the chart's form: A4 landscape, one page; a chart title and a legend ("Solid
  border = ..." and "Dashed border = consult only") that are no roles; 17 to 20 roles, two of
  them consult only; exactly two dashed boxes drawn plus the dashed legend swatch (dash
  operators in the content stream); every role with a team line and a "Remit:" line under
  it; the roles equal to the builder's own data (``chart_roles``), and each title in the
  page's extracted text;
- checks of the deck's form: 16 pages of 720 x 540 pt, Producer "Skia/PDF ...", DejaVu fonts
  embedded as TrueType subsets; first-level bullets drawn as the glyph U+25CF and second-level
  as U+25CB at the start of extracted lines; the KPI table's header on page 10 (measure,
  baseline 2027/28, target, by when) with its rules drawn as lines; the roadmap table on page
  11 with the four financial years as column headers; a slide number as the last line of every
  page but the cover.

It never runs the planner.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.check_gold import deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "caldermoor-national-park"
DECK = "living-caldermoor-2032-authority-14-march-2028.pdf"
CHART = Path("people") / "authority-structure.pdf"
TITLE_FONT = "DejaVuSans-Bold"
TITLE_SIZE = 7.5
CONSULT_MARK = "(consult only)"
PAGES = 16
A4_LANDSCAPE = (841.89, 595.28)


# =========================================================================== the org chart


def _runs(path: Path) -> list[tuple[str, str, float]]:
    """Every text run of the chart's page as (text, base font without subset tag, size)."""
    page = PdfReader(str(path)).pages[0]
    runs: list[tuple[str, str, float]] = []

    def visit(text, cm, tm, font, size):
        if not text:
            return
        base = str((font or {}).get("/BaseFont", "")).lstrip("/").split("+")[-1]
        runs.append((text, base, float(size) * float(tm[0])))

    page.extract_text(visitor_text=visit)
    return runs


def chart_roles(path: Path) -> list[tuple[str, str]]:
    """(role, tier) of every box: its bold 7.5 pt title, consult only when marked so."""
    found: list[tuple[str, str]] = []
    runs = _runs(path)
    for k, (text, font, size) in enumerate(runs):
        if font == TITLE_FONT and abs(size - TITLE_SIZE) < 0.01 and text.strip():
            nxt = runs[k + 1][0].strip() if k + 1 < len(runs) else ""
            found.append((text.strip(), "consult only" if nxt == CONSULT_MARK else "core"))
    return found


def roster(org: Path) -> list[tuple[str, str]]:
    path = org / CHART
    return chart_roles(path) if path.is_file() else []


def _chart_parts(path: Path) -> list[str]:
    """The chart box by box: each role's lines (title, team, remit) joined into one part."""
    titles = {r for r, _ in chart_roles(path)}
    parts: list[str] = []
    current: list[str] = []
    for line in (PdfReader(str(path)).pages[0].extract_text() or "").splitlines():
        bare = line.replace(CONSULT_MARK, "").strip()
        if bare in titles:
            if current:
                parts.append(" ".join(current))
            current = [line.strip()]
        elif current and len(current) < 4:  # a box: title, team, remit over one or two lines
            current.append(line.strip())
        else:
            if current:
                parts.append(" ".join(current))
                current = []
            parts.append(line.strip())
    if current:
        parts.append(" ".join(current))
    return parts


def sentences(org: Path) -> list[str]:
    return org_sentences(org, {".pdf": _chart_parts})


def chart_form(org: Path) -> list[str]:
    errors: list[str] = []
    path = org / CHART
    reader = PdfReader(str(path))
    if len(reader.pages) != 1:
        errors.append(f"chart: {len(reader.pages)} pages")
    page = reader.pages[0]
    w, h = float(page.mediabox.width), float(page.mediabox.height)
    if abs(w - A4_LANDSCAPE[0]) > 0.5 or abs(h - A4_LANDSCAPE[1]) > 0.5:
        errors.append(f"chart: page is {w} x {h}, not A4 landscape")
    found = chart_roles(path)
    names = [r for r, _ in found]
    if not 17 <= len(names) <= 20:
        errors.append(f"chart: {len(names)} roles (17 to 20)")
    if len(set(names)) != len(names):
        errors.append("chart: a role title appears twice")
    consult = [r for r, t in found if t == "consult only"]
    if len(consult) != 2:
        errors.append(f"chart: consult-only roles are {consult}")
    text = page.extract_text() or ""
    lines = [x.strip() for x in text.splitlines()]
    for want in ("Dashed border = consult only", "Solid border = owns programme work"):
        if want not in lines:
            errors.append(f"chart: legend line missing: {want!r}")
    if not lines or not lines[0].startswith("Caldermoor National Park Authority: structure"):
        errors.append("chart: the chart title is not its first line")
    for bad in (lines[0] if lines else "", "Dashed border = consult only"):
        if bad in names:
            errors.append(f"chart: a non-role is read as a role: {bad!r}")
    for k, line in enumerate(lines):
        bare = line.replace(CONSULT_MARK, "").strip()
        if bare in names:
            if k + 2 >= len(lines) or not lines[k + 2].startswith("Remit: "):
                errors.append(f"chart: no team and remit under {bare!r}")
            if (CONSULT_MARK in line) != (bare in consult):
                errors.append(f"chart: consult mark and tier disagree for {bare!r}")
    for name in names:
        if name not in text:
            errors.append(f"chart: {name!r} not in the page's text")
    stream = page.get_contents().get_data()
    dashes = len(re.findall(rb"\[3 2\] 0 d", stream))
    if dashes != 3:  # two dashed boxes and the legend's dashed swatch
        errors.append(f"chart: {dashes} dashed rectangles drawn (3 expected)")
    # the builder's own data: same roles, same order, same consult marks
    sys.path.insert(0, str(HERE))
    import build_caldermoor_national_park as builder

    data = [(t, "consult only" if c else "core") for t, _, _, c in builder.chart_roles()]
    if data != found:
        errors.append("chart: the roles read from the PDF differ from the builder's data")
    return errors


# =========================================================================== the deck's form


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    deck = case / DECK
    reader = PdfReader(str(deck))
    if len(reader.pages) != PAGES:
        errors.append(f"{len(reader.pages)} pages, {PAGES} expected")
    producer = str((reader.metadata or {}).get("/Producer", ""))
    if not producer.startswith("Skia/PDF"):
        errors.append(f"producer is {producer!r}")
    fonts: set[str] = set()
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (w, h) != (720.0, 540.0):
            errors.append(f"page {n} is {w} x {h}, not 720 x 540")
        for font in ((page.get("/Resources") or {}).get("/Font") or {}).values():
            font = font.get_object()
            fonts.add(str(font.get("/BaseFont")).split("+")[-1])
            if font.get("/Subtype") != "/TrueType":
                errors.append(f"page {n}: font {font.get('/BaseFont')} is not TrueType")
    for want in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"):
        if want not in fonts:
            errors.append(f"font {want} not embedded: {sorted(fonts)}")
    pages = deck_lines(deck)
    first = sum(1 for lines in pages.values() for x in lines if x.startswith("\u25cf "))
    second = sum(1 for lines in pages.values() for x in lines if x.startswith("\u25cb "))
    if first < 40 or second < 10:
        errors.append(f"bullet glyphs: {first} first level, {second} second level")
    for n in range(2, PAGES + 1):
        if not pages[n] or pages[n][-1] != str(n):
            errors.append(f"page {n}: the slide number is not its last line")
    head = [normalize(x) for x in ("Measure", "Baseline", "2027/28", "Target", "By when")]
    if pages[10][1:6] != head:
        errors.append(f"page 10: the KPI table header is {pages[10][1:6]}")
    if pages[11][1:5] != ["2028/29", "2029/30", "2030/31", "2031/32"]:
        errors.append(f"page 11: the roadmap's columns are {pages[11][1:5]}")
    for n in (10, 11):
        stream = reader.pages[n - 1].get_contents().get_data()
        if len(re.findall(rb" l S|\bl\nS", stream)) < 10 and stream.count(b" l") < 10:
            errors.append(f"page {n}: the table's rules are not drawn as lines")
    return errors


CASE = Case(
    name=NAME,
    builder="build_caldermoor_national_park.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult only"}),
    extra=lambda case: chart_form(case / "org") + deck_form(case),
    folder=HERE,
    split="blind12",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
