"""Which tasks a stated gap blocks: the work that needs what it says is missing."""

from __future__ import annotations

from typing import Any

from agent.planning.assemble import link_gaps
from schemas.context import OrgContext, System


def _task(i: int, title: str, description: str = "", key: str = "") -> Any:
    return {
        "id": f"T{i}",
        "key": key or f"deck_initiative_{i}",
        "title": title,
        "description": description or f"{title}. (From the deck's Roadmap, slide {i}.)",
    }


# A plan has some eighty tasks: a word is distinctive against all of them.
FILLER = [
    "Open the flagship store in the capital",
    "Launch the spring menu with two new drinks",
    "Train cashiers on the new checkout flow",
    "Publish the brand book for franchise partners",
    "Renegotiate packaging supplier terms",
    "Run a quarterly customer survey",
    *[f"Workstream item {i}" for i in range(70)],
]


def _plan(*titles: str | tuple[str, str]) -> list[Any]:
    tasks = []
    for i, t in enumerate([*titles, *FILLER], start=1):
        tasks.append(_task(i, t) if isinstance(t, str) else _task(i, t[0], key=t[1]))
    return tasks


def _blocks(tasks: list[Any], sentence: str, org: OrgContext | None = None) -> set[str]:
    gaps: list[Any] = [
        {"text": f"Limitation: {sentence}", "evidence": f"systems.md: {sentence}", "kind": "system"}
    ]
    link_gaps(tasks, gaps, org)
    return {next(t["title"] for t in tasks if t["id"] == tid) for tid in gaps[0]["blocks"]}


def test_work_that_depends_on_the_missing_thing_is_blocked() -> None:
    # No shared word: predictive maintenance needs the maintenance records the gap lacks.
    tasks = _plan("Predictive Maint. Replication", "Vision Inspection Hardware")
    blocked = _blocks(
        tasks, "Maintenance records at two plants are kept on paper work-order cards."
    )
    assert "Predictive Maint. Replication" in blocked
    assert "Vision Inspection Hardware" not in blocked


def test_a_named_system_brings_its_inventory_description() -> None:
    # The gap says "no MES"; the inventory says the MES keeps the batch genealogy, which the
    # genealogy task needs.
    org = OrgContext(
        root=".",
        systems=[System(name="Opcenter", description="MES: work orders, batch genealogy")],
    )
    tasks = _plan("Batch genealogy for released lots", "Vision Inspection Hardware")
    blocked = _blocks(tasks, "The third plant has no MES.", org)
    assert "Batch genealogy for released lots" in blocked


def test_a_generic_word_or_a_site_name_alone_does_not_link() -> None:
    # "history" is shared with demand forecasting, "Xuzhou" with the pilot survey: neither is
    # what the gap is about; the failure-data work is.
    tasks = _plan(
        "Cleanse historical failure data for model training",
        "Demand forecasting from order history",
        "Survey the Xuzhou pilot site",
        "Predictive maintenance pilot",
    )
    blocked = _blocks(
        tasks, "Failure history at Xuzhou starts in 2022; earlier failures are in paper logbooks."
    )
    assert "Cleanse historical failure data for model training" in blocked
    assert "Demand forecasting from order history" not in blocked
    assert "Survey the Xuzhou pilot site" not in blocked


def test_gates_and_governance_are_never_blocked() -> None:
    tasks = _plan(
        ("Phase 1 gate: sensors installed and connected", "deck_gate_3_phase_1_gate"),
        "Install sensors on key assets and connect them",
    )
    blocked = _blocks(tasks, "Machines at three plants are not connected; no gateway exists.")
    assert blocked == {"Install sensors on key assets and connect them"}


def test_a_measure_task_links_by_its_measure_not_its_template() -> None:
    # "Confirm the definition and data source, publish the baseline and report" is every
    # measure task's template: a gap about reporting must not reach them through it.
    template = "Confirm the definition and data source, publish the baseline, and report progress."
    tasks = [
        _task(1, "Own and report Customer satisfaction: to 90%", template, "deck_kpi_csat"),
        _task(2, "Own and report Store count: to 80", template, "deck_kpi_stores"),
        *[_task(i, t) for i, t in enumerate(FILLER, start=3)],
    ]
    blocked = _blocks(tasks, "Plants report production data from a home-built source tool.")
    assert not blocked


