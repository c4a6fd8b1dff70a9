"""PPTX extraction on small decks built here with python-pptx."""

from __future__ import annotations

import copy
import io
import struct
import zlib
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches, Pt

from agent.errors import NoTextError
from extractors import extract, to_markdown
from schemas.deck import BlockKind, Deck

TITLE_AND_CONTENT, TITLE_ONLY, BLANK = 1, 5, 6


def save(prs: Presentation, path: Path) -> Path:
    prs.save(str(path))
    return path


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def texts(deck: Deck, number: int, kind: BlockKind | None = None) -> list[str]:
    return [b.text for b in deck.units[number - 1].blocks if kind is None or b.kind is kind]


def textbox(shapes, text: str, left: float, top: float, width: float = 3, height: float = 0.5):
    box = shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    box.text_frame.text = text
    return box


@pytest.fixture
def rich_deck(tmp_path: Path) -> Path:
    prs = Presentation()
    # 1: title + bullets at three levels, speaker notes
    s1 = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    s1.shapes.title.text = "Growth strategy 2027"
    body = s1.placeholders[1].text_frame
    body.text = "Grow revenue"
    for text, level in [("APAC first", 1), ("Japan pilot", 2), ("Cut churn", 0)]:
        p = body.add_paragraph()
        p.text, p.level = text, level
    s1.notes_slide.notes_text_frame.text = "Say the 2027 target out loud.\nThen pause."
    # 2: reading order: the lower shape is added first (z-order), and a soft break
    s2 = prs.slides.add_slide(prs.slide_layouts[BLANK])
    textbox(s2.shapes, "Comes second", 1, 4)
    textbox(s2.shapes, "Comes first", 1, 1)
    textbox(s2.shapes, "Line one\vLine two", 1, 6)
    # 3: nested groups, child coordinates in group space
    s3 = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    s3.shapes.title.text = "Groups"
    outer = s3.shapes.add_group_shape()
    textbox(outer.shapes, "Outer child", 1, 2)
    inner = outer.shapes.add_group_shape()
    textbox(inner.shapes, "Deep child", 1, 3)
    textbox(s3.shapes, "Below the groups", 1, 6)
    # 4: table
    s4 = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    s4.shapes.title.text = "KPIs"
    table = s4.shapes.add_table(3, 2, Inches(1), Inches(2), Inches(6), Inches(2)).table
    for r, row in enumerate([["Metric", "Target"], ["NPS", "45"], ["Churn", "3%"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    # 5: picture alt text, hidden slide
    s5 = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    s5.shapes.title.text = "Hidden appendix"
    pic = s5.shapes.add_picture(io.BytesIO(tiny_png()), Inches(1), Inches(2))
    pic._element.nvPicPr.cNvPr.set("descr", "Org chart of the sales team")
    s5._element.set("show", "0")
    # 6: chart with title and series
    s6 = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    s6.shapes.title.text = "Revenue"
    data = CategoryChartData()
    data.categories = ["2025", "2026", "2027"]
    data.add_series("Revenue EUR m", (10, 14, 20))
    data.add_series("Margin %", (5, 7, 9))
    chart = s6.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(2), Inches(6), Inches(4), data
    ).chart
    chart.has_title = True
    chart.chart_title.text_frame.text = "Revenue plan"
    # 7: no title placeholder: the top-most short text names the slide
    s7 = prs.slides.add_slide(prs.slide_layouts[BLANK])
    textbox(s7.shapes, "Body text lower down that is long enough to be a paragraph.", 1, 4)
    big = textbox(s7.shapes, "Market context", 1, 0.5)
    big.text_frame.paragraphs[0].runs[0].font.size = Pt(32)
    return save(prs, tmp_path / "rich.pptx")


def test_slides_are_numbered_from_one_with_provenance(rich_deck: Path) -> None:
    deck = extract(rich_deck)
    assert deck.kind == "pptx" and deck.name == "rich.pptx"
    assert [u.number for u in deck.units] == [1, 2, 3, 4, 5, 6, 7]
    for unit in deck.units:
        assert unit.kind == "slide"
        for order, block in enumerate(unit.blocks):
            assert block.source.file == "rich.pptx"
            assert block.source.slide == unit.number
            assert block.order == order
    assert len(deck.sha256) == 64


def test_title_and_bullet_levels(rich_deck: Path) -> None:
    unit = extract(rich_deck).units[0]
    assert unit.title == "Growth strategy 2027"
    assert unit.blocks[0].kind is BlockKind.title
    body = [(b.text, b.level) for b in unit.blocks if b.kind is BlockKind.body]
    assert body == [("Grow revenue", 0), ("APAC first", 1), ("Japan pilot", 2), ("Cut churn", 0)]


def test_speaker_notes(rich_deck: Path) -> None:
    deck = extract(rich_deck)
    assert texts(deck, 1, BlockKind.notes) == ["Say the 2027 target out loud.", "Then pause."]
    assert texts(deck, 2, BlockKind.notes) == []


def test_reading_order_is_position_not_z_order(rich_deck: Path) -> None:
    assert texts(extract(rich_deck), 2) == ["Comes first", "Comes second", "Line one Line two"]


def test_vertical_tab_soft_break_is_normalised(rich_deck: Path) -> None:
    assert all("\x0b" not in b.text for u in extract(rich_deck).units for b in u.blocks)


def test_nested_groups_are_recursed_in_place(rich_deck: Path) -> None:
    assert texts(extract(rich_deck), 3) == [
        "Groups",
        "Outer child",
        "Deep child",
        "Below the groups",
    ]


def test_table_rows(rich_deck: Path) -> None:
    [table] = [b for b in extract(rich_deck).units[3].blocks if b.kind is BlockKind.table]
    assert table.rows == [["Metric", "Target"], ["NPS", "45"], ["Churn", "3%"]]
    assert "NPS | 45" in table.text


def test_alt_text_and_hidden_slide(rich_deck: Path) -> None:
    deck = extract(rich_deck)
    assert texts(deck, 5, BlockKind.image_alt) == ["Org chart of the sales team"]
    assert [u.hidden for u in deck.units] == [False, False, False, False, True, False, False]


def test_chart_title_series_and_data(rich_deck: Path) -> None:
    [chart] = [b for b in extract(rich_deck).units[5].blocks if b.kind is BlockKind.chart]
    assert chart.text.startswith("Revenue plan")
    assert "Revenue EUR m" in chart.text and "Margin %" in chart.text
    assert chart.rows is not None
    assert chart.rows[0] == ["", "Revenue EUR m", "Margin %"]
    assert chart.rows[3][0] == "2027" and float(chart.rows[3][1]) == 20


def test_slide_without_title_placeholder_uses_top_short_text(rich_deck: Path) -> None:
    unit = extract(rich_deck).units[6]
    assert unit.title == "Market context"
    assert [b.kind for b in unit.blocks] == [BlockKind.body, BlockKind.body]
    assert unit.blocks[0].text == "Market context"


def _title_box(slide, top: float, text: str, size: int) -> None:  # type: ignore[no-untyped-def]
    """A text box across the slide at ``top`` inches, its text at ``size`` points."""
    frame = slide.shapes.add_textbox(Inches(0.6), Inches(top), Inches(12), Inches(1)).text_frame
    frame.text = text
    frame.paragraphs[0].runs[0].font.size = Pt(size)


def test_action_titles_in_one_place_win_over_a_big_statement_under_them(tmp_path: Path) -> None:
    """A deck of text boxes whose titles all stand in one place: on the slide whose north star
    is set larger under its title, the title is still the text in that place."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)

    titles = [
        "Our stores are full, but we grade grain too slowly",
        "We have set one ambition and one promise we can measure",
        "Four priorities turn the plan into work for every store",
        "We will move in three phases, one harvest each",
    ]
    for n, title in enumerate(titles):
        slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
        _title_box(slide, 0.4, title, 26)
        if n == 1:
            _title_box(slide, 2.1, "A co-op every grower is proud to belong to.", 40)
        _title_box(slide, 4.5, "A line of body text under the title", 16)
    deck = extract(save(prs, tmp_path / "action-titles.pptx"))
    assert [u.title for u in deck.units] == titles
    body = [b.text for b in deck.units[1].blocks]
    assert "A co-op every grower is proud to belong to." in body


def test_markdown_rendering(rich_deck: Path) -> None:
    md = to_markdown(extract(rich_deck))
    assert "## Slide 1: Growth strategy 2027" in md
    assert "  - APAC first" in md and "    - Japan pilot" in md
    assert "> Notes:" in md and "> Say the 2027 target out loud." in md
    assert "## Slide 5: Hidden appendix (hidden)" in md
    assert "| Metric | Target |" in md
    assert "[image: Org chart of the sales team]" in md


def test_broken_shape_is_skipped_with_a_warning(tmp_path: Path) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    slide.shapes.title.text = "Still here"
    data = CategoryChartData()
    data.categories = ["a"]
    data.add_series("s", (1,))
    frame = slide.shapes.add_chart(
        XL_CHART_TYPE.PIE, Inches(1), Inches(2), Inches(3), Inches(3), data
    )
    broken = copy.deepcopy(frame._element)
    chart_ref = broken.find(".//{http://schemas.openxmlformats.org/drawingml/2006/chart}chart")
    chart_ref.set(
        "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id", "rId999"
    )
    broken.find(".//{*}cNvPr").set("name", "Dangling chart")
    slide.shapes._spTree.append(broken)
    deck = extract(save(prs, tmp_path / "broken.pptx"))
    assert deck.units[0].title == "Still here"
    assert any("Dangling chart" in w for w in deck.warnings)
    assert sum(b.kind is BlockKind.chart for b in deck.units[0].blocks) == 1


def test_placeholder_without_position_is_kept(tmp_path: Path) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    slide.shapes.title.text = "Title"
    slide.placeholders[1].text_frame.text = "Body without own position"
    for xfrm in slide.shapes._spTree.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/main}xfrm"
    ):
        xfrm.getparent().remove(xfrm)
    deck = extract(save(prs, tmp_path / "nopos.pptx"))
    assert texts(deck, 1) == ["Title", "Body without own position"]


def test_slideshow_content_type_is_a_deck(tmp_path: Path) -> None:
    import zipfile

    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY]).shapes.title.text = "Show"
    source = save(prs, tmp_path / "deck.pptx")
    target = tmp_path / "deck.ppsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"presentation.main+xml", b"slideshow.main+xml")
            zout.writestr(item, data)
    assert extract(target).units[0].title == "Show"


def test_empty_presentations_have_no_text(tmp_path: Path) -> None:
    with pytest.raises(NoTextError, match="no slides"):
        extract(save(Presentation(), tmp_path / "empty.pptx"))
    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[BLANK])
    with pytest.raises(NoTextError, match="OCR it first"):
        extract(save(prs, tmp_path / "blank.pptx"))


def test_smartart_xml_is_read() -> None:
    from extractors.pptx import read_smartart

    ns = 'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'

    def pt(model_id: str, text: str = "", kind: str = "") -> str:
        kind_attr = f' type="{kind}"' if kind else ""
        body = f"<dgm:t><a:p><a:r><a:t>{text}</a:t></a:r></a:p></dgm:t>" if text else ""
        return f'<dgm:pt modelId="{model_id}"{kind_attr}>{body}</dgm:pt>'

    xml = (
        f"<dgm:dataModel {ns}><dgm:ptLst>{pt('0', kind='doc')}{pt('2', 'Child')}"
        f"{pt('1', 'Parent')}</dgm:ptLst><dgm:cxnLst>"
        '<dgm:cxn modelId="c1" srcId="0" destId="1" srcOrd="0"/>'
        '<dgm:cxn modelId="c2" srcId="1" destId="2" srcOrd="0"/>'
        "</dgm:cxnLst></dgm:dataModel>"
    )
    assert read_smartart(xml.encode()) == [(0, "Parent"), (1, "Child")]
    assert etree.fromstring(xml.encode()) is not None


def test_a_kpi_figure_in_a_big_font_does_not_name_the_slide(tmp_path: Path) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])

    def text(value: str, top: float, size: int) -> None:
        box = slide.shapes.add_textbox(Inches(0.5), Inches(top), Inches(4), Inches(0.6))
        box.text_frame.text = value
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(size)

    text("Make It Quick", 0.4, 28)
    text("4 min", 1.5, 54)  # the tile's figure, bigger than the title
    text("longest checkout wait", 2.2, 14)
    deck = extract(save(prs, tmp_path / "tile.pptx"))
    assert deck.units[0].title == "Make It Quick"


def test_a_bullet_typed_by_hand_in_a_text_box_is_a_list_item(tmp_path: Path) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    frame = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(8), Inches(4)).text_frame
    frame.text = "• Phase A · Mobilise: January to April 2027"
    for text in ("– Crane contracts signed", "Board paper, -5% cost"):
        frame.add_paragraph().text = text
    path = tmp_path / "typed.pptx"
    prs.save(str(path))
    blocks = [b for b in extract(path).units[0].blocks if b.kind is BlockKind.body]
    got = [(b.text, b.bullet) for b in blocks]
    assert got[0] == ("Phase A · Mobilise: January to April 2027", True)
    assert got[1] == ("Crane contracts signed", True)
    assert got[2][0] == "Board paper, -5% cost"


def test_a_cover_and_a_divider_keep_their_own_titles_beside_a_deck_of_titles_in_one_place(
    tmp_path: Path,
) -> None:
    """A small "Board paper" line or a "02" at the titles' place names no slide: the cover's
    big title and the divider's name stay."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)

    cover = prs.slides.add_slide(prs.slide_layouts[BLANK])
    _title_box(cover, 0.4, "Board paper, January 2028", 12)
    _title_box(cover, 2.5, "Northvale Leisure 2028-2030", 44)
    for title in ("Where we are today", "Our three pillars", "Roadmap"):
        slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
        _title_box(slide, 0.4, title, 26)
        _title_box(slide, 4.5, "A line of body text under the title", 16)
    divider = prs.slides.add_slide(prs.slide_layouts[BLANK])
    _title_box(divider, 0.4, "02", 20)
    _title_box(divider, 2.5, "Delivering the plan", 40)
    titles = [u.title for u in extract(save(prs, tmp_path / "cover.pptx")).units]
    assert titles[0] == "Northvale Leisure 2028-2030" and titles[-1] == "Delivering the plan"


def _workbook(build: object) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    build(book)  # type: ignore[operator]
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_a_worksheet_pasted_as_an_object_is_read_as_the_slides_table(tmp_path: Path) -> None:
    """Paste Special > Microsoft Excel Worksheet Object: the slide shows a picture, the KPI rows
    live in the embedded workbook; its active sheet is read as Excel shows it, a working sheet
    beside it is not, and a damaged workbook costs a warning, not the slide."""
    from pptx.enum.shapes import PROG_ID

    def kpis(book):  # type: ignore[no-untyped-def]
        sheet = book.active
        sheet.title = "KPIs"
        sheet.append(["Measures and targets"])
        sheet.append(["Measure", "Baseline", "Target", "By when"])
        sheet.append(["Sailings operated as timetabled", 0.952, 0.985, "March 2032"])
        sheet.append(["Vehicles turned away", 7900, "Under 3,000", "Summer 2031"])
        sheet["B3"].number_format = sheet["C3"].number_format = "0.0%"
        sheet["B4"].number_format = "#,##0"
        notes = book.create_sheet("Notes")
        notes.append(["Source", "SailBook cancellation codes"])

    png = tmp_path / "table.png"
    png.write_bytes(tiny_png())
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    slide.shapes.title.text = "How we will measure it"
    slide.shapes.add_ole_object(
        io.BytesIO(_workbook(kpis)), PROG_ID.XLSX, Inches(1), Inches(2), icon_file=str(png)
    )
    broken = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    broken.shapes.title.text = "What it costs"
    broken.shapes.add_ole_object(
        io.BytesIO(b"PK\x03\x04 not a workbook"), PROG_ID.XLSX, Inches(1), Inches(2)
    )
    deck = extract(save(prs, tmp_path / "ole.pptx"))
    first = deck.units[0]
    assert [b.text for b in first.blocks if b.kind is BlockKind.body] == ["Measures and targets"]
    tables = [b.rows for b in first.blocks if b.kind is BlockKind.table]
    assert tables == [
        [
            ["Measure", "Baseline", "Target", "By when"],
            ["Sailings operated as timetabled", "95.2%", "98.5%", "March 2032"],
            ["Vehicles turned away", "7,900", "Under 3,000", "Summer 2031"],
        ]
    ]
    assert "SailBook" not in first.text()
    assert [u.title for u in deck.units] == ["How we will measure it", "What it costs"]
    assert any("slide 2: an embedded worksheet was not read" in w for w in deck.warnings)


def test_a_cell_shows_its_number_as_its_format_says() -> None:
    from extractors._sheet import shown_number

    assert shown_number(0.952, "0.0%") == "95.2%"
    assert shown_number(0.41, "0%") == "41%"
    assert shown_number(7900, "#,##0") == "7,900"
    assert shown_number(2.5, "0.0") == "2.5"
    assert shown_number(1234.5, '"£"#,##0.00') == "£1,234.50"
    assert shown_number(12, "[$€-2] #,##0") == "€12"
    assert shown_number(3.0, "General") == "3"
    assert shown_number(0.125, "General") == "0.125"
    # as Excel shows them: half away from zero, scaled by trailing commas, a negative section
    assert shown_number(2.5, "0") == "3"
    assert shown_number(0.0125, "0.0%") == "1.3%"
    assert shown_number(2_500_000, '#,##0.0,,"m"') == "2.5m"
    assert shown_number(-1234, "#,##0;(#,##0)") == "(1,234)"
    assert shown_number(12345.6, "0.00E+00") == "1.23E+04"


def test_a_web_tools_export_reads_its_lines_as_paragraphs_and_its_drawn_table_as_rows(
    tmp_path: Path,
) -> None:
    """Every line its own text box (Pitch, Figma, Canva): wrapped lines one under another are
    one paragraph; capitalised items stacked close stay items; a grid of lines between drawn
    rules is a table read row by row, though the boxes are written column by column."""
    from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])

    def line(text: str, left: float, top: float, size: int = 14) -> None:
        box = slide.shapes.add_textbox(Pt(left), Pt(top), Pt(400), Pt(size + 4))
        box.text_frame.text = text
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(size)

    line("Ten measures, reported monthly to the", 40, 20, 28)
    line("steering group", 40, 52, 28)
    slide.shapes.add_shape(MSO_SHAPE.OVAL, Pt(30), Pt(105), Pt(4), Pt(4))
    line("Give every customer one ID across", 40, 100)
    line("grocery, Kitchen and Club", 40, 119)
    slide.shapes.add_shape(MSO_SHAPE.OVAL, Pt(30), Pt(143), Pt(4), Pt(4))
    line("Load the tills into the warehouse every hour", 40, 138)
    line("Crews see tagging as extra work", 40, 170)
    line("Residents complain about tags", 40, 189)
    # the table, written a column at a time, rules between its rows
    cells = [
        ["measure", "now", "target"],
        ["Orders in the booked slot", "88.4%", "96%"],
        ["Orders complete and correct", "93.1%", "98%"],
    ]
    for c, left in enumerate((40, 300, 420)):
        for r, row in enumerate(cells):
            line(row[c], left, 230 + r * 32, 12)
    for r in range(1, 3):
        slide.shapes.add_connector(
            MSO_CONNECTOR.STRAIGHT, Pt(40), Pt(228 + r * 32), Pt(520), Pt(228 + r * 32)
        )
    unit = extract(save(prs, tmp_path / "lines.pptx")).units[0]
    assert unit.title == "Ten measures, reported monthly to the steering group"
    body = [b.text for b in unit.blocks if b.kind is BlockKind.body]
    assert "Give every customer one ID across grocery, Kitchen and Club" in body
    assert "Load the tills into the warehouse every hour" in body
    assert "Crews see tagging as extra work" in body
    assert "Residents complain about tags" in body
    tables = [b.rows for b in unit.blocks if b.kind is BlockKind.table]
    assert tables == [cells]


