"""The data blocks the llm engine sends, each sized to the room the context budget leaves.

Deck and context text travels inside tags the system prompts name (``<deck>``,
``<vision>``, ``<org_context>``...). Anything in the data that looks like one of our tags is
escaped, so data can neither close a block early nor open one.

Every builder takes a token budget and returns what fits: the deck is split into parts,
sections of the org context are cut to their share, passages are taken best first. The
roster is sent once (passages that only repeat it are left out), and each step gets only
what it uses: vagueness sees the vision and the metric and role names it may name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.engines._budget import clip, estimate_tokens, take
from schemas.context import ContextHit, OrgContext, Role
from schemas.deck import Block, Deck, Unit
from schemas.plan import Scenario, Source, Vision

_TAGS = (
    "deck",
    "unit",
    "vision",
    "visions",
    "answers",
    "open_questions",
    "scenarios",
    "org_context",
    "roster",
    "systems",
    "absences",
    "metrics",
    "hits",
    "hit",
    "deck_plan",
)
_TAG_RE = re.compile(r"<(/?)\s*(" + "|".join(_TAGS) + r")\b", re.I)
_WORD = re.compile(r"[a-z][a-z0-9]+")
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "into",
        "our",
        "their",
        "this",
        "that",
        "are",
        "was",
        "will",
        "all",
        "any",
        "per",
        "new",
        "every",
        "across",
        "more",
        "less",
        "than",
        "each",
        "its",
        "who",
        "which",
        "what",
        "how",
    ]
)


def escape_data(text: str) -> str:
    """Neutralize our own tag names inside data, so data cannot close or open a block."""
    return _TAG_RE.sub(lambda m: f"&lt;{m.group(1)}{m.group(2)}", text)


def line(text: str) -> str:
    return escape_data(" / ".join(part.strip() for part in str(text).splitlines() if part.strip()))


def attr(value: object) -> str:
    return line(str(value)).replace('"', "'")


def block(tag: str, lines: list[str]) -> str:
    return "\n".join([f"<{tag}>", *lines, f"</{tag}>"])


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


# --------------------------------------------------------------------------- deck


def _block_line(item: Block) -> str:
    label = item.kind.value if hasattr(item.kind, "value") else str(item.kind)
    if item.level:
        label += f" level={item.level}"
    text = item.text
    if item.rows:
        text = " ; ".join(" | ".join(cell.strip() for cell in row) for row in item.rows)
    return f"[{label}] {line(text)}"


def _unit_open(unit: Unit) -> str:
    attrs = f'{"slide" if unit.kind == "slide" else "page"}="{unit.number}"'
    if unit.title:
        attrs += f' title="{attr(unit.title)}"'
    return f"<unit {attrs}>"


def unit_data(unit: Unit, budget: int | None = None) -> str:
    """One slide or page; cut to ``budget`` tokens (marked) when it alone would not fit."""
    lines = [_block_line(b) for b in sorted(unit.blocks, key=lambda b: b.order) if b.text.strip()]
    if budget is not None and estimate_tokens("\n".join(lines)) > budget:
        kept, _ = take([clip(x, max(16, budget // 2)) for x in lines], max(0, budget - 12))
        lines = [*kept, "[note] (the rest of this unit was cut to fit the model's context)"]
    return "\n".join([_unit_open(unit), *lines, "</unit>"])


def visible_units(deck: Deck) -> list[Unit]:
    """The units the plan uses: hidden slides are never sent to the model."""
    return [u for u in deck.units if not u.hidden]


def deck_data(deck: Deck, units: list[Unit], *, note: str = "", budget: int | None = None) -> str:
    """The deck as tagged data: one ``<unit>`` per slide/page, one ``[kind] text`` line per block."""
    head = f'<deck file="{attr(deck.name)}" kind="{deck.kind}">'
    return "\n".join(
        [head, *(unit_data(u, budget) for u in units), *([note] if note else []), "</deck>"]
    )


DECK_FRAME = 40  # tokens for the <deck> tags and a "(part i of n)" note


def deck_batches(units: list[Unit], budget: int, max_chars: int) -> list[list[Unit]]:
    """Consecutive units grouped so each group fits ``budget`` tokens and ``max_chars``."""
    batches: list[list[Unit]] = [[]]
    size = chars = 0
    room = max(1, budget - DECK_FRAME)
    for unit in units:
        text = unit_data(unit, room)
        cost, length = estimate_tokens(text) + 1, len(text)
        if batches[-1] and (size + cost > room or chars + length > max_chars):
            batches.append([])
            size = chars = 0
        batches[-1].append(unit)
        size += cost
        chars += length
    return [b for b in batches if b]


def deck_prefix(deck: Deck, budget: int) -> tuple[str, int]:
    """The leading visible units that fit ``budget``, as one ``<deck>`` block; and how many."""
    units = visible_units(deck)
    kept: list[Unit] = []
    used = DECK_FRAME
    for unit in units:
        cost = estimate_tokens(unit_data(unit)) + 1
        if used + cost > budget:
            break
        kept.append(unit)
        used += cost
    note = "" if len(kept) == len(units) else f"(first {len(kept)} of {len(units)} units)"
    return deck_data(deck, kept, note=note), len(kept)


# --------------------------------------------------------------------------- org context


def _role_line(role: Role, detail: int | None) -> str:
    parts = [line(role.name)]
    if role.team:
        parts.append(f"team: {line(role.team)}")
    parts.append(f"tier: {role.tier}")
    if role.responsibilities and detail != 0:
        duties = "; ".join(line(r) for r in role.responsibilities)
        parts.append("responsibilities: " + (clip(duties, detail) if detail else duties))
    return "- " + " | ".join(parts)


def roster_block(org: OrgContext, budget: int) -> str:
    """Every role, once; responsibilities shortened until the roster fits ``budget``."""
    for detail in (None, 60, 30, 15, 0):
        lines = [_role_line(r, detail) for r in org.roles]
        text = block("roster", lines)
        if estimate_tokens(text) <= budget:
            return text
    core_first = sorted(org.roles, key=lambda r: r.tier != "core")  # bigger than the window
    kept, _ = take([_role_line(r, 0) for r in core_first], max(0, budget - 6))
    return block("roster", kept)


def role_names_block(names: list[str]) -> str:
    return block("roster", [f"- {line(n)}" for n in names])


def systems_block(org: OrgContext, budget: int) -> str:
    lines = []
    for s in org.systems:
        parts = [line(s.name), f"category: {line(s.category)}"]
        if s.description:
            parts.append(clip(line(s.description), 30))
        if s.owner:
            parts.append(f"owner: {clip(line(s.owner), 12)}")
        lines.append("- " + " | ".join(parts))
    kept, _ = take(lines, max(0, budget - 6))
    return block("systems", kept)


def absences_block(org: OrgContext, budget: int) -> str:
    lines = [f"- {line(a.capability)}: {clip(line(a.text), 50)}" for a in org.absences]
    kept, _ = take(lines, max(0, budget - 6))
    return block("absences", kept)


def metrics_block(org: OrgContext, budget: int, *, names: list[str] | None = None) -> str:
    """Metric lines (name, owner, baseline, target); only ``names`` when given."""
    wanted = set(names) if names is not None else None
    lines = []
    for m in org.metrics:
        if wanted is not None and m.name not in wanted:
            continue
        parts = [line(m.name)]
        if m.owner:
            parts.append(f"owner: {line(m.owner)}")
        if m.baseline:
            parts.append(f"baseline: {clip(line(m.baseline), 12)}")
        if m.target:
            parts.append(f"target: {clip(line(m.target), 12)}")
        lines.append("- " + " | ".join(parts))
    kept, _ = take(lines, max(0, budget - 6))
    return block("metrics", kept)


def _repeats_roster(hit: ContextHit, org: OrgContext, roster_docs: set[str]) -> bool:
    """A passage from a roster file that names a role: the <roster> block already says it."""
    if hit.doc not in roster_docs:
        return False
    text = hit.text.casefold()
    return any(r.name.casefold() in text for r in org.roles)


PASSAGE_TOKENS = 180  # one passage's share at most: more passages beat longer ones


def hits_block(
    hits: list[ContextHit], org: OrgContext, budget: int
) -> tuple[str, list[ContextHit]]:
    """Passages in retrieval order while they fit; returns the block and the passages sent."""
    roster_docs = {r.source for r in org.roles if r.source}
    sent: list[ContextHit] = []
    rendered: list[str] = []
    used = 6
    for hit in hits:
        if _repeats_roster(hit, org, roster_docs):
            continue
        heading = f' heading="{attr(clip(hit.heading, 20))}"' if hit.heading else ""
        text = (
            f'<hit doc="{attr(hit.doc)}" chunk="{hit.chunk}"{heading}>\n'
            f"{escape_data(clip(hit.text.strip(), PASSAGE_TOKENS))}\n</hit>"
        )
        cost = estimate_tokens(text) + 1
        if used + cost > budget:
            continue  # a shorter passage further down may still fit
        sent.append(hit)
        rendered.append(text)
        used += cost
    return block("hits", rendered), sent


@dataclass(frozen=True)
class OrgShares:
    """What share of the room each org-context section may take in decompose."""

    roster: float = 0.35
    systems: float = 0.15
    absences: float = 0.10
    metrics: float = 0.10


def decompose_org(
    org: OrgContext, hits: list[ContextHit], budget: int, shares: OrgShares = OrgShares()
) -> tuple[str, list[ContextHit]]:
    """Roster, systems, absences, metrics, then as many passages as the rest holds."""
    sections = [
        roster_block(org, int(budget * shares.roster)),
        systems_block(org, int(budget * shares.systems)),
        absences_block(org, int(budget * shares.absences)),
        metrics_block(org, int(budget * shares.metrics)),
    ]
    used = sum(estimate_tokens(s) + 1 for s in sections) + 8
    passages, sent = hits_block(hits, org, budget - used)
    return "\n".join(["<org_context>", *sections, passages, "</org_context>"]), sent


def vagueness_org(org: OrgContext, text: str, budget: int) -> str:
    """Only the metric and role names a vagueness judgment may name, most relevant first."""
    wanted = _words(text)

    def relevance(*parts: str | None) -> int:
        return len(wanted & _words(" ".join(p for p in parts if p)))

    metrics = sorted(org.metrics, key=lambda m: -relevance(m.name, m.definition))[:8]
    owners = [role.name for m in metrics if m.owner and (role := org.role(m.owner))]
    related = [
        r.name
        for r in sorted(org.roles, key=lambda r: -relevance(r.name, *r.responsibilities))
        if r.tier == "core" and relevance(r.name, *r.responsibilities)
    ]
    names = list(dict.fromkeys([*owners, *related]))[:8]
    parts = [
        metrics_block(org, budget // 2, names=[m.name for m in metrics]) if metrics else "",
        role_names_block(names) if names else "",
    ]
    body = [p for p in parts if p]
    if not body:
        return ""
    return "\n".join(["<org_context>", *body, "</org_context>"])


def scenario_org(org: OrgContext, budget: int) -> str:
    """Systems and metrics by name: what segments the organization's data can recognize."""
    systems = [f"- {line(s.name)} | category: {line(s.category)}" for s in org.systems]
    metrics = [f"- {line(m.name)}" for m in org.metrics]
    kept_systems, used = take(systems, max(0, budget // 2 - 6))
    kept_metrics, _ = take(metrics, max(0, budget - used - 20))
    return "\n".join(
        [
            "<org_context>",
            block("systems", kept_systems),
            block("metrics", kept_metrics),
            "</org_context>",
        ]
    )


def deck_plan_block(lines: list[str], pilot: str | None, budget: int) -> str:
    """Work the deck's own plan already commits to (planned in its words elsewhere)."""
    rendered = [f"- {clip(line(x), 25)}" for x in lines if x.strip()]
    if pilot:
        rendered.insert(0, f"- named pilot: {clip(line(pilot), 20)}")
    if not rendered:
        return ""
    kept, _ = take(rendered, max(0, budget - 8))
    return block("deck_plan", kept) if kept else ""


# --------------------------------------------------------------------------- visions, scenarios


def _where(source: Source) -> str:
    if source.slide:
        return f'slide="{source.slide}"'
    if source.page:
        return f'page="{source.page}"'
    return ""


def vision_data(vision: Vision, budget: int | None = None) -> str:
    attrs = " ".join(
        p
        for p in (f'id="{vision.id}"', f'file="{attr(vision.source.file)}"', _where(vision.source))
        if p
    )
    attrs += f' vague="{"yes" if vision.vagueness.vague else "no"}"'
    text = vision.text.strip() if budget is None else clip(vision.text.strip(), budget // 2)
    parts = [f"<vision {attrs}>\n{escape_data(text)}\n</vision>"]
    if vision.vagueness.vague and vision.vagueness.questions:
        parts.append(block("open_questions", [f"- {line(q)}" for q in vision.vagueness.questions]))
    if vision.answers:
        parts.append(block("answers", [f"- {line(a)}" for a in vision.answers]))
    return "\n".join(parts)


def visions_data(visions: list[Vision], budget: int) -> str:
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
        lines.append(f"{v.id}{where}: {clip(line(v.text), 60)}{flag}")
    kept, _ = take(lines, max(0, budget - 6))
    return block("visions", kept)


def scenarios_data(scenarios: list[Scenario]) -> str:
    lines = [
        f"{s.id}: {line(s.name)} | segment: {line(s.segment)} | context: {line(s.context)}"
        f" | customer impact: {s.customer_impact} | business impact: {s.business_impact}"
        f" | visions: {', '.join(s.vision_ids) or '-'}"
        for s in scenarios
    ]
    return block("scenarios", lines)


__all__ = [
    "deck_plan_block",
    "decompose_org",
    "deck_batches",
    "deck_data",
    "deck_prefix",
    "escape_data",
    "scenario_org",
    "scenarios_data",
    "unit_data",
    "vagueness_org",
    "vision_data",
    "visible_units",
    "visions_data",
]
