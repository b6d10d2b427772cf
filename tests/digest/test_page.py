"""The digest page in Streamlit's AppTest, on the fixture graph: choices, download and empty periods."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import streamlit as st
from newsgraph.graph.connection import Graph
from newsgraph.ui.components import get_graph
from streamlit.testing.v1 import AppTest

PAGE = Path(__file__).resolve().parents[2] / "ui" / "views" / "digest.py"


@pytest.fixture
def page(digest_graph: Graph, graph_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppTest]:
    """The page, run once against the fixture graph's server.

    The page's cached connection is closed afterwards: an open one would hold
    the server up when the session stops it.
    """
    monkeypatch.setenv("NEWSGRAPH_HOME", str(graph_home))
    app = AppTest.from_file(str(PAGE), default_timeout=60)
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    yield app
    get_graph().close()
    st.cache_resource.clear()


def test_page_offers_the_newest_week_and_a_download(page: AppTest) -> None:
    assert page.selectbox(key="digest_week").value == "2021-W11"
    page.selectbox(key="digest_week").select("2021-W10").run()
    page.selectbox(key="digest_fmt").select("csv").run()
    button = page.get("download_button")[0]
    assert "CSV (Excel) (8 events)" in button.proto.label
    text = " ".join(m.value for m in page.markdown)
    assert "张伟 离开 星河智能" in text


def test_page_warns_on_an_empty_date_range(page: AppTest) -> None:
    page.radio(key="digest_mode").set_value("Date range").run()
    page.date_input(key="digest_dates").set_value((date(2021, 5, 17), date(2021, 5, 23))).run()
    assert not page.exception
    assert "No events in 2021-W20" in page.warning[0].value
    assert not page.get("download_button")
