"""The plan workflow on the rules engine: contract, semantics, clarification loop, resume, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from agent import PlanConfig, plan, resume
from agent.context import load_context
from agent.errors import EncryptedFileError, InputError
from agent.planning.checks import check
from schemas.plan import Plan
from tests.conftest import SavedPlans
from tests.plan_fixture import plan_state

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "northwind-health"
DECK = EXAMPLE / "strategy.pptx"
ORG = EXAMPLE / "org"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="module")
def example_plan(saved_plans: SavedPlans) -> tuple[Plan, Path]:
    """The example planned once per session (test_export and test_eval_ci read it too)."""
    out = saved_plans.folder(DECK, context=ORG, config=PlanConfig(engine="rules"))
    return Plan.model_validate_json((out / "plan.json").read_text(encoding="utf-8")), out


def test_outputs_written_and_plan_validates(example_plan: tuple[Plan, Path]) -> None:
    _, out = example_plan
    for name in ("plan.json", "report.md", "raci.csv", "raci.xlsx", "roadmap.mmd"):
        assert (out / name).is_file(), name
    assert list((out / "tasks").glob("*.md"))
    Plan.model_validate_json((out / "plan.json").read_text())


def test_semantic_rules_hold(example_plan: tuple[Plan, Path]) -> None:
    result, _ = example_plan
    org = load_context(ORG)
    assert check(plan_state(result), org) == []
    roster = set(org.role_names())
    assert {t.owner_role for t in result.tasks} <= roster
    assert {name for row in result.raci for name in row.assignments} <= roster
    assert len(result.scenarios) <= 3
    assert {
        f"layer:{layer}"
        for layer in ("experience", "process_people", "tech_data", "governance_measurement")
    } <= {r.item for r in result.raci}
    extended = {r.name for r in org.roles if r.tier == "extended"}
    for row in result.raci:
        assert not any(
            letter in "RA" for name, letter in row.assignments.items() if name in extended
        )


def test_visions_are_traced_and_flagged(example_plan: tuple[Plan, Path]) -> None:
    result, _ = example_plan
    texts = {v.text: v for v in result.visions}
    seamless = next(v for t, v in texts.items() if "seamless" in t)
    booking = next(v for t, v in texts.items() if "12% to 18%" in t)
    assert seamless.source.slide == 3 and seamless.vagueness.vague
    assert booking.source.slide == 4 and not booking.vagueness.vague
    notes_only = next(v for t, v in texts.items() if "30 minutes" in t)
    assert notes_only.source.slide == 6 and notes_only.evidence == "notes"
    assert not any("voicemail" in t or "62%" in t for t in texts), (
        "market statistics are not visions"
    )


def test_tasks_are_grounded_in_the_org_context(example_plan: tuple[Plan, Path]) -> None:
    result, _ = example_plan
    from agent.planning.commitments import PROVISIONAL

    assert all(t.vision_ids and t.done_when for t in result.tasks)
    # Every task cites the org's files, except deck work no remit names: that traces to its
    # slide and says its owner is a default to confirm.
    for t in result.tasks:
        assert t.context_refs or (
            t.origin == "deck" and t.source is not None and PROVISIONAL in t.description
        ), t.id
    assert sum(bool(t.context_refs) for t in result.tasks) > 0.9 * len(result.tasks)
    text = json.dumps(result.model_dump(mode="json"))
    for system in ("Segment CDP", "Braze", "Snowflake"):
        assert system in text, f"the plan should name the org's real system {system}"
    gaps = " ".join(g.text.lower() for g in result.gaps)
    assert "identity" in gaps and "consent" in gaps and "experimentation" in gaps
    booking = next(v for v in result.visions if "12% to 18%" in v.text)
    layers = {t.layer for t in result.tasks if booking.id in t.vision_ids}
    assert layers == {"experience", "process_people", "tech_data", "governance_measurement"}


def test_roadmap_respects_dependencies(example_plan: tuple[Plan, Path]) -> None:
    result, _ = example_plan
    weeks = result.roadmap.task_weeks
    order = ["foundational", "quick_win", "aspirational"]
    assert [p.horizon for p in result.roadmap.phases] == sorted(
        (p.horizon for p in result.roadmap.phases), key=order.index
    )
    by_id = {t.id: t for t in result.tasks}
    for task in result.tasks:
        for dep in task.depends_on:
            assert weeks[dep][1] <= weeks[task.id][0]
            assert order.index(by_id[dep].horizon) <= order.index(task.horizon)


def test_rules_engine_is_deterministic(tmp_path: Path, example_plan: tuple[Plan, Path]) -> None:
    again = plan(DECK, context=ORG, out=tmp_path, config=PlanConfig(engine="rules"))
    assert again.plan is not None
    assert again.plan.model_dump_json() == example_plan[0].model_dump_json()


def test_pdf_twin_gives_page_numbers(tmp_path: Path) -> None:
    result = plan(
        EXAMPLE / "strategy.pdf", context=ORG, out=tmp_path, config=PlanConfig(engine="rules")
    )
    assert result.plan is not None
    assert all(v.source.page and not v.source.slide for v in result.plan.visions)


def test_interactive_run_pauses_and_resumes_with_answers(tmp_path: Path) -> None:
    paused = plan(
        DECK, context=ORG, out=tmp_path, config=PlanConfig(engine="rules", interactive=True)
    )
    assert paused.status == "paused"
    assert not (tmp_path / "plan.json").exists(), (
        "nothing is rendered before the strategist answers"
    )
    first = paused.questions[0]
    assert first["questions"] and first["reasons"]
    answer = "Raise online booking conversion for new primary-care patients from 12% to 18% by December 2027"
    done = resume(tmp_path, answers={first["id"]: answer})
    assert done.status == "done" and done.plan is not None
    vision = next(v for v in done.plan.visions if v.id == first["id"])
    assert vision.answers == [answer] and vision.original_text
    assert not vision.vagueness.vague, "a measurable answer clears the flag"


def test_a_run_paused_by_an_older_groundwork_is_planned_again_with_its_answers(
    tmp_path: Path,
) -> None:
    """Its checkpoints hold another state layout (dicts where models are now): resuming them
    would fail, so the run is planned again from its recorded inputs, answers included."""
    from agent.record import RunRecord, record_path

    paused = plan(
        DECK, context=ORG, out=tmp_path, config=PlanConfig(engine="rules", interactive=True)
    )
    assert paused.status == "paused"
    path = record_path(tmp_path)
    old = json.loads(path.read_text())
    old.pop("state_format")  # as a record from before the layout was versioned
    path.write_text(json.dumps(old))
    first = paused.questions[0]
    answer = "Raise online booking conversion for new primary-care patients from 12% to 18% by December 2027"
    done = resume(tmp_path, answers={first["id"]: answer})
    assert done.status == "done" and done.plan is not None
    vision = next(v for v in done.plan.visions if v.id == first["id"])
    assert vision.answers == [answer]
    record = RunRecord.load(path)
    assert record.thread_id != old["thread_id"] and record.state_format >= 2


@pytest.mark.long  # the command line's resume is also test_answer_later's
def test_resume_in_a_new_process(tmp_path: Path) -> None:
    paused = plan(
        DECK, context=ORG, out=tmp_path, config=PlanConfig(engine="rules", interactive=True)
    )
    assert paused.status == "paused"
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps(
            {"seamless": "ignored: too short a key", "V2": "Be rated 4.5+ by patients by 2027"}
        )
    )
    proc = subprocess.run(
        [sys.executable, "-m", "agent.cli", "resume", str(tmp_path), "--answers", str(answers)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads((tmp_path / "plan.json").read_text())
    v2 = next(v for v in data["visions"] if v["id"] == "V2")
    assert v2["answers"] == ["Be rated 4.5+ by patients by 2027"]


def test_answers_file_keyed_by_text(tmp_path: Path) -> None:
    result = plan(
        DECK,
        context=ORG,
        out=tmp_path,
        config=PlanConfig(engine="rules", interactive=True),
        answers={
            "single, trusted view of every patient": "Cut duplicate records from 18% to 5% by Q4 2027"
        },
    )
    # Vague visions without an answer still pause an interactive run; the answered one is applied.
    assert result.status == "paused"
    assert all("single, trusted view" not in q["text"] for q in result.questions)


def test_non_interactive_cli_keeps_flags(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from agent.cli import app

    args = ["plan", str(DECK), "--context", str(ORG), "--out", str(tmp_path / "o")]
    result = CliRunner().invoke(app, [*args, "--engine", "rules", "--non-interactive"])
    assert result.exit_code == 0, result.output
    assert "visions: 14" in result.stdout
    data = json.loads((tmp_path / "o" / "plan.json").read_text())
    assert any(v["vagueness"]["vague"] for v in data["visions"])


def test_bad_deck_leaves_nothing(tmp_path: Path) -> None:
    bogus = tmp_path / "deck.pptx"
    bogus.write_text("this is not a deck")
    out = tmp_path / "out"
    with pytest.raises(InputError):
        plan(bogus, context=ORG, out=out, config=PlanConfig(engine="rules"))
    assert not out.exists()


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_encrypted_deck_cli_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(EncryptedFileError):
        plan(
            CORPUS / "decks" / "unstructured__password.pdf",
            context=ORG,
            out=tmp_path / "o",
            config=PlanConfig(engine="rules"),
        )
    # The console script's entry point, in this process (test_extract_corpus runs the real one).
    from agent.cli import main

    deck = CORPUS / "decks" / "unstructured__password.pdf"
    args = [str(deck), "--context", str(ORG), "--out", str(tmp_path / "o2"), "--non-interactive"]
    monkeypatch.setattr(sys, "argv", ["groundwork", "plan", *args])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code != 0
    stderr = capsys.readouterr().err
    assert len(stderr.strip().splitlines()) == 2  # the engine line, then the error
    assert "unstructured__password.pdf" in stderr and "Traceback" not in stderr
    assert not (tmp_path / "o2").exists()


def test_missing_pilot_is_found_and_repaired(saved_plans: SavedPlans) -> None:
    from agent.planning.repair import repair
    from agent.runner import load_answers

    answers = load_answers(EXAMPLE / "answers.yaml")
    out = saved_plans.folder(DECK, context=ORG, config=PlanConfig(engine="rules"), answers=answers)
    result = Plan.model_validate_json((out / "plan.json").read_text(encoding="utf-8"))
    org = load_context(ORG)
    state = plan_state(result)
    broad = [v.id for v in result.visions if not v.vagueness.vague and "every" in v.text.lower()]
    assert broad, "the example has a clarified broad vision"
    state["tasks"] = [
        t for t in state["tasks"] if not t["pilot"] and not t["key"].startswith("rollout_")
    ]
    for t in state["tasks"]:
        t["depends_on"] = [d for d in t["depends_on"] if any(x["id"] == d for x in state["tasks"])]
    found = check(state, org)
    assert {v.code for v in found} >= {"no_pilot"}
    state.update(repair(state, org, found))
    assert not [v for v in check(state, org) if v.code == "no_pilot"]
    assert any(t["pilot"] and broad[0] in t["vision_ids"] for t in state["tasks"])


def test_no_gap_claims_missing_what_the_org_names(example_plan: tuple[Plan, Path]) -> None:
    """The example's org runs Snowflake and AEM; it states limits of both. Those are quoted as
    limitations, never as "No data warehouse" or "No content management system"."""
    plan_obj, _out = example_plan
    texts = [g.text for g in plan_obj.gaps]
    assert not [t for t in texts if t.startswith(("No data warehouse", "No content management"))]
    assert any(t.startswith("Limitation:") and "Snowflake" in t for t in texts), texts


def test_an_org_folder_without_a_roster_still_gets_the_decks_plan(tmp_path: Path) -> None:
    """Without a roster the deck's own commitments are still planned, owned by the leads the
    deck names (or leads to be named), and the org's systems and absences still count."""
    import shutil

    org = tmp_path / "org"
    shutil.copytree(ORG, org)
    (org / "roster.csv").unlink()
    assert not load_context(org).roles
    result = plan(DECK, context=org, out=tmp_path / "out", config=PlanConfig(engine="rules"))
    assert result.status == "done" and result.plan is not None
    made = result.plan
    assert made.tasks and any(t.origin == "deck" for t in made.tasks)
    assert made.roles and all(r.source in {"deck", "method"} for r in made.roles)
    assert any(
        w.startswith("no roster found in the context folder: the owners") for w in made.warnings
    )
    assert made.gaps  # the org's stated absences are still read


def test_a_capability_the_org_names_outside_its_inventory_is_no_gap(tmp_path: Path) -> None:
    """A roster remit that runs "the Pataka data warehouse" says the org has one, though no
    systems inventory lists it; "The data warehouse is planned" or "no data warehouse" does
    not."""
    from agent.engines.rules.method import named_in_org

    (tmp_path / "roster.csv").write_text(
        "Role,Team,Tier,Responsibilities\n"
        "Information Services Manager,IT,core,Runs the Pataka data warehouse and its reports\n"
        "Head of Service,Operations,core,Runs the inspection service\n",
        encoding="utf-8",
    )
    assert named_in_org(load_context(tmp_path), "warehouse")
    (tmp_path / "roster.csv").write_text(
        "Role,Team,Tier,Responsibilities\n"
        "Information Services Manager,IT,core,The data warehouse is planned for 2030\n",
        encoding="utf-8",
    )
    assert not named_in_org(load_context(tmp_path), "warehouse")
