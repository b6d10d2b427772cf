"""The digest page in Streamlit's AppTest, on the fixture graph: choices, download and empty periods."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import streamlit as st
from newsgraph.graph.connection import Graph
from newsgraph.ui.components import get_graph
from newsgraph.ui.digest.period import opening_week
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


def test_page_opens_on_the_latest_complete_week_and_offers_a_download(page: AppTest) -> None:
    """The newest article is of Monday 2021-03-15 (Shanghai): W11 has only begun, W10 is complete."""
    assert page.selectbox(key="digest_week").value == "2021-W10"
    assert page.selectbox(key="digest_week").options[0].startswith("2021-W11")
    page.selectbox(key="digest_week").select("2021-W10").run()
    page.selectbox(key="digest_fmt").select("csv").run()
    button = page.get("download_button")[0]
    assert "CSV (Excel)（8 起事件）" in button.proto.label  # Chinese unless the reader chose English
    text = " ".join(m.value for m in page.markdown)
    assert "张伟 离开 星河智能" in text


def test_page_warns_on_an_empty_date_range(page: AppTest) -> None:
    page.radio(key="digest_mode").set_value("dates").run()
    page.date_input(key="digest_dates").set_value((date(2021, 5, 17), date(2021, 5, 23))).run()
    assert not page.exception
    assert "2021-W20 没有事件" in page.warning[0].value
    assert not page.get("download_button")


def test_on_the_sample_corpus_the_page_opens_on_a_past_week_with_events(
    corpus_graph: Graph, corpus_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rumour dated "the second half of the year" must not make the page open on a week in the future."""
    monkeypatch.setenv("NEWSGRAPH_HOME", str(corpus_home))
    app = AppTest.from_file(str(PAGE), default_timeout=60).run()
    try:
        assert not app.exception, [e.value for e in app.exception]
        assert app.selectbox(key="digest_week").value == "2021-W11"  # the newest article is of 2021-03-26
        assert not app.warning
        assert app.get("download_button")
    finally:
        st.cache_resource.clear()


WEEKS = [("2004-W53", 1), ("2021-W01", 4), ("2021-W11", 13), ("2021-W12", 13), ("2021-W26", 6)]


@pytest.mark.parametrize(
    ("weeks", "reference", "expected"),
    [
        (WEEKS, date(2021, 3, 26), "2021-W11"),  # W12 is still being reported, W26 is a rumoured future
        (WEEKS, date(2021, 3, 28), "2021-W12"),  # the Sunday ends W12
        (WEEKS, date(2021, 3, 23), "2021-W11"),
        (WEEKS[2:], date(2021, 3, 16), "2021-W11"),  # no complete week yet: the one begun
        (WEEKS[2:], date(2021, 1, 1), "2021-W26"),  # nothing before the reference: the latest week
    ],
)
def test_the_opening_week_is_the_latest_complete_one_with_events(
    weeks: list[tuple[str, int]], reference: date, expected: str
) -> None:
    assert opening_week(weeks, reference, "Asia/Shanghai") == expected
