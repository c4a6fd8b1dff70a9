"""Rosters written as outlines rather than tables, read as records of one role each.

Three shapes staff write by hand, each a role with its attributes under or beside it:

- a nested list: a department, the roles under it, and under each role its attributes as
  ``Key: value`` items ("- Involvement: core", "- Remit: ...");
- role cards: a heading per role over ``**Key:** value`` lines ("### Head of Leakage",
  "**Involvement:** Core", "**Remit:** ...") under a heading per department;
- a text org chart: one line per role with its tier in brackets ("+-- Head of People [Core
  team]"), its duties on the indented lines under it, its manager the role it hangs from.

Each role becomes a record (Role, Team, tier, remit and Reports to, as the file words them), so
the roster's rows are read, or warned about, as a table's are. An outline is taken only when
three roles or more have attributes of their own; anything else stays Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.context._diagrams import label_lines
from agent.context._documents import clean_inline
from agent.context._lexicon import (
    REPORTS_COLUMNS,
    RESPONSIBILITY_COLUMNS,
    TIER_COLUMNS,
    normalize_header,
    parse_tier,
)

LEAST = 3  # fewer roles than this is no roster outline
_MOST_ITEMS = 200  # lines a role card's remit gathers at most
# what a brief set out like a profile is about, when its heading names no post
_NOT_A_POST = re.compile(
    r"\b(?:work\s?streams?|programmes?|programs?|projects?|plans?|briefs?|charters?|strateg(?:y|ies)|"
    r"initiatives?|polic(?:y|ies)|terms\s+of\s+reference|pilots?|boards?|groups?|committees?)\b",
    re.I,
)

_BULLET = re.compile(r"^(?P<indent>[ \t]*)[-*+•▪‣◦][ \t]+(?P<text>\S.*)$")
_HEADING = re.compile(r"^(?P<marks>#{1,6})[ \t]+(?P<text>.+?)[ \t]*#*[ \t]*$")
_KEY_VALUE = re.compile(
    r"^\s*(?:\*\*|__)?(?P<key>[A-Za-z][\w /&'-]{1,40}?)(?::\s*(?:\*\*|__)|(?:\*\*|__)?\s*:)\s*(?P<value>.*)$"
)
# An org chart's connectors: "+--", "|", "├──", "└──", "│", "`--".
_TREE = re.compile(r"^[\s|│+`\\├└─-]*")
_TAGGED = re.compile(r"^(?P<name>[A-Z][^\[\]]{1,80}?)\s*\[(?P<tag>[^\[\]]{2,40})\]\s*$")


@dataclass
class OutlineRole:
    first: int  # the role's first and last line in the file (0-based)
    last: int
    fields: dict[str, str]
    group: int | None = None  # the line of the department it is listed under, if a list item


def _attribute(key: str, value: str = "") -> str | None:
    """The record column an attribute's key fills, or None when it is no role attribute.
    A job description qualifies its keys ("Key responsibilities", "Purpose of the role",
    "Programme role: Core team"); the qualifier is dropped."""
    k = normalize_header(key)
    k = re.sub(r"^(?:key|main|principal)\s+", "", k)
    k = re.sub(r"^what (?:i|we|they|the (?:post|role)) ", "", k)  # "What I look after"
    k = re.sub(r"\s+of (?:the|this) (?:role|job|post|position)$", "", k)
    # ("Programme role: Core team"; "Project manager: Jane" is a person, not a manager)
    k = re.sub(r"^(?:programme|program|project)\s+(?=(?:role|involvement|tier)$)", "", k)
    # "Role in the Fresh Path programme: Core": the post's part in the programme
    k = re.sub(
        r"^(?:role|part|involvement) in (?:the )?[\w' -]*\b(?:programme|program|project)$",
        "role",
        k,
    )
    if k in TIER_COLUMNS or k == "programme involvement":
        return "Involvement"
    if k == "role" and parse_tier(value) is not None:
        return "Involvement"
    if k in RESPONSIBILITY_COLUMNS:
        return "Remit"
    if k in REPORTS_COLUMNS:
        return "Reports to"
    if k in {"team", "department", "directorate", "function"}:
        return "Team"
    if k in {"role", "job title", "role title", "position", "post"}:
        return "Role"  # a card headed by its holder's name: "### Ruth Okafor", "Role: ..."
    return None


def _drop_asides(fields: dict[str, str]) -> None:
    """A value that is only an aside in brackets ("Reports to: (independent)") says nothing."""
    for key, value in list(fields.items()):
        if re.fullmatch(r"\(.*\)", value):
            del fields[key]


def _nested_list(lines: list[str]) -> list[OutlineRole]:
    items: list[tuple[int, int, str]] = []  # (line, indent, text)
    for i, line in enumerate(lines):
        m = _BULLET.match(line)
        if m:
            items.append((i, len(m.group("indent").expandtabs(4)), m.group("text")))
    roles: list[OutlineRole] = []
    # (indexes, not slices: a list of 100,000 items copied once per item cost its square)
    parents: list[int | None] = []  # each item's nearest item above it, less indented
    stack: list[int] = []
    for k, (_, indent, _) in enumerate(items):
        while stack and items[stack[-1]][1] >= indent:
            stack.pop()
        parents.append(stack[-1] if stack else None)
        stack.append(k)
    for k, (at, indent, text) in enumerate(items):
        children = []
        for n in range(k + 1, len(items)):
            if items[n][1] <= indent:
                break
            children.append(items[n])
        if not children or any(indent2 != children[0][1] for _, indent2, _ in children):
            continue
        fields: dict[str, str] = {}
        for _, _, text2 in children:
            kv = _KEY_VALUE.match(text2)
            column = _attribute(kv.group("key")) if kv else None
            if kv is None or column is None:
                break
            fields[column] = clean_inline(kv.group("value"))
        else:
            _drop_asides(fields)
            if "Involvement" in fields or "Remit" in fields:
                above = parents[k]
                parent = (items[above][0], items[above][2]) if above is not None else None
                record = {"Role": clean_inline(text)}
                if parent:
                    record["Team"] = clean_inline(parent[1])
                group = parent[0] if parent else None
                roles.append(OutlineRole(at, children[-1][0], record | fields, group))
    return roles


def _role_cards(lines: list[str]) -> list[OutlineRole]:
    roles: list[OutlineRole] = []
    path: list[tuple[int, str]] = []
    heads = [(i, _HEADING.match(line)) for i, line in enumerate(lines)]
    starts = [i for i, m in heads if m]
    # A card's own sections ("## Purpose", "## Accountabilities") are part of it, not cards:
    # the card runs on to the next heading that is no such section.
    sections = {i: column for i, m in heads if m and (column := _section(m.group("text")))}
    starts = [i for i in starts if i not in sections]
    for n, i in enumerate(starts):
        m = _HEADING.match(lines[i])
        assert m is not None
        level, title = len(m.group("marks")), clean_inline(m.group("text"))
        while path and path[-1][0] >= level:
            path.pop()
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        fields: dict[str, str] = {}
        last = i
        listing: str | None = None  # a key whose value is the list under it ("Key duties:")
        duties: list[str] = []  # a list under the card's attributes with no key over it
        section: str | None = None  # the card's sub-heading the lines are under
        foreign = False  # under a key no column takes ("Direct reports:"): not its duties
        said_items = 0  # items gathered: a card states a few dozen, not a file's worth
        for j in range(i + 1, end):
            if said_items > _MOST_ITEMS:
                break
            if j in sections:  # its text and list are the remit (or the manager) it names
                listing = section = sections[j]
                foreign = False
                last = j
                continue
            item = _BULLET.match(lines[j])
            if item is not None and foreign:
                last = j  # the card's own list, of something else: read as part of it
                continue
            said_items += item is not None or bool(section and lines[j].strip())
            if section is not None and item is None and _keyed(lines[j]):
                section = listing = None  # "Involvement: Core" after the remit's paragraph
            if section is not None and item is None and lines[j].strip():
                said = fields.get(section, "").rstrip(".")  # "## Purpose" over a paragraph
                told = clean_inline(lines[j]).rstrip(".")
                fields[section] = f"{said}; {told}" if said else told
                last = j
                continue
            if item is not None and listing is not None:
                said = fields.get(listing, "").rstrip(".")
                duty = clean_inline(item.group("text")).rstrip(".")
                fields[listing] = f"{said}; {duty}" if said else duty
                last = j
                continue
            if item is not None and ("Involvement" in fields or "Reports to" in fields):
                duties.append(clean_inline(item.group("text")).rstrip("."))
                last = j
                continue
            if lines[j].strip():
                listing = None
                foreign = False
            for part in _pairs(lines[j]):
                kv = _KEY_VALUE.match(part)
                column = _attribute(kv.group("key"), kv.group("value")) if kv else None
                if kv is not None and column is None and not kv.group("value").strip():
                    foreign = True  # "Direct reports:" over its list
                if column is not None and kv is not None:
                    value = clean_inline(kv.group("value"))
                    # a purpose and then the duties under it: one remit
                    joined = column == "Remit" and fields.get(column)
                    fields[column] = f"{fields[column]} {value}".strip() if joined else value
                    listing = column if not value else None
                    last = j
        if duties:
            said = fields.get("Remit", "").rstrip(".")
            fields["Remit"] = "; ".join([said, *duties] if said else duties)
        _drop_asides(fields)
        if "Involvement" in fields or "Remit" in fields:
            record = {"Role": title}
            if path and "Team" not in fields:
                record["Team"] = path[-1][1]
            roles.append(OutlineRole(i, last, record | fields))
        else:
            path.append((level, title))
    return roles


def _keyed(line: str) -> bool:
    """A line that sets a card's attribute ("Involvement: Core", "Team: Cafés")."""
    kv = _KEY_VALUE.match(line)
    return (
        kv is not None
        and bool(kv.group("value").strip())
        and _attribute(kv.group("key")) is not None
    )


