"""The deck's own plan as tasks: each commitment in the deck's words, with its slide, owned
by the role whose remit covers it. Engine-independent: both engines plan from these first
and fill only what they leave out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from agent.engines.base import ContextRefDraft, PlanningContext, TaskDraft
from agent.knowledge import remit, timeline
from agent.knowledge.kpis import closest_measure, measure_subject, same_measure
from agent.knowledge.lexicon import classify_layer, job_title_words, pattern
from agent.knowledge.text import content_stems, rare_overlap, shorten, slug, words
from agent.knowledge.verbs import opens_with_work
from agent.planning.deck_plan import (
    CHAIRED_BY,
    GATE_NUMBER,
    YEAR_LABEL,
    Commitment,
    CommitmentKind,
    DeckPlan,
    Kpi,
    bare_bar,
)
from schemas.context import Metric, OrgContext, Role, System
from schemas.plan import Horizon, Scenario, Source, Vision

if TYPE_CHECKING:
    from agent.state import PlanState

_LAYER_OF_KIND = {
    "gate": "governance_measurement",
    "governance": "governance_measurement",
    "ask": "governance_measurement",
    "pilot": "experience",
}
_A_CHANGE = re.compile(r"\d\S*\s+(?:fewer|less|lower|shorter|faster|higher|more)$", re.I)
# "... at the September steering group", "... to the capital committee": the body it goes to.
_AT_BODY = re.compile(
    r"\b(?:at|to|by|through|before)\s+(?:the\s+|its\s+|our\s+|this\s+|next\s+)?(?:[\w'’-]+\s+){0,3}?"
    + pattern("bodies").pattern,
    re.I,
)
_CHANGE_NAMED = re.compile(
    r"\b(?:reduction|increase|improvement|growth|cut|uplift|savings?|decrease|gain)$", re.I
)
_PUT_TO_BODY = re.compile(
    r"^(?:approve|sign[- ]off|authori[sz]e|ratify|endorse|release|decide)\b", re.I
)
_REVIEW_POINT = re.compile(
    r"(?:the\s+)?(?:pilot|mid-?point|mid-?term|stage|phase|wave|programme|program)\s+"
    r"(?:review|go\s*/\s*no[- ]?go|decision)",
    re.I,
)
_DECISION = re.compile(
    r"\b(approv\w*|signs?[- ]?off|go\s*/\s*no[- ]?go|go-no-go|gate|decid\w*|decision|authori[sz]\w*|"
    r"mandate|review|budget release|release of)\b",
    re.I,
)


# Words that put a decision to the deck's governance wherever they appear.
_GO_NO_GO = re.compile(
    r"\b(go\s*/\s*no[- ]?go|go-no-go|gate|sign[- ]?off|budget release|release of the|approve the|"
    # "No go-live decision at L-90 days without two clean rehearsals": a go/no-go by its name
    r"(?:go[- ]live|launch|cut[- ]?over|switch[- ]?over)\s+decisions?|"
    # a numbered checkpoint of the deck's phases is a gate by another name
    r"checkpoint\s+(?:\d+|[IVX]+)\b|"
    # a phase's line that opens with its gate's code: "G1 · Dec 2029 ready to pilot?"
    r"^(?-i:G\d{1,2})\b(?!\.\d))",
    re.I,
)


def where(source: Source | None) -> str:
    if source is None:
        return "the deck"
    if source.slide:
        return f"slide {source.slide}"
    return f"page {source.page}" if source.page else "the deck"


def _month(week: float) -> int:
    # the month its span ends in, as the roadmap labels it (in whole weeks, as it schedules)
    return timeline.months_of(0, round(week))[1]


def _done_when(c: Commitment, plan: DeckPlan) -> str:
    """An observable finish line, in the deck's own terms."""
    if c.kind == "gate":
        marks = f"; pass marks: {c.criteria}" if c.criteria and c.criteria not in c.text else ""
        # ("Dec 2029" says when the gate sits, not what it asks)
        if c.text.strip() and _when_only(c.text):
            return f"The {shorten(c.phase or 'phase', 40)} gate is signed off by {c.text.rstrip('.')}{marks}."
        return f"The {shorten(c.phase or 'phase', 40)} gate is signed off against the deck's criteria: {c.text.rstrip('.')}{marks}."
    if c.kind == "milestone" and c.end_week is not None:
        # (the deck's own words for when, where it gives them: "by day 30")
        window = f" ({c.window})" if c.window else ""
        return f"Done and reported by week {int(round(c.end_week))}{window}: {c.text.rstrip('.')}."
    if c.kind == "stage" and c.end_week is not None:
        return f"Completed by month {_month(c.end_week)}: {c.text.rstrip('.')}."
    if c.kind == "phase_item":
        when = f" by month {_month(c.end_week)}" if c.end_week is not None else ""
        return f"'{c.title}' is complete{when} and reported at the {plan.bodies[0] if plan.bodies else 'programme'} review ({shorten(c.phase or 'its phase', 40)})."
    if c.kind == "risk":
        return f"The mitigation is in place and reviewed at least quarterly: {c.text.rstrip('.')}."
    if c.kind == "governance":
        return f"Meetings are held at the stated cadence with decisions and actions recorded: {shorten(c.text, 140).rstrip('.')}."
    if c.kind == "ask":
        return f"The decision is recorded: {shorten(c.text, 160).rstrip('.')}."
    if c.kind == "pilot":
        return f"The pilot has run at {plan.pilot.where if plan.pilot else 'the named site'} and its results against the baseline are presented for a go/no-go decision."
    accept = re.search(r"\(acceptance: ([^)]+)\)", c.text)
    if accept:
        return f"Acceptance met: {accept.group(1).rstrip('.')}."
    when = f" by month {_month(c.end_week)}" if c.end_week is not None else ""
    if not opens_with_work(c.text):
        # the deck states the end state ("Alerts auto-generate maintenance tickets, routed by
        # urgency"): done when it holds, not when something is "completed"
        return f"In place and in use{when}, as the deck describes it ({where(c.source)}): {shorten(c.text, 160).rstrip('.')}."
    return f"Completed{when} as the deck sets it out ({where(c.source)}): {shorten(c.text, 160)}."


# A system's or product's own name: written in camel case ("TideTrack", "HangarOne",
# "OrderPoint"), or a word of a system the org lists ("Strata").
_CAMEL = re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]{2,}\b")


def _named_alike(text: str, visions: list[Vision], systems: frozenset[str]) -> list[str]:
    """The goals that name a system the text names, when one or two goals name it."""

    def names(said: str) -> set[str]:
        return {m.group(0) for m in _CAMEL.finditer(said)} | {
            m.group(0) for m in _CAPITALISED.finditer(said) if m.group(0) in systems
        }

    mine = names(text)
    if not mine:
        return []
    by_goal = {v.id: names(v.original_text or v.text) for v in visions}
    found = []
    for name in sorted(mine):
        holders = [vid for vid, held in by_goal.items() if name in held]
        if 1 <= len(holders) <= 2:
            found += [vid for vid in holders if vid not in found]
    return found


def system_words(org: OrgContext) -> frozenset[str]:
    """The capitalised words of the systems the org lists ("Strata LIMS" -> Strata), but for
    months and words many names share."""
    said = [m.group(0) for s in org.systems for m in _CAPITALISED.finditer(s.name)]
    month = re.compile(timeline.MONTH, re.I)
    return frozenset(w for w in said if not month.fullmatch(w) and said.count(w) <= 2)


