"""Generate the JSON Schema files under schemas/json/ from the pydantic models.

python -m schemas.generate          # write
python -m schemas.generate --check  # exit 1 when a file is stale
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from schemas.context import OrgContext
from schemas.deck import Deck
from schemas.plan import Plan, Vagueness

JSON_DIR = Path(__file__).parent / "json"
MODELS: dict[str, type[BaseModel]] = {
    "plan.schema.json": Plan,
    "deck.schema.json": Deck,
    "org_context.schema.json": OrgContext,
    "vagueness.schema.json": Vagueness,
}


def render(model: type[BaseModel]) -> str:
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def stale() -> list[str]:
    return [
        name
        for name, model in MODELS.items()
        if not (JSON_DIR / name).exists() or (JSON_DIR / name).read_text() != render(model)
    ]


def write() -> None:
    JSON_DIR.mkdir(exist_ok=True)
    for name, model in MODELS.items():
        (JSON_DIR / name).write_text(render(model))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--check" in args:
        names = stale()
        for name in names:
            print(f"schemas/json/{name} is stale: run python -m schemas.generate")
        return 1 if names else 0
    write()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
