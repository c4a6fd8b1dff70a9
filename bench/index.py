"""Org-context indexing bench: first index, unchanged re-index, one changed file, queries;
in process and as the real command, optionally against a baseline checkout in the same run.

Builds a synthetic org folder in a temp dir: the Northwind example replicated N times
(default 20 copies of 7 files) into region folders, with the text varied per copy (region
names, numbers, an extra paragraph, bullet order) so chunks are not duplicates. Prints:

- in process (this checkout): first index (parse + extract + chunk + embed + write, on an
  empty index), unchanged re-index in a new process and in this one, one changed file, and
  query latency over ~50 queries (median, p95);
- the real command, as a user runs it (interpreter start and imports included, wall and CPU
  of the child): ``groundwork context index`` on an empty index, again unchanged, and
  ``groundwork context search`` (median of --cli-queries runs);
- with ``--baseline DIR`` (another checkout with its own .venv, e.g. ``git worktree add
  --detach /tmp/base <commit>``) the same first index in a child process of each checkout
  (--repeat rounds, the checkouts alternating; wall and CPU, children included, each round's
  ratio and the medians) and the same commands of each, interleaved, and the ratios
  current / baseline (target for the first index at 1k files, ``--copies 143``: <= 0.5).

Usage: python bench/index.py [--copies 20] [--queries 50] [--repeat 3] [--chroma-url URL]
                             [--baseline DIR] [--cli-queries 5]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent.context import ContextIndex, WordLlamaEmbeddingFunction  # noqa: E402

EXAMPLE = ROOT / "examples" / "northwind-health" / "org"
REGIONS = [
    "North",
    "South",
    "East",
    "West",
    "Central",
    "Coastal",
    "Valley",
    "Lakes",
    "Metro",
    "Hills",
]
EXTRA = [
    "The regional team reviews this document every quarter with the program office.",
    "Local clinics report exceptions to the regional operations lead by the fifth working day.",
    "This region pilots changes before they roll out system-wide.",
    "Staffing in this region follows the seasonal demand model agreed in the annual plan.",
    "Questions about this page go to the regional digital coordinator.",
]
QUERIES = [
    "Who owns the CDP?",
    "identity resolution across MyChart web and contact center",
    "consent management platform",
    "no-show rate baseline",
    "Which tool sends email and SMS?",
    "who decides which visit types are open online",
    "executive sponsor of the program",
    "holdout group experimentation tooling",
    "Snowflake nightly batch latency",
    "contact center call abandonment target",
    "Marketing Technology Lead",
    "Director of Patient Access",
    "patient_xref match rate",
    "Kyruus ProviderMatch booking widget",
    "Genesys Cloud IVR",
    "cost per acquisition definition",
    "12-month return rate",
    "Privacy Officer approval for patient data",
    "vanity metrics",
    "Amwell virtual urgent care evening completion",
]

FIRST_INDEX = """
import resource, sys, time
from agent.context import ContextIndex, WordLlamaEmbeddingFunction
WordLlamaEmbeddingFunction()(["load the model"])  # model load excluded, as in this process
def cpu():
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
began, cpu0 = time.perf_counter(), cpu()
summary = ContextIndex(sys.argv[1], index_dir=sys.argv[2], collection="bench-first").sync()
print(time.perf_counter() - began, cpu() - cpu0, summary.chunks)
"""

FRESH_PROCESS = """
import sys, time
from agent.context import ContextIndex
org, index_dir, url = sys.argv[1], sys.argv[2], sys.argv[3] or None
began = time.perf_counter()
summary = ContextIndex(org, index_dir=index_dir, chroma_url=url, collection="bench-first-0").sync()
assert summary.embedded_chunks == 0, summary
print(time.perf_counter() - began)
"""


def vary(text: str, copy: int, rng: random.Random) -> str:
    region = f"{REGIONS[copy % len(REGIONS)]} {copy // len(REGIONS) + 1}"
    text = text.replace("Northwind Health", f"Northwind Health {region}")
    text = re.sub(
        r"\b(\d{2,3})%", lambda m: f"{max(1, int(m.group(1)) + rng.randint(-3, 3))}%", text
    )
    lines = text.splitlines()
    # shuffle runs of top-level bullets so chunk boundaries differ between copies
    out: list[str] = []
    run: list[str] = []
    for line in lines + [""]:
        if line.startswith("- ") and "|" not in line:
            run.append(line)
            continue
        if run:
            rng.shuffle(run)
            out.extend(run)
            run = []
        out.append(line)
    body = "\n".join(out[:-1])
    if not body.endswith("\n"):
        body += "\n"
    return body + "\n" + " ".join(rng.sample(EXTRA, 2)) + f" Region: {region}.\n"


def build_org(target: Path, copies: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    files = 0
    for copy in range(copies):
        folder = target / f"region-{copy:02d}"
        for source in sorted(EXAMPLE.rglob("*")):
            if not source.is_file():
                continue
            dest = folder / source.relative_to(EXAMPLE)
            dest.parent.mkdir(parents=True, exist_ok=True)
            if source.suffix == ".csv":
                shutil.copyfile(source, dest)  # rosters stay identical: same roles everywhere
            else:
                dest.write_text(
                    vary(source.read_text(encoding="utf-8"), copy, rng), encoding="utf-8"
                )
            files += 1
    return files


def python_of(repo: Path) -> str:
    venv = repo / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def cli_of(repo: Path) -> list[str]:
    """The checkout's ``groundwork`` command (its console script, or the same entry point)."""
    script = repo / ".venv" / "bin" / "groundwork"
    if script.exists():
        return [str(script)]
    return [python_of(repo), "-c", "from agent.cli import main; main()"]


