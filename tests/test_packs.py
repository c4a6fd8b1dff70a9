"""Which domain packs plan the method's part: chosen by words that name a field on their own."""

from __future__ import annotations

from agent.knowledge.lexicon import classify_layer
from agent.knowledge.packs import Vocabulary, choose_packs


def test_a_works_council_and_a_regulatory_agency_do_not_make_a_deck_public_service() -> None:
    deck = Vocabulary(
        "Clinical operations: activate sites faster for every patient study. The works council "
        "is consulted; the regulatory agency approves each protocol; the service provider and "
        "its state licence; expected benefit per study; clinic appointments for patients."
    )
    chosen, evidence = choose_packs(deck, None)
    assert "public_service" not in chosen
    assert "healthcare" in chosen and "patients" in evidence["healthcare"]


def test_a_council_planning_for_its_residents_is_public_service_not_hospitality() -> None:
    deck = Vocabulary(
        "The city council will move council tax, parking permits and waste services online "
        "for residents, with a local authority case management system. Owners of a property "
        "get their keys; members of the public stay on the phone while the office is opening."
    )
    chosen, _ = choose_packs(deck, None)
    assert "public_service" in chosen and "hospitality" not in chosen


def test_words_a_field_shares_with_others_do_not_choose_its_pack() -> None:
    """A museum's admissions, its visitors from the city's wards and its collections care are
    not a hospital's; an energy supplier's product lines and shifts are not a factory's."""
    museum = Vocabulary(
        "Free admission for residents of the most deprived wards; admissions up 20%; collections "
        "care; school appointments booked online; care of the objects in the store; ward by "
        "ward audience reach; admission desks at five venues; theatre and bed of the river."
    )
    chosen, _ = choose_packs(museum, None)
    assert "healthcare" not in chosen, chosen
    energy = Vocabulary(
        "Billing lines, the night shift, operators on the phone lines, safety of the meter "
        "line, shift patterns in the contact centre, line managers, scheduling of read jobs."
    )
    assert "operations" not in choose_packs(energy, None)[0]
    hospital = Vocabulary(
        "Patients on every ward, admissions and discharge, clinicians and nurses, the clinic."
    )
    assert "healthcare" in choose_packs(hospital, None)[0]


def test_an_insurers_claims_deck_is_financial_services_an_energy_suppliers_is_not() -> None:
    insurer = Vocabulary(
        "Claims made simple: first notice of loss online, straight-through settlement for simple "
        "motor claims, fraud triage, and our policyholders kept informed; the insurer's loss "
        "adjusters and claims handlers work from one system."
    )
    chosen, evidence = choose_packs(insurer, None)
    assert "financial_services" in chosen and "healthcare" not in chosen, chosen
    assert "policyholders" in evidence["financial_services"]
    energy = Vocabulary(
        "Bills you can trust: customers pay by direct debit from their bank; banking details are "
        "checked; payments and collections of arrears follow Consumer Duty; fraud on accounts."
    )
    assert "financial_services" not in choose_packs(energy, None)[0]


def test_a_word_with_a_pronoun_for_its_object_is_a_verb_not_the_fields_thing() -> None:
    """ "The controller stores its readings" names no shop: the verb is no retail word."""
    farm = Vocabulary("The barge controller stores its readings for 30 days.")
    assert not farm.mentions("store") and not farm.mentions("stores")
    assert Vocabulary("Two new stores open in Leeds.").mentions("stores")


def test_agreeing_a_referral_route_with_a_partner_network_is_process_work() -> None:
    """ "Agree the referral route with the Eastside GP network": a pathway agreed with
    partners, people and process work, though "network" is also an IT word."""
    assert classify_layer("Agree the referral route with the Eastside GP network") == (
        "process_people"
    )
    assert classify_layer("Upgrade the depot network switches") == "tech_data"


def test_putting_a_core_team_in_place_is_people_work() -> None:
    """ "Core Team Formation: Heads of brand, design, and sites appointed" forms a team, though
    it names the brand and design work the team will do."""
    assert classify_layer("Core Team Formation: Heads of brand, design, and sites appointed") == (
        "process_people"
    )


def test_a_universitys_deck_is_education_a_trial_or_a_zoos_learning_is_not() -> None:
    """A university's students, tutors and semesters choose the education pack over a health
    pack its School of Nursing and wellbeing referrals would otherwise pull in; a clinical
    trial's enrolment and curriculum, and a zoo's school classrooms, are not education."""
    university = Vocabulary(
        "Every student known and supported: a personal tutor for every undergraduate, lecture "
        "capture in every room, timetables a semester ahead, wellbeing referrals seen in five "
        "days, the awarding gap closed, and Senate approving the tutoring policy."
    )
    chosen, evidence = choose_packs(university, Vocabulary("School of Nursing; nursing students"))
    assert "education" in chosen and "healthcare" not in chosen, chosen
    assert "tutor" in evidence["education"]
    trial = Vocabulary(
        "Faster study start-up: patient enrolment at every clinic, a training curriculum and an "
        "investigator academy, clinical monitoring and appointments for patients."
    )
    assert "education" not in choose_packs(trial, None)[0]
    zoo = Vocabulary(
        "Learning at the zoo: classrooms for visiting pupils, a schools academy, curriculum "
        "linked sessions, and keepers' talks for every visitor."
    )
    assert "education" not in choose_packs(zoo, None)[0]


