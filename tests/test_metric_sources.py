"""Where a measure's figures come from, as the org's own definitions say, and the method's
task that feeds each sourced measure to the reviews, owned by whoever the org says owns it."""

from __future__ import annotations

from pathlib import Path

from agent.context import load_context
from agent.engines.rules.method import decompose
from agent.planning.assemble import _link_text
from agent.planning.commitments import commitment_tasks, data_source, source_owner
from agent.planning.deck_plan import Commitment, DeckPlan
from schemas.context import ContextHit, Metric, OrgContext, Role, System
from schemas.plan import Source
from tests.decks import goal


def _roster(*roles: Role) -> OrgContext:
    """An org of these roles alone."""
    return OrgContext(root="org", roles=list(roles))


def _org(tmp_path: Path, files: dict[str, str]) -> OrgContext:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return load_context(tmp_path)


def test_a_measures_source_is_read_from_its_column_its_label_and_an_aside(tmp_path: Path) -> None:
    org = _org(
        tmp_path,
        {
            "measures/indicators.tsv": "Indicator\tDefinition\tOwner\tBaseline 2026\tSource\n"
            "Critical spares within 48 hours\tSpares at the depot in 48 hours / spares ordered"
            "\tMaterials Logistics Manager\t61%\tWorkHub stores\n",
            "measures/dictionary.md": "# Measure dictionary\n\n"
            "## Rats caught per bait line\n\n"
            "- Definition: rats caught per 100 bait-nights on the survey lines.\n"
            "- Owner: Pest Control Team Leader.\n"
            "- Source and frequency: survey sheets entered in BaitLog; spring and autumn.\n\n"
            "## Calls answered in a minute\n\n"
            "- Definition: calls a person answered within 60 seconds "
            "(source: CallDesk).\n"
            "- Owner: Contact Centre Lead.\n",
        },
    )
    said = {m.name: m.data_source for m in org.metrics}
    assert said["Critical spares within 48 hours"] == "WorkHub stores"
    assert said["Rats caught per bait line"].startswith("survey sheets entered in BaitLog")
    assert said["Calls answered in a minute"] == "CallDesk"
    # The measure's own file stays its provenance.
    assert {m.source for m in org.metrics} == {"measures/indicators.tsv", "measures/dictionary.md"}
    # The first clause says where; the rest says how often.
    assert data_source("Rats caught per bait line", org) == "survey sheets entered in BaitLog"


def _role(name: str, duty: str) -> Role:
    return Role(name=name, tier="core", responsibilities=[duty], source="roster.csv")


ROLES = [
    _role("Chief Operating Officer", "Chairs the programme board and decides each gate"),
    _role("Head of Asset Management", "Maintenance plans and work orders in WorkHub"),
    _role("Materials Logistics Manager", "Spares, stores and the quay"),
    _role("Data and Reporting Lead", "The Ledger warehouse and the monthly scorecard"),
]
SYSTEMS = [
    System(
        name="WorkHub",
        owner="Head of Asset Management (plans, work orders); Materials Logistics Manager (stores)",
        source="systems.md",
    ),
    System(name="Ledger", owner="Data and Reporting Lead", source="systems.md"),
]


def _org_with(*metrics: Metric) -> OrgContext:
    return OrgContext(root="org", roles=ROLES, systems=SYSTEMS, metrics=list(metrics))


SPARES = "90% of critical spares at the depot within 48 hours by 2029"


def test_a_sourced_measure_is_fed_to_the_reviews_by_the_owner_its_definition_names() -> None:
    org = _org_with(
        Metric(
            name="Critical spares within 48 hours",
            definition="Spares at the depot in 48 hours / spares ordered",
            owner="Materials Logistics Manager",
            source="indicators.tsv",
            data_source="WorkHub stores",
        )
    )
    tasks = decompose(goal("V1", SPARES, 7), [], org, []).tasks
    (feed,) = [t for t in tasks if t.key.startswith("feed_")]
    assert feed.layer == "tech_data"
    assert feed.owner_role == "Materials Logistics Manager"  # not the data lead
    assert "from WorkHub stores" in feed.title
    assert feed.origin == "method" and feed.origin_note
    assert feed.context_refs[0].doc == "indicators.tsv"  # the org's own definition


