"""The bundled example deck rebuilds and has the structure the extractors and evals rely on.

Checked with python-pptx and pypdf directly, not with groundwork code.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import re
import sys
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pypdf import PdfReader

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ORG = EXAMPLES / "northwind-health" / "org"


@functools.cache
def _load_builder():
    spec = importlib.util.spec_from_file_location("build_examples", EXAMPLES / "build_examples.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_examples"] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("northwind")
    pptx_path, pdf_path = _load_builder().build(out)
    return pptx_path, pdf_path


def _walk(shapes):
    for shape in shapes:
        yield shape
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _walk(shape.shapes)


def test_pptx_structure(built: tuple[Path, Path]) -> None:
    prs = Presentation(str(built[0]))
    slides = list(prs.slides)
    assert len(slides) >= 12

    notes = [s for s in slides if s.has_notes_slide and s.notes_slide.notes_text_frame.text.strip()]
    assert len(notes) >= 5
    assert [s for s in slides if s._element.get("show") == "0"], "no hidden slide"

    shapes = [sh for s in slides for sh in _walk(s.shapes)]
    charts = [sh.chart for sh in shapes if getattr(sh, "has_chart", False)]
    assert charts and charts[0].has_title
    assert charts[0].chart_title.text_frame.text
    assert len([s.name for s in charts[0].plots[0].series]) >= 2

    groups = [sh for s in slides for sh in s.shapes if sh.shape_type == MSO_SHAPE_TYPE.GROUP]
    assert groups and any(
        inner.has_text_frame and inner.text_frame.text.strip() for inner in groups[0].shapes
    )
    assert any(getattr(sh, "has_table", False) for sh in shapes)
    assert any(
        sh.shape_type == MSO_SHAPE_TYPE.PICTURE and sh._element.nvPicPr.cNvPr.get("descr")
        for sh in shapes
    )

    levels = {
        p.level for sh in shapes if sh.has_text_frame for p in sh.text_frame.paragraphs if p.text
    }
    assert {0, 1, 2} <= levels

    # Most titles are placeholders, and at least one slide's title is a plain text box.
    with_title = [s for s in slides if s.shapes.title is not None]
    assert len(with_title) >= len(slides) - 3
    assert [s for s in slides if s.shapes.title is None]


def test_pdf_one_page_per_visible_slide(built: tuple[Path, Path]) -> None:
    prs = Presentation(str(built[0]))
    visible = [s for s in prs.slides if s._element.get("show") != "0"]
    pages = PdfReader(str(built[1])).pages
    assert len(pages) == len(visible)

    texts = [p.extract_text() for p in pages]
    for n, text in enumerate(texts, start=1):
        assert f"Northwind Health | Confidential | page {n}" in text
    assert any(re.search(r"[a-z]-\n[a-z]", t) for t in texts), "no hyphenated line break"


def test_build_is_deterministic(built: tuple[Path, Path], tmp_path: Path) -> None:
    again = _load_builder().build(tmp_path)
    assert again[0].read_bytes() == built[0].read_bytes()
    assert again[1].read_bytes() == built[1].read_bytes()


def _pptx_parts(path: Path) -> dict[str, bytes]:
    # Compare uncompressed XML, not ZIP bytes (deflate output may differ between zlib builds).
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist() if n.endswith((".xml", ".rels"))}


def test_committed_files_are_current(built: tuple[Path, Path]) -> None:
    committed = EXAMPLES / "northwind-health"
    stale = "is stale: run make examples and commit the result"
    assert _pptx_parts(committed / "strategy.pptx") == _pptx_parts(built[0]), (
        f"strategy.pptx {stale}"
    )
    pdf_text = [p.extract_text() for p in PdfReader(str(built[1])).pages]
    committed_text = [p.extract_text() for p in PdfReader(str(committed / "strategy.pdf")).pages]
    assert committed_text == pdf_text, f"strategy.pdf {stale}"


def test_deck_roles_and_systems_exist_in_org_context() -> None:
    roles = {row["name"] for row in csv.DictReader((ORG / "roster.csv").open(encoding="utf-8"))}
    assert 14 <= len(roles) <= 18
    assert {"core", "extended"} == {
        row["tier"] for row in csv.DictReader((ORG / "roster.csv").open(encoding="utf-8"))
    }
    deck_text = " ".join(
        " ".join(text for _, text in slide.bullets) + " " + slide.notes
        for slide in _load_builder().SLIDES
    )
    for role in (
        "VP Digital Experience",
        "Director of Patient Access",
        "Director of Analytics",
        "Data Engineering Lead",
        "Chief Operating Officer",
        "Privacy Officer",
    ):
        assert role in roles and role in deck_text
    systems = (ORG / "systems.md").read_text(encoding="utf-8")
    for system in ("Epic", "MyChart", "Braze", "Segment", "Kyruus", "Amwell", "Salesforce"):
        assert system in systems and system in deck_text
