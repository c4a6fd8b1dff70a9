"""Run the planner on every eval case, score the plans, compare with the thresholds.

    from evals.runner import run_evals
    report = run_evals(engine="rules")                                # evals/cases, as CI runs it
    report = run_evals(cases_dir=["evals/cases", "evals/domain", "evals/blind"])
    report.passed, report.failures, report.to_json()

Used by ``groundwork eval`` and by ``tests/test_evals.py`` (CI). Thresholds live in
``evals/thresholds.yaml``: ``mean`` and ``per_case`` are enforced, ``pending`` is reported
but not enforced yet, ``tolerance`` bounds the drop ``--baseline`` accepts. Metric
definitions: ``evals/metrics.py``. JUnit, Markdown, baseline and cost: ``evals/ci.py``.

Case folders (each case a folder with ``gold.json``): ``evals/cases`` (the six original
cases, what ``make test`` enforces), ``evals/domain``, ``evals/corpus`` and ``evals/blind``.
A gold's ``corpus_deck`` names a file under the shared corpus (``--corpus``, else
``$GROUNDWORK_CORPUS``, else ``../shared/corpus`` beside the repository); when that folder
is absent the case is skipped with the reason, never silently. A case's split is its
gold's ``split``, else ``blind`` under ``evals/blind`` and ``dev`` (in-sample) elsewhere;
the table and the JSON report give each split's figures separately.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from evals.metrics import (
    LOWER_IS_BETTER,
    METRICS,
    REPORTED,
    applies,
    compute_metrics,
    diagnose,
    pdf_parity,
    pdf_precision,
)
from schemas.plan import Plan

EVALS_DIR = Path(__file__).resolve().parent
REPO_DIR = EVALS_DIR.parent
CASES_DIR = EVALS_DIR / "cases"
# Every folder of cases, in report order. `make test` enforces evals/cases only (for now).
SUITE_DIRS = tuple(EVALS_DIR / name for name in ("cases", "domain", "corpus", "blind"))
THRESHOLDS_PATH = EVALS_DIR / "thresholds.yaml"
PRICES_PATH = EVALS_DIR / "prices.yaml"
VAGUENESS_METRICS = ("vagueness_precision", "vagueness_recall")
ALL_METRICS = (*METRICS, *VAGUENESS_METRICS)
SPLITS = ("dev", "blind")

# `groundwork eval` exit codes: a skipped eval is not a pass.
EXIT_PASSED, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_SKIPPED = 0, 1, 2, 4

Progress = Callable[[str], None]
TABLE_WIDTH = 132


def default_corpus_dir() -> Path:
    """``$GROUNDWORK_CORPUS``, else ``../shared/corpus`` beside the repository."""
    env = os.environ.get("GROUNDWORK_CORPUS")
    return Path(env) if env else REPO_DIR.parent / "shared" / "corpus"


@dataclass
class CaseResult:
    name: str
    deck: str
    metrics: dict[str, float | bool | None] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    split: str = "dev"
    suite: str = "cases"
    skipped: str | None = None
    usage: dict[str, Any] = field(default_factory=dict)

    def value(self, metric: str) -> float | None:
        """The metric as a number, or None when it does not apply to this case (n/a)."""
        value = self.metrics.get(metric)
        return None if value is None else float(value)

    def score(self, metric: str) -> float:
        value = self.value(metric)
        return 0.0 if value is None else value


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def means_of(cases: Iterable[CaseResult]) -> dict[str, float]:
    """Mean of each reported metric over the cases it applies to (n/a values left out)."""
    cases = list(cases)
    out: dict[str, float] = {}
    for metric in REPORTED:
        values = [v for c in cases if (v := c.value(metric)) is not None]
        if values:
            out[metric] = sum(values) / len(values)
    return out


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
    splits: dict[str, dict[str, Any]] = field(default_factory=dict)
    pending: list[str] = field(default_factory=list)
    regressions: list[str] = field(default_factory=list)
    deltas: dict[str, float] = field(default_factory=dict)
    baseline: dict[str, float] | None = None
    baseline_path: str | None = None

    @property
    def scored(self) -> list[CaseResult]:
        return [c for c in self.cases if not c.skipped]

    @property
    def passed(self) -> bool:
        """Every enforced threshold met, no regression, and something was actually scored."""
        return (
            self.skipped is None
            and bool(self.scored)
            and not self.failures
            and not self.regressions
        )

    @property
    def exit_code(self) -> int:
        if self.skipped is not None:
            return EXIT_SKIPPED
        return EXIT_PASSED if self.passed else EXIT_FAILED

    def worst_case(self) -> CaseResult | None:
        scored = [c for c in self.scored]
        if not scored:
            return None
        return min(scored, key=lambda c: sum(c.score(m) for m in METRICS) / len(METRICS))

    def usage(self) -> dict[str, Any]:
        """Calls, tokens and estimated cost summed over the cases (cost None when unknown)."""
        total: dict[str, Any] = {"calls": 0, "prompt_tokens": 0, "completion_tokens": 0}
        costs = []
        for case in self.scored:
            for key in total:
                total[key] += int(case.usage.get(key) or 0)
            costs.append(case.usage.get("cost"))
        known = [c for c in costs if c is not None]
        total["cost"] = round(sum(known), 6) if known and len(known) == len(costs) else None
        total["currency"] = next(
            (c.usage.get("currency") for c in self.scored if c.usage.get("currency")), None
        )
        return total

    def to_dict(self) -> dict[str, Any]:
        vagueness = None
        if self.vagueness is not None:
            vagueness = {k: v for k, v in self.vagueness.items() if k != "errors"}
            vagueness["errors"] = self.vagueness.get("errors", [])[:50]
        return {
            "engine": self.engine,
            "skipped": self.skipped,
            "passed": self.passed,
            "exit_code": self.exit_code,
            "overall": round(self.overall, 4),
            "min_score": self.min_score,
            "means": {k: round(v, 4) for k, v in self.means.items()},
            "splits": {
                name: {
                    "cases": split["cases"],
                    "means": {k: round(v, 4) for k, v in split["means"].items()},
                }
                for name, split in self.splits.items()
            },
            "failures": self.failures,
            "pending": self.pending,
            "regressions": self.regressions,
            "baseline": self.baseline_path,
            "deltas": {k: round(v, 4) for k, v in self.deltas.items()},
            "usage": self.usage(),
            "thresholds": self.thresholds,
            "seconds": round(self.seconds, 2),
            "cases": [
                {
                    **asdict(c),
                    "metrics": {
                        k: (v if isinstance(v, bool) or v is None else round(float(v), 4))
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

    def floor(self, metric: str) -> tuple[float | None, bool]:
        """The metric's mean floor and whether it is only pending (reported, not enforced)."""
        enforced = self.thresholds.get("mean", {})
        if metric in enforced:
            return float(enforced[metric]), False
        pending = (self.thresholds.get("pending") or {}).get("mean", {})
        if metric in pending:
            return float(pending[metric]), True
        return None, False

    def print_table(self, console: Any | None = None) -> None:
        """One rich table per split: a row per metric, a column per case, the mean and floor."""
        from rich.console import Console
        from rich.table import Table

        console = console or Console()
        widest = max(
            (len([c for c in self.scored if c.split == s]) for s in self.splits), default=0
        )
        needed = max(TABLE_WIDTH, 48 + 13 * widest)
        if not console.is_terminal and console.width < needed:
            # CI logs and pipes: do not squeeze the table (and drop its mean column) to fit.
            console = Console(file=console.file, width=needed, no_color=console.no_color)
        if self.skipped:
            console.print(f"[yellow]eval not run[/yellow]: {self.skipped}", highlight=False)
            return
        case_min = self.thresholds.get("per_case", {})
        pending_case = (self.thresholds.get("pending") or {}).get("per_case", {})

        def cell(value: float | None, floor: float | None, pending: bool = False) -> str:
            text = _fmt(value)
            if value is None or floor is None or value >= floor - 1e-9:
                return text
            return f"[yellow]{text}[/yellow]" if pending else f"[red]{text}[/red]"

        for split, info in self.splits.items():
            cases = [c for c in self.scored if c.split == split]
            label = "in-sample" if split == "dev" else "written before the engine work"
            table = Table(
                title=f"groundwork eval: engine {self.engine}, {split} split ({label})",
                show_lines=False,
            )
            table.add_column("metric", style="bold", no_wrap=True)
            for case in cases:
                table.add_column(case.name.split("-")[0][:12], justify="right", no_wrap=True)
            table.add_column("mean", justify="right", style="bold", no_wrap=True)
            table.add_column("min", justify="right", style="dim", no_wrap=True)
            means = info["means"]
            for metric in REPORTED:
                if metric not in means:
                    continue
                floor, pending = self.floor(metric)
                per_case = pending_case.get(metric) if pending else case_min.get(metric)
                shown = per_case if per_case is not None else (floor if floor == 1 else None)
                row = [metric + (" (lower)" if metric in LOWER_IS_BETTER else "")]
                row += [
                    "[red]err[/red]" if c.error else cell(c.value(metric), shown, pending)
                    for c in cases
                ]
                row.append(cell(means[metric], floor, pending))
                row.append("" if floor is None else f"{floor}" + (" pending" if pending else ""))
                table.add_row(*row)
            if split == "dev":
                for metric in VAGUENESS_METRICS:
                    if metric in self.means:
                        floor, _ = self.floor(metric)
                        blanks = ["" for _ in cases]
                        table.add_row(
                            metric, *blanks, cell(self.means[metric], floor), f"{floor or ''}"
                        )
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
            if case.skipped:
                console.print(f"[yellow]{case.name} skipped[/yellow]: {case.skipped}")
            elif case.error:
                console.print(f"[red]{case.name}[/red]: {case.error}")
        usage = self.usage()
        if usage["calls"]:
            cost = (
                "unknown (model not in the price table)"
                if usage["cost"] is None
                else f"{usage['cost']:.4f} {usage['currency'] or ''}".strip()
            )
            console.print(
                f"model calls {usage['calls']}, tokens {usage['prompt_tokens']} in / "
                f"{usage['completion_tokens']} out, estimated cost {cost}",
                highlight=False,
            )
        overall_min = (
            self.min_score if self.min_score is not None else self.thresholds.get("overall")
        )
        verdict = "[green]PASS[/green]" if self.passed else "[red]FAIL[/red]"
        console.print(
            f"overall score [bold]{self.overall:.3f}[/bold] (minimum {overall_min}) over "
            f"{len(self.scored)} cases in {self.seconds:.1f}s: {verdict}"
        )
        for failure in self.failures:
            console.print(f"  [red]under threshold[/red]: {failure}", highlight=False)
        for regression in self.regressions:
            console.print(f"  [red]regressed[/red]: {regression}", highlight=False)
        for note in self.pending:
            console.print(f"  [yellow]pending (not enforced)[/yellow]: {note}", highlight=False)


