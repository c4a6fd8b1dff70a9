"""Small decks, goals and roles built in code, for the tests that read deck shapes, compose
plans and choose owners."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from schemas.context import Role
from schemas.deck import Block, BlockKind, Deck, Provenance, Unit
from schemas.plan import Vision


def slide_deck(
    slides: list[tuple[str, list[str]]], *, bullets: bool = True, marked: bool = False
) -> Deck:
    """One slide per (title, lines): a title block, then one body block per line. ``marked``:
    only the lines written "• ..." are bullets (drawn without the marker), as on a slide whose
    labels and captions stand in text boxes of their own."""
    units = []
    for n, (title, lines) in enumerate(slides, start=1):
        prov = Provenance(file="deck.pptx", slide=n)
        blocks = [Block(kind=BlockKind.title, text=title, source=prov)]
        blocks += [
            Block(
                kind=BlockKind.body,
                text=line.removeprefix("• ") if marked else line,
                order=i + 1,
                bullet=line.startswith("• ") if marked else bullets,
                source=prov,
            )
            for i, line in enumerate(lines)
        ]
        units.append(Unit(number=n, kind="slide", title=title, blocks=blocks))
    return Deck(path="deck.pptx", name="deck.pptx", sha256="0" * 64, kind="pptx", units=units)


def chart_deck(
    cover: tuple[str, str],
    chart: list[Block],
    *,
    kind: str = "pptx",
    bars: list[tuple[int, int, int, int]] | None = None,
) -> Deck:
    """A cover (its title and one line under it) and a drawn chart: the chart's blocks placed
    as the test draws them, its text-less bars given, on slide or page 2."""
    unit = "slide" if kind == "pptx" else "page"
    prov = chart[0].source if chart else Provenance(file=f"d.{kind}")
    title, line = cover
    first = Unit(
        number=1,
        kind=unit,  # type: ignore[arg-type]
        title=title,
        blocks=[
            Block(kind=BlockKind.title, text=title, source=prov),
            Block(kind=BlockKind.body, text=line, source=prov),
        ],
    )
    second = Unit(
        number=2,
        kind=unit,  # type: ignore[arg-type]
        title=chart[0].text if chart else "",
        blocks=chart,
        bars=bars or [],
    )
    return Deck.model_validate(
        {
            "path": f"d.{kind}",
            "name": f"d.{kind}",
            "sha256": "0" * 64,
            "kind": kind,
            "units": [first, second],
        }
    )


def table_block(rows: list[list[str]], slide: int, *, order: int = 1) -> Block:
    """A native table on a slide of deck.pptx, its text the rows joined as a PPTX reads them."""
    return Block(
        kind=BlockKind.table,
        text="\n".join(" | ".join(r) for r in rows),
        rows=rows,
        order=order,
        source=Provenance(file="deck.pptx", slide=slide),
    )


def goal(vid: str, text: str, slide: int, *, vague: bool = False) -> Vision:
    """A goal found on a slide of deck.pptx, vague or clear enough."""
    return Vision.model_validate(
        {
            "id": vid,
            "text": text,
            "source": {"file": "deck.pptx", "slide": slide},
            "vagueness": {"vague": vague, "score": 0.8 if vague else 0.0},
        }
    )


def role(name: str, *duties: str, tier: str = "core") -> Role:
    """A roster role with its stated duties, read from roster.csv."""
    return Role(name=name, tier=tier, responsibilities=list(duties), source="roster.csv")  # type: ignore[arg-type]


def pdf_writer(pdf: Any, size: float) -> Callable[..., None]:
    """``text(x, y, said, size, style)`` writing one line in Helvetica on an fpdf2 page, at a
    default ``size``: how the tests draw a slide saved as PDF."""

    def text(x: float, y: float, said: str, at: float = size, style: str = "") -> None:
        pdf.set_font("Helvetica", style, at)
        pdf.set_xy(x, y)
        pdf.cell(0, at * 1.2, said)

    return text


def phase_months(plan: Any) -> list[tuple[str, int, int]]:
    """A deck plan's phases as (name, first month, end month), months counted from 0."""
    from agent.knowledge.timeline import WEEKS_PER_MONTH

    return [
        (p.name, round(p.start_week / WEEKS_PER_MONTH), round(p.end_week / WEEKS_PER_MONTH))
        for p in plan.phases
    ]
