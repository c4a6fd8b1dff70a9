"""Shared pieces of the extractors: the source being read, text cleanup, and a unit builder."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from agent.files import display_path as display_path  # re-exported: extractors.display_path
from schemas.deck import Block, BlockKind, Deck, Provenance, Unit

UnitKind = Literal["slide", "page", "section"]

# C0/C1 control characters other than tab and newline; vertical tab and form feed are soft breaks.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b\ufeff\u00ad]")
_SOFT_BREAK = re.compile(r"[\x0b\x0c\r\u2028\u2029]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
MAX_WARNINGS = 50
# A list item typed by hand: a bullet glyph, or a dash or star and a space, before the text.
# (a checklist's boxes and ticks too: "☐ Hold the first steering group")
# A form's label alone on its line ("Job title:", "Role in the programme:"): a fields box a
# PDF reads label column first, its values after (pdf.py, agent/context/_documents.py).
FIELD_LABEL = re.compile(r"^[A-Z][\w'’ ()/&-]{1,60}:$")
# (and a guillemet with a space after it, as a bullet is typed or read by OCR: "» Validate ...";
# one opening a quotation, "»Jeder Kunde ...«", is no bullet)
BULLET = re.compile(r"^(?:[•▪◦●○■□➢►‣∙⁃☐☑☒◻▢❑❒✓✔]\s*|[–*»›-]\s+)(?=\S)")


@dataclass(frozen=True)
class Source:
    """The file being extracted: the path as given (for errors), its name and hash (for provenance)."""

    path: str
    name: str
    sha256: str

    def deck(
        self,
        kind: Literal["pptx", "pdf", "md", "txt", "docx"],
        units: list[Unit],
        warnings: list[str] | None = None,
    ) -> Deck:
        """The extracted deck, carrying this file's provenance."""
        return Deck(
            path=self.path,
            name=self.name,
            sha256=self.sha256,
            kind=kind,
            units=units,
            warnings=warnings or [],
        )


def clean_inline(text: str) -> str:
    """One line of text: soft breaks become spaces, control characters go, whitespace collapses,
    and a typographic apostrophe is the plain one ("Where we’re heading" reads as every
    reader's patterns spell "we're")."""
    text = _SOFT_BREAK.sub(" ", text.replace("\n", " "))
    text = _CONTROL.sub("", text).translate(_APOSTROPHES)
    return _SPACES.sub(" ", text).strip()


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def wordy(text: str, minimum: float = 0.6) -> bool:
    """Mostly letters (a title, not a KPI like "RMB 5.84B" or a section number like "01")."""
    chars = [ch for ch in text if not ch.isspace()]
    letters = sum(ch.isalpha() for ch in chars)
    return letters >= 3 and letters >= minimum * len(chars)


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def short_reason(exc: BaseException, limit: int = 120) -> str:
    """``TypeName: message`` squeezed onto one short line."""
    message = " ".join(str(exc).split())
    if len(message) > limit:
        message = message[: limit - 1] + "…"
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


@dataclass
class UnitBuilder:
    """Collects a unit's blocks in reading order and stamps provenance on each."""

    file: str
    number: int
    kind: UnitKind
    title: str | None = None
    hidden: bool = False
    section: str | None = None
    blocks: list[Block] = field(default_factory=list)
    bars: list[tuple[int, int, int, int]] = field(default_factory=list)

    def add(
        self,
        kind: BlockKind,
        text: str,
        *,
        level: int = 0,
        rows: list[list[str]] | None = None,
        bullet: bool | None = None,
        box: tuple[int, int, int, int] | None = None,
        frame: tuple[int, int, int, int] | None = None,
        place: tuple[int, int, int, int] | None = None,
        parts: list[tuple[str, tuple[int, int, int, int]]] | None = None,
    ) -> Block | None:
        if not text.strip() and not rows:
            return None
        if self.kind == "slide":
            source = Provenance(file=self.file, slide=self.number)
        elif self.kind == "page":
            source = Provenance(file=self.file, page=self.number)
        else:
            source = Provenance(file=self.file, section=self.number)
        block = Block(
            kind=kind,
            text=text,
            level=max(0, level),
            order=len(self.blocks),
            rows=rows,
            bullet=bullet,
            box=box,
            frame=frame,
            place=place,
            parts=parts,
            source=source,
        )
        self.blocks.append(block)
        return block

    def build(self) -> Unit:
        return Unit(
            number=self.number,
            kind=self.kind,
            title=self.title or None,
            hidden=self.hidden,
            section=self.section,
            blocks=self.blocks,
            bars=self.bars,
        )


def rows_text(rows: list[list[str]]) -> str:
    """Table rows as text: cells joined with `` | ``, one row a line, empty rows dropped."""
    lines = [" | ".join(cell for cell in row) for row in rows if any(c.strip() for c in row)]
    return "\n".join(lines)


def add_warning(warnings: list[str], message: str) -> None:
    if len(warnings) < MAX_WARNINGS:
        warnings.append(message)
    elif len(warnings) == MAX_WARNINGS:
        warnings.append("further warnings suppressed")


def renumber(units: list[Unit]) -> list[Unit]:
    """Number units 1..n again (after empty ones were dropped), provenance included."""
    for number, unit in enumerate(units, start=1):
        if unit.number != number:
            unit.number = number
            for block in unit.blocks:
                block.source.section = number if block.source.section else None
                block.source.page = number if block.source.page else None
                block.source.slide = number if block.source.slide else None
    return units
