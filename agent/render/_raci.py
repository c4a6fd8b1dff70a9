"""raci.csv: the RACI matrix for tasks and layers, one column per role."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from schemas.plan import Plan

from ._index import PlanIndex, id_number
from ._text import LAYER_LABELS, LAYER_ORDER, cell, one_line

FIXED_COLUMNS = ("item", "title", "layer")


@dataclass
class RaciMatrix:
    roles: list[str]
    task_rows: list[list[str]]  # item, title, layer, letters...
    layer_rows: list[list[str]]

    @property
    def header(self) -> list[str]:
        return [*FIXED_COLUMNS, *self.roles]


def raci_matrix(plan: Plan, index: PlanIndex | None = None) -> RaciMatrix:
    """Rows for every task (id order) and every layer; empty string where a role has no letter."""
    index = index or PlanIndex(plan)
    roles = index.matrix_roles()

    def letters(item: str) -> list[str]:
        got = index.letters(item)
        return [got.get(role, "") for role in roles]

    task_rows = [
        [t.id, one_line(t.title), str(t.layer), *letters(t.id)]
        for t in sorted(plan.tasks, key=lambda t: id_number(t.id))
    ]
    layer_rows = [
        [f"layer:{layer}", f"{LAYER_LABELS[layer]} layer", layer, *letters(f"layer:{layer}")]
        for layer in LAYER_ORDER
    ]
    return RaciMatrix(roles=roles, task_rows=task_rows, layer_rows=layer_rows)


def raci_csv(plan: Plan, index: PlanIndex | None = None) -> str:
    """CSV text (RFC 4180, CRLF line ends); task rows, then the four layer rows."""
    matrix = raci_matrix(plan, index)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow([cell(h) for h in matrix.header])
    for row in [*matrix.task_rows, *matrix.layer_rows]:
        writer.writerow([cell(v) for v in row])
    return buf.getvalue()
