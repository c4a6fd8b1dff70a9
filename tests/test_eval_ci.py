"""`groundwork eval` in CI (issue 18): JUnit that a CI server's schema accepts, a Markdown
summary, a baseline that fails on a drop past tolerance even above the floor, the cost of
model runs, several case folders with blind and in-sample figures apart, corpus decks
skipped with their reason, and PDF/PPTX parity measured on a real deck and its export.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from typer.testing import CliRunner

from evals import ci
from evals.runner import (
    CASES_DIR,
    EXIT_SKIPPED,
    VAGUENESS_METRICS,
    CaseResult,
    EvalReport,
    evaluate,
    find_cases,
    load_thresholds,
    measure_parity,
    run_evals,
)
from tests.conftest import SavedPlans
from tests.openai_server import OpenAIServer

pytestmark = pytest.mark.eval

ROOT = Path(__file__).resolve().parents[1]
# Jenkins xUnit plugin's JUnit schema (see tests/data/README.md for its source).
JUNIT_XSD = Path(__file__).parent / "data" / "junit-10.xsd"
HARBOR = CASES_DIR / "harbor-retail"
EXAMPLE = ROOT / "examples" / "northwind-health"


def assert_valid_junit(text: str) -> etree._Element:
    schema = etree.XMLSchema(etree.parse(str(JUNIT_XSD)))
    doc = etree.fromstring(text.encode("utf-8"))
    assert schema.validate(doc), schema.error_log
    return doc


THRESHOLDS: dict[str, Any] = {
    "mean": {"vision_recall": 0.8, "owner_grounding": 1.0},
    "per_case": {"vision_recall": 0.6},
    "overall": 0.5,
    "pending": {"mean": {"citation_support": 0.9}, "per_case": {"deck_action_coverage": 0.6}},
    "tolerance": {"default": 0.02, "vision_recall": 0.05},
}


def synthetic_report(**overrides: float) -> EvalReport:
    good = {"vision_recall": 1.0, "owner_grounding": 1.0, "citation_support": 0.5}
    cases = [
        CaseResult("alpha", "a.pptx", metrics={**good, **overrides}, seconds=1.25),
        CaseResult("beta", "b.pdf", metrics={**good, "vision_recall": 0.5}, split="blind"),
        CaseResult("gamma", "c.pptx", error="ValueError: bad \x0b byte | <tag>", split="blind"),
        CaseResult("delta", "corpus.pptx", skipped="its deck is in the shared corpus, absent"),
    ]
    cases[2].metrics = {"vision_recall": 0.0, "owner_grounding": 0.0}
    report = EvalReport(engine="rules", cases=cases, thresholds=THRESHOLDS)
    evaluate(report)
    return report


def test_junit_has_a_testcase_per_case_and_threshold_and_validates() -> None:
    report = synthetic_report()
    ci.apply_baseline(report, {"means": {"vision_recall": 0.9, "owner_grounding": 1.0}})
    doc = assert_valid_junit(ci.to_junit(report))
    cases = {(c.get("classname"), c.get("name")): c for c in doc.iter("testcase")}
    names = {name for _, name in cases}
    assert {"alpha", "beta", "gamma", "delta"} <= names
    assert cases[("groundwork.eval.blind", "beta")].find("failure").get("message") == (
        "vision_recall 0.500 < 0.6"
    )
    assert cases[("groundwork.eval.blind", "gamma")].find("error") is not None
    assert "\x0b" not in ci.to_junit(report)  # control characters from deck text are dropped
    assert cases[("groundwork.eval.dev", "delta")].find("skipped") is not None
    mean = cases[("groundwork.eval.thresholds.mean", "mean vision_recall >= 0.8")]
    assert mean.find("failure") is not None  # (1.0 + 0.5 + 0.0) / 3 < 0.8
    pending = cases[("groundwork.eval.thresholds.mean", "mean citation_support >= 0.9")]
    assert "pending, not enforced" in pending.find("skipped").get("message")
    assert any(name.startswith("baseline vision_recall") for name in names)
    suites = {s.get("name"): s for s in doc.iter("testsuite")}
    assert suites["groundwork.eval.rules.dev"].get("tests") == "2"
    assert suites["groundwork.eval.rules.blind"].get("failures") == "1"
    assert suites["groundwork.eval.rules.blind"].get("errors") == "1"


def test_a_run_that_did_not_happen_is_an_error_in_junit_and_markdown() -> None:
    report = EvalReport(engine="llm", skipped="the llm engine needs an endpoint")
    assert not report.passed and report.exit_code == EXIT_SKIPPED
    doc = assert_valid_junit(ci.to_junit(report))
    assert doc.find(".//error").get("message").startswith("not run:")
    assert "NOT RUN" in ci.to_markdown(report)


def test_markdown_summary_has_metric_threshold_value_delta() -> None:
    report = synthetic_report()
    ci.apply_baseline(report, {"means": {"vision_recall": 0.9, "owner_grounding": 1.0}})
    text = ci.to_markdown(report)
    assert "| metric | threshold | value | dev | blind | delta | status |" in text
    row = next(line for line in text.splitlines() if line.startswith("| `vision_recall`"))
    assert row.split(" | ")[1:] == ["0.8", "0.500", "1.000", "0.250", "-0.400", "regressed |"]
    assert "| `citation_support` | 0.9 (pending) |" in text
    assert "bad ? byte \\| &lt;tag&gt;" in text  # deck text cannot break the table or render
    assert "**FAIL**" in text


def test_baseline_fails_on_a_drop_past_tolerance_even_above_the_floor() -> None:
    report = synthetic_report()
    # Means now: vision_recall 0.5, owner_grounding 0.667 (the failed case scores 0).
    before = {"vision_recall": 0.54, "owner_grounding": 0.68, "citation_support": 0.51}
    ci.apply_baseline(report, {"means": before, "overall": 0.4})
    assert report.regressions == []  # 0.54 -> 0.50 is within vision_recall's 0.05
    ci.apply_baseline(report, {"means": {**before, "citation_support": 0.6}})
    assert report.regressions == ["citation_support: 0.600 -> 0.500 (-0.100; tolerance 0.02)"]
    assert not report.passed
    # Lower is better: a rise of the foreign-template rate is the regression.
    report.means["foreign_template_rate"] = 0.3
    ci.apply_baseline(report, {"means": {"foreign_template_rate": 0.1}})
    assert [r.split(":")[0] for r in report.regressions] == ["foreign_template_rate"]


def test_baseline_must_be_a_report_with_means(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot read baseline"):
        ci.load_report(tmp_path / "missing.json")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="not JSON"):
        ci.load_report(tmp_path / "bad.json")
    (tmp_path / "skipped.json").write_text('{"skipped": "x", "means": {}}', encoding="utf-8")
    with pytest.raises(ValueError, match="no metric means"):
        ci.load_report(tmp_path / "skipped.json")


def _false_vision_planner(real_plan: Any, deck: Path, **kwargs: Any) -> Any:
    """The real planner, then one statistic planned as a goal (with every layer explained,
    so only vision precision notices)."""
    result = real_plan(deck, **kwargs)
    path = Path(kwargs["out"]) / "plan.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    first = data["visions"][0]
    data["visions"].append(
        {**first, "id": "V99", "text": "Revenue grew 4% in FY2026", "original_text": None}
    )
    for layer in ("experience", "process_people", "tech_data", "governance_measurement"):
        data["layer_notes"][f"V99:{layer}"] = "a statistic, nothing to plan"
    path.write_text(json.dumps(data), encoding="utf-8")
    return result


def test_cli_baseline_names_the_metric_a_broken_engine_dropped(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, saved_plans: SavedPlans
) -> None:
    import agent
    from agent.cli import app

    real_plan = saved_plans  # the case planned once per session, re-scored here
    monkeypatch.setattr(agent, "plan", real_plan)

    good = tmp_path / "good.json"
    result = CliRunner().invoke(app, ["eval", "--cases", str(HARBOR), "--out", str(good)])
    assert result.exit_code == 0, result.output
    monkeypatch.setattr(
        agent, "plan", lambda deck, **kw: _false_vision_planner(real_plan, deck, **kw)
    )
    junit, markdown, broken = tmp_path / "e.xml", tmp_path / "e.md", tmp_path / "broken.json"
    args = ["eval", "--cases", str(HARBOR), "--baseline", str(good), "--out", str(broken)]
    result = CliRunner().invoke(app, [*args, "--junit", str(junit), "--markdown", str(markdown)])
    assert result.exit_code == 1, result.output
    assert "regressed vision_precision: 1.000 -> 0.833" in " ".join(result.output.split())
    report = json.loads(broken.read_text(encoding="utf-8"))
    assert report["failures"] == []  # 0.833 is above vision_precision's floors: still a failure
    assert report["deltas"]["vision_precision"] == pytest.approx(-1 / 6, abs=1e-3)
    doc = assert_valid_junit(junit.read_text(encoding="utf-8"))
    failed = [c.get("name") for c in doc.iter("testcase") if c.find("failure") is not None]
    assert failed == ["baseline vision_precision (delta -0.167)"]
    assert "| `vision_precision` | 0.8 | 0.833 | -0.167 | regressed |" in markdown.read_text(
        encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["eval", "--cases", str(HARBOR), "--baseline", "nope.json"])
    assert result.exit_code == 2 and "cannot read baseline" in result.output


def test_llm_eval_reports_calls_tokens_and_cost_per_case(
    openai_server: OpenAIServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-secret")
    monkeypatch.setenv("GROUNDWORK_MODEL", "test-model-2026-01")
    prices = tmp_path / "prices.yaml"
    prices.write_text(
        "currency: EUR\nper_tokens: 1000\nmodels:\n  test-model: {input: 2.0, output: 10.0}\n",
        encoding="utf-8",
    )
    report = run_evals(engine="llm", cases_dir=HARBOR, vagueness=False, prices=prices)
    usage = report.cases[0].usage
    assert usage["calls"] == openai_server.chat_calls > 0
    assert usage["prompt_tokens"] > 0 and usage["completion_tokens"] > 0
    expected = usage["prompt_tokens"] / 1000 * 2.0 + usage["completion_tokens"] / 1000 * 10.0
    assert usage["cost"] == pytest.approx(expected) and usage["currency"] == "EUR"
    assert report.to_dict()["usage"]["cost"] == pytest.approx(expected)
    assert "sk-test-not-a-secret" not in report.to_json()
    # A model the table does not price has an unknown cost, not a free one.
    unknown = ci.case_usage(
        {"name": "llm", "model": "other", "llm_calls": 3, "prompt_tokens": 10}, {"models": {}}
    )
    assert unknown["cost"] is None
    assert ci.case_usage({"name": "rules"}, None)["cost"] == 0.0


def test_price_table_is_checked(tmp_path: Path) -> None:
    assert ci.load_prices()["models"]  # the shipped example table loads
    bad = tmp_path / "prices.yaml"
    bad.write_text("models:\n  m: {input: cheap}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="numeric input and output"):
        ci.load_prices(bad)


def _without_vagueness() -> dict[str, Any]:
    """The real thresholds without the vagueness set's (these tests skip scoring it)."""
    limits = load_thresholds()
    for name in VAGUENESS_METRICS:
        limits["mean"].pop(name, None)
    return limits


