"""Consistency checks of the dev18 case ``marrick-hospice`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_marrick_hospice.py``):

    /tmp/rl/bin/python evals/dev18/check_marrick_hospice.py
    (``--dump`` prints the deck lines the gold was read from; ``--org`` adds the org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev18``) and split "dev18", with
``build_marrick_hospice.py`` as the builder, "core team" the only core tier and "consult only"
the only consult tier.

What is this case's own:

- deck lines as a reader sees them in a Canva export: pypdf's lines of each page, each put
  through Unicode NFKC (so the ligature glyphs U+FB01 and U+FB02 read "fi" and "fl", and a
  non-breaking space is a space), then a line that is nothing but letter-spaced glyphs
  ("O U R  A M B I T I O N": one space between glyphs, two or more between words) is collapsed
  to its words ("OUR AMBITION"), then dev13's ``normalize`` (curly quotes to straight, dashes
  to hyphens, lower case). ``_checks`` reads deck lines through its module-level
  ``deck_lines``, so this checker points that name at its own reader before it runs;
- the roster, read with the standard library's ``email`` package from the saved message
  ``org/people/programme-team.eml`` (multipart/alternative): the rows of the one table of its
  text/html part (Role | Team | Involvement | Remit, entities resolved), in order, with the
  involvement as the tier;
- org sentences also take the email: its text/plain part, decoded from quoted-printable, with
  the "> " of the quoted earlier message removed and hard-wrapped lines unwrapped as dev13
  unwraps Markdown, and every row of the HTML table, its cells joined by spaces;
- checks of the email's form (headers, a fixed Date and Message-ID, the two parts, soft line
  breaks and "=E2=80=99" in the raw plain part, "&amp;" in the raw HTML, the plain-text list
  "- Role (Involvement): remit" naming the same roles with the same involvement as the table,
  15 to 20 roles in three tiers, a quoted message "> On 3 March ... wrote:" whose old title
  "Day Services Manager" is not on the roster);
- checks of the deck's form: 17 pages of 1440 x 810 pt, Creator and Producer "Canva", DejaVu
  Sans fonts embedded as TrueType subsets, no slide numbers, the ligature glyphs, curly quotes
  and non-breaking spaces in the raw text, a letter-spaced heading on every page but the quote,
  a side label rotated 90 degrees (page 5), the logo text on most pages, the big-number page's
  three figures, "Month 0 = April 2029" on the roadmap page only; and that the gold leans on
  the quirks: some gold matches sit on lines whose raw text has a ligature glyph (unreadable
  without NFKC), and the pilot's match on a letter-spaced heading.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import normalize  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "marrick-hospice"
DECK = "every-day-counts-strategy-2029-2032.pdf"
ROSTER = Path("people") / "programme-team.eml"
TABLE_HEAD = ["Role", "Team", "Involvement", "Remit"]
TIERS = {"core team", "extended", "consult only"}
OLD_TITLE = "Day Services Manager"
PAGES = 17
QUOTE_PAGE = 4
ROTATED_PAGE = 5
ROADMAP_PAGE = 13
BIG_NUMBERS = (2, ["2,150", "£11.6m", "900"])

# =========================================================================== deck lines

LETTER_SPACED = re.compile(r"\S(?: {1,3}\S){2,}")


def collapse(line: str) -> str:
    """A line of letter-spaced glyphs as its words: one space between glyphs, two or more
    between words ("O U R  A M B I T I O N" -> "OUR AMBITION"); any other line unchanged."""
    s = line.strip()
    if not LETTER_SPACED.fullmatch(s):
        return line
    return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", s))


def read_line(raw: str) -> str:
    return normalize(collapse(unicodedata.normalize("NFKC", raw)))


def raw_lines(path: Path) -> dict[int, list[str]]:
    return {
        n: (page.extract_text() or "").splitlines()
        for n, page in enumerate(PdfReader(str(path)).pages, start=1)
    }


def deck_lines(path: Path) -> dict[int, list[str]]:
    """Each page's lines as a reader sees them: NFKC, letter-spacing collapsed, normalised."""
    if path.suffix.lower() != ".pdf":
        raise ValueError(f"not this case's deck: {path}")
    out = {n: [read_line(x) for x in lines] for n, lines in raw_lines(path).items()}
    return {n: [x for x in lines if x] for n, lines in out.items()}


# _checks.check_case and _checks.dump read the deck through this module-level name
_checks.deck_lines = deck_lines

# =========================================================================== the email


def _message(org: Path):
    return BytesParser(policy=policy.default).parsebytes((org / ROSTER).read_bytes())


