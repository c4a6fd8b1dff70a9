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
from typing import Literal, TypeVar

import httpx
from openai.types.chat import ChatCompletionMessageParam
from pydantic import BaseModel, ConfigDict, Field

from agent.config import PlanConfig
from agent.engines._budget import FEEDBACK_RESERVE, message_tokens
from agent.engines._llm_client import (
    LLMClient,
    LLMUsage,
    StrictSchemaError,
    narrow,
    strict_json_schema,
)
from agent.engines._llm_data import (
    deck_batches,
    deck_data,
    deck_plan_block,
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
from agent.engines._usage import in_context, note
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
from agent.guard import (
    GAP_KINDS,
    MAX_QUESTIONS,
    MAX_TASKS_PER_VISION,
    MAX_VISIONS,
    capped,
    defuse,
)
from agent.json_types import JSONSchema
from prompts import render
from schemas.context import ContextHit, OrgContext, Role
from schemas.deck import Deck
from schemas.plan import (
    REASON_CODES,
    EngineInfo,
    Horizon,
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
VAGUE_AT = 0.5  # prompts/assess_vagueness.md: vague when the score is 0.5 or more
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


class _RefAnswer(_Draft):
    doc: str = Field(description="copied from a <hit> tag")
    chunk: int | None = Field(default=None, description="copied from the same <hit> tag")
    quote: str | None = Field(default=None, description="a short exact excerpt of that passage")


class _TaskAnswer(_Draft):
    """What the model writes for a task: only what it can know (the planner adds the rest)."""

    key: str = Field(
        description="lower_snake_case identifier of the work, e.g. identity_resolution"
    )
    title: str
    description: str
    layer: Layer
    owner_role: str = Field(description="a core-tier role name from <roster>")
    horizon: Horizon
    depends_on: list[str]
    done_when: str = Field(description="an observable test someone else can check")
    context_refs: list[_RefAnswer]
    scenario_ids: list[str]
    consulted: list[str] = Field(description="roster role names")
    pilot: bool


class _LayerNotes(_Draft):
    experience: str | None = Field(default=None, description="why no experience task, else null")
    process_people: str | None = Field(
        default=None, description="why no process_people task, else null"
    )
    tech_data: str | None = Field(default=None, description="why no tech_data task, else null")
    governance_measurement: str | None = Field(
        default=None, description="why no governance_measurement task, else null"
    )


class _GapAnswer(_Draft):
    layer: Layer
    text: str
    evidence: str | None = None
    kind: str | None = Field(default=None, description=" | ".join(GAP_KINDS))


class _DecompositionAnswer(_Draft):
    tasks: list[_TaskAnswer]
    layer_notes: _LayerNotes
    gaps: list[_GapAnswer]


# --------------------------------------------------------------------------- normalization


def _clean(text: str | None) -> str | None:
    """Model-written text: one line, and no sentence addressed to the tool."""
    if text is None:
        return None
    cleaned = " ".join(text.split())
    return defuse(cleaned) or None


def task_key(raw: str, fallback: str) -> str:
    key = _KEY_RE.sub("_", raw.strip().lower()).strip("_")
    return key or fallback


def _clamp(value: float) -> float:
    if value != value:  # NaN
        return 1.0
    return min(1.0, max(0.0, float(value)))


def _squash(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9%$]+", text.casefold()))


def _found_in(text: str, source: str, share: float = 0.6) -> bool:
    """Most of ``text``'s words are in ``source``: quoted or joined from it, not invented."""
    words = set(_squash(text).split())
    if not words:
        return False
    return len(words & set(_squash(source).split())) / len(words) >= share


def _observable(done_when: str) -> bool:
    """A check someone else can make: long enough, and it names something that exists or is seen."""
    return len(done_when.split()) >= 5 and bool(_OBSERVABLE.search(done_when))


_OBSERVABLE = re.compile(
    r"\b(is|are|has|have|shows?|lists?|published|signed|live|measured|reported|running|agreed|"
    r"documented|recorded|completed|in use|syncs?|reaches|exists?|chosen|presented|written|"
    r"available|above|below|falls|expired|approved|launched|sent|linked|dashboard|report)\b",
    re.I,
)


# --------------------------------------------------------------------------- the engine


class LLMEngine:
    """The Engine protocol over one OpenAI-compatible endpoint; thread-safe.

    Every answer is checked against the run's facts before it leaves the engine: slides
    within the deck, vision text found on its slide, citations among the passages sent,
    consulted roles on the roster, ids that exist; ``vague`` follows from the score; caps
    hold. What is dropped or flagged is reported as the step's warnings (``_usage.note``).
    """

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
        units = {u.number: u for u in visible_units(deck)}
        where = "slide" if any(u.kind == "slide" for u in deck.units) else "page"

        def read(i: int) -> VisionList:
            note = f"(part {i + 1} of {len(batches)} of the deck)" if len(batches) > 1 else ""
            data = deck_data(deck, batches[i], note=note, budget=room)
            schema = narrow(_schema(VisionList), "visions.*.source.file", [deck.name])
            numbers = [u.number for u in batches[i]]
            schema = narrow(schema, f"visions.*.source.{where}", numbers)
            return self._ask("find_visions", system, data, VisionList, schema=schema)

        if len(batches) <= 1:
            answers = [read(0)] if batches else []
        else:  # a long deck: read its parts in parallel, merge in deck order
            workers = self.config.parallel(len(batches))
            with ThreadPoolExecutor(max_workers=workers) as pool:
                answers = list(pool.map(in_context(read), range(len(batches))))
        found: list[VisionDraft] = []
        seen: set[str] = set()
        for answer in answers:
            for draft in answer.visions:
                text = _clean(draft.text)
                if not text or text.casefold() in seen:
                    continue
                number = draft.source.slide or draft.source.page
                unit = units.get(number or 0)
                if unit is None:
                    note(
                        f"find_visions: dropped '{_short(text)}': {where} {number} is not in the deck"
                    )
                    continue
                if not _found_in(text, f"{unit.title or ''} {unit.text()}"):
                    note(f"find_visions: dropped '{_short(text)}': not found on {where} {number}")
                    continue
                seen.add(text.casefold())
                source = (
                    Source(file=deck.name, slide=number)
                    if unit.kind == "slide"
                    else Source(file=deck.name, page=number)
                )
                found.append(VisionDraft(text=text, source=source, evidence=_clean(draft.evidence)))
        if len(found) > MAX_VISIONS:
            note(f"find_visions: {len(found)} visions proposed; kept the first {MAX_VISIONS}")
            found = found[:MAX_VISIONS]
        return found

    def assess_vagueness(self, text: str, org: OrgContext | None = None) -> Vagueness:
        system, room = self._room("assess_vagueness", _VaguenessAnswer, reason_codes=_REASON_LIST)
        data = f"<vision>\n{escape_data(text.strip())}\n</vision>"
        if org is not None:
            context = vagueness_org(
                org, text, room - message_tokens([{"role": "user", "content": data}])
            )
            data = "\n".join(p for p in (data, context) if p)
        answer = self._ask("assess_vagueness", system, data, _VaguenessAnswer)
        reasons: list[VaguenessReason] = []
        for r in answer.reasons:
            code = task_key(r.code, "other")
            if any(x.code == code for x in reasons):
                continue  # one reason per code
            evidence = _clean(r.evidence)
            if evidence and _squash(evidence) not in _squash(text):
                evidence = None  # evidence is words of the statement, or nothing
            reasons.append(
                VaguenessReason(code=code, message=_clean(r.message) or code, evidence=evidence)
            )
        score = _clamp(answer.score)
        # The verdict follows from the score (and a missing metric), whatever the model said.
        vague = score >= VAGUE_AT or any(r.code == "no_metric" for r in reasons)
        questions = [q for q in (_clean(q) for q in answer.questions) if q][:MAX_QUESTIONS]
        return Vagueness(
            vague=vague,
            score=score,
            reasons=reasons,
            questions=questions if vague else [],
            suggested_rewrite=_clean(answer.suggested_rewrite) if vague else None,
        )

    def choose_scenarios(
        self, deck: Deck, visions: list[Vision], org: OrgContext
    ) -> list[ScenarioDraft]:
        system, room = self._room("choose_scenarios", _ScenarioAnswer)
        listed = visions_data(visions, room // 3)
        context = scenario_org(org, room // 4)
        used = message_tokens(
            [{"role": "user", "content": listed}, {"role": "user", "content": context}]
        )
        deck_text, _ = deck_prefix(deck, room - used)
        data = "\n".join([listed, deck_text, context])
        schema = narrow(_schema(_ScenarioAnswer), "scenarios.*.vision_ids", [v.id for v in visions])
        answer = self._ask("choose_scenarios", system, data, _ScenarioAnswer, schema=schema)
        known = {v.id for v in visions}
        units = {u.number for u in visible_units(deck)}
        scenarios = []
        if len(answer.scenarios) > MAX_SCENARIOS:
            note(
                f"choose_scenarios: {len(answer.scenarios)} proposed; kept the first {MAX_SCENARIOS}"
            )
        for draft in answer.scenarios[:MAX_SCENARIOS]:
            values = draft.model_dump()
            for field in ("name", "segment", "context", "rationale"):
                values[field] = _clean(values[field]) or ""
            if not values["name"]:
                note("choose_scenarios: dropped a scenario without a name")
                continue
            values["vision_ids"] = list(
                dict.fromkeys(v.strip() for v in draft.vision_ids if v.strip() in known)
            )
            source = draft.source
            if source is not None:
                number = source.slide or source.page
                values["source"] = (
                    {**values["source"], "file": deck.name} if number in units else None
                )
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
        core = [r.name for r in org.roles if r.tier == "core"]
        system, room = self._room("decompose", _DecompositionAnswer)
        parts = [vision_data(vision, room // 4), scenarios_data(scenarios)]
        if planning is not None:
            plan_lines = planning.deck_plan_text.splitlines()
            parts.append(deck_plan_block(plan_lines, planning.pilot, room // 8))
        head = "\n".join(p for p in parts if p)
        room -= message_tokens([{"role": "user", "content": head}])
        for shrink in (0, 150, 300, 600):  # the final schema's enums may cost a little more
            context, sent = decompose_org(org, hits, room - shrink)
            schema = _decompose_schema(core, org.role_names(), scenarios, sent)
            data = "\n".join([head, context])
            if self._fits(system, data, schema, "decompose"):
                break
        answer = self._ask(
            "decompose", system, data, _DecompositionAnswer, schema=schema, subject=vision.id
        )
        return _decomposition(answer, vision, scenarios, org, sent)

    # ------------------------------------------------------------------ bookkeeping    # ------------------------------------------------------------------ bookkeeping

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
            usage_unknown_calls=usage.unknown_usage_calls,
            estimated_prompt_tokens=usage.estimated_prompt_tokens,
        )

    def close(self) -> None:
        self.client.close()

    # ------------------------------------------------------------------ requests

    def _room(
        self,
        step: str,
        model_cls: type[BaseModel],
        schema: JSONSchema | None = None,
        **values: str,
    ) -> tuple[str, int]:
        """The step's system prompt, and the tokens left for its data in the context budget."""
        system = render(step, **values).strip()
        if schema is None:
            schema = _schema(model_cls)
        fixed = (
            message_tokens([{"role": "system", "content": system}, {"role": "user", "content": ""}])
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

    def _fits(self, system: str, data: str, schema: JSONSchema, step: str) -> bool:
        used = (
            message_tokens(
                [{"role": "system", "content": system}, {"role": "user", "content": data}]
            )
            + self.client.format_tokens(schema, step)
            + FEEDBACK_RESERVE
        )
        return used <= self.config.prompt_tokens()

    def _ask(
        self,
        step: str,
        system: str,
        data: str,
        model_cls: type[M],
        *,
        schema: JSONSchema | None = None,
        subject: str | None = None,
    ) -> M:
        messages: list[ChatCompletionMessageParam] = [
            {"role": "system", "content": system},
            {"role": "user", "content": data},
        ]
        return self.client.structured(
            messages, model_cls, step=step, schema=schema, subject=subject
        )


def _schema(model_cls: type[BaseModel]) -> JSONSchema:
    try:
        return strict_json_schema(model_cls)
    except StrictSchemaError:
        return model_cls.model_json_schema()


__all__ = ["LLMEngine", "escape_data"]


def _decompose_schema(
    core: list[str], roster: list[str], scenarios: list[Scenario], sent: list[ContextHit]
) -> JSONSchema:
    """The answer's JSON Schema for this vision: owners, roles, ids and citations it may use."""
    schema = _schema(_DecompositionAnswer)
    schema = narrow(schema, "tasks.*.owner_role", core)
    schema = narrow(schema, "tasks.*.consulted", roster)
    schema = narrow(schema, "tasks.*.scenario_ids", [s.id for s in scenarios])
    schema = narrow(schema, "tasks.*.context_refs.*.doc", sorted({h.doc for h in sent}))
    schema = narrow(schema, "tasks.*.context_refs.*.chunk", sorted({h.chunk for h in sent}))
    return narrow(schema, "gaps.*.kind", list(GAP_KINDS))


def _decomposition(
    answer: _DecompositionAnswer,
    vision: Vision,
    scenarios: list[Scenario],
    org: OrgContext,
    sent: list[ContextHit],
) -> Decomposition:
    """The model's tasks, checked against what this call knew: roster, scenarios, passages."""
    scenario_ids = {s.id for s in scenarios}
    passages = {(h.doc, h.chunk): h for h in sent}
    tasks_in = answer.tasks
    if len(tasks_in) > MAX_TASKS_PER_VISION:
        note(
            f"decompose {vision.id}: {len(tasks_in)} tasks proposed; "
            f"kept {MAX_TASKS_PER_VISION} across the layers"
        )
        tasks_in = capped(tasks_in, lambda t: str(t.layer))
    keys: dict[int, str] = {}
    used: set[str] = set()
    for i, task in enumerate(tasks_in):
        key = task_key(task.key, f"task_{i + 1}")
        unique, n = key, 2
        while unique in used:  # the same key twice in one answer: keep both tasks
            unique, n = f"{key}_{n}", n + 1
        used.add(unique)
        keys[i] = unique
    tasks = []
    for i, task in enumerate(tasks_in):
        depends = []
        for dep in task.depends_on:
            dep_key = task_key(dep, "")
            if dep_key and dep_key != keys[i] and dep_key not in depends:
                depends.append(dep_key)
        refs = []
        for ref in task.context_refs:
            hit = passages.get((ref.doc.strip(), ref.chunk))  # type: ignore[arg-type]
            if hit is None:
                note(
                    f"decompose {vision.id}: dropped a citation of {ref.doc.strip()[:60]}"
                    f"#{ref.chunk}: not among the passages retrieved"
                )
                continue
            quote = _clean(ref.quote)
            if quote and _squash(quote) not in _squash(hit.text):
                quote = _excerpt(hit.text)  # the passage's own words, never the model's
            refs.append(ContextRefDraft(doc=hit.doc, chunk=hit.chunk, quote=quote))
        consulted = []
        for name in task.consulted:
            role = org.role(name)
            if role is None:
                note(
                    f"decompose {vision.id}: dropped consulted role '{_short(name)}': not on the roster"
                )
            elif role.name not in consulted:
                consulted.append(role.name)
        owner = org.role(task.owner_role)
        if owner is not None and owner.tier != "core":
            # Extended-tier roles are consulted, never accountable for the work.
            core = _closest_core_role(org, f"{task.title} {task.description} {task.layer}")
            if core is not None:
                note(
                    f"decompose {vision.id}: extended-tier '{owner.name}' moved to consulted on "
                    f"'{keys[i]}'; {core.name} owns it"
                )
                consulted = [owner.name, *(c for c in consulted if c != owner.name)]
                owner = core
        done_when = _clean(task.done_when) or ""
        if not _observable(done_when):
            note(
                f"decompose {vision.id}: '{keys[i]}' is done when '{_short(done_when)}', "
                "which nobody can check; the owner must restate it"
            )
        tasks.append(
            TaskDraft(
                key=keys[i],
                title=_clean(task.title) or keys[i].replace("_", " "),
                description=_clean(task.description) or "",
                layer=task.layer,
                # An unknown owner is kept as written: the validate step makes it a gap.
                owner_role=owner.name if owner else (_clean(task.owner_role) or ""),
                horizon=task.horizon,
                depends_on=depends,
                done_when=done_when,
                context_refs=refs,
                scenario_ids=list(
                    dict.fromkeys(s.strip() for s in task.scenario_ids if s.strip() in scenario_ids)
                ),
                consulted=[c for c in consulted if c != (owner.name if owner else None)],
                pilot=task.pilot,
            )
        )
    notes = {
        layer.value: text
        for layer in Layer
        if (text := _clean(getattr(answer.layer_notes, layer.value)))
    }
    gaps = []
    for g in answer.gaps:
        text = _clean(g.text)
        if not text:
            continue
        kind = task_key(g.kind or "", "") or None
        gaps.append(
            GapDraft(
                layer=g.layer,
                text=text,
                evidence=_clean(g.evidence),
                kind=kind if kind in GAP_KINDS else None,
            )
        )
    return Decomposition(tasks=tasks, layer_notes=notes, gaps=gaps)


def _closest_core_role(org: OrgContext, text: str) -> Role | None:
    """The core role whose name and responsibilities share the most words with ``text``."""
    wanted = set(_squash(text).split())
    best: Role | None = None
    best_score = -1
    for role in org.roles:
        if role.tier != "core":
            continue
        words = set(_squash(" ".join([role.name, *role.responsibilities])).split())
        score = len(wanted & words)
        if score > best_score:
            best, best_score = role, score
    return best


def _excerpt(text: str, words: int = 20) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
