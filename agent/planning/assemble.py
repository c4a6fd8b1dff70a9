"""Merge per-vision decompositions into numbered tasks; shared keys become one task."""

from __future__ import annotations

from typing import Any

from agent.engines.base import Decomposition
from schemas.context import OrgContext
from schemas.plan import HORIZONS, LAYERS

LAYER_ORDER = list(LAYERS)
HORIZON_ORDER = list(HORIZONS)


def merge(
    drafts: list[dict[str, Any]], vision_order: list[str], org: OrgContext
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, str], list[str]]:
    """Return (tasks, gaps, layer_notes, warnings) from ``[{vision_id, decomposition}]``."""
    rank = {vid: i for i, vid in enumerate(vision_order)}
    drafts = sorted(drafts, key=lambda d: rank.get(d["vision_id"], len(rank)))
    by_key: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    gaps: list[dict[str, Any]] = []
    notes: dict[str, str] = {}
    warnings: list[str] = []
    seen_gaps: set[str] = set()
    for draft in drafts:
        vid = draft["vision_id"]
        dec = Decomposition.model_validate(draft["decomposition"])
        for layer, why in dec.layer_notes.items():
            notes[f"{vid}:{layer}"] = why
        for gap in dec.gaps:
            if gap.text not in seen_gaps:
                seen_gaps.add(gap.text)
                gaps.append(gap.model_dump())
        for task in dec.tasks:
            data = task.model_dump()
            if task.key in by_key:
                merged = by_key[task.key]
                for field in ("scenario_ids", "consulted", "depends_on"):
                    merged[field] += [x for x in data[field] if x not in merged[field]]
                merged["vision_ids"].append(vid) if vid not in merged["vision_ids"] else None
                refs = {(r["doc"], r.get("chunk")) for r in merged["context_refs"]}
                merged["context_refs"] += [
                    r for r in data["context_refs"] if (r["doc"], r.get("chunk")) not in refs
                ]
                continue
            data["vision_ids"] = [vid]
            by_key[task.key] = data
            order.append(task.key)

    def sort_key(key: str) -> tuple[int, int, int, int]:
        t = by_key[key]
        return (
            LAYER_ORDER.index(t["layer"]),
            HORIZON_ORDER.index(t["horizon"]),
            rank.get(t["vision_ids"][0], len(rank)),
            order.index(key),
        )

    ids = {key: f"T{i}" for i, key in enumerate(sorted(order, key=sort_key), start=1)}
    tasks: list[dict[str, Any]] = []
    for key in sorted(order, key=sort_key):
        t = by_key[key]
        deps = []
        for dep in t["depends_on"]:
            if dep in ids and ids[dep] != ids[key]:
                deps.append(ids[dep])
            elif dep not in ids:
                warnings.append(
                    f"{ids[key]} ({t['title']}): dependency '{dep}' is not a task in this plan; dropped"
                )
        cited = [r for r in t["context_refs"] if r.get("doc")]
        tasks.append(
            {
                "id": ids[key],
                "key": key,
                "title": t["title"],
                "description": t["description"],
                "layer": t["layer"],
                "owner_role": t["owner_role"].strip(),
                "horizon": t["horizon"],
                "vision_ids": t["vision_ids"],
                "scenario_ids": t["scenario_ids"],
                "depends_on": sorted(set(deps), key=lambda x: int(x[1:])),
                "done_when": t["done_when"],
                "context_refs": cited,
                "consulted": t["consulted"],
                "pilot": t["pilot"],
            }
        )
    return tasks, gaps, notes, warnings


FOUNDATIONAL_CAPABILITIES = frozenset(
    {"identity", "consent", "experimentation", "realtime", "cdp", "data_quality"}
)
_CAPABILITY_LAYER = {
    "experimentation": "governance_measurement",
    "measurement": "governance_measurement",
    "analytics": "governance_measurement",
    "content": "experience",
    "cms": "experience",
    "staffing": "process_people",
    "training": "process_people",
    "owner": "process_people",
}


def absence_gaps(
    tasks: list[dict[str, Any]], org: OrgContext, gaps: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Stated absences the plan runs into (a task's words overlap the absence) become gaps, with the quote."""
    from agent.engines.rules.playbook import capability_gap, capability_label
    from agent.knowledge.text import content_stems

    quoted = {g.get("evidence") for g in gaps}
    covered = " ".join(g["text"].lower() for g in gaps)
    task_stems = [content_stems(f"{t['title']} {t['description']}") for t in tasks]
    found: list[dict[str, Any]] = []
    for absence in org.absences:
        if absence.text in quoted:
            continue
        label = f"no {capability_label(absence.capability)}:"
        if label in covered:
            # already raised from a task's needs; attach the stated evidence if it has none
            for gap in gaps:
                if label in gap["text"].lower() and not gap.get("evidence"):
                    gap["evidence"] = f"{absence.source}: {absence.text}"
            continue
        stems = content_stems(absence.text) - {"today", "there"}
        # The infrastructure personalization always stands on is a gap whenever it is missing.
        foundational = absence.capability in FOUNDATIONAL_CAPABILITIES
        if not foundational and not any(len(stems & ts) >= 2 for ts in task_stems):
            continue
        covered += f" {label}"
        found.append(
            {
                "layer": _CAPABILITY_LAYER.get(absence.capability, "tech_data"),
                "text": capability_gap(absence.capability, absence.text),
                "evidence": f"{absence.source}: {absence.text}" if absence.source else absence.text,
                "kind": "system"
                if absence.capability not in ("staffing", "training", "owner")
                else "owner",
            }
        )
    return found