def _link_visions(
    text: str,
    source: Source,
    visions: list[Vision],
    umbrella: list[str],
    goals: list[str] | None = None,
    systems: frozenset[str] | None = None,
) -> list[str]:
    """The visions a commitment serves: the ones stated on its slide, and the measured goals of
    its pillar (and one or two goals naming the same system); else those sharing its
    distinctive words, else the deck's umbrella goal."""
    unit = source.slide or source.page
    same = [
        v.id for v in visions if unit in {s.slide or s.page for s in (v.source, *v.also_stated)}
    ]
    goals = (goals or [])[:2]
    if same or goals:
        picked = [*same, *[g for g in goals if g not in same]]
        # ... and a goal elsewhere that names the same system or place by its proper name,
        # which one or two goals name ("Migrate results into Strata" serves "all five
        # laboratories reporting from Strata" too)
        alike = _named_alike(text, visions, systems or frozenset())
        return picked + [v for v in alike if v not in picked][:2]
    # Compounds give their parts: "repeat visits" work serves a "repeat-purchase rate" goal.
    docs = [remit.subject_stems(v.original_text or v.text) for v in visions]
    scored = rare_overlap(remit.subject_stems(text), docs)
    ranked = sorted(
        ((share, mass, v.id) for v, (share, mass) in zip(visions, scored, strict=True)),
        key=lambda x: (-x[1], x[2]),
    )
    picked = [vid for share, mass, vid in ranked if mass >= 2.0 and share >= 0.2][:2]
    return picked or umbrella[:1]


def pillar_goals(plan: DeckPlan, visions: list[Vision]) -> dict[str, list[str]]:
    """Pillar -> the measured goals it delivers: each goal with a number goes to the pillar whose
    slides speak of it most ("QC miss rate 6.2% -> 2.1%" to the inspection pillar), so the
    pillar's work serves the goal the deck measures it by, not only the slide it sits on."""
    names = [p for p in plan.pillars if plan.pillar_text.get(p)]
    if len(names) < 2:
        return {}
    docs = [content_stems(f"{p} {plan.pillar_text[p]}") for p in names]
    found: dict[str, list[tuple[bool, float, int, str]]] = {}
    for n, v in enumerate(visions):
        if not re.search(r"\d", v.text):
            continue
        scored = rare_overlap(v.original_text or v.text, docs)
        best = max(range(len(names)), key=lambda i: scored[i][1])
        share, mass = scored[best]
        runner_up = max((m for i, (_s, m) in enumerate(scored) if i != best), default=0.0)
        if share >= 0.3 and mass >= 1.5 and mass >= 1.5 * runner_up:
            formal = (v.evidence or "") == "table"  # a row of the deck's KPI table
            found.setdefault(names[best], []).append((not formal, -round(share, 2), n, v.id))
    # The deck's formal measures first, the ones whose words the pillar's slides hold most
    # before the others: its work serves those.
    return {name: [vid for *_, vid in sorted(hits)] for name, hits in found.items()}


def _link_scenarios(text: str, scenarios: list[Scenario]) -> list[str]:
    stems = content_stems(text)
    return [
        s.id
        for s in scenarios
        if len(stems & content_stems(f"{s.name} {s.segment} {s.context}")) >= 2
    ]


def umbrella_visions(visions: list[Vision]) -> list[str]:
    """Goals that speak for the whole deck (written out, not a KPI row), first found first."""
    written = [v.id for v in visions if (v.evidence or "") not in ("table", "tile")]
    return written or [v.id for v in visions]


# Share of a piece of work's distinctive words one remit must hold for that role, not the
# programme, to prepare a decision about it.
CLEAR_REMIT = 0.4
# Below this share a commitment's own words do not place it: its pillar's words are read too.
WEAK_REMIT = 0.01


# "Report to ...", "Take the rota rules to ...": work that takes a paper to a body (``_AT_BODY``)
_TAKEN = re.compile(r"^\s*(?:report|present|bring|take|submit|send)\b\s*(?:back\b)?", re.I)


def _owner(
    text: str,
    layer: str,
    org: OrgContext,
    *,
    kind: str,
    metric: str | None = None,
    lead: str | None = None,
    lead_shared: bool = False,
    pillar: str | None = None,
    section: str | None = None,
) -> tuple[Role | None, ContextRefDraft | None]:
    """(owner, the passage that shows the remit) for one piece of the deck's plan: the role the
    deck names to lead it; the owner the org's metric definitions or systems inventory name for
    what it is about; the programme for a governance item; else the best remit."""
    appointer = _appointer(text, org)
    if appointer is not None:
        return appointer, cite_duty(appointer, _evidence(appointer, text, org), org)
    if lead:
        named = _roster_role(lead, org, led=True)
        # "Leads: Head of Digital and Data; Head of Logistics and Delivery": of the posts a
        # slide names for its work, the one whose remit says most of this piece
        several = [
            role
            for part in (re.split(r"\s*;\s*", lead) if ";" in lead else [])
            if part.strip() and (role := _roster_role(part.strip(), org, led=True)) is not None
        ]
        if len(several) > 1:
            near = remit.affinity(several, text)
            named = max(several, key=lambda r: near.get(r.name, 0.0))
        if named is not None and lead_shared:
            # One lead at the foot of a pillar's list leads the pillar; an item the remit of
            # a post under that lead clearly holds ("Scan the open case files" and the head of
            # casework) is that post's to do.
            team = _reports_of(named, org.roles)
            role, share = remit.by_remit(text, layer, team, org.remits) if team else (None, 0.0)
            # (not where the lead's own remit holds the item as well: a head over one engineer
            # does it)
            near = remit.affinity(org.roles, text) if role is not None else {}
            if (
                role is not None
                and share >= CLEAR_REMIT
                and near.get(role.name, 0.0) > near.get(named.name, 0.0)
            ):
                return role, cite_duty(role, _evidence(role, text, org), org)
        if named is not None:
            # The deck's slide says who leads; the roster's own sentence is what is cited.
            return named, cite_duty(named, _evidence(named, text, org), org)
    if kind == "gate":
        # A phase's go/no-go is the programme's to prepare, whatever the phase built or spent
        # ("G3: refit review" is not the estates lead's, nor the finance lead's)
        gatekeeper = remit.programme_lead(org.roles, org.remits)
        if gatekeeper is not None:
            return gatekeeper, cite_duty(gatekeeper, _evidence(gatekeeper, text, org), org)
    if kind == "initiative" and _TAKEN.match(text) and _AT_BODY.search(text):
        # "Report to the Programme Board in March 2028 on opening the account countywide":
        # the body is where the report goes, not what it is about (the board's chair, whose
        # remit names the board, reports to nobody); the role whose remit clearly holds what
        # it reports on makes it
        subject = _TAKEN.sub("", _AT_BODY.sub(" ", text)).strip()
        role, share = remit.by_remit(subject, layer, org.roles, org.remits)
        if role is not None and share >= CLEAR_REMIT:
            return role, cite_duty(role, _evidence(role, subject, org), org)
    function = remit.function_lead(text, org.roles, org.remits)
    if (
        function is not None
        and function.tier != "core"
        and remit.puts_to_staff(text, org.roles, org.remits)
    ):
        # Who runs employee relations is outside the programme's team: the programme puts
        # its change to the staff's bodies, with that role consulted (not whoever a word of
        # the change names, as an extended owner's repair would pick).
        runner = remit.programme_lead(org.roles, org.remits)
        if runner is not None:
            return runner, cite_duty(runner, _evidence(runner, text, org), org)
    if function is not None:
        return function, cite_duty(function, _evidence(function, text, org), org)
    if metric:
        role = remit.metric_owner(metric, org.metrics, org.roles)
        if role is not None:
            m = _owned_metric(metric, org)
            if m is not None and m.source:
                return role, _row(m.source, f"{m.name}: owner {m.owner}")
            return role, cite_duty(role, _evidence(role, text, org), org)
    owned = _owned_thing(text, org)
    if owned is not None:
        return owned
    role, share = remit.by_remit(text, layer, org.roles, org.remits)
    leader = (
        remit.pillar_lead(pillar, org.roles, org.remits)
        if pillar and share < CLEAR_REMIT and kind not in ("gate", "ask", "governance")
        else None
    )
    if leader is not None and layer != "tech_data":
        # No remit clearly holds the work, and the org names who leads its pillar.
        return leader, cite_duty(leader, _evidence(leader, f"{text} {pillar}", org), org)
    if (
        share < WEAK_REMIT
        and pillar
        and kind not in ("gate", "ask", "governance")
        and layer != "tech_data"  # technology no remit names stays with the technology lead
    ):
        # A bare label ("RAG Copilot Launch") says too little: its pillar's slides say what
        # the work is, and whose remit that is.
        wider, wide_share = remit.by_remit(f"{text} {pillar}", layer, org.roles, org.remits)
        if wider is not None and wide_share > share:
            role, share, text = wider, wide_share, f"{text} {pillar}"
    if (
        (
            kind in ("gate", "ask", "governance")
            or _DECISION.search(text)
            and layer == "governance_measurement"
        )
        and share < CLEAR_REMIT
        # "Approve the second-year budget for X at the spring steering group": a decision put to
        # a body is prepared by the programme, however well X sits in someone's remit.
        or _PUT_TO_BODY.search(text)
        and _AT_BODY.search(text) is not None
    ):
        # A decision whose subject no one remit clearly holds is prepared by the programme.
        lead_role = remit.programme_lead(org.roles, org.remits)
        if lead_role is not None:
            return lead_role, cite_duty(lead_role, _evidence(lead_role, text, org), org)
    if (
        role is not None
        and section
        and kind not in ("gate", "ask", "governance")
        and layer != "tech_data"  # as above: technology stays with the technology lead
    ):
        role, text = _by_section(role, text, section, layer, org, kind)
    if role is None:
        return None, None
    if share == 0:
        return role, None  # no remit speaks of it: the role holds it by default
    return role, cite_duty(role, _evidence(role, text, org), org)


