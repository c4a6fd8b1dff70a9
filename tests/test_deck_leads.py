"""Who the deck names to lead its work and own its measures: a "DRI:" line under each
initiative (its label and the role drawn as two runs, as a PDF export draws them), one
"Accountable:" at the foot of a card of initiatives, and an owner column in a KPI table. An
objective page's key results are targets, not work, and its "Initiatives" label heads the list
without being an item of it. Made-up wording (issue 11)."""

from __future__ import annotations

from agent.engines.rules.visions import find_visions
from agent.knowledge.verbs import opens_with_work
from agent.planning.commitments import kpi_tasks
from agent.planning.deck_plan import read_deck_plan
from schemas.context import OrgContext
from tests.decks import goal, role, slide_deck, table_block

OKR_PAGE = (
    "Crossings that leave on time",
    [
        "OBJECTIVE 1",
        "A late ferry strands a whole island for an hour, so punctuality comes before growth.",
        "Objective owner: Marine Director",
        "Key results",
        "KR1.1 Sailings on time",
        "Raise sailings on time from 81% to 93% of the timetable by Q4 2029.",
        "Initiatives (what we commit to do)",
        "Re-plan the winter timetable around the tide windows, from October 2028.",
        "DRI:",
        "Head of Scheduling",
        "Fit hull-condition sensors to the four oldest vessels before the 2029 refits.",
        "DRI: Fleet Engineer",
    ],
)
TURNAROUNDS = [
    "Faster turnarounds",
    "Run two loading lanes at both terminals so a sailing turns round in 25 minutes",
    "Add a second linkspan crew at the mainland slip for the summer peak",
    "Accountable: Terminals Manager",
]
TICKETS = [
    "Easier tickets",
    "Sell every ticket, single or season, through one app by March 2029",
    "Replace the paper season tickets with smartcards for island residents",
    "Accountable: Head of Customer",
]
CARDS = ("Three moves, each with one accountable head", ["1", *TURNAROUNDS, "2", *TICKETS])


def _plan():  # type: ignore[no-untyped-def]
    return read_deck_plan(slide_deck([OKR_PAGE, CARDS], bullets=False))


def test_a_dri_line_leads_the_initiative_above_it() -> None:
    led = {c.title.split(",")[0]: c.lead for c in _plan().commitments}
    assert led["Re-plan the winter timetable around the tide windows"] == "Head of Scheduling"
    fit = next(c for c in _plan().commitments if c.title.startswith("Fit hull-condition"))
    assert fit.lead == "Fleet Engineer"


def test_one_accountable_line_leads_every_item_of_its_card() -> None:
    leads = {c.title: c.lead for c in _plan().commitments}
    for item in ("Run two loading lanes", "Add a second linkspan crew"):
        assert next(v for k, v in leads.items() if k.startswith(item)) == "Terminals Manager"
    for item in ("Sell every ticket", "Replace the paper season tickets"):
        assert next(v for k, v in leads.items() if k.startswith(item)) == "Head of Customer"


def test_key_results_and_list_labels_are_no_work() -> None:
    titles = " | ".join(c.title for c in _plan().commitments)
    assert "Raise sailings on time" not in titles  # a key result: a target
    assert "Initiatives" not in titles and "KR1.1" not in titles and "DRI" not in titles
    assert "A late ferry strands" not in titles  # the objective's case, above its list


def test_led_work_is_no_goal_but_a_goal_with_its_owner_stays() -> None:
    goals = (
        "What good looks like",
        [
            "Cut cancelled sailings from 4% to 1% by 2029",
            "Owner: Marine Director; counted from the log book",
        ],
    )
    texts = [v.text for v in find_visions(slide_deck([OKR_PAGE, goals], bullets=False))]
    assert not any("Re-plan the winter timetable" in t or "DRI" in t for t in texts)
    assert not any(t.startswith("Initiatives") for t in texts)  # the list's label
    assert any(t.startswith("Cut cancelled sailings from 4% to 1%") for t in texts)


def test_a_kpi_tables_owner_column_owns_the_measure() -> None:
    deck = slide_deck([("Scorecard", [])], bullets=False)
    deck.units[0].blocks.append(
        table_block(
            [
                ["Key result", "Baseline", "Q4 2028", "Q4 2029", "DRI"],
                ["Sailings on time", "81%", "87%", "93%", "Marine Director"],
                ["Ticket complaints a month", "240", "180", "90", "Head of Customer"],
            ],
            slide=1,
        )
    )
    plan = read_deck_plan(deck)
    assert {k.metric: k.lead for k in plan.kpis} == {
        "Sailings on time": "Marine Director",
        "Ticket complaints a month": "Head of Customer",
    }
    org = OrgContext(
        root="org",
        roles=[
            role("Marine Director", "Runs the fleet and its crews"),
            role("Head of Customer", "Tickets, the app and complaints"),
            role("Performance Analyst", "Reports every measure on time and complaints"),
        ],
    )
    visions = [goal("V1", "Sailings on time from 81% to 93%", 1)]
    visions.append(goal("V2", "Ticket complaints a month from 240 to 90", 1))
    owners = {t.title.split(":")[0]: t.owner_role for t in kpi_tasks(plan, visions, org, [])}
    assert owners == {
        "Own and report Sailings on time": "Marine Director",
        "Own and report Ticket complaints a month": "Head of Customer",
    }


