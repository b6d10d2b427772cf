"""The company filter of the event pages: each organisation with how many events of the type it takes part in."""

from __future__ import annotations

from datetime import date

from newsgraph.graph import queries
from newsgraph.graph.connection import Graph

from tests.ui.sample_graph import departure_story, write_stories


def test_companies_are_counted_once_per_event_most_involved_first(graph: Graph) -> None:
    write_stories(
        graph,
        [
            departure_story(1, date(2021, 3, 1), "李明远已从商汤科技离职。", "person-li", "sensetime"),
            departure_story(
                2,
                date(2021, 3, 2),
                "颜水成从商汤科技离职，加盟雪湖科技。",
                "person-yan",
                "sensetime",
                "org-xuehu",
            ),
            # The same company on both sides of one event counts once.
            departure_story(
                3,
                date(2021, 3, 3),
                "朱龙从雪湖科技离职，又回到雪湖科技。",
                "person-zhu",
                "org-xuehu",
                "org-xuehu",
            ),
            departure_story(4, date(2021, 3, 4), "李明远已从华为离职。", "person-li", "huawei"),
        ],
    )
    rows = queries.event_companies(graph, "departure")
    assert [(row["name"], row["events"]) for row in rows] == [("商汤科技", 2), ("雪湖科技", 2), ("华为", 1)]
    assert rows[0]["id"] == "sensetime"