def _part(msg, subtype: str):
    return next(p for p in msg.walk() if p.get_content_type() == f"text/{subtype}")


class _TableParser(HTMLParser):
    """The rows of the HTML part's one table (header and body), and the count of tables."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.head: list[str] = []
        self.rows: list[list[str]] = []
        self.tables = 0
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._in_head = False

    def handle_starttag(self, tag, attrs) -> None:
        if tag == "table":
            self.tables += 1
        elif tag == "thead":
            self._in_head = True
        elif tag == "tr":
            self._row = []
        elif tag in {"td", "th"}:
            self._cell = []

    def handle_endtag(self, tag) -> None:
        if tag in {"td", "th"} and self._row is not None and self._cell is not None:
            self._row.append(re.sub(r"\s+", " ", "".join(self._cell)).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._in_head:
                self.head = self._row
            else:
                self.rows.append(self._row)
            self._row = None
        elif tag == "thead":
            self._in_head = False

    def handle_data(self, data) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _table(org: Path) -> _TableParser:
    parser = _TableParser()
    parser.feed(_part(_message(org), "html").get_content())
    parser.close()
    return parser


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, involvement) of every body row of the email's HTML table, in order."""
    if not (org / ROSTER).is_file():
        return []
    return [(r[0], normalize(r[2])) for r in _table(org).rows]


def _plain_text(msg) -> str:
    text = _part(msg, "plain").get_content()
    return "\n".join(re.sub(r"^> ?", "", line) for line in text.splitlines())


def _eml_parts(path: Path) -> list[str]:
    msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    text = _plain_text(msg)
    parts = re.sub(r"\n(?![\n\-*|#])", " ", text).split("\n")
    parser = _TableParser()
    parser.feed(_part(msg, "html").get_content())
    parser.close()
    return parts + [" ".join(row) for row in parser.rows]


def marrick_sentences(org: Path) -> list[str]:
    return org_sentences(org, {".eml": _eml_parts})


