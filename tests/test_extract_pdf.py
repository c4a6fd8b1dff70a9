"""PDF extraction and cleanup on small PDFs built here with fpdf2 (and one by hand)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fpdf import FPDF

from agent.errors import CorruptFileError, EncryptedFileError, NoTextError
from extractors import extract, to_markdown
from extractors.pdf import fix_letter_spacing, join_lines
from schemas.deck import BlockKind

Page = list[tuple[float, float, str, float]]  # x, y (mm from top), text, font size


def build_pdf(path: Path, pages: list[Page], **encryption: str) -> Path:
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    if encryption:
        pdf.set_encryption(**encryption)
    for lines in pages:
        pdf.add_page()
        for x, y, text, size in lines:
            pdf.set_font("helvetica", size=size)
            pdf.text(x, y, text)
    pdf.output(str(path))
    return path


def body(*texts: str, top: float = 40, x: float = 20) -> Page:
    return [(x, top + 6 * i, t, 11) for i, t in enumerate(texts)]


def hand_made_pdf(content: bytes) -> bytes:
    """One page whose font maps byte 0x01 to the glyph 'fi' (the ligature) via /Differences."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /fi] >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body_ in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body_ + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def body_texts(path: Path, page: int = 1) -> list[str]:
    deck = extract(path)
    return [b.text for b in deck.units[page - 1].blocks if b.kind is BlockKind.body]


def test_pages_are_numbered_from_one(tmp_path: Path) -> None:
    path = build_pdf(tmp_path / "p.pdf", [body("First page."), body("Second page.")])
    deck = extract(path)
    assert deck.kind == "pdf"
    assert [u.number for u in deck.units] == [1, 2]
    assert [u.kind for u in deck.units] == ["page", "page"]
    assert deck.units[1].blocks[0].source.page == 2
    assert deck.units[1].blocks[0].source.file == "p.pdf"


def test_ligatures_are_nfkc_normalised(tmp_path: Path) -> None:
    content = b"BT /F1 12 Tf 72 700 Td (Our \x01rst of\x01ce opens.) Tj ET"
    path = tmp_path / "lig.pdf"
    path.write_bytes(hand_made_pdf(content))
    text = extract(path).text()
    assert "Our first office opens." in text
    assert "\ufb01" not in text


def test_hyphenated_line_breaks_are_joined(tmp_path: Path) -> None:
    lines = body("We will modernise the infra-", "structure of the Asia-", "Pacific region.")
    assert body_texts(build_pdf(tmp_path / "h.pdf", [lines])) == [
        "We will modernise the infrastructure of the Asia-Pacific region."
    ]


def test_hyphen_before_digit_is_kept() -> None:
    assert join_lines("Roadmap 2027-", "2029 is set") == "Roadmap 2027-2029 is set"
    assert join_lines("A real end.", "Next sentence") is None
    assert join_lines("wrapped without end", "and continues") == "wrapped without end and continues"


def test_wrapped_lines_are_rejoined_into_sentences(tmp_path: Path) -> None:
    lines = body("Grow revenue", "across all regions by 2027.", "Second paragraph here.")
    assert body_texts(build_pdf(tmp_path / "w.pdf", [lines])) == [
        "Grow revenue across all regions by 2027.",
        "Second paragraph here.",
    ]


def test_repeated_headers_footers_and_page_numbers_are_removed(tmp_path: Path) -> None:
    pages = [
        [
            (20, 10, "ACME Corp | Strategy 2027", 9),
            *body(f"Content of page {n} is unique.", f"More about topic {n * 7}."),
            (20, 285, f"Page {n} of 4", 9),
        ]
        for n in range(1, 5)
    ]
    deck = extract(build_pdf(tmp_path / "hf.pdf", pages))
    text = deck.text()
    assert "ACME Corp" not in text
    assert "of 4" not in text
    assert "Content of page 3 is unique." in text
    assert "More about topic 21." in text


def test_repeated_lines_are_kept_with_fewer_than_three_pages(tmp_path: Path) -> None:
    pages = [[(20, 10, "ACME Corp", 9), *body(f"Page {n} body.")] for n in (1, 2)]
    assert extract(build_pdf(tmp_path / "two.pdf", pages)).text().count("ACME Corp") == 2


def test_larger_font_line_becomes_the_title(tmp_path: Path) -> None:
    page = [(20, 20, "Market Context", 24), *body("The market grew by ten percent.")]
    unit = extract(build_pdf(tmp_path / "t.pdf", [page])).units[0]
    assert unit.title == "Market Context"
    assert unit.blocks[0].kind is BlockKind.title
    assert [b.text for b in unit.blocks[1:]] == ["The market grew by ten percent."]


def test_bullets_start_blocks_with_levels_from_indentation(tmp_path: Path) -> None:
    lines = [
        (20, 40, "Priorities:", 11),
        (20, 46, "- Win Japan", 11),
        (30, 52, "- Hire a country lead", 11),
        (20, 58, "- Cut churn", 11),
    ]
    blocks = extract(build_pdf(tmp_path / "b.pdf", [lines])).units[0].blocks
    items = [(b.text, b.level) for b in blocks if b.bullet]
    assert items == [("Win Japan", 0), ("Hire a country lead", 1), ("Cut churn", 0)]


