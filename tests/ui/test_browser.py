"""The real app in headless Chromium: load, search, open an entity, use its network, run a query.

Skipped when Playwright's Python package or Debian's /usr/bin/chromium is
missing (no browser is ever downloaded). Screenshots go to test-artifacts/.
Every request to a host other than this machine is blocked and recorded: the
app must work offline, and a test fails when a page even tried to reach out.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

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
    with running_explorer(sample_home, "streamlit.log") as url:
        yield url


@contextmanager
def running_explorer(home: Path, log_name: str) -> Iterator[str]:
    """``streamlit run ui/app.py`` on ``home`` and a free loopback port; yields its URL, stops it after."""
    port = free_port()
    env = {**os.environ, "NEWSGRAPH_HOME": str(home), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "ui" / "app.py"),
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    ARTIFACTS.mkdir(exist_ok=True)
    url = f"http://127.0.0.1:{port}"
    with (ARTIFACTS / log_name).open("ab") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_until_healthy(url, process)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
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


LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


@pytest.fixture(scope="module")
def outside() -> list[str]:
    """The URLs off this machine the pages asked for (each one blocked)."""
    return []


@pytest.fixture(scope="module")
def browser(app_url: str, outside: list[str]) -> Iterator[object]:
    """One Chromium for the module, every request off this machine blocked."""
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = chromium.new_context(viewport={"width": 1440, "height": 1800}, locale="zh-CN")
        context.route("**/*", lambda route: _local_only(route, outside))
        yield context
        chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh tab per test, so no test starts where another left the page."""
    tab = browser.new_page()
    tab.set_default_timeout(WAIT_MS)
    yield tab
    tab.close()


def _local_only(route: object, outside: list[str]) -> None:
    url = route.request.url
    if urlsplit(url).scheme in ("data", "blob") or urlsplit(url).hostname in LOCAL_HOSTS:
        route.continue_()
    else:
        outside.append(url)
        route.abort()


@pytest.fixture(autouse=True)
def _nothing_from_outside(outside: list[str]) -> Iterator[None]:
    """Each test fails when its pages tried to load anything from the internet."""
    before = len(outside)
    yield
    assert outside[before:] == [], "the app reached for the internet"


def shot(page: object, name: str) -> None:
    page.wait_for_timeout(800)  # let charts finish their transition before the screenshot
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_journalist_morning_round(app_url: str, page: object) -> None:
    page.goto(f"{app_url}/?lang=en")
    page.get_by_text("Top movers").wait_for()
    page.locator(".vega-embed").first.wait_for()
    shot(page, "overview")

    page.goto(f"{app_url}/search?lang=en")
    box = page.get_by_label("Company, person or organisation", exact=True).and_(page.locator("input"))
    box.fill("依圖")
    box.press("Enter")
    link = page.get_by_role("link", name="依图科技 · Company")
    link.wait_for()
    shot(page, "search")

    link.click()
    page.get_by_role("heading", name="依图科技").wait_for()
    wait_for_drawing(page)
    assert page.get_by_text("上海证券交易所").count() > 0
    shot(page, "entity-en")

    page.goto(f"{app_url}/listings?lang=en")
    page.get_by_text("Listing tracks").wait_for()
    shot(page, "listings-en")


def test_analyst_runs_a_console_query(app_url: str, page: object) -> None:
    page.goto(f"{app_url}/console?lang=en")
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
    page.goto(f"{app_url}/departures?lang=en")
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
    page.goto(f"{app_url}/digest?lang=en")
    download = page.get_by_role("button", name=re.compile(r"Download .* \(\d+ events\)"))
    download.wait_for()
    assert page.get_by_text(re.compile(r"No events in")).count() == 0
    assert page.locator("[data-testid=stException]").count() == 0
    shot(page, "digest")


#: The drawing's colours of exchanges and companies (newsgraph.ui.charts.LABEL_COLORS) as RGB.
EXCHANGE_RGB, COMPANY_RGB = (255, 127, 14), (31, 119, 180)
#: Pixels at the bottom of the drawing that hold its legend (which has a swatch of every colour).
LEGEND_PX = 70
#: Finds the pixels of one colour on the drawing's canvas; returns their centre and count, in page pixels.
FIND_COLOUR = """([r, g, b, legend, tolerance]) => {
  let x = 0, y = 0, n = 0, left = 0, top = 0;
  // ECharts may draw hovered or dragged elements on a layer of their own: look at every layer.
  for (const canvas of document.querySelectorAll('.echarts-container canvas')) {
    const box = canvas.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    for (let row = 0; row < canvas.height - legend * scale; row++) {
      for (let col = 0; col < canvas.width; col++) {
        const i = (row * canvas.width + col) * 4;
        if (data[i + 3] > 200 && Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < tolerance) {
          x += box.left + col / scale; y += box.top + row / scale; n++;
        }
      }
    }
  }
  return n ? {x: x / n, y: y / n, n: n} : null;
}"""


