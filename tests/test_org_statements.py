"""What an org folder admits, however it is phrased and wherever it is written: in a sentence,
in a table's prose cell, or in a roster's notes. Made-up wording, no eval deck's sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from agent.context._loader import load_context
from agent.knowledge.constraints import find_statements


@pytest.mark.parametrize(
    "sentence",
    [
        "The yard cranes' control software dates from 2006 and is out of support.",
        "Shift handover notes are keyed in manually at the end of each shift.",
        "Drivers key their delivery exceptions in by hand after the round.",
        "Customer codes (account to depot): maintained by hand by each branch in spreadsheets.",
        "Stock levels leave it only as a nightly CSV export.",
        "Maintenance history before 2021 is incomplete: failure codes are missing for most jobs.",
        "Telematics data reaches the data lake weekly, not daily.",
        "Night-shift picking (Hall B not measured)",
        "The Fleet Safety Lead post has been vacant since April.",
        "Any system that monitors drivers must be agreed with the works council before use.",
        "Harbour tugs are not on the vessel tracking system.",
        "Parcel scans at the kiosks are not validated against the manifest.",
        "Bulk collections are booked by telephone only, weekdays 9 to 5.",
        "Near-miss reports are filled in on paper and posted to head office.",
        "The Data Steward post is still vacant.",
        "The 2021 site agreement does not allow weekend shifts without a ballot.",
        "Older store leases do not oblige landlords to allow signage changes.",
        "Changes to rotas go to the Joint Staff Committee for consultation.",
        "Extended support for the ticketing platform ends March 2030.",
        # phrased without any absence word: batches, slow channels, thin capacity, windows
        "Depot fuel readings arrive at finance as a weekly Excel export on Fridays.",
        "Lab results reach the ward system each Tuesday.",
        "Taxi bookings for patients are arranged by phone with three firms.",
        "Evening rounds are done by torchlight in the older wing.",
        "The college runs six forklift courses a year, with 10 seats on each.",
        "The skills lab seats 24 learners at a time.",
        # what goes uncounted, the rest estimated, a dropping signal, one source, one meter
        "Children under three ride free, so their journeys go unrecorded.",
        "Footfall is counted at 40 branches; the rest are estimated from till receipts.",
        "On the coast road the radio signal cuts out between the two headlands.",
        "Replacement belts for the sorter are ordered from a single importer in Rotterdam.",
        "The kitchens, laundry and pool on the east campus share the same meter.",
        "If a bed frees up at night, the porter rings the bed office.",
        "The depot runs under a licence that allows deliveries from 6am to 10pm.",
        "Our planning permission allows events between 9:00 and 23:00.",
        "The academy runs one crane operator course at a time.",
        "The weekend shift works with 9 drivers, half the weekday complement.",
        "The north terminal closes for roof repairs from 3 March to 28 April 2028.",
        "The tenant survey runs once a year, in June.",
        "The regional offices keep the CRM as separate databases, so a move is entered again.",
        "Three of our depots share one workshop manager.",
        "Ticket sales figures are reported two weeks after each month ends.",
        "The water company quotes a nine-month lead time for a new connection.",
        "The revolving facility is capped at £5m, and most of it is in use.",
        "The national licensing order requires a posted tariff at every rank.",
        "The lottery grant is conditional on match funding of £400,000.",
        "Spend above £1m goes to the Investment Committee, which meets in May and November.",
        # records in duplicate books, partners that send nothing, a compound's one shared
        # router, figures worked out where they are not measured, a counter-only service, fax
        "The smaller depots keep delivery notes in carbon-copy books at the gatehouse.",
        "Contract hauliers, about half of our loads, send us nothing until they invoice.",
        "The four outstations share one laptop per crew room.",
        "Fuel use is worked out from the monthly invoices everywhere else.",
        "Permits are only issued at the Town Hall reception.",
        "Repeat orders from two older customers still come in by fax.",
        "Our booking page shows the timetable, but it takes no bookings.",
        "The cold stores are out of range for the handheld readers.",
        "Energy is booked to the site, not to each line.",
        # a body with a calendar that a change must wait for; a forum told before anything is
        # issued; rotas set a year ahead; a grant for a set number a year
        "The Licensing Panel sits in January, May and September, and any new route has to be "
        "agreed at one of those sittings.",
        "The Trust Board takes capital bids at its April and October meetings.",
        "New shift patterns are talked through with the staff forum before they are issued.",
        "Ward rotas are set six months ahead by the rostering team.",
        "The skills grant pays towards up to 12 trainees a year.",
        # data that arrives late, a team alone can use it, a site not accessible, records
        # scattered in people's own inboxes
        "Sales data reaches head office a week late.",
        "Only the finance team can run reports from the ledger.",
        "Our website is not accessible to screen readers.",
        "Staff training records live in each manager's inbox.",
        # the rest doing without, a system reachable from one place, stock counted by eye, a
        # field left at its default, two things a report cannot tell apart, an answerphone,
        # data rolled up after a few days, one person away, hours a site may be used
        "The booking app runs at 14 branches; the other six keep a desk diary.",
        "The stock ledger is installed on the two laptops in the depot office.",
        "Each clinic's records can be opened from its own reception desk and nowhere else.",
        "Bin levels at the recycling points are judged by eye on each round.",
        "Most planners leave the review date at its default of twelve months.",
        "Late and cancelled deliveries look the same in the carrier's reports.",
        "Calls after 4pm go to the branch answerphone, played back the next morning.",
        "The till system keeps each sale for 30 days and then rolls it up into weekly totals.",
        "Only Priya can run the payroll export; when she is on leave the run waits.",
        "The marina crane is licensed from 08:00 to 18:00, and no boat may be lifted outside "
        "those hours.",
        # part of the estate said at the end; records never keyed in; what a body holds none
        # of; left out of a programme; a service that ended; a cap at once; what an
        # agreement allows none of; a party that will not agree
        "Card readers for the car park are installed at the north entrance alone.",
        "Guest Wi-Fi is available in the main hall only.",
        "The 1970s maintenance cards for the pumps have never been keyed in.",
        "The club employs no groundsman of its own.",
        "The sports hall floor is absent from this year's repairs budget.",
        "The free minibus for older members ended in March 2026.",
        "The hall licence allows no more than 120 people inside at one time.",
        "The lease allows no signage on the front of the building.",
        "The residents' association will not agree to deliveries before 8am.",
        # checks failed, each unit its own, a part built, some days only, a thing not done
        "About 9% of member records carry a postcode that fails address validation.",
        "Of the 14 depots, 9 take bookings, and each keeps its own diary with its own rules.",
        "The new booking platform was bought last year; only its training site has been built.",
        "The Westgate branch is open Monday to Thursday only, with 4 staff.",
        "The ticketing system does not issue refunds itself; they are keyed by the finance team.",
        # a body that sees a thing before it launches, a rule every project meets, a start date
        "The Access Panel must review any new form, kiosk or web page before it is launched.",
        "A major IT project must have an independent assurance review from its start.",
        "The supplier cannot load live records before 14 March 2029, as its team is booked.",
        # a capacity said as the few it takes, or the most it takes in a span of days
        "The feed into the north yard supports only four lorry chargers until it is upgraded.",
        "The hall seats only 120 people, so the spring concert sells out within a day.",
        "The groundsman's rule is that the lawn can take no more than two matches in five days.",
    ],
)
def test_admissions_in_many_phrasings_are_found(sentence: str) -> None:
    assert find_statements(sentence), sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a participle in the negative
        ("Our vans are not refrigerated: chilled lines travel in cool boxes.", "limitation"),
        ("The staff turnover target is not set until the workforce review.", "limitation"),
        ("Loan records from before 2020 were not migrated to the new system.", "limitation"),
        # a ceiling, an unreliable line, a second group that does not
        ("The sorter handles at most 9,000 parcels an hour.", "limitation"),
        ("The grant pays half the cost, up to a ceiling of £80,000.", "limitation"),
        ("The radio link at the quarry drops several times a week.", "limitation"),
        ("North schools send their returns online; schools in the south do not.", "limitation"),
        # a rule only one body changes, a change a code needs, a decision awaited, a notice
        ("League rules are changed only by the members at the June meeting.", "constraint"),
        ("A fee for volunteers needs a change to the volunteers' code.", "constraint"),
        (
            "The third year's grant depends on the council's budget decision in February.",
            "constraint",
        ),
        (
            "The tenants' panel is given four weeks to comment on any change to the service.",
            "constraint",
        ),
        ("The booking system takes one price list: it cannot hold a second tariff.", "constraint"),
        ("WarnDesk is a text editor; it cannot draw a warning area.", "constraint"),
        # never done, done only once, a participle said irregularly, support that runs out
        ("Same-day delivery has never been offered.", "limitation"),
        ("The warnings survey has run only once, in November 2026.", "limitation"),
        ("Hand-read readings are keyed in monthly and are not sent to ObsHub.", "limitation"),
        (
            "The version of SailBook we run goes out of its supplier's support in 2029.",
            "limitation",
        ),
        # a least duration, the one window in the year, a consent someone else gives
        ("Consultation on a roster change lasts at least 45 days.", "constraint"),
        ("Capital bids are agreed each October for the following year.", "constraint"),
        (
            "The pier belongs to the Estate, whose consent is needed for any work on it.",
            "constraint",
        ),
        # a term granted for a short while only, a capacity's ceiling
        ("The passenger certificate has been renewed for 12 months only.", "limitation"),
        (
            "The Training Centre runs the safety courses; it can take 24 new entrants a year.",
            "limitation",
        ),
        # a thing the org does not set or publish
        ("The services contract sets no carbon target.", "limitation"),
        ("PortLog publishes no feed the app or the website can read.", "limitation"),
    ],
)
def test_gaps_said_in_plain_shapes_are_found_where_nothing_else_reads_them(
    sentence: str, kind: str
) -> None:
    """Read by governance files too (no learned reader): the shapes alone find them."""
    from agent.knowledge.constraints import statements

    assert [k for k, _ in statements(sentence, learned=False)][:1] == [kind], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The depot team meets weekly to review safety.",
        "None of our 12 depots has had a reportable accident this year.",
        "None of the targets are at risk.",
        "Our insurance covers all sites.",
        "We track delivery success in the monthly operations review.",
        "Drivers enter the depot through gate 2.",
        "The planning team is not on site on Fridays.",
        "Routes are reviewed by the Board each spring.",
        "The new system does not require manual entry.",
        "Profits go to the board.",
        "Reservations are made by phone or online.",
        "The new store is not on Main Street.",
        "The trust runs 14 care homes across two counties.",
        "Staff are trained as the regulator's rules require.",
        "The board meets in March and September to review the year.",
        "Invoices are paid by bank transfer each month.",
        "Our newsletter reaches 40,000 readers each week.",
        "We now reach 5,000 families each month.",
        "The bus seats 40 people.",
        "The main hall seats 500 people for the annual conference.",
        "The app lets customers book from 6am to 10pm.",
        "The refit is estimated at 2.4 million pounds.",
        "Each shop has a full stock count twice a year by an outside firm.",
        "We buy paper from one of three approved suppliers.",
        "The courier rings customers the evening before delivery.",
        "The licence allows us to sell from 2024 to 2030 in all regions.",
        "Sold 4,000 seats 2 weeks early.",
        "Only a Qualified Person can certify a batch for sale in the EU.",  # a rule, not a lack
        "The order arrived two days early.",
        "The chair holds no management role.",  # a role's description, no lack
        # a document's scope, a cost not counted, a peak under capacity
        "Post holders' names are not kept here; the HR system holds them.",
        "Posts outside the programme are not listed.",
        "Withheld numbers are not counted.",
        "The building was not damaged in the storm.",
        "The new rota was not finished until March, but it was launched on time.",
        "We have two priorities: it cannot be said too often that safety comes first.",
        "Most staff finished the course, but two do not.",
        "Our shop serves at most 40 customers an hour, so queues are short.",
        "Rugby has 30 doors and used at most 21 at any one time last year.",
        "The plan has been approved only once the board agrees.",
        "We have never missed a payroll run.",
        "The lending manual is approved each year by the Board Risk Committee.",
        "The board meets each October to agree the budget.",
        "The new system provides no cause for concern.",
        "The review raises no issues and sets no new conditions.",
        "Our crews have never missed a collection day since 2019.",
        "The service has never failed an inspection.",
        "Spare parts for every type we fly are held at both bases, so a repair does not hold up aircraft.",
        "The new system never fails validation checks.",
        "Only the first phase has been built so far, on time and on budget.",
        "The app does not store passwords.",
        "The scanner does not print receipts; the till does.",
        "We cannot wait until 2030 to act.",
        "The portal has been tested above 3,000 concurrent users.",
        "The planning committee meets four times a year to review progress.",
        "The new depot supports only electric vans.",
    ],
)
def test_ordinary_sentences_admit_nothing(sentence: str) -> None:
    assert not find_statements(sentence), sentence


def test_statements_in_table_cells_and_roster_notes_become_absences_naming_their_row(
    tmp_path: Path,
) -> None:
    (tmp_path / "systems.md").write_text(
        "# Systems\n\n"
        "| System | Purpose | Notes |\n"
        "|---|---|---|\n"
        "| YardMaster 3 | yard planning | On-premise. No API: moves leave it only as a nightly "
        "export. |\n"
        "| FleetHub | telematics | Trailer data reaches the warehouse weekly, not daily. |\n",
        encoding="utf-8",
    )
    (tmp_path / "roster.yaml").write_text(
        "roles:\n"
        "  - role: Head of Yard Operations\n"
        "    team: Operations\n"
        "    tier: core\n"
        "    notes: Runs the yard and the gate.\n"
        "  - role: Fleet Safety Lead\n"
        "    team: Operations\n"
        "    tier: core\n"
        "    notes: Owns driver safety. (Post vacant since May 2026; the Head of Yard Operations "
        "covers it.)\n",
        encoding="utf-8",
    )
    texts = [a.text for a in load_context(tmp_path).absences]
    assert any(t.startswith("YardMaster 3:") and "nightly export" in t for t in texts), texts
    assert any(t.startswith("FleetHub:") and "weekly, not daily" in t for t in texts), texts
    assert any(t.startswith("Fleet Safety Lead:") and "vacant" in t for t in texts), texts


def test_a_documents_byline_under_a_constraints_heading_is_not_a_constraint(tmp_path: Path) -> None:
    (tmp_path / "contract-constraints.md").write_text(
        "# Client contract constraints\n\n"
        "Commercial Director's summary for the Network programme, December 2026.\n\n"
        "1. **Peak change freeze.** No system or process changes at any site between 1 October "
        "and 15 January.\n",
        encoding="utf-8",
    )
    (tmp_path / "team.md").write_text(
        "| Role | Team | Tier | Responsibilities |\n|---|---|---|---|\n"
        "| Head of Operations | Ops | core | Runs the sites. |\n",
        encoding="utf-8",
    )
    texts = [a.text for a in load_context(tmp_path).absences]
    assert not any("summary for the Network" in t for t in texts), texts
    assert any("Peak change freeze" in t or "No system or process changes" in t for t in texts)


def test_generic_plan_words_do_not_make_an_org_fit_a_deck() -> None:
    from agent.planning.fit import _distinctive

    deck = " ".join(["three design accounts security schedule daily incident health"] * 3)
    assert _distinctive(deck) == []


def test_a_mismatched_folder_that_never_names_the_deck_and_shares_few_terms_is_flagged() -> None:
    from agent.planning.fit import assess_fit
    from schemas.context import OrgContext, Role

    # Both read as operations (maintenance, throughput, shifts, operators, sensors, safety), but
    # the deck's own terms (sorters, parcels, chutes, couriers) are nowhere in the folder.
    ops = "maintenance throughput shift operators sensors safety line scheduling"
    deck = " ".join([ops, *["parcel sorter chute courier conveyor barcode hub"] * 4])
    harbour = OrgContext(
        root="org",
        roles=[Role(name="Harbour Master", tier="core", responsibilities=["Pilotage and berths"])],
        texts=[f"{ops}. The harbour master directs vessel traffic, pilotage and berths."] * 3,
    )
    fit = assess_fit(deck, "Kestrelway Parcels Ltd", harbour)
    assert fit.verdict == "mismatch", fit


def test_a_deck_that_names_no_one_is_owned_by_leads_to_be_named() -> None:
    from agent.planning.commitments import deck_roles
    from agent.planning.deck_plan import DeckPlan

    roles = deck_roles(DeckPlan())
    assert roles and all(r.name.endswith("(to be named)") for r in roles)
    assert {r.source for r in roles} == {"method"}


def test_only_placeholders_are_grounded_on_a_mismatch_that_names_no_one() -> None:
    from evals.metrics import owner_grounding

    gold = {"mismatch": True, "roster": ["Harbour Master"]}
    placeholder = {"tasks": [{"owner_role": "Programme lead (to be named)"}], "roles": []}
    borrowed = {"tasks": [{"owner_role": "Chief Executive"}], "roles": []}
    assert owner_grounding(placeholder, gold) == 1.0
    assert owner_grounding(borrowed, gold) == 0.0
    assert owner_grounding(placeholder, {"roster": ["Harbour Master"]}) == 0.0


def _permit_goal() -> Any:
    """A clear goal whose words name no role's remit."""
    from schemas.plan import Vision

    return Vision.model_validate(
        {
            "id": "V1",
            "text": "Every permit online by 2028",
            "source": {"file": "d.pptx", "slide": 2},
            "vagueness": {"vague": False, "score": 0.0},
        }
    )


