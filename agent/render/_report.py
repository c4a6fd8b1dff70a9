"""The report: one document for the people who receive the plan, in three formats.

``build_report`` decides what the report says (a ``Document``); ``report_markdown``,
``report_html`` and ``report_docx`` write it. Order: the title (the organization and the
deck's own title), a warning when the org context does not fit the deck, a one-page
executive summary, what the deck commits to, the scenarios, what the method added and
why, the roadmap on the deck's clock, who does what, gaps (with the tasks they block) and
warnings, next Monday; per-goal detail and layer coverage are appendices. Repeated notes
and warnings are folded into one line naming the goals they apply to.
"""

from __future__ import annotations

import re
from collections import Counter

from schemas.plan import Gap, Plan, Source, Task, Vision

from ._doc import (
    Callout,
    Chart,
    ChartPhase,
    ChartRow,
    Document,
    Heading,
    Inline,
    Item,
    ListBlock,
    Only,
    PageBreak,
    Para,
    Part,
    Quote,
    Span,
    Table,
    b,
    code,
    i,
    inline,
    join,
)
from ._index import PlanIndex, id_number
from ._roles import deck_name, report_title
from ._text import (
    HORIZON_LABELS,
    HORIZON_ORDER,
    LAYER_LABELS,
    LAYER_ORDER,
    RACI_LABELS,
    REASON_LABELS,
    layer_blurb,
    measure_line,
    months_label,
    one_line,
    plural,
    scenario_framing,
    source_label,
    weeks_label,
)

GAP_KINDS = (
    ("sponsor", "Executive sponsor"),
    ("owner", "Owners"),
    ("role", "Roles"),
    ("system", "Systems"),
    ("data", "Data"),
    ("metric", "Measurement"),
    ("constraint", "Constraints"),
)
_VISION_ID = re.compile(r"\bV\d+\b")


# --- entry points -------------------------------------------------------------------------


def report_markdown(index: PlanIndex, slugs: dict[str, str], gantt: str) -> str:
    """report.md: GitHub-flavoured Markdown with the roadmap as a Mermaid block."""
    from ._markdown import markdown_document

    return markdown_document(build_report(index, slugs, gantt))


def report_html(index: PlanIndex, slugs: dict[str, str], gantt: str) -> str:
    """report.html: self-contained and printable, the roadmap as an SVG chart."""
    from ._html import html_document

    return html_document(build_report(index, slugs, gantt))


def report_docx(index: PlanIndex, slugs: dict[str, str], gantt: str) -> bytes:
    """report.docx: the same content for Word, with RACI and roadmap tables."""
    from ._docx import docx_bytes

    return docx_bytes(build_report(index, slugs, gantt))


# --- the document -------------------------------------------------------------------------


def build_report(index: PlanIndex, slugs: dict[str, str], gantt: str) -> Document:
    plan = index.plan
    clock = Clock.of(index)
    doc = Document(report_title(plan), _subtitle(index))
    doc.add(
        Only(
            frozenset({"md"}),
            [
                Para(
                    inline(
                        "Each role's own list is in ",
                        code("tasks/"),
                        "; the full RACI in ",
                        code("raci.csv"),
                        " / ",
                        code("raci.xlsx"),
                        "; the roadmap chart in ",
                        code("roadmap.mmd"),
                        ". To print or share this report, send ",
                        code("report.html"),
                        "; to edit it in Word, ",
                        code("report.docx"),
                        ".",
                    )
                )
            ],
        )
    )
    doc.add(*_fit_notice(plan))
    doc.add(*_summary(index, clock))
    doc.add(*_deck_commitments(index, clock))
    doc.add(*_scenarios(index))
    if _grounded(plan):
        doc.add(*_method_additions(index, clock))
    else:
        doc.add(*_by_layer(index, clock, level=2))
    doc.add(*_roadmap(index, clock, gantt))
    doc.add(*_people(index, slugs, clock))
    doc.add(*_gaps(index))
    doc.add(*_monday(index, slugs, clock))
    doc.add(PageBreak(), *_visions(index))
    doc.add(*_coverage(index, clock))
    return doc


def _grounded(plan: Plan) -> bool:
    """True for plans that separate the deck's commitments from the method's additions."""
    return any(t.origin == "deck" or t.origin_note for t in plan.tasks) or (
        plan.roadmap.clock == "deck"
    )


# --- time on the deck's clock -------------------------------------------------------------


