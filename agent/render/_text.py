"""Text helpers shared by the renderers: escaping deck text, labels, slugs, week ranges.

Deck and context text is data. Everything that came from a deck or a model goes
through ``md`` (Markdown), ``mermaid_text`` (Mermaid) or ``cell`` (spreadsheets)
before it is written, so it can neither break a table nor be read as markup,
a diagram statement or a formula.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from markupsafe import escape

from agent.knowledge import timeline
from schemas.plan import HORIZONS, LAYERS, Measure, Plan, Source

LAYER_ORDER = LAYERS
LAYER_LABELS = {
    "experience": "Experience",
    "process_people": "Process & people",
    "tech_data": "Tech & data",
    "governance_measurement": "Governance & measurement",
}
LAYER_BLURBS = {
    "experience": "what the people the strategy serves see and feel",
    "process_people": "what must happen behind the scenes",
    "tech_data": "which systems must talk to each other, and what is missing",
    "governance_measurement": "how we know it works and keep it going",
}


def layer_blurb(layer: str, plan: Plan) -> str:
    """A layer's one-line meaning, the experience layer in the plan's field's words ("what
    patients see and feel"), never a customer where the deck has none."""
    if layer != "experience":
        return LAYER_BLURBS[layer]
    from agent.knowledge.packs import framing

    served, _shape = framing(plan.domain.packs if plan.domain else None)
    return f"what {served} see and feel"


def scenario_framing(plan: Plan) -> tuple[str, str]:
    """(the scenario line, the impact column's header) in the plan's field's words."""
    from agent.knowledge.packs import framing

    served, shape = framing(plan.domain.packs if plan.domain else None)
    return shape, (f"Impact on {served}" if " " not in served else "Impact on those served")


HORIZON_ORDER = HORIZONS
HORIZON_LABELS = {
    "foundational": "Foundational",
    "quick_win": "Quick win",
    "aspirational": "Aspirational",
}
RACI_ORDER = ("R", "A", "C", "I")
RACI_LABELS = {
    "R": "Responsible",
    "A": "Accountable",
    "C": "Consulted",
    "I": "Informed",
}
REASON_LABELS = {
    "no_metric": "No metric",
    "no_target": "No target",
    "no_deadline": "No deadline",
    "no_owner": "No owner",
    "no_audience": "No audience",
    "universal_scope": "Universal scope",
    "buzzword": "Buzzwords",
    "vanity_metric": "Vanity metric",
}

_WS = re.compile(r"\s+")
# Control characters that are not whitespace (whitespace collapses instead), bidi overrides
# (an unclosed one reverses the rest of a line or table row), lone surrogates and
# noncharacters: XML (docx, xlsx, HTML) cannot carry most of them and no reader wants them.
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)
# Characters Markdown may read as markup anywhere in a line.
_MD_INLINE = re.compile(r"([\\`*_\[\]<|~])")
# Constructs Markdown reads as markup only at the start of a line.
_MD_LINE_START = re.compile(r"^(#+|>|[-+=]+|\d+[.)])(?=\s|$)")
# '&' only matters where it would start a character reference.
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def one_line(text: str | None) -> str:
    """Collapse newlines and runs of whitespace into single spaces; drop control characters."""
    return _WS.sub(" ", _UNPRINTABLE.sub("", text or "")).strip()


def md(text: str | None) -> str:
    """Deck/model text as inert inline Markdown: one line, markup characters escaped.

    Safe inside table cells (pipes escaped, newlines collapsed), list items and
    emphasis. HTML angle brackets are escaped, so raw HTML never reaches a renderer.
    """
    return md_line_start(md_inline(text))


def md_inline(text: str | None) -> str:
    """``md`` for text that does not start a line: markup characters escaped, one line."""
    flat = _MD_ENTITY.sub("&amp;", one_line(text))
    return _MD_INLINE.sub(lambda m: "&lt;" if m.group(1) == "<" else "\\" + m.group(1), flat)


def md_line_start(line: str) -> str:
    """Escape what Markdown reads as a block marker at the start of a line ('#', '>', '-')."""
    # a backslash escapes punctuation only: '1. ' becomes '1\\. ', not '\\1. '
    return _MD_LINE_START.sub(
        lambda m: (
            m.group(1)[:-1] + "\\" + m.group(1)[-1]
            if m.group(1)[0].isdigit()
            else "\\" + m.group(1)
        ),
        line,
    )


def md_code(text: str) -> str:
    """An identifier as inline code (ids are ours, but guard backticks anyway)."""
    return "`" + one_line(text).replace("`", "'") + "`"


def html_text(text: str | None) -> str:
    """Deck/model text for HTML or SVG element content and quoted attribute values.

    One line, control characters dropped, and ``& < > " '`` escaped, so no text can
    open a tag, close an attribute or start an entity.
    """
    return str(escape(one_line(text)))


