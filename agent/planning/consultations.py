"""Consultations the organization requires before a change (issue 11, part 5): a constraint
gap such as "the trade union committee at each base must be consulted before any change to
headcount" becomes a task of its own, added by the method, that the work it gates waits for.
The gap alone said "blocked"; the people who receive the plan need to know what unblocks it,
who does it and with whom."""

from __future__ import annotations

import re

from agent.knowledge import remit
from agent.knowledge.lexicon import lexicon
from agent.knowledge.text import shorten, slug
from agent.planning.records import GapRecord, TaskRecord
from schemas.context import OrgContext, Role

_CONSULT = "consult"
_DECIDE = "decide"


def _body_patterns() -> list[tuple[str, re.Pattern[str]]]:
    body = lexicon()["consulted_bodies"]
    phrase = rf"(?P<body>(?:the\s+)?(?:[\w'&-]+\s+){{0,4}}{body}(?:\s+\([A-Z]{{2,8}}\))?(?:\s+at\s+each\s+\w+)?)"
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
    """One task per constraint gap that names a body to consult or get a decision from and
    gates some of the plan's work; that work then depends on it."""
    by_id = {t["id"]: t for t in tasks}
    out: list[TaskRecord] = []
    next_no = 1 + max((int(t["id"][1:]) for t in tasks if t["id"][1:].isdigit()), default=0)
    for gap in gaps:
        blocked = [by_id[b] for b in gap.get("blocks", []) if b in by_id]
        if gap.get("kind") != "constraint" or not blocked:
            continue
        evidence = gap.get("evidence") or gap["text"]
        doc, _, sentence = (
            evidence.partition(": ")
            if re.match(r"^[\w./ -]+\.\w+: ", evidence)
            else ("", "", evidence)
        )
        found = required_body(sentence)
        if found is None:
            continue
        what, body = found
        if what != _CONSULT:
            continue  # a body's decisions are the deck's gates; its consultations are not
        if _already_planned(body, tasks):
            continue  # the deck plans the consultation itself ("Open consultation with Unite")
        owner = _preparer(what, body, sentence, org)
        if owner is None:
            continue
        ids = [t["id"] for t in blocked]
        gated = ", ".join(ids[:-1]) + f" and {ids[-1]}" if len(ids) > 1 else ids[0]
        work = "; ".join(f"{t['id']} {shorten(t['title'], 70)}" for t in blocked)
        verb = "Consult" if what == _CONSULT else "Get the decision of"
        tid = f"T{next_no}"
        next_no += 1
        out.append(
            {
                "id": tid,
                "key": f"method_consult_{slug(body, 40)}_{gap.get('id', '')}",
                "title": f"{verb} {body} before {gated} {'start' if len(ids) > 1 else 'starts'}",
                "description": (
                    f"The organization requires it ({gap.get('id', 'a gap')}): “{shorten(sentence, 300)}”. "
                    f"Plan the time it takes: {work} wait for the outcome."
                ),
                "layer": "process_people",
                "owner_role": owner.name,
                "horizon": "foundational",
                "depends_on": [],
                "done_when": f"{body[:1].upper()}{body[1:]} has been {'consulted' if what == _CONSULT else 'asked'} and its "
                "opinion or decision is recorded before the work it gates starts.",
                "context_refs": [{"doc": doc, "chunk": None, "quote": shorten(sentence, 220)}]
                if doc
                else [],
                "scenario_ids": [],
                "consulted": _speakers(body, org, owner),
                "pilot": False,
                "origin": "method",
                "origin_note": f"added by the method: {gap.get('id', 'a gap')} names a body to "
                f"{'consult' if what == _CONSULT else 'decide'} before this work",
                "source": None,
                "quote": None,
                "phase": None,
                "weeks": None,
                "vision_ids": sorted({v for t in blocked for v in t["vision_ids"]}),
                "accountable": None,
            }
        )
        for t in blocked:
            if tid not in t["depends_on"]:
                t["depends_on"].append(tid)
    return out


def _already_planned(body: str, tasks: list[TaskRecord]) -> bool:
    """A task already consults the body or puts the work to it: the body's own name (its
    words other than the kind of body) with a verb of consulting or deciding."""
    kinds = {"committee", "council", "board", "forum", "panel", "union", "cabinet", "congress"}
    plain = kinds | {"the", "each", "full", "group", "joint", "staff", "and"}
    names = [w for w in re.findall(r"[a-z]+", body.lower()) if len(w) > 2 and w not in plain]
    kind = next((w for w in reversed(re.findall(r"[a-z]+", body.lower())) if w in kinds), "")
    asks = re.compile(
        r"\b(?:consult\w*|inform\w*|approv\w*|decision|sign[- ]?off|submit\w*|bring\w*|"
        r"present\w*|take\w*|put)\b",
        re.I,
    )
    for t in tasks:
        text = f"{t['title']} {t.get('quote') or ''}".lower()
        if asks.search(text) and kind in text and (not names or any(n in text for n in names)):
            return True
    return False


def _preparer(what: str, body: str, sentence: str, org: OrgContext) -> Role | None:
    """Who does it: for a decision, who runs the programme (it prepares the decisions put to
    the organization's bodies); for a consultation, the role whose remit speaks of such
    consultation, else of the work it gates."""
    if what == _DECIDE:
        lead = remit.programme_lead(org.roles, org.remits)
        if lead is not None:
            return lead
    role, share = remit.by_remit(
        f"consultation with {body} employee relations", "process_people", org.roles, org.remits
    )
    if role is not None and share > 0:
        return role
    role, _share = remit.by_remit(f"{body} {sentence}", "process_people", org.roles, org.remits)
    return role


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
