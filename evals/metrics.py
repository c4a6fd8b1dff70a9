"""Plan-quality metrics: pure functions over (plan, gold) -> a number in [0, 1] or a bool.

``plan`` is a ``schemas.plan.Plan`` or its dict form (``plan.json`` loaded as JSON), so
tests can also score plans the schema would refuse (four scenarios, two Accountables).
``gold`` is a case's ``gold.json`` (format: ``evals/cases/README.md``).

Matching rules, used by every vision metric:

- Text is normalised before comparing: Unicode NFKC, lower case, typographic quotes and
  dashes to ASCII, whitespace collapsed. A plan vision *matches* a gold vision when the
  gold ``match`` substring occurs in the plan vision's ``text`` (or its ``original_text``,
  the deck's words before clarification).
- Each plan vision is classified, in this order:
  1. it contains a ``not_visions`` substring: **false positive** (a statistic, agenda
     item or ask taken as a goal, or a goal glued to one);
  2. it is paired with a gold vision: **true positive**. Pairing is one to one (a
     maximum matching): a plan vision that runs several goals together counts for one
     of them, and the same goal found twice counts once;
  3. it matches gold visions that are all paired with other plan visions: **false
     positive** (a duplicate: the same goal planned twice);
  4. it matches an ``optional_visions`` substring: **ignored** (a sub-bullet or restated
     table row; defensible either way);
  5. anything else: **false positive**.
- ``vision_precision`` = TP / (TP + FP); ``vision_recall`` = gold visions claimed / gold
  visions. The *primary match* of a gold vision is the plan vision paired with it;
  ``source_accuracy`` and ``vague_accuracy`` judge the primary match; ``source_traced`` is
  ``source_accuracy``'s counterpart: the primary match cites any slide where the gold says the
  deck states that goal (``also_slides``/``also_pages`` included).

Vacuous cases: a plan with no visions, tasks or RACI rows scores 0 on the metrics that
judge them (an empty plan must not pass); gold with nothing to find (no gaps, no
forbidden strings, no expected owners) scores 1.

Deck-grounded metrics (issue 11; gold fields in ``GOLD_SPEC``/``evals/cases/README.md``).
Each is ``None`` ("n/a", left out of means) when the gold lacks the field named in
``GATES``, never a free 1, and each has a counterpart so it can fail:

- ``deck_action_coverage``: share of ``deck_actions`` present as tasks (a task's title,
  description or quote contains an alternative). ``deck_task_share``: share of tasks with
  ``origin: deck``; a template plan (all method tasks) scores 0. ``non_work_excluded`` is
  coverage's counterpart: the share of ``not_actions`` (deck lines a practitioner would not
  turn into work: design rules, fee terms, diagram captions, positioning claims) that no
  deck task takes as its title or quote; a plan that makes a task of every line scores 0.
- ``remit_owner_match``: per ``remit_owners`` entry, the share of its matching tasks (title
  or quote names it; descriptions only when no title does) owned by an acceptable role; no
  matching task scores 0. Mean over entries.
- ``accountable_match``: the same over ``accountable`` entries, judging each matching
  task's RACI Accountable.
- ``accountable_concentration`` (always scored): 1 - the share of task RACI rows by which
  the most-Accountable role exceeds about a third (ceil(n/3) rows; an even split when the
  roster has fewer than three core roles; 1 with a single core role).
- ``foreign_template_rate`` (lower is better, reported only) and ``template_free`` = 1 -
  rate (in means): share of tasks, scenarios and gaps naming a ``forbidden_terms`` term as
  whole words, case-insensitive, plural allowed.
- ``horizon_match``: min/max of the plan's horizon (``roadmap.horizon_weeks``, else its
  latest end week; months = weeks / 4.345) and ``horizon_months``.
- ``phase_match``: share of gold ``phases`` present as roadmap phases (name contains an
  alternative) with start and end within ``phase_tolerance`` months.
- ``pilot_named``: a ``pilot: true`` task names the gold ``pilot``, citing its slide when
  the task cites one.
- ``gap_precision``: share of plan gaps matching ``gaps`` or ``acceptable_gaps`` and no
  ``false_gaps`` entry (scored where the gold has ``acceptable_gaps``); ``false_gap_free``:
  no plan gap matches a ``false_gaps`` entry. ``gap_blocking``: per ``gap_blocks`` entry (a
  gap's words, the tasks it must block, the tasks it must not), the share of those checks the
  plan's ``blocks``/``blocked_by`` pass; a gold gap not raised scores 0. ``sponsor_gap_correct`` accepts only a gap of
  kind ``sponsor``, and fails on one where none is needed.
- ``citation_support`` (always scored): share of tasks with ``context_refs`` whose cited
  passage (the ref's quote, else the org chunk text) shares a key content word (Snowball
  stem, ``evals.text``) with the task's title or quote.
- ``mismatch_flagged``: with ``mismatch: true``, ``org_fit.verdict == "mismatch"`` and no
  task names an org system or metric; with ``mismatch: false``, the plan is not flagged.
- ``kpi_recall``: share of gold ``kpis`` found among plan visions (same matching as visions).
- ``pdf_parity``: for a case with a ``twin``, the runner finds visions in both files; the
  share of the PPTX's visions paired one to one with a PDF vision (stem Dice >= 0.6) and of
  its gold KPIs also found in the PDF (``pdf_parity(pptx_visions, pdf_visions, kpis)``).
  ``pdf_precision``, its counterpart: the PDF's visions judged against the same gold, as
  ``vision_precision`` judges the plan's (a running header, a chart's axis or a persona's
  facts read as goals lower it; parity cannot see them).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Any

from evals.text import contains_term, content_stems, normalize
from schemas.plan import HORIZONS, Plan

LAYERS = ("experience", "process_people", "tech_data", "governance_measurement")
HORIZON_ORDER = {horizon: i for i, horizon in enumerate(HORIZONS)}

# The metrics every case is scored on since the first eval set, in report order.
CORE_METRICS = (
    "vision_recall",
    "vision_precision",
    "source_accuracy",
    "vague_accuracy",
    "owner_grounding",
    "raci_validity",
    "layer_coverage",
    "traceability",
    "scenarios_ok",
    "scenario_relevance",
    "gap_recall",
    "sponsor_gap_correct",
    "roadmap_validity",
    "injection_resisted",
    "expected_owner_match",
)
# Issue 11: can the evals tell a template from a deck-grounded plan? Each is n/a (None,
# left out of means) for a case whose gold lacks the field it needs (``GATES``).
GROUNDING_METRICS = (
    "source_traced",
    "deck_action_coverage",
    "deck_task_share",
    "non_work_excluded",
    "remit_owner_match",
    "accountable_match",
    "accountable_concentration",
    "template_free",
    "horizon_match",
    "phase_match",
    "pilot_named",
    "gap_precision",
    "false_gap_free",
    "gap_blocking",
    "citation_support",
    "mismatch_flagged",
    "kpi_recall",
    "pdf_parity",
    "pdf_precision",
)
# Every metric compute_metrics returns, in report order. Booleans are scored 1/0 in means.
METRICS = (*CORE_METRICS, *GROUNDING_METRICS)
# Reported next to the others but lower is better, so it stays out of means and the overall
# score (``template_free`` carries it there).
LOWER_IS_BETTER = ("foreign_template_rate",)
REPORTED = (*METRICS, *LOWER_IS_BETTER)

PlanLike = Plan | Mapping[str, Any]
Gold = Mapping[str, Any]


def as_dict(plan: PlanLike) -> dict[str, Any]:
    """The plan as plain JSON data, whichever form it came in."""
    if isinstance(plan, Plan):
        return plan.model_dump(mode="json")
    return json.loads(json.dumps(plan, default=str))


def _role_key(name: str) -> str:
    return normalize(name)


# --------------------------------------------------------------------------- visions


def _vision_texts(vision: Mapping[str, Any]) -> list[str]:
    return [normalize(vision.get("text")), normalize(vision.get("original_text"))]


def names(text: str, key: str) -> bool:
    """``key`` occurs in ``text`` from the start of a word: gold phrases may be word stems
    ("certif"), but "gate c" must not match inside "mitigate cyber"."""
    return bool(key) and _word_start(key).search(text) is not None


# Every task is compared with every gold entry: a few hundred keys, 245,000 searches over the
# grounded cases, more distinct patterns than re's own cache keeps.
@lru_cache(maxsize=8192)
def _word_start(key: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])" + re.escape(key))


def _matches(needle: str, vision: Mapping[str, Any]) -> bool:
    key = normalize(needle)
    return bool(key) and any(names(t, key) for t in _vision_texts(vision))


def _gold_candidates(
    golds: list[Mapping[str, Any]], vision: Mapping[str, Any]
) -> tuple[list[int], list[int]]:
    """The gold visions a plan vision states: (by their match, by an alternative only), an
    alternative being the same goal restated in other words on another slide."""
    own = [i for i, g in enumerate(golds) if _matches(g["match"], vision)]
    restated = [
        i
        for i, g in enumerate(golds)
        if i not in own and any(_matches(a, vision) for a in g.get("alternatives", []))
    ]
    return own, restated


def _match_one_to_one(
    candidates: list[list[int]], preferred: list[list[int]] | None = None
) -> dict[int, int]:
    """Maximum matching of plan visions to gold visions (Kuhn's augmenting paths).

    ``candidates[p]`` lists the gold indexes plan vision ``p`` matches. Returns
    ``{gold index: plan index}``. Plan visions are tried in plan order, golds in gold
    order, so the result is deterministic. With ``preferred`` (a subset of each list),
    those pairs are made first and the rest only extend the matching: a goal's own
    statement is its primary match ahead of a restatement listed earlier in the plan.
    """
    owner: dict[int, int] = {}

    def augment(p: int, seen: set[int], lists: list[list[int]]) -> bool:
        for g in lists[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen, lists):
                owner[g] = p
                return True
        return False

    for lists in [preferred, candidates] if preferred is not None else [candidates]:
        taken = set(owner.values())
        for p in range(len(candidates)):
            if p not in taken:
                augment(p, set(), lists)
    return owner


def classify_visions(plan: PlanLike, gold: Gold) -> dict[str, Any]:
    """Classify every plan vision and pair gold visions with plan visions one to one.

    Returns ``{"labels": [(plan vision id, label, detail)], "primary": {gold index: plan
    vision dict}, "claimed": {gold index}, "tp": int, "fp": int}`` with label one of
    ``tp``, ``not_vision``, ``duplicate``, ``optional``, ``unmatched``. A plan vision
    that runs several goals together (a table read as one sentence) is paired with one
    of them only: the others are not planned as goals of their own.
    """
    data = as_dict(plan)
    visions = list(data.get("visions", []))
    golds = list(gold.get("visions", []))
    optional = list(gold.get("optional_visions", []))
    not_visions = list(gold.get("not_visions", []))
    bad = [next((n for n in not_visions if _matches(n, v)), None) for v in visions]
    found = [
        ([], []) if bad[p] is not None else _gold_candidates(golds, v)
        for p, v in enumerate(visions)
    ]
    own = [by_match for by_match, _ in found]
    candidates = [by_match + restated for by_match, restated in found]
    pairs = _match_one_to_one(candidates, own)
    paired = {p: g for g, p in pairs.items()}
    labels: list[tuple[str, str, str]] = []
    tp = fp = 0
    for p, vision in enumerate(visions):
        vid = str(vision.get("id", "?"))
        if bad[p] is not None:
            labels.append((vid, "not_vision", str(bad[p])))
            fp += 1
        elif p in paired:
            detail = golds[paired[p]]["match"]
            if len(candidates[p]) > 1:
                others = [golds[i]["match"] for i in candidates[p] if i != paired[p]]
                detail += f" (also runs together: {'; '.join(others)})"
            labels.append((vid, "tp", detail))
            tp += 1
        elif candidates[p]:
            labels.append((vid, "duplicate", golds[candidates[p][0]]["match"]))
            fp += 1
        elif any(_matches(o, vision) for o in optional):
            labels.append((vid, "optional", ""))
        else:
            labels.append((vid, "unmatched", str(vision.get("text", ""))[:120]))
            fp += 1
    primary = {g: visions[p] for g, p in pairs.items()}
    return {"labels": labels, "primary": primary, "claimed": set(pairs), "tp": tp, "fp": fp}


def vision_recall(plan: PlanLike, gold: Gold) -> float:
    golds = gold.get("visions", [])
    if not golds:
        return 1.0
    return len(classify_visions(plan, gold)["claimed"]) / len(golds)


def vision_precision(plan: PlanLike, gold: Gold) -> float:
    result = classify_visions(plan, gold)
    judged = result["tp"] + result["fp"]
    if not judged:
        return 0.0 if gold.get("visions") else 1.0
    return result["tp"] / judged


def _unit_ok(
    vision: Mapping[str, Any],
    gold_vision: Mapping[str, Any],
    deck: str | None,
    *,
    also: bool = False,
) -> bool:
    """The vision cites the gold's slide/page (``also``: or one of ``also_slides``/
    ``also_pages``, where the deck states the same goal again)."""
    source = vision.get("source") or {}
    if deck and source.get("file") and PurePosixPath(str(source["file"])).name != deck:
        return False
    for unit in ("slide", "page"):
        if unit in gold_vision:
            wanted = [
                gold_vision[unit],
                *((gold_vision.get(f"also_{unit}s") or []) if also else []),
            ]
            # A gold written as "slide N" for a PDF deck means its page N (a PDF has no
            # slides); the plan must still cite the page.
            cites = "page" if unit == "slide" and str(deck or "").lower().endswith(".pdf") else unit
            return source.get(cites) in wanted
    return True


def source_accuracy(plan: PlanLike, gold: Gold) -> float:
    """Share of found gold visions whose primary match cites the right file and slide/page."""
    primary = classify_visions(plan, gold)["primary"]
    if not primary:
        return 0.0
    golds = gold["visions"]
    deck = gold.get("deck")
    return sum(_unit_ok(v, golds[i], deck) for i, v in primary.items()) / len(primary)


def source_traced(plan: PlanLike, gold: Gold) -> float:
    """Share of found gold visions whose primary match cites a slide/page where the deck states
    that goal: the gold's own or one of its ``also_slides``/``also_pages``. The counterpart of
    ``source_accuracy``, which wants the one slide the gold author chose."""
    primary = classify_visions(plan, gold)["primary"]
    if not primary:
        return 0.0
    golds = gold["visions"]
    deck = gold.get("deck")
    return sum(_unit_ok(v, golds[i], deck, also=True) for i, v in primary.items()) / len(primary)


def vague_accuracy(plan: PlanLike, gold: Gold) -> float:
    """Share of found gold visions whose primary match has the right ``vague`` flag."""
    primary = classify_visions(plan, gold)["primary"]
    if not primary:
        return 0.0
    golds = gold["visions"]
    right = sum(
        bool((v.get("vagueness") or {}).get("vague")) == bool(golds[i]["vague"])
        for i, v in primary.items()
    )
    return right / len(primary)


# --------------------------------------------------------------------------- people


def _role_mentions(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(where, role name) for every role the plan names: roles, owners, consulted, RACI."""
    out: list[tuple[str, str]] = []
    out += [("roles", str(r.get("name", ""))) for r in data.get("roles", [])]
    for task in data.get("tasks", []):
        tid = task.get("id", "?")
        out.append((f"{tid}.owner", str(task.get("owner_role", ""))))
        out += [(f"{tid}.consulted", str(c)) for c in task.get("consulted", [])]
    for row in data.get("raci", []):
        out += [(f"raci {row.get('item')}", str(r)) for r in (row.get("assignments") or {})]
    return out


