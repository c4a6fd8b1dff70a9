"""Consistency checks of the dev15 case ``marlow-vale-homes`` against its own deck and org folder.

Run from the repository root:  .venv/bin/python evals/dev15/check_marlow_vale_homes.py
(``--dump`` prints the deck lines the gold was read from; ``--org`` adds the org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
with ``build_marlow_vale_homes.py`` as the builder, "core" the only core tier and "consult
only" the only consult tier. What is this case's own: the roster, the Word table in
``org/people/roles-and-accountabilities.docx`` whose header row holds "Role" and "Programme
involvement" (Core / Supporting / Consult only), one role per row, in table order.

It never runs the planner.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev15._checks import Case, run  # noqa: E402


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, involvement) from the Word table in org/people/roles-and-accountabilities.docx."""
    path = org / "people" / "roles-and-accountabilities.docx"
    if not path.is_file():
        return []
    for tab in Document(str(path)).tables:
        head = [c.text.strip() for c in tab.rows[0].cells]
        if "Role" in head and "Programme involvement" in head:
            role, tier = head.index("Role"), head.index("Programme involvement")
            return [
                (row.cells[role].text.strip(), row.cells[tier].text.strip().lower())
                for row in tab.rows[1:]
                if row.cells[role].text.strip()
            ]
    return []


CASE = Case(
    name="marlow-vale-homes",
    builder="build_marlow_vale_homes.py",
    roster=roster,
    core=frozenset({"core"}),
    consult=frozenset({"consult only"}),
)

if __name__ == "__main__":
    sys.exit(run(CASE))
