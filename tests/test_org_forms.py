"""Org folders in forms people keep them in (issue 11: rosters and context as the org has
them): an OpenDocument spreadsheet saved by LibreOffice Calc, an email saved as .eml, and
an org chart exported to PDF whose boxes sit side by side. Made-up organizations."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from agent.context._documents import read_document
from agent.context._extract import extract_facts
from agent.errors import InputError

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _row(*cells: str | None, repeat_empty: int = 0) -> str:
    out = []
    for c in cells:
        if c is None:
            out.append("<table:table-cell/>")
        else:
            paras = "".join(f"<text:p>{p}</text:p>" for p in c.split("\n"))
            out.append(f'<table:table-cell office:value-type="string">{paras}</table:table-cell>')
    if repeat_empty:
        out.append(f'<table:table-cell table:number-columns-repeated="{repeat_empty}"/>')
    return f"<table:table-row>{''.join(out)}</table:table-row>"


def _ods(sheets: dict[str, list[str]]) -> bytes:
    tables = "".join(
        f'<table:table table:name="{name}">{"".join(rows)}'
        '<table:table-row table:number-rows-repeated="1048000">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        "</table:table>"
        for name, rows in sheets.items()
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
    return buf.getvalue()


def _facts(name: str, data: bytes):  # type: ignore[no-untyped-def]
    return extract_facts(read_document(Path(name), name, data, max_bytes=10_000_000))


def test_a_calc_spreadsheet_reads_its_roles_and_its_vacancies_as_gaps() -> None:
    """A title row over the header, the directorate only on each block's first row, a remit
    of two paragraphs, Calc's repeated empty cells and rows; a second sheet of vacancies."""
    team = [
        _row("Harbour Buses · Programme team", repeat_empty=4),
        _row(None, repeat_empty=4),
        _row("Directorate", "Job title", "Programme involvement", "What the post answers for"),
        _row("Operations", "Operations Director", "Core", "Runs the service.\nChairs the board."),
        _row(None, "Depot Manager, Quayside", "Core", "Runs Quayside depot and its shifts."),
        _row("People", "Head of People", "Extended", "Recruitment and the union council."),
        _row(None, "Drivers' Union Representative", "Consult only", "Consulted on rosters."),
    ]
    vacancies = [
        _row("Post", "Directorate", "Vacant since", "Cover in the meantime"),
        _row("Fleet Engineer", "Operations", "1 March 2029", "The Depot Manager holds the duties."),
    ]
    facts = _facts("people/establishment.ods", _ods({"Team": team, "Vacancies": vacancies}))
    got = {r.name: (r.tier, r.team) for r in facts.roles}
    assert got == {
        "Operations Director": ("core", "Operations"),
        "Depot Manager, Quayside": ("core", "Operations"),
        "Head of People": ("extended", "People"),
        "Drivers' Union Representative": ("extended", "People"),
    }, got
    duties = next(r for r in facts.roles if r.name == "Operations Director").responsibilities
    assert duties == ["Runs the service. Chairs the board"], duties  # both paragraphs
    assert any("Fleet Engineer post is vacant" in a.text for a in facts.absences), facts.absences
    assert not facts.warnings


def test_a_spreadsheet_that_is_no_ods_is_refused_in_one_line() -> None:
    with pytest.raises(InputError):
        read_document(Path("x.ods"), "x.ods", b"PK\x03\x04 not a zip", max_bytes=10**6)


def _email() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Office of the Director <office@example.org>"
    msg["To"] = "programme-board@example.org"
    msg["Subject"] = "Living Well programme: who does what"
    msg["Date"] = "Mon, 12 Mar 2029 09:00:00 +0000"
    msg.set_content(
        "Dear all,\n\nWho does what:\n\n"
        "- Head of Community Care (Core team): the community nurses and the night pilot.\n"
        "- Staff Forum Chair (Consult only): consulted on rotas.\n\n"
        "> On 3 March, Ruth wrote:\n> - Day Services Manager (Core team): the day centre.\n",
        cte="quoted-printable",
    )
    msg.add_alternative(
        "<html><body><p>Dear all,</p><table><tr><th>Role</th><th>Team</th>"
        "<th>Involvement</th><th>Remit</th></tr>"
        "<tr><td>Head of Community Care</td><td>Care</td><td>Core team</td>"
        "<td>The community nurses &amp; the night pilot</td></tr>"
        "<tr><td>Staff Forum Chair</td><td>Staff Forum</td><td>Consult only</td>"
        "<td>Consulted on rotas</td></tr></table>"
        '<div class="gmail_quote">On 3 March Ruth wrote:<blockquote><table><tr><th>Role</th>'
        "<th>Involvement</th></tr><tr><td>Day Services Manager</td><td>Core team</td></tr>"
        "</table></blockquote></div>"
        "</body></html>",
        subtype="html",
    )
    return bytes(msg)


def test_an_email_reads_its_roster_table_and_not_the_message_it_quotes() -> None:
    facts = _facts("people/programme-team.eml", _email())
    got = {r.name: (r.tier, r.team) for r in facts.roles}
    assert got == {
        "Head of Community Care": ("core", "Care"),
        "Staff Forum Chair": ("extended", "Staff Forum"),
    }, got
    text = read_document(Path("t.eml"), "t.eml", _email(), max_bytes=10**6).text
    assert text.startswith("# Living Well programme: who does what")
    # the plain part alone: the quoted earlier message lists a post since replaced
    plain = EmailMessage()
    plain["Subject"] = "Who does what"
    plain.set_content(
        "- Head of Community Care (Core team): nurses.\n"
        "> - Day Services Manager (Core team): the day centre.\n"
    )
    facts = _facts("people/team.eml", bytes(plain))
    assert [r.name for r in facts.roles] == ["Head of Community Care"], facts.roles


def test_an_email_with_no_headers_is_refused_in_one_line() -> None:
    with pytest.raises(InputError):
        read_document(Path("x.eml"), "x.eml", b"\n\njust text", max_bytes=10**6)


def test_boxes_side_by_side_are_a_role_per_column() -> None:
    """A chart exported to PDF, a tier of boxes read as a table: titles, tiers, remit lines."""
    from agent.context._extract import _box_columns

    rows = [
        ["Academic Registrar", "Finance Business Partner (Education)", "UCU Branch Secretary"],
        ["Core team", "Extended team", "Consult only"],
        ["Student records and", "The programme budget", "Consulted on workload"],
        ["Senate business.", "and forecasts.", ""],
    ]
    assert _box_columns(rows) == [
        ("Academic Registrar", "Core", "Student records and Senate business."),
        ("Finance Business Partner (Education)", "Extended", "The programme budget and forecasts."),
        ("UCU Branch Secretary", "Consult only", "Consulted on workload"),
    ]
    assert _box_columns([rows[0], ["Core team", "2029", "Consult only"]]) == []


