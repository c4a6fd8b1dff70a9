"""Goals as a deck labels them, and lines that only look like goals: a phase strip's names, the
heading over the plan's moments, a page of gates, a page of figures "for context", one more
goal under a "Goal" label said in words, a label set over the slide's title, and a list drawn
with its numbers in circles. The wording here is made up for the tests."""

from __future__ import annotations

from pathlib import Path

from agent.engines.rules.scenarios import choose_scenarios
from agent.engines.rules.visions import find_visions
from tests.decks import slide_deck, table_block
from tests.test_extract_pdf import body_texts, hand_made_pdf

COVER = ("Closer to our members 2028-31", ["Board paper, March 2028"])


def _texts(deck) -> list[str]:  # type: ignore[no-untyped-def]
    return [v.text for v in find_visions(deck)]


def test_the_names_on_a_phase_strip_are_no_goals() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Where we want to be",
                [
                    "Every member finds it easy to book a class with us.",
                    "How we get there, in four phases:",
                    "Phase 1",
                    "Clear the ground",
                    "Phase 2",
                    "Prove it in one town",
                    "Phase 3",
                    "Roll out",
                    "Phase 4",
                    "Make it how we work",
                ],
            ),
        ],
        bullets=False,
    )
    texts = _texts(deck)
    assert any(t.startswith("Every member finds it easy") for t in texts)
    assert not any(t in ("Prove it in one town", "Make it how we work") for t in texts)


def test_the_heading_over_the_plans_moments_is_no_goal() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Four moments this strategy is about",
                [
                    "2 · AMBITION",
                    "Everything we change should make one of these better; if it does not, it waits.",
                    "1 Booking a first class online",
                    "A member books a class on our website and hears from us within ten days.",
                    "2 Swapping a shift at the front desk",
                    "3 Renewing a membership at the till",
                ],
            ),
        ],
        bullets=False,
    )
    assert "Four moments this strategy is about" not in _texts(deck)


def test_what_each_gate_is_judged_on_is_no_goal() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "What good looks like at each gate",
                [
                    "Gate 1 · Ready to build",
                    "The booking contract signed and the migration plan agreed",
                    "Gate 2 · Go for every town",
                    "Year 2 half-year review (October 2029)",
                    "Unfilled shifts in the first town at 8% or below for three months running",
                    "All 40 gyms on the app for at least three months",
                ],
            ),
        ],
        bullets=False,
    )
    assert _texts(deck) == []


def test_figures_for_context_are_no_goals() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Three numbers that are not our targets",
                [
                    "The national ambition is 92% of members booking online by March 2029; "
                    "our share of it is agreed with the region.",
                ],
            ),
        ],
        bullets=False,
    )
    assert _texts(deck) == []


def test_more_goals_under_a_goal_label_said_in_words_are_goals() -> None:
    """After a "Goal" label's measured goals, "Our ambition: ..." and "And: ..." add one more
    goal each (a line after a measured goal is otherwise the card's description)."""
    deck = slide_deck(
        [
            COVER,
            (
                "If it does not need a room, it does not need a car park",
                [
                    "Goal",
                    "By September 2029, one class in four (25%) is held online.",
                    "Our ambition: the easiest club in the county for a beginner to join.",
                    "What we will do",
                    "Fit 20 studios with cameras and screens for online classes.",
                ],
            ),
            (
                "A booking within the week, and an app that works",
                [
                    "Goal",
                    "By June 2029, 90% of bookings are confirmed within 7 days.",
                    "And: make the app the front door to the club for every member who wants it.",
                    "What we will do",
                    "Launch the members' app with bookings and rebooking.",
                ],
            ),
        ],
        bullets=False,
    )
    texts = _texts(deck)
    assert any(t.startswith("The easiest club in the county") for t in texts)
    assert any(t.startswith("Make the app the front door") for t in texts)


def test_an_ambition_label_over_a_stated_title_labels_the_title() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Every class worth the member's time",
                [
                    "OUR AMBITION",
                    "Members come to us when it helps them and hear from us in days. "
                    "Coaches spend their time on the members who need them.",
                ],
            ),
        ],
        bullets=False,
    )
    assert _texts(deck)[0] == "Every class worth the member's time"


