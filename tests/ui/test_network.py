"""The network drawings: interactive (drag, zoom, hover, click), offline, in the reader's words.

AppTest cannot run the drawing's JavaScript, so these tests read what the page sends to it
(the ECharts options) and send back what a click would; tests/ui/test_browser.py drives the
real drawing in Chromium with every non-local request blocked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from newsgraph.ui.charts import relationship_color
from streamlit.testing.v1 import AppTest

from tests.ui.conftest import click_node, drawings

OpenPage = Callable[..., AppTest]


def series(app: AppTest) -> dict:
    [option] = drawings(app)
    return option["series"][0]


def test_the_entity_network_can_be_dragged_zoomed_and_names_never_overlap(
    sample_home: Path, open_page: OpenPage
) -> None:
    app = open_page(sample_home, "views/entity.py", entity="yitu")
    assert not app.exception
    [element] = app.get("bidi_component")
    assert element.proto.component_name == "streamlit-echarts.streamlit_echarts"
    assert not element.proto.js_source_path.startswith(("http:", "https:", "//"))  # served by the app
    drawing = series(app)
    assert drawing["layout"] == "force" and drawing["roam"] is True and drawing["draggable"] is True
    assert drawing["labelLayout"] == {"hideOverlap": True}
    assert {n["name"] for n in drawing["data"]} >= {"依图科技", "上海证券交易所", "华为", "颜水成"}


def test_hovering_a_line_shows_what_it_says_and_the_sentence_escaped(
    sample_home: Path, open_page: OpenPage
) -> None:
    app = open_page(sample_home, "views/entity.py", entity="yitu", lang="zh")
    tips = [line["tip"] for line in series(app)["links"]]
    assert any("颜水成 离开 依图科技" in tip and "依图科技CTO颜水成已离职" in tip for tip in tips), tips
    assert any("颜水成 任职 依图科技" in tip for tip in tips)
    assert any("撤回" in tip and "问询中" in tip for tip in tips), "listing stages in words"
    joined = "".join(tips)
    assert "HOLDS_ROLE" not in joined and "LEFT" not in joined and "withdrawn" not in joined
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in joined and "<script>" not in joined


def test_clicking_a_node_opens_its_page(sample_home: Path, open_page: OpenPage) -> None:
    app = open_page(sample_home, "views/entity.py", entity="yitu")
    click_node(app, "net-yitu-1", "huawei")
    assert not app.exception
    assert app.title[0].value == "华为"


def test_a_relationship_keeps_its_colour_at_one_and_two_hops(sample_home: Path, open_page: OpenPage) -> None:
    app = open_page(sample_home, "views/entity.py", entity="yitu")
    one_hop = {line["tip"].split("</b>")[0]: line["lineStyle"]["color"] for line in series(app)["links"]}
    app.radio(key="hops").set_value(2).run()
    two_hops = {line["tip"].split("</b>")[0]: line["lineStyle"]["color"] for line in series(app)["links"]}
    assert len(two_hops) > len(one_hop)
    assert {k: two_hops[k] for k in one_hop} == one_hop
    assert (
        one_hop["<b>颜水成 left 依图科技"] == relationship_color("LEFT") != relationship_color("HOLDS_ROLE")
    )


def test_connections_and_the_console_draw_the_same_way(sample_home: Path, open_page: OpenPage) -> None:
    app = open_page(sample_home, "views/connections.py")
    app.text_input(key="from-text").input("顏水成").run()
    app.text_input(key="to-text").input("曠視").run()
    assert series(app)["draggable"] is True
    assert any("partners with" in line["tip"] for line in series(app)["links"])

    console = open_page(sample_home, "views/console.py")
    console.text_area(key="query").input("MATCH (p:Person)-[r:HOLDS_ROLE]->(c) RETURN p, r, c").run()
    console.button(key="run").click().run()
    assert not console.exception
    assert any("HOLDS_ROLE" in line["tip"] for line in series(console)["links"]), "analysts keep raw types"
