"""Consistency checks of the dev16 case ``rookfield-fibre`` against its deck and org folder.

Run from the repository root:  .venv/bin/python evals/dev16/check_rookfield_fibre.py
(``--dump`` prints the deck lines the gold was read from; ``--org`` adds the org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
pointed at this folder (``evals/dev16``, split "dev16") with ``build_rookfield_fibre.py`` as the
builder. What is this case's own:

- a reader for the nested JSON HR export (``org/people/hr-export.json``: departments, each a
  ``head`` position and ``teams`` of ``positions``, every position with ``title``, ``grade``,
  ``programme_role`` and ``accountabilities``); the roster is every position in file order,
  each department's head before its teams' positions, the role its ``title`` and the tier its
  ``programme_role``;
- checks that the roster file keeps that form, and that the deck keeps the forms the case is
  about: the strategy house (slide 5) as separate autoshapes (a trapezoid roof holding the
  purpose and the vision, four pillar rectangles, a foundation bar; no group, no table), the
  roadmap (slide 11) drawn with shapes (a pentagon and chevrons holding the phase names and
  quarters, diamonds on a line with their date boxes, wave "flags" for the gates; no table),
  the KPI tiles (slide 10: eight right-arrow shapes, the labels, baselines, targets and dates
  in separate text boxes) and speaker notes on slides 3, 9, 10, 12 and 14.

Org sentences are ``_checks.org_sentences`` (the JSON export's string values among them). It
never runs the planner.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pptx import Presentation  # noqa: E402
from pptx.enum.shapes import MSO_SHAPE, MSO_SHAPE_TYPE  # noqa: E402

from evals.dev13.check_gold import normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

ROSTER = Path("people") / "hr-export.json"
POSITION_KEYS = {"title", "grade", "programme_role", "accountabilities"}


def _positions(data: dict) -> list[dict]:
    out: list[dict] = []
    for dept in data["departments"]:
        out.append(dept["head"])
        for team in dept["teams"]:
            out.extend(team["positions"])
    return out


def roster(org: Path) -> list[tuple[str, str]]:
    """(title, programme_role) of every position in the nested HR export, in file order."""
    data = json.loads((org / ROSTER).read_text(encoding="utf-8"))
    return [(p["title"].strip(), p["programme_role"].strip().lower()) for p in _positions(data)]


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    data = json.loads((org / ROSTER).read_text(encoding="utf-8"))
    if set(data) != {"exported", "source", "organisation", "departments"}:
        errors.append(f"HR export top-level keys differ: {sorted(data)}")
    for dept in data["departments"]:
        if set(dept) != {"name", "head", "teams"}:
            errors.append(f"department keys differ: {sorted(dept)}")
        for team in dept["teams"]:
            if set(team) != {"name", "positions"} or not team["positions"]:
                errors.append(f"team without positions: {team.get('name')}")
    positions = _positions(data)
    for p in positions:
        if set(p) != POSITION_KEYS:
            errors.append(f"position keys differ: {p.get('title')}: {sorted(p)}")
        if not p["accountabilities"]:
            errors.append(f"position without accountabilities: {p['title']}")
    tiers = {p["programme_role"] for p in positions}
    if tiers != {"core", "extended", "consult"}:
        errors.append(f"programme_role values differ: {sorted(tiers)}")
    if not 15 <= len(positions) <= 22:
        errors.append(f"{len(positions)} roles (15 to 22)")
    titles = [p["title"] for p in positions]
    if len(set(titles)) != len(titles):
        errors.append("a title appears twice in the HR export")
    return errors


def _auto(shape, kind) -> bool:
    return shape.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE and shape.auto_shape_type == kind


def _text(shape) -> list[str]:
    if not shape.has_text_frame:
        return []
    return [normalize(p.text) for p in shape.text_frame.paragraphs if p.text.strip()]


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    slides = list(Presentation(str(case / gold["deck"])).slides)
    if len(slides) != 17:
        errors.append(f"{len(slides)} slides, 17 expected")
    for n, slide in enumerate(slides, start=1):
        for shape in slide.shapes:
            if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
                errors.append(f"slide {n} holds a group shape")
            if shape.shape_type == MSO_SHAPE_TYPE.PLACEHOLDER:
                errors.append(f"slide {n} holds a placeholder")

    # slide 5: the strategy house
    house = list(slides[4].shapes)
    roofs = [s for s in house if _auto(s, MSO_SHAPE.TRAPEZOID)]
    if (
        len(roofs) != 1
        or not any(t.startswith("our purpose:") for t in _text(roofs[0]))
        or not any(t.startswith("vision:") for t in _text(roofs[0]))
    ):
        errors.append("slide 5: no single trapezoid roof holding the purpose and the vision")
    pillars = [s for s in house if _auto(s, MSO_SHAPE.RECTANGLE) and len(_text(s)) in (3, 4)]
    if len(pillars) != 4:
        errors.append(f"slide 5: {len(pillars)} pillar rectangles of a name and 2-3 lines")
    if not any(_auto(s, MSO_SHAPE.RECTANGLE) and _text(s)[:1] == ["foundations"] for s in house):
        errors.append("slide 5: no foundation bar")
    if any(s.has_table for s in house if hasattr(s, "has_table")):
        errors.append("slide 5 holds a table")

    # slide 10: KPI tiles from -> to
    tiles = list(slides[9].shapes)
    arrows = [s for s in tiles if _auto(s, MSO_SHAPE.RIGHT_ARROW)]
    if len(arrows) != 8 or any(_text(a) for a in arrows):
        errors.append("slide 10: not eight empty right-arrow shapes")
    dates = [s for s in tiles if any(t.startswith("by q") for t in _text(s))]
    if len(dates) != 7 or any(len(_text(s)) != 1 for s in dates):
        errors.append("slide 10: the 'by Qn yyyy' dates are not seven text boxes of their own")

    # slide 11: the roadmap drawn with shapes
    road = list(slides[10].shapes)
    if any(getattr(s, "has_table", False) and s.has_table for s in road):
        errors.append("slide 11 holds a table")
    phases = [s for s in road if _auto(s, MSO_SHAPE.CHEVRON) or _auto(s, MSO_SHAPE.PENTAGON)]
    if len(phases) != 4 or not all(
        len(_text(p)) == 2 and _text(p)[0].startswith("phase") and "q" in _text(p)[1]
        for p in phases
    ):
        errors.append("slide 11: phases are not four chevrons holding a name and quarters")
    if len([s for s in road if _auto(s, MSO_SHAPE.DIAMOND)]) != 8:
        errors.append("slide 11: not eight milestone diamonds")
    flags = [s for s in road if _auto(s, MSO_SHAPE.WAVE)]
    if [_text(f) for f in flags] != [["g1"], ["g2"], ["g3"], ["g4"]]:
        errors.append("slide 11: gates are not four wave flags G1-G4")

    # speaker notes
    with_notes = [
        n
        for n, s in enumerate(slides, start=1)
        if s.has_notes_slide and s.notes_slide.notes_text_frame.text.strip()
    ]
    if with_notes != [3, 9, 10, 12, 14]:
        errors.append(f"speaker notes on slides {with_notes}")
    return errors


CASE = Case(
    name="rookfield-fibre",
    builder="build_rookfield_fibre.py",
    roster=roster,
    extra=lambda case: roster_form(case / "org") + deck_form(case),
    folder=Path(__file__).resolve().parent,
    split="dev16",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
