"""The ``llm`` engine: each judgment step is one structured call to an OpenAI-compatible model.

Prompts live in ``prompts/<step>.md`` (the system message). The user message carries only
data, inside tags the system prompt names (``<deck>``, ``<vision>``, ``<org_context>``...),
built by ``_llm_data`` to fit the context budget: ``PlanConfig.context_tokens`` less the
answer's ``max_tokens`` less the step's instructions is the room each step's data gets.

The engine proposes; the workflow validates. Owners are not checked against the
roster here (the validate step turns unknown owners into gaps or repairs); the
engine only normalizes what is safe to normalize: whitespace, task keys, score
ranges, the three-scenario cap, ids that do not exist.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal, TypeVar

import httpx
from pydantic import BaseModel, ConfigDict, Field

from agent.config import PlanConfig
from agent.engines._budget import FEEDBACK_RESERVE, message_tokens
from agent.engines._llm_client import LLMClient, LLMUsage, StrictSchemaError, strict_json_schema
from agent.engines._llm_data import (
    deck_batches,
    deck_data,
    deck_prefix,
    decompose_org,
    escape_data,
    scenario_org,
    scenarios_data,
    vagueness_org,
    visible_units,
    vision_data,
    visions_data,
)
from agent.engines._usage import in_context
from agent.engines.base import (
    ContextRefDraft,
    Decomposition,
    GapDraft,
    PlanningContext,
    ScenarioDraft,
    TaskDraft,
    VisionDraft,
    VisionList,
)
from agent.errors import ConfigError
from prompts import render
from schemas.context import ContextHit, OrgContext
from schemas.deck import Deck
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

# One find_visions call reads at most this much serialized deck, whatever the window.
DECK_BATCH_CHARS = 40_000
MAX_SCENARIOS = 3
MIN_DATA_TOKENS = 400  # a step whose instructions leave less than this for data cannot work
_KEY_RE = re.compile(r"[^a-z0-9]+")
_REASON_LIST = "\n".join(f"- {c}" for c in REASON_CODES)
M = TypeVar("M", bound=BaseModel)


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
        # A window too small for a step's instructions fails now, before a run writes anything.
        self._room("find_visions", VisionList)
        self._room("assess_vagueness", _VaguenessAnswer, reason_codes=_REASON_LIST)
        self._room("choose_scenarios", _ScenarioAnswer)
        self._room("decompose", _DecompositionAnswer)

    def use_deck(self, deck: Deck) -> None:
        self.deck = deck

    # ------------------------------------------------------------------ steps

    def find_visions(self, deck: Deck) -> list[VisionDraft]:
        system, room = self._room("find_visions", VisionList)
        batches = deck_batches(visible_units(deck), room, DECK_BATCH_CHARS)
        numbers = {u.number for u in deck.units if not u.hidden}
        kinds = {u.number: u.kind for u in deck.units}

        def read(i: int) -> VisionList:
            note = f"(part {i + 1} of {len(batches)} of the deck)" if len(batches) > 1 else ""
            data = deck_data(deck, batches[i], note=note, budget=room)
            return self._ask("find_visions", system, data, VisionList)

        if len(batches) <= 1:
            answers = [read(0)] if batches else []
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
        system, room = self._room("assess_vagueness", _VaguenessAnswer, reason_codes=_REASON_LIST)
        data = f"<vision>\n{escape_data(text.strip())}\n</vision>"
        if org is not None:
            context = vagueness_org(org, text, room - message_tokens([{"content": data}]))
            data = "\n".join(p for p in (data, context) if p)
        answer = self._ask("assess_vagueness", system, data, _VaguenessAnswer)
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
        system, room = self._room("choose_scenarios", _ScenarioAnswer)
        listed = visions_data(visions, room // 3)
        context = scenario_org(org, room // 4)
        used = message_tokens([{"content": listed}, {"content": context}])
        deck_text, _ = deck_prefix(deck, room - used)
        data = "\n".join([listed, deck_text, context])
        answer = self._ask("choose_scenarios", system, data, _ScenarioAnswer)
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
        planning: PlanningContext | None = None,
    ) -> Decomposition:
        system, room = self._room("decompose", _DecompositionAnswer)
        head = "\n".join([vision_data(vision, room // 4), scenarios_data(scenarios)])
        context, _sent = decompose_org(org, hits, room - message_tokens([{"content": head}]))
        data = "\n".join([head, context])
        answer = self._ask("decompose", system, data, _DecompositionAnswer, subject=vision.id)
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

    # ------------------------------------------------------------------ requests

    def _room(
        self,
        step: str,
        model_cls: type[BaseModel],
        schema: dict[str, Any] | None = None,
        **values: str,
    ) -> tuple[str, int]:
        """The step's system prompt, and the tokens left for its data in the context budget."""
        system = render(step, **values).strip()
        if schema is None:
            schema = _schema(model_cls)
        fixed = (
            message_tokens([{"content": system}, {"content": ""}])
            + self.client.format_tokens(schema, step)
            + FEEDBACK_RESERVE
        )
        room = self.config.prompt_tokens() - fixed
        if room < MIN_DATA_TOKENS:
            raise ConfigError(
                f"{step}: --context-tokens {self.config.context_tokens} leaves {max(room, 0)} tokens "
                f"for the data after the instructions and the answer's {self.config.answer_tokens()}; "
                "raise --context-tokens (GROUNDWORK_CONTEXT_TOKENS) or lower --llm-max-tokens"
            )
        return system, room

    def _ask(
        self,
        step: str,
        system: str,
        data: str,
        model_cls: type[M],
        *,
        schema: dict[str, Any] | None = None,
        subject: str | None = None,
    ) -> M:
        messages = [{"role": "system", "content": system}, {"role": "user", "content": data}]
        return self.client.structured(
            messages, model_cls, step=step, schema=schema, subject=subject
        )


def _schema(model_cls: type[BaseModel]) -> dict[str, Any]:
    try:
        return strict_json_schema(model_cls)
    except StrictSchemaError:
        return model_cls.model_json_schema()


__all__ = ["LLMEngine", "escape_data"]