def test_a_measure_with_no_named_owner_is_fed_by_the_keeper_of_the_part_its_source_names() -> None:
    org = _org_with(
        Metric(name="Critical spares within 48 hours", data_source="WorkHub stores"),
        Metric(name="Condition-triggered visits", data_source="WorkHub"),
        Metric(name="Availability", data_source="Ledger, Tidelog"),
        Metric(name="Roster confidence", data_source="staff survey"),
    )
    keeper = {m.name: source_owner(m.name, org) for m in org.metrics}
    found = keeper["Critical spares within 48 hours"]
    assert found is not None and found[0].name == "Materials Logistics Manager"
    assert found[1] is not None and found[1].doc == "systems.md"
    found = keeper["Condition-triggered visits"]  # the system's first owner
    assert found is not None and found[0].name == "Head of Asset Management"
    found = keeper["Availability"]
    assert found is not None and found[0].name == "Data and Reporting Lead"
    assert keeper["Roster confidence"] is None  # a survey is kept by no system owner
    assert data_source("Availability", org) == "Ledger, Tidelog"

    (feed,) = [
        t for t in decompose(goal("V1", SPARES, 7), [], org, []).tasks if t.key.startswith("feed_")
    ]
    assert feed.owner_role == "Materials Logistics Manager"
    assert [r.doc for r in feed.context_refs][-1] == "systems.md"


def test_no_feed_task_where_the_definition_says_nothing_of_a_source() -> None:
    org = _org_with(
        Metric(
            name="Critical spares within 48 hours",
            owner="Materials Logistics Manager",
            source="indicators.tsv",
        )
    )
    assert not [
        t for t in decompose(goal("V1", SPARES, 7), [], org, []).tasks if t.key.startswith("feed_")
    ]


def test_a_feed_task_links_to_gaps_by_its_measure_not_by_its_frame() -> None:
    task = {
        "key": "feed_returns_rate",
        "title": "Feed Returns rate from Zeno and the grading log on an agreed refresh",
        "description": "The organization counts Returns rate from Zeno.",
    }
    assert _link_text(task) == "Returns rate"  # type: ignore[arg-type]


def test_a_numbered_checkpoint_of_the_decks_phases_is_the_chairs_decision() -> None:
    org = _roster(
        _role("Managing Director", "Chairs the steering group and decides each checkpoint"),
        _role("Programme Manager", "Runs the programme office and prepares the checkpoints"),
        _role("Head of Transport Planning", "Route planning and depot handhelds"),
    )
    plan = DeckPlan(
        commitments=[
            Commitment(
                kind="phase_item",
                title="Checkpoint 2 · M21 · every depot on the planner and handhelds?",
                text="",
                source=Source(file="d.pptx", slide=12),
            )
        ]
    )
    (task,) = commitment_tasks(plan, [], [], org)
    assert task.accountable == "Managing Director"


def test_a_review_point_a_roadmap_marks_is_the_chairs_decision() -> None:
    """A roadmap's "Pilot review" diamond beside its gates is a decision on the pilot: the
    chair is Accountable, as for the gates; the pilot's work is not the chair's."""
    org = _roster(
        _role("Chief Operating Officer", "Chairs the programme board and decides each gate"),
        _role("Head of School Catering", "Runs the school kitchens and their menus"),
    )
    here = Source(file="d.pdf", page=13)
    plan = DeckPlan(
        commitments=[
            Commitment(kind="phase_item", title="Pilot review", text="", source=here),
            Commitment(
                kind="pilot", title="Pilot at Kelder", text="Kelder pilot review", source=here
            ),
            Commitment(
                kind="phase_item",
                title="Fit the school kitchens with ordering tablets",
                text="",
                source=here,
            ),
        ]
    )
    review, kelder, menus = commitment_tasks(plan, [], [], org)
    assert review.accountable == "Chief Operating Officer", review
    assert kelder.accountable == "Chief Operating Officer", kelder
    assert menus.accountable is None, menus


