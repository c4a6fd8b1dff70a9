"""Consultations the organization requires before a change (issue 11, part 5): a constraint
gap such as "the trade union committee at each base must be consulted before any change to
headcount" becomes a task of its own, added by the method, that the work it gates waits for.
The gap alone said "blocked"; the people who receive the plan need to know what unblocks it,
who does it and with whom."""

from __future__ import annotations

import re
from typing import Any

from agent.knowledge import remit
from agent.knowledge.lexicon import lexicon
from agent.knowledge.text import content_stems, shorten, slug
from agent.planning.assemble import HORIZON_ORDER, gap_source, holds_back, waits_for
from agent.planning.records import GapRecord, TaskRecord
from schemas.context import OrgContext, Role

_CONSULT = "consult"
_DECIDE = "decide"


def _body_patterns() -> list[tuple[str, re.Pattern[str]]]:
    body = lexicon()["consulted_bodies"]
    # Words before the kind of body name it ("the Joint Staff Committee", "the trade union
    # committee at each base"); a clause's own words do not ("If rotas change the works council").
    named = r"(?:(?-i:[A-Z][\w'&-]*)|trade|joint|staff|local|national|group|regional|site|employee|works|safety|health|central|executive|steering)"
    phrase = (
        rf"(?P<body>\b(?:the\s+|our\s+)?(?:{named}\s+){{0,4}}{body}\b(?:\s+\([A-Z]{{2,8}}\))?"
        rf"(?:\s+at\s+each\s+\w+)?)"
    )
    return [
        (
            _CONSULT,
            re.compile(
                rf"{phrase}\s+(?:must|shall|has to|have to|needs? to)\s+be\s+(?:consulted|informed|notified)",
                re.I,
            ),
        ),
        (_CONSULT, re.compile(rf"\b(?:go|goes|are referred|is referred)\s+to\s+{phrase}", re.I)),
        (_CONSULT, re.compile(rf"\bconsult(?:ation|ed)?\s+with\s+{phrase}", re.I)),
        (
            _DECIDE,
            re.compile(
                rf"\b(?:approval|decision|sign-?off|consent)\s+(?:of|from|by)\s+{phrase}", re.I
            ),
        ),
        (_DECIDE, re.compile(rf"\bdecisions?\s+for\s+{phrase}", re.I)),
    ]


def required_body(sentence: str) -> tuple[str, str] | None:
    """(what is required, the body): ("consult", "the trade union committee at each base")."""
    for what, pattern in _body_patterns():
        m = pattern.search(sentence)
        if m:
            if m.group(0).lower().startswith(("go", "are ref", "is ref")):
                # "Spend above £5m goes to the Board" asks a decision; "... go to the joint
                # committee, with 30 days' consultation" a consultation.
                what = _CONSULT if re.search(r"\bconsult", sentence, re.I) else _DECIDE
            body = " ".join(m.group("body").split())
            return what, re.sub(r"^The\b", "the", body)
    return None


