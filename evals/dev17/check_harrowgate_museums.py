"""Consistency checks of the dev17 case ``harrowgate-museums`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_harrowgate_museums.py``):

    /tmp/rl/bin/python evals/dev17/check_harrowgate_museums.py
    (``--dump`` prints the deck lines the gold was read from; ``--org`` adds the org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev17``) and split "dev17", with
``build_harrowgate_museums.py`` as the builder, "core" the only core tier and "consult only" the
only consult tier. Deck lines are pypdf's lines of each page, as dev13 reads a PDF: the deck
imitates a Keynote export, every line of a text box its own text object, so a line sharing a
baseline with the one drawn before it (a bullet glyph and its text, a drawn table row's cells)
is read as one line, and a two-column slide's right column comes before its left.

What is this case's own:

- the roster, read with the standard library's ``html.parser`` from the saved intranet page
  ``org/people/who-we-are.html``: every role card (``<div class="card">``: the ``<h3>`` is
  the role, the ``<p class="meta">`` holds "Programme involvement: <tier>") and every body row
  of the one ``<table>`` (header Role | Team | Involvement | Remit), in document order; HTML
  entities are resolved (``&amp;`` to "&", ``&rsquo;`` to "’");
- org sentences also take the text of every HTML file (script and style dropped): each
  heading, paragraph, list item, table row (its cells joined by spaces), nav link and footer
  line is a part;
- checks of the roster page's form (a full document with head, style, script, nav,
  breadcrumbs, footer with "Page last updated" and a cookie notice; cards with a meta line and
  a list; one table; entities in the raw file; 15 to 22 unique roles in three tiers);
- checks of the deck's form: 17 pages of 1920 x 1080 pt, Creator "Keynote", no slide numbers,
  the kicker ("NN  LABEL") as the first line above the title on every content page, bullet
  glyphs drawn as their own text objects, the right column read before the left on the
  two-column pages (3, 7, 8, 9, 10, 14), "Month 0 = September 2029" on exactly one page.

It never runs the planner.
"""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.check_gold import deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

ROSTER = Path("people") / "who-we-are.html"
DECK = "doors-open-strategy-2029-2032.pdf"
TABLE_HEAD = ["Role", "Team", "Involvement", "Remit"]
TIERS = {"core", "extended", "consult only"}
BLOCKS = {
    "title", "h1", "h2", "h3", "h4", "p", "li", "tr", "div", "nav", "footer", "a", "button",
    "main", "ul", "table", "thead", "tbody", "body", "head",
}  # fmt: skip


# =========================================================================== HTML readers


class _TextParser(HTMLParser):
    """The text of an HTML page as parts: one per block element, a table row's cells joined."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._buf: list[str] = []
        self._skip = 0

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._buf)).strip()
        if text:
            self.parts.append(text)
        self._buf = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag in {"script", "style"}:
            self._skip += 1
        elif tag in BLOCKS:
            self._flush()

    def handle_endtag(self, tag) -> None:
        if tag in {"script", "style"}:
            self._skip -= 1
        elif tag in {"td", "th"}:
            self._buf.append(" ")
        elif tag in BLOCKS:
            self._flush()

    def handle_data(self, data) -> None:
        if not self._skip:
            self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _html_parts(path: Path) -> list[str]:
    parser = _TextParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.parts


def harrowgate_sentences(org: Path) -> list[str]:
    return org_sentences(org, {".html": _html_parts})


class _RosterParser(HTMLParser):
    """Role cards and role-table rows of the "Who's who" page, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.entries: list[dict] = []  # {"kind", "role", "meta"/"cells", "items"}
        self.head: list[str] = []
        self.tables = 0
        self._div_depth = 0
        self._card_depth: int | None = None
        self._card: dict | None = None
        self._field: str | None = None
        self._buf: list[str] = []
        self._row: list[str] | None = None
        self._in_head = False
        self._skip = 0

    def handle_starttag(self, tag, attrs) -> None:
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag in {"script", "style"}:
            self._skip += 1
        elif tag == "div":
            self._div_depth += 1
            if "card" in classes:
                self._card_depth = self._div_depth
                self._card = {"kind": "card", "role": "", "meta": "", "items": []}
        elif self._card is not None and tag == "h3":
            self._field, self._buf = "role", []
        elif self._card is not None and tag == "p" and "meta" in classes:
            self._field, self._buf = "meta", []
        elif self._card is not None and tag == "li":
            self._field, self._buf = "item", []
        elif tag == "table":
            self.tables += 1
        elif tag == "thead":
            self._in_head = True
        elif tag == "tr":
            self._row = []
        elif tag in {"td", "th"}:
            self._field, self._buf = "cell", []

    def handle_endtag(self, tag) -> None:
        text = re.sub(r"\s+", " ", "".join(self._buf)).strip()
        if tag in {"script", "style"}:
            self._skip -= 1
        elif tag == "div":
            if self._card is not None and self._div_depth == self._card_depth:
                self.entries.append(self._card)
                self._card, self._card_depth = None, None
            self._div_depth -= 1
        elif self._card is not None and tag == "h3" and self._field == "role":
            self._card["role"] = text
            self._field = None
        elif self._card is not None and tag == "p" and self._field == "meta":
            self._card["meta"] = text
            self._field = None
        elif self._card is not None and tag == "li" and self._field == "item":
            self._card["items"].append(text)
            self._field = None
        elif tag in {"td", "th"} and self._row is not None:
            self._row.append(text)
            self._field = None
        elif tag == "tr" and self._row is not None:
            if self._in_head:
                self.head = self._row
            elif self._row:
                self.entries.append({"kind": "row", "role": self._row[0], "cells": self._row})
            self._row = None
        elif tag == "thead":
            self._in_head = False

    def handle_data(self, data) -> None:
        if not self._skip and self._field is not None:
            self._buf.append(data)