def test_the_work_a_constraint_holds_back_is_what_it_blocks() -> None:
    # The sentence names what may not start; its other words (a review, months, a county)
    # are shared with tasks it does not hold back.
    tasks = _plan(
        "Foundations and frame for the riverside hotel",
        "Review the county visitor survey every six months",
        ("Hotel construction", "deck_milestone_3"),
    )
    blocked = _blocks(
        tasks,
        "Use of the river frontage requires the county flood-risk review, which takes six "
        "months. Construction cannot start before it.",
    )
    assert "Hotel construction" in blocked
    assert "Review the county visitor survey every six months" not in blocked


def test_two_words_of_the_gap_that_several_tasks_use_link_the_work_it_holds_back() -> None:
    """ "Lifeguard rotas rely on a spreadsheet kept by each lake": the one task that sets
    lifeguards' rotas is held back, though each word is in several tasks; one that shares a
    single word is not."""
    tasks = _plan(
        "Set lifeguard rotas for the early slots",
        *[f"Lifeguard task {k}: buy kit for {place}" for k, place in enumerate("ABCDEFG")],
        *[f"Rota task {k}: kitchen cover for {place}" for k, place in enumerate("ABCDEFG")],
    )
    blocked = _blocks(tasks, "Lifeguard rotas rely on a spreadsheet kept by each lake.")
    assert "Set lifeguard rotas for the early slots" in blocked, blocked
    assert "Lifeguard task 0: buy kit for A" not in blocked


def _constraint_blocks(
    tasks: list[Any], sentence: str, subject: str = "", org: OrgContext | None = None
) -> set[str]:
    gaps: list[Any] = [
        {
            "text": f"Constraint to plan around: {sentence}",
            "evidence": f"people.md: {sentence}",
            "kind": "constraint",
            "subject": subject,  # what the org's sentence is about, as the reader gives it
        }
    ]
    link_gaps(tasks, gaps, org)
    return {next(t["title"] for t in tasks if t["id"] == tid) for tid in gaps[0]["blocks"]}


def test_a_body_consulted_before_a_change_blocks_the_work_that_changes_it() -> None:
    """What a body must be consulted on is the work held back, however it is phrased; the
    tasks that share only the sentence's other words (a committee, days, notice) are not."""
    tasks = _plan(
        "Move the pool attendants to a new shift rota from March",
        "Replace the two entrance turnstiles at the east gate",
        "Form a steering committee for the spa refurbishment",
        "Publish the 30-day notice of new opening hours on the website",
    )
    said = [
        "The Staff Committee must be consulted before any change to shift rotas or the turnstile "
        "layout, with 30 days' written notice.",
        "Changes to shift rotas and turnstiles go to the Staff Committee for 30 days of "
        "consultation before they start.",
        "The company will consult the Staff Committee for no less than 30 days before changing "
        "shift rotas or turnstiles.",
    ]
    for sentence in said:
        blocked = _constraint_blocks([dict(t) for t in tasks], sentence)
        assert "Move the pool attendants to a new shift rota from March" in blocked, sentence
        assert "Replace the two entrance turnstiles at the east gate" in blocked, sentence
        assert "Form a steering committee for the spa refurbishment" not in blocked, sentence
        assert "Publish the 30-day notice of new opening hours on the website" not in blocked


def test_a_change_a_body_must_approve_or_agree_is_held_back_as_one_it_is_consulted_on() -> None:
    """ "Any change to X must be approved by the Board", "changes to X need the partner's
    agreement": the work that changes X waits, not the method's steps that share the
    sentence's other words (a board, taking effect)."""
    from agent.planning.assemble import held_items

    tasks = _plan(
        "Rewrite the Visiting Hours Policy with evening slots on every ward",
        "Lead the work that moves Family satisfaction: agree the changes with the teams",
        "Take the quarterly report to the Hospital Board",
    )
    said = [
        "Any change to the Visiting Hours Policy must be approved by the Hospital Board before "
        "it takes effect.",
        "Changes to the visiting hours policy need the Hospital Board's written agreement.",
    ]
    for sentence in said:
        assert held_items(sentence), sentence
        blocked = _constraint_blocks([dict(t) for t in tasks], sentence)
        assert "Rewrite the Visiting Hours Policy with evening slots on every ward" in blocked
        assert not any(b.startswith("Lead the work") for b in blocked), blocked