def _method_task(pattern: dict[str, Any], vision: Any, roles: list[Any]) -> tuple[Any, list[str]]:
    """One method pattern instantiated for one goal against a roster: (task, gap texts)."""
    from agent.engines.rules.method import _instantiate
    from schemas.context import OrgContext

    gaps: list[str] = []
    task = _instantiate(
        pattern,
        vision,
        None,
        {"metric": ""},
        OrgContext(root="o", roles=roles),
        {},
        [],
        "m",
        lambda layer, text, evidence, kind: gaps.append(text),
    )
    return task, gaps


def test_an_extended_tier_counsel_is_consulted_not_reported_missing() -> None:
    from schemas.context import Role

    pattern = {
        "key": "legal_{v}",
        "layer": "governance_measurement",
        "horizon": "foundational",
        "owner": ["legal", "policy", "privacy", "compliance", "counsel"],
        "consult": ["privacy"],
        "query": "legal review",
        "title": "Review the changes against the law before launch",
        "description": "Check each change against the law.",
        "done_when": "Every change is reviewed.",
    }
    vision = _permit_goal()
    roles = [
        Role(name="Head of Digital", tier="core", responsibilities=["Runs the digital services"]),
        Role(name="Legal Counsel", tier="extended", responsibilities=["Legal advice and counsel"]),
    ]
    task, gaps = _method_task(pattern, vision, roles)
    assert task is not None and task.owner_role == "Head of Digital"
    assert "Legal Counsel" in task.consulted
    assert not any("No role in the roster" in g for g in gaps), gaps
    _task, gaps = _method_task(pattern, vision, [r for r in roles if r.tier == "core"])
    assert any("No role in the roster has legal work" in g for g in gaps), gaps


