"""The workflow's wiring, and nothing else. Each step lives in agent/nodes/<step>.py."""

from __future__ import annotations

from typing import Any

from langgraph.graph import END, START, StateGraph
from langgraph.types import Send

from agent.nodes.assess_vagueness import assess_vagueness
from agent.nodes.assign_raci import assign_raci
from agent.nodes.build_roadmap import build_roadmap
from agent.nodes.choose_scenarios import choose_scenarios
from agent.nodes.decompose import decompose
from agent.nodes.extract import extract
from agent.nodes.find_visions import find_visions
from agent.nodes.plan_commitments import plan_commitments
from agent.nodes.read_deck_plan import read_deck_plan
from agent.nodes.render import render
from agent.nodes.repair import repair
from agent.nodes.retrieve_context import retrieve_context
from agent.nodes.validate import route_after_validate, validate
from agent.planning.commitments import planning_for
from agent.runtime import RunContext
from agent.state import PlanInput, PlanOutput, PlanState

STEPS = (
    "extract",
    "read_deck_plan",
    "find_visions",
    "assess_vagueness",
    "choose_scenarios",
    "retrieve_context",
    "plan_commitments",
    "decompose",
    "assign_raci",
    "build_roadmap",
    "validate",
    "repair",
    "render",
)


def fan_out(state: PlanState) -> list[Send] | str:
    """One decompose branch per vision; they run in parallel, bounded by max_concurrency."""
    visions = state.get("visions", [])
    if not visions:
        return "assign_raci"
    return [
        Send(
            "decompose",
            {
                "vision": vision,
                "scenarios": state.get("scenarios", []),
                "org": state["org"],
                "hits": state.get("hits", {}).get(vision.id, []),
                "planning": planning_for(state, vision.id),
            },
        )
        for vision in visions
    ]


def build_graph(checkpointer: Any = None) -> Any:
    # Any: langgraph types nodes against the exact state schema; ours take plain JSON-safe dicts.
    builder: Any = StateGraph(
        PlanState, context_schema=RunContext, input_schema=PlanInput, output_schema=PlanOutput
    )
    builder.add_node("extract", extract)
    builder.add_node("read_deck_plan", read_deck_plan)
    builder.add_node("find_visions", find_visions)
    builder.add_node("assess_vagueness", assess_vagueness)
    builder.add_node("choose_scenarios", choose_scenarios)
    builder.add_node("retrieve_context", retrieve_context)
    builder.add_node("plan_commitments", plan_commitments)
    builder.add_node("decompose", decompose)
    builder.add_node("assign_raci", assign_raci)
    builder.add_node("build_roadmap", build_roadmap)
    builder.add_node("validate", validate)
    builder.add_node("repair", repair)
    builder.add_node("render", render)

    builder.add_edge(START, "extract")
    builder.add_edge("extract", "read_deck_plan")
    builder.add_edge("read_deck_plan", "find_visions")
    builder.add_edge("find_visions", "assess_vagueness")
    builder.add_edge("assess_vagueness", "choose_scenarios")
    builder.add_edge("choose_scenarios", "retrieve_context")
    builder.add_edge("retrieve_context", "plan_commitments")
    builder.add_conditional_edges("plan_commitments", fan_out, ["decompose", "assign_raci"])
    builder.add_edge("decompose", "assign_raci")
    builder.add_edge("assign_raci", "build_roadmap")
    builder.add_edge("build_roadmap", "validate")
    builder.add_conditional_edges("validate", route_after_validate, ["repair", "render"])
    builder.add_edge("repair", "validate")
    builder.add_edge("render", END)
    return builder.compile(checkpointer=checkpointer)


# For LangGraph Studio / `langgraph dev` (langgraph.json points here).
graph = build_graph()