def test_a_list_drawn_with_its_numbers_in_circles_keeps_no_number() -> None:
    """The numbers of a list "1 Have ...", "2 Claim ...", "3 Fill ..." are the list's: the goal
    is said without them, and it is the KPI row of the same target (three of the row's five
    words and its one figure)."""
    deck = slide_deck(
        [
            COVER,
            (
                "Where we want to be",
                [
                    "By the end of Year 3 (March 2031) we will:",
                    "1 Have 30,000 people giving every month by direct debit",
                    "2 Claim tax relief on 95% of eligible gifts within three months",
                    "3 Open 12 new shops in the north",
                ],
            ),
            (
                "How we will know",
                [],
            ),
        ],
        bullets=False,
    )
    deck.units[2].blocks.append(
        table_block(
            [
                ["Measure", "Baseline", "Target", "By when"],
                ["Active monthly givers by direct debit", "18,400", "30,000", "March 2031"],
                ["Eligible gifts with tax relief claimed", "61%", "95%", "March 2031"],
            ],
            3,
        )
    )
    visions = find_visions(deck)
    texts = [v.text for v in visions]
    assert "Open 12 new shops in the north" in texts
    assert not any(t[:1].isdigit() for t in texts)
    givers = [v for v in visions if "30,000" in v.text or "givers" in v.text]
    assert len(givers) == 1


def test_a_lone_number_before_a_line_is_its_figure() -> None:
    deck = slide_deck(
        [COVER, ("Where we want to be", ["2 Million members booking online by 2030"])],
        bullets=False,
    )
    assert "2 Million members booking online by 2030" in _texts(deck)


def test_a_logo_drawn_right_of_the_eyebrow_does_not_run_into_it(tmp_path: Path) -> None:
    """A master's lozenge at the top right, drawn before the eyebrow at the left on a baseline
    a little lower and with no new line between them: two lines, not "NHSOUR AMBITION"."""
    content = (
        b"0 .3 .7 rg 480 790 84 30 re f "
        b"BT 1 0 0 1 506 805 Tm /F1 16 Tf 1 1 1 rg (LOGO) Tj ET "
        b"BT 1 0 0 1 42 795 Tm /F1 10 Tf 0 0 1 rg (OUR AMBITION) Tj ET "
        b"BT 1 0 0 1 42 740 Tm /F1 24 Tf 0 0 0 rg (Every class worth the time) Tj ET "
        b"BT 1 0 0 1 42 700 Tm /F1 11 Tf (Members come first in every class.) Tj ET"
    )
    path = tmp_path / "p.pdf"
    path.write_bytes(hand_made_pdf(content))
    assert "OUR AMBITION" in body_texts(path)


def test_moments_numbered_with_a_dot_after_a_sections_number() -> None:
    """ "02 · FOCUS" over the list is the section's number; "1 · ...", "2 · ..." are the
    moments, the lines under each its detail."""
    deck = slide_deck(
        [
            COVER,
            ("Our ambition", ["Every parcel delivered first time, 95% by 2030"]),
            (
                "Three moments this plan is about",
                [
                    "02 · FOCUS",
                    "1 · A first attempt on a rural route when nobody is home",
                    "Today: a card through the door and a second trip tomorrow.",
                    "2 · Peak weeks at the hub and the depots",
                    "Today: volume more than doubles and routes stay as drawn.",
                    "3 · An electric van's day on a city route",
                    "Not in scope",
                    "Account customers' scheduled collections",
                ],
            ),
        ],
        bullets=False,
    )
    names = [s.name for s in choose_scenarios(deck, [])]
    assert names[:3] == [
        "A first attempt on a rural route when nobody is home",
        "Peak weeks at the hub and the depots",
        "An electric van's day on a city route",
    ]