def test_letter_spaced_headings_close_up() -> None:
    assert fix_letter_spacing("N O R T H  S T A R") == "NORTH STAR"
    assert fix_letter_spacing("C O N FI D EN T I AL  ·  BOARD") == "CONFIDENTIAL · BOARD"
    assert fix_letter_spacing("to be or not to be") == "to be or not to be"


def test_markdown_of_a_pdf(tmp_path: Path) -> None:
    page = [(20, 20, "Vision", 24), *body("Be the first choice.")]
    md = to_markdown(extract(build_pdf(tmp_path / "m.pdf", [page])))
    assert "## Page 1: Vision" in md and "Be the first choice." in md


def test_image_only_pdf_has_no_text(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50, style="F")
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(NoTextError, match="OCR it first"):
        extract(path)


def test_user_password_pdf_is_encrypted(tmp_path: Path) -> None:
    path = build_pdf(
        tmp_path / "locked.pdf", [body("Secret.")], owner_password="o", user_password="u"
    )
    with pytest.raises(EncryptedFileError, match="password-protected PDF"):
        extract(path)


def test_owner_password_only_pdf_opens(tmp_path: Path) -> None:
    path = build_pdf(tmp_path / "owner.pdf", [body("Readable text.")], owner_password="o")
    assert "Readable text." in extract(path).text()


def test_truncated_pdf_is_corrupt(tmp_path: Path) -> None:
    data = build_pdf(tmp_path / "full.pdf", [body("Hello there.")] * 3).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(CorruptFileError):
        extract(path)


def test_a_broken_page_is_isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import extractors.pdf as pdf_module

    real = pdf_module._page_lines
    calls = {"n": 0}

    def flaky(page: object, bars: list | None = None) -> list:
        calls["n"] += 1
        if calls["n"] == 2:
            raise ValueError("bad content stream")
        return real(page, bars)

    monkeypatch.setattr(pdf_module, "_page_lines", flaky)
    path = build_pdf(tmp_path / "flaky.pdf", [body("One."), body("Two."), body("Three.")])
    deck = extract(path)
    assert [bool(u.blocks) for u in deck.units] == [True, False, True]
    assert any(w.startswith("page 2:") and "bad content stream" in w for w in deck.warnings)


def test_a_big_number_above_the_title_size_is_a_figure_not_the_title(tmp_path: Path) -> None:
    page = [
        (20, 20, "Summary for the operations review", 20),
        (20, 50, "7 days", 32),
        (20, 62, "to release, from 18", 11),
        *body("The site releases batches slowly today.", top=80),
    ]
    unit = extract(build_pdf(tmp_path / "tile.pdf", [page])).units[0]
    assert unit.title == "Summary for the operations review"


def test_table_rows_and_short_list_items_drawn_as_text_stay_apart(tmp_path: Path) -> None:
    rows = body(
        "Measure FY27 baseline Target By",
        "Batch records right first time 71% 95% March 2029",
        "Median days from end of manufacture to certification 18 7 March 2030",
        "Deviations closed within 30 days 62% 90% March 2029",
    )
    items = body(
        "Triage every incident within one working day",
        "Six trained investigators, one per area of the plant floor and the warehouse",
        "Trends reviewed every quarter",
        top=120,
    )
    texts = body_texts(build_pdf(tmp_path / "rows.pdf", [rows + items]))
    assert texts[:4] == [line[2] for line in rows], texts
    assert texts[4] == "Triage every incident within one working day", texts


def test_prose_columns_drawn_line_by_line_read_a_column_at_a_time(tmp_path: Path) -> None:
    """A slide exporter that writes each visual line across the page: the two columns come
    apart, each item whole; a table's row (a figure beside its label) stays one line."""
    left, right = 20, 110
    rows = [
        ("Fit new door locks at all twelve", "Branches open until eight every"),
        ("branches, in two rounds", "weekday, from five today"),
        ("Train every volunteer in first aid", "Volunteers trained within a month"),
    ]
    page: Page = [(20, 20, "Round one: the branches", 20)]
    for i, (a, b) in enumerate(rows):
        page += [(left, 40 + 7 * i, a, 11), (right, 40 + 7 * i, b, 11)]
    page += [(20, 80, "Branches open late", 11), (110, 80, "4", 11), (140, 80, "12", 11)]
    deck = extract(build_pdf(tmp_path / "columns.pdf", [page, body("x y z"), body("x y z")]))
    texts = [b.text for b in deck.units[0].blocks if b.kind is BlockKind.body]
    assert "Fit new door locks at all twelve branches, in two rounds" in texts, texts
    assert "Branches open until eight every weekday, from five today" in texts, texts
    assert texts.index("Train every volunteer in first aid") < texts.index(
        "Branches open until eight every weekday, from five today"
    )
    assert "Branches open late 4 12" in texts, texts


