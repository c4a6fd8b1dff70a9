"""The learned gap reader (agent/knowledge/gapmodel.py): its weights rebuild from the labelled
development splits, it reads a gap no shape or cue holds, and it leaves alone the columns and
lines that describe what an organization has."""

from __future__ import annotations

import json

import pytest

from agent.context import find_absences
from agent.context._extract import _cell_statements
from agent.knowledge import gapmodel

# Written for this test: a gap stated in words no list of gap vocabulary holds.
UNCUED = (
    "Sales figures from the franchised shops still reach the central office by email each evening."
)


def test_the_committed_weights_rebuild_from_the_development_splits() -> None:
    from evals.orgstatements import train

    committed = json.loads(gapmodel.MODEL_PATH.read_text(encoding="utf-8"))
    fresh = train.train()
    assert committed["trained_on"] == fresh["trained_on"]
    assert not any("holdout" in path for path in fresh["trained_on"])
    assert train.drift(committed, fresh) < 1e-3
    broken = dict(fresh, vocabulary=fresh["vocabulary"][1:])
    assert train.drift(committed, broken) == float("inf")


def test_the_learned_reader_finds_what_the_rules_miss() -> None:
    assert not find_absences(UNCUED, learned=False)
    assert [found.kind for found in find_absences(UNCUED)] == ["limitation"]
    assert gapmodel.read_gap(UNCUED) == "limitation"


@pytest.mark.parametrize(
    "sentence",
    [
        "The warehouse management system sends stock levels to the web shop every fifteen minutes.",
        "Menus are planned by the head chef with the nutritionist each season.",
        "Owner: Head of Service Delivery, with the Data Protection Officer consulted.",
        "Keystone is our asset management system, loaded nightly from the surveyors' tablets.",
        "Salad bars are restocked twice a day.",  # short: too few words to judge
        # capability lines in the passive voice (an independent reviewer's examples)
        "Power BI dashboards are refreshed each morning from the data warehouse for the regional managers.",
        "Ticket sales are handled by the box office system, which also runs the membership scheme.",
        "Grades are entered by teachers in the school information system at the end of each term.",
        # a body's meeting rhythm: "week" weighs towards a constraint, from learned lead times
        "The PMO runs biweekly syncs with the pillar leads; pillar leads run weekly stand-ups.",
        "Ward sisters hold a weekly safety huddle with the matron and the site team.",
        "The transformation office chairs a monthly benefits review with each workstream lead.",
    ],
)
def test_ordinary_lines_stay_unread(sentence: str) -> None:
    assert not find_absences(sentence), sentence


def test_describing_columns_are_read_by_the_rules_only() -> None:
    rows = [["Meter data", UNCUED]]
    assert [f.kind for f in _cell_statements(["System", "Notes"], rows, "systems.md")] == [
        "limitation"
    ]
    for header in (["Role", "Responsibilities"], ["System", "What it does"]):
        assert _cell_statements(header, rows, "x.md") == [], header
    # a header that names what is wrong is read, whatever else it names
    for header in (["Name", "System limitations"], ["Tool", "Known issues (software)"]):
        assert [f.kind for f in _cell_statements(header, rows, "x.md")] == ["limitation"], header


def test_a_model_without_weights_reads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The mutation check: with every weight zero the learned reader says nothing, and the
    sentence only it reads is lost."""
    model = dict(gapmodel._model())
    model["weights"] = [[0.0] * len(model["classes"]) for _ in model["vocabulary"]]
    model["bias"] = [0.0] * len(model["classes"])
    monkeypatch.setattr(gapmodel, "_model", lambda: model)
    assert gapmodel.read_gap(UNCUED) is None
    assert not find_absences(UNCUED)


def test_the_learned_reader_skips_metric_files_and_charters(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A metrics file's definitions ("A metric is official only when ...") and a charter's
    duties ("Data quality checks and the data quality dashboard.") are read by the stated shapes
    and cues only; a systems note in words no list holds is still read."""
    from agent.context import load_context

    (tmp_path / "charters").mkdir()
    (tmp_path / "metrics.md").write_text(
        "# Metrics\n\nA metric is official only when it is listed here with a definition, "
        "an owner and a baseline.\n",
        encoding="utf-8",
    )
    (tmp_path / "charters" / "data-and-analytics.md").write_text(
        "# Data and analytics\n\nWe own:\n\n- Data quality checks and the data quality "
        "dashboard for every region.\n",
        encoding="utf-8",
    )
    (tmp_path / "systems.md").write_text(f"# Systems\n\n{UNCUED}\n", encoding="utf-8")
    org = load_context(tmp_path)
    assert [a.source for a in org.absences] == ["systems.md"], org.absences