def _pairs(line: str) -> list[str]:
    """A card's attributes set on one line ("Reports to: Director | Involvement: Core"), one
    per part; any other line is one part."""
    parts = re.split(r"\s+[|·•]\s+", line)
    if len(parts) > 1 and all(_KEY_VALUE.match(p) for p in parts):
        return parts
    return [line]


def _org_chart(lines: list[str]) -> list[OutlineRole]:
    roles: list[OutlineRole] = []
    open_roles: list[tuple[int, str]] = []  # (column, name): the chain of managers
    current: OutlineRole | None = None
    for i, line in enumerate(lines):
        tree = _TREE.match(line)
        column = tree.end() if tree else 0
        rest = line[column:].rstrip()
        tagged = _TAGGED.match(rest)
        if tagged and parse_tier(tagged.group("tag")) is not None:
            while open_roles and open_roles[-1][0] >= column:
                open_roles.pop()
            record = {"Role": tagged.group("name").strip(), "Involvement": tagged.group("tag")}
            if open_roles:
                record["Reports to"] = open_roles[-1][1]
            current = OutlineRole(i, i, record)
            roles.append(current)
            open_roles.append((column, record["Role"]))
            continue
        if rest and column == 0:
            # a line at the margin that is no role ("Consulted (outside the line structure)")
            # ends the chart above it: what follows hangs from no one in it
            open_roles.clear()
            current = None
            continue
        if current is not None and rest:
            remit = current.fields.get("Remit", "")
            current.fields["Remit"] = f"{remit} {rest}".strip()
            current.last = i
    return roles


