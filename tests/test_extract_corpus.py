"""Every file in ../shared/corpus/{decks,strategy} either extracts or raises a documented error.

Known-bad files must raise the right class; a few known-good ones must show known facts;
the CLI prints exactly one line naming the file for every bad one.
"""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

import pytest

from agent.errors import (
    CorruptFileError,
    EncryptedFileError,
    InputError,
    NoTextError,
    UnsupportedFormatError,
)
from extractors import extract, to_markdown
from schemas.deck import BlockKind, Deck

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
if not CORPUS.is_dir():
    pytest.skip(f"corpus not found at {CORPUS}", allow_module_level=True)

FILES = sorted(
    p for folder in ("decks", "strategy") for p in (CORPUS / folder).glob("*") if p.suffix != ".md"
)

EXPECTED_ERRORS: dict[str, type[InputError]] = {
    # encrypted: a user password is needed (owner-only files open, see below)
    "docling__2206.01062_pg3_password.pdf": EncryptedFileError,
    "unstructured__password.pdf": EncryptedFileError,
    "pypdf__r4-aes-user-password.pdf": EncryptedFileError,
    "pypdf__crazyones-encrypted-256.pdf": EncryptedFileError,
    "tika__testUnicodePassword.pdf": EncryptedFileError,
    "tika__testPPT_protected_passtika.pptx": EncryptedFileError,
    # legacy binary PowerPoint
    "docling__legacy_sample.ppt": UnsupportedFormatError,
    # scanned, no text layer
    "docling__ocr_test.pdf": NoTextError,
    "tika__testOCR.pdf": NoTextError,
    "markitdown__MEDRPT-2024-PAT-3847_medical_report_scan.pdf": NoTextError,
    # empty decks
    "python-pptx__no-slides.pptx": NoTextError,
    "python-pptx__shp-groupshape.pptx": NoTextError,  # shapes in a group, none with text
    # truncated / malformed
    "derived__markitdown_test_truncated60.pdf": CorruptFileError,
    "derived__powerpoint_sample_truncated50.pptx": CorruptFileError,
    "pdfjs__poppler-85140-0.pdf": CorruptFileError,
    "pdfjs__Pages-tree-refs.pdf": CorruptFileError,
    "pdfjs__PDFBOX-3148-2-fuzzed.pdf": CorruptFileError,
}
BAD = [p for p in FILES if p.name in EXPECTED_ERRORS]


@cache
def outcome(name: str) -> Deck | InputError:
    path = next(p for p in FILES if p.name == name)
    try:
        return extract(path)
    except InputError as exc:
        return exc


def deck(name: str) -> Deck:
    result = outcome(name)
    assert isinstance(result, Deck), f"{name}: {result}"
    return result


def blocks(d: Deck, kind: BlockKind | None = None) -> list[str]:
    return [b.text for u in d.units for b in u.blocks if kind is None or b.kind is kind]


def test_corpus_is_complete() -> None:
    names = {p.name for p in FILES}
    assert len(FILES) >= 60
    assert set(EXPECTED_ERRORS) <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_extracts_or_raises_a_documented_error(path: Path) -> None:
    result = outcome(path.name)  # anything but an InputError escapes and fails the test
    expected = EXPECTED_ERRORS.get(path.name)
    if expected is not None:
        assert type(result) is expected, f"{path.name}: got {result!r}"
        assert result.path == str(path)
        assert "\n" not in str(result)
        return
    assert isinstance(result, Deck), f"{path.name}: {result}"
    assert result.units and any(u.blocks for u in result.units)
    assert all(u.number == i for i, u in enumerate(result.units, start=1))
    to_markdown(result)


def test_messages_say_what_to_do() -> None:
    assert "convert to .pptx" in str(outcome("docling__legacy_sample.ppt"))
    assert "OCR it first" in str(outcome("tika__testOCR.pdf"))
    assert "password" in str(outcome("unstructured__password.pdf"))
    assert "encrypted PowerPoint" in str(outcome("tika__testPPT_protected_passtika.pptx"))
    assert "no slides" in str(outcome("python-pptx__no-slides.pptx"))


def test_owner_password_only_pdfs_open() -> None:
    assert len(deck("unstructured__copy-protected.pdf").units) == 2
    assert len(deck("tika__testPDF_protected.pdf").units) == 41
    assert deck("pypdf__r6-user-password.pdf").text().strip()


