"""Team mode against real servers: PostgreSQL, `chroma run`, two `groundwork serve` processes
and two `groundwork worker` processes (tests/team_cluster.py), the LLM engine against the
project's OpenAI-compatible test server.

- a run started through one API process is paused, read and answered through the other;
  its events stream from either, its files download from either;
- a worker killed with SIGKILL in the middle of decompose: its run's child dies with it, the
  other worker continues the run from the Postgres checkpoint, and the plan equals an
  uninterrupted one (no duplicated task, no lost answer, no finished model call repeated);
- everything restarted (Postgres and Chroma too): paused runs are listed by both API
  processes and resume;
- the upload guards and the token hold in team mode.

Slow by nature (real processes on a loaded machine): marked ``server`` and ``postgres``, so
``make test-fast`` skips them. Waits are generous; nothing asserts wall-clock time.
"""

from __future__ import annotations

import io
import json
import threading
import zipfile
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from schemas.plan import Plan
from tests.openai_server import OpenAIServer, RecordedRequest, canned_decompose
from tests.team_cluster import (
    EXAMPLE,
    ChromaServer,
    Cluster,
    PostgresServer,
    Unavailable,
    group_members,
    wait_for,
)

pytestmark = [pytest.mark.server, pytest.mark.postgres]

DECK = EXAMPLE / "strategy.pptx"
ANSWER = "Online booking conversion for new patients from 12% to 18% by Q4 2027"
API_KEY = "sk-team-test-0f9e8d7c6b5a"  # must never reach a file or a database row
TOKEN = "team-token-5d4c3b2a"
RUN_WAIT = 240.0  # seconds: a whole run on a machine shared with other test suites


class Gate:
    """Holds one vision's decompose request at the model until ``open()``."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.held: list[str] = []
        self.active = False

    def decompose(self, request: RecordedRequest) -> Any:
        if self.active and '<vision id="V1"' in request.user:
            self.held.append(request.user)
            self.event.wait(RUN_WAIT)
        return canned_decompose(request)

    def open(self) -> None:
        self.event.set()


@pytest.fixture(scope="module")
def servers(
    tmp_path_factory: pytest.TempPathFactory, postgres_server: PostgresServer
) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("team")
    postgres = postgres_server
    try:
        chroma = ChromaServer(root / "chroma").start()
    except Unavailable as exc:
        pytest.skip(str(exc))
    gate = Gate()
    model = OpenAIServer().start()
    model.route("decompose", gate.decompose)
    cluster = Cluster(
        root,
        postgres.url,
        chroma_url=chroma.url,
        stalled_after=8,
        token=TOKEN,
        env={
            "OPENAI_BASE_URL": model.url,
            "OPENAI_API_KEY": API_KEY,
            "GROUNDWORK_MODEL": "test-model",
        },
    )
    try:
        cluster.start()
        yield {
            "postgres": postgres,
            "chroma": chroma,
            "model": model,
            "cluster": cluster,
            "gate": gate,
        }
    finally:
        cluster.stop()
        chroma.stop()
        model.stop()


def submit(client: Any, *, engine: str = "llm", interactive: bool = True, **files: Any) -> str:
    body = {"deck": ("strategy.pptx", DECK.read_bytes()), **files}
    data = {"engine": engine, "interactive": str(interactive).lower()}
    if "org_zip" not in files:
        data["org"] = "org"
    response = client.post("/api/runs", files=body, data=data)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def wait(client: Any, run_id: str, *statuses: str, timeout: float = RUN_WAIT) -> dict[str, Any]:
    def check() -> dict[str, Any] | None:
        run = client.get(f"/api/runs/{run_id}").json()
        if run["status"] == "failed" and "failed" not in statuses:
            raise AssertionError(f"run failed: {run['error']}")
        return run if run["status"] in statuses else None

    return wait_for(check, f"run {run_id} to be {'/'.join(statuses)}", timeout, 0.3)


def events(client: Any, run_id: str, after: int = 0) -> list[dict[str, Any]]:
    """The run's event stream from ``after`` until it settles (server-sent events)."""
    found: list[dict[str, Any]] = []
    with client.stream("GET", f"/api/runs/{run_id}/events", params={"after": after}) as stream:
        current: dict[str, Any] = {}
        for line in stream.iter_lines():
            if line.startswith("event: "):
                current["event"] = line[7:]
            elif line.startswith("data: "):
                current["data"] = json.loads(line[6:])
            elif line.startswith("id: "):
                current["id"] = int(line[4:])
            elif not line and current:
                found.append(current)
                current = {}
    return found


