"""Roster, systems, absences and metrics extraction from every accepted form (no index)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.context import find_absences, load_context, parse_role_line
from agent.errors import ContextError
from schemas.context import OrgContext

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "northwind-health" / "org"


def org(tmp_path: Path, files: dict[str, str | bytes]) -> OrgContext:
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return load_context(tmp_path)


def roles_by_name(context: OrgContext) -> dict[str, object]:
    return {r.name: r for r in context.roles}


# --------------------------------------------------------------------- rosters


def test_csv_with_odd_headers(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "staff.csv": "Full Name,Position,Dept.,Core?,What they own\n"
            "Ann Lee,VP Marketing,Marketing,yes,brand; paid media\n"
            "Bo Chan,Privacy Officer,Legal,no,consent policy\n"
        },
    )
    roles = roles_by_name(context)
    assert set(roles) == {"VP Marketing", "Privacy Officer"}
    vp = context.role("vp marketing")
    assert vp is not None
    assert (vp.team, vp.tier, vp.tier_stated, vp.person) == ("Marketing", "core", True, "Ann Lee")
    assert vp.responsibilities == ["brand", "paid media"]
    privacy = context.role("Privacy Officer")
    assert privacy is not None and privacy.tier == "extended" and privacy.source == "staff.csv"


def test_a_designation_column_with_a_role_purpose_is_a_roster(tmp_path: Path) -> None:
    """HR exports from India and the Gulf head the job title "Designation"; job descriptions
    head the remit "Role purpose" or "Key result areas"."""
    context = org(
        tmp_path,
        {
            "people/roster.csv": "Designation,Division,Role purpose\n"
            "Head of Fleet,Operations,Vehicles and depots\n"
            "Chief Operating Officer,Executive,Runs operations\n"
        },
    )
    fleet = context.role("Head of Fleet")
    assert fleet is not None and fleet.team == "Operations"
    assert fleet.responsibilities == ["Vehicles and depots"]
    assert context.role("Chief Operating Officer") is not None


def test_csv_semicolon_title_department_without_tier(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "org/team_list.csv": "Title;Department;Responsibilities\nCRM Manager;Marketing;Braze journeys\n"
        },
    )
    role = context.role("CRM Manager")
    assert role is not None
    assert role.team == "Marketing" and role.tier == "core" and role.tier_stated is False
    assert role.source == "org/team_list.csv"


def test_semicolon_export_with_bom_crlf_and_cells_holding_line_breaks(tmp_path: Path) -> None:
    """A European spreadsheet's export: a byte-order mark, CRLF, and quoted cells that hold a
    line break, a semicolon and commas, which csv's sniffer cannot read a delimiter from."""
    text = (
        "Role;Function;Site;Involvement;What they own\r\n"
        'Managing Director;Executive;Goole;core;"Runs the company, its board and budget.\n'
        'Sponsor of the plan; decides each checkpoint."\r\n'
        "Depot General Manager, Normanton;Operations;Normanton;core;Runs Normanton, its yard, "
        "its shifts and its drivers\r\n"
        'URTU Branch Secretary;Union;All;consult;"Speaks for drivers; must be consulted"\r\n'
    )
    context = org(tmp_path, {"people/roles.csv": b"\xef\xbb\xbf" + text.encode()})
    assert list(roles_by_name(context)) == [
        "Managing Director",
        "Depot General Manager, Normanton",
        "URTU Branch Secretary",
    ]
    md = context.role("Managing Director")
    assert md is not None and md.team == "Executive" and md.tier == "core"
    assert any("decides each checkpoint" in r for r in md.responsibilities)
    union = context.role("URTU Branch Secretary")
    assert union is not None and union.tier == "extended"  # consulted, never an owner


def test_a_report_title_line_with_its_own_separator_does_not_set_the_tables(
    tmp_path: Path,
) -> None:
    """An HR system's export opens with a report line cut by semicolons above a comma table:
    the table's delimiter is the one its rows agree on, not the first line's."""
    text = (
        "Report: Posts by unit;Run by: hr.reports;Run date: 03/02/2028 06:10\r\n"
        "Post ID,Post Title,Unit,Reports To,Key Responsibilities\r\n"
        'P-01,Operations Director,Operations,Managing Director,"Runs the depots; chairs the '
        'programme board, and decides each gate."\r\n'
        "P-02,Depot Planning Manager,Operations,Operations Director,Plans the depots' shifts\r\n"
        'P-03,Head of Systems,Technology,Operations Director,"Runs the ledger, the WMS; and '
        'the network."\r\n'
    )
    context = org(tmp_path, {"people/posts-export.csv": b"\xef\xbb\xbf" + text.encode()})
    assert list(roles_by_name(context)) == [
        "Operations Director",
        "Depot Planning Manager",
        "Head of Systems",
    ]
    director = context.role("Operations Director")
    assert director is not None and director.team == "Operations"
    assert any("decides each gate" in r for r in director.responsibilities)


def test_yaml_list_and_mapping_forms(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "roster.yaml": "- role: Head of Growth\n  team: Growth\n  tier: core\n"
            "  owns: [acquisition, activation]\n"
            "- role: Finance Partner\n  team: Finance\n  tier: extended\n",
            "more/people.yml": "roles:\n  - title: Content Lead\n    department: Marketing\n",
        },
    )
    growth = context.role("Head of Growth")
    assert growth is not None and growth.responsibilities == ["acquisition", "activation"]
    finance = context.role("Finance Partner")
    assert finance is not None and finance.tier == "extended"
    content = context.role("Content Lead")
    assert content is not None and content.team == "Marketing" and not content.tier_stated


def test_yaml_roster_nested_by_team(tmp_path: Path) -> None:
    # Roles grouped under their teams: each role takes its team's name, and no team is a role.
    context = org(
        tmp_path,
        {
            "people/roster.yaml": "# People, by team\nteams:\n"
            "  - name: Executive\n    roles:\n"
            "      - role: Chief Operating Officer\n        tier: core\n"
            "        responsibilities: [Sponsors the programme, Chairs the board]\n"
            "  - name: Critical Operations\n    tier: core\n    roles:\n"
            "      - role: NOC Manager\n        responsibilities: [The 24/7 operations centre]\n"
            "      - role: Remote Hands Team Leader\n        tier: extended\n",
        },
    )
    assert sorted(r.name for r in context.roles) == [
        "Chief Operating Officer",
        "NOC Manager",
        "Remote Hands Team Leader",
    ]
    noc = context.role("NOC Manager")
    assert noc is not None and noc.team == "Critical Operations" and noc.tier == "core"
    assert noc.responsibilities == ["The 24/7 operations centre"]
    hands = context.role("Remote Hands Team Leader")
    assert hands is not None and hands.tier == "extended"  # its own tier over its team's
    coo = context.role("Chief Operating Officer")
    assert coo is not None and coo.team == "Executive"