def test_a_line_closed_by_a_bracketed_span_does_not_run_into_the_item_under_it(
    tmp_path: Path,
) -> None:
    page: Page = [
        (20, 20, "Three stages", 20),
        (20, 40, "Stage 1 · Prepare", 11),
        (20, 47, "May 2028 to Dec 2028 (rest of FY2028/29)", 11),
        (20, 54, "Survey of all nine depots", 11),
    ]
    deck = extract(build_pdf(tmp_path / "span.pdf", [page, body("x y z"), body("x y z")]))
    texts = [b.text for b in deck.units[0].blocks if b.kind is BlockKind.body]
    assert "May 2028 to Dec 2028 (rest of FY2028/29)" in texts, texts


def _grid_pdf(path: Path, rows: list[list[tuple[float, str]]], *, step: float = 7) -> Path:
    """Lines of pieces placed at x (mm), one visual line at a time, as slide exporters draw."""
    page: Page = [(20, 20, "A slide with a grid on it", 20)]
    for i, row in enumerate(rows):
        page += [(x, 40 + step * i, text, 11) for x, text in row]
    return build_pdf(path, [page, body("x y z"), body("x y z")])


def test_a_table_drawn_as_text_becomes_a_table_with_its_wrapped_cells_whole(
    tmp_path: Path,
) -> None:
    """A header of short labels, then rows under its columns: a cell wrapped onto the next
    line stays in its row, and a one- or two-digit figure is a cell, not a number box."""
    cols = (20, 120, 160)
    rows = [
        [(cols[0], "Initiative"), (cols[1], "Lead"), (cols[2], "Lands in")],
        [
            (cols[0], "1.1 eMAR in all 14 homes"),
            (cols[1], "Medicines Lead"),
            (cols[2], "Tranche 2"),
        ],
        [(cols[2], "and 3")],
        [
            (cols[0], "1.2 A falls huddle within a day"),
            (cols[1], "Director of Care"),
            (cols[2], "Tranche 1"),
        ],
        [(cols[1], "and Nursing")],
        [(cols[0], "Median days to certification"), (cols[1], "18"), (cols[2], "7")],
    ]
    deck = extract(_grid_pdf(tmp_path / "table.pdf", rows))
    tables = [b.rows for b in deck.units[0].blocks if b.kind is BlockKind.table]
    assert tables == [
        [
            ["Initiative", "Lead", "Lands in"],
            ["1.1 eMAR in all 14 homes", "Medicines Lead", "Tranche 2 and 3"],
            ["1.2 A falls huddle within a day", "Director of Care and Nursing", "Tranche 1"],
            ["Median days to certification", "18", "7"],
        ]
    ], tables
    assert deck.units[0].title == "A slide with a grid on it"


def test_cards_in_columns_are_read_a_column_at_a_time(tmp_path: Path) -> None:
    """Tiles (a figure over its label and its date) or cards whose items start where they
    fall: each column is read whole, not row by row across the page."""
    cols = (20, 80, 140)
    rows = [
        [(cols[0], "0.3"), (cols[1], "7.0"), (cols[2], "5%")],
        [
            (cols[0], "medication errors per 1,000"),
            (cols[1], "falls per 1,000 bed days"),
            (cols[2], "of care hours"),
        ],
        [(cols[0], "doses"), (cols[1], "by March 2030"), (cols[2], "by March 2029")],
        [(cols[0], "by March 2030")],
    ]
    deck = extract(_grid_pdf(tmp_path / "tiles.pdf", rows))
    text = deck.units[0].text()
    assert not [b for b in deck.units[0].blocks if b.kind is BlockKind.table]
    assert text.index("0.3") < text.index("medication errors") < text.index("7.0"), text
    assert text.index("7.0") < text.index("falls per 1,000 bed days") < text.index("5%"), text


def test_items_counted_one_two_three_are_a_list_not_one_paragraph(tmp_path: Path) -> None:
    items = [
        "1 Appoint the programme manager and hold the first programme board meeting",
        "2 Agree the 2026/27 baselines for the seven measures with the Finance Director",
        "3 Sign the medicines contract for all fourteen homes in the group",
    ]
    deck = extract(build_pdf(tmp_path / "list.pdf", [body(*items), body("x y z"), body("x y z")]))
    texts = [b.text for b in deck.units[0].blocks if b.kind is BlockKind.body]
    assert texts == items, texts


def test_two_columns_of_cards_are_read_a_column_at_a_time_item_by_item(tmp_path: Path) -> None:
    """ "Now · ..." beside "Next · ...", each over items set further apart than a wrapped
    item's lines: each column whole, each item whole, one item not run into the next."""
    page: Page = [(20, 20, "Now and next, April 2028 to March 2030", 20)]
    left, right = 20, 150
    placed = [
        (36, "Now · April 2028 to March 2029", "Next · April 2029 to March 2030"),
        (44, "Choose the booking platform and sign the", "Exercise referral across all three GP"),
        (50, "contract", "networks"),
        (60, "Heat pump and pool cover at Carrbridge", "Heat pump and pool cover at Eastfield"),
        (70, "New schools swimming agreement from", "Swimming slot for every primary school"),
        (76, "September 2028", ""),
    ]
    for y, a, b in placed:
        page += [(left, y, a, 11)] + ([(right, y, b, 11)] if b else [])
    deck = extract(build_pdf(tmp_path / "cards.pdf", [page, body("x y z"), body("x y z")]))
    texts = [b.text for b in deck.units[0].blocks if b.kind is BlockKind.body]
    assert texts[:4] == [
        "Now · April 2028 to March 2029",
        "Choose the booking platform and sign the contract",
        "Heat pump and pool cover at Carrbridge",
        "New schools swimming agreement from September 2028",
    ], texts
    assert texts[4] == "Next · April 2029 to March 2030", texts


