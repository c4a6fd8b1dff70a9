"""An org chart written as a nested list with its posts in bold (the groups over them are
teams, the post above is the manager), and a pillar's lead named once under its list of work:
the lead leads the pillar; each item goes to the post under the lead whose remit holds it. The
sentences are invented."""

from __future__ import annotations

from pathlib import Path

from agent.context import load_context
from agent.planning.commitments import commitment_tasks
from agent.planning.deck_plan import read_deck_plan
from tests.decks import slide_deck

CHART = """# How we are organised

Each post is written as **Title**: what it is responsible for.

## Organisation chart

- **Chief Executive**: leads the staff and chairs the programme board.
  - Visitor directorate
    - **Director of Visitors**: leads bookings, lakes and visitor services.
      - **Head of Bookings**: the booking system, slot rules, season passes and card payments.
      - **Head of Lake Operations**: lifeguards, lake rotas, water testing and the lake huts.
  - Resources directorate
    - **Director of Resources**: the budget, people and IT.
      - **Head of People**: recruitment, pay and training of every member of staff.
        - **Training Officer**: induction and the yearly training plan.
"""


def test_a_nested_chart_gives_teams_and_managers_not_roles_for_its_groups(
    tmp_path: Path,
) -> None:
    (tmp_path / "people").mkdir()
    (tmp_path / "people" / "how-we-are-organised.md").write_text(CHART, encoding="utf-8")
    roles = {r.name: r for r in load_context(tmp_path).roles}
    assert "Visitor directorate" not in roles and "Resources directorate" not in roles, roles
    assert roles["Head of Bookings"].team == "Visitor directorate"
    assert roles["Head of Bookings"].reports_to == "Director of Visitors"
    assert roles["Director of Visitors"].reports_to == "Chief Executive"
    # (a deeper indent than the rest: the manager is the post right above it)
    assert roles["Training Officer"].reports_to == "Head of People"


def test_a_lead_named_once_under_a_pillar_list_leads_it_and_its_posts_do_the_work(
    tmp_path: Path,
) -> None:
    (tmp_path / "people").mkdir()
    (tmp_path / "people" / "how-we-are-organised.md").write_text(CHART, encoding="utf-8")
    org = load_context(tmp_path)
    deck = slide_deck(
        [
            ("Open Water 2028-2030", ["Our strategy, board paper, May 2027"]),
            (
                "Book in minutes",
                [
                    "PILLAR 1",
                    "WHAT WE WILL DO",
                    "• Replace the booking system and move every season pass across",
                    "• Let clubs book group slots online and pay by card",
                    "• Set new lake rotas so lifeguards cover the early slots",
                    "Lead: Director of Visitors",
                ],
            ),
        ],
        marked=True,
    )
    plan = read_deck_plan(deck)
    owners = {t.title: t.owner_role for t in commitment_tasks(plan, [], [], org)}
    assert owners.get("Replace the booking system and move every season pass across") == (
        "Head of Bookings"
    ), owners
    assert owners.get("Set new lake rotas so lifeguards cover the early slots") == (
        "Head of Lake Operations"
    ), owners


def test_a_council_member_listed_by_region_is_a_seat_not_a_post(tmp_path: Path) -> None:
    (tmp_path / "governance").mkdir()
    (tmp_path / "governance" / "lake-wardens-council.md").write_text(
        "# Lake Wardens' Council\n\n"
        "The council is four lake wardens, one from each lake. The Director of Visitors chairs "
        "it. It advises; it does not own actions.\n\n"
        "## Members, 2027 to 2029\n\n"
        "- North Shore: the Fenmoor lake manager\n"
        "- East Bank: the Hollin lake manager\n"
        "- South Reach: the Marrow lake manager\n"
        "- West Water: the Tarn lake manager\n",
        encoding="utf-8",
    )
    (tmp_path / "people").mkdir()
    (tmp_path / "people" / "how-we-are-organised.md").write_text(CHART, encoding="utf-8")
    names = {r.name for r in load_context(tmp_path).roles}
    assert not names & {"North Shore", "East Bank", "South Reach", "West Water"}, names
    assert "Head of Bookings" in names
