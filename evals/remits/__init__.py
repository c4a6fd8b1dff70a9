"""The labelled remit set and how the planner's owner choice scores on it.

Fourteen organizations' rosters (role, team, tier, responsibilities) and the deck lines a
practitioner assigned by remit: the Responsible role, other defensible ones, the Accountable
role, and the "lure" a word-overlap matcher would wrongly pick. How it was written:
``evals/remits/LABELLING.md``.

Stable API::

    from evals.remits import load_orgs, score

    orgs = load_orgs("dev")              # or "holdout"
    report = score("dev")                # the planner's own choice (commitments.task_owner)

The method (DOMAIN.md) keeps extended-tier roles to Consulted and Informed, so a task whose
labelled owner is an extended-tier role is met when the planner consults that role (a core
role does the work); a task with a core owner is met when the planner's Responsible is the
owner or an acceptable role.

``score`` returns a JSON-serialisable dict: ``n`` tasks, ``remit_match`` (every task, by
the rule above), ``owner_match`` (tasks with a core owner), ``extended_reached`` (tasks with
an extended-tier owner), ``owner_exact``, ``lure_rate`` (share of tasks with a lure whose
Responsible is the lure), ``accountable_match``, ``per_layer`` remit_match, and ``errors``
(task, label and pick). The holdout report carries figures only, never its rows.

``python -m evals.remits [dev|dev2|holdout] [--json]`` prints the report.
"""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["SPLITS", "Chooser", "format_report", "load_orgs", "score"]

SPLITS = ("dev", "dev2", "holdout")

# (tasks, org context) -> (Responsible, Accountable, Consulted) per task
Pick = tuple[str | None, str | None, list[str]]
Chooser = Callable[[list[dict[str, Any]], Any], list[Pick]]


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


def planner_choice(tasks: list[dict[str, Any]], ctx: Any) -> list[Pick]:
    """(Responsible, Accountable, Consulted) per task, as the planner gives them to a deck's
    lines."""
    from agent.knowledge.remit import advisers
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
    picks: list[Pick] = []
    for t, o in zip(tasks, owners, strict=True):
        acc = chosen.get(t["id"])
        consulted = advisers(t["text"], ctx.roles, ctx.remits, exclude=(o.name if o else "",))
        picks.append(
            (o.name if o else None, acc.name if acc else None, [r.name for r in consulted])
        )
    return picks


def score(
    split: str = "dev", chooser: Chooser | None = None, orgs: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The chooser's picks against the split's labels (``orgs``: the same tasks labelled by
    someone else, evals/remits/agreement.py)."""
    choose = chooser or planner_choice
    n = exact = match = lured = lures = acc = 0
    core_n = core_ok = ext_n = ext_ok = 0
    per_layer: dict[str, list[int]] = {}
    errors: list[dict[str, Any]] = []
    for org in orgs if orgs is not None else load_orgs(split):
        with tempfile.TemporaryDirectory(prefix="gw-remits-") as tmp:
            ctx = _context(org, Path(tmp))
            picks = choose(org["tasks"], ctx)
        tiers = {r["role"]: r["tier"] for r in org["roster"]}
        for task, (owner, accountable, consulted) in zip(org["tasks"], picks, strict=True):
            n += 1
            if tiers[task["owner"]] == "extended":
                ok = task["owner"] == owner or task["owner"] in consulted
                ext_n += 1
                ext_ok += ok
            else:
                ok = owner == task["owner"] or owner in task.get("acceptable", [])
                core_n += 1
                core_ok += ok
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
                        "consulted": consulted,
                        "extended": tiers[task["owner"]] == "extended",
                        "lure": task.get("lure"),
                    }
                )
    return {
        "split": split,
        "n": n,
        "remit_match": round(match / n, 4) if n else 0.0,
        "owner_match": round(core_ok / core_n, 4) if core_n else 0.0,
        "extended_reached": round(ext_ok / ext_n, 4) if ext_n else 0.0,
        "owner_exact": round(exact / n, 4) if n else 0.0,
        "lure_rate": round(lured / lures, 4) if lures else 0.0,
        "accountable_match": round(acc / n, 4) if n else 0.0,
        "per_layer": {k: round(v[0] / v[1], 4) for k, v in sorted(per_layer.items())},
        "errors": errors,
    }


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"remits ({report['split']}): n={report['n']}  remit match {report['remit_match']:.3f}"
        f"  (core owners {report['owner_match']:.3f}, extended reached "
        f"{report['extended_reached']:.3f})  lured {report['lure_rate']:.3f}"
        f"  accountable {report['accountable_match']:.3f}",
        "  remit match by layer: "
        + ", ".join(f"{k} {v:.2f}" for k, v in report["per_layer"].items()),
    ]
    for e in report["errors"]:
        lure = " (the lure)" if e["picked"] and e["picked"] == e["lure"] else ""
        want = f"{e['owner']} (extended: R or C)" if e["extended"] else e["owner"]
        also = f" C {', '.join(e['consulted'])}" if e["consulted"] else ""
        lines.append(f"  {e['id']}: R {e['picked']}{lure}{also}; want {want}: {e['text']}")
    return "\n".join(lines)
