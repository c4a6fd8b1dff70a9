"""Every deck of ../shared/corpus/decks is planned end to end, offline, or stops with a
documented error: a hostile or odd deck never ends a run in an internal error. Long (about a
minute on two cores): ``make test-long``."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.config import PlanConfig
from agent.errors import GroundworkError

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "decks"
if not CORPUS.is_dir():
    pytest.skip(f"corpus not found at {CORPUS}", allow_module_level=True)
ORG = ROOT / "examples" / "northwind-health" / "org"
DECKS = sorted(p for p in CORPUS.glob("*") if p.suffix != ".md")


@pytest.mark.long
@pytest.mark.parametrize("deck", DECKS, ids=lambda p: p.name)
def test_every_corpus_deck_is_planned_or_stops_with_a_documented_error(
    deck: Path, tmp_path: Path
) -> None:
    from agent import plan

    out = tmp_path / "out"
    try:
        result = plan(
            deck, context=ORG, out=out, config=PlanConfig(engine="rules", interactive=False)
        )
    except GroundworkError:
        assert not (out / "plan.json").exists()  # nothing half-written
        return
    assert result.status == "done" and (out / "plan.json").is_file()
