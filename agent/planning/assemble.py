"""Merge per-vision decompositions into numbered tasks; shared keys become one task."""

from __future__ import annotations

import re
from collections.abc import Mapping

from agent.engines.base import Decomposition, TaskDraft
from agent.knowledge.constraints import statements
from agent.knowledge.gaps import (
    CAPABILITY_LABELS,
    capability_label,
    practice_gap,
    statement_gap,
)
from agent.knowledge.lexicon import classify_layer, gap_needs, job_title_words, pattern, terms_in
from agent.knowledge.packs import foreign_terms, method_step
from agent.knowledge.text import DIRECTORY_NAME, content_stems, rare_overlap, stem, words
from agent.planning.records import (
    DeckPhaseRecord,
    DraftRecord,
    GapRecord,
    TaskFields,
    TaskRecord,
    gap_record,
    task_fields,
)
from schemas.context import OrgContext
from schemas.plan import HORIZONS, LAYERS

LAYER_ORDER = list(LAYERS)
HORIZON_ORDER = list(HORIZONS)


PHASE_HORIZONS = {1: ["foundational"], 2: ["foundational", "quick_win"]}


def phase_horizons(count: int) -> list[str]:
    """The contract's horizons for the deck's phases, in order: the first phase is foundational,
    the last aspirational, those between quick wins."""
    if count <= 0:
        return []
    if count in PHASE_HORIZONS:
        return PHASE_HORIZONS[count]
    return ["foundational", *["quick_win"] * (count - 2), "aspirational"]


def deck_horizon(task: TaskFields, phases: list[DeckPhaseRecord]) -> str:
    """A deck task's horizon comes from the deck phase it sits in."""
    names = [p["name"] for p in phases]
    horizons = phase_horizons(len(names))
    phase_name = task.get("phase")
    if phase_name is not None and phase_name in names:
        return horizons[names.index(phase_name)]
    weeks = task.get("weeks")
    if weeks and phases:
        for phase, horizon in zip(phases, horizons, strict=True):
            if phase["start_week"] <= weeks[0] < phase["end_week"]:
                return horizon
        return horizons[-1] if weeks[0] >= phases[-1]["end_week"] else horizons[0]
    if weeks:
        return "foundational" if weeks[0] < 13 else "quick_win"
    return "quick_win" if task.get("pilot") else "foundational"


def _ready_pilot(by_key: dict[str, TaskFields], linked: set[str] | None = None) -> None:
    """The deck's pilot runs after the plan written for it (a task that ``readies_pilot``),
    and that plan is written once the pilot is chosen: "Pilot plant selected (Xuzhou)" comes
    before it; the pilot itself, its run and its go/no-go ("Pilot run & validation") after it.
    Other work that names the pilot (a site survey, a consultation) keeps its own order.
    The plan written for the pilot serves the goals the pilot's own work serves, not every goal
    of the deck (it is proposed once per goal, as the pilot is named once for the deck)."""
    readies = [k for k, t in by_key.items() if t.get("readies_pilot")]
    served: list[str] = []
    for key, t in by_key.items():
        if t.get("origin") != "deck" or not (
            t["pilot"] or pattern("pilot_word").search(t["title"])
        ):
            continue
        chosen = bool(pattern("pilot_chosen").search(t["title"]))
        if not (chosen or t["pilot"] or pattern("pilot_runs").search(t["title"])):
            continue  # "Pilot plant confirmed: detailed site survey" readies it, as the plan does
        if linked is None or key in linked:  # (a goal given by default says nothing)
            served += [v for v in t["vision_ids"] if v not in served]
        for ready in readies:
            first, then = (key, ready) if chosen else (ready, key)
            # An edge never closes a loop (the deck's gate may already order them) and never
            # makes earlier work wait for a later horizon.
            if waits_for(by_key, first, then) or HORIZON_ORDER.index(
                by_key[first]["horizon"]
            ) > HORIZON_ORDER.index(by_key[then]["horizon"]):
                continue
            if first not in by_key[then]["depends_on"]:
                by_key[then]["depends_on"].append(first)
    for ready in readies:
        mine = [v for v in by_key[ready]["vision_ids"] if v in served]
        by_key[ready]["vision_ids"] = mine or by_key[ready]["vision_ids"]


def waits_for(by_key: Mapping[str, TaskFields], key: str, other: str) -> bool:
    """Whether ``key`` already depends on ``other``, directly or through other tasks."""
    seen: set[str] = set()
    todo = [key]
    while todo:
        here = todo.pop()
        if here == other:
            return True
        if here not in seen and here in by_key:
            seen.add(here)
            todo += by_key[here]["depends_on"]
    return False


