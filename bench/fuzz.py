"""Fuzz the command line with mutated decks and org documents (not a test: a campaign).

Each mutation takes a seed file (the corpus decks and strategy decks, the bundled org
documents, and a few generated .xlsx/.yaml/.docx ones), applies one or more of:

- truncation, byte flips, a run of random bytes;
- ZIP member edits (truncate, flip, drop, duplicate a member, swap in an XML entity bomb,
  a huge text run or deep nesting) for PPTX/DOCX/XLSX;
- XML entity expansion ("billion laughs") and YAML alias expansion;
- huge runs of text (megabytes of one paragraph, one CSV cell, one slide's text);

then runs the CLI (``agent.cli.main``) on it under the per-run budget
(``--time-limit``/``--memory-limit``):
``groundwork extract`` for a deck (``plan`` for every tenth), ``groundwork context roles``
for an org document (``context index`` for every tenth). The harness kills a command that
outlives the budget by ``--grace`` seconds: that is a hang. By default each command runs in
a process forked from this one after the CLI's imports (``--mode fork``: the same entry
point, without paying interpreter start-up 1,000 times); ``--mode exec`` starts
``python -m agent.cli`` for each.

Each outcome is one of: ok (exit 0), one-line error (exit 2, a single ``error:`` line),
budget kill (exit 4), internal error (one line, but a bug), traceback, hang, other.
Inputs that gave a traceback, internal error, hang or other are kept under ``--keep``.

Usage: python bench/fuzz.py --count 1000 --seed 1 [--jobs 2] [--time-limit 60]
       [--memory-limit 1G] [--keep fuzz-failures] [--corpus /work/shared/corpus] [--mode exec]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's code, not whatever else is installed
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
EXAMPLE_ORG = ROOT / "examples" / "northwind-health" / "org"
ROSTER = "role,team,tier\nVP Digital Experience,Digital Experience,core\n"

ENTITY_BOMB = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>\n"
)


@dataclass
class Seed:
    path: Path
    role: str  # "deck" | "org"


@dataclass
class Outcome:
    index: int
    seed: str
    mutation: str
    command: str
    kind: str
    seconds: float
    detail: str = ""


# -- seeds ------------------------------------------------------------------------------------


def generated_seeds(folder: Path) -> list[Path]:
    """Org documents of the formats the corpus lacks: .xlsx, .yaml, .docx, .json."""
    import docx
    from openpyxl import Workbook

    folder.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    for row in [
        ["role", "team", "tier", "notes"],
        ["VP Digital Experience", "Digital", "core", "owns booking, search"],
        ["Privacy Officer", "Compliance", "extended", ""],
    ]:
        book.active.append(row)
    book.save(folder / "roster.xlsx")
    (folder / "team.yaml").write_text(
        "roles:\n  - {role: Data Engineering Lead, team: Data, tier: core}\n"
        "  - {role: Associate General Counsel, tier: extended}\n"
        "systems: &s\n  crm: Salesforce\n  cdp: Segment\nagain: *s\n",
        encoding="utf-8",
    )
    (folder / "systems.json").write_text(
        json.dumps({"systems": [{"system": "Braze", "category": "email", "owner": "CMO"}]}),
        encoding="utf-8",
    )
    document = docx.Document()
    document.add_heading("Core team", 1)
    document.add_paragraph("UX Lead: research and design", style="List Bullet")
    document.add_heading("Extended team", 1)
    document.add_paragraph("HR Partner: training", style="List Bullet")
    document.save(folder / "people.docx")
    return sorted(folder.iterdir())


def collect_seeds(corpus: Path, generated: Path) -> list[Seed]:
    if not corpus.is_dir():
        raise SystemExit(f"fuzz: corpus folder {corpus} not found (pass --corpus)")
    decks = [
        p
        for folder in ("decks", "strategy")
        for p in sorted((corpus / folder).glob("*"))
        if p.is_file() and p.suffix.lower() in {".pptx", ".pdf", ".ppt", ".odp", ".potx", ".ppsx"}
    ]
    if not decks:
        raise SystemExit(f"fuzz: no decks under {corpus}/decks or {corpus}/strategy")
    org = [p for p in sorted(EXAMPLE_ORG.rglob("*")) if p.is_file()]
    org += generated_seeds(generated)
    return [Seed(p, "deck") for p in decks] + [Seed(p, "org") for p in org]


# -- mutations --------------------------------------------------------------------------------


def _flip(data: bytes, rng: random.Random, count: int) -> bytes:
    buf = bytearray(data)
    for _ in range(count):
        if buf:
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    return bytes(buf)


def _huge_text(rng: random.Random) -> str:
    words = ["Increase", "booking", "conversion", "every", "patient", "2027", "no", "CDP", "is"]
    size = rng.choice([200_000, 1_000_000, 3_000_000])
    unit = " ".join(rng.choices(words, k=50)) + " "
    return (unit * (size // len(unit) + 1))[:size]


def _zip_edit(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
        infos = src.infolist()
    except Exception:
        return _flip(data, rng, 8), "zip-unreadable-flip"
    if not infos:
        return data, "zip-empty"
    target = rng.choice([i for i in infos if i.filename.endswith(".xml")] or infos)
    how = rng.choice(["truncate", "flip", "drop", "duplicate", "entities", "huge", "nest"])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in infos:
            try:
                body = src.read(info.filename)
            except Exception:
                body = b""
            if info.filename == target.filename:
                if how == "drop":
                    continue
                if how == "truncate":
                    body = body[: rng.randrange(len(body) + 1)]
                elif how == "flip":
                    body = _flip(body, rng, rng.randint(1, 32))
                elif how == "duplicate":
                    dst.writestr(info.filename, body)
                elif how == "entities":
                    text = body.decode("utf-8", "replace")
                    text = text.split("?>", 1)[-1]
                    body = (ENTITY_BOMB + text.replace("<a:t>", "<a:t>&lol9;", 1)).encode()
                elif how == "huge":
                    text = body.decode("utf-8", "replace")
                    huge = _huge_text(rng)
                    for tag in ("<a:t>", "<w:t>", "<t>", '<t xml:space="preserve">'):
                        if tag in text:
                            text = text.replace(tag, tag + huge, 1)
                            break
                    body = text.encode()
                elif how == "nest":
                    depth = rng.choice([1_000, 100_000])
                    body = body.replace(b"</", b"<x>" * depth + b"</x>" * depth + b"</", 1)
            dst.writestr(info.filename, body)
    return out.getvalue(), f"zip-{how}:{target.filename}"


def mutate(seed: Seed, data: bytes, rng: random.Random) -> tuple[bytes, str, str]:
    """(bytes, description, file name) for one mutation of ``seed``."""
    name = seed.path.name
    suffix = seed.path.suffix.lower()
    is_zip = data[:4] == b"PK\x03\x04"
    choices = ["truncate", "flip", "flip-many", "random-run"]
    if is_zip:
        choices += ["zip", "zip", "zip"]
    if suffix in {".yaml", ".yml"}:
        choices += ["alias-bomb", "alias-bomb", "deep-yaml"]
    if suffix in {".md", ".txt", ".csv", ".yaml", ".json"}:
        choices += ["huge-text", "huge-text"]
    if suffix in {".md", ".txt"}:
        choices += ["entities"]
    how = rng.choice(choices)
    if how == "truncate":
        return data[: rng.randrange(len(data) + 1)], how, name
    if how == "flip":
        return _flip(data, rng, rng.randint(1, 16)), how, name
    if how == "flip-many":
        return _flip(data, rng, max(1, len(data) // 100)), how, name
    if how == "random-run":
        at = rng.randrange(len(data) + 1)
        run = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4096)))
        return data[:at] + run + data[at:], how, name
    if how == "zip":
        mutated, what = _zip_edit(data, rng)
        return mutated, what, name
    if how == "alias-bomb":
        levels = rng.randint(6, 12)
        lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
        lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
        lines.append(f"roles: *a{levels - 1}")
        return ("\n".join(lines) + "\n").encode(), f"{how}-{levels}", name
    if how == "deep-yaml":
        depth = rng.choice([100, 1_000, 50_000])
        return ("[" * depth + "]" * depth).encode(), f"{how}-{depth}", name
    if how == "entities":
        return (ENTITY_BOMB + "<r>&lol9;</r>\n").encode() + data, how, name
    huge = _huge_text(rng).encode()
    if suffix == ".csv":
        return data + b'\nVP Huge,"' + huge + b'",core\n', how, name
    at = rng.randrange(len(data) + 1)
    return data[:at] + huge + data[at:], how, name


# -- running ----------------------------------------------------------------------------------


def classify(code: int | None, stderr: str, hung: bool) -> tuple[str, str]:
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    if hung:
        return "hang", ""
    if "Traceback (most recent call last)" in stderr:
        return "traceback", stderr.strip().splitlines()[-1][:200]
    if code == 0:
        return "ok", ""
    if code == 4:
        return "budget kill", errors[0][:200] if errors else ""
    if errors and "internal error" in errors[0]:
        return "internal error", errors[0][:200]
    if code == 2 and len(errors) == 1:
        return "one-line error", errors[0][:200]
    return "other", f"exit {code}: {stderr.strip()[-200:]}"


def prepare(index: int, seed: Seed, args: argparse.Namespace, work: Path) -> Case:
    """The mutated input on disk and the command to run on it."""
    rng = random.Random(args.seed * 1_000_003 + index)
    data = seed.path.read_bytes()
    mutated, how, name = data, "", seed.path.name
    for step in range(rng.choice([1, 1, 1, 2])):
        mutated, what, name = mutate(seed, mutated, rng)
        how = f"{how}+{what}" if step else what
    case = work / f"case-{index}"
    case.mkdir()
    if seed.role == "deck":
        target = case / name
        target.write_bytes(mutated)
        if index % 10 == 0:
            command = [
                "plan",
                str(target),
                "--context",
                str(EXAMPLE_ORG),
                "--out",
                str(case / "out"),
            ]
            command.append("--non-interactive")
        else:
            command = ["extract", str(target), "--format", "json"]
    else:
        org = case / "org"
        org.mkdir()
        (org / "roster-base.csv").write_text(ROSTER, encoding="utf-8")
        (org / name).write_bytes(mutated)
        if index % 10 == 0:
            command = ["context", "index", str(org), "--index-dir", str(case / "index")]
        else:
            command = ["context", "roles", str(org), "--json"]
    return Case(index, seed.path.name, how, name, mutated, case, command)


@dataclass
class Case:
    index: int
    seed: str
    mutation: str
    name: str
    data: bytes
    folder: Path
    command: list[str]


def _env(args: argparse.Namespace) -> dict[str, str]:
    env = {
        **os.environ,
        "GROUNDWORK_TIME_LIMIT": str(args.time_limit),
        "GROUNDWORK_MEMORY_LIMIT": args.memory_limit,
        "COLUMNS": "80",
        "NO_COLOR": "1",
    }
    env.pop("OPENAI_BASE_URL", None)
    env.pop("OPENAI_API_KEY", None)
    return env


def start_exec(case: Case, args: argparse.Namespace) -> tuple[int, Path]:
    err = case.folder / "stderr.txt"
    with err.open("wb") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "agent.cli", *case.command],
            stdout=subprocess.DEVNULL,
            stderr=fh,
            stdin=subprocess.DEVNULL,
            cwd=ROOT,
            env=_env(args),
            start_new_session=True,
        )
    return proc.pid, err


def start_fork(case: Case, args: argparse.Namespace) -> tuple[int, Path]:
    """Fork, and run the CLI's entry point in the child with its own stdout/stderr."""
    err = case.folder / "stderr.txt"
    pid = os.fork()
    if pid:
        return pid, err
    code = 70
    try:
        os.setsid()  # the harness kills the whole group on a hang (the run's own child too)
        devnull = os.open(os.devnull, os.O_RDWR)
        out = os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(devnull, 0)
        os.dup2(devnull, 1)
        os.dup2(out, 2)
        os.environ.clear()
        os.environ.update(_env(args))
        os.chdir(ROOT)
        from agent.cli import main

        sys.argv = ["groundwork", *case.command]
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        sys.stderr.flush()
        os._exit(code)