# A mermaid flowchart's node: ID["label"], ID("label"), ID(["label"]), ID{{label}} ...
_MERMAID_NODE = re.compile(
    r"(?<![\w-])(?P<id>[A-Za-z_][\w-]*)\s*(?:\[\[|\[\(|\(\[|\(\(|\{\{|\[/|\[\\|\[|\(|\{|>)"
    r"\s*(?:\"(?P<quoted>[^\"]*)\"|(?P<bare>[^\]\)\}\"]+?))\s*(?:\]\]|\)\]|\]\)|\)\)|\}\}|/\]|\\\]|\]|\)|\})"
)
_MERMAID_EDGE = re.compile(
    r"(?P<a>[A-Za-z_][\w-]*)[^\n]*?(?:-->|==>|-\.->|---)\s*(?:\|[^|]*\|\s*)?(?P<b>[A-Za-z_][\w-]*)"
)
_MERMAID_SUBGRAPH = re.compile(
    r"^\s*subgraph\s+(?P<id>[\w-]+)?\s*(?:\[\s*\"?(?P<title>[^\"\]]*)\"?\s*\])?\s*(?P<bare>[^\[]*)$"
)
_MERMAID_CLASS = re.compile(r"^\s*class\s+(?P<ids>[\w,\s-]+?)\s+(?P<cls>[\w-]+)\s*;?\s*$")
_MERMAID_NEWLINE = re.compile(r"\\n")  # a line break written "\n" inside a label