def normalize_thresholds(data: Mapping[str, Any]) -> dict[str, Any]:
    """Thresholds in the runner's shape, whatever parts the file or mapping leaves out."""
    pending = data.get("pending") or {}
    return {
        "mean": dict(data.get("mean") or {}),
        "per_case": dict(data.get("per_case") or {}),
        "overall": data.get("overall"),
        "pending": {
            "mean": dict(pending.get("mean") or {}),
            "per_case": dict(pending.get("per_case") or {}),
        },
        "tolerance": dict(data.get("tolerance") or {}),
    }


SUITES = ("grounded",)  # named sections of thresholds.yaml besides the default


def load_thresholds(path: str | Path | None = None, *, suite: str | None = None) -> dict[str, Any]:
    """The file's thresholds, or one named suite's (``grounded``: evals/domain + evals/corpus)."""
    data = yaml.safe_load(Path(path or THRESHOLDS_PATH).read_text(encoding="utf-8")) or {}
    if suite is not None:
        if suite not in data or suite not in SUITES:
            raise ValueError(f"no thresholds suite {suite!r} (known: {', '.join(SUITES)})")
        tolerance = data.get("tolerance")
        data = {**data[suite], "tolerance": data[suite].get("tolerance", tolerance)}
    return normalize_thresholds(data)