def test_a_long_page_of_short_pairs_is_looked_at_for_a_grid_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile input: hundreds of rows of two figures. The lines a failed grid covered are not
    looked at again, so reading stays linear in the page's lines (not a call per line)."""
    from extractors import pdf as pdf_module

    calls = []
    real = pdf_module._grid_at

    def counted(lines: list[pdf_module.Line], i: int) -> object:
        calls.append(i)
        return real(lines, i)

    monkeypatch.setattr(pdf_module, "_grid_at", counted)
    page: Page = [(20, 20, "Figures", 20)]
    page += [(x, 30 + 0.9 * i, t, 2) for i in range(250) for x, t in ((20, "12"), (120, "34"))]
    deck = extract(build_pdf(tmp_path / "pairs.pdf", [page, body("x y z"), body("x y z")]))
    assert "12 34" in deck.units[0].text()
    assert len(calls) < 10, len(calls)


def test_a_bold_side_heading_is_a_line_apart_from_its_paragraph(tmp_path: Path) -> None:
    """A board paper sets a heading in bold in the margin beside a numbered paragraph: it
    names the paragraph, it is not the paragraph's first words. A table's bold row label
    beside its figures stays on its row."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.set_font("times", "B", 16)
    pdf.text(17, 20, "5. What we will do")
    for i, (side, para) in enumerate(
        [
            ("Sitting days", "5.7 We will add 120 extra sitting days a year in the court."),
            ("Progression", "5.8 We will set up a case progression team of four officers."),
        ]
    ):
        pdf.set_font("times", "B", 9.5)
        pdf.text(17, 40 + 12 * i, side)
        pdf.set_font("times", "", 11)
        pdf.text(49, 40 + 12 * i, para)
    pdf.set_font("times", "B", 11)
    pdf.text(17, 80, "Trials that go ahead")
    pdf.set_font("times", "", 11)
    pdf.text(90, 80, "45%")
    pdf.text(120, 80, "62%")
    pdf.output(str(tmp_path / "paper.pdf"))
    texts = body_texts(tmp_path / "paper.pdf")
    assert texts[:4] == [
        "Sitting days",
        "5.7 We will add 120 extra sitting days a year in the court.",
        "Progression",
        "5.8 We will set up a case progression team of four officers.",
    ], texts
    assert "Trials that go ahead 45% 62%" in texts, texts


def test_a_table_printed_turned_on_its_page_reads_in_rows(tmp_path: Path) -> None:
    """A landscape table printed across a portrait page (its text runs up the page) is read
    as a reader turning the page reads it: header, then a row per stage. The running header
    set the usual way stays out of it."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "", 9)
    pdf.text(95, 8, "OFFICIAL")
    with pdf.rotation(90, 105, 148.5):
        pdf.set_font("helvetica", "B", 13)
        pdf.text(20, 90, "Table 1. Stages and gates")
        rows = [
            ["Stage", "Years", "Main work", "Gate at the end of the stage"],
            ["Stage 1: Foundations", "2028/29", "Teams in post", "Gate A, February 2029"],
            ["Stage 2: Digital", "2029/30", "Video in every courtroom", "Gate B, March 2031"],
            ["Stage 3: Embed", "2031/32", "Paper store closed", "Gate C, March 2032"],
        ]
        for r, row in enumerate(rows):
            pdf.set_font("helvetica", "B" if r == 0 else "", 10)
            for x, cell in zip((20, 70, 110, 170), row, strict=True):
                pdf.text(x, 105 + 9 * r, cell)
    pdf.output(str(tmp_path / "turned.pdf"))
    deck = extract(tmp_path / "turned.pdf")
    unit = deck.units[0]
    assert unit.title == "Table 1. Stages and gates", unit.title
    tables = [b.rows for b in unit.blocks if b.rows]
    assert tables and tables[0][0] == rows[0], tables
    assert [r[0] for r in tables[0][1:]] == [r[0] for r in rows[1:]], tables


