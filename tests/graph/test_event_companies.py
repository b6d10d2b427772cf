"""The company filter of the event pages: each organisation with how many events of the type it takes part in."""

from __future__ import annotations

from datetime import date

from newsgraph.graph import queries
from newsgraph.graph.connection import Graph

from tests.ui.sample_graph import Story, departure_story, sample_event, write_stories


def test_companies_are_counted_once_per_event_most_involved_first(graph: Graph) -> None:
    moved = "颜水成从商汤科技离职，加盟雪湖科技。"
    within = "朱龙从雪湖科技离职，又回到雪湖科技。"
    write_stories(
        graph,
        [
            departure_story(1, date(2021, 3, 1), "李明远已从商汤科技离职。", "person-li", "sensetime"),
            Story(
                2,
                date(2021, 3, 2),
                moved,
                moved,
                ["person-yan", "sensetime", "org-xuehu"],
                [
                    sample_event(
                        "departure",
                        moved,
                        date(2021, 3, 2),
                        person="person-yan",
                        org="sensetime",
                        to_org="org-xuehu",
                    )
                ],
            ),
            Story(
                3,
                date(2021, 3, 3),
                within,
                within,
                ["person-zhu", "org-xuehu"],
                [
                    sample_event(
                        "departure",
                        within,
                        date(2021, 3, 3),
                        person="person-zhu",
                        org="org-xuehu",
                        to_org="org-xuehu",
                    )
                ],
            ),
            departure_story(4, date(2021, 3, 4), "李明远已从华为离职。", "person-li", "huawei"),
        ],
    )
    rows = queries.event_companies(graph, "departure")
    assert [(row["name"], row["events"]) for row in rows] == [("商汤科技", 2), ("雪湖科技", 2), ("华为", 1)]
    assert rows[0]["id"] == "sensetime"