def test_a_metric_bullet_whose_wrapped_line_names_its_owner_is_kept(tmp_path: Path) -> None:
    (tmp_path / "kpi-owners.md").write_text(
        "# KPI definitions and owners\n\n"
        "- **Annual occupancy**: room nights sold / room nights available, per property.\n"
        "  Owner: Revenue Director. Baseline: none (pre-opening).\n"
        "- **ADR**: rooms revenue / room nights sold. Owner: Revenue Director.\n",
        encoding="utf-8",
    )
    org = load_context(tmp_path)
    owners = {m.name: m.owner for m in org.metrics}
    assert owners == {"Annual occupancy": "Revenue Director", "ADR": "Revenue Director"}


def test_a_goal_whose_measure_the_org_gives_an_owner_is_not_flagged_ownerless(
    tmp_path: Path,
) -> None:
    from agent.engines.rules.vagueness import assess

    (tmp_path / "kpi-owners.md").write_text(
        "# KPI definitions and owners\n\n- **Guest rating**: average post-stay rating. Owner: Head of Guest Experience.\n",
        encoding="utf-8",
    )
    org = load_context(tmp_path)
    codes = {r.code for r in assess("Guest rating: 4.8/5.0", org).reasons}
    assert "no_owner" not in codes and "no_deadline" in codes
    assert "no_owner" in {r.code for r in assess("Room upgrades: 30%", org).reasons}


def test_a_statement_that_points_back_quotes_its_antecedent() -> None:
    from agent.context._extract import find_absences

    (found,) = find_absences(
        "Harbour site: the dredging needs a marine licence, which takes a year. "
        "Piling cannot start before it."
    )
    assert "marine licence" in found.text and found.text.endswith("Piling cannot start before it.")
    (rule,) = find_absences(
        "The staff council must be consulted before any change to rosters. "
        "The move to self-scan tills falls under this rule, as does any new shift length."
    )
    assert "self-scan tills" in rule.text and rule.text.startswith("The staff council")
    # what it would take to change it, said of the fact the sentence before states
    (power,) = find_absences(
        "Our supply is a single 800 kVA connection, and the kilns run close to its limit. "
        "Raising it would need the network operator to quote, which takes about five months."
    )
    assert power.text.startswith("Our supply is a single 800 kVA connection")
    (water,) = find_absences(
        "The Environment Agency licenses us to draw up to 40,000 cubic metres a year. "
        "A second borehole would need that licence varied."
    )
    assert water.text.startswith("The Environment Agency licenses us")


@pytest.mark.parametrize(
    "sentence",
    ["The loyalty app is not built yet.", "We hold no consent records for past guests."],
)
def test_not_built_and_hold_no_are_absences(sentence: str) -> None:
    from agent.context._extract import find_absences

    assert find_absences(sentence), sentence


def test_a_charter_paragraph_opened_by_a_role_name_is_that_roles_remit(tmp_path: Path) -> None:
    (tmp_path / "roster.csv").write_text(
        "Role,Team,Tier,Responsibilities\n"
        "Head of Digital,Digital,core,digital\n"
        "Enterprise Architect,Digital,core,integration\n",
        encoding="utf-8",
    )
    (tmp_path / "charters.md").write_text(
        "# Charters\n\n## Digital\nHead of Digital. Service assessments and the design authority, "
        "architecture with the Enterprise Architect.\n",
        encoding="utf-8",
    )
    org = load_context(tmp_path)
    assert any("service assessments" in s.lower() for s in org.remits["Head of Digital"])
    # Named as a collaborator in another role's paragraph: not the architect's remit.
    assert not any(
        "service assessments" in s.lower() for s in org.remits.get("Enterprise Architect", [])
    )


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # No negation word, no fixed shape: the general vocabulary of gaps (lexicon gap_cues).
        (
            "Picking errors at the Leeds hub are logged on a clipboard by the team leader.",
            "limitation",
        ),
        ("Dispatch notes are re-keyed into the ERP by the night clerk.", "limitation"),
        ("Condition sensors cover 12 of the 90 pumping stations.", "limitation"),
        ("The booking engine's vendor stops supporting version 7 in 2027.", "limitation"),
        ("Tariff logic is understood by one developer who works two days a week.", "limitation"),
        ("Clinic letters are printed and scanned into the record.", "limitation"),
        ("Each depot keeps its own list of customer delivery windows.", "limitation"),
        ("Head of Asset Data: vacant since the spring restructure.", "absence"),
        # none of a fleet has it, a fact kept nowhere, data kept so long, one grain only,
        # what staff may refuse, a school's intake, a platform reached one way
        ("None of our 14 ferries carries a fuel flow meter.", "absence"),
        ("Whether the repair was finished is recorded nowhere.", "absence"),
        ("The scheduling system keeps job-level data for 18 months.", "limitation"),
        ("Survey results reach us by region, not by store.", "limitation"),
        ("The upper car park is reached by a ramp only.", "limitation"),
        ("Weekend overtime is voluntary for all crews.", "constraint"),
        ("Saturday is not part of the working week for the warehouse team.", "constraint"),
        ("The academy takes two cohorts of 15 apprentices a year.", "constraint"),
        # a record for only some cases, a scheme for a part only, a place shut at set hours, a
        # regulator told first, a document changed first
        ("Next of kin is recorded for 62% of the people on our books.", "limitation"),
        ("The council's grant covers the two town branches only.", "limitation"),
        ("The reading room closes at 17:30 and is shut on Sundays.", "limitation"),
        ("We must notify the regulator before we open a second site.", "constraint"),
        ("The licence has to be varied first.", "constraint"),
        ("The estate has never had a single register of leases.", "absence"),
        ("Rota changes have to be bargained with the branch committee.", "constraint"),
        (
            "The outsourcing contract runs until 2030 with an exit fee of one year's charges.",
            "constraint",
        ),
        (
            "Any change to the sterilisation cycle needs prior approval from the regulator.",
            "constraint",
        ),
        ("Validated lab systems are in change freeze every December.", "constraint"),
        # a date or a wait someone quoted, support a maker ends, a consent awaited, a body
        # that meets every other month
        (
            "The network operator has quoted October 2031 for energising the new connection.",
            "constraint",
        ),
        ("The substation upgrade is quoted by the network operator at 38 weeks.", "constraint"),
        ("The maker of the chillers ends spare-parts support in December 2029.", "limitation"),
        ("Planning consent for the heat pipe route is awaited from the borough.", "absence"),
        (
            "A single purchase above NOK 20m goes to the Board, which meets every other month.",
            "constraint",
        ),
        # few holders of a skill; readings taken by hand on a day; data kept, then written over
        ("Two people hold the high-voltage authorised person certificate.", "limitation"),
        ("The gas meters are read by the facilities manager each Monday morning.", "limitation"),
        (
            "The feed controller stores its readings for 30 days and then writes over them.",
            "limitation",
        ),
        (
            "Night works on the high street are restricted to 22:00-05:00 under the borough permit.",
            "constraint",
        ),
        # ... and admitted in a clause, without the usual words of a gap
        (
            "Self check-in kiosks run at 4 of our 19 hotels; the others queue at the desk.",
            "limitation",
        ),
        (
            "Meter readings reach the billing team by email and are typed in each Friday.",
            "limitation",
        ),
        ("Shrinkage by store is pieced together from till and stocktake extracts.", "limitation"),
        ("The pricing model sits on the analyst's own laptop.", "limitation"),
        (
            "Safeguarding training records are held by two people who know how to query them.",
            "limitation",
        ),
        ("Head of Cyber | left in June; post frozen pending review", "absence"),
        ("The district has not inspected its culverts at all since 2011.", "absence"),
        ("The planning consent caps deliveries at 60 lorries a day.", "constraint"),
        (
            "The partnership agreement requires changes to opening hours to be agreed by both trusts.",
            "constraint",
        ),
        ("A tender under the public procurement rules adds four to six months.", "constraint"),
        ("The till system keeps item-level sales for 18 months.", "limitation"),
        # proven only up to a load, not able yet, staffed only some hours, a body that rarely
        # meets
        ("The web portal has not yet been tested above 3,000 concurrent users.", "limitation"),
        (
            "The ordering app is not yet able to take card payments; drivers collect cash.",
            "absence",
        ),
        (
            "The control room is staffed only from 06:00 to 22:00; outside those hours calls divert.",
            "limitation",
        ),
        ("The planning committee meets only three times a year.", "constraint"),
    ],
)
def test_gaps_stated_in_the_fields_own_words_are_found_with_their_kind(
    sentence: str, kind: str
) -> None:
    found = find_statements(sentence)
    assert found and found[0][0] == kind, (sentence, found)


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no shortage of qualified welders at the yard.",
        "No major findings were raised at the last ISO audit.",
        "Paper delivery notes were retired across the fleet in March 2025.",
        "A vacant-bed report is produced at 07:00 for the site team.",
        "Not applicable: the trust holds no overseas property.",
        "Peak change freeze.",  # a label, not a statement
    ],
)
def test_good_news_and_labels_in_a_gaps_words_state_no_gap(sentence: str) -> None:
    from agent.context import find_absences

    assert not find_absences(sentence), sentence


