"""Extraction bench: groundwork vs markitdown vs a raw text walk, in one run, two ways.

    .venv/bin/python bench/extract.py [--repeat 3] [--corpus ../shared/corpus] [--baseline DIR]

Files: every file in the corpus's strategy/ and decks/ folders. A file either tool cannot
read is listed with the reason, not dropped silently; a missing or empty corpus is an error.

1. In process, interleaved, imports excluded: each module is imported and warmed first;
   then for every file and every repeat, groundwork's ``extract()``, markitdown's
   ``convert()`` and the floor run one after the other (best of --repeat each). The floor
   is the raw text walk a reader cannot go below: python-pptx's text frames, table cells and
   notes, or pypdf's ``extract_text()`` per page.
2. The whole command as a user runs it, CLI vs CLI: ``groundwork extract FILE --format
   markdown`` vs ``markitdown FILE`` vs ``python floor.py FILE`` (the same walk as a script),
   interleaved, best of --repeat, wall and CPU (children's user+system; on a busy machine CPU
   is the steadier figure). With ``--baseline DIR`` another checkout's ``groundwork`` (its
   own .venv) runs too.

Both print per-format ratios: groundwork / markitdown (target <= 0.5 for the whole command)
and groundwork / floor (target <= 1.5 in process). Variant 1 also prints recall: the share of
markitdown's words found in groundwork's text, as a multiset (target >= 0.99), both texts
normalised alike (NFKC, lowercase, letter-spaced runs closed up, numbers by value,
markitdown's scaffolding removed: slide comments, "### Notes:", chart headers, image names,
table rules); for PDFs also before the running headers/footers groundwork drops on purpose.

markitdown comes with the bench extra: pip install -e '.[bench]'.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from agent.errors import InputError  # noqa: E402
from extractors import Source, extract  # noqa: E402
from extractors.pdf import extract_pdf, fix_letter_spacing  # noqa: E402

TARGET_RATIO = 0.5
TARGET_FLOOR = 1.5
TARGET_RECALL = 0.99
SCAFFOLD = [
    re.compile(r"<!--.*?-->", re.S),
    re.compile(r"^#{1,6} ?(?:Notes:|Chart:?)", re.M),
    re.compile(r"\[unsupported chart\]"),
    re.compile(r"\(cid:\d+\)"),  # pdfminer's placeholder for a glyph without a Unicode mapping
    re.compile(r"^\|?[\s|:-]*-{3,}[\s|:-]*$", re.M),
]
IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
CHART_HEADER = re.compile(r"^\| Category \|", re.M)
TOKEN = re.compile(r"\d+(?:\.\d+)?|[^\W\d_]+")
RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def strip_scaffold(markdown: str) -> str:
    text = markdown
    for pattern in SCAFFOLD:
        text = pattern.sub(" ", text)
    text = IMAGE.sub(lambda m: m.group(1), text)
    return CHART_HEADER.sub("| ", text)


def tokens(text: str) -> Counter[str]:
    text = unicodedata.normalize("NFKC", text)
    text = "\n".join(fix_letter_spacing(line) for line in text.split("\n")).lower()
    out: Counter[str] = Counter()
    for token in TOKEN.findall(text):
        if token[0].isdigit():
            value = float(token)
            token = str(int(value)) if value.is_integer() else repr(value)
        out[token] += 1
    return out


def recall(reference: Counter[str], ours: Counter[str], squashed: str) -> tuple[int, int]:
    """Multiset word recall. A reference word our words do not cover still counts when its
    letters occur in our text with the spaces removed: pdfminer glues words together
    ("domainquestionanswering") and splits them at line-end hyphens ("effi", "ciently")."""
    found = 0
    for token, n in reference.items():
        if RTL.search(token) and ours[token] < n:
            token_in_ours = token[::-1]  # pdfminer emits Arabic/Hebrew in visual order
            exact = min(n, ours[token] + ours[token_in_ours])
            found += exact
            if exact < n:
                found += min(n - exact, squashed.count(token_in_ours))
            continue
        exact = min(n, ours[token])
        found += exact
        if exact < n:
            found += min(n - exact, squashed.count(token))
    return found, sum(reference.values())


def squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "\n".join(fix_letter_spacing(line) for line in text.split("\n")).lower()
    return "".join(TOKEN.findall(text))


FLOOR = r"""
import sys
from pathlib import Path


