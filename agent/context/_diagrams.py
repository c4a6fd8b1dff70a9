"""An org chart drawn in diagrams.net (draw.io) and saved as a ``.drawio`` file: one row per
box, read as a directory export's rows are.

diagrams.net keeps each page as a ``<diagram>``: its ``mxGraphModel`` inline, or compressed
(the XML URL-encoded, raw-deflated, then base64). A box is an ``mxCell`` with ``vertex="1"``
whose ``value`` is its label, HTML when the style says ``html=1``: "<b>Head of Donor
Experience</b><br>Donor Services<br><i>Core team</i><br>Remit: the donor app ...". The first
line is the post; a line that names a tier is its involvement, a labelled line its own column,
another short line its team; a box drawn inside a swimlane container is in that team. A
container, a connector, a free text box (a legend, "Draft v3 - for Board") and a key of tiers
are no posts: each box left out is named in a warning. A page named as an old or superseded
chart ("Old structure 2027") is not read, and a warning says so.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import urllib.parse
import zipfile
import zlib
from typing import Any

from agent.context._lexicon import TEAM_COLUMNS, normalize_header, parse_tier
from agent.errors import CorruptFileError, EncryptedFileError, NoTextError

_MAX_INFLATED = 20_000_000  # the file's compressed pages are inflated to this many bytes at most
_MAX_BOXES = 5_000
# a page kept for the record, not the structure in force ("Old structure 2027", "Previous
# chart", "Archive"); "Old Town depot" is a place
_OLD_PAGE = re.compile(
    r"^(?:(?:old|previous|former|outdated|legacy)\s+(?:structure|chart|org(?:anisation|anization)?"
    r"(?:\s+chart)?|team|version|layout)\b|(?:archived?|superseded|obsolete|as\s+was|draft)\b)"
    r"|\b(?:superseded|obsolete|archived|as\s+was)\b",
    re.I,
)
_BREAK = re.compile(r"<\s*br\s*/?\s*>|</\s*(?:div|p|li|h[1-6])\s*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_LABELLED = re.compile(r"^([A-Z][A-Za-z' /-]{1,30}):\s+(\S.*)$")
_KEY = re.compile(r"^(?:legend|key|notes?)\s*:?$", re.I)


def _inflate(text: str, rel: str, budget: int) -> bytes:
    """A compressed page's XML: base64, raw deflate, then URL-encoding, undone in turn; at most
    ``budget`` bytes inflated."""
    try:
        raw = base64.b64decode("".join(text.split()), validate=True)
        inflater = zlib.decompressobj(-15)
        data = inflater.decompress(raw, max(budget, 1))
    except (binascii.Error, zlib.error, ValueError) as exc:
        raise CorruptFileError(rel, f"damaged diagrams.net page ({exc})") from None
    if inflater.unconsumed_tail:
        raise CorruptFileError(rel, "diagrams.net pages too large when inflated")
    return urllib.parse.unquote(data.decode("utf-8", errors="replace")).encode("utf-8")


def _parse(data: bytes, rel: str, what: str = "diagrams.net file") -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise CorruptFileError(rel, f"not a readable {what} ({exc.msg})") from None


def label_lines(value: str, is_html: bool) -> list[str]:
    """A label's lines, tags dropped and entities read."""
    text = _TAG.sub("", _BREAK.sub("\n", value)) if is_html else value
    return [" ".join(html.unescape(line).split()) for line in text.splitlines() if line.strip()]


def _model(diagram: Any, rel: str, budget: list[int]) -> Any:
    model = diagram.find("mxGraphModel")
    if model is not None:
        return model
    text = (diagram.text or "").strip()
    if not text:
        return None
    data = _inflate(text, rel, budget[0])
    budget[0] -= len(data)
    return _parse(data, rel)