def child(repo: Path, args: list[str]) -> tuple[float, float, str]:
    """Run a command of ``repo``; its wall and CPU seconds (user + system) and stdout."""
    import os
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    proc = subprocess.run(
        args, capture_output=True, text=True, cwd=repo, env={**os.environ, "PYTHONPATH": str(repo)}
    )
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args[:4])} failed in {repo}:\n{proc.stderr[-1500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.stdout


def compare(
    org: Path, work: Path, repos: dict[str, Path], cli_queries: int, repeat: int = 1
) -> None:
    """First index in a child process (``repeat`` times, the checkouts interleaved; the
    median and each round's ratio), then the real commands, each checkout in turn."""
    import os

    results: dict[str, dict[str, tuple[float, float]]] = {name: {} for name in repos}
    firsts: dict[str, list[tuple[float, float]]] = {name: [] for name in repos}
    for run in range(repeat):
        for name, repo in repos.items():
            index_dir = work / f"inproc-{name}-{run}"
            _, _, out = child(repo, [python_of(repo), "-c", FIRST_INDEX, str(org), str(index_dir)])
            wall, cpu = (float(x) for x in out.split()[:2])
            firsts[name].append((wall, cpu))
            shutil.rmtree(index_dir, ignore_errors=True)
        if len(repos) > 1:
            (bw, bc), (cw, cc) = (firsts[n][-1] for n in repos)
            print(
                f"  first index, round {run + 1}: baseline {bw:.2f} s (CPU {bc:.2f}), current "
                f"{cw:.2f} s (CPU {cc:.2f}): wall {cw / bw:.2f}, CPU {cc / bc:.2f}; "
                f"load {os.getloadavg()[0]:.2f}",
                flush=True,
            )
    for name in repos:
        results[name][f"first index, in process (median of {repeat})"] = (
            statistics.median(w for w, _ in firsts[name]),
            statistics.median(c for _, c in firsts[name]),
        )
    for name, repo in repos.items():
        gw = cli_of(repo)
        index_dir = str(work / f"cli-{name}")
        results[name]["first index, command"] = child(
            repo, [*gw, "context", "index", str(org), "--index-dir", index_dir]
        )[:2]
        results[name]["unchanged index, command"] = child(
            repo, [*gw, "context", "index", str(org), "--index-dir", index_dir]
        )[:2]
    for name, repo in repos.items():
        gw = cli_of(repo)
        index_dir = str(work / f"cli-{name}")
        child(
            repo,
            [*gw, "context", "search", str(org), QUERIES[0], "--index-dir", index_dir, "--json"],
        )
        runs = [
            child(
                repo,
                [
                    *gw,
                    "context",
                    "search",
                    str(org),
                    QUERIES[i % len(QUERIES)],
                    "--index-dir",
                    index_dir,
                    "--json",
                ],
            )[:2]
            for i in range(1, cli_queries + 1)
        ]
        results[name]["search, command (median)"] = (
            statistics.median(r[0] for r in runs),
            statistics.median(r[1] for r in runs),
        )
    names = list(repos)
    print()
    print("the real command and the first index per checkout (seconds, wall / CPU):")
    print(
        f"  {'':40} "
        + " ".join(f"{n:>17}" for n in names)
        + ("   current/baseline" if len(names) > 1 else "")
    )
    for measure in results[names[0]]:
        cells = [results[n][measure] for n in names]
        line = f"  {measure:40} " + " ".join(
            f"{w:8.2f}/{c:8.2f}" if c == c else f"{w:8.2f}/{'-':>8}" for w, c in cells
        )
        if len(names) > 1:
            (bw, bc), (cw, cc) = cells[0], cells[-1]
            line += f"   wall {cw / bw:5.2f}" + (f"  cpu {cc / bc:5.2f}" if bc == bc else "")
        print(line)
    if len(names) > 1:
        print(
            "  targets: first index at 1k files (--copies 143) current/baseline <= 0.5; "
            "search command median < 1 s at 5k files (--copies 715)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--chroma-url", default=None)
    parser.add_argument("--repeat", type=int, default=3, help="first-index runs (median reported)")
    parser.add_argument("--baseline", type=Path, help="another checkout to compare against")
    parser.add_argument("--cli-queries", type=int, default=5, help="search commands timed")
    parser.add_argument("--skip-in-process", action="store_true", help="only the comparison")
    args = parser.parse_args()
    if args.baseline and not (args.baseline / "agent").is_dir():
        raise SystemExit(f"--baseline {args.baseline}: not a groundwork checkout")

    with tempfile.TemporaryDirectory(prefix="gw-bench-index-") as tmp:
        org = Path(tmp) / "org"
        files = build_org(org, args.copies)
        repos = {"current": ROOT}
        if args.baseline:
            repos = {"baseline": args.baseline.resolve(), "current": ROOT}
        print(f"org: {files} files ({args.copies} copies of the example)")
        if not args.skip_in_process:
            in_process(org, files, Path(tmp), args)
        if not args.chroma_url:
            compare(org, Path(tmp) / "compare", repos, args.cli_queries, args.repeat)


def in_process(org: Path, files: int, tmp: Path, args: argparse.Namespace) -> None:
    index_dir = tmp / "index"
    began = time.perf_counter()
    WordLlamaEmbeddingFunction()(["load the model"])  # the first call loads the weights
    model_load = time.perf_counter() - began

    firsts = []
    for run in range(args.repeat):  # a fresh, empty index each time
        began = time.perf_counter()
        first = ContextIndex(
            org,
            index_dir=index_dir / f"run{run}",
            chroma_url=args.chroma_url,
            collection=f"bench-first-{run}",
        ).sync()
        firsts.append(time.perf_counter() - began)
    first_s = statistics.median(firsts)
    agains = []
    for _ in range(args.repeat + 2):
        began = time.perf_counter()
        index = ContextIndex(
            org,
            index_dir=index_dir / "run0",
            chroma_url=args.chroma_url,
            collection="bench-first-0",
        )
        again = index.sync()
        agains.append(time.perf_counter() - began)
        assert again.embedded_chunks == 0, again
    again_s = statistics.median(agains)
    # what a second `groundwork context index` pays: a new process, cold client (imports excluded)
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            FRESH_PROCESS,
            str(org),
            str(index_dir / "run0"),
            args.chroma_url or "",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    again_cold = float(child.stdout.strip().splitlines()[-1])

    victim = org / "region-03" / "systems.md"
    victim.write_text(
        victim.read_text(encoding="utf-8") + "\n- **Optimizely**: A/B tests\n", encoding="utf-8"
    )
    began = time.perf_counter()
    changed = index.sync()
    changed_s = time.perf_counter() - began

    queries = [
        QUERIES[i % len(QUERIES)] + ("" if i < len(QUERIES) else f" region {i}")
        for i in range(args.queries)
    ]
    began = time.perf_counter()
    index.search(queries[0], k=6)
    first_query = time.perf_counter() - began
    latencies = []
    for query in queries:
        began = time.perf_counter()
        index.search(query, k=6)
        latencies.append((time.perf_counter() - began) * 1000)
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(round(0.95 * len(latencies))) - 1)]

    where = args.chroma_url or "embedded PersistentClient"
    print(
        f"org-context index bench ({where}): {files} files, {first.chunks} chunks, {args.copies} copies"
    )
    print(f"  wordllama model load (once per process, excluded below): {model_load:.3f}s")
    print(
        f"  baseline  first index:        {first_s:8.3f}s  median of {len(firsts)} "
        f"({first.embedded_chunks} chunks embedded each)"
    )
    print(
        f"  unchanged re-index, new proc: {again_cold:8.3f}s  ratio to baseline "
        f"{again_cold / first_s:.3f} (target <= 0.05), embedded {again.embedded_chunks}"
    )
    print(
        f"  unchanged re-index, in proc:  {again_s:8.3f}s  median of {len(agains)}, ratio to baseline "
        f"{again_s / first_s:.3f}"
    )
    print(
        f"  one file changed:             {changed_s:8.3f}s  ratio to baseline {changed_s / first_s:.3f}  "
        f"embedded {changed.embedded_chunks}"
    )
    print(f"  first query (loads BM25 over {first.chunks} chunks): {first_query * 1000:.1f} ms")
    print(
        f"  query latency over {len(latencies)} queries: median {statistics.median(latencies):.1f} ms, "
        f"p95 {p95:.1f} ms"
    )


if __name__ == "__main__":
    main()
