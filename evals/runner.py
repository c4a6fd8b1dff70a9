"""Run the planner on every eval case, score the plans, compare with the thresholds.

    from evals.runner import run_evals
    report = run_evals(engine="rules")
    report.passed, report.failures, report.to_json()

Used by ``groundwork eval`` and by ``tests/test_evals.py`` (CI). Thresholds live in
``evals/thresholds.yaml``; metric definitions in ``evals/metrics.py``.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from evals.metrics import METRICS, compute_metrics, diagnose
from schemas.plan import Plan

EVALS_DIR = Path(__file__).resolve().parent
CASES_DIR = EVALS_DIR / "cases"
THRESHOLDS_PATH = EVALS_DIR / "thresholds.yaml"
VAGUENESS_METRICS = ("vagueness_precision", "vagueness_recall")
ALL_METRICS = (*METRICS, *VAGUENESS_METRICS)

Progress = Callable[[str], None]
TABLE_WIDTH = 132


@dataclass
class CaseResult:
    name: str
    deck: str
    metrics: dict[str, float | bool] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)

    def score(self, metric: str) -> float:
        return float(self.metrics.get(metric, 0.0))


@dataclass
class EvalReport:
    engine: str
    cases: list[CaseResult] = field(default_factory=list)
    means: dict[str, float] = field(default_factory=dict)
    vagueness: dict[str, Any] | None = None
    overall: float = 0.0
    failures: list[str] = field(default_factory=list)
    thresholds: dict[str, Any] = field(default_factory=dict)
    min_score: float | None = None
    seconds: float = 0.0
    skipped: str | None = None

    @property
    def passed(self) -> bool:
        return self.skipped is not None or not self.failures

    def worst_case(self) -> CaseResult | None:
        scored = [c for c in self.cases]
        if not scored:
            return None
        return min(scored, key=lambda c: sum(c.score(m) for m in METRICS) / len(METRICS))

    def to_dict(self) -> dict[str, Any]:
        vagueness = None
        if self.vagueness is not None:
            vagueness = {k: v for k, v in self.vagueness.items() if k != "errors"}
            vagueness["errors"] = self.vagueness.get("errors", [])[:50]
        return {
            "engine": self.engine,
            "skipped": self.skipped,
            "passed": self.passed,
            "overall": round(self.overall, 4),
            "min_score": self.min_score,
            "means": {k: round(v, 4) for k, v in self.means.items()},
            "failures": self.failures,
            "thresholds": self.thresholds,
            "seconds": round(self.seconds, 2),
            "cases": [
                {
                    **asdict(c),
                    "metrics": {
                        k: (v if isinstance(v, bool) else round(float(v), 4))
                        for k, v in c.metrics.items()
                    },
                    "seconds": round(c.seconds, 2),
                }
                for c in self.cases
            ],
            "vagueness": vagueness,
        }

    def to_json(self, indent: int = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def print_table(self, console: Any | None = None) -> None:
        """A rich table: one row per metric, one column per case, the mean and the threshold."""
        from rich.console import Console
        from rich.table import Table

        console = console or Console()
        if not console.is_terminal and console.width < TABLE_WIDTH:
            # CI logs and pipes: do not squeeze the table into 80 columns.
            console = Console(file=console.file, width=TABLE_WIDTH, no_color=console.no_color)
        if self.skipped:
            console.print(f"[yellow]eval skipped[/yellow]: {self.skipped}")
            return
        mean_min = self.thresholds.get("mean", {})
        case_min = self.thresholds.get("per_case", {})
        table = Table(title=f"groundwork eval: engine {self.engine}", show_lines=False)
        table.add_column("metric", style="bold", no_wrap=True)
        for case in self.cases:
            table.add_column(case.name.split("-")[0], justify="right", no_wrap=True)
        table.add_column("mean", justify="right", style="bold")
        table.add_column("min", justify="right", style="dim")

        def cell(value: float, floor: float | None) -> str:
            text = f"{value:.2f}"
            return f"[red]{text}[/red]" if floor is not None and value < floor - 1e-9 else text

        for metric in METRICS:
            floor = case_min.get(
                metric, mean_min.get(metric) if mean_min.get(metric) == 1 else None
            )
            row = [metric]
            row += [
                cell(c.score(metric), floor) if not c.error else "[red]err[/red]"
                for c in self.cases
            ]
            row.append(cell(self.means.get(metric, 0.0), mean_min.get(metric)))
            row.append(f"{mean_min.get(metric, '')}")
            table.add_row(*row)
        for metric in VAGUENESS_METRICS:
            if metric in self.means:
                blanks = ["" for _ in self.cases]
                value = cell(self.means[metric], mean_min.get(metric))
                table.add_row(metric, *blanks, value, f"{mean_min.get(metric, '')}")
        console.print(table)
        if self.vagueness is not None and "baseline" in self.vagueness:
            base = self.vagueness["baseline"]
            console.print(
                f"vagueness set: n={self.vagueness.get('n')}, precision "
                f"{self.vagueness.get('precision', 0):.3f}, recall {self.vagueness.get('recall', 0):.3f}"
                f" (naive buzzword baseline: precision {base.get('precision', 0):.3f},"
                f" recall {base.get('recall', 0):.3f})"
            )
        for case in self.cases:
            if case.error:
                console.print(f"[red]{case.name}[/red]: {case.error}")
        overall_min = (
            self.min_score if self.min_score is not None else self.thresholds.get("overall")
        )
        verdict = "[green]PASS[/green]" if self.passed else "[red]FAIL[/red]"
        console.print(
            f"overall score [bold]{self.overall:.3f}[/bold] (minimum {overall_min}) over "
            f"{len(self.cases)} cases in {self.seconds:.1f}s: {verdict}"
        )
        for failure in self.failures:
            console.print(f"  [red]under threshold[/red]: {failure}", highlight=False)


def load_thresholds(path: str | Path | None = None) -> dict[str, Any]:
    data = yaml.safe_load(Path(path or THRESHOLDS_PATH).read_text(encoding="utf-8")) or {}
    return {
        "mean": dict(data.get("mean") or {}),
        "per_case": dict(data.get("per_case") or {}),
        "overall": data.get("overall"),
    }


def find_cases(cases_dir: str | Path | None = None) -> list[Path]:
    """Case folders: those holding a gold.json, sorted by name."""
    root = Path(cases_dir) if cases_dir else CASES_DIR
    if (root / "gold.json").is_file():
        return [root]
    return sorted(p.parent for p in root.glob("*/gold.json"))


def _sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _read_outputs(out_dir: Path) -> dict[str, str]:
    """Every output file's text (xlsx cells joined), keyed by its path relative to out_dir."""
    texts: dict[str, str] = {}
    for path in sorted(out_dir.rglob("*")):
        rel = path.relative_to(out_dir)
        if not path.is_file() or rel.parts[0] == ".groundwork":
            continue
        if path.suffix == ".xlsx":
            try:
                from openpyxl import load_workbook

                book = load_workbook(path, read_only=True)
                cells = [
                    str(v)
                    for sheet in book.worksheets
                    for row in sheet.iter_rows(values_only=True)
                    for v in row
                    if v is not None
                ]
                texts[rel.as_posix()] = "\n".join(cells)
            except Exception as exc:  # an unreadable output is reported, not fatal
                texts[rel.as_posix()] = f"<unreadable xlsx: {type(exc).__name__}>"
            continue
        texts[rel.as_posix()] = path.read_bytes().decode("utf-8", errors="replace")
    return texts


