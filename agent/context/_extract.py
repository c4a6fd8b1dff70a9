"""Roles, systems, stated absences and metrics found in one Document (pure functions).

Where roles come from (so that not every bullet becomes a role):

1. A table (CSV/TSV/XLSX, a Markdown/DOCX/PPTX table, a YAML/JSON list of mappings)
   whose columns look like a roster: a role column (role, title, position, job title,
   designation, or name) plus a team, tier, responsibilities or reports-to column. In a
   roster-like context (below) the role column alone is enough. A "Team" column whose
   every value is Core/Extended is read as the tier.
2. Bullets, and "Role: ..." / "Role -- ..." lines, in a roster-like context: the file
   name mentions roster/people/staff/team(s)/roles/org chart/directory/stakeholders/raci,
   or the nearest heading mentions roster/people/staff/roles/members/org chart/stakeholders
   or is a team heading ("Team", "Core team", "Extended team", "Our team"). A line that is
   not a bullet must also have a separator (or a tier marker) and a job word in its name
   (director, manager, lead, officer, ...), so titles and notes are not roles.
3. A heading that says core or extended sets the tier of the lines under it; a Title Case
   sub-heading naming an org unit ("Digital Services") sets their team. In plain text, a
   short line over an indented block is such a sub-heading.

Tier: a tier/level/core column or a "(core)"/"(extended)" marker; when nothing says, the
role is core with ``tier_stated=False`` so the plan can say it assumed so.

Systems come from inventory bullets and tables (a file or heading about systems, stack,
tools, platforms, technology...), from **bold** names and known product names in the
prose of such sections, and from "we use X for Y" / "our CRM is X" sentences anywhere.
Absences are sentences such as "there is no identity resolution", "we have no
experimentation tooling", "consent is not centrally managed", "No CDP", or an inventory
row whose system is "none"; each is kept only when it names a capability from the
lexicon. Metrics come from metric dictionaries: tables with a metric/KPI column, a
heading per metric with Definition/Owner/Baseline lines under it, or "**Name**: ..."
bullets/paragraphs (a "Baseline: x" or "FY2025: x" gives the baseline; an "owned by"
line or a role in the title gives the default owner).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from agent.context._documents import Block, Document, clean_inline
from agent.context._lexicon import (
    ALIASES,
    BASELINE_COLUMNS,
    DATA_SOURCE_COLUMNS,
    DEFINITION_COLUMNS,
    DESCRIBING_COLUMNS,
    GOVERNANCE_FILE,
    METRIC_COLUMNS,
    METRIC_FILE,
    METRIC_HEADING,
    METRIC_NAME_COLUMNS,
    NOT_A_LIST_HEADING,
    OWNER_COLUMNS,
    PERSON_COLUMNS,
    PRODUCT_PATTERN,
    PRODUCTS,
    REPORTS_COLUMNS,
    RESPONSIBILITY_COLUMNS,
    ROSTER_FILE,
    ROSTER_HEADING,
    SYSTEM_CATEGORY_COLUMNS,
    SYSTEM_COLUMNS,
    SYSTEM_DESCRIPTION_COLUMNS,
    SYSTEM_FILE,
    SYSTEM_HEADING,
    TARGET_COLUMNS,
    TEAM_COLUMNS,
    TIER_COLUMNS,
    capability_of,
    categorize,
    find_column,
    normalize_header,
    parse_tier,
)
from agent.knowledge.constraints import (
    document_status,
    good_news,
    practice,
    role_legend,
    statements,
    term_end,
)
from agent.knowledge.lexicon import job_title_words
from agent.knowledge.lexicon import pattern as lexicon_pattern
from agent.knowledge.text import DIRECTORY_NAME, NUMBER_WORDS, shorten, title_cased
from schemas.context import Metric, Role, System, SystemAbsence


@dataclass
class Facts:
    roles: list[Role] = field(default_factory=list)
    systems: list[System] = field(default_factory=list)
    absences: list[SystemAbsence] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    mentions: list[System] = field(default_factory=list)  # named in prose; kept only if not listed
    warnings: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)  # prose, for remits and vocabulary
    # a sentence's heading path, where it has one: under a post's own heading ("Role profile:
    # Rail Operations Supervisor"), what it says is that post's remit
    headings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    source: str = ""  # the document's path, to cite a remit sentence by its own file


def extract_facts(doc: Document) -> Facts:
    facts = Facts(source=doc.path)
    roster_file = bool(ROSTER_FILE.search(doc.stem))
    system_file = bool(SYSTEM_FILE.search(doc.stem))
    # the file's name, or the folder it is filed in ("measures/six-numbers.md")
    metric_file = bool(
        METRIC_FILE.search(doc.stem) or METRIC_HEADING.search(str(PurePosixPath(doc.path).parent))
    ) and not re.search(r"okr", doc.stem, re.I)
    governance_file = bool(GOVERNANCE_FILE.search(doc.path))  # "charters/data.md" too
    records = [b for b in doc.blocks if b.kind == "record" and b.fields]

    # Structured files: one table of records (a workbook: one a sheet).
    matrices: list[dict[str, list[str]]] = []
    for sheet, group in itertools.groupby(records, key=lambda b: b.sheet):
        batch = list(group)
        header = list(dict.fromkeys(k for b in batch for k in (b.fields or {})))
        rows = [[(b.fields or {}).get(h, "") for h in header] for b in batch]
        if _vacancy_list(sheet):
            # a sheet of vacant posts: each a post the organization lacks, none a role
            facts.absences.extend(_vacancy_statements(header, rows, doc.path))
            continue
        matrix = raci_matrix(header, rows)
        if matrix is not None:
            matrices.append(matrix)  # roles across, activities down: their remits, read below
            continue
        item = {
            "yaml": "item",
            "json": "item",
            "md": "line",
            "txt": "line",
            "vcf": "card",
            "ldif": "entry",
            "drawio": "box",
        }.get(doc.kind, "row")
        where = f"sheet {sheet!r} " if sheet else ""
        labels = [
            f"{where}{item} {b.row}" if b.row else f"record {i}" for i, b in enumerate(batch, 1)
        ]
        _from_table(
            doc,
            header,
            rows,
            roster_file,
            system_file,
            metric_file,
            facts,
            labels,
            learned=not governance_file,
        )
    for matrix in matrices:
        _with_matrix_remits(facts, matrix, doc.path)
    facts.warnings.extend(doc.skipped_rows)
    if records and roster_file and not facts.roles and not facts.metrics and not facts.systems:
        # a roster whose columns name no role is said so, never read as no one
        facts.warnings.append(
            f"{doc.path}: no role read from its {len(records)} rows (no column is headed "
            "role, title, job title, position, post or designation)"
        )

    metric_section: dict[str, str] | None = None
    metric_heading: tuple[str, ...] = ()

    def flush_metric() -> None:
        nonlocal metric_section
        if metric_section and metric_heading:
            name = metric_heading[-1]
            if metric_section.get("definition") or metric_section.get("baseline"):
                facts.metrics.append(
                    Metric(
                        name=name,
                        definition=metric_section.get("definition", ""),
                        owner=metric_section.get("owner"),
                        baseline=metric_section.get("baseline"),
                        target=metric_section.get("target"),
                        source=doc.path,
                        data_source=metric_section.get("data_source")
                        or _stated_source(metric_section.get("definition", "")),
                    )
                )
        metric_section = None

    # Boxes side by side, read as a table's columns, and boxes read one under another.
    columns = {
        i: boxed
        for i, b in enumerate(doc.blocks)
        if roster_file and b.kind == "table" and b.rows and (boxed := _box_columns(b.rows))
    }
    placed = sum(map(len, columns.values()))
    boxes = _chart_boxes(doc.blocks, charted=placed >= 3) if roster_file else {}
    read_with_box = {
        j for i, (*_, remit) in boxes.items() for j in (i + 1, i + 2)[: 2 if remit else 1]
    }
    groups, managers = _chart_nesting(doc.blocks)
    group_heads = set(groups.values())
    # a bullet read as one post -> its name (a manager, for those under it)
    posted: dict[int, str] = {}
    for i, block in enumerate(doc.blocks):
        nearest = block.heading[-1] if block.heading else ""
        if i in boxes:
            # An org chart drawn as boxes: a role per box, its tier and remit read with it.
            name, tier, remit = boxes[i]
            role = parse_role_line(f"**{name}** ({tier}): {remit}", source=doc.path)
            if role is not None:
                if role.name != name and role.team and name.endswith(f"({role.team})"):
                    # a box's title is the post's whole name: "Deputy Vice-Chancellor
                    # (Education and Students)" is one post, its portfolio no team
                    role.name, role.team = name, None
                role.team = role.team or _box_team(nearest)
                facts.roles.append(role)
            continue
        if i in read_with_box:
            continue
        for name, tier, remit in columns.get(i, []):
            # the box's title as it stands: "Finance Business Partner (Education)" is a post
            said = parse_tier(tier)
            facts.roles.append(
                Role(
                    name=name,
                    tier=said or "core",  # type: ignore[arg-type]
                    tier_stated=said is not None,
                    responsibilities=_split_responsibilities(remit),
                    source=doc.path,
                )
            )
        if i in columns:
            continue
        if block.kind == "heading":
            flush_metric()
            metric_heading = block.heading
            continue
        # (a chart's other lines, its page titles, legend and counters, are no roles)
        # (the fields of a measure's section, "Trade Club members buying monthly" over
        # "Definition: ..." and "Source: ...", are no list of members)
        roster_ctx = (
            _roster_context(doc, block, roster_file) and not boxes and metric_section is None
        )
        system_ctx = _system_context(block, system_file)
        metric_ctx = metric_file or any(METRIC_HEADING.search(h) for h in block.heading)

        if block.kind == "table" and block.rows and len(block.rows) >= 2 and block.text:
            header, *rows = block.rows
            labels = [f"table row {i}" for i in range(2, len(rows) + 2)]
            read = _from_table(
                doc,
                header,
                rows,
                roster_ctx,
                system_ctx,
                metric_ctx,
                facts,
                labels,
                learned=not governance_file,
            )
            if not read:  # a table of who leads what
                facts.sentences.extend(_led_rows(header, rows))
            continue
        if block.kind not in {"bullet", "para"}:
            continue
        text = block.text

        # Key-value lines under a metric heading ("**Definition:** ...").
        if metric_ctx and block.heading:
            pairs = [(_metric_slot(k), v) for k, v in _key_values(text)]
            # "**Annual occupancy**: ... \n Owner: X" is a metric of its own whose wrapped line
            # names its owner, not an "Owner:" line of the section above.
            if pairs and pairs[0][0] is not None:
                metric_section = metric_section or {}
                for slot, value in pairs:
                    if slot and slot not in metric_section:
                        metric_section[slot] = value
                continue

        if i in group_heads:
            continue  # "Membership directorate" over posts in bold: their team, read with them
        if roster_ctx or (block.kind == "bullet" and SELF_DESCRIBED.match(text)):
            tier_from_heading = _tier_from_heading(block.heading)
            team_from_heading = _team_from_heading(doc, block)
            lines = [text] if block.kind == "bullet" else text.splitlines()
            found = [
                parse_role_line(
                    line,
                    source=doc.path,
                    default_tier=tier_from_heading,
                    bullet=block.kind == "bullet",
                )
                for listed in lines
                for line in (_posts_listed(listed) if block.kind == "bullet" else [listed])
            ]
            roles = [r for r in found if r is not None]
            if not roster_file:
                # a facts file's "People" section: "Call handlers: 310 (north 120, south 190)"
                # counts staff; it names no post with a remit
                roles = [
                    r for r in roles if not _HEADCOUNT.fullmatch("; ".join(r.responsibilities))
                ]
            if _profile(block):
                # under one post's own heading, "System owner of PestTrack: its forms ..." is
                # a duty of that post; a post listed there is named in title case
                roles = [r for r in roles if title_cased(r.name, least=1)]
            for role in roles:
                over = groups.get(i)
                role.team = role.team or (
                    clean_inline(_BULLET_MARK.sub("", doc.blocks[over].text, count=1))
                    if over is not None
                    else None
                )
                role.team = role.team or team_from_heading
                manager = managers.get(i)
                if manager is not None and len(roles) == 1 and not role.reports_to:
                    boss = posted.get(manager)
                    if boss is None:  # (a manager's line read as no post of its own)
                        above = parse_role_line(doc.blocks[manager].text, source=doc.path)
                        boss = above.name if above else None
                    role.reports_to = boss
            if len(roles) == 1:
                posted[i] = roles[0].name
            facts.roles.extend(roles)
            if roles:
                continue
        elif roster_file and block.kind == "bullet" and _post_shaped(text):
            # a roster's line that reads as a post, under a heading that says it lists none
            # ("Issues"): told, not dropped without a word
            nearest = block.heading[-1] if block.heading else "the file"
            facts.warnings.append(
                f"{doc.path}: '{shorten(text, 70)}' under '{shorten(nearest, 40)}' not read as "
                "a role (the heading says it lists no posts)"
            )

        # A roster's lines describe duties ("Core = sits on the board"), a charter's decision
        # rights and members, a metrics file its definitions ("A metric is official only when
        # ..."): the stated shapes and cues only.
        describing = roster_ctx or governance_file or metric_ctx
        stated = find_absences(
            text,
            source=doc.path,
            bullet=block.kind == "bullet",
            learned=not describing,
            practices=not describing,
        )
        if not stated and any(lexicon_pattern("limits_heading").search(h) for h in block.heading):
            stated = _admitted(text, doc.path)
        facts.absences.extend(stated)
        prose = [
            " ".join(s.split())[:400] for s in _SENTENCE.split(clean_inline(text)) if s.strip()
        ]
        facts.sentences.extend(prose)
        if block.heading:
            for sentence in prose:
                facts.headings.setdefault(sentence, block.heading)

        if system_ctx and block.kind == "bullet" and not NOT_A_LIST_HEADING.search(nearest):
            parsed = parse_system_line(text, source=doc.path, listed=True)
            if isinstance(parsed, System):
                facts.systems.append(parsed)
                continue
            if isinstance(parsed, SystemAbsence):
                facts.absences.append(parsed)
                continue
        # metric bullets "- Name: definition", or paragraphs that open with a bold name
        if (
            metric_ctx
            and not NOT_A_LIST_HEADING.search(nearest)
            and (block.kind == "bullet" or re.match(r"^\s*(\*\*|__)[^*_]+?\1\s*:", text))
        ):
            metric = _metric_from_bullet(text, doc.path)
            if metric:
                facts.metrics.append(metric)
                continue
        if system_ctx and block.kind == "para" and not NOT_A_LIST_HEADING.search(nearest):
            facts.systems.extend(_bold_systems(text, doc.path))
        facts.mentions.extend(
            find_systems_in_prose(
                text,
                source=doc.path,
                inventory=system_ctx and not NOT_A_LIST_HEADING.search(nearest),
            )
        )
    flush_metric()
    if metric_file and facts.metrics:
        opening = clean_inline(doc.text[:400])
        owned = re.search(r"\b[Oo]wned by (?:the )?([A-Z][^.,;()]{2,60})", opening)
        title = next((b.heading[0] for b in doc.blocks if b.heading), "")
        in_title = re.search(r"\(([^()]{3,60})\)\s*$", title)
        owner = owned.group(1).strip() if owned else None
        if owner is None and in_title and ROLE_WORDS.search(in_title.group(1)):
            owner = in_title.group(1).strip()  # "# KPI definitions (Head of Customer Analytics)"
        for metric in facts.metrics:
            metric.owner = metric.owner or owner
    if facts.systems and any(s.owner is None for s in facts.systems):
        # A register that names its owner once, over the table ("Owner: Head of Digital and
        # Data."): every system it lists without an owner of its own is that role's. (Over
        # the table: an "Owner:" in a system's own section is that system's.)
        sections = [b.start for b in doc.blocks if len(b.heading) >= 2]
        opening = clean_inline(doc.text[: min([400, *sections])])
        named = re.search(
            r"\b(?:Owner|[Oo]wned by|[Mm]aintained by)\s*:?\s+(?:the\s+)?([A-Z][^.,;()|\n]{2,60})",
            opening,
        )
        if named and ROLE_WORDS.search(named.group(1)):
            for system in facts.systems:
                system.owner = system.owner or named.group(1).strip()
    # (after the register's owner: whoever keeps an inventory of sections owns no system in
    # it; a section names its system's owner itself)
    facts.systems.extend(_heading_systems(doc, system_file))
    return facts


# --------------------------------------------------------------------- RACI matrices

# A RACI matrix's cell: one or two of the letters ("R", "A/R", "R, A"), or a letter spelt out.
_RACI_CELL = re.compile(
    r"(?:[RACIS](?:\s*[/,&+]\s*[RACIS])*|responsible|accountable|consulted|informed)", re.I
)
_OWNS = re.compile(r"\b(?:R|A|responsible|accountable)\b", re.I)


def raci_matrix(header: list[str], rows: list[list[str]]) -> dict[str, list[str]] | None:
    """A RACI matrix (activities down, roles across, R/A/C/I in the cells): each role's
    activities it is Responsible or Accountable for, by role; None for any other table. The
    activity is the widest text column left of the letters; the roles are the columns whose
    filled cells are all letters, three or more of them."""
    if len(header) < 4 or len(rows) < 2:
        return None
    lettered = [
        i
        for i, h in enumerate(header)
        if h.strip()
        and (cells := [r[i].strip() for r in rows if i < len(r) and r[i].strip()])
        and all(_RACI_CELL.fullmatch(c) for c in cells)
    ]
    if len(lettered) < 3 or len(lettered) < 0.5 * len(header):
        return None
    texts = [i for i in range(min(lettered)) if i not in lettered]
    if not texts:
        return None
    activity = max(texts, key=lambda i: sum(len(r[i]) for r in rows if i < len(r)))
    owned: dict[str, list[str]] = {header[i].strip(): [] for i in lettered}
    for row in rows:
        what = row[activity].strip() if activity < len(row) else ""
        if not what:
            continue
        for i in lettered:
            if i < len(row) and _OWNS.search(row[i]):
                owned[header[i].strip()].append(what)
    return owned


def _with_matrix_remits(facts: Facts, matrix: dict[str, list[str]], source: str) -> None:
    """The activities a RACI matrix makes a role Responsible or Accountable for join its
    remit; a role named only by the matrix is a role of its own, its remit those activities."""
    known = {name_key(r.name): r for r in facts.roles}
    for name, activities in matrix.items():
        role = known.get(name_key(name))
        if role is None:
            if not _valid_name(name):
                continue
            role = Role(name=name, tier_stated=False, source=source)
            facts.roles.append(role)
            known[name_key(name)] = role
        role.responsibilities += [a for a in activities if a not in role.responsibilities]


# --------------------------------------------------------------------- contexts


# The words a roster marks a tier with, in brackets after a role: "(core)", "[consult only]".
_TIER_WORDS = r"core|extended|ext|consult(?:ed|ative)?(?:\s+only)?|informed|supporting|advisory"
# A tier alone on its line, as an org chart's box sets it under the title: "(core)".
_TIER_ALONE = rf"\s*(?:tier\s*[:=]?\s*)?({_TIER_WORDS})(?:\s+team)?\s*"
_TIER_ONLY = re.compile(rf"^\s*[(\[]{_TIER_ALONE}[)\]]\s*$", re.I)
# ... or bare, "Core team" / "Consult only", in a chart exported to PDF: read so only where
# boxes side by side show the file is such a chart (a roster's "Core team" is a heading)
_TIER_BARE = re.compile(rf"^\s*[(\[]?{_TIER_ALONE}[)\]]?\s*$", re.I)


def _box_columns(rows: list[list[str]]) -> list[tuple[str, str, str]]:
    """A tier of an org chart's boxes side by side, as a PDF export's reader gives it: a
    table whose first row holds the titles, its second each box's tier ("Core team"), the
    rest its remit's lines. Each column is a box: (title, tier, remit)."""
    marks = [_TIER_BARE.match(c or "") for c in rows[1]] if len(rows) >= 2 else []
    names = [" ".join((c or "").split()) for c in rows[0]]
    if not marks or len(names) != len(marks) or not all(_valid_name(n) for n in names):
        return []
    out = []
    for k, (name, mark) in enumerate(zip(names, marks, strict=True)):
        if mark is None:
            return []
        remit = " ".join(" ".join(r[k].split()) for r in rows[2:] if k < len(r) and r[k].strip())
        out.append((name, mark.group(1), remit))
    return out