def test_a_grid_set_wide_apart_with_its_owner_cell_smaller_and_wrapped(tmp_path: Path) -> None:
    """A slide's measure grid: rows set far apart (wider than a paragraph's lines), and the
    last column in a smaller type, wrapped over two lines centred on the row's baseline. Each
    row stays a row of the table; the owner's two lines are one cell."""
    page: Page = [(20, 20, "Four numbers we steer by", 20)]
    cols = (20, 100, 130, 160)
    page += [
        (x, 40, t, 11) for x, t in zip(cols, ("Measure", "Today", "By M12", "Owner"), strict=True)
    ]
    measures = [
        ("Gondola uptime", "88%", "95%", ("Lift", "Engineer")),
        ("Season passes sold", "9,100", "12,000", ("Sales and", "Bookings Lead")),
        ("Crew who return", "31%", "50%", ("Head of", "Crew")),
    ]
    for i, (name, today, target, (upper, lower)) in enumerate(measures):
        y = 58 + 17 * i
        page += [(cols[0], y, name, 11), (cols[1], y, today, 11), (cols[2], y, target, 11)]
        page += [(cols[3], y - 1.6, upper, 8), (cols[3], y + 2.2, lower, 8)]
    deck = extract(build_pdf(tmp_path / "grid.pdf", [page, body("x y z"), body("x y z")]))
    tables = [b.rows for b in deck.units[0].blocks if b.kind is BlockKind.table]
    assert tables == [
        [
            ["Measure", "Today", "By M12", "Owner"],
            ["Gondola uptime", "88%", "95%", "Lift Engineer"],
            ["Season passes sold", "9,100", "12,000", "Sales and Bookings Lead"],
            ["Crew who return", "31%", "50%", "Head of Crew"],
        ]
    ], [b.text for b in deck.units[0].blocks]


def test_numbered_items_in_two_columns_keep_their_wrapped_text_and_stay_apart(
    tmp_path: Path,
) -> None:
    """A first-100-days page: big numbers "01" to "06" in two columns, each item's text set
    beside its number and wrapped under it, indented past the number. Each item is whole ("04
    Book the crane survey for" / "the Harbour Road depot"), and no item runs into the one
    beside it or under it ("05 ..." and "06 ..." share a baseline)."""
    page: Page = [(20, 20, "The first 100 days", 20)]
    items = [
        ("01", "Name the programme director and", "the delivery team"),
        ("02", "Hold the first steering group", ""),
        ("03", "Confirm the baselines for the four", "measures"),
    ]
    beside = [
        ("04", "Book the crane survey for", "the Harbour Road depot"),
        ("05", "Open talks with the port authority", ""),
        ("06", "Ask the tenants' forum to test", "the new booking journey"),
    ]
    for i, ((n1, a1, b1), (n2, a2, b2)) in enumerate(zip(items, beside, strict=True)):
        y = 50 + 24 * i
        for x, n, a, b in ((20, n1, a1, b1), (150, n2, a2, b2)):
            page += [(x, y, n, 18), (x + 17, y - 2, a, 11.5)]
            if b:
                page.append((x + 17, y + 3.5, b, 11.5))
    deck = extract(build_pdf(tmp_path / "first.pdf", [page, body("x y z"), body("x y z")]))
    texts = [b.text for b in deck.units[0].blocks if b.kind is BlockKind.body]
    for whole in (
        "01 Name the programme director and the delivery team",
        "03 Confirm the baselines for the four measures",
        "04 Book the crane survey for the Harbour Road depot",
        "05 Open talks with the port authority",
        "06 Ask the tenants' forum to test the new booking journey",
    ):
        assert whole in texts, texts


def test_a_two_column_risk_table_drawn_as_text_is_a_table(tmp_path: Path) -> None:
    """ "Risk" over the risks, "Mitigation" over what answers each, row by row: a table whose
    rows pair each risk with its answer, not two columns read one after the other."""
    page: Page = [(20, 20, "Risks and mitigations", 20)]
    rows = [
        ("Risk", "Mitigation"),
        ("The software licence ends before the new system is live", "Agree a 6-month extension"),
        ("Too few qualified drivers", "Pay trainees while they qualify"),
        ("Depot works close the wash bays", "Schedule works in the August shutdown"),
    ]
    for i, (risk, answer) in enumerate(rows):
        page += [(20, 50 + 9 * i, risk, 10.5), (160, 50 + 9 * i, answer, 10.5)]
    deck = extract(build_pdf(tmp_path / "risks.pdf", [page, body("x y z"), body("x y z")]))
    tables = [b.rows for b in deck.units[0].blocks if b.kind is BlockKind.table]
    assert tables == [[list(r) for r in rows]], [b.text for b in deck.units[0].blocks]


def test_a_line_stopped_on_and_goes_on_whatever_opens_the_next() -> None:
    """ "... Prove (May to October 2028) and" / "Scale (November 2028 to July 2029)." is one
    sentence a page wrapped; "What we commit to" over a table's next row is a heading, and
    "10 Ask ..." after a long line is the next item."""
    assert join_lines("three stages: Prove (May to October 2028) and", "Scale (2029).") == (
        "three stages: Prove (May to October 2028) and Scale (2029)."
    )
    assert join_lines("Lever What we commit to", "Conversion playbook") is None
    assert join_lines("09 Consult Unite on studio rotas", "10 Ask the forum", wrapped=True) is None


