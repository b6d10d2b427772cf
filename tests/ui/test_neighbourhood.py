"""The entity page's two-hop drawing on the sample graph: what a full first hop leaves to the second."""

from __future__ import annotations

from newsgraph.graph import analytics
from newsgraph.graph.connection import Graph
from newsgraph.graph.queries import EXPLORE, neighbour_edges, neighbourhood_edges

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
