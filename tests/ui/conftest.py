"""Fixtures for the explorer's tests: a hand-made sample graph on its own embedded server.

The sample graph lives on a dedicated server (not the shared scratch graph,
which other areas' tests empty between tests). Pages run in Streamlit's
AppTest, in this process, with NEWSGRAPH_HOME pointing at the graph to show;
the server is already running, so the app's ``open_graph`` reuses it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import streamlit as st
from newsgraph.graph import server
from newsgraph.graph.connection import Graph, open_graph
from newsgraph.graph.schema import ensure_schema
from streamlit.testing.v1 import AppTest

from tests.ui.sample_graph import write_sample

APP = Path(__file__).resolve().parents[2] / "ui" / "app.py"
#: Generous: the first run of a page also connects and warms the server up.
APP_TIMEOUT_S = 60


@pytest.fixture(scope="session")
def sample_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Home of a server holding :mod:`tests.ui.sample_graph` (read only by the tests)."""
    home = tmp_path_factory.mktemp("ui-sample-home")
    server.start(home)
    graph = open_graph(home, start=False)
    ensure_schema(graph)
    write_sample(graph)
    graph.close()
    yield home
    server.stop(home)


@pytest.fixture(scope="session")
def sample_graph(sample_home: Path) -> Iterator[Graph]:
    graph = open_graph(sample_home, start=False)
    yield graph
    graph.close()


@pytest.fixture(scope="session")
def _app_connections(sample_home: Path, graph_home: Path) -> Iterator[None]:
    """Close the app's cached connections before the servers stop (an open client delays a stop by 30 s).

    Depending on both homes makes this teardown run before theirs.
    """
    yield
    st.cache_resource.clear()


@pytest.fixture
def open_page(monkeypatch: pytest.MonkeyPatch, _app_connections: None) -> Callable[..., AppTest]:
    """Run one page of the app against the graph in ``home``: ``open_page(home, "views/entity.py", entity="yitu")``.

    Pages open in English (``?lang=en``) unless ``lang`` says otherwise (``lang=None``: as a reader
    who never chose opens them).
    """

    def run(home: Path, page: str, lang: str | None = "en", **query_params: str) -> AppTest:
        monkeypatch.setenv("NEWSGRAPH_HOME", str(home))
        app = AppTest.from_file(str(APP), default_timeout=APP_TIMEOUT_S)
        app.switch_page(page)
        for key, value in {**query_params, **({"lang": lang} if lang else {})}.items():
            app.query_params[key] = value
        return app.run()

    return run


def page_texts(app: AppTest) -> list[str]:
    """Every piece of text the page shows: values, labels, HTML bodies and table cells."""
    texts: list[str] = []

    def visit(node: object) -> None:
        for child in getattr(node, "children", {}).values():
            kind = getattr(child, "type", "")
            if kind == "dataframe":
                texts.append(child.value.to_csv(index=False))
            elif kind == "html":
                texts.append(child.proto.body)
            else:
                for attribute in ("value", "label"):
                    value = getattr(child, attribute, None)
                    if isinstance(value, str):
                        texts.append(value)
            visit(child)

    visit(app.main)
    return texts


def page_text(app: AppTest) -> str:
    return "\n".join(page_texts(app))


def drawings(app: AppTest) -> list[dict]:
    """The ECharts options of the page's interactive network drawings (one graph series each)."""
    found = [json.loads(e.proto.json) for e in app.get("bidi_component")]
    return [d["options"] for d in found if d["options"]["series"][0]["type"] == "graph"]


def click_node(app: AppTest, key: str, node_id: str) -> AppTest:
    """What a click on a node of the drawing ``key`` sends back, as the browser would."""
    app.session_state[key] = {"chart_event": node_id}
    return app.run()
