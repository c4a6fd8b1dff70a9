"""The page in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

No browser is downloaded: Playwright launches the system Chromium by its path. Without it
the tests are skipped, and `make test` (pytest -ra) prints why.

A strategist's whole journey: upload, progress, the clarifying questions, skip, the plan,
answer later (a re-plan), every tab, the report download opened on its own, the API docs; a
phone (390 px); a deck with no visions; errors in plain words. Every screen is checked with
axe-core (vendored from its npm package in tests/data/axe-core: never a CDN) for serious or
critical violations. Waits follow the run's own state through the API, with generous
timeouts: a loaded machine runs plans slowly, and a test must not mistake slow for broken.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
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
AXE = Path(__file__).resolve().parent / "data" / "axe-core" / "axe.min.js"
ANSWER = "Online booking conversion for new primary-care patients from 12% to 18% by Q4 2027; owner VP Digital Experience"
TRUST = "Patient trust score from 61 to 70 by Q4 2027, measured by the quarterly survey; owner Chief Marketing Officer"
HOSTILE_NAME = "<img src=x onerror=window.__pwned=1>strategy.pptx"  # browsers encode quotes
RUN_TIMEOUT = 420.0  # seconds a run may take on a loaded 2-core machine
UI_TIMEOUT = 120_000  # ms for the page to show what the run's state already says
TABS = ("visions", "scenarios", "tasks", "raci", "roadmap", "gaps")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(settings: WebSettings) -> Iterator[str]:
    """The app under uvicorn on 127.0.0.1, in a thread."""
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The example org configured; no token."""
    yield from _serve(
        WebSettings(
            runs_dir=tmp_path_factory.mktemp("web") / "runs",
            orgs={"northwind-health": EXAMPLE / "org"},
            base_config=PlanConfig(engine="rules"),
            token=None,
            workers=2,
        )
    )


@pytest.fixture
def token_server(tmp_path: Path) -> Iterator[str]:
    yield from _serve(
        WebSettings(
            runs_dir=tmp_path / "runs",
            orgs={"northwind-health": EXAMPLE / "org"},
            base_config=PlanConfig(engine="rules"),
            token="s3cret-page",
        )
    )


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=UI_TIMEOUT)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


class Watch:
    """A page's console errors, uncaught errors and requests that leave the host."""

    def __init__(self, page: Any, allowed: tuple[str, ...]) -> None:
        self.problems: list[str] = []
        self.expected: list[str] = []  # errors a step provokes on purpose (a refused upload)
        page.on("pageerror", lambda exc: self.problems.append(f"page error: {exc}"))
        page.on("console", self._console)
        page.on(
            "request",
            lambda req: (
                self.problems.append(f"off-host request: {req.url}")
                if not req.url.startswith(allowed)
                else None
            ),
        )

    def _console(self, msg: Any) -> None:
        if msg.type != "error":
            return
        if any(text in msg.text for text in self.expected):
            self.expected.remove(next(t for t in self.expected if t in msg.text))
            return
        self.problems.append(f"console {msg.type}: {msg.text}")


def _page(browser: Any, server: str, width: int = 1440, height: int = 900) -> tuple[Any, Watch]:
    context = browser.new_context(
        viewport={"width": width, "height": height},
        accept_downloads=True,
        has_touch=width < 600,  # a phone: taps, no hover
    )
    page = context.new_page()
    page.set_default_timeout(UI_TIMEOUT)
    return page, Watch(page, (server, "data:", "blob:"))