def test_xlsx_roster_under_a_title_block_with_merged_team_cells(tmp_path: Path) -> None:
    # As a spreadsheet is laid out for people: a title block above the header row, and each
    # team written once in a cell merged down its block of roles.
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in (
        ["Kingsmead Theatre"],
        ["Establishment 2027"],
        ["Issued by the General Manager. Tier: core = on the programme team."],
        [],
        ["Team", "Role", "Tier", "Responsibilities"],
        ["Producing", "Head of Producing", "core", "Co-productions and touring"],
        [None, "Studio Producer", "core", "The Studio's season"],
        ["Finance", "Finance Director", "core", "Budgets and grants"],
        [],
        ["Note: the Box Office Manager post has been vacant since May 2027 and is not covered."],
    ):
        sheet.append(row)
    sheet.merge_cells("A6:A7")
    sheet.merge_cells("A3:D3")  # a title drawn across the table is one cell, not a header row
    path = tmp_path / "people" / "establishment.xlsx"
    path.parent.mkdir()
    book.save(path)
    context = load_context(tmp_path)
    assert [r.name for r in context.roles] == [
        "Head of Producing",
        "Studio Producer",
        "Finance Director",
    ]
    studio = context.role("Studio Producer")
    assert studio is not None and studio.team == "Producing"
    assert not any("Kingsmead" in w or "Establishment" in w for w in context.warnings)
    # the note across the table's foot is a sentence of the file: no row warning, an absence
    assert not any("row" in w for w in context.warnings), context.warnings
    assert any("vacant since May 2027" in a.text for a in context.absences), context.absences


def test_a_roster_of_posts_by_directorate_and_a_tier_beside_the_team(tmp_path: Path) -> None:
    # "post" names the role and "directorate" the team; a column saying Core or Extended is
    # the tier whatever its header ("Programme team"); a roster no column of which names a
    # role is said so, never read as nobody.
    posts = {
        "title": "Riverside Trust: posts and remits, 2027",
        "tiers": {"core": "decides", "extended": "consulted early"},
        "posts": [
            {
                "post": "Chief Executive",
                "directorate": "Executive",
                "tier": "core",
                "remit": "Sponsors the plan; chairs the programme board",
            },
            {
                "post": "Head of Waterway Operations",
                "directorate": "Operations",
                "tier": "extended",
                "remit": "Locks, bridges and dredging",
            },
        ],
    }
    context = org(
        tmp_path,
        {
            "people/posts.json": json.dumps(posts),
            "people/leaders.csv": "Role,Directorate,Programme team,Remit\n"
            "Medical Director,Medical,Core,Clinical standards\n"
            "Chief Pharmacist,Pharmacy,Extended,Medicines\n",
            "people/staff-list.csv": "Holder,Grade,Site\nA. Patel,Band 7,Leeds\n",
        },
    )
    ops = context.role("Head of Waterway Operations")
    assert ops is not None and ops.team == "Operations" and ops.tier == "extended"
    assert ops.responsibilities == ["Locks, bridges and dredging"]
    pharmacist = context.role("Chief Pharmacist")
    assert pharmacist is not None and pharmacist.team == "Pharmacy"
    assert pharmacist.tier == "extended" and pharmacist.tier_stated
    assert any("staff-list.csv" in w and "no role" in w for w in context.warnings)


def test_json_roster(tmp_path: Path) -> None:
    data = {
        "team": [
            {"name": "VP Customer Success", "team": "CS", "level": "core"},
            {"name": "Support Lead", "team": "CS", "level": "Extended team"},
        ]
    }
    context = org(tmp_path, {"team.json": json.dumps(data)})
    assert context.role("VP Customer Success").tier == "core"  # type: ignore[union-attr]
    assert context.role("Support Lead").tier == "extended"  # type: ignore[union-attr]


def test_a_register_of_contracts_with_names_and_notes_is_no_roster(tmp_path: Path) -> None:
    # A "name" column is a roster's only when its cells name posts: a suppliers register has
    # "name" and "notes" too, and its rows are contracts and products, never owners of work.
    data = {
        "register": "Grounds contracts",
        "contracts": [
            {
                "name": "Tree surgery (all parks)",
                "supplier": "Oakline Ltd",
                "notes": "Runs to 2029.",
            },
            {
                "name": "Irrigation controllers",
                "supplier": "Rainset",
                "notes": "12-week lead time.",
            },
            {"name": "Parkbook", "supplier": "Parkbook Systems", "notes": "Licence for 40 users."},
        ],
    }
    people = {"posts": [{"name": "Head of Parks", "notes": "Owns the grounds contracts."}]}
    context = org(
        tmp_path,
        {"context/contracts.json": json.dumps(data), "people/posts.json": json.dumps(people)},
    )
    assert [r.name for r in context.roles] == ["Head of Parks"]


def test_markdown_table_roster_in_any_file(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "program.md": "# Program\n\nSome intro.\n\n## Who is involved\n\n"
            "| Role | Team | Tier | Responsibilities |\n|---|---|---|---|\n"
            "| Data Engineering Lead | Data | core | pipelines; identity |\n"
            "| Associate General Counsel | Legal | extended | contracts |\n"
        },
    )
    assert set(roles_by_name(context)) == {"Data Engineering Lead", "Associate General Counsel"}
    assert context.role("Data Engineering Lead").responsibilities == ["pipelines", "identity"]  # type: ignore[union-attr]