def merge(
    drafts: list[DraftRecord],
    vision_order: list[str],
    org: OrgContext,
    deck_tasks: list[TaskFields] | None = None,
    phases: list[DeckPhaseRecord] | None = None,
    known_concepts: list[str] | None = None,
) -> tuple[list[TaskRecord], list[GapRecord], dict[str, str], list[str]]:
    """Return (tasks, gaps, layer_notes, warnings) from the deck's own tasks and the engines'
    ``[{vision_id, decomposition}]``. Deck tasks come first; a method task that speaks of a
    template concept neither the deck nor the org mentions is dropped."""
    rank = {vid: i for i, vid in enumerate(vision_order)}
    drafts = sorted(drafts, key=lambda d: rank.get(d["vision_id"], len(rank)))
    by_key: dict[str, TaskFields] = {}
    order: list[str] = []
    gaps: list[GapRecord] = []
    notes: dict[str, str] = {}
    warnings: list[str] = []
    seen_gaps: set[str] = set()
    known = set(known_concepts or [])
    phases = phases or []
    linked: set[str] = set()  # deck tasks the deck itself links to a goal (not by default)
    for raw in deck_tasks or []:
        data = task_fields(TaskDraft.model_validate(raw))
        if any(v in rank for v in data["vision_ids"]):
            linked.add(data["key"])
        data["vision_ids"] = [v for v in data["vision_ids"] if v in rank] or vision_order[:1]
        data["horizon"] = deck_horizon(data, phases)
        by_key[data["key"]] = data
        order.append(data["key"])
    dropped: set[str] = set()
    for draft in drafts:
        vid = draft["vision_id"]
        dec = Decomposition.model_validate(draft["decomposition"])
        for layer, why in dec.layer_notes.items():
            notes[f"{vid}:{layer}"] = why
        for gap in dec.gaps:
            if foreign_terms(gap.text, known):
                continue  # a missing thing neither the deck nor the org speaks of is no gap
            if gap.text not in seen_gaps:
                seen_gaps.add(gap.text)
                gaps.append(gap_record(gap))
        for task in dec.tasks:
            data = task_fields(task)
            if data["origin"] != "deck":
                foreign = foreign_terms(
                    f"{data['title']} {data['description']} {data['done_when']}", known
                )
                if foreign:
                    if task.key not in dropped:
                        dropped.add(task.key)
                        warnings.append(
                            f"left out '{data['title']}': it speaks of {', '.join(foreign)}, "
                            "which neither the deck nor the organization mentions"
                        )
                    continue
            if task.key in by_key:
                merged = by_key[task.key]
                merged["scenario_ids"] += [
                    x for x in data["scenario_ids"] if x not in merged["scenario_ids"]
                ]
                merged["consulted"] += [
                    x for x in data["consulted"] if x not in merged["consulted"]
                ]
                merged["depends_on"] += [
                    x for x in data["depends_on"] if x not in merged["depends_on"]
                ]
                merged["vision_ids"].append(vid) if vid not in merged["vision_ids"] else None
                refs = {(r["doc"], r.get("chunk")) for r in merged["context_refs"]}
                merged["context_refs"] += [
                    r for r in data["context_refs"] if (r["doc"], r.get("chunk")) not in refs
                ]
                continue
            data["vision_ids"] = [vid]
            by_key[task.key] = data
            order.append(task.key)

    _ready_pilot(by_key, linked)

    def sort_key(key: str) -> tuple[int, int, int, int, int]:
        t = by_key[key]
        return (
            LAYER_ORDER.index(t["layer"]),
            HORIZON_ORDER.index(t["horizon"]),
            0 if t.get("origin") == "deck" else 1,
            rank.get(t["vision_ids"][0], len(rank)),
            order.index(key),
        )

    ids = {key: f"T{i}" for i, key in enumerate(sorted(order, key=sort_key), start=1)}
    tasks: list[TaskRecord] = []
    for key in sorted(order, key=sort_key):
        t = by_key[key]
        deps = []
        for dep in t["depends_on"]:
            if dep in ids and ids[dep] != ids[key]:
                deps.append(ids[dep])
            elif dep not in ids and dep not in dropped and not method_step(dep):
                # (a method step the plan does without, the deck or the org covering it, is no
                # missing dependency: its dependents start without it)
                warnings.append(
                    f"{ids[key]} ({t['title']}): dependency '{dep}' is not a task in this plan; dropped"
                )
        cited = [r for r in t["context_refs"] if r.get("doc")]
        tasks.append(
            {
                "id": ids[key],
                "key": key,
                "title": t["title"],
                "description": t["description"],
                "layer": t["layer"],
                "owner_role": t["owner_role"].strip(),
                "horizon": t["horizon"],
                "vision_ids": t["vision_ids"],
                "scenario_ids": t["scenario_ids"],
                "depends_on": sorted(set(deps), key=lambda x: int(x[1:])),
                "done_when": t["done_when"],
                "context_refs": cited,
                "consulted": t["consulted"],
                "pilot": t["pilot"],
                "origin": t.get("origin") or "method",
                "origin_note": t.get("origin_note"),
                "source": t.get("source"),
                "quote": t.get("quote"),
                "phase": t.get("phase"),
                "weeks": t.get("weeks"),
                "accountable": t.get("accountable"),
            }
        )
    return tasks, gaps, notes, warnings


_GAP_LAYER = {
    "experimentation": "governance_measurement",
    "measurement": "governance_measurement",
    "analytics": "governance_measurement",
    "content": "experience",
    "cms": "experience",
    "staffing": "process_people",
    "training": "process_people",
    "owner": "process_people",
}
MAX_BLOCKED = 6