# Mermaid's gantt lexer ends a task name at ':' ';' '#' and a newline, treats '%%' as a
# comment and '#name;' as an entity; its title goes through DOMPurify, which turns '<' '>'
# '&' into entities that then show literally. Each is swapped for a look-alike so the
# words survive: '>=' was once rendered ')='.
_MERMAID_SWAPS = (
    (">=", "≥"),
    ("<=", "≤"),
    ("<", "＜"),
    (">", "＞"),
    ("&", "＆"),
    (":", "∶"),
    (";", "；"),
    ("#", "＃"),
    ("`", "'"),
)
# A name that starts like a gantt keyword or a date would be read as that statement.
_MERMAID_KEYWORD = re.compile(
    r"(?i)^(gantt|click\s|section\s|title\s|dateformat\s|axisformat\s|tickinterval\s|"
    r"includes\s|excludes\s|todaymarker\s|weekday\s|inclusiveenddates|topaxis|acctitle|"
    r"accdescr|\d{4}-\d\d-\d\d)"
)


def mermaid_text(text: str | None, limit: int = 70) -> str:
    """Text safe for a Mermaid gantt title, section or task name (and a Markdown fence).

    Characters the gantt grammar reserves become look-alikes (see ``_MERMAID_SWAPS``),
    '%%' (a comment) becomes '%', a name that starts like a keyword is quoted, and long
    names are cut with an ellipsis.
    """
    flat = one_line(text)
    for char, swap in _MERMAID_SWAPS:
        flat = flat.replace(char, swap)
    flat = one_line(re.sub(r"%+", "%", flat))
    if _MERMAID_KEYWORD.match(flat):
        flat = f"“{flat}”"
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return flat or "untitled"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def cell(text: str | None) -> str:
    """Text for a CSV cell: one line, and never read as a formula by a spreadsheet.

    A leading '=', '+', '-', '@' (or a full-width twin, which some spreadsheets
    normalize) gets a "'" in front, as OWASP advises for CSV injection.
    """
    flat = one_line(text)
    if flat.startswith(_FORMULA_START):
        return "'" + flat
    return flat


def xlsx_text(text: str | None) -> str:
    """Text for a workbook cell written as a string cell (never a formula): one line, no
    characters XML cannot carry (openpyxl refuses them)."""
    return one_line(text)


def docx_text(text: str | None) -> str:
    """Text for a Word run: one line, no characters XML cannot carry (python-docx refuses
    them). Word never evaluates run text, so nothing else needs escaping."""
    return one_line(text)


_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(10)}


def slugify(name: str, limit: int = 60) -> str:
    """Lowercase ASCII, every run of non-alphanumerics becomes '-'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    slug = slug[:limit].rstrip("-") or "role"
    if slug in _RESERVED:  # Windows device names
        slug += "-role"
    return slug


def role_slugs(names: Iterable[str]) -> dict[str, str]:
    """A unique file slug per role name.

    Collisions get -2, -3 ... in sorted order of the original names, so the
    assignment does not depend on the order roles appear in the plan.
    """
    slugs: dict[str, str] = {}
    used: set[str] = set()
    for name in sorted(set(names), key=lambda n: (slugify(n), n)):
        base = slugify(name)
        slug, n = base, 1
        while slug in used:
            n += 1
            slug = f"{base}-{n}"
        used.add(slug)
        slugs[name] = slug
    return slugs


def source_label(source: Source | None) -> str:
    """'deck.pptx, slide 4' / 'report.pdf, page 3' (plain text, not escaped)."""
    if source is None:
        return "source unknown"
    name = source.file.replace("\\", "/").rsplit("/", 1)[-1] or source.file
    if source.slide is not None:
        return f"{name}, slide {source.slide}"
    if source.page is not None:
        return f"{name}, page {source.page}"
    return name


def measure_line(measure: Measure) -> str:
    """'On-time delivery: 91% → 96% by Q4 2030 (deck.pptx, slide 12)' (plain text)."""
    move = f"{measure.baseline} → {measure.target}" if measure.baseline else measure.target
    when = f" by {measure.by}" if measure.by else ""
    return one_line(f"{measure.metric}: {move}{when} ({source_label(measure.source)})")


def weeks_label(span: tuple[int, int] | None) -> str:
    """Human week range from a 0-based [start, end) span: (0, 4) -> 'weeks 1–4'."""
    if span is None:
        return "not scheduled"
    start, end = span
    first, last = start + 1, max(end, start + 1)
    return f"week {first}" if first == last else f"weeks {first}–{last}"


def months_label(span: tuple[int, int]) -> str:
    """The months a 0-based [start, end) week span touches: (0, 26) -> 'months 1–6'."""
    first, last = timeline.months_of(span[0], max(span[1], span[0] + 1))
    return f"month {first}" if first == last else f"months {first}–{last}"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def join_and(items: list[str]) -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]
