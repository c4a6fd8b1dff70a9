"""``python -m evals.remits.agreement [dev|dev2|holdout]``: how far two labellers agree.

``evals/remits/second/<split>.json`` holds a second practitioner's labels for the same tasks
(owner, acceptable owners, Accountable), made from the rosters and task texts alone, without
the first labels (LABELLING.md, "Second labeller"). Printed per split: the second labeller
scored by the first one's labels, exactly as the planner is (the ceiling the planner's remit
match can be read against), and the planner scored by the second labeller's labels.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

from evals.remits import SPLITS, Pick, format_report, load_orgs, score

SECOND = Path(__file__).with_name("second")


def second_labels(split: str) -> dict[str, dict[str, Any]]:
    rows = json.loads((SECOND / f"{split}.json").read_text(encoding="utf-8"))
    return {row["id"]: row for row in rows}


def second_choice(split: str) -> Any:
    """The second labeller's picks as a chooser: its owner and Accountable, nobody consulted."""
    labels = second_labels(split)

    def choose(tasks: list[dict[str, Any]], _ctx: Any) -> list[Pick]:
        return [(labels[t["id"]]["owner"], labels[t["id"]]["accountable"], []) for t in tasks]

    return choose


def relabelled(split: str) -> list[dict[str, Any]]:
    """The split's organizations with the second labeller's labels in place of the first's."""
    labels = second_labels(split)
    orgs = copy.deepcopy(load_orgs(split))
    for org in orgs:
        for task in org["tasks"]:
            row = labels[task["id"]]
            task.update(
                owner=row["owner"],
                acceptable=list(row.get("acceptable", [])),
                accountable=row["accountable"],
                lure=None,
            )
    return orgs


def main(argv: list[str]) -> None:
    for split in argv or SPLITS:
        human = score(split, second_choice(split))
        print(
            f"second labeller, scored by the first's labels: {format_report(human).splitlines()[0]}"
        )
        planner = score(split, orgs=relabelled(split))
        planner["errors"] = []
        print(f"planner, scored by the second labeller's: {format_report(planner).splitlines()[0]}")


if __name__ == "__main__":
    main(sys.argv[1:])