def _chart_boxes(blocks: list[Block], *, charted: bool = False) -> dict[int, tuple[str, str, str]]:
    """An org chart's boxes read in order: a role's title, its tier alone on the next line
    ("(core)"), then its remit. Returns {index of the title: (title, tier, remit)}, and
    nothing unless the file holds three such boxes at least (a chart, not a stray line).
    ``charted``: boxes side by side already show a chart exported to PDF, so one box is
    enough and its tier may stand bare, even set as a heading ("Core team")."""
    found: dict[int, tuple[str, str, str]] = {}
    marks = {"para", "bullet", "heading"} if charted else {"para", "bullet"}
    tier_only = _TIER_BARE if charted else _TIER_ONLY
    for i in range(len(blocks) - 1):
        title, tier = blocks[i], blocks[i + 1]
        if title.kind not in {"para", "bullet"} or tier.kind not in marks:
            continue
        mark = tier_only.match(tier.text)
        name = " ".join(title.text.split())
        if mark is None or "\n" in title.text.strip() or not _valid_name(name):
            continue
        after = blocks[i + 2] if i + 2 < len(blocks) else None
        remit = (
            " ".join(after.text.split())
            if after is not None
            and after.kind in {"para", "bullet"}
            and not _TIER_ONLY.match(after.text)
            and not (i + 3 < len(blocks) and _TIER_ONLY.match(blocks[i + 3].text))
            else ""
        )
        found[i] = (name, mark.group(1), remit)
    return found if len(found) >= (1 if charted else 3) else {}


def _box_team(heading: str) -> str | None:
    """The team a chart's page is about: "Slide 3: Prevention and Protection Directorate"."""
    team = re.sub(r"^(?:slide|page)\s+\d+\s*:\s*", "", heading, flags=re.I).strip()
    return team or None


_HEADCOUNT = re.compile(
    r"(?:about|around|some|c\.|over|nearly|almost)?\s*\d[\d,.]*\s*"
    r"(?:wte|ftes?|headcount|employees|staff(?:\s+in\s+post)?|people|posts?|heads?|in\s+post)?\s*"
    # its breakdown by place: "(north 120, south 190)"
    r"(?:\((?:[^()\d;]{0,30}\d[\d,.]*\s*[,;]?\s*)+\))?\s*\.?",
    re.I,
)


def _roster_context(doc: Document, block: Block, roster_file: bool) -> bool:
    nearest = block.heading[-1] if block.heading else ""
    if nearest and ROSTER_HEADING.search(nearest) and not SYSTEM_HEADING.search(nearest):
        # ("People systems", "Staff tools": the systems a team uses, not its posts)
        return True
    return roster_file and not (nearest and NOT_A_LIST_HEADING.search(nearest))


def _system_context(block: Block, system_file: bool) -> bool:
    nearest = block.heading[-1] if block.heading else ""
    if nearest and SYSTEM_HEADING.search(nearest):
        return True
    return system_file


def _team_from_heading(doc: Document, block: Block) -> str | None:
    """A sub-heading that names an org unit ("Digital Services", "Office of the Director")
    is the team of the roster lines under it; roster/tier headings and the title are not."""
    if len(block.heading) < 2:
        return None
    title = block.heading[-1]
    if ROSTER_HEADING.search(title) or NOT_A_LIST_HEADING.search(title):
        return None
    if re.search(
        r"\b(core|extended|stakeholders?|consulted|informed|partners?|others?)\b", title, re.I
    ):
        return None
    if len(title.split()) > 6 or not _proper_noun(title) or title.endswith((".", ":")):
        return None
    return title


