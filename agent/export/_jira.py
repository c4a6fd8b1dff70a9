"""Jira: a CSV for Jira Cloud's CSV importer (System > External System Import > CSV).

Shape, from Atlassian's "Import data from a CSV file" and "CSV import parent-child
mapping" pages (support.atlassian.com/jira-cloud-administration/docs/import-data-from-a-csv-file/,
confluence.atlassian.com/jirakb/csv-import-parent-child-mapping-1096095688.html):

- a header row with a ``Summary`` column; every row has every comma;
- ``Issue Id`` numbers each row so other rows can point at it: ``Parent`` holds the Issue Id
  of the task's epic (Jira Cloud replaced Epic Link/Epic Name with Parent in 2024; ``Epic
  Name`` is kept for Data Center), and epics come first in the file, as that page asks;
- a multi-valued field repeats its column: several ``Labels`` columns, several ``Blocks``
  columns (map them to the link type "Blocks": this row blocks the rows named);
- dates in one format, given to the wizard: ``yyyy-MM-dd``.

Re-import: the stable ``External ID`` (also a label) names every row. Pass a CSV that Jira
exported from the project (``--jira-keys``) and the rows Jira already has get their
``Issue Key``, which makes the importer update those issues instead of creating new ones.
"""

from __future__ import annotations

import csv
import io
import re

from agent.errors import InputError
from agent.render import slugify

from ._items import Export, Item
from ._text import detail_lines, jira_text, write_csv

DATE_FORMAT = "yyyy-MM-dd"  # type this in the wizard's "Date format" step
MEDIA_TYPE = "text/csv; charset=utf-8"


def _labels(item: Item) -> list[str]:
    # Jira labels cannot hold spaces: slugs only.
    labels = [
        "groundwork",
        item.layer,
        item.horizon,
        "role-" + slugify(item.owner_role),
        item.external_id,
    ]
    if item.pilot:
        labels.append("pilot")
    if item.origin == "deck":
        labels.append("from-deck")
    return labels


def _description(export: Export, item: Item) -> str:
    titles = {i.external_id: i.title for i in export.items}
    return "\n".join(detail_lines(item, jira_text, titles))


def jira_csv(export: Export, issue_keys: dict[str, str] | None = None) -> str:
    """The Jira CSV; ``issue_keys`` (external id -> Jira key) fills ``Issue Key`` to update."""
    issue_keys = issue_keys or {}
    number: dict[str, int] = {}
    for n, epic in enumerate(export.epics, 1):
        number[epic.external_id] = n
    for n, item in enumerate(export.items, len(export.epics) + 1):
        number[item.external_id] = n
    blocks: dict[str, list[int]] = {item.external_id: [] for item in export.items}
    for item in export.items:
        for dep in item.depends_on:
            blocks.setdefault(dep, []).append(number[item.external_id])

    rows: list[dict[str, object]] = []
    for epic in export.epics:
        rows.append(
            {
                "Issue Id": number[epic.external_id],
                "Issue Type": "Epic",
                "Summary": epic.name[:255],
                "Epic Name": epic.name[:255],
                "Description": jira_text(epic.summary),
                "Labels": ["groundwork", epic.external_id],
                "Start Date": epic.start.isoformat(),
                "Due Date": epic.due.isoformat(),
                "External ID": epic.external_id,
                "Issue Key": issue_keys.get(epic.external_id, ""),
                "Blocks": [],
            }
        )
    for item in export.items:
        rows.append(
            {
                "Issue Id": number[item.external_id],
                "Issue Type": "Task",
                "Summary": item.title[:255],  # Jira's summary limit
                "Parent": number[item.epic.external_id],
                "Description": _description(export, item),
                "Labels": _labels(item),
                "Start Date": item.start.isoformat(),
                "Due Date": item.due.isoformat(),
                "External ID": item.external_id,
                "Issue Key": issue_keys.get(item.external_id, ""),
                "Blocks": blocks.get(item.external_id, []),
            }
        )
    n_labels = max((len(r["Labels"]) for r in rows), default=1)  # type: ignore[arg-type]
    n_blocks = max([1, *(len(r["Blocks"]) for r in rows)])  # type: ignore[arg-type]
    single = ["Issue Id", "Issue Type", "Summary", "Description", "Epic Name", "Parent"]
    tail = ["Start Date", "Due Date", "External ID"] + (["Issue Key"] if issue_keys else [])
    header = single + ["Labels"] * n_labels + tail + ["Blocks"] * n_blocks

    def cells(row: dict[str, object]) -> list[object]:
        labels = list(row["Labels"])  # type: ignore[call-overload]
        links = list(row["Blocks"])  # type: ignore[call-overload]
        return (
            [row.get(name, "") for name in single]
            + labels
            + [""] * (n_labels - len(labels))
            + [row.get(name, "") for name in tail]
            + links
            + [""] * (n_blocks - len(links))
        )

    return write_csv(header, (cells(row) for row in rows))


_KEY = re.compile(r"^[A-Z][A-Z0-9_]+-\d+$")


def read_jira_keys(text: str, name: str = "jira export", prefix: str = "gw") -> dict[str, str]:
    """External id -> Jira issue key, from a CSV Jira exported ("Issue key" column).

    The external id is found in any cell that holds exactly one (the ``External ID``
    custom field, or a label), so the export needs no particular column set.
    """
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if not rows:
        raise InputError(name, "empty (expected a CSV exported from Jira)")
    header = [h.strip().lower() for h in rows[0]]
    if "issue key" not in header:
        raise InputError(name, 'no "Issue key" column (expected a CSV exported from Jira)')
    key_at = header.index("issue key")
    ours = re.compile(rf"^{re.escape(prefix)}-[a-z0-9_]+(-\d+)?$")
    found: dict[str, str] = {}
    for row in rows[1:]:
        if key_at >= len(row) or not _KEY.match(row[key_at].strip()):
            continue
        for value in row:
            value = value.strip().lstrip("'")
            if ours.match(value):
                found.setdefault(value, row[key_at].strip())
    return found
