"""Consistency checks of the blind11 case ``wendover-childrens`` against its deck and org folder.

Run from the repository root with the project's venv (the builder needs python-pptx, Pillow
and lxml, all in it):

    .venv/bin/python evals/blind11/check_wendover_childrens.py

(``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the org
sentences.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind11``, split "blind11") with
``build_wendover_childrens.py`` as the builder. The deck lines are dev13's (a Keynote export
is plain PPTX to python-pptx: text boxes one line per paragraph, tables cell by cell, the
notes last; the chart picture has no text). What is this case's own:

- the roster, read from ``org/people/service-roles.txt`` as Excel's "Save as Unicode Text"
  writes it: UTF-16 with a byte-order mark, tab-separated, CRLF, cells quoted when they hold a
  comma or a quote (quotes doubled). The roster is every row under the header
  (Role, Service area, Programme tier, Remit), in file order; the tier is "Programme tier";
- org sentences: ``_checks.org_sentences`` reads every ``.txt`` as UTF-8, which the roster is
  not, so the other files are read by it from a copy of the folder without the roster, and
  the roster's rows (cells joined by spaces) are split and normalised the same way;
- checks of the roster's form: the BOM, UTF-16LE, CRLF on every line and no bare LF, four
  tab-separated cells a row, the header, quoted cells holding commas and one with a doubled
  quote, 16 to 20 roles in the tiers Core / Extended / Consult only with two Consult only,
  roles unique, and that a UTF-8 reading of the file fails (so the form matters);
- checks of the deck's form (Keynote's export to PowerPoint): 16:9 at 12192000 x 6858000 EMU,
  16 to 18 slides; every slide's only placeholder is its title, with text; every other
  text-bearing shape named "Text n" or "Shape n", its text frame with ``a:noAutofit``; no
  PowerPoint bullets (``a:buChar``, ``a:buAutoNum``) anywhere; typed bullets ("\u2022",
  "\u2013") opening 30 or more paragraphs, each with ``a:buNone``; exactly one picture, a PNG
  named "Image n", on a slide with no chart object, and a caption text box on that slide
  giving six or more of its figures; no native chart; two or more native tables, one with a
  Mitigation column; presenter notes on every slide; the KPI slide (the slide of the KPI
  visions) carries each KPI as the first paragraph of a label text box with a big-number text
  box (36 pt or more) directly above it, and a by-when or "to be set" line under it.

It never runs the planner.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "wendover-childrens"
ROSTER = Path("people") / "service-roles.txt"
HEAD = ["Role", "Service area", "Programme tier", "Remit"]
TIERS = {"core", "extended", "consult only"}
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"


# =========================================================================== the roster


def roster_rows(org: Path) -> list[list[str]]:
    """The rows of Excel's Unicode Text export: UTF-16 (BOM), tabs, CRLF, quoted cells."""
    text = (org / ROSTER).read_bytes().decode("utf-16")
    return [row for row in csv.reader(io.StringIO(text, newline=""), delimiter="\t") if row]


def roster(org: Path) -> list[tuple[str, str]]:
    rows = roster_rows(org)
    head = rows[0]
    role, tier = head.index("Role"), head.index("Programme tier")
    return [(r[role].strip(), r[tier].strip().lower()) for r in rows[1:] if r[role].strip()]


def sentences(org: Path) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "org"
        shutil.copytree(org, copy, ignore=lambda d, names: [n for n in names if n == ROSTER.name])
        found = _checks.org_sentences(copy)
    parts = [" ".join(row) for row in roster_rows(org)]
    pieces = [s for part in parts for s in re.split(r"(?<=[.!?])\s+", part)]
    return found + [n for n in (normalize(p) for p in pieces) if n]


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if not raw.startswith(b"\xff\xfe"):
        errors.append("roster: no UTF-16LE byte-order mark")
    text = raw[2:].decode("utf-16-le")
    if not text.endswith("\r\n") or re.search(r"(?<!\r)\n", text):
        errors.append("roster: a line does not end in CRLF")
    try:
        raw.decode("utf-8")
        errors.append("roster: the file reads as UTF-8")
    except UnicodeDecodeError:
        pass
    lines = text.split("\r\n")[:-1]
    if lines[0].split("\t") != HEAD:
        errors.append(f"roster: header {lines[0]!r}")
    rows = roster_rows(org)
    if any(len(r) != 4 for r in rows):
        errors.append(f"roster: row widths {[len(r) for r in rows]}")
    quoted = [line for line in lines if re.search(r'(^|\t)"[^\t]*,', line)]
    if len(quoted) < 8:
        errors.append(f"roster: only {len(quoted)} lines with a quoted cell holding a comma")
    if not any('""' in line for line in lines):
        errors.append("roster: no cell with a doubled quote")
    for row in rows:
        for cell in row:
            if "," in cell and f'"{cell}"' not in text.replace('""', '"'):
                errors.append(f"roster: a cell with a comma is not quoted: {cell[:40]!r}")
    found = roster(org)
    if not 16 <= len(found) <= 20:
        errors.append(f"roster: {len(found)} roles (16 to 20)")
    if {t for _, t in found} != TIERS:
        errors.append(f"roster: tiers {sorted({t for _, t in found})}")
    if sum(1 for _, t in found if t == "consult only") != 2:
        errors.append("roster: not exactly two consult-only roles")
    if len({r for r, _ in found}) != len(found):
        errors.append("roster: a role appears twice")
    return errors


