"""The plan-quality evals on the rules engine, as CI runs them, and proof that they fail
when something is broken on purpose.

Select with ``pytest -m eval``; they also run in ``make test`` (no marker filter there).
The whole eval takes seconds on the rules engine; each test below runs it at most once.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from evals.metrics import CORE_METRICS, GROUNDING_METRICS
from evals.runner import CASES_DIR, EvalReport, find_cases, load_thresholds, run_evals
from schemas.plan import Vagueness
from tests.conftest import SavedPlans

pytestmark = pytest.mark.eval


@pytest.fixture(scope="module")
def baseline(saved_plans: SavedPlans) -> EvalReport:
    """Every case planned by the real planner (once per session: later tests re-score them)."""
    return run_evals(engine="rules", planner=saved_plans)


def test_every_case_is_complete() -> None:
    cases = find_cases()
    assert len(cases) >= 6
    kinds = set()
    for case in cases:
        gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
        assert (case / gold["deck"]).is_file(), case.name
        assert (case / "org").is_dir(), case.name
        assert 3 <= len(gold["visions"]) <= 6, case.name
        assert len(gold["expected_layers"]) >= 2, case.name
        assert all(("slide" in v) != ("page" in v) for v in gold["visions"]), case.name
        kinds.add(Path(gold["deck"]).suffix)
    assert kinds == {".pptx", ".pdf"}
    thresholds = load_thresholds()
    assert set(thresholds["mean"]) >= set(CORE_METRICS)
    # The deck-grounded metrics are reported against pending floors until the engine meets them.
    assert set(thresholds["mean"]) | set(thresholds["pending"]["mean"]) >= set(GROUNDING_METRICS)
    assert thresholds["tolerance"]["default"] >= 0


def test_rules_engine_meets_every_threshold(baseline: EvalReport) -> None:
    assert not baseline.skipped
    assert [c.name for c in baseline.cases] == [c.name for c in find_cases()]
    assert baseline.passed, "plan quality under threshold:\n  " + "\n  ".join(baseline.failures)


def _in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """No run budget, so plans run in this process and see the patch (agent.budget)."""
    monkeypatch.setenv("GROUNDWORK_TIME_LIMIT", "0")
    monkeypatch.setenv("GROUNDWORK_MEMORY_LIMIT", "0")


def test_an_invented_owner_fails_the_eval(
    monkeypatch: pytest.MonkeyPatch, baseline: EvalReport
) -> None:
    """Break the rules engine's owner choice: every owner becomes a role nobody has."""
    from agent.knowledge import remit as owners
    from schemas.context import Role

    def invented(roles: Any, keywords: Any, *, min_score: float = 0.15) -> Role:
        return Role(name="Chief Vibes Officer", tier="core")

    monkeypatch.setattr(owners, "best_role", invented)
    _in_process(monkeypatch)
    report = run_evals(engine="rules", vagueness=False)
    assert not report.passed
    assert report.means["owner_grounding"] < baseline.means["owner_grounding"]
    assert any(f.startswith("owner_grounding") or "planning failed" in f for f in report.failures)


def test_a_reversed_roadmap_fails_the_eval(baseline: EvalReport, saved_plans: SavedPlans) -> None:
    """The baseline's plans, each with the roadmap's phases reversed in its plan.json."""

    def reversed_roadmap(deck: Path, **kwargs: Any) -> Any:
        result = saved_plans(deck, **kwargs)
        path = Path(kwargs["out"]) / "plan.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        data["roadmap"]["phases"].reverse()
        path.write_text(json.dumps(data), encoding="utf-8")
        return result

    report = run_evals(engine="rules", planner=reversed_roadmap, vagueness=False)
    assert not report.passed
    assert report.means["roadmap_validity"] < baseline.means["roadmap_validity"]
    assert any(f.startswith("roadmap_validity") for f in report.failures)


def test_cli_exits_nonzero_naming_the_failure(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A vagueness detector that never flags anything: the CLI fails and says which metrics."""
    from agent.cli import app
    from agent.engines.rules import RulesEngine

    def never_vague(self: Any, text: str, org: Any = None) -> Vagueness:
        return Vagueness(vague=False, score=0.0)

    monkeypatch.setattr(RulesEngine, "assess_vagueness", never_vague)
    _in_process(monkeypatch)
    out = tmp_path / "report.json"
    result = CliRunner().invoke(
        app, ["eval", "--cases", str(CASES_DIR / "harbor-retail"), "--out", str(out)]
    )
    assert result.exit_code == 1, result.output
    assert "vague_accuracy" in result.output
    assert "vagueness_recall" in result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["passed"] is False
    assert report["means"]["vagueness_recall"] == 0.0
    assert [c["name"] for c in report["cases"]] == ["harbor-retail"]


def test_cli_min_score_above_one_always_fails(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, saved_plans: SavedPlans
) -> None:
    import agent
    from agent.cli import app

    monkeypatch.setattr(agent, "plan", saved_plans)  # re-scores the case's plan
    out = tmp_path / "report.json"
    result = CliRunner().invoke(
        app,
        [
            "eval",
            "--cases",
            str(CASES_DIR / "harbor-retail"),
            "--min-score",
            "1.01",
            "--json",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 1
    assert "overall" in result.output
    assert json.loads(out.read_text(encoding="utf-8"))["min_score"] == 1.01


def test_cli_llm_without_endpoint_is_not_a_pass(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A skipped eval is not a pass: a distinct exit code, the reason, an error in JUnit."""
    from agent.cli import app
    from evals.runner import EXIT_SKIPPED

    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    junit = tmp_path / "evals.xml"
    result = CliRunner().invoke(app, ["eval", "--engine", "llm", "--junit", str(junit)])
    assert result.exit_code == EXIT_SKIPPED != 0, result.output
    assert "not run" in result.output
    assert "OPENAI_BASE_URL" in result.output
    assert "<error" in junit.read_text(encoding="utf-8")
