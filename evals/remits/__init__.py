"""The labelled remit set and how the planner's owner choice scores on it.

Fourteen organizations' rosters (role, team, tier, responsibilities) and the deck lines a
practitioner assigned by remit: the Responsible role, other defensible ones, the Accountable
role, and the "lure" a word-overlap matcher would wrongly pick. How it was written:
``evals/remits/LABELLING.md``.

Stable API::

    from evals.remits import load_orgs, score

    orgs = load_orgs("dev")              # or "holdout"
    report = score("dev")                # the planner's own choice (commitments.task_owner)

``score`` returns a JSON-serialisable dict: ``n`` tasks, ``owner_match`` (the owner or an
acceptable role), ``owner_exact``, ``lure_rate`` (share of tasks with a lure that went to
it), ``accountable_match``, ``per_layer`` owner_match, and ``errors`` (task, label and
pick). The holdout report carries figures only, never its rows.

``python -m evals.remits [dev|holdout] [--json]`` prints the report.
"""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["SPLITS", "Chooser", "format_report", "load_orgs", "score"]

SPLITS = ("dev", "holdout")

# (task text, layer, org context) -> (responsible role name, accountable role name)
Chooser = Callable[[str, str, Any], tuple[str | None, str | None]]


def load_orgs(split: str = "dev") -> list[dict[str, Any]]:
    """The organizations of one split. ValueError when a label names no roster role."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: expected one of {', '.join(SPLITS)}")
    orgs: list[dict[str, Any]] = json.loads(
        Path(__file__).with_name(f"{split}.json").read_text(encoding="utf-8")
    )
    for org in orgs:
        names = {r["role"] for r in org["roster"]}
        for task in org["tasks"]:
            labelled = [task["owner"], task["accountable"], *task.get("acceptable", [])]
            unknown = [n for n in labelled if n not in names]
            if unknown:
                raise ValueError(f"{task['id']}: not in the roster: {', '.join(unknown)}")
    return orgs


def _context(org: dict[str, Any], folder: Path) -> Any:
    """The org as the planner reads it: its roster as a CSV in an org folder."""
    from agent.context import load_context

    people = folder / "people"
    people.mkdir(parents=True)
    with (people / "roster.csv").open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Role", "Team", "Tier", "Responsibilities"])
        for r in org["roster"]:
            out.writerow([r["role"], r["team"], r["tier"], r["responsibilities"]])
    return load_context(folder)


def planner_choice(tasks: list[dict[str, Any]], ctx: Any) -> list[tuple[str | None, str | None]]:
    """(Responsible, Accountable) per task, as the planner gives them to a deck's lines."""
    from agent.planning import raci
    from agent.planning.commitments import task_owner

    owners = [task_owner(t["text"], t["layer"], ctx) for t in tasks]
    records: list[Any] = [
        {
            "id": t["id"],
            "title": t["text"],
            "quote": t["text"],
            "layer": t["layer"],
            "owner_role": o.name if o else "",
        }
        for t, o in zip(tasks, owners, strict=True)
    ]
    chosen = raci.accountables(records, ctx)
    return [
        (o.name if o else None, (chosen.get(t["id"]) or None) and chosen[t["id"]].name)
        for t, o in zip(tasks, owners, strict=True)
    ]


def score(
    split: str = "dev",
    chooser: Callable[[list[dict[str, Any]], Any], list[tuple[str | None, str | None]]]
    | None = None,
) -> dict[str, Any]:
    choose = chooser or planner_choice
    n = exact = match = lured = lures = acc = 0
    per_layer: dict[str, list[int]] = {}
    errors: list[dict[str, Any]] = []
    for org in load_orgs(split):
        with tempfile.TemporaryDirectory(prefix="gw-remits-") as tmp:
            ctx = _context(org, Path(tmp))
            picks = choose(org["tasks"], ctx)
        for task, (owner, accountable) in zip(org["tasks"], picks, strict=True):
            n += 1
            ok = owner == task["owner"] or owner in task.get("acceptable", [])
            exact += owner == task["owner"]
            match += ok
            if task.get("lure"):
                lures += 1
                lured += owner == task["lure"]
            acc += accountable == task["accountable"]
            per_layer.setdefault(task["layer"], [0, 0])
            per_layer[task["layer"]][0] += ok
            per_layer[task["layer"]][1] += 1
            if not ok and split != "holdout":
                errors.append(
                    {
                        "id": task["id"],
                        "text": task["text"],
                        "owner": task["owner"],
                        "picked": owner,
                        "lure": task.get("lure"),
                    }
                )
    return {
        "split": split,
        "n": n,
        "owner_match": round(match / n, 4) if n else 0.0,
        "owner_exact": round(exact / n, 4) if n else 0.0,
        "lure_rate": round(lured / lures, 4) if lures else 0.0,
        "accountable_match": round(acc / n, 4) if n else 0.0,
        "per_layer": {k: round(v[0] / v[1], 4) for k, v in sorted(per_layer.items())},
        "errors": errors,
    }


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"remits ({report['split']}): n={report['n']}  owner match {report['owner_match']:.3f}"
        f"  exact {report['owner_exact']:.3f}  lured {report['lure_rate']:.3f}"
        f"  accountable {report['accountable_match']:.3f}",
        "  owner match by layer: "
        + ", ".join(f"{k} {v:.2f}" for k, v in report["per_layer"].items()),
    ]
    for e in report["errors"]:
        lure = " (the lure)" if e["picked"] and e["picked"] == e["lure"] else ""
        lines.append(f"  {e['id']}: {e['picked']}{lure}, not {e['owner']}: {e['text']}")
    return "\n".join(lines)