def _label_record(parts: list[str]) -> dict[str, str]:
    """A chart box's lines as a record: the post first, then its fields ("Remit: ...",
    "Team: ..."); a line that names no field adds to the remit."""
    record = {"Role": parts[0]}
    for part in parts[1:]:
        kv = _KEY_VALUE.match(part)
        column = _attribute(kv.group("key"), kv.group("value")) if kv else None
        if kv and column:
            record[column] = kv.group("value").strip()
        else:
            record["Remit"] = f"{record.get('Remit', '')} {part}".strip()
    return record


def _link_managers(nodes: dict[str, OutlineRole], managers: dict[str, str]) -> None:
    """Each charted role reports to the role its edge comes from, unless its box says whom."""
    for node, role in nodes.items():
        boss = nodes.get(managers.get(node, ""))
        if boss is not None and "Reports to" not in role.fields:
            role.fields["Reports to"] = boss.fields["Role"]


def _mermaid(lines: list[str]) -> list[OutlineRole]:
    """A mermaid org chart (```mermaid / flowchart TD): one role a node, its label's first line
    the post and its other lines the post's fields ("Remit: ...", "Team: ..."), a subgraph its
    team, an edge from a manager its reporting line, and a class named for consultation
    ("class TSP,NTSU consult") its tier."""
    roles: list[OutlineRole] = []
    fence: int | None = None
    for i, line in enumerate(lines):
        if fence is None:
            if re.match(r"^\s*(?:```|~~~)\s*mermaid\b", line, re.I):
                fence = i
            continue
        if not re.match(r"^\s*(?:```|~~~)\s*$", line):
            continue
        roles += _mermaid_block(lines[fence + 1 : i], fence + 1)
        fence = None
    return roles


def _mermaid_block(lines: list[str], offset: int) -> list[OutlineRole]:
    if not lines or not re.match(r"^\s*(?:flowchart|graph)\b", lines[0], re.I):
        return []
    nodes: dict[str, OutlineRole] = {}
    groups: list[str] = []
    classes: dict[str, str] = {}
    managers: dict[str, str] = {}
    for k, line in enumerate(lines[1:], start=1):
        text = line.strip()
        if (
            not text
            or text.startswith("%%")
            or re.match(r"^(?:classDef|style|linkStyle|click)\b", text)
        ):
            continue
        sub = _MERMAID_SUBGRAPH.match(text)
        if sub:
            groups.append(
                (sub.group("title") or sub.group("bare") or sub.group("id") or "").strip()
            )
            continue
        if text == "end":
            if groups:
                groups.pop()
            continue
        marked = _MERMAID_CLASS.match(text)
        if marked:
            for node in re.split(r"[,\s]+", marked.group("ids").strip()):
                classes[node] = marked.group("cls")
            continue
        for m in _MERMAID_NODE.finditer(text):
            label = m.group("quoted") if m.group("quoted") is not None else m.group("bare")
            # (its lines as a drawn chart's box holds them: <br/> breaks, tags and entities)
            parts = label_lines(_MERMAID_NEWLINE.sub("<br>", label or ""), True)
            if not parts or m.group("id") in nodes:
                continue
            record = _label_record(parts)
            if groups and groups[-1] and "Team" not in record:
                record["Team"] = groups[-1]
            nodes[m.group("id")] = OutlineRole(offset + k, offset + k, record)
        for m in _MERMAID_EDGE.finditer(text):
            managers.setdefault(m.group("b"), m.group("a"))
    _link_managers(nodes, managers)
    for node, role in nodes.items():
        cls = classes.get(node, "")
        if "Involvement" not in role.fields and parse_tier(cls.replace("_", " ")) is not None:
            role.fields["Involvement"] = "Consult only" if "consult" in cls.lower() else cls
    return list(nodes.values())