def test_bullets_with_tiers_and_headings(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "team.md": "# Team\n\n## Core team\n"
            "- VP Customer Success: owns retention\n"
            "- **Data Engineering Lead** — Data & Analytics team; owns pipelines\n\n"
            "## Extended team\n- Legal Counsel\n- Finance Partner (core): budget\n",
        },
    )
    vp = context.role("VP Customer Success")
    assert vp is not None and vp.tier == "core" and vp.tier_stated
    assert vp.responsibilities == ["owns retention"]
    de = context.role("Data Engineering Lead")
    assert (
        de is not None
        and de.team == "Data & Analytics"
        and de.responsibilities == ["owns pipelines"]
    )
    legal = context.role("Legal Counsel")
    assert legal is not None and legal.tier == "extended" and legal.tier_stated
    finance = context.role("Finance Partner")  # an explicit marker beats the heading
    assert finance is not None and finance.tier == "core"


def test_bullets_without_tiers_default_to_core_unstated(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "people.md": "Roles we have\n\n- Head of Growth\n- Content Lead - Marketing team - content calendar\n"
        },
    )
    growth = context.role("Head of Growth")
    assert growth is not None and growth.tier == "core" and growth.tier_stated is False
    content = context.role("Content Lead")
    assert content is not None and content.team == "Marketing"
    assert content.responsibilities == ["content calendar"]


def test_parse_role_line_forms() -> None:
    role = parse_role_line("- VP Customer Success (core): owns retention")
    assert role is not None and (role.name, role.tier, role.tier_stated) == (
        "VP Customer Success",
        "core",
        True,
    )
    role = parse_role_line("* **Privacy Officer** (extended) — Compliance team; consent policy")
    assert role is not None and (role.name, role.team, role.tier) == (
        "Privacy Officer",
        "Compliance",
        "extended",
    )
    role = parse_role_line("- Data Engineering Lead (Data & Analytics)")
    assert role is not None and role.team == "Data & Analytics" and not role.tier_stated
    assert parse_role_line("The team meets weekly to review the roadmap.", bullet=False) is None


def test_bullets_outside_roster_sections_are_not_roles(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "charters/growth.md": "# Growth Team Charter\n\n## Responsibilities\n"
            "- Run weekly experiments\n- Maintain the content calendar\n\n"
            "## How we work\n- Two-week sprints: planning on Mondays\n"
        },
    )
    assert context.roles == []


def test_docx_table_roster_through_extractors(tmp_path: Path) -> None:
    pytest.importorskip("extractors")
    docx = pytest.importorskip("docx")

    document = docx.Document()
    document.add_heading("Program charter", 1)
    document.add_paragraph(
        "We use Optimizely for experiments. There is no consent management platform."
    )
    document.add_heading("Team roster", 2)
    table = document.add_table(rows=3, cols=3)
    cells = [
        ["Role", "Team", "Tier"],
        ["VP Growth", "Marketing", "core"],
        ["Legal Counsel", "Legal", "extended"],
    ]
    for i, row in enumerate(cells):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    document.save(str(tmp_path / "charter.docx"))
    context = load_context(tmp_path)
    assert context.role("VP Growth").team == "Marketing"  # type: ignore[union-attr]
    assert context.role("Legal Counsel").tier == "extended"  # type: ignore[union-attr]
    assert [(s.name, s.category) for s in context.systems] == [("Optimizely", "experimentation")]
    assert [a.capability for a in context.absences] == ["consent"]


# --------------------------------------------------------------------- systems and absences


def test_a_reporting_layer_over_copies_of_the_systems_is_the_orgs_warehouse(
    tmp_path: Path,
) -> None:
    """'Quayside Insights is our reporting layer: Power BI over a nightly copy of ...' is where
    the org's data is brought together: the plan that needs a warehouse finds one."""
    context = org(
        tmp_path,
        {
            "systems.md": "# Systems\n\n"
            "## Quayside Insights\n\n"
            "Quayside Insights is our reporting layer: Power BI reports over a nightly copy of "
            "the berth planner and the gate system.\n",
        },
    )
    assert {s.name: s.category for s in context.systems} == {
        "Quayside Insights": "warehouse",
        "Power BI": "analytics",
    }


def test_systems_and_absences_from_prose_and_tables(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "stack.md": "# Our stack\n\n"
            "We use HubSpot as our CRM and Mailchimp for email. Our warehouse is BigQuery.\n"
            "There is no CDP. Consent is not centrally managed. "
            "We have no experimentation or holdout tooling.\n"
            "No-show rates are tracked by the clinics; no prior visit is required.\n\n"
            "| Capability | System | Notes |\n|---|---|---|\n"
            "| Identity resolution | None | planned 2027 |\n"
            "| Web analytics | Google Analytics 4 | one property per brand |\n",
        },
    )
    systems = {s.name: s.category for s in context.systems}
    assert systems == {
        "HubSpot": "crm",
        "Mailchimp": "email",
        "BigQuery": "warehouse",
        "Google Analytics 4": "analytics",
    }
    assert sorted(a.capability for a in context.absences) == [
        "cdp",
        "consent",
        "experimentation",
        "identity",
    ]
    assert all(a.source == "stack.md" for a in context.absences)


def test_inventory_bullets_with_labels_owners_and_none(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "systems.md": "# Systems\n\n## In use\n"
            "- **Segment CDP (Twilio Segment)**: web events. Owner: Marketing Technology Lead.\n"
            "- **Epic Cadence**: scheduling templates\n"
            "- Braze (email/SMS) — campaign email\n"
            "- Consent platform: none\n\n"
            "## Known gaps\n- **Duplicates**: 18% of contacts are duplicates.\n",
        },
    )
    systems = {s.name: s for s in context.systems}
    assert set(systems) == {"Segment CDP", "Epic Cadence", "Braze"}
    assert systems["Segment CDP"].category == "cdp"
    assert systems["Segment CDP"].owner == "Marketing Technology Lead"
    assert systems["Epic Cadence"].category == "scheduling"
    assert systems["Braze"].category == "email"
    # The "Known gaps" line is no system, but an admitted limitation (issue 11).
    assert [a.capability for a in context.absences][0] == "consent"
    admitted = [a for a in context.absences if a.kind == "limitation"]
    assert len(context.absences) == 2 and "18% of contacts" in admitted[0].text


