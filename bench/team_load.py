"""Team-mode load bench: many runs across two API processes and three workers, one killed.

Starts a throwaway PostgreSQL (Debian's binaries, initdb/pg_ctl on a loopback port), two
``groundwork serve --database-url`` processes and three ``groundwork worker`` processes on one
storage folder (tests/team_cluster.py), then submits ``--runs`` runs at once, alternating
between the two API processes (rules engine, the example deck and org, non-interactive).
When a third of them are done it SIGKILLs one worker (the process alone, as a crash would;
its runs' processes die with it). The other workers take its jobs once its heartbeat is
``--stalled-after`` seconds old and continue them from their Postgres checkpoints.

Then the same runs against one in-process server (``groundwork serve`` without a database,
``--workers`` equal to the team's total job slots). Prints, in one run:

- throughput (runs per minute, first submit to last done) of each, and their ratio;
- p50 / p95 time to plan (a run's record: created to its last update, i.e. done);
- lost and duplicated runs: every submitted run is done exactly once (one ``done`` event in
  the database, one row, no job left in the queue), its plan has no repeated task id and the
  same tasks as every other run (the rules engine is deterministic), and no run id appears
  that was not submitted. Exits 1 when anything was lost or duplicated.

Not a test: real processes on a shared machine, figures vary run to run.

Usage: python bench/team_load.py [--runs 50] [--concurrency 1] [--stalled-after 10]
       [--no-baseline] [--keep DIR]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.team_cluster import (  # noqa: E402  (the repo root first, for `python bench/...`)
    EXAMPLE,
    Cluster,
    PostgresServer,
    Unavailable,
    free_port,
    wait_for,
)

DECK = EXAMPLE / "strategy.pptx"
RUN_WAIT = 1800.0


def submit(base: str, index: int, headers: dict[str, str]) -> tuple[str, float]:
    with httpx.Client(base_url=base, headers=headers, timeout=120) as client:
        response = client.post(
            "/api/runs",
            files={"deck": (f"strategy-{index}.pptx", DECK.read_bytes())},
            data={"engine": "rules", "interactive": "false", "org": "org"},
        )
    response.raise_for_status()
    return str(response.json()["id"]), time.time()


def drive(bases: list[str], runs: int, on_progress: Any = None) -> dict[str, Any]:
    """Submit ``runs`` runs at once across ``bases`` and wait for all to settle."""
    started = time.time()
    with concurrent.futures.ThreadPoolExecutor(min(runs, 16)) as pool:
        futures = [pool.submit(submit, bases[i % len(bases)], i, {}) for i in range(runs)]
        ids = [f.result()[0] for f in futures]
    submitted = time.time()
    with httpx.Client(base_url=bases[0], timeout=60) as client:

        def settled() -> list[dict[str, Any]] | None:
            listed = {r["id"]: r for r in client.get("/api/runs").json()["runs"]}
            mine = [listed[i] for i in ids if i in listed]
            done = [r for r in mine if r["status"] in ("done", "failed")]
            if on_progress is not None:
                on_progress(len([r for r in done if r["status"] == "done"]))
            return mine if len(done) == len(ids) else None

        final = wait_for(settled, f"{runs} runs to settle", RUN_WAIT, 0.5)
        listed_ids = [r["id"] for r in client.get("/api/runs").json()["runs"]]
        plans = {}
        for run in final:
            if run["status"] == "done":
                plans[run["id"]] = client.get(f"/api/runs/{run['id']}/plan.json").json()
    finished = max(r["updated"] for r in final)
    return {
        "ids": ids,
        "final": final,
        "listed": listed_ids,
        "plans": plans,
        "wall": finished - started,
        "submit": submitted - started,
        "times": sorted(r["updated"] - r["created"] for r in final if r["status"] == "done"),
    }


def tasks_of(plan: dict[str, Any]) -> list[tuple[str, str, str]]:
    return sorted((t["title"], t["layer"], t["owner_role"]) for t in plan["tasks"])


def check(result: dict[str, Any], postgres: PostgresServer | None) -> list[str]:
    """What was lost or duplicated (empty when nothing was)."""
    problems = []
    ids, final = result["ids"], result["final"]
    if len(set(ids)) != len(ids):
        problems.append("a run id was handed out twice")
    failed = [f"{r['id']}: {r['error']}" for r in final if r["status"] != "done"]
    problems += [f"not done: {line}" for line in failed]
    extra = set(result["listed"]) - set(ids)
    if extra:
        problems.append(f"{len(extra)} run(s) listed that were never submitted")
    reference = None
    for run_id, plan in result["plans"].items():
        task_ids = [t["id"] for t in plan["tasks"]]
        if len(set(task_ids)) != len(task_ids):
            problems.append(f"{run_id}: a task id twice in its plan")
        reference = reference or tasks_of(plan)
        if tasks_of(plan) != reference:
            problems.append(f"{run_id}: tasks differ from the other runs'")
    if postgres is not None:
        rows = postgres.query(
            "SELECT r.id, count(e.seq) FILTER (WHERE e.event = 'done') "
            "FROM groundwork_runs r LEFT JOIN groundwork_run_events e ON e.run_id = r.id "
            "GROUP BY r.id"
        )
        done_events = dict(rows)
        if sorted(done_events) != sorted(ids):
            problems.append(f"{len(done_events)} run rows in the database for {len(ids)} runs")
        twice = [i for i, n in done_events.items() if n != 1]
        problems += [f"{i}: {n} 'done' events" for i, n in ((i, done_events[i]) for i in twice)]
        left = postgres.query(
            "SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')"
        )[0][0]
        if left:
            problems.append(f"{left} job(s) still in the queue")
    return problems


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def team(args: argparse.Namespace, root: Path) -> tuple[dict[str, Any], list[str], int]:
    postgres = PostgresServer().start()
    cluster = Cluster(
        root / "team",
        postgres.url,
        apis=2,
        workers=3,
        concurrency=args.concurrency,
        stalled_after=args.stalled_after,
    )
    killed: dict[str, Any] = {}
    try:
        cluster.start()
        bases = [cluster.api(1).url, cluster.api(2).url]

        def kill_one(done: int) -> None:
            if killed or done < args.runs // 3:
                return
            victim = cluster.worker(3)
            killed["at"] = done
            killed["pgid"] = cluster.kill(victim)
            print(f"  killed worker3 (SIGKILL) after {done} runs were done", flush=True)

        result = drive(bases, args.runs, kill_one)
        problems = check(result, postgres)
        retried = sum(1 for r in result["final"] if r["attempts"] > 1)
        return result, problems, retried
    finally:
        cluster.stop()
        postgres.close()


def embedded(args: argparse.Namespace, root: Path) -> dict[str, Any]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "GROUNDWORK_"))}
    log = (root / "embedded.log").open("ab")
    process = subprocess.Popen(
        [
            sys.executable, "-m", "agent.cli", "serve", "--port", str(port),
            "--runs-dir", str(root / "embedded"), "--org", str(EXAMPLE / "org"),
            "--workers", str(3 * args.concurrency),
        ],
        stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT, start_new_session=True,
    )  # fmt: skip
    log.close()
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        if process.poll() is not None:
            raise RuntimeError(f"groundwork serve exited with {process.returncode}")
        with contextlib.suppress(httpx.HTTPError):
            return httpx.get(f"{base}/api/runs", timeout=5).status_code == 200
        return False

    try:
        wait_for(up, "the in-process server", 120, 0.2)
        return drive([base], args.runs)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def line(name: str, result: dict[str, Any], runs: int) -> str:
    times = result["times"]
    per_minute = runs / result["wall"] * 60 if result["wall"] else float("nan")
    return (
        f"{name:<34} {result['wall']:7.1f} s  {per_minute:6.1f} runs/min  "
        f"p50 {statistics.median(times) if times else float('nan'):6.1f} s  "
        f"p95 {percentile(times, 95):6.1f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=1, help="job slots per worker")
    parser.add_argument("--stalled-after", type=float, default=10.0)
    parser.add_argument("--no-baseline", action="store_true", help="skip the in-process server")
    parser.add_argument("--keep", type=Path, help="keep the run folders and logs here")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="groundwork-team-bench-", dir=args.keep))
    try:
        print(
            f"team: 2 API processes, 3 workers x {args.concurrency}, {args.runs} runs", flush=True
        )
        try:
            result, problems, retried = team(args, root)
        except Unavailable as exc:
            print(f"cannot run the team bench here: {exc}")
            return 2
        baseline = None if args.no_baseline else embedded(args, root)
        print()
        print(line("team (2 API, 3 workers, 1 killed)", result, args.runs))
        if baseline is not None:
            print(
                line(f"one in-process server ({3 * args.concurrency} slots)", baseline, args.runs)
            )
            ratio = baseline["wall"] / result["wall"]
            print(f"throughput, team / in-process: {ratio:.2f}x")
        done = sum(1 for r in result["final"] if r["status"] == "done")
        print(
            f"team: {done}/{args.runs} done, {retried} continued by another worker after the kill"
        )
        print(f"lost or duplicated: {len(problems)}")
        for problem in problems[:20]:
            print(f"  {problem}")
        return 1 if problems else 0
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