def tasks_of(plan: Plan) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return sorted((t.title, str(t.layer), t.owner_role, tuple(t.vision_ids)) for t in plan.tasks)


@pytest.fixture(scope="module")
def answered_run(servers: dict[str, Any]) -> dict[str, Any]:
    """A run started through API 1, paused, answered through API 2, followed on API 1."""
    cluster: Cluster = servers["cluster"]
    with cluster.client(1) as one, cluster.client(2) as two:
        run_id = submit(one)
        paused = wait(two, run_id, "paused")
        assert paused["questions"] == one.get(f"/api/runs/{run_id}").json()["questions"]
        asked = [q["id"] for q in paused["questions"]]
        assert "V1" in asked
        paused_seq = max(e["id"] for e in events(one, run_id))  # settled: ends at once
        answered = two.post(f"/api/runs/{run_id}/answers", json={"answers": {"V1": ANSWER}})
        assert answered.status_code == 202, answered.text
        # Followed on API 1 from the pause on: the worker's events reach it as they happen.
        streamed = events(one, run_id, paused_seq)
        done = wait(one, run_id, "done")
        plan_one = one.get(f"/api/runs/{run_id}/plan.json")
        plan_two = two.get(f"/api/runs/{run_id}/plan.json")
    return {
        "id": run_id,
        "done": done,
        "streamed": streamed,
        "after": paused_seq,
        "plan": Plan.model_validate_json(plan_one.content),
        "same_file": plan_one.content == plan_two.content,
    }


def test_a_run_paused_on_one_worker_is_answered_through_another_api(
    servers: dict[str, Any], answered_run: dict[str, Any]
) -> None:
    streamed = answered_run["streamed"]
    kinds = [e["event"] for e in streamed]
    assert kinds[0] == "resumed" and kinds[-1] == "done", kinds
    assert "running" in kinds and "step" in kinds
    ids = [e["id"] for e in streamed]
    assert ids == sorted(ids) and ids[0] == answered_run["after"] + 1  # numbered, none missed
    assert answered_run["same_file"]  # one storage path behind both API processes
    plan: Plan = answered_run["plan"]
    v1 = next(v for v in plan.visions if v.id == "V1")
    assert ANSWER in v1.text  # the answer posted to API 2 reached the worker that resumed
    assert plan.engine.name == "llm" and plan.tasks
    # The API key went from each worker's environment to the model, and nowhere else.
    postgres: PostgresServer = servers["postgres"]
    dump = json.dumps(
        [
            postgres.query("SELECT record::text FROM groundwork_runs"),
            postgres.query("SELECT data::text FROM groundwork_run_events"),
            postgres.query("SELECT args::text FROM procrastinate_jobs"),
            postgres.query("SELECT checkpoint::text FROM checkpoints"),
            postgres.query("SELECT encode(blob, 'escape') FROM checkpoint_blobs"),
            postgres.query("SELECT encode(blob, 'escape') FROM checkpoint_writes"),
        ],
        default=str,
    )
    assert API_KEY not in dump
    # The org index went to the shared Chroma server, not a folder of one worker's.
    chroma: ChromaServer = servers["chroma"]
    import httpx

    listed = httpx.get(
        f"{chroma.url}/api/v2/tenants/default_tenant/databases/default_database/collections",
        timeout=30,
    )
    assert listed.status_code == 200 and listed.json(), listed.text
    cluster: Cluster = servers["cluster"]
    for path in (cluster.runs_dir / answered_run["id"]).rglob("*"):
        if path.is_file():
            assert API_KEY.encode() not in path.read_bytes(), path