def axe_check(page: Any, screen: str, within: tuple[str, ...] = ()) -> None:
    """axe-core on what the page shows now: no serious or critical violation.

    ``within``: only these parts (CSS selectors), for a screen where nothing else changed
    since the whole page was checked (a tab switch changes its panel and the tab list). A
    whole-page check of a plan took about 2 s of the browser's CPU each time."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # evaluated through the DevTools protocol: the page's CSP (script-src 'self') stays on
        page.evaluate(AXE.read_text("utf-8"))
    result = page.evaluate(
        "async (within) => { const r = await axe.run("
        " within.length ? {include: within.map(s => [s])} : document,"
        " {resultTypes: ['violations']});"
        " return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})); }",
        list(within),
    )
    bad = [v for v in result if v["impact"] in ("serious", "critical")]
    assert not bad, f"axe on the {screen} screen: {json.dumps(bad, indent=1)}"


def _switched(tab: str) -> tuple[str, ...]:
    """What switching to ``tab`` changes: nothing is left out for the first tab."""
    return () if tab == TABS[0] else (f"#panel-{tab}", "[role=tablist]")


def run_id_of(page: Any) -> str:
    page.wait_for_url(re.compile(r".*#/runs/[0-9a-f]{32}$"))
    return str(page.evaluate("location.hash.slice(7)"))


def wait_run(server: str, run_id: str, ready: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    """Poll the run's own state until ``ready``; fail at once if it failed."""
    deadline = time.monotonic() + RUN_TIMEOUT
    while True:
        run = httpx.get(f"{server}/api/runs/{run_id}", timeout=30).json()
        if ready(run):
            return run
        assert run["status"] != "failed", run.get("error")
        assert time.monotonic() < deadline, f"run stuck in {run['status']} at {run['step']}"
        time.sleep(0.25)


def _keep(path: Path) -> None:
    target = os.environ.get("GROUNDWORK_ARTIFACTS")
    if target and path.is_file():
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / path.name)