def test_strategy_decks() -> None:
    yunshu = deck("Yunshu_Heavy_Industries_AI_Transformation_Roadmap_2027-2029.pptx")
    assert len(yunshu.units) == 39
    assert yunshu.units[2].title == "Executive Summary"
    # six native tables, and the contents page's lines drawn between rules, read as one
    assert sum(b.kind is BlockKind.table for u in yunshu.units for b in u.blocks) == 7
    contents = [b.rows for b in yunshu.units[1].blocks if b.kind is BlockKind.table]
    assert contents and contents[0][0] == ["01", "External Trends", "P.03-06"]
    assert sum(b.kind is BlockKind.chart for u in yunshu.units for b in u.blocks) == 8
    twin = deck("derived__Yunshu_AI_Transformation_Roadmap.pptx.pdf")
    assert len(twin.units) == 39
    assert "Confidential · Board Proposal" not in twin.text()  # running footer removed
    assert "Confidential · Board Proposal" in yunshu.text()
    assert len(deck("YINSHAN_Brand_Launch_and_Operations_Strategy.pptx").units) == 38
    assert len(deck("derived__YINSHAN_Brand_Launch.pptx.pdf").units) == 38
    growth = deck("YuanQiJiang_2027_National_Growth_Strategy.pptx")
    assert len(blocks(growth, BlockKind.image_alt)) >= 40


def test_notes() -> None:
    assert blocks(deck("python-pptx__prs-notes.pptx"), BlockKind.notes)
    sld = deck("python-pptx__sld-notes.pptx")
    assert [bool([b for b in u.blocks if b.kind is BlockKind.notes]) for u in sld.units].count(
        True
    ) == 1
    sample = deck("docling__powerpoint_sample.pptx")
    assert sum(any(b.kind is BlockKind.notes for b in u.blocks) for u in sample.units) == 2


def test_groups_tables_charts_smartart_alt_text() -> None:
    nested = blocks(deck("unstructured__group-shapes-nested.pptx"))
    assert set("ABCDEFGHIJ") <= set(nested)
    assert len(blocks(deck("python-pptx__tbl-cell.pptx"), BlockKind.table)) == 4
    assert len(blocks(deck("python-pptx__cht-chart-type.pptx"), BlockKind.chart)) == 31
    smartart = blocks(deck("tika__testPPT_diagramData.pptx"))
    assert "President" in smartart and "Manager 1" in smartart
    assert (
        len(blocks(deck("docling__powerpoint_malformed_pictures.pptx"), BlockKind.image_alt)) == 3
    )
    test_deck = deck("markitdown__test.pptx")
    assert len(test_deck.units) == 6
    assert blocks(test_deck, BlockKind.table) and blocks(test_deck, BlockKind.chart)
    assert len(blocks(test_deck, BlockKind.image_alt)) >= 2
    assert any(b.level > 0 for u in test_deck.units for b in u.blocks)


def test_odd_pptx_files() -> None:
    assert deck("tika__testPPT.ppsx").units  # slideshow content type
    assert "\x0b" not in deck("docling__powerpoint_bad_text.pptx").text()
    assert "Q3 Revenue Summary" in deck("docling__powerpoint_unrecognized_shape.pptx").text()
    assert deck("unstructured__fake-power-point-malformed.pptx").units[0].title == "Test Slide"
    assert deck("python-pptx__missing_rels_item.pptx").units[0].title


def test_pdf_page_errors_are_isolated() -> None:
    bad_page = deck("tika__testPDF_bad_page_303226.pdf")
    assert len(bad_page.units) == 19
    assert any(w.startswith("page 2:") for w in bad_page.warnings)
    assert sum(bool(u.blocks) for u in bad_page.units) >= 15
    gaps = deck("unstructured__layout-parser-paper-with-empty-pages.pdf")
    assert [bool(u.blocks) for u in gaps.units] == [True, False, False, True]


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.name)
def test_cli_prints_one_line_for_each_bad_file(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from agent.cli import main

    monkeypatch.setattr(sys, "argv", ["groundwork", "extract", str(path)])
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code not in (0, None)
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert path.name in lines[0]
    assert "Traceback" not in captured.err + captured.out
    assert captured.out == ""


SUBPROCESS_SAMPLE = [
    "docling__legacy_sample.ppt",
    "tika__testPPT_protected_passtika.pptx",
    "derived__markitdown_test_truncated60.pdf",
    "tika__testOCR.pdf",
]


def test_cli_subprocess_one_line_errors() -> None:
    """The real console script, on a sample (each start-up costs about a second)."""
    script = Path(sys.executable).with_name("groundwork")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "agent.cli"]

    def run(name: str) -> subprocess.CompletedProcess[str]:
        path = next(p for p in FILES if p.name == name)
        return subprocess.run(
            [*command, "extract", str(path)],
            capture_output=True,
            text=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run, SUBPROCESS_SAMPLE))
    for name, result in zip(SUBPROCESS_SAMPLE, results, strict=True):
        lines = result.stderr.strip().splitlines()
        assert result.returncode != 0, name
        assert len(lines) == 1 and name in lines[0], result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "name",
    ["YINSHAN_Brand_Launch_and_Operations_Strategy.pptx", "derived__YINSHAN_Brand_Launch.pptx.pdf"],
)
def test_an_org_charts_boxes_are_units_not_work(name: str) -> None:
    from agent.planning.deck_plan import read_deck_plan

    plan = read_deck_plan(deck(name))
    where = [c.source.slide or c.source.page for c in plan.commitments]
    # The organization slide draws three units over what each looks after: no work of its own
    # (the training programme and the team formation are work on slides of their own).
    assert 26 not in where
    assert 30 in where