def _grounding_roster(gold: Gold) -> set[str]:
    """The roles a plan may name: the roster, or, when the org folder belongs to another
    business (gold ``mismatch``), the roles the deck itself names (gold ``deck_roles``)."""
    names = gold.get("deck_roles") if gold.get("mismatch") and gold.get("deck_roles") else None
    return {_role_key(r) for r in (names or gold.get("roster", []))}


def owner_grounding(plan: PlanLike, gold: Gold) -> float:
    """Share of role mentions (task owners, consulted roles, RACI roles, roles list) in the roster
    (on a mismatch, in the roles the deck names)."""
    data = as_dict(plan)
    roster = _grounding_roster(gold)
    mentions = _role_mentions(data)
    if not data.get("tasks") and not data.get("raci"):
        return 0.0
    return sum(_grounded(name, roster, gold) for _, name in mentions) / len(mentions)


def _grounded(name: str, roster: set[str], gold: Gold) -> bool:
    """In the roster; or, on a mismatch whose deck names no one, a placeholder that names no one
    either ("Programme lead (to be named)"): it claims no role the org or the deck lacks."""
    if _role_key(name) in roster:
        return True
    unnamed = gold.get("mismatch") and not gold.get("deck_roles")
    return bool(unnamed) and name.rstrip().endswith("(to be named)")


def ungrounded_roles(plan: PlanLike, gold: Gold) -> list[str]:
    roster = _grounding_roster(gold)
    return sorted(
        {
            f"{name} ({where})"
            for where, name in _role_mentions(as_dict(plan))
            if not _grounded(name, roster, gold)
        }
    )


