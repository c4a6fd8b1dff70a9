"""Step 1b: read the deck's own plan, choose the knowledge packs, and check the org fits.

What the deck commits to (phases and gates, first-90-days items, KPIs, risks, the pilot) is
read once here, for both engines. When the org context belongs to another business, the plan
is built from the deck alone: the roles become the bodies the deck names, and nothing of the
org's systems, metrics or absences is used. An org folder without a roster gets the same
roles, and keeps the rest.
"""

from __future__ import annotations

from agent.knowledge.packs import Vocabulary, choose_packs, known_concepts
from agent.nodes._common import PlanState, deck_of, org_of
from agent.planning.commitments import deck_roles
from agent.planning.deck_plan import read_deck_plan as read_plan
from agent.planning.deck_plan import stale_clock
from agent.planning.fit import assess_fit, org_text
from schemas.context import OrgContext
from schemas.plan import DomainInfo


def read_deck_plan(state: PlanState) -> PlanState:
    deck = deck_of(state)
    org = org_of(state)
    plan = read_plan(deck)
    deck_text = "\n".join(u.text() for u in deck.units if not u.hidden)
    fit = assess_fit(deck_text, plan.organization, org)
    update: PlanState = {"deck_plan": plan, "warnings": []}
    stale = stale_clock(plan)
    if stale:
        update["warnings"].append(stale)
    if fit.verdict == "mismatch":
        update["warnings"].append(f"org context not used: {fit.reason}")
        org = OrgContext(
            root=org.root,
            roles=deck_roles(plan),
            documents=[],
            warnings=[],
        )
        update["org"] = org
        org_vocab = None
    else:
        if not org.roles:
            # A folder without a roster still plans: the leads the deck names own the work
            # (or leads to be named), and the org's systems, metrics and absences still count.
            org = org.model_copy(update={"roles": deck_roles(plan)})
            update["org"] = org
            update["warnings"].append(
                "no roster found in the context folder: the owners are "
                + (
                    "the leads the deck names"
                    if org.roles and org.roles[0].source == "deck"
                    else "leads to be named"
                )
            )
        org_vocab = Vocabulary(org_text(org))
    packs, evidence = choose_packs(Vocabulary(deck_text), org_vocab)
    known = Vocabulary(f"{deck_text}\n{org_text(org) if org_vocab is not None else ''}")
    update["org_fit"] = fit
    update["domain"] = DomainInfo(packs=packs, evidence=evidence)
    update["known_concepts"] = known_concepts(known)
    return update