def test_a_staff_forums_agreement_is_no_roster_and_a_board_seat_no_team() -> None:
    """ "staff-forum-agreement.txt" is about staff, not a list of them: its numbered sections
    ("2. Consultation") are no roles. "Chief Executive (chair)" sits in the chair, in no team
    called "chair"; a post named after its programme is a post."""
    agreement = b"Staff Forum agreement\n\n2. Consultation\n\nChanges are consulted on.\n\n3. Training\n\nTraining time is paid.\n"
    assert _facts("context/staff-forum-agreement.txt", agreement).roles == []
    board = b"# Programme Board\n\n## Members\n\n- Chief Executive (chair)\n- Director of Care (deputy chair)\n"
    got = {r.name: r.team for r in _facts("governance/board-terms.md", board).roles}
    assert got == {"Chief Executive": None, "Director of Care": None}, got
    table = (
        b"| Role | Team | Involvement |\n| --- | --- | --- |\n"
        b"| Every Day Counts Programme Manager | Executive | Core team |\n"
        b"| Every team reports monthly | Executive | Core team |\n"
    )
    facts = _facts("people/team.md", table)
    assert [r.name for r in facts.roles] == ["Every Day Counts Programme Manager"], facts.roles
    assert len(facts.warnings) == 1, facts.warnings


def test_a_hostile_spreadsheet_is_read_within_its_caps_and_a_comment_is_no_value() -> None:
    """A few kilobytes that repeat a row of a thousand filled cells a thousand times are
    refused in one line, not inflated to gigabytes; a cell's comment is not its value; a repeat count
    that is no number counts once."""
    filled = '<table:table-cell table:number-columns-repeated="1000" office:value-type="string"><text:p>x</text:p></table:table-cell>'
    bomb = [f'<table:table-row table:number-rows-repeated="1000">{filled}</table:table-row>'] * 50
    with pytest.raises(InputError, match="cells in the spreadsheet"):
        read_document(Path("b.ods"), "b.ods", _ods({"S": bomb}), max_bytes=10**7)
    comment = (
        '<table:table-row table:number-rows-repeated="x"><table:table-cell office:value-type="string">'
        "<office:annotation><text:p>check the title with HR</text:p></office:annotation>"
        "<text:p>Data Lead</text:p></table:table-cell></table:table-row>"
    )
    doc = read_document(
        Path("r.ods"), "r.ods", _ods({"S": [_row("Role", "Team"), comment]}), max_bytes=10**7
    )
    assert "check the title" not in doc.text and "Data Lead" in doc.text, doc.text


def test_a_vacant_column_marks_posts_and_a_core_team_heading_is_no_box() -> None:
    """A roster's "Vacant" column of yes and no leaves its posts roles; a roster whose roles
    sit under "Core team" and "Extended team" headings is read role by role, not as boxes."""
    csv = b"Post,Postholder,Team,Vacant\nProgramme Director,Ann Lee,PMO,No\nData Lead,,Data,Yes\n"
    assert [r.name for r in _facts("people/establishment.csv", csv).roles] == [
        "Programme Director",
        "Data Lead",
    ]
    md = (
        b"# Team\n\n## Core team\n\n- Programme Director: leads the workstream\n"
        b"- Data Lead: owns the data\n\n## Extended team\n\n- Finance Partner: budgets\n"
        b"- HR Partner: recruitment\n"
    )
    got = {r.name: r.tier for r in _facts("people/team.md", md).roles}
    assert got == {
        "Programme Director": "core",
        "Data Lead": "core",
        "Finance Partner": "extended",
        "HR Partner": "extended",
    }, got


def _odt(body: str) -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    return buf.getvalue()


def test_a_writer_document_reads_its_roster_table() -> None:
    """A Writer (.odt) heading, a paragraph, then a table: a repeated header row, a Department
    cell spanning two rows over a covered cell, a remit of two paragraphs and one of a list."""
    cell = '<table:table-cell office:value-type="string">{}</table:table-cell>'
    p = "<text:p>{}</text:p>"
    span = '<table:table-cell table:number-rows-spanned="2"><text:p>Operations</text:p></table:table-cell>'
    body = (
        '<text:h text:outline-level="1">Open Field: programme team</text:h>'
        "<text:p>The posts that work on the plan.</text:p>"
        "<table:table><table:table-header-rows><table:table-row>"
        + "".join(cell.format(p.format(h)) for h in ("Role", "Department", "Involvement", "Duties"))
        + "</table:table-row></table:table-header-rows>"
        "<table:table-row>"
        + cell.format(p.format("Head of Competitions"))
        + span
        + cell.format(p.format("Core team"))
        + cell.format(p.format("Leagues and cups.") + p.format("Fixtures in MatchDay."))
        + "</table:table-row><table:table-row>"
        + cell.format(p.format("Head of Refereeing"))
        + "<table:covered-table-cell/>"
        + cell.format(p.format("Core team"))
        + cell.format(
            "<text:list><text:list-item><text:p>Referee recruitment</text:p></text:list-item>"
            "<text:list-item><text:p>Appointments in WhistleHub</text:p></text:list-item></text:list>"
        )
        + "</table:table-row><table:table-row>"
        + cell.format(p.format("Players' Association Representative"))
        + cell.format(p.format("Players' Association"))
        + cell.format(p.format("Consult only"))
        + cell.format(p.format("Speaks for players; consulted on formats."))
        + "</table:table-row></table:table>"
    )
    facts = _facts("people/team.odt", _odt(body))
    got = {r.name: (r.tier, r.team) for r in facts.roles}
    assert got == {
        "Head of Competitions": ("core", "Operations"),
        "Head of Refereeing": ("core", "Operations"),
        "Players' Association Representative": ("extended", "Players' Association"),
    }, got
    duties = {r.name: r.responsibilities for r in facts.roles}
    assert "Referee recruitment" in " ".join(duties["Head of Refereeing"]), duties
    assert "Fixtures in MatchDay" in " ".join(duties["Head of Competitions"]), duties


def test_a_writer_file_that_is_no_odt_is_refused_in_one_line() -> None:
    with pytest.raises(InputError):
        read_document(Path("x.odt"), "x.odt", b"PK\x03\x04 not a zip", max_bytes=10**6)


MEMBERSHIP = """\
# Contact Programme Board: terms of reference

## 3. Decisions reserved

3.1 The Senior Responsible Owner takes each gate decision on the Board's advice.

## 4. Membership

4.1 The Assistant Chief Constable (Local Policing) – Senior Responsible Owner and chair; answers for the programme to the Chief Officer Group.

4.2 The Head of Contact Management – the control room: 999 and 101 call handling and dispatch.

4.3 The Area Commander, Wendle and Fells – delivers the pilot in Wendle and Fells.

4.4 The Force Crime Registrar. Independent of the targets, the Registrar answers for crime recording.

4.5 In attendance, without a vote:

(a) The Director of Finance – advises on the budget.

4.6 The following are consulted but are not members:

(a) The Police Federation Branch Secretary – for officers' shift patterns.

4.7 A member who cannot attend may send a named deputy.

## 5. Quorum

5.1 The Board is quorate when the chair and five other members are present.
"""