def _reports_of(lead: Role, roles: list[Role]) -> list[Role]:
    """The posts under ``lead`` in the org's chart, at any depth ([] when it shows none)."""
    under: list[Role] = []
    names = {lead.name}
    for _ in range(6):  # (a chart is a few levels deep; a loop in it ends here)
        more = [r for r in roles if r.reports_to in names and r.name not in names]
        if not more:
            break
        under += more
        names |= {r.name for r in more}
    return under


def task_owner(
    text: str, layer: str, org: OrgContext, *, kind: CommitmentKind = "initiative"
) -> Role | None:
    """The role the planner makes Responsible for one line of the deck's plan, read alone
    (no slide, pillar or metric definition around it); evals/remits scores this."""
    return _owner(text, layer, org, kind=kind)[0]


def _by_section(
    role: Role, text: str, section: str, layer: str, org: OrgContext, kind: str
) -> tuple[Role, str]:
    """(owner, the words that place it): a bullet that meets a remit in one passing word
    ("... and partner perks") is the work its slide is about when the slide's title meets
    another role's remit in several ("CRM Loyalty Programme: Points, Levels and Friend
    Referrals" is the CRM lead's)."""
    shared = remit.shared_words(text, role, org.roles, org.remits)
    # A measure's name is all subject ("full coverage on key stations"): no word heads it.
    head = content_stems(" ".join(words(text)[:4])) if kind != "kpi" else frozenset()
    if len(shared) == 1 and shared & head:
        # One word each way ("National anime IP · cherry-blossom cup": national expansion, IP
        # crossovers): the slide the line stands on says which ("IP Crossover Calendar").
        titled = _section_role(section, role, layer, org)
        if titled is not None and remit.shared_words(text, titled, org.roles, org.remits):
            return titled, f"{text} {section}"
    if len(shared) > 1 or shared & head:
        # Several of its words, or one that says what the work is ("Disability equality
        # training", "South (scale up)").
        return role, text
    if remit.shared_words(section, role, org.roles, org.remits):
        return role, text  # the slide is about its remit too ("People, skills and safe working")
    titled = _section_role(section, role, layer, org)
    return (titled, f"{text} {section}") if titled is not None else (role, text)


def _section_role(section: str, role: Role, layer: str, org: OrgContext) -> Role | None:
    """Another role whose remit a slide's title clearly speaks of, in two words or more."""
    titled, share = remit.by_remit(section, layer, org.roles, org.remits)
    if (
        titled is None
        or titled.name == role.name
        or share < CLEAR_REMIT
        or len(remit.shared_words(section, titled, org.roles, org.remits)) < 2
    ):
        return None
    return titled


# Said of a task whose owner no sentence of the org's files supports.
PROVISIONAL = "Owner by default: no remit in the organization's files names this work; confirm it."


_APPOINT = re.compile(
    r"^(?:we\s+will\s+)?(?:appoint|recruit|hire|name|second|select|confirm)\s+(?:the|a|an|our)?\s*",
    re.I,
)
# "Programme lead appointed": the same appointment, said as a milestone.
_APPOINTED = re.compile(r"^(?:the\s+|a\s+|our\s+)?(?P<post>.{4,80}?)\s+appointed\.?$", re.I)
# "Hold the first monthly Programme Board": the programme's first sitting, which its sponsor
# calls (as in "Appoint ... and hold the first Steering Group").
_FIRST_SITTING = re.compile(
    r"^(?:we\s+will\s+)?(?:hold|convene|call|chair)\s+the\s+first\s+(?:[\w&'-]+\s+){0,4}?"
    r"(?:board|steering\s+(?:group|committee)|committee|group)\b",
    re.I,
)
# A list's number or bullet before a line ("01 Appoint the programme manager").
_ENUMERATOR = re.compile(r"^(?:\d{1,2}[.):]?|[-•·▪])\s+")


_POST = re.compile(rf"^{job_title_words('accountable', 'posts', 'occupations', 'letters')}$", re.I)


def _appointer(text: str, org: OrgContext) -> Role | None:
    """ "Appoint the RFT 2030 Programme Manager and hold the first Steering Group": the role
    appointed is the roster's, so whoever appoints it owns the task (the sponsor), never the
    appointee. So is the programme's first sitting ("Hold the first Programme Board")."""
    line = _ENUMERATOR.sub("", text.strip())
    sitting = _FIRST_SITTING.match(line)
    if sitting and not re.search(r"\band\b|;", line[sitting.end() :]):
        # (a line that goes on to other work, "... and agree the programme plan", is that work)
        return remit.executive_sponsor(org.roles)
    if (m := _APPOINT.match(line)) is not None:
        rest = line[m.end() :].casefold()
    elif (passive := _APPOINTED.match(line)) is not None:
        rest = passive.group("post").casefold()
    else:
        return None
    appointed = [r for r in org.roles if r.name.casefold() and rest.startswith(r.name.casefold())]
    if not appointed:
        # "Appoint the programme director": the roster's "Clearer Counsel Programme Director"
        # (or "Programme Director, Steady Power"), named by the words its title ends with (or
        # opens with, before a comma), when only one role's title does
        tails = [r for r in org.roles if (post := _post_words(r.name)) and rest.startswith(post)]
        appointed = tails if len(tails) == 1 else []
    if not appointed:
        return None
    sponsor = remit.executive_sponsor(org.roles)
    return None if sponsor is None or sponsor.name == appointed[0].name else sponsor


def _post_words(name: str) -> str:
    """The words of a role's title that name the post itself: "programme director" for
    "Programme Director, Steady Power" and for "Clearer Counsel Programme Director"; none for a
    title of two words or fewer (it is named whole)."""
    head = name.split(",")[0].split()
    if "," in name and len(head) >= 2 and _POST.search(head[-1]):
        return " ".join(head).casefold()
    parts = name.split()
    if len(parts) > 2 and _POST.search(parts[-1]):
        return " ".join(parts[-2:]).casefold()
    return ""


# A roster entry that says its holder is only consulted ("consulted, and holds no role in
# running the plan").
_CONSULTED = re.compile(r"\bconsulted\b|\bholds?\s+no\s+role\b", re.I)


def _roster_role(name: str, org: OrgContext, *, led: bool = False) -> Role | None:
    """A core roster role by the name a deck or a document gives it (exact, else same words).
    ``led``: the deck names it to lead the work, so an extended role counts too, by its exact
    name, never a body's consultative seat."""
    core = [r for r in org.roles if r.tier == "core"]
    exact = next((r for r in core if r.name.casefold() == name.casefold().strip()), None)
    if exact is not None or not led:
        return exact if exact is not None else _same_words(name, core)
    named = next(
        (
            r
            for r in org.roles
            if r.name.casefold() == name.casefold().strip()
            and not remit.consultative(r)
            and not _CONSULTED.search(" ".join(r.responsibilities))
        ),
        None,
    )
    return named if named is not None else _same_words(name, core)


