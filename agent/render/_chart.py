"""The roadmap as an inline SVG chart for report.html.

One bar per task on the plan's clock (weeks, or months for plans longer than a year),
grouped under their phases; each phase has a header line showing its window, and its
gate (the deck's exit criteria) is a diamond on the phase's last week. Readable without hovering: every label is printed;
``<title>`` elements add the owner and dates for those who hover. All text goes through
``html_text``.
"""

from __future__ import annotations

from collections.abc import Callable

from ._doc import Chart, ChartPhase, ChartRow
from ._text import HORIZON_LABELS, html_text

WIDTH = 1000
LABEL_W = 330
RIGHT = 24
ROW_H = 20
BAR_H = 12
TOP = 56  # phase band + axis
FILL = {"foundational": "#1f3864", "quick_win": "#2e75b6", "aspirational": "#9dc3e6"}
GATE = "#c0504d"
PILOT = "#e69138"


def _cut(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[: max(chars - 1, 1)].rstrip() + "…"


def _ticks(total: int, unit: str) -> list[tuple[int, str]]:
    """(week offset, label) pairs: about a dozen ticks, on round steps of the unit."""
    if unit == "month":
        months = max(-(-total * 12 // 52), 1)
        step = next(s for s in (1, 2, 3, 6, 12, 24) if months / s <= 14)
        return [(round(m * 52 / 12), f"M{m + 1}") for m in range(0, months, step)]
    step = next(s for s in (1, 2, 4, 8, 13, 26, 52) if total / s <= 16)
    return [(w, f"W{w + 1}") for w in range(0, total, step)]


def roadmap_svg(chart: Chart) -> str:
    total = max(chart.total_weeks, 1)
    span = WIDTH - LABEL_W - RIGHT

    def x(week: float) -> float:
        return round(LABEL_W + span * min(max(week, 0), total) / total, 1)

    # one header line per phase (its window, its gate), then its tasks; unphased tasks last
    lines: list[ChartPhase | ChartRow] = []
    for phase in chart.phases:
        lines.append(phase)
        lines += [r for r in chart.rows if r.phase == phase.name]
    names = {p.name for p in chart.phases}
    rest = [r for r in chart.rows if r.phase not in names]
    if rest and chart.phases:
        lines.append(ChartPhase("Not in a phase", 0, 0, None))
    lines += rest
    body = ROW_H * max(len(lines), 1)
    height = TOP + body + 44
    unit_word = "months" if chart.unit == "month" else "weeks"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-labelledby="roadmap-title roadmap-desc" font-size="11">'
        f'<title id="roadmap-title">Roadmap</title>'
        f'<desc id="roadmap-desc">{len(chart.rows)} tasks over {total} weeks in '
        f"{len(chart.phases)} phases; the axis counts {unit_word}.</desc>",
        f'<rect x="{LABEL_W}" y="{TOP - 4}" width="{span}" height="{body + 4}" fill="#f7f8fa"/>',
        f'<text x="{LABEL_W - 8}" y="{TOP - 12}" text-anchor="end" fill="#5b6475">{unit_word}</text>',
    ]
    for week, label in _ticks(total, chart.unit):
        xx = x(week)
        parts.append(
            f'<line x1="{xx}" y1="{TOP - 8}" x2="{xx}" y2="{TOP + body}" stroke="#d5d9e0" '
            f'stroke-width="0.6"/><text x="{xx + 2}" y="{TOP - 12}" fill="#5b6475">{html_text(label)}</text>'
        )
    gates = 0
    for n, item in enumerate(lines):
        y = TOP + n * ROW_H
        if isinstance(item, ChartPhase):
            gate = None
            if item.gate:
                gates += 1
                gate = gates
            parts.append(_phase_line(item, y, x, gate))
        else:
            parts.append(_bar(item, y, x))
    parts.append(_legend(TOP + body + 24, any(p.gate for p in chart.phases)))
    parts.append("</svg>")
    caption = (
        "The roadmap on the deck's clock: one bar per task, under its phase."
        if chart.unit == "month"
        else "The roadmap: one bar per task, under its phase; W1 is the plan's first week."
    )
    return (
        '<figure class="chart" id="roadmap-chart">'
        + "".join(parts)
        + f"<figcaption>{html_text(caption)}</figcaption></figure>"
    )


def _phase_line(phase: ChartPhase, y: float, x: Callable[[float], float], gate: int | None) -> str:
    label = _cut(phase.name, 48)
    out = [
        f'<g class="phase"><title>{html_text(phase.name)}</title>'
        f'<text x="4" y="{y + BAR_H + 1}" font-weight="700" fill="#1d2330">{html_text(label)}</text>'
    ]
    if phase.end > phase.start:
        x0, x1 = x(phase.start), x(phase.end)
        out.append(
            f'<rect x="{x0}" y="{y + ROW_H / 2 - 2}" width="{max(x1 - x0, 2)}" height="4" '
            f'fill="#8a94a6"/>'
        )
    out.append("</g>")
    if gate is not None and phase.gate:
        xx, yy = x(phase.end), y + ROW_H / 2
        out.append(
            f'<g class="gate"><title>Gate {gate}: {html_text(phase.gate)}</title>'
            f'<polygon points="{xx},{yy - 7} {xx + 7},{yy} {xx},{yy + 7} {xx - 7},{yy}" fill="{GATE}"/>'
            f'<text x="{xx + 10}" y="{yy + 4}" fill="{GATE}" font-weight="600">Gate {gate}</text></g>'
        )
    return "".join(out)


def _legend(y: float, gates: bool) -> str:
    parts = []
    lx = LABEL_W
    for horizon in ("foundational", "quick_win", "aspirational"):
        parts.append(
            f'<rect x="{lx}" y="{y - 9}" width="14" height="10" fill="{FILL[horizon]}"/>'
            f'<text x="{lx + 18}" y="{y}">{html_text(HORIZON_LABELS[horizon])}</text>'
        )
        lx += 110
    parts.append(
        f'<rect x="{lx}" y="{y - 9}" width="14" height="10" fill="#ffffff" stroke="{PILOT}" '
        f'stroke-width="2"/><text x="{lx + 18}" y="{y}">Pilot</text>'
    )
    lx += 70
    if gates:
        parts.append(
            f'<polygon points="{lx + 6},{y - 10} {lx + 12},{y - 4} {lx + 6},{y + 2} {lx},{y - 4}" '
            f'fill="{GATE}"/><text x="{lx + 18}" y="{y}">Gate (the deck\'s exit criteria)</text>'
        )
    return "".join(parts)


def _bar(row: ChartRow, y: float, x: Callable[[float], float]) -> str:
    x0, x1 = x(row.start), x(row.end)
    fill = FILL.get(row.horizon, "#7f8c9d")
    stroke = f' stroke="{PILOT}" stroke-width="2.5"' if row.pilot else ""
    tip = f"{row.label}: {row.owner}, {row.when}" + (" (pilot)" if row.pilot else "")
    label = _cut(row.label, 46)
    return (
        f'<g class="bar-row"><title>{html_text(tip)}</title>'
        f'<text x="{LABEL_W - 8}" y="{y + BAR_H}" text-anchor="end" fill="#1d2330">{html_text(label)}</text>'
        f'<rect class="bar" x="{x0}" y="{y + (ROW_H - BAR_H) / 2}" width="{max(x1 - x0, 2)}" '
        f'height="{BAR_H}" rx="2" fill="{fill}"{stroke}/></g>'
    )