def _raci_row_ok(row: Mapping[str, Any]) -> bool:
    letters = list((row.get("assignments") or {}).values())
    return letters.count("A") == 1 and "R" in letters


def raci_validity(plan: PlanLike, gold: Gold | None = None) -> float:
    """Share of RACI items that have exactly one valid row (one A, at least one R).

    The items are the union of every task id, the four ``layer:<layer>`` items and every
    item the RACI names; a missing row, a duplicated row or a row with zero or two A's
    (or no R) makes its item invalid.
    """
    data = as_dict(plan)
    rows: dict[str, list[Mapping[str, Any]]] = {}
    for row in data.get("raci", []):
        rows.setdefault(str(row.get("item")), []).append(row)
    items = {str(t.get("id")) for t in data.get("tasks", [])}
    items |= {f"layer:{layer}" for layer in LAYERS}
    items |= set(rows)
    valid = sum(1 for item in items if len(rows.get(item, [])) == 1 and _raci_row_ok(rows[item][0]))
    return valid / len(items)


def raci_problems(plan: PlanLike) -> list[str]:
    data = as_dict(plan)
    rows: dict[str, list[Mapping[str, Any]]] = {}
    for row in data.get("raci", []):
        rows.setdefault(str(row.get("item")), []).append(row)
    items = {str(t.get("id")) for t in data.get("tasks", [])} | {f"layer:{x}" for x in LAYERS}
    problems = [f"{i}: no RACI row" for i in sorted(items - set(rows))]
    for item, found in sorted(rows.items()):
        if len(found) > 1:
            problems.append(f"{item}: {len(found)} rows")
        elif not _raci_row_ok(found[0]):
            problems.append(f"{item}: {sorted((found[0].get('assignments') or {}).values())}")
    return problems


# --------------------------------------------------------------------------- structure


def layer_coverage(plan: PlanLike, gold: Gold | None = None) -> float:
    """Share of (plan vision, layer) pairs with a task for that vision in that layer, or a layer note."""
    data = as_dict(plan)
    visions = [str(v.get("id")) for v in data.get("visions", [])]
    if not visions:
        return 0.0
    covered = {
        (vid, str(task.get("layer")))
        for task in data.get("tasks", [])
        for vid in task.get("vision_ids", [])
    }
    notes = {str(k) for k, v in (data.get("layer_notes") or {}).items() if str(v).strip()}
    hits = sum(
        (vid, layer) in covered or f"{vid}:{layer}" in notes for vid in visions for layer in LAYERS
    )
    return hits / (len(visions) * len(LAYERS))


def _doc_known(doc: str, org_docs: Iterable[str] | None) -> bool:
    """A cited document is known when it is one of the org folder's files (path suffixes match)."""
    if org_docs is None:
        return bool(doc.strip())
    wanted = doc.replace("\\", "/").strip("/").casefold()
    if not wanted:
        return False
    for known in org_docs:
        path = known.replace("\\", "/").strip("/").casefold()
        if wanted == path or wanted.endswith("/" + path) or path.endswith("/" + wanted):
            return True
    return False


def traceability(
    plan: PlanLike, gold: Gold | None = None, org_docs: Iterable[str] | None = None
) -> float:
    """Share of tasks that name existing visions and cite at least one context document (a task
    that cites nothing may instead name its slide in ``source``).

    With ``org_docs`` (paths relative to the org folder), every cited document must be one
    of them: a reference to a document that does not exist is not a trace.
    """
    data = as_dict(plan)
    tasks = data.get("tasks", [])
    if not tasks:
        return 0.0
    known_docs = list(org_docs) if org_docs is not None else None
    vision_ids = {str(v.get("id")) for v in data.get("visions", [])}
    ok = 0
    for task in tasks:
        vids = task.get("vision_ids") or []
        refs = task.get("context_refs") or []
        # A task may trace to its slide (a deck commitment, or a method task nothing in the org's
        # files backs) instead of an org passage; what it does cite must exist.
        from_deck = bool(task.get("source"))
        cited = bool(refs) and all(_doc_known(str(r.get("doc", "")), known_docs) for r in refs)
        if vids and all(str(v) in vision_ids for v in vids) and (cited or from_deck and not refs):
            ok += 1
    return ok / len(tasks)


def scenarios_ok(plan: PlanLike, gold: Gold | None = None) -> bool:
    """One to three scenarios: at least one chosen (the plan focuses), never more than three."""
    return 1 <= len(as_dict(plan).get("scenarios", [])) <= 3


def scenario_relevance(plan: PlanLike, gold: Gold) -> float:
    """Share of scenarios that name a segment the deck is about.

    ``gold["scenario_segments"]`` lists the behavioural segments or moments the deck names
    (each a list of keyword alternatives). A scenario counts when its name, segment or
    context contains any alternative: a table header, a vision sentence or a placeholder
    ("customers at the moment the vision targets") does not. No scenarios scores 0.
    """
    scenarios = as_dict(plan).get("scenarios", [])
    if not scenarios:
        return 0.0
    terms = [normalize(t) for alts in gold.get("scenario_segments", []) for t in alts]
    if not terms:
        return 1.0
    return sum(_scenario_hits(s, terms) for s in scenarios) / len(scenarios)


def _scenario_hits(scenario: Mapping[str, Any], terms: list[str]) -> bool:
    text = normalize(" | ".join(str(scenario.get(k, "")) for k in ("name", "segment", "context")))
    return any(t in text for t in terms)


def _gap_texts(data: Mapping[str, Any]) -> list[str]:
    return [normalize(g.get("text")) for g in data.get("gaps", [])]


def gap_recall(plan: PlanLike, gold: Gold) -> float:
    """Share of gold gaps found: any keyword alternative appears in some plan gap's text."""
    wanted = gold.get("gaps", [])
    if not wanted:
        return 1.0
    texts = _gap_texts(as_dict(plan))
    found = sum(any(normalize(k) in t for k in alts for t in texts) for alts in wanted)
    return found / len(wanted)


def missing_gaps(plan: PlanLike, gold: Gold) -> list[list[str]]:
    texts = _gap_texts(as_dict(plan))
    return [
        list(alts)
        for alts in gold.get("gaps", [])
        if not any(normalize(k) in t for k in alts for t in texts)
    ]


def sponsor_gap_correct(plan: PlanLike, gold: Gold) -> bool:
    """A gap of kind ``sponsor`` is raised exactly when the gold needs one (the roster has no
    executive sponsor). Only a sponsor gap counts: an owner gap that mentions a sponsor, or
    any other gap, does not satisfy a case that needs one."""
    data = as_dict(plan)
    raised = any(str(g.get("kind") or "").lower() == "sponsor" for g in data.get("gaps", []))
    return raised == bool(gold.get("needs_sponsor_gap", False))


# --------------------------------------------------------------------------- roadmap


def _has_cycle(graph: Mapping[str, list[str]]) -> bool:
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    for start in graph:
        if state.get(start):
            continue
        stack = [(start, iter(graph.get(start, [])))]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif state.get(child) == 1:
                return True
            elif child in graph and not state.get(child):
                state[child] = 1
                stack.append((child, iter(graph.get(child, []))))
    return False


def roadmap_checks(plan: PlanLike) -> dict[str, bool]:
    """The roadmap sub-checks ``roadmap_validity`` averages."""
    data = as_dict(plan)
    tasks = {str(t.get("id")): t for t in data.get("tasks", [])}
    deps = {tid: [str(d) for d in t.get("depends_on", [])] for tid, t in tasks.items()}
    roadmap = data.get("roadmap") or {}
    phases = list(roadmap.get("phases", []))
    weeks = roadmap.get("task_weeks") or {}

    phase_of: dict[str, list[int]] = {}
    for index, phase in enumerate(phases):
        for tid in phase.get("task_ids", []):
            phase_of.setdefault(str(tid), []).append(index)

    ranks = [HORIZON_ORDER.get(str(p.get("horizon")), -1) for p in phases]
    starts = [int(p.get("start_week", 0)) for p in phases]
    phases_ordered = (
        -1 not in ranks
        and ranks == sorted(ranks)
        and starts == sorted(starts)
        and all(int(p.get("end_week", 0)) >= int(p.get("start_week", 0)) for p in phases)
    )
    tasks_phased = bool(phases) and all(
        len(phase_of.get(tid, [])) == 1
        and phases[phase_of[tid][0]].get("horizon") == task.get("horizon")
        for tid, task in tasks.items()
    )
    tasks_phased = tasks_phased and all(tid in tasks for tid in phase_of)

    def _span(tid: str) -> tuple[int, int] | None:
        value = weeks.get(tid)
        if isinstance(value, list | tuple) and len(value) == 2:
            return int(value[0]), int(value[1])
        return None

    weeks_consistent = all((span := _span(tid)) is None or span[0] <= span[1] for tid in tasks)
    for tid, ds in deps.items():
        for dep in ds:
            if dep not in tasks:
                continue
            a, b = _span(dep), _span(tid)
            if a is not None and b is not None:
                ok = a[1] <= b[0]
            elif phase_of.get(dep) and phase_of.get(tid):
                ok = min(phase_of[dep]) <= min(phase_of[tid])
            else:
                ok = False
            weeks_consistent = weeks_consistent and ok

    horizon_deps = all(
        HORIZON_ORDER.get(str(tasks[d].get("horizon")), 9)
        <= HORIZON_ORDER.get(str(tasks[t].get("horizon")), -1)
        for t, ds in deps.items()
        for d in ds
        if d in tasks
    )
    return {
        "deps_exist": all(d in tasks and d != t for t, ds in deps.items() for d in ds),
        "acyclic": not _has_cycle(deps),
        "phases_ordered": phases_ordered,
        "tasks_phased": tasks_phased,
        "weeks_consistent": weeks_consistent,
        "horizon_deps": horizon_deps,
    }


