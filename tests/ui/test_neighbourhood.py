"""The entity page's two-hop drawing on the sample graph: what a full first hop leaves to the second."""

from __future__ import annotations

from newsgraph.graph import analytics
from newsgraph.graph.connection import Graph
from newsgraph.graph.queries import EDGE_ROWS, EXPLORE, neighbour_edges, neighbourhood_edges

YITU = {"id": "yitu", "name": "依图科技", "label": "Company"}


def relationships_among(graph: Graph, ids: set[str]) -> set[tuple[str, str, str]]:
    """Every exploration relationship with both ends in ``ids``, read the plain way."""
    rows = graph.read(
        f"MATCH (a)-[r:{EXPLORE}]->(b) WHERE a.id IN $ids AND b.id IN $ids "
        "AND coalesce(r.confidence, 1.0) >= 0.5 RETURN a.id AS src, b.id AS dst, type(r) AS type",
        ids=sorted(ids),
    )
    return {(row["src"], row["dst"], row["type"]) for row in rows}


def test_a_full_first_hop_keeps_its_nodes_and_draws_every_relationship_among_them(
    sample_graph: Graph,
) -> None:
    cap = 3
    hop1, hop2 = neighbourhood_edges(sample_graph, "yitu", hops=2, nodes=cap)
    sub = analytics.neighbourhood(YITU, hop1, hop2, cap=cap)
    alone = analytics.neighbourhood(YITU, hop1, cap=cap)
    assert list(sub.nodes) == list(alone.nodes), "the first hop filled the drawing: the second adds no node"
    assert {(e["src"], e["dst"], e["type"]) for e in sub.edges} == relationships_among(
        sample_graph, set(sub.nodes)
    )
    assert sub.total_is_lower_bound and sub.total >= alone.total, "nobody counted the nodes two hops away"


def test_a_first_hop_with_room_left_ranks_the_second_hop_as_before(sample_graph: Graph) -> None:
    hop1, hop2 = neighbourhood_edges(sample_graph, "yitu", hops=2, nodes=200)
    far = sorted({row["far"] for row in hop1})
    assert hop2 == neighbour_edges(sample_graph, far, nodes=200)
    sub = analytics.neighbourhood(YITU, hop1, hop2, cap=200)
    assert not sub.total_is_lower_bound and not sub.capped
    assert "cloudwalk" in sub.nodes, "two hops reach 华为's partner"


def test_a_neighbour_the_cap_left_out_counts_once_in_the_total(sample_graph: Graph) -> None:
    cap = 3
    hop1, hop2 = neighbourhood_edges(sample_graph, "yitu", hops=2, nodes=cap)
    sub = analytics.neighbourhood(YITU, hop1, hop2, cap=cap)
    neighbours = {row["far"] for row in neighbour_edges(sample_graph, ["yitu"], nodes=100)}
    assert len(neighbours) > cap, "the sample must have more neighbours than the drawing holds"
    assert sub.total == 1 + len(neighbours), "the caption's 'shown of N+' counts each known node once"


def test_a_drawing_keeps_every_relationship_with_its_neighbours_however_many(graph: Graph) -> None:
    facts = EDGE_ROWS + 1
    graph.run_write(
        "CREATE (a:Company {id: 'a', name: '甲'}), (b:Company {id: 'b', name: '乙'}) WITH a, b "
        "UNWIND range(1, $facts) AS i CREATE (a)-[:PARTNERS_WITH {event: 'ev-' + toString(i), confidence: 0.9}]->(b)",
        facts=facts,
    )
    hop1, hop2 = neighbourhood_edges(graph, "a", hops=1)
    sub = analytics.neighbourhood({"id": "a", "name": "甲", "label": "Company"}, hop1, hop2)
    assert len(sub.edges) == facts, "the relationship table lists each partnership"
