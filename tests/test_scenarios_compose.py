"""Scenarios composed for decks that name no segments: pillar x site, not a measure."""

from __future__ import annotations

from agent.engines.rules import scenarios as scen
from schemas.deck import Block, BlockKind, Deck, Provenance
from schemas.plan import Measure, Vision
from tests.decks import goal as _vision
from tests.decks import slide_deck as _deck

MEASURES = [
    "Orders shipped on time from 91% to 98% by 2029",
    "Cost per order line from 0.70 to 0.55 by 2029",
    "Empty truck kilometres from 25% to 15% by 2029",
]

# No overview slide names the programmes; each has its own slide.
PROGRAMME_SLIDES = [
    ("Network 2029", ["Board paper"]),
    ("Our commitments for 2029", MEASURES),
    (
        "Programme 1 · Smart Picking",
        [
            "Re-slot the fastest-moving items every week from warehouse velocity data",
            "Voice picking on every ambient aisle at all depots",
            "Goods-to-person robots in the two largest depots",
        ],
    ),
    (
        "Programme 2 · Connected Fleet",
        [
            "Central route planning for every truck leaving a depot",
            "Yard management with supplier dock booking at every depot",
            "A backhaul desk that sells empty return legs to suppliers",
        ],
    ),
    (
        "Programme 3 · Shared Data",
        [
            "One product master with a named owner for every client",
            "Cube data fixed for the top items before slotting goes live",
            "Upgrade the warehouse system at the sites still on the old release",
        ],
    ),
    (
        "Why Northfield first",
        [
            "The pilot: route planning and dock booking at the Northfield depot gatehouse",
            "Trailer wait at the gate under 30 minutes before rollout",
            "Northfield pilot charter agreed: scope, exit criteria, named site team",
        ],
    ),
]


def _measure_visions() -> list[Vision]:
    return [_vision(f"V{i}", m, 2) for i, m in enumerate(MEASURES, start=1)]


def test_programmes_each_on_their_own_slide_are_the_pillars_when_no_overview_names_them() -> None:
    deck = _deck(PROGRAMME_SLIDES)
    drafts = scen.pillar_scenarios(deck, _measure_visions())
    names = [d.name for d in drafts]
    assert len(names) == 3
    assert all(
        any(p in n for p in ("Smart Picking", "Connected Fleet", "Shared Data")) for n in names
    ), names
    # Each is described by the first thing its slide says it will do.
    picking = next(d for d in drafts if "Smart Picking" in d.name)
    assert "Re-slot the fastest-moving items" in picking.segment


def test_the_pillar_the_pilot_scope_speaks_of_comes_first_at_the_pilot_site() -> None:
    deck = _deck(PROGRAMME_SLIDES)
    drafts = scen.pillar_scenarios(deck, _measure_visions())
    # The pilot slide ("Why Northfield first") is about route planning and dock booking: the
    # fleet programme, not the first one the deck lists.
    assert drafts[0].name == "Connected Fleet at Northfield", [d.name for d in drafts]
    # A programme the pilot's scope does not speak of is not placed at the pilot site.
    data = next(d for d in drafts if d.name.startswith("Shared Data"))
    assert "Northfield" not in data.name
    # What rolls out after the pilot, in the deck's words: the programme's work that says most
    # of what its name says ("data"), not the line its segment already quotes.
    assert data.context == (
        "the rollout after the pilot, site by site, with: Cube data fixed for the top items "
        "before slotting goes live"
    ), data.context


BETS_SLIDES = [
    ("Plan 2029", ["Board paper"]),
    ("What we will achieve", MEASURES),
    (
        "Three bets",
        [
            "Faster onboarding",
            "Guided import, onboarding playbooks and an admin certification.",
            "Regional hosting",
            "A data region of our own for the clients who need residency.",
            "Partner growth",
            "Reseller channel, usage pricing and a disciplined deal desk.",
        ],
    ),
]


def test_a_slide_of_bets_sets_out_the_pillars() -> None:
    # "Three bets" is how a growth company names its pillars: each bet becomes a scenario.
    drafts = scen.pillar_scenarios(_deck(BETS_SLIDES), _measure_visions())
    names = [d.name for d in drafts]
    assert names and all(
        any(p in n for p in ("Faster onboarding", "Regional hosting", "Partner growth"))
        for n in names
    ), names