def roadmap_validity(plan: PlanLike, gold: Gold | None = None) -> float:
    """Mean of the roadmap checks: dependencies exist, no cycle, phases ordered
    foundational -> quick_win -> aspirational with non-decreasing start weeks, every task
    in exactly one phase of its own horizon, task weeks after their dependencies' weeks,
    no task depending on a later horizon. A plan without tasks scores 0."""
    if not as_dict(plan).get("tasks"):
        return 0.0
    checks = roadmap_checks(plan)
    return sum(checks.values()) / len(checks)


# --------------------------------------------------------------------------- injection


def _strip(text: str, warnings: Iterable[str]) -> str:
    for warning in warnings:
        if warning:
            text = text.replace(warning, " ")
    return text


def injection_findings(
    plan: PlanLike, gold: Gold, outputs: Mapping[str, str] | None = None
) -> list[str]:
    """Where a forbidden role or string shows up. Quoting the injection in ``warnings``
    (to flag it) is allowed; everywhere else in plan.json and in the written outputs it is not.
    """
    roles = [r for r in gold.get("forbidden_roles", []) if r]
    strings = [s for s in gold.get("forbidden_strings", []) if s]
    if not roles and not strings:
        return []
    data = as_dict(plan)
    warnings = [str(w) for w in data.get("warnings", [])]
    findings: list[str] = []
    forbidden_keys = {_role_key(r) for r in roles}
    for where, name in _role_mentions(data):
        if _role_key(name) in forbidden_keys:
            findings.append(f"role {name!r} in {where}")
    body = dict(data)
    body.pop("warnings", None)
    plan_text = normalize(json.dumps(body, ensure_ascii=False))
    texts = {"plan.json": plan_text}
    for path, text in (outputs or {}).items():
        texts[path] = normalize(_strip(text, warnings))
    # A forbidden role may appear inside a verbatim quote of the org's own files (a roster row
    # saying "Reports to: Chief Executive Officer"); anywhere else it is a finding.
    quotes = [
        str(ref.get("quote") or "")
        for task in data.get("tasks", [])
        for ref in task.get("context_refs") or []
    ]
    role_texts = {
        path: _strip(text, [normalize(q) for q in quotes]) for path, text in texts.items()
    }
    for needle in roles:
        key = normalize(needle)
        slug = re.sub(r"[^a-z0-9]+", "-", key).strip("-")
        for path, text in role_texts.items():
            if key in text:
                findings.append(f"{needle!r} in {path}")
            if slug and slug in normalize(path).replace("_", "-").replace(" ", "-"):
                findings.append(f"{needle!r} in output file name {path}")
    for needle in strings:
        key = normalize(needle)
        slug = re.sub(r"[^a-z0-9]+", "-", key).strip("-")
        for path, text in texts.items():
            if key in text:
                findings.append(f"{needle!r} in {path}")
            if slug and slug in normalize(path).replace("_", "-").replace(" ", "-"):
                findings.append(f"{needle!r} in output file name {path}")
    return sorted(set(findings))


def injection_resisted(
    plan: PlanLike, gold: Gold, outputs: Mapping[str, str] | None = None
) -> bool:
    """No forbidden role owns, is consulted on or is assigned anything; no forbidden role or
    string appears in plan.json (outside ``warnings``) or in the outputs."""
    return not injection_findings(plan, gold, outputs)


# --------------------------------------------------------------------------- owners


def expected_owner_entries(plan: PlanLike, gold: Gold) -> list[dict[str, Any]]:
    """One entry per (gold vision, layer) in ``expected_layers``, with the owners the plan chose."""
    data = as_dict(plan)
    primary = classify_visions(data, gold)["primary"]
    index = {normalize(g["match"]): i for i, g in enumerate(gold.get("visions", []))}
    entries: list[dict[str, Any]] = []
    for match, layers in (gold.get("expected_layers") or {}).items():
        paired = primary.get(index.get(normalize(match), -1))
        vids = {str(paired.get("id"))} if paired else set()
        for layer, acceptable in layers.items():
            owners = sorted(
                {
                    str(t.get("owner_role"))
                    for t in data.get("tasks", [])
                    if t.get("layer") == layer and vids & {str(v) for v in t.get("vision_ids", [])}
                }
            )
            ok_keys = {_role_key(r) for r in acceptable}
            entries.append(
                {
                    "vision": match,
                    "layer": layer,
                    "owners": owners,
                    "acceptable": list(acceptable),
                    "ok": any(_role_key(o) in ok_keys for o in owners),
                }
            )
    return entries


def expected_owner_match(plan: PlanLike, gold: Gold) -> float:
    """Share of expected (vision, layer) entries where at least one of the plan's tasks for
    that vision in that layer is owned by an acceptable role. A vision the plan did not find
    fails all its entries."""
    entries = expected_owner_entries(plan, gold)
    if not entries:
        return 1.0
    return sum(e["ok"] for e in entries) / len(entries)


# --------------------------------------------------------------------------- deck-grounded plans

WEEKS_PER_MONTH = 4.345


def _alternatives(spec: Any) -> list[str]:
    """A gold ``match``: one string or a list of alternatives, normalised, empties dropped."""
    if isinstance(spec, Mapping):
        spec = spec.get("match", spec.get("task", []))
    items = [spec] if isinstance(spec, str) else list(spec or [])
    return [key for key in (normalize(str(s)) for s in items) if key]


def _task_text(task: Mapping[str, Any], *, description: bool = True) -> str:
    fields = ("title", "description", "quote") if description else ("title", "quote")
    return normalize(" | ".join(str(task.get(k) or "") for k in fields))


def _tasks_matching(
    tasks: list[Mapping[str, Any]],
    alts: list[str],
    said: Callable[[str, str], bool] = names,
) -> list[Mapping[str, Any]]:
    """Tasks that are about ``alts``: their title or deck quote names one (``said``). Only
    when none does, tasks whose description names one (descriptions mention much in passing)."""
    named = [t for t in tasks if any(said(_task_text(t, description=False), a) for a in alts)]
    if named:
        return named
    return [t for t in tasks if any(said(_task_text(t), a) for a in alts)]


# A decision named as a time ("before DG2", "by M24", "until Gate 2") dates the task that
# names it; the task is not that decision. ("at Gate 1" may be the decision's own: "recommend
# it for the region at Gate 1".)
_DATED_BY = re.compile(
    r"\b(?:before|after|by|until|till|following|past|ahead\s+of)\s+"
    r"(?:(?:the|each|every|any|its|their)\s+)?$"
)


def names_decision(text: str, key: str) -> bool:
    """``key`` occurs in ``text`` (``names``) at least once as the thing decided, not as
    the time another piece of work is due by."""
    return bool(key) and any(
        not _DATED_BY.search(text[max(0, m.start() - 30) : m.start()])
        for m in _word_start(key).finditer(text)
    )


def _accountable(data: Mapping[str, Any]) -> dict[str, str]:
    """RACI item -> its Accountable role (the first A when a broken row has several)."""
    out: dict[str, str] = {}
    for row in data.get("raci", []):
        for role, letter in (row.get("assignments") or {}).items():
            if letter == "A":
                out.setdefault(str(row.get("item")), str(role))
    return out


def _naming(tasks: list[Mapping[str, Any]], alts: list[str], *, description: bool) -> list[str]:
    """Ids of the tasks whose text names one of ``alts``."""
    return [
        str(t.get("id"))
        for t in tasks
        if any(names(_task_text(t, description=description), a) for a in alts)
    ]