def test_a_run_set_in_capitals_reads_as_shown(tmp_path: Path) -> None:
    """cap="all" shows "our ambition · fy31" as OUR AMBITION · FY31: a kicker, read as one."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(0.5))
    box.text_frame.text = "our ambition · fy31"
    box.text_frame.paragraphs[0].runs[0]._r.get_or_add_rPr().set("cap", "all")
    unit = extract(save(prs, tmp_path / "caps.pptx")).units[0]
    assert [b.text for b in unit.blocks] == ["OUR AMBITION · FY31"]


def test_under_a_drawn_bullet_a_line_carries_its_item_on_however_it_opens(tmp_path: Path) -> None:
    from pptx.enum.shapes import MSO_SHAPE

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    for text, top in (
        ("Extend the stock module to Holme Lane in H2", 100),
        ("FY29, so the oldest stock is picked first", 119),
    ):
        box = slide.shapes.add_textbox(Pt(40), Pt(top), Pt(400), Pt(18))
        box.text_frame.text = text
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(14)
    slide.shapes.add_shape(MSO_SHAPE.OVAL, Pt(30), Pt(105), Pt(4), Pt(4))
    unit = extract(save(prs, tmp_path / "dot.pptx")).units[0]
    assert [b.text for b in unit.blocks] == [
        "Extend the stock module to Holme Lane in H2 FY29, so the oldest stock is picked first"
    ]


def test_a_connector_is_a_rule_never_a_gantt_bar(tmp_path: Path) -> None:
    """A roadmap's dependency arrow is drawn as a connector: no bar to date a phase by."""
    from pptx.enum.shapes import MSO_CONNECTOR

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    slide.shapes.title.text = "Roadmap"
    slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(1), Inches(3), Inches(4), Inches(3.3))
    assert extract(save(prs, tmp_path / "arrow.pptx")).units[0].bars == []