def _tier_from_heading(heading: tuple[str, ...]) -> str | None:
    for title in reversed(heading):
        if re.search(r"\bcore\b", title, re.I):
            return "core"
        if re.search(r"\b(extended|stakeholders?|consulted|informed|advisory)\b", title, re.I):
            return "extended"
    return None


# --------------------------------------------------------------------- roles

_BULLET_MARK = re.compile(r"^\s*(?:[-*+•▪‣◦]|\d{1,3}[.)]|[a-z][.)])\s+")
_TIER_MARK = re.compile(
    # ("(Lighter Wake: core team)", "[Programme: consulted only]": the programme named first)
    rf"\s*[(\[]\s*(?:[^()\[\]:;]{{2,40}}:\s*)?(?:tier\s*[:=]?\s*)?({_TIER_WORDS})(?:\s+team)?"
    r"(?:\s+member)?\s*[)\]]"
    r"|\s*[-–—,;|]?\s*\b(?:tier\s*[:=]\s*)(core|extended)\b"
    r"|\s*[-–—,;|]?\s*\b(core|extended)\s+team(?:\s+member)?\b\s*$",
    re.IGNORECASE,
)
# A colon between digits is a time or a ratio ("08:30"), not a name's separator.
# (", who ...": "Game Analytics Lead, who brings the season scorecard" is the post and its duty)
_SEPARATORS = re.compile(
    r"\s*(?:(?<!\d):|:(?!\d)|\s--\s|\s[—–]\s|\s-\s|\s\|\s|—|–|,(?=\s+who\s))\s*"
)
_TEAM_SEGMENT = [
    re.compile(r"^(?:team|department|dept|group|function|unit)\s*[:=]\s*(?P<team>.+)$", re.I),
    re.compile(
        r"^(?:in|on|part of|member of|from)\s+(?:the\s+)?(?P<team>.+?)\s+(?:team|department|dept|group)$",
        re.I,
    ),
    re.compile(r"^(?:the\s+)?(?P<team>[A-Z][^,;]{1,50}?)\s+(?:[Tt]eam|[Dd]epartment|[Dd]ept)$"),
]
# Words that make a line's first part a job title; required of non-bullet lines (weaker evidence).
ROLE_WORDS = re.compile(
    rf"\b{job_title_words('accountable', 'posts', 'occupations', 'letters')}\b", re.IGNORECASE
)
_NOT_A_ROLE = re.compile(
    r"^(the|a|an|we|our|this|these|it|there|if|when|all|each|every|no|not|note|see|tbd|todo)(?![\w-])",
    re.IGNORECASE,
)


_ACRONYM = re.compile(r"^[A-Z]{2,}\b")  # "IT Integration Manager" is not the pronoun "it"


# A sentence is no role's name: "Bed meetings are held at 08", "…, February 2027. Programme
# team", and neither is a field label of a charter ("Chair: General Manager & CEO").
_SENTENCE_NAME = re.compile(
    r"\b(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Ww]ill|[Ss]hall|[Hh]as|[Hh]ave)\s+\w+|(?:\d|[a-z]{3,})\.\s+[A-Z]"
    # "Workstream owners attend for their item": who comes to a meeting, said as a sentence
    r"|\b(?:attends?|joins?|comes?)\s+(?:for|to|when)\b"
)
# ("Deputy chair: ...", "In attendance for their business: ...": a charter's fields too)
_LABEL_NAME = re.compile(
    r"^(?:(?:deputy|vice|co-?)\s*chair|chair|(?:ex officio\s+)?members?|secretary|attendees?|observers?|quorum"
    r"|owners?|in attendance\b.*|(?:also\s+)?(?:consulted|invited|attending|by invitation)\b.*)$",
    re.I,
)


# A members' list label for those who sit without being members ("In attendance",
# "Consulted before each gate"); a chair's or secretary's label names one post, read as before.
_ATTENDING = re.compile(
    r"^(?:in attendance|observers?|(?:also\s+)?(?:consulted|invited|attending|by invitation))\b",
    re.I,
)


def _posts_listed(line: str) -> list[str]:
    """A members' list line that names several posts: "Finance Director, Head of People,
    Training Manager" is three; "Consulted before each gate: Unite Senior Convenor; Chair,
    Certifying Staff Forum" is two under a label that is no post. "Chair, Tenants' Panel"
    and "Head of Finance, Estates and IT" stay one: not every part is a post."""
    text = _BULLET_MARK.sub("", line, count=1).strip()
    labelled = re.match(r"^([^:]{2,60}):\s*(\S.*)$", text)
    if labelled and _ATTENDING.match(labelled.group(1).strip(" *_")):
        said = " (consulted)" if "consult" in labelled.group(1).lower() else ""
        return [
            f"- {post}{said}"
            for part in labelled.group(2).split(";")
            if part.strip()
            for post in _comma_posts(part.strip())
        ]
    if _SEPARATORS.search(text) or "(" in text:
        return [line]
    posts = _comma_posts(text)
    return [f"- {p}" for p in posts] if len(posts) > 1 else [line]


def _comma_posts(text: str) -> list[str]:
    """ "Finance Director, Head of People, Training Manager": each part a post; else the text
    whole ("Chair, Tenants' Panel": not every part is one)."""
    parts = [p.strip() for p in text.split(",")]
    # "..., Marine Biosecurity Lead and Biosecurity Compliance Lead": the last two posts of a
    # list, each ending on its title ("Chief Nursing and Quality Officer" alone is one post)
    last = re.split(r"\s+(?:and|&)\s+", parts[-1])
    # (so are two posts alone whose titles run in parallel: "Adult Services Team Leader and
    # Family Services Team Leader", "Head of Learning and Head of Outreach"; "Training Manager
    # and Safeguarding Lead" alone is one person's two hats, one post)
    if (
        len(last) == 2
        and all(
            _listed_post(p)
            and (
                ROLE_WORDS.fullmatch(p.split()[-1])
                or re.match(r"(?:head|director|chief)\s+of\s", p, re.I)
            )
            for p in last
        )
        and (len(parts) > 1 or _parallel(*last))
    ):
        parts[-1:] = last
    if len(parts) >= 2 and all(_listed_post(p) for p in parts):
        return parts
    return [text]


def _parallel(a: str, b: str) -> bool:
    """Two titles built alike: the same last word ("... Team Leader", "... Team Leader"), the
    same head ("Head of ...", "Head of ..."), or two senior posts each titled in full."""
    x, y = a.lower().split(), b.lower().split()
    senior = all(p[0] in ("chief", "head") or p[-1] in ("director", "officer") for p in (x, y))
    return (
        x[-1] == y[-1]
        or (len(x) > 2 and len(y) > 2 and x[:2] == y[:2] and x[1] == "of")
        # ("Chief Nurse and Medical Director": two senior posts, each titled in full)
        or (senior and len(x) >= 2 and len(y) >= 2)
    )


def _profile(block: Block) -> bool:
    """A block under a heading that is one post's name (a role profile's section)."""
    nearest = block.heading[-1] if block.heading else ""
    return bool(nearest and ROLE_WORDS.search(nearest) and _valid_name(nearest, max_words=7))


def _listed_post(part: str) -> bool:
    """One part of a list of posts that is a post by its own name ("Biosecurity Compliance
    Lead", not "Estates" or "IT")."""
    return (
        part[:1].isupper() and len(part.split()) >= 2 and bool(ROLE_WORDS.search(part))
    ) and _valid_name(part)


# A tier's own name ("Core", "Consult only", "Extended team"): what a tier means, no role.
_TIER_NAME = re.compile(
    r"(?:tier\s*\d?\s*[:·-]?\s*)?(?:core|extended|wider|consult(?:ed|ative)?|informed)"
    r"(?:\s+only)?(?:\s+(?:team|tier|group|members?))?",
    re.I,
)


_GROUP_NAME = re.compile(
    rf"(?:\d[\d,]*|{'|'.join(NUMBER_WORDS[2:13])}|several|all|both|the)\s+(?:[a-z'-]+\s+){{0,2}}[a-z'-]+s",
    re.I,
)


def _post_shaped(line: str) -> bool:
    """A bullet that reads as a roster's post: a title ending on a post's word, then its
    duties after a dash or a colon ("- Harbour Master — runs the port")."""
    text = _BULLET_MARK.sub("", line, count=1).strip()
    head = _SEPARATORS.split(text, maxsplit=1)[0].strip(" *_")
    return (
        head != text
        and _valid_name(head, max_words=6)
        and title_cased(head, least=1)
        and bool(ROLE_WORDS.search(head.split()[-1]))
    )


def _valid_name(name: str, *, max_words: int = 9) -> bool:
    words = name.split()
    return (
        0 < len(words) <= max_words
        and not _SENTENCE_NAME.search(name)
        and not _LABEL_NAME.match(name)
        and len(name) <= 80
        and name[0].isalnum()
        and not name.endswith((".", "?", "!"))
        and not (_NOT_A_ROLE.match(name) and not _ACRONYM.match(name))
        and not re.fullmatch(r"[\d\s.,%$]+", name)
        # "14 practitioners", "five pillar leads", "all site managers": a headcount or a group
        and not _GROUP_NAME.fullmatch(name)
        # "Core: owns the work", "Consult only: ...": what a tier means, not a role
        and not (_TIER_NAME.fullmatch(name) and not _ACRONYM.match(name))
        and name.count("(") == name.count(")")
    )


# A structure chart's attributes in a parenthesis: "(Team: Executive; Tier: core)".
_ATTRIBUTE_BODY = r"(?:team|department|function|unit|tier)\s*:[^()]*"
# ... after a role's name, then the separator before its duties.
_ATTRIBUTES = re.compile(rf"^\s*\(({_ATTRIBUTE_BODY})\)\s*(?::|[—–-]|\|)?\s*", re.I)
# A bullet that names its own team or tier is a roster line wherever it stands.
_TIER_WORD = r"(?:tier\s*)?(?P<tier>core|extended|ext|consultative|consulted)\b"
# "Team, core" or "Team · extended" after a role's name: a chart's team and tier, in that order.
_TEAM_TIER = rf"(?P<team>[^,:;()·|—–]{{2,60}}?)(?:\s*[,·|]|\s/)\s*{_TIER_WORD}"
SELF_DESCRIBED = re.compile(
    rf"^\s*(?:[-*+•]|\d+[.)])?\s*(?:\*\*|__)?[^()*_:]{{2,80}}(?:\*\*|__)?\s*\({_ATTRIBUTE_BODY}\)"
    # "- **Role** — Team · core — responsibilities"
    rf"|^\s*(?:[-*+•]|\d+[.)])?\s*(?:\*\*|__)[^*_]{{2,80}}(?:\*\*|__)\s*[—–:|-]\s*{_TEAM_TIER}\s*[:;,–—|·/-]",
    re.I,
)
# The same line without its bullet: the name, then the attributes and the rest.
_CHARTED = re.compile(
    rf"^(?:\*\*|__)?(?P<name>[^()*_:]{{2,80}}?)(?:\*\*|__)?\s*(?P<rest>\({_ATTRIBUTE_BODY}\).*)$",
    re.I,
)

_TEAM_TIER_LEAD = re.compile(rf"^\s*{_TEAM_TIER}(?:\s*[:;,–—|·/-]\s*|\s*$)", re.I)


def _named_in_bold(text: str) -> bool:
    return bool(re.match(r"(\*\*|__)[^*_]{2,80}\1", _BULLET_MARK.sub("", text.strip(), count=1)))


