"""CLI startup bench: what the command line costs on top of the work it was asked to do, in one run.

    .venv/bin/python bench/startup.py [--repeat 7] [--root CHECKOUT]

Each command runs in a fresh process, the runs interleaved so a load spike on this shared
machine hits every command alike; the best run of each counts. The ratios use CPU seconds
(user + system of the child process), which another process's load barely moves; wall
seconds are printed beside them. Two ratios:

- ``groundwork --help`` / (``python -c pass`` plus typer's own import): target <= 3
  (the baseline is ``python -c "import typer"``: the interpreter and typer, nothing of ours);
- ``groundwork extract`` on a one-slide deck / importing the extraction libraries and
  extracting the same deck (``extractors.extract`` + ``to_markdown``): target <= 1.5.

The CLI runs as ``python -m agent.cli`` from ``--root`` (default: this checkout), so the
same script measures another checkout's CLI too (a before/after pair). Exits 1 when a
ratio misses its target.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_HELP = 3.0
TARGET_EXTRACT = 1.5

LIBRARY_EXTRACT = (
    "import sys\n"
    "from extractors import extract, to_markdown\n"
    "sys.stdout.write(to_markdown(extract(sys.argv[1])))\n"
)


def small_deck(folder: Path) -> Path:
    """One slide, a title and three bullets: the extraction is cheap, the startup is not."""
    from pptx import Presentation

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Grow repeat purchases"
    body = slide.placeholders[1].text_frame
    body.text = "Raise 90-day repeat rate from 18% to 25% by Q4 2026"
    for line in ("Owner: Head of CRM", "Pilot in two regions first"):
        body.add_paragraph().text = line
    path = folder / "small.pptx"
    deck.save(str(path))
    return path


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def best_times(
    commands: dict[str, list[str]], repeat: int, root: Path
) -> dict[str, tuple[float, float]]:
    """Best (CPU seconds, wall seconds) of each command over ``repeat`` interleaved runs."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, argv in commands.items():
            cpu, start = child_cpu(), time.perf_counter()
            done = subprocess.run(argv, cwd=root, env=env, capture_output=True, check=False)
            times[name].append((child_cpu() - cpu, time.perf_counter() - start))
            if done.returncode != 0:
                raise SystemExit(
                    f"{name} failed ({done.returncode}): {done.stderr.decode()[-400:]}"
                )
    return {
        name: (min(c for c, _ in values), min(w for _, w in values))
        for name, values in times.items()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="runs per command (best counts)")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="checkout whose CLI to measure (default: this one)"
    )
    args = parser.parse_args()
    root = args.root.resolve()
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        deck = str(small_deck(Path(tmp)))
        commands = {
            "python -c pass": [python, "-c", "pass"],
            "python -c 'import typer'": [python, "-c", "import typer"],
            "groundwork --help": [python, "-m", "agent.cli", "--help"],
            "library extract": [python, "-c", LIBRARY_EXTRACT, deck],
            "groundwork extract": [python, "-m", "agent.cli", "extract", deck],
        }
        best = best_times(commands, args.repeat, root)
    load = os.getloadavg()
    print(f"checkout {root}; best of {args.repeat}; load average {load[0]:.2f} {load[1]:.2f}")
    print(f"  {'command':<28} {'cpu ms':>8} {'wall ms':>8}")
    for name, (cpu, wall) in best.items():
        print(f"  {name:<28} {cpu * 1000:8.0f} {wall * 1000:8.0f}")
    help_ratio = best["groundwork --help"][0] / best["python -c 'import typer'"][0]
    extract_ratio = best["groundwork extract"][0] / best["library extract"][0]
    ok = help_ratio <= TARGET_HELP and extract_ratio <= TARGET_EXTRACT
    print(
        f"help ratio    {help_ratio:5.2f}  (groundwork --help / python + typer import; target <= {TARGET_HELP})"
    )
    print(
        f"extract ratio {extract_ratio:5.2f}  (groundwork extract / library import + extract; target <= {TARGET_EXTRACT})"
    )
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