def read_drawio(data: bytes, rel: str) -> tuple[list[tuple[int, list[str]]], list[str]]:
    """The chart's boxes as rows, each with its box's number (the header first, numbered 0),
    and a warning naming each box and each page left out."""
    root = _parse(data, rel)
    diagrams = [root] if root.tag == "mxGraphModel" else list(root.iter("diagram"))
    if not diagrams:
        raise NoTextError(rel, "no diagram pages")
    labels: list[str] = []
    rows: list[tuple[int, dict[str, str]]] = []
    warnings: list[str] = []
    number = 0
    budget = [_MAX_INFLATED]
    names = [d.get("name") or f"page {n}" for n, d in enumerate(diagrams, 1)]
    old = _old_pages(names)
    for page, (diagram, name) in enumerate(zip(diagrams, names, strict=True), 1):
        if old[page - 1]:
            warnings.append(f"{rel}, page {page} ('{name}'): not read (an old or draft chart)")
            continue
        if number >= _MAX_BOXES:
            warnings.append(f"{rel}, page {page} ('{name}'): not read (over {_MAX_BOXES} boxes)")
            continue
        model = _model(diagram, rel, budget)
        if model is None:
            continue
        cells = {c.get("id"): c for c in model.iter("mxCell")}
        edges = {i for i, c in cells.items() if c.get("edge") == "1"}
        # a lane holds boxes that are posts; a post box may hold its photo or an icon
        holders = {
            c.get("parent")
            for c in cells.values()
            if c.get("vertex") == "1" and label_lines(c.get("value") or "", True)
        }
        for cell in cells.values():
            if cell.get("vertex") != "1" or number >= _MAX_BOXES:
                continue
            style = cell.get("style") or ""
            lines = label_lines(cell.get("value") or "", "html=1" in style)
            if not lines or cell.get("parent") in edges or "edgeLabel" in style:
                continue  # an unlabelled shape, or a connector's label ("dotted line")
            number += 1
            container = "swimlane" in style or "container=1" in style or cell.get("id") in holders
            tiers = [line for line in lines if parse_tier(line)]
            if container:
                continue  # a team's lane: its name is its boxes' team
            if (
                style.startswith("text;")
                or _KEY.match(lines[0])
                or len(tiers) == len(lines)
                or len(lines) == 1
                and len(lines[0].split()) > 8
            ):
                warnings.append(f"{rel}, box {number} ('{lines[0][:60]}'): not read as a role")
                continue
            parent = cells.get(cell.get("parent"))
            lane = label_lines(parent.get("value") or "", True) if parent is not None else []
            row = {"Role": lines[0]}
            for line in lines[1:]:
                labelled = _LABELLED.match(line)
                if labelled:
                    key, text = labelled.group(1).strip(), labelled.group(2).strip()
                elif parse_tier(line) and "Involvement" not in row:
                    key, text = "Involvement", line
                elif "Team" not in row and len(line.split()) <= 6:
                    key, text = "Team", line
                else:
                    key, text = "Notes", line
                row[key] = f"{row[key]}; {text}" if row.get(key) else text
                if key not in labels:
                    labels.append(key)
            # the lane the box is drawn in: its team, or its tier ("Consulted")
            if lane and parse_tier(lane[0]):
                row.setdefault("Involvement", lane[0])
            elif lane:
                row.setdefault("Team", lane[0])
            labels.extend(k for k in ("Team", "Involvement") if k in row and k not in labels)
            rows.append((number, row))
    if not rows:
        raise NoTextError(rel, "no boxes that name a post")
    return _table(rows, labels), warnings


def _old_pages(names: list[str]) -> list[bool]:
    """Per page, whether its name marks an old or draft chart; when every page is so marked,
    none is the structure in force, so all are read."""
    old = [len(names) > 1 and bool(_OLD_PAGE.search(name)) for name in names]
    return [False] * len(names) if all(old) else old


def _table(
    rows: list[tuple[int, dict[str, str]]], labels: list[str]
) -> list[tuple[int, list[str]]]:
    """The posts as a table: the header ("Role" and the labels, numbered 0), then a row per
    post under its box's number."""
    header = ["Role", *labels]
    return [(0, header), *((n, [row.get(h, "") for h in header]) for n, row in rows)]


# --------------------------------------------------------------------- Visio (.vsdx)

_VISIO = "{http://schemas.microsoft.com/office/visio/2012/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_VSDX_MAX_BYTES = 50_000_000  # the archive's parts, inflated, at most this many bytes
# Masters that draw no post: a connector, a vacancy ("post not filled", named in a warning),
# the chart's title, a legend or a picture.
_NO_POST_MASTER = re.compile(
    r"connector|line|arrow|vacan|title|legend|key|text|picture|photo|frame|callout|team\s+frame",
    re.I,
)
_TITLE_FIELDS = ("title", "position", "job title", "role", "post")