def _with_table(deck: Deck, slide: int, rows: list[list[str]]) -> Deck:
    unit = deck.units[slide - 1]
    prov = Provenance(file="deck.pptx", slide=slide)
    text = "\n".join(" | ".join(r) for r in rows)
    unit.blocks.append(
        Block(kind=BlockKind.table, text=text, rows=rows, order=len(unit.blocks), source=prov)
    )
    return deck


SERVICE_ROWS = [
    ["Service", "Online today", "Target 2030"],
    ["Boat mooring licences", "15%", "90%"],
    ["Street lighting faults", "40%", "85%"],
    ["Allotment plots", "22%", "80%"],
    ["Dog warden requests", "10%", "60%"],
    ["Five further services", "30%", "70%"],
]


def test_a_table_of_the_decks_services_makes_each_service_a_scenario_the_pilot_first() -> None:
    slides = [
        ("Digital Marlow 2030", ["Cabinet paper"]),
        ("Services we will redesign", ["The services that drive most calls"]),
        (
            "Pilot: Boat Mooring Licences on the Riverside",
            ["600 households; the first service on the new account"],
        ),
        (
            "Phase 2: Move (April 2028 - March 2029)",
            [
                "Two more services move onto the new account",
                "Move street lighting faults onto the new account",
                "Allotment plots booked online with the waiting list published",
            ],
        ),
    ]
    deck = _with_table(_deck(slides), 2, SERVICE_ROWS)
    goals = [f"{r[0]} from {r[1]} to {r[2]} by 2030" for r in SERVICE_ROWS[1:]]
    visions = [
        _vision(f"V{i}", g, 2).model_copy(update={"evidence": "table"})
        for i, g in enumerate(goals, start=1)
    ]
    drafts = scen.choose_scenarios(deck, visions)
    names = [d.name for d in drafts]
    # Each scenario is one of the deck's services, not a measure or "customers".
    assert names[0] == "Boat mooring licences", names
    assert "the pilot at" in drafts[0].context
    assert "Five further services" not in names  # a row that sums the others is no service
    assert all(d.segment in {r[0] for r in SERVICE_ROWS} for d in drafts), drafts
    # The services the plan schedules work for come before one it only targets.
    assert set(names[1:]) == {"Street lighting faults", "Allotment plots"}, names


def test_a_hospital_deck_whose_chosen_goals_are_all_measures_is_cut_by_its_workstreams() -> None:
    from agent.engines.rules import RulesEngine
    from schemas.context import OrgContext

    slides = [
        ("Flow 2029", ["Hospital trust board paper", "Patients wait in the emergency department"]),
        ("Our promise", ["Every patient is seen, treated and sent home or admitted safely"]),
        (
            "Where we will be by 2029",
            [
                "Ward discharges before noon from 14% to 33% by 2029",
                "Theatre utilisation from 73% to 85% by 2029",
                "Emergency department waits over 12 hours from 4% to 2% by 2029",
            ],
        ),
        (
            "Three workstreams",
            [
                "Ward flow",
                "Board rounds and expected discharge dates on every adult ward.",
                "Theatre scheduling",
                "Six-four-two scheduling for every theatre list at both hospitals.",
                "Front door",
                "Same-day emergency care and ambulance handover within 45 minutes.",
            ],
        ),
    ]
    deck = _deck(slides)
    visions = [
        _vision(
            "V1", "Every patient is seen, treated and sent home or admitted safely", 2, vague=True
        ),
        _vision("V2", "Ward discharges before noon from 14% to 33% by 2029", 3),
        _vision("V3", "Theatre utilisation from 73% to 85% by 2029", 3),
        _vision("V4", "Emergency department waits over 12 hours from 4% to 2% by 2029", 3),
    ]
    drafts = RulesEngine().choose_scenarios(deck, visions, OrgContext(root="."))
    names = [d.name for d in drafts]
    assert names and all(
        any(p in n for p in ("Ward flow", "Theatre scheduling", "Front door")) for n in names
    ), names


