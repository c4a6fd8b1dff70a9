"""report.html in real headless Chromium (Debian's, driven by Playwright): it opens with no
console error and no request beyond the file itself, hostile deck text stays text, the
roadmap chart is drawn, it fits a phone's width, and it prints to PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from agent.render import render_plan
from schemas.plan import Plan
from tests.plan_fixture import sample_grounded_plan, sample_org_roles

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="chromium not installed: apt-get install chromium"
    ),
]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
HOSTILE = "<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>"


def test_report_html_opens_offline_and_prints(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    data = sample_grounded_plan().model_dump(mode="json")
    data["title"] = f"Digital Front Door {HOSTILE} >= 2027"
    data["tasks"][0]["title"] += " " + HOSTILE
    data["gaps"][0]["text"] += ' <a href="https://example.com/x">link</a>'
    plan = Plan.model_validate(data)
    render_plan(plan, tmp_path, org_roles=sample_org_roles(), start_date=date(2027, 1, 4))
    url = (tmp_path / "report.html").as_uri()

    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.set_default_timeout(60_000)
            page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
            page.on(
                "console",
                lambda msg: (
                    problems.append(f"console {msg.type}: {msg.text}")
                    if msg.type in ("error", "warning")
                    else None
                ),
            )
            page.on(
                "request",
                lambda req: problems.append(f"request: {req.url}") if req.url != url else None,
            )
            page.goto(url)
            assert page.title().startswith("Northwind Health: Digital Front Door <img")
            assert page.evaluate("window.__pwned") is None
            assert page.locator("main img, main script, header img").count() == 0
            assert page.locator("#roadmap-chart svg rect.bar").count() == len(plan.tasks)
            assert page.locator("#roadmap-chart svg g.gate").count() == 2
            box = page.locator("#roadmap-chart svg").bounding_box()
            assert box is not None and box["width"] > 600 and box["height"] > 200
            assert page.locator("h2#executive-summary").is_visible()
            assert page.locator("table.matrix td.raci-A").count() == len(plan.raci)
            page.screenshot(path=str(tmp_path / "report-desktop.png"), full_page=True)

            # a phone: nothing wider than the screen (wide tables scroll inside their box)
            page.set_viewport_size({"width": 390, "height": 844})
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"page is {width}px wide on a 390px screen"

            pdf = page.pdf(format="A4", print_background=True)
            assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") > 3
        finally:
            browser.close()
    assert not problems, problems
