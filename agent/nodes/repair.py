"""Step 9b: fix what validate found (owners, dependencies, coverage), then validate again."""

from __future__ import annotations

from agent.nodes._common import PlanState, org_of
from agent.planning.checks import Violation
from agent.planning.repair import repair as apply_repairs


def repair(state: PlanState) -> PlanState:
    violations = [Violation(**v) for v in state.get("violations", [])]
    update = apply_repairs(state, org_of(state), violations)
    update["repairs"] = state.get("repairs", 0) + 1
    return update