def wait_for_drawing(page: object) -> None:
    """Until the network is drawn and its layout has settled."""
    page.locator(".echarts-container canvas").first.wait_for()
    page.wait_for_function(
        f"() => {{ const f = {FIND_COLOUR}; return f([{', '.join(map(str, EXCHANGE_RGB))}, {LEGEND_PX}, 12]); }}"
    )
    page.wait_for_timeout(3000)  # the force layout settles


def exchange_node(page: object, tries: int = 25) -> dict:
    """Where the exchange is drawn, measured with the mouse away (a hovered node is drawn highlighted);
    on a loaded machine the layout may still be settling, so it is looked for a few times."""
    page.mouse.move(1, 1)
    for _ in range(tries):
        page.wait_for_timeout(600)
        if found := page.evaluate(FIND_COLOUR, [*EXCHANGE_RGB, LEGEND_PX, 12]):
            return found
    raise AssertionError("the exchange is not drawn")


def toward_the_middle(page: object, node: dict) -> tuple[int, int]:
    """A drag of (80, 60) pixels that heads for the drawing's middle, so it never ends on the legend."""
    box = page.locator(".echarts-container canvas").first.bounding_box()
    middle_x, middle_y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    return (80 if node["x"] < middle_x else -80), (60 if node["y"] < middle_y else -60)


def distance(page: object, point: tuple[float, float]) -> float:
    """How far the exchange is drawn from ``point``: it grows as the drawing zooms in around that point."""
    node = exchange_node(page)
    return ((node["x"] - point[0]) ** 2 + (node["y"] - point[1]) ** 2) ** 0.5


def zooms(page: object, anchor: tuple[float, float], before: float, tries: int = 4) -> bool:
    """Scroll up over ``anchor`` (each notch zooms x1.1 around the mouse) until the exchange is drawn
    farther from it; a loaded machine may drop a round of wheel events, or play it late, so a few small
    rounds: big ones played together could push the exchange out of the drawing."""
    for _ in range(tries):
        page.mouse.move(*anchor)
        page.wait_for_timeout(300)
        for _ in range(2):
            page.mouse.wheel(0, -120)
            page.wait_for_timeout(200)
        page.wait_for_timeout(1000)
        if distance(page, anchor) > before * 1.1:
            return True
    return False


def test_journalist_drags_zooms_hovers_and_clicks_the_network(app_url: str, page: object) -> None:
    page.goto(f"{app_url}/entity?entity=yitu&lang=en")
    wait_for_drawing(page)
    node = exchange_node(page)
    page.mouse.move(node["x"], node["y"])
    page.get_by_text("4 relationship(s) · click to open its page").wait_for()  # hover: the node's card
    shot(page, "network-hover")

    dx, dy = toward_the_middle(page, node)
    page.mouse.down()
    page.mouse.move(node["x"] + dx, node["y"] + dy, steps=8)
    page.wait_for_timeout(500)
    held = page.evaluate(FIND_COLOUR, [*EXCHANGE_RGB, LEGEND_PX, 60])  # highlighted while held
    shot(page, "network-dragged")
    page.mouse.up()
    assert held, "the dragged node is still drawn"
    assert abs(held["x"] - node["x"] - dx) + abs(held["y"] - node["y"] - dy) < 25, (
        "the node follows the mouse"
    )
    page.wait_for_timeout(1500)
    assert "entity=yitu" in page.url, "letting go of a dragged node does not open it"
    dragged = exchange_node(page)

    companies = page.evaluate(FIND_COLOUR, [*COMPANY_RGB, LEGEND_PX, 12])
    # Between the exchange and the companies: inside the drawing, where the wheel zooms it.
    anchor = ((dragged["x"] + companies["x"]) / 2, (dragged["y"] + companies["y"]) / 2)
    before = distance(page, anchor)
    assert zooms(page, anchor, before), "the drawing zooms around the mouse"
    shot(page, "network-zoomed")

    zoomed = exchange_node(page)
    page.mouse.click(zoomed["x"], zoomed["y"])
    page.get_by_role("heading", name="上海证券交易所").wait_for()
    assert "entity=sse" in page.url


def test_the_same_pages_in_chinese_are_all_chinese(app_url: str, page: object) -> None:
    page.goto(f"{app_url}/entity?entity=yitu&lang=zh")
    page.get_by_role("heading", name="依图科技").wait_for()
    wait_for_drawing(page)
    page.get_by_text("关系网络").first.wait_for()
    assert page.get_by_text("Network", exact=True).count() == 0
    shot(page, "entity-zh")
    page.goto(f"{app_url}/listings?lang=zh")
    page.get_by_text("上市进程").first.wait_for()
    page.locator("[data-testid=stDataFrame]").first.wait_for()
    shot(page, "listings-zh")


def test_a_console_attack_is_refused_by_the_database(
    app_url: str, page: object, sample_graph: object
) -> None:
    """A write hidden in a procedure's string passes any text filter: the server's refusal is what shows."""
    before = sample_graph.counts(), sample_graph.read("SHOW USERS"), sample_graph.read("SHOW INDEXES")
    page.goto(f"{app_url}/console?lang=en")
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
