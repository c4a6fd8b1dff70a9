"""Org-context indexing bench: first index vs unchanged re-index, one changed file, query latency.

Builds a synthetic org folder in a temp dir: the Northwind example replicated N times
(default 20) into region folders, with the text varied per copy (region names, numbers,
an extra paragraph, bullet order) so chunks are not duplicates. Prints:

- first index (baseline): parse + extract + chunk + embed + write, on an empty index
- unchanged re-index: in a new process (what a second ``groundwork context index`` pays,
  interpreter start and imports excluded) and in this process (median), and their ratio
  to the baseline (target <= 0.05)
- one changed file: re-embeds only that file
- query latency over ~50 queries: median and p95 (after the first, which loads BM25)

Usage: python bench/index.py [--copies 20] [--queries 50] [--repeat 3] [--chroma-url URL]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--chroma-url", default=None)
    parser.add_argument("--repeat", type=int, default=3, help="first-index runs (median reported)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="gw-bench-index-") as tmp:
        org = Path(tmp) / "org"
        files = build_org(org, args.copies)
        index_dir = Path(tmp) / "index"

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