def test_a_boards_membership_clauses_are_its_roster() -> None:
    """Terms of reference whose "Membership" section names a member a clause: the members,
    those in attendance and those consulted; a clause naming no post is none, and the
    clauses of other sections name no member."""
    facts = _facts("governance/terms-of-reference.md", MEMBERSHIP.encode())
    got = {r.name: r.tier for r in facts.roles}
    assert got == {
        "Assistant Chief Constable (Local Policing)": "core",
        "Head of Contact Management": "core",
        "Area Commander, Wendle and Fells": "core",
        "Force Crime Registrar": "core",
        "Director of Finance": "extended",
        "Police Federation Branch Secretary": "extended",
    }, got
    registrar = next(r for r in facts.roles if r.name == "Force Crime Registrar")
    assert "crime recording" in " ".join(registrar.responsibilities)


AD_EXPORT = """\
#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser
"DistinguishedName","Name","Title","Department","Description","extensionAttribute1","Enabled"
"CN=Ann Rowe,OU=Ops,DC=x,DC=local","Ann Rowe","Chief Operating Officer","Executive","Sponsor; chairs the board.","Core team","True"
"CN=Ben Tull,OU=Ops,DC=x,DC=local","Ben Tull","Head of Clinical Services","Clinical","Clinical services.","Core team","True"
"CN=Cat Hale,OU=Fin,DC=x,DC=local","Cat Hale","Payroll Manager","Finance","Monthly payroll.","","True"
"CN=Dan Ross,OU=Disabled Users,DC=x,DC=local","Dan Ross","Head of Clinical Services","Clinical","LEAVER","Core team","False"
"CN=Eve Lamb,OU=Ext,DC=x,DC=local","Eve Lamb","Patient Panel Chair","External","Chairs the panel.","Consult only","True"
"""


def test_a_directory_export_leaves_out_leavers_and_people_outside_the_programme() -> None:
    """An Active Directory export lists everyone: a disabled account is a leaver's, a blank
    involvement someone outside the programme. Each is a warning naming its row, no role."""
    facts = _facts("people/ad-export.csv", AD_EXPORT.encode())
    got = {r.name: r.tier for r in facts.roles}
    assert got == {
        "Chief Operating Officer": "core",
        "Head of Clinical Services": "core",
        "Patient Panel Chair": "extended",
    }, got
    assert any("Payroll Manager" in w and "row 5" in w for w in facts.warnings), facts.warnings
    assert any("disabled account" in w and "row 6" in w for w in facts.warnings), facts.warnings


def test_a_writer_documents_comments_nested_lists_and_tables_and_damage() -> None:
    """A comment or footnote is no text; a nested list keeps its depth (so a Department >
    Role > "Involvement:" outline is read as one); a table in a cell adds no rows to the
    table around it; a damaged archive entry or a bad space count is one clear error or none."""
    from agent.context._office import odt_to_markdown

    li = "<text:list-item><text:p>{}</text:p>{}</text:list-item>"
    nested = (
        "<text:list>"
        + li.format(
            "Operations",
            "<text:list>"
            + li.format(
                "Head of Depots",
                "<text:list>"
                + li.format("Involvement: Core team", "")
                + li.format("Remit: the three depots", "")
                + "</text:list>",
            )
            + li.format(
                "Fleet Engineer",
                "<text:list>"
                + li.format("Involvement: Core team", "")
                + li.format("Remit: the buses", "")
                + "</text:list>",
            )
            + li.format(
                "Head of People",
                "<text:list>"
                + li.format("Involvement: Extended team", "")
                + li.format("Remit: recruitment", "")
                + "</text:list>",
            )
            + "</text:list>",
        )
        + "</text:list>"
    )
    note = (
        "<text:p>Head of Depots<office:annotation><text:p>Alice: is this right?</text:p>"
        "</office:annotation> runs the depots<text:note><text:note-body><text:p>See annex B"
        '</text:p></text:note-body></text:note>.<text:s text:c="x"/>Done.</text:p>'
    )
    inner = (
        "<table:table><table:table-row><table:table-cell><text:p>A</text:p></table:table-cell>"
        "<table:table-cell><text:p>B</text:p></table:table-cell></table:table-row></table:table>"
    )
    outer = (
        "<table:table><table:table-row><table:table-cell><text:p>Role</text:p></table:table-cell>"
        "<table:table-cell><text:p>Remit</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>Head of Depots</text:p></table:table-cell>"
        f"<table:table-cell>{inner}</table:table-cell></table:table-row></table:table>"
    )
    text = odt_to_markdown(_odt(nested + note + outer), "t.odt", max_bytes=10**6, max_rows=100)
    assert "Alice" not in text and "annex" not in text, text
    assert "    - Involvement: Core team" in text, text
    assert "| A | B |" not in text and "| Head of Depots | A; B |" in text, text
    facts = _facts("people/team.odt", _odt(nested))
    assert {r.name for r in facts.roles} == {"Head of Depots", "Fleet Engineer", "Head of People"}
    damaged = bytearray(_odt(nested))
    damaged[damaged.index(b"content.xml") + 40] ^= 0xFF
    with pytest.raises(InputError):
        read_document(Path("x.odt"), "x.odt", bytes(damaged), max_bytes=10**6)


def test_a_programmes_own_roster_keeps_a_role_whose_tier_says_not_applicable() -> None:
    """Only a directory export (distinguished names in its cells) reads a blank or "N/A"
    involvement as someone outside the programme; a programme's own roster keeps the role."""
    csv = (
        b"Role,Team,Tier,Responsibilities\n"
        b"Chief Executive,Executive,N/A,Sponsor; chairs the board\n"
        b"Head of Depots,Operations,Core,The three depots\n"
        b"Fleet Engineer,Operations,Core,The buses\n"
    )
    names = [r.name for r in _facts("people/roster.csv", csv).roles]
    assert names == ["Chief Executive", "Head of Depots", "Fleet Engineer"], names


def test_membership_ends_at_the_next_section_and_names_the_post_alone() -> None:
    text = (
        "## 4. Membership\n\n"
        "4.1 The Chief Executive, who chairs.\n\n"
        "4.2 The Head of People – recruitment and the union.\n\n"
        "4.3 The Programme Manager – the plan and the papers.\n\n"
        "## 5. Meetings (frequency and quorum)\n\n"
        "5.1 The Programme Manager circulates papers five days before each meeting.\n"
    )
    facts = _facts("governance/tor.md", text.encode())
    got = {r.name: " ".join(r.responsibilities) for r in facts.roles}
    assert set(got) == {"Chief Executive", "Head of People", "Programme Manager"}, got
    assert "Meetings" not in got["Programme Manager"], got