# Graphviz DOT, as a team keeps its org chart in a repository: quoted strings (escapes read),
# HTML-like labels <...>, comments (//, #, /* */) and the punctuation that structures it.
_DOT_TOKEN = re.compile(
    r'(?P<comment>/\*.*?\*/|//[^\n]*|^\s*#[^\n]*)|"(?P<quoted>(?:\\.|[^"\\])*)"|(?P<html><)'
    r"|(?P<edge>->|--)|(?P<punct>[{}\[\];,=])|(?P<id>[\w.]+)",
    re.S | re.M,
)
_DOT_ESCAPE = re.compile(r"\\([nlr\"\\])")
_DOT_HEAD = re.compile(r"^\s*(?:strict\s+)?(?:di)?graph\b[^{]*\{", re.I | re.M)


def _comment_gone(m: re.Match[str]) -> str:
    return "" if m.group("comment") is not None else m.group(0)


def _dot_tokens(text: str) -> list[tuple[str, str, int]]:
    """(kind, value, line) per token; an HTML-like label is read to its matching '>'."""
    out: list[tuple[str, str, int]] = []
    pos = 0
    while (m := _DOT_TOKEN.search(text, pos)) is not None:
        pos = m.end()
        line = text.count("\n", 0, m.start())
        if m.group("comment") is not None:
            continue
        if m.group("html") is not None:
            depth, end = 1, pos
            while end < len(text) and depth:
                depth += {"<": 1, ">": -1}.get(text[end], 0)
                end += 1
            out.append(("html", text[pos : end - 1], line))
            pos = end
        elif m.group("quoted") is not None:
            value = _DOT_ESCAPE.sub(
                lambda e: "\n" if e.group(1) in "nlr" else e.group(1), m.group("quoted")
            )
            out.append(("id", value, line))
        else:
            kind = next(k for k in ("edge", "punct", "id") if m.group(k) is not None)
            out.append((kind, m.group(kind), line))
    return out