class Clock:
    """Week spans as the reader counts them: weeks, or months for a plan longer than a year."""

    def __init__(self, unit: str, total: int, from_deck: bool) -> None:
        self.unit = unit
        self.total = total
        self.from_deck = from_deck

    @classmethod
    def of(cls, index: PlanIndex) -> Clock:
        roadmap = index.plan.roadmap
        total = max(roadmap.horizon_weeks or 0, _total_weeks(index))
        from_deck = roadmap.clock == "deck"
        # More than a year is read in months, on the deck's clock or the method's phases
        # laid across the deck's window.
        return cls("month" if total > 52 else "week", total, from_deck)

    def label(self, span: tuple[int, int] | None) -> str:
        if span is None:
            return "not scheduled"
        return months_label(span) if self.unit == "month" else weeks_label(span)

    def length(self) -> str:
        if self.unit == "month":
            months = -(-self.total * 12 // 52)
            if months % 12 == 0 and months >= 24:
                return f"{months // 12} years ({months} months)"
            return plural(months, "month")
        return plural(self.total, "week")


def _total_weeks(index: PlanIndex) -> int:
    ends = [p.end_week for p in index.plan.roadmap.phases]
    ends += [span[1] for t in index.plan.tasks if (span := index.span(t.id))]
    return max(ends, default=0)


# --- header, org fit, summary -------------------------------------------------------------


def _engine_line(plan: Plan) -> str:
    e = plan.engine
    if e.name == "rules":
        return "the offline rules engine (no model calls)"
    model = f" ({one_line(e.model)})" if e.model else ""
    cached = f", {e.cached_calls} served from cache" if e.cached_calls else ""
    return (
        f"the LLM engine{model}: {plural(e.llm_calls, 'call')}{cached}, "
        f"{e.prompt_tokens:,} prompt + {e.completion_tokens:,} completion tokens"
    )


def _subtitle(index: PlanIndex) -> Inline:
    plan = index.plan
    deck = next((s for s in plan.sources if s.kind in ("pptx", "pdf")), None)
    unit = "slide" if deck is not None and deck.kind == "pptx" else "page"
    parts: Inline = inline("Built from ", b(deck_name(plan)))
    if deck is not None:
        parts.append(Span(f" ({plural(deck.units, unit)})"))
    others = [s for s in plan.sources if s is not deck]
    if others:
        parts.append(Span(f" and {plural(len(others), 'org-context document')}"))
    parts.append(Span(f" by {_engine_line(plan)}."))
    grounding = _grounding(index)
    if grounding:
        parts += [Span(" "), *grounding]
    return parts


def _grounding(index: PlanIndex) -> Inline:
    plan = index.plan
    owners = list(dict.fromkeys(t.owner_role for t in plan.tasks))
    strangers = [o for o in owners if not index.in_roster(o)]
    untraced = [t.id for t in plan.tasks if not index.visions_of(t)]
    said: list[Inline] = []
    if plan.tasks and not untraced:
        said.append(inline("every task traces to a vision and its slide"))
    elif untraced:
        said.append(
            inline(
                b(f"{plural(len(untraced), 'task')} trace to no vision"),
                f" ({', '.join(untraced)})",
            )
        )
    if owners and not strangers:
        said.append(inline("every owner is a role from your roster"))
    elif strangers:
        said.append(
            inline(
                b(f"{plural(len(strangers), 'owner')} not in your roster"),
                f" ({', '.join(strangers)})",
            )
        )
    if not said:
        return []
    out = join(said, "; ") + [Span(".")]
    first = out[0]
    out[0] = Span(first.text[:1].upper() + first.text[1:], bold=first.bold)
    return out


def _fit_notice(plan: Plan) -> list[Part]:
    fit = plan.org_fit
    if fit is None:
        return []
    reason = one_line(fit.reason)
    shared = f" Shared terms: {', '.join(fit.shared)}." if fit.shared else ""
    if fit.verdict == "mismatch":
        return [
            Callout(
                "Warning: the organization's context does not fit this deck.",
                inline(
                    _sentence(reason),
                    " So it was not used: this plan comes from the deck alone, and no metrics, "
                    "systems or gaps were taken from the org folder. Check that the right folder "
                    "was given, or plan again with the organization's own context.",
                ),
            )
        ]
    if fit.verdict == "none":
        return [
            Callout(
                "No organization context.",
                inline(
                    _sentence(reason),
                    " Owners, systems and gaps come from the deck alone.",
                ),
                level="note",
            )
        ]
    if fit.verdict == "partial":
        return [
            Callout(
                "The organization's context only partly fits this deck.",
                inline(_sentence(reason), shared, " Check owners and gaps before handing over."),
                level="note",
            )
        ]
    return []


def _sentence(text: str) -> str:
    text = one_line(text)
    if text and text[-1] not in ".!?":
        text += "."
    return text


def _summary(index: PlanIndex, clock: Clock) -> list[Part]:
    plan = index.plan
    vague = [v for v in plan.visions if v.vagueness.vague]
    layers = Counter(str(t.layer) for t in plan.tasks)
    horizons = Counter(str(t.horizon) for t in plan.tasks)
    pilots = [t.id for t in plan.tasks if t.pilot]
    owners = {t.owner_role for t in plan.tasks}
    items: list[Item] = []
    vague_part = (
        f", {len(vague)} too vague to execute as written ({', '.join(v.id for v in vague)})"
        if vague
        else ", all clear enough to execute"
    )
    items.append(Item(inline(b("Visions:"), f" {len(plan.visions)} found{vague_part}.")))
    deck_tasks = [t for t in plan.tasks if t.origin == "deck"]
    if _grounded(plan):
        slides = _slides(deck_tasks)
        where = f" ({slides})" if slides else ""
        items.append(
            Item(
                inline(
                    b("From the deck:"),
                    f" {plural(len(deck_tasks), 'commitment')} in its own words{where}; ",
                    b("added by the method:"),
                    f" {plural(len(plan.tasks) - len(deck_tasks), 'task')} for what the deck leaves out.",
                )
            )
        )
    if plan.scenarios:
        items.append(
            Item(
                inline(
                    b("Scenarios:"),
                    f" {len(plan.scenarios)} of at most 3: "
                    + "; ".join(f"{s.id} {one_line(s.name)}" for s in plan.scenarios)
                    + ".",
                )
            )
        )
    else:
        items.append(Item(inline(b("Scenarios:"), " none chosen.")))
    items.append(
        Item(
            inline(
                b("Tasks:"),
                f" {len(plan.tasks)}; "
                + " · ".join(
                    f"{LAYER_LABELS[layer]} {layers.get(layer, 0)}" for layer in LAYER_ORDER
                )
                + "; "
                + " · ".join(f"{HORIZON_LABELS[h]} {horizons.get(h, 0)}" for h in HORIZON_ORDER)
                + ".",
            )
        )
    )
    items.append(Item(inline(b("Roadmap:"), " " + _roadmap_line(index, clock, pilots))))
    items.append(
        Item(
            inline(
                b("People:"),
                f" {plural(len(owners), 'role')} own tasks; "
                f"{plural(len(index.involved_roles()), 'role')} named in the plan.",
            )
        )
    )
    kinds = Counter(g.kind or "other" for g in plan.gaps)
    gap_part = f" {len(plan.gaps)}"
    if kinds:
        gap_part += " (" + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) + ")"
    blocked = _blocked_tasks(index)
    if blocked:
        gap_part += f", blocking {plural(len(blocked), 'task')}"
    items.append(
        Item(inline(b("Gaps:"), gap_part + ". ", b("Warnings:"), f" {len(plan.warnings)}."))
    )
    if plan.domain is not None and plan.domain.packs:
        items.append(
            Item(
                inline(
                    b("Knowledge used:"),
                    " " + ", ".join(_pack_label(index, p) for p in plan.domain.packs) + ".",
                )
            )
        )
    e = plan.engine
    model = f", model {one_line(e.model)}" if e.model else ""
    items.append(
        Item(
            inline(
                b("Engine:"),
                f" {e.name}{model}; {plural(e.llm_calls, 'model call')}, "
                f"{e.prompt_tokens + e.completion_tokens:,} tokens"
                + (f", {e.cached_calls} from cache" if e.cached_calls else "")
                + ".",
            )
        )
    )
    blocks: list[Part] = [Heading(2, inline("Executive summary")), ListBlock(items)]
    todo = _before_handover(index, vague)
    if todo:
        blocks += [
            Para(inline(b("Before you hand this over:"))),
            ListBlock([Item(t) for t in todo], ordered=True),
        ]
    return blocks


