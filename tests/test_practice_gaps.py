"""Today's practice said at a degree (how often, how much of the estate, how long it takes, by
what hand means, at what capacity) is a gap where the deck's own plan changes it, and only
there: "the guest survey runs twice a year" says nothing wrong until the deck commits to
monthly guest feedback. Read alone, such a sentence is no gap (the labelled org statements
agree), and a role's duties, a charter's rules and a metric's definition are no practice.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from agent.context import find_absences, load_context
from agent.planning.assemble import link_gaps, org_gaps
from evals.orgstatements import engine_reader
from schemas.context import OrgContext


def _task(i: int, title: str, origin: str = "deck", key: str = "") -> Any:
    return {
        "id": f"T{i}",
        "key": key or (f"deck_initiative_{i}" if origin == "deck" else f"method_step_{i}"),
        "title": title,
        "description": f"{title}. (From the deck's Roadmap, slide {i}.)",
        "origin": origin,
    }


FILLER = [
    "Open the flagship store in the capital",
    "Launch the spring menu with two new drinks",
    "Publish the brand book for franchise partners",
    "Renegotiate packaging supplier terms",
    *[f"Workstream item {i}" for i in range(60)],
]


def _plan(*titles: str | tuple[str, str]) -> list[Any]:
    return [
        _task(i, t) if isinstance(t, str) else _task(i, t[0], origin=t[1])
        for i, t in enumerate([*titles, *FILLER], start=1)
    ]


def _org(*sentences: str) -> OrgContext:
    found = [a for s in sentences for a in find_absences(s, source="operations.md", practices=True)]
    return OrgContext(
        root=".",
        absences=[a for a in found if not a.practice],
        practices=[a for a in found if a.practice],
    )


PRACTICES = [
    "The guest survey runs twice a year, in spring and autumn, with about 1,100 replies.",
    "Food and drink can be ordered in the app at three cinemas.",
    "Acoustic loggers are fitted in parts of the Hatherley and Redbrook zones.",
    "Linen is counted by weighing the cages at dispatch and on return.",
    "Planning consent for a new shelter comes back within 40 working days.",
    "First-day calls are made by office staff between other jobs.",
    "The academy has places enough for one cohort of 12 every four weeks.",
]


@pytest.mark.parametrize("sentence", PRACTICES)
def test_a_practice_read_alone_is_kept_as_one_and_is_no_gap(sentence: str) -> None:
    found = find_absences(sentence, source="operations.md", practices=True)
    assert [(a.kind, a.practice) for a in found] == [("limitation", True)], sentence
    assert engine_reader(sentence) == []  # a sentence read without a plan states no gap
    assert find_absences(sentence) == []  # nor does the reader, unless asked for practices


@pytest.mark.parametrize(
    "sentence",
    [
        "The steering group agrees the plan each quarter and reports to the board.",
        "We opened the flagship store in 2024 and it trades seven days a week.",
        "Paper job cards were retired in 2024 and every order is now in the app.",  # solved
        "Survey twice a year.",  # a label
    ],
)
def test_ordinary_sentences_are_no_practice(sentence: str) -> None:
    assert find_absences(sentence, practices=True) == []


def test_a_practice_the_decks_own_plan_changes_is_a_gap_blocking_that_work() -> None:
    org = _org(*PRACTICES[:2])
    tasks = _plan(
        "Run the guest survey every month at every site",
        "Order food and drink in the app at every cinema",
    )
    gaps = org_gaps(tasks, org, [])
    assert [g["evidence"] for g in gaps] == [f"operations.md: {s}" for s in PRACTICES[:2]]
    assert all(g["text"].startswith("Today's practice, which the plan changes: ") for g in gaps)
    link_gaps(tasks, gaps, org)
    blocked = [[t["title"] for t in tasks if t["id"] in g["blocks"]] for g in gaps]
    assert blocked == [
        ["Run the guest survey every month at every site"],
        ["Order food and drink in the app at every cinema"],
    ]


def test_a_practice_only_the_method_touches_or_nothing_touches_is_no_gap() -> None:
    org = _org(PRACTICES[0])
    assert org_gaps(_plan(("Run the guest survey every month", "method")), org, []) == []
    assert org_gaps(_plan("Refit the flagship kitchen"), org, []) == []


def test_the_loader_keeps_practices_apart_from_stated_absences(tmp_path: Path) -> None:
    org_dir = tmp_path / "org"
    org_dir.mkdir()
    (org_dir / "operations.md").write_text(
        "# How we work today\n\n"
        "- The guest survey runs twice a year, in spring and autumn.\n"
        "- There is no customer data platform.\n",
        encoding="utf-8",
    )
    (org_dir / "roster.md").write_text(
        "# Roster\n\n- Head of Guest Experience: runs the guest survey twice a year.\n",
        encoding="utf-8",
    )
    (org_dir / "metrics.md").write_text(
        "# Metrics\n\n## Complaints closed in time\n\n"
        "- **Definition:** complaints closed within 10 working days, as a share of all.\n"
        "- **Owner:** Head of Guest Experience\n",
        encoding="utf-8",
    )
    org = load_context(org_dir)
    assert [a.text for a in org.practices] == [
        "The guest survey runs twice a year, in spring and autumn."
    ]
    assert not any(a.practice for a in org.absences)
    assert [a.capability for a in org.absences] == ["cdp"]


def test_a_practice_the_next_sentence_points_back_at_binds_the_plan_as_a_constraint() -> None:
    said = (
        "Use of the hot spring needs the county's review, which takes 6 to 9 months. "
        "Construction cannot start before it."
    )
    found = find_absences(said, source="permits.md", practices=True)
    assert [(a.kind, a.practice) for a in found] == [("constraint", False)]
    assert found[0].text == said


def test_a_posts_duties_said_under_its_name_are_no_gap_what_it_lacks_is() -> None:
    """A roster cell or role profile quoted with its post ("Community Engagement Advisor: Plans
    the council's campaigns ... and runs the ratepayer survey every two years") tells what the
    post does, not what the org lacks; the same post's cell saying it is vacant, or that its
    crew is not yet trained, is a gap."""
    from schemas.context import Role, SystemAbsence

    duty = SystemAbsence(
        capability="limitation",
        kind="limitation",
        text="Community Engagement Advisor: Plans the council's campaigns and runs the ratepayer "
        "survey every two years with the research contractor.",
        source="people/roster.xlsx",
    )
    short = [
        SystemAbsence(
            capability="staffing",
            kind="limitation",
            text="Head of Customer Experience: (Post vacant since May 2026; the Head of Terminal "
            "Operations covers complaints.)",
            source="people/roster.xlsx",
        ),
        SystemAbsence(
            capability="training",
            kind="limitation",
            text="Automation Engineering Manager: Leads the 14 maintenance engineers, none yet "
            "trained on PLCs or robotics.",
            source="people/roster.xlsx",
        ),
    ]
    roles = [
        Role(name=name, source="people/roster.xlsx")
        for name in (
            "Community Engagement Advisor",
            "Head of Customer Experience",
            "Automation Engineering Manager",
        )
    ]
    org = OrgContext(root=".", roles=roles, absences=[duty, *short])
    quoted = [g["evidence"] for g in org_gaps(_plan("Run a survey of ratepayers"), org, [])]
    assert quoted == [f"people/roster.xlsx: {a.text}" for a in short]
    # without the post in the roster, the sentence is read as it stands
    bare = OrgContext(root=".", roles=[], absences=[duty])
    assert len(org_gaps(_plan("Run a survey of ratepayers"), bare, [])) == 1


def test_where_a_posts_remit_stops_is_no_gap() -> None:
    """ "Head of Events: No part in hospital catering." says whose work it is not (a keyword
    trap for owners), not something the organization lacks; a post that is vacant still is."""
    from agent.planning.assemble import _duties

    posts = frozenset({"head of events", "stores manager"})
    assert _duties("Head of Events: No part in hospital catering.", posts)
    assert _duties("Stores Manager: Not responsible for the tills.", posts)
    assert not _duties("Head of Events: The post has been vacant since June.", posts)
    # (a post the roster does not hold is read as it stands)
    assert not _duties("Head of Weddings: No part in hospital catering.", posts)
    # read as an absence too ("No part"), it is no gap of the org
    from schemas.context import Role, SystemAbsence

    said = SystemAbsence(
        capability="catering",
        kind="absence",
        text="Head of Events: No part in hospital catering.",
        source="people/posts.xlsx",
    )
    org = OrgContext(root=".", roles=[Role(name="Head of Events")], absences=[said])
    assert org_gaps(_plan("Take ward meal orders at the bedside"), org, []) == []


def test_a_directory_exports_row_is_a_posts_duties_not_a_practice() -> None:
    """A roster exported from the directory heads each row with the person's distinguished
    name ("CN=...,OU=Executive,...: Sponsor of the programme, chairs its board"): what the post
    does, which is no practice the plan changes, whatever word its duties open with. A row
    that says what the post is short of is not its duties."""
    from agent.planning.assemble import _duties

    said = "CN=Ada Penrose,OU=Executive,OU=Users,DC=example,DC=local"
    assert _duties(f"{said}: Sponsor of the programme, chairs its board", frozenset())
    assert not _duties(f"{said}: Pharmacist at Bodmin; no cover on Saturdays", frozenset())


def test_a_posts_list_of_remits_and_a_measures_definition_are_no_gaps() -> None:
    """A who's-who row that lists what a post holds ("Head of Lettings: lettings under the
    Housing Act; the allocations policy; the Keyhouse lettings system") and a metric
    dictionary's row ("Repairs on time: share of repairs finished at least 2 days before the
    promised date") say how the org is set up and counts; neither is a constraint. A rule
    under a post's name, and a definition that admits a shortfall, still are gaps."""
    from schemas.context import Metric, Role, SystemAbsence

    listed = (
        "Head of Lettings: lettings under the Housing Act; the allocations policy; the Keyhouse"
        " lettings system."
    )
    rule = "Safety Officer: stops any change to a stand before the certificate is amended."
    defined = "Repairs on time: share of repairs finished at least 2 days before the promised date"
    short = "Repairs on time: not measured before 2027 because the contractor keeps no dates"
    commas = "Head of Catering: the kiosks and the suites: menus, stock, kiosk rotas and tills"
    unfilled = "Shifts unfilled: share of planned shop shifts with nobody on them"
    absences = [
        SystemAbsence(capability="other", kind="constraint", text=t, source="people/who.html")
        for t in (listed, rule, defined, short, commas, unfilled)
    ]
    org = OrgContext(
        root=".",
        roles=[
            Role(name=n, source="people/who.html")
            for n in ("Head of Lettings", "Safety Officer", "Head of Catering")
        ],
        metrics=[
            Metric(name="Repairs on time", definition="share of repairs finished on time"),
            Metric(name="Shifts unfilled", definition="share of planned shifts left empty"),
        ],
        absences=absences,
    )
    quoted = [g["evidence"] for g in org_gaps(_plan("Run a survey of tenants"), org, [])]
    assert quoted == [f"people/who.html: {t}" for t in (rule, short)], quoted


def test_a_limit_said_after_a_posts_duties_is_a_gap() -> None:
    """ "Coach Bookings Manager: Books coaches and relief drivers; booking them relies on a
    spreadsheet kept outside the fleet system": the first clause is the post's duty, the second
    a limitation of the org, which the plan must see."""
    from schemas.context import Role, SystemAbsence

    said = SystemAbsence(
        capability="limitation",
        kind="limitation",
        text="Coach Bookings Manager: Books coaches and relief drivers; booking them relies on a "
        "spreadsheet kept outside the fleet system.",
        source="people/structure.docx",
    )
    duty = SystemAbsence(
        capability="limitation",
        kind="limitation",
        text="Coach Bookings Manager: Books coaches and relief drivers; plans the winter "
        "timetable with the depots.",
        source="people/structure.docx",
    )
    org = OrgContext(
        root=".",
        roles=[Role(name="Coach Bookings Manager", source="people/structure.docx")],
        absences=[said, duty],
    )
    quoted = [g["evidence"] for g in org_gaps(_plan("Book coaches for the tour"), org, [])]
    assert quoted == [f"people/structure.docx: {said.text}"]
