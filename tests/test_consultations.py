"""A constraint that names a body to consult before a change becomes the task that unblocks
the work it gates (issue 11, part 5). Made-up wording, no eval deck's sentences."""

from __future__ import annotations

from typing import Any

from agent.planning.consultations import consultation_tasks, required_body
from schemas.context import OrgContext
from tests.decks import role as _role


def _task(tid: str, title: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": tid, "key": f"k{tid}", "title": title, "description": title,
        "layer": "process_people", "owner_role": "Depot Manager", "horizon": "foundational",
        "depends_on": [], "done_when": "", "context_refs": [], "scenario_ids": [],
        "consulted": [], "pilot": False, "origin": "deck", "origin_note": None,
        "source": None, "quote": None, "phase": None, "weeks": None, "vision_ids": ["V1"],
        "accountable": None, **extra,
    }  # fmt: skip


def _org(*roles: tuple[str, str]) -> OrgContext:
    return OrgContext(root=".", roles=[_role(name, duty) for name, duty in roles])


ORG = _org(
    ("Depot Manager", "runs the depots, shifts and rotas"),
    ("Head of People", "employee relations, consultation with the works council"),
    ("Works Council Chair", "represents the staff"),
)
RULE = (
    "rules.md: The works council must be consulted before any change to rotas or to the "
    "staffing of a sorting team; consultation takes 30 days."
)


def test_the_body_and_what_it_must_do_are_read_however_phrased() -> None:
    assert required_body("The works council must be consulted before any change to rotas.") == (
        "consult",
        "the works council",
    )
    assert required_body("Changes to rotas go to the Joint Staff Committee for consultation.") == (
        "consult",
        "the Joint Staff Committee",
    )
    assert required_body("Spend above 2m goes to the Board.") == ("decide", "the Board")
    assert required_body("Rotas are published every Friday.") is None


def test_a_consultation_the_org_requires_is_a_task_the_gated_work_waits_for() -> None:
    tasks = [_task("T1", "New rotas for the sorting teams"), _task("T2", "Paint the depot")]
    gaps = [{"id": "G1", "kind": "constraint", "text": "", "evidence": RULE, "blocks": ["T1"]}]
    (added,) = consultation_tasks(tasks, gaps, ORG)  # type: ignore[arg-type]
    assert added["id"] == "T3" and added["origin"] == "method"
    # the gated work named by its title, not only its id
    assert added["title"] == (
        "Consult the works council before 'New rotas for the sorting teams' (T1) starts"
    )
    assert "T1 New rotas for the sorting teams" in added["description"]
    assert added["owner_role"] == "Head of People"  # not the staff's own representative
    assert added["consulted"] == ["Works Council Chair"]
    assert added["context_refs"][0]["doc"] == "rules.md"
    assert "T3" in tasks[0]["depends_on"] and not tasks[1]["depends_on"]


def test_no_task_when_the_deck_already_plans_the_consultation_or_nothing_is_gated() -> None:
    gaps = [{"id": "G1", "kind": "constraint", "text": "", "evidence": RULE, "blocks": ["T1"]}]
    planned = [
        _task("T1", "New rotas for the sorting teams"),
        _task("T2", "Open consultation with the works council on the new rotas"),
    ]
    assert consultation_tasks(planned, gaps, ORG) == []  # type: ignore[arg-type]
    ungated = [{**gaps[0], "blocks": []}]
    assert consultation_tasks([_task("T1", "Paint the depot")], ungated, ORG) == []  # type: ignore[arg-type, list-item]


def test_one_task_per_body_and_its_runner_is_who_consults_the_staff() -> None:
    org = _org(
        ("Operations Director", "rotas, staffing, depots"),
        ("Head of Customer Relations", "complaints and customer relations"),
        ("HR Manager", "recruitment, payroll, employee relations and union consultation"),
    )
    tasks = [_task("T1", "New rotas for the sorting teams"), _task("T2", "Longer shifts")]
    gaps = [
        {"id": "G1", "kind": "constraint", "text": "", "evidence": RULE, "blocks": ["T1"]},
        {"id": "G2", "kind": "constraint", "text": "", "evidence": RULE, "blocks": ["T2"]},
    ]
    (added,) = consultation_tasks(tasks, gaps, org)  # type: ignore[arg-type]
    assert added["title"] == (
        "Consult the works council before 'New rotas for the sorting teams' (T1) and 1 more "
        "task start"
    )
    assert added["owner_role"] == "HR Manager"  # not Customer Relations for "relations"
    assert tasks[0]["depends_on"] == tasks[1]["depends_on"] == ["T3"]


