"""A realistic plan built by hand, for tests that need one without running the workflow.

It follows the Northwind Health example (examples/northwind-health): real roster roles,
real systems, three visions (V2 deliberately vague), three scenarios, eleven tasks over
the four layers with dependencies, RACI rows for every task and every layer, a phased
roadmap with task weeks, gaps and warnings.

Some deck text carries characters that break naive renderers on purpose: a pipe and a
newline (Markdown tables), ':' '#' ';' (Mermaid), a leading '=' (spreadsheets).

    from tests.plan_fixture import sample_plan, sample_org_roles
"""

from __future__ import annotations

from typing import Any

from schemas.context import Role
from schemas.plan import Plan

DECK = "northwind-digital-front-door.pptx"

_ROLES: list[tuple[str, str, str, str]] = [
    # name, team, tier, responsibilities (abridged from roster.csv)
    (
        "Chief Operating Officer",
        "Executive Leadership",
        "core",
        "Executive sponsor for the Digital Front Door program; chairs the Digital Steering Committee",
    ),
    (
        "Chief Marketing Officer",
        "Marketing & Communications",
        "core",
        "Owns the brand, paid media budget and new-patient acquisition target",
    ),
    (
        "VP Digital Experience",
        "Digital Experience",
        "core",
        "Owns the online booking journey end to end; accountable for online booking conversion",
    ),
    (
        "Director of Patient Access",
        "Patient Access",
        "core",
        "Owns scheduling policy and templates in Epic Cadence; decides which visit types are open online",
    ),
    (
        "Content Operations Manager",
        "Digital Experience",
        "core",
        "Runs the publishing workflow in Adobe Experience Manager; owns provider profile content",
    ),
    (
        "Marketing Technology Lead",
        "Digital Experience",
        "core",
        "Administers Segment CDP, Braze and GA4 tagging; builds audiences and triggered journeys",
    ),
    (
        "UX Lead",
        "Digital Experience",
        "core",
        "Owns user research and journey maps; designs booking and find-a-doctor flows",
    ),
    (
        "Data Engineering Lead",
        "Data & Analytics",
        "core",
        "Builds pipelines into Snowflake; owns patient matching logic and data quality checks",
    ),
    (
        "Director of Analytics",
        "Data & Analytics",
        "core",
        "Owns metric definitions and KPI dashboards; designs control groups and test readouts",
    ),
    (
        "Contact Center Manager",
        "Patient Access",
        "core",
        "Manages the 85-agent contact center on Genesys Cloud; owns call scripts",
    ),
    (
        "IT Integration Manager",
        "Information Technology",
        "core",
        "Owns interfaces between Epic and other systems through Rhapsody",
    ),
    (
        "Orthopedics Service Line Director",
        "Orthopedics Service Line",
        "extended",
        "Decides consult scheduling rules; owns orthopedic volume and revenue targets",
    ),
    (
        "Primary Care Medical Director",
        "Primary Care Network",
        "extended",
        "Approves which primary care providers accept new patients online",
    ),
    (
        "Privacy Officer",
        "Compliance",
        "extended",
        "Owns HIPAA privacy policy and tracking-technology compliance",
    ),
    (
        "HR & Training Partner",
        "Human Resources",
        "extended",
        "Builds training curricula and supports change management for frontline staff",
    ),
]

COO = "Chief Operating Officer"
CMO = "Chief Marketing Officer"
VPDX = "VP Digital Experience"
DPA = "Director of Patient Access"
COM = "Content Operations Manager"
MTL = "Marketing Technology Lead"
UX = "UX Lead"
DEL = "Data Engineering Lead"
DA = "Director of Analytics"
CCM = "Contact Center Manager"
ITM = "IT Integration Manager"
ORTHO = "Orthopedics Service Line Director"
PCMD = "Primary Care Medical Director"
PRIV = "Privacy Officer"
HR = "HR & Training Partner"


def sample_org_roles() -> list[Role]:
    """The roster the fixture plan was built against (schemas.context.Role)."""
    return [
        Role(name=n, team=t, tier=tier, responsibilities=[r], source="roster.csv")  # type: ignore[arg-type]
        for n, t, tier, r in _ROLES
    ]