def test_an_ask_a_roles_own_duty_decides_is_that_roles_to_be_accountable_for() -> None:
    """ "Release £4.1m of capital for Wave 1", asked of the board: the finance director whose
    committee releases capital wave by wave is Accountable, not the sponsor who asks; the
    programme prepares it."""
    org = _roster(
        _role("Chief Operating Officer", "Executive sponsor; chairs the programme board"),
        _role(
            "Chief Financial Officer",
            "Chairs the Investment Committee, which releases capital wave by wave",
        ),
        _role("Programme Manager", "Runs the programme office and prepares board papers"),
    )
    here = Source(file="d.pptx", slide=21)
    plan = DeckPlan(
        commitments=[
            Commitment(
                kind="ask",
                title="Release £4.1m of capital for Wave 1",
                text="Release £4.1m of capital for Wave 1",
                source=here,
            )
        ]
    )
    (task,) = commitment_tasks(plan, [], [], org)
    assert task.accountable == "Chief Financial Officer", task
    assert task.owner_role != "Chief Financial Officer", task
    # an outside body's chair the roster lists, whose duty approves the same, answers for no ask
    outside = _role("Safety Advisory Group Chair", "Approves the ground's capacity each season")
    org = _roster(*org.roles, outside)
    asked = "Approve the ground's capacity plan for each season of Wave 1"
    plan = DeckPlan(commitments=[Commitment(kind="ask", title=asked, text=asked, source=here)])
    (task,) = commitment_tasks(plan, [], [], org)
    assert task.accountable == "Chief Operating Officer", task


def test_a_mitigation_that_rules_on_the_go_live_decision_is_the_chairs_to_sign_off() -> None:
    """ "No go-live decision without two clean rehearsals" governs a go/no-go by its other name:
    the chair who takes the decisions signs the mitigation off. A mitigation about the go-live
    work itself stays with its owner."""
    org = _roster(
        _role("Chief Operating Officer", "Chairs the programme board and takes its decisions"),
        _role("Chief Information Officer", "Runs the booking system and its migration"),
    )
    here = Source(file="d.pptx", slide=16)
    ruled = "Ledger cut-over slips: no go-live decision without two clean migration rehearsals"
    work = "Ledger cut-over slips: run the migration rehearsals at weekends in the booking system"
    plan = DeckPlan(
        commitments=[
            Commitment(kind="risk", title=ruled, text=ruled, source=here),
            Commitment(kind="risk", title=work, text=work, source=here),
        ]
    )
    decided, worked = commitment_tasks(plan, [], [], org)
    assert decided.accountable == "Chief Operating Officer", decided
    assert worked.accountable is None, worked


def test_a_phase_line_that_opens_with_its_gates_code_is_the_chairs_decision() -> None:
    org = _roster(
        _role("Managing Director", "Chairs the steering group and decides each gate"),
        _role("Head of Transport Planning", "Route planning and depot handhelds"),
    )

    def accountable(title: str) -> str | None:
        item = Commitment(
            kind="phase_item", title=title, text="", source=Source(file="d.pptx", slide=12)
        )
        (task,) = commitment_tasks(DeckPlan(commitments=[item]), [], [], org)
        return task.accountable

    assert accountable("G2 · Mar 2029 every depot on the planner?") == "Managing Director"
    # a criterion coded under its gate, and a line that merely mentions a G-code, decide nothing
    assert accountable("G2.1 Route planning live at every depot") is None
    assert accountable("Route planning on 4G handhelds at every depot") is None