def test_a_notice_period_is_not_work_held_back() -> None:
    from agent.planning.assemble import held_items

    assert held_items("Staff are told no less than 45 days before rotas change.") == []
    assert held_items("No hiring until the budget is set.") == [frozenset({"hire"})]


def test_work_naming_a_held_item_is_blocked_beside_a_task_that_repeats_the_sentence() -> None:
    """The deck's own line "Take every change to kiosks, steward rotas and gate layouts to the
    Ground Safety Panel" shares most of the constraint's words. The work that changes the
    kiosks or the steward rotas is held back too, though it shares one word with the sentence
    and ranks far below that line."""
    tasks = _plan(
        "Take every change to kiosks, steward rotas and gate layouts to the Ground Safety "
        "Panel before the season",
        "Bedding in: new steward rotas, kiosks and gate layouts tested at friendlies",
        "Replace the six kiosks in the north stand",
        "Reopen the two closed kiosks behind the family stand",
        "Set steward rotas for the cup games",
        "Publish the season-ticket prices for the new season",
    )
    blocked = _constraint_blocks(
        tasks,
        "The Ground Safety Panel must be consulted before any change to kiosks, steward rotas "
        "or the layout of a gate.",
        "Ground Safety Panel",
    )
    assert "Replace the six kiosks in the north stand" in blocked, blocked
    assert "Reopen the two closed kiosks behind the family stand" in blocked, blocked
    assert "Set steward rotas for the cup games" in blocked, blocked
    assert "Publish the season-ticket prices for the new season" not in blocked


def test_one_plain_word_of_the_sentence_ties_a_gap_to_no_task() -> None:
    """ "Consultation takes at least 30 days and the staff council's opinion is recorded
    before the decision" shares only "records" with the task that files incident records: it
    does not hold that work back."""
    # (a plan of some ninety tasks, where a word one task uses weighs as much as two words)
    more = [f"Second workstream item {i}" for i in range(12)]
    tasks = _plan("Capture every incident record into the knowledge base", *more)
    blocked = _constraint_blocks(
        tasks,
        "Consultation takes at least 30 days and the staff council's opinion is recorded "
        "before the decision.",
    )
    assert "Capture every incident record into the knowledge base" not in blocked, blocked


def test_a_systems_name_in_a_task_is_not_the_gaps_common_word() -> None:
    """Work "on Harvest Hub" (the org's booking system) does not share "harvest" with a
    constraint on "harvest hours"; work that sets the harvest hours does. A gap that names
    Harvest Hub still reaches the work on it."""
    org = OrgContext(
        root=".", systems=[System(name="Harvest Hub", description="growers' booking portal")]
    )
    tasks = _plan(
        "Open delivery-slot booking on Harvest Hub",
        "Set the harvest hours for every grader",
    )
    blocked = _constraint_blocks(
        [dict(t) for t in tasks],
        "The union must be consulted before any change to shift schedules or harvest hours.",
        org=org,
    )
    assert "Set the harvest hours for every grader" in blocked, blocked
    assert "Open delivery-slot booking on Harvest Hub" not in blocked, blocked
    named = _constraint_blocks(
        [dict(t) for t in tasks],
        "Harvest Hub cannot take bookings for more than one elevator at a time.",
        org=org,
    )
    assert "Open delivery-slot booking on Harvest Hub" in named, named


def test_work_that_needs_what_a_system_cannot_do_is_blocked() -> None:
    """ "Ledgerline cannot collect Standing Order payments": the thing it cannot do is what the
    work needs, though its words are capitalised like a name ("Standing Order")."""
    tasks = _plan(
        "Offer Standing Order instalments from the spring renewal",
        "Email every member their renewal date",
    )
    blocked = _blocks(tasks, "Ledgerline cannot collect Standing Order payments.")
    assert "Offer Standing Order instalments from the spring renewal" in blocked, blocked
    assert "Email every member their renewal date" not in blocked, blocked