def _pack_label(index: PlanIndex, pack: str) -> str:
    domain = index.plan.domain
    words = (domain.evidence.get(pack) if domain is not None else None) or []
    label = pack.replace("_", " ")
    return f"{label} pack (from: {', '.join(words[:5])})" if words else f"{label} pack"


_SPAN_IN_NAME = re.compile(
    r"\((?:months?|weeks?|q[1-4]|fy|h[12]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:19|20)\d\d)\b",
    re.I,
)


def _roadmap_line(index: PlanIndex, clock: Clock, pilots: list[str]) -> str:
    plan = index.plan
    phases = sorted(plan.roadmap.phases, key=lambda p: (p.start_week, p.end_week))
    if clock.from_deck:
        text = f"{clock.length()} on the deck's own clock"
        if phases:
            text += ", in its phases: " + " → ".join(
                one_line(p.name)
                if _SPAN_IN_NAME.search(p.name)  # "Stage 1 (Months 0-4)" says its span already
                else f"{one_line(p.name)} ({clock.label((p.start_week, p.end_week))})"
                for p in phases
            )
        gates = [p for p in phases if p.gate]
        if gates:
            text += f"; {plural(len(gates), 'gate')}"
    else:
        text = plural(len(phases), "phase")
        text += f" over {plural(clock.total, 'week')}" if clock.total else ""
    return text + (f"; pilots: {', '.join(pilots)}." if pilots else ".")


def _slides(tasks: list[Task]) -> str:
    slides = sorted({t.source.slide for t in tasks if t.source and t.source.slide})
    pages = sorted({t.source.page for t in tasks if t.source and t.source.page})
    if slides:
        return ("slide " if len(slides) == 1 else "slides ") + _ranges(slides)
    if pages:
        return ("page " if len(pages) == 1 else "pages ") + _ranges(pages)
    return ""


def _ranges(numbers: list[int]) -> str:
    """[3, 4, 5, 8] -> '3–5, 8'."""
    out: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)


def _before_handover(index: PlanIndex, vague: list[Vision]) -> list[Inline]:
    plan = index.plan
    todo: list[Inline] = []
    fit = plan.org_fit
    if fit is not None and fit.verdict == "mismatch":
        todo.append(
            inline("Check the org folder: it does not fit this deck, so the plan ignored it.")
        )
    if len(vague) > 2:
        asked = sum(len(v.vagueness.questions) for v in vague)
        todo.append(
            inline(
                f"Answer {plural(asked, 'question')} on the {len(vague)} goals too vague to "
                "execute ("
                + ", ".join(f"{v.id}: {len(v.vagueness.questions)}" for v in vague)
                + "); their tasks are provisional until then. The questions are in Appendix A."
            )
        )
    else:
        for v in vague:
            todo.append(
                inline(
                    f"Answer {plural(len(v.vagueness.questions), 'question')} on {v.id} "
                    f"(“{_short(v.text)}”); its tasks are provisional until then."
                )
            )
    sharpen = [v for v in plan.visions if not v.vagueness.vague and v.vagueness.questions]
    if sharpen:
        todo.append(
            inline(
                f"Also answer the questions on {', '.join(v.id for v in sharpen)} "
                "(not blocking; they sharpen the tasks)."
            )
        )
    sponsor = [g for g in plan.gaps if (g.kind or "") == "sponsor"]
    if sponsor:
        todo.append(inline("Find an executive sponsor: " + one_line(sponsor[0].text)))
    missing = _missing_cells(index)
    if missing:
        todo.append(
            inline(
                "Cover or explain the empty layers: "
                + ", ".join(f"{v} · {LAYER_LABELS[layer]}" for v, layer in missing)
                + "."
            )
        )
    others = [g for g in plan.gaps if (g.kind or "") != "sponsor"]
    if others:
        todo.append(
            inline(
                f"Close or accept {plural(len(others), 'gap')} against your organization (see Gaps)."
            )
        )
    if plan.tasks:
        todo.append(inline("Send each role its own list and walk the owners through Next Monday."))
    return todo


# --- what the deck commits to -------------------------------------------------------------


def _verdict(v: Vision) -> str:
    if not v.vagueness.vague:
        return "clear enough to execute"
    labels = [
        REASON_LABELS.get(r.code, r.code.replace("_", " ").capitalize()).lower()
        for r in v.vagueness.reasons
    ]
    return "⚠ too vague: " + ", ".join(dict.fromkeys(labels)) if labels else "⚠ too vague"


def _deck_commitments(index: PlanIndex, clock: Clock) -> list[Part]:
    plan = index.plan
    blocks: list[Part] = [Heading(2, inline("What the deck commits to"))]
    if not plan.visions:
        blocks.append(Para(inline("No vision statements were found in the deck.")))
    else:
        # one deck, named at the top of the report: its goals need only their slide
        one_deck = len({v.source.file for v in plan.visions if v.source}) == 1
        blocks += [
            Heading(3, inline("Goals")),
            Para(
                inline(
                    "The deck's goals in its own words. Reasons, questions and rewrites for "
                    "each are in Appendix A."
                )
            ),
            Table(
                ["Goal", "The deck's words", "Where", "Ready to execute?"],
                [
                    [
                        inline(b(v.id)),
                        inline(v.text),
                        inline(
                            _source_where(v.source)
                            if one_deck and v.source is not None
                            else source_label(v.source)
                        ),
                        inline(_verdict(v)),
                    ]
                    for v in plan.visions
                ],
            ),
        ]
    deck_tasks = sorted(
        (t for t in plan.tasks if t.origin == "deck"),
        key=lambda t: (_source_rank(t), id_number(t.id)),
    )
    if deck_tasks:
        blocks += [
            Heading(3, inline("Commitments")),
            Para(
                inline(
                    "What the deck says will be done, as tasks in its own words, in slide order."
                )
            ),
            Table(
                ["Task", "The deck's words", "Where", "Owner", "When", "Done when"],
                [
                    [
                        _task_cell(t),
                        inline(t.quote or ""),
                        inline(source_label(t.source) if t.source else ""),
                        inline(t.owner_role),
                        inline(_when(index, t, clock)),
                        inline(t.done_when),
                    ]
                    for t in deck_tasks
                ],
            ),
        ]
    elif _grounded(plan):
        blocks.append(
            Para(
                inline(
                    "The deck states no initiatives, milestones, KPI targets or phase plans "
                    "beyond its goals, so every task in this plan was added by the method."
                )
            )
        )
    elif plan.tasks:
        blocks.append(
            Para(
                inline(
                    "This plan does not mark which tasks restate the deck's own commitments; "
                    "every task below was planned by the method from the goals above."
                )
            )
        )
    return blocks