def test_a_task_that_only_shares_a_word_with_the_body_does_not_plan_its_consultation() -> None:
    plural = "rules.md: The works councils must be consulted before any change to rotas."
    gaps = [{"id": "G1", "kind": "constraint", "text": "", "evidence": plural, "blocks": ["T1"]}]
    tasks = [
        _task("T1", "New rotas for the sorting teams"),
        _task("T2", "Present the new frameworks to the regional board"),
    ]
    assert len(consultation_tasks(tasks, gaps, ORG)) == 1  # type: ignore[arg-type]


def test_work_put_to_the_staffs_body_consults_whoever_runs_employee_relations() -> None:
    from agent.knowledge.remit import advisers, relations_lead

    org = _org(
        ("Store Operations Director", "stores, rotas, night shifts and replenishment"),
        ("Patient Panel Lead", "brings customers into consultation on service change"),
        ("People Partner", "pay, recruitment and TSU negotiations"),
        ("TSU Branch Secretary", "represents the union's members"),
    )
    assert relations_lead(org.roles).name == "People Partner"  # not the panel's "consultation"
    line = "Consult the TSU on moving night shifts to an earlier start"
    names = [r.name for r in advisers(line, org.roles, exclude=("Store Operations Director",))]
    assert names[0] == "People Partner"
    # the same work not put to the staff's body asks no one about employee relations
    plain = "Move night shifts to an earlier start"
    assert "People Partner" not in [r.name for r in advisers(plain, org.roles)]
    # put to the body however said: agreed with it, briefed to it, or the body named first
    for said in (
        "Agree the earlier start for night shifts with the union",
        "Brief the works council on the earlier start for night shifts",
        "Works council information and consultation on the earlier night shift",
        "Mitigate works council objection to the earlier night shift",
    ):
        got = [r.name for r in advisers(said, org.roles, exclude=("Store Operations Director",))]
        assert got[:1] == ["People Partner"], said
    # agreed with someone else, or the union only mentioned, is not
    for said in ("Agree the night-shift prices with the supplier", "Union membership grows"):
        got = [r.name for r in advisers(said, org.roles, exclude=("Store Operations Director",))]
        assert "People Partner" not in got, said


def test_work_whose_verb_is_a_functions_trade_consults_the_role_that_names_it() -> None:
    """'Recruit and train ...' is people work whatever it is about: the one remit that names
    recruitment is consulted; a verb many remits share ('Review') places the work with none."""
    from agent.knowledge.remit import advisers

    org = _org(
        ("Bakery Manager", "bakery counters, ovens and the morning bake"),
        ("People Partner", "pay and reward, recruitment, colleague training"),
        ("Finance Manager", "budgets, review of spend, margin reporting"),
        ("Quality Lead", "food safety review, audits and recalls"),
        ("Operations Lead", "store routines, opening hours and review of rotas"),
    )
    line = "Recruit and train 12 apprentices for the fresh-counter bakery ovens at the pilot store"
    names = [r.name for r in advisers(line, org.roles, exclude=("Bakery Manager",))]
    assert names == ["People Partner"], names
    shared = "Review the bakery opening hours with the ovens team"
    assert "Finance Manager" not in [r.name for r in advisers(shared, org.roles)]


def test_a_consultation_says_why_the_method_added_it_once() -> None:
    """The reason reads under the renderers' own "Added by the method:" label, never twice."""
    gaps = [{"id": "G1", "kind": "constraint", "text": "", "evidence": RULE, "blocks": ["T1"]}]
    tasks = [_task("T1", "New rotas for the sorting teams")]
    made = consultation_tasks(tasks, gaps, ORG)  # type: ignore[arg-type]
    note = str(made[0]["origin_note"])
    assert note.startswith("G1 names a body") and "added by the method" not in note.lower(), note


def test_a_consultation_cites_the_gated_works_goals_in_their_own_order() -> None:
    tasks = [
        _task("T1", "New rotas for the sorting teams", vision_ids=["V10", "V2"]),
        _task("T2", "Change the staffing of the night shift", vision_ids=["V3"]),
        _task("T3", "Paint the depot", vision_ids=["V4"]),
    ]
    gaps = [
        {"id": "G1", "kind": "constraint", "text": "", "evidence": RULE, "blocks": ["T1", "T2"]}
    ]
    (added,) = consultation_tasks(tasks, gaps, ORG)  # type: ignore[arg-type]
    assert added["vision_ids"] == ["V2", "V3", "V10"]  # not V4, and V2 before V10