def _parse_roster(path: Path) -> _RosterParser:
    parser = _RosterParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def _tier(entry: dict, head: list[str]) -> str:
    if entry["kind"] == "card":
        for piece in entry["meta"].split("|"):
            key, _, value = piece.partition(":")
            if normalize(key) == "programme involvement":
                return normalize(value)
        return ""
    return normalize(entry["cells"][head.index("Involvement")])


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, involvement) of every role card and role-table row, in document order."""
    path = org / ROSTER
    if not path.is_file():
        return []
    parsed = _parse_roster(path)
    return [(e["role"], _tier(e, parsed.head)) for e in parsed.entries]


# =========================================================================== form checks


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    raw = path.read_text(encoding="utf-8")
    for needle in ("<!DOCTYPE html>", "<head>", "<style>", "<script>", "<nav", 'class="breadcrumbs"',
                   "<footer>", "Page last updated", 'id="cookie-banner"', "&amp;", "&nbsp;", "&rsquo;"):  # fmt: skip
        if needle not in raw:
            errors.append(f"roster page lacks {needle!r}")
    parsed = _parse_roster(path)
    if parsed.tables != 1:
        errors.append(f"roster page has {parsed.tables} tables, 1 expected")
    if parsed.head != TABLE_HEAD:
        errors.append(f"role table header is {parsed.head}")
    cards = [e for e in parsed.entries if e["kind"] == "card"]
    rows = [e for e in parsed.entries if e["kind"] == "row"]
    if not cards or not rows:
        errors.append("roster page needs both role cards and table rows")
    for e in cards:
        if not e["role"] or "Reports to:" not in e["meta"] or not e["items"]:
            errors.append(
                f"card without a role, a 'Reports to:' meta line or a list: {e['role']!r}"
            )
    for e in rows:
        if len(e["cells"]) != 4 or not all(e["cells"]):
            errors.append(f"table row without four filled cells: {e['role']!r}")
    found = roster(org)
    tiers = {t for _, t in found}
    if tiers != TIERS:
        errors.append(f"involvement values differ: {sorted(tiers)}")
    names = [r for r, _ in found]
    if len(set(names)) != len(names):
        errors.append("a role appears twice on the roster page")
    if not 15 <= len(names) <= 22:
        errors.append(f"{len(names)} roles (15 to 22)")
    return errors


BULLET_PAGES = [3, 7, 8, 9, 10, 14, 16, 17]
CONTENT_PAGES = [2, 3, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17]
TWO_COLUMNS = {
    3: ("what holds us back", "what works"),
    7: ("how we will know", "what we will do"),
    8: ("how we will know", "what we will do"),
    9: ("how we will know", "what we will do"),
    10: ("how we will know", "what we will do"),
    14: ("pass marks at gate g2", "what we will test"),
}


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    deck = case / DECK
    reader = PdfReader(str(deck))
    if len(reader.pages) != 17:
        errors.append(f"{len(reader.pages)} pages, 17 expected")
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (w, h) != (1920.0, 1080.0):
            errors.append(f"page {n} is {w} x {h}, not 1920 x 1080")
        contents = page.get_contents()
        stream = contents.get_data() if contents is not None else b""
        if b"T*" in stream:
            errors.append(f"page {n} uses a line-advance operator")
        if n in BULLET_PAGES and b"(\\225) Tj" not in stream:
            errors.append(f"page {n}: no bullet glyph drawn on its own")
    meta: dict[str, object] = dict(reader.metadata or {})
    if meta.get("/Creator") != "Keynote":
        errors.append(f"creator is {meta.get('/Creator')!r}")
    pages = deck_lines(deck)
    for n, lines in pages.items():
        if (lines and re.fullmatch(r"\d{1,2}", lines[-1])) or any(
            re.search(r"\b\d{1,2} / 17\b", x) for x in lines
        ):
            errors.append(f"page {n} carries a slide number")
    for n in CONTENT_PAGES:
        first = pages[n][0] if pages.get(n) else ""
        if not re.fullmatch(r"\d\d [a-z0-9 ]+", first):
            errors.append(f"page {n}: first line is not a kicker: {first!r}")
    for n, (right, left) in TWO_COLUMNS.items():
        lines = pages.get(n, [])
        at = {k: next((i for i, x in enumerate(lines) if x == k), None) for k in (right, left)}
        if None in at.values() or at[right] > at[left]:  # type: ignore[operator]
            errors.append(f"page {n}: the right column is not read before the left")
    clock = [n for n, lines in pages.items() if any("month 0 = september 2029" in x for x in lines)]
    if clock != [13]:
        errors.append(f"'Month 0 = September 2029' on pages {clock}, not on 13 only")
    return errors


CASE = Case(
    name="harrowgate-museums",
    builder="build_harrowgate_museums.py",
    roster=roster,
    org_sentences=harrowgate_sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult only"}),
    extra=lambda case: roster_form(case / "org") + deck_form(case),
    folder=Path(__file__).resolve().parent,
    split="dev17",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