def test_a_verb_redone_and_two_verbs_sharing_an_object_open_work() -> None:
    assert opens_with_work("Re-tender the harbour dredging contract")
    assert opens_with_work("Repair or replace the 40 oldest buoys")
    assert not opens_with_work("Re-engagement rate of lapsed members")


def test_numbers_over_headings_name_the_moves_and_their_work() -> None:
    """ "1" in a shape of its own over "Faster turnarounds": the deck's moves, each with the
    work listed under it, though the action title speaks of today ("from today's fleet")."""
    overview = (
        "Three moves, each with one accountable head, take us from today's fleet to 2030",
        [
            "1",
            *TURNAROUNDS,
            "2",
            "Fewer, cleaner, quieter ships",
            "Replace the two oldest ferries with hybrid vessels by March 2030",
            "Fit shore power at the island berth for overnight lay-bys",
            "Accountable: Fleet Engineer",
            "3",
            *TICKETS,
        ],
    )
    pilot = (
        "The island pilot, by 30 September 2028",
        [
            "What changes",
            "Two loading lanes, smartcards for residents and shore power at the island berth.",
            "Compared with",
            "The northern route, which keeps one lane and paper tickets through the pilot.",
        ],
    )
    cover = ("Harbour Ferries: Open Water 2030", ["Board, March 2028"])
    today = (
        "Where we stand today",
        ["Sailings on time: 81% in 2027", "Two ships over 30 years old"],
    )
    vision = ("Where we are headed", ["Islanders trust the ferry like a bridge"])
    slides = [cover, today, vision, overview, pilot]  # (the overview is slide 4, not 1, 2 or 3)
    plan = read_deck_plan(slide_deck(slides, bullets=False))
    assert plan.pillars == ["Faster turnarounds", "Fewer, cleaner, quieter ships", "Easier tickets"]
    by_pillar = {c.title.split(" ")[0] + c.title.split(" ")[1]: c.pillar for c in plan.commitments}
    assert by_pillar["Fitshore"] == "Fewer, cleaner, quieter ships"
    assert "Replace the two oldest ferries" in plan.pillar_text["Fewer, cleaner, quieter ships"]
    # the parts of the pilot's card are labels, not cards of work
    assert not any(c.title.startswith(("What changes", "Compared with")) for c in plan.commitments)


def test_a_lead_written_after_a_first_days_item() -> None:
    """ "(Head of Customer)" after an item, or a PDF row's owner column run on after its action
    ("... bid Finance Director Wk 6"), leads the item; the object of the work is no lead."""
    days = (
        "The first 90 days",
        [
            "Sign the smartcard supply contract for island residents (Head of Customer)",
            "Submit the harbour grant bid to the regional fund Finance Director Wk 6",
            "Book the tide survey with the Harbour Authority Head of Marine Operations Wk 3",
            "Appoint an interim Programme Director",
            "Brief the Marine Director on the refit slots",
        ],
    )
    plan = read_deck_plan(slide_deck([days], bullets=False))
    leads = {c.title: c.lead for c in plan.commitments}
    assert leads["Sign the smartcard supply contract for island residents"] == "Head of Customer"
    assert leads["Submit the harbour grant bid to the regional fund"] == "Finance Director"
    assert leads["Book the tide survey with the Harbour Authority"] == "Head of Marine Operations"
    assert leads["Appoint an interim Programme Director"] is None
    assert leads["Brief the Marine Director on the refit slots"] is None