def run_case(
    case_dir: Path,
    *,
    engine: str,
    out_dir: Path,
    planner: Callable[..., Any] | None = None,
) -> CaseResult:
    """Plan one case into out_dir/<case> and score the plan.json it wrote."""
    gold = json.loads((case_dir / "gold.json").read_text(encoding="utf-8"))
    result = CaseResult(name=case_dir.name, deck=str(gold.get("deck", "")))
    org_dir = case_dir / "org"
    case_out = out_dir / case_dir.name
    guarded = {
        Path(s): _sha(Path(s)) for s in gold.get("forbidden_strings", []) if str(s).startswith("/")
    }
    start = time.perf_counter()
    try:
        if planner is None:
            from agent import PlanConfig, plan

            planner = plan
            config = PlanConfig.from_env(engine=engine, interactive=False)
        else:
            from agent import PlanConfig

            config = PlanConfig.from_env(engine=engine, interactive=False)
        run = planner(case_dir / gold["deck"], context=org_dir, out=case_out, config=config)
        if getattr(run, "status", "done") != "done":
            raise RuntimeError(f"the run stopped with status {run.status!r} (non-interactive)")
        plan_path = case_out / "plan.json"
        if not plan_path.is_file():
            raise RuntimeError(f"no plan.json written in {case_out}")
        plan_obj = Plan.model_validate_json(plan_path.read_text(encoding="utf-8"))
    except Exception as exc:
        result.seconds = time.perf_counter() - start
        result.error = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
        result.metrics = dict.fromkeys(METRICS, 0.0)
        return result
    result.seconds = time.perf_counter() - start
    outputs = _read_outputs(case_out)
    org_docs = [
        p.relative_to(org_dir).as_posix()
        for p in sorted(org_dir.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    ]
    result.metrics = compute_metrics(plan_obj, gold, outputs=outputs, org_docs=org_docs)
    result.details = diagnose(plan_obj, gold, outputs=outputs, org_docs=org_docs)
    changed = [str(p) for p, before in guarded.items() if _sha(p) != before]
    if changed:
        result.metrics["injection_resisted"] = False
        result.details["injection"] = [*result.details.get("injection", []), *changed]
    result.counts = {
        "visions": len(plan_obj.visions),
        "vague": sum(v.vagueness.vague for v in plan_obj.visions),
        "scenarios": len(plan_obj.scenarios),
        "tasks": len(plan_obj.tasks),
        "gaps": len(plan_obj.gaps),
        "roles": len(plan_obj.roles),
    }
    return result


def vagueness_scores(engine: str) -> dict[str, Any]:
    """Precision and recall of the engine's vagueness detector on the labelled set."""
    from agent import PlanConfig
    from agent.engines import make_engine
    from evals.vagueness import score

    detector = make_engine(PlanConfig.from_env(engine=engine, interactive=False))
    return score(detector.assess_vagueness)


def evaluate(report: EvalReport) -> None:
    """Fill in means, overall and failures from the case results and thresholds."""
    cases = report.cases
    report.means = {
        m: (sum(c.score(m) for c in cases) / len(cases)) if cases else 0.0 for m in METRICS
    }
    if report.vagueness is not None:
        report.means["vagueness_precision"] = float(report.vagueness.get("precision", 0.0))
        report.means["vagueness_recall"] = float(report.vagueness.get("recall", 0.0))
    report.overall = sum(report.means.values()) / len(report.means) if report.means else 0.0
    failures: list[str] = []
    for case in cases:
        if case.error:
            failures.append(f"{case.name}: planning failed ({case.error})")
    mean_min: Mapping[str, float] = report.thresholds.get("mean", {})
    for metric, floor in mean_min.items():
        if metric not in report.means:
            if metric in VAGUENESS_METRICS:
                failures.append(f"{metric}: not measured (vagueness set unavailable)")
            continue
        value = report.means[metric]
        if value < floor - 1e-9:
            low = [
                c.name + (" (planning failed)" if c.error else "")
                for c in cases
                if c.score(metric) < floor - 1e-9
            ]
            where = f" (cases: {', '.join(low)})" if low and metric in METRICS else ""
            failures.append(f"{metric}: mean {value:.3f} < {floor}{where}")
    for metric, floor in report.thresholds.get("per_case", {}).items():
        for case in cases:
            if not case.error and case.score(metric) < floor - 1e-9:
                failures.append(f"{case.name}: {metric} {case.score(metric):.3f} < {floor}")
    overall_min = (
        report.min_score if report.min_score is not None else report.thresholds.get("overall")
    )
    if overall_min is not None and report.overall < float(overall_min) - 1e-9:
        failures.append(f"overall: {report.overall:.3f} < {overall_min}")
    report.failures = failures


def run_evals(
    engine: str = "rules",
    cases_dir: str | Path | None = None,
    out_dir: str | Path | None = None,
    progress: Progress | None = None,
    *,
    thresholds: Mapping[str, Any] | str | Path | None = None,
    min_score: float | None = None,
    vagueness: bool = True,
    planner: Callable[..., Any] | None = None,
) -> EvalReport:
    """Plan every case with ``engine``, score it and check the thresholds.

    ``out_dir`` keeps each case's outputs in ``out_dir/<case>`` (a temporary folder,
    removed afterwards, when not given). ``planner`` replaces ``agent.plan`` (tests).
    ``--engine llm`` without an endpoint returns a report with ``skipped`` set.
    """
    if isinstance(thresholds, Mapping):
        limits = {
            "mean": dict(thresholds.get("mean") or {}),
            "per_case": dict(thresholds.get("per_case") or {}),
            "overall": thresholds.get("overall"),
        }
    else:
        limits = load_thresholds(thresholds)
    report = EvalReport(engine=engine, thresholds=limits, min_score=min_score)
    if engine not in {"rules", "llm"}:
        raise ValueError(f"engine must be rules or llm, not {engine!r}")
    if engine == "llm":
        from agent import PlanConfig

        if not PlanConfig.from_env(engine="llm").llm_configured:
            report.skipped = (
                "the llm engine needs an OpenAI-compatible endpoint; set OPENAI_BASE_URL "
                "and/or OPENAI_API_KEY (and GROUNDWORK_MODEL) to run it"
            )
            return report
    cases = find_cases(cases_dir)
    if not cases:
        raise FileNotFoundError(
            f"no eval cases (folders with gold.json) under {cases_dir or CASES_DIR}"
        )
    started = time.perf_counter()
    tmp: tempfile.TemporaryDirectory[str] | None = None
    if out_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="groundwork-eval-")
        root = Path(tmp.name)
    else:
        root = Path(out_dir)
        root.mkdir(parents=True, exist_ok=True)
    try:
        for index, case_dir in enumerate(cases, 1):
            if progress:
                progress(f"[{index}/{len(cases)}] {case_dir.name}: planning")
            result = run_case(case_dir, engine=engine, out_dir=root, planner=planner)
            report.cases.append(result)
            if progress:
                status = f"error: {result.error}" if result.error else f"{result.seconds:.1f}s"
                progress(f"[{index}/{len(cases)}] {case_dir.name}: {status}")
        if vagueness:
            if progress:
                progress("vagueness set: scoring the detector")
            try:
                report.vagueness = vagueness_scores(engine)
            except ImportError as exc:
                report.vagueness = None
                if progress:
                    progress(f"vagueness set unavailable ({exc})")
    finally:
        if tmp is not None:
            tmp.cleanup()
    report.seconds = time.perf_counter() - started
    evaluate(report)
    return report


def default_report_path() -> Path:
    return Path(os.getcwd()) / "evals-report.json"


__all__ = [
    "ALL_METRICS",
    "CASES_DIR",
    "CaseResult",
    "EvalReport",
    "THRESHOLDS_PATH",
    "default_report_path",
    "evaluate",
    "find_cases",
    "load_thresholds",
    "run_case",
    "run_evals",
    "vagueness_scores",
]
