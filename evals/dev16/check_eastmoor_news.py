"""Consistency checks of the dev16 case ``eastmoor-news`` against its deck and org folder.

Run from the repository root:  .venv/bin/python evals/dev16/check_eastmoor_news.py
(``--dump`` prints the deck lines the gold was read from; ``--org`` adds the org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
run for the split "dev16" from this folder, with ``build_eastmoor_news.py`` as the builder.
What is this case's own: a reader for the Word role profiles (``org/people/role-profiles.docx``:
each role a Heading 2, followed by "Reports to: ...", "Programme involvement: Core / Extended /
Consult only", "Purpose of the role: ..." paragraphs and a "List Bullet" list of key
responsibilities; no table), and checks that the roster file keeps that form and that the
OGSM slide keeps its form (one native table Objective | Goals | Strategies | Measures whose
Objective cell is merged down the strategy rows).

It never runs the planner.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev15._checks import Case, run  # noqa: E402

INVOLVEMENT = "Programme involvement: "
FIELDS_OF_A_PROFILE = ("Reports to: ", INVOLVEMENT, "Purpose of the role: ")


def _profiles(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each Heading 2 and the (style, text) of the paragraphs under it, up to the next heading."""
    found: list[tuple[str, list[tuple[str, str]]]] = []
    for para in Document(str(path)).paragraphs:
        style = para.style.name if para.style is not None else ""
        if style == "Heading 2":
            found.append((para.text.strip(), []))
        elif style.startswith("Heading") or style == "Title":
            continue
        elif found:
            found[-1][1].append((style, para.text))
    return found


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, tier) from the role profiles: each Heading 2 and its "Programme involvement"."""
    path = org / "people" / "role-profiles.docx"
    out: list[tuple[str, str]] = []
    for name, body in _profiles(path):
        tiers = [
            t[len(INVOLVEMENT) :].strip().lower() for _, t in body if t.startswith(INVOLVEMENT)
        ]
        if tiers:
            out.append((name, tiers[0]))
    return out


def form(case: Path) -> list[str]:
    """The roster's and the OGSM slide's own forms."""
    errors: list[str] = []
    path = case / "org" / "people" / "role-profiles.docx"
    doc = Document(str(path))
    if doc.tables:
        errors.append("role profiles hold a table")
    profiles = _profiles(path)
    if not 15 <= len(profiles) <= 22:
        errors.append(f"{len(profiles)} role profiles (15 to 22)")
    for name, body in profiles:
        texts = [t for _, t in body]
        for prefix in FIELDS_OF_A_PROFILE:
            if sum(t.startswith(prefix) for t in texts) != 1:
                errors.append(f"{name}: not one {prefix!r} paragraph")
        if not any(style == "List Bullet" for style, _ in body):
            errors.append(f"{name}: no bulleted key responsibilities")
    tiers = {t for _, t in roster(case / "org")}
    if tiers != {"core", "extended", "consult only"}:
        errors.append(f"involvement values differ: {sorted(tiers)}")

    deck = next(p for p in case.iterdir() if p.suffix == ".pptx")
    slide = Presentation(str(deck)).slides[4]
    tables = [sh.table for sh in slide.shapes if sh.has_table]
    if len(tables) != 1:
        errors.append(f"OGSM slide has {len(tables)} tables")
    else:
        tab = tables[0]
        head = [c.text for c in tab.rows[0].cells]
        if head != ["Objective", "Goals", "Strategies", "Measures"]:
            errors.append(f"OGSM header differs: {head}")
        origin = tab.cell(1, 0)
        if not (origin.is_merge_origin and origin.span_height == len(tab.rows) - 1):
            errors.append("the Objective cell is not merged down the strategy rows")
        strategies = [tab.cell(r, 2).text[:2] for r in range(1, len(tab.rows))]
        if strategies != ["S1", "S2", "S3", "S4", "S5"]:
            errors.append(f"strategy rows differ: {strategies}")
    return errors


CASE = Case(
    name="eastmoor-news",
    builder="build_eastmoor_news.py",
    roster=roster,
    extra=form,
    folder=Path(__file__).resolve().parent,
    split="dev16",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