def _source_rank(t: Task) -> int:
    if t.source is None:
        return 10**6
    return t.source.slide or t.source.page or 10**6 - 1


def _task_cell(t: Task) -> Inline:
    return inline(b(t.id), " ", t.title, " (pilot)" if t.pilot else None)


def _when(index: PlanIndex, t: Task, clock: Clock) -> str:
    when = clock.label(index.span(t.id))
    phase = t.phase or (p.name if (p := index.phase(t.id)) else None)
    if clock.from_deck and phase:
        when += f" ({one_line(phase)})"
    return when


# --- scenarios ----------------------------------------------------------------------------


def _scenarios(index: PlanIndex) -> list[Part]:
    plan = index.plan
    blocks: list[Part] = [Heading(2, inline("Scenarios"))]
    if not plan.scenarios:
        return [*blocks, Para(inline("No scenario was chosen; the plan is not focused yet."))]
    shape, impact = scenario_framing(plan)
    blocks += [
        Para(
            inline(
                "At most three, chosen so that together they stress as much of the organization "
                f"as possible. {shape}"
            )
        ),
        Table(
            ["", "Scenario", "Segment", "Context", impact, "Business impact", "Visions"],
            [
                [
                    inline(s.id),
                    inline(s.name),
                    inline(s.segment),
                    inline(s.context),
                    inline(s.customer_impact),
                    inline(s.business_impact),
                    inline(", ".join(s.vision_ids)),
                ]
                for s in plan.scenarios
            ],
        ),
    ]
    why = [s for s in plan.scenarios if s.rationale]
    if why:
        blocks += [
            Para(inline(b("Why these:"))),
            ListBlock(
                [
                    Item(
                        inline(
                            b(s.id),
                            ": ",
                            s.rationale or "",
                            f" ({source_label(s.source)})" if s.source else None,
                        )
                    )
                    for s in why
                ]
            ),
        ]
    return blocks


# --- what the method added ----------------------------------------------------------------


def _method_additions(index: PlanIndex, clock: Clock) -> list[Part]:
    plan = index.plan
    method = index.ordered([t for t in plan.tasks if t.origin != "deck"])
    blocks: list[Part] = [Heading(2, inline("What the method added, and why"))]
    if not method:
        return [*blocks, Para(inline("Nothing: the deck's own commitments cover every layer."))]
    blocks.append(
        Para(
            inline(
                "Work the deck leaves out but its goals depend on: foundations, owners, "
                "governance, measurement and training. Grouped by the reason it was added; "
                "every task by layer is in Appendix B."
            )
        )
    )
    groups: dict[str, list[Task]] = {}
    for t in method:
        groups.setdefault(one_line(t.origin_note) or "", []).append(t)
    items = []
    for note, tasks in sorted(groups.items(), key=lambda kv: kv[0] == ""):
        head = inline(note) if note else inline(i("Planned from the goals (no reason recorded)"))
        children = [
            inline(
                b(t.id),
                f" {one_line(t.title)} — {one_line(t.owner_role)}, {_when(index, t, clock)}"
                + (f"; after {', '.join(t.depends_on)}" if t.depends_on else "")
                + f". Done when: {one_line(t.done_when)}",
            )
            for t in tasks
        ]
        items.append(Item(head, children))
    blocks.append(ListBlock(items))
    return blocks


def _missing_cells(index: PlanIndex) -> list[tuple[str, str]]:
    missing = []
    for v in index.plan.visions:
        for layer in LAYER_ORDER:
            has_task = any(v.id in t.vision_ids and t.layer == layer for t in index.plan.tasks)
            if not has_task and f"{v.id}:{layer}" not in index.plan.layer_notes:
                missing.append((v.id, layer))
    return missing


def _by_layer(index: PlanIndex, clock: Clock, level: int) -> list[Part]:
    blocks: list[Part] = [Heading(level, inline("Plan by layer"))]
    for layer, tasks in index.by_layer().items():
        if layer not in LAYER_LABELS:
            continue
        blocks.append(
            Heading(level + 1, inline(f"{LAYER_LABELS[layer]}: {layer_blurb(layer, index.plan)}"))
        )
        row = f"layer:{layer}"
        acc = index.accountable(row)
        resp = index.with_letter(row, "R")
        if acc or resp:
            who: list[Inline] = []
            if acc:
                who.append(inline("accountable ", b(acc)))
            if resp:
                who.append(inline("responsible ", join([inline(r) for r in resp], ", ", " and ")))
            blocks.append(Para(inline("Layer ", join(who, "; "), ".")))
        else:
            blocks.append(Para(inline(b("No one holds this layer in the RACI."))))
        if not tasks:
            blocks.append(Para(inline("No task in this layer.")))
            continue
        blocks.append(
            Table(
                [
                    "Task",
                    "Owner",
                    "Horizon",
                    "Weeks" if clock.unit == "week" else "When",
                    "Depends on",
                    "Done when",
                ],
                [
                    [
                        _task_cell(t)
                        + (inline(f" (from the deck, {_where(t)})") if t.origin == "deck" else []),
                        inline(t.owner_role),
                        inline(HORIZON_LABELS.get(str(t.horizon), str(t.horizon))),
                        inline(clock.label(index.span(t.id))),
                        inline(", ".join(t.depends_on) or "none"),
                        inline(t.done_when),
                    ]
                    for t in tasks
                ],
            )
        )
    return blocks