def _chart_nesting(blocks: list[Block]) -> tuple[dict[int, int], dict[int, int]]:
    """An org chart written as a nested list whose posts are in bold ("- **Head of IT**:
    ..."): for each post's bullet, the plain bullet it sits under (a directorate, an office:
    its team, no post) and the post in bold it sits under (its manager). Empty unless three
    posts at least are in bold. One pass: each bullet on the stack carries its nearest plain
    and bold bullets, so a deep or long list costs no more than its length."""
    bullets = [i for i, b in enumerate(blocks) if b.kind == "bullet"]
    bold = {i: _named_in_bold(blocks[i].text) for i in bullets}
    if sum(bold.values()) < 3:
        return {}, {}
    groups: dict[int, int] = {}
    managers: dict[int, int] = {}
    # (indent, the nearest plain bullet at or above it, the nearest bullet in bold)
    stack: list[tuple[int, int | None, int | None]] = []
    for i in bullets:
        text = blocks[i].text.expandtabs(4)
        indent = len(text) - len(text.lstrip())  # (the list's own: levels cap deep indents)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        plain, boss = stack[-1][1:] if stack else (None, None)
        if plain is not None and bold[i]:
            groups[i] = plain
        if boss is not None:
            managers[i] = boss
        stack.append((indent, plain if bold[i] else i, i if bold[i] else boss))
    # a plain bullet is a group only when posts in bold sit under it
    heads = set(groups.values())
    return {i: g for i, g in groups.items() if g in heads}, managers


def parse_role_line(
    line: str, *, source: str = "", default_tier: str | None = None, bullet: bool = True
) -> Role | None:
    """One roster line: ``- VP Customer Success (core): owns retention``,
    ``- **Data Engineering Lead** — Data & Analytics team; owns pipelines``, ``- UX Lead``.

    Non-bullet lines need a separator or a tier marker to count (prose is not a roster).
    """
    text = _BULLET_MARK.sub("", line, count=1).strip()
    text = " ".join(text.split())
    if not text:
        return None
    charted = _CHARTED.match(text)
    if charted:
        # "**Role** (Tier: core; Team: X): ...", bold or not, the attributes in any order:
        # the parenthesis is read before any tier marker is cut out of it.
        text = f"**{charted.group('name').strip()}** {charted.group('rest')}"
    bold = re.match(r"^(\*\*|__)(.+?)\1\s*", text)
    tier: str | None = None
    tier_match = None if charted else _TIER_MARK.search(text)
    if tier_match:
        word = next(g for g in tier_match.groups() if g)
        tier = parse_tier(word) or "core"  # "[consult]" and "[extended]" are both extended
        text = (text[: tier_match.start()] + text[tier_match.end() :]).strip()
        bold = re.match(r"^(\*\*|__)(.+?)\1\s*", text)
    if bold:
        name, rest = bold.group(2), text[bold.end() :]
        rest = re.sub(r"^\s*(?::|[—–-]|\|)\s*", "", rest)
        if name.endswith(":"):
            name = name[:-1]
    else:
        parts = _SEPARATORS.split(text, maxsplit=1)
        name, rest = parts[0], parts[1] if len(parts) > 1 else ""
        if not rest and not tier and not bullet:
            return None
    name = clean_inline(name).strip(" :-–—|")
    team: str | None = None
    # A structure chart's "**Role** (Team: X; Tier: core): responsibilities": the attributes
    # in the parenthesis, the responsibilities after it.
    attributes = _ATTRIBUTES.match(rest)
    if attributes:
        for key, value in re.findall(r"(\w+)\s*:\s*([^;:()]+)", attributes.group(1)):
            if key.lower() in {"team", "department", "function", "unit"}:
                team = value.strip()
            elif key.lower() == "tier" and parse_tier(value):
                tier = parse_tier(value)
        rest = rest[attributes.end() :]
    # An org chart's "Role — Team, core: responsibilities": the team and the tier lead the rest.
    lead = _TEAM_TIER_LEAD.match(rest)
    if lead:
        team = lead.group("team").strip()
        tier = "core" if lead.group("tier").lower() == "core" else "extended"
        rest = rest[lead.end() :]
    seat = _SEAT_AFTER.search(name)
    # (a seat's own parenthesis, "..., lead of pillar 1 (Safe by design)", names no team)
    paren = None if team or seat else re.search(r"\s*\(([^()]{2,60})\)\s*$", name)
    if paren:  # "Data Engineering Lead (Data & Analytics)": the parenthesis names the team
        team, name = paren.group(1).strip(), name[: paren.start()].strip()
        if _SEAT.fullmatch(team):
            team = None  # "Chief Executive (chair)": a seat on the board, not a team
    seat = seat or _SEAT_AFTER.search(name)  # "Head of X, chair (Finance)": after the team
    if seat:  # "Director of Student Services, pillar 2 lead": the post, then its seat
        name, rest = name[: seat.start()].strip(), f"{seat.group(1)}; {rest}".strip("; ")
    if not _valid_name(name) or (not bullet and not ROLE_WORDS.search(name)):
        return None
    if (
        not ROLE_WORDS.search(name)
        and re.match(r"(?:the|our|a|an)\s", rest.strip(), re.I)
        and ROLE_WORDS.search(rest)
        and len(rest.split()) <= 8
    ):
        return None  # "North East: the Saltmarsh Lane branch manager": a seat by its region
    if _SEAT.fullmatch(name) and _SAYS_WHO.search(rest):
        return None  # "Sponsor: the Chief Executive is the sponsor of ...": a post's seat
    responsibilities: list[str] = []
    for segment in re.split(r"\s*;\s*|\s+(?:--|[—–-])\s+", clean_inline(rest)):
        segment = segment.strip(" .,")
        if not segment:
            continue
        if team is None:
            matched = next((p.match(segment) for p in _TEAM_SEGMENT if p.match(segment)), None)
            if matched and len(matched.group("team").split()) <= 6:
                team = matched.group("team").strip()
                continue
        tier_word = re.fullmatch(r"(?:tier\s*[:=]\s*)?(core|extended)", segment, re.I)
        if tier_word:
            tier = tier_word.group(1).lower()
            continue
        responsibilities.append(segment)
    stated = tier or default_tier
    return Role(
        name=name,
        team=team,
        tier=stated or "core",  # type: ignore[arg-type]
        tier_stated=stated is not None,
        responsibilities=responsibilities,
        source=source,
    )


# A seat's line that says which post holds it: "... is the sponsor", "... chairs the board".
_SAYS_WHO = re.compile(r"\b(?:(?:is|are)\s+(?:the|its|our)|acts\s+as|serves\s+as)\b", re.I)
_SEAT = re.compile(
    r"(?:(?:deputy|vice|co-?)\s*)?chair(?:man|woman|person)?|secretary|(?:ex[- ]officio\s+)?member|"
    r"observer|in attendance|ex[- ]officio|(?:(?:programme|program|executive)\s+)?sponsor|convenor|"
    r"senior responsible owner|sro",
    re.I,
)


# A members' list names a post and then the seat it takes on the board ("..., chair",
# "..., pillar 1 lead", "..., lead of pillar 1 (Safe by design)"); the seat is what the post
# does there, not part of its name.
_STREAMS = "pillar|workstream|work stream|stream|theme|priority|pillars"
_SEAT_AFTER = re.compile(
    rf",\s*((?:{_SEAT.pattern})|(?:{_STREAMS})\s+\w{{1,3}}\s+lead"
    rf"|(?:lead|owner|chair|sponsor)\s+(?:of|for)\s+(?:the\s+)?(?:{_STREAMS})\s+\w{{1,3}}"
    r"(?:\s*\([^()]{2,60}\))?"
    # when it attends: "..., for items on systems and data", "..., for budget and capital
    # requests", "..., when estates is discussed"; what it is there: "..., program owner"
    r"|for\s+[^,;]{2,80}|(?:programme|program|project|plan|change)\s+(?:owner|lead)"
    # who may sit in its place: "..., or the deputy", "..., or a nominated delegate"
    r"|or\s+(?:the|a|an|their|his|her|its)\s+(?:\w+\s+)?(?:deputy|delegate|nominee|alternate)"
    r"|when\s+[^,;]{2,60}?\s+(?:is|are)\s+(?:discussed|on\s+the\s+agenda))\s*$",
    re.I,
)


def _row_getter(row: list[str], *, clean: bool = True) -> Callable[[int | None], str]:
    def cell(i: int | None) -> str:
        if i is None or i >= len(row):
            return ""
        return clean_inline(row[i]) if clean else row[i].strip()

    return cell


def _split_responsibilities(text: str) -> list[str]:
    parts = [p.strip(" .") for p in re.split(r"\s*;\s*|\n+", text)]
    return [p for p in parts if p]


_PLACEHOLDER = re.compile(r"^(?:tbd|tba|todo|n/?a|none|vacant|open|-+|\?+)\W*$", re.IGNORECASE)
# a cell that says its row holds no post: "n/a - post withdrawn", "None (role deleted)"
_NO_POST = re.compile(
    r"^(?:n/?a|none|nil)\s*[-–—:(,]|\b(?:post|role|position)\s+(?:withdrawn|deleted|abolished|removed)\b",
    re.IGNORECASE,
)


def _table_name_problem(name: str) -> str | None:
    """Why a role-column cell cannot be a role, or None. Looser than for bullets: a table says
    outright that the cell is a role, so "IT Integration Manager" and "=Ops Lead" are kept
    (formula-like text is escaped by the CSV/XLSX writers, never dropped here)."""
    if not name:
        return "no role name"
    if not re.search(r"[^\W\d_]", name):
        return f"role name {name!r} has no letters"
    if len(name) > 120 or len(name.split()) > 16:
        return f"role name too long ({len(name)} characters)"
    if _PLACEHOLDER.match(name):
        return f"{name!r} is a placeholder, not a role"
    if _NO_POST.search(name):
        return f"{name!r} says the row holds no post"
    if _NOT_A_ROLE.match(name) and not _ACRONYM.match(name) and not _titled_post(name):
        return f"{name!r} does not read as a role title"
    return None


def _names_posts(rows: list[list[str]], column: int) -> bool:
    """Most of a bare "name" column's cells name a post ("Head of Repairs", "HR Lead"): a
    contracts or suppliers register has a "name" and "notes" too ("Gritting contract")."""
    names = [clean_inline(r[column]) for r in rows if column < len(r) and r[column].strip()]
    posts = [n for n in names if ROLE_WORDS.search(n) or _ACRONYM.match(n)]
    return 2 * len(posts) >= len(names)


def _titled_post(name: str) -> bool:
    """A post named after its programme, in title case and ending in a job word: "Every Day
    Counts Programme Manager" is a post, where "Every team reports monthly" is not."""
    words = name.split()
    return (
        len(words) >= 3
        and words[0].lower() not in {"tbd", "tba", "todo", "no", "not", "note", "see", "all"}
        and all(w[:1].isupper() or w.lower() in {"of", "and", "&", "for", "the"} for w in words)
        and bool(ROLE_WORDS.fullmatch(words[-1]))
        and not re.search(r"[^s]s$", words[-1])  # "All Ward Managers": a group, not a post
    )