def test_a_deck_whose_goals_make_one_scenario_is_cut_by_its_pillars(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Outside operations, goals compose the scenarios; when they make one at most and the
    deck's pillars make several, the pillars cut the plan (a plan of one scenario leaves the
    rest of the deck out)."""
    from agent.engines import rules
    from schemas.context import OrgContext

    deck = _deck(PROGRAMME_SLIDES)
    visions = _measure_visions()
    one = scen.choose_scenarios(deck, visions)[:1]
    monkeypatch.setattr(rules, "_domain", lambda deck: "healthcare")
    monkeypatch.setattr(scen, "only_measures", lambda deck, visions: False)
    monkeypatch.setattr(scen, "choose_scenarios", lambda deck, visions: list(one))
    drafts = rules.RulesEngine().choose_scenarios(deck, visions, OrgContext(root="org"))
    assert len(drafts) == 3 and any("Connected Fleet" in d.name for d in drafts), drafts
    # goals that make two or more scenarios, each for a segment the deck names, keep them
    two = [d.model_copy(update={"segment": "fleet drivers"}) for d in one * 2]
    monkeypatch.setattr(scen, "choose_scenarios", lambda deck, visions: list(two))
    assert rules.RulesEngine().choose_scenarios(deck, visions, OrgContext(root="org")) == two


def test_a_scenario_whose_goal_names_nobody_is_no_scenario_when_better_ones_exist(
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    """A goal that names no segment ("One million visits a year") composes a scenario for the
    placeholder, the deck's word for whom it serves: it is dropped beside scenarios whose segment the deck names, and
    when that leaves one at most, the deck's pillars cut the plan. Only placeholders left: they
    stay, the deck offering nothing better. A customer strategy keeps its goals' scenarios."""
    from agent.engines import rules
    from schemas.context import OrgContext

    deck = _deck(PROGRAMME_SLIDES)
    visions = _measure_visions()
    (real,) = scen.choose_scenarios(deck, visions)[:1]
    placeholder = real.model_copy(
        update={"name": "One million visits a year", "segment": scen.served(deck)}
    )
    named = real.model_copy(update={"segment": "families with under-fives"})
    schools = real.model_copy(update={"name": "School visits", "segment": "primary schools"})
    monkeypatch.setattr(rules, "_domain", lambda deck: "museums_culture")
    monkeypatch.setattr(scen, "only_measures", lambda deck, visions: False)
    engine, org = rules.RulesEngine(), OrgContext(root="org")

    def chosen(composed: list) -> list:  # type: ignore[type-arg]
        monkeypatch.setattr(scen, "choose_scenarios", lambda deck, visions: list(composed))
        return engine.choose_scenarios(deck, visions, org)

    assert chosen([placeholder, named, schools]) == [named, schools]
    by_pillar = chosen([placeholder, named])  # one named segment: the pillars instead
    assert len(by_pillar) == 3 and all(d.segment != scen.served(deck) for d in by_pillar)
    assert chosen([placeholder]) == by_pillar
    pillars = scen.pillar_scenarios
    monkeypatch.setattr(scen, "pillar_scenarios", lambda deck, visions: [])
    assert chosen([placeholder]) == [placeholder]  # nothing better: the placeholder stays
    monkeypatch.setattr(scen, "pillar_scenarios", pillars)
    # a customer strategy's goals are its scenarios, its segment named or not
    monkeypatch.setattr(rules, "_domain", lambda deck: "customer_experience")
    assert chosen([placeholder, named]) == [placeholder, named]


