"""Pillars in the forms decks name them when no overview slide lists them one a line: in a
sentence of a summary ("Four priorities carry it: ..."), inside a paragraph ("It has four
priorities: ..."), as an eyebrow counting them ("PRIORITY 1 OF 4"), as the merged first
column of a plan-on-a-page table; and what a pillar's slide says beside its work (its reasons,
its measures) is no work. The wording here is made up for the tests."""

from __future__ import annotations

from agent.planning.deck_plan import read_deck_plan
from schemas.deck import Deck
from tests.decks import slide_deck, table_block

COVER = ("Open Doors 2031", ["Board paper, March 2028"])


REASONS = {
    1: [
        "Homes stood empty for 41 days on average last year.",
        "We cannot let homes stand empty for six weeks between tenancies.",
        "Measured by: homes let within 14 days; rent lost on empty homes",
    ],
    2: [
        "Tenants told us the first week in a new home decides whether they stay.",
        "Measured by: tenants still housed after a year",
    ],
    3: [
        "One repair in three needed a second visit in 2027.",
        "Measured by: repairs fixed at the first visit",
    ],
}


def _priority(n: int, name: str, work: list[str], *, eyebrow: str) -> tuple[str, list[str]]:
    return (name, [eyebrow.format(n=n), *work, "Why it matters", *REASONS[n]])


def _priority_deck(summary: str, *, eyebrow: str = "PRIORITY {n} OF 3") -> Deck:
    return slide_deck(
        [
            COVER,
            ("The plan in brief", [summary]),
            _priority(
                1,
                "Homes ready to let",
                [
                    "Inspect every empty home within two days of the keys coming back",
                    "The voids team will agree the works with the contractor on the same visit",
                ],
                eyebrow=eyebrow,
            ),
            _priority(
                2,
                "A warm welcome",
                ["Give every new tenant a named housing officer for their first year"],
                eyebrow=eyebrow,
            ),
            _priority(
                3,
                "Repairs done once",
                ["Send the van stocked for the job from the diagnosis on the first call"],
                eyebrow=eyebrow,
            ),
        ],
        bullets=False,
    )


def test_pillars_named_in_a_sentence_with_a_verb_before_the_colon() -> None:
    plan = read_deck_plan(
        _priority_deck(
            "Three priorities carry it: Homes ready to let, A warm welcome, and Repairs done once."
        )
    )
    assert plan.pillars == ["Homes ready to let", "A warm welcome", "Repairs done once"]


def test_pillars_named_inside_a_paragraph_after_its_subject() -> None:
    plan = read_deck_plan(
        _priority_deck(
            "Open Doors runs for three years from April 2028. It has three priorities: homes "
            "ready to let, a warm welcome, and repairs done once. Five measures will show the "
            "Board whether it works.",
            eyebrow="{n} PRIORITY {n}",
        )
    )
    assert plan.pillars == ["Homes ready to let", "A warm welcome", "Repairs done once"]


def test_a_pillar_slides_reasons_and_measures_are_no_work() -> None:
    """Under "Why it matters": the case for the work; "Measured by:" its measures; "We cannot
    ..." the problem. The pillar's own work is read, and each piece is the pillar's."""
    plan = read_deck_plan(
        _priority_deck(
            "Three priorities carry it: Homes ready to let, A warm welcome, and Repairs done once."
        )
    )
    work = {c.text: c.pillar for c in plan.commitments if c.kind == "initiative"}
    assert work.get("Give every new tenant a named housing officer for their first year") == (
        "A warm welcome"
    ), work
    assert not any(
        t.startswith(("Tenants told us", "We cannot", "Measured by", "One repair", "Homes stood"))
        for t in work
    ), work


