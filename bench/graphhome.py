"""An embedded graph server for one benchmark run, in its own home folder.

Benchmarks must never write into a user's graph: the server runs in a
temporary home (or a named one kept for re-runs), and NEO4J_URI is ignored
for the whole process so :func:`newsgraph.graph.connection.open_graph` cannot pick the
user's Neo4j.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from newsgraph.graph import server
from newsgraph.graph.connection import Graph, open_graph
from newsgraph.graph.schema import ensure_schema


@dataclass
class BenchGraph:
    """A connected graph, its home folder and the server's process id (for memory sampling)."""

    graph: Graph
    home: Path
    server_pid: int


@contextmanager
def embedded_graph(home: Path | None = None) -> Iterator[BenchGraph]:
    """Start a server in ``home`` (a fresh temporary folder when None, removed afterwards), schema in place.

    The server is stopped at the end whatever happens, so a failed run leaves no process behind.
    """
    os.environ.pop("NEO4J_URI", None)
    temporary = home is None
    folder = Path(tempfile.mkdtemp(prefix="newsgraph-bench-")) if home is None else home
    folder.mkdir(parents=True, exist_ok=True)
    try:
        info, _ = server.start(folder)
        graph = open_graph(folder, start=False)
        try:
            ensure_schema(graph)
            yield BenchGraph(graph, folder, info.pid)
        finally:
            graph.close()
    finally:
        server.stop(folder)
        if temporary:
            shutil.rmtree(folder, ignore_errors=True)


def relationship_count(graph: Graph) -> int:
    """All relationships in the graph."""
    return sum(graph.counts()["relationships"].values())


def node_count(graph: Graph) -> int:
    """All nodes in the graph."""
    return sum(graph.counts()["nodes"].values())