@pytest.mark.long  # resilience: a killed worker
def test_a_worker_killed_mid_decompose_leaves_its_run_to_the_other(
    servers: dict[str, Any], answered_run: dict[str, Any]
) -> None:
    cluster: Cluster = servers["cluster"]
    model: OpenAIServer = servers["model"]
    postgres: PostgresServer = servers["postgres"]
    gate: Gate = servers["gate"]
    with cluster.client(1) as one, cluster.client(2) as two:
        run_id = submit(two)
        wait(one, run_id, "paused")
        seen = len(model.requests)
        gate.active = True
        assert (
            one.post(f"/api/runs/{run_id}/answers", json={"answers": {"V1": ANSWER}}).status_code
            == 202
        )

        # Mid-decompose: V1's branch waits at the model, the other visions' branches have
        # finished and LangGraph has saved their writes in Postgres.
        wait_for(lambda: gate.held, "V1's decompose request", RUN_WAIT, 0.2)
        branches = len(answered_run["plan"].visions)

        def finished_branches() -> bool:
            rows = postgres.query(
                "SELECT count(DISTINCT task_id) FROM checkpoint_writes "
                "WHERE thread_id = %s AND task_path LIKE '~__pregel_push%%'",
                run_id,
            )
            return int(rows[0][0]) >= branches - 1

        wait_for(finished_branches, "the other decompose branches to be saved", RUN_WAIT, 0.2)
        assert one.get(f"/api/runs/{run_id}").json()["step"] in ("plan_commitments", "decompose")
        doomed = wait_for(lambda: cluster.worker_running(run_id, "resume"), "the worker", 30)
        survivor = next(
            p for n, p in cluster.procs.items() if n.startswith("worker") and p is not doomed
        )
        events_before = int(
            postgres.query("SELECT last_seq FROM groundwork_runs WHERE id = %s", run_id)[0][0]
        )
        group = cluster.kill(doomed)
        # The run's own process (a grandchild, in the worker's group) dies with its worker.
        try:
            wait_for(
                lambda: not group_members(group), "the killed worker's processes to end", 60, 0.2
            )
        except AssertionError as exc:
            raise AssertionError(f"{exc}: {group_members(group)}") from None
        gate.open()

        done = wait(two, run_id, "done")
        assert done["attempts"] == 2  # the first worker's try, and the other's
        assert f"run_id='{run_id}'" in survivor.text()
        plan = Plan.model_validate_json(two.get(f"/api/runs/{run_id}/plan.json").content)

    # No task twice, none lost: the same plan as the run nobody killed.
    assert len({t.id for t in plan.tasks}) == len(plan.tasks)
    assert tasks_of(plan) == tasks_of(answered_run["plan"])
    v1 = next(v for v in plan.visions if v.id == "V1")
    assert ANSWER in v1.text  # the answer survived the worker
    # No finished model call again: only V1's decompose (in flight at the kill) was sent twice.
    sent = Counter(json.dumps(r.body, sort_keys=True) for r in model.requests[seen:] if r.body)
    repeated = [body for body, n in sent.items() if n > 1]
    assert len(repeated) == 1 and '<vision id=\\"V1\\"' in repeated[0]
    # No finished step again: after the takeover the run went on from decompose.
    later = postgres.query(
        "SELECT data->>'step' FROM groundwork_run_events "
        "WHERE run_id = %s AND seq > %s AND event = 'step' ORDER BY seq",
        run_id,
        events_before,
    )
    steps = [row[0] for row in later]
    assert steps and steps[0] in ("decompose", "assign_raci"), steps
    assert not {"extract", "find_visions", "assess_vagueness", "retrieve_context"} & set(steps)

    gate.active = False
    cluster.start_worker(int(doomed.name.removeprefix("worker")))
    cluster.wait_ready()