@pytest.mark.parametrize(
    ("sentence", "capability"),
    [
        ("There is no identity resolution across web and the contact center.", "identity"),
        ("We have no experimentation or holdout tooling; tests are ad hoc.", "experimentation"),
        ("Consent is not centrally managed.", "consent"),
        ("No CDP.", "cdp"),
        ("We don't have a real-time event feed from the EHR.", "realtime"),
        ("Adobe Target is not licensed.", "experimentation"),
        # Issue 11: every stated absence is a gap, named by a category or not.
        ("The team has no dedicated analyst.", "absence"),
    ],
)
def test_absence_sentences(sentence: str, capability: str) -> None:
    assert [a.capability for a in find_absences(sentence)] == [capability]


@pytest.mark.parametrize(
    "sentence",
    [
        "No-show rate is 11% system-wide.",
        "Count of patients with no prior encounter in the last 3 years.",
        "Braze sends email and SMS.",
    ],
)
def test_not_absences(sentence: str) -> None:
    assert find_absences(sentence) == []


# --------------------------------------------------------------------- metrics


def test_metrics_from_table_and_sections(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "metrics.md": "# Metric definitions\n\n| Metric | Owner | Baseline |\n|---|---|---|\n"
            "| No-show rate | Director of Patient Access | 11% |\n\n"
            "## No-show rate\n- **Definition:** no-shows divided by scheduled appointments\n"
            "- **Target:** 9%\n\n"
            "## Net Promoter Score (NPS)\n- **Definition:** promoters minus detractors\n"
            "- **Owner:** Director of Analytics\n- **Baseline:** +41\n",
            "kpis.csv": "KPI,Definition,Owner,Target\nCPA,spend / new patients,CMO,$180\n",
        },
    )
    metrics = {m.name: m for m in context.metrics}
    assert set(metrics) == {"No-show rate", "Net Promoter Score (NPS)", "CPA"}
    no_show = metrics["No-show rate"]
    assert no_show.owner == "Director of Patient Access" and no_show.baseline == "11%"
    assert no_show.definition.startswith("no-shows divided") and no_show.target == "9%"
    assert metrics["Net Promoter Score (NPS)"].baseline == "+41"
    assert metrics["CPA"].target == "$180"


def test_a_table_of_measures_filed_under_measures_with_its_own_column_names(
    tmp_path: Path,
) -> None:
    """ "measures/six-numbers.md": | Number | How it is counted | Source | Owner |. The folder
    says the file holds measures, so "Number" names them and "How it is counted" defines
    them; the rows are measures, not limitations of the org."""
    context = org(
        tmp_path,
        {
            "measures/six-numbers.md": "# The six numbers: definitions\n\n"
            "| Number | How it is counted | Source | Owner | 2026/27 |\n|---|---|---|---|---|\n"
            "| Seasonal crew who return | Share of one winter's seasonal crew who work the "
            "next winter | BreatheHR | People Manager | 34% |\n"
            "| Lift availability | Hours each lift ran over the hours it was planned to run "
            "| LiftLog | Lift Maintenance Manager | 86% |\n",
            "notes/numbers.md": "| Number | Owner |\n|---|---|\n| 12 | Lift Maintenance Manager |\n",
            # bullets whose owner is a sentence of its own title
            "measures/numbers-we-track.md": "# Numbers we track\n\n"
            "- **Trolleys lost**: trolleys sent out and not back by the end of the season. "
            "Logistics and Despatch Manager. 2027: 2,900.\n"
            "- **Plugs discarded**: plugs thrown away before sale / plugs sown. Head Grower. "
            "2027: 14%.\n",
        },
    )
    metrics = {m.name: m for m in context.metrics}
    assert metrics["Trolleys lost"].owner == "Logistics and Despatch Manager"
    assert metrics["Plugs discarded"].owner == "Head Grower"
    assert metrics["Plugs discarded"].baseline == "14%"
    assert set(metrics) == {
        "Seasonal crew who return",
        "Lift availability",
        "Trolleys lost",
        "Plugs discarded",
    }, metrics
    assert metrics["Seasonal crew who return"].owner == "People Manager"
    assert metrics["Lift availability"].definition.startswith("Hours each lift ran")
    assert not any("seasonal crew" in a.text.lower() for a in context.absences)


# --------------------------------------------------------------------- the folder itself


def test_example_org_context() -> None:
    context = load_context(EXAMPLE)
    assert len(context.roles) == 17  # every roster row, IT Integration Manager included
    assert all(r.tier_stated and r.source == "roster.csv" for r in context.roles)
    assert {r.name for r in context.roles if r.tier == "extended"} == {
        "Orthopedics Service Line Director",
        "Primary Care Medical Director",
        "Privacy Officer",
        "Associate General Counsel",
        "HR & Training Partner",
    }
    categories = {s.name: s.category for s in context.systems}
    assert categories["Segment CDP"] == "cdp"
    assert categories["Salesforce Health Cloud"] == "crm"
    assert categories["Snowflake data warehouse"] == "warehouse"
    assert categories["Braze"] == "email"
    assert categories["Epic Cadence"] == "scheduling"
    assert {a.capability for a in context.absences} >= {
        "identity",
        "experimentation",
        "consent",
        "realtime",
    }
    assert len(context.metrics) == 8
    assert context.skipped == []


def test_hidden_unsupported_and_broken_files_are_skipped(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "roster.md": "- UX Lead (core): research\n",
            ".secret.md": "- Hidden Role (core): nothing\n",
            ".git/config": "[core]\n",
            "logo.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 20,
            "broken.yaml": "roles: [unclosed\n",
            "empty.txt": "",
            "deck.pptx": b"PK\x03\x04 not really a zip",
        },
    )
    assert [r.name for r in context.roles] == ["UX Lead"]
    skipped = {line.split(":", 1)[0]: line.split(":", 1)[1] for line in context.skipped}
    assert set(skipped) == {"logo.png", "broken.yaml", "empty.txt", "deck.pptx"}
    assert "unsupported file type .png" in skipped["logo.png"]
    assert "invalid YAML" in skipped["broken.yaml"]
    assert context.documents == ["roster.md"]


def test_missing_and_empty_folders_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ContextError, match="does not exist"):
        load_context(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / ".DS_Store").write_text("x")
    with pytest.raises(ContextError, match="is empty"):
        load_context(tmp_path / "empty")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "a.png").write_bytes(b"\x89PNG")
    with pytest.raises(ContextError, match="no readable documents"):
        load_context(tmp_path / "bad")