def test_the_labelled_dev_set_is_read_and_the_metric_can_fail() -> None:
    """evals/orgstatements (in-sample: the gap cues were written against dev.jsonl; the
    holdout figure is reported in its LABELLING.md, never asserted or tuned on)."""
    from evals.orgstatements import score

    engine = score("dev")
    assert engine["precision"] >= 0.9 and engine["recall"] >= 0.9, engine
    assert engine["kind_accuracy"] >= 0.85
    nothing = score("dev", reader=lambda _s: [])
    everything = score("dev", reader=lambda _s: ["limitation"])
    assert nothing["recall"] == 0.0 and everything["precision"] < 0.6
    # The holdout's report carries figures only (nobody tuning the reader reads its
    # sentences); the same misreading reader lists its errors on dev.
    assert nothing["errors"] and score("holdout", reader=lambda _s: [])["errors"] == []
    # The second and third labellers' sets (in-sample too since tuned on; LABELLING.md has
    # the figures measured before).
    for split in ("dev2", "dev3"):
        engine = score(split)
        assert engine["precision"] >= 0.9 and engine["recall"] >= 0.9, (split, engine)


@pytest.mark.parametrize(
    "sentence",
    [
        "Each region has its own operations manager.",
        "The lease runs to 2035.",
        "Budget holders receive a monthly summary report from finance.",
        "Our nurses work part-time across two wards.",
        "We cannot wait to launch the new app.",
        "Online sales account for 30% of revenue.",
        "Other regions use Salesforce for pipeline tracking.",
        "Salad bars are restocked twice a day.",
        "The data warehouse is our single source of truth.",
        "Macro trends are reviewed by the board.",
        "Callers on hold hear the service message.",
        "Our suppliers are not in the EU.",
        "The Head of Finance owns the budget.",
        "Measured monthly from the billing system.",
        "The board meets quarterly.",
        # a delegated authority: whom to ask above a threshold, not a gate on change
        "Refunds above £500 need sign-off from the store manager.",
        "Purchase orders over $20k must be approved by the Finance Director or a deputy.",
        "Claims leakage is estimated from a quarterly file review.",
        "The depot holds spare tyres for two weeks of running.",
    ],
)
def test_ordinary_sentences_of_rosters_charters_and_measures_state_no_gap(sentence: str) -> None:
    from agent.context import find_absences

    # (a term's end date alone is weighed against the plan's window, not read as a gap)
    assert not [a for a in find_absences(sentence) if a.until is None], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no major incident process.",
        "No complaints handling system exists.",
        "Paper forms were replaced in 2019 by a spreadsheet that is not integrated with SAP.",
        "The booking system is not integrated with finance, and changes need the IT Director's approval.",
    ],
)
def test_a_gap_beside_good_news_words_is_still_a_gap(sentence: str) -> None:
    from agent.context import find_absences

    assert find_absences(sentence), sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The duty pharmacist transcribes each dose onto the ward chart.", "limitation"),
        ("Delivery notes are signed in ink and scanned to SharePoint monthly.", "limitation"),
        ("Our WMS licence covers the two northern sites.", "limitation"),
        ("Ticket machines at the depots run on Windows XP.", "limitation"),
        ("Hauliers receive their bookings by email from the transport desk.", "limitation"),
        ("Sales figures arrive three weeks after the month closes.", "limitation"),
        (
            "The payroll officer leaves in March 2027 and no successor starts before June.",
            "absence",
        ),
        ("Firmware changes wait for the next quarterly release window.", "constraint"),
        ("Conveyor changes are made during the two annual shutdowns.", "constraint"),
        ("A change request to the shared website takes about six weeks.", "constraint"),
    ],
)
def test_gaps_stated_as_practice_rather_than_as_lack_are_found(sentence: str, kind: str) -> None:
    found = find_statements(sentence)
    assert found and found[0][0] == kind, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # part of the estate, a medium carried by people
        ("The handheld scanners cover docks 1 to 8 of the north shed.", "limitation"),
        ("Porters in the east wing are dispatched by two-way radio.", "limitation"),
        ("Returns are logged at the counter and booked into stock by hand.", "limitation"),
        # a small team, limited hours, a post held for now
        ("Our pricing team is one analyst based in Leeds.", "limitation"),
        ("Interpreters are available weekdays from 9am to 5pm.", "limitation"),
        ("Part-time crews are contracted for three hours of training a month.", "limitation"),
        ("The Head of Estates post is held by an interim manager until June.", "limitation"),
        ("The data protection officer is on maternity leave until May.", "limitation"),
        # data that ages, things outside the shared place
        ("The demand model is recalculated once a year, in March.", "limitation"),
        ("The supplier list comes from the 2020 procurement extract.", "limitation"),
        ("A fifth of customer records carry an address more than three years old.", "limitation"),
        ("Agency staff fall outside the rota system.", "limitation"),
        ("Drawings sit in engineers' personal OneDrive folders.", "limitation"),
        ("The northern depot runs on its own copy of the routing system.", "limitation"),
        # support that ends (a version's point is no full stop), an upgrade years away
        ("Support for release 9.4 ends in June 2028.", "limitation"),
        ("The booking system reaches the end of mainstream support in 2029.", "limitation"),
        ("The fibre upgrade for the outlying sites is planned for 2030.", "limitation"),
        # votes, limits, dates that fall due, lead times, capacity, a closed calendar
        ("Changes to the pension scheme require a two-thirds majority of members.", "constraint"),
        ("The trust's capital limit for the year is already committed.", "constraint"),
        ("Three framework contracts fall due for renewal in 2028.", "constraint"),
        ("A new welder takes about nine months to certify.", "constraint"),
        ("Replacement drives have a lead time of twelve weeks.", "constraint"),
        ("The grid operator's earliest connection date is 2031.", "constraint"),
        ("The mezzanine is rated at 5 kN/m2.", "constraint"),
        # a figure's decimal point is no full stop, and the vocabulary still reads it
        ("The transformer is rated at 1.5 MVA.", "constraint"),
        ("Deliveries are permitted between 07.00 and 19.00 on weekdays.", "constraint"),
        ("The change window closes over the Christmas period.", "constraint"),
    ],
)
def test_limits_of_capacity_time_and_reach_are_found_with_their_kind(
    sentence: str, kind: str
) -> None:
    found = find_statements(sentence)
    assert found and found[0][0] == kind, (sentence, found)
    assert all("\u2024" not in subject for _, subject in found)  # a version's point restored


