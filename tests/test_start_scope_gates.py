"""Three forms a deck uses to say where it starts, what the plan covers and what each gate
takes: a pilot named under a bare "Where we start" (or after it), the plan's situations listed
on a scope slide beside what it leaves out, and a gate slide headed by the gate itself."""

from __future__ import annotations

from agent.engines.rules.scenarios import choose_scenarios
from agent.planning.deck_plan import read_deck_plan
from tests.decks import slide_deck

COVER = ("Clear Lanes", ["Dunmore Logistics", "Board paper, May 2027"])


def test_a_pilot_named_by_its_number_under_its_label() -> None:
    deck = slide_deck(
        [
            COVER,
            ("Where we start", ["PILOT", "The Line 4 packing hall, on all three shifts"]),
            ("First 90 days", ["Fit the new scales on Line 4", "Train the Line 4 leads"]),
        ],
        bullets=False,
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and (pilot.name, pilot.unit) == ("Line 4", "line")


def test_a_pilot_named_after_where_we_begin() -> None:
    deck = slide_deck(
        [COVER, ("Where we begin: the Ashby Road depot fleet", ["14 vans on two rounds"])],
        bullets=False,
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and pilot.name == "Ashby Road depot fleet"


SCOPE = (
    "Where we go first, and what waits",
    [
        "SCOPE",
        "In Phase 1",
        "Loading bays at Dunmore: the north yard and its six doors.",
        "Cold store picking at Dunmore and Eastfield.",
        "Night shift handover at both sites.",
        "Not in Phase 1",
        "Eastfield yard joins in Phase 2, once its scanners are in.",
        "Not in this plan",
        "Head office and the fleet workshop.",
    ],
)


def test_the_situations_a_scope_slide_lists_are_the_scenarios() -> None:
    deck = slide_deck(
        [
            COVER,
            SCOPE,
            (
                "Where we start: the Dunmore north yard",
                ["Why here", "Most of last year's near misses.", "1. Record a month of scans."],
            ),
        ],
        bullets=False,
    )
    names = [s.name for s in choose_scenarios(deck, [])]
    assert len(names) == 3
    assert all(any(w in n for w in ("Loading bays", "Cold store", "Night shift")) for n in names)
    # what the slide leaves out, and the pilot's reasons and steps, are none of them
    assert not any("Eastfield yard" in n or "Head office" in n or "Record" in n for n in names)


def test_a_gate_slide_headed_by_its_gate_names_it_and_ends_at_who_decides() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Roadmap",
                [
                    "Wave 1: Prove",
                    "January to June 2028",
                    "Wave 2: Spread",
                    "July 2028 to June 2029",
                ],
            ),
            (
                "Gate 1: ready to spread",
                [
                    "We will pass Gate 1 once:",
                    "Every pilot van carries the new scanner.",
                    "Missed scans are down 30% on the old record.",
                    "Who decides",
                    "The Operations Director takes both decisions, Gate 1 and Gate 2.",
                    "Gate 2 also needs: every depot on the scanners and the old system switched off.",
                ],
            ),
        ],
        bullets=False,
    )
    gates = {c.title: c.text for c in read_deck_plan(deck).commitments if c.kind == "gate"}
    first = next(t for t in gates if t.startswith("Gate 1"))
    assert first == "Gate 1: ready to spread"
    assert "Missed scans" in gates[first] and "Operations Director" not in gates[first]
    assert any("every depot" in text for title, text in gates.items() if title != first)


def test_goals_under_their_label_after_the_pillars_work_are_goals() -> None:
    from agent.engines.rules.visions import find_visions

    deck = slide_deck(
        [
            COVER,
            (
                "Collect faster",
                [
                    "PILLAR 1 OF 3",
                    "Lockers: the parcel waits for the customer, not the other way round",
                    "What we will do",
                    "Install 24-bay lockers in the 20 depots with the most collections.",
                    "Send the locker PIN by text the moment a parcel lands.",
                    "Goals",
                    "Lockers in 20 depots by the end of FY29 Q2",
                    "90% of parcels collected within a day by the end of 2029",
                ],
            ),
        ],
        bullets=False,
    )
    found = [v.text for v in find_visions(deck)]
    assert any(t.startswith("Lockers in 20 depots") for t in found), found
    assert any(t.startswith("90% of parcels") for t in found), found
    assert not any(t.startswith(("Install", "Send")) for t in found)