def find_cases(cases_dir: str | Path | Sequence[str | Path] | None = None) -> list[Path]:
    """Case folders (those holding a gold.json): per folder given, sorted by name.

    A folder that is itself a case is taken as is; a missing folder yields nothing.
    """
    if cases_dir is None:
        roots = [CASES_DIR]
    elif isinstance(cases_dir, str | Path):
        roots = [Path(cases_dir)]
    else:
        roots = [Path(p) for p in cases_dir]
    found: list[Path] = []
    for root in roots:
        if (root / "gold.json").is_file():
            found.append(root)
        else:
            found += sorted(p.parent for p in root.glob("*/gold.json"))
    return list(dict.fromkeys(found))


def suite_of(case_dir: Path) -> str:
    return case_dir.parent.name


def split_of(case_dir: Path, gold: Mapping[str, Any]) -> str:
    if gold.get("split"):
        return str(gold["split"])
    return "blind" if suite_of(case_dir) == "blind" else "dev"


class CaseSkipped(Exception):
    """The case cannot run here (its corpus deck is absent); the message says why."""


def resolve_deck(
    case_dir: Path, gold: Mapping[str, Any], corpus: Path | None, key: str = "deck"
) -> Path:
    """The case's deck (``deck`` in the case folder, or ``corpus_deck`` in the corpus)."""
    corpus_key = "corpus_deck" if key == "deck" else "corpus_twin"
    if gold.get(key):
        local = case_dir / str(gold[key])
        if local.is_file() or not gold.get("corpus_deck"):
            return local
        name = str(gold[key])  # a twin named next to a corpus deck: look in the corpus too
    elif gold.get(corpus_key):
        name = str(gold[corpus_key])
    else:
        raise ValueError(f"{case_dir.name}: gold.json names no {key} (nor {corpus_key})")
    root = corpus or default_corpus_dir()
    if not root.is_dir():
        raise CaseSkipped(
            f"its deck {name} is in the shared corpus, and {root} is absent "
            "(pass --corpus DIR or set GROUNDWORK_CORPUS)"
        )
    return root / name


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