# =========================================================================== form checks


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    msg = _message(org)
    if msg.get_content_type() != "multipart/alternative":
        errors.append(f"email is {msg.get_content_type()}, not multipart/alternative")
    for header, want in [
        ("Subject", "Every Day Counts programme: who does what"),
        ("Date", "Tue, 13 Mar 2029 10:05:00 +0000"),
        ("Message-ID", "<20290313100500.4417@mail.marrickvalehospice.org.uk>"),
    ]:
        if str(msg[header]) != want:
            errors.append(f"email {header} is {msg[header]!r}")
    if "Director of Care" not in str(msg["From"]):
        errors.append("email is not from the Director of Care's office")
    kinds = [p.get_content_type() for p in msg.iter_parts()]
    if kinds != ["text/plain", "text/html"]:
        errors.append(f"email parts are {kinds}")
    plain_part = _part(msg, "plain")
    if plain_part["Content-Transfer-Encoding"] != "quoted-printable":
        errors.append("the plain part is not quoted-printable")
    for needle in (b"=E2=80=99", b"=\n", b"&amp;", b"> On 3 March 2029"):
        if needle not in raw:
            errors.append(f"raw email lacks {needle!r}")
    html = _part(msg, "html").get_content()
    if "&amp;" not in html or "<table" not in html:
        errors.append("HTML part lacks its table or its &amp; entities")
    table = _table(org)
    if table.tables != 1:
        errors.append(f"HTML part has {table.tables} tables, 1 expected")
    if table.head != TABLE_HEAD:
        errors.append(f"roster table header is {table.head}")
    for row in table.rows:
        if len(row) != 4 or not all(row):
            errors.append(f"table row without four filled cells: {row}")
    found = roster(org)
    names = [r for r, _ in found]
    if {t for _, t in found} != TIERS:
        errors.append(f"involvement values differ: {sorted({t for _, t in found})}")
    if len(set(names)) != len(names):
        errors.append("a role appears twice in the table")
    if not 15 <= len(names) <= 20:
        errors.append(f"{len(names)} roles (15 to 20)")
    text = _plain_text(msg)
    listed = re.findall(r"^- (.+?) \((Core team|Extended|Consult only)\): ", text, re.M)
    if [(r, normalize(t)) for r, t in listed] != found:
        errors.append(f"plain-text list differs from the HTML table: {listed}")
    quoted = [
        line for line in _part(msg, "plain").get_content().splitlines() if line.startswith(">")
    ]
    if not quoted or not re.match(r"> On 3 March 2029, .* wrote:", quoted[0]):
        errors.append("no quoted earlier message '> On 3 March ... wrote:'")
    if not any(OLD_TITLE in q for q in quoted):
        errors.append(f"the quoted message does not name {OLD_TITLE!r}")
    if OLD_TITLE in names:
        errors.append(f"the old title {OLD_TITLE!r} is on the roster")
    return errors


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    deck = case / DECK
    reader = PdfReader(str(deck))
    if len(reader.pages) != PAGES:
        errors.append(f"{len(reader.pages)} pages, {PAGES} expected")
    meta: dict[str, object] = dict(reader.metadata or {})
    if meta.get("/Creator") != "Canva" or meta.get("/Producer") != "Canva":
        errors.append(f"creator/producer are {meta.get('/Creator')!r}/{meta.get('/Producer')!r}")
    fonts: set[str] = set()
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (w, h) != (1440.0, 810.0):
            errors.append(f"page {n} is {w} x {h}, not 1440 x 810")
        res = page.get("/Resources") or {}
        for font in (res.get("/Font") or {}).values():
            font = font.get_object()
            fonts.add(str(font.get("/BaseFont")))
            if font.get("/Subtype") != "/TrueType":
                errors.append(f"page {n}: font {font.get('/BaseFont')} is not TrueType")
    if not any("DejaVuSans-Bold" in f for f in fonts) or not any(
        f.endswith("+DejaVuSans") for f in fonts
    ):
        errors.append(f"DejaVu Sans and Sans Bold are not both embedded subsets: {fonts}")
    raw = raw_lines(deck)
    text = "\n".join(x for lines in raw.values() for x in lines)
    for char, name in [("\ufb01", "fi ligature"), ("\ufb02", "fl ligature"),
                       ("\u2019", "right single quote"), ("\u201c", "left double quote"),
                       ("\u00a0", "non-breaking space")]:  # fmt: skip
        if char not in text:
            errors.append(f"the deck's raw text has no {name}")
    lines = deck_lines(deck)
    for n, page_lines in lines.items():
        if page_lines and re.fullmatch(r"\d{1,2}", page_lines[-1]):
            errors.append(f"page {n} ends with a slide number")
        spaced = [x for x in raw[n] if LETTER_SPACED.fullmatch(x.strip())]
        if n != QUOTE_PAGE and not spaced:
            errors.append(f"page {n} has no letter-spaced heading")
    logos = [n for n, page_lines in lines.items() if "marrick vale hospice" in page_lines]
    if len(logos) < PAGES - 3:
        errors.append(f"the logo text is on pages {logos} only")
    contents = reader.pages[ROTATED_PAGE - 1].get_contents()
    stream = contents.get_data() if contents is not None else b""
    if not re.search(rb"\b0 1 -1 0 [\d.]+ [\d.]+ cm\b", stream):
        errors.append(f"page {ROTATED_PAGE}: no text rotated 90 degrees")
    n, figures = BIG_NUMBERS
    for fig in figures:
        if fig.lower() not in lines[n]:
            errors.append(f"page {n}: big number {fig!r} is not a line of its own")
    clock = [k for k, v in lines.items() if any("month 0 = april 2029" in x for x in v)]
    if clock != [ROADMAP_PAGE]:
        errors.append(f"'Month 0 = April 2029' on pages {clock}, not on {ROADMAP_PAGE} only")
    return errors


def gold_quirks(case: Path) -> list[str]:
    """The gold leans on the deck's quirks: ligature lines and a letter-spaced heading."""
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    raw = raw_lines(case / DECK)
    matches = [(v["match"], v["slide"]) for v in gold["visions"]]
    matches += [(m, a["slide"]) for a in gold["deck_actions"] for m in a["match"]]
    ligature_hits = [
        (m, n)
        for m, n in matches
        if any(m in read_line(x) and re.search("[\ufb01\ufb02]", x) for x in raw[n])
    ]
    if len(ligature_hits) < 4:
        errors.append(f"only {len(ligature_hits)} gold matches on ligature lines (4 expected)")
    pilot = gold["pilot"]
    heading_hit = any(
        m in read_line(x) and LETTER_SPACED.fullmatch(x.strip())
        for m in pilot["match"]
        for x in raw[pilot["slide"]]
    )
    if not heading_hit:
        errors.append("the pilot's match is not on a letter-spaced heading of its slide")
    return errors


CASE = Case(
    name=NAME,
    builder="build_marrick_hospice.py",
    roster=roster,
    org_sentences=marrick_sentences,
    core=frozenset({"core team"}),
    consult=frozenset({"consult only"}),
    extra=lambda case: roster_form(case / "org") + deck_form(case) + gold_quirks(case),
    folder=HERE,
    split="dev18",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