def test_the_owner_the_org_names_for_a_measure_leads_the_work_that_moves_it() -> None:
    from agent.engines.base import PlanningContext

    owned = _org_with(
        Metric(
            name="Critical spares within 48 hours",
            owner="Materials Logistics Manager",
            source="indicators.tsv",
        )
    )
    vision = goal("V1", SPARES, 7)
    (lead,) = [t for t in decompose(vision, [], owned, []).tasks if t.key.startswith("lead_")]
    assert lead.layer == "process_people" and lead.owner_role == "Materials Logistics Manager"
    assert lead.origin == "method" and "Critical spares within 48 hours" in lead.title
    # the deck's own plan already holds process work for the goal: nothing added
    planned = PlanningContext(deck_layers=["process_people"])
    tasks = decompose(vision, [], owned, [], planning=planned).tasks
    assert not [t for t in tasks if t.key.startswith("lead_")]
    # no owner named for the measure: the shared "one accountable owner per goal" asks for one
    unowned = _org_with(Metric(name="Critical spares within 48 hours", source="indicators.tsv"))
    assert not [t for t in decompose(vision, [], unowned, []).tasks if t.key.startswith("lead_")]


def test_the_verb_of_a_decision_asked_of_the_board_consults_no_trade() -> None:
    """ "Release £4m of capital" asks the board for money: the Head of Digital, whose remit
    speaks of app releases, is not consulted on it."""
    org = _roster(
        _role("Chief Operating Officer", "Chairs the programme board and decides each gate"),
        _role("Finance Director", "Capital budgets and the annual budget round"),
        _role("Head of Digital", "App releases, the booking website and its suppliers"),
        _role("Head of Stores", "Store opening hours, rotas and store teams"),
    )

    def consulted(kind: str, title: str) -> list[str]:
        item = Commitment(kind=kind, title=title, text="", source=Source(file="d.pptx", slide=9))  # type: ignore[arg-type]
        (task,) = commitment_tasks(DeckPlan(commitments=[item]), [], [], org)
        return task.consulted

    said = consulted("ask", "Release £4m of capital budget for the first year")
    assert "Head of Digital" not in said, said


def test_a_mitigation_worded_as_work_is_the_task_and_its_risk_the_reason() -> None:
    """The task is what the deck will do ("Keep a second supplier approved for the units"); the
    risk it answers is why, in its description. A mitigation that is no work ("contract dates
    with damages") keeps the risk in its title."""
    org = _roster(
        _role("Chief Operating Officer", "Chairs the programme board and decides each gate"),
        _role("Head of Fleet", "Vehicle suppliers, fitting and the workshop teams"),
    )

    def task(title: str, text: str) -> tuple[str, str]:
        item = Commitment(
            kind="risk", title=title, text=text, source=Source(file="d.pptx", slide=9)
        )
        (made,) = commitment_tasks(DeckPlan(commitments=[item]), [], [], org)
        return made.title, made.description

    title, description = task(
        "Mitigate units arrive late from one supplier", "Keep a second supplier approved for units"
    )
    assert title == "Keep a second supplier approved for units", title
    assert "risk: units arrive late from one supplier" in description, description
    title, _ = task("Mitigate: crane delivery slips", "contract dates with damages")
    assert title == "Mitigate: crane delivery slips", title


def _gate_org(chair_duty: str, chief_executive_duty: str) -> OrgContext:
    """A chair who decides the gates, a Chief Executive, and a programme office."""
    return _roster(
        _role("Chief Operating Officer", chair_duty),
        _role("Chief Executive", chief_executive_duty),
        _role("Programme Manager", "Runs the programme office and prepares the gate papers"),
    )