def _roles_from_table(
    header: list[str],
    rows: list[list[str]],
    source: str,
    *,
    context: bool,
    labels: list[str] | None = None,
    warnings: list[str] | None = None,
) -> list[Role]:
    """Every row becomes a role, or a warning naming the file and the row."""
    role_idx = find_column(
        header,
        # "Designation": the job title's name in Indian and Gulf HR systems
        ("role", "role name", "role title", "title", "job title", "position", "job", "post")
        + ("designation",),
        contains=False,
    )
    if role_idx is None:
        # never a record's key ("positionId", "Role code"): its title is the role
        keys = {i for i, h in enumerate(header) if _key_column(h)}
        role_idx = find_column(
            header,
            ("job title", "role name", "role title", "position title", "position", "post title")
            + ("job role",),
            exclude=keys,
        )
    person_idx = None
    if role_idx is None:
        role_idx = find_column(header, ("name",), contains=False)
        if role_idx is not None and not context and not _names_posts(rows, role_idx):
            return []  # a register's "name" column: contracts, suppliers, sites, not posts
    else:
        person_idx = find_column(header, PERSON_COLUMNS, exclude={role_idx}, contains=False)
    if role_idx is None:
        return []
    used = {role_idx} | ({person_idx} if person_idx is not None else set())
    team_idx = find_column(header, TEAM_COLUMNS, exclude=used)
    tier_idx = find_column(
        header, TIER_COLUMNS, exclude=used | {team_idx} if team_idx is not None else used
    )
    resp_idx = find_column(header, RESPONSIBILITY_COLUMNS, exclude=used)
    reports_idx = find_column(header, REPORTS_COLUMNS, exclude=used)
    normalized = {normalize_header(h) for h in header}
    if normalized & {"metric", "kpi", "system", "tool", "platform", "decision", "task"}:
        return []
    if team_idx is not None and tier_idx is None:
        values = [r[team_idx] for r in rows if team_idx < len(r) and r[team_idx].strip()]
        if values and all(parse_tier(v) for v in values):  # a "Team" column saying Core/Extended
            tier_idx = team_idx
            team_idx = find_column(header, TEAM_COLUMNS, exclude=used | {tier_idx})
    if tier_idx is None:
        # "Directorate" is the team; "Programme team" beside it says Core or Extended
        for i in range(len(header)):
            if i in used or i in (team_idx, resp_idx, reports_idx):
                continue
            values = [r[i] for r in rows if i < len(r) and r[i].strip()]
            if values and all(parse_tier(v) for v in values):
                tier_idx = i
                break
    supporting = [i for i in (team_idx, tier_idx, resp_idx, reports_idx) if i is not None]
    if not supporting and not context:
        return []
    # A directory's export (Active Directory, an HR system) lists everyone: an account that
    # is disabled is a leaver's, and a row whose involvement cell is blank is someone outside
    # the programme. Each is warned about, by row, and read as no role.
    enabled_idx = next(
        (i for i, h in enumerate(header) if normalize_header(h) in _ACCOUNT_STATE_COLUMNS), None
    )
    directory = any(DIRECTORY_NAME.match(c) for r in rows[:50] for c in r)
    roles: list[Role] = []
    # A team column left of the role, written on each block's first row only (blank below,
    # as a sheet is often kept): each role is in the last team written above it.
    group = team_idx is not None and team_idx < role_idx
    team_above: str | None = None
    for n, row in enumerate(rows):
        cell = _row_getter(row, clean=False)
        name = clean_inline(cell(role_idx))
        team = clean_inline(cell(team_idx)) or None
        if group:
            team = team_above = team or team_above
        problem = _table_name_problem(name)
        if problem:
            if warnings is not None and any(c.strip() for c in row):
                where = labels[n] if labels and n < len(labels) else f"row {n + 2}"
                warnings.append(f"{source}, {where}: not read as a role ({problem})")
            continue
        tier = parse_tier(cell(tier_idx), column=header[tier_idx]) if tier_idx is not None else None
        if tier is None and _consult_only(row, (role_idx, resp_idx), cell(resp_idx), name=name):
            tier = "extended"  # "Consult only" in its team's cell, "decides nothing" in its remit
            team = None if _CONSULT_CELL.fullmatch(team or "") else team
        outside = _outside(name, header, cell, enabled_idx, tier_idx) if directory else None
        if outside is not None:
            if warnings is not None:
                where = labels[n] if labels and n < len(labels) else f"row {n + 2}"
                warnings.append(f"{source}, {where}: not read as a role ({outside})")
            continue
        roles.append(
            Role(
                name=name,
                team=team,
                tier=tier or "core",  # type: ignore[arg-type]
                tier_stated=tier is not None,
                responsibilities=_split_responsibilities(clean_inline(cell(resp_idx))),
                source=source,
                person=clean_inline(cell(person_idx)) or None,
                reports_to=clean_inline(cell(reports_idx)) or None,
            )
        )
    return roles


# A row's own word that it is consulted only, in whatever column it stands ("Team: Consult
# only", an HR export's custom field "Consult only"), or its remit's ("decides nothing",
# "Consulted; takes on no programme work"): no tier column needed.
_CONSULT_CELL = re.compile(
    r"\s*(?:consult(?:ed|ative)?|informed|advisory)(?:\s+only)?(?:[,;]?\s+never\s+owns?)?\s*", re.I
)
_CONSULT_DUTY = re.compile(
    r"\b(?:decides\s+nothing|(?:owns|leads)\s+no(?:thing|\s+(?:\w+\s+)?work(?=\s*(?:[.;,]|$)))|"
    r"takes\s+on\s+no\s+(?:\w+\s+)?work|"
    r"never\s+owns?\s+(?:work|tasks?)|consulted\s+only|consulted,\s+never\s+owns?)\b",
    re.I,
)


# A body that speaks for others ("Audience Forum", "Branch Secretary, UNISON ...", "Chair,
# Disability Access Forum"), its remit saying it is consulted: it is consulted, and owns no work
# ... a body by its name's last word ("Audience Forum", "Players' Committee (Musicians'
# Union)", "Chair, Disability Access Forum"), or a union's, or a remit that speaks for others
_BODY_NAME = re.compile(
    r"\b(?:forum|panel|union|association|assembly|council|committee|branch)\W*$"
    r"|\b(?:unison|unite|gmb|usdaw|equity)\b",
    re.I,
)
_SPEAKS_FOR = re.compile(r"\b(?:speaks?|speaking)\s+for\b", re.I)
_CONSULTED = re.compile(r"(?:^|[.;]\s+)consulted(?:\s+(?:on|before|about)\b|\s*[.;,]|\s*$)", re.I)


def _consult_only(
    row: list[str], skip: tuple[int | None, ...], remit: str, *, name: str = ""
) -> bool:
    body = _BODY_NAME.search(re.sub(r"\s*\([^)]*\)\s*$", "", name).strip())
    if _CONSULTED.search(remit.strip()) and (body or _SPEAKS_FOR.search(remit)):
        return True
    return bool(_CONSULT_DUTY.search(remit)) or any(
        _CONSULT_CELL.fullmatch(c) for i, c in enumerate(row) if i not in skip and c.strip()
    )


def _outside(
    name: str,
    header: list[str],
    cell: Callable[[int | None], str],
    enabled_idx: int | None,
    tier_idx: int | None,
) -> str | None:
    """Why a directory export's row is no programme role: a disabled (leaver's) account, an
    involvement of "None" / "Not involved", or none at all; None when it is one. (A
    programme's own roster is not read so: its "N/A" or "Active: No" is no leaver's.)"""
    if enabled_idx is not None and _DISABLED.match(state := cell(enabled_idx).strip()):
        return f"'{name}' is a disabled account ({header[enabled_idx]}: {state})"
    if tier_idx is None:
        return None
    involvement = cell(tier_idx).strip()
    if _NOT_INVOLVED.match(involvement):
        return f"'{name}' is not involved ({header[tier_idx]}: {involvement})"
    return None if involvement else f"'{name}' has no programme involvement in the export"


# A column saying whether the account or post is live ("Enabled": True / False).
_ACCOUNT_STATE_COLUMNS = {
    "enabled",
    "account enabled",
    "accountenabled",
    "account status",
    "active",
}
_DISABLED = re.compile(r"^(?:false|no|n|0|disabled|inactive|leaver|left)$", re.I)
# An involvement cell that says the post has none: "None", "Not involved", "n/a".
_NOT_INVOLVED = re.compile(r"^(?:none|not\s+involved|not\s+in\s+(?:the\s+)?programme|n/?a)$", re.I)


# --------------------------------------------------------------------- systems

_NONE_VALUE = re.compile(
    r"^\s*(none|n/?a|no|nothing|missing|not in place|not yet|not licensed|tbd|-|—|–)\b",
    re.IGNORECASE,
)
_OWNER = re.compile(r"\bOwners?:\s*([^.;]+)")


def _split_label(name: str) -> tuple[str, str, str]:
    """``Segment CDP (Twilio Segment)`` -> (``Segment CDP``, ``Twilio Segment``, remainder)."""
    m = re.match(r"^(?P<name>[^(]+?)\s*\((?P<label>[^()]*)\)\s*(?P<rest>.*)$", name)
    if m and m.group("name").strip():
        return m.group("name").strip(), m.group("label").strip(), m.group("rest").strip()
    return name.strip(), "", ""


def parse_system_line(
    line: str, *, source: str = "", listed: bool = False
) -> System | SystemAbsence | None:
    """An inventory bullet: ``**Braze (email/SMS)**: marketing messages. Owner: ...``.

    ``listed`` says the bullet sits in an inventory section, where any "Name: what it does"
    bullet is a system; elsewhere the name must be a known product or category term.
    """
    text = " ".join(_BULLET_MARK.sub("", line, count=1).split())
    bold = re.match(r"^(\*\*|__)(.+?)\1\s*(?::|[—–]|\s-\s)?\s*", text)
    if bold:
        head, desc = bold.group(2).rstrip(":"), text[bold.end() :]
    else:
        parts = re.split(r"\s*(?::|\s[—–]\s|\s-\s)\s*", text, maxsplit=1)
        head, desc = parts[0], parts[1] if len(parts) > 1 else ""
        if not desc and not listed:
            return None
    head = clean_inline(head)
    name, label, remainder = _split_label(head)
    desc = clean_inline(desc)
    if not _valid_name(name, max_words=6):
        return None
    category = categorize(label, name, remainder, desc)
    known = categorize(label, name) != "other"
    if not (listed or known):
        return None
    if not bold and not known and not _proper_noun(name):
        return None  # "Patient matching for reporting: ..." is a task, not a system
    if desc and _NONE_VALUE.match(desc):
        capability = categorize(label, name)
        if capability == "other":
            return None
        return SystemAbsence(capability=capability, text=clean_inline(text), source=source)
    if not listed and not desc:
        return None
    description = ": ".join(x for x in (remainder, desc) if x)
    owner = _OWNER.search(desc)
    return System(
        name=name,
        category=category,
        description=description,
        source=source,
        owner=owner.group(1).strip() if owner else None,
    )


def _proper_noun(name: str) -> bool:
    words = [w for w in name.split() if w.lower() not in {"of", "for", "and", "the", "&", "-"}]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


_BOLD = re.compile(r"(\*\*|__)(?P<name>[^*_]{1,60}?)\1")
_NOT_SYSTEM_WORDS = {
    "note",
    "notes",
    "important",
    "warning",
    "owner",
    "source",
    "tbd",
    "todo",
    "caveat",
}


def _bold_systems(text: str, source: str) -> list[System]:
    """Inventory prose: "**Fiserv DNA** is the core banking system; **Q2** is our digital ..."."""
    found: list[System] = []
    plain = clean_inline(text)
    names_per_sentence = {s: len(_BOLD.findall(s)) for s in _SENTENCE.split(" ".join(text.split()))}
    for m in _BOLD.finditer(text):
        name = clean_inline(m.group("name")).strip()
        if name.endswith(":") or name.lower() in _NOT_SYSTEM_WORDS:
            continue
        if not _valid_name(name, max_words=5) or not _proper_noun(name):
            continue
        sentence = next((s for s in _SENTENCE.split(plain) if name in s), plain)
        tail = sentence[sentence.find(name) + len(name) :]
        clause = re.split(r"[;,:]\s|\.\s|\(", tail, maxsplit=1)[0]
        alone = sum(n for raw, n in names_per_sentence.items() if name in clean_inline(raw)) <= 1
        found.append(
            System(
                name=name,
                category=categorize(name, clause, sentence if alone else None),
                description=sentence.strip(),
                source=source,
            )
        )
    return found