def _same_words(name: str, core: list[Role]) -> Role | None:
    want = content_stems(name)
    same = [r for r in core if want and content_stems(r.name) == want]
    if not same and re.fullmatch(r"[A-Z]{2,5}", name.strip()):
        # a deck's "(COO)" for the roster's Chief Operating Officer: its initials, one role's
        same = [r for r in core if _initials(r.name) == name.strip()]
    return same[0] if len(same) == 1 else None


def _initials(name: str) -> str:
    return "".join(
        w[0].upper() for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in _NOT_INITIALLED
    )


_NOT_INITIALLED = frozenset({"of", "and", "the", "for"})


def _owned_thing(text: str, org: OrgContext) -> tuple[Role, ContextRefDraft | None] | None:
    """A system or metric the work names, whose owner the org's own inventory names."""
    lowered = f" {text.lower()} "
    for _at, system in _systems_named(text, org, shortest=4):
        if system.owner:
            role = _roster_role(system.owner, org)
            if role is not None:
                return role, _row(system.source, f"{system.name}: owner {system.owner}")
    # The deck names the kind of system ("MES-based downtime capture"), the inventory the
    # product ("AVEVA MES"): an acronym of one system's name, and of no other, is that system.
    acronyms: dict[str, list[System]] = {}
    for system in org.systems:
        for token in set(re.findall(r"\b[A-Z]{3,6}\b", system.name)):
            acronyms.setdefault(token, []).append(system)
    for token, found in sorted(acronyms.items()):
        if len(found) == 1 and found[0].owner and re.search(rf"(?<![\w]){token}(?![\w])", text):
            role = _roster_role(found[0].owner, org)
            if role is not None:
                return role, _row(found[0].source, f"{found[0].name}: owner {found[0].owner}")
    for m in org.metrics:
        if m.owner and len(m.name) >= 6 and m.name.lower() in lowered:
            role = _roster_role(m.owner, org)
            if role is not None:
                return role, _row(m.source, f"{m.name}: owner {m.owner}")
    return None


def _systems_named(text: str, org: OrgContext, *, shortest: int) -> list[tuple[int, System]]:
    """The inventory's systems with an owner that a text names by their whole name (at least
    ``shortest`` letters), each with where it stands, in the inventory's order."""
    lowered = text.lower()
    return [
        (found.start(), system)
        for system in org.systems
        if system.owner
        and len(system.name) >= shortest
        and (found := re.search(rf"(?<![\w]){re.escape(system.name.lower())}(?![\w])", lowered))
    ]


def _owned_metric(metric: str, org: OrgContext) -> Metric | None:
    """The org's definition of this measure that names its owner."""
    return closest_measure(metric, (m for m in org.metrics if m.owner))


def defined_measure(metric: str, org: OrgContext) -> Metric | None:
    """The org's own definition of this measure, if its metric definitions hold one."""
    return closest_measure(metric, org.metrics)


def data_source(metric: str, org: OrgContext) -> str:
    """Where the org's definition says the measure's figure comes from (its first clause:
    "BaitLog; quarterly." -> "BaitLog"), as it says it."""
    defined = defined_measure(metric, org)
    said = defined.data_source if defined is not None else ""
    return shorten(said.split(";")[0].strip(" ."), 60)


def source_owner(metric: str, org: OrgContext) -> tuple[Role, ContextRefDraft | None] | None:
    """Who keeps the data a measure is counted from: the owner the org's inventory names for
    the first of its systems the measure's definition names as its source. A system owned in
    parts ("Maintenance Manager (work orders); Stores Manager (stores)") is
    owned, for "WorkHub stores", by the part the source names."""
    said = data_source(metric, org)
    if not said:
        return None
    named = sorted(_systems_named(said, org, shortest=3), key=lambda hit: hit[0])
    if not named:
        return None
    system = named[0][1]
    assert system.owner is not None
    rest = content_stems(said.lower().replace(system.name.lower(), " "))
    parts = [p.strip() for p in system.owner.split(";") if p.strip()]
    scoped = [
        (len(rest & content_stems(q.group(1))), p)
        for p in parts
        if (q := re.search(r"\(([^)]*)\)", p))
    ]
    best = max(scoped, key=lambda sp: sp[0], default=(0, parts[0]))
    part = best[1] if best[0] > 0 else parts[0]
    role = _roster_role(re.sub(r"\s*\([^)]*\)", "", part).strip(), org)
    if role is None:
        return None
    return role, _row(system.source, f"{system.name}: owner {system.owner}")


def _row(doc: str, says: str) -> ContextRefDraft | None:
    """A row of an inventory or a metric table, cited by its own file."""
    return ContextRefDraft(doc=doc, chunk=None, quote=says) if doc else None


def _evidence(role: Role, text: str, org: OrgContext) -> str | None:
    """The sentence in the org's files that best shows why this role owns the work."""
    candidates = [*role.responsibilities, *org.remits.get(role.name, [])]
    if not candidates:
        return None
    want, subject = content_stems(text), remit.subject_stems(text)
    return max(
        candidates,
        key=lambda s: (len(want & content_stems(s)), len(subject & remit.subject_stems(s))),
    )


def definition_ref(metric: str, org: OrgContext) -> list[ContextRefDraft]:
    """The org's own definition of the measure, where its metric definitions hold one: the
    passage that says what the KPI task is about, beside the owner's roster entry."""
    defined = closest_measure(metric, (m for m in org.metrics if m.source))
    if defined is None:
        return []
    quote = f"{defined.name}: {defined.definition}" if defined.definition else defined.name
    return [ContextRefDraft(doc=defined.source, chunk=None, quote=shorten(quote, 220))]


def naming_duty(role: Role, text: str, org: OrgContext) -> ContextRefDraft | None:
    """The role's duty that names the work's own words, cited where the org states it; None
    when no duty of the role shares a word with the work."""
    said = _evidence(role, text, org)
    if said and content_stems(said) & content_stems(text):
        return cite_duty(role, said, org)
    return None


def cite_duty(role: Role, quote: str | None, org: OrgContext) -> ContextRefDraft | None:
    """The passage that shows a role's remit, cited by the file it was read from: a roster
    duty by the roster, a charter's sentence by the charter."""
    if not quote:
        return None
    doc = org.remit_sources.get(quote) if quote not in role.responsibilities else None
    doc = doc or role.source
    if not doc or doc in ("deck", "method"):
        return None  # a role the deck names (or one still to be named) is cited by the task's slide
    return ContextRefDraft(doc=doc, chunk=None, quote=shorten(quote, 220))