def test_a_gate_the_board_delegates_to_a_role_is_that_roles_decision() -> None:
    """ "Delegate Gate 2, go/no-go for every depot, to the Chief Executive": the Chief
    Executive is Accountable for Gate 2; Gate 1 stays with the chair who decides each gate, and
    so does a gate delegated to a body ("to the programme board")."""
    org = _gate_org(
        "Chairs the programme board and decides each gate", "Answers to the Board for the plan"
    )
    here = Source(file="d.pptx", slide=9)
    plan = DeckPlan(
        commitments=[
            Commitment(
                kind="gate", title="Gate 1: At the spring review", text="Gate 1", source=here
            ),
            Commitment(
                kind="gate", title="Gate 2: Go/no-go for every depot", text="Gate 2", source=here
            ),
            Commitment(kind="gate", title="Gate 3: Handed over", text="Gate 3", source=here),
            Commitment(
                kind="ask",
                title="Delegate Gate 2",
                text="Delegate Gate 2, go/no-go for every depot, to the Chief Executive",
                source=here,
            ),
            Commitment(
                kind="ask",
                title="Delegate Gate 3",
                text="Delegate Gate 3 to the programme board",
                source=here,
            ),
        ]
    )
    accountable = {t.title[:6]: t.accountable for t in commitment_tasks(plan, [], [], org)}
    assert accountable["Gate 1"] == "Chief Operating Officer", accountable
    assert accountable["Gate 2"] == "Chief Executive", accountable
    assert accountable["Gate 3"] == "Chief Operating Officer", accountable


def test_a_gate_labelled_only_by_its_date_is_titled_by_its_decision() -> None:
    """ "Gate 1: Nov 2030" says when the gate sits, not what it decides: the task reads "Gate 1
    sign-off on <its phase> (Nov 2030)". A label that gives only the pass mark is the sign-off
    against it, less any trailing "when all three hold:"; one that names its decision stays."""
    org = _gate_org("Chairs the programme board and decides each gate", "Answers to the Board")
    here = Source(file="d.pptx", slide=9)
    plan = DeckPlan(
        commitments=[
            Commitment(
                kind="gate",
                title="Gate 1: Nov 2030",
                text="Nov 2030",
                phase="Phase 1 · Get the yard ready",
                source=here,
            ),
            Commitment(
                kind="gate",
                title="Gate 2: Trial passed · when all three hold:",
                text="Trial passed",
                source=here,
            ),
            Commitment(
                kind="gate", title="Gate 3: Go/no-go for every depot", text="Gate 3", source=here
            ),
            Commitment(
                kind="gate",
                title="Gate 4: No stop longer than a shift, ready to hand over?",
                text="Gate 4",
                source=here,
            ),
        ]
    )
    tasks = {t.title[:6]: t for t in commitment_tasks(plan, [], [], org)}
    assert tasks["Gate 1"].title == "Gate 1 sign-off on Phase 1 · Get the yard ready (Nov 2030)"
    assert "gate is signed off by Nov 2030" in (tasks["Gate 1"].done_when or "")
    assert tasks["Gate 2"].title == "Gate 2 sign-off: Trial passed"
    assert tasks["Gate 3"].title == "Gate 3: Go/no-go for every depot"
    assert tasks["Gate 4"].title == "Gate 4: No stop longer than a shift, ready to hand over?"


def test_a_mitigation_cites_the_owners_duty_that_names_its_work() -> None:
    """The owner of "Keep a second supplier approved for units" cites the duty that names that
    work ("Supplier approvals and fitting contracts"), not the one that only echoes the risk
    ("Late arrivals of units at the depots")."""
    org = _roster(
        Role(
            name="Head of Fleet",
            tier="core",
            responsibilities=[
                "Late arrivals of units at the depots",
                "Supplier approvals and fitting contracts",
            ],
            source="roster.csv",
        )
    )
    item = Commitment(
        kind="risk",
        title="Mitigate units arrive late from one supplier",
        text="Keep a second supplier approved for units",
        source=Source(file="d.pptx", slide=9),
    )
    (task,) = commitment_tasks(DeckPlan(commitments=[item]), [], [], org)
    quotes = [ref.quote for ref in task.context_refs]
    assert quotes == ["Supplier approvals and fitting contracts"], quotes


