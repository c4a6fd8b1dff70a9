"""Markdown, plain text and Word documents (the org-context side of extraction)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from agent.errors import NoTextError, UnsupportedFormatError
from extractors import extract, extract_document, to_markdown
from schemas.deck import BlockKind

CHARTER = """# Team charters

Intro paragraph that wraps
over two lines.

## Data Platform

Owns the **warehouse** and [pipelines](https://example.com).

- Ingestion
  - Kafka topics
- Modelling

| Role | Person |
|------|--------|
| Lead | Ana |
| Analyst | Bo |

### Rituals

Weekly review.

## Sales Ops

1. Forecast
2. Territories

```
# not a heading
```
"""


def test_markdown_sections_headings_lists_tables(tmp_path: Path) -> None:
    path = tmp_path / "charters.md"
    path.write_text(CHARTER)
    deck = extract_document(path)
    assert deck.kind == "md"
    assert [u.title for u in deck.units] == ["Team charters", "Data Platform", "Sales Ops"]
    assert all(u.kind == "section" for u in deck.units)
    intro, data, sales = deck.units
    assert intro.blocks[1].text == "Intro paragraph that wraps over two lines."
    assert data.blocks[0].kind is BlockKind.title
    assert data.blocks[1].text == "Owns the warehouse and pipelines."
    items = [(b.text, b.level) for b in data.blocks if b.bullet]
    assert items == [("Ingestion", 0), ("Kafka topics", 1), ("Modelling", 0)]
    [table] = [b for b in data.blocks if b.kind is BlockKind.table]
    assert table.rows == [["Role", "Person"], ["Lead", "Ana"], ["Analyst", "Bo"]]
    rituals = next(b for b in data.blocks if b.text == "Rituals")
    assert rituals.kind is BlockKind.title and rituals.level == 1
    assert [b.text for b in sales.blocks if b.bullet] == ["Forecast", "Territories"]
    assert any(b.text == "# not a heading" for b in sales.blocks)
    assert all(b.source.section == u.number for u in deck.units for b in u.blocks)


def test_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "roster.txt"
    path.write_text("Roster\n\nAna - Head of Data\nBo - Analyst\n\n- on call: Ana\n")
    deck = extract_document(path)
    assert deck.kind == "txt"
    assert deck.units[0].title == "Roster"
    assert "Ana - Head of Data Bo - Analyst" in deck.text()
    assert any(b.bullet and b.text == "on call: Ana" for b in deck.units[0].blocks)


def test_empty_text_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.md"
    path.write_text("\n\n   \n")
    with pytest.raises(NoTextError):
        extract_document(path)


def test_docx_headings_lists_tables(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Systems inventory", level=1)
    document.add_paragraph("All systems we run.")
    document.add_paragraph("CRM", style="List Bullet")
    document.add_paragraph("Salesforce", style="List Bullet 2")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([["System", "Owner"], ["ERP", "Finance"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_heading("Metrics", level=1)
    document.add_paragraph("NPS is measured quarterly.")
    path = tmp_path / "systems.docx"
    document.save(str(path))

    deck = extract_document(path)
    assert deck.kind == "docx"
    assert [u.title for u in deck.units] == ["Systems inventory", "Metrics"]
    first = deck.units[0]
    assert [(b.text, b.level) for b in first.blocks if b.bullet] == [("CRM", 0), ("Salesforce", 1)]
    [tbl] = [b for b in first.blocks if b.kind is BlockKind.table]
    assert tbl.rows == [["System", "Owner"], ["ERP", "Finance"]]
    with pytest.raises(UnsupportedFormatError, match="Word document"):
        extract(path)


def test_markdown_render_of_sections(tmp_path: Path) -> None:
    path = tmp_path / "c.md"
    path.write_text(CHARTER)
    md = to_markdown(extract_document(path))
    assert "## Section 2: Data Platform" in md
    assert "  - Kafka topics" in md
    assert "| Lead | Ana |" in md
