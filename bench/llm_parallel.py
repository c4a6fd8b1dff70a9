"""Parallel LLM calls and rules-engine scaling, measured in one run.

1. LLM path: the example deck (14 visions) and a 20-goal deck planned with ``--engine llm``
   at the CLI's default concurrency against the OpenAI-compatible test server, with
   injected latency L per call. Baseline: the critical path, i.e. the longest chain of
   dependent calls (find_visions -> assess_vagueness (twice for a vision re-assessed with
   its slide title) -> choose_scenarios -> decompose) x L. Prints wall / critical path
   (target <= 1.3), and the sequential run for reference.
2. Rules engine: generated decks of 30 and 300 slides, each planned in its own process.
   Prints time(300) / time(30) (target <= 11: linear or better) and peak RSS.

    python bench/llm_parallel.py [--latency 2.0]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EXAMPLE = ROOT / "examples" / "northwind-health"
CHAIN = ("find_visions", "assess_vagueness", "choose_scenarios", "decompose")

CHILD = """
import json, resource, sys, time
from agent import PlanConfig, plan
t = time.perf_counter()
result = plan(sys.argv[1], context=sys.argv[2], out=sys.argv[3], config=PlanConfig(engine="rules"))
seconds = time.perf_counter() - t
print(json.dumps({"seconds": seconds, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "visions": len(result.plan.visions), "tasks": len(result.plan.tasks)}))
"""


def twenty_goal_deck(path: Path) -> Path:
    """A deck whose 20 slides each state one distinct, measurable goal (20 visions)."""
    from pptx import Presentation

    metrics = (
        "online bookings",
        "repeat visits",
        "portal sign-ups",
        "referral completions",
        "same-day appointments",
    )
    prs = Presentation()
    for i in range(1, 21):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = f"Priority {i}"
        slide.placeholders[
            1
        ].text_frame.text = f"Increase {metrics[i % 5]} in region {i} from {10 + i}% to {20 + i}% by Q{1 + i % 4} 2027"
    prs.save(str(path))
    return path


def _critical_calls(server: object) -> int:
    """The longest chain of dependent model calls the run made: find_visions, then each
    vision's assessments one after another, then scenarios, then its decomposition."""
    import re

    assess: dict[str, int] = {}
    for request in server.chat_requests("assess_vagueness"):  # type: ignore[attr-defined]
        match = re.search(r"<vision>\n(.*?)\n</vision>", request.user, re.S)
        key = match.group(1) if match else ""
        assess[key] = assess.get(key, 0) + 1
    steps = {r.step for r in server.chat_requests()}  # type: ignore[attr-defined]
    return (
        ("find_visions" in steps)
        + max(assess.values(), default=0)
        + ("choose_scenarios" in steps)
        + ("decompose" in steps)
    )


def bench_llm(latency: float, work: Path) -> None:
    from agent import PlanConfig, plan
    from agent.engines.rules.visions import find_visions
    from extractors import extract
    from tests.openai_server import OpenAIServer

    org = EXAMPLE / "org"
    index_dir = work / "index"
    # Warm the org index once so the measured runs pay only for planning.
    plan(
        EXAMPLE / "strategy.pptx",
        context=org,
        out=work / "warm",
        config=PlanConfig(engine="rules", index_dir=str(index_dir)),
    )
    decks = {
        "example deck": EXAMPLE / "strategy.pptx",
        "20-goal deck": twenty_goal_deck(work / "twenty.pptx"),
    }
    with OpenAIServer() as server:
        server.latency = latency
        for label, deck in decks.items():
            # The scripted model finds the visions a reader finds, so every vagueness check and
            # decomposition must overlap for the run to approach the critical path.
            found = [d.model_dump(mode="json") for d in find_visions(extract(deck))]
            server.route("find_visions", {"visions": found})
            runs = (1, None) if label == "example deck" else (None,)
            for concurrency in runs:
                name = "default" if concurrency is None else str(concurrency)

                def run(
                    delay: float,
                    tag: str,
                    deck: Path = deck,
                    name: str = name,
                    concurrency: int | None = concurrency,
                ) -> tuple[float, Any]:
                    server.reset()
                    server.latency = delay
                    config = PlanConfig(
                        engine="llm",
                        model="bench-model",
                        base_url=server.url,
                        max_concurrency=concurrency,
                        cache_dir=str(work / f"cache-{deck.stem}-{name}-{tag}"),
                        index_dir=str(index_dir),
                        llm_backoff_base=0.01,
                    )
                    out = work / f"llm-{deck.stem}-{name}-{tag}"
                    t = time.perf_counter()
                    result = plan(deck, context=org, out=out, config=config)
                    return time.perf_counter() - t, result

                local, _ = run(0.0, "local")  # the same plan with instant answers: local work
                wall, result = run(latency, "timed")
                chain = _critical_calls(server)
                calls = chain * latency
                visions = len(result.plan.visions) if result.plan else 0
                target = "(target <= 1.3)" if concurrency is None else "(sequential, for reference)"
                print(
                    f"llm  {label}  max_concurrency={name:<7} calls={server.chat_calls:<3} "
                    f"visions={visions:<2} at once={server.max_in_flight:<2} wall={wall:6.2f}s  "
                    f"critical path={calls + local:5.2f}s ({chain} dependent calls x {latency}s "
                    f"+ {local:.2f}s local work)  ratio={wall / (calls + local):5.2f} {target}  "
                    f"[wall / calls alone: {wall / calls:4.2f}]"
                )


def make_deck(path: Path, slides: int) -> None:
    from pptx import Presentation

    prs = Presentation()
    for i in range(1, slides + 1):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = f"Priority {i}: region {i % 9} growth"
        body = slide.placeholders[1].text_frame
        body.text = f"Increase repeat purchase rate in region {i} from {10 + i % 7}% to {15 + i % 9}% by Q{1 + i % 4} 2027"
        body.add_paragraph().text = f"{40 + i % 50}% of customers in region {i} shop on mobile"
        p = body.add_paragraph()
        p.text = "Deliver a seamless, personalized experience across every touchpoint"
        p.level = 1
        slide.notes_slide.notes_text_frame.text = (
            f"Region {i} context: stores, staffing and the loyalty program."
        )
    prs.save(str(path))


def bench_rules(work: Path) -> None:
    results = {}
    for slides in (30, 300):
        deck = work / f"deck-{slides}.pptx"
        make_deck(deck, slides)
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                CHILD,
                str(deck),
                str(EXAMPLE / "org"),
                str(work / f"rules-{slides}"),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
        results[slides] = json.loads(proc.stdout.strip().splitlines()[-1])
        r = results[slides]
        print(
            f"rules {slides:>3} slides: {r['seconds']:6.2f}s  peak RSS {r['maxrss_mb']:6.0f} MB  visions={r['visions']} tasks={r['tasks']}"
        )
    ratio = results[300]["seconds"] / results[30]["seconds"]
    print(f"rules time(300 slides) / time(30 slides) = {ratio:.2f}  (target <= 11)")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--latency", type=float, default=2.0, help="seconds added to every model call"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        bench_llm(args.latency, work)
        bench_rules(work)


if __name__ == "__main__":
    main()