def test_plain_text_directory_with_group_lines(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "staff-directory.txt": "STATE DEPARTMENT OF SERVICES\n"
            "Program staff directory (April 2026)\n\n"
            "Office of the Director\n"
            "  Deputy Director, Operations -- executive sponsor; chairs the steering committee\n"
            "  Chief Information Officer -- department IT and vendor contracts\n\n"
            "Digital Services\n"
            "  Content Design Lead -- plain-language content; translation requests\n\n"
            "(The directory does not assign core or extended membership.)\n",
        },
    )
    assert [(r.name, r.team, r.tier_stated) for r in context.roles] == [
        ("Deputy Director, Operations", "Office of the Director", False),
        ("Chief Information Officer", "Office of the Director", False),
        ("Content Design Lead", "Digital Services", False),
    ]
    assert context.role("Content Design Lead").responsibilities == [  # type: ignore[union-attr]
        "plain-language content",
        "translation requests",
    ]


def test_team_column_holding_core_extended_is_the_tier(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "people.md": "# People\n\n| Position | Office | Team | Scope |\n|---|---|---|---|\n"
            "| Provost | Academic Affairs | Core | chairs the council |\n"
            "| Registrar | Academic Affairs | Extended | transfer credit |\n",
        },
    )
    provost, registrar = context.roles
    assert (provost.name, provost.team, provost.tier, provost.tier_stated) == (
        "Provost",
        "Academic Affairs",
        "core",
        True,
    )
    assert registrar.tier == "extended"


def test_yaml_roster_metadata_is_not_a_role(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "roster.yaml": "program: Customer Primacy 2028\nroles:\n"
            "  - role: Chief Digital Officer\n    tier: core\n    owns: [sponsor]\n"
        },
    )
    assert [r.name for r in context.roles] == ["Chief Digital Officer"]


def test_metric_paragraphs_dated_baselines_and_owner_in_title(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "kpi-definitions.md": "# KPI definitions (Head of Customer Analytics)\n\n"
            "**No-show rate**: appointments with status no-show divided by scheduled ones. "
            "Baseline FY2025: 14%.\n\n"
            "- **Digital account opening share**: accounts opened online divided by all accounts. "
            "2026: 41%.\n"
        },
    )
    metrics = {m.name: m for m in context.metrics}
    assert metrics["No-show rate"].baseline == "14%"
    assert metrics["Digital account opening share"].baseline == "41%"
    assert {m.owner for m in context.metrics} == {"Head of Customer Analytics"}


def test_bold_system_names_in_inventory_prose(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "systems-overview.md": "# Systems overview\n\n"
            "**Fiserv DNA** is the core banking system. **Salesforce\nMarketing Cloud** sends email "
            "and push. **Snowflake** is the enterprise warehouse. **Informatica MDM** keeps the "
            "customer golden record.\n\n## Gaps\n\n- **Duplicates**: 9% of customers.\n"
        },
    )
    systems = {s.name: s.category for s in context.systems}
    assert systems == {
        "Fiserv DNA": "other",
        "Salesforce Marketing Cloud": "email",
        "Snowflake": "warehouse",
        "Informatica MDM": "identity",
    }


def test_times_sentences_and_charter_labels_are_no_roles() -> None:
    from agent.context._extract import parse_role_line

    for line in (
        "- Bed meetings are held at 08:30, 12:00 and 16:00, chaired by the site manager",
        "- OPEL levels are declared at the 08:30 and 16:00 meetings",
        "- Trust Secretary's Office, February 2027. Programme team: runs the plan",
        "Chair: General Manager & CEO. Members: the directors",
        "- Deputy chair: the Head of Base Maintenance.",
        "- In attendance for their business: the Head of IT; the Unite Senior Convenor",
    ):
        assert parse_role_line(line, bullet=line.startswith("-")) is None, line
    role = parse_role_line("- Dr. A. Patel: Medical Director")
    assert role is not None and role.name == "Dr. A. Patel"


def test_a_members_list_names_each_post_once_and_no_label_is_a_post(tmp_path: Path) -> None:
    context = org(
        tmp_path,
        {
            "governance/steering-committee-charter.md": "# Steering committee: charter\n\n"
            "## Members\n\n"
            "- Chief Operating Officer (chair and executive sponsor)\n"
            "- Finance Director, Head of People, Training Manager\n"
            "- Chair, Tenants' Panel\n"
            "- Head of Finance, Estates and IT\n"
            "- Digital Services Lead (Environment)\n"
            "- Consulted before each gate: Unite Senior Convenor; Chair, Certifying Staff Forum\n"
            "- In attendance: Fleet Manager, Depot Manager\n",
            "people/structure.csv": "Job title,Service area,Programme involvement,Remit\n"
            "Digital Services Lead (Environment),Digital Services,Core,Owns the waste systems\n",
            # a team's consultation is about the team: its numbered points are no posts
            "context/email-trades-team-consultation.txt": "From: Head of People\n\n"
            "3. Retrofit: two of our 131 operatives hold the retrofit qualification.\n",
        },
    )
    roles = roles_by_name(context)
    assert set(roles) == {
        "Chief Operating Officer",
        "Finance Director",
        "Head of People",
        "Training Manager",
        "Chair, Tenants' Panel",
        "Head of Finance, Estates and IT",
        "Digital Services Lead (Environment)",
        "Unite Senior Convenor",
        "Chair, Certifying Staff Forum",
        "Fleet Manager",
        "Depot Manager",
    }
    # the roster's title cell names the post whole; the list line had read its team off it
    assert roles["Digital Services Lead (Environment)"].team == "Digital Services"  # type: ignore[attr-defined]
    assert roles["Unite Senior Convenor"].tier == "extended"  # type: ignore[attr-defined]


def test_an_org_chart_line_gives_team_and_tier_and_posts_told_apart_stay_two() -> None:
    from agent.context._extract import merge_roles, parse_role_line

    north = parse_role_line(
        "  - Area Manager (North) — Field Services, core: runs the six northern depots; rotas"
    )
    south = parse_role_line(
        "  - Area Manager (South) — Field Services, extended: runs the southern depots"
    )
    assert north is not None and south is not None
    assert (north.name, north.team, north.tier) == (
        "Area Manager (North)",
        "Field Services",
        "core",
    )
    assert north.responsibilities == ["runs the six northern depots", "rotas"]
    assert south.tier == "extended" and south.tier_stated
    assert [r.name for r in merge_roles([north, south])] == [
        "Area Manager (North)",
        "Area Manager (South)",
    ]
    # the same post written twice still merges
    again = parse_role_line("- Area Manager (North): depot budgets")
    assert again is not None
    merged = merge_roles([north, again])
    assert len(merged) == 1 and "depot budgets" in merged[0].responsibilities


