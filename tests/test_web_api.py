"""The web service's JSON API through the real ASGI app (FastAPI TestClient), engine rules.

Upload, progress (server-sent events), pause for clarification, answers, plan, downloads;
org context as a ZIP; concurrent runs; limits (size, type by content, encrypted decks, ZIP
traversal); bearer token; a restarted server listing and resuming runs.
"""

from __future__ import annotations

import io
import json
import shutil
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from agent.config import PlanConfig
from agent.record import RunRecord, record_path
from agent.web import WebSettings, create_app
from schemas.plan import Plan

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "northwind-health"
DECK = EXAMPLE / "strategy.pptx"
ORG = EXAMPLE / "org"
CORPUS = ROOT.parent / "shared" / "corpus" / "decks"
ANSWER = "Online booking conversion for new primary-care patients from 12% to 18% by Q4 2027; owner VP Digital Experience"


def settings(runs_dir: Path, **overrides: Any) -> WebSettings:
    values: dict[str, Any] = {
        "orgs": {"northwind": ORG},
        "token": None,
        "workers": 2,
        "base_config": PlanConfig(engine="rules"),
        "allowed_hosts": ["testserver"],
    }
    values.update(overrides)
    return WebSettings(runs_dir=runs_dir, **values)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(settings(tmp_path / "runs"))) as c:
        yield c


def start(
    client: TestClient,
    *,
    deck: bytes | None = None,
    name: str = "strategy.pptx",
    org: str | None = "northwind",
    org_zip: bytes | None = None,
    interactive: bool = True,
    **kwargs: Any,
) -> Any:
    files: dict[str, Any] = {"deck": (name, deck if deck is not None else DECK.read_bytes())}
    if org_zip is not None:
        files["org_zip"] = ("org.zip", org_zip, "application/zip")
    data = {"engine": "rules", "interactive": str(interactive).lower()}
    if org is not None:
        data["org"] = org
    return client.post("/api/runs", files=files, data=data, **kwargs)


