"""Web service bench: concurrency, server memory over many runs, upload latency.

Starts ``groundwork serve`` (rules engine, the example org, loopback only) in a temp runs
folder and drives it over HTTP like a client would. Prints, in one run:

- one run alone (median of ``--alone`` runs after a warm-up) vs ``--concurrent`` runs
  submitted at once: the ratio of their wall times (issue 17 target: 10 runs <= 6x one);
- server RSS over ``--runs`` runs submitted in waves: the server process's RSS after the
  warm-up and after the last wave (issue 16 target: flat, within 10%), and the peak RSS of
  the whole process tree (workers included);
- the upload request's latency for a big PDF (``--pages`` pages): the time until the API
  answers, not until the plan is done.

Usage: python bench/web.py [--runs 100] [--concurrent 10] [--rounds 1] [--pages 5000]
                           [--root DIR] [--baseline DIR]
``--root`` runs another checkout's code with this machine's .venv; ``--baseline DIR`` starts
a second server from another checkout (with its own .venv) and takes turns with it in the
concurrency rounds, so both ratios come from the same run on the same load.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "northwind-health"
SETTLED = {"done", "failed", "paused", "cancelled"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree(pid: int) -> list[int]:
    """pid and all its descendants (from /proc, no psutil needed)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def python_of(root: Path) -> str:
    """The checkout's own venv (its dependencies), else this one."""
    venv = root / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


class Server:
    def __init__(self, root: Path, runs_dir: Path, workers: int, python: str | None = None) -> None:
        self.port = free_port()
        self.workers = workers
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONPATH": str(root)}
        env.pop("GROUNDWORK_TOKEN", None)
        for key in ("OPENAI_BASE_URL", "OPENAI_API_KEY"):
            env.pop(key, None)
        command = [
            python or sys.executable,
            "-m",
            "agent.cli",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--runs-dir",
            str(runs_dir),
            "--org",
            str(root / "examples" / "northwind-health" / "org"),
            "--workers",
            str(workers),
        ]
        runs_dir.parent.mkdir(parents=True, exist_ok=True)
        self.log = (runs_dir.parent / "server.log").open("wb")
        self.proc = subprocess.Popen(
            command, cwd=root, env=env, stdout=self.log, stderr=subprocess.STDOUT
        )
        self.client = httpx.Client(base_url=self.url, timeout=600)
        deadline = time.monotonic() + 60
        while True:
            try:
                self.client.get("/api/orgs").raise_for_status()
                break
            except httpx.HTTPError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("the server did not start; see server.log") from None
                time.sleep(0.2)
        self.org = self.client.get("/api/orgs").json()["orgs"][0]["name"]
        self.peak_tree_kb = 0

    def submit(self, deck: Path, name: str | None = None) -> str:
        response = self.client.post(
            "/api/runs",
            files={"deck": (name or deck.name, deck.read_bytes())},
            data={"org": self.org, "engine": "rules", "interactive": "false"},
        )
        response.raise_for_status()
        return str(response.json()["id"])

    def wait(self, ids: list[str], timeout: float = 1800) -> None:
        """Until every run is done: one request for all of them every 0.1 s (the runs list, as
        the web page reads it), the process tree's memory every second. Asking for each run
        on every pass (as this did before) cost the server and this process about half a
        core with 10 runs going, on a machine whose two cores the runs are measured on."""
        pending = set(ids)
        deadline = time.monotonic() + timeout
        sampled = 0.0
        while pending:
            for run in self.client.get("/api/runs").json()["runs"]:
                if run["id"] in pending and run["status"] in SETTLED:
                    if run["status"] != "done":
                        raise SystemExit(f"run {run['id']} ended {run['status']}")
                    pending.discard(run["id"])
            if time.monotonic() - sampled >= 1.0:
                self.sample()
                sampled = time.monotonic()
            if time.monotonic() > deadline:
                raise SystemExit(f"{len(pending)} run(s) still going after {timeout:.0f}s")
            time.sleep(0.1)

    def sample(self) -> None:
        total = sum(rss_kb(pid) for pid in tree(self.proc.pid))
        self.peak_tree_kb = max(self.peak_tree_kb, total)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def timed_runs(server: Server, deck: Path, count: int) -> float:
    began = time.perf_counter()
    ids = [server.submit(deck) for _ in range(count)]
    server.wait(ids)
    return time.perf_counter() - began


def big_pdf(path: Path, pages: int) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for n in range(pages):
        pdf.add_page()
        pdf.cell(text=f"Page {n + 1}: regional operations review, item {n % 97}.")
    pdf.output(str(path))