def _source_where(source: Source | None) -> str:
    """The slide or page alone, where the deck is named once above."""
    if source is None:
        return "no slide recorded"
    if source.slide:
        return f"slide {source.slide}"
    if source.page:
        return f"page {source.page}"
    return source_label(source)


def _where(t: Task) -> str:
    return _source_where(t.source)


# --- roadmap ------------------------------------------------------------------------------


def critical_chain(index: PlanIndex) -> list[Task]:
    """The dependency chain that ends last: what sets the plan's end date."""
    memo: dict[str, list[Task]] = {}

    def chain(tid: str, seen: frozenset[str]) -> list[Task]:
        if tid in memo:
            return memo[tid]
        task = index.tasks[tid]
        deps = [d for d in task.depends_on if d in index.tasks and d not in seen]
        best: list[Task] = []
        for d in deps:
            c = chain(d, seen | {tid})
            if not best or _end(index, c[-1]) > _end(index, best[-1]):
                best = c
        memo[tid] = [*best, task]
        return memo[tid]

    scheduled = [t for t in index.plan.tasks if index.span(t.id)]
    if not scheduled:
        return []
    last = max(scheduled, key=lambda t: (_end(index, t), -len(t.depends_on)))
    return chain(last.id, frozenset())


def _end(index: PlanIndex, task: Task) -> int:
    span = index.span(task.id)
    return span[1] if span else -1


def chart_data(index: PlanIndex, clock: Clock, gantt: str) -> Chart:
    """The roadmap's bars (one per task, in phase then roadmap order) and phases."""
    plan = index.plan
    phases = sorted(plan.roadmap.phases, key=lambda p: (p.start_week, p.end_week))
    placed: set[str] = set()
    ordered: list[tuple[Task, str | None]] = []
    for p in phases:
        tasks = [index.tasks[t] for t in p.task_ids if t in index.tasks and t not in placed]
        placed.update(t.id for t in tasks)
        ordered += [(t, p.name) for t in index.ordered(tasks)]
    ordered += [(t, None) for t in index.ordered([t for t in plan.tasks if t.id not in placed])]
    rows = []
    for t, phase in ordered:
        span = index.span(t.id)
        if span is None:
            continue
        rows.append(
            ChartRow(
                label=f"{t.id} {one_line(t.title)}",
                start=span[0],
                end=max(span[1], span[0] + 1),
                phase=phase,
                horizon=str(t.horizon),
                pilot=t.pilot,
                owner=t.owner_role,
                when=clock.label(span),
            )
        )
    return Chart(
        mermaid=gantt,
        rows=rows,
        phases=[
            ChartPhase(p.name, p.start_week, max(p.end_week, p.start_week + 1), p.gate)
            for p in phases
        ],
        total_weeks=max(clock.total, max((r.end for r in rows), default=0), 1),
        unit="month" if clock.unit == "month" else "week",
    )


def _roadmap(index: PlanIndex, clock: Clock, gantt: str) -> list[Part]:
    plan = index.plan
    blocks: list[Part] = [Heading(2, inline("Roadmap"))]
    if clock.from_deck:
        blocks.append(
            Para(
                inline(
                    f"On the deck's own clock: {clock.length()}, in the deck's phases and gates."
                )
            )
        )
    elif _grounded(plan):
        blocks.append(
            Para(
                inline(
                    "The deck states no timeline, so the method's horizons set it: foundations "
                    "first, then quick wins, then aspirational work."
                )
            )
        )
    phases = sorted(plan.roadmap.phases, key=lambda p: (p.start_week, p.end_week))
    if phases:
        gates = any(p.gate for p in phases)
        sources = any(p.source for p in phases)
        header = ["Phase"]
        header += [] if clock.from_deck else ["Horizon"]
        header += ["Weeks" if clock.unit == "week" else "When"]
        header += ["Gate (the deck's exit criteria)"] if gates else []
        header += ["Where"] if sources else []
        header += ["Tasks"]
        rows = []
        for p in phases:
            row = [inline(p.name)]
            if not clock.from_deck:
                row.append(inline(HORIZON_LABELS.get(str(p.horizon), str(p.horizon))))
            row.append(inline(clock.label((p.start_week, max(p.end_week, p.start_week + 1)))))
            if gates:
                row.append(inline(p.gate or "none stated"))
            if sources:
                row.append(inline(source_label(p.source) if p.source else ""))
            row.append(inline(", ".join(p.task_ids) or "none"))
            rows.append(row)
        blocks.append(Table(header, rows))
    else:
        blocks.append(Para(inline("No phases were planned.")))
    chain = critical_chain(index)
    if len(chain) > 1:
        end = _end(index, chain[-1])
        ending = (
            f"ending in week {end}"
            if clock.unit == "week"
            else f"ending in {clock.label((end - 1, end))}"
        )
        blocks.append(
            Para(
                inline(
                    "Longest dependency chain (it sets the end date; protect it): "
                    + " → ".join(f"{t.id} ({one_line(t.owner_role)})" for t in chain)
                    + f", {ending}."
                )
            )
        )
    pilots = [t for t in plan.tasks if t.pilot]
    if pilots:
        blocks.append(
            Para(
                inline(
                    "Pilots contain risk and produce the evidence for wider rollout: "
                    + "; ".join(f"{t.id} {one_line(t.title)}" for t in pilots)
                    + "."
                )
            )
        )
    legend = (
        "Red bars are foundational (cannot be skipped); highlighted bars are pilots"
        + ("; diamonds are the deck's gates" if any(p.gate for p in phases) else "")
        + ". Dates assume the plan starts on the first Monday shown."
    )
    blocks += [
        Only(frozenset({"md"}), [Para(inline(legend))]),
        Only(
            frozenset({"html"}),
            [
                Para(
                    inline(
                        "Dark bars are foundational (cannot be skipped); outlined bars are "
                        "pilots"
                        + ("; diamonds are the deck's gates" if any(p.gate for p in phases) else "")
                        + "."
                    )
                )
            ],
        ),
        chart_data(index, clock, gantt),
    ]
    return blocks


# --- people -------------------------------------------------------------------------------


