"""Parallel LLM calls and rules-engine scaling, measured in one run.

1. LLM path: the example deck (14 visions) and goal decks whose visions grow with their
   size (5, 10 and 20 slides, one distinct measurable goal each) planned with ``--engine
   llm`` at the CLI's default concurrency (``--max-concurrency`` unset) against the
   OpenAI-compatible test server, with injected latency L per call. Baseline: the critical
   path, i.e. the longest chain of dependent calls (find_visions -> assess_vagueness (twice
   for a vision re-assessed with its slide title) -> choose_scenarios -> decompose) x L,
   plus the same plan's local work (the run with instant answers). Prints wall / critical
   path (target <= 1.3 with 20 visions), and the example deck run sequentially for
   reference. With ``--baseline DIR`` (another checkout with its own .venv, e.g. ``git
   worktree add --detach /tmp/base <commit>``) the same decks are planned by that
   checkout's code at its own default, and the walls current / baseline are printed.
2. Rules engine: generated decks of 30 and 300 slides, each planned in its own process.
   Prints time(300) / time(30) (target <= 11: linear or better) and peak RSS.

    python bench/llm_parallel.py [--latency 2.0] [--goals 5,10,20] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import json
import os
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


def goal_deck(path: Path, goals: int) -> Path:
    """A deck of ``goals`` slides, each stating one distinct, measurable goal (one vision each)."""
    from pptx import Presentation

    metrics = (
        "online bookings",
        "repeat visits",
        "portal sign-ups",
        "referral completions",
        "same-day appointments",
    )
    prs = Presentation()
    for i in range(1, goals + 1):
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


def bench_llm(latency: float, goals: list[int], work: Path) -> dict[str, dict[str, Any]]:
    """Plan every deck with this process's ``agent`` (whichever checkout is first on the path)."""
    import dataclasses

    from agent import PlanConfig, plan
    from agent.engines.rules.visions import find_visions
    from extractors import extract
    from tests.openai_server import OpenAIServer

    fields = {f.name for f in dataclasses.fields(PlanConfig)}
    org = EXAMPLE / "org"
    index_dir = work / "index"
    # Warm the org index once so the measured runs pay only for planning.
    plan(
        EXAMPLE / "strategy.pptx",
        context=org,
        out=work / "warm",
        config=PlanConfig(engine="rules", index_dir=str(index_dir)),
    )
    decks = {"example deck": EXAMPLE / "strategy.pptx"}
    decks.update({f"{n}-goal deck": goal_deck(work / f"goals-{n}.pptx", n) for n in goals})
    results: dict[str, dict[str, Any]] = {}
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
                ) -> tuple[float, Any, Any]:
                    server.reset()
                    server.latency = delay
                    options: dict[str, Any] = {
                        "engine": "llm",
                        "model": "bench-model",
                        "base_url": server.url,
                        "cache_dir": str(work / f"cache-{deck.stem}-{name}-{tag}"),
                        "index_dir": str(index_dir),
                        "llm_backoff_base": 0.01,
                    }
                    if concurrency is not None:  # unset: the CLI's default, whatever it is
                        options["max_concurrency"] = concurrency
                    config = PlanConfig(**{k: v for k, v in options.items() if k in fields})
                    out = work / f"llm-{deck.stem}-{name}-{tag}"
                    t = time.perf_counter()
                    result = plan(deck, context=org, out=out, config=config)
                    return time.perf_counter() - t, result, config

                if not results:  # the llm engine's own imports load on its first run: not timed
                    run(0.0, "warm")
                local, _, _ = run(0.0, "local")  # the same plan with instant answers: local work
                wall, result, config = run(latency, "timed")
                chain = _critical_calls(server)
                calls = chain * latency
                visions = len(result.plan.visions) if result.plan else 0
                sized = config.parallel() if hasattr(config, "parallel") else config.max_concurrency
                target = "(target <= 1.3)" if concurrency is None else "(sequential, for reference)"
                print(
                    f"llm  {label:<13} max_concurrency={name:<7} (= {sized}) calls={server.chat_calls:<3} "
                    f"visions={visions:<2} at once={getattr(server, 'max_in_flight', '?'):<2} "
                    f"wall={wall:6.2f}s  critical path={calls + local:5.2f}s ({chain} dependent calls "
                    f"x {latency}s + {local:.2f}s local work)  ratio={wall / (calls + local):5.2f} "
                    f"{target}  [wall / calls alone: {wall / calls:4.2f}]",
                    flush=True,
                )
                results[f"{label} @ {name}"] = {
                    "wall": wall,
                    "critical": calls + local,
                    "visions": visions,
                    "calls": server.chat_calls,
                }
    return results


def llm_in(checkout: Path, latency: float, goals: list[int]) -> dict[str, dict[str, Any]]:
    """Run the LLM part with ``checkout``'s code and interpreter (its .venv if it has one)."""
    python = checkout / ".venv" / "bin" / "python"
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(
            [
                str(python if python.exists() else sys.executable),
                __file__,
                "--llm-child",
                str(checkout),
                "--latency",
                str(latency),
                "--goals",
                ",".join(map(str, goals)),
                "--json",
                out.name,
            ],
            cwd=checkout,
            env={**os.environ, "PYTHONPATH": str(checkout)},
            check=True,
        )
        return json.loads(Path(out.name).read_text())


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
    parser.add_argument("--goals", default="5,10,20", help="goal decks: visions per deck")
    parser.add_argument("--baseline", type=Path, help="another checkout to compare against")
    parser.add_argument("--skip-rules", action="store_true", help="only the LLM part")
    parser.add_argument("--llm-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    goals = [int(n) for n in args.goals.split(",") if n.strip()]
    if args.llm_child:  # a child: the checkout's code first on the path
        sys.path.insert(0, str(args.llm_child.resolve()))
        with tempfile.TemporaryDirectory() as tmp:
            results = bench_llm(args.latency, goals, Path(tmp))
        args.json.write_text(json.dumps(results))
        return
    checkouts = {"current": ROOT}
    if args.baseline:
        checkouts["baseline"] = args.baseline.resolve()
    results = {}
    for name, checkout in checkouts.items():
        print(f"== {name}: {checkout}", flush=True)
        results[name] = llm_in(checkout, args.latency, goals)
    if args.baseline:
        for label, now in results["current"].items():
            before = results["baseline"].get(label)
            if before:
                print(
                    f"llm  {label:<23} wall current / baseline = {now['wall'] / before['wall']:5.2f}  "
                    f"wall / critical path: current {now['wall'] / now['critical']:4.2f}, "
                    f"baseline {before['wall'] / before['critical']:4.2f}"
                )
    if not args.skip_rules:
        with tempfile.TemporaryDirectory() as tmp:
            bench_rules(Path(tmp))


if __name__ == "__main__":
    main()