@pytest.mark.parametrize(
    "sentence",
    [
        "Our analytics team is five analysts in Leeds.",
        "The scheduling module goes live in 2027.",
        "The steering group meets every six weeks.",
        "Version 3.8 of the app is in use at every site.",
    ],
)
def test_a_team_a_date_or_a_cadence_alone_states_no_gap(sentence: str) -> None:
    assert not find_statements(sentence), sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # hours, crews, bays
        (
            "The harbour control room is staffed 06:00-22:00; later arrivals wait offshore.",
            "limitation",
        ),
        ("Out of hours, dispatch is one duty planner working from the depot.", "limitation"),
        ("The survey team is two surveyors for 900 sites across the region.", "limitation"),
        ("Community wardens | 2 FTE | covering 6,500 homes in four wards", "limitation"),
        ("Resurfacing and line painting share the same crew in August.", "limitation"),
        ("The paint shop takes one bus at a time, so repaints are booked in winter.", "limitation"),
        # media, lag, age
        ("Weighbridge readings at the north gate go on carbonless tickets.", "limitation"),
        ("The hostels record incidents in a ledger kept by each manager.", "limitation"),
        ("Asset records were last reconciled against the survey in 2021.", "limitation"),
        (
            "New hydrants are added when the drawings arrive, often months after handover.",
            "limitation",
        ),
        ("The safety cameras on the car park are too poor for the police to use.", "limitation"),
        # approved, budgeted, requested, acting
        ("Data protection lead | post approved in 2026 | appointment pending", "absence"),
        ("Archive catalogue | requested by the trustees | scheme yet to be designed", "absence"),
        ("Head of Estates | held on an acting basis since the retirement in May", "absence"),
        (
            "Energy manager | budgeted from FY28 | duties sit with the facilities lead until then",
            "absence",
        ),
        ("Fleet engineer | recruitment reopened after two offers were declined", "absence"),
        # windows, notice, instruments
        (
            "Piling is permitted 08:00-18:00 on weekdays only after notice to the council.",
            "constraint",
        ),
        ("The supplier asks for 12 months' notice of any change to the volumes.", "constraint"),
        ("The gas contract carries a take-or-pay minimum of 9 MW.", "constraint"),
        (
            "The venue licence limits attendance to 6,000 until the fire exits are widened.",
            "constraint",
        ),
        ("The farm tenancy lease bars any building on the water meadows.", "constraint"),
        ("Engine overhauls go to the lessor for approval before work starts.", "constraint"),
        # estimates, short retention, one person, files passed around, support running out
        (
            "Water use at the two older plants is estimated each quarter from invoices.",
            "limitation",
        ),
        ("Door-entry logs are kept 21 days on the reader's own memory.", "limitation"),
        (
            "Route knowledge for the night drops is known to the depot supervisor alone.",
            "limitation",
        ),
        ("Grant returns are Excel files saved on the finance shared drive.", "limitation"),
        (
            "The booking platform is on release 4.2, which the supplier supports until May 2027.",
            "limitation",
        ),
        ("Weekend shifts at the two rural sites rely on agency cover.", "limitation"),
        # a post on a stopgap; a replacement still being scoped
        ("The Head of Estates post is filled on a temporary promotion.", "absence"),
        ("A successor to the rota tool is still being scoped.", "absence"),
        # contracts to a date with a cost to leave, single sources, bodies that meet rarely
        (
            "The cleaning contract runs to June 2029, and ending it sooner costs three months' fees.",
            "constraint",
        ),
        (
            "Replacement pumps come from a single approved supplier on a 12-week lead time.",
            "constraint",
        ),
        (
            "Any change to opening hours goes to the Tenants' Panel, which meets twice a year.",
            "constraint",
        ),
        ("Resurfacing is confined to the summer shutdown.", "constraint"),
        # a supplier ending support, a sample grossed up, a shared line, a policy's rule
        ("The scanner maker ends parts support in June 2028.", "limitation"),
        ("Footfall is counted for one sample week a quarter and grossed up.", "limitation"),
        ("The six clinics share a single 10 Mbps line.", "limitation"),
        ("The lone working policy requires two staff on site after 7pm.", "constraint"),
        (
            "Trainee assessors complete a four-month programme before they sign off alone.",
            "constraint",
        ),
        ("The county decides on renewal or retender of the contract in May 2029.", "constraint"),
    ],
)
def test_gaps_of_staffing_media_posts_and_instruments_are_found_with_their_kind(
    sentence: str, kind: str
) -> None:
    found = find_statements(sentence)
    assert found and found[0][0] == kind, (sentence, found)


@pytest.mark.parametrize(
    "sentence",
    [
        "No customer complaints about billing were received in 2026.",
        "No lost-time injuries were recorded at the depot last year.",
        "Last reviewed March 2027.",
        "The policy was agreed by the Board; to be confirmed at the AGM.",
        # the same words in ordinary sentences (found by an independent review)
        "The general ledger is maintained in SAP by the finance team.",
        "The board meets once a fortnight to review progress.",
        "The executive team is three directors covering finance, operations and people.",
        "Three officers for 2027 were approved in this year's budget.",
        "We roll out new software one depot at a time.",
        "Colleagues are already committed to the new service model.",
        "Rent falls due on the first working day of the month.",
        "The lease allows us to sublet the ground floor to partners.",
        "In order to grow, the new portal allows customers to book online.",
        "Until then the existing guidance applies.",
        "Match highlights reach 2 million listeners by radio.",
    ],
)
def test_good_news_and_a_documents_review_stamp_state_no_gap(sentence: str) -> None:
    from agent.context import find_absences

    assert not find_absences(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The gas supply agreement gives a fixed price to March 2028.",
        "The reservoir holds 90 days of average demand.",
        "The programme board meets quarterly to review the risk register.",
        "Spare capacity: 500 beds against a peak of 380 guests.",
    ],
)
def test_a_fixed_price_a_stock_of_days_or_a_quarterly_board_state_no_gap(sentence: str) -> None:
    from agent.context import find_absences

    # (a term's end date alone is weighed against the plan's window, not read as a gap)
    assert not [a for a in find_absences(sentence) if a.until is None], sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # limits said as plain facts: a signal that drops, few replies, systems that differ
        (
            "Handheld scanners in the cold store lose their wifi connection near the racking.",
            "limitation",
        ),
        (
            "Phone coverage at the lower quarry drops to nothing past the weighbridge.",
            "limitation",
        ),
        ("Tenant satisfaction comes from a card that 12% of households return.", "limitation"),
        ("The eleven branches use four different booking systems.", "limitation"),
        # slow cycles and late results; old kit; a courier run; queues
        ("Fuel tanks are dipped and read once a month.", "limitation"),
        (
            "An auditor checks each site every six weeks, and the findings reach us a month later.",
            "limitation",
        ),
        (
            "Heat use per block is read quarterly, so the per-flat figure is an estimate.",
            "limitation",
        ),
        ("The boiler plant at two schools dates from before 1995.", "limitation"),
        ("Swabs go to the central laboratory by courier each afternoon.", "limitation"),
        ("On match days coaches queue back onto the ring road.", "limitation"),
        ("The advice line is staffed from 9am to 6pm.", "limitation"),
        ("Only 14 of our drivers hold the ticket for hazardous loads.", "limitation"),
        ("Nine of the engineers hold that qualification today.", "limitation"),
        # a body that must agree above a sum, caps, order windows, waits and lead times
        ("Spending above £250,000 must go to the Finance Committee.", "constraint"),
        ("The substation caps charging at four buses each night.", "constraint"),
        ("The national framework accepts orders in two windows a year.", "constraint"),
        ("A school that misses its slot waits three months for the next one.", "constraint"),
        ("The new transformer is quoted at 30 weeks from order.", "constraint"),
        ("The outreach team is funded by a lottery grant confirmed to March 2029.", "constraint"),
        ("The training levy covers 12 apprentices a year.", "constraint"),
    ],
)
def test_limits_said_as_plain_facts_are_found_with_their_kind(sentence: str, kind: str) -> None:
    found = find_statements(sentence)
    assert found and found[0][0] == kind, (sentence, found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The board meets every other month to review progress.",
        "Grant funding of £400,000 a year is confirmed to March 2028.",
        "We will publish the results a month later on the website.",
        "The reception desk is open from 9am to 5pm and the phone line around the clock.",
        "All 40 of our drivers hold the ticket for hazardous loads.",
        "Members receive the newsletter once a month.",
        "Decisions above £250,000 are signed off by the Finance Director.",
        # ordinary lines an independent review wrote against these cues
        "The weekly stand-up runs 9am to 9.30am every Monday.",
        "Reception duties fall to the Office Manager on Fridays.",
        "The annual engagement survey, which 92% of staff complete, is run by HR.",
        "The Quality Lead audits each supplier once every six months.",
        "Accounts are audited once a year by an external firm.",
        "Fire alarms are checked once a month by Facilities.",
        "Finished goods go out by van every morning to our three depots.",
        "Payroll runs every second Friday.",
        "Incoming tickets queue into the Service Desk inbox for triage.",
        "Quarterly results are published two weeks later on the intranet.",
        "Monthly performance reports must go to the board.",
        "The training budget covers 12 courses a year for each team.",
        "Candidates wait up to two weeks for an offer after interview.",
        "The helpline is answered 8am to 8pm, seven days a week, with a night service via 111.",
        "We lost the signal-processing contract in 2023 but won it back.",
    ],
)
def test_the_same_words_in_ordinary_sentences_state_no_gap(sentence: str) -> None:
    from agent.context import find_absences

    # (a term's end date alone is weighed against the plan's window, not read as a gap)
    assert not [a for a in find_absences(sentence) if a.until is None], sentence


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "The GMB is consulted 60 days before any change to rotas or overtime rules at a depot.",
            "rotas or overtime rules",
        ),
        (
            "The staff forum is consulted four weeks before any change to uniform or break times.",
            "uniform or break times",
        ),
    ],
)
def test_a_body_consulted_ahead_of_a_change_is_a_constraint_in_a_charter(
    sentence: str, subject: str
) -> None:
    from agent.context import find_absences

    # a charter is read by the stated shapes and cues alone (learned=False)
    found = find_absences(sentence, learned=False)
    assert [a.kind for a in found] == ["constraint"], found
    assert subject in found[0].subject
    for legend in (
        "Patients are consulted before discharge.",
        "Consult only: is consulted before decisions; owns no work.",
        "Consult: must be consulted before changes that touch the people they speak for.",
    ):
        assert not find_absences(legend, learned=False), legend


