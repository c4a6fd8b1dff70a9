"""Calendar: an iCalendar file (RFC 5545) with the roadmap's phases, gates and pilot reviews.

Written with the ``icalendar`` package (escaping, line folding, CRLF). Every event is an
all-day event with a stable UID (``<groundwork id>@groundwork``): a calendar that
imports the file again after a re-plan updates the events it has instead of doubling them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from ._items import Export

MEDIA_TYPE = "text/calendar; charset=utf-8"
UID_DOMAIN = "groundwork"


def _event(
    uid: str, summary: str, day_from: object, day_to: object, description: str, stamp: datetime
) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("dtstart", day_from)
    event.add("dtend", day_to)  # exclusive, as RFC 5545 counts all-day events
    event.add("description", description)
    event.add("categories", ["groundwork"])
    return event


def calendar_ics(export: Export, now: datetime | None = None) -> bytes:
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", "-//groundwork//plan export//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"{export.title}: roadmap")
    day = timedelta(days=1)
    by_phase: dict[str, list[str]] = {}
    for item in export.items:
        if item.phase:
            by_phase.setdefault(item.phase, []).append(item.title)
    for milestone in export.milestones:
        tasks = by_phase.get(milestone.name, [])
        phase = _event(
            milestone.external_id,
            f"Phase: {milestone.name}",
            milestone.start,
            milestone.due + day,
            f"{milestone.weeks} of the roadmap, {len(tasks)} task(s).",
            stamp,
        )
        phase.add("transp", "TRANSPARENT")  # a span, not a meeting: leaves people free
        cal.add_component(phase)
        gate = milestone.gate or "Review the phase: are its tasks done as their 'done when' says?"
        where = f" ({milestone.gate_source})" if milestone.gate_source else ""
        listed = "\n".join(f"- {title}" for title in tasks[:40])
        cal.add_component(
            _event(
                f"{milestone.external_id}-gate",
                f"Gate: {milestone.name}",
                milestone.due,
                milestone.due + day,
                f"Gate{where}: {gate}" + (f"\n\nTasks in this phase:\n{listed}" if listed else ""),
                stamp,
            )
        )
    for item in export.items:
        if not item.pilot:
            continue
        cal.add_component(
            _event(
                f"{item.external_id}-review",
                f"Pilot review: {item.title}",
                item.due,
                item.due + day,
                f"Review the pilot before the broad rollout.\nDone when: {item.done_when}\n"
                f"Owner role: {item.owner_role}",
                stamp,
            )
        )
    return bytes(cal.to_ical())