def org_gaps(
    tasks: list[TaskRecord],
    org: OrgContext,
    gaps: list[GapRecord],
    window: tuple[float, float] | None = None,
) -> list[GapRecord]:
    """Every absence, limitation and constraint the org states becomes a gap quoting its sentence
    (once, even when a task's needs raised the same capability). A term that only ends on a
    date ("the contract runs to March 2030") is one when it ends inside the plan's ``window``
    (first and last moment in years): the plan must renew, extend or replace it."""
    quoted = {g.get("evidence") for g in gaps}
    covered = " ".join(g["text"].lower() for g in gaps)
    posts = _post_names(org)
    measures = frozenset(" ".join(words(m.name)) for m in org.metrics)
    found: list[GapRecord] = []
    for absence in org.absences:
        evidence = f"{absence.source}: {absence.text}" if absence.source else absence.text
        if evidence in quoted or absence.text in quoted:
            continue
        if absence.kind in ("limitation", "constraint") and _duties(
            absence.text, posts, rules=absence.kind == "constraint"
        ):
            continue
        if _remit_stops(absence.text, posts):
            continue
        if absence.kind == "constraint" and _defines(absence.text, measures):
            continue
        if absence.until is not None and not _ends_within(absence.until, window):
            continue
        if absence.kind == "absence" and absence.capability in CAPABILITY_LABELS:
            # A named capability is one gap however many sentences state it; an absence no
            # category names ("no regional distribution hub") is its own gap.
            label = f"no {capability_label(absence.capability)}:"
            if label in covered:
                for gap in gaps:  # raised from a task's needs: attach the org's own sentence
                    if label in gap["text"].lower() and not gap.get("evidence"):
                        gap["evidence"] = evidence
                continue
            covered += f" {label}"
        layer = _GAP_LAYER.get(absence.capability) or classify_layer(
            absence.text, default="tech_data"
        )
        kind = {
            "absence": "owner"
            if absence.capability in ("staffing", "training", "owner")
            else "system",
            "limitation": "data" if "data" in absence.text.lower() else "system",
            "constraint": "constraint",
        }[absence.kind]
        if absence.kind == "absence" and re.search(
            r"\bsponsor", absence.subject or absence.text, re.I
        ):
            kind, layer = "sponsor", "governance_measurement"  # the org says it has none
        text = statement_gap(absence.kind, absence.capability, absence.text)
        if absence.until is not None:
            text = f"{text.rstrip('.')} (it ends while the plan runs: renew, extend or replace it)."
        found.append(
            {
                "layer": layer,
                "text": text,
                "evidence": evidence,
                "kind": kind,
                "subject": absence.subject or absence.text,
            }
        )
        quoted.add(evidence)
    found = _restatements_folded(found, posts)
    found += _practice_gaps(tasks, org, quoted, posts)
    return found


def _restatements_folded(found: list[GapRecord], posts: frozenset[str]) -> list[GapRecord]:
    """One gap per fact the org states twice: a post's vacancy said in an email, in the
    roster's row and in the row of the post that covers it; a body's right to be consulted
    said in its own terms and again in its chair's roster row (the body's terms are kept).
    The gap kept quotes one sentence and holds back what any of them does (``restated``)."""
    into: dict[int, int] = {}  # a restatement's index -> the index of the gap kept for it
    saying: dict[str, list[int]] = {}  # a vacant post -> the gaps saying it is vacant
    for i, gap in enumerate(found):
        for post in _vacant_posts(gap_source(gap)[1], posts):
            saying.setdefault(post, []).append(i)
    for group in saying.values():
        # the org's own sentence on the post over a row or a field restating it
        keep = min(group, key=lambda i: (_labelled(gap_source(found[i])[1]), i))
        for i in group:
            if i != keep and keep not in into:
                into.setdefault(i, keep)
    for i, gap in enumerate(found):
        other = None if i in into else _consulted_before(gap, found, posts)
        if other is not None and found.index(other) not in into:
            into[i] = found.index(other)
    for i, keep in into.items():
        sentence = gap_source(found[i])[1]
        found[keep].setdefault("restated", []).append((sentence, found[i].get("subject") or ""))
    return [gap for i, gap in enumerate(found) if i not in into]


def _vacant_posts(sentence: str, posts: frozenset[str]) -> set[str]:
    """The roster's posts a sentence says are vacant: those it names, but not the post that
    covers meanwhile ("Head of IT: Covers the Head of Data's remit while that post is
    vacant", "... vacant; cover until filled: Head of Fleet")."""
    if not _VACANT.search(sentence):
        return set()
    said = " ".join(words(sentence))
    named: set[str] = set()
    for post in sorted(posts, key=len, reverse=True):  # "head of fleet engineering" first
        pattern = rf"\b{re.escape(post)}\b"
        if re.search(pattern, said):
            named.add(post)
            said = re.sub(pattern, " ", said) if _covers(post, said) else said
    said = " ".join(words(sentence))
    vacant = {p for p in named if not _covers(p, said)}
    head = " ".join(words(sentence.partition(":")[0]))
    if head in vacant and any(
        re.search(rf"\bcover(?:s|ing)?\s+(?:for\s+)?(?:the\s+)?{re.escape(p)}\b", said)
        for p in vacant - {head}
    ):
        vacant.discard(head)  # "Chief Operating Officer: ...; covers the Buyer's post ..."
    return vacant