def org_passages(org_dir: Path) -> dict[tuple[str, int], str]:
    """(doc, chunk index) -> chunk text, chunked as the org index chunks them."""
    from agent.context import chunk_document, read_document

    passages: dict[tuple[str, int], str] = {}
    for path in sorted(org_dir.rglob("*")):
        rel = path.relative_to(org_dir)
        if not path.is_file() or any(part.startswith(".") for part in rel.parts):
            continue
        try:
            doc = read_document(path, rel.as_posix(), path.read_bytes(), max_bytes=50_000_000)
        except Exception:  # unreadable or unsupported: the planner skipped it too
            continue
        for chunk in chunk_document(doc):
            passages[(chunk.doc, chunk.index)] = chunk.text
    return passages


def org_terms(org_dir: Path) -> list[str]:
    """The org's system and metric names (what a plan must not borrow across a mismatch)."""
    from agent.context import load_context

    context = load_context(org_dir)
    return [s.name for s in context.systems] + [m.name for m in context.metrics]


def measure_parity(deck: Path, twin: Path, engine: str, kpis: Iterable[str] = ()) -> float:
    """Find visions in a deck and its twin export with the planner's engine; PDF/PPTX parity."""
    return measure_twin(deck, twin, engine, {"kpis": list(kpis)})[0]


def measure_twin(
    deck: Path, twin: Path, engine: str, gold: Mapping[str, Any]
) -> tuple[float, float]:
    """(PDF/PPTX parity, the PDF's vision precision against ``gold``): visions found in a deck
    and its twin export with the planner's engine."""
    from agent import PlanConfig
    from agent.engines import make_engine
    from extractors import extract

    finder = make_engine(PlanConfig.from_env(engine=engine, interactive=False))
    one, two = finder.find_visions(extract(deck)), finder.find_visions(extract(twin))
    pptx, pdf = (two, one) if deck.suffix.lower() == ".pdf" else (one, two)
    return pdf_parity(pptx, pdf, gold.get("kpis") or []), pdf_precision(pdf, gold)