def _task(
    tid: str,
    title: str,
    layer: str,
    owner: str,
    horizon: str,
    visions: list[str],
    depends: list[str],
    done_when: str,
    description: str,
    *,
    scenarios: list[str] | None = None,
    consulted: list[str] | None = None,
    refs: list[dict[str, object]] | None = None,
    pilot: bool = False,
) -> dict[str, object]:
    return {
        "id": tid,
        "title": title,
        "description": description,
        "layer": layer,
        "owner_role": owner,
        "horizon": horizon,
        "vision_ids": visions,
        "scenario_ids": scenarios or [],
        "depends_on": depends,
        "done_when": done_when,
        "context_refs": refs or [],
        "consulted": consulted or [],
        "pilot": pilot,
    }


def sample_plan() -> Plan:
    """A complete, contract-valid plan for the Northwind Health digital front door deck."""
    visions = [
        {
            "id": "V1",
            "text": (
                "Every new patient can find and book a first primary-care visit online in under "
                "3 minutes, lifting online new-patient bookings from 18% to 35% by Q4 2027."
            ),
            "source": {"file": DECK, "slide": 3},
            "evidence": "title",
            "vagueness": {
                "vague": False,
                "score": 0.12,
                "reasons": [],
                "questions": [],
            },
        },
        {
            "id": "V2",
            "text": "Deliver a seamless, personalized experience across every touchpoint.",
            "source": {"file": DECK, "slide": 5},
            "evidence": "title",
            "vagueness": {
                "vague": True,
                "score": 0.86,
                "reasons": [
                    {
                        "code": "universal_scope",
                        "message": "Covers every touchpoint, so nothing is in scope first.",
                        "evidence": "across every touchpoint",
                    },
                    {
                        "code": "buzzword",
                        "message": "Relies on words that do not say what changes for the patient.",
                        "evidence": "seamless, personalized",
                    },
                    {
                        "code": "no_metric",
                        "message": "No measure says whether it worked.",
                    },
                    {
                        "code": "no_deadline",
                        "message": "No date or horizon.",
                    },
                    {
                        "code": "no_owner",
                        "message": "No executive or team is named as accountable.",
                    },
                ],
                "questions": [
                    "Which two or three patient moments should change first (for example evening urgent care, first primary-care booking)?",
                    "What number tells us it worked (for example booking conversion, visit no-show rate), from what baseline to what target?",
                    "By when should the first moment be live?",
                    "Which executive is accountable for this outcome beyond marketing?",
                ],
                "suggested_rewrite": (
                    "By June 2027, patients searching for urgent care after 6 pm are offered an Amwell "
                    "virtual visit or the nearest open urgent-care slot, cutting evening booking "
                    "abandonment from 41% to 25%; owned by the Chief Operating Officer."
                ),
            },
        },
        {
            "id": "V3",
            "text": (
                "Grow orthopedic consult volume 15% year over year | make referral-to-consult "
                "conversion visible\nand faster"
            ),
            "source": {"file": DECK, "slide": 7},
            "evidence": "notes",
            "vagueness": {
                "vague": False,
                "score": 0.34,
                "reasons": [
                    {
                        "code": "no_owner",
                        "message": "The slide names no owner for the referral-to-consult journey.",
                        "evidence": "make referral-to-consult conversion visible",
                    }
                ],
                "questions": ["Who owns referral-to-consult conversion end to end?"],
            },
        },
    ]
    scenarios = [
        {
            "id": "S1",
            "name": "First primary-care visit from a search ad",
            "segment": "New patients without a MyChart account",
            "context": "Mobile search ad, evening, looking for a doctor accepting new patients",
            "customer_impact": "high",
            "business_impact": "high",
            "vision_ids": ["V1", "V2"],
            "rationale": "Main entry point to the system; highest volume and the acquisition target.",
            "source": {"file": DECK, "slide": 3},
        },
        {
            "id": "S2",
            "name": "Orthopedic consult after a primary-care referral",
            "segment": "Existing patients referred by their PCP",
            "context": "Referral placed in Epic, patient waits for a call to book the consult",
            "customer_impact": "medium",
            "business_impact": "high",
            "vision_ids": ["V3"],
            "rationale": "High-revenue service line; exposes the referral handoff between Epic, Salesforce and the contact center.",
            "source": {"file": DECK, "slide": 7},
        },
        {
            "id": "S3",
            "name": "Evening urgent care on a phone",
            "segment": "Adults with an urgent, non-emergency need",
            "context": "Searching 'urgent care near me' after 6 pm on mobile",
            "customer_impact": "high",
            "business_impact": "medium",
            "vision_ids": ["V2"],
            "rationale": "A distinctly different moment: time-critical, telehealth alternative, trust at stake.",
            "source": {"file": DECK, "slide": 5},
        },
    ]
    systems_ref = {
        "doc": "systems.md",
        "chunk": 3,
        "quote": "Keyed on anonymous ID and email address only; it does not receive Epic MRNs or MyChart IDs.",
    }
    tasks = [
        _task(
            "T1",
            "Link Segment anonymous IDs to Epic MRNs for booked patients",
            "tech_data",
            DEL,
            "foundational",
            ["V1", "V2"],
            [],
            "A nightly Snowflake table maps Segment anonymous IDs to MRNs for at least 90% of online bookings, with a match-rate check in the data quality suite.",
            "Build the identity bridge from the Kyruus booking confirmation (MRN) back to the Segment session, so bookings can be attributed and audiences de-duplicated.",
            scenarios=["S1"],
            consulted=[ITM, PRIV],
            refs=[systems_ref],
        ),
        _task(
            "T2",
            "Name one owner for the online booking journey and start a weekly triage",
            "process_people",
            VPDX,
            "foundational",
            ["V1"],
            [],
            "The Digital Steering Committee minutes name the journey owner, and the first weekly booking triage has run with Patient Access and Content.",
            "Booking friction today falls between Digital Experience, Patient Access and the contact center; make one role answerable and give it a weekly forum.",
            scenarios=["S1", "S2"],
            consulted=[DPA],
        ),
        _task(
            "T3",
            "Baseline: #1 KPI dashboard; holdout design",
            "governance_measurement",
            DA,
            "foundational",
            ["V1", "V2", "V3"],
            ["T1"],
            "Tableau shows the 12-month baseline for online new-patient bookings and referral-to-consult conversion, and a 10% holdout is written into the measurement plan.",
            "Set the commercial baseline (bookings, consult volume, no-show rate) before anything changes, and design the holdout that will tell us what worked.",
            scenarios=["S1", "S2"],
            consulted=[CMO],
            refs=[
                {
                    "doc": "charters/data-and-analytics.md",
                    "quote": "No experimentation platform; tests are read out by before/after comparison.",
                }
            ],
        ),
        _task(
            "T4",
            "Get Privacy Officer sign-off on Segment-to-Braze patient data flows",
            "tech_data",
            MTL,
            "foundational",
            ["V2"],
            [],
            "A signed data-flow review lists every Segment destination, its fields and its HIPAA basis; pixels without a basis are removed.",
            "Personalization uses patient data; confirm what may flow to Braze and Google Ads before any audience is built on it.",
            scenarios=["S3"],
            consulted=[PRIV],
        ),
        _task(
            "T5",
            "Open new-patient primary-care visit types for online booking in 10 more clinics",
            "experience",
            DPA,
            "quick_win",
            ["V1"],
            ["T2"],
            "Ten additional clinics show bookable new-patient slots in Kyruus, and the pilot region's online share of new-patient bookings is reported weekly.",
            "Start with one region as a pilot: open the visit types, check templates in Epic Cadence, then extend.",
            scenarios=["S1"],
            consulted=[PCMD],
            pilot=True,
        ),
        _task(
            "T6",
            "Rewrite provider profile pages for the PCPs accepting new patients",
            "experience",
            COM,
            "quick_win",
            ["V1"],
            ["T2"],
            "All 60 primary-care provider profiles in AEM state new-patient availability, languages and a booking button, reviewed by the Primary Care Medical Director.",
            "Profiles are where search traffic lands; make them answer 'can I see this doctor soon?'.",
            scenarios=["S1"],
            consulted=[PCMD, UX],
        ),
        _task(
            "T7",
            "Offer an Amwell virtual visit on evening urgent-care searches",
            "experience",
            UX,
            "quick_win",
            ["V2"],
            ["T4"],
            "After 6 pm, the urgent-care search results page shows the Amwell option with wait time, tested with 5 patients and shipped behind a flag.",
            "A distinct moment with a ready alternative: route evening searchers to virtual urgent care instead of a closed clinic.",
            scenarios=["S3"],
            consulted=[MTL],
        ),
        _task(
            "T8",
            "Train contact center agents to book orthopedic consults on the first call",
            "process_people",
            CCM,
            "quick_win",
            ["V3"],
            ["T2"],
            "Every agent on the orthopedics queue completed the module in Workday Learning, and first-call consult booking is tracked in Genesys.",
            "Referred patients wait for a callback today; give agents the scheduling rules and pre-visit requirements to book on the first call.",
            scenarios=["S2"],
            consulted=[ORTHO, HR],
        ),
        _task(
            "T9",
            "Send referral status from Epic to Salesforce Health Cloud via Rhapsody",
            "tech_data",
            ITM,
            "quick_win",
            ["V3"],
            ["T1"],
            "Referral status updates reach Salesforce within 1 hour for orthopedic referrals, verified on 50 test referrals in the staging environment.",
            "Make referral-to-consult conversion visible to the contact center as it happens, not the next morning.",
            scenarios=["S2"],
            consulted=[DEL],
        ),
        _task(
            "T10",
            "Agree iterate-or-cut rules at the Digital Steering Committee",
            "governance_measurement",
            COO,
            "quick_win",
            ["V1", "V3"],
            ["T3"],
            "The committee has approved written thresholds for each pilot (continue, iterate, stop) and the monthly review reads them against the holdout.",
            "Decide in advance who stops a pilot and on what evidence, so results are not argued after the fact.",
            consulted=[CMO, DA],
        ),
        _task(
            "T11",
            "=Personalize the MyChart landing page by visit intent for returning patients",
            "experience",
            VPDX,
            "aspirational",
            ["V2"],
            ["T1", "T3", "T4"],
            "A holdout test on returning patients shows a booking lift with no rise in unsubscribes over a 60-day window.",
            "Keeps the vision alive once identity, consent and measurement are in place; not before.",
            scenarios=["S1"],
            consulted=[UX, PRIV],
        ),
    ]
    raci = [
        {"item": "T1", "assignments": {DEL: "R", DA: "A", ITM: "C", PRIV: "C", MTL: "I"}},
        {"item": "T2", "assignments": {VPDX: "R", COO: "A", DPA: "C", CMO: "I"}},
        {"item": "T3", "assignments": {DA: "R", COO: "A", CMO: "C", VPDX: "I"}},
        {"item": "T4", "assignments": {MTL: "R", VPDX: "A", PRIV: "C", COO: "I"}},
        {"item": "T5", "assignments": {DPA: "R", COO: "A", PCMD: "C", CMO: "I"}},
        {"item": "T6", "assignments": {COM: "R", VPDX: "A", PCMD: "C", UX: "C"}},
        {"item": "T7", "assignments": {UX: "R", VPDX: "A", MTL: "C", COM: "R"}},
        {"item": "T8", "assignments": {CCM: "R", DPA: "A", ORTHO: "C", HR: "C"}},
        {"item": "T9", "assignments": {ITM: "R", DA: "A", DEL: "C", CCM: "I"}},
        {"item": "T10", "assignments": {COO: "A", DA: "R", CMO: "C", ORTHO: "I"}},
        {"item": "T11", "assignments": {VPDX: "R", CMO: "A", UX: "C", PRIV: "C", DA: "I"}},
        {
            "item": "layer:experience",
            "assignments": {VPDX: "A", UX: "R", COM: "R", DPA: "C", PCMD: "C", ORTHO: "I"},
        },
        {
            "item": "layer:process_people",
            "assignments": {COO: "A", DPA: "R", CCM: "R", HR: "C", VPDX: "I"},
        },
        {
            "item": "layer:tech_data",
            "assignments": {DA: "A", DEL: "R", ITM: "R", MTL: "R", PRIV: "C"},
        },
        {
            "item": "layer:governance_measurement",
            "assignments": {COO: "A", DA: "R", CMO: "C", PRIV: "I"},
        },
    ]
    roadmap = {
        "phases": [
            {
                "name": "Foundations: identity, ownership, baseline",
                "horizon": "foundational",
                "start_week": 0,
                "end_week": 6,
                "task_ids": ["T1", "T2", "T3", "T4"],
            },
            {
                "name": "Quick wins (pilot region first)",
                "horizon": "quick_win",
                "start_week": 2,
                "end_week": 8,
                "task_ids": ["T5", "T6", "T7", "T8", "T9", "T10"],
            },
            {
                "name": "Aspirational",
                "horizon": "aspirational",
                "start_week": 8,
                "end_week": 14,
                "task_ids": ["T11"],
            },
        ],
        "task_weeks": {
            "T1": [0, 4],
            "T2": [0, 2],
            "T3": [4, 6],
            "T4": [0, 3],
            "T5": [2, 5],
            "T6": [2, 6],
            "T7": [3, 6],
            "T8": [2, 5],
            "T9": [4, 8],
            "T10": [6, 7],
            "T11": [8, 14],
        },
    }
    gaps = [
        {
            "layer": "tech_data",
            "kind": "system",
            "text": "No identity resolution: web sessions cannot be tied to patients in Epic.",
            "evidence": "systems.md: Segment is keyed on anonymous ID and email address only; it does not receive Epic MRNs.",
        },
        {
            "layer": "tech_data",
            "kind": "data",
            "text": "Availability and referral data reach Snowflake only in nightly batches; evening scenarios (S3) cannot react in session.",
            "evidence": "systems.md: The two worlds meet mostly in the Snowflake data warehouse, which is loaded in nightly batches.",
        },
        {
            "layer": "governance_measurement",
            "kind": "system",
            "text": "No experimentation or holdout capability; tests are read out before/after.",
            "evidence": "charters/data-and-analytics.md",
        },
        {
            "layer": "process_people",
            "kind": "owner",
            "text": "No role owns referral-to-consult conversion for orthopedics end to end.",
        },
        {
            "layer": "process_people",
            "kind": "role",
            "text": "The deck asks for a 'Personalization Squad Lead'; no such role exists in the roster, so its work is assigned to the VP Digital Experience.",
            "evidence": f"{DECK}, slide 9",
        },
        {
            "layer": "governance_measurement",
            "kind": "metric",
            "text": "V2's only success signal on the slide is page views and click-through: vanity metrics.",
            "evidence": f"{DECK}, slide 5 notes: 'track clicks | page views weekly'",
        },
    ]
    warnings = [
        "V2 is too vague to execute as written; its tasks stay provisional until the strategist answers its questions.",
        "T5 is a pilot in one region: do not roll out to all 60 clinics before the holdout readout (T10).",
    ]
    data = {
        "schema_version": "1",
        "engine": {
            "name": "rules",
            "llm_calls": 0,
            "prompt_tokens": 0,
            "completion_tokens": 0,
        },
        "sources": [
            {"path": DECK, "sha256": "9f" * 32, "kind": "pptx", "units": 12},
            {"path": "org/roster.csv", "sha256": "1a" * 32, "kind": "csv", "units": 1},
            {"path": "org/systems.md", "sha256": "2b" * 32, "kind": "md", "units": 6},
        ],
        "visions": visions,
        "scenarios": scenarios,
        "roles": [
            {"name": n, "team": t, "tier": tier, "source": "roster.csv"} for n, t, tier, _ in _ROLES
        ],
        "tasks": tasks,
        "raci": raci,
        "roadmap": roadmap,
        "gaps": gaps,
        "warnings": warnings,
        "layer_notes": {
            "V2:process_people": "No process change until the strategist answers V2's questions; T2's triage absorbs it meanwhile.",
            "V3:experience": "Consult booking stays on the phone for now; the work is in the contact center and referral data.",
        },
    }
    return Plan.model_validate(data)