def _people(index: PlanIndex, slugs: dict[str, str], clock: Clock) -> list[Part]:
    plan = index.plan
    blocks: list[Part] = [
        Heading(2, inline("Who does what")),
        Heading(3, inline("RACI for the layers")),
    ]
    if any(index.letters(f"layer:{layer}") for layer in LAYER_ORDER):
        rows = []
        for layer in LAYER_ORDER:
            item = f"layer:{layer}"
            cells = [inline(", ".join(index.with_letter(item, x)) or "none") for x in "ARCI"]
            if not index.with_letter(item, "A"):
                cells[0] = inline(b("nobody"))
            rows.append([inline(LAYER_LABELS[layer]), *cells])
        blocks += [
            Table(["Layer", "Accountable", "Responsible", "Consulted", "Informed"], rows),
            Para(
                inline(
                    "Accountable owns the outcome and signs off (exactly one); Responsible does "
                    "the work; Consulted is asked before decisions; Informed hears about progress."
                ),
                # the Markdown report points at the matrix files; HTML and Word carry the matrix
            ),
            Only(
                frozenset({"md"}),
                [
                    Para(
                        inline(
                            "The task-by-role matrix is in ",
                            code("raci.csv"),
                            " and ",
                            code("raci.xlsx"),
                            ".",
                        )
                    )
                ],
            ),
        ]
    else:
        blocks.append(Para(inline(b("No RACI rows for the layers."))))
    if plan.governance:
        # The deck's own word on who sponsors, chairs and decides: the RACI above follows it.
        blocks += [
            Heading(3, inline("Governance as the deck sets it")),
            ListBlock(
                [Item(inline(s.text, f" ({_source_where(s.source)})")) for s in plan.governance]
            ),
        ]
    roles = index.involved_roles()
    if roles:
        header = ["Role", "Team", "Tier", "Owns", "Signs off", "Consulted on", "Informed on"]
        rows_md, rows_doc = [], []
        for name in roles:
            inv = index.involvement(name)
            signs = len(inv.accountable) + sum(
                1 for t in inv.owns if index.accountable(t.id) == name
            )
            mark = "" if index.in_roster(name) else " (not in roster)"
            base = [
                inline(name + mark),
                inline(index.team(name) or ""),
                inline(index.tier(name) or ""),
                inline(str(len(inv.owns))),
                inline(str(signs)),
                inline(str(len(inv.consulted))),
                inline(str(len(inv.informed))),
            ]
            rows_md.append(
                [*base, inline(Span(f"tasks/{slugs[name]}.md", href=f"tasks/{slugs[name]}.md"))]
            )
            base[0] = inline(Span(name + mark, anchor=_role_anchor(slugs, name)))
            rows_doc.append(base)
        blocks += [
            Heading(3, inline("Task lists by role")),
            Only(frozenset({"md"}), [Table([*header, "File"], rows_md)]),
            Only(frozenset({"html", "docx"}), [Table(header, rows_doc)]),
        ]
    unused = [r.name for r in plan.roles if r.name not in roles and r.tier == "core"]
    if unused:
        blocks.append(
            Para(
                inline(
                    "Core-team roles with nothing in this plan: "
                    + ", ".join(unused)
                    + ". Check that nobody was forgotten."
                )
            )
        )
    blocks.append(
        Only(
            frozenset({"html", "docx"}),
            [*_raci_matrix(index), *_role_sections(index, slugs, clock)],
        )
    )
    return blocks


def _role_anchor(slugs: dict[str, str], name: str) -> str:
    return "role-" + slugs.get(name, "role")


def _raci_matrix(index: PlanIndex) -> list[Part]:
    from ._raci import raci_matrix

    matrix = raci_matrix(index.plan, index)
    if not matrix.roles:
        return []
    rows = [
        [inline(b(r[0])), inline(r[1]), *[inline(x) for x in r[3:]]]
        for r in [*matrix.task_rows, *matrix.layer_rows]
    ]
    return [
        PageBreak(),
        Heading(3, inline("RACI for every task"), anchor="raci-matrix"),
        Para(
            inline(
                "R responsible (does the work) · A accountable (signs off; exactly one) · "
                "C consulted · I informed."
            )
        ),
        Table(["Item", "Title", *matrix.roles], rows, kind="matrix"),
    ]


def _role_sections(index: PlanIndex, slugs: dict[str, str], clock: Clock) -> list[Part]:
    roles = index.involved_roles()
    if not roles:
        return []
    blocks: list[Part] = [PageBreak(), Heading(2, inline("Each role's list"))]
    for name in roles:
        inv = index.involvement(name)
        facts = [x for x in (index.team(name), index.tier(name)) if x]
        title = name + (f" ({', '.join(facts)})" if facts else "")
        blocks.append(Heading(3, inline(title), anchor=_role_anchor(slugs, name)))
        if inv.owns:
            items = []
            for t in inv.owns:
                children = [inline("Done when: " + one_line(t.done_when))]
                if t.origin == "deck" and (t.quote or t.source):
                    children.append(
                        inline(
                            "From the deck",
                            f" ({source_label(t.source)})" if t.source else None,
                            f": “{one_line(t.quote)}”" if t.quote else None,
                        )
                    )
                elif t.origin_note:
                    children.append(inline("Why: " + one_line(t.origin_note)))
                if t.depends_on:
                    children.append(inline("After: " + ", ".join(t.depends_on)))
                items.append(
                    Item(
                        inline(b(t.id), f" {one_line(t.title)} ({_when(index, t, clock)})"),
                        children,
                    )
                )
            blocks += [Para(inline(b("Owns:"))), ListBlock(items)]
        for label, tasks in (
            (RACI_LABELS["A"] + " (signs off)", inv.accountable),
            ("Also responsible", inv.responsible),
            (RACI_LABELS["C"], inv.consulted),
            (RACI_LABELS["I"], inv.informed),
        ):
            if tasks:
                blocks.append(
                    Para(
                        inline(
                            b(f"{label}:"),
                            " " + "; ".join(f"{t.id} {_short(t.title, 60)}" for t in tasks),
                        )
                    )
                )
        if inv.layers:
            blocks.append(
                Para(
                    inline(
                        b("Layers:"),
                        " "
                        + "; ".join(
                            f"{LAYER_LABELS[layer]} {RACI_LABELS.get(x, x).lower()}"
                            for layer, x in inv.layers.items()
                        ),
                    )
                )
            )
    return blocks


