"""Consistency checks of the dev34 case ``online-retailer`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx, openpyxl, lxml):

    .venv/bin/python evals/dev34/check_online_retailer.py

(``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
``--dump --org`` adds the org sentences; ``--org`` alone prints the roster rows and the org
sentences.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev34``, split "dev34") with
``build_online_retailer.py`` as the builder, which the shared checks run into a temporary
folder and compare byte for byte. ``gap_blocks`` is added to the shared field list, as the
dev24 to dev31 checkers do, and checked with ``_checks.gap_block_errors``. What is this
case's own:

- the roster, read from ``org/people/support-centre-team-page.md``: a Markdown team page, one
  ``## team`` heading over one table Role / Team / Tier / What they own each; the tier is the
  Tier cell in lower case ("core", "extended", "consulted");
- org sentences: ``_checks.org_sentences`` with an XLSX reader added (each row's cells joined
  by spaces);
- the deck's form as Google Slides exports it (no ``docProps``, 9144000 x 5143500, Google's
  layout names with TITLE_AND_BODY used most, every shape "Google Shape;<id>;<page id>", runs
  in Google Sans, a notes page for every slide, speaker notes on four to six that are not on
  the slide, three or more pasted slides);
- the clock: a Now / Next / Later roadmap with no date on it and a Later column right of the
  rest, Now and Next dated on the clock slide alone, the go/no-go dated only in its criteria,
  the pilot's 12 weeks and the Loopwise contract kept out of the horizon, phases 0-6 and 6-18;
- the pilot named in full on one slide, then by the region alone; the scenarios on the
  planning slide and none of the "Not in this plan" groups among them;
- the gold's own spread: deck actions in five forms or more, remit owners, near-namesakes told
  apart, bracketed titles the roster spells otherwise, gaps across three files and two forms.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, namesakes_told_apart, sentences_by_file  # noqa: E402

# gap_blocks is a field of the deck-grounded gold that dev13's field list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}

HERE = Path(__file__).resolve().parent
NAME = "online-retailer"
TEAM_PAGE = Path("people") / "support-centre-team-page.md"
HEAD = ["Role", "Team", "Tier", "What they own"]
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
GOOGLE_LAYOUTS = {
    "TITLE",
    "SECTION_HEADER",
    "TITLE_AND_BODY",
    "TITLE_AND_TWO_COLUMNS",
    "TITLE_ONLY",
    "BLANK",
}
SHAPE_NAME = re.compile(r"Google Shape;(\d+);(p\d+|g[0-9a-f]{12}_0_\d+)")
MONTH = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b|\b20\d\d\b|\bq[1-4]\b|\bfy\d"
)
GRADE = {"head", "of", "and", "the", "manager", "chief", "officer", "chair", "regional"}
ACTION_FORMS = {
    6: "pillar bullets",
    7: "pillar numbered list",
    8: "pillar table",
    12: "pilot steps",
    13: "gate criteria",
    14: "quarter milestones",
    15: "risk mitigations",
    16: "first 90 days",
}
# bracketed titles on the 90-day slide and the roster posts they mean
BRACKETS = {
    "(head of insight)": "Customer Insight Manager",
    "(head of digital)": "Head of Ecommerce",
    "(head of stores)": "Head of Retail Operations",
    "(dpo)": "Data Protection Officer",
    "(training)": "Retail Training Manager",
    "(crm & loyalty)": "CRM and Loyalty Manager",
}
# the goals a practitioner calls vague by evals/vagueness/LABELLING.md: the north star (no
# measure), the "feel" goal (undefined measure), "grow the share" (no target, no date), a
# vanity count (app downloads) and the survey row with "Higher" / "To be agreed"
VAGUE = {
    "be the outdoor shop that is ready when you are",
    "something members feel, not just a card in their wallet",
    "grow the share of our sales that starts online",
    "app downloads",
    "members who say trailmark is worth having",
}
NOT_IN_PLAN = [
    "club and school group accounts",
    "hire of tents and kit",
    "deliveries outside the uk",
    "sales through amazon and ebay",
]


# =========================================================================== org folder


def roster_rows(org: Path) -> list[tuple[str, list[str]]]:
    path = org / TEAM_PAGE
    if not path.is_file():
        return []
    rows: list[tuple[str, list[str]]] = []
    team = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            team = line[3:].strip()
        elif line.startswith("|") and not line.startswith("|---"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if cells != HEAD:
                rows.append((team, cells))
    return rows


def roster(org: Path) -> list[tuple[str, str]]:
    return [(c[0], c[2].lower()) for _, c in roster_rows(org)]


def xlsx_parts(path: Path) -> list[str]:
    wb = load_workbook(path, read_only=True)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            parts.append(" ".join(str(v) for v in row if v is not None))
    wb.close()
    return parts


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".xlsx": xlsx_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / TEAM_PAGE).read_text(encoding="utf-8")
    heads = re.findall(r"^## (.+)$", raw, re.M)
    tables = re.findall(r"^\| Role \| Team \| Tier \| What they own \|$", raw, re.M)
    if len(heads) < 5 or len(tables) != len(heads):
        errors.append(f"team page: {len(heads)} teams, {len(tables)} tables")
    rows = roster_rows(org)
    if not 16 <= len(rows) <= 22 or any(len(c) != 4 or not all(c) for _, c in rows):
        errors.append(f"team page: {len(rows)} rows, or a row without four cells")
    tiers = {t for _, t in roster(org)}
    if tiers != {"core", "extended", "consulted"}:
        errors.append(f"team page: tiers {tiers}")
    consulted = [r for r, t in roster(org) if t == "consulted"]
    if sorted(consulted) != sorted(gold["consult_only_roles"]):
        errors.append(f"team page: consulted rows {consulted}")
    return errors


# =========================================================================== deck form


def _paras(el: Any) -> list[str]:
    out = [
        normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t"))) for p in el.iter(f"{{{A}}}p")
    ]
    return [x for x in out if x]


def _title(root: Any) -> str:
    for sp in root.iter(f"{{{P}}}sp"):
        ph = sp.find("p:nvSpPr/p:nvPr/p:ph", NS)
        if ph is not None and ph.get("type") in {"title", "ctrTitle"}:
            return " ".join(_paras(sp))
    for sp in root.iter(f"{{{P}}}sp"):
        if any(r.get("sz") == "2200" for r in sp.iter(f"{{{A}}}rPr")):
            return " ".join(_paras(sp))
    return ""


def deck_form(case: Path, gold: dict[str, Any]) -> tuple[list[str], dict[int, Any], dict[int, str]]:
    errors: list[str] = []
    z = zipfile.ZipFile(case / gold["deck"])
    infos = z.infolist()
    names = [i.filename for i in infos]
    if any(n.startswith("docProps/") for n in names):
        errors.append("package: docProps present (Google exports none)")
    if names != sorted(names) or {i.date_time for i in infos} != {(1980, 1, 1, 0, 0, 0)}:
        errors.append("package: entries not sorted or not at one fixed time")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("9144000", "5143500"):
        errors.append("slide size is not Google's 16:9")
    if b'name="Simple Light"' not in z.read("ppt/theme/theme1.xml"):
        errors.append("theme is not called Simple Light")
    layouts = {}
    for n in names:
        if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n):
            layouts[n.rsplit("/", 1)[1]] = (
                etree.fromstring(z.read(n)).find("p:cSld", NS).get("name")
            )
    if not set(layouts.values()) <= GOOGLE_LAYOUTS:
        errors.append(f"layouts not named as Google names them: {sorted(layouts.values())}")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 16 <= len(slides) <= 20:
        errors.append(f"{len(slides)} slides (16 to 20)")
    pages = deck_lines(case / gold["deck"])
    roots: dict[int, Any] = {}
    titles: dict[int, str] = {}
    used: dict[str, int] = {}
    page_ids: list[str] = []
    with_notes = 0
    fonts: set[str] = set()
    for k, name in enumerate(slides, start=1):
        root = etree.fromstring(z.read(name))
        roots[k], titles[k] = root, _title(root)
        fonts |= {el.get("typeface") for el in root.iter(f"{{{A}}}latin")}
        rels = z.read(name.replace("slides/", "slides/_rels/") + ".rels").decode("utf-8")
        lay = re.search(r'Target="\.\./slideLayouts/(slideLayout\d+\.xml)"', rels)
        lname = layouts.get(lay.group(1), "") if lay else ""
        used[lname] = used.get(lname, 0) + 1
        ids = set()
        for el in root.iterfind(".//p:spTree/*/*/p:cNvPr", NS):
            m = SHAPE_NAME.fullmatch(el.get("name", ""))
            if not m or m.group(1) != el.get("id"):
                errors.append(f"slide {k}: shape named {el.get('name')!r}")
            else:
                ids.add(m.group(2))
        if len(ids) != 1:
            errors.append(f"slide {k}: page ids {sorted(ids)}")
        else:
            page_ids.append(ids.pop())
        note = re.search(r'Target="\.\./notesSlides/(notesSlide\d+\.xml)"', rels)
        if not note:
            errors.append(f"slide {k}: no notes page")
            continue
        nroot = etree.fromstring(z.read("ppt/notesSlides/" + note.group(1)))
        said = [
            x
            for sp in nroot.iter(f"{{{P}}}sp")
            if (ph := sp.find("p:nvSpPr/p:nvPr/p:ph", NS)) is not None and ph.get("type") == "body"
            for x in _paras(sp)
        ]
        if said:
            with_notes += 1
            on_slide = pages[k][: len(pages[k]) - len(said)]
            for s in said:
                if any(s in x or (len(x) > 24 and x in s) for x in on_slide):
                    errors.append(f"slide {k}: a note is also on the slide: {s!r}")
    if fonts != {"Google Sans"}:
        errors.append(f"fonts {fonts}")
    if sum(p.startswith("g") for p in page_ids) < 3 or len(set(page_ids)) != len(page_ids):
        errors.append(f"page ids {page_ids}")
    if used.get("TITLE_AND_BODY", 0) < 10 or used.get("BLANK", 0) < 3:
        errors.append(f"slides per layout {used}")
    if not 4 <= with_notes <= 6:
        errors.append(f"speaker notes on {with_notes} slides (4 to 6)")
    return errors, roots, titles


def _x(sp: Any) -> tuple[int, int]:
    off = sp.find("p:spPr/a:xfrm/a:off", NS)
    ext = sp.find("p:spPr/a:xfrm/a:ext", NS)
    return int(off.get("x")), int(off.get("x")) + int(ext.get("cx"))


def clock_form(
    pages: dict[int, list[str]], roots: dict[int, Any], titles: dict[int, str], gold: dict[str, Any]
) -> list[str]:
    errors: list[str] = []
    road = [n for n, t in titles.items() if t == "roadmap: now, next, later"]
    if len(road) != 1:
        return ["clock: no roadmap slide"]
    rn = road[0]
    shapes = [(sp, _paras(sp)) for sp in roots[rn].iter(f"{{{P}}}sp")]
    cols = {t[0]: sp for sp, t in shapes if t and t[0] in {"now", "next", "later"}}
    if set(cols) != {"now", "next", "later"}:
        return [f"clock: roadmap columns {sorted(cols)}"]
    if not _x(cols["now"])[1] <= _x(cols["next"])[0] < _x(cols["next"])[1] <= _x(cols["later"])[0]:
        errors.append("clock: Now, Next and Later are not left to right")
    diagram = [x for sp, t in shapes for x in t]
    if [x for x in diagram if MONTH.search(x)]:
        errors.append("clock: a date on the roadmap (its dates belong to the clock slide)")
    bars = [
        (sp, t) for sp, t in shapes if sp.find("p:spPr/a:prstGeom", NS).get("prst") == "roundRect"
    ]
    inside = [(sp, t) for sp, t in bars if _x(sp)[0] < _x(cols["later"])[0]]
    spans = sorted(_x(sp) for sp, _ in inside)
    crossing = [t for sp, t in inside if _x(sp)[0] < _x(cols["next"])[0] < _x(sp)[1]]
    overlapping = any(a[1] > b[0] for a, b in zip(spans, spans[1:], strict=False))
    if len(inside) < 6 or not crossing or not overlapping:
        errors.append("clock: workstream bars do not overlap or cross from Now into Next")
    dated = {
        n
        for n, lines in pages.items()
        for x in lines
        if re.match(r"(now|next) \(", x) and MONTH.search(x)
    }
    if len(dated) != 1 or rn in dated:
        errors.append(f"clock: Now and Next dated on slides {sorted(dated)}")
    every = [x for lines in pages.values() for x in lines]
    for said in [
        "this plan covers six quarters, fy2028/29 q1 to fy2029/30 q2: 1 february 2028 to "
        "31 july 2029.",
        "q1 is february to april",
        "later is whatever comes after july 2029",
    ]:
        if not any(said in x for x in every):
            errors.append(f"clock: {said!r} not in the deck")
    gate = [n for n, t in titles.items() if t.startswith("go/no-go")]
    if len(gate) != 1 or MONTH.search(titles[gate[0]]):
        errors.append("clock: no undated go/no-go slide")
    else:
        dated_lines = [x for x in pages[gate[0]] if MONTH.search(x)]
        if len(dated_lines) != 1 or "25 july 2028" not in dated_lines[0]:
            errors.append(f"clock: the gate is not dated in one criterion only: {dated_lines}")
    if gold["horizon_months"] != 18:
        errors.append("clock: six quarters are 18 months")
    got = [(p["match"][0], p["start_month"], p["end_month"]) for p in gold["phases"]]
    if got != [("prove it in one region", 0, 6), ("take it to all 40 stores", 6, 18)]:
        errors.append(f"clock: phases {got}")
    if not any("for 12 weeks from tuesday 2 may 2028" in x for x in every):
        errors.append("clock: the pilot's own length is not stated")
    if not any("runs to 31 january 2031, beyond this plan" in x for x in every):
        errors.append("clock: no contract that runs past the horizon")
    return errors


def gold_form(
    case: Path, pages: dict[int, list[str]], titles: dict[int, str], gold: dict[str, Any]
) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    full = [
        n for n, ls in pages.items() if any("the ten stores of our wyndale region" in x for x in ls)
    ]
    if full != [pilot["slide"]]:
        errors.append(f"pilot: named in full on slides {full}")
    early = [n for n, ls in pages.items() if n < pilot["slide"] and any("wyndale" in x for x in ls)]
    if early or len(pilot["also_slides"]) < 3:
        errors.append(f"pilot: Wyndale before the pilot slide {early}, or too few later slides")
    who = [n for n, t in titles.items() if t == "who we are planning for first"]
    segs = gold["scenario_segments"]
    if len(who) != 1 or len(segs) != 3:
        errors.append(f"scenarios: {len(segs)} segments, planning slide {who}")
    else:
        for seg in segs:
            if not any(alt in x for alt in seg for x in pages[who[0]]):
                errors.append(f"scenarios: {seg} not on slide {who[0]}")
            if any(alt in out or out in alt for alt in seg for out in NOT_IN_PLAN):
                errors.append(f"scenarios: {seg} is a group the plan leaves out")
        for out in NOT_IN_PLAN:
            if not any(out in x for x in pages[who[0]]):
                errors.append(f"scenarios: {out!r} not in the 'not in this plan' list")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 6:
        errors.append(f"deck actions in {len(forms)} forms")
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    pairs = namesakes_told_apart(gold["roster"], gold, GRADE)
    if len(pairs) < 2:
        errors.append(f"near-namesakes told apart by remit: {pairs}")
    lines = [x for ls in pages.values() for x in ls]
    for bracket, post in BRACKETS.items():
        hit = [x for x in lines if bracket in x]
        if len(hit) != 1 or post not in gold["roster"]:
            errors.append(f"bracket {bracket!r}: {len(hit)} lines")
            continue
        if not any(any(t in hit[0] for t in e["task"]) and post in e["owners"] for e in owners):
            errors.append(f"bracket {bracket!r}: no remit entry owned by {post}")
    if not any(
        "(head of digital" in x.lower() or "was head of digital" in x.lower()
        for x in sentences(case / "org")
    ):
        errors.append("the roster does not say who the Head of Digital is now")
    gaps = gold["gaps"]
    if not 8 <= len(gaps) <= 12:
        errors.append(f"{len(gaps)} gaps (8 to 12)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 4 or len({Path(f).suffix for f in files}) < 3:
        errors.append(f"gaps stated in {sorted(files)} (four files or more, three forms)")
    if len(gold["false_gaps"]) < 3:
        errors.append("fewer than three false-gap groups")
    vague = [v for v in gold["visions"] if v["vague"]]
    if {v["match"] for v in vague} != VAGUE:
        errors.append(f"vague visions {sorted(v['match'] for v in vague)}")
    if len(vague) < 3 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    for v in gold["visions"]:
        if v["match"] in NOT_IN_PLAN:
            errors.append(f"vision from the not-in-plan list: {v['match']!r}")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    pages = deck_lines(case / gold["deck"])
    deck_text = [x for lines in pages.values() for x in lines]
    errors = roster_form(case / "org", gold)
    form, roots, titles = deck_form(case, gold)
    errors += form
    errors += clock_form(pages, roots, titles, gold)
    errors += gold_form(case, pages, titles, gold)
    errors += _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return errors


CASE = Case(
    name=NAME,
    builder="build_online_retailer.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consulted"}),
    extra=extra,
    folder=HERE,
    split="dev34",
)


def print_org() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({TEAM_PAGE})")
    for team, cells in roster_rows(org):
        print(f"  [{team}] " + " | ".join(cells))
    print("##### org sentences")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        print_org()
        sys.exit(0)
    sys.exit(_checks.run(CASE))