@pytest.mark.parametrize(
    ("sentence", "kind", "subject"),
    [
        # a capacity counted below the need counted beside it
        (
            "The recovery ward has eight beds; most weeks eleven patients need one.",
            "limitation",
            "recovery ward has eight beds",
        ),
        (
            "The yard has 12 loading bays, and the autumn peak needs about 19.",
            "limitation",
            "yard has 12 loading bays",
        ),
        ("The hostel has 30 rooms for a summer crew of 85.", "limitation", "hostel has 30 rooms"),
        # news carried by voice or on foot instead of a system
        ("Drivers report missed bins by radio to the control room.", "limitation", "Drivers"),
        (
            "Meter readings are taken by a clerk walking the estate each quarter.",
            "limitation",
            "Meter readings are taken",
        ),
        # records kept in a drawer, notebook or logbook
        (
            "Calibration results sit in the lab manager's notebook.",
            "limitation",
            "Calibration results sit",
        ),
        # a share of what it should cover, said plainly; data at a slow set interval
        ("Disability is recorded for roughly half of new tenants.", "limitation", "Disability"),
        ("Till data reaches the forecasting tool once a month.", "limitation", "Till data"),
        # a lead time another party sets; hours a licence or permit sets
        (
            "Road closures are booked with the county council eight weeks ahead.",
            "constraint",
            "Road closures",
        ),
        (
            "Deliveries to the rear yard stop at 19:00 under the planning consent.",
            "constraint",
            "Deliveries to the rear yard",
        ),
    ],
)
def test_gaps_said_as_ordinary_practice_are_found_with_their_kind_and_subject(
    sentence: str, kind: str, subject: str
) -> None:
    """Capacity short of a counted need, voice and footwork, personal records, partial cover,
    slow feeds, other parties' lead times and licence hours (dev8's development split)."""
    found = find_statements(sentence, learned=False)
    assert found and found[0] == (kind, subject), (sentence, found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The exam hall has 500 desks; the biggest sitting this year needs 380.",
        "We run 14 vans; the new rounds need 12.",
        "Customers can order by phone or online until 8pm.",
        "Patient feedback is gathered after every visit, by text message.",
        "Every flight is recorded in the electronic logbook.",
        "The induction pack is refreshed every spring.",
        "Annual leave is booked through the HR portal.",
        "The café opens under the same lease as the shop next door.",
        "The contact centre logs new claims by phone, web and app at both sites.",
        "Calls closed by telephone advice, as a share of all calls, from the dispatch system.",
    ],
)
def test_the_same_practice_words_with_no_shortfall_state_no_gap(sentence: str) -> None:
    assert not find_statements(sentence, learned=False), sentence  # the shapes alone


def test_a_cued_statement_led_by_an_article_is_about_its_clause_not_the_article() -> None:
    found = find_statements("The licence caps the site at 40 staff.")
    assert found == [("constraint", "licence caps the site at 40 staff")], found
    found = find_statements("Our planning permission allows events between 9:00 and 23:00.")
    assert found and found[0][1].startswith("planning permission"), found


def test_restating_the_plans_goals_is_the_programmes_work_not_a_missing_strategy_office() -> None:
    from agent.knowledge.packs import load_pack
    from schemas.context import Role
    from schemas.plan import Vision

    pattern = next(p for p in load_pack("core")["patterns"] if p["key"] == "restate_vague_visions")
    vision = Vision.model_validate(
        {
            "id": "V1",
            "text": "A resort guests love in every season",
            "source": {"file": "d.pptx", "slide": 2},
            "vagueness": {"vague": True, "score": 0.9},
        }
    )

    def owner_and_gaps(roles: list[Role]) -> tuple[str | None, list[str]]:
        task, gaps = _method_task(pattern, vision, roles)
        return (task.owner_role if task else None), gaps

    lifts = Role(name="Lift Operations Manager", tier="core", responsibilities=["lifts, patrol"])
    office = Role(name="Programme Manager", tier="core", responsibilities=["runs the programme"])
    owner, gaps = owner_and_gaps([lifts, office])
    assert owner == "Programme Manager" and not gaps
    # nobody runs a programme: whoever decides for the organization restates them
    owner, gaps = owner_and_gaps([lifts])
    assert owner == "Lift Operations Manager" and not gaps


def _no_gap_but(sentence: str, binding: str) -> None:
    """``sentence`` states no gap of the org's; ``binding``, worded alike, still does."""
    from agent.context import find_absences

    assert not find_absences(sentence), sentence
    assert find_absences(binding), binding


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tenants' Panel gives advice; it takes no decisions and runs no part of the service.",
        "The clerk to the Board is its secretary and has no vote.",
        "The advisory groups are not posts and manage no one.",
        "It does not manage, own or deliver council projects, and sits on boards as an observer.",
        "The Staff Forum owns no work and is not asked to deliver any.",
    ],
)
def test_the_bounds_of_a_bodys_part_state_no_gap(sentence: str) -> None:
    """What a body or a post does not do ("takes no decisions", "has no vote") is how it works,
    not what the organization lacks; what must be put to it first still binds the plan."""
    _no_gap_but(sentence, "The Staff Forum owns no work but must be consulted before any change.")
    _no_gap_but(sentence, "The planning team has no vote counting software.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Role key: Core = on the programme team; Extended = kept informed; Consult = must be "
        "consulted, never owns work.",
        "Consult only posts are asked before decisions that touch them and take no programme "
        "tasks.",
        "Key: [Core team] leads the work [Wider team] kept in the loop and not named as a lead",
    ],
)
def test_a_legend_of_the_rosters_tiers_states_no_gap(sentence: str) -> None:
    """How the plan's roles work ("Consult = never owns work") is no absence of the org's;
    the words of a gap about the core team still are one."""
    _no_gap_but(sentence, "The core team has no analyst and no data engineer.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Check histories from before the new system went live were never migrated.",
        "The defect module is licensed for every site and has not been switched on.",
        "ToolTrak can block the issue of an overdue tool; we have not set that feature up.",
        "The paywall is not installed on the four weekly sites, which are free to read.",
        "Reader trust has never been measured at the company.",
    ],
)
def test_a_thing_never_brought_into_use_is_an_absence(sentence: str) -> None:
    """Bought or built but never migrated, switched on, set up or installed where it is
    needed, or never measured: each is a stated absence, however it is phrased."""
    from agent.context._extract import find_absences

    assert find_absences(sentence, source="systems/register.md"), sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a partner that sends one thing; people off a channel; news heard late; a call to make
        (
            "The two partner depots keep their own logs and send us a weekly summary, nothing more.",
            "limitation",
        ),
        (
            "Most elderly patients in Tregar do not use the internet and ring the surgery instead.",
            "limitation",
        ),
        ("Tenants only find out about a missed repair when nobody turns up.", "limitation"),
        ("To change a delivery address, a member has to phone the service desk.", "limitation"),
        # one person's round, a signal, a slow reach, a duty left short, parts that stop
        (
            "Cold-room checks depend on the duty supervisor's round at the start of each shift.",
            "limitation",
        ),
        ("The handhelds upload the readings when the reader is back in coverage.", "limitation"),
        ("Our two fitters take on average nine days to reach a broken pump.", "limitation"),
        (
            "The single evening flight leaves the airport short of its connectivity obligation.",
            "limitation",
        ),
        ("The charger maker stops supplying parts for the old units in June 2030.", "limitation"),
        ("Our licence tier does not include the forecasting module.", "limitation"),
        ("Stock counts are written on the paper pick list.", "limitation"),
        ("The residents' survey is carried out by the council every two years.", "limitation"),
        ("It was not connected to the network when it was installed.", "limitation"),
        # no unit of the estate has it; not yet part of a course; a post only proposed
        ("No depot sends its fuel data to head office.", "absence"),
        (
            "Kiln temperatures are guessed, because none of the twelve kilns has temperature sensors.",
            "absence",
        ),
        ("Remote monitoring is not yet part of the standard contract.", "absence"),
        ("Data Steward: a new post proposed for the second wave.", "absence"),
        # agreements: a consultation's length, first refusal, redundancies, caps, a trial first
        ("Changes to the cleaning rota are consulted on for 21 days.", "constraint"),
        ("Vacant driver posts are offered first to agency drivers already on site.", "constraint"),
        ("There will be no compulsory redundancies during the programme.", "constraint"),
        ("No nurse may work more than three consecutive long days.", "constraint"),
        ("Each ward can release no more than two nurses a week for training.", "constraint"),
        ("Temporary staff may make up at most 10% of the hours on a shift.", "constraint"),
        ("Any new scanner is trialled on one ward for a month before wider use.", "constraint"),
        # a supplier's earliest window, a lead time, costs to be met, a plan locked at an hour
        ("The earliest delivery slot the supplier can offer starts in May 2029.", "constraint"),
        ("The new boilers come with a 14 weeks' lead time.", "constraint"),
        (
            "Running costs of the new system are to be met from the department's own budget.",
            "constraint",
        ),
        ("Timetables are locked at 18:00 the day before.", "constraint"),
    ],
)
def test_gaps_said_in_agreements_inventories_and_letters_are_read_without_the_model(
    sentence: str, kind: str
) -> None:
    _read_without_model(sentence, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "No site has had a reportable incident this year.",
        "No vessel has been lost at sea since 1998.",
        "Most customers do not use cash any more.",
        "The price does not include VAT.",
        "The team meets every two weeks.",
        "Our drivers take pride in their vans.",
    ],
)
def test_the_same_words_without_a_shortfall_state_no_gap(sentence: str) -> None:
    assert not find_statements(sentence, learned=False), sentence  # the shapes alone


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Evening appointments can be made only by calling the surgery.", "limitation"),
        ("The housing system can only produce monthly statements.", "limitation"),
        ("Refunds for late trains are paid only when a passenger claims them.", "limitation"),
        (
            "Bar takings reach the ledger as one figure per night, with no product detail.",
            "limitation",
        ),
        ("Deliveries at the small depots are loaded by whoever is on shift.", "limitation"),
        ("The till system keeps card transactions for two years.", "limitation"),
        ("Each ward has one laptop, used for audits only.", "limitation"),
        ("The billing engine does not use the smart meter readings.", "limitation"),
        ("Funding for the third year is indicative only.", "limitation"),
        ("Porters carry no radios on the night shift.", "absence"),
        ("Street lamps are not in the asset register by location.", "absence"),
        ("The landlord will not allow drilling in the listed wing.", "constraint"),
        (
            "Cleaning will not be given to an outside firm without consultation with the union.",
            "constraint",
        ),
        ("The fare is set by the transport authority, not by the operator.", "constraint"),
        (
            "The parish council has asked to see the designs before any work is booked.",
            "constraint",
        ),
        ("Groundworks can only start after the bird nesting season ends.", "constraint"),
        ("The earliest the new line can be commissioned is March 2031.", "constraint"),
        ("Vacancies are advertised internally for 10 days before they go outside.", "constraint"),
        ("Grant money cannot be carried forward into the next year.", "constraint"),
    ],
)
def test_channels_tools_registers_and_other_bodies_limits_are_read_without_the_model(
    sentence: str, kind: str
) -> None:
    _read_without_model(sentence, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "Parents are texted by 09:30 when a child is absent with no reason given.",
        "Refunds are paid within five days.",
        "The fare review is set for March.",
        "We will not let standards slip.",
    ],
)
def test_the_same_channel_and_refusal_words_in_ordinary_sentences_state_no_gap(
    sentence: str,
) -> None:
    assert not find_statements(sentence, learned=False), sentence  # the shapes alone


