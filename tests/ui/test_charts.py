"""Charts a reader can read: time axes on the bulk of the data (network drawings: test_network.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest
from newsgraph.graph.connection import Graph
from newsgraph.ui.charts import time_bulk
from newsgraph.ui.vocabulary import words
from streamlit.testing.v1 import AppTest

OpenPage = Callable[..., AppTest]


def charts(app: AppTest) -> list:
    """The page's Altair charts (the element's name changed across Streamlit versions)."""
    return list(app.get("vega_lite_chart")) or list(app.get("arrow_vega_lite_chart"))


def chart_specs(app: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in charts(app)]


def test_one_stray_old_date_does_not_stretch_the_time_axis() -> None:
    weeks = [date(2021, 1, 4) + timedelta(weeks=i) for i in range(12)]
    frame = pd.DataFrame({"week": [date(2004, 12, 27), *weeks], "events": [1] + [5] * 12})
    drawn, note = time_bulk(frame, "week", words("en"), "events", weight="events")
    assert pd.to_datetime(drawn["week"]).min() >= pd.Timestamp(2021, 1, 1)
    assert len(drawn) == 12
    assert note and "1 events dated outside it" in note and "2021-01-01 to 2021-03-24" in note


def test_evenly_spread_dates_are_all_drawn() -> None:
    frame = pd.DataFrame({"date": [date(2015 + i, 1, 1) for i in range(8)]})
    drawn, note = time_bulk(frame, "date", words("en"), "events")
    assert len(drawn) == 8 and note is None


def test_the_overview_of_the_sample_corpus_says_which_dates_its_chart_leaves_out(
    corpus_graph: Graph, corpus_home: Path, open_page: OpenPage
) -> None:
    app = open_page(corpus_home, "views/overview.py")
    assert not app.exception
    [spec] = chart_specs(app)
    assert any("left out of this chart" in caption.value for caption in app.caption)
    years = {
        pd.Timestamp(row["week"], unit="ms" if isinstance(row["week"], int) else None).year
        for row in chart_rows(app)
    }
    assert 2021 in years and 2004 not in years, spec


def chart_rows(app: AppTest) -> list[dict]:
    """The rows behind the page's first chart (Arrow tables attached to the element)."""
    import pyarrow as pa

    proto = charts(app)[0].proto
    tables = [proto.data, *(d.data for d in proto.datasets)]
    rows: list[dict] = []
    for table in tables:
        if table.data:
            rows += pa.ipc.open_stream(table.data).read_all().to_pylist()
    return rows


def legends(spec: dict) -> list[dict]:
    """Every colour legend of an Altair chart spec, in its layers too."""
    layers = [spec, *spec.get("layer", [])]
    return [layer["encoding"]["color"]["legend"] for layer in layers if "color" in layer.get("encoding", {})]


@pytest.mark.parametrize(
    ("page", "params"),
    [("views/overview.py", {}), ("views/listings.py", {}), ("views/entity.py", {"entity": "yitu"})],
)
def test_legends_sit_under_the_charts_and_are_never_cut_off(
    sample_home: Path, open_page: OpenPage, page: str, params: dict
) -> None:
    app = open_page(sample_home, page, **params)
    assert not app.exception
    found = [legend for spec in chart_specs(app) for legend in legends(spec)]
    assert found, "the page draws a coloured chart"
    assert all(legend["orient"] == "bottom" and legend["labelLimit"] == 0 for legend in found), found