def test_a_register_that_names_its_owner_once_gives_every_system_that_owner(tmp_path: Path) -> None:
    (tmp_path / "systems").mkdir()
    (tmp_path / "systems" / "systems-register.md").write_text(
        "# Systems register\n\nOwner: Head of Digital and Data.\n\n"
        "| System | Use |\n|---|---|\n| RouteWise | Round planning |\n| TipTrack | Weighbridge tickets |\n",
        encoding="utf-8",
    )
    (tmp_path / "roster.csv").write_text(
        "Role,Responsibilities\nHead of Digital and Data,systems and data\n", encoding="utf-8"
    )
    org = load_context(tmp_path)
    assert {s.name: s.owner for s in org.systems} == {
        "RouteWise": "Head of Digital and Data",
        "TipTrack": "Head of Digital and Data",
    }


def test_structure_chart_bullets_name_their_team_and_tier_in_a_parenthesis(
    tmp_path: Path,
) -> None:
    """A structure chart kept by a secretary's office: nested bullets, each "**Role** (Team:
    X; Tier: core): responsibilities", in a file and under a heading that say "structure"."""
    chart = (
        "# Club structure for the plan\n\n"
        "Indentation shows who reports to whom.\n\n"
        "- **Chief Executive** (Team: Executive; Tier: core): sponsors the plan; chairs the board\n"
        "  - **Head of Stewarding** (Team: Stadium and Safety; Tier: core): deploys stewards; "
        "runs the control room\n"
        "  - **Facilities Manager** (Team: Stadium and Safety; Tier: extended): buildings and "
        "turnstile hardware\n"
    )
    for name in ("people/club-structure.md", "notes/leadership.md"):
        context = org(tmp_path / name.replace("/", "_"), {name: chart})
        roles = roles_by_name(context)
        assert set(roles) == {"Chief Executive", "Head of Stewarding", "Facilities Manager"}, name
        chief = context.roles[0]
        assert (chief.team, chief.tier, chief.tier_stated) == ("Executive", "core", True)
        assert chief.responsibilities == ["sponsors the plan", "chairs the board"]
        assert context.roles[2].tier == "extended"
    # the attributes in another order, and a name not in bold, read the same
    for line in (
        "- **Head of Safety** (Tier: extended; Team: Operations): runs the stewards",
        "- Head of Safety (Team: Operations; Tier: extended): runs the stewards",
    ):
        role = parse_role_line(line, source="x")
        assert role is not None
        assert (role.name, role.team, role.tier) == ("Head of Safety", "Operations", "extended")
        assert role.responsibilities == ["runs the stewards"]


def test_chart_bullets_name_team_and_tier_after_a_dash_under_any_heading(tmp_path: Path) -> None:
    """A chart line "- **Role** — Team · core — responsibilities" under plain team headings ("## Executive",
    "## Operations") in a file whose name says nothing of people: every bullet is a role, with
    its team and tier, and a consultative seat is no core role."""
    chart = (
        "# Who does what\n\n"
        "## Executive\n\n"
        "- **Chief Executive** — Executive · core — Sponsors the plan; chairs the board.\n"
        "- **Programme Manager** — Executive · core — Runs the plan and the risk log.\n\n"
        "## Operations\n\n"
        "- **Store Manager, Hollins** — Operations · extended — Runs Hollins store.\n\n"
        "## Consulted\n\n"
        "- **Chair, Members' Council** — Governance · consultative — Consulted on pool rules.\n"
    )
    context = org(tmp_path / "o", {"notes/programme-structure.md": chart})
    roles = {r.name: (r.team, r.tier, r.tier_stated) for r in context.roles}
    assert roles == {
        "Chief Executive": ("Executive", "core", True),
        "Programme Manager": ("Executive", "core", True),
        "Store Manager, Hollins": ("Operations", "extended", True),
        "Chair, Members' Council": ("Governance", "extended", True),
    }, roles
    assert context.roles[0].responsibilities == ["Sponsors the plan", "chairs the board"]


def test_chart_bullets_keep_a_slash_in_the_team_and_read_a_tier_set_off_by_a_dot() -> None:
    role = parse_role_line("- **Data Engineer** — IT/Data, core — builds pipelines", source="x")
    assert role is not None and (role.team, role.tier) == ("IT/Data", "core")
    assert role.responsibilities == ["builds pipelines"]
    role = parse_role_line("- **Web Lead** — Digital · extended · part-time", source="x")
    assert role is not None and (role.team, role.tier) == ("Digital", "extended")


def test_remits_worded_as_what_a_post_answers_for_and_roles_grouped_under_departments(
    tmp_path: Path,
) -> None:
    # A remit column headed as its holder would say it ("What the post answers for",
    # "Accountable for", "looks_after"), the team as a "Branch"; a YAML roster that groups
    # its roles under each department's name.
    (tmp_path / "people").mkdir()
    (tmp_path / "people" / "posts.md").write_text(
        "| Post | Branch | Involvement | What the post answers for |\n"
        "|---|---|---|---|\n"
        "| Head of Listing | Court Operations | Core | Lists every hearing; sitting days |\n"
        "| Court User Services Manager | Court Operations | Core | Witnesses and enquiries |\n",
        encoding="utf-8",
    )
    (tmp_path / "people" / "growers.yaml").write_text(
        "departments:\n"
        "  Growing:\n"
        "    - role: Head Grower\n"
        "      involvement: core\n"
        "      looks_after:\n"
        "        - Crop plans and growing media\n"
        "        - Peat-free trials\n"
        "  Support:\n"
        "    - role: IT and Systems Manager\n"
        "      involvement: core\n"
        "      looks_after: [GrowPlan, the web shop]\n",
        encoding="utf-8",
    )
    context = load_context(tmp_path)
    listing = context.role("Head of Listing")
    assert listing is not None and listing.team == "Court Operations"
    assert listing.responsibilities == ["Lists every hearing", "sitting days"]
    grower = context.role("Head Grower")
    assert grower is not None and grower.team == "Growing"
    assert grower.responsibilities == ["Crop plans and growing media", "Peat-free trials"]
    it = context.role("IT and Systems Manager")
    assert it is not None and it.team == "Support"


