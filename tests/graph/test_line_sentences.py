"""What a drawn line shows on hover: its sentence, also on a graph written before lines carried one."""

from __future__ import annotations

from datetime import date

from newsgraph.graph import analytics, queries
from newsgraph.graph.connection import Graph

from tests.ui.sample_graph import departure_story, write_stories


def drawn(graph: Graph) -> analytics.Subgraph:
    center = {"id": "sensetime", "name": "商汤科技", "label": "Company"}
    hop1, hop2 = queries.neighbourhood_edges(graph, "sensetime", hops=2)
    return analytics.neighbourhood(center, hop1, hop2)


def test_lines_carry_their_sentence_so_nothing_more_is_read(graph: Graph) -> None:
    write_stories(
        graph, [departure_story(1, date(2021, 3, 1), "李明远已从商汤科技离职。", "person-li", "sensetime")]
    )
    sub = drawn(graph)
    assert [edge["sentence"] for edge in sub.edges if edge["type"] == "LEFT"] == ["李明远已从商汤科技离职。"]
    assert analytics.events_without_sentence(sub) == []


def test_lines_written_without_a_sentence_show_the_newest_report_s(graph: Graph) -> None:
    write_stories(
        graph,
        [
            departure_story(1, date(2021, 3, 1), "李明远已从商汤科技离职。", "person-li", "sensetime"),
            departure_story(
                2, date(2021, 3, 9), "离开商汤科技一周后，李明远首次露面。", "person-li", "sensetime"
            ),
        ],
    )
    graph.run_write("MATCH ()-[r:LEFT]->() REMOVE r.sentence")
    events = analytics.events_without_sentence(drawn(graph))
    assert len(events) == 1
    assert queries.event_sentences(graph, events) == {events[0]: "离开商汤科技一周后，李明远首次露面。"}


def test_the_sentence_read_for_a_line_is_the_one_the_writer_keeps(graph: Graph) -> None:
    """The newest dated report, not an undated one, as the writer ranks them (undated articles last)."""
    write_stories(
        graph,
        [
            departure_story(1, date(2021, 3, 1), "李明远已从商汤科技离职。", "person-li", "sensetime"),
            departure_story(2, None, "据悉，李明远离开了商汤科技。", "person-li", "sensetime"),
        ],
    )
    kept = {edge["event"]: edge["sentence"] for edge in drawn(graph).edges if edge["type"] == "LEFT"}
    graph.run_write("MATCH ()-[r:LEFT]->() REMOVE r.sentence")
    assert queries.event_sentences(graph, analytics.events_without_sentence(drawn(graph))) == kept
    assert list(kept.values()) == ["李明远已从商汤科技离职。"]


def test_an_event_asked_for_twice_is_reported_once(graph: Graph) -> None:
    write_stories(
        graph, [departure_story(1, date(2021, 3, 1), "李明远已从商汤科技离职。", "person-li", "sensetime")]
    )
    [event] = {edge["event"] for edge in drawn(graph).edges if edge["type"] == "LEFT"}
    assert len(queries.event_reports(graph, [event, event])) == 1