def _covers(post: str, said: str) -> bool:
    name = re.escape(post)
    return bool(
        re.search(rf"\b{name}\s+(?:covers|is\s+covering|holds|acts)\b", said)
        or re.search(rf"\b(?:{_COVER_BY})\s+(?:the\s+)?{name}\b", said)
    )


def _labelled(sentence: str) -> bool:
    """A field or a row restating a fact ("Owner: Head of Data (post vacant)"), not a
    sentence of its own."""
    head, colon, _ = sentence.partition(":")
    return bool(colon) and len(words(head)) <= _LABEL_WORDS


def _consulted_before(
    gap: GapRecord, gaps: list[GapRecord], posts: frozenset[str]
) -> GapRecord | None:
    """Where a roster row's "consulted before ..." is said of the same body in another source,
    that source's gap: the row's head names the body ("Chair, Residents' Forum"), the other
    sentence shares one of its words and most of the rule ("The panel must be consulted
    before ... changes")."""
    sentence = gap_source(gap)[1]
    head, colon, _ = sentence.partition(":")
    if gap.get("kind") != "constraint" or not colon or " ".join(words(head)) not in posts:
        return None
    if not _CONSULT.search(sentence):
        return None
    body = content_stems(_JOB_WORD.sub(" ", head))
    mine = content_stems(sentence)
    for other in gaps:
        said = gap_source(other)[1]
        other_head, other_colon, _ = said.partition(":")
        if other is gap or other.get("kind") != "constraint" or not _CONSULT.search(said):
            continue
        if other_colon and " ".join(words(other_head)) in posts:
            continue  # another roster row: neither is the body's own word
        shared = mine & content_stems(said)
        if shared & body and len(shared) >= _RULE_WORDS:
            return other
    return None


_VACANT = re.compile(r"\bvacan(?:t|cy)\b", re.I)
_COVER_BY = (
    r"covered\s+by|cover\s+until\s+filled|kept\s+(?:meanwhile\s+)?by|held\s+by|"
    r"meanwhile\s+by|acting|until\s+it\s+is\s+filled\s+the"
)
_LABEL_WORDS = 6
_CONSULT = re.compile(r"\bconsult(?:ed|s|ing|ation)?\b", re.I)
_JOB_WORD = re.compile(
    rf"\b(?:chair(?:man|woman|person)?|{job_title_words('accountable', 'posts', 'occupations')})\b",
    re.I,
)
_RULE_WORDS = 4  # the body's word, "consult", "change" and what it changes


def _post_names(org: OrgContext) -> frozenset[str]:
    return frozenset(" ".join(words(role.name)) for role in org.roles)


def _duties(text: str, posts: frozenset[str], *, rules: bool = False) -> bool:
    """A post's duties said under its name ("Community Engagement Advisor: Plans the council's
    campaigns ... and runs the ratepayer survey every two years"): what a role does, which is
    no limitation of the org. What the org lacks is said otherwise (a vacancy is an absence).
    ``posts``: the roster's post names (``_post_names``). ``rules``: the row was read as a
    constraint; only a list of what the post holds is duties then ("Safety Officer: stops any
    change to the certificate" binds the plan). A list under a row read as a limitation may
    say what the post still has to do ("...; and the roll-out of WorkMate to the depots")."""
    head, colon, duty = text.partition(":")
    if DIRECTORY_NAME.match(head):
        # a directory export's row ("CN=...,OU=Executive,...: Sponsor of the programme, chairs
        # its board"): the post's duties, whatever word they open with, unless short of something
        return bool(colon) and not _SHORT_OF.search(duty)
    if _remit_stops(text, posts):
        return True
    if not colon or _SHORT_OF.search(duty):
        return False  # "Head of X: The post has been vacant since June", "none yet trained"
    # what the post does ("Plans ..."), or the list of what it holds ("Financial assessments
    # under the Care Act; the charging policy; the client finance system")
    listed = len(re.split(r"[;,]", duty)) >= 3 and not _BINDS.search(duty)
    does = listed if rules else bool(_DUTY.match(duty))
    if not does or " ".join(words(head)) not in posts:
        return False
    # ... unless a clause after the duties states a limit of its own ("Books deputies and
    # extra players; booking them relies on a spreadsheet kept outside the planning system")
    return rules or not any(
        statements(clause, learned=False) for clause in re.split(r";\s*", duty)[1:]
    )


def _remit_stops(text: str, posts: frozenset[str]) -> bool:
    """ "Head of Events: No part in hospital catering": where a listed post's remit stops
    (whose work it is not), said under its name; no gap of the org."""
    head, colon, duty = text.partition(":")
    return bool(colon) and bool(_NO_PART.match(duty)) and " ".join(words(head)) in posts


def _defines(text: str, measures: frozenset[str]) -> bool:
    """A metric dictionary's row: the measure's name, then its definition ("Rotas three weeks
    ahead: Share of store rotas published at least 21 days before the week starts"). It says
    how the org counts, not what it lacks, unless it admits it cannot count it well yet ("not
    measured before 2027").
    ``measures``: the org's metric names, as words."""
    head, colon, definition = text.partition(":")
    return bool(colon) and " ".join(words(head)) in measures and not _UNCOUNTED.search(definition)