# A heading's name with what it is: "CaseLine (theatre management system)".
_NAMED_HEAD = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<label>[^()]+)\)$")
# What a system does, said of it by name: "Tallis is ...", "Moorcroft holds ...".
_DOES_AFTER = re.compile(
    r"\s+(?:is|was|has|holds|keeps|runs|carries|stores|records|sends|loads|tracks|manages|covers|"
    r"takes|hosts|lists|logs|books|plans|prints|issues|rosters|schedules|sells|handles|links|"
    r"feeds|pulls|collects|shows|gives|lets|connects|produces|reads|replaced|replaces)\b"
)


def _says(sentence: str, name: str) -> bool:
    """The sentence has the name as a word of its own (found without a pattern per name: an
    inventory may have thousands of sections)."""
    at = sentence.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not sentence[at - 1].isalnum()) and (
            end == len(sentence) or not sentence[end].isalnum()
        ):
            return True
        at = sentence.find(name, at + 1)
    return False


# A name and then the kind of system it is: "Halyard data warehouse".
_KIND_AFTER = re.compile(
    r"^(?P<name>[A-Z0-9][\w@+/.-]*(?:\s+[A-Z0-9][\w@+/.-]*)*)\s+(?P<kind>[a-z][a-z -]+)$"
)
# Words a heading's name is not: "The advice line and CallPoint" names CallPoint only.
_HEAD_ARTICLE = re.compile(r"^(?:the|our)\s+", re.I)


def _name_word(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or any(c.isupper() for c in word[1:])


def _name_words(name: str) -> list[str]:
    return [w for w in name.split() if w.lower() not in {"of", "for", "and", "the", "&", "-"}]


def _coined(name: str) -> bool:
    """A name no dictionary holds: "BadgeDesk", "MERIT", "ePCR", "BoxMaster 7", "Microsoft 365"."""
    return any(
        re.search(r"\d", w) or re.search(r"[a-z].*[A-Z]|[A-Z]{2}", w) or not w[0].isupper()
        for w in _name_words(name)
    )


def _distinct_name(name: str, text: str, lower: set[str]) -> bool:
    """A name the file writes only as a name: coined, or never in lower case ("Tallis", where
    "Schools" and "Network" are written "schools" and "network" too). ``lower``: the words
    the file writes in lower case (read once: an inventory may have thousands of sections)."""
    parts = _name_words(name)
    if not parts or not all(_name_word(w) for w in parts) or not _valid_name(name, max_words=4):
        return False
    if _coined(name):
        return True
    if " " not in name:
        return name.lower() not in lower
    return not re.search(rf"\b{re.escape(name.lower())}\b", text)


def _heading_systems(doc: Document, system_file: bool) -> list[System]:
    """An inventory that gives each system a section of its own: "## Tallis", "## CaseLine
    (theatre management system)", "## Tills: Tallypoint", "## SeatLedger: ticketing and
    membership", "## Atlas (data warehouse) and Compass (dashboards)". A section's body says
    what the system does. Headings of areas ("Schools", "People and money") name none: the
    file writes their words in lower case, or no sentence of the section opens with them."""
    bodies: dict[tuple[str, ...], list[str]] = {}
    for block in doc.blocks:
        if block.kind in {"para", "bullet"} and block.heading:
            bodies.setdefault(block.heading, []).append(clean_inline(block.text))
    found: list[System] = []
    lower = set(re.findall(r"\b[a-z][\w'’-]*", doc.text)) if bodies else set()
    for path, texts in bodies.items():
        head = clean_inline(path[-1]).strip()
        if len(path) < 2 or not (system_file or any(SYSTEM_HEADING.search(h) for h in path[:-1])):
            continue  # (the file's own title; a section outside an inventory)
        if NOT_A_LIST_HEADING.search(head) or lexicon_pattern("limits_heading").search(head):
            continue
        sentences = [x for x in _SENTENCE.split(" ".join(" ".join(texts).split())) if x]
        left, colon, right = head.partition(": ")
        # "Area: Name" or "Name: what it does": the side that is a name
        sides = [(right, left), (left, right)] if colon else [(head, "")]
        for side, about in sides:
            parts = [p for p in re.split(r"\s+(?:and|&)\s+(?![^()]*\))", side) if p]
            picked = []
            for part in parts:
                m = _NAMED_HEAD.match(part.strip())
                name, label = (m.group("name"), m.group("label")) if m else (part, about)
                name = _HEAD_ARTICLE.sub("", name.strip())
                kind = _KIND_AFTER.match(name)
                if not m and kind and categorize(kind.group("kind")) != "other":
                    name, label = kind.group("name"), kind.group("kind")  # (a bare name still)
                if not _distinct_name(name, doc.text, lower):
                    continue
                said = [x for x in sentences if _says(x, name)]
                bare = not (m or colon or (len(parts) == 1 and _coined(name)))
                if bare and not any(
                    x.startswith(name) and _DOES_AFTER.match(x, len(name)) for x in said
                ):
                    continue  # a bare heading's name is the subject of a sentence of its own
                what = said[0] if said else sentences[0] if sentences else ""
                description = ": ".join(x for x in (label, shorten(what, 300)) if x)
                picked.append(
                    System(
                        name=name,
                        category=categorize(label, name, what),
                        description=description,
                        source=doc.path,
                    )
                )
            if picked:
                if len(picked) == 1:
                    owner = _SECTION_OWNER.search(" ".join(sentences))
                    picked[0].owner = owner.group(1).strip() if owner else None
                found.extend(picked)
                break
    return found


# "Owner: Head of IT." or "Business owner: Head of Professional Conduct." under a system's section
_SECTION_OWNER = re.compile(r"\b(?:[Oo]wner:|owned\s+by)\s*(?:the\s+)?([A-Z][^.;,]{2,60})")


def _systems_from_table(
    header: list[str], rows: list[list[str]], source: str, *, context: bool
) -> tuple[list[System], list[SystemAbsence]]:
    sys_idx = find_column(header, SYSTEM_COLUMNS)
    if sys_idx is None and context:
        sys_idx = find_column(header, ("name",), contains=False)
    if sys_idx is None:
        return [], []
    used = {sys_idx}
    cat_idx = find_column(header, SYSTEM_CATEGORY_COLUMNS, exclude=used)
    desc_idx = find_column(
        header,
        SYSTEM_DESCRIPTION_COLUMNS,
        exclude=used | ({cat_idx} if cat_idx is not None else set()),
    )
    owner_idx = find_column(header, OWNER_COLUMNS, exclude=used)
    if not context and cat_idx is None and desc_idx is None:
        return [], []
    systems: list[System] = []
    absences: list[SystemAbsence] = []
    for row in rows:
        cell = _row_getter(row)
        raw = cell(sys_idx)
        label_cell = cell(cat_idx)
        if not raw or _NONE_VALUE.match(raw):
            capability = categorize(label_cell, cell(desc_idx))
            if raw and capability != "other":
                absences.append(
                    SystemAbsence(
                        capability=capability, text=" | ".join(c for c in row if c), source=source
                    )
                )
            continue
        name, label, remainder = _split_label(raw)
        if not _valid_name(name, max_words=6):
            continue
        desc = " ".join(x for x in (remainder, cell(desc_idx)) if x)
        systems.append(
            System(
                name=name,
                category=categorize(label_cell, label, name, desc),
                description=desc,
                source=source,
                owner=cell(owner_idx) or None,
            )
        )
    return systems, absences


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])|\n+")
# A statement is a sentence someone wrote; past this length a "sentence" is a data dump or a
# run of text without punctuation, and the statement patterns (absences, constraints, "we use
# X") are not run on it: each costs time in proportion to its length times its lookbehind.
MAX_SENTENCE_CHARS = 2_000


def _statements(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if len(s) <= MAX_SENTENCE_CHARS]


_NAME = r"(?P<name>[A-Z][\w.&+-]*(?:\s+(?:[A-Z0-9][\w.&+-]*|of|and))*)"
_USES = [
    re.compile(
        rf"\b(?i:our)\s+(?P<cat>[\w/ -]{{2,40}}?)\s+(?:is|are)\s+(?:on\s+)?{_NAME}(?=[\s,.;:)]|$)"
    ),
    re.compile(
        rf"\b(?i:we)\s+(?:use|run|rely on|are on|have|license)\s+{_NAME}(?:\s*\((?P<label>[^)]+)\))?"
        rf"(?:\s+(?:as our|as the|as a|as an|for|to)\s+(?P<cat>[^,.;]{{2,60}}))?"
    ),
    re.compile(rf"{_NAME}\s+(?:is|serves as)\s+our\s+(?P<cat>[^,.;]{{2,40}})"),
]
_STOP_NAMES = {
    "We",
    "Our",
    "The",
    "This",
    "It",
    "There",
    "They",
    "A",
    "An",
    "No",
    "None",
    "Not",
    "In",
    "At",
}


def find_systems_in_prose(text: str, *, source: str = "", inventory: bool = False) -> list[System]:
    """Systems named in sentences: "we use HubSpot as our CRM", "our warehouse is Snowflake",
    and, inside inventory sections, any known product name."""
    found: list[System] = []
    for sentence in _statements(clean_inline(text)):
        if not sentence or _absence_spans(sentence):
            continue
        for pattern in _USES:
            for m in pattern.finditer(sentence):
                name = m.group("name").strip().rstrip(".,;:")
                name = re.sub(r"\s+(?:of|for|and)$", "", name)
                if name in _STOP_NAMES or not _valid_name(name, max_words=5):
                    continue
                cat = m.groupdict().get("cat") or ""
                label = m.groupdict().get("label") or ""
                category = categorize(label, cat, name)
                if category == "other" and not PRODUCT_PATTERN.fullmatch(name):
                    continue
                found.append(
                    System(
                        name=name, category=category, description=sentence.strip(), source=source
                    )
                )
        if inventory:
            for m in PRODUCT_PATTERN.finditer(sentence):
                found.append(
                    System(
                        name=m.group(0),
                        category=PRODUCTS[m.group(0)],
                        description=sentence.strip(),
                        source=source,
                    )
                )
    return found


# --------------------------------------------------------------------- absences

_OBJ = r"(?P<obj>[^.;:!?]{2,160})"
_ABSENCE_PATTERNS = [
    re.compile(
        rf"\bthere\s+(?:is|are|was|were)\s+(?:currently\s+|still\s+)?no\b(?!-)\s*{_OBJ}", re.I
    ),
    re.compile(rf"\bthere\s+(?:is|are)\s+not\s+(?:an?|any)\s+{_OBJ}", re.I),
    re.compile(
        rf"\bwe\s+(?:currently\s+|still\s+)?(?:have|had|hold|held|keep)\s+no\b(?!-)\s*{_OBJ}", re.I
    ),
    # "The Growth Plan has no executive sponsor yet"
    re.compile(
        rf"\b(?:has|have|had)\s+(?:currently\s+|still\s+)?no\b(?!-)\s+(?!(?:second|backup|spare)\b){_OBJ}",
        re.I,
    ),
    re.compile(
        rf"\bwe\s+(?:currently\s+|still\s+)?(?:do\s+not|don't|don’t|did\s+not|didn't|lack)\s+(?:yet\s+)?(?:have\s+)?(?:an?\s+|any\s+)?{_OBJ}",
        re.I,
    ),
    re.compile(rf"\b(?:lack\s+of|absence\s+of|no\s+way\s+to)\s+{_OBJ}", re.I),
    re.compile(
        rf"^\s*(?:[-*•]\s*)?(?:\*\*)?no\b(?!-)\s+{_OBJ}", re.I
    ),  # a bullet or sentence that starts "No CDP"
]


# "Consent is not centrally managed": the subject comes before the verb, so the pattern is
# anchored on the verb phrase and the subject read backwards from it (at most 120 characters,
# back to the last clause punctuation). A leading lazy wildcard did the same at every start
# position of every sentence: most of the indexing time of an org folder.
_NOT_IN_PLACE = re.compile(
    r"\s+(?:is|are)\s+not\s+(?:yet\s+)?(?:centrally\s+|formally\s+|currently\s+)?"
    r"(?:managed|licensed|in\s+place|implemented|available|funded|deployed|defined|owned|built)\b",
    re.I,
)
_NEGATION = re.compile(r"\b(?:no|not|lack|absence|don't|don’t|didn't)\b", re.I)


