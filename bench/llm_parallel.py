"""Parallel LLM calls and rules-engine scaling, measured in one run.

1. LLM path: the example deck planned with ``--engine llm`` against the OpenAI-compatible
   test server with injected latency L per call. Baseline: the critical path, i.e. the
   longest chain of dependent calls (find_visions -> assess_vagueness -> choose_scenarios
   -> decompose) x L. Prints wall / critical path (target <= 1.2).
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


def bench_llm(latency: float, work: Path) -> None:
    from agent import PlanConfig, plan
    from tests.openai_server import OpenAIServer

    deck, org = EXAMPLE / "strategy.pptx", EXAMPLE / "org"
    index_dir = work / "index"
    # Warm the org index once so the measured runs pay only for planning.
    plan(
        deck,
        context=org,
        out=work / "warm",
        config=PlanConfig(engine="rules", index_dir=str(index_dir)),
    )
    from agent.engines.rules.visions import find_visions
    from extractors import extract

    # The scripted model finds the same 14 visions a reader finds, so 14 vagueness checks and
    # 14 decompositions must overlap for the run to approach the critical path.
    visions_found = {"visions": [d.model_dump(mode="json") for d in find_visions(extract(deck))]}
    with OpenAIServer() as server:
        server.latency = latency
        server.route("find_visions", visions_found)
        visions = 0
        for concurrency in (1, 16):
            server.reset()
            config = PlanConfig(
                engine="llm",
                model="bench-model",
                base_url=server.url,
                max_concurrency=concurrency,
                cache_dir=str(work / f"cache-{concurrency}"),
                index_dir=str(index_dir),
                llm_backoff_base=0.01,
            )
            t = time.perf_counter()
            result = plan(deck, context=org, out=work / f"llm-{concurrency}", config=config)
            wall = time.perf_counter() - t
            steps = {r.step for r in server.chat_requests()}
            chain = [s for s in CHAIN if s in steps]
            critical = len(chain) * latency
            visions = len(result.plan.visions) if result.plan else 0
            print(
                f"llm  max_concurrency={concurrency:<2} calls={server.chat_calls:<3} visions={visions:<2} "
                f"wall={wall:6.2f}s  critical path={critical:5.2f}s ({len(chain)} dependent calls x {latency}s)  "
                f"ratio={wall / critical:5.2f}"
                + ("  (target <= 1.2)" if concurrency > 1 else "  (sequential, for reference)")
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