def test_an_hr_system_export_with_camel_case_fields_and_a_position_id(tmp_path: Path) -> None:
    """ "positionTitle" is the role, never "positionId" (the record's key); "reportsTo" and
    "programmeInvolvement" are read as their words."""
    data = {
        "export": {"system": "StaffBook", "recordCount": 2},
        "positions": [
            {
                "positionId": "KL-0001",
                "positionTitle": "Managing Director",
                "department": "Executive",
                "reportsTo": "Board",
                "programmeInvolvement": "Core",
                "remit": "Sponsors the programme and chairs its board.",
            },
            {
                "positionId": "KL-0002",
                "positionTitle": "Head of Venues",
                "department": "Operations",
                "reportsTo": "Managing Director",
                "programmeInvolvement": "Consult only",
                "remit": "Runs the four venues.",
            },
        ],
    }
    context = org(tmp_path, {"people/staffbook-export.json": json.dumps(data)})
    assert [r.name for r in context.roles] == ["Managing Director", "Head of Venues"]
    head = context.role("Head of Venues")
    assert head is not None and head.team == "Operations" and head.tier == "extended"
    assert head.reports_to == "Managing Director"
    assert not context.warnings


def test_a_chart_lines_consult_marker_is_a_tier_not_part_of_the_name(tmp_path: Path) -> None:
    """An indented org chart marks each title "[core]", "[extended]" or "[consult]": a body
    that must be consulted is no core role, and its name carries no bracket."""
    chart = (
        "Indentation shows who reports to whom.\n\n"
        "Managing Director [core] — remit: runs the ferries; sponsors the plan.\n"
        "    Fleet Engineering Manager [core] — remit: the vessels, refits and the yard.\n"
        "    Ticketing Lead [extended] — remit: fares and the booking site.\n\n"
        "Bodies we consult:\n"
        "Chair, Deck Officers' Association [consult] — remit: represents the deck officers.\n"
    )
    context = org(tmp_path, {"people/org-chart.txt": chart})
    chair = context.role("Chair, Deck Officers' Association")
    assert chair is not None and chair.tier == "extended" and chair.tier_stated
    assert not [r.name for r in context.roles if "[" in r.name]
    engineer = context.role("Fleet Engineering Manager")
    assert engineer is not None and engineer.tier == "core"


def test_an_org_chart_drawn_as_boxes_in_powerpoint(tmp_path: Path) -> None:
    """A box per role: its title, its tier alone on the next line, then its remit. The chart's
    page titles, legend and page counters are no roles."""
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches

    deck = Presentation()
    pages = {
        "Service Delivery Directorate": [
            ("Area Manager, On-Call", "(core)", "Owns on-call availability and recruitment."),
            ("Head of Control", "(core)", "Runs the joint control room and its mobilising."),
            ("On-Call Support Officers", "(extended)", "Work with stations on rotas."),
        ],
        "Bodies we consult": [
            ("FBU Brigade Secretary", "(consult)", "Speaks for firefighters; must be consulted."),
        ],
    }
    for n, (page, boxes) in enumerate(pages.items(), 1):
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = page
        legend = slide.shapes.add_textbox(Inches(0.5), Inches(1), Inches(8), Inches(0.4))
        legend.text_frame.text = "Tier under each title: (core) core team; (consult) consulted."
        for i, lines in enumerate(boxes):
            box = slide.shapes.add_shape(
                MSO_SHAPE.ROUNDED_RECTANGLE, Inches(0.5 + 3 * i), Inches(2), Inches(2.8), Inches(2)
            )
            frame = box.text_frame
            frame.text = lines[0]
            for line in lines[1:]:
                frame.add_paragraph().text = line
        slide.shapes.add_textbox(
            Inches(9), Inches(7), Inches(1), Inches(0.3)
        ).text_frame.text = f"{n} / 2"
    path = tmp_path / "people" / "org-chart.pptx"
    path.parent.mkdir(parents=True)
    deck.save(str(path))
    context = load_context(tmp_path)
    roles = roles_by_name(context)
    assert list(roles) == [
        "Area Manager, On-Call",
        "Head of Control",
        "On-Call Support Officers",
        "FBU Brigade Secretary",
    ]
    on_call = context.role("Area Manager, On-Call")
    assert on_call is not None and on_call.tier == "core" and on_call.tier_stated
    assert on_call.responsibilities == ["Owns on-call availability and recruitment"]
    assert on_call.team == "Service Delivery Directorate"
    support = context.role("On-Call Support Officers")
    assert support is not None and support.tier == "extended"


def test_a_numbered_point_wrapped_at_the_margin_is_one_statement(tmp_path: Path) -> None:
    """An email wrapped at 95 columns: a numbered point's later lines start at the margin. They
    carry its sentence on (it ends mid-sentence, or the next line opens in lower case), so the
    constraint is read whole, not cut at the line's end."""
    context = org(
        tmp_path,
        {
            "context/email.txt": "Hi Dan,\n\nA summary:\n\n"
            "1. Changes to the trades team's hours, rotas or van arrangements need eight weeks'\n"
            "consultation with Unite under the 2019 collective agreement.\n\n"
            "2. Putting the Kingsmead gang on Ashgrove full time for the pilot is a change of the\n"
            "Working area, so it needs the same consultation.\n",
        },
    )
    said = [a.text for a in context.absences]
    assert any(
        "eight weeks' consultation with Unite under the 2019 collective agreement" in s
        for s in said
    ), said
    assert not any(s.rstrip(".").endswith("eight weeks'") for s in said), said


