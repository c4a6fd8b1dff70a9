"""The committed JSON Schema files match the pydantic models, and the contract's rules hold."""

import pytest
from pydantic import ValidationError

from schemas import RaciRow
from schemas.generate import MODELS, render, stale
from schemas.plan import Plan


def test_json_schema_files_are_current() -> None:
    assert stale() == [], "run: python -m schemas.generate"


def test_every_model_renders() -> None:
    for model in MODELS.values():
        assert '"title"' in render(model)


def test_raci_row_needs_exactly_one_accountable() -> None:
    RaciRow(item="T1", assignments={"CMO": "A", "Analyst": "R"})
    with pytest.raises(ValidationError, match="exactly one A"):
        RaciRow(item="T1", assignments={"CMO": "A", "CTO": "A", "Analyst": "R"})
    with pytest.raises(ValidationError, match="at least one R"):
        RaciRow(item="T1", assignments={"CMO": "A", "Analyst": "C"})


def test_plan_refuses_more_than_three_scenarios() -> None:
    scenario = {
        "name": "n",
        "segment": "s",
        "context": "c",
        "customer_impact": "high",
        "business_impact": "low",
    }
    with pytest.raises(ValidationError):
        Plan.model_validate(
            {
                "engine": {"name": "rules"},
                "scenarios": [{**scenario, "id": f"S{i}"} for i in range(1, 5)],
            }
        )