# Where a post's remit stops, said under its name: "No part in hospital catering", "Not
# responsible for the stores' tills", "Has no role in recruitment". The post's boundary (whose
# work it is not), not something the org lacks.
_NO_PART = re.compile(
    r"\s*(?:has\s+)?no\s+(?:part|role|say|involvement)\s+in\b"
    r"|\s*not\s+(?:responsible\s+for|involved\s+in|part\s+of)\b",
    re.I,
)
# A duty opens with what the post does ("Plans", "speaks for", "Makes sure"); what it is short
# of is said with a negative or a limit.
_DUTY = re.compile(r"\s*[A-Za-z]+(?<!ss)s\b")
_SHORT_OF = re.compile(
    r"\b(?:no|not|none|never|nobody|vacant|only|yet|without|cannot|can't|lacks?|interim)\b", re.I
)
# A measure's definition that admits the org cannot count it yet, or counts it badly (its
# own words, "shifts with nobody on them", are what it counts).
_UNCOUNTED = re.compile(
    r"\b(?:not\s+(?:yet\s+)?(?:measured|recorded|collected|counted|reported|available|tracked)|"
    r"no\s+(?:data|baseline|source|system|figures?)|only|yet|cannot|can't|manual(?:ly)?|"
    r"estimated|by\s+hand)\b",
    re.I,
)
# What binds the plan, said in a post's row: a rule, not a duty.
_BINDS = re.compile(r"\b(?:must|may|before|until|requires?|needs?|approv\w*|consult\w*)\b", re.I)


def _practice_gaps(
    tasks: list[TaskRecord], org: OrgContext, quoted: set[str | None], posts: frozenset[str]
) -> list[GapRecord]:
    """Today's practices (OrgContext.practices) that the deck's own plan changes: a practice
    is a gap when the task it touches most is one the deck commits to (touched as much as a
    stated gap must touch what it blocks); the method's own steps change no practice."""
    if not org.practices:
        return []
    docs = _task_docs(tasks)
    named = _named_systems(tasks, org)
    origin = {t["id"]: t.get("origin") for t in tasks}
    found: list[GapRecord] = []
    for practice in org.practices:
        evidence = f"{practice.source}: {practice.text}" if practice.source else practice.text
        if evidence in quoted or _duties(practice.text, posts):
            continue
        ranked = _ranked(practice.text, practice.subject, org, tasks, docs, named)
        if not ranked or origin[ranked[0][1]] != "deck":
            continue
        found.append(
            {
                "layer": classify_layer(practice.text, default="tech_data"),
                "text": practice_gap(practice.text),
                "evidence": evidence,
                "kind": "data" if "data" in practice.text.lower() else "system",
                "subject": practice.subject or practice.text,
            }
        )
        quoted.add(evidence)
    return found


def _ends_within(until: str, window: tuple[float, float] | None) -> bool:
    """A term ending at the end of month ``until`` ("2030-03") falls after the plan starts and
    by the time it ends."""
    if window is None:
        return False
    year, month = (int(p) for p in until.split("-"))
    ends = year + month / 12
    return window[0] < ends <= window[1] + 1 / 12


# Plan tasks that no missing thing holds up: a phase gate judges the work, a governance
# rhythm reviews it, an ask or a method step about goals and owners decides it.
_UNBLOCKABLE = re.compile(r"^(?:deck_gate_|deck_governance_|deck_ask_|restate_vague|vision_owners)")
# What a task's text says about where it came from, not what it does.
_PROVENANCE = re.compile(
    r"\((?:from|drawn from) the deck's.*?slide \d+[^)]*\)\.?|owner by default:[^.]*\.", re.I
)
# A measure task is its measure: "Own and report X: to Y", "Baseline X before anything changes",
# "Feed X from its source on an agreed refresh".
_MEASURE_FRAME = re.compile(
    r"^(?:own and report|baseline|feed)\s+|\s+before anything changes$|"
    r"\s+from\s+.+\s+on an agreed refresh$|:.*$",
    re.I,
)
# Proper names in a gap's sentence: a site or a person alone ties it to nothing.
_NAME = re.compile(r"(?<![.;:!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")
NAME_WEIGHT = 0.25
SUBJECT_WEIGHT = 1.0
WORD_WEIGHT = 0.6
SYSTEM_WEIGHT = 0.6
NEED_WEIGHT = 1.3
BLOCKED_WEIGHT = 2.5
# The work a constraint says it holds back, named in its own sentence: "Construction cannot
# start before it", "Works are not allowed during the rainy season", "no hiring until ...".
_HELD_BACK = re.compile(
    r"(?:^|[.;:,]\s*)(?P<a>[A-Za-z][\w /&-]{2,40}?)\s+(?:cannot|can't|can\s+not|may\s+not|must\s+not|"
    r"will\s+not|is\s+not\s+allowed\s+to|are\s+not\s+allowed\s+to)\s+(?:start|begin|proceed|"
    r"go\s+ahead|happen|take\s+place|open|resume)\b"
    r"|(?:^|[.;:,]\s*)(?P<b>[A-Za-z][\w /&-]{2,40}?)\s+(?:is|are)\s+not\s+(?:allowed|permitted)\s+"
    r"(?:during|in|before|until|on|at|between)\b"
    # ("no less than 45 days before" is a notice period, not work held back)
    r"|\bno\s+(?!(?:less|more|fewer|later|earlier|sooner)\s+than\b)(?P<c>[a-z][\w -]{2,30}?)\s+(?:may\s+)?(?:until|before|during)\b",
    re.I,
)
# The least a task must share of a gap's weighted terms to be blocked by it: about two words of
# the gap's sentence that only a handful of tasks use. (3.0 asked for three, and left work the
# gap plainly holds back unblocked: measured on dev24 to dev32, gap blocking up, precision same.)
MIN_MASS = 2.4
STEM_PREFIX = 6
RELATIVE_MASS = 0.5


