"""The real app in headless Chromium: load, search, open an entity, see its network, run a query.

Skipped when Playwright's Python package or Debian's /usr/bin/chromium is
missing (no browser is ever downloaded). Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from newsgraph.graph.server import free_port

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
START_TIMEOUT_S = 60
#: Generous waits: the first render of a page also warms up the graph server.
WAIT_MS = 30_000

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium", allow_module_level=True)


@pytest.fixture(scope="module")
def app_url(sample_home: Path) -> Iterator[str]:
    """``streamlit run ui/app.py`` on a free loopback port, showing the sample graph."""
    port = free_port()
    env = {**os.environ, "NEWSGRAPH_HOME": str(sample_home), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "ui" / "app.py"),
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    ARTIFACTS.mkdir(exist_ok=True)
    url = f"http://127.0.0.1:{port}"
    with (ARTIFACTS / "streamlit.log").open("wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_until_healthy(url, process)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


def _wait_until_healthy(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"streamlit exited with {process.returncode}; see {ARTIFACTS / 'streamlit.log'}"
            )
        try:
            if httpx.get(f"{url}/_stcore/health", timeout=2).text == "ok":
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"streamlit did not answer within {START_TIMEOUT_S}s")


@pytest.fixture(scope="module")
def page(app_url: str) -> Iterator[object]:
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1440, "height": 1800}, locale="zh-CN")
        tab = context.new_page()
        tab.set_default_timeout(WAIT_MS)
        yield tab
        browser.close()


def shot(page: object, name: str) -> None:
    page.wait_for_timeout(800)  # let charts finish their transition before the screenshot
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_journalist_morning_round(app_url: str, page: object) -> None:
    page.goto(app_url)
    page.get_by_text("Top movers").wait_for()
    page.locator(".vega-embed").first.wait_for()
    shot(page, "overview")

    page.goto(f"{app_url}/search")
    box = page.get_by_label("Company, person or organisation", exact=True).and_(page.locator("input"))
    box.fill("依圖")
    box.press("Enter")
    link = page.get_by_role("link", name="依图科技 · Company")
    link.wait_for()
    shot(page, "search")

    link.click()
    page.get_by_role("heading", name="依图科技").wait_for()
    page.locator(".vega-embed canvas, .vega-embed svg").first.wait_for()
    assert page.get_by_text("上海证券交易所").count() > 0
    shot(page, "entity")

    page.goto(f"{app_url}/listings")
    page.get_by_text("Stage history").wait_for()
    shot(page, "listings")


def test_analyst_runs_a_console_query(app_url: str, page: object) -> None:
    page.goto(f"{app_url}/console")
    editor = page.locator('textarea[aria-label="Cypher"]')
    editor.fill("MATCH (p:Person)-[r:LEFT]->(c) RETURN p.name AS person, c.name AS company, r.role AS role")
    page.get_by_role("button", name="Run").click()
    page.get_by_text(re.compile(r"\d+ row\(s\) in [\d.]+ s · rolled back")).wait_for()
    # The grid draws its cells on a canvas: wait for the grid itself.
    page.locator("[data-testid=stDataFrame]").first.wait_for()
    shot(page, "console")


#: Height of the header and of one row of Streamlit's data grid (pixels at the default density).
GRID_ROW_PX = 35


def test_journalist_selects_a_departure_then_filters_by_company(app_url: str, page: object) -> None:
    page.goto(f"{app_url}/departures")
    grid = page.locator("[data-testid=stDataFrame]").first
    grid.wait_for()
    page.wait_for_timeout(1500)  # the grid draws on a canvas after the element appears
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + GRID_ROW_PX * 2.5)  # the second row's checkbox
    page.get_by_text("1 report(s)").first.wait_for()
    page.get_by_text("Select rows in the table").wait_for(state="detached")
    shot(page, "departures-selected")

    page.get_by_label("Company").click()
    page.keyboard.type("依图科技")
    page.keyboard.press("Enter")
    page.get_by_text("Download CSV (1 rows)").wait_for()
    assert page.get_by_text("list index out of range").count() == 0
    assert page.locator("[data-testid=stException]").count() == 0
    page.get_by_text("Select rows in the table").wait_for()  # the old selection went with the old table
    shot(page, "departures-filtered")


def test_editor_opens_the_digest_on_a_week_with_events(app_url: str, page: object) -> None:
    page.goto(f"{app_url}/digest")
    download = page.get_by_role("button", name=re.compile(r"Download .* \(\d+ events\)"))
    download.wait_for()
    assert page.get_by_text(re.compile(r"No events in")).count() == 0
    assert page.locator("[data-testid=stException]").count() == 0
    shot(page, "digest")


def test_a_console_attack_is_refused_by_the_database(
    app_url: str, page: object, sample_graph: object
) -> None:
    """A write hidden in a procedure's string passes any text filter: the server's refusal is what shows."""
    before = sample_graph.counts(), sample_graph.read("SHOW USERS"), sample_graph.read("SHOW INDEXES")
    page.goto(f"{app_url}/console")
    editor = page.locator('textarea[aria-label="Cypher"]')
    for query, refusal in (
        ("MATCH (n) DETACH DELETE n", "read-only"),  # the console's own plain refusal
        (
            "CALL do.when(true, 'CREATE USER analyst SET PASSWORD \"analyst-password-1\"', 'RETURN 0') "
            "YIELD value RETURN value",
            "Error executing procedure",  # the server's: the reader may not manage users
        ),
    ):
        editor.fill(query)
        page.get_by_role("button", name="Run").click()
        page.locator("[data-testid=stAlertContentError]").filter(has_text=refusal).wait_for()
    shot(page, "console-refusal")
    after = sample_graph.counts(), sample_graph.read("SHOW USERS"), sample_graph.read("SHOW INDEXES")
    assert after == before