def test_a_table_drawn_a_cell_at_a_time_is_read_a_row_at_a_time(tmp_path: Path) -> None:
    """Word's PDF export draws a table cell by cell: a wrapped cell's second line comes before
    the next cell, which starts back up on the row's first line. The rows are still read
    across the page, each wrapped cell whole (a header's "Baseline" over "2026/27", a first
    cell's "within 10 working days", an owner's "Management")."""
    cols = (20, 80, 100, 120, 140)
    table = [
        ["Measure", "Baseline|2026/27", "End of|Year 1", "End of|Year 3", "Measure owner"],
        ["Repairs completed right first time", "71%", "78%", "90%", "Head of Repairs"],
        [
            "Damp and mould reports inspected|within 10 working days",
            "46%",
            "90%",
            "100%",
            "Damp and Mould Lead",
        ],
        ["Homes at EPC band C or above", "61%", "64%", "80%", "Head of Asset|Management"],
        [
            "Tenants satisfied with our overall|service",
            "64%",
            "67%",
            "75%",
            "Head of Customer|Experience",
        ],
    ]
    page: Page = [(20, 20, "4. How we will measure success", 18)]
    for r, row in enumerate(table):
        top = 40 + 11 * r
        for x, cell in zip(cols, row, strict=True):
            page += [(x, top + 4 * k, piece, 9) for k, piece in enumerate(cell.split("|"))]
    deck = extract(build_pdf(tmp_path / "word.pdf", [page, body("x y z"), body("x y z")]))
    tables = [b.rows for b in deck.units[0].blocks if b.kind is BlockKind.table]
    assert tables == [[[c.replace("|", " ") for c in row] for row in table]], tables


def test_cards_whose_items_wrap_a_line_apart_stay_cards(tmp_path: Path) -> None:
    """Numbered cards side by side, their items set a line apart and one item wrapped onto a
    line starting in lower case: no row stands further from the next than a wrapped line
    does, so they are cards read a column at a time, not a table."""
    cols = (20, 80, 140)
    page: Page = [(20, 20, "Four cornerstones carry the plan", 20)]
    page += [(x, 40, n, 20) for x, n in zip(cols, "123", strict=True)]
    names = ("Safer medicines", "Fewer falls", "Staff")
    page += [(x, 48, t, 14) for x, t in zip(cols, names, strict=True)]
    items = [
        ("Errors reaching a resident down", "Falls down to 7.0 per 1,000", "Agency down to 5%"),
        ("to 0.3 per 1,000 doses", "Acoustic monitoring at night", "Our own relief bank"),
        ("eMAR on every round", "A falls huddle after every fall", "Self-rostering"),
        ("A pharmacist's audit each month", "Strength and balance sessions", "A career path"),
    ]
    for k, row in enumerate(items):
        page += [(x, 54.5 + 5.5 * k, t, 11) for x, t in zip(cols, row, strict=True)]
    deck = extract(build_pdf(tmp_path / "cards.pdf", [page, body("x y z"), body("x y z")]))
    text = deck.units[0].text()
    assert not [b for b in deck.units[0].blocks if b.kind is BlockKind.table], text
    assert (
        text.index("Safer medicines")
        < text.index("eMAR on every round")
        < text.index("Fewer falls")
    ), text


def _boxed_pdf(path: Path, lines: Page, boxes: list[tuple[float, float, float, float]]) -> Path:
    """One page of lines (drawn in the order given) and outlined rectangles (x, y, w, h in mm
    from the top left), as an A3 report's boxes are drawn; then two plain pages."""
    pdf = FPDF(unit="mm", format="A3", orientation="landscape")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    for x, y, w, h in boxes:
        pdf.rect(x, y, w, h, style="D")
    for x, y, text, size in lines:
        pdf.set_font("helvetica", size=size)
        pdf.text(x, y, text)
    for _ in range(2):
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        pdf.text(20, 40, "x y z")
    pdf.output(str(path))
    return path


def test_boxes_side_by_side_are_read_a_box_at_a_time(tmp_path: Path) -> None:
    """An A3 report: a column of boxes on the left ("1. Background", "2. Current condition"),
    another on the right ("4. Root causes"), drawn a line at a time across the page. Each box
    is read whole, the left column first, and the headline keeps to itself though small print
    sits on its baseline to the right."""
    left, right = (10, 30, 190, 120), (210, 30, 190, 120)
    lower = (10, 160, 190, 80)
    lines: Page = [
        (14, 20, "A3-1 Hangar turn time: kit every check before it arrives", 20),
        (300, 19.0, "Owner: Head of Base Maintenance - Issue 2.1", 9),
    ]
    rows = [
        ("1. Background", "4. Root causes"),
        ("Base checks earn two thirds of our revenue.", "Parts are picked per task card."),
        ("Operators plan their flying around our dates.", "Handover between shifts is verbal."),
    ]
    for k, (a, b) in enumerate(rows):
        lines += [(14, 40 + 8 * k, a, 11), (214, 40 + 8 * k, b, 11)]
    lines += [(14, 170, "2. Current condition", 11), (14, 178, "58% of base checks on time", 11)]
    deck = extract(_boxed_pdf(tmp_path / "a3.pdf", lines, [left, right, lower]))
    unit = deck.units[0]
    assert unit.title == "A3-1 Hangar turn time: kit every check before it arrives", unit.title
    texts = [b.text for b in unit.blocks if b.kind is BlockKind.body]
    assert (
        texts.index("1. Background")
        < texts.index("2. Current condition")
        < texts.index("4. Root causes")
    ), texts
    assert "Operators plan their flying around our dates." in texts, texts
    assert "Parts are picked per task card." in texts, texts