def run_case(
    case_dir: Path,
    *,
    engine: str,
    out_dir: Path,
    planner: Callable[..., Any] | None = None,
    corpus: Path | None = None,
    name: str | None = None,
    prices: Mapping[str, Any] | None = None,
) -> CaseResult:
    """Plan one case into out_dir/<case> and score the plan.json it wrote."""
    from evals.ci import case_usage

    gold = json.loads((case_dir / "gold.json").read_text(encoding="utf-8"))
    result = CaseResult(
        name=name or case_dir.name,
        deck=str(gold.get("deck") or gold.get("corpus_deck") or ""),
        split=split_of(case_dir, gold),
        suite=suite_of(case_dir),
    )
    try:
        deck = resolve_deck(case_dir, gold, corpus)
    except CaseSkipped as exc:
        result.skipped = str(exc)
        return result
    org_dir = case_dir / "org"
    case_out = out_dir / result.name
    guarded = {
        Path(s): _sha(Path(s)) for s in gold.get("forbidden_strings", []) if str(s).startswith("/")
    }
    start = time.perf_counter()
    try:
        from agent import PlanConfig

        if planner is None:
            import agent._warm  # noqa: F401  each case's run forks from here: load once, not per case
            from agent import plan

            planner = plan
        config = PlanConfig.from_env(engine=engine, interactive=False)
        run = planner(deck, context=org_dir, out=case_out, config=config)
        if getattr(run, "status", "done") != "done":
            raise RuntimeError(f"the run stopped with status {run.status!r} (non-interactive)")
        plan_path = case_out / "plan.json"
        if not plan_path.is_file():
            raise RuntimeError(f"no plan.json written in {case_out}")
        plan_obj = Plan.model_validate_json(plan_path.read_text(encoding="utf-8"))
    except Exception as exc:
        result.seconds = time.perf_counter() - start
        result.error = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
        result.metrics = {m: (0.0 if applies(m, gold) else None) for m in REPORTED}
        return result
    result.seconds = time.perf_counter() - start
    outputs = _read_outputs(case_out)
    org_docs = [
        p.relative_to(org_dir).as_posix()
        for p in sorted(org_dir.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    ]
    passages = org_passages(org_dir)
    terms = org_terms(org_dir) if applies("mismatch_flagged", gold) else None
    parity = twin_precision = None
    if applies("pdf_parity", gold):
        try:
            twin = resolve_deck(case_dir, gold, corpus, key="twin")
            parity, twin_precision = measure_twin(deck, twin, engine, gold)
        except Exception as exc:  # a twin that cannot be read has no parity
            parity = twin_precision = 0.0
            result.details["pdf_parity_error"] = f"{type(exc).__name__}: {exc}"[:300]
    result.metrics = compute_metrics(
        plan_obj,
        gold,
        outputs=outputs,
        org_docs=org_docs,
        passages=passages,
        org_terms=terms,
        parity=parity,
        twin_precision=twin_precision,
    )
    result.details.update(
        diagnose(
            plan_obj, gold, outputs=outputs, org_docs=org_docs, passages=passages, org_terms=terms
        )
    )
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
    result.usage = case_usage(plan_obj.engine, prices)
    return result


def vagueness_scores(engine: str) -> dict[str, Any]:
    """Precision and recall of the engine's vagueness detector on the labelled set."""
    from agent import PlanConfig
    from agent.engines import make_engine
    from evals.vagueness import score

    detector = make_engine(PlanConfig.from_env(engine=engine, interactive=False))
    return score(detector.assess_vagueness)


def _check(
    cases: list[CaseResult],
    means: Mapping[str, float],
    mean_min: Mapping[str, float],
    case_min: Mapping[str, float],
) -> list[str]:
    """Threshold misses, naming the metric and the cases under it."""
    out: list[str] = []
    for metric, floor in mean_min.items():
        if metric not in means:
            if metric in VAGUENESS_METRICS:
                out.append(f"{metric}: not measured (vagueness set unavailable)")
            continue  # n/a for every case: nothing to judge
        mean = means[metric]
        if mean < floor - 1e-9:
            low = [
                c.name + (" (planning failed)" if c.error else "")
                for c in cases
                if (v := c.value(metric)) is not None and v < floor - 1e-9
            ]
            where = f" (cases: {', '.join(low)})" if low and metric in REPORTED else ""
            out.append(f"{metric}: mean {mean:.3f} < {floor}{where}")
    for metric, floor in case_min.items():
        for case in cases:
            value = case.value(metric)
            if not case.error and value is not None and value < floor - 1e-9:
                out.append(f"{case.name}: {metric} {value:.3f} < {floor}")
    return out


def evaluate(report: EvalReport) -> None:
    """Fill in means (overall and per split), overall, failures and pending notes."""
    limits = normalize_thresholds(report.thresholds)
    report.thresholds = limits
    cases = report.scored
    report.means = means_of(cases)
    if report.vagueness is not None:
        report.means["vagueness_precision"] = float(report.vagueness.get("precision", 0.0))
        report.means["vagueness_recall"] = float(report.vagueness.get("recall", 0.0))
    order = [*SPLITS, *sorted({c.split for c in cases} - set(SPLITS))]
    report.splits = {
        split: {
            "cases": [c.name for c in cases if c.split == split],
            "means": means_of(c for c in cases if c.split == split),
        }
        for split in order
        if any(c.split == split for c in cases)
    }
    pending = limits["pending"]
    pending_metrics = set(pending["mean"]) | set(pending["per_case"])
    # The overall score judges what is enforced: pending metrics join it when promoted.
    counted = {
        k: v
        for k, v in report.means.items()
        if k not in pending_metrics and k not in LOWER_IS_BETTER
    }
    report.overall = sum(counted.values()) / len(counted) if counted else 0.0
    failures = [f"{c.name}: planning failed ({c.error})" for c in cases if c.error]
    failures += _check(cases, report.means, limits["mean"], limits["per_case"])
    overall_min = report.min_score if report.min_score is not None else limits.get("overall")
    if overall_min is not None and report.overall < float(overall_min) - 1e-9:
        failures.append(f"overall: {report.overall:.3f} < {overall_min}")
    report.failures = failures
    report.pending = _check(cases, report.means, pending["mean"], pending["per_case"])
    if report.cases and not cases and report.skipped is None:
        report.skipped = "every case was skipped: " + "; ".join(
            f"{c.name}: {c.skipped}" for c in report.cases
        )


def _load_prices(prices: Mapping[str, Any] | str | Path | None) -> dict[str, Any]:
    from evals.ci import load_prices

    return dict(prices) if isinstance(prices, Mapping) else load_prices(prices)


def run_evals(
    engine: str = "rules",
    cases_dir: str | Path | Sequence[str | Path] | None = None,
    out_dir: str | Path | None = None,
    progress: Progress | None = None,
    *,
    thresholds: Mapping[str, Any] | str | Path | None = None,
    min_score: float | None = None,
    vagueness: bool = True,
    planner: Callable[..., Any] | None = None,
    corpus: str | Path | None = None,
    baseline: Mapping[str, Any] | str | Path | None = None,
    prices: Mapping[str, Any] | str | Path | None = None,
    suite: str | None = None,
) -> EvalReport:
    """Plan every case with ``engine``, score it and check the thresholds.

    ``cases_dir`` is one folder or several (default ``evals/cases``). ``out_dir`` keeps each
    case's outputs in ``out_dir/<case>`` (a temporary folder, removed afterwards, when not
    given). ``planner`` replaces ``agent.plan`` (tests). ``baseline`` is a previous JSON
    report (or its dict): a metric mean that drops by more than its ``tolerance`` is a
    regression. ``prices`` is a price table (``evals/prices.yaml`` shape) for the cost
    estimate. ``--engine llm`` without an endpoint returns a report with ``skipped`` set,
    which does not pass.
    """
    from evals.ci import apply_baseline, load_report

    if isinstance(thresholds, Mapping):
        limits = normalize_thresholds(thresholds)
    else:
        limits = load_thresholds(thresholds, suite=suite)
    report = EvalReport(engine=engine, thresholds=limits, min_score=min_score)
    if engine not in {"rules", "llm"}:
        raise ValueError(f"engine must be rules or llm, not {engine!r}")
    previous = load_report(baseline) if baseline is not None else None
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
    names = [c.name for c in cases]
    unique = {c: (c.name if names.count(c.name) == 1 else f"{suite_of(c)}/{c.name}") for c in cases}
    price_table = _load_prices(prices)
    corpus_root = Path(corpus) if corpus else None
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
            label = unique[case_dir]
            if progress:
                progress(f"[{index}/{len(cases)}] {label}: planning")
            result = run_case(
                case_dir,
                engine=engine,
                out_dir=root,
                planner=planner,
                corpus=corpus_root,
                name=label,
                prices=price_table,
            )
            report.cases.append(result)
            if progress:
                if result.skipped:
                    status = f"skipped: {result.skipped}"
                elif result.error:
                    status = f"error: {result.error}"
                else:
                    status = f"{result.seconds:.1f}s"
                progress(f"[{index}/{len(cases)}] {label}: {status}")
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
    if previous is not None:
        apply_baseline(
            report, previous, source=str(baseline) if not isinstance(baseline, Mapping) else None
        )
    return report


def default_report_path() -> Path:
    return Path(os.getcwd()) / "evals-report.json"


__all__ = [
    "ALL_METRICS",
    "CASES_DIR",
    "EXIT_BAD_INPUT",
    "EXIT_FAILED",
    "EXIT_PASSED",
    "EXIT_SKIPPED",
    "SUITE_DIRS",
    "THRESHOLDS_PATH",
    "CaseResult",
    "CaseSkipped",
    "EvalReport",
    "default_corpus_dir",
    "default_report_path",
    "evaluate",
    "find_cases",
    "load_thresholds",
    "means_of",
    "measure_parity",
    "normalize_thresholds",
    "resolve_deck",
    "run_case",
    "run_evals",
    "vagueness_scores",
]
