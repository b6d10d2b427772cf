"""The overview's busiest entities of a week: the events reported in the week's articles, counted once."""

from __future__ import annotations

from datetime import date

from newsgraph.graph import queries
from newsgraph.graph.connection import Graph

from tests.ui.sample_graph import departure_story, write_stories


def test_a_week_counts_the_events_reported_on_its_seven_days_and_no_other(graph: Graph) -> None:
    write_stories(
        graph,
        [
            departure_story(
                1, date(2021, 3, 1), "颜水成已从雪湖科技离职。", "person-yan", "org-xuehu"
            ),  # before
            departure_story(
                2, date(2021, 3, 2), "朱龙已从雪湖科技离职。", "person-zhu", "org-xuehu"
            ),  # first day
            departure_story(
                3, date(2021, 3, 8), "李明远已从雪湖科技离职。", "person-li", "org-xuehu"
            ),  # last day
            departure_story(
                4, date(2021, 3, 8), "李明远已从雪湖科技离职，消息属实。", "person-li", "org-xuehu"
            ),
        ],
    )
    busiest = queries.active_entities(graph, *queries.week_window(date(2021, 3, 8)))
    counts = {row["name"]: row["events"] for row in busiest}
    assert counts == {"雪湖科技": 2, "朱龙": 1, "李明远": 1}
