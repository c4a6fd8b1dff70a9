"""Microsoft Project XML (MSPDI), which MS Project, ProjectLibre and GanttProject open.

Element names and their order follow Microsoft's Project XML Data Interchange schema
(learn.microsoft.com/office-project/xml-data-interchange/project-xml-data-interchange-schema-reference):
a ``Project`` with a standard calendar, one summary task per phase (or layer, or vision)
holding its tasks, a zero-length milestone for each phase gate, ``PredecessorLink``
(finish-to-start) for every dependency, the owner roles as work resources with one
assignment per task. Each task starts no earlier than its roadmap week
(``ConstraintType`` 4), so the file opens on the deck's clock; durations are working
days (8-hour days, ``DurationFormat`` 7).
"""

from __future__ import annotations

from datetime import date
from xml.etree import ElementTree as ET

from ._items import Export, working_days
from ._text import detail_lines, plain_text

MEDIA_TYPE = "application/xml"
NS = "http://schemas.microsoft.com/project"
_PROJECT_NAME_MAX = 255
_TASK_NAME_MAX = 512


def _dt(day: date, hour: int) -> str:
    return f"{day.isoformat()}T{hour:02d}:00:00"


def _sub(parent: ET.Element, tag: str, text: object | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag)
    if text is not None:
        element.text = str(text)
    return element


def _calendar(project: ET.Element) -> None:
    calendars = _sub(project, "Calendars")
    calendar = _sub(calendars, "Calendar")
    _sub(calendar, "UID", 1)
    _sub(calendar, "Name", "Standard")
    _sub(calendar, "IsBaseCalendar", 1)
    weekdays = _sub(calendar, "WeekDays")
    for day_type in range(1, 8):  # 1 = Sunday ... 7 = Saturday
        weekday = _sub(weekdays, "WeekDay")
        _sub(weekday, "DayType", day_type)
        working = day_type not in (1, 7)
        _sub(weekday, "DayWorking", int(working))
        if working:
            times = _sub(weekday, "WorkingTimes")
            for start, end in (("08:00:00", "12:00:00"), ("13:00:00", "17:00:00")):
                slot = _sub(times, "WorkingTime")
                _sub(slot, "FromTime", start)
                _sub(slot, "ToTime", end)


def _task(
    tasks: ET.Element,
    uid: int,
    name: str,
    outline: str,
    start: date,
    finish: date,
    *,
    days: int,
    summary: bool = False,
    milestone: bool = False,
    notes: str | None = None,
    predecessors: list[int] | None = None,
) -> None:
    task = _sub(tasks, "Task")
    _sub(task, "UID", uid)
    _sub(task, "ID", uid)
    _sub(task, "Name", name[:_TASK_NAME_MAX])
    _sub(task, "Type", 1)  # fixed duration: the roadmap sets the weeks
    _sub(task, "IsNull", 0)
    _sub(task, "WBS", outline)
    _sub(task, "OutlineNumber", outline)
    _sub(task, "OutlineLevel", outline.count(".") + 1)
    _sub(task, "Priority", 500)
    _sub(task, "Start", _dt(start, 8))
    _sub(task, "Finish", _dt(finish, 8 if milestone else 17))
    _sub(task, "Duration", f"PT{0 if milestone else days * 8}H0M0S")
    _sub(task, "DurationFormat", 7)
    _sub(task, "Milestone", int(milestone))
    _sub(task, "Summary", int(summary))
    if not summary:
        _sub(task, "ConstraintType", 4)  # start no earlier than: the roadmap week
        _sub(task, "ConstraintDate", _dt(start, 8))
    if notes:
        _sub(task, "Notes", notes)
    for predecessor in predecessors or []:
        link = _sub(task, "PredecessorLink")
        _sub(link, "PredecessorUID", predecessor)
        _sub(link, "Type", 1)  # finish-to-start
        _sub(link, "LinkLag", 0)
        _sub(link, "LagFormat", 7)


def msproject_xml(export: Export) -> bytes:
    project = ET.Element("Project", {"xmlns": NS})
    starts = [i.start for i in export.items] + [m.start for m in export.milestones]
    dues = [i.due for i in export.items] + [m.due for m in export.milestones]
    start = min(starts, default=export.options.start)
    finish = max(dues, default=export.options.start)
    _sub(project, "SaveVersion", 14)
    _sub(project, "Name", f"{export.title[: _PROJECT_NAME_MAX - 4]}.xml")
    _sub(project, "Title", export.title[:512])
    _sub(project, "ScheduleFromStart", 1)
    _sub(project, "StartDate", _dt(start, 8))
    _sub(project, "FinishDate", _dt(finish, 17))
    _sub(project, "CalendarUID", 1)
    _sub(project, "DefaultStartTime", "08:00:00")
    _sub(project, "DefaultFinishTime", "17:00:00")
    _sub(project, "MinutesPerDay", 480)
    _sub(project, "MinutesPerWeek", 2400)
    _sub(project, "DaysPerMonth", 20)
    _calendar(project)

    tasks = _sub(project, "Tasks")
    titles = {i.external_id: i.title for i in export.items}
    uid_of: dict[str, int] = {}
    next_uid = 1
    # UIDs first, so a link can point at a task written later in the file.
    for epic in export.epics:
        uid_of[epic.external_id] = next_uid
        next_uid += 1
        for item in (i for i in export.items if i.epic is epic):
            uid_of[item.external_id] = next_uid
            next_uid += 1
    gates = {m.name: m for m in export.milestones}
    for n, epic in enumerate(export.epics, 1):
        members = [i for i in export.items if i.epic is epic]
        _task(
            tasks,
            uid_of[epic.external_id],
            epic.name,
            str(n),
            epic.start,
            epic.due,
            days=working_days(epic.start, epic.due),
            summary=True,
            notes=epic.summary,
        )
        for m, item in enumerate(members, 1):
            _task(
                tasks,
                uid_of[item.external_id],
                item.title,
                f"{n}.{m}",
                item.start,
                item.due,
                days=item.duration_days,
                notes="\n".join(detail_lines(item, plain_text, titles)),
                predecessors=[uid_of[d] for d in item.depends_on if d in uid_of],
            )
        gate = gates.get(epic.name)
        if gate is not None:
            uid_of[gate.external_id] = next_uid
            next_uid += 1
            _task(
                tasks,
                uid_of[gate.external_id],
                f"Gate: {gate.name}",
                f"{n}.{len(members) + 1}",
                gate.due,
                gate.due,
                days=0,
                milestone=True,
                notes=(f"Gate: {gate.gate}" if gate.gate else "Phase review")
                + f"\ngroundwork id: {gate.external_id}",
                predecessors=[uid_of[i.external_id] for i in members],
            )

    roles = sorted({i.owner_role for i in export.items})
    resources = _sub(project, "Resources")
    role_uid: dict[str, int] = {}
    for n, role in enumerate(roles, 1):
        resource = _sub(resources, "Resource")
        _sub(resource, "UID", n)
        _sub(resource, "ID", n)
        _sub(resource, "Name", role[:_TASK_NAME_MAX])
        _sub(resource, "Type", 1)  # work resource: a role, not a person
        role_uid[role] = n
    assignments = _sub(project, "Assignments")
    for n, item in enumerate(export.items, 1):
        assignment = _sub(assignments, "Assignment")
        _sub(assignment, "UID", n)
        _sub(assignment, "TaskUID", uid_of[item.external_id])
        _sub(assignment, "ResourceUID", role_uid[item.owner_role])
    ET.indent(project)
    return ET.tostring(project, encoding="utf-8", xml_declaration=True)
