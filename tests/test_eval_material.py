"""The domain and corpus eval material (evals/domain, evals/corpus) is consistent with itself.

These tests never run the planner. They check that every gold label points at text that is
really there: a vision's match string on its slide, a deck action on its slide, a stated gap
in the org folder, a remit owner on the roster; that no foreign-template term is already in
the deck or the org folder (it could not then be called foreign); and that the builder
rebuilds the committed decks and binary org files byte for byte.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from evals.metrics import normalize
from extractors import extract, extract_document

ROOT = Path(__file__).resolve().parents[1]
DOMAIN = ROOT / "evals" / "domain"
CORPUS_CASES = ROOT / "evals" / "corpus"
CORPUS = next(
    (p / "shared" / "corpus" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), None
)

DOMAIN_CASES = sorted(p.parent for p in DOMAIN.glob("*/gold.json"))
CORPUS_GOLD = sorted(p.parent for p in CORPUS_CASES.glob("*/gold.json"))
ALL_CASES = DOMAIN_CASES + CORPUS_GOLD
# Words that make a sentence a stated absence, limitation or constraint.
LIMITATION = re.compile(
    r"\b(no|not|none|only|cannot|can't|must|requires?|without|until|lost|overwritten|paper|"
    r"by hand|below|ends?|will not|verbal|need|takes|required|right to approve|once a week|has two)\b"
)


def _gold(case: Path) -> dict[str, Any]:
    return json.loads((case / "gold.json").read_text(encoding="utf-8"))


def _deck_path(case: Path) -> Path:
    gold = _gold(case)
    if "deck" in gold:
        return case / gold["deck"]
    if CORPUS is None:
        pytest.skip("../shared/corpus not found")
    return CORPUS / gold["corpus_deck"]


@cache
def _slides(deck: Path) -> dict[int, str]:
    """Normalized text of every slide/page, table cells and notes included."""
    out: dict[int, str] = {}
    for unit in extract(deck).units:
        parts = [unit.title or ""]
        for block in unit.blocks:
            parts.append(block.text)
            for row in block.rows or []:
                parts.append(" | ".join(row))
        out[unit.number] = normalize("\n".join(parts))
    return out


@cache
def _org_sentences(org: Path) -> tuple[str, ...]:
    """Normalized sentences of every org file: table rows and document blocks stay whole,
    hard-wrapped prose is unwrapped first (a newline that starts no list item, table row
    or heading continues the line)."""
    parts: list[str] = []
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        suffix = path.suffix.lower()
        if suffix in {".md", ".txt", ".yaml", ".yml"}:
            text = path.read_text(encoding="utf-8")
            parts.extend(re.sub(r"\n(?![\n\-*|#])", " ", text).split("\n"))
        elif suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as fh:
                parts.extend(" | ".join(row) for row in csv.reader(fh))
        elif suffix == ".xlsx":
            sheet = load_workbook(path, read_only=True).active
            rows = sheet.iter_rows(values_only=True)
            parts.extend(" | ".join(str(c or "") for c in row) for row in rows)
        else:
            doc = extract_document(path)
            for unit in doc.units:
                for block in unit.blocks:
                    parts.append(block.text)
                    parts.extend(" | ".join(r) for r in block.rows or [])
    pieces = [s for part in parts for s in re.split(r"(?<=[.!?])\s+", part)]
    return tuple(n for n in (normalize(p) for p in pieces) if n)


def _org_text(org: Path) -> str:
    return "\n".join(_org_sentences(org))


def _on(text: str, alternatives: list[str]) -> bool:
    return any(normalize(a) in text for a in alternatives)


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_points_at_the_deck(case: Path) -> None:
    gold = _gold(case)
    slides = _slides(_deck_path(case))
    everything = "\n".join(slides.values())
    assert gold["split"] in {"dev", "blind"}
    assert gold["horizon_months"] > 0
    for vision in gold["visions"]:
        units = [vision["slide"], *vision.get("also_slides", [])]
        assert all(u in slides for u in units), vision
        assert _on(slides[vision["slide"]], [vision["match"], *vision.get("alternatives", [])]), (
            vision
        )
    for action in gold["deck_actions"]:
        assert _on(slides[action["slide"]], action["match"]), action
    assert 10 <= len(gold["deck_actions"]) <= 25
    pilot = gold["pilot"]
    assert _on(slides[pilot["slide"]], pilot["match"]), pilot
    for kpi in gold["kpis"]:
        assert normalize(kpi) in everything, kpi
    for text in gold["optional_visions"] + gold["not_visions"]:
        assert normalize(text) in everything, text
    for phase in gold["phases"]:
        assert 0 <= phase["start_month"] < phase["end_month"] <= gold["horizon_months"], phase
        assert _on(everything, phase["match"]), phase


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_points_at_the_org_folder(case: Path) -> None:
    gold = _gold(case)
    org = _org_text(case / "org")
    deck = "\n".join(_slides(_deck_path(case)).values())
    for alternatives in gold["gaps"]:
        assert _on(org, alternatives), alternatives
    # A plan that quotes a stated limitation must not trip a false gap by doing so.
    stated = [
        line
        for line in _org_sentences(case / "org")
        if LIMITATION.search(line) and any(_on(line, alts) for alts in gold["gaps"])
    ]
    for alternatives in gold["gaps"]:
        assert any(_on(line, alternatives) for line in stated), (
            f"{alternatives} is not a stated limitation"
        )
    for false in gold["false_gaps"]:
        for alternative in false:
            assert not any(normalize(alternative) in line for line in stated), (alternative, stated)
    for term in gold["forbidden_terms"]:
        assert normalize(term) not in deck, f"{term!r} is in the deck"
        # In the mismatch case the forbidden terms are the other business's own words.
        assert gold["mismatch"] or normalize(term) not in org, f"{term!r} is in the org folder"
    for role in gold["roster"]:
        assert normalize(role) in org, role
    owners = set(gold["roster"]) | set(gold.get("deck_roles", []))
    for entry in gold["remit_owners"]:
        assert set(entry["owners"]) <= owners, entry
    for entry in gold["accountable"]:
        assert set(entry["roles"]) <= owners, entry
    for layers in gold["expected_layers"].values():
        for roles in layers.values():
            assert set(roles) <= owners, roles
    assert set(gold.get("consult_only_roles", [])) <= set(gold["roster"])
    if gold["mismatch"]:
        assert not gold["gaps"]
        assert set(gold["forbidden_roles"]) == set(gold["roster"])
    else:
        assert gold["gaps"] and gold["false_gaps"]


def test_every_domain_case_has_its_files() -> None:
    assert len(DOMAIN_CASES) == 5
    assert sum(_gold(c)["mismatch"] for c in DOMAIN_CASES) == 1
    assert {_gold(c)["domain"] for c in DOMAIN_CASES} >= {
        "operations",
        "hospitality",
        "retail",
        "public_service",
    }
    twins = 0
    for case in DOMAIN_CASES:
        gold = _gold(case)
        assert (case / gold["deck"]).is_file()
        assert len(_slides(case / gold["deck"])) >= 15
        if "twin" in gold:
            twins += 1
            assert len(PdfReader(case / gold["twin"]).pages) == len(_slides(case / gold["deck"]))
    assert twins >= 2
    assert len(CORPUS_GOLD) == 3
    for case in CORPUS_GOLD:
        gold = _gold(case)
        assert "deck" not in gold and not list(case.glob("*.pptx")), (
            "corpus decks stay in the corpus"
        )
        if CORPUS is not None:
            assert (CORPUS / gold["corpus_deck"]).is_file()
            if "twin" in gold:
                assert (CORPUS / gold["twin"]).is_file()


def test_builder_rebuilds_the_committed_files(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_domain_cases", DOMAIN / "build_domain_cases.py"
    )
    assert spec and spec.loader
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    builder.main(["--out", str(tmp_path)])
    built = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    # five decks; Brennmoor's roster and works agreement, Halden's org chart, Yunshu's org chart
    assert len(built) == 9
    for path in built:
        rel = path.relative_to(tmp_path)
        committed = (CORPUS_CASES.parent / rel) if rel.parts[0] == "corpus" else DOMAIN / rel
        assert committed.read_bytes() == path.read_bytes(), rel