def sample_grounded_plan() -> Plan:
    """``sample_plan`` as the deck-grounded engine writes it (issue 11's additions).

    The deck's title and organization; tasks T1, T5 and T9 restate the deck's own
    commitments (quote, slide, phase), the others were added by the method with a reason
    (T2 and T3 share one, so the report folds it); a 36-month roadmap on the deck's clock
    whose phases have gates; gaps with ids that block tasks; domain packs; an org fit.
    """
    plan = sample_plan()
    deck_tasks = {
        "T1": (
            3,
            "Link web sessions to patient records before personalizing",
            "Pilot: Puget Sound",
        ),
        "T5": (
            8,
            "Open online booking in 10 more primary-care clinics in the pilot region",
            "Pilot: Puget Sound",
        ),
        "T9": (
            7,
            "Referral status flows from Epic to Salesforce within the hour",
            "Scale: all regions",
        ),
    }
    shared = "The deck names no owner or decision forum for the booking journey; a goal needs one before work starts."
    notes = {
        "T2": shared,
        "T3": "Without a baseline and a holdout nobody can tell whether the 35% target moved.",
        "T4": shared,
        "T10": "The deck's gates need a rule for iterate, scale or stop.",
    }
    phase_of = {t: "Pilot: Puget Sound" for t in ("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8")}
    phase_of.update(
        {
            "T9": "Scale: all regions",
            "T10": "Scale: all regions",
            "T11": "Run: every patient moment",
        }
    )
    data = plan.model_dump(mode="json")
    for t in data["tasks"]:
        t["phase"] = phase_of.get(t["id"])
        if t["id"] in deck_tasks:
            slide, quote, _ = deck_tasks[t["id"]]
            t.update(origin="deck", quote=quote, source={"file": DECK, "slide": slide})
        else:
            t.update(origin="method", origin_note=notes.get(t["id"]))
        if t["id"] in ("T9", "T11"):
            t["blocked_by"] = ["G1"]
    weeks = {
        "T1": [0, 8],
        "T2": [0, 4],
        "T3": [8, 16],
        "T4": [0, 6],
        "T5": [4, 26],
        "T6": [4, 13],
        "T7": [6, 13],
        "T8": [4, 13],
        "T9": [26, 52],
        "T10": [26, 30],
        "T11": [78, 156],
    }
    data["roadmap"] = {
        "phases": [
            {
                "name": "Pilot: Puget Sound",
                "horizon": "foundational",
                "start_week": 0,
                "end_week": 26,
                "task_ids": ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8"],
                "gate": "Online share of new-patient bookings ≥ 25% in the pilot region for 8 weeks",
                "source": {"file": DECK, "slide": 10},
            },
            {
                "name": "Scale: all regions",
                "horizon": "quick_win",
                "start_week": 26,
                "end_week": 78,
                "task_ids": ["T9", "T10"],
                "gate": "Referral-to-consult conversion >= 60% across all 60 clinics",
                "source": {"file": DECK, "slide": 10},
            },
            {
                "name": "Run: every patient moment",
                "horizon": "aspirational",
                "start_week": 78,
                "end_week": 156,
                "task_ids": ["T11"],
                "source": {"file": DECK, "slide": 11},
            },
        ],
        "task_weeks": weeks,
        "horizon_weeks": 156,
        "clock": "deck",
    }
    for n, gap in enumerate(data["gaps"], start=1):
        gap["id"] = f"G{n}"
    data["gaps"][0]["blocks"] = ["T9", "T11"]
    data.update(
        title="Digital Front Door 2027",
        organization="Northwind Health",
        org_fit={
            "score": 0.82,
            "verdict": "fits",
            "reason": "The deck and the org folder share patients, Epic, MyChart and the booking journey.",
            "shared": ["patient", "Epic", "MyChart", "booking"],
        },
        domain={
            "packs": ["customer_experience"],
            "evidence": {"customer_experience": ["patient", "journey", "booking"]},
        },
    )
    return Plan.model_validate(data)


def plan_state(result: Plan) -> dict[str, Any]:
    """A finished plan as the rules read the workflow's state: records, and its models."""
    state = result.model_dump(mode="json")
    state.update(visions=result.visions, scenarios=result.scenarios, domain=result.domain)
    return state
