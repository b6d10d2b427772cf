"""Reads that scan every node of a kind are kept per graph version: read once, read again after a write."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest
from newsgraph.graph import queries
from newsgraph.graph.connection import Graph
from newsgraph.graph.review import review_queue

from tests.ui.sample_graph import departure_story, write_stories


@pytest.fixture
def reads(graph: Graph, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often each statement ran on ``graph``."""
    counted: Counter[str] = Counter()
    read = graph.read

    def counting(query: str, **params: Any) -> list[dict[str, Any]]:
        counted[" ".join(query.split())] += 1
        return read(query, **params)

    monkeypatch.setattr(graph, "read", counting)
    return counted


def write_first_departure(graph: Graph) -> None:
    story = departure_story(
        1, date(2021, 3, 1), "据悉，颜水成上周已从雪湖科技离职。", "person-yan", "org-xuehu"
    )
    write_stories(graph, [story])


def scans(reads: Counter[str], *words: str) -> int:
    return sum(n for query, n in reads.items() if all(w in query for w in words))


def test_the_overview_reads_its_chart_movers_and_newest_day_once_until_an_article_arrives(
    graph: Graph, reads: Counter[str]
) -> None:
    write_first_departure(graph)
    for _ in range(3):
        assert [r["events"] for r in queries.events_per_week(graph)] == [1]
        assert queries.latest_article_date(graph) == date(2021, 3, 1)
        assert [
            r["events"] for r in queries.active_entities(graph, *queries.week_window(date(2021, 3, 1)))
        ] == [1, 1]
    assert scans(reads, "UNWIND $days AS day") == 1
    assert scans(reads, "coalesce(e.confidence, 1.0)") == 1
    assert scans(reads, "max(a.published)") == 1

    write_stories(
        graph,
        [departure_story(2, date(2021, 3, 9), "据悉，朱龙本周已从雪湖科技离职。", "person-zhu", "org-xuehu")],
    )
    assert [r["events"] for r in queries.events_per_week(graph)] == [1, 1]
    assert queries.latest_article_date(graph) == date(2021, 3, 9)
    week = queries.active_entities(graph, *queries.week_window(date(2021, 3, 9)))
    assert {r["name"] for r in week} == {"雪湖科技", "朱龙"}


def test_the_review_queue_scans_entities_and_events_once_per_graph_version(
    graph: Graph, reads: Counter[str]
) -> None:
    write_first_departure(graph)
    first = [i.to_dict() for i in review_queue(graph, limit=20)]
    assert [i.to_dict() for i in review_queue(graph, limit=20)] == first
    assert scans(reads, "WHERE n.confirmed IS NULL") == 1
    events_read = scans(reads, "WHERE e.confirmed IS NULL")

    write_stories(
        graph,
        [departure_story(2, date(2021, 3, 2), "据悉，朱龙本周已从雪湖科技离职。", "person-zhu", "org-xuehu")],
    )
    assert "朱龙" in {i.name for i in review_queue(graph, limit=20)}
    assert scans(reads, "WHERE n.confirmed IS NULL") == 2
    assert scans(reads, "WHERE e.confirmed IS NULL") == 2 * events_read


def test_a_dropped_graph_is_read_again(graph: Graph, reads: Counter[str]) -> None:
    write_first_departure(graph)
    queries.events_per_week(graph)
    queries.drop_kept(graph)  # what a correction does
    queries.events_per_week(graph)
    assert scans(reads, "coalesce(e.confidence, 1.0)") == 2