def test_what_a_missing_channel_or_the_hours_kept_hold_back_is_blocked_by_other_words() -> None:
    """No word in common: text-message work needs the SMS gateway the org lacks, keyless
    collection the digital keys its system cannot issue, weekend cover the hours beyond a
    weekdays-only desk."""
    tasks = _plan(
        "Send text message reminders the day before each bin collection",
        "Open keyless collection at the three city branches",
        "Add weekend cover to the residents' help desk from April",
        "Repaint the depot gates",
    )
    sms = _blocks(
        [dict(t) for t in tasks], "The council has no SMS gateway; residents get letters."
    )
    assert "Send text message reminders the day before each bin collection" in sms, sms
    assert "Repaint the depot gates" not in sms
    keys = _blocks([dict(t) for t in tasks], "HireDesk cannot issue a digital key to a renter.")
    assert "Open keyless collection at the three city branches" in keys, keys
    hours = _blocks([dict(t) for t in tasks], "The help desk works only on weekdays, 9 to 5.")
    assert "Add weekend cover to the residents' help desk from April" in hours, hours


def test_an_act_a_rule_governs_holds_back_the_work_that_does_it() -> None:
    """ "Closing any branch library is a key decision: it must go to Cabinet ..." holds back
    the work that closes a branch library, however the deck names the branch, and not the
    work that shares the sentence's other words (Cabinet, an assessment)."""
    from agent.planning.assemble import held_items

    sentence = (
        "Closing any branch library is a key decision: it must go to Cabinet with an equality "
        "impact assessment 28 days before the meeting."
    )
    assert frozenset({"close", "librari"}) in held_items(sentence)
    assert held_items("Reporting the loans each month is expected.") == []
    tasks = _plan(
        "Close the Marsh Lane branch library once the mobile library calls weekly",
        "Close the Fenby branch library and move its stock to Hartley",
        "Brief Cabinet each quarter on the equality impact of the programme",
    )
    blocked = _constraint_blocks([dict(t) for t in tasks], sentence)
    assert {
        "Close the Marsh Lane branch library once the mobile library calls weekly",
        "Close the Fenby branch library and move its stock to Hartley",
    } <= blocked, blocked
    assert not any(b.startswith("Brief Cabinet") for b in blocked), blocked


def test_the_cap_on_blocked_tasks_never_parts_tasks_held_back_alike() -> None:
    """Eight tasks each close a depot: the rule on closing any depot holds all eight back, the
    cap of six notwithstanding; work that only shares a word with it is not swept in."""
    closes = [f"Close the {town} depot" for town in ("Ayr", "Buxton", "Crewe", "Derby")]
    closes += [f"{town} depot closes" for town in ("Ely", "Frome", "Goole", "Hythe")]
    tasks = _plan(*closes, "Paint the Ayr depot")
    blocked = _blocks(
        tasks,
        "Closing any depot is a key decision: it must go to the Board with a staff consultation.",
    )
    assert set(closes) <= blocked, blocked
    assert "Paint the Ayr depot" not in blocked


def test_a_system_with_a_section_of_its_own_brings_what_it_does(tmp_path: Any) -> None:
    # The inventory gives the system a heading and says what it does under it: a limit of
    # that system holds back the work on what it does, though the work never names it.
    from agent.context import load_context

    (tmp_path / "systems").mkdir()
    (tmp_path / "systems" / "harbour-systems-inventory.md").write_text(
        "# Harbour systems inventory\n\n## Moorcroft\n\n"
        "Moorcroft is the berth booking system for visiting yachts.\n\n"
        "## Fuel dock\n\nThe fuel dock sells diesel by the litre.\n",
        encoding="utf-8",
    )
    org = load_context(tmp_path)
    tasks = _plan("Let skippers book a visiting berth online", "Vision Inspection Hardware")
    blocked = _blocks(tasks, "Moorcroft cannot take a deposit.", org)
    assert blocked == {"Let skippers book a visiting berth online"}
