"""The page in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

No browser is downloaded: Playwright launches the system Chromium by its path. Without it
the test is skipped, and `make test` (pytest -ra) prints why.
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from agent.config import PlanConfig
from agent.web import WebSettings, create_app

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="chromium not installed: apt-get install chromium"
    ),
]
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "northwind-health"
ANSWER = "Online booking conversion for new primary-care patients from 12% to 18% by Q4 2027; owner VP Digital Experience"
HOSTILE_NAME = "<img src=x onerror=window.__pwned=1>strategy.pptx"  # browsers encode quotes


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """The app under uvicorn on 127.0.0.1, in a thread, with the example org configured."""
    import uvicorn

    settings = WebSettings(
        runs_dir=tmp_path / "runs",
        orgs={"northwind-health": EXAMPLE / "org"},
        base_config=PlanConfig(engine="rules"),
    )
    port = _free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def _keep(path: Path) -> None:
    target = os.environ.get("GROUNDWORK_ARTIFACTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / path.name)


def test_strategist_goes_from_upload_to_downloaded_plan(server: str, tmp_path: Path) -> None:
    from playwright.sync_api import FilePayload, expect, sync_playwright

    expect.set_options(timeout=90_000)  # a run takes longer than 5 s on a loaded machine

    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        try:
            context = browser.new_context(
                viewport={"width": 1440, "height": 900}, accept_downloads=True
            )
            page = context.new_page()
            page.set_default_timeout(30_000)
            page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
            page.on(
                "console",
                lambda msg: (
                    problems.append(f"console {msg.type}: {msg.text}")
                    if msg.type == "error"
                    else None
                ),
            )
            page.on(
                "request",
                lambda req: (
                    problems.append(f"off-host request: {req.url}")
                    if not req.url.startswith((server, "data:"))
                    else None
                ),
            )

            page.goto(server + "/")
            expect(page.locator("#org-select")).to_contain_text("northwind-health")

            # upload the deck with the configured org; the run pauses on vague visions
            page.set_input_files("#deck", str(EXAMPLE / "strategy.pptx"))
            page.click("#submit")
            expect(page.locator("#questions")).to_be_visible()
            expect(page.locator("#run-status")).to_have_text("Waiting for your answers")
            expect(page.locator("#question-list .question").first).to_be_visible()
            assert page.locator("#question-list textarea").count() >= 2
            expect(page.locator("#progress .step.done").first).to_be_visible()

            # answer one question and continue
            page.fill("#answer-V1", ANSWER)
            page.click("#answers-submit")
            expect(page.locator("#plan")).to_be_visible(
                timeout=90_000
            )  # the run resumes in a worker process
            expect(page.locator("#run-status")).to_have_text("Done")
            expect(page.locator("#questions")).to_be_hidden()

            # visions with vague flags, reasons and the answer
            visions = page.locator("#panel-visions .vision")
            assert visions.count() >= 5
            expect(page.locator("#panel-visions .vision.is-vague").first).to_be_visible()
            expect(page.locator("#panel-visions .reasons li").first).to_be_visible()
            first = visions.first
            expect(first).to_contain_text("V1")
            expect(first).to_contain_text("Your answer")
            expect(first).to_contain_text("strategy.pptx, slide")
            page.screenshot(path=str(tmp_path / "web-visions.png"))

            # tasks by layer and by role
            page.click("#tab-tasks")
            expect(page.locator("#panel-tasks .task-group h3").first).to_contain_text("Experience")
            page.get_by_role("button", name="By role").click()
            expect(page.locator("#panel-tasks .task-group").first).to_be_visible()

            # the RACI table
            page.click("#tab-raci")
            rows = page.locator("#raci-table tbody tr")
            assert rows.count() > 4
            expect(page.locator("#raci-table td.raci-A").first).to_be_visible()

            # the roadmap, drawn as SVG
            page.click("#tab-roadmap")
            expect(page.locator("#roadmap-svg")).to_be_visible()
            assert page.locator("#roadmap-svg rect.bar").count() > 4
            screenshot = tmp_path / "web-roadmap.png"
            page.screenshot(path=str(screenshot), full_page=True)

            page.click("#tab-gaps")
            expect(page.locator("#panel-gaps")).to_contain_text("Warnings")

            # download the RACI workbook like a user would
            with page.expect_download() as info:
                page.click("#downloads-main a[download='raci.xlsx']")
            download = info.value
            saved = tmp_path / "raci.xlsx"
            download.save_as(saved)
            workbook = load_workbook(io.BytesIO(saved.read_bytes()))
            assert workbook.worksheets[0].max_row > 4

            # a hostile file name is shown as text, never run as markup
            page.click(".brand")
            hostile: FilePayload = {
                "name": HOSTILE_NAME,
                "mimeType": "application/octet-stream",
                "buffer": (EXAMPLE / "strategy.pptx").read_bytes(),
            }
            page.set_input_files("#deck", files=hostile)
            page.click("summary")  # Options
            page.uncheck("#interactive")
            page.click("#submit")
            expect(page.locator("#run-status")).to_have_text("Done")
            expect(page.locator("#run-deck")).to_have_text(HOSTILE_NAME)
            expect(page.locator("#run-list")).to_contain_text(HOSTILE_NAME)
            assert page.evaluate("window.__pwned") is None
            assert page.locator("main img, aside img").count() == 0
        finally:
            browser.close()

    _keep(screenshot)
    _keep(tmp_path / "web-visions.png")
    assert not problems, problems
