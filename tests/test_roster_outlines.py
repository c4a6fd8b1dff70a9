"""Rosters written as outlines, not tables: a nested list (department, role, its attributes),
role cards (a heading per role over "**Key:** value" lines) and a text org chart (a line per
role with its tier in brackets, its duties under it, its manager the role it hangs from).
Every role is read with its tier, team, remit and manager. Made-up wording (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.context._documents import read_document
from agent.context._extract import extract_facts
from schemas.context import Role

NESTED = """# Who is who

Involvement is core, extended or consult.

- Leadership
  - Managing Director
    - Involvement: core
    - Remit: sponsor of the programme; chairs the monthly review
  - Finance Director
    - Involvement: core
    - Remit: budgets and grant bids
- Depots
  - Depot Manager, North
    - Involvement: extended
    - Remit: the north depot's crews and vans
  - Drivers' Union Rep
    - Involvement: consult
    - Remit: speaks for the drivers
"""

CARDS = """# Role cards

## Executive

### Chief Executive
**Involvement:** Core
**Remit:** Chairs the executive committee, which takes every gate.
**Reports to:** the Board

### Head of Pipes
**Involvement:** Core
**Remit:** Mains renewal and the leak teams.
**Reports to:** Chief Executive

## Support

### Procurement Manager
**Involvement:** Support
**Remit:** Tenders and frameworks.
**Reports to:** (shared service)
"""

CHART = """RIVERDALE SCHOOLS: programme org chart

Key:  [Core team]  leads work
      [Wider team] kept in the loop

Chief Executive [Core team]
|     Sponsor of the plan; chairs the delivery group
|
+-- Director of Learning [Core team]
|   |     Curriculum and assessment in every school
|   |
|   +-- Reading Lead [Core team]
|             Phonics and early reading
|
+-- Data Officer [Wider team]
          Census returns and attendance data

Consulted (outside the line structure)

    Union District Secretary [Consulted]
          Speaks for teachers
"""


def _roles(name: str, text: str) -> tuple[list[Role], list[str]]:
    data = text.encode()
    facts = extract_facts(read_document(Path(name), name, data, max_bytes=len(data) + 1))
    return facts.roles, facts.warnings


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "who-is-who.md",
            NESTED,
            {
                "Managing Director": ("core", "Leadership", None),
                "Finance Director": ("core", "Leadership", None),
                "Depot Manager, North": ("extended", "Depots", None),
                "Drivers' Union Rep": ("extended", "Depots", None),
            },
        ),
        (
            "role-cards.md",
            CARDS,
            {
                "Chief Executive": ("core", "Executive", "the Board"),
                "Head of Pipes": ("core", "Executive", "Chief Executive"),
                "Procurement Manager": ("extended", "Support", None),
            },
        ),
        (
            "org-chart.txt",
            CHART,
            {
                "Chief Executive": ("core", None, None),
                "Director of Learning": ("core", None, "Chief Executive"),
                "Reading Lead": ("core", None, "Director of Learning"),
                "Data Officer": ("extended", None, "Chief Executive"),
                "Union District Secretary": ("extended", None, None),
            },
        ),
    ],
)
def test_every_role_of_an_outline_roster_is_read(
    name: str, text: str, expected: dict[str, tuple[str, str | None, str | None]]
) -> None:
    roles, warnings = _roles(name, text)
    got = {r.name: (r.tier, r.team, r.reports_to) for r in roles}
    assert got == expected, got
    assert warnings == []
    assert all(r.responsibilities for r in roles)  # each keeps its remit


def test_a_chart_role_keeps_every_line_of_its_duties() -> None:
    roles, _ = _roles("org-chart.txt", CHART)
    ceo = next(r for r in roles if r.name == "Chief Executive")
    assert "chairs the delivery group" in " ".join(ceo.responsibilities)
