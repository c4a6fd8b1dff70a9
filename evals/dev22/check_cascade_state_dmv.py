"""Consistency checks of the dev22 case ``cascade-state-dmv`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_cascade_state_dmv.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev22/check_cascade_state_dmv.py
    (``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the
    org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev22``, split "dev22") with
``build_cascade_state_dmv.py`` as the builder, "core" the core tier and "consult only" the
consult tier. Deck lines are dev13's: pypdf's text of each PDF page, one line per line,
normalised. Org sentences are ``_checks.org_sentences``: its JSON reader takes every string value
of the HRIS export, so the remits are org sentences too.

What is this case's own:

- the roster, read from the HRIS API response ``org/people/positions-api-export.json``: every
  entry of ``data.positions`` is a role (a vacant position, ``incumbent`` null, included: the
  post exists and has a remit); the role is its ``title``, the tier ``programRole.tier`` in
  lower case;
- checks of the roster's form: ``meta`` with page 1, pageSize 50, ``total`` equal to the number
  of positions and a fixed ``generated`` time; 16 to 20 positions with unique ids and titles;
  the tiers Core, Extended and Consult only, two positions Consult only; at least one vacancy
  (``incumbent`` null, status Vacant); every ``reportsTo`` id a position of the export (null
  for the Commissioner and the two outside bodies);
- checks of the deck's form: 18 pages of 960 x 540 pt, Creator "Microsoft PowerPoint" and a
  macOS Quartz PDFContext Producer, fonts embedded as TrueType; every page but the cover carries
  the footer and its own number; US conventions: no British spellings in the deck or the org
  folder, dates written MM/DD/YYYY and one "Sept. 30, 2029";
- checks of the deck's clock: the state fiscal year from 07/01/2028 (month 0); the roadmap's
  twelve quarter labels FY29 Q1 to FY31 Q4 in order; each phase's date line on the roadmap
  turned into months from 07/01/2028 equals the gold's phase; the KPI table's by-when dates fall
  inside the horizon; the first-100-days dates run from 07/01/2028 to day 100, 10/08/2028;
- checks of the gold's judgement calls: nothing cites the cover or the appendix; the appendix
  holds some not-visions and not-actions; the vague visions are the north star and the KPI rows
  whose target is a word ("improve", "reduce"), and no other.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.check_gold import deck_lines  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "cascade-state-dmv"
DECK = "open-road-2031-commissioner-briefing-06-12-2028.pdf"
ROSTER = Path("people") / "positions-api-export.json"
TIERS = {"core", "extended", "consult only"}
PAGES = 18
SIZE = (960.0, 540.0)
FOOTER = "cascade dmv | open road 2031 | commissioner briefing, june 12, 2028"
MONTH0 = date(2028, 7, 1)
ROADMAP, KPI_PAGE, FIRST100, APPENDIX = 11, 10, 14, 18
BRITISH = re.compile(
    r"\b(programme|organis\w*|centre|modernis\w*|colour|labour|behaviour|licence|prioritis\w*)\b"
)
DATE = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")


# =========================================================================== the roster


def _export(org: Path) -> dict:
    return json.loads((org / ROSTER).read_text(encoding="utf-8"))


def roster(org: Path) -> list[tuple[str, str]]:
    """(title, tier) of every position of the HRIS export, in the export's order."""
    if not (org / ROSTER).is_file():
        return []
    return [
        (p["title"], p["programRole"]["tier"].strip().lower())
        for p in _export(org)["data"]["positions"]
    ]


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    data = _export(org)
    meta, positions = data["meta"], data["data"]["positions"]
    if (meta.get("page"), meta.get("pageSize")) != (1, 50):
        errors.append(f"roster: meta page/pageSize are {meta.get('page')}/{meta.get('pageSize')}")
    if meta.get("total") != len(positions):
        errors.append(f"roster: meta total {meta.get('total')} but {len(positions)} positions")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", str(meta.get("generated"))):
        errors.append(f"roster: generated is {meta.get('generated')!r}")
    if not 16 <= len(positions) <= 20:
        errors.append(f"roster: {len(positions)} positions (16 to 20)")
    ids = [p["positionId"] for p in positions]
    titles = [p["title"] for p in positions]
    if len(set(ids)) != len(ids) or len(set(titles)) != len(titles):
        errors.append("roster: a position id or title appears twice")
    tiers = [p["programRole"]["tier"] for p in positions]
    if {t.lower() for t in tiers} != TIERS or tiers.count("Consult only") != 2:
        errors.append(
            f"roster: tiers are {sorted(set(tiers))}, consult only {tiers.count('Consult only')}"
        )
    for p in positions:
        if not p["programRole"].get("remit", "").strip():
            errors.append(f"roster: {p['title']} has no remit")
        boss = p.get("reportsTo")
        if boss is not None and boss["positionId"] not in ids:
            errors.append(f"roster: {p['title']} reports to an unknown position")
    vacant = [p for p in positions if p["incumbent"] is None]
    if not vacant or any(p["status"] != "Vacant" for p in vacant):
        errors.append("roster: no vacancy, or a vacancy not marked Vacant")
    return errors