def commitment_tasks(
    plan: DeckPlan, visions: list[Vision], scenarios: list[Scenario], org: OrgContext
) -> list[TaskDraft]:
    """One task per commitment the deck makes, plus one per KPI it sets, in its words."""
    umbrella = umbrella_visions(visions)
    goals = pillar_goals(plan, visions)
    systems = system_words(org)
    tasks: list[TaskDraft] = []
    seen: dict[str, str] = {}  # each key -> the title it was given for
    pillar_of: dict[str, str] = {}  # task key -> its pillar
    own_dated: set[str] = set()  # keys of work dated by its own words, not by a timeline
    delegated = _delegated(plan, org)
    stages = _decided_stages(plan, org, delegated)
    sponsor = _sponsor(org, plan)
    decide = remit.deciders(org.roles)
    for c in plan.commitments:
        # A title cut short ("... into the training…") is said in full by the text; its cut
        # last word would read as a word of its own.
        short = c.title.rstrip("…").rstrip()
        body = c.text if c.text and short and c.text.startswith(short) else f"{c.title} {c.text}"
        if c.kind == "phase_item" and c.phase and bare_bar(c.text, c.phase):
            # a bar of two words ("Owner-built validation" in "Wave 1") is read with the phase
            # it sits in, which its title leaves to the task's "When"
            body = f"{c.title}: {c.phase} {c.text}"
        layer = _LAYER_OF_KIND.get(c.kind) or classify_layer(body)
        pillar = _pillar_of(c, plan)
        owner, why = _owner(
            body,
            layer,
            org,
            kind=c.kind,
            lead=c.lead,
            lead_shared=c.lead_shared,
            pillar=_pillar_line(pillar, plan),
            section=c.section,
        )
        if owner is None:
            continue
        where_on = f"deck_{c.kind}_{c.source.slide or c.source.page or 0}"
        key, longer = f"{where_on}_{slug(c.title, 32)}", slug(c.title, 64)
        if key in seen and seen[key] != longer:
            # "Adult social care financial assessment: Alpha", then "...: Private beta": one
            # slide's two pieces of work that open alike keep their own keys
            key = f"{where_on}_{longer}"
        if key in seen:
            continue
        seen[key] = longer
        if pillar:
            pillar_of[key] = pillar
        if c.own_date:
            own_dated.add(key)
        section = f"the deck's {c.section}" if c.section else "the deck"
        window = f", {c.window}" if c.window else ""
        led = f" The deck names {c.lead} to lead it." if c.lead else ""
        description = (
            f"{c.text.rstrip('.')}. (From {section}, {where(c.source)}{window}.){led}"
            if c.text and c.text != c.title
            else f"{c.title.rstrip('.')}. (From {section}, {where(c.source)}{window}.){led}"
        )
        if (risk := _answered_risk(c)) is not None:
            description += f" (Against the risk: {risk}.)"
            # the owner's duty that names the answer's work is the one to cite, where one does
            if why is not None:
                why = naming_duty(owner, c.text, org) or why
        # A decision the deck puts to its governance (a gate, an ask, a go/no-go or review in the
        # plan) is the chair's to be Accountable for.
        decision = (
            c.kind in ("gate", "ask")
            or bool(_GO_NO_GO.search(body))
            or bool(
                _DECISION.search(body)
                and (c.kind == "governance" or layer == "governance_measurement")
            )
            # A meeting of the deck's cadence that reviews progress answers to the chair.
            or (c.kind == "governance" and bool(re.search(r"\breview", body, re.I)))
            # ... as does a review point a roadmap marks beside its gates ("Pilot review",
            # "Ashdene Vale pilot review")
            or bool(_REVIEW_POINT.fullmatch(c.title.strip()))
            or len(words(c.text)) <= 6
            and bool(_REVIEW_POINT.search(c.text))
        )
        chair = _chair(org, plan) if decision else None
        if decision and c.kind == "governance" and (own := _own_chair(c, org)) is not None:
            chair = own  # "Clinical Safety Group: chaired by the Clinical Director; signs off ..."
        if c.kind == "ask":
            # The board's asks come to it through the sponsor the deck names, who may not chair
            # the body that takes the gates ("Sponsor: the Chief Executive, who answers to the
            # Board"; the Operations Board is the COO's).
            chair = sponsor or chair
            # ... unless a role's own duty takes that decision ("Chairs the Investment
            # Committee, which releases capital wave by wave" for "Release £20.2m of capital")
            # (an executive's: an outside body's chair the roster lists answers for no ask)
            taken = decide(body)
            if taken is not None and remit.seniority(taken) >= 3:
                chair = taken.name
        if not decision and c.kind not in ("governance", "ask", "risk"):
            # "Blue Badge applications: Public beta" when the board takes "the go/no-go
            # decision for each public beta": whoever takes that decision signs it off
            chair = next((who for what, who in stages if what.search(c.title)), None)
        if not decision and c.kind not in ("governance", "ask"):
            # "... and reset KR4.1 at CP1": a choice left to a gate is the gate's decider's
            chair = chair or _gate_decider(body, plan, org, delegated, _CHOSEN_AT_GATE)
        gate = _GATE_CODE.match(c.title)
        if decision and gate and (held := delegated.get(gate.group(1))) is not None:
            chair = held  # "Delegate Gate 2, go/no-go for the whole ground, to the Chief Executive"
        if chair and owner.name == chair:
            # The chair decides; the programme (or the next remit) prepares the decision.
            prepare = remit.programme_lead(org.roles, org.remits)
            if prepare is None or prepare.name == chair:
                prepare, _share = remit.by_remit(
                    body, layer, org.roles, org.remits, exclude=(chair,)
                )
            if prepare is not None:
                owner, why = prepare, cite_duty(prepare, _evidence(prepare, body, org), org)
        # Whoever else's remit clearly covers the work is consulted, with the sentence that
        # says so: the custodian of the data it changes, the officer who signs such work off.
        advise = remit.advisers(
            body, org.roles, org.remits, exclude=(owner.name, chair or ""), decided=c.kind == "ask"
        )
        if not why:
            # Nothing in the org's files names this work: the owner is a default, said so, and
            # the task traces to its slide; the owner's other duties would not ground it.
            description += f" {PROVISIONAL}"
        refs = [why] if why else []
        for role in advise:
            ref = cite_duty(role, _evidence(role, body, org), org)
            if ref is not None and ref not in refs:
                refs.append(ref)
        title = _title(c)
        said = f"{title} {c.text}".lower()
        if (
            c.pilot
            and plan.pilot
            and not all(p.lower() in said for p in [plan.pilot.name, *plan.pilot.places])
        ):
            title = f"{title} ({plan.pilot.where})"  # the pilot task names where the pilot runs
        tasks.append(
            TaskDraft(
                key=key,
                title=title,
                description=description,
                layer=layer,  # type: ignore[arg-type]
                owner_role=owner.name,
                horizon=Horizon.foundational,  # set from the phase by the roadmap
                done_when=_done_when(c, plan),
                context_refs=refs,
                consulted=[r.name for r in advise],
                scenario_ids=_link_scenarios(body, scenarios),
                pilot=c.pilot or c.kind == "pilot",
                origin="deck",
                source=c.source,
                quote=c.text or c.title,
                phase=c.phase,
                weeks=[c.start_week, c.end_week]
                if c.start_week is not None and c.end_week is not None
                else None,
                vision_ids=_link_visions(
                    body, c.source, visions, umbrella, goals.get(c.pillar or "", []), systems
                ),
                accountable=chair,
            )
        )
    _serve_every_goal(tasks, visions)
    _phase_by_timeline(tasks, plan, pillar_of, own_dated)
    tasks += kpi_tasks(plan, visions, org, umbrella)
    _sequence(tasks, plan)
    return tasks


# "Gate 2: ...", "G1 · ...": the gate a decision's title names first
_GATE_CODE = re.compile(rf"^{GATE_NUMBER}\b", re.I)
# "Delegate Gate 2, go/no-go for the whole ground, to the Chief Executive"
_DELEGATE = re.compile(r"^delegate\s+(?P<what>.+?)\s+to\s+(?:the\s+)?(?P<who>[^;.,]+)", re.I)


def _delegated(plan: DeckPlan, org: OrgContext) -> dict[str, str]:
    """Gate number, or a stage put to a go/no-go each time it comes ("public beta") -> the
    roster role the board's asks delegate it to ("Delegate Gate 2 ... to the Chief Executive",
    "Delegate the go/no-go decision for each public beta to the Director of Resources"): that
    role is Accountable for it. One delegated to a body ("to the programme board") stays with
    the chair."""
    out: dict[str, str] = {}
    for c in plan.commitments:
        m = _DELEGATE.match(c.text) if c.kind == "ask" else None
        role = org.role(m.group("who").strip()) if m else None
        if m is None or role is None or role.tier != "core":
            continue
        for number in re.findall(r"\b(?:gates?\s?|g)(\d{1,2})\b", m.group("what"), re.I):
            out[number] = role.name
        for stage in _EACH_DECISION.finditer(m.group("what")):
            out[stage.group("what").casefold()] = role.name
    return out


# "The Programme Board takes the go/no-go decision for each public beta on the panel's report"
_EACH_DECISION = re.compile(
    r"\b(?:go\s*/\s*no[- ]?go|go-no-go)\s+decisions?\s+(?:for|on|over|about)\s+(?:each|every|any)\s+"
    r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
    r"(?=\s+(?:on|to|at|by|in|before|after|from|with|and)\b|\s*[.,;:()]|$)",
    re.I,
)


