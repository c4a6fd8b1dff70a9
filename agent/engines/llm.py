"""The ``llm`` engine: each judgment step is one structured call to an OpenAI-compatible model.

Prompts live in ``prompts/<step>.md`` (the system message). The user message
carries only data, inside tags the system prompt names (``<deck>``,
``<vision>``, ``<org_context>``...), so deck or context text that tries to steer
the model stays data. Anything in that text that looks like one of our tags is
escaped, so it cannot close a block early.

The engine proposes; the workflow validates. Owners are not checked against the
roster here (the validate step turns unknown owners into gaps or repairs); the
engine only normalizes what is safe to normalize: whitespace, task keys, score
ranges, the three-scenario cap, ids that do not exist.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal

import httpx
from pydantic import BaseModel, ConfigDict, Field

from agent.config import PlanConfig
from agent.engines._llm_client import LLMClient, LLMUsage
from agent.engines._usage import in_context
from agent.engines.base import (
    ContextRefDraft,
    Decomposition,
    GapDraft,
    ScenarioDraft,
    TaskDraft,
    VisionDraft,
    VisionList,
)
from prompts import render
from schemas.context import ContextHit, OrgContext
from schemas.deck import Block, Deck, Unit
from schemas.plan import (
    REASON_CODES,
    EngineInfo,
    Layer,
    Scenario,
    Source,
    Vagueness,
    VaguenessReason,
    Vision,
)

# One find_visions call reads at most this much serialized deck; longer decks are read in batches.
DECK_BATCH_CHARS = 40_000
# choose_scenarios sees the deck too, trimmed to this budget (the visions carry the substance).
SCENARIO_DECK_CHARS = 20_000
MAX_SCENARIOS = 3

_TAGS = (
    "deck",
    "unit",
    "vision",
    "visions",
    "answers",
    "scenarios",
    "org_context",
    "roster",
    "systems",
    "absences",
    "metrics",
    "hits",
    "hit",
)
_TAG_RE = re.compile(r"<(/?)\s*(" + "|".join(_TAGS) + r")\b", re.I)
_KEY_RE = re.compile(r"[^a-z0-9]+")


# --------------------------------------------------------------------------- wire models
# What the model is asked for: like the drafts, but strict-schema friendly (no free-form
# dicts) and lenient where the engine can normalize instead of spending a repair round.


class _Draft(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class _VaguenessAnswer(_Draft):
    vague: bool
    score: float = Field(description="0.0 = ready to execute, 1.0 = a slogan")
    reasons: list[VaguenessReason]
    questions: list[str]
    suggested_rewrite: str | None = None


class _ScenarioAnswer(_Draft):
    scenarios: list[ScenarioDraft] = Field(description="1 to 3 scenarios, best first")


class _TaskAnswer(TaskDraft):
    key: str = Field(
        description="lower_snake_case identifier of the work, e.g. identity_resolution"
    )


class _LayerNotes(_Draft):
    experience: str | None = Field(default=None, description="why no experience task, else null")
    process_people: str | None = Field(
        default=None, description="why no process_people task, else null"
    )
    tech_data: str | None = Field(default=None, description="why no tech_data task, else null")
    governance_measurement: str | None = Field(
        default=None, description="why no governance_measurement task, else null"
    )


class _DecompositionAnswer(_Draft):
    tasks: list[_TaskAnswer]
    layer_notes: _LayerNotes
    gaps: list[GapDraft]


# --------------------------------------------------------------------------- data blocks


def escape_data(text: str) -> str:
    """Neutralize our own tag names inside data, so data cannot close or open a block."""
    return _TAG_RE.sub(lambda m: f"&lt;{m.group(1)}{m.group(2)}", text)


def _line(text: str) -> str:
    return escape_data(" / ".join(part.strip() for part in str(text).splitlines() if part.strip()))


def _attr(value: object) -> str:
    return _line(str(value)).replace('"', "'")


def _unit_attr(unit: Unit) -> str:
    return "slide" if unit.kind == "slide" else "page"


def _block_line(block: Block) -> str:
    label = block.kind.value if hasattr(block.kind, "value") else str(block.kind)
    if block.level:
        label += f" level={block.level}"
    text = block.text
    if block.rows:
        text = " ; ".join(" | ".join(cell.strip() for cell in row) for row in block.rows)
    return f"[{label}] {_line(text)}"


def unit_data(unit: Unit) -> str:
    attrs = f'{_unit_attr(unit)}="{unit.number}"'
    if unit.title:
        attrs += f' title="{_attr(unit.title)}"'
    if unit.hidden:
        attrs += ' hidden="true"'
    lines = [_block_line(b) for b in sorted(unit.blocks, key=lambda b: b.order) if b.text.strip()]
    return "\n".join([f"<unit {attrs}>", *lines, "</unit>"])


def deck_data(deck: Deck, units: list[Unit] | None = None, *, note: str = "") -> str:
    """The deck as tagged data: one ``<unit>`` per slide/page, one ``[kind] text`` line per block."""
    body = [unit_data(u) for u in (deck.units if units is None else units)]
    head = f'<deck file="{_attr(deck.name)}" kind="{deck.kind}">'
    return "\n".join([head, *body, *([note] if note else []), "</deck>"])


def _deck_batches(deck: Deck, budget: int) -> list[list[Unit]]:
    batches: list[list[Unit]] = [[]]
    size = 0
    for unit in deck.units:
        length = len(unit_data(unit))
        if batches[-1] and size + length > budget:
            batches.append([])
            size = 0
        batches[-1].append(unit)
        size += length
    return batches


def roster_data(org: OrgContext) -> str:
    lines = []
    for role in org.roles:
        parts = [_line(role.name)]
        if role.team:
            parts.append(f"team: {_line(role.team)}")
        parts.append(f"tier: {role.tier}")
        if role.responsibilities:
            parts.append("responsibilities: " + "; ".join(_line(r) for r in role.responsibilities))
        lines.append("- " + " | ".join(parts))
    return "\n".join(["<roster>", *lines, "</roster>"])


def org_data(org: OrgContext, hits: list[ContextHit] | None = None) -> str:
    """Roster, systems, absences, metrics and retrieved passages, each in its own tag."""
    systems = [
        "- "
        + " | ".join(
            p
            for p in (
                _line(s.name),
                f"category: {_line(s.category)}",
                _line(s.description),
                f"owner: {_line(s.owner)}" if s.owner else "",
                f"source: {_line(s.source)}" if s.source else "",
            )
            if p
        )
        for s in org.systems
    ]
    absences = [
        f"- {_line(a.capability)}: {_line(a.text)}"
        + (f" | source: {_line(a.source)}" if a.source else "")
        for a in org.absences
    ]
    metrics = [
        "- "
        + " | ".join(
            p
            for p in (
                _line(m.name),
                _line(m.definition),
                f"owner: {_line(m.owner)}" if m.owner else "",
                f"baseline: {_line(m.baseline)}" if m.baseline else "",
                f"target: {_line(m.target)}" if m.target else "",
            )
            if p
        )
        for m in org.metrics
    ]
    parts = [
        "<org_context>",
        roster_data(org),
        "\n".join(["<systems>", *systems, "</systems>"]),
        "\n".join(["<absences>", *absences, "</absences>"]),
        "\n".join(["<metrics>", *metrics, "</metrics>"]),
    ]
    if hits is not None:
        rendered = []
        for hit in hits:
            heading = f' heading="{_attr(hit.heading)}"' if hit.heading else ""
            rendered.append(
                f'<hit doc="{_attr(hit.doc)}" chunk="{hit.chunk}"{heading}>\n{escape_data(hit.text.strip())}\n</hit>'
            )
        parts.append("\n".join(["<hits>", *rendered, "</hits>"]))
    parts.append("</org_context>")
    return "\n".join(parts)


def _where(source: Source) -> str:
    if source.slide:
        return f'slide="{source.slide}"'
    if source.page:
        return f'page="{source.page}"'
    return ""


def vision_data(vision: Vision) -> str:
    attrs = " ".join(
        p
        for p in (f'id="{vision.id}"', f'file="{_attr(vision.source.file)}"', _where(vision.source))
        if p
    )
    attrs += f' vague="{"yes" if vision.vagueness.vague else "no"}"'
    parts = [f"<vision {attrs}>\n{escape_data(vision.text.strip())}\n</vision>"]
    if vision.vagueness.vague and vision.vagueness.questions:
        questions = "\n".join(f"- {_line(q)}" for q in vision.vagueness.questions)
        parts.append(f"<open_questions>\n{questions}\n</open_questions>")
    if vision.answers:
        answers = "\n".join(f"- {_line(a)}" for a in vision.answers)
        parts.append(f"<answers>\n{answers}\n</answers>")
    return "\n".join(parts)


def visions_data(visions: list[Vision]) -> str:
    lines = []
    for v in visions:
        where = (
            f" [slide {v.source.slide}]"
            if v.source.slide
            else f" [page {v.source.page}]"
            if v.source.page
            else ""
        )
        flag = f" (vague: {'yes' if v.vagueness.vague else 'no'}, score {v.vagueness.score:.2f})"
        lines.append(f"{v.id}{where}: {_line(v.text)}{flag}")
    return "\n".join(["<visions>", *lines, "</visions>"])


def scenarios_data(scenarios: list[Scenario]) -> str:
    lines = [
        f"{s.id}: {_line(s.name)} | segment: {_line(s.segment)} | context: {_line(s.context)}"
        f" | customer impact: {s.customer_impact} | business impact: {s.business_impact}"
        f" | visions: {', '.join(s.vision_ids) or '-'}"
        for s in scenarios
    ]
    return "\n".join(["<scenarios>", *lines, "</scenarios>"])


# --------------------------------------------------------------------------- normalization


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    cleaned = " ".join(text.split())
    return cleaned or None


def task_key(raw: str, fallback: str) -> str:
    key = _KEY_RE.sub("_", raw.strip().lower()).strip("_")
    return key or fallback


def _clamp(value: float) -> float:
    if value != value:  # NaN
        return 1.0
    return min(1.0, max(0.0, float(value)))


# --------------------------------------------------------------------------- the engine


class LLMEngine:
    """The Engine protocol over one OpenAI-compatible endpoint; thread-safe."""

    name: Literal["llm", "rules"] = "llm"

    def __init__(self, config: PlanConfig, *, http_client: httpx.Client | None = None) -> None:
        self.config = config
        self.client = LLMClient(config, http_client=http_client)
        self.deck: Deck | None = None

    def use_deck(self, deck: Deck) -> None:
        self.deck = deck

    # ------------------------------------------------------------------ steps

    def find_visions(self, deck: Deck) -> list[VisionDraft]:
        batches = _deck_batches(deck, DECK_BATCH_CHARS)
        numbers = {u.number for u in deck.units}
        kinds = {u.number: u.kind for u in deck.units}

        def read(i: int) -> VisionList:
            note = f"(part {i + 1} of {len(batches)} of the deck)" if len(batches) > 1 else ""
            return self.client.structured(
                self._messages("find_visions", deck_data(deck, batches[i], note=note)),
                VisionList,
                step="find_visions",
            )

        if len(batches) == 1:
            answers = [read(0)]
        else:  # a long deck: read its parts in parallel, merge in deck order
            workers = max(1, min(self.config.max_concurrency, len(batches)))
            with ThreadPoolExecutor(max_workers=workers) as pool:
                answers = list(pool.map(in_context(read), range(len(batches))))
        found: list[VisionDraft] = []
        seen: set[str] = set()
        for answer in answers:
            for draft in answer.visions:
                text = _clean(draft.text)
                if not text or text.casefold() in seen:
                    continue
                seen.add(text.casefold())
                number = draft.source.slide or draft.source.page
                if number not in numbers:
                    number = None
                source = Source(file=deck.name)
                if number is not None:
                    if kinds[number] == "slide":
                        source = Source(file=deck.name, slide=number)
                    else:
                        source = Source(file=deck.name, page=number)
                found.append(VisionDraft(text=text, source=source, evidence=_clean(draft.evidence)))
        return found

    def assess_vagueness(self, text: str, org: OrgContext | None = None) -> Vagueness:
        data = f"<vision>\n{escape_data(text.strip())}\n</vision>"
        if org is not None:
            data += "\n" + org_data(org)
        answer = self.client.structured(
            self._messages(
                "assess_vagueness", data, reason_codes="\n".join(f"- {c}" for c in REASON_CODES)
            ),
            _VaguenessAnswer,
            step="assess_vagueness",
        )
        reasons = [
            VaguenessReason(
                code=task_key(r.code, "other"),
                message=_clean(r.message) or r.code,
                evidence=_clean(r.evidence),
            )
            for r in answer.reasons
        ]
        questions = [q for q in (_clean(q) for q in answer.questions) if q]
        return Vagueness(
            vague=answer.vague,
            score=_clamp(answer.score),
            reasons=reasons,
            questions=questions,
            suggested_rewrite=_clean(answer.suggested_rewrite),
        )

    def choose_scenarios(
        self, deck: Deck, visions: list[Vision], org: OrgContext
    ) -> list[ScenarioDraft]:
        units: list[Unit] = []
        size = 0
        for unit in deck.units:
            size += len(unit_data(unit))
            if size > SCENARIO_DECK_CHARS and units:
                break
            units.append(unit)
        note = (
            ""
            if len(units) == len(deck.units)
            else f"(first {len(units)} of {len(deck.units)} units)"
        )
        data = "\n".join([visions_data(visions), deck_data(deck, units, note=note), org_data(org)])
        answer = self.client.structured(
            self._messages("choose_scenarios", data), _ScenarioAnswer, step="choose_scenarios"
        )
        known = {v.id for v in visions}
        scenarios = []
        for draft in answer.scenarios[:MAX_SCENARIOS]:
            values = draft.model_dump()
            for field in ("name", "segment", "context", "rationale"):
                values[field] = _clean(values[field]) or ""
            values["vision_ids"] = [v.strip() for v in draft.vision_ids if v.strip() in known]
            if draft.source is not None:
                values["source"] = {**values["source"], "file": deck.name}
            scenarios.append(ScenarioDraft.model_validate(values))
        return scenarios

    def decompose(
        self,
        vision: Vision,
        scenarios: list[Scenario],
        org: OrgContext,
        hits: list[ContextHit],
    ) -> Decomposition:
        data = "\n".join([vision_data(vision), scenarios_data(scenarios), org_data(org, hits)])
        answer = self.client.structured(
            self._messages("decompose", data), _DecompositionAnswer, step="decompose"
        )
        scenario_ids = {s.id for s in scenarios}
        keys: dict[int, str] = {}
        used: set[str] = set()
        for i, task in enumerate(answer.tasks):
            key = task_key(task.key, f"task_{i + 1}")
            unique, n = key, 2
            while unique in used:  # the same key twice in one answer: keep both tasks
                unique, n = f"{key}_{n}", n + 1
            used.add(unique)
            keys[i] = unique
        tasks = []
        for i, task in enumerate(answer.tasks):
            depends = []
            for dep in task.depends_on:
                dep_key = task_key(dep, "")
                if dep_key and dep_key != keys[i] and dep_key not in depends:
                    depends.append(dep_key)
            tasks.append(
                TaskDraft(
                    key=keys[i],
                    title=_clean(task.title) or keys[i].replace("_", " "),
                    description=_clean(task.description) or "",
                    layer=task.layer,
                    owner_role=task.owner_role.strip(),
                    horizon=task.horizon,
                    depends_on=depends,
                    done_when=_clean(task.done_when) or "",
                    context_refs=[
                        ContextRefDraft(doc=r.doc.strip(), chunk=r.chunk, quote=_clean(r.quote))
                        for r in task.context_refs
                        if r.doc.strip()
                    ],
                    scenario_ids=[
                        s.strip() for s in task.scenario_ids if s.strip() in scenario_ids
                    ],
                    consulted=[c.strip() for c in task.consulted if c.strip()],
                    pilot=task.pilot,
                )
            )
        notes = {
            layer.value: note
            for layer in Layer
            if (note := _clean(getattr(answer.layer_notes, layer.value)))
        }
        gaps = [
            GapDraft(
                layer=g.layer,
                text=_clean(g.text) or "",
                evidence=_clean(g.evidence),
                kind=_clean(g.kind),
            )
            for g in answer.gaps
            if _clean(g.text)
        ]
        return Decomposition(tasks=tasks, layer_notes=notes, gaps=gaps)

    # ------------------------------------------------------------------ bookkeeping

    def usage(self) -> LLMUsage:
        return self.client.usage()

    def info(self) -> EngineInfo:
        usage = self.client.usage()
        return EngineInfo(
            name="llm",
            model=self.client.model,
            llm_calls=usage.llm_calls,
            prompt_tokens=usage.prompt_tokens,
            completion_tokens=usage.completion_tokens,
            cached_calls=usage.cached_calls,
        )

    def close(self) -> None:
        self.client.close()

    @staticmethod
    def _messages(step: str, data: str, **values: str) -> list[dict[str, Any]]:
        return [
            {"role": "system", "content": render(step, **values).strip()},
            {"role": "user", "content": data},
        ]


__all__ = ["LLMEngine", "deck_data", "escape_data", "org_data"]