# =========================================================================== the deck


def _months(d: date) -> int:
    return (d.year - MONTH0.year) * 12 + d.month - MONTH0.month


def _date(m: re.Match) -> date:
    return date(int(m.group(3)), int(m.group(1)), int(m.group(2)))


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    reader = PdfReader(str(case / DECK))
    if len(reader.pages) != PAGES:
        errors.append(f"{len(reader.pages)} pages, {PAGES} expected")
    meta = dict(reader.metadata or {})
    if meta.get("/Creator") != "Microsoft PowerPoint" or "Quartz PDFContext" not in str(
        meta.get("/Producer")
    ):
        errors.append(f"creator/producer are {meta.get('/Creator')!r}/{meta.get('/Producer')!r}")
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (w, h) != SIZE:
            errors.append(f"page {n} is {w} x {h}")
        for font in ((page.get("/Resources") or {}).get("/Font") or {}).values():
            if font.get_object().get("/Subtype") != "/TrueType":
                errors.append(f"page {n}: a font is not TrueType")
    pages = deck_lines(case / DECK)
    for n, lines in pages.items():
        if n == 1:
            if FOOTER in lines:
                errors.append("the cover carries the footer")
        elif FOOTER not in lines or str(n) not in lines:
            errors.append(f"page {n}: no footer or page number")
    text = "\n".join(x for lines in pages.values() for x in lines)
    org_text = "\n".join(org_sentences(case / "org"))
    for where, body in (("deck", text), ("org", org_text)):
        if m := BRITISH.search(body):
            errors.append(f"British spelling in the {where}: {m.group(0)!r}")
    if "sept. 30, 2029" not in text or len(DATE.findall(text)) < 30:
        errors.append("the deck's dates are not written the US way")

    road = pages[ROADMAP]
    quarters = [x for x in road if re.fullmatch(r"fy\d\d q\d", x)]
    want = [f"fy{29 + q // 4} q{q % 4 + 1}" for q in range(12)]
    if quarters != want:
        errors.append(f"roadmap quarters are {quarters}")
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    spans = []
    for line in road:
        found = list(DATE.finditer(line))
        if len(found) == 2 and re.fullmatch(r"[\d/ -]+", line):
            start, end = _date(found[0]), _date(found[1])
            spans.append((_months(start), _months(end + timedelta(days=1))))
    phases = [(p["start_month"], p["end_month"]) for p in gold["phases"]]
    if spans != phases:
        errors.append(f"roadmap phase dates give months {spans}, gold has {phases}")
    end = MONTH0.replace(year=MONTH0.year + gold["horizon_months"] // 12)
    for line in pages[KPI_PAGE]:
        for m in DATE.finditer(line):
            if not MONTH0 <= _date(m) < end:
                errors.append(f"KPI by-when outside the horizon: {line!r}")
    hundred = [_date(m) for x in pages[FIRST100] for m in DATE.finditer(x)]
    if (
        hundred[0] != MONTH0
        or hundred[-1] != MONTH0 + timedelta(days=99)
        or hundred[2:] != sorted(hundred[2:])
    ):
        errors.append(f"first-100-days dates are {hundred}")
    return errors


def gold_calls(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    pages = deck_lines(case / DECK)
    banned = {1, APPENDIX}
    cited = [(v["match"], [v["slide"], *v.get("also_slides", [])]) for v in gold["visions"]]
    cited += [(a["match"][0], [a["slide"]]) for a in gold["deck_actions"]]
    cited.append(("pilot", [gold["pilot"]["slide"], *gold["pilot"].get("also_slides", [])]))
    for label, slides in cited:
        if banned & set(slides):
            errors.append(f"{label!r} cites the cover or the appendix")
    appendix = pages[APPENDIX]
    held = [t for t in gold["not_visions"] + gold["not_actions"] if any(t in x for x in appendix)]
    if len(held) < 4:
        errors.append(f"only {len(held)} not-visions/not-actions from the appendix")
    kpi_lines = pages[KPI_PAGE]
    word_targets = set()
    for k, line in enumerate(kpi_lines):
        if line in {"improve", "reduce"}:
            word_targets.add(kpi_lines[k - 2])
    for v in gold["visions"]:
        expect = (
            v["slide"] == 4 and "north star" in pages[4][pages[4].index(v["match"]) - 1]
            if (v["match"] in pages[4])
            else False
        )
        expect = expect or (v["slide"] == KPI_PAGE and v["match"] in word_targets)
        if v["vague"] != expect:
            errors.append(f"vision {v['match']!r}: vague is {v['vague']}, the rule gives {expect}")
    return errors


def sentences(org: Path) -> list[str]:
    return org_sentences(org)


CASE = Case(
    name=NAME,
    builder="build_cascade_state_dmv.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult only"}),
    extra=lambda case: roster_form(case / "org") + deck_form(case) + gold_calls(case),
    folder=HERE,
    split="dev22",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
