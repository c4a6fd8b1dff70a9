"""Rules-plan scaling: CPU, peak RSS and checkpoint size on realistic decks of growing size.

    .venv/bin/python bench/plan_scale.py [--slides 30,300,1000,3000] [--baseline DIR]

The decks are generated (python-pptx, seeded) as a strategy deck grows in real life: one
block of slides per program (section, market context, ambition, KPI table, quarterly
roadmap, first 90 days, risks, a scenario), each program with its own business unit,
segment, channel, region, metrics, numbers and dates. Visions are distinct and their
number grows with the deck; no slide is a copy of another.

Each size is planned with the rules engine in its own process, imports and the org index
excluded (both are warmed before the clock starts; they do not grow with the deck).
Printed per size: plan CPU seconds (user + system, the run's budget child included), wall,
peak RSS (the larger of the process and its child), the checkpoint
database's size and the run's whole ``.groundwork/run`` folder. Then the fitted growth
exponent of plan CPU over slides (least squares on log-log, 300 slides and up; target
<= 1.1). With ``--baseline DIR`` (another checkout with its own .venv, e.g. a ``git
worktree`` of the commit before a change) every size is planned by both, interleaved,
and the ratios current / baseline are printed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORG = ROOT / "examples" / "northwind-health" / "org"
TARGET_EXPONENT = 1.1

CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
deck, org, out, index_dir = sys.argv[1:5]
# Imports and the org index do not grow with the deck: paid before the clock starts.
import agent.graph, agent.context, agent.render, chromadb, extractors  # noqa: F401
from agent import PlanConfig, plan
config = PlanConfig(engine="rules", index_dir=index_dir)
def cpu():  # this process and the run's budget child, if plan() runs one
    return sum(r.ru_utime + r.ru_stime for r in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))
c0, w0 = cpu(), time.perf_counter()
result = plan(deck, context=org, out=out, config=config)
c1, w1 = cpu(), time.perf_counter()
run = Path(out) / ".groundwork" / "run"
def size(p):
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) if p.is_dir() else (p.stat().st_size if p.exists() else 0)
ckpt = sum(size(run / n) for n in ("checkpoints.sqlite", "checkpoints.sqlite-wal"))
print(json.dumps({
    "cpu": c1 - c0, "wall": w1 - w0,
    "maxrss_mb": max(resource.getrusage(w).ru_maxrss for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024,
    "checkpoint_mb": ckpt / 1e6, "run_dir_mb": size(run) / 1e6,
    "visions": len(result.plan.visions), "tasks": len(result.plan.tasks),
    "plan_sha": __import__("hashlib").sha256((Path(out) / "plan.json").read_bytes()).hexdigest()[:12],
}))
"""

# --------------------------------------------------------------------------- the decks