def test_a_slide_of_one_waves_work_puts_it_in_that_wave() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Roadmap",
                [
                    "Wave 1: Secure it",
                    "January to June 2028",
                    "Wave 2: Spread it",
                    "July 2028 to June 2029",
                ],
            ),
            ("Secure it", ["WAVE 1 · THE WORK", "Fit the new scanners at Dunmore."]),
            (
                "Spread it",
                ["Rebuild the depot rota in the new system.", "Train every Eastfield driver."],
            ),
            (
                "Later work",
                ["WAVE 2 · THE WORK", "Replace the paper delivery notes at Eastfield."],
            ),
        ],
        bullets=False,
    )
    phases = {c.title: c.phase for c in read_deck_plan(deck).commitments if c.kind == "initiative"}
    assert phases.get("Fit the new scanners at Dunmore.") == "Wave 1: Secure it"
    # its title is the wave's own name; its label names the wave
    assert phases.get("Rebuild the depot rota in the new system.") == "Wave 2: Spread it"
    assert phases.get("Replace the paper delivery notes at Eastfield.") == "Wave 2: Spread it"


def test_a_phase_table_that_gives_each_phase_by_its_code_dates_the_named_phases() -> None:
    from tests.decks import phase_months, table_block

    deck = slide_deck(
        [
            ("Clear Lanes", ["Dunmore Logistics", "Board paper, May 2028"]),
            ("Three stages", ["Stage 1: Prepare", "Stage 2: Change", "Stage 3: Settle"]),
            ("When each stage runs", ["Our financial year runs from 1 April to 31 March."]),
        ],
        bullets=False,
    )
    deck.units[2].blocks.append(
        table_block(
            [
                ["Stage", "From", "To"],
                ["1", "Q1 2028/29", "Q2 2028/29"],
                ["2", "Q3 2028/29", "Q2 2029/30"],
                ["3", "Q3 2029/30", "Q4 2029/30"],
            ],
            3,
        )
    )
    assert phase_months(read_deck_plan(deck)) == [
        ("Stage 1: Prepare", 0, 6),
        ("Stage 2: Change", 6, 18),
        ("Stage 3: Settle", 18, 24),
    ]


def test_a_table_of_spreadsheet_month_heads_dates_the_phases_named_in_its_row() -> None:
    from tests.decks import phase_months, table_block

    months = [f"{m}-29" for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug")]
    deck = slide_deck(
        [("Clear Lanes", ["Dunmore Logistics", "Board paper, December 2028"]), ("Roadmap", [])],
        bullets=False,
    )
    deck.units[1].blocks.append(
        table_block(
            [
                ["", *months, "Later"],
                ["Phase", "Steady", "", "", "Spread", "", "", "", "", ""],
                ["People", "", "Rota training", "", "", "", "New roles", "", "", ""],
            ],
            2,
        )
    )
    assert phase_months(read_deck_plan(deck)) == [("Steady", 0, 3), ("Spread", 3, 8)]


def test_a_list_of_moments_numbered_on_lines_of_their_own_names_the_scenarios() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Who and what first",
                [
                    "2 WHERE WE START FROM",
                    "Three situations we will plan around 1",
                    "A driver swapping a trailer at Dunmore at 05:30, before the yard office opens.",
                    "2",
                    "A customer chasing a missed delivery slot by phone.",
                    "3",
                    "A new starter on their first night shift in the cold store.",
                    "Not in this plan",
                    "Our own fleet workshop.",
                ],
            ),
        ],
        bullets=False,
    )
    names = [s.name for s in choose_scenarios(deck, [])]
    assert len(names) == 3 and any("05:30" in n for n in names), names
    assert not any("workshop" in n for n in names)


def test_a_slide_given_to_one_unnumbered_gate_is_that_gate() -> None:
    deck = slide_deck(
        [
            COVER,
            ("Roadmap", ["Now: H1 2028", "Next: H2 2028", "Then: 2029"]),
            (
                "The scale-up gate",
                [
                    "GATE",
                    "Taken by the Board in October 2028, before any depot beyond Dunmore changes.",
                    "What Dunmore must show",
                    "Nine in ten loads scanned at the door for eight weeks",
                    "Every missed scan logged within a day",
                ],
            ),
        ],
        bullets=False,
    )
    gates = [c for c in read_deck_plan(deck).commitments if c.kind == "gate"]
    assert [g.title for g in gates] == ["Scale-up gate: go/no-go"], gates
    assert "Every missed scan logged within a day" in gates[0].text
