"""Where the chart, clock and goal readers stop: each case an over- or under-reach an
independent review of the readers found, kept so that it stays fixed. The sentences are
invented."""

from __future__ import annotations

from agent.planning import _phases
from agent.planning.deck_plan import read_deck_plan
from tests.decks import chart_deck, slide_deck, table_block

EMU = 91440


def _box(text: str, x: float, y: float, w: float, h: float = 2.0) -> tuple[str, tuple[int, ...]]:
    return text, (int(x * EMU), int(y * EMU), int(w * EMU), int(h * EMU))


def test_a_phase_row_under_plain_years_is_still_read() -> None:
    """ "Set up" under "2028" reads as the whole year: it is a phase, not a part of the year."""
    rows = [
        ["", "2028", "2029", "2030"],
        ["Phase", "Set up", "Roll out", "Embed"],
        ["Branches", "New self-service kiosks", "Train staff", "Retire the old system"],
    ]
    assert _phases._gantt_header(rows) == rows
    deck = slide_deck([("Branches 2030", ["Board, January 2028"]), ("Roadmap", ["Three years"])])
    deck.units[1].blocks.append(table_block(rows, 2, order=2))
    plan = read_deck_plan(deck)
    assert [p.name for p in plan.phases] == ["Set up", "Roll out", "Embed"]


def test_a_work_bar_of_a_bands_span_does_not_name_the_band() -> None:
    """Bands "Phase 1" to "Phase 3" over the quarters, each followed by a work bar drawn in its
    own shape over the same span: the work is work, the phases keep their own names."""
    from schemas.deck import Block, BlockKind, Provenance

    prov = Provenance(file="deck.pptx", slide=2)

    def box(text: str, x: float, y: float, w: float) -> Block:
        _, place = _box(text, x, y, w)
        return Block(kind=BlockKind.body, text=text, box=place, source=prov)  # type: ignore[arg-type]

    x0, col = 30.0, 10.0
    blocks = [Block(kind=BlockKind.title, text="Roadmap", source=prov)]
    blocks += [box(f"Q{i % 4 + 1} {2029 + i // 4}", x0 + col * i, 10, col) for i in range(6)]
    for k, bar in enumerate(["Recruit 12 apprentices", "Two ovens at Leeds", "Forty shops"]):
        blocks += [box(f"Phase {k + 1}", x0 + 20 * k, 13, 20), box(bar, x0 + 20 * k, 16, 20)]
    deck = chart_deck(("Fresh bread 2030", "Board, December 2028"), blocks)
    plan = read_deck_plan(deck)
    assert [p.name for p in plan.phases] == ["Phase 1", "Phase 2", "Phase 3"]
    work = {c.text for c in plan.commitments if c.kind == "phase_item"}
    assert {"Recruit 12 apprentices", "Two ovens at Leeds", "Forty shops"} <= work, work


def test_a_gate_caption_is_a_question_or_a_decision_not_the_next_work() -> None:
    gates = _phases._gate_lines(["Gate 2 · end of June 2030", "Recruit 40 more drivers"], 2028)
    assert [t for _, _, t in gates] == ["end of June 2030"]
    gates = _phases._gate_lines(["Gate 2 · end of June 2030", "Ready for every depot?"], 2028)
    assert [t for _, _, t in gates] == ["Ready for every depot?"]
    # a bracket that is no date dates nothing; a coded gate's date must be only a date
    gates = _phases._gate_lines(["Gate 2 · falls down on the ward (baseline 2027)"], 2028)
    assert gates[0][1] is None
    gates = _phases._gate_lines(["G4 grade nurses June 2029: 12 recruited"], 2028)
    assert all(when is None for _, when, _ in gates)
    # a date word the gate cannot read stays in its text; a dash after the date is read
    gates = _phases._gate_lines(["Gate 2 · Q3: go/no-go on the second depot"], 2028)
    assert "Q3" in gates[0][2]
    gates = _phases._gate_lines(["Gate 1 · May 2029 - go/no-go for all stores"], 2028)
    assert gates[0][1] is not None and gates[0][2] == "go/no-go for all stores"


def test_one_programme_of_many_or_one_year_of_the_plan_is_no_window() -> None:
    for said in (
        "The training programme will run from July 2028 to June 2029.",
        "Our IT transformation spans April 2028 to March 2029.",
        "The first year of the plan covers April 2028 to March 2029.",
        "Phase 1 of the plan runs from April 2028 to March 2029.",
    ):
        deck = slide_deck(
            [
                ("Safer streets 2028-2030", ["Board, January 2028"]),
                ("Why now", ["Crime is up."]),
                ("Our ambition", ["Fewer burglaries in every ward."]),
                ("Four pillars", ["Patrols, lighting, youth work and victims."]),
                ("Delivery", [said]),
            ]
        )
        plan = read_deck_plan(deck)
        assert plan.horizon_weeks is not None and plan.horizon_weeks >= 150, (said, plan)