def _keys(terms: set[str] | frozenset[str]) -> set[str]:
    """Stems cut to a common prefix, so 'history' meets 'historical' and 'maint.' meets
    'maintenance'; a phrase keeps each word's prefix."""
    return {" ".join(w[:STEM_PREFIX] for w in t.split()) for t in terms}


def _link_text(task: TaskRecord) -> str:
    key = task.get("key") or ""
    if key.startswith(("deck_kpi_", "baseline_", "feed_")):
        return _MEASURE_FRAME.sub("", task["title"])
    return _PROVENANCE.sub(" ", f"{task['title']} {task['description']}")


def _gap_terms(
    sentence: str, subject: str, org: OrgContext | None, held: set[str]
) -> dict[str, float]:
    """The gap's terms with their weights: its own words; the names in it (sites, people)
    weigh little; the description of a system it names and the kinds of work that depend on
    the thing it lacks weigh a little less than its words."""
    own = content_stems(sentence)
    about = content_stems(subject)
    system_names = set()
    extra = ""
    for system in org.systems if org else []:
        named = [w for w in words(system.name) if len(w) > 2 and w not in {"the", "and"}]
        label = system.description.split(":", 1)[0] if ":" in system.description[:12] else ""
        hits = [w for w in named if re.search(rf"\b{re.escape(w)}\b", sentence, re.I)]
        if label and re.search(rf"\b{re.escape(label)}\b", sentence, re.I):
            hits.append(label)
        if hits:
            system_names |= {stem(w) for w in named}
            extra += f" {system.description}"
    names = {stem(m.lower()) for m in _NAME.findall(sentence)} - system_names
    terms: dict[str, float] = {
        t: NAME_WEIGHT if t in names else SUBJECT_WEIGHT if t in about else WORD_WEIGHT
        for t in own | about
    }
    for t in content_stems(extra):
        terms[t] = max(terms.get(t, 0.0), SYSTEM_WEIGHT)
    for t in held:  # the stems of held_items(sentence), read once by the caller
        terms[t] = max(terms.get(t, 0.0), BLOCKED_WEIGHT)
    for things, work in gap_needs():
        if terms_in(f"{sentence} {extra}", things):
            for w in work:
                terms[" ".join(w)] = max(terms.get(" ".join(w), 0.0), NEED_WEIGHT)
    return terms


# Words that name no work in particular ("Works are not allowed ...": building works, or an
# artist's works): the sentence's other words say what it holds back.
_ANY_WORK = frozenset(stem(w) for w in ("work", "works", "activity", "change", "anything", "this"))


# What a body must be consulted on before it changes: "before any change to rotas, shift
# patterns or the length of the working day", "Changes to standby rotas ... are consulted on",
# "before any café lease longer than ten years is signed", "before changing shift patterns".
_CONSULTED_ON = re.compile(
    r"\bchanges?\s+(?:to|in|of)\s+(?P<d>[^.;:]{3,100}?)"
    r"(?=\s+(?:goes|go|must|needs?|is|are|will|shall|may|takes?|that|which|before|under|"
    r"without|follow|through)\b|\s*[.;:(]|,\s+(?:with|and|under|at\s+least|before|which)\b|$)"
    r"|\bbefore\s+(?:any|a|new|the)\s+(?!changes?\b|decision\b)(?P<e>[^.;:]{3,70}?)\s+(?:is|are)\s+(?:\w+ed|brought|"
    r"set|made|switched|opened|fixed|printed|put|taken|run)\b"
    r"|\bbefore\s+(?:changing|introducing)\s+(?P<f>[^.;:]{3,80}?)(?=\s*[.;:,]|$)",
    re.I,
)


# What a system or a place cannot do, or has none of: "MERIT cannot collect Direct Debit
# payments", "is not yet able to book delivery slots", "cannot issue or revoke a digital key",
# "The depot has no electric-only bays". The work that needs that thing waits for it.
_LACKS = re.compile(
    r"\b(?:cannot|can't|can\s+not|(?:is|are)\s+not\s+(?:yet\s+)?able\s+to)\s+"
    r"(?:[a-z]+\s+or\s+)?[a-z]+\s+(?:(?:an?|the|any)\s+)?"
    r"|\b(?:has|have)\s+no\s+(?!(?:more|less|fewer|longer|later)\b)"
)
_LACKED = re.compile(
    r"[^.;:,()]{3,60}?(?=\s+(?:from|for|to|in|at|on|with|by|because|until|unless|so|which|"
    r"that|faster|beyond|above|below|of\s+its|of\s+their)\b|\s*[.;:,(]|\s+[-–—]\s|$)"
)