NO_VAGUENESS = _without_vagueness()


def _copy_case(source: Path, target: Path, **gold_changes: Any) -> Path:
    shutil.copytree(source, target)
    gold = json.loads((target / "gold.json").read_text(encoding="utf-8"))
    gold.update(gold_changes)
    gold = {k: v for k, v in gold.items() if v is not None}
    (target / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return target


def test_several_folders_blind_and_dev_apart_corpus_skipped_with_reason(
    tmp_path: Path, saved_plans: SavedPlans
) -> None:
    _copy_case(HARBOR, tmp_path / "blind" / "harbor-copy")
    corpus_case = _copy_case(
        HARBOR, tmp_path / "corpus" / "harbor-corpus", deck=None, corpus_deck="strategy/h.pptx"
    )
    (corpus_case / "one-harbor-fy27.pptx").unlink()
    folders = [HARBOR, tmp_path / "blind", tmp_path / "corpus"]
    assert [p.name for p in find_cases(folders)] == [
        "harbor-retail",
        "harbor-copy",
        "harbor-corpus",
    ]

    absent = tmp_path / "no-corpus"
    report = run_evals(
        cases_dir=folders,
        corpus=absent,
        vagueness=False,
        thresholds=NO_VAGUENESS,
        planner=saved_plans,
    )
    skipped = {c.name: c.skipped for c in report.cases if c.skipped}
    assert list(skipped) == ["harbor-corpus"] and str(absent) in skipped["harbor-corpus"]
    assert report.passed  # the two cases that ran pass; the skip is reported, not hidden
    data = report.to_dict()
    assert data["splits"]["dev"]["cases"] == ["harbor-retail"]
    assert data["splits"]["blind"]["cases"] == ["harbor-copy"]
    assert data["splits"]["blind"]["means"]["vision_recall"] == pytest.approx(
        data["splits"]["dev"]["means"]["vision_recall"]
    )
    from rich.console import Console

    console = Console(record=True, width=160)
    report.print_table(console)
    text = console.export_text()
    assert "dev split (in-sample)" in text and "blind split" in text
    assert "harbor-corpus skipped" in text

    corpus = tmp_path / "corpus-root"
    (corpus / "strategy").mkdir(parents=True)
    shutil.copy(HARBOR / "one-harbor-fy27.pptx", corpus / "strategy" / "h.pptx")
    report = run_evals(
        cases_dir=tmp_path / "corpus",
        corpus=corpus,
        vagueness=False,
        thresholds=NO_VAGUENESS,
        planner=saved_plans,
    )
    assert [c.skipped for c in report.cases] == [None] and report.passed

    report = run_evals(cases_dir=tmp_path / "corpus", corpus=absent, vagueness=False)
    assert report.skipped and report.exit_code == EXIT_SKIPPED  # nothing ran: not a pass


def test_pdf_parity_on_a_deck_and_its_export(tmp_path: Path, saved_plans: SavedPlans) -> None:
    pptx, pdf = EXAMPLE / "strategy.pptx", EXAMPLE / "strategy.pdf"
    assert measure_parity(pptx, pdf, "rules") >= 0.8
    assert measure_parity(pdf, pptx, "rules") == measure_parity(pptx, pdf, "rules")
    other = CASES_DIR / "ledgerly-saas" / "ledgerly-marketing-fy27.pdf"
    assert measure_parity(pptx, other, "rules") < 0.2  # another deck's export is no twin

    case = tmp_path / "cases" / "northwind"
    (case).mkdir(parents=True)
    shutil.copy(pptx, case / "strategy.pptx")
    shutil.copy(pdf, case / "strategy.pdf")
    shutil.copytree(EXAMPLE / "org", case / "org")
    gold = {"deck": "strategy.pptx", "twin": "strategy.pdf", "visions": [], "roster": []}
    (case / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    report = run_evals(cases_dir=case, vagueness=False, planner=saved_plans)
    assert report.cases[0].metrics["pdf_parity"] == pytest.approx(
        measure_parity(pptx, pdf, "rules")
    )
    gold["twin"] = "missing.pdf"
    (case / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    report = run_evals(cases_dir=case, vagueness=False, planner=saved_plans)
    assert report.cases[0].metrics["pdf_parity"] == 0.0
    assert "pdf_parity_error" in report.cases[0].details