# Folded lines (a CRLF and a space), escaped commas and semicolons, as address books write them.
VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eilidh Brannock\r\n"
    "ORG:Ardley Met Service;Observations Directorate\r\nTITLE:Hydrometry Manager\r\n"
    "ROLE:Workstream lead: rain and river gauges\r\n"
    "NOTE:Programme: core. Remit: the rain gauge network\\, the volunteer obse\r\n"
    " rvers and their cards\\; river gauge telemetry.\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam Orr\r\nORG:Ardley Met Service;Trade Union Side\r\n"
    "TITLE:PSUA Branch Secretary\r\nNOTE:Programme: consult only. Remit: represents the\r\n"
    "  forecasters.\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Programme Office\r\nORG:Ardley Met Service;Programme Office\r\n"
    "NOTE:Shared mailbox for Board papers.\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pieter Vos\r\nORG:Corvane Systems B.V.;Public Sector\r\n"
    "TITLE:Account Manager\r\nNOTE:Bid contact for the successor tender.\r\nEND:VCARD\r\n"
)


def test_an_address_book_gives_a_role_per_card_and_names_each_card_left_out() -> None:
    facts = _facts("people/programme-contacts.vcf", VCARDS.encode())
    got = {r.name: (r.tier, r.team, r.person) for r in facts.roles}
    assert got == {
        "Hydrometry Manager": ("core", "Observations Directorate", "Eilidh Brannock"),
        "PSUA Branch Secretary": ("extended", "Trade Union Side", "Sam Orr"),
    }, got
    remit = next(r for r in facts.roles if r.name == "Hydrometry Manager").responsibilities
    assert any("volunteer observers and their cards" in x for x in remit), remit
    # a shared mailbox has no title; a supplier's account manager works for another business
    assert any("card 3" in w and "no role name" in w for w in facts.warnings), facts.warnings
    assert any("card 4" in w and "Corvane Systems" in w for w in facts.warnings), facts.warnings


def test_an_address_book_that_is_no_vcard_is_refused_in_one_line() -> None:
    with pytest.raises(InputError):
        read_document(Path("x.vcf"), "x.vcf", b"Name,Title\nA,B\n", max_bytes=10**6)


