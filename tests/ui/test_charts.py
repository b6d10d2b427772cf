"""Charts a reader can read: fixed colours per relationship, time axes on the bulk of the data, names that fit."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from newsgraph.graph.connection import Graph
from newsgraph.ui.charts import CHAR_WIDTH_PX, LINE_HEIGHT_PX, names_that_fit, time_bulk
from streamlit.testing.v1 import AppTest

OpenPage = Callable[..., AppTest]


def charts(app: AppTest) -> list:
    """The page's Altair charts (the element's name changed across Streamlit versions)."""
    return list(app.get("vega_lite_chart")) or list(app.get("arrow_vega_lite_chart"))


def chart_specs(app: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in charts(app)]


def relationship_colours(spec: dict) -> dict[str, str]:
    """Relationship type -> colour as the drawing fixes it (no fixed domain: no fixed colour)."""
    [rule] = [layer for layer in spec["layer"] if layer["mark"]["type"] == "rule"]
    scale = rule["encoding"]["color"]["scale"]
    assert "domain" in scale and "range" in scale, f"colours follow the data, not the type: {scale}"
    return dict(zip(scale["domain"], scale["range"], strict=False))


def test_a_relationship_keeps_its_colour_at_one_and_two_hops(sample_home: Path, open_page: OpenPage) -> None:
    app = open_page(sample_home, "views/entity.py", entity="yitu")
    [one_hop] = chart_specs(app)[:1]
    app.radio(key="hops").set_value(2).run()
    [two_hops] = chart_specs(app)[:1]
    shown = [set(layer_legend(spec)) for spec in (one_hop, two_hops)]
    assert shown[0] != shown[1], "the second hop should bring in another relationship type"
    first, second = relationship_colours(one_hop), relationship_colours(two_hops)
    assert {t: first[t] for t in shown[0]} == {t: second[t] for t in shown[0]}
    assert all(layer["encoding"]["color"]["legend"]["orient"] == "bottom" for layer in coloured(two_hops))


def layer_legend(spec: dict) -> list[str]:
    """The relationship types the legend lists (only those drawn)."""
    [rule] = [layer for layer in spec["layer"] if layer["mark"]["type"] == "rule"]
    return rule["encoding"]["color"]["legend"]["values"]


def coloured(spec: dict) -> list[dict]:
    return [layer for layer in spec["layer"] if "color" in layer["encoding"]]


def test_one_stray_old_date_does_not_stretch_the_time_axis() -> None:
    weeks = [date(2021, 1, 4) + timedelta(weeks=i) for i in range(12)]
    frame = pd.DataFrame({"week": [date(2004, 12, 27), *weeks], "events": [1] + [5] * 12})
    drawn, note = time_bulk(frame, "week", "events", weight="events")
    assert pd.to_datetime(drawn["week"]).min() >= pd.Timestamp(2021, 1, 1)
    assert len(drawn) == 12
    assert note and "1 events dated outside it" in note and "2021-01-01 to 2021-03-24" in note


def test_evenly_spread_dates_are_all_drawn() -> None:
    frame = pd.DataFrame({"date": [date(2015 + i, 1, 1) for i in range(8)]})
    drawn, note = time_bulk(frame, "date", "events")
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


def test_in_a_dense_drawing_only_names_that_do_not_overlap_are_written() -> None:
    crowd = pd.DataFrame(
        {
            "id": [f"n{i}" for i in range(60)],
            "name": [f"公司{i:02d}科技" for i in range(60)],
            "x": [(i % 6) * 0.01 for i in range(60)],
            "y": [(i // 6) * 0.01 for i in range(60)],
            "priority": list(range(60)),
        }
    )
    crowd.loc[59, ["x", "y"]] = (1.0, 1.0)  # far from the crowd: spans the drawing
    written = names_that_fit(crowd, 800, 400)
    assert "n0" in written and "n59" in written and len(written) < 20
    boxes = [
        (row.x * 800, row.y * 400, CHAR_WIDTH_PX * len(row.name) / 2)
        for row in crowd[crowd["id"].isin(written)].itertuples()
    ]
    for i, (x, y, half) in enumerate(boxes):
        for x2, y2, half2 in boxes[i + 1 :]:
            assert abs(x - x2) >= half + half2 or abs(y - y2) >= LINE_HEIGHT_PX


def test_in_a_sparse_drawing_every_name_is_written() -> None:
    spread = pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "name": ["依图科技", "商汤科技", "华为"],
            "x": [0, 0.5, 1],
            "y": [0, 1, 0],
            "priority": [0, 1, 2],
        }
    )
    assert names_that_fit(spread, 800, 400) == {"a", "b", "c"}
