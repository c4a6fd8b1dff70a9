"""Consistency checks of the dev20 case ``ardley-met`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_ardley_met.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev20/check_ardley_met.py
    (``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the
    org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev20``, split "dev20") with
``build_ardley_met.py`` as the builder, "core" the core tier and "consult only" the consult
tier. Deck lines are dev13's: pypdf's text of each PDF page, one line per line, normalised
(the deck's curly apostrophes read as straight ones, en dashes as hyphens, lower case).

What is this case's own:

- the roster, read with the standard library from the vCard 3.0 file
  ``org/people/programme-contacts.vcf``: lines unfolded (a CRLF followed by one space or tab
  joins the next physical line), each property split into its name (a group prefix such as
  ``item1.`` dropped), parameters and value, values unescaped (``\\,`` ``\\;`` ``\\n`` ``\\\\``),
  ORG split into its components on unescaped semicolons. A card is a role of the organization
  when it has a TITLE and its ORG's first component is "Ardley Met Service"; the role is the
  TITLE, its tier the ``Programme: <tier>.`` opening of the NOTE. The shared mailbox (no TITLE)
  and the supplier's account manager (another company's ORG) are not roles;
- org sentences: ``_checks.org_sentences`` plus every card of the vCard file as
  "TITLE (team): NOTE", unescaped;
- checks of the vCard's form: CRLF line ends only, every physical line at most 75 octets, NOTE
  lines folded (at least one over three physical lines), no fold inside a UTF-8 character,
  VERSION:3.0 on every card, 17 to 21 cards, one card without a TITLE (FN "Programme Office"),
  one card of another company, an escaped comma in a TITLE and escaped commas and semicolons in
  NOTEs, three tiers, 15 to 22 roles, names outside ASCII;
- checks of the deck's form: 20 pages of 128 x 96 mm, Creator and Producer pdfTeX's, DejaVu
  fonts embedded as TrueType subsets, text set only with TJ arrays whose word spaces are
  negative displacements (no Tj), the headline naming all five sections first on every page,
  the footline last on every page with "frame / 19" running 1..15, 16, 16, 17, 18, 19 (the
  \\pause frame printed twice), the section pages holding nothing but the headline, their
  section's name and the footline, the overlay's first page a prefix of its second, a few
  hyphenated line ends, the PDF outline naming the sections and the appendix;
- checks that the gold respects the overlay and the appendix: nothing points at a section page,
  the "Questions?" page or the appendix page; anything on page 17 is not already on page 16
  (a statement is cited where it first appears complete); the appendix page holds some of the
  not-visions and not-actions.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.check_gold import deck_lines  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "ardley-met"
DECK = "ahead-of-the-weather-board-8mar2028.pdf"
ROSTER = Path("people") / "programme-contacts.vcf"
COMPANY = "Ardley Met Service"
TIERS = {"core", "extended", "consult only"}
PAGES = 20
FRAMES = [*range(1, 16), 16, 16, 17, 18, 19]
SECTION_PAGES = {2: "context", 4: "ambition", 7: "programme", 11: "roadmap", 14: "delivery"}
OVERLAY = (16, 17)
QUESTIONS_PAGE = 19
APPENDIX_PAGE = 20
HEADLINE = "context ambition programme roadmap delivery"
FOOTLINE = re.compile(r"i\. halloran \(dg\) ahead of the weather board, 8 march 2028 (\d+) / 19")
SIZE = (362.83, 272.13)


# =========================================================================== the vCard reader


def _unfold(raw: bytes) -> list[str]:
    text = raw.decode("utf-8")
    text = re.sub(r"\r\n[ \t]", "", text)
    return [line for line in text.split("\r\n") if line]


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _components(value: str) -> list[str]:
    """A structured value split on unescaped semicolons, each part unescaped."""
    parts = re.split(r"(?<!\\);", value)
    return [_unescape(p) for p in parts]


def cards(path: Path) -> list[dict[str, list[tuple[str, str]]]]:
    """Every card as {property name: [(parameters, raw value)]}, in file order."""
    out: list[dict[str, list[tuple[str, str]]]] = []
    card: dict[str, list[tuple[str, str]]] | None = None
    for line in _unfold(path.read_bytes()):
        head, _, value = line.partition(":")
        name, _, params = head.partition(";")
        name = name.split(".")[-1].upper()
        if name == "BEGIN":
            card = {}
        elif name == "END":
            if card is not None:
                out.append(card)
            card = None
        elif card is not None:
            card.setdefault(name, []).append((params, value))
    return out


def _first(card: dict, name: str) -> str | None:
    values = card.get(name)
    return values[0][1] if values else None


def roster(org: Path) -> list[tuple[str, str]]:
    """(TITLE, tier) of every card of the organization that has a TITLE, in file order."""
    path = org / ROSTER
    if not path.is_file():
        return []
    found = []
    for card in cards(path):
        title, org_value = _first(card, "TITLE"), _first(card, "ORG")
        if not title or not org_value or _components(org_value)[0] != COMPANY:
            continue
        note = _unescape(_first(card, "NOTE") or "")
        m = re.match(r"Programme: ([a-z ]+)\.", note)
        found.append((_unescape(title), m.group(1) if m else ""))
    return found


def _vcf_parts(path: Path) -> list[str]:
    parts = []
    for card in cards(path):
        title = _unescape(_first(card, "TITLE") or _first(card, "FN") or "")
        org = _components(_first(card, "ORG") or "")
        note = _unescape(_first(card, "NOTE") or "")
        parts.append(f"{title} ({' / '.join(x for x in org if x)}): {note}")
    return parts


def sentences(org: Path) -> list[str]:
    return org_sentences(org, {".vcf": _vcf_parts})


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
        errors.append("vcf: a line end other than CRLF")
    if not raw.endswith(b"\r\n"):
        errors.append("vcf: does not end with CRLF")
    physical = raw.split(b"\r\n")[:-1]
    if any(len(line) > 75 for line in physical):
        errors.append("vcf: a physical line longer than 75 octets")
    for line in physical:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            errors.append(f"vcf: a fold splits a UTF-8 character: {line[:30]!r}")
    folded = [k for k, line in enumerate(physical) if line.startswith(b" ")]
    if not folded:
        errors.append("vcf: no folded lines")
    runs = 0
    for k, line in enumerate(physical):
        if (
            line.startswith(b"NOTE:")
            and physical[k + 1].startswith(b" ")
            and physical[k + 2].startswith(b" ")
        ):
            runs += 1
    if runs < 3:
        errors.append(f"vcf: only {runs} NOTE lines folded over three or more physical lines")
    all_cards = cards(org / ROSTER)
    if not 17 <= len(all_cards) <= 21:
        errors.append(f"vcf: {len(all_cards)} contacts (17 to 21)")
    if any(_first(c, "VERSION") != "3.0" for c in all_cards):
        errors.append("vcf: a card is not VERSION:3.0")
    untitled = [_first(c, "FN") for c in all_cards if not _first(c, "TITLE")]
    if untitled != ["Programme Office"]:
        errors.append(f"vcf: cards without a TITLE: {untitled}")
    foreign = [
        _first(c, "FN") for c in all_cards if _components(_first(c, "ORG") or "")[0] != COMPANY
    ]
    if len(foreign) != 1:
        errors.append(f"vcf: cards of another company: {foreign}")
    text = raw.decode("utf-8")
    unfolded = "\r\n".join(_unfold(raw))
    if not re.search(r"^TITLE:[^\r\n]*\\,", unfolded, re.M):
        errors.append("vcf: no TITLE with an escaped comma")
    notes = [line for line in _unfold(raw) if line.startswith("NOTE:")]
    if not any("\\," in n for n in notes) or not any("\\;" in n for n in notes):
        errors.append("vcf: NOTEs lack escaped commas or semicolons")
    if not re.search(r"[^\x00-\x7f]", text):
        errors.append("vcf: no name outside ASCII")
    found = roster(org)
    names = [r for r, _ in found]
    if {t for _, t in found} != TIERS:
        errors.append(f"vcf: tiers are {sorted({t for _, t in found})}")
    if len(set(names)) != len(names):
        errors.append("vcf: a TITLE appears twice among the roles")
    if not 15 <= len(names) <= 22:
        errors.append(f"vcf: {len(names)} roles (15 to 22)")
    for card in all_cards:
        title = _unescape(_first(card, "TITLE") or "")
        if _first(card, "FN") in foreign + untitled and title and title in names:
            errors.append("vcf: the supplier's title is on the roster")
    return errors


# =========================================================================== the deck's form


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    deck = case / DECK
    reader = PdfReader(str(deck))
    if len(reader.pages) != PAGES:
        errors.append(f"{len(reader.pages)} pages, {PAGES} expected")
    meta: dict[str, object] = dict(reader.metadata or {})
    if meta.get("/Creator") != "LaTeX with Beamer class" or meta.get("/Producer") != (
        "pdfTeX-1.40.25"
    ):
        errors.append(f"creator/producer are {meta.get('/Creator')!r}/{meta.get('/Producer')!r}")
    fonts: set[str] = set()
    tj_spaces = 0
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w - SIZE[0]) > 0.01 or abs(h - SIZE[1]) > 0.01:
            errors.append(f"page {n} is {w} x {h}, not 128 x 96 mm")
        res = page.get("/Resources") or {}
        for font in (res.get("/Font") or {}).values():
            font = font.get_object()
            fonts.add(str(font.get("/BaseFont")))
            if font.get("/Subtype") != "/TrueType":
                errors.append(f"page {n}: font {font.get('/BaseFont')} is not TrueType")
        contents = page.get_contents()
        stream = contents.get_data() if contents is not None else b""
        if re.search(rb"\) ?Tj\b", stream):
            errors.append(f"page {n}: text set with Tj, not TJ")
        tj_spaces += len(re.findall(rb"\) -3\d\d \(", stream))
    if tj_spaces < 500:
        errors.append(f"only {tj_spaces} word spaces set as TJ displacements")
    for want in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"):
        if not any(f.endswith("+" + want) or f.endswith(want) for f in fonts):
            errors.append(f"font {want} is not embedded: {sorted(fonts)}")

    pages = deck_lines(deck)
    numbers = []
    for n, lines in pages.items():
        if not lines or lines[0] != HEADLINE:
            errors.append(f"page {n}: the headline is not its first line")
        m = FOOTLINE.fullmatch(lines[-1]) if lines else None
        if not m:
            errors.append(f"page {n}: the footline is not its last line")
        else:
            numbers.append(int(m.group(1)))
    if numbers != FRAMES:
        errors.append(f"frame numbers are {numbers}")
    for n, name in SECTION_PAGES.items():
        if pages[n][1:-1] != [name]:
            errors.append(f"section page {n} holds {pages[n][1:-1]}")
    first, second = (pages[k] for k in OVERLAY)
    body_first, body_second = first[1:-1], second[1:-1]
    if body_second[: len(body_first)] != body_first or len(body_second) <= len(body_first) + 4:
        errors.append("the overlay's first page is not a shorter prefix of its second")
    hyphenated = [x for lines in pages.values() for x in lines if re.search(r"[a-z]-$", x)]
    if len(hyphenated) < 3:
        errors.append(f"only {len(hyphenated)} hyphenated line ends")
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    if titles != ["Context", "Ambition", "Programme", "Roadmap", "Delivery", "Appendix"]:
        errors.append(f"outline is {titles}")
    return errors


def gold_pages(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    pages = deck_lines(case / DECK)
    banned = set(SECTION_PAGES) | {QUESTIONS_PAGE, APPENDIX_PAGE}
    cited: list[tuple[str, int, list[str]]] = []
    for v in gold["visions"]:
        cited.append((v["match"], v["slide"], [v["match"], *v.get("alternatives", [])]))
        for n in v.get("also_slides", []):
            if n in banned:
                errors.append(f"vision {v['match']!r} cites page {n}")
    for a in gold["deck_actions"]:
        cited.append((a["match"][0], a["slide"], a["match"]))
    pilot = gold["pilot"]
    for n in [pilot["slide"], *pilot.get("also_slides", [])]:
        if n in banned:
            errors.append(f"the pilot cites page {n}")
    for label, n, alts in cited:
        if n in banned:
            errors.append(f"{label!r} cites page {n}")
        if n == OVERLAY[1] and any(any(m in x for x in pages[OVERLAY[0]]) for m in alts):
            errors.append(f"{label!r} is already on page {OVERLAY[0]}: cite it there")
    appendix = pages[APPENDIX_PAGE]
    held = [t for t in gold["not_visions"] + gold["not_actions"] if any(t in x for x in appendix)]
    if len(held) < 4:
        errors.append(f"only {len(held)} not-visions/not-actions from the appendix page")
    return errors


CASE = Case(
    name=NAME,
    builder="build_ardley_met.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult only"}),
    extra=lambda case: roster_form(case / "org") + deck_form(case) + gold_pages(case),
    folder=HERE,
    split="dev20",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