@pytest.mark.parametrize(
    "sentence",
    [
        # (an independent review's sentences: the same words in ordinary sentences)
        "The head of estates does not report to the board directly.",
        "We will test the new app internally before launch.",
        "Board elections are held every three years.",
        "Our loans carry no interest for the first year.",
        "We had to call in extra help over the summer.",
        "No school has closed since the merger in 2019.",
        "Every van is checked before it is used each morning.",
        "We will focus on three priorities, and nothing else.",
        "We consulted with residents for several months before the decision.",
        "The contract price does not include VAT.",
        "Customers with no credit history can still apply online.",
        "Fees are frozen at 12.50 for the whole of 2026.",
        "All the figures in this paper are indicative only.",
        "The grant is to be used for capital works only.",
    ],
)
def test_the_review_sentences_in_ordinary_words_state_no_gap(sentence: str) -> None:
    assert not find_statements(sentence, learned=False), sentence  # the shapes alone


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("It cannot see the parts held at the outstations.", "limitation"),
        ("The cleaning contract sets no response time for spills.", "limitation"),
    ],
)
def test_a_pronoun_subject_and_a_missing_service_level_are_read(sentence: str, kind: str) -> None:
    found = find_statements(sentence, learned=False)
    assert found and found[0][0] == kind and len(found[0][1]) >= 3, (sentence, found)


def _read_without_model(sentence: str, kind: str) -> None:
    """Governance files are read without the learned reader: the shapes alone must find it."""
    found = find_statements(sentence, learned=False)
    assert found and found[0][0] == kind, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Repair dates are kept in the contractor's own job portal.", "limitation"),
        ("The housing officer chases progress on voids by phone.", "limitation"),
        ("Half the asset records carry ratings cloned from a similar building.", "limitation"),
        ("A refund made on a Friday shows on the following Monday's report.", "limitation"),
    ],
)
def test_third_party_records_phone_chasing_cloned_data_and_a_weeks_lag_are_read(
    sentence: str, kind: str
) -> None:
    _read_without_model(sentence, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "We confirm every booking by email within a day.",
        "The team checks the figures every Monday.",
    ],
)
def test_confirming_by_email_or_checking_weekly_states_no_gap(sentence: str) -> None:
    assert not find_statements(sentence, learned=False), sentence


def test_the_head_of_a_layers_field_holds_its_specialist_work_without_a_gap() -> None:
    from schemas.context import Role

    pattern = {
        "key": "security_{v}",
        "layer": "tech_data",
        "horizon": "foundational",
        "owner": ["security", "cyber"],
        "query": "security review",
        "title": "Assess the security of the new devices",
        "description": "Check every device before it joins the network.",
        "done_when": "Every device is assessed.",
    }
    vision = _permit_goal()
    it_head = Role(
        name="Head of IT and Data", tier="core", responsibilities=["IT systems and data"]
    )
    depots = Role(name="Depot Operations Manager", tier="core", responsibilities=["Runs depots"])
    task, gaps = _method_task(pattern, vision, [it_head, depots])
    assert task is not None and task.owner_role == "Head of IT and Data"
    assert not any("No role in the roster" in g for g in gaps), gaps
    # without a head of the field, the org lacks someone for it
    _task, gaps = _method_task(pattern, vision, [depots])
    assert any("No role in the roster has security work" in g for g in gaps), gaps


@pytest.mark.parametrize(
    "sentence",
    [
        "Approved by the Trust Board on 3 March 2027, subject to its approval of the plan on "
        "1 April 2027.",
        "Agreed by the Chief Officer on 12 June 2028, subject to Cabinet's approval of the bid.",
        "This page says what each system does, where it runs and what it cannot do today.",
        "For each system: what it does, who keeps it and what it cannot do yet.",
    ],
)
def test_a_documents_own_status_or_contents_state_no_gap(sentence: str) -> None:
    """When a paper was approved, or what a page lists, says nothing the org lacks; a change
    the org must put to a body first still binds the plan."""
    _no_gap_but(sentence, "Any change to the tariff is subject to the regulator's approval.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ingest, Seabed and the mobile SDKs: the Data Platform Lead.",
        "Routing, Driftwood and the APIs: the Data Engineering Lead.",
    ],
)
def test_who_to_ask_for_what_states_no_gap(sentence: str) -> None:
    """A "who to ask" line (things, then the post that answers for them) names an owner; a gap
    written the same way still is one."""
    _no_gap_but(sentence, "Stock counts at the depot have no owner: the Fleet Manager.")


def test_a_warehouse_that_holds_stock_is_no_data_warehouse() -> None:
    """ "No warehouse management system" is an absence, but not of a data warehouse: the
    warehouse holds stock. A data warehouse the org lacks is still one."""
    from agent.context import find_absences

    (stock,) = find_absences("The depot has no warehouse management system; stock is on bin cards.")
    assert stock.capability != "warehouse", stock
    (data,) = find_absences("There is no data warehouse; each report is built by hand.")
    assert data.capability == "warehouse", data