def read_vsdx(data: bytes, rel: str) -> tuple[list[tuple[int, list[str]]], list[str]]:
    """An org chart drawn in Visio (its Organization Chart template, or any shapes): one row
    per post box, its title from the shape's data ("Title", "Position") or its text's first
    line, and the rest of its data (Department, Tier, Remit, Name) as columns. Connectors,
    vacancies, the chart's title, a legend and free text are no posts, each named in a
    warning; a page named as an old or draft chart is not read."""
    from extractors.detect import open_zip

    with open_zip(rel, data, _VSDX_MAX_BYTES) as archive:
        names = set(archive.namelist())

        def part(name: str) -> Any:
            if name not in names:
                return None
            try:
                data = archive.read(name)
            except RuntimeError:  # an entry encrypted with a password
                raise EncryptedFileError(rel, "encrypted Visio drawing") from None
            except (
                zipfile.BadZipFile,
                zlib.error,
                EOFError,
                ValueError,
                NotImplementedError,
            ) as exc:
                raise CorruptFileError(rel, f"damaged Visio archive ({exc})") from None
            return _parse(data, rel, what="Visio drawing")

        pages = part("visio/pages/pages.xml")
        if pages is None:
            raise NoTextError(rel, "not a Visio drawing (no visio/pages/pages.xml)")
        targets = _targets(part("visio/pages/_rels/pages.xml.rels"), "visio/pages/")
        listing = part("visio/masters/masters.xml")
        masters = {
            m.get("ID"): m.get("NameU") or m.get("Name") or ""
            for m in (listing.iter(f"{_VISIO}Master") if listing is not None else ())
        }
        listed = [
            (p.get("Name") or p.get("NameU") or f"page {n}", targets.get(_rel_id(p) or ""))
            for n, p in enumerate(pages.iter(f"{_VISIO}Page"), 1)
            if p.get("Background") != "1"
        ]
        old = _old_pages([name for name, _ in listed])
        warnings: list[str] = []
        labels: list[str] = []
        rows: list[tuple[int, dict[str, str]]] = []
        number = 0
        for page, ((name, target), skip) in enumerate(zip(listed, old, strict=True), 1):
            if skip:
                warnings.append(f"{rel}, page {page} ('{name}'): not read (an old or draft chart)")
                continue
            content = part(target) if target else None
            if content is None:
                continue
            for shape in content.iter(f"{_VISIO}Shape"):
                if number >= _MAX_BOXES:
                    warnings.append(
                        f"{rel}, page {page} ('{name}'): not read past {_MAX_BOXES} shapes"
                    )
                    break
                if _is_connector(shape):
                    continue  # a line is no box
                fields = _shape_data(shape)
                lines = _text_lines(shape)
                if shape.get("Type") == "Group" and not (shape.get("Master") or fields or lines):
                    continue  # a plain group: its shapes are read one by one
                title = next((fields[k] for k in fields if k.lower() in _TITLE_FIELDS), "")
                title = title or (lines[0] if lines else "")
                if not title:
                    continue
                number += 1
                master = masters.get(shape.get("Master") or "", "") or shape.get("NameU") or ""
                if (
                    _NO_POST_MASTER.search(master)
                    or _KEY.match(lines[0] if lines else title)
                    # a shape of no master and no data: a post only as a short label
                    or not master
                    and not fields
                    and (len(lines) > 2 or len(title.split()) > 8)
                ):
                    what = "a vacancy" if re.search(r"vacan", master, re.I) else "not a post"
                    warnings.append(
                        f"{rel}, box {number} ('{title[:60]}'): not read as a role ({what})"
                    )
                    continue
                row = {"Role": title}
                for key, value in fields.items():
                    if key.lower() in _TITLE_FIELDS or not value:
                        continue
                    row[key] = value
                    if key not in labels:
                        labels.append(key)
                if not fields and len(lines) > 1 and title == lines[0]:
                    # no data behind the box: its text's second line is its team ("Shops"),
                    # under the chart's own team field where other boxes have one
                    row[_TEXT_TEAM] = lines[1]
                rows.append((number, row))
    if not rows:
        raise NoTextError(rel, "no shapes that name a post")
    team = next((k for k in labels if normalize_header(k) in TEAM_COLUMNS), "Team")
    for _, row in rows:
        if _TEXT_TEAM in row:
            row.setdefault(team, row.pop(_TEXT_TEAM))
            labels.extend([team] if team not in labels else [])
    return _table(rows, labels), warnings


_TEXT_TEAM = "\0team"  # a key no shape's data can have


def _rel_id(element: Any) -> str | None:
    rel = element.find(f"{_VISIO}Rel")
    return rel.get(_REL) if rel is not None else None


def _targets(rels: Any, base: str) -> dict[str, str]:
    """A relationships part's ids and the parts they point to, inside ``base``."""
    if rels is None:
        return {}
    out = {}
    for r in rels:
        target = (r.get("Target") or "").lstrip("/")
        if target and not target.startswith("visio/"):
            target = base + target
        out[r.get("Id") or ""] = target
    return out


def _is_connector(shape: Any) -> bool:
    """A 1-D shape (a reporting line): it has a begin and an end, not a box."""
    return any(c.get("N") in ("BeginX", "EndX") for c in shape.findall(f"{_VISIO}Cell")) or bool(
        re.search(r"connector", shape.get("NameU") or "", re.I)
    )


def _shape_data(shape: Any) -> dict[str, str]:
    """The shape's data fields (its Property section), by label, those with a value."""
    fields: dict[str, str] = {}
    for section in shape.findall(f"{_VISIO}Section"):
        if section.get("N") != "Property":
            continue
        for row in section.findall(f"{_VISIO}Row"):
            cells = {c.get("N"): c.get("V") or "" for c in row.findall(f"{_VISIO}Cell")}
            key = " ".join((cells.get("Label") or row.get("N") or "").split())
            value = " ".join(cells.get("Value", "").split())
            if key and value and cells.get("Invisible") != "1":
                fields[key] = value
    return fields


def _text_lines(shape: Any) -> list[str]:
    text = shape.find(f"{_VISIO}Text")
    if text is None:
        return []
    return [
        " ".join(line.split()) for line in "".join(text.itertext()).splitlines() if line.strip()
    ]