def test_the_title_names_the_decks_own_change_not_the_reporting_of_its_measure() -> None:
    """The gap ranks the task that reports "Sorting headcount: -20%" first; the reader is told
    the consultation comes before the deck's own change (not a mitigation of the risk that the
    talks overrun), and how many tasks more."""
    tasks = [
        _task("T1", "Own and report Sorting headcount: -20%", key="deck_kpi_sorting_headcount"),
        _task("T2", "Lead the work that moves sorting headcount", origin="method"),
        _task("T3", "Mitigate the risk: the rota talks overrun", key="deck_risk_4_rota_talks"),
        _task("T4", "New rotas for the sorting teams"),
    ]
    gaps = [
        {"id": "G1", "kind": "constraint", "text": "", "evidence": RULE,
         "blocks": ["T1", "T2", "T3", "T4"]}
    ]  # fmt: skip
    (added,) = consultation_tasks(tasks, gaps, ORG)  # type: ignore[arg-type]
    assert added["title"] == (
        "Consult the works council before 'New rotas for the sorting teams' (T4) and 3 more "
        "tasks start"
    )


def test_a_gate_signed_off_in_the_methods_words_does_not_plan_the_consultation() -> None:
    """A gate's title says "sign-off" in the method's words; only its pass marks are the deck's.
    Pass marks that name the works council ("rota rules drafted with the works council") do
    not consult it before the rotas change."""
    gaps = [{"id": "G1", "kind": "constraint", "text": "", "evidence": RULE, "blocks": ["T1"]}]
    tasks = [
        _task("T1", "New rotas for the sorting teams"),
        _task(
            "T2",
            "Gate 1 sign-off: depot app chosen",
            key="deck_gate_4_gate_1",
            quote="Depot app chosen; rota rules drafted with the works council",
        ),
    ]
    (added,) = consultation_tasks(tasks, gaps, ORG)  # type: ignore[arg-type]
    assert added["title"].startswith("Consult the works council before")


def test_work_gated_on_a_body_waits_for_the_decks_own_step_that_consults_it() -> None:
    """The deck plans the consultation itself ("Take the rota rules to the works council"): no
    step is added, and the rota work waits for the deck's step. A gate that names the council
    is no step; nor is a step the deck puts in a later horizon than the work. Work the gap
    blocks by looser words ("the sorting hall") stays blocked but does not wait."""
    gaps = [
        {
            "id": "G1",
            "kind": "constraint",
            "text": "",
            "evidence": RULE,
            "blocks": ["T1", "T2", "T4"],
        }
    ]
    tasks = [
        _task("T1", "New rotas for the sorting teams", blocked_by=["G1"]),
        _task("T2", "Take the rota rules to the works council", blocked_by=["G1"]),
        _task(
            "T3",
            "Gate 1: rota rules drafted with the works council",
            key="deck_gate_4_gate_1",
            quote="Rota rules drafted with the works council",
        ),
        _task("T4", "Repaint the sorting hall floor"),
    ]
    assert consultation_tasks(tasks, gaps, ORG) == []  # type: ignore[arg-type]
    assert gaps[0]["blocks"] == ["T1", "T2", "T4"]  # the gap holds until the step is done
    assert tasks[0]["depends_on"] == ["T2"] and tasks[1]["depends_on"] == []
    assert tasks[3]["depends_on"] == []
    later = [
        _task("T1", "New rotas for the sorting teams"),
        _task("T2", "Take the rota rules to the works council", horizon="aspirational"),
    ]
    assert consultation_tasks(later, gaps, ORG) == []  # type: ignore[arg-type]
    assert later[0]["depends_on"] == []


def test_a_step_never_waits_in_a_loop_for_the_work_it_gates() -> None:
    """A consultation step that already waits for the work (it takes the drafted rotas to the
    council) is not made a dependency of that work."""
    gaps = [{"id": "G1", "kind": "constraint", "text": "", "evidence": RULE, "blocks": ["T1"]}]
    tasks = [
        _task("T1", "Draft new rotas for the sorting teams"),
        _task("T2", "Take the drafted rotas to the works council", depends_on=["T1"]),
    ]
    assert consultation_tasks(tasks, gaps, ORG) == []  # type: ignore[arg-type]
    assert tasks[0]["depends_on"] == []