def _dot(lines: list[str]) -> list[OutlineRole]:
    """A Graphviz org chart (``digraph org { ... }``): one role a node, its label's first line
    the post and its other lines the post's fields ("Remit: ...", "Team: ..."), a cluster its
    team (or its tier, when its label says consulted), an edge from a manager its reporting
    line. A node commented out is none."""
    text = "\n".join(lines)
    head = _DOT_HEAD.search(text)
    # (only comments before the graph: a page that mentions a digraph is no chart)
    if head is None or _DOT_TOKEN.sub(_comment_gone, text[: head.start()]).strip():
        return []
    tokens = _dot_tokens(text[head.end() :])
    first = text[: head.end()].count("\n")
    nodes: dict[str, OutlineRole] = {}
    managers: dict[str, str] = {}
    groups: list[list[str]] = []  # the open clusters' labels ("" until the label is set)
    i = 0

    def attrs(j: int) -> tuple[dict[str, tuple[str, str]], int]:
        found: dict[str, tuple[str, str]] = {}
        j += 1
        while j < len(tokens) and tokens[j][1] != "]":
            if j + 2 < len(tokens) and tokens[j + 1][1] == "=":
                found[tokens[j][1].lower()] = (tokens[j + 2][0], tokens[j + 2][1])
                j += 3
            else:
                j += 1
        return found, j + 1

    def node(name: str, line: int, found: dict[str, tuple[str, str]]) -> None:
        kind, label = found.get("label", ("id", name))
        parts = label_lines(label, kind == "html")
        if not parts or name in nodes and "label" not in found:
            return
        record = _label_record(parts)
        group = next((g[0] for g in reversed(groups) if g[0]), "")
        if group and "consult" in group.lower() and "Involvement" not in record:
            record["Involvement"] = "Consult only"
        elif group and "Team" not in record:
            record["Team"] = group
        nodes[name] = OutlineRole(first + line, first + line, record)

    while i < len(tokens):
        kind, value, line = tokens[i]
        if kind == "id" and value.lower() == "subgraph":
            i += 1
            while i < len(tokens) and tokens[i][1] != "{":
                i += 1
            groups.append([""])
        elif value == "{" and kind == "punct":
            groups.append([""])
        elif value == "}" and kind == "punct":
            if groups:
                groups.pop()
        elif kind == "id" and value.lower() in {"node", "edge", "graph"}:
            if i + 1 < len(tokens) and tokens[i + 1][1] == "[":
                i = attrs(i + 1)[1] - 1
        elif kind == "id" and i + 2 < len(tokens) and tokens[i + 1][1] == "=":
            if value.lower() == "label" and groups:
                groups[-1][0] = " ".join(label_lines(tokens[i + 2][1], tokens[i + 2][0] == "html"))
            i += 2
        elif kind == "id":
            chain = [value]
            j = i + 1
            while j + 1 < len(tokens) and tokens[j][0] == "edge" and tokens[j + 1][0] == "id":
                chain.append(tokens[j + 1][1])
                j += 2
            found: dict[str, tuple[str, str]] = {}
            if j < len(tokens) and tokens[j][1] == "[":
                found, j = attrs(j)
            if len(chain) == 1:
                node(value, line, found)
            else:
                for above, member in zip(chain, chain[1:], strict=False):
                    managers.setdefault(member, above)
            i = j - 1
        i += 1
    _link_managers(nodes, managers)
    return [r for r in nodes.values() if len(r.fields) > 1]


# A governance document's membership section ("4. Membership", "## Members"), its numbered
# clauses ("4.1", "(a)") one member each, until the next section ("5. Quorum").
_MEMBERSHIP = re.compile(
    r"^(?:#{1,6}\s*)?(?:\d{1,2}[.)]?\s+)?(?:membership|members(?:hip)?\s+of\s+the\s+\w+|members|"
    r"composition)\s*:?$",
    re.I,
)
_CLAUSE = re.compile(r"^(?:\d{1,2}\.\d{1,2}[.)]?|\(?[a-z]\)|[a-z][.)])\s+(?P<body>\S.*)$")
_NEXT_SECTION = re.compile(r"^(?:#{1,6}\s*)?(?:\d{1,2}[.)]?\s+)?[A-Z][\w ,&'()-]{0,60}$")
_MOST_CARRIED = 3  # lines after a clause that still belong to its member's remit
# "The Head of People – recruitment, ...", "The Force Crime Registrar. Independent of ...": the
# post, then its remit after a dash or in the sentences after it
_MEMBER = re.compile(
    r"^(?:[Tt]he\s+)?(?P<name>[A-Z][^–—;:]{2,100}?)(?:\s*[–—]\s*|\s+-\s+|\.\s+|\.?$)(?P<rest>.*)$"
)
_ATTENDING = re.compile(
    r"\bin\s+attendance\b|\battend(?:s|ing)?\b.{0,30}\bwithout\s+a\s+vote\b", re.I
)
_CONSULTED = re.compile(r"\bconsulted\b|\bnot\s+members\b", re.I)