# =========================================================================== the deck's form


def _paragraphs(el):
    return el.iter(f"{{{A}}}p")


def _para_text(p) -> str:
    return "".join(t.text or "" for t in p.iter(f"{{{A}}}t"))


def _max_size(shape) -> float:
    sizes = [int(r.get("sz")) / 100 for r in shape._element.iter(f"{{{A}}}rPr") if r.get("sz")]
    return max(sizes, default=0.0)


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    prs = Presentation(str(case / gold["deck"]))
    if (prs.slide_width, prs.slide_height) != (12192000, 6858000):
        errors.append(f"slide size {prs.slide_width} x {prs.slide_height}")
    slides = list(prs.slides)
    if not 16 <= len(slides) <= 18:
        errors.append(f"{len(slides)} slides (16 to 18)")
    typed = 0
    pictures = []
    tables = []
    for k, s in enumerate(slides, start=1):
        holders = list(s.placeholders)
        if (
            len(holders) != 1
            or holders[0].placeholder_format.type not in (1, 3)
            or not holders[0].text_frame.text.strip()
        ):
            errors.append(f"slide {k}: placeholders other than one title with text")
        if not (s.has_notes_slide and s.notes_slide.notes_text_frame.text.strip()):
            errors.append(f"slide {k}: no presenter notes")
        if s._element.find(f".//{{{C}}}chart") is not None:
            errors.append(f"slide {k}: a native chart")
        for sh in s.shapes:
            if sh.is_placeholder:
                continue
            if sh.shape_type == MSO_SHAPE_TYPE.PICTURE:
                pictures.append((k, sh))
                continue
            if sh.has_table:
                tables.append(sh.table)
                continue
            if not sh.has_text_frame:
                continue
            if not re.fullmatch(r"(Text|Shape) \d+", sh.name):
                errors.append(f"slide {k}: shape named {sh.name!r}")
            body = sh.text_frame._txBody.find(f"{{{A}}}bodyPr")
            if body.find(f"{{{A}}}noAutofit") is None:
                errors.append(f"slide {k}: {sh.name} has autofit on")
            for p in _paragraphs(sh._element):
                if _para_text(p).startswith(("\u2022", "\u2013")):
                    typed += 1
                    ppr = p.find(f"{{{A}}}pPr")
                    if ppr is None or ppr.find(f"{{{A}}}buNone") is None:
                        errors.append(f"slide {k}: a typed bullet without buNone")
        for tag in ("buChar", "buAutoNum"):
            if s._element.find(f".//{{{A}}}{tag}") is not None:
                errors.append(f"slide {k}: a PowerPoint bullet ({tag})")
    if typed < 30:
        errors.append(f"only {typed} paragraphs open with a typed bullet")
    if len(pictures) != 1:
        errors.append(f"{len(pictures)} pictures (1 expected)")
    else:
        k, pic = pictures[0]
        if pic.image.content_type != "image/png" or not re.fullmatch(r"Image \d+", pic.name):
            errors.append(f"the picture is {pic.image.content_type} named {pic.name!r}")
        caption = [
            sh.text_frame.text
            for sh in slides[k - 1].shapes
            if sh.has_text_frame and not sh.is_placeholder and sh.top >= pic.top + pic.height
        ]
        figures = re.findall(r"\b\d{3}\b", " ".join(caption))
        if len(figures) < 6:
            errors.append(f"the chart's caption gives {figures}")
    if len(tables) < 2 or not any(
        "Mitigation" in [c.text for c in t.rows[0].cells] for t in tables
    ):
        errors.append("fewer than two native tables, or none with a Mitigation column")

    # the KPI slide: a label box per KPI under a big-number box
    kpi_slides = {v["slide"] for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])}
    if len(kpi_slides) != 1:
        errors.append(f"KPI visions on slides {sorted(kpi_slides)} (one expected)")
        return errors
    ks = slides[kpi_slides.pop() - 1]
    boxes = [sh for sh in ks.shapes if sh.has_text_frame and not sh.is_placeholder]
    for kpi in gold["kpis"]:
        labels = [
            sh
            for sh in boxes
            if kpi in normalize(sh.text_frame.paragraphs[0].text) and sh.name.startswith("Text")
        ]
        if len(labels) != 1:
            errors.append(f"KPI {kpi!r}: {len(labels)} label boxes")
            continue
        label = labels[0]
        paras = label.text_frame.paragraphs
        if len(paras) != 2 or not re.search(r"by \w+ 20\d\d|to be set", paras[1].text):
            errors.append(f"KPI {kpi!r}: no by-when line under the label")
        above = [
            sh
            for sh in boxes
            if sh is not label
            and abs(sh.left - label.left) < 20000
            and sh.top + sh.height <= label.top + 20000
            and label.top - (sh.top + sh.height) < 300000
            and _max_size(sh) >= 36
        ]
        if len(above) != 1:
            errors.append(f"KPI {kpi!r}: no big-number box above its label")
    return errors


def extra(case: Path) -> list[str]:
    return roster_form(case / "org") + deck_form(case)


CASE = Case(
    name=NAME,
    builder="build_wendover_childrens.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="blind11",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