def test_a_gap_that_speaks_of_a_template_word_nobody_uses_stays_out() -> None:
    """A method step that needs a customer data platform raises no "No customer data
    platform" gap for a plan whose deck and org never speak of one; where they do, it does."""
    from typing import cast

    from agent.engines.base import Decomposition, GapDraft
    from agent.planning.assemble import merge
    from agent.planning.records import DraftRecord
    from schemas.context import OrgContext
    from schemas.plan import Layer

    gap = GapDraft(
        layer=Layer.tech_data,
        text="No customer data platform: none is listed in the systems inventory.",
        kind="system",
    )
    drafts = [
        cast(
            DraftRecord,
            {"vision_id": "V1", "decomposition": Decomposition(gaps=[gap]).model_dump()},
        )
    ]
    org = OrgContext(root="org")
    _tasks, gaps, *_ = merge(drafts, ["V1"], org, known_concepts=["segment"])
    assert not gaps
    _tasks, gaps, *_ = merge(drafts, ["V1"], org, known_concepts=["customer data platform"])
    assert [g["text"] for g in gaps] == [gap.text]


def test_the_repair_that_fills_a_goals_layers_leaves_template_words_nobody_uses_out() -> None:
    from types import SimpleNamespace

    from agent.planning.repair import _fill_from_method
    from schemas.context import OrgContext, Role
    from schemas.plan import Scenario
    from tests.decks import goal

    vision = goal("V1", "Grow repeat subscribers from 20% to 30% by 2029", 3)
    scenario = Scenario.model_validate(
        {
            "id": "S1",
            "name": "Lapsed subscribers",
            "segment": "lapsed subscribers",
            "context": "renewal season",
            "customer_impact": "high",
            "business_impact": "high",
            "vision_ids": ["V1"],
            "rationale": "named in the deck",
        }
    )
    org = OrgContext(
        root="org",
        roles=[Role(name="Head of Marketing", tier="core", responsibilities=["email, campaigns"])],
    )

    def filled(known: list[str]) -> list[str]:
        state = {
            "visions": [vision],
            "scenarios": [scenario],
            "tasks": [],
            "known_concepts": known,
            "domain": SimpleNamespace(packs=["core", "customer_experience"]),
        }
        tasks = _fill_from_method(
            state,  # type: ignore[arg-type]
            org,
            [],
            {"V1": (lambda d: str(d.layer) == "experience", "no experience work")},
            [],
        )
        return [f"{t['title']} {t['description']}" for t in tasks]

    assert not any("customer data platform" in t for t in filled(["segment"]))
    assert any("customer data platform" in t for t in filled(["segment", "customer data platform"]))


def test_clinical_sign_off_is_planned_only_where_the_deck_or_org_speaks_of_patients() -> None:
    """A control room with nurses on shift, or a deck that only says "care", gets no step
    about "how patients are cared for"; a deck about patients does."""
    from agent.engines.base import PlanningContext
    from agent.engines.rules.method import decompose
    from schemas.context import OrgContext, Role
    from tests.decks import goal

    org = OrgContext(
        root="org",
        roles=[Role(name="Head of Quality", tier="core", responsibilities=["quality, safety"])],
    )
    vision = goal("V1", "Answer 90% of 101 calls within 2 minutes by 2029", 3)

    def keys(known: list[str]) -> set[str]:
        planning = PlanningContext(packs=["core", "healthcare"], known_concepts=known)
        return {t.key for t in decompose(vision, [], org, [], planning=planning).tasks}

    assert "clinical_signoff" not in keys(["nurse", "nurses", "care"])
    assert "clinical_signoff" in keys(["patient", "patients"])


def test_a_method_step_the_plan_does_without_is_no_missing_dependency() -> None:
    """The deck names an owner per goal, so the method adds no "vision_owners" step: a step
    that depends on it starts without it, with no warning. A dependency on a key that is no
    task and no method step (a model's typo) is still reported."""
    from typing import cast

    from agent.engines.base import Decomposition, TaskDraft
    from agent.planning.assemble import merge
    from agent.planning.records import DraftRecord
    from schemas.context import OrgContext, Role
    from schemas.plan import Layer

    def task(key: str, deps: list[str]) -> TaskDraft:
        return TaskDraft(
            key=key,
            title=f"Do {key}",
            description="Work.",
            layer=Layer.process_people,
            owner_role="Ops Lead",
            horizon="quick_win",
            depends_on=deps,
            done_when="The new rota is published to every team",
        )

    drafts = [
        cast(
            DraftRecord,
            {
                "vision_id": "V1",
                "decomposition": Decomposition(
                    tasks=[task("training_s1", ["vision_owners"]), task("rota", ["rotas_typo"])]
                ).model_dump(),
            },
        )
    ]
    org = OrgContext(root="org", roles=[Role(name="Ops Lead", responsibilities=["rotas"])])
    tasks, _gaps, _notes, warnings = merge(drafts, ["V1"], org)
    assert all(t["depends_on"] == [] for t in tasks)
    assert not any("vision_owners" in w for w in warnings), warnings
    assert any("rotas_typo" in w for w in warnings), warnings


def test_a_text_of_no_words_has_an_empty_vocabulary() -> None:
    """A page of glyphs with no text mapping (a vertical CJK PDF read as marks) gives no words:
    its vocabulary is empty, not an error that stops the run."""
    for text in ("", "\u034d\u034b\u034f\u0353\u0351 \u0cd4", "。 、 ・"):
        vocab = Vocabulary(text)
        assert vocab.bag == set() and not vocab.mentions("plant"), repr(text)


def test_a_campaigns_videos_vouchers_and_flavours_are_experience_work() -> None:
    """What shoppers see of a launch (creator livestreams, coupons, a limited flavour) is
    experience work, though "connect" and "gateway" are also IT words."""
    assert classify_layer(
        "Creator livestreams from every new shop, with coupons in the stream"
    ) == ("experience")
    assert classify_layer("Local vouchers as a gateway from the app into the shops") == "experience"
    assert classify_layer("A summer range of three fruit flavours for the kiosks") == "experience"
    assert classify_layer("Fit an edge gateway to every kiosk") == "tech_data"
