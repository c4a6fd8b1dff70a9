"""The deterministic engine: offline, no model, the default and what CI evals run.

It reads deck structure and language, then instantiates a playbook of task patterns
against the organization's real roles, systems, absences and metrics.
"""

from __future__ import annotations

from typing import Literal

from agent.engines.base import Decomposition, PlanningContext, ScenarioDraft, VisionDraft
from agent.engines.rules import method, scenarios, visions
from schemas.context import ContextHit, OrgContext
from schemas.deck import Deck
from schemas.plan import EngineInfo, Scenario, Vagueness, Vision


class RulesEngine:
    name: Literal["rules"] = "rules"

    def __init__(self, deck_text: str = "") -> None:
        self._deck_text = deck_text  # used to pick the natural pilot unit (region, store, ...)

    def use_deck(self, deck: Deck) -> None:
        # Hidden slides are not part of the plan: the run says so, and they name no pilot.
        self._deck_text = "\n".join(u.text() for u in deck.units if not u.hidden)

    def find_visions(self, deck: Deck) -> list[VisionDraft]:
        return visions.find_visions(deck)

    def assess_vagueness(self, text: str, org: OrgContext | None = None) -> Vagueness:
        from agent.engines.rules.vagueness import assess

        return assess(text, org)

    def choose_scenarios(
        self, deck: Deck, visions: list[Vision], org: OrgContext
    ) -> list[ScenarioDraft]:
        # An operations, hospitality or public-service deck is cut pillar x site; a customer
        # strategy by behavioural segment x context (DOMAIN.md). A deck whose goals name no
        # audience (only measures) is cut by its pillars too: a KPI row is not a segment.
        if not scenarios.names_scenarios(deck):
            by_pillar = scenarios.pillar_scenarios(deck, visions)
            domain = _domain(deck)  # reads the whole deck's vocabulary: once
            if by_pillar and (domain == "operations" or scenarios.only_measures(deck, visions)):
                return by_pillar
            composed = scenarios.choose_scenarios(deck, visions)
            named = scenarios.named_segments(composed, deck)
            if len(named) < 2 <= len(by_pillar) and domain not in _BY_SEGMENT:
                # The goals make one scenario at most (a goal that names nobody makes only a
                # placeholder); the deck's pillars make several, each in its own words: a plan
                # of one scenario leaves the rest of the deck out. (A customer strategy keeps
                # its segment, however few its goals make.)
                return by_pillar
            if domain in _BY_SEGMENT:
                return composed  # a customer strategy's goals are its scenarios, named or not
            return named or composed
        chosen = scenarios.choose_scenarios(deck, visions)
        if len(chosen) < 2 and (
            _domain(deck) not in _BY_SEGMENT or scenarios.only_measures(deck, visions)
        ):
            # The deck names one persona and its goals make no other scenario (outside a
            # customer strategy, or goals that are only measures): its pillars make the rest,
            # each in its own words, rather than a plan of one scenario.
            by_pillar = scenarios.pillar_scenarios(deck, visions)
            if len(by_pillar) >= 2:
                return [*chosen, *by_pillar][:3]
        return chosen

    def decompose(
        self,
        vision: Vision,
        scenarios: list[Scenario],
        org: OrgContext,
        hits: list[ContextHit],
        planning: PlanningContext | None = None,
    ) -> Decomposition:
        return method.decompose(
            vision, scenarios, org, hits, deck_text=self._deck_text, planning=planning
        )

    def info(self) -> EngineInfo:
        return EngineInfo(name="rules")


# Packs of strategies cut by who the customer is (DOMAIN.md: segment x context).
_BY_SEGMENT = frozenset({"customer_experience", "hospitality", "retail"})


def _domain(deck: Deck) -> str | None:
    """The domain pack the deck's own words point to first."""
    from agent.knowledge.packs import Vocabulary, choose_packs

    packs, _evidence = choose_packs(Vocabulary(deck.text()), None)
    return packs[1] if len(packs) > 1 else None


__all__ = ["RulesEngine"]