def test_a_customer_strategy_whose_goals_are_rows_of_its_measures_is_cut_by_its_pillars(
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    """A customer strategy keeps the scenarios its goals compose, but not when every goal it
    would keep is a row of its measures slide ("Households seen by an adviser within 10 days"):
    a measure is no segment, and the deck's pillars cut the plan. A goal that names its
    audience outside the measures stays a scenario."""
    from agent.engines import rules
    from schemas.context import OrgContext

    deck = _deck(
        [
            ("Beyond the Parcel 2030", ["Trustees, February 2027"]),
            (
                "The plan in brief",
                [
                    "Connect the households who need it to debt and benefits advice.",
                    "Three priorities carry it: Food with dignity, More than food, and Volunteers.",
                ],
            ),
            ("Food with dignity", ["Move every centre to the choice model in four waves"]),
            ("More than food", ["Put a benefits adviser in every centre once a week"]),
            ("Volunteers", ["Give every new volunteer a buddy for their first three shifts"]),
            (
                "Six measures",
                [
                    "Households needing a fourth referral within six months: from 40% to 25%",
                    "Referred households seen by an adviser within 10 days: from 18% to 60%",
                    "Volunteers still active six months after their first shift: 55% to 75%",
                ],
            ),
        ]
    )
    measures = [
        _vision(
            "V0", "Connect the households who need it to debt and benefits advice", 2, vague=True
        ),
        _vision("V1", "Households needing a fourth referral within six months: 40% to 25%", 6),
        _vision("V2", "Referred households seen by an adviser within 10 days: 18% to 60%", 6),
        _vision("V3", "Volunteers still active six months after their first shift: 55% to 75%", 6),
    ]
    # the measures read from the slide's table; the vague goal names its audience
    measures = [measures[0], *(v.model_copy(update={"evidence": "table"}) for v in measures[1:])]
    monkeypatch.setattr(rules, "_domain", lambda deck: "customer_experience")
    engine, org = rules.RulesEngine(), OrgContext(root="org")
    names = [d.name for d in engine.choose_scenarios(deck, measures, org)]
    assert names and all(
        n.startswith(("Food with dignity", "More than food", "Volunteers")) for n in names
    ), names


def test_numbered_pillars_under_a_counted_title_are_the_scenarios_not_the_measure_rows() -> None:
    """ "Our three pillars" over "1. ...", "2. ...", "3. ...", each with its tagline: the
    pillars make the scenarios, the pilot's first; a row of the measures table said of
    "members" is a KPI, not a segment at a moment."""
    from agent.engines.rules import RulesEngine
    from agent.planning.deck_plan import read_deck_plan
    from schemas.context import OrgContext

    slides = [
        ("Open Season 2031", ["Hollins Cycles · Board, March 2028"]),
        (
            "Our three pillars",
            [
                "1. Bikes ready on the day",
                "Servicing booked online, done while you wait",
                "2. One counter, in the shop and online",
                "Stock you can see wherever you buy",
                "3. A club worth joining",
                "Rewards for members in every shop",
            ],
        ),
        (  # the same slide again, each pillar's initiatives shown (a morph build)
            "Our three pillars",
            [
                "1. Bikes ready on the day",
                "Servicing booked online, done while you wait",
                "Book every service online with a time slot",
                "2. One counter, in the shop and online",
                "Stock you can see wherever you buy",
                "Link every shop's till stock to the website",
                "3. A club worth joining",
                "Rewards for members in every shop",
                "Move the club card into the app",
            ],
        ),
        (
            "Measures and targets",
            [
                "Services done on the day booked from 52% to 90% by 2031",
                "Online share of sales from 6% to 15% by 2031",
                "Active club members from 40,000 to 65,000 by 2031",
            ],
        ),
        ("Pilot: the Kendal shop", ["We will pilot online servicing at Kendal from June 2028"]),
    ]
    deck = _deck(slides, bullets=False)
    for unit in deck.units[1:3]:  # each pillar an icon and text boxes in a group
        blocks = []
        for block in unit.blocks:
            if block.text[:2] in ("1.", "2.", "3."):
                blocks.append(
                    Block(kind=BlockKind.image_alt, text="image.png", source=block.source)
                )
            blocks.append(block)
        blocks.append(
            Block(kind=BlockKind.body, text="Built on: people · systems", source=blocks[0].source)
        )
        unit.blocks = blocks
    assert read_deck_plan(deck).pillars == [
        "Bikes ready on the day",
        "One counter, in the shop and online",
        "A club worth joining",
    ]
    visions = [
        _vision("V1", "Services done on the day booked from 52% to 90% by 2031", 3),
        _vision("V2", "Online share of sales from 6% to 15% by 2031", 3),
        _vision("V3", "Active club members from 40,000 to 65,000 by 2031", 3),
    ]
    names = [d.name for d in RulesEngine().choose_scenarios(deck, visions, OrgContext(root="."))]
    assert names and all(
        any(p in n for p in ("Bikes ready", "One counter", "A club worth joining")) for n in names
    ), names


def test_four_numbered_priorities_under_a_counted_title_are_the_pillars() -> None:
    from agent.planning.deck_plan import read_deck_plan

    lines = [
        "1. Safe water, every day",
        "2. Fewer leaks, fewer bursts",
        "3. Bills people trust, in every town",
        "4. A team ready for the next decade",
    ]
    deck = _deck([("Clear Water 2031", ["Fenmarsh Water"]), ("Our four priorities", lines)])
    assert read_deck_plan(deck).pillars == [line[3:] for line in lines]


def test_situations_a_slide_says_the_plan_is_about_are_its_scenarios_whatever_their_words() -> None:
    """ "Three situations this plan is about" inside a slide of other things: the lines under
    it, to "Not in scope", are the deck's scenarios, though they name no customer ("Night
    shifts at Kell and Marrow: work lists built from alarms"), and the out-of-scope list is none."""
    deck = _deck(
        [
            ("Pumps First 2030", ["Board paper"]),
            (
                "Where the change bites",
                [
                    "FOCUS",
                    "Three situations this plan is about",
                    "Night shifts at Kell and Marrow: work lists built from alarms",
                    "Winter callouts at Ostby and Fenn: send a crew only when the alarm agrees",
                    "Seal replacements in the dry season: inspect first, replace second",
                    "Not in scope",
                    "The treatment works and their outfalls",
                ],
            ),
        ]
    )
    visions = [_vision("V1", "Cut unplanned pump stops by 40% by 2030", 1)]
    names = [d.name for d in scen.choose_scenarios(deck, visions)]
    assert len(names) == 3 and any(n.startswith("Night shifts at Kell") for n in names), names
    assert not any("treatment works" in n.lower() for n in names), names


def _table_deck(header: list[str], rows: list[list[str]]) -> Deck:
    deck = _deck(
        [
            ("Harbour Spa 2030", ["Brand plan for our three coastal spas"]),
            ("Our goals", ["Raise repeat stays from 22% to 35% by 2030"]),
            ("Loyalty programme", ["Three levels, earned by stays and spend"]),
        ]
    )
    prov = Provenance(file="deck.pptx", slide=3)
    table = [header, *rows]
    deck.units[2].blocks.append(
        Block(
            kind=BlockKind.table,
            text="\n".join(" | ".join(r) for r in table),
            rows=table,
            order=9,
            source=prov,
        )
    )
    return deck


def test_the_rows_of_a_table_of_tiers_are_the_decks_segments() -> None:
    deck = _table_deck(
        ["Tier", "Qualification", "Benefits"],
        [
            ["Harbour", "First stay", "Late checkout"],
            ["Tide", "Four stays a year", "Free treatment on arrival"],
            ["Lighthouse", "By invitation", "A host for every visit"],
        ],
    )
    chosen = scen.choose_scenarios(
        deck, [_vision("V1", "Raise repeat stays from 22% to 35% by 2030", 2)]
    )
    names = [s.name for s in chosen]
    assert "Tide tier" in names and "Lighthouse tier" in names, names
    tide = next(s for s in chosen if s.name == "Tide tier")
    assert "Qualification: Four stays a year" in tide.context


def test_a_table_of_measures_is_no_table_of_segments() -> None:
    deck = _table_deck(
        ["Measure", "Baseline", "Target"],
        [["Repeat stays", "22%", "35%"], ["Spa revenue", "£4m", "£6m"], ["NPS", "41", "60"]],
    )
    chosen = scen.choose_scenarios(
        deck, [_vision("V1", "Raise repeat stays from 22% to 35% by 2030", 2)]
    )
    assert not any(s.name.startswith(("Repeat stays", "Spa revenue", "NPS")) for s in chosen)


def test_a_goal_that_names_no_one_is_for_whom_the_deck_serves_in_its_own_word() -> None:
    """A port's goal that names no one composes a scenario for "hauliers", the word the deck
    uses for whom it serves; never "customers", a word the deck does not use."""
    deck = _deck(
        [
            ("Gate times down", ["Hauliers wait 70 minutes at the gate today.", "Cut the wait."]),
            ("Goals for 2030", ["Average truck turn time: from 70 to 35 minutes by 2030"]),
            ("Why hauliers", ["Every haulier books a slot; hauliers pay for missed slots."]),
        ]
    )
    assert scen.served(deck) == "hauliers"
    visions = [_vision("V1", "Average truck turn time: from 70 to 35 minutes by 2030", 2)]
    drafts = scen.choose_scenarios(deck, visions)
    assert drafts and all(d.segment == "hauliers" for d in drafts), drafts
    assert not scen.named_segments(drafts, deck)
    assert scen.served(_deck([("Goals", ["Turn time: from 70 to 35 minutes by 2030"])])) == (
        scen.NO_SEGMENT
    )


def test_a_pillar_is_measured_by_the_goal_its_own_slide_states() -> None:
    """The measures slide sets every goal; each pillar's slide states its own again. The pillar
    is measured by the goal on its slide, not by one that shares a word with its description
    ("calls": "where tenants call" beside "Answer 90% of calls in a minute")."""
    from schemas.plan import Source

    deck = _deck(
        [
            ("Homes Fit to Live In", ["Board paper, 2028"]),
            (
                "Three pillars",
                [
                    "1 Answer first time",
                    "Every call answered and sent to the right trade",
                    "2 Fix it faster",
                    "Vans and trades matched to where tenants call from",
                    "3 Homes kept warm",
                    "Damp and cold put right before winter",
                ],
            ),
            ("Answer first time", ["Answer 90% of calls within a minute by March 2029"]),
            ("Fix it faster", ["Urgent repairs done in 24 hours for 95% of jobs by 2029"]),
            ("Homes kept warm", ["Every damp report inspected within 5 days by 2029"]),
            (
                "How we will know",
                [
                    "Answer 90% of calls within a minute by March 2029",
                    "Urgent repairs done in 24 hours for 95% of jobs by 2029",
                    "Every damp report inspected within 5 days by 2029",
                ],
            ),
        ]
    )
    texts = {
        "V1": (
            "Answer 90% of calls within a minute by March 2029",
            3,
            "Calls answered in a minute",
        ),
        "V2": (
            "Urgent repairs done in 24 hours for 95% of jobs by 2029",
            4,
            "Urgent repairs in 24h",
        ),
        "V3": ("Every damp report inspected within 5 days by 2029", 5, "Damp reports inspected"),
    }
    visions = []
    for vid, (text, slide, metric) in texts.items():
        v = _vision(vid, text, 6)
        v.also_stated = [Source(file="deck.pptx", slide=slide)]
        v.measure = Measure(metric=metric, target="95%", source=Source(file="deck.pptx", slide=6))
        visions.append(v)
    drafts = {d.name: d for d in scen.pillar_scenarios(deck, visions)}
    faster = next(d for n, d in drafts.items() if n.startswith("Fix it faster"))
    assert "Urgent repairs in 24h" in faster.context, faster.context
    assert "V2" in faster.vision_ids


def test_a_persona_the_deck_quotes_is_named_without_its_quotes() -> None:
    assert scen._name('"Rising Town Students"') == "Rising Town Students"
    assert scen._name("“The Quiet Seeker”") == "The Quiet Seeker"
    assert scen._name('They said "go" now') == 'They said "go" now'


def test_a_goal_on_a_slide_titled_with_a_programmes_number_is_that_programmes() -> None:
    """ "Programme 2 benefits: turnaround and idle time" shares no word with "Connected Fleet",
    but its number is the one "Programme 2 · Connected Fleet" gives: the goal stated there is
    the fleet scenario's. A number that two names claim is no one's."""
    slides = [
        *PROGRAMME_SLIDES[:4],
        ("Programme 2 benefits: turnaround and idle time", ["Truck idle time halved by 2029"]),
        *PROGRAMME_SLIDES[4:],
    ]
    deck = _deck(slides)
    visions = [*_measure_visions(), _vision("V4", "Truck idle time halved by 2029", 5)]
    assert scen.numbered_units(deck, ["Smart Picking", "Connected Fleet", "Shared Data"])[5] == (
        "Connected Fleet"
    )
    fleet = next(d for d in scen.pillar_scenarios(deck, visions) if "Connected Fleet" in d.name)
    assert "V4" in fleet.vision_ids, fleet
    assert 5 not in scen.numbered_units(
        deck, ["Smart Picking", "Connected Fleet", "Connected Fleet Hubs"]
    )


def test_the_pilots_context_says_what_it_does_not_that_it_is_a_pilot() -> None:
    from agent.planning.deck_plan import Pilot
    from schemas.plan import Source

    src = Source(file="deck.pptx", slide=9)
    chosen = Pilot(name="Ashby", unit="plant", text="Pilot Plant Selected (Ashby)", source=src)
    assert scen.pilot_context(chosen) == "the pilot at Ashby"
    assert scen.pilot_context(Pilot(name="Ashby", unit="plant", text="Scope", source=src)) == (
        "the pilot at Ashby"
    )
    doing = Pilot(
        name="Project Tern",
        unit="site",
        text="Camera counts and night feeding at the three Ardmore sea sites",
        source=src,
    )
    assert scen.pilot_context(doing) == (
        "the pilot at Project Tern (Camera counts and night feeding at the three Ardmore sea sites)"
    )


def test_a_goal_that_names_whom_it_is_for_beats_one_whose_slide_alone_does() -> None:
    """On one slide, "We will move every branch onto NewDiary" names no one (its slide's text
    says "patients"); the goal beside it names "new contact-lens patients". The scenario is
    the goal that names its people."""
    diary = "Over the first year we will move every branch onto NewDiary, starting with the coast"
    lenses = (
        "We will open online booking for eye tests and new contact-lens patients at every branch"
    )
    deck = _deck(
        [
            ("Our opticians", ["A plan for 20 branches"]),
            ("One diary for every branch", [diary, lenses, "Patients wait 9 days today."]),
            ("Open lists", ["We will reopen our lists to new adult patients at every branch"]),
            ("Faster care", ["Any patient who asks for an eye test is seen within five days"]),
            ("Young eyes", ["Children screened at school from 40% to 90% by 2030"]),
        ]
    )
    visions = [
        _vision("V1", diary, 2),
        _vision("V2", lenses, 2),
        _vision("V3", "We will reopen our lists to new adult patients at every branch", 3),
        _vision("V4", "Any patient who asks for an eye test is seen within five days", 4),
    ]
    names = [d.name for d in scen.choose_scenarios(deck, visions)]
    assert any(n.startswith("We will open online booking") for n in names), names
    assert not any("NewDiary" in n for n in names), names


def _moments(slides: list[tuple[str, list[str]]]) -> list[str]:
    deck = _deck([("Open Water 2031", ["Tarrow Ferries", "Board, February 2028"]), *slides])
    visions = [_vision("V1", "Carry every passenger on time by 2030", 1)]
    return [d.name for d in scen.choose_scenarios(deck, visions)]


def test_moments_listed_under_who_the_plan_is_for_and_a_line_that_counts_them() -> None:
    got = _moments(
        [
            (
                "Who our plan is for",
                [
                    "Three passenger moments",
                    "A commuter booking a season ticket on the app",
                    "A family missing the last sailing after a delay",
                    "A wheelchair user boarding at the Kell ramp",
                    "Not in this plan",
                    "Freight bookings",
                ],
            )
        ]
    )
    assert len(got) == 3 and not any("Three passenger moments" in n for n in got), got
    assert not any("Freight" in n for n in got), got


def test_moments_as_heads_over_the_lines_that_tell_them_are_one_each() -> None:
    got = _moments(
        [
            (
                "Three moments we plan around",
                [
                    "WHO THIS PLAN IS FOR Booking a cabin online",
                    "A couple books a cabin on a phone at midnight for the crossing in June.",
                    "A late sailing",
                    "A storm holds the ferry and the passengers wait at the terminal all night.",
                    "Not in this plan",
                    "Freight bookings",
                ],
            ),
            ("Our pillars", ["Workstream lead: Head of Customer Service"]),
        ]
    )
    assert len(got) == 2, got
    assert any(n.startswith("Booking a cabin online") for n in got), got
    assert not any("WHO THIS" in n for n in got), got
    assert not any("Workstream lead" in n for n in got), got