# A change that waits for a body: consulted on, approved, agreed or signed off first.
_GATED_CHANGE = re.compile(
    r"\bconsult|\b(?:approved|agreed|ratified|signed\s+off|endorsed)\s+by\b|"
    r"\b(?:needs?|requires?|without)\s+(?:the\s+)?[\w'’ -]{2,40}?(?:agreement|approval|consent)\b",
    re.I,
)


# An act a rule governs, said as its subject: "Closing any contact centre line is a key
# decision", "Selling any council land must go to Cabinet", "Changing a tariff needs ...".
_GOVERNED_ACT = re.compile(
    r"(?:^|[.;:]\s+)(?P<act>[A-Z][a-z]{2,}ing)\s+(?:any|every|an?|the)\s+(?P<what>[\w'’ -]{2,50}?)\s+"
    r"(?:(?:is|are)\s+(?:an?\s+)?(?:key\s+|reserved\s+)?(?:decision|subject\s+to|reserved|not\s+"
    r"(?:allowed|permitted))|must|needs?|requires?|goes\s+to|go\s+to|has\s+to|have\s+to|cannot|"
    r"may\s+not)\b"
)


def held_items(sentence: str) -> list[frozenset[str]]:
    """The pieces of work a constraint holds back, each as its stems: "Construction", or what
    may not change until a body is consulted, item by item ("turnstiles", "stewarding
    numbers", "the layout of a concourse")."""
    said = [
        m.group("a") or m.group("b") or m.group("c") or "" for m in _HELD_BACK.finditer(sentence)
    ]
    # (a change a body must approve or agree to is held back as one it must be consulted on)
    if _GATED_CHANGE.search(sentence):
        said += [
            m.group("d") or m.group("e") or m.group("f") or ""
            for m in _CONSULTED_ON.finditer(sentence)
        ]
    items = [
        frozenset(content_stems(item) - _ANY_WORK)
        for phrase in said
        for item in re.split(r",|;|\b(?:or|and|to)\b", phrase)
    ]
    # (the act and the thing it acts on, one item: "closing" a "line"; the words that say which
    # lines weigh as the sentence's other words do)
    for m in _GOVERNED_ACT.finditer(sentence):
        thing = re.split(
            r"\s+(?:in|on|at|for|from|of|with|by|during|would|will|could)\s", m.group("what")
        )
        head = content_stems(words(thing[0])[-1]) if words(thing[0]) else frozenset()
        items.append(frozenset(content_stems(m.group("act")) | head) - _ANY_WORK)
    return [item for item in items if item]


def lacked(sentence: str) -> set[str]:
    """The stems of what the org cannot do or has none of ("Direct Debit payments", "delivery
    slots"): they weigh as work held back does, though no task must name them to be blocked."""
    out: set[str] = set()
    for lack in _LACKS.finditer(sentence):
        thing = _LACKED.match(sentence, lack.end())
        if thing is not None:
            out |= content_stems(thing.group(0)) - _ANY_WORK
    return out


def gap_source(gap: GapRecord) -> tuple[str, str]:
    """(the file a gap's sentence was read from, or "", the sentence): a gap's evidence reads
    "people.md: The union must be consulted ..." when the org context said it."""
    evidence = gap.get("evidence") or gap["text"]
    if re.match(r"^[\w./-]+\.\w+: ", evidence):
        doc, _, sentence = evidence.partition(": ")
        return doc, sentence
    return "", evidence


def _task_docs(tasks: list[TaskRecord]) -> list[set[str]]:
    """Each task's linkable terms: its words and the kinds of work it names."""
    texts = [_link_text(t) for t in tasks]
    all_work = tuple(w for _, work in gap_needs() for w in work)
    return [_keys(content_stems(x) | terms_in(x, all_work)) for x in texts]


def _ranked(
    sentence: str,
    subject: str,
    org: OrgContext | None,
    tasks: list[TaskRecord],
    docs: list[set[str]],
    named: list[dict[str, set[str]]],
    items: list[frozenset[str]] | None = None,
) -> list[tuple[float, str]]:
    """(mass, task id) of the tasks a gap's sentence could block, strongest first: the work
    it says it holds back where the plan has it, else any task sharing enough of its terms.
    ``named``: the systems each task says by name (``_named_systems``); ``items``: the
    sentence's ``held_items``, when the caller has read them."""
    terms: dict[str, float] = {}
    docs = _names_apart(sentence, named, docs)
    items = held_items(sentence) if items is None else items
    held_stems: set[str] = set().union(*items)
    for t, w in _gap_terms(sentence, subject, org, held_stems | lacked(sentence)).items():
        k = next(iter(_keys({t})))
        terms[k] = max(w, terms.get(k, 0.0))
    scores = rare_overlap(set(terms), docs, weights=terms)
    held = _keys(held_stems)
    naming = [bool(held & doc) for doc in docs]
    ranked = [
        (mass, task["id"])
        for task, (_share, mass), named, doc in zip(tasks, scores, naming, docs, strict=True)
        if not _UNBLOCKABLE.match(task.get("key") or "")
        and mass >= MIN_MASS
        and (named or not any(naming))
        and _more_than_a_word(terms, doc)
    ]
    ranked.sort(key=lambda x: (-x[0], int(x[1][1:])))
    # Work that names a held-back item whole ("turnstiles", "stewarding numbers") is what the
    # constraint holds back, however many more of the sentence's words another task shares.
    whole = _naming_whole(items, tasks, docs)
    if ranked:
        # they come first and all clear the caller's floor; the rest follow as they rank
        top = ranked[0][0]
        ranked = [(top, tid) for _m, tid in ranked if tid in whole] + [
            (mass, tid) for mass, tid in ranked if tid not in whole
        ]
    return ranked


