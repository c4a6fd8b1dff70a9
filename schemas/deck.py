"""The extracted deck: units (slides or pages) of blocks, each with provenance."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class BlockKind(StrEnum):
    title = "title"  # type: ignore[assignment]  # the member shadows str.title by design
    body = "body"
    notes = "notes"
    table = "table"
    chart = "chart"
    image_alt = "image_alt"


class Provenance(BaseModel):
    """Where a block came from: file name plus a 1-based slide or page number."""

    model_config = ConfigDict(extra="forbid")

    file: str
    slide: int | None = Field(default=None, ge=1)
    page: int | None = Field(default=None, ge=1)
    section: int | None = Field(
        default=None, ge=1, description="1-based section of a Markdown/text/Word document"
    )


class Block(BaseModel):
    """One piece of text in reading order.

    ``level`` is the bullet/outline level (0 = top). Tables keep their cells in
    ``rows``; ``text`` then holds the rows joined with `` | `` so search and the
    rules engine can treat every block as text.
    """

    model_config = ConfigDict(extra="forbid")

    kind: BlockKind
    text: str
    level: int = Field(default=0, ge=0)
    order: int = Field(default=0, ge=0, description="reading order within the unit, 0-based")
    rows: list[list[str]] | None = None
    bullet: bool | None = Field(
        default=None, description="true for a list item (bullet or numbered); None when unknown"
    )
    box: tuple[int, int, int, int] | None = Field(
        default=None,
        description="left, top, width, height of the shape on the slide, in EMU (PPTX text "
        "shapes); None when unknown. A Gantt bar's place against the time axis dates it.",
    )
    place: tuple[int, int, int, int] | None = Field(
        default=None,
        description="PDF: left, top, estimated width and height of a one-line block on the page, "
        "in EMU (1 pt = 12,700); None when unknown. A Gantt bar's label is dated by it.",
    )
    parts: list[tuple[str, tuple[int, int, int, int]]] | None = Field(
        default=None,
        description="PDF: the pieces of a line drawn apart on one baseline (a time axis's labels), "
        "each with its place as in ``place``; None for a line drawn as one piece.",
    )
    frame: tuple[int, int, int, int] | None = Field(
        default=None,
        description="left, top, width, height of the text shape the paragraph is in, in EMU "
        "(PPTX), whatever its number of paragraphs; None when unknown. Cards side by side are "
        "told apart by it.",
    )
    source: Provenance


class Unit(BaseModel):
    """A slide (PPTX) or a page (PDF); Markdown/text documents are one unit per top-level section."""

    model_config = ConfigDict(extra="forbid")

    number: int = Field(ge=1)
    kind: Literal["slide", "page", "section"]
    title: str | None = None
    hidden: bool = False
    section: str | None = Field(
        default=None,
        description="the PowerPoint section the slide sits in ('Appendix', 'Parking lot'), "
        "when the deck is divided into sections (PPTX only)",
    )
    blocks: list[Block] = Field(default_factory=list)
    bars: list[tuple[int, int, int, int]] = Field(
        default_factory=list,
        description="left, top, width, height (EMU) of the slide's filled shapes without text: "
        "on a drawn Gantt chart, the bar beside a row label dates that row (PPTX only).",
    )

    def text(self, *, include_notes: bool = True) -> str:
        return "\n".join(
            b.text for b in self.blocks if include_notes or b.kind is not BlockKind.notes
        )


class Deck(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str
    name: str
    sha256: str
    kind: Literal["pptx", "pdf", "md", "txt", "docx"]
    units: list[Unit] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    clock: list[str] = Field(
        default_factory=list,
        description="lines of slides set aside as backup (an appendix) that define the deck's "
        "clock, such as its financial year ('FY29 runs March 2028 to February 2029')",
    )

    def text(self) -> str:
        return "\n\n".join(u.text() for u in self.units)