def test_a_table_whose_wrapped_cells_are_drawn_after_its_rows_is_read_a_row_at_a_time(
    tmp_path: Path,
) -> None:
    """A numbered KPI table ("#" heads its first column) drawn row by row, but with each wrapped
    cell drawn afterwards, column by column, and a cell set mid-row (its first line above the
    row's): every cell still lands in its own row."""
    cols = (20, 35, 90, 150, 170, 190)
    header = ["#", "Measure", "How it is counted", "Baseline", "Target", "Owner"]
    page: Page = [(20, 20, "Ten measures, one clock", 18)]
    drawn = [
        (40, header),
        (48, ["1", "On-time release", "Checks on time", "58%", "90%", "Head of Base"]),
        (58, ["2", "Task cards signed", "", "41%", "100%", ""]),
        (68, ["3", "Repeat findings", "Level-2 findings", "3", "0", "Quality Manager"]),
    ]
    for y, cells in drawn:
        page += [(x, y, t, 9) for x, t in zip(cols, cells, strict=True) if t]
    # row 2's wrapped cells, drawn after the rows: its owner, and a count set mid-row
    page += [(190, 58, "Technical Records", 9), (190, 62, "Manager", 9)]
    page += [(90, 56, "Task cards raised and", 9), (90, 60, "signed electronically", 9)]
    deck = extract(build_pdf(tmp_path / "kpis.pdf", [page, body("x y z"), body("x y z")]))
    tables = [b.rows for b in deck.units[0].blocks if b.kind is BlockKind.table]
    assert tables == [
        [
            header,
            ["1", "On-time release", "Checks on time", "58%", "90%", "Head of Base"],
            [
                "2",
                "Task cards signed",
                "Task cards raised and signed electronically",
                "41%",
                "100%",
                "Technical Records Manager",
            ],
            ["3", "Repeat findings", "Level-2 findings", "3", "0", "Quality Manager"],
        ]
    ], tables


def test_lists_side_by_side_stay_whole_and_a_long_page_is_scanned_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two short lists drawn one after the other ("Strengths" then "Weaknesses" beside it)
    are no table drawn a cell at a time: each stays whole. A long page of rows under a header
    is scanned for a table once, not once a line (its cost would be its square)."""
    from extractors import pdf as pdf_module
    from extractors.pdf import Line, in_columns

    lists = [
        Line("Strengths", 72, 700, 11),
        Line("Skilled crews", 72, 686, 11),
        Line("Low churn", 72, 672, 11),
        Line("Weaknesses", 320, 700, 11),
        Line("Old fleet", 320, 686, 11),
        Line("Paper forms", 320, 672, 11),
    ]
    assert [ln.text for ln in in_columns(lists)] == [ln.text for ln in lists]
    real = pdf_module._under_header
    calls: list[int] = []

    def counted(lines: list[Line], i: int) -> tuple[int, list[Line] | None]:
        calls.append(i)
        return real(lines, i)

    monkeypatch.setattr(pdf_module, "_under_header", counted)
    rows = [
        Line(text, x, 9000 - 20 * r, 10 if r % 2 else 10.8)
        for r in range(600)
        for x, text in ((0, "a"), (100, "b"), (200, "c"))
    ]
    in_columns(rows)
    assert len(calls) < 100, len(calls)


def test_pieces_of_work_one_under_the_other_stay_apart_however_full_the_lines(
    tmp_path: Path,
) -> None:
    """Undotted items of a list set at the paragraph's line step, each filling the column
    ("Train every pharmacist ..." over "Give every driver ..."): each opens with a verb of work,
    so the second is the next item, not the first one's wrapped line. A real wrap still joins."""
    lines = body(
        "Our plan for the second year, set out for the board at its March meeting",
        "and agreed there with the three directors who lead the work.",
        "Train every pharmacist in the new service before the winter season",
        "Give every driver a delivery app with proof of delivery on the van",
        "Install a blood pressure monitor in every pharmacy in the county",
    )
    texts = body_texts(build_pdf(tmp_path / "items.pdf", [lines]))
    assert texts[0].startswith("Our plan for the second year") and texts[0].endswith("work."), texts
    assert "Give every driver a delivery app with proof of delivery on the van" in texts, texts
    assert "Install a blood pressure monitor in every pharmacy in the county" in texts, texts


def _layered_pdf(path: Path, *, off: bool) -> Path:
    """A page with a designer's layer ("Notes for proof") added as optional content, shown or
    hidden by default, as InDesign exports it."""
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        TextStringObject,
    )

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    pdf.set_xy(60, 80)
    pdf.cell(0, 20, "Warm homes for every tenant by 2032")
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf.output())))
    page = writer.pages[0]
    font = next(iter(page["/Resources"]["/Font"]))
    ocg = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/OCG"),
                NameObject("/Name"): TextStringObject("Notes for proof"),
            }
        )
    )
    writer._root_object[NameObject("/OCProperties")] = DictionaryObject(
        {
            NameObject("/OCGs"): ArrayObject([ocg]),
            NameObject("/D"): DictionaryObject(
                {NameObject("/OFF" if off else "/ON"): ArrayObject([ocg])}
            ),
        }
    )
    page["/Resources"][NameObject("/Properties")] = DictionaryObject({NameObject("/oc1"): ocg})
    note = DecodedStreamObject()
    note.set_data(
        f"/OC /oc1 BDC BT {font} 10 Tf 60 600 Td (TBC: confirm the 3,000 homes with finance) Tj"
        " ET EMC".encode()
    )
    contents = page.get_contents()
    assert contents is not None
    contents.set_data(contents.get_data() + b"\n" + note.get_data())
    page.replace_contents(contents)
    with path.open("wb") as out:
        writer.write(out)
    return path


