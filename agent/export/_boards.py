"""Asana, Linear and Trello: each one's own CSV layout.

- **Asana** (help.asana.com/hc/en-us/articles/14244171470491, "Preparing data for CSV
  import", and asana.com/guide/help/api/csv-importer): columns in the order the page
  gives, ``Name, Description, Section, Assignee, Collaborators, Start Date, Due Date``,
  dates ``MM/DD/YYYY``; ``Dependencies`` holds the names of the tasks a task waits on,
  comma-separated, and those tasks sit on earlier rows. Assignees are e-mail addresses,
  which a plan does not have: the owner role goes to an ``Owner role`` column (a custom
  field on paid plans; skip it on the free one) and into the description.
- **Linear** (linear.app/docs/import-issues): Linear's importer reads Linear's own CSV
  export, whose columns its importer declares (github.com/linear/linear-import,
  ``src/importers/linearCsv``): ``ID, Team, Title, Description, Status, Estimate,
  Priority, Project, Creator, Assignee, Labels, ..., Created, Updated, Started,
  Completed, Canceled, Archived``; Labels are ``", "``-separated, Priority one of
  ``No priority, Urgent, High, Medium, Low``, rows with ``Archived`` set are skipped.
- **Trello** has no CSV importer of its own that we could find documented; its CSV export
  (Premium) has ``Card ID, Card Name, Card URL, Card Description, Labels, Members, Due
  Date, List ID, List Name, Board Name, Archived``, with labels as ``name (color)``, and
  that is the layout Trello CSV-import Power-Ups and migration tools read. We write it,
  cards in lists named after the roadmap phases.

None of the three can update a task from a second CSV import: each row carries its stable
``groundwork id`` in the description so a re-import can be checked by hand.
"""

from __future__ import annotations

from ._items import Export, Item
from ._text import detail_lines, label_safe, markdown_text, plain_text, write_csv

MEDIA_TYPE = "text/csv; charset=utf-8"

ASANA_COLUMNS = (
    "Name",
    "Description",
    "Section",
    "Assignee",
    "Collaborators",
    "Start Date",
    "Due Date",
    "Dependencies",
    "Owner role",
    "groundwork id",
)


def _asana_names(export: Export) -> dict[str, str]:
    """Unique task names without commas (the Dependencies column splits on them)."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for item in export.items:
        name = item.title.replace(",", ";")[:250]
        if name in used:
            name = f"{name} ({item.external_id})"
        used.add(name)
        names[item.external_id] = name
    return names


def asana_csv(export: Export) -> str:
    names = _asana_names(export)
    titles = {i.external_id: i.title for i in export.items}
    rows = []
    for item in export.items:  # topological: what a task waits on is on an earlier row
        rows.append(
            [
                names[item.external_id],
                "\n".join(detail_lines(item, plain_text, titles)),
                item.epic.name,
                "",
                "",
                item.start.strftime("%m/%d/%Y"),
                item.due.strftime("%m/%d/%Y"),
                ",".join(names[d] for d in item.depends_on if d in names),
                item.owner_role,
                item.external_id,
            ]
        )
    return write_csv(ASANA_COLUMNS, rows)


LINEAR_COLUMNS = (
    "ID",
    "Team",
    "Title",
    "Description",
    "Status",
    "Estimate",
    "Priority",
    "Project",
    "Creator",
    "Assignee",
    "Labels",
    "Cycle Number",
    "Cycle Name",
    "Cycle Start",
    "Cycle End",
    "Created",
    "Updated",
    "Started",
    "Completed",
    "Canceled",
    "Archived",
    "Due Date",
)
LINEAR_PRIORITY = {"foundational": "High", "quick_win": "Medium", "aspirational": "Low"}


def _labels(item: Item) -> list[str]:
    labels = [item.layer_label, item.horizon_label, label_safe(item.owner_role)]
    if item.pilot:
        labels.append("Pilot")
    return [label for label in labels if label]


def linear_csv(export: Export) -> str:
    titles = {i.external_id: i.title for i in export.items}
    rows = []
    for item in export.items:
        values = {
            "ID": item.external_id,
            "Title": item.title,
            "Description": "\n\n".join(
                line for line in detail_lines(item, markdown_text, titles) if line
            ),
            "Status": "Todo",
            "Priority": LINEAR_PRIORITY.get(item.horizon, "No priority"),
            "Project": item.epic.name,
            "Labels": ", ".join(_labels(item)),
            "Due Date": item.due.isoformat(),
        }
        rows.append([values.get(column, "") for column in LINEAR_COLUMNS])
    return write_csv(LINEAR_COLUMNS, rows)


TRELLO_COLUMNS = (
    "Card ID",
    "Card Name",
    "Card URL",
    "Card Description",
    "Labels",
    "Members",
    "Start Date",
    "Due Date",
    "List ID",
    "List Name",
    "Board Name",
    "Archived",
)
# Trello's label colours: one per layer, so a board reads at a glance.
TRELLO_COLOURS = {
    "experience": "blue",
    "process_people": "green",
    "tech_data": "purple",
    "governance_measurement": "orange",
}


def trello_csv(export: Export) -> str:
    titles = {i.external_id: i.title for i in export.items}
    rows = []
    for item in export.items:
        labels = [f"{item.layer_label} ({TRELLO_COLOURS.get(item.layer, 'sky')})"]
        labels.append(f"{item.horizon_label} (yellow)")
        if item.pilot:
            labels.append("Pilot (red)")
        values = {
            "Card Name": item.title,
            "Card Description": "\n\n".join(
                line for line in detail_lines(item, markdown_text, titles) if line
            ),
            "Labels": ", ".join(labels),
            "Start Date": f"{item.start.isoformat()}T09:00:00.000Z",
            "Due Date": f"{item.due.isoformat()}T17:00:00.000Z",
            "List Name": item.epic.name,
            "Board Name": export.title,
            "Archived": "false",
        }
        rows.append([values.get(column, "") for column in TRELLO_COLUMNS])
    return write_csv(TRELLO_COLUMNS, rows)