def _not_in_place(sentence: str) -> list[str]:
    """Subjects of "<subject> is/are not <in place>" clauses, as the old lazy pattern read them."""
    found: list[str] = []
    after = 0  # where the previous match ended: matches never overlap
    for m in _NOT_IN_PLACE.finditer(sentence):
        verb = m.start()
        start = max(after, verb - 120)
        start = max(start, *(sentence.rfind(mark, start, verb) + 1 for mark in ".;:!?"))
        if verb - start >= 2:
            found.append(sentence[start:verb])
            after = m.end()
    return found


@functools.lru_cache(maxsize=4096)
def _absence_objects(sentence: str) -> tuple[str, ...]:
    """What each absence pattern says is missing in one sentence, in pattern order.

    Cached: extract_facts asks once for the absences and once more to keep systems named in
    an absence out of the inventory; the patterns run once per sentence.
    """
    if not _NEGATION.search(sentence):
        return ()  # every pattern needs a negation word
    objects: list[str] = []
    for pattern in _ABSENCE_PATTERNS[:-1]:
        objects.extend(m.group("obj") for m in pattern.finditer(sentence))
    objects.extend(_not_in_place(sentence))  # in the order the old pattern list had it
    objects.extend(m.group("obj") for m in _ABSENCE_PATTERNS[-1].finditer(sentence))
    return tuple(objects)


def _absence_spans(sentence: str, *, any_object: bool = False) -> list[tuple[str, str]]:
    """(capability, object text) for each absence stated in one sentence. With ``any_object``,
    an absence of something no category names ("there is no in-stay messaging") is kept too,
    under the capability "absence"."""
    hits: list[tuple[str, str]] = []
    for obj in _absence_objects(sentence):
        capability = capability_of(obj) or ("absence" if any_object else None)
        if capability:
            hits.append((capability, obj))
    return hits


def find_absences(
    text: str,
    *,
    source: str = "",
    bullet: bool = False,
    learned: bool = True,
    practices: bool = False,
) -> list[SystemAbsence]:
    """Absence statements in a paragraph or bullet, one per (capability, sentence); then the
    limitations and constraints the sentence states (agent.knowledge.constraints). Without
    ``learned``, only the stated shapes and cues read it: text that describes a role's duties
    or a system's purpose. With ``practices``, a sentence stating none of these but describing
    today's practice at a set degree is kept as a practice (a gap where the deck changes it);
    a role's duties and a charter's rules are not practices of the estate."""
    out: list[SystemAbsence] = []
    # A wrapped bullet or paragraph is one run of text: sentences end at their punctuation.
    flat = " ".join(clean_inline(_BULLET_MARK.sub("", text, count=1)).split())
    previous = ""  # the sentence before, which a back reference ("before it") needs
    last: list[SystemAbsence] = []  # what the previous sentence stated
    for sentence in _statements(flat):
        sentence = sentence.strip()
        if not sentence:
            continue
        said, previous = previous, sentence
        stated, last = last, []
        if said and _BACK_REFERENCE.search(sentence):
            if stated and all(found.practice for found in stated):
                # "... takes 6 to 9 months. Construction cannot start before it.": what the
                # sentence before described is what binds the plan, read with this one
                del out[len(out) - len(stated) :]
                stated = []
            if stated:
                # "... fall under this rule": it widens the statement before it
                for found in stated:
                    found.text = f"{found.text} {sentence}"
                last = stated
                continue
            sentence = f"{said} {sentence}"  # "Construction cannot start before it."
        before = len(out)
        seen: set[str] = set()
        if good_news(sentence) or role_legend(sentence) or document_status(sentence):
            continue  # "there is no shortage of toolmakers", "the secretary has no vote"
        for capability, obj in _absence_spans(sentence, any_object=True):
            if capability not in seen:
                seen.add(capability)
                out.append(
                    SystemAbsence(
                        capability=capability, text=sentence, source=source, subject=obj.strip()
                    )
                )
        if not seen:
            for kind, subject in statements(sentence, learned=learned):  # good news skipped
                out.append(
                    SystemAbsence(
                        capability=capability_of(subject) or capability_of(sentence) or kind,
                        text=sentence,
                        source=source,
                        kind=kind,  # type: ignore[arg-type]
                        subject=subject,
                    )
                )
        if len(out) == before and (ends := term_end(sentence)) is not None:
            # a term that ends on a date: the plan decides whether it binds (org_gaps)
            out.append(
                SystemAbsence(
                    capability=capability_of(ends[0]) or "constraint",
                    text=sentence,
                    source=source,
                    kind="constraint",
                    subject=ends[0],
                    until=ends[1],
                )
            )
        if len(out) == before and practices and (about := practice(sentence)) is not None:
            out.append(
                SystemAbsence(
                    capability=capability_of(about) or capability_of(sentence) or "limitation",
                    text=sentence,
                    source=source,
                    kind="limitation",
                    subject=about,
                    practice=True,
                )
            )
        last = out[before:]
    return out


# A sentence that points back at the one before: "Construction cannot start before it.",
# "... fall under this rule". Its words mean nothing without its antecedent.
_BACK_REFERENCE = re.compile(
    r"\b(?:before|after|until|under|without|for|by|of|from)\s+(?:it|this|that|them|these)"
    r"(?:\s+(?:rule|review|requirement|approval|consultation|constraint|limit|permit|process))?"
    r"\s*(?:[.,;]|$)|\b(?:this|that|the same)\s+(?:rule|requirement|restriction|constraint)\b"
    # "Raising it would need ...", "Filling a reservoir would need that licence varied": what
    # it would take to change the thing the sentence before states
    r"|^(?-i:[A-Z])\w*ing\s+(?:it|them|this|that)\b"
    r"|\b(?:this|that|these|those)\s+(?:licen[cs]es?|permits?|agreements?|contracts?|leases?|"
    r"connections?|limits?|caps?|consents?|arrangements?)\b"
    # "The bay becomes ours on 1 January 2030. Until then ...": the date the limit lasts to
    r"|^until\s+then\b",
    re.I,
)


# The line that says who wrote a document and when ("Commercial Director's summary for the
# programme, December 2026."): about the document, not something the org lacks.
_ATTRIBUTION = re.compile(
    r"^(?=.{0,140}$).*\b(?:summary|overview|memo|note|briefing|prepared|written|compiled|updated|"
    r"reviewed|version|study|survey|report|assessment|audit)\b.*\b(?:19|20)\d\d\.?$",
    re.I,
)


def _admitted(text: str, source: str) -> list[SystemAbsence]:
    """A line under a "What does not work yet" / "Known issues" heading: the org admits it,
    whatever its grammar ("Franchise stores send sales once a week as an Excel upload")."""
    flat = " ".join(clean_inline(_BULLET_MARK.sub("", text, count=1)).split())
    sentence = next((s.strip() for s in _statements(flat) if len(s.split()) >= 4), "")
    if not sentence or _ATTRIBUTION.search(sentence):
        return []
    subject = " ".join(sentence.split()[:6])
    return [
        SystemAbsence(
            capability=capability_of(sentence) or "limitation",
            text=sentence,
            source=source,
            kind="limitation",
            subject=subject,
        )
    ]


# --------------------------------------------------------------------- metrics

_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z][\w /-]{1,30}?)\s*:\s*(?P<value>.+)$", re.S)


def _key_values(text: str) -> list[tuple[str, str]]:
    """``- **Definition:** ...`` lines (one block may hold several); [] when any line is not one."""
    pairs: list[tuple[str, str]] = []
    for line in text.splitlines():
        line = clean_inline(_BULLET_MARK.sub("", line, count=1))
        if not line:
            continue
        m = _KEY_VALUE.match(line)
        if not m:
            if pairs:  # a wrapped continuation of the previous value
                key, value = pairs[-1]
                pairs[-1] = (key, f"{value} {line}")
                continue
            return []
        pairs.append((m.group("key").strip().lower(), m.group("value").strip()))
    return pairs


def _metric_slot(key: str) -> str | None:
    key = normalize_header(key)
    if key in {"definition", "defined as", "formula", "calculation", "description", "how measured"}:
        return "definition"
    if key in {"owner", "owners", "owned by", "metric owner", "accountable"}:
        return "owner"
    if key in {"baseline", "current", "current value", "baseline value"}:
        return "baseline"
    if key in {"target", "goal"}:
        return "target"
    if key in {"data source", "source system", "system"} or re.match(r"sources?\b", key):
        return "data_source"  # "Source and frequency: survey sheets entered in BaitLog"
    return None


# Where a definition says its figure comes from: "... (source: CallDesk)", "Source: RouteLog.",
# "Source and frequency: FieldBase; yearly."
_SOURCE_SAID = re.compile(
    r"(?:^|[.;(]\s*|\s)sources?(?:\s+and\s+\w+)?:\s*([^;)\n]+?)(?=\.\s|\.$|;|\)|$)", re.I
)


def _stated_source(text: str) -> str:
    found = _SOURCE_SAID.search(text)
    return clean_inline(found.group(1)).strip(" .") if found else ""


def _LABELLED_VALUE(label: str) -> re.Pattern[str]:  # noqa: N802
    """``Baseline FY2025: 31%.`` -> ``31%`` (up to the end of the sentence or a semicolon)."""
    return re.compile(rf"\b{label}(?:\s+[\w-]+){{0,2}}:\s*(.+?)(?=\.\s|\.$|;|\)|$)", re.I)


# "December 2026: 22%." / "FY2025: 14%" at a sentence start: the value as of that date.
_DATED_VALUE = re.compile(
    r"(?:^|[.;]\s+)(?:(?:Q[1-4]|H[12]|[A-Z][a-z]+)\s+)?(?:FY\s?)?(?:19|20)\d\d:\s*(.+?)(?=\.\s|\.$|;|$)"
)


@functools.cache
def _TITLE_SENTENCE() -> re.Pattern[str]:  # noqa: N802
    """A sentence that is only a post's title, the measure's owner ("... / all orders. Sales
    Director. 2027: 0%.")."""
    post = job_title_words("accountable", "posts", capital=True)
    return re.compile(
        rf"(?:^|[.;]\s+)((?:[A-Z][\w&'-]*\s+(?:(?:and|of|&)\s+)?){{0,4}}{post}"
        rf"(?:\s+(?:of|for)\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){{0,3}})?|"
        rf"{post}\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){{0,2}})\.(?=\s|$)"
    )


def _metric_from_bullet(text: str, source: str) -> Metric | None:
    text = " ".join(_BULLET_MARK.sub("", text, count=1).split())
    bold = re.match(r"^(\*\*|__)(.+?)\1\s*(?::|[—–]|\s-\s)\s*", text)
    if bold:
        name, rest = bold.group(2).rstrip(":"), text[bold.end() :]
    else:
        parts = re.split(r"\s*(?::|\s[—–]\s)\s*", text, maxsplit=1)
        if len(parts) < 2:
            return None
        name, rest = parts
    name = clean_inline(name)
    if not _valid_name(name, max_words=8) or _metric_slot(name):
        return None
    owner = re.search(r"\bowner:\s*([^;.)]+)", rest, re.I) or _TITLE_SENTENCE().search(rest)
    baseline = _LABELLED_VALUE("baseline").search(rest) or _DATED_VALUE.search(rest)
    target = _LABELLED_VALUE("target").search(rest)
    return Metric(
        name=name,
        definition=clean_inline(rest),
        owner=owner.group(1).strip() if owner else None,
        baseline=baseline.group(1).strip() if baseline else None,
        target=target.group(1).strip() if target else None,
        source=source,
        data_source=_stated_source(rest),
    )