def org_zip_with(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


def test_a_running_run_cancelled_through_the_other_api_stops_on_its_worker(
    servers: dict[str, Any],
) -> None:
    cluster: Cluster = servers["cluster"]
    gate: Gate = servers["gate"]
    gate.event.clear()
    gate.held.clear()
    gate.active = True
    try:
        with cluster.client(1) as one, cluster.client(2) as two:
            run_id = submit(one, interactive=False)
            wait_for(lambda: gate.held, "the run to reach the model", RUN_WAIT, 0.2)
            assert one.get(f"/api/runs/{run_id}").json()["status"] == "running"
            cancelled = two.post(f"/api/runs/{run_id}/cancel")
            assert cancelled.status_code == 200, cancelled.text
            # Recorded by the worker that ran it, once its run's process has stopped.
            assert cancelled.json()["status"] == "failed"
            assert "cancelled" in cancelled.json()["error"]
            gate.open()  # the model answers now: nobody is left to use the answer
            after = one.get(f"/api/runs/{run_id}").json()
            assert after["status"] == "failed" and "cancelled" in after["error"]
            assert one.get(f"/api/runs/{run_id}/plan.json").status_code == 409  # no plan
            assert not list((cluster.runs_dir / run_id).rglob("plan.json"))
            kinds = [e["event"] for e in events(two, run_id)]
            assert kinds.count("failed") == 1 and "done" not in kinds
    finally:
        gate.active = False
        gate.open()


def test_limits_and_token_hold_in_team_mode(servers: dict[str, Any]) -> None:
    cluster: Cluster = servers["cluster"]
    postgres: PostgresServer = servers["postgres"]
    before = postgres.query("SELECT count(*) FROM groundwork_runs")[0][0]
    import httpx

    with httpx.Client(base_url=cluster.api(1).url, timeout=60) as anonymous:
        refused = anonymous.get("/api/runs")
        assert refused.status_code == 401 and set(refused.json()) == {"error"}
    with cluster.client(2) as two:
        bad = two.post(
            "/api/runs",
            files={
                "deck": ("strategy.pptx", DECK.read_bytes()),
                "org_zip": ("org.zip", org_zip_with("../escape.md", b"# no"), "application/zip"),
            },
            data={"engine": "rules"},
        )
        assert bad.status_code == 400 and "org.zip" in bad.json()["error"]
        text = two.post(
            "/api/runs",
            files={"deck": ("deck.pptx", b"Our strategy: grow.\n")},
            data={"engine": "rules", "org": "org"},
        )
        assert text.status_code == 415
    assert postgres.query("SELECT count(*) FROM groundwork_runs")[0][0] == before  # nothing kept


@pytest.mark.long  # resilience: every server restarted
def test_everything_restarted_keeps_paused_runs_listed_and_resumable(
    servers: dict[str, Any],
) -> None:
    cluster: Cluster = servers["cluster"]
    postgres: PostgresServer = servers["postgres"]
    chroma: ChromaServer = servers["chroma"]
    with cluster.client(1) as one, cluster.client(2) as two:
        paused_id = submit(one, engine="rules")
        cancelled_id = submit(two, engine="rules")
        questions = wait(two, paused_id, "paused")["questions"]
        wait(one, cancelled_id, "paused")
        cancelled = one.post(f"/api/runs/{cancelled_id}/cancel")
        assert cancelled.json()["status"] == "failed" and "cancelled" in cancelled.json()["error"]
        seq_before = max(e["id"] for e in events(one, paused_id))

    cluster.stop()
    chroma.stop()
    postgres.stop()
    postgres.start()
    chroma.start()
    cluster.chroma_url = chroma.url
    cluster.start()

    with cluster.client(1) as one, cluster.client(2) as two:
        for client in (one, two):
            listed = {r["id"]: r for r in client.get("/api/runs").json()["runs"]}
            assert listed[paused_id]["status"] == "paused"
            assert listed[paused_id]["questions"] == questions
            assert listed[cancelled_id]["status"] == "failed"
        # The event log outlived the restart: a client reconnecting anywhere continues.
        replay = events(two, paused_id)
        assert [e["id"] for e in replay][-1] == seq_before and replay[-1]["event"] == "paused"
        # Answered through both API processes at once: one resumes the run, the other is told.
        with ThreadPoolExecutor(2) as pool:
            posted = list(
                pool.map(
                    lambda client: client.post(
                        f"/api/runs/{paused_id}/answers", json={"answers": {"V1": ANSWER}}
                    ),
                    (one, two),
                )
            )
        assert sorted(r.status_code for r in posted) == [202, 409], [r.text for r in posted]
        done = wait(one, paused_id, "done")
        assert done["summary"]["tasks"] > 0
    stored = postgres.query(
        "SELECT record->'answers' FROM groundwork_runs WHERE id = %s", paused_id
    )
    assert stored[0][0] == {"V1": ANSWER}  # recorded once, by the process that won