def _naming_whole(
    items: list[frozenset[str]], tasks: list[TaskRecord], docs: list[set[str]]
) -> set[str]:
    """The tasks that name one of these held-back pieces of work whole."""
    keyed = [_keys(item) for item in items]
    return {t["id"] for t, doc in zip(tasks, docs, strict=True) if any(i <= doc for i in keyed)}


def holds_back(sentence: str, task: TaskRecord) -> bool:
    """The task names whole a piece of work the constraint's sentence holds back ("New rotas
    for the sorting teams" under "... before any change to rotas")."""
    return bool(_naming_whole(held_items(sentence), [task], _task_docs([task])))


def _named_systems(tasks: list[TaskRecord], org: OrgContext | None) -> list[dict[str, set[str]]]:
    """Per task, the systems of two words or more it says by name, each with its name's terms
    (read once for all the gaps)."""
    names = {
        s.name: re.compile(rf"\b{re.escape(s.name)}\b")
        for s in (org.systems if org else [])
        if len(words(s.name)) >= 2
    }
    if not names:
        return [{} for _ in tasks]
    terms = {n: _keys(content_stems(n)) for n in names}
    texts = [_link_text(task) for task in tasks]
    return [{n: terms[n] for n, said in names.items() if said.search(text)} for text in texts]


def _names_apart(
    sentence: str, named: list[dict[str, set[str]]], docs: list[set[str]]
) -> list[set[str]]:
    """The tasks' terms for one gap, less the words of a system's name the task says by name
    and the gap does not: work "on Harvest Hub" does not share "harvest" with a constraint on
    "harvest hours"."""
    mentioned = {name for said in named for name in said}
    apart = {n for n in mentioned if not re.search(rf"\b{re.escape(n)}\b", sentence, re.I)}
    out = []
    for said, doc in zip(named, docs, strict=True):
        drop = [keys for name, keys in said.items() if name in apart]
        out.append(doc - set().union(*drop) if drop else doc)
    return out


def _more_than_a_word(terms: dict[str, float], doc: set[str]) -> bool:
    """A task shares two of the gap's terms, or one that weighs more than a plain word of its
    sentence (the work it holds back, the kind of work its lack stops, its subject): one plain
    word ("records", in a sentence on how long a consultation takes) ties it to nothing."""
    shared = [terms[t] for t in terms if t in doc]
    return len(shared) >= 2 or any(w > WORD_WEIGHT for w in shared)


def link_gaps(
    tasks: list[TaskRecord], gaps: list[GapRecord], org: OrgContext | None = None
) -> None:
    """Number the gaps and make each a blocking dependency of the tasks whose work needs what
    it says is missing or constrained: the tasks sharing the gap's distinctive words, the
    words of the system it names, or the work that depends on the kind of thing it lacks.
    Phase gates, governance rhythms and asks are never blocked, and a name alone links
    nothing."""
    docs = _task_docs(tasks)
    named = _named_systems(tasks, org)
    for i, gap in enumerate(gaps, start=1):
        gap["id"] = f"G{i}"
        gap.setdefault("blocks", [])
        if gap.get("kind") in ("sponsor",):
            continue
        said = [(gap_source(gap)[1], gap.pop("subject", None) or ""), *gap.pop("restated", [])]
        picked: list[str] = []
        for sentence, subject in said:
            items = held_items(sentence)
            ranked = _ranked(sentence, subject, org, tasks, docs, named, items)
            floor = RELATIVE_MASS * ranked[0][0] if ranked else 0.0
            # (the cap never parts the tasks that do the very work the sentence holds back:
            # when seven tasks each close a line, "Closing any line is a key decision" holds
            # all seven) ("close" and "line" for "Closing any contact centre line is ...")
            whole = _naming_whole([i for i in items if len(i) >= 2], tasks, docs)
            picked += [
                tid
                for k, (mass, tid) in enumerate(ranked)
                if mass >= floor and (k < MAX_BLOCKED or tid in whole) and tid not in picked
            ]
        gap["blocks"] = picked
        for task in tasks:
            if task["id"] in picked:
                task.setdefault("blocked_by", [])
                if gap["id"] not in task["blocked_by"]:
                    task["blocked_by"].append(gap["id"])
    for gap in gaps:
        gap.pop("subject", None)
        gap.pop("restated", None)