def _decided_stages(
    plan: DeckPlan, org: OrgContext, delegated: dict[str, str]
) -> list[tuple[re.Pattern[str], str]]:
    """Work the deck puts to a go/no-go each time it comes ("the go/no-go decision for each
    public beta"), and who takes it: the role the asks delegate it to, else the chair."""
    chair = _chair(org, plan)
    out: dict[str, str] = {}
    for c in [*plan.governance, *plan.commitments]:
        for m in _EACH_DECISION.finditer(c.text or c.title):
            what = m.group("what").casefold()
            if (who := delegated.get(what) or chair) is not None:
                out[what] = who
    return [(re.compile(rf"\b{re.escape(what)}\b", re.I), who) for what, who in out.items()]


def _pillar_line(pillar: str | None, plan: DeckPlan) -> str | None:
    """A pillar's name and the line the deck describes it with: what its work is about."""
    if not pillar:
        return None
    return f"{pillar} {plan.pillar_details.get(pillar, '')}".strip()


def _pillar_of(c: Commitment, plan: DeckPlan) -> str | None:
    """The pillar a commitment belongs to: its slide's, else the one whose slides hold most of
    its distinctive words (a timeline's "RAG Copilot Launch" is the copilot pillar's)."""
    if c.pillar:
        return c.pillar
    if c.kind not in ("phase_item", "milestone", "stage"):
        return None  # a risk or a governance line is the programme's, not one pillar's
    if pattern("bodies").search(f"{c.title} {c.text}"):
        return None  # "Board approves the proposal, PMO stood up": the programme's milestone
    names = [p for p in plan.pillars if plan.pillar_text.get(p)]
    if len(names) < 2:
        return None
    docs = [content_stems(f"{p} {plan.pillar_text[p]}") for p in names]
    scored = rare_overlap(f"{c.title} {c.text}", docs)
    best = max(range(len(names)), key=lambda i: scored[i][1])
    share, mass = scored[best]
    runner_up = max((m for i, (_s, m) in enumerate(scored) if i != best), default=0.0)
    own = content_stems(f"{c.title} {c.text}")
    # Two of the pillar's words, or one of its name's ("Copilot Full Rollout").
    named = own & content_stems(names[best]) - set().union(
        *(content_stems(n) for n in names if n != names[best])
    )
    if share < 0.5 or mass < 1.5 * runner_up:
        return None
    return names[best] if named or len(own & docs[best]) >= 2 else None


def _phase_by_timeline(
    tasks: list[TaskDraft], plan: DeckPlan, pillar_of: dict[str, str], own_dated: set[str]
) -> None:
    """Work a pillar slide describes starts when the deck's timeline does that work: in the
    phase of the timeline item that names it ("Deploy area-scan cameras" with "Vision
    Inspection Hardware", Phase 2), else in the first phase the timeline gives its pillar.
    Undated work was put in the first phase, so a three-year deck started everything on
    Monday. Work dated by its own words ("Overhaul all 16 units by December 2030") is no
    timeline item: a pillar's other work ("Keep a float of spare engines") keeps its start."""
    names = [p.name for p in plan.phases]
    if len(names) < 2:
        return
    # Work the deck dates by its year label ("2026 · Accelerated Expansion") is an outcome of
    # its year, not a timeline item other work takes its phase from.
    dated = [
        t
        for t in tasks
        if t.phase in names
        and t.origin == "deck"
        and not YEAR_LABEL.match(t.title)
        and t.key not in own_dated
    ]
    if not dated:
        return
    first: dict[str, int] = {}
    for t in dated:
        pillar = pillar_of.get(t.key)
        if pillar:
            first[pillar] = min(first.get(pillar, len(names)), names.index(t.phase or ""))
    docs = [remit.subject_stems(f"{t.title} {t.quote or ''}") for t in dated]
    for t in tasks:
        if t.phase or t.weeks or t.key.startswith(("deck_risk_", "deck_governance_", "deck_ask_")):
            continue
        own = remit.subject_stems(f"{t.title} {t.quote or ''}")
        pillar = pillar_of.get(t.key)
        scored = rare_overlap(own, docs)
        # Work of a pillar is named only by an item of the same pillar, or of none ("Forecasting
        # Model Dev" names no pillar's words twice, but is the forecasting module's work).
        same = [
            i for i, d in enumerate(dated) if not pillar or pillar_of.get(d.key) in (pillar, None)
        ]
        best = max(same, key=lambda i: (scored[i][1], -i), default=None)
        if best is not None and scored[best][0] >= 0.5 and len(own & docs[best]) >= 2:
            t.phase = dated[best].phase
        elif pillar in first:
            t.phase = names[first[pillar]]


def _serve_every_goal(tasks: list[TaskDraft], visions: list[Vision]) -> None:
    """A measured goal the deck's work in some layer speaks of, but was not linked to (it sits
    in a KPI table, the work on a pillar slide), is served by that layer's work that holds
    most of its subject: "mis-sorts per 10,000 parcels" by the sorting work. At most two tasks
    per layer; the deck's own links stay as they are."""
    work = [t for t in tasks if t.origin == "deck"]
    if not work or not visions:
        return
    docs = [remit.subject_stems(f"{t.title} {t.quote or ''}") for t in work]
    for vision in visions:
        if not re.search(r"\d", vision.text):
            continue  # an unmeasured statement is served by its own slide's work
        subject = remit.subject_stems(measure_subject(vision.original_text or vision.text))
        have = {t.layer for t in work if vision.id in t.vision_ids}
        scored = rare_overlap(subject, docs)
        best: dict[str, list[tuple[float, int]]] = {}
        for i, (t, (share, _mass)) in enumerate(zip(work, scored, strict=True)):
            if t.layer in have or share < 0.5 or len(subject & docs[i]) < 2:
                continue
            best.setdefault(t.layer, []).append((-share, i))
        for picks in best.values():
            for _share, i in sorted(picks)[:2]:
                work[i].vision_ids.append(vision.id)


# "Mitigate: ...", "Mitigate the risk: ...", "Mitigate ...": a risk reader's title
_MITIGATE = re.compile(r"^mitigate(?:\s+the\s+risk)?\s*:?\s+", re.I)


def _answered_risk(c: Commitment) -> str | None:
    """The risk a mitigation the deck words as work answers ("Keep a second supplier approved"
    against "Units arrive late from one supplier"): the task is that work, the risk its reason."""
    if c.kind != "risk" or not c.text or not opens_with_work(c.text):
        return None
    named = _MITIGATE.match(c.title)
    return c.title[named.end() :].rstrip("…").strip() if named else None


# What a gate's label says after its name when it says only when ("Gate 1: Dec 2029",
# "Gate 3: MW46 of 2029/30", "G2 · end Q4 2029") or only that criteria follow ("Passed when:",
# "Rehearsal passed · when all four are true:"): the deck's words name no decision.
_WHEN_ONLY = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|q[1-4]|h[12]|fy\s?\d+|"
    r"(?:ry|mw|wk|week|month|year|c|m)\s?[-+]?\d+|\d[\d/.,–-]*|end|start|close\s+of|by|of|in|at|the|"
    r"[-–—·,/()])(?:\s+|$|(?=[-–—·,/()]))",
    re.I,
)
_CRITERIA_FOLLOW = re.compile(
    r"(?:^|\s*[·,;–—-]\s*|\s+)(?:(?:passed|met|done|complete)\s+)?(?:when|if)\b[^:]{0,40}:\s*$"
    r"|\s*[·:]\s*$",
    re.I,
)


# A gate's label that names its decision: go or no-go, a review, a release, readiness, a close.
_DECIDES = re.compile(
    r"\bgo\b|\bno-go\b|\bgo-ahead\b|\bdecid|\bdecision|\breview|\bverdict|\bsign(?:ed)?[- ]?off|"
    r"\bapprov|\brelease|\bfund|\bready\b|\breadiness|\bclos(?:e|es|ed|ure|ing)\b|\bclose-out|"
    r"\bhand(?:ed|s)?[- ]?over|\bhandover|\bproceed|\bscale\s+or\b|\?",
    re.I,
)
_GATE_HEAD = re.compile(
    r"^(?:gate\s?[a-z0-9]{1,2}|g\d{1,2}|(?:cp|dg|dp)\d{1,2}|checkpoint\s?\d{1,2})\b", re.I
)


