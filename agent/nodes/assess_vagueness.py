"""Step 3: flag visions too vague to execute; when interactive, pause and ask the strategist.

The pause is a LangGraph ``interrupt``: the run is checkpointed, the process may exit,
and ``resume`` continues here with the answers (``Command(resume={vision_id: answer})``).
Answers given up front (``--answers FILE``) are applied without pausing.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from agent.engines import Meter, in_context
from agent.engines.base import Engine
from agent.engines.rules.vagueness import DEADLINES
from agent.nodes._common import PlanState, RunContext, metered, org_of, run_context
from agent.record import Clarify
from schemas.context import OrgContext
from schemas.plan import Vagueness, Vision

T = TypeVar("T")


def match_answer(answers: dict[str, str], vision_id: str, text: str) -> str | None:
    """Answers are keyed by vision id, or by the vision's text (or a distinctive part of it)."""
    if not answers:
        return None
    lowered = " ".join(text.lower().split())
    for key, value in answers.items():
        k = " ".join(str(key).lower().split())
        if k == vision_id.lower() or (len(k) >= 12 and (k in lowered or lowered in k)):
            if isinstance(value, list):
                value = " ".join(str(v) for v in value)
            value = " ".join(str(value).split())
            return value or None
    return None


def _dated_by_title(
    vision: Vision, titles: dict[int, str], engine: Engine, org: OrgContext
) -> tuple[Vagueness, str] | None:
    """A goal under "What success looks like in 2027" is dated by its slide: re-assess it with the title."""
    if not any(r.code == "no_deadline" for r in vision.vagueness.reasons):
        return None
    source = vision.source
    title = titles.get(source.slide or source.page or 0, "")
    if not title or not DEADLINES.search(title):
        return None
    report = engine.assess_vagueness(f"{vision.text} ({title})", org)
    if any(r.code == "no_deadline" for r in report.reasons):
        return None
    return report, title


def _measured(vision: Vision, engine: Engine, org: OrgContext) -> Vagueness | None:
    """A goal the deck measures by a KPI row or tile ("Run every batch on electronic logsheets"
    and the row "Batches on electronic logsheets: 0% -> 100% by Q2 2031") says what changes,
    to what and by when through that row (evals/vagueness/LABELLING.md, "The rule"): it is as
    executable as the row read as a goal. A row without a target or a date leaves it be."""
    measure = vision.measure
    if not vision.vagueness.vague or measure is None or not measure.target or not measure.by:
        return None
    start = f" from {measure.baseline}" if measure.baseline else ""
    report = engine.assess_vagueness(
        f"{measure.metric}{start} to {measure.target} by {measure.by}", org
    )
    return None if report.vague else report


def _side_by_side(cfg: Any, call: Callable[[Any], T], items: list[Any]) -> list[T]:
    """Independent engine calls at once (the LLM engine's client is thread-safe), in order."""
    if not items:
        return []
    with ThreadPoolExecutor(max_workers=cfg.parallel(len(items))) as pool:
        return list(pool.map(in_context(call), items))


def clarified(text: str, answer: str) -> str:
    """The vision restated with the strategist's answer. An answer that already restates the
    whole goal (an edited suggested rewrite) replaces the text instead of repeating it."""
    core = " ".join(text.rstrip(". ").split()).lower()
    if core and core in " ".join(answer.split()).lower():
        return answer
    return f"{text.rstrip('. ')}: {answer}"


def assess_vagueness(state: PlanState, runtime: Runtime[RunContext]) -> PlanState:
    with metered() as usage:
        return _assess(state, run_context(runtime, state), usage)


def _assess(state: PlanState, context: RunContext, usage: Meter) -> PlanState:
    cfg, engine = context.config, context.engine
    org = org_of(state)
    answers: dict[str, str] = dict(state.get("answers") or {})
    drafts = state.get("vision_drafts", [])
    reports = _side_by_side(cfg, lambda d: engine.assess_vagueness(d.text, org), drafts)
    visions = [
        Vision(
            id=f"V{i}",
            text=d.text,
            source=d.source,
            evidence=d.evidence,
            also_stated=d.also_stated,
            measure=d.measure,
            vagueness=r,
        )
        for i, (d, r) in enumerate(zip(drafts, reports, strict=True), start=1)
    ]
    warnings: list[str] = []
    titles = {u.number: u.title or "" for u in state["deck"].units}
    redated = _side_by_side(cfg, lambda v: _dated_by_title(v, titles, engine, org), visions)
    for vision, dated in zip(visions, redated, strict=True):
        if dated is not None:
            vision.vagueness, title = dated
            warnings.append(f"{vision.id}: its date comes from the slide title '{title}'")

    measured = _side_by_side(cfg, lambda v: _measured(v, engine, org), visions)
    for vision, report in zip(visions, measured, strict=True):
        if report is not None:
            vision.vagueness = report

    pending = [
        v for v in visions if v.vagueness.vague and match_answer(answers, v.id, v.text) is None
    ]
    if pending and cfg.interactive:
        ask: Clarify = {
            "kind": "clarify",
            "visions": [
                {
                    "id": v.id,
                    "text": v.text,
                    "source": {
                        "file": v.source.file,
                        "slide": v.source.slide,
                        "page": v.source.page,
                    },
                    "reasons": [
                        {"code": r.code, "message": r.message, "evidence": r.evidence}
                        for r in v.vagueness.reasons
                    ],
                    "questions": list(v.vagueness.questions),
                    "suggested_rewrite": v.vagueness.suggested_rewrite,
                }
                for v in pending
            ],
        }
        reply = interrupt(ask)
        if isinstance(reply, dict):
            answers.update(reply)

    answered = []
    for vision in visions:
        answer = match_answer(answers, vision.id, vision.text)
        if answer is None:
            if vision.vagueness.vague:
                warnings.append(
                    f"{vision.id} is too vague to execute as written; see its questions"
                )
            continue
        vision.original_text = vision.text
        vision.answers = [answer]
        vision.text = clarified(vision.text, answer)
        answered.append(vision)
    again = _side_by_side(cfg, lambda v: engine.assess_vagueness(v.text, org), answered)
    for vision, report in zip(answered, again, strict=True):
        vision.vagueness = report
        if vision.vagueness.vague:
            warnings.append(f"{vision.id} is still vague after the strategist's answer")
    return {
        "visions": visions,
        "answers": answers,
        "warnings": [*usage.warnings, *warnings],
        "usage": usage.as_update(),
    }