def test_the_boards_asks_come_through_the_sponsor_the_deck_names() -> None:
    """The deck names the Chief Executive its sponsor, answering to the Board; the Chief
    Operating Officer chairs the body that takes the gates. The Board's asks are the Chief
    Executive's to bring (Accountable); the gates stay with the chair. A sponsor the deck names
    by initials only ("Sponsor: the CEO") is no roster role, and the chair stands."""
    org = _gate_org("Chairs the delivery board and decides each gate", "Leads the company")
    here = Source(file="d.pptx", slide=12)

    def plan(sponsor_line: str) -> DeckPlan:
        return DeckPlan(
            commitments=[
                Commitment(
                    kind="gate", title="Gate 1: After the trial", text="Gate 1", source=here
                ),
                Commitment(
                    kind="ask",
                    title="Approve the depot plan for two years",
                    text="Approve the depot plan for two years",
                    source=here,
                ),
            ],
            governance=[
                Commitment(kind="governance", title=sponsor_line, text=sponsor_line, source=here)
            ],
        )

    named = plan("Sponsor: Priya Nair, Chief Executive, who answers to the Board for the plan.")
    accountable = {t.title[:6]: t.accountable for t in commitment_tasks(named, [], [], org)}
    assert accountable == {"Gate 1": "Chief Operating Officer", "Approv": "Chief Executive"}
    initials = plan("Sponsor: the CEO, who chairs the delivery board")
    accountable = {t.title[:6]: t.accountable for t in commitment_tasks(initials, [], [], org)}
    assert accountable == {"Gate 1": "Chief Operating Officer", "Approv": "Chief Operating Officer"}


def test_a_sign_off_a_body_takes_is_its_own_chairs_decision() -> None:
    """ "Marine Safety Group: chaired by the Fleet Director; signs off the safety case before each
    route change" is a decision of that group: its chair is Accountable, not the chair of the
    board that takes the gates."""
    org = _roster(
        _role("Chief Operating Officer", "Chairs the delivery board and decides each gate"),
        _role("Fleet Director", "Runs the fleet and its crews"),
        _role("Safety Manager", "Keeps the safety cases and the hazard logs"),
    )
    line = (
        "Marine Safety Group: chaired by the Fleet Director; signs off the safety case before "
        "each route change"
    )
    here = Source(file="d.pptx", slide=14)
    plan = DeckPlan(
        commitments=[
            Commitment(kind="governance", title=line, text=line, source=here, line=line),
        ]
    )
    (task,) = commitment_tasks(plan, [], [], org)
    assert task.accountable == "Fleet Director", task


def test_a_method_task_cites_a_passage_about_what_it_says_not_its_search_words() -> None:
    """ "Agree who decides to scale, iterate or stop" is searched for with governance words; a
    passage that shares only those ("a quarterly governance review") does not support it. A
    passage that speaks of the task's own words does, and when none does, the owner's duty
    that names them is cited instead."""
    hits = [
        ContextHit(
            doc="governance.md",
            chunk=0,
            text="The steering committee holds a quarterly governance review of spend.",
            score=0.9,
        )
    ]
    org = _roster(
        _role("Chief Operating Officer", "Decides whether each pilot scales or stops"),
        _role("Data and Reporting Lead", "The Ledger warehouse and the monthly scorecard"),
    )
    tasks = decompose(goal("V1", SPARES, 7), [], org, hits).tasks
    (rights,) = [t for t in tasks if t.key == "decision_rights"]
    assert [(r.doc, r.quote) for r in rights.context_refs] == [
        ("roster.csv", "Decides whether each pilot scales or stops")
    ]
    hits.append(
        ContextHit(
            doc="charter.md",
            chunk=2,
            text="Pilots run for a season. The steering committee decides to scale or stop each one.",
            score=0.2,
        )
    )
    tasks = decompose(goal("V1", SPARES, 7), [], org, hits).tasks
    (rights,) = [t for t in tasks if t.key == "decision_rights"]
    assert [(r.doc, r.quote) for r in rights.context_refs] == [
        ("charter.md", "The steering committee decides to scale or stop each one.")
    ]


