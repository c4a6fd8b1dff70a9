"""Answer later: a finished plan whose visions are still vague is answered afterwards.

The re-plan starts at the vagueness step from the run's own checkpoint (the deck is not read
again, its visions not found again) and must come out exactly as a plan given the same
answers up front. Library, command line and web API.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from fastapi.testclient import TestClient

from agent import PlanConfig, plan, resume
from agent.record import RunRecord
from agent.web import WebSettings, create_app
from schemas.plan import Plan
from tests.conftest import SavedPlans
from tests.openai_server import OpenAIServer

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "northwind-health"
DECK = EXAMPLE / "strategy.pptx"
ORG = EXAMPLE / "org"
BOOKING = "Online booking conversion for new primary-care patients from 12% to 18% by Q4 2027; owner VP Digital Experience"
TRUST = "Patient trust score (survey) from 61 to 70 by Q4 2027; owner Chief Marketing Officer"
RULES = PlanConfig(engine="rules", interactive=False)
COMPARED = ("visions", "scenarios", "tasks", "raci", "roadmap", "gaps", "warnings")


def _plan(folder: Path) -> dict:
    return json.loads((folder / "plan.json").read_text("utf-8"))


def test_answer_later_replans_from_the_vagueness_step_like_answers_up_front(
    tmp_path: Path,
) -> None:
    out = tmp_path / "later"
    first = plan(DECK, context=ORG, out=out, config=RULES)
    assert first.status == "done" and first.plan is not None
    vague = [v.id for v in first.plan.visions if v.vagueness.vague]
    assert {"V1", "V2"} <= set(vague)

    # the library: one answer
    steps: list[str] = []
    second = resume(out, answers={"V1": BOOKING}, progress=lambda step, _u: steps.append(step))
    assert second.status == "done" and second.plan is not None
    assert steps[0] == "assess_vagueness", steps  # nothing before it ran again
    assert not {"extract", "read_deck_plan", "find_visions"} & set(steps)
    v1 = next(v for v in second.plan.visions if v.id == "V1")
    assert v1.answers == [BOOKING] and BOOKING in v1.text
    still = [v.id for v in second.plan.visions if v.vagueness.vague]
    assert "V1" not in still and set(still) == set(vague) - {"V1"}  # the rest keep their flags
    record = RunRecord.load(out)
    assert record.status == "done" and record.answers == {"V1": BOOKING}
    assert record.steps_done[:4] == [
        "extract",
        "read_deck_plan",
        "find_visions",
        "assess_vagueness",
    ]

    # the command line: answered later again; earlier answers are kept
    answers = tmp_path / "answers.yaml"
    answers.write_text(f"V2: {TRUST}\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "agent.cli", "resume", str(out), "--answers", str(answers)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Plan written to" in proc.stdout and "still vague: answer later" in proc.stdout

    # the same plan as one given both answers up front
    fresh = tmp_path / "fresh"
    plan(DECK, context=ORG, out=fresh, config=RULES, answers={"V1": BOOKING, "V2": TRUST})
    later, upfront = _plan(out), _plan(fresh)
    for key in COMPARED:
        assert later[key] == upfront[key], key
    assert (out / "report.html").is_file() and (out / "report.docx").is_file()


def _wait(client: TestClient, run_id: str, status: str, timeout: float = 180.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        run = client.get(f"/api/runs/{run_id}").json()
        if run["status"] == status:
            return run
        assert run["status"] != "failed", run["error"]
        assert time.monotonic() < deadline, f"run stuck in {run['status']} at {run['step']}"
        time.sleep(0.1)


def test_web_answer_later_and_its_refusals(tmp_path: Path) -> None:
    settings = WebSettings(
        runs_dir=tmp_path / "runs",
        orgs={"northwind": ORG},
        token=None,
        workers=1,
        base_config=PlanConfig(engine="rules"),
        allowed_hosts=["testserver"],
    )
    with TestClient(create_app(settings)) as client:
        files = {"deck": ("strategy.pptx", DECK.read_bytes())}
        data = {"org": "northwind", "engine": "rules", "interactive": "false"}
        run_id = client.post("/api/runs", files=files, data=data).json()["id"]
        done = _wait(client, run_id, "done")
        asked = {q["id"]: q for q in done["open_questions"]}
        assert "V1" in asked and asked["V1"]["questions"] and asked["V1"]["reasons"]
        assert done["questions"] == []  # questions are a paused run's
        # the list leaves them out (it would read every plan)
        listed = client.get("/api/runs").json()["runs"][0]
        assert listed["open_questions"] == []

        empty = client.post(f"/api/runs/{run_id}/answers", json={"answers": {}})
        assert empty.status_code == 400 and "at least one answer" in empty.json()["error"]
        unknown = client.post(f"/api/runs/{run_id}/answers", json={"answers": {"V99": "x"}})
        assert unknown.status_code == 400 and "V99" in unknown.json()["error"]

        answered = client.post(f"/api/runs/{run_id}/answers", json={"answers": {"V1": BOOKING}})
        assert answered.status_code == 202
        again = _wait(client, run_id, "done")
        assert "V1" not in {q["id"] for q in again["open_questions"]}
        assert set(asked) - {"V1"} == {q["id"] for q in again["open_questions"]}
        assert again["summary"]["vague"] == len(asked) - 1
        assert again["steps_done"][:3] == ["extract", "read_deck_plan", "find_visions"]
        plan_json = client.get(f"/api/runs/{run_id}/plan.json").json()
        v1 = next(v for v in plan_json["visions"] if v["id"] == "V1")
        assert v1["answers"] == [BOOKING] and not v1["vagueness"]["vague"]
        for name in ("report.html", "report.docx"):
            assert again["downloads"][name] == f"/api/runs/{run_id}/{name}"
            assert client.get(again["downloads"][name]).status_code == 200
        html = client.get(again["downloads"]["report.html"])
        assert html.headers["content-type"].startswith("text/html")
        assert "attachment" in html.headers["content-disposition"]

        engines = client.get("/api/engines").json()
        assert engines["default"] == "rules"
        assert [e["name"] for e in engines["engines"] if e["available"]] == ["rules"]


def test_answer_later_on_the_llm_engine_asks_the_model_only_what_changed(
    openai_server: OpenAIServer, llm_config: PlanConfig, tmp_path: Path
) -> None:
    from pptx import Presentation

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "What we want"  # no date in the title: the slogan stays vague
    body = slide.placeholders[1].text_frame
    body.text = "Increase online booking conversion for new primary-care patients from 12% to 18% by December 2027"
    body.add_paragraph().text = (
        "Deliver a seamless, personalized experience across every touchpoint"
    )
    deck.save(str(tmp_path / "d.pptx"))

    llm_config.cache_dir = None  # the default: the run's own cache, in its output folder
    llm_config.interactive = False
    out = tmp_path / "out"
    first = plan(tmp_path / "d.pptx", context=ORG, out=out, config=llm_config)
    assert first.status == "done" and first.plan is not None
    vague = [v.id for v in first.plan.visions if v.vagueness.vague]
    assert vague, "the scripted model flags the slogan"
    before = openai_server.chat_calls
    steps_before = {r.step for r in openai_server.chat_requests()}
    assert "find_visions" in steps_before

    second = resume(out, answers={vague[0]: BOOKING}, config=llm_config)
    assert second.status == "done" and second.plan is not None
    asked = openai_server.chat_requests()[before:]
    assert asked, "the answered vision is assessed and planned again"
    assert "find_visions" not in {r.step for r in asked}  # the deck is not read again
    assert len(asked) < before  # the rest comes from the checkpoint or the run's cache
    assert second.plan.engine.cached_calls > 0
    answered = next(v for v in second.plan.visions if v.id == vague[0])
    assert answered.answers == [BOOKING]


def test_a_done_run_record_on_disk_carries_its_summary(saved_plans: SavedPlans) -> None:
    # A server that reads the record between the run's last save and its announcement (a
    # restart, a sweep) shows the same counts as the announced one, never an empty summary.
    # The session's run of the example (test_plan_rules and test_export read it too).
    out = saved_plans.folder(DECK, context=ORG, config=RULES)
    result = Plan.model_validate_json((out / "plan.json").read_text(encoding="utf-8"))
    on_disk = RunRecord.load(out)
    assert on_disk.status == "done"
    assert on_disk.summary["visions"] == len(result.visions) > 0
    assert on_disk.summary["tasks"] == len(result.tasks)