def _capitalised(name: str) -> bool:
    """Most of a name's words start with a capital ("Area Commander, Wendle and Fells")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) * 3 >= len(words) * 2


def _membership(lines: list[str]) -> list[OutlineRole]:
    """A terms of reference's "Membership" clauses, one member a clause: the members (core),
    those "in attendance" (extended) and those "consulted but not members" (consult only),
    each clause a post and its remit. A clause naming no post ("A member who cannot attend may
    send a deputy") is none."""
    from agent.context._extract import ROLE_WORDS

    roles: list[OutlineRole] = []
    inside = False
    involvement = "Core team"
    carried = 0  # lines a member's remit has gathered after its clause
    for i, raw in enumerate(lines):
        line = clean_inline(raw.strip().lstrip("#").strip()) if raw.strip() else ""
        if not line:
            continue
        if _MEMBERSHIP.match(line):
            inside, involvement = True, "Core team"
            continue
        if not inside:
            continue
        if _HEADING.match(raw.strip()):
            inside = False  # "## 5. Meetings (frequency and quorum)": the next section
            continue
        # (numbered clauses only: a bulleted membership list is a charter's, whose roster is
        # elsewhere in the folder, and would name the same posts in other words)
        clause = _CLAUSE.match(line)
        if clause is None:
            if _NEXT_SECTION.match(line):
                inside = False  # "5. Quorum": the next section
            elif roles and roles[-1].last >= i - 2 and carried < _MOST_CARRIED:
                roles[-1].fields["Remit"] = f"{roles[-1].fields.get('Remit', '')} {line}".strip()
                roles[-1].last = i
                carried += 1
            continue
        body = clause.group("body").strip()
        if body.endswith(":"):
            # "In attendance, without a vote:", "The following are consulted but are not members:"
            if _CONSULTED.search(body):
                involvement = "Consult only"
            elif _ATTENDING.search(body):
                involvement = "Extended team (in attendance)"
            continue
        member = _MEMBER.match(body)
        if member is None:
            continue
        # "The Chief Executive, who chairs.": the post, not the clause about it
        name = re.split(r",?\s+(?:who|which|as)\s+", member.group("name"))[0].strip(" ,")
        # a post by its words, or a title in capitals after "The" ("The Local Policing Area
        # Commander, Wendle and Fells"); not "A member who cannot attend ..."
        titled = body.startswith(("The ", "the ")) and _capitalised(name)
        if not (ROLE_WORDS.search(name) or titled) or len(name.split()) > 14:
            continue
        rest = member.group("rest").strip()
        fields = {"Role": name, "Involvement": involvement}
        if rest:
            fields["Remit"] = rest[:1].upper() + rest[1:]
        roles.append(OutlineRole(i, i, fields))
        carried = 0
    return roles


def section_heading(title: str) -> bool:
    """A role card's own section heading ("Purpose of the job", "Key accountabilities")."""
    return _section(title) is not None


def _section(title: str) -> str | None:
    """The record column a role card's sub-heading fills ("Accountabilities", "Purpose of the
    role"), or None when the heading is no such section."""
    column = _attribute(clean_inline(title).rstrip(": "))
    return column if column in {"Remit", "Reports to"} else None


def roster_outline(text: str) -> list[OutlineRole]:
    """The roles of a roster written as an outline, or [] when the text is not one."""
    lines = text.splitlines()
    for reader in (_mermaid, _dot, _nested_list, _role_cards, _org_chart, _membership):
        roles = reader(lines)
        if len(roles) >= LEAST:
            return roles
    return []


def role_profile(text: str) -> OutlineRole | None:
    """A file that is one role's profile: its first heading names the role, and the card under
    it states the role's manager or department ("# Head of People", "Reports to: ...",
    "Programme involvement: Core", "## Accountabilities"). None for anything else."""
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if _HEADING.match(line)), None)
    roles = _role_cards(lines)
    if first is None or len(roles) != 1 or roles[0].first != first:
        return None
    fields = roles[0].fields
    # (a profile places the role: whom it reports to or its department; a page's title over a
    # legend, "Team: who is involved" over "Core: ...", places nothing; and its heading names
    # a post, not a workstream's brief)
    from agent.context._extract import ROLE_WORDS

    placed = "Reports to" in fields or "Team" in fields
    title = fields["Role"]
    named = ":" not in title and (
        ROLE_WORDS.search(title) is not None or _NOT_A_POST.search(title) is None
    )
    return roles[0] if placed and named else None
