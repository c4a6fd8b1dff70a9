"""Consistency checks of the dev15 case ``kestrel-fire-rescue``: its gold against its own deck
and org folder.

Run from the repository root:  .venv/bin/python evals/dev15/check_kestrel_fire_rescue.py
(``--dump`` prints the deck lines the gold was read from; ``--org`` adds the org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
with ``build_kestrel_fire_rescue.py`` as the builder. What is this case's own: the org chart.
Org sentences also take every paragraph of every shape of a PPTX file (the org chart), read as
deck lines are. The roster: the PPTX org chart in ``org/people/``: every rounded rectangle,
slide by slide, whose second paragraph is "(core)", "(extended)" or "(consult)"; its first
paragraph is the role.

It never runs the planner.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_AUTO_SHAPE_TYPE, MSO_SHAPE_TYPE

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.check_gold import _shape_lines  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

TIER = re.compile(r"^\((core|extended|consult)\)$")


def _shapes(shapes):
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _shapes(shape.shapes)
        else:
            yield shape


def _pptx_paragraphs(path: Path) -> list[str]:
    out: list[str] = []
    for slide in Presentation(str(path)).slides:
        out.extend(line for shape in slide.shapes for line in _shape_lines(shape))
        if slide.has_notes_slide:
            out.extend(p.text for p in slide.notes_slide.notes_text_frame.paragraphs)
    return out


def kestrel_sentences(org: Path) -> list[str]:
    return org_sentences(org, {".pptx": _pptx_paragraphs})


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, tier) from the PPTX org chart under org/people/: its rounded-rectangle boxes."""
    for path in sorted((org / "people").glob("*.pptx")):
        found: list[tuple[str, str]] = []
        for slide in Presentation(str(path)).slides:
            for shape in _shapes(slide.shapes):
                if shape.shape_type != MSO_SHAPE_TYPE.AUTO_SHAPE:
                    continue
                if shape.auto_shape_type != MSO_AUTO_SHAPE_TYPE.ROUNDED_RECTANGLE:
                    continue
                paras = [p.text.strip() for p in shape.text_frame.paragraphs]
                tier = TIER.match(paras[1]) if len(paras) >= 3 else None
                if tier:
                    found.append((paras[0], tier.group(1)))
        if found:
            return found
    return []


CASE = Case(
    name="kestrel-fire-rescue",
    builder="build_kestrel_fire_rescue.py",
    roster=roster,
    org_sentences=kestrel_sentences,
)

if __name__ == "__main__":
    sys.exit(run(CASE))
