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

from schemas.plan import HORIZONS, LAYERS, Source

LAYER_ORDER = LAYERS
LAYER_LABELS = {
    "experience": "Experience",
    "process_people": "Process & people",
    "tech_data": "Tech & data",
    "governance_measurement": "Governance & measurement",
}
LAYER_BLURBS = {
    "experience": "what the customer sees and feels",
    "process_people": "what must happen behind the scenes",
    "tech_data": "which systems must talk to each other, and what is missing",
    "governance_measurement": "how we know it works and keep it going",
}
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
# Characters Markdown may read as markup anywhere in a line.
_MD_INLINE = re.compile(r"([\\`*_\[\]<|~])")
# Constructs Markdown reads as markup only at the start of a line.
_MD_LINE_START = re.compile(r"^(#+|>|[-+=]|\d+[.)])(?=\s|$)")


def one_line(text: str | None) -> str:
    """Collapse newlines and runs of whitespace into single spaces."""
    return _WS.sub(" ", text or "").strip()


def md(text: str | None) -> str:
    """Deck/model text as inert inline Markdown: one line, markup characters escaped.

    Safe inside table cells (pipes escaped, newlines collapsed), list items and
    emphasis. HTML angle brackets are escaped, so raw HTML never reaches a renderer.
    """
    flat = _MD_INLINE.sub(
        lambda m: "&lt;" if m.group(1) == "<" else "\\" + m.group(1), one_line(text)
    )
    return _MD_LINE_START.sub(lambda m: "\\" + m.group(1), flat)


def md_code(text: str) -> str:
    """An identifier as inline code (ids are ours, but guard backticks anyway)."""
    return "`" + one_line(text).replace("`", "'") + "`"


def mermaid_text(text: str | None, limit: int = 70) -> str:
    """Text safe for a Mermaid gantt title, section or task name.

    ':' separates a task name from its metadata, ';' ends a statement, '#' starts an
    entity code and '%%' a comment: ':' becomes ' -', ';' ',', '#1' 'no. 1' (other '#'
    are dropped), '%%' '%'. Backticks cannot close a Markdown fence. Long names are cut.
    """
    flat = re.sub(r"#(?=\d)", "no. ", one_line(text)).replace("#", "")
    flat = (
        flat.replace(":", " -")
        .replace(";", ",")
        .replace("`", "'")
        .replace("<", "(")
        .replace(">", ")")
        .replace("{", "(")
        .replace("}", ")")
    )
    flat = one_line(re.sub(r"%+", "%", flat))
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return flat or "untitled"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(text: str | None) -> str:
    """Text for a CSV cell: one line, and never read as a formula by a spreadsheet."""
    flat = one_line(text)
    if flat.startswith(_FORMULA_START):
        return "'" + flat
    return flat


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


def weeks_label(span: tuple[int, int] | None) -> str:
    """Human week range from a 0-based [start, end) span: (0, 4) -> 'weeks 1–4'."""
    if span is None:
        return "not scheduled"
    start, end = span
    first, last = start + 1, max(end, start + 1)
    return f"week {first}" if first == last else f"weeks {first}–{last}"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def join_and(items: list[str]) -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]