@pytest.mark.parametrize("off", [True, False])
def test_a_layer_hidden_by_default_is_not_read(tmp_path: Path, off: bool) -> None:
    from extractors import extract

    deck = extract(_layered_pdf(tmp_path / "layers.pdf", off=off))
    text = "\n".join(b.text for u in deck.units for b in u.blocks)
    assert "Warm homes for every tenant by 2032" in text
    assert ("TBC: confirm" in text) is not off, text


def test_a_table_drawn_a_whole_column_at_a_time_reads_a_row_at_a_time(tmp_path: Path) -> None:
    """A design tool's KPI table: the measures top to bottom, then the baselines beside them,
    then the targets; each column drawn whole. Its rows are read across, as on the page, and
    tiles (a figure over its caption, column by column) are left as they are."""
    columns = [
        (
            20,
            [
                "Measure",
                "Orders shipped on time",
                "Returns back in stock in 48 hours",
                "Pick rate per hour",
                "Staff who would recommend us",
            ],
        ),
        (110, ["Baseline 2027", "88%", "61%", "92", "49%"]),
        (140, ["Target", "97%", "85%", "120", "higher"]),
        (165, ["By when", "Q4 2029", "Q2 2029", "Q4 2029", "to be agreed"]),
    ]
    page = [(x, 60 + 9 * r, text, 11) for x, cells in columns for r, text in enumerate(cells)]
    deck = extract(build_pdf(tmp_path / "kpis.pdf", [[(20, 30, "How we will know", 20), *page]]))
    tables = [b.rows for b in deck.units[0].blocks if b.kind is BlockKind.table and b.rows]
    assert tables and tables[0][0] == ["Measure", "Baseline 2027", "Target", "By when"]
    assert tables[0][2] == ["Returns back in stock in 48 hours", "61%", "85%", "Q2 2029"]
    tiles = [
        (x, 60 + 9 * r, text, 11)
        for x, cells in [
            (20, ["42%", "Downtime", "cut"]),
            (80, ["65%", "Yield", "up"]),
            (140, ["28%", "Scrap", "down"]),
            (180, ["35%", "Energy", "saved"]),
        ]
        for r, text in enumerate(cells)
    ]
    deck = extract(build_pdf(tmp_path / "tiles.pdf", [[(20, 30, "Benefits", 20), *tiles]]))
    assert not any(b.kind is BlockKind.table for b in deck.units[0].blocks)


def test_a_section_tag_with_its_own_page_counter_is_dropped(tmp_path: Path) -> None:
    """ "01 MARKET INSIGHT 02 / 04": the section's name changes every few pages, so the line
    repeats too rarely to go as boilerplate; the page's own counter says what it is. A
    fraction in the text of a deck that numbers no slides stays."""
    sections = ["01 MARKET", "01 MARKET", "02 PRODUCT", "03 PEOPLE"]
    pages = [
        [(20, 30, f"{s} I N S I G H T 0{n} / 04", 9), *body(f"Finding {n}: demand grew.")]
        for n, s in enumerate(sections, start=1)
    ]
    text = extract(build_pdf(tmp_path / "counter.pdf", pages)).text()
    assert "/ 04" not in text and "INSIGHT" not in text, text
    assert "Finding 3: demand grew." in text
    plain = [body(f"Finding {n}.", "Capacity is 2 / 4 of plan.") for n in range(1, 5)]
    assert "2 / 4 of plan" in extract(build_pdf(tmp_path / "plain.pdf", plain)).text()


def test_a_section_number_on_the_title_line_is_not_the_title(tmp_path: Path) -> None:
    page = [
        (20, 20, "03 Pillar 4 - Knowledge and Copilot", 24),
        *body("Capture process documents, equipment manuals and incident records."),
    ]
    unit = extract(build_pdf(tmp_path / "eyebrow.pdf", [page])).units[0]
    assert unit.title == "Pillar 4 - Knowledge and Copilot"
    assert "03" in [b.text for b in unit.blocks if b.kind is BlockKind.body]


def test_a_big_figure_set_as_large_as_the_title_under_it_is_not_the_title(tmp_path: Path) -> None:
    page = [
        (20, 20, "A live health record for every press.", 24),
        (20, 32, ">=65%", 24),
        *body("Presses reporting live data", "Full-cycle payback period in years", top=44),
    ]
    unit = extract(build_pdf(tmp_path / "north.pdf", [page])).units[0]
    assert unit.title == "A live health record for every press."
    assert ">=65%" in [b.text for b in unit.blocks if b.kind is BlockKind.body]
