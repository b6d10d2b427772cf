"""The review queue on the real embedded server: the likeliest errors first, named by their sides."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from newsgraph.graph import queries
from newsgraph.graph.connection import Graph
from newsgraph.graph.review import Forget, forget, review_queue
from newsgraph.ingest.records import Entity

from tests.ui.sample_graph import ENTITIES, Story, sample_event, write_stories


def one_sided(n: int, person: str, name: str) -> Story:
    """A departure whose organisation was not found: the queue's "missing side"."""
    sentence = f"{name}已离职。"
    event = sample_event("departure", sentence, date(2021, 3, n), person=person)
    return Story(n, date(2021, 3, n), sentence, sentence, [person], [event])


def unsure_funding(n: int) -> Story:
    """A funding round without its investor, of low confidence."""
    sentence = "雪湖科技或将获得融资。"
    event = sample_event("funding", sentence, date(2021, 3, n), org="org-xuehu", confidence=0.5)
    return Story(n, date(2021, 3, n), sentence, sentence, ["org-xuehu"], [event])


def test_events_of_equal_weight_come_by_name_and_a_short_queue_is_the_head_of_a_long_one(
    graph: Graph,
) -> None:
    write_stories(
        graph,
        [
            one_sided(1, "person-yan", "颜水成"),
            one_sided(2, "person-li", "李明远"),
            one_sided(3, "person-zhu", "朱龙"),
            unsure_funding(4),  # weighs more: also of low confidence
        ],
    )
    events = [i for i in review_queue(graph, limit=20) if i.kind == "event"]
    assert [(i.name, i.reasons[0]) for i in events] == [
        ("雪湖科技", "missing side"),
        ("朱龙", "missing side"),
        ("李明远", "missing side"),
        ("颜水成", "missing side"),
    ]
    assert events[0].reasons == ["missing side", "low confidence: 0.50"]
    assert [p["name"] for p in events[1].participants] == ["朱龙"]
    shown = len(review_queue(graph, limit=20)) - len(events) + 2  # the entities, then two events
    assert [i.id for i in review_queue(graph, limit=shown)] == [i.id for i in review_queue(graph, limit=20)][
        :shown
    ]


def heavy_entities(n: int, monkeypatch: pytest.MonkeyPatch) -> Story:
    """A person and a company both named 天枢科技: entities that outweigh every event."""
    monkeypatch.setitem(ENTITIES, "person-tianshu", Entity("person-tianshu", "Person", "天枢科技", []))
    monkeypatch.setitem(ENTITIES, "org-tianshu", Entity("org-tianshu", "Company", "天枢科技", []))
    sentence = "天枢科技发布新品。"
    return Story(n, date(2021, 3, n), sentence, sentence, ["person-tianshu", "org-tianshu"], [])


def queue_dicts(graph: Graph, limit: int) -> list[dict[str, Any]]:
    return [i.to_dict() for i in review_queue(graph, ["科技"], limit)]


def test_every_queue_is_the_head_of_the_whole_one_with_and_without_the_kept_sides(
    graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_stories(
        graph,
        [
            heavy_entities(1, monkeypatch),
            one_sided(2, "person-yan", "颜水成"),
            one_sided(3, "person-li", "李明远"),
            unsure_funding(4),
        ],
    )
    whole = queue_dicts(graph, 1000)
    assert [i["name"] for i in whole[:3]] == ["天枢科技", "天枢科技", "雪湖科技"]
    heads = [queue_dicts(graph, limit) for limit in range(1, len(whole) + 1)]
    assert heads == [whole[:limit] for limit in range(1, len(whole) + 1)]
    # A graph written before the writer kept ``sides``: its events are counted, with the same result.
    graph.run_write("MATCH (e) WHERE e.sides IS NOT NULL REMOVE e.sides")
    queries.drop_kept(graph)  # a change that adds no node: what the queue kept per graph version is stale
    assert [queue_dicts(graph, limit) for limit in range(1, len(whole) + 1)] == heads


def test_sides_follow_the_involvements_after_writes_and_a_forgotten_entity(graph: Graph) -> None:
    write_stories(graph, [one_sided(1, "person-yan", "颜水成"), unsure_funding(2)])
    counted = "MATCH (e) WHERE e.type IS NOT NULL RETURN e.sides AS sides, COUNT { (e)-[:INVOLVES]->() } AS n"
    rows = graph.read(counted)
    assert rows and all(r["sides"] == r["n"] == 1 for r in rows)
    forget(graph, Forget(entities={"person-yan"}))  # its departure stays, with no side left
    assert sorted((r["sides"], r["n"]) for r in graph.read(counted)) == [(0, 0), (1, 1)]
    events = [i for i in review_queue(graph, limit=20) if i.kind == "event"]
    assert [i.participants for i in events if i.label == "departure"] == [[]]