UNITS = [
    "primary care",
    "orthopedics",
    "women's health",
    "cardiology",
    "pharmacy",
    "behavioral health",
    "pediatrics",
    "urgent care",
    "imaging",
    "oncology",
    "dermatology",
    "home health",
    "lab services",
    "sports medicine",
    "dental",
    "vision care",
]
SEGMENTS = [
    "new patients",
    "returning patients",
    "parents of young children",
    "adults over 65",
    "commuters",
    "rural families",
    "students",
    "shift workers",
    "caregivers",
    "employers",
    "uninsured adults",
    "Spanish-speaking families",
    "chronic care members",
    "first-time mothers",
]
CHANNELS = [
    "mobile app",
    "web booking",
    "SMS",
    "email",
    "contact center",
    "patient portal",
    "kiosk",
    "video visit",
    "chat",
    "paid search",
    "referral network",
]
METRICS = [
    ("online booking conversion", "%", 8, 30),
    ("no-show rate", "%", 6, 20),
    ("12-month return rate", "%", 30, 70),
    ("net promoter score", "", 10, 60),
    ("cost per acquisition", "$", 90, 300),
    ("call abandonment", "%", 4, 15),
    ("same-day appointment share", "%", 10, 45),
    ("digital check-in rate", "%", 15, 70),
    ("referral completion", "%", 40, 85),
    ("time to third available appointment", " days", 5, 40),
    ("portal activation", "%", 20, 75),
    ("claim denial rate", "%", 3, 14),
    ("average wait", " minutes", 8, 45),
    ("first contact resolution", "%", 50, 90),
    ("prescription refill on time", "%", 55, 95),
    ("employee engagement", "%", 45, 85),
]
VERBS_UP = ["Increase", "Raise", "Grow", "Lift", "Improve", "Double"]
VERBS_DOWN = ["Reduce", "Cut", "Lower", "Halve", "Shrink"]
LEADS = [
    "VP Digital Experience",
    "Director of Patient Access",
    "Marketing Technology Lead",
    "Director of Analytics",
    "Contact Center Manager",
    "Privacy Officer",
    "Telehealth Program Manager",
    "Chief Marketing Officer",
]
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
    "Highlands",
    "Riverside",
    "Prairie",
]
ACTIONS = [
    "Launch {channel} reminders for {segment} in {unit}",
    "Redesign the {channel} journey for {segment}",
    "Publish real wait times for {unit} on the {channel}",
    "Pilot self-scheduling for {unit} in the {region} region",
    "Connect {channel} sign-ups to the patient record for {segment}",
    "Train {unit} front-desk staff on the new {channel} hand-off",
    "Agree consent wording for {channel} messages with the Privacy Officer",
    "Set up a holdout test for {unit} {channel} campaigns",
]
RISKS = [
    "Consent for {channel} messages is not yet recorded for {segment}",
    "{unit} schedules are managed in spreadsheets in the {region} region",
    "No owner for {channel} content in {unit}",
    "Identity resolution across {channel} and the portal is undecided",
]
STATS = [
    "{a}% of {segment} in the {region} region used {channel} last year",
    "Only {b}% of {unit} appointments are booked through {channel}",
    "{unit} demand grew {c}% in 18 months while staffing stayed flat",
    "Competitors in the {region} region now offer {channel} for {unit}",
]


