"""Consistency checks of the blind21 case ``fire-rescue`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, PyYAML and lxml):

    .venv/bin/python evals/blind21/check_fire_rescue.py

(``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
``--org`` prints the roster's rows and the org sentences; ``--dump --org`` both.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind21``, split "blind21") with
``build_fire_rescue.py`` as the builder, which the shared checks run into a temporary folder and
compare byte for byte with the committed files. The deck is read with dev13's ``deck_lines`` (one
line per paragraph of every shape in XML order, groups opened). What is this case's own:

- the roster, read from ``org/people/structure.yaml``: a YAML list of posts, each a mapping with
  ``title``, ``department``, ``reports_to`` and ``duties`` (a list of sentences); the comment
  lines that head each directorate are not posts; a post whose department is "Consulted body
  (not a Service post)" is "consult", every other post "core";
- org sentences: ``_checks.org_sentences`` with two readers added: the YAML file's string values
  (titles, departments, reporting lines and every duty) and the CSV file's rows (cells joined by
  spaces, the header left out);
- ``gap_blocks`` checked with ``_checks.gap_block_errors``, the shared field list widened by it;
- checks of the roster's form: directorate headings as comments, four keys in order on every
  post, 18 to 22 posts, unique titles, every reporting line a post (or the Authority at the top,
  once), no department that is also a post, every core post's chain reaching the top, the two
  consulted bodies saying they lead no work;
- checks of the deck's form as Canva downloads a PowerPoint: the application named in app.xml,
  Canva's 1920 x 1080 page, 16 to 20 slides, one layout, no placeholder, every text in a text box
  (``txBox="1"``, "TextBox N", zero insets), drawn shapes "Freeform N" / "AutoShape N" without
  text, groups "Group N"; on every slide one title text box of 44 pt or more at the top and a
  separate eyebrow in capitals above it; the page number in a corner box on every content slide;
- checks of the labelled-part pages the case stresses: the four pillar pages (TODAY, GOAL, AIM,
  WHAT WE WILL DO, one "Lead:" line; the posts owning each line sit under that lead), the pilot
  page (title without "pilot", "We will ..." line, WHY / STEPS / WHAT GOOD LOOKS LIKE), the
  roadmap (year names, gates by date only) against the clock slide (years dated, not named) and
  the gates page (each gate's head and criteria), the first 90 days in numbered circles in two
  columns with leads in brackets, the why-now tiles of today against the executive summary's tiles
  of goals, the moments page (Today / With lines) and the definitions page;
- checks of the gold's own spread (deck-action forms, remit owners, gaps across org files of
  different kinds, false gaps, forbidden terms, vague goals).

It never runs the planner.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

import yaml
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, sentences_by_file  # noqa: E402

# gap_blocks is a field of the deck-grounded gold that dev13's field list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}

HERE = Path(__file__).resolve().parent
NAME = "fire-rescue"
ROSTER = Path("people") / "structure.yaml"
MEASURES = Path("measures") / "performance-measures.csv"
KEYS = ["title", "department", "reports_to", "duties"]
CONSULTED = "Consulted body (not a Service post)"
TOP = "Ashwold Fire Authority"
NOT_APPLICABLE = "Not applicable"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
EMU = 914400

PILLAR_SLIDES = [6, 7, 8, 9]
SUMMARY, WHY_NOW, MOMENTS, PILOT, KPI = 2, 3, 10, 11, 12
CLOCK, ROADMAP, GATES, RISKS, FIRST_90, ASKS, DEFINITIONS = 13, 14, 15, 16, 17, 19, 20
ACTION_FORMS = {
    6: "pillar",
    7: "pillar",
    8: "pillar",
    9: "pillar",
    PILOT: "pilot steps",
    GATES: "gate criteria",
    RISKS: "risk mitigations",
    FIRST_90: "first 90 days",
}
PILOT_FULL = "five on-call stations of the tarn valley group"
PLAN = "with safer ashwold: "


# =========================================================================== the roster


def posts(org: Path) -> list[dict[str, Any]]:
    path = org / ROSTER
    if not path.is_file():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [p for p in data if isinstance(p, dict)] if isinstance(data, list) else []


def roster(org: Path) -> list[tuple[str, str]]:
    return [
        (str(p["title"]).strip(), "consult" if p.get("department") == CONSULTED else "core")
        for p in posts(org)
        if p.get("title")
    ]


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def yaml_parts(path: Path) -> list[str]:
    return _strings(yaml.safe_load(path.read_text(encoding="utf-8")))


def csv_parts(path: Path) -> list[str]:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    return [" ".join(c for c in r if c) for r in rows[1:] if r]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".yaml": yaml_parts, ".csv": csv_parts})


def managers(by_title: dict[str, dict[str, Any]], title: str) -> list[str]:
    """The chain of posts above ``title``, nearest first, up to the post under the Authority."""
    chain: list[str] = []
    cur = by_title.get(title, {}).get("reports_to")
    while cur in by_title and cur not in chain and cur != title:
        chain.append(cur)
        cur = by_title[cur].get("reports_to")
    return chain


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:  # noqa: C901
    errors: list[str] = []
    text = (org / ROSTER).read_text(encoding="utf-8")
    headings = re.findall(r"^# -{3,} (.+?) -{3,}$", text, flags=re.M)
    if len(headings) < 5:
        errors.append(f"roster: {len(headings)} directorate headings as comments (five or more)")
    data = yaml.safe_load(text)
    if not isinstance(data, list):
        return errors + ["roster: the YAML is not a list of posts"]
    found = posts(org)
    if len(found) != len(data):
        errors.append("roster: an item that is not a post mapping")
    if any(list(p) != KEYS for p in found):
        errors.append(f"roster: a post whose keys are not {KEYS} in order")
    titles = [str(p["title"]) for p in found]
    if not 18 <= len(titles) <= 22:
        errors.append(f"roster: {len(titles)} posts (18 to 22)")
    if len(set(titles)) != len(titles):
        errors.append("roster: a title appears twice")
    for heading in headings:
        if heading in titles:
            errors.append(f"roster: the heading {heading!r} is also a post")
    departments = {str(p["department"]) for p in found}
    if departments & set(titles):
        errors.append(f"roster: departments that are posts: {sorted(departments & set(titles))}")
    by_title = {str(p["title"]): p for p in found}
    tops = [t for t, p in by_title.items() if p["reports_to"] == TOP]
    if len(tops) != 1:
        errors.append(f"roster: posts reporting to the Authority: {tops}")
    for t, post in by_title.items():
        duties = post["duties"]
        if not isinstance(duties, list) or not duties:
            errors.append(f"roster: {t!r} has no list of duties")
        elif any(not isinstance(d, str) or not d.endswith(".") for d in duties):
            errors.append(f"roster: a duty of {t!r} is not a sentence")
        if post["department"] == CONSULTED:
            if post["reports_to"] != NOT_APPLICABLE:
                errors.append(f"roster: the consulted body {t!r} has a manager")
            if not any("leads no service work" in d.lower() for d in duties):
                errors.append(f"roster: the consulted body {t!r} does not say it leads no work")
            continue
        if post["reports_to"] not in by_title and post["reports_to"] != TOP:
            errors.append(f"roster: {t!r} reports to {post['reports_to']!r}, not a post")
        chain = managers(by_title, t)
        if t not in tops and (not chain or chain[-1] not in tops):
            errors.append(f"roster: {t!r} does not reach the top post")
    consult = [t for t, tier in roster(org) if tier == "consult"]
    if len(consult) != 2 or sorted(consult) != sorted(gold["consult_only_roles"]):
        errors.append(f"roster: consulted bodies {consult}")
    if not any("fbu" in c.lower() for c in consult) or not any(
        "resilience forum" in c.lower() for c in consult
    ):
        errors.append("roster: the consulted bodies are not the FBU and the resilience forum")
    return errors


def measures_form(org: Path) -> list[str]:
    raw = (org / MEASURES).read_bytes()
    errors = []
    if raw.startswith(b"\xef\xbb\xbf") or raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append("measures: not UTF-8 without a byte-order mark, CRLF")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    if rows[0][:3] != ["Measure", "Definition", "Owner"] or any(len(r) != 6 for r in rows):
        errors.append("measures: header or row width")
    return errors


# =========================================================================== the deck's form


def _text(el: Any) -> list[str]:
    out = [
        normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t"))) for p in el.iter(f"{{{A}}}p")
    ]
    return [x for x in out if x]


def _raw(el: Any) -> str:
    return "".join(t.text or "" for t in el.iter(f"{{{A}}}t"))


def _pos(el: Any) -> tuple[float, float, float, float]:
    off = el.find("p:spPr/a:xfrm/a:off", NS)
    ext = el.find("p:spPr/a:xfrm/a:ext", NS)
    return (
        int(off.get("x")) / EMU,
        int(off.get("y")) / EMU,
        int(ext.get("cx")) / EMU,
        int(ext.get("cy")) / EMU,
    )


def _size(el: Any) -> int:
    return max((int(r.get("sz", "0")) for r in el.iter(f"{{{A}}}rPr")), default=0)


def package_form(z: zipfile.ZipFile) -> tuple[list[str], dict[int, Any]]:  # noqa: C901
    errors: list[str] = []
    names = z.namelist()
    app = z.read("docProps/app.xml").decode("utf-8")
    if "<Application>Canva</Application>" not in app:
        errors.append("app.xml does not name Canva")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("18288000", "10287000"):
        errors.append("slide size is not Canva's 1920 x 1080 page (18288000 x 10287000 EMU)")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 16 <= len(slides) <= 20:
        errors.append(f"{len(slides)} slides (16 to 20)")
    layouts = [n for n in names if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n)]
    if len(layouts) != 1:
        errors.append(f"{len(layouts)} slide layouts (one)")
    roots: dict[int, Any] = {}
    for k, name in enumerate(slides, start=1):
        root = etree.fromstring(z.read(name))
        roots[k] = root
        if root.findall(".//p:ph", NS):
            errors.append(f"slide {k}: a placeholder")
        for sp in root.iter(f"{{{P}}}sp"):
            nm = sp.find("p:nvSpPr/p:cNvPr", NS).get("name", "")
            is_box = sp.find("p:nvSpPr/p:cNvSpPr", NS).get("txBox") == "1"
            if _raw(sp).strip():
                if not is_box or not re.fullmatch(r"TextBox \d+", nm):
                    errors.append(f"slide {k}: text outside a text box ({nm!r})")
                bp = sp.find("p:txBody/a:bodyPr", NS)
                if any(bp.get(i) != "0" for i in ("lIns", "tIns", "rIns", "bIns")):
                    errors.append(f"slide {k}: a text box with insets ({nm!r})")
            elif is_box or not re.fullmatch(r"(Freeform|AutoShape) \d+", nm):
                errors.append(f"slide {k}: a drawn shape named {nm!r}")
        for g in root.iter(f"{{{P}}}grpSp"):
            if not re.fullmatch(r"Group \d+", g.find("p:nvGrpSpPr/p:cNvPr", NS).get("name", "")):
                errors.append(f"slide {k}: a group not named 'Group N'")
        boxes = [sp for sp in root.iter(f"{{{P}}}sp") if _raw(sp).strip()]
        big = [sp for sp in boxes if _size(sp) >= 4400]
        if k == 1:
            if len(big) != 1:
                errors.append(f"slide 1: {len(big)} title text boxes")
            continue
        titles = [sp for sp in big if _pos(sp)[1] < 2.0]
        if len(titles) != 1:
            errors.append(f"slide {k}: {len(titles)} title text boxes of 44 pt at the top")
            continue
        ty = _pos(titles[0])[1]
        brows = [sp for sp in boxes if _pos(sp)[1] < ty and _size(sp) < 4400]
        if len(brows) != 1 or _raw(brows[0]) != _raw(brows[0]).upper() or len(_text(brows[0])) > 1:
            errors.append(f"slide {k}: no single eyebrow in capitals above the title")
        corner = [
            sp for sp in boxes if _pos(sp)[0] > 17.5 and _pos(sp)[1] > 9.8 and _text(sp) == [str(k)]
        ]
        fills = [
            sp
            for sp in root.iter(f"{{{P}}}sp")
            if not _raw(sp).strip() and _pos(sp)[0] > 17.5 and _pos(sp)[1] > 9.8
        ]
        if len(corner) != 1 or len(fills) != 1:
            errors.append(f"slide {k}: the page number is not in a corner box")
    return errors, roots


def _first(lines: list[str], text: str) -> int:
    return lines.index(text) if text in lines else -1


def _labels(gold: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    return [(v, m) for v in gold["visions"] for m in [v["match"], *v.get("alternatives", [])]]


def pillar_form(  # noqa: C901
    pages: dict[int, list[str]], gold: dict[str, Any], by_title: dict[str, dict[str, Any]]
) -> list[str]:
    errors: list[str] = []
    labels = _labels(gold)
    for n, k in enumerate(PILLAR_SLIDES, start=1):
        lines = pages[k]
        if lines[0] != f"pillar {n}":
            errors.append(f"slide {k}: eyebrow {lines[0]!r}")
        at = [_first(lines, x) for x in ("today", "goal", "aim", "what we will do")]
        leads = [i for i, x in enumerate(lines) if x.startswith("lead: ")]
        if -1 in at or at != sorted(at) or len(leads) != 1 or leads[0] < at[3]:
            errors.append(f"slide {k}: the parts TODAY, GOAL, AIM, WHAT WE WILL DO, Lead")
            continue
        today, goal = lines[at[0] + 1 : at[1]], lines[at[1] + 1 : at[2]]
        aim, work = lines[at[2] + 1 : at[3]], lines[at[3] + 1 : leads[0]]
        for line in today:
            if not any(nv in line for nv in gold["not_visions"]) or not any(
                na in line for na in gold["not_actions"]
            ):
                errors.append(f"slide {k}: TODAY line {line!r} not a not-vision and not-action")
            if any(m in line for _, m in labels):
                errors.append(f"slide {k}: TODAY line {line!r} holds a vision label")
        hits = [v for v, m in labels if len(goal) == 1 and m in goal[0]]
        if len(goal) != 1 or not hits or any(v["vague"] for v in hits):
            errors.append(f"slide {k}: GOAL {goal} is not one executable vision")
        elif not all(v["slide"] == k or k in v.get("also_slides", []) for v in hits):
            errors.append(f"slide {k}: GOAL's vision does not cite slide {k}")
        aimed = [v for v in gold["visions"] if len(aim) == 1 and v["match"] in aim[0]]
        if len(aim) != 1 or len(aimed) != 1 or not aimed[0]["vague"] or aimed[0]["slide"] != k:
            errors.append(f"slide {k}: AIM {aim} is not one vague vision on this slide")
        if not 3 <= len(work) <= 5:
            errors.append(f"slide {k}: {len(work)} lines of work (3 to 5)")
        lead = lines[leads[0]][len("lead: ") :]
        post = next((t for t in by_title if t.lower() == lead), "")
        if not post.startswith("Director of "):
            errors.append(f"slide {k}: the lead {lead!r} is not a director on the roster")
        for a in gold["deck_actions"]:
            if a["slide"] == k and not any(alt in w for alt in a["match"] for w in work):
                errors.append(f"slide {k}: deck action {a['match']} is not a line of work")
        for w in work:
            entries = [e for e in gold["remit_owners"] if any(t in w for t in e["task"])]
            if not entries:
                errors.append(f"slide {k}: no remit owner for {w!r}")
            for e in entries:
                for owner in e["owners"]:
                    if post not in managers(by_title, owner) and not (
                        owner == post and len(e["owners"]) == 1
                    ):
                        errors.append(f"slide {k}: {owner!r} (for {w!r}) is not under {post!r}")
    return errors


def pilot_form(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    lines = pages[PILOT]
    if lines[0] != "05 · pilot" or "pilot" in lines[1]:
        errors.append(f"pilot: eyebrow {lines[0]!r} or a title that says pilot {lines[1]!r}")
    will = [x for x in lines if x.startswith("we will ")]
    if len(will) != 1 or PILOT_FULL not in will[0] or not re.search(r"20\d\d", will[0]):
        errors.append(f"pilot: the 'We will' line {will}")
    at = [_first(lines, x) for x in ("why tarn valley", "steps", "what good looks like")]
    if -1 in at or at != sorted(at):
        return errors + ["pilot: labels WHY TARN VALLEY, STEPS, WHAT GOOD LOOKS LIKE"]
    why, steps, good = lines[at[0] + 1 : at[1]], lines[at[1] + 1 : at[2]], lines[at[2] + 1 :]
    good = [x for x in good if not x.startswith("ashwold fire") and not x.isdigit()]
    acts = [alt for a in gold["deck_actions"] for alt in a["match"]]
    for x in why + good:
        if any(alt in x for alt in acts):
            errors.append(f"pilot: {x!r} is a deck action")
    if any(not any(na in x for na in gold["not_actions"]) for x in why):
        errors.append("pilot: a reason that is not a not-action")
    if any(not any(ov in x for ov in gold["optional_visions"]) for x in good):
        errors.append("pilot: a pass mark that is not an optional vision")
    if [s[:3] for s in steps] != [f"{i}. " for i in range(1, len(steps) + 1)] or len(steps) < 3:
        errors.append(f"pilot: numbered steps {steps}")
    if not any("gate 1" in s for s in steps):
        errors.append("pilot: no step reporting at a gate")
    full = [n for n, ls in pages.items() if any(PILOT_FULL in x for x in ls)]
    early = [n for n, ls in pages.items() if n < PILOT and any("tarn valley" in x for x in ls)]
    pilot = gold["pilot"]
    if full != [PILOT] or early or pilot["slide"] != PILOT or len(pilot["also_slides"]) < 2:
        errors.append(f"pilot: named in full on {full}, before the pilot page on {early}")
    return errors


def clock_form(
    pages: dict[int, list[str]], gold: dict[str, Any], roots: dict[int, Any]
) -> list[str]:
    errors: list[str] = []
    clock, road, gates = pages[CLOCK], pages[ROADMAP], pages[GATES]
    for n in (1, 2, 3):
        line = f"year {n} runs april {2027 + n} to march {2028 + n}"
        if line not in clock:
            errors.append(f"clock: {line!r} not on slide {CLOCK}")
        if any(f"year {n}:" in x for x in clock):
            errors.append(f"clock: year {n} named on the slide that dates it")
    named = [x for x in road if re.fullmatch(r"year \d: \w+", x)]
    if named != ["year 1: equip", "year 2: connect", "year 3: prevent"]:
        errors.append(f"roadmap: year names {named}")
    if any("april" in x for x in road):
        errors.append("roadmap: the years are dated on the roadmap")
    road_gates = [x for x in road if x.startswith("gate ")]
    want = [f"gate {n} · march {2028 + n} authority" for n in (1, 2, 3)]
    if road_gates != want:
        errors.append(f"roadmap: gates {road_gates}")
    if len(roots[ROADMAP].findall(".//a:prstGeom[@prst='diamond']", NS)) != 3:
        errors.append("roadmap: not three diamonds for the gates")
    if gates[0] != "gates" or gates[1] != "what 'ready' means":
        errors.append(f"gates page: eyebrow and title {gates[:2]}")
    heads = [i for i, x in enumerate(gates) if re.fullmatch(r"gate \d · \d+ march 20\d\d · \w+", x)]
    if len(heads) != 3:
        errors.append(f"gates page: {len(heads)} gate heads")
    else:
        for i, h in enumerate(heads):
            m = re.fullmatch(r"gate (\d) · \d+ march (20\d\d) · \w+", gates[h])
            if not m or m.groups() != (str(i + 1), str(2029 + i)):
                errors.append(f"gates page: {gates[h]!r} out of order or off the roadmap's dates")
            end = heads[i + 1] if i < 2 else len(gates)
            crit = [x for x in gates[h + 1 : end] if not x.startswith("ashwold fire")]
            crit = [x for x in crit if not x.isdigit()]
            if len(crit) < 2:
                errors.append(f"gates page: {gates[h]!r} has {len(crit)} criteria")
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if got != [("year 1: equip", 0, 12), ("year 2: connect", 12, 24), ("year 3: prevent", 24, 36)]:
        errors.append(f"clock: phases {got}")
    if gold["horizon_months"] != 36:
        errors.append("clock: three financial years from April 2028 are 36 months")
    return errors


def first_90_form(pages: dict[int, list[str]], gold: dict[str, Any], root: Any) -> list[str]:
    errors: list[str] = []
    circles = [
        sp
        for sp in root.iter(f"{{{P}}}sp")
        if sp.find("p:spPr/a:prstGeom", NS) is not None
        and sp.find("p:spPr/a:prstGeom", NS).get("prst") == "ellipse"
    ]
    numbers = [sp for sp in root.iter(f"{{{P}}}sp") if re.fullmatch(r"0\d", " ".join(_text(sp)))]
    if len(circles) != 8 or [_text(sp)[0] for sp in numbers] != [f"0{i}" for i in range(1, 9)]:
        return errors + ["first 90 days: not eight circles numbered 01 to 08"]
    for c, num in zip(circles, numbers, strict=True):
        cx, cy, cw, ch = _pos(c)
        nx, ny, nw, nh = _pos(num)
        if not (cx <= nx and nx + nw <= cx + cw + 0.01 and cy <= ny and ny + nh <= cy + ch):
            errors.append(f"first 90 days: {_text(num)[0]} is not inside its circle")
    xs = sorted({round(_pos(c)[0], 2) for c in circles})
    if len(xs) != 2 or sum(round(_pos(c)[0], 2) == xs[0] for c in circles) != 4:
        errors.append("first 90 days: the circles are not two columns of four")
    items = [x for x in pages[FIRST_90] if re.search(r" \([^()]+\)$", x)]
    if len(items) != 8:
        errors.append(f"first 90 days: {len(items)} items with a lead in brackets")
    posts = {p.lower() for p in gold["roster"]}
    short = [m.group(1) for x in items if (m := re.search(r"\(([^()]+)\)$", x))]
    if sum(s not in posts for s in short) < 2:
        errors.append("first 90 days: fewer than two bracketed leads the roster spells otherwise")
    return errors


def tiles_form(
    pages: dict[int, list[str]], gold: dict[str, Any], roots: dict[int, Any]
) -> list[str]:
    errors: list[str] = []
    labels = [m for _, m in _labels(gold)]

    def captions(k: int) -> list[str]:
        return [_text(g)[1] for g in roots[k].iter(f"{{{P}}}grpSp") if len(_text(g)) == 2]

    why = pages[WHY_NOW]
    if why[0] != "01 · why now" or "context" in why[1]:
        errors.append(f"why now: eyebrow {why[0]!r}, title {why[1]!r}")
    today = captions(WHY_NOW)
    if len(today) < 4:
        errors.append(f"why now: {len(today)} tiles")
    for c in today:
        if not re.search(r"20(1\d|2[0-7])/\d\d|\d+ \w+ 2028", c):
            errors.append(f"why now: the caption {c!r} names no past period or date")
        if any(m in c or c in m for m in labels) or not any(nv in c for nv in gold["not_visions"]):
            errors.append(f"why now: the caption {c!r} is a vision or not a not-vision")
    summary = pages[SUMMARY]
    if not summary[0].startswith("01 · ") or summary[1] != "executive summary":
        errors.append(f"summary: eyebrow {summary[0]!r}, title {summary[1]!r}")
    goals = captions(SUMMARY)
    if len(goals) < 4:
        errors.append(f"summary: {len(goals)} tiles")
    for c in goals:
        hit = [
            v
            for v, m in _labels(gold)
            if m in c and (v["slide"] == SUMMARY or SUMMARY in v.get("also_slides", []))
        ]
        if not hit:
            errors.append(f"summary: the tile {c!r} restates no vision citing slide {SUMMARY}")
    look_alikes = [x for x in why if x.startswith("in 2019") or "our neighbour" in x]
    clock_alikes = [x for x in pages[CLOCK] if "support contract runs to" in x]
    for x in look_alikes + clock_alikes:
        if not any(nv in x for nv in gold["not_visions"]) or any(m in x for m in labels):
            errors.append(f"a line that looks like a goal is not a not-vision: {x!r}")
    if len(look_alikes) != 2 or len(clock_alikes) != 1:
        errors.append("history, neighbour and constraint lines missing")
    return errors


def moments_form(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    lines = pages[MOMENTS]
    if "we plan around" not in lines[1]:
        errors.append(f"moments: title {lines[1]!r}")
    body = [x for x in lines[2:] if not x.startswith("ashwold fire") and not x.isdigit()]
    heads = body[0::3]
    if (
        len(body) % 3
        or not all(x.startswith("today: ") for x in body[1::3])
        or not all(x.startswith(PLAN) for x in body[2::3])
    ):
        return errors + ["moments: not moment / Today / With lines"]
    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"moments: {len(segs)} scenario segments (2 to 4)")
    for seg in segs:
        if not all(any(alt in h for h in heads) for alt in seg):
            errors.append(f"moments: segment {seg} is not worded as a moment")
    for x in body[1::3] + body[2::3]:
        if any(alt in x for seg in segs for alt in seg):
            errors.append(f"moments: a Today/With line holds a segment: {x!r}")
    return errors


def definitions_form(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    lines = pages[DEFINITIONS]
    errors = []
    if lines[:2] != ["appendix", "how we measure"]:
        errors.append(f"definitions: {lines[:2]}")
    defs = [x for x in lines[2:] if re.match(r"[a-z][a-z -]+: ", x)]
    if len(defs) < 4:
        errors.append(f"definitions: {len(defs)} 'Measure: what it counts' lines")
    for d in defs:
        if not any(nv in d for nv in gold["not_visions"]) or not any(
            na in d for na in gold["not_actions"]
        ):
            errors.append(f"definitions: {d!r} is not a not-vision and a not-action")
    return errors


def gold_form(case: Path, pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 5 or len({a["slide"] for a in actions if a["slide"] in PILLAR_SLIDES}) < 2:
        errors.append(f"deck actions in forms {sorted(forms)}")
    if len(gold["remit_owners"]) < 15:
        errors.append(f"{len(gold['remit_owners'])} remit owners (15 or more)")
    asks = [x for x in pages[ASKS][2:] if not x.startswith("ashwold fire") and len(x) > 3]
    for line in asks:
        if not any(t in line for e in gold["accountable"] for t in e["task"]):
            errors.append(f"an ask with no accountable entry: {line!r}")
    for line in pages[GATES]:
        if line.startswith("gate ") and not any(
            t in line for e in gold["accountable"] for t in e["task"]
        ):
            errors.append(f"a gate with no accountable entry: {line!r}")
    gaps = gold["gaps"]
    if not 6 <= len(gaps) <= 10:
        errors.append(f"{len(gaps)} gaps (6 to 10)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 3 or len({Path(f).suffix for f in files}) < 3:
        errors.append(f"gaps stated in {sorted(files)} (three files or more, three forms)")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 2 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    kpi_rows = [v for v in gold["visions"] if v["slide"] == KPI]
    if len(kpi_rows) != len(gold["kpis"]) or not any(v["vague"] for v in kpi_rows):
        errors.append("KPIs: not one vision per KPI row, or no vague row")
    if gold["domain"] != "public_service" or gold["split"] != "blind21" or gold["mismatch"]:
        errors.append("domain, split or mismatch")
    return errors


def label_form(case: Path, pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    """Gold labels are short (3 to 8 words) and never a whole sentence of the deck or the org
    folder; scenario segments, remit and accountable keywords and gap groups are keywords."""
    errors: list[str] = []
    deck_sentences = {x.rstrip(".") for ls in pages.values() for x in ls if x.endswith(".")}
    labels = [v["match"] for v in gold["visions"]]
    labels += [alt for v in gold["visions"] for alt in v.get("alternatives", [])]
    labels += gold["optional_visions"] + gold["not_visions"] + gold["not_actions"]
    labels += [alt for a in gold["deck_actions"] for alt in a["match"]]
    labels += [
        alt for e in gold["gap_blocks"] for k in ("blocks", "not_blocks") for i in e[k] for alt in i
    ]
    for label in labels:
        if not 3 <= len(label.split()) <= 8 or label in deck_sentences:
            errors.append(f"label not 3 to 8 words of a line: {label!r}")
    org_sentences = {x.rstrip(".") for x in sentences(case / "org")}
    for alt in [a for gap in gold["gaps"] for a in gap] + [
        a for e in gold["gap_blocks"] for a in e["gap"]
    ]:
        if not 3 <= len(alt.split()) <= 8 or alt in org_sentences:
            errors.append(f"gap label not 3 to 8 words of a sentence: {alt!r}")
    return errors


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    z = zipfile.ZipFile(case / gold["deck"])
    errors, roots = package_form(z)
    pages = deck_lines(case / gold["deck"])
    by_title = {str(p["title"]): p for p in posts(case / "org")}
    errors += pillar_form(pages, gold, by_title)
    errors += pilot_form(pages, gold)
    errors += clock_form(pages, gold, roots)
    errors += first_90_form(pages, gold, roots[FIRST_90])
    errors += tiles_form(pages, gold, roots)
    errors += moments_form(pages, gold)
    errors += definitions_form(pages, gold)
    errors += gold_form(case, pages, gold)
    errors += label_form(case, pages, gold)
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck_text = [x for lines in deck_lines(case / gold["deck"]).values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    org = case / "org"
    return roster_form(org, gold) + measures_form(org) + deck_form(case, gold) + blocks


CASE = Case(
    name=NAME,
    builder="build_fire_rescue.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="blind21",
)


def print_deck() -> None:
    case = HERE / NAME
    deck = next(p for p in case.iterdir() if p.suffix == ".pptx")
    print(f"##### {NAME}: {deck.name}")
    for n, lines in deck_lines(deck).items():
        print(f"=== {n}")
        for line in lines:
            print(f"  {line}")
    print(f"--- roster: {roster(case / 'org')}")


def print_org() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({ROSTER})")
    for post in posts(org):
        print(f"  {post['title']} | {post['department']} | reports to {post['reports_to']}")
        for duty in post["duties"]:
            print(f"      - {duty}")
    print("##### org sentences")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--dump" in sys.argv or "--org" in sys.argv:
        if "--dump" in sys.argv:
            print_deck()
        if "--org" in sys.argv:
            print_org()
        sys.exit(0)
    sys.exit(_checks.run(CASE))