def walk(path):
    if path.suffix.lower() in (".pptx", ".ppsx", ".pptm"):
        from pptx import Presentation

        out = []
        for slide in Presentation(str(path)).slides:
            for shape in slide.shapes:
                if shape.has_text_frame:
                    out.append(shape.text_frame.text)
                if getattr(shape, "has_table", False) and shape.has_table:
                    out.extend(c.text for row in shape.table.rows for c in row.cells)
            if slide.has_notes_slide:
                out.append(slide.notes_slide.notes_text_frame.text)
        return "\n".join(out)
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


if __name__ == "__main__":
    sys.stdout.write(walk(Path(sys.argv[1])))
"""


def floor_walk() -> Callable[[Path], str]:
    namespace: dict[str, object] = {}
    exec(compile(FLOOR, "floor.py", "exec"), namespace)  # the same walk the CLI variant runs
    return namespace["walk"]  # type: ignore[return-value]


def corpus_files(corpus: Path) -> list[Path]:
    folders = [corpus / "strategy", corpus / "decks"]
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        raise SystemExit(f"corpus not found: {', '.join(missing)} (pass --corpus DIR)")
    files = sorted(
        p for f in folders for p in f.iterdir() if p.is_file() and p.suffix.lower() != ".md"
    )
    if not files:
        raise SystemExit(f"corpus {corpus} has no files")
    return files


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def fmt(path: Path) -> str:
    return path.suffix.lower().lstrip(".")


def in_process(files: list[Path], repeat: int) -> list[str]:
    """Variant 1; returns the files a tool failed on, with reasons."""
    import logging
    import warnings

    from markitdown import MarkItDown

    logging.disable(logging.WARNING)  # pdfminer is chatty on broken files
    warnings.simplefilter("ignore")
    md = MarkItDown()
    walk = floor_walk()
    # imports and first calls are not timed
    for path in files[:2]:
        for fn in (
            lambda p=path: extract(p),
            lambda p=path: md.convert(str(p)),
            lambda p=path: walk(p),
        ):
            with contextlib.suppress(Exception):
                fn()
    tools: dict[str, Callable[[Path], object]] = {
        "groundwork": lambda p: extract(p),
        "markitdown": lambda p: md.convert(str(p)),
        "floor": walk,
    }
    failures: list[str] = []
    rows = []
    for path in files:
        best = dict.fromkeys(tools, float("inf"))
        results: dict[str, object] = {}
        failed: dict[str, str] = {}
        for _ in range(repeat):
            for name, tool in tools.items():  # interleaved: load drifts hit all three alike
                if name in failed:
                    continue
                try:
                    seconds, results[name] = timed(lambda t=tool, p=path: t(p))  # type: ignore[misc]
                except Exception as exc:
                    reason = exc.reason if isinstance(exc, InputError) else type(exc).__name__
                    failed[name] = str(reason)[:80]
                    continue
                best[name] = min(best[name], seconds)
        for name, reason in failed.items():
            failures.append(f"{path.name}: {name} fails ({reason})")
        if "groundwork" in failed or "markitdown" in failed:
            continue
        deck = results["groundwork"]
        reference = tokens(strip_scaffold(results["markitdown"].text_content))  # type: ignore[attr-defined]
        found, total = recall(reference, tokens(deck.text()), squash(deck.text()))  # type: ignore[attr-defined]
        found_raw = found
        if deck.kind == "pdf":  # type: ignore[attr-defined]
            raw = extract_pdf(
                path.read_bytes(), Source(str(path), path.name, ""), remove_repeated=False
            )
            found_raw, _ = recall(reference, tokens(raw.text()), squash(raw.text()))
        rows.append((path, best, found, found_raw, total))

    print("1. in process, interleaved, imports excluded (best of", repeat, "each)")
    print(
        f"{'file':52} {'gw s':>7} {'md s':>7} {'floor s':>7} {'gw/md':>6} {'gw/fl':>6} {'recall':>7} {'pre-h/f':>7}"
    )
    for path, best, found, found_raw, total in rows:
        floor = best["floor"]
        print(
            f"{path.name[:52]:52} {best['groundwork']:7.3f} {best['markitdown']:7.3f} "
            f"{floor if floor < float('inf') else float('nan'):7.3f} "
            f"{best['groundwork'] / best['markitdown']:6.2f} "
            f"{best['groundwork'] / floor if floor < float('inf') else float('nan'):6.2f} "
            f"{found / total if total else 1.0:7.3f} {found_raw / total if total else 1.0:7.3f}"
        )
    print()
    for kind in sorted({fmt(p) for p, *_ in rows}):
        mine = [r for r in rows if fmt(r[0]) == kind]
        gw = sum(r[1]["groundwork"] for r in mine)
        md_s = sum(r[1]["markitdown"] for r in mine)
        with_floor = [r for r in mine if r[1]["floor"] < float("inf")]
        gw_f = sum(r[1]["groundwork"] for r in with_floor)
        fl = sum(r[1]["floor"] for r in with_floor)
        found = sum(r[2] for r in mine)
        total = sum(r[4] for r in mine)
        print(
            f"  {kind:5} {len(mine):2} files: groundwork/markitdown {gw / md_s:5.2f}   "
            f"groundwork/floor {gw_f / fl if fl else float('nan'):5.2f} (target <= {TARGET_FLOOR}, "
            f"{len(with_floor)} files)   recall {found / total if total else 1.0:.4f} "
            f"(target >= {TARGET_RECALL})"
        )
    print()
    return failures


def whole_command(files: list[Path], repeat: int, baseline: Path | None) -> list[str]:
    """Variant 2; returns the files a command failed on."""
    import resource
    import subprocess
    import tempfile

    bin_dir = Path(sys.executable).parent
    markitdown = bin_dir / "markitdown"
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(FLOOR)
        floor_script = fh.name
    commands = {
        "groundwork": [str(bin_dir / "groundwork"), "extract", "{}", "--format", "markdown"],
        "markitdown": [str(markitdown), "{}"],
        "floor": [sys.executable, floor_script, "{}"],
    }
    if baseline is not None:
        commands["baseline"] = [
            str(baseline / ".venv" / "bin" / "groundwork"),
            "extract",
            "{}",
            "--format",
            "markdown",
        ]

    def run(cmd: list[str], path: Path) -> tuple[float, float, int]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(
            [str(path) if a == "{}" else a for a in cmd], capture_output=True, cwd=REPO
        )
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu, proc.returncode

    failures: list[str] = []
    rows = []
    for path in files:
        best = {n: (float("inf"), float("inf")) for n in commands}
        failed: set[str] = set()
        for _ in range(repeat):
            for name, cmd in commands.items():
                if name in failed:
                    continue
                wall, cpu, code = run(cmd, path)
                if code != 0:
                    failed.add(name)
                    failures.append(f"{path.name}: {name} command exits {code}")
                    continue
                best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
        if not failed & {"groundwork", "markitdown", "floor"}:
            rows.append((path, best))
    os.unlink(floor_script)
    names = list(commands)
    print("2. whole command, CLI vs CLI, start-up included (best of", repeat, "each)")
    print(f"{'file':52} " + " ".join(f"{n[:10] + ' s':>13}" for n in names) + "   (wall / cpu)")
    for path, best in rows:
        print(
            f"{path.name[:52]:52} "
            + " ".join(f"{best[n][0]:6.2f}/{best[n][1]:5.2f}" for n in names)
        )
    print()
    for kind in sorted({fmt(p) for p, _ in rows}):
        mine = [b for p, b in rows if fmt(p) == kind]
        tot = {n: (sum(b[n][0] for b in mine), sum(b[n][1] for b in mine)) for n in names}
        line = (
            f"  {kind:5} {len(mine):2} files: groundwork/markitdown wall {tot['groundwork'][0] / tot['markitdown'][0]:5.2f} "
            f"cpu {tot['groundwork'][1] / tot['markitdown'][1]:5.2f} (target <= {TARGET_RATIO})   "
            f"groundwork/floor wall {tot['groundwork'][0] / tot['floor'][0]:5.2f} "
            f"cpu {tot['groundwork'][1] / tot['floor'][1]:5.2f}"
        )
        if "baseline" in tot and tot["baseline"][0] < float("inf"):
            line += (
                f"   groundwork/baseline wall {tot['groundwork'][0] / tot['baseline'][0]:5.2f} "
                f"cpu {tot['groundwork'][1] / tot['baseline'][1]:5.2f}"
            )
        print(line)
    print()
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="another checkout whose CLI runs too")
    parser.add_argument("--variant", choices=["both", "in-process", "command"], default="both")
    args = parser.parse_args(argv)
    try:
        import markitdown  # noqa: F401
    except ImportError:
        print("markitdown is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    files = corpus_files(args.corpus)
    failures: list[str] = []
    if args.variant in ("both", "in-process"):
        failures += in_process(files, args.repeat)
    if args.variant in ("both", "command"):
        failures += whole_command(files, args.repeat, args.baseline)
    print(f"files either tool fails on ({len(failures)}):")
    for line in failures:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