def _job_descriptions_pack() -> bytes:
    """A job descriptions pack as HR sends it round: a cover, then one post a page, its fields
    box read label column first, a label wrapped over two lines, numbered accountabilities."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)

    def put(x: float, y: float, text: str, size: int = 10, style: str = "") -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.set_xy(x, y)
        pdf.cell(0, size * 1.2, text)

    pdf.add_page()
    put(72, 100, "Job descriptions for the programme team", 20, "B")
    put(72, 140, "One post a page, issued by People Services.")
    posts = [
        (
            "Head of Customer Care",
            "Customer",
            "Care centre, Calder Park, Wakefield",
            "Core",
            "Runs the Care team of 86 advisers.",
            ["Answer customers' calls to the service levels", "Own care contacts per 100 orders"],
        ),
        (
            "Finance Director",
            "Finance",
            "Head office, Wakefield",
            "Extended",
            "Accountable for the budget and the benefits case.",
            ["Keep the benefits case"],
        ),
        (
            "Data Protection Officer",
            "Legal and Risk",
            "Head office, Wakefield",
            "Consulted",
            "Advises on the use of personal data.",
            ["Review each impact assessment"],
        ),
    ]
    for title, directorate, location, role, purpose, duties in posts:
        pdf.add_page()
        put(72, 60, "Job description", 16, "B")
        labels = ["Job title:", "Directorate:", "Location:", "Role in the Fresh Path"]
        for k, label in enumerate(labels):
            put(78, 100 + 24 * k, label)
        put(78, 100 + 24 * 3 + 14, "programme:")
        for k, value in enumerate([title, directorate, location, role]):
            put(228, 100 + 24 * k, value)
        put(72, 230, "Purpose of the job", 13, "B")
        put(72, 250, purpose)
        put(72, 280, "Key accountabilities", 13, "B")
        for k, duty in enumerate(duties, 1):
            put(76, 300 + 20 * k, f"{k}. {duty}.")
    return bytes(pdf.output())


def test_a_job_descriptions_pack_gives_a_role_per_page(tmp_path: Path) -> None:
    path = tmp_path / "programme-job-descriptions.pdf"
    path.write_bytes(_job_descriptions_pack())
    rel = "people/programme-job-descriptions.pdf"
    facts = extract_facts(read_document(path, rel, path.read_bytes(), max_bytes=10_000_000))
    got = {r.name: (r.tier, r.team) for r in facts.roles}
    assert got == {
        "Head of Customer Care": ("core", "Customer"),
        "Finance Director": ("extended", "Finance"),
        "Data Protection Officer": ("extended", "Legal and Risk"),
    }, got
    care = next(r for r in facts.roles if r.name == "Head of Customer Care")
    assert any("care contacts per 100 orders" in x.lower() for x in care.responsibilities)


# As ldapsearch writes a group's export: comments, a folded line, a base64 value ("::") for a
# remit with an en dash, the group entry, a service account and the search trailer.
_LDIF = (
    "version: 1\n\n# extended LDIF\n# search result\n\n"
    "dn: cn=clean-water,ou=Groups,dc=fenmarsh,dc=example\nobjectClass: groupOfNames\n"
    "cn: clean-water\nmember: uid=ajones,ou=People,dc=fenmarsh,dc=example\n\n"
    "dn: uid=ajones,ou=People,dc=fenmarsh,dc=example\nobjectClass: inetOrgPerson\n"
    "cn: Ana Jones\ntitle: Head of Treatment\nou: Operations\nemployeeType: Core\n"
    "description: Runs the four treatment works and their telemetry; owns the dosi\n"
    " ng records and the works' shift rota.\n\n"
    "dn: uid=bkaur,ou=People,dc=fenmarsh,dc=example\nobjectClass: inetOrgPerson\n"
    "cn: Bal Kaur\ntitle: Union Branch Secretary\nou: Partners\nemployeeType: Consult only\n"
    "description:: "
    + __import__("base64").b64encode("Speaks for staff – consulted on rotas.".encode()).decode()
    + "\n\n"
    "dn: uid=svc-telemetry,ou=Services,dc=fenmarsh,dc=example\nobjectClass: account\n"
    "uid: svc-telemetry\n\n# search result\nsearch: 2\nresult: 0 Success\n"
)


def test_a_directory_export_gives_a_role_per_person_and_names_each_entry_left_out(
    capsys: pytest.CaptureFixture[str],
) -> None:
    facts = _facts("people/programme-group.ldif", _LDIF.encode())
    got = {r.name: (r.tier, r.team, r.person) for r in facts.roles}
    assert got == {
        "Head of Treatment": ("core", "Operations", "Ana Jones"),
        "Union Branch Secretary": ("extended", "Partners", "Bal Kaur"),
    }, got
    remits = {r.name: " ".join(r.responsibilities) for r in facts.roles}
    assert "owns the dosing records" in remits["Head of Treatment"], remits  # unfolded
    assert "Speaks for staff – consulted on rotas" in remits["Union Branch Secretary"], remits
    assert any("entry 1" in w and "a group" in w for w in facts.warnings), facts.warnings
    assert any("svc-telemetry" in w for w in facts.warnings), facts.warnings
    assert not capsys.readouterr().err  # the parser's complaint about the trailer is not shown


def test_a_directory_export_that_is_no_ldif_is_refused_in_one_line() -> None:
    with pytest.raises(InputError):
        read_document(Path("x.ldif"), "x.ldif", b"Name,Title\nA,B\n", max_bytes=10**6)


def _drawio(pages: list[tuple[str, str]], *, compressed: bool) -> bytes:
    import base64
    import urllib.parse
    import zlib

    out = ['<mxfile host="app.diagrams.net">']
    for name, cells in pages:
        model = f'<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>{cells}</root></mxGraphModel>'
        if compressed:
            deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
            raw = deflate.compress(urllib.parse.quote(model, safe="").encode()) + deflate.flush()
            out.append(f'<diagram name="{name}">{base64.b64encode(raw).decode()}</diagram>')
        else:
            out.append(f'<diagram name="{name}">{model}</diagram>')
    out.append("</mxfile>")
    return "".join(out).encode()


def _box(cell_id: str, label: str, parent: str = "1", style: str = "rounded=1;html=1;") -> str:
    import html

    return (
        f'<mxCell id="{cell_id}" value="{html.escape(label)}" style="{style}" vertex="1" '
        f'parent="{parent}"><mxGeometry x="0" y="0" width="200" height="80" as="geometry"/></mxCell>'
    )


@pytest.mark.parametrize("compressed", [True, False])
def test_a_diagrams_net_org_chart_gives_a_role_per_box_on_its_current_page(
    compressed: bool,
) -> None:
    current = (
        _box("lane", "Treatment", style="swimlane;html=1;")
        + _box(
            "a",
            "<b>Head of Treatment</b><br>Operations<br><i>Core team</i><br>"
            "Remit: the four works, their telemetry and the dosing records",
            parent="lane",
        )
        + _box(
            "b",
            "<b>Works Manager, Fenmarsh</b><br><i>Core team</i><br>"
            "Remit: the pilot works and its shift rota",
            parent="lane",
        )
        + _box("c", "<b>Union Branch Secretary</b><br>Remit: speaks for staff", parent="cons")
        + _box("cons", "Consult only", style="swimlane;html=1;")
        + _box("key", "Core team<br>Extended team<br>Consult only")
        + _box("note", "Draft v3 - for the Board", style="text;html=1;")
        + '<mxCell id="e" edge="1" parent="1" source="a" target="b"/>'
    )
    old = _box("z", "<b>Director of Water Quality</b><br>Remit: everything, as it was")
    data = _drawio([("Structure", current), ("Old structure 2027", old)], compressed=compressed)
    facts = _facts("people/programme-structure.drawio", data)
    got = {r.name: (r.tier, r.team) for r in facts.roles}
    assert got == {
        "Head of Treatment": ("core", "Operations"),
        "Works Manager, Fenmarsh": ("core", "Treatment"),  # the lane it is drawn in
        "Union Branch Secretary": ("extended", None),  # its lane says its tier
    }, got
    remit = next(r for r in facts.roles if r.name == "Head of Treatment").responsibilities
    assert any("dosing records" in x for x in remit), remit
    assert any("Old structure 2027" in w for w in facts.warnings), facts.warnings
    assert any("Draft v3" in w for w in facts.warnings), facts.warnings


def test_a_damaged_diagrams_net_page_is_refused_in_one_line() -> None:
    data = b'<mxfile><diagram name="Page-1">not base64 at all!</diagram></mxfile>'
    with pytest.raises(InputError):
        read_document(Path("x.drawio"), "x.drawio", data, max_bytes=10**6)


def _form_pdf(
    path: Path,
    rows: list[tuple[str, str, str, str]],
    columns: tuple[str, str, str, str] = ("role", "team", "involvement", "remit"),
) -> Path:
    """A one-page register: printed heads (fpdf2), then a text field a cell (pypdf), each
    holding its value in /V as a form filled in Acrobat does."""
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 20, "Clean Water programme - team register")
    pdf.ln(30)
    pdf.cell(0, 20, "Role    Team    Involvement    Remit")
    printed = io.BytesIO(pdf.output())
    writer = PdfWriter()
    writer.append(PdfReader(printed))
    page = writer.pages[0]
    fields = ArrayObject()
    for n, row in enumerate(rows, 1):
        for column, value in zip(columns, row, strict=True):
            y = 700 - 20 * n
            field = DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Annot"),
                    NameObject("/Subtype"): NameObject("/Widget"),
                    NameObject("/FT"): NameObject("/Tx"),
                    NameObject("/T"): TextStringObject(f"{column}_{n}"),
                    NameObject("/V"): TextStringObject(value),
                    NameObject("/Ff"): NumberObject(4096 if column == "remit" else 0),
                    NameObject("/Rect"): ArrayObject(
                        [FloatObject(40), FloatObject(y), FloatObject(200), FloatObject(y + 16)]
                    ),
                }
            )
            ref = writer._add_object(field)
            fields.append(ref)
    page[NameObject("/Annots")] = fields
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): fields})
    with path.open("wb") as out:
        writer.write(out)
    return path


def test_a_register_filled_in_as_a_pdf_form_is_read_from_its_fields(tmp_path: Path) -> None:
    """The printed page holds only the grid's heads; each cell is a text field whose value
    only the form holds. A blank row is skipped; a row that says its post went is warned."""
    path = _form_pdf(
        tmp_path / "register.pdf",
        [
            ("Head of Treatment", "Operations", "Core", "The four works and their telemetry."),
            ("n/a - post withdrawn", "Operations", "", "Was the Dosing Coordinator."),
            ("", "", "", ""),
            ("Union Branch Secretary", "Partners", "Consulted", "Speaks for staff on rotas."),
        ],
    )
    facts = extract_facts(
        read_document(path, "people/register.pdf", path.read_bytes(), max_bytes=10**7)
    )
    got = {r.name: (r.tier, r.team) for r in facts.roles}
    assert got == {
        "Head of Treatment": ("core", "Operations"),
        "Union Branch Secretary": ("extended", "Partners"),
    }, got
    assert any("row 2" in w and "no post" in w for w in facts.warnings), facts.warnings


def test_directory_entries_a_group_with_a_title_and_a_title_in_another_encoding() -> None:
    import base64

    data = (
        "dn: cn=finance-managers,ou=Groups,dc=x\nobjectClass: groupOfNames\n"
        "title: Finance managers\n\n"
        "dn: uid=a,ou=People,dc=x\nobjectClass: inetOrgPerson\ncn: A B\n"
        "title:: " + base64.b64encode("Responsable café".encode("latin-1")).decode() + "\n"
        "ou: Cafés\n\n"
        "dn: cn=a+cn=a+cn=a+cn=a+cn=a+cn=a+cn=a+cn=a+cn=a+cn=a+cn=a+cn=a+cn=a+cn=a+cn=a,\n"
        "objectClass: inetOrgPerson\ntitle: Head of Data\nou: Data\n"
    ).encode()
    facts = _facts("people/team.ldif", data)
    names = [r.name for r in facts.roles]
    assert "Finance managers" not in names, names  # a group, whatever its title
    assert "Head of Data" in names, names  # a malformed dn is only a label
    assert any(n.startswith("Responsable caf") and "b'" not in n for n in names), names
    assert any("a group" in w for w in facts.warnings), facts.warnings


def test_a_diagrams_net_chart_reads_posts_that_look_like_keys_photos_places_and_drafts() -> None:
    photo = '<mxCell id="ph" value="" style="shape=image;" vertex="1" parent="b"/>'
    edge = (
        '<mxCell id="e" edge="1" parent="1" source="a" target="b"/>'
        '<mxCell id="el" value="dotted line" style="edgeLabel;html=1;" vertex="1" parent="e"/>'
    )
    depot = (
        _box("a", "<b>Key Account Manager</b><br>Sales")
        + _box("b", "<b>Notes and Records Officer</b><br>Records")
        + photo
        + edge
    )
    data = _drawio(
        [("Old Town depot", depot), ("New Town depot", _box("c", "<b>Depot Supervisor</b>"))],
        compressed=True,
    )
    got = {r.name for r in _facts("people/depots.drawio", data).roles}
    assert got == {"Key Account Manager", "Notes and Records Officer", "Depot Supervisor"}, got
    # every page marked as a draft: none is the chart in force, so each is read
    drafts = _drawio(
        [("Draft 1", _box("a", "<b>Head of Data</b><br>Data")), ("Draft 2", "")], compressed=False
    )
    assert {r.name for r in _facts("people/drafts.drawio", drafts).roles} == {"Head of Data"}


def test_a_pdf_form_whose_grid_names_no_posts_keeps_the_pages_own_text(tmp_path: Path) -> None:
    """A sign-off box of fields ("name_1", "date_1") is no roster: the page's sentences are
    read as they always were."""
    path = _form_pdf(
        tmp_path / "policy.pdf",
        [
            ("A. Jones", "1 May 2028", "Approved", "Signed for the board."),
            ("B. Kaur", "2 May 2028", "Approved", "Signed for the union."),
        ],
        columns=("name", "date", "decision", "note"),
    )
    doc = read_document(path, "governance/policy.pdf", path.read_bytes(), max_bytes=10**7)
    assert "Clean Water programme - team register" in doc.text
    assert "A. Jones" not in doc.text  # the fields are not read as rows


def _vsdx(pages: list[tuple[str, str]]) -> bytes:
    """A Visio drawing as Visio 2013+ saves it: its pages listed in pages.xml and found through
    their relationships, its masters named in masters.xml."""
    ns = 'xmlns="http://schemas.microsoft.com/office/visio/2012/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    rels_ns = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
    masters = "".join(
        f'<Master ID="{i}" NameU="{n}" Name="{n}"><Rel r:id="rId{i}"/></Master>'
        for i, n in [
            (2, "Executive"),
            (4, "Position"),
            (5, "Consultant"),
            (6, "Vacancy"),
            (7, "Dynamic connector"),
        ]
    )
    listing = "".join(
        f'<Page ID="{i}" NameU="{name}" Name="{name}"><Rel r:id="rId{i + 1}"/></Page>'
        for i, (name, _) in enumerate(pages)
    )
    rels = "".join(
        f'<Relationship Id="rId{i + 1}" Type="http://schemas.microsoft.com/visio/2010/relationships/page" Target="page{i + 1}.xml"/>'
        for i in range(len(pages))
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("visio/document.xml", f"<VisioDocument {ns}/>")
        z.writestr("visio/masters/masters.xml", f"<Masters {ns}>{masters}</Masters>")
        z.writestr("visio/pages/pages.xml", f"<Pages {ns}>{listing}</Pages>")
        z.writestr(
            "visio/pages/_rels/pages.xml.rels", f"<Relationships {rels_ns}>{rels}</Relationships>"
        )
        for i, (_, shapes) in enumerate(pages):
            z.writestr(
                f"visio/pages/page{i + 1}.xml",
                f"<PageContents {ns}><Shapes>{shapes}</Shapes></PageContents>",
            )
    return out.getvalue()


def _post(shape_id: int, master: int, text: str, **data: str) -> str:
    rows = "".join(
        f'<Row N="{k}"><Cell N="Value" V="{v}" U="STR"/><Cell N="Label" V="{k}"/></Row>'
        for k, v in data.items()
    )
    section = f'<Section N="Property">{rows}</Section>' if rows else ""
    return f'<Shape ID="{shape_id}" Type="Shape" Master="{master}">{section}<Text>{text}</Text></Shape>'


def test_a_visio_org_chart_gives_a_role_per_post_on_its_current_page() -> None:
    """Its posts from the Executive, Position and Consultant shapes' data; the chart's title, a
    legend, a vacancy, the connectors and an old page are no roles, each named in a warning."""
    current = (
        '<Shape ID="1" Type="Shape"><Text>Skerry Lifeboats · crew and shore structure for the'
        " programme · October 2028</Text></Shape>"
        '<Shape ID="2" Type="Shape"><Text>Legend\nExecutive: director\nVacancy: post not filled'
        "</Text></Shape>"
        + _post(
            3,
            2,
            "Chief Executive",
            Title="Chief Executive",
            Department="Executive Office",
            Tier="Core",
            Remit="Sponsor of the programme; chairs its board",
        )
        + _post(
            4,
            4,
            "Dunlarrig Depot Manager",
            Title="Dunlarrig Depot Manager",
            Department="Engineering and Fleet",
            Tier="Core",
            Remit="Refits and repairs at the depot, BoatLog and spares",
        )
        + _post(
            5,
            5,
            "Chair, Volunteer Crew Council",
            Title="Chair, Volunteer Crew Council",
            Tier="Consult only",
            Remit="Speaks for the crews; owns no programme work",
        )
        + _post(6, 6, "Head of Legacy Giving", Title="Head of Legacy Giving", Tier="Core")
        + '<Shape ID="7" Type="Shape" Master="7"><Cell N="BeginX" V="1"/><Cell N="EndX" V="2"/>'
        "</Shape>"
        + '<Shape ID="8" Type="Group"><Shapes>'
        + _post(9, 4, "Head of Retail\nShops")
        + "</Shapes></Shape>"
    )
    old = _post(1, 4, "Director of Everything", Title="Director of Everything", Tier="Core")
    facts = _facts(
        "people/crew-and-shore-structure.vsdx",
        _vsdx([("Programme structure", current), ("Draft 2027", old)]),
    )
    got = {r.name: (r.tier, r.team) for r in facts.roles}
    assert got == {
        "Chief Executive": ("core", "Executive Office"),
        "Dunlarrig Depot Manager": ("core", "Engineering and Fleet"),
        "Chair, Volunteer Crew Council": ("extended", None),  # its tier says consult only
        "Head of Retail": ("core", "Shops"),  # in a group, no data: its text's second line
    }, got
    remit = next(r for r in facts.roles if r.name == "Dunlarrig Depot Manager").responsibilities
    assert any("BoatLog" in x for x in remit), remit
    warned = " ".join(facts.warnings)
    for left_out in ("Legend", "Head of Legacy Giving", "Draft 2027", "crew and shore structure"):
        assert left_out in warned, facts.warnings


def test_a_visio_file_that_is_no_drawing_is_refused_in_one_line() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    with pytest.raises(InputError):
        read_document(Path("x.vsdx"), "x.vsdx", out.getvalue(), max_bytes=10**6)
    with pytest.raises(InputError):
        read_document(Path("x.vsdx"), "x.vsdx", b"not a zip", max_bytes=10**6)


def test_an_hris_apis_nested_fields_and_a_workbooks_hidden_sheet() -> None:
    """An HR system's API nests a post's department and programme role in objects of their
    own: their fields are the post's columns. A workbook's hidden sheet ("Old structure 2027")
    is not the roster: it is left out, with a warning naming it."""
    import json

    api = {
        "meta": {"page": 1, "total": 2},
        "data": {
            "positions": [
                {
                    "positionId": "P-1",
                    "title": "Contact Center Manager",
                    "department": {"name": "Customer Contact Center", "code": "CCC"},
                    "programRole": {"tier": "Core", "remit": "Runs the contact center and its ACD"},
                    "incumbent": {"displayName": "Darnell Whitaker"},
                },
                {
                    "positionId": "P-2",
                    "title": "Digital Services Manager",
                    "department": {"name": "Information Technology Division", "code": "ITD"},
                    "programRole": {"tier": "Extended", "remit": "MyDMV and the website"},
                    "incumbent": None,
                },
            ]
        },
    }
    facts = _facts("people/positions.json", json.dumps(api).encode())
    got = {r.name: (r.tier, r.team, r.person, r.responsibilities) for r in facts.roles}
    assert got == {
        "Contact Center Manager": (
            "core",
            "Customer Contact Center",
            "Darnell Whitaker",
            ["Runs the contact center and its ACD"],
        ),
        "Digital Services Manager": (
            "extended",
            "Information Technology Division",
            None,
            ["MyDMV and the website"],
        ),
    }, got

    from openpyxl import Workbook

    book = Workbook()
    roles = book.active
    roles.title = "Roles"
    roles.append(["Role", "Team", "Tier", "Remit"])
    roles.append(["Head of Transport", "Transport", "Core", "Carrier contracts and tenders"])
    old = book.create_sheet("Old structure 2027")
    old.append(["Role", "Team", "Tier", "Remit"])
    old.append(["Transport Manager", "Transport", "Core", "Carriers and trunking"])
    old.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    doc = read_document(Path("roles.xlsx"), "roles.xlsx", out.getvalue(), max_bytes=10**7)
    assert [r.name for r in extract_facts(doc).roles] == ["Head of Transport"]
    assert any("Old structure 2027" in w and "hidden" in w for w in doc.warnings), doc.warnings


def test_review_cases_a_visio_post_drawn_as_a_group_and_nested_flags_in_json() -> None:
    """A Visio post drawn as a group of its master's shapes is a post; a nested flag or number
    in a JSON roster ("location": {"floor": 2}) is no tier."""
    import json

    group = (
        '<Shape ID="9" Type="Group" Master="4"><Section N="Property">'
        '<Row N="Title"><Cell N="Value" V="Head of Operations" U="STR"/>'
        '<Cell N="Label" V="Title"/></Row><Row N="Tier"><Cell N="Value" V="Core" U="STR"/>'
        '<Cell N="Label" V="Tier"/></Row></Section><Text>Head of Operations</Text>'
        '<Shapes><Shape ID="10" Type="Shape" MasterShape="6"/></Shapes></Shape>'
    )
    facts = _facts(
        "people/chart.vsdx",
        _vsdx([("Structure", group + _post(11, 4, "Head of Retail", Tier="Core"))]),
    )
    assert {r.name for r in facts.roles} == {"Head of Operations", "Head of Retail"}, facts.roles
    people = [
        {"role": "Finance Director", "team": "Finance", "location": {"site": "York", "floor": 2}},
        {"role": "Head of People", "team": "People", "location": {"site": "Leeds", "floor": 1}},
    ]
    facts = _facts("people/roles.json", json.dumps(people).encode())
    assert {r.name: r.tier for r in facts.roles} == {
        "Finance Director": "core",
        "Head of People": "core",
    }, facts.roles


def test_excel_unicode_text_is_a_sheet_of_roles() -> None:
    """Excel's "Save as Unicode Text": UTF-16 with a byte-order mark, tabs between cells, CRLF
    line ends, a cell holding a comma quoted and one quote doubled inside it."""
    rows = [
        "Role\tTeam\tProgramme tier\tRemit",
        'Chief Executive\tExecutive\tCore\tSponsor; chairs the "Board"',
        '"Head of Fleet, Workshop"\tOperations\tCore\t"Vehicles, the ""make ready"" crews"',
        "Union Branch Secretary\tStaff side\tConsult only\tConsulted on rotas",
    ]
    data = "\r\n".join(rows).encode("utf-16")  # with its byte-order mark
    facts = _facts("people/roles.txt", data)
    got = {r.name: (r.tier, r.team) for r in facts.roles}
    assert got == {
        "Chief Executive": ("core", "Executive"),
        "Head of Fleet, Workshop": ("core", "Operations"),
        "Union Branch Secretary": ("extended", "Staff side"),
    }, got
    duties = {r.name: " ".join(r.responsibilities) for r in facts.roles}
    assert 'the "make ready" crews' in duties["Head of Fleet, Workshop"], duties


def test_prose_with_a_tab_or_two_stays_prose() -> None:
    text = "Our depots\tand sites.\nThe scheduling tool runs at two sites only.\nNo more.\n"
    doc = read_document(Path("x.txt"), "x.txt", text.encode(), max_bytes=10**6)
    assert doc.kind == "txt"


def test_a_mermaid_org_chart_in_markdown_is_the_roster() -> None:
    """Nodes with the post on the label's first line and its fields after <br/>, a subgraph a
    team, edges from managers, and a consult class marking the posts only consulted."""
    text = """# Who does what