def test_a_pillar_scenario_says_which_measure_watches_it() -> None:
    """Pillar x site scenarios name the moment each pillar's own goal measures: "measured by
    median half-time queue at the kiosks", the goal most about the pillar, not the first goal
    that shares a word with it."""
    from agent.engines.rules.scenarios import pillar_scenarios
    from schemas.plan import Measure, Source
    from tests.decks import goal

    deck = slide_deck(
        [
            COVER,
            (
                "Four pillars, one matchday",
                [
                    "1. Get in, get served",
                    "Entry, the kiosks and paying by card",
                    "2. Keep them coming back",
                    "Season tickets, renewals and membership",
                ],
            ),
            (
                "Pillar 1: Get in, get served",
                ["Put card-only tills in every kiosk of the stand", "Open two more turnstiles"],
            ),
            (
                "Pillar 2: Keep them coming back",
                ["Offer renewals by monthly direct debit", "Merge the duplicate supporter records"],
            ),
        ]
    )

    def measured(vid: str, text: str, metric: str) -> object:
        vision = goal(vid, text, 5)
        vision.measure = Measure(
            metric=metric, target="6", source=Source(file="deck.pptx", slide=5)
        )
        return vision

    visions = [
        measured(
            "V1",
            "Keep them coming back: renewals by monthly direct debit, 88%",
            "Season tickets renewed",
        ),
        measured(
            "V2",
            "Get served in six minutes at every kiosk, card-only tills",
            "Median half-time queue at the kiosks",
        ),
    ]
    contexts = {s.name: s.context for s in pillar_scenarios(deck, visions)}  # type: ignore[arg-type]
    assert "measured by Median half-time queue at the kiosks" in contexts["Get in, get served"]
    assert "measured by Season tickets renewed" in contexts["Keep them coming back"]


def test_moments_a_deck_says_it_is_fixing_or_designing_for() -> None:
    """ "Four moments we are fixing" over numbered moments, and "Who we are designing for
    first" over a short label and the line that says who and when: the deck's scenarios."""
    goal_slide = ("Our ambition", ["Every order ready within the hour, 95% by 2031"])
    fixing = slide_deck(
        [
            COVER,
            goal_slide,
            (
                "Four moments we are fixing",
                [
                    "3 · FOCUS",
                    "Where customers and colleagues feel it",
                    "1. Saturday collection at the service desk",
                    "A queue behind the desk while a colleague walks to the back.",
                    "2. Trade customers opening an account at the counter",
                    "3. Monday price changes on the shop floor",
                    "Not in this plan",
                    "Kitchen design appointments",
                ],
            ),
        ],
        bullets=False,
    )
    names = [s.name for s in choose_scenarios(fixing, [])]
    assert names[:3] == [
        "Saturday collection at the service desk",
        "Trade customers opening an account at the counter",
        "Monday price changes on the shop floor",
    ]
    designing = slide_deck(
        [
            COVER,
            goal_slide,
            (
                "Who we are designing for first",
                [
                    "WHO FIRST",
                    "Blue Badge",
                    "A resident over 70 renewing a Blue Badge, often with a carer's help",
                    "School transport",
                    "Parents of a Year 6 child applying for transport to secondary school",
                ],
            ),
        ],
        bullets=False,
    )
    chosen = [(s.name, s.context) for s in choose_scenarios(designing, [])]
    assert chosen[0][0] == "Blue Badge" and chosen[0][1].startswith("A resident over 70")
    assert chosen[1][0] == "School transport" and "Year 6 child" in chosen[1][1]


def test_a_pillar_card_of_work_then_goals_then_its_lead() -> None:
    """Work above the card's "Goals" label is work, dated or not; every line under "Goals" is
    a goal, measured or said in words; "Lead on the board: ..." under them says who leads."""
    deck = slide_deck(
        [
            COVER,
            (
                "Nobody left behind",
                [
                    "PILLAR 4 OF 4",
                    "Keep a phone route and a paper form for members who cannot go online",
                    "Train 60 library staff to the Digital Helper certificate by March 2030",
                    "Goals",
                    "Answer 85% of calls within 3 minutes by 2031/32",
                    "Make sure nobody is left behind as our services move online.",
                    "Lead on the board: the Director of Resources, with the Head of Libraries",
                ],
            ),
        ],
        bullets=False,
    )
    texts = _texts(deck)
    assert not any(t.startswith(("Train 60", "Keep a phone")) for t in texts), texts
    assert any(t.startswith("Answer 85% of calls") for t in texts)
    assert any(t.startswith("Make sure nobody is left behind") for t in texts)
    assert not any(t.startswith("Lead on") for t in texts)


