"""Step 1: read the deck (with provenance) and the organization's context folder."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal

from langgraph.runtime import Runtime

from agent.nodes._common import PlanState, RunContext, run_context
from schemas.deck import Deck
from schemas.plan import SourceFile

_KINDS: dict[str, Literal["md", "txt", "pdf", "pptx", "docx", "csv", "yaml", "json"]] = {
    ".md": "md",
    ".markdown": "md",
    ".txt": "txt",
    ".pdf": "pdf",
    ".pptx": "pptx",
    ".docx": "docx",
    ".csv": "csv",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
}


def extract(state: PlanState, runtime: Runtime[RunContext]) -> PlanState:
    from agent.context import load_context
    from agent.knowledge.appendix import without_appendix
    from agent.knowledge.language import english_view
    from extractors import extract as extract_deck

    context = run_context(runtime, state)
    deck = extract_deck(state["deck_path"], max_bytes=context.config.max_bytes)
    if state.get("deck_name") and state["deck_name"] != deck.name:
        # Cite the name the strategist knows (an upload is stored under a safe name).
        deck = _renamed(deck, Path(state["deck_name"]).name)
    # A bilingual deck is planned from its English lines, each goal once; a deck in another
    # language is planned as it is, and the plan says the rules read English.
    deck, language = english_view(deck)
    deck, appendix = without_appendix(deck)  # backup slides are no part of the plan
    context.use_deck(deck)  # the engine gets the deck once, for every later step
    org = load_context(state["context_dir"])
    warnings = [f"{deck.name}: {w}" for w in deck.warnings] + list(org.warnings)
    if language:
        warnings.append(f"{deck.name}: {language}")
    if appendix:
        warnings.append(f"{deck.name}: {appendix}")
    warnings += [f"context file skipped: {s}" for s in org.skipped]
    hidden = [u.number for u in deck.units if u.hidden]
    if hidden:
        warnings.append(f"{deck.name}: hidden slides {', '.join(map(str, hidden))} were not used")
    defaulted = [r.name for r in org.roles if not r.tier_stated]
    if defaulted:
        warnings.append(
            f"tier not stated for {len(defaulted)} roles ({', '.join(defaulted[:5])}...); treated as core"
        )

    sources = [
        SourceFile(path=deck.name, sha256=deck.sha256, kind=deck.kind, units=len(deck.units))
    ]
    root = Path(state["context_dir"])
    for doc in org.documents:
        path = root / doc
        if path.is_file():
            sources.append(
                SourceFile(
                    path=f"{root.name}/{doc}",
                    sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                    kind=_KINDS.get(path.suffix.lower(), "txt"),
                    units=1,
                )
            )
    return {
        "deck": deck,
        "org": org,
        "sources": sources,
        "warnings": warnings,
    }


def _renamed(deck: Deck, name: str) -> Deck:
    data = deck.model_dump()
    data["name"] = name
    for unit in data["units"]:
        for block in unit["blocks"]:
            block["source"]["file"] = name
    return Deck.model_validate(data)