def concurrency(
    servers: dict[str, tuple[Server, Path]], rounds: int, alone_runs: int, concurrent: int
) -> None:
    """One run alone (median of ``alone_runs``) then ``concurrent`` at once, per server, the
    servers taking turns, ``rounds`` times: a load change on this shared machine falls on
    every server alike. Prints each round's ratio and the medians."""
    ratios: dict[str, list[float]] = {name: [] for name in servers}
    for n in range(rounds):
        for name, (server, deck) in servers.items():
            load = os.getloadavg()[0]
            one = statistics.median(timed_runs(server, deck, 1) for _ in range(alone_runs))
            many = timed_runs(server, deck, concurrent)
            ratios[name].append(many / one)
            print(
                f"  round {n + 1}, {name}: one run alone {one:.2f}s (median of {alone_runs}); "
                f"{concurrent} at once {many:.2f}s; ratio {many / one:.2f}x; "
                f"load {load:.2f} -> {os.getloadavg()[0]:.2f}",
                flush=True,
            )
    ideal = concurrent / min(next(iter(servers.values()))[0].workers, os.cpu_count() or 1)
    line = "; ".join(f"{name} {statistics.median(r):.2f}x" for name, r in ratios.items())
    print(
        f"{concurrent} runs at once / one run alone, median of {rounds} round(s): {line} "
        f"(target <= 6, ideal ~{ideal:.1f}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout whose code to run")
    parser.add_argument(
        "--baseline", type=Path, help="another checkout (its own .venv), interleaved"
    )
    parser.add_argument("--runs", type=int, default=100, help="runs for the memory measure")
    parser.add_argument("--concurrent", type=int, default=10)
    parser.add_argument("--alone", type=int, default=3, help="single runs timed (median)")
    parser.add_argument("--rounds", type=int, default=1, help="concurrency rounds (median)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pages", type=int, default=5000, help="pages of the big PDF")
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=["concurrency", "memory", "upload"]
    )
    args = parser.parse_args()
    root = args.root.resolve()
    deck = root / "examples" / "northwind-health" / "strategy.pptx"

    with tempfile.TemporaryDirectory(prefix="gw-web-bench-") as tmp:
        runs_dir = Path(tmp) / "runs"
        server = Server(root, runs_dir, args.workers)
        print(f"server: {root} on {server.url}, {args.workers} workers, {os.cpu_count()} cores")
        servers = {"current": (server, deck)}
        if args.baseline:
            base = args.baseline.resolve()
            other = Server(base, Path(tmp) / "baseline" / "runs", args.workers, python_of(base))
            print(f"baseline: {base} on {other.url}")
            servers = {
                "baseline": (other, base / "examples" / "northwind-health" / "strategy.pptx"),
                **servers,
            }
        try:
            for each, each_deck in servers.values():
                timed_runs(each, each_deck, 1)  # warm-up: imports, wordllama, first index
            if "concurrency" not in args.skip:
                concurrency(servers, args.rounds, args.alone, args.concurrent)
            if args.baseline:
                servers["baseline"][0].stop()
            if "memory" not in args.skip:
                rounds = 0 if "concurrency" in args.skip else args.rounds
                done = 1 + rounds * (args.alone + args.concurrent)
                start_kb = rss_kb(server.proc.pid)
                print(f"server RSS after {done} runs: {start_kb / 1024:.0f} MB")
                wave = max(1, args.concurrent)
                while done < args.runs:
                    count = min(wave, args.runs - done)
                    timed_runs(server, deck, count)
                    done += count
                    if done % 20 == 0 or done >= args.runs:
                        print(f"  after {done} runs: {rss_kb(server.proc.pid) / 1024:.0f} MB")
                end_kb = rss_kb(server.proc.pid)
                print(
                    f"server RSS over {done} runs: {start_kb / 1024:.0f} -> {end_kb / 1024:.0f} MB "
                    f"({(end_kb - start_kb) / max(start_kb, 1):+.0%}); "
                    f"peak of the process tree {server.peak_tree_kb / 1024:.0f} MB"
                )
            if "upload" not in args.skip:
                pdf = Path(tmp) / "big.pdf"
                made = time.perf_counter()
                big_pdf(pdf, args.pages)
                print(
                    f"big PDF: {args.pages} pages, {pdf.stat().st_size / 1e6:.1f} MB "
                    f"(built in {time.perf_counter() - made:.1f}s)"
                )
                latencies = []
                for _ in range(2):
                    began = time.perf_counter()
                    server.submit(pdf, "big.pdf")
                    latencies.append(time.perf_counter() - began)
                print(
                    "upload request latency: "
                    + ", ".join(f"{t:.2f}s" for t in latencies)
                    + f" (median {statistics.median(latencies):.2f}s)"
                )
        finally:
            for each, _ in servers.values():
                each.stop()


if __name__ == "__main__":
    main()
