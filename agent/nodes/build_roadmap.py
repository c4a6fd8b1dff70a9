"""Step 8: order tasks by dependency into foundational -> quick-win -> aspirational phases (weeks)."""

from __future__ import annotations

from typing import Any

from agent.planning.roadmap import build_roadmap as schedule


def build_roadmap(state: dict[str, Any]) -> dict[str, Any]:
    return {"roadmap": schedule(state.get("tasks", []))}