def test_pointers_drop_no_goal_and_goal_lists_keep_unmeasured_goals() -> None:
    from agent.engines.rules.visions import find_visions

    deck = slide_deck(
        [
            ("Stronger together 2030", ["Board paper, June 2028"]),
            (
                "Our goals",
                [
                    "Goals",
                    "Cut the repairs backlog to 500 jobs by March 2030",
                    "Make every estate office paperless",
                    "Answer every tenant call within 60 seconds by 2029",
                ],
            ),
            ("Waste", ["Halve missed bin collections by 2029: the measures are on page 7."]),
            ("Our ambition", ["Every customer can book a repair online"]),
        ],
        bullets=False,
    )
    rows = [["Measure", "Now", "Target"], ["Repairs fixed first time", "71%", "85% by 2030"]]
    deck.units[3].blocks.append(table_block(rows, 4, order=20))
    texts = [v.text for v in find_visions(deck)]
    for said in (
        "Make every estate office paperless",
        "Halve missed bin collections",
        "Every customer can book a repair online",
    ):
        assert any(t.startswith(said) for t in texts), (said, texts)


def test_no_pilot_in_a_term_a_year_or_a_function() -> None:
    for title, line in (
        ("Timeline", "The first modules go live in Term 2."),
        ("Sequencing", "The first savings start in FY29."),
        ("Sequencing", "The first changes go live in Finance and HR."),
        ("Retail goes first", "The 40 shops of the Retail division move to the new tills."),
    ):
        deck = slide_deck([("Better systems 2030", ["Board paper"]), (title, [line])])
        assert read_deck_plan(deck).pilot is None, line


def test_a_goals_list_ends_at_the_next_cards_number_and_a_baseline_note_is_a_pointer() -> None:
    from agent.engines.rules.visions import find_visions

    deck = slide_deck(
        [
            ("Good jobs 2031", ["Board paper, June 2028"]),
            (
                "Pillar 4 · People who stay",
                [
                    "GOALS",
                    "Cut driver turnover from 30% to 20% by March 2031",
                    "3",
                    "Fair wages",
                    "Pay the living wage to every hourly role from April 2029",
                ],
            ),
            (
                "Our ambition",
                [
                    "Targets are set against our 2026/27 results; the measures are on page 12",
                    "Every depot open to new drivers by 2030",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert any(t.startswith("Cut driver turnover") for t in texts), texts
    for said in ("Pay the living wage", "Fair wages", "Targets are set against"):
        assert not any(said in t for t in texts), (said, texts)


def test_a_summary_line_about_one_part_of_the_plan_does_not_set_its_clock() -> None:
    """On the first slides, where a line that says when the plan runs sets its clock, one that
    says when a part of it or another programme runs does not."""
    for said in (
        "The training programme will run from July 2028 to June 2029 for all 400 staff.",
        "The plan's first phase runs from July 2028 to March 2029, then we review.",
        "Phase 1 of the plan runs from April 2028 to March 2029, then we review.",
    ):
        deck = slide_deck(
            [("Safer streets 2028-2030", ["Board, January 2028"]), ("In short", [said])]
        )
        plan = read_deck_plan(deck)
        assert plan.horizon_weeks is not None and plan.horizon_weeks >= 150, (said, plan)
    deck = slide_deck(
        [
            ("Safer streets 2028-2030", ["Board, January 2028"]),
            ("In short", ["The programme runs from July 2028 to December 2030, in three phases."]),
        ]
    )
    plan = read_deck_plan(deck)
    assert plan.horizon_weeks is not None and round(plan.horizon_weeks / 4.345) == 30


def test_the_moments_a_slide_is_titled_for_are_its_scenarios_and_not_its_lead_in() -> None:
    """A slide titled "Three moments this plan is about": a lead-in about the list, then each
    moment numbered over the lines that describe it, then "Not in this plan" and what is left
    out. The numbered moments are the scenarios; the lead-in and the left-out groups are not."""
    from agent.engines.rules import RulesEngine
    from schemas.context import OrgContext
    from tests.decks import goal

    deck = slide_deck(
        [
            ("Closer to our members 2030", ["Trustees, March 2028"]),
            (
                "Three moments this plan is about",
                [
                    "Everything we change should make one of these better.",
                    "1 Renewing a membership online",
                    "A member renews on our website in under five minutes.",
                    "2 Booking a guided walk",
                    "A member books a walk on their phone and gets a reminder.",
                    "3 Joining at the visitor centre",
                    "A visitor joins at the till and gets their card the same day.",
                    "Not in this plan",
                    "Corporate partners and school groups",
                ],
            ),
            ("How we will know", ["Online renewals from 20% to 60% by 2030"]),
        ],
        bullets=False,
    )
    visions = [goal("V1", "Online renewals from 20% to 60% by 2030", 3)]
    chosen = RulesEngine().choose_scenarios(deck, visions, OrgContext(root="org"))
    names = [s.name for s in chosen]
    assert names == [
        "Renewing a membership online",
        "Booking a guided walk",
        "Joining at the visitor centre",
    ], names