# --- gaps and warnings --------------------------------------------------------------------


def _blocked_tasks(index: PlanIndex) -> set[str]:
    blocked = {t.id for t in index.plan.tasks if t.blocked_by}
    for g in index.plan.gaps:
        blocked.update(x for x in g.blocks if x in index.tasks)
    return blocked


def _blocks_of(index: PlanIndex, gap: Gap) -> list[str]:
    ids = list(gap.blocks)
    if gap.id:
        ids += [t.id for t in index.plan.tasks if gap.id in t.blocked_by]
    return sorted(dict.fromkeys(x for x in ids if x in index.tasks), key=id_number)


def _evidence(gap: Gap) -> Inline:
    """The gap's evidence: its source when the quote is already in the gap's text."""
    if not gap.evidence:
        return []
    evidence = one_line(gap.evidence)
    where, sep, quote = evidence.partition(": ")
    if sep and quote and len(where) < 80 and one_line(quote) in one_line(gap.text):
        return inline(f" ({where})")
    return inline(" Evidence: ", evidence)


def _gaps(index: PlanIndex) -> list[Part]:
    plan = index.plan
    blocks: list[Part] = [
        Heading(2, inline("Gaps and warnings")),
        Heading(3, inline("What the organization lacks")),
    ]
    if not plan.gaps:
        blocks.append(Para(inline("No gap found against the organization's context.")))
    known = dict(GAP_KINDS)
    groups: dict[str, list[Gap]] = {}
    for g in plan.gaps:
        kind = g.kind if (g.kind or "") in known else "other"
        groups.setdefault(kind or "other", []).append(g)
    for kind in [k for k, _ in GAP_KINDS] + ["other"]:
        if kind not in groups:
            continue
        items = []
        for g in groups[kind]:
            label = (f"{g.id} · " if g.id else "") + LAYER_LABELS.get(str(g.layer), str(g.layer))
            text = inline(b(f"{label}:"), " ", g.text, _evidence(g))
            blocked = _blocks_of(index, g)
            if blocked:
                text += inline(
                    " Blocks "
                    + ", ".join(f"{t} ({_short(index.tasks[t].title, 50)})" for t in blocked)
                    + " until it is closed."
                )
            items.append(Item(text))
        blocks += [Para(inline(b(known.get(kind, "Other")))), ListBlock(items)]
    blocks.append(Heading(3, inline("Warnings")))
    if plan.warnings:
        blocks.append(ListBlock([Item(inline(w)) for w in fold_by_vision(plan.warnings)]))
    else:
        blocks.append(Para(inline("None.")))
    return blocks


def fold_by_vision(notes: list[str]) -> list[str]:
    """Notes that differ only in the goal they name, folded into one line naming them all.

    'V2 is too vague…' and 'V3 is too vague…' become 'Each of V2 and V3 is too vague…';
    'V9: its date…' and 'V10: its date…' become 'V9 and V10: its date…'. A note that
    names no goal, or several, stays as it is. Order follows first appearance.
    """
    groups: dict[str, list[str]] = {}
    texts: dict[str, str] = {}
    for note in notes:
        flat = one_line(note)
        ids = list(dict.fromkeys(_VISION_ID.findall(flat)))
        if len(ids) != 1:
            groups.setdefault(flat, [])
            texts[flat] = flat
            continue
        key = re.sub(rf"\b{ids[0]}\b", "\x00", flat)
        groups.setdefault(key, [])
        if ids[0] not in groups[key]:
            groups[key].append(ids[0])
        texts.setdefault(key, flat)
    out = []
    for key, ids in groups.items():
        if len(ids) < 2:
            out.append(texts[key])
            continue
        names = ", ".join(ids[:-1]) + " and " + ids[-1]
        if key.startswith("\x00:"):
            out.append(names + key[1:].replace("\x00", "each"))
        else:
            folded = key.replace("\x00", f"each of {names}", 1).replace("\x00", "each")
            out.append(folded[:1].upper() + folded[1:])
    return out


# --- next Monday --------------------------------------------------------------------------


def _role_ref(slugs: dict[str, str], role: str) -> Span:
    if role in slugs:
        return Span(role, href=f"tasks/{slugs[role]}.md", anchor=_role_anchor(slugs, role))
    return Span(role)


def _monday(index: PlanIndex, slugs: dict[str, str], clock: Clock) -> list[Part]:
    blocks: list[Part] = [
        Heading(2, inline("Next Monday")),
        Para(
            inline(
                "The first foundational tasks per role: nothing else has to finish before they start."
            )
        ),
    ]
    entries: list[tuple[int, Item]] = []
    waiting: list[Item] = []
    owners = list(dict.fromkeys(t.owner_role for t in index.ordered(index.plan.tasks)))
    for role in owners:
        ready, blocked = index.first_moves(role)
        if ready:
            start = min((index.span(t.id) or (0, 1))[0] for t in ready)
            children = [
                inline(
                    b(f"{t.id} {one_line(t.title)}"),
                    f" ({clock.label(index.span(t.id))}). Done when: {one_line(t.done_when)}",
                )
                for t in ready
            ]
            entries.append((start, Item(inline(_role_ref(slugs, role)), children)))
        elif blocked is not None:
            deps = [index.tasks[d] for d in blocked.depends_on if d in index.tasks]
            names = [f"{d.id} ({one_line(d.owner_role)})" for d in deps]
            waits = (
                ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)
            )
            waiting.append(
                Item(
                    inline(
                        _role_ref(slugs, role),
                        f": {blocked.id} {one_line(blocked.title)} waits on {waits}; "
                        "agree its inputs with them now.",
                    )
                )
            )
    if not entries and not waiting:
        return [*blocks, Para(inline("No foundational task is owned yet."))]
    if entries:
        blocks.append(ListBlock([item for _, item in sorted(entries, key=lambda e: e[0])]))
    if waiting:
        blocks += [Para(inline("Waiting on someone else, so prepare:")), ListBlock(waiting)]
    asked = [(r, index.consulted_at_start(r)) for r in index.involved_roles()]
    asked = [(r, ts) for r, ts in asked if ts]
    if asked:
        blocks += [
            Para(inline("Asked for input that week (Consulted on tasks starting now):")),
            ListBlock(
                [
                    Item(
                        inline(
                            _role_ref(slugs, role),
                            ": " + "; ".join(f"{t.id} ({one_line(t.owner_role)})" for t in ts),
                        )
                    )
                    for role, ts in asked
                ]
            ),
        ]
    rest = [r for r in owners if not index.first_moves(r)[0] and index.first_moves(r)[1] is None]
    if rest:
        who = ", ".join(rest[:-1]) + " and " + rest[-1] if len(rest) > 1 else rest[0]
        blocks.append(
            Para(
                inline(
                    f"No foundational task for {who}; their work starts with the quick wins "
                    "in the roadmap."
                )
            )
        )
    return blocks


