"""The review queue on the real embedded server: the likeliest errors first, named by their sides."""

from __future__ import annotations

from datetime import date

from newsgraph.graph.connection import Graph
from newsgraph.graph.review import review_queue

from tests.ui.sample_graph import Story, sample_event, write_stories


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
