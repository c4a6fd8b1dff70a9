"""What CI needs from an eval run: JUnit XML, a Markdown summary, a baseline check, the cost.

    report = run_evals(engine="rules", baseline="previous.json")
    Path("evals.xml").write_text(to_junit(report))      # one testcase per case and threshold
    Path("evals.md").write_text(to_markdown(report))    # metric, threshold, value, delta
    report.regressions                                   # metrics that dropped past tolerance

- **Baseline**: ``apply_baseline`` compares each metric mean (and the overall score) with a
  previous JSON report; a drop larger than the metric's ``tolerance`` in
  ``evals/thresholds.yaml`` (``tolerance.default`` otherwise) is a regression, even above the
  metric's floor. For a lower-is-better metric a rise is the regression.
- **Cost**: ``case_usage`` reads a plan's model calls and tokens and prices them from a
  table (``evals/prices.yaml`` or ``--prices FILE``): per model, input and output prices per
  ``per_tokens`` tokens. A model the table does not list has an unknown cost (None), not 0.
- **JUnit**: the Ant/Jenkins shape (``testsuites > testsuite > testcase`` with ``failure``,
  ``error``, ``skipped``) that CI servers read; ``tests/data/junit-10.xsd`` validates it.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from evals.metrics import LOWER_IS_BETTER, REPORTED
from evals.runner import PRICES_PATH, VAGUENESS_METRICS, CaseResult, EvalReport

# --------------------------------------------------------------------------- baseline


def load_report(source: Mapping[str, Any] | str | Path) -> dict[str, Any]:
    """A previous eval report (JSON file or dict); ValueError when it holds no metric means."""
    if isinstance(source, Mapping):
        data: Any = dict(source)
    else:
        path = Path(source)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ValueError(f"cannot read baseline {path}: {exc.strerror or exc}") from exc
        except json.JSONDecodeError as exc:
            raise ValueError(f"baseline {path} is not JSON ({exc.msg}, line {exc.lineno})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("means"), dict) or not data["means"]:
        raise ValueError(
            f"baseline {source if not isinstance(source, Mapping) else '(mapping)'} has no metric "
            "means: pass a report written by `groundwork eval --out` that was not skipped"
        )
    return data


def apply_baseline(
    report: EvalReport, previous: Mapping[str, Any], *, source: str | None = None
) -> None:
    """Fill ``report.deltas`` and ``report.regressions`` against a previous report."""
    tolerance = (report.thresholds.get("tolerance") or {}) if report.thresholds else {}
    default = float(tolerance.get("default", 0.0))
    before_means = {k: float(v) for k, v in (previous.get("means") or {}).items()}
    report.baseline = dict(before_means)
    if previous.get("overall") is not None:
        report.baseline["overall"] = float(previous["overall"])
    report.baseline_path = source
    report.deltas, report.regressions = {}, []
    for metric in (*REPORTED, *VAGUENESS_METRICS, "overall"):
        now = report.overall if metric == "overall" else report.means.get(metric)
        before = report.baseline.get(metric)
        if now is None or before is None:
            continue
        delta = now - before
        report.deltas[metric] = delta
        drop = delta if metric in LOWER_IS_BETTER else -delta
        allowed = float(tolerance.get(metric, default))
        if drop > allowed + 1e-9:
            report.regressions.append(
                f"{metric}: {before:.3f} -> {now:.3f} ({delta:+.3f}; tolerance {allowed:g})"
            )


# --------------------------------------------------------------------------- cost


def load_prices(path: str | Path | None = None) -> dict[str, Any]:
    """The price table: ``{currency, per_tokens, models: {name: {input, output}}, default}``."""
    source = Path(path) if path else PRICES_PATH
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ValueError(f"cannot read price table {source}: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise ValueError(f"price table {source} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("models") or {}, dict):
        raise ValueError(f"price table {source}: expected a mapping with a `models:` mapping")
    for name, price in {**(data.get("models") or {}), "default": data.get("default")}.items():
        if price is None and name == "default":
            continue
        if not isinstance(price, dict) or not all(
            isinstance(price.get(k), int | float) for k in ("input", "output")
        ):
            raise ValueError(f"price table {source}: {name} needs numeric input and output prices")
    return data


def _price_for(model: str | None, prices: Mapping[str, Any]) -> Mapping[str, Any] | None:
    models = prices.get("models") or {}
    if model:
        if model in models:
            return models[model]  # type: ignore[no-any-return]
        # Dated or suffixed model names ("gpt-4o-mini-2024-07-18") use their family's price.
        family = max((k for k in models if model.startswith(k)), key=len, default=None)
        if family:
            return models[family]  # type: ignore[no-any-return]
    return prices.get("default")


def case_usage(engine: Any, prices: Mapping[str, Any] | None) -> dict[str, Any]:
    """Model calls, tokens and estimated cost of one plan (``plan.engine``)."""
    info = engine.model_dump() if hasattr(engine, "model_dump") else dict(engine or {})
    usage: dict[str, Any] = {
        "engine": info.get("name"),
        "model": info.get("model"),
        "calls": int(info.get("llm_calls") or 0),
        "cached_calls": int(info.get("cached_calls") or 0),
        "prompt_tokens": int(info.get("prompt_tokens") or 0),
        "completion_tokens": int(info.get("completion_tokens") or 0),
        "cost": None,
        "currency": (prices or {}).get("currency"),
    }
    if not usage["calls"] and not usage["prompt_tokens"]:
        usage["cost"] = 0.0  # nothing was sent to a model
        return usage
    price = _price_for(usage["model"], prices or {})
    if price is not None:
        per = float((prices or {}).get("per_tokens") or 1_000_000)
        usage["cost"] = round(
            usage["prompt_tokens"] / per * float(price["input"])
            + usage["completion_tokens"] / per * float(price["output"]),
            6,
        )
    return usage


# --------------------------------------------------------------------------- JUnit

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: object) -> str:
    """Text XML 1.0 can carry (deck text may hold control characters)."""
    return _XML_BAD.sub("?", str(text))


def _case_failures(report: EvalReport, case: CaseResult) -> list[str]:
    floors = report.thresholds.get("per_case", {})
    out = []
    for metric, floor in floors.items():
        value = case.value(metric)
        if value is not None and value < float(floor) - 1e-9:
            out.append(f"{metric} {value:.3f} < {floor}")
    return out


def _metric_lines(case: CaseResult) -> str:
    return "\n".join(
        f"{m}: {'n/a' if case.value(m) is None else f'{case.score(m):.4f}'}" for m in REPORTED
    )


def _suite(parent: ET.Element, name: str, cases: list[ET.Element], seconds: float) -> None:
    suite = ET.SubElement(parent, "testsuite")
    suite.set("name", name)
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(sum(c.find("failure") is not None for c in cases)))
    suite.set("errors", str(sum(c.find("error") is not None for c in cases)))
    suite.set("skipped", str(sum(c.find("skipped") is not None for c in cases)))
    suite.set("time", f"{seconds:.3f}")
    suite.extend(cases)


def _testcase(classname: str, name: str, seconds: float = 0.0) -> ET.Element:
    case = ET.Element("testcase")
    case.set("classname", _clean(classname))
    case.set("name", _clean(name))
    case.set("time", f"{seconds:.3f}")
    return case


def _mark(case: ET.Element, kind: str, message: str, body: str | None = None) -> None:
    element = ET.SubElement(case, kind)
    element.set("message", _clean(message)[:1000])
    if kind != "skipped":
        element.set("type", "threshold" if kind == "failure" else "error")
    if body:
        element.text = _clean(body)


def to_junit(report: EvalReport) -> str:
    """JUnit XML: a testsuite per split with a testcase per eval case, and a testsuite of
    thresholds with a testcase per metric floor (pending ones skipped, said so) and, with a
    baseline, per compared metric. A run that did not happen is an error, not a pass."""
    root = ET.Element("testsuites")
    root.set("name", f"groundwork eval ({report.engine})")
    if report.skipped:
        case = _testcase(f"groundwork.eval.{report.engine}", "eval run")
        _mark(case, "error", f"not run: {report.skipped}")
        _suite(root, f"groundwork.eval.{report.engine}", [case], 0.0)
    else:
        splits = list(dict.fromkeys(c.split for c in report.cases))
        for split in splits:
            elements = []
            for result in (c for c in report.cases if c.split == split):
                case = _testcase(f"groundwork.eval.{split}", result.name, result.seconds)
                if result.skipped:
                    _mark(case, "skipped", f"skipped: {result.skipped}")
                elif result.error:
                    _mark(case, "error", f"planning failed: {result.error}")
                else:
                    misses = _case_failures(report, result)
                    if misses:
                        _mark(case, "failure", "; ".join(misses), _metric_lines(result))
                    out = ET.SubElement(case, "system-out")
                    out.text = _clean(_metric_lines(result))
                elements.append(case)
            seconds = sum(c.seconds for c in report.cases if c.split == split)
            _suite(root, f"groundwork.eval.{report.engine}.{split}", elements, seconds)
        _suite(root, f"groundwork.eval.{report.engine}.thresholds", _threshold_cases(report), 0.0)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _threshold_cases(report: EvalReport) -> list[ET.Element]:
    limits = report.thresholds
    cls = "groundwork.eval.thresholds"
    cases: list[ET.Element] = []
    scored = report.scored
    pending = limits.get("pending") or {}
    groups: list[tuple[str, Mapping[str, Any], bool]] = [
        ("mean", limits.get("mean", {}), False),
        ("per_case", limits.get("per_case", {}), False),
        ("mean", pending.get("mean", {}), True),
        ("per_case", pending.get("per_case", {}), True),
    ]
    for kind, floors, is_pending in groups:
        for metric, floor in floors.items():
            case = _testcase(f"{cls}.{kind}", f"{kind} {metric} >= {floor}")
            value: float | None
            if kind == "mean":
                value = report.means.get(metric)
                low = value is not None and value < float(floor) - 1e-9
                shown = "n/a" if value is None else f"{value:.3f}"
                message = f"{metric} mean {shown} (floor {floor})"
            else:
                under = [
                    f"{c.name} {v:.3f}"
                    for c in scored
                    if not c.error
                    and (v := c.value(metric)) is not None
                    and v < float(floor) - 1e-9
                ]
                low = bool(under)
                message = f"{metric} under {floor} in: {', '.join(under)}" if under else ""
                value = 0.0
            if is_pending:
                state = "under its floor" if low else "meets its floor"
                _mark(case, "skipped", f"pending, not enforced yet: {message or metric} {state}")
            elif value is None:
                _mark(case, "skipped", f"{metric}: n/a for every case")
            elif low:
                _mark(case, "failure", message)
            cases.append(case)
    overall_min = report.min_score if report.min_score is not None else limits.get("overall")
    if overall_min is not None:
        case = _testcase(cls, f"overall >= {overall_min}")
        if report.overall < float(overall_min) - 1e-9:
            _mark(case, "failure", f"overall {report.overall:.3f} < {overall_min}")
        cases.append(case)
    regressed = {r.split(":", 1)[0]: r for r in report.regressions}
    for metric, delta in report.deltas.items():
        case = _testcase(f"{cls}.baseline", f"baseline {metric} (delta {delta:+.3f})")
        if metric in regressed:
            _mark(case, "failure", f"regressed: {regressed[metric]}")
        cases.append(case)
    return cases


# --------------------------------------------------------------------------- Markdown


def _md(text: object) -> str:
    """A table cell: pipes and line breaks would break the table, HTML would render."""
    return (
        _clean(text)
        .replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", " ")
    )


def to_markdown(report: EvalReport) -> str:
    """A summary fit for a pull-request comment: metric, threshold, value, delta vs baseline."""
    title = f"### groundwork eval: engine `{report.engine}`"
    if report.skipped:
        return f"{title}\n\n**NOT RUN**: {_md(report.skipped)}\n"
    verdict = "PASS" if report.passed else "FAIL"
    lines = [
        title,
        "",
        f"**{verdict}**: overall {report.overall:.3f} over {len(report.scored)} cases"
        + (f", compared with `{_md(report.baseline_path)}`" if report.baseline_path else ""),
        "",
    ]
    splits = list(report.splits)
    head = ["metric", "threshold", "value"]
    if len(splits) > 1:
        head += [f"{s}" for s in splits]
    head += ["delta", "status"]
    lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    regressed = {r.split(":", 1)[0] for r in report.regressions}
    for metric in (*REPORTED, *VAGUENESS_METRICS):
        if metric not in report.means:
            continue
        value = report.means[metric]
        floor, pending = report.floor(metric)
        if metric in regressed:
            status = "regressed"
        elif floor is not None and value < floor - 1e-9:
            status = "pending (under)" if pending else "FAIL"
        elif floor is not None:
            status = "pending (met)" if pending else "pass"
        else:
            status = "reported"
        threshold = "" if floor is None else f"{floor:g}" + (" (pending)" if pending else "")
        if metric in LOWER_IS_BETTER:
            threshold = "lower is better"
        row = [f"`{metric}`", threshold, f"{value:.3f}"]
        if len(splits) > 1:
            row += [
                f"{report.splits[s]['means'][metric]:.3f}"
                if metric in report.splits[s]["means"]
                else "n/a"
                for s in splits
            ]
        delta = report.deltas.get(metric)
        row += ["" if delta is None else f"{delta:+.3f}", status]
        lines.append("| " + " | ".join(row) + " |")
    if "overall" in report.deltas:
        lines.append(f"\noverall delta vs baseline: {report.deltas['overall']:+.3f}")
    usage = report.usage()
    if usage["calls"]:
        cost = (
            "unknown" if usage["cost"] is None else f"{usage['cost']:.4f} {usage['currency'] or ''}"
        )
        lines.append(
            f"\nmodel calls {usage['calls']}, tokens {usage['prompt_tokens']} in / "
            f"{usage['completion_tokens']} out, estimated cost {cost.strip()}"
        )
    for heading, items in (
        ("Under threshold", report.failures),
        ("Regressed vs baseline", report.regressions),
        ("Skipped cases", [f"{c.name}: {c.skipped}" for c in report.cases if c.skipped]),
    ):
        if items:
            lines += ["", f"**{heading}**", ""] + [f"- {_md(i)}" for i in items]
    return "\n".join(lines) + "\n"


__all__ = [
    "apply_baseline",
    "case_usage",
    "load_prices",
    "load_report",
    "to_junit",
    "to_markdown",
]