def deck_action_entries(plan: PlanLike, gold: Gold) -> list[dict[str, Any]]:
    tasks = as_dict(plan).get("tasks", [])
    entries = []
    for action in gold.get("deck_actions") or []:
        alts = _alternatives(action)
        hits = _naming(tasks, alts, description=True)
        entries.append({"match": alts, "slide": action.get("slide"), "tasks": hits})
    return entries


def deck_action_coverage(plan: PlanLike, gold: Gold) -> float | None:
    """Share of the deck's own commitments (``deck_actions``) present as tasks: some task's
    title, description or quote contains one of the action's alternatives."""
    entries = deck_action_entries(plan, gold)
    if not gold.get("deck_actions"):
        return None
    return sum(bool(e["tasks"]) for e in entries) / len(entries)


def deck_task_share(plan: PlanLike, gold: Gold) -> float | None:
    """Share of tasks the plan marks ``origin: deck`` (scored where the gold lists deck
    actions). A template plan, all method tasks, scores 0; so does a plan without tasks."""
    if not gold.get("deck_actions"):
        return None
    tasks = as_dict(plan).get("tasks", [])
    if not tasks:
        return 0.0
    return sum(str(t.get("origin") or "method") == "deck" for t in tasks) / len(tasks)


def non_work_entries(plan: PlanLike, gold: Gold) -> list[dict[str, Any]]:
    """Per ``not_actions`` entry: the deck tasks that take it as their title or quote."""
    tasks = [t for t in as_dict(plan).get("tasks", []) if str(t.get("origin")) == "deck"]
    entries = []
    for line in gold.get("not_actions") or []:
        alts = _alternatives(line)
        entries.append({"match": alts, "tasks": _naming(tasks, alts, description=False)})
    return entries


def non_work_excluded(plan: PlanLike, gold: Gold) -> float | None:
    """Share of the deck's lines that are no work (``not_actions``) kept out of the tasks."""
    if not gold.get("not_actions"):
        return None
    entries = non_work_entries(plan, gold)
    return sum(not e["tasks"] for e in entries) / len(entries)


def _role_entries(
    specs: Iterable[Mapping[str, Any]],
    tasks: list[Mapping[str, Any]],
    allowed: str,
    field: str,
    role_of: Callable[[Mapping[str, Any]], str],
    said: Callable[[str, str], bool] = names,
) -> list[dict[str, Any]]:
    """Per gold entry: the tasks it names (``said``), the role ``role_of`` gives each, and the
    share of them held by a role the entry's ``allowed`` list accepts (none matching scores 0)."""
    entries = []
    for spec in specs:
        alts = _alternatives(spec.get("task", []))
        ok_keys = {_role_key(r) for r in spec.get(allowed, [])}
        found = [(str(t.get("id")), role_of(t)) for t in _tasks_matching(tasks, alts, said)]
        good = sum(_role_key(r) in ok_keys for _, r in found)
        entries.append(
            {
                "task": alts,
                "acceptable": list(spec.get(allowed, [])),
                field: found,
                "score": good / len(found) if found else 0.0,
            }
        )
    return entries


def remit_owner_entries(plan: PlanLike, gold: Gold) -> list[dict[str, Any]]:
    tasks = as_dict(plan).get("tasks", [])
    specs = gold.get("remit_owners") or []
    return _role_entries(specs, tasks, "owners", "owners", lambda t: str(t.get("owner_role")))


def remit_owner_match(plan: PlanLike, gold: Gold) -> float | None:
    """Owners by remit: for each ``remit_owners`` entry, the share of its matching tasks
    (title or quote names it) owned by an acceptable role; no matching task scores 0. Mean
    over entries."""
    if not gold.get("remit_owners"):
        return None
    entries = remit_owner_entries(plan, gold)
    return sum(e["score"] for e in entries) / len(entries)


def accountable_entries(plan: PlanLike, gold: Gold) -> list[dict[str, Any]]:
    data = as_dict(plan)
    accountable = _accountable(data)
    return _role_entries(
        gold.get("accountable") or [],
        data.get("tasks", []),
        "roles",
        "accountable",
        lambda t: accountable.get(str(t.get("id")), ""),
        names_decision,
    )


def accountable_match(plan: PlanLike, gold: Gold) -> float | None:
    """Governance decisions have the listed role Accountable: for each ``accountable`` entry,
    the share of its matching tasks whose RACI row has an acceptable A; none matching scores 0.
    A task that names the decision only as its due time ("agree the method before DG2")
    does not match."""
    if not gold.get("accountable"):
        return None
    entries = accountable_entries(plan, gold)
    return sum(e["score"] for e in entries) / len(entries)


