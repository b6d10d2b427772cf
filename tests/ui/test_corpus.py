"""The explorer on the sample corpus ingested through the real pipeline (skipped if it cannot be built)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from newsgraph.graph import queries
from newsgraph.graph.connection import Graph
from streamlit.testing.v1 import AppTest

from tests.ui.test_pages import PAGES, no_exception

OpenPage = Callable[..., AppTest]


@pytest.fixture(scope="module")
def corpus(request: pytest.FixtureRequest) -> tuple[Graph, Path]:
    """The corpus graph and its home; a pipeline that cannot run yet skips these tests, it does not fail them."""
    try:
        graph = request.getfixturevalue("corpus_graph")
    except Exception as exc:
        pytest.skip(f"the sample corpus could not be ingested: {type(exc).__name__}: {exc}")
    if queries.is_empty(graph):
        pytest.skip("the sample corpus ingested to an empty graph")
    return graph, request.getfixturevalue("corpus_home")


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_the_corpus(corpus: tuple[Graph, Path], open_page: OpenPage, page: str) -> None:
    _, home = corpus
    app = no_exception(open_page(home, page))
    assert not app.error
    assert not any("graph is empty" in info.value for info in app.info)


def test_the_most_mentioned_company_opens_with_events(
    corpus: tuple[Graph, Path], open_page: OpenPage
) -> None:
    graph, home = corpus
    busiest = graph.read(
        "MATCH (c:Company) RETURN c.id AS id, c.name AS name ORDER BY c.mentions DESC LIMIT 1"
    )[0]
    found = queries.search_entities(graph, busiest["name"])
    assert found[0]["id"] == busiest["id"]
    app = no_exception(open_page(home, "views/entity.py", entity=busiest["id"]))
    assert app.title[0].value.replace("\\", "") == busiest["name"]