def test_two_stages_of_a_long_lane_on_one_slide_are_two_tasks() -> None:
    """ "Adult social care financial assessment: Alpha" and "...: Private beta" share their
    first 40 characters; they are still two pieces of work."""
    org = OrgContext(
        root="org", roles=[_role("Head of Financial Assessment", "Financial assessments")]
    )
    here = Source(file="d.pptx", slide=13)
    plan = DeckPlan(
        commitments=[
            Commitment(
                kind="phase_item",
                title=f"Adult social care financial assessment: {s}",
                text="",
                source=here,
            )  # fmt: skip
            for s in ("Alpha", "Private beta", "Public beta")
        ]
    )
    tasks = commitment_tasks(plan, [], [], org)
    assert [t.title.split(": ")[1] for t in tasks] == ["Alpha", "Private beta", "Public beta"]


def test_each_stage_the_board_takes_a_go_no_go_on_is_signed_off_by_whoever_takes_it() -> None:
    """ "The Programme Board takes the go/no-go decision for each public beta", and the asks
    delegate it: every public beta the roadmap plans has the delegate Accountable; its other
    stages keep the RACI's usual rule."""
    org = _roster(
        _role("Chief Executive", "Chairs the Programme Board and takes its decisions"),
        _role("Director of Resources", "Senior responsible owner of the programme"),
        _role("Head of Parking", "Parking permits and the permit system"),
    )
    here = Source(file="d.pptx", slide=13)
    rule = "The Programme Board takes the go/no-go decision for each public beta on the report."
    ask = "Delegate the go/no-go decision for each public beta to the Director of Resources."
    plan = DeckPlan(
        commitments=[
            Commitment(
                kind="phase_item", title="Parking permits: Public beta", text="", source=here
            ),
            Commitment(kind="phase_item", title="Parking permits: Alpha", text="", source=here),
            Commitment(kind="ask", title=ask, text=ask, source=Source(file="d.pptx", slide=20)),
        ],  # fmt: skip
        governance=[Commitment(kind="governance", title=rule, text=rule, source=here)],
    )
    got = {t.title: t for t in commitment_tasks(plan, [], [], org)}
    assert got["Parking permits: Public beta"].accountable == "Director of Resources"
    assert got["Parking permits: Alpha"].accountable is None
    plan.commitments.pop()  # without the delegation, the chair takes it
    got = {t.title: t for t in commitment_tasks(plan, [], [], org)}
    assert got["Parking permits: Public beta"].accountable == "Chief Executive"


def test_a_choice_the_deck_leaves_to_a_checkpoint_is_signed_off_by_whoever_takes_it() -> None:
    """ "Lease 12 vans instead of buying 24, and reset KR3.2 at CP1": the risk's owner does the
    work, but resetting a key result at the checkpoint is the checkpoint's decision. Work due
    before a checkpoint is only dated by it."""
    org = _roster(
        _role(
            "Managing Director", "Chairs the steering group and makes the call at each checkpoint"
        ),
        _role("Finance Director", "Budgets, leases and the capital plan"),
        _role("Fleet Manager", "Vans, leases and driver training"),
    )
    here = Source(file="d.pptx", slide=16)
    reset = "Lease 12 vans instead of buying 24, and reset KR3.2 at CP1"
    train = "Train every driver on the new vans before CP2"
    plan = DeckPlan(
        commitments=[
            Commitment(
                kind="risk",
                title="Mitigate: grant bid fails",
                text=reset,
                source=here,
                lead="Finance Director",
            ),
            Commitment(kind="initiative", title=train, text=train, source=here),
        ]  # fmt: skip
    )
    got = {t.description.split(".")[0]: t for t in commitment_tasks(plan, [], [], org)}
    (leased,) = [t for t in got.values() if "KR3.2" in t.description]
    assert leased.owner_role == "Finance Director" and leased.accountable == "Managing Director"
    (trained,) = [t for t in got.values() if "Train every driver" in t.title]
    assert trained.accountable is None