def _when_only(text: str) -> bool:
    rest = text.strip()
    while rest:
        m = _WHEN_ONLY.match(rest)
        if m is None or not m.group(0):
            return False
        rest = rest[m.end() :].lstrip()
    return True


def _gate_title(c: Commitment, title: str) -> str:
    """A gate titled as the decision it is, signed off against its pass marks (as its done-when
    says): "Gate 1 sign-off on Phase 1 · Secure the basics (Dec 2029)" where the deck's label
    says only when, "Gate 2 sign-off: All five laboratories on Strata" where it says only the
    pass mark, less any trailing "when all four are true:". A label naming its decision
    ("go/no-go for roll-out", "ready to pilot?") stays as the deck says it. (Not "go/no-go":
    a closing gate decides no next phase, and the deck may keep that word for one gate.)"""
    head, sep, rest = title.partition(":")
    if not sep or not _GATE_HEAD.match(head.strip()):
        return title
    rest = _CRITERIA_FOLLOW.sub("", rest).strip()
    if rest and _DECIDES.search(rest):
        return f"{head.strip()}: {rest}"
    if rest and not _when_only(rest):
        # ("Gate 2: All five laboratories on Strata" is the pass mark; the work is the sign-off)
        return f"{head.strip()} sign-off: {rest}"
    phase = f" on {c.phase}" if c.phase else ""
    when = f" ({rest})" if rest and rest not in phase else ""  # ("Stabilise (M1-M6 29/30)")
    return f"{head.strip()} sign-off{phase}{when}"


def _title(c: Commitment) -> str:
    if _answered_risk(c) is not None:
        return shorten(c.text, 110)  # what the deck will do, in its words
    title = c.title.strip()
    short = title.rstrip("…").rstrip()
    if c.kind == "gate":
        title = _gate_title(c, title)
    if c.kind == "gate" and c.criteria:
        return shorten(title, 110)  # "Gate 1: At the October break"; its pass marks follow
    if c.text and c.text.startswith(short):
        return shorten(c.text, 110)  # the title was the text cut short: say it once
    if c.kind in ("milestone", "stage") and c.text and c.text != c.title:
        return shorten(f"{title}: {c.text}", 110)
    return shorten(title, 110)


_SPONSOR_CUE = re.compile(r"\bsponsor|\bsenior\s+responsible\s+owner\b|\bSRO\b", re.I)
# Where a "Sponsor:" label's name ends: "Sponsor: Daniel Asante, Chief Executive, who chairs ..."
_NAME_ENDS = re.compile(r",?\s+who\b|[:;]|\.(?:\s|$)", re.I)


def _sponsor(org: OrgContext, plan: DeckPlan) -> str | None:
    """The core roster role the deck's governance names as the plan's sponsor: the role after a
    "Sponsor:" label, up to where the name ends ("Sponsor: Daniel Asante, Chief Executive, who
    ..."), else the last role named before the word in its clause ("The Director of Resources
    is senior responsible owner", "chaired by the Director General as SRO"). A sponsor named
    by initials only ("Sponsor: the CEO") is no roster role: the chair stands."""
    core = [r for r in org.roles if r.tier == "core"]

    def named(span: str) -> list[tuple[int, int, str]]:
        return [
            (m.start(), len(r.name), r.name)
            for r in core
            if (m := re.search(rf"(?<!\w){re.escape(r.name)}(?!\w)", span, re.I)) is not None
        ]

    for c in plan.governance:
        for sentence in re.split(r"(?<=[.;])\s+", c.text):
            cue = _SPONSOR_CUE.search(sentence)
            if cue is None:
                continue
            label = re.match(r"^\W*(?:executive\s+)?sponsor\s*[:·-]\s*", sentence, re.I)
            if label:
                rest = sentence[label.end() :]
                end = _NAME_ENDS.search(rest)
                found = named(rest[: end.start()] if end else rest)
                if found:
                    return min(found, key=lambda f: (f[0], -f[1]))[2]
                continue
            before = re.split(r"[:;]\s+", sentence[: cue.start()])[-1]
            found = named(before)
            if found:
                return max(found, key=lambda f: (f[0] + f[1], f[1]))[2]
    return None


_CHAIRED_BY = re.compile(rf"{CHAIRED_BY}\s+(?:the\s+)?(?P<who>[^;,.(]+)", re.I)


def _own_chair(c: Commitment, org: OrgContext) -> str | None:
    """The core roster role a body's own line says chairs it, for the decision that line gives
    the body."""
    m = _CHAIRED_BY.search(c.line or c.text)
    role = _roster_role(m.group("who").strip(), org) if m else None
    return role.name if role is not None else None


def _chair(org: OrgContext, plan: DeckPlan) -> str | None:
    role = remit.decision_maker(org.roles, org.remits, named=plan.decider)
    return role.name if role else None


def kpi_tasks(
    plan: DeckPlan, visions: list[Vision], org: OrgContext, umbrella: list[str]
) -> list[TaskDraft]:
    """Every KPI the deck sets gets an owner who baselines it and reports it. A target the
    deck leaves to a gate ("to be agreed at Gate 1") is that gate's decision: whoever takes
    the gate signs the task off."""
    out: list[TaskDraft] = []
    delegated = _delegated(plan, org)
    for kpi in plan.kpis:
        vids = [v.id for v in visions if _same_kpi(kpi, v)]
        if not vids:
            continue
        owner, why = _owner(
            kpi.metric,
            "governance_measurement",
            org,
            kind="kpi",
            metric=kpi.metric,
            lead=kpi.lead,
            section=kpi.section,
        )
        if owner is None:
            continue
        provisional = why is None  # a default owner: the task traces to its slide alone
        advise, advice = _kpi_advisers(kpi.metric, owner, org)
        baseline = kpi.baseline or _org_baseline(kpi.metric, org)
        if baseline and _NO_FIGURE.search(baseline) and not re.search(r"\d", baseline):
            baseline = None  # "n/a (new)", "not started": nothing measured yet
        frm = f" from {baseline}" if baseline else ""
        # ("RMB 156M (2029)" says its own year: not "... (2029) by 2029")
        by = f" by {kpi.by}" if kpi.by and kpi.by.lower() not in kpi.target.lower() else ""
        cadence = "quarterly" if not plan.bodies else f"at each {plan.bodies[0]} review"
        # "Own and report QC coverage: target 100% by 2029" when nothing is measured yet; "to
        # 100%" with no "from" reads as a fragment
        title = (
            f"Own and report {kpi.metric}: {frm.strip()} to {kpi.target}{by}"
            if frm
            else f"Own and report {kpi.metric}: target {kpi.target}{by}"
        )
        sets = f"{kpi.metric}{frm} to {kpi.target}{by}"
        if _A_CHANGE.search(kpi.target) or _CHANGE_NAMED.search(kpi.metric):
            # "61% fewer", "headcount reduction: 40%": a change, not a level to reach
            title = f"Own and report {kpi.metric}{frm}: {kpi.target}{by}"
            sets = f"{kpi.metric}{frm} {kpi.target}{by}"
        if baseline and not kpi.baseline and not _same_unit(baseline, kpi.target):
            # The deck's "27%" is a change; the org's "RMB 142K a month" a level: not "from
            # RMB 142K a month to 27%".
            title = (
                f"Own and report {kpi.metric}: {kpi.target}{by}, against a baseline of {baseline}"
            )
            sets = f"{kpi.metric} at {kpi.target}{by}; the organization's baseline is {baseline}"
        out.append(
            TaskDraft(
                key=f"deck_kpi_{slug(kpi.metric, 40)}",
                title=title,
                description=(
                    f"The deck sets {sets} ({where(kpi.source)}). "
                    "Confirm the definition and data source, publish the baseline, and report progress."
                    + (f" {PROVISIONAL}" if provisional else "")
                ),
                layer="governance_measurement",  # type: ignore[arg-type]
                owner_role=owner.name,
                horizon=Horizon.foundational,
                done_when=(
                    f"{kpi.metric} has a published baseline{frm} and is reported {cadence} against the target of {kpi.target}{by}."
                ),
                context_refs=[
                    *definition_ref(kpi.metric, org),
                    *([why] if why else []),
                    *(r for r in advice if r != why),
                ],
                consulted=advise,
                origin="deck",
                source=kpi.source,
                quote=f"{kpi.metric}: {kpi.baseline + ' → ' if kpi.baseline else ''}{kpi.target}",
                origin_note=None
                if kpi.baseline or not baseline
                else "The baseline comes from the organization's metric definitions.",
                vision_ids=vids,
                accountable=_gate_decider(f"{kpi.target} {kpi.by or ''}", plan, org, delegated),
            )
        )
    return out


