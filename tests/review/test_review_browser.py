"""Corrections in the real explorer, in headless Chromium: one click each, and they hold.

On the sample corpus: reject the queue's first doubted person from the Review queue, merge 北辰语智总部
(the company's headquarters, read as a government body of its own for its 部) into 北辰语智 on its page,
reject an event from the Departures table. The corrections hold through a
re-extraction and a server restart (with the explorer started again); undone from the Review
page's history, the graph is exactly what it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

import pytest
from newsgraph.graph import queries
from newsgraph.graph.review import Item

from newsgraph.pipeline import IngestOptions, run_ingest
from newsgraph.review import queue
from tests.conftest import CORPUS
from tests.robustness.support import Home, assert_same_graph
from tests.ui.test_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, WAIT_MS, running_explorer

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Home]:
    """The sample corpus ingested through the pipeline, on a server of its own."""
    home = Home(tmp_path_factory.mktemp("review-browser"))
    home.start()
    with home.connect() as graph:
        run_ingest([str(CORPUS)], graph, IngestOptions(home=home.path))
    yield home
    home.stop()


def explorer(home: Home) -> AbstractContextManager[str]:
    """``streamlit run ui/app.py`` on ``home``; yields its URL."""
    return running_explorer(home.path, "streamlit-review.log")


@contextmanager
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = chromium.new_context(viewport={"width": 1440, "height": 1800}, locale="zh-CN").new_page()
        page.set_default_timeout(WAIT_MS)
        yield page
        chromium.close()


def entity_id(home: Home, name: str, label: str) -> str:
    with home.connect() as graph:
        rows = graph.read(f"MATCH (n:{label} {{name: $name}}) RETURN n.id AS id", name=name)
    assert len(rows) == 1, rows
    return rows[0]["id"]


def done(page: object, text: str) -> None:
    """Wait for the success message of a correction."""
    page.get_by_text(f"Done: {text}").wait_for()


def shot(page: object, name: str) -> None:
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / f"review-{name}.png"), full_page=True)


def doubted_person(home: Home) -> Item:
    """The Review queue's first person (an unusual name, a single mention: what the queue doubts).

    Chosen from the queue rather than named, so the test follows whatever the extraction still gets wrong.
    """
    with home.connect() as graph:
        items = queue(graph, 30)  # the Review page shows the first 30 (importing the page would run it)
    found = [i for i in items if i.kind == "entity" and i.label == "Person"]
    assert found, [(i.name, i.label, i.reasons) for i in items]
    return found[0]


def reject_from_the_queue(page: object, url: str, person: Item) -> None:
    page.goto(f"{url}/review?lang=en")
    name = page.get_by_role("textbox", name="Your name")
    name.fill("Browser Editor")
    name.press("Enter")
    link = page.get_by_role("link", name=f"{person.name} · Person")
    item = page.locator("[data-testid=stLayoutWrapper]").filter(has=link).last
    item.get_by_role("button", name="Reject", exact=True).click()
    done(page, f"reject {person.name}")
    shot(page, "queue")


def merge_on_the_entity_page(page: object, url: str, short: str) -> None:
    page.goto(f"{url}/entity?entity={short}&lang=en")
    page.get_by_text("Correct this entity").click()
    box = page.get_by_label("Merge into", exact=True).and_(page.locator("input"))
    box.fill("北辰语智")
    box.press("Enter")
    merge = page.get_by_role("button", name="Merge into the chosen entity")
    playwright_api.expect(merge).to_be_enabled(timeout=WAIT_MS)  # 北辰语智 is found and chosen
    merge.click()
    # the page moves to the entity merged into
    page.get_by_role("heading", name="北辰语智", exact=True).wait_for()
    done(page, "merge 北辰语智总部")
    shot(page, "merged")


def reject_a_table_row(page: object, url: str) -> None:
    page.goto(f"{url}/departures?lang=en")
    grid = page.locator("[data-testid=stDataFrame]").first
    grid.wait_for()
    page.wait_for_timeout(1000)
    frame = grid.bounding_box()
    page.mouse.click(frame["x"] + 18, frame["y"] + 35 + 17)  # the first row's selection box
    page.get_by_text("Correct the selected events:").wait_for()
    page.get_by_role("button", name="Reject").first.click()
    done(page, "reject departure")
    shot(page, "rejected")


def undo_everything(page: object, url: str, count: int) -> None:
    page.goto(f"{url}/review?lang=en")
    page.get_by_role("tab", name="History").click()
    undo = page.get_by_role("button", name="Undo")
    for left in reversed(range(count)):
        undo.first.click()
        playwright_api.expect(undo).to_have_count(
            left, timeout=WAIT_MS
        )  # the history stays open after each undo
    shot(page, "history")


def test_one_click_corrections_hold_and_undo_exactly(home: Home) -> None:
    before = home.snapshot()
    person = doubted_person(home)
    short = entity_id(home, "北辰语智总部", "Government")
    with home.connect() as graph:
        newest = queries.events(graph, "departure", limit=1)[0]["id"]  # the Departures table's first row
    with explorer(home) as url, browser() as page:
        reject_from_the_queue(page, url, person)
        merge_on_the_entity_page(page, url, short)
        reject_a_table_row(page, url)
    corrected = home.snapshot()
    assert not {person.id, short, newest} & corrected.ids
    with home.connect() as graph:
        run_ingest([], graph, IngestOptions(home=home.path, reextract=True))
    assert_same_graph(home.snapshot(), corrected)
    home.stop()
    home.start()
    assert_same_graph(home.snapshot(), corrected)
    with explorer(home) as url, browser() as page:
        undo_everything(page, url, 3)
    assert_same_graph(home.snapshot(), before)