def consultation_tasks(
    tasks: list[TaskRecord], gaps: list[GapRecord], org: OrgContext
) -> list[TaskRecord]:
    """One task per body the organization requires to be consulted before work the plan
    gates on it (however many gaps name that body); that work then depends on it."""
    by_id = {t["id"]: t for t in tasks}
    wanted: dict[str, dict[str, Any]] = {}  # body (lower case) -> what the task needs
    for gap in gaps:
        blocked = [by_id[b] for b in gap.get("blocks", []) if b in by_id]
        if gap.get("kind") != "constraint" or not blocked:
            continue
        doc, sentence = gap_source(gap)
        found = required_body(sentence)
        if found is None or found[0] != _CONSULT:
            continue  # a body's decisions are the deck's gates; its consultations are not
        body = found[1]
        steps = _steps(body, tasks)
        if steps:
            # The deck plans the consultation itself ("Take the rota rules to the Store
            # Forum"): the work the rule names whole waits for that step (a looser match to the
            # gap's words stays a block, not a wait in the roadmap).
            _wait_for(steps, [t for t in blocked if holds_back(sentence, t)], tasks)
            continue
        if _already_planned(body, tasks):
            continue  # a gate's pass marks or a decision already put to the body
        entry = wanted.setdefault(
            body.lower(),
            {"body": body, "gaps": [], "blocked": [], "doc": doc, "sentence": sentence},
        )
        entry["gaps"].append(gap.get("id", "a gap"))
        entry["blocked"] += [t for t in blocked if t not in entry["blocked"]]
    out: list[TaskRecord] = []
    next_no = 1 + max((int(t["id"][1:]) for t in tasks if t["id"][1:].isdigit()), default=0)
    for entry in wanted.values():
        body, blocked, sentence, doc = (
            entry["body"],
            entry["blocked"],
            entry["sentence"],
            entry["doc"],
        )
        owner = _preparer(body, sentence, org)
        if owner is None:
            continue
        ids = [t["id"] for t in blocked]
        # The reader sees the work it gates by name: the deck's own change where it has one
        # (not the reporting of its measure, nor a step the method added), and how many more.
        named_first = min(blocked, key=_reads_as_the_change)
        more = len(ids) - 1
        gated = f"'{shorten(named_first['title'], 60)}' ({named_first['id']})" + (
            f" and {more} more task{'s' if more > 1 else ''}" if more else ""
        )
        work = "; ".join(f"{t['id']} {shorten(t['title'], 70)}" for t in blocked)
        named = ", ".join(entry["gaps"])
        tid = f"T{next_no}"
        next_no += 1
        out.append(
            {
                "id": tid,
                "key": f"method_consult_{slug(body, 40)}",
                "title": f"Consult {body} before {gated} {'start' if more else 'starts'}",
                "description": (
                    f"The organization requires it ({named}): “{shorten(sentence, 300)}”. "
                    f"Plan the time it takes: {work} wait for the outcome."
                ),
                "layer": "process_people",
                "owner_role": owner.name,
                "horizon": "foundational",
                "depends_on": [],
                "done_when": f"{body[:1].upper()}{body[1:]} has been consulted and its opinion is "
                "recorded before the work it gates starts.",
                "context_refs": [{"doc": doc, "chunk": None, "quote": shorten(sentence, 220)}]
                if doc
                else [],
                "scenario_ids": [],
                "consulted": _speakers(body, org, owner),
                "pilot": False,
                "origin": "method",
                "origin_note": f"{named} names a body to consult before this work",
                "source": None,
                "quote": None,
                "phase": None,
                "weeks": None,
                # in the goals' own order: V2 before V10
                "vision_ids": sorted(
                    {v for t in blocked for v in t["vision_ids"]}, key=lambda v: (len(v), v)
                ),
                "accountable": None,
            }
        )
        for t in blocked:
            if tid not in t["depends_on"]:
                t["depends_on"].append(tid)
    return out


def _reads_as_the_change(task: TaskRecord) -> int:
    """0 for the deck's own work, 1 for a mitigation of one of its risks, 2 for the reporting
    of its measures, 3 for the method's steps."""
    if task.get("origin") != "deck":
        return 3
    key = task.get("key") or ""
    return 2 if key.startswith("deck_kpi_") else 1 if key.startswith("deck_risk_") else 0


_KINDS = ("committee", "council", "board", "forum", "panel", "union", "cabinet", "congress")
_ASKS = re.compile(
    r"\b(?:consult\w*|inform\w*|approv\w*|decision|sign[- ]?off|submit\w*|bring\w*|"
    r"present\w*|take\w*|put)\b",
    re.I,
)


def _names_body(body: str) -> tuple[str, list[str]] | None:
    """(the body's kind, its own name's words): "the Usdaw Store Forum" -> ("forum", ["usdaw"])."""
    found = [re.sub(r"(?<=[a-z])s$", "", w) for w in re.findall(r"[a-z]+", body.lower())]
    kind = next((w for w in reversed(found) if w in _KINDS or w == "representative"), None)
    if kind is None:
        return None
    plain = {*_KINDS, "the", "our", "each", "full", "group", "joint", "staff", "and", "at", "base"}
    return kind, [w for w in found if len(w) > 2 and w not in plain and w != kind][:2]


