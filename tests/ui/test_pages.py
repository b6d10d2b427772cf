"""Every page of the explorer, run by Streamlit's AppTest against real graphs."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from newsgraph.graph.connection import Graph
from streamlit.testing.v1 import AppTest

from tests.ui.conftest import page_text, page_texts
from tests.ui.sample_graph import departure_story, write_stories

ROOT = Path(__file__).resolve().parents[2]
PAGES = [
    "views/overview.py",
    "views/search.py",
    "views/entity.py",
    "views/departures.py",
    "views/partnerships.py",
    "views/listings.py",
    "views/connections.py",
    "views/console.py",
    "views/review.py",
]
OpenPage = Callable[..., AppTest]


def no_exception(app: AppTest) -> AppTest:
    assert not app.exception, [e.value for e in app.exception]
    return app


@pytest.mark.parametrize("typed", ["依图", "依圖", "Yitu", "YITU", "依圖科技"])
def test_search_finds_yitu_by_any_spelling(sample_home: Path, open_page: OpenPage, typed: str) -> None:
    app = no_exception(open_page(sample_home, "views/search.py"))
    app.text_input(key="q").input(typed).run()
    links = [e for e in app.main if getattr(e, "type", "") == "page_link"]
    found = [
        child for block in app.main.children.values() for child in getattr(block, "children", {}).values()
    ]
    labels = [c.proto.label for c in found if getattr(c, "type", "") == "page_link"]
    assert labels and labels[0].startswith("依图科技"), (links, labels)
    assert "依圖" in page_text(app)


def test_search_without_match_says_so(sample_home: Path, open_page: OpenPage) -> None:
    app = open_page(sample_home, "views/search.py")
    app.text_input(key="q").input("不存在的公司").run()
    assert "No entity matches" in app.warning[0].value


def test_entity_page_lists_its_events_and_articles(sample_home: Path, open_page: OpenPage) -> None:
    started = time.perf_counter()
    app = no_exception(open_page(sample_home, "views/entity.py", entity="yitu"))
    elapsed = time.perf_counter() - started
    started = time.perf_counter()
    app.run()
    again = time.perf_counter() - started
    report = ROOT / "test-artifacts" / "entity-page-load.txt"
    report.parent.mkdir(exist_ok=True)
    report.write_text(
        f"first load {elapsed:.2f} s (incl. connection), rerun {again:.2f} s\n", encoding="utf-8"
    )
    print(f"entity page: first load {elapsed:.2f} s, rerun {again:.2f} s")
    assert app.title[0].value == "依图科技"
    text = page_text(app)
    for expected in ("withdrawn", "inquiry", "Partnership", "华为", "颜水成", "CTO", "依图撤回IPO申请"):
        assert expected in text
    assert any("上海证券交易所" in label for label in (e.label for e in app.expander))


def test_entity_page_network_offers_every_neighbour(sample_home: Path, open_page: OpenPage) -> None:
    app = no_exception(open_page(sample_home, "views/entity.py", entity="yitu"))
    neighbours = set(app.selectbox(key="goto").options)
    assert {"上海证券交易所", "华为", "旷视科技", "颜水成"} <= neighbours
    app.radio(key="hops").set_value(2).run()
    assert "雪湖科技" in app.selectbox(key="goto").options  # 颜水成 joined it: two hops away


def test_choosing_a_neighbour_moves_to_its_page(sample_home: Path, open_page: OpenPage) -> None:
    app = open_page(sample_home, "views/entity.py", entity="yitu")
    no_exception(app.selectbox(key="goto").set_value("huawei").run())
    assert app.title[0].value == "华为"
    assert app.query_params["entity"] == ["huawei"] or app.query_params["entity"] == "huawei"


def test_unknown_entity_id_is_reported_escaped(sample_home: Path, open_page: OpenPage) -> None:
    app = no_exception(open_page(sample_home, "views/entity.py", entity="[x](http://evil.example)"))
    assert "No entity has the id" in app.warning[0].value
    assert "\\[x\\]" in app.warning[0].value


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("views/departures.py", ["颜水成", "依图科技", "雪湖科技", "朱龙", "reported as rumour"]),
        ("views/partnerships.py", ["华为", "云从科技", "旷视科技"]),
        ("views/listings.py", ["filed", "under inquiry", "suspended", "withdrawn", "listed", "香港交易所"]),
    ],
)
def test_event_tables_show_rows_and_evidence(
    sample_home: Path, open_page: OpenPage, page: str, expected: list[str]
) -> None:
    app = no_exception(open_page(sample_home, page))
    table = app.dataframe[0].value
    assert len(table) >= 2
    cells = table.to_csv(index=False)
    for value in expected:
        assert value in cells
    assert app.get("download_button"), "the table offers a CSV download"
    assert app.expander, "each shown row can be expanded to its evidence"


def test_departures_filter_by_modality(sample_home: Path, open_page: OpenPage) -> None:
    app = open_page(sample_home, "views/departures.py")
    app.multiselect(key="departure-modality").set_value(["rumored"]).run()
    table = app.dataframe[0].value
    assert list(table["person"]) == ["朱龙"]


def test_selecting_a_row_then_filtering_by_company_shows_the_filtered_rows(
    sample_home: Path, open_page: OpenPage
) -> None:
    """The selection belongs to the table it was made in: a filter that shortens the table drops it."""
    app = open_page(sample_home, "views/departures.py")
    assert len(app.dataframe[0].value) == 2
    app.session_state[departures_table(app)] = {"selection": {"rows": [1], "columns": [], "cells": []}}
    no_exception(app.run())
    app.selectbox(key="departure-company").select_index(0).run()
    no_exception(app)
    assert len(app.dataframe[0].value) == 1
    assert "Select rows in the table" in page_text(app)


def test_undated_facts_say_so_and_come_last(graph: Graph, graph_home: Path, open_page: OpenPage) -> None:
    write_stories(
        graph,
        [
            departure_story(1, None, "据悉，依图科技CTO颜水成已离职。", "person-yan", "yitu"),
            departure_story(2, date(2021, 3, 1), "商汤科技副总裁朱龙已离职。", "person-zhu", "sensetime"),
        ],
    )
    app = no_exception(open_page(graph_home, "views/departures.py"))
    table = app.dataframe[0].value
    assert list(table["person"]) == ["朱龙", "颜水成"]
    assert list(table["date"]) == ["2021-03-01", "undated"]
    assert "None" not in table.to_csv(index=False)
    assert [e.label.replace("\\", "").split(" · ")[0] for e in app.expander] == ["2021-03-01", "undated"]


def departures_table(app: AppTest) -> str:
    """The session-state key of the departures table (it names the filters in force)."""
    return next(k for k in app.session_state if k.startswith("departure-table") and not k.endswith("-csv"))


def test_listings_show_each_company_history_in_order(sample_home: Path, open_page: OpenPage) -> None:
    app = no_exception(open_page(sample_home, "views/listings.py"))
    tracks = app.dataframe[0].value.set_index("company")
    yitu = tracks.loc["依图科技", "stage history"]
    stages = [stage.rsplit(" (", 1)[0] for stage in yitu.split(" → ")]
    assert stages == ["filed", "under inquiry", "suspended", "withdrawn"]
    assert tracks.loc["商汤科技", "current stage"] == "listed"


def test_overview_shows_counts_movers_and_weekly_chart(sample_home: Path, open_page: OpenPage) -> None:
    app = no_exception(open_page(sample_home, "views/overview.py"))
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Articles"] == "14"
    assert "商汤科技" in page_text(app)  # the busiest entity of the latest week
    assert app.get("arrow_vega_lite_chart") or app.get("vega_lite_chart")


def test_connections_explain_each_hop(sample_home: Path, open_page: OpenPage) -> None:
    app = open_page(sample_home, "views/connections.py")
    app.text_input(key="from-text").input("顏水成").run()
    app.text_input(key="to-text").input("曠視").run()
    no_exception(app)
    labels = [e.label.replace("\\", "") for e in app.expander]  # labels are Markdown-escaped
    assert any("颜水成 left 依图科技" in label or "颜水成 holds role 依图科技" in label for label in labels)
    assert any("partners with" in label for label in labels)
    assert not any("HOLDS_ROLE" in label or "PARTNERS_WITH" in label for label in labels), labels
    assert "依图科技CTO颜水成已离职" in page_text(app).replace("<mark>", "").replace("</mark>", "")


#: Elements that show their text literally (no HTML, no Markdown): article text may appear there as is.
LITERAL_KINDS = {"text", "text_input", "text_area", "code", "dataframe", "html"}


def markdown_texts(node: object) -> list[str]:
    """Text of every element that renders Markdown (titles, captions, labels, alerts...)."""
    found: list[str] = []
    for child in getattr(node, "children", {}).values():
        if getattr(child, "type", "") not in LITERAL_KINDS:
            found += [
                v
                for v in (getattr(child, "value", None), getattr(child, "label", None))
                if isinstance(v, str)
            ]
        found += markdown_texts(child)
    return found


def test_hostile_article_text_is_shown_escaped(sample_home: Path, open_page: OpenPage) -> None:
    for page, params in (("views/entity.py", {"entity": "yitu"}), ("views/partnerships.py", {})):
        app = no_exception(open_page(sample_home, page, **params))
        html = "\n".join(t for t in page_texts(app) if "ng-evidence" in t)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "<script>" not in html
        assert 'href="http://evil.example"' not in html
        assert "[点我](http://evil.example)" in html  # shown literally, not as a link
        for text in markdown_texts(app.main):
            assert "<script>" not in text and "](http://evil.example)" not in text, text


@pytest.mark.parametrize("page", PAGES)
def test_every_page_on_an_empty_graph_says_how_to_fill_it(
    graph: Graph, graph_home: Path, open_page: OpenPage, page: str
) -> None:
    app = no_exception(open_page(graph_home, page))
    assert "newsgraph ingest corpora/" in app.info[-1].value
