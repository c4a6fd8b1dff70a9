"""Model calls and prompt sizes per step, for the example deck on the llm engine.

Plans examples/northwind-health with ``--engine llm`` against the project's
OpenAI-compatible test server (tests/openai_server.py), whose find_visions answer is the
visions a reader finds in the deck, and prints per step: calls, total prompt tokens and
the largest single prompt (tokens as the server counts them: characters / 4), against the
context budget the run was given.

    python bench/llm_prompts.py [--context-tokens 8000] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EXAMPLE = ROOT / "examples" / "northwind-health"
STEPS = ("find_visions", "assess_vagueness", "choose_scenarios", "decompose")


def measure(work: Path, context_tokens: int | None) -> dict[str, Any]:
    import dataclasses

    from agent import PlanConfig, plan
    from agent.engines.rules.visions import find_visions
    from extractors import extract
    from tests.openai_server import OpenAIServer

    deck, org = EXAMPLE / "strategy.pptx", EXAMPLE / "org"
    visions = {"visions": [d.model_dump(mode="json") for d in find_visions(extract(deck))]}
    config = PlanConfig(engine="llm", model="bench-model", llm_backoff_base=0.01)
    if context_tokens and "context_tokens" in {f.name for f in dataclasses.fields(PlanConfig)}:
        config = dataclasses.replace(config, context_tokens=context_tokens)
    with OpenAIServer() as server:
        server.route("find_visions", visions)
        config = dataclasses.replace(
            config, base_url=server.url, cache_dir=str(work / "cache"), interactive=False
        )
        result = plan(deck, context=org, out=work / "out", config=config)
        requests = server.chat_requests()
    assert result.plan is not None
    steps: dict[str, dict[str, int]] = {}
    for request in requests:
        tokens = max(1, len(request.text) // 4)
        row = steps.setdefault(str(request.step), {"calls": 0, "prompt_tokens": 0, "max_prompt": 0})
        row["calls"] += 1
        row["prompt_tokens"] += tokens
        row["max_prompt"] = max(row["max_prompt"], tokens)
    return {
        "visions": len(result.plan.visions),
        "tasks": len(result.plan.tasks),
        "calls": len(requests),
        "prompt_tokens": sum(r["prompt_tokens"] for r in steps.values()),
        "steps": {s: steps[s] for s in (*STEPS, *sorted(set(steps) - set(STEPS))) if s in steps},
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--context-tokens", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        figures = measure(Path(tmp), args.context_tokens)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(
        f"visions={figures['visions']} tasks={figures['tasks']} calls={figures['calls']} "
        f"prompt tokens={figures['prompt_tokens']}"
    )
    print(f"{'step':<18}{'calls':>6}{'prompt tokens':>15}{'largest prompt':>16}")
    for step, row in figures["steps"].items():
        print(f"{step:<18}{row['calls']:>6}{row['prompt_tokens']:>15}{row['max_prompt']:>16}")


if __name__ == "__main__":
    main()