def _says(named: tuple[str, list[str]], text: str) -> bool:
    kind, names = named
    return all(re.search(rf"\b{re.escape(w)}s?\b", text) for w in (kind, *names))


def _already_planned(body: str, tasks: list[TaskRecord]) -> bool:
    """A task already consults the body or puts the work to it: the body's kind and its own
    name (its other words), as whole words, with a verb of consulting or deciding."""
    named = _names_body(body)
    if named is None:
        return False
    for t in tasks:
        # (a gate's title says "sign-off" in the method's words; its pass marks are the deck's)
        said_by_deck = (t.get("key") or "").startswith("deck_gate_") and t.get("quote")
        text = (t.get("quote") if said_by_deck else f"{t['title']} {t.get('quote') or ''}") or ""
        text = text.lower()
        if _ASKS.search(text) and _says(named, text):
            return True
    return False


# A step that consults a body or takes the work to it: "Consult the Players' Committee on a
# new schedule pattern", "Take the rota rules to the Store Forum", "Open consultation with ...".
_CONSULTS = re.compile(
    r"\b(?:consult\w*|tak(?:e|es|ing)|bring\w*|present\w*|submit\w*|put|tabl(?:e|es|ing))\b",
    re.I,
)


def _steps(body: str, tasks: list[TaskRecord]) -> list[TaskRecord]:
    """The deck's own work (not a gate, a measure or a risk's answer) that consults the body or
    takes the change to it."""
    named = _names_body(body)
    if named is None:
        return []
    return [
        t
        for t in tasks
        if t.get("origin") == "deck"
        and not re.match(r"deck_(?:gate|kpi|risk)_", t.get("key") or "")
        and _CONSULTS.search(t["title"])
        and _says(named, f"{t['title']} {t.get('quote') or ''}".lower())
    ]


def _wait_for(steps: list[TaskRecord], blocked: list[TaskRecord], tasks: list[TaskRecord]) -> None:
    """Each piece of gated work, other than the deck's consultation ``steps``, depends on the
    step nearest it in words: never where that would close a loop, nor on a step the
    deck puts in a later horizon than the work (the deck's own order stands; the gap still
    blocks the work)."""
    ids = {s["id"] for s in steps}
    by_id = {t["id"]: t for t in tasks}
    for t in blocked:
        if t["id"] in ids:
            continue
        words = content_stems(t["title"])
        step = max(steps, key=lambda s: len(words & content_stems(s["title"])))
        if (
            step["id"] not in t["depends_on"]
            and HORIZON_ORDER.index(step["horizon"]) <= HORIZON_ORDER.index(t["horizon"])
            and not waits_for(by_id, step["id"], t["id"])  # (it waits for the work)
        ):
            t["depends_on"].append(step["id"])


def _preparer(body: str, sentence: str, org: OrgContext) -> Role | None:
    """Who runs the consultation: a core role whose remit speaks of consulting the staff's
    bodies (not one that speaks for the staff), else whoever's remit holds the work it gates."""
    lead = remit.relations_lead(org.roles, org.remits)
    if lead is not None and lead.tier == "core":
        return lead
    fallback, _share = remit.by_remit(f"{body} {sentence}", "process_people", org.roles, org.remits)
    return fallback


def _speakers(body: str, org: OrgContext, owner: Role) -> list[str]:
    """The roster's roles that speak for the body's side: staff representatives, or a role
    named after the body ("Trade Union Chair")."""
    words = {w for w in re.findall(r"[a-z]+", body.lower()) if len(w) > 3}
    names = [
        r.name
        for r in org.roles
        if r.name != owner.name
        and (remit.represents_staff(r) or words & set(re.findall(r"[a-z]+", r.name.lower())))
    ]
    return names[:3]