def wait(client: TestClient, run_id: str, *statuses: str, timeout: float = 45.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        run = client.get(f"/api/runs/{run_id}").json()
        if run["status"] in statuses:
            return run
        assert run["status"] not in ("failed",) or "failed" in statuses, run.get("error")
        assert time.monotonic() < deadline, f"run stuck in {run['status']} at {run['step']}"
        time.sleep(0.05)


def events(client: TestClient, run_id: str, query: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Read the SSE stream until the server ends it (the run is paused, done or failed)."""
    seen: list[tuple[str, dict[str, Any]]] = []
    kind = ""
    with client.stream("GET", f"/api/runs/{run_id}/events{query}") as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if line.startswith("event: "):
                kind = line[7:]
            elif line.startswith("data: "):
                seen.append((kind, json.loads(line[6:])))
    return seen


def org_zip(top: str = "org") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(ORG.rglob("*")):
            if path.is_file():
                archive.write(path, f"{top}/{path.relative_to(ORG).as_posix()}")
    return buffer.getvalue()


def one_line_error(response: Any) -> str:
    body = response.json()
    assert set(body) == {"error"}, body
    assert "\n" not in body["error"] and body["error"].strip() == body["error"]
    return str(body["error"])


# -- the whole flow ---------------------------------------------------------------------------


def test_upload_progress_pause_answer_plan_and_downloads(client: TestClient) -> None:
    assert client.get("/api/orgs").json() == {"orgs": [{"name": "northwind", "files": 7}]}
    created = start(client)
    assert created.status_code == 201, created.text
    run_id = created.json()["id"]
    assert len(run_id) == 32 and created.headers["location"] == f"/api/runs/{run_id}"

    stream = events(client, run_id, "?after=0")  # the whole history, then it ends on pause
    kinds = [kind for kind, _ in stream]
    assert kinds[0] == "queued" and "running" in kinds and "step" in kinds
    assert kinds[-1] == "paused"
    # A step event carries the run's record as the worker reads it, which may already be a
    # later step (or the pause); the record's steps_done keeps every step, in order.
    assert stream[-1][1]["steps_done"][:3] == ["extract", "read_deck_plan", "find_visions"]
    questions = stream[-1][1]["questions"]
    assert questions and {"id", "text", "source", "reasons", "questions"} <= set(questions[0])

    run = client.get(f"/api/runs/{run_id}").json()
    assert run["status"] == "paused" and run["deck"] == "strategy.pptx"
    assert run["org"] == "northwind" and run["questions"] == questions
    assert client.get(f"/api/runs/{run_id}/plan.json").status_code == 409
    # without `after`, a stream starts with the run's state now (and ends: it is paused)
    assert [kind for kind, _ in events(client, run_id)] == ["status"]

    bad = client.post(f"/api/runs/{run_id}/answers", json={"answers": {"V999": "x"}})
    assert bad.status_code == 400 and "V999" in one_line_error(bad)
    answered = client.post(f"/api/runs/{run_id}/answers", json={"answers": {"V1": ANSWER}})
    assert answered.status_code == 202, answered.text
    again = client.post(f"/api/runs/{run_id}/answers", json={"answers": {"V1": ANSWER}})
    assert again.status_code == 409 and "not paused" in one_line_error(again)

    last = stream[-1][1]
    follow = events(client, run_id, f"?after={len(stream)}")
    assert [k for k, _ in follow][0] == "resumed" and follow[-1][0] == "done", follow[-1][1]
    assert last["status"] == "paused"
    run = wait(client, run_id, "done")
    assert run["summary"]["tasks"] > 0 and run["error"] is None

    plan = Plan.model_validate_json(client.get(f"/api/runs/{run_id}/plan.json").content)
    v1 = next(v for v in plan.visions if v.id == "V1")
    assert ANSWER in v1.answers
    assert plan.tasks and plan.raci and plan.roadmap.task_weeks

    downloads = run["downloads"]
    assert set(downloads) >= {"plan.json", "report.md", "raci.xlsx", "raci.csv", "roadmap.mmd"}
    report = client.get(downloads["report.md"])
    assert report.status_code == 200 and report.headers["content-type"].startswith("text/markdown")
    assert "attachment" in report.headers["content-disposition"]
    xlsx = client.get(downloads["raci.xlsx"])
    assert xlsx.status_code == 200
    workbook = load_workbook(io.BytesIO(xlsx.content))
    assert workbook.sheetnames and workbook.worksheets[0].max_row > 1
    csv_text = client.get(downloads["raci.csv"]).text
    assert len(csv_text.splitlines()) > len(plan.tasks)
    assert client.get(downloads["roadmap.mmd"]).text.lstrip().startswith(("gantt", "---", "%%"))

    roles = downloads["tasks"]
    assert roles and all(r["url"].endswith("/" + r["slug"]) for r in roles)
    owner = plan.tasks[0].owner_role
    by_slug = next(r for r in roles if r["role"] == owner)
    text = client.get(by_slug["url"]).text
    assert plan.tasks[0].id in text
    by_name = client.get(f"/api/runs/{run_id}/tasks/{owner}")
    assert by_name.status_code == 200 and by_name.text == text
    missing = client.get(f"/api/runs/{run_id}/tasks/nobody-here")
    assert missing.status_code == 404 and "nobody-here" in one_line_error(missing)
    assert run_id in [r["id"] for r in client.get("/api/runs").json()["runs"]]


def test_org_context_as_zip_upload(client: TestClient) -> None:
    created = start(client, org=None, org_zip=org_zip(), interactive=False)
    assert created.status_code == 201, created.text
    run = wait(client, created.json()["id"], "done")
    assert run["org"] == "upload: org.zip"
    plan = Plan.model_validate_json(client.get(f"/api/runs/{run['id']}/plan.json").content)
    assert {r.name for r in plan.roles} >= {"VP Digital Experience"}
    assert {t.owner_role for t in plan.tasks} <= {r.name for r in plan.roles}


def test_two_runs_at_once_do_not_interfere(client: TestClient) -> None:
    pdf = (EXAMPLE / "strategy.pdf").read_bytes()
    a = start(client, interactive=False).json()["id"]
    b = start(client, deck=pdf, name="strategy.pdf", org=None, org_zip=org_zip(), interactive=False)
    b = b.json()["id"]
    assert a != b
    time.sleep(0.3)
    busy = [r["status"] for r in client.get("/api/runs").json()["runs"]]
    assert busy.count("running") + busy.count("queued") + busy.count("done") == 2
    run_a, run_b = wait(client, a, "done"), wait(client, b, "done")
    plan_a = Plan.model_validate_json(client.get(f"/api/runs/{a}/plan.json").content)
    plan_b = Plan.model_validate_json(client.get(f"/api/runs/{b}/plan.json").content)
    assert plan_a.sources[0].kind == "pptx" and plan_b.sources[0].kind == "pdf"
    assert run_a["deck"] == "strategy.pptx" and run_b["deck"] == "strategy.pdf"
    runs_dir = client.app.state.settings.runs_dir  # type: ignore[attr-defined]
    assert (runs_dir / a / "deck.pptx").is_file() and (runs_dir / b / "deck.pdf").is_file()
    assert not (runs_dir / a / "org").exists() and (runs_dir / b / "org").is_dir()
    # they really ran side by side (two worker processes), each in its own folder
    rec_a, rec_b = (RunRecord.load(record_path(runs_dir / r / "out")) for r in (a, b))
    assert rec_a.finished and rec_b.finished and rec_a.started and rec_b.started
    assert rec_a.started < rec_b.finished and rec_b.started < rec_a.finished


# -- limits and bad input ---------------------------------------------------------------------


def test_oversize_upload_is_413(tmp_path: Path) -> None:
    limit = 20_000
    with TestClient(create_app(settings(tmp_path / "runs", max_upload_bytes=limit))) as c:
        response = start(c)  # Content-Length over the limit: refused before reading
        assert response.status_code == 413
        assert "over the 20 KB limit" in one_line_error(response)

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted while it streams
            boundary = b"--xyz\r\n"
            yield (
                boundary + b'Content-Disposition: form-data; name="deck"; filename="a.pptx"\r\n\r\n'
            )
            for _ in range(10):
                yield b"x" * 10_000
            yield b"\r\n--xyz--\r\n"

        streamed = c.post(
            "/api/runs",
            content=chunks(),
            headers={"content-type": "multipart/form-data; boundary=xyz"},
        )
        assert streamed.status_code == 413 and "over the 20 KB limit" in one_line_error(streamed)
        assert c.get("/api/runs").json() == {"runs": []}
        assert list((tmp_path / "runs").iterdir()) == []


def test_text_file_named_pptx_is_refused_with_the_cli_reason(client: TestClient) -> None:
    response = start(client, deck=b"Our strategy: grow.\nBe customer-centric.\n", name="deck.pptx")
    assert response.status_code == 415
    assert one_line_error(response) == "deck.pptx: not a deck (PPTX or PDF): this is plain text"
    empty = start(client, deck=b"", name="empty.pdf")
    assert empty.status_code == 400 and one_line_error(empty).startswith("empty.pdf: ")
    assert client.get("/api/runs").json() == {"runs": []}
    runs_dir = client.app.state.settings.runs_dir  # type: ignore[attr-defined]
    assert list(runs_dir.iterdir()) == []  # nothing half-written


def test_the_deck_is_read_in_the_job_not_in_the_upload_request(client: TestClient) -> None:
    """A PDF whose body is broken is accepted at once (its type is right) and fails its run."""
    broken = b"%PDF-1.7\n" + b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" * 2000
    created = start(client, deck=broken, name="broken.pdf", interactive=False)
    assert created.status_code == 201, created.text
    run = wait(client, created.json()["id"], "failed")
    assert run["error"].startswith("broken.pdf: ") and "\n" not in run["error"]
    assert run["steps_done"] == []


def _encrypted_decks() -> list[Path]:
    names = [
        "unstructured__password.pdf",
        "pypdf__crazyones-encrypted-256.pdf",
        "pypdf__r4-aes-user-password.pdf",
        "tika__testPPT_protected_passtika.pptx",
    ]
    return [CORPUS / n for n in names if (CORPUS / n).is_file()]


def test_encrypted_deck_fails_its_run_with_a_password_reason(client: TestClient) -> None:
    """A PDF is read in the job, not in the upload request: the run fails with the reason."""
    decks = _encrypted_decks()
    if not decks:
        pytest.skip(f"encrypted sample decks not found in {CORPUS}")
    for deck in decks[:2]:
        response = start(client, deck=deck.read_bytes(), name=deck.name)
        assert response.status_code == 201, response.text
        run = wait(client, response.json()["id"], "failed")
        message = run["error"]
        assert message.startswith(deck.name + ": ") and "password" in message.lower()
        assert str(CORPUS) not in message and "/" not in message.split(": ", 1)[0]


def _zip(entries: list[tuple[str, bytes]], symlink: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            archive.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (0o120777 << 16) | 0
            archive.writestr(info, "/etc/passwd")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("archive", "reason"),
    [
        (_zip([("roster.csv", b"name\nA\n"), ("../evil.md", b"# x")]), "path traversal"),
        (_zip([("org/../../evil.md", b"# x")]), "path traversal"),
        (_zip([("/etc/evil.md", b"# x")]), "absolute path"),
        (_zip([("roster.csv", b"name\nA\n")], symlink="link.md"), "symbolic link"),
        (b"PK\x03\x04 not really a zip", "not a ZIP"),
        (_zip([]), "no files"),
        (_zip([("team", b"x"), ("team/roster.md", b"# x")]), "same name"),
        (_zip([("team/roster.md", b"# x"), ("team", b"x")]), "same name"),
    ],
    ids=[
        "dotdot",
        "nested-dotdot",
        "absolute",
        "symlink",
        "not-zip",
        "empty",
        "file-dir",
        "dir-file",
    ],
)
def test_unsafe_org_zip_is_400(client: TestClient, archive: bytes, reason: str) -> None:
    response = start(client, org=None, org_zip=archive)
    assert response.status_code == 400, response.text
    message = one_line_error(response)
    assert message.startswith("org.zip: ") and reason in message
    runs_dir = client.app.state.settings.runs_dir  # type: ignore[attr-defined]
    assert list(runs_dir.iterdir()) == []
    assert not (runs_dir.parent / "evil.md").exists() and not (runs_dir / "evil.md").exists()


def test_zip_bomb_and_file_count_limits(tmp_path: Path) -> None:
    app = create_app(settings(tmp_path / "runs", max_org_bytes=100_000, max_org_files=5))
    with TestClient(app) as c:
        big = _zip([("roster.csv", b"name\n" + b"a" * 200_000)])
        response = start(c, org=None, org_zip=big)
        assert response.status_code == 413 and "98 KB limit" in one_line_error(response)
        many = _zip([(f"doc{n}.md", b"# doc\n") for n in range(6)])
        response = start(c, org=None, org_zip=many)
        assert response.status_code == 400 and "more than 5 files" in one_line_error(response)


def test_request_errors_are_one_line_json(client: TestClient) -> None:
    assert one_line_error(client.get("/api/runs/" + "0" * 32)).startswith("no run")
    assert client.get("/api/runs/../../etc/passwd").status_code == 404
    assert client.get("/api/runs/not-an-id/plan.json").status_code == 404
    assert client.get("/nope").json() == {"error": "Not Found"}
    neither = start(client, org=None)
    assert neither.status_code == 400 and "org_zip" in one_line_error(neither)
    unknown = start(client, org="/etc")
    assert unknown.status_code == 400 and "unknown org" in one_line_error(unknown)
    no_deck = client.post("/api/runs", data={"org": "northwind"})
    assert no_deck.status_code == 400 and "deck" in one_line_error(no_deck)
    files = {"deck": ("strategy.pptx", DECK.read_bytes())}
    llm = client.post("/api/runs", files=files, data={"org": "northwind", "engine": "llm"})
    assert llm.status_code == 400 and "engine llm" in one_line_error(llm)
    foreign = start(client, headers={"Origin": "https://evil.example"})
    assert foreign.status_code == 403 and "cross-origin" in one_line_error(foreign)
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "http://" not in docs.text and "https://" not in docs.text.replace(
        "https://json-schema", ""
    ), "the API docs must load nothing from a CDN"
    assert client.get("/docs-static/swagger-ui-bundle.js").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/runs",
        "/api/runs/{run_id}",
        "/api/runs/{run_id}/events",
        "/api/runs/{run_id}/answers",
        "/api/runs/{run_id}/plan.json",
        "/api/runs/{run_id}/report.md",
        "/api/runs/{run_id}/raci.xlsx",
        "/api/runs/{run_id}/raci.csv",
        "/api/runs/{run_id}/roadmap.mmd",
        "/api/runs/{run_id}/tasks/{role}",
        "/api/orgs",
    ):
        assert path in paths, path


# -- token, hosts, logs ---------------------------------------------------------------------


def test_token_is_required_on_every_api_route(tmp_path: Path) -> None:
    with TestClient(create_app(settings(tmp_path / "runs", token="s3cret"))) as c:
        for path in ("/api/orgs", "/api/runs", "/api/runs/" + "0" * 32):
            response = c.get(path)
            assert response.status_code == 401, path
            assert "token" in one_line_error(response)
            assert response.headers["www-authenticate"] == "Bearer"
        assert start(c).status_code == 401
        assert c.get("/api/orgs", headers={"Authorization": "Bearer wrong"}).status_code == 401
        # never in a URL: a query token is ignored, even the right one
        assert c.get("/api/orgs", params={"token": "s3cret"}).status_code == 401
        # the page, its assets and the API description hold nothing of anyone's runs
        for path in ("/", "/static/app.js", "/docs", "/openapi.json"):
            assert c.get(path).status_code == 200, path

        auth = {"Authorization": "Bearer s3cret"}
        assert c.get("/api/orgs", headers=auth).status_code == 200
        created = start(c, headers=auth, interactive=True)
        assert created.status_code == 201
        run_id = created.json()["id"]
        assert c.get(f"/api/runs/{run_id}/events").status_code == 401
        kinds: list[str] = []
        with c.stream("GET", f"/api/runs/{run_id}/events?after=0", headers=auth) as stream:
            kinds = [line[7:] for line in stream.iter_lines() if line.startswith("event: ")]
        assert kinds[-1] == "paused"

        # auth shows in the OpenAPI document: bearer header and the page's cookie
        schemes = c.get("/openapi.json").json()["components"]["securitySchemes"]
        assert schemes["bearer"]["scheme"] == "bearer" and schemes["cookie"]["in"] == "cookie"

    # the page signs in with a POST (never a URL); the HttpOnly cookie then opens the API
    odd = "s3cret; with=odd chars"
    with TestClient(create_app(settings(tmp_path / "runs2", token=odd))) as c:
        wrong = c.post("/api/session", json={"token": "nope"})
        assert wrong.status_code == 401 and "set-cookie" not in wrong.headers
        signed = c.post("/api/session", json={"token": odd})
        assert signed.status_code == 204, signed.text
        assert "HttpOnly" in signed.headers["set-cookie"]
        assert "samesite=strict" in signed.headers["set-cookie"].lower()
        assert c.get("/api/orgs").status_code == 200  # the cookie, now in the client
        assert c.delete("/api/session").status_code == 204
        c.cookies.clear()
        assert c.get("/api/orgs").status_code == 401
        page = c.get("/")
        assert "content-security-policy" in page.headers


def test_only_allowed_hosts_are_served(tmp_path: Path) -> None:
    """DNS rebinding: a page on evil.example that resolves to 127.0.0.1 gets nothing."""
    with TestClient(create_app(settings(tmp_path / "runs"))) as c:
        evil = {"Host": "evil.example", "Origin": "http://evil.example"}
        for response in (c.get("/api/runs", headers=evil), start(c, headers=evil)):
            assert response.status_code == 400
            assert "evil.example" in one_line_error(response)
            assert "--allowed-host" in one_line_error(response)
        assert c.get("/", headers={"Host": "evil.example"}).status_code == 400
        assert c.get("/api/runs").status_code == 200
        assert list((tmp_path / "runs").iterdir()) == []
    loopback = WebSettings(runs_dir=tmp_path / "r2", base_config=PlanConfig(engine="rules"))
    assert {"127.0.0.1", "localhost", "::1"} <= set(loopback.allowed_hosts)
    with TestClient(create_app(loopback), base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/orgs").status_code == 200
        assert c.get("/api/orgs", headers={"Host": "localhost:8000"}).status_code == 200
        assert c.get("/api/orgs", headers={"Host": "testserver"}).status_code == 400


def test_query_tokens_are_scrubbed_from_the_access_log() -> None:
    import logging

    from agent.web import ScrubTokens

    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5", "GET", "/api/runs/x/events?after=2&token=s3cret", "1.1", 200),
        None,
    )
    ScrubTokens().filter(record)
    line = record.getMessage()
    assert "s3cret" not in line and "token=[redacted]" in line and "after=2" in line


# -- cancel, delete, retention, restarts ----------------------------------------------------


def test_cancel_and_delete_a_run(client: TestClient) -> None:
    run_id = start(client).json()["id"]
    wait(client, run_id, "paused")
    cancelled = client.post(f"/api/runs/{run_id}/cancel")
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["status"] == "failed" and "cancelled" in cancelled.json()["error"]
    again = client.post(f"/api/runs/{run_id}/cancel")
    assert again.status_code == 409 and "already failed" in one_line_error(again)
    late = client.post(f"/api/runs/{run_id}/answers", json={"answers": {}})
    assert late.status_code == 409

    runs_dir = client.app.state.settings.runs_dir  # type: ignore[attr-defined]
    assert (runs_dir / run_id).is_dir()
    assert client.delete(f"/api/runs/{run_id}").status_code == 204
    assert not (runs_dir / run_id).exists()
    assert client.get(f"/api/runs/{run_id}").status_code == 404
    assert client.delete(f"/api/runs/{run_id}").status_code == 404


def test_cancel_stops_a_running_run(tmp_path: Path) -> None:
    """A run is a process: cancelling kills it, and the run ends failed with the reason."""
    with TestClient(create_app(settings(tmp_path / "runs", workers=1))) as c:
        first = start(c, interactive=False).json()["id"]
        queued = start(c, interactive=False).json()["id"]  # waits for the one worker
        stopped = c.post(f"/api/runs/{queued}/cancel").json()
        assert stopped["status"] == "failed" and stopped["error"] == "cancelled by request"
        wait(c, first, "running", "done")
        result = c.post(f"/api/runs/{first}/cancel")
        if result.status_code == 409:  # it finished before the cancel arrived
            assert "already done" in one_line_error(result)
        else:
            assert result.json()["status"] in ("failed", "done")
        assert c.get(f"/api/runs/{queued}").json()["status"] == "failed"


def test_retention_deletes_old_and_oversized_runs(tmp_path: Path) -> None:
    runs_dir = tmp_path / "runs"
    with TestClient(create_app(settings(runs_dir))) as c:
        ids = [start(c, interactive=False).json()["id"] for _ in range(2)]
        for run_id in ids:
            wait(c, run_id, "done")
    # age: make the first run look 40 days old
    record = RunRecord.load(record_path(runs_dir / ids[0] / "out"))
    record.save(record_path(runs_dir / ids[0] / "out"))
    stale = json.loads(record_path(runs_dir / ids[0] / "out").read_text())
    stale["updated"] = time.time() - 40 * 86400
    record_path(runs_dir / ids[0] / "out").write_text(json.dumps(stale))
    with TestClient(create_app(settings(runs_dir, retention_days=30))) as c:
        assert [r["id"] for r in c.get("/api/runs").json()["runs"]] == [ids[1]]
        assert not (runs_dir / ids[0]).exists()
    # size: a total budget smaller than one run keeps none of the settled runs
    with TestClient(create_app(settings(runs_dir, retention_bytes=1000))) as c:
        assert c.get("/api/runs").json() == {"runs": []}


@pytest.mark.long  # resilience: a crash loop
def test_restart_fails_a_run_that_keeps_crashing_after_one_retry(tmp_path: Path) -> None:
    """A run that was running when the server died is retried once, then marked failed."""
    runs_dir = tmp_path / "runs"
    with TestClient(create_app(settings(runs_dir))) as c:
        run_id = start(c, interactive=False).json()["id"]
        wait(c, run_id, "done")
    path = record_path(runs_dir / run_id / "out")
    record = RunRecord.load(path)
    record.status, record.attempts = "running", 2  # it already had its one retry
    record.save(path)
    with TestClient(create_app(settings(runs_dir))) as c:
        run = c.get(f"/api/runs/{run_id}").json()
        assert run["status"] == "failed" and "not retried again" in run["error"]
        assert [k for k, _ in events(c, run_id)] == ["status"]


# -- restart ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "recorded",
    [
        pytest.param(True, id="pause-recorded"),
        pytest.param(False, id="died-before-record", marks=pytest.mark.long),  # resilience
    ],
)
def test_restart_lists_paused_runs_and_resumes_them(tmp_path: Path, recorded: bool) -> None:
    runs_dir = tmp_path / "runs"
    with TestClient(create_app(settings(runs_dir))) as first:
        run_id = start(first).json()["id"]
        paused = wait(first, run_id, "paused")
    if not recorded:  # the process died after the checkpoint, before the record said "paused"
        path = record_path(runs_dir / run_id / "out")
        record = RunRecord.load(path)
        record.status, record.questions = "running", []
        record.save(path)
    with TestClient(create_app(settings(runs_dir))) as second:
        run = wait(second, run_id, "paused")  # re-read from the checkpoint, never auto-answered
        listed = second.get("/api/runs").json()["runs"]
        assert [(r["id"], r["status"]) for r in listed] == [(run_id, "paused")]
        assert run["questions"] == paused["questions"]
        assert [k for k, _ in events(second, run_id)] == ["status"]
        answered = second.post(f"/api/runs/{run_id}/answers", json={"answers": {"V1": ANSWER}})
        assert answered.status_code == 202
        wait(second, run_id, "done")
        plan = Plan.model_validate_json(second.get(f"/api/runs/{run_id}/plan.json").content)
        assert ANSWER in next(v for v in plan.visions if v.id == "V1").answers


@pytest.mark.long  # resilience: restart mid-run
def test_restart_resumes_runs_that_were_queued_or_running(tmp_path: Path) -> None:
    """Runs the previous process had accepted but not finished are picked up on startup."""
    runs_dir = tmp_path / "runs"
    ids = []
    for status, n in (("running", "ab"), ("queued", "cd")):
        run_id = n * 16
        run_dir = runs_dir / run_id
        run_dir.mkdir(parents=True)
        shutil.copy(DECK, run_dir / "deck.pptx")
        RunRecord(
            thread_id=run_id,
            status=status,  # type: ignore[arg-type]
            step="extract" if status == "running" else None,
            steps_done=["extract"] if status == "running" else [],
            attempts=1 if status == "running" else 0,
            deck_path=str(run_dir / "deck.pptx"),
            context_dir=str(ORG),
            out_dir=str(run_dir / "out"),
            deck_name="strategy.pptx",
            config=PlanConfig(engine="rules").to_dict(),
            labels={"org": "northwind"},
        ).save(record_path(run_dir / "out"))
        ids.append(run_id)
    (runs_dir / "not-a-run").mkdir()  # ignored
    with TestClient(create_app(settings(runs_dir))) as c:
        for run_id in ids:
            run = wait(c, run_id, "done")
            assert run["downloads"]["plan.json"].endswith("/plan.json")
        assert sorted(r["id"] for r in c.get("/api/runs").json()["runs"]) == sorted(ids)
        assert c.get(f"/api/runs/{ids[0]}").json()["attempts"] == 2


@pytest.mark.long  # resilience: shutdown mid-run
def test_a_server_shutdown_requeues_a_running_run_without_spending_its_retry(
    tmp_path: Path,
) -> None:
    runs_dir = tmp_path / "runs"
    with TestClient(create_app(settings(runs_dir, workers=1))) as c:
        run_id = start(c, interactive=False).json()["id"]
        wait(c, run_id, "running", "done")
    record = RunRecord.load(record_path(runs_dir / run_id / "out"))
    if record.status == "done":
        pytest.skip("the run finished before the shutdown")
    assert record.status == "queued" and record.attempts == 0
    with TestClient(create_app(settings(runs_dir))) as c:
        run = wait(c, run_id, "done")
        assert run["attempts"] == 1


def test_a_step_relayed_after_the_run_settled_is_announced_as_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The budget's child saves the pause before the parent relays its last steps: a step
    event must not say "paused", or a page closes its stream there and never sees the run
    resume (the browser test's skip stalled on "Waiting for your answers")."""
    from agent import runner
    from agent.web._worker import Job, execute

    out = tmp_path / "out"
    record_file = record_path(out)
    record_file.parent.mkdir(parents=True)
    RunRecord(out_dir=str(out), deck_path=str(DECK)).save(record_file)

    def plan(*_args: Any, progress: Any, **_kwargs: Any) -> runner.RunResult:
        ahead = RunRecord.load(record_file)
        ahead.status, ahead.step = "paused", None
        ahead.save(record_file)  # the child ran ahead of its relayed steps
        progress("find_visions", {})
        return runner.RunResult("paused", out, record_file.parent, record=ahead)

    monkeypatch.setattr(runner, "plan", plan)
    events: list[tuple[str, str, str | None]] = []
    execute(Job("r1"), record_file, None, lambda r, e: events.append((e, r.status, r.step)))
    assert events == [
        ("running", "running", None),
        ("step", "running", "find_visions"),
        ("paused", "paused", None),
    ]


def test_a_run_settled_without_its_event_ends_the_stream_saying_how(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run whose settled state was written with no settling event (the worker's event lost):
    the stream waits for it, then ends on a status event carrying the run as it is, so the
    page does not keep its last state and reconnect to the same silence."""
    monkeypatch.setattr("agent.web._store.FOLLOW_SAFETY_POLL", 0.05)
    run_id = start(client).json()["id"]
    wait(client, run_id, "paused")
    seen = len(events(client, run_id, "?after=0"))
    store = client.app.state.runs.store  # type: ignore[attr-defined]
    record = store.get(run_id)
    running = record.model_copy(update={"status": "running", "updated": record.updated + 1})
    store.publish(running, "running")
    done = running.model_copy(update={"status": "done", "updated": running.updated + 1})
    store.publish(done, None)  # settled, its event never published
    tail = events(client, run_id, f"?after={seen}")
    assert [kind for kind, _ in tail] == ["running", "status"], tail
    assert tail[-1][1]["status"] == "done"