def test_a_row_that_says_it_is_consulted_only_in_any_column_or_its_remit_owns_no_work(
    tmp_path: Path,
) -> None:
    """No tier column: "Consult only" in one row's Team cell, an HR export's custom field, or
    a remit that "decides nothing" makes that row consulted, not core; the others stay core."""
    (tmp_path / "team.tsv").write_text(
        "Role\tTeam\tLead\tWhat they own\n"
        "Live Ops Director\tLive Ops\tAnna\tThe live game calendar and events\n"
        "Player Council\tConsult only\tRotating chair\tAdvises on prices before they change\n"
        "Staff Forum\tPeople\tTwo representatives\tConsulted on working hours; decides nothing\n",
        encoding="utf-8",
    )
    (tmp_path / "positions.xml").write_text(
        "<positions><position><title>Chair, Works Council</title><unit>Works Council</unit>"
        "<remit>Gives the council's advice.</remit>"
        '<customField name="ProgrammeRole">Consult only</customField></position>'
        "<position><title>Head of Asset Management</title><unit>Assets</unit>"
        "<remit>Owns the maintenance strategy.</remit></position></positions>",
        encoding="utf-8",
    )
    tiers = {r.name: r.tier for r in load_context(tmp_path).roles}
    assert tiers.get("Live Ops Director") == "core", tiers
    assert tiers.get("Head of Asset Management") == "core", tiers
    assert tiers.get("Player Council") == "extended", tiers
    assert tiers.get("Staff Forum") == "extended", tiers
    assert tiers.get("Chair, Works Council") == "extended", tiers


def test_a_member_line_with_a_who_clause_names_the_post_and_its_duty() -> None:
    """ "- Game Analytics Lead, who brings the season scorecard" in a charter's members: the
    post is "Game Analytics Lead", the clause its duty, so it merges with the roster's row."""
    role = parse_role_line("- Game Analytics Lead, who brings the season scorecard")
    assert role is not None and role.name == "Game Analytics Lead", role
    assert role.responsibilities and "season scorecard" in role.responsibilities[0]
    kept = parse_role_line("- Head of Sales, Marketing and Brand")
    assert kept is not None and kept.name == "Head of Sales, Marketing and Brand", kept


def test_a_facts_files_people_section_counts_staff_it_names_no_posts(tmp_path: Path) -> None:
    """Under "People" in a facts file, "Bakers: 212 (north 90, south 122)" is a headcount; the
    roster's own line with a remit is still a post."""
    context = org(
        tmp_path,
        {
            "people/roster.md": "# Team\n\n- Head of Baking (core): ovens, recipes, bakers' rotas\n"
            "- Shop Manager (core): the shops and their staff\n",
            "context/facts.md": "# Our year in numbers\n\n## People\n\n"
            "- Bakers: 212 (north 90, south 122).\n- Drivers: about 40 FTE\n"
            "- Night Supervisor: runs the night bake and its checks\n",
        },
    )
    names = set(roles_by_name(context))
    assert "Bakers" not in names and "Drivers" not in names
    assert {"Head of Baking", "Shop Manager", "Night Supervisor"} <= names


def test_an_inventory_with_a_section_per_system_names_each_system(tmp_path: Path) -> None:
    """A systems inventory written as prose, one heading per system: the heading's name is
    the system, and its section says what it does. Headings of areas name no system."""
    context = org(
        tmp_path,
        {
            "systems/harbour-systems-inventory.md": "# Harbour systems inventory\n\n"
            "Owner: Head of IT. Reviewed in May.\n\n"
            "## Moorcroft\n\nMoorcroft is the berth booking system for visiting yachts.\n\n"
            "Moorcroft cannot take deposits online.\n\n"
            "## Fuel dock: PumpLedger\n\nThe fuel dock sells diesel through PumpLedger tills.\n\n"
            "## TideBook (tide and lock planning)\n\nLock keepers plan each day in it, owned by "
            "the Harbour Master.\n\n"
            "## Quaywise: crane and slipway bookings\n\nOwner: Yard Manager, with the crane "
            "drivers.\n\n"
            "## Gullwing data warehouse\n\nGullwing loads the tills every night.\n\n"
            "## Harbour Store and Lookout\n\nThe office keeps invoices on a shared drive.\n"
            "Harbour Store is the data warehouse. Lookout is our reporting tool.\n\n"
            "## Moorings\n\nMoorings are let by the year; the mooring list is a spreadsheet.\n\n"
            "## Security\n\nSecurity patrols log rounds on paper.\n\n"
            "## Register of Moorings\n\nThe register of moorings lists every berth holder.\n\n"
            "## Pontoons and people\n\nThe Head of People keeps the pontoon rota.\n",
        },
    )
    systems = {s.name: s for s in context.systems}
    assert set(systems) == {
        "Moorcroft",
        "PumpLedger",
        "TideBook",
        "Quaywise",
        "Harbour Store",
        "Lookout",
        "Gullwing",
    }
    assert systems["Gullwing"].category == "warehouse"
    assert "berth booking" in systems["Moorcroft"].description
    assert systems["TideBook"].description.startswith("tide and lock planning")
    assert systems["Quaywise"].owner == "Yard Manager"
    assert systems["TideBook"].owner == "Harbour Master"
    # (who keeps the inventory owns no system in it; one section's owner owns no other)
    assert systems["Moorcroft"].owner is None
    assert systems["Harbour Store"].category == "warehouse"


def test_a_post_named_inside_a_longer_posts_name_is_not_said_to_do_its_work(
    tmp_path: Path,
) -> None:
    """ "The Deputy Head of Operations chairs the Change Board" is that post's remit, not the
    Head of Operations' whose name sits inside it; the chair of the gates is the deputy."""
    from agent.knowledge.remit import decision_maker

    (tmp_path / "people").mkdir()
    (tmp_path / "people" / "posts.csv").write_text(
        "Post,Tier,Responsibilities\n"
        'Head of Operations,Core,"Runs the depots; chairs the Operations Committee"\n'
        'Deputy Head of Operations,Core,"Sponsor of the Fleet Plan"\n'
        'Fleet Manager,Core,"Vehicles and drivers"\n',
        encoding="utf-8",
    )
    (tmp_path / "governance.md").write_text(
        "# Fleet Plan board\n\nThe Deputy Head of Operations chairs the Change Board and takes "
        "the go/no-go at each gate.\n",
        encoding="utf-8",
    )
    org = load_context(tmp_path)
    assert not any("Change Board" in s for s in org.remits.get("Head of Operations", []))
    assert any("Change Board" in s for s in org.remits["Deputy Head of Operations"])
    chair = decision_maker(org.roles, org.remits)
    assert chair is not None and chair.name == "Deputy Head of Operations", chair