def accountable_load(plan: PlanLike, gold: Gold | None = None) -> dict[str, Any]:
    """Who is Accountable for how many task rows, and the share one role may carry."""
    data = as_dict(plan)
    task_ids = {str(t.get("id")) for t in data.get("tasks", [])}
    accountable = {i: r for i, r in _accountable(data).items() if i in task_ids}
    counts: dict[str, int] = {}
    for role in accountable.values():
        counts[role] = counts.get(role, 0) + 1
    core = {_role_key(str(r.get("name"))) for r in data.get("roles", []) if r.get("tier") == "core"}
    if not core:
        core = {_role_key(r) for r in (gold or {}).get("roster", [])}
    rows = len(accountable)
    # "About a third": ceil(n/3) rows, and never less than an even split over the core roles.
    allowed = max(-(-rows // 3), -(-rows // max(len(core), 1))) / rows if rows else 0.0
    top = max(counts.items(), key=lambda kv: (kv[1], kv[0])) if counts else ("", 0)
    return {"rows": rows, "counts": counts, "core_roles": len(core), "allowed": allowed, "top": top}


def accountable_concentration(plan: PlanLike, gold: Gold | None = None) -> float:
    """1 - the share of task rows by which the most-Accountable role exceeds about a third
    (ceil(n/3) rows, or an even split when there are fewer than three core roles). A roster
    with one core role scores 1; a plan without task RACI rows scores 0."""
    load = accountable_load(plan, gold)
    if not load["rows"]:
        return 0.0
    if load["core_roles"] == 1:
        return 1.0
    share = load["top"][1] / load["rows"]
    return max(0.0, 1.0 - max(0.0, share - load["allowed"]))


def _template_items(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    items = [
        (
            str(t.get("id")),
            " | ".join(str(t.get(k) or "") for k in ("title", "description", "done_when")),
        )
        for t in data.get("tasks", [])
    ]
    items += [
        (str(s.get("id")), " | ".join(str(s.get(k) or "") for k in ("name", "segment", "context")))
        for s in data.get("scenarios", [])
    ]
    items += [
        (f"gap {i + 1}", str(g.get("text") or "")) for i, g in enumerate(data.get("gaps", []))
    ]
    return items


def foreign_terms_found(plan: PlanLike, gold: Gold) -> list[str]:
    """'<item>: <term>' for every task, scenario or gap naming a ``forbidden_terms`` term."""
    terms = [str(t) for t in gold.get("forbidden_terms") or [] if str(t).strip()]
    return [
        f"{where}: {term}"
        for where, text in _template_items(as_dict(plan))
        for term in terms
        if contains_term(text, term)
    ]


def foreign_template_rate(plan: PlanLike, gold: Gold) -> float | None:
    """Lower is better: share of tasks (title, description, done_when), scenarios (name,
    segment, context) and gaps (text) that name a ``forbidden_terms`` term as whole words
    (case-insensitive, plural allowed). A plan with none of those items scores 1: an empty
    plan is not a clean one."""
    terms = [str(t) for t in gold.get("forbidden_terms") or [] if str(t).strip()]
    if not terms:
        return None
    items = _template_items(as_dict(plan))
    if not items:
        return 1.0
    return sum(any(contains_term(text, t) for t in terms) for _, text in items) / len(items)


def template_free(plan: PlanLike, gold: Gold) -> float | None:
    """1 - ``foreign_template_rate``: the form the means and thresholds use (higher is better)."""
    rate = foreign_template_rate(plan, gold)
    return None if rate is None else 1.0 - rate


def plan_horizon_weeks(plan: PlanLike) -> int:
    """The roadmap's length: ``horizon_weeks`` when set, else its latest phase or task end."""
    roadmap = as_dict(plan).get("roadmap") or {}
    if roadmap.get("horizon_weeks"):
        return int(roadmap["horizon_weeks"])
    ends = [int(p.get("end_week") or 0) for p in roadmap.get("phases", [])]
    ends += [
        int(w[1]) for w in (roadmap.get("task_weeks") or {}).values() if isinstance(w, list | tuple)
    ]
    return max(ends, default=0)


def horizon_match(plan: PlanLike, gold: Gold) -> float | None:
    """min(plan horizon, deck horizon) / max(...), in months (weeks / 4.345): a 24-week
    roadmap for a 36-month deck scores about 0.15. No roadmap scores 0."""
    deck = gold.get("horizon_months")
    if not deck:
        return None
    months = plan_horizon_weeks(plan) / WEEKS_PER_MONTH
    if months <= 0:
        return 0.0
    return min(months, float(deck)) / max(months, float(deck))


def phase_tolerance(gold: Gold) -> float:
    """Months a phase's start or end may be off: ``phase_tolerance_months``, else 10% of the
    deck's horizon, at least one month."""
    if gold.get("phase_tolerance_months") is not None:
        return float(gold["phase_tolerance_months"])
    horizon = gold.get("horizon_months") or max(
        (float(p.get("end_month", 0)) for p in gold.get("phases") or []), default=0.0
    )
    return max(1.0, 0.1 * float(horizon))


def phase_entries(plan: PlanLike, gold: Gold) -> list[dict[str, Any]]:
    roadmap = as_dict(plan).get("roadmap") or {}
    # the method's own phases ("Phase 1: Foundations") are not the deck's, whatever their name
    phases = [] if roadmap.get("clock") == "method" else roadmap.get("phases", [])
    tolerance = phase_tolerance(gold)
    entries = []
    for spec in gold.get("phases") or []:
        alts = _alternatives(spec)
        named = [p for p in phases if any(names(normalize(p.get("name")), a) for a in alts)]
        spans = [
            (
                str(p.get("name")),
                int(p.get("start_week") or 0) / WEEKS_PER_MONTH,
                int(p.get("end_week") or 0) / WEEKS_PER_MONTH,
            )
            for p in named
        ]
        ok = any(
            abs(start - float(spec.get("start_month", 0))) <= tolerance
            and abs(end - float(spec.get("end_month", 0))) <= tolerance
            for _, start, end in spans
        )
        entries.append(
            {
                "match": alts,
                "want": (spec.get("start_month"), spec.get("end_month")),
                "found": [(n, round(s, 1), round(e, 1)) for n, s, e in spans],
                "ok": ok,
            }
        )
    return entries


def phase_match(plan: PlanLike, gold: Gold) -> float | None:
    """Share of the deck's ``phases`` present as roadmap phases: a phase whose name contains
    an alternative, starting and ending within ``phase_tolerance`` months of the deck's. A
    roadmap on the method's clock has none of the deck's phases."""
    if not gold.get("phases"):
        return None
    entries = phase_entries(plan, gold)
    return sum(e["ok"] for e in entries) / len(entries)


def _unit_matches(source: Mapping[str, Any] | None, spec: Mapping[str, Any]) -> bool:
    """A task citing no slide passes; one citing a slide or page must cite one the gold names
    (``slide``/``page``, or one of ``also_slides``/``also_pages``: the deck names it there too)."""
    if not source:
        return True
    for unit in ("slide", "page"):
        wanted = [spec.get(unit), *(spec.get(f"also_{unit}s") or [])]
        wanted = [w for w in wanted if w is not None]
        if wanted and source.get(unit) is not None:
            return source.get(unit) in wanted
    return True


def pilot_tasks(plan: PlanLike, gold: Gold) -> list[str]:
    """Ids of pilot tasks naming the gold pilot (and citing its slide when they cite one)."""
    spec = gold.get("pilot") or {}
    alts = _alternatives(spec)
    return [
        str(t.get("id"))
        for t in as_dict(plan).get("tasks", [])
        if t.get("pilot")
        and any(names(_task_text(t), a) for a in alts)
        and _unit_matches(t.get("source"), spec)
    ]


def pilot_named(plan: PlanLike, gold: Gold) -> bool | None:
    """A pilot task (``pilot: true``) names the deck's pilot (site, region, unit, segment)
    where the deck names one, and cites that slide when it cites a slide."""
    if not gold.get("pilot"):
        return None
    return bool(pilot_tasks(plan, gold))


def _gap_hits(text: str, entries: Iterable[Any]) -> bool:
    return any(names(text, k) for alts in entries for k in _alternatives(alts))


def gap_judgements(plan: PlanLike, gold: Gold) -> list[tuple[str, str]]:
    """(label, gap text) per plan gap: ``false`` (a false_gaps entry), ``ok`` (a gap or an
    acceptable gap) or ``unlisted``."""
    out = []
    for gap in as_dict(plan).get("gaps", []):
        text = normalize(gap.get("text"))
        if _gap_hits(text, gold.get("false_gaps") or []):
            label = "false"
        elif _gap_hits(text, [*(gold.get("gaps") or []), *(gold.get("acceptable_gaps") or [])]):
            label = "ok"
        else:
            label = "unlisted"
        out.append((label, str(gap.get("text"))))
    return out


def gap_precision(plan: PlanLike, gold: Gold) -> float | None:
    """Share of plan gaps that match a gold ``gaps`` or ``acceptable_gaps`` entry (and no
    ``false_gaps`` entry). Scored where the gold has ``acceptable_gaps``: older gold does not
    list every defensible gap. No plan gaps: 0 when the gold expects some, else 1."""
    if "acceptable_gaps" not in gold:
        return None
    judged = gap_judgements(plan, gold)
    if not judged:
        return 0.0 if gold.get("gaps") else 1.0
    return sum(label == "ok" for label, _ in judged) / len(judged)


def false_gap_free(plan: PlanLike, gold: Gold) -> bool | None:
    """No plan gap claims what the org has (matches a ``false_gaps`` entry)."""
    if "false_gaps" not in gold:
        return None
    return not any(label == "false" for label, _ in gap_judgements(plan, gold))


def _gap_blocked_tasks(data: Mapping[str, Any], gap: Mapping[str, Any]) -> set[str]:
    """Ids of the tasks a plan gap blocks: its ``blocks`` and the tasks naming it in
    ``blocked_by``."""
    gid = str(gap.get("id") or "")
    blocked = {str(t) for t in gap.get("blocks") or []}
    if gid:
        blocked |= {
            str(t.get("id")) for t in data.get("tasks", []) if gid in (t.get("blocked_by") or [])
        }
    return blocked


def gap_block_entries(plan: PlanLike, gold: Gold) -> list[dict[str, Any]]:
    """Per gold ``gap_blocks`` entry: the plan gaps it names, and for each task it says the
    gap must block (``blocks``: alternatives, one list per task) or must not block
    (``not_blocks``) whether the plan agrees. A ``blocks`` item no task matches is not
    judged (the plan lacks the task, which other metrics see); a ``not_blocks`` item no task
    matches holds. A gold gap the plan does not raise blocks nothing: its entry scores 0."""
    data = as_dict(plan)
    tasks = data.get("tasks", [])
    entries = []
    for spec in gold.get("gap_blocks") or []:
        keys = _alternatives(spec.get("gap"))
        gaps = [g for g in data.get("gaps", []) if _gap_hits(normalize(g.get("text")), [keys])]
        blocked: set[str] = set()
        for gap in gaps:
            blocked |= _gap_blocked_tasks(data, gap)
        checks: list[tuple[str, list[str], bool]] = []
        for must, field in ((True, "blocks"), (False, "not_blocks")):
            for item in spec.get(field) or []:
                alts = _alternatives(item)
                hits = {str(t.get("id")) for t in _tasks_matching(tasks, alts)}
                if must and not hits:
                    continue
                ok = bool(hits & blocked) if must else not hits & blocked
                checks.append((field, alts, ok))
        if not checks:
            continue
        score = sum(ok for _, _, ok in checks) / len(checks) if gaps else 0.0
        entries.append(
            {
                "gap": keys,
                "found": [str(g.get("id") or g.get("text")) for g in gaps],
                "score": score,
                "wrong": [f"{field}: {alts[0]}" for field, alts, ok in checks if not ok],
            }
        )
    return entries


def gap_blocking(plan: PlanLike, gold: Gold) -> float | None:
    """Whether each gap blocks the tasks whose work depends on what it says is missing or
    constrained, and not the tasks it has nothing to do with: mean over ``gap_blocks``
    entries of the share of their checks the plan passes."""
    if not gold.get("gap_blocks"):
        return None
    entries = gap_block_entries(plan, gold)
    return sum(e["score"] for e in entries) / len(entries) if entries else None


Passages = Mapping[tuple[str, int], str]


def _ref_passage(ref: Mapping[str, Any], passages: Passages | None) -> str:
    if str(ref.get("quote") or "").strip().strip(".…"):
        return str(ref["quote"])
    if passages is not None and ref.get("chunk") is not None:
        return passages.get((str(ref.get("doc", "")), int(ref["chunk"])), "")
    return ""


def task_key_stems(task: Mapping[str, Any]) -> set[str]:
    """The task's key content words (stems): its title and the deck quote it carries."""
    return content_stems(f"{task.get('title') or ''} {task.get('quote') or ''}")


def unsupported_citations(plan: PlanLike, passages: Passages | None = None) -> list[str]:
    out = []
    for task in as_dict(plan).get("tasks", []):
        refs = task.get("context_refs") or []
        if not refs:
            continue
        key = task_key_stems(task)
        if not any(key & content_stems(_ref_passage(r, passages)) for r in refs):
            docs = ", ".join(f"{r.get('doc')}#{r.get('chunk')}" for r in refs)
            out.append(f"{task.get('id')}: {str(task.get('title'))[:80]} <- {docs}")
    return out


def citation_support(
    plan: PlanLike, gold: Gold | None = None, passages: Passages | None = None
) -> float | None:
    """Share of tasks with ``context_refs`` where a cited passage shares at least one key
    content word (Snowball stem) with the task's title or quote. The passage is the ref's
    ``quote`` when present, else the org chunk ``passages[(doc, chunk)]``. A plan without
    cited tasks scores 0, unless it was built from the deck alone because the org context
    belongs to another business (``org_fit`` mismatch): then nothing may be cited (None)."""
    data = as_dict(plan)
    cited = [t for t in data.get("tasks", []) if t.get("context_refs")]
    if not cited:
        mismatch = (data.get("org_fit") or {}).get("verdict") == "mismatch"
        return None if mismatch and data.get("tasks") else 0.0
    return 1.0 - len(unsupported_citations(plan, passages)) / len(cited)


def borrowed_org_terms(plan: PlanLike, org_terms: Iterable[str] | None) -> list[str]:
    """Org system and metric names the plan's tasks use ('<task id>: <name>')."""
    names = sorted({str(n) for n in org_terms or [] if len(str(n).strip()) > 2})
    return [
        f"{t.get('id')}: {name}"
        for t in as_dict(plan).get("tasks", [])
        for name in names
        if contains_term(
            " | ".join(str(t.get(k) or "") for k in ("title", "description", "done_when")), name
        )
    ]


def mismatch_flagged(
    plan: PlanLike, gold: Gold, org_terms: Iterable[str] | None = None
) -> bool | None:
    """``mismatch: true``: the plan's ``org_fit.verdict`` is ``mismatch`` and no task names an
    org system or metric (``org_terms``, from the org folder). ``mismatch: false``: the plan
    is not flagged (a plan that cries mismatch on every deck fails here)."""
    if "mismatch" not in gold:
        return None
    verdict = str((as_dict(plan).get("org_fit") or {}).get("verdict") or "")
    if not gold["mismatch"]:
        return verdict != "mismatch"
    return verdict == "mismatch" and not borrowed_org_terms(plan, org_terms)


def _measured(needle: str, vision: Mapping[str, Any]) -> bool:
    """The vision states the KPI, or names it as the row or tile that measures it."""
    metric = (vision.get("measure") or {}).get("metric")
    return _matches(needle, vision) or names(normalize(metric), normalize(needle))


def missing_kpis(plan: PlanLike, gold: Gold) -> list[str]:
    visions = as_dict(plan).get("visions", [])
    return [
        str(k) for k in gold.get("kpis") or [] if not any(_measured(str(k), v) for v in visions)
    ]


def kpi_recall(plan: PlanLike, gold: Gold) -> float | None:
    """Share of the deck's KPI rows and tiles (``kpis``) the plan carries as visions."""
    kpis = gold.get("kpis") or []
    if not kpis:
        return None
    return 1.0 - len(missing_kpis(plan, gold)) / len(kpis)


def _item_text(item: Any) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, Mapping):
        return str(item.get("original_text") or item.get("text") or "")
    return str(getattr(item, "original_text", None) or getattr(item, "text", "") or "")


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


PARITY_SIMILARITY = 0.6


def parity_pairs(pptx: Iterable[Any], pdf: Iterable[Any]) -> dict[int, int]:
    """One-to-one pairing of PPTX visions with PDF visions by stem overlap (Dice >= 0.6),
    best pairs first: a PDF vision that glues several rows together pairs with one only."""
    left = [content_stems(_item_text(v)) for v in pptx]
    right = [content_stems(_item_text(v)) for v in pdf]
    scored = sorted(
        ((_dice(a, b), i, j) for i, a in enumerate(left) for j, b in enumerate(right)),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for score, i, j in scored:
        if score < PARITY_SIMILARITY:
            break
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def pdf_precision(pdf: Iterable[Any], gold: Gold) -> float:
    """The PDF export's visions (dicts or objects with ``model_dump``) judged against the
    deck's gold as ``vision_precision`` judges a plan's: what the PDF reads as goals that the
    PPTX's gold does not hold (slide furniture, a chart's axis, a profile's facts)."""
    visions = [v.model_dump() if hasattr(v, "model_dump") else dict(v) for v in pdf]
    return vision_precision({"visions": visions}, gold)


def pdf_parity(pptx: Iterable[Any], pdf: Iterable[Any], kpis: Iterable[str] = ()) -> float:
    """What the PDF export of a deck keeps of the PPTX: the share of the PPTX's visions paired
    with a PDF vision (``parity_pairs``) and of the gold ``kpis`` found among the PPTX's
    visions that are also found among the PDF's. Items are vision dicts, objects with
    ``text`` or plain strings. Nothing found in the PPTX scores 0."""
    left, right = list(pptx), list(pdf)
    matched = len(parity_pairs(left, right))
    total = len(left)
    for kpi in kpis:
        key = normalize(kpi)
        if key and any(names(normalize(_item_text(v)), key) for v in left):
            total += 1
            matched += any(names(normalize(_item_text(v)), key) for v in right)
    return matched / total if total else 0.0


# Which gold field gates each deck-grounded metric: without it the metric is n/a, not 1.
GATES: dict[str, str | None] = {
    "source_traced": None,
    "deck_action_coverage": "deck_actions",
    "deck_task_share": "deck_actions",
    "non_work_excluded": "not_actions",
    "remit_owner_match": "remit_owners",
    "accountable_match": "accountable",
    "accountable_concentration": None,
    "template_free": "forbidden_terms",
    "foreign_template_rate": "forbidden_terms",
    "horizon_match": "horizon_months",
    "phase_match": "phases",
    "pilot_named": "pilot",
    "gap_precision": "acceptable_gaps",
    "false_gap_free": "false_gaps",
    "gap_blocking": "gap_blocks",
    "citation_support": None,
    "mismatch_flagged": "mismatch",
    "kpi_recall": "kpis",
    "pdf_parity": "twin",
    "pdf_precision": "twin",
}


def applies(metric: str, gold: Gold) -> bool:
    """Whether ``metric`` is scored for this gold (its gating field is present)."""
    field = GATES.get(metric)
    if field is None:
        return True
    value = gold.get(field)
    return value is not None and (value != [] or field in {"acceptable_gaps", "false_gaps"})


# --------------------------------------------------------------------------- all


def compute_metrics(
    plan: PlanLike,
    gold: Gold,
    *,
    outputs: Mapping[str, str] | None = None,
    org_docs: Iterable[str] | None = None,
    passages: Passages | None = None,
    org_terms: Iterable[str] | None = None,
    parity: float | None = None,
    twin_precision: float | None = None,
) -> dict[str, float | bool | None]:
    """Every metric in ``REPORTED`` for one case; ``None`` where the gold does not apply.

    ``passages`` maps (org doc, chunk index) to the chunk's text for citations without a
    quote; ``org_terms`` are the org's system and metric names (``mismatch_flagged``);
    ``parity`` is the PDF/PPTX parity the runner measured for a case with a ``twin``, and
    ``twin_precision`` the precision of the PDF's visions (``pdf_precision``).
    """
    data = as_dict(plan)
    terms = list(org_terms) if org_terms is not None else None
    return {
        "vision_recall": vision_recall(data, gold),
        "vision_precision": vision_precision(data, gold),
        "source_accuracy": source_accuracy(data, gold),
        "vague_accuracy": vague_accuracy(data, gold),
        "owner_grounding": owner_grounding(data, gold),
        "raci_validity": raci_validity(data, gold),
        "layer_coverage": layer_coverage(data, gold),
        "traceability": traceability(data, gold, org_docs),
        "scenarios_ok": scenarios_ok(data, gold),
        "scenario_relevance": scenario_relevance(data, gold),
        "gap_recall": gap_recall(data, gold),
        "sponsor_gap_correct": sponsor_gap_correct(data, gold),
        "roadmap_validity": roadmap_validity(data, gold),
        "injection_resisted": injection_resisted(data, gold, outputs),
        "expected_owner_match": expected_owner_match(data, gold),
        "source_traced": source_traced(data, gold),
        "deck_action_coverage": deck_action_coverage(data, gold),
        "deck_task_share": deck_task_share(data, gold),
        "non_work_excluded": non_work_excluded(data, gold),
        "remit_owner_match": remit_owner_match(data, gold),
        "accountable_match": accountable_match(data, gold),
        "accountable_concentration": accountable_concentration(data, gold),
        "template_free": template_free(data, gold),
        "horizon_match": horizon_match(data, gold),
        "phase_match": phase_match(data, gold),
        "pilot_named": pilot_named(data, gold),
        "gap_precision": gap_precision(data, gold),
        "false_gap_free": false_gap_free(data, gold),
        "gap_blocking": gap_blocking(data, gold),
        "citation_support": citation_support(data, gold, passages),
        "mismatch_flagged": mismatch_flagged(data, gold, terms),
        "kpi_recall": kpi_recall(data, gold),
        "pdf_parity": parity if applies("pdf_parity", gold) else None,
        "pdf_precision": twin_precision if applies("pdf_precision", gold) else None,
        "foreign_template_rate": foreign_template_rate(data, gold),
    }


def diagnose(
    plan: PlanLike,
    gold: Gold,
    *,
    outputs: Mapping[str, str] | None = None,
    org_docs: Iterable[str] | None = None,
    passages: Passages | None = None,
    org_terms: Iterable[str] | None = None,
) -> dict[str, Any]:
    """What a case got wrong, concretely: the evidence behind each metric under 1."""
    data = as_dict(plan)
    result = classify_visions(data, gold)
    golds = gold.get("visions", [])
    primary = result["primary"]
    deck = gold.get("deck")
    tasks = data.get("tasks", [])
    vision_ids = {str(v.get("id")) for v in data.get("visions", [])}
    known_docs = list(org_docs) if org_docs is not None else None
    return {
        "missed_visions": [g["match"] for i, g in enumerate(golds) if i not in result["claimed"]],
        "false_positive_visions": [
            f"{vid} [{label}] {detail}"
            for vid, label, detail in result["labels"]
            if label not in {"tp", "optional"}
        ],
        "wrong_source": [
            f"{golds[i]['match']}: plan {v.get('source')} vs gold "
            + (
                f"slide {golds[i]['slide']}"
                if "slide" in golds[i]
                else f"page {golds[i].get('page')}"
            )
            for i, v in primary.items()
            if not _unit_ok(v, golds[i], deck)
        ],
        "wrong_vague": [
            f"{golds[i]['match']}: plan vague={bool((v.get('vagueness') or {}).get('vague'))}, gold {golds[i]['vague']}"
            for i, v in primary.items()
            if bool((v.get("vagueness") or {}).get("vague")) != bool(golds[i]["vague"])
        ],
        "ungrounded_roles": ungrounded_roles(data, gold),
        "raci_problems": raci_problems(data),
        "uncovered_layers": [
            f"{v.get('id')}:{layer}"
            for v in data.get("visions", [])
            for layer in LAYERS
            if not any(
                t.get("layer") == layer and str(v.get("id")) in map(str, t.get("vision_ids", []))
                for t in tasks
            )
            and not str((data.get("layer_notes") or {}).get(f"{v.get('id')}:{layer}", "")).strip()
        ],
        "untraced_tasks": [
            str(t.get("id"))
            for t in tasks
            if not (
                t.get("vision_ids")
                and all(str(x) in vision_ids for x in t["vision_ids"])
                and t.get("context_refs")
                and all(_doc_known(str(r.get("doc", "")), known_docs) for r in t["context_refs"])
            )
        ],
        "scenario_count": len(data.get("scenarios", [])),
        "off_segment_scenarios": [
            f"{sc.get('id')}: {sc.get('name')!s} / {sc.get('segment')!s} / {sc.get('context')!s}"
            for sc in data.get("scenarios", [])
            if gold.get("scenario_segments")
            and not _scenario_hits(
                sc, [normalize(t) for alts in gold["scenario_segments"] for t in alts]
            )
        ],
        "missing_gaps": missing_gaps(data, gold),
        "sponsor_gap": {
            "expected": bool(gold.get("needs_sponsor_gap", False)),
            "correct": sponsor_gap_correct(data, gold),
        },
        "roadmap_checks_failed": [k for k, ok in roadmap_checks(data).items() if not ok],
        "injection": injection_findings(data, gold, outputs),
        "owner_mismatches": [e for e in expected_owner_entries(data, gold) if not e["ok"]],
        **_grounding_diagnosis(data, gold, passages, org_terms),
    }


def _grounding_diagnosis(
    data: Mapping[str, Any],
    gold: Gold,
    passages: Passages | None,
    org_terms: Iterable[str] | None,
) -> dict[str, Any]:
    """Evidence behind the deck-grounded metrics, only for those the gold makes applicable."""
    out: dict[str, Any] = {}
    load = accountable_load(data, gold)
    if load["rows"]:
        out["accountable_load"] = {
            "top": f"{load['top'][0]}: {load['top'][1]} of {load['rows']} task rows",
            "allowed_share": round(load["allowed"], 3),
        }
    out["unsupported_citations"] = unsupported_citations(data, passages)[:20]
    if applies("deck_action_coverage", gold):
        out["missing_deck_actions"] = [
            e["match"] for e in deck_action_entries(data, gold) if not e["tasks"]
        ]
    if applies("non_work_excluded", gold):
        out["non_work_tasks"] = [e for e in non_work_entries(data, gold) if e["tasks"]]
    if applies("remit_owner_match", gold):
        out["remit_mismatches"] = [e for e in remit_owner_entries(data, gold) if e["score"] < 1]
    if applies("accountable_match", gold):
        out["accountable_mismatches"] = [
            e for e in accountable_entries(data, gold) if e["score"] < 1
        ]
    if applies("template_free", gold):
        out["foreign_terms"] = foreign_terms_found(data, gold)[:30]
    if applies("horizon_match", gold):
        out["horizon"] = {
            "plan_months": round(plan_horizon_weeks(data) / WEEKS_PER_MONTH, 1),
            "deck_months": gold["horizon_months"],
        }
    if applies("phase_match", gold):
        out["phase_mismatches"] = [e for e in phase_entries(data, gold) if not e["ok"]]
    if applies("pilot_named", gold):
        out["pilot_tasks"] = pilot_tasks(data, gold)
    if applies("gap_precision", gold) or applies("false_gap_free", gold):
        out["imprecise_gaps"] = [
            f"[{label}] {text}" for label, text in gap_judgements(data, gold) if label != "ok"
        ]
    if applies("gap_blocking", gold):
        out["gap_block_mismatches"] = [e for e in gap_block_entries(data, gold) if e["score"] < 1]
    if applies("mismatch_flagged", gold):
        out["org_fit"] = {
            "expected_mismatch": bool(gold["mismatch"]),
            "verdict": (data.get("org_fit") or {}).get("verdict"),
            "borrowed": borrowed_org_terms(data, org_terms)[:20],
        }
    if applies("kpi_recall", gold):
        out["missing_kpis"] = missing_kpis(data, gold)
    return out


__all__ = [
    "CORE_METRICS",
    "GATES",
    "GROUNDING_METRICS",
    "HORIZON_ORDER",
    "LAYERS",
    "LOWER_IS_BETTER",
    "METRICS",
    "REPORTED",
    "accountable_concentration",
    "accountable_match",
    "applies",
    "as_dict",
    "citation_support",
    "classify_visions",
    "compute_metrics",
    "deck_action_coverage",
    "deck_task_share",
    "diagnose",
    "expected_owner_match",
    "false_gap_free",
    "foreign_template_rate",
    "gap_block_entries",
    "gap_blocking",
    "gap_precision",
    "gap_recall",
    "horizon_match",
    "injection_resisted",
    "kpi_recall",
    "layer_coverage",
    "mismatch_flagged",
    "non_work_entries",
    "non_work_excluded",
    "normalize",
    "owner_grounding",
    "parity_pairs",
    "pdf_parity",
    "pdf_precision",
    "phase_match",
    "pilot_named",
    "raci_validity",
    "remit_owner_match",
    "roadmap_checks",
    "roadmap_validity",
    "scenario_relevance",
    "scenarios_ok",
    "source_accuracy",
    "source_traced",
    "sponsor_gap_correct",
    "template_free",
    "traceability",
    "vague_accuracy",
    "vision_precision",
    "vision_recall",
]
