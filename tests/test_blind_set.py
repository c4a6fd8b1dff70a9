"""The blind eval set (evals/blind) is complete and well-formed, checked without reading it
aloud: failures name the case and the field, never a gold string, so that keeping this test
green never requires anyone developing the planner to read the blind decks or gold. The
planner is never run here (see evals/blind/README.md for the rule)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

BLIND = Path(__file__).resolve().parent.parent / "evals" / "blind"
CASES = sorted(p.parent for p in BLIND.glob("*/gold.json"))

FIELDS: dict[str, type | tuple[type, ...]] = {
    "deck": str,
    "split": str,
    "domain": str,
    "organization": str,
    "deck_title": str,
    "mismatch": bool,
    "horizon_months": int,
    "visions": list,
    "optional_visions": list,
    "not_visions": list,
    "scenario_segments": list,
    "roster": list,
    "deck_actions": list,
    "remit_owners": list,
    "accountable": list,
    "gaps": list,
    "acceptable_gaps": list,
    "false_gaps": list,
    "forbidden_terms": list,
    "expected_layers": dict,
    "needs_sponsor_gap": bool,
    "phases": list,
    "pilot": dict,
    "kpis": list,
}


def test_four_cases_one_of_them_a_mismatch() -> None:
    assert len(CASES) == 4
    golds = [json.loads((c / "gold.json").read_text(encoding="utf-8")) for c in CASES]
    assert sum(g["mismatch"] for g in golds) == 1
    assert len({g["domain"] for g in golds}) == 4


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_gold_is_complete(case: Path) -> None:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    missing = sorted(set(FIELDS) - set(gold))
    assert not missing, f"{case.name}: missing fields {missing}"
    wrong = sorted(k for k, t in FIELDS.items() if not isinstance(gold[k], t))
    assert not wrong, f"{case.name}: wrong types for {wrong}"
    assert gold["split"] == "blind", case.name
    assert (case / gold["deck"]).is_file(), f"{case.name}: deck file missing"
    assert any(p.is_file() for p in (case / "org").rglob("*")), f"{case.name}: empty org"
    assert 10 <= len(gold["deck_actions"]) <= 25, case.name
    unit = "page" if gold["deck"].endswith(".pdf") else "slide"
    for key in ("visions", "deck_actions"):
        assert all(isinstance(v.get(unit), int) for v in gold[key]), f"{case.name}: {key} {unit}"
    assert isinstance(gold["pilot"].get(unit), int), f"{case.name}: pilot {unit}"
    for phase in gold["phases"]:
        assert 0 <= phase["start_month"] < phase["end_month"] <= gold["horizon_months"], case.name
    roster = set(gold["roster"])
    owners = [o for r in gold["remit_owners"] for o in r["owners"]]
    owners += [o for r in gold["accountable"] for o in r["roles"]]
    owners += [o for lay in gold["expected_layers"].values() for rs in lay.values() for o in rs]
    off_roster = sum(o not in roster for o in owners)
    assert off_roster == 0, f"{case.name}: {off_roster} owner(s) not on the roster"
    if gold["mismatch"]:
        assert not gold["gaps"] and not gold["remit_owners"], case.name
