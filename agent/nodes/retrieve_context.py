"""Step 5: index the org context (incrementally) and retrieve what each vision's tasks will cite."""

from __future__ import annotations

from pathlib import Path

from langgraph.runtime import Runtime

from agent.nodes._common import PlanState, RunContext, run_context
from schemas.context import ContextHit

# One query per layer topic, so every layer's tasks find the passage they rely on.
LAYER_TOPICS = (
    "customer journey experience content segment",
    "team owner workflow approval training handoff",
    "systems data identity consent integration warehouse",
    "metric baseline measurement experimentation holdout governance",
)


def retrieve_context(state: PlanState, runtime: Runtime[RunContext]) -> PlanState:
    from agent.context import ContextIndex

    fit = state.get("org_fit")
    if fit is not None and fit.verdict == "mismatch":
        # The org context belongs to another business: nothing of it is cited.
        return {"hits": {v.id: [] for v in state.get("visions", [])}}
    cfg = run_context(runtime, state).config
    index_dir = cfg.index_dir or str(Path(state["run_dir"]) / "index")
    hits: dict[str, list[ContextHit]] = {}
    with ContextIndex(  # closed after: a server must not keep every run's Chroma client
        state["context_dir"],
        index_dir=index_dir,
        chroma_url=cfg.chroma_url,
        embeddings=cfg.embeddings,
    ) as index:
        index.sync()
        for vision in state.get("visions", []):
            seen: set[tuple[str, int]] = set()
            found: list[ContextHit] = []
            for query in (
                vision.text,
                *(f"{vision.text} {topic}" for topic in LAYER_TOPICS),
                *LAYER_TOPICS,
            ):
                for hit in index.search(query, k=cfg.top_k):
                    key = (hit.doc, hit.chunk)
                    if key not in seen:
                        seen.add(key)
                        found.append(hit)
            hits[vision.id] = found
    return {"hits": hits}