def test_what_a_stage_is_judged_on_is_no_goal() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "What good looks like",
                [
                    "The tests a service must pass before it opens to everyone",
                    "Before any public beta",
                    "Bookings pass their beta service assessment by 24 March 2031",
                    "An accessibility audit to WCAG 2.2 AA with no open failures",
                    "Year 1: prove is done when",
                    "4,000 Northdale households have an account",
                ],
            ),
        ],
        bullets=False,
    )
    assert _texts(deck) == []


def test_work_shared_by_two_posts_after_a_colon_is_led_by_the_first() -> None:
    from agent.planning.deck_plan import read_deck_plan

    deck = slide_deck(
        [
            COVER,
            (
                "Pillar 3: Music in every school",
                [
                    "What we will do",
                    "Train 30 players as workshop leaders by June 2031: the Head of Learning "
                    "and the Head of Participation",
                ],
            ),
        ]
    )
    work = [c for c in read_deck_plan(deck).commitments if "workshop" in c.text]
    assert work and work[0].lead == "Head of Learning"
    assert work[0].text == "Train 30 players as workshop leaders by June 2031"


def test_a_summary_pages_goal_said_first_on_its_own_slide_is_cited_there() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "What the valleys should be able to count on",
                [
                    "WHERE WE ARE GOING",
                    "The bus company the valleys never have to think twice about.",
                ],
            ),
            (
                "Four objectives on a page",
                [
                    "OKRS ON A PAGE",
                    "OUR AIM The bus company the valleys never have to think twice about",
                    "1.1 On-time departures 71% → 85%",
                ],
            ),
        ],
        bullets=False,
    )
    aim = [v for v in find_visions(deck) if v.text.startswith("The bus company")]
    assert aim and aim[0].source.slide == 2


def test_work_under_a_plural_leads_line_and_a_handouts_slide_number_are_no_goals() -> None:
    from agent.knowledge.kpis import tiles

    deck = slide_deck(
        [
            COVER,
            (
                "Order on the app, delivered first time",
                [
                    "PRIORITY 3 · REPEATS MADE EASY",
                    "Goal: 40% of repeat orders on the app by March 2031",
                    "Give every driver a delivery app with proof of delivery",
                    "Offer a two-hour delivery slot in every area by September 2030",
                    "Leads: Head of Digital and Data; Head of Logistics and Delivery",
                ],
            ),
        ],
        bullets=False,
    )
    texts = _texts(deck)
    assert not any(t.startswith(("Give every driver", "Offer a two-hour")) for t in texts), texts
    # "10" over "ROADMAP": a handout page's next slide number over that slide's eyebrow
    assert tiles(["10", "ROADMAP", "30 months, four phases, three gates"]) == []
    assert tiles(["42%", "fewer missed deliveries"]) != []


def test_an_exec_lead_line_and_a_plan_on_one_page_are_no_goals() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Five pillars, three phases",
                [
                    "2 · OUR AMBITION",
                    "The whole plan on one page",
                    "PILLAR 1",
                    "Collect in a minute",
                ],
            ),
            (
                "Collect in a minute",
                [
                    "4 · PILLAR 1 OF 5",
                    "What we will do",
                    "Send the locker pin by text the moment an order is picked",
                    "Goals",
                    "85% of orders handed over within 2 minutes by the end of FY32",
                    "Lockers in 60 stores by the end of FY32 Q2",
                    "Exec lead: Chief Operating Officer",
                ],
            ),
        ],
        bullets=False,
    )
    texts = _texts(deck)
    assert "The whole plan on one page" not in texts
    assert not any(t.startswith("Exec lead") for t in texts)