def test_a_roadmaps_marker_legend_gives_dated_gates() -> None:
    """ "CP1 October 2028: ... go/no-go · CP2 June 2029: ..." under a roadmap: each marker is a
    gate on its date; a line with one coded item is no legend."""
    deck = slide_deck(
        [
            ("Open Water 2030", ["Harbour Ferries board, January 2028"]),
            (
                "Roadmap: three phases over two years",
                [
                    "Three phases from January 2028: Steady (January to September 2028), "
                    "Switch (October 2028 to June 2029) and Grow (July to December 2029).",
                    "CP1 October 2028: island pilot go/no-go · CP2 June 2029: hybrid ferries "
                    "go/no-go · CP3 December 2029: close-out",
                    "A1 March 2029: the second berth opens",
                ],
            ),
        ],
        bullets=False,
    )
    gates = [c for c in read_deck_plan(deck).commitments if c.kind == "gate"]
    assert [g.title.split()[0] for g in gates] == ["CP1", "CP2", "CP3"]
    assert gates[0].start_week is not None and gates[1].start_week is not None
    assert gates[0].start_week < gates[1].start_week


def test_a_wh_label_over_the_goals_is_no_goal() -> None:
    """ "What that means by the end of 2029" heads the goals under it; it is none of them."""
    goals = (
        "Our north star",
        [
            "What that means by the end of 2029",
            "Cut cancelled sailings from 4% to 1% by December 2029",
            "Raise island residents' satisfaction from 71% to 85% by December 2029",
        ],
    )
    texts = [v.text for v in find_visions(slide_deck([goals], bullets=False))]
    assert not any(t.startswith("What that means") for t in texts)
    assert any(t.startswith("Cut cancelled sailings") for t in texts)


def test_work_the_deck_states_as_an_end_state_is_done_when_it_holds() -> None:
    from agent.planning.commitments import _done_when
    from agent.planning.deck_plan import Commitment, DeckPlan
    from schemas.plan import Source

    plan = DeckPlan()
    source = Source(file="deck.pptx", slide=15)
    state = Commitment(
        kind="initiative",
        title="Alerts raise work orders",
        text="Alerts raise work orders, routed by urgency to the shift crews.",
        source=source,
        end_week=26.0,
    )
    assert _done_when(state, plan) == (
        "In place and in use by month 6, as the deck describes it (slide 15): Alerts raise "
        "work orders, routed by urgency to the shift crews."
    )
    from agent.planning.checks import _OBSERVABLE

    assert _OBSERVABLE.search(_done_when(state, plan))  # the plan's own check reads it as seen
    work = state.model_copy(update={"text": "Fit vibration sensors to all seven lifts."})
    assert _done_when(work, plan).startswith("Completed by month 6 as the deck sets it out")


def test_a_lead_after_a_dash_leaves_no_dash_and_its_dated_work_is_no_goal() -> None:
    """ "Fit tablets to all 34 vans by March 2029 — Lead: Head of Digital": the work is
    'Fit tablets to all 34 vans by March 2029', led by the Head of Digital, and its date does
    not make it a goal."""
    deck = slide_deck(
        [
            ("Fleet plan 2029", ["Board, January 2029"]),
            (
                "Priority 2: A connected fleet",
                [
                    "Goal: every van reporting its route live by September 2030",
                    "What we will do",
                    "Fit tablets to all 34 vans by March 2029 — Lead: Head of Digital",
                    "Train every driver on the new route app",
                ],
            ),
        ],
        bullets=False,
    )
    work = [c for c in read_deck_plan(deck).commitments if c.title.startswith("Fit tablets")]
    assert [(c.title, c.lead) for c in work] == [
        ("Fit tablets to all 34 vans by March 2029", "Head of Digital")
    ], work
    assert not any("Fit tablets" in v.text for v in find_visions(deck))


def test_a_dated_first_days_item_without_its_own_time_label_says_no_none() -> None:
    from agent.planning.commitments import _done_when
    from agent.planning.deck_plan import Commitment, DeckPlan
    from schemas.plan import Source

    item = Commitment(
        kind="milestone",
        title="Appoint the programme manager",
        text="Appoint the programme manager.",
        source=Source(file="deck.pptx", slide=12),
        end_week=2.0,
    )
    assert _done_when(item, DeckPlan()) == (
        "Done and reported by week 2: Appoint the programme manager."
    )
    dated = item.model_copy(update={"window": "by day 10"})
    assert "(by day 10)" in _done_when(dated, DeckPlan())


def test_a_first_days_item_led_by_a_chief_officers_initials_in_brackets() -> None:
    """ "Hold the mobilisation review on 13 August 2027 (COO)": the COO leads it, and the
    title says the work without the bracket."""
    days = (
        "Our first 90 days",
        [
            "Hold the mobilisation review on 13 August 2027 (COO)",
            "Order the first wave's routers from the framework supplier (Head of Supply)",
            "Publish the permit pipeline for the first two towns (Street Works Manager)",
        ],
    )
    plan = read_deck_plan(slide_deck([("Fibre for the Vale", ["Board paper"]), days]))
    led = {c.title: c.lead for c in plan.commitments}
    assert led.get("Hold the mobilisation review on 13 August 2027") == "COO", led
