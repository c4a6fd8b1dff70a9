"""Step 9b: fix what validate found (owners, dependencies, coverage), then validate again."""

from __future__ import annotations

from typing import Any

from agent.nodes._common import org_of
from agent.planning.checks import Violation
from agent.planning.repair import repair as apply_repairs


def repair(state: dict[str, Any]) -> dict[str, Any]:
    violations = [Violation(**v) for v in state.get("violations", [])]
    update = apply_repairs(state, org_of(state), violations)
    update["repairs"] = state.get("repairs", 0) + 1
    return update