# --- appendices ---------------------------------------------------------------------------


def _visions(index: PlanIndex) -> list[Part]:
    plan = index.plan
    blocks: list[Part] = [Heading(2, inline("Appendix A: the goals in detail"))]
    if not plan.visions:
        return [*blocks, Para(inline("No vision statements were found in the deck."))]
    for v in plan.visions:
        score = v.vagueness.score
        verdict = (
            b("too vague to execute as written")
            if v.vagueness.vague
            else Span("clear enough to execute")
        )
        blocks += [
            Heading(3, inline(f"{v.id}{' ⚠' if v.vagueness.vague else ''}")),
            Quote(inline(v.text)),
        ]
        where = source_label(v.source) + (f" ({v.evidence})" if v.evidence else "")
        if v.also_stated:
            where += "; also stated on " + ", ".join(source_label(s) for s in v.also_stated)
        served = [
            t.id for t in sorted(plan.tasks, key=lambda t: id_number(t.id)) if v.id in t.vision_ids
        ]
        scen = [s.id for s in plan.scenarios if v.id in s.vision_ids]
        blocks += [
            Para(inline(f"Source: {where} · vagueness {score:.2f}: ", verdict)),
            Para(
                inline(
                    f"Served by: {', '.join(served) or 'no task yet'}"
                    + (f" · scenarios: {', '.join(scen)}" if scen else "")
                )
            ),
        ]
        if v.original_text and v.original_text != v.text:
            blocks.append(Para(inline(f"Originally on the slide: “{one_line(v.original_text)}”")))
        if v.measure is not None:
            blocks.append(Para(inline(f"Measured by: {measure_line(v.measure)}")))
        if v.answers:
            blocks += [
                Para(inline(b("Your answers so far:"))),
                ListBlock([Item(inline(a)) for a in v.answers]),
            ]
        if v.vagueness.reasons:
            title = "Why it is vague:" if v.vagueness.vague else "Watch out:"
            items = []
            for r in v.vagueness.reasons:
                label = REASON_LABELS.get(r.code, r.code.replace("_", " ").capitalize())
                evidence = f" (“{one_line(r.evidence)}”)" if r.evidence else ""
                items.append(Item(inline(b(label), ": ", r.message, evidence)))
            blocks += [Para(inline(b(title))), ListBlock(items)]
        if v.vagueness.questions:
            blocks += [
                Para(inline(b("Questions for you:"))),
                ListBlock([Item(inline(q)) for q in v.vagueness.questions], ordered=True),
            ]
        if v.vagueness.suggested_rewrite:
            blocks += [
                Para(inline(b("Suggested rewrite:"))),
                Quote(inline(v.vagueness.suggested_rewrite)),
            ]
    return blocks


def _coverage(index: PlanIndex, clock: Clock) -> list[Part]:
    plan = index.plan
    blocks: list[Part] = [Heading(2, inline("Appendix B: layer coverage"))]
    if plan.visions:
        rows = []
        for v in plan.visions:
            cells = []
            for layer in LAYER_ORDER:
                ids = [
                    t.id
                    for t in index.ordered(plan.tasks)
                    if v.id in t.vision_ids and t.layer == layer
                ]
                if ids:
                    cells.append(inline(", ".join(ids)))
                elif f"{v.id}:{layer}" in plan.layer_notes:
                    cells.append(inline("not needed (see note)"))
                else:
                    cells.append(inline(b("missing")))
            rows.append([inline(v.id), *cells])
        blocks += [
            Para(
                inline(
                    "A vision is operational when every layer has an owner and a task, or a "
                    "stated reason it needs none."
                )
            ),
            Table(["Vision", *[LAYER_LABELS[layer] for layer in LAYER_ORDER]], rows),
        ]
        notes = _folded_layer_notes(plan)
        if notes:
            blocks += [Para(inline("Why some layers need nothing:")), ListBlock(notes)]
    if _grounded(plan):
        blocks += _by_layer(index, clock, level=3)
    return blocks


def _folded_layer_notes(plan: Plan) -> list[Item]:
    """One line per layer and note, naming every goal it applies to."""
    by_layer: dict[str, list[str]] = {}
    for key, note in sorted(plan.layer_notes.items(), key=lambda kv: _note_key(kv[0])):
        vid, _, layer = key.partition(":")
        by_layer.setdefault(layer, []).append(f"{vid}\x01{note}")
    items = []
    for layer in [*LAYER_ORDER, *sorted(set(by_layer) - set(LAYER_ORDER))]:
        if layer not in by_layer:
            continue
        groups: dict[str, list[str]] = {}
        for entry in by_layer[layer]:
            vid, _, note = entry.partition("\x01")
            key = re.sub(rf"\b{re.escape(vid)}\b", "\x00", one_line(note)) if vid else note
            groups.setdefault(key, []).append(vid)
        label = LAYER_LABELS.get(layer, layer)
        for key, vids in groups.items():
            each = "each of them" if len(vids) > 1 else vids[0]
            items.append(
                Item(inline(b(f"{', '.join(vids)} · {label}:"), " " + key.replace("\x00", each)))
            )
    return items


def _note_key(key: str) -> tuple[int, str]:
    vid = key.partition(":")[0]
    return (id_number(vid), key)


def _short(text: str, limit: int = 80) -> str:
    flat = one_line(text)
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


__all__ = [
    "build_report",
    "chart_data",
    "critical_chain",
    "fold_by_vision",
    "report_markdown",
    "report_title",
]