def test_signals_watched_under_a_bets_work_are_no_work() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "One plan for every van",
                [
                    "BET 1 OF 3",
                    "What we will build / change",
                    "Choose one route planner for all four depots",
                    "Plan the night trunks as one network, matching backloads to empty legs",
                    "Signals we watch",
                    "Share of the day's routes built in the planner",
                    "Slot misses by cause, per depot, every week",
                    "Owner: Head of Transport Planning",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [c.text for c in read_deck_plan(deck).commitments]
    assert any(t.startswith("Plan the night trunks as one network") for t in texts), texts
    assert not any("Slot misses" in t or "Share of the day" in t for t in texts), texts


def test_a_plan_on_a_page_names_its_pillars_in_its_first_column() -> None:
    """A "Pillar" column numbered "1; WIN THE TRADE" and merged down over its objectives: each
    row's work is that pillar's; the unnumbered rows beside them are enablers, no pillar."""
    rows = [
        ["Pillar", "Objective", "Key actions", "KPI", "Owner"],
        ["1; WIN THE TRADE", "More accounts", "Open a trade account in one day", "Accounts", "TSD"],
        ["", "Keep them", "Call every account silent for 60 days", "Retention", "TSD"],
        ["2; DELIVER ON TIME", "Keep slots", "Book two-hour delivery slots", "OTIF", "HoL"],
        ["HOW WE WILL DELIVER", "One programme", "Run a monthly steering group", "-", "PD"],
    ]
    deck = slide_deck([COVER, ("Plan on a page", [])])
    deck.units[1].blocks.append(table_block(rows, 2))
    by_text = {
        c.text.split(" (")[0]: c for c in read_deck_plan(deck).commitments if c.kind == "initiative"
    }
    assert by_text["Open a trade account in one day"].pillar == "Win the trade", by_text
    assert by_text["Open a trade account in one day"].title.startswith("Win the trade: ")
    assert by_text["Call every account silent for 60 days"].pillar == "Win the trade"
    assert by_text["Book two-hour delivery slots"].pillar == "Deliver on time"
    assert by_text["Run a monthly steering group"].pillar is None


def test_a_risks_mitigation_on_a_governance_slide_is_no_governance_body() -> None:
    """A risk slide under a "FINANCE & GOVERNANCE" eyebrow: "Mitigation: ... quarterly audits"
    answers its risk; it is no body meeting quarterly."""
    deck = slide_deck(
        [
            COVER,
            (
                "Risk Register & Mitigation",
                [
                    "FINANCE & GOVERNANCE",
                    "Brand Dilution",
                    "Risk: Owners run the homes unevenly, harming the brand.",
                    "Mitigation: Veto rights, quarterly mystery-guest audits, and an owner exit clause.",
                    "Talent Attrition",
                    "Risk: Trained staff in remote valleys are poached.",
                    "Mitigation: Academy credits plus profit-sharing to retain core talent.",
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    assert not [c for c in plan.commitments if c.kind == "governance"], plan.commitments
    assert sum(c.kind == "risk" for c in plan.commitments) == 2


def test_two_rows_of_one_measures_table_are_two_kpis_whatever_words_they_share() -> None:
    """ "Registered players, all ages" and "Players aged 16 to 19 who register again next
    season" share their stems (player, regist, age) but are two rows of one table: two
    measures, not one restated."""
    rows = [
        ["Measure", "Baseline", "Target", "By"],
        ["Registered players, all ages", "41,800", "50,000", "May 2032"],
        ["Players aged 16 to 19 who register again next season", "61%", "72%", "October 2031"],
        ["Adult league matches conceded or called off", "9.4%", "4.0%", "April 2032"],
    ]
    deck = slide_deck([COVER, ("Ten measures, with baselines and targets", ["MEASURES"])])
    deck.units[1].blocks.append(table_block(rows, 2, order=2))
    metrics = [k.metric for k in read_deck_plan(deck).kpis]
    assert "Players aged 16 to 19 who register again next season" in metrics, metrics
    assert "Registered players, all ages" in metrics, metrics


def test_an_eyebrow_naming_the_priority_after_its_number_marks_a_pillar_slide() -> None:
    """ "PRIORITY 2 · CARE ON THE HIGH STREET" over the slide: its column of items is the
    pillar's work, items said as noun phrases included."""
    deck = slide_deck(
        [
            COVER,
            (
                "Walk-in care in every pharmacy",
                [
                    "PRIORITY 2 · CARE ON THE HIGH STREET",
                    "Goal: all three walk-in services in every pharmacy by June 2030",
                    "Refit the consultation rooms in 24 pharmacies by March 2030",
                    "An ambulatory blood pressure monitor in every pharmacy by 2030",
                    "Train 120 more pharmacists for the contraception service",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [c.text for c in read_deck_plan(deck).commitments if c.kind == "initiative"]
    assert any(t.startswith("An ambulatory blood pressure monitor") for t in texts), texts


def test_priorities_counted_with_a_dot_between_number_and_name_head_their_work() -> None:
    """ "1 · Let homes faster" over its lines, then "2 · ...": each line is its priority's."""
    deck = slide_deck(
        [
            COVER,
            (
                "Three priorities, nine initiatives",
                [
                    "1 · Let homes faster",
                    "Inspect every empty home within two days of the keys coming back",
                    "Advertise each home before the last tenant leaves",
                    "2 · Settle new tenants",
                    "Visit every new tenant in their first week",
                    "Set up rent payments at the sign-up meeting",
                    "3 · Fix it first time",
                    "Stock the top 40 parts on every van",
                    "Book repairs into two-hour slots",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    assert plan.pillars == ["Let homes faster", "Settle new tenants", "Fix it first time"]
    by_pillar = {c.title[:20]: c.pillar for c in plan.commitments if c.kind == "initiative"}
    assert by_pillar["Visit every new tena"] == "Settle new tenants", by_pillar
    assert by_pillar["Stock the top 40 par"] == "Fix it first time", by_pillar


def test_pillars_counted_by_circled_numbers_are_named_without_them() -> None:
    """ "① Fewer empty homes" over its description: the pillar is "Fewer empty homes", and the
    eyebrow over the slide's title ("Our Blueprint") is no pillar."""
    deck = slide_deck(
        [
            COVER,
            (
                "Three Priorities Overview",
                [
                    "Our Blueprint",
                    "① Fewer empty homes",
                    "Let every home within two weeks of the keys coming back to us",
                    "② Settled tenancies",
                    "Visit every new tenant in the first week and set up their rent",
                    "③ Repairs done once",
                    "Stock the vans so that most repairs are done at the first visit",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    assert plan.pillars == ["Fewer empty homes", "Settled tenancies", "Repairs done once"]