def _metrics_from_table(
    header: list[str], rows: list[list[str]], source: str, *, context: bool
) -> list[Metric]:
    metric_idx = find_column(header, METRIC_COLUMNS)
    if metric_idx is None and context:
        metric_idx = find_column(header, METRIC_NAME_COLUMNS, contains=False)
    if metric_idx is None:
        return []
    used = {metric_idx}
    def_idx = find_column(header, DEFINITION_COLUMNS, exclude=used)
    owner_idx = find_column(header, OWNER_COLUMNS, exclude=used)
    base_idx = find_column(header, BASELINE_COLUMNS, exclude=used)
    target_idx = find_column(header, TARGET_COLUMNS, exclude=used)
    taken = {i for i in (metric_idx, def_idx, owner_idx, base_idx, target_idx) if i is not None}
    source_idx = find_column(header, DATA_SOURCE_COLUMNS, exclude=taken)
    if all(i is None for i in (def_idx, owner_idx, base_idx, target_idx)):
        return []
    metrics = []
    for row in rows:
        cell = _row_getter(row)
        name = cell(metric_idx)
        if not _valid_name(name, max_words=12):
            continue
        metrics.append(
            Metric(
                name=name,
                definition=cell(def_idx),
                owner=cell(owner_idx) or None,
                baseline=cell(base_idx) or None,
                target=cell(target_idx) or None,
                source=source,
                data_source=cell(source_idx) or _stated_source(cell(def_idx)),
            )
        )
    return metrics


# --------------------------------------------------------------------- tables


# A charter's table of who leads what ("Workstream | Lead | Scope"): a column naming the post
# that leads or owns each row.
_LEAD_COLUMN = re.compile(
    r"^(?:(?:work\s?stream|pillar|programme|program|project|theme|area)\s+)?"
    r"(?:leads?|owners?|led by|owned by|accountable|lead role|owner role|responsible (?:role|post))$",
    re.I,
)


# A register of risks, findings or actions, whose owner answers for the entry, not an area.
_LOGGED = re.compile(
    r"\b(?:risks?|findings?|issues?|actions?|mitigations?|responses?|due|ratings?|likelihood|"
    r"impact|status|deadline)\b",
    re.I,
)
LEADS = " leads: "  # how a led row's sentence names its lead (read back by remits)
LED_ROW = re.compile(rf"^(.{{3,80}}?){re.escape(LEADS)}")


def _key_column(header: str) -> bool:
    """A column of record keys ("positionId", "Role code", "Ref", "#"), never a name or a
    scope."""
    return header.strip() == "#" or bool(
        re.search(r"\b(?:id|code|no|number|ref)$", normalize_header(header))
    )


def _led_rows(header: list[str], rows: list[list[str]]) -> list[str]:
    """One sentence per row of a table that names the post leading each row ("Head of
    Returns Prevention leads: Workstream: Right size; Scope: the fit lab ..."), so that what
    the row covers is that post's remit (agent.context._loader.remits), as a charter's
    sentence naming the post is. A table read as a roster, metrics or systems is not one,
    nor a register of risks, findings or actions."""
    lead = next((i for i, h in enumerate(header) if _LEAD_COLUMN.match(normalize_header(h))), None)
    if lead is None or len(header) < 2 or any(_LOGGED.search(h) for h in header):
        return []  # (a risk register's or an action log's owner answers for one entry)
    out: list[str] = []
    for row in rows:
        who = clean_inline(row[lead]).strip() if lead < len(row) else ""
        if not who or not ROLE_WORDS.search(who):
            continue
        cells: list[str] = []
        for i, cell in enumerate(row[: len(header)]):
            text = " ".join(clean_inline(cell).split())
            if i == lead or not text or _key_column(header[i]):
                continue
            # "..., wifi, with the University Librarian for ListBuilder": that part is the
            # named post's (its own sentence, which names it), not the lead's
            own, *shares = _WITH_POST.split(text)
            out.extend(f"with the {share}" for share in shares)
            cells.append(f"{clean_inline(header[i]).strip()}: {own.strip(' ,')}")
        if cells:
            out.append(" ".join(f"{who}{LEADS}{'; '.join(cells)}".split())[:400])
    return out


# where a row hands part of its scope to another post: ", with the <Post ...> for"
# (a post by its capitalised name: "with the community for ..." hands nothing on)
_WITH_POST = re.compile(
    r",?\s+with\s+the\s+(?=[A-Z][\w&'’()-]*(?:\s+(?:[A-Z][\w&'’()-]*|of|for|and|the)){0,7}?"
    r"\s+for\s)"
)


def _from_table(
    doc: Document,
    header: list[str],
    rows: list[list[str]],
    roster_ctx: bool,
    system_ctx: bool,
    metric_ctx: bool,
    facts: Facts,
    labels: list[str] | None = None,
    *,
    learned: bool = True,
) -> bool:
    """Reads a table as metrics, else systems, else roles; True when it found any of them
    (its cells' stated gaps are read whatever it is)."""
    metrics = _metrics_from_table(header, rows, doc.path, context=metric_ctx)
    # A metric's definition ("closed within 30 days") is how it is counted, not a practice.
    facts.absences.extend(
        _cell_statements(
            header,
            rows,
            doc.path,
            learned=learned,
            practices=learned and not (roster_ctx or metric_ctx or metrics),
        )
    )
    if metrics:
        facts.metrics.extend(metrics)
        return True
    systems, absences = _systems_from_table(header, rows, doc.path, context=system_ctx)
    if systems or absences:
        facts.systems.extend(systems)
        facts.absences.extend(absences)
        return bool(systems)
    roles = _roles_from_table(
        header, rows, doc.path, context=roster_ctx, labels=labels, warnings=facts.warnings
    )
    facts.roles.extend(roles)
    return bool(roles)


# A column that names what is wrong ("System limitations", "Known issues (software)",
# "Tool gaps"): never a describing one, whatever else its header says.
_GAP_COLUMN = re.compile(
    r"\b(?:limitations?|limits|issues?|gaps?|constraints?|risks?|concerns?|caveats?|comments?|"
    r"notes?|known|problems?|weakness(?:es)?|pain\s+points?|watch[- ]?outs?)\b",
    re.I,
)


def _vacancy_list(sheet: str) -> bool:
    """A workbook's sheet of vacant posts ("Vacancies"); a roster's "Vacant" column of yes and
    no says which of its posts are, row by row (read by the cell statements)."""
    return bool(re.search(r"\bvacanc", sheet, re.I))


def _vacancy_statements(
    header: list[str], rows: list[list[str]], source: str
) -> list[SystemAbsence]:
    """Each vacant post as the gap it is, quoted with what the sheet says of it."""
    post = find_column(header, ("post", "role", "job title", "title", "position"))
    out: list[SystemAbsence] = []
    for row in rows:
        cells = [clean_inline(c or "") for c in row]
        name = cells[post] if post is not None and post < len(cells) else ""
        name = name or next((c for c in cells if c), "")
        said = "; ".join(
            f"{h}: {c}" for h, c in zip(header, cells, strict=False) if c and c != name
        )
        text = f"The {name} post is vacant" + (f" ({said})." if said else ".")
        out += find_absences(text, source=source)[:1]
    return out


_ROW_CODE = re.compile(r"[A-Z]{0,5}[-_/]?\d{1,6}")  # a row's code: "P0412", "REF-07", "OPS-310"


def _cell_statements(
    header: list[str],
    rows: list[list[str]],
    source: str,
    *,
    learned: bool = True,
    practices: bool = False,
) -> list[SystemAbsence]:
    """Absences, limitations and constraints written in a table's prose cells ("No API: site
    milestones leave it only as a weekly export", "The post has been vacant since June"), each
    quoted with its row's name so the gap says what it is about. A column that describes (a
    role's duties, a system's purpose) is read by the stated shapes and cues only."""
    describing = {
        i
        for i, h in enumerate(header)
        if find_column([h], DESCRIBING_COLUMNS) is not None and not _GAP_COLUMN.search(h)
    }
    out: list[SystemAbsence] = []
    for row in rows:
        # (the row's name, not its code: "Chair, Drivers' Forum", not "P0412" or "REF-07")
        key = next(
            (
                clean_inline(c)
                for c in row
                if c and c.strip() and not _ROW_CODE.fullmatch(c.strip())
            ),
            "",
        )
        for column, cell in enumerate(row[1:], start=1):
            text = clean_inline(cell or "")
            if len(text.split()) < 5:
                continue
            for found in find_absences(
                text,
                source=source,
                learned=learned and column not in describing,
                practices=practices,
            ):
                if key and key.casefold() not in found.text.casefold():
                    found = found.model_copy(update={"text": f"{key}: {found.text}"})
                out.append(found)
    return out


# --------------------------------------------------------------------- merging across documents


def name_key(name: str) -> str:
    """Case-, punctuation- and parenthesis-insensitive key used to merge duplicates."""
    name = re.sub(r"\([^)]*\)", " ", name)
    name = re.sub(r"[^\w&+ ]+", " ", name.casefold())
    return " ".join(name.split())


def _qualifier(name: str) -> str:
    m = re.search(r"\(([^)]*)\)", name)
    return " ".join(m.group(1).casefold().split()) if m else ""


def merge_roles(roles: list[Role]) -> list[Role]:
    merged: dict[str, Role] = {}
    for role in roles:
        key = name_key(role.name)
        kept_same = merged.get(key)
        told_apart = {_qualifier(kept_same.name), _qualifier(role.name)} if kept_same else set()
        if len(told_apart) == 2 and "" not in told_apart:
            # "Operations Manager (North)" and "(South)": two posts, not one said twice
            key = " ".join(role.name.casefold().split())
        if key not in merged:
            merged[key] = role.model_copy(deep=True)
            continue
        kept = merged[key]
        if (
            _qualifier(role.name)
            and not _qualifier(kept.name)
            and name_key(kept.team or "") == _qualifier(role.name)
        ):
            # a list line read "Digital Services Lead (Environment)" as a post and its team;
            # the roster's title cell names the post whole
            kept.name, kept.team = role.name, role.team
        if not kept.team and role.team:
            kept.team = role.team
        if role.tier_stated and not kept.tier_stated:
            kept.tier, kept.tier_stated = role.tier, True
        for item in role.responsibilities:
            if item not in kept.responsibilities:
                kept.responsibilities.append(item)
        kept.person = kept.person or role.person
        kept.reports_to = kept.reports_to or role.reports_to
    return list(merged.values())


def merge_systems(systems: list[System], mentions: list[System] | None = None) -> list[System]:
    """One entry per system. A product only mentioned in prose is added when no listed
    system has the same name or starts with it ("Segment" folds into "Segment CDP")."""
    merged: dict[str, System] = {}
    for system in systems:
        key = name_key(system.name)
        if key in merged:
            kept = merged[key]
            if not kept.description and system.description:
                kept.description = system.description
            if kept.category == "other" and system.category != "other":
                kept.category = system.category
            kept.owner = kept.owner or system.owner
            continue
        merged[key] = system.model_copy(deep=True)
    for mention in mentions or []:
        key = name_key(ALIASES.get(mention.name, mention.name))
        if any(k == key or k.startswith(key + " ") or key.startswith(k + " ") for k in merged):
            continue
        merged[key] = mention.model_copy(deep=True)
    return list(merged.values())


def merge_absences(absences: list[SystemAbsence]) -> list[SystemAbsence]:
    """One absence per capability and file; every limitation and constraint sentence is kept."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for absence in absences:
        key = (
            absence.capability,
            absence.source,
            absence.text if absence.kind != "absence" or absence.capability == "absence" else "",
        )
        if key not in seen:
            seen.add(key)
            out.append(absence)
    return out


def merge_metrics(metrics: list[Metric]) -> list[Metric]:
    merged: dict[str, Metric] = {}
    for metric in metrics:
        key = name_key(metric.name)
        if key not in merged:
            merged[key] = metric.model_copy(deep=True)
            continue
        kept = merged[key]
        if len(metric.definition) > len(kept.definition):
            kept.definition = metric.definition
        kept.owner = kept.owner or metric.owner
        kept.baseline = kept.baseline or metric.baseline
        kept.target = kept.target or metric.target
    return list(merged.values())