def test_upload_skip_answer_later_tabs_downloads_and_docs(
    browser: Any, server: str, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    page, watch = _page(browser, server)
    page.goto(server + "/")
    expect(page.locator("#org-select")).to_contain_text("northwind-health")
    axe_check(page, "empty")

    # a skip link past the runs list; the engine that cannot run here is not offered
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    page.click("summary")  # Options
    expect(page.locator("#engine-note")).to_contain_text("Rules")
    assert page.locator("#engine option[value=llm]").count() == 0

    # the form's own error, then the server's: plain words, the file's own name
    page.click("#submit")
    expect(page.locator("#form-error")).to_contain_text("Choose the strategy deck")
    axe_check(page, "form error")
    page.set_input_files(
        "#deck",
        files={"name": "Q3 notes.pptx", "mimeType": "text/plain", "buffer": b"just notes\n" * 50},
    )
    watch.expected.append("status of 415")  # the browser logs the refused upload
    page.click("#submit")
    error = page.locator("#form-error")
    expect(error).to_contain_text("Q3 notes.pptx: not a deck")
    assert "byte" not in error.inner_text() and "/" not in error.inner_text()

    # upload with the configured org; progress is announced, then the run pauses
    page.set_input_files("#deck", str(EXAMPLE / "strategy.pptx"))
    page.click("#submit")
    run_id = run_id_of(page)
    expect(page.locator("#progress .step").first).to_be_visible()
    assert page.locator("#run-announce[aria-live=polite]").count() == 1
    axe_check(page, "progress")
    paused = wait_run(server, run_id, lambda r: r["status"] == "paused")
    expect(page.locator("#run-status")).to_have_text("Waiting for your answers")
    expect(page.locator("#run-announce")).to_contain_text("Waiting for your answers")
    first = paused["questions"][0]
    area = page.locator(f"#answer-{first['id']}")
    expect(area).to_have_value(first["suggested_rewrite"])  # pre-filled, editable text
    assert area.get_attribute("placeholder") is None
    expect(page.get_by_label(f"Your answer for {first['id']}", exact=True)).to_be_visible()
    axe_check(page, "questions")

    # skip: the run finishes with its flags (it never comes back with the same questions)
    page.click("#answers-skip")
    expect(page.locator("#questions")).to_be_hidden()  # the server took the skip
    done = wait_run(server, run_id, lambda r: r["status"] in ("paused", "done"))
    assert done["status"] == "done", "skip paused the run again"
    vague = done["summary"]["vague"]
    assert vague >= 2
    expect(page.locator("#run-status")).to_have_text(f"Done: {vague} vision(s) still vague")
    expect(page.locator("#run-outcome")).to_contain_text("still too vague")

    # answer later: the remaining questions, answered, re-plan what they change
    later = page.locator("#questions")
    expect(later).to_be_visible()
    expect(page.locator("#questions-title")).to_have_text("Answer the remaining questions")
    expect(page.locator("#answers-skip")).to_be_hidden()
    axe_check(page, "answer later")
    page.click("#answers-submit")  # nothing edited: nothing to re-plan
    expect(page.locator("#answers-error")).to_contain_text("Edit at least one answer")
    vid = done["open_questions"][0]["id"]
    page.fill(f"#answer-{vid}", f"{ANSWER} <target>")
    page.click("#answers-submit")
    expect(page.locator("#answers-error")).to_contain_text("angle brackets")
    page.fill(f"#answer-{vid}", ANSWER)
    page.click("#answers-submit")
    replanned = wait_run(
        server, run_id, lambda r: r["status"] == "done" and r["summary"]["vague"] < vague
    )
    assert replanned["summary"]["vague"] == vague - 1
    assert vid not in {q["id"] for q in replanned["open_questions"]}
    expect(page.locator("#run-status")).to_have_text(f"Done: {vague - 1} vision(s) still vague")
    card = page.locator("#panel-visions .vision").filter(has_text="Your answer")
    expect(card.first).to_contain_text(ANSWER)
    expect(card.first).to_contain_text("strategy.pptx, slide")

    # tabs: counts say what they count; arrow keys move between them; each panel is labelled
    expect(page.locator("#tab-roadmap .count")).to_have_text("3 phases")
    expect(page.locator("#tab-gaps .count")).to_contain_text("gaps,")
    page.focus("#tab-visions")
    page.keyboard.press("ArrowRight")
    expect(page.locator("#tab-scenarios")).to_be_focused()
    expect(page.locator("#tab-scenarios")).to_have_attribute("aria-selected", "true")
    page.keyboard.press("End")
    expect(page.locator("#tab-gaps")).to_be_focused()
    page.keyboard.press("ArrowRight")
    expect(page.locator("#tab-visions")).to_be_focused()
    for tab in TABS:
        page.click(f"#tab-{tab}")
        panel = page.locator(f"#panel-{tab}")
        expect(panel).to_be_visible()
        assert panel.get_attribute("aria-labelledby") == f"tab-{tab}"
        if tab == "tasks":
            expect(panel.locator(".task-group h3").first).to_contain_text("Experience")
            page.get_by_role("button", name="By role").click()
            expect(panel.locator(".task-group").first).to_be_visible()
        if tab == "raci":
            expect(page.locator("#raci-table td.raci-A").first).to_be_visible()
            # the deck's own governance lines, quoted with their slide, above the matrix
            governance = page.locator("#raci-governance")
            expect(governance.locator("summary")).to_contain_text("Governance as the deck sets it")
            governance.locator("summary").click()
            expect(governance.locator("li").first).to_contain_text("Executive sponsor")
            expect(governance.locator("li").first).to_contain_text("strategy.pptx, slide")
            wrap = page.locator(".table-wrap")
            assert wrap.get_attribute("tabindex") == "0" and wrap.get_attribute("aria-label")
        if tab == "roadmap":
            chart = page.locator("#roadmap-chart")
            assert chart.get_attribute("tabindex") == "0"
            assert chart.locator(".rm-task .rm-bar").count() > 4
            row = chart.locator(".rm-task").first
            row.click()
            expect(row).to_have_attribute("aria-expanded", "true")
            expect(chart.locator(".rm-details:visible").first).to_contain_text("weeks")
        # the whole page once the plan is shown; after that, what a tab switch changes
        axe_check(page, f"{tab} tab", within=_switched(tab))
    page.screenshot(path=str(tmp_path / "web-plan.png"), full_page=True)

    # the main downloads are for people; machine formats sit under "for tools"
    main = page.locator("#downloads-main a")
    assert main.all_inner_texts() == ["Report (web page)", "Report (Word)"]
    assert page.locator("#downloads-role-list a").count() >= 5
    expect(page.locator("#downloads-tools a[download='plan.json']")).to_be_attached()
    expect(page.locator("#downloads-tools")).to_contain_text("Jira (CSV)")
    page.click("#downloads-tools summary")
    with page.expect_download() as info:
        page.click("#downloads-tools a[download='raci.xlsx']")
    saved = tmp_path / "raci.xlsx"
    info.value.save_as(saved)
    assert load_workbook(io.BytesIO(saved.read_bytes())).worksheets[0].max_row > 4

    # report.html opens on its own: no console error, no request beyond the file
    with page.expect_download() as info:
        page.click("#downloads-main a[download='report.html']")
    report = tmp_path / "report.html"
    info.value.save_as(report)
    viewer = page.context.new_page()
    opened = Watch(viewer, (report.as_uri(), "data:"))
    viewer.goto(report.as_uri())
    expect(viewer.locator("h1").first).to_be_visible()
    expect(viewer.locator("body")).to_contain_text(ANSWER[:40])
    viewer.close()
    assert not opened.problems, opened.problems

    # the API docs: an offline viewer that renders the app's OpenAPI 3.1 document
    docs = page.context.new_page()
    seen = Watch(docs, (server, "data:"))
    docs.goto(server + "/docs")
    expect(docs.locator(".opblock").first).to_be_visible()
    assert docs.locator(".opblock").count() >= 10
    expect(docs.locator(".info")).to_contain_text("OAS 3.1")
    expect(docs.locator("body")).not_to_contain_text("Unable to render this definition")
    docs.close()
    assert not seen.problems, seen.problems

    # a hostile file name is shown as text, never run as markup
    page.click(".brand")
    page.set_input_files(
        "#deck",
        files={
            "name": HOSTILE_NAME,
            "mimeType": "application/octet-stream",
            "buffer": (EXAMPLE / "strategy.pptx").read_bytes(),
        },
    )
    page.click("summary")  # Options
    page.uncheck("#interactive")
    page.click("#submit")
    hostile_id = run_id_of(page)
    expect(page.locator("#run-deck")).to_have_text(HOSTILE_NAME)
    expect(page.locator("#run-list")).to_contain_text(HOSTILE_NAME)
    wait_run(server, hostile_id, lambda r: r["status"] == "done")
    expect(page.locator("#plan")).to_be_visible()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main img, aside img").count() == 0
    page.context.close()
    _keep(tmp_path / "web-plan.png")
    assert not watch.problems, watch.problems


WIDER_THAN_SCREEN = """() => {
  const width = document.documentElement.clientWidth;
  const scrolls = (e) => { for (let p = e.parentElement; p; p = p.parentElement) {
    const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; }
    return false; };
  return [...document.querySelectorAll('body *')]
    .filter((e) => e.getClientRects().length && !scrolls(e))
    .filter((e) => { const r = e.getBoundingClientRect(); return r.right > width + 1 || r.left < -1; })
    .slice(0, 5).map((e) => e.tagName + '#' + e.id + '.' + e.className);
}"""


@pytest.mark.long  # a second screen size of the journey make test drives
def test_phone_layout(browser: Any, server: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page, watch = _page(browser, server, 390, 844)
    page.goto(server + "/")
    expect(page.locator("#org-select")).to_contain_text("northwind-health")
    page.set_input_files("#deck", str(EXAMPLE / "strategy.pptx"))
    page.click("summary")
    page.uncheck("#interactive")
    page.click("#submit")
    run_id = run_id_of(page)
    # after "Build the plan" the reader is taken to the run: in view, with focus
    expect(page.locator("#run-deck")).to_be_focused()
    head = page.locator("#run-head").bounding_box()
    assert head is not None and 0 <= head["y"] < 844, head
    wait_run(server, run_id, lambda r: r["status"] == "done")
    expect(page.locator("#plan")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.evaluate(WIDER_THAN_SCREEN) == []

    for tab in TABS:
        page.click(f"#tab-{tab}")
        expect(page.locator(f"#panel-{tab}")).to_be_visible()
        wide = page.evaluate(WIDER_THAN_SCREEN)
        assert wide == [], f"{tab} tab: wider than a 390px screen: {wide}"
        if tab == "tasks":
            titles = page.locator("#panel-tasks .t-title")
            box = titles.first.bounding_box()
            assert box is not None and box["width"] > 200, box  # the title column never collapses
            height = page.locator("#panel-tasks").bounding_box()["height"]
            assert height < 5000, f"Tasks tab is {height:.0f}px tall on a phone"
        if tab == "raci":
            # one role's rows by default; the matrix keeps a narrow sticky item column
            expect(page.locator("#raci-role-view")).to_be_visible()
            page.get_by_role("button", name="Matrix").click()
            item = page.locator("#raci-table tbody th.item").first.bounding_box()
            assert item is not None and item["width"] <= 0.45 * 390, item
        if tab == "roadmap":
            row = page.locator("#roadmap-chart .rm-task").first
            label = row.locator(".rm-label").bounding_box()
            assert label is not None and label["width"] > 250, label  # full width, readable
            row.tap()  # a tap, not a hover, opens the details
            expect(row).to_have_attribute("aria-expanded", "true")
        axe_check(page, f"phone {tab} tab", within=_switched(tab))
    page.screenshot(path=str(tmp_path / "web-phone.png"), full_page=True)
    page.context.close()
    _keep(tmp_path / "web-phone.png")
    assert not watch.problems, watch.problems


def _deck_without_visions(path: Path) -> Path:
    from pptx import Presentation

    deck = Presentation()
    slides = [
        ("Team offsite", ["March 2026", "Lisbon"]),
        ("Agenda", ["Welcome and introductions", "Lunch", "Walk by the river"]),
        ("Thank you", ["Questions?"]),
    ]
    for title, lines in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        body = slide.placeholders[1].text_frame
        body.text = lines[0]
        for line in lines[1:]:
            body.add_paragraph().text = line
    deck.save(str(path))
    return path


def test_a_deck_with_no_visions_says_what_was_found_and_what_to_do(
    browser: Any, server: str, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    page, watch = _page(browser, server)
    page.goto(server + "/")
    expect(page.locator("#org-select")).to_contain_text("northwind-health")
    page.set_input_files("#deck", str(_deck_without_visions(tmp_path / "offsite.pptx")))
    page.click("#submit")
    run_id = run_id_of(page)
    run = wait_run(server, run_id, lambda r: r["status"] in ("paused", "done"))
    assert run["status"] == "done" and run["summary"]["visions"] == 0
    badge = page.locator("#run-status")
    expect(badge).to_have_text("Done: no visions found")
    assert "done" not in (badge.get_attribute("class") or "").split()  # not the green "Done"
    outcome = page.locator("#run-outcome")
    expect(outcome).to_contain_text("No visions found")
    expect(outcome).to_contain_text("3 slides")
    expect(outcome).to_contain_text("What to do next")
    expect(page.locator("#tab-visions .count")).to_have_text("0 visions")
    axe_check(page, "no visions")
    page.context.close()
    assert not watch.problems, watch.problems


def test_page_signs_in_with_the_token_and_never_puts_it_in_a_url(
    browser: Any, token_server: str
) -> None:
    from playwright.sync_api import expect

    page, _watch = _page(browser, token_server)
    urls: list[str] = []
    page.on("request", lambda req: urls.append(req.url))
    page.goto(token_server + "/")
    expect(page.locator("#signin")).to_be_visible()
    page.fill("#signin-token", "wrong")
    page.click("#signin-form button[type=submit]")
    expect(page.locator("#signin-error")).to_contain_text("token")
    page.fill("#signin-token", "s3cret-page")
    page.click("#signin-form button[type=submit]")
    expect(page.locator("#signin")).to_be_hidden()
    expect(page.locator("#org-select")).to_contain_text("northwind-health")
    cookies = page.context.cookies()
    assert [c["httpOnly"] for c in cookies if c["name"] == "groundwork_token"] == [True]
    page.context.close()
    assert urls and not [u for u in urls if "s3cret" in u]