```mermaid
flowchart TD
  subgraph EXEC["Chief Executive's Office"]
    CEO["Chief Executive<br/>Remit: sponsor of the plan; chairs the board"]
    PM["Programme Manager<br/>Remit: plan, risks &amp; gate reports<br/>Team: Strategy"]
  end
  subgraph REPAIRS["Property Services"]
    HRR("Head of Repairs<br/>Remit: trades team, first-time fix")
  end
  TSP["Tenants' Panel Chair<br/>Remit: consulted on service changes"]
  CEO --> PM
  CEO --> HRR
  classDef consult fill:#eee
  class TSP consult
```

Consult only: the Tenants' Panel Chair.
"""
    facts = _facts("people/who-does-what.md", text.encode())
    got = {r.name: (r.tier, r.team) for r in facts.roles}
    assert got == {
        "Chief Executive": ("core", "Chief Executive's Office"),
        "Programme Manager": ("core", "Strategy"),
        "Head of Repairs": ("core", "Property Services"),
        "Tenants' Panel Chair": ("extended", None),
    }, got
    duties = {r.name: " ".join(r.responsibilities) for r in facts.roles}
    assert "plan, risks & gate reports" in duties["Programme Manager"], duties


def test_an_observer_on_a_boards_terms_of_reference_is_a_seat_not_a_role() -> None:
    text = """# Programme Board: terms of reference

