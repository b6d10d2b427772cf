"""Whole-graph housekeeping: which articles the graph holds, emptying it, loading prepared rows in bulk.

The ingest job asks :func:`articles_held` to notice a graph that lost articles behind the state's
back; the benchmarks empty a graph and load a large synthetic one with :func:`create_nodes` and
:func:`create_relationships`, which CREATE without the writer's MERGE checks and so only suit an
empty graph. Labels and relationship types come from the schema, never from the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from newsgraph.graph.connection import Graph, chunks
from newsgraph.graph.schema import label

ROWS_PER_STATEMENT = 1000


def articles_held(graph: Graph, ids: Sequence[str]) -> int:
    """How many of the articles ``ids`` the graph holds."""
    rows = graph.read("MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n", ids=sorted(ids))
    return int(rows[0]["n"])


def empty(graph: Graph) -> None:
    """Delete every node and relationship (constraints and indexes stay)."""
    graph.run_write("MATCH (n) DETACH DELETE n")


def create_nodes(
    graph: Graph,
    node_label: str,
    rows: Sequence[dict[str, Any]],
    progress: Callable[[int], None],
    batch: int = ROWS_PER_STATEMENT,
) -> None:
    """CREATE one ``node_label`` node per row (its properties), in batches."""
    statement = f"UNWIND $rows AS row CREATE (n:{label(node_label)}) SET n = row"
    for part in chunks(list(rows), batch):
        graph.run_write(statement, rows=part)
        progress(len(part))


def create_relationships(
    graph: Graph,
    rel_type: str,
    ends: tuple[str, str],
    rows: Sequence[dict[str, Any]],
    progress: Callable[[int], None],
    batch: int = ROWS_PER_STATEMENT,
) -> None:
    """CREATE a ``rel_type`` relationship per row ``{"src", "dst", "props"}`` between nodes of the labels ``ends``."""
    if not rel_type.isidentifier() or not rel_type.isupper():
        raise ValueError(f"not a relationship type: {rel_type!r}")
    src, dst = (label(end) for end in ends)
    statement = (
        f"UNWIND $rows AS row MATCH (a:{src} {{id: row.src}}) MATCH (b:{dst} {{id: row.dst}}) "
        f"CREATE (a)-[r:{rel_type}]->(b) SET r = row.props"
    )
    for part in chunks(list(rows), batch):
        graph.run_write(statement, rows=part)
        progress(len(part))