# a gate by its number, or a checkpoint by the deck's abbreviation ("CP1")
_GATE_REF = r"(?:the\s+)?(?:gate\s?|g|checkpoint\s?|cp\s?)(\d{1,2})\b"
# "target to be agreed at Gate 1", "set at G2": a target the deck leaves to a gate
_SET_AT_GATE = re.compile(
    rf"\b(?:set|agreed|confirmed|decided|fixed)\s+(?:at|by)\s+{_GATE_REF}", re.I
)
# "reset KR4.1 at CP1", "agree the second wave's sites at Gate 2": a choice made at a gate
_CHOSEN_AT_GATE = re.compile(
    rf"\b(?:re)?(?:set|agree|confirm|decide|choose|fix|approve)\w*\b(?:[^.;:]|\.(?=\d)){{0,40}}?\bat\s+{_GATE_REF}",
    re.I,
)


def _gate_decider(
    said: str,
    plan: DeckPlan,
    org: OrgContext,
    delegated: dict[str, str],
    pattern: re.Pattern[str] = _SET_AT_GATE,
) -> str | None:
    """Who takes the gate a target or a choice is left to: the role the asks delegate it to,
    else the chair who takes the deck's decisions; None when the deck settles it itself."""
    at = pattern.search(said)
    if at is None:
        return None
    return delegated.get(at.group(1)) or _chair(org, plan)


def _kpi_advisers(
    metric: str, owner: Role, org: OrgContext
) -> tuple[list[str], list[ContextRefDraft]]:
    """Who is consulted on a KPI, with the passage that says why: the owner the org's metric
    definitions name when that role is outside the programme's core (the HR director for a
    hiring rate), and whoever else's remit clearly holds the measure (the finance director's
    "ROI model" for an ROI target)."""
    names: list[str] = []
    refs: list[ContextRefDraft] = []
    named = _owned_metric(metric, org)
    if named is not None and named.owner:
        role = org.role(named.owner)
        if role is not None and role.name != owner.name:
            names.append(role.name)
            ref = _row(named.source, f"{named.name}: owner {named.owner}")
            if ref is not None:
                refs.append(ref)
    for role in remit.advisers(metric, org.roles, org.remits, exclude=(owner.name, *names)):
        names.append(role.name)
        ref = cite_duty(role, _evidence(role, metric, org), org)
        if ref is not None and ref not in refs:
            refs.append(ref)
    return names[:2], refs


_NO_FIGURE = re.compile(
    r"\b(?:n/?a|none|new|tbd|tbc|unknown|not (?:yet )?(?:started|measured|known|tracked))\b", re.I
)


def _same_unit(baseline: str, target: str) -> bool:
    """Both figures are percentages, or neither is: one can run from the other to the other."""
    return ("%" in baseline) == ("%" in target)


def _org_baseline(metric: str, org: OrgContext) -> str | None:
    """The baseline the org's own metric definitions give, when the deck gives none."""
    closest = closest_measure(metric, (m for m in org.metrics if m.baseline))
    return closest.baseline if closest is not None else None


def _same_kpi(kpi: Kpi, vision: Vision) -> bool:
    text = vision.original_text or vision.text
    head = re.split(r"\s+(?:from|to|by)\s+|:", text, maxsplit=1)[0]
    return same_measure(kpi.metric, head) or same_measure(kpi.metric, text) and len(text) < 90


def _sequence(tasks: list[TaskDraft], plan: DeckPlan) -> None:
    """Dependencies the deck implies: a phase's gate waits for its work; the next phase's work
    waits for the gate."""
    by_phase: dict[str, list[TaskDraft]] = {}
    for t in tasks:
        if t.phase:
            by_phase.setdefault(t.phase, []).append(t)
    names = [p.name for p in plan.phases]
    gates = {t.phase: t for t in tasks if t.key.startswith("deck_gate_")}
    for i, name in enumerate(names):
        gate = gates.get(name)
        work = [t for t in by_phase.get(name, []) if t is not gate]
        if gate is not None:
            ends = [
                t for t in work if t.weeks and gate.weeks and t.weeks[1] <= gate.weeks[0] + 0.01
            ]
            gate.depends_on = sorted({t.key for t in ends})
        if i + 1 < len(names) and gate is not None:
            for t in by_phase.get(names[i + 1], []):
                if t.key != gate.key and (
                    not t.weeks or not gate.weeks or t.weeks[0] >= gate.weeks[1] - 0.01
                ):
                    t.depends_on = sorted({*t.depends_on, gate.key})


def deck_roles(plan: DeckPlan) -> list[Role]:
    """When the org's context cannot be used, the bodies and teams the deck itself names are the
    roles (core tier, cited to the deck, with what the deck says they lead as their remit), so
    the plan can still be owned."""
    names: list[str] = []
    # The leads the deck names; its governance bodies only when it names no one.
    for body in plan.leads or plan.bodies:
        if body.lower() not in (n.lower() for n in names):
            names.append(body)
    # What the deck says each one leads or decides is their remit.
    roles = [
        Role(
            name=name.title() if name.islower() else name,
            tier="core",
            source="deck",
            responsibilities=list(dict.fromkeys(plan.lead_remits.get(name, []))),
        )
        for name in names
    ]
    return roles or _unnamed_leads()


def _unnamed_leads() -> list[Role]:
    """A deck that names no one, planned without its org's context: one lead per layer of the
    method and a sponsor, each to be named, so that the plan can still be owned and says so."""
    return [
        Role(name=name, tier="core", source="method", responsibilities=[remit])
        for name, remit in (
            ("Executive sponsor (to be named)", "Sponsors the programme and decides its gates"),
            ("Programme lead (to be named)", "Runs the programme, its plan and its gate papers"),
            (
                "Experience lead (to be named)",
                "Leads what the people the strategy serves see and do",
            ),
            ("Operations lead (to be named)", "Leads processes, people, training and sites"),
            ("Technology and data lead (to be named)", "Leads systems, data and integrations"),
            ("Measurement lead (to be named)", "Leads baselines, targets and reporting"),
        )
    ]


def planning_for(state: PlanState, vision_id: str) -> PlanningContext:
    """What a decompose branch (or repair) needs to fill only what the deck's own plan leaves out."""
    deck_tasks = state.get("deck_tasks", [])
    mine = [t for t in deck_tasks if vision_id in t.get("vision_ids", [])]
    plan = state.get("deck_plan")
    domain = state.get("domain")
    pilot = plan.pilot if plan is not None else None
    return PlanningContext(
        packs=domain.packs if domain is not None else ["core"],
        known_concepts=state.get("known_concepts", []),
        # (with how the deck says the plan is governed: its cadence and decision rights cover
        # the method's governance work though no task repeats them)
        deck_plan_text="\n".join(
            [f"{t['title']} {t.get('quote') or ''}" for t in deck_tasks]
            + [c.text for c in (plan.governance if plan is not None else [])]
        ),
        deck_layers=sorted({t["layer"] for t in mine}),
        deck_task_keys=[t["key"] for t in mine],
        pilot=pilot.name if pilot is not None else None,
        pilot_unit=pilot.unit if pilot is not None else None,
        pilot_owner=next((t["owner_role"] for t in deck_tasks if t.get("pilot")), None),
    )


def texts_of(tasks: Iterable[TaskDraft]) -> str:
    return " ".join(f"{t.title} {t.description}" for t in tasks)


__all__ = [
    "commitment_tasks",
    "deck_roles",
    "planning_for",
    "umbrella_visions",
    "where",
    "words",
]