@pytest.mark.parametrize(
    "sentence",
    [
        "Before the plan goes to the board, here is what the 2028 peak taught us at the depot.",
        "What we do not do The Forum advises.",
        "Tiers under each name: (core) core team; (extended) kept informed; (consult) must be "
        "consulted, owns no work.",
    ],
)
def test_how_a_document_frames_itself_states_no_gap(sentence: str) -> None:
    """A document's framing ("here is what ... taught us", a "What we do not do" heading run into
    its text) and a legend of the roster's tiers written in brackets are no gap of the org's."""
    _no_gap_but(sentence, "The depot has no way to book delivery slots online.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Closing any branch library is a key decision: it must go to Cabinet with an equality "
        "impact assessment.",
        "Closing a branch library must go to Cabinet with an equality impact assessment.",
    ],
)
def test_a_closure_that_must_go_to_a_body_binds_the_plan(sentence: str) -> None:
    """A key decision (one the council's executive takes on notice) and a closure that must go
    to a body are constraints the plan works around, however the body is named."""
    assert find_statements(sentence, learned=False), sentence
    assert not find_statements("The trustees made a key decision in May.", learned=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "The old dispatch database is due to be switched off on 31 March 2031.",
        "RosterMate is scheduled to be decommissioned by its supplier next spring.",
        "Our maintenance agreement with the lift contractor lapsed in 2027.",
        "The site's waste permit has expired and a new application is with the regulator.",
    ],
)
def test_a_system_due_off_or_an_agreement_that_lapsed_is_a_limitation(sentence: str) -> None:
    """A system the org is about to lose, or an agreement it no longer has, limits the plan."""
    assert [k for k, _ in find_statements(sentence, learned=False)] == ["limitation"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Members whose subscription lapsed in a month are counted as churned.",
        "The old cleaning contract expired in 2021 and the work moved in-house.",
    ],
)
def test_a_lapsed_member_or_a_contract_that_ended_long_ago_states_no_gap(sentence: str) -> None:
    assert not find_statements(sentence, learned=False), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # an extract's scope and a meeting's attendance say what the document holds
        "Paragraphs 3 and 11 only.",
        "Articles 2 to 5 only.",
        "Extract: sections 7, 8 and 14 only.",
        "Present: ward managers of 6 of the 9 units; Head of Estates (item 2).",
        "Apologies: the Finance Director and two of the five trustees.",
        # a stand-in named for an absence is cover, not a single point of knowledge
        "When he is on leave, the Deputy Registrar signs the certificates.",
        "When she is away the Vice Chair chairs.",
        # who keeps a record, and nothing more
        "Locum agreements are kept by the Head of Medical Staffing's team.",
        # a legend of the roster's tiers, in words
        "Your part: Core means you lead work in the plan; Extended means we ask your views "
        "first; Consult only means we must consult you before a change that affects you.",
        "Core team owns delivery of a workstream; Extended team contributes to work others "
        "lead; Consult only bodies must be consulted before any change to their members' hours.",
    ],
)
def test_a_documents_scope_its_attendance_and_a_named_stand_in_state_no_gap(
    sentence: str,
) -> None:
    assert not find_statements(sentence), sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the same shapes that do state a gap
        ("When she is on leave, nobody can approve a refund.", "limitation"),
        ("The scanner covers bays 1 and 3 only.", "limitation"),
        ("Gates 4 and 6 only.", "limitation"),
        # "rest days" are time off: the change to them is what the body is consulted on
        (
            "The staff council is consulted on changes to shift lengths, rest days and on-call.",
            "constraint",
        ),
    ],
)
def test_the_same_shapes_with_a_gap_in_them_still_state_it(sentence: str, kind: str) -> None:
    assert [k for k, _ in find_statements(sentence)] == [kind], sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a cap on the plan's money, and what may not happen without a party or before a gate
        ("3.1 Investment in the programme is capped at £6.5m over four years.", "constraint"),
        ("There is to be no new debt without the trustees' approval.", "constraint"),
        ("2.7 No fourth depot will be opened before the second review.", "constraint"),
        # lead times another party sets, and a date it has moved
        ("The lift maker quotes 18 weeks from order to installation.", "constraint"),
        ("Inspection slots are booked eight weeks ahead by the regulator.", "constraint"),
        (
            "The new firmware is now due in October 2030, not August as first promised.",
            "constraint",
        ),
        # nothing goes live in a freeze
        (
            "From week 40 to week 52 no till software may go live and no shelving work may "
            "start in a branch.",
            "constraint",
        ),
        # a store that holds only so much
        ("The cold store holds 300 pallets at most.", "limitation"),
        # a site without the system the rest run; a screen that shows only part of a thing;
        # a signal that comes and goes; a record held for some and none for the rest
        ("The Ormsby depot does not run RouteMaster.", "limitation"),
        ("The kiosk shows only whether a locker is free, not which one.", "limitation"),
        ("The trade portal shows catalogue prices only.", "limitation"),
        ("Radio cover in the lower car park comes and goes after dark.", "limitation"),
        (
            "The CRM holds an email address for 61% of members and none for day visitors.",
            "limitation",
        ),
        # work ticked off with a pen; data passed as a file on a clock; posts counted vacant;
        # fixes nobody pays for; a partner's contract that does not bind it
        (
            "At the Fenby yard, crates are counted and ticked off with a pen at the gate.",
            "limitation",
        ),
        ("Jobs pass from Deskline to the van app in a CSV file at 07:00 and 13:00.", "limitation"),
        (
            "A repair reported after 16:00 waits until the next morning to be scheduled.",
            "limitation",
        ),
        ("On 1 March 2029, 12 of 90 driver posts were vacant.", "limitation"),
        ("The survey found 9 broken kerbs, and the repairs are unfunded.", "limitation"),
        (
            "The caterer runs its own tills, and its contract does not require it to take our card.",
            "constraint",
        ),
        # data that may serve one purpose and never another
        (
            "Under the site agreement, scan rates may be used for coaching but never for discipline.",
            "constraint",
        ),
        # two records nothing joins up
        (
            "Members and donors are held apart: nothing links a donor record to a member number.",
            "limitation",
        ),
    ],
)
def test_caps_lead_times_moved_dates_and_unjoined_records_are_found(
    sentence: str, kind: str
) -> None:
    found = find_statements(sentence)
    assert [k for k, _ in found] == [kind], sentence
    # a clause's number or "There is to be" is no subject: the clause says what it is about
    assert all(any(c.isalpha() for c in subject[:6]) for _, subject in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "No further questions were raised.",
        "The new timetable is now due in May, as planned.",
        "Nothing links these two ideas in the minutes.",
        "The dashboard shows sales, stock and margin by store.",
        "We do not run night buses on the coast routes.",
        "The project is funded in full by the council.",
        "Every delivery is signed off by the site manager.",
    ],
)
def test_near_misses_of_those_shapes_state_no_gap(sentence: str) -> None:
    assert not find_statements(sentence), sentence


def _read_folder(root: Path, files: dict[str, str]) -> Any:
    """The org context of a folder holding these files (name -> text)."""
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return load_context(root)


def test_a_systems_section_headed_by_people_or_staff_is_read_as_systems(tmp_path: Path) -> None:
    """ "People systems" names the systems a team uses, not its posts: its lines are no roles."""
    systems = (
        "# Systems and data\n\n## People systems\n\n"
        "- Payroll: PayPoint, run by the finance team\n"
        "- Rota planning: ShiftWell, in all nine clinics\n\n"
        "ShiftWell is our rota app in all nine clinics.\n"
    )
    people = "# People\n\n- Clinic Operations Manager: rotas and clinic staffing\n"
    org = _read_folder(tmp_path, {"systems-and-data.md": systems, "people.md": people})
    assert [r.name for r in org.roles] == ["Clinic Operations Manager"]


def test_until_then_reads_the_limit_with_the_date_it_lasts_to(tmp_path: Path) -> None:
    estate = (
        "# Estate\n\n"
        "The second cold room becomes ours on 1 March 2031 when the sublease ends. Until then "
        "chilled stock stays in the first room, which holds four days' stock at most.\n"
    )
    texts = [a.text for a in _read_folder(tmp_path, {"estate.md": estate}).absences]
    assert any("1 March 2031" in t and "four days' stock at most" in t for t in texts), texts


def test_a_head_of_the_layers_field_holds_its_specialist_work_and_no_gap_says_it_is_missing() -> (
    None
):
    # "Head of Data and Pricing" names the measurement field in its title: comparing a pilot
    # with a control is its work, though its duties never say "analytics".
    from schemas.context import Role

    pattern = {
        "key": "control_{v}",
        "layer": "governance_measurement",
        "horizon": "quick_win",
        "owner": ["analytics", "measurement", "insights", "performance"],
        "query": "comparison group",
        "title": "Measure every pilot against a comparison group",
        "description": "Compare each pilot with a group running as before.",
        "done_when": "Every pilot has a comparison.",
    }
    vision = _permit_goal()
    roles = [
        Role(name="Chief Executive", tier="core", responsibilities=["Leads the company"]),
        Role(name="Chief Financial Officer", tier="core", responsibilities=["Budgets and audit"]),
        Role(name="Head of Data and Pricing", tier="core", responsibilities=["Sets hire prices"]),
    ]
    task, gaps = _method_task(pattern, vision, roles)
    assert task is not None and task.owner_role == "Head of Data and Pricing"
    assert not any("No role in the roster" in g for g in gaps), gaps
    # without such a head the org lacks it, and the gap says who holds the work meanwhile
    task, gaps = _method_task(pattern, vision, roles[:2])
    assert any("No role in the roster has analytics work" in g for g in gaps), gaps


def test_a_rows_statement_names_the_row_not_its_code_and_a_bodys_bounds_are_no_gap(
    tmp_path: Path,
) -> None:
    (tmp_path / "systems.md").write_text(
        "# Systems\n\n"
        "| Ref | System | Notes |\n"
        "|---|---|---|\n"
        "| SYS-04 | DockBoard | No API: arrivals leave it only as a nightly export. |\n",
        encoding="utf-8",
    )
    (tmp_path / "posts.md").write_text(
        "# Posts\n\n"
        "| Ref | Post | Tier | Responsibilities |\n"
        "|---|---|---|---|\n"
        "| P0001 | Depot Manager | Core | Runs the depot and its rota. |\n"
        "| P0090 | Chair, Drivers' Forum | Consult | Elected by the drivers; consulted on "
        "shifts; holds no management remit. |\n",
        encoding="utf-8",
    )
    texts = [a.text for a in load_context(tmp_path).absences]
    assert any(t.startswith("DockBoard:") and "nightly export" in t for t in texts), texts
    assert not any(t.startswith(("SYS-04", "P0090")) for t in texts), texts
    assert not any("holds no management remit" in t for t in texts), texts