def _program(rng: random.Random, p: int) -> dict[str, object]:
    unit = UNITS[p % len(UNITS)]
    segment = SEGMENTS[(p * 5 + p // len(UNITS)) % len(SEGMENTS)]
    channel = CHANNELS[(p * 7 + p // 3) % len(CHANNELS)]
    region = f"{REGIONS[p % len(REGIONS)]} {p // len(REGIONS) + 1}"
    year = 2027 + p % 4
    metrics = rng.sample(METRICS, 4)
    return {
        "p": p,
        "unit": unit,
        "segment": segment,
        "channel": channel,
        "region": region,
        "year": year,
        "metrics": metrics,
        "lead": LEADS[p % len(LEADS)],
        "name": f"{unit.title()} {channel} for {segment}",
    }


def _goal(rng: random.Random, prog: dict[str, object], metric: tuple[str, str, int, int]) -> str:
    name, unit_sym, lo, hi = metric
    base = rng.randint(lo, hi)
    down = name in {
        "no-show rate",
        "cost per acquisition",
        "call abandonment",
        "claim denial rate",
        "average wait",
        "time to third available appointment",
    }
    target = (
        max(1, int(base * rng.uniform(0.55, 0.85))) if down else int(base * rng.uniform(1.15, 1.6))
    )
    verb = rng.choice(VERBS_DOWN if down else VERBS_UP)

    def fmt(v: int) -> str:
        return f"${v}" if unit_sym == "$" else f"{v}{unit_sym}"

    when = rng.choice(
        [
            f"by Q{rng.randint(1, 4)} {prog['year']}",
            f"by December {prog['year']}",
            "within 12 months",
        ]
    )
    return (
        f"{verb} {name} for {prog['segment']} in {prog['unit']} ({prog['region']} region) "
        f"from {fmt(base)} to {fmt(target)} {when}"
    )


def make_deck(path: Path, slides: int, seed: int = 11) -> None:
    """A strategy deck of exactly ``slides`` slides, one program block after another."""
    from pptx import Presentation

    rng = random.Random(seed)
    prs = Presentation()
    TITLE, CONTENT, SECTION = 0, 1, 2

    def add(layout: int, title: str, bullets: list[tuple[int, str]], notes: str = "") -> None:
        slide = prs.slides.add_slide(prs.slide_layouts[layout])
        slide.shapes.title.text = title
        if bullets and len(slide.placeholders) > 1:
            tf = slide.placeholders[1].text_frame
            for i, (level, text) in enumerate(bullets):
                para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
                para.text, para.level = text, level
        if notes:
            slide.notes_slide.notes_text_frame.text = notes

    def table(title: str, rows: list[list[str]], notes: str = "") -> None:
        from pptx.util import Inches

        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = title
        shape = slide.shapes.add_table(
            len(rows), len(rows[0]), Inches(0.5), Inches(1.5), Inches(9), Inches(4)
        )
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                shape.table.cell(r, c).text = cell
        if notes:
            slide.notes_slide.notes_text_frame.text = notes

    add(TITLE, "Digital Front Door Strategy 2027-2030", [(0, "Board Strategy Committee")])
    add(
        CONTENT,
        "Agenda",
        [(0, "Where we are"), (0, "Our ambition by program"), (0, "Roadmap"), (0, "Asks")],
    )
    p = 0
    while len(prs.slides) < slides:
        prog = _program(rng, p)
        fill = {k: prog[k] for k in ("unit", "segment", "channel", "region")}
        goals = [_goal(rng, prog, m) for m in prog["metrics"]]  # type: ignore[attr-defined]
        blocks = [
            lambda prog=prog: add(
                SECTION, f"Program {prog['p'] + 1}: {prog['name']}", [], f"Lead: {prog['lead']}."
            ),
            lambda prog=prog, fill=fill: add(
                CONTENT,
                f"{str(prog['unit']).title()} in the {prog['region']} region today",
                [
                    (
                        0,
                        s.format(
                            a=rng.randint(20, 80),
                            b=rng.randint(5, 40),
                            c=rng.randint(5, 30),
                            **fill,
                        ),
                    )
                    for s in STATS
                ],
                "Sources: regional survey and appointment data. These describe where we are, not targets.",
            ),
            lambda prog=prog, goals=goals: add(
                CONTENT,
                f"What success looks like for {prog['unit']} by {prog['year']}",
                [(0, goals[0]), (1, f"Owner: {prog['lead']}"), (0, goals[1]), (0, goals[2])],
                f"Targets agreed with the {prog['lead']}; baselines are this year's values.",
            ),
            lambda prog=prog, goals=goals: table(
                f"{str(prog['unit']).title()} KPIs",
                [["Metric", "Baseline", "Target", "By"]]
                + [
                    [
                        m[0],
                        f"{rng.randint(m[2], m[3])}{m[1].strip()}",
                        f"{rng.randint(m[2], m[3])}{m[1].strip()}",
                        f"Q{rng.randint(1, 4)} {prog['year']}",
                    ]
                    for m in prog["metrics"]  # type: ignore[attr-defined]
                ],
            ),
            lambda prog=prog, fill=fill: table(
                f"{str(prog['unit']).title()} roadmap by quarter",
                [["Workstream", f"Q1 {prog['year']}", f"Q2 {prog['year']}", f"Q3 {prog['year']}"]]
                + [
                    [
                        f"{prog['channel']} {k}",
                        ACTIONS[(k + prog["p"]) % len(ACTIONS)].format(**fill),
                        ACTIONS[(k + prog["p"] + 3) % len(ACTIONS)].format(**fill),
                        f"Review against the {prog['metrics'][k % 4][0]} target",  # type: ignore[index]
                    ]
                    for k in range(3)
                ],
            ),
            lambda prog=prog, fill=fill: add(
                CONTENT,
                f"First 90 days: {prog['name']}",
                [
                    (
                        0,
                        ACTIONS[(k + prog["p"]) % len(ACTIONS)].format(**fill)
                        + f" (lead: {LEADS[(k + prog['p']) % len(LEADS)]})",
                    )
                    for k in range(4)
                ],
            ),
            lambda prog=prog, fill=fill: add(
                CONTENT,
                f"Risks and dependencies for {prog['unit']}",
                [(0, r.format(**fill)) for r in RISKS],
                "Each risk has an owner in the program office.",
            ),
            lambda prog=prog, goals=goals: add(
                CONTENT,
                f"Scenario: {prog['segment']} reaching {prog['unit']} through {prog['channel']}",
                [
                    (0, f"Who: {prog['segment']} in the {prog['region']} region"),
                    (0, f"Friction: {prog['channel']} does not connect to scheduling"),
                    (0, "Customer impact: high | Business impact: medium"),
                ],
                f"The ambition out loud: {goals[3]}.",
            ),
        ]
        for block in blocks:
            if len(prs.slides) >= slides:
                break
            block()
        p += 1
    prs.save(str(path))


# --------------------------------------------------------------------------- running


def python_of(repo: Path) -> str:
    venv = repo / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def plan_once(repo: Path, deck: Path, out: Path, index_dir: Path) -> dict[str, float]:
    # A fixed hash seed: set iteration order decides float sums in a few places (e.g.
    # rare_overlap), so two processes may break a near-tie differently whatever the code.
    env = {**os.environ, "PYTHONPATH": str(repo), "PYTHONHASHSEED": "0"}
    proc = subprocess.run(
        [python_of(repo), "-c", CHILD, str(deck), str(ORG), str(out), str(index_dir)],
        capture_output=True,
        text=True,
        cwd=repo,
        env=env,
    )
    if proc.returncode != 0:
        raise SystemExit(f"plan failed in {repo} on {deck.name}:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def exponent(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(value) over log(slides)."""
    xs = [math.log(s) for s, _ in points]
    ys = [math.log(max(v, 1e-9)) for _, v in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--slides", default="30,300,1000,3000")
    parser.add_argument("--baseline", type=Path, help="another checkout to compare against")
    parser.add_argument("--work", type=Path, help="keep decks and runs here (default: a temp dir)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.slides.split(",")]
    repos = {"current": ROOT}
    if args.baseline:
        if not (args.baseline / "agent").is_dir():
            print(f"--baseline {args.baseline}: not a groundwork checkout", file=sys.stderr)
            return 2
        repos = {"baseline": args.baseline.resolve(), "current": ROOT}
    with tempfile.TemporaryDirectory(prefix="gw-plan-scale-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        results: dict[str, dict[int, dict[str, float]]] = {name: {} for name in repos}
        for name, repo in repos.items():  # warm each checkout's org index once
            small = work / "deck-warm.pptx"
            if not small.exists():
                make_deck(small, 12)
            plan_once(repo, small, work / f"warm-{name}", work / f"index-{name}")
        print(
            f"{'who':9} {'slides':>6} {'CPU s':>8} {'wall s':>8} {'RSS MB':>7} "
            f"{'ckpt MB':>8} {'run MB':>7} {'visions':>7} {'tasks':>5}  plan"
        )
        for slides in sizes:
            deck = work / f"deck-{slides}.pptx"
            if not deck.exists():
                make_deck(deck, slides)
            for name, repo in repos.items():
                out = work / f"{name}-{slides}"
                r = plan_once(repo, deck, out, work / f"index-{name}")
                results[name][slides] = r
                print(
                    f"{name:9} {slides:6} {r['cpu']:8.2f} {r['wall']:8.2f} {r['maxrss_mb']:7.0f} "
                    f"{r['checkpoint_mb']:8.2f} {r['run_dir_mb']:7.2f} {r['visions']:7} "
                    f"{r['tasks']:5}  {r['plan_sha']}",
                    flush=True,
                )
        print()
        big = [s for s in sizes if s >= 300]
        for name in repos:
            if len(big) >= 2:
                k = exponent([(s, results[name][s]["cpu"]) for s in big])
                verdict = "ok" if k <= TARGET_EXPONENT else "over"
                print(
                    f"{name}: plan CPU growth exponent {min(big)}..{max(big)} slides = {k:.2f} "
                    f"(target <= {TARGET_EXPONENT}: {verdict})"
                )
        if "baseline" in repos:
            print()
            print(f"{'slides':>6} {'CPU ratio':>9} {'RSS ratio':>9} {'ckpt ratio':>10}  same plan")
            for slides in sizes:
                b, c = results["baseline"][slides], results["current"][slides]
                print(
                    f"{slides:6} {c['cpu'] / b['cpu']:9.2f} {c['maxrss_mb'] / b['maxrss_mb']:9.2f} "
                    f"{c['checkpoint_mb'] / max(b['checkpoint_mb'], 1e-9):10.3f}  "
                    f"{'yes' if c['plan_sha'] == b['plan_sha'] else 'NO'}"
                )
            print("ratios: current / baseline (lower is better)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