def finish(case: Case, code: int | None, hung: bool, seconds: float, keep: Path | None) -> Outcome:
    err = case.folder / "stderr.txt"
    stderr = err.read_text(encoding="utf-8", errors="replace") if err.exists() else ""
    kind, detail = classify(code, stderr, hung)
    outcome = Outcome(
        case.index, case.seed, case.mutation, case.command[0], kind, round(seconds, 2), detail
    )
    if keep is not None and kind in {"traceback", "internal error", "hang", "other"}:
        keep.mkdir(parents=True, exist_ok=True)
        (keep / f"{case.index}-{case.name}").write_bytes(case.data)
        (keep / f"{case.index}.txt").write_text(
            f"{json.dumps(outcome.__dict__)}\n{' '.join(case.command)}\n\n{stderr}",
            encoding="utf-8",
        )
    shutil.rmtree(case.folder, ignore_errors=True)
    return outcome


def campaign(
    plan: list[tuple[int, Seed]], args: argparse.Namespace, work: Path
) -> Iterator[Outcome]:
    """Run the cases, ``args.jobs`` at a time, from this (single-threaded) process."""
    start = start_fork if args.mode == "fork" else start_exec
    if args.mode == "fork":
        import agent.cli  # noqa: F401  (imported once; every forked command shares it)
        import agent.context  # noqa: F401
        import agent.graph  # noqa: F401
        import extractors.docx  # noqa: F401
        import extractors.pdf  # noqa: F401
        import extractors.pptx  # noqa: F401
    pending = list(plan)
    running: dict[int, tuple[Case, float]] = {}
    limit = args.time_limit + args.grace
    while pending or running:
        while pending and len(running) < max(1, args.jobs):
            index, seed = pending.pop(0)
            case = prepare(index, seed, args, work)
            pid, _ = start(case, args)
            running[pid] = (case, time.monotonic())
        time.sleep(0.02)
        for pid, (case, began) in list(running.items()):
            done, status = os.waitpid(pid, os.WNOHANG)
            elapsed = time.monotonic() - began
            if done:
                del running[pid]
                yield finish(case, os.waitstatus_to_exitcode(status), False, elapsed, args.keep)
            elif elapsed > limit:
                with contextlib.suppress(OSError):
                    os.killpg(pid, 9)
                os.waitpid(pid, 0)
                del running[pid]
                yield finish(case, None, True, elapsed, args.keep)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--time-limit", type=float, default=60, help="per-run budget, seconds")
    parser.add_argument("--memory-limit", default="1G", help="per-run budget, e.g. 1G")
    parser.add_argument("--grace", type=float, default=60, help="seconds past the budget = hang")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--keep", type=Path, default=ROOT / "fuzz-failures")
    parser.add_argument("--log", type=Path, default=None, help="one JSON line per mutation")
    parser.add_argument("--mode", choices=["fork", "exec"], default="fork")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="groundwork-fuzz-"))
    seeds = collect_seeds(args.corpus, work / "generated")
    picker = random.Random(args.seed)
    decks = [s for s in seeds if s.role == "deck"]
    org = [s for s in seeds if s.role == "org"]
    # Half decks, half org documents, whatever the corpus's proportions.
    plan = [(i, picker.choice(decks if picker.random() < 0.5 else org)) for i in range(args.count)]
    counts: Counter[str] = Counter()
    log = args.log.open("w", encoding="utf-8") if args.log else None
    began = time.monotonic()
    try:
        for done, outcome in enumerate(campaign(plan, args, work), 1):
            counts[outcome.kind] += 1
            if log:
                log.write(json.dumps(outcome.__dict__) + "\n")
                log.flush()
            if outcome.kind in {"traceback", "internal error", "hang", "other"}:
                print(
                    f"  #{outcome.index} {outcome.kind}: {outcome.command} {outcome.seed} "
                    f"({outcome.mutation}) {outcome.detail}",
                    flush=True,
                )
            if done % 50 == 0:
                print(f"{done}/{args.count} {dict(counts)}", flush=True)
    finally:
        if log:
            log.close()
        shutil.rmtree(work, ignore_errors=True)
    minutes = (time.monotonic() - began) / 60
    print(
        f"\nfuzz: {args.count} mutations (seed {args.seed}, {len(seeds)} seed files, "
        f"budget {args.time_limit:g} s / {args.memory_limit}) in {minutes:.1f} min"
    )
    for kind in (
        "ok",
        "one-line error",
        "budget kill",
        "internal error",
        "traceback",
        "hang",
        "other",
    ):
        print(f"  {kind:15} {counts.get(kind, 0)}")


if __name__ == "__main__":
    main()
