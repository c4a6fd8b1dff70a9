"""Extraction bench: groundwork vs markitdown on the shared corpus, in one run.

    .venv/bin/python bench/extract.py [--repeat 3] [--corpus ../shared/corpus]

Files: every file in strategy/, plus the files in decks/ that both tools read (the
deliberately broken ones are the corpus test's business). Prints per file and overall:

- time ratio = groundwork seconds / markitdown seconds (best of --repeat runs each;
  target <= 0.5);
- recall = share of markitdown's words found in groundwork's text, as a multiset
  (target >= 0.99). Both texts get the same normalisation: NFKC, lowercase, letter-spaced
  runs closed up, numbers compared by value ("120.0" == "120"), and markitdown's own
  scaffolding removed first (slide-number comments, "### Notes:", "### Chart", image
  file names, table rules). For PDFs a second figure, "recall before h/f removal",
  counts the running headers/footers and page numbers that groundwork drops on purpose.
  Arabic/Hebrew words also match reversed (pdfminer emits them in visual order).

markitdown comes with the bench extra: pip install -e '.[bench]'.
"""

from __future__ import annotations

import argparse
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


def best_time(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    try:
        from markitdown import MarkItDown
    except ImportError:
        print("markitdown is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    import logging
    import warnings

    logging.disable(logging.WARNING)  # pdfminer is chatty on broken files
    warnings.simplefilter("ignore")
    md = MarkItDown()
    files = sorted(p for p in (args.corpus / "strategy").iterdir() if p.name != "SOURCES.md")
    files += sorted(p for p in (args.corpus / "decks").iterdir() if p.name != "SOURCES.md")
    # warm both up so import and first-call costs are not timed
    md.convert(str(files[0]))
    extract(files[0])

    rows = []
    totals = {"gw": 0.0, "md": 0.0, "found": 0, "ref": 0, "found_raw": 0}
    for path in files:
        try:
            gw_time, deck = best_time(lambda p=path: extract(p), args.repeat)  # type: ignore[misc]
        except InputError:
            continue
        try:
            md_time, result = best_time(lambda p=path: md.convert(str(p)), args.repeat)  # type: ignore[misc]
        except Exception:
            continue
        reference = tokens(strip_scaffold(result.text_content))  # type: ignore[attr-defined]
        ours = tokens(deck.text())  # type: ignore[attr-defined]
        found, total = recall(reference, ours, squash(deck.text()))  # type: ignore[attr-defined]
        found_raw = found
        if deck.kind == "pdf":  # type: ignore[attr-defined]
            data = path.read_bytes()
            raw = extract_pdf(data, Source(str(path), path.name, ""), remove_repeated=False)
            found_raw, _ = recall(reference, tokens(raw.text()), squash(raw.text()))
        rows.append((path.name, gw_time, md_time, found, found_raw, total))
        totals["gw"] += gw_time
        totals["md"] += md_time
        totals["found"] += found
        totals["found_raw"] += found_raw
        totals["ref"] += total

    print(f"{'file':58} {'gw s':>7} {'md s':>7} {'ratio':>6} {'recall':>7} {'pre-h/f':>7} words")
    for name, gw_time, md_time, found, found_raw, total in rows:
        ratio = gw_time / md_time if md_time else float("nan")
        rec = found / total if total else 1.0
        rec_raw = found_raw / total if total else 1.0
        print(
            f"{name[:58]:58} {gw_time:7.3f} {md_time:7.3f} {ratio:6.2f} {rec:7.3f} {rec_raw:7.3f} {total}"
        )
    ratio = totals["gw"] / totals["md"]
    overall = totals["found"] / totals["ref"]
    overall_raw = totals["found_raw"] / totals["ref"]
    print()
    print(f"files: {len(rows)}   groundwork {totals['gw']:.2f} s   markitdown {totals['md']:.2f} s")
    print(f"time ratio (groundwork/markitdown): {ratio:.2f}   target <= {TARGET_RATIO}")
    print(f"recall of markitdown's words:       {overall:.4f}   target >= {TARGET_RECALL}")
    print(f"recall before header/footer removal: {overall_raw:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
