"""Escaping for each target, and the task details every description carries.

Deck and model text is data: in a CSV cell it must not start a formula, in Jira's wiki
markup it must not open a link, a macro or an image, in Markdown (GitHub, Linear, Trello)
it must not become markup, and on GitHub it must not mention (notify) anyone.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence

from agent.render import md, one_line

from ._items import Item

# OWASP's CSV-injection list, plus the full-width twins some spreadsheets normalize.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def csv_cell(text: object) -> str:
    """A CSV cell that no spreadsheet reads as a formula; newlines kept (descriptions)."""
    value = _CONTROL.sub("", "" if text is None else str(text))
    if value.lstrip(" ").startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """RFC 4180 CSV (CRLF, quoted where needed), every cell formula-safe, header included."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])
    return buffer.getvalue()


# Jira wiki markup that does more than emphasis: [link|url] and [~mention], {macro},
# !image!, |table|. A backslash would escape our escapes ("\\" is a line break): it
# becomes a look-alike.
_JIRA_MARKUP = re.compile(r"([\[\]{}!|])")


def jira_text(text: str | None) -> str:
    """Deck text inside a Jira description: one line, links, macros and images escaped."""
    return _JIRA_MARKUP.sub(r"\\\1", one_line(text).replace("\\", "\uff3c"))


_MENTION = re.compile(r"@(?=[A-Za-z0-9])")


def markdown_text(text: str | None) -> str:
    """Deck text as inert inline Markdown, with no @mention that would notify someone."""
    return _MENTION.sub("@\u200b", md(text))


def plain_text(text: str | None) -> str:
    return one_line(text)


def detail_lines(
    item: Item, esc: Callable[[str | None], str], titles: dict[str, str] | None = None
) -> list[str]:
    """The lines every tracker's description carries, each value escaped with ``esc``.

    ``titles`` (external id -> title) names the tasks this one depends on.
    """
    titles = titles or {}
    lines = [esc(item.description), ""]
    lines.append(f"Done when: {esc(item.done_when)}")
    lines.append(f"Why: {esc(item.why)}")
    for vid, words, where in item.visions:
        lines.append(f"Vision {vid} ({esc(where)}): “{esc(words)}”")
    lines.append(f"Owner role: {esc(item.owner_role)}")
    if item.consult:
        lines.append("Consult: " + ", ".join(esc(r) for r in item.consult))
    if item.depends_on:
        lines.append(
            "Depends on: "
            + "; ".join(f"{esc(titles[d])} ({d})" if d in titles else d for d in item.depends_on)
        )
    if item.blocked_by:
        lines.append("Blocked by gaps: " + "; ".join(esc(g) for g in item.blocked_by))
    when = f"{item.weeks} ({item.start.isoformat()} to {item.due.isoformat()})"
    lines.append(f"Layer: {item.layer_label}; horizon: {item.horizon_label}; {when}")
    if item.phase:
        lines.append(f"Phase: {esc(item.phase)}")
    if item.pilot:
        lines.append("Pilot: a contained pilot before the broad rollout; review it before scaling.")
    lines.append(f"groundwork id: {item.external_id}")
    return lines


def label_safe(text: str) -> str:
    """A label value without the separators trackers split on (commas, semicolons)."""
    return re.sub(r"[,;]+", " ", one_line(text)).strip()