## Chair and members

- Chair: the Chief Executive, who is the programme's Senior Responsible Owner.
- Members: the Director of Property Services and the Programme Manager.
- Observer: the Chair of the Tenants' Panel.
- Secretary: the Programme Manager.
"""
    facts = _facts("governance/board-terms.md", text.encode())
    assert "Observer" not in {r.name for r in facts.roles}


def test_a_nested_org_chart_under_place_headings_keeps_every_post_and_its_stated_part(
    tmp_path: Path,
) -> None:
    """An org chart in Markdown, one post a bullet, indented under its manager, each section
    headed by a division and its city ("Fleet Operations (Singapore)"): every post is a role
    (a heading is no gap list because a city's name holds the letters "gap"), and the part in
    the programme said at the end of each line ("(Harbour 2030: consulted only)") is its tier."""
    from agent.context import load_context

    people = tmp_path / "people"
    people.mkdir()
    (people / "org-chart.md").write_text(
        "# Organisation chart\n\n"
        "## Fleet Operations (Singapore)\n\n"
        "- Director, Fleet Operations — deploys the ships on our loops. (Harbour 2030: core team)\n"
        "  - Voyage Performance Manager — runs the Route Desk. (Harbour 2030: core team)\n"
        "  - Marine Superintendent — nautical standards. (Harbour 2030: core team)\n\n"
        "## Crewing (Kalvehavn and Singapore)\n\n"
        "- Crew Operations Manager — manning and rotations. (Harbour 2030: extended team)\n"
        "- Seafarers' Union Liaison — gives the crews' view. (Harbour 2030: consulted only)\n",
        encoding="utf-8",
    )
    org = load_context(tmp_path)
    tiers = {r.name: r.tier for r in org.roles}
    assert set(tiers) == {
        "Director, Fleet Operations",
        "Voyage Performance Manager",
        "Marine Superintendent",
        "Crew Operations Manager",
        "Seafarers' Union Liaison",
    }, tiers
    assert tiers["Seafarers' Union Liaison"] == "extended"
    assert tiers["Crew Operations Manager"] == "extended"
    assert tiers["Voyage Performance Manager"] == "core"


def test_a_post_line_a_roster_file_lists_under_a_no_posts_heading_is_warned_not_dropped(
    tmp_path: Path,
) -> None:
    """A roster file's line that reads as a post ("- Harbour Operations Manager — runs the
    port") under a heading that says it lists none ("Open issues") is not a role, and the run
    says so, naming the line: no roster line vanishes without a word."""
    from agent.context import load_context

    (tmp_path / "roster.md").write_text(
        "# Roster\n\n## Port team\n\n- Berth Planning Lead — plans the berth windows (core)\n\n"
        "## Open issues\n\n- Harbour Operations Manager — runs the port until a hire (core)\n"
        "- Staff turnover — high in winter\n",
        encoding="utf-8",
    )
    org = load_context(tmp_path)
    assert [r.name for r in org.roles] == ["Berth Planning Lead"]
    said = [w for w in org.warnings if "Harbour Operations Manager" in w]
    assert said and "not read as a role" in said[0], org.warnings
    assert not any("Staff turnover" in w for w in org.warnings)


def test_a_sponsor_line_in_a_structure_names_a_posts_seat_not_a_post() -> None:
    """ "Sponsor: the Chief Executive Officer is the sponsor of ..." in a structure says which
    post takes the seat; "Sponsor" is no post of its own. A seat's line that names a person
    with a remit is still read as before."""
    from agent.context._extract import parse_role_line

    line = (
        "Sponsor: the Chief Executive Officer is the sponsor of the programme and answers "
        "for it to the board."
    )
    assert parse_role_line(line, source="people/structure.docx") is None
    kept = parse_role_line(
        "Programme Manager: the plan, the risk log and the gate reports",
        source="people/structure.docx",
    )
    assert kept is not None and kept.name == "Programme Manager"


def test_bodies_that_are_consulted_own_no_work_and_a_meetings_attendance_is_no_post(
    tmp_path: Path,
) -> None:
    """A roster's rows for a forum or a union's branch whose remit says it is consulted ("...
    Consulted; leads no council work.", "Consulted on prices ...") are consult-only; "Workstream
    owners attend for their item: ..." in a board's terms is who attends, not a post."""
    from agent.context import load_context
    from agent.context._extract import _valid_name

    people = tmp_path / "people"
    people.mkdir()
    (people / "posts.csv").write_text(
        "Post,Team,Remit\n"
        "Head of Box Office,Audiences,Ticketing and the box office system\n"
        "Audience Panel,Audiences,About 30 members who meet each season. Consulted on prices "
        "and the welcome at concerts\n"
        '"Branch Secretary, Unison Branch",Union,Speaks for members on staffing. Consulted; '
        "leads no council work.\n",
        encoding="utf-8",
    )
    tiers = {r.name: r.tier for r in load_context(tmp_path).roles}
    assert tiers == {
        "Head of Box Office": "core",
        "Audience Panel": "extended",
        "Branch Secretary, Unison Branch": "extended",
    }
    assert not _valid_name("Workstream owners attend for their item")
    assert _valid_name("Head of Store Operations")


def test_two_posts_alone_are_two_only_when_their_titles_run_in_parallel() -> None:
    from agent.context._extract import _comma_posts

    assert _comma_posts("Medicine Unit Director and Surgery Unit Director") == [
        "Medicine Unit Director",
        "Surgery Unit Director",
    ]
    assert _comma_posts("Head of Learning and Head of Outreach") == [
        "Head of Learning",
        "Head of Outreach",
    ]
    # one person's two hats, and one post of two remits
    assert _comma_posts("Training Manager and Safeguarding Lead") == [
        "Training Manager and Safeguarding Lead"
    ]
    assert _comma_posts("Head of Revenues and Benefits") == ["Head of Revenues and Benefits"]
